"""Citations, round 15: errors found on new real documents (provincial Quyết định and council Nghị quyết
whose preambles end in "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:", plans of UBND of provinces, towns and communes, Đoàn
and Hội plans, a school's plan, web copies of Party and Đoàn plans) and leftovers of round 14. The fragments
are realistic, written in the style of those documents."""

from vanban.loaders.citation_subjects import ENACTING_AT_END
from vanban.loaders.citations import find_citations, find_implements
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

HA_GIANG = Header(issuer="Ủy ban nhân dân tỉnh Hà Giang", province="Hà Giang", doc_type="Quyết định")
KON_TUM = Header(issuer="Ủy ban nhân dân tỉnh Kon Tum", province="Kon Tum", doc_type="Kế hoạch")


def _cites(raw: str, header: Header = Header()):
    return find_citations(make_text(raw), header)


def _by_number(cites, number: str):
    (c,) = [c for c in cites if c.number == number]
    return c


def _implemented(raw: str, header: Header = Header()):
    text = make_text(raw)
    cites = find_citations(text, header)
    return cites, find_implements(text, header, cites)


# ---------------------------------------------------------------------------- the enacting words


def test_enacting_at_end_pattern():
    s = "ban hành Quy chế hoạt động của Ban Chỉ đạo tỉnh Hà Giang, QUYẾT ĐỊNH"
    assert ENACTING_AT_END.search(s).group() == ", QUYẾT ĐỊNH"
    assert ENACTING_AT_END.search("ý kiến thảo luận của đại biểu tại kỳ họp. QUYẾT NGHỊ").group() == ". QUYẾT NGHỊ"
    assert ENACTING_AT_END.search("ban hành Quyết định về quy chế") is None


def test_a_subject_ends_before_the_enacting_words_of_the_decision():
    raw = (
        "QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO CÔNG TÁC DÂN SỐ\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\n"
        "Căn cứ Quyết định số 807/QĐ-UBND ngày 06 tháng 5 năm 2013 của Ủy ban nhân dân tỉnh Hà Giang về việc kiện\n"
        "toàn Ban Chỉ đạo công tác Dân số - Kế hoạch hóa gia đình tỉnh Hà Giang giai đoạn 2013 - 2015;\n"
        "Xét đề nghị của Sở Y tế tại Tờ\ntrình số 66/TTr-SYT ngày 17 tháng 5 năm 2013 về việc\n"
        "ban hành Quy chế hoạt động của Ban Chỉ đạo công tác Dân số - Kế hoạch hóa gia đình tỉnh Hà Giang,\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động.\n"
    )
    cites, implemented = _implemented(raw, HA_GIANG)
    c = _by_number(cites, "66")
    assert c.title == "ban hành Quy chế hoạt động của Ban Chỉ đạo công tác Dân số - Kế hoạch hóa gia đình tỉnh Hà Giang"
    assert [i.number for i in implemented] == ["807"]


# ---------------------------------------------------------------------------- a ministry's name with a comma


def test_the_ministry_s_name_written_with_a_comma_is_read_whole():
    raw = (
        "KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 34/2014/QĐ-TTG NGÀY 30/5/2014 CỦA THỦ TƯỚNG CHÍNH PHỦ\n\n"
        "Căn cứ Quyết định số 34/2014/QĐ-TTg , ngày 30/5/2014 của Thủ tướng Chính phủ về việc Quy định tiêu chuẩn xã,"
        " phường, thị trấn phù hợp với trẻ em;\n\n"
        "Thực hiện Công văn số 2928/LĐTBXH-BVCSTE , ngày 12/8/2014 của Bộ Lao động, Thương binh và Xã hội về việc"
        " triển khai Quyết định 34/2014/QĐ-TTg của Thủ tướng Chính phủ.\n\n"
        "Ủy ban nhân dân tỉnh xây dựng kế hoạch triển khai thực hiện, cụ thể như sau:\n\nI. Mục đích, yêu cầu\n"
    )
    cites, implemented = _implemented(raw, KON_TUM)
    c = _by_number(cites, "2928")
    assert c.issuer == "Bộ Lao động - Thương binh và Xã hội"
    assert c.title == "triển khai Quyết định 34/2014/QĐ-TTg của Thủ tướng Chính phủ"
    assert [i.number for i in implemented] == ["34", "2928"]


# ---------------------------------------------------------------------------- a law's short name


def test_a_law_s_short_name_with_its_year_is_the_law_cited_in_full():
    raw = (
        "KẾ HOẠCH\nTuyên truyền cuộc bầu cử\n\n"
        "Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13 ngày 25/6/2015;\n"
        "Ủy ban nhân dân xã xây dựng kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Tuyên truyền các quy định của Luật Bầu cử năm 2015 đến cử tri.\n"
    )
    cites = _cites(raw)
    assert [(c.doc_type, c.number) for c in cites] == [("Luật", "85")]


def test_a_short_name_with_a_date_is_another_law():
    raw = (
        "QUYẾT ĐỊNH\nVề việc phê duyệt dự án\n\n"
        "Căn cứ Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14 ngày 18 tháng 6 năm 2020;\n"
        "Căn cứ Luật Đầu tư ngày 17 tháng 6 năm 2020;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt.\n"
    )
    cites = _cites(raw)
    assert [(c.doc_type, c.number, c.date) for c in cites] == [("Luật", "64", "2020-06-18"), ("Luật", None, "2020-06-17")]


def test_a_short_name_that_is_a_cited_law_s_whole_name_is_that_law_not_the_longer_one():
    raw = (
        "KẾ HOẠCH\nPhổ biến pháp luật\n\n"
        "Căn cứ Luật Đầu tư số 61/2020/QH14 và Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14;\n"
        "Ủy ban nhân dân tỉnh xây dựng kế hoạch như sau:\n\nI. MỤC ĐÍCH\n1. Phổ biến Luật Đầu tư năm 2020.\n"
    )
    assert [c.number for c in _cites(raw)] == ["61", "64"]


# ---------------------------------------------------------------------------- the document's own number


def test_own_number_in_title_pattern():
    from vanban.loaders.citations import OWN_NUMBER_IN_TITLE

    assert OWN_NUMBER_IN_TITLE.search("Hành động Tháng thanh niên năm 2010 (Số 61-KH/TĐ ngày 26/01/2010)")["num"] == "61"
    assert OWN_NUMBER_IN_TITLE.search("Tổ chức Tháng thanh niên (theo Kế hoạch số 61-KH/TĐ)") is None


def test_the_document_s_own_number_in_parentheses_under_its_title_is_not_cited():
    raw = (
        "TỈNH ĐOÀN HƯNG YÊN\n\nKẾ HOẠCH\nHành động Tháng thanh niên năm 2010\n(Số 61-KH/TĐ ngày 26/01/2010)\n"
        "----------\n\nThực hiện Kế hoạch số 153-KH/TWĐTN ngày 17/12/2009 của Ban Bí thư Trung ương Đoàn TNCS Hồ"
        " Chí Minh về “Hành động tháng Thanh niên năm 2010”, Ban thường vụ tỉnh Đoàn Hưng Yên triển khai Kế hoạch"
        " hành động Tháng thanh niên năm 2010 với các nội dung cụ thể như sau:\n\nI. MỤC ĐÍCH\n"
    )
    header = Header(
        issuer="Tỉnh đoàn Hưng Yên", doc_type="Kế hoạch",
        title="Hành động Tháng thanh niên năm 2010 (Số 61-KH/TĐ ngày 26/01/2010)",
    )
    cites, implemented = _implemented(raw, header)
    assert [c.number for c in cites] == ["153"]
    assert [c.number for c in implemented] == ["153"]


def test_a_parenthesised_number_of_another_type_in_the_title_stays_cited():
    raw = "KẾ HOẠCH\nTháng thanh niên năm 2010\n(Số 12/QĐ-UBND ngày 26/01/2010)\n\nThực hiện chương trình công tác Đoàn.\n"
    header = Header(doc_type="Kế hoạch", title="Tháng thanh niên năm 2010 (Số 12/QĐ-UBND ngày 26/01/2010)")
    assert [c.number for c in _cites(raw, header)] == ["12"]


# ---------------------------------------------------------------------------- a subject after a nested quoted title


def test_a_subject_ends_with_a_nested_quoted_title_before_dong_thoi():
    raw = (
        "KẾ HOẠCH\nHọc tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2024\n\n"
        "Thực hiện Kế hoạch số 12-KH/ĐU ngày 05/3/2024 của Đảng ủy xã về tổ chức học tập Chỉ thị số 05 – CT/TW\n"
        "ngày 15/5/2016 của Bộ Chính trị “Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí"
        " Minh”, đồng thời thiết thực chào mừng kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh, Ban Thường vụ Đảng"
        " ủy xã xây dựng kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    cites, implemented = _implemented(raw)
    c = _by_number(cites, "12")
    assert c.title.startswith("tổ chức học tập Chỉ thị số 05 – CT/TW ngày 15/5/2016 của Bộ Chính trị")
    assert c.title.endswith("phong cách Hồ Chí Minh")
    assert [i.number for i in implemented] == ["12", "05"]


# ---------------------------------------------------------------------------- a nested subject without "về"


def test_nested_link_pattern():
    from vanban.loaders.citation_subjects import NESTED_LINK

    assert NESTED_LINK.fullmatch(" thực hiện ")
    assert NESTED_LINK.fullmatch(" triển khai thực hiện ")
    assert NESTED_LINK.fullmatch(" để triển khai ")
    assert NESTED_LINK.fullmatch(", thực hiện ") is None
    assert NESTED_LINK.fullmatch(" về thực hiện ") is None


def test_a_subject_runs_through_a_nested_instrument_whose_subject_has_no_ve():
    raw = (
        "KẾ HOẠCH\nThực hiện Chương trình hành động\n\n"
        "Thực hiện Kế hoạch số 71/KH-UBND ngày 26/02/2026 của UBND thành phố về thực hiện Chương trình hành động"
        " số 06-CTr/TU ngày 12/01/2026 của Ban Thường vụ Thành ủy thực hiện Nghị quyết số 72-NQ/TW ngày 09/9/2025"
        " của Bộ Chính trị về một số giải pháp đột phá, tăng cường bảo vệ sức khỏe Nhân dân;\n"
        "UBND phường xây dựng Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n"
    )
    cites, implemented = _implemented(raw)
    assert _by_number(cites, "71").title == (
        "thực hiện Chương trình hành động số 06-CTr/TU ngày 12/01/2026 của Ban Thường vụ Thành ủy thực hiện Nghị"
        " quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị về một số giải pháp đột phá, tăng cường bảo vệ sức"
        " khỏe Nhân dân"
    )
    assert [i.number for i in implemented] == ["71", "06", "72"]



# ---------------------------------------------------------------------------- a proposer with its role


def test_a_proposer_s_role_in_parentheses_before_tai_keeps_it_the_issuer():
    raw = (
        "QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH HÀNH ĐỘNG VÌ SỰ TIẾN BỘ PHỤ NỮ TỈNH NINH THUẬN GIAI ĐOẠN 2006 - 2010\n\n"
        "Căn cứ Nghị quyết số 18/2006/NQ-HĐND ngày 18/12/2006 của Hội đồng nhân dân tỉnh về việc phê duyệt Kế hoạch"
        " hành động Vì sự tiến bộ phụ nữ tỉnh Ninh Thuận giai đoạn 2006 - 2010;\n\n"
        "Theo đề nghị của Sở Kế hoạch và Đầu tư (Thường trực Ban Vì sự tiến bộ phụ nữ tỉnh) tại Tờ trình số"
        " 126/SKHĐT ngày 23/01/2007,\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động.\n"
    )
    header = Header(issuer="Ủy ban nhân dân tỉnh Ninh Thuận", province="Ninh Thuận", doc_type="Quyết định")
    cites, implemented = _implemented(raw, header)
    assert _by_number(cites, "126").issuer == "Sở Kế hoạch và Đầu tư tỉnh Ninh Thuận"
    assert [i.number for i in implemented] == ["18"]


# ---------------------------------------------------------------------------- a body's ordinal


def test_body_ordinal_pattern():
    from vanban.loaders.citation_issuers import BODY_ORDINAL

    assert BODY_ORDINAL.match("số 23 về việc giải trình")
    assert BODY_ORDINAL.match("số 2, huyện Nam Lý")
    assert BODY_ORDINAL.match("số 15/UBND-VX ngày") is None
    assert BODY_ORDINAL.match("số 15 ngày 03/4/2020") is None
    assert BODY_ORDINAL.match("số 1656-CV") is None


def test_an_issuer_ending_with_its_ordinal_keeps_it_and_its_subject():
    raw = (
        "PHƯƠNG ÁN\nSắp xếp lại, xử lý tài sản công\n\nI. Căn cứ pháp lý\n\n"
        "Căn cứ Công văn số 1136/UBND-VP ngày 08 tháng 5 năm 2026 của Ủy ban nhân dân phường Thủ Dầu Một về việc"
        " hướng dẫn rà soát, bổ sung thuyết minh tiêu chuẩn định mức;\n"
        "Căn cứ Công văn số 1656/CN23-HCTH ngày 21 tháng 7 năm 2026 của Chi nhánh Văn phòng Đăng ký đất đai số 23"
        " về việc giải trình, bổ sung phương án sử dụng tài sản công phục vụ viên chức và người lao động.\n\n"
        "II. Mục đích của phương án\n"
    )
    c = _by_number(_cites(raw), "1656")
    assert c.issuer == "Chi nhánh Văn phòng Đăng ký đất đai số 23"
    assert c.title == "giải trình, bổ sung phương án sử dụng tài sản công phục vụ viên chức và người lao động"


# ---------------------------------------------------------------------------- a term in parentheses; a number without symbol


PARTY_PLAN = (
    "KẾ HOẠCH\nTổ chức đại hội Đảng các cấp tiến tới Đại hội đại biểu lần thứ III Đảng bộ Khối\n\n"
    "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ chính trị  (Khóa XII) về đại hội đảng các cấp tiến tới"
    " Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Kế hoạch số 155, ngày 07/7/2019 của Thành ủy Hà Nội về"
    " tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu lần thứ XVII Đảng bộ Thành phố Hà Nội; căn cứ"
    " tình hình thực tiễn của Đảng bộ Khối, Đảng ủy Khối các trường Đại học, Cao đẳng Hà Nội xây dựng Kế hoạch"
    " tổ chức đại hội Đảng các cấp như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
)


def test_a_capitalised_term_in_parentheses_after_a_double_space_is_skipped_before_the_subject():
    c = _by_number(_cites(PARTY_PLAN), "35")
    assert c.issuer == "Bộ Chính trị"
    assert c.title == "đại hội đảng các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"


def test_a_bare_number_with_its_date_is_read_with_its_issuer_and_subject():
    cites, implemented = _implemented(PARTY_PLAN)
    c = _by_number(cites, "155")
    assert (c.doc_type, c.symbol, c.date, c.issuer) == ("Kế hoạch", None, "2019-07-07", "Thành ủy Hà Nội")
    assert c.surface == "Kế hoạch số 155, ngày 07/7/2019"
    assert c.title == "tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu lần thứ XVII Đảng bộ Thành phố Hà Nội"
    assert [i.number for i in implemented] == ["35", "155"]


def test_a_bare_number_without_a_date_stays_a_back_reference():
    raw = (
        "KẾ HOẠCH\nabc\n\nThực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục đổi mới;\n"
        "UBND huyện xây dựng kế hoạch như sau:\n\nI. MỤC ĐÍCH\n1. Quán triệt Chỉ thị số 33 của Thủ tướng.\n"
    )
    cites = _cites(raw)
    assert [(c.number, c.symbol, c.date) for c in cites] == [("33", "CT-TTg", "2021-11-26")]


# ---------------------------------------------------------------------------- the next proposer after "và"


def test_the_second_proposer_after_va_cua_is_its_tr_s_issuer():
    raw = (
        "QUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ CỦA BAN DÂN TỘC TỈNH KON TUM\n"
        "ỦY BAN NHÂN DÂN TỈNH KON TUM\n"
        "Căn cứ Kết luận số 202-KL/BCS ngày 23 tháng 9 năm 2013 của Ban cán sự Đảng Ủy ban nhân dân tỉnh Kon Tum"
        " về công tác tổ chức – cán bộ;\n"
        "Xét đề nghị của Trưởng Ban Dân tộc tại Tờ trình\nsố 322/TTr-BDT ngày 09 tháng 7 năm 2013 và của Giám đốc"
        " Sở Nội vụ tại Tờ trình\nsố 2144/TTr-SNV ngày 24 tháng 9 năm 2013,\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành.\n"
    )
    header = Header(issuer="Ủy ban nhân dân tỉnh Kon Tum", province="Kon Tum", doc_type="Quyết định")
    cites, implemented = _implemented(raw, header)
    assert _by_number(cites, "322").issuer == "Trưởng Ban Dân tộc"
    assert _by_number(cites, "2144").issuer == "Giám đốc Sở Nội vụ tỉnh Kon Tum"
    assert [i.number for i in implemented] == ["202"]


# ---------------------------------------------------------------------------- the rule under a title


def test_a_subject_read_in_a_title_ends_at_the_rule_under_it():
    raw = (
        "BỘ NỘI VỤ\nSố: 08/2004/TT-BNV\n\nTHÔNG TƯ\n\nHướng dẫn thực hiện Nghị định số 115/2003/NĐ-CP ngày 10/10/2003\n\n"
        "của Chính phủ về chế độ công chức dự bị\n\n________________\n\n"
        "Thi hành Nghị định số 115/2003/NĐ-CP ngày 10 tháng 10 năm 2003 của Chính phủ về chế độ công chức dự bị"
        " (sau đây gọi tắt là Nghị định số 115/2003/NĐ-CP), Bộ Nội vụ hướng dẫn thực hiện như sau:\n\n"
        "I. NHỮNG QUY ĐỊNH CHUNG\n"
    )
    cites = _cites(raw, Header(issuer="Bộ Nội vụ", doc_type="Thông tư", number="08", symbol="2004/TT-BNV"))
    assert [(c.number, c.title) for c in cites] == [("115", "chế độ công chức dự bị")]


# ---------------------------------------------------------------------------- law names


def test_law_name_so_pattern():
    from vanban.loaders.law_names import LAW_NAME_SO

    assert LAW_NAME_SO.match("số; Chỉ thị")
    assert LAW_NAME_SO.match("số 85/2015/QH13") is None
    assert LAW_NAME_SO.match("số: 85/2015/QH13") is None


def test_a_code_written_bo_luat_and_an_ordinance_named_dan_so_are_read_whole():
    raw = (
        "KẾ HOẠCH\nXây dựng gia đình ấm no, hạnh phúc năm 2024\n\n"
        "Thực hiện Chương trình công tác Hội năm 2024, Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\nII. NỘI DUNG HOẠT ĐỘNG\n"
        "- Tiếp tục tuyên truyền, phổ biến Luật Hôn nhân và Gia đình năm 2014; Luật Trẻ em năm 2016; Bộ Luật Dân sự"
        " năm 2015, Bộ Luật Hình sự năm 2015(sửa đổi, bổ sung); Pháp lệnh Dân số; Chỉ thị số 06-CT/TW ngày 24/6/2021"
        " của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác xây dựng gia đình.\n"
    )
    got = [(c.doc_type, c.surface) for c in _cites(raw)]
    assert ("Bộ luật", "Bộ Luật Dân sự năm 2015") in got
    assert ("Bộ luật", "Bộ Luật Hình sự năm 2015") in got
    assert ("Pháp lệnh", "Pháp lệnh Dân số") in got
    assert ("Luật", "Luật Dân sự năm 2015") not in got


def test_a_law_s_number_after_so_still_ends_its_name():
    raw = "Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13 ngày 25/6/2015;\n"
    (c,) = _cites(raw)
    assert (c.doc_type, c.number, c.symbol) == ("Luật", "85", "2015/QH13")


# ---------------------------------------------------------------------------- a title in capitals


def test_a_title_in_capitals_ends_where_the_text_goes_on_in_lower_case():
    raw = (
        "ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\nSố: 166/KH-UBND\n\nKẾ HOẠCH\n"
        "TIẾP TỤC THỰC HIỆN ĐỀ ÁN “XÂY DỰNG LÀNG AN TOÀN, KHU DÂN CƯ\n"
        "AN TOÀN; CƠ QUAN, DOANH NGHIỆP AN TOÀN VỀ AN NINH TRẬT TỰ” GIAI ĐOẠN 2021-2025\n"
        "Sau 5 năm thực hiện Đề án “Xây\ndựng làng an toàn, khu dân cư an toàn” giai đoạn 2016 - 2020, Uỷ ban nhân dân\n"
        "tỉnh đã chỉ đạo tổng kết. Đề án cần được tiếp tục thực hiện, thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ\n"
        "tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025.\nUBND tỉnh xây dựng Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    header = Header(issuer="Ủy ban nhân dân tỉnh Hải Dương", province="Hải Dương", doc_type="Kế hoạch")
    cites, implemented = _implemented(raw, header)
    assert [c.doc_type for c in cites] == ["Nghị quyết"]
    assert implemented == []


def test_the_line_that_names_the_promulgating_decision_stays_in_a_title_in_capitals():
    raw = (
        "KẾ HOẠCH\nTHỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 CỦA THỦ TƯỚNG CHÍNH PHỦ\n"
        "(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 01/9/2021 của Ủy ban nhân dân tỉnh)\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
    )
    cites, implemented = _implemented(raw)
    assert [c.number for c in implemented] == ["19", "12"]


# ---------------------------------------------------------------------------- a Party cell's main clause


def test_cell_main_clause_pattern():
    from vanban.loaders.citation_subjects import CELL_MAIN_CLAUSE

    assert CELL_MAIN_CLAUSE.search("công tác văn thư, Chi bộ xây dựng kế hoạch như sau").group() == (
        ", Chi bộ xây dựng kế hoạch"
    )
    assert CELL_MAIN_CLAUSE.search("năm 2024, Chi đoàn thôn 3 tổ chức Kế hoạch hoạt động hè")
    assert CELL_MAIN_CLAUSE.search("hướng dẫn các đảng ủy, Chi bộ thực hiện việc kiểm điểm") is None


def test_a_subject_ends_where_a_chi_bo_s_main_clause_opens():
    raw = (
        "KẾ HOẠCH\nCông tác văn thư, lưu trữ năm 2024\n\n"
        "Thực hiện Hướng dẫn số 12-HD/VPTW ngày 05/3/2024 của Văn phòng Trung ương Đảng về công tác văn thư, lưu trữ"
        " trong các cơ quan đảng, Chi bộ xây dựng kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    cites, implemented = _implemented(raw)
    c = _by_number(cites, "12")
    assert c.title == "công tác văn thư, lưu trữ trong các cơ quan đảng"
    assert [i.number for i in implemented] == ["12"]
