"""Each passage of a task read once (speed, output byte-identical on the review set and 300 synthetic plans).

- ``parties.doers(..., first_clause=True)``: only the clause starts before a passage's first CLAUSE_BREAK, the names
  still read in the whole passage.
- ``tasks._task`` reads the paragraph after an item's topic heading for its first clause only: its later clauses are
  the item's own words, read with the heading (``parts[0]``). On real documents the names those later clauses hold are
  never new.
- ``parties.doers`` passes over a clause start where no reading opens before the tests that could only pass it over.
"""

from __future__ import annotations

import pytest

from conftest import EXAMPLES, SHARED, TESTS
from vanban.loaders import parties, tasks
from vanban.loaders.load import expand_paths
from vanban.loaders.read import read_file
from vanban.loaders.records import Header
from vanban.loaders.tasks import find_tasks
from vanban.loaders.text import make_text

# The paragraph after "**7. Các sở, ban, ngành tỉnh," / "Ủy ban nhân dân các xã, phường**" in a Kế hoạch of UBND tỉnh
# Đồng Tháp on businesses' digital transformation (tests/data/realdocs/8718801c503045f9.md), flat.
DONG_THAP_PARAGRAPH = (
    "Trên cơ sở Kế hoạch này, các sở, ban, ngành Tỉnh tổ chức thực hiện nhiệm vụ được giao gắn với nhiệm vụ của cơ "
    "quan, đơn vị; Ủy ban nhân dân các xã, phường căn cứ nhiệm vụ được giao, xây dựng kế hoạch, chương trình cụ thể"
)


def test_first_clause_reads_the_places_before_the_first_break_only():
    whole = [d[0] for d in parties.doers(DONG_THAP_PARAGRAPH)]
    assert whole == ["các sở, ban, ngành Tỉnh", "Ủy ban nhân dân các xã, phường"]
    assert [d[0] for d in parties.doers(DONG_THAP_PARAGRAPH, first_clause=True)] == whole[:1]
    assert parties.assignees(DONG_THAP_PARAGRAPH, first_clause=True) == ["Các sở, ban, ngành Tỉnh"]


def test_first_clause_of_a_passage_without_a_break_is_the_whole_passage():
    # Corpus 055: the paragraph after "1. Công tác kiểm tra, giám sát", one sentence without its stop.
    s = "Ban Thường trực Ủy ban MTTQ Việt Nam xã xây dựng kế hoạch và triển khai quy trình các bước"
    assert parties.doers(s, first_clause=True) == parties.doers(s)


def test_a_name_read_across_the_first_break_is_read_whole():
    # A city's mark ends the first clause ("TP. " is a CLAUSE_BREAK) but not the name read at its start.
    s = "Sở Giáo dục và Đào tạo TP. Hồ Chí Minh chủ trì, phối hợp các đơn vị; Sở Y tế phối hợp."
    assert [d[0] for d in parties.doers(s, first_clause=True)] == ["Sở Giáo dục và Đào tạo TP. Hồ Chí Minh"]


def test_the_paragraph_after_a_heading_still_gives_its_doer():
    # Corpus 055's item, and a later clause naming a second body: the later clause's doer is read with the item's own
    # words (parts[0], first), the first clause's from the paragraph read alone (as before the paragraph's later clauses
    # were left to parts[0]: the same names in the same order).
    plan = (
        "KẾ HOẠCH\n\nII. NỘI DUNG\n\n1. Công tác kiểm tra, giám sát\n\n"
        "Ban Thường trực Ủy ban MTTQ Việt Nam xã xây dựng kế hoạch kiểm tra, giám sát; các tổ chức thành viên "
        "tham gia theo phân công.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Các tổ chức thành viên tham gia kiểm tra.\n"
    )
    tasks_found = find_tasks(make_text(plan), Header())
    assert tasks_found[0].assigned_to == ["Các tổ chức thành viên", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"]


@pytest.fixture(scope="module")
def real_texts():
    dirs = [d for d in (SHARED / "seeds", SHARED / "corpus", EXAMPLES, TESTS / "data" / "realdocs") if d.exists()]
    return [make_text(read_file(f).original, name=f.name) for f in expand_paths(dirs)]


def test_later_clauses_of_a_paragraph_after_a_heading_add_no_name_on_real_documents(real_texts):
    # What ``_task`` relies on: the names the whole paragraph would add to the item's own reading (heading and
    # paragraph, parts[0]) are those its first clause adds.
    checked = 0
    for text in real_texts:
        doc = tasks.outline(text)
        for node in doc.walk():
            if node.kind != "item" or (after := tasks._after_heading_line(text, node)) is None:
                continue
            own = {n.lower() for n in parties.assignees(text.flat[node.body_start : node.head_end()], True, True)}
            whole = [n for n in parties.assignees(after[1]) if n.lower() not in own]
            first = [n for n in parties.assignees(after[1], first_clause=True) if n.lower() not in own]
            assert whole == first, (text.name, after[1][:120])
            checked += 1
    assert checked > 0 or not real_texts


def test_every_other_reading_opens_with_one_of_its_first_words():
    # A clause start whose word is in none of these sets, and opens no name's head, is passed over before the tests.
    for w in parties.DIRECTIVE_WORDS + parties.HONORIFIC_WORDS + parties.INTRO_WORDS:
        assert parties._FIRST_WORD.match(w).group(0).lower() in parties._OTHER_READINGS_FIRST, w
    assert parties._PERIOD_FIRST <= parties._OTHER_READINGS_FIRST
