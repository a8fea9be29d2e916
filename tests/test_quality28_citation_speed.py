"""The citations stage's faster readers against the plain readings they replace (session 28, speed).

Each reader must give what its plain form gives: ``words_at`` the words NAME_WORD reads one at a time,
INNER_EMPHASIS every run of stars ``_inside_a_number`` accepts, ``_named_before`` what NAMED_BEFORE searched over
the window finds, the searches of ``_unquoted_end`` a match where ``str.find`` finds one of their phrases. Checked on real
fragments, on the masked texts of the seeds, corpus, examples and tests/data/realdocs, and on generated strings.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EXAMPLES, SHARED, TESTS
from vanban.loaders import citation_anchors, citation_mentions, citation_subjects
from vanban.loaders.citation_patterns import WORD_OF_NAME
from vanban.loaders.citation_words import COMMA_PAIRS, words_at
from vanban.loaders.load import expand_paths
from vanban.loaders.read import read_file
from vanban.loaders.text import make_text


# The plain forms.

NAME_WORD = re.compile(rf"\s*({WORD_OF_NAME})")


def plain_words_at(s: str, pos: int, limit: int) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    while len(out) < limit:
        m = NAME_WORD.match(s, pos)
        if not m:
            break
        out.append((m.group(1), m.start(1), m.end(1)))
        pos = m.end()
        if s.startswith(", ", pos) and (m.group(1).lower(), s[pos + 2 : pos + 10].split(" ")[0].lower()) in COMMA_PAIRS:
            pos += 1
    return out


def check_star_runs(flat: str) -> None:
    """INNER_EMPHASIS finds whole runs of stars only, and every run ``_inside_a_number`` accepts (the others are no
    edit: ``_compact_inner_emphasis`` skips them)."""
    found = {m.span() for m in citation_mentions.INNER_EMPHASIS.finditer(flat)}
    runs = {m.span() for m in re.finditer(r"\*+", flat)}
    assert found <= runs
    assert {(a, b) for a, b in runs if citation_mentions._inside_a_number(flat, a, b)} <= found


def check_subject_gates(s: str, i: int, end: int) -> None:
    """The two searches of ``_unquoted_end`` find something exactly where one of their phrases is written."""
    subj = citation_subjects
    phrases = subj._SUBJECT_BREAKING_OPENINGS + subj.SENTENCE_ADVERBIALS + subj.SEPARATOR_RUNS + subj.QUOTE_THEN_CLAUSE
    assert (subj._ANY_SUBJECT_END.search(s, i, end) is not None) == any(s.find(w, i, end) >= 0 for w in phrases)
    verbs = subj._MAIN_CLAUSE_VERBS
    assert (subj._ANY_MAIN_CLAUSE_VERB.search(s, i, end) is not None) == any(s.find(v, i, end) >= 0 for v in verbs)


def _span(m):
    return None if m is None else m.span()


# Real fragments.

def test_words_of_a_name_with_its_comma_and_blanked_emphasis():
    # tests/test_citations.py, a plan's grounds: the comma inside "Phòng, chống" is the name's.
    s = "Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;"
    words = words_at(s, s.index(" Phòng"), 14)
    assert [w for w, _, _ in words] == ["Phòng", "chống", "thiên", "tai", "ngày", "19", "tháng", "6", "năm", "2013"]
    assert all(s[a:b] == w for w, a, b in words)
    # A bold name blanked by the mask: two spaces where "**" was (corpus-style markdown copy).
    masked = citation_mentions.mask("của **Ủy ban nhân dân tỉnh** Hà Giang về việc")
    words = words_at(masked, masked.index("Ủy") - 1, 14)
    assert [w for w, _, _ in words] == ["Ủy", "ban", "nhân", "dân", "tỉnh", "Hà", "Giang", "về", "việc"]
    assert all(masked[a:b] == w for w, a, b in words)
    assert words_at(masked, 0, 3) == plain_words_at(masked, 0, 3)


def test_stars_inside_a_number_only():
    # realdocs 5eaeb632 (a council's resolution) and a web copy's bold digit.
    assert citation_mentions.mask("Nghị định số **1**52/2025/NĐ-CP") == "Nghị định số     152/2025/NĐ-CP"
    assert citation_mentions.mask("Luật Thủ đô số 39/2024/QH**1**5**;*") == "Luật Thủ đô số     39/2024/QH15  ; "
    title = "**KẾ HOẠCH** Triển khai thực hiện **Chỉ thị số 19/CT-TTg**"
    assert citation_mentions.INNER_EMPHASIS.search(title) is None  # bold next to spaces: no run is tried
    assert citation_mentions._compact_inner_emphasis(title) == title


def test_named_type_word_after_the_last_mark():
    # tests/test_citations.py: "Luật Tổ chức chính quyền địa phương số 72/2025/QH15" after the plan's "Căn cứ".
    s = "Căn cứ Hiến pháp năm 2013; Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15"
    at = s.index("72/")
    m = citation_anchors._named_before(s, max(0, at - 200), at)
    assert (m["type"], " ".join(m["name"].split())) == ("Luật", "Tổ chức chính quyền địa phương")
    assert citation_anchors.NAME_BREAK_BEFORE.search(s, 0, at).start() == s.index(";")
    # A type word before a full stop is no start: "Báo cáo" here is the sentence before's.
    s = "theo Báo cáo của Sở. Văn bản số 12/UBND-VX"
    at = s.index("12/")
    assert citation_anchors._named_before(s, 0, at) is None
    assert _span(citation_anchors.NAMED_BEFORE.search(s, 0, at)) is None


def test_subject_ends_at_a_paragraph_opening_and_an_adverbial():
    # seed 01: a plan's title runs on into its grounds, the line break folded.
    s = "về Tăng cường công tác trong tình hình mới năm 2025 Căn cứ Luật Thanh niên; "
    assert citation_subjects._unquoted_end(s, 3, s.index(";")) == s.index(" Căn cứ")
    # tests/test_quality14_citations.py: a PetroTimes report.
    s = "về tiếp tục đổi mới, nâng cao chất lượng sinh hoạt chi bộ, vừa qua, các chi bộ đã tổ chức sinh hoạt chuyên đề."
    assert citation_subjects._unquoted_end(s, 3, len(s) - 1) == s.index(", vừa qua")
    check_subject_gates(s, 3, 40)


# Whole texts and generated strings.

@pytest.fixture(scope="module")
def masked_texts():
    dirs = [d for d in (SHARED / "seeds", SHARED / "corpus", EXAMPLES, TESTS / "data" / "realdocs") if d.exists()]
    if not dirs:
        pytest.skip("no real documents here")
    texts = [make_text(read_file(f).original, name=f.name) for f in expand_paths(dirs)]
    return [(t, citation_mentions.mask(t.flat)) for t in texts]


def test_words_at_on_real_texts(masked_texts):
    checked = 0
    for _, s in masked_texts:
        for pos in range(0, len(s), 37):
            for limit in (1, 2, 14, 20):
                assert words_at(s, pos, limit) == plain_words_at(s, pos, limit)
                checked += 1
    assert checked > 10000


def test_star_runs_on_real_texts(masked_texts):
    starred = 0
    for t, _ in masked_texts:
        check_star_runs(t.flat)
        starred += "*" in t.flat
    assert starred > 0


def test_named_before_on_every_number_after_so(masked_texts):
    found = 0
    for _, s in masked_texts:
        for d in re.finditer(r"(?<=\s)\d", s):
            at = d.start()
            if citation_anchors._so_before(s, at):
                lo = max(0, at - 200)
                m = citation_anchors._named_before(s, lo, at)
                assert _span(m) == _span(citation_anchors.NAMED_BEFORE.search(s, lo, at))
                found += m is not None
    assert found > 0


def test_subject_gates_on_real_windows(masked_texts):
    for _, s in masked_texts:
        for i in range(0, len(s), 71):
            for end in (i + 80, i + 300):
                check_subject_gates(s, i, min(end, len(s)))


_PIECES = [" ", "  ", "\n", ",", ", ", ";", ".", "'", "“", "**", "*", "1", "52", "/", "_", "a", "Đ", "Luật", "Phòng",
           "chống", "số", " Căn cứ ", ", vừa qua, ", " ----", " | ", "”, đồng thời ", "Báo cáo", "Tờ trình", "Sở",
           " ban hành", " Thực hiện "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16), st.data())
def test_readers_on_generated_strings(pieces, data):
    s = "".join(pieces)
    lo, end = sorted(data.draw(st.tuples(st.integers(0, len(s)), st.integers(0, len(s)))))
    for limit in (1, 3, 14):
        assert words_at(s, lo, limit) == plain_words_at(s, lo, limit)
    check_star_runs(s)
    assert _span(citation_anchors._named_before(s, lo, end)) == _span(citation_anchors.NAMED_BEFORE.search(s, lo, end))
    check_subject_gates(s, lo, end)
