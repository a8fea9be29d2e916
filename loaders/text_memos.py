"""Readings of one place of a text kept for the readers that ask again, by the text's identity.

A kind's list after a colon is read by ``parties.name_at`` (one name) and again asked for by ``parties.assignees`` (one
body per place) in the same passage: the second asks the memo. ``functools.lru_cache`` would hash the text at its first
reading, a document's whole flat text at times (100,000 characters for one colon); the memo keys on the text's ``id``
and keeps the text itself, so that no other text can take that ``id`` while the reading is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class TextMemo(Generic[T]):
    """The readings ``read(s, at, endpos)`` of the last places read, at most ``size`` of them (then all forgotten)."""

    def __init__(self, read: Callable[[str, int, int], T], size: int = 8) -> None:
        self._read = read
        self._size = size
        self._kept: dict[tuple[int, int, int], tuple[str, T]] = {}

    def __call__(self, s: str, at: int, endpos: int) -> T:
        key = (id(s), at, endpos)
        kept = self._kept.get(key)
        if kept is not None and kept[0] is s:
            return kept[1]
        got = self._read(s, at, endpos)
        if len(self._kept) >= self._size:
            self._kept.clear()
        self._kept[key] = (s, got)
        return got

    def forget(self) -> None:
        """Forget every reading (a benchmark's passes each start cold)."""
        self._kept.clear()
