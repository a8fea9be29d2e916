"""Bodies named in an issuer block that an OCR copy spelled without any diacritics.

A scan read by an OCR without Vietnamese gives "BO GIAO DUC VA DAO TAO" / "CONG HOA XA HOI CHU NGHIA
VIET NAM" for "BỘ GIÁO DỤC VÀ ĐÀO TẠO" / "CỘNG HÒA …". Such a line is read back only when it is the
name of a known body (a ministry or national body by its whole name; a local committee, council or
department by its head, with a province or a district the place lists know): any other line is left
alone, since its marks cannot be guessed (precision first)."""

from __future__ import annotations

import re
from functools import cache

from vanban.loaders.places import district_name, province_name, strip_accents

# The motto's lines without their marks: "CONG HOA XA HOI CHU NGHIA VIET NAM", "Doc lap - Tu do - Hanh phuc".
UNMARKED_MOTTO = re.compile(
    r"^(?:CONG HOA XA HOI CHU NGHIA VIET NAM|DOC LAP\s*[-–]?\s*TU DO\s*[-–]?\s*HANH PHUC)$", re.IGNORECASE
)

# National bodies, named whole in their headers.
_NATIONAL_BODIES = (
    "CHÍNH PHỦ",
    "THỦ TƯỚNG CHÍNH PHỦ",
    "VĂN PHÒNG CHÍNH PHỦ",
    "BỘ CÔNG AN",
    "BỘ CÔNG THƯƠNG",
    "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
    "BỘ GIAO THÔNG VẬN TẢI",
    "BỘ KẾ HOẠCH VÀ ĐẦU TƯ",
    "BỘ KHOA HỌC VÀ CÔNG NGHỆ",
    "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
    "BỘ NGOẠI GIAO",
    "BỘ NỘI VỤ",
    "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    "BỘ QUỐC PHÒNG",
    "BỘ TÀI CHÍNH",
    "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
    "BỘ THÔNG TIN VÀ TRUYỀN THÔNG",
    "BỘ TƯ PHÁP",
    "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
    "BỘ XÂY DỰNG",
    "BỘ Y TẾ",
    "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM",
)

# The heads of local bodies, whose level and place follow: "UY BAN NHAN DAN TINH QUANG NAM", "SO Y TE TINH
# KON TUM", or stand on the next line ("UY BAN NHAN DAN" / "TINH QUANG NAM").
_LOCAL_HEADS = (
    "ỦY BAN NHÂN DÂN",
    "HỘI ĐỒNG NHÂN DÂN",
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    "SỞ Y TẾ",
    "SỞ NỘI VỤ",
    "SỞ TÀI CHÍNH",
    "SỞ TƯ PHÁP",
    "SỞ XÂY DỰNG",
    "SỞ CÔNG THƯƠNG",
    "SỞ KẾ HOẠCH VÀ ĐẦU TƯ",
    "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
    "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
    "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
    "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
    "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    "SỞ GIAO THÔNG VẬN TẢI",
    "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
)

# The level words of a province and a district, without their marks.
_PROVINCE_LEVELS = {"TINH": "TỈNH", "THANH PHO": "THÀNH PHỐ"}
_DISTRICT_LEVELS = {"HUYEN": "HUYỆN", "QUAN": "QUẬN", "THI XA": "THỊ XÃ", "THANH PHO": "THÀNH PHỐ"}

# A local body's head, then its level and place: "UY BAN NHAN DAN TINH QUANG NAM" (the head is checked
# against _LOCAL_HEADS, the place against the place lists; the text has lost its marks, so plain capitals).
LEVEL_AND_PLACE = re.compile(r"^(?P<head>.*?)\s*\b(?P<level>TINH|THANH PHO|HUYEN|QUAN|THI XA) (?P<place>[A-Z][A-Z ]+)$")


def _key(s: str) -> str:
    """'BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI' and 'BO LAO DONG-THUONG BINH VA XA HOI' -> 'BO LAO DONG THUONG BINH VA XA HOI'."""
    return " ".join(re.sub(r"[^\w]+", " ", strip_accents(s)).upper().split())


@cache
def _names() -> tuple[dict[str, str], dict[str, str]]:
    return {_key(n): n for n in _NATIONAL_BODIES}, {_key(n): n for n in _LOCAL_HEADS} | {"UBND": "UBND"}


def is_unmarked(line: str) -> bool:
    """Whether a line holds letters and none with a diacritic (nor "Đ"): 'BO GIAO DUC VA DAO TAO'."""
    return line.isascii() and any(c.isalpha() for c in line)


def marked_body(line: str) -> str | None:
    """The body a line without marks names, in capitals with its marks: 'UY BAN NHAN DAN TINH QUANG NAM'
    -> 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM', 'BO Y TE' -> 'BỘ Y TẾ', 'TINH KON TUM' -> 'TỈNH KON TUM'; None for a
    line that names no known body ('TRUONG THCS AN PHU': a school's name cannot be given its marks)."""
    if not is_unmarked(line):
        return None
    national, local = _names()
    key = _key(line)
    if key in national:
        return national[key]
    if key in local:
        return local[key]  # its level and place on the next line
    m = LEVEL_AND_PLACE.match(key)
    if m is None or (m.group("head") and m.group("head") not in local):
        return None
    head = local[m.group("head")] + " " if m.group("head") else ""
    level, place = m.group("level"), m.group("place")
    if level in _PROVINCE_LEVELS and (province := province_name(place)) is not None:
        return f"{head}{_PROVINCE_LEVELS[level]} {province.upper()}"
    if level in _DISTRICT_LEVELS and (district := district_name(place)) is not None:
        return f"{head}{_DISTRICT_LEVELS[level]} {district.upper()}"
    return None


def marked_block(block: list[str]) -> list[str] | None:
    """An issuer block whose lines were all spelled without marks, read back (``marked_body``): the
    motto's lines are dropped, a line after the bodies that names none ends the block ('QUYET DINH'). None
    when the block has a marked line or its first line names no known body."""
    if not block or not all(is_unmarked(b) for b in block):
        return None
    bodies: list[str] = []
    for b in block:
        if UNMARKED_MOTTO.match(b.strip()):
            continue
        body = marked_body(b)
        if body is None:
            if not bodies:
                return None
            break
        bodies.append(body)
    return bodies or None
