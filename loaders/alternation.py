"""Regex alternations of long word lists (province names, predicate words) that scan fast.

Python's regex engine tries the words of an alternation one after the other at every position
of the text. Grouped under their first letter ('Hà Giang|Hà Nam|Bắc Ninh' ->
'H(?:à Giang|à Nam)|B(?:ắc Ninh)'), it checks one letter per group instead of every word: the
same matches (words with different first letters never match at the same place, and the words
of a group keep their order), about twice as fast over a whole document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def by_first_letter(words: Iterable[str]) -> str:
    """An alternation of ``words`` (escaped), tried in the given order, grouped under their first
    letter. For case-sensitive patterns only: under IGNORECASE 'h' and 'H' would be two groups
    that can match at the same place, and their order would change."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1], []).append(w)
    return "|".join(
        re.escape(first) + "(?:" + "|".join(re.escape(w[1:]) for w in group) + ")" for first, group in groups.items()
    )


def by_first_letter_ignorecase(words: Iterable[str]) -> str:
    """``by_first_letter`` for IGNORECASE patterns: words grouped under their first letter in
    lower case ('Sở', 'sở' and 'Sở Y tế' in one group, in their given order), so that at any
    place of the text one group at most can match — the same matches as the plain alternation
    ('ủy ban|sở|ubnd' -> 'ủ(?:y ban)|s(?:ở)|u(?:bnd)'). Should two first letters ever match
    each other under IGNORECASE's Unicode case folding, the plain alternation is returned."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1].lower(), []).append(w)
    keys = list(groups)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if re.fullmatch(re.escape(a), b, re.IGNORECASE):
                return "|".join(re.escape(w) for group in groups.values() for w in group)
    return "|".join(
        re.escape(first) + "(?:" + "|".join(re.escape(w[1:]) for w in group) + ")" for first, group in groups.items()
    )
