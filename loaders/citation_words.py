"""Reading the words of a name after a citation (a body's, a law's, a project's): its words up to
punctuation, and the stop phrases and type words that end a name.
"""

from __future__ import annotations

import re

from vanban.loaders import codes
from vanban.loaders.citation_patterns import WORD_OF_NAME
from vanban.loaders.citation_symbols import TYPE_NAMES


COMMA_PAIRS = frozenset(codes.COMMA_NAME_PAIRS)
# The one-word stops that end a name: "theo" in "Báo cáo theo 12/BC-UBND" (no name).
NAME_STOP_FIRST_WORDS = frozenset(p for p in codes.NAME_STOP_WORDS if " " not in p)
NAME_STOPS = frozenset(tuple(p.split()) for p in codes.NAME_STOP_WORDS)
_TYPE_FIRST_WORDS = {w.split()[0] for w in TYPE_NAMES}


# A run of the words of a name from a place, the spaces before the first: " Ủy ban nhân dân tỉnh" (at most ``n``
# words, see ``_run``), one match for the run instead of one for each word (4,652 calls a pass over 40 plans), then
# split at its whitespace (a word holds none). The same words as one at a time: a word ends before whitespace,
# punctuation or an apostrophe no letter follows, so another word follows it only after whitespace.
_RUNS: dict[int, re.Pattern[str]] = {}


def _run(n: int) -> re.Pattern[str]:
    """The pattern of a run of one to ``n`` words (compiled once per ``n``)."""
    run = _RUNS.get(n)
    if run is None:
        run = _RUNS[n] = re.compile(rf"\s*({WORD_OF_NAME}(?:\s+{WORD_OF_NAME}){{0,{n - 1}}})")
    return run


def words_at(s: str, pos: int, limit: int) -> list[tuple[str, int, int]]:
    """Up to ``limit`` words from ``pos``: (word, start, end), stopping at punctuation."""
    out: list[tuple[str, int, int]] = []
    while len(out) < limit:
        m = _run(limit - len(out)).match(s, pos)
        if not m:
            break
        run = m.group(1)
        k = m.start(1)
        words = run.split()
        if len(words) == 1:
            out.append((run, k, m.end()))
        elif " ".join(words) == run:  # one space between the words: their places follow from their lengths
            for w in words:
                out.append((w, k, k + len(w)))
                k += len(w) + 1
        else:  # longer whitespace (a blanked "**", a line break): each word is the first non-space after the last
            for w in words:
                k = s.find(w, k)
                out.append((w, k, k + len(w)))
                k += len(w)
        pos = m.end()
        # "Luật Phòng, chống thiên tai": a comma inside a name; the words go on after it.
        if s.startswith(", ", pos) and (words[-1].lower(), s[pos + 2 : pos + 2 + 8].split(" ")[0].lower()) in COMMA_PAIRS:
            pos += 1
            continue
        break
    return out


def starts_stop(words: list[tuple[str, int, int]], i: int, stops: frozenset[tuple[str, ...]]) -> bool:
    """True when a stop phrase (one to four words: "tổ chức thực hiện") starts at words[i]."""
    first = words[i][0].lower()
    if (first,) in stops:
        return True
    if i + 1 == len(words):
        return False
    two = (first, words[i + 1][0].lower())
    if two in stops:
        return True
    if i + 2 == len(words):
        return False
    three = (*two, words[i + 2][0].lower())
    return three in stops or (i + 3 < len(words) and (*three, words[i + 3][0].lower()) in stops)


def starts_type(words: list[tuple[str, int, int]], i: int) -> bool:
    """True when a capitalized type word starts at words[i]: 'Luật', 'Nghị định', 'Kế hoạch'."""
    w = words[i][0]
    if not w[:1].isupper() or w.lower() not in _TYPE_FIRST_WORDS:
        return False
    two = f"{w} {words[i + 1][0]}".lower() if i + 1 < len(words) else ""
    return w.lower() in TYPE_NAMES or two in TYPE_NAMES
