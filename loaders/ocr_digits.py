"""Digits misread by OCR as letters: 'l' or 'I' for 1, 'O' for 0 ("I9-NQ/TU", "ngày 0l/O3/2023").

They are read as digits only where the shape around them makes the reading unambiguous: the
number of a citation after "số" and before its symbol, and a slashed date after "ngày". The
reading keeps the length of the text (one character for one), so offsets found in it are
offsets of the text, and surfaces quoted from the text stay verbatim.
"""

from __future__ import annotations

import re

from vanban.loaders.alternation import matches_at

# Letters an OCR copy reads for digits.
OCR_DIGIT_TABLE = str.maketrans({"l": "1", "I": "1", "O": "0"})

# A citation's number after "số", OCR-damaged, before its symbol (a separator and a capital or a
# year): "số I9-NQ/TU", "số Ol- KL/TW", "số 2l9/CT-UBND", "số 2O/2Ol9/QĐ-UBND". The symbol's
# parts are matched too, so that a damaged year in it ("2Ol9") is read as well.
OCR_NUMBER = re.compile(
    r"(?i:số)\s*:?\s*(?P<num>[\dlIO]{1,5})"
    r"(?P<sym>(?:\s{0,3}[-/–]\s{0,3}(?:[A-ZĐ][A-Za-zĐđ0-9]*|[\dlIO]{4})(?![\w])){1,5})"
)
# One part of a symbol that may be a damaged year: "2Ol9" in "2O/2Ol9/QĐ-UBND".
SYMBOL_YEAR_PART = re.compile(r"(?<![\w])[\dlIO]{4}(?![\w])")
# A date after "ngày", OCR-damaged, slashed or in words: "ngày 0l/IO/2022", "ngày l8/10/2021", "n gày
# O7/0I/2016", "ngày 12/3/2O23", "ngày 1O tháng O3 năm 2O24" (in words only with its "năm" and year).
OCR_DATE = re.compile(
    r"(?i:n\s?gày)\s*:?\s*(?:(?P<date>[\dlIO]{1,2}\s?[/.\-]\s?[\dlIO]{1,2}\s?[/.\-]\s?[\dlIO]{4})"
    r"|(?P<wdate>[\dlIO]{1,2}\s*(?i:tháng)\s*[\dlIO]{1,2}\s*,?\s*(?i:năm)\s*[\dlIO]{4}))(?![\w])"
)
# A year, once read: "2019".
YEAR = re.compile(r"(?:19|20)\d\d")

# Where a misread digit may be, for a cheap scan of the whole text: a misread letter, maybe more
# digits, and a separator of a symbol or a date: "I9-" in "I9-NQ/TU", "l/" in "0l/IO/2022".
# The shapes above are matched only around these hints.
#
# Also a misread letter after a separator and up to three digits, ending a number: "O23" in
# "12/3/2O23" (the year of a slashed date); and one before or after the words of a date in words:
# "O" in "1O tháng", "O3 năm", "2O24" after "năm ". Every hint starts at its letter, which is matched
# first (the lookbehinds that follow it count it), so that the scan fails at once elsewhere.
_AFTER = "|".join(
    rf"(?<={before}\d{{{k}}}[lIO])" for before in ("[-/.–]", "(?i:năm) ", "(?i:năm)") for k in range(4)
)
OCR_HINT = re.compile(
    r"[lIO](?:[\dlIO]{0,4}\s?[-/.–]"
    rf"|(?<=[-/.–\d][lIO])(?:{_AFTER})[\dlIO]{{0,3}}(?!\w)"  # a letter inside a word fails the first test
    r"|(?<=[\d\s][lIO])[\dlIO]{0,1}\s*(?i:tháng|năm)(?!\w))"
)
# The letters a hint starts with.
_HINT_FIRSTS = "lIO"
# The places a hint can start at: one of its letters and what one of OCR_HINT's alternatives reads
# right after it, a digit or one of the letters ([\dlIO]), a space or a separator (non-word
# characters), the "t" or "n" of "tháng", "năm" (either case), or the end: "I9-", "0l/", "2O23", "1O tháng".
# One pattern a letter, opening with it, which the regex engine skips to at C speed; "l", in most
# Vietnamese words, is followed by a vowel there ("là", "lý"), and OCR_HINT is tried only at the
# places found (``matches_at``).
_HINT_PLACES = tuple(re.compile(c + r"(?=[\W\dlIOtTnN]|\Z)") for c in _HINT_FIRSTS)
# Below so many characters (a line of a title or preamble), OCR_HINT's own scan costs less than
# the finds and the sort: the text is scanned by OCR_HINT.finditer, which gives the same matches.
_FIND_HINTS_FROM = 256
# Characters read around a hint: "n gày : " and a day before it; a symbol after it.
HINT_BEFORE, HINT_AFTER = 20, 40

_SUSPECT = frozenset("lIO")


def _is_misread_number(run: str) -> bool:
    """Whether a run of digits and l/I/O is a number with misread digits: it holds a misread
    letter, and a digit or a second character ("Ol" yes; a lone "I" or "O" no)."""
    return bool(_SUSPECT.intersection(run)) and (len(run) >= 2 or run.isdigit())


def read_ocr_digits(s: str) -> str:
    """``s`` with misread digits read back inside citation numbers and slashed dates; same length."""
    numbers: dict[int, re.Match[str]] = {}
    dates: dict[int, re.Match[str]] = {}
    if len(s) >= _FIND_HINTS_FROM:
        hints = matches_at(OCR_HINT, s, sorted(m.start() for p in _HINT_PLACES for m in p.finditer(s)), 0, len(s))
    elif "l" not in s and "I" not in s and "O" not in s:
        return s  # every hint opens with one of _HINT_FIRSTS: most short lines hold none ("Số: 12/KH-UBND")
    else:
        hints = OCR_HINT.finditer(s)
    for h in hints:
        lo, hi = max(0, h.start() - HINT_BEFORE), min(len(s), h.end() + HINT_AFTER)
        for pattern, found in ((OCR_NUMBER, numbers), (OCR_DATE, dates)):
            for m in pattern.finditer(s, lo, hi):
                if m.start() <= h.start() < m.end():
                    found.setdefault(m.start(), m)
    if not numbers and not dates:
        return s
    edits: list[tuple[int, int, str]] = []
    for m in numbers.values():
        if _is_misread_number(m["num"]):
            edits.append((m.start("num"), m.end("num"), m["num"].translate(OCR_DIGIT_TABLE)))
        base = m.start("sym")
        for y in SYMBOL_YEAR_PART.finditer(m["sym"]):
            fixed = y.group(0).translate(OCR_DIGIT_TABLE)
            if fixed != y.group(0) and YEAR.fullmatch(fixed):
                edits.append((base + y.start(), base + y.end(), fixed))
    for m in dates.values():
        group = "date" if m["date"] else "wdate"
        date = m[group]
        if _SUSPECT.intersection(date):  # the words "tháng", "năm" hold none of l, I, O
            edits.append((m.start(group), m.end(group), date.translate(OCR_DIGIT_TABLE)))
    return with_edits(s, edits)


def with_edits(s: str, edits: list[tuple[int, int, str]]) -> str:
    """``s`` with each (start, end, replacement) edit made, in order of start; an edit that overlaps one made
    before it is skipped. ``s`` itself when there is none."""
    if not edits:
        return s
    edits.sort()
    out: list[str] = []
    pos = 0
    for start, end, fixed in edits:
        if start < pos:
            continue
        out.append(s[pos:start])
        out.append(fixed)
        pos = end
    out.append(s[pos:])
    return "".join(out)
