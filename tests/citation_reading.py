"""A fragment's record, cited and implemented instruments, as the citation tests read them."""

from __future__ import annotations

from vanban.loaders.extract import extract
from vanban.loaders.records import DocumentRecord
from vanban.loaders.text import make_text


def record(raw: str) -> DocumentRecord:
    return extract(make_text(raw))


def cited(raw: str) -> list[str]:
    """The surfaces of the instruments ``raw`` cites."""
    return [c.surface for c in record(raw).cites]


def implemented(raw: str) -> list[str]:
    """The surfaces of the instruments ``raw`` implements."""
    return [c.surface for c in record(raw).implements]
