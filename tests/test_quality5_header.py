"""Robustness of the header to PDF, OCR and markdown copies (round 5): the Số line in capitals or
with its hook lost, a year glued to "năm" in the title, the two columns merged on one line or laid
out as a markdown table. Fragments of seeds 000 and 004 as such copies write them."""

from __future__ import annotations

from vanban.loaders.header import GLUED_YEAR, NUMBER_LINE, read_header
from vanban.loaders.text import make_text

SEED_000_BODY = (
    "Thực hiện Kế hoạch số 233/KH-UBND, ngày 22/9/2022 của UBND tỉnh Hà Giang về Triển khai “Tháng Dân vận”"
    " năm 2022; Sở Y tế xây dựng kế hoạch triển khai thực hiện như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n"
)


def test_number_line_in_capitals_or_without_hook():
    assert NUMBER_LINE.search("SỐ: /KH-SYT")["symbol"] == "KH-SYT"
    m = NUMBER_LINE.search("Sô: 799/KH- SYT")
    assert (m["number"], m["symbol"]) == ("799", "KH- SYT")


def test_capital_number_line_is_not_part_of_the_issuer():
    # seed 000, OCR copy: "Số" in capitals.
    h = read_header(make_text(
        " UBND TỈNH HÀ GIANG \n\nSỞ Y TẾ \n \nSỐ: /KH-SYT \n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n\n"
        "Độc lập - Tự do - Hạnh phúc \n\n       Hà Giang, ngày 03 tháng 10 năm 2022 \n\nKẾ  HOẠCH \n"
        "Triển khai “Tháng Dân vận” năm 2022 trong ngành Y tế \n\n" + SEED_000_BODY
    ))
    assert (h.number, h.symbol, h.date, h.place) == (None, "KH-SYT", "2022-10-03", "Hà Giang")
    assert h.issuer == "Sở Y tế tỉnh Hà Giang"


def test_columns_merged_on_one_line():
    # seed 000 as a PDF copy lays out the two columns: left and right blocks on the same lines.
    h = read_header(make_text(
        "UBND TỈNH HÀ GIANG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ Y TẾ          Độc lập - Tự do - Hạnh phúc\n"
        "Số:         /KH-SYT          Hà Giang, ngày 03 tháng 10 năm 2022\n"
        "KẾ HOẠCH\nTriển khai “Tháng Dân vận” năm 2022 trong ngành Y tế\n" + SEED_000_BODY
    ))
    assert (h.symbol, h.date, h.place, h.issuer) == ("KH-SYT", "2022-10-03", "Hà Giang", "Sở Y tế tỉnh Hà Giang")
    assert h.title == "Triển khai “Tháng Dân vận” năm 2022 trong ngành Y tế"


def test_header_as_markdown_table():
    h = read_header(make_text(
        "| **UBND TỈNH HÀ GIANG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n|---|---|\n"
        "| SỞ Y TẾ | Độc lập - Tự do - Hạnh phúc |\n| Số:         /KH-SYT | Hà Giang, ngày 03 tháng 10 năm 2022 |\n\n"
        "# KẾ HOẠCH\n**Triển khai “Tháng Dân vận” năm 2022 trong ngành Y tế**\n" + SEED_000_BODY
    ))
    assert (h.doc_type, h.symbol, h.date, h.issuer) == ("Kế hoạch", "KH-SYT", "2022-10-03", "Sở Y tế tỉnh Hà Giang")
    assert h.title == "Triển khai “Tháng Dân vận” năm 2022 trong ngành Y tế"


def test_year_glued_in_title():
    # seed 004, OCR copy.
    assert GLUED_YEAR.sub(r"\1 ", "“Dân vận khéo” năm2020") == "“Dân vận khéo” năm 2020"
    assert GLUED_YEAR.sub(r"\1 ", "năm 2020; năm20") == "năm 2020; năm20"
    h = read_header(make_text(
        "Số :799/KH- SYT\nHà Tĩnh, ngày31 tháng  3 năm  2020\nKẾ  HOẠCH\n"
        "Thực hiện phong trào thi đua “Dân vận khéo” năm2020\n"
        "Thực hiện Kế hoạch số 96 /KH-UBND ngày 23/3/2020 của UBND tỉnh ban hành Kế hoạch.\nI. MỤC ĐÍCH, YÊU CẦU\n"
    ))
    assert (h.number, h.symbol, h.date, h.place) == ("799", "KH-SYT", "2020-03-31", "Hà Tĩnh")
    assert h.title == "Thực hiện phong trào thi đua “Dân vận khéo” năm 2020"
