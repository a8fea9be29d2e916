"""Fast paths of the extractor against the plain forms they replace, on real fragments.

Each fast path (a str.find walk, a regex split into literal spellings, a word list grouped by
first letter, a line prefilter) must give the same answer as the slower form it stands for;
these tests hold real fragments from the seeds and corpus and compare the two.
"""

from __future__ import annotations

import re

import pytest

from vanban.loaders import citation_anchors, citation_mentions, header, parties, reports
from vanban.loaders.symbol_issuers import _names_place
from vanban.loaders.header import AUTHORITY, AUTHORITY_MARK_IN, OFFICE_SIGN_IN, _pieces
from vanban.loaders.names import contains_word
from vanban.loaders.text import LINE_BREAK_RUN, LINE_CONTENT, make_text

FRAGMENTS = [
    "Thực hiện Kế hoạch số 18/KH-UBND ngày 10/4/2019 của Ủy ban nhân dân tỉnh Hà Giang về",
    "triển khai Chỉ thị số 33-CT/TW của Bộ Chính trị (Chỉ thị số 33) tới cán bộ, Số 12",
    "SỐ 5 và số 7-KH; Số: 799/KH- SYT; Quyết định số 2151/QĐ-BYT ngày 04/6/2015 của Bộ Y tế",
    "   KT. GIÁM ĐỐC \n\n **TM. ỦY BAN NHÂN DÂN  \n Nơi nhận:   KT. GIÁM ĐỐC ",
    "NÂNG CAO NĂNG LỰC CHO ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC XÂY DỰNG\r\n\ta) Quán triệt và triển khai\x0c\n",
    "\n \n",
    "",
]


@pytest.mark.parametrize("text", FRAGMENTS)
def test_contains_word_is_the_whole_word_regex(text):
    for word in ("Hà Giang", "Bộ Y tế", "Bộ", "Chỉ thị", "GIÁM ĐỐC", "số", "a"):
        expected = re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text) is not None
        assert contains_word(text, word) == expected


def test_contains_word_skips_parts_of_words():
    assert contains_word("Sở Y tế tỉnh Hà Giang", "Hà Giang")
    assert not contains_word("Sở Y tế tỉnh Hà Giangx", "Hà Giang")
    assert contains_word("của Bộ Y tế, Bộ Y tế", "Bộ Y tế")


@pytest.mark.parametrize("text", FRAGMENTS + ["về công tác y tế tỉnh \n  Hà Giang", "huyện  Đồng Văn;"])
def test_names_place_is_the_level_and_place_regex(text):
    for level, place in (("tỉnh", "Hà Giang"), ("huyện", "Đồng Văn"), ("tỉnh", "Hà")):
        expected = re.search(rf"(?<!\w){level}\s+{re.escape(place)}(?!\w)", text) is not None
        assert _names_place(text, level, place) == expected
    assert _names_place("triển khai tại tỉnh Hà Giang năm 2019", "tỉnh", "Hà Giang")


@pytest.mark.parametrize("text", FRAGMENTS)
def test_short_number_spellings_give_short_number_matches(text):
    masked = citation_mentions.mask(text)
    merged = sorted(
        (m.span(), m.groups()) for spelling in citation_anchors.SHORT_NUMBER_SPELLINGS for m in spelling.finditer(masked)
    )
    assert merged == [(m.span(), m.groups()) for m in citation_anchors.SHORT_NUMBER.finditer(masked)]


def test_short_number_spellings_find_a_back_reference():
    found = [m["num"] for s in citation_anchors.SHORT_NUMBER_SPELLINGS for m in s.finditer("Chính phủ (Chỉ thị số 33)")]
    assert found == ["33"]


@pytest.mark.parametrize("text", FRAGMENTS)
def test_make_text_lines_and_flat(text):
    t = make_text(text)
    assert t.flat == LINE_BREAK_RUN.sub(" ", t.original)
    assert [ln.text for ln in t.lines] == [m.group() for m in LINE_CONTENT.finditer(t.original)]
    for ln in t.lines:
        assert t.original[ln.start : ln.end] == ln.text == t.flat[ln.flat_start : ln.flat_start + len(ln.text)]
        assert t.original_span(ln.flat_start, ln.flat_start + len(ln.text)) == (ln.start, ln.end)


def test_signature_prefilters_pass_every_line_that_can_open_a_signature():
    lines = [ln.text for ln in make_text(FRAGMENTS[3] + "\n" + FRAGMENTS[4]).lines] + [
        "| | GIÁM ĐỐC |", "PHÓ CHỦ TỊCH", "**Q. GIÁM ĐỐC**", "a) Quán triệt và triển khai",
    ]
    for raw in lines:
        pieces = _pieces([raw])
        if any(AUTHORITY.match(p.text) for p in pieces):
            assert AUTHORITY_MARK_IN.search(raw), raw
        if any(header._starts_with(p.text, header.OFFICE_HEADS) and header.is_all_caps(p.text) for p in pieces):
            assert OFFICE_SIGN_IN.search(raw), raw
    assert not AUTHORITY_MARK_IN.search("a) Quán triệt và triển khai")
    assert not OFFICE_SIGN_IN.search("NÂNG CAO NĂNG LỰC CHO ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC")


@pytest.mark.parametrize(
    "text",
    [
        "Các cơ quan, đơn vị báo cáo về Sở Y tế",
        "UBND huyện chỉ đạo",
        "Ủy ban nhân dân các xã, thị trấn",
        "Sở Nội vụ tỉnh Kon Tum",
        "hội đồng nhân dân tỉnh",
        "Giao Văn phòng Sở theo dõi",
    ],
)
def test_grouped_head_words_match_like_the_plain_alternation(text):
    plain_head = re.compile(rf"(?:{parties._alternation(parties.NAME_HEADS)}){parties._W}", re.IGNORECASE)
    plain_proper = re.compile(rf"(?:{parties._alternation(parties.PROPER_HEADS)}) (?=\w)", re.IGNORECASE)
    for i in range(len(text)):
        for plain, grouped in ((plain_head, parties.HEAD), (plain_proper, parties.PROPER_HEAD)):
            a, b = plain.match(text, i), grouped.match(text, i)
            assert (a and a.span()) == (b and b.span())
    assert parties.HEAD.match(text) or parties.PROPER_HEAD.match(text) or text.startswith("Giao")


@pytest.mark.parametrize(
    "before", ["theo Đề cương ", "Thời gian **", "nội dung  ", "các cơ quan gửi ", "Hệ thống ", "kỳ "]
)
def test_grouped_not_duty_words_match_like_the_plain_alternation(before):
    plain = re.compile(r"(?:" + "|".join(reports.NOT_DUTY_BEFORE_WORDS) + r")[\s*_]*$", re.IGNORECASE)
    a, b = plain.search(before), reports.NOT_DUTY_BEFORE.search(before)
    assert (a and a.span()) == (b and b.span())
