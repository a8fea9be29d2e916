"""One reading of a number and symbol for the header's Số line and for a citation (loaders/number_symbols.py):
a symbol written the same way gives the same number and symbol in the document that bears it and in
the documents that cite it, so that the graph matches them. Fragments in the style of the corpus' headers
and preambles (seeds 001-004, corpus plans), with the damage OCR, PDF and web copies do to them."""

import pytest

from vanban.loaders.citations import find_citations
from vanban.loaders.header import read_header
from vanban.loaders.number_symbols import symbol_form, unglued_symbol
from vanban.loaders.text import make_text

# The type line and the type word of each symbol's type.
TYPES = {
    "Kế hoạch": "KẾ HOẠCH", "Quyết định": "QUYẾT ĐỊNH", "Chỉ thị": "CHỈ THỊ", "Nghị quyết": "NGHỊ QUYẾT",
    "Nghị định": "NGHỊ ĐỊNH",
}


def _header(written: str, doc_type: str):
    return read_header(make_text(
        f"ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: {written}\nHà Giang, ngày 12 tháng 3 năm 2024\n{TYPES[doc_type]}\n"
        "Về việc triển khai công tác cải cách hành chính năm 2024\n\nCăn cứ Luật Tổ chức chính quyền địa phương năm 2015;\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích.\n"
    ))


def _cited(written: str, doc_type: str):
    text = make_text(
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 7/KH-UBND\nHà Giang, ngày 12 tháng 3 năm 2024\nKẾ HOẠCH\n"
        "Về việc triển khai công tác cải cách hành chính năm 2024\n\n"
        f"Căn cứ {doc_type} số {written} ngày 10/01/2024 của Ủy ban nhân dân tỉnh Hà Giang về cải cách hành chính;\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích.\n"
    )
    return find_citations(text, read_header(text))


@pytest.mark.parametrize(
    "written, doc_type, expected",
    [
        ("123/KH-UBND", "Kế hoạch", ("123", "KH-UBND")),
        # OCR reads a digit as a letter: the header read no number ("I9") or a damaged one ("2O", "2Ol9").
        ("I9-NQ/TU", "Nghị quyết", ("19", "NQ/TU")),
        ("2l9/CT-UBND", "Chỉ thị", ("219", "CT-UBND")),
        ("2O/2Ol9/QĐ-UBND", "Quyết định", ("20", "2019/QĐ-UBND")),
        # A PDF's non-breaking hyphen and an en dash: the header read none, or "KH" alone.
        ("296\u2011QĐ/TU", "Quyết định", ("296", "QĐ/TU")),
        ("12/KH\u2013UBND", "Kế hoạch", ("12", "KH-UBND")),
        # The "/" after a year written as a space: the header read the year alone as the symbol.
        ("15/2020 NQ-HĐND", "Nghị quyết", ("15", "2020/NQ-HĐND")),
        # The "/" after the number written as a space before a type code ("Kế hoạch số 298 KH/TWĐTN ngày
        # 14/7/2011 của Ban Chấp hành Trung ương Đoàn"): the header read none.
        ("298 KH/TWĐTN", "Kế hoạch", ("298", "KH/TWĐTN")),
        # Spaces and a line break inside the symbol.
        ("1859-\nQĐ/TU", "Quyết định", ("1859", "QĐ/TU")),
        ("799/KH- SYT", "Kế hoạch", ("799", "KH-SYT")),
        # A type code glued to a state body's code, under its type: the header cut "CTTg" to "CT".
        ("1961/QĐUBND", "Quyết định", ("1961", "QĐ-UBND")),
        ("27/CTTg", "Chỉ thị", ("27", "CT-TTg")),
        ("61/2018/NĐCP", "Nghị định", ("61", "2018/NĐ-CP")),
        # …and left as written under another type, or with a Party body's code.
        ("1961/QĐUBND", "Kế hoạch", ("1961", "QĐUBND")),
        ("5/NQTU", "Nghị quyết", ("5", "NQTU")),
        # A code in capitals, or without the stroke of its Đ, keeps the form the text writes (as
        # test_quality11_citations wants it of a citation, the header's is the same).
        ("101/QĐ-TTG", "Quyết định", ("101", "QĐ-TTG")),
        ("12/QD-UBND", "Quyết định", ("12", "QD-UBND")),
        # A council's standing committee with a dot: the citation read "QC-TT" alone.
        ("06/KH-TT.HĐND-UBND", "Kế hoạch", ("06", "KH-TT.HĐND-UBND")),
    ],
)
def test_header_and_citation_read_a_symbol_alike(written, doc_type, expected):
    h = _header(written, doc_type)
    assert (h.number, h.symbol) == expected
    cites = _cited(written, doc_type)
    assert [(c.number, c.symbol) for c in cites] == [expected]


def test_a_blank_number_keeps_its_symbol_in_both():
    h = _header("       /KH-SYT", "Kế hoạch")
    assert (h.number, h.symbol) == (None, "KH-SYT")
    assert [(c.number, c.symbol) for c in _cited("       /KH-SYT", "Kế hoạch")] == [(None, "KH-SYT")]


def test_a_dotted_number_is_no_short_reference():
    # "Căn cứ Quyết định số 52.1/2023/QĐ-FCI ký ngày 01/09/2023 …" (a company's decision): not "Quyết định số 52"; since
    # round 21 the number with its decimal part is read whole, as the header reads it ("Nghị quyết số 66.4/2025/NQ-CP").
    assert [(c.number, c.symbol) for c in _cited("52.1/2023/QĐ-FCI", "Quyết định")] == [("52.1", "2023/QĐ-FCI")]
    assert _header("52.1/2023/QĐ-FCI", "Quyết định").number == "52.1"


def test_a_gap_symbol_needs_a_type_code_before_its_slash():
    assert _header("5 A/B", "Kế hoạch").symbol is None
    h = _header("44 DN-UBND", "Kế hoạch")  # the Số line's own: a body code is enough
    assert (h.number, h.symbol) == ("44", "DN-UBND")


def test_symbol_form():
    assert symbol_form("- QĐ/TU") == ("QĐ/TU", None)
    assert symbol_form("/2020 NQ-HĐND") == ("2020/NQ-HĐND", None)
    assert symbol_form("/KH\u2013UBND") == ("KH-UBND", None)
    assert symbol_form("/QĐUBND") == ("QĐ-UBND", "QĐUBND")
    assert symbol_form("/QĐUBND", "Kế hoạch") == ("QĐUBND", None)
    assert symbol_form("/CTTg", "Chỉ thị") == ("CT-TTg", "CTTg")
    assert symbol_form("/CTTg") == ("CTTg", None)  # a shared letter is read only under its type word
    assert symbol_form("/TTLTBYT") == ("TTLT-BYT", "TTLTBYT")
    # Codes whose capitals are those of no mixed-case code, and Đ written with its stroke, are kept.
    assert symbol_form("/KH-HĐ") == ("KH-HĐ", None)
    assert symbol_form("/UBND-VP") == ("UBND-VP", None)


def test_unglued_symbol_leaves_codes_and_party_symbols():
    assert [unglued_symbol(s) for s in ("UBND", "SYT", "KHĐT", "BCĐ", "NQTW", "CTTU")] == [None] * 6
    assert unglued_symbol("QĐUBND", "") == "QĐ-UBND"  # a list item's ("; số 12/QĐUBND"), no type word
