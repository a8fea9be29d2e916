"""A mention: one place where an instrument is named, read from the flat text, with its kind
(numbered, named, list item, unnumbered, short back-reference); and the masked copy of the flat
text mentions are read from (markdown emphasis blanked, OCR-misread digits read back, same length).
"""

from __future__ import annotations

from bisect import bisect_right
import re

from dataclasses import dataclass, field
from functools import lru_cache

from vanban.loaders.ocr_digits import read_ocr_digits
from vanban.loaders.text import Text


# Priorities when two readings overlap (lower wins at the same start).
NUMBERED, NAMED, ITEM, UNNUMBERED, SHORT = range(5)


@dataclass
class Mention:
    """One place where an instrument is named, read from the flat text."""

    start: int
    end: int  # end of the surface (flat offsets)
    kind: int
    doc_type: str
    number: str | None = None  # as compared: "1234" for "1.234" (number_symbols.number_form)
    written_number: str | None = None  # the number as written when it differs: "1.234", what the record shows
    symbol: str | None = None  # spaces removed
    raw_symbol: str | None = None  # as written, number included: "33- CT/TTg"
    written_symbol: str | None = None  # a glued symbol as written, when read apart: "CTTg" (read "CT-TTg")
    date: str | None = None
    year: int | None = None
    issuer_text: str | None = None
    issuer: str | None = None
    name: str | None = None  # unnumbered instruments: the name as written
    title: str | None = None
    notes: list[str] = field(default_factory=list)
    key: str | None = None  # unnumbered instruments known by their body: "congress XIII"
    tail: int = 0  # end of the issuer phrase (flat), where the subject may start
    subject_at: int = 0  # where its subject was looked for (after its issuer and date), once read
    alias: str | None = None  # an unnumbered project's short number: "06" of "(Đề án 06)"
    blank_number: bool = False  # cited with its number left blank: "Kế hoạch số    /KH-UBND" (see blank_citations)
    joint_issuers: list[str] | None = None  # a joint instrument's issuers as written, when it names more than one
    # where the text named it before by its issuer and subject alone, a back-reference dropped for it ("Kế hoạch của
    # Ủy ban nhân dân tỉnh về …" in a preamble, "Kế hoạch số 233/KH-UBND" of that body later: see
    # unnumbered_citations.drop_owned_plan_back_references)
    named_before: list[int] | None = None


@lru_cache(maxsize=64)  # the same flat text is masked for citations and twice for implements
def mask(flat: str) -> str:
    """The flat text with markdown emphasis blanked and OCR-misread digits read back, same length:
    '**KẾ HOẠCH**' -> '  KẾ HOẠCH  ', 'số I9-NQ/TU' -> 'số 19-NQ/TU' (see ``read_ocr_digits``)."""
    if "*" in flat:
        flat = _compact_inner_emphasis(flat)
    masked = flat.replace("*", " ")
    if "](" in masked:  # a markdown copy's links: cheap to find, rare
        masked = MARKDOWN_LINK.sub(_blank_link, masked)
    return read_ocr_digits(masked)


# Emphasis inside a number or a symbol, as a web copy marks a digit of it: "**1**" in "Nghị định số **1**52/2025/NĐ-CP",
# "QH**1**5" in "Luật Thủ đô số 39/2024/QH**1**5**;*" (realdocs 5eaeb632, a council's resolution).
# A run of stars between two characters that may be a number's or a symbol's (a letter, a digit, "_" or "/"): what
# ``_inside_a_number`` can accept, found by the regex engine (it skips to the "*" at C speed; the lookbehind after
# the first star reads the character before the run). A markdown copy's bold marks are mostly next to a space or a
# line's punctuation: trying each run in Python was 6% of reading the citations of /work/realdocs.
INNER_EMPHASIS = re.compile(r"\*(?<=[\w/]\*)\**(?=[\w/])")
# The token around it: the characters between spaces.
_TOKEN = re.compile(r"\S+")


def _inside_a_number(flat: str, a: int, b: int) -> bool:
    """Whether the stars at ``flat[a:b]`` sit between a digit and a word character or "/" (either way round)."""
    if a == 0 or b >= len(flat):
        return False
    before, after = flat[a - 1], flat[b]
    return (before.isdigit() and (after.isalnum() or after == "/")) or (after.isdigit() and (before.isalnum() or before == "/"))


def _compact_inner_emphasis(flat: str) -> str:
    """``flat`` with the tokens that hold INNER_EMPHASIS written without their stars, the spaces they leave put before
    them (same length): "**1**52/2025/NĐ-CP" -> "    152/2025/NĐ-CP", read as the number 152."""
    out = []
    last = 0
    for m in INNER_EMPHASIS.finditer(flat):
        if m.start() < last or not _inside_a_number(flat, m.start(), m.end()):
            continue
        a = flat.rfind(" ", 0, m.start()) + 1
        t = _TOKEN.match(flat, max(a, last))
        if t is None:
            continue
        token = t[0]
        # Up to its last letter or digit: the marks after it stay where they are ("QH**1**5" of "QH**1**5**;*").
        end = t.start() + next(k for k in range(len(token), 0, -1) if token[k - 1].isalnum())
        token = flat[t.start() : end]
        bare = token.replace("*", "")
        out.append(flat[last : t.start()])
        out.append(" " * (len(token) - len(bare)) + bare)
        last = end
    if not out:
        return flat
    out.append(flat[last:])
    return "".join(out)


# A markdown link around a citation, its target blanked so that the date and issuer after it are read:
# "[Chỉ thị số 17/CT-TTg](https://thuvienphapluat.vn/van-ban/chi-thi-17-ct-ttg) ngày 25/8/2023 của Thủ tướng
# Chính phủ" (a page converted to markdown).
MARKDOWN_LINK = re.compile(r"\[(?P<label>[^\[\]\n]{1,300})\]\((?:https?://|www\.|/)[^()\s]*\)")


def _blank_link(m: re.Match) -> str:
    return " " + m["label"] + " " * (m.end() - m.end("label"))


# A line no name runs on to from the line before it: a place and date line and nothing else ("Hương Khê, ngày 10
# tháng 5 năm 2023", "*Hà Nội, ngày     tháng     năm 2024*", "Đồng Văn, ngày …/…/2022"), the letter's "Kính gửi", as
# a copy puts them after the "V/v" of a letter naming an instrument and its issuer ("V/v triển khai Công văn số
# 1500/UBND-NC … của UBND tỉnh" / "Hương Khê, ngày …"). Not a wrapped sentence that goes on after its date ("của UBND
# tỉnh Hà" / "Giang, ngày 10/5/2023 về việc …").
PLACE_DATE_LINE = re.compile(
    r"[*_\s]*[^\W\d_][^\W\d_.]*(?:[ -][^\W\d_][^\W\d_.]*){0,4},\s*ngày[\s\d._…/]*"
    r"(?:tháng[\s\d._…]*năm[\s\d._…]*)?[*_\s.]*"
)
LETTER_GREETING = re.compile(r"[*_\s]*Kính\s+gửi(?!\w)")
# The share of a text's line breaks that may be blank lines for them to end a paragraph: a copy that puts a
# blank line after every line (a PDF's double spacing) wraps names over them. Judged on texts of that many
# lines at least (a short fragment's title and paragraphs may be all blank-line breaks).
BLANK_LINE_SHARE = 0.6
BLANK_LINE_SHARE_LINES = 8
# The marks of those breaks (whitespace, as the folded space was): a blank line, and a line no name runs on to.
BLANK_LINE_MARK = "\n"
LINE_AFTER_NAME_MARK = "\r"


# The length from which a line before a blank line may be a wrapped one (a copy that writes each line of the page
# as a paragraph: "Căn cứ công văn số 2457/UBND-VX ngày 29 tháng 05 năm 2012 của Chủ tịch" / "" / "UBND Tỉnh Cà Mau
# về việc …"); a shorter one ends its paragraph, as a title's line, in capitals or emphasis, always does.
WRAPPED_LINE_MIN = 60
_TITLE_MARKUP = ("**", "#", "__")


def _ends_paragraph(line: str, spaced: bool = False) -> bool:
    """Whether a line followed by a blank line ends its paragraph: a title's in capitals or emphasis, and a short
    one unless the text is ``spaced`` (a blank line after most lines)."""
    return line.startswith(_TITLE_MARKUP) or line.isupper() or (not spaced and len(line) < WRAPPED_LINE_MIN)


def mark_hard_breaks(masked: str, text: Text) -> str:
    """The masked text with the folded line breaks that end any name written as a line break (same length):
    a blank line after a line that ends its paragraph ("… của Ban Bí thư" / "" / "Ban Thường vụ Huyện ủy ban hành
    …", a title and the paragraph under it; ``_ends_paragraph``; in a text with a blank line after most lines, only
    after a title's line), and the break before a line no name runs on to (PLACE_DATE_LINE, LETTER_GREETING, the line after a
    markdown heading), each with its mark.
    A body's name read after a citation stops at one (``body_name``)."""
    lines = text.lines
    if len(lines) < 2:
        return masked
    original = text.original
    # A blank line between two lines: a second line break in the gap between them (the gap holds only whitespace).
    breaks = [
        k for k in range(1, len(lines))
        if lines[k].start - lines[k - 1].end > 1 and original.count("\n", lines[k - 1].end, lines[k].start) > 1
    ]
    # A copy with a blank line after most lines (double spacing) wraps names over them: only a title's line ends
    # its paragraph there.
    spaced = len(lines) >= BLANK_LINE_SHARE_LINES and len(breaks) > BLANK_LINE_SHARE * (len(lines) - 1)
    blank = [k for k in breaks if _ends_paragraph(lines[k - 1].text, spaced)]
    after_name = {k for k in _lines_holding(original, lines, "ngày", 50) if PLACE_DATE_LINE.fullmatch(lines[k].text)}
    after_name |= {k for k in _lines_holding(original, lines, "Kính", 8) if LETTER_GREETING.match(lines[k].text)}
    # A markdown heading is one line: "### 3. Về công tác chuẩn bị triển khai Luật Phát triển đô thị" / "Các Ban HĐND …".
    after_name |= {
        k + 1 for k in _lines_holding(original, lines, _HEADING_MARK, 4)
        if k + 1 < len(lines) and _is_heading(lines[k].text) and not _is_heading(lines[k + 1].text)
    }
    after_name.discard(0)  # the first line has no break before it
    if not blank and not after_name:
        return masked
    marks = sorted(
        [(lines[k].flat_start - 1, BLANK_LINE_MARK) for k in blank]
        + [(lines[k].flat_start - 1, LINE_AFTER_NAME_MARK) for k in after_name]
    )
    out, done = [], 0
    for at, mark in marks:  # a break that is both keeps the blank line's mark (sorted first: "\n" < "\r")
        if at < done or at < 0 or masked[at] != " ":
            continue
        out.append(masked[done:at])
        out.append(mark)
        done = at + 1
    out.append(masked[done:])
    return "".join(out)


# The mark that opens a markdown heading line, found by ``str.find``.
_HEADING_MARK = "#"
# A markdown heading line: "### 3. Về công tác …", "# KẾ HOẠCH" (not "#1" of a list nor a hashtag).
MARKDOWN_HEADING = re.compile(r"[ \t]{0,3}#{1,6}\s")


def _is_heading(line: str) -> bool:
    return MARKDOWN_HEADING.match(line) is not None


def _lines_holding(original: str, lines: list, word: str, within: int) -> set[int]:
    """The indices of the lines whose first ``within`` characters hold ``word``, found with ``str.find`` over the
    whole text (a word most lines lack), not by slicing every line."""
    found: set[int] = set()
    starts = None
    at = original.find(word)
    while at >= 0:
        if starts is None:
            starts = [ln.start for ln in lines]
        k = bisect_right(starts, at) - 1
        if k >= 0 and at + len(word) <= lines[k].end and at - lines[k].start + len(word) <= within:
            found.add(k)
        at = original.find(word, at + 1)
    return found
