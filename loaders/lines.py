"""Finding the lines of a document that hold a word, from the last line up.

The Nơi nhận block and the signature are looked for from the end of a document, line by line;
in documents where they come early (or not at all) that walk visits every line. The word is
found instead with ``str.rfind`` in the original text and mapped to its line by bisection.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from vanban.loaders.text import Text


def _line_start(line) -> int:
    return line.start


def _lacks_capital(s: str, word: str, start: int, end: int) -> bool:
    """Whether s[start:end] lacks a capital of ``word`` outside ASCII ("Ậ" of "NHẬN"), each looked for by a
    one-character search: then it lacks the word, told without reading it for the word."""
    return any(c.isupper() and not c.isascii() and s.find(c, start, end) < 0 for c in word)


def holds(s: str, word: str, start: int, end: int) -> bool:
    """Whether s[start:end] holds ``word`` (as ``s.find(word, start, end) >= 0``): a text stored in two-byte units
    is read for a word of two characters or more character by character (``str.rfind`` two to three times faster
    than ``str.find`` where the word is absent), for one character at memchr's speed. So a capital of the word outside
    ASCII, which few texts hold, is looked for first."""
    return not _lacks_capital(s, word, start, end) and s.rfind(word, start, end) >= 0


def lines_with(text: Text, word: str) -> Iterator[int]:
    """Indexes of the lines whose text holds ``word`` (no whitespace in it), last line first:
    the same lines, in the same order, as ``i for i in reversed(range(len(text.lines))) if word
    in text.lines[i].text``.

    A text stored in two-byte units is read for a word of two characters or more character by
    character, where one character is looked for at memchr's speed. So a word with a capital
    outside ASCII ("NHẬN") is looked for only in a text that holds that capital (few do), and a
    word ending with a colon ("nhân:") from the text's colons (few in a text)."""
    lines = text.lines
    original = text.original
    if _lacks_capital(original, word, 0, len(original)):
        return
    last_before = _last_colon_word if word[-1] == ":" and len(word) > 1 else _last_word
    pos = len(original)
    while True:
        k = last_before(original, word, pos)
        if k < 0:
            return
        # A word without whitespace lies inside one line: the last line starting at or before it.
        i = bisect_right(lines, k, key=_line_start) - 1
        if i < 0:
            return
        if k + len(word) <= lines[i].end:
            yield i
            pos = lines[i].start  # this line is done: go on before it
        else:
            pos = k + len(word) - 1  # not inside a line (cannot happen): go on before it


def _last_word(s: str, word: str, pos: int) -> int:
    """Where the last ``word`` of s[:pos] starts, or -1."""
    return s.rfind(word, 0, pos)


def _last_colon_word(s: str, word: str, pos: int) -> int:
    """Where the last ``word`` of s[:pos] starts, or -1, for a word ending with a colon: found from the colons of the
    text (a one-character search), each with the rest of the word just before it standing for the word."""
    head = word[:-1]
    colon = s.rfind(":", 0, pos)
    while colon >= 0:
        k = colon - len(head)
        if k >= 0 and s.startswith(head, k):
            return k
        colon = s.rfind(":", 0, colon)
    return -1
