"""Regexes rewritten so that every alternative opens with a literal or one character class, which the
regex engine skips to at C speed (a character set prefix), against the plain forms they replace.

PREDICATE, names._ABBREVIATION and names._OLD_TONE (their words' first letters, the lookbehinds read one
character on), parties.NAME_END and parties.CONJUNCT (one class, then what follows it) and
reports.CLAUSE_END (one literal per alternative) must find the same matches as their plain forms, tried
at every place (``match``) and searched over any span.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EXAMPLES, SHARED
from vanban.loaders import names, ocr_digits, parties, reports, sections
from vanban.loaders.alternation import matches_at
from vanban.loaders.load import expand_paths
from vanban.loaders.read import read_file

# Bold closed and reopened around ", " or " và " is no end either (round 18): both forms read it.
PLAIN_NAME_END = re.compile(r"[:;()\[\]|]|\." + parties.CITY_MARK_DOT + r"|(?<!\*\* )(?<!\*\*, )(?<!\*\* và )\*\*(?! \*\*)(?!, \*\*)(?! và \*\*)")
PLAIN_CLAUSE_END = re.compile(
    r"\." + reports.NO_STOP_DOT + r"(?:\s|$)|;" + reports.IN_BRACKETS + r"(?:\s|$)|\./\.|\(có\s" + reports.ATTACHED_THEN
)
PLAIN_COOPERATION_LIST = re.compile(r"(?<![\wđ])phối\s+hợp\s+với\s+")
PLAIN_THEN_AHEAD = re.compile(r"(?<![\wđ])thì(?![\wđ])")
PLAIN_CLAUSE_END_IN_TABLE = re.compile(
    r"\." + reports.NO_STOP_DOT + r"(?:\s|$)|;" + reports.IN_BRACKETS + r"(?:\s|$)|\./\.|\(có\s" + reports.ATTACHED_THEN
    + r"|\s\|(?:\s|$)"
)
# parties.HEAD before its words were grouped by their first two letters.
PLAIN_HEAD = re.compile(rf"(?:{parties._alternation(parties.NAME_HEADS)}){parties._W}", re.IGNORECASE)

PAIRS = [
    (parties.PLAIN_PREDICATE, parties.PREDICATE),
    (PLAIN_NAME_END, parties.NAME_END),
    (PLAIN_CLAUSE_END, reports.CLAUSE_END),
    (PLAIN_CLAUSE_END_IN_TABLE, reports.CLAUSE_END_IN_TABLE),
    (PLAIN_COOPERATION_LIST, parties.COOPERATION_LIST),
    (PLAIN_THEN_AHEAD, parties.THEN_AHEAD),
    (parties.PLAIN_CONJUNCT, parties.CONJUNCT),
    (names.PLAIN_ABBREVIATION, names._ABBREVIATION),
    (names.PLAIN_OLD_TONE, names._OLD_TONE),
    (PLAIN_HEAD, parties.HEAD),
]

# Fragments in the style of the corpus: predicates after a name, "Ban Chỉ đạo" (a name, not the
# predicate), bold closed and reopened around a space, a clause cut by "./." and "(có".
FRAGMENTS = [
    "Sở Y tế chủ trì, phối hợp với các đơn vị liên quan triển khai thực hiện.",
    "Ban Chỉ đạo tỉnh Chỉ đạo các xã; UBND huyện Chỉ đạo thực hiện",
    "Chủ tịch** **Ủy ban nhân dân các xã báo cáo UBND tỉnh (có biểu mẫu kèm theo)./.",
    "- Phối hợp: *Sở Nội vụ*. + Đối với Văn phòng HĐND và UBND huyện: Tham mưu",
    "Các cơ quan, đơn vị căn cứ tình hình thực tế, xây dựng kế hoạch; báo cáo kết quả về Sở Nội vụ.",
    "trên địa bàn tỉnh đóng trên địa bàn, Viện Nghiên cứu phát triển Thành phố",
    "Cấp ủy đảng, Thủ trưởng,Chủ tịch công đoàn các đơn vị  và  các tổ chức thành viên",
    "UBND tỉnh, BCH TW, UBNDX, -UBND, ĐUBND, đUBND, TP.HCM, Báo và PTTH CT",
    "Uỷ ban nhân dân tỉnh Thanh Hoà, QUÝ, Quý, quý, hoàn thành, UỶ BAN, uỷ",
    "Sở Tài chính phối hợp với Sở Nội vụ; thì, xphối hợp với, đthì, (thì báo cáo), Thì",
    "| Báo cáo kết quả gửi UBND tỉnh | Văn phòng HĐND và UBND xã |\n| 2 | Tổ chức tập huấn; | Phòng Y tế |",
    "Sở Y tế báo cáo **Bộ Y tế** và **UBND tỉnh**, **Thủ trưởng các sở**, **Chủ tịch UBND các huyện** *báo cáo*.",
]


def _spans(pattern: re.Pattern[str], s: str, pos: int, endpos: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(s, pos, endpos)]


def _check(s: str) -> None:
    n = len(s)
    for plain, fast in PAIRS:
        assert _spans(plain, s, 0, n) == _spans(fast, s, 0, n)
        for p in range(n + 1):
            a, b = plain.match(s, p), fast.match(s, p)
            assert (a and a.groups()) == (b and b.groups())
            assert (a and a.span()) == (b and b.span())
            a, b = plain.search(s, p, n - 1), fast.search(s, p, n - 1)
            assert (a and a.span()) == (b and b.span())


@pytest.mark.parametrize("s", FRAGMENTS)
def test_fast_forms_on_fragments(s):
    _check(s)


_WORDS = list(parties.PREDICATE_WORDS[:40] + parties.CAPITAL_PREDICATES) + [
    "Chỉ đạo", "Ban ", "chương trình", "**", "** **", "./.", "(có ", ".", ";", ":", "(", ")", "[", "]",
    "và", " và ", ", ", "UBND", "BCH", "Uỷ", "hoà", "q", "Q", "-", "Đ",
    "Các cơ quan", "các sở", "CÁC ĐƠN VỊ", "Cổng thông tin điện tử", "cấp", "Công an", "Chi đoàn", "các",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", "", ",", "đ", "\n", "x", "*"])), max_size=8))
def test_fast_forms_on_any_words(pieces):
    _check("".join(w + sep for w, sep in pieces))


def test_fast_forms_over_real_documents():
    dirs = [SHARED / "seeds", SHARED / "corpus", EXAMPLES]
    files = expand_paths([d for d in dirs if d.exists()])
    assert files
    for f in files:
        flat = read_file(f).flat
        for plain, fast in PAIRS:
            assert _spans(plain, flat, 0, len(flat)) == _spans(fast, flat, 0, len(flat))


def _after_markup_plain(line: str) -> str:
    return line[sections.LEADING_MARKUP.match(line).end() :]


def test_leading_markup_chars_are_what_the_regex_matches():
    # Every code point \s matches (str.isspace), and the marks: lstrip with them drops LEADING_MARKUP's match.
    spaces = "".join(chr(c) for c in range(0x110000) if chr(c).isspace())
    assert set(sections._LEADING_MARKUP_CHARS) == set(spaces + "|#>*_")
    assert all(sections.LEADING_MARKUP.fullmatch(c) for c in sections._LEADING_MARKUP_CHARS)


@pytest.mark.parametrize("line", ["**1**. **Mục đích**", "### III. THỜI GIAN", "| Số: 141/KH-UBND", "> _a) Sở Y tế_",
                                  "\u3000\xa0 **Điều 1.**", "", "***", "Nơi nhận:", "\u2028| # 2. Nội dung"])
def test_leading_markup_lstrip_on_fragments(line):
    assert line.lstrip(sections._LEADING_MARKUP_CHARS) == _after_markup_plain(line)


def test_leading_markup_lstrip_over_real_documents():
    dirs = [SHARED / "seeds", SHARED / "corpus", EXAMPLES]
    for f in expand_paths([d for d in dirs if d.exists()]):
        for line in read_file(f).original.split("\n"):
            assert line.lstrip(sections._LEADING_MARKUP_CHARS) == _after_markup_plain(line)


def _ocr_hints_at_places(s: str) -> list[tuple[int, int]]:
    places = sorted(m.start() for p in ocr_digits._HINT_PLACES for m in p.finditer(s))
    return [m.span() for m in matches_at(ocr_digits.OCR_HINT, s, places, 0, len(s))]


def test_ocr_hint_places_read_tháng_and_năm_in_either_case_only():
    # What the case-insensitive "t" of "tháng" and "n" of "năm" match: t, T, n, N (no other case fold).
    assert {chr(c) for c in range(0x110000) if re.match("(?i:t|n)", chr(c))} == set("tTnN")


@pytest.mark.parametrize("s", ["số I9-NQ/TU ngày 0l/IO/2022", "ngày 12/3/2O23, lúc l8/10", "ngày 1O tháng O3 năm 2O24",
                               "nămI9 l", "Tel: 0l23", "II. MỤC ĐÍCH, BÁO CÁO", "lOtháng", "số 2O/2Ol9/QĐ-UBND", "l"])
def test_ocr_hints_at_places_on_fragments(s):
    assert _ocr_hints_at_places(s) == [m.span() for m in ocr_digits.OCR_HINT.finditer(s)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["l", "I", "O", "0", "9", " ", "-", "/", ".", "–", "tháng", "Năm", "năm", "là", "x",
                                 "_", "ngày", "số", "\n", "T", "n"]), max_size=12))
def test_ocr_hints_at_places_on_any_pieces(pieces):
    s = "".join(pieces)
    assert _ocr_hints_at_places(s) == [m.span() for m in ocr_digits.OCR_HINT.finditer(s)]


def test_ocr_hints_at_places_over_real_documents():
    dirs = [SHARED / "seeds", SHARED / "corpus", EXAMPLES]
    for f in expand_paths([d for d in dirs if d.exists()]):
        flat = read_file(f).flat
        assert _ocr_hints_at_places(flat) == [m.span() for m in ocr_digits.OCR_HINT.finditer(flat)]


def test_grouping_by_two_letters_keeps_the_order_of_short_words():
    """A one-letter word after its group's longer words stays after them; before them, the group is left
    plain: the same matches as the plain alternation either way."""
    from vanban.loaders.alternation import by_first_two_letters_ignorecase

    for words in (["ab", "ac", "a", "b"], ["a", "ab", "b"], ["Sở Y tế", "sở", "s", "UBND"]):
        plain = re.compile("(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.IGNORECASE)
        fast = re.compile("(?:" + by_first_two_letters_ignorecase(words) + r")(?!\w)", re.IGNORECASE)
        for s in ("ab", "a", "ac x", "b", "abc", "A", "sở y tế", "Sở", "s", "ubnd", "x"):
            assert (plain.match(s) and plain.match(s).span()) == (fast.match(s) and fast.match(s).span()), (words, s)
