"""Organizations: where a body sits (level, province, district), its parent, and its successor.

A body links to its parent ("đơn vị cấp trên"): hospital -> Sở Y tế tỉnh -> Ủy ban nhân dân tỉnh
-> Chính phủ; Huyện ủy -> Tỉnh ủy -> Ban Chấp hành Trung ương Đảng. A unit inside a body is
PART_OF it ("Văn phòng Sở Y tế" -> "Sở Y tế tỉnh Hà Giang"). Where the 2025 reorganisation merged
provinces (Hà Giang into Tuyên Quang) or ended districts, the old body keeps its name and links
to its successor. Province and district names and the 2025 successors come from
``vanban.loaders.places`` (package data); the national bodies below are data.

Everything here is a pure function of the name and the context (province/district of the
document that names the body), so the result does not depend on the order documents load in.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from vanban.loaders import places
from vanban.loaders.names import normalize_tones

# Central bodies and their parent (None: top). Data, matched by exact name.
CENTRAL_PARENTS: dict[str, str | None] = {
    "Chính phủ": None,
    "Quốc hội": None,
    "Ban Chấp hành Trung ương Đảng": None,
    "Thủ tướng Chính phủ": "Chính phủ",
    "Văn phòng Chính phủ": "Chính phủ",
    "Ủy ban Thường vụ Quốc hội": "Quốc hội",
    "Bộ Chính trị": "Ban Chấp hành Trung ương Đảng",
    "Ban Bí thư Trung ương Đảng": "Ban Chấp hành Trung ương Đảng",
    "Ban Dân vận Trung ương": "Ban Chấp hành Trung ương Đảng",
}
# Central bodies that are part of (the head or an organ of) their parent, not under it.
CENTRAL_PART_OF: frozenset[str] = frozenset({"Thủ tướng Chính phủ", "Bộ Chính trị", "Ban Bí thư Trung ương Đảng"})
GOVERNMENT = "Chính phủ"
PARTY_CENTRE = "Ban Chấp hành Trung ương Đảng"

# The ministries and ministry-level bodies of the Government, as they write their names, with
# the body that took each over when the Government was reorganised on 1 March 2025 (Nghị quyết
# 176/2025/QH15): None for those that go on. Names are matched without regard to case or tone
# placement ("Bộ Công An", "Bộ Văn hoá, …").
MINISTRIES: dict[str, str | None] = {
    "Bộ Quốc phòng": None,
    "Bộ Công an": None,
    "Bộ Ngoại giao": None,
    "Bộ Nội vụ": None,
    "Bộ Tư pháp": None,
    "Bộ Tài chính": None,
    "Bộ Công Thương": None,
    "Bộ Nông nghiệp và Môi trường": None,
    "Bộ Xây dựng": None,
    "Bộ Văn hóa, Thể thao và Du lịch": None,
    "Bộ Khoa học và Công nghệ": None,
    "Bộ Giáo dục và Đào tạo": None,
    "Bộ Y tế": None,
    "Bộ Dân tộc và Tôn giáo": None,
    "Ngân hàng Nhà nước Việt Nam": None,
    "Thanh tra Chính phủ": None,
    "Bộ Kế hoạch và Đầu tư": "Bộ Tài chính",
    "Bộ Giao thông vận tải": "Bộ Xây dựng",
    "Bộ Lao động - Thương binh và Xã hội": "Bộ Nội vụ",
    "Bộ Thông tin và Truyền thông": "Bộ Khoa học và Công nghệ",
    "Bộ Tài nguyên và Môi trường": "Bộ Nông nghiệp và Môi trường",
    "Bộ Nông nghiệp và Phát triển nông thôn": "Bộ Nông nghiệp và Môi trường",
    "Ủy ban Dân tộc": "Bộ Dân tộc và Tôn giáo",
}
# Other spellings of these names seen in documents.
MINISTRY_ALIASES: dict[str, str] = {
    "Bộ Tài nguyên Môi trường": "Bộ Tài nguyên và Môi trường",
    "Bộ Lao động, Thương binh và Xã hội": "Bộ Lao động - Thương binh và Xã hội",
    "Bộ Lao động Thương binh và Xã hội": "Bộ Lao động - Thương binh và Xã hội",
    "Bộ Nông nghiệp và PTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "Bộ Giao thông Vận tải": "Bộ Giao thông vận tải",
    "Bộ Thông tin - Truyền thông": "Bộ Thông tin và Truyền thông",
    "Ngân hàng Nhà nước": "Ngân hàng Nhà nước Việt Nam",
}
# A ministry not in the list above: "Bộ" and a capitalised word, but not the "Bộ" of a
# provincial command, a minister, a unit or the Politburo: "Bộ Chỉ huy Quân sự tỉnh", "Bộ Tư
# lệnh Thành phố", "Bộ đội Biên phòng tỉnh", "Bộ phận Một cửa", "Bộ trưởng Bộ Y tế", "Bộ Chính
# trị" (in CENTRAL_PARENTS).
MINISTRY = re.compile(r"^Bộ (?!(?:Chính trị|Chỉ huy|Tư lệnh|Tham mưu|Trưởng|Đội|Phận|Môn|Máy)(?!\w))(?-i:[A-ZĐ])\w*", re.IGNORECASE)
# A minister, the head of a ministry: "Bộ trưởng Bộ Tài chính", "Bộ Trưởng Bộ Y tế".
MINISTER = re.compile(r"^Bộ [Tt]rưởng (?P<ministry>Bộ \S.*)$")
# A national body named by its level, not in the lists above: "Ban Chỉ đạo Trung ương", "Ủy ban
# Kiểm tra Trung ương", "Ban Thi đua - Khen thưởng Trung ương", "Hội đồng bầu cử quốc gia",
# "Ban Chỉ đạo PTDS Quốc gia", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Ủy ban Quốc gia
# VSTBPN Việt Nam", "Trung ương Hội Liên hiệp phụ nữ Việt Nam", "Ban Chấp hành Trung ương Đoàn".
NATIONAL_BODY = re.compile(
    r"^(?:(?:Ban|Ủy ban|Uỷ ban|Hội đồng|Văn phòng)\b.*? (?:Trung ương|[Qq]uốc gia)(?: Đảng| Đoàn| Việt Nam)?"
    r"|(?:Ban Thường trực |Đoàn Chủ tịch )?(?:Ủy ban|Uỷ ban) (?:Trung ương|Quốc gia) .+"
    r"|Trung ương (?:Hội|Đoàn) .+)$"
)
# What makes a name that NATIONAL_BODY matches local after all: "Các cơ quan Trung ương đóng trên
# địa bàn tỉnh", "Ban Chỉ đạo các Chương trình mục tiêu quốc gia" (each province has one).
NOT_NATIONAL = re.compile(r"địa bàn|đóng trên|mục tiêu quốc gia|[Cc]hương trình", re.IGNORECASE)
# The national party congress: "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng".
PARTY_CONGRESS = re.compile(r"^Đại hội đại biểu toàn quốc")

# Province-level people's committee or council: "Ủy ban nhân dân tỉnh Hà Giang",
# "Ủy ban nhân dân thành phố Cần Thơ", "Hội đồng nhân dân tỉnh Quảng Ninh".
PROVINCE_STATE_BODY = re.compile(r"^(Ủy ban nhân dân|Hội đồng nhân dân) (?:tỉnh|thành phố) (?P<place>.+)$")
# District-level: "Ủy ban nhân dân huyện Đồng Văn", "Ủy ban nhân dân thị xã Kỳ Anh".
DISTRICT_STATE_BODY = re.compile(r"^(Ủy ban nhân dân|Hội đồng nhân dân) (?:huyện|thị xã|quận) (?P<place>.+)$")
# A department of the province: "Sở Y tế tỉnh Hà Giang", "Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh".
PROVINCE_DEPARTMENT = re.compile(r"^(?P<dept>Sở .+?) (?:tỉnh|thành phố) (?P<place>.+)$")
# The province party committee and its organs: "Tỉnh ủy Hà Giang", "Ban Thường vụ Tỉnh ủy Hà Tĩnh",
# "Ban Dân vận Tỉnh ủy Hà Tĩnh", "Ban Chấp hành Đảng bộ tỉnh Hà Giang".
PROVINCE_PARTY = re.compile(r"^(?P<organ>(?:Ban [^,]+? )?)(?:Tỉnh ủy|Thành ủy) (?P<place>.+)$")
PROVINCE_PARTY_EXECUTIVE = re.compile(r"^Ban Chấp hành Đảng bộ (?:tỉnh|thành phố) (?P<place>.+)$")
# The district party committee and its organs: "Huyện ủy Đồng Văn", "Ban Dân vận Huyện ủy Đồng Văn".
DISTRICT_PARTY = re.compile(r"^(?P<organ>(?:Ban [^,]+? )?)Huyện ủy (?P<place>.+)$")
# A district office of the people's committee: "Phòng Nội vụ huyện", "Phòng Nội vụ huyện Đồng Văn".
DISTRICT_OFFICE = re.compile(r"^(?P<office>Phòng .+?) huyện(?: (?P<place>.+))?$")
# A health facility under the province's Sở Y tế: "Bệnh viện Đa khoa Nà Chì", "Trung tâm Y tế huyện Xín Mần".
HEALTH_FACILITY = re.compile(r"^(Bệnh viện|Trung tâm Y tế|Trung tâm Kiểm soát bệnh tật)\b")
# A unit named with its body: "Phòng Tổ chức cán bộ, Sở Y tế tỉnh Hà Tĩnh", "Văn phòng Sở Y tế".
UNIT_OF_BODY = re.compile(
    r"^(?P<unit>(?:Văn phòng|Phòng|Khoa|Ban Giám đốc|Đảng ủy|Lãnh đạo|Trang thông tin điện tử|Cổng thông tin điện tử)(?: [^,]*?)??),? "
    r"(?P<body>(?:Sở|Bệnh viện|Ủy ban nhân dân|Trung tâm) .+)$"
)


class OrgInfo(BaseModel):
    """Where a body sits and what it links to."""

    model_config = ConfigDict(frozen=True)

    name: str
    level: str | None = None  # central, province, district, commune, unit
    province: str | None = None
    district: str | None = None
    parent: str | None = None  # UNDER
    part_of: str | None = None  # PART_OF
    successor: str | None = None  # SUCCEEDED_BY (2025 reorganisation)
    defunct: bool = False
    rule: str = ""  # which rule placed it (the evidence quote of its hierarchy edges)


def _province(place: str | None) -> str | None:
    return places.province_name(place) if place else None


def _district(place: str | None) -> str | None:
    return places.district_name(place) if place else None


def _level_word(province: str) -> str:
    return places.province_level_word(province)


def province_committee(province: str) -> str:
    return f"Ủy ban nhân dân {_level_word(province)} {province}"


def province_health_department(province: str) -> str:
    return f"Sở Y tế {_level_word(province)} {province}"


def _fold(name: str) -> str:
    return normalize_tones(name).casefold()


_CENTRAL_SPELLINGS: dict[str, str] = {
    **{_fold(n): n for n in (*CENTRAL_PARENTS, *MINISTRIES)},
    **{_fold(a): n for a, n in MINISTRY_ALIASES.items()},
}


def central_spelling(name: str) -> str:
    """A central body's name as it writes it, whatever the case or tone placement of the text:
    "Bộ Công An" -> "Bộ Công an", "Ban Chấp hành Trung ương đảng" -> "… Trung ương Đảng",
    "Bộ Trưởng Bộ Y tế" -> "Bộ trưởng Bộ Y tế". Other names are returned as they are."""
    if m := MINISTER.match(name):
        return "Bộ trưởng " + central_spelling(m["ministry"])
    return _CENTRAL_SPELLINGS.get(_fold(name), name)


def _successor_name(name: str, province: str) -> str | None:
    """The same body in the province that absorbed ``province`` in 2025, or None."""
    new = places.successor_province(province)
    if not new or new == province:
        return None
    replaced = re.sub(r"(?:tỉnh|thành phố) " + re.escape(province) + r"$", f"{_level_word(new)} {new}", name)
    if replaced == name:
        replaced = re.sub(re.escape(province) + r"$", new, name)
    return replaced if replaced != name else None


@lru_cache(maxsize=65536)
def org_info(name: str, province: str | None = None, district: str | None = None) -> OrgInfo:
    """Place the body called ``name``, named in a document of ``province``/``district``.

    >>> org_info("Sở Y tế tỉnh Hà Giang").parent
    'Ủy ban nhân dân tỉnh Hà Giang'
    """
    if name.endswith(")") and " (" in name:
        # A body named within its issuer, "Lãnh đạo Sở (Sở Y tế tỉnh Hà Tĩnh)": placed no further.
        return OrgInfo(name=name, level="unit", province=province, district=district, rule="named within its issuer")
    if name in CENTRAL_PARENTS:
        parent = CENTRAL_PARENTS[name]
        if name in CENTRAL_PART_OF:
            return OrgInfo(name=name, level="central", part_of=parent, rule="central body")
        return OrgInfo(name=name, level="central", parent=parent, rule="central body")
    if name in MINISTRIES or MINISTRY.match(name):
        successor = MINISTRIES.get(name)
        return OrgInfo(name=name, level="central", parent=GOVERNMENT, successor=successor, defunct=successor is not None,
                       rule="ministry under the Government")
    if m := MINISTER.match(name):
        return OrgInfo(name=name, level="central", part_of=m["ministry"], rule="minister, the head of the ministry")
    if NATIONAL_BODY.match(name) and not NOT_NATIONAL.search(name) and not places.find_province(name):
        return OrgInfo(name=name, level="central", rule="national body")
    if PARTY_CONGRESS.match(name):
        return OrgInfo(name=name, level="central", rule="national party congress")

    if m := PROVINCE_STATE_BODY.match(name):
        p = _province(m["place"])
        if p:
            parent = GOVERNMENT if m[1] == "Ủy ban nhân dân" else None
            return OrgInfo(
                name=name, level="province", province=p, parent=parent,
                successor=_successor_name(name, p), defunct=_successor_name(name, p) is not None,
                rule="province people's committee under the Government" if parent else "province council",
            )
    if m := DISTRICT_STATE_BODY.match(name):
        d = _district(m["place"]) or m["place"]
        p = province if province else places.province_of_district(d)
        parent = province_committee(p) if p and m[1] == "Ủy ban nhân dân" else None
        successor = province_committee(places.successor_province(p) or p) if p and m[1] == "Ủy ban nhân dân" else None
        return OrgInfo(
            name=name, level="district", province=p, district=d, parent=parent,
            successor=successor, defunct=True, rule="district people's committee under the province's",
        )
    if m := PROVINCE_DEPARTMENT.match(name):
        p = _province(m["place"])
        if p:
            succ = _successor_name(name, p)
            return OrgInfo(
                name=name, level="province", province=p, parent=province_committee(p),
                successor=succ, defunct=succ is not None, rule="department under the province people's committee",
            )
    if m := PROVINCE_PARTY_EXECUTIVE.match(name):
        p = _province(m["place"])
        if p:
            succ = _successor_name(name, p)
            return OrgInfo(name=name, level="province", province=p, parent=PARTY_CENTRE, successor=succ,
                           defunct=succ is not None, rule="province party executive under the Central Committee")
    if m := PROVINCE_PARTY.match(name):
        p = _province(m["place"])
        if p:
            committee = name[len(m["organ"]):]
            succ = _successor_name(name, p)
            if m["organ"]:
                return OrgInfo(name=name, level="province", province=p, part_of=committee, successor=succ,
                               defunct=succ is not None, rule="organ of the province party committee")
            return OrgInfo(name=name, level="province", province=p, parent=PARTY_CENTRE, successor=succ,
                           defunct=succ is not None, rule="province party committee under the Central Committee")
    if m := DISTRICT_PARTY.match(name):
        d = _district(m["place"]) or m["place"]
        p = province if province else places.province_of_district(d)
        committee = name[len(m["organ"]):]
        if m["organ"]:
            return OrgInfo(name=name, level="district", province=p, district=d, part_of=committee, defunct=True,
                           rule="organ of the district party committee")
        parent = f"Tỉnh ủy {p}" if p else None
        return OrgInfo(name=name, level="district", province=p, district=d, parent=parent, defunct=True,
                       successor=f"Tỉnh ủy {places.successor_province(p) or p}" if p else None,
                       rule="district party committee under the province's")
    if m := DISTRICT_OFFICE.match(name):
        d = _district(m["place"]) if m["place"] else district
        if d:
            p = province or places.province_of_district(d)
            return OrgInfo(name=name, level="unit", province=p, district=d, part_of=f"Ủy ban nhân dân huyện {d}",
                           defunct=True, rule="office of the district people's committee")
    if m := UNIT_OF_BODY.match(name):
        body = m["body"]
        if body.startswith("Sở ") and province and not PROVINCE_DEPARTMENT.match(body):
            body = f"{body} {_level_word(province)} {province}"
        return OrgInfo(name=name, level="unit", province=province, part_of=body, rule="unit named with its body")
    if HEALTH_FACILITY.match(name) and province:
        return OrgInfo(name=name, level="unit", province=province, parent=province_health_department(province),
                       rule="health facility under the province's Sở Y tế")
    p = places.find_province(name)
    return OrgInfo(name=name, province=p or province, district=district)


@lru_cache(maxsize=65536)
def is_qualified(name: str) -> bool:
    """True when the name alone identifies the body: a central body, or one naming its province/district."""
    info = org_info(name)
    if info.level == "central":
        return True
    if info.level in ("province", "district") and (info.province or info.district):
        return True
    return bool(places.find_province(name) or places.find_district(name))


def chain(name: str, province: str | None = None, district: str | None = None, limit: int = 12) -> list[OrgInfo]:
    """The body and its ancestors (parent, or the body it is part of), upward, without cycles."""
    out: list[OrgInfo] = []
    seen: set[str] = set()
    current: str | None = name
    while current and current not in seen and len(out) < limit:
        seen.add(current)
        info = org_info(current, province, district)
        out.append(info)
        current = info.parent or info.part_of
        province = info.province or province
    return out


def ancestors(name: str, province: str | None = None, district: str | None = None) -> list[str]:
    """Names above ``name`` (nearest first); a body that is part of its parent counts as that parent."""
    return [i.name for i in chain(name, province, district)[1:]]
