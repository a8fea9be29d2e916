"""The date written right after a citation (", ngày 22/9/2022", " ngày 28 tháng 4 năm 2023"), or a
date a copied template left blank (" ngày 06 tháng 9 năm").
"""

from __future__ import annotations

import re

from vanban.loaders.citation_mentions import Mention


# The date that follows a citation directly: ", ngày 22/9/2022", " n gày 18/5/2021",
# " ngày 28 tháng 4 năm 2023", " ban hành ngày 01.12.2020", " ký ngày 05/3/2024", glued or spaced by a PDF or
# OCR copy: " ngày28 tháng4 năm  2023", and a year split by a space in a PDF copy: " ngày 16/7/20 21".
DATE_AFTER = re.compile(
    r"\s?,?\s*(?:(?i:ban\s+hành|ký)\s+)?(?i:n\s?gày)\s*:?\s*"
    r"(?:(?P<day>\d{1,2})\s?[/.\-]\s?(?P<month>\d{1,2})\s?[/.\-]\s?(?P<year>\d{4}|(?:19|20) \d\d)(?!\d)"
    r"|(?P<wday>\d{1,2})\s*(?i:tháng)\s*(?P<wmonth>\d{1,2})\s*,?\s*(?i:năm)\s*(?P<wyear>\d{4})(?!\d))"
)


def date_at(masked: str, pos: int) -> tuple[str, int, int] | None:
    """The date that follows directly at ``pos``: (ISO date, year, end offset), or None."""
    d = DATE_AFTER.match(masked, pos)
    if not d:
        return None
    day, month, year = (d["day"], d["month"], d["year"]) if d["day"] else (d["wday"], d["wmonth"], d["wyear"])
    day_i, month_i = int(day), int(month)
    if not (1 <= day_i <= 31 and 1 <= month_i <= 12):
        return None
    year_i = int(year.replace(" ", ""))
    return f"{year_i:04d}-{month_i:02d}-{day_i:02d}", year_i, d.end()


# A date after a citation with its day, month or year left blank, as a copy of a template leaves it: " ngày 06
# tháng 9 năm" in "Công văn số 456/PGDĐT ngày 06 tháng 9 năm của Sở GDĐT về nhiệm vụ năm học", " ngày   tháng
# 9 năm 2023" (no date is read; the year is, when written).
BLANK_DATE = re.compile(
    r"\s?,?\s*(?i:ngày)\s*(?P<day>\d{1,2})?\s*(?i:tháng)\s*(?P<month>\d{1,2})?\s*,?\s*(?i:năm)"
    r"(?:\s*(?P<year>(?:19|20)\d{2})(?!\d))?(?=\s*[,;.)]|\s+[^\W\d])"
)


def read_date(masked: str, pos: int, m: Mention) -> None:
    """Extend the mention over a date that follows directly and record it; over a date left blank, with
    its year if written."""
    got = date_at(masked, pos)
    if got:
        m.date, m.year, m.end = got
        return
    if masked.startswith(_BLANK_DATE_ANCHORS, pos):
        blank = BLANK_DATE.match(masked, pos)
        if blank and not (blank["day"] and blank["month"] and blank["year"]):
            m.end = blank.end()
            if blank["year"]:
                m.year = int(blank["year"])


# How a date after a citation starts, which gates BLANK_DATE: " ngày", ", ngày".
_BLANK_DATE_ANCHORS = (" ngày", ", ngày", " Ngày", ",ngày", "ngày")


# A date that ends just before ``pos`` (the comma after it), the year written: "Ngày 05/3/2024" in "Ngày 05/3/2024,
# Bộ Y tế ban hành …", "ngày 28 tháng 10 năm 2025" in "Trước đó, ngày 28 tháng 10 năm 2025, …".
DATE_BEFORE = re.compile(
    r"(?<!\w)(?i:ngày)\s*(?:(?P<day>\d{1,2})\s?[/.\-]\s?(?P<month>\d{1,2})\s?[/.\-]\s?(?P<year>\d{4})"
    r"|(?P<wday>\d{1,2})\s*(?i:tháng)\s*(?P<wmonth>\d{1,2})\s*,?\s*(?i:năm)\s*(?P<wyear>\d{4}))\s*\Z"
)
# How far before ``pos`` such a date starts at most: "ngày 28 tháng 10 năm 2025".
_DATE_BEFORE_SPAN = 32


# What a date that opens a clause follows: the start of the text or of a sentence, a clause's mark, or "Vào" ("Vào
# ngày 05/3/2024, …"); not "Đến ngày 30/6/2024, UBND tỉnh đã ban hành …" (a bound, not the day of issue).
CLAUSE_BEFORE_DATE = re.compile(r"(?:\A|[.;:,(]|(?<!\w)(?i:vào))\s*\Z")


def date_before(masked: str, pos: int) -> tuple[str, int] | None:
    """The date DATE_BEFORE reads ending at ``pos``, when it opens its clause ("Ngày" capitalised, or after
    CLAUSE_BEFORE_DATE): (ISO date, year), or None."""
    d = DATE_BEFORE.search(masked, max(0, pos - _DATE_BEFORE_SPAN), pos)
    if not d:
        return None
    if masked[d.start()] != "N" and not CLAUSE_BEFORE_DATE.search(masked, max(0, d.start() - 8), d.start()):
        return None  # "Ngày" in capitals opens its sentence, wherever the line before ended
    day, month, year = (d["day"], d["month"], d["year"]) if d["day"] else (d["wday"], d["wmonth"], d["wyear"])
    day_i, month_i, year_i = int(day), int(month), int(year)
    if not (1 <= day_i <= 31 and 1 <= month_i <= 12):
        return None
    return f"{year_i:04d}-{month_i:02d}-{day_i:02d}", year_i


# A date in parentheses right after a citation: " (ngày 05/3/2024)" in "Công văn số 1234/BYT-KCB (ngày 05/3/2024) của
# Bộ Y tế"; its opening, and its closing mark after the date.
PAREN_DATE_OPEN = re.compile(r"\s?\(\s*(?=(?i:ngày))")
PAREN_DATE_CLOSE = re.compile(r"\s*\)")
# How such a date starts, which gates PAREN_DATE_OPEN.
PAREN_DATE_ANCHORS = (" (", "(")


def paren_date_at(masked: str, pos: int) -> tuple[str, int, int] | None:
    """The date in parentheses at ``pos`` (PAREN_DATE_OPEN … PAREN_DATE_CLOSE): (ISO date, year, the offset after
    its closing mark), or None. The surface does not run over it: the date does not follow directly."""
    o = PAREN_DATE_OPEN.match(masked, pos)
    got = date_at(masked, o.end()) if o else None
    close = PAREN_DATE_CLOSE.match(masked, got[2]) if got else None
    if not close:
        return None
    return got[0], got[1], close.end()
