"""Damaged copies that a fuzzer of real documents found crashing or stalling the extractor.

Each test holds the smallest document that reproduced the fault, built from real fragments (the
seeds and corpus), and asserts that the record comes out, with what it must contain, and that the
work stays in proportion to the text (a cost that grows with the square of a line is a denial of
service on a real batch: one document stalls a worker for minutes).
"""

from __future__ import annotations

import pytest

from vanban.graph.build import build_graph, prepare
from vanban.loaders import reports
from vanban.loaders.extract import extract
from vanban.loaders.header import _Piece, _split_signature_piece
from vanban.loaders.read import read_bytes
from vanban.loaders.records import DocumentRecord, LoadFailure
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


# --- An item that runs on for pages on one line -----------------------------------------------
# A sub-item of corpus 055 repeated on one line after an item (so all of it is that item's head, as
# when a copy lost its line breaks): each of its hundreds of "báo cáo" read the item's doers again over
# the whole head up to the verb (13 M characters read for a 150 K document; minutes for a 2 MB one).

MTTQ_HEADER = """ỦY BAN MTTQ VIỆT NAM
XÃ LƯƠNG MINH
BAN THƯỜNG TRỰC
Số: 30/HD-MTTQ-BTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lương Minh, ngày 20 tháng 11 năm 2025
HƯỚNG DẪN
Về việc Mặt trận Tổ quốc Việt Nam xã tham gia công tác bầu cử
III. TỔ CHỨC THỰC HIỆN
1. Căn cứ các nội dung công tác Mặt trận trong bầu cử theo Thông tri số 05/TT-MTTW-BTT, ngày 04/11/2025 của Ủy ban Trung ương MTTQ Việt Nam và của Ban Thường trực Ủy ban MTTQ tỉnh về Hướng dẫn MTTQ Việt Nam tham gia công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 và Hướng dẫn này, Ban Thường trực Ủy ban MTTQ Việt Nam xã xây dựng kế hoạch triển khai, đồng thời phối hợp với các tổ chức thành viên để thực hiện.
"""
SUB_ITEM = (
    "g. Các ông bà Phó Chủ tịch MTTQ xã có trách nhiệm theo dõi, đôn đốc, thực hiện chế độ thông tin, báo cáo và tham mưu "
    "báo cáo của Ban Thường trực Ủy ban MTTQ Việt Nam xã để báo cáo Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam tỉnh "
    "bảo đảm chất lượng, tiến độ thời gian theo yêu cầu (theo Kế hoạch số 26/KH-MTTQ-BTT, ngày 17/11/2025 về thực hiện công "
    "tác bầu cử đại biểu Quốc hội khóa XVI và bầu cử đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031; Quyết định số "
    "07/QĐ-MTTQ-BTT, ngày 18/11/2025 về việc thành lập Ban chỉ đạo công tác bầu cử đại biểu Quốc hội khóa XVI và HĐND các "
    "cấp nhiệm kỳ 2026 – 2031 của Ủy ban MTTQ Việt Nam xã Lương Minh)."
)
SIGNATURE = "Nơi nhận:\n- BTT Ủy ban MTTQ tỉnh (b/c);\n- Lưu: VTMTTQ.\nTM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nLan Thị Vân\n"


def _doers_read(monkeypatch, doc: str) -> tuple[DocumentRecord, int]:
    """The record, and how many characters the reports' doers were read over."""
    read = 0
    doers = reports.doers

    def counting(s, *args, **kwargs):
        nonlocal read
        read += len(s)
        return doers(s, *args, **kwargs)

    monkeypatch.setattr(reports, "doers", counting)
    return _extract_and_build(doc), read


def test_an_item_repeated_on_one_line_is_read_in_proportion_to_its_length(monkeypatch):
    once, read_once = _doers_read(monkeypatch, MTTQ_HEADER + SUB_ITEM + "\n" + SIGNATURE)
    doc = MTTQ_HEADER + " ".join([SUB_ITEM] * 200) + "\n" + SIGNATURE
    record, read = _doers_read(monkeypatch, doc)
    assert read < 10 * len(doc)  # was 80 times the length (quadratic)
    # The reports read on the repeated line are those read on the line once.
    assert {(r.from_, r.to) for r in record.reports_to} == {(r.from_, r.to) for r in once.reports_to}
    assert any(r.from_ and "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã" in r.from_ for r in record.reports_to)


# --- A .docx that lost a part its relationships name ------------------------------------------
# A package whose word/styles.xml (or theme, numbering, settings, docProps …) is gone while its
# relationships still name it was refused whole ("damaged .docx: KeyError: There is no item named
# 'word/styles.xml' in the archive"), though its body, word/document.xml, was intact.


def _docx_bytes(lines: list[str]) -> bytes:
    import io

    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _without_member(data: bytes, lost: str) -> bytes:
    import io
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as w:
        for name in src.namelist():
            if name != lost:
                w.writestr(name, src.read(name))
    return out.getvalue()


@pytest.mark.parametrize("lost", ["word/styles.xml", "word/settings.xml", "word/theme/theme1.xml", "docProps/core.xml"])
def test_a_docx_that_lost_a_part_keeps_its_body(lost):
    intact = _docx_bytes(UBND_HEADER.splitlines())
    damaged = _without_member(intact, lost)
    text = read_bytes(damaged, name="plan.docx")
    assert text.format == "docx"
    assert text.original == read_bytes(intact, name="plan.docx").original
    record = extract(text)
    assert (record.document.number, record.document.symbol) == ("141", "KH-UBND")


def test_a_docx_without_its_body_is_refused_in_one_line():
    damaged = _without_member(_docx_bytes(UBND_HEADER.splitlines()), "word/document.xml")
    with pytest.raises(LoadFailure) as e:
        read_bytes(damaged, name="plan.docx")
    assert "\n" not in e.value.reason


# --- Names read along a line with no punctuation ahead ------------------------------------------
# "name_at" looked for the punctuation that ends a name (NAME_END) up to the end of the text, though
# a name runs 400 characters at most: along an item of clauses cut by " - " and commas only (a copy
# that lost its line breaks and stops), every name read scanned the rest of the line (200 times the
# text's length read for a 27 K item; 2 s for a 45 K document).


class _CountingSearch:
    """A compiled regex's ``search``, counting the characters each call may read (pos to endpos)."""

    def __init__(self, pattern):
        self.pattern = pattern
        self.read = 0

    def search(self, s, pos=0, endpos=None):
        end = len(s) if endpos is None else min(endpos, len(s))
        self.read += end - pos
        return self.pattern.search(s, pos, end)


def _count_search(monkeypatch, module, name: str) -> _CountingSearch:
    """Replace the regex ``module.name`` by one that counts what its searches read."""
    counter = _CountingSearch(getattr(module, name))
    monkeypatch.setattr(module, name, counter)
    return counter


def test_names_on_a_line_without_stops_are_read_in_proportion_to_it(monkeypatch):
    from vanban.loaders import parties

    counter = _count_search(monkeypatch, parties, "NAME_END")
    doc = UBND_HEADER + "II. NHIỆM VỤ\n1. " + "Sở Y tế chủ trì, Sở Tài chính phối hợp - UBND các huyện thực hiện " * 400 + "\n"
    record = _extract_and_build(doc)
    assert counter.read < 20 * len(doc)  # was 198 times
    assert record.tasks


def test_report_clauses_on_a_line_without_clause_ends_are_read_in_proportion_to_it(monkeypatch):
    # The fuzzer's mutants 47760 and 52188 (~190 KB, 5-7 s): every duty verb looked for its clause's
    # end up to the end of the span, and a long span with none was scanned again from each verb.
    counter = _count_search(monkeypatch, reports, "CLAUSE_END")
    item = "các xã báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15/12/2025, "
    once = _extract_and_build(UBND_HEADER + "II. NHIỆM VỤ\n2. " + item + "\n")
    counter.read = 0
    doc = UBND_HEADER + "II. NHIỆM VỤ\n2. " + item * 500 + "\n"
    record = _extract_and_build(doc)
    assert counter.read < 20 * len(doc)  # was ~250 times
    assert {(r.to, r.deadline) for r in record.reports_to} == {(r.to, r.deadline) for r in once.reports_to}
