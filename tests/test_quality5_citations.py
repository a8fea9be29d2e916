"""Robustness of citations to OCR and PDF artifacts (round 5): type words glued ("Chỉthị",
"Nghịquyếtsố"), symbols split at a dash or slash with spaces. Fragments from seed 001 and 003
as a PDF or OCR copy writes them."""

from __future__ import annotations

from vanban.loaders.citation_anchors import TYPE_BEFORE, UNNUMBERED_START
from vanban.loaders.citations import find_citations
from vanban.loaders.unnumbered_citations import CONGRESS
from vanban.loaders.records import Header
from vanban.loaders.text import make_text


def _cites(body: str) -> list:
    return find_citations(make_text(f"KẾ HOẠCH\nTriển khai thực hiện\n{body}\n"), Header())


def test_type_before_number_glued_words():
    assert TYPE_BEFORE.search("mới; Chỉthị số ")["type"] == "Chỉthị"
    assert TYPE_BEFORE.search("như: Nghịquyếtsố")["type"] == "Nghịquyết"
    assert TYPE_BEFORE.search("như: Nghị quyết số ")["type"] == "Nghị quyết"


def test_glued_type_word_is_read_as_the_type():
    # seed 001, OCR copy: "Chỉ thị" glued, symbol split after the dash.
    (c,) = _cites(
        "mới; Chỉthị số 49- CT/TW, ngày 20/10/2015 của Ban Bí thư về tăng cường và đổi \n\n"
        "mới công tác dân vận của Đảng ở vùng đồng bào dân tộc thiểu số."
    )
    assert (c.doc_type, c.number, c.symbol, c.date) == ("Chỉ thị", "49", "CT/TW", "2015-10-20")
    assert c.surface.startswith("Chỉthị số 49- CT/TW")


def test_glued_type_and_number_word():
    # seed 001: "Nghị quyết số" with both spaces lost.
    (c,) = _cites(
        "các Nghị quyết về phát triển kinh tế - xã hội của tỉnh, như: Nghịquyếtsố 05-NQ/TU, ngày \n"
        "01/12/2020 của Ban Chấp hành Đảng bộ tỉnh về cải tạo vườn tạp."
    )
    assert (c.doc_type, c.number, c.symbol, c.year) == ("Nghị quyết", "05", "NQ/TU", 2020)


def test_glued_congress_resolution():
    # seed 003: an unnumbered Nghị quyết of a congress, its type glued.
    assert UNNUMBERED_START.match("Nghịquyết Đại hội")["type"] == "Nghịquyết"
    assert CONGRESS.match("Nghịquyết Đại hội Đảng toàn quốc lần thứ XIII")["ord"] == "XIII"
    cites = _cites(
        "của Đảng về công tác dân vận theo Nghịquyết Đại hội Đảng toàn quốc lần thứ \n"
        "XIII; Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI; các Nghị quyết của Ban Chấp hành Trung ương Đảng."
    )
    assert [c.doc_type for c in cites] == ["Nghị quyết", "Nghị quyết"]
    assert "XIII" in cites[0].surface and "XVI" in cites[1].surface


def test_unglued_words_are_not_types():
    # "Chỉ" and "thị" apart from each other in running text stay no type.
    assert TYPE_BEFORE.search("chỉ đạo thị xã số ") is None


def test_symbol_broken_by_a_bold_mark():
    # seed 000, markdown copy: a bold item closes at the line end inside the symbol.
    (c,) = _cites(
        "**2. Thực hiện tốt việc tổ chức tiếp xúc, đối thoại theo Quyết định số 1859-**\n\n"
        "QĐ/TU, ngày 09/4/2019 của Tỉnh ủy về ban hành Quy chế tiếp xúc, đối thoại."
    )
    assert (c.doc_type, c.number, c.symbol, c.date) == ("Quyết định", "1859", "QĐ/TU", "2019-04-09")


def test_date_in_words_glued_or_spaced():
    # seed 003, OCR copy: "tháng4", "năm  2023".
    (c,) = _cites(
        "Thực hiện Công văn số 1260/UBND-NC ngày 28 tháng4 năm  2023 của Ủy ban nhân dân tỉnh Kon \n"
        "Tum về việc triển khai thực hiện."
    )
    assert (c.number, c.symbol, c.date) == ("1260", "UBND-NC", "2023-04-28")


def test_year_glued_after_an_unnumbered_name():
    # seed 001, OCR copy: "Hiến pháp năm2013" is the constitution of 2013.
    cites = _cites("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Hiến pháp năm2013; cụ thể hóa")
    (c,) = [c for c in cites if c.doc_type == "Hiến pháp"]
    assert c.surface == "Hiến pháp năm2013" and c.year == 2013
