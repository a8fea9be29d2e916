"""Tables that fit the terminal: the layout the CLI's table output uses.

Each column says what kind of cell it holds, and the layout follows from it:

- ``id``: an identifier (số ký hiệu, a date, an edge type) or a short code: always whole;
- ``num``: a count, right-aligned, always whole;
- ``name``: a name or key (a file, an issuer, a document key): one line, cut with "…" when the
  table would not fit otherwise; ``short`` lists the abbreviations of the column ("Ủy ban nhân
  dân" -> "UBND"), used in all its cells when it has to be narrower than most of them need (a
  few outliers are only cut); with ``codes`` ("Kế hoạch" -> "KH") as soon as any column is cut;
- ``text``: free text (an evidence quote, a task): wrapped in the width left, cut with "…"
  after ``max_lines`` lines.

When the table is wider than the terminal, names and texts shrink together down to their
``min_width`` (the widest first: a shared level); when even that does not fit, the columns
with the highest ``drop`` rank are left out, one at a time (``drop=0``: never). The caller says
so to the reader with ``Fitted.note``; ``--format json`` keeps everything whole.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

Kind = Literal["id", "num", "name", "text"]

# What a table costs besides its cells, in the rich box style used here: a border on each side
# and one between columns (n + 1), and one space of padding each side of every cell (2n).
BORDER = 1
PER_COLUMN = 3
# Free text wraps over at most this many lines by default; a cell cut there ends with "…".
MAX_LINES = 3
ELLIPSIS = "…"

# Text.wrap needs a console only for its tab size and encoding: any console does.
_MEASURE = Console(width=1000, file=None, color_system=None)


class Column(BaseModel):
    header: str
    kind: Kind = "name"
    min_width: int = 10
    drop: int = 0
    max_lines: int = MAX_LINES
    short: list[tuple[str, str]] = Field(default_factory=list)
    # The abbreviations are codes (document types): used as soon as any column is cut, the room
    # they give back going to the names.
    codes: bool = False

    def abbreviate(self, text: str) -> str:
        """``text`` with the column's abbreviations, the longest first ("Nghị quyết liên tịch" -> "NQLT")."""
        for long, short in sorted(self.short, key=lambda p: -len(p[0])):
            if long in text:
                text = text.replace(long, short)
        return text


class Fitted(BaseModel):
    """What the layout did to fit ``width``: the table, the columns left out, whether cells were cut."""

    model_config = {"arbitrary_types_allowed": True}

    table: Table
    width: int
    dropped: list[str] = Field(default_factory=list)
    cut: bool = False

    @property
    def note(self) -> str:
        """One line for the reader when something is not shown whole, else ''."""
        if not (self.cut or self.dropped):
            return ""
        left_out = f"; left out: {', '.join(self.dropped)}" if self.dropped else ""
        return f"(fitted to {self.width} columns{left_out}; --format json shows everything)"


def table_width(widths: list[int]) -> int:
    """The width rich draws a table of these content widths in."""
    return sum(widths) + PER_COLUMN * len(widths) + BORDER


def _natural(column: Column, cells: list[str]) -> int:
    return max([cell_len(column.header), *(cell_len(c) for c in cells)])


def _floor(column: Column, cells: list[str], natural: int) -> int:
    """The narrowest this column may be drawn."""
    if column.kind in ("id", "num"):
        return natural
    if column.short:  # abbreviated ("KH"), and then cut if need be
        return min(natural, column.min_width, _natural(column, [column.abbreviate(c) for c in cells]))
    return min(natural, column.min_width)


def _level(floors: list[int], naturals: list[int], budget: int) -> list[int]:
    """Widths between each floor and natural width that sum to at most ``budget``: every column
    gets min(natural, max(floor, L)) for the largest level L that fits (the widest shrink first)."""
    if sum(naturals) <= budget:
        return list(naturals)
    lo, hi = 0, max(naturals)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sum(min(n, max(f, mid)) for f, n in zip(floors, naturals)) <= budget:
            lo = mid
        else:
            hi = mid - 1
    widths = [min(n, max(f, lo)) for f, n in zip(floors, naturals)]
    # What the level's rounding left: one more column each, widest first, while it lasts.
    spare = budget - sum(widths)
    for i in sorted(range(len(widths)), key=lambda i: -naturals[i]):
        if spare <= 0:
            break
        if widths[i] < naturals[i]:
            widths[i] += 1
            spare -= 1
    return widths


def _cut_line(text: str, width: int) -> Text:
    t = Text(text)
    if cell_len(text) > width:
        t.truncate(width, overflow="ellipsis")
    return t


def _wrapped(text: str, width: int, max_lines: int) -> tuple[Text, bool]:
    lines = Text(text).wrap(_MEASURE, width, overflow="fold")
    if len(lines) <= max_lines:
        return Text("\n").join(lines), False
    kept = list(lines)[:max_lines]
    last = kept[-1].plain.rstrip()
    kept[-1] = _cut_line(last + " " + ELLIPSIS if cell_len(last) + 2 <= width else last + ELLIPSIS, width)
    return Text("\n").join(kept), True


def _widths(columns: list[Column], cells: list[list[str]], keep: list[int], naturals: list[int], floors: list[int], width: int) -> tuple[dict[int, int], set[int]]:
    """The content width of each kept column: identifiers and counts whole, the rest levelled in
    what is left; and the columns abbreviated. A column with abbreviations that must shrink is
    abbreviated whole, and then measured again: what it no longer needs goes to the others."""
    widths = {i: naturals[i] for i in keep}
    flexible = [i for i in keep if columns[i].kind in ("name", "text")]
    naturals = list(naturals)
    abbreviated: set[int] = set()
    while True:
        budget = width - table_width([widths[i] for i in keep if i not in flexible] + [0] * len(flexible))
        # Each column asks for the width that holds most of its cells (a few outliers are cut);
        # free text, which wraps, for that width over its lines. What is left after the
        # levelling goes to free text first, then to the names, up to their longest cells.
        wants = [_want(columns[i], [columns[i].abbreviate(c) for c in cells[i]] if i in abbreviated else cells[i], floors[i]) for i in flexible]
        level = _level([floors[i] for i in flexible], wants, budget)
        spare = budget - sum(level)
        for kind in ("text", "name"):
            for j, i in enumerate(flexible):
                if columns[i].kind == kind and spare > 0:
                    more = max(0, min(spare, naturals[i] - level[j]))
                    level[j] += more
                    spare -= more
        widths.update(zip(flexible, level))
        cut = {i for i in flexible if widths[i] < naturals[i]}
        newly = [i for i in flexible if columns[i].short and columns[i].kind == "name" and i not in abbreviated
                 and (widths[i] < _want(columns[i], cells[i], floors[i]) or (cut and columns[i].codes))]
        if not newly:
            return widths, abbreviated
        for i in newly:  # shrunk: abbreviate the whole column, and level again with its new width
            abbreviated.add(i)
            naturals[i] = _natural(columns[i], [columns[i].abbreviate(c) for c in cells[i]])


# The share of a column's cells its asked width holds whole: the longest few are cut rather than
# widening the column for them.
WHOLE_SHARE = 0.9


def _want(column: Column, cells: list[str], floor: int) -> int:
    """The width a column asks for: what holds most of its cells (free text: over its lines)."""
    lengths = sorted(cell_len(c) for c in cells) or [0]
    typical = lengths[min(len(lengths) - 1, int(len(lengths) * WHOLE_SHARE))]
    if column.kind == "text":
        typical = -(-typical // column.max_lines) + 2
    return max(floor, cell_len(column.header), typical)


def fit_table(columns: list[Column], rows: list[list[str]], width: int, title: str | None = None) -> Fitted:
    """A rich table of ``rows`` (strings, one per column) no wider than ``width`` when it can be."""
    cells = [[row[i] or "" for row in rows] for i in range(len(columns))]
    naturals = [_natural(c, cells[i]) for i, c in enumerate(columns)]
    floors = [_floor(c, cells[i], naturals[i]) for i, c in enumerate(columns)]
    keep = list(range(len(columns)))
    if table_width(naturals) > width:
        while table_width([floors[i] for i in keep]) > width:
            droppable = [i for i in keep if columns[i].drop > 0]
            if not droppable:
                break
            keep.remove(max(droppable, key=lambda i: (columns[i].drop, i)))
    widths, abbreviate = _widths(columns, cells, keep, naturals, floors, width)
    cut = False
    table = Table(title=Text(title) if title else None)  # Text: data is never read as rich markup
    for i in keep:
        c = columns[i]
        w = widths[i]
        table.add_column(
            _cut_line(c.header, w),
            justify="right" if c.kind == "num" else "left",
            width=w,
            no_wrap=c.kind != "text",
            overflow="ellipsis" if c.kind != "text" else "fold",
        )
    for r in range(len(rows)):
        line = []
        for i in keep:
            c, text, w = columns[i], cells[i][r], widths[i]
            if c.kind == "text":
                cell, was_cut = _wrapped(text, w, c.max_lines)
            else:
                if i in abbreviate:  # every cell, so that they read alike
                    text = c.abbreviate(text)
                was_cut = cell_len(text) > w
                cell = _cut_line(text, w)
            cut = cut or was_cut
            line.append(cell)
        table.add_row(*line)
    return Fitted(table=table, width=width, dropped=[columns[i].header for i in range(len(columns)) if i not in keep], cut=cut)
