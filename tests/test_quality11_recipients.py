"""Nơi nhận, round 11: blocks in formats other than the seeds' and the corpus' — a markdown heading
and an inline formula from an OCR tool, a Word file's path under the block, units listed under
their body in "+" lines, a standing committee of a people's committee, a Party committee's boards
by their codes, a city's codes glued to "TP", an item whose list mark an OCR copy lost. Fragments
written in the style of the real documents surveyed (provincial portals, OCR output of PDFs)."""

from __future__ import annotations

from vanban.loaders.recipients import find_recipients
from vanban.loaders.recipients import bodies_named
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

LAI_CHAU = Header(issuer="Ủy ban nhân dân tỉnh Lai Châu", province="Lai Châu")
HAU_GIANG = Header(issuer="Ủy ban nhân dân tỉnh Hậu Giang", province="Hậu Giang")
BAC_NINH = Header(issuer="Ủy ban nhân dân tỉnh Bắc Ninh", province="Bắc Ninh")
CAN_THO = Header(issuer="Ủy ban nhân dân thành phố Cần Thơ", province="Cần Thơ")


def _recipients(closing: str, header: Header) -> list[tuple[str, str | None]]:
    text = make_text("QUYẾT ĐỊNH\nVề việc\nĐiều 1. Ban hành.\nĐiều 3. Thi hành Quyết định này./.\n" + closing)
    return [(r.name, r.purpose) for r in bodies_named(find_recipients(text, header))]


def test_markdown_heading_and_inline_formula_of_an_ocr_tool():
    closing = """# Nơi nhận:

- Như Điều 3;   
- Cục KSTTHC - VPCP;   
- Chủ tịch UBND tỉnh $( \\mathsf { b } / \\mathsf { c } )$ ;   
- VNPT Lai Châu (p/h);   
- Lưu: VT, Hcc6.
"""
    assert _recipients(closing, LAI_CHAU) == [
        ("Cục Kiểm soát thủ tục hành chính - Văn phòng Chính phủ", None),
        ("Chủ tịch Ủy ban nhân dân tỉnh", "báo cáo"),
        ("VNPT Lai Châu", "phối hợp"),
        ("Lưu: VT, Hcc6", "lưu"),
    ]


def test_word_file_path_is_no_part_of_the_archive_line():
    closing = """Nơi nhận:
- TT. HĐND, UBND tỉnh;
- Ban TG Tỉnh ủy;
- Lưu: VT, NCTH.HH
d:\\2011\\CV\\SVH\\T4\\Bau cho Vinh Ha Long
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""
    got = _recipients(closing, HAU_GIANG)
    assert ("Lưu: VT, NCTH.HH", "lưu") in got
    assert ("Ban Tuyên giáo Tỉnh ủy Hậu Giang", None) in got


def test_standing_committee_of_the_peoples_committee():
    closing = "Nơi nhận:\n- Như trên;\n- TT. UBND tỉnh;\n- Lưu: VT,TH. TT.\n"
    assert ("Thường trực Ủy ban nhân dân tỉnh", None) in _recipients(closing, HAU_GIANG)


def test_units_listed_under_their_body_in_plus_lines():
    closing = """*Nơi nhận:*
- Như Điều 3;
- Bộ Công Thương;
- Văn phòng UBND tỉnh:
+ LĐVP, TPKTTH, KGVX, TH;
+ Lưu: VT, KTTHTú.
"""
    assert _recipients(closing, BAC_NINH) == [
        ("Bộ Công Thương", None),
        ("Văn phòng Ủy ban nhân dân tỉnh", None),
        ("Lưu: VT, KTTHTú", "lưu"),
    ]


def test_city_codes_glued_and_an_item_without_its_mark():
    closing = """# Nơi nhận:

- TT.TU, TT.HĐNDTP;   
- Ban TG&DVTU;   
Sở, ban ngành thành phố;   
- VP UBNDTP;   
- Lưu: VT.
"""
    assert _recipients(closing, CAN_THO) == [
        ("Thường trực Thành ủy Cần Thơ", None),
        ("Thường trực Hội đồng nhân dân thành phố Cần Thơ", None),
        ("Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ", None),
        ("Sở, ban ngành thành phố", None),
        ("Văn phòng Ủy ban nhân dân thành phố", None),  # the issuer's own office: the text's wording
        ("Lưu: VT", "lưu"),
    ]


def test_board_codes_need_a_party_committee_after_them():
    # "Ban TC" of a project is no Party board.
    got = _recipients("Nơi nhận:\n- Ban TC dự án;\n- Lưu: VT.\n", LAI_CHAU)
    assert got[0][0].startswith("Ban TC")


KHANH_HOA = Header(issuer="Ủy ban nhân dân tỉnh Khánh Hòa", province="Khánh Hòa")


def test_boards_of_a_council_and_a_communes_office_by_their_codes():
    closing = "Nơi nhận:\n- Như trên;\n- Ban KT-NS HĐND tỉnh;\n- Ban VH-XH HĐND tỉnh;\n- Phòng VH-XH xã (b/c);\n- Lưu: VT.\n"
    got = _recipients(closing, KHANH_HOA)
    assert ("Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Khánh Hòa", None) in got
    assert ("Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh Khánh Hòa", None) in got
    assert ("Phòng Văn hóa - Xã hội xã", "báo cáo") in got


BO_CONG_AN = Header(issuer="Văn phòng Bộ Công an", issuer_parent="Bộ Công an")


def test_report_mark_naming_whom_and_an_honorific_before_one_holder():
    closing = """Nơi nhận:
- Đồngchí Giám đốc Công an thành phố Hà Nội;
- Các VK (để b/c lãnh đạo Bộ);
- Đ/c Chánh Văn phòng Bộ (để b/c);
- Các đ/c Phó Văn phòng Bộ (để biết);
- Lưu: VT, V11 (TTTTBC).
"""
    assert _recipients(closing, BO_CONG_AN) == [
        ("Giám đốc Công an thành phố Hà Nội", None),
        ("Các VK", "báo cáo"),
        ("Chánh Văn phòng Bộ", "báo cáo"),
        ("Các đồng chí Phó Văn phòng Bộ", None),  # a group keeps its honorific (round 9), expanded (round 18)
        ("Lưu: VT, V11 (TTTTBC)", "lưu"),
    ]
