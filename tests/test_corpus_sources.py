"""Every corpus document's header agrees with the number, symbol and date in SOURCES.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from vanban.loaders.header import read_header
from vanban.loaders.read import read_file

# A table row of SOURCES.md: "| 001.txt | Kế hoạch | 141/KH-UBND | 20/11/2025 | … |".
ROW = re.compile(r"^\|\s*(?P<file>\d+\.txt)\s*\|\s*(?P<type>[^|]*)\|\s*(?P<id>[^|]*)\|\s*(?P<date>[^|]*)\|")
# "141/KH-UBND", "99/2025/NQ-HĐND", "(số để trống)/HD-MTTQ-BTT".
ID = re.compile(r"^(?P<number>\d+|\(số để trống\))\s*[/-]\s*(?P<symbol>\S+)$")
# "20/11/2025", "__/11/2025", "2017 (kỳ họp thứ Năm, khóa XVII)", "13/07/2017".
FULL_DATE = re.compile(r"^(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})$")
BLANK_DAY = re.compile(r"^_+/(?P<m>\d{1,2})/(?P<y>\d{4})$")
YEAR_ONLY = re.compile(r"^(?P<y>\d{4})\b")


def _rows(corpus_dir: Path) -> list[dict]:
    rows = []
    for line in (corpus_dir / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        m = ROW.match(line)
        if m:
            rows.append({k: v.strip() for k, v in m.groupdict().items()})
    return rows


def _expected_id(cell: str) -> tuple[str | None, str | None] | None:
    """(number, symbol) from the số ký hiệu column; (None, None) when the text has none."""
    if cell.startswith("(không có trong văn bản"):
        return None, None
    m = ID.match(cell)
    if not m:
        return None
    number = None if m.group("number").startswith("(") else m.group("number")
    return number, m.group("symbol")


def _date_check(cell: str):
    """A predicate on the extracted date, from the date column."""
    if m := FULL_DATE.match(cell):
        iso = f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}"
        return iso, lambda d: d == iso
    if m := BLANK_DAY.match(cell):
        return m["y"], lambda d: d == m["y"]
    if m := YEAR_ONLY.match(cell):
        # Only a year, inferred by the table from the session ("kỳ họp thứ Năm, khóa XVII"): the text
        # itself may give no date; if the reader finds one, its year must agree.
        return f"{m['y']} or none", lambda d: d is None or d.startswith(m["y"])
    return None


def test_sources_table_is_complete(corpus_dir):
    rows = _rows(corpus_dir)
    files = sorted(p.name for p in corpus_dir.glob("*.txt"))
    assert sorted(r["file"] for r in rows) == files
    assert len(rows) == 46


def test_headers_match_sources(corpus_dir):
    failures = []
    for row in _rows(corpus_dir):
        header = read_header(read_file(corpus_dir / row["file"]))
        expected = _expected_id(row["id"])
        assert expected is not None, f"unreadable số ký hiệu cell {row['id']!r}"
        if (header.number, header.symbol) != expected:
            failures.append(f"{row['file']}: number/symbol {header.number}/{header.symbol} != {expected}")
        check = _date_check(row["date"])
        assert check is not None, f"unreadable date cell {row['date']!r}"
        shown, ok = check
        if not ok(header.date):
            failures.append(f"{row['file']}: date {header.date} != {shown}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(
    "cell, number, symbol",
    [
        ("141/KH-UBND", "141", "KH-UBND"),
        ("99/2025/NQ-HĐND", "99", "2025/NQ-HĐND"),
        ("(số để trống)/HD-MTTQ-BTT", None, "HD-MTTQ-BTT"),
        ("(không có trong văn bản; tên file 95-nq-hđnd)", None, None),
    ],
)
def test_id_cells(cell, number, symbol):
    assert _expected_id(cell) == (number, symbol)
