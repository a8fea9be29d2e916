"""The cheap tests put before regexes that are called thousands of times a pass and rarely match (session 13's
call-count round): each gate must let through every place its regex matches, so each helper answers as the plain
regex does. Checked on every line and word of the real documents kept in tests/data/realdocs (SOURCES.tsv), and on
fragments quoted from them."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from vanban.loaders import citation_symbols, header, names, parties, sections
from vanban.loaders.read import read_file

REALDOCS = Path(__file__).parent / "data" / "realdocs"


@cache
def _lines() -> list[str]:
    out: list[str] = []
    for path in sorted(REALDOCS.glob("*.md")):
        out.extend(read_file(path).original.splitlines())
    assert len(out) > 5000
    return out


def _words() -> list[str]:
    return [w for line in _lines() for w in line.split()]


def test_ends_sentence_reads_as_sentence_end():
    lines = _lines()
    assert any(sections._ends_sentence(ln) for ln in lines) and not all(sections._ends_sentence(ln) for ln in lines)
    for ln in lines + [ln + "**  " for ln in lines[:500]] + [ln + " ”)" for ln in lines[:500]]:
        assert sections._ends_sentence(ln) == (sections.SENTENCE_END.search(ln) is not None), ln
    assert sections._ends_sentence("- Trung tâm Y tế các huyện, thị xã, thành phố;")
    assert sections._ends_sentence("**II. NỘI DUNG**")
    assert not sections._ends_sentence("1. Sở Y tế chủ trì, phối hợp với các sở, ngành")


def test_leading_marks_gate():
    for ln in _lines():
        assert parties._leading(ln) == parties._LEADING.match(ln) or (
            parties._leading(ln).span() == parties._LEADING.match(ln).span()
        ), ln
    assert parties._leading("- Sở Tài chính chủ trì").end() == 2
    assert parties._leading(" “Ban Giám hiệu xanh”").end() == 2
    assert parties._leading("Sở Tài chính chủ trì") is None


def _same(a: re.Match | None, b: re.Match | None) -> bool:
    return (a is None) == (b is None) and (a is None or a.span() == b.span())


def test_assigning_gate():
    hits = 0
    for ln in _lines():
        for m in re.finditer(r"(?<!\S)\S", ln):
            got, plain = parties._assigning(ln, m.start()), parties.ASSIGNING.match(ln, m.start())
            assert _same(got, plain), ln
            hits += plain is not None
    assert hits > 20
    s = "UBND tỉnh yêu cầu các sở, ngành"
    assert parties._assigning(s, s.index("yêu")).group(0) == "yêu cầu "


def test_first_pairs_hold_every_first_word():
    seen = 0
    for w in _words():
        fw = parties._FIRST_WORD.match(w)
        word = fw.group(0).lower() if fw else None
        if word in parties._FIRST_WORDS or word == "chính":
            assert w[:2].lower() in parties._FIRST_PAIRS, w
            seen += 1
    assert seen > 1000
    assert "gi" in parties._FIRST_PAIRS and "ch" in parties._FIRST_PAIRS  # "Giao", "Chính phủ"
    assert "xâ" not in parties._FIRST_PAIRS and "mụ" not in parties._FIRST_PAIRS  # "Xây dựng …", "Mục tiêu …": no doer


def test_mixed_case_code_gate():
    for w in _words() + ["iPMS", "eGOV", "đT", "dABC1"]:
        assert names._mixed_case_code(w) == (names.MIXED_CASE_CODE.fullmatch(w) is not None), w
    assert names._mixed_case_code("iPMS") and not names._mixed_case_code("UBND")


def test_without_trailing_digits():
    parts = [p for w in _words() if "/" in w for p in citation_symbols.symbol_parts(w.strip(".,;:()*"))]
    assert len(parts) > 500
    for p in parts + ["QH15", "TU", "HĐND", "2025", ""]:
        assert citation_symbols.without_trailing_digits(p) == citation_symbols.TRAILING_DIGITS.sub("", p), p
    assert citation_symbols.body_code("2025/QH15") == "QH"


def test_rule_first_gate():
    for ln in _lines() + ["-------", "___________", "====", ". . . . .", "~~~", "- Sở Y tế"]:
        p = " ".join(ln.split())
        if p:
            assert bool(p[0] in header._RULE_FIRST and header.RULE.match(p)) == bool(header.RULE.match(p)), p


def test_noun_before_reads_as_the_regex():
    hits = 0
    for ln in _lines():
        for m in re.finditer(r"(?<=\s)\S", ln):
            plain = parties.NOUN_BEFORE.search(ln, max(0, m.start() - 10), m.start()) is not None
            assert parties._noun_before(ln, m.start()) == plain, ln
            hits += plain
    assert hits > 200
    s = "Các doanh nghiệp hoạt động trong lĩnh vực xây dựng"
    assert parties._noun_before(s, s.index("xây")) and not parties._noun_before(s, s.index("hoạt"))


def test_dotted_marker_gate():
    for ln in _lines():
        s = ln.lstrip(sections._LEADING_MARKUP_CHARS)
        if s[:1].isdecimal() and sections.DOTTED_MARKER.match(s):
            assert (s[1:2] == "." and s[2:3].isdecimal()) or (s[2:3] == "." and s[3:4].isdecimal()), s
    assert sections._read_mark("2.1. Đối với Trường chuyên ngành").label == "2.1"
    assert sections._read_mark("12.3 Kiểm tra, giám sát").label == "12.3"
