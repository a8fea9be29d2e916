"""Which mentions name one instrument: grouping by type and number, symbol (cut short, glued, or with its
year under another type), name and year; and whether a mention names a citation's instrument
(``names_same_instrument``, what ``find_implements`` looks up).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vanban.loaders import codes
from vanban.loaders.charter_names import treaty_city_key, treaty_short_key
from vanban.loaders.citation_mentions import NAMED, SHORT, UNNUMBERED, Mention
from vanban.loaders.citation_symbols import symbol_parts, symbol_year, type_code
from vanban.loaders.law_names import CONSTITUTION_STATE, DATE_TAIL
from vanban.loaders.names import expand_abbreviations, normalize_tones, unglue_syllables
from vanban.loaders.unnumbered_citations import PLENUM_KEY, plenum_key
from vanban.loaders.records import Citation


# A year at the end of a name, with or without "năm": "Luật Đất đai năm 2024", "Luật Đất đai 2024".
_YEAR_SUFFIX = re.compile(r"\s+(?:(?i:năm)\s*)?(?:19|20)\d{2}$")
# A code of codes.LAW_NAME_CODES, as a word: "NSNN" in "Luật NSNN".
_LAW_NAME_CODE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(codes.LAW_NAME_CODES, key=len, reverse=True)) + r")(?!\w)")


# The number and symbol ending a citation's surface once its date is cut off: " số 72/2025/QH15" in "Luật Tổ chức
# chính quyền địa phương số 72/2025/QH15".
NUMBER_TAIL = re.compile(r"\s+(?:(?i:số)\s*:?\s*)?\d[\w./\-–& ]*$")


def _same_symbol_year(a: str | None, b: str | None) -> bool:
    """Whether two symbols carry one year: "163/2024/QH15" twice is one instrument even when one
    mention's date says another year ("Nghị quyết số 163/2024/QH15 ngày 27 tháng 11 năm 2025", then
    "Nghị quyết 163/2024/QH15", corpus 004: a slip in the date)."""
    ya = symbol_year(a)
    return ya is not None and ya == symbol_year(b)


# The codes written with "Đ" by their form folded to "D", in lower case (codes.FOLDED_CODES): "qd" is "qđ"; and
# the Trung ương's code "TƯ" ("Quy định số 06-QĐ/TƯ"), the "TW" it stands for.
_FOLDED_PARTS = {**{f.lower(): c.lower() for f, c in codes.FOLDED_CODES.items()}, "tư": "tw"}


def _part(p: str) -> str:
    """A symbol's part as mentions are compared (as the graph's keys compare it): in lower case, a code written
    without its "Đ" as that code ("QD" in "123/QD-UBND", an OCR or ASCII copy, is the "QĐ" of "123/QĐ-UBND"),
    a code joined by "&" as the same code without it ("BGD&ĐT" is "BGDĐT")."""
    low = p.lower()
    if "&" in low:
        low = low.replace("&", "")
    return _FOLDED_PARTS.get(low, low)


def symbol_key(symbol: str | None) -> frozenset[str]:
    return frozenset(_part(p) for p in symbol_parts(symbol or "") if not p.isdigit())


def _cut_symbol(a: str | None, b: str | None) -> bool:
    """Whether one symbol is the other cut short, both carrying the same year: "2025/NQLT" and
    "2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN" (corpus 061: "Nghị quyết liên tịch số 102/2025/NQLT." for
    the joint resolution cited in full in the preamble). Without a year in both, no: "KH" and
    "KH-UBND" may be two series."""
    year = symbol_year(a)
    if year is None or year != symbol_year(b):
        return False
    pa = [_part(p) for p in symbol_parts(a or "") if not p.isdigit()]
    pb = [_part(p) for p in symbol_parts(b or "") if not p.isdigit()]
    shorter, longer = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    if not shorter or shorter == longer:
        return False
    if longer[: len(shorter)] == shorter:
        return True
    # Its last part cut by a space: "01/2016/TT-BGD ĐT" read "2016/TT-BGD" for "2016/TT-BGDĐT" (a
    # Phú Thọ plan), the type code kept.
    return _last_part_cut(shorter, longer) or (len(shorter) == len(longer) and _last_part_cut(longer, shorter))


def _last_part_cut(shorter: list[str], longer: list[str]) -> bool:
    """Whether ``shorter``'s last part (two letters at least, after the type code) begins ``longer``'s part
    in its place, the parts before it equal: ["tt", "bgd"] and ["tt", "bgdđt"]."""
    last = shorter[-1]
    return (
        len(shorter) >= 2 and len(last) >= 2 and longer[: len(shorter) - 1] == shorter[:-1]
        and longer[len(shorter) - 1] != last and longer[len(shorter) - 1].startswith(last)
    )


def _type_code_slip(a: Mention, b: Mention) -> bool:
    """Whether two numbered mentions of one type, number and body differ only by a type code that one of them writes
    against its type word, a slip: "Chỉ thị số 49-NQ/TW của Ban Bí thư" after "Chỉ thị số 49-CT/TW ngày 28 tháng 6 năm
    2025 của Ban Bí thư" (a Chính phủ's resolution) is that Chỉ thị. A code that agrees with its type word on both
    sides ("Kế hoạch số 12/KH-UBND", "Kế hoạch số 12/KH-BCĐ") is two series; their years, when both given, agree."""
    if a.doc_type != b.doc_type or (a.year and b.year and a.year != b.year) or _dates_differ(InstrumentGroup([a]), b):
        return False
    codes_ = [type_code(a.symbol), type_code(b.symbol)]
    if None in codes_ or codes_[0] == codes_[1]:
        return False
    if sum(codes.TYPE_CODES.get(c) == a.doc_type for c in codes_) != 1 or not all(c in codes.TYPE_CODES for c in codes_):
        return False
    rest_a = [_part(p) for p in symbol_parts(a.symbol or "") if not p.isdigit() and p != codes_[0]]
    rest_b = [_part(p) for p in symbol_parts(b.symbol or "") if not p.isdigit() and p != codes_[1]]
    return bool(rest_a) and rest_a == rest_b


def _full_symbol(number: str | None, symbol: str | None) -> tuple[str, str] | None:
    """The number and the symbol with its year, as one key: ("101", "2025/ubtvqh15"); None without a
    year in the symbol. Such a number is given once a year by one body, so two citations sharing it
    name one instrument whatever type each writes: "Nghị quyết số 101/2025/UBTVQH15" and, by a slip,
    "Nghị quyết liên tịch số 101/2025/UBTVQH15" (corpus 061)."""
    if not number or symbol_year(symbol) is None:
        return None
    return number.lstrip("0") or "0", "/".join(_part(p) for p in symbol_parts(symbol or ""))


# The initials of the treaty type words (charter_names.NAMED_TREATY), which gate treaty_city_key.
_TREATY_INITIALS = frozenset("CHTN")


@lru_cache(maxsize=4096)
def name_key(name: str | None) -> str:
    """'Luật MTTQ Việt Nam' and 'Luật Mặt trận Tổ quốc Việt Nam năm 2015' -> one key, as are
    'Luật Thi đua, khen thưởng' and 'Luật Thi đua khen thưởng'.
    Memoised (pure): implements compares each mention with each citation by these keys."""
    s = expand_abbreviations(" ".join((name or "").replace("*", "").replace(",", " ").split()))
    treaty = (treaty_city_key(s) or treaty_short_key(s)) if s[:1] in _TREATY_INITIALS else None
    if treaty:
        return treaty  # "Thỏa thuận Paris về biến đổi khí hậu" is "Thỏa thuận Paris"
    if s[:9].lower() == "hiến pháp":
        # A constitution is known by its year, written with or without the state's name:
        # "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013" -> "hiến pháp năm 2013".
        return " ".join(CONSTITUTION_STATE.sub("", s).lower().split())
    if _LAW_NAME_CODE.search(s):
        s = _LAW_NAME_CODE.sub(lambda m: codes.LAW_NAME_CODES[m[0]], s)  # "Luật NSNN" is "Luật ngân sách nhà nước"
    # Two syllables a copy ran together are the two words: "Hội đồng nhândân" is "Hội đồng nhân dân"; a tone mark
    # on either vowel one spelling: "Luật Phòng, chống ma tuý" is "… ma túy".
    key = normalize_tones(unglue_syllables(_YEAR_SUFFIX.sub("", s).lower()))
    return codes.LAW_NAME_VARIANTS.get(key, key)


@dataclass
class InstrumentGroup:
    mentions: list[Mention]

    @property
    def first(self) -> Mention:
        return self.mentions[0]


def _written_year(name: str | None) -> str | None:
    """The year a name ends with, as written ("2025" of "Luật Sửa đổi Bộ luật Hình sự 2025"), else None."""
    y = _YEAR_SUFFIX.search(DATE_TAIL.sub("", name or ""))
    return y[0].split()[-1][-4:] if y else None


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
    if m.date is not None:
        return None
    if m.year is None:
        return _known_short_name_group(by_name, nkey) or _short_named_before_group(by_name, nkey)
    head = nkey[1] + " "
    found = [
        g for (t, key), gs in by_name.items() if t == nkey[0] and key.startswith(head)
        for g in gs if g.first.number is not None and _group_year(g) == m.year
    ]
    return found[0] if len(found) == 1 else None


def _short_named_before_group(by_name: dict[tuple[str, str], list[InstrumentGroup]], nkey: tuple[str, str]) -> InstrumentGroup | None:
    """The group of a law named first by a short name no law has (codes.LAW_SHORT_NAMES), which ``nkey``, a full
    name without a year, names: "Luật bầu cử đại biểu Quốc hội và Hội đồng nhân dân" after "Luật Bầu cử năm 2015"
    (a Sở's plan) is that law, when one law only was named so."""
    found = [
        g for short, full in codes.LAW_SHORT_NAMES.items() if nkey[1].startswith(full)
        for g in by_name.get((nkey[0], short), [])
    ]
    return found[0] if len(found) == 1 else None


def _known_short_name_group(by_name: dict[tuple[str, str], list[InstrumentGroup]], nkey: tuple[str, str]) -> InstrumentGroup | None:
    """The group of the law a short name no law has (codes.LAW_SHORT_NAMES) names without a year: "Luật Bầu cử" in
    "… quán triệt đầy đủ các quy định của Luật Bầu cử" after "Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội
    đồng nhân dân số 85/2015/QH13" (a commune MTTQ's guidance): the only law cited whose name begins as the short
    name's full name does. A short name that is a law's own ("Luật Giáo dục", beside "Luật Giáo dục đại học") is
    not read so."""
    full = codes.LAW_SHORT_NAMES.get(nkey[1])
    if full is None:
        return None
    found = [g for (t, key), gs in by_name.items() if t == nkey[0] and key.startswith(full) for g in gs]
    return found[0] if len(found) == 1 else None


def _unnumbered_name_group(candidates: list[InstrumentGroup], m: Mention) -> InstrumentGroup | None:
    """The group of an instrument named earlier without its number that ``m``, a numbered mention of the same type and
    name, names: one law, its year given by both and equal, no date of the group other than ``m``'s. "Căn cứ Luật Tổ
    chức chính quyền địa phương ngày 16 tháng 6 năm 2025;" then "… thi hành Luật Tổ chức chính quyền địa phương số
    72/2025/QH15" (a Thủ tướng's decision) is one law (seeds README: one instrument, one entry); so is a name written
    with neither year nor date before it (the document names the law it cites). Another year, no: "Luật Đất đai năm
    2013" and "Luật Đất đai số 31/2024/QH15" are two laws."""
    if m.year is None:
        return None
    for g in candidates:
        f = g.first
        if f.number is None and f.kind == UNNUMBERED and not f.key and not f.blank_number and not f.alias:
            if _group_year(g) == m.year and not _dates_differ(g, m):
                return g
            if _group_year(g) is None and not any(k.date for k in g.mentions):
                # Named without year or date, then with its number: "… giao sửa đổi Luật Tổ chức chính quyền địa
                # phương;" then "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;" (one law, one entry).
                return g
    return None


def _dates_differ(g: InstrumentGroup, m: Mention) -> bool:
    """Whether a mention's date is not the one a group's mentions give."""
    return m.date is not None and any(k.date and k.date != m.date for k in g.mentions)


def group_mentions(mentions: list[Mention]) -> list[InstrumentGroup]:
    groups: list[InstrumentGroup] = []
    by_number: dict[tuple[str, str], list[InstrumentGroup]] = {}
    by_full_symbol: dict[tuple[str, str], InstrumentGroup] = {}
    by_name: dict[tuple[str, str], list[InstrumentGroup]] = {}
    shorts: list[Mention] = []
    numbered_first: list[InstrumentGroup] = []  # unnumbered groups a numbered mention of the name joined
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
            if target is None:
                target = next((g for g in by_number.get(key, []) if _type_code_slip(g.first, m)), None)
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
            if target is None and m.kind == NAMED and m.name:
                target = _unnumbered_name_group(by_name.get((m.doc_type, name_key(f"{m.doc_type} {m.name}")), []), m)
                if target is not None:
                    # Its number names the instrument: the numbered mention leads the group.
                    target.mentions.insert(0, m)
                    numbered_first.append(target)
                    by_number.setdefault(key, []).append(target)
                    if full:
                        by_full_symbol.setdefault(full, target)
                    continue
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
        candidates = by_name.get(nkey, [])
        if m.blank_number:
            # "Quyết định số    /QĐ-UBND … của UBND xã" and "… của UBND huyện": one symbol without a number, two bodies.
            candidates = [g for g in candidates if not (g.first.issuer and m.issuer and g.first.issuer != m.issuer)]
        if candidates and m.year is None and m.name:
            # An amending law keeps the year its name ends with out of its own year (law_names._amending_law): two
            # years are two laws ("Luật sửa đổi Bộ luật Hình sự 2017" and "Luật Sửa đổi Bộ luật Hình sự 2025").
            written = _written_year(m.name)
            candidates = [g for g in candidates if written is None or _written_year(g.first.name) in (None, written)]
        target = _same_name_group(candidates, m)
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
    for g in numbered_first:
        numbered = next(m for m in g.mentions if m.number is not None and m.kind == NAMED)
        g.mentions.remove(numbered)
        g.mentions.insert(0, numbered)
    return groups


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
        # A name without its number, the instrument cited with it (see _unnumbered_name_group).
        return (
            m.kind == UNNUMBERED and (m.year == cite.year or (m.year is None and m.date is None)) and cite.year is not None
            and not m.key and not m.blank_number and (m.date is None or m.date == cite.date)
            and name_key(m.name) == name_key(NUMBER_TAIL.sub("", DATE_TAIL.sub("", cite.surface)))
        )
    if m.blank_number:  # "Kế hoạch số    /KH-UBND": its symbol, then its issuer, tell it
        return symbol_key(m.symbol) == symbol_key(cite.symbol) and m.issuer == cite.issuer
    if m.key:
        # Plenums of one committee share its name: their numbers tell them apart ("Nghị quyết Trung ương 8 khóa XIII"
        # is not "Nghị quyết Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XIII").
        return m.issuer == cite.issuer and (not m.key.startswith(PLENUM_KEY) or plenum_key(cite.surface) == m.key)
    if m.year and cite.year and m.year != cite.year:
        return False  # two versions of one law (see _same_name_group)
    return name_key(m.name) == name_key(DATE_TAIL.sub("", cite.surface))
