"""Groups: a recipient that names the bodies of a kind together, and the members the graph knows.

A document writes to "UBND các huyện, thành phố", "Các sở, ban, ngành tỉnh", "Các đơn vị trực thuộc
Sở", "UBND các xã, phường, thị trấn", "Các Bộ, cơ quan ngang Bộ": one recipient, one node, keyed by
the issuer's place or, when the words give none, with the issuer in brackets (``graph.build.qualify_org``:
"Ủy ban nhân dân các huyện, thành phố (Ủy ban nhân dân tỉnh Sơn La)"). ``group_of`` reads such a
name as a ``Group``: the kind of its members and where they are (the province, the district, the body
they are under or part of); ``member_edges`` links each body of the graph of that kind and place to
the group (MEMBER_OF, basis "rule"), so that "which districts have not yet implemented it" has an
answer (``queries/coverage.cypher``).

Members are matched by the rules' own placing of each body (``orgs.org_info``: level, province,
district, parent, part of), never across provinces: the districts of "UBND các huyện" of a Sơn La
plan are the district people's committees of Sơn La. Groups that name only some of a kind ("Các sở,
ban, ngành liên quan", "Các cơ quan, đơn vị" of a task) or a kind the rules do not place ("Các đoàn
thể", "Các doanh nghiệp") have no members: a wrong member is worse than a missing one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from vanban.graph import orgs
from vanban.graph.schema import Evidence, MemberOf
from vanban.loaders import places


@dataclass(frozen=True, slots=True)
class Group:
    """The members a group recipient names: bodies of one of ``levels`` (any level when empty)
    whose names start with one of ``heads`` (any name when empty), either under or part of
    ``owner`` (``relation`` "under", "part_of" or "under_or_part_of") or in ``province`` (and
    ``district``) (``relation`` "place"); for the Government's bodies, of its ``kinds``
    ("ministries", "equal", "agencies": ``government_kind``). ``rule`` says which (the evidence
    of the MEMBER_OF edges)."""

    rule: str
    relation: str
    owner: str | None = None
    province: str | None = None
    district: str | None = None
    levels: tuple[str, ...] = ()
    heads: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()


DISTRICTS_RULE = "a district's people's committee, one of the province's named together"
COMMUNES_RULE = "a commune's people's committee, one of the province's (or the district's) named together"
DEPARTMENTS_RULE = "a department or agency under the province's people's committee, one of those named together"
OFFICES_RULE = "an office of the district's people's committee, one of those named together"
UNITS_RULE = "a unit under the body, one of those named together"
ROOMS_RULE = "a room of the body, one of those named together"
GOVERNMENT_RULE = "a ministry, ministry-level body or agency of the Government, one of the kinds named together"
PROVINCES_RULE = "a province's body of the kind, one of every province's named together"

# The title of the heads of the bodies a group names, read as naming the bodies (the heads act
# for them): "Chủ tịch Ủy ban nhân dân các xã, phường", "Thủ trưởng các sở, ban, ngành tỉnh Đắk
# Lắk", "Giám đốc các sở (Ủy ban nhân dân tỉnh Thanh Hóa)", "Giám đốc (Thủ trưởng) các sở, ban,
# ngành, đơn vị cấp tỉnh", "Thủ trưởng các đơn vị trực thuộc (Sở Y tế tỉnh Sơn La)".
HEADS_TITLE = re.compile(r"^(?:Chủ tịch|Thủ trưởng|Giám đốc(?: \(Thủ trưởng\))?|Người đứng đầu) (?=(?:Ủy ban nhân dân )?các )")

# The place a group's words end with, a province or a district, with what joins it: "Các sở, ban,
# ngành tỉnh Sơn La", "Các sở, cơ quan thuộc Ủy ban nhân dân tỉnh Bắc Ninh", "Ủy ban nhân dân các
# huyện, thành phố trực thuộc tỉnh Bà Rịa - Vũng Tàu", "Các cơ quan chuyên môn thuộc Ủy ban nhân dân
# huyện Đồng Văn"; or " cấp tỉnh" ("Các sở, ban, ngành, đơn vị cấp tỉnh": the document's province).
PLACE_TAIL = re.compile(
    r"(?: cấp tỉnh)?(?: (?:trực )?thuộc(?: Ủy ban nhân dân)?)? (?P<level>tỉnh|thành phố|huyện|quận|thị xã) (?P<place>[A-ZĐ][^,()]*)$"
    r"| cấp tỉnh$"
)

# The district people's committees of a province: "Ủy ban nhân dân các huyện, thành phố", "UBND
# các huyện, thị xã, thành phố", "Ủy ban nhân dân các quận, huyện" (not "các tỉnh, thành phố").
DISTRICT_COMMITTEES = re.compile(r"^Ủy ban nhân dân các (?:huyện|quận|thị xã)(?:(?:,| và|, và) (?:huyện|quận|thị xã|thành phố))*$")
# The commune people's committees of a province or a district: "Ủy ban nhân dân các xã, phường,
# thị trấn", "Ủy ban nhân dân các xã, thị trấn", "Ủy ban nhân dân các xã, phường, đặc khu".
COMMUNE_COMMITTEES = re.compile(r"^Ủy ban nhân dân các (?:xã|phường|thị trấn)(?:(?:,| và|, và) (?:xã|phường|thị trấn|đặc khu))*$")
# The departments and agencies of a province, every one: ``orgs.PROVINCE_DEPARTMENTS`` ("Các sở, ban,
# ngành", "Các sở, ngành, đoàn thể", "Các sở, cơ quan", "Các sở"), and its "Các cơ quan chuyên môn"
# (when its place is a province). Not "… liên quan", "… khác", "…, địa phương": some of them, or more.
PROVINCE_OFFICES = "Các cơ quan chuyên môn"
# The offices of a district's people's committee: "Các cơ quan chuyên môn thuộc Ủy ban nhân dân
# huyện Đồng Văn", "Các phòng, ban huyện Mộc Châu", "Các phòng chuyên môn".
DISTRICT_OFFICES = re.compile(r"^Các (?:cơ quan chuyên môn|phòng, ban(?:, ngành)?|phòng chuyên môn)$")
# The units under a body, every one: "Các đơn vị trực thuộc", "Các cơ quan, đơn vị trực thuộc", "Các
# đơn vị trực thuộc Sở Y tế", "Các đơn vị thuộc và trực thuộc Sở Y tế", "Các đơn vị trực thuộc Ủy
# ban nhân dân thành phố Hồ Chí Minh", "Các đơn vị trong ngành"; ``part`` when the units "thuộc" the
# body (part of it) count too. Not "Các đơn vị sự nghiệp công lập trực thuộc …" (one kind of them).
UNITS_UNDER = re.compile(
    r"^Các (?:cơ quan, )?đơn vị(?: y tế)?"
    r"(?: (?P<part>thuộc và trực thuộc|thuộc, trực thuộc)| trực thuộc| trong ngành| trong toàn ngành)"
    r"(?: (?P<owner>[A-ZĐÂỦ][^()]*))?$"
)
# The rooms of a body: "Các phòng thuộc Sở Y tế", "Các phòng chức năng", "Các khoa, phòng" (of a
# hospital), "Các phòng, khoa".
ROOMS = re.compile(r"^Các (?:khoa, phòng|phòng, khoa|phòng(?: chức năng)?)(?: (?:thuộc|của) (?P<owner>[A-ZĐÂỦ][^()]*))?$")
# The bodies of the Government by kind, as its and the ministries' letters name them: "Các bộ",
# "Các Bộ, cơ quan ngang Bộ", "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Bộ trưởng các
# Bộ", "Các Bộ trưởng", "Các cơ quan ngang bộ", "Các cơ quan thuộc Chính phủ", "Bộ trưởng, Thủ
# trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ". Not "Các bộ, ngành", "Các bộ, cơ quan liên
# quan", nor "Bộ trưởng" alone (one minister).
GOVERNMENT_BODIES = re.compile(
    r"^(?:(?P<ministries>Các bộ|Các (?:đồng chí )?bộ trưởng|Bộ trưởng các bộ|Bộ trưởng(?=, ))(?:, |$))?"
    r"(?P<equal>(?:Thủ trưởng |Các |các )?(?:các )?cơ quan ngang bộ(?:, |$))?"
    r"(?P<agencies>(?:Thủ trưởng |Các |các )?(?:các )?cơ quan thuộc Chính phủ)?$",
    re.IGNORECASE,
)
# The bodies of one kind of every province: "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung
# ương", "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương", and, in a central body's letter,
# "Ủy ban nhân dân các tỉnh, thành phố (Thủ tướng Chính phủ)". Not "… các tỉnh, thành phố từ Hà Tĩnh
# đến Khánh Hòa" (some of them).
EVERY_PROVINCE = re.compile(r"^(?P<kind>Ủy ban nhân dân|Hội đồng nhân dân|Sở [^,()]+?) các tỉnh, thành phố(?: trực thuộc Trung ương)?$")

# What starts the name of a person, a leadership, a collective or a website, never a member of a
# group: "Chủ tịch Ủy ban nhân dân tỉnh Sơn La", "Các Phó Chủ tịch …", "Ban Giám đốc Sở Y tế tỉnh Hà
# Giang", "Bộ trưởng Bộ Nội vụ", "Trang thông tin điện tử Sở Y tế tỉnh Kon Tum".
NOT_MEMBERS = (
    "Các ", "Chủ tịch ", "Phó Chủ tịch ", "Ban Giám đốc", "Lãnh đạo ", "Giám đốc ", "Thường trực ", "Trưởng ", "Phó ",
    "Bộ trưởng ", "Thứ trưởng ", "Cục trưởng ", "Vụ trưởng ", "Chánh ", "Trang thông tin", "Cổng Thông tin", "Cổng thông tin",
)
ROOM_HEADS = ("Phòng ", "Văn phòng ", "Khoa ")
OFFICE_HEADS = ("Phòng ", "Văn phòng ", "Thanh tra ")
COMMITTEE = "Ủy ban nhân dân "
# The bodies of a written owner that name only its kind: "Các đơn vị trực thuộc Sở" of a Sở's plan.
BARE_OWNERS = ("Sở", "Bộ", "Bệnh viện", "Trung tâm", "Sở Y tế")
# Ministry-level bodies that are not ministries (cơ quan ngang bộ), and the Government's office.
MINISTRY_LEVEL_AGENCIES = frozenset(n for n in orgs.MINISTRIES if not n.startswith("Bộ ")) | {"Văn phòng Chính phủ"}


def _scope(name: str) -> tuple[str, str | None]:
    """A key's words and the issuer in brackets after them: "Các đơn vị trực thuộc (Sở Y tế tỉnh Sơn
    La)" -> ("Các đơn vị trực thuộc", "Sở Y tế tỉnh Sơn La"); a scope that is itself scoped (an issuer
    not placed, "(Ủy ban nhân dân thành phố (Công văn ….md))") -> ("", None): no group."""
    if not name.endswith(")") or " (" not in name:
        return name, None
    at = name.index(" (")
    scope = name[at + 2 : -1]
    if "(" in scope or ")" in scope:
        return "", None
    return name[:at], scope


def _tail_place(words: str, province: str | None) -> tuple[str, str | None, str | None, str | None]:
    """The words without the place they end with, and that place: (words, level word, province,
    district); (words, None, None, None) when they end with none. A district's province is its
    own, or the document's when several provinces have a district of that name."""
    m = PLACE_TAIL.search(words)
    if m is None:
        return words, None, None, None
    if m["level"] is None:  # " cấp tỉnh"
        return (words[: m.start()], "tỉnh", province, None) if province else (words, None, None, None)
    if m["level"] in ("tỉnh", "thành phố") and (p := orgs._province_level(m["level"], m["place"])):
        return words[: m.start()], m["level"], p, None
    if m["level"] != "tỉnh" and (d := places.district_name(m["place"])):
        p = places.province_of_district(d) or province
        return (words[: m.start()], m["level"], p, d) if p else (words, None, None, None)
    return words, None, None, None


def _owner(written: str | None, scope: str | None, province: str | None, district: str | None) -> str | None:
    """The body whose units a group names: the one its words name ("… trực thuộc Ủy ban nhân dân
    thành phố Hồ Chí Minh"), or its document's issuer (the scope) when they name none or only its
    kind ("Các đơn vị trực thuộc Sở Y tế (Sở Y tế tỉnh Kon Tum)"); None when they name another
    body's kind or one the rules do not place."""
    if not written:
        return scope
    if scope and scope.startswith(written):
        return scope
    if written in BARE_OWNERS:
        return None
    info = orgs.org_info(written, province, district)
    return written if info.level in ("province", "district") and info.province else None


@lru_cache(maxsize=65536)
def group_of(name: str, province: str | None = None, district: str | None = None) -> Group | None:
    """The members ``name`` names together, when it is a group of a kind the rules place; None for
    any other name. ``province``/``district``: of the document that names it (its node's).

    >>> group_of("Ủy ban nhân dân các huyện, thành phố (Ủy ban nhân dân tỉnh Sơn La)").province
    'Sơn La'
    """
    if " các " not in name and not name.startswith(("Các ", "Bộ trưởng")):
        return None
    words, scope = _scope(name)
    if not words:
        return None
    words = HEADS_TITLE.sub("", words)
    words = words[:1].upper() + words[1:]
    if (m := UNITS_UNDER.match(words) or ROOMS.match(words)) is not None:
        owner = _owner(m["owner"], scope, province, district)
        oinfo = orgs.org_info(owner, province, district) if owner else None
        if oinfo is None or oinfo.level is None or (oinfo.level != "central" and oinfo.province is None):
            return None
        if m.re is ROOMS:
            return Group(ROOMS_RULE, "part_of", owner=owner, province=oinfo.province, heads=ROOM_HEADS)
        # A people's committee's offices are part of it by the rules ("Phòng Nội vụ huyện Đồng Văn"),
        # its departments under it ("Sở Y tế tỉnh Sơn La"): both are its "cơ quan, đơn vị trực thuộc".
        both = m["part"] or owner.startswith(COMMITTEE)
        return Group(UNITS_RULE, "under_or_part_of" if both else "under", owner=owner, province=oinfo.province)
    sinfo = orgs.org_info(scope, province, district) if scope else None
    if sinfo is None or sinfo.level in ("central", None):
        # No scope, a central issuer, or one the rules do not place (a national steering committee,
        # "Ban Chỉ đạo nhà nước về du lịch"): only a group of central bodies is known.
        if (g := _central_group(words)) is not None or sinfo is not None:
            return g
    words, level, p, d = _tail_place(words, province)
    if level is None and sinfo is not None and sinfo.level in ("province", "district", "unit", "commune"):
        p, d = sinfo.province, sinfo.district
        level = "tỉnh" if sinfo.level == "province" else "huyện" if sinfo.level == "district" else None
    if p is None:
        return None
    if DISTRICT_COMMITTEES.match(words):
        return Group(DISTRICTS_RULE, "place", province=p, levels=("district",), heads=(COMMITTEE,))
    if COMMUNE_COMMITTEES.match(words):
        return Group(COMMUNES_RULE, "place", province=p, district=d, levels=("commune",), heads=(COMMITTEE,))
    if d and level in ("huyện", "quận", "thị xã", "thành phố") and DISTRICT_OFFICES.match(words):
        owner = sinfo.name if sinfo is not None and sinfo.level == "district" and sinfo.name.startswith(COMMITTEE) else None
        owner = owner or orgs.with_province(f"{COMMITTEE}{level} {d}", p)
        return Group(OFFICES_RULE, "under_or_part_of", owner=owner, province=p, heads=OFFICE_HEADS)
    if not d and level in ("tỉnh", "thành phố") and (words == PROVINCE_OFFICES or orgs.PROVINCE_DEPARTMENTS.match(words)):
        return Group(DEPARTMENTS_RULE, "under", owner=orgs.province_committee(p), province=p, levels=("province",))
    return None


def _central_group(words: str) -> Group | None:
    """A group of central bodies: the Government's by kind, or one kind of body of every province."""
    if (m := EVERY_PROVINCE.match(words)) is not None:
        kind = m["kind"]
        return Group(PROVINCES_RULE, "place", levels=("province",), heads=(f"{kind} tỉnh ", f"{kind} thành phố "))
    if (m := GOVERNMENT_BODIES.match(words)) is not None and any(m.groups()):
        kinds = tuple(k for k in ("ministries", "equal", "agencies") if m[k])
        return Group(GOVERNMENT_RULE, "under", owner=orgs.GOVERNMENT, levels=("central",), kinds=kinds)
    return None


def government_kind(name: str) -> str:
    """Which of the Government's kinds a body directly under it is: "ministries" (Bộ …), "equal"
    (a ministry-level body that is not a ministry, and the Government's office), "agencies" (the
    rest: Thông tấn xã Việt Nam, Đài Truyền hình Việt Nam …)."""
    if name in orgs.MINISTRIES and name.startswith("Bộ "):
        return "ministries"
    return "equal" if name in MINISTRY_LEVEL_AGENCIES else "agencies"


def is_member(group: Group, name: str, info: orgs.OrgInfo) -> bool:
    """Whether the body ``name`` (placed as ``info``) is one of ``group``'s members; its place
    relation to the group's owner is the caller's (``member_edges`` indexes bodies by it)."""
    if name.startswith(NOT_MEMBERS) or (group.levels and info.level not in group.levels):
        return False
    if group.relation == "place":
        if group.province is not None and info.province != group.province:
            return False
        if group.district is not None and info.district != group.district:
            return False
    elif info.province != group.province:  # never across provinces (None: central bodies)
        return False
    if group.kinds and government_kind(name) not in group.kinds:
        return False
    return not group.heads or name.startswith(group.heads)


# When the 2025 reorganisation ended a body: the ministries and the departments merged by field on 1
# March 2025 (Nghị quyết 176/2025/QH15, the provinces' own decisions), the provinces merged and the
# districts abolished on 1 July 2025 (Nghị quyết 202/2025/QH15), and with the districts the communes
# placed under one.
MINISTRIES_MERGED = "2025-03-01"
PROVINCES_MERGED = "2025-07-01"


def ended(info: orgs.OrgInfo) -> str | None:
    """The day a body ceased to exist (ISO), None for one that goes on: a document of that day or
    later does not write to it, whatever group it names."""
    if info.rule == orgs.COMMUNE_OF_DISTRICT_RULE:
        return PROVINCES_MERGED
    if not info.defunct:
        return None
    if info.level == "central":
        return MINISTRIES_MERGED
    if info.rule == orgs.DEPARTMENT_RULE and info.successor and orgs.org_info(info.successor).province == info.province:
        return MINISTRIES_MERGED  # "Sở Kế hoạch và Đầu tư tỉnh Sơn La" -> "Sở Tài chính tỉnh Sơn La"
    return PROVINCES_MERGED


@lru_cache(maxsize=None)
def _placed(name: str, province: str | None, district: str | None) -> Group | orgs.OrgInfo:
    """A body of the graph, placed once per load for every call of ``member_edges`` (the writer
    places every body again whenever bodies change): its group, or where the rules place it."""
    return group_of(name, province, district) or orgs.org_info(name, province, district)


@lru_cache(maxsize=None)
def _member_edge(member: str, group: str, rule: str, until: str | None) -> MemberOf:
    return MemberOf(source=member, target=group, basis="rule", until=until, evidence=Evidence(quote=rule))


# The levels of the bodies a "place" group (the districts of a province…) is matched among.
PLACE_LEVELS = ("province", "district", "commune")


class Members:
    """The bodies of a graph (key -> ``_placed``: its group, or where the rules place it) indexed by
    what a group's members are matched on: each body by its parent, the body it is part of and its
    province; each group by its owner or its province. ``member_edges`` makes every MEMBER_OF edge
    from it in one pass; ``graph.org_tree`` keeps one in step with the hierarchy, and asks it only
    for the members of a body added (a group) or the groups it is one of, not a pass over every body."""

    def __init__(self) -> None:
        self.placed: dict[str, Group | orgs.OrgInfo] = {}
        self.under: dict[str, set[str]] = defaultdict(set)  # parent -> the bodies under it
        self.part_of: dict[str, set[str]] = defaultdict(set)  # body -> the bodies part of it
        self.by_province: dict[str | None, set[str]] = defaultdict(set)  # province -> its bodies of PLACE_LEVELS
        self.owned: dict[str | None, set[str]] = defaultdict(set)  # owner -> the groups under or part of it
        self.by_place: dict[str | None, set[str]] = defaultdict(set)  # province (None: every one) -> "place" groups

    @classmethod
    def of(cls, contexts: Mapping[str, tuple[str | None, str | None]], place=None) -> Members:
        """The index of the bodies of ``contexts`` (key -> the (province, district) of its node);
        ``place(key, province, district)``: how a body is placed (default ``_placed``)."""
        index = cls()
        place = place or _placed
        for k, (province, district) in contexts.items():
            index.add(k, place(k, province, district))
        return index

    def add(self, k: str, placed: Group | orgs.OrgInfo) -> None:
        self.placed[k] = placed
        if isinstance(placed, Group):
            if placed.relation == "place":
                self.by_place[placed.province or None].add(k)
            else:
                self.owned[placed.owner].add(k)
            return
        if placed.parent:
            self.under[placed.parent].add(k)
        if placed.part_of:
            self.part_of[placed.part_of].add(k)
        if placed.level in PLACE_LEVELS:
            self.by_province[placed.province].add(k)

    def members(self, gk: str) -> list[str]:
        """The members of the group ``gk`` among the bodies indexed (none when it is no group)."""
        g = self.placed[gk]
        if not isinstance(g, Group):
            return []
        if g.relation == "place":
            candidates = self.by_province.get(g.province, ()) if g.province else {k for ks in self.by_province.values() for k in ks}
        else:
            candidates = ((self.under.get(g.owner, set()) if g.relation != "part_of" else set())
                          | (self.part_of.get(g.owner, set()) if g.relation != "under" else set()))
        return [k for k in candidates if k != g.owner and is_member(g, k, self.placed[k])]  # type: ignore[arg-type]

    def groups(self, k: str) -> list[str]:
        """The groups indexed that the body ``k`` is a member of (none when it is a group)."""
        info = self.placed[k]
        if isinstance(info, Group):
            return []
        candidates: set[str] = set()
        if info.parent:
            candidates.update(gk for gk in self.owned.get(info.parent, ()) if self.placed[gk].relation != "part_of")  # type: ignore[union-attr]
        if info.part_of:
            candidates.update(gk for gk in self.owned.get(info.part_of, ()) if self.placed[gk].relation != "under")  # type: ignore[union-attr]
        if info.level in PLACE_LEVELS:
            candidates |= self.by_place.get(info.province, set()) | self.by_place.get(None, set())
        return [gk for gk in candidates if k != (g := self.placed[gk]).owner and is_member(g, k, info)]  # type: ignore[arg-type, union-attr]

    def edge(self, k: str, gk: str) -> MemberOf:
        """The MEMBER_OF edge of the body ``k`` to the group ``gk``."""
        return _member_edge(k, gk, self.placed[gk].rule, ended(self.placed[k]))  # type: ignore[union-attr, arg-type]

    def edges(self) -> list[MemberOf]:
        """Every MEMBER_OF edge between the bodies indexed, sorted by group and member."""
        pairs = sorted((gk, k) for gk, g in self.placed.items() if isinstance(g, Group) for k in self.members(gk))
        return [self.edge(k, gk) for gk, k in pairs]


def member_edges(contexts: Mapping[str, tuple[str | None, str | None]]) -> list[MemberOf]:
    """MEMBER_OF edges (member -> group) between the bodies of ``contexts`` (key -> the (province,
    district) of its node): for each group (``group_of``), the bodies of its kind and place, sorted
    by group and member (``Members``)."""
    return Members.of(contexts).edges()
