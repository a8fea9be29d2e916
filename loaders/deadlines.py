"""Deadlines: "trước ngày 05/11/2022" -> 2022-11-05; a day without year is kept as "18/5", a day of
every month ("trước ngày 15 hằng tháng") as "15", a day of a month named by its place ("trước ngày 20
của tháng cuối quý") as written, "20 của tháng cuối quý"; a month or a quarter without a day ("trong tháng
11/2025", "quý IV/2023") is a period, kept as written ("tháng 11/2025"): none of these is a full date."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple


# A deadline phrase and its date. "trước ngày 02/11/2022", "**trước ngày 03/11/2022**",
# "trước ngày 18 tháng 5", "chậm nhất ngày 15/12/2025", "trước 30/6/2026", "(*trước ngày 18
# hàng tháng*)", "trước ngày 15 hằng tháng" (a day of every month: group ``every``), "trước ngày 20 của
# tháng cuối quý", "chậm nhất là ngày 20 của tháng cuối kỳ báo cáo", "trước ngày 05 tháng cuối cùng của
# mỗi quý" (a day of a month named by its place in the period: groups ``rel`` and ``unit``).
DEADLINE = re.compile(
    # "chậm nhất đến ngày 20/12/2024", "hạn cuối ngày 20/12/2024", "hạn cuối là ngày 31/12/2026" too.
    r"(?:trước|chậm nhất(?:\s+(?:là|đến))?|hạn (?:chót|cuối)(?:\s+là)?|không quá|muộn nhất"
    # A time limit by its label or by the verb of completion, a full day after it: "Thời gian hoàn thành: 30/9/2024",
    # "Thời hạn: 31/12/2024", "*Thời hạn hoàn thành:* ngày 15 tháng 10 năm 2024", "hoàn thành trong ngày 30/6/2024",
    # "hoàn thành xong 30/6/2024" (the items of a plan's task list). Not "đã hoàn thành ngày …" (a past fact), not
    # "Thời gian thực hiện: 30/6/2024" (when the work is done, a day of an event as often as a limit).
    r"|thời\s+hạn(?:\s+hoàn\s+thành)?[\s*_]*:|(?<!đã\s)(?<!Đã\s)hoàn\s+thành(?:\s+(?:xong|trong|vào))?(?:[\s*_]*:)?"
    # A weekday before the day: "chậm nhất là thứ Sáu, ngày 20/12/2024", "trước thứ Hai ngày 16/12/2024".
    r")[\s*_]+(?:(?:vào\s+)?(?:thứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ\s+nhật)\s*,?\s+(?=ngày))?"
    r"(?:(?:vào\s+)?ngày[\s*_]*)?"
    # An hour before the day: "chậm nhất là 17 giờ 00 ngày 30/01/2026" (corpus 051), "trước 16 giờ ngày 5/12/2025",
    # minutes marked with a prime: "chậm nhất 10h00' ngày 27/4/2020" (a Công văn of UBND tỉnh Đắk Nông).
    # An hour written with "g", or a weekday between the hour and the day: "trước 16g00 ngày 20/11/2024", "trước 10 giờ, thứ Sáu
    # ngày 22/11/2024" (a Sở's Công văn).
    r"(?:\d{1,2}\s*(?:giờ|h|g(?=\d))(?:\s*\d{1,2}(?:\s*(?:phút|['’]))?)?,?\s+"
    r"(?:(?:vào\s+)?(?:thứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ\s+nhật)\s*,?\s+)?(?:vào\s+)?ngày[\s*_]*)?"
    # The two ways mixed: "trước ngày 20/12 năm 2024", "trước ngày 20 tháng 12/2024" (group ``y3``).
    # A number said again in words, in brackets: "chậm nhất ngày 06 (sáu) của tháng cuối quý", "ngày 27 (hai mươi bảy) tháng 11
    # (mười một)" (Thông tư 02/2023/TT-BTTTT).
    r"(?P<d>\d{1,2})(?:\s*\((?P<dw>[^()\d]{1,24})\))?(?:\s*[/.\-]\s*(?P<m>\d{1,2})(?:\s*[/.\-]\s*(?P<y>\d{4})|\s+năm\s+(?P<y3>\d{4}))?"
    r"|\s+tháng\s+(?P<m2>\d{1,2})(?:\s*\([^()\d]{1,24}\))?(?:\s*(?:,\s*)?năm\s+(?P<y2>\d{4})|\s*/\s*(?P<y4>\d{4}))?"
    r"|[\s*_]+(?P<every>hằng|hàng)\s+tháng"
    r"|\s+(?:của\s+)?tháng\s+(?P<rel>cuối|đầu)(?:\s+cùng)?\s+(?:của\s+)?(?:mỗi\s+)?(?P<unit>quý|năm|kỳ(?:\s+báo\s+cáo)?)"
    r"(?:\s+(?:sau|tiếp theo))?"
    # The month a report covers: "chậm nhất ngày 15 (mười lăm) của tháng báo cáo" (kept as written, as ``rel``).
    r"|\s+(?:của\s+)?tháng\s+(?P<rep>báo\s+cáo)(?![\wđ])"
    # A bare day closing a bracket, a day of every month only after "hằng tháng (" (MONTHLY_BRACKET):
    # "Định kỳ hằng tháng (trước ngày 20), các sở, ngành báo cáo…".
    r"|(?P<bare>)(?=[*_]*\)))",
    re.IGNORECASE,
)
# A month or a quarter as the time limit: "**trong tháng 11/2025**", "trước tháng 12 năm 2025",
# "trong quý IV/2023", "chậm nhất trong quý I năm 2024", "hoàn thành quý III/2025".
PERIOD = re.compile(
    r"(?P<lead>trong|trước|chậm nhất(?:\s+(?:là|trong|vào))?|hoàn thành(?:\s+trong)?|vào)[\s*_]+"
    r"(?P<unit>tháng|quý)\s+(?P<n>\d{1,2}|[IV]{1,3})\s*(?:/|năm|,\s*năm)\s*(?P<y>\d{4})",
    re.IGNORECASE,
)
# What opens the bracket of a bare day of every month: "hằng tháng (", "hàng tháng (*".
MONTHLY_BRACKET = re.compile(r"(?:hằng|hàng)\s+tháng\s*\([*_]*\s*$", re.IGNORECASE)
# Words one of which every PERIOD match holds (lower case): a quick test before the regex.
_PERIOD_WORDS = ("tháng", "quý")
_QUARTERS = frozenset({"I", "II", "III", "IV"})


# Words one of which every deadline phrase holds (a quick test before the regex).
_DEADLINE_WORDS = ("trước", "chậm nhất", "hạn chót", "hạn cuối", "không quá", "muộn nhất", "thời hạn", "hoàn thành")


class Deadline(NamedTuple):
    """A deadline found in a text (internal: read by tasks and reports, never part of a record;
    a tuple rather than a pydantic model, which cost a validation per deadline)."""

    iso: str | None  # "2022-11-05"; None when the year is not given
    day_month: str | None  # "18/5" when the year is not given
    flat_start: int
    flat_end: int  # just after the date


class Period(NamedTuple):
    """A month or a quarter given as a time limit (internal, like Deadline)."""

    text: str  # "trong tháng 11/2025", "trước quý IV/2023": the lead word, unit, number/year
    flat_start: int
    flat_end: int


def _valid(d: int, m: int) -> bool:
    return 1 <= d <= 31 and 1 <= m <= 12


def _deadline_matches(s: str, start: int, end: int | None) -> Iterator[re.Match]:
    """DEADLINE's matches in s[start:end], in order, as ``DEADLINE.finditer`` finds them.

    Every match starts with one of ``_DEADLINE_WORDS``: the regex is tried only where one starts
    in the lower-cased zone (a search would try it at every character of a long item). The words'
    places are found in one loop of ``str.find`` (``_deadline_matches_plain``, the form it replaced,
    tested the zone for any word first, then collected them by generators: tests/test_quality20_speed.py).
    """
    raw = s[start:end]
    zone = raw.lower()
    found: list[int] = []
    find = zone.find
    for w in _DEADLINE_WORDS:
        i = find(w)
        while i >= 0:
            found.append(i)
            i = find(w, i + 1)
    if not found:
        return
    stop = len(s) if end is None else end
    if len(zone) != len(raw):  # lower() lengthened a character: zone offsets are not s offsets
        yield from DEADLINE.finditer(s, start, stop)
        return
    found.sort()  # no two words start at one place: none is the start of another
    pos = start  # matches do not overlap
    for i in found:
        if start + i < pos:
            continue
        m = DEADLINE.match(s, start + i, stop)
        if m:
            yield m
            pos = m.end()


def _deadline_matches_plain(s: str, start: int, end: int | None) -> Iterator[re.Match]:
    """``_deadline_matches`` as it was written first: the zone tested for any word, the words' places collected by
    generators into a set."""
    raw = s[start:end]
    zone = raw.lower()
    stop = len(s) if end is None else end
    if not any(w in zone for w in _DEADLINE_WORDS):
        return
    if len(zone) != len(raw):
        yield from DEADLINE.finditer(s, start, stop)
        return
    starts = sorted({i for w in _DEADLINE_WORDS for i in _occurrences(zone, w)})
    pos = start
    for i in starts:
        if start + i < pos:
            continue
        m = DEADLINE.match(s, start + i, stop)
        if m:
            yield m
            pos = m.end()


def _occurrences(zone: str, word: str) -> Iterator[int]:
    i = zone.find(word)
    while i >= 0:
        yield i
        i = zone.find(word, i + 1)


def find_deadline(s: str, start: int = 0, end: int | None = None) -> Deadline | None:
    """The first deadline in s[start:end]; offsets are offsets into s."""
    for m in _deadline_matches(s, start, end):
        d = int(m.group("d"))
        mo = m.group("m") or m.group("m2")
        y = m.group("y") or m.group("y2") or m.group("y3") or m.group("y4")
        if m.group("every"):
            if 1 <= d <= 31:
                return Deadline(iso=None, day_month=str(d), flat_start=m.start(), flat_end=m.end())
            continue
        if m.group("bare") is not None:
            if 1 <= d <= 31 and MONTHLY_BRACKET.search(s, max(0, m.start() - 20), m.start()):
                return Deadline(iso=None, day_month=str(d), flat_start=m.start(), flat_end=m.end())
            continue
        if m.group("rel") or m.group("rep"):
            if 1 <= d <= 31:
                # Kept as written, in lower case, without the number in words: "20 của tháng cuối quý".
                words = " ".join([str(d), *m.group(0)[(m.end("dw") + 1 if m.group("dw") else m.end("d")) - m.start() :].lower().split()])
                return Deadline(iso=None, day_month=words, flat_start=m.start(), flat_end=m.end())
            continue
        if mo and _valid(d, int(mo)):
            if y:
                return Deadline(iso=f"{int(y):04d}-{int(mo):02d}-{d:02d}", day_month=None, flat_start=m.start(), flat_end=m.end())
            return Deadline(iso=None, day_month=f"{d}/{int(mo)}", flat_start=m.start(), flat_end=m.end())
    return None


def find_period(s: str, start: int = 0, end: int | None = None) -> Period | None:
    """The first month or quarter given as a time limit in s[start:end] ("trong tháng 11/2025" ->
    'trong tháng 11/2025', "trong quý IV năm 2023" -> 'trong quý IV/2023'); offsets into s."""
    zone = s[start:end].lower()
    if not any(w in zone for w in _PERIOD_WORDS):
        return None
    for m in PERIOD.finditer(s, start, len(s) if end is None else end):
        unit, n = m.group("unit").lower(), m.group("n")
        if unit == "tháng" and not (n.isdigit() and 1 <= int(n) <= 12):
            continue
        if unit == "quý" and n.upper() not in _QUARTERS:
            continue
        lead = " ".join(m.group("lead").lower().split())
        number = str(int(n)) if n.isdigit() else n.upper()
        return Period(text=f"{lead} {unit} {number}/{m.group('y')}", flat_start=m.start(), flat_end=m.end())
    return None
