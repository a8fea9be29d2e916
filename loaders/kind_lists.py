"""A kind's list: the places of one level named once by their kind, then listed after a colon.

"Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng khẩn trương gửi Báo cáo …" (Công điện 232/CĐ-TTg),
"Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, …, Huế, Đà Nẵng"
(Công điện 228/CĐ-TTg), "UBND các huyện: Mộc Châu, Vân Hồ" (a Nơi nhận).

``kind_list`` finds such a list at its colon and reads it once: the kind ("các tỉnh, thành phố"), its level ("tỉnh, thành
phố") and each place the list names, with its span, up to the list's end. Its callers choose what to read off it: one
name, the kind and its list as written, from the first place's start to the list's end (a report's sender,
``parties.name_at``), or one body per place (a task's
assignees, ``parties.assignees``; a recipient list, ``recipients``): ``bodies_per_place``. The places are the names
``places`` knows (``places.place_words_at``); a centrally-run city's level word is ``places.province_level_word``'s.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from vanban.loaders.letters import UPPER_LETTERS
from vanban.loaders.names import normalize_tones
from vanban.loaders.places import is_city, place_words_at, province_level_word
from vanban.loaders.text_memos import TextMemo

# A plural kind of places right before a colon, its level word in group "level": "các tỉnh" in "Ủy ban nhân dân các
# tỉnh:", "các tỉnh, thành phố trực thuộc Trung ương" in "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung
# ương:", "các tỉnh, TP" in "UBND các tỉnh, TP: Hồ Chí Minh, Đồng Nai" (a Nơi nhận of Văn phòng Chính phủ), "các huyện",
# "các xã". Searched with the colon as its end (``endpos``).
KIND_BEFORE_COLON = re.compile(
    r"(?<![\wđ])[Cc]ác\s+(?P<level>tỉnh\s*,\s*(?:thành\s+phố|TP)|tỉnh|thành\s+phố|huyện|quận|thị\s+xã|thị\s+trấn|xã|phường)"
    r"(?:\s+trực\s+thuộc\s+(?:[Tt]rung\s+ương|TW))?[\s*_]*$"
)
# How far before its colon a kind may start: "các tỉnh, thành phố trực thuộc Trung ương" and some markup.
_KIND_BACK = 60
# The most words of a place's name ("Bà Rịa - Vũng Tàu": five with its dash), the most places a list names (the 34
# provinces and cities, and some).
_PLACE_WORDS, _MOST_PLACES = 5, 40
# A word of a listed place's name: "Đắk", "Lắk" in "Đắk Lắk,", the dash of "Bà Rịa - Vũng Tàu". The words of one name
# part at spaces only (a name wrapped over two lines: "Ninh" / "Bình").
PLACE_WORD = re.compile(r"[^\s,;:.()*_|]+")
_SPACES = re.compile(r"\s+")
# Where two places of the list part: a comma, "và", or both: "Khánh Hòa, Gia Lai và Lâm Đồng", "Phú Thọ, và Tuyên
# Quang"; before the first place, markup and spaces after the colon: "các tỉnh: **Hà Tĩnh".
PLACES_SEPARATOR = re.compile(r"[\s*_]*(?:,[\s*_]*(?:và[\s*_]+)?|[\s*_]+và[\s*_]+)")
_OPENING = re.compile(r"[\s*_]*")


class ListedPlace(NamedTuple):
    """A place of a kind's list: its name as written ("Đắk Lắk") and where it stands in the text."""

    name: str
    start: int
    end: int


class KindList(NamedTuple):
    """A kind's list read at its colon: the kind ("các tỉnh, thành phố" at ``kind_start``), its level ("tỉnh, thành
    phố"), the places listed and the list's end (the last place's end)."""

    kind_start: int
    level: str
    colon: int
    places: tuple[ListedPlace, ...]

    @property
    def end(self) -> int:
        return self.places[-1].end

    def level_of(self, place: str) -> str:
        """The level word of one listed place: the kind's, or each place its own in a list of "tỉnh, thành phố" (a
        centrally-run city's "thành phố": "Ủy ban nhân dân thành phố Hải Phòng")."""
        return province_level_word(place) if "," in self.level else self.level


def _level(written: str) -> str:
    """A kind's level word on one line, a city's mark in words: "tỉnh,\\nthành phố" -> "tỉnh, thành phố", "tỉnh, TP" ->
    "tỉnh, thành phố"."""
    level = " ".join(written.split()).replace(" ,", ",")
    return "tỉnh, thành phố" if level.startswith("tỉnh,") else level


def _place_at(s: str, p: int, endpos: int) -> int:
    """The end of the name of a place that starts at s[p] with a capital, read as ``places`` knows it ("Gia Lai" in "Gia
    Lai theo chức năng"; "Khánh Hoà" as "Khánh Hòa", its tone written the old way), or -1."""
    if not s[p : p + 1].isupper():
        return -1
    words: list[str] = []
    ends: list[int] = []
    q = p
    while len(words) < _PLACE_WORDS and (w := PLACE_WORD.match(s, q, endpos)) is not None:
        words.append(normalize_tones(w.group(0)))
        ends.append(w.end())
        gap = _SPACES.match(s, w.end(), endpos)
        if gap is None:
            break  # a comma or a mark right after the word: the name ends there
        q = gap.end()
    n = place_words_at(words)
    return ends[n - 1] if n else -1


def kind_list(s: str, colon: int, endpos: int | None = None) -> KindList | None:
    """The kind's list whose colon is s[colon], read up to ``endpos``: the kind before the colon (KIND_BEFORE_COLON), then
    each place after it, up to the first piece that opens with no place's name ("Khánh Hòa, Đắk Lắk, Gia Lai và lãnh đạo
    các Bộ, ngành …", Công điện 223/CĐ-TTg: three places) or runs on past one ("Lâm Đồng khẩn trương gửi …"); None when
    no kind stands before the colon or no place follows it.

    Kept (READINGS): a passage's list is read once for all its readers (``parties.name_at`` and ``parties.assignees``
    read the same colon of the same text)."""
    if not s.startswith(":", colon):
        return None
    return READINGS(s, colon, len(s) if endpos is None else min(endpos, len(s)))


def _read(s: str, colon: int, endpos: int) -> KindList | None:
    """``kind_list``'s reading, its memo aside."""
    if colon >= endpos:
        return None
    kind = KIND_BEFORE_COLON.search(s, max(0, colon - _KIND_BACK), colon)
    if kind is None:
        return None
    found: list[ListedPlace] = []
    p = _OPENING.match(s, colon + 1, endpos).end()
    while len(found) < _MOST_PLACES:
        end = _place_at(s, p, endpos)
        if end < 0:
            break
        found.append(ListedPlace(" ".join(s[p:end].split()), p, end))
        sep = PLACES_SEPARATOR.match(s, end, endpos)
        if sep is None:
            break
        p = sep.end()
    if not found:
        return None
    return KindList(kind.start(), _level(kind.group("level")), colon, tuple(found))


# The lists read, by text, colon and end (text_memos.TextMemo).
READINGS: TextMemo[KindList | None] = TextMemo(_read)


def holder_of(name: str) -> str | None:
    """The holder a name ending with a kind names for each place: "Chủ tịch Ủy ban nhân dân" of "Chủ tịch Ủy ban nhân dân
    các tỉnh"; None when the name ends with no kind, or is a kind alone ("các tỉnh" names places, no body)."""
    kind = KIND_BEFORE_COLON.search(name)
    if kind is None:
        return None
    return name[: kind.start()].strip() or None


# Where the holders of a list of places part: "," and "và" ("Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân" in "- Bí thư
# tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Hà Tĩnh, …", a Công điện of Thủ tướng Chính phủ).
HOLDERS_PARTS = re.compile(rf",\s*|\s+và\s+(?=[{UPPER_LETTERS}])")
# A Party committee's head named for the provinces and the cities of a list at once: "Bí thư Tỉnh ủy" before "Thành ủy"
# in "Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, …, Huế, Đà
# Nẵng, …" (Công điện 228/CĐ-TTg): the Tỉnh ủy's of a province, the Thành ủy's of a city.
PROVINCE_OR_CITY_COMMITTEE = re.compile(r"(?P<holder>.+?)\s+[Tt]ỉnh\s+[uủ][ỷy]$")
# The province's Party committee ending a holder's title, a city's in its place: "Tỉnh ủy" in "Bí thư Tỉnh ủy".
CITY_COMMITTEE_AT_END = re.compile(r"Tỉnh\s+[uủ][ỷy]$")
# A Party committee that ends an office-holder's title, the place's name put right after it: "Bí thư tỉnh ủy" + "Gia Lai".
PARTY_COMMITTEE_END = re.compile(r"(?:tỉnh|thành|huyện)\s+[uủ][ỷy]$", re.IGNORECASE)
# The mark of a holder named for both committees ("Bí thư Tỉnh ủy, Thành ủy"), the committee chosen by the place.
_EITHER_COMMITTEE = "\x00"


def _capitalised(m: re.Match) -> str:
    """A match with its first letter in capitals: "tỉnh ủy" -> "Tỉnh ủy" (a committee named with its place)."""
    return m.group(0)[:1].upper() + m.group(0)[1:]


def holders_of(body: str) -> list[str]:
    """The holders a list's head names before its kind, each named for every place: "Bí thư tỉnh ủy và Chủ tịch Ủy ban
    nhân dân" -> "Bí thư tỉnh ủy", "Chủ tịch Ủy ban nhân dân"; "Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân" -> one
    holder for both committees (marked, the committee chosen by each place), "Chủ tịch Ủy ban nhân dân"."""
    names = [h.strip() for h in HOLDERS_PARTS.split(body) if h.strip()]
    for k in range(len(names) - 1):
        if names[k + 1].lower() in ("thành ủy", "thành uỷ") and (head := PROVINCE_OR_CITY_COMMITTEE.match(names[k])) is not None:
            names[k : k + 2] = [f"{head.group('holder')} {_EITHER_COMMITTEE}"]
            break
    return names


def bodies_per_place(holders: list[str], listed: KindList) -> list[str]:
    """Each of the ``holders`` for each place of the list, place by place: "Bí thư tỉnh ủy", "Chủ tịch UBND" and "các
    tỉnh: Gia Lai, Đắk Lắk" -> "Bí thư Tỉnh ủy Gia Lai", "Chủ tịch UBND tỉnh Gia Lai", "Bí thư Tỉnh ủy Đắk Lắk", … A Party
    committee's head takes the place's name after its committee (a city's Thành ủy in a list of "tỉnh, thành phố"), the
    others the place's level too (``KindList.level_of``)."""
    both = "," in listed.level
    out: list[str] = []
    for place in listed.places:
        n = place.name
        city = is_city(n)
        for h in holders:
            if h.endswith(_EITHER_COMMITTEE):
                out.append(f"{h[:-1]}{'Thành ủy' if city else 'Tỉnh ủy'} {n}")
            elif PARTY_COMMITTEE_END.search(h):
                committee = PARTY_COMMITTEE_END.sub(_capitalised, h)
                if city and both:
                    committee = CITY_COMMITTEE_AT_END.sub("Thành ủy", committee)  # a city's in a list of "tỉnh, thành phố"
                out.append(f"{committee} {n}")
            else:
                out.append(f"{h} {listed.level_of(n)} {n}")
    return out
