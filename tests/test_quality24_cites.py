"""Cited instruments, round 24: instruments that bodies sign together ("Chương trình phối hợp", "Kế hoạch liên tịch",
"Quy chế phối hợp", a Nghị quyết liên tịch whose issuers only its symbol names), issuers the text or the symbol's code
names but were left unknown or cut ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", a name broken by a blank line, the body
that proposed or forwarded a letter "tại" it), a law's name in title case with commas, the items of a generic list head
("các văn bản: số …"), and the convention for an instrument nested in a preamble clause (implemented, seed 003).

The fragments are quoted from corpus 004, 032, 051, seed 003, examples, realdocs 0a5a5195, 1a434d0a, 88b7667d, edfc0349
and fresh documents of this round (fresh15 344b9eec, 4768df91, b5734329, e3cc9683: public pages of official documents, SOURCES in
tests/data/realdocs/SOURCES.tsv); the joint programmes' symbols are written in the forms the round's brief gives
("01/CTPH-…", "…/KHLT-…", "…/QCPH-…"), which no document of the review set cites."""

from pathlib import Path

import pytest

from vanban.loaders import codes
from vanban.loaders.citations import find_citations, find_implements
from vanban.loaders.context_issuers import PROPOSING_SUBJECT
from vanban.loaders.extract import extract
from vanban.loaders.read import read_file
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

DATA = Path(__file__).parent / "data" / "realdocs"
QUANG_NGAI = Header(doc_type="Kế hoạch", issuer="Ủy ban nhân dân tỉnh Quảng Ngãi", province="Quảng Ngãi")


def _cites(raw: str, header: Header = Header()):
    return find_citations(make_text(raw), header)


def _by_number(cites) -> dict:
    return {c.number: c for c in cites}


# ---------------------------------------------------------------------------- joint programmes, plans and rules


def test_joint_type_codes_are_their_base_types():
    # "Chương trình phối hợp số 01/CTPH-…" is read as a Chương trình qualified by "phối hợp", its symbol's type code
    # naming that type (as "Kế hoạch hành động số …/KH-…" is a Kế hoạch); the joint legal types keep their own names.
    assert {codes.TYPE_CODES[c] for c in ("CTPH", "KHLT", "QCPH")} == {"Chương trình", "Kế hoạch", "Quy chế"}
    assert {"CTPH", "KHLT", "QCPH"} <= codes.JOINT_TYPE_CODES
    assert codes.TYPE_CODES["NQLT"] == codes.TYPE_WORDS["nghị quyết liên tịch"] == "Nghị quyết liên tịch"
    # A qualified type whose symbol names another type is still no citation (test_quality14).
    assert _cites("Theo kế hoạch phối hợp số 45/QĐ-UBND;") == []


def test_joint_programme_plan_and_rules_are_cited_with_the_bodies_between_which_they_are_signed():
    raw = (
        "KẾ HOẠCH\nThực hiện công tác dân vận năm 2025\n\n"
        "Thực hiện Chương trình phối hợp số 01/CTPH-MTTQ-UBND ngày 15/01/2024 giữa Ủy ban Mặt trận Tổ quốc Việt Nam "
        "tỉnh và Ủy ban nhân dân tỉnh về công tác dân vận; Kế hoạch liên tịch số 05/KHLT-SGDĐT-TĐTN ngày 02/3/2025 của "
        "Sở Giáo dục và Đào tạo và Tỉnh đoàn về tổ chức hội thi; Quy chế phối hợp số 02/QCPH-UBND-LĐLĐ ngày 12/5/2023 "
        "giữa Ủy ban nhân dân tỉnh và Liên đoàn Lao động tỉnh, Ủy ban nhân dân tỉnh xây dựng Kế hoạch như sau:\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
    )
    text = make_text(raw)
    cites = find_citations(text, QUANG_NGAI)
    got = _by_number(cites)
    ct, kh, qc = got["01"], got["05"], got["02"]
    assert (ct.doc_type, ct.symbol, ct.date) == ("Chương trình", "CTPH-MTTQ-UBND", "2024-01-15")
    assert ct.surface == "Chương trình phối hợp số 01/CTPH-MTTQ-UBND ngày 15/01/2024"
    assert ct.issuer == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi, Ủy ban nhân dân tỉnh Quảng Ngãi"
    assert (kh.doc_type, kh.symbol) == ("Kế hoạch", "KHLT-SGDĐT-TĐTN")
    assert kh.issuer == "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi, Tỉnh đoàn Quảng Ngãi"
    assert (qc.doc_type, qc.symbol) == ("Quy chế", "QCPH-UBND-LĐLĐ")
    assert qc.issuer == "Ủy ban nhân dân tỉnh Quảng Ngãi, Liên đoàn Lao động tỉnh Quảng Ngãi"
    # In the preamble: implemented.
    assert [c.number for c in find_implements(text, QUANG_NGAI, cites)] == ["01", "05", "02"]


def test_a_type_qualified_as_joint_reads_its_bodies_whatever_its_symbol():
    # The same plan and programme numbered with their base type's code ("KH", "CTr"), as many joint plans are.
    raw = (
        "Thực hiện Kế hoạch liên tịch số 05/KH-SGDĐT-TĐTN ngày 02/3/2025 của Sở Giáo dục và Đào tạo và Tỉnh đoàn về tổ "
        "chức hội thi; Chương trình phối hợp số 01/CTr-MTTQ-UBND ngày 15/01/2024 giữa Ủy ban Mặt trận Tổ quốc Việt Nam "
        "tỉnh và Ủy ban nhân dân tỉnh về công tác dân vận.\n"
    )
    got = _by_number(_cites(raw, QUANG_NGAI))
    assert got["05"].issuer == "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi, Tỉnh đoàn Quảng Ngãi"
    assert got["01"].issuer == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi, Ủy ban nhân dân tỉnh Quảng Ngãi"


def test_a_joint_plan_s_symbol_alone_gives_no_single_issuer():
    # A joint code names several local bodies whose level the symbol does not give: no issuer is inferred from it.
    (c,) = _cites("Tiếp tục thực hiện Kế hoạch liên tịch số 05/KHLT-SGDĐT-TĐTN ngày 02/3/2025.\n", QUANG_NGAI)
    assert (c.doc_type, c.number, c.issuer) == ("Kế hoạch", "05", None)


def test_a_joint_resolution_s_issuers_come_from_its_symbol_codes():
    # corpus 051, as written: the resolution's issuers are not written, its symbol names all three.
    raw = (
        "Căn cứ Nghị quyết số 101/2025/UBTVQH15 ngày 26/9/2025 và Nghị quyết liên tịch số "
        "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 26/9/2025 hướng dẫn quy trình hiệp thương, giới thiệu người ứng "
        "cử;\n"
    )
    c = _by_number(_cites(raw))["102"]
    assert c.doc_type == "Nghị quyết liên tịch"
    assert c.issuer == (
        "Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    )
    # corpus 055 writes the same three bodies; written ones win over the symbol's.
    raw = (
        "Căn cứ Nghị quyết Liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN, ngày 26/9/2025 của Ủy ban Thường vụ "
        "Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam hướng dẫn quy trình;\n"
    )
    (c,) = _cites(raw)
    assert c.issuer == "Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"


# ---------------------------------------------------------------------------- issuers the text or the code names


# One citation each, as written, and the issuer read for it: (source, fragment, number, issuer).
ONE_CITATION_ISSUERS = [
    (
        # corpus 004 and 032: the central justice bodies' conclusion, theirs by its code.
        "corpus 004",
        "a) Phối hợp chặt chẽ với Công an thành phố nâng cao hiệu quả thực hiện Kết luận liên ngành tư pháp Trung ương "
        "số 23/KL-LNTPTW ngày 21 tháng 11 năm 2024 trong điều tra, truy tố, xét xử đối với một số tội phạm về ma túy;\n",
        "23",
        "Liên ngành tư pháp Trung ương",
    ),
    (
        # realdocs 0a5a5195 (also 24ac05c2, 1813348f): a minister who heads the office keeps both titles (read "Bộ
        # trưởng" before).
        "realdocs 0a5a5195",
        "*Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ "
        "hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính;*\n",
        "02",
        "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ",
    ),
    (
        # realdocs 88b7667d: the body that proposed a letter, named as its clause's subject before "tại" it.
        "realdocs 88b7667d",
        "1. Rà soát danh mục các dự án thu hồi đất: Để đấu thầu lựa chọn nhà đầu tư thực hiện dự án có sử dụng đất năm "
        "2025 đã được HĐND Thành phố thông qua *(Sở Tài chính đã tổng hợp và đề nghị tại Văn bản số 9700/STC-ĐTTĐ ngày "
        "08/8/2025)*:\n",
        "9700",
        "Sở Tài chính",
    ),
    (
        # realdocs edfc0349: the body that forwarded it, after "do", without its term.
        "realdocs edfc0349",
        "Bộ Nông nghiệp và Môi trường nhận được kiến nghị của cử tri tỉnh Hà Tĩnh do Ủy ban Dân nguyện và Giám sát Quốc "
        "hội khóa XV chuyển đến tại Văn bản số 1691/UBDNGS15 ngày 28 tháng 10 năm 2025 về việc chuyển kiến nghị của cử "
        "tri gửi trước Kỳ họp thứ 10, Quốc hội Khóa XV.\n",
        "1691",
        "Ủy ban Dân nguyện và Giám sát Quốc hội",
    ),
    (
        # realdocs 53b3997d (a Party conclusion): the report named with its issuer, then numbered in parentheses.
        "realdocs 53b3997d",
        "Tại phiên họp ngày 14/11/2025, xem xét Tờ trình của Đảng uỷ Chính phủ về Đề án tiêu chuẩn của đơn vị hành "
        "chính, phân loại đơn vị hành chính và phân loại đô thị (Tờ trình số 03-TTr/ĐU, ngày 17/10/2025), Bộ Chính trị, "
        "Ban Bí thư kết luận như sau:\n",
        "03",
        "Đảng ủy Chính phủ",  # the tone mark placed as canonical names place it
    ),
    (
        # The same clause whose subject is no body: no issuer.
        "realdocs 88b7667d, its subject changed",
        "Việc rà soát đã được tổng hợp, các đơn vị đề nghị tại Văn bản số 9700/STC-ĐTTĐ ngày 08/8/2025.\n",
        "9700",
        None,
    ),
]


@pytest.mark.parametrize("source, raw, number, issuer", ONE_CITATION_ISSUERS, ids=[c[0] for c in ONE_CITATION_ISSUERS])
def test_the_issuer_of_one_citation(source, raw, number, issuer):
    (c,) = _cites(raw)
    assert (c.number, c.issuer) == (number, issuer)


def test_two_laws_a_comma_separates_are_still_read_apart():
    # The comma pair of "Bộ trưởng, Chủ nhiệm" joins no two laws.
    assert [c.number for c in _cites("Căn cứ Luật số 80/2015/QH13, Luật số 63/2020/QH14;\n")] == ["80", "63"]


def test_a_form_numbered_after_mau_so_is_no_citation():
    # realdocs 72d08272 (a tax letter quoting a circular), as written: the notice is a form's, cited as one before.
    raw = (
        "*b.1) Thông báo không chấp thuận việc nộp dần tiền thuế nợ theo mẫu số 03/NDAN ban hành kèm theo phụ lục I "
        "Thông tư này đối với trường hợp phát hiện thư bảo lãnh có dấu hiệu không hợp pháp;*\n"
    )
    assert _cites(raw) == []
    # A report named before its number stays one: "Báo cáo thẩm tra số …".
    assert [c.number for c in _cites("Xét Báo cáo thẩm tra số 123/BC-BPC ngày 25 tháng 11 năm 2025;\n")] == ["123"]


def test_an_issuer_broken_by_a_blank_line_inside_its_level_word_is_read_whole():
    # realdocs 1a434d0a, the document itself: "… của Ủy ban nhân" / "dân thành" / "" / "phố Cần Thơ về việc …".
    record = extract(read_file(DATA / "1a434d0a7e14dc93.md"))
    (c,) = [c for c in record.cites if c.number == "1849"]
    assert c.issuer == "Ủy ban nhân dân thành phố Cần Thơ"


def test_proposing_subject_pattern():
    assert PROPOSING_SUBJECT.search("(Sở Tài chính đã tổng hợp và đề nghị tại ")
    assert PROPOSING_SUBJECT.search("kiến nghị của cử tri do Ủy ban Dân nguyện và Giám sát Quốc hội khóa XV chuyển đến tại ")
    assert PROPOSING_SUBJECT.search(", Sở Y tế đề xuất tại ")
    assert PROPOSING_SUBJECT.search("(Sở Tài chính đã tổng hợp và đề nghị theo ") is None  # no "tại"
    assert PROPOSING_SUBJECT.search("Sở Tài chính đã tổng hợp và đề nghị tại ") is None  # no clause start before it


# ---------------------------------------------------------------------------- names and list heads


def test_a_law_named_in_title_case_with_commas_is_read_with_its_number():
    # fresh15 e3cc9683 (a Cục Thuế letter), as written: read "Luật Khoa học, Công nghệ và Đổi" (unnumbered) before.
    raw = (
        "- Tại Khoản 3 Điều 71 Luật Khoa học, Công nghệ và Đổi mới sáng tạo số\n93/2025/QH15 ngày 27/6/2025 bổ sung vào "
        "Điều 4 (thu nhập miễn\nthuế) của Luật thuế thu nhập cá nhân.\n"
    )
    c = _cites(raw)[0]
    assert (c.doc_type, c.number, c.date) == ("Luật", "93", "2025-06-27")
    assert " ".join(c.surface.split()) == "Luật Khoa học, Công nghệ và Đổi mới sáng tạo số 93/2025/QH15 ngày 27/6/2025"


def test_the_items_of_a_generic_list_head_take_their_type_from_their_symbols():
    # fresh15 b5734329 (a Hà Nội letter), as written: typed "Văn bản" before.
    raw = (
        "Thực hiện Quyết định số 2530/QĐ-TTg ngày 19/11/2025 của Thủ tướng Chính phủ về việc phê duyệt kế hoạch hành "
        "động quốc gia; chỉ đạo của Bộ Nông nghiệp và Môi trường tại các văn bản: số 9593/BNNMT-MT ngày 25/11/2025, số "
        "9671/BNNMT-MT ngày 27/11/2025 về việc triển khai các biện pháp cấp bách ứng phó với đợt ô nhiễm không khí;\n"
    )
    got = _by_number(_cites(raw))
    assert [(got[n].doc_type, got[n].issuer) for n in ("9593", "9671")] == [
        ("Công văn", "Bộ Nông nghiệp và Môi trường"),
        ("Công văn", "Bộ Nông nghiệp và Môi trường"),
    ]
    assert got["2530"].doc_type == "Quyết định"


def test_letters_a_plural_head_lists_share_their_type_and_the_issuer_written_after_the_last():
    # fresh15 4768df91 (a customs letter), as written: the last letter, of another code, was not read, and the issuer
    # written after it was given to none.
    raw = (
        "- Việc thực hiện quyền xuất\nkhẩu của doanh nghiệp FDI được hướng dẫn tại các công văn số 695/TCHQ-GSQL ngày\n"
        "05/02/2021, 4032/TCHQ-GSQL ngày 16/8/2021 và 1238/GSQL-GQ2 ngày 29/7/2024 của Tổng\ncục Hải quan (nay là Cục "
        "Hải quan).\n"
    )
    got = [(c.number, c.doc_type, c.issuer) for c in _cites(raw)]
    assert got == [(n, "Công văn", "Tổng cục Hải quan") for n in ("695", "4032", "1238")]
    # Without the plural head, letters of two codes are two lists: the second's issuer is not the first's.
    raw = "Theo công văn số 695/TCHQ-GSQL ngày 05/02/2021; 1238/GSQL-GQ2 ngày 29/7/2024 của Cục Giám sát quản lý.\n"
    assert [c.number for c in _cites(raw)] == ["695"]


# ---------------------------------------------------------------------------- implements: a nested instrument


def test_an_implementing_paragraph_ends_with_its_sentence_inside_a_line():
    # fresh15 344b9eec (a Công điện of the Prime Minister), as written: NQ 66.7 was implemented with NQ 66.
    raw = (
        "CÔNG ĐIỆN\nTẬP TRUNG HOÀN THÀNH THỰC THI CÁC PHƯƠNG ÁN CẮT GIẢM, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH\n\n"
        "Thực hiện Nghị quyết số 66/NQ-CP ngày 26 tháng 3\nnăm 2025 của Chính phủ về Chương trình cắt giảm, đơn giản "
        "hóa thủ tục hành\nchính (TTHC) liên quan đến hoạt động sản xuất, kinh doanh năm 2025 và 2026, các\nbộ, cơ quan "
        "ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\nđã tập trung triển khai thực hiện các "
        "nhiệm vụ được giao[1]. Chính phủ đã ban hành Nghị quyết số 66.7/2025/NQ-CP ngày\n15 tháng 11 năm 2025 quy định "
        "cắt giảm, đơn giản hóa TTHC dựa trên dữ liệu[2].\n\nI. VỀ HOÀN THIỆN THỂ CHẾ\n"
    )
    header = Header(doc_type="Công điện", issuer="Thủ tướng Chính phủ")
    text = make_text(raw)
    cites = find_citations(text, header)
    assert [c.number for c in cites] == ["66", "66.7"]
    assert [c.number for c in find_implements(text, header, cites)] == ["66"]


def test_an_instrument_nested_in_a_preamble_clause_is_implemented_as_in_seed_003():
    # Seed 003's gold implements CT 33, which its preamble also nests in the subject of CV 1260 ("về việc triển khai
    # thực hiện Chỉ thị số 33/CT-TTg"); the README counts "the instruments in the preamble". examples' Mộc Châu plan,
    # as written: the plan it carries out nests CT 33, implemented too; KL 01 of the body is cited only.
    raw = (
        "KẾ HOẠCH\nThực hiện công tác dân vận chính quyền trên địa bàn huyện năm 2025\n\n"
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 14/02/2025 của UBND tỉnh Sơn La triển khai thực hiện Chỉ thị số "
        "33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ năm 2025; Kế hoạch số 15-KH/HU ngày 20/01/2025 của Huyện ủy "
        "Mộc Châu về công tác dân vận năm 2025, UBND huyện xây dựng Kế hoạch thực hiện như sau:\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "- Gắn với thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.\n"
    )
    header = Header(doc_type="Kế hoạch", issuer="Ủy ban nhân dân huyện Mộc Châu", province="Sơn La", district="Mộc Châu")
    text = make_text(raw)
    cites = find_citations(text, header)
    assert [c.number for c in cites] == ["45", "33", "15", "01"]
    assert [c.number for c in find_implements(text, header, cites)] == ["45", "33", "15"]
