"""The spans of a document whose instruments it implements: its title and its preamble's
implementing paragraphs ("Thực hiện …", "Căn cứ …"), a letter's paragraphs after "Kính gửi", and a
plan's "CĂN CỨ PHÁP LÝ" section; and the headings and lines that end a preamble.
"""

from __future__ import annotations

import re

from vanban.loaders import codes
from vanban.loaders.citation_issuers import canonical_issuer
from vanban.loaders.citation_mentions import mask
from vanban.loaders.header import header_start
from vanban.loaders.citation_patterns import CAP_TYPE_WORD, TYPE_WORD, phrase_alternation
from vanban.loaders.letters import LOWER_LETTERS, UPPER_LETTERS
from vanban.loaders.names import is_all_caps
from vanban.loaders.records import Header
from vanban.loaders.text import Text


# The type words of two words and more in capitals, written without their spaces: "BÁOCÁO", "KẾHOẠCH".
_GLUED_UPPER_TYPES = "|".join(
    re.escape(w.upper().replace(" ", "")) for w in sorted(codes.TYPE_WORDS, key=len, reverse=True) if " " in w
)
# The heading line that gives the document's type: "KẾ HOẠCH", "**KẾ HOẠCH**", "NGHỊ QUYẾT"; not the enacting
# words that close a decision's preamble, "QUYẾT ĐỊNH:" / "**QUYẾT ĐỊNH:**" (a web copy that drops the heading
# keeps them: its "Căn cứ …" lines come before them, not after).
TYPE_HEADING = re.compile(
    rf"^[\s*#|_]*(?:{phrase_alternation(codes.TYPE_WORDS, upper=True)})(?![\w])(?![\s*_]*:)[\s*#|_]*"
    # An OCR copy that ran the heading's words together: "BÁOCÁOKIỂMTRA" (its type glued, then its next word), "KẾHOẠCH".
    rf"|^[\s*#|_]*(?:{_GLUED_UPPER_TYPES})(?:(?=[{UPPER_LETTERS}])|[\s*#|_]*$)"
)
# Those enacting words, or the first article they open: "QUYẾT ĐỊNH:", "**QUYẾT NGHỊ:**", "Điều 1. Ban hành …".
# The type heading is looked for above them only: below is the body, or a plan attached to the decision ("KẾ
# HOẠCH / TRIỂN KHAI THI HÀNH LUẬT … (Kèm theo Quyết định số 1589/QĐ-TTg …)"), whose heading is not the document's.
ENACTING_LINE = re.compile(
    rf"^[\s*#|_]*(?:(?:{phrase_alternation(codes.TYPE_WORDS, upper=True)}|QUYẾT\s+NGHỊ)[\s*_]*:|Điều\s+1\s*[.:])"
)
# A section heading that ends the preamble: "I. MỤC ĐÍCH, YÊU CẦU", "**I. MỤC ĐÍCH**", "Điều 1.";
# not a letter's subject line "V/v hướng dẫn đánh giá, xếp loại …".
SECTION_HEADING = re.compile(
    rf"^[\s*#|_]*(?:(?![Vv]/[Vv](?!\w))[IVX]{{1,5}}\s*[.)/]|{phrase_alternation(codes.PREAMBLE_END_WORDS)}"
    # An arabic number before a word in capitals, as plans without roman numerals head their sections:
    # "1. MỤC ĐÍCH, YÊU CẦU", "**2. NỘI DUNG**" (and "1. UBND các xã …", the body's first item).
    rf"|\d{{1,2}}\s*[.)]\s*\**\s*[{UPPER_LETTERS}]{{2,}}(?![{LOWER_LETTERS}])"
    # … or before a section's name in any case: "1. Mục đích, yêu cầu", "A. Nội dung".
    rf"|(?:\d{{1,2}}|[A-ZĐ])\s*[.)]\s*\**\s*(?i:{phrase_alternation(codes.SECTION_NAMES)})(?!\w))"
)
# The first item of a body numbered without a section heading, which ends the preamble: "**1. Thủ trưởng
# các sở, ban, ngành tỉnh; …**", "a) Thực hiện nghiêm việc cải cách …" (corpus 035, a Chỉ thị whose items
# follow its preamble directly). Not an opening numbered as an item, nor an instrument listed after one:
# "1. Căn cứ Luật …", "2. Nghị quyết số 57-NQ/TW …" under "Căn cứ các văn bản sau:".
BODY_ITEM_LINE = re.compile(
    rf"^[\s*#|_]*(?:\d{{1,2}}\s*[.)]|[a-zđ]\))\s*\**\s*"
    rf"(?!(?:{phrase_alternation(codes.IMPLEMENTING_OPENINGS + codes.OTHER_OPENINGS)}|{CAP_TYPE_WORD})(?!\w))[{UPPER_LETTERS}]"
)
# The end of the sentence that closes a preamble, at the end of its line: "…, Sở Y tế xây dựng Kế hoạch
# triển khai như sau:", "… hướng dẫn như sau: " (markdown emphasis blanked).
PREAMBLE_CLOSE = re.compile(r"(?<!\w)(?i:như\s+sau)\s*:[\s*_]*$")
# The heading of a plan's section that lists its legal grounds in place of a "Căn cứ …" preamble (a
# whole line, no number in it): "I. CĂN CỨ PHÁP LÝ XÂY DỰNG KẾ HOẠCH", "**I. CĂN CỨ XÂY DỰNG KẾ
# HOẠCH**", "1. Căn cứ pháp lý", "I. CƠ SỞ PHÁP LÝ", a school's "I. Căn cứ xây dựng kế hoạch." (its period kept).
# Its items ("- Luật Dược số 105/2016/QH13;", "- Quyết định số 4041/QĐ-BYT …") are read as the preamble's; not
# "II. CĂN CỨ THỰC TIỄN" (the situation). A section's letter ("A.") is a plain capital: no accented letter numbers one.
GROUNDS_HEADING = re.compile(
    r"^[\s*#|_]*(?:[IVX]{1,5}|\d{1,2}|[A-Z])\s*[.)]\s*\**\s*"
    r"(?:CĂN\s+CỨ|Căn\s+cứ|CƠ\s+SỞ\s+PHÁP\s+LÝ|Cơ\s+sở\s+pháp\s+lý)(?!\s+(?i:thực\s+tiễn|tình\s+hình))"
    r"(?:\s+[^\d\n;:.]{1,60}?)?\s*[:.]?[\s*_]*$"
)
# A sub-heading of that section that no longer lists grounds: "2. Căn cứ thực tiễn", "b) Cơ sở thực tiễn".
GROUNDS_END = re.compile(r"^[\s*#|_]*(?:\d{1,2}|[a-zđ])\s*[.)]\s*\**\s*(?i:căn\s+cứ|cơ\s+sở)\s+(?i:thực\s+tiễn|tình\s+hình)")
# The most lines read for that section's items.
_GROUNDS_LINES = 40
# The addressee line of a letter (Công văn): its "Căn cứ …" paragraphs follow the addressees.
# "**Kính gửi: **Ủy ban nhân dân phường, xã và đặc khu", "**Kính gửi:**".
ADDRESS_LINE = re.compile(r"^[\s*#|_]*Kính gửi")
# The lines searched for a letter's "Kính gửi" line below a page's summary, and its word (found by ``str.find``).
_LETTER_LINES = 150
_ADDRESS_WORD = "gửi"
# Lines read after "Kính gửi" for the first "Căn cứ"/"Thực hiện" paragraph (the addressee list).
_ADDRESS_LINES = 15
# An addressee listed as an item, which does not count in those lines: a district's letter lists its twenty
# communes one a line ("- Ủy ban nhân dân xã An Bình;") before "Thực hiện Công văn số …".
ADDRESSEE_ITEM = re.compile(r"^[\s*_|]*[-+–•]\s*\S")
# The most lines read after "Kính gửi" when they are items.
_ADDRESS_ITEM_LINES = 80
# The end of a paragraph on a line: "… năm 2019;", "… đặc khu:", "**".
_PARAGRAPH_END = re.compile(r"[.;:][\s*_]*$")
# A line that separates the title from the preamble: "___________", "-------".
SEPARATOR_LINE = re.compile(r"^[\s_\-–=*|]+$")
# "Thi hành" (carry out) opening a paragraph that implements the instrument it names: "Thi hành Quyết định số
# 212/QĐ-CTN ngày 23/2/2010 của Chủ tịch nước về việc truy tặng …" (a Sở's letter), "Thi hành Nghị định số
# 115/2003/NĐ-CP …, Bộ Nội vụ hướng dẫn …" (a Thông tư). Only before a type word, and not in a quoted title
# ("Quy định số 24-QĐ/TW … về “Thi hành Điều lệ Đảng”") nor a body's name ("Cục Thi hành án dân sự tỉnh").
CARRY_OUT = rf"(?<![“\"'])Thi\s+hành(?=\s+(?:{CAP_TYPE_WORD})(?!\w))"
# "Căn cứ" written without its "cứ" by a slip, before a capitalised type word: "Căn Thông tư số 25/2020/TT-BGDĐT ngày
# 26/8/2020 …;" between two "Căn cứ …;" lines of a school's letter (not "Căn hộ …").
CUT_BASIS = rf"Căn(?=\s+(?:{CAP_TYPE_WORD})(?!\w))"
_CUT_BASIS_WORD = "Căn"
# An opening of a preamble paragraph: "Thực hiện Kế hoạch …", "Căn cứ Luật …", "Xét Tờ trình …",
# glued "Thực hiệnKế hoạch".
OPENING = re.compile(
    rf"(?<!\w)(?P<open>{phrase_alternation(codes.IMPLEMENTING_OPENINGS + codes.OTHER_OPENINGS)}|{CARRY_OUT}|{CUT_BASIS})"
    rf"(?:(?!\w)|(?=[{UPPER_LETTERS}]))"
)
_OPENINGS_IMPLEMENTING = {*codes.IMPLEMENTING_OPENINGS, "Thi hành", _CUT_BASIS_WORD}
# A purpose clause that carries out the instruments it names right after its verb, as a directive's preamble
# writes it: "Để tiếp tục thực hiện nghiêm Chỉ thị số 05/CT-TTg ngày 18/5/2022 của Thủ tướng Chính phủ …" (a
# Chỉ thị of a province), "Để thực hiện có hiệu quả Kế hoạch số …". Not "Để thực hiện thắng lợi Nghị quyết Đại
# hội …" (a goal: no type word follows the verb). Implementing only with DIRECTIVE_CLOSE (see _purpose_stop).
# Also opened by "Nhằm": "Nhằm thực hiện tốt Kế hoạch số 45/KH-UBND … của UBND huyện …, UBND xã xây dựng Kế hoạch
# như sau:". The verb may follow "quán triệt và" or "tổ chức" ("Để quán triệt và thực hiện nghiêm Chỉ thị số …", "Để tổ
# chức thực hiện nghiêm …") and be qualified by several manners ("Để thực hiện nghiêm túc, có hiệu quả Chỉ thị số …",
# "Để tiếp tục thực hiện nghiêm túc và hiệu quả …"; CARRY_OUT_MANNER).
CARRY_OUT_MANNER = (
    r"(?:nghiêm(?:\s+túc)?|tốt|(?:có\s+)?hiệu\s+quả|đầy\s+đủ|kịp\s+thời|đồng\s+bộ|quyết\s+liệt|triệt\s+để|thống\s+nhất)"
)
PURPOSE_CARRY_OUT = re.compile(
    r"(?:Để|Nhằm)\s+(?:tiếp\s+tục\s+)?(?:quán\s+triệt(?:\s*,\s*|\s+và\s+)|tổ\s+chức\s+)?thực\s+hiện\s+"
    rf"(?:{CARRY_OUT_MANNER}(?:\s*,\s*|\s+và\s+|\s+))*"
    rf"(?=(?:{CAP_TYPE_WORD})(?!\w))"
)
# The main clause that closes such a purpose clause with the issuer's own directive, up to its colon: ", Ủy ban
# nhân dân tỉnh yêu cầu:", ", Chủ tịch UBND tỉnh chỉ thị:", ", UBND huyện đề nghị các cơ quan, đơn vị thực hiện
# tốt một số nội dung sau:" (the name is checked against the document's issuer); or with the issuer's own plan
# made for it: ", Ủy ban nhân dân xã xây dựng Kế hoạch như sau:", ", UBND huyện ban hành Kế hoạch thực hiện cụ thể
# như sau:".
DIRECTIVE_CLOSE = re.compile(
    rf",\s+(?P<name>[{UPPER_LETTERS}][^,;:.()“”\"]{{1,90}}?)\s+"
    rf"(?:yêu\s+cầu|chỉ\s+thị|đề\s+nghị|(?:xây\s+dựng|ban\s+hành)\s+(?i:{TYPE_WORD})(?!\w))(?:\s[^;:.]{{0,120}})?:"
)
# The chair's title before a body's name in DIRECTIVE_CLOSE.
_CHAIR = "Chủ tịch "
# The verbs of DIRECTIVE_CLOSE, found by ``str.find`` before the pattern is tried.
_DIRECTIVE_VERBS = (" yêu cầu", " chỉ thị", " đề nghị", " xây dựng", " ban hành")


# The main clause that closes a plan's preamble by naming what the plan carries out: "… để đạt được các mục tiêu …
# theo Nghị quyết số 21-NQ/TW và Chỉ thị số 27/CT-TTg. Ủy ban nhân dân thành phố Cần Thơ ban hành Kế hoạch thực hiện
# Chỉ thị số 27/CT-TTg ngày 15 tháng 8 năm 2024 của Thủ tướng Chính phủ về việc …, cụ thể như sau:" (corpus 024),
# "UBND thành phố Hà Nội ban hành Kế hoạch “Triển khai thực hiện Nghị quyết số 214/NQ-CP …”, cụ thể như sau:" (corpus
# 020), "… ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW …", "UBND huyện xây dựng Kế hoạch triển
# khai Kế hoạch số 45/KH-UBND … như sau:". The document says itself what it carries out, with or without a "Thực hiện
# …" paragraph or a title naming it. Only before a capitalised type word (not "ban hành Kế hoạch thực hiện công tác
# dân vận …"), in the present ("đã ban hành Kế hoạch thực hiện …" looks back: _PAST_BEFORE), and a clause closed by
# its colon (see _add_declared_plan_span); a numbered plan issued ("ban hành Kế hoạch số 42/KH-UBND về thực hiện …")
# is ISSUING_CLAUSE.
DECLARED_PLAN = re.compile(
    r"(?:ban\s+hành|xây\s+dựng)\s+(?:[Kk]ế\s+hoạch|[Cc]hương\s+trình)(?:\s+hành\s+động)?\s*[“\"]?\s*"
    r"(?:(?:[Tt]riển\s+khai|[Tt]ổ\s+chức)\s+)?(?:[Tt]hực\s+hiện|[Tt]riển\s+khai|[Tt]hi\s+hành)\s+"
    rf"(?=(?:{CAP_TYPE_WORD})(?!\w))"
)
# The verbs of DECLARED_PLAN, found by ``str.find`` (the pattern is tried at each), and the past before them.
_DECLARING_VERBS = ("ban hành ", "xây dựng ")
_PAST_BEFORE = "đã "


def _add_declared_plan_span(spans: list[tuple[int, int]], masked: str, begin: int, end: int) -> None:
    """Append the span of the instruments a preamble's closing clause says the plan carries out (DECLARED_PLAN), from
    the type word to the clause's colon ("…, cụ thể như sau:"); none when the clause ends otherwise (a sentence of
    the situation: "… ban hành Kế hoạch thực hiện Chỉ thị số 05 …, đạt nhiều kết quả.")."""
    for verb in _DECLARING_VERBS:
        at = masked.find(verb, begin, end)
        while at >= 0:
            m = None if masked.startswith(_PAST_BEFORE, at - len(_PAST_BEFORE)) else DECLARED_PLAN.match(masked, at, end)
            if m:
                e = _CLAUSE_END.search(masked, m.end(), end)
                if e is not None and e[0] == ":":
                    spans.append((m.end(), e.start()))
            at = masked.find(verb, at + len(verb), end)


# An opening that is the subject of a statement, "là" after a few words and no instrument among them: "Triển khai
# thực hiện NDC là trách nhiệm của các quốc gia để thực hiện Công ước khung của Liên hợp quốc và Thỏa thuận Paris
# về biến đổi khí hậu, …" (the context a Chỉ thị opens with: the treaties it names are cited, not carried out by the
# document). Not "Thực hiện Quyết định số 12/QĐ-UBND … công nhận xã A là xã đạt chuẩn …" (an instrument first).
STATEMENT_SUBJECT = re.compile(rf"(?:\s+(?!(?:{CAP_TYPE_WORD})(?!\w))[^\s,;:.()“”\"]+){{1,6}}?\s+là\s")
# The copula that gates STATEMENT_SUBJECT, and how far after the opening it may be.
_COPULA = " là "
_STATEMENT_SUBJECT_CHARS = 60


# The openings of those purpose clauses (OTHER_OPENINGS: not implementing of themselves).
_PURPOSE_OPENINGS = ("Để", "Nhằm")


# The most lines read from the header's first line for the type heading.
_HEADING_LINES = 60


def match_start(m: re.Match) -> int:
    return m.start()


def find_implementing_spans(text: Text, header: Header, top: int | None = None) -> list[tuple[int, int]]:
    """Flat spans of the title and of the preamble's 'Thực hiện …' / 'Căn cứ …' paragraphs. ``top``: the header's
    first line (``header.header_start``), when read already."""
    lines = text.lines

    def masked_line(i: int) -> str:
        return mask(lines[i].text)

    heading = None
    addressed = False  # a letter's "Kính gửi" seen: its grounds come next, and a type heading after them is an attachment's
    # From the header's first line: a legal library's page has its banner and fields above it (realdocs 04e0c7e1).
    top = header_start(text) if top is None else top
    for i in range(top, min(top + _HEADING_LINES, len(lines))):
        line = masked_line(i)
        if TYPE_HEADING.match(line):
            heading = i
            break
        if ENACTING_LINE.match(line) or (addressed and _opens_line(line)):
            # "Kính gửi: …" / "Căn cứ Quyết định số 6311/QĐ-ĐHCT …": a letter, whose "THÔNG BÁO" further down heads
            # the notice it encloses.
            break
        addressed = addressed or ADDRESS_LINE.match(line) is not None
    spans: list[tuple[int, int]] = []
    first = 0
    if heading is not None:
        h = TYPE_HEADING.match(masked_line(heading))
        title_start = lines[heading].flat_start + h.end()
        i = heading + 1
        in_capitals = None  # whether the title's first line is in capitals
        in_note = False  # whether the line before opened a parenthesised note left open: "(Ban hành"
        while i < len(lines) and i <= heading + 8:
            t = masked_line(i).strip()
            if SEPARATOR_LINE.match(t) or _opens_line(t) or SECTION_HEADING.match(t) or _closes_preamble(t):
                break
            if i + 1 < len(lines) and _opens_across(t, masked_line(i + 1)):
                break  # "Thực" / "hiện Kế hoạch số 45/KH-UBND …": the preamble's opening broken by the copy
            if not in_capitals and _ends_sentence(t):
                # "Về việc tăng cường công tác phòng, chống thiên tai" then "Thời gian qua, thực hiện Luật … đã đạt
                # được nhiều kết quả.": a title not in capitals ends before the body's first sentence.
                break
            if in_capitals is False and _holds_body_sentence(t):
                # "Về tăng cường công tác phòng, chống thiên tai năm 2025" then "Năm 2024, theo Báo cáo số 215/BC-UBND
                # …, thiên tai đã gây thiệt hại lớn. Chủ tịch UBND tỉnh yêu cầu:" (a Chỉ thị): the body's first line.
                break
            if t and in_capitals is None:
                in_capitals = is_all_caps(t)
            elif t and in_capitals and not t.startswith("(") and not is_all_caps(t):
                # "… AN TOÀN VỀ AN NINH TRẬT TỰ” GIAI ĐOẠN 2021-2025" then "Sau 5 năm thực hiện Đề án …": a title
                # in capitals ends where the text goes on in lower case (its "(Ban hành kèm theo …)" line aside),
                # unless a lower-case word goes on with the title itself, not with a "(Ban hành" note broken by a PDF.
                if in_note or not _continues_title(t):
                    break
            if t:
                in_note = t.startswith("(") and ")" not in t
            i += 1
        title_end = lines[i].flat_start if i < len(lines) else len(text.flat)
        if title_implements(text.flat[title_start:title_end], header.doc_type):
            spans.append((title_start, title_end))
        first = i
    begin = lines[first].flat_start if first < len(lines) else len(text.flat)
    # The preamble: up to the first section heading, 6000 characters at most.
    end = min(len(text.flat), begin + 6000)
    address = grounds = None
    for j in range(first, len(lines)):
        if lines[j].flat_start >= end:
            break
        if SECTION_HEADING.match(masked_line(j)):
            end = lines[j].flat_start
            address = j if ADDRESS_LINE.match(masked_line(j)) else None
            grounds = j if GROUNDS_HEADING.match(masked_line(j)) else None
            break
        if BODY_ITEM_LINE.match(masked_line(j)):
            end = lines[j].flat_start
            break
        if _closes_preamble(masked_line(j)) and j + 1 < len(lines):
            if _introduces_preamble(lines, masked_line, begin, j):
                continue  # a web page's sentence before the text: "… vừa ban hành Chương trình hành động … như sau:"
            end = lines[j + 1].flat_start  # "… xây dựng Kế hoạch thực hiện như sau:": the body follows
            break
    masked = mask(text.flat)
    # The lines of the preamble that end a sentence: an implementing paragraph ends there at the latest.
    sentence_ends = []
    for j in range(first, len(lines)):
        ln = lines[j]
        if ln.flat_start >= end:
            break
        if ln.text.endswith(_SENTENCE_END_CHARS) and _ends_sentence(mask(ln.text)):
            sentence_ends.append(ln.flat_start + len(ln.text))
    _add_opening_spans(spans, masked, begin, end, sentence_ends, header)
    _add_declared_plan_span(spans, masked, begin, end)
    if address is None and heading is None and not spans:
        # A letter under a page's summary, which ended the search before its "Kính gửi" (a library's page copying a
        # Công văn without its letterhead, realdocs 6a58c855): its addressee line, if the first lines hold one.
        address = next(
            (k for k in range(first, min(len(lines), first + _LETTER_LINES)) if lines[k].text.find(_ADDRESS_WORD) >= 0
             and ADDRESS_LINE.match(masked_line(k))),
            None,
        )
    if address is not None:
        region = _letter_preamble(lines, masked_line, address)
        if region:
            _add_opening_spans(spans, masked, *region, header=header)
    if grounds is not None:
        spans.append(_grounds_section(lines, masked_line, grounds))
    return spans


# A line inside a title not in capitals that is already the body: a sentence ends inside it ("… thiệt hại lớn. Chủ
# tịch UBND tỉnh yêu cầu:"), or it ends with the colon of a directive ("… yêu cầu:").
# Not "TP. Hồ Chí Minh" (as SENTENCE_END).
_INNER_SENTENCE_END = re.compile(rf"(?<!\bTP)(?<!\bTp)(?<!\btp)\.\s+[{UPPER_LETTERS}]|:[\s*_]*$")


def _introduces_preamble(lines, masked_line, begin: int, j: int) -> bool:
    """Whether the line ``j`` that ends "… như sau:" introduces the preamble rather than closes it: no implementing
    opening before it or in it, and the next line opens one. A news page that copies a plan writes "Ban Thường vụ Tỉnh
    ủy vừa ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW … Nội dung chương trình hành động như
    sau:" then "Thực hiện Nghị quyết số 57-NQ/TW …, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động … như sau:"."""
    if not _opens_line(masked_line(j + 1)):
        return False
    for k in range(max(0, j - 40), j + 1):
        if lines[k].flat_start < begin:
            continue
        if any(m["open"] in _OPENINGS_IMPLEMENTING for m in OPENING.finditer(masked_line(k))):
            return False
    return True


def _continues_title(line: str) -> bool:
    """Whether a line in lower case under a title in capitals goes on with the title: it opens with a lower-case
    word, as "CHƯƠNG TRÌNH HÀNH ĐỘNG / CỦA ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH / thực hiện Nghị quyết Đại hội …"
    writes it (a body's sentence opens with a capital: "Sau 5 năm thực hiện Đề án …")."""
    first = line.lstrip(" *_#|")[:1]
    return first.isalpha() and first.islower()


def _holds_body_sentence(line: str) -> bool:
    return (". " in line or line.endswith(":")) and _INNER_SENTENCE_END.search(line) is not None


# A title that repeals, amends or replaces the instruments it names, which it does not carry out: "Bãi bỏ
# Quyết định số 19/2019/QĐ-UBND … và Quyết định số 07/2023/QĐ-UBND …", "VỀ VIỆC SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA
# QUY ĐỊNH … BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 4631/QĐ-UBND …", "Về việc hủy bỏ …", "Đính chính Thông tư …". Not
# "Bổ sung kinh phí thực hiện Chương trình …" nor "Điều chỉnh Kế hoạch …" (what is supplemented may be carried out).
REVISING_TITLE = re.compile(
    r"^[\s*_]*(?:(?i:v/v|về\s+việc|về)\s*:?\s+)?"
    r"(?i:bãi\s+bỏ|hủy\s+bỏ|huỷ\s+bỏ|sửa\s+đổi|thay\s+thế|đính\s+chính)"
    r"(?!\w)"
)


# A notice's or a report's title that reviews how an instrument was carried out, which it does not carry out itself:
# "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG … TẠI CUỘC HỌP VỀ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW …" (Thông báo 659/TB-VPCP,
# realdocs 405a6cab), "Báo cáo kết quả thực hiện Chỉ thị số 05-CT/TW …", "… sơ kết 5 năm thực hiện …".
REVIEWING_TITLE = re.compile(
    r"(?i:tình\s+hình|kết\s+quả|sơ\s+kết|tổng\s+kết|đánh\s+giá)(?:\s+[^\s,;:.]+){0,4}?\s+(?i:thực\s+hiện|triển\s+khai|thi\s+hành)"
)
# The types whose titles may review instead of carry out: a notice of conclusions, a report.
_REVIEWING_TYPES = frozenset({"Thông báo", "Báo cáo"})


def title_implements(title: str, doc_type: str | None = None) -> bool:
    """Whether a title's instruments are implemented: not when it opens by repealing, amending or replacing them
    (REVISING_TITLE), nor when a notice's or a report's title reviews how they were carried out (REVIEWING_TITLE)."""
    if doc_type in _REVIEWING_TYPES and REVIEWING_TITLE.search(title) is not None:
        return False
    return REVISING_TITLE.match(title) is None


def _grounds_section(lines, masked_line, heading: int) -> tuple[int, int]:
    """The flat span of a "CĂN CỨ PHÁP LÝ" section's items: from its heading to the next section
    heading (or to a "Căn cứ thực tiễn" sub-heading), ``_GROUNDS_LINES`` lines at most."""
    stop = min(len(lines), heading + 1 + _GROUNDS_LINES)
    for k in range(heading + 1, stop):
        line = masked_line(k)
        if SECTION_HEADING.match(line) or GROUNDS_END.match(line):
            stop = k
            break
    hi = lines[stop].flat_start if stop < len(lines) else lines[-1].flat_start + len(lines[-1].text)
    return lines[heading].flat_start, hi


def _closes_preamble(line: str) -> bool:
    """Whether a line ends with the sentence that closes a preamble ("… như sau:"): PREAMBLE_CLOSE,
    searched only in a line holding its colon (it is tried at every character otherwise)."""
    return ":" in line and PREAMBLE_CLOSE.search(line) is not None


# The first words of the openings, as a copy leaves them alone at a line's end: "Thực" of "Thực" / "hiện Kế hoạch
# số 45/KH-UBND …" under a title (a PDF's line broken inside the opening).
_OPENING_HEADS = frozenset(
    " ".join(w.split()[:k]) for w in codes.IMPLEMENTING_OPENINGS for k in range(1, len(w.split()))
)


def _opens_across(line: str, following: str) -> bool:
    """Whether a line that holds only the first words of an opening ("Thực") opens a preamble paragraph with the
    line after it ("hiện Kế hoạch số …")."""
    head = line.strip(" *_|")
    return head in _OPENING_HEADS and _opens_line(f"{head} {following.strip(' *_|')}")


def _opens_line(line: str) -> bool:
    """Whether a preamble paragraph opens the line, after emphasis, table bars and a list bullet:
    "Căn cứ Luật …", "**Thực hiện** …", "- Căn cứ Quyết định số …;", "+ Xét Tờ trình …"."""
    return OPENING.match(line.strip(" *_|").lstrip("-+–•").lstrip(" *_")) is not None


# An instrument that opens a line of a "Căn cứ" run without repeating the opening, the line before it ending with
# ";": "Thông tư số 03/2018/TT-BGDĐT ngày 29 tháng 01 năm 2018 của Bộ Giáo dục và Đào tạo quy định …;" under "Căn cứ
# Luật số 51/2010/QH12 của Quốc hội về Luật Người khuyết tật;" (a Sở's letter), "- Nghị định số 24/2014/NĐ-CP …;"
# (a bullet), "Luật Giáo dục ngày 14/6/2019;" (a law by its name, capitalised). Its type word is followed by "số",
# a number, or a capitalised name (in lower case, "số" and its number): not "Kế hoạch này …", "Quyết định trên …" (a
# body's sentence).
LIST_ITEM_INSTRUMENT = re.compile(
    rf"[-+–•]?\s*\**\s*(?:(?:{CAP_TYPE_WORD})\s*(?:(?i:số)\s*:?\s*)?(?:\d|(?<=[Ll]uật )[{UPPER_LETTERS}]|(?<=[Ll]ệnh )[{UPPER_LETTERS}])"
    # … or in lower case, its number written: "công văn số 256/SGDĐT-GDTrH ngày 12/3/2021 …;".
    rf"|(?:{TYPE_WORD})\s*(?:số|so|sô)\s*:?\s*\d)"
)
# The end of a line of such a run: "…;", "…; " (emphasis aside).
_LIST_ITEM_END = re.compile(r";[\s*_]*$")
# An opening that heads a list of grounds on its own line, up to its colon: "Căn cứ các văn bản sau:", "Căn cứ:",
# "Thực hiện các văn bản chỉ đạo sau:" (a letter's, before "- Quyết định số …;" items).
LIST_HEAD_LINE = re.compile(
    rf"[\s*_|]*(?:{phrase_alternation(codes.IMPLEMENTING_OPENINGS)})(?:\s+[^\d;:.,]{{0,40}}?)?\s*:[\s*_]*$"
)


def _continues_list(before: str, line: str) -> bool:
    """Whether ``line`` goes on with the "Căn cứ" run the line ``before`` it ended with ";" or headed with its colon
    (LIST_HEAD_LINE): its instrument (LIST_ITEM_INSTRUMENT) is one more ground, as the run's opening names it."""
    if LIST_ITEM_INSTRUMENT.match(line.strip(" *_|")) is None:
        return False
    if _LIST_ITEM_END.search(before) is not None:
        return True
    # Not a closing sentence's colon: "Thực hiện chỉ đạo của UBND tỉnh, Sở Y tế hướng dẫn như sau:" (the body follows).
    return before.rstrip(" *_").endswith(":") and LIST_HEAD_LINE.match(before) is not None and not _closes_preamble(before)


# "Căn cứ" before a capitalised type word right after the addressees on the "Kính gửi" line itself, a copy that lost
# its line breaks: " Căn cứ Luật" in "Kính gửi: Hiệu trưởng các trường tiểu học trên địa bàn huyện Phú Bình Căn cứ
# Luật giáo dục năm 2005; …" (after a word or the addressees' closing mark, not inside a quoted or parenthesised
# name); so too "Thực hiện" / "Triển khai (thực hiện)": " Thực hiện Công văn" in "Kính gửi: - Ủy ban nhân dân các xã,
# thị trấn. Thực hiện Công văn số 1234/UBND-VX …".
ADDRESS_LINE_BASIS = re.compile(
    rf"(?<=[^\W\d_]|[.;])\s+(?P<open>C[ăâ]n\s+cứ|Thực\s+hiện|Triển\s+khai(?:\s+thực\s+hiện)?)\s+"
    rf"(?=(?:{CAP_TYPE_WORD})(?!\w))"
)
# The end of the sentence such an opening starts, on that line: "… như sau:", "… năm 2024. Đề nghị …" (not "TP. Hồ").
GLUED_PARAGRAPH_END = re.compile(rf":|(?<!\bTP)(?<!\bTp)\.\s+(?=[{UPPER_LETTERS}])")
# The anchors that gate ADDRESS_LINE_BASIS, one of which its opening holds.
_BASIS_WORDS = (" cứ ", "hiện ", " khai ")


def _letter_preamble(lines, masked_line, address: int) -> tuple[int, int] | None:
    """The run of opening paragraphs after a letter's "Kính gửi" block: from the first line that
    starts with an opening to the first paragraph that does not ("Căn cứ Luật Giáo dục …;" …
    "Căn cứ Công văn số 4338/SGDĐT-GDTXNNĐH …;" then the body); or from a "Căn cứ" on the "Kính gửi" line itself
    (ADDRESS_LINE_BASIS)."""
    start = None
    lo = None
    budget = _ADDRESS_LINES - 1
    line = masked_line(address)
    glued = ADDRESS_LINE_BASIS.search(line) if any(w in line for w in _BASIS_WORDS) else None
    if glued:
        start, lo = address, lines[address].flat_start + glued.start("open")
    for k in range(address + 1, min(len(lines), address + _ADDRESS_ITEM_LINES) if start is None else address):
        line = masked_line(k)
        if _opens_line(line) or (k + 1 < len(lines) and _opens_across(line, masked_line(k + 1))):
            start = k  # also "Thực" / "hiện Công văn số …" broken by the copy
            break
        if not ADDRESSEE_ITEM.match(line):
            budget -= 1
            if budget == 0:
                break
    if start is None:
        return None
    stop = len(lines)
    for k in range(start + 1, len(lines)):
        before, line = masked_line(k - 1), masked_line(k)
        if _PARAGRAPH_END.search(before) and not _opens_line(line) and not (
            k + 1 < len(lines) and _opens_across(line, masked_line(k + 1))
        ) and not _continues_list(before, line):
            stop = k
            break
    hi = lines[stop].flat_start if stop < len(lines) else len(lines[-1].text) + lines[-1].flat_start
    if lo is None:
        return lines[start].flat_start, hi
    # On the "Kính gửi" line, the paragraph ends with its sentence when the line goes on with the body: "… Thực hiện
    # Công văn số 1234/UBND-VX …, Phòng Y tế đề nghị các đơn vị thực hiện như sau: 1. …" (a copy without line breaks).
    end = GLUED_PARAGRAPH_END.search(masked_line(address), glued.end())
    return lo, min(hi, lines[address].flat_start + end.end()) if end else hi


# An opening of what a document weighs rather than implements, written in lower case after a semicolon inside
# an implementing paragraph: "; xét " in "Thực hiện Chương trình kiểm tra, giám sát năm 2026 của Ban Thường vụ
# Đảng uỷ xã; xét Báo cáo kết quả kiểm tra của Đoàn kiểm tra theo Quyết định số 35-QĐ/ĐU …" (the decision
# is the inspection team's, not implemented).
WEIGHING_AFTER_SEMICOLON = re.compile(r";\s*(?P<open>xét|theo\s+đề\s+nghị|sau\s+khi\s+xem\s+xét)\s")


# What follows "Căn cứ" when a text applies a provision of a law as a legal answer does, not a preamble's basis:
# "Căn cứ theo điểm a khoản 1 Điều 80 Luật Trật tự, an toàn giao thông đường bộ 2024 có quy định như sau:",
# "Căn cứ theo quy định tại Điều 165 Luật Sở hữu trí tuệ 2005 …", "Căn cứ tại Điều 10 Nghị định 10/2022/NĐ-CP quy
# định" (legal Q&A pages). A preamble writes "Căn cứ Luật …" / "Căn cứ khoản 2 Điều 5 Nghị định số …;" with no
# "theo" / "tại" before the provision.
_BASIS_OPENINGS = ("Căn cứ", "Cân cứ")
PROVISION_BASIS = re.compile(
    r"\s+(?P<prep>(?:theo|tại|vào)\s+)?(?:quy\s+định\s+(?:tại\s+)?)?(?:điểm|khoản|Điều|Mục|Chương|Phụ\s+lục)(?!\w)"
)
# The words after "Căn cứ" that PROVISION_BASIS may read (``str.startswith`` gates it).
_PROVISION_STARTS = (" theo", " tại", " vào", " điểm", " khoản", " Điều", " Mục", " Chương", " Phụ")
# A provision named with no "theo" is applied, not a basis, when its clause closes by quoting it: "Căn cứ khoản 10
# Điều 3 Luật Thuế thu nhập cá nhân 2007 quy định:" (the colon ends the clause, not a preamble's ";").
# Also a clause that lists what the provision holds: "Căn cứ Điều 4 Luật Xây dựng 2014 (được bổ sung bởi …) nguyên tắc
# cơ bản trong hoạt động đầu tư xây dựng gồm:", "… như sau:".
QUOTING_CLOSE = re.compile(
    r"(?<!\w)(?:quy\s+định(?:\s+(?:như\s+sau|cụ\s+thể(?:\s+như\s+sau)?|sau))?|(?:bao\s+)?gồm|như\s+sau)\s*$"
)
# The most characters of such a clause read for its close.
_CLAUSE_CHARS = 400


def _applies_provision(masked: str, at: int) -> bool:
    """Whether the "Căn cứ" that ends at ``at`` applies a provision (PROVISION_BASIS) rather than opening a
    preamble's basis: after "theo"/"tại", or quoted by its clause ("… quy định:")."""
    if not masked.startswith(_PROVISION_STARTS, at):
        return False
    p = PROVISION_BASIS.match(masked, at)
    if p is None:
        return False
    if p["prep"]:
        return True
    window = masked[at : at + _CLAUSE_CHARS]
    ends = [i for i in (window.find(":"), window.find(";")) if i >= 0]
    if not ends or window[min(ends)] != ":":
        return False
    return QUOTING_CLOSE.search(window, 0, min(ends)) is not None


# A line that ends a sentence: "… của Đảng." (not "…;", "… như sau:", nor "TP." of "TP. Hồ Chí Minh" wrapped).
SENTENCE_END = re.compile(r"(?<!\bTP)(?<!\bTp)(?<!\btp)\.[\s*_]*$")


# The last characters of a line that may end a sentence ("…." and its emphasis): the cheap test before the pattern.
_SENTENCE_END_CHARS = (".", "*", "_", " ")


def _ends_sentence(line: str) -> bool:
    return line.rstrip(" *_").endswith(".") and SENTENCE_END.search(line) is not None


# The main clause of an implementing paragraph that reports what was issued in carrying it out: ", ngày 13/5/2011, Ủy
# ban nhân dân huyện ban hành Kế hoạch số 42/KH-UBND về thực hiện cải cách hành chính năm 2011." after "Thực hiện
# Chương trình hành động số 16-CTr/TU … và chủ đề năm 2011 của huyện “…”" (a district's news page). The instrument
# issued is the result, not implemented: the paragraph ends at the clause's comma. Only a numbered instrument after
# "ban hành" ("…, UBND tỉnh ban hành Kế hoạch triển khai thi hành Luật … như sau:" names what it carries out).
# Also a sentence of its own after the paragraph's period: "… đã tập trung triển khai thực hiện các nhiệm vụ được
# giao[1]. Chính phủ đã ban hành Nghị quyết số 66.7/2025/NQ-CP ngày 15 tháng 11 năm 2025 …" (fresh15 344b9eec, a
# Công điện after "Thực hiện Nghị quyết số 66/NQ-CP …").
ISSUING_CLAUSE = re.compile(
    rf"[,.]\s+(?:ngày\s+[^,;:()]{{1,30}}?,\s+)?(?P<name>[{UPPER_LETTERS}][^,;:.()“”\"]{{1,90}}?)\s+(?:đã\s+)?ban\s+hành\s+"
    rf"(?:{CAP_TYPE_WORD})\s*(?i:số)?\s*:?\s*\d"
)
# The verb of ISSUING_CLAUSE, found by ``str.find`` before the pattern is tried.
_ISSUING_VERB = " ban hành "
# The main clause of an implementing paragraph that reports the document's issuer's own letter sent in carrying it
# out, "đã có" in place of "ban hành": ", Bộ Nội vụ đã có Văn bản số 8091/BNV-TCBC ngày 17/9/2025 đề nghị các Bộ, ngành,
# địa phương báo cáo …" after "Thực hiện ý kiến của Ban Tổ chức Trung ương tại Văn bản số 9151- CV/BTCTW … và Văn bản
# số 9671-CV/BTCTW …" (realdocs 5d3180ce, a ministry's letter): its own earlier letter is the result, not implemented.
# Only the issuer's own (the name is checked against the document's issuer): "…, Bộ Y tế đã có Công văn số … hướng
# dẫn" of a higher body may be one more instrument carried out.
OWN_LETTER_CLAUSE = re.compile(
    rf"[,.]\s+(?:ngày\s+[^,;:()]{{1,30}}?,\s+)?(?P<name>[{UPPER_LETTERS}][^,;:.()“”\"]{{1,90}}?)\s+đã\s+có\s+"
    rf"(?:{CAP_TYPE_WORD})\s*(?i:số)?\s*:?\s*\d"
)
# The verb of OWN_LETTER_CLAUSE, found by ``str.find`` before the pattern is tried.
_OWN_LETTER_VERB = " đã có "


def _issuing_stop(masked: str, start: int, stop: int, header: Header | None = None) -> int:
    """Where an implementing paragraph from ``start`` ends before its main clause that issues a numbered instrument
    (ISSUING_CLAUSE) or reports the issuer's own letter (OWN_LETTER_CLAUSE), else ``stop``."""
    if masked.find(_ISSUING_VERB, start, stop) >= 0:
        c = ISSUING_CLAUSE.search(masked, start, stop)
        if c:
            stop = c.start()
    if header is not None and header.issuer and masked.find(_OWN_LETTER_VERB, start, stop) >= 0:
        for c in OWN_LETTER_CLAUSE.finditer(masked, start, stop):
            if canonical_issuer(" ".join(c["name"].split()), header) == header.issuer:
                return c.start()
    return stop


def _add_opening_spans(
    spans: list[tuple[int, int]], masked: str, begin: int, end: int, sentence_ends: list[int] = (),
    header: Header | None = None,
) -> None:
    """Append the spans of the implementing paragraphs ("Thực hiện …", "Căn cứ …") in masked[begin:end], each
    to the next opening or to the end of its sentence's line ("Thoại Sơn: Triển khai các văn bản về công tác đại
    hội" in a news item: not the paragraphs after it)."""
    opens = [m for m in OPENING.finditer(masked, begin, end)]
    if masked.find("; ", begin, end) >= 0:  # the anchor of WEIGHING_AFTER_SEMICOLON
        weighing = list(WEIGHING_AFTER_SEMICOLON.finditer(masked, begin, end))
        if weighing:
            opens = sorted(opens + weighing, key=match_start)
    for k, m in enumerate(opens):
        purpose = m["open"] in _PURPOSE_OPENINGS and header is not None and PURPOSE_CARRY_OUT.match(masked, m.start())
        if m["open"] in _BASIS_OPENINGS and _applies_provision(masked, m.end()):
            continue  # "Căn cứ theo điểm a khoản 1 Điều 80 Luật …": a provision applied, not implemented
        if m["open"] in _OPENINGS_IMPLEMENTING and (
            _opens_statement(masked, m.end()) or _reports_results(masked, m.end(), opens[k + 1].start() if k + 1 < len(opens) else end)
        ):
            continue
        if m["open"] in _OPENINGS_IMPLEMENTING or purpose:
            stop = opens[k + 1].start() if k + 1 < len(opens) else end
            stop = min(stop, next((e for e in sentence_ends if e > m.end()), stop))
            if purpose:
                stop = _purpose_stop(masked, m.end(), stop, header)
                if stop is None:
                    continue
            stop = _issuing_stop(masked, m.end(), stop, header)
            if spans and spans[-1][1] == m.start() and spans[-1][0] >= begin:
                spans[-1] = (spans[-1][0], stop)  # consecutive paragraphs: one span
            else:
                spans.append((m.start(), stop))


def _opens_statement(masked: str, at: int) -> bool:
    """Whether the opening that ends at ``at`` is the subject of a statement (STATEMENT_SUBJECT), not a preamble's."""
    if masked.find(_COPULA, at, at + _STATEMENT_SUBJECT_CHARS) < 0:
        return False
    return STATEMENT_SUBJECT.match(masked, at) is not None


# A sentence that looks back on what was done, which is the situation a document opens with, not what it carries out:
# "Thực hiện Chỉ thị số 25/CT-TTg …, thời gian qua công tác phòng, chống dịch bệnh trên địa bàn tỉnh đã đạt được nhiều
# kết quả quan trọng." (a Chỉ thị's first paragraph), "Triển khai thực hiện Nghị quyết số 09-NQ/TU …, sau 5 năm, các cấp
# đã …". Its time looks back ("thời gian qua", "những năm qua", "qua 5 năm", "sau 10 năm") and its verb is past ("đã");
# the sentence ends with a period, not with the issuer's own act ("…, Sở Y tế xây dựng Kế hoạch như sau:").
RETROSPECT = re.compile(
    r"(?<!\w)(?:thời\s+gian\s+(?:vừa\s+)?qua|(?:những|các|mấy)\s+năm\s+(?:vừa\s+)?qua|năm\s+qua"
    r"|(?:qua|sau)\s+(?:hơn\s+)?(?:\d{1,2}|một|hai|ba|bốn|năm|mười)\s+năm)(?!\w)",
    re.IGNORECASE,
)
# The end of that sentence: its period before a capital or at the text's end, or the ":" / ";" of a preamble.
_CLAUSE_END = re.compile(rf"[:;]|\.(?=\s+[{UPPER_LETTERS}]|\s*$)")
# The past verb that gates RETROSPECT, and the most characters of the sentence read.
_PAST = " đã "
_RESULTS_CHARS = 600


def _reports_results(masked: str, at: int, stop: int) -> bool:
    """Whether the opening that ends at ``at`` starts a sentence that looks back on results (RETROSPECT, "đã"),
    closed by its period before ``stop``: the document's situation, not its preamble."""
    hi = min(stop, at + _RESULTS_CHARS)
    if masked.find(_PAST, at, hi) < 0:
        return False
    e = _CLAUSE_END.search(masked, at, hi)
    if e is None or e[0] != "." or masked.find(_PAST, at, e.start()) < 0:
        return False
    return RETROSPECT.search(masked, at, e.start()) is not None


def _purpose_stop(masked: str, start: int, stop: int, header: Header) -> int | None:
    """Where a purpose clause that carries out instruments (PURPOSE_CARRY_OUT, its words up to ``start``) ends:
    at the main clause that closes its sentence with the document's issuer's own directive (DIRECTIVE_CLOSE,
    before ``stop``), else None (not implementing: "Để thực hiện Kế hoạch …, các đơn vị cần …")."""
    if not header.issuer or masked.find(",", start, stop) < 0:
        return None
    if not any(masked.find(v, start, stop) >= 0 for v in _DIRECTIVE_VERBS):
        return None
    for d in DIRECTIVE_CLOSE.finditer(masked, start, stop):
        name = " ".join(d["name"].split())
        # "Chủ tịch UBND tỉnh chỉ thị:": the chair's directive in the committee's document, or in the chair's own.
        names = (name, name[len(_CHAIR) :]) if name.startswith(_CHAIR) else (name,)
        if any(canonical_issuer(n, header) == header.issuer for n in names):
            return d.start()
    return None
