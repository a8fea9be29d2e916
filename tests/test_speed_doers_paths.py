"""Speed-only rewrites of parties.doers and its helpers against the plain forms they replace.

Clause breaks found from their marks must be CLAUSE_BREAK.finditer's; a reading of a clause start
(period, directive, introductory phrase, name) skipped by its first word must be one whose regex
fails there; a compound noun looked at by its halves must be the one the plain test finds.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.loaders import parties

# Breaks that overlap, and marks that are no breaks: ". - x" (the bullet's space ends the break
# before), " - - x", "a;.. b" (no "..." after a semicolon), "x .- y".
BREAKS = [
    ". - x", " - - x", "-  - x", "a... b", "a;.. b", "x .- y", "a - b - c", ". -  - x", "a.– b", " •  x",
    "a:** - b", "1. Sở Y tế; 2. - Các đơn vị… tổ chức", "Phối hợp: *Sở Nội vụ*. + Đối với", "a…. b", "",
    "kết quả.\n- Giao Sở", "….  ;  - ", "\u00a0-\u00a0x", "x.”\" - y",
]


def _plain_clause_starts(s: str) -> list[int]:
    return [0] + [m.end() for m in parties.CLAUSE_BREAK.finditer(s)]


@pytest.mark.parametrize("s", BREAKS)
def test_breaks_from_their_marks_are_clause_breaks(s):
    assert parties._clause_starts(s) == _plain_clause_starts(s)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=".;:!?-–+•…*_”\" \n\tab\u00a0", max_size=40))
def test_breaks_from_their_marks_on_any_marks(s):
    assert parties._clause_starts(s) == _plain_clause_starts(s)


def test_each_reading_opens_with_a_first_word():
    """Each reading's first words are first words of doers' clause starts: the reading is skipped
    only where doers looks at a clause start."""
    assert parties._PERIOD_FIRST <= parties._FIRST_WORDS
    assert parties._DIRECTIVE_FIRST <= parties._FIRST_WORDS
    assert parties._INTRO_FIRST <= parties._FIRST_WORDS
    heads = {parties._FIRST_WORD.match(w).group(0) for w in parties.NAME_HEADS + parties.PROPER_HEADS}
    assert heads <= parties._HEAD_FIRST


@pytest.mark.parametrize(
    "word",
    sorted(parties._FIRST_WORDS) + ["Thủ", "Chính", "Quốc", "ĐƠN", "Hằng", "6", "sáu"],
)
@pytest.mark.parametrize(
    "after",
    [" cơ quan, đơn vị", " tướng Chính phủ", " phủ", " hội", " kỳ 6 tháng, các", " năm, Sở", " cho Sở",
     " cầu các cơ quan", " sở đó, các đơn vị", " khi có, Sở", " vị", " Y tế", " ban, ngành", " ", ""],
)
def test_a_reading_skipped_by_its_first_word_fails_there(word, after):
    s = word + after
    fw = parties._FIRST_WORD.match(s)
    key = fw.group(0).lower() if fw else None
    if key not in parties._FIRST_WORDS:
        return  # doers does not look here
    if key not in parties._PERIOD_FIRST:
        assert parties.PERIOD_OPENING.match(s) is None
    if key not in parties._DIRECTIVE_FIRST:
        assert parties.DIRECTIVE.match(s) is None
    if key not in parties._INTRO_FIRST:
        assert parties.INTRO.match(s) is None
    if key not in parties._HEAD_FIRST:
        assert parties.head_at(s, 0) is None


def _plain_in_compound(s: str, pm: re.Match) -> bool:
    words = pm.group(0).split()
    before = parties._WORD_BEFORE.search(s, max(0, pm.start() - 12), pm.start())
    if before and f"{before.group(1)} {words[0]}".lower() in parties.COMPOUND_NOUNS:
        return True
    after = parties._WORD_AFTER.match(s, pm.end())
    return bool(after and f"{words[-1]} {after.group(1)}".lower() in parties.COMPOUND_NOUNS)


@pytest.mark.parametrize(
    "s",
    ["Ban Chỉ đạo các Chương trình mục tiêu", "Tổ bầu cử", "đơn vị sự nghiệp công lập", "cơ quan giao thông",
     "Sở Giao thông vận tải", "cơ quan giao nhiệm vụ", "UBND tỉnh trình HĐND", "công trình trọng điểm",
     "các đơn vị ứng cử", "Phòng Giao dịch", "bàn giao cho"],
)
def test_compound_halves_give_the_plain_answer(s):
    for pm in parties.PREDICATE.finditer(s):
        assert parties._in_compound(s, pm, len(s)) == _plain_in_compound(s, pm)


# Passages whose names run to, or stop before, a cut: a lookahead at the cut ("Sở Y tế" before a
# capital, a word's end, "tổ chức" in a list) must not see past it.
CUT_PASSAGES = [
    "Giao Văn phòng Sở Y tế theo dõi, đôn đốc các đơn vị thực hiện và báo cáo UBND tỉnh.",
    "báo cáo Sở Nội vụ, Ủy ban nhân dân tỉnh trước ngày 15/12",
    "gửi về cơ quan, tổ chức, đơn vị nơi người ứng cử công tác; Sở Tư pháp",
    "các cơ quan báo chí đóng trên địa bàn tỉnh Ban Chỉ đạo các Chương trình mục tiêu quốc gia",
    "Thủ tướng Chính phủ, Quốc hội khóa XV và Chính phủ số",
]


@pytest.mark.parametrize("s", CUT_PASSAGES)
def test_a_name_read_up_to_endpos_is_the_name_in_the_cut_passage(s):
    for i in range(len(s)):
        for end in range(i, len(s) + 2):
            assert parties.name_at(s, i, end) == parties.name_at(s[:end], i), (i, end)
            assert parties.head_at(s, i, end) is None or parties.head_at(s[:end], i) is not None
