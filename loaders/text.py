"""The working text of a document and its map back to the original characters.

PDF-extracted text breaks sentences and symbols across lines, often with blank lines in
between. Extraction works on ``flat``: the original with every whitespace run that contains a
line break folded to one space (``re.sub(r'\\s*\\n\\s*', ' ', text)``), which is exactly the
form in which the gold annotations quote the text. Structure (headings, numbered items, the
header block, Nơi nhận) is read from ``lines``: the non-blank lines of the original.
Every span reported to users points into the original text (``to_original``).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

# A whitespace run that contains a line break: "tỉnh \n\n Hà Giang" -> "tỉnh Hà Giang".
LINE_BREAK_RUN = re.compile(r"\s*\n\s*")
# The same run from its first line break on ("\n\n Hà"): tried only at line breaks, so fast;
# the spaces before the break are found by stripping the line.
BREAK_ONWARD = re.compile(r"\n\s*")


class Line(NamedTuple):
    """A non-blank line of the original text (a tuple: thousands are made per document)."""

    text: str  # stripped
    start: int  # offset of text[0] in the original
    end: int  # offset just past text[-1] in the original
    flat_start: int  # offset of text[0] in the flat text


@dataclass
class Text:
    original: str
    flat: str
    # Breakpoints of the flat->original map: flat offset f >= _flat_at[i] maps to
    # _orig_at[i] + (f - _flat_at[i]).
    _flat_at: list[int] = field(repr=False)
    _orig_at: list[int] = field(repr=False)
    lines: list[Line] = field(repr=False)
    name: str = ""
    format: str = "text"
    encoding: str = "utf-8"

    def to_original(self, flat_offset: int) -> int:
        """The offset in the original text of the character at ``flat_offset`` in ``flat``."""
        i = bisect_right(self._flat_at, flat_offset) - 1
        return self._orig_at[i] + (flat_offset - self._flat_at[i])

    def original_span(self, flat_start: int, flat_end: int) -> tuple[int, int]:
        """Original offsets of the flat span [flat_start, flat_end)."""
        if flat_end <= flat_start:
            o = self.to_original(flat_start)
            return o, o
        return self.to_original(flat_start), self.to_original(flat_end - 1) + 1

    def to_flat(self, original_offset: int) -> int:
        """The flat offset of an original offset (inside a folded run: the folded space)."""
        i = bisect_right(self._orig_at, original_offset) - 1
        delta = original_offset - self._orig_at[i]
        # Inside a folded whitespace run the next breakpoint lies before the run's end.
        if i + 1 < len(self._orig_at):
            limit = self._flat_at[i + 1] - self._flat_at[i]
            delta = min(delta, limit - 1) if limit > 0 else 0
        return self._flat_at[i] + delta


def normalize(raw: str) -> str:
    """NFC, line endings unified, BOM, NUL and non-breaking spaces removed."""
    s = unicodedata.normalize("NFC", raw)
    if s.startswith("\ufeff"):
        s = s[1:]
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    return s.replace("\x00", "").replace("\u00a0", " ").replace("\u200b", "")


def make_text(raw: str, name: str = "", format: str = "text", encoding: str = "utf-8") -> Text:
    """Build the working text of a decoded document (``raw`` is normalized first).

    One pass over the line breaks: the flat text is the original with each whitespace run
    that holds a line break (``LINE_BREAK_RUN``) replaced by one space, and the text between
    two runs is exactly one non-blank line, already stripped (only the first and last
    segments need stripping).
    """
    original = normalize(raw)
    parts: list[str] = []
    flat_at = [0]
    orig_at = [0]
    lines: list[Line] = []
    shift = 0  # original offset - flat offset, before the current run
    pos = 0  # original offset where the current segment starts
    first = True
    for m in BREAK_ONWARD.finditer(original):
        n, b = m.span()
        if n < pos:  # inside the previous run (cannot happen: runs are greedy), kept for safety
            continue
        seg = original[pos:n]
        a = pos + len(seg.rstrip())  # the run starts at the spaces before the break
        if first:
            _add_segment(lines, original, 0, a, 0)
            first = False
        elif a > pos:
            lines.append(Line(original[pos:a], pos, a, pos - shift))
        parts.append(original[pos:a])
        parts.append(" ")
        # The folded space stands for the first character of the run.
        fa = a - shift
        flat_at.append(fa)
        orig_at.append(a)
        flat_at.append(fa + 1)
        orig_at.append(b)
        shift += b - a - 1
        pos = b
    parts.append(original[pos:])
    _add_segment(lines, original, pos, len(original), pos - shift)
    return Text(original, "".join(parts), flat_at, orig_at, lines, name, format, encoding)


def _add_segment(lines: list[Line], original: str, start: int, end: int, flat_start: int) -> None:
    """Add the first or last segment, which may carry leading or trailing spaces."""
    seg = original[start:end]
    stripped = seg.strip()
    if stripped:
        lead = len(seg) - len(seg.lstrip())
        lines.append(Line(stripped, start + lead, start + lead + len(stripped), flat_start + lead))
