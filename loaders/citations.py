"""Cited instruments: one normalized entry per distinct instrument, with spans."""

from __future__ import annotations

from vanban.loaders.records import Citation, Header
from vanban.loaders.text import Text


def find_citations(text: Text, header: Header) -> list[Citation]:
    return []


def find_implements(text: Text, header: Header, cites: list[Citation]) -> list[Citation]:
    return []
