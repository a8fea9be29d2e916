"""Speed-only rewrites of the extractor against the plain forms they replace, on real fragments.

Each rewrite (a first-character prefilter before a per-line test, a colon test before a regex
search, a precompiled or memoised normalisation, a tuple for an internal value) must give the
answers of the form it replaced. The fragments are lines of the seeds and corpus.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.loaders import parties, sections
from vanban.loaders.deadlines import find_deadline
from vanban.loaders.names import expand_abbreviations, tidy
from vanban.loaders.text import make_text

# Lines as they open in the seeds and corpus: signatures, attached documents, markers, markup.
LINES = [
    "Nơi nhận:",
    "***Nơi nhận:***",
    "| *Nơi nhận:* | KT. GIÁM ĐỐC |",
    "KT. GIÁM ĐỐC",
    "TM. ỦY BAN NHÂN DÂN",
    "TL. CHỦ TỊCH",
    "TUQ. CHỦ TỊCH",
    "Q. GIÁM ĐỐC",
    "**KẾ HOẠCH**",
    "KẾ HOẠCH",
    "QUY CHẾ",
    "ĐỀ ÁN",
    "HƯỚNG DẪN:",
    "(Ban hành kèm theo Quyết định số 2853/QĐ-UBND ngày 15/11/2022 của UBND tỉnh)",
    "*(Ban hành kèm theo Quyết định số 12/QĐ-UBND)*",
    "Ban hành kèm theo Kế hoạch này",
    "II. NỘI DUNG",
    "**1**. **Mục đích**",
    "### III. THỜI GIAN",
    "3.1. Đối với cơ quan, tổ chức, đơn vị:",
    "a) Chi hỗ trợ cho cán bộ",
    "đ) Tổ chức tuyên truyền",
    "b. Tổ chức hội nghị",
    "- Nội dung tuyên truyền:",
    "+ Đối với các xã",
    "• Tăng cường",
    "Điều 3. Chánh Văn phòng",
    "Trên đây là Kế hoạch triển khai…",
    "tục nâng cao nhận thức.",
    "Thực hiện Kế hoạch số 233/KH-UBND, ngày 22/9/2022 của UBND tỉnh",
    "Kính gửi: Các cơ quan",
    "Hà Giang, ngày 03 tháng 10 năm 2022",
    "|",
    "** **",
    "— 2030",
    "Quán triệt và triển khai",
    "Phó Giám đốc",
    "Bùi Văn A",
]


def _maybe_marked_inline(t: str) -> bool:
    """The test _build_part now runs before reading a line's marker."""
    c = t[0]
    return (
        c in sections._MARK_FIRST
        or (c in sections._LETTERS and t[1:2] in sections._LETTER_MARK_ENDS)
        or (c in sections._NO_MARKUP and sections._maybe_marked(t))
    )


@pytest.mark.parametrize("line", LINES)
def test_first_character_prefilters_pass_every_line_the_full_tests_accept(line):
    if sections._is_signature(line):
        assert line[0] in sections._SIGNATURE_LINE_FIRST
    if sections._is_attachment_start(line):
        assert line[0] in sections._ATTACHMENT_LINE_FIRST
    assert _maybe_marked_inline(line) == sections._maybe_marked(line)


def test_the_prefilters_meet_signatures_and_attachments_of_real_documents():
    assert sections._is_signature("***Nơi nhận:***") and sections._is_signature("KT. GIÁM ĐỐC")
    assert sections._is_attachment_start("(Ban hành kèm theo Quyết định số 2853/QĐ-UBND)")
    assert sections._is_attachment_start("**KẾ HOẠCH**")
    assert not sections._is_signature("Quán triệt và triển khai")


# Lines made of the pieces lines open with, for the prefilter equivalence on any line.
_OPENINGS = st.sampled_from(
    ["", "**", "|", " ", "#", ">", "_", "(", "*(", "Nơi nhận", "KT.", "TM. ", "Q.", "TUQ.", "KẾ HOẠCH",
     "QUY CHẾ", "Ban hành kèm theo", "II.", "II/ ", "1.", "1/ ", "a)", "a/ ", "đ.", "b,", "x)", "-", "+", "•", "Điều 2.", "Trên đây là",
     "Kế hoạch", "chính trị", "Hà Giang", "2030"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_OPENINGS, min_size=1, max_size=4).map("".join).filter(lambda s: s.strip() == s and s))
def test_prefilters_agree_with_the_full_tests_on_any_opening(line):
    if sections._is_signature(line):
        assert line[0] in sections._SIGNATURE_LINE_FIRST
    if sections._is_attachment_start(line):
        assert line[0] in sections._ATTACHMENT_LINE_FIRST
    assert _maybe_marked_inline(line) == sections._maybe_marked(line)


def test_outline_finds_the_signature_and_the_attached_plan():
    doc = make_text(
        "QUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nĐiều 2. Các cơ quan thực hiện.\n"
        "Nơi nhận:\n- Như Điều 2;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nKẾ HOẠCH\nI. MỤC ĐÍCH\n1. Mục đích\n"
    )
    kinds = [n.kind for n in sections.outline(doc).nodes]
    assert kinds == ["preamble", "article", "article", "signature", "attachment"]


# Passages of real items with and without a cooperation label before a doer.
ITEMS = [
    "*Đơn vị phối hợp: *Sở Nội vụ, Sở Tư pháp.",
    "Đơn vị phối hợp thực hiện: Các cơ quan, đơn vị trực thuộc; Sở Y tế chủ trì.",
    "Giao Văn phòng Sở Y tế theo dõi, đôn đốc các đơn vị thực hiện.",
    "Các cơ quan, đơn vị trong ngành y tế căn cứ tình hình thực tế, xây dựng kế hoạch; UBND huyện chỉ đạo.",
    "*Đơn vị chủ trì thực hiện: *Các Sở, ngành, địa phương. Phối hợp: Sở Tài chính.",
]


def _doers_with_plain_label_search(s: str) -> list[tuple[str, int, int]]:
    """parties.doers as it was, searching COOPERATE_LABEL before every clause start."""
    found = []
    positions = parties._clause_starts(s) + [m.end() for m in parties.COMMA_OPENER.finditer(s)]
    if "chủ trì" in s:
        positions += [m.end() for m in parties.LEAD_LABEL.finditer(s)]
    for p in sorted(set(positions)):
        lead = parties._LEADING.match(s) if p == 0 else None
        if lead:
            p = lead.end()
        elif p < len(s) and s[p] in "-–+•" and s[p + 1 : p + 2].isspace():
            p = len(s) - len(s[p + 1 :].lstrip(" ,"))  # a bullet after a sentence's end
        if p >= len(s):
            continue
        fw = parties._FIRST_WORD.match(s, p)
        if not fw or fw.group(0).lower() not in parties._FIRST_WORDS:
            continue
        if parties.COOPERATE_LABEL.search(s, max(0, p - 40), p):
            continue
        d = parties.DIRECTIVE.match(s, p)
        if d:
            p = d.end()
        elif parties.INTRO.match(s, p):
            comma = s.find(", ", p, p + 160)
            if comma < 0:
                continue
            p = comma + 2
        got = parties.name_at(s, p)
        if got:
            found.append((got[0], p, got[1]))
    return found


@pytest.mark.parametrize("item", ITEMS)
def test_colon_test_before_the_cooperation_label_changes_no_doer(item):
    assert parties.doers(item) == _doers_with_plain_label_search(item)


def test_cooperating_bodies_are_not_doers():
    assert parties.assignees("*Đơn vị phối hợp: *Sở Nội vụ, Sở Tư pháp.") == []


@pytest.mark.parametrize(
    "name", ["mỗi cơ quan, đơn vị", "Từng cán bộ", "UBND huyện", "**Sở Y tế**", "các đơn vị", "MỖI đơn vị"]
)
def test_memoised_normalize_name_is_the_plain_normalisation(name):
    s = tidy(expand_abbreviations(tidy(name)))
    s = re.sub(r"^(?:mỗi|từng)\s", "các ", s, flags=re.IGNORECASE)
    expected = s[:1].upper() + s[1:]
    assert parties.normalize_name(name) == expected
    assert parties.normalize_name(name) == expected  # a second call, from the memo


def test_deadline_is_read_with_its_span():
    s = "báo cáo kết quả về Sở Y tế trước ngày 05/11/2022 để tổng hợp"
    d = find_deadline(s)
    assert (d.iso, d.day_month) == ("2022-11-05", None)
    assert s[d.flat_start : d.flat_end] == "trước ngày 05/11/2022"
    d = find_deadline("báo cáo 6 tháng đầu năm trước ngày 18 tháng 5")
    assert (d.iso, d.day_month) == (None, "18/5")


# Fragments of the seeds and corpus naming provinces, with and without their level word.
PLACE_FRAGMENTS = [
    "Thực hiện Kế hoạch số 233/KH-UBND, ngày 22/9/2022 của UBND tỉnh Hà Giang về",
    "UBND TỈNH HÀ GIANG\nSỞ Y TẾ",
    "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
    "Sở Y tế Hà Giang; TP. Hồ Chí Minh, TP Cần Thơ; Tỉnh Bắc Ninh",
    "tư tưởng Hồ Chí Minh; đồng chí Hà Nam Ninh; xHà Giang; Hà Giangx",
    "Thành phố Hà Nội, ngày 10 tháng 04 năm 2019; tỉnh  \n Bắc Ninh; tỉnh:Hà Giang",
]


def _mentions_with_the_lookbehind_regex(text: str) -> dict[str, int]:
    """places.province_mentions as it was: one finditer with the leading lookbehind."""
    from vanban.loaders import places

    t = places._tables()
    counts: dict[str, int] = {}
    for m in t.province_mention.finditer(text):
        name = t.upper_province.get(m.group(2), m.group(2))
        if name in places.NEEDS_LEVEL_WORD and not m.group(1):
            continue
        counts[name] = counts.get(name, 0) + (3 if m.group(1) else 1)
    return counts


@pytest.mark.parametrize("text", PLACE_FRAGMENTS)
def test_province_scan_counts_like_the_lookbehind_regex(text):
    from vanban.loaders.places import province_mentions

    assert dict(province_mentions(text)) == _mentions_with_the_lookbehind_regex(text)


_PLACE_PIECES = st.sampled_from(
    ["tỉnh ", "Tỉnh ", "TỈNH ", "thành phố ", "TP. ", "TP ", "Hà Giang", "HÀ GIANG", "Hồ Chí Minh", "Hà Nam",
     "Bắc Ninh", "x", "_", " ", "\n", ", ", "Thái Bình", "Thành", "T", "t"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PLACE_PIECES, max_size=12).map("".join))
def test_province_scan_counts_like_the_lookbehind_regex_on_any_text(text):
    from vanban.loaders.places import province_mentions

    assert dict(province_mentions(text)) == _mentions_with_the_lookbehind_regex(text)


def test_province_mentions_weigh_the_level_word():
    from vanban.loaders.places import province_mentions

    assert province_mentions("UBND tỉnh Hà Giang; Sở Y tế Hà Giang") == {"Hà Giang": 4}
