"""Speed-only rewrites of the twelfth session against the plain forms they replace (output byte-identical).

- ``reports._before_a_colon``: whether a label's word is written before a colon, read at the text's colons (one scan
  for one character) instead of one whole-text scan for each word and its colon.
- ``parties.split_names``: memoised on the phrase (a document repeats its doers' phrases), a new list at each call.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EXAMPLES, SHARED
from vanban.loaders import parties, reports
from vanban.loaders.load import expand_paths
from vanban.loaders.read import read_file
from vanban.loaders.text import make_text


@pytest.fixture(scope="module")
def real_flats() -> list[str]:
    dirs = [d for d in (SHARED / "seeds", SHARED / "corpus", EXAMPLES) if d.exists()]
    if not dirs:
        pytest.skip("no real documents here")
    return [make_text(read_file(f).original, name=f.name).flat for f in expand_paths(dirs)]


# --- reports: the labels' words before a colon ----------------------------------------------------------------

_WORD_SETS = [reports._LABEL_WORDS, ("sau",)]


def _before_a_colon_plain(flat: str, words: tuple[str, ...]) -> bool:
    return any(w + ":" in flat for w in words)


def test_label_words_before_a_colon_on_real_documents(real_flats):
    found = 0
    for flat in real_flats:
        for words in _WORD_SETS:
            got = reports._before_a_colon(flat, words)
            assert got == _before_a_colon_plain(flat, words)
            found += got
    assert found  # real documents hold such labels ("Thời hạn:", "như sau:")


def test_label_words_before_a_colon_on_real_fragments():
    # Corpus and seeds fragments: a label with its colon, one with a space before it, a word with no colon after it.
    assert reports._before_a_colon("Thời gian gửi báo cáo: trước ngày 15/11/2026.", reports._LABEL_WORDS)
    assert reports._before_a_colon("Nơi nhận báo cáo : Sở Nội vụ", reports._LABEL_WORDS)
    assert reports._before_a_colon("cụ thể như sau: - Báo cáo 6 tháng", ("sau",))
    assert not reports._before_a_colon("gửi báo cáo về Sở Y tế trước ngày 15/12; hạn cuối là 20/12.", reports._LABEL_WORDS)
    assert not reports._before_a_colon("Số: 12/KH-UBND", reports._LABEL_WORDS)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["báo cáo", "áo cáo", " ", ":", "gửi", "về", "nộp", "hạn", "sau", "x", "Báo", "\n"]), max_size=14))
def test_label_words_before_a_colon_on_generated_strings(pieces):
    s = "".join(pieces)
    for words in _WORD_SETS:
        assert reports._before_a_colon(s, words) == _before_a_colon_plain(s, words)


# --- parties: split_names memoised, a new list at each call -------------------------------------------------------


def test_split_names_memoised_gives_a_new_list():
    # The doers of a seed plan (seeds 004) and of corpus 027.
    phrase = "Cấp ủy đảng, Thủ trưởng, Chủ tịch công đoàn các đơn vị"
    first = parties.split_names(phrase)
    assert first == ["Cấp ủy đảng các đơn vị", "Thủ trưởng các đơn vị", "Chủ tịch công đoàn các đơn vị"]
    first.append("changed by a caller")
    again = parties.split_names(phrase)
    assert again == first[:-1] and again is not first
    assert parties.split_names("Sở Tài chính và Ủy ban nhân dân các xã, phường") == [
        "Sở Tài chính", "Ủy ban nhân dân các xã, phường"
    ]
