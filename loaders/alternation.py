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


def first_letter_groups(words: Iterable[str]) -> dict[str, str]:
    """The words (escaped) grouped under their first letter as ``by_first_letter`` groups them, each
    group the alternation of its words' rests: 'Hà Giang|Hà Nam|Bắc Ninh' -> {'H': 'à Giang|à Nam',
    'B': 'ắc Ninh'}. For patterns that put a check right after the first letter, a lookbehind read
    one character on: every alternative then opens with a literal, which the regex engine skips to
    at C speed (a character set prefix) where an opening lookbehind made it try every character."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1], []).append(w)
    return {first: "|".join(re.escape(w[1:]) for w in group) for first, group in groups.items()}


def by_first_letter_ignorecase(words: Iterable[str]) -> str:
    """``by_first_letter`` for IGNORECASE patterns: words grouped under their first letter in
    lower case ('Sở', 'sở' and 'Sở Y tế' in one group, in their given order), so that at any
    place of the text one group at most can match — the same matches as the plain alternation
    ('ủy ban|sở|ubnd' -> 'ủ(?:y ban)|s(?:ở)|u(?:bnd)'). Should two first letters ever match
    each other under IGNORECASE's Unicode case folding, the plain alternation is returned."""
    groups = _lower_first_letter_groups(words)
    if _folds_together(list(groups)):
        return "|".join(re.escape(w) for group in groups.values() for w in group)
    return "|".join(
        re.escape(first) + "(?:" + "|".join(re.escape(w[1:]) for w in group) + ")" for first, group in groups.items()
    )



def by_first_two_letters_ignorecase(words: Iterable[str]) -> str:
    """``by_first_letter_ignorecase`` with each group's words grouped again under their second letter
    ('các sở|các xã|chủ tịch' -> 'c(?:á(?:c sở|c xã)|h(?:ủ tịch))'), so that a place whose first letter
    opens many words fails after two letters, not after trying each. Same matches as the plain
    alternation: a group's words keep their order, a word of one letter stays after its group's longer
    words when it comes after them in ``words`` (else that group is left ungrouped), and letters that
    case folding could match to each other leave the plain alternation."""
    groups = _lower_first_letter_groups(words)
    if _folds_together(list(groups)):
        return "|".join(re.escape(w) for group in groups.values() for w in group)
    parts = []
    for first, group in groups.items():
        rests = [w[1:] for w in group]
        inner = by_first_letter_ignorecase([r for r in rests if r])
        if "" in rests:
            if rests.index("") != len(rests) - 1 or rests.count("") > 1:
                inner = "|".join(re.escape(r) for r in rests)
            else:
                inner += "|"
        parts.append(re.escape(first) + "(?:" + inner + ")")
    return "|".join(parts)


def _lower_first_letter_groups(words: Iterable[str]) -> dict[str, list[str]]:
    """The words under their first letter in lower case, each group in the words' given order."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1].lower(), []).append(w)
    return groups


def _folds_together(keys: list[str]) -> bool:
    """Whether two of ``keys`` (letters) match each other under IGNORECASE."""
    return any(re.fullmatch(re.escape(a), b, re.IGNORECASE) for i, a in enumerate(keys) for b in keys[i + 1 :])


# Words of two to this many characters are looked for from the span's end (str.rfind): in a text stored in two-byte
# units CPython's reverse search reads the span for such a short word about twice as fast as its forward search
# ("số", "Luật", "đây" over 40 plans and 110 real documents); a longer word is read as fast forward, one character at
# memchr's speed either way.
_BACKWARD_NEEDLE_CHARS = 4


def find_all(s: str, needles: Iterable[str], lo: int, hi: int) -> list[int]:
    """Every place in s[lo:hi] where one of ``needles`` starts, in text order, found by ``str.find``
    (C speed, where a regex opening with a class or an alternation is tried at every character):
    the places a scan for a pattern must look at ("số" + a number after "Luật", a separator
    after a number, an OCR-misread digit)."""
    places: list[int] = []
    for needle in needles:
        if 1 < len(needle) <= _BACKWARD_NEEDLE_CHARS:
            # From the span's end: each place before the last found (a place overlapping it too).
            last = len(needle) - 1
            k = s.rfind(needle, lo, hi)
            while k >= 0:
                places.append(k)
                k = s.rfind(needle, lo, k + last)
            continue
        k = s.find(needle, lo, hi)
        while k >= 0:
            places.append(k)
            k = s.find(needle, k + 1, hi)
    places.sort()
    return places


def matches_at(pattern: re.Pattern[str], s: str, places: list[int], pos: int, endpos: int) -> list[re.Match[str]]:
    """The matches of ``pattern.finditer(s, pos, endpos)`` (bounds clamped), given ``places``: in text
    order, every place in s[pos:endpos] where a match can start (found by the caller at C speed: the
    places where one of the pattern's first characters is written, ``find_all``).

    Same matches: finditer returns, from where its last match ended, the match at the leftmost place
    where the pattern matches; no match starts elsewhere than at one of ``places``, and a match tried
    at a place (``pattern.match(s, p, endpos)``) is the match a search finds there — lookbehinds see
    the text before ``pos`` in both."""
    out: list[re.Match[str]] = []
    done = pos  # where finditer goes on: the end of the last match
    match = pattern.match
    for p in places:
        if p < done:
            continue
        m = match(s, p, endpos)
        if m:
            out.append(m)
            done = m.end()
    return out
