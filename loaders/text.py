"""The working text of a document and its map back to the original characters.

PDF-extracted text breaks sentences and symbols across lines, often with blank lines in
between. Extraction works on ``flat``: the original with every whitespace run that contains a
line break folded to one space (``re.sub(r'\\s*\\n\\s*', ' ', text)``), which is exactly the
form in which the gold annotations quote the text. Structure (headings, numbered items, the
header block, Nơi nhận) is read from ``lines``: the non-blank lines of the original.
Every span reported to users points into the original text (``to_original``).

A lone page number that a PDF copy leaves on a line of its own between two lines of a sentence
("… báo cáo UBND tỉnh" / "5" / "trước ngày 05/11/2022", "- 3 -", "Trang 2/7") is page furniture,
not text: it is left out of ``lines`` and ``flat``, so that names, headings and dates read across
it ("Ủy ban nhân dân tỉnh", not "Ủy ban nhân dân tỉnh 5"); the flat->original map still points
into the original exactly (the fold spans the page-number line). Verbatim fields are quoted with
``quote``, which folds the original span the gold way and so keeps a page number that lies inside
it, as the gold's ``re.sub(r'\\s*\\n\\s*', ' ', text)`` does. Running headers and footers (a line beside
most page breaks: "CÔNG BÁO/Số 281/Ngày 21-05-2026" above every page number) and the lines of a
digital signature's stamp ("Ký bởi: …" / "Cơ quan: …" / "Ngày ký: 2026-05-21 08:05:48 +07:00") are
page furniture too, left out the same way.

``normalize`` reads the characters conversions leave (soft hyphens, zero-width characters, spaces of
every width, Windows, Word and doubled line ends, a tab after a list marker), so the original that
every offset points into is that normalized text, as it was for the no-break space before.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate, compress, count, repeat
from operator import add, itemgetter, or_, sub
from typing import NamedTuple

# A whitespace run that contains a line break: "tỉnh \n\n Hà Giang" -> "tỉnh Hà Giang".
LINE_BREAK_RUN = re.compile(r"\s*\n\s*")
# The stripped content of a non-blank line: "Hà Giang, ngày 03 tháng 5" in "  Hà Giang, ngày 03 tháng 5 \n".
LINE_CONTENT = re.compile(r"\S(?:[^\n]*\S)?")
# The content of a table cell line beside a lone number: "16", "5.000", "12,5%", "-", "(3)".
NUMBER_CELL = re.compile(r"[\d.,%()\-–+]+\Z")
# A line holding only a page number: "5", "- 3 -", "– 12 –", "Trang 2", "Trang 2/7", "Trang 2 / 7",
# also after the form feed pdftotext puts at a page break ("\f9"). At most three digits: a year
# wrapped onto its own line ("… trong bệnh viện năm" / "2023") is text.
_PAGE = r"[-–][ \t]*\d{1,3}[ \t]*[-–]|\d{1,3}|[Tt]rang[ \t]+\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?"
PAGE_NUMBER_LINE = re.compile(rf"^[^\S\n]*(?P<page>{_PAGE})[^\S\n]*$", re.M)
# The same, matched (``fullmatch``) against a line's stripped content: "- 3 -", "Trang 2/7".
# Finding the lines so is some ten times cheaper than searching the text for PAGE_NUMBER_LINE,
# which the regex engine tries at every character (its "^" gives no character to scan for).
PAGE_NUMBER = re.compile(_PAGE)
# The first characters of PAGE_NUMBER besides digits (``str.isdecimal``, what \d matches).
_PAGE_FIRST = frozenset("-–Tt")
# The last characters of PAGE_NUMBER besides digits (which end the others).
_PAGE_LAST = frozenset("-–")
# The last line of a digital signature's stamp that a signed PDF's text carries where the
# signature's image lies (the top of the first page, or any page): "Ngày ký: 2026-05-21 08:05:48
# +07:00", "Thời gian ký: 04.09.2025 10:56:03 +07:00", "Thời gian ký: 15/10/2024 09:12".
SIGNATURE_TIME = re.compile(r"(?:Thời gian ký|Ngày ký)\s*:\s*\d[\d./-]*\d[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s*[+-]\d{2}:?\d{2})?")
# The stamp's lines above it: "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA …", "Người ký: Sở Y tế", "Email:
# syt@hagiang.gov.vn", "Cơ quan: Tỉnh Hà Giang", "Chức vụ: Giám đốc".
SIGNATURE_FIELD = re.compile(r"(?:Ký bởi|Người ký|Email|Cơ quan|Chức vụ)\s*:")
# The longest running header or footer: "CÔNG BÁO/Số 281/Ngày 21-05-2026", "Kế hoạch số 141/KH-UBND
# ngày 20/11/2025 của UBND tỉnh Bắc Ninh".
RUNNING_LINE_MAX = 100


class Line(NamedTuple):
    """A non-blank line of the original text (a tuple: thousands are made per document)."""

    text: str  # stripped
    start: int  # offset of text[0] in the original
    end: int  # offset just past text[-1] in the original
    flat_start: int  # offset of text[0] in the flat text


# A string's last character (mapped over a text's lines).
_last_character = itemgetter(-1)

# Line(*fields) without NamedTuple's Python-level __new__ (thousands of lines per document).
_new_line = partial(tuple.__new__, Line)


@dataclass
class Text:
    original: str
    flat: str
    # Breakpoints of the flat->original map: flat offset f >= _flat_at[i] maps to
    # _orig_at[i] + (f - _flat_at[i]).
    _flat_at: list[int] = field(repr=False)
    _orig_at: list[int] = field(repr=False)
    lines: list[Line] = field(repr=False)
    name: str = ""
    format: str = "text"
    encoding: str = "utf-8"
    page_lines: int = 0  # page furniture lines (page numbers, running headers) left out of lines and flat
    # Readings of this text that more than one reader asks for, made by the first and kept here by name: the
    # lines that may hold a Nơi nhận heading (header.noi_nhan_lines: the signature's reader and the
    # recipients'). Not copied by ``dataclasses.replace``: a text with other lines reads them again.
    readings: dict[str, object] = field(default_factory=dict, init=False, repr=False, compare=False)

    def to_original(self, flat_offset: int) -> int:
        """The offset in the original text of the character at ``flat_offset`` in ``flat``."""
        i = bisect_right(self._flat_at, flat_offset) - 1
        return self._orig_at[i] + (flat_offset - self._flat_at[i])

    def original_span(self, flat_start: int, flat_end: int) -> tuple[int, int]:
        """Original offsets of the flat span [flat_start, flat_end)."""
        flat_at, orig_at = self._flat_at, self._orig_at
        i = bisect_right(flat_at, flat_start) - 1
        start = orig_at[i] + (flat_start - flat_at[i])  # to_original(flat_start), inlined
        if flat_end <= flat_start:
            return start, start
        i = bisect_right(flat_at, flat_end - 1) - 1
        return start, orig_at[i] + (flat_end - 1 - flat_at[i]) + 1

    def quote(self, flat_start: int, flat_end: int) -> str:
        """The flat span [flat_start, flat_end) as the gold quotes it: its original span with every
        whitespace run holding a line break folded to one space, so a page number lying inside it
        is kept (without page-number lines: the flat slice itself)."""
        if not self.page_lines:
            return self.flat[flat_start:flat_end]
        start, end = self.original_span(flat_start, flat_end)
        return LINE_BREAK_RUN.sub(" ", self.original[start:end])

    def to_flat(self, original_offset: int) -> int:
        """The flat offset of an original offset (inside a folded run: the folded space)."""
        i = bisect_right(self._orig_at, original_offset) - 1
        delta = original_offset - self._orig_at[i]
        # Inside a folded whitespace run the next breakpoint lies before the run's end.
        if i + 1 < len(self._orig_at):
            limit = self._flat_at[i + 1] - self._flat_at[i]
            delta = min(delta, limit - 1) if limit > 0 else 0
        return self._flat_at[i] + delta


# Characters a conversion leaves that are no text of the document, read as what they stand for:
# invisible ones dropped (NUL; the soft hyphen "\u00ad" of "Ủy ban nhân dân tỉ\u00adnh"; zero-width
# spaces, (non-)joiners and the word joiner "\u200b\u200c\u200d\u2060"; direction marks
# "\u200e\u200f"; a BOM inside the text), spaces of every width made a plain space (no-break
# "\u00a0", narrow no-break "\u202f", en, em, figure, thin and hair spaces "\u2002-\u200a"), and line separators made a line break (Word's manual break "\x0b", "\u2028", "\u2029").
# The Icelandic eth "Ð"/"ð" (U+00D0/U+00F0), which old font conversions and some keyboards write for the
# Vietnamese "Đ"/"đ" (U+0110/U+0111) it looks like, is made that letter: "Quyết định số 1234/QÐ-UBND", "ÐẢNG ỦY".
_CONVERSION_CHARS = {
    0x00D0: "\u0110",
    0x00F0: "\u0111",
    **dict.fromkeys(map(ord, "\x00\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff")),
    **dict.fromkeys(map(ord, "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f"), " "),
    **dict.fromkeys(map(ord, "\x0b\u2028\u2029"), "\n"),
}
# A line end of Windows ("\r\n"), of a file converted to it twice ("\r\r\n") or of old Macs ("\r").
LINE_END = re.compile(r"\r+\n|\r")
# Each of them, and the carriage return: looked for one by one with ``in`` (a memchr each, some
# ten times cheaper than a regex class of them all tried at every character of a clean text).
_CONVERSION_FOUND = tuple(map(chr, _CONVERSION_CHARS)) + ("\r",)
# A tab after a list item's marker at the start of a line, as a .docx numbering writes it:
# "1.\tMục đích", "a)\tTriển khai", "-\tCác sở", "Điều 2.\tTổ chức thực hiện" (a tab elsewhere is a
# column gap, which the header and Nơi nhận readers split on: "SỞ Y TẾ\tCỘNG HÒA XÃ HỘI…").
ITEM_TAB = re.compile(
    r"^([ \t]*(?:(?:Điều|Mục|Phần|Chương) )?(?:\d{1,3}(?:\.\d{1,3})*[.)]|[IVX]{1,5}[.)]|[a-zđ][.)]|[-+•–*]))\t+",
    re.M,
)


def normalize(raw: str, nfc: bool = False) -> str:
    """NFC, line endings unified, conversion characters read (_CONVERSION_CHARS), a tab after a
    list item's marker made a space (ITEM_TAB). ``nfc``: ``raw`` is in NFC already (a decoded
    file's text, encodings.decode_text), not checked again."""
    s = raw if nfc else unicodedata.normalize("NFC", raw)
    if any(map(s.__contains__, _CONVERSION_FOUND)):
        if s.find("\r") >= 0:
            s = LINE_END.sub("\n", s)
        s = s.translate(_CONVERSION_CHARS)
    if s.find("\t") >= 0:
        s = ITEM_TAB.sub(r"\1 ", s)
    return s


def _in_table(original: str, start: int, end: int) -> bool:
    """Whether a lone number, the content original[start:end] of a line, is a table cell, not a
    page number: a markdown table written one cell per line ("|" / "1" / "|") has a "|" just
    before or after it; a PDF table written one cell per line has another number cell beside
    it ("Tổng số" / "45" / "16" / "14" / "-")."""
    i = start - 1
    while i >= 0 and original[i].isspace():
        i -= 1
    j = end
    n = len(original)
    while j < n and original[j].isspace():
        j += 1
    if (i >= 0 and original[i] == "|") or (j < n and original[j] == "|"):
        return True
    before = original[original.rfind("\n", 0, i) + 1 : i + 1] if i >= 0 else ""
    after_end = original.find("\n", j)
    after = original[j : after_end if after_end >= 0 else n]
    return bool(NUMBER_CELL.match(before.strip()) or NUMBER_CELL.match(after.strip()))


def _signature_stamps(texts: list[str], original: str, starts: list[int]) -> list[int]:
    """The lines of digital signature stamps (SIGNATURE_TIME and the SIGNATURE_FIELD lines above
    it): no text of the document, they break a sentence or a header where they lie. Found from the
    "ký:" of their time line with ``str.find``."""
    found = []
    pos = original.find("ký:")
    while pos >= 0:
        k = bisect_right(starts, pos) - 1
        if k >= 0 and SIGNATURE_TIME.fullmatch(texts[k]):
            found.append(k)
            j = k - 1
            while j >= 0 and k - j <= 4 and SIGNATURE_FIELD.match(texts[j]):
                found.append(j)
                j -= 1
        pos = original.find("ký:", pos + 3)
    return found


def _running_lines(texts: list[str], original: str, starts: list[int], dropped: list[int]) -> list[int]:
    """The running headers and footers of a paged text: lines beside a page break (a dropped
    page-number line, or the form feed pdftotext writes) whose text recurs beside two page breaks
    or more, and beside half of them ("CÔNG BÁO/Số 281/Ngày 21-05-2026" above "99", "100",
    "101"). A line said once beside a page break is the document's own text."""
    beside = [(k - 1, k + 1) for k in dropped]
    skip = set(dropped)
    ff = original.find("\f")
    while ff >= 0:
        k = bisect_right(starts, ff)  # the first line after the form feed
        if k not in skip:  # "\f9": the page number's own break
            beside.append((k - 1, k))
        ff = original.find("\f", ff + 1)
    n = len(texts)
    sites: dict[str, set[int]] = {}
    for site, pair in enumerate(beside):
        for j in pair:
            if 0 <= j < n and j not in skip and len(texts[j]) <= RUNNING_LINE_MAX:
                sites.setdefault(texts[j], set()).add(site)
    # Beside two page breaks at least, and beside half of them: a line of a table or list that
    # happens to recur beside two of many page breaks ("- Tổng") is not a running header.
    least = max(2, (len(beside) + 1) // 2)
    recurring = {t for t, at in sites.items() if len(at) >= least}
    if not recurring:
        return []
    return sorted({j for pair in beside for j in pair if 0 <= j < n and j not in skip and texts[j] in recurring})


def make_text(raw: str, name: str = "", format: str = "text", encoding: str = "utf-8", nfc: bool = False) -> Text:
    """Build the working text of a decoded document (``raw`` is normalized first; ``nfc``: it is in
    NFC already, see ``normalize``).

    The lines are the stripped contents of the non-blank lines (``LINE_CONTENT``, found by the
    regex engine); between two of them lies exactly one whitespace run holding a line break
    (``LINE_BREAK_RUN``), which the flat text folds to one space. So the flat text is the lines
    joined by spaces (with the text's leading and trailing whitespace, itself folded when it
    holds a line break), each line's flat offset is the previous one's plus its length and one,
    and every fold is a breakpoint of the flat->original map.
    """
    original = normalize(raw, nfc)
    # Every per-line pass below but the page-number test is a map over a C function (no Python
    # frame per line): a document has hundreds of lines, and this made make_text about twice as
    # fast as the one list comprehension of (group, start, end) tuples and the loop over folds
    # it replaces. The page-number test looks at one character of most lines.
    matches = list(LINE_CONTENT.finditer(original))
    texts = list(map(re.Match.group, matches))
    starts = list(map(re.Match.start, matches))
    ends = list(map(re.Match.end, matches))
    # The page-number lines (PAGE_NUMBER_LINE): lines whose whole content is PAGE_NUMBER, which
    # ends with a digit or one of _PAGE_LAST and opens with a digit or one of _PAGE_FIRST (most
    # lines that open with a digit are numbered items: no fullmatch is tried on them). The lines
    # ending so, a few of a text's, are picked by maps over their last characters: only they are
    # looked at in Python.
    lasts = list(map(_last_character, texts))
    page_ends = map(or_, map(str.isdecimal, lasts), map(_PAGE_LAST.__contains__, lasts))
    dropped = [
        k
        for k in compress(count(), page_ends)
        if ((t := texts[k])[0] in _PAGE_FIRST or t[0].isdecimal())
        and PAGE_NUMBER.fullmatch(t)
        and not _in_table(original, starts[k], ends[k])
    ]
    if len(dropped) >= 2 or original.find("\f") >= 0:
        dropped = sorted(dropped + _running_lines(texts, original, starts, dropped))
    # (str.rfind: looking for a word of three characters or more in a text stored in two-byte units, it reads the
    # text two to three times faster than str.find, which starts each try from the word's first character.)
    if original.rfind("ký:") >= 0:
        dropped = sorted(set(dropped).union(_signature_stamps(texts, original, starts)))
    page_count = len(dropped)
    if dropped:
        keep = [True] * len(texts)
        for k in dropped:
            keep[k] = False
        texts, starts, ends = (list(compress(x, keep)) for x in (texts, starts, ends))
    if not texts:
        folded = "\n" in original
        return Text(
            original, " " if folded else original, [0, 0, 1] if folded else [0],
            [0, 0, len(original)] if folded else [0], [], name, format, encoding, page_count,
        )
    n = len(texts)
    lead, tail = original[: starts[0]], original[ends[-1] :]
    lead_folded, tail_folded = "\n" in lead, "\n" in tail
    # flat_starts[i] = base + len(texts[0]) + … + len(texts[i - 1]) + i (one space per fold).
    base = 1 if lead_folded else len(lead)
    flat_starts = list(map(add, accumulate(map(len, texts[:-1]), initial=0), range(base, base + n)))
    lines = list(map(tuple.__new__, repeat(Line), zip(texts, starts, ends, flat_starts)))
    # The fold between line i and line i + 1: the space at flat_starts[i + 1] - 1 stands for the
    # run from line i's end; the next flat character is line i + 1's first. The breakpoints are
    # the pairs (flat_starts[i + 1] - 1, flat_starts[i + 1]) -> (ends[i], starts[i + 1]),
    # interleaved by slice assignment.
    folds_flat = [0] * (2 * (n - 1))
    folds_flat[0::2] = map(sub, flat_starts[1:], repeat(1))
    folds_flat[1::2] = flat_starts[1:]
    folds_orig = [0] * (2 * (n - 1))
    folds_orig[0::2] = ends[:-1]
    folds_orig[1::2] = starts[1:]
    flat_at = ([0, 0, 1] if lead_folded else [0]) + folds_flat
    orig_at = ([0, 0, starts[0]] if lead_folded else [0]) + folds_orig
    if tail_folded:
        fe = flat_starts[-1] + len(texts[-1])
        flat_at += (fe, fe + 1)
        orig_at += (ends[-1], len(original))
    flat = (" " if lead_folded else lead) + " ".join(texts) + (" " if tail_folded else tail)
    return Text(original, flat, flat_at, orig_at, lines, name, format, encoding, page_count)


def cell_spans(s: str, strip: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """The cells of the markdown table row s[lo:hi] as (start, end) offsets into ``s``: the spans between its
    bars, without the characters of ``strip`` at their ends (an empty cell is an empty span).

    >>> cell_spans("| **Sở Y tế** | 30/6 |", " *")
    [(4, 11), (16, 20)]
    """
    hi = len(s) if hi is None else hi
    bars = []
    k = s.find("|", lo, hi)
    while k >= 0:
        bars.append(k)
        k = s.find("|", k + 1, hi)
    out = []
    for a, b in zip(bars, bars[1:]):
        start, end = a + 1, b
        while start < end and s[start] in strip:
            start += 1
        while end > start and s[end - 1] in strip:
            end -= 1
        out.append((start, end))
    return out
