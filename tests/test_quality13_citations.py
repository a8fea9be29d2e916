"""Citations, round 13: errors found on new real documents (decisions of provinces and ministries, plans
of the Đoàn, the Hội Liên hiệp Phụ nữ, schools and provinces, a Pháp lệnh, Party-instrument preambles).
A number whose hyphen was written as a space ("số 298 KH/TWĐTN"), an issuer running into a verb ("… Hội
LHPN Hà Nội chỉ đạo …"), strategies and projects approved by a cited instrument read again as their own
("… của Thủ tướng Chính phủ phê duyệt Đề án …"), names cut at "có" and "về" ("Pháp lệnh Ưu đãi người có
công với cách mạng", "Chiến lược quốc gia về bình đẳng giới"), a document naming itself by its title,
and subjects cut short or run on ("về thi hành Luật …", "…, UBND tỉnh ban hành Kế hoạch … như sau:").
The fragments are realistic, written in the style of those documents."""

from vanban.loaders.citation_anchors import SPACED_NUMSYM
from vanban.loaders.citation_issuers import ISSUER_SHORT_NAME, ISSUER_TERM
from vanban.loaders.citation_subjects import MAIN_CLAUSE
from vanban.loaders.citations import find_citations, find_implements
from vanban.loaders.project_mentions import APPROVED_AFTER_ISSUER
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

HA_NOI = Header(issuer="Ban Chấp hành Thành đoàn Hà Nội", province="Hà Nội")
TAY_NINH = Header(issuer="Ủy ban nhân dân tỉnh Tây Ninh", province="Tây Ninh", doc_type="Quyết định")
QUANG_NAM = Header(issuer="Ủy ban nhân dân tỉnh Quảng Nam", province="Quảng Nam")


def _cites(raw: str, header: Header = Header()):
    return find_citations(make_text(raw), header)


def _cites_and_implements(raw: str, header: Header = Header()):
    text = make_text(raw)
    cites = find_citations(text, header)
    return cites, find_implements(text, header, cites)


# ---------------------------------------------------------------------------- a space for the hyphen


def test_spaced_numsym_pattern():
    m = SPACED_NUMSYM.match("298 KH/TWĐTN ngày 14/7/2011")
    assert (m["num"], m["sym"]) == ("298", " KH/TWĐTN")
    assert SPACED_NUMSYM.match("12 KHCN/2024") is None  # no type code before the separator
    assert SPACED_NUMSYM.match("5 QH/2015") is None  # "QH" is a law's year part, not a type code


def test_a_number_whose_hyphen_is_a_space_is_read_with_its_symbol_date_and_issuer():
    # Round 18: the Đoàn's charter before it is an instrument cited by its name (charter_names).
    charter, c = _cites(
        "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh và Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011 của Ban Chấp hành\n"
        "Trung ương Đoàn TNCS Hồ Chí Minh về việc tổ chức đại hội đoàn các cấp;\n",
        HA_NOI,
    )
    assert (charter.surface, charter.doc_type, charter.number) == ("Điều lệ Đoàn TNCS Hồ Chí Minh", "Điều lệ", None)
    assert (c.doc_type, c.number, c.symbol, c.date) == ("Kế hoạch", "298", "KH/TWĐTN", "2011-07-14")
    assert c.issuer.startswith("Ban Chấp hành Trung ương Đoàn")
    assert "written with a space ('298 KH/TWĐTN')" in c.note


def test_a_spaced_number_needs_a_type_word_before_it():
    assert _cites("Tổng số 298 KH/TWĐTN đã được gửi về.") == []


# ---------------------------------------------------------------------------- issuers


def test_an_issuer_ends_before_a_lower_case_chi_dao():
    (c,) = _cites(
        "Kế hoạch số 64/KH-BTV, ngày 30/9/2020 của Ban Thường vụ Hội LHPN Hà Nội chỉ đạo Đại hội đại biểu Phụ nữ\n"
        "các cấp tiến tới Đại hội đại biểu Phụ nữ Thành phố lần thứ XVI;\n",
        HA_NOI,
    )
    assert c.issuer == "Ban Thường vụ Hội Liên hiệp Phụ nữ Hà Nội"  # its code expanded (test_quality19_cites_b)


def test_a_steering_committee_keeps_its_chi_dao():
    (c,) = _cites("Thực hiện Kế hoạch số 45/KH-BCĐ ngày 02/3/2024 của Ban chỉ đạo 35 huyện về công tác tuyên truyền;")
    assert c.issuer == "Ban chỉ đạo 35 huyện"


def test_issuer_short_name_pattern():
    assert ISSUER_SHORT_NAME.match(" (GDĐT) về việc").end() == len(" (GDĐT)")
    assert ISSUER_SHORT_NAME.match(" (Quyết định cũ) về") is None


def test_the_subject_follows_an_issuer_s_short_name():
    (c,) = _cites(
        "Thực hiện Kế hoạch số 1521/KH-BGDĐT ngày 27/10/2022 của Bộ Giáo dục và Đào tạo (GDĐT) về việc triển khai\n"
        "thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2022;\n"
    )
    assert c.issuer == "Bộ Giáo dục và Đào tạo"
    assert c.title == "triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2022"


def test_issuer_term_pattern():
    assert ISSUER_TERM.match(" khóa XII về một số vấn đề").end() == len(" khóa XII")
    assert ISSUER_TERM.match(" (khoá IX) về").end() == len(" (khoá IX)")
    assert ISSUER_TERM.match(" khóa họp thứ 9") is None


def test_the_subject_follows_a_party_body_s_term():
    cites = _cites(
        "Căn cứ Nghị quyết số 18-NQ/TW ngày 25 tháng 10 năm 2017 của Ban Chấp hành Trung ương Đảng khóa XII về một\n"
        "số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực,\n"
        "hiệu quả;\n"
    )
    assert cites[0].issuer == "Ban Chấp hành Trung ương Đảng"
    assert cites[0].title.startswith("một số vấn đề về tiếp tục đổi mới")


# ---------------------------------------------------------------------------- approved projects, names


def test_approved_after_issuer_pattern():
    m = APPROVED_AFTER_ISSUER.match(" phê duyệt Đề án phát triển giáo dục mầm non giai đoạn 2018-2025; Quyết")
    assert m["approved"] == "Đề án phát triển giáo dục mầm non giai đoạn 2018-2025"
    assert APPROVED_AFTER_ISSUER.match(" việc ban hành Chiến lược quốc gia")["approved"] == "Chiến lược quốc gia"
    assert APPROVED_AFTER_ISSUER.match(" về công tác dân vận") is None


def test_a_project_approved_by_a_decision_whose_verb_follows_its_issuer_is_that_decision():
    cites, implements = _cites_and_implements(
        "Căn cứ Luật Giáo dục ngày 14/6/2019; Quyết định số 1677/QĐ-TTg ngày 03/12/2018 của Thủ tướng Chính phủ\n"
        "phê duyệt Đề án phát triển giáo dục mầm non giai đoạn 2018-2025; Căn cứ Kế hoạch số 123/KH-UBND ngày\n"
        "29/03/2021 của UBND Huyện Phú Xuyên về phát triển giáo dục mầm non giai đoạn 2021-2025;\n"
    )
    assert [c.doc_type for c in cites] == ["Luật", "Quyết định", "Kế hoạch"]
    assert [c.number for c in implements] == [None, "1677", "123"]


def test_a_strategy_promulgated_by_a_resolution_is_that_resolution():
    cites = _cites(
        "Căn cứ Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ việc ban hành Chiến lược\n"
        "quốc gia về bình đẳng giới giai đoạn 2021 - 2030;\n"
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh\n"
        "Tây Ninh giai đoạn 2021-2030.\n",
        TAY_NINH,
    )
    assert [(c.doc_type, c.number) for c in cites] == [("Nghị quyết", "28")]


def test_a_national_strategy_is_named_with_its_field():
    cites = _cites(
        "Căn cứ Kế hoạch 834/KH-UBND ngày 26 tháng 6 năm 2021 của Ủy ban nhân dân tỉnh về thực hiện Chiến lược\n"
        "quốc gia về bình đẳng giới tỉnh Gia Lai giai đoạn 2021 - 2030, Ủy ban nhân dân tỉnh ban hành Kế hoạch\n"
        "triển khai công tác bình đẳng giới năm 2025 như sau:\n"
    )
    assert [c.surface for c in cites if c.number is None] == ["Chiến lược quốc gia về bình đẳng giới"]


def test_a_law_named_for_people_with_merit_is_read_whole():
    (c,) = _cites("Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 09 tháng 12 năm 2020;")
    assert (c.doc_type, c.surface) == ("Pháp lệnh", "Pháp lệnh Ưu đãi người có công với cách mạng ngày 09 tháng 12 năm 2020")
    assert c.date == "2020-12-09"


def test_a_document_naming_itself_by_its_title_is_not_cited():
    header = Header(doc_type="Pháp lệnh", title="ƯU ĐÃI NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG", issuer="Ủy ban Thường vụ Quốc hội")
    cites, implements = _cites_and_implements(
        "Căn cứ Nghị quyết số 106/2020/QH14 ngày 10 tháng 6 năm 2020 của Quốc hội về Chương trình xây dựng luật,\n"
        "pháp lệnh năm 2021;\n"
        "Ủy ban Thường vụ Quốc hội ban hành Pháp lệnh Ưu đãi người có công với cách mạng.\n",
        header,
    )
    assert [c.number for c in cites] == ["106"]
    assert [c.number for c in implements] == ["106"]


# ---------------------------------------------------------------------------- subjects


def test_a_subject_whose_object_is_the_next_instrument_runs_to_its_clause_end():
    cites = _cites(
        "Căn cứ Nghị định số 23/2006/NĐ-CP ngày 03/3/2006 của Chính phủ về thi hành Luật Bảo vệ và phát triển\n"
        "rừng;\n"
        "Căn cứ Thông tư liên tịch số 11/2004/TTLT-BNN-BNV ngày 02/4/2004 của Bộ Nông nghiệp và Phát triển nông\n"
        "thôn và Bộ Nội vụ hướng dẫn chức năng, nhiệm vụ;\n",
        QUANG_NAM,
    )
    assert cites[0].title == "thi hành Luật Bảo vệ và phát triển rừng"
    assert cites[1].surface == "Luật Bảo vệ và phát triển rừng"  # still cited on its own


def test_a_subject_that_lists_the_next_instrument_stops_before_it():
    cites = _cites(
        "Căn cứ Công văn số 739/BNV-CTTN&BĐG ngày 28 tháng 3 năm 2025 của Bộ Nội vụ về việc hướng dẫn triển khai\n"
        "công tác bình đẳng giới năm 2025 và Kế hoạch 834/KH-UBND ngày 26 tháng 6 năm 2021 của Ủy ban nhân dân\n"
        "tỉnh về công tác bình đẳng giới;\n"
    )
    assert cites[0].title == "hướng dẫn triển khai công tác bình đẳng giới năm 2025"


def test_a_subject_in_a_title_does_not_run_into_the_preamble():
    cites = _cites(
        "KẾ HOẠCH\n"
        "Triển khai thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục tăng\n"
        "cường công tác dân vận trong tình hình mới năm 2025\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    )
    assert cites[0].title == "tiếp tục tăng cường công tác dân vận trong tình hình mới năm 2025"


def test_main_clause_pattern():
    m = MAIN_CLAUSE.search("hè năm 2024, Ban Bí thư Trung ương Đoàn ban hành Kế hoạch tổ chức các hoạt động")
    assert m["name"] == "Ban Bí thư Trung ương Đoàn"
    assert MAIN_CLAUSE.search("về công tác dân vận năm 2025, UBND huyện xây dựng Kế hoạch thực hiện như sau")
    assert MAIN_CLAUSE.search("về an toàn, vệ sinh lao động xây dựng cơ bản") is None


def test_a_subject_stops_at_the_main_clause_of_its_sentence():
    (c,) = _cites(
        "Thực hiện chương trình công tác Đoàn năm 2024; căn cứ Kế hoạch số 183-KH/TWĐTN-TNNT ngày 28/2/2024 của Ban\n"
        "Bí thư Trung ương Đoàn về việc tổ chức chiến dịch thanh niên tình nguyện Hè năm 2024, Ban Bí thư Trung\n"
        "ương Đoàn ban hành Kế hoạch tổ chức các hoạt động Hè dành cho thiếu nhi năm 2024, cụ thể như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
    )
    assert c.title == "tổ chức chiến dịch thanh niên tình nguyện Hè năm 2024"


def test_a_subject_stops_before_a_short_name_left_open():
    cites = _cites(
        "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công\n"
        "nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia (sau đây gọi tắt là Nghị quyết 57), Ban Thường vụ Tỉnh ủy\n"
        "ban hành Kế hoạch thực hiện như sau:\n"
    )
    assert cites[0].title == "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"


# ---------------------------------------------------------------------------- round 2: police and ministries


def test_a_ministry_s_name_cut_or_written_without_va_is_completed_from_the_symbol():
    cites = _cites(
        "Thực hiện Quyết định số 04/2022/QĐ-TTg ngày 18/2/2022 của Thủ tướng Chính phủ; căn cứ Công văn số\n"
        "1624/BVHTTDL-VHCS ngày 26/4/2023 của Bộ Văn hóa thể thao và du lịch; Kế hoạch số 1521/KH-BGDĐT ngày\n"
        "27/10/2022 của Bộ Giáo dục Đào tạo về việc triển khai Chương trình;\n"
    )
    issuers = {c.number: c.issuer for c in cites}
    assert issuers["1624"] == "Bộ Văn hóa, Thể thao và Du lịch"
    assert issuers["1521"] == "Bộ Giáo dục và Đào tạo"


def test_a_ministry_s_name_is_not_completed_from_another_body_s_code():
    (c,) = _cites("Căn cứ Công văn số 12/SVHTTDL-QLVH ngày 2/3/2024 của Sở Văn hóa thể thao và du lịch tỉnh về việc tổ chức;")
    assert c.issuer.startswith("Sở Văn hóa")


def test_a_police_symbol_with_its_section_in_parentheses():
    (c,) = _cites(
        "Thực hiện Quyết định số 1960/QĐ-BCA-C41 ngày 08/6/2017 của Bộ Công an; trên cơ sở tham mưu của Công an\n"
        "tỉnh tại Công văn số 823/PV11(CS)\nngày 18/7/2017, UBND tỉnh ban hành Kế hoạch như sau:\n",
        Header(issuer="Ủy ban nhân dân tỉnh Khánh Hòa", province="Khánh Hòa"),
    )[1:]
    assert (c.number, c.symbol, c.date) == ("823", "PV11(CS)", "2017-07-18")
    assert c.issuer == "Công an tỉnh Khánh Hòa"  # the body whose advice it carries ("tham mưu của … tại")


def test_the_body_that_goes_on_to_issue_an_instrument_is_its_issuer():
    (c, _, _) = _cites(
        "Ngày 01/12/2016, Ban Thường vụ Tỉnh uỷ tiếp tục ban hành Công văn số 493 -CV/TU về việc bổ sung việc kiểm\n"
        "điểm theo tinh thần Nghị quyết Trung ương 4 (khoá XII) để triển khai thực hiện Công văn số 1825 -CV/BTCTW,\n"
        "ngày 18/11/2016 của Ban Tổ chức Trung ương Đảng.\n"
    )
    assert (c.number, c.issuer) == ("493", "Ban Thường vụ Tỉnh ủy")
