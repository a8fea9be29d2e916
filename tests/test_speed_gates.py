"""Anchors that gate the window searches of citations against the plain searches they save.

Before a number, citations searches short windows with patterns anchored at the window's end
(``…\\s+\\Z``); the regex engine tries such a pattern at each character of the window. The gates
look at the window's end once: they must say yes wherever the pattern can match (and ``_number_word_before``
must return the plain search's match), on real documents (masked flat text, every number's start)
and on generated strings.
"""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EXAMPLES, SHARED
from vanban.loaders import citation_anchors, citation_mentions, context_issuers, implementing_spans
from vanban.loaders.load import expand_paths
from vanban.loaders.read import read_file
from vanban.loaders.text import make_text

# What each gate stands for, as a plain pattern searched in the window.
AT_END = re.compile(r"(?i:tại)\s+\Z")
LIST_GAP_END = re.compile(r"(?:,|và)\s*\Z")
NUMBER_WORD_END = re.compile(r"(?i:số|so|sô)\s*:?\s*\Z")


def _span(m):
    return None if m is None else (m.start(), m.end(), m.group(0))


def _check(s: str, lo: int, end: int) -> None:
    at = citation_anchors.ends_with_word(s, lo, end, context_issuers._AT_WORD, 3)
    assert at == (AT_END.search(s, lo, end) is not None)
    if context_issuers.PROPOSER_BEFORE.search(s, lo, end):
        assert at
    k = citation_anchors._before_trailing_spaces(s, lo, end)
    gap = s.endswith(",", lo, k) or s.endswith("và", lo, k)
    assert gap == (LIST_GAP_END.search(s, lo, end) is not None)
    if citation_anchors.SHARED_SYMBOL_HEAD.search(s, lo, end):
        assert gap
    assert _span(citation_anchors._number_word_before(s, lo, end)) == _span(citation_anchors.SO_BEFORE_NUMBER.search(s, lo, end))
    number_word = citation_anchors._ends_with_number_word(s, lo, end)
    assert number_word == (NUMBER_WORD_END.search(s, lo, end) is not None)
    if citation_anchors.ABBREVIATED_TYPE_BEFORE.search(s, lo, end):
        assert number_word
    if citation_anchors.NAMED_BEFORE_WITHOUT_SO.search(s, lo, end):
        assert any(s.find(w, lo, end) >= 0 for w in citation_anchors._NAMED_WITHOUT_SO_FIRST_WORDS)


@pytest.fixture(scope="module")
def texts():
    dirs = [d for d in (SHARED / "seeds", SHARED / "corpus", EXAMPLES) if d.exists()]
    if not dirs:
        pytest.skip("no real documents here")
    return [make_text(read_file(f).original, name=f.name) for f in expand_paths(dirs)]


def test_named_before_without_so_first_words():
    assert citation_anchors._NAMED_WITHOUT_SO_FIRST_WORDS == ("Báo", "Thông", "Tờ")
    assert citation_anchors.NAMED_BEFORE_WITHOUT_SO.search("theo Báo cáo thẩm tra ")["type"] == "Báo cáo"


def test_gates_before_every_number_of_real_documents(texts):
    rnd = random.Random(0)
    checked = 0
    for s in (citation_mentions.mask(t.flat) for t in texts):
        for m in re.finditer(r"(?<!\d)\d", s):
            for back in (40, 60, 170):
                _check(s, max(0, m.start() - back), m.start())
            checked += 1
        for _ in range(200):
            end = rnd.randrange(len(s) + 1)
            _check(s, rnd.randrange(end + 1), end)
    assert checked > 1000


def test_preamble_close_gate_on_real_lines(texts):
    closing = 0
    for t in texts:
        for line in (citation_mentions.mask(ln.text) for ln in t.lines):
            plain = implementing_spans.PREAMBLE_CLOSE.search(line) is not None
            assert implementing_spans._closes_preamble(line) == plain
            closing += plain
    assert closing > 0  # "… như sau:" lines are in the corpus


_PIECES = [" ", "  ", "\u00a0", "\t", ",", ":", "và", "Và", "tại", "Tại", "TẠI", "tạii", "số", "Số", "sô", "so",
           "Theo đề nghị của Sở Y tế", "Nghị quyết số 18", "Báo cáo thẩm tra", "Tờ trình", "Thông báo", "x", "1", "NQ", "KH", "KHsố", "SỐ", "sỐ", "số:", "*", "_"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.data())
def test_gates_on_generated_windows(pieces, data):
    s = "".join(pieces)
    end = data.draw(st.integers(0, len(s)))
    lo = data.draw(st.integers(0, end))
    _check(s, lo, end)
