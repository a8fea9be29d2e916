"""The header, outline and text readers made cheaper, round 23: each shortcut gives what the longer reading gave.

- ``lines.lines_with`` finds a word with a capital outside ASCII only in a text holding that capital, and a word ending
  with a colon from the text's colons: the same lines, in the same order, as the plain definition.
- ``lines.holds`` tells whether a span holds a word as ``str.find`` does.
- ``header._may_open_body`` turns a line away only where BODY_START does not match it cleaned.
- ``sections.outline`` reads a node's original span from its lines: the same as ``Text.original_span`` of its flat span.
- ``header.noi_nhan_lines`` is found once per text and kept; a text made with other lines reads its own.
- ``read_bytes`` gives NFC text for a decomposed file without checking a decoded text twice.

The documents are those of tests/data/realdocs (SOURCES.tsv gives each one's origin).
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from vanban.loaders.header import BODY_START, _clean, _may_open_body, noi_nhan_lines
from vanban.loaders.lines import holds, lines_with
from vanban.loaders.read import read_bytes, read_file
from vanban.loaders.recipients import APPENDIX_WORDS
from vanban.loaders.sections import outline
from vanban.loaders.text import make_text, normalize

REALDOCS = Path(__file__).parent / "data" / "realdocs"
DOCUMENTS = sorted(REALDOCS.glob("*.md"))

# The words the signature's, the recipients' and the attachment's readers look for by line, and colon-ended ones.
WORDS = ("nhận", "NHẬN", "nhân:", "TM.", "KT.", "èm", "gửi:", "Số:", "ký:", "PHỤ LỤC")


@pytest.fixture(scope="module")
def texts():
    return [read_file(p) for p in DOCUMENTS]


def test_realdocs_are_there():
    assert len(DOCUMENTS) >= 40


def test_lines_with_gives_the_lines_holding_the_word(texts):
    checked = 0
    for text in texts:
        for word in WORDS:
            plain = [i for i in reversed(range(len(text.lines))) if word in text.lines[i].text]
            assert list(lines_with(text, word)) == plain, (text.name, word)
            checked += bool(plain)
    assert checked > 100  # most of the words are found in many documents


def test_lines_with_on_an_ocr_heading_and_a_table_line():
    # An OCR copy's "Nơi nhân:" (the dot lost, the colon kept), a colon of another word before it, and a heading in
    # capitals ("DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN TIẾP NHẬN …", realdocs 2e037ff2).
    text = make_text(
        "Hồ sơ gửi qua hệ thống thư điện tử công vụ cá nhân: các đơn vị.\n"
        "DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN TIẾP NHẬN KHÔNG PHỤ THUỘC VÀO ĐỊA GIỚI HÀNH CHÍNH\n"
        "Nơi nhân:\n- Như trên;\n- Lưu: VT.\n"
    )
    assert list(lines_with(text, "nhân:")) == [2, 0]
    assert list(lines_with(text, "NHẬN")) == [1]
    assert list(lines_with(make_text("Nơi nhận:\n- Lưu: VT."), "NHẬN")) == []


def test_holds_answers_as_find(texts):
    for text in texts:
        s = text.original
        for start, end in ((0, len(s)), (len(s) // 3, len(s)), (0, len(s) // 2)):
            for word in (*APPENDIX_WORDS, "mẫu", "Nơi nhận", "NHẬN", "ký:"):
                assert holds(s, word, start, end) == (s.find(word, start, end) >= 0), (text.name, word, start, end)


@pytest.mark.parametrize(
    "line, opens",
    [
        ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", True),
        ("- Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;", True),
        ("**Căn cứ** Quyết định số 1627/QĐ-UBND ngày 21/11/2025;", True),
        ("Kính gửi: Các sở, ban, ngành tỉnh", True),
        ("Thực hiện Chỉ thị số 14/CT-TTg ngày 20/5/2019 của Thủ tướng Chính phủ", True),
        ("I. MỤC ĐÍCH, YÊU CẦU", True),
        ("- Tăng cường công tác kiểm tra, giám sát việc thực hiện", False),
        ("a) Triển khai thực hiện có hiệu quả các nhiệm vụ", False),
        ("Bảo đảm sự chỉ đạo thống nhất, sự phối hợp chặt chẽ", False),
    ],
)
def test_may_open_body_on_fragments(line, opens):
    assert bool(BODY_START.match(_clean(line))) is opens
    if opens:
        assert _may_open_body(line)


def test_may_open_body_turns_away_no_body_line(texts):
    turned_away = 0
    for text in texts:
        for ln in text.lines:
            if not _may_open_body(ln.text):
                turned_away += 1
                assert BODY_START.match(_clean(ln.text)) is None, (text.name, ln.text[:80])
    assert turned_away > 1000  # most lines are told without cleaning


def test_outline_spans_are_the_flat_spans_mapped(texts):
    nodes = 0
    for text in texts:
        for node in outline(text).walk():
            nodes += 1
            assert (node.start, node.end) == text.original_span(node.flat_start, node.flat_end), (text.name, node.kind)
    assert nodes > 1000


def test_noi_nhan_lines_are_kept_with_their_text():
    text = make_text("KẾ HOẠCH\nTriển khai thực hiện\nNơi nhận:\n- Sở Y tế;\n- Lưu: VT.")
    found = noi_nhan_lines(text)
    assert found == [2] and noi_nhan_lines(text) is found
    # A text with other lines (as reports reads its southern spellings) reads them again.
    other = replace(text, lines=text.lines[:2])
    assert noi_nhan_lines(other) == []


def test_read_bytes_gives_nfc_text_of_a_decomposed_file():
    written = "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 141/KH-UBND\nHà Giang, ngày 03 tháng 5 năm 2024\n"
    decomposed = unicodedata.normalize("NFD", written)
    assert decomposed != written
    text = read_bytes(decomposed.encode("utf-8"), name="ke-hoach.txt")
    assert text.original == written
    assert normalize(written, nfc=True) == normalize(written) == written


def test_find_all_gives_every_place_of_short_and_long_words(texts):
    from vanban.loaders.alternation import find_all

    def plain(s, needles, lo, hi):
        places = []
        for needle in needles:
            k = s.find(needle, lo, hi)
            while k >= 0:
                places.append(k)
                k = s.find(needle, k + 1, hi)
        return sorted(places)

    for text in texts:
        s = text.original
        for needles in (("đây", "Nhận"), ("số", "Số"), ("Luật", "Kế", "Chỉ"), ("NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN"), ("-", "/")):
            for lo, hi in ((0, len(s)), (len(s) // 3, len(s) - 1)):
                assert find_all(s, needles, lo, hi) == plain(s, needles, lo, hi)
    # Overlapping places of a word, found from the end as from the start.
    assert find_all("đâyđâyđây", ("đâyđ",), 0, 9) == [0, 3]
