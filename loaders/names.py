"""Names of bodies: abbreviations expanded, qualified with the document's province or district.

"UBND tỉnh" in a Hà Giang document is "Ủy ban nhân dân tỉnh Hà Giang"; "Sở Nội vụ" named by
level in a Kon Tum document is "Sở Nội vụ tỉnh Kon Tum"; "SỞ Y TẾ" from a header is "Sở Y tế".
The abbreviation table is data (``codes.ABBREVIATIONS``); province and district names come from
the administrative-units data (``places``). The term tables below are data too.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from collections.abc import Iterable
from typing import NamedTuple

from vanban.loaders.alternation import by_first_letter, first_letter_groups
from vanban.loaders.codes import ABBREVIATIONS, DEPARTMENT_CODES, FIELD_SCHOOL_KINDS, FIELD_SCHOOLS, SCHOOL_KINDS
from vanban.loaders.letters import LOWER_LETTERS, UPPER_LETTERS
from vanban.loaders.places import (
    city_in_province,
    district_level,
    district_name,
    is_city,
    place_spelling,
    place_words_at,
    province_level_word,
    province_name,
    province_of_district,
    successor_province,
)
from vanban.loaders.records import Header

# Bodies of the centre, named without qualification -> canonical name.
CENTRAL_BODIES: dict[str, str] = {
    "Ban Bí thư": "Ban Bí thư Trung ương Đảng",
    "Ban Bí thư Trung ương": "Ban Bí thư Trung ương Đảng",
    "Ban Bí thư Trung ương Đảng": "Ban Bí thư Trung ương Đảng",
    "Bộ Chính trị": "Bộ Chính trị",
    "Ban Chấp hành Trung ương": "Ban Chấp hành Trung ương Đảng",
    "Ban Chấp hành Trung ương Đảng": "Ban Chấp hành Trung ương Đảng",
    "Trung ương": "Ban Chấp hành Trung ương Đảng",
    "Trung ương Đảng": "Ban Chấp hành Trung ương Đảng",
    "Thủ tướng": "Thủ tướng Chính phủ",
    "Thủ tướng Chính phủ": "Thủ tướng Chính phủ",
    "Chính phủ": "Chính phủ",
    "Quốc hội": "Quốc hội",
    "Ủy ban Thường vụ Quốc hội": "Ủy ban Thường vụ Quốc hội",
    # The President of 1945-1959, issuer of the Sắc lệnh: "Sắc lệnh số 226/SL ngày 28/11/1946 của Chủ tịch Chính phủ".
    "Chủ tịch Chính phủ": "Chủ tịch nước",
    "Chủ tịch nước": "Chủ tịch nước",
    # …named with the state of 1945-1976: "Sắc lệnh số 77/SL ngày 21/12/1945 của Chủ tịch Chính phủ lâm thời Việt Nam
    # Dân chủ Cộng hòa"; and by the President's name: "Sắc lệnh số 11 ngày 22/11/1945 của Hồ Chủ tịch".
    **{
        f"{head} Việt Nam Dân chủ Cộng {h}": "Chủ tịch nước"
        for head in ("Chủ tịch Chính phủ", "Chủ tịch Chính phủ lâm thời", "Chủ tịch nước")
        for h in ("hòa", "hoà")
    },
    "Chủ tịch Chính phủ lâm thời": "Chủ tịch nước",
    "Hồ Chủ tịch": "Chủ tịch nước",
}

# Organs named by level: followed by "tỉnh"/"huyện"/… they take the place's name.
LEVEL_ORGANS: tuple[str, ...] = (
    "Ủy ban nhân dân",
    "Hội đồng nhân dân",
    "Thường trực Hội đồng nhân dân",
    "Đảng bộ",
    "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Ủy ban Mặt trận Tổ quốc",
    "Mặt trận Tổ quốc Việt Nam",
    "Mặt trận Tổ quốc",
    "Ủy ban Kiểm tra",
    "Công an",
    "Liên đoàn Lao động",
    "Ủy ban bầu cử",
    "Viện Kiểm sát nhân dân",
    "Tòa án nhân dân",
)
# Party committees whose name is the level: "Tỉnh ủy" -> "Tỉnh ủy Hà Giang".
PROVINCE_COMMITTEES: tuple[str, ...] = ("Tỉnh ủy", "Tỉnh đoàn", "Thành ủy")
DISTRICT_COMMITTEES: tuple[str, ...] = ("Huyện ủy", "Huyện đoàn", "Thị ủy", "Quận ủy")
# The Party committee of the places a level word names: "tỉnh" -> "Tỉnh ủy", "xã" -> "Đảng ủy" ("Ủy ban nhân
# dân các tỉnh" -> "Tỉnh ủy các tỉnh"; "Đảng bộ huyện Mộc Châu" -> "Huyện ủy Mộc Châu").
PARTY_COMMITTEE_OF_LEVEL: dict[str, str] = {
    "tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "huyện": "Huyện ủy", "xã": "Đảng ủy", "phường": "Đảng ủy",
}
PROVINCE_LEVELS: tuple[str, ...] = ("tỉnh",)
DISTRICT_LEVELS: tuple[str, ...] = ("huyện", "thị xã", "quận")
# Departments of a province: "Sở Nội vụ" -> "Sở Nội vụ tỉnh Kon Tum".
PROVINCE_DEPARTMENTS: tuple[str, ...] = ("Sở",)
# An office or unit of a department named before it: "Giám đốc " in "Giám đốc Sở Nội vụ", "Ban
# Giám đốc " in "Ban Giám đốc Sở Y tế", its Party committee "Đảng bộ " in "Đảng bộ Sở Y tế"; the department
# after it is qualified as "Sở Nội vụ" is.
OFFICE_OF_DEPARTMENT = re.compile(
    r"^(?:(?:Phó )?Giám đốc|Ban Giám đốc|Lãnh đạo|Thủ trưởng|(?:Phó )?Chánh (?:Văn phòng|Thanh tra)|Văn phòng|"
    r"Thanh tra|Công đoàn|Đảng ủy|Đảng bộ|Chi bộ) (?=Sở )"
)
# Organs of a commune named by its level, in a commune's document: "Ủy ban nhân dân xã", "Đảng
# ủy xã", "Ban Thường vụ Đảng ủy xã", "Trạm Y tế xã" -> "… xã Đức Tân".
COMMUNE_ORGANS: tuple[str, ...] = (*LEVEL_ORGANS, "Đảng ủy", "Trạm Y tế")
# The Party committee named alone in a commune's document is the commune's: "Thường trực Đảng ủy",
# "Văn phòng Đảng ủy" -> "… Đảng ủy xã Lương Minh" (in a department's it is the department's own).
COMMUNE_PARTY_COMMITTEE = "Đảng ủy"
# The level word "tỉnh" written without its tone at the end of a body's name: "Bộ Chỉ huy Quân sự
# tinh" (corpus 027).
# Not "vệ tinh" (satellite): "Các bệnh viện vệ tinh" (CV 749/KCB-CĐT of Cục Quản lý Khám, chữa bệnh).
TONELESS_PROVINCE_END = re.compile(r"(?<=\w )(?<!vệ )tinh$")
# The commune ending a body's name: "xã Đức Tân" in "Ủy ban nhân dân xã Đức Tân", "phường Bắc
# Cam Ranh" in "Ban Thường trực … phường Bắc Cam Ranh" (not "thị xã Kỳ Anh", a district).
COMMUNE_AT_END = re.compile(r"(?<!\w)(?<!thị )(?P<level>xã|phường|thị trấn|đặc khu) (?P<name>\w[\w'-]*(?: \w[\w'-]*){0,4})$")
# A city below its province ending a body's name: "Buôn Ma Thuột" in "Thành ủy Buôn Ma Thuột".
CITY_AT_END = re.compile(r"(?:Thành ủy|thành phố) (?P<name>\w[\w'-]*(?: \w[\w'-]*){0,4})$")
# The Party committee of a city: of a centrally-run one it is the province's ("Thành ủy Hà Nội"),
# of a city below a province the city's ("Thành ủy Buôn Ma Thuột"), never the province's own.
CITY_COMMITTEE = "Thành ủy"
# A level of bodies, not a place: "cấp" in "Các Sở, ban, ngành cấp tỉnh", "Ủy ban nhân dân cấp xã".
LEVEL_OF_BODIES = " cấp"
# A field of a department written without its dash: "Lao động thương binh và Xã hội", "Lao động,
# Thương binh và Xã hội", or with an en dash, "Lao động – Thương binh và Xã hội" -> "Lao động - Thương
# binh và Xã hội" (the official name).
UNDASHED_FIELD = re.compile(r"(?<=Lao động)(?:,\s*|\s*–\s*|\s+)(?:[Tt]hương binh) và (?:[Xx]ã hội)(?!\w)")
# A department's field written short of its official name: "Sở Khoa học Công nghệ" (a Kế hoạch of UBND tỉnh Đồng Nai: "…
# gửi về Sở Khoa học Công nghệ để tổng hợp báo cáo UBND tỉnh", beside "1. Sở Khoa học và Công nghệ") -> "Sở Khoa học và
# Công nghệ"; "Sở Công thương" (a Kế hoạch of UBND tỉnh Sơn La: "gửi Sở Công thương tổng hợp") -> "Sở Công Thương". Only
# after a department's kind: "Luật Khoa học, Công nghệ và Đổi mới sáng tạo" and a university's "Khoa học Công nghệ" stay.
FIELD_SHORT_OF_NAME = re.compile(r"(?P<kind>(?<!\w)(?:Sở|Bộ|Phòng|Cục|Chi cục) )(?:(?P<science>Khoa học) (?=Công nghệ(?!\w))|Công (?P<trade>thương)(?!\w| mại))")


def _field_in_full(m: re.Match) -> str:
    """The official spelling of a field FIELD_SHORT_OF_NAME matched."""
    return f"{m.group('kind')}Khoa học và " if m.group("science") else f"{m.group('kind')}Công Thương"

# Words that open an agency name; the next word starts the field and is capitalised
# ("SỞ Y TẾ" -> "Sở Y tế", "BAN THƯỜNG TRỰC" -> "Ban Thường trực").
AGENCY_WORDS: frozenset[str] = frozenset(
    {"sở", "bộ", "ban", "phòng", "trung tâm", "cục", "chi cục", "vụ", "viện", "tổng cục", "tiểu ban", "tổ", "trạm", "bệnh viện", "bộ môn", "xí nghiệp"}
)
# The levels below a commune, whose name follows, after the Party cell or mass unit of that hamlet: "thôn" in
# "CHI BỘ THÔN LŨNG CÚ" -> "Chi bộ thôn Lũng Cú" (only there: "nông thôn" is a word of other names).
HAMLET_LEVEL_WORDS: frozenset[str] = frozenset({"thôn", "ấp", "xóm", "bản", "buôn", "tổ dân phố", "khu phố"})
# A school's faculty, which opens a name as an agency's word does ("KHOA Y" -> "Khoa Y", "ĐẢNG ỦY KHOA CÔNG
# NGHỆ THÔNG TIN VÀ TRUYỀN THÔNG" -> "Đảng ủy Khoa Công nghệ thông tin và Truyền thông"), not "khoa học".
FACULTY = "khoa"
# First words of the Party committees named by their level and place: "Tỉnh ủy Hà Giang".
PLACE_COMMITTEE_WORDS: frozenset[str] = frozenset({"Tỉnh", "Huyện", "Thành", "Thị", "Quận"})
# School codes among the abbreviations: "THPT", "THCS", "PTDTNT" (their expansion is a SCHOOL_KINDS phrase).
_SCHOOL_CODES: frozenset[str] = frozenset(
    a for a, full in ABBREVIATIONS.items() if any(full.lower().startswith(k) for k in SCHOOL_KINDS)
)
# A school of two levels written by their codes, or a level's short code after "TRƯỜNG": "MN-TH" (mầm
# non - tiểu học) in "TRƯỜNG MN-TH SAO MAI", "TH-THCS", "MN" in "TRƯỜNG MN HOA SEN" (kept as written).
SCHOOL_LEVEL_CODES = re.compile(r"(?:MN|MG|TH|THCS|THPT)(?:[-&](?:MN|MG|TH|THCS|THPT))*")
# The kinds as word lists, longest first: ["trung", "học", "cơ", "sở"].
_SCHOOL_KIND_WORDS: tuple[list[str], ...] = tuple(k.split() for k in sorted(SCHOOL_KINDS, key=len, reverse=True))
# Words after which a place name follows: "tỉnh Hà Giang", "xã Lương Minh".
PLACE_LEVEL_WORDS: frozenset[str] = frozenset(
    {"tỉnh", "huyện", "thành phố", "thị xã", "quận", "xã", "phường", "thị trấn", "tp."}
)
# Lower-case phrases -> their written form in a body's name (for names from ALL-CAPS headers).
CASED_TERMS: dict[str, str] = {
    "ủy ban nhân dân": "Ủy ban nhân dân",
    "hội đồng nhân dân": "Hội đồng nhân dân",
    "tỉnh ủy": "Tỉnh ủy",
    "huyện ủy": "Huyện ủy",
    "thành ủy": "Thành ủy",
    "đảng ủy": "Đảng ủy",
    "đảng bộ": "Đảng bộ",
    "ban chấp hành": "Ban Chấp hành",
    "ban thường vụ": "Ban Thường vụ",
    "ban thường trực": "Ban Thường trực",
    "quản lý khám, chữa bệnh": "Quản lý Khám, chữa bệnh",  # "Cục Quản lý Khám, chữa bệnh" (Bộ Y tế)
    "trung ương": "Trung ương",
    "mặt trận tổ quốc việt nam": "Mặt trận Tổ quốc Việt Nam",
    "mặt trận tổ quốc": "Mặt trận Tổ quốc",
    "việt nam": "Việt Nam",
    "chính phủ": "Chính phủ",
    "ủy ban thường vụ quốc hội": "Ủy ban Thường vụ Quốc hội",
    "quốc hội": "Quốc hội",
    "bệnh viện đa khoa": "Bệnh viện Đa khoa",
    "văn phòng đăng ký đất đai": "Văn phòng Đăng ký đất đai",
    "ngân hàng chính sách xã hội": "Ngân hàng Chính sách xã hội",
    "đại học quốc gia": "Đại học Quốc gia",  # "ĐẠI HỌC QUỐC GIA HÀ NỘI", the parent of its universities
    "ủy ban bầu cử": "Ủy ban bầu cử",
    "ủy ban kiểm tra": "Ủy ban Kiểm tra",
    "đoàn chủ tịch": "Đoàn Chủ tịch",
    # The Youth Union, a proper name: "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH" (its code kept
    # by the lower-casing: "đoàn TNCS").
    "đoàn TNCS": "Đoàn TNCS",
    "đoàn thanh niên": "Đoàn Thanh niên",
    # A Youth Union committee: "BCH ĐOÀN TỈNH HÀ GIANG" -> "Ban Chấp hành Đoàn tỉnh Hà Giang" (its code
    # kept by the lower-casing, expanded after).
    "ban chấp hành đoàn": "Ban Chấp hành Đoàn",
    "BCH đoàn": "BCH Đoàn",
    "hồ chí minh": "Hồ Chí Minh",
    "ban chấp hành đoàn thanh niên": "Ban Chấp hành Đoàn Thanh niên",
    # The Youth Union of the police, named after it: "BAN CHẤP HÀNH ĐOÀN CÔNG AN TỈNH" -> "Ban Chấp hành
    # Đoàn Công an tỉnh".
    "đoàn công an": "Đoàn Công an",
    "ban chấp hành đoàn công an": "Ban Chấp hành Đoàn Công an",
    # The Party's academy, a proper name: "HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH".
    "học viện chính trị quốc gia hồ chí minh": "Học viện Chính trị quốc gia Hồ Chí Minh",
    # The mass organisations, proper names: "BCH HỘI NÔNG DÂN TỈNH TRÀ VINH" -> "Ban Chấp hành Hội
    # Nông dân tỉnh Trà Vinh".
    "hội nông dân": "Hội Nông dân",
    "hội liên hiệp phụ nữ": "Hội Liên hiệp Phụ nữ",
    "hội cựu chiến binh": "Hội Cựu chiến binh",
    "hội chữ thập đỏ": "Hội Chữ thập đỏ",
    "hội sinh viên": "Hội Sinh viên",
    # The regions, proper names: "KHU VỰC MIỀN TRUNG" -> "khu vực miền Trung".
    "miền bắc": "miền Bắc",
    "miền trung": "miền Trung",
    "miền nam": "miền Nam",
    # The education sector's trade union: "CÔNG ĐOÀN GIÁO DỤC VIỆT NAM", "CÔNG ĐOÀN GIÁO DỤC TỈNH X".
    "công đoàn giáo dục": "Công đoàn Giáo dục",
    "liên đoàn lao động": "Liên đoàn Lao động",
    "ủy ban": "Ủy ban",
    # The ministry's field, a proper name: "BỘ CÔNG THƯƠNG" -> "Bộ Công Thương", "SỞ CÔNG THƯƠNG".
    "công thương": "Công Thương",
    # The disease's name, in capitals as its steering committees write it: "COVID-19".
    "covid": "COVID",
}
# Old-style tone placement -> the form used in the gold: "Uỷ" -> "Ủy", "hoà" -> "hòa".
OLD_TONES: dict[str, str] = {
    "uỷ": "ủy", "Uỷ": "Ủy", "UỶ": "ỦY", "uý": "úy", "Uý": "Úy", "UÝ": "ÚY",
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "OÀ": "ÒA", "OÁ": "ÓA", "OẢ": "ỎA", "OÃ": "ÕA", "OẠ": "ỌA",
}

# An abbreviation as a whole word: "UBND" in "UBND tỉnh", not inside "UBNDX" (longest first,
# grouped under their first letter).
# Each group opens with its first letter and checks the character before the word one character on
# ("(?<![\wĐđ-].)" after the letter is "(?<![\wĐđ-])" before it): the regex engine skips at C speed to
# the next letter that can open an abbreviation (a character set prefix), where the plain form
# (PLAIN_ABBREVIATION) was tried at every character. The same matches.
PLAIN_ABBREVIATION = re.compile(
    r"(?<![\wĐđ-])(" + by_first_letter(sorted(ABBREVIATIONS, key=lambda a: len(re.escape(a)), reverse=True))
    + r")(?![\wĐđ-])"
)
_ABBREVIATION = re.compile(
    "("
    + "|".join(
        rf"{re.escape(first)}(?<![\wĐđ-].)(?:{rests})"
        for first, rests in first_letter_groups(
            sorted(ABBREVIATIONS, key=lambda a: len(re.escape(a)), reverse=True)
        ).items()
    )
    + r")(?![\wĐđ-])"
)
# Codes that name an office-holder before a body ("CT UBND tỉnh", "CT, PCT UBND tỉnh") but, written
# after a body's name at its end, abbreviate a place: "Báo và PTTH CT" is Cần Thơ's (corpus 024).
TITLE_OR_PLACE_CODES: frozenset[str] = frozenset({"CT"})
# "BCH" is "Ban Chấp hành" of a Party or mass body ("BCH Đảng bộ", corpus 051) but "Ban Chỉ huy" of a
# military or civil-defence command: "BCH Bộ đội Biên phòng TP" (corpus 004), "BCH Quân sự", "BCH PCTT".
COMMAND_AFTER = re.compile(r"\s+(?:Bộ đội|Quân sự|Biên phòng|Phòng thủ|PCTT|Phòng, chống thiên tai|phòng thủ)")
COMMAND = "Ban Chỉ huy"
# A place-level word written with a capital at the end of a body's name, no place after it: "UBND
# Tỉnh" (corpus 015), "UBND Thành phố" (corpus 020), "Công an Thành phố" (corpus 043). It is the
# level word, read in lower case and then qualified as "UBND tỉnh" is (or left unqualified).
CAPITAL_LEVEL_END = re.compile(r"(?<=\w )(?:Thành phố|Tỉnh|Huyện|Quận|Thị xã|Thị trấn|Xã|Phường)$")
# The same level word before the place that ends a body's name: "UBND Huyện Triệu Sơn", "Sở Y tế Tỉnh
# Hà Giang" -> "… huyện Triệu Sơn", "… tỉnh Hà Giang" (lowered only before a known place name, read to
# the end of the name).
CAPITAL_LEVEL_BEFORE_PLACE = re.compile(rf"(?<=\w )(?:Thành phố|Tỉnh|Huyện|Quận|Thị xã|Thị trấn|Xã|Phường)(?= [{UPPER_LETTERS}])")
# Initials of a place at the end of a body's name: "CT" in "Báo và Phát thanh, Truyền hình CT"
# (corpus 024, Cần Thơ); replaced by the place when they are the document's province's or district's.
PLACE_INITIALS = re.compile(r"(?<=\w )(?P<code>[A-ZĐ]{2,4})$")
# An old-style tone at the end of a syllable: "Uỷ" in "Uỷ ban", "hoà" in "Thanh Hoà" (not "hoàn").
# (Not after "q": the "u" of "qu" is part of the consonant, and "Quý", "QUÝ" keep their tone where it is.)
# Written as _ABBREVIATION is (the words grouped under their first letter, the lookbehind read one
# character on): the same matches as the plain form (PLAIN_OLD_TONE), found from the letters that open them.
PLAIN_OLD_TONE = re.compile(r"(?<![qQ])(" + "|".join(map(re.escape, OLD_TONES)) + r")(?!\w)")
_OLD_TONE = re.compile(
    "(" + "|".join(rf"{re.escape(f)}(?<![qQ].)(?:{rests})" for f, rests in first_letter_groups(OLD_TONES).items()) + r")(?!\w)"
)

# A lower-cased term of CASED_TERMS as whole words: "ủy ban nhân dân" in "ủy ban nhân dân tỉnh bắc ninh".
_CASED_TERM = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, CASED_TERMS), key=len, reverse=True)) + r")(?!\w)")
# A word of a name (letters and digits, with inner dots: "TP."): "SỞ", "Y", "TẾ".
_WORD = re.compile(r"\w+\.?")


def tidy(name: str) -> str:
    """One line, single spaces, no markdown emphasis or trailing punctuation."""
    s = " ".join(name.replace("*", "").split())  # whitespace runs as one space (str.split: no regex)
    return s.strip(" ,;:.-–")


def is_word_char(ch: str) -> bool:
    """What regex ``\\w`` matches in a str pattern: letters, digits (every Unicode kind), '_'."""
    return ch.isalnum() or ch == "_"


def contains_word(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` with no word character just before or after it: the
    answer of ``re.search(r"(?<!\\w)" + re.escape(word) + r"(?!\\w)", text)``, found with
    str.find (a pattern built per call is compiled per call once re's cache is full)."""
    n = len(word)
    k = text.find(word)
    while k >= 0:
        if not (k and is_word_char(text[k - 1])) and not (k + n < len(text) and is_word_char(text[k + n])):
            return True
        k = text.find(word, k + 1)
    return False


def normalize_tones(name: str) -> str:
    """'Uỷ ban' -> 'Ủy ban', 'Thanh Hoà' -> 'Thanh Hòa'."""
    return _OLD_TONE.sub(lambda m: OLD_TONES[m.group(1)], name)


# The lower-case vowel letters, with their tone marks, and one Vietnamese syllable: an onset, a
# vowel nucleus of one to three letters, a coda ("hiểm", "xã", "ủy", "người", "nghiêng").
_VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
SYLLABLE = rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[{_VOWELS}]{{1,4}}(?:ng|nh|ch|[cmnpt])?"
_ONE_SYLLABLE = re.compile(SYLLABLE)
# Two syllables run together by a web copy, which no one syllable could be: "hiểmxã" (in "Luật Bảo
# hiểmxã hội"), "uỷban" (in "Hội đồng nhân dân và Uỷban nhân dân"): ``_unglued_word`` cuts them.


# A syllable closed by a stop (p, t, c, ch) carries the sắc or the nặng tone only ("tết", "học", "sách",
# "họp"): "thểt" is none, so "thểthao" is "thể thao", not "thểt hao".
_STOP_CODA = re.compile(r"(?:ch|[cpt])$")
_STOP_TONES = frozenset("áắấéếíóốớúứýạặậẹệịọộợụựỵ")


def _is_syllable(s: str) -> bool:
    return _ONE_SYLLABLE.fullmatch(s) is not None and (_STOP_CODA.search(s) is None or not _STOP_TONES.isdisjoint(s))


@lru_cache(maxsize=8192)
def _unglued_word(word: str) -> str:
    if word.isascii() or not word.isalpha():
        return word  # "video", "covid-19"
    if word[:1].isupper() and word[1:].islower():
        # A capitalised word: "Thểthao" (in "Sở Văn hóa, Thểthao và Du lịch"), "Uỷban".
        lower = _unglued_word(word.lower())
        return word[:1] + lower[1:] if lower != word.lower() else word
    if _ONE_SYLLABLE.fullmatch(word):
        return word  # a syllable
    # The one place two syllables make it: "hiểmxã" -> "hiểm xã", "thểthao" -> "thể thao" ("thểt" is none).
    cuts = [i for i in range(1, len(word)) if _is_syllable(word[:i]) and _is_syllable(word[i:])]
    return f"{word[: cuts[0]]} {word[cuts[0] :]}" if len(cuts) == 1 else word


def unglue_syllables(text: str) -> str:
    """Lower-case text with the syllables a copy ran together cut apart: "luật bảo hiểmxã hội" ->
    "luật bảo hiểm xã hội", "uỷban nhân dân" -> "uỷ ban nhân dân". A word is cut only when it is
    no syllable and two syllables exactly make it (a word without Vietnamese letters, as "video",
    is kept)."""
    return " ".join(map(_unglued_word, text.split(" ")))


# A word in capitals long enough to be two syllables run together: "CHÍNHPHỦ", "TRIỂNKHAI".
GLUED_CAPITALS_CHARS = 6


@lru_cache(maxsize=4096)
def _unglued_capitals_word(word: str) -> str:
    lower = word.lower()
    if len(word) < GLUED_CAPITALS_CHARS or word.isascii() or not (word.isalpha() and word.isupper()) or _ONE_SYLLABLE.fullmatch(lower):
        return word
    cuts = [i for i in range(1, len(lower)) if _ONE_SYLLABLE.fullmatch(lower, 0, i) and _ONE_SYLLABLE.fullmatch(lower, i)]
    return f"{word[: cuts[0]]} {word[cuts[0] :]}" if len(cuts) == 1 else word


def unglue_capitals(line: str) -> str:
    """A line in capitals with two syllables a copy ran together cut apart, where one cut only makes
    two syllables: "VỀ TRIỂNKHAI THỰC HIỆN" -> "VỀ TRIỂN KHAI THỰC HIỆN", "CHÍNHPHỦ" -> "CHÍNH PHỦ";
    "THANHOÁ" (than-hoá or thanh-oá) and a word with no Vietnamese letter ("COVID") are kept."""
    return " ".join(map(_unglued_capitals_word, line.split(" ")))


def _uncamel(word: str) -> str:
    """A word with a capitalised word run on after a lower-case letter cut apart: "vàMôi" -> "và Môi"
    (not "TTg", no lower-case letter before the capital)."""
    cuts = [i for i in range(1, len(word) - 1) if word[i].isupper() and word[i - 1].islower() and word[i + 1].islower()]
    for i in reversed(cuts):
        word = f"{word[:i]} {word[i:]}"
    return word


def unglue_name(name: str) -> str:
    """A body's name with the words a copy ran together cut apart: "Bộ Tài nguyên vàMôi trường" ->
    "Bộ Tài nguyên và Môi trường", "Môi trường vềviệc" -> "Môi trường về việc", "trường,Chủ tịch"
    -> "trường, Chủ tịch", "Sở Thể dục - Thểthao" -> "Sở Thể dục - Thể thao"."""
    if "," in name:
        name = GLUED_COMMA.sub(", ", name)
    return " ".join(_unglued_word(_uncamel(w)) if not w.islower() else _unglued_word(w) for w in name.split(" "))


# The honorific before one office-holder, no part of the body's name: "Đồng chí" in "Đồng chí Giám
# đốc Công an thành phố", "Đồngchí" (glued), "Đ/c" in "Đ/c Chánh Văn phòng Bộ". (A group keeps it:
# "Các đồng chí Huyện ủy viên", round 9.) Read by the recipients and a letter's addressees.
HONORIFIC = re.compile(r"(?:[Đđ]ồng\s*chí|[Đđ]/c)\s+(?=\S)")


# A comma run on to the next word: "Môi trường,Chủ tịch" (not "1,5", a number).
GLUED_COMMA = re.compile(r",(?=[^\W\d_])")


# Memoised (pure, a str for a str): the same names are expanded again and again, by the header, the
# doers' readings and the recipients ("UBND tỉnh", "Chủ tịch UBND tỉnh": about half the calls of a
# document repeat one before), and each costs a scan of _ABBREVIATION and a call per abbreviation.
# Field codes that a longer code holds before its ampersand: "VH-TT" in "Trung tâm VH-TT&TT huyện" (read as "Văn hóa -
# Thông tin&TT" before).
GLUED_FIELD_CODES = frozenset({"VHTT", "VH-TT"})


@lru_cache(maxsize=8192)
def expand_abbreviations(name: str) -> str:
    """'UBND tỉnh' -> 'Ủy ban nhân dân tỉnh'; 'BCH TW' -> 'Ban Chấp hành Trung ương'; 'CT UBND tỉnh' ->
    'Chủ tịch Ủy ban nhân dân tỉnh', but 'Báo và PTTH CT' keeps its final 'CT' (TITLE_OR_PLACE_CODES)."""
    return _ABBREVIATION.sub(_expansion, name)


def _expansion(m: re.Match) -> str:
    code = m.group(1)
    if code == "BCH" and COMMAND_AFTER.match(m.string, m.end()):
        return COMMAND
    if code in GLUED_FIELD_CODES and m.string.startswith("&", m.end()):
        return code  # "Trung tâm VH-TT&TT huyện": part of a longer code, not in the table
    if code in TITLE_OR_PLACE_CODES and not m.string[m.end() :].strip(" ,;.") and m.string[: m.start()].strip(" ,;:.-–+*"):
        last = m.string[: m.start()].rstrip()
        if last and is_word_char(last[-1]):
            return code  # after a body's name: a place's initials, not a title
    return ABBREVIATIONS[code]


# A product's or a system's code in a name in capitals, its first letter in lower case: "iPMS" in "BAN DỰ
# ÁN NỀN TẢNG iPMS", "eGOV" (not "iPhone": a brand, no code in capitals).
MIXED_CASE_CODE = re.compile(r"[a-zđ][A-ZĐ0-9]{2,}")


def _is_caps(word: str) -> bool:
    return word.isupper() and word not in ABBREVIATIONS


@lru_cache(maxsize=8192)  # pure; the same header lines and names are asked about again and again
def is_all_caps(name: str) -> bool:
    """True when every word but the abbreviations is upper case: 'UBND TỈNH HÀ GIANG'."""
    has_letters = has_real_word = False
    # Words are read one by one: most names and lines give the answer at their first word.
    for m in _WORD.finditer(name):
        w = m.group()
        if w.isdigit() or w in ABBREVIATIONS or MIXED_CASE_CODE.fullmatch(w):
            continue
        if not w.isupper():
            return False
        has_letters = True
        # A real word in capitals has a diacritic or four letters: "SỞ", "BAN THƯỜNG TRỰC",
        # "NINH"; "TT. TU, TP" are acronyms.
        has_real_word = has_real_word or not w.isascii() or len(w.rstrip(".")) >= 4
    return has_letters and has_real_word


# The kinds of enterprises that open a company's name, as written: "Tổng công ty", "Công ty", "Tập đoàn".
COMPANY_KINDS: tuple[tuple[list[str], list[str]], ...] = (
    (["tổng", "công", "ty"], ["Tổng", "công", "ty"]),
    (["công", "ty"], ["Công", "ty"]),
    (["tập", "đoàn"], ["Tập", "đoàn"]),
)
# The codes of a company's legal form after its kind, kept in capitals: "TNHH MTV", "CP".
COMPANY_FORM_CODES: frozenset[str] = frozenset({"tnhh", "mtv", "cp"})


def _company_head(parts: list[str]) -> tuple[list[str], int] | None:
    """The written kind of an enterprise and its legal form's codes at the start of a lowered name,
    and the index of the proper name after them: ['công', 'ty', 'tnhh', 'mtv', 'môi', …] ->
    (['Công', 'ty', 'TNHH', 'MTV'], 4); None when the name is no company's."""
    for kind, written in COMPANY_KINDS:
        if parts[: len(kind)] == kind and len(parts) > len(kind):
            out, i = list(written), len(kind)
            while i < len(parts) and parts[i] in COMPANY_FORM_CODES:
                out.append(parts[i].upper())
                i += 1
            return out, i
    return None


# A dash run together with the second ministry of a joint circular's issuer: "-" in "BỘ VĂN HOÁ - THÔNG
# TIN-BỘ Y TẾ" (the ministries are "Bộ Văn hóa - Thông tin" and "Bộ Y tế").
JOINT_MINISTRY_DASH = re.compile(r"(?<=[^\W\d_])-(?=BỘ )")


# The vowels of Vietnamese, without their marks: every syllable holds one, so a word in capitals with
# none is an acronym ("FPT", "VNPT", "MTV").
_VOWELS = frozenset("AEIOUY")


# A Vietnamese syllable written without marks, in capitals: an initial consonant (or none), one to
# three vowels, a final consonant (or none). "BAN", "QUAN", "NGHIÊNG" read without marks; not "ODA",
# "EVN", "ICT".
UNMARKED_SYLLABLE = re.compile(r"(?:NGH|CH|GH|GI|KH|NG|NH|PH|QU|TH|TR|[BCDĐGHKLMNPRSTVX])?[AEIOUY]{1,3}(?:CH|NG|NH|[CMNPT])?")


def _is_acronym(word: str) -> bool:
    """Whether a word in capitals is an acronym: 'FPT' in 'CÔNG TY TNHH FPT SMART CLOUD' (not 'SMART'),
    'ODA' in 'BAN QUẢN LÝ DỰ ÁN ODA': no vowel, or three letters or fewer without a mark that cannot
    be a Vietnamese syllable (a longer word may be a foreign name: 'SMART', 'CLOUD')."""
    if len(word) < 2 or not word.isalpha() or not word.isupper():
        return False
    bases = [unicodedata.normalize("NFD", c)[0] for c in word]
    if not any(b in _VOWELS for b in bases):
        return True
    if len(word) <= 3 and word.isascii() and not UNMARKED_SYLLABLE.fullmatch(word):
        return True
    # A code with "Đ", its other letters unmarked, that no syllable reads: "UBĐT" in "VP UBĐT" (not "ĐANG", "ĐOÀN").
    return "Đ" in word and len(word) <= 5 and word.replace("Đ", "D").isascii() and not UNMARKED_SYLLABLE.fullmatch(word.replace("Đ", "D"))


@lru_cache(maxsize=8192)  # pure; the signature's and the header's lines in capitals recur ("ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
def recase(name: str) -> str:
    """The written form of an ALL-CAPS name: 'SỞ Y TẾ' -> 'Sở Y tế',
    'UỶ BAN NHÂN DÂN TỈNH BẮC NINH' -> 'Ủy ban nhân dân tỉnh Bắc Ninh'."""
    if "-BỘ " in name:
        name = JOINT_MINISTRY_DASH.sub(" - ", name)
    if " & " in name and not name.startswith(("CÔNG TY", "TỔNG CÔNG TY", "TẬP ĐOÀN")):
        # "PHÒNG GIÁO DỤC & ĐÀO TẠO" -> "Phòng Giáo dục và Đào tạo" (a company's name keeps its "&").
        name = name.replace(" & ", " VÀ ")
    tokens = re.split(r"(\s+|[,\-–()])", name)
    words: list[str] = []
    for t in tokens:
        # A code written with a dash stays whole: "GD-ĐT" in "SỞ GD-ĐT QUẢNG NGÃI".
        if len(words) >= 2 and words[-1] == "-" and f"{words[-2]}-{t}" in ABBREVIATIONS:
            words[-2:] = [f"{words[-2]}-{t}"]
        else:
            words.append(t)
    # Codes joined by "&" stay as written: "TB&XH" in "PHÒNG LAO ĐỘNG- TB&XH".
    # A code whose first letter is in lower case too: "iPMS".
    lowered = [
        t if t in ABBREVIATIONS or ("&" in t and t.isupper()) or _is_acronym(t) or MIXED_CASE_CODE.fullmatch(t) else t.lower()
        for t in words
    ]
    if len(lowered) > 2 and ROMAN_AT_END.fullmatch(words[-1]):
        lowered[-1] = words[-1]  # "HỌC VIỆN CHÍNH TRỊ KHU VỰC II" -> "… khu vực II"
    s = _CASED_TERM.sub(lambda m: CASED_TERMS[m.group(1)], "".join(lowered))
    parts = s.split(" ")
    out: list[str] = []
    title_rest = False
    in_field = False  # inside an agency's field: "Giáo dục và Đào tạo"
    i = 0
    if parts[0] == "trường" and len(parts) > 1:
        # "TRƯỜNG THCS CHIỀNG SƠN", "TRƯỜNG TIỂU HỌC X": the kind, then a proper name.
        out, i = _school_kind(parts)
        if i > 2 and " ".join(out[-2:]).lower() in FIELD_SCHOOL_KINDS and (fields := _school_fields(parts, i)):
            # "TRƯỜNG ĐẠI HỌC NGÂN HÀNG TP. HỒ CHÍ MINH": the kind, then its field.
            out += fields[0]
            i = fields[1]
        title_rest = i > 1 and i < len(parts) and parts[i] not in PLACE_LEVEL_WORDS and " ".join(parts[i : i + 2]) not in PLACE_LEVEL_WORDS
    elif parts[:2] == ["đoàn", "trường"] and len(parts) > 2:
        # A school's Youth Union, then the school's name in its own case: "ĐOÀN TRƯỜNG THCS&THPT LONG HƯNG"
        # -> "Đoàn Trường THCS&THPT Long Hưng".
        return f"Đoàn {recase(' '.join(parts[1:]).upper())}"
    elif parts[0] in ("công", "tổng", "tập") and (head := _company_head(parts)):
        # "TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC", "CÔNG TY TNHH MTV MÔI TRƯỜNG ĐÔ THỊ": the kind, its legal
        # form's codes, then a proper name.
        out, i = head
        title_rest = i < len(parts)
    elif parts[:2] == ["học", "viện"] and (fields := _school_fields(parts, 2)):
        # "HỌC VIỆN NGÂN HÀNG" -> "Học viện Ngân hàng".
        out, i = ["Học", "viện", *fields[0]], fields[1]
        title_rest = i < len(parts) and parts[i] not in PLACE_LEVEL_WORDS and " ".join(parts[i : i + 2]) not in PLACE_LEVEL_WORDS
    elif parts[:2] == ["học", "viện"] and len(parts) > 2 and parts[2][:1].isalpha():
        # An academy named by another field, read as an agency's: its field's first word capitalised
        # ("HỌC VIỆN NÔNG NGHIỆP VIỆT NAM" -> "Học viện Nông nghiệp Việt Nam", "HỌC VIỆN CHÍNH TRỊ KHU
        # VỰC II" -> "Học viện Chính trị khu vực II").
        out, i = ["Học", "viện", parts[2][:1].upper() + parts[2][1:]], 3
        in_field = True
    while i < len(parts):
        w = parts[i]
        two = f"{parts[i]} {parts[i + 1]}".lower() if i + 1 < len(parts) else ""
        if title_rest:
            if i == len(parts) - 1 and _is_place_syllable(w, out):
                w = w.lower()  # "UBND XÃ PẢ VI" -> "… xã Pả Vi" (not "Pả VI"); "KHU PHỐ VI" keeps its numeral
            out.append("-".join(x[:1].upper() + x[1:] for x in w.split("-")))
            i += 1
            continue
        if not out:
            w = w[:1].upper() + w[1:]
        low = w.lower()
        if (low in HAMLET_LEVEL_WORDS or " ".join(parts[i : i + 3]).lower() in HAMLET_LEVEL_WORDS or two in HAMLET_LEVEL_WORDS) and (
            _ends_party_unit(out) and i + 1 < len(parts)
        ):
            n = 3 if " ".join(parts[i : i + 3]).lower() in HAMLET_LEVEL_WORDS else 2 if two in HAMLET_LEVEL_WORDS else 1
            out.extend(x.lower() for x in parts[i : i + n])
            title_rest = True
            i += n
            continue
        if two in PLACE_LEVEL_WORDS:
            out.extend([parts[i].lower() if out else parts[i], parts[i + 1].lower()])
            title_rest = True
            i += 2
            continue
        # "xã hội" (society) is not the level "xã": "SỞ LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI".
        if low in PLACE_LEVEL_WORDS and out and not (i + 1 < len(parts) and parts[i + 1] in ("ủy", "hội")):
            out.append(low)
            title_rest = True
            i += 1
            continue
        if two in PLACE_NAMED_BODIES and len(rest := parts[i + 2 :]) >= PLACE_NAMED_BODIES[two] and place_words_at(rest) == len(rest):
            # "BỆNH VIỆN BẠCH MAI", "BỆNH VIỆN THANH NHÀN", "ĐẠI HỌC HUẾ": a hospital or a university named
            # by its place, in the place's spelling ("Bệnh viện Bạch Mai", not "Bạch mai").
            out.extend([parts[i][:1].upper() + parts[i][1:], parts[i + 1], *place_spelling(" ".join(rest)).split(" ")])
            break
        if two in AGENCY_WORDS and i + 2 < len(parts) and not (two == "bệnh viện" and parts[i + 2].lower() == "đa"):
            # "BỆNH VIỆN MẮT" -> "Bệnh viện Mắt" (a hospital's specialty names it); "BỆNH VIỆN ĐA
            # KHOA …" is read below.
            out.extend([parts[i][:1].upper() + parts[i][1:], parts[i + 1]])
            nxt = parts[i + 2]
            out.append(nxt[:1].upper() + nxt[1:])
            in_field = True
            i += 3
            continue
        if low in PARTY_UNIT_BODY_HEADS and _ends_party_unit(out) and i + 1 < len(parts):
            # "ĐẢNG ỦY TRƯỜNG CHÍNH TRỊ TỈNH", "CHI BỘ BỆNH VIỆN ĐA KHOA X": the body after the Party
            # unit keeps its own name's case ("Đảng ủy Trường Chính trị tỉnh …").
            out.append(recase(" ".join(parts[i:]).upper()))
            break
        if (
            (low in AGENCY_WORDS or (low == FACULTY and i + 1 < len(parts) and parts[i + 1] != "học"))
            and i + 1 < len(parts)
            and (not out or out[-1] in (",", "-", "–") or _ends_party_unit(out))
            and not (low == "bộ" and parts[i + 1] in ("phận", "môn"))  # "ĐẢNG ỦY BỘ PHẬN …": a section, no ministry
        ):
            out.append(w[:1].upper() + w[1:])
            nxt = parts[i + 1]
            out.append(nxt[:1].upper() + nxt[1:])
            in_field = True
            i += 2
            continue
        if in_field and out and (out[-1] in ("và", "-", "–") or out[-1].endswith(",")) and (out[-1].lower(), w) not in COMMA_TERMS:
            # (Not "chống" in "phòng, chống", one term: "Ban Chỉ đạo phòng, chống dịch COVID-19"; nor "chữa" in
            # "Khám, chữa bệnh": "Cục Quản lý Khám, chữa bệnh".)
            w = w[:1].upper() + w[1:]
        elif in_field and w == "y" and out[-1] not in ("Quân", "Pháp"):
            # The field of medicine: "PHÒNG NGHIỆP VỤ Y" -> "Phòng Nghiệp vụ Y" (not a compound's second
            # syllable: "Học viện Quân y", "Trung tâm Pháp y").
            w = "Y"
        out.append(w)
        i += 1
        if w in ("ủy", "đoàn") and len(out) >= 2 and out[-2] in PLACE_COMMITTEE_WORDS and i < len(parts) and parts[i].lower() not in AGENCY_WORDS:
            title_rest = True  # "TỈNH ỦY HÀ GIANG" -> "Tỉnh ủy Hà Giang"; "HUYỆN ĐOÀN ĐỒNG VĂN" -> "Huyện đoàn Đồng Văn"
        if w == "Đa" and i < len(parts) and parts[i] == "khoa":
            out.append("khoa")
            i += 1
            if parts[i : i + 2] == ["khu", "vực"] and i + 2 < len(parts):
                out += ["khu", "vực"]  # "BỆNH VIỆN ĐA KHOA KHU VỰC HOÀNG SU PHÌ": the region, then its name
                i += 2
            if i < len(parts) and parts[i].lower() not in PLACE_LEVEL_WORDS and " ".join(parts[i : i + 2]).lower() not in PLACE_LEVEL_WORDS:
                title_rest = True
    if not title_rest:
        out = _title_bare_place(out)
    return " ".join(out)


# Two verbs parted by a comma that make one term of a field, the second kept in lower case: "phòng, chống" in
# "Ban Chỉ đạo phòng, chống dịch COVID-19", "khám, chữa" in "Cục Quản lý Khám, chữa bệnh".
COMMA_TERMS: frozenset[tuple[str, str]] = frozenset({("phòng,", "chống"), ("khám,", "chữa")})


# A Roman numeral ending a body's name, kept in capitals: "II" in "HỌC VIỆN CHÍNH TRỊ KHU VỰC II", "XII" in
# "KIỂM TOÁN NHÀ NƯỚC KHU VỰC XII" (at the end only: "VI" opens "VI SINH", a word).
ROMAN_AT_END = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")


def _is_place_syllable(word: str, before: list[str]) -> bool:
    """Whether a last word that reads as a Roman numeral is a syllable of a place's name: "VI" of "UBND
    XÃ PẢ VI" (xã Pả Vi, Hà Giang), "XI" of "XÃ PHÌN HỒ XI", after another syllable of the name (in
    title case, as the place's words are written), not the numeral of a unit right after its level
    word: "VI" of "KHU PHỐ VI", "III" of "TỔ DÂN PHỐ III", "II" of "PHƯỜNG II"."""
    if not (before and ROMAN_AT_END.fullmatch(word)):
        return False
    last = before[-1]
    return last[:1].isupper() and last[1:].islower() and last.isalpha() and last.lower() not in NUMBERED_UNIT_WORDS


# Words a Roman numeral numbers, in a name cased in title case: "Số" of "TRƯỜNG TIỂU HỌC SỐ II", "Khu" of
# "TRƯỜNG MẦM NON KHU II", "Tổ" of "… TỔ III".
NUMBERED_UNIT_WORDS: frozenset[str] = frozenset({"số", "khu", "tổ", "đội", "cụm", "vùng", "phố", "thôn", "xóm", "ấp", "bản", "khóa", "khoá"})


# Bodies named by a place after their kind, and the fewest words of that place read as one ("BỆNH VIỆN
# MẮT": a specialty, though "Mắt" is a ward's name; "ĐẠI HỌC HUẾ": Huế).
PLACE_NAMED_BODIES: dict[str, int] = {"bệnh viện": 2, "đại học": 1}


# The first words of bodies whose name a Party unit's name ends with, cased as the body's own: "trường",
# "học viện", "bệnh viện", "công ty", "tổng công ty".
PARTY_UNIT_BODY_HEADS: frozenset[str] = frozenset({"trường", "học", "bệnh", "công", "tổng"})


# The last words of the mass organisations' units inside a body, which its name follows as the Party's do:
# "Công đoàn" in "CÔNG ĐOÀN TRƯỜNG ĐẠI HỌC HUẾ", "BCH Đoàn" in "BCH ĐOÀN TRƯỜNG ĐẠI HỌC VINH", "Hội Sinh viên"
# in "BCH HỘI SINH VIÊN TRƯỜNG ĐẠI HỌC CẦN THƠ", "Đoàn Thanh niên" (lower case).
MASS_UNIT_ENDS: frozenset[tuple[str, str]] = frozenset(
    {("công", "đoàn"), ("bch", "đoàn"), ("hành", "đoàn"), ("sinh", "viên"), ("thanh", "niên")}
)


def _ends_party_unit(out: list[str]) -> bool:
    """Whether the words so far are a Party unit that a body's name follows: "Đảng ủy" in
    "ĐẢNG ỦY SỞ Y TẾ", "Chi bộ" in "CHI BỘ PHÒNG NỘI VỤ" (or a mass organisation's: MASS_UNIT_ENDS)."""
    if len(out) >= 4 and (out[-2].lower(), out[-1].lower()) == ("cơ", "sở"):
        out = out[:-2]  # a grassroots union: "CÔNG ĐOÀN CƠ SỞ TRƯỜNG THCS LÊ LỢI"
    return len(out) >= 2 and (
        (out[-2], out[-1].lower()) in (("Đảng", "ủy"), ("Chi", "bộ"), ("Đảng", "bộ"))
        or (out[-2].lower(), out[-1].lower()) in MASS_UNIT_ENDS
    )


def _title_bare_place(words: list[str]) -> list[str]:
    """A province or district named at the end without its level word, in its written form:
    ["Sở", "Y", "tế", "hà", "giang"] -> [..., "Hà Giang"] (two words or three, after two others)."""
    for n in (3, 2):
        if len(words) >= n + 2 and all(w.isalpha() and w.islower() for w in words[-n:]):
            tail = " ".join(words[-n:])
            place = province_name(tail) or district_name(tail)
            if place and place.lower() == tail:
                return [*words[:-n], place]
    return words


# The most words of a field in FIELD_SCHOOLS ("Khoa học Xã hội và Nhân văn": 6).
_FIELD_WORDS = max(len(f.split()) for f in FIELD_SCHOOLS)


def _school_fields(parts: list[str], i: int) -> tuple[list[str], int] | None:
    """The written words of the fields (FIELD_SCHOOLS, joined by "và") that name a school from
    ``parts[i]`` on, and the index after them; None unless they are followed by nothing, a level
    word or a province or district: ["ngân", "hàng", "tp.", …] -> (["Ngân", "hàng"], i + 2);
    "TÔN ĐỨC THẮNG", "KINH TẾ ĐỐI NGOẠI X" (no known field, or other words after it) -> None, and
    the name is read as a proper name."""
    out: list[str] = []
    j = i
    while j < len(parts):
        if out and parts[j] == "và":
            k = j + 1
            joiner = ["và"]
        else:
            k = j
            joiner = []
        field = next(
            (FIELD_SCHOOLS[f] for n in range(min(_FIELD_WORDS, len(parts) - k), 0, -1) if (f := " ".join(parts[k : k + n])) in FIELD_SCHOOLS),
            None,
        )
        if field is None:
            break
        out += [*joiner, *field.split()]
        j = k + len(field.split())
    if not out:
        return None
    rest = parts[j:]
    if len(rest) > 1 and rest[-1].isdigit():
        rest = rest[:-1]  # a school's number after its place: "TRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ NỘI 2"
    if rest and rest[0].lower() not in PLACE_LEVEL_WORDS and " ".join(rest[:2]) not in PLACE_LEVEL_WORDS:
        tail = " ".join(rest)
        place = province_name(tail) or district_name(tail)
        if not place or place.lower() != tail:
            return None
    return out, j


def _school_kind(parts: list[str]) -> tuple[list[str], int]:
    """The written words of "trường" and the school kinds after it ("THPT", "tiểu học", joined
    by "và"), and the index of the next word: (["Trường", "THCS"], 2), (["Trường", "Tiểu", "học"], 3)."""
    out = ["Trường"]
    i = 1
    while i < len(parts):
        if parts[i] in _SCHOOL_CODES or (i == 1 and SCHOOL_LEVEL_CODES.fullmatch(parts[i])):
            out.append(parts[i])
            i += 1
        else:
            kind = next((k for k in _SCHOOL_KIND_WORDS if parts[i : i + len(k)] == k), None)
            if kind is None:
                break
            out.extend([kind[0].capitalize(), *kind[1:]])
            i += len(kind)
        if i + 1 < len(parts) and parts[i] == "và":
            out.append("và")
            i += 1
    if out[-1] == "và":
        out.pop()
        i -= 1
    return out, i


# Another body listed after a department's name, which the place would wrongly follow: " và Bộ, ngành"
# in "Sở Nông nghiệp và Môi trường và Bộ, ngành trực tiếp quản lý" (corpus 011), ", Sở Tài chính".
LIST_AFTER_DEPARTMENT = re.compile(r"(?:,|\svà)\s+(?:các\s+)?(?:Bộ|Sở|Ban|Ủy ban|UBND)(?=[\s,])")


def _with_place(name: str, level: str, place: str) -> str:
    return f"{name} {level} {place}" if level else f"{name} {place}"


def qualify(name: str, header: Header | None) -> str:
    """Add the document's province or district to a body named only by its level:
    'Ủy ban nhân dân tỉnh' -> '… tỉnh Hà Giang', 'Tỉnh ủy' -> 'Tỉnh ủy Hà Giang',
    'Sở Nội vụ' -> 'Sở Nội vụ tỉnh Kon Tum', 'Huyện ủy' -> 'Huyện ủy Đồng Văn'."""
    if name in CENTRAL_BODIES:
        return CENTRAL_BODIES[name]
    if header is None:
        return name
    province, district = header.province, header.district
    if (province and name.endswith(" " + province)) or (district and name.endswith(" " + district)):
        return name  # already qualified
    commune, city = getattr(header, "commune", None), getattr(header, "city", None)
    if commune:
        level, place = commune
        if name.endswith(" " + level):
            head = name[: -len(level) - 1]
            if any(head.endswith(o) for o in COMMUNE_ORGANS):
                return f"{name} {place}"
        if name == COMMUNE_PARTY_COMMITTEE or name.endswith(" " + COMMUNE_PARTY_COMMITTEE):
            # "Thường trực Đảng ủy" in a commune's document (corpus 055): the commune's.
            return f"{name} {level} {place}"
    if name == CITY_COMMITTEE or name.endswith(" " + CITY_COMMITTEE):
        # "Ban Thường vụ Thành ủy": the city's committee, not a province's.
        if province and is_city(province):
            return f"{name} {province}"
        return f"{name} {city}" if city else name
    if province:
        for committee in PROVINCE_COMMITTEES:
            if name == committee or name.endswith(" " + committee):
                return f"{name} {province}"
        for level in (*PROVINCE_LEVELS, "thành phố"):
            if name.endswith(" " + level) and (level == "tỉnh" or province_level_word(province) == level):
                head = name[: -len(level) - 1]
                if head.endswith(LEVEL_OF_BODIES):
                    return name  # "Các Sở, ban, ngành cấp tỉnh": a level of bodies
                # The bare level word always means the document's own province: "Ủy ban nhân
                # dân tỉnh", "Đảng bộ tỉnh", and institutions too: "Bệnh viện Đa khoa tỉnh"
                # (an issuer's own "Phòng … tỉnh" keeps the text's wording).
                if (level == "tỉnh" and not head.startswith("Phòng ")) or any(head.endswith(o) for o in LEVEL_ORGANS) or head.endswith("Đảng bộ"):
                    return f"{name} {province}"
        for dept in PROVINCE_DEPARTMENTS:
            # "Sở Nội vụ", "Phòng Tổ chức cán bộ, Sở Y tế": the department is the last body.
            cut = name.rfind(", " + dept + " ")
            last = name[cut + 2 :] if cut >= 0 else name
            if office := OFFICE_OF_DEPARTMENT.match(last):
                last = last[office.end() :]  # "Giám đốc Sở Nội vụ": the department is "Sở Nội vụ"
            if LIST_AFTER_DEPARTMENT.search(last, len(dept)):
                continue  # "Sở Nông nghiệp và Môi trường và Bộ, ngành": a list, no department's name
            if last.startswith(dept + " ") and not _PLACE_WORD.search(last) and not _bare_province(last):
                return f"{name} {province_level_word(province)} {province}"
            # "Sở Nội vụ tỉnh": the level word without the name.
            level = province_level_word(province)
            if last.startswith(dept + " ") and last.endswith(" " + level):
                return f"{name} {province}"
    if district:
        for committee in DISTRICT_COMMITTEES:
            if name == committee or name.endswith(" " + committee):
                return f"{name} {district}"
        for level in DISTRICT_LEVELS:
            if name.endswith(" " + level):
                if city is not None and city == district:
                    # The document's own district is a city (its issuer says so: "UBND thành phố Hải Dương"): a lower
                    # level's body is one of its own units, or generic, or elsewhere, never "huyện Hải Dương".
                    return name
                head = name[: -len(level) - 1]
                if any(head.endswith(o) for o in LEVEL_ORGANS) and not head.endswith(LEVEL_OF_BODIES):
                    return f"{name} {district}"
    return name


_PLACE_WORD = re.compile(r"(?<!\w)(tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|TP\.?)(?!\w)")


def _bare_province(name: str) -> tuple[str, str] | None:
    """('Sở Y tế', 'Hà Giang') for 'Sở Y tế Hà Giang': a province named without its level word."""
    words = name.split(" ")
    for n in (2, 3, 1):
        if len(words) > n and words[-n][:1].isupper():
            province = province_name(" ".join(words[-n:]))
            if province and not _PLACE_WORD.search(" ".join(words[-n - 2 : -n])):
                return " ".join(words[:-n]), province
    return None


def _qualify_bare_province(name: str) -> str:
    """'Sở Y tế Hà Giang' -> 'Sở Y tế tỉnh Hà Giang' (departments only)."""
    if not any(name.startswith(d + " ") or f", {d} " in name for d in PROVINCE_DEPARTMENTS):
        return name
    found = _bare_province(name)
    if not found:
        return name
    head, province = found
    return f"{head} {province_level_word(province)} {province}"


# A district's own offices, which a header may name by their district without its level word:
# "PHÒNG GD&ĐT ĐỒNG VĂN".
DISTRICT_OFFICE_HEAD = "Phòng "


def _qualify_bare_district(name: str, province: str | None) -> str:
    """'Phòng Giáo dục và Đào tạo Đồng Văn' -> '… huyện Đồng Văn': a district's office named with its
    district without the level word, the district the province's (or, the province unknown or the one
    that took its own in 2025, a name that only one province's district bears); the name as it is else."""
    if not name.startswith(DISTRICT_OFFICE_HEAD) or _PLACE_WORD.search(name):
        return name
    words = name.split(" ")
    for n in (2, 3, 1):
        if len(words) > n + 1 and words[-n][:1].isupper() and (district := district_name(" ".join(words[-n:]))):
            level = district_level(district, province) if province else None
            if level is None and (home := province_of_district(district)) and (not province or successor_province(home) == province):
                level = district_level(district, home)  # "Đồng Văn" of Hà Giang, in a document of Tuyên Quang since 2025
            if level:
                return f"{' '.join(words[:-n])} {level} {district}"
    return name


# A relative clause of place after a body's name: " nơi doanh nghiệp đặt trụ sở chính" in "Sở Nội vụ nơi doanh nghiệp
# đặt trụ sở chính", " nơi cư trú" in "Ủy ban nhân dân xã, phường nơi cư trú", a cut "nơi" at the end.
WHERE_CLAUSE = re.compile(r"(?<=\S)[\s*_]+nơi(?:\s.*)?$", re.DOTALL)


def canonical_org(name: str | None, header: Header | None = None) -> str | None:
    """The canonical name of a body as written in a document of ``header``:
    'UBND tỉnh' -> 'Ủy ban nhân dân tỉnh Hà Giang', 'SỞ Y TẾ' -> 'Sở Y tế tỉnh Hà Giang',
    'Ban Bí thư' -> 'Ban Bí thư Trung ương Đảng'."""
    if not name:
        return None
    if "nơi" in name and (where := WHERE_CLAUSE.search(name)):
        # "Sở Nội vụ nơi doanh nghiệp đặt trụ sở chính": the body of the place the clause says, not of the document's
        # own place; its name ends before the clause and is not qualified by the header.
        name, header = name[: where.start()], None
    if header is None:
        return _canonical_org(name, False, None, None)
    province = header.province
    commune, city = _locality(header.issuer, header.issuer_parent, header.place, province)
    return _canonical_org(name, True, province, header.district, commune, city)


@lru_cache(maxsize=1024)
def _locality(
    issuer: str | None, parent: str | None, place: str | None, province: str | None
) -> tuple[tuple[str, str] | None, str | None]:
    """The commune and the city below a province that a document belongs to, from its issuer (or
    the issuer's parent) and its place line: (('xã', 'Đức Tân'), None) for the "Ủy ban nhân dân xã
    Đức Tân"; (None, 'Buôn Ma Thuột') for the "Thành ủy Buôn Ma Thuột" or a document of
    "Buôn Ma Thuột, ngày …"."""
    commune = city = None
    for name in (issuer, parent):
        if not name:
            continue
        if commune is None and (m := COMMUNE_AT_END.search(name)) and all(w[0].isupper() or w.isdigit() for w in m.group("name").split()):
            commune = (m.group("level"), m.group("name"))
        if city is None and (m := CITY_AT_END.search(name)) and not (province_name(m.group("name")) and not district_name(m.group("name"))):
            city = city_in_province(m.group("name"), province)
    if city is None and commune is None and place and not (province and is_city(province)):
        city = city_in_province(place, province)
    return commune, city


@lru_cache(maxsize=8192)
def _canonical_org(
    name: str,
    qualified: bool,
    province: str | None,
    district: str | None,
    commune: tuple[str, str] | None = None,
    city: str | None = None,
) -> str | None:
    """canonical_org of ``name`` in a document of that province and district (``qualified``: a
    header was given), and of that commune and city. Pure, so memoised: bodies recur within a
    document ("UBND tỉnh" in the header, the citations, the reports and the Nơi nhận) and across the
    documents of a place."""
    s = _unqualified_org(name, qualified, province, district)
    if s is None:
        return None
    return qualify(s, _Place(province, district, commune, city) if qualified else None)


# The city's mark an all-caps name gives in lower case: "tp." in "UBND TP. HỒ CHÍ MINH" -> "Ủy ban nhân
# dân tp. Hồ Chí Minh" (recase), also glued to the name ("TP.HỒ CHÍ MINH"); written "thành phố".
LOWER_CITY_MARK = re.compile(rf"(?<!\w)tp\.\s*(?=[{UPPER_LETTERS}])")


# A department named by its field's code in a header or a citation: "SỞ KH&ĐT", "Sở NN&PTNT", "Phòng
# TN&MT", "SỞ GTVT". Only the codes no other word is written as (an ampersand, or four letters and
# more): "Phòng TC-HC" of a hospital is its Tổ chức - Hành chính, not Tài chính (recipient lists read
# the short codes after a list head, see recipients.DEPARTMENT_CODE).
DEPARTMENT_FIELD = re.compile(
    r"(?<!\w)(?P<kind>Sở|Bộ|Phòng)\s+(?P<code>"
    + "|".join(map(re.escape, sorted((c for c in DEPARTMENT_CODES if "&" in c or len(c) >= 4), key=len, reverse=True)))
    + r")(?![\w&-])"
)


def expand_department_codes(s: str) -> str:
    """'Sở KH&ĐT' -> 'Sở Kế hoạch và Đầu tư', 'Phòng TN&MT huyện' -> 'Phòng Tài nguyên và Môi trường huyện'
    (DEPARTMENT_FIELD; before expand_abbreviations, which would read 'PTNT' alone in 'Sở NN&PTNT')."""
    if "Sở " in s or "Phòng " in s or "Bộ " in s:
        return DEPARTMENT_FIELD.sub(lambda m: f"{m.group('kind')} {DEPARTMENT_CODES[m.group('code')]}", s)
    return s


@lru_cache(maxsize=8192)
def _unqualified_org(name: str, qualified: bool, province: str | None, district: str | None) -> str | None:
    """``name`` written as ``_canonical_org`` gives it before ``qualify`` adds its place. It does not
    depend on the commune and city, so it is memoised apart: documents of one province below
    different cities or communes share it ("UBND tỉnh", "Sở Y tế" are read once). Its readings that
    depend on the name alone are memoised by the name (_read_name, _cased_places, _levels_and_fields), so a
    name is read once for every province that names it; only the place's own steps are done per place."""
    s = _read_name(name)
    if s is None:
        return None
    if qualified and "TP" in s:
        s = _city_initials(s, province)
    s = _cased_places(s)
    if qualified:
        s = _place_initials(s, province, district)
    return _qualify_bare_district(_levels_and_fields(s), province)


@lru_cache(maxsize=8192)
def _read_name(name: str) -> str | None:
    """The first reading of a body's name, which depends on the name alone: tones, capitals, codes and
    abbreviations written out, doubled words dropped ('UBND TỈNH' -> 'Ủy ban nhân dân tỉnh'); None for a
    malformed name."""
    s = normalize_tones(tidy(name))
    if is_all_caps(s):
        s = recase(s)
    s = tidy(expand_abbreviations(expand_department_codes(s)))
    if not s or _is_malformed(s):
        return None
    s = undouble_words(s)
    if "/" in s:
        s = SLASH_LEVEL.sub(_slash_level, s)
    if "TX" in s or "QL" in s or "KC" in s or "KKT" in s or "TTĐTTP" in s:
        s = CONTEXT_CODE.sub(_context_expansion, s)
    return s


@lru_cache(maxsize=8192)
def _cased_places(s: str) -> str:
    """A read name with its city's mark and its places' names in their own case (LOWER_CITY_MARK, place_case)."""
    if "tp." in s:
        s = tidy(LOWER_CITY_MARK.sub("thành phố ", s))
    return place_case(s)


@lru_cache(maxsize=8192)
def _levels_and_fields(s: str) -> str:
    """A read name with its level words in lower case and its fields written in full, a department's bare
    province qualified (CAPITAL_LEVEL_END, _lower_level_before_place, UNDASHED_FIELD, FIELD_SHORT_OF_NAME,
    _qualify_bare_province)."""
    if level := CAPITAL_LEVEL_END.search(s):
        s = s[: level.start()] + level.group(0).lower()
    elif s.endswith(" tinh"):
        s = TONELESS_PROVINCE_END.sub("tỉnh", s)
    else:
        s = _lower_level_before_place(s)
    if "Lao động" in s:
        s = UNDASHED_FIELD.sub(" - Thương binh và Xã hội", s)
    if "Khoa học Công" in s or "Công thương" in s:
        s = FIELD_SHORT_OF_NAME.sub(_field_in_full, s)
    return _qualify_bare_province(s)


# A name's last word cut off by the copy, one consonant left: "Bộ Nội v" (an OCR'd Nơi nhận: "- Bộ Nội v").
CUT_LAST_WORD = re.compile(r"(?<= )[bcdđghklmnpqrstvx]$")
# A word too long for one syllable (the longest, "nghiêng", has seven letters), with Vietnamese letters:
# a whole name run together, "Cácsởgiáodụcđàotạo" (that unglue_name cannot cut: "giá|o|dục" reads too).
GLUED_NAME_CHARS = 9
# A word written twice in a list, each time a whole item: "Sở, Sở, ban ngành thành phố" -> "Sở, ban ngành thành
# phố" (not "Các ban cán sự đảng, đảng đoàn", "tổ chức chính trị - xã hội, hội, đoàn thể": other items).
DOUBLED_LIST_WORD = re.compile(r"(?:^|(?<=, ))(\w+), \1(?=,)")
# A lower-case word written twice running, a typo: "Các cơ quan quan tham mưu" -> "Các cơ quan tham mưu" (lower-case
# only, _undoubled: a place's name may repeat a syllable, "Đông Đông").
DOUBLED_WORD = re.compile(r"(?<!\w)(\w+) \1(?!\w)")
# A level word after a slash in a Nơi nhận, "/h" its short form: "- UBND/huyện;", "- Phòng LĐTB&XH/h;" (the
# district's offices) -> "Ủy ban nhân dân huyện", "Phòng Lao động - Thương binh và Xã hội huyện".
SLASH_LEVEL = re.compile(r"(?<=\w)/(?P<level>huyện|tỉnh|h)$")


@lru_cache(maxsize=8192)  # pure; a body's name is read again in each document that names it
def undouble_words(s: str) -> str:
    """A name without the words a typo wrote twice: "Các cơ quan quan, đơn vị" -> "Các cơ quan, đơn
    vị", "Sở, Sở, ban ngành thành phố" -> "Sở, ban ngành thành phố" (DOUBLED_LIST_WORD, DOUBLED_WORD);
    also read by graph.build for the names the extractor keeps as written (a task's doers)."""
    if ", " in s:
        s = DOUBLED_LIST_WORD.sub(r"\1", s)
    return DOUBLED_WORD.sub(_undoubled, s)


def _undoubled(m: re.Match) -> str:
    return m.group(1) if m.group(1).islower() else m.group(0)


def _slash_level(m: re.Match) -> str:
    return " huyện" if m.group("level") == "h" else f" {m.group('level')}"


def _is_malformed(name: str) -> bool:
    """Whether ``name`` is no body's name but a fragment a copy broke: its last word cut ("Bộ Nội v") or
    a whole name run together ("Cácsởgiáodụcđàotạo"). Such a name is dropped (precision first)."""
    if CUT_LAST_WORD.search(name):
        return True
    return any(
        len(w) >= GLUED_NAME_CHARS and w.isalpha() and not w.isascii() and w[1:].islower()
        for w in name.split(" ")
    )


# Codes that only their neighbours make certain, read with them (the table's ABBREVIATIONS are read alone):
# "TX" after "huyện, " in a list of levels ("UBND các huyện, TX, TP" -> "… các huyện, thị xã, thành phố"), "Ban
# QL" (Ban Quản lý), "KCN" after "các" or "Ban Quản lý" ("Ban QL các KCN" -> "Ban Quản lý các khu công nghiệp"),
# "KCB" after "cơ sở" ("Các cơ sở KCB" -> "Các cơ sở khám bệnh, chữa bệnh"; alone it is the Cục's code in
# "Lưu: VT, KCB"), "KCNC" after "các" ("Ban QL các KCNC và các KCN": khu công nghệ cao), "KKT" after "Quản lý" ("Ban
# QL KKT tỉnh": Khu kinh tế), "Cổng TTĐTTP" (Cổng thông tin điện tử thành phố, as the table's "TTĐT" reads).
CONTEXT_CODE = re.compile(
    r"(?<=huyện, )(?P<tx>TX)(?![\w-])"
    r"|(?<=quận, )(?P<tx2>TX)(?![\w-])"
    r"|(?<=Ban )(?P<ql>QL)(?= )"
    r"|(?<=các )(?P<kcn>KCN)(?![\w-])"
    r"|(?<=Quản lý )(?P<kcn2>KCN)(?![\w-])"
    r"|(?<=các )(?P<kcnc>KCNC)(?![\w-])"
    r"|(?<=Quản lý )(?P<kkt>KKT)(?![\w-])"
    r"|(?<=Ban QL )(?P<kcn3>KCN)(?![\w-])"
    r"|(?<=Ban QL )(?P<kkt2>KKT)(?![\w-])"
    r"|(?<=cơ sở )(?P<kcb>KCB)(?![\w-])"
    r"|(?<=Cổng )(?P<portal>TTĐTTP)(?![\w-])"
)
_CONTEXT_EXPANSIONS: dict[str, str] = {
    "tx": "thị xã",
    "tx2": "thị xã",
    "ql": "Quản lý",
    "kcn": "khu công nghiệp",
    "kcn2": "khu công nghiệp",
    "kcnc": "khu công nghệ cao",
    "kkt": "Khu kinh tế",
    "kcn3": "khu công nghiệp",
    "kkt2": "Khu kinh tế",
    "kcb": "khám bệnh, chữa bệnh",
    "portal": "thông tin điện tử thành phố",
}


def _context_expansion(m: re.Match) -> str:
    return _CONTEXT_EXPANSIONS[m.lastgroup]


# A city's initials after "TP" at a name's end: "UBMTTQ Việt Nam - TPHN" (Ủy ban Mặt trận Tổ quốc Việt Nam thành
# phố Hà Nội), read only in a document of that city.
CITY_INITIALS = re.compile(r"(?:\s+[-–]\s+|\s+)TP(?P<code>[A-ZĐ]{2,3})$")


def _city_initials(name: str, province: str | None) -> str:
    """'Ủy ban Mặt trận Tổ quốc Việt Nam - TPHN' in a Hà Nội document -> '… Việt Nam thành phố Hà Nội'."""
    m = CITY_INITIALS.search(name)
    if m is None or not province or not is_city(province) or _initials(province) != m.group("code"):
        return name
    return f"{name[: m.start()]} thành phố {province}"


def _lower_level_before_place(name: str) -> str:
    """'UBND Huyện Triệu Sơn' -> 'UBND huyện Triệu Sơn', 'UBND Xã Tân Lập Huyện Đồng Văn' -> 'UBND xã
    Tân Lập huyện Đồng Văn': each level's place read up to the next level or the end of the name (see
    CAPITAL_LEVEL_BEFORE_PLACE)."""
    levels = list(CAPITAL_LEVEL_BEFORE_PLACE.finditer(name))
    if not levels:
        return name
    out = name
    for k, level in enumerate(levels):
        stop = levels[k + 1].start() - 1 if k + 1 < len(levels) else len(name)
        rest = name[level.end() + 1 : stop].split(" ")
        if place_words_at(rest) == len(rest):
            out = out[: level.start()] + level.group(0).lower() + out[level.end() :]
    return out


def initials(words: Iterable[str]) -> str:
    """The capital initials of ``words``: 'CT' for ['Cần', 'Thơ'], 'ĐHCT' for ['Đại', 'học', 'Cần', 'Thơ']."""
    return "".join(w[0] for w in words).upper()


def _initials(place: str) -> str:
    """'Cần Thơ' -> 'CT', 'Hồ Chí Minh' -> 'HCM'."""
    return initials(place.split())


def _place_initials(name: str, province: str | None, district: str | None) -> str:
    """'Báo và Phát thanh, Truyền hình CT' in a Cần Thơ document -> '… Truyền hình Cần Thơ'."""
    m = PLACE_INITIALS.search(name)
    if m is None:
        return name
    for place in (province, district):
        if place and _initials(place) == m.group("code"):
            return name[: m.start()] + place
    return name


# A place after its level word whose later syllable a text wrote in lower case: "xã Ya ly" (the header's
# "UBND XÃ YA LY" is "xã Ya Ly"), "huyện Đồng văn". A cheap gate of ``place_case``.
LOWER_PLACE_SYLLABLE = re.compile(
    rf"(?<!\w)(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn) [{UPPER_LETTERS}]\w*(?: \w+)* [{LOWER_LETTERS}]"
)


def place_case(name: str) -> str:
    """Place names after their level word in one spelling, which only case can tell from the text's:
    with an apostrophe in the data's ("Trung tâm Y tế huyện M'đrắk", from "M'ĐRẮK" -> "… huyện
    M'Đrắk"), else each syllable in title case, as a header's name in capitals is re-cased: "Ủy ban
    nhân dân xã Ya ly" -> "… xã Ya Ly", one body with the header's "UBND XÃ YA LY"."""
    apostrophe = "'" in name
    if not apostrophe and not LOWER_PLACE_SYLLABLE.search(name):
        return name
    out = name
    for m in _PLACE_WORD.finditer(name):
        rest = name[m.end() :].split(" ")[1:]
        n = place_words_at(rest)
        if not n:
            continue
        written = " ".join(rest[:n])
        if "'" in written:
            spelled = place_spelling(written)
        elif rest[0][:1].isupper():  # (not "xã hội")
            spelled = " ".join(w[:1].upper() + w[1:] for w in rest[:n])
        else:
            continue
        if spelled and spelled != written:
            out = out.replace(f"{m.group(1)} {written}", f"{m.group(1)} {spelled}")
    return out


class _Place(NamedTuple):
    """The two fields of a Header that ``qualify`` reads."""

    province: str | None
    district: str | None
    commune: tuple[str, str] | None = None  # ("xã", "Đức Tân"): a commune's document
    city: str | None = None  # "Buôn Ma Thuột": a document of a city below its province


def qualify_in(name: str, province: str | None, district: str | None, issuer: str | None = None) -> str:
    """``qualify`` in a document of ``province`` and ``district`` (and of ``issuer``, whose name tells the
    city the document belongs to: "Ủy ban nhân dân thành phố Hải Dương")."""
    city = _locality(issuer, None, None, province)[1] if issuer else None
    return _qualify_in_place(name, province, district, city)


@lru_cache(maxsize=65536)
def _qualify_in_place(name: str, province: str | None, district: str | None, city: str | None) -> str:
    """``qualify`` of a name in a document of that province, district and city, memoised by them: the
    graph asks it of the names of every document (5,582 calls a 1,000 plans' fragments, 3,279 distinct)."""
    return qualify(name, _Place(province, district, None, city))


# A department's name whose words a comma parts, its halves before and after the comma: "Sở Văn hóa, Thể thao và Du
# lịch", "Phòng Văn hóa, Khoa học và Thông tin", "Sở Lao động, Thương binh và Xã hội".
COMMA_NAME_HEAD = re.compile(r"(?:Văn\s+h[óo]a|Lao\s+động)$")
COMMA_NAME_TAIL = re.compile(r"Thể\s+thao(?:\s+và\s+Du\s+lịch)?|Khoa\s+học\s+và\s+Thông\s+tin|Thông\s+tin\s+và\s+Thể\s+thao|Thương\s+binh\s+và\s+Xã\s+hội")


def join_comma_names(pieces: list[str]) -> list[str]:
    """Pieces of a list parted at its commas, a department's name parted at its own comma joined again: ["Y tế", "Văn
    hóa", "Thể thao và Du lịch"] -> ["Y tế", "Văn hóa, Thể thao và Du lịch"] (COMMA_NAME_HEAD, COMMA_NAME_TAIL)."""
    out: list[str] = []
    for piece in pieces:
        if out and COMMA_NAME_TAIL.fullmatch(piece) and COMMA_NAME_HEAD.search(out[-1]):
            out[-1] = f"{out[-1]}, {piece}"
        else:
            out.append(piece)
    return out
