"""Titles of Party conclusions, round 21: under the type line "KẾT LUẬN" or "THÔNG BÁO KẾT LUẬN" the title opens
with its author's phrase ("CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ", "CỦA ĐỒNG CHÍ TỔNG BÍ THƯ"); the title is the subject
after it (realdocs 265ff514, Kết luận 221-KL/TW; b3f47f15, Thông báo 432-TB/VPTW). The fragments are those
documents' headers as the web library's pages give them."""

from vanban.loaders.header import AUTHOR_OPENING
from tests.citation_reading import record

# realdocs 265ff514 (Kết luận 221-KL/TW), its header.
_CONCLUSION = (
    "**BAN\nCHẤP HÀNH TRUNG ƯƠNG**\n*\n|\n**ĐẢNG\nCỘNG SẢN VIỆT NAM**\n---------------\n|\n|\nSố 221-KL/TW\n|\n"
    "*Hà Nội, ngày 28\ntháng 11 năm 2025*\n|\n**KẾT LUẬN**\nCỦA BỘ CHÍNH TRỊ,\nBAN BÍ THƯ\nVỀ TÌNH HÌNH, KẾT\n"
    "QUẢ HOẠT ĐỘNG CỦA BỘ MÁY HỆ THỐNG CHÍNH TRỊ VÀ CHÍNH QUYỀN ĐỊA PHƯƠNG 2 CẤP\n-----\nTại phiên họp ngày "
    "28/11/2025, sau\nkhi nghe Báo cáo của Ban Tổ chức Trung ương về tình hình, kết quả hoạt động của\nbộ máy hệ "
    "thống chính trị và chính quyền địa phương 2 cấp tháng 11/2025, Bộ Chính trị, Ban Bí thư kết luận như\nsau:\n"
)

# realdocs b3f47f15 (Thông báo 432-TB/VPTW), its header.
_NOTICE = (
    "BAN CHẤP HÀNH\nTRUNG ƯƠNG\n**VĂN PHÒNG**\n*****\n|\n**ĐẢNG CỘNG\nSẢN VIỆT NAM**\n---------------\n|\n|\n"
    "Số 432-TB/VPTW\n|\n*Hà Nội, ngày\n26 tháng 11 năm 2025*\n|\n**THÔNG BÁO KẾT LUẬN**\nCỦA ĐỒNG CHÍ TỔNG BÍ THƯ\n"
    "TẠI BUỔI LÀM VIỆC VỚI ĐẢNG UỶ BỘ Y TẾ VÀ CÁC BAN, BỘ, NGÀNH TRUNG ƯƠNG VỀ\nCÔNG TÁC CHĂM SÓC VÀ BẢO VỆ TRẺ EM "
    "CÓ HOÀN CẢNH ĐẶC BIỆT\n**-----**\nNgày 24/11/2025, tại Trụ sở\nTrung ương Đảng, đồng chí Tổng Bí thư đã có buổi "
    "làm việc với Đảng uỷ Bộ Y tế.\n"
)


def test_a_conclusion_s_title_is_its_subject_after_its_authors():
    d = record(_CONCLUSION).document
    assert (d.doc_type, d.number, d.symbol) == ("Kết luận", "221", "KL/TW")
    assert d.title == "VỀ TÌNH HÌNH, KẾT QUẢ HOẠT ĐỘNG CỦA BỘ MÁY HỆ THỐNG CHÍNH TRỊ VÀ CHÍNH QUYỀN ĐỊA PHƯƠNG 2 CẤP"


def test_a_notice_of_conclusions_is_a_thong_bao_titled_after_its_speaker():
    d = record(_NOTICE).document
    assert (d.doc_type, d.number, d.symbol, d.issuer) == ("Thông báo", "432", "TB/VPTW", "Văn phòng Trung ương Đảng")
    assert d.title.startswith("TẠI BUỔI LÀM VIỆC VỚI ĐẢNG UỶ BỘ Y TẾ")
    assert d.title.endswith("CÓ HOÀN CẢNH ĐẶC BIỆT")


def test_the_author_s_phrase_ends_at_the_subject():
    assert AUTHOR_OPENING.match("CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ ĐỊNH HƯỚNG").group(0) == "CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ "
    # a title that names no subject after "của …" is left whole
    assert AUTHOR_OPENING.match("CỦA HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG KHÓA XVII") is None
