"""Names of bodies: abbreviations expanded, qualified with the document's province or district.

"UBND tỉnh" in a Hà Giang document is "Ủy ban nhân dân tỉnh Hà Giang"; "Sở Nội vụ" named by
level in a Kon Tum document is "Sở Nội vụ tỉnh Kon Tum". The abbreviation table is data
(``codes.ABBREVIATIONS``); province and district names come from the administrative-units
package (``places``).
"""

from __future__ import annotations

import re

from vanban.loaders.codes import ABBREVIATIONS
from vanban.loaders.records import Header

# An abbreviation as a whole word: "UBND" in "UBND tỉnh", not inside "UBNDX".
_ABBREVIATION = re.compile(
    r"(?<![\wĐđ])(" + "|".join(sorted(map(re.escape, ABBREVIATIONS), key=len, reverse=True)) + r")(?![\wĐđ])"
)

# Bodies named by level, that take the province: "Ủy ban nhân dân tỉnh", "Tỉnh ủy", "Sở Nội vụ".
_PROVINCE_LEVEL_END = re.compile(r"(?:\btỉnh|Tỉnh ủy|Đảng bộ tỉnh|Tỉnh đoàn)$")
_DISTRICT_LEVEL_END = re.compile(r"(?:\bhuyện|Huyện ủy|Đảng bộ huyện)$")
_DEPARTMENT = re.compile(r"^(Sở|Ban|Thanh tra|Văn phòng|Bảo hiểm xã hội|Công an|Kho bạc nhà nước) ")

_SPACES = re.compile(r"\s+")


def tidy(name: str) -> str:
    """One line, single spaces, no markdown emphasis or trailing punctuation."""
    s = _SPACES.sub(" ", name.replace("*", "")).strip()
    return s.strip(" ,;:.-–")


def expand_abbreviations(name: str) -> str:
    """'UBND tỉnh' -> 'Ủy ban nhân dân tỉnh'; 'BCH TW' -> 'Ban Chấp hành Trung ương'."""
    return _ABBREVIATION.sub(lambda m: ABBREVIATIONS[m.group(1)], name)


def qualify(name: str, header: Header | None) -> str:
    """Add the document's province or district to a body named only by its level."""
    if header is None:
        return name
    if header.province and _PROVINCE_LEVEL_END.search(name):
        if name.endswith("Tỉnh ủy") or name.endswith("Tỉnh đoàn"):
            return f"{name} {header.province}"
        return f"{name} {header.province}"
    if header.district and _DISTRICT_LEVEL_END.search(name):
        return f"{name} {header.district}"
    return name


def canonical_org(name: str | None, header: Header | None = None) -> str | None:
    """The canonical name of a body as written in a document of ``header``."""
    if not name:
        return None
    s = tidy(expand_abbreviations(tidy(name)))
    if not s:
        return None
    return qualify(s, header)
