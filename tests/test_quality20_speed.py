"""Speed-only rewrites of the eleventh session against the plain forms they replace (output byte-identical).

- ``deadlines._deadline_matches``: the deadline words' places found in one loop of ``str.find``, without the test
  for any word first and the generators of ``_deadline_matches_plain``; the same matches.
- ``names.unglue_capitals``, ``names.unglue_syllables``: the memoised word functions mapped over a line's words (no
  generator step per word); the same line.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EXAMPLES, SHARED
from vanban.loaders import deadlines, names
from vanban.loaders.load import expand_paths
from vanban.loaders.read import read_file
from vanban.loaders.text import make_text


@pytest.fixture(scope="module")
def real_texts():
    dirs = [d for d in (SHARED / "seeds", SHARED / "corpus", EXAMPLES) if d.exists()]
    if not dirs:
        pytest.skip("no real documents here")
    return [make_text(read_file(f).original, name=f.name) for f in expand_paths(dirs)]


@pytest.fixture(scope="module")
def real_flats(real_texts) -> list[str]:
    return [t.flat for t in real_texts]


# --- deadlines: the words' places found in one loop ---------------------------------------------------------


def _spans(matches) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in matches]


def _deadlines_agree(s: str, start: int, end: int | None) -> None:
    fast = _spans(deadlines._deadline_matches(s, start, end))
    assert fast == _spans(deadlines._deadline_matches_plain(s, start, end)), (s[start:end][:80], start, end)


def test_no_deadline_word_opens_another():
    # The fast form sorts the places without a set: no two words may start at one place.
    words = deadlines._DEADLINE_WORDS
    assert not [(a, b) for a in words for b in words if a != b and b.startswith(a)]


@pytest.mark.parametrize(
    "s, start, end",
    [
        ("báo cáo trước ngày 15/12/2025 và hoàn thành trước 30/6/2026", 0, None),
        ("hoàn thành trước ngày 15/12/2025", 0, 8),  # a word cut by the zone's end is not in it
        ("x hoàn thành 15/12/2025, trước 30/6/2026", 2, 12),
        ("Thời hạn hoàn thành: 30/9/2024", 0, None),
        ("Thời hạn hoàn thành: 30/9/2024", 9, None),
        ("chậm nhất là ngày 20 của tháng cuối quý", 0, None),
        ("TRƯỚC NGÀY 20/11/2025, Thời hạn chót 30/11", 0, None),
        ("İ hoàn thành trước ngày 30/6/2025", 0, None),  # lower() lengthens "İ": the regex scans the zone
        ("không có hạn", 0, None),
        ("", 0, None),
    ],
)
def test_deadline_matches_as_the_plain_form_on_fragments(s, start, end):
    _deadlines_agree(s, start, end)


def test_deadline_matches_as_the_plain_form_on_real_documents(real_flats):
    for flat in real_flats:
        _deadlines_agree(flat, 0, None)
        for k in range(0, len(flat), 97):
            for width in (40, 300, 2500):
                _deadlines_agree(flat, k, min(len(flat), k + width))


_DEADLINE_PIECES = [
    "trước", "Trước", "TRƯỚC", "ngày", "15/12/2025", "30/6", "chậm nhất", "là", "hạn chót", "hạn cuối", "không quá",
    "muộn nhất", "thời hạn", "Thời hạn:", "hoàn thành", "đã hoàn thành", "xong", "tháng", "12", "năm", "2025", "hằng",
    "(trước ngày 20)", "**", ",", "İ", "x",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_DEADLINE_PIECES), max_size=12), st.integers(0, 40), st.integers(0, 80))
def test_deadline_matches_as_the_plain_form_on_generated_texts(words, start, width):
    s = " ".join(words)
    start = min(start, len(s))
    _deadlines_agree(s, start, min(len(s), start + width))
    _deadlines_agree(s, start, None)


# --- names: the memoised word functions mapped over a line's words ------------------------------------------


@pytest.mark.parametrize(
    "line", ["VỀ TRIỂNKHAI THỰC HIỆN", "CHÍNHPHỦ", "THANHOÁ", "COVID", "Kế hoạch  triển khai", "", " a  b "],
)
def test_unglue_capitals_word_by_word(line):
    assert names.unglue_capitals(line) == " ".join(names._unglued_capitals_word(w) for w in line.split(" "))
    assert names.unglue_syllables(line.lower()) == " ".join(names._unglued_word(w) for w in line.lower().split(" "))
