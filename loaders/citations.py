"""Cited instruments: one normalized entry per distinct instrument, with spans.

A document cites other instruments in several shapes, all read from the flat text (line breaks
folded, as the gold quotes it):

- numbered: "Kế hoạch số 233/KH-UBND, ngày 22/9/2022 của UBND tỉnh Hà Giang về …",
  "Nghị quyếtsố 25- NQ/TW", "Quyết định 657-QĐ/TU", "Luật Tổ chức chính quyền địa phương số
  72/2025/QH15";
- list items under a head that gives their type and issuers: "các Chỉ thị của Ban Thường vụ Tỉnh
  ủy, Ủy ban nhân dân tỉnh: Số 06-CT/TU …; số 17/CT-UBND …";
- short back-references that add a mention, not an entry: "(Chỉ thị số 33)";
- unnumbered: "Luật Tiếp công dân", "Hiến pháp năm 2013", "Nghị quyết Đại hội đại biểu toàn quốc
  lần thứ XIII của Đảng", "Nghị quyết Trung ương 4 khóa XII", "Thực hiện Kế hoạch dân vận năm 2023
  của Sở Y tế …", "triển khai Đề án văn hóa công vụ".

Every pattern is built from the tables in ``codes``. Markdown emphasis (``*``) is blanked in a
same-length copy of the flat text before matching, so offsets and surfaces stay those of ``flat``.

This module assembles the citations from the readers of their parts: where they are found and their
number, symbol and type (``citation_anchors``, ``citation_symbols``), their date (``citation_dates``),
issuer (``citation_issuers``, ``context_issuers``, ``symbol_issuers``), subject (``citation_subjects``),
the unnumbered ones (``unnumbered_citations``, ``law_names``), those whose number is left blank
(``blank_citations``), the mentions that add to them
(``back_references``, ``project_mentions``), which mentions name one instrument (``citation_groups``),
and the spans whose instruments a document implements (``implementing_spans``).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from vanban.loaders import codes
from vanban.loaders.back_references import bare_back_references
from vanban.loaders.blank_citations import find_blank_numbered, is_own_blank, promulgates_own_text
from vanban.loaders.citation_anchors import (
    GLUED_NUMSYM,
    GLUED_SMALL_WORD,
    chained,
    SHARED_SYMBOL_REST,
    SHORT_NUMBER_SPELLINGS,
    TYPE_BEFORE_SHORT,
    UNNUMBERED_START,
    find_numsyms,
    glued_code_agrees,
    is_year_range,
    list_continuation,
    numbered_at,
    sharing_a_symbol,
)
from vanban.loaders.citation_cells import TableCells, cell_date, column_cells, table_cells
from vanban.loaders.citation_dates import PAREN_DATE_ANCHORS, date_at, paren_date_at, read_date
from vanban.loaders.citation_groups import InstrumentGroup, group_mentions, name_key, names_same_instrument, symbol_key
from vanban.loaders.citation_issuers import (
    BODY_NAME_WORDS,
    CENTRAL_PARTY_CODE,
    GENERIC_ISSUER,
    ISSUER_SHORT_NAME,
    ISSUER_TERM,
    JOINT_ISSUER_LEAD,
    JOINT_NAME_WORDS,
    TERM_WORDS,
    body_name,
    central_party_pair,
    canonical_issuer,
    is_joint,
    is_party_name,
    issuer_phrase,
    joint_issuer_phrase,
    written_joint_bodies,
    ministry_of_its_unit,
)
from vanban.loaders.citation_mentions import ITEM, NAMED, NUMBERED, SHORT, UNNUMBERED, Mention, mark_hard_breaks, mask
from vanban.loaders.citation_patterns import TYPE_WORD
from vanban.loaders.citation_subjects import NESTED_DEPTH, nested_object_end, object_of_subject, read_subject
from vanban.loaders.citation_symbols import body_code, full_doc_type, symbol_year, type_code, type_from_symbol
from vanban.loaders.context_issuers import (
    OF_BEFORE_ISSUER,
    agrees_with_code,
    UNLED_NOTE,
    director_issuer,
    enacter_issuer,
    enactment_date,
    issuer_after_quoted_subject,
    issuer_after_subject,
    issuer_without_lead,
    proposer_issuer,
    proposing_subject_issuer,
    restated_issuer,
    shared_issuer,
)
from vanban.loaders.law_names import AMENDABLE_TYPES, amended_in, name_numbered_laws
from vanban.loaders.header import header_start
from vanban.loaders.implementing_spans import find_implementing_spans, match_start, title_implements
from vanban.loaders.letters import UPPER_LETTERS
from vanban.loaders.names import expand_abbreviations, is_all_caps
from vanban.loaders.project_mentions import drop_approved_projects, project_aliases
from vanban.loaders.records import Citation, Header
from vanban.loaders.site_chrome import document_end, document_start
from vanban.loaders.symbol_issuers import (
    BARE_BODY_HEADS,
    INFERRED_NOTE,
    infer_issuer,
    own_bare_issuer,
    respell_national_issuer,
    standing_issuer,
)
from vanban.loaders.text import Text
from vanban.loaders.unnumbered_citations import (
    DRAFT_BEFORE,
    PLURAL_BEFORE,
    OWNED_PLAN_NOTE,
    drop_owned_plan_back_references,
    unnumbered_at,
)


# The date word that may follow a bare number directly (", ngày 07/7/2019"), found by ``str.find``.
_DATE_WORD = "ngày"

# A list head that distributes a type and issuers over the items after it:
# "các Chỉ thị của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh:".
LIST_HEAD = re.compile(
    rf"(?<!\w)(?i:các)\s+(?P<type>(?i:{TYPE_WORD}))(?P<rest>[^:;.]{{0,160}}?)\s*:"
)
# The issuers inside a list head's rest: " của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh".
LIST_HEAD_ISSUERS = re.compile(r"(?i:của)\s+(?P<issuers>.+)$")

_SPACES = re.compile(r"\s+")

_NOT_BEFORE_NUMBER = frozenset("0123456789/")


def _collect(
    masked: str, header: Header, lo: int = 0, hi: int | None = None, identity_only: bool = False,
    cells: TableCells | None = None, marked: str | None = None,
) -> list[Mention]:
    """Every mention in masked[lo:hi], overlaps resolved (earliest, then longest, reading wins).

    Numbered citations are found from their number and symbol, and short back-references from
    "số N"; the type word is then read just before: one cheap scan per anchor kind.
    ``cells``: the text's table cells (``citation_cells``), where a citation in a cell reads its date and issuer.
    ``marked``: the masked text with the line breaks that end a name marked (``mark_hard_breaks``), where issuers and
    the names of laws are read.
    ``identity_only``: only what tells which instrument a mention names (``names_same_instrument``) is read —
    issuers and subjects are skipped except for mentions known by their body (``key``), whose
    issuer is part of their identity. A span read so is how ``find_implements`` once found its
    mentions (its reference form in tests/test_speed_implements.py)."""
    hi = len(masked) if hi is None else hi
    cands: list[Mention] = []
    # The anchors' patterns start with a character class, which the regex engine scans for fast;
    # the word-boundary checks are done here instead of in a leading lookbehind.
    for n in find_numsyms(masked, lo, hi):
        if n.start() and masked[n.start() - 1] in _NOT_BEFORE_NUMBER:
            continue
        if is_year_range(n):
            continue
        mention = numbered_at(masked, n)
        if n.re is GLUED_NUMSYM:
            if glued_code_agrees(mention):
                cands.append(mention)
            continue
        if mention is None and cands:
            mention = list_continuation(masked, n, cands[-1])
        if mention is None:
            shared = sharing_a_symbol(masked, n)
            if shared:
                cands.extend(shared)
                continue
        if mention:
            cands.append(mention)
    shorts = [m for spelling in SHORT_NUMBER_SPELLINGS for m in spelling.finditer(masked, lo, hi)]
    shorts.sort(key=match_start)
    for m in shorts:
        if m.start() and masked[m.start() - 1].isalnum():
            continue
        t = TYPE_BEFORE_SHORT.search(masked, max(0, m.start() - 30), m.start())
        if t and masked[m.end() : m.end() + 1] in (",", " ") and SHARED_SYMBOL_REST.match(masked, m.end()):
            continue  # "Quyết định số 5, 6/KH-UBND": the head of a list sharing a symbol
        if t:
            short = Mention(start=t.start(), end=m.end(), kind=SHORT, doc_type=full_doc_type(t["type"], None), number=m["num"])
            if masked.find(_DATE_WORD, m.end(), m.end() + 8) >= 0:
                # "Kế hoạch số 155, ngày 07/7/2019 của Thành ủy Hà Nội về …": cited in full without its
                # symbol, its date, issuer and subject are read (see _read_issuer_and_subject).
                read_date(masked, m.end(), short)
            cands.append(short)
    cands.extend(find_blank_numbered(masked, lo, hi))
    # Scanned by the regex engine itself (a class of the type words' first capitals opens it): a str.find for each of
    # their sixteen first words ("Luật", "Kế", "Chỉ", "Thỏa" …) read the whole text sixteen times, 2.5x slower.
    for u in UNNUMBERED_START.finditer(masked, lo, hi):
        if u.start() and masked[u.start() - 1].isalnum() and not GLUED_SMALL_WORD.search(masked, max(0, u.start() - 6), u.start()):
            continue
        mention = unnumbered_at(masked, u, header, marked)
        if mention:
            cands.append(mention)

    cands.sort(key=lambda c: (c.start, c.kind, -c.end))
    kept: list[Mention] = []
    last_end = -1
    for c in cands:
        if c.start < last_end:
            continue
        if c.kind == UNNUMBERED and PLURAL_BEFORE.search(masked, max(0, c.start - 8), c.start):
            continue
        if c.kind == UNNUMBERED and DRAFT_BEFORE.search(masked, max(0, c.start - 10), c.start):
            last_end = c.end  # a draft and the laws named inside its name ("dự án Luật sửa đổi … của Luật …")
            continue
        kept.append(c)
        last_end = c.end
    name_numbered_laws(masked, kept)
    _type_items(masked, kept)
    issuers: dict[str, str | None] = {}  # issuer text -> canonical name, read once per text
    # From the last mention back, so that a list's issuer, read after its last item, is known when
    # its earlier items are read (see ``shared_issuer``).
    for k in range(len(kept) - 1, -1, -1):
        c = kept[k]
        if identity_only and not c.key:
            continue
        # A subject runs at most to the next instrument that is not nested in its quotes.
        after = kept[k + 1] if k + 1 < len(kept) else None
        limit = after.start if after else len(masked)
        further = kept[k + 2].start if k + 2 < len(kept) else len(masked)
        chain = kept[k + 1 : k + 2 + NESTED_DEPTH]
        chain_end = kept[k + 2 + NESTED_DEPTH].start if k + 2 + NESTED_DEPTH < len(kept) else len(masked)
        _read_issuer_and_subject(
            masked, c, header, limit, issuers, after, kept[k - 1] if k else None, further, chain, chain_end, cells,
            marked,
        )
        if c.date is None and after is not None and after.date and _shares_date(masked, c, after):
            c.date, c.year = after.date, after.year
            c.notes.append(f"date written once after the pair it heads ('{c.number} và {after.number} ngày …')")
    _share_enactment(masked, kept)
    return kept


# What lies between a body named after a comma and the next instrument, whose body it is then: " tại " (", của Ban
# Bí thư tại " before "văn bản số 213-KL/TW").
NEXT_ONES_BODY = re.compile(r",?\s+(?i:tại)\s+\Z")


# The note of a date read before the clause that issues the instrument (``_read_enactment_date``).
ENACTMENT_DATE_NOTE = "date written before it, in the clause of the body that issued it"


def _share_enactment(masked: str, kept: list[Mention]) -> None:
    """Give the instruments listed after one whose date was read before its issuing clause that date, and
    its issuer when they have none: "Ngày 05/3/2024, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND và Quyết định
    số 567/QĐ-UBND …" (both issued that day by that body). Only a list joined by ", " or " và ", of symbols
    of one body's code, no symbol year saying otherwise."""
    for a, b in zip(kept, kept[1:]):
        if b.date is not None or b.kind not in (NUMBERED, NAMED) or ENACTMENT_DATE_NOTE not in a.notes:
            continue
        code = body_code(a.symbol)
        if not code or code != body_code(b.symbol) or symbol_year(b.symbol) not in (None, a.year):
            continue
        if not chained(masked, a, b.start):
            continue
        b.date, b.year = a.date, a.year
        b.notes.append(ENACTMENT_DATE_NOTE)
        if b.issuer is None and a.issuer and any(n.startswith(ENACTER_NOTE) for n in a.notes):
            b.issuer = a.issuer
            b.notes.append(LISTED_ISSUER_NOTE)
    # Without a date, the issuer alone: "Ban Thường vụ Huyện ủy Hiệp Đức đã ban hành Chỉ thị số 25/CT-HU và Kế
    # hoạch số 62/KH-HU về tổ chức đại hội …" (both its; one body's code, the list joined by ", " or " và ").
    for a, b in zip(kept, kept[1:]):
        if b.issuer is not None or b.issuer_text or b.kind != NUMBERED or a.issuer is None:
            continue
        if not any(n.startswith(ENACTER_NOTE) for n in a.notes):
            continue
        code = body_code(a.symbol)
        if code and code == body_code(b.symbol) and chained(masked, a, b.start):
            b.issuer = a.issuer
            b.notes.append(LISTED_ISSUER_NOTE)


# The note of an issuer read as the subject of "ban hành", "ký" or "có" just before a citation, and of one
# given so to the instrument listed after it (``_share_enactment``).
ENACTER_NOTE = "issuer: the body that '"
LISTED_ISSUER_NOTE = "issuer: the body that issued the instrument listed before it"


# What joins a pair of instruments that share the date written after the second: " và " in "Quyết định số
# 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị".
PAIR_GAP = re.compile(r"\s+và\s+")
# The farthest apart the numbers of such a pair are: instruments a body issues on one day are numbered in a row
# (217 and 218); "Chỉ thị số 05-CT/TW và Chỉ thị số 35-CT/TW ngày 30/5/2019" are years apart.
_PAIR_NUMBERS_APART = 3


def _shares_date(masked: str, c: Mention, after: Mention) -> bool:
    """Whether ``c``, written without a date, has the one of ``after``: the two are joined by " và ", of one
    type and one symbol series ("QĐ/TW"), and numbered at most _PAIR_NUMBERS_APART apart."""
    if c.kind not in (NUMBERED, NAMED) or after.kind not in (NUMBERED, NAMED):
        return False
    if not (c.number and after.number and c.symbol and c.symbol == after.symbol and c.doc_type == after.doc_type):
        return False
    if not (c.number.isdecimal() and after.number.isdecimal()):
        return False  # "30a"
    if not 0 < abs(int(c.number) - int(after.number)) <= _PAIR_NUMBERS_APART:
        return False
    return PAIR_GAP.fullmatch(masked, c.end, after.start) is not None


def _type_items(masked: str, kept: list[Mention]) -> None:
    """Give list items their type and issuer text: from a list head just before the first item
    of a chain ("các Chỉ thị của …: Số 06-CT/TU …; số 32-CT/TU …"), else from the symbol."""
    chain_head = None
    chain_end = -1
    for c in kept:
        if c.kind != ITEM:
            continue
        if not (chain_head and c.start - chain_end <= 600):
            chain_head = None
            h = None
            for h in LIST_HEAD.finditer(masked, max(0, c.start - 240), c.start):
                pass
            if h and c.start - h.end() <= 40:
                issuers: list[str] = []
                im = LIST_HEAD_ISSUERS.search(h["rest"])
                if im:
                    issuers = [p.strip() for p in re.split(r",|\s+và\s+", im["issuers"]) if p.strip()]
                chain_head = (full_doc_type(h["type"], None), issuers)
        if chain_head:
            # A generic head takes each item's type from its symbol, as "văn bản số …" does: "chỉ đạo của Bộ Nông nghiệp
            # và Môi trường tại các văn bản: số 9593/BNNMT-MT ngày 25/11/2025, số 9671/BNNMT-MT …" (fresh15 b5734329)
            # lists two Công văn.
            c.doc_type = type_from_symbol(c.symbol) if type_code(c.symbol) else full_doc_type(chain_head[0], c.symbol)
            c.notes.append(f"type and issuer from the list head 'các {chain_head[0]}'")
            c.issuer_text = _issuer_for_item(c, chain_head[1])
            chain_end = c.end
        else:
            c.doc_type = type_from_symbol(c.symbol) or codes.TYPE_WORDS["công văn"]


def _issuer_for_item(c: Mention, issuers: list[str]) -> str | None:
    if not issuers:
        return None
    if len(issuers) == 1:
        return issuers[0]
    party = body_code(c.symbol) in codes.PARTY_BODY_CODES
    for name in issuers:
        if is_party_name(name) == party:
            return name
    return None


def _read_issuer_and_subject(
    masked: str,
    c: Mention,
    header: Header,
    limit: int,
    issuers: dict[str, str | None],
    after: Mention | None = None,
    before: Mention | None = None,
    further: int | None = None,
    chain: list[Mention] | None = None,
    chain_end: int | None = None,
    cells: TableCells | None = None,
    marked: str | None = None,
) -> None:
    """``limit``: where the next instrument (``after``) starts; ``further``: where the one after it starts;
    ``chain``: the mentions from ``after`` on, a few, and ``chain_end`` where the one after them starts;
    ``cells``: the text's table cells; ``marked``: the masked text whose line breaks that end a name are
    marked (``mark_hard_breaks``), where the issuer's name is read."""
    names = marked or masked
    if c.kind == SHORT and c.date is None:
        return  # a back-reference ("Chỉ thị số 33"); one with its date is a citation without its symbol
    pos = c.tail or c.end
    if c.date is None and c.kind == NUMBERED and masked.startswith(PAREN_DATE_ANCHORS, c.end):
        # "Công văn số 1234/BYT-KCB (ngày 05/3/2024) của Bộ Y tế": the issuer is read after the parentheses.
        got = paren_date_at(masked, c.end)
        if got and symbol_year(c.symbol) in (None, got[1]):
            c.date, c.year, pos = got
        elif got:  # "Quyết định số 15/2023/QĐ-UBND (ngày 10/3/2024) của …": the date is not read, the issuer is
            pos = got[2]
    if cells and c.kind == NUMBERED and pos == c.end:
        pos = _read_continuation(masked, c, cells, pos)
    if c.issuer is None and not c.tail:  # a named plan's issuer is already read
        joint = is_joint(c)
        own, end = issuer_phrase(names, pos, JOINT_NAME_WORDS if joint else BODY_NAME_WORDS)
        if own and after is not None and masked.startswith(",", pos) and NEXT_ONES_BODY.match(masked, end, after.start):
            # "thông báo số 99-TB/TW ngày 21/11/2025, của Ban Bí thư tại văn bản số 213-KL/TW": the body is the
            # next instrument's (realdocs 692e12b0).
            own = None
        if own is None and joint and (between := JOINT_ISSUER_LEAD.match(masked, pos)):
            own, end = body_name(names, between.end(), pos, JOINT_NAME_WORDS)
        if own is None and c.date and c.kind == NUMBERED and masked.startswith(" ", c.end):
            unled = issuer_without_lead(masked, c)
            if unled:
                own, end = unled
                c.notes.append(UNLED_NOTE)
        if own and joint:
            bodies, end = joint_issuer_phrase(names, own, end)
            if len(bodies) == 1:  # "Bộ Y tế - Bộ Tài chính - …", "Liên Bộ Công Thương - Tài chính"
                bodies = written_joint_bodies(bodies[0], c.symbol)
            if len(bodies) > 1:
                c.joint_issuers = bodies
        elif own and body_code(c.symbol) == CENTRAL_PARTY_CODE and (pair := central_party_pair(names, own, end)):
            c.joint_issuers, end = pair  # "của Bộ Chính trị, Ban Bí thư": both, as a joint instrument's
        if own:
            c.issuer_text = own
            pos = end
            if masked.startswith(" (", pos):  # "Bộ Giáo dục Đào tạo (GDĐT) về việc …": its short name
                short = ISSUER_SHORT_NAME.match(masked, pos)
                pos = short.end() if short else pos
            if any(masked.startswith(TERM_WORDS, pos + k) for k in (1, 2, 3)):
                # "… Trung ương Đảng khóa XII về …", "… Bộ chính trị  (Khóa XII) về …": the body's term
                term = ISSUER_TERM.match(masked, pos)
                pos = term.end() if term else pos
            # The date after the issuer: "Quyết định số 411/QĐ-TTg của Thủ tướng Chính phủ ngày
            # 31/3/2022 phê duyệt …" (the surface stays without it: the date does not follow directly).
            got = date_at(masked, end) if c.date is None and c.kind == NUMBERED else None
            if got:
                c.date, c.year, pos = got
        else:
            # The proposer named just before it, else the issuer written after its list, else the
            # proposer named before its list.
            proposer = proposer_issuer(masked, c)
            shared = None if proposer else shared_issuer(masked, c, after)
            if shared:
                c.issuer_text = shared
                c.notes.append("issuer written once after the list it is part of")
                if after.joint_issuers:
                    # "Kết luận số 186-KL/TW ngày 29/8/2025 và Kết luận số 195-KL/TW ngày 26/9/2025 của Bộ Chính
                    # trị, Ban Bí thư" (realdocs 6a58c855): the list's bodies are each item's, not its first alone.
                    c.joint_issuers = list(after.joint_issuers)
            else:
                proposer = proposer or proposer_issuer(masked, c, before)
                if proposer:
                    c.issuer_text = proposer
                    c.notes.append("issuer: the proposer named before it ('đề nghị của … tại')")
                elif director := director_issuer(masked, c):
                    c.issuer_text = director
                    c.notes.append("issuer: the body whose direction it carries ('chỉ đạo của … tại')")
                else:
                    enacter = enacter_issuer(masked, c)
                    if enacter:
                        c.issuer_text = enacter
                        verb = "ban hành" if masked.find("ban hành", c.start - 12, c.start) >= 0 else (
                            "ký" if masked.find(" ký ", c.start - 5, c.start) >= 0 else "có"
                        )
                        c.notes.append(f"issuer: the body that '{verb}' it, named before it ('{_SPACES.sub(' ', enacter)}')")
                    elif subject := proposing_subject_issuer(masked, c):
                        c.issuer_text = subject
                        c.notes.append("issuer: the body that proposed or forwarded it, named before it ('… đề nghị tại', '… chuyển đến tại')")
                    elif restated := restated_issuer(masked, c):
                        c.issuer_text = restated
                        c.notes.append("issuer: the body named with its type before the parentheses that number it")
                    elif (generic := GENERIC_ISSUER.match(masked, c.end)) and generic["words"].islower():
                        pos = generic.end()  # "của nhà trường về …": no body's name, the subject follows
    if cells and c.kind == NUMBERED and (c.date is None or (c.issuer is None and not c.issuer_text)):
        _read_columns(masked, c, cells, before, limit)
    if c.date is None and c.kind in (NUMBERED, NAMED):
        _read_enactment_date(masked, c)
    c.subject_at = pos
    if c.kind in (NUMBERED, NAMED, ITEM) or c.tail or (c.kind == SHORT and c.date):
        nested = masked[pos : pos + 12].lstrip(" ,").startswith(("về “", "“", 'về "', '"'))
        if not nested and after is not None and further is not None and object_of_subject(masked, pos, after, further):
            limit = further  # "về thi hành Luật Bảo vệ và phát triển rừng;": the next instrument is in it
        elif not nested and chain and chain_end is not None:
            # "về thành lập … thực hiện Chương trình … về thực hiện Nghị quyết … ;": instruments nested in turn
            limit = nested_object_end(masked, pos, chain, chain_end) or limit
        c.title = read_subject(masked, pos, len(masked) if nested else max(limit, pos))
        if c.title and not c.issuer_text and not nested and OF_BEFORE_ISSUER in c.title:
            issuer_after_subject(masked, c, header)
        elif c.title and not c.issuer_text:  # "về việc “…” của Đại học Quốc gia Hà Nội;"
            issuer_after_quoted_subject(masked, c)
    if c.issuer is None and c.joint_issuers:
        # A joint instrument's issuers, all of them, each in its canonical name: "Ủy ban Thường vụ
        # Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam".
        c.issuer = ", ".join(n for n in (canonical_issuer(t, header) for t in c.joint_issuers) if n) or None
        if c.issuer:
            c.notes.append("joint issuers, as written")
    if c.issuer is None and c.issuer_text:
        if c.issuer_text not in issuers:
            issuers[c.issuer_text] = canonical_issuer(c.issuer_text, header)
        c.issuer = issuers[c.issuer_text]
        named_before = any(n.startswith("issuer: the body that '") for n in c.notes)
        unled = UNLED_NOTE in c.notes or COLUMN_NOTE.format("issuer") in c.notes  # no "của" was written
        if c.issuer and _SPACES.sub(" ", c.issuer_text) != c.issuer and not named_before and not unled:
            c.notes.append(f"text: 'của {_SPACES.sub(' ', c.issuer_text)}'")
        if c.issuer in BARE_BODY_HEADS:
            c.issuer = own_bare_issuer(c, header)
            if c.issuer:
                c.notes.append("issuer: the document's own body, named by its head word")
        if c.issuer and " - " in c.issuer and (unit := ministry_of_its_unit(c.issuer, c.symbol)):
            c.issuer = unit[0]
            c.notes.append(f"issuer: the ministry; '{unit[1]}' is its unit that drafted it (the symbol's second code)")
        if c.issuer:
            standing_issuer(c)
            respell_national_issuer(c)
    if c.doc_type in (codes.TYPE_WORDS["luật"], codes.TYPE_WORDS["bộ luật"], codes.TYPE_WORDS["hiến pháp"]):
        if not c.issuer_text:
            c.issuer = None
        return
    if c.issuer is None and c.symbol:
        infer_issuer(c, header)


# The notes of a date and issuer read in a table's other cells (``citation_cells``).
CONTINUATION_NOTE = "date and issuer read on in the table's next row"
COLUMN_NOTE = "read in the table's column '{}'"
# What a bare date that goes on with a citation in the next row is followed by: its issuer ("02/02/2024 của Sở Y
# tế"); a bare date alone may be a deadline's.
_BARE_DATE_ISSUER = re.compile(r",?\s+của\s")


# The word "ngày" left at the end of a citation's cell, its date in the next row: " ngày" in "| Kế hoạch số
# 45/KH-SYT ngày |" then "| | 02/02/2024 của Sở Y tế |".
DANGLING_DATE_WORD = re.compile(r",?\s*(?i:ngày)")


def _read_continuation(masked: str, c: Mention, cells: TableCells, pos: int) -> int:
    """Where the issuer and subject of ``c``, a citation that ends its table cell, are read on: in the next row's
    same cell (``citation_cells``) when it goes on with it — its date ("ngày 02/02/2024 của Sở Y tế", "02/02/2024
    của …", or the date of a "ngày" left at the cell's end), or, ``c`` dated, its issuer ("của Sở Y tế …");
    else ``pos``."""
    at = cells.continuations.get(c.end)
    dangling = False
    if at is None and c.date is None and masked.startswith((" ", ",", "n"), c.end):
        d = DANGLING_DATE_WORD.match(masked, c.end)
        at = cells.continuations.get(d.end()) if d else None
        dangling = at is not None
    if at is None:
        return pos
    if c.date is not None:
        return at if masked.startswith("của ", at) else pos
    got = cell_date(masked, at)
    if got is None or symbol_year(c.symbol) not in (None, got[1]):
        return pos
    if not dangling and not masked.startswith(("ngày", "Ngày"), at) and not _BARE_DATE_ISSUER.match(masked, got[2]):
        return pos  # a bare date alone: a deadline's, maybe
    c.date, c.year = got[0], got[1]
    c.notes.append(CONTINUATION_NOTE)
    return got[2]


def _read_columns(masked: str, c: Mention, cells: TableCells, before: Mention | None, limit: int) -> None:
    """The date and issuer of ``c`` from its row's date and issuer columns (``citation_cells``), when it is the
    only instrument in its cell: the date a cell's whole content, its year the symbol's; the issuer a body's
    name that is its cell's whole content."""
    cell = column_cells(cells, c.start, c.end)
    if cell is None or (before is not None and before.end > cell.start) or limit < cell.end:
        return
    if c.date is None and cell.date and cell.date[1] > cell.date[0]:
        got = cell_date(masked, *cell.date)
        if got and symbol_year(c.symbol) in (None, got[1]) and c.year in (None, got[1]):
            c.date, c.year = got[0], got[1]
            c.notes.append(COLUMN_NOTE.format("date"))
    if c.issuer is None and not c.issuer_text and cell.issuer and cell.issuer[1] > cell.issuer[0]:
        s, e = cell.issuer
        name, end = body_name(masked, s, s)
        if name and end == e and _column_issuer_agrees(name, c.symbol):
            c.issuer_text = name
            c.notes.append(COLUMN_NOTE.format("issuer"))


def _column_issuer_agrees(name: str, symbol: str | None) -> bool:
    """Whether a body named in a row's issuer column is the issuer of the row's instrument by its symbol: the
    body code agrees (``agrees_with_code``) and, a code that names a body ("UBND", "SYT"), the name is that body's:
    "UBND tỉnh" for "Quyết định số 15/2023/QĐ-UBND", not "Sở Y tế" (a column may name the body that drafted it)."""
    name = expand_abbreviations(name)
    if not agrees_with_code(name, symbol):
        return False
    code = body_code(symbol)
    expansion = codes.ABBREVIATIONS.get(code) if code else None
    return expansion is None or name.lower().startswith(expansion.lower())


def _read_enactment_date(masked: str, c: Mention) -> None:
    """The date written before the clause that issues ``c`` ("Ngày 05/3/2024, Bộ Y tế ban hành Công văn số
    1234/BYT-KCB"), unless the year in its symbol says otherwise."""
    got = enactment_date(masked, c)
    if got is None:
        return
    date, year = got
    if (c.year not in (None, year)) or symbol_year(c.symbol) not in (None, year):
        return
    c.date, c.year = date, year
    c.notes.append(ENACTMENT_DATE_NOTE)


def _in_capitals(text: Text, f: Mention, g: InstrumentGroup) -> Mention | None:
    """The mention that writes the symbol in its own case when the first is a title in capitals:
    "Chương trình hành động số 17-CTr/TU" after "KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ
    17-CTR/TU …" (the title's capitals are its typography, not the symbol's form)."""
    if not f.symbol or f.symbol != f.symbol.upper() or len(g.mentions) < 2:
        return None
    other = next((m for m in g.mentions[1:] if m.symbol and m.symbol != f.symbol and m.symbol.upper() == f.symbol), None)
    if other is None or not is_all_caps(text.flat[f.start : f.end]):
        return None
    return other


def _citation(text: Text, g: InstrumentGroup) -> Citation:
    f = g.first
    issuer = f.issuer or next((m.issuer for m in g.mentions if m.issuer), None)
    date = f.date or next((m.date for m in g.mentions if m.date), None)
    year = f.year or next((m.year for m in g.mentions if m.year), None)
    title = f.title or next((m.title for m in g.mentions if m.title), None)
    notes = list(f.notes)
    inferred = f.issuer is not None and not f.issuer_text and any(n.startswith(INFERRED_NOTE) for n in f.notes)
    if inferred and any(m.issuer == f.issuer and m.issuer_text for m in g.mentions[1:]):
        # "(Báo cáo số 565-BC/BTCTW, ngày 27/11/2025)", then "Báo cáo số 565-BC/BTCTW, ngày 27/11/2025 của Ban Tổ chức
        # Trung ương" (realdocs 265ff514): the issuer inferred from the symbol is written at a later mention.
        notes = [n for n in notes if not n.startswith(INFERRED_NOTE)]
    if (f.issuer is None or inferred) and issuer:
        notes += [n for m in g.mentions if m.issuer == issuer for n in m.notes if n.startswith("text:")][:1]
    if f.raw_symbol and " " in f.raw_symbol:
        s, e = text.original_span(f.start, f.end)
        # The symbol's own span decides, not the mention's: "Thông tư số 23/2012/TT - BCA, ngày\n27/4/2012" has
        # its line break in the date.
        written = re.search(r"\s+".join(map(re.escape, f.raw_symbol.split())), text.original[s:e])
        how = "split by a line break" if "\n" in (written[0] if written else text.original[s:e]) else "written with a space"
        notes.append(f"symbol {how} ('{f.raw_symbol}')")
    if f.written_symbol:
        notes.append(f"symbol written '{f.number}/{f.written_symbol}', read {f.symbol}")
    symbol = f.symbol
    capitals = _in_capitals(text, f, g)
    if capitals is not None:
        symbol = capitals.symbol
    variants = []
    for m in g.mentions[1:]:
        if m.written_symbol:
            form = f"{m.number}/{m.written_symbol}"
            if form not in variants and m.written_symbol != f.written_symbol:
                variants.append(form)
            continue
        if capitals is not None and m.symbol and m.symbol.upper() == (f.symbol or "").upper():
            continue  # the title's capitals: not another form
        if m.number and m.symbol and (m.number + m.symbol) != (f.number or "") + (f.symbol or ""):
            form = _SPACES.sub("", m.raw_symbol or "")
            if form != _SPACES.sub("", f.raw_symbol or "") and form not in variants:
                variants.append(form)
    if variants:
        notes.append("also written " + ", ".join(variants))
    sy = symbol_year(f.symbol) if f.number else None
    if sy and year and year != sy:
        # A date whose year is not the symbol's is a slip when another mention's date agrees with it.
        agreeing = next((m for m in g.mentions if m.date and m.year == sy), None)
        if agreeing is not None:
            notes.append(f"dated {date} where first cited; {agreeing.date} elsewhere, as the symbol's year says")
            date, year = agreeing.date, agreeing.year
    if not f.number and not f.date and f.kind == UNNUMBERED:
        notes.append("unnumbered")
    surface_end = f.end
    link = text.flat.find("](", f.start, f.end)
    if link > f.start:  # "[Chỉ thị số 17/CT-TTg](https://…) ngày 25/8/2023": the date does not follow directly
        surface_end = link
    surface = text.quote(f.start, surface_end)
    start, end = text.original_span(f.start, surface_end)
    return Citation(
        surface=surface,
        start=start,
        end=end,
        doc_type=f.doc_type,
        number=f.written_number or f.number,  # as written ("1.234"): the graph's keys read its digits
        symbol=symbol if f.number or f.blank_number else None,
        year=year,
        date=date,
        issuer=issuer,
        title=title,
        note="; ".join(dict.fromkeys(notes)) or None,
        mentions=len(g.mentions),
    )


def _analyse(text: Text, header: Header, top: int | None = None) -> tuple[list[Mention], list[InstrumentGroup]]:
    """The mentions read at their anchors, in order (what ``find_implements`` looks up), and the
    groups of all mentions, one per instrument. ``top``: the header's first line (``header.header_start``), when
    read already."""
    masked = mask(text.flat)
    cells = table_cells(text, masked) if masked.find("|") >= 0 else None
    top = header_start(text) if top is None else top
    kept = _collect(
        masked, header or Header(), lo=document_start(text, top), hi=document_end(masked), cells=cells,
        marked=mark_hard_breaks(masked, text),
    )
    drop_approved_projects(masked, kept)
    drop_owned_plan_back_references(kept)
    projects = project_aliases(masked, kept)
    taken = {m.start for m in projects}  # a project's short name is its mention, not another's
    bare = [m for m in bare_back_references(masked, kept) if m.start not in taken]
    return kept, group_mentions(kept + projects + bare)


# The level and name of the place a body belongs to: "xã Lũng Cú" in "Ủy ban nhân dân xã Lũng Cú",
# "thành phố Hồ Chí Minh" in "Sở Giáo dục và Đào tạo Thành phố thành phố Hồ Chí Minh".
BODY_PLACE = re.compile(rf"\b((?i:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)) (\w+(?: [{UPPER_LETTERS}]\w*)*)")


def _place_of(issuer: str | None) -> tuple[str, str] | None:
    """('xã', 'lũng cú') for 'Ủy ban nhân dân xã Lũng Cú'; None when the name gives no place."""
    m = BODY_PLACE.search(issuer) if issuer else None
    while m and not m.group(2)[:1].isupper():  # "Thành phố thành phố Hồ Chí Minh": skip a bare level word
        m = BODY_PLACE.search(issuer, m.start(2))
    return (m.group(1).lower(), m.group(2).lower()) if m else None


# A document's own number written in parentheses under its title, where a web copy puts it: "(Số 61-KH/TĐ
# ngày 26/01/2010)" under "KẾ HOẠCH Hành động Tháng thanh niên năm 2010" (a Tỉnh đoàn's plan; the header's
# Số line is missing). Matched against the header's title, which holds it.
OWN_NUMBER_IN_TITLE = re.compile(r"\(\s*(?i:số)\s*:?\s*(?P<num>\d{1,5})\s*[-/]")


def _own_number_in_title(f: Mention, header: Header) -> bool:
    """Whether ``f``, a number read after a bare "Số" (no type word), is the document's own number written
    in parentheses in its title: its type is the document's and the title holds "(Số <number>-…"."""
    if not header.title or f.doc_type != header.doc_type or f.issuer or "(" not in header.title:
        return False
    m = OWN_NUMBER_IN_TITLE.search(header.title)
    return m is not None and m["num"].lstrip("0") == (f.number or "").lstrip("0")


# The note under an attached text's title naming the decision that promulgates it, up to that decision's type word:
# "(Ban hành kèm theo " in "(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 01/9/2021 của Ủy ban nhân dân tỉnh)", also
# "(Kèm theo …", "(Được ban hành kèm theo …", "(ban hành theo …", "(Ban hành\nkèm theo …" broken over two lines.
PROMULGATING_NOTE = re.compile(r"\(\s*(?:được\s+)?(?:ban\s+hành\s+)?(?:kèm\s+)?theo\s+", re.IGNORECASE)
# The texts a Quyết định or Nghị quyết promulgates, which are that decision (seeds README: "one instrument").
PROMULGATED_TYPES = frozenset(("Kế hoạch", "Quy chế", "Quy định", "Chương trình", "Đề án", "Điều lệ", "Hướng dẫn", "Quy trình"))


def _promulgating_note(g: InstrumentGroup, header: Header, text: Text | None) -> bool:
    """Whether ``g`` is the Quyết định or Nghị quyết that promulgates this very text, named in the note under its title:
    "KẾ HOẠCH / THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG … / (Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 01/9/2021 của Ủy ban
    nhân dân tỉnh)". A text promulgated by a decision is that decision (seeds README), so the plan neither cites nor
    implements it. A note inside a "Căn cứ" line ("Quy chế … (ban hành kèm theo Quyết định số …)") is not at its line's
    start, and a document of another type (a Quyết định's own attached Quy chế names the Quyết định itself) is left
    to the checks below."""
    f = g.first
    if text is None or f.doc_type not in ("Quyết định", "Nghị quyết") or header.doc_type not in PROMULGATED_TYPES:
        return False
    start, _ = text.original_span(f.start, f.end)
    paren = text.original.rfind("(", max(0, start - 40), start)
    if paren < 0 or PROMULGATING_NOTE.fullmatch(text.original, paren, start) is None:
        return False
    line_start = text.original.rfind("\n", 0, paren) + 1
    return not text.original[line_start:paren].strip(" \t*_")  # the note opens its line


def _is_itself(g: InstrumentGroup, header: Header, masked: str = "", text: Text | None = None) -> bool:
    """The document naming itself: "Kế hoạch số 179/KH-UBND" in plan 179/KH-UBND.

    Every body has its own series, so a parent's plan may carry the same number and symbol
    (UBND xã's 15/KH-UBND implementing UBND huyện's "Kế hoạch số 15/KH-UBND ngày … của UBND
    huyện"): a different issuer or a different full date named in any mention says it is not.
    """
    f = g.first
    if header and _promulgating_note(g, header, text):
        return True
    if f.number is None and f.kind == UNNUMBERED and f.name and not f.key:
        # Named by its type and title: "Ủy ban Thường vụ Quốc hội ban hành Pháp lệnh Ưu đãi người có công với
        # cách mạng." in that Pháp lệnh (its title "ƯU ĐÃI NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG").
        return bool(
            header and header.doc_type == f.doc_type and header.title
            and name_key(f.name) == name_key(f"{header.doc_type} {header.title}")
        )
    if f.kind == ITEM and len(g.mentions) == 1 and header and not header.number and _own_number_in_title(f, header):
        return True
    if f.blank_number:
        own_year = int(header.date[:4]) if header and header.date and header.date[:4].isdigit() else None
        places = [_place_of(m.issuer) for m in g.mentions]
        if header and masked and promulgates_own_text(masked, g.mentions, header.doc_type, header.number):
            return True
        return is_own_blank(g.mentions, header.symbol if header else None, _place_of(header.issuer) if header else None, places, own_year)
    if not (header and header.number and header.symbol and f.number):
        return False
    if f.number.lstrip("0") != header.number.lstrip("0") or symbol_key(f.symbol) != symbol_key(header.symbol):
        return False
    if header.date and f.year and not header.date.startswith(str(f.year)):
        return False
    own_place = _place_of(header.issuer)
    if own_place and any(_place_of(m.issuer) not in (None, own_place) for m in g.mentions):
        return False
    dates = {m.date for m in g.mentions if m.date and len(m.date) == 10}
    return not (header.date and len(header.date) == 10 and dates and header.date not in dates)


def find_citations(text: Text, header: Header) -> list[Citation]:
    """One entry per distinct cited instrument, in order of first mention."""
    return read_citations(text, header)[0]


def read_citations(text: Text, header: Header) -> tuple[list[Citation], list[Citation]]:
    """The cited instruments (``find_citations``) and those the document implements
    (``find_implements``), from one reading of the text's mentions."""
    top = header_start(text)  # where the header starts: the mentions and the implementing spans are read below it
    kept, groups = _analyse(text, header, top)
    masked = mask(text.flat)
    spans = find_implementing_spans(text, header or Header(), top)
    cites = [
        _citation(text, g) for g in groups if not _is_itself(g, header, masked, text) and not _stray_owned_plan(g, spans)
    ]
    return cites, find_implements(text, header, cites, kept, spans)


# A clause inside a preamble's "Thực hiện …" paragraph that names what the document rests on, not what it carries
# out: "trên cơ sở báo cáo đề xuất của Sở Nông nghiệp và Môi trường tại " before "Công văn số 12252/SNNMT-TNNKS" in
# "Thực hiện Kết luận số 15-KL/ĐU … và trên cơ sở báo cáo đề xuất của …" (realdocs 76415b3e), "theo đề nghị của … tại",
# "xét đề nghị của … tại"; not "bạo lực trên cơ sở giới" (a subject's words, corpus 008). Searched in the text since the
# mention before, from its last ";", gated by its words.
BASIS_CLAUSE = re.compile(
    r"(?<!\w)(?i:trên\s+cơ\s+sở\s+(?:báo\s+cáo|đề\s+xuất|đề\s+nghị|tờ\s+trình|ý\s+kiến|kiến\s+nghị)|theo\s+đề\s+nghị"
    r"|xét\s+đề\s+nghị|xét\s+tờ\s+trình)(?!\w)"
)
_BASIS_ANCHORS = ("cơ sở", "đề nghị", "ét tờ")


def based_on_proposal(masked: str, lo: int, hi: int) -> bool:
    """Whether masked[lo:hi] (the text since the mention before, in one implementing span) opens a BASIS_CLAUSE."""
    gap = masked[lo:hi]
    gap = gap[gap.rfind(";") + 1 :]  # its own clause: not "bạo lực trên cơ sở giới"; Căn cứ …" before it
    return any(w in gap for w in _BASIS_ANCHORS) and BASIS_CLAUSE.search(gap) is not None


def _stray_owned_plan(g: InstrumentGroup, spans: list[tuple[int, int]]) -> bool:
    """Whether ``g`` is a plan named by its issuer and subject (unnumbered_citations.OWNED_PLAN) outside the spans
    whose instruments the document implements: "Triển khai Kế hoạch của Ủy ban nhân dân tỉnh về …" as a task of a
    body's table names no instrument of its own (a back-reference, or the plan being written)."""
    f = g.first
    return OWNED_PLAN_NOTE in f.notes and not any(a <= f.start < b for a, b in spans)


def find_implements(
    text: Text, header: Header, cites: list[Citation], mentions: list[Mention] | None = None,
    spans: list[tuple[int, int]] | None = None,
) -> list[Citation]:
    """The cited instruments named in the title or in the preamble's 'Thực hiện'/'Căn cứ' paragraphs,
    as the same objects as their ``cites`` entries.

    ``mentions``: the text's mentions as ``_analyse`` reads them for ``cites`` (read again when not
    given). Those that start in an implementing span are looked up: the text is read once, not
    once more per span (the spans' own reading found the same instruments in every document
    checked: seeds, corpus, examples, 300 synthetic plans)."""
    header = header or Header()
    masked = mask(text.flat)
    if mentions is None:
        mentions = _analyse(text, header)[0]
    starts = [m.start for m in mentions]
    named_before = [m for m in mentions if m.named_before]  # numbered plans a preamble named by issuer and subject
    out: list[Citation] = []
    for a, b in find_implementing_spans(text, header) if spans is None else spans:
        since = a  # where the text after the span's mention before starts
        for m in mentions[bisect_left(starts, a) : bisect_left(starts, b)]:
            gap_start, since = since, max(since, m.end)
            if based_on_proposal(masked, gap_start, m.start):
                continue  # "… và trên cơ sở báo cáo đề xuất của Sở … tại Công văn số …": only cited
            if m.doc_type in AMENDABLE_TYPES and m.kind == UNNUMBERED and amended_in(masked, m.start):
                continue  # "… thi hành Luật sửa đổi, bổ sung một số điều của Luật X": the amending law is carried out
            cite = next((c for c in cites if names_same_instrument(m, masked, c)), None)
            if cite is not None and not any(cite is o for o in out):
                out.append(cite)
        for m in named_before:
            # "Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh về …" in the span, its numbered plan cited later in the text.
            if any(a <= s < b for s in m.named_before):
                cite = next((c for c in cites if names_same_instrument(m, masked, c)), None)
                if cite is not None and not any(cite is o for o in out):
                    out.append(cite)
    if header.title and title_implements(header.title, header.doc_type):
        title_key = name_key(header.title)
        for cite in cites:
            if name_key(cite.surface) in title_key and not any(cite is o for o in out):
                if cite.doc_type in AMENDABLE_TYPES and amended_in(title_key, title_key.find(name_key(cite.surface))):
                    continue  # the title carries out the amending law that names it, not it
                out.append(cite)
    return out
