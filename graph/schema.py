"""The one graph schema: node kinds, edge types, their pydantic models, keys and evidence.

Defined once here and used from record to graph to store: ``graph.build`` makes these models,
``graph.resolve`` merges them, the stores generate their tables from them
(``node_tables()``/``edge_tables()``), and the Neo4j store uses the same keys.

The networkx model
------------------
One ``networkx.MultiDiGraph``.

Nodes are identified by their **key** (a readable, stable string, usable as a Neo4j key) and
carry the fields of their model as attributes (``model.model_dump()``):

- every node: ``kind`` ("Document" | "Organization" | "Task"), ``key``, ``label`` (short text
  for people and for the viz page).
- Document: ``doc_type``, ``number``, ``symbol`` (canonical, e.g. "CT-TTg"), ``year``,
  ``date``, ``issuer`` (an Organization key or None), ``title``, ``status``
  ("loaded": a document we read; "cited": known only from citations, numbered;
  "placeholder": an unnumbered reference such as "Kế hoạch dân vận năm 2023 của Sở Y tế Hà
  Giang"), ``file`` (source file name when loaded), ``province``, ``surfaces`` (the ways it was
  written, sorted).
- Organization: ``name`` (= key, canonical full name, province-qualified), ``level``
  ("central" | "province" | "district" | "commune" | "unit" | None), ``province``,
  ``district``, ``roles`` (sorted subset of "issuer", "recipient", "assignee", "reporter",
  "report_target", "parent", "successor", "candidate": the body a misspelled name may be; "group":
  a group recipient whose members the rules list, ``graph.groups``; "group_unlisted": a group of a
  kind no rule lists, "Các doanh nghiệp nhà nước trên địa bàn", or that says not which bodies, "Các
  cơ quan, đơn vị"),
  ``defunct`` (True for bodies ended by the 2025 reorganisation),
  ``aliases`` (sorted: the initials documents define for it in brackets, "CDC" of "Trung tâm Kiểm
  soát bệnh tật (CDC)", "KHTH" of "Phòng Kế hoạch tổng hợp (KHTH)", so it can be found by them).
- Task: ``document`` (Document key), ``section``, ``text_start``, ``text``, ``deadline``.

Edges: the MultiDiGraph edge key is the edge's ``id``; attributes are the edge model's fields:

- every edge: ``type`` (one of ``EdgeType``), ``id``, ``evidence`` (a dict: ``source`` — the key
  of the document that asserts it, or None for rules/data —, ``start``, ``end`` — character span
  in that document's original text, None when unknown —, ``quote``), and ``basis``.
- IMPLEMENTS (Document -> Document): ``basis`` "title" | "preamble" (stated) | "body" |
  "hierarchy" (inferred), ``stated`` (bool).
- CITES (Document -> Document): ``basis`` "text".
- ISSUED_BY (Document -> Organization).
- REPORTS_TO (Organization -> Organization): ``deadline`` (ISO date or None), ``recurrence``.
- HAS_TASK (Document -> Task); ASSIGNED_TO (Task -> Organization).
- SENT_TO (Document -> Organization): ``purpose`` ("báo cáo", "lưu", … or None).
- PART_OF (Organization -> Organization): a unit inside its body ("Văn phòng Sở Y tế" ->
  "Sở Y tế tỉnh Hà Giang").
- UNDER (Organization -> Organization): a body's parent ("đơn vị cấp trên"): hospital -> Sở Y
  tế -> UBND tỉnh -> Chính phủ; Huyện ủy -> Tỉnh ủy -> Ban Chấp hành Trung ương Đảng.
- SUCCEEDED_BY (Organization -> Organization): 2025 reorganisation ("Ủy ban nhân dân tỉnh Hà
  Giang" -> "Ủy ban nhân dân tỉnh Tuyên Quang").
- MEMBER_OF (Organization -> Organization): a body that a group recipient names with others of
  its kind ("Ủy ban nhân dân huyện Mộc Châu" -> "Ủy ban nhân dân các huyện, thành phố (Ủy ban
  nhân dân tỉnh Sơn La)"), by the rules of ``graph.groups``; ``basis`` "rule"; ``until`` (ISO
  date or None): the day the member ceased to exist (the 2025 reorganisation), from which a
  document naming the group no longer names it; ``since`` (ISO date or None): the day the
  reorganisation made it (a 2025 commune, "Sở Nông nghiệp và Môi trường"), before which a
  document naming the group does not name it.
- SAME_AS_CANDIDATE (Document -> Document, Organization -> Organization): an uncertain merge,
  recorded, not applied; ``basis`` says why ("Ủy ban nhân dân tỉnh Hà Giag" -> "Ủy ban nhân dân
  tỉnh Hà Giang": a place one letter from a known one's name).

Keys (``document_key``, ``org_key``, ``task_key``)
-------------------------------------------------
- numbered instrument whose symbol names a national body (TTg, CP, TW, …):
  "Chỉ thị 33/CT-TTg 2021" — the number and symbol are written in one canonical form, so
  33/CT-TTg and 33-CT/TTg have the same key.
- numbered instrument of a local series (KH-UBND, NQ/TU, KH-SYT…): the issuer is part of the
  key, "Kế hoạch 233/KH-UBND 2022 Ủy ban nhân dân tỉnh Hà Giang", so two 310/KH-UBND of
  different provinces or years stay apart.
- a numbered reference whose year (or, for a local series, issuer) is unknown cannot be
  identified safely: its key is scoped to the citing document ("… [in <citing key>]").
- unnumbered: "Kế hoạch | Sở Y tế tỉnh Hà Giang | 2022 | triển khai tháng dân vận năm 2022…"
  (type, issuer, year, normalised name).
- organization: its canonical name. A body below the district (a commune's, a school) is followed by
  its province, as an address writes it: "Ủy ban nhân dân xã Lương Minh, tỉnh Quảng Ninh"; and by its
  district too where the province had communes of that name in several districts and the name or its
  document gives the district: "Ủy ban nhân dân xã Hòa Bình, huyện Chi Lăng, tỉnh Lạng Sơn" (named
  without one it stays "…xã Hòa Bình, tỉnh Lạng Sơn", merged into neither; ``orgs.with_place``). Where
  the province has had a commune of that name since 2025 too (another body), the commune of before keeps
  its district ("…xã Lương Minh, huyện Ba Chẽ, tỉnh Quảng Ninh"), the 2025 one has none; the document's
  date tells which (``orgs.place_key``). A school below upper-secondary takes its district likewise
  ("Trường Tiểu học Kim Đồng, huyện Quản Bạ, tỉnh Hà Giang").
  Task: "<document key> § <section>".
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from typing import Any, ClassVar, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from vanban.loaders import places
from vanban.loaders.codes import BODY_CODES, FOLDED_CODES, JOINT_TYPE_CODES, TYPE_CODES
from vanban.loaders.names import normalize_tones, unglue_syllables
from vanban.loaders.number_symbols import number_form

NodeKind = Literal["Document", "Organization", "Task"]
EdgeType = Literal[
    "IMPLEMENTS",
    "CITES",
    "ISSUED_BY",
    "REPORTS_TO",
    "HAS_TASK",
    "ASSIGNED_TO",
    "SENT_TO",
    "PART_OF",
    "UNDER",
    "SUCCEEDED_BY",
    "MEMBER_OF",
    "SAME_AS_CANDIDATE",
]
DocumentStatus = Literal["loaded", "cited", "placeholder"]
ImplementsBasis = Literal["title", "preamble", "body", "hierarchy"]
STATED_BASES: frozenset[str] = frozenset({"title", "preamble"})
OrgLevel = Literal["central", "province", "district", "commune", "unit"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# ---------------------------------------------------------------- evidence


class Evidence(Model):
    """Where an assertion comes from: the asserting document, a span in its original text, a quote."""

    source: str | None = None  # Document key; None for rules and data tables
    start: int | None = None
    end: int | None = None
    quote: str | None = None


# ---------------------------------------------------------------- nodes


class Node(Model):
    kind: ClassVar[str]
    key: str
    label: str

    def attrs(self) -> dict[str, Any]:
        """The networkx node attributes: the fields plus ``kind``."""
        return {"kind": self.kind, **self.model_dump()}


class DocumentNode(Node):
    kind: ClassVar[str] = "Document"
    doc_type: str | None = None
    number: str | None = None
    symbol: str | None = None
    year: int | None = None
    date: str | None = None
    issuer: str | None = None
    title: str | None = None
    status: DocumentStatus = "cited"
    file: str | None = None
    province: str | None = None
    surfaces: list[str] = Field(default_factory=list)


class OrganizationNode(Node):
    kind: ClassVar[str] = "Organization"
    name: str
    level: OrgLevel | None = None
    province: str | None = None
    district: str | None = None
    roles: list[str] = Field(default_factory=list)
    defunct: bool = False
    aliases: list[str] = Field(default_factory=list)


class TaskNode(Node):
    kind: ClassVar[str] = "Task"
    document: str
    section: str | None = None
    text_start: str
    text: str | None = None
    deadline: str | None = None


NODE_MODELS: dict[str, type[Node]] = {m.kind: m for m in (DocumentNode, OrganizationNode, TaskNode)}


# ---------------------------------------------------------------- edges


class Edge(Model):
    """One assertion between two nodes, with its evidence. ``id`` is stable (see ``edge_id``)."""

    type: ClassVar[str]
    endpoints: ClassVar[tuple[tuple[str, str], ...]]
    id: str = ""
    source: str
    target: str
    basis: str | None = None
    evidence: Evidence = Field(default_factory=Evidence)

    def model_post_init(self, __context: Any) -> None:
        if not self.id:
            self.id = edge_id(self.type, self.source, self.target, self.evidence, self.discriminator())

    def discriminator(self) -> str:
        return self.basis or ""

    def attrs(self) -> dict[str, Any]:
        """The networkx edge attributes: the fields (evidence as a dict) plus ``type``."""
        d = self.model_dump(exclude={"source", "target"})
        d["type"] = self.type
        return d


class Implements(Edge):
    type: ClassVar[str] = "IMPLEMENTS"
    endpoints = (("Document", "Document"),)
    basis: ImplementsBasis = "preamble"
    stated: bool = True


class Cites(Edge):
    type: ClassVar[str] = "CITES"
    endpoints = (("Document", "Document"),)
    basis: str | None = "text"


class IssuedBy(Edge):
    type: ClassVar[str] = "ISSUED_BY"
    endpoints = (("Document", "Organization"),)


class ReportsTo(Edge):
    type: ClassVar[str] = "REPORTS_TO"
    endpoints = (("Organization", "Organization"),)
    deadline: str | None = None
    recurrence: str | None = None

    def discriminator(self) -> str:
        return f"{self.deadline}|{self.recurrence}"


class HasTask(Edge):
    type: ClassVar[str] = "HAS_TASK"
    endpoints = (("Document", "Task"),)


class AssignedTo(Edge):
    type: ClassVar[str] = "ASSIGNED_TO"
    endpoints = (("Task", "Organization"),)


class SentTo(Edge):
    type: ClassVar[str] = "SENT_TO"
    endpoints = (("Document", "Organization"),)
    purpose: str | None = None


class PartOf(Edge):
    type: ClassVar[str] = "PART_OF"
    endpoints = (("Organization", "Organization"),)


class Under(Edge):
    type: ClassVar[str] = "UNDER"
    endpoints = (("Organization", "Organization"),)


class SucceededBy(Edge):
    type: ClassVar[str] = "SUCCEEDED_BY"
    endpoints = (("Organization", "Organization"),)


class MemberOf(Edge):
    type: ClassVar[str] = "MEMBER_OF"
    endpoints = (("Organization", "Organization"),)
    until: str | None = None
    since: str | None = None


class SameAsCandidate(Edge):
    type: ClassVar[str] = "SAME_AS_CANDIDATE"
    endpoints = (("Document", "Document"), ("Organization", "Organization"))


EDGE_MODELS: dict[str, type[Edge]] = {
    m.type: m
    for m in (Implements, Cites, IssuedBy, ReportsTo, HasTask, AssignedTo, SentTo, PartOf, Under, SucceededBy, MemberOf, SameAsCandidate)
}
assert set(EDGE_MODELS) == set(get_args(EdgeType))


def node_from_attrs(attrs: dict[str, Any]) -> Node:
    """The model back from networkx node attributes."""
    data = {k: v for k, v in attrs.items() if k != "kind"}
    return NODE_MODELS[attrs["kind"]].model_validate(data)


def edge_from_attrs(source: str, target: str, attrs: dict[str, Any]) -> Edge:
    data = {k: v for k, v in attrs.items() if k != "type"}
    return EDGE_MODELS[attrs["type"]].model_validate({**data, "source": source, "target": target})


# ---------------------------------------------------------------- keys

# Separators inside a number-and-symbol: "33/CT-TTg", "33-CT/TTg", "25- NQ/TW", "96 /KH-UBND".
SYMBOL_SEPARATORS = re.compile(r"\s*[-/–]\s*")
# A year token inside a symbol: "2015" in "04/2015/NĐ-CP".
YEAR_TOKEN = re.compile(r"^(?:19|20)\d\d$")
_SPACES = re.compile(r"\s+")
# Punctuation dropped from names in unnumbered keys: quotes, brackets, commas ("“Tháng Dân vận”").
NAME_PUNCTUATION = re.compile(r"[\"“”‘’'«»()\[\]*,;:.!?]")

# Body codes of the Party's series, written "N-XX/YY" ("25-NQ/TW"); state series are "N/XX-YY".
PARTY_BODY_CODES: frozenset[str] = frozenset({"TW", "TU", "HU", "ĐU", "QU", "TƯ", "BCSĐ", "ĐĐ"})
# Body codes whose series is national: the symbol alone names the issuer (from codes.BODY_CODES).
NATIONAL_BODY_CODES: frozenset[str] = frozenset(k for k, v in BODY_CODES.items() if v)
# Codes of central bodies written before the code of their organ that signs: "04/TT-MTTW-BTT",
# "13/HD-MTTW-BTT" (the Front's Central Committee, signed by its Ban Thường trực), whatever the
# Front of a commune citing them calls the issuer ("của Uỷ ban MTTQ Việt Nam"): a national series.
CENTRAL_SERIES_HEADS: dict[str, str] = {"MTTW": "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"}


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# The key functions below are pure and called for every citation, body and edge of every
# document, mostly with the same few hundred symbols and few thousand names (a worker assembles
# ~100 keys per document): memoised, as loaders.names memoises its canonical names. Bounded, so
# a long load does not grow them without end: names (~10 new per document, most seen once) to
# NAME_CACHE entries, a few MB; symbols and numbers are few.
KEY_CACHE = 1 << 16
NAME_CACHE = 1 << 15


def symbol_tokens(symbol: str | None) -> list[str]:
    """'CT/TTg' and 'CT-TTg' -> ['CT', 'TTg']; '2015/NĐ-CP' -> ['2015', 'NĐ', 'CP']."""
    return list(_symbol_tokens(symbol))


# The codes written in mixed case, by their capitals: a symbol in a title in capitals ("QĐ-TTG", "CTR/TU") is the
# same symbol as the one written in the code's own case ("QĐ-TTg"), one key for both; and the codes written with
# "Đ" by their form folded to "D" (FOLDED_CODES), in their case or in capitals: "QD-UBND" (an OCR or ASCII copy)
# is "QĐ-UBND", "KH-SGDDT" is "KH-SGDĐT", "QDI/TW" is "QĐi/TW". A form that is a code of its own is left alone.
# The Trung ương's code is written "TƯ" by some Party bodies ("Quy định số 06-QĐ/TƯ"): the "TW" it stands for.
_MIXED_CASE_CODES: dict[str, str] = {
    **{folded.upper(): c for folded, c in FOLDED_CODES.items() if folded.upper() not in TYPE_CODES and folded.upper() not in BODY_CODES},
    **FOLDED_CODES,
    **{c.upper(): c for c in (*TYPE_CODES, *BODY_CODES) if c != c.upper()},
    "TƯ": "TW",
}


def _key_token(token: str) -> str:
    """A symbol's part as keys compare it: a code joined by "&" is the same code without it ("BGD&ĐT" is
    "BGDĐT", "SGD&ĐT" is "SGDĐT": one ministry's or Sở's code, written both ways), then _MIXED_CASE_CODES."""
    if "&" in token:
        token = token.replace("&", "")
    return _MIXED_CASE_CODES.get(token, token)


@lru_cache(maxsize=KEY_CACHE)
def _symbol_tokens(symbol: str | None) -> tuple[str, ...]:
    """A symbol's codes and year, each mixed-case code in its own case ("CT-TTG" -> ('CT', 'TTg')), each code
    written without its "Đ", with "&" or "TƯ" as the code it stands for (``_key_token``)."""
    if not symbol:
        return ()
    return tuple(_key_token(t) for t in SYMBOL_SEPARATORS.split(nfc(symbol).strip()) if t)


@lru_cache(maxsize=KEY_CACHE)
def canonical_symbol(symbol: str | None) -> str | None:
    """One written form per symbol: Party series 'NQ/TW', state series 'CT-TTg', 'NĐ-CP', year kept;
    a mixed-case code written in capitals takes its own case ('QĐ-TTG' -> 'QĐ-TTg', _symbol_tokens)."""
    toks = _symbol_tokens(symbol)
    if not toks:
        return None
    years = [t for t in toks if YEAR_TOKEN.match(t)]
    rest = [t for t in toks if not YEAR_TOKEN.match(t)]
    if len(rest) == 2 and rest[-1] in PARTY_BODY_CODES:
        body = f"{rest[0]}/{rest[1]}"
    else:
        body = "-".join(rest)
    return "/".join([*years, body]) if body else "/".join(years)


def canonical_number(number: str | None) -> str | None:
    """The number as written, stripped, the dots of its thousands dropped ("1.234" -> "1234": the
    record keeps what the document wrote, one instrument has one key); compared through ``number_id``."""
    if number is None:
        return None
    n = number_form(number.strip())
    return n or None


@lru_cache(maxsize=KEY_CACHE)
def number_id(number: str | None) -> str | None:
    """The number as compared: digits zero-padded to two ('9' == '09' -> '09'; '0125' -> '125')."""
    n = canonical_number(number)
    if n is None:
        return None
    if n.isdigit():
        return f"{int(n):02d}"
    return n


@lru_cache(maxsize=KEY_CACHE)
def number_symbol(number: str | None, symbol: str | None) -> str | None:
    """'33' + 'CT/TTg' -> '33/CT-TTg'; '25' + 'NQ/TW' -> '25-NQ/TW'; '04' + '2015/NĐ-CP' -> '04/2015/NĐ-CP'."""
    sym = canonical_symbol(symbol)
    num = number_id(number)
    if num is None:
        return sym
    if sym is None:
        return num
    toks = _symbol_tokens(symbol)
    if toks and toks[-1] in PARTY_BODY_CODES and not any(YEAR_TOKEN.match(t) for t in toks):
        return f"{num}-{sym}"
    return f"{num}/{sym}"


# A body code with the legislature's term: "QH15" in "10/2022/QH15", "UBTVQH14".
TERM_SUFFIX = re.compile(r"(?<=[A-Za-zĐđ])\d{1,2}$")


@lru_cache(maxsize=KEY_CACHE)
def symbol_body_code(symbol: str | None) -> str | None:
    """'CT-TTg' -> 'TTg'; '2022/QH15' -> 'QH' (the term number is not part of the body)."""
    toks = [t for t in _symbol_tokens(symbol) if not YEAR_TOKEN.match(t)]
    return TERM_SUFFIX.sub("", toks[-1]) if toks else None


@lru_cache(maxsize=KEY_CACHE)
def symbol_type(symbol: str | None) -> str | None:
    """The document type named by the symbol's type code: 'CT-TTg' -> 'Chỉ thị'; 'UBND-NC' -> None."""
    toks = [t for t in _symbol_tokens(symbol) if not YEAR_TOKEN.match(t)]
    if len(toks) >= 2 and toks[0] in TYPE_CODES:
        return TYPE_CODES[toks[0]]
    return None


# Types that write the same code: "TT" is a ministry's Thông tư and a Party or Front body's Thông
# tri ("Thông tri số 04/TT-MTTW-BTT"); the code gives the first, the type word written tells them apart.
SHARED_CODE_TYPES: dict[str, frozenset[str]] = {"Thông tư": frozenset({"Thông tư", "Thông tri"})}


def instrument_type(symbol: str | None, written: str | None) -> str | None:
    """An instrument's type: the symbol's (more reliable than a type word a list head or a typo
    gave), unless the written type is one that writes the same code; else the written type."""
    coded = symbol_type(symbol)
    if coded is None or written in SHARED_CODE_TYPES.get(coded, ()):
        return written
    return coded


@lru_cache(maxsize=KEY_CACHE)
def symbol_year(symbol: str | None) -> int | None:
    for t in _symbol_tokens(symbol):
        if YEAR_TOKEN.match(t):
            return int(t)
    return None


@lru_cache(maxsize=KEY_CACHE)
def is_national_series(symbol: str | None) -> bool:
    """True when the symbol alone names the issuing body (TTg, CP, TW, …), or a joint instrument's
    symbol names a national body first, whose series its number is: "102/2025/NQLT-UBTVQH15-CP-
    ĐCTUBTWMTTQVN" (the Ủy ban Thường vụ Quốc hội's, whatever the last code)."""
    if symbol_body_code(symbol) in NATIONAL_BODY_CODES or series_head(symbol):
        return True
    toks = [t for t in _symbol_tokens(symbol) if not YEAR_TOKEN.match(t)]
    return len(toks) >= 3 and toks[0] in JOINT_TYPE_CODES and TERM_SUFFIX.sub("", toks[1]) in NATIONAL_BODY_CODES


@lru_cache(maxsize=KEY_CACHE)
def series_head(symbol: str | None) -> str | None:
    """The central body whose series a symbol is when its code comes before its organ's
    (``CENTRAL_SERIES_HEADS``): "TT-MTTW-BTT" -> "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"."""
    toks = [t for t in _symbol_tokens(symbol) if not YEAR_TOKEN.match(t)]
    for t in toks[1:]:
        if t in CENTRAL_SERIES_HEADS:
            return CENTRAL_SERIES_HEADS[t]
    return None


@lru_cache(maxsize=NAME_CACHE)
def normalise_name(name: str) -> str:
    """Lower case, no quotes or punctuation, single spaces: for unnumbered keys and matching."""
    s = NAME_PUNCTUATION.sub(" ", nfc(name).replace("**", "")).lower()
    return _SPACES.sub(" ", s).strip()


@lru_cache(maxsize=NAME_CACHE)
def org_key(name: str) -> str:
    """An organization's key is its canonical name, on one line, a province's name written as the
    province list writes it ("Sở Y tế tỉnh Bà Rịa-Vũng Tàu" -> "… Bà Rịa - Vũng Tàu")."""
    s = _SPACES.sub(" ", nfc(name)).strip()
    return places.respell_provinces(s) if "-" in s or "–" in s else s


def numbered_key(
    doc_type: str | None,
    number: str | None,
    symbol: str | None,
    year: int | None,
    issuer: str | None,
    cited_in: str | None = None,
) -> str:
    """Key of a numbered instrument; scoped to ``cited_in`` when it cannot be identified safely."""
    ns = number_symbol(number, symbol) or ""
    dtype = instrument_type(symbol, doc_type) or "Văn bản"
    year = year or symbol_year(symbol)
    national = is_national_series(symbol)
    parts = [dtype, ns, str(year) if year else "?"]
    if not national:
        parts.append(org_key(issuer) if issuer else "?")
    key = " ".join(parts)
    identified = year is not None and (national or issuer is not None)
    if not identified and cited_in:
        key += f" [in {cited_in}]"
    return key


# The date a reference to an unnumbered instrument ends with, in any of the ways it is written:
# "ngày 19 tháng 6 năm 2015", "ngày 19/6/2015", "ngày 26/11/2003" glued to the name ("UBNDngày
# 26/11/2003"), or the year alone for a law: "năm 2015", or without "năm", as legal articles name
# laws: "Luật Giáo dục 2019" (the "Luật Giáo dục năm 2019").
NAME_DATE_END = re.compile(
    r"\s*,?\s*(?:ngày\s*(?P<day>\d{1,2})\s*(?:tháng\s*|[/.-])\s*(?P<month>\d{1,2})\s*(?:,?\s*năm\s*|[/.-])\s*(?P<year>(?:19|20)\d\d)"
    r"|(?:năm\s+|(?<=\w )(?<!số ))(?P<year_only>(?:19|20)\d\d))$"
)
# The abbreviations of a council's and a committee's names, which a law's name is written with or
# without: "Luật Tổ chức HĐND và UBND" is "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân".
NAME_ABBREVIATIONS: dict[str, str] = {"HĐND": " Hội đồng nhân dân ", "UBND": " Ủy ban nhân dân ",
                                      # "Luật NSNN năm 2025", "Luật Ban hành văn bản QPPL" (corpus 022, 001).
                                      "NSNN": " ngân sách nhà nước ", "QPPL": " quy phạm pháp luật "}
NAME_ABBREVIATION = re.compile("|".join(NAME_ABBREVIATIONS))
# The types of instrument of which there is one of a name in a year, passed by the National
# Assembly (or its Standing Committee): "Luật Tổ chức chính quyền địa phương" of 2015 is one law,
# whether the reference gives its day or only its year.
YEARLY_NAMED_TYPES = frozenset({"Luật", "Bộ luật", "Hiến pháp", "Pháp lệnh"})


def _name_without_date(doc_type: str | None, year: int | None, name: str) -> str:
    """The name of an unnumbered instrument as its key compares it: its closing date written one
    way ("ngày 19/6/2015"), and dropped for a law when the key gives its year ("Luật Tổ chức chính
    quyền địa phương ngày 19 tháng 6 năm 2015" and "… năm 2015" are one law); the abbreviations of
    the council's and committee's names spelled out."""
    if any(a in name for a in NAME_ABBREVIATIONS):
        name = NAME_ABBREVIATION.sub(lambda m: NAME_ABBREVIATIONS[m.group(0)], name)
    m = NAME_DATE_END.search(name)
    if m is None:
        return name
    written_year = int(m["year"] or m["year_only"])
    if doc_type in YEARLY_NAMED_TYPES and year == written_year:
        return name[: m.start()]
    if m["day"]:
        return f"{name[: m.start()]} ngày {int(m['day'])}/{int(m['month'])}/{written_year}"
    return name


# A proper name's word written twice in a row ("Sở Y tế Hà Giang Giang", seed 001) and the linking words a cut
# name ends with ("Luật Thanh niên và"): no part of a name.
REPEATED_WORD = re.compile(r"(?<!\S)(\S+)(?: \1)+(?!\S)")
NAME_CUT_TAIL = re.compile(r"(?: (?:và|của|về|theo|tại|số))+$")


def unnumbered_name(doc_type: str | None, year: int | None, name: str) -> str:
    """The name of an instrument as keys compare it (``_name_without_date``, normalised): the
    syllables a copy ran together cut apart ("Luật Bảo hiểmxã hội" is "luật bảo hiểm xã hội"), a
    word written twice once, and no linking word at its end."""
    # A word twice as written, not once the punctuation is gone ("chữa bệnh, bệnh viện" keeps both).
    # Only a proper name's word: "chữa bệnh bệnh viện" (a title whose words were dropped) keeps both.
    s = normalise_name(REPEATED_WORD.sub(lambda m: m[1] if m[1][:1].isupper() else m[0], _name_without_date(doc_type, year, name)))
    s = normalize_tones(unglue_syllables(s))
    return NAME_CUT_TAIL.sub("", s) if " " in s else s


def unnumbered_key(doc_type: str | None, issuer: str | None, year: int | None, name: str) -> str:
    """Key of an unnumbered instrument: type | issuer | year | normalised name (``unnumbered_name``)."""
    return " | ".join([doc_type or "Văn bản", org_key(issuer) if issuer else "?", str(year) if year else "?",
                       unnumbered_name(doc_type, year, name)])


def unnumbered_key_name(key: str) -> str:
    """The normalised name an unnumbered key ends with."""
    return key.rpartition(" | ")[2]


# The name of a numbered instrument, written before its number: "Luật Tố cáo số 25/2018/QH14",
# "Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13, ngày 09/6/2015" -> "Luật Tố cáo", "Luật Mặt trận …".
NAME_BEFORE_NUMBER = re.compile(r"^(?P<name>\S.*?)\s*,?\s+số(?:\s*:)?\s*\d")


def numbered_name(doc_type: str | None, year: int | None, surface: str) -> str | None:
    """The name a numbered instrument's citation gives it, as ``unnumbered_name`` writes names;
    None when it gives none ("Luật số 56/2024/QH15")."""
    if " số" not in surface or not (m := NAME_BEFORE_NUMBER.match(surface)):
        return None
    name = unnumbered_name(doc_type, year, m["name"])
    return name if name != normalise_name(doc_type or "") else None


def task_key(document_key: str, section: str | None, index: int) -> str:
    return f"{document_key} § {section or f'#{index + 1}'}"


def edge_id(type_: str, source: str, target: str, evidence: Evidence, discriminator: str = "") -> str:
    """Stable id: the same assertion from the same evidence always gets the same id."""
    raw = "\x1f".join([type_, source, target, evidence.source or "", str(evidence.start), evidence.quote or "", discriminator])
    return edge_id_raw(type_, raw)


def edge_id_raw(type_: str, raw: str) -> str:
    """The id from the joined fields (``edge_id``'s second half, shared with edges kept as plain data)."""
    return f"{type_}:{hashlib.blake2b(raw.encode(), digest_size=10).hexdigest()}"


# ---------------------------------------------------------------- tables for the stores

_PY_TO_CYPHER = {str: "STRING", int: "INT64", bool: "BOOLEAN", float: "DOUBLE"}


def _column_type(annotation: Any) -> str:
    args = [a for a in get_args(annotation) if a is not type(None)]
    origin = getattr(annotation, "__origin__", None)
    if origin is list:
        return _PY_TO_CYPHER[get_args(annotation)[0]] + "[]"
    if annotation in _PY_TO_CYPHER:
        return _PY_TO_CYPHER[annotation]
    if args:
        if getattr(args[0], "__origin__", None) is Literal or get_args(args[0]) and isinstance(get_args(args[0])[0], str):
            return "STRING"
        return _column_type(args[0])
    if get_args(annotation) and all(isinstance(a, str) for a in get_args(annotation)):
        return "STRING"  # a Literal of strings
    return "STRING"


def node_columns(kind: str) -> dict[str, str]:
    """Column name -> Cypher type of a node table (``key`` first; it is the primary key)."""
    model = NODE_MODELS[kind]
    return {name: _column_type(f.annotation) for name, f in model.model_fields.items()}


EVIDENCE_COLUMNS: dict[str, str] = {"ev_source": "STRING", "ev_start": "INT64", "ev_end": "INT64", "ev_quote": "STRING"}


def edge_columns(type_: str) -> dict[str, str]:
    """Column name -> Cypher type of a relationship table; evidence is flattened to ev_* columns."""
    model = EDGE_MODELS[type_]
    cols = {
        name: _column_type(f.annotation)
        for name, f in model.model_fields.items()
        if name not in ("source", "target", "evidence")
    }
    cols.update(EVIDENCE_COLUMNS)
    return cols


def edge_row(edge: Edge) -> dict[str, Any]:
    """A flat row for a relationship table: ``source``, ``target`` and the columns."""
    row = edge.model_dump(exclude={"evidence"})
    ev = edge.evidence
    row.update(ev_source=ev.source, ev_start=ev.start, ev_end=ev.end, ev_quote=ev.quote)
    return row


def edge_from_row(type_: str, row: dict[str, Any]) -> Edge:
    data = {k: v for k, v in row.items() if not k.startswith("ev_") and k in EDGE_MODELS[type_].model_fields}
    data["evidence"] = Evidence(source=row.get("ev_source"), start=row.get("ev_start"), end=row.get("ev_end"), quote=row.get("ev_quote"))
    return EDGE_MODELS[type_].model_validate(data)
