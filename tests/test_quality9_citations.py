"""Citations, round 9: forms real documents use that the corpus had few of — type abbreviations
before "số" ("NQ số 44-NQ/TW"), lists whose later items drop the type word ("các Nghị quyết số
18-NQ/TW, 19-NQ/TW ngày …"), and lists whose issuer is written once after the last item. Corpus
fragments are quoted as written; the others are realistic fragments in the same style."""

from vanban.loaders.citation_anchors import ABBREVIATED_TYPE_BEFORE, CHAIN_GAP
from vanban.loaders.citations import find_citations
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

QUANG_TRI = Header(issuer="Ủy ban nhân dân tỉnh Quảng Trị", province="Quảng Trị")
LUNG_CU = Header(issuer="Đảng ủy xã Lũng Cú", province="Hà Giang", district="Đồng Văn")
BAO_LAM = Header(issuer="Trường Trung học cơ sở Lý Bôn", province="Cao Bằng", district="Bảo Lâm")


def _by_number(raw: str, header: Header) -> dict[str, object]:
    return {c.number: c for c in find_citations(make_text(raw), header)}


def test_abbreviated_type_before_so():
    assert ABBREVIATED_TYPE_BEFORE.search("1. Triển khai NQ số ")["abbr"] == "NQ"
    assert ABBREVIATED_TYPE_BEFORE.search("Thực hiện KH số: ")["abbr"] == "KH"
    assert ABBREVIATED_TYPE_BEFORE.search("theoCV số ")["abbr"] == "CV"
    assert ABBREVIATED_TYPE_BEFORE.search("theo KH ") is None  # "số" is required
    assert ABBREVIATED_TYPE_BEFORE.search("theo kh số ") is None  # case-sensitive
    assert ABBREVIATED_TYPE_BEFORE.search("UBKH số ") is None  # a word's end is no abbreviation


def test_abbreviated_types_are_cited():
    raw = (
        "KẾ HOẠCH\nhọc tập\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Triển khai NQ số 44-NQ/TW ngày 24/11/2023 về Chiến lược bảo vệ Tổ quốc.\n"
        "2. Thực hiện KH số 45/KH-UBND ngày 12/3/2024 của UBND xã; CV số 120/UBND-VP ngày 01/02/2024 của UBND\n"
        "huyện.\n3. Theo QĐ số 15/KH-UBND ngày 1/2/2024.\n"
    )
    got = _by_number(raw, LUNG_CU)
    assert (got["44"].doc_type, got["44"].symbol, got["44"].date) == ("Nghị quyết", "NQ/TW", "2023-11-24")
    assert got["44"].surface == "NQ số 44-NQ/TW ngày 24/11/2023"
    assert (got["45"].doc_type, got["45"].symbol) == ("Kế hoạch", "KH-UBND")
    assert (got["120"].doc_type, got["120"].issuer) == ("Công văn", "Ủy ban nhân dân huyện Đồng Văn")
    # An abbreviation that the symbol's type code contradicts is not read as the type.
    assert "15" not in got


def test_list_item_without_its_type_word():
    raw = (
        "KẾ HOẠCH\nthực hiện\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt sâu sắc các Nghị quyết số 18-NQ/TW, 19-NQ/TW\n"
        "ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII và Kết luận số\n21-KL/TW.\n"
    )
    got = _by_number(raw, LUNG_CU)
    assert set(got) == {"18", "19", "21"}
    nineteen = got["19"]
    assert (nineteen.doc_type, nineteen.symbol, nineteen.date) == ("Nghị quyết", "NQ/TW", "2017-10-25")
    assert nineteen.surface == "19-NQ/TW ngày 25/10/2017"
    assert nineteen.issuer == got["18"].issuer == "Ban Chấp hành Trung ương Đảng"
    assert got["18"].date == "2017-10-25"  # the list's date


def test_bare_number_of_another_type_is_no_list_item():
    # "Quyết định số 12/QĐ-UBND, 45/KH-UBND": a type code that is not the list's; not read.
    raw = "KẾ HOẠCH\nx\n\nI. MỤC ĐÍCH\n1. Theo Quyết định số 12/QĐ-UBND, 45/KH-UBND ngày 1/2/2024 của UBND huyện.\n"
    got = _by_number(raw, LUNG_CU)
    assert set(got) == {"12"}


def test_chain_gap():
    assert CHAIN_GAP.match(", ")
    assert CHAIN_GAP.match(" và ")
    assert CHAIN_GAP.match(", và ")
    assert not CHAIN_GAP.match("; ")
    assert not CHAIN_GAP.match(" của UBND tỉnh, ")


def test_issuer_written_once_after_a_list():
    # corpus 034 (CT 06/CT-UBND Quảng Trị), as written.
    raw = (
        "CHỈ THỊ\nVề việc\n\nI. NỘI DUNG\ntác quản lý bảo vệ rừng, xử lý tình trạng phá rừng, lấn chiếm đất rừng trái\n"
        "pháp luật; Chỉ thị số 31-CT/TU ngày 06/6/2023, Kế hoạch số 134-KH/TU ngày\n"
        "29/12/2023 của Ban Thường vụ Tỉnh ủy; Chỉ thị số 03/CT-UBND ngày 19/3/2019,\n"
        "Phương án số 728/PA-UBND ngày 28/02/2025 của UBND tỉnh, và để nâng cao hiệu quả\n"
    )
    got = _by_number(raw, QUANG_TRI)
    assert got["31"].issuer == got["134"].issuer == "Ban Thường vụ Tỉnh ủy Quảng Trị"
    assert got["03"].issuer == got["728"].issuer == "Ủy ban nhân dân tỉnh Quảng Trị"
    assert "issuer written once after the list" in got["31"].note


def test_list_issuer_is_not_given_to_another_body():
    # The body codes differ (TTg, UBND): the issuer after the list is only the last item's.
    raw = (
        "KẾ HOẠCH\nx\n\nI. MỤC ĐÍCH\n1. Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 và Kế hoạch số 45/KH-UBND\n"
        "ngày 14/02/2025 của UBND huyện Bảo Lâm; Quyết định số 3869/QĐ-BYT ngày 26/8/2019; Quyết định số\n"
        "4858/QĐ-BYT ngày 03/12/2013 của Bộ trưởng Bộ Y tế.\n"
    )
    got = _by_number(raw, BAO_LAM)
    assert got["33"].issuer == "Thủ tướng Chính phủ"  # inferred from TTg, not the UBND's
    assert got["45"].issuer == "Ủy ban nhân dân huyện Bảo Lâm"
    # A semicolon ends a list: 3869 keeps its issuer inferred from its own symbol.
    assert got["3869"].issuer == "Bộ Y tế"
    assert got["4858"].issuer == "Bộ trưởng Bộ Y tế"


def test_ministry_code_without_ampersand_is_expanded():
    raw = "KẾ HOẠCH\nx\n\nCăn cứ Công văn số 3456/SGDĐT-GDTrH ngày 25/8/2024 của Sở GDĐT về hướng dẫn nhiệm vụ;\n"
    got = _by_number(raw, BAO_LAM)
    assert got["3456"].issuer == "Sở Giáo dục và Đào tạo tỉnh Cao Bằng"


LUONG_MINH = Header(issuer="Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh", province="Quảng Ninh")
# corpus 061 (KH …/KH-MTTQ-BTT Lương Minh): the preamble and two later lines, as written.
LUONG_MINH_061 = (
    "KẾ HOẠCH\nTổ chức hội nghị\n\n"
    "Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân; Căn cứ Nghị quyết số 101/2025/UBTVQH15 "
    "của Ủy ban Thường vụ Quốc hội quy định chi tiết, hướng dẫn về việc tổ chức Hội nghị cử tri; Căn cứ Nghị quyết "
    "liên tịch số 102/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN hướng dẫn quy trình hiệp thương, giới thiệu người ứng "
    "cử; Thực hiện Hướng dẫn số 03/HD-MTTQ-BTT ngày 08/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh "
    "Quảng Ninh.\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n"
    "- Trình tự tổ chức thực hiện theo Điều 2, 3, 4 Nghị quyết số 101/2025/UBTVQH15 và Điều 21, 22 Nghị quyết "
    "liên tịch số 102/2025/NQLT.\n\n"
    "Điều 54 và Điều 55 của Luật bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân và các Điều 2, 3, 4 của "
    "Nghị quyết liên tịch số 101/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội, cụ thể như sau:\n"
)


def test_one_number_and_symbol_with_its_year_under_two_types_is_one_instrument():
    cites = find_citations(make_text(LUONG_MINH_061), LUONG_MINH)
    ones = [c for c in cites if c.number == "101"]
    assert len(ones) == 1
    assert ones[0].doc_type == "Nghị quyết"  # as first cited
    assert ones[0].mentions == 3
    assert "also cited as Nghị quyết liên tịch" in ones[0].note


def test_a_symbol_cut_short_is_the_same_instrument():
    cites = find_citations(make_text(LUONG_MINH_061), LUONG_MINH)
    joint = [c for c in cites if c.number == "102"]
    assert len(joint) == 1
    assert joint[0].symbol == "2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN"
    assert joint[0].mentions == 2


def test_a_cut_symbol_needs_the_same_year():
    raw = (
        "KẾ HOẠCH\nx\n\nI. MỤC ĐÍCH\n1. Theo Kế hoạch số 12/KH-UBND ngày 1/2/2024 của UBND huyện Bảo Lâm và Kế hoạch\n"
        "số 12/KH ngày 5/3/2023 của Trường.\n"
    )
    cites = [c for c in find_citations(make_text(raw), BAO_LAM) if c.number == "12"]
    assert len(cites) == 2  # no year in the symbols: two series may share a number


def test_joint_instrument_gets_no_single_issuer_from_its_symbol():
    cites = find_citations(make_text(LUONG_MINH_061), LUONG_MINH)
    joint = next(c for c in cites if c.number == "102")
    # No single issuer: the three bodies its codes name, joined as a joint instrument's (round 24 names the Front's).
    assert joint.issuer == (
        "Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    )
    raw = "KẾ HOẠCH\nx\n\nI. MỤC ĐÍCH\n1. Theo Thông tư liên tịch số 35/2014/TTLT-BGDĐT-BTC và Thông tư số 22/2021/TT-BGDĐT.\n"
    got = _by_number(raw, BAO_LAM)
    # No single issuer: each ministry its codes name, joined as a joint instrument's (session 14).
    assert got["35"].issuer == "Bộ Giáo dục và Đào tạo, Bộ Tài chính"
    assert got["22"].issuer == "Bộ Giáo dục và Đào tạo"


LAO_CAI = Header(issuer="Sở Nội vụ tỉnh Lào Cai", province="Lào Cai")


def test_type_word_missing_diacritics_is_read_and_implemented():
    raw = (
        "KẾ HOẠCH\nCải cách hành chính năm 2024\n\n"
        "Thực hiện Quyết đinh số 45/QĐ-UBND ngày 10/01/2024 của UBND tỉnh Lào Cai về ban hành Kế hoạch;\n"
        "Thực hiện Nghi quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể;\n"
        "Sở Nội vụ ban hành Kế hoạch như sau:\n\nI. MỤC TIÊU\n1. Theo Kê hoạch số 56/KH-UBND ngày 01/02/2024.\n"
    )
    text = make_text(raw)
    got = {c.number: c for c in find_citations(text, LAO_CAI)}
    assert (got["45"].doc_type, got["45"].surface) == ("Quyết định", "Quyết đinh số 45/QĐ-UBND ngày 10/01/2024")
    assert got["45"].issuer == "Ủy ban nhân dân tỉnh Lào Cai"
    assert "type word written 'Quyết đinh'" in got["45"].note
    assert (got["76"].doc_type, got["76"].issuer) == ("Nghị quyết", "Chính phủ")
    assert got["56"].doc_type == "Kế hoạch"
    from vanban.loaders.extract import extract

    implemented = {c.number for c in extract(text).implements}
    assert {"45", "76"} <= implemented and "56" not in implemented


def test_misspelt_type_must_agree_with_the_symbol_and_spell_a_type():
    raw = (
        "KẾ HOẠCH\nx\n\nI. MỤC TIÊU\n1. Theo Quyết đinh số 56/KH-UBND ngày 01/02/2024.\n"
        "2. Thực hiện tốt nhiệm vụ tại thôn số 12/3 và đội số 4/KH-UBND.\n3. Theo NGHI QUYET số 7/NQ-CP.\n"
    )
    got = {c.number for c in find_citations(make_text(raw), LAO_CAI)}
    assert got == set()


def test_what_a_notice_of_the_office_concludes_is_not_its_issuer():
    raw = (
        "KẾ HOẠCH\nx\n\nI. MỤC TIÊU\n3. Thực hiện Thông báo số 246/TB-VPCP ngày 01/6/2023 của Văn phòng Chính phủ kết\n"
        "luận của Thủ tướng Chính phủ tại cuộc họp.\n"
    )
    (c,) = find_citations(make_text(raw), LAO_CAI)
    assert c.issuer == "Văn phòng Chính phủ"


def test_constitution_with_the_state_name():
    raw = (
        "KẾ HOẠCH\nTriển khai công tác năm 2024\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013;\n"
        "Căn cứ Bộ luật Lao động số 45/2019/QH14 ngày 20/11/2019;\nPhòng xây dựng kế hoạch như sau:\n\n"
        "I. MỤC ĐÍCH\n1. Tuyên truyền Hiến pháp năm 2013 và Hiến pháp năm 1992.\n"
    )
    text = make_text(raw)
    cites = [c for c in find_citations(text, BAO_LAM) if c.doc_type == "Hiến pháp"]
    assert [(c.surface, c.year, c.mentions) for c in cites] == [
        ("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013", 2013, 2),
        ("Hiến pháp năm 1992", 1992, 1),
    ]
    from vanban.loaders.extract import extract

    assert [c.doc_type for c in extract(text).implements] == ["Hiến pháp", "Bộ luật"]


def test_number_word_without_its_tone_mark():
    raw = "KẾ HOẠCH\nx\n\nI. MỤC ĐÍCH\n1. Theo Quyết định sô 1234/QĐ-UBND ngày 10/10/2023 của UBND huyện Bảo Lâm.\n"
    (c,) = find_citations(make_text(raw), BAO_LAM)
    assert (c.surface, c.doc_type, c.issuer) == (
        "Quyết định sô 1234/QĐ-UBND ngày 10/10/2023", "Quyết định", "Ủy ban nhân dân huyện Bảo Lâm"
    )


def test_issuer_ends_before_the_next_sections_numeral():
    # A title that ends with the issuer, the section heading on the next line (line breaks are folded).
    raw = (
        "KẾ HOẠCH\nTriển khai thực hiện Quyết định số 1234/QĐ-UBND ngày 10/10/2023 của UBND tỉnh\n\n"
        "I. MỤC ĐÍCH\n1. Tuyên truyền.\n"
    )
    (c,) = find_citations(make_text(raw), Header())
    assert c.issuer == "Ủy ban nhân dân tỉnh"


def test_law_year_written_without_nam():
    raw = (
        "KẾ HOẠCH\nTuyên truyền pháp luật năm 2025\n\nI. MỤC ĐÍCH\n"
        "1. Tuyên truyền Luật Đất đai 2024, Luật Nhà ở 2023 và Bộ luật Dân sự 2015 đến Nhân dân.\n"
        "2. Phổ biến Luật Đất đai năm 2024 và Luật Xây dựng năm 2014.\n"
    )
    cites = find_citations(make_text(raw), BAO_LAM)
    assert [(c.surface, c.year, c.mentions) for c in cites] == [
        ("Luật Đất đai 2024", 2024, 2),
        ("Luật Nhà ở 2023", 2023, 1),
        ("Bộ luật Dân sự 2015", 2015, 1),
        ("Luật Xây dựng năm 2014", 2014, 1),
    ]


def test_law_names_with_a_comma():
    raw = (
        "KẾ HOẠCH\nx\n\nI. MỤC ĐÍCH\n1. Quán triệt Luật Trật tự, an toàn giao thông đường bộ; Luật Thực hành tiết kiệm,\n"
        "chống lãng phí; Luật Phòng, chống tác hại của rượu, bia và Luật Khiếu nại, tố cáo.\n"
    )
    surfaces = [c.surface for c in find_citations(make_text(raw), BAO_LAM)]
    assert surfaces == [
        "Luật Trật tự, an toàn giao thông đường bộ",
        "Luật Thực hành tiết kiệm, chống lãng phí",
        "Luật Phòng, chống tác hại của rượu, bia",
        "Luật Khiếu nại, tố cáo",
    ]


def test_a_span_of_years_is_no_number_and_symbol():
    raw = (
        "KẾ HOẠCH\nNăm học 2024-2025\n\nI. MỤC ĐÍCH\n1. Xây dựng Kế hoạch 2024-2025 của nhà trường; Chương trình\n"
        "2021 - 2025 về giảm nghèo.\n2. Thực hiện Thông tư 01/2024 của Bộ Y tế.\n"
    )
    assert [c.number for c in find_citations(make_text(raw), BAO_LAM)] == ["01"]


def test_bulleted_preamble_keeps_xet_out_of_implements():
    raw = (
        "ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG KHƯƠNG\nSố: 120/QĐ-UBND\nMường Khương, ngày 05 tháng 3 năm 2024\n\n"
        "QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch phòng, chống thiên tai năm 2024\n\n"
        "ỦY BAN NHÂN DÂN HUYỆN MƯỜNG KHƯƠNG\n\n"
        "- Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
        "- Căn cứ Quyết định số 456/QĐ-UBND ngày 20/02/2024 của UBND tỉnh Lào Cai;\n"
        "- Xét đề nghị của Trưởng phòng Nông nghiệp và PTNT tại Tờ trình số 15/TTr-NN ngày 01/3/2024.\n\n"
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống thiên tai năm 2024.\n"
    )
    from vanban.loaders.extract import extract

    record = extract(make_text(raw))
    assert {c.doc_type for c in record.cites} == {"Luật", "Quyết định", "Tờ trình"}
    assert [c.doc_type for c in record.implements] == ["Luật", "Quyết định"]


DONG_THAP = Header(issuer="Hội đồng nhân dân tỉnh Đồng Tháp", province="Đồng Tháp")
# A resolution of HĐND tỉnh Đồng Tháp (2017), its preamble as published (OCR slips kept).
DONG_THAP_PREAMBLE = (
    "NGHỊ QUYẾT\nVỀ MỨC PHÂN BỔ\nKINH PHÍ BẢO ĐẢM CHO CÔNG TÁC XÂY DỰNG VĂN BẢN QUY PHẠM PHÁP LUẬT\n"
    "HỘI ĐỒNG NHÂN DÂN TỈNH ĐỒNG THÁP\nKHÓA IX - KỲ HỌP THỨ NĂM\n"
    "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng\n6 năm 2015;\n"
    "Cân cứ Luật ban hành văn bản quy phạm pháp\nluật năm 2015;\n"
    "Căn cứ Nghị định số 34/2016/NĐ-CP ngày\n15/4/2016 của Chính phủ về quy định chi tiết một số điều và biện pháp thi hành\n"
    "Luật ban hành văn bản quy phạm pháp luật;\n"
    "Xét Tờ trình số 42/TTr-UBND ngày 29 tháng 5\nnăm 2017 của Ủy ban nhân dân tỉnh Đồng Tháp thông qua dự thảo Nghị quyết; Báo cáo thẩm\n"
    "tra 147/BC-HĐND ngày 16 tháng 6 năm 2017 cùa Ban Kinh tế - Ngân sách Hội đồng\nnhân dân Tỉnh; ý kiến thảo luận.\n"
    "QUYẾT NGHỊ:\nĐiều 1. Thống nhất mức phân bổ.\n"
)


def test_lower_case_law_name_opening_with_ban_hanh_and_a_misspelt_opening():
    from vanban.loaders.extract import extract

    record = extract(make_text(DONG_THAP_PREAMBLE))
    law = next(c for c in record.cites if c.surface.startswith("Luật ban hành"))
    assert (law.surface, law.year, law.mentions) == ("Luật ban hành văn bản quy phạm pháp luật năm 2015", 2015, 2)
    assert any(c is law for c in record.implements)


def test_report_named_without_so():
    cites = {c.number: c for c in find_citations(make_text(DONG_THAP_PREAMBLE), DONG_THAP)}
    report = cites["147"]
    assert (report.doc_type, report.surface) == ("Báo cáo", "Báo cáo thẩm tra 147/BC-HĐND ngày 16 tháng 6 năm 2017")
    assert report.issuer == "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Đồng Tháp"  # after "cùa"


def test_report_without_so_needs_its_type_code():
    raw = "KẾ HOẠCH\nx\n\nI. MỤC ĐÍCH\n1. Theo Báo cáo tổng hợp 12/KH-UBND; Báo cáo theo 15/BC-UBND.\n"
    assert find_citations(make_text(raw), DONG_THAP) == []


def test_plenum_named_by_its_number_is_the_central_committee():
    raw = (
        "KẾ HOẠCH\nx\n\nI. MỤC ĐÍCH\n1. Tiếp tục thực hiện Nghị quyết số 04-NQ/TW ngày 30/10/2016 của Hội nghị Trung ương 4\n"
        "khóa XII về tăng cường xây dựng, chỉnh đốn Đảng; Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị Trung\n"
        "ương lần thứ tư khóa XIII.\n"
    )
    got = _by_number(raw, LUNG_CU)
    assert got["04"].issuer == got["21"].issuer == "Ban Chấp hành Trung ương Đảng"


def test_list_items_under_so_share_the_issuer_after_the_last():
    raw = (
        "KẾ HOẠCH\nx\n\nI. MỤC ĐÍCH\n1. Thực hiện các Kế hoạch số 12/KH-UBND ngày 1/2/2024, số 15/KH-UBND ngày 3/2/2024 và\n"
        "số 20/KH-UBND ngày 5/3/2024 của UBND huyện Bảo Lâm.\n"
    )
    got = _by_number(raw, BAO_LAM)
    assert {got[n].issuer for n in ("12", "15", "20")} == {"Ủy ban nhân dân huyện Bảo Lâm"}
    assert {got[n].doc_type for n in ("12", "15", "20")} == {"Kế hoạch"}


def test_party_terms_in_lower_case_are_recased():
    # corpus 001 (KH 141/KH-UBND Bắc Ninh), as written.
    raw = (
        "KẾ HOẠCH\nx\n\nI. MỤC ĐÍCH\n- Thường xuyên tuyên truyền, phổ\nbiến, quán triệt Nghị quyết số 27/NQ- TW ngày 09/11/2022 "
        "của Ban Chấp hành\nTrung ương đảng khóa XIII về tiếp tục xây dựng.\n"
    )
    (c,) = find_citations(make_text(raw), Header(province="Bắc Ninh"))
    assert c.issuer == "Ban Chấp hành Trung ương Đảng"


def test_national_issuer_with_a_wrong_diacritic_is_respelt():
    raw = "KẾ HOẠCH\nx\n\nCăn cứ Quyết định số 1747/QĐ-TTg ngày 30/12/2023 của Thủ tưởng Chính phủ phê duyệt Quy hoạch;\n"
    (c,) = find_citations(make_text(raw), Header(province="Đắk Lắk"))
    assert c.issuer == "Thủ tướng Chính phủ"
    assert "issuer written 'Thủ tưởng Chính phủ'" in c.note
    # Only against the body the symbol names: another body's spelling is kept.
    raw = "KẾ HOẠCH\nx\n\nCăn cứ Quyết định số 17/QĐ-UBND ngày 30/12/2023 của Thủ tưởng Chính phủ;\n"
    (c,) = find_citations(make_text(raw), Header(province="Đắk Lắk"))
    assert c.issuer == "Thủ tưởng Chính phủ"


def test_proposer_named_before_the_instrument_is_its_issuer():
    # corpus 025 (KH 144/KH-UBND Bắc Ninh), as written.
    raw = (
        "KẾ HOẠCH\nPhát triển kinh tế số\n\nTheo đề nghị của Sở Khoa học và\nCông nghệ tại Tờ trình số 133/TTr-SKHCN "
        "ngày 15/11/2025, UBND tỉnh ban hành Kế\nhoạch Phát triển kinh tế số, xã hội số giai đoạn 2026-2030, cụ thể như sau:\n\n"
        "I. MỤC ĐÍCH\n1. Theo Quyết định số 12/QĐ-SKHCN ngày 1/2/2024 của Sở Khoa học và Công nghệ.\n"
    )
    got = _by_number(raw, Header(province="Bắc Ninh"))
    assert got["133"].issuer == "Sở Khoa học và Công nghệ tỉnh Bắc Ninh"
    assert "proposer" in got["133"].note
    assert got["12"].issuer == "Sở Khoa học và Công nghệ tỉnh Bắc Ninh"  # "và Công nghệ" is part of the name


def test_proposer_must_end_right_before_tai():
    raw = (
        "KẾ HOẠCH\nx\n\nI. MỤC ĐÍCH\n1. Đề nghị của Sở Y tế về việc bố trí kinh phí tại Tờ trình số 12/TTr-SYT ngày 1/2/2024.\n"
        "2. Các đơn vị có đề nghị của cử tri tại Công văn số 15/UBND-VX.\n"
    )
    got = _by_number(raw, Header(province="Bắc Ninh"))
    assert got["12"].issuer is None  # the name ended at "về"; what follows is no name
    assert got["15"].issuer is None  # "cử tri" is no body (lower case)


def test_ocr_damaged_year_and_date_in_words():
    from vanban.loaders.ocr_digits import read_ocr_digits

    s = "Nghị quyết số 4O-NQ/TW ngày 12/3/2O23; Quyết định số 123/QĐ-UBND ngày 1O tháng O3 năm 2O24."
    fixed = read_ocr_digits(s)
    assert len(fixed) == len(s)
    assert fixed == "Nghị quyết số 40-NQ/TW ngày 12/3/2023; Quyết định số 123/QĐ-UBND ngày 10 tháng 03 năm 2024."
    for kept in ("ngày Ol tháng", "năm 2O24 ", "Phần I- MỤC", "số lượng cán bộ", "Điều 1O tháng"):
        assert read_ocr_digits(kept) == kept, kept
    raw = "KẾ HOẠCH\nx\n\nI. MỤC ĐÍCH\n1. Theo Nghị quyết số 4O-NQ/TW ngày 12/3/2O23 của Bộ Chính trị.\n"
    (c,) = find_citations(make_text(raw), Header())
    assert (c.number, c.date, c.surface) == ("40", "2023-03-12", "Nghị quyết số 4O-NQ/TW ngày 12/3/2O23")


def test_two_years_of_one_law_are_two_instruments():
    raw = (
        "KẾ HOẠCH\nx\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Luật Đất đai năm 2024;\n"
        "UBND xã xây dựng kế hoạch như sau:\n\nI. MỤC ĐÍCH\n1. So sánh Luật Tổ chức chính quyền địa phương năm 2015 với\n"
        "Luật Tổ chức chính quyền địa phương năm 2025.\n2. Luật Đất đai năm 2013 hết hiệu lực; Luật Đất đai được thi hành.\n"
    )
    text = make_text(raw)
    cites = find_citations(text, Header())
    assert [(c.surface, c.year, c.mentions) for c in cites] == [
        ("Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025", 2025, 2),
        ("Luật Đất đai năm 2024", 2024, 2),
        ("Luật Tổ chức chính quyền địa phương năm 2015", 2015, 1),
        ("Luật Đất đai năm 2013", 2013, 1),
    ]
    from vanban.loaders.extract import extract

    assert [c.year for c in extract(text).implements] == [2025, 2024]


def test_arabic_numbered_sections_end_the_preamble():
    from vanban.loaders.extract import extract

    raw = (
        "UBND XÃ LŨNG CÚ\nSố: 05/KH-UBND\nLũng Cú, ngày 10 tháng 01 năm 2024\n\nKẾ HOẠCH\nTuyên truyền năm 2024\n\n"
        "Thực hiện Kế hoạch số 210/KH-UBND ngày 15/12/2023 của UBND huyện Đồng Văn, UBND xã xây dựng kế hoạch như sau:\n\n"
        "1. MỤC ĐÍCH, YÊU CẦU\n- Thực hiện nghiêm Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n"
        "2. NỘI DUNG\n- Căn cứ Quyết định số 12/QĐ-UBND ngày 1/2/2024 của UBND xã để phân công.\n"
    )
    record = extract(make_text(raw))
    assert len(record.cites) == 3
    assert [c.number for c in record.implements] == ["210"]
    # corpus 051: "1. Mục đích" in lower case ends the preamble as well; "Luật Bầu cử" of "2. Yêu cầu" is no
    # implemented instrument.
    raw = (
        "HƯỚNG DẪN\n\nCác cơ quan giới thiệu người ứng cử\n\n"
        "Căn cứ Nghị quyết số 40/NQ-HĐBCQG ngày 29/9/2025 của Hội đồng bầu cử quốc gia quy định mẫu văn bản;\n\n"
        "Để đảm bảo quy trình giới thiệu người ứng cử đúng pháp luật, Ban Thường trực hướng dẫn như sau: \n\n"
        "1. Mục đích\n\n- Bảo đảm việc giới thiệu.\n\n2. Yêu cầu\n\n"
        "- Các cơ quan, tổ chức, đơn vị phải quán triệt đầy đủ các quy định của Luật Bầu cử và các văn bản hướng dẫn.\n"
    )
    record = extract(make_text(raw))
    assert [c.number for c in record.implements] == ["40"]
    assert any(c.surface == "Luật Bầu cử" for c in record.cites)


def test_nhu_sau_closes_the_preamble():
    from vanban.loaders.extract import extract

    raw = (
        "KẾ HOẠCH\nTuyên truyền năm 2024\n\n"
        "Thực hiện Kế hoạch số 210/KH-UBND ngày 15/12/2023 của UBND huyện Đồng Văn, UBND xã xây dựng kế hoạch\n"
        "tuyên truyền năm 2024 như sau:\n"
        "- Tuyên truyền Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n"
        "- Thực hiện Quyết định số 12/QĐ-UBND ngày 1/2/2024 của UBND xã về phân công.\n"
    )
    record = extract(make_text(raw))
    assert len(record.cites) == 3
    assert [c.number for c in record.implements] == ["210"]


def test_title_span_ends_before_the_line_that_closes_the_preamble():
    from vanban.loaders.implementing_spans import find_implementing_spans

    raw = (
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXII\n"
        "Để thực hiện thắng lợi Nghị quyết Đại hội XIII của Đảng, Ban Chấp hành xây dựng Chương trình như sau:\n"
        "I. MỤC TIÊU\n"
    )
    text = make_text(raw)
    (title, *rest) = find_implementing_spans(text, Header())
    assert text.flat[title[0] : title[1]].strip() == "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXII"
    assert rest == []  # "Để …" opens no implementing paragraph


def test_proposer_is_given_to_the_next_item_of_its_body():
    # corpus 048 (QĐ 2954/QĐ-UBND Sơn La), as written.
    raw = (
        "QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\n\n*Theo đề nghị của Sở Công\nThương tại Tờ trình số 298/TTr-SCT ngày 23/10/2025 "
        "và Công văn số 2679/SCT-QLTM\nngày 07/11/2025.*\n\nQUYẾT ĐỊNH:\n"
    )
    got = _by_number(raw, Header(province="Sơn La"))
    assert got["298"].issuer == got["2679"].issuer == "Sở Công Thương tỉnh Sơn La"
    assert "proposer" in got["298"].note


def test_numbers_sharing_the_symbol_written_after_the_last():
    raw = (
        "KẾ HOẠCH\nx\n\nI. MỤC ĐÍCH\n1. Quán triệt các Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu\n"
        "Ban Chấp hành Trung ương Đảng khóa XII.\n2. Thông tư số 01, 02/2021/TT-BYT và Quyết định số 5, 6/KH-UBND.\n"
    )
    got = _by_number(raw, LUNG_CU)
    for n in ("18", "19"):
        assert (got[n].doc_type, got[n].symbol, got[n].date) == ("Nghị quyết", "NQ/TW", "2017-10-25"), n
        assert got[n].issuer == "Ban Chấp hành Trung ương Đảng", n
    assert got["18"].surface == "Nghị quyết số 18"
    assert (got["01"].symbol, got["01"].year, got["02"].symbol) == ("2021/TT-BYT", 2021, "2021/TT-BYT")
    # A symbol whose type code is not the type word's is no shared symbol, and (round 10) its "số 5"
    # is no bare back-reference either: neither number is cited.
    assert "5" not in got and "6" not in got
