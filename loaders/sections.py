"""The outline of a document: preamble, headings, numbered items, sub-items, closing, signature.

Read from ``text.lines`` (non-blank lines of the original). A line that starts with a marker
(``II. NỘI DUNG``, ``**1**. **Mục đích**``, ``a)``, ``-``, ``Điều 2.``) opens a node; any other
line continues the node before it, so sentences wrapped mid-line and blank lines between lines
do not matter. Markers that break the numbering or sit in the middle of a wrapped sentence
(``giai đoạn 2026`` / ``- 2030``) are read as continuation text.

After the signature block (``Nơi nhận``, ``KT. GIÁM ĐỐC``) the outline goes on only when an
attached document starts (``KẾ HOẠCH`` of a Quyết định ban hành Kế hoạch); annexed forms are left
out. Spans are flat offsets (``flat_start``/``flat_end``) and original offsets (``start``/``end``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter
from typing import Literal

from vanban.loaders.alternation import find_all
from vanban.loaders.letters import LOWER_LETTERS, UPPER_LETTERS
from vanban.loaders.names import HONORIFIC
from vanban.loaders.parties import name_at
from vanban.loaders.text import Line, Text

NodeKind = Literal["preamble", "heading", "article", "item", "subitem", "closing", "signature", "attachment"]

# Section kinds by heading words (upper case). The earliest word found in a heading decides:
# "NỘI DUNG VÀ THỜI GIAN THỰC HIỆN" is content, "THỜI GIAN VÀ TRÁCH NHIỆM" is time.
SECTION_WORDS: dict[str, tuple[str, ...]] = {
    "purpose": ("MỤC ĐÍCH", "YÊU CẦU", "MỤC TIÊU", "QUAN ĐIỂM", "CHỈ TIÊU"),
    "content": (
        "NỘI DUNG", "NHIỆM VỤ", "GIẢI PHÁP", "HOẠT ĐỘNG", "CÔNG TÁC", "CHƯƠNG TRÌNH",
    ),
    # The forms and methods of the work and its slogans, not tasks: "IV. HÌNH THỨC KIỂM TRA, GIÁM SÁT" / "1. Giám sát
    # trực tiếp", "III. HÌNH THỨC, THỜI GIAN TUYÊN TRUYỀN", "III. PHƯƠNG THỨC THỰC HIỆN", "V. KHẨU HIỆU TUYÊN TRUYỀN" /
    # "1. Nhiệt liệt chào mừng …!". ("II. NỘI DUNG, PHƯƠNG THỨC TỔ CHỨC", corpus 061, is content: its first word.)
    "form": ("HÌNH THỨC", "PHƯƠNG THỨC", "KHẨU HIỆU"),
    "organisation": ("TỔ CHỨC THỰC HIỆN", "TRÁCH NHIỆM", "PHÂN CÔNG", "THỰC HIỆN", "TRIỂN KHAI"),
    "time": ("THỜI GIAN", "TIẾN ĐỘ", "LỘ TRÌNH", "THỜI HẠN"),
    "funding": ("KINH PHÍ", "NGUỒN VỐN", "DỰ TOÁN", "TÀI CHÍNH"),
    "reporting": ("CHẾ ĐỘ BÁO CÁO", "THÔNG TIN BÁO CÁO", "BÁO CÁO"),
    "situation": ("TÌNH HÌNH", "THỰC TRẠNG", "KẾT QUẢ", "DỰ BÁO", "ĐÁNH GIÁ", "BỐI CẢNH", "SỰ CẦN THIẾT"),
    "scope": ("PHẠM VI", "ĐỐI TƯỢNG", "CĂN CỨ"),
}
# Heading words that would otherwise be found first but only qualify another kind:
# "TỔ CHỨC THỰC HIỆN" must win over "THỰC HIỆN" at the same place; longer words win ties.
_SECTION_WORD_LIST = sorted(
    ((w, k) for k, ws in SECTION_WORDS.items() for w in ws), key=lambda wk: -len(wk[0])
)
# The heading words as one alternation in that order: its leftmost match is the earliest word,
# and of the words found at that place the first of the list ("TỔ CHỨC THỰC HIỆN" in
# "IV. TỔ CHỨC THỰC HIỆN", not "THỰC HIỆN"). One search instead of a str.find per word.
_SECTION_WORD = re.compile("|".join(re.escape(w) for w, _ in _SECTION_WORD_LIST))
# The kind of each word (of a word listed twice, the first: the list read backwards).
_SECTION_KIND_OF = {w: k for w, k in reversed(_SECTION_WORD_LIST)}

# Kinds whose numbered items are tasks.
TASK_KINDS = frozenset({"content", "organisation"})

# Markup before a line's marker: table bars, markdown headings, bold/italic stars.
# "**1**. **Mục đích**", "### III. THỜI GIAN", "| Số: 141/KH-UBND".
LEADING_MARKUP = re.compile(r"[\s|#>*_]*")
# The characters LEADING_MARKUP matches: the spaces of ``\s`` (those of ``str.isspace``) and the marks.
# ``line.lstrip(_LEADING_MARKUP_CHARS)`` drops what it matches, without a regex call and a match object
# per line (checked against LEADING_MARKUP in tests/test_speed_prefixes.py).
_LEADING_MARKUP_CHARS = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000|#>*_"
)

# Top-level heading with a Roman numeral: "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN.", "IV- KINH PHÍ", and with a slash
# and a space (a commune's or a school's plan): "II/ NỘI DUNG" (not "V/V TRIỂN KHAI …", "Về việc" in a letter's header).
ROMAN_MARKER = re.compile(r"([IVXL]{1,6})\s*(?:\*\*)?\s*(?:[.:\-–)]|/(?=\s))\s*(?:\*+\s*)?(?=\S)")

# Article of a Quyết định or Nghị quyết: "Điều 1. Ban hành kèm theo…", "**Điều 3. **Chánh Văn phòng".
ARTICLE_MARKER = re.compile(r"Điều\s+(\d{1,3})\s*[.:]?\s*(?:\*+\s*)?")
# The stop after an article's number ("Điều 4." / "Điều 4:"), without which an article whose number an instrument's
# name follows (INSTRUMENT_AFTER_ARTICLE), after a line that goes on, is a reference wrapped at its line's start: "…
# trong các văn bản quy phạm pháp luật tại" / "Điều 1 Quyết định này khác với …" (QĐ 2830/QĐ-UBND of UBND tỉnh Đồng Nai,
# realdocs 329d9e97, inside its Điều 3).
ARTICLE_NUMBER_STOP = re.compile(r"\d\s*[.:]")
# The instrument a referenced article is of, right after its number: "Điều 1 Quyết định này", "Điều 2 Nghị quyết số
# 196/2025/QH15" (QĐ 2639/QĐ-TTg, realdocs 24c6583a: "… theo quy định tại" / "Điều 2 Nghị quyết số 196/2025/QH15 ngày").
INSTRUMENT_AFTER_ARTICLE = re.compile(
    r"(?:Quyết định|Nghị quyết|Nghị định|Thông tư|Luật|Bộ luật|Pháp lệnh|Chỉ thị|Quy chế|Quy định|Điều lệ|của|này)(?![\wđ])"
)

# Numbered item: "1. Đẩy mạnh…", "**1**. **Mục đích**", "**2. **100% các Sở", "3) …", "1.Đẩy", with a slash and a
# space: "1/ Kiện toàn Ban Chỉ huy …" (not a date: "1/2024", "30/6"), and with a dash and a space, the style of the
# Party's documents: "1- Các cấp ủy, tổ chức đảng …" (not a symbol wrapped at its dash: "Kết luận số" / "01- KL/TW").
NUMBER_MARKER = re.compile(
    r"(\d{1,2})\s*(?:\*+\s*)?(?:[.)]|/(?=\s)|-(?=\s+(?![A-ZĐ]{1,8}[/-])\S))(?:[\s*]+|(?=[^\W\d_])|$)(?!\d+[./]\d)"
)

# A number alone on its line in bold, its item's words on the next lines (a converted document that set the number in a
# paragraph of its own): "**1**" / "**Cải cách thể chế**" / "Sở Tư pháp chủ trì …". Only in bold: a bare "5" is a page's
# number in a PDF's text.
BOLD_NUMBER_LINE = re.compile(r"[\s|#>]*\*\*\s*(\d{1,2})\s*\*\*[\s_]*")

# Sub-numbered item: "3.1. Đối với cơ quan, tổ chức, đơn vị:", "1.2 Tổ chức tuyên truyền", and a
# bare marker whose words are on the next line: "*2.3." / "Công an tỉnh*" (corpus 032).
DOTTED_MARKER = re.compile(r"(\d{1,2})\.(\d{1,2})(?:\.?[\s*]+(?=\D)|\.[\s*]*$)")

# The number of a point under a sub-numbered item, after a list's dash, its words opening with a capital: "3.1.1 " in "-
# 3.1.1 Các Đơn vị quản lý đào tạo chịu trách nhiệm: …" (a university's plan converted to markdown). Not "- 2.1.5 triệu".
THIRD_LEVEL_NUMBER = re.compile(rf"\d{{1,2}}\.\d{{1,2}}\.\d{{1,2}}\.?[\s*]+(?=[{UPPER_LETTERS}])")

# Lettered sub-item: "a) Chi hỗ trợ…", "đ) …", "b. Tổ chức…", "a/ Xây dựng phương án …".
LETTER_MARKER = re.compile(r"([a-zđ])\s*[)./]\s+")
# A letter marker alone on its line, its words on the next (a converted document that broke the line after it): "a)" /
# "Tổ chức quán triệt nội dung Chỉ thị …", "**b)**". Not "a." (a sentence's last word wrapped alone: "… điểm" / "a.").
LETTER_LINE = re.compile(r"([a-zđ])\s*[)/][\s*_]*")

# Bullets: "- Nội dung tuyên truyền:", "+ Đối với…", "• …", and a bullet alone on its line whose words
# follow on the next: "-" / "Tuyên truyền, phổ biến, quán triệt…" (corpus 047).
DASH_MARKER = re.compile(r"[-–—•](?:\s*(?=\S)|\s*$)")
PLUS_MARKER = re.compile(r"\+\s*(?=\S)")

# Start of the signature block: "Nơi nhận:", "***Nơi nhận:***", "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN". Not a
# procedure's "Nơi nhận hồ sơ:" / "Nơi nhận kết quả:" (a word in lower case after it), as header.NOI_NHAN.
SIGNATURE_START = re.compile(
    rf"(?:Nơi\s+nhận(?!\s+[{LOWER_LETTERS}])\b|(?:KT|TM|TL|TUQ|Q)\s*\.\s*[{UPPER_LETTERS}])"
)

# Closing sentence: "Trên đây là Kế hoạch triển khai…".
CLOSING_START = re.compile(r"Trên\s+đây\s+là\b")
# A letter's closing paragraph after its numbered points: "Nhận được công văn này, Bộ Giáo dục và Đào tạo đề
# nghị các sở giáo dục và đào tạo chỉ đạo … tổng hợp và báo cáo … trước ngày 20/12/2015." (CV 6435/BGDĐT-CTHSSV),
# "Nhận được Văn bản này, đề nghị …". A closing only when no numbered point follows it (_NUMBERED_MARKS).
LETTER_CLOSING_START = re.compile(r"Nhận\s+được\s+(?:[Cc]ông\s+văn|[Vv]ăn\s+bản|[Cc]ông\s+điện)\s+này\b")
_NUMBERED_MARKS = frozenset({"roman", "part", "article", "number", "dotted", "letter"})

# The end mark of a document's body: "… triển khai thực hiện./.", "…Chỉ thị này./.**".
END_MARK = re.compile(r"/\.?[\s*_]*$")

# The end mark of a document's body as written: "… đường truyền số liệu lớn./.", "… thi hành./.**".
BODY_END_MARK = re.compile(r"\./\.[\s*_]*$")

# A line that ends a sentence or a clause: "… 05/11/2022.", "… như sau:", "… xã hội;".
SENTENCE_END = re.compile(r"[.;:!?…]['\"”’)*_\s]*$|\*\*\s*$")
# What may follow the end mark of a sentence: closing quotes and brackets, emphasis, spaces.
_AFTER_END = "'\"”’)*_"

# The title line of an attached document after a Quyết định's signature: "**KẾ HOẠCH**", "QUY CHẾ".
ATTACHMENT_TITLE = re.compile(
    r"(?:KẾ HOẠCH|CHƯƠNG TRÌNH|QUY CHẾ|QUY ĐỊNH|ĐỀ ÁN|PHƯƠNG ÁN|HƯỚNG DẪN|ĐIỀU LỆ)[\s*_:]*$"
)
# "(Ban hành kèm theo Quyết định số 2853/QĐ-UBND …)" also opens an attached document, and in brackets "(Kèm theo
# Nghị quyết số 100/NQ-CP ngày 06 tháng 4 năm 2026 của Chính phủ)" under the title of a Chương trình hành động. The
# emphasis may open before the bracket of a Quyết định's regulation: "*(Ban hành kèm theo Quyết định số /2025/QĐ-UBND ngày
# / /2025 của Ủy ban nhân dân thành phố Hà Nội)*" under a "**QUY\nCHẾ**" title split over two lines (QĐ 71/2025/QĐ-UBND
# of UBND TP Hà Nội).
ATTACHED_BY = re.compile(
    r"\(?\s*[*_]*\s*Ban hành kèm theo\b|\(\s*[*_]*\s*Kèm theo\s+(?:Nghị quyết|Quyết định|Chỉ thị)\b"
    # Only a Quyết định's regulation so (an appendix "*(Ban hành kèm theo Kế hoạch …" or "*(Kèm theo Quyết định …" of lists
    # stays unread as before).
    r"|[*_]+\(\s*Ban hành kèm theo Quyết định\b"
)

# A line with words (not only table bars or stars): "** **" and "|" are layout.
MARKUP_ONLY = re.compile(r"[^\s|*_#>\-]")

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_MARKDOWN = re.compile(r"[*_#|]+")
_SPACES = re.compile(r"\s+")


# The outline is an internal reading aid (reports and tasks walk it), never part of a record:
# its nodes are plain slotted dataclasses, thousands of which are made per document.
@dataclass(slots=True, kw_only=True)
class Node:
    """One node of the outline. Spans: flat offsets, and original offsets (end exclusive)."""

    kind: NodeKind
    label: str | None = None  # "II", "1", "3.1", "a", "-", "+", "Điều 2"
    title: str | None = None  # headings and articles: their words, one line, markdown removed
    section_kind: str | None = None  # headings and articles: purpose, content, organisation, time…
    flat_start: int
    flat_end: int
    body_start: int  # flat offset of the first character after the marker
    start: int = 0
    end: int = 0
    children: list[Node] = field(default_factory=list)

    def text(self, text: Text) -> str:
        """The node on one line (flat), marker included."""
        return text.flat[self.flat_start : self.flat_end]

    def body(self, text: Text) -> str:
        """The node on one line (flat), after its marker."""
        return text.flat[self.body_start : self.flat_end]

    def head_end(self) -> int:
        """Flat offset where the node's own words end: before its first child, or its end."""
        return self.children[0].flat_start if self.children else self.flat_end

    def walk(self) -> Iterator[Node]:
        yield self
        for c in self.children:
            yield from c.walk()


@dataclass(slots=True)
class Outline:
    nodes: list[Node] = field(default_factory=list)

    def walk(self) -> Iterator[Node]:
        for n in self.nodes:
            yield from n.walk()

    def parts(self) -> Iterator[list[Node]]:
        """The top-level nodes of the document, then of each attached document."""
        yield [n for n in self.nodes if n.kind != "attachment"]
        for n in self.nodes:
            if n.kind == "attachment":
                yield n.children

    def sections(self) -> Iterator[Node]:
        """Headings and articles, in order, attached documents included."""
        for part in self.parts():
            for n in part:
                if n.kind in ("heading", "article"):
                    yield n

    def body_spans(self) -> list[tuple[int, int]]:
        """Flat spans of the body (headings, items, closing), without preamble and signature."""
        spans = []
        for part in self.parts():
            for n in part:
                if n.kind not in ("preamble", "signature"):
                    spans.append((n.flat_start, n.flat_end))
        return spans


# Purpose words listed with words that name tasks, right after the heading's first purpose word: "MỤC TIÊU, NHIỆM VỤ",
# "CHỈ TIÊU, NHIỆM VỤ", "MỤC ĐÍCH, YÊU CẦU, NHIỆM VỤ", "MỤC TIÊU VÀ GIẢI PHÁP" (upper case, after the first word). Such a
# heading lists the tasks too: its kind is content. Not "MỤC ĐÍCH, YÊU CẦU", nor "MỤC TIÊU … CỦA NHIỆM VỤ …".
_PURPOSE_WORD = r"(?:MỤC ĐÍCH|YÊU CẦU|MỤC TIÊU|QUAN ĐIỂM|CHỈ TIÊU)"
PURPOSE_THEN_TASKS = re.compile(rf"(?:\s*(?:,|VÀ)\s*{_PURPOSE_WORD})*\s*(?:,|VÀ)\s*(?:NHIỆM VỤ|GIẢI PHÁP)(?![\wĐ])")


# Words that name the tasks listed after a time or form word, joined to it: "II. LỘ TRÌNH THỰC HIỆN VÀ NỘI DUNG TUYÊN
# TRUYỀN", "III. THỜI GIAN, NỘI DUNG THỰC HIỆN", "II. HÌNH THỨC VÀ NỘI DUNG HOẠT ĐỘNG" (upper case, after the first
# word). Such a heading lists the tasks: its kind is content. Not "THỜI GIAN THỰC HIỆN CÁC NHIỆM VỤ" (no joining word).
LATER_TASK_WORD = re.compile(r"(?:,|\bVÀ|-|–)\s*(?:CÁC\s+)?(?:NỘI DUNG|NHIỆM VỤ|GIẢI PHÁP)(?![\wĐ])")
# The kinds a later task word (LATER_TASK_WORD) turns into content.
_YIELDING_KINDS = frozenset({"time", "form"})


# "Tổ chức thực hiện" with one slip of the vowel's mark in "thực" (a typist's or an OCR's), upper case: "TỔ CHỨC THỨC HIỆN"
# in "## 3. Tổ chức thức hiện" (a university's plan), "TỔ CHỨC THỪC HIỆN", "TỔ CHỨC THỤC HIỆN". Only this known title.
ORGANISATION_TITLE_SLIP = re.compile(r"TỔ CHỨC TH[ƯỨỪỬỮỤ]C HIỆN")
_ORGANISATION_TITLE = "TỔ CHỨC THỰC HIỆN"


def mend_title(upper: str) -> str:
    """A section title in upper case with the slip ORGANISATION_TITLE_SLIP mended: 'TỔ CHỨC THỨC HIỆN' -> 'TỔ CHỨC THỰC
    HIỆN'; any other title as it is."""
    if "TỔ CHỨC TH" not in upper:
        return upper
    return ORGANISATION_TITLE_SLIP.sub(_ORGANISATION_TITLE, upper)


def section_kind(title: str | None) -> str | None:
    """'II. NỘI DUNG THỰC HIỆN' -> 'content'; 'IV. TỔ CHỨC THỰC HIỆN' -> 'organisation'; 'II. MỤC TIÊU, NHIỆM VỤ' ->
    'content' (PURPOSE_THEN_TASKS); 'II. LỘ TRÌNH THỰC HIỆN VÀ NỘI DUNG TUYÊN TRUYỀN' -> 'content' (LATER_TASK_WORD);
    'IV. HÌNH THỨC KIỂM TRA, GIÁM SÁT' -> 'form'."""
    if not title:
        return None
    t = mend_title(_SPACES.sub(" ", _MARKDOWN.sub(" ", title)).upper())
    m = _SECTION_WORD.search(t)
    if m is None:
        return None
    kind = _SECTION_KIND_OF[m.group()]
    if kind == "purpose" and PURPOSE_THEN_TASKS.match(t, m.end()):
        return "content"
    if kind in _YIELDING_KINDS and LATER_TASK_WORD.search(t, m.end()):
        return "content"
    return kind


def names_purpose(title: str | None) -> bool:
    """Whether a heading's first kind word is a purpose word ("II. MỤC TIÊU, NHIỆM VỤ"): its items titled by purpose
    words ("1. Mục tiêu") are no tasks, though its kind is content."""
    if not title:
        return False
    m = _SECTION_WORD.search(_SPACES.sub(" ", _MARKDOWN.sub(" ", title)).upper())
    return m is not None and _SECTION_KIND_OF[m.group()] == "purpose"


def roman_value(s: str) -> int:
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN_VALUES[ch]
        if i + 1 < len(s) and _ROMAN_VALUES[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def _ends_sentence(line: str) -> bool:
    """Whether SENTENCE_END matches ``line``. Its matches lie in the line's tail (the last mark
    and what may follow it), so the search starts there instead of at every character."""
    tail = line
    while True:
        shorter = tail.rstrip().rstrip(_AFTER_END)
        if shorter == tail:
            break
        tail = shorter
    return SENTENCE_END.search(line, max(len(tail) - 1, 0)) is not None


def _letters_upper(s: str) -> bool:
    """Whether four letters in five of ``s`` at least are capitals (the letters are picked and
    counted by maps over str methods: no Python frame per character)."""
    letters = "".join(filter(str.isalpha, s))
    return bool(letters) and sum(map(str.isupper, letters)) >= 0.8 * len(letters)


# Public name for the callers of other modules (tasks: a section's title numbered as an item).
letters_upper = _letters_upper


class _Mark:
    """A line's marker, as read from the line alone (the numbering is checked later)."""

    __slots__ = ("kind", "label", "value", "body_at", "level")

    def __init__(self, kind: str, label: str | None, value: int, body_at: int, level: int):
        self.kind, self.label, self.value, self.body_at, self.level = kind, label, value, body_at, level


# The letters LETTER_MARKER accepts: "a" to "z" and "đ".
_MARKER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzđ")

# Levels of markers: headings and articles, numbered items, sub-numbered, letters, dashes, pluses.
_LEVELS = {"roman": 0, "part": 0, "article": 0, "number": 1, "dotted": 2, "letter": 3, "dash": 4, "plus": 5}
# A part of a plan headed by a capital letter, or by "Phần" and a Roman numeral, its title in capitals: "A. MỤC ĐÍCH, YÊU
# CẦU" / "B. NHIỆM VỤ TRỌNG TÂM" / "C. TỔ CHỨC THỰC HIỆN" (a Đảng ủy's plan), "Phần III. PHÂN CÔNG THỰC HIỆN" (a Mặt
# trận's plan). Not "A. Đối với …" (a title not in capitals) nor a Roman numeral's "I.", "V.": ROMAN_MARKER's.
PART_MARKER = re.compile(r"(?:(?P<letter>[A-HĐ])|(?:Phần|PHẦN)\s+(?P<roman>[IVXL]{1,6}))\s*(?:\*\*)?\s*[.:\-–)]\s*(?:\*+\s*)?(?=\S)")
_PART_FIRST = frozenset("ABCDEFGHĐP")
_PART_TITLE_CHARS = 40


# A part named by its ordinal, its title after it or on the next line: "PHẦN THỨ HAI" / "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU" (a
# Chương trình hành động of a Tỉnh ủy), "Phần thứ ba: TỔ CHỨC THỰC HIỆN".
ORDINAL_PART = re.compile(
    r"(?:Phần|PHẦN)\s+(?:thứ|THỨ)\s+(?P<ordinal>nhất|NHẤT|hai|HAI|ba|BA|tư|TƯ|năm|NĂM|sáu|SÁU|bảy|BẢY|tám|TÁM)(?![\wđĐ])"
    r"[\s*_]*(?:[:.\-–][\s*_]*)?"
)
_ORDINALS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8}
# A part's label is its Roman numeral, as that of "Phần III." is: "PHẦN THỨ HAI" -> "II".
_ROMAN_NUMERALS = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII")


def _part_mark(s: str, lead: int) -> _Mark | None:
    """The marker of a part (PART_MARKER, ORDINAL_PART) that opens ``s``, its title in capitals, or None."""
    m = ORDINAL_PART.match(s)
    if m:
        ordinal = m.group("ordinal").lower()
        label = _ROMAN_NUMERALS[_ORDINALS[ordinal]]
        if m.end() >= len(s):  # its title on the next line: the body starts there (as "Điều" / "3. …")
            return _Mark("part", label, _ORDINALS[ordinal], lead + len(s) + 1, 0)
        if _letters_upper(s[m.end() : m.end() + _PART_TITLE_CHARS]):
            return _Mark("part", label, _ORDINALS[ordinal], lead + m.end(), 0)
        return None
    m = PART_MARKER.match(s)
    if m and _letters_upper(s[m.end() : m.end() + _PART_TITLE_CHARS]):
        label = m.group("letter") or m.group("roman")
        value = ord(label) - ord("A") + 1 if m.group("letter") else roman_value(label)
        return _Mark("part", label, value, lead + m.end(), 0)
    return None


# Pure (a line's marker, read from the line alone; a _Mark is never changed), so memoised: a heading's title is read
# again past its marker's line (_heading_title), and list lines recur from document to document ("- Như trên;", "a)
# Mục đích"; 924 distinct of 1,931 lines over 40 plans, 3,616 of 4,766 over /work/realdocs).
@lru_cache(maxsize=4096)
def _read_mark(line: str) -> _Mark | None:
    s = line.lstrip(_LEADING_MARKUP_CHARS)
    lead = len(line) - len(s)
    if not s:
        return None
    # The first character says which marker can be there ("Điều", a Roman numeral, a digit, a
    # letter): only that marker's regex is tried.
    c = s[0]
    if c == "Đ":
        m = ARTICLE_MARKER.match(s)
        if m:
            return _Mark("article", f"Điều {m.group(1)}", int(m.group(1)), lead + m.end(), 0)
        if s[1:2] in _AFTER_PART_LETTER:
            return _part_mark(s, lead)
    elif c in _PART_FIRST:
        if s[1:2] in _AFTER_PART_LETTER or s.startswith(_PART_WORDS):
            return _part_mark(s, lead)
    elif c in _ROMAN_VALUES:
        m = ROMAN_MARKER.match(s)
        # Its title may open after the bold that closes the marker's: "**II.** **MỤC TIÊU ĐẾN NĂM 2030**" (a legal
        # library's copy of QĐ 2629/QĐ-TTg).
        if m and (rest := s[m.end() :].lstrip("*_ ")) and (rest[0].isupper() or rest[0] in "“\""):
            return _Mark("roman", m.group(1), roman_value(m.group(1)), lead + m.end(), 0)
    elif c.isdecimal():  # what \d matches
        m = DOTTED_MARKER.match(s)
        if m:
            return _Mark("dotted", f"{m.group(1)}.{m.group(2)}", int(m.group(2)), lead + m.end(), 2)
        m = NUMBER_MARKER.match(s)
        if m:
            return _Mark("number", m.group(1), int(m.group(1)), lead + m.end(), 1)
        if "**" in line:
            m = BOLD_NUMBER_LINE.fullmatch(line)
            if m:
                return _Mark("number", m.group(1), int(m.group(1)), len(line), 1)
    elif c in _MARKER_LETTERS:
        m = LETTER_MARKER.match(s)
        # (its words may open after the emphasis that closes the marker's: "*a) *Tổ chức tuyên truyền …", a web copy)
        if m and lead == 0 or (m and s[m.end() : m.end() + 2].lstrip("*_")[:1].isupper()):
            return _Mark("letter", m.group(1), ord(m.group(1)), lead + m.end(), 3)
        if m is None and len(s) < 8:
            m = LETTER_LINE.fullmatch(s)
            if m:  # its body starts on the next line (_build_part checks that one opens a sentence)
                return _Mark("letter", m.group(1), ord(m.group(1)), len(line) + 1, 3)
    # Bullets are read on the raw line: "**-**" is rare, "*-" is an italic dash line.
    raw = line.lstrip(" |")
    off = len(line) - len(raw)
    m = DASH_MARKER.match(raw)
    if m:
        if (
            raw[m.end() : m.end() + 1].isdecimal()
            and (d := DOTTED_MARKER.match(raw, m.end())) is not None
            and raw[d.end() : d.end() + 1].isupper()
        ):
            # A sub-numbered item that a converter set as a list's item: "- 2.1 Đối với Trường chuyên ngành/Khoa/Viện
            # (…)" under "## 2. Nội dung và thời gian thực hiện" (as "2.1 …"); not a number in a bullet's sentence
            # ("- 2.5 triệu đồng mỗi suất": its words in lower case).
            return _Mark("dotted", f"{d.group(1)}.{d.group(2)}", int(d.group(2)), off + d.end(), 2)
        if raw[m.end() : m.end() + 1].isdecimal() and (t := THIRD_LEVEL_NUMBER.match(raw, m.end())) is not None:
            # "- 3.1.1 Các Đơn vị quản lý đào tạo chịu trách nhiệm: …" under "- 3.1 Phân công các đơn vị": a point of
            # its x.y item, its words after its number (a doer opens them).
            return _Mark("dash", "-", 0, off + t.end(), 4)
        return _Mark("dash", "-", 0, off + m.end(), 4)
    m = PLUS_MARKER.match(raw)
    if m:
        return _Mark("plus", "+", 0, off + m.end(), 5)
    return None


def _heading_title(lines: list[Line], i: int, body_at: int, bold_open: bool = False) -> tuple[str, int]:
    """The words of a heading, joined over the lines a bold run or capitals carry on to.

    Returns the title and the index of the heading's last line.
    '**I. MỤC ĐÍCH,' / 'YÊU CẦU**' -> ('MỤC ĐÍCH, YÊU CẦU', i + 1).
    ``bold_open``: the line before opened the bold run the title closes, as an article's word alone on its line does
    ("**Điều" / "13. Phạm vi bảo vệ hệ thống thoát nước**", a Quy định of UBND thành phố Hải Phòng): the title ends on
    its line, and the paragraph below it (then the next article's "**Điều") is no part of it.
    """
    first = lines[i].text
    parts = [first[body_at:]]
    j = i
    if (first.count("**") + bold_open) % 2 == 1:
        while j + 1 < len(lines) and j - i < 3 and _read_mark(lines[j + 1].text) is None:
            j += 1
            parts.append(lines[j].text)
            if lines[j].text.count("**") % 2 == 1:
                break
    elif _letters_upper(parts[0]) and not _ends_sentence(first):
        while (
            j + 1 < len(lines)
            and j - i < 2
            and len(lines[j + 1].text) < 80  # (first: a paragraph below is not read letter by letter)
            and _read_mark(lines[j + 1].text) is None
            and _letters_upper(lines[j + 1].text)
        ):
            j += 1
            parts.append(lines[j].text)
    title = " ".join(_MARKDOWN.sub(" ", " ".join(parts)).split()).strip(" .:-–")
    return title, j


# First characters of a line that may carry a marker (after markup): a quick filter.
_MARK_FIRST = frozenset("0123456789IVXLĐ-–—•+")
_LETTERS = frozenset("abcdeđghiklmnopqrstuvxy")
# What may follow a letter's marker at once ("a)", "b.", "c,", "a/"; a string: the empty rest of a one-letter line too).
_LETTER_MARK_ENDS = ").,/"
_NO_MARKUP = frozenset("|#>*_ \t")
# The first characters of the lines _build_part reads a marker on (the tests of _maybe_marked).
_MARK_LINE_FIRST = _MARK_FIRST | _LETTERS | _NO_MARKUP | _PART_FIRST
# What follows a part's capital letter ("A.", "B:", "C)", "D –", "E**."), or the word that opens a part ("Phần", "PHẦN").
_AFTER_PART_LETTER = frozenset(".:)-–* ")
_PART_WORDS = ("Phần ", "PHẦN ")


def _part_start(t: str) -> bool:
    """Quick test of a line opening with a capital that may head a part (PART_MARKER): most such lines are words."""
    return (t[1:2] in _AFTER_PART_LETTER and t[1:2] != "") or t.startswith(_PART_WORDS)


def _maybe_marked(t: str) -> bool:
    """Quick test before the marker regexes: most lines are wrapped text."""
    c = t[:1]
    if c in _NO_MARKUP:
        t = t.lstrip(_LEADING_MARKUP_CHARS)
        c = t[:1]
    if c in _MARK_FIRST or (c in _PART_FIRST and _part_start(t)):
        return True
    return c in _LETTERS and t[1:2] in _LETTER_MARK_ENDS
_SIGNATURE_FIRST = frozenset("NKTQ")


def _is_signature(line: str) -> bool:
    s = line.lstrip(_LEADING_MARKUP_CHARS) if line[:1] in _NO_MARKUP else line
    return bool(s) and s[0] in _SIGNATURE_FIRST and bool(SIGNATURE_START.match(s))


def _is_attachment_start(line: str) -> bool:
    s = line.lstrip(_LEADING_MARKUP_CHARS) if line[:1] in _NO_MARKUP else line
    if not s or not (s[0].isupper() or s[0] == "("):
        return False
    return bool(ATTACHMENT_TITLE.match(s) or ATTACHED_BY.match(line.lstrip(" |")))


# First characters of the lines that can open a signature or an attached document: markup
# (skipped by LEADING_MARKUP), the first letters of SIGNATURE_START ("Nơi", "KT", "TM", "Q"),
# and those of ATTACHMENT_TITLE and ATTACHED_BY ("KẾ HOẠCH", "QUY CHẾ", "(Ban hành kèm theo").
# A line opening with any other character is passed over without a call: the two tests ran
# on every line of a body (about 3% of the extraction time on the real documents).
_SIGNATURE_LINE_FIRST = _NO_MARKUP | _SIGNATURE_FIRST
# A line's text, and a string's first character (maps over lines and their texts, no Python frame).
_line_text = itemgetter(0)
_first_character = itemgetter(0)
_ATTACHMENT_LINE_FIRST = _NO_MARKUP | frozenset("KCQĐPH(B")


# The signer's title alone on its line just above "Nơi nhận" (no "KT."/"TM." before it): "## GIÁM ĐỐC" / "## Nơi nhận:" (a
# university's plan converted to markdown), "**HIỆU TRƯỞNG**", "PHÓ CHỦ TỊCH". It opens the signature block: the last
# item's words (and its doers) end above it.
SIGNER_TITLE_LINE = re.compile(
    r"[\s#*_]*(?:PHÓ\s+|TỔNG\s+)?(?:GIÁM ĐỐC|CHỦ TỊCH|HIỆU TRƯỞNG|TRƯỞNG BAN|BÍ THƯ|VIỆN TRƯỞNG|CỤC TRƯỞNG|BỘ TRƯỞNG"
    r"|THỨ TRƯỞNG|CHÁNH VĂN PHÒNG)[\s*_]*"
)
# How many lines above the signature's start the signer's title may sit (its name, "(Đã ký)" between).
_SIGNER_TITLE_LINES = 3
# The longest line taken for one of them (a title, a signer's name, "(Đã ký)"): a longer one is the body's.
_SIGNER_TITLE_CHARS = 40


def _signer_title_above(texts: list[str], start: int, sig: int) -> int:
    """The index of a signer's title alone on its line (SIGNER_TITLE_LINE) among the few short lines above lines[sig],
    or ``sig``."""
    for k in range(sig - 1, max(start, sig - _SIGNER_TITLE_LINES) - 1, -1):
        t = texts[k]
        if len(t) > _SIGNER_TITLE_CHARS:
            break
        if SIGNER_TITLE_LINE.fullmatch(t):
            return k
    return sig


def _split_parts(texts: list[str], firsts: list[str]) -> list[tuple[int, int, int]]:
    """Split lines into (start, signature_start, end): the document, then each attached document.
    ``texts``: the lines' texts; ``firsts``: their first characters. The lines whose first
    character may open a signature or an attached document are picked by maps over C functions
    (``compress``); only they are looked at in Python."""
    parts = []
    start = 0
    n = len(texts)
    while start < n:
        maybe = map(_SIGNATURE_LINE_FIRST.__contains__, firsts[start:])
        sig = next((k for k in compress(count(start), maybe) if _is_signature(texts[k])), n)
        if sig < n:
            sig = _signer_title_above(texts, start, sig)
        # The attached document after this signature block, if any.
        maybe = map(_ATTACHMENT_LINE_FIRST.__contains__, firsts[sig + 1 :])
        nxt = next((k for k in compress(count(sig + 1), maybe) if _is_attachment_start(texts[k])), n)
        parts.append((start, sig, nxt))
        start = nxt
    return parts


def _line_start(line: Line) -> int:
    return line.start


# The words that open a closing (CLOSING_START, LETTER_CLOSING_START), as _closing_start looks for them.
_CLOSING_WORDS = ("đây", "Nhận")


def _lines_holding(lines: list[Line], original: str, words: tuple[str, ...], lo: int, hi: int) -> list[int]:
    """The indexes k in [lo, hi), in order, of the lines whose text holds one of ``words`` (none
    holding whitespace): the words are found by ``str.find`` in the original (C speed) and mapped to
    their lines by bisection, where a loop over the lines tested each."""
    if hi <= lo:
        return []
    found: list[int] = []
    for p in find_all(original, words, lines[lo].start, lines[hi - 1].end):
        k = bisect_right(lines, p, lo, hi, key=_line_start) - 1
        if k >= lo and p < lines[k].end and (not found or found[-1] != k):
            found.append(k)
    return found


def _closing_start(lines: list[Line], lo: int, hi: int, marks: list[_Mark | None], original: str) -> int:
    """Index of the closing's first line in lines[lo:hi] (hi if there is none)."""
    for k in _lines_holding(lines, original, _CLOSING_WORDS, lo, hi):
        t = lines[k].text
        if "đây" in t:
            s = t.lstrip(_LEADING_MARKUP_CHARS)
            if CLOSING_START.match(s):
                return k
        elif "Nhận" in t and marks[k] is None:
            s = t.lstrip(_LEADING_MARKUP_CHARS)
            if LETTER_CLOSING_START.match(s) and not any(m is not None and m.kind in _NUMBERED_MARKS for m in marks[k + 1 : hi]):
                return k
    # Otherwise: a trailing unnumbered paragraph that ends the body with "./."
    while hi > lo and not MARKUP_ONLY.search(lines[hi - 1].text):
        hi -= 1
    if hi <= lo or not END_MARK.search(lines[hi - 1].text):
        return hi
    k = hi - 1
    while k > lo and marks[k] is None:
        prev = lines[k - 1].text
        first = lines[k].text.lstrip("*_ ")
        pm = marks[k - 1]
        bare_marker = pm is not None and len(prev) <= pm.body_at  # "**3." alone: the item goes on
        if _ends_sentence(prev) and first[:1].isupper() and not bare_marker and not _article_title(lines, marks, k - 1, lo):
            return k
        k -= 1
    return hi


def _article_title(lines: list[Line], marks: list[_Mark | None], k: int, lo: int) -> bool:
    """Whether lines[k] is an article's title, no sentence (its paragraph below is the article's words, not the closing):
    "**Điều 3." / "Trách nhiệm tổ chức thực hiện**" / "" / "Chánh Văn phòng … chịu trách nhiệm thi hành Quyết định
    này./." (QĐ 87/2025/QĐ-UBND of UBND tỉnh Lai Châu)."""
    if lines[k].text.rstrip(" *_").endswith((".", ";", "!", "?")):
        return False
    mark = marks[k]
    if mark is None and k > lo and (above := marks[k - 1]) is not None and above.kind == "article":
        return len(lines[k - 1].text.rstrip(" *_")) <= above.body_at  # "**Điều 3." alone, its title below
    return mark is not None and mark.kind == "article"


# Names of departments joined by a dash, which a line break may put at a line's start, where it reads as a bullet:
# "Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Lao động" / "- Thương binh và Xã hội, Nội vụ, Tài chính; …" (a Quyết
# định of UBND tỉnh), "Trưởng phòng Tổ chức" / "- Hành chính". The first part ends the line before, the second opens
# the dash line; each pair is a name as written (data: the pairs one name is made of).
SPLIT_NAME_PAIRS: tuple[tuple[str, str], ...] = (
    ("Lao động", "Thương binh và Xã hội"), ("Tổ chức", "Hành chính"), ("Kế hoạch", "Tài chính"),
    ("Kế hoạch", "Tổng hợp"), ("Hành chính", "Tổng hợp"), ("Tài chính", "Kế hoạch"), ("Văn hóa", "Thông tin"),
    ("Kinh tế", "Hạ tầng"),
    # the state groups' names: "các Tập đoàn: …, Công nghiệp" / "- Viễn thông Quân đội theo chức năng, …" (TB 634/TB-VPCP)
    ("Công nghiệp", "Viễn thông Quân đội"), ("Công nghiệp", "Năng lượng Quốc gia"),
)
_SPLIT_FIRST = re.compile("(?<![\\wđ])(?:" + "|".join(sorted({re.escape(a) for a, _ in SPLIT_NAME_PAIRS}, key=len, reverse=True)) + ")[\\s*_]*$")
_SPLIT_SECONDS = tuple({b for _, b in SPLIT_NAME_PAIRS})
# What follows the second part: a name's end, not a document ("- Kế hoạch số 12/KH-UBND").
_SPLIT_SECOND_END = re.compile(r"(?![\wđ])(?!\s+(?:số|\d))")


def _splits_name(prev: str, rest: str) -> bool:
    """Whether a dash line continues a name the line before began (SPLIT_NAME_PAIRS)."""
    if not rest.startswith(_SPLIT_SECONDS):  # most dash lines: no search of the line before
        return False
    m = _SPLIT_FIRST.search(prev)
    if m is None:
        return False
    first = m.group(0).rstrip(" *_")
    return any(
        a == first and rest.startswith(b) and _SPLIT_SECOND_END.match(rest, len(b)) is not None for a, b in SPLIT_NAME_PAIRS
    )


# The letters of a Vietnamese list, which runs a, b, c, d, đ, e, g, h, i, k, … (no f, j, w; "đ" after "d"): the next
# letter after one whose successor the Latin alphabet does not give. "đ) Bộ Xây dựng chủ trì …" / "e) Bộ Quốc phòng khẩn
# trương …; sớm báo cáo cấp có thẩm quyền …" / "g) Về thi đua khen thưởng …" (TB 627/TB-VPCP): three items, not one.
_VIETNAMESE_NEXT_LETTERS: dict[str, tuple[int, ...]] = {
    "d": (ord("đ"), ord("e")), "đ": (ord("e"),), "e": (ord("g"),), "i": (ord("k"),), "v": (ord("x"),),
}


# The last word of a line that a number continues, a reference or a date wrapped: "… theo quy định tại Khoản" / "3 - Điều 61
# Luật Lâm nghiệp …" (Thông báo 467/TB-VPCP: not an item 3), "… tại điểm" / "2. …", "Quyết định số" / "15/QĐ-…".
NUMBERED_WORD_END = re.compile(r"(?<![\wđ])(?:[Kk]hoản|[Đđ]iểm|[Mm]ục|[Ss]ố|[Tt]iết)[\s*_]*$")


def _accepts(mark: _Mark, prev_line: str | None, next_char: str, last_value: int | None) -> bool:
    """Whether a marker opens a node, given the line before, the first character after the
    marker and the last sibling's number.

    A marker in the middle of a wrapped sentence ('giai đoạn 2026' / '- 2030 phấn đấu',
    'chính trị' / '- xã hội cùng cấp') is continuation text.
    """
    wrapped = prev_line is not None and not _ends_sentence(prev_line)
    mid_sentence = wrapped and not (next_char.isupper() or next_char in "“\"*(" or next_char == "")
    if mark.kind in ("dash", "plus"):
        return not mid_sentence
    if mark.kind == "bare":
        return True  # a whole line of heading words (BARE_HEADING)
    if mark.kind == "letter":
        expected = ord("a") if last_value is None else last_value + 1
        if last_value is not None and mark.value in _VIETNAMESE_NEXT_LETTERS.get(chr(last_value), ()):
            return True
        first = ord("a")
    else:
        expected = 1 if last_value is None else last_value + 1
        first = 1
    if mark.value == expected:
        return not (mid_sentence and last_value is None)
    if mark.kind == "number" and last_value is not None and mark.value == expected + 1:
        # One number left out by the author: "3. Cán bộ phụ trách …" then "5. Các Phó chủ tịch …" (a Kế
        # hoạch of UBMTTQ xã Lương Minh): a new item opening a sentence, not the words of item 3.
        return not wrapped and (next_char.isupper() or next_char == "*")
    if mark.kind == "roman" and (last_value is None or mark.value > last_value):
        return not mid_sentence  # a section left out of the copy: "II." then "V."; an excerpt
    return mark.value == first and not mid_sentence


class _B:
    """A node while the outline is built (plain and cheap; made a Node at the end)."""

    __slots__ = ("kind", "label", "title", "section_kind", "flat_start", "first", "last", "body_start", "children")

    def __init__(self, kind: str, label: str | None, flat_start: int, body_start: int, last: int, first: int | None = None):
        self.kind, self.label, self.flat_start, self.body_start = kind, label, flat_start, body_start
        self.first = last if first is None else first  # index of the node's first line, whose start opens it
        self.last = last  # index of the node's last line
        self.title: str | None = None
        self.section_kind: str | None = None
        self.children: list[_B] = []


# The opening of an article's title that charges bodies with its items (upper case): "Điều 11. Tổ chức thực hiện", "Điều
# 12. Trách nhiệm của Sở Nội vụ", "Điều 4. Hiệu lực và trách nhiệm thi hành", "Điều 3. Phân công …", "Điều 1. Ủy quyền Giám
# đốc Sở … thực hiện …"; or a title that joins the bodies' duties to another subject: "Điều 6. Quy trình, trách nhiệm của các
# địa phương, cơ quan, đơn vị đề xuất xét tặng". Not an organisation word inside a rule's title: "Điều 6. Khuyến khích thực
# hiện các hoạt động sau trong tổ chức lễ cưới" (QĐ 87/2025/QĐ-UBND of UBND tỉnh Lai Châu), "Điều 9. Tiếp nhận và phân công
# xử lý" (a step of a procedure, QĐ 2610/QĐ-UBND of UBND thành phố Cần Thơ).
ARTICLE_DUTIES_TITLE = re.compile(
    r"(?:(?:HIỆU LỰC|ĐIỀU KHOẢN)(?: THI HÀNH)? VÀ )?(?:TỔ CHỨC THỰC HIỆN|TỔ CHỨC TRIỂN KHAI|TRIỂN KHAI|THỰC HIỆN|PHÂN CÔNG"
    r"|TRÁCH NHIỆM|[ỦU][YỶ] QUYỀN|GIAO)(?![\wĐ])"
    r"|.{0,40}?(?:,|\sVÀ) TRÁCH NHIỆM CỦA\s"
)
# A title of responsibilities that are a rule of conduct, not the bodies' tasks (upper case): those of private persons,
# "Trách nhiệm của cá nhân, tổ chức có phản ánh kiến nghị" (QĐ 78/2025/QĐ-UBND of UBND tỉnh Bắc Ninh), "Trách nhiệm cá
# nhân trong quản lý, sử dụng Hệ thống thư điện tử công vụ" (QĐ 143/2025/QĐ-UBND of UBND tỉnh Đồng Tháp), "Quyền lợi, trách
# nhiệm của cá nhân được tặng danh hiệu"; or of who does an act the rules govern, not the instrument's execution: "Trách
# nhiệm tổ chức lễ tang" (QĐ 87/2025/QĐ-UBND), "Trách nhiệm tổ chức thi hành quyết định cưỡng chế" (NĐ 296/2025/NĐ-CP);
# and of businesses: "Trách nhiệm của tổ chức, doanh nghiệp Việt Nam, cá nhân là người Việt Nam có sản phẩm, dịch vụ công
# nghệ số được hưởng ưu đãi" (TT 34/2025/TT-BKHCN).
# ("Trách nhiệm tổ chức thực hiện", "Trách nhiệm tổ chức thi hành Quyết định này" are the execution's.)
RULE_DUTIES_TITLE = re.compile(
    r".{0,40}?TRÁCH NHIỆM (?:CỦA )?(?:CÁC )?(?:CÁ NHÂN|TỔ CHỨC, CÁ NHÂN|(?:TỔ CHỨC, )?DOANH NGHIỆP)(?![\wĐ])"
    r"|TRÁCH NHIỆM TỔ CHỨC (?!THỰC HIỆN|THI HÀNH(?:\s*$| (?:QUYẾT ĐỊNH|NGHỊ ĐỊNH|NGHỊ QUYẾT|THÔNG TƯ|QUY CHẾ|QUY ĐỊNH)"
    r"(?: NÀY)?\s*$))"
)


# The opening of an article's title that lists a body's duties (upper case): "Điều 2. Nhiệm vụ, quyền hạn", "Điều 3.
# Nhiệm vụ", "Điều 2. Chức năng, nhiệm vụ, quyền hạn và thành viên Ban Chỉ đạo". Not "Điều 1. Phê duyệt Nhiệm vụ lập Quy
# hoạch bảo quản, tu bổ, phục hồi …" (a Quyết định of Thủ tướng Chính phủ: the approved document's contents).
DUTIES_TITLE = re.compile(r"(?:VỊ TRÍ,? )?(?:CHỨC NĂNG,? (?:VÀ )?)?NHIỆM VỤ(?![\wĐ])")


def _article_kind(title: str) -> str | None:
    """Articles name a task list only by 'Tổ chức thực hiện'/'Trách nhiệm…'/'Nhiệm vụ…' in their
    first words: 'Điều 3. Trách nhiệm của các cơ quan' yes, 'Điều 3. Nội dung và mức chi' no. An organisation word
    that does not open the title (ARTICLE_DUTIES_TITLE), or a responsibility the rules set on private persons or on who
    does an act they govern (RULE_DUTIES_TITLE), names no task list."""
    head = title[:60]
    kind = section_kind(head)
    if kind == "content" and names_purpose(head):
        return None  # "Điều 2. Mục tiêu, nhiệm vụ" (a programme's articles): read as before, no task list
    if kind == "organisation":
        upper = mend_title(_SPACES.sub(" ", _MARKDOWN.sub(" ", head)).strip(" *_").upper())
        if ARTICLE_DUTIES_TITLE.match(upper) is None or RULE_DUTIES_TITLE.match(upper) is not None:
            return None
        return kind
    if kind == "content" and DUTIES_TITLE.match(_SPACES.sub(" ", _MARKDOWN.sub(" ", head)).strip(" *_").upper()):
        return kind
    return None


_NUMBERED_KINDS = {"roman": "heading", "part": "heading", "bare": "heading", "article": "article", "number": "item"}


def _repeated_heading(lines: list[Line], k: int, mark: _Mark, last_value: int | None, top: list[_B]) -> bool:
    """Whether a Roman numeral said twice opens a heading all the same: a numbering slip, when its
    title is in capitals and is not the last heading's ("**IV. PHÂN CÔNG NHIỆM VỤ**" … "**IV. TỔ" /
    "CHỨC THỰC HIỆN**", corpus 004: its items were read as the last task's text)."""
    if mark.kind != "roman" or last_value != mark.value:
        return False
    title, _ = _heading_title(lines, k, mark.body_at)
    if not _letters_upper(title) or len(title) < 4:
        return False
    before = next((b for b in reversed(top) if b.kind == "heading"), None)
    return before is not None and before.title != title


def _body_end(lines: list[Line], lo: int, sig: int, marks: list[_Mark | None]) -> int:
    """Where the body of lines[lo:sig] ends: after its end mark "./.", when lines follow it that no
    heading or article opens. They are the signature of an attached plan that has no "TM."/"KT." line
    ("… số liệu lớn./." / "**ỦY" / "BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH**") or a table after the body,
    not the last item's words (its doer was read off the issuer's name). A heading or an article after
    the mark (a Quyết định copied without its signature, its plan after it) keeps the body going."""
    for k in range(sig - 1, lo - 1, -1):
        mark = marks[k]
        if mark is not None and mark.level == 0:
            return sig
        t = lines[k].text
        if "./." in t and BODY_END_MARK.search(t):
            return k + 1
    return sig


# An article's title naming who executes the instrument, before the bodies it charges, which a copy joins to them:
# "**Điều 3.** / "Trách nhiệm tổ chức thực hiện**" / "Chánh Văn phòng Ủy ban nhân dân tỉnh; …" (QĐ 87/2025/QĐ-UBND of
# UBND tỉnh Lai Châu), "Điều 4. Tổ chức thực hiện", "Điều 3. Hiệu lực và trách nhiệm thi hành". Markup and a colon or a
# period after it allowed; a capital must follow (not "Tổ chức thực hiện tốt …", a sentence).
EXECUTION_TITLE = re.compile(
    r"[\s*_]*(?:Trách\s+nhiệm\s+(?:tổ\s+chức\s+)?(?:thực\s+hiện|thi\s+hành)|Tổ\s+chức\s+thực\s+hiện"
    rf"|(?:Hiệu\s+lực|Điều\s+khoản)(?:\s+và\s+trách\s+nhiệm)?\s+thi\s+hành)[\s*_]*[.:]?[\s*_]+(?=[{UPPER_LETTERS}])"
)


# An article's word alone on its line, its number opening the next (a web page's copy wraps there): "Điều" /
# "1. Ban hành kèm theo Quyết định này …" (QĐ 06/2015/QĐ-UBND of UBND tỉnh Lào Cai).
BARE_ARTICLE_WORD = re.compile(r"[\s|#>*_]*Điều[\s*_]*")
ARTICLE_NUMBER_LINE = re.compile(r"[\s*_]*(\d{1,3})\s*(?:\*+\s*)?[.:](?:[\s*]+|$)")


def _split_article(word_line: str, next_line: str) -> _Mark | None:
    """The article marker of a line holding only "Điều" whose number opens the next line; its body starts
    after the number (the flat text joins the two lines with one space)."""
    m = ARTICLE_NUMBER_LINE.match(next_line)
    if m is None:
        return None
    return _Mark("article", f"Điều {m.group(1)}", int(m.group(1)), len(word_line) + 1 + m.end(), 0)


# The most characters of an article's title written alone on the line after its marker.
_TITLE_LINE_CHARS = 100


def _title_line_after(lines: list[Line], marks: list[_Mark | None], k: int, close: int) -> bool:
    """Whether the line after an article marker with no words is its title: short, no sentence, and followed
    at once by a marked line (the article's first item, or the next article)."""
    if k + 2 >= close or marks[k + 1] is not None or marks[k + 2] is None:
        return False
    t = lines[k + 1].text
    return len(t) < _TITLE_LINE_CHARS and not _ends_sentence(t)


# A section heading written without a numeral, alone on its line in capitals, in a plan whose sections have none: "MỤC
# ĐÍCH, YÊU CẦU" / "1. …" / "NHIỆM VỤ, GIẢI PHÁP" / "1. …" / "TỔ CHỨC THỰC HIỆN" / "1. …", "**NHIỆM VỤ VÀ GIẢI PHÁP**", "##
# TỔ CHỨC THỰC HIỆN" (a copy that lost the Roman numerals, or a plan of a school or a commune that never had them). Only
# the words of such headings, whole: not a title in capitals ("TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI NĂM 2024").
_BARE_HEADING_WORD = (
    r"(?:MỤC ĐÍCH|YÊU CẦU|MỤC TIÊU|QUAN ĐIỂM|NHIỆM VỤ|GIẢI PHÁP|NỘI DUNG|TỔ CHỨC THỰC HIỆN|KINH PHÍ|THỜI GIAN"
    r"|CHẾ ĐỘ BÁO CÁO|PHÂN CÔNG (?:NHIỆM VỤ|TRÁCH NHIỆM))"
)
BARE_HEADING = re.compile(
    rf"[\s|#>*_]*{_BARE_HEADING_WORD}(?:\s*(?:,|VÀ)\s*{_BARE_HEADING_WORD})*"
    r"(?:\s+(?:CHỦ YẾU|TRỌNG TÂM|CỤ THỂ|THỰC HIỆN))?[\s*_:.]*"
)
# Words one of which every BARE_HEADING line holds: found by str.find before its lines are looked at.
_BARE_HEADING_ANCHORS = (
    "MỤC ĐÍCH", "YÊU CẦU", "MỤC TIÊU", "QUAN ĐIỂM", "NHIỆM VỤ", "GIẢI PHÁP", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN", "KINH PHÍ",
    "THỜI GIAN", "CHẾ ĐỘ BÁO CÁO", "PHÂN CÔNG",
)
# How many such headings a part needs: one alone may be a phrase in capitals, not an outline.
_BARE_HEADINGS_MIN = 2
_BARE_HEADING_CHARS = 70


def _bare_headings(lines: list[Line], lo: int, sig: int, marks: list[_Mark | None], original: str) -> list[int]:
    """The lines of lines[lo:sig] that are unnumbered section headings (BARE_HEADING), when there are
    _BARE_HEADINGS_MIN of them at least and no line of the part has a heading's or an article's marker."""
    if sig <= lo or any(m is not None and m.level == 0 for m in marks[lo:sig]):
        return []
    found = []
    for k in _lines_holding(lines, original, _BARE_HEADING_ANCHORS, lo, sig):
        t = lines[k].text
        if marks[k] is None and len(t) <= _BARE_HEADING_CHARS and BARE_HEADING.fullmatch(t):
            found.append(k)
    return found if len(found) >= _BARE_HEADINGS_MIN else []


# The most characters of a heading's words wrapped onto the next line in lower case ("III. Tổ chức" / "thực hiện").
_WRAPPED_TITLE_CHARS = 60


def _wrapped_title(lines: list[Line], marks: list[_Mark | None], j: int, close: int, title: str) -> tuple[str, str] | None:
    """The title and kind of a heading whose words in lower case run onto the next line and only then name its kind:
    "III. Tổ chức" / "thực hiện" -> ("Tổ chức thực hiện", "organisation") (a PDF's line break in a heading not set in
    capitals). None when the next line is marked, opens a capital, is long, or the joined words name no kind."""
    if j + 1 >= close or marks[j + 1] is not None or _ends_sentence(lines[j].text):
        return None
    nxt = lines[j + 1].text
    if len(nxt) > _WRAPPED_TITLE_CHARS or not nxt.lstrip(" *_")[:1].islower():
        return None
    joined = " ".join(_MARKDOWN.sub(" ", f"{title} {nxt}").split()).strip(" .:-–")
    kind = section_kind(joined)
    return (joined, kind) if kind is not None else None


def _continues_numbering(
    mark: _Mark, parent: _B | None, last_value: int | None, heading_items: int, next_char: str, prev_ends: bool
) -> bool:
    """Whether the first numbered item under a heading goes on with the numbers of the items under the heading before:
    "I. MỤC ĐÍCH, YÊU CẦU" / "1. …" / "2. …" / "II. NỘI DUNG" / "3. Tổ chức tuyên truyền …" (a plan numbering its
    items through its sections), its words opening with a capital."""
    if mark.kind != "number" or last_value is not None or parent is None or parent.kind != "heading":
        return False
    if not (next_char.isupper() or next_char == "*"):
        return False
    # The items of a heading go on with those before, or its first item's number was lost (a PDF's text: "II. NỘI DUNG" /
    # "Tổ chức tuyên truyền …." / "2. Tổ chức kiểm tra …"): its second item opens its list, after a sentence's end.
    return (heading_items > 0 and mark.value == heading_items + 1) or (mark.value == 2 and prev_ends)


def _build_part(
    lines: list[Line], lo: int, sig: int, hi: int, texts: list[str], firsts: list[str], original: str
) -> tuple[list[_B], int, int]:
    marks: list[_Mark | None] = [None] * len(lines)
    marked: list[int] = []  # the indexes of the lines with a marker, in order
    number_taken = -1  # the line whose number an article word alone on the line before took
    # Only the lines whose first character may open a marker (_MARK_LINE_FIRST, picked by maps
    # over C functions) are looked at: _maybe_marked(t), with its test of a line that opens
    # without markup done inline (no call for most lines; the character sets are disjoint).
    for k in compress(count(lo), map(_MARK_LINE_FIRST.__contains__, firsts[lo:sig])):
        if k == number_taken:
            continue
        t = texts[k]
        c = t[0]
        if (
            c in _MARK_FIRST
            or (c in _LETTERS and t[1:2] in _LETTER_MARK_ENDS)
            or (c in _NO_MARKUP and _maybe_marked(t))
            or (c in _PART_FIRST and (t[1:2] in _AFTER_PART_LETTER or t.startswith(_PART_WORDS)))
        ):
            mark = marks[k] = _read_mark(t)
            if mark is None and len(t) < 12 and k + 1 < sig and BARE_ARTICLE_WORD.fullmatch(t):
                mark = marks[k] = _split_article(t, texts[k + 1])
                if mark is not None:
                    number_taken = k + 1  # its number is the article's
            if mark is not None:
                marked.append(k)
    bare = _bare_headings(lines, lo, sig, marks, original)
    if bare:
        for n, k in enumerate(bare, 1):
            t = texts[k]
            marks[k] = _Mark("bare", None, n, len(t) - len(t.lstrip(_LEADING_MARKUP_CHARS)), 0)
        marked = sorted(marked + bare)
    sig = _body_end(lines, lo, sig, marks)
    close = _closing_start(lines, lo, sig, marks, original)

    top: list[_B] = []
    stack: list[tuple[int, _B]] = []  # (level, node): the open nodes, outermost first
    last: dict[tuple[int, str], int] = {}  # last sibling value per (parent, marker kind)
    heading_items = 0  # the number of the last item read under a heading (_continues_numbering)
    current: _B | None = None
    k = lo
    while k < close:
        mark = marks[k]
        if mark is None:
            # A run of lines without a marker, up to the next marked line, continues the node before it
            # (or opens the preamble): one step for the run, where a step per line set the same ``last``.
            j = bisect_left(marked, k)
            end = min(marked[j], close) if j < len(marked) else close
            if current is None:
                current = _B("preamble", None, lines[k].flat_start, lines[k].flat_start, k)
                top.append(current)
            current.last = end - 1
            for _, anc in stack:
                anc.last = end - 1
            k = end
            continue
        line = lines[k]
        if mark is not None and (mark.level <= 1 or (stack and current is not None)):
            prev = lines[k - 1].text if k > lo else None
            st = [s for s in stack if s[0] < mark.level]
            parent = st[-1][1] if st else None
            key = (0, mark.kind) if mark.level == 0 else (id(parent), mark.kind)
            nxt = line.text[mark.body_at : mark.body_at + 1]
            if mark.kind == "letter" and mark.body_at > len(line.text):
                # A letter alone on its line (LETTER_LINE): its words are the next line's, which opens with a capital,
                # and the line before ends a sentence or is marked (not "… theo điểm" / "a)" / "…", a reference wrapped),
                # or a blank line parts them: "1." / "Sở Nông nghiệp và Môi trường" / "" / "a)" / "Chủ trì phối hợp …" (the
                # Quy định of QĐ 96/2025/QĐ-UBND of UBND tỉnh Quảng Ninh: a khoản that is only a body's name).
                nxt = lines[k + 1].text.lstrip(" *_")[:1] if k + 1 < close and marks[k + 1] is None else ""
                if not nxt.isupper() or (
                    prev is not None and marks[k - 1] is None and not _ends_sentence(prev)
                    and original.count("\n", lines[k - 1].end, lines[k].start) < 2
                ):
                    mark = None
            if mark is not None and mark.kind == "dash" and prev is not None and _splits_name(prev, line.text[mark.body_at :]):
                mark = None  # "Giám đốc các Sở: Lao động" / "- Thương binh và Xã hội, …": one name, not a bullet
            if (
                mark is not None and mark.kind == "article" and prev is not None and marks[k - 1] is None
                and ARTICLE_NUMBER_STOP.search(line.text, 0, mark.body_at) is None
                and INSTRUMENT_AFTER_ARTICLE.match(line.text, mark.body_at) is not None and not _ends_sentence(prev)
            ):
                mark = None  # "… trong các văn bản quy phạm pháp luật tại" / "Điều 1 Quyết định này khác với …": a reference
            if (
                mark is not None and mark.kind == "number" and prev is not None and marks[k - 1] is None
                and NUMBERED_WORD_END.search(prev[-12:]) is not None
            ):
                mark = None  # "… theo quy định tại Khoản" / "3 - Điều 61 Luật Lâm nghiệp …": the khoản's number, wrapped
            if mark is not None and (
                _accepts(mark, prev, nxt, last.get(key))
                or _repeated_heading(lines, k, mark, last.get(key), top)
                or _continues_numbering(
                    mark, parent, last.get(key), heading_items, nxt, prev is not None and _ends_sentence(prev)
                )
            ) and (
                mark.kind != "roman"
                or _letters_upper(line.text[mark.body_at :][:40])
                or "**" in line.text
                or last.get(key) is not None
                or len(line.text) < 90
            ):
                last[key] = mark.value
                if mark.kind == "number" and parent is not None and parent.kind == "heading":
                    heading_items = mark.value
                kind = _NUMBERED_KINDS.get(mark.kind, "subitem")
                n = _B(kind, mark.label, line.flat_start, line.flat_start + mark.body_at, k)
                if kind in ("heading", "article"):
                    if mark.body_at > len(line.text):  # "Điều" / "3. Tổ chức thực hiện": the title is on the next line
                        title, j = _heading_title(
                            lines, k + 1, mark.body_at - len(line.text) - 1, line.text.count("**") % 2 == 1
                        )
                    else:
                        title, j = _heading_title(lines, k, mark.body_at)
                    if not title and kind == "article" and _title_line_after(lines, marks, k, close):
                        # "Điều 2." / "Trách nhiệm đối với công tác văn thư" / "1. Thủ trưởng các cơ quan, …" (a
                        # Quy định of UBND tỉnh Bình Phước): the line between the marker and the items is the title.
                        title, j = _heading_title(lines, k + 1, 0)
                    if kind == "heading":
                        n.title, n.section_kind = title, section_kind(title)
                        if n.section_kind is None and (wrapped := _wrapped_title(lines, marks, j, close, title)):
                            n.title, n.section_kind = wrapped
                            j += 1
                    else:
                        n.title = title
                        n.section_kind = _article_kind(title)
                    n.last = k = j
                    # A new heading restarts the numbering of the items below it.
                for _, anc in st:
                    anc.last = n.last
                stack = st + [(mark.level, n)]
                (top if parent is None else parent.children).append(n)
                current = n
                k += 1
                continue
        if current is None:
            current = _B("preamble", None, line.flat_start, line.flat_start, k)
            top.append(current)
        else:
            current.last = k
            for _, anc in stack:
                anc.last = k
        k += 1
    if close < sig:
        c = _B("closing", None, lines[close].flat_start, lines[close].flat_start, sig - 1, close)
        top.append(c)
    if sig < hi:
        s = _B("signature", None, lines[sig].flat_start, lines[sig].flat_start, hi - 1, sig)
        top.append(s)
    return top, lo, hi


def _freeze(b: _B, text: Text, lines: list[Line]) -> Node:
    ln = lines[b.last]
    fe = ln.flat_start + len(ln.text)
    # A node runs from its first line's start to its last line's end, and within a line the flat text and the
    # original run alike: its original span is those lines' offsets (text.original_span, without its bisections).
    start, end = lines[b.first].start, ln.end
    return Node(
        kind=b.kind,
        label=b.label,
        title=b.title,
        section_kind=b.section_kind,
        flat_start=b.flat_start,
        flat_end=fe,
        body_start=min(b.body_start, fe),
        start=start,
        end=end,
        # Most nodes are leaves: no list comprehension is run for them.
        children=[_freeze(c, text, lines) for c in b.children] if b.children else [],
    )


def outline(text: Text) -> Outline:
    """The outline of a document (see the module doc)."""
    lines = text.lines
    texts = list(map(_line_text, lines))
    firsts = list(map(_first_character, texts))
    nodes: list[Node] = []
    for idx, (lo, sig, hi) in enumerate(_split_parts(texts, firsts)):
        part, _, _ = _build_part(lines, lo, sig, hi, texts, firsts, text.original)
        frozen = [_freeze(b, text, lines) for b in part]
        if idx == 0:
            nodes.extend(frozen)
        elif frozen:
            fs, fe = frozen[0].flat_start, frozen[-1].flat_end
            start, end = frozen[0].start, frozen[-1].end  # (text.original_span(fs, fe), see _freeze)
            nodes.append(
                Node(
                    kind="attachment", label=None, title=None, section_kind=None, flat_start=fs, flat_end=fe,
                    body_start=fs, start=start, end=end, children=frozen,
                )
            )
    return Outline(nodes=nodes)


# The addressee line of a letter (Công văn): "Kính gửi:", "**Kính gửi: **Các sở, ban, ngành".
ADDRESS_LINE = re.compile(r"[\s|#>*_]*Kính\s*gửi")
# Openings of the paragraphs of a letter that cite, not direct: "Căn cứ …", "Thực hiện Công văn số …",
# "Xét báo cáo, đề xuất của Sở Xây dựng …" (corpus 043), "Theo đề nghị của …".
LETTER_CITING_OPENING = re.compile(r"[\s*_|]*(?:Căn\s+cứ|Cân\s+cứ|Thực\s+hiện|Triển\s+khai|Xét|Theo\s+đề\s+nghị)(?![\wđ])")
# Where the directing clause of a citing paragraph may start: after a semicolon or a comma ("Thực hiện Văn bản số
# 7840/BKHĐT-GSTĐĐT … của Bộ Kế hoạch và Đầu tư …; Chủ tịch UBND tỉnh giao Sở Kế hoạch và Đầu tư chủ trì, … báo cáo
# UBND tỉnh trước ngày 05/01/2022", a Công văn of UBND tỉnh Hải Dương), when a body and its directive verb follow
# (CITING_THEN_VERB).
CITING_THEN = re.compile(rf"[;,]\s+(?=[{UPPER_LETTERS}])")
CITING_THEN_VERB = re.compile(r"[\s*_]*(?:giao|yêu\s+cầu|đề\s+nghị|chỉ\s+đạo)(?![\wđ])")
# A bullet opening an addressee line under "Kính gửi:": "- Các sở, ban, ngành;", "+ UBND các huyện".
_ADDRESSEE_BULLET = frozenset("-–+•")
# The end of a paragraph on a line: "… năm 2019.", "… như sau:", "… xã;".
_LINE_ENDS_PARAGRAPH = re.compile(r"[.;:!?][\s*_”\"')]*$")
# How many lines after the first one "Kính gửi" is looked for (it sits under the title, below a web-library page's
# chrome of some 70 lines: "Số hiệu:" / "Loại văn bản:" … in the letters of ministries as thuvienphapluat pages).
_ADDRESS_LINE_SPAN = 120


# What is not part of an addressee's name on its line: the label, bullets, markup, the closing mark.
# A line that goes on with the name of the line before: it opens in lower case ("ban nhân dân các tỉnh, …",
# "quản lý nhà nước thuộc Bộ;"), not with a bullet, a number or a capital.
WRAPPED_NAME = re.compile(rf"[\s*_]*[{LOWER_LETTERS}]")
# The rest of a bulleted addressee's name on the next line, closing its entry: "Chính phủ;", "Trung ương." (a few words,
# no bullet; ``letter_addressees``).
WRAPPED_LIST_TAIL = re.compile(r"[\s*_]*[^\s\-–+•|*_][^.;:|]{0,40}[;.][\s*_]*$")
# The address label with no name after it on its line: "**Kính gửi:**" (``letter_addressees``).
ADDRESS_LABEL_ONLY = re.compile(r"[\s|#>*_]*Kính\s*gửi\s*:?[\s*_]*$")
# A line that only closes one table cell and opens the next: "|".
TABLE_CELL_LINE = re.compile(r"\s*\|\s*$")
_ADDRESSEE_TRIM = re.compile(r"^[\s|#>*_]*(?:Kính\s*gửi\s*:?)?[\s*_\-–+•]*|[\s*_;,.]+$")


def _address_line(text: Text, doc: Outline) -> int | None:
    """The index in text.lines of a letter's "Kính gửi" line, within its preamble."""
    pre = next((n for n in doc.nodes if n.kind == "preamble"), None)
    if pre is None:
        return None
    lines = text.lines
    k = next((j for j, ln in enumerate(lines) if ln.flat_start >= pre.flat_start), len(lines))
    stop = k + _ADDRESS_LINE_SPAN
    while k < len(lines) and k < stop and lines[k].flat_start < pre.flat_end:
        if ADDRESS_LINE.match(lines[k].text):
            return k
        k += 1
    return None


def letter_addressees(text: Text, doc: Outline) -> list[str]:
    """The bodies a letter is addressed to, as written: "Kính gửi:" / "- Ủy ban bầu cử các huyện, thành
    phố;" / "- Ủy ban bầu cử các xã, phường, thị trấn." -> both lines; "Kính gửi: Các Đảng bộ trực thuộc
    Huyện ủy." -> one. [] when the document is no letter."""
    k = _address_line(text, doc)
    if k is None:
        return []
    lines = text.lines
    texts = [lines[k].text]
    k += 1
    if k + 1 < len(lines) and ADDRESS_LABEL_ONLY.match(texts[0]) and TABLE_CELL_LINE.match(lines[k].text):
        # The label alone in its table cell, the names in the next cell: "**Kính gửi:**" / "|" / "- Các bộ, cơ quan ngang bộ,
        # cơ quan thuộc" / "Chính phủ;" / "- Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương." / "|" (the letters of
        # ministries and cities as web-library pages give them).
        k += 1
    while k < len(lines):
        line = lines[k].text
        if line[:1] in _ADDRESSEE_BULLET or not MARKUP_ONLY.search(line):
            texts.append(line)
        elif WRAPPED_NAME.match(line) and not _LINE_ENDS_PARAGRAPH.search(texts[-1]):
            # A name the copy broke across lines: "**Kính gửi:** Ủy" / "ban nhân dân các tỉnh, thành phố trực thuộc trung
            # ương" (CV 17809/BTC-CTK), "- Các cơ quan tham mưu" / "quản lý nhà nước thuộc Bộ;" (CV 6225/BVHTTDL-VP).
            texts[-1] = f"{texts[-1].rstrip()} {line.strip()}"
        elif (
            texts[-1].lstrip(" *_")[:1] in _ADDRESSEE_BULLET and not _LINE_ENDS_PARAGRAPH.search(texts[-1])
            and WRAPPED_LIST_TAIL.match(line)
        ):
            # A bulleted name broken before a capital, its line closing the entry: "- Các bộ, cơ quan ngang bộ, cơ quan
            # thuộc" / "Chính phủ;" (CV of Bộ Nội vụ as a web-library page).
            texts[-1] = f"{texts[-1].rstrip()} {line.strip()}"
        else:
            break
        k += 1
    # One line may list several, cut by semicolons: "Kính gửi: Các sở, ban ngành; UBND các huyện, thành phố."
    # The honorific before one office-holder is no part of the name: "Kính gửi: Đồngchí Giám đốc Công an thành
    # phố Hà Nội" -> "Giám đốc Công an thành phố Hà Nội" (names.HONORIFIC).
    return [_without_honorific(n) for t in texts for piece in t.split(";") if (n := _ADDRESSEE_TRIM.sub("", piece))]


def _without_honorific(name: str) -> str:
    """'Đồngchí Giám đốc Công an thành phố' -> 'Giám đốc Công an thành phố' (names.HONORIFIC at its start)."""
    if name[:2].lower() in ("đồ", "đ/") and (h := HONORIFIC.match(name)) is not None:
        return name[h.end() :]
    return name


def _directing_after_citation(flat: str, lo: int, hi: int) -> int | None:
    """Where the directing clause of a citing paragraph starts in flat[lo:hi] (CITING_THEN): a body named after a
    semicolon or a comma, then its directive verb ("…; Chủ tịch UBND tỉnh giao Sở …"); None when there is none."""
    for m in CITING_THEN.finditer(flat, lo, hi):
        got = name_at(flat, m.end(), hi)
        if got is not None and CITING_THEN_VERB.match(flat, got[1], hi):
            return m.end()
    return None


def letter_body_spans(text: Text, doc: Outline) -> list[tuple[int, int]]:
    """Flat spans of a letter's directing paragraphs that the outline reads as its preamble: a Công văn
    without numbered items runs its body in paragraphs after "Kính gửi:" and its addressees ("Chủ tịch
    UBND tỉnh yêu cầu …", "… đề nghị các cơ quan, đơn vị … gửi về Phòng Văn hóa và Thông tin để tổng
    hợp, báo cáo UBND huyện trước ngày 15/9/2019"), only the last of which the outline reads as the
    closing. Paragraphs that cite (LETTER_CITING_OPENING) stay out. [] for any other document."""
    pre = next((n for n in doc.nodes if n.kind == "preamble"), None)
    k = _address_line(text, doc)
    if pre is None or k is None:
        return []
    lines = text.lines
    k += 1
    while k < len(lines) and (lines[k].text[:1] in _ADDRESSEE_BULLET or not MARKUP_ONLY.search(lines[k].text)):
        k += 1  # the addressees, one a line, and the table bars around them ("|")
    spans: list[tuple[int, int]] = []
    keep = False
    prev_ends = True
    citing_from: int | None = None  # where a citing paragraph's directing clause is looked for
    while k < len(lines) and lines[k].flat_start < pre.flat_end:
        ln = lines[k]
        if not MARKUP_ONLY.search(ln.text):  # a table bar, "** **": layout between paragraphs
            prev_ends, keep = True, False
            k += 1
            continue
        if prev_ends:  # a paragraph opens here
            keep = LETTER_CITING_OPENING.match(ln.text) is None
            citing_from = None if keep else ln.flat_start
            if keep:
                spans.append((ln.flat_start, ln.flat_start))
        if not keep and citing_from is not None:
            # A citing paragraph whose directing clause follows its citation: kept from that clause's subject.
            directing = _directing_after_citation(text.flat, citing_from, ln.flat_start + len(ln.text))
            if directing is not None:
                keep, citing_from = True, None
                spans.append((directing, directing))
            else:
                citing_from = max(citing_from, ln.flat_start - 2)
        if keep:
            spans[-1] = (spans[-1][0], min(ln.flat_start + len(ln.text), pre.flat_end))
        prev_ends = _LINE_ENDS_PARAGRAPH.search(ln.text) is not None
        k += 1
    return spans
