"""Deadlines: "trước ngày 05/11/2022" -> 2022-11-05; a day without year is kept as "18/5"."""

from __future__ import annotations

import re

from pydantic import BaseModel

# A deadline phrase and its date. "trước ngày 02/11/2022", "**trước ngày 03/11/2022**",
# "trước ngày 18 tháng 5", "chậm nhất ngày 15/12/2025", "trước 30/6/2026".
DEADLINE = re.compile(
    r"(?:trước|chậm nhất(?:\s+là)?|hạn chót|không quá|muộn nhất)[\s*_]+(?:(?:vào\s+)?ngày[\s*_]+)?"
    r"(?P<d>\d{1,2})(?:\s*[/.\-]\s*(?P<m>\d{1,2})(?:\s*[/.\-]\s*(?P<y>\d{4}))?"
    r"|\s+tháng\s+(?P<m2>\d{1,2})(?:\s*(?:,\s*)?năm\s+(?P<y2>\d{4}))?)",
    re.IGNORECASE,
)


# Words one of which every deadline phrase holds (a quick test before the regex).
_DEADLINE_WORDS = ("trước", "chậm nhất", "hạn chót", "không quá", "muộn nhất")


class Deadline(BaseModel):
    iso: str | None  # "2022-11-05"; None when the year is not given
    day_month: str | None  # "18/5" when the year is not given
    flat_start: int
    flat_end: int  # just after the date


def _valid(d: int, m: int) -> bool:
    return 1 <= d <= 31 and 1 <= m <= 12


def find_deadline(s: str, start: int = 0, end: int | None = None) -> Deadline | None:
    """The first deadline in s[start:end]; offsets are offsets into s."""
    zone = s[start:end].lower()
    if not any(w in zone for w in _DEADLINE_WORDS):
        return None
    m = DEADLINE.search(s, start, len(s) if end is None else end)
    while m:
        d = int(m.group("d"))
        mo = m.group("m") or m.group("m2")
        y = m.group("y") or m.group("y2")
        if mo and _valid(d, int(mo)):
            if y:
                return Deadline(iso=f"{int(y):04d}-{int(mo):02d}-{d:02d}", day_month=None, flat_start=m.start(), flat_end=m.end())
            return Deadline(iso=None, day_month=f"{d}/{int(mo)}", flat_start=m.start(), flat_end=m.end())
        m = DEADLINE.search(s, m.end(), len(s) if end is None else end)
    return None
