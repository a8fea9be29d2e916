"""Tasks: numbered items of the content and organisation sections, with assignees.

One task per numbered item of a NỘI DUNG / NHIỆM VỤ… section or of the TỔ CHỨC THỰC HIỆN section
(``sections.TASK_KINDS``); THỜI GIAN, purpose/requirement items and the closing are not tasks.
A document without headings (Chỉ thị, Công văn) gives one task per top-level numbered item,
except items titled by purpose or time words ("1. Mục đích", "5. Thời gian thực hiện: …").
A decision or normative act gives the tasks of the project's convention for them (../shared/gold/seeds/README.md):
its articles that charge bodies, one task per khoản or per lettered point a khoản only introduces; its rules of conduct
are none.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from itertools import islice

from vanban.loaders.conclusions import answers_requests, assesses
from vanban.loaders.deadlines import find_deadline
from vanban.loaders.header import MOTTO
from vanban.loaders.letters import UPPER_LETTERS
from vanban.loaders.names import tidy
from vanban.loaders.parties import (
    ADDRESSED_HEAD, GENERIC_PARTIES, PREDICATE, RESPONSIBLE_HEAD, RESPONSIBLE_HEAD_BARE, addressed_doer, assignees, doers,
    head_at, name_at, normalize_name, split_names,
)
from vanban.loaders.records import Header, Task
from vanban.loaders.sections import (
    BARE_HEADING, EXECUTION_TITLE, SECTION_WORDS, TASK_KINDS, Node, Outline, letters_upper, mend_title, names_purpose,
    outline,
)
from vanban.loaders.task_tables import APPENDIX_LABEL, table_tasks
from vanban.loaders.text import Text

# How many words of an item make its text_start.
TEXT_START_WORDS = 15
# A heading line of an item, which a new clause follows on the next line, has at most these
# words and does not end with these marks ("7. Công tác kiểm tra, giám sát").
HEADING_LINE_WORDS = 12
# A heading set in bold and wrapped over two lines before a blank line may run longer: "**4. Nguồn lực" / "và việc sử
# dụng nguồn lực để thực hiện quy hoạch**" (13 words), "**2. Các cơ quan trực thuộc Bộ" / "Văn hóa, Thể thao và Du
# lịch**" (QĐ 4385/QĐ-BVHTTDL).
BOLD_HEADING_WORDS = 20
HEADING_LINE_END_MARKS = frozenset(",;:-–")
# A line break followed by a blank line: the end of a paragraph ("giám sát\n\nBan Thường trực").
BLANK_LINE_AFTER = re.compile(r"\n[ \t\r\f\v]*\n")
# Last words of a line that leave a phrase open, so that a capitalised next line is its end, not a
# new clause ("Phối hợp với" / "Sở Tư pháp …", "Tăng cường vai trò của" / "Ủy ban nhân dân …").
HEADING_OPEN_ENDS = frozenset({
    "về", "với", "của", "và", "hoặc", "cho", "các", "những", "tại", "trong", "để", "theo", "đến", "từ",
    "là", "giao", "đề", "nghị", "cầu", "đồng", "chí", "thuộc", "trực", "có", "được", "bởi", "do", "qua",
    "như", "gồm", "trên", "dưới", "giữa", "mỗi", "từng", "tới", "vào", "nhằm", "sau", "trước",
})

# Markup and spaces before an item's first word: "**1. **100% …", "1.** Mục đích**".
_LEAD = re.compile(r"[\s*_]+")
_WORD = re.compile(r"\S+")
# Anything but the spaces and emphasis marks of a bare marker line ("**3.** "): found at once
# instead of copying and stripping a whole item.
_WORD_CHARACTER = re.compile(r"[^ *_]")


def text_start(text: Text, node: Node, end: int | None = None) -> str:
    """The first words of an item after its number, within its head (or up to ``end``, the end of its
    heading line), quoted the gold way (``Text.quote``)."""
    flat = text.flat
    start = node.body_start
    lead = _LEAD.match(flat, start, node.flat_end)
    if lead:
        start = lead.end()
    end = node.head_end() if end is None else end
    if not _WORD_CHARACTER.search(flat, start, end):  # nothing but spaces and emphasis
        end = node.flat_end  # a bare "**3." line: the words are in what follows
    words = list(islice(_WORD.finditer(flat, start, end), TEXT_START_WORDS))
    if not words:
        return flat[start:end].strip()
    return text.quote(start, words[-1].end()).rstrip(" *_")


def _heads(node: Node, text: Text) -> list[str]:
    """The item's own words and those of each sub-item, each without its sub-items."""
    out = [text.flat[node.body_start : node.head_end()]]
    for c in node.children:
        out.extend(_heads(c, text))
    return out


def _group_heads(node: Node, shift: int) -> set[int]:
    """The indexes in ``_heads(node)`` (moved on by ``shift``, the paragraph inserted after the item's heading line) of
    the sub-items that have points of their own."""
    out: set[int] = set()
    k = 1

    def walk(n: Node) -> None:
        nonlocal k
        for c in n.children:
            if c.children:
                out.add(k + shift)
            k += 1
            walk(c)

    walk(node)
    return out


def _after_heading_line(text: Text, node: Node) -> tuple[int, str] | None:
    """The item's words after its first line when that line is a short heading without final
    punctuation, ended by a blank line, and the next paragraph opens with a capital:
    "7. Công tác kiểm tra, giám sát" / "" / "Ban Thường trực … xây dựng kế hoạch …" -> the
    next paragraph on, whose first words may name the doer (a PDF wraps a sentence's lines
    with no blank line between them; without one, the next line must open with a doer and its verb,
    ``_heading_then_doer``). Returns where the heading line ends (flat) and the words after it."""
    flat = text.flat
    head_end = node.head_end()
    orig_end = text.to_original(head_end)
    nl = text.original.find("\n", text.to_original(node.body_start), orig_end)
    if nl >= 0 and not _WORD_CHARACTER.search(flat, node.body_start, text.to_flat(nl)):
        # A bare marker line ("**1." / "Công tác tham mưu, chỉ đạo triển khai**" / "" / "Đề nghị
        # Ủy ban Mặt trận…", corpus 004): the heading is the next line.
        nl = text.original.find("\n", nl + 1, orig_end)
    if nl < 0:
        return None
    paragraph_end = BLANK_LINE_AFTER.match(text.original, nl) is not None
    wrapped_bold = False
    if not paragraph_end:
        wrapped = _wrapped_bold_heading_end(text, node, nl, orig_end)
        if wrapped is not None:
            nl, paragraph_end, wrapped_bold = wrapped, True, True
    cut = text.to_flat(nl)
    line = flat[node.body_start : cut].strip(" *_")
    if not line or line[-1] in HEADING_LINE_END_MARKS or len(line.split()) > (BOLD_HEADING_WORDS if wrapped_bold else HEADING_LINE_WORDS):
        return None
    rest = flat[cut + 1 : head_end]
    if not rest.lstrip(" *_")[:1].isupper():
        return None
    if paragraph_end:
        return cut, rest
    # No blank line: a wrapped sentence, unless the heading line is a whole title and the next line
    # opens a clause of its own, a doer and its verb ("2. Cải cách thủ tục hành chính" / "Phòng Văn
    # hóa và Thông tin chủ trì, phối hợp …"), not the end of a name or an object cut by the wrap.
    # A heading that names its unit ("1. Tổ chuyên môn" / "Các tổ trưởng chuyên môn chỉ đạo …") has
    # its doer already: the next line is read as the item's words, as before.
    return (cut, rest) if _heading_then_doer(line, rest) and not assignees(line, True) else None


def _wrapped_bold_heading_end(text: Text, node: Node, nl: int, orig_end: int) -> int | None:
    """Where a bold heading wrapped over two lines ends, a blank line after it (original offset):
    "**2. Sở" / "Khoa học và Công nghệ, Sở Nội vụ**" / "" / "Sở Khoa học và Công nghệ chủ trì …",
    "**4. Sở" / "Tư pháp**" / "" (corpus 004) -> the end of "Tư pháp**". Only a short paragraph
    (BOLD_HEADING_WORDS words after the marker) set in bold: a sentence wrapped before a blank line
    stays the item's words."""
    blank = BLANK_LINE_AFTER.search(text.original, nl, orig_end)
    if blank is None:
        return None
    end = text.to_flat(blank.start())
    flat = text.flat
    if flat.find("**", node.flat_start, end) < 0:
        return None
    if len(flat[node.body_start : end].split()) > BOLD_HEADING_WORDS:
        return None
    return blank.start()


def _heading_then_doer(line: str, rest: str) -> bool:
    """Whether ``line`` is a title (its last word no function word, its last two words after the first
    not capitalised: no phrase or name runs on to the next line) and ``rest`` opens with a doer's name and its predicate."""
    words = line.split()
    last = words[-1]
    if last.lower() in HEADING_OPEN_ENDS or not last[:1].isalpha():
        return False
    if any(w[:1].isupper() for w in words[1:][-2:]) and not letters_upper(line):
        # a name cut by the wrap: "… với Ủy ban" / "Mặt trận …"; not a title in capitals ("5. CHẾ ĐỘ BÁO CÁO" / "Ủy ban
        # nhân dân các xã báo cáo …")
        return False
    start = len(rest) - len(rest.lstrip(" *_"))
    got = name_at(rest, start)
    if got is None:
        return False
    verb = got[1]
    while verb < len(rest) and rest[verb] in " ,*_":
        verb += 1
    return PREDICATE.match(rest, verb) is not None


# The first words of an item's heading that names whose duties it lists (RESPONSIBLE_HEAD), in lower case: a quick test.
_RESPONSIBLE_FIRST = ("trách nhiệm", "nhiệm vụ")
# The first words of an item's heading that names the bodies it addresses (ADDRESSED_HEAD), in lower case.
_ADDRESSED_FIRST = "đối với"
# A remark in brackets that ends a heading line: "1. Đối với Ban Giám hiệu nhà trường (đồng chí Nguyễn Minh Trí – Phó
# Hiệu trưởng được phân công phụ trách)" (a school's plan).
TRAILING_REMARK = re.compile(r"\s*\([^()]{1,120}\)[\s*_:.]*$")


def _responsible(text: Text, node: Node) -> list[str]:
    """The bodies an item's heading line names as the holders of its duties: "1. Trách nhiệm của Ban Giám hiệu" / "- Xây
    dựng kế hoạch …" -> ["Ban Giám hiệu"] (``parties.addressed_doer`` with RESPONSIBLE_HEAD). A line that a lower-case
    line carries on is read with it ("2. Trách nhiệm của Ủy ban nhân dân" / "các xã, phường")."""
    flat = text.flat
    start = node.body_start
    head = flat[start : start + 28]
    first = head.lstrip(" *_").lower()
    addressed = "ối với" in head and first.startswith(_ADDRESSED_FIRST)
    if not addressed and (
        ("rách nhiệm" not in head and "hiệm vụ" not in head) or not first.startswith(_RESPONSIBLE_FIRST)
    ):
        return []
    original = text.original
    head_end = node.head_end()
    orig_end = text.to_original(head_end)
    # (from its first word: a number alone on its line, "7." / "Trách nhiệm của Chủ tịch Ủy ban nhân dân cấp xã" / "a)" /
    # "…" in the Quy định of QĐ 96/2025/QĐ-UBND of UBND tỉnh Quảng Ninh, leaves the line break before the item's words)
    nl = original.find("\n", text.to_original(start + len(head) - len(head.lstrip(" *_"))), orig_end)
    if nl >= 0 and original[nl:orig_end].lstrip()[:1].islower():
        nl = original.find("\n", nl + 1, orig_end)
    line = flat[start : text.to_flat(nl) if nl >= 0 else head_end]
    if addressed:
        # "1. Đối với Ban Giám hiệu nhà trường (…)" / "…", "a) Đối với Phòng Y tế: chủ trì …": the name before its
        # remark or its colon (parties.ADDRESSED_HEAD; "Đối với các xã đặc biệt khó khăn" runs on past a name: none).
        colon = line.find(":")
        line = TRAILING_REMARK.sub("", line[: colon + 1] if colon >= 0 else line)
    phrase = addressed_doer(line, ADDRESSED_HEAD if addressed else RESPONSIBLE_HEAD)
    if phrase is None and not addressed:
        phrase = addressed_doer(line, RESPONSIBLE_HEAD_BARE)
    return [normalize_name(n) for n in split_names(phrase)] if phrase else []


def _task(text: Text, node: Node, section: str, heading_line: bool = True) -> Task:
    """The task of an item; ``heading_line``: its first line may be a heading its paragraph follows (not an
    article's: "**Điều 3. **Chánh" / "Văn phòng Ủy ban nhân dân Thành phố, …" is one sentence wrapped, corpus 046)."""
    flat = text.flat
    body = flat[node.body_start : node.flat_end]
    names: list[str] = _responsible(text, node) if heading_line else []
    seen: set[str] = {n.lower() for n in names} if names else set()  # the names in lower case
    parts = _heads(node, text)
    after_heading = _after_heading_line(text, node) if heading_line else None
    paragraph = 0  # the index in ``parts`` of the paragraph after a topic heading, read for its first clause only
    if after_heading and not assignees(text.flat[node.body_start : after_heading[0]], True):
        # The paragraph after a topic heading opens with its doer ("7. Công tác kiểm tra, giám sát" /
        # "Ban Thường trực … xây dựng kế hoạch"). After a heading that names its unit ("3. Đề nghị Ủy ban
        # Mặt trận Tổ quốc Việt Nam thành phố" / "Chỉ đạo các đơn vị liên quan giám sát …", corpus 011)
        # the paragraph is that unit's work: the bodies it directs are not read as doers. Its later clauses
        # are the item's own words, read with them (parts[0]): only its first clause start is new.
        parts.insert(1, after_heading[1])
        paragraph = 1
    # The item's first words are a heading line when its sub-items or its paragraph follow them: a unit's
    # name there may be long ("3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội" / "- Tham mưu …").
    heading = bool(node.children) or after_heading is not None
    # The sub-items whose own words head a group of points (their index in ``parts``): "a) Các bộ, cơ quan ngang bộ, Ủy
    # ban nhân dân các tỉnh, thành phố trực thuộc trung ương" / "- Tiếp tục nghiên cứu …" (NQ 105/NQ-CP of Chính phủ): a
    # name that runs to the heading's end, no predicate after it, is its points' doer.
    group_heads = _group_heads(node, 1 if after_heading else 0)
    # Whether the item's heading named its doer ("2. Sở Nông nghiệp và Môi trường" / "- Chỉ đạo cơ quan chuyên môn về
    # đất đai hướng dẫn …"): the units its points direct are that doer's own, not the document's assignees.
    lead_named = False
    for k, part in enumerate(parts):
        grouping = k in group_heads
        got = assignees(
            part, opening=k == 0 or grouping, heading=(k == 0 and heading) or grouping, first_clause=paragraph > 0 and k == paragraph
        )
        if k == 0:
            lead_named = bool(got or names)
        elif lead_named and got and not grouping and "hỉ đạo" in part:
            got = [n for n in got if n.lower() not in _directed(part)]
        for n in got:
            if n.lower() not in seen:
                seen.add(n.lower())
                names.append(n)
    if ";" in parts[0]:
        names = _list_before_semicolon(parts[0], names, seen)
    if len(names) > 1 and "trách nhiệm trước" in body:
        names = _without_accountable_only(body, names)
    dl = find_deadline(flat, node.body_start, node.flat_end)
    return Task(
        section=section,
        # A short heading's words only ("2. Cải cách thủ tục hành chính" / "Phòng Văn hóa … chủ trì").
        text_start=text_start(text, node, after_heading[0] if after_heading else None),
        text=body.strip(" *_"),
        assigned_to=names,
        deadline=dl.iso if dl else None,
        start=node.start,
        end=node.end,
    )


# A sentence that holds an office-holder to account, no work given: "Người đứng đầu cơ quan, đơn vị chịu trách nhiệm trước
# pháp luật về tính chính xác, đầy đủ trong việc thực hiện chi trả." (NQ 78/2025/NQ-HĐND of HĐND thành phố Hà Nội): the
# name that opens it, right before the predicate (not "Giao Trưởng Thuế các tỉnh … tập trung chỉ đạo … và chịu trách
# nhiệm trước Cục …", work given first).
ACCOUNTABLE_SENTENCE = re.compile(r"(?:^|(?<=[.;]))[^.;]*?chịu\s+trách\s+nhiệm\s+trước\s")
ACCOUNTABLE_PREDICATE = re.compile(r"[\s*_]*chịu\s+trách\s+nhiệm\s+trước\s")


def _without_accountable_only(body: str, names: list[str]) -> list[str]:
    """An item's doers without those it names only as answerable (ACCOUNTABLE_SENTENCE), when others remain: "2. Cơ quan,
    đơn vị thực hiện nội dung chi theo Phụ lục III có trách nhiệm rà soát, đối chiếu …. Người đứng đầu cơ quan, đơn vị chịu
    trách nhiệm trước pháp luật về …" -> the first body only."""
    answerable: set[str] = set()
    rest: list[str] = []
    at = 0
    for m in ACCOUNTABLE_SENTENCE.finditer(body):
        start = m.start()
        while start < m.end() and body[start] in " *_-–+•\n":
            start += 1
        got = name_at(body, start, m.end())
        if got is None or ACCOUNTABLE_PREDICATE.match(body, got[1]) is None:
            continue
        answerable.update(split_names(got[0]))
        rest.append(body[at:start])
        at = m.end()
    if not answerable:
        return names
    rest.append(body[at:])
    answerable = {normalize_name(n).lower() for n in answerable}
    working = {n.lower() for n in assignees(" ".join(rest), True)}
    kept = [n for n in names if n.lower() not in answerable or n.lower() in working]
    return kept or names


# "Chỉ đạo" opening a point, its object the unit the item's doer directs: "- Chỉ đạo đơn vị chuyên môn phối hợp chặt
# chẽ với Sở Nông nghiệp và Môi trường …" under "10. Ủy ban nhân dân các xã, phường" (corpus 048), "- Chỉ đạo cơ quan
# chuyên môn về đất đai hướng dẫn …" under "2. Sở Nông nghiệp và Môi trường" (corpus 034).
DIRECTING_POINT = re.compile(r"(?:^|[.;:]\s+|[-+•–]\s+)(?:[Tt]iếp\s+tục\s+|[Cc]hủ\s+động\s+)?[Cc]hỉ\s+đạo\s+(?:cho\s+)?")


def _directed(part: str) -> set[str]:
    """The names (lower case) of the units that a point's "Chỉ đạo" directs (DIRECTING_POINT): the doer that opens the
    words after it (``parties.doers``), each of its names."""
    out: set[str] = set()
    for m in DIRECTING_POINT.finditer(part):
        first = doers(part[m.end() :], opening=True)[:1]
        if first and first[0][1] == 0:  # the object right after "Chỉ đạo": "các bộ phận chuyên môn, Công an xã, thôn"
            out.update(normalize_name(n).lower() for n in split_names(first[0][0]))
    return out


# How far into an item a semicolon may end the list of bodies that opens it.
_OPENING_LIST_CHARS = 400


def _list_before_semicolon(head: str, names: list[str], seen: set[str]) -> list[str]:
    """``names`` with the bodies of a list that opens the item and ends at a semicolon, too long to read as one name, put
    first: "3. Chánh Văn phòng Ủy ban nhân dân thành phố, Giám đốc sở, Thủ trưởng cơ quan, ban, ngành thành phố, Giám đốc
    Trung tâm Phục vụ hành chính công thành phố; cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành …" (a Quyết định
    of UBND thành phố Hồ Chí Minh). The list is read with the predicate it shares (_SHARED_PREDICATE)."""
    words = head.lstrip(" *_")
    semi = words.find(";")
    if not 0 < semi < _OPENING_LIST_CHARS or head_at(words, 0) is None or name_at(words, 0) is not None:
        return names
    first = [n for n in assignees(f"{words[:semi].rstrip()} {_SHARED_PREDICATE}", True) if n.lower() not in seen]
    seen.update(n.lower() for n in first)
    return first + names


def _item_kind(text: Text, node: Node) -> str | None:
    """Kind of an unheaded item titled by kind words: '1. Mục đích' -> 'purpose',
    '5. Thời gian thực hiện: …' -> 'time'; '3. Sở Tài chính' names a body, not a kind."""
    start = mend_title(text.flat[node.body_start : node.body_start + 40].lstrip(" *_").upper())
    for kind, words in SECTION_WORDS.items():
        if start.startswith(words):
            return kind
    return None


# The end of an article's words that open a list of tasks: "Điều 2. Hội đồng nhân dân tỉnh thống nhất thông qua
# phương hướng, nhiệm vụ … 6 tháng cuối năm 2017, trong đó cần tập trung một số nhiệm vụ chủ yếu sau:" (a Nghị
# quyết of HĐND tỉnh Hậu Giang), "… các nhiệm vụ, giải pháp trọng tâm như sau:". Not "Điều 1. … đánh giá kết
# quả thực hiện nhiệm vụ …, với những nội dung chủ yếu sau:" (an assessment).
TASK_LIST_LEAD = re.compile(
    r"(?<![\wđ])(?:nhiệm\s+vụ|giải\s+pháp)(?:\s*,\s*(?:nhiệm\s+vụ|giải\s+pháp)|\s+và\s+(?:nhiệm\s+vụ|giải\s+pháp))?"
    r"(?:\s+(?:chủ\s+yếu|trọng\s+tâm|trọng\s+yếu|cụ\s+thể|chính|cơ\s+bản))?\s+(?:như\s+)?sau\s*:[\s*_]*$",
    re.IGNORECASE,
)
# How far back from an article's head end TASK_LIST_LEAD is looked for.
_TASK_LIST_BACK = 120


# The end of an article's words whose items are what it gives each body to do: "Điều 5. Hội đồng nhân dân
# tỉnh giao" / "1. Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết." (a Nghị quyết of HĐND tỉnh
# Quảng Ninh), "Điều 3. Hội đồng nhân dân tỉnh giao:" / "1. Thường trực Hội đồng nhân dân tỉnh: …". Not the passive
# "được giao" / "đã giao" that ends a title: "**Điều 3. Thẩm quyền quyết định bổ sung tiêu chuẩn, định mức … và nhiệm vụ
# được giao**" / "1. Đối với trường hợp …" / "a) Sở Khoa học và Công nghệ quyết định …" (QĐ 83/2025/QĐ-UBND of UBND tỉnh
# Bắc Ninh: powers conferred, no task).
ASSIGNING_LEAD = re.compile(
    r"(?<![\wđ])(?<!được\s)(?<!đã\s)(?:giao|yêu\s+cầu|đề\s+nghị)\s*:?[\s*_]*$", re.IGNORECASE
)
_ASSIGNING_BACK = 20
# The end of an article's words that charge the bodies they name with its items: "Điều 2. Sở Y tế, UBND cấp xã và các cơ
# quan, đơn vị có liên quan …, có trách nhiệm:" / "1. Đối với các nội dung đề xuất giảm thời gian …" (QĐ 2816/QĐ-UBND of
# UBND tỉnh Đồng Nai, realdocs 24ac05c2): the items are their tasks, the bodies their doers (_article_lead).
RESPONSIBLE_LEAD = re.compile(r"(?<![\wđ])(?:có|chịu)\s+trách\s+nhiệm(?:\s+(?:như\s+sau|sau\s+đây))?\s*:[\s*_]*$", re.IGNORECASE)
_RESPONSIBLE_BACK = 40
# An article's words that only give its items to the bodies they name: "**Điều 2**. Giao các cơ" / "quan, đơn vị:" / "1.
# Thanh tra tỉnh chủ trì, …" / "2. Thanh tra tỉnh, UBND các xã, phường niêm yết …" (QĐ 1520/QĐ-UBND of UBND tỉnh Bắc Ninh,
# realdocs 2e037ff2). A copy may leave the stop of "**Điều 2**." before them.
ASSIGNING_OPEN = re.compile(r"[\s*_.:]*(?:Giao|Yêu\s+cầu)\s+(?:cho\s+)?[^.;:]{3,80}:[\s*_]*")


def _lists_tasks(text: Text, node: Node) -> bool:
    """Whether an article of no section kind opens a list of tasks (TASK_LIST_LEAD) or of assignments
    (ASSIGNING_LEAD) before its items, or names the body whose duties they are (_named_lead)."""
    end = node.head_end()
    return (
        node.kind == "article" and node.section_kind is None and any(c.kind == "item" for c in node.children)
        and (
            TASK_LIST_LEAD.search(text.flat, max(node.body_start, end - _TASK_LIST_BACK), end) is not None
            or ASSIGNING_LEAD.search(text.flat, max(node.body_start, end - _ASSIGNING_BACK), end) is not None
            or RESPONSIBLE_LEAD.search(text.flat, max(node.body_start, end - _RESPONSIBLE_BACK), end) is not None
            or ASSIGNING_OPEN.fullmatch(text.flat, node.body_start, end) is not None
            or _named_lead(text, node) is not None
            or bool(_duties_lead(_words_before_items(text, node)))
        )
    )


def _words_before_items(text: Text, node: Node) -> str:
    """An article's words before its first item, without the markup around them ("" when it has no item)."""
    first = next((c for c in node.children if c.kind == "item"), None)
    return text.flat[node.body_start : first.flat_start].strip(" *_\n") if first is not None else ""


# The most characters of an article's words before its items that only name a body: "Giám đốc Sở Nông nghiệp và Môi
# trường tỉnh Quảng Ngãi:".
_NAMED_LEAD_CHARS = 160


def _named_lead(text: Text, node: Node) -> str | None:
    """The body an article's words before its items name, whole, before a colon: "Điều 3. Giám đốc Sở Nông nghiệp và Môi
    trường tỉnh Quảng Ngãi:" / "1. Chịu trách nhiệm trước pháp luật …" / "2. Tham mưu …" (QĐ 1617/QĐ-UBND of Chủ tịch UBND
    tỉnh Quảng Ngãi: the items are its duties); None for any other words ("Điều 1. Ban hành kèm theo …:")."""
    first = next((c for c in node.children if c.kind == "item"), None)
    if first is None or first.flat_start - node.body_start > _NAMED_LEAD_CHARS:
        return None
    words = text.flat[node.body_start : first.flat_start].strip(" *_\n")
    if words.endswith(":"):
        words = words[:-1].rstrip(" *_")
    elif (
        node.kind != "article" or not words or (node.title or "").strip(" *_") != words
        or any(_opens_with_doer(text, c) for c in node.children if c.kind == "item")
    ):
        return None  # (not an organ's article whose clauses name their own: "Điều 7. Ban Kiểm soát" / "1. Ban Kiểm soát gồm …")
    # (An article whose title is the body alone: "**Điều 2. Sở Giáo dục" / "và Đào tạo**" / "1. Chủ trì thực hiện tuyển dụng
    # …" / "2. Chủ trì thực hiện quản lý …", QĐ 53/2025/QĐ-UBND of UBND tỉnh Cao Bằng, which gives the Sở its duties.)
    got = name_at(words, 0, heading=True)
    return got[0] if got is not None and got[1] == len(words) else None


# What follows the holder's name in the lead sentence of an article of duties ("Nhiệm vụ, quyền hạn"): " thực hiện nhiệm vụ,
# quyền hạn theo quy định …", " có các nhiệm vụ, quyền hạn sau:", " có nhiệm vụ".
HOLDS_DUTIES = re.compile(r"[\s*_]+(?:thực\s+hiện|có)\s+(?:các\s+)?(?:chức\s+năng,\s*)?nhiệm\s+vụ(?![\wđ])")
# A scope after the name a responsibility's title gives: " trong quản lý …", " về …", " đối với …".
SCOPE_AFTER_NAME = re.compile(r"\s+(?:trong|về|đối\s+với)\s")
SCOPE_ENDING_NAME = re.compile(r"\s+(?:trong|về|đối\s+với)$")


# The whole title of an article of duties that names no holder: "Nhiệm vụ", "Nhiệm vụ, quyền hạn", "Chức năng, nhiệm vụ",
# "Nhiệm vụ và quyền hạn", "Trách nhiệm" (the holder is the body the regulation is about, ``regulation_subject``).
BARE_DUTIES_TITLE = re.compile(
    r"(?:(?:Chức\s+năng|Vị\s+trí)\s*(?:,|và)\s*)?(?:Nhiệm\s+vụ|Trách\s+nhiệm)"
    r"(?:\s*(?:,|và)\s*(?:quyền\s+hạn|nhiệm\s+vụ|trách\s+nhiệm|quyền\s+lợi))*(?:\s+chung)?",
    re.IGNORECASE,
)


# The most characters of an article's title broken over two lines (_article_lead).
_BROKEN_TITLE_CHARS = 160


def _article_lead(text: Text, node: Node, subject: Callable[[], list[str]] = list) -> tuple[list[str], bool]:
    """The doers an article's words before its items name for them: the object of its directive ("Điều 1. Ủy quyền Giám
    đốc Sở Nông nghiệp và Môi trường thực hiện nhiệm vụ …, cụ thể:"), or the body it names alone (_named_lead); and
    whether they hold the items' duties (an article of duties: its items' doer is that holder, whatever bodies the items
    name after their verbs). ``subject``: the body the regulation is about, holder of an article of duties that names
    none ("Điều 3. Nhiệm vụ" / "1. Quỹ có nhiệm vụ hỗ trợ …" / "2. Tham mưu cho Sở …" in the Điều lệ of Quỹ Bảo vệ môi
    trường tỉnh Quảng Trị)."""
    if (named := _named_lead(text, node)) is not None:
        return [normalize_name(n) for n in split_names(named)], False
    title = (node.title or "").strip(" *_")
    if BARE_DUTIES_TITLE.fullmatch(title) and (first := next((c for c in node.children if c.kind == "item"), None)):
        # The title broken after its first words: "**Điều 3. **Trách nhiệm" / "của Giám đốc Sở Nông nghiệp và Môi trường" /
        # "1. Chịu trách nhiệm trước Ủy ban nhân dân thành phố …" (QĐ 2568/QĐ-UBND of UBND thành phố Cần Thơ): the words
        # up to the first item are the whole title.
        words = tidy(text.flat[node.body_start : first.flat_start].replace("*", " ").replace("_", " "))
        if words.startswith(title) and words[len(title) :].startswith(" của ") and len(words) <= _BROKEN_TITLE_CHARS:
            title = words.rstrip(" .:")
    if "rách nhiệm" in title[:12] or "hiệm vụ" in title[:10]:
        # "Điều 12. Trách nhiệm của Sở Khoa học và Công nghệ" / "1. Tham mưu …" (a Quy chế of UBND tỉnh Đồng Tháp): the
        # title names the holder of the items' duties.
        phrase = addressed_doer(title, RESPONSIBLE_HEAD)
        if phrase is None and (head := RESPONSIBLE_HEAD.match(title)) is not None and (got := name_at(title, head.end())):
            if SCOPE_AFTER_NAME.match(title, got[1]):
                phrase = got[0]  # "Trách nhiệm của các cơ quan, đơn vị trong quản lý, sử dụng Hệ thống …": its scope after it
            elif (scope := SCOPE_ENDING_NAME.search(got[0])) is not None:
                phrase = got[0][: scope.start()]  # (the name read with the scope's first word: "các cơ quan, đơn vị trong")
            elif node.section_kind == "organisation":
                # The name, then what qualifies it: "Điều 18. Trách nhiệm của các cơ quan, đơn vị xử lý phản ánh kiến nghị"
                # (QĐ 78/2025/QĐ-UBND of UBND tỉnh Bắc Ninh) -> "các cơ quan, đơn vị".
                phrase = got[0]
        if phrase:
            return [normalize_name(n) for n in split_names(phrase)], True
    first = next((c for c in node.children if c.kind == "item"), None)
    if first is None:
        return [], False
    words = text.flat[node.body_start : first.flat_start].rstrip(" *_\n")
    if (charged := RESPONSIBLE_LEAD.search(words)) is not None and (bodies := assignees(words[: charged.start()], True)):
        # "Sở Y tế, UBND cấp xã và các cơ quan, đơn vị có liên quan …, có trách nhiệm:": the bodies before it hold the
        # items' duties ("Hằng năm, Quỹ Bảo vệ môi trường có trách nhiệm:" names none this way: _duties_lead reads it).
        return bodies, True
    if "hiệm vụ" in title[:10] and words.endswith(":"):
        # "Điều 2. Nhiệm vụ, quyền hạn" / "Trung tâm Bảo tồn Di sản Văn hóa thế giới Hội An thực hiện nhiệm vụ, quyền hạn theo
        # quy định của pháp luật …, cụ thể như sau:" / "1. Tham mưu …" (a Quyết định of UBND thành phố Đà Nẵng): the body
        # the lead sentence (after the title, which the article's words hold) names holds the items' duties.
        lead_at = words.find(title) + len(title) if title and title in words else 0
        lead_at = max(lead_at, words.rfind(". ", lead_at) + 1)
        while lead_at < len(words) and words[lead_at] in " *_":
            lead_at += 1
        if (got := name_at(words, lead_at)) is not None and HOLDS_DUTIES.match(words, got[1]):
            return [normalize_name(n) for n in split_names(got[0])], True
    if words.endswith(":") and (held := _duties_lead(words)):
        return held, True
    if BARE_DUTIES_TITLE.fullmatch(title.rstrip(" *_:.")) and (held := subject()):
        return held, True
    return (_lead_names(words) if words.endswith(":") and LEAD_DIRECTIVE.search(words) else []), False


# The rest of a lead sentence whose subject holds the duties its items list, up to its colon: "Điều 2. Ban Chỉ đạo có nhiệm
# vụ:", "Ban Kiểm soát có các nhiệm vụ, quyền hạn sau:", "Hằng năm, Quỹ Bảo vệ môi trường có trách nhiệm:" (the Điều lệ of
# Quỹ Bảo vệ môi trường tỉnh Quảng Trị), "Tổ công tác có nhiệm vụ giúp Ủy ban nhân dân xã …:". Not "… có ý kiến chỉ đạo:".
DUTIES_LEAD = re.compile(
    r"[\s*_]+(?:có|thực\s+hiện)\s+(?:các\s+)?(?:chức\s+năng,\s*)?(?:nhiệm\s+vụ|trách\s+nhiệm)(?![\wđ])"
    r"(?:\s*(?:,|và)\s*(?:quyền\s+hạn|nhiệm\s+vụ|trách\s+nhiệm))*[^:;.]{0,120}:$"
)
# A subject's scope before a comma and its duties: "Sở Y tế, UBND cấp xã và các cơ quan, đơn vị| có liên quan đến các lĩnh
# vực kiến nghị đơn giản hóa nêu tại Điều 1 của Quyết định này, có trách nhiệm:" (QĐ 2816/QĐ-UBND of UBND tỉnh Đồng Nai).
SCOPE_BEFORE_DUTIES = re.compile(r"[^:;.]{0,160}?,(?=[\s*_]+(?:có|thực\s+hiện)\s)")
# The opening of such a sentence before its subject: "Hằng năm, ", "Trong thời gian hoạt động, ".
_OPENING_COMMA_CHARS = 40


def _duties_lead(words: str) -> list[str]:
    """The holder a lead sentence ending with a colon names as its subject, its predicate the duties (DUTIES_LEAD); []
    for any other sentence."""
    if "nhiệm" not in words:
        return []
    cut = max(words.rfind(". "), words.rfind("; "))
    sentence = words[cut + 1 :].strip(" *_")
    comma = sentence.find(", ", 0, _OPENING_COMMA_CHARS)
    for at in (0, comma + 2) if comma > 0 else (0,):
        got = name_at(sentence, at)
        if got is None:
            continue
        scope = SCOPE_BEFORE_DUTIES.match(sentence, got[1])
        if DUTIES_LEAD.match(sentence, got[1]) or (scope is not None and DUTIES_LEAD.match(sentence, scope.end())):
            return [normalize_name(n) for n in split_names(got[0])]
    return []


# The predicate that gives the execution to the bodies named before it: "… chịu trách nhiệm thi hành Quyết định này", "…
# căn cứ Quyết định thi hành".
EXECUTION_PREDICATE = re.compile(
    r"chịu\s+trách\s+nhiệm\s+thi\s+hành|căn\s+cứ\s+(?:Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị)(?:\s+này)?\s+(?:để\s+)?thi\s+hành",
    re.IGNORECASE,
)
# An article that gives the instrument's execution to the bodies it names, a task of its own: "Điều 3. Chánh
# Văn phòng Ủy ban nhân dân Thành phố, Giám đốc Sở Nông nghiệp và Môi trường, … chịu trách nhiệm thi hành
# Quyết định này" (corpus 046), "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở, … căn cứ
# Quyết định thi hành" (QĐ 1209/QĐ-UBND of UBND tỉnh Hà Giang), "Điều 2. Giao Sở Công Thương chủ trì, phối hợp
# … triển khai thực hiện Kế hoạch này" (corpus 048). Not "Điều 1. Ban hành kèm theo Quyết định này …", "Điều 2.
# Quyết định này có hiệu lực …": no body is named.
EXECUTING_ARTICLE = re.compile(
    EXECUTION_PREDICATE.pattern
    + r"|^[\s*_]*Giao\s|^[\s*_]*(?:Ủy|Uỷ)\s+quyền\s"
    # The council's organs that supervise the execution: "Điều 3. Thường trực Hội đồng nhân dân, các Ban của Hội đồng
    # nhân dân và các đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này." (NQ 130/2017/NQ-HĐND of
    # HĐND tỉnh Đồng Tháp), as its items are when it has some (corpus 079, Điều 2.3).
    r"|giám\s+sát\s+việc\s+(?:thực\s+hiện|thi\s+hành)\s+(?:Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị)",
    re.IGNORECASE,
)
# Words one of which EXECUTING_ARTICLE's matches hold (lower case): a quick test before the regex.
_EXECUTING_WORDS = ("thi hành", "giao", "giám sát", "quyền")
# An article without items that charges a named body with work, a task of its own as an executing article is: "Điều 3.
# Giám đốc Sở Nội vụ có trách nhiệm hướng dẫn, đôn đốc, kiểm tra quá trình triển khai, thực hiện Quyết định này" (QĐ
# 2579/QĐ-UBND of UBND thành phố Cần Thơ), "Điều 2. Sở Công Thương có trách nhiệm chủ trì, phối hợp …" (QĐ 471/QĐ-UBND of
# UBND tỉnh Bắc Ninh). Not "chịu trách nhiệm trước Ủy ban nhân dân tỉnh … về việc thực hiện nhiệm vụ được ủy quyền" (an
# account owed, no work); not an item's words (a rule's item states a duty among its conditions: "Lễ tang … phải thực
# hiện …; Ủy ban nhân dân cấp xã có trách nhiệm …").
CHARGING_ARTICLE = re.compile(
    r"(?:có|chịu)\s+trách\s+nhiệm\s+(?:chủ\s+trì|hướng\s+dẫn|theo\s+dõi|tổ\s+chức|triển\s+khai|xây\s+dựng|phối\s+hợp"
    r"|kiểm\s+tra|quản\s+lý|rà\s+soát|tham\s+mưu)"
    # …or a colon, its work the paragraph after: "**Điều 4. Tổ chức thực hiện**" / "Chi cục trưởng Chi cục Kiểm lâm có trách
    # nhiệm:" / "Quy định thẩm quyền, trách nhiệm của người đứng đầu …" (the Quy định of QĐ 39/2025/QĐ-UBND of UBND tỉnh
    # Quảng Trị).
    r"|có\s+trách\s+nhiệm\s*:",
    re.IGNORECASE,
)
_CHARGING_WORDS = "trách nhiệm"


def _executes(text: Text, node: Node, charging: bool = True) -> bool:
    """Whether an article without items gives the execution to bodies (EXECUTING_ARTICLE) or, ``charging``, charges a
    named body with work (CHARGING_ARTICLE). Its kind does not matter: "Điều 2: Giao cho Sở Y tế tổ chức triển khai và
    phối hợp …" (QĐ 29/2002/QĐ-UB of UBND tỉnh Hưng Yên) reads as an organisation article by its words ("triển khai"),
    whose tasks are its items, and it has none."""
    if node.kind != "article" or any(c.kind == "item" for c in node.children):
        return False
    # The whole article: a wrapped line may open a dash item inside a list of names ("Giám đốc các Sở: Lao động" /
    # "- Thương binh và Xã hội, Nội vụ, … chịu trách nhiệm thi hành Quyết định này", QĐ 1528/QĐ-UBND of UBND tỉnh Bình Định).
    words = text.flat[node.body_start : node.flat_end]
    low = words.lower()
    if any(w in low for w in _EXECUTING_WORDS) and EXECUTING_ARTICLE.search(words) is not None:
        return True
    return charging and _CHARGING_WORDS in low and CHARGING_ARTICLE.search(words) is not None


# How many characters of an item's first words show whether it is a section's title in capitals.
_SECTION_TITLE_CHARS = 40


def _section_items(text: Text, part: list[Node]) -> set[int]:
    """The ids of the top-level items of a part without headings that are its sections, numbered as items: their titles
    are in capitals and name section kinds ("1. MỤC ĐÍCH, YÊU CẦU" / "2. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU" / "2.1. …" / "3.
    TỔ CHỨC THỰC HIỆN" / "3.1. …", a plan whose Roman numerals were lost or never written), two of them at least. The
    sub-items of those of content and organisation are the plan's tasks."""
    flat = text.flat
    found = set()
    for n in part:
        if n.kind != "item":
            continue
        head = flat[n.body_start : min(n.head_end(), n.body_start + _SECTION_TITLE_CHARS)].strip(" *_")
        if head and letters_upper(head) and _item_kind(text, n) is not None:
            found.add(id(n))
        elif BARE_HEADING.fullmatch(mend_title(_first_line(text, n).upper())):
            # A title in lower case made only of heading words: "2. Nhiệm vụ, giải pháp" / "a) …", "3. Tổ chức thực
            # hiện:" (not "2. Nhiệm vụ của Sở Y tế" / "a) …", a directive to a body), with or without sub-items ("## 3.
            # Tổ chức thực hiện" / "Phòng Công tác Sinh viên chủ trì, …": a section of one paragraph, its own task), and
            # with the slip "Tổ chức thức hiện" (sections.mend_title).
            found.add(id(n))
    return found if len(found) >= 2 else set()


def _first_line(text: Text, node: Node) -> str:
    """An item's words on its first line (flat), up to its first child."""
    end = node.head_end()
    nl = text.original.find("\n", text.to_original(node.body_start), text.to_original(end))
    return text.flat[node.body_start : text.to_flat(nl) if nl >= 0 else end]


def _section_item_tasks(text: Text, node: Node) -> list[Task]:
    """The tasks of an item that is a content or organisation section (``_section_items``): one per sub-item numbered
    "2.1." or lettered "a)", labelled "2.1", "2.a"; the item itself when it has none."""
    subs = [c for c in node.children if c.label and c.label not in ("-", "+")]
    if not subs:
        return [_task(text, node, node.label or "")]
    # "a) Năm 2024:" alone, "2.4. Kế hoạch này có hiệu lực …": no task, as in a plan's sections. (An item of these
    # sections stating the time or the funding is one: the gold's "one task per numbered item of the NỘI DUNG and TỔ
    # CHỨC THỰC HIỆN sections"; only THỜI GIAN or KINH PHÍ sections of their own are none.)
    subs = [c for c in subs if not (_period_only(text, c) or _states_effect(text, c))]
    return [_task(text, c, c.label if "." in c.label else f"{node.label}.{c.label}") for c in subs]


# The labels of a bullet's nodes ("-", "+"; sections.DASH_MARKER, PLUS_MARKER).
_BULLET_LABELS = frozenset("-+")


def _bulleted(node: Node) -> bool:
    """Whether a heading's items are all bullets or lettered points of one kind ("- …", "+ …", "a) …"), none numbered."""
    kids = node.children
    if not kids or any(c.kind != "subitem" or not c.label for c in kids):
        return False
    first = kids[0].label
    return all((c.label in _BULLET_LABELS) == (first in _BULLET_LABELS) for c in kids)


# The first characters of a bullet's line (sections.DASH_MARKER, PLUS_MARKER).
_BULLET_FIRST = frozenset("-–—•+")


def _bullet_leads(text: Text, node: Node) -> list[tuple[int, list[str]]]:
    """The lines of a section of bullets that name the doer of the bullets under them, and their doers: "Giao Trạm Y tế
    xã chủ trì:" / "- Kiểm tra …", "Sở Y tế:" / "- …" / "Sở Tài chính:" / "- …" (flat offset of the line, the names). A
    lead is a short line opening with a capital after a sentence's end (or the section's title), ending with a colon, a
    bullet on the next line; one that names no doer ("Nội dung kiểm tra:") ends the doer of the lead before it."""
    lines = text.lines
    k = bisect_right(lines, node.flat_start, key=_line_flat_start)
    title_end = node.body_start + len(node.title or "")
    out: list[tuple[int, list[str]]] = []
    prev = ""
    while k < len(lines) and lines[k].flat_start < node.flat_end:
        ln = lines[k]
        k += 1
        if ln.flat_start < title_end:
            continue
        t = ln.text.strip(" *_")
        if (
            t.endswith(":")
            and t[:1].isupper()
            and (not prev or prev[-1:] in ".;:!?")
            and len(t.split()) <= HEADING_LINE_WORDS
            and k < len(lines)
            and lines[k].flat_start < node.flat_end
            and lines[k].text.lstrip(" *_")[:1] in _BULLET_FIRST
        ):
            out.append((ln.flat_start, _bullet_lead_names(t)))
        prev = t
    return out


def _bullet_lead_names(line: str) -> list[str]:
    """The doers of a lead line over bullets: the body it names alone ("Sở Y tế:", "Các trường học:"), else the object of its
    directive or its subject that does not direct ("Giao Trạm Y tế xã chủ trì:" -> Trạm Y tế xã; "Ủy ban nhân dân huyện đề
    nghị:", "Chủ tịch UBND huyện yêu cầu:" -> none: the issuer asks, the bullets say who does)."""
    got = name_at(line, len(line) - len(line.lstrip(" *_")), heading=True)
    if got is not None and not line[got[1] :].strip(" *_:."):
        return assignees(line, True, True)
    return _lead_names(line, strict=False)


# A subheading without a number, alone on its line and set in bold or as a markdown heading: "**Tuyên truyền, nâng cao
# nhận thức**", "### Hoàn thiện cơ chế, chính sách", "**Sở Y tế:**" (the items of a section that numbers none).
UNNUMBERED_SUBHEADING = re.compile(r"[\s|>]*(?:\*\*(?P<bold>[^*]{3,100}?)\*\*|#{2,6}\s+(?P<md>[^#*]{3,100}?))[\s*_:.]*")
# How many such subheadings a section needs: one alone may be an emphasised sentence.
_SUBHEADINGS_MIN = 2


def _subheading_items(text: Text, node: Node) -> list[Node]:
    """The items of a content or organisation section that numbers none and whose paragraphs are headed by unnumbered
    subheadings (UNNUMBERED_SUBHEADING): "II. NHIỆM VỤ VÀ GIẢI PHÁP" / "**Tuyên truyền, nâng cao nhận thức**" / "Các
    sở, ngành tổ chức tuyên truyền …" / "**Hoàn thiện cơ chế, chính sách**" / "…". Each runs to the next; [] when the
    section has fewer than _SUBHEADINGS_MIN of them, or any paragraph before the first."""
    lines = text.lines
    first = bisect_right(lines, node.flat_start, key=_line_flat_start)  # the line after the heading's first
    title_end = node.body_start + len(node.title or "")
    heads: list[int] = []
    lead = ""  # the last line of a paragraph before the first subheading
    k = first
    while k < len(lines) and lines[k].flat_start < node.flat_end:
        ln = lines[k]
        if ln.flat_start >= title_end:
            t = ln.text
            if t.lstrip(" |>")[:1] in "*#" and UNNUMBERED_SUBHEADING.fullmatch(t) and not t.rstrip(" *_").endswith((".", ";")):
                if not heads and lead and not lead.rstrip(" *_").endswith(":"):
                    return []  # a paragraph of the section's own, not the lead of a list ("… các nhiệm vụ sau:")
                heads.append(k)
            elif not heads:
                lead = t
        k += 1
    if not heads:
        heads = _plain_subheadings(text, node, first, title_end)
    if len(heads) < _SUBHEADINGS_MIN:
        return []
    items = []
    for number, k in enumerate(heads, 1):
        ln = lines[k]
        lead = len(ln.text) - len(ln.text.lstrip(" |>#*"))
        fs = ln.flat_start
        fe = lines[heads[number]].flat_start - 1 if number < len(heads) else node.flat_end
        start, end = text.original_span(fs, fe)
        items.append(Node(kind="item", label=str(number), flat_start=fs, flat_end=fe, body_start=fs + lead, start=start, end=end))
    return items


def _line_flat_start(line) -> int:
    return line.flat_start


# The marks a plain subheading does not end with: a sentence's or a clause's, a list's, a table's.
_PLAIN_SUBHEADING_END_MARKS = frozenset(".;:,!?…-–)|\"”")
# The words of a plain subheading: two at least, a title's few at most.
_PLAIN_SUBHEADING_WORDS = (2, 10)
# The most words of a long plain subheading, whose paragraph must have more words than it: "Nâng cao chất lượng quản lý
# học sinh và phòng ngừa bạo lực học đường" (14) / "Ban Giám hiệu và giáo viên chủ nhiệm thường xuyên nắm bắt …" (a
# school's plan on school violence, its items' numbers lost in a docx copy).
_LONG_PLAIN_SUBHEADING_WORDS = 16
# The most words of a line a PDF wraps a paragraph's sentence at: a line after a plain subheading that ends no sentence
# has more (it is the sentence's first line, the subheading's paragraph).
_WRAPPED_LINE_WORDS = 12


def _plain_title(line: str, most: int = _PLAIN_SUBHEADING_WORDS[1]) -> bool:
    """Whether a line is a plain subheading's words: opens with a capital, few words (``most`` at most), no end mark, its
    last word no function word, no name cut at its end ("Tuyên truyền, nâng cao nhận thức"; not "Phối hợp với" / "Ủy ban
    …", "… của Ủy ban")."""
    if not line[:1].isupper() or line[-1] in _PLAIN_SUBHEADING_END_MARKS or "|" in line or "*" in line:
        return False
    words = line.split()
    if not _PLAIN_SUBHEADING_WORDS[0] <= len(words) <= most:
        return False
    if words[-1].lower() in HEADING_OPEN_ENDS or not words[-1][-1:].isalpha():
        return False
    if not any(w[:1].isupper() for w in words[1:][-2:]):
        return True
    got = name_at(line, 0, heading=True)  # a body's whole name: "Ban Giám hiệu", "Sở Y tế"
    return got is not None and got[1] >= len(line)


def _line_then_paragraph(line: str, paragraph: str) -> list[str]:
    """The doers of a plain subheading's item: the body its line names ("Ban Giám hiệu"), then those of its paragraph."""
    names = assignees(line, True, True)
    seen = {n.lower() for n in names}
    for n in assignees(paragraph, True):
        if n.lower() not in seen:
            seen.add(n.lower())
            names.append(n)
    return names


def _plain_subheadings(text: Text, node: Node, first: int, title_end: int) -> list[int]:
    """The lines of a section that numbers none which head its paragraphs without emphasis: "II. NHIỆM VỤ VÀ GIẢI PHÁP" /
    "Tuyên truyền, nâng cao nhận thức" / "Các sở, ngành tổ chức tuyên truyền … ." / "Hoàn thiện cơ chế, chính sách" /
    "Sở Tư pháp chủ trì …". Each is a short line (``_plain_title``) after a sentence's end (or the section's title, or a
    lead ending with a colon), a sentence opening with a capital after it; [] unless _SUBHEADINGS_MIN of them, or when a
    paragraph of the section's own comes before the first."""
    lines = text.lines
    heads: list[int] = []
    prev = ""  # the line before, "" for the section's title
    k = first
    while k < len(lines) and lines[k].flat_start < node.flat_end:
        ln = lines[k]
        if ln.flat_start < title_end:
            k += 1
            continue
        t = ln.text.strip(" >")
        nxt = lines[k + 1].text.strip(" >") if k + 1 < len(lines) and lines[k + 1].flat_start < node.flat_end else ""
        if (
            (not prev or prev[-1:] in ".;:!?")
            and _plain_title(t, _LONG_PLAIN_SUBHEADING_WORDS)
            and nxt[:1].isupper()
            and (nxt[-1:] in ".;!?" or len(nxt.split()) > _WRAPPED_LINE_WORDS)
            # a long one only over a longer paragraph (_LONG_PLAIN_SUBHEADING_WORDS)
            and (len(t.split()) <= _PLAIN_SUBHEADING_WORDS[1] or len(nxt.split()) > len(t.split()))
        ):
            if not heads and prev and not prev.endswith(":"):
                return []  # a paragraph of the section's own before the first
            heads.append(k)
        prev = t.rstrip(" *_")
        k += 1
    return heads if len(heads) >= _SUBHEADINGS_MIN else []


def _section_words_start(text: Text, node: Node) -> int | None:
    """The flat offset of the first line of a heading's own words after its title, or None when it has none."""
    lines = text.lines
    k = bisect_right(lines, node.flat_start, key=_line_flat_start)
    title_end = node.body_start + len(node.title or "")
    end = node.head_end()
    while k < len(lines) and lines[k].flat_start < end:
        if lines[k].flat_start >= title_end:
            return lines[k].flat_start
        k += 1
    return None


def _lost_first_item(text: Text, node: Node) -> Node | None:
    """The first item of a section whose number a PDF's text lost: the section's own words before an item "2." that opens
    its list (sections._continues_numbering): "II. NỘI DUNG" / "Tổ chức tuyên truyền trên …" / "2. Tổ chức kiểm tra …"
    -> an item "1" of those words. None when the first item is numbered 1 or the words do not open a sentence."""
    first = next((c for c in node.children if c.kind == "item"), None)
    if first is None or first.label != "2":
        return None
    fs = _section_words_start(text, node)
    if fs is None:
        return None
    fe = first.flat_start - 1
    words = text.flat[fs:fe].strip(" *_")
    if len(words.split()) < 3 or not words[:1].isupper():
        return None
    start, end = text.original_span(fs, fe)
    return Node(kind="item", label="1", flat_start=fs, flat_end=fe, body_start=fs, start=start, end=end)


# An item that states when the instrument takes effect, no task: "1. Nghị quyết này có hiệu lực kể từ ngày ký ban hành."
# (NQ 113/NQ-CP, "Điều 2. Tổ chức thực hiện"), "1. Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 8 năm 2022.".
EFFECT_ITEM = re.compile(
    r"[\s*_]*(?:Nghị\s+quyết|Nghị\s+định|Quyết\s+định|Thông\s+tư|Chỉ\s+thị|Kế\s+hoạch|Quy\s+chế|Quy\s+định|Hướng\s+dẫn|Luật)"
    r"(?:\s+này)?"
    r"\s+có\s+hiệu\s+lực"
)


# An item that ends another instrument's effect, no task either: "2. Thông tư số 40/2020/TT-BTTTT ngày 30 tháng 11 năm 2020
# của Bộ trưởng Bộ Thông tin và Truyền thông … hết hiệu lực từ ngày Thông tư này có hiệu lực thi hành" (TT 34/2025/TT-BKHCN),
# "2. Nghị quyết này thay thế Nghị quyết số 05/2022/NQ-HĐND …" (NQ 79/2025/NQ-HĐND of HĐND thành phố Hà Nội), "3. Quyết định
# này thay thế Quyết định số 29/2020/QĐ-UBND …", "2. Các Quyết định sau đây hết hiệu lực …", "Bãi bỏ Quyết định số …".
REPEAL_ITEM = re.compile(
    r"[\s*_]*(?:Bãi\s+bỏ\s|(?:Các\s+)?(?:Nghị\s+quyết|Nghị\s+định|Quyết\s+định|Thông\s+tư|Chỉ\s+thị|Quy\s+chế|Quy\s+định)"
    r"(?:\s+này\s+thay\s+thế\s|\s+sau\s+đây\s+hết\s+hiệu\s+lực|\s+số\s[^.;:]{0,300}?\s(?:hết\s+hiệu\s+lực|bị\s+bãi\s+bỏ)))"
)


# The first words REPEAL_ITEM's matches open with: a quick test before the regex (most items open otherwise).
_REPEAL_FIRST = ("Bãi", "Các", "Nghị", "Quyết", "Thông", "Chỉ", "Quy")


def _states_effect(text: Text, node: Node) -> bool:
    """Whether an item states when the instrument takes effect (EFFECT_ITEM) or ends another's (REPEAL_ITEM)."""
    flat = text.flat
    if EFFECT_ITEM.match(flat, node.body_start, node.flat_end) is not None:
        return True
    at = node.body_start
    while at < node.flat_end and flat[at] in " *_\n":
        at += 1
    return flat.startswith(_REPEAL_FIRST, at) and REPEAL_ITEM.match(flat, at, node.flat_end) is not None


# An item that sends what the instrument does not rule to other rules, no task: "4. Các nội dung liên quan không quy định
# tại Quyết định này được thực hiện theo quy định tại Nghị định số 77/2025/NĐ-CP …" (QĐ 123/2025/QĐ-CTUBND of Chủ tịch UBND
# thành phố Huế, in "Điều 8. Tổ chức thực hiện"), "2. Các nội dung khác không quy định tại Nghị quyết này thì thực hiện
# theo …", "Những vấn đề chưa được quy định tại Quy chế này …".
RESIDUAL_RULE = re.compile(
    r"[\s*_]*(?:Các|Những|Đối\s+với\s+các)\s+(?:nội\s+dung|vấn\s+đề|quy\s+định)(?:\s+(?:khác|có\s+liên\s+quan|liên\s+quan))*"
    r"\s+(?:chưa|không)\s+(?:được\s+)?quy\s+định\s+(?:tại|trong)\s",
    re.IGNORECASE,
)


def _refers_elsewhere(text: Text, node: Node) -> bool:
    """Whether an item sends what the instrument does not rule to other rules (RESIDUAL_RULE)."""
    return RESIDUAL_RULE.match(text.flat, node.body_start, node.flat_end) is not None


# How many characters of an item's first words may hold a document's header.
_MOTTO_SPAN = 300


def _holds_motto(text: Text, node: Node) -> bool:
    """Whether an item's first words hold the national motto: a document viewer's page numbered "1." that holds the
    whole letter ("1. UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do -
    Hạnh phúc Số : 2917 /SGDĐT-VP …"), not a task whose doer its header would give."""
    head = text.flat[node.body_start : min(node.flat_end, node.body_start + _MOTTO_SPAN)]
    return ("CỘNG" in head or "Độc lập" in head) and MOTTO.search(head) is not None


# An item whose whole words are a period, the label of the items after it, not a task: "- Giai đoạn 2026 - 2030,", "-
# Năm 2024:", "1. Năm học 2024 - 2025:", "- Từ năm 2026 đến năm 2030:", "- Giai đoạn 1 (2024 - 2025):". Not "- Năm 2024,
# Sở Y tế tổ chức …" (a clause follows the period).
PERIOD_ONLY = re.compile(
    r"[\s*_]*(?:từ\s+|trong\s+|đến\s+)?(?:giai\s+đoạn|năm\s+học|năm)"
    r"(?:[\s\d()/–-]|đến|năm|và)*[\s*_]*[,:.;]?[\s*_]*",
    re.IGNORECASE,
)
# The most characters of a period's label: a longer item has words of its own.
_PERIOD_CHARS = 50


def _period_only(text: Text, node: Node) -> bool:
    """Whether an item's words, its sub-items with them, are only a period (PERIOD_ONLY)."""
    if node.flat_end - node.body_start > _PERIOD_CHARS:
        return False
    words = text.flat[node.body_start : node.flat_end]
    return any(ch.isdigit() for ch in words) and PERIOD_ONLY.fullmatch(words) is not None


# The words a lead sentence's names end with that only point at the items ("Giao các đơn vị sau thực hiện:" names no
# body: the items do).
_POINTING_END = (" sau", " dưới đây")
# The most words of a lead sentence: a longer one is a paragraph of the section's own.
_LEAD_WORDS = 60


def _lead_doers(text: Text, node: Node) -> list[str]:
    """The doers a section's lead sentence names for its numbered items: "III. TỔ CHỨC THỰC HIỆN" / "Giao Phòng Văn hóa
    và Thông tin chủ trì, phối hợp các đơn vị thực hiện các nội dung sau:" / "1. Tổ chức tuyên truyền …" -> ["Phòng Văn
    hóa và Thông tin"], given to the items that name none. The lead is the last sentence of the heading's own words
    before its first item, ending with a colon; [] when it names no body ("Tập trung các nhiệm vụ sau:")."""
    first = next((c for c in node.children if c.kind == "item"), None)
    fs = _section_words_start(text, node)
    if first is None or fs is None or fs >= first.flat_start:
        return []
    words = text.flat[fs : first.flat_start].rstrip(" *_\n")
    if not words.endswith(":"):
        return []
    return _lead_names(words)


def _letter_lead(text: Text, part: list[Node]) -> list[str]:
    """The doers a document without headings names in the sentence before its first numbered item (``_lead_names``)."""
    k = next((k for k, n in enumerate(part) if n.kind == "item"), 0)
    if k == 0:
        return []
    first = part[k]
    words = text.flat[part[k - 1].flat_start : first.flat_start].rstrip(" *_\n")
    return _lead_names(words) if words.endswith(":") else []


# The directive of a lead sentence, whose object is the doer: "… Ủy ban nhân dân huyện yêu cầu Thủ trưởng các cơ quan,
# đơn vị … thực hiện tốt một số nội dung sau:", "Giao Phòng Nội vụ chủ trì …". (Its subject is who directs, not who does:
# "Chủ tịch UBND tỉnh yêu cầu:" names no doer.)
LEAD_DIRECTIVE = re.compile(r"(?<![\wđ])(?:[Gg]iao|[Yy]êu\s+cầu|[Đđ]ề\s+nghị|[ỦủUu][ỷy]\s+quyền)(?![\wđ])")
# The end of a lead sentence whose subject is the doer: "Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh tổ chức thực
# hiện các hình thức sau:" (corpus 057), "Ủy ban nhân dân các xã, thị trấn tập trung thực hiện tốt các nhiệm vụ sau:".
# Not "… ban hành Kế hoạch … như sau:", "Sở Y tế thông báo như sau:", "… hướng dẫn như sau:" (the issuer speaking).
LEAD_EXECUTES = re.compile(
    r"(?<![\wđ])(?:tập\s+trung\s+|tổ\s+chức\s+|chủ\s+động\s+)?(?:thực\s+hiện|triển\s+khai)(?:\s+tốt|\s+nghiêm\s+túc)?"
    r"\s+(?:các|một\s+số|những)\s+(?:nội\s+dung|nhiệm\s+vụ|hình\s+thức|công\s+việc|giải\s+pháp)[^:.;]{0,60}\ssau\s*:$",
    re.IGNORECASE,
)


# The issuer speaking in a lead, its subject no doer: "Phòng Giáo dục và Đào tạo hướng dẫn như sau:", "Chủ tịch Ủy ban nhân
# dân tỉnh chỉ thị:", "Đảng ủy xã kết luận như sau:".
LEAD_SPEAKS = re.compile(r"(?<![\wđ])(?:hướng\s+dẫn|thông\s+báo|ban\s+hành|kết\s+luận|chỉ\s+thị|quyết\s+định|lưu\s+ý)(?![\wđ])")


# The most words of the subject between a long lead's last comma and its directive: "Thủ tướng Chính phủ" in "…, Thủ tướng
# Chính phủ yêu cầu …".
_LEAD_SUBJECT_WORDS = 8


def _subject_directs_at_end(sentence: str, directive: re.Match | None) -> bool:
    """Whether a long lead sentence ends with a clause of its own after a comma, a subject and its directive, short enough
    to be a lead: "Thiết thực lập thành tích … (60 words) … đã đề ra, Thủ tướng Chính phủ yêu cầu Bộ trưởng, …, Chủ tịch Ủy
    ban nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện một số nhiệm vụ trọng tâm cấp bách sau:" (Công điện
    229/CĐ-TTg). (A letter's header run into its lead has no such comma: "… Kính gửi: Các sở … Bộ Giáo dục và Đào tạo đề
    nghị …".)"""
    if directive is None or len(sentence[directive.start() :].split()) > _LEAD_WORDS:
        return False
    comma = sentence.rfind(", ", 0, directive.start())
    return comma >= 0 and 0 < len(sentence[comma + 2 : directive.start()].split()) <= _LEAD_SUBJECT_WORDS


def _lead_names(words: str, strict: bool = True) -> list[str]:
    """The doers the last sentence of ``words`` (ending with a colon) names for the items after it: the object of its
    directive (LEAD_DIRECTIVE), or its subject when it says the subject carries the items out (LEAD_EXECUTES; ``strict``
    False: any subject that does not speak, LEAD_SPEAKS, as a short lead line's "Phòng Nội vụ chủ trì:"); [] when it
    names no body ("Tập trung các nhiệm vụ sau:") or only points at the items ("Giao các đơn vị sau thực hiện:")."""
    cut = max(words.rfind(". "), words.rfind("; "), words.rfind("! "))
    sentence = words[cut + 1 :].strip(" *_")
    directive = None
    for directive in LEAD_DIRECTIVE.finditer(sentence):
        pass
    if len(sentence.split()) > _LEAD_WORDS and not _subject_directs_at_end(sentence, directive):
        return []
    if directive is not None:
        names = assignees(sentence[directive.start() :], True)
    elif LEAD_EXECUTES.search(sentence) if strict else not LEAD_SPEAKS.search(sentence):
        names = assignees(sentence, True)
    else:
        return []
    return [n for n in names if not n.endswith(_POINTING_END)]


# The types of a letter whose unnumbered requests are its tasks (``letter_requests``).
LETTER_TYPES = frozenset({"Công văn"})
# Types of documents that account for work done rather than set it: their unnumbered points (bullets, subheadings in
# bold) under "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI" are achievements, not tasks.
ACCOUNTING_TYPES = frozenset({"Báo cáo", "Tờ trình"})
# The type of a notice, whose conclusions ``conclusions`` reads ("Thông báo kết luận …", "Thông báo ý kiến chỉ đạo …").
NOTICE_TYPE = "Thông báo"


# A notice's enumeration inside an item or point, each of whose members charges its own body: "b) Để làm tốt các nhiệm vụ
# sắp tới, đề nghị: (i) Tập đoàn Công nghiệp-Năng lượng quốc gia Việt Nam báo cáo … (ii) Chủ đầu tư phối hợp … (iii) Ủy
# ban nhân dân tỉnh Đồng Nai chỉ đạo …" (TB 653/TB-VPCP), "… như sau: (1) Bộ Y tế chỉ đạo … (2) …" (TB 637/TB-VPCP).
ENUMERATION_MARK = re.compile(r"(?:^|(?<=[\s:;.]))\((?:[ivx]{1,4}|\d{1,2})\)\s+")


# The end of an enumeration member's first clause: ". ", "; ", a dash line's " - ".
MEMBER_CLAUSE_END = re.compile(r"[.;](?:\s|$)|\s[-–]\s")


def _enumerated_doers(text: Text, node: Node, task: Task) -> Task:
    """``task`` with the doers that open the members of its item's enumeration (ENUMERATION_MARK) added after its own."""
    flat = text.flat
    if flat.find("(", node.body_start, node.flat_end) == -1:
        return task
    marks = list(ENUMERATION_MARK.finditer(flat, node.body_start, node.flat_end))
    if len(marks) < 2:
        return task
    seen = {n.lower() for n in task.assigned_to}
    for m, nxt in zip(marks, marks[1:] + [None]):
        end = nxt.start() if nxt else node.flat_end
        # (its first clause: "(1) Bộ Y tế chỉ đạo … - Chỉ đạo Ban Quản lý dự án …": the units it directs are not doers)
        stop = MEMBER_CLAUSE_END.search(flat, m.end(), end)
        for name in assignees(flat[m.end() : stop.start() if stop else end], opening=True):
            if PREDICATE.search(name) is not None:
                continue  # "Thứ trưởng Bộ Y tế phụ trách lĩnh vực tiếp tục bám sát": a name read into its predicate
            if name.lower() not in seen:
                seen.add(name.lower())
                task.assigned_to.append(name)
    return task


def _assesses(text: Text, node: Node) -> bool:
    """Whether an item or point of a notice only assesses (``conclusions.assesses``), read from its first word."""
    flat = text.flat
    start = node.body_start
    lead = _LEAD.match(flat, start, node.flat_end)
    if lead:
        start = lead.end()
    return assesses(flat[start : node.flat_end])


def tasks_of(
    text: Text, doc: Outline, unnumbered: bool = True, subject: Callable[[], list[str]] = list, notice: bool = False
) -> tuple[list[Task], list[Node]]:
    """The tasks of the outline's items, and apart from them the articles that give the instrument's
    execution to bodies (``_executes``), read as tasks only when they are needed (``find_tasks``).
    ``unnumbered``: a section's bullets and unnumbered subheadings may be its items (not in a report).
    ``subject``: the body the regulation is about (``regulation_subject``), asked for only by an article of duties that
    names no holder.
    ``notice``: a Thông báo, whose conclusions are read as ``conclusions`` tells: its section answering the province's
    requests gives tasks, an item or point that only assesses gives none, an item titled over lettered points gives one
    task per point (as a khoản that only introduces its points)."""
    tasks: list[Task] = []
    executing: list[Node] = []
    for part in doc.parts():
        headed = any(n.kind in ("heading", "article") for n in part)
        sections = _section_items(text, part) if not headed else set()
        # A letter's lead sentence before its numbered items: "… Ủy ban nhân dân huyện yêu cầu Thủ trưởng các cơ quan, đơn
        # vị … thực hiện tốt một số nội dung sau:" / "1. Tăng cường công tác tuyên truyền …" (a Công văn, no headings).
        letter_lead = _letter_lead(text, part) if unnumbered and not headed and not sections else []
        for idx, n in enumerate(part):
            if n.kind in ("heading", "article") and (
                n.section_kind in TASK_KINDS or _lists_tasks(text, n) or (notice and answers_requests(n.title))
            ) and any(c.kind == "item" for c in n.children):
                label = n.label or ""
                lost = _lost_first_item(text, n)
                if lost is not None:
                    tasks.append(_task(text, lost, f"{label}.1" if label else "1"))
                purpose_first = names_purpose(n.title)
                # (an article's lead too: "Điều 1. Ủy quyền Giám đốc Sở Nông nghiệp và Môi trường thực hiện nhiệm vụ …, cụ
                # thể:" / "1. Cấp, thu hồi Giấy chứng nhận …", QĐ 1617/QĐ-UBND of Chủ tịch UBND tỉnh Quảng Ngãi)
                lead, holds = (
                    ((_lead_doers(text, n), False) if n.kind == "heading" else _article_lead(text, n, subject))
                    if unnumbered else ([], False)
                )
                for c in n.children:
                    if c.kind == "item":
                        if purpose_first and _item_kind(text, c) == "purpose":
                            continue  # "II. MỤC TIÊU, NHIỆM VỤ" / "1. Mục tiêu" / …: the targets, no task
                        if _period_only(text, c) or _states_effect(text, c) or _refers_elsewhere(text, c):
                            continue  # "1. Năm 2024:" alone, "1. Nghị quyết này có hiệu lực …", "4. Các nội dung … không
                            # quy định tại Quyết định này được thực hiện theo …": no task
                        if n.kind == "article" and _names_procedure(text, c):
                            continue  # "Điều 6. Quy trình, trách nhiệm …" / "1. Quy trình xét tặng:" / "a) …": steps, no task
                        if n.kind == "article" and _item_kind(text, c) == "funding" and not _opens_with_doer(text, c):
                            continue  # "**Điều 10. Trách nhiệm thực hiện**" / "1. Kinh phí thực hiện" / "Kinh phí … được đảm
                            # bảo từ nguồn ngân sách …" (the Quy định of QĐ 2579/QĐ-UBND of UBND thành phố Cần Thơ):
                            # where the money comes from

                        if notice and _assesses(text, c):
                            continue  # "1. Ghi nhận, đánh giá cao và biểu dương …" (TB 637/TB-VPCP): no task
                        # A heading without a numeral ("NHIỆM VỤ, GIẢI PHÁP", sections.BARE_HEADING): the item's own.
                        section = f"{label}.{c.label}" if label else c.label or ""
                        points = (
                            _introduced_points(text, c, _NOTICE_TITLE_WORDS) if notice
                            else _introduced_points(text, c) if n.kind == "article" else []
                        )
                        if notice:
                            points = [pt for pt in points if not _assesses(text, pt)]
                        if points:
                            # A khoản that only introduces its lettered points: one task per point (the project's
                            # convention for decisions and normative acts), the doer the khoản names its points' own.
                            intro = _task(text, replace(c, children=[], flat_end=c.head_end()), section).assigned_to
                            if intro and holds and lead and _directs_units(text, c):
                                # The holder's khoản that directs units: "**Điều 19. Trách nhiệm của Sở Xây dựng**" / "8. Chỉ
                                # đạo các đơn vị thoát nước, … tổ chức thực hiện các công tác:" / "a) Tiếp nhận vận hành …"
                                # (the Quy định of QĐ 223/2025/QĐ-UBND of UBND thành phố Hải Phòng): the Sở's points.
                                intro = []
                            for pt in points:
                                tasks.append(_doers_given(text, pt, _task(text, pt, f"{section}.{pt.label}"), intro or lead, bool(intro) or holds))
                            continue
                        tasks.append(_doers_given(text, c, _task(text, c, section), lead, holds))
            elif unnumbered and n.kind == "heading" and n.section_kind in TASK_KINDS and _bulleted(n) and not names_purpose(n.title):
                # A section of bullets, no numbered item in it: its first bullets are its items ("II. NỘI DUNG HOẠT
                # ĐỘNG" / "- Tổ chức tuyên truyền …" / "- Kiểm tra các cơ sở …"), numbered in order ("II.1", "II.2"),
                # lettered points by their letters ("II.a"), sub-numbered items by their numbers ("2.1").
                label = n.label or ""
                leads = _bullet_leads(text, n)
                kept = [c for c in n.children if not _period_only(text, c)]
                # ("- Giai đoạn 2026 - 2030," alone: the period of the bullets after it, no task)
                for k, c in enumerate(kept, 1):
                    number = str(k) if c.label in _BULLET_LABELS else c.label or ""
                    # A sub-numbered item under its heading keeps its own label ("II. …" / "2.1. …" -> "2.1").
                    section = f"{label}.{number}" if label and "." not in number else number
                    if not leads:
                        tasks.append(_task(text, c, section))
                        continue
                    # A lead line inside the bullet's words ("- … ." / "Sở Tài chính:") is the next bullets', not its own.
                    inside = next((at for at, _ in leads if c.body_start < at < c.head_end()), None)
                    if inside is not None and not c.children:
                        start, end = text.original_span(c.flat_start, inside - 1)
                        c = replace(c, flat_end=inside - 1, start=start, end=end)
                    task = _task(text, c, section)
                    doer = next((names for at, names in reversed(leads) if at < c.flat_start), None)
                    if doer and not task.assigned_to:
                        task.assigned_to = list(doer)
                    tasks.append(task)
            elif unnumbered and n.kind == "heading" and n.section_kind in TASK_KINDS and not n.children and not names_purpose(
                n.title
            ) and (
                items := _subheading_items(text, n)
            ):
                label = n.label or ""
                for c in items:
                    task = _task(text, c, f"{label}.{c.label}" if label else c.label or "")
                    # The subheading's words only: "**Sở Y tế**" / "Chủ trì theo dõi …" starts "Sở Y tế".
                    nl = text.original.find("\n", c.start, c.end)
                    if nl >= 0:
                        cut = text.to_flat(nl)
                        task.text_start = text_start(text, c, cut)
                        line = text.flat[c.body_start : cut]
                        if "*" not in line and "#" not in line:
                            # A plain subheading: the flat text runs it into its paragraph's first words ("Ban Giám
                            # hiệu Xây dựng kế hoạch …"), so the line and the paragraph are read apart.
                            task.assigned_to = _line_then_paragraph(line, text.flat[cut + 1 : c.flat_end])
                    tasks.append(task)
            elif unnumbered and (duties := _duties_article_task(text, n)) is not None:
                tasks.append(duties)
            elif _executes(text, n) or _final_clauses_charge(text, n):
                executing.append(n)
            elif n.kind == "article" and n.children and (
                found := [
                    c for c in n.children
                    if _executes(text, replace(c, kind="article", children=[]), charging=False) or _clause_charges(text, n, c)
                ]
            ):
                # An article of no task kind whose item gives the execution: "Điều 2. Điều khoản thi hành" / "1. Quyết định
                # này có hiệu lực …" / "2. Chánh Văn phòng …; Giám đốc (Thủ trưởng) các sở … chịu trách nhiệm thi hành
                # Quyết định này" (QĐ 76/2025/QĐ-UBND of UBND tỉnh Hà Tĩnh, realdocs d5e470b7): that item, "Điều 2.2".
                executing.extend(replace(c, kind="article", label=f"{n.label}.{c.label}", children=[]) for c in found)
            elif n.kind == "closing" and idx and part[idx - 1].kind == "article" and _executes(text, replace(n, kind="article")):
                # "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký." / "Chánh Văn phòng Ủy ban nhân dân tỉnh, … chịu
                # trách nhiệm thi hành Quyết định này./." (QĐ 3617/QĐ-UBND of Chủ tịch UBND tỉnh Thanh Hóa): the last
                # article's paragraph, read as the closing.
                executing.append(_with_article_tail(text, replace(n, kind="article", label=part[idx - 1].label), part[idx - 1]))
            elif n.kind == "item" and not headed:
                if (
                    _item_kind(text, n) in ("purpose", "time", "funding", "scope")
                    or _period_only(text, n)
                    or _holds_motto(text, n)
                    or _states_effect(text, n)
                    or _figures_row(text, n)
                    or _quoted_rule(text.flat, n.flat_start)
                    or _italic_rule(text, n)
                ):
                    continue
                if sections and id(n) in sections:
                    tasks.extend(_section_item_tasks(text, n))
                    continue
                if notice:
                    if _assesses(text, n):
                        continue  # "1. Thị trường các-bon được coi là công cụ kinh tế …" (TB 467/TB-VPCP): no task
                    if points := _introduced_points(text, n, _NOTICE_TITLE_WORDS):
                        # "1. Về Dự án Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4" / "a) Đánh giá cao …" / "b) Để làm
                        # tốt …, đề nghị: …" (TB 653/TB-VPCP): one task per point that charges, "1.b".
                        tasks.extend(
                            _enumerated_doers(text, pt, _task(text, pt, f"{n.label}.{pt.label}" if n.label else pt.label or ""))
                            for pt in points if not _assesses(text, pt)
                        )
                        continue
                task = _task(text, n, n.label or "")
                if notice:
                    task = _enumerated_doers(text, n, task)
                if letter_lead and not task.assigned_to:
                    task.assigned_to = list(letter_lead)
                tasks.append(task)
    return tasks, executing


def _doers_given(text: Text, node: Node, task: Task, lead: list[str], holds: bool) -> Task:
    """``task`` with the doers its article's lead names (``lead``): given to an item that names none ("Giao Phòng Nội vụ
    thực hiện các nội dung sau:" / "1. …"), and, ``holds`` (an article of duties), to an item whose verb is its holder's,
    the bodies after it those it helps, directs or works with ("Điều 4. Trách nhiệm của Ban Chỉ đạo" / "1. Giúp Thủ tướng
    Chính phủ:" / "đ) Chỉ đạo các bộ, ngành, địa phương …"). An item that opens with a name has its own doer ("Điều 7.
    Trách nhiệm của các Phó Trưởng ban" / "2. Phó Trưởng ban thường trực chủ trì …")."""
    if lead and not task.assigned_to:
        task.assigned_to = list(lead)
    elif holds and lead and task.assigned_to and not _opens_with_doer(text, node):
        task.assigned_to = list(lead)
    return task


def _duties_article_task(text: Text, node: Node) -> Task | None:
    """The one task of an article of responsibility without items, its title naming the holder: "**Điều 14. Trách nhiệm
    của Sở Tài chính**" / "Trên cơ sở dự toán kinh phí …, Sở Tài chính tham mưu …" (QĐ 143/2025/QĐ-UBND of UBND tỉnh Đồng
    Tháp), "Điều 15. Trách nhiệm của các cơ quan, đơn vị, địa phương" / "Các cơ quan, đơn vị, địa phương có trách nhiệm
    thực hiện tốt Quy chế này …" (QĐ 26/2025/QĐ-UBND of UBND tỉnh Thái Nguyên): the holder is its doer, its words after the
    title line its text. None for any other article ("Điều 4. Tổ chức thực hiện" / "Chánh Văn phòng …": an executing
    article, ``_executes``)."""
    if node.kind != "article" or node.section_kind != "organisation" or any(c.kind == "item" for c in node.children):
        return None
    flat = text.flat
    start = node.body_start
    while start < node.flat_end and flat[start] in " *_\n":
        start += 1
    orig_end = text.to_original(node.flat_end)
    nl = text.original.find("\n", text.to_original(start), orig_end)
    if nl < 0:
        return None
    cut = text.to_flat(nl)
    line = flat[start:cut].strip(" *_.:")
    if not line.startswith("Trách nhiệm"):
        return None
    holder, _ = _article_lead(text, replace(node, title=line, children=[]))
    if not holder or not flat[cut:node.flat_end].strip(" *_\n"):
        return None
    task = _task(text, replace(node, body_start=cut + 1, children=[]), node.label or "", heading_line=False)
    task.assigned_to = list(holder)
    return task


# The title of an article of final clauses: "Điều 17. Điều khoản thi hành" (not "Hiệu lực thi hành", whose items state the
# entry into force, a repeal, a transitional rule).
EXECUTION_CLAUSES_TITLE = re.compile(r"[\s*_]*Điều\s+khoản\s+thi\s+hành[\s*_.:]*$", re.IGNORECASE)


def _clause_charges(text: Text, article: Node, item: Node) -> bool:
    """Whether an item of an article of final clauses (EXECUTION_CLAUSES_TITLE) charges the body it opens with: "Điều 17.
    Điều khoản thi hành" / "2. Sở Khoa học và Công nghệ chủ trì, phối hợp với các cơ quan, tổ chức có liên quan triển khai
    thực hiện Quy chế này." (QĐ 143/2025/QĐ-UBND of UBND tỉnh Đồng Tháp); not "1. Kinh phí thực hiện Hệ thống … sử dụng từ
    nguồn ngân sách nhà nước", "1. Quyết định này có hiệu lực …"."""
    if item.kind != "item":
        return False
    if EXECUTION_CLAUSES_TITLE.match(article.title or "") is None:
        # An article on the entry into force whose item charges a named body all the same: "Điều 2. Hiệu lực thi hành" /
        # "1. Sở Nông nghiệp và Môi trường có trách nhiệm hướng dẫn, tổ chức triển khai, kiểm tra việc thực hiện Quyết định
        # này. …" (QĐ 96/2025/QĐ-UBND of UBND tỉnh Quảng Ninh).
        if EFFECT_TITLE.match(article.title or "") is None:
            return False
        words = text.flat[item.body_start : item.flat_end]
        if _CHARGING_WORDS not in words or CHARGING_ARTICLE.search(words) is None:
            return False
    return not _states_effect(text, item) and _opens_with_doer(text, item)


# The title of an article on the entry into force: "Điều 2. Hiệu lực thi hành", "Điều 13. Hiệu lực", and a title cut at
# its line's end ("**Điều 2.**** **Hiệu lực thi" / "hành": the outline's title is its first line).
EFFECT_TITLE = re.compile(r"[\s*_]*Hiệu\s+lực(?:\s+thi(?:\s+hành)?)?[\s*_.:]*$", re.IGNORECASE)


# A khoản whose own words only title a procedure, its points the steps: "1. Quy trình xét tặng:" / "a) Ủy ban Mặt trận Tổ
# quốc Việt Nam thành phố Hà Nội, các sở, ban, ngành … xét, đề xuất …" (NQ 83/2025/NQ-HĐND of HĐND thành phố Hà Nội, in
# "Điều 6. Quy trình, trách nhiệm của các địa phương, cơ quan, đơn vị đề xuất xét tặng"), "2. Hồ sơ đề nghị:".
PROCEDURE_HEAD = re.compile(r"[\s*_]*(?:Quy\s+trình|Trình\s+tự|Thủ\s+tục|Hồ\s+sơ)(?:\s[^.:;]{0,60})?[\s*_]*:?[\s*_]*")


def _names_procedure(text: Text, node: Node) -> bool:
    """Whether an item's own words only title a procedure (PROCEDURE_HEAD), points under them."""
    return bool(node.children) and PROCEDURE_HEAD.fullmatch(text.flat, node.body_start, node.head_end()) is not None


def _final_clauses_charge(text: Text, node: Node) -> bool:
    """Whether an article of final clauses without items charges the bodies its paragraph opens with, as its items would
    (``_clause_charges``): "**Điều 20. Điều khoản thi hành**" / "Trong quá trình thực hiện nếu phát sinh khó khăn, vướng
    mắc bất cập, các cơ quan, đơn vị kịp thời phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh …" (QĐ
    78/2025/QĐ-UBND of UBND tỉnh Bắc Ninh); not "Điều 3. Điều khoản thi hành" / "Thông tư này có hiệu lực từ ngày …"."""
    if node.kind != "article" or node.children or "khoản thi hành" not in (node.title or "")[:24]:
        return False
    past = _past_title(text, node)
    if past.body_start == node.body_start or _states_effect(text, past):
        return False
    return _opens_with_doer(text, past)


# The labels of lettered points (sections.LETTER_MARKER): "a", "b", "đ".
_POINT_LABEL = re.compile(r"[a-zđ]")
# The most words of a khoản's own words that only introduce its points without a colon: "3. Sở Văn hóa, Thể thao và Du
# lịch" / "a. Chủ trì …" (QĐ 87/2025/QĐ-UBND of UBND tỉnh Lai Châu), "1. Trách nhiệm trong việc quản lý Ứng dụng phản ánh
# kiến nghị" / "a) Chỉ đạo tổ chức quản trị …" (QĐ 78/2025/QĐ-UBND of UBND tỉnh Bắc Ninh).
_INTRO_WORDS = 16
# The most words of a notice's item that only titles its points (``_introduced_points``), and a sentence's stop inside it.
_NOTICE_TITLE_WORDS = 32
SENTENCE_STOP = re.compile(r"[.;!?](?:\s|$)")


def _introduced_points(text: Text, node: Node, most: int = _INTRO_WORDS) -> list[Node]:
    """The lettered points of a khoản whose own words only introduce them: a line ending with a colon ("1. Giao Ủy ban nhân
    dân Thành phố:" / "a) Tổ chức thực hiện …" / "b) …", NQ 76/2025/NQ-HĐND of HĐND thành phố Hà Nội), or a short title
    without a sentence's end (_INTRO_WORDS); [] for a khoản that says more, or has no lettered points (each point is then
    a task of the project's convention for decisions and normative acts, not the khoản)."""
    points = [c for c in node.children if c.kind == "subitem" and c.label and _POINT_LABEL.fullmatch(c.label)]
    if len(points) < 2 or len(points) != len(node.children):
        return []
    words = text.flat[node.body_start : node.head_end()].strip(" *_\n")
    if not words:
        return []
    if words.endswith(":"):
        return points
    if most > _INTRO_WORDS:
        # A notice's title over its points may run longer and hold a figure's dot: "1. Hoàn thành mục tiêu đưa vào khai
        # thác trên 3.000 km đường bộ cao tốc và khoảng trên 1.700km đường bộ ven biển trong năm 2025" / "a) …" (TB
        # 627/TB-VPCP): no sentence ends in it.
        return points if len(words.split()) <= most and words[-1] not in ".;!?" and SENTENCE_STOP.search(words) is None else []
    if len(words.split()) <= _INTRO_WORDS and words[-1] not in ".;!?" and "." not in words:
        return points
    # A longer title that only names the holders of the points: "3. Trách nhiệm các cơ quan, đơn vị cấp thành phố và Ủy ban
    # nhân dân xã, phường" / "a) Tổ chức triển khai …" / "b) …" (the Quy định of QĐ 2579/QĐ-UBND of UBND thành phố Cần
    # Thơ, 17 words).
    if words.lower().startswith(_RESPONSIBLE_FIRST) and words[-1] not in ".;!?" and (
        addressed_doer(words, RESPONSIBLE_HEAD) or addressed_doer(words, RESPONSIBLE_HEAD_BARE)
    ):
        return points
    return []


# An item that opens by directing units (DIRECTING_POINT at an item's first word): "Chỉ đạo các thôn, bản …", "Chủ động
# chỉ đạo …", "Tiếp tục chỉ đạo …"; or by delegating: "4. Ủy quyền cho Phó Trưởng ban hoặc các thành viên khác của Ban Chỉ
# đạo …" under "Điều 5. Trách nhiệm của Trưởng ban" (the Quy chế of Ban Chỉ đạo quốc gia về … bán dẫn): the holder's own.
DIRECTING_OPENING = re.compile(r"(?:[Tt]iếp\s+tục\s+|[Cc]hủ\s+động\s+)?(?:[Cc]hỉ\s+đạo|[ỦủUu][ỷy]\s+quyền)\s")
# How far into an item its first clause is read for a doer of its own.
_FIRST_CLAUSE_CHARS = 300
# The end of an item's first clause: ". ", "; ", ": ".
FIRST_CLAUSE_END = re.compile(r"[.;:](?:\s|$)")


def _directs_units(text: Text, node: Node) -> bool:
    """Whether an item opens by directing units (DIRECTING_OPENING): "8. Chỉ đạo các đơn vị thoát nước … tổ chức thực hiện
    các công tác:", whose units are the holder's to direct, no doers of the item's own."""
    lead = _LEAD.match(text.flat, node.body_start, node.flat_end)
    return DIRECTING_OPENING.match(text.flat, lead.end() if lead else node.body_start) is not None


def _opens_with_doer(text: Text, node: Node) -> bool:
    """Whether an item's first clause names its own doer: a body first ("2. Phó Trưởng ban thường trực chủ trì …"), after an
    opening ("1. Trong thời gian giữa hai kỳ họp, Thường trực Hội đồng nhân dân tỉnh xem xét …", "6. Định kỳ trước ngày 31
    tháng 12 hàng năm, cơ quan thuế các cấp phải báo cáo …"), or the object of its directive ("1. Giao Sở Tài chính …");
    not a verb whose subject is the article's holder, nor the units it directs ("Chỉ đạo các thôn, bản …", DIRECTING_OPENING) ("1. Giúp Thủ tướng Chính phủ:", "5. Tăng cường kiểm tra … . Trường
    hợp để xảy ra vi phạm, thủ trưởng đơn vị … phải chịu trách nhiệm")."""
    flat = text.flat
    start = node.body_start
    lead = _LEAD.match(flat, start, node.flat_end)
    if lead:
        start = lead.end()
    end = min(node.flat_end, start + _FIRST_CLAUSE_CHARS)
    if DIRECTING_OPENING.match(flat, start) is not None:
        return False  # "2. Chỉ đạo các thôn, bản tổ chức tuyên truyền …": the holder directs, the units it directs do not hold
    if name_at(flat, start, end) is not None:
        return True  # "2. Ủy ban nhân dân tỉnh, Chủ tịch UBND tỉnh, Giám đốc các sở, ngành: …"
    stop = FIRST_CLAUSE_END.search(flat, start, end)
    if stop is not None and flat[stop.start()] == ":" and TOPIC_OPENING.match(flat, start):
        # "1. Đối với các nội dung đề xuất giảm thời gian giải quyết thủ tục hành chính: Giao Sở Y tế chủ động triển khai
        # …" (QĐ 2816/QĐ-UBND of UBND tỉnh Đồng Nai): the topic's label, then the clause.
        stop = FIRST_CLAUSE_END.search(flat, stop.end(), end)
    return bool(doers(flat[start : stop.start() if stop else end], opening=True))


# The label of an item's topic before a colon: "Đối với …:", "Về …:".
TOPIC_OPENING = re.compile(r"(?:Đối\s+với|Về)\s", re.IGNORECASE)


# The body a regulation is about, in its title: "Ban hành Điều lệ tổ chức và hoạt động của Quỹ Bảo vệ môi trường tỉnh Quảng
# Trị", "Quy định chức năng, nhiệm vụ, quyền hạn của Trung tâm Phục vụ hành chính công thành phố thuộc Văn phòng …", "Ban
# hành Quy chế hoạt động của Ban Chỉ đạo nhà nước về du lịch" (the words after the regulation's "của", the regulation named
# by what it rules: organisation, work, functions, duties). Not "… Nghị định quy định chi tiết một số điều của Luật Phòng thủ
# dân sự" (corpus 027: "quy định" a verb, "của" the law's).
# Also the body a decision founds, whose duties its next article lists: "Về việc thành lập Ban Quản lý Khu kinh tế mở Chu
# Lai thành phố Đà Nẵng" (QĐ 2609/QĐ-TTg), "Về việc thành lập Tổ tiếp công dân, xử lý đơn thư phục vụ bầu cử" (corpus 062).
REGULATION_OF = re.compile(
    r"(?:(?:QUY\s+CHẾ|ĐIỀU\s+LỆ|QUY\s+ĐỊNH)\s+(?:[^()]{0,40}?\s)?(?:TỔ\s+CHỨC|HOẠT\s+ĐỘNG|LÀM\s+VIỆC|CHỨC\s+NĂNG|NHIỆM\s+VỤ)"
    r"[^()]{0,60}?\s+CỦA|^(?:VỀ\s+VIỆC\s+)?THÀNH\s+LẬP)\s+(?P<subject>[^()]{3,160})$",
    re.IGNORECASE,
)
# Where a subject's own name ends before its parent: " thuộc Văn phòng …", " trực thuộc Sở …".
PARENT_AFTER_SUBJECT = re.compile(r"\s+(?:trực\s+)?thuộc\s", re.IGNORECASE)


def regulation_subject(text: Text, header: Header) -> list[str]:
    """The body a regulation is about (REGULATION_OF in the document's title), as the text writes it (a title in capitals
    is looked for in the text's own case: "QUỸ BẢO VỆ MÔI TRƯỜNG TỈNH QUẢNG TRỊ" -> "Quỹ Bảo vệ môi trường tỉnh Quảng Trị",
    first written so in Điều 1); [] when the title names none, or the text never writes it but in capitals."""
    m = REGULATION_OF.search(header.title or "")
    if m is None:
        return []
    subject = m.group("subject").strip(" .*_")
    parent = PARENT_AFTER_SUBJECT.search(subject)
    names = [subject, subject[: parent.start()]] if parent is not None else [subject]
    flat = text.flat
    low = flat.lower()
    if len(low) != len(flat):
        return []
    for name in names:
        key = name.lower()
        at = low.find(key)
        while at >= 0:
            written = flat[at : at + len(key)]
            if not written.isupper() and name_at(written, 0) is not None:
                return [normalize_name(written)]
            at = low.find(key, at + 1)
    return []


def _executing_task(text: Text, node: Node) -> Task:
    """The task of an article that gives the execution to bodies, without the parties it names in general."""
    node = _past_title(text, node)
    task = _task(text, node, node.label or "", heading_line=False)
    words = text.flat[node.body_start : node.flat_end]
    if ";" in words and EXECUTING_ARTICLE.search(words):
        # The bodies listed before each semicolon share the article's predicate: "Chánh Văn phòng Ủy ban nhân dân thành
        # phố, Giám đốc sở, …, Giám đốc Trung tâm Phục vụ hành chính công thành phố; cơ quan, đơn vị có liên quan chịu trách
        # nhiệm thi hành …" (a Quyết định of UBND thành phố Hồ Chí Minh: the first list, 31 words, is read as one).
        seen = {n.lower() for n in task.assigned_to}
        listed: list[str] = []
        for part in words.split(";")[:-1]:
            part = part.strip(" *_")
            if head_at(part, 0) is None or name_at(part, 0) is not None:
                continue  # read as the article's other pieces are (a name, or a holder's listed departments)
            for n in assignees(f"{part} {_SHARED_PREDICATE}", True):
                if n.lower() not in seen:
                    seen.add(n.lower())
                    listed.append(n)
        task.assigned_to = listed + task.assigned_to
    task.assigned_to = [n for n in task.assigned_to if GENERIC_PARTIES.fullmatch(n) is None]
    return task


# The predicate an executing article's lists share, put after a list cut at its semicolon to read it as a subject.
_SHARED_PREDICATE = "thực hiện"


# The end of the sentence on entry into force before an executing list that the closing paragraph goes on with.
EFFECT_SENTENCE_END = re.compile(rf"\.\s+(?=[{UPPER_LETTERS}])")


def _with_article_tail(text: Text, closing: Node, article: Node) -> Node:
    """An executing paragraph read as the closing, with the bodies its article's last line began to list: "**Điều 3**.
    Quyết định" / "này có hiệu lực kể từ ngày ký." / "Chánh Văn phòng UBND tỉnh;" / "Chánh Thanh tra tỉnh; UBND các xã,
    phường … chịu trách nhiệm thi hành Quyết định này./." (QĐ 1520/QĐ-UBND of UBND tỉnh Bắc Ninh, realdocs 2e037ff2: the
    closing starts at "Chánh Thanh tra tỉnh"). The closing unchanged when the article ends with its sentence."""
    words = text.flat[article.body_start : article.flat_end]
    if not words.rstrip(" *_").endswith((";", ",")):
        return closing
    ends = list(EFFECT_SENTENCE_END.finditer(words))
    if ends:
        at = article.body_start + ends[-1].end()
    else:
        # No sentence before the list: the article's words past its title are the list's first bodies, "**Điều 4. Tổ chức
        # thực hiện**" / "Chánh Văn phòng Ủy ban nhân dân thành phố; Giám đốc" / "sở, …; Chủ tịch Ủy ban nhân dân xã, phường;"
        # / "Thủ trưởng các đơn vị sự nghiệp công lập … chịu trách nhiệm thi hành Quyết định này./." (QĐ 36/2025/QĐ-CTUBND
        # of Chủ tịch UBND thành phố Cần Thơ: the closing starts at "Thủ trưởng").
        at = _past_title(text, article).body_start
        while at < article.flat_end and text.flat[at] in " *_\n":
            at += 1
    if head_at(text.flat, at, article.flat_end) is None:
        return closing
    start, _ = text.original_span(at, closing.flat_end)
    # The list begun in the article's last khoản is that khoản's: "**Điều 15. Hiệu lực thi hành**" / "1. Quyết định này có
    # hiệu lực …" / "2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc" / "các Sở: Tài chính, Tư pháp; … chịu trách nhiệm thi
    # hành Quyết định này./." (QĐ 44/2025/QĐ-CTUBND of Chủ tịch UBND tỉnh Gia Lai): "Điều 15.2", as when the closing is not
    # cut from it.
    item = next((c for c in reversed(article.children) if c.kind == "item" and c.flat_start <= at), None)
    label = f"{closing.label}.{item.label}" if item is not None and closing.label and item.label else closing.label
    return replace(closing, flat_start=at, body_start=at, start=start, label=label)


# A quotation that opens a rule's text, in a letter that quotes an instrument: "*“Điều 1. Giảm thuế giá trị gia tăng*" / "*1.
# Giảm thuế giá trị gia tăng đối với …*" / … / "*…”*" (a Công văn of Thuế tỉnh Tây Ninh quoting Nghị định 72/2024/NĐ-CP).
QUOTED_RULE_OPEN = re.compile(r"“[\s*_]*(?:Điều\s+\d|\d{1,2}\.\s|[a-zđ]\)\s)")
# How far back the opening quotation mark of a quoted rule may lie from an item it holds.
_QUOTE_BACK = 4000


def _quoted_rule(flat: str, at: int) -> bool:
    """Whether the item starting at ``at`` lies inside a quoted rule (QUOTED_RULE_OPEN, its quotation not closed before
    the item): the rule quoted assigns nothing; its "Các tổng công ty, tập đoàn kinh tế thực hiện quy trình khép kín mới bán
    ra cũng thuộc đối tượng giảm thuế" names no doer. A term quoted inside the rule, closed before the item, leaves the
    rule's quotation open: "“***Điều 5. Các bên có quan hệ liên kết*" / "*1. Các bên có quan hệ liên kết (sau đây viết tắt
    là “bên liên kết”) là …*" / "*2. Các bên liên kết tại khoản 1 điều này …*" (a Công văn of Thuế tỉnh Vĩnh Long quoting
    Nghị định 132/2020/NĐ-CP)."""
    low = max(0, at - _QUOTE_BACK)
    end, closed = at, 0  # the quotations closed after the mark looked at, as far as the item
    while (opening := flat.rfind("“", low, end)) >= 0:
        closed += flat.count("”", opening, end)
        if not closed:
            return QUOTED_RULE_OPEN.match(flat, opening) is not None
        closed -= 1  # this mark opens one of them
        end = opening
    return False


# An item in italics, as a letter quotes a rule's clauses: "*1. Người ra quyết định thanh tra thuế có các nhiệm vụ, quyền
# hạn sau đây:*" (not a bold item, "**1. …**").
ITALIC_ITEM = re.compile(r"[ \t>]*\*(?!\*)[“\"]?\s*\d{1,2}\.\s")
# The title of the article a letter quotes, in italics on a line of its own, with or without its quotation mark: "*Điều
# 116. Nhiệm vụ, quyền hạn của người ra quyết định thanh tra thuế*", "*\"Điều 7. Thu nhập chịu thuế TNDN*" (Công văn
# 5662/CT-CS of the Cục Thuế, quoting Luật Quản lý thuế and Thông tư 103/2014/TT-BTC).
ITALIC_ARTICLE = re.compile(r"(?m)^[ \t>]*[“\"]?\*(?!\*)[“\"]?\s*Điều\s+\d{1,3}\.")
# How far above an item in italics the title of the article it quotes may lie.
_ITALIC_RULE_BACK = 1500


def _italic_rule(text: Text, node: Node) -> bool:
    """Whether a numbered item is a clause of a rule a letter quotes in italics, under the quoted article's title in
    italics (ITALIC_ARTICLE), its quotation marks lost or never written: the clause assigns nothing."""
    line_start = text.original.rfind("\n", 0, node.start) + 1
    if ITALIC_ITEM.match(text.original, line_start) is None:
        return False
    return ITALIC_ARTICLE.search(text.original, max(0, line_start - _ITALIC_RULE_BACK), line_start) is not None


# How many characters of an item show whether it is a row of a table of figures.
_FIGURES_ROW_CHARS = 160
# A figure: "19.288", "+534", "-2,23", "(1)".
FIGURE = re.compile(r"[+\-−]?\(?\d[\d.,]*\)?%?")


def _figures_row(text: Text, node: Node) -> bool:
    """Whether a numbered item is a row of a table of figures whose bars a copy kept on one line: "1. Xăng E5RON92 | 19.288
    | 19.822 | +534 | +2,77 |" (a Công văn of Bộ Công Thương on fuel prices): three bars at least, most cells figures."""
    head = text.flat[node.body_start : min(node.flat_end, node.body_start + _FIGURES_ROW_CHARS)]
    if head.count("|") < 3:
        return False
    cells = [c.strip(" *_") for c in head.split("|")[1:] if c.strip(" *_")]
    return len(cells) >= 2 and sum(1 for c in cells if FIGURE.fullmatch(c)) * 2 > len(cells)


def _past_title(text: Text, node: Node) -> Node:
    """An executing article from its first body on, past its title ("Điều 3. Trách nhiệm tổ chức thực hiện" /
    "Chánh Văn phòng …", sections.EXECUTION_TITLE): the title is no doer's name."""
    m = EXECUTION_TITLE.match(text.flat, node.body_start, node.flat_end)
    return replace(node, body_start=m.end()) if m is not None else node


# The rules a decision promulgates, named in its title (upper case or not): "BAN HÀNH QUY CHẾ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH
# KIẾN NGHỊ …" (QĐ 78/2025/QĐ-UBND of UBND tỉnh Bắc Ninh), "QUY ĐỊNH THỰC HIỆN NẾP SỐNG VĂN MINH …", "Ban hành Điều lệ tổ
# chức và hoạt động của Quỹ …", "BAN HÀNH QUY TẮC ỨNG XỬ VỚI NGƯỜI NỘP THUẾ". Not a plan, a programme or a scheme: "BAN
# HÀNH KẾ HOẠCH …", "PHÊ DUYỆT ĐỀ ÁN …".
RULES_TITLE = re.compile(r"(?<![\wđĐ])(?:QUY\s+CHẾ|QUY\s+ĐỊNH|ĐIỀU\s+LỆ|QUY\s+TẮC)(?![\wđĐ])", re.IGNORECASE)
PLAN_TITLE = re.compile(r"(?<![\wđĐ])(?:KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH|ĐỀ\s+ÁN)(?![\wđĐ])", re.IGNORECASE)


def _promulgates_rules(header: Header) -> bool:
    """Whether a decision's title names rules it sets (RULES_TITLE) and no plan (PLAN_TITLE): its own article that gives
    the execution to bodies is a task beside the rules' articles of responsibility (the project's convention for decisions
    and normative acts, ../shared/gold/seeds/README.md), where a decision that promulgates a plan sets its tasks in the plan."""
    title = header.title or ""
    return RULES_TITLE.search(title) is not None and PLAN_TITLE.search(title) is None


def _without_parties_in_general(task: Task) -> Task:
    """An item that gives the execution to bodies, without the parties it names in general after them (GENERIC_PARTIES),
    as an executing article's (``_executing_task``): "**Điều 5. Tổ chức thực hiện**" / "1. Chánh Văn phòng Uỷ ban nhân dân
    Tỉnh, …; Chủ tịch Ủy ban nhân dân xã, phường; các tổ chức, hộ gia đình, cá nhân có liên quan chịu trách nhiệm thi hành
    Quyết định này." (QĐ 139/2025/QĐ-UBND of UBND tỉnh Đồng Tháp)."""
    # (every such party ends with "cá nhân": the short names are looked at before the item's words)
    if any("cá nhân" in n for n in task.assigned_to) and EXECUTION_PREDICATE.search(task.text) is not None:
        task.assigned_to = [n for n in task.assigned_to if GENERIC_PARTIES.fullmatch(n) is None]
    return task


def find_tasks(text: Text, header: Header, doc: Outline | None = None) -> list[Task]:
    """One task per numbered item of the content and organisation sections (see module doc), and one
    per row of a task table (``task_tables``).
    ``doc`` is the document's outline when the caller has read it already."""
    doc = doc if doc is not None else outline(text)
    tasks, executing = tasks_of(
        text, doc, header.doc_type not in ACCOUNTING_TYPES, lambda: regulation_subject(text, header), header.doc_type == NOTICE_TYPE
    )
    tasks = [_without_parties_in_general(t) for t in tasks]
    rows = table_tasks(text, doc, TEXT_START_WORDS)
    body_rows: list[Task] = []
    appendix_rows: list[Task] = []
    for r in rows:
        (appendix_rows if (r.section or "").startswith(APPENDIX_LABEL + ".") else body_rows).append(r)
    if body_rows:  # the rows of task tables (``task_tables``), in document order among the items
        tasks = sorted(tasks + body_rows, key=lambda t: t.start or 0)
    if not tasks:
        # The rows of a table in an appendix after the signature ("PHỤ LỤC"): the gold conventions count
        # the numbered items of the content and organisation sections as tasks, and an appendix that
        # details them is neither; but a plan that sets its tasks only in the appendix sets them there.
        tasks = appendix_rows
    if executing:
        # An instrument's articles that give its execution to bodies, or charge a named body with work, are tasks of its
        # own beside the tasks its other articles set, in document order: "Điều 2. Giao các cơ quan, đơn vị:" / "1. Thanh
        # tra tỉnh chủ trì …" then "Điều 3. … Chánh Văn phòng UBND tỉnh; … chịu trách nhiệm thi hành Quyết định này" (QĐ
        # 1520/QĐ-UBND of UBND tỉnh Bắc Ninh). But a Quyết định that promulgates a plan or rules, whose tasks all come
        # after its articles, sets its tasks in that plan, as the gold conventions count them: its own articles only
        # restate who carries the plan out ("Điều 3. Chánh Văn phòng …, Giám đốc các Sở … chịu trách nhiệm thi hành", the
        # Nơi nhận's "Như Điều 3"). An article that names no body ("Điều 2. Giao nhiệm vụ …") is none.
        signed = next((n.start for part in doc.parts() for n in part if n.kind == "signature"), None)
        own_articles = [n.start for n in executing if signed is None or n.start < signed] or [n.start for n in executing]
        if tasks and all((t.start or 0) > max(own_articles) for t in tasks) and not _promulgates_rules(header):
            # (all after the last such article above the signature: items between the decision's own articles are its own
            # tasks, "Điều 1. Ủy quyền cho Giám đốc Sở …" / "Điều 3. Trách nhiệm của Giám đốc Sở …" / "1. …" / "Điều 4.
            # Chánh Văn phòng …", QĐ 2568/QĐ-UBND of UBND thành phố Cần Thơ)
            # (an article that charges a named body with work of its own stays: "Điều 3. Giám đốc Sở Nội vụ có trách
            # nhiệm hướng dẫn, đôn đốc, kiểm tra …" of a Quyết định of UBND thành phố Cần Thơ that promulgates rules)
            executing = [n for n in executing if not _executes(text, n, charging=False)]
        own = [t for t in (_executing_task(text, n) for n in executing) if t.assigned_to]
        tasks = sorted(tasks + own, key=lambda t: t.start or 0) if tasks and own else tasks or own
    if not tasks and header.doc_type in LETTER_TYPES:
        # A letter without numbered items: its requests to named bodies ("Đề nghị Thuế tỉnh Lào Cai phối hợp …"), read
        # by a module loaded for letters alone (a plan never needs it).
        from vanban.loaders.letter_requests import letter_requests

        tasks = letter_requests(text, doc)
    return tasks
