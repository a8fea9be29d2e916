"""Header, round 17 (damage): date lines an OCR or a typist damaged, a numbered district's place, a
province misspelled in a known way, a motto's typo beside the issuer, glued capitals in a title and a
copy with no header. Fragments written in the style of the provincial plans and notices surveyed."""

from __future__ import annotations

import pytest

from vanban.loaders.header import DAMAGED_DATE, read_header
from vanban.loaders.text import make_text

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 77/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n"
)
BODY = "KẾ HOẠCH\nTổ chức Tháng hành động vì an toàn thực phẩm năm 2023\nI. MỤC ĐÍCH, YÊU CẦU\n"


@pytest.mark.parametrize(
    "date_line",
    [
        "Đắk Lắk, ngày 05 thang 6 nam 2023",
        "Đắk Lắk, ngay 05 thang 6 nam 2023",
        "Đắk Lắk, ngày 05 tháng 6 năm 2 023",
        "Đắk Lắk, ngày 05 tháng 6, năm 2023",
        "Đắk Lắk, ngàỵ 05 tháng 6 năm 2023",
        "Đắk Lắk, NGAY 05 THANG 6 NAM 2023",
    ],
)
def test_damaged_date_lines_are_read(date_line):
    h = read_header(make_text(HEAD + date_line + "\n" + BODY))
    assert (h.date, h.place) == ("2023-06-05", "Đắk Lắk")
    assert h.issuer == "Ủy ban nhân dân tỉnh Đắk Lắk"
    assert h.title == "Tổ chức Tháng hành động vì an toàn thực phẩm năm 2023"


def test_damaged_date_needs_all_three_numbers():
    # A blank date or words that merely look alike are no damaged date.
    assert DAMAGED_DATE.search("Hà Nội, ngay   thang   nam 2023") is None
    assert DAMAGED_DATE.search("nông thôn mới giai đoạn 2021 - 2025") is None
    assert DAMAGED_DATE.search("ngày 05 tháng 6 năm 20231") is None


def test_numbered_district_is_the_place():
    h = read_header(
        make_text(
            "ỦY BAN NHÂN DÂN\nQUẬN 3\nSố: 215/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nQuận 3, ngày 05 tháng 6 năm 2023\n" + BODY
        )
    )
    assert (h.date, h.place) == ("2023-06-05", "Quận 3")
    assert h.issuer == "Ủy ban nhân dân quận 3"


def test_number_before_a_date_is_no_place():
    # A symbol's number before the date of a merged line is not read as a place.
    h = read_header(make_text(HEAD.replace("Số: 77", "Số: 3") + "Đắk Lắk, ngày 05 tháng 6 năm 2023\n" + BODY))
    assert h.place == "Đắk Lắk"


def test_known_province_misspelling_is_respelled():
    h = read_header(
        make_text(
            "ỦY BAN NHÂN DÂN\nTỈNH ĐẮC LẮC\nSố: 77/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nĐắc Lắc, ngày 05 tháng 6 năm 2023\n" + BODY
        )
    )
    assert (h.place, h.province) == ("Đắk Lắk", "Đắk Lắk")
    assert h.issuer == "Ủy ban nhân dân tỉnh Đắk Lắk"


def test_only_listed_misspellings_are_respelled():
    from vanban.loaders.places import province_name, respelled_province

    assert respelled_province("Bắc Cạn") == "Bắc Kạn"
    assert respelled_province("Đắk Lắk") is None  # the right spelling is no misspelling
    # No fuzzy match: a name one letter from a province is not taken for it.
    assert province_name("Đắc Lắm") is None


@pytest.mark.parametrize("motto", ["CỘNG HỊA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
def test_motto_with_an_ocr_typo_stays_out_of_the_issuer(motto):
    # The two header columns merged on each line of a scanned plan: the motto's typo is still the motto.
    h = read_header(
        make_text(
            f"ỦY BAN NHÂN DÂN {motto}\nTỈNH NGHỆ AN Độc lập - Tự do - Hạnh phúc\n"
            "Số: 77/KH-UBND Nghệ An, ngày 05 tháng 6 năm 2023\n" + BODY
        )
    )
    assert h.issuer == "Ủy ban nhân dân tỉnh Nghệ An"
    assert (h.date, h.place) == ("2023-06-05", "Nghệ An")


def test_glued_capitals_are_cut_where_one_cut_makes_two_syllables():
    h = read_header(
        make_text(
            "CHÍNHPHỦ\nSố: 77/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 05 tháng 6 năm 2023\nNGHỊ QUYẾT\nVỀ TRIỂNKHAI THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA\n"
            "CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n"
        )
    )
    assert h.issuer == "Chính phủ"
    assert h.title.upper() == "VỀ TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA"


def test_glued_capitals_kept_when_the_cut_is_not_sure():
    from vanban.loaders.names import unglue_capitals

    assert unglue_capitals("KẾHOẠCH THƯỜNGXUYÊN") == "KẾ HOẠCH THƯỜNG XUYÊN"
    # Two cuts make two syllables ("THANH OÁ", "THAN HOÁ"): left as written; so are words with no
    # Vietnamese letter, single syllables and mixed case.
    assert unglue_capitals("THANHOÁ COVID NGHIÊNG Chínhphủ") == "THANHOÁ COVID NGHIÊNG Chínhphủ"


def test_a_units_initials_in_the_symbol_are_no_type():
    # A ministry department's Công văn: "KH" in "KH-TC" is the initials of "Kế hoạch - Tài chính".
    h = read_header(
        make_text(
            "BỘ Y TẾ\nVỤ KẾ HOẠCH - TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 123/KH-TC\nHà Nội, ngày 05 tháng 6 năm 2023\nV/v hướng dẫn lập dự toán ngân sách năm 2024\n"
            "Kính gửi: Các đơn vị trực thuộc Bộ.\nThực hiện Thông tư số 51/2023/TT-BTC, Vụ Kế hoạch - Tài chính đề nghị:\n"
        )
    )
    assert h.doc_type == "Công văn"
    assert h.title == "V/v hướng dẫn lập dự toán ngân sách năm 2024"


def test_a_plan_keeps_its_type_code():
    # A committee's plan: its symbol's KH is its type, whatever the place's initials ("KHÁNH HẢI").
    h = read_header(
        make_text(
            "ỦY BAN NHÂN DÂN\nXÃ KHÁNH HẢI\nSố: 45/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nKhánh Hải, ngày 05 tháng 6 năm 2023\n"
            "Triển khai công tác phòng, chống thiên tai năm 2023\nI. MỤC ĐÍCH, YÊU CẦU\n"
        )
    )
    assert h.doc_type == "Kế hoạch"


def test_a_copy_without_a_header_gives_nulls():
    # A plan copied from its first section on: no garbage from its first lines.
    h = read_header(
        make_text(
            "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n- Triển khai thực hiện có hiệu quả Chương trình số 12-CTr/TU "
            "ngày 05/6/2023 của Tỉnh ủy về chuyển đổi số.\n\n2. Yêu cầu\n\nCác cơ quan, đơn vị tổ chức thực hiện "
            "nghiêm túc, hiệu quả.\n\nII. NỘI DUNG\n\n1. Tuyên truyền về chuyển đổi số\n\nSở Thông tin và Truyền "
            "thông chủ trì tổ chức tuyên truyền.\n\nIII. TỔ CHỨC THỰC HIỆN\n\nỦy ban nhân dân các huyện, thành phố "
            "triển khai thực hiện Kế hoạch này.\n"
        )
    )
    assert (h.doc_type, h.number, h.symbol, h.date, h.place) == (None, None, None, None, None)
    assert (h.issuer, h.issuer_parent, h.title, h.signer) == (None, None, None, None)


def test_a_ministrys_department_is_the_issuer_under_its_ministry():
    def issuer(block: str) -> tuple:
        h = read_header(
            make_text(
                f"{block}\nSố: 123/KHTC-NS\nV/v hướng dẫn lập dự toán ngân sách năm 2024\n"
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                "Hà Nội, ngày 05 tháng 6 năm 2023\nKính gửi: Các đơn vị dự toán thuộc Bộ.\n"
            )
        )
        return h.issuer, h.issuer_parent

    assert issuer("BỘ TÀI CHÍNH\nVỤ KẾ HOẠCH - TÀI CHÍNH") == ("Vụ Kế hoạch - Tài chính", "Bộ Tài chính")
    assert issuer("BỘ TÀI CHÍNH\nVỤ\nKẾ HOẠCH - TÀI CHÍNH") == ("Vụ Kế hoạch - Tài chính", "Bộ Tài chính")
    # A ministry's name broken before its last word "VỤ" is the ministry.
    assert issuer("BỘ NỘI\nVỤ") == ("Bộ Nội vụ", None)
