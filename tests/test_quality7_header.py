"""Header robustness (round 7): a type line set in spaced capitals ("K Ế  H O Ạ C H") and a date
line whose day and month are left blank with dots or an ellipsis ("ngày …/…/2022"). Fragments of
seeds 001 and 002 as damaged copies write them."""

from __future__ import annotations

from vanban.loaders.header import DATE_SLASHED, SPACED_LETTERS, read_header
from vanban.loaders.text import make_text

SEED_001_BODY = (
    "Thực hiện Kế hoạch dân vận năm 2023 của Sở Y tế Hà Giang Giang; Bệnh \n\n"
    "viện đa khoa Nà Chì xây dựng kế hoạch triển khai thực hiện như sau: \n\nI. MỤC ĐÍCH, YÊU CẦU \n"
)


def test_spaced_letters_pattern():
    assert SPACED_LETTERS.match("K Ế  H O Ạ C H")
    assert SPACED_LETTERS.match("C H Ỉ  T H Ị")
    assert not SPACED_LETTERS.match("KẾ HOẠCH")
    assert not SPACED_LETTERS.match("SỞ Y TẾ")  # words, not a run of letters
    assert not SPACED_LETTERS.match("1 2 3")


def test_spaced_type_line_is_the_type_and_title_follows():
    # seed 001 (a hospital's plan without an issuer block), its type line in spaced capitals.
    h = read_header(make_text(
        " K Ế  H O Ạ C H \n\nTriển khai công tác Dân vận trong bệnh viện năm 2023 \n \n\n" + SEED_001_BODY
    ))
    assert h.doc_type == "Kế hoạch"
    assert h.title == "Triển khai công tác Dân vận trong bệnh viện năm 2023"
    assert h.issuer != "K ế h o ạ c h"


def test_spaced_type_line_in_bold_under_an_issuer_block():
    h = read_header(make_text(
        "UBND TỈNH HÀ GIANG\nSỞ Y TẾ\nSố: /KH-SYT\nHà Giang, ngày 03 tháng 10 năm 2022\n"
        "**C H Ỉ  T H Ị**  \n**Về tăng cường công tác dân vận**\nI. MỤC ĐÍCH\n"
    ))
    assert (h.doc_type, h.title, h.issuer) == ("Chỉ thị", "Về tăng cường công tác dân vận", "Sở Y tế tỉnh Hà Giang")


def test_spaced_letters_that_spell_no_type_are_not_a_type_line():
    h = read_header(make_text("S Ở  Y  T Ế\nSố: 12/KH-SYT\nK Ế T  L U Ậ N X\nnội dung\n"))
    assert h.doc_type != "Kết luận"


def test_slashed_blank_date_pattern():
    for s in ("ngày …/…/2022", "ngày ..../..../2022", "ngày .../.../2022", "ngày …/ …/ 2022"):
        m = DATE_SLASHED.search(s)
        assert m and (m["day"], m["month"], m["year"]) == (None, None, "2022"), s
    m = DATE_SLASHED.search("Hà Giang, ngày 03/10/2022")
    assert (m["day"], m["month"], m["year"]) == ("03", "10", "2022")


def test_blank_slashed_date_gives_place_and_year():
    # seed 002: "Đồng Văn, ngày …/…/2022" in a copy whose blanks are an ellipsis.
    h = read_header(make_text(
        "ỦY BAN NHÂN DÂN\nHUYỆN ĐỒNG VĂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: /KH-UBND\n\nĐồng Văn, ngày …/…/2022\n\n**KẾ HOẠCH**  \n**Triển khai “Tháng dân vận” năm 2022**\n"
        "Thực hiện Kế hoạch số 138-KH/HU ngày 23/8/2022 của Huyện ủy Đồng Văn.\n"
    ))
    assert (h.place, h.date) == ("Đồng Văn", "2022")
    assert h.issuer == "Ủy ban nhân dân huyện Đồng Văn"


def test_blank_dotted_words_date_gives_the_year():
    h = read_header(make_text(
        "ỦY BAN NHÂN DÂN\nHUYỆN ĐỒNG VĂN\nSố: /KH-UBND\nĐồng Văn, ngày ... tháng ... năm 2022\nKẾ HOẠCH\n"
        "Triển khai “Tháng dân vận” năm 2022\nI. MỤC ĐÍCH\n"
    ))
    assert (h.place, h.date) == ("Đồng Văn", "2022")
