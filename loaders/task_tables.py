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

from vanban.loaders.deadlines import find_deadline
from vanban.loaders.parties import assignees, head_at, normalize_name, split_names
from vanban.loaders.records import Task
from vanban.loaders.sections import Outline
from vanban.loaders.text import Line, Text

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
    t = line.text
    bars = [i for i, c in enumerate(t) if c == "|"]
    out: list[tuple[int, int]] = []
    for a, b in zip(bars, bars[1:]):
        lo, hi = a + 1, b
        while lo < hi and t[lo] in _MARKUP:
            lo += 1
        while hi > lo and t[hi - 1] in _MARKUP:
            hi -= 1
        out.append((lo, hi))
    return out


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


def _leads(cell: str) -> list[str]:
    """The bodies of a lead cell. The cell holds names only, so a name runs to its comma whatever its words
    ("Phòng Kế hoạch tổng hợp", where "tổng hợp" would end a clause's subject): each conjunct that opens
    with a name's head (``split_names``, ``head_at``) is a body; a cell with none is read as a clause."""
    text = _BRACKETED.sub("", _HTML_BREAK.sub("; ", cell))
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


def _tables(lines: list[Line]) -> list[list[Line]]:
    """Runs of consecutive table rows."""
    runs: list[list[Line]] = []
    run: list[Line] = []
    for ln in lines:
        if _is_row(ln):
            run.append(ln)
            continue
        if len(run) >= 2:
            runs.append(run)
        run = []
    if len(run) >= 2:
        runs.append(run)
    return runs


def table_tasks(text: Text, doc: Outline, start_words: int) -> list[Task]:
    """One task per data row of each task table (see the module doc), in document order; the first
    ``start_words`` words of the content cell make the task's text_start."""
    original = text.original
    if "|" not in original or not _has_lead_header(original):
        return []
    tasks: list[Task] = []
    for run in _tables(text.lines):
        header_line = run[0]
        appendix = "PL" if APPENDIX_TITLE.search(original, max(0, header_line.start - _APPENDIX_BACK), header_line.start) else None
        header_cells = _cells(header_line)
        cols = _columns([header_line.text[a:b] for a, b in header_cells])
        if cols is None:
            continue
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
    return tasks
