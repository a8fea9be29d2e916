"""Nơi nhận, round 20: the signature column merged into the list with "(Đã ký và đóng dấu)"; an office's heads and
units listed after its code ("VPCP: BTCN, các PCN, Trợ lý TTg, …"); a word whose letters an OCR copy spread ("Đ ả
ng"); a unit of a Party committee's office written as codes ("Phòng TH-VPTU"); "Thủ tướng, các PTTg". Fragments
written in the style of the government's, a city department's and a provincial Party committee's documents."""

from __future__ import annotations

from vanban.loaders.recipients import (
    PARTY_OFFICE_UNIT,
    SIGNATURE_AFTER_ITEM,
    SIGNED_MARK,
    SPREAD_WORD,
    find_recipients,
)
from vanban.loaders.recipients import bodies_named
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

DA_NANG_DEPARTMENT = Header(issuer="Sở Giáo dục và Đào tạo thành phố Đà Nẵng", province="Đà Nẵng")
PRIME_MINISTER = Header(issuer="Thủ tướng Chính phủ")
QUANG_NAM = Header(issuer="Ủy ban nhân dân tỉnh Quảng Nam", province="Quảng Nam")
QUANG_NAM_PARTY = Header(issuer="Tỉnh ủy Quảng Nam", province="Quảng Nam")

DEPARTMENT_LETTER = (
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1234/SGDĐT-VP\nĐà Nẵng, ngày 3 tháng 4 năm 2024\nV/v triển khai công tác tuyển sinh\n"
    "Sở Giáo dục và Đào tạo đề nghị các đơn vị triển khai thực hiện./.\n"
)
GOVERNMENT_DIRECTIVE = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 12/CT-TTg\nHà Nội, ngày 3 tháng 4 năm 2024\n"
    "Thủ tướng Chính phủ yêu cầu các Bộ, ngành, địa phương nghiêm túc thực hiện Chỉ thị này./.\n"
)
PROVINCE_LETTER = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 456/UBND-KGVX\nQuảng Nam, ngày 12 tháng 5 năm 2024\n"
    "UBND tỉnh yêu cầu các cơ quan, đơn vị triển khai thực hiện./.\n"
)
PARTY_LETTER = (
    "TỈNH ỦY QUẢNG NAM\nSố: 123-CV/TU\nTam Kỳ, ngày 3 tháng 4 năm 2024\n"
    "Ban Thường vụ Tỉnh ủy đề nghị các cấp ủy triển khai thực hiện./.\n"
)


def _names(body: str, header: Header) -> list[tuple[str, str | None]]:
    return [(r.name, r.purpose) for r in bodies_named(find_recipients(make_text(body), header))]


def test_signature_column_merged_into_the_list():
    # A PDF copy of a two-column footer: the signer's title on the heading's line, "(Đã ký và đóng dấu)" and the
    # signer's name after two items. Before, the list stopped at its first line and no recipient was read.
    body = DEPARTMENT_LETTER + (
        "Nơi nhận: GIÁM ĐỐC\n-Như trên; (Đã ký và đóng dấu)\nBộ Giáo dục và Đào tạo;\n"
        "Thành ủy, HĐND, UBND thành phố; Lê Thị Bích Thuận\nCác Sở: Y tế, TT&TT;\nUBND các quận, huyện;\n"
        "Giám đốc, PGĐ Sở;\nTrưởng phòng Sở;\nTrang TTĐT Sở;\nLưu: VT, CTrTT.\n"
    )
    assert _names(body, DA_NANG_DEPARTMENT) == [
        ("Bộ Giáo dục và Đào tạo", None),
        ("Thành ủy Đà Nẵng", None),
        ("Hội đồng nhân dân thành phố Đà Nẵng", None),
        ("Ủy ban nhân dân thành phố Đà Nẵng", None),
        ("Sở Y tế thành phố Đà Nẵng", None),
        ("Sở Thông tin và Truyền thông thành phố Đà Nẵng", None),
        ("Ủy ban nhân dân các quận, huyện", None),
        ("Giám đốc Sở", None),
        ("Phó Giám đốc Sở", None),
        ("Trưởng phòng Sở", None),
        ("Trang thông tin điện tử Sở", None),
        ("Lưu: VT, CTrTT", "lưu"),
    ]


def test_signed_marks_pattern():
    assert SIGNATURE_AFTER_ITEM.search("-Như trên; (Đã ký và đóng dấu)")
    assert SIGNATURE_AFTER_ITEM.search("- Sở Y tế; (đã ký, đóng dấu)")
    assert SIGNATURE_AFTER_ITEM.search("- Thường trực HĐND tỉnh (b/c); (Đã ký)")
    # A mark of purpose is no signature.
    assert SIGNATURE_AFTER_ITEM.search("- Thường trực HĐND tỉnh (để báo cáo);") is None


def test_government_office_heads_and_units():
    body = GOVERNMENT_DIRECTIVE + (
        "Nơi nhận:\n- Như trên;\n- Thủ tướng, các PTTg;\n"
        "- VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, Công báo;\n- Lưu: VT, NN (2).\nTHỦ TƯỚNG\n"
    )
    # Before: "Thủ tướng, các Phó Thủ tướng" (one) and "Văn phòng Chính phủ" for the whole VPCP line.
    assert _names(body, PRIME_MINISTER) == [
        ("Thủ tướng Chính phủ", None),
        ("các Phó Thủ tướng Chính phủ", None),
        ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", None),
        ("các Phó Chủ nhiệm Văn phòng Chính phủ", None),
        ("Trợ lý Thủ tướng Chính phủ", None),
        ("Tổng Giám đốc Cổng Thông tin điện tử Chính phủ", None),
        ("Các Vụ, Cục thuộc Văn phòng Chính phủ", None),
        ("Công báo", None),
        ("Lưu: VT, NN (2)", "lưu"),
    ]


def test_province_office_heads_and_units():
    body = PROVINCE_LETTER + (
        "Nơi nhận:\n- Như trên;\n- Văn phòng UBND tỉnh: CVP, các PCVP, các phòng, đơn vị, Trung tâm Tin học - Công báo;\n"
        "- Lưu: VT, KGVX.\nCHỦ TỊCH\n"
    )
    assert _names(body, QUANG_NAM) == [
        ("Chánh Văn phòng Ủy ban nhân dân tỉnh", None),
        ("các Phó Chánh Văn phòng Ủy ban nhân dân tỉnh", None),
        ("Các phòng, đơn vị thuộc Văn phòng Ủy ban nhân dân tỉnh", None),
        ("Trung tâm Tin học - Công báo", None),
        ("Lưu: VT, KGVX", "lưu"),
    ]


def test_office_units_written_as_codes_name_the_office():
    # Units written as codes (TH, KGVX) are not guessed: the office stands for them, as round 11 decided.
    body = PROVINCE_LETTER + "Nơi nhận:\n- Như trên;\n- VP UBND tỉnh: LĐVP, TH, KGVX, các phòng;\n- Lưu: VT.\nCHỦ TỊCH\n"
    assert _names(body, QUANG_NAM) == [("Văn phòng Ủy ban nhân dân tỉnh", None), ("Lưu: VT", "lưu")]


def test_party_office_unit_codes():
    body = PARTY_LETTER + (
        "Nơi nhận:\n- Như trên,\n- Thường trực Tỉnh ủy (b/c),\n- Chuyên viên Phòng TH-VPTU,\n- Lưu Văn phòng Tỉnh ủy.\n"
        "T/L BAN THƯỜNG VỤ\n"
    )
    assert _names(body, QUANG_NAM_PARTY) == [
        ("Thường trực Tỉnh ủy", "báo cáo"),
        ("Chuyên viên Phòng Tổng hợp - Văn phòng Tỉnh ủy", None),
        ("Lưu Văn phòng Tỉnh ủy", "lưu"),
    ]
    assert PARTY_OFFICE_UNIT.search("Phòng TH - VPHU")
    assert PARTY_OFFICE_UNIT.search("Phòng TH-VPTUX") is None


def test_letters_spread_by_ocr():
    body = PARTY_LETTER + "Nơi nhận:\n- Các Ban của Đ ả ng,\n- Đ ả n g ủy Khối cơ quan tỉnh,\n- Lưu Văn phòng Tỉnh ủy.\nT/L BAN THƯỜNG VỤ\n"
    assert _names(body, QUANG_NAM_PARTY) == [
        ("Các Ban của Đảng", None),
        ("Đảng ủy Khối cơ quan tỉnh Quảng Nam", None),
        ("Lưu Văn phòng Tỉnh ủy", "lưu"),
    ]
    # Single letters that are words stay apart: "Sở Y tế", a hamlet's "A", a list of codes.
    assert SPREAD_WORD.search("Sở Y tế") is None
    assert SPREAD_WORD.search("Khu phố A ấp B") is None
    assert SPREAD_WORD.search("Tổ 1 a b") is None


def test_markdown_table_cell_list():
    # The list and the signature as two cells of one table row: every item read, the signer's cell not.
    body = GOVERNMENT_DIRECTIVE + (
        "| *Nơi nhận:* - Ban Bí thư Trung ương Đảng; - Thủ tướng, các Phó Thủ tướng Chính phủ; - Các Bộ, cơ quan "
        "ngang Bộ; - Lưu: VT, NN (2). | THỦ TƯỚNG Phạm Minh Chính |\n"
    )
    assert _names(body, PRIME_MINISTER) == [
        ("Ban Bí thư Trung ương Đảng", None),
        ("Thủ tướng Chính phủ", None),
        ("các Phó Thủ tướng Chính phủ", None),
        ("Các Bộ", None),
        ("Các cơ quan ngang Bộ", None),
        ("Lưu: VT, NN (2)", "lưu"),
    ]


def test_government_office_units_directly_under_it():
    body = GOVERNMENT_DIRECTIVE + (
        "Nơi nhận:\n- Như trên;\n- VPCP: BTCN, các PCN, TGĐ Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo;\n"
        "- Lưu: VT, KGVX (3).\nTHỦ TƯỚNG\n"
    )
    assert _names(body, PRIME_MINISTER)[3:5] == [
        ("Các Vụ, Cục, đơn vị trực thuộc Văn phòng Chính phủ", None),
        ("Công báo", None),
    ]
    # A unit written as a code among them: the office itself, as before.
    body = GOVERNMENT_DIRECTIVE + "Nơi nhận:\n- VPCP: BTCN, các PCN, Vụ TCCV, Công báo;\n- Lưu: VT.\nTHỦ TƯỚNG\n"
    assert _names(body, PRIME_MINISTER) == [("Văn phòng Chính phủ", None), ("Lưu: VT", "lưu")]


def test_party_boards_then_the_office_after_a_comma():
    # "Các ban đảng, Văn phòng Tỉnh ủy": the committee's boards and its office, two entries (as "… và VP Tỉnh ủy" is);
    # before, one entry.
    body = PARTY_LETTER + "Nơi nhận:\n- Các ban đảng, Văn phòng Tỉnh ủy,\n- Các phòng, ban chuyên môn,\n- Lưu Văn phòng Tỉnh ủy.\nT/M BAN THƯỜNG VỤ\n"
    assert _names(body, QUANG_NAM_PARTY) == [
        ("Các ban đảng Tỉnh ủy", None),
        ("Văn phòng Tỉnh ủy", None),
        ("Các phòng, ban chuyên môn", None),
        ("Lưu Văn phòng Tỉnh ủy", "lưu"),
    ]


def test_court_and_procuracy_take_the_level():
    # "TAND, VKSND tỉnh": the province's court and procuracy (before, the court had no place).
    body = PROVINCE_LETTER + "Nơi nhận:\n- TAND, VKSND tỉnh;\n- TAND, VKSND các huyện, thị xã, thành phố;\n- Lưu: VT.\nCHỦ TỊCH\n"
    assert _names(body, QUANG_NAM) == [
        ("Tòa án nhân dân tỉnh Quảng Nam", None),
        ("Viện Kiểm sát nhân dân tỉnh Quảng Nam", None),
        ("Tòa án nhân dân các huyện, thị xã, thành phố", None),
        ("Viện Kiểm sát nhân dân các huyện, thị xã, thành phố", None),
        ("Lưu: VT", "lưu"),
    ]


def test_office_head_named_with_its_holder():
    # "PCN Nguyễn Sỹ Hiệp": the Phó Chủ nhiệm is the recipient, his name dropped.
    body = GOVERNMENT_DIRECTIVE + (
        "Nơi nhận:\n- VPCP: BTCN, PCN Nguyễn Sỹ Hiệp, Trợ lý TTg, Công báo;\n- Lưu: VT, NN.\nTHỦ TƯỚNG\n"
    )
    assert _names(body, PRIME_MINISTER) == [
        ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", None),
        ("Phó Chủ nhiệm Văn phòng Chính phủ", None),
        ("Trợ lý Thủ tướng Chính phủ", None),
        ("Công báo", None),
        ("Lưu: VT, NN", "lưu"),
    ]
    # A place after an office is no holder: the list is left to the office itself.
    body = PROVINCE_LETTER + "Nơi nhận:\n- VP UBND tỉnh: CVP, PCVP Hội An;\n- Lưu: VT.\nCHỦ TỊCH\n"
    assert _names(body, QUANG_NAM)[0] == ("Văn phòng Ủy ban nhân dân tỉnh", None)


def test_ministry_heads_and_units_after_its_name():
    body = GOVERNMENT_DIRECTIVE + (
        "Nơi nhận:\n- Bộ Y tế: Bộ trưởng, các Thứ trưởng;\n- Bộ Tư pháp: Bộ trưởng, các Thứ trưởng, các Vụ, Cục;\n"
        "- Lưu: VT, KGVX.\nTHỦ TƯỚNG\n"
    )
    # Before: "Bộ Y tế" and "Bộ Tư pháp", the heads unread.
    assert _names(body, PRIME_MINISTER) == [
        ("Bộ trưởng Bộ Y tế", None),
        ("các Thứ trưởng Bộ Y tế", None),
        ("Bộ trưởng Bộ Tư pháp", None),
        ("các Thứ trưởng Bộ Tư pháp", None),
        ("Các Vụ, Cục thuộc Bộ Tư pháp", None),
        ("Lưu: VT, KGVX", "lưu"),
    ]


def test_signature_lines_between_unmarked_items():
    # A list without list marks, the signature column's "(Đã ký)" and the signer's name on lines of their own
    # between its items; before, the list stopped at "(Đã ký)" and only "Bộ Giáo dục và Đào tạo" was read.
    body = DEPARTMENT_LETTER + (
        "Nơi nhận: GIÁM ĐỐC\nBộ Giáo dục và Đào tạo;\n(Đã ký)\nUBND thành phố;\nCác trường THPT;\nLê Văn Hùng\nLưu: VT.\n"
    )
    assert _names(body, DA_NANG_DEPARTMENT) == [
        ("Bộ Giáo dục và Đào tạo", None),
        ("Ủy ban nhân dân thành phố Đà Nẵng", None),
        ("Các trường Trung học phổ thông", None),
        ("Lưu: VT", "lưu"),
    ]
    assert SIGNED_MARK.fullmatch("(Đã ký và đóng dấu)")
    assert SIGNED_MARK.fullmatch("(để báo cáo)") is None
