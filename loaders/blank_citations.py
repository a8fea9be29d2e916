"""Cited instruments whose number a copy left blank, as plans copied before signing write them:
"Căn cứ Kế hoạch số      /KH-UBND ngày    /9/2024 của UBND tỉnh về …", "Công văn số     /SGDĐT-GDTrH ngày
…/…/2024", "Quyết định số /QĐ-UBND ngày tháng năm 2025 của …".

Such a citation has number null, its symbol, type and the date parts that are given (the year). Most
blank numbers in a text are the document's own, though: its Số line, "Kèm theo Kế hoạch số    /KH-UBND
ngày … của UBND huyện" over an appendix, "(Ban hành kèm theo Quyết định số    /QĐ-UBND …)" over a plan
its Quyết định promulgates (the plan itself is not cited, and a plan promulgated by a Quyết định is that
Quyết định). So one is read only where

- its symbol is not that of an instrument the text is attached to ("kèm theo" just before any blank
  mention of that symbol), nor the document's own (header) unless its issuer is of another place or its
  year another year ("Kế hoạch số    /KH-UBND ngày    /9/2024 của UBND huyện" in a commune's KH-UBND), and
- a citing word leads to it in its sentence: "Căn cứ", "Thực hiện", "theo" (not "kèm theo"), "tại",
  "triển khai".

Found from "/" by ``str.find``, tested first for the blank and "số" just before it: one cheap scan.
"""

from __future__ import annotations

import re

from vanban.loaders.citation_anchors import TYPE_BEFORE
from vanban.loaders.citation_dates import read_date
from vanban.loaders.citation_groups import symbol_key
from vanban.loaders.citation_mentions import NUMBERED, Mention
from vanban.loaders.citation_patterns import SYMBOL_PART
from vanban.loaders.citation_symbols import full_doc_type, symbol_year

# What a copy writes for a number left blank between "số" and the "/" of the symbol: spaces, dots,
# ellipses, underscores ("số      /KH-UBND", "số …/SGDĐT", "số ......./QĐ-UBND", "số ___/TB").
_BLANK_CHARS = frozenset(" \t\u00a0….·_")

# The symbol after the "/" of a blank number: "/KH-UBND", "/SGDĐT-GDTrH", "/2024/NQ-HĐND", "/ QĐ-UBND".
# Separators are "-" and "/" only, without spaces: the blank is no number to tie a spaced symbol to.
BLANK_SYMBOL = re.compile(rf"/ ?(?P<sym>{SYMBOL_PART}(?:[-/–]{SYMBOL_PART}){{0,4}})")

# A date with its day or month left blank after such a citation, written with dots or ellipses that
# ``read_date`` (spaces only) does not read: " ngày    /9/2024", ", ngày …/…/2024", " ngày …./10/2024",
# " ngày ... tháng 9 năm 2024", " ngày …… tháng …… năm 2024" (the year is read; no date).
_BLANK = r"[\s….·_]*"
BLANK_PART_DATE = re.compile(
    rf"\s?,?\s*(?i:ngày){_BLANK}(?:(?:\d{{1,2}})?{_BLANK}/{_BLANK}(?:\d{{1,2}})?{_BLANK}/"
    rf"|(?:\d{{1,2}})?{_BLANK}(?i:tháng){_BLANK}(?:\d{{1,2}})?{_BLANK}(?i:năm)){_BLANK}(?P<year>(?:19|20)\d{{2}})(?!\d)"
)

# A date with every part left blank after such a citation, as a form to fill in writes it: " ngày …. tháng ….
# năm ...", " ngày …/…/…", " ngày      tháng     năm" (a biên bản template's "theo Thông báo số ……/TB-MTTQ ngày
# …. tháng …. năm ... của Ủy ban MTTQ xã"): the instrument is one the form's user will name, not a cited one.
# (After a code left blank too: "số …/QĐ-….. ngày ... tháng ... năm … của ……", realdocs fd4c4d6e's form.)
TEMPLATE_DATE = re.compile(
    r"(?:[-/–][….·_]+)?\s?,?\s*(?i:ngày)[\s….·_]*(?:(?i:tháng)[\s….·_]*(?i:năm)|/[\s….·_]*/)[\s….·_]*(?![\s….·_]*\d)"
)

# The words that cite an instrument, before its type word in its sentence: "Căn cứ Kế hoạch số   /KH-UBND",
# "Thực hiện Công văn số   /SGDĐT-GDTrH", "theo hướng dẫn tại Công văn số …/SGDĐT", "Triển khai Quyết định
# số /QĐ-UBND". The last one written before the type word counts ("kèm theo" is read apart).
CITING_LEAD = re.compile(r"(?<!\w)(?i:căn\s+cứ|thực\s+hiện|triển\s+khai|theo|tại)(?!\w)")
# How far back in its sentence a citing word is looked for.
_LEAD_WINDOW = 120
# What ends a sentence or clause before a citing word: a citation leads from within its own sentence.
_SENTENCE_END = re.compile(r"[.;!?](?=\s)")

# "kèm theo" or "ban hành kèm" just before the type word: the instrument the text is attached to, whose
# number its copy leaves blank with the text's own ("(Kèm theo Kế hoạch số    /KH-UBND ngày …").
ATTACHED_TO = re.compile(r"(?i:kèm(?:\s+theo)?)[\s(]*\Z")
# "kèm" before a "theo": "kèm theo" attaches, it does not cite.
KEM_BEFORE = re.compile(r"(?i:kèm)\s+\Z")
# A draft is no cited instrument: "dự thảo Quyết định số   /QĐ-UBND".
DRAFT_WORD = re.compile(r"(?i:dự\s+thảo)[\s(]*\Z")


def blank_number_key(symbol: str) -> str:
    """The key that groups the mentions of one instrument cited with a blank number: its symbol's parts."""
    return "blank number " + "/".join(sorted(symbol_key(symbol)))


def find_blank_numbered(masked: str, lo: int = 0, hi: int | None = None) -> list[Mention]:
    """The instruments cited with a blank number in masked[lo:hi], those the text is attached to left out
    (the document's own symbol is told once their issuers are read: ``is_own_blank``)."""
    hi = len(masked) if hi is None else hi
    found: list[tuple[Mention, bool]] = []  # (mention, whether a citing word leads to it)
    excluded: set[frozenset[str]] = set()
    q = masked.find("/", lo, hi)
    while q >= 0:
        got = _blank_at(masked, q, hi)
        q = masked.find("/", q + 1, hi)
        if got is None:
            continue
        mention, before = got
        key = symbol_key(mention.symbol)
        if ATTACHED_TO.search(masked, max(0, before - 20), before):
            excluded.add(key)
            continue
        if DRAFT_WORD.search(masked, max(0, before - 20), before):
            continue
        found.append((mention, _led_by_citing_word(masked, before)))
    return [m for m, led in found if led and symbol_key(m.symbol) not in excluded]


def _blank_at(masked: str, q: int, hi: int) -> tuple[Mention, int] | None:
    """The mention whose blank number ends at the "/" at ``q``, and where its type word starts."""
    j = q
    while j > 0 and q - j < 40 and masked[j - 1] in _BLANK_CHARS:
        j -= 1
    if j == q or q - j >= 40:
        return None  # "số/…" or a long run of blanks: no blank number
    if masked[j - 1 : j] == ":":
        j -= 1
        while j > 0 and masked[j - 1] in " \t":
            j -= 1
    if j < 2 or masked[j - 2 : j].lower() != "số":
        return None
    typed = TYPE_BEFORE.search(masked, max(0, j - 40), j)
    if typed is None:
        return None
    s = BLANK_SYMBOL.match(masked, q, hi)
    if s is None or not any(c.isalpha() for c in s["sym"]):
        return None
    symbol = s["sym"]
    if TEMPLATE_DATE.match(masked, s.end()):
        return None
    mention = Mention(
        start=typed.start(),
        end=s.end(),
        kind=NUMBERED,
        doc_type=full_doc_type(typed["type"], symbol),
        symbol=symbol,
        raw_symbol=symbol,
        key=blank_number_key(symbol),
        blank_number=True,
    )
    mention.year = symbol_year(symbol)
    mention.notes.append("number left blank")
    read_date(masked, s.end(), mention)
    if mention.end == s.end():
        d = BLANK_PART_DATE.match(masked, s.end())
        if d:
            mention.end, mention.year = d.end(), int(d["year"])
    return mention, typed.start()


def _led_by_citing_word(masked: str, before: int) -> bool:
    """Whether a citing word stands before offset ``before`` in its sentence (not "kèm theo")."""
    lo = max(0, before - _LEAD_WINDOW)
    ends = [m.end() for m in _SENTENCE_END.finditer(masked, lo, before)]
    if ends:
        lo = ends[-1]
    leads = list(CITING_LEAD.finditer(masked, lo, before))
    if not leads:
        return False
    last = leads[-1]
    return not (last.group().lower() == "theo" and KEM_BEFORE.search(masked, max(0, last.start() - 6), last.start()))


def is_own_blank(mentions: list[Mention], own_symbol: str | None, own_place: tuple[str, str] | None, places: list, own_year: int | None) -> bool:
    """Whether the mentions of one instrument cited with a blank number may name the document itself: its
    symbol is the document's, and no mention names an issuer of another place (``places``: theirs) or another
    year than the document's."""
    if not own_symbol or symbol_key(mentions[0].symbol) != symbol_key(own_symbol):
        return False
    if own_year and any(m.year and m.year != own_year for m in mentions):
        return False
    return not (own_place and any(p not in (None, own_place) for p in places))


# The subject of a Quyết định or Nghị quyết that promulgates a text, after its issuer in its sentence: "ban hành
# Kế hoạch cải cách hành chính …", "về việc ban hành Quy chế …"; the words after "ban hành" are compared with
# the text's own type.
PROMULGATES = re.compile(r"(?i:ban\s+hành)\s+(?P<rest>\S+(?:\s+\S+){0,2})")
# How far after the citation its subject is looked for (its issuer comes first).
_PROMULGATES_WINDOW = 160


def promulgates_own_text(masked: str, mentions: list[Mention], own_type: str | None, own_number: str | None) -> bool:
    """Whether a blank-numbered Quyết định or Nghị quyết is the one that promulgates this very text, whose own
    number is blank too: "Căn cứ Quyết định số    /QĐ-UBND ngày … của UBND xã ban hành Kế hoạch …" in a Kế
    hoạch numbered "Số:    /KH-UBND". A text promulgated by a Quyết định is that Quyết định (seeds README), and
    the text itself is not cited."""
    if own_number or not own_type or mentions[0].doc_type not in ("Quyết định", "Nghị quyết"):
        return False
    own = own_type.lower().split()
    for m in mentions:
        hi = min(len(masked), m.end + _PROMULGATES_WINDOW)
        end = _SENTENCE_END.search(masked, m.end, hi)
        p = PROMULGATES.search(masked, m.end, end.start() if end else hi)
        if p and p["rest"].lower().split()[: len(own)] == own:
            return True
    return False
