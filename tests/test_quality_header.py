"""Header issuers of bodies below the province: schools, commune health stations, Party units.

The fragments follow real header blocks (two columns merged on a line, as PDF copies give
them): the superior body on the first line, the issuer on the second.
"""

import pytest

from vanban.loaders.header import read_header
from vanban.loaders.names import recase
from vanban.loaders.text import make_text

MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"


def _head(first: str, second: str, number: str = "Số: 12/KH-TYT") -> str:
    return (
        f"{first}              {MOTTO_1}\n"
        f"{second}                {MOTTO_2}\n\n"
        f"{number}                Mộc Châu, ngày 05 tháng 3 năm 2024\n\n"
        "KẾ HOẠCH\nThực hiện công tác dân vận năm 2024\n\n"
        "Thực hiện Kế hoạch số 15/KH-TTYT ngày 01/02/2024 của Trung tâm Y tế huyện Mộc Châu;\n"
    )


@pytest.mark.parametrize(
    "first, second, issuer, parent",
    [
        # The superior body above the issuer: two bodies, not one merged name.
        ("TRUNG TÂM Y TẾ HUYỆN MỘC CHÂU", "TRẠM Y TẾ XÃ CHIỀNG SƠN", "Trạm Y tế xã Chiềng Sơn", "Trung tâm Y tế huyện Mộc Châu"),
        # School kinds are expanded like other abbreviations; the proper name keeps its capitals.
        ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH SƠN LA", "TRƯỜNG THPT MỘC CHÂU", "Trường Trung học phổ thông Mộc Châu", "Sở Giáo dục và Đào tạo tỉnh Sơn La"),
        ("PHÒNG GD&ĐT HUYỆN MỘC CHÂU", "TRƯỜNG THCS CHIỀNG SƠN", "Trường Trung học cơ sở Chiềng Sơn", "Phòng Giáo dục và Đào tạo huyện Mộc Châu"),
        # A unit whose line names no place takes it from the body above.
        ("UBND XÃ CHIỀNG SƠN", "TRẠM Y TẾ", "Trạm Y tế xã Chiềng Sơn", "Ủy ban nhân dân xã Chiềng Sơn"),
        ("UBND HUYỆN MỘC CHÂU", "PHÒNG NỘI VỤ", "Phòng Nội vụ huyện Mộc Châu", "Ủy ban nhân dân huyện Mộc Châu"),
        ("TỈNH ỦY SƠN LA", "BAN DÂN VẬN", "Ban Dân vận Tỉnh ủy Sơn La", "Tỉnh ủy Sơn La"),
        ("HUYỆN ỦY MỘC CHÂU", "BAN TUYÊN GIÁO", "Ban Tuyên giáo Huyện ủy Mộc Châu", "Huyện ủy Mộc Châu"),
        ("ĐẢNG BỘ TỈNH SƠN LA", "HUYỆN ỦY MỘC CHÂU", "Huyện ủy Mộc Châu", "Đảng bộ tỉnh Sơn La"),
        # A hospital keeps its own name under its department.
        ("SỞ Y TẾ SƠN LA", "BỆNH VIỆN ĐA KHOA MỘC CHÂU", "Bệnh viện Đa khoa Mộc Châu", "Sở Y tế tỉnh Sơn La"),
    ],
)
def test_two_line_issuer_block(first, second, issuer, parent):
    header = read_header(make_text(_head(first, second)))
    assert header.issuer == issuer
    assert header.issuer_parent == parent
    assert header.number == "12" and header.date == "2024-03-05"


@pytest.mark.parametrize(
    "caps, written",
    [
        ("TRƯỜNG THPT MỘC CHÂU", "Trường THPT Mộc Châu"),
        ("TRƯỜNG THCS CHIỀNG SƠN", "Trường THCS Chiềng Sơn"),
        ("TRƯỜNG TIỂU HỌC CHIỀNG SƠN", "Trường Tiểu học Chiềng Sơn"),
        ("TRƯỜNG MẦM NON HOA BAN", "Trường Mầm non Hoa Ban"),
        ("TRƯỜNG PTDTBT TH&THCS NẬM ĐÉT", "Trường PTDTBT TH&THCS Nậm Đét"),
        ("TRƯỜNG THPT CHU VĂN AN", "Trường THPT Chu Văn An"),
        ("TRƯỜNG CHÍNH TRỊ TỈNH SƠN LA", "Trường Chính trị tỉnh Sơn La"),
        ("TRẠM Y TẾ XÃ CHIỀNG SƠN", "Trạm Y tế xã Chiềng Sơn"),
        ("BỆNH VIỆN ĐA KHOA THÀNH PHỐ SƠN LA", "Bệnh viện Đa khoa thành phố Sơn La"),
        ("TỈNH ỦY HÀ GIANG", "Tỉnh ủy Hà Giang"),
        ("BAN DÂN VẬN TỈNH ỦY", "Ban Dân vận Tỉnh ủy"),
        ("ĐẢNG ỦY SỞ Y TẾ", "Đảng ủy Sở Y tế"),
        ("SỞ Y TẾ HÀ GIANG", "Sở Y tế Hà Giang"),
        ("ỦY BAN KIỂM TRA HUYỆN ỦY ĐỒNG VĂN", "Ủy ban Kiểm tra Huyện ủy Đồng Văn"),
        # Field words are not read as a place.
        ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo"),
        ("BAN DÂN TỘC", "Ban Dân tộc"),
    ],
)
def test_recase_lower_bodies(caps, written):
    assert recase(caps) == written
