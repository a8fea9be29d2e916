"""Instruments cited by their own name, no number: the Party's charter ("Điều lệ Đảng", "Điều lệ Đảng Cộng sản
Việt Nam"), the charter of a national organisation ("Điều lệ Hội Liên hiệp Phụ nữ Việt Nam", "Điều lệ Đoàn
Thanh niên Cộng sản Hồ Chí Minh"), and a treaty named with its year or its short name ("Công ước Liên hợp quốc
về Luật Biển năm 1982", "Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP)").

A charter named by a bare word ("Điều lệ Hội", "Điều lệ trường") and a treaty named without its year or short
name ("các công ước quốc tế", "Công ước về quyền trẻ em") are not read: which one is meant is not certain.
"""

from __future__ import annotations

import re

from vanban.loaders import codes
from vanban.loaders.citation_mentions import UNNUMBERED, Mention
from vanban.loaders.citation_patterns import UPPER_LETTERS, phrase_alternation
from vanban.loaders.citation_words import COMMA_PAIRS, NAME_STOPS, starts_stop, starts_type, words_at
from vanban.loaders.names import expand_abbreviations


# The Party's charter, one instrument however it is written: "Điều lệ Đảng", "Điều lệ Đảng Cộng sản Việt Nam",
# "Điều lệ Đảng cộng sản Việt Nam" (not "Điều lệ Đảng bộ …", no such instrument).
PARTY_CHARTER = re.compile(r"Điều\s*lệ\s+Đảng(?!\s+bộ)(?:\s+(?i:cộng\s+sản\s+việt\s+nam))?(?!\w)")
# The charter of a national organisation, named up to "Việt Nam" or "Hồ Chí Minh" that end its name, no clause
# mark inside: "Điều lệ Hội Liên hiệp Phụ nữ Việt Nam", "Điều lệ Công đoàn Việt Nam", "Điều lệ Đoàn Thanh niên
# Cộng sản Hồ Chí Minh", "Điều lệ Mặt trận Tổ quốc Việt Nam", "Điều lệ Hội Cựu chiến binh Việt Nam".
ORGANISATION_CHARTER = re.compile(
    r"Điều\s*lệ\s+(?P<org>(?:Hội|Công\s+đoàn|Đoàn|Mặt\s+trận|Hiệp\s+hội|Liên\s+hiệp)\s[^,;:.()“”\"\n]{0,60}?"
    r"(?:Việt\s+Nam|Hồ\s+Chí\s+Minh))(?!\w)"
)
# A treaty's name after its type word: capitalised or lower-case words, commas only between the pairs of words a
# name is written with ("phòng, chống"), then its year ("năm 1982") or its short name in parentheses ("(CPTPP)",
# "(EVFTA)"): "Công ước Liên hợp quốc về chống tham nhũng năm 2003", "Hiệp định Paris năm 1973".
# The treaty type words (codes.CHARTER_TYPE_NAMES), none of which a treaty's name holds: "Công ước khung … và Thỏa
# thuận Paris năm 2015" names two.
_TREATY_TYPE = r"(?:Công\s*ước|Hiệp\s*định|Th(?:ỏa|oả)\s*thuận|Nghị\s*định\s*thư|Hiệp\s*ước)(?!\w)"
TREATY = re.compile(
    rf"(?P<type>Công\s*ước|Hiệp\s*định)(?P<name>(?:,?\s+(?!{_TREATY_TYPE})[^\s,;:.()“”\"]+){{1,20}}?)"
    rf"(?:\s+(?i:năm)\s+(?P<year>(?:1[89]|20)\d\d)(?!\d)|\s+\((?P<short>[{UPPER_LETTERS}][{UPPER_LETTERS}\d\-]{{1,11}})\))"
)
# A treaty named by an international party or the city it was signed in, no year needed (codes.TREATY_PARTIES,
# codes.TREATY_CITIES): "Công ước khung của Liên hợp quốc" (its field "về biến đổi khí hậu" read after it, see
# _field_end), "Thỏa thuận Paris", "Nghị định thư Kyoto", "Công ước ASEAN". Not "Công ước quốc tế về …", "các cam kết
# quốc tế", "Thỏa thuận hợp tác giữa …" (no party, no city: which one is meant is not certain).
NAMED_TREATY = re.compile(
    rf"(?P<type>{_TREATY_TYPE})(?:\s+khung)?"
    rf"(?:\s+(?:của\s+)?(?P<party>{phrase_alternation(codes.TREATY_PARTIES)})|\s+(?P<city>{phrase_alternation(codes.TREATY_CITIES)}))"
    r"(?!\w)"
)
# The word that opens a treaty's field: " về " in "Thỏa thuận Paris về biến đổi khí hậu".
FIELD_OPENING = " về "
# The most words of a field.
_FIELD_WORDS = 12
# Words that end a treaty's field besides NAME_STOPS: "Nghị định thư Kyoto thuộc Công ước khung …", "… mà Việt Nam là
# thành viên", "… đã được phê chuẩn".
_FIELD_STOPS = NAME_STOPS | frozenset({("thuộc",), ("mà",), ("nhằm",), ("tham", "gia"), ("năm",)})
# A year after a treaty's name: " năm 2015" in "Thỏa thuận Paris năm 2015", " (2015)" in "Thỏa thuận Paris (2015)".
_TREATY_YEAR = re.compile(r"\s+(?:(?i:năm)\s+(?P<year>(?:1[89]|20)\d\d)(?!\d)|\((?P<paren>(?:1[89]|20)\d\d)\))")


def _field_end(masked: str, at: int) -> int:
    """Where the field of a treaty's name that opens at ``at`` with " về " ends: its words in lower case (commas only
    between the pairs of words a name is written with), up to punctuation, a capitalised word ("… về biến đổi khí hậu
    và Thỏa thuận Paris"), or a stop word (_FIELD_STOPS); ``at`` when it has no such word ("Công ước Liên hợp quốc
    về Luật Biển": a law named in it)."""
    if not masked.startswith(FIELD_OPENING, at):
        return at
    words = words_at(masked, at + len(FIELD_OPENING) - 1, _FIELD_WORDS)
    taken = []
    for i, w in enumerate(words):
        # Its first word may be capitalised ("… về Biến đổi khí hậu"), unless a type word opens it ("về Luật Biển").
        if not (w[0][:1].islower() or (i == 0 and not starts_type(words, i))) or starts_stop(words, i, _FIELD_STOPS):
            break
        taken.append(w)
    while taken and taken[-1][0].lower() in codes.NAME_TRAILING_WORDS:
        taken.pop()
    return taken[-1][2] if taken else at


def _named_treaty(masked: str, start: int, word: str) -> Mention | None:
    """The treaty named by an international party or its city at ``start`` (NAMED_TREATY), with its field and year."""
    m = NAMED_TREATY.match(masked, start)
    if m is None:
        return None
    end = _field_end(masked, m.end())
    name = None
    if m["party"] and end == m.end():
        field = _shared_field(masked, end)
        if field is None:
            return None  # "Công ước Liên hợp quốc" alone, or about a law named in it: not one certain treaty
        name = masked[start:end] + field  # "Công ước khung của Liên hợp quốc và Thỏa thuận Paris về biến đổi khí hậu"
    year = _TREATY_YEAR.match(masked, end)
    if year:
        end = year.end()
    return Mention(
        start=start, end=end, kind=UNNUMBERED, doc_type=codes.CHARTER_TYPE_NAMES[word], name=name or masked[start:end],
        year=int(year["year"] or year["paren"]) if year else None,
    )


# A second treaty named right after a first, whose field the two share: " và " before "Thỏa thuận Paris về biến đổi
# khí hậu" in "Công ước khung của Liên hợp quốc và Thỏa thuận Paris về biến đổi khí hậu".
AND_TREATY = re.compile(rf"\s+và\s+(?={_TREATY_TYPE})")


def _shared_field(masked: str, at: int) -> str | None:
    """The field (" về biến đổi khí hậu") of the treaty named by its party or city right after " và " at ``at``,
    which the treaty before it shares; None without such a treaty or field."""
    a = AND_TREATY.match(masked, at)
    if a is None:
        return None
    second = NAMED_TREATY.match(masked, a.end())
    if second is None:
        return None
    end = _field_end(masked, second.end())
    return masked[second.end() : end] if end > second.end() else None


# A treaty named by its short name alone, in capitals after its type word: "Hiệp định EVFTA", "Hiệp định CPTPP",
# "Công ước CEDAW" (its long name, if the document writes it, gives the short name in parentheses).
SHORT_NAMED_TREATY = re.compile(r"(?P<type>Công\s*ước|Hiệp\s*định)\s+(?P<short>[A-Z][A-Z\d]{2,9})(?![\w\-/])")
# A treaty's name with its short name in parentheses at its end: "Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái
# Bình Dương (CPTPP)".
_SHORT_AT_END = re.compile(r"\((?P<short>[A-Z][A-Z\d\-]{1,11})\)\Z")


def treaty_short_key(name: str) -> str | None:
    """The key of a treaty named by its short name or with it: "hiệp định cptpp" for "Hiệp định CPTPP" and for
    "Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP)" (one treaty); None for any other name."""
    m = SHORT_NAMED_TREATY.fullmatch(name)
    short = m["short"] if m and m["short"] not in codes.TREATY_ORGANISATIONS else None
    if short is None:
        end = _SHORT_AT_END.search(name)
        if end is None or TREATY.fullmatch(name) is None:
            return None
        short = end["short"]
    word = "".join(name.split()[:2]).lower()
    return f"{codes.CHARTER_TYPE_NAMES.get(word, word)} {short}".lower()


def treaty_city_key(name: str) -> str | None:
    """The key of a treaty named after its city, its field and year left out, in lower case: "thỏa thuận paris" for
    "Thỏa thuận Paris về biến đổi khí hậu" and for "Thỏa thuận Paris" (one treaty however much of its name is
    written, as a resolution writes it: "phê duyệt Thỏa thuận Paris … (Thỏa thuận Paris về biến đổi khí hậu)"); None
    for any other name."""
    m = NAMED_TREATY.match(name)
    if m is None or not m["city"]:
        return None
    word = "".join(m["type"].split()).lower()
    return f"{codes.CHARTER_TYPE_NAMES.get(word, m['type'])} {m['city']}".lower()


# The words before a treaty's type word that make its name part of a conference's, whose short name in
# parentheses is the conference's: "Hội nghị lần thứ 26 các Bên tham gia " in "Hội nghị lần thứ 26 các Bên tham
# gia Công ước khung của Liên hợp quốc về biến đổi khí hậu (COP26)", "Hội nghị các Bên " (back to the clause's
# start).
CONFERENCE_BEFORE = re.compile(r"(?:Hội\s+nghị|(?<!\w)các\s+Bên)[^,;:.()“”\"\n]{0,60}\Z")
# How far before the type word the conference's words may start, and the anchors that gate CONFERENCE_BEFORE.
_CONFERENCE_SPAN = 80
_CONFERENCE_ANCHORS = ("Hội nghị", "các Bên")
# A treaty's name that is its number alone: " số 182" in "Công ước số 182 năm 1999 của ILO".
TREATY_NUMBER = re.compile(r"\s+(?i:số)\s+(?P<num>\d{1,4})")
# A law named inside a treaty's name, no law of the state: "Luật Biển" in "Công ước Liên hợp quốc về Luật Biển năm
# 1982" (the words before it, from the treaty's type word).
TREATY_BEFORE = re.compile(r"(?:Công\s*ước|Hiệp\s*định)(?:\s+[^\s,;:.()“”\"]+){0,8}?\s+về\s+\Z")
# How far before a law's type word the treaty's type word may be, and the anchor word that gates TREATY_BEFORE.
_TREATY_BEFORE_SPAN = 90
_TREATY_ANCHORS = ("ước", "định")


def read_charter(masked: str, u: re.Match) -> Mention | None:
    """The charter or treaty whose type word is ``u`` (see the module doc), else None."""
    start = u.start()
    word = "".join(u["type"].split()).lower()
    if word == "điềulệ":
        m = PARTY_CHARTER.match(masked, start)
        if m:
            return Mention(
                start=start, end=m.end(), kind=UNNUMBERED, doc_type=codes.TYPE_WORDS["điều lệ"], name=m.group(0),
                key="party charter",
            )
        m = ORGANISATION_CHARTER.match(masked, start)
        if m:
            return Mention(start=start, end=m.end(), kind=UNNUMBERED, doc_type=codes.TYPE_WORDS["điều lệ"], name=m.group(0))
        return None
    m = TREATY.match(masked, start) if word in _TREATIES_BY_YEAR else None
    if m is None and word in _TREATIES_BY_YEAR:
        short = SHORT_NAMED_TREATY.match(masked, start)
        if short and short["short"] not in codes.TREATY_ORGANISATIONS and not _in_conference_name(masked, start):
            mention = Mention(
                start=start, end=short.end(), kind=UNNUMBERED, doc_type=codes.CHARTER_TYPE_NAMES[word],
                name=short.group(0),
            )
            mention.notes.append(f"named by its short name ({short['short']})")
            return mention
    if m is None or not _commas_in_pairs(m["name"]):
        named = _named_treaty(masked, start, word)
        return None if named is None or _in_conference_name(masked, start) else named
    if m["short"] and _in_conference_name(masked, start):
        return None  # "(COP26)" names the conference, not the treaty: without its year, the treaty is not read
    end = m.end() if m["year"] else m.end("name")
    mention = Mention(
        start=start, end=end, kind=UNNUMBERED, doc_type=codes.CHARTER_TYPE_NAMES[word],
        # Its short name kept in its name, which keys it with a mention by that short name (treaty_short_key).
        name=masked[start : m.end()] if m["short"] else masked[start:end],
        year=int(m["year"]) if m["year"] else None,
    )
    if m["short"]:
        mention.notes.append(f"named with its short name ({m['short']})")
    number = TREATY_NUMBER.fullmatch(m["name"])
    if number:  # "Công ước số 182 năm 1999 của ILO": an organisation's numbered convention
        mention.number = number["num"]
    return mention


# The treaty type words read with a year or a short name alone (TREATY): "Hiệp định Paris năm 1973"; not "Thỏa thuận
# hợp tác giữa … năm 2023" (an agreement between two bodies).
_TREATIES_BY_YEAR = frozenset(("côngước", "hiệpđịnh"))


def _commas_in_pairs(name: str) -> bool:
    """Whether every comma in a treaty's name joins a pair of words a name is written with ("phòng, chống")."""
    k = name.find(",")
    while k >= 0:
        before, after = name[:k].split(), name[k + 1 :].split()
        if not before or not after or (before[-1].lower(), after[0].lower()) not in COMMA_PAIRS:
            return False
        k = name.find(",", k + 1)
    return True


def in_treaty_name(masked: str, start: int) -> bool:
    """Whether a law's type word at ``start`` is a word of a treaty's name ("Công ước … về Luật Biển")."""
    lo = max(0, start - _TREATY_BEFORE_SPAN)
    if not any(masked.find(a, lo, start) >= 0 for a in _TREATY_ANCHORS):
        return False
    return TREATY_BEFORE.search(masked, lo, start) is not None


def _in_conference_name(masked: str, start: int) -> bool:
    """Whether the treaty whose type word is at ``start`` is named inside a conference's name (CONFERENCE_BEFORE)."""
    lo = max(0, start - _CONFERENCE_SPAN)
    if not any(masked.find(a, lo, start) >= 0 for a in _CONFERENCE_ANCHORS):
        return False
    return CONFERENCE_BEFORE.search(masked, lo, start) is not None


# The Party's charter, however a citation names it: one name for every document's reference.
PARTY_CHARTER_NAME = "Điều lệ Đảng Cộng sản Việt Nam"


def charter_name(surface: str) -> str:
    """The one name of the charter a citation's surface names, for comparing references across documents:
    the Party's charter by PARTY_CHARTER_NAME ("Điều lệ Đảng" is "Điều lệ Đảng Cộng sản Việt Nam"), an
    organisation's with its abbreviations spelt out ("Điều lệ Đoàn TNCS Hồ Chí Minh" is "Điều lệ Đoàn Thanh
    niên Cộng sản Hồ Chí Minh"); any other surface as written."""
    m = PARTY_CHARTER.fullmatch(surface)
    if m:
        return PARTY_CHARTER_NAME
    if ORGANISATION_CHARTER.fullmatch(surface):
        return expand_abbreviations(surface)
    return surface
