"""Citations, round 14: errors found on new real documents (Party decisions of a university's Party
committees, a ministry's Thông tư and Công văn, a provincial letter copied from a PDF, Đoàn, Hội Cựu chiến
binh and Công đoàn reports, a police academy's news) and the leftovers of round 13: a national motto folded
into an issuer's line, a Party symbol spelling "TƯ", quoted subjects left open, subjects that run into the
sentence's own clause, a type word with a qualifier ("Kế hoạch phối hợp số"), a pair of instruments sharing
one date, an issuer written after its subject, an issuer longer than the word limit, and an issuer written
without "của". The fragments are realistic, written in the style of those documents."""

from vanban.loaders.citation_anchors import NUMSYM, QUALIFIED_TYPE_BEFORE, SPACED_YEAR_NUMSYM
from vanban.loaders.citation_subjects import MAIN_CLAUSE, QUOTED_SUBJECT_BREAK
from vanban.loaders.citations import find_citations, find_implements
from vanban.loaders.context_issuers import UNLED_ISSUER_END
from vanban.loaders.implementing_spans import WEIGHING_AFTER_SEMICOLON
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

LAM_DONG = Header(issuer="Ủy ban nhân dân tỉnh Lâm Đồng", province="Lâm Đồng", doc_type="Công văn")
CAN_THO = Header(issuer="Đảng ủy Khoa Công nghệ thông tin và Truyền thông", province="Cần Thơ", doc_type="Quyết định")


def _cites(raw: str, header: Header = Header()):
    return find_citations(make_text(raw), header)


def _by_number(cites, number: str):
    (c,) = [c for c in cites if c.number == number]
    return c


# ---------------------------------------------------------------------------- the national motto


def test_an_issuer_ends_at_the_national_motto_folded_into_its_line():
    raw = (
        "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 512/UBND-NC\nV/v triển khai thực hiện Công văn số 1099/VPCP-CĐS\n"
        "của Văn phòng Chính phủ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nLâm Đồng, ngày 10 tháng 04 năm 2026\n\n"
        "Ủy ban nhân dân tỉnh nhận được Công văn số 1099/VPCP-CĐS ngày 04/02/2026 của Văn phòng Chính phủ về việc\n"
        "bảo đảm các điều kiện triển khai Hệ thống Quản lý văn bản;\n"
    )
    c = _by_number(_cites(raw, LAM_DONG), "1099")
    assert c.issuer == "Văn phòng Chính phủ"
    assert c.date == "2026-02-04"  # not the letter's own date, read after the motto


def test_the_motto_is_kept_in_the_name_of_the_state_it_names():
    (c,) = _cites("Căn cứ Quyết định số 1234/QĐ-CTN ngày 20/6/2019 của Chủ tịch nước CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM;")
    assert c.issuer is not None and "CỘNG HÒA" in c.issuer.upper()


def test_an_issuer_ends_at_the_party_motto_folded_into_its_line():
    raw = (
        "ĐẢNG BỘ TỈNH KHÁNH HÒA\nĐẢNG ỦY XÃ CÔNG HẢI\n*\nSố 45-CV/ĐU\nV/v triển khai thực hiện Kế hoạch số 84-KH/TU\n"
        "ngày 15/6/2026 của Ban Thường vụ Tỉnh ủy\n\nĐẢNG CỘNG SẢN VIỆT NAM\nCông Hải, ngày 25 tháng 6 năm 2026\n"
    )
    header = Header(issuer="Đảng ủy xã Công Hải", province="Khánh Hòa", doc_type="Công văn")
    (c,) = _cites(raw, header)
    assert c.issuer == "Ban Thường vụ Tỉnh ủy Khánh Hòa"


def test_a_party_name_in_capitals_keeps_its_motto_words():
    (c,) = _cites("THỰC HIỆN NGHỊ QUYẾT SỐ 21-NQ/TW CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM VỀ DÂN SỐ")
    assert c.issuer.startswith("Ban Chấp hành Trung ương") and "cộng sản" in c.issuer.lower()


# ---------------------------------------------------------------------------- "TƯ" in a Party symbol


def test_numsym_reads_a_vietnamese_capital_inside_a_part():
    assert NUMSYM.search("số 06-QĐ/TƯ ngày").group() == "06-QĐ/TƯ"
    assert NUMSYM.search("khoản 2- Điều 5") is None  # a lower-case word is no part


def test_a_party_symbol_spelling_tu_keeps_its_date_and_issuer():
    (c,) = _cites(
        "- Căn cứ Quy định số 06-QĐ/TƯ ngày 17/10/2012 của Thành ủy Cần Thơ về \"khen thưởng tổ chức đảng và đảng viên\";\n",
        CAN_THO,
    )
    assert (c.symbol, c.date, c.issuer) == ("QĐ/TƯ", "2012-10-17", "Thành ủy Cần Thơ")
    assert c.title == "khen thưởng tổ chức đảng và đảng viên"


# ---------------------------------------------------------------------------- quotes left open


def test_quoted_subject_break_pattern():
    assert QUOTED_SUBJECT_BREAK.search("sự nghiệp; - Căn cứ Hướng dẫn").group() == "; - Căn cứ "
    assert QUOTED_SUBJECT_BREAK.search("năm 2014. Thực hiện Kế hoạch").group() == ". Thực hiện "
    assert QUOTED_SUBJECT_BREAK.search("về việc Thực hiện Nghị quyết") is None


def test_a_quote_closed_by_another_mark_further_on_does_not_run_into_the_next_paragraph():
    raw = (
        "- Căn cứ Quy định số 97-QĐ/TW ngày 22/03/2004 của Ban Bí thư về “Chức năng, nhiệm vụ của đảng bộ, chi bộ\n"
        "cơ sở trong các đơn vị sự nghiệp;\n"
        "- Căn cứ Hướng dẫn số 10-HD/TU ngày 25/11/2019 của Thành ủy Cần Thơ về \"kiểm điểm, đánh giá, xếp loại chất\n"
        "lượng hàng năm đối với tổ chức đảng, đảng viên\";\n"
    )
    cites = _cites(raw, CAN_THO)
    assert _by_number(cites, "97").title == "Chức năng, nhiệm vụ của đảng bộ, chi bộ cơ sở trong các đơn vị sự nghiệp"
    assert _by_number(cites, "10").title == "kiểm điểm, đánh giá, xếp loại chất lượng hàng năm đối với tổ chức đảng, đảng viên"


def test_a_quote_never_closed_ends_with_its_clause():
    raw = (
        "- Căn cứ Hướng dẫn số 17-HD/ĐU ngày 04/11/2014 của Đảng ủy Trường Đại học Cần Thơ về việc \"Kiểm điểm tập\n"
        "thể, cá nhân và đánh giá, phân loại chất lượng cơ sở đảng, đảng viên năm 2014.\n"
        "- Căn cứ kết quả xếp loại chất lượng đảng viên năm 2014.\n\nQUYẾT ĐỊNH\n\nĐiều 1: Tặng giấy khen cho 08 đảng viên.\n"
    )
    (c,) = _cites(raw, CAN_THO)
    assert c.title == "Kiểm điểm tập thể, cá nhân và đánh giá, phân loại chất lượng cơ sở đảng, đảng viên năm 2014"


# ---------------------------------------------------------------------------- the sentence's own clause


def test_a_subject_ends_at_a_time_adverbial_that_opens_the_sentence_s_clause():
    (c,) = _cites(
        "Thực hiện Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư Trung ương Đảng về tiếp tục đổi mới, nâng cao\n"
        "chất lượng sinh hoạt chi bộ, vừa qua, các chi bộ đã tổ chức sinh hoạt chuyên đề.\n"
    )
    assert c.title == "tiếp tục đổi mới, nâng cao chất lượng sinh hoạt chi bộ"


def test_a_subject_ends_at_a_date_that_opens_the_sentence_s_clause():
    (c,) = _cites(
        "Triển khai thực hiện Kế hoạch số 454/KH-BCA-T03 ngày 04/11/2021 của Bộ Công an về tổ chức Hội thảo khoa\n"
        "học cấp Bộ “Vai trò của Công an nhân dân trong xây dựng Nhà nước pháp quyền”, ngày 10/11/2021, Học viện\n"
        "Chính trị CAND và Cục V03 đã tổ chức cuộc họp để rà soát.\n"
    )
    assert c.title == "tổ chức Hội thảo khoa học cấp Bộ Vai trò của Công an nhân dân trong xây dựng Nhà nước pháp quyền"


def test_a_date_inside_a_subject_without_a_clause_after_it_is_kept():
    (c,) = _cites("Thực hiện Kế hoạch số 12/KH-UBND của UBND huyện về tổ chức Hội nghị, ngày 15/3/2024 tại hội trường.")
    assert c.title == "tổ chức Hội nghị, ngày 15/3/2024 tại hội trường"


def test_main_clause_pattern_reads_chi_dao():
    m = MAIN_CLAUSE.search("về đẩy mạnh học tập, Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh chỉ đạo Bảo tàng")
    assert m["name"] == "Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh"


def test_a_subject_stops_where_a_body_s_chi_dao_opens_the_main_clause():
    c = _by_number(
        _cites(
            "Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW,\n"
            "Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh chỉ đạo Bảo tàng Hồ Chí Minh tổ chức biên soạn sách.\n"
        ),
        "01",
    )
    assert c.title == "tiếp tục thực hiện Chỉ thị số 05-CT/TW"


# ---------------------------------------------------------------------------- a type word and its qualifier


def test_qualified_type_before_pattern():
    m = QUALIFIED_TYPE_BEFORE.search("và Kế hoạch phối hợp số ")
    assert (m["type"], m["qualifier"].split()) == ("Kế hoạch", ["phối", "hợp"])
    assert QUALIFIED_TYPE_BEFORE.search("Văn bản thẩm định số: ")["qualifier"].strip() == "thẩm định"


def test_a_type_word_with_a_qualifier_is_read_when_the_symbol_agrees():
    cites = _cites(
        "Thực hiện Kế hoạch số 02/KH/CCB-VSP ngày 04/7/2025 của Hội Cựu chiến binh Liên doanh Việt - Nga Vietsovpetro\n"
        "và Kế hoạch phối hợp số 129/KH-XNDV, Xí nghiệp đã tổ chức các hoạt động tri ân.\n"
    )
    c = _by_number(cites, "129")
    assert (c.doc_type, c.symbol) == ("Kế hoạch", "KH-XNDV")


def test_a_generic_type_with_a_qualifier_and_a_symbol_without_type_code():
    (c,) = _cites("Căn cứ Văn bản thẩm định số 312/STP-KSTT ngày 05/5/2023 của Sở Tư pháp;")
    assert (c.number, c.symbol, c.date, c.issuer) == ("312", "STP-KSTT", "2023-05-05", "Sở Tư pháp")


def test_a_qualified_type_whose_symbol_names_another_type_is_not_read():
    assert _cites("Theo kế hoạch phối hợp số 45/QĐ-UBND;") == []
    assert _cites("Căn cứ kế hoạch của số 12/KH-UBND;") == []


# ---------------------------------------------------------------------------- one date for a pair


def test_a_pair_of_instruments_numbered_in_a_row_shares_the_date_after_it():
    cites = _cites(
        "Thực hiện QĐ số 217-QĐ/TW và QĐ số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát.\n"
    )
    assert [(c.number, c.date) for c in cites] == [("217", "2013-12-12"), ("218", "2013-12-12")]


def test_a_pair_numbered_far_apart_does_not_share_a_date():
    cites = _cites("Thực hiện Chỉ thị số 05-CT/TW và Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị;")
    assert _by_number(cites, "05").date is None


def test_a_pair_of_two_series_does_not_share_a_date():
    cites = _cites("Thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218/QĐ-UBND ngày 12/12/2013;")
    assert _by_number(cites, "217").date is None


# ---------------------------------------------------------------------------- the issuer after the subject


def test_an_issuer_written_after_a_subject_that_runs_on_ends_it():
    (c,) = _cites(
        "Thực hiện Chỉ thị số 2699/CT-BGDĐT ngày 08/8/2017 về nhiệm vụ chủ yếu năm học 2017-2018 của Bộ trưởng Bộ\n"
        "GD&ĐT (GDĐT), giáo dục trung học tiếp tục đổi mới phương pháp dạy học.\n"
    )
    assert c.title == "nhiệm vụ chủ yếu năm học 2017-2018"
    assert c.issuer == "Bộ trưởng Bộ Giáo dục và Đào tạo"


def test_a_subject_ending_with_the_body_it_names_is_left_whole():
    (c,) = _cites("Căn cứ Thông tư số 10/2020/TT-BGDĐT về quy chế của Bộ Giáo dục và Đào tạo;")
    assert c.title == "quy chế của Bộ Giáo dục và Đào tạo"


def test_a_subject_naming_another_body_keeps_it():
    (c,) = _cites("Căn cứ Quyết định số 100/QĐ-UBND về chức năng, nhiệm vụ của Sở Tư pháp, phòng ban chuyên môn;")
    assert c.title == "chức năng, nhiệm vụ của Sở Tư pháp, phòng ban chuyên môn"


# ---------------------------------------------------------------------------- long and unled issuers


def test_an_issuer_longer_than_the_word_limit_is_read_whole():
    (c,) = _cites(
        "Căn cứ Công văn số 105/TCTCT ngày 15/8/2018 của Tổ công tác chuyên trách cải cách thủ tục hành chính của\n"
        "Thủ tướng Chính phủ về việc kiểm tra công tác cải cách;\n"
    )
    assert c.issuer == "Tổ công tác chuyên trách cải cách thủ tục hành chính của Thủ tướng Chính phủ"
    assert c.title == "kiểm tra công tác cải cách"


def test_an_ocr_cua_without_its_tone_mark_leads_the_issuer():
    (c,) = _cites("Thực hiện Kế hoạch số 45/KH-UBND ngày 12/3/2024 cua UBND huyện Gia Lâm về tuyên truyền pháp luật;")
    assert c.issuer == "Ủy ban nhân dân huyện Gia Lâm"


def test_unled_issuer_end_pattern():
    assert UNLED_ISSUER_END.match(" về tuyên truyền") is not None
    assert UNLED_ISSUER_END.match(" ban hành Kế hoạch") is None


def test_an_issuer_written_without_cua_after_the_date_is_read_before_ve():
    (c,) = _cites("Thực hiện Kế hoạch số 45/KH-UBND ngày 12/3/2024 UBND huyện Gia Lâm về tuyên truyền pháp luật;")
    assert c.issuer == "Ủy ban nhân dân huyện Gia Lâm"
    assert c.title == "tuyên truyền pháp luật"


def test_a_body_after_the_date_that_opens_the_main_clause_is_no_issuer():
    (c,) = _cites("Thực hiện Kế hoạch số 45/KH-UBND ngày 12/3/2024 UBND huyện Gia Lâm ban hành Kế hoạch như sau:")
    assert c.issuer is None


def test_a_state_body_without_cua_is_no_issuer_of_a_party_instrument():
    (c,) = _cites("Thực hiện Nghị quyết số 12-NQ/TU ngày 05/3/2024 UBND tỉnh về phát triển du lịch;")
    assert c.issuer is None


# ---------------------------------------------------------------------------- implements


def test_a_qualified_plan_in_a_preamble_is_implemented():
    raw = (
        "HỘI CỰU CHIẾN BINH XÍ NGHIỆP DỊCH VỤ\nSố: 15/KH-CCB\n\nKẾ HOẠCH\nTổ chức các hoạt động tri ân\n\n"
        "Thực hiện Kế hoạch phối hợp số 129/KH-XNDV ngày 10/7/2025 của Xí nghiệp Dịch vụ cảng, Hội Cựu chiến binh\n"
        "xây dựng kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    text = make_text(raw)
    header = Header(issuer="Hội Cựu chiến binh Xí nghiệp Dịch vụ", doc_type="Kế hoạch")
    cites = find_citations(text, header)
    implemented = find_implements(text, header, cites)
    assert [(c.number, c.date) for c in implemented] == [("129", "2025-07-10")]


# ---------------------------------------------------------------------------- instruments nested in turn


def test_a_subject_runs_through_instruments_nested_one_in_the_other_to_its_clause_end():
    raw = (
        "Quyết định số 543/QĐ-UBND ngày 04/02/2026 của UBND thành phố Hà Nội về thành lập các Tổ công tác triển khai\n"
        "thực hiện Chương trình hành động số 06-CTr/TU ngày 12/01/2026 của Ban Thường vụ Thành ủy về thực hiện Nghị\n"
        "quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị về một số giải pháp đột phá, tăng cường bảo vệ sức khỏe\n"
        "Nhân dân;\nKế hoạch số 71/KH-UBND ngày 26/02/2026 của UBND thành phố Hà Nội về thực hiện Chương trình hành động;\n"
    )
    c = _by_number(_cites(raw), "543")
    assert c.title == (
        "thành lập các Tổ công tác triển khai thực hiện Chương trình hành động số 06-CTr/TU ngày 12/01/2026 của Ban"
        " Thường vụ Thành ủy về thực hiện Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị về một số giải"
        " pháp đột phá, tăng cường bảo vệ sức khỏe Nhân dân"
    )


def test_a_subject_runs_through_a_nested_list_to_its_clause_end():
    raw = (
        "Triển khai thực hiện Kế hoạch số 59/KH-GS của Ủy ban thường vụ Quốc hội về Giám sát chuyên đề việc thực\n"
        "hiện Nghị quyết số 88/2014/QH13 và Nghị quyết số 51/2017/QH14 của Quốc hội về đổi mới chương trình, sách\n"
        "giáo khoa giáo dục phổ thông. Triển khai thực hiện Chiến lược phát triển giáo dục.\n"
    )
    c = _by_number(_cites(raw), "59")
    assert c.title == (
        "Giám sát chuyên đề việc thực hiện Nghị quyết số 88/2014/QH13 và Nghị quyết số 51/2017/QH14 của Quốc hội"
        " về đổi mới chương trình, sách giáo khoa giáo dục phổ thông"
    )



# ---------------------------------------------------------------------------- a space for the slash after a year


def test_spaced_year_numsym_pattern():
    assert SPACED_YEAR_NUMSYM.match("15/2020 NQ-HĐND ngày")["sym"] == "/2020 NQ-HĐND"
    assert SPACED_YEAR_NUMSYM.match("12/2021 Hội đồng") is None


def test_a_year_whose_slash_before_the_type_code_is_a_space_keeps_its_symbol_and_date():
    (c,) = _cites(
        "Căn cứ Nghị Quyết số 15/2020 NQ-HĐND ngày 10/07/2020 quy định phí khai thác và sử dụng tài liệu đất đai;"
    )
    assert (c.number, c.symbol, c.date) == ("15", "2020/NQ-HĐND", "2020-07-10")


def test_a_number_and_year_before_a_body_s_name_stay_a_number_and_year():
    (c,) = _cites("Căn cứ Nghị quyết số 12/2021 Hội đồng nhân dân tỉnh;")
    assert c.symbol == "2021"


# ---------------------------------------------------------------------------- a Party committee's programme


def test_a_programme_described_with_a_comma_is_cited_with_its_issuer_and_implemented():
    raw = (
        "ĐẢNG BỘ TỈNH KHÁNH HOÀ\nĐẢNG UỶ XÃ CÔNG HẢI\n*\nSố 12-TB/ĐU\n\nTHÔNG BÁO\nKết luận kiểm tra đối với Chi bộ thôn"
        " Suối Giếng\n\nCăn cứ Điều lệ Đảng Cộng sản Việt Nam;\nThực hiện Chương trình kiểm tra, giám sát năm 2026 của"
        " Ban Thường vụ Đảng uỷ xã; xét Báo cáo kết quả kiểm tra của Đoàn kiểm tra theo Quyết định số 35-QĐ/ĐU và ý"
        " kiến thảo luận của Ban Thường vụ Đảng uỷ tại phiên họp ngày 18/3/2026,\nBan Thường vụ Đảng uỷ thông báo kết"
        " luận kiểm tra như sau:\n\n1. Ưu điểm: Chi bộ đã quan tâm quán triệt.\n"
    )
    header = Header(issuer="Đảng ủy xã Công Hải", province="Khánh Hòa", doc_type="Thông báo")
    text = make_text(raw)
    cites = find_citations(text, header)
    programme = [c for c in cites if c.doc_type == "Chương trình"]
    assert [c.issuer for c in programme] == ["Ban Thường vụ Đảng ủy xã Công Hải"]
    implemented = find_implements(text, header, cites)
    assert "Chương trình" in [c.doc_type for c in implemented]
    assert "35" not in [c.number for c in implemented]  # weighed ("; xét … theo Quyết định số 35"), not implemented


def test_weighing_after_semicolon_pattern():
    assert WEIGHING_AFTER_SEMICOLON.search("của Ban Thường vụ; xét Báo cáo")["open"] == "xét"
    assert WEIGHING_AFTER_SEMICOLON.search("năm 2024; xét thấy cần thiết") is not None
    assert WEIGHING_AFTER_SEMICOLON.search("năm 2024, xét Báo cáo") is None


def test_a_plan_s_description_does_not_run_over_a_clause_s_comma():
    cites = _cites("Thực hiện Kế hoạch công tác năm 2024, tăng cường lãnh đạo của Đảng ủy xã đối với công tác dân vận;")
    assert cites == []


# ---------------------------------------------------------------------------- a school written in lower case


def test_an_issuer_whose_head_is_written_in_lower_case():
    (plan, decree) = _cites(
        "Căn cứ Kế hoạch số 155/KH-THXP ngày 23/08/2024 của trường Tiểu học Xuân Phương về tuyển dụng lao động hợp\n"
        "đồng theo Nghị định 111/2022/NĐ-CP của Chính phủ;\n"
    )
    assert plan.issuer == "Trường Tiểu học Xuân Phương"
    assert plan.title == "tuyển dụng lao động hợp đồng theo Nghị định 111/2022/NĐ-CP của Chính phủ"


def test_cua_truong_hop_is_no_issuer():
    (c,) = _cites("Thực hiện Công văn số 12/UBND-VX của trường hợp đặc biệt về việc hỗ trợ;")
    assert c.issuer is None


# ---------------------------------------------------------------------------- a number with a letter


def test_numsym_reads_a_number_ending_with_a_letter_glued_to_its_separator():
    assert NUMSYM.search("Nghị quyết số 30a/2008/NQ-CP của")["num"] == "30a"
    assert NUMSYM.search("tốc độ 5m/s") is None


def test_a_resolution_numbered_with_a_letter_is_cited():
    (c,) = _cites(
        "Theo Nghị quyết số 30a/2008/NQ-CP của Chính phủ về chương trình hỗ trợ giảm nghèo nhanh và bền vững đối với\n"
        "20 huyện nghèo;\n"
    )
    assert (c.number, c.symbol, c.issuer) == ("30a", "2008/NQ-CP", "Chính phủ")


def test_a_subject_stops_where_a_body_s_thuc_hien_opens_the_main_clause():
    (c,) = _cites(
        "Theo Nghị quyết số 30a/2008/NQ-CP của Chính phủ về chương trình hỗ trợ giảm nghèo nhanh và bền vững đối với\n"
        "20 huyện nghèo thuộc khu vực Tây Nam Bộ, Khoa DBDT thực hiện tổ chức đào tạo hệ xét tuyển thẳng.\n"
    )
    assert c.title == "chương trình hỗ trợ giảm nghèo nhanh và bền vững đối với 20 huyện nghèo thuộc khu vực Tây Nam Bộ"
