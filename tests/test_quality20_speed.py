"""Speed-only rewrites of the eleventh session against the plain forms they replace (output byte-identical).

- ``deadlines._deadline_matches``: the deadline words' places found in one loop of ``str.find``, without the test
  for any word first and the generators of ``_deadline_matches_plain``; the same matches.
- ``names.unglue_capitals``, ``names.unglue_syllables``: the memoised word functions mapped over a line's words (no
  generator step per word); the same line.
- ``recipients._without_signature``: each of its three regexes searched only on a line whose last character one of
  its matches can end with; the same line as searching all three (``_without_signature_plain``).
- ``citation_issuers.body_name``: RULE_WORD tried only on a word that opens with one of its characters.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EXAMPLES, SHARED
from vanban.loaders import citation_issuers, deadlines, names, recipients
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


# --- recipients: the signature regexes searched by the line's last character ----------------------------------


def _without_signature_plain(line: str, signer: str | None = None, signed: bool = False) -> str:
    """``recipients._without_signature`` with all three regexes searched on every line."""
    if (sign := recipients.SIGNATURE_AFTER_ITEM.search(line)) is not None:
        return line[: sign.start()].rstrip()
    if (name := recipients.NAME_AFTER_ITEM.search(line)) is not None and (
        recipients._signer_after(name.group("name")) or recipients._is_signer(name.group("name"), signer, signed)
    ):
        return line[: name.start()].rstrip()
    if (caps := recipients.CAPS_AFTER_ITEM.search(line)) is not None:
        words = caps.group("caps").split()
        if recipients.SIGNATURE_WORDS.issuperset(words) or (
            line[caps.start() - 1] in ".;,)"
            and 2 <= len(words) <= 4
            and (
                recipients._signer_after(spelled := " ".join(w.capitalize() for w in words))
                or recipients._is_signer(spelled, signer, signed)
            )
        ):
            return line[: caps.start()].rstrip()
    return line


_SIGNATURE_LINES = [
    "- Như trên; PHÓ CHỦ TỊCH",
    "- Như trên; PHÓ CHỦ TỊCH\n",
    "- Như trên; PHÓ CHỦ TỊCH  ",
    "- Các Sở, ban, ngành; Nguyễn Văn An",
    "- Các Sở, ban, ngành; Nguyễn Văn An \t",
    "- Thường trực Tỉnh ủy (để b/c) PHÓ CHỦ TỊCH",
    "- Văn phòng Chính phủ DÂN",
    "- Lưu: VT, KT. CHỦ TỊCH",
    "- Lưu: VT. (Đã ký)",
    "- Lưu: VT. (đã ký) NGUYỄN VĂN AN",
    "- Trường LÊ LỢI",
    "- UBND các xã; ĐÀO MỸ",
    "- Như trên;",
    "- Sở Y tế,",
    "- Lưu: VT.",
    "- Báo Thái Bình; Thái Bình",
    "",
    "   ",
    "x",
    "- Q. GIÁM ĐỐC",
    "- Như trên; TM. ỦY BAN NHÂN DÂN",
    "- Như trên; Đinh Văn Ấn",
]


@pytest.mark.parametrize("line", _SIGNATURE_LINES)
@pytest.mark.parametrize("signer, signed", [(None, False), ("Đào Mỹ", False), (None, True)])
def test_without_signature_as_the_plain_form_on_fragments(line, signer, signed):
    assert recipients._without_signature(line, signer, signed) == _without_signature_plain(line, signer, signed)


def test_without_signature_as_the_plain_form_on_real_lines(real_texts):
    for text in real_texts:
        for ln in text.lines:
            assert recipients._without_signature(ln.text) == _without_signature_plain(ln.text), ln.text
            assert recipients._without_signature(ln.text, None, True) == _without_signature_plain(ln.text, None, True)


_LAST_CHARACTERS = [chr(c) for c in range(0x20, 0x250)] + [chr(c) for c in range(0x1E00, 0x1F00)] + list("–—…“”’\u00a0\u2028")


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(_SIGNATURE_LINES[:12]), st.sampled_from(_LAST_CHARACTERS), st.sampled_from(["", " ", "\n", " \n"]))
def test_without_signature_as_the_plain_form_whatever_the_last_character(line, last, tail):
    # Every character a line may end with, after a signature piece or in place of its last letter.
    for s in (line + last + tail, line[:-1] + last + tail):
        assert recipients._without_signature(s) == _without_signature_plain(s), s


# --- citation issuers: RULE_WORD tried on words that open with its characters -------------------------------


def test_rule_characters_are_the_rule_words():
    for c in map(chr, range(0x10000)):
        assert (c in citation_issuers._RULE_CHARS) == (citation_issuers.RULE_WORD.fullmatch(c * 3) is not None), c


def test_body_names_cut_at_a_rule():
    for masked, name in [
        ("của Ban Bí thư ----- Ban Thường vụ tỉnh ủy", "Ban Bí thư"),
        ("của Ban Bí thư \\-\\-\\- Ban Thường vụ", "Ban Bí thư"),
        ("của UBND tỉnh Hà Giang về việc", "UBND tỉnh Hà Giang"),
    ]:
        assert citation_issuers.body_name(masked, 4, 4)[0] == name


# --- names: the memoised word functions mapped over a line's words ------------------------------------------


@pytest.mark.parametrize(
    "line", ["VỀ TRIỂNKHAI THỰC HIỆN", "CHÍNHPHỦ", "THANHOÁ", "COVID", "Kế hoạch  triển khai", "", " a  b "],
)
def test_unglue_capitals_word_by_word(line):
    assert names.unglue_capitals(line) == " ".join(names._unglued_capitals_word(w) for w in line.split(" "))
    assert names.unglue_syllables(line.lower()) == " ".join(names._unglued_word(w) for w in line.lower().split(" "))
