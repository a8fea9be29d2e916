"""Provinces and districts of Vietnam, from the data of the ``vietnamadminunits`` package.

The package's JSON data is read once, lazily, from the folder ``importlib.util.find_spec`` finds;
its Python modules are never imported (they pull in shapely, numpy and geopy: half a second at
every start of the command and of every worker). ``parser_legacy.json`` holds the 63 provinces
before the 2025 reorganisation with their districts; ``converter_2025.json`` maps each of the 34
provinces after it to the old provinces it absorbed.

Names are the short forms used in documents: "Hà Giang", "Đồng Văn", "Hồ Chí Minh".
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path

from vanban.loaders.alternation import by_first_letter

_DATA_PACKAGE = "vietnamadminunits"

# Province names that are also common words or names of people: counted only after "tỉnh" or
# "thành phố"/"TP." ("tư tưởng Hồ Chí Minh" is not the city).
NEEDS_LEVEL_WORD = frozenset({"Hồ Chí Minh"})

# Level words written before a province name: "tỉnh Hà Giang", "TỈNH BẮC NINH", "TP. Hồ Chí Minh".
# The party committee of a district, which names it as its level word does (not "Thành ủy": a province's
# city's as well as a district's).
DISTRICT_PARTY_COMMITTEE = "(?:Huyện|HUYỆN|Quận|QUẬN|Thị|THỊ) (?:ủy|uỷ|ỦY|UỶ)"

PROVINCE_LEVEL_WORDS = ("tỉnh", "thành phố", "tp.", "tp")

# Level words written before a district name: "huyện Đồng Văn", "thị xã Kỳ Anh".
DISTRICT_LEVEL_WORDS = ("huyện", "thị xã", "quận", "thành phố")


def _key(s: str) -> str:
    """'Bà Rịa - Vũng Tàu' and 'BÀ RỊA-VŨNG TÀU' -> 'bariavungtau'."""
    return "".join(c for c in strip_accents(s) if c.isalnum())


def strip_accents(s: str) -> str:
    """'Đồng Văn' -> 'dong van' (lower case, no diacritics, đ -> d)."""
    s = s.lower().replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


@cache
def _load(name: str) -> dict:
    # find_spec locates a top-level package without running its __init__ (which
    # importlib.resources.files would run).
    spec = find_spec(_DATA_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"the {_DATA_PACKAGE} package, whose data names the provinces, is not installed")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return json.loads((folder / "data" / name).read_text(encoding="utf-8"))


# Provinces whose name the package data no longer holds, because the province was renamed
# rather than merged (its legacy table already says "Thành phố Huế"), and the province that
# carries on: documents until 2024 say "UBND tỉnh Thừa Thiên Huế", and that body keeps its name
# and is succeeded by the city's (Huế became a centrally-run city on 1 January 2025; Hà Tây
# joined Hà Nội in 2008).
RENAMED_PROVINCES = {"Thừa Thiên Huế": "Huế", "Hà Tây": "Hà Nội"}

# Province names misspelled in known ways (keyed as _key writes them), read as the province: "Đắc Lắc",
# "Đắk Lắc", "Đắc Lắk" -> Đắk Lắk, "Đắc Nông" -> Đắk Nông, "Bắc Cạn" -> Bắc Kạn. A table, not a fuzzy
# match: a name one letter from a province may be another place.
PROVINCE_MISSPELLINGS = {
    "daclac": "Đắk Lắk",
    "daklac": "Đắk Lắk",
    "daclak": "Đắk Lắk",
    "dacnong": "Đắk Nông",
    "baccan": "Bắc Kạn",
}


class _Tables:
    """Lookup tables built once from the package data."""

    def __init__(self) -> None:
        legacy = _load("parser_legacy.json")
        self.province_by_key: dict[str, str] = {}  # "tinhhagiang" -> "Hà Giang"
        self.provinces: list[str] = []
        self.cities: set[str] = set()  # centrally-run cities: "Thành phố Cần Thơ"
        for key, p in legacy["DICT_PROVINCE"].items():
            self.province_by_key[key] = p["provinceShort"]
            self.provinces.append(p["provinceShort"])
            if p["province"].startswith("Thành phố"):
                self.cities.add(p["provinceShort"])
        new = _load("parser_from_2025.json")
        new_by_key = {key: p["provinceShort"] for key, p in new["DICT_PROVINCE"].items()}
        for p in new["DICT_PROVINCE"].values():
            if p["provinceShort"] not in self.provinces:
                self.provinces.append(p["provinceShort"])
            if p["province"].startswith("Thành phố"):
                self.cities.add(p["provinceShort"])
        self.provinces += [old for old in RENAMED_PROVINCES if old not in self.provinces]
        self.province_by_plain: dict[str, str] = {_key(p): p for p in self.provinces}
        for key, province in PROVINCE_MISSPELLINGS.items():
            self.province_by_plain.setdefault(key, province)
        # The short names those keys give, for the test of a name already written as one ("Hà Giang").
        self.province_names: frozenset[str] = frozenset(self.province_by_plain.values())

        # District short name -> provinces that have a district of that name.
        by_name: dict[str, set[str]] = {}
        by_plain: dict[str, set[str]] = {}
        self.district_by_plain: dict[str, set[str]] = {}
        for pkey, districts in legacy["DICT_PROVINCE_DISTRICT"].items():
            province = self.province_by_key[pkey]
            for d in districts.values():
                short = d["districtShort"]
                by_name.setdefault(short, set()).add(province)
                by_plain.setdefault(strip_accents(short), set()).add(province)
                self.district_by_plain.setdefault(strip_accents(short), set()).add(short)
        self.district_provinces = by_name
        # Cities below a province (districtType "Thành phố") -> their provinces: "Buôn Ma Thuột" -> {"Đắk Lắk"}.
        self.city_district_provinces: dict[str, set[str]] = {}
        for pkey, districts in legacy["DICT_PROVINCE_DISTRICT"].items():
            for d in districts.values():
                if d.get("districtType") == "Thành phố":
                    self.city_district_provinces.setdefault(d["districtShort"], set()).add(self.province_by_key[pkey])
        self.district_provinces_plain = by_plain
        # (Province, district short name) -> the district's level words: ("Kon Tum", "Đắk Hà") -> {"huyện"};
        # ("Hà Tĩnh", "Kỳ Anh") -> {"huyện", "thị xã"} (two districts of one name).
        self.district_levels: dict[tuple[str, str], set[str]] = {}
        for pkey, districts in legacy["DICT_PROVINCE_DISTRICT"].items():
            for d in districts.values():
                if d.get("districtType"):
                    key = (self.province_by_key[pkey], d["districtShort"])
                    self.district_levels.setdefault(key, set()).add(d["districtType"].lower())
        self.districts = sorted(by_name)

        # Old province -> the province it belongs to after 2025.
        self.successor: dict[str, str] = {}
        for new_key, old_keys in _load("converter_2025.json")["DICT_PROVINCE"].items():
            for old in old_keys:
                if old in self.province_by_key:
                    self.successor[self.province_by_key[old]] = new_by_key.get(new_key, self.province_by_key.get(new_key, ""))
        self.successor.update(RENAMED_PROVINCES)

        names = sorted(self.provinces, key=len, reverse=True)
        alternatives = by_first_letter([*names, *(n.upper() for n in names)])
        # A province name as a whole word, with its level word when there is one:
        # "tỉnh Hà Giang", "TỈNH BẮC NINH", "Hà Tĩnh", "TP. Hồ Chí Minh".
        self.province_mention = re.compile(
            r"(?<!\w)(?:(tỉnh|TỈNH|Tỉnh|thành phố|Thành phố|THÀNH PHỐ|TP\.|TP)\s+)?(" + alternatives + r")(?!\w)"
        )
        # province_mention without its leading lookbehind (tested in province_mentions) and
        # with every alternative opening with a letter: the level words grouped under "t" and
        # "T" (group "a" or "b" is then the name), then each first letter's names. The regex
        # engine then skips to the next possible first letter instead of trying the lookbehind
        # and the level words at every character: ~5x faster over a whole document. The same
        # alternatives in the same order at any place: the same matches.
        by_letter: dict[str, list[str]] = {}
        for n in [*names, *(n.upper() for n in names)]:
            by_letter.setdefault(n[:1], []).append(n)
        self.province_scan = re.compile(
            r"t(?:ỉnh|hành phố)\s+(?P<a>" + alternatives + r")(?!\w)"
            r"|T(?:ỈNH|ỉnh|hành phố|HÀNH PHỐ|P\.|P)\s+(?P<b>" + alternatives + r")(?!\w)"
            r"|" + "|".join(by_first_letter(group) + r"(?!\w)" for group in by_letter.values())
        )
        dnames = sorted(self.districts, key=len, reverse=True)
        dalternatives = "|".join(re.escape(n) for n in dnames) + "|" + "|".join(re.escape(n.upper()) for n in dnames)
        # A district named with its level word: "huyện Đồng Văn", "HUYỆN ĐỒNG VĂN", "thị xã Kỳ Anh", or by
        # its party committee: "Huyện ủy Đồng Văn", "HUYỆN ỦY MÈO VẠC", "Thị uỷ Sơn Tây", "Quận ủy Ba Đình".
        self.district_mention = re.compile(
            r"(?<!\w)(huyện|Huyện|HUYỆN|thị xã|Thị xã|THỊ XÃ|quận|Quận|QUẬN|" + DISTRICT_PARTY_COMMITTEE + r")\s+("
            + dalternatives
            + r")(?!\w)"
        )
        self.upper_province = {n.upper(): n for n in self.provinces}
        # A province whose name holds a dash, with any dash and spacing: "Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu".
        dashed = [r"\s*[-–—]\s*".join(re.escape(w) for w in n.split(" - ")) for n in self.provinces if " - " in n]
        self.dashed_province = re.compile("|".join(dashed)) if dashed else None
        self.upper_district = {n.upper(): n for n in self.districts}


@cache
def _tables() -> _Tables:
    return _Tables()


def provinces() -> list[str]:
    """Short names of all provinces, before and after 2025."""
    return list(_tables().provinces)


@cache
def _district_wards() -> dict[tuple[str, str], frozenset[str]]:
    """(province, district short name) -> the short names of its communes and wards before 2025."""
    t = _tables()
    legacy = _load("parser_legacy.json")
    out: dict[tuple[str, str], frozenset[str]] = {}
    for pkey, districts in legacy["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"].items():
        province = t.province_by_key[pkey]
        for dkey, wards in districts.items():
            d = legacy["DICT_PROVINCE_DISTRICT"].get(pkey, {}).get(dkey)
            if d is None:
                continue
            names = frozenset(w["wardShort"] for w in wards.values() if isinstance(w["wardShort"], str))
            out[(province, d["districtShort"])] = out.get((province, d["districtShort"]), frozenset()) | names
    return out


def is_ward_of_district(ward: str, district: str, province: str) -> bool:
    """Whether ``district`` of ``province`` had a commune or ward named ``ward`` before 2025: 'Nà Chì'
    of 'Xín Mần' (Hà Giang)."""
    short = district_name(district) or district
    return (place_spelling(ward) or ward) in _district_wards().get((province, short), frozenset())


@cache
def _ward_districts() -> dict[tuple[str, str], tuple[str, ...]]:
    """(province, commune or ward short name) -> the districts that had one of that name before 2025,
    sorted: ``_district_wards`` read the other way (``districts_with_ward`` asks it of every
    commune a graph keys)."""
    out: dict[tuple[str, str], list[str]] = {}
    for (province, district), wards in _district_wards().items():
        for w in wards:
            out.setdefault((province, w), []).append(district)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def districts_with_ward(ward: str, province: str) -> list[str]:
    """The districts of ``province`` that had a commune or ward named ``ward`` before 2025, sorted:
    'Nà Chì' in Hà Giang -> ['Xín Mần']."""
    return list(_ward_districts().get((province, place_spelling(ward) or ward), ()))


@cache
def _wards_since_2025() -> frozenset[tuple[str, str, str]]:
    """(province, level word, short name) of every commune, ward and special zone since 2025 (the
    two-level local government): ("Quảng Ninh", "xã", "Lương Minh")."""
    data = _load("parser_from_2025.json")
    names = {key: p["provinceShort"] for key, p in data["DICT_PROVINCE"].items()}
    return frozenset(
        (names[pkey], w["wardType"].lower(), w["wardShort"])
        for pkey, wards in data["DICT_PROVINCE_WARD_NO_ACCENTED"].items()
        for w in wards.values()
        if isinstance(w["wardShort"], str)
    )


def is_ward_since_2025(level: str, ward: str, province: str) -> bool:
    """Whether ``province`` has had, since 2025, a commune of the level ``level`` ("xã", "phường",
    "đặc khu") named ``ward``: 'xã Lương Minh' of Quảng Ninh (the 2025 commune, another than the
    xã Lương Minh of huyện Ba Chẽ it replaced); not 'xã Nà Chì' of Tuyên Quang (Hà Giang's, ended)."""
    return (province, level, place_spelling(ward) or ward) in _wards_since_2025()


def province_of_district_ward(district: str, ward: str) -> str | None:
    """The province of a district whose name several provinces share, when only one of those districts
    had a commune or ward named ``ward`` before 2025: 'Bảo Lâm' with 'Thái Học' -> Cao Bằng (not Lâm Đồng);
    None when none or several did."""
    t = _tables()
    short = district_name(district) or district
    found = {p for p in t.district_provinces.get(short, ()) if is_ward_of_district(ward, short, p)}
    return next(iter(found)) if len(found) == 1 else None


def district_names() -> list[str]:
    """Short names of all districts (before 2025), each once, sorted."""
    return sorted(_tables().district_provinces)


def is_city(province: str) -> bool:
    """True for a centrally-run city ('Cần Thơ'), whose bodies say 'thành phố', not 'tỉnh'."""
    return province in _tables().cities


def province_level_word(province: str) -> str:
    """'tỉnh' for a province, 'thành phố' for a centrally-run city: 'Sở Y tế thành phố Cần Thơ'."""
    return "thành phố" if is_city(province) else "tỉnh"


# The level words a province's name may be written after, lower case: "Tỉnh Hà Giang", "TP. Cần Thơ".
_PROVINCE_PREFIXES = ("tỉnh ", "thành phố ", "tp. ", "tp ")


@lru_cache(maxsize=65536)
def province_name(name: str) -> str | None:
    """The province's short name for a name written any way: 'HÀ GIANG', 'ha giang' -> 'Hà Giang'.
    Memoised: the graph's name rules ask it of the same places (provinces, districts, communes) in
    every document."""
    if not name:
        return None
    t = _tables()
    s = " ".join(name.split())
    lowered = s.lower()
    for prefix in _PROVINCE_PREFIXES:
        if lowered.startswith(prefix):
            s = s[len(prefix) :].strip()
            break
    if s in t.province_names:
        return s
    return t.province_by_plain.get(_key(s))


def respelled_province(name: str) -> str | None:
    """The province a known misspelling names (PROVINCE_MISSPELLINGS): 'Đắc Lắc' -> 'Đắk Lắk'; None else."""
    return PROVINCE_MISSPELLINGS.get(_key(name))


_DASH = re.compile(r"\s*[-–—]\s*")


def respell_provinces(text: str) -> str:
    """Provinces whose name holds a dash written as the province list writes them:
    "Sở Y tế tỉnh Bà Rịa-Vũng Tàu" -> "Sở Y tế tỉnh Bà Rịa - Vũng Tàu"; other dashes stay."""
    pattern = _tables().dashed_province
    return pattern.sub(lambda m: _DASH.sub(" - ", m.group(0)), text) if pattern else text


@lru_cache(maxsize=65536)
def district_name(name: str) -> str | None:
    """A district's short name, diacritic-insensitively when unambiguous: 'Đông Văn' -> 'Đồng Văn'.
    Memoised, as ``province_of_district``: the graph's name rules ask them of the same places
    in every document."""
    if not name:
        return None
    t = _tables()
    s = " ".join(name.split())
    if s in t.district_provinces:
        return s
    if s.upper() in t.upper_district:
        return t.upper_district[s.upper()]
    candidates = t.district_by_plain.get(strip_accents(s), set())
    return next(iter(candidates)) if len(candidates) == 1 else None


def district_level(name: str, province: str | None) -> str | None:
    """The level word of the district named ``name`` in ``province``: 'Đắk Hà' in Kon Tum -> 'huyện',
    'Kon Tum' in Kon Tum -> 'thành phố'; None when the province has no district of that name, or two
    ('Kỳ Anh' in Hà Tĩnh: a huyện and a thị xã)."""
    if not name or not province:
        return None
    short = district_name(name) or name
    levels = _tables().district_levels.get((province, short), set())
    return next(iter(levels)) if len(levels) == 1 else None


@lru_cache(maxsize=65536)
def province_of_district(name: str) -> str | None:
    """The province of a district whose name is unique in the country; None when ambiguous."""
    if not name:
        return None
    t = _tables()
    s = " ".join(name.split())
    provinces_ = t.district_provinces.get(s) or t.district_provinces.get(t.upper_district.get(s.upper(), ""))
    if provinces_ is None:
        provinces_ = t.district_provinces_plain.get(strip_accents(s))
    if provinces_ and len(provinces_) == 1:
        return next(iter(provinces_))
    return None


def city_in_province(name: str, province: str | None) -> str | None:
    """The short name of a city below a province ('thành phố' of district level) named ``name``,
    in ``province`` (or the only one of that name when the province is unknown), else None:
    'Buôn Ma Thuột' in Đắk Lắk -> 'Buôn Ma Thuột'; 'Đồng Văn' (a huyện) -> None."""
    if not name:
        return None
    t = _tables()
    short = district_name(name)
    provinces_ = t.city_district_provinces.get(short or "")
    if not provinces_:
        return None
    if province:
        return short if province in provinces_ else None
    return short if len(provinces_) == 1 else None


def successor_province(old: str) -> str | None:
    """The province that an old province belongs to since 2025: 'Hà Giang' -> 'Tuyên Quang'."""
    p = province_name(old)
    return _tables().successor.get(p) if p else None


def province_mentions(text: str) -> Counter[str]:
    """How often each province is named in ``text``; a mention with its level word counts 3."""
    t = _tables()
    counts: Counter[str] = Counter()
    # The matches of t.province_mention, found with t.province_scan: a match preceded by a
    # word character is dropped and the search goes on from its next character, as the
    # lookbehind would have it.
    pos = 0
    while (m := t.province_scan.search(text, pos)) is not None:
        if m.start() and _WORD_CHARACTER.match(text, m.start() - 1):
            pos = m.start() + 1
            continue
        pos = m.end()
        written = m.group("a") or m.group("b")
        level = written is not None
        written = written or m.group(0)
        name = t.upper_province.get(written, written)
        if name in NEEDS_LEVEL_WORD and not level:
            continue
        counts[name] += 3 if level else 1
    return counts


_WORD_CHARACTER = re.compile(r"\w")


def find_province(text: str) -> str | None:
    """The province most named in ``text`` (names with 'tỉnh' weigh more), or None."""
    counts = province_mentions(text)
    if not counts:
        return None
    return counts.most_common(1)[0][0]


def district_mentions(text: str) -> Counter[str]:
    """How often each district is named with its level word ('huyện Đồng Văn') or its party committee
    ('Huyện ủy Đồng Văn') in ``text``."""
    t = _tables()
    counts: Counter[str] = Counter()
    for m in t.district_mention.finditer(text):
        counts[t.upper_district.get(m.group(2), m.group(2))] += 1
    return counts


def find_district(text: str) -> str | None:
    """The district most named with its level word in ``text``, or None."""
    counts = district_mentions(text)
    return counts.most_common(1)[0][0] if counts else None


class _PlaceNames:
    """Every province, district and ward (commune) name, old and new, by its lower-case form.

    Built apart from ``_Tables`` (once, lazily): the wards are some 13,000 names that only the
    readers of a body's name after its level word need."""

    def __init__(self) -> None:
        t = _tables()
        self.by_lower: dict[str, str] = {}
        # Provinces and districts first: their spelling wins over a ward's of the same name.
        for name in (*t.provinces, *t.districts):
            self.by_lower.setdefault(name.lower(), name)
        for districts in _load("parser_legacy.json")["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"].values():
            for wards in districts.values():
                for w in wards.values():
                    self._add(w["wardShort"])
        for wards in _load("parser_from_2025.json")["DICT_PROVINCE_WARD_NO_ACCENTED"].values():
            for w in wards.values():
                self._add(w["wardShort"])
        self.max_words = max(len(k.split()) for k in self.by_lower)

    def _add(self, name: object) -> None:
        if isinstance(name, str) and name:  # a few wards of the data have no short name (NaN)
            self.by_lower.setdefault(name.lower(), name)


@cache
def _place_names() -> _PlaceNames:
    return _PlaceNames()


def place_spelling(name: str) -> str | None:
    """The data's spelling of a province, district or ward named in any case:
    "M'đrắk" -> "M'Đrắk", 'EA H'LEO' -> "Ea H'leo"; None for an unknown name."""
    return _place_names().by_lower.get(" ".join(name.split()).lower())


def place_words_at(words: list[str]) -> int:
    """How many of ``words`` (from the first) make the longest known place name, 0 when none:
    ['Đại', 'Từ', 'về'] -> 2 ("Từ" alone reads as the preposition "from")."""
    names = _place_names()
    for n in range(min(len(words), names.max_words), 0, -1):
        if " ".join(words[:n]).lower() in names.by_lower:
            return n
    return 0


@cache
def _ward_provinces() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Ward short name -> the provinces with a ward of that name: (since 2025, before 2025)."""
    t = _tables()
    new_names = {key: p["provinceShort"] for key, p in _load("parser_from_2025.json")["DICT_PROVINCE"].items()}
    new: dict[str, set[str]] = {}
    for pkey, wards in _load("parser_from_2025.json")["DICT_PROVINCE_WARD_NO_ACCENTED"].items():
        for w in wards.values():
            if isinstance(w["wardShort"], str):
                new.setdefault(w["wardShort"], set()).add(new_names[pkey])
    old: dict[str, set[str]] = {}
    for pkey, districts in _load("parser_legacy.json")["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"].items():
        for wards in districts.values():
            for w in wards.values():
                if isinstance(w["wardShort"], str):
                    old.setdefault(w["wardShort"], set()).add(t.province_by_key[pkey])
    return ({k: frozenset(v) for k, v in new.items()}, {k: frozenset(v) for k, v in old.items()})


def province_of_ward(ward: str, mentioned: Counter[str]) -> str | None:
    """The province of a commune or ward named in a document's place line: among the provinces
    that have a ward of that name, the one the text names most ('Lương Minh' with Quảng Ninh and
    Thanh Hóa each named once -> Quảng Ninh, whose ward it is), or, when the text names none of
    them, the only province with such a ward since 2025 ('Bắc Cam Ranh' -> Khánh Hòa)."""
    new, old = _ward_provinces()
    name = place_spelling(ward) or ward
    candidates = new.get(name, frozenset()) | old.get(name, frozenset())
    named = [p for p in candidates if mentioned.get(p)]
    if named:
        return max(named, key=lambda p: (mentioned[p], p in new.get(name, ())))
    since_2025 = new.get(name, frozenset())
    return next(iter(since_2025)) if len(since_2025) == 1 and not mentioned else None


@cache
def _ward_keys() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Province -> the plain names (``_key``) of its communes and wards: (since 2025, before 2025).
    Each era's names with the other names the data keeps for a unit as its keywords (the names of
    the communes merged into it earlier: "thitranmocchau" of phường Mộc Sơn), so that a name
    counts as of an era if any unit of that era was ever called so."""
    t = _tables()
    new: dict[str, set[str]] = {}
    for pkey, wards in _load("parser_from_2025.json")["DICT_PROVINCE_WARD_NO_ACCENTED"].items():
        province = _load("parser_from_2025.json")["DICT_PROVINCE"][pkey]["provinceShort"]
        for w in wards.values():
            new.setdefault(province, set()).update(w.get("wardKeywords", ()))
    old: dict[str, set[str]] = {}
    for pkey, districts in _load("parser_legacy.json")["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"].items():
        for wards in districts.values():
            for w in wards.values():
                old.setdefault(t.province_by_key[pkey], set()).update(w.get("wardKeywords", ()))
    return ({k: frozenset(v) for k, v in new.items()}, {k: frozenset(v) for k, v in old.items()})


def ward_era(ward: str, province: str) -> str | None:
    """Whether a commune or ward of ``province`` named ``ward`` (its short name) is one the 2025
    reorganisation made or one it ended: "since" when the province has had a unit of that name only
    since 2025 ('Mộc Châu' of Sơn La is not: thị trấn Mộc Châu was one before), "until" when only
    before it (in the province or the one it merged into: 'Nà Chì' of Hà Giang), None when both or
    neither (the data does not tell)."""
    new, old = _ward_keys()
    key = _key(ward)
    if not key:
        return None
    before = key in old.get(province, ())
    after = key in new.get(successor_province(province) or province, ())
    if after and not before and province in new:
        return "since"
    if before and not after:
        return "until"
    return None
