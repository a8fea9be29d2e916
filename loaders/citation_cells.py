"""A citation's date and issuer written in other cells of a markdown table than its own:

- in the next row, when the citation ends its cell and the row after it goes on in the same column, the cells
  before that column empty: "| 2 | Kế hoạch số 45/KH-SYT | | |" then "| | ngày 02/02/2024 của Sở Y tế về … | | |"
  (a PDF or a docx copy that wrapped the cell's text into rows of its own);
- in columns of their own, under a header naming them: "| Quyết định số 15/2023/QĐ-UBND | 10/3/2023 | UBND tỉnh |"
  under "| Văn bản | Ngày ban hành | Cơ quan ban hành |". Without such a header a date or a body in a cell is not
  read (a deadline's column, the column of the body that carries a task out).

The flat text is not changed: the cells are found from the text's lines, and the citation reader is given where to
read on (``TableCells``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from vanban.loaders.citation_dates import date_at
from vanban.loaders.text import Text, cell_spans


# The separator row under a table's header: "|---|---|", "| :--- | ---: |".
SEPARATOR_ROW = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*")
# A header cell naming the column of an instrument's date of issue: "Ngày ban hành", "Ngày văn bản", "Ngày ký",
# "Ngày, tháng, năm ban hành", "Ngày tháng văn bản", "Ngày ban hành văn bản" (not "Ngày hoàn thành", "Thời gian").
DATE_COLUMN = re.compile(
    r"(?i:ngày(?:\s*,?\s*tháng\s*,?\s*năm)?\s+(?:ban\s+hành|văn\s+bản|ký)(?:\s+văn\s+bản)?)"
)
# A header cell naming the column of an instrument's issuer: "Cơ quan ban hành", "Cơ quan ban hành văn bản",
# "Đơn vị ban hành" (not "Cơ quan chủ trì", "Đơn vị thực hiện": who carries a task out).
ISSUER_COLUMN = re.compile(r"(?i:(?:cơ\s+quan|đơn\s+vị)\s+ban\s+hành(?:\s+văn\s+bản)?)")
# A header cell naming a body's column by "Cơ quan" alone: the issuer's column only beside a column of the date of
# issue (DATE_COLUMN), which makes the table a list of issued instruments ("| Văn bản | Ngày ban hành | Cơ quan |");
# elsewhere it is the body that carries a task out ("| Nội dung | Cơ quan | Thời gian |").
BARE_ISSUER_COLUMN = re.compile(r"(?i:cơ\s+quan)")
# A cell that is a date and nothing else, "ngày" written or not: "10/3/2023", "ngày 10/3/2023", "10-3-2023",
# "10.3.2023" (the day and month checked by ``_cell_date``).
BARE_CELL_DATE = re.compile(r"(?P<day>\d{1,2})\s?[/.\-]\s?(?P<month>\d{1,2})\s?[/.\-]\s?(?P<year>(?:19|20)\d\d)(?!\d)")
# What a cell's content is stripped of at its ends: spaces and emphasis ("**Ngày ban hành**").
_CELL_STRIP = " *_"


class ColumnCells(NamedTuple):
    """The cell of a row under a header naming its date or issuer column: the cell's content span (flat
    offsets), and the content spans of that row's date and issuer cells (None when the header names none)."""

    start: int
    end: int
    date: tuple[int, int] | None
    issuer: tuple[int, int] | None


class TableCells(NamedTuple):
    """Where a citation written in a table's cell reads on: ``continuations`` maps a cell's content end to
    the content start of the cell that goes on with it in the next row; ``columns`` holds the cells of rows
    under a header naming a date or issuer column, by start (``column_cells``)."""

    continuations: dict[int, int]
    columns: list[ColumnCells]
    column_starts: list[int]


def table_cells(text: Text, masked: str) -> TableCells | None:
    """The continuations and column cells of the text's markdown tables, or None when it has no table."""
    lines = text.lines
    rows: list[tuple[int, list[tuple[int, int]]] | None] = []  # per line: its cells, None for no table row
    for k, ln in enumerate(lines):
        if not ln.text.startswith("|"):
            rows.append(None)
            continue
        hi = lines[k + 1].flat_start if k + 1 < len(lines) else len(masked)
        rows.append((ln.flat_start, cell_spans(masked, _CELL_STRIP, ln.flat_start, hi)))
    if not any(rows):
        return None
    continuations: dict[int, int] = {}
    columns: list[ColumnCells] = []
    date_col = issuer_col = None
    for k, row in enumerate(rows):
        if row is None:
            date_col = issuer_col = None  # the table has ended
            continue
        cells = row[1]
        if SEPARATOR_ROW.fullmatch(lines[k].text):
            date_col = issuer_col = None
            head = rows[k - 1] if k else None
            if head:
                names = [masked[s:e] for s, e in head[1]]
                date_col = next((i for i, n in enumerate(names) if DATE_COLUMN.fullmatch(n)), None)
                issuer_col = next((i for i, n in enumerate(names) if ISSUER_COLUMN.fullmatch(n)), None)
                if issuer_col is None and date_col is not None:
                    issuer_col = next((i for i, n in enumerate(names) if BARE_ISSUER_COLUMN.fullmatch(n)), None)
            continue
        nxt = rows[k + 1] if k + 1 < len(rows) else None
        if nxt and not SEPARATOR_ROW.fullmatch(lines[k + 1].text):
            for i, (s, e) in enumerate(cells):
                if e > s and i < len(nxt[1]) and all(a == b for a, b in nxt[1][:i]) and nxt[1][i][1] > nxt[1][i][0]:
                    continuations[e] = nxt[1][i][0]
        if date_col is not None or issuer_col is not None:
            for i, (s, e) in enumerate(cells):
                if e > s and i not in (date_col, issuer_col):
                    date = cells[date_col] if date_col is not None and date_col < len(cells) else None
                    issuer = cells[issuer_col] if issuer_col is not None and issuer_col < len(cells) else None
                    columns.append(ColumnCells(s, e, date, issuer))
    return TableCells(continuations, columns, [c.start for c in columns])


def cell_date(masked: str, pos: int, end: int | None = None) -> tuple[str, int, int] | None:
    """The date that a cell's content starts with at ``pos``, "ngày" written or not: (ISO date, year, its
    end); with ``end``, only a date that is the cell's whole content."""
    got = date_at(masked, pos)
    if got is None:
        d = BARE_CELL_DATE.match(masked, pos)
        if d is None:
            return None
        day, month, year = int(d["day"]), int(d["month"]), int(d["year"])
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        got = f"{year:04d}-{month:02d}-{day:02d}", year, d.end()
    if end is not None and got[2] != end:
        return None
    return got


def column_cells(cells: TableCells, start: int, end: int) -> ColumnCells | None:
    """The column cell that holds masked[start:end] (a citation), or None."""
    k = bisect_right(cells.column_starts, start) - 1
    if k < 0:
        return None
    c = cells.columns[k]
    return c if c.start <= start and end <= c.end else None
