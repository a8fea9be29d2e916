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
from vanban.loaders.citation_patterns import UPPER_LETTERS
from vanban.loaders.citation_words import COMMA_PAIRS
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
TREATY = re.compile(
    rf"(?P<type>Công\s*ước|Hiệp\s*định)(?P<name>(?:,?\s+[^\s,;:.()“”\"]+){{1,20}}?)"
    rf"(?:\s+(?i:năm)\s+(?P<year>(?:1[89]|20)\d\d)(?!\d)|\s+\((?P<short>[{UPPER_LETTERS}][{UPPER_LETTERS}\d\-]{{1,11}})\))"
)
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
    m = TREATY.match(masked, start)
    if m is None or not _commas_in_pairs(m["name"]):
        return None
    if m["short"] and _in_conference_name(masked, start):
        return None  # "(COP26)" names the conference, not the treaty: without its year, the treaty is not read
    end = m.end() if m["year"] else m.end("name")
    mention = Mention(
        start=start, end=end, kind=UNNUMBERED, doc_type=codes.CHARTER_TYPE_NAMES[word], name=masked[start:end],
        year=int(m["year"]) if m["year"] else None,
    )
    if m["short"]:
        mention.notes.append(f"named with its short name ({m['short']})")
    number = TREATY_NUMBER.fullmatch(m["name"])
    if number:  # "Công ước số 182 năm 1999 của ILO": an organisation's numbered convention
        mention.number = number["num"]
    return mention


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
