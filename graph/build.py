"""Records -> one networkx MultiDiGraph of the schema's nodes and edges (see graph.schema).

``prepare(record, text)`` turns one extracted document into a ``SourceDocument``: the record
plus what the graph needs from the text that the record does not hold (the body sentences in
which the document says it follows an instrument). ``build_graph(sources)`` assembles every
source's nodes and edges under canonical keys and resolves them (``graph.resolve``) over the
whole set, sorted, so the result does not depend on the order documents were loaded in.
"""

from __future__ import annotations

import hashlib
import pickle
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, partial

import networkx as nx
from pydantic import BaseModel, ConfigDict, Field

from vanban.graph import groups, initials, orgs
from vanban.graph.schema import (
    NAME_CACHE,
    AssignedTo,
    Cites,
    DocumentNode,
    Edge,
    Evidence,
    HasTask,
    Implements,
    IssuedBy,
    Node,
    OrganizationNode,
    PartOf,
    ReportsTo,
    SameAsCandidate,
    SentTo,
    SucceededBy,
    TaskNode,
    Under,
    canonical_symbol,
    instrument_type,
    number_id,
    number_symbol,
    numbered_key,
    org_key,
    series_head,
    symbol_year,
    task_key,
    unnumbered_key,
)
from vanban.loaders import places
from vanban.loaders.charter_names import charter_name
from vanban.loaders.letters import LOWER_LETTERS, UPPER_LETTERS
from vanban.loaders.names import normalize_tones, qualify_in, undouble_words, unglue_name
from vanban.loaders.parties import split_names
from vanban.loaders.codes import ABBREVIATIONS, TYPE_WORDS
from vanban.loaders.header import ENACTING_OFFICES
from vanban.loaders.records import Citation, DocumentRecord, Header, LoadError
from vanban.loaders.recipients import bodies_named
from vanban.loaders.symbol_issuers import INFERRED_NOTE
from vanban.loaders.text import Text

# The type of the charters a citation names without number ("Điều lệ Đảng", "Điều lệ Đoàn TNCS Hồ Chí Minh").
CHARTER_TYPE = TYPE_WORDS["điều lệ"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class BodyReference(_Model):
    """A sentence of the body in which the document says it follows a cited instrument."""

    cite: int  # index into record.cites
    start: int | None = None  # original-text span of the sentence part, cue to citation end
    end: int | None = None
    quote: str


class SourceDocument(_Model):
    """One loaded document as the graph needs it: record, content digest, body references."""

    file: str
    digest: str = ""
    record: DocumentRecord
    body_refs: list[BodyReference] = Field(default_factory=list)


# A cue, shortly before a citation in the body, that the document follows it:
# "tổ chức thực hiện hiệu quả Chỉ thị số 33/CT-TTg", "bám sát yêu cầu nhiệm vụ tại Chỉ thị…",
# "; nội dung Kế hoạch số 09/KH-UBND".
FOLLOW_CUE = re.compile(
    r"(?:thực hiện|triển khai|quán triệt|bám sát|nội dung|căn cứ|theo tinh thần)(?:[^.;:!?]{0,60}?)$",
    re.IGNORECASE,
)
# How far before a citation the cue may start (characters of the flat text).
CUE_WINDOW = 90
# Where a sentence (or list item) ends, so a cue is not taken from the previous one: ". ", "; ", "\n-".
SENTENCE_END = re.compile(r"[.;!?]\s|\n\s*[-+•]")
# The year a document's title or a placeholder's name is about: "năm 2023", "“Tháng Dân vận” năm 2022".
NAME_YEAR = re.compile(r"\bnăm ((?:19|20)\d\d)\b")
# The extractor's note on a cited instrument whose issuers are all the bodies its issuer names.
JOINT_ISSUERS_NOTE = "joint issuers"
# A joint instrument's issuers inferred from its symbol's codes, one body a code ("Bộ Nông nghiệp và Phát triển nông
# thôn, Bộ Kế hoạch và Đầu tư" of 43/2015/TTLT-BNNPTNT-BKHĐT): "… inferred from the symbol codes BNNPTNT, BKHĐT".
JOINT_INFERRED_NOTE = INFERRED_NOTE + "s "
# A body named only as the issuer's superior: "đơn vị cấp trên", "cấp trên".
SUPERIOR = re.compile(r"^(?:đơn vị |cơ quan )?cấp trên$", re.IGNORECASE)
# A body named by the commune level word alone: "Hội đồng nhân dân xã", "Ủy ban bầu cử xã",
# "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường"; not every commune's ("… cấp xã").
# Not the "xã" of a cooperative's name: "Liên minh Hợp tác xã".
COMMUNE_LEVEL_END = re.compile(r"(?<=\w)(?<!cấp)(?<![Hh]ợp tác) (?P<level>xã|phường|thị trấn|đặc khu)$")
# The ends COMMUNE_LEVEL_END can match (its cheap gate: a name is a key, on one line).
COMMUNE_LEVEL_ENDS: tuple[str, ...] = tuple(f" {level}" for level in orgs.COMMUNE_LEVELS)
# Bodies of which only a province has one, named without the province in its documents: "Liên minh
# Hợp tác xã" in a plan of the Ủy ban nhân dân tỉnh Bắc Ninh is the Liên minh Hợp tác xã tỉnh Bắc Ninh.
PROVINCE_ONLY_BODIES: frozenset[str] = frozenset({
    "Liên minh Hợp tác xã", "Bộ Chỉ huy Quân sự", "Bộ Chỉ huy Bộ đội Biên phòng",
})
# The mass organisations and branches of which each province, district and commune has its own,
# named without their place: "Liên đoàn Lao động, Hội Nông dân, Liên minh Hợp tác xã" (the addressees
# of a section of a plan of the Ủy ban nhân dân tỉnh Bắc Ninh), "Mặt trận Tổ quốc, Đoàn Thanh niên,
# Hội Phụ nữ" (of the Ủy ban nhân dân tỉnh Đắk Lắk). In a document of a province's body, the
# province's ("Liên đoàn Lao động tỉnh Bắc Ninh"); in another's, its own document's (not placed).
PROVINCE_LEVEL_PEERS: frozenset[str] = frozenset({
    "Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh", "Liên đoàn Lao động",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Công an",
})
# The organs of a people's council or committee that its own documents name without their place:
# "Thường trực Hội đồng nhân dân" in a resolution of the Hội đồng nhân dân tỉnh Hà Giang; and its
# place's web portal: "Cổng Thông tin điện tử" in a plan of the Ủy ban nhân dân tỉnh Nghệ An is the
# "Cổng Thông tin điện tử tỉnh Nghệ An" other plans name.
OWN_ORGANS: frozenset[str] = frozenset({"Hội đồng nhân dân", "Thường trực Hội đồng nhân dân", "Ủy ban nhân dân", "Cổng Thông tin điện tử"})
# So are the names that end with one of them: "Các ban Hội đồng nhân dân" in a resolution of the Hội
# đồng nhân dân tỉnh Hà Giang is its "Các ban của Hội đồng nhân dân tỉnh Hà Giang" (COLLECTIVE_OF).
OWN_ORGAN_ENDS: tuple[str, ...] = (" Hội đồng nhân dân", " Ủy ban nhân dân")
# The bodies "in the area" of the issuer, named without it: "Các cơ quan báo chí đóng trên địa bàn"
# in a plan of the Ủy ban nhân dân tỉnh Bắc Ninh is its "… đóng trên địa bàn tỉnh Bắc Ninh".
IN_THE_AREA_END = " trên địa bàn"
# The bodies of a commune that its documents name without the commune: "Thường trực Đảng ủy",
# "Ủy ban Kiểm tra Đảng ủy", "Ủy ban bầu cử" in a plan of the Front of xã Lương Minh.
COMMUNE_OWN_ORGANS: frozenset[str] = frozenset({
    "Đảng ủy", "Thường trực Đảng ủy", "Ban Thường vụ Đảng ủy", "Văn phòng Đảng ủy", "Ủy ban Kiểm tra Đảng ủy",
    "Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban nhân dân", "Hội đồng nhân dân", "Thường trực Hội đồng nhân dân",
    "Ủy ban bầu cử",
})
# How the name of a party congress starts, as the extractor writes a congress resolution's issuer:
# "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI".
CONGRESS_WORDS: tuple[str, ...] = ("Đại hội đại biểu toàn quốc lần thứ ", "Đại hội đại biểu Đảng bộ ")
# A party committee named bare, and the bodies whose own documents name theirs so: "Đảng ủy" in a plan
# of the Bệnh viện Đa khoa tỉnh Sơn La ("Đảng ủy, Ban Giám đốc bệnh viện") is the hospital's.
PARTY_COMMITTEE = "Đảng ủy"
BODIES_WITH_PARTY_COMMITTEE: tuple[str, ...] = ("Sở ", "Bệnh viện ", "Trung tâm ")
# The party committee and unions of a body named with it (``_own_place``), keyed as the body is.
OWN_BODY_OF_ISSUER: tuple[str, ...] = ("Đảng ủy ", "Công đoàn ", "Đoàn Thanh niên Cộng sản Hồ Chí Minh ")
# A body's own trade union or Youth Union, named bare or with the kind of the body, as its documents
# name them: "Công đoàn", "Công đoàn cơ sở", "Đoàn Thanh niên Bệnh viện", "Đoàn cơ sở" (not "Chi đoàn":
# a body has several), and the one name each is keyed by (graph.orgs.UNION_OF_BODY reads it).
OWN_UNION = re.compile(
    r"^(?P<union>(?i:công đoàn(?: cơ sở)?|đoàn thanh niên(?: cộng sản hồ chí minh)?|đoàn cơ sở))(?: (?P<kind>(?i:bệnh viện|sở|trung tâm)))?$"
)
OWN_UNION_KEYS: dict[str, str] = {
    "công đoàn": "Công đoàn", "công đoàn cơ sở": "Công đoàn",
    "đoàn thanh niên": orgs.YOUTH_UNION, "đoàn thanh niên cộng sản hồ chí minh": orgs.YOUTH_UNION, "đoàn cơ sở": orgs.YOUTH_UNION,
}
# A people's council or committee (or the council's standing body) and its place:
# "Hội đồng nhân dân tỉnh Hà Giang", "Ủy ban nhân dân xã Lương Minh, tỉnh Quảng Ninh".
STATE_BODY = re.compile(
    r"^(?:Thường trực )?(?:Hội đồng nhân dân|Ủy ban nhân dân) "
    r"(?P<place>(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu) .+)$"
)
# The kind of bodies after "Các" in a collective name, written in capitals by some: "Các Sở, ban,
# ngành", "Các Cơ quan, đơn vị", "Các Ban xây dựng Đảng", "Các Tổ chức thành viên".
# The marks a name never starts or ends with, stripped: "Sở Y tế,", "Sở Y tế -".
NAME_EDGE_MARKS = " ,;:.-–"
# "Các Bộ", "Các Bộ, ngành" (a Prime Minister's directive) are the "Các bộ", "Các bộ, ngành" of the
# Government's resolutions (not "Các Bộ trưởng", a title, nor "Các Bộ Quốc phòng, …", named ministries).
COLLECTIVE_KIND = re.compile(
    r"(?<=^Các )(?:(Sở|Ban|Cơ quan|Tổ chức|Đoàn thể|Hội(?! đồng)|Đơn vị|Phòng|Trung tâm|Doanh nghiệp)(?=[ ,]|$)|(Bộ)(?=,|$))"
)
# A collective of a body's organs with "của" (of) before the body, which others leave out: "Các ban
# của Hội đồng nhân dân tỉnh Hà Giang" is the "Các ban Hội đồng nhân dân tỉnh Hà Giang", "Các tổ chức
# thành viên của Mặt trận Tổ quốc Việt Nam xã Lương Minh" the "… thành viên Mặt trận …" (one key).
COLLECTIVE_OF = re.compile(rf"^(?P<collective>Các [^,()]+?) của (?=[{UPPER_LETTERS}])")
# A footnote's number glued to the name it follows: "Thanh tra Chính phủ[3]" (a copied web page).
FOOTNOTE_MARK = re.compile(r"(?<=\w)\[\d{1,3}\]$")
# A collective name written without "Các": "Sở, ban, ngành thành phố Cần Thơ", "Cơ quan, tổ chức,
# đơn vị", "Hội, đoàn thể tỉnh" (the bodies of those kinds, as "Các sở, ban, ngành …" names them).
COLLECTIVE_WITHOUT_CAC = re.compile(rf"^(Sở|Ban|Hội|Cơ quan|Đơn vị|Phòng|Ngành|Đoàn thể|Tổ chức), (?=[{LOWER_LETTERS}])")
# The levels of the bodies a collective name lists, after the head of their names: "Ủy ban nhân dân
# xã, phường", "Ủy ban nhân dân các xã/phường", "Ủy ban nhân dân các xã, phường và đặc khu" (one
# group, written "Ủy ban nhân dân các xã, phường" …), after the title of their heads ("Chủ tịch Ủy ban
# nhân dân các huyện, thị xã, thành phố", "Các Chủ tịch Ủy ban nhân dân các quận, huyện và thị xã"),
# or alone ("Các xã, phường, thị trấn"); "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung
# ương" is the "… các tỉnh, thành phố …" of other letters.
LEVEL_WORD = r"(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|tỉnh)"
LEVEL_LIST = re.compile(
    r"^(?P<head>(?:(?P<many>Các )?(?:Chủ tịch|Phó Chủ tịch|Thường trực|Ban Thường trực) )?"
    r"(?:Ủy ban nhân dân|Hội đồng nhân dân|Ủy ban Mặt trận Tổ quốc Việt Nam|Công an|Đảng ủy)|Các) (?:các )?"
    rf"(?P<levels>{LEVEL_WORD}(?:\s*(?:,|/|,? và)\s*{LEVEL_WORD})+)(?P<rest>(?:[ ,].*)?)$"
)
LEVEL_LIST_SEPARATOR = re.compile(r"\s*(?:,|/|,? và)\s*")
# The order the levels of a collective name are keyed in, whatever order the text lists them in (one
# collective, one key): "các xã, phường, thị trấn" for "các phường, xã, thị trấn", "các quận, huyện,
# thị xã, thành phố" for "các huyện, thành phố, thị xã"; "thành phố" stands after "tỉnh" in a list of
# provinces ("các tỉnh, thành phố"), after "thị xã" in a list of districts.
LEVEL_ORDER: dict[str, int] = {
    level: i for i, level in enumerate(("tỉnh", "quận", "huyện", "thị xã", "thành phố", "xã", "phường", "thị trấn", "đặc khu"))
}
PROVINCE_LIST_ORDER: dict[str, int] = {**LEVEL_ORDER, "tỉnh": -2, "thành phố": -1}


def _level_list(m: re.Match) -> str:
    """The key of a collective name LEVEL_LIST matched: "các", the levels once each in LEVEL_ORDER,
    separated by commas ("Ủy ban nhân dân các phường, xã" -> "Ủy ban nhân dân các xã, phường"). The
    levels are kept in their order before a capitalised word, which may name the last one's place
    ("Ủy ban nhân dân huyện, thành phố Sơn La")."""
    levels = list(dict.fromkeys(LEVEL_LIST_SEPARATOR.split(m["levels"])))
    rest = m["rest"]
    if not rest[1:2].isupper():
        levels.sort(key=(PROVINCE_LIST_ORDER if "tỉnh" in levels else LEVEL_ORDER).__getitem__)
    head = m["head"][len("Các ") :] if m["many"] else m["head"]
    if head == "Các":
        return f"Các {', '.join(levels)}{rest}"
    return f"{head} các {', '.join(levels)}{rest}"


# A kind listed bare in a collective name, which some write in capitals: "Ban" in "Các phòng,
# Ban, TT thuộc Văn phòng …", "Sở" in "Thủ trưởng các Sở, ban, ngành" (not "Ban Tổ chức", a name).
# So "Bộ" of the ministries listed: "Các Bộ, ngành, địa phương" is "Các bộ, ngành, địa phương", and
# "cơ quan ngang Bộ" (the bodies ranked as ministries) "cơ quan ngang bộ".
COLLECTIVE_LIST_KIND = re.compile(r"(?:(?<=[Cc]ác )|(?<=, ))(Sở|Bộ|Ban|Ngành|Phòng|Cơ quan|Đơn vị|Đoàn thể|Địa phương)(?=,)|(?<=ngang )(Bộ)(?!\w)")
# The legal terms of collective names, which texts write in other cases or with the dash unspaced,
# in one spelling wherever they stand (one collective, one key): "Thủ trưởng Cơ quan ngang Bộ" is the
# "Thủ trưởng cơ quan ngang bộ" of other letters, "Các Thành viên Chính phủ" the "Các thành viên …",
# "tổ chức chính trị-xã hội" the "tổ chức chính trị - xã hội", "Cơ quan trung ương của các Tổ chức
# chính trị - xã hội" the "Cơ quan Trung ương của các tổ chức …" (the Government's recipient lines).
LEGAL_TERMS = re.compile(
    r"(?<=ngang )Bộ(?!\w)|(?<=^Thủ trưởng )Cơ quan(?= )|(?<=^Các )Thành viên(?= )|(?<=chính trị)-(?=xã hội)"
    r"|(?<=các )Tổ chức(?= chính trị)|(?<=^Cơ quan )trung ương(?!\w)"
)
LEGAL_TERM_SPELLINGS: dict[str, str] = {
    "Bộ": "bộ", "Cơ quan": "cơ quan", "Thành viên": "thành viên", "-": " - ", "Tổ chức": "tổ chức", "trung ương": "Trung ương",
}
LEGAL_TERMS_GATES: tuple[str, ...] = ("ngang Bộ", "Thủ trưởng Cơ", "Các Thành", "trị-xã", "các Tổ chức", "Cơ quan trung")
# Words after a body's name that start what follows it, never part of the name: "Thủ tướng Chính
# phủ Kính" (the salutation "Kính gửi" after a citation), "Thủ tướng Chính phủ và" (a list cut),
# "Chính phủ Căn cứ" (the next line of a preamble).
NAME_TAIL = re.compile(r"(?: (?:và|hoặc|Kính(?: gửi)?|Căn cứ))+$")
# A routing note after a body's name, not part of it: "Bộ Công an (qua Cục A03)".
ROUTING_NOTE = re.compile(r"\s*\(qua [^()]*\)$")
# An office named without its place, as a district's documents name the district's own: "Phòng Nội
# vụ", "Phòng Văn hóa và Thông tin" (not a list, "Phòng Kinh tế/ Phòng Kinh tế, Hạ tầng …").
DISTRICT_UNIT = re.compile(r"^Phòng (?!.*(?:\b(?:tỉnh|huyện|thị xã|quận|thành phố|xã|phường)\b|[,/()]))\S.*$")
# A department named without its province: "Sở Y tế", "Sở Nội vụ".
# The levels of a collective name ending it, where no place follows: "Sở Y tế các tỉnh, thành phố"
# (the provinces' departments, in a Bộ Y tế document of Hà Nội: not "… thành phố Hà Nội"), "Ủy ban
# nhân dân các thành phố", "Ủy ban nhân dân tỉnh, thành phố".
_LEVELS = r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)"
COLLECTIVE_LEVELS_END = re.compile(rf"(?<!\w)(?:các (?:{_LEVELS}(?:, | và |/))*|(?:{_LEVELS}(?:, | và |/))+){_LEVELS}$")
BARE_DEPARTMENT = re.compile(r"^Sở [^,()]+$")
# How a body's name that a level word follows may not end: a list of levels ("Ủy ban nhân dân các
# quận, huyện, thành phố"), a level ("Hội đồng nhân dân cấp tỉnh"), a conjunction.
NOT_OWN_LEVEL_BODY_ENDS: tuple[str, ...] = (",", ";", ":", "/", "(", "-", " cấp", " và", " các")
# The level word at the end of a name with no place after it: " thành phố" in "Ủy ban nhân dân thành phố".
PLACELESS_LEVEL = re.compile(r" (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)$")
# A name ending with "xã" that is no level word: "Liên minh Hợp tác xã".
COOPERATIVE = ("Hợp tác xã", "hợp tác xã")
# A party committee named without its place, alone or after an organ: "Tỉnh ủy", "Ban Thường vụ Tỉnh ủy".
PLACELESS_PARTY_COMMITTEES = ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Thị ủy", "Quận ủy")
# The bodies every province has, which a name written by initials may be: "Sở KH&CN" is the "Sở Khoa
# học và Công nghệ", "TT KSBT" the "Trung tâm Kiểm soát bệnh tật" (graph.initials).
# A district's offices are named as the province's departments are ("Phòng Lao động - TB&XH huyện
# Trạm Tấu"); their initials are read only with the district after them (KNOWN_WITH_PLACE).
KNOWN_DISTRICT_OFFICES: tuple[str, ...] = tuple("Phòng " + h[len("Sở "):] for h in orgs.LOCAL_HEADS if h.startswith("Sở "))
KNOWN_LOCAL_BODIES: tuple[str, ...] = (*orgs.LOCAL_HEADS, *initials.KNOWN_LOCAL_UNITS, *KNOWN_DISTRICT_OFFICES)
KNOWN_WITH_PLACE: frozenset[str] = frozenset(
    (*KNOWN_DISTRICT_OFFICES, *(u for u in initials.KNOWN_LOCAL_UNITS if u.startswith("Phòng ")))
)
# How a name that defines its initials in brackets ends (``initials.defined_initials``).
BRACKET_ENDS = (")", "]")
# The fewest letters of a word that may be two syllables run together: "Thểthao", "MỹHưng".
GLUED_WORD_CHARS = 6
# Recipient purposes that are not bodies: archive lines ("Lưu: VT") and publication ("Website").
NOT_A_BODY_PURPOSES = frozenset({"lưu", "đăng tải"})


def digest_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def find_body_refs(record: DocumentRecord, text: Text) -> list[BodyReference]:
    """Body citations preceded, in the same sentence, by a cue that the document follows them."""
    implemented = {_cite_identity(c) for c in record.implements}
    out: list[BodyReference] = []
    for i, c in enumerate(record.cites):
        if c.start is None or c.end is None or _cite_identity(c) in implemented:
            continue
        fs = text.to_flat(c.start)
        window = text.flat[max(0, fs - CUE_WINDOW) : fs]
        ends = list(SENTENCE_END.finditer(window))
        if ends:
            window = window[ends[-1].end() :]
        m = FOLLOW_CUE.search(window)
        if not m:
            continue
        cue_flat = fs - len(window) + m.start()
        fe = text.to_flat(c.end - 1) + 1 if c.end > c.start else fs
        start, end = text.original_span(cue_flat, fe)
        out.append(BodyReference(cite=i, start=start, end=end, quote=text.flat[cue_flat:fe]))
    return out


def prepare(record: DocumentRecord, text: Text | None = None) -> SourceDocument:
    """One document, ready for the graph. Without the text, no body references are found."""
    return SourceDocument(
        file=record.file,
        digest=digest_of(text.original) if text is not None else "",
        record=record,
        body_refs=find_body_refs(record, text) if text is not None else [],
    )


def _cite_identity(c: Citation) -> tuple:
    return (c.doc_type, number_id(c.number), canonical_symbol(c.symbol), c.year, c.surface)


# ---------------------------------------------------------------- per-document context


@dataclass
class DocContext:
    """What a document's names are read against: its key, issuer, province and district."""

    key: str
    issuer: str | None
    province: str | None
    district: str | None
    year: int | None
    # The issuer's name before it was told apart by its document (``_own_scope``), which the
    # document's own text may name it by: "Ủy ban nhân dân xã Xuân Phú" in its own rules.
    own_name: str | None = None
    # What the bodies a document without an issuer names are told apart by (``_own_scope``):
    # its "Sở Y tế" or "Hiệu trưởng" is no other document's.
    scope: str | None = None
    # The bodies it writes by initials -> the body it names in full that they spell out
    # (``_initials_in_document``).
    initials: dict[str, str] = field(default_factory=dict)
    # Whether it names the communes of before the 2025 reorganisation or the 2025 ones (``_document_era``):
    # orgs.UNTIL_2025, orgs.SINCE_2025, None when its date does not tell.
    era: str | None = None
    # The keys of the bodies it names with the initials they are known by, in brackets -> those
    # initials: "Trung tâm Kiểm soát bệnh tật (CDC)" -> {"Trung tâm Kiểm soát bệnh tật tỉnh Sơn La":
    # ("CDC",)} (``_aliases_in_document``), an Organization's ``aliases``.
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _year_of(date: str | None) -> int | None:
    if date and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None


def _dated_year(doc: Header | Citation) -> int | None:
    """A document's year: its date's, else its symbol's ("… /2025/QĐ-UBND"); a citation's own
    year first."""
    return getattr(doc, "year", None) or _year_of(doc.date) or symbol_year(doc.symbol)


def _context_place(record: DocumentRecord) -> tuple[str | None, str | None]:
    """The document's province and district: from the header, its issuer, its place, or its citations."""
    h = record.document
    province, district = h.province, h.district
    if h.issuer:
        info = orgs.org_info(org_key(h.issuer))
        province = province or info.province
        district = district or info.district
    if not province and h.place:
        province = places.province_name(h.place) or (places.province_of_district(h.place) if places.district_name(h.place) else None)
        district = district or places.district_name(h.place)
    if not province:
        # The province most of the cited local issuers belong to, when one clearly leads.
        counts = Counter(p for c in record.cites if c.issuer and (p := orgs.org_info(org_key(c.issuer)).province))
        ranked = counts.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            province = ranked[0][0]
    if province and not district and h.issuer and _before_districts_ended(h):
        district = _commune_issuers_district(org_key(h.issuer), province)
    return province, district


# The day the districts ended (the two-level local government, Luật Tổ chức chính quyền địa phương 2025).
DISTRICTS_ENDED = "2025-07-01"


def _before_districts_ended(h: Header) -> bool:
    """Whether a document is dated before the districts ended, at the precision of its date ("2025-06",
    "2025-06-30": before; "2025", "2025-07": not known to be), else its year."""
    date = h.date or ""
    if len(date) >= len(DISTRICTS_ENDED) or len(date) == len("2025-07"):
        return date[: len(DISTRICTS_ENDED)] < DISTRICTS_ENDED[: len(date)]
    year = _dated_year(h)
    return year is not None and year < int(DISTRICTS_ENDED[:4])


def _commune_issuers_district(issuer: str, province: str) -> str | None:
    """The district of a commune's body that heads a document of before July 2025, when one district
    of the province had a commune of that name: "Ủy ban nhân dân xã Nà Chì" (Hà Giang) -> "Xín Mần"
    (so that its document's "Phòng Giáo dục và Đào tạo", "Ủy ban nhân dân huyện" are that district's)."""
    if not (c := orgs.COMMUNE_END.search(issuer)) or orgs.org_info(issuer, province).level != "commune":
        return None
    found = places.districts_with_ward(c["place"], province)
    return found[0] if len(found) == 1 else None


def _document_era(h: Header | Citation, citer: str | None = None) -> str | None:
    """Which communes a document names, by its date (``orgs.UNTIL_2025``: those of before the
    districts ended, 1 July 2025; ``orgs.SINCE_2025``: the 2025 ones, dated "2025-07" or later, or
    2026), None when its date does not tell ("2025" alone). A cited instrument's, by its own date,
    else its citer's ``citer`` when that is before (what a document cites is older)."""
    if _before_districts_ended(h):
        return orgs.UNTIL_2025
    date = h.date or ""
    if len(date) >= len("2025-07") and date[: len("2025-07")] >= DISTRICTS_ENDED[: len("2025-07")]:
        return orgs.SINCE_2025
    year = _dated_year(h)
    if year is not None and year > int(DISTRICTS_ENDED[:4]):
        return orgs.SINCE_2025
    return orgs.UNTIL_2025 if citer == orgs.UNTIL_2025 else None


def _record_era(record: DocumentRecord) -> str | None:
    """``_document_era`` of a record's header, else ``orgs.SINCE_2025`` when it cites an instrument
    dated from 1 July 2025 (it is no older than what it cites): a commune Front's "Hướng dẫn" dated
    "2025" alone that cites "Thông tri số 04/TT-MTTW-BTT ngày 04/11/2025" names the 2025 communes."""
    if (era := _document_era(record.document)) is not None:
        return era
    if any(c.date and len(c.date) >= len(DISTRICTS_ENDED) and c.date >= DISTRICTS_ENDED for c in record.cites):
        return orgs.SINCE_2025
    return None


# The heads who enact a decision in their own name, as a citation names its issuer ("Quyết định số … của Cục trưởng Cục
# Thuế", loaders.header.ENACTING_OFFICES).
ENACTING_HEADS: tuple[str, ...] = tuple(f"{title} " for title in ENACTING_OFFICES.values())
# The heads and standing organs that sign in their body's series: "Chủ tịch Ủy ban nhân dân tỉnh",
# "Giám đốc Sở …", "Bộ trưởng Bộ …", "Ban Thường vụ Tỉnh ủy", "Thường trực Hội đồng nhân dân", "Ban
# Thường trực Ủy ban Mặt trận Tổ quốc …", "Chánh Văn phòng …" (not the Thủ tướng, whose series is his own).
SIGNING_ORGANS: tuple[str, ...] = (
    "Chủ tịch ", "Phó Chủ tịch ", "Giám đốc ", "Phó Giám đốc ", "Bộ trưởng ", "Thứ trưởng ", "Chánh Văn phòng ",
    "Ban Thường vụ ", "Thường trực ", "Ban Thường trực ",
    # The heads who enact decisions in their own name (orgs.HEAD_OF_UNIT): "Cục trưởng Cục Thuế" numbers in the Cục's series.
    "Cục trưởng ", "Tổng cục trưởng ", "Trưởng Ban ", "Hiệu trưởng ", "Viện trưởng ",
)


def series_owner(issuer: str | None) -> str | None:
    """The body whose series an instrument's number belongs to: the body its issuer is part of
    when the issuer is a head or standing organ that signs for it ("Quyết định số 2212/QĐ-UBND" of
    the "Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng", which other documents cite as the Ủy ban nhân
    dân tỉnh's; "Chỉ thị số 17-CT/TU" of the "Ban Thường vụ Tỉnh ủy Hà Tĩnh", the Tỉnh ủy's series),
    else the issuer. A numbered key names it, so one instrument has one key whichever of them a
    citation names."""
    if issuer and issuer.startswith(SIGNING_ORGANS):
        info = orgs.org_info(issuer)
        if info.rule != orgs.UNION_ORGAN_RULE:  # "Kế hoạch số 77/KH-BTV" of a union's Ban Thường vụ: its own series
            return info.part_of or _headed_body(issuer) or issuer
    return issuer


def _headed_body(issuer: str) -> str | None:
    """The body an enacting head's name names after his title, when the rules know neither ("Ban Chỉ đạo nhà nước về du
    lịch" of its "Trưởng Ban Chỉ đạo nhà nước về du lịch"): his decisions number in its series."""
    head = next((h for h in ENACTING_HEADS if issuer.startswith(h)), None)
    rest = issuer[len(head) :] if head else ""
    return rest if rest[:1].isupper() else None


def document_own_key(record: DocumentRecord, issuer: str | None) -> str:
    h = record.document
    year = _dated_year(h)
    if h.number and h.symbol:
        return numbered_key(h.doc_type, h.number, h.symbol, year, series_owner(issuer), cited_in=f"file {record.file}")
    name = h.title or record.file
    if year is None and h.title:
        year = None
    return unnumbered_key(h.doc_type, issuer, year, name)


# ``qualify_org``'s era when it is the document's own.
DOCUMENT_ERA = "document"


def qualify_org(name: str, ctx: DocContext, cited: bool = False, era: str | None = DOCUMENT_ERA) -> str:
    """The canonical key of a body named in a document: qualified by province or district, else
    by the issuer in brackets ("Các cơ quan, đơn vị trực thuộc (Sở Y tế tỉnh Hà Giang)"), so two
    provinces' "Lãnh đạo Sở" never merge. ``cited``: the issuer of a cited instrument, which may
    be a higher body of the same name ("Thông tri số 04/TT-MTTW-BTT" of the Ủy ban Mặt trận Tổ
    quốc Việt Nam, the central one, cited by a ward's Front): a bare name is not read as the
    document's own body, as it is in the document's tasks and recipients. ``era``: which communes
    the name may be (``_document_era``), the document's unless given (a cited instrument's issuer)."""
    key = _qualify_org(name, ctx.issuer, ctx.province, ctx.district, not cited, ctx.era if era == DOCUMENT_ERA else era)
    if ctx.initials and key in ctx.initials:
        return ctx.initials[key]
    if ctx.own_name and key == f"{ctx.own_name} ({ctx.issuer})":
        return ctx.issuer  # the issuer named as its header names it, in its own document
    if ctx.scope and key and not key.endswith(")") and not orgs.is_qualified(key):
        return f"{key} ({ctx.scope})"
    return key


@lru_cache(maxsize=NAME_CACHE)
def _qualify_org(name: str, issuer: str | None, province: str | None, district: str | None, own: bool = True,
                 era: str | None = None) -> str:
    """``qualify_org`` on the parts of the context it reads. Pure, so memoised: a document names
    the same bodies in its tasks, reports and recipients, and documents of a province name the
    same ones."""
    n = _spelled_org(name)
    if n is None:
        return ""
    if issuer and issuer.endswith(")") and (ministry := _ministry_of_department(issuer)):
        if n == issuer[: -len(ministry) - 3]:
            return issuer  # the department by its own name, in its own letter
        if n.startswith(READ_AS_MINISTRYS) or n.endswith((" Bộ", " " + ministry)):
            # "Bộ trưởng", "Vụ Tổ chức cán bộ", "Các đơn vị trực thuộc Bộ (Y tế)" in a letter of the Vụ Kế
            # hoạch - Tài chính (Bộ Y tế): as its ministry's letters name them.
            issuer = ministry
    if (named := orgs.province_named_bodies(province)) and initials.HAS_INITIALS.search(n) and initials.written_with_initials(n):
        # "Báo KTĐT" in a Hà Nội document: the "Báo Kinh tế và Đô thị", the province's paper of that name.
        n = initials.expand_known(n, named)
    if SUPERIOR.match(n) and issuer:
        if up := orgs.superior(issuer, province, district):
            return up
    n = _own_place(n, issuer, province, own)
    key = _qualified_key(n, issuer, province, district)
    if key.endswith(")"):
        return key
    key, told = orgs.place_key(orgs.local_spelling(key), province, district, era)
    if not told and issuer and key != issuer:
        # "Ủy ban nhân dân xã Lương Minh" in a Quảng Ninh document that does not say whether it is
        # the 2025 commune or the one of huyện Ba Chẽ before it: told apart by the document's issuer,
        # unless that is a body of the same commune (its own commune's council, whichever it is).
        return orgs.as_issuers_commune(key, issuer) or f"{key} ({issuer})"
    return key


@lru_cache(maxsize=NAME_CACHE)
def _spelled_org(name: str) -> str | None:
    """A body's name as written -> the one spelling its key is made from, in any document: the
    part of ``_qualify_org`` that reads the name alone, memoised by the name (a name recurs across
    documents far more often than the name with a document's issuer and place). None for a name
    of nothing but marks."""
    # The marks around a name cut from a line, a dash too: "Sở Y tế -" (a list's "Sở Y tế - Sở Tài chính" cut).
    n = org_key(normalize_tones(name.replace("**", ""))).strip(NAME_EDGE_MARKS)
    if not n:
        return None
    if any(len(w) >= GLUED_WORD_CHARS and not w.isascii() for w in n.split(" ")):
        # Syllables a copy ran together: "Sở Văn hóa, Thểthao và Du lịch tỉnh Bình Định", "Phú MỹHưng".
        n = unglue_name(n)
    # A word a typo wrote twice, as the extractor's names.canonical_org reads it (a task's doers are
    # kept as written): "Các cơ quan quan, đơn vị" is the "Các cơ quan, đơn vị".
    n = undouble_words(n)
    # One key whatever the case of the first letter: "các cơ quan, đơn vị" is "Các cơ quan, đơn vị";
    # nor of the kind after "Các": "Các Sở, ban, ngành" is "Các sở, ban, ngành".
    n = COLLECTIVE_KIND.sub(lambda m: m.group(0).lower(), n[:1].upper() + n[1:])
    if " của " in n and n.startswith("Các "):
        n = COLLECTIVE_OF.sub(r"\g<collective> ", n)
    if "," in n or "/" in n:
        n = COLLECTIVE_WITHOUT_CAC.sub(lambda m: f"Các {m.group(1).lower()}, ", n)
        if m := LEVEL_LIST.match(n):
            n = _level_list(m)
    if "," in n and "ác " in n:
        n = COLLECTIVE_LIST_KIND.sub(lambda m: m.group(0).lower(), n)
    if any(g in n for g in LEGAL_TERMS_GATES):
        n = LEGAL_TERMS.sub(lambda m: LEGAL_TERM_SPELLINGS.get(m.group(0), m.group(0)), n)
    n = ROUTING_NOTE.sub("", NAME_TAIL.sub("", n))
    if n[-1:] == "]":
        n = FOOTNOTE_MARK.sub("", n)
    if n[-1:] in BRACKET_ENDS and (defined := initials.bracketed_alias(n, RESERVED_INITIALS)):
        # "Phòng Kế hoạch tổng hợp (KHTH)", "Khoa Khám bệnh [KKB]", "Trung tâm Kiểm soát bệnh tật
        # (CDC)": the body, keyed by its name (the document reads its initials as it,
        # ``_initials_in_document``, and they are its aliases, ``_aliases_in_document``).
        n = defined[0]
    if initials.HAS_INITIALS.search(n) and initials.written_with_initials(n):
        # "TT KSBT tỉnh Sơn La", "Sở KH&CN tỉnh Sơn La": a body every province has, by its initials.
        n = initials.expand_known(n, KNOWN_LOCAL_BODIES, KNOWN_WITH_PLACE)
    n = orgs.central_spelling(orgs.local_spelling(n))
    if n.startswith(MINISTRY_UNIT_STARTS) and (unit := orgs.unit_of_ministry(n)):
        # "Vụ Kế hoạch - Tài chính, Bộ Y tế", "Bộ Y tế - Vụ Kế hoạch - Tài chính": the department as
        # its ministry's letters key it, "Vụ Kế hoạch - Tài chính (Bộ Y tế)".
        n = unit
    if n.startswith("Cục ") and (known := _known_department(n)):
        n = known
    return n


# A ministry's initials after its department's name: "Cục Kiểm soát TTHC-VPCP", "Cục KSTTHC (VPCP)".
MINISTRY_INITIALS_END = re.compile(r"\s*(?:[-–]\s*|\()(?P<short>[A-ZĐ]{2,})\)?$")


def _known_department(name: str) -> str | None:
    """One of ``orgs.KNOWN_MINISTRY_DEPARTMENTS``, however written, with its ministry or without ->
    its key with its ministry: "Cục KTVB&QLXLVPHC (Bộ Tư pháp)", "Cục Kiểm tra văn bản và Quản lý
    xử lý VPHC", "Cục Kiểm soát TTHC-VPCP" -> "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành
    chính (Bộ Tư pháp)", "Cục Kiểm soát thủ tục hành chính (Văn phòng Chính phủ)". None for any
    other name, or one named with another ministry."""
    unit, ministry = name, None
    if m := MINISTRY_INITIALS_END.search(name):
        unit, ministry = name[: m.start()], m["short"]
    elif name.endswith(")") and " (" in name:
        unit, ministry = name[: name.rindex(" (")], name[name.rindex(" (") + 2 : -1]
    unit = orgs.known_ministry_department(unit) or unit
    if unit not in orgs.KNOWN_MINISTRY_DEPARTMENTS and initials.written_with_initials(unit):
        unit = initials.expand_known(unit, KNOWN_DEPARTMENT_NAMES)
    own = orgs.KNOWN_MINISTRY_DEPARTMENTS.get(unit)
    if own is None or ministry not in (None, own) and not initials.spells_out(ministry, own):
        return None
    return f"{unit} ({own})"


KNOWN_DEPARTMENT_NAMES: tuple[str, ...] = tuple(orgs.KNOWN_MINISTRY_DEPARTMENTS)


# How the names ``orgs.unit_of_ministry`` reads start: a department's kind, or its ministry's name.
MINISTRY_UNIT_STARTS: tuple[str, ...] = (*orgs.MINISTRY_DEPARTMENT_WORDS, "Bộ ")


# Initials that are other bodies' (codes.ABBREVIATIONS: "VPCP", "UBND", "TCHC"), in brackets after a
# name no alias of it: "Cục Kiểm soát TTHC (VPCP)" is the Văn phòng Chính phủ's Cục.
RESERVED_INITIALS: frozenset[str] = frozenset(ABBREVIATIONS)


def _names_in(r: DocumentRecord) -> list[str]:
    """The bodies a document names, as written: its cited issuers, reports' senders and addressees,
    tasks' doers and recipients."""
    return [
        *(c.issuer for c in r.cites if c.issuer), *(n for rep in r.reports_to for n in (rep.from_, rep.to) if n),
        *(w for t in r.tasks for w in t.assigned_to),
        *(rc.name for rc in bodies_named(r.recipients) if rc.purpose not in NOT_A_BODY_PURPOSES),  # not "Lưu: VT"
    ]


def _aliases_in_document(names: list[str], ctx: DocContext) -> dict[str, tuple[str, ...]]:
    """The keys of the bodies a document names with the initials they are known by in brackets ->
    those initials: "Trung tâm Kiểm soát bệnh tật (CDC)" in a Sơn La plan -> {"Trung tâm Kiểm soát
    bệnh tật tỉnh Sơn La": ("CDC",)}; empty for the usual document, which brackets none."""
    out: dict[str, set[str]] = defaultdict(set)
    for n in names:
        if n.endswith(BRACKET_ENDS):
            for b in orgs.joint_bodies(n):
                if (alias := initials.bracketed_alias(org_key(b), RESERVED_INITIALS)) and (key := qualify_org(b, ctx)):
                    out[key].add(alias[1])
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _initials_in_document(names: list[str], ctx: DocContext) -> dict[str, str]:
    """The keys of the bodies a document writes by initials -> the key of the one body it names in
    full that they spell out ("TT CN&CTTĐT tỉnh Đắk Lắk" -> "Trung tâm Công nghệ và Cổng thông tin
    điện tử tỉnh Đắk Lắk"); empty when it writes none (the usual case, found by one search per name)."""
    if not any(initials.HAS_INITIALS.search(n) and (initials.written_with_initials(n) or n.endswith(BRACKET_ENDS)) for n in names):
        return {}
    keys = {qualify_org(b, ctx) for n in names for b in orgs.joint_bodies(n)}
    out = initials.expand_in_document(k for k in (*keys, ctx.issuer) if k)
    # The initials a name defines in brackets, "Phòng Kế hoạch tổng hợp (KHTH)": "KHTH" and "Phòng
    # KHTH" in the same document are that room (an initials word two names define is neither's).
    defined: dict[str, set[str]] = defaultdict(set)
    for n in names:
        if n.endswith(BRACKET_ENDS) and (d := initials.bracketed_alias(n, RESERVED_INITIALS)):
            full = qualify_org(d[0], ctx)
            for short in (d[1], f"{d[0].split(' ', 1)[0]} {d[1]}"):
                defined[qualify_org(short, ctx)].add(full)
    for short, fulls in defined.items():
        if len(fulls) == 1 and short not in fulls:
            out[short] = next(iter(fulls))
    return out


# The names a ministry's department reads as its ministry's letters do (``_qualify_org``): the
# ministry's other departments, its head and deputies, its office and inspectorate, its leadership.
READ_AS_MINISTRYS: tuple[str, ...] = (
    *orgs.MINISTRY_DEPARTMENT_WORDS, "Bộ trưởng", "Thứ trưởng", "Văn phòng Bộ", "Thanh tra Bộ", "Lãnh đạo Bộ", "Chánh Văn phòng",
)


def _ministry_of_department(issuer: str) -> str | None:
    """The ministry of an issuer that is one of its departments ("Vụ Kế hoạch - Tài chính (Bộ Y
    tế)" -> "Bộ Y tế"), else None."""
    if not issuer.startswith(orgs.MINISTRY_DEPARTMENT_WORDS):
        return None
    info = orgs.org_info(issuer)
    return info.part_of if info.rule == orgs.MINISTRY_DEPARTMENT_RULE else None


def _own_place(name: str, issuer: str | None, province: str | None, bare: bool = True) -> str:
    """A body named by its level word alone, or by the name of the issuer's own organs, is the one
    of the issuer's place, as "Ủy ban nhân dân tỉnh" is the document's province's:
    - "Hội đồng nhân dân xã" in a plan of the Front of "xã Lương Minh, tỉnh Quảng Ninh" ->
      "Hội đồng nhân dân xã Lương Minh, tỉnh Quảng Ninh" (a commune's document);
    - "Thường trực Hội đồng nhân dân" in a resolution of the Hội đồng nhân dân tỉnh Hà Giang ->
      "Thường trực Hội đồng nhân dân tỉnh Hà Giang" (a council's or committee's document);
    - "Hội Liên hiệp Phụ nữ thành phố" in a Hồ Chí Minh City document -> "… thành phố Hồ Chí Minh"
      (a body of which each province has one, named with the province's level word), and so
      "Các sở, ban, ngành thành phố" (a province's own bodies, listed).
    ``bare``: whether names without a level word ("Thường trực Đảng ủy", "Phòng Nội vụ") are read
    so too (not for a cited instrument's issuer)."""
    if not issuer:
        return name
    own, suffix = _issuer_commune(issuer)
    if name.endswith(COMMUNE_LEVEL_ENDS) and (level := COMMUNE_LEVEL_END.search(name)):
        if own is not None and own["level"] == level["level"]:
            return f"{name} {own['place']}{suffix}"
        return name
    if not bare:
        # A district's own council or committee by its level word, issuing an instrument its document
        # cites: "Kế hoạch số 130/KH-UBND … của Ủy ban nhân dân thành phố" in a report of the Ủy ban
        # nhân dân thành phố Hải Dương is its own (as "… xã" is the commune's, above).
        return _own_district_organ(name, issuer) or name
    if (title := _own_head_title(name, issuer)) is not None:
        # "Bộ trưởng" in a Bộ Y tế letter, "Giám đốc Sở" in a plan of the Sở Y tế tỉnh Kon Tum, "Chủ
        # tịch" in a resolution of the Hội đồng nhân dân tỉnh: the issuer's head, keyed as named in
        # full ("Bộ trưởng Bộ Y tế", "Giám đốc Sở Y tế tỉnh Kon Tum"), one node with those.
        return f"{title} {issuer}"
    if issuer.startswith(name) and (rest := issuer[len(name) :]).startswith(" ") and OWN_PLACE_REST.match(rest):
        # The issuer by its name without its place, in its own document: "Phòng Văn hóa và Thông tin"
        # in a plan of the Phòng Văn hóa và Thông tin huyện Phú Vang.
        return issuer
    if name in OWN_MINISTRY_OFFICES and issuer.startswith("Bộ ") and orgs.MINISTRY.match(issuer) and orgs.org_info(issuer).level == "central":
        # "Văn phòng Bộ" in a Bộ Y tế letter: the "Văn phòng Bộ Y tế" (graph.orgs.OFFICE_OF_MINISTRY).
        return f"{OWN_MINISTRY_OFFICES[name]} {issuer}"
    if own is not None and name in COMMUNE_OWN_ORGANS:
        # "Thường trực Đảng ủy", "Ủy ban bầu cử" in a commune's document: the commune's.
        return f"{name} {own.group(0)}{suffix}"
    if name == PARTY_COMMITTEE and issuer.startswith(BODIES_WITH_PARTY_COMMITTEE) and not issuer.endswith(")"):
        # "Đảng ủy" in a plan of the Bệnh viện Đa khoa tỉnh Sơn La: the hospital's party committee.
        return f"{name} {issuer}"
    if issuer.startswith(BODIES_WITH_PARTY_COMMITTEE) and not issuer.endswith(")") and (u := OWN_UNION.match(name)):
        # "Công đoàn cơ sở", "Đoàn Thanh niên Bệnh viện" in a plan of the Bệnh viện Đa khoa tỉnh Sơn La:
        # the hospital's (one trade union and one Youth Union branch to a body, however named).
        if u["kind"] is None or _fold_words(issuer).startswith(_fold_words(u["kind"]) + " "):
            return f"{OWN_UNION_KEYS[u['union'].casefold()]} {issuer}"
    if (state := STATE_BODY.match(issuer)) is not None:
        if name in OWN_ORGANS or name.endswith(OWN_ORGAN_ENDS):
            return f"{name} {state['place']}"
        if orgs.org_info(issuer).level == "district":
            # A district's document: its offices and the bodies named by the level word are the
            # district's: "Phòng Nội vụ" -> "Phòng Nội vụ huyện Đồng Văn", "Trung tâm Văn hóa -
            # Thông tin và du lịch huyện" -> "… huyện Đồng Văn".
            level, _, place = state["place"].partition(" ")
            if level in ("thị", "thành"):  # "thị xã Kỳ Anh", "thành phố Hải Dương" (a province's city)
                second, _, place = place.partition(" ")
                level = f"{level} {second}"
            if name.endswith(" " + level):
                return f"{name} {place}"
            if DISTRICT_UNIT.match(name):
                return f"{name} {state['place']}"
            if name in PROVINCE_LEVEL_PEERS or name.endswith(IN_THE_AREA_END):
                # "Hội Nông dân", "Đoàn Thanh niên", "Các cơ quan, đơn vị trên địa bàn" in a district's
                # plan: the district's.
                return f"{name} {state['place']}"
    if province:
        word = places.province_level_word(province)
        if name.endswith(" " + word.capitalize()):  # "Các sở, ban, ngành, đoàn thể Thành phố"
            name = name[: -len(word)] + word
        head = name[: -len(word) - 1]
        if name.endswith(" " + word) and (head in orgs.LOCAL_HEADS or head.startswith("Các ") or _own_level_body(head)):
            # "Các sở, ban, ngành thành phố" in a Hà Nội document: the city's; "Bộ Tư lệnh thành phố",
            # "Bưu điện thành phố" in a Hồ Chí Minh City one: the city's.
            return f"{name} {province}"
        if name.endswith(IN_THE_AREA_END) and _is_province_body(issuer, province):
            # "Các cơ quan báo chí đóng trên địa bàn" in a plan of the Ủy ban nhân dân tỉnh Bắc Ninh.
            return f"{name} {word} {province}"
        if "ác sở" in name and (c := orgs.PROVINCE_DEPARTMENTS.match(name)) and not c["place"] and _is_province_body(issuer, province):
            # "Các sở, ban, ngành", "Thủ trưởng các sở, ban, ngành cấp tỉnh" in a plan of the Ủy ban
            # nhân dân tỉnh Đắk Lắk (or of a department): the province's, as "… tỉnh Đắk Lắk" names them.
            return f"{c['collective']} {word} {province}"
    return name


# What follows a body's name in its key when it is its place: " huyện Phú Vang", " tỉnh Sơn La", " xã
# Hương Phong, huyện A Lưới, thành phố Huế" (a commune's district, where it tells it apart).
OWN_PLACE_REST = re.compile(
    r" (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu) [^,()]+"
    r"(?:, (?:huyện|quận|thị xã|thành phố) [^,()]+)?(?:, (?:tỉnh|thành phố) [^,()]+)?$"
)
# A ministry's office and inspectorate as its own letters name them -> how their keys start.
OWN_MINISTRY_OFFICES: dict[str, str] = {"Văn phòng Bộ": "Văn phòng", "Thanh tra Bộ": "Thanh tra"}
# One of a district's organs named by the district's level word alone: "Ủy ban nhân dân thành phố",
# "Hội đồng nhân dân huyện" (``_own_district_organ``).
OWN_DISTRICT_ORGAN = re.compile(
    r"^(?P<head>Hội đồng nhân dân|Thường trực Hội đồng nhân dân|Ủy ban nhân dân) (?P<level>huyện|quận|thị xã|thành phố)$"
)


@lru_cache(maxsize=NAME_CACHE)
def _issuer_commune(issuer: str) -> tuple[re.Match | None, str]:
    """The commune at the end of an issuer's name (``orgs.COMMUNE_END``, None if it names none) and
    the province (and district) written after it: "Ủy ban nhân dân xã Lương Minh, tỉnh Quảng Ninh" ->
    (… "xã Lương Minh", ", tỉnh Quảng Ninh"). Read from the issuer alone, memoised by it (``_own_place`` reads it
    for every name a document's issuer names)."""
    base = orgs.commune_part(issuer)
    suffix = issuer[len(base) :]
    if base.endswith(")") and " (" in base:
        # A commune told apart by its document, "Ủy ban nhân dân xã Tân Lập (Quyết định 15/QĐ-UBND
        # 2024)": its "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã" is of xã Tân Lập, told apart
        # as the issuer's other bodies are (``_qualified_key``).
        base, suffix = base[: base.index(" (")], ""
    return orgs.COMMUNE_END.search(base), suffix


def _own_district_organ(name: str, issuer: str) -> str | None:
    """The issuer's district, for one of its organs named with the district's level word alone:
    "Ủy ban nhân dân thành phố" in a document of the Ủy ban nhân dân thành phố Hải Dương (a
    province's city) -> "Ủy ban nhân dân thành phố Hải Dương"; None for any other name or issuer."""
    m = OWN_DISTRICT_ORGAN.match(name)
    if m is None or (state := STATE_BODY.match(issuer)) is None:
        return None
    if state["place"].startswith(m["level"] + " ") and orgs.org_info(issuer).level == "district":
        return f"{m['head']} {state['place']}"
    return None


# The heads of an issuer named by their title alone in its own document, by the kind of the issuer
# (how its name starts): the title -> how the head's key starts, before the issuer's name.
OWN_HEAD_TITLES: dict[str, dict[str, str]] = {
    "Bộ ": {"Bộ trưởng": "Bộ trưởng", "Bộ trưởng Bộ": "Bộ trưởng", "Chánh Văn phòng": "Chánh Văn phòng", "Chánh Văn phòng Bộ": "Chánh Văn phòng"},
    # The head of a ministry's office in the office's own letter: "Chánh Văn phòng Bộ" of the Văn
    # phòng Bộ Công an -> "Chánh Văn phòng Bộ Công an" (graph.orgs.OFFICE_OF_MINISTRY).
    "Văn phòng Bộ ": {"Chánh Văn phòng": "Chánh", "Chánh Văn phòng Bộ": "Chánh"},
    "Sở ": {"Giám đốc": "Giám đốc", "Giám đốc Sở": "Giám đốc", "Phó Giám đốc": "Phó Giám đốc", "Phó Giám đốc Sở": "Phó Giám đốc"},
    "Ủy ban nhân dân ": {
        "Chủ tịch": "Chủ tịch", "Phó Chủ tịch": "Phó Chủ tịch",
        "Chánh Văn phòng": "Chánh Văn phòng", "Phó Chánh Văn phòng": "Phó Chánh Văn phòng",
    },
    "Hội đồng nhân dân ": {"Chủ tịch": "Chủ tịch", "Phó Chủ tịch": "Phó Chủ tịch"},
}

# Every title of OWN_HEAD_TITLES: a name none of them ("Sở Y tế", "Các xã") is no head's title.
OWN_HEAD_TITLE_NAMES: frozenset[str] = frozenset(t for titles in OWN_HEAD_TITLES.values() for t in titles)


def _own_head_title(name: str, issuer: str) -> str | None:
    """The title ``name`` gives the issuer's head, when it names nothing else (OWN_HEAD_TITLES): "Bộ
    trưởng" of a ministry ("Bộ trưởng" of a "Bộ Chỉ huy" is not), "Giám đốc" of a department."""
    if name not in OWN_HEAD_TITLE_NAMES or issuer.endswith(")"):
        return None
    for kind, titles in OWN_HEAD_TITLES.items():
        if issuer.startswith(kind) and name in titles:
            if kind in ("Bộ ", "Văn phòng Bộ "):
                ministry = issuer[len(kind) - len("Bộ ") :]
                return titles[name] if orgs.MINISTRY.match(ministry) and orgs.org_info(ministry).level == "central" else None
            if kind in ("Ủy ban nhân dân ", "Hội đồng nhân dân ") and not STATE_BODY.match(issuer):
                return None
            if "Văn phòng" in name and orgs.org_info(issuer).level != "province":
                return None  # a commune's office is its council's and committee's, named otherwise
            return titles[name]
    return None


def _fold_words(name: str) -> str:
    return normalize_tones(name).casefold()


def _own_level_body(head: str) -> bool:
    """Whether ``head`` and the level word of the document's province after it name the province's
    body: "Bộ Tư lệnh" (thành phố), "Bưu điện" (thành phố), "Trung tâm Chuyển đổi số" (thành phố) in
    a Hồ Chí Minh City document; not "Ủy ban nhân dân các quận, huyện," (thành phố), "Hội đồng nhân
    dân cấp" (tỉnh)."""
    return head[:1].isupper() and " " in head and not head.endswith(NOT_OWN_LEVEL_BODY_ENDS)


def _below_district(issuer: str, province: str, district: str) -> bool:
    """Whether a document's issuer is a body below a district, of that district: a commune's body, a
    school or a commune health station (not a hospital, whose rooms are named as a district's offices are)."""
    if issuer.endswith(")"):
        return False
    info = orgs.org_info(issuer, province, district)
    if info.district != district:
        return False
    return info.level == "commune" or orgs.SCHOOL.match(issuer) is not None or orgs.HEALTH_STATION.match(issuer) is not None


def _is_province_body(issuer: str, province: str) -> bool:
    """Whether a document's issuer is a body of the province as a whole (its people's committee, a
    department, its party committee…), whose documents name the province's peers by their bare names."""
    info = orgs.org_info(issuer, province)
    return info.level == "province" and info.province == province


def _qualified_key(n: str, issuer: str | None, province: str | None, district: str | None) -> str:
    if (issuer and orgs.with_province(n, province) == issuer) or orgs.is_qualified(orgs.with_province(n, province)):
        return n
    if issuer and n.endswith(" " + issuer) and not issuer.endswith(")") and n.startswith(OWN_BODY_OF_ISSUER):
        # "Đảng ủy Bệnh viện Đa khoa Nà Chì", "Công đoàn Bệnh viện Đa khoa Nà Chì" in the hospital's
        # own plan: named with the issuer, told apart as the issuer is.
        return n
    if province and (BARE_DEPARTMENT.match(n) or n in PROVINCE_ONLY_BODIES or (
        n in PROVINCE_LEVEL_PEERS and issuer and _is_province_body(issuer, province)
    )):
        return f"{n} {places.province_level_word(province)} {province}"
    m = orgs.UNIT_OF_BODY.match(n)
    if m and province and BARE_DEPARTMENT.match(m["body"]):
        return f"{n} {places.province_level_word(province)} {province}"
    if district and orgs.DISTRICT_OFFICE.match(n) and n.endswith(" huyện"):
        return f"{n} {district}"
    if district and province and issuer and n.startswith("Phòng ") and DISTRICT_UNIT.match(n) and orgs.is_office_of_place(n) and (
        _below_district(issuer, province, district)
    ) and (level := places.district_level(district, province)):
        # "Phòng Giáo dục và Đào tạo" in a plan of a school or commune of huyện Xín Mần (before 2025):
        # the district's office, "Phòng Giáo dục và Đào tạo huyện Xín Mần".
        return f"{n} {level} {district}"
    # A body named by its level word alone takes the document's place, as the issuer's own name
    # does: "Bộ Chỉ huy Quân sự tỉnh" in a Nghệ An plan -> "… tỉnh Nghệ An".
    if (province or district) and (" các " in n or ", " in n) and COLLECTIVE_LEVELS_END.search(n):
        pass  # the bodies of all provinces, named in the place of one: no place added
    elif (province or district) and (q := qualify_in(n, province, district, issuer)) != n:
        return q
    if issuer and n.startswith(OFFICE_WORDS) and (room := _department_room(n, issuer)):
        return room
    if issuer:
        if n.endswith(" " + issuer) and n.startswith(UNIT_WORDS) and not n[: -len(issuer) - 1].endswith(LINK_WORD_ENDS):
            # "Vụ trưởng Vụ Tổ chức cán bộ Bộ Y tế" in a Bộ Y tế letter: the unit named with its issuer,
            # told apart by it as the letter's "Vụ trưởng Vụ Tổ chức cán bộ" is (not "Các đơn vị
            # trực thuộc Bộ Y tế", whose words link it to the issuer).
            n = n[: -len(issuer) - 1]
        return f"{n} ({issuer})"
    return n


# How the name of a unit or the head of one starts (``_qualified_key``): "Vụ trưởng Vụ …", "Phòng …".
UNIT_WORDS: tuple[str, ...] = ("Vụ ", "Cục ", "Vụ trưởng ", "Cục trưởng ", "Phó Vụ trưởng ", "Phó Cục trưởng ", "Phòng ", "Khoa ", "Trưởng phòng ", "Trưởng khoa ")
# Words that link a name to the body after it, which is then no part of the name: "… trực thuộc Bộ Y tế".
LINK_WORD_ENDS: tuple[str, ...] = (" thuộc", " của", " với", " và", " các", ",")


# How a department's own offices are named in its documents, without the department.
OFFICE_WORDS: tuple[str, ...] = ("Phòng ", "Văn phòng Sở", "Thanh tra Sở")
# A room of a department, one, named without its place: "Phòng Nghiệp vụ Y", "Phòng Tổ chức - Hành
# chính", "Phòng Giáo dục Trung học" (not a list, "Phòng Kinh tế/ Phòng …", nor a place's office).
DEPARTMENT_ROOM = re.compile(rf"^Phòng (?-i:[{UPPER_LETTERS}])[^,;/()&]*$")


def _department_room(name: str, issuer: str) -> str | None:
    """The key of an office of the department that issues a document, named alone in it, as the
    text names it with its department: "Phòng Nghiệp vụ Y" in a plan of the Sở Y tế tỉnh Kon Tum
    -> "Phòng Nghiệp vụ Y, Sở Y tế tỉnh Kon Tum" (one node with "Phòng Nghiệp vụ Y - Sở Y tế" of
    another of its plans); "Văn phòng Sở" -> "Văn phòng Sở Y tế tỉnh Kon Tum". None for a district's
    office ("Phòng Lao động - Thương binh và Xã hội" in the Sở's letter to the districts), another
    body's room ("Phòng Cảnh sát giao thông"), or an issuer that is not a province's department."""
    if orgs.PROVINCE_DEPARTMENT.match(issuer) is None or issuer.endswith(")"):
        return None
    if name in ("Văn phòng Sở", "Thanh tra Sở"):
        return f"{name}{issuer[len('Sở'):]}"
    if DEPARTMENT_ROOM.match(name) and DISTRICT_UNIT.match(name) and not orgs.is_office_of_place(name):
        return f"{name}, {issuer}"
    return None


# ---------------------------------------------------------------- assembly


@dataclass
class Assembly:
    """Nodes proposed per key (several documents may describe one node) and edges.

    ``assemble_source`` makes its nodes, edges and evidence through the methods below, so that
    ``graph.incremental`` can assemble one document straight into plain data (its fragment)
    without building, validating and then taking apart ~150 models per document."""

    docs: dict[str, list[DocumentNode]] = field(default_factory=lambda: defaultdict(list))
    orgs: dict[str, list[OrganizationNode]] = field(default_factory=lambda: defaultdict(list))
    tasks: dict[str, TaskNode] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    contexts: dict[str, DocContext] = field(default_factory=dict)
    # citing document key -> [(target key, evidence, basis)] of its stated and body IMPLEMENTS
    follows: dict[str, list[tuple[str, Evidence, str]]] = field(default_factory=lambda: defaultdict(list))

    def evidence(self, source: str | None = None, start: int | None = None, end: int | None = None,
                 quote: str | None = None) -> Evidence:
        return Evidence(source=source, start=start, end=end, quote=quote)

    def add_doc(self, **fields) -> None:
        self.docs[fields["key"]].append(DocumentNode(**fields))

    def add_org(self, **fields) -> None:
        self.orgs[fields["key"]].append(OrganizationNode(**fields))

    def add_task(self, **fields) -> None:
        self.tasks[fields["key"]] = TaskNode(**fields)

    def add_edge(self, model: type[Edge], source: str, target: str, evidence: Evidence, **fields) -> None:
        self.edges.append(model(source=source, target=target, evidence=evidence, **fields))


def _doc_label(doc_type: str | None, number: str | None, symbol: str | None, name: str | None) -> str:
    ns = number_symbol(number, symbol) if number else None
    if ns:
        return f"{doc_type or 'Văn bản'} {ns}"
    return (name or doc_type or "Văn bản")[:80]


def _add_org(a: Assembly, name: str, role: str, ctx: DocContext) -> str:
    key = org_key(name)
    info = orgs.org_info(key, ctx.province, ctx.district)
    aliases = list(ctx.aliases.get(key, ())) if ctx.aliases else []
    grouping = groups.group_role(key, ctx.province, ctx.district)
    a.add_org(key=key, label=key, name=key, level=info.level, province=info.province, district=info.district,
              roles=[role, grouping] if grouping else [role], defunct=info.defunct, aliases=aliases)
    return key


def _cite_key(c: Citation, ctx: DocContext, aliases: dict[tuple, str]) -> tuple[str, str | None]:
    """The key of a cited instrument and its canonical issuer; of a joint one, the first it names
    ("Nghị quyết liên tịch số 102/2025/NQLT-… của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ
    tịch …": the Ủy ban Thường vụ Quốc hội's, one node whichever document cites it)."""
    era = _document_era(c, ctx.era)
    issuer = qualify_org(_issuer_bodies(c)[0], ctx, cited=True, era=era) if c.issuer else None
    if issuer and issuer.endswith(")") and (head := series_head(c.symbol)):
        # "Thông tri số 04/TT-MTTW-BTT … của Uỷ ban MTTQ Việt Nam" in a commune's plan: the
        # symbol names the central body the bare name could not be told to be.
        issuer = head
    year = _dated_year(c)
    if c.number:
        if not c.symbol:
            alias = aliases.get((c.doc_type, number_id(c.number)))
            if alias:
                return alias, issuer
        return numbered_key(c.doc_type, c.number, c.symbol, year, series_owner(issuer), cited_in=ctx.key), issuer
    if c.doc_type == "Nghị quyết" and issuer and issuer.startswith(CONGRESS_WORDS):
        # A congress passes one resolution, named in many ways: "Nghị quyết Đại hội đại biểu toàn
        # quốc lần thứ XIII của Đảng", "Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII", "Nghị quyết
        # Đại hội XIII": one key, by the congress (the ordinal tells it, with or without a year).
        return unnumbered_key(c.doc_type, issuer, None, f"Nghị quyết {issuer}"), issuer
    name = charter_name(c.surface) if c.doc_type == CHARTER_TYPE else c.surface
    return unnumbered_key(c.doc_type, issuer, year, name), issuer


def assemble_source(a: Assembly, src: SourceDocument) -> None:
    r = src.record
    h: Header = r.document
    province, district = _context_place(r)
    era = _record_era(r)
    raw_ctx = DocContext(key="", issuer=None, province=province, district=district, year=None, era=era)
    issuer_name, issuer_parent = _header_issuer(h.issuer, h.issuer_parent)
    if issuer_name and not _names_a_body(issuer_name):
        issuer_name, issuer_parent = None, None
    # A joint instrument's issuers ("Ủy ban nhân dân và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk
    # Lắk"): the first keys the document, each issues it.
    joint = [qualify_org(b, raw_ctx) for b in orgs.joint_bodies(issuer_name)] if issuer_name else []
    issuer = joint[0] if joint else None
    if issuer and issuer_parent and orgs.is_department_name(issuer) and "(" not in issuer:
        # "BỘ Y TẾ / VỤ KẾ HOẠCH - TÀI CHÍNH": the department keyed with its ministry, as the
        # ministry's letters name it ("Vụ Kế hoạch - Tài chính (Bộ Y tế)"), not bare (every
        # ministry has a Vụ Kế hoạch - Tài chính).
        ministry = qualify_org(issuer_parent, raw_ctx)
        if orgs.is_ministry_level(ministry):
            issuer = joint[0] = orgs.unit_of_ministry(f"{issuer} ({ministry})") or issuer
    own_name = None
    if issuer and _unplaced(issuer, province):
        own_name, issuer = issuer, f"{issuer} ({_own_scope(r, province)})"
    key = document_own_key(r, issuer)
    year = _dated_year(h)
    ctx = DocContext(key=key, issuer=issuer, province=province, district=district, year=year, era=era, own_name=own_name,
                     scope=None if issuer else _own_scope(r, province))
    names = _names_in(r)
    ctx.initials = _initials_in_document(names, ctx)
    ctx.aliases = _aliases_in_document(names, ctx)
    a.contexts[key] = ctx
    a.add_doc(
        key=key, label=_doc_label(h.doc_type, h.number, h.symbol, h.title or r.file),
        doc_type=h.doc_type, number=h.number, symbol=canonical_symbol(h.symbol), year=year, date=h.date,
        issuer=issuer, title=h.title, status="loaded", file=r.file, province=province,
    )
    if issuer:
        for body in dict.fromkeys([issuer, *joint[1:]]):
            _add_org(a, body, "issuer", ctx)
            a.add_edge(IssuedBy, source=key, target=body, basis="header", evidence=a.evidence(source=key, quote=h.issuer))
        if issuer_parent and orgs.CENTRAL_PARENTS.get(issuer, "") is not None:
            parent = qualify_org(issuer_parent, ctx)
            relation = _header_relation(issuer, parent, province, district) if parent != issuer else None
            if relation is not None:
                _add_org(a, parent, "parent", ctx)
                a.add_edge(relation, source=issuer, target=parent, basis="header",
                           evidence=a.evidence(source=key, quote=h.issuer_parent))

    # Citations: "Chỉ thị số 33" in a document that defined 33/CT-TTg is the same instrument.
    aliases: dict[tuple, str] = {}
    cite_keys: list[str] = []
    # The keys of the citations with a number and a symbol, which read no alias: made once, here.
    symbolled: dict[int, tuple[str, str | None]] = {}
    for i, c in enumerate(r.cites):
        if c.number and c.symbol:
            symbolled[i] = got = _cite_key(c, ctx, {})
            k = got[0]
            dtype = instrument_type(c.symbol, c.doc_type)
            aliases.setdefault((dtype, number_id(c.number)), k)
            aliases.setdefault((c.doc_type, number_id(c.number)), k)
    for i, c in enumerate(r.cites):
        k, cissuer = symbolled.get(i) or _cite_key(c, ctx, aliases)
        cite_keys.append(k)
        ev = a.evidence(source=key, start=c.start, end=c.end, quote=c.surface)
        if k != key:
            year = _dated_year(c)
            dtype = instrument_type(c.symbol, c.doc_type)
            a.add_doc(
                key=k, label=_doc_label(dtype, c.number, c.symbol, c.surface),
                doc_type=dtype, number=c.number, symbol=canonical_symbol(c.symbol),
                year=year, date=c.date, issuer=cissuer, title=c.title,
                status="cited" if c.number else "placeholder", surfaces=[c.surface],
            )
            a.add_edge(Cites, source=key, target=k, evidence=ev)
            for body in _cite_issuers(c, cissuer, ctx):
                _add_org(a, body, "issuer", ctx)
                a.add_edge(IssuedBy, source=k, target=body, basis="citation", evidence=ev)
    squashed_title = _squash(h.title or "")
    # Keys this document itself proposed (a per-document test, so the result is order-free).
    proposed = {key, *(k for k in cite_keys if k != key)}
    by_identity = {_cite_identity(c): k for c, k in zip(r.cites, cite_keys)}
    for c in r.implements:
        k = by_identity.get(_cite_identity(c)) or _cite_key(c, ctx, aliases)[0]
        if k == key:
            continue
        basis = "title" if c.surface and _squash(c.surface) in squashed_title else "preamble"
        ev = a.evidence(source=key, start=c.start, end=c.end, quote=c.surface)
        if k not in proposed:  # implemented but not among cites (an extractor slip): still a node
            a.add_doc(key=k, label=_doc_label(c.doc_type, c.number, c.symbol, c.surface),
                      doc_type=c.doc_type, number=c.number, symbol=canonical_symbol(c.symbol),
                      year=c.year, date=c.date, status="cited" if c.number else "placeholder",
                      surfaces=[c.surface])
            proposed.add(k)
        a.add_edge(Implements, source=key, target=k, basis=basis, stated=True, evidence=ev)
        a.follows[key].append((k, ev, basis))
    for b in src.body_refs:
        if b.cite >= len(cite_keys) or cite_keys[b.cite] == key:
            continue
        k = cite_keys[b.cite]
        ev = a.evidence(source=key, start=b.start, end=b.end, quote=b.quote)
        a.add_edge(Implements, source=key, target=k, basis="body", stated=False, evidence=ev)
        a.follows[key].append((k, ev, "body"))

    for rep in r.reports_to:
        ev = a.evidence(source=key, start=rep.start, end=rep.end, quote=rep.evidence)
        # A duty's sender and addressee are each written as one phrase, which may list several
        # bodies ("gửi Bộ Công an, Ủy ban nhân dân tỉnh"): one REPORTS_TO per sender and addressee.
        senders = [qualify_org(n, ctx) for n in _bodies(rep.from_)] if rep.from_ else [issuer]
        targets: list[str | None] = [qualify_org(n, ctx) for n in _bodies(rep.to)] if rep.to else [None]
        for frm in senders:
            for to in targets:
                basis = "text"
                if to is None and frm and frm == issuer:
                    to = orgs.superior(issuer, province, district)
                    basis = "hierarchy"
                if not frm or not to or frm == to:
                    continue
                _add_org(a, frm, "reporter", ctx)
                _add_org(a, to, "report_target", ctx)
                a.add_edge(ReportsTo, source=frm, target=to, basis=basis, deadline=rep.deadline,
                           recurrence=rep.recurrence, evidence=ev)

    for i, t in enumerate(r.tasks):
        tk = task_key(key, t.section, i)
        a.add_task(key=tk, label=t.text_start[:80], document=key, section=t.section,
                   text_start=t.text_start, text=t.text, deadline=t.deadline)
        ev = a.evidence(source=key, start=t.start, end=t.end, quote=t.text_start)
        a.add_edge(HasTask, source=key, target=tk, evidence=ev)
        for ok in dict.fromkeys(qualify_org(b, ctx) for who in t.assigned_to for b in orgs.joint_bodies(who)):
            if ok:
                _add_org(a, ok, "assignee", ctx)
                a.add_edge(AssignedTo, source=tk, target=ok, evidence=ev)

    for rc in bodies_named(r.recipients):  # "Như Điều 3": the bodies the article charges
        if rc.purpose in NOT_A_BODY_PURPOSES:
            continue
        for ok in dict.fromkeys(qualify_org(b, ctx) for b in orgs.joint_bodies(rc.name)):
            if not ok:
                continue
            _add_org(a, ok, "recipient", ctx)
            a.add_edge(SentTo, source=key, target=ok, purpose=rc.purpose, basis="nơi nhận",
                       evidence=a.evidence(source=key, quote=rc.name))


def _header_issuer(issuer: str | None, parent: str | None) -> tuple[str | None, str | None]:
    """A header's issuer and its parent, read as one body when together they name a central body
    (a two-line name cut in two: "ỦY BAN THƯỜNG VỤ / QUỐC HỘI" read as "Quốc hội" under "Ủy ban
    thường vụ" is the "Ủy ban Thường vụ Quốc hội", under nobody)."""
    if issuer and parent:
        joined = orgs.central_spelling(f"{parent} {issuer}")
        if joined in orgs.CENTRAL_PARENTS or joined in orgs.MINISTRIES:
            return joined, None
    return issuer, parent


# What a document's name starts with (the extractor's type words, and kinds of rules it does not
# type): a header's issuer that starts so names a document ("Thể lệ", "Quy chế làm việc").
DOCUMENT_WORDS: tuple[str, ...] = (*TYPE_WORDS, "thể lệ", "nội quy")


def _names_a_body(name: str) -> bool:
    """Whether a header's issuer names a body, not a document: "Quy chế làm việc", "Thể lệ" read
    as the issuer of a header whose issuer was lost name no one, and would join documents of
    unrelated bodies under one key."""
    folded = name.casefold()
    return not any(folded == w or folded.startswith(w + " ") for w in DOCUMENT_WORDS)


def _header_relation(issuer: str, parent: str, province: str | None, district: str | None) -> type[Edge] | None:
    """How a header's issuer stands to the body on the line above it, so that a body has one
    parent relation: PART_OF when the rules make it part of that body ("Phòng Văn hóa và Thông tin
    huyện Phú Vang" of the Ủy ban nhân dân huyện) or its name is a unit's name followed by that
    body's ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh, …", "Văn phòng Bộ Công
    an"); UNDER otherwise; none when the rules place it under another body ("ĐẢNG BỘ TỈNH TRÀ VINH"
    above "HUYỆN ỦY CÀNG LONG", whose parent the rules give as the Tỉnh ủy Trà Vinh)."""
    info = orgs.org_info(issuer, province, district)
    if info.part_of == parent or (info.parent != parent and issuer.endswith(" " + parent)):
        return PartOf
    if info.parent in (None, parent) and info.part_of is None:
        return Under
    return None


def _unplaced(name: str, province: str | None) -> bool:
    """Whether a document's issuer, as its header names it, is one of many bodies of that name:
    - only the head of a local body's name, with at most its level word: "Ủy ban nhân dân", "Ủy ban
      nhân dân thành phố" (a header whose second line, the place, was lost): each province,
      district and commune has one; so a hospital or centre named by a kind provinces and districts
      each have ("Bệnh viện Đa khoa", "Trung tâm Y tế", ``orgs.KIND_ONLY_FACILITY``);
    - a commune's or district's body or a school, in a document that gives no province: "Ủy ban nhân
      dân xã Xuân Phú" (a dozen provinces have a xã Xuân Phú), "Ủy ban nhân dân huyện Châu Thành",
      "Trường Trung học cơ sở Mông Ân", "Bệnh viện Mắt" (``orgs.GENERIC_FACILITY``)."""
    if m := PLACELESS_LEVEL.search(name):
        if name[: m.start()] in orgs.LOCAL_HEADS:
            return True
    if name in orgs.LOCAL_HEADS or orgs.KIND_ONLY_FACILITY.match(name):
        return True
    if name.startswith("Vụ ") and orgs.is_department_name(name) and not name.endswith(")"):
        # A ministry's department whose header lost its ministry, "Vụ Kế hoạch - Tài chính": every
        # ministry has one of that name.
        return True
    if province is None and not name.endswith(")"):
        if orgs.GENERIC_FACILITY.match(name):
            return True  # "Bệnh viện Mắt" of a document that names no province
        if (PLACELESS_LEVEL.search(name) and not name.endswith(COOPERATIVE)) or name.endswith(PLACELESS_PARTY_COMMITTEES):
            # "Bệnh viện Đa khoa tỉnh", "Ban Thường vụ Tỉnh ủy" heading a document that names no
            # province: every province has one.
            return True
        info = orgs.org_info(name)
        return (info.level in ("commune", "district") or orgs.SCHOOL.match(name) is not None) and info.province is None
    return False


def _own_scope(record: DocumentRecord, province: str | None) -> str:
    """What a placeless issuer is told apart by: its own document (and the province it is in, when
    known), "Kế hoạch 54/KH-UBND 2020, Lạng Sơn", so that two places' "Ủy ban nhân dân" never merge."""
    h = record.document
    year = _dated_year(h)
    if h.number and h.symbol:
        what = f"{instrument_type(h.symbol, h.doc_type) or 'Văn bản'} {number_symbol(h.number, h.symbol)}"
    else:
        title = (h.title or record.file)[:60].rstrip(" ,;:-")
        what = f"{h.doc_type or 'Văn bản'} {title}"
    parts = [f"{what} {year}" if year else what]
    if province:
        parts.append(province)
    return ", ".join(parts)


def _cite_issuers(c: Citation, issuer: str | None, ctx: DocContext) -> list[str]:
    """The bodies that issued a cited instrument: its issuer, or each of a joint instrument's
    ("Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc
    Việt Nam", noted by the extractor as joint issuers), each its own body."""
    if not issuer or not c.issuer:
        return [issuer] if issuer else []
    era = _document_era(c, ctx.era)
    return list(dict.fromkeys([issuer, *(qualify_org(b, ctx, cited=True, era=era) for b in _issuer_bodies(c)[1:])]))


def _issuer_bodies(c: Citation) -> list[str]:
    """The bodies a citation's issuer names: each of a joint instrument's, as the extractor notes
    them, or two of one place written together ("Ủy ban nhân dân và Ủy ban Mặt trận Tổ quốc Việt
    Nam tỉnh"); else the one."""
    assert c.issuer
    if c.note and (JOINT_ISSUERS_NOTE in c.note or JOINT_INFERRED_NOTE in c.note):
        return _bodies(c.issuer)
    return orgs.joint_bodies(c.issuer)


def _bodies(phrase: str) -> list[str]:
    """The bodies a sender or addressee phrase names (``parties.split_names``: a unit and its
    parent, "Phòng Tổ chức cán bộ, Sở Y tế", stay one; ``orgs.joint_bodies``: two bodies of one
    place, "Ủy ban bầu cử tỉnh, Hội đồng Thi đua - Khen thưởng tỉnh", are two)."""
    return [b for name in (split_names(phrase) or [phrase]) for b in orgs.joint_bodies(name)]


def _squash(s: str) -> str:
    """A text without its spaces (any whitespace: the characters ``\\s`` matches, which ``str.split``
    splits at), in lower case, to find a citation in a title however the lines broke it."""
    return "".join(s.split()).lower()


def add_hierarchy(a: Assembly) -> None:
    """Each body's parent, the body it is part of, and its 2025 successor, up to the top."""
    contexts = {key: (nodes[0].province, nodes[0].district) for key, nodes in a.orgs.items()}
    made, edges = hierarchy(contexts)
    for key, node in made.items():
        a.orgs[key].append(node)
    a.edges.extend(edges)


@lru_cache(maxsize=None)
def _hierarchy_links(name: str, province: str | None, district: str | None) -> tuple:
    """The rule edges of one body in its context, and (target, node made for it, its context)."""
    info = orgs.org_info(name, province, district)
    out = []
    for target, model in ((info.parent, Under), (info.part_of, PartOf), (info.successor, SucceededBy)):
        if not target or target == name:
            continue
        tinfo = orgs.org_info(target, info.province, None)
        node = OrganizationNode(key=target, label=target, name=target, level=tinfo.level, province=tinfo.province,
                                district=tinfo.district, roles=["successor" if model is SucceededBy else "parent"],
                                defunct=tinfo.defunct)
        rule = "2025 reorganisation" if model is SucceededBy else info.rule
        edge = model(source=name, target=target, basis="rule", evidence=Evidence(quote=rule))
        out.append((target, edge, node, (tinfo.province, tinfo.district)))
    if (right := orgs.misspelled_place(name)) is not None:
        # "Ủy ban nhân dân tỉnh Hà Giag": the body of the place one letter from it, a candidate only.
        out.append(_candidate(name, right, orgs.MISSPELLED_PLACE_RULE))
    for right in orgs.era_candidates(name):
        # "Ủy ban nhân dân xã Lương Minh, tỉnh Quảng Ninh (…)" of an undated document: the 2025 commune or
        # the one of huyện Ba Chẽ before it, each a candidate only.
        out.append(_candidate(name, right, orgs.ERA_CANDIDATE_RULE))
    return tuple(out)


def _candidate(name: str, right: str, rule: str) -> tuple:
    """``_hierarchy_links``' entry of a body ``name`` may be, by ``rule``: a SAME_AS_CANDIDATE edge, never a merge."""
    tinfo = orgs.org_info(right, None, None)
    node = OrganizationNode(key=right, label=right, name=right, level=tinfo.level, province=tinfo.province,
                            district=tinfo.district, roles=["candidate"], defunct=tinfo.defunct)
    edge = SameAsCandidate(source=name, target=right, basis=rule, evidence=Evidence(quote=rule))
    return right, edge, node, (tinfo.province, tinfo.district)


def hierarchy(contexts: dict[str, tuple[str | None, str | None]], names: list[str] | None = None) -> tuple[dict[str, OrganizationNode], list[Edge]]:
    """From bodies named by documents (key -> the (province, district) of its first proposal):
    the bodies the rules add above them (key -> node) and the rule edges, up to the top.
    ``names``: the keys of ``contexts`` sorted, when the caller keeps them so (sorting them
    again was half of this function's time in an incremental load)."""
    made, edges, contexts, _ = walk_hierarchy(contexts, names)
    edges.extend(groups.member_edges(contexts))
    return made, edges


def walk_hierarchy(contexts: dict[str, tuple[str | None, str | None]], names: list[str] | None = None,
                   links: Callable[[str, str | None, str | None], tuple] = _hierarchy_links,
                   ) -> tuple[dict[str, OrganizationNode], list[Edge], dict[str, tuple], dict[str, tuple]]:
    """``hierarchy`` without the MEMBER_OF edges: the bodies made (a body the rules add takes the
    context its first link in this walk gives it), the rule edges, the context of every body
    (named and made) and each body's links (``links(name, province, district)``:
    ``_hierarchy_links``, or what a caller kept of it)."""
    contexts = dict(contexts)
    made: dict[str, OrganizationNode] = {}
    edges: list[Edge] = []
    walked: dict[str, tuple] = {}
    todo = list(names) if names is not None else sorted(contexts)
    while todo:
        name = todo.pop()
        if name in walked:
            continue
        province, district = contexts.get(name, (None, None))
        walked[name] = out = links(name, province, district)
        for target, edge, node, tctx in out:
            if target not in contexts:
                made[target] = node
                contexts[target] = tctx
            edges.append(edge)
            if target not in walked:  # most bodies' parents are seen already: popped only to be skipped
                todo.append(target)
    return made, edges, contexts, walked


def assemble(sources: Iterable[SourceDocument]) -> Assembly:
    a = Assembly()
    for src in sorted(sources, key=lambda s: (s.file, s.digest)):
        assemble_source(a, src)
    add_hierarchy(a)
    return a


def build_graph(sources: Iterable[SourceDocument]) -> nx.MultiDiGraph:
    """The resolved graph of all sources. Deterministic and independent of their order."""
    from vanban.graph.resolve import resolve

    return resolve(assemble(sources))


def graph_from_records(records: Iterable[DocumentRecord], texts: dict[str, Text] | None = None) -> nx.MultiDiGraph:
    """Convenience: records (with their texts, by file name, when known) -> resolved graph."""
    texts = texts or {}
    return build_graph(prepare(r, texts.get(r.file)) for r in records)


def to_networkx(nodes: Iterable[Node], edges: Iterable[Edge]) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for n in sorted(nodes, key=lambda n: n.key):
        g.add_node(n.key, **n.attrs())
    for e in sorted(edges, key=lambda e: e.id):
        if e.source in g and e.target in g:
            g.add_edge(e.source, e.target, key=e.id, **e.attrs())
    return g


def load_source(path, data: bytes | None = None) -> SourceDocument:
    """Read and extract one file, keeping what the graph needs from its text.

    ``data``: the file's bytes when the caller has read them already (``prepare_file`` reads
    them for the content key), so the file is not read twice.
    Raises ``LoadFailure`` with the extractor's one-line reason when the file cannot be read.
    The source is identified by its absolute path; the document node keeps the file name.
    """
    from pathlib import Path

    from vanban.loaders.extract import extract
    from vanban.loaders.load import load_document
    from vanban.loaders.read import path_text, read_bytes, read_file
    from vanban.loaders.records import LoadError, LoadFailure

    try:
        text = read_file(path) if data is None else read_bytes(data, name=path_text(Path(path).name))
        record = extract(text)
    except Exception:  # noqa: BLE001 - the loader's own boundary words the reason
        result = load_document(path)
        raise LoadFailure(result.reason if isinstance(result, LoadError) else "extraction failed") from None
    src = prepare(record, text)
    return src.model_copy(update={"file": path_text(Path(path).resolve())})


def _load_one(path) -> SourceDocument | LoadError:
    from vanban.loaders.records import LoadFailure

    try:
        return load_source(path)
    except LoadFailure as e:
        return LoadError(file=str(path), reason=e.reason)


def _load_many(paths) -> list[SourceDocument | LoadError]:
    return [_load_one(p) for p in paths]


# Files per task sent to a worker, and tasks in flight per worker: bounded, so documents read
# ahead of a slower writer do not pile up in memory, yet enough (2,048 documents per worker) that
# the workers go on extracting while the writer checkpoints the store (tens of seconds at 100,000
# documents; with 512 a worker waited, and a core idled, through most of each checkpoint).
# Results wait pickled (~36 KB per full plan, against ~140 KB as objects): ~150 MB in all.
TASK_FILES = 16
TASKS_AHEAD = 128


def bounded_map(pool, fn, items: list, chunk: int, ahead: int) -> Iterator:
    """``fn`` over ``items`` in chunks on ``pool``, results in order, with at most ``ahead``
    chunks in flight (``pool.map`` submits everything at once, and results pile up in memory
    while a slower consumer writes). ``fn`` takes a list of items and returns a list."""
    from collections import deque

    tasks = [items[i : i + chunk] for i in range(0, len(items), chunk)]
    pending = deque(pool.submit(fn, t) for t in tasks[:ahead])
    nxt = len(pending)
    while pending:
        done = pending.popleft().result()
        if nxt < len(tasks):
            pending.append(pool.submit(fn, tasks[nxt]))
            nxt += 1
        yield from done


def map_files(one: Callable, many: Callable, paths, jobs: int = 1) -> Iterator:
    """``one`` over ``paths`` in the order given, on ``jobs`` worker processes when there are
    several (``many`` is ``one`` over a list, run in a worker), with at most
    ``jobs * TASKS_AHEAD * TASK_FILES`` results read ahead of the consumer."""
    paths = list(paths)
    if jobs <= 1 or len(paths) < 2:
        yield from map(one, paths)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_start) as pool:
        for packed in bounded_map(pool, partial(_pickled, many), paths, TASK_FILES, jobs * TASKS_AHEAD):
            yield from pickle.loads(packed)


# A worker's first generation is collected after this many allocations (Python's default: 700). A
# document's records and fragment are freed by their reference counts; the cyclic collector found
# little but cost 3% of a worker's instructions (callgrind, 40 full plans).
WORKER_GC_THRESHOLD = 50_000


def _worker_start() -> None:
    """In a new worker: what it inherited and imported stays out of the collector's scans
    (``gc.freeze``), and the first generation is collected less often."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])


def _pickled(many: Callable, items: list) -> list[bytes]:
    """In a worker: ``many(items)`` as one pickle, which waits as bytes until it is consumed."""
    return [pickle.dumps(many(items), protocol=pickle.HIGHEST_PROTOCOL)]


def iter_sources(paths, jobs: int = 1) -> Iterator[SourceDocument | LoadError]:
    """Read and extract files into sources, in the order given, on ``jobs`` processes.

    Extraction is pure and CPU-bound, so it runs in worker processes; the caller (the store)
    writes in its own process. A file that cannot be read comes out as a ``LoadError``.
    """
    return map_files(_load_one, _load_many, paths, jobs)
