"""Speed-only rewrites of the tenth session against the plain forms they replace (output byte-identical).

- ``parties._head_may_open``: a gate before ``name_at`` in ``doers``; it may say no only where
  ``head_at`` finds no head.
- ``parties._without_trailing_words``: the two trailing-word regexes run only on a phrase whose end
  they may match; the same phrase as running both.
- ``parties._clause_starts``: breaks kept from one list comprehension when no bullet follows a
  break's end; the same starts as ``CLAUSE_BREAK.finditer``.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EXAMPLES, SHARED
from vanban.loaders import parties
from vanban.loaders.load import expand_paths
from vanban.loaders.read import read_file
from vanban.loaders.text import make_text


def _real_flats() -> list[str]:
    dirs = [d for d in (SHARED / "seeds", SHARED / "corpus", EXAMPLES) if d.exists()]
    if not dirs:
        pytest.skip("no real documents here")
    return [make_text(read_file(f).original, name=f.name).flat for f in expand_paths(dirs)]


@pytest.fixture(scope="module")
def real_flats() -> list[str]:
    return _real_flats()


def _gate_agrees(s: str, p: int) -> None:
    """Where ``doers`` would ask the gate (a first word of _HEAD_FIRST at p), a head found by head_at
    means the gate says yes."""
    fw = parties._FIRST_WORD.match(s, p)
    if fw is None:
        return
    word = fw.group(0).lower()
    if word not in parties._HEAD_FIRST:
        return
    if parties.head_at(s, p) is not None:
        assert parties._head_may_open(s, word, fw.end()), (s[p : p + 60], word)


def test_head_gate_on_fragments():
    # Heads read through the gate, and places it closes.
    for s, has_head in [
        ("Chủ tịch UBND các xã chịu trách nhiệm", True),
        ("Chủ động phối hợp với các đơn vị", False),
        ("Thường trực HĐND tỉnh giám sát", True),
        ("Thường xuyên kiểm tra, đôn đốc", False),
        ("Tập đoàn Điện lực Việt Nam", True),
        ("Tập trung chỉ đạo các đơn vị", False),
        ("Tổ công tác liên ngành báo cáo", True),
        ("Tổ Công nghệ thông tin tổng hợp", True),
        ("Tổ chức tập huấn cho cán bộ", False),
        ("TỔ CHỨC ĐẢNG các cấp", True),
        ("Công an tỉnh chủ trì", True),
        ("Công khai, minh bạch", False),
        ("Các đơn vị, địa phương", True),
        ("Các nội dung khác", False),
        ("Sở, ban, ngành tỉnh", True),
        ("Văn phòng - Thống kê xã", True),
        ("Phó Chủ tịch UBND xã", True),
        ("Phó trưởng phòng", True),
        ("Phó mặc cho", False),
    ]:
        assert (parties.head_at(s, 0) is not None) == has_head, s
        _gate_agrees(s, 0)
    fw = parties._FIRST_WORD.match("Tổ chức tập huấn")
    assert not parties._head_may_open("Tổ chức tập huấn", "tổ", fw.end())


def test_head_gate_at_every_word_of_real_documents(real_flats):
    for flat in real_flats:
        p = 0
        while p < len(flat):
            _gate_agrees(flat, p)
            nxt = flat.find(" ", p)
            if nxt < 0:
                break
            p = nxt + 1


_HEAD_PIECES = sorted({w for h in parties.NAME_HEADS + parties.PROPER_HEADS for w in h.split()}) + [
    "chức", "động", "xuyên", "trung", "khai", "Y", "Tế", "tế", "UBND", "Sở", ",", "-", " ", "  ", ":", "đảng", "Đảng",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_HEAD_PIECES), min_size=1, max_size=6), st.booleans(), st.booleans())
def test_head_gate_on_generated_heads(words, upper_first, all_upper):
    s = " ".join(words)
    if upper_first:
        s = s[:1].upper() + s[1:]
    if all_upper:
        s = s.upper()
    _gate_agrees(s, 0)


def _plain_without_trailing_words(phrase: str) -> str:
    return parties.TRAILING_FUNCTION_WORDS.sub("", parties.TRAILING_PERSONS.sub("", phrase))


@pytest.mark.parametrize(
    "phrase",
    [
        "Ban Thường trực Ủy ban MTTQ xã, các bộ phận chuyên môn thuộc Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam xã và các ông",
        "Phòng Văn hóa và Thông tin và",
        "cơ quan, đơn vị và",
        "Ban Công tác Mặt trận các",
        "Sở Y tế, các",
        "Sở Y tế và các\n",
        "Sở Y tế và bà",
        "UBND các xã, phường",
        "Sở Y tế",
        "",
        "và",
        " và",
    ],
)
def test_trailing_words_as_the_plain_regexes(phrase):
    assert parties._without_trailing_words(phrase) == _plain_without_trailing_words(phrase)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["và", "hoặc", "các", "những", "của", "với", "cùng", "ông", "bà", "Sở", "Y", "tế", "vàx", "bàn"]),
                max_size=6),
       st.lists(st.sampled_from([" ", ", ", ",", "\n", "  "]), min_size=6, max_size=6), st.booleans())
def test_trailing_words_on_generated_phrases(words, seps, newline):
    phrase = "".join(sep + w for sep, w in zip(seps, words)) + ("\n" if newline else "")
    assert parties._without_trailing_words(phrase) == _plain_without_trailing_words(phrase)


def _plain_clause_starts(s: str) -> list[int]:
    return [0] + [m.end() for m in parties.CLAUSE_BREAK.finditer(s)]


@pytest.mark.parametrize(
    "s",
    ["- Sở Y tế chủ trì. - Sở Tài chính", ". - x", "a. b; c: d", "– Sở Y tế; - UBND xã", "kết quả. + Đối với", "", "-"],
)
def test_clause_starts_with_and_without_bullets_after_breaks(s):
    assert parties._clause_starts(s) == _plain_clause_starts(s)


def test_clause_starts_on_real_documents(real_flats):
    for flat in real_flats:
        for k in range(0, len(flat), 700):
            s = flat[k : k + 900]
            assert parties._clause_starts(s) == _plain_clause_starts(s)


# --- citation issuers: the cased terms a name holds, picked first ---------------------------------------

from vanban.loaders import citation_issuers  # noqa: E402


def _plain_recase_terms(name: str) -> str:
    low = name.lower()
    for term, written in citation_issuers._ISSUER_CASED_TERMS.items():
        i = low.find(term)
        while i >= 0:
            before_ok = i == 0 or not low[i - 1].isalnum()
            after = i + len(term)
            if before_ok and (after == len(low) or not low[after].isalnum()):
                name = name[:i] + written + name[after:]
            i = low.find(term, i + 1)
    return name


@pytest.mark.parametrize(
    "name",
    [
        "Ban thường vụ tỉnh ủy", "ban chấp hành đoàn thanh niên cộng sản hồ chí minh", "BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH",
        "Ủy ban nhân dân tỉnh Hà Giang", "ủy ban mặt trận tổ quốc việt nam", "hội liên hiệp phụ nữ việt nam",
        "Bch đoàn trường", "ĐOÀN TNCS Hồ Chí Minh", "Trung ương đảng", "ban bí thư trung ương đảng", "covid-19",
        "Ủy ban thường vụ quốc hội", "Bộ Y tế", "", "İ ủy ban",
    ],
)
def test_recase_terms_as_the_plain_loop(name):
    assert citation_issuers._recase_terms(name) == _plain_recase_terms(name)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([t for t in citation_issuers._ISSUER_CASED_TERMS] + ["tỉnh", "Hà Giang", "x", "-", "TNCS"]),
                max_size=5), st.booleans())
def test_recase_terms_on_generated_names(words, upper):
    name = " ".join(words)
    name = name.upper() if upper else name
    assert citation_issuers._recase_terms(name) == _plain_recase_terms(name)


# --- clause breaks found mark by mark ---------------------------------------------------------------------


def _ends_by_mark(s: str) -> list[int]:
    return sorted(m.end() for _, p in parties._BREAKS_BY_MARK for m in p.finditer(s))


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=".;:!?-–+•…*_”\" \n\tab\u00a0", max_size=40))
def test_breaks_by_mark_are_the_breaks_of_the_whole_class(s):
    assert _ends_by_mark(s) == [m.end() for m in parties._BREAK_FROM_MARK.finditer(s)]
    assert parties._clause_starts(s) == _plain_clause_starts(s)


def test_breaks_by_mark_on_real_documents(real_flats):
    for flat in real_flats:
        assert _ends_by_mark(flat) == [m.end() for m in parties._BREAK_FROM_MARK.finditer(flat)]


# --- citation subjects: a clause's end found by str.find ---------------------------------------------------

from vanban.loaders import citation_subjects  # noqa: E402


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=".;ab \n\t\u00a0\u2003,", max_size=30), st.integers(-3, 33), st.one_of(st.none(), st.integers(-3, 33)))
def test_ends_clause_as_the_regex(s, pos, endpos):
    plain = citation_subjects._CLAUSE_END.search(s, pos, len(s) if endpos is None else endpos) is not None
    assert citation_subjects._ends_clause(s, pos, endpos) == plain


def test_ends_clause_on_real_documents(real_flats):
    for flat in real_flats:
        for k in range(0, len(flat), 97):
            for n in (0, 1, 40, 400):
                assert citation_subjects._ends_clause(flat, k, k + n) == (
                    citation_subjects._CLAUSE_END.search(flat, k, k + n) is not None
                )


# --- header: a damaged date searched only on a line with a month word ---------------------------------------

from vanban.loaders import header  # noqa: E402


@pytest.mark.parametrize(
    "line",
    [
        "Hà Giang, ngay 12 thang 5 nam 2023", "NGÀY 03 THÁNG 10 NĂM 2025", "Lâm Đồng, ngảy 1O thạng 04 nảm 2 0 2 6",
        "ngày 12 THáNG 5 năm 2023", "Sở Y tế tỉnh Hà Giang", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "",
    ],
)
def test_month_word_gate_on_date_lines(line):
    assert header._may_hold_month_word(line) or header.DAMAGED_DATE.search(line) is None


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["ngày", "NGAY", "ngảy", "tháng", "THÁNG", "thạng", "Thang", "năm", "NĂM", "nam", "12", "5",
                                 "2023", "2 0 2 3", ",", " ", "tỉnh", "Hà Giang"]), max_size=10))
def test_month_word_gate_on_generated_lines(words):
    line = " ".join(words)
    assert header._may_hold_month_word(line) or header.DAMAGED_DATE.search(line) is None
    assert header._unglued(line) == _plain_unglued(line)


def _plain_unglued(line: str) -> str:
    saved = header._may_hold_month_word
    header._may_hold_month_word = lambda line: "g" in line or "G" in line
    try:
        return header._unglued(line)
    finally:
        header._may_hold_month_word = saved


def test_month_word_gate_on_real_lines(real_flats):
    for flat in real_flats:
        for k in range(0, min(len(flat), 6000), 50):
            line = flat[k : k + 80]
            assert header._may_hold_month_word(line) or header.DAMAGED_DATE.search(line) is None


# ---------------------------------------------------------------------------- citation_mentions.mark_hard_breaks


def _plain_hard_breaks(masked: str, text) -> str:
    """The plain form ``mark_hard_breaks`` replaced: every line sliced and tested, every character copied."""
    from vanban.loaders import citation_mentions as cm

    lines = text.lines
    if len(lines) < 2:
        return masked
    original = text.original
    breaks = [k for k in range(1, len(lines)) if original.count("\n", lines[k - 1].end, lines[k].start) > 1]
    spaced = len(lines) >= cm.BLANK_LINE_SHARE_LINES and len(breaks) > cm.BLANK_LINE_SHARE * (len(lines) - 1)
    blank = [k for k in breaks if cm._ends_paragraph(lines[k - 1].text, spaced)]
    after_name = [
        k for k in range(1, len(lines))
        if ("ngày" in lines[k].text[:50] and cm.PLACE_DATE_LINE.fullmatch(lines[k].text))
        or ("Kính" in lines[k].text[:8] and cm.LETTER_GREETING.match(lines[k].text))
        # The line after a markdown heading (round 20), the next line no heading itself.
        or (cm.MARKDOWN_HEADING.match(lines[k - 1].text) and not cm.MARKDOWN_HEADING.match(lines[k].text))
    ]
    chars = list(masked)
    for marks, mark in ((blank, cm.BLANK_LINE_MARK), (after_name, cm.LINE_AFTER_NAME_MARK)):
        for k in marks:
            at = lines[k].flat_start - 1
            if at >= 0 and chars[at] == " ":
                chars[at] = mark
    return "".join(chars)


def test_hard_breaks_as_the_plain_form_on_real_documents():
    from vanban.loaders.citation_mentions import mark_hard_breaks, mask

    dirs = [d for d in (SHARED / "seeds", SHARED / "corpus", EXAMPLES) if d.exists()]
    if not dirs:
        pytest.skip("no real documents here")
    marked = 0
    for f in expand_paths(dirs):
        text = make_text(read_file(f).original, name=f.name)
        masked = mask(text.flat)
        fast = mark_hard_breaks(masked, text)
        assert fast == _plain_hard_breaks(masked, text), f.name
        marked += fast != masked
    assert marked > 10  # most real documents have a blank line after a title or a place-and-date line


def test_hard_breaks_as_the_plain_form_on_a_break_both_kinds():
    from vanban.loaders.citation_mentions import BLANK_LINE_MARK, mark_hard_breaks, mask

    # "Hà Nội, ngày …" after a blank line that follows a title: a blank line and a place line at one break.
    raw = "KẾ HOẠCH\n\nHà Nội, ngày 05 tháng 9 năm 2023\nKính gửi: Sở Y tế\nCăn cứ Kế hoạch số 12/KH-UBND của UBND tỉnh\n"
    text = make_text(raw)
    masked = mask(text.flat)
    fast = mark_hard_breaks(masked, text)
    assert fast == _plain_hard_breaks(masked, text)
    assert fast[text.lines[1].flat_start - 1] == BLANK_LINE_MARK
