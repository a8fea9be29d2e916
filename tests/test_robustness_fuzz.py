"""Damaged copies that a fuzzer of real documents found crashing or stalling the extractor.

Each test holds the smallest document that reproduced the fault, built from real fragments (the
seeds and corpus), and asserts that the record comes out, with what it must contain, and that the
work stays in proportion to the text (a cost that grows with the square of a line is a denial of
service on a real batch: one document stalls a worker for minutes).
"""

from __future__ import annotations

from vanban.graph.build import build_graph, prepare
from vanban.loaders.extract import extract
from vanban.loaders.header import _Piece, _split_signature_piece
from vanban.loaders.records import DocumentRecord
from vanban.loaders.text import make_text

# The header of a plan of a provincial people's committee (corpus 001's, as a text copy has it).
UBND_HEADER = """ỦY BAN NHÂN DÂN
TỈNH BẮC NINH
Số: 141/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 20 tháng 11 năm 2025
KẾ HOẠCH
Nâng cao năng lực cho đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật
I. MỤC ĐÍCH, YÊU CẦU
1. Các sở, ban, ngành tổ chức thực hiện nghiêm túc Kế hoạch này.
"""


def _extract_and_build(doc: str, name: str = "damaged.txt") -> DocumentRecord:
    text = make_text(doc, name=name)
    record = extract(text)  # must not raise
    build_graph([prepare(record, text)])  # nor the graph built from it
    return record


# --- A signature line repeated across a merged line -------------------------------------------
# "TM. ỦY BAN NHÂN DÂN" repeated on one line (a copy whose signature cells were merged, or a line
# duplicated over and over) was cut at every office title, recursively: past ~1,000 repetitions the
# extractor raised RecursionError and the document was lost; at 1,000 it took ~10 s (each cut
# re-joined and re-checked the rest of the line).


def test_a_signature_line_repeated_a_thousand_times_is_read():
    signature = "  ".join(["TM. ỦY BAN NHÂN DÂN"] * 1500)
    doc = UBND_HEADER + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + signature + "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"
    record = _extract_and_build(doc)
    assert record.document.number == "141"
    assert record.document.symbol == "KH-UBND"
    assert record.document.issuer == "Ủy ban nhân dân tỉnh Bắc Ninh"


def test_a_long_run_of_capitals_is_not_cut_as_a_signature_cell():
    piece = _Piece(" ".join(["TM. ỦY BAN NHÂN DÂN"] * 30), 0)  # 150 words
    assert _split_signature_piece(piece) == [piece]


def test_a_signature_cell_is_still_cut_at_its_office_titles():
    # What the cut is for (tests/test_quality*_header.py hold the documents): a table cell joining
    # the authority line and the signer's office.
    cut = _split_signature_piece(_Piece("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", 3))
    assert [p.text for p in cut] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    cut = _split_signature_piece(_Piece("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH", 3))
    assert [p.text for p in cut] == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
