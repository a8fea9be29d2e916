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
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from vanban.loaders import codes
from vanban.loaders.citation_anchors import (
    GLUED_SMALL_WORD,
    SHARED_SYMBOL_REST,
    SHORT_NUMBER_SPELLINGS,
    TYPE_BEFORE_SHORT,
    UNNUMBERED_START,
    find_numsyms,
    is_year_range,
    list_continuation,
    numbered_at,
    sharing_a_symbol,
)
from vanban.loaders.citation_dates import date_at, read_date
from vanban.loaders.citation_issuers import (
    BODY_NAME_WORDS,
    GENERIC_ISSUER,
    ISSUER_SHORT_NAME,
    ISSUER_TERM,
    JOINT_ISSUER_LEAD,
    JOINT_NAME_WORDS,
    TERM_WORDS,
    body_name,
    canonical_issuer,
    is_joint,
    is_party_name,
    issuer_phrase,
    joint_issuer_phrase,
)
from vanban.loaders.citation_mentions import ITEM, NAMED, NUMBERED, SHORT, UNNUMBERED, Mention, mask
from vanban.loaders.citation_patterns import TYPE_WORD
from vanban.loaders.citation_subjects import NESTED_DEPTH, nested_object_end, object_of_subject, read_subject
from vanban.loaders.citation_symbols import (
    body_code,
    full_doc_type,
    symbol_parts,
    symbol_year,
    type_code,
    type_from_symbol,
    type_name,
)
from vanban.loaders.context_issuers import (
    OF_BEFORE_ISSUER,
    UNLED_NOTE,
    director_issuer,
    enacter_issuer,
    issuer_after_quoted_subject,
    issuer_after_subject,
    issuer_without_lead,
    proposer_issuer,
    shared_issuer,
)
from vanban.loaders.implementing_spans import find_implementing_spans, match_start
from vanban.loaders.law_names import CONSTITUTION_STATE, DATE_TAIL
from vanban.loaders.names import is_word_char, expand_abbreviations, is_all_caps
from vanban.loaders.records import Citation, Header
from vanban.loaders.symbol_issuers import infer_issuer, respell_national_issuer, standing_issuer
from vanban.loaders.text import Text
from vanban.loaders.unnumbered_citations import PLURAL_BEFORE, unnumbered_at


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
# A year at the end of a name, with or without "năm": "Luật Đất đai năm 2024", "Luật Đất đai 2024".
_YEAR_SUFFIX = re.compile(r"\s+(?:(?i:năm)\s*)?(?:19|20)\d{2}$")

_NOT_BEFORE_NUMBER = frozenset("0123456789/")


def _collect(
    masked: str, header: Header, lo: int = 0, hi: int | None = None, identity_only: bool = False
) -> list[Mention]:
    """Every mention in masked[lo:hi], overlaps resolved (earliest, then longest, reading wins).

    Numbered citations are found from their number and symbol, and short back-references from
    "số N"; the type word is then read just before: one cheap scan per anchor kind.
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
    for u in UNNUMBERED_START.finditer(masked, lo, hi):
        if u.start() and masked[u.start() - 1].isalnum() and not GLUED_SMALL_WORD.search(masked, max(0, u.start() - 6), u.start()):
            continue
        mention = unnumbered_at(masked, u, header)
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
        kept.append(c)
        last_end = c.end
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
            masked, c, header, limit, issuers, after, kept[k - 1] if k else None, further, chain, chain_end
        )
        if c.date is None and after is not None and after.date and _shares_date(masked, c, after):
            c.date, c.year = after.date, after.year
            c.notes.append(f"date written once after the pair it heads ('{c.number} và {after.number} ngày …')")
    return kept


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
            c.doc_type = type_from_symbol(c.symbol) if type_code(c.symbol) else chain_head[0]
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
) -> None:
    """``limit``: where the next instrument (``after``) starts; ``further``: where the one after it starts;
    ``chain``: the mentions from ``after`` on, a few, and ``chain_end`` where the one after them starts."""
    if c.kind == SHORT and c.date is None:
        return  # a back-reference ("Chỉ thị số 33"); one with its date is a citation without its symbol
    pos = c.tail or c.end
    if c.issuer is None and not c.tail:  # a named plan's issuer is already read
        joint = is_joint(c)
        own, end = issuer_phrase(masked, c.end, JOINT_NAME_WORDS if joint else BODY_NAME_WORDS)
        if own is None and joint and (between := JOINT_ISSUER_LEAD.match(masked, c.end)):
            own, end = body_name(masked, between.end(), c.end, JOINT_NAME_WORDS)
        if own is None and c.date and c.kind == NUMBERED and masked.startswith(" ", c.end):
            unled = issuer_without_lead(masked, c)
            if unled:
                own, end = unled
                c.notes.append(UNLED_NOTE)
        if own and joint:
            names, end = joint_issuer_phrase(masked, own, end)
            if len(names) > 1:
                c.joint_issuers = names
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
                        c.notes.append(f"issuer: the body that 'ban hành' it, named before it ('{_SPACES.sub(' ', enacter)}')")
                    elif (generic := GENERIC_ISSUER.match(masked, c.end)) and generic["words"].islower():
                        pos = generic.end()  # "của nhà trường về …": no body's name, the subject follows
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
        named_before = bool(c.notes) and c.notes[-1].startswith("issuer: the body that 'ban hành' it")
        unled = UNLED_NOTE in c.notes
        if c.issuer and _SPACES.sub(" ", c.issuer_text) != c.issuer and not named_before and not unled:
            c.notes.append(f"text: 'của {_SPACES.sub(' ', c.issuer_text)}'")
        if c.issuer:
            standing_issuer(c)
            respell_national_issuer(c)
    if c.doc_type in (codes.TYPE_WORDS["luật"], codes.TYPE_WORDS["bộ luật"], codes.TYPE_WORDS["hiến pháp"]):
        if not c.issuer_text:
            c.issuer = None
        return
    if c.issuer is None and c.symbol:
        infer_issuer(c, header)


def _same_symbol_year(a: str | None, b: str | None) -> bool:
    """Whether two symbols carry one year: "163/2024/QH15" twice is one instrument even when one
    mention's date says another year ("Nghị quyết số 163/2024/QH15 ngày 27 tháng 11 năm 2025", then
    "Nghị quyết 163/2024/QH15", corpus 004: a slip in the date)."""
    ya = symbol_year(a)
    return ya is not None and ya == symbol_year(b)


def symbol_key(symbol: str | None) -> frozenset[str]:
    return frozenset(p.lower() for p in symbol_parts(symbol or "") if not p.isdigit())


def _cut_symbol(a: str | None, b: str | None) -> bool:
    """Whether one symbol is the other cut short, both carrying the same year: "2025/NQLT" and
    "2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN" (corpus 061: "Nghị quyết liên tịch số 102/2025/NQLT." for
    the joint resolution cited in full in the preamble). Without a year in both, no: "KH" and
    "KH-UBND" may be two series."""
    year = symbol_year(a)
    if year is None or year != symbol_year(b):
        return False
    pa = [p.lower() for p in symbol_parts(a or "") if not p.isdigit()]
    pb = [p.lower() for p in symbol_parts(b or "") if not p.isdigit()]
    short, long = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    if not short or short == long:
        return False
    if long[: len(short)] == short:
        return True
    # Its last part cut by a space: "01/2016/TT-BGD ĐT" read "2016/TT-BGD" for "2016/TT-BGDĐT" (a
    # Phú Thọ plan), the type code kept.
    return _last_part_cut(short, long) or (len(short) == len(long) and _last_part_cut(long, short))


def _last_part_cut(short: list[str], long: list[str]) -> bool:
    """Whether ``short``'s last part (two letters at least, after the type code) begins ``long``'s part
    in its place, the parts before it equal: ["tt", "bgd"] and ["tt", "bgdđt"]."""
    last = short[-1]
    return (
        len(short) >= 2 and len(last) >= 2 and long[: len(short) - 1] == short[:-1]
        and long[len(short) - 1] != last and long[len(short) - 1].startswith(last)
    )


def _full_symbol(number: str | None, symbol: str | None) -> tuple[str, str] | None:
    """The number and the symbol with its year, as one key: ("101", "2025/ubtvqh15"); None without a
    year in the symbol. Such a number is given once a year by one body, so two citations sharing it
    name one instrument whatever type each writes: "Nghị quyết số 101/2025/UBTVQH15" and, by a slip,
    "Nghị quyết liên tịch số 101/2025/UBTVQH15" (corpus 061)."""
    if not number or symbol_year(symbol) is None:
        return None
    return number.lstrip("0") or "0", "/".join(p.lower() for p in symbol_parts(symbol or ""))


@lru_cache(maxsize=4096)
def name_key(name: str | None) -> str:
    """'Luật MTTQ Việt Nam' and 'Luật Mặt trận Tổ quốc Việt Nam năm 2015' -> one key, as are
    'Luật Thi đua, khen thưởng' and 'Luật Thi đua khen thưởng'.
    Memoised (pure): implements compares each mention with each citation by these keys."""
    s = expand_abbreviations(" ".join((name or "").replace("*", "").replace(",", " ").split()))
    if s[:9].lower() == "hiến pháp":
        # A constitution is known by its year, written with or without the state's name:
        # "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013" -> "hiến pháp năm 2013".
        return " ".join(CONSTITUTION_STATE.sub("", s).lower().split())
    return _YEAR_SUFFIX.sub("", s).lower()


@dataclass
class InstrumentGroup:
    mentions: list[Mention]

    @property
    def first(self) -> Mention:
        return self.mentions[0]


def _group_year(g: InstrumentGroup) -> int | None:
    return next((m.year for m in g.mentions if m.year), None)


def _same_name_group(candidates: list[InstrumentGroup], m: Mention) -> InstrumentGroup | None:
    """The group of the instrument named as ``m`` is: one of the same name whose year agrees, the one of
    its own year first. Two years are two instruments: "Luật Tổ chức chính quyền địa phương năm 2015"
    and "… năm 2025", "Luật Đất đai năm 2013" and "Luật Đất đai 2024"; a name without a year joins
    the first one named so."""
    if not candidates:
        return None
    if m.year is None:
        return candidates[0]
    years = [_group_year(g) for g in candidates]
    for g, y in zip(candidates, years):
        if y == m.year:
            return g
    return next((g for g, y in zip(candidates, years) if y is None), None)


def _short_name_group(by_name: dict[tuple[str, str], list[InstrumentGroup]], nkey: tuple[str, str], m: Mention) -> InstrumentGroup | None:
    """The group of the instrument that ``m``, a short name with its year, names: the only one of its type
    whose name begins with the short name's words and whose year is the short name's. "Luật Bầu cử năm
    2015" after "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13" (a commune's
    plan) is that law; without a year, or with two laws of that year so named, it names none of them. Only a
    year without a date, after a law cited with its number: "Căn cứ Luật Đầu tư ngày 17 tháng 6 năm 2020"
    after "Luật Đầu tư theo phương thức đối tác công tư ngày 18 tháng 6 năm 2020" is another law."""
    if m.year is None or m.date is not None:
        return None
    head = nkey[1] + " "
    found = [
        g for (t, key), gs in by_name.items() if t == nkey[0] and key.startswith(head)
        for g in gs if g.first.number is not None and _group_year(g) == m.year
    ]
    return found[0] if len(found) == 1 else None


def _dates_differ(g: InstrumentGroup, m: Mention) -> bool:
    """Whether a mention's date is not the one a group's mentions give."""
    return m.date is not None and any(k.date and k.date != m.date for k in g.mentions)


def group_mentions(mentions: list[Mention]) -> list[InstrumentGroup]:
    groups: list[InstrumentGroup] = []
    by_number: dict[tuple[str, str], list[InstrumentGroup]] = {}
    by_full_symbol: dict[tuple[str, str], InstrumentGroup] = {}
    by_name: dict[tuple[str, str], list[InstrumentGroup]] = {}
    shorts: list[Mention] = []
    for m in mentions:
        if m.kind == SHORT:
            shorts.append(m)
            continue
        if m.number is not None:
            key = (m.doc_type, m.number.lstrip("0") or "0")
            target = None
            for g in by_number.get(key, []):
                f = g.first
                if (symbol_key(f.symbol) == symbol_key(m.symbol) or _cut_symbol(f.symbol, m.symbol)) and (
                    not (f.year and m.year and f.year != m.year) or _same_symbol_year(f.symbol, m.symbol)
                ):
                    target = g
                    break
            if target is not None and m.written_symbol and _dates_differ(target, m):
                # "27/CTTg ngày 15/7/2024" beside "27/CT-TTg ngày 15/8/2024": the glued symbol is not
                # read apart where that makes it another date's instrument; it stays as written.
                m.symbol, m.written_symbol, target = m.written_symbol, None, None
                key = (m.doc_type, m.number.lstrip("0") or "0")
                target = next((g for g in by_number.get(key, []) if symbol_key(g.first.symbol) == symbol_key(m.symbol)), None)
            full = _full_symbol(m.number, m.symbol)
            if target is None and full in by_full_symbol:
                target = by_full_symbol[full]
                target.first.notes.append(f"also cited as {m.doc_type}")
            if target:
                target.mentions.append(m)
            else:
                g = InstrumentGroup([m])
                groups.append(g)
                by_number.setdefault(key, []).append(g)
                if full:
                    by_full_symbol.setdefault(full, g)
                if m.kind == NAMED and m.name:
                    # "Luật Bầu cử … số 85/2015/QH13", then "Luật Bầu cử …" alone: one law.
                    by_name.setdefault((m.doc_type, name_key(f"{m.doc_type} {m.name}")), []).append(g)
            continue
        nkey = (m.doc_type, m.key or name_key(m.name))
        target = _same_name_group(by_name.get(nkey, []), m)
        if target is None and not m.key:
            target = _short_name_group(by_name, nkey, m)
        if target:
            target.mentions.append(m)
        else:
            g = InstrumentGroup([m])
            groups.append(g)
            by_name.setdefault(nkey, []).append(g)
            if m.alias:  # "(Đề án 06)": its short name's uses join it
                by_number.setdefault((m.doc_type, m.alias.lstrip("0") or "0"), []).append(g)
    for s in shorts:
        key = (s.doc_type, (s.number or "").lstrip("0") or "0")
        candidates = by_number.get(key, [])
        if candidates:
            before = [g for g in candidates if g.first.start < s.start]
            (before[-1] if before else candidates[0]).mentions.append(s)
        else:
            g = InstrumentGroup([s])
            groups.append(g)
            by_number[key] = [g]
    groups.sort(key=lambda g: min(m.start for m in g.mentions))
    for g in groups:
        g.mentions.sort(key=lambda m: m.start)
        # The first full reading (not a short back-reference) names the instrument.
        full = [m for m in g.mentions if m.kind != SHORT]
        if full and g.mentions[0].kind == SHORT:
            g.mentions.remove(full[0])
            g.mentions.insert(0, full[0])
    return groups


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
    if f.issuer is None and issuer:
        notes += [n for m in g.mentions if m.issuer == issuer for n in m.notes if n.startswith("text:")][:1]
    if f.raw_symbol and " " in f.raw_symbol:
        s, e = text.original_span(f.start, f.end)
        how = "split by a line break" if "\n" in text.original[s:e] else "written with a space"
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
            if form not in variants:
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
    surface = text.quote(f.start, f.end)
    start, end = text.original_span(f.start, f.end)
    return Citation(
        surface=surface,
        start=start,
        end=end,
        doc_type=f.doc_type,
        number=f.number,
        symbol=symbol if f.number else None,
        year=year,
        date=date,
        issuer=issuer,
        title=title,
        note="; ".join(dict.fromkeys(notes)) or None,
        mentions=len(g.mentions),
    )


# The characters that may not follow a bare back-reference's number: a symbol's separators and a
# word's letters and digits ("Nghị quyết 101/2025/UBTVQH15" is a citation, "Kế hoạch 5a" no number).
NOT_AFTER_BARE_NUMBER = frozenset("/-–_") | frozenset(codes.HYPHENS)


@lru_cache(maxsize=64)
def _bare_number_after(doc_type: str) -> re.Pattern:
    """A type as an entry names it, one space and a number: "Nghị quyết 101" (a literal opening: the
    regex engine finds it fast)."""
    return re.compile(re.escape(doc_type) + r" (\d{1,5})")


def bare_back_references(masked: str, kept: list[Mention]) -> list[Mention]:
    """Back-references written without "số", as extra mentions of instruments cited with their number:
    "Nghị quyết 101" in "(theo quy định tại Nghị quyết 101)" after "Nghị quyết số 101/2025/UBTVQH15"
    (corpus 061), "Chỉ thị 33" after "Chỉ thị số 33/CT-TTg". Only the type as the entry's type names it,
    one space and its number are read, found with ``str.find`` (no pattern over the whole text): a
    number no cited instrument of that type carries adds nothing ("Kế hoạch 5 năm")."""
    out: list[Mention] = []
    numbers: dict[str, set[str]] = {}  # type -> the numbers cited under it
    for m in kept:
        if m.number and m.kind != SHORT:
            numbers.setdefault(m.doc_type, set()).add(m.number)
    for doc_type, cited in numbers.items():
        # One scan per type, for its word, a space and the digits after it ("Nghị quyết 101").
        for b in _bare_number_after(doc_type).finditer(masked):
            i, e = b.span()
            after = masked[e : e + 1]
            if (
                b[1] in cited
                and not (i and is_word_char(masked[i - 1]))
                and not (after and (is_word_char(after) or after in NOT_AFTER_BARE_NUMBER))
            ):
                out.append(Mention(start=i, end=e, kind=SHORT, doc_type=doc_type, number=b[1]))
    return out


# A project's short name, defined in parentheses after its full name: "(Đề án 06)", "(sau đây gọi tắt là
# Đề án 06)" in "Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển
# đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 (Đề án 06)". Matched from its literal
# "Đề án"; the parenthesis before it is PROJECT_ALIAS_OPEN.
PROJECT_ALIAS = re.compile(r"Đề án (?P<num>\d{1,3})\s*\)")
PROJECT_ALIAS_OPEN = re.compile(r"\(\s*(?:(?:sau\s+đây\s+)?(?:gọi|viết)\s+tắt\s+(?:là\s+)?)?\Z")
# The short name used alone later: "Đề án 06" (not "Đề án 06/ĐA-TU", nor "Đề án 066").
_PROJECT_SHORT = "Đề án "
# How far before the parenthesis the full name may start, and the most that may lie between a Quyết
# định and the project it approves ("… của Thủ tướng Chính phủ phê duyệt ").
_PROJECT_NAME_MAX = 400
_APPROVING_GAP_MAX = 160


def project_aliases(masked: str, kept: list[Mention]) -> list[Mention]:
    """A project defined with its short name, and the short name's later uses as its mentions. The full
    name is the one that opens with the last "Đề án" before the parenthesis, in one sentence; when the
    Quyết định of that number that approves it is cited just before ("Quyết định số 06/QĐ-TTg ngày
    06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án … (Đề án 06)"), the project is that instrument
    (the gold's rule for what a Quyết định promulgates) and its short name adds mentions to it. Kept
    readings of the full name are replaced (``kept`` is changed)."""
    if masked.find("(") < 0 or masked.find(_PROJECT_SHORT) < 0:
        return []
    out: list[Mention] = []
    for a in PROJECT_ALIAS.finditer(masked):
        opening = PROJECT_ALIAS_OPEN.search(masked, max(0, a.start() - 30), a.start())
        if opening is None:
            continue
        paren = opening.start()
        lo = max(0, paren - _PROJECT_NAME_MAX)
        d = masked.rfind(_PROJECT_SHORT, lo, paren)
        name = masked[d:paren].rstrip(" ,") if d >= 0 else ""
        # One sentence, a name (not "Đề án 06, lớp học Chuyển đổi số (Đề án 06)": the short name again),
        # four words at least.
        if not name or any(ch in name for ch in ";()") or ". " in name or len(name.split()) < 4:
            continue
        if not name[len(_PROJECT_SHORT) :][:1].isalpha():
            continue
        num = a["num"]
        approving = next(
            (
                q
                for q in reversed(kept)
                if q.end <= d
                and q.number
                and q.doc_type == codes.TYPE_WORDS["quyết định"]
                and q.number.lstrip("0") == num.lstrip("0")
                and d - q.end <= _APPROVING_GAP_MAX
                and not any(q.end <= k.start < d for k in kept)
            ),
            None,
        )
        if approving is not None:
            doc_type, number = approving.doc_type, approving.number
        else:
            doc_type, number = codes.TYPE_WORDS["đề án"], num
            kept[:] = [k for k in kept if not (k.kind == UNNUMBERED and d <= k.start < paren)]
            project = Mention(start=d, end=d + len(name), kind=UNNUMBERED, doc_type=doc_type, name=name, alias=num)
            project.notes.append(f"known as 'Đề án {num}'")
            out.append(project)
        needle = _PROJECT_SHORT + num
        i = masked.find(needle)
        while i >= 0:
            e = i + len(needle)
            after = masked[e : e + 1]
            if not (i and is_word_char(masked[i - 1])) and not (after and (is_word_char(after) or after in NOT_AFTER_BARE_NUMBER)):
                if not any(k.start <= i < k.end for k in kept):
                    out.append(Mention(start=i, end=e, kind=SHORT, doc_type=doc_type, number=number))
            i = masked.find(needle, e)
    return out


# What a Quyết định or Nghị quyết says of the project it promulgates, at the start of its subject:
# "phê duyệt Chiến lược quốc gia phát triển ngành Dược …", "về việc ban hành Đề án …".
APPROVING_SUBJECT = re.compile(r"(?i:(?:về\s+)?(?:việc\s+)?(?:phê\s+duyệt|ban\s+hành))\s")
_APPROVING_TYPES = frozenset({codes.TYPE_WORDS["quyết định"], codes.TYPE_WORDS["nghị quyết"]})
_PROJECT_TYPES = frozenset(type_name(w) for w in codes.NAMED_PROJECT_TYPE_WORDS)


# What a Quyết định's subject written straight after its issuer (no "về") says it approves, up to the end
# of its clause: "phê duyệt Đề án phát triển giáo dục mầm non giai đoạn 2018-2025" in "Quyết định số
# 1677/QĐ-TTg ngày 03/12/2018 của Thủ tướng Chính phủ phê duyệt Đề án phát triển giáo dục mầm non giai
# đoạn 2018-2025;" (a Hà Nội school's plan).
# Also "ban hành", and "(về) việc" before either: "Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính
# phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030" (a Bạc Liêu plan), "… của Chính
# phủ việc ban hành Chiến lược …" (a Tây Ninh decision).
APPROVED_AFTER_ISSUER = re.compile(
    r"[ ,]{0,3}(?i:(?:về\s+)?(?:việc\s+)?(?:phê\s+duyệt|ban\s+hành))\s+(?P<approved>[^;:.()“”\"]{4,300})"
)
# The last words of those verbs, found by ``str.find`` just after the issuer before the pattern is tried.
_APPROVING_VERB_ENDS = ("duyệt", "hành")


def _approved(masked: str, q: Mention) -> str | None:
    """What the approving instrument ``q`` approves, as ``name_key`` keys it: its subject after
    APPROVING_SUBJECT, else the words after "phê duyệt" written straight after its issuer."""
    if q.title and (a := APPROVING_SUBJECT.match(q.title)):
        return name_key(q.title[a.end() :])
    if q.subject_at and any(masked.find(w, q.subject_at, q.subject_at + 24) >= 0 for w in _APPROVING_VERB_ENDS):
        a = APPROVED_AFTER_ISSUER.match(masked, q.subject_at)
        if a:
            return name_key(a["approved"])
    return None


def drop_approved_projects(masked: str, kept: list[Mention]) -> None:
    """Drop the named projects that a cited Quyết định approves, read again as its own instrument
    (the gold's rule): "Chiến lược Quốc gia phát triển ngành Dược …" in "Kế hoạch triển khai Chiến lược
    …" when "Quyết định số 1165/QĐ-TTg … phê duyệt Chiến lược quốc gia phát triển ngành Dược …" is cited
    (``kept`` is changed)."""
    projects = [k for k in kept if k.kind == UNNUMBERED and k.doc_type in _PROJECT_TYPES and k.name and not k.key]
    if not projects:
        return
    approved = [
        a for q in kept if q.number and q.doc_type in _APPROVING_TYPES and (a := _approved(masked, q)) is not None
    ]
    if approved:
        # The project approved itself, not one a promulgated plan carries out: "ban hành Kế hoạch triển
        # khai Đề án văn hóa công vụ" keeps the Đề án (seed 001).
        drop = {id(k) for k in projects if any(t.startswith(name_key(k.name)) for t in approved)}
        kept[:] = [k for k in kept if id(k) not in drop]


def _analyse(text: Text, header: Header) -> tuple[list[Mention], list[InstrumentGroup]]:
    """The mentions read at their anchors, in order (what ``find_implements`` looks up), and the
    groups of all mentions, one per instrument."""
    masked = mask(text.flat)
    kept = _collect(masked, header or Header())
    drop_approved_projects(masked, kept)
    projects = project_aliases(masked, kept)
    taken = {m.start for m in projects}  # a project's short name is its mention, not another's
    bare = [m for m in bare_back_references(masked, kept) if m.start not in taken]
    return kept, group_mentions(kept + projects + bare)


# The level and name of the place a body belongs to: "xã Lũng Cú" in "Ủy ban nhân dân xã Lũng Cú",
# "thành phố Hồ Chí Minh" in "Sở Giáo dục và Đào tạo Thành phố thành phố Hồ Chí Minh".
BODY_PLACE = re.compile(r"\b((?i:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)) (\w+(?: [A-ZĐ]\w*)*)")


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


def _is_itself(g: InstrumentGroup, header: Header) -> bool:
    """The document naming itself: "Kế hoạch số 179/KH-UBND" in plan 179/KH-UBND.

    Every body has its own series, so a parent's plan may carry the same number and symbol
    (UBND xã's 15/KH-UBND implementing UBND huyện's "Kế hoạch số 15/KH-UBND ngày … của UBND
    huyện"): a different issuer or a different full date named in any mention says it is not.
    """
    f = g.first
    if f.number is None and f.kind == UNNUMBERED and f.name and not f.key:
        # Named by its type and title: "Ủy ban Thường vụ Quốc hội ban hành Pháp lệnh Ưu đãi người có công với
        # cách mạng." in that Pháp lệnh (its title "ƯU ĐÃI NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG").
        return bool(
            header and header.doc_type == f.doc_type and header.title
            and name_key(f.name) == name_key(f"{header.doc_type} {header.title}")
        )
    if f.kind == ITEM and len(g.mentions) == 1 and header and not header.number and _own_number_in_title(f, header):
        return True
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
    kept, groups = _analyse(text, header)
    cites = [_citation(text, g) for g in groups if not _is_itself(g, header)]
    return cites, find_implements(text, header, cites, kept)


def names_same_instrument(m: Mention, masked: str, cite: Citation) -> bool:
    """Whether mention ``m`` names the instrument of ``cite`` (the grouping rules of group_mentions)."""
    if m.doc_type != cite.doc_type:
        # One number and symbol with its year, written under another type by a slip (see group_mentions).
        if not (m.number and cite.number and m.number.lstrip("0") == cite.number.lstrip("0")):
            return False
        full = _full_symbol(m.number, m.symbol)
        return full is not None and full == _full_symbol(cite.number, cite.symbol)
    if m.number is not None:
        if (m.number.lstrip("0") or "0") != ((cite.number or "").lstrip("0") or "0") or cite.number is None:
            return False
        if m.kind == SHORT:
            return True
        if _cut_symbol(m.symbol, cite.symbol):
            return True
        return symbol_key(m.symbol) == symbol_key(cite.symbol) and not (m.year and cite.year and m.year != cite.year)
    if cite.number is not None:
        return False
    if m.key:
        return m.issuer == cite.issuer
    if m.year and cite.year and m.year != cite.year:
        return False  # two versions of one law (see _same_name_group)
    return name_key(m.name) == name_key(DATE_TAIL.sub("", cite.surface))


def find_implements(
    text: Text, header: Header, cites: list[Citation], mentions: list[Mention] | None = None
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
    out: list[Citation] = []
    for a, b in find_implementing_spans(text, header):
        for m in mentions[bisect_left(starts, a) : bisect_left(starts, b)]:
            cite = next((c for c in cites if names_same_instrument(m, masked, c)), None)
            if cite is not None and not any(cite is o for o in out):
                out.append(cite)
    if header.title:
        title_key = name_key(header.title)
        for cite in cites:
            if name_key(cite.surface) in title_key and not any(cite is o for o in out):
                out.append(cite)
    return out
