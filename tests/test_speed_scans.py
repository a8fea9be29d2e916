"""Speed-only rewrites of whole-text scans against the plain forms they replace.

``matches_at`` tries a pattern only at the places where one of its first characters is written
(``find_all``): its matches must be the pattern's finditer matches, on real documents (flat text,
masked) and on generated strings, with any bounds.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EXAMPLES, SHARED
from vanban.loaders import ocr_digits
from vanban.loaders.alternation import find_all, matches_at
from vanban.loaders.load import expand_paths
from vanban.loaders.read import read_file
from vanban.loaders.text import make_text

# (pattern, its first characters)
SCANS = [
    (ocr_digits.OCR_HINT, ocr_digits._HINT_FIRSTS),
]


def finditer_at(pattern, s, firsts, pos=0, endpos=None):
    """The matches of ``pattern`` tried only where one of ``firsts`` is written (bounds clamped as the regex
    engine clamps them)."""
    pos = max(pos, 0)
    endpos = len(s) if endpos is None else min(max(endpos, 0), len(s))
    return matches_at(pattern, s, find_all(s, firsts, pos, endpos), pos, endpos)


def _spans(ms):
    return [(m.start(), m.end(), m.group(0), m.groupdict()) for m in ms]


def _real_texts() -> list[str]:
    dirs = [d for d in (SHARED / "seeds", SHARED / "corpus", EXAMPLES) if d.exists()]
    if not dirs:
        pytest.skip("no real documents here")
    out = []
    for f in expand_paths(dirs):
        flat = make_text(read_file(f).original, name=f.name).flat
        out += [flat, flat.replace("*", " ")]
    return out


@pytest.fixture(scope="module")
def real_texts() -> list[str]:
    return _real_texts()


@pytest.mark.parametrize("k", range(len(SCANS)))
def test_scan_from_first_characters_on_real_documents(real_texts, k):
    pattern, firsts = SCANS[k]
    rnd = random.Random(k)
    for s in real_texts:
        assert _spans(finditer_at(pattern, s, firsts)) == _spans(pattern.finditer(s))
        lo = rnd.randrange(len(s) + 1)
        hi = rnd.randrange(lo, len(s) + 1)
        assert _spans(finditer_at(pattern, s, firsts, lo, hi)) == _spans(pattern.finditer(s, lo, hi))


_PIECES = [
    "l", "I", "O", "0", "1", "9", "-", "/", ".", "–", " ", "\n", "số ", "Số", "ngày ", "n gày", "2Ol9", "NQ", "TU",
    "a", "x", "ế", "2", "\u00a0",
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.integers(-50, 250), st.integers(-50, 250))
def test_scan_from_first_characters_on_generated_strings(pieces, lo, hi):
    s = "".join(pieces)
    for pattern, firsts in SCANS:
        assert _spans(finditer_at(pattern, s, firsts)) == _spans(pattern.finditer(s))
        assert _spans(finditer_at(pattern, s, firsts, lo, hi)) == _spans(pattern.finditer(s, lo, hi))


def test_no_match_starts_outside_the_first_characters():
    """A scanned pattern matches nowhere that starts with a character outside its firsts: hint
    shapes opened by any other character of the BMP's first 0x2100 code points (Latin,
    Vietnamese, punctuation) do not match."""
    tails = ["9-", "l/", "Ol9 -", "-", "/", " .", "I", "0 –"]
    for pattern, firsts in SCANS:
        for cp in range(0x2100):
            c = chr(cp)
            if c in firsts:
                continue
            for tail in tails:
                assert not pattern.match(c + tail), (pattern.pattern, c + tail)


def test_short_lines_without_hint_letters_skip_the_scan():
    """read_ocr_digits returns a short line holding none of l, I, O at once (no OCR_HINT match can
    start there: test_no_match_starts_outside_the_first_characters); a short line with one is still read."""
    assert set(ocr_digits._HINT_FIRSTS) == set("lIO")
    assert ocr_digits.read_ocr_digits("Số: 12/KH-UBND ngày 05/3/2024") == "Số: 12/KH-UBND ngày 05/3/2024"
    assert ocr_digits.read_ocr_digits("Số: I2/KH-UBND ngày 0l/3/2024") == "Số: 12/KH-UBND ngày 01/3/2024"
