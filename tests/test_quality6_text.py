"""Lone page-number lines a PDF copy leaves between the lines of a sentence are page furniture:
left out of lines and flat (names read across them), kept in gold-style quotes."""

import re

import pytest

from vanban.loaders.extract import extract
from vanban.loaders.text import PAGE_NUMBER_LINE, make_text

# Seed 000, closing of section IV, with a page break after "UBND tỉnh".
REPORT_ACROSS_PAGE = (
    "thực hiện và tham mưu tổng hợp báo cáo UBND tỉnh\n"
    "5\n"
    "trước ngày  05/11/2022.\n"
)


@pytest.mark.parametrize("page", ["5", "- 3 -", "– 12 –", "Trang 2", "Trang 2/7", "Trang 2 / 7", "\f9", "  7  "])
def test_page_number_forms_are_left_out_of_lines_and_flat(page):
    raw = f"Trên đây là Kế hoạch triển khai Công tác dân vận\nchính quyền năm 2023 của\n{page}\nBệnh viện Đa khoa Nà Chì./.\n"
    t = make_text(raw)
    assert "của Bệnh viện Đa khoa Nà Chì./." in t.flat
    assert [ln.text for ln in t.lines][-1] == "Bệnh viện Đa khoa Nà Chì./."
    assert t.page_lines == 1
    # offsets stay exact: every flat character maps to the same original character
    for f, ch in enumerate(t.flat):
        if not ch.isspace():
            assert t.original[t.to_original(f)] == ch


def test_quote_keeps_the_page_number_as_the_gold_normalization_does():
    t = make_text(REPORT_ACROSS_PAGE)
    s = t.flat.index("báo cáo")
    e = t.flat.index("2022.") + 5
    assert t.flat[s:e] == "báo cáo UBND tỉnh trước ngày  05/11/2022."
    assert t.quote(s, e) == "báo cáo UBND tỉnh 5 trước ngày  05/11/2022."
    assert t.quote(s, e) in re.sub(r"\s*\n\s*", " ", t.original)
    start, end = t.original_span(s, e)
    assert t.original[start:end].startswith("báo cáo") and t.original[start:end].endswith("2022.")


def test_year_and_table_cells_on_their_own_lines_are_text():
    # seed 001 title wrapped before its year; corpus 051 table written one cell per line;
    # corpus 009 markdown table written one cell per line
    year = make_text("Triển khai công tác Dân vận trong bệnh viện năm\n2023\n")
    assert year.flat == "Triển khai công tác Dân vận trong bệnh viện năm 2023 " and year.page_lines == 0
    table = make_text("Tổng số\n\n45\n\n16\n\n14\n\n5\n\n7\n\n-\n")
    assert table.page_lines == 0 and "45 16 14 5 7 -" in table.flat
    md = make_text("|\n1\n|\nSở Công Thương\n|\n")
    assert md.page_lines == 0


def test_page_number_pattern_rejects_text_lines():
    for line in ["2023", "1.", "II", "5.000", "Trang thông tin điện tử", "- Các khoa, phòng"]:
        assert not PAGE_NUMBER_LINE.search(line), line


def test_report_target_and_issuer_read_across_page_numbers():
    # seed 000 degraded: header, a report to UBND tỉnh broken by a page number
    raw = (
        "SỞ Y TẾ TỈNH HÀ GIANG\nSố:   /KH-SYT\nHà Giang, ngày 03 tháng 10 năm 2022\n"
        "KẾ HOẠCH\nTriển khai công tác dân vận năm 2022\n"
        "I. TỔ CHỨC THỰC HIỆN\n"
        "1. Giao Văn phòng Sở Y tế theo dõi, đôn đốc các cơ quan, đơn vị tổ chức\n"
        + REPORT_ACROSS_PAGE
    )
    rec = extract(make_text(raw, name="x.txt"))
    tos = [r.to for r in rec.reports_to]
    assert tos and all(to and not re.search(r"\d", to) for to in tos), tos
    assert any("5 trước ngày" in r.evidence for r in rec.reports_to)
