"""Tasks listed in a markdown table: one task per row of a table whose header names the lead unit.

A plan's appendix (Phụ lục) or its content section often lists its tasks as a table:

    | STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |
    |---|---|---|---|---|
    | 1 | Rà soát, cập nhật danh mục thủ tục hành chính | Văn phòng UBND xã | Các phòng chuyên môn | 30/6/2025 |

Each data row is one task: ``text_start`` and ``text`` from the content column, ``assigned_to`` the
bodies of the lead column (``parties.assignees``; the cooperating units are not doers, as elsewhere),
``deadline`` the date of the time column (a bare full date there, or a deadline phrase), ``section`` the
label of the heading the table lies under and the row's number ("III.1"; "PL.1" in an appendix after the
signature, "**PHỤ LỤC**"; the row's number alone elsewhere). A row with no lead unit and no number, or numbered in Roman figures, is a group heading
("| **I** | **Công tác chỉ đạo, điều hành** | | |"), not a task. A table is read only when its header
has a content column and a lead column: the header of a letter ("| Số: 141/KH-UBND |") or a schedule
of meetings is no list of tasks.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from vanban.loaders.deadlines import find_deadline
from vanban.loaders.parties import assignees, head_at, normalize_name, split_names
from vanban.loaders.records import Task
from vanban.loaders.sections import Outline
from vanban.loaders.text import Line, Text, cell_spans

# Header words of the lead column (lower case, markup removed): "Đơn vị chủ trì", "Cơ quan chủ trì",
# "Chủ trì", "Đơn vị thực hiện", "Khoa/phòng thực hiện", "Người phụ trách", "Đơn vị chịu trách nhiệm".
# Not "Đơn vị phối hợp", "Thời gian thực hiện", "Nội dung thực hiện", "Kết quả thực hiện" (LEAD_NOT).
LEAD_HEADER = re.compile(r"chủ\s+trì|(?:^|\s)(?:thực\s+hiện|phụ\s+trách|chịu\s+trách\s+nhiệm)$")
LEAD_NOT = re.compile(r"phối\s+hợp|thời\s+gian|nội\s+dung|kết\s+quả|tiến\s+độ|kinh\s+phí|địa\s+điểm|hình\s+thức")
# Header words of the content column: "Nội dung", "Nội dung nhiệm vụ", "Nhiệm vụ", "Tên nhiệm vụ",
# "Công việc", "Nội dung công việc", "Hoạt động", "Nhiệm vụ, giải pháp".
CONTENT_HEADER = re.compile(r"nội\s+dung|nhiệm\s+vụ|công\s+việc|hoạt\s+động|giải\s+pháp")
# Header words of the row number: "STT", "TT", "Số TT".
NUMBER_HEADER = re.compile(r"^(?:s[ốo]\s*)?s?tt$")
# Header words of the time column: "Thời gian hoàn thành", "Thời hạn", "Thời gian thực hiện", "Tiến độ".
TIME_HEADER = re.compile(r"thời\s+(?:gian|hạn)|hoàn\s+thành|tiến\s+độ|^hạn")
# A separator row: "|---|:---:|".
SEPARATOR_CELL = re.compile(r"\s*:?-{2,}:?\s*")
# A bare full date alone in a time cell: "30/6/2025", "Trước 30/6/2025" is read by find_deadline.
BARE_DATE = re.compile(r"(?:ngày\s+)?(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})", re.IGNORECASE)
# A row number in Roman figures, a group heading: "I", "II.", "**III**".
ROMAN_NUMBER = re.compile(r"[IVXL]{1,6}\.?")
# The label of an appendix's rows ("PL.1"): a table after an appendix title and under no heading.
APPENDIX_LABEL = "PL"
# The title of an appendix before a table outside the headings: "**PHỤ LỤC**", "Phụ lục I", "PHỤ LỤC 02".
APPENDIX_TITLE = re.compile(r"^[\s#*_|]*(?:PHỤ LỤC|Phụ lục)(?![\wđ])", re.MULTILINE)
# How far before a table its appendix title is looked for.
_APPENDIX_BACK = 600
# Markup around a cell's words.
_MARKUP = " *_\t"
_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
# A remark in brackets inside a lead cell: "Văn phòng UBND xã (chủ trì)", "Công an xã (thường trực)".
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_WORD = re.compile(r"\S+")


# A line opening with a table bar that holds a lead word: a quick test before reading the lines (most documents hold
# "thực hiện", and many the bars of a header table or of tables of figures, few a row naming who does what). A pattern
# opening with a literal line break is scanned at C speed to each line start.
LEAD_HEADER_LINE = re.compile(
    r"\n[ \t]*\|[^\n]*?(?:[Cc]hủ trì|[Tt]hực hiện|[Pp]hụ trách|[Cc]hịu trách nhiệm|CHỦ TRÌ|THỰC HIỆN|PHỤ TRÁCH|CHỊU TRÁCH NHIỆM)"
)


def _has_lead_header(original: str) -> bool:
    """Whether a line that opens with a table bar holds a lead word (LEAD_HEADER_LINE), the first line too."""
    if LEAD_HEADER_LINE.search(original):
        return True
    nl = original.find("\n")
    first = original if nl < 0 else original[:nl]
    return bool(first.lstrip(" \t").startswith("|") and LEAD_HEADER_LINE.match("\n" + first))


def _cells(line: Line) -> list[tuple[int, int]]:
    """The cells of a row as (start, end) offsets into ``line.text``, bars excluded, markup trimmed."""
    return cell_spans(line.text, _MARKUP)


def _is_row(line: Line) -> bool:
    t = line.text
    return t.startswith("|") and t.endswith("|") and t.count("|") >= 3


def _columns(header: list[str]) -> dict[str, int] | None:
    """Column indexes of a task table's header (lead, content, and number and time when present)."""
    cols: dict[str, int] = {}
    for k, h in enumerate(header):
        h = " ".join(h.lower().replace("*", " ").split())
        if "lead" not in cols and LEAD_HEADER.search(h) and not LEAD_NOT.search(h):
            cols["lead"] = k
        elif "content" not in cols and CONTENT_HEADER.search(h):
            cols["content"] = k
        elif "number" not in cols and NUMBER_HEADER.match(h):
            cols["number"] = k
        elif "time" not in cols and TIME_HEADER.search(h):
            cols["time"] = k
    return cols if "lead" in cols and "content" in cols else None


# The parts of a lead cell that names both roles, and the part naming the cooperating units, and the words naming
# the lead's role: "Chủ trì: Phòng Nội vụ; Phối hợp: các phòng chuyên môn", "Phòng Nội vụ chủ trì, các phòng liên quan
# phối hợp".
LEAD_LABEL_IN_CELL = re.compile(r"\s*(?:đơn\s+vị\s+|cơ\s+quan\s+)?chủ\s+trì\s*:\s*", re.IGNORECASE)
LEAD_ROLE_IN_CELL = re.compile(r"\s+chủ\s+trì(?![\wđ])", re.IGNORECASE)
COOPERATING_PART = re.compile(r"phối\s+hợp", re.IGNORECASE)


# A role in brackets after a name in a lead cell: "Sở Nội vụ (chủ trì), Sở Tài chính", "Văn phòng UBND xã; Công an xã
# (phối hợp)". Group 1 is the role.
ROLE_MARK = re.compile(r"\(\s*(chủ\s+trì|phối\s+hợp)\s*\)", re.IGNORECASE)


def _marked_leads(text: str) -> str:
    """The names of a lead cell that brackets mark as leading, or the names it does not mark as cooperating: "Sở Nội vụ
    (chủ trì), Sở Tài chính" -> "Sở Nội vụ (chủ trì)"; "Sở Y tế; Sở Tài chính (phối hợp)" -> "Sở Y tế". The names are the
    cell's ";" parts, each split as a list of names (``split_names``)."""
    names = [n for part in text.split(";") for n in split_names(part.strip(_MARKUP + ".,"))]
    roles = [m.group(1).lower().split()[0] if (m := ROLE_MARK.search(n)) else None for n in names]
    if "chủ" in roles:
        kept = [n for n, r in zip(names, roles) if r == "chủ"]
    else:
        kept = [n for n, r in zip(names, roles) if r is None]
    return "; ".join(kept)


def _leads(cell: str) -> list[str]:
    """The bodies of a lead cell. The cell holds names only, so a name runs to its comma whatever its words
    ("Phòng Kế hoạch tổng hợp", where "tổng hợp" would end a clause's subject): each conjunct that opens
    with a name's head (``split_names``, ``head_at``) is a body; a cell with none is read as a clause."""
    text = _HTML_BREAK.sub("; ", cell)
    if "(" in text and ROLE_MARK.search(text):
        text = _marked_leads(text)
    text = _BRACKETED.sub("", text)
    if "phối hợp" in text.lower() or "chủ trì" in text.lower():
        # One cell for both roles: "Chủ trì: Phòng Nội vụ; Phối hợp: các phòng chuyên môn", "Phòng Nội vụ chủ trì,
        # các phòng liên quan phối hợp": the lead's part only.
        kept = []
        for part in text.split(";"):
            label = LEAD_LABEL_IN_CELL.match(part)
            role = LEAD_ROLE_IN_CELL.search(part)
            if label:
                kept.append(part[label.end() :])  # "Chủ trì: Phòng Nội vụ"
            elif role:
                kept.append(part[: role.start()])  # "Phòng Nội vụ chủ trì, các phòng liên quan phối hợp"
            elif not COOPERATING_PART.search(part):
                kept.append(part)
        text = "; ".join(kept)
    cleaned = text.strip(_MARKUP + ".;,")
    names: list[str] = []
    for piece in (n for part in cleaned.split(";") for n in split_names(part.strip(_MARKUP + ".,"))):
        if head_at(piece, 0):
            n = normalize_name(piece)
            if n.lower() not in {x.lower() for x in names}:
                names.append(n)
    return names or assignees(cleaned, opening=True, heading=True)


def _deadline(cell: str) -> str | None:
    dl = find_deadline(cell)
    if dl is not None:
        return dl.iso
    m = BARE_DATE.fullmatch(cell.strip(_MARKUP + "."))
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _heading_label(doc: Outline, flat: int) -> str | None:
    """The label of the top-level heading or article the flat offset lies in ("III")."""
    label = None
    for n in doc.nodes:
        if n.flat_start > flat:
            break
        if n.kind in ("heading", "article") and n.flat_end > flat:
            label = n.label
    return label


# The most lines a row wrapped inside a cell runs over.
_WRAPPED_ROW_LINES = 4


def _wrapped_row(lines: list[Line], k: int) -> tuple[Line, int] | None:
    """A row whose cell wraps onto the next lines, read as one line, and the index of its last line: "| 3 | Tuyên truyền
    về cải cách hành chính trên hệ thống" / "loa truyền thanh xã | Văn hóa - Xã hội | Quý II/2025 |". The row opens with a
    bar and does not close with one; a later line closes it, no line between opening with a bar. The lines are joined by
    one space each, as the flat text joins them, so the row's offsets map onto the flat text from its first line's."""
    first = lines[k]
    for j in range(k + 1, min(len(lines), k + 1 + _WRAPPED_ROW_LINES)):
        t = lines[j].text
        if t.startswith("|"):
            return None
        if t.endswith("|"):
            row = Line(" ".join(ln.text for ln in lines[k : j + 1]), first.start, lines[j].end, first.flat_start)
            return (row, j) if _is_row(row) else None
    return None


def _tables(lines: list[Line]) -> list[list[Line]]:
    """Runs of consecutive table rows (a row wrapped over lines read as one, ``_wrapped_row``)."""
    runs: list[list[Line]] = []
    run: list[Line] = []
    skip_to = -1
    for k, ln in enumerate(lines):
        if k <= skip_to:
            continue
        if _is_row(ln):
            run.append(ln)
            continue
        if run and ln.text.startswith("|"):
            wrapped = _wrapped_row(lines, k)
            if wrapped is not None:
                run.append(wrapped[0])
                skip_to = wrapped[1]
                continue
        if len(run) >= 2:
            runs.append(run)
        run = []
    if len(run) >= 2:
        runs.append(run)
    return runs


# A table written one cell per line, as converted documents hold their appendices: each cell between two lines that hold
# a bar alone, a row closed by its last bar and the next row opened by another (corpus 027):
#
#     |                          |                            |
#     **TT**                     1                            **II**
#     |                          |                            |
#     **Nội dung thực            Tổ chức lại Ban Chỉ huy …    **TRIỂN KHAI ĐỒNG BỘ …**
#     hiện**                     |                            |
#     |                          Bộ CHQS tỉnh; UBND
#     **Cơ quan chủ trì**        cấp xã
#     |                          |
#     …                          …
#
# VERTICAL_LEAD_CELL finds a header cell of a lead column (LEAD_HEADER) alone between two bar lines, over at most three
# lines; the header row is the run of cells around it up to the empty cell (two bar lines) that closes it.
VERTICAL_LEAD_CELL = re.compile(
    r"\n\|\n(?:[^|\n]*\n){0,2}?[^|\n]*?(?:[Cc]hủ\s+trì|[Tt]hực\s+hiện|[Pp]hụ\s+trách|CHỦ TRÌ|THỰC HIỆN|PHỤ TRÁCH)[^|\n]*\n\|\n"
)
_BAR_LINES = "\n|\n"
# The number cell of a row, which opens it: "1", "2.3", a group's "**II**", "**A**". A year ("2026") is no row number.
ROW_MARK = re.compile(r"[*_]*(?:\d{1,3}(?:\.\d{1,3})*|[IVXL]{1,6}|[A-ZĐ])\.?[*_]*")
# The most lines of one cell (a long task wraps over a dozen); a bar line further on is not the table's.
_CELL_LINES = 30
# The most lines of a header cell, read back from the lead cell to the header's first bar line.
_HEADER_CELL_LINES = 3


def _segments(lines: list[Line], first: int) -> list[tuple[int, int]]:
    """The cells of a one-cell-per-line table from its bar line ``first``: (lo, hi) line ranges, lo == hi for the empty
    run between two bar lines, up to the last bar line that another follows within _CELL_LINES lines."""
    segs: list[tuple[int, int]] = []
    n = len(lines)
    k = first
    while k < n:
        j = k + 1
        while j < n and lines[j].text != "|" and j - k <= _CELL_LINES:
            j += 1
        if j >= n or lines[j].text != "|":
            break
        segs.append((k + 1, j))
        k = j
    return segs


def _header_start(lines: list[Line], bar: int) -> int:
    """The first bar line of the header row whose cell opens at the bar line ``bar``: back over bar lines at most
    _HEADER_CELL_LINES apart, up to one that a bar line or no bar line comes right before."""
    k = bar
    while True:
        p = k - 1
        while p >= 0 and lines[p].text != "|" and k - p <= _HEADER_CELL_LINES:
            p -= 1
        if p < 0 or lines[p].text != "|" or p == k - 1:
            return k
        k = p


def _vertical_rows(cells: list[tuple[int, int, bool]], width: int, lead: int, content: int) -> list[list[tuple[int, int, bool]]]:
    """The rows of a one-cell-per-line table's cells after its header, ``width`` columns wide; each cell (lo, hi, whether
    it is a row number, ROW_MARK). An empty run between two bar lines closes a row when the row is whole, or when a row
    number follows it and the row is a group's heading ("**II**" / "**TRIỂN KHAI …**": two cells) or holds its lead and
    content cells; else it is an empty cell ("Thường xuyên" / "|" / "|" / "|" / "2": an empty last cell, then the
    row's end). A row number after a whole row opens the next row too ("….........." / "|" / "2", corpus 027)."""
    rows: list[list[tuple[int, int, bool]]] = []
    row: list[tuple[int, int, bool]] = []
    for k, cell in enumerate(cells):
        if cell[0] < cell[1]:
            if cell[2] and len(row) >= width:
                rows.append(row)  # a row number after a whole row whose end no empty run marks (a page's dots between)
                row = []
            row.append(cell)
            continue
        if not row:
            continue
        numbered = k + 1 < len(cells) and cells[k + 1][2]
        if len(row) >= width or (numbered and (len(row) <= 2 or len(row) > max(lead, content))):
            rows.append(row)
            row = []
        else:
            row.append(cell)
    if row:
        rows.append(row)
    return rows


def _vertical_tasks(text: Text, doc: Outline, start_words: int) -> list[Task]:
    """The tasks of the task tables written one cell per line (VERTICAL_LEAD_CELL), one per numbered data row."""
    original = text.original
    lines = text.lines
    starts = [ln.start for ln in lines]
    flat = text.flat
    tasks: list[Task] = []
    done = -1  # the last line of the tables read
    for m in VERTICAL_LEAD_CELL.finditer(original):
        bar = bisect_left(starts, m.start() + 1)
        if bar >= len(lines) or lines[bar].text != "|" or bar <= done:
            continue
        first = _header_start(lines, bar)
        segs = _segments(lines, first)
        head_end = next((k for k, (lo, hi) in enumerate(segs) if lo == hi), None)
        if not head_end:
            continue
        header = [" ".join(ln.text for ln in lines[lo:hi]) for lo, hi in segs[:head_end]]
        cols = _columns(header)
        if cols is None or "number" not in cols:
            continue  # no row numbers to tell a row's end from an empty cell
        # The cells after the header, each with whether it is a row number (ROW_MARK) for _vertical_rows.
        body = [
            (lo, hi, lo + 1 == hi and ROW_MARK.fullmatch(lines[lo].text) is not None) for lo, hi in segs[head_end + 1 :]
        ]
        done = body[-1][1] if body else segs[-1][1]
        appendix = APPENDIX_LABEL if APPENDIX_TITLE.search(original, max(0, lines[first].start - _APPENDIX_BACK), lines[first].start) else None
        first_row = len(tasks)
        group, groups = None, 0
        grouped: list[tuple[str | None, str | None, str]] = []
        for row in _vertical_rows(body, len(header), cols["lead"], cols["content"]):
            if len(row) <= max(cols["lead"], cols["content"], cols["number"]):
                # A group's heading ("**I**" / "**Hoàn thiện thể chế**"): its Roman number, or its rank.
                lo, hi, _ = row[cols["number"]] if cols["number"] < len(row) else (0, 0, False)
                mark = " ".join(ln.text for ln in lines[lo:hi]).strip(_MARKUP + ".")
                groups += 1
                group = mark if ROMAN_NUMBER.fullmatch(mark) else str(groups)
                continue
            spans = []
            for lo, hi, _ in row:
                if lo == hi:
                    spans.append((0, 0))
                    continue
                a, b = lines[lo].flat_start, lines[hi - 1].flat_start + len(lines[hi - 1].text)
                while a < b and flat[a] in _MARKUP:
                    a += 1
                while b > a and flat[b - 1] in _MARKUP:
                    b -= 1
                spans.append((a, b))
            number = flat[slice(*spans[cols["number"]])].rstrip(".")
            if not number or not ROW_MARK.fullmatch(number) or ROMAN_NUMBER.fullmatch(number) or not number[0].isdigit():
                continue  # a group's heading, or no number: no task
            flat_lo, flat_hi = spans[cols["content"]]
            lead = flat[slice(*spans[cols["lead"]])]
            if flat_lo == flat_hi or not lead:
                continue
            found = list(_WORD.finditer(flat, flat_lo, flat_hi))[:start_words]
            label = _heading_label(doc, flat_lo) or appendix
            time = flat[slice(*spans[cols["time"]])] if "time" in cols and cols["time"] < len(spans) else ""
            tasks.append(
                Task(
                    section=f"{label}.{number}" if label else number,
                    text_start=text.quote(flat_lo, found[-1].end()),
                    text=flat[flat_lo:flat_hi],
                    assigned_to=_leads(lead),
                    deadline=_deadline(time) if time else None,
                    start=lines[row[0][0]].start,
                    end=lines[row[-1][1] - 1].end,
                )
            )
            grouped.append((label, group, number))
        _number_within_groups(tasks[first_row:], grouped)
    return tasks


def _number_within_groups(rows: list[Task], grouped: list[tuple[str | None, str | None, str]]) -> None:
    """Rows numbered anew in each group of a table ("| **I** | **Năm 2024** |" / "| 1 | … |" / "| **II** | **Năm
    2025** |" / "| 1 | … |") would share their sections ("II.1" twice): then each row under a group is labelled with
    its group too ("II.I.1", "II.II.1"; a group written without a number by its rank, "II.1.1"). A table numbered
    through its groups keeps "II.1" … "II.6"."""
    sections = [t.section for t in rows]
    if len(set(sections)) == len(sections):
        return
    for task, (label, group, number) in zip(rows, grouped):
        if group and number:
            task.section = f"{label}.{group}.{number}" if label else f"{group}.{number}"


def table_tasks(text: Text, doc: Outline, start_words: int) -> list[Task]:
    """One task per data row of each task table (see the module doc), in document order; the first
    ``start_words`` words of the content cell make the task's text_start."""
    original = text.original
    if "|" not in original:
        return []
    vertical = _vertical_tasks(text, doc, start_words) if _BAR_LINES in original else []
    if not _has_lead_header(original):
        return vertical
    tasks: list[Task] = vertical
    for run in _tables(text.lines):
        header_line = run[0]
        appendix = APPENDIX_LABEL if APPENDIX_TITLE.search(original, max(0, header_line.start - _APPENDIX_BACK), header_line.start) else None
        header_cells = _cells(header_line)
        cols = _columns([header_line.text[a:b] for a, b in header_cells])
        if cols is None:
            continue
        first_row = len(tasks)
        group, groups = None, 0
        grouped: list[tuple[str | None, str | None, str]] = []  # each task's label, group and number
        for ln in run[1:]:
            cells = _cells(ln)
            words = [ln.text[a:b] for a, b in cells]
            if all(SEPARATOR_CELL.fullmatch(w) or not w for w in words):
                continue
            if len(cells) <= max(cols["lead"], cols["content"]):
                continue
            number = words[cols["number"]] if "number" in cols and cols["number"] < len(words) else ""
            lead = words[cols["lead"]]
            content_at = cells[cols["content"]]
            if content_at[0] == content_at[1] or ROMAN_NUMBER.fullmatch(number) or not (lead or number):
                if content_at[0] != content_at[1] and not lead:
                    groups += 1  # a group heading: "| **I** | **Năm 2024** | | |", "| | **Giai đoạn 2026 - 2030** | | |"
                    group = number.strip(_MARKUP + ".") if ROMAN_NUMBER.fullmatch(number) else str(groups)
                continue  # an empty row or a group heading
            flat_lo = ln.flat_start + content_at[0]
            flat_hi = ln.flat_start + content_at[1]
            found = list(_WORD.finditer(text.flat, flat_lo, flat_hi))[:start_words]
            label = _heading_label(doc, ln.flat_start) or appendix
            number = number.rstrip(".")
            section = f"{label}.{number}" if label and number else (number or label)
            time = words[cols["time"]] if "time" in cols and cols["time"] < len(words) else ""
            tasks.append(
                Task(
                    section=section,
                    text_start=text.quote(flat_lo, found[-1].end()),
                    text=text.flat[flat_lo:flat_hi],
                    assigned_to=_leads(lead) if lead else [],
                    deadline=_deadline(time) if time else None,
                    start=ln.start,
                    end=ln.end,
                )
            )
            grouped.append((label, group, number))
        _number_within_groups(tasks[first_row:], grouped)
    if vertical:
        tasks.sort(key=lambda t: t.start or 0)  # both kinds of table, in document order
    return tasks
