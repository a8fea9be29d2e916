"""Citations and implements, round 20: a "Căn cứ" run whose later lines do not repeat "Căn cứ" (a Sở's letter:
"Căn cứ Luật …;" / "Thông tư số …;" / "Thông tư số …; căn cứ …, Sở GDĐT hướng dẫn …"), a law cited by its number
whose subject is its own name ("Luật số 51/2010/QH12 của Quốc hội về Luật Người khuyết tật": one entry), a law's
name that ran on into the next clause or paragraph ("… Luật Phát triển đô thị và xem xét …", a heading and the
paragraph under it), and what a survey of real letters, plans and notices showed. The fragments are realistic ones
written in the style of those documents (the documents themselves are not in the repository)."""

from vanban.loaders.citation_mentions import MARKDOWN_HEADING, mark_hard_breaks, mask
from vanban.loaders.implementing_spans import LIST_ITEM_INSTRUMENT, _continues_list
from vanban.loaders.law_names import OWN_NAME_GAP
from vanban.loaders.text import make_text
from tests.citation_reading import cited as _cited, implemented as _implemented, record as _record


# ---------------------------------------------------------------------------- a "Căn cứ" run in a letter

_LETTER = (
    "UBND TỈNH QUẢNG NAM\n"
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO\n"
    "Số: 1234/SGDĐT-GDTH\n"
    "V/v hướng dẫn thực hiện giáo dục hòa nhập người khuyết tật năm học 2026-2027\n"
    "Quảng Nam, ngày 15 tháng 8 năm 2026\n"
    "\n"
    "Kính gửi: Trưởng phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố\n"
    "\n"
    "Căn cứ Luật số 51/2010/QH12 của Quốc hội về Luật Người khuyết tật;\n"
    "Thông tư số 03/2018/TT-BGDĐT ngày 29 tháng 01 năm 2018 của Bộ Giáo dục và Đào tạo (GDĐT) quy định về giáo dục "
    "hòa nhập đối với người khuyết tật;\n"
    "Thông tư số 15/2026/TT-BGDĐT ngày 24 tháng 3 năm 2026 của Bộ GDĐT ban hành Điều lệ trường tiểu học; căn cứ các "
    "quy định hiện hành, Sở GDĐT hướng dẫn thực hiện giáo dục hòa nhập như sau:\n"
    "\n"
    "1. Các phòng GDĐT chỉ đạo các trường rà soát học sinh khuyết tật.\n"
    "Thông tư số 20/2018/TT-BGDĐT quy định chuẩn nghề nghiệp giáo viên.\n"
    "2. Các trường thực hiện Luật Người khuyết tật và xem xét bố trí giáo viên hỗ trợ.\n"
)


def test_a_letter_s_grounds_listed_without_repeating_can_cu_are_implemented():
    implemented = _implemented(_LETTER)
    assert implemented == [
        "Luật số 51/2010/QH12",
        "Thông tư số 03/2018/TT-BGDĐT ngày 29 tháng 01 năm 2018",
        "Thông tư số 15/2026/TT-BGDĐT ngày 24 tháng 3 năm 2026",
    ]
    # The body's instrument is cited, not implemented: the run ended with its paragraph.
    assert "Thông tư số 20/2018/TT-BGDĐT" in _cited(_LETTER)


def test_a_line_continues_the_run_only_after_a_semicolon_and_with_an_instrument_at_its_start():
    assert _continues_list("Căn cứ Luật số 51/2010/QH12 của Quốc hội về Luật Người khuyết tật;", "Thông tư số 03/2018/TT-BGDĐT …;")
    assert _continues_list("Căn cứ Nghị định số 24/2014/NĐ-CP;  ", "- Quyết định số 12/QĐ-UBND ngày 01/3/2024 …")
    assert _continues_list("… ngày 19/6/2015;", "Luật Giáo dục ngày 14/6/2019;")
    # A paragraph that ended with a period or a colon, and a body's sentence about an instrument, are not the run.
    assert not _continues_list("Căn cứ Luật Giáo dục ngày 14/6/2019.", "Thông tư số 20/2018/TT-BGDĐT quy định …")
    assert not _continues_list("… như sau:", "Kế hoạch số 12/KH-UBND …")
    assert not _continues_list("… năm 2019;", "Kế hoạch này được triển khai …")
    assert not _continues_list("… năm 2019;", "Các trường thực hiện Thông tư số 20/2018/TT-BGDĐT")
    assert LIST_ITEM_INSTRUMENT.match("Nghị quyết 57-NQ/TW ngày 22/12/2024")
    assert LIST_ITEM_INSTRUMENT.match("Pháp lệnh Ưu đãi người có công với cách mạng;")
    assert LIST_ITEM_INSTRUMENT.match("Luật sư tư vấn …") is None
    assert LIST_ITEM_INSTRUMENT.match("công văn số 256/SGDĐT-GDTrH ngày 12/3/2021 của Sở GD&ĐT;")
    assert LIST_ITEM_INSTRUMENT.match("kế hoạch này được triển khai") is None


def test_a_letter_s_run_still_ends_at_its_body():
    raw = (
        "Kính gửi: Các trường tiểu học\n"
        "Căn cứ Công văn số 1500/BGDĐT-GDTH ngày 10/8/2026 của Bộ Giáo dục và Đào tạo;\n"
        "Phòng GDĐT hướng dẫn các trường như sau:\n"
        "Quyết định số 45/QĐ-UBND ngày 02/3/2026 của UBND huyện giao chỉ tiêu cho các trường.\n"
    )
    assert _implemented(raw) == ["Công văn số 1500/BGDĐT-GDTH ngày 10/8/2026"]


# ---------------------------------------------------------------------------- a law named by its subject


def test_a_numbered_law_whose_subject_is_its_name_is_one_entry():
    cites = _record(_LETTER).cites
    laws = [c for c in cites if c.doc_type == "Luật"]
    assert [(c.surface, c.number, c.symbol, c.year, c.issuer) for c in laws] == [
        ("Luật số 51/2010/QH12", "51", "2010/QH12", 2010, "Quốc hội")
    ]
    # The later "thực hiện Luật Người khuyết tật" is a mention of that law, not a second entry.
    assert laws[0].mentions == 2


def test_own_name_gap_pattern():
    assert OWN_NAME_GAP.fullmatch(" của Quốc hội về ")
    assert OWN_NAME_GAP.fullmatch(" về ")
    assert OWN_NAME_GAP.fullmatch(" của Quốc hội khóa XII về ")
    assert OWN_NAME_GAP.fullmatch(" sửa đổi, bổ sung một số điều của ") is None  # an amending law names others
    assert OWN_NAME_GAP.fullmatch(" của Quốc hội; ") is None
    assert OWN_NAME_GAP.fullmatch(": ")
    assert OWN_NAME_GAP.fullmatch(" ")
    assert OWN_NAME_GAP.fullmatch(", ") is None  # a list of two laws
    assert OWN_NAME_GAP.fullmatch(" và ") is None


def test_a_numbered_law_with_its_name_written_after_it_is_one_entry():
    raw = (
        "Căn cứ Luật số 43/2019/QH14: Luật Giáo dục ngày 14/6/2019 của Quốc hội;\n"
        "Căn cứ Luật số 59/2020/QH14, Luật Đầu tư ngày 17/6/2020;\n"
        "Các trường thực hiện Luật Giáo dục.\n"
    )
    cites = _record(raw).cites
    assert [(c.surface, c.number, c.date, c.mentions) for c in cites] == [
        ("Luật số 43/2019/QH14", "43", "2019-06-14", 2),
        ("Luật số 59/2020/QH14", "59", None, 1),
        ("Luật Đầu tư ngày 17/6/2020", None, "2020-06-17", 1),
    ]


def test_an_amending_law_by_number_keeps_the_laws_it_amends():
    raw = (
        "Căn cứ Luật số 28/2018/QH14 sửa đổi, bổ sung một số điều của Luật Tổ chức chính quyền địa phương;\n"
        "Căn cứ Luật số 59/2020/QH14 về Luật Doanh nghiệp;\n"
    )
    cites = _cited(raw)
    assert cites == ["Luật số 28/2018/QH14", "Luật Tổ chức chính quyền địa phương", "Luật số 59/2020/QH14"]


def test_a_law_s_name_with_another_year_than_its_number_stays_two_entries():
    raw = "Căn cứ Luật số 31/2024/QH15 về Luật Đất đai năm 2013;\n"  # a slip: not read as one law
    assert _cited(raw) == ["Luật số 31/2024/QH15", "Luật Đất đai năm 2013"]


# ---------------------------------------------------------------------------- a law's name ends with its clause

_NOTICE = (
    "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI\n"
    "THƯỜNG TRỰC HĐND\n"
    "Số: 45/TB-HĐND\n"
    "Hà Nội, ngày 10 tháng 5 năm 2025\n"
    "\n"
    "THÔNG BÁO\n"
    "Kết luận của Thường trực HĐND Thành phố tại phiên họp tháng 5 năm 2025\n"
    "\n"
    "### 1. Về kết quả thực hiện nhiệm vụ\n"
    "\n"
    "Thường trực HĐND Thành phố đề nghị UBND Thành phố chỉ đạo thực hiện Luật Phát triển đô thị và xem xét bố trí "
    "kinh phí cho các dự án.\n"
    "\n"
    "### 3. Về công tác chuẩn bị triển khai Luật Phát triển đô thị\n"
    "\n"
    "Đề nghị các Ban HĐND Thành phố phối hợp với UBND Thành phố chuẩn bị các nội dung trình kỳ họp.\n"
    "\n"
    "### 4. Về việc thi hành Luật Thủ đô\n"
    "Các sở, ngành rà soát các quy định của Thành phố.\n"
)


def test_a_law_s_name_stops_before_the_next_clause_and_at_a_heading_s_end():
    laws = [c.surface for c in _record(_NOTICE).cites if c.doc_type == "Luật"]
    assert laws == ["Luật Phát triển đô thị", "Luật Thủ đô"]


def test_law_names_with_and_keep_it():
    raw = (
        "Căn cứ Luật Bảo vệ và phát triển rừng năm 2004;\n"
        "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;\n"
        "Căn cứ Luật Tiêu chuẩn và quy chuẩn kỹ thuật;\n"
    )
    assert _cited(raw) == [
        "Luật Bảo vệ và phát triển rừng năm 2004",
        "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003",
        "Luật Tiêu chuẩn và quy chuẩn kỹ thuật",
    ]


def test_a_markdown_heading_line_ends_a_name():
    assert MARKDOWN_HEADING.match("### 3. Về công tác")
    assert MARKDOWN_HEADING.match("# KẾ HOẠCH")
    assert MARKDOWN_HEADING.match("#1 trong danh sách") is None
    text = make_text("### 4. Về việc thi hành Luật Thủ đô\nCác sở, ngành rà soát.\n")
    masked = mask(text.flat)
    marked = mark_hard_breaks(masked, text)
    assert marked != masked and len(marked) == len(masked)
    assert marked[text.lines[1].flat_start - 1] == "\r"


# ---------------------------------------------------------------------------- treaties named by party or city

_CLIMATE_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH CÀ MAU\n"
    "Số: 210/KH-UBND\n"
    "Cà Mau, ngày 12 tháng 9 năm 2025\n"
    "KẾ HOẠCH\n"
    "Thực hiện cam kết của Việt Nam về ứng phó với biến đổi khí hậu trên địa bàn tỉnh\n"
    "\n"
    "Căn cứ Công ước khung của Liên hợp quốc về biến đổi khí hậu và Thỏa thuận Paris về biến đổi khí hậu;\n"
    "Căn cứ Quyết định số 896/QĐ-TTg ngày 26/7/2022 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia về biến "
    "đổi khí hậu giai đoạn đến năm 2050;\n"
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Thực hiện các cam kết quốc tế mà Việt Nam là thành viên, Nghị định thư Kyoto thuộc Công ước khung của Liên "
    "hợp quốc về biến đổi khí hậu và các điều ước quốc tế khác.\n"
)


def test_treaties_named_by_an_international_party_or_their_city_are_cited():
    record = _record(_CLIMATE_PLAN)
    treaties = [(c.surface, c.doc_type, c.number, c.year, c.issuer, c.mentions) for c in record.cites if c.number is None]
    assert treaties == [
        ("Công ước khung của Liên hợp quốc về biến đổi khí hậu", "Công ước", None, None, None, 2),
        ("Thỏa thuận Paris về biến đổi khí hậu", "Thỏa thuận", None, None, None, 1),
        ("Nghị định thư Kyoto", "Nghị định thư", None, None, None, 1),
    ]
    assert [c.surface for c in record.implements] == [
        "Công ước khung của Liên hợp quốc về biến đổi khí hậu",
        "Thỏa thuận Paris về biến đổi khí hậu",
        "Quyết định số 896/QĐ-TTg ngày 26/7/2022",
    ]


def test_generic_commitments_and_agreements_between_bodies_are_not_treaties():
    raw = (
        "Thực hiện các cam kết quốc tế, các điều ước quốc tế và Thỏa thuận hợp tác giữa Sở Y tế và Bệnh viện năm 2023.\n"
        "Triển khai Công ước quốc tế về các quyền dân sự và chính trị.\n"
        "Thực hiện Thỏa thuận với các đối tác; Hiệp ước biên giới.\n"
    )
    assert _cited(raw) == []


def test_a_treaty_s_field_ends_at_the_next_treaty_and_takes_its_year():
    from vanban.loaders.charter_names import NAMED_TREATY, TREATY

    assert NAMED_TREATY.match("Thỏa thuận Paris về")["city"] == "Paris"
    assert NAMED_TREATY.match("Công ước khung của Liên hợp quốc về")["party"] == "Liên hợp quốc"
    assert NAMED_TREATY.match("Công ước quốc tế về") is None
    # The named-by-year reading no longer runs over a second treaty's type word.
    assert TREATY.match("Công ước khung của Liên hợp quốc về biến đổi khí hậu và Thỏa thuận Paris năm 2015") is None
    raw = "Căn cứ Công ước khung của Liên hợp quốc về biến đổi khí hậu và Thỏa thuận Paris năm 2015;\n"
    assert [(c.surface, c.year) for c in _record(raw).cites] == [
        ("Công ước khung của Liên hợp quốc về biến đổi khí hậu", None),
        ("Thỏa thuận Paris năm 2015", 2015),
    ]


# ---------------------------------------------------------------------------- the department of culture and sport


def test_a_culture_department_s_name_with_its_comma_is_read_whole():
    raw = (
        "Thực hiện Kế hoạch số 25/KH-SVHTTDL ngày 02/3/2024 của Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang về việc "
        "tổ chức Đại hội Thể dục thể thao các cấp;\n"
        "Căn cứ Luật Thể dục, thể thao số 77/2006/QH11; Luật Thể dục, thể thao quy định …\n"
    )
    cites = _record(raw).cites
    assert [(c.surface, c.issuer) for c in cites] == [
        ("Kế hoạch số 25/KH-SVHTTDL ngày 02/3/2024", "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang"),
        ("Luật Thể dục, thể thao số 77/2006/QH11", None),
    ]
    assert cites[1].mentions == 2  # the law's name alone, with its comma, names it


def test_a_capitalised_word_a_copy_ran_together_is_cut_where_one_cut_fits():
    from vanban.loaders.names import _unglued_word, unglue_name

    assert unglue_name("Sở Thể dục - Thểthao") == "Sở Thể dục - Thể thao"  # not "Thểt hao": "thểt" takes no hỏi
    assert _unglued_word("Nghiệpvụ") == "Nghiệp vụ"
    assert _unglued_word("Tânhoa") == "Tânhoa"  # "Tâ nhoa" or "Tân hoa": not certain
    assert _unglued_word("Thể") == "Thể"
    assert _unglued_word("TTg") == "TTg"
    raw = (
        "Xét đề nghị của Sở Thể dục - Thểthao tại Công văn số 12/TDTT-VP ngày 07 tháng 01 năm 2008 về việc xin phép tổ "
        "chức cuộc đi bộ đồng hành;\n"
    )
    (c,) = _record(raw).cites
    assert c.issuer.startswith("Sở Thể dục - Thể thao")


def test_a_treaty_named_after_its_city_is_one_instrument_however_much_of_its_name_is_written():
    raw = (
        "Căn cứ Nghị quyết số 93/NQ-CP ngày 31/10/2016 của Chính phủ phê duyệt Thỏa thuận Paris thực hiện Công ước khung "
        "của Liên hợp quốc về biến đổi khí hậu (Thỏa thuận Paris về biến đổi khí hậu);\n"
        "Các sở, ngành thực hiện mục tiêu giảm phát thải nêu tại Thỏa thuận Paris (2015); tuyên truyền Công ước khung của "
        "Liên hợp quốc về Biến đổi khí hậu.\n"
    )
    cites = _record(raw).cites
    assert [(c.surface, c.doc_type, c.year, c.mentions) for c in cites] == [
        ("Nghị quyết số 93/NQ-CP ngày 31/10/2016", "Nghị quyết", 2016, 1),
        ("Thỏa thuận Paris", "Thỏa thuận", 2015, 3),
        ("Công ước khung của Liên hợp quốc về biến đổi khí hậu", "Công ước", None, 2),
    ]


def test_a_law_named_in_a_treaty_s_field_still_keeps_the_treaty_unread():
    assert _cited("Tuyên truyền Công ước Liên hợp quốc về Luật Biển.\n") == []


# ---------------------------------------------------------------------------- a law named, then cited by number


def test_a_law_named_without_year_before_its_numbered_citation_is_one_entry():
    raw = (
        "Thực hiện Kết luận số 126-KL/TW ngày 14/02/2025 của Bộ Chính trị, Ban Bí thư về một số nội dung, nhiệm vụ tiếp "
        "tục sắp xếp, tinh gọn tổ chức bộ máy, trong đó giao sửa đổi Luật Tổ chức chính quyền địa phương;\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
        "Luật Tổ chức chính quyền địa phương năm 2025 có hiệu lực từ ngày 01/7/2025.\n"
    )
    laws = [c for c in _record(raw).cites if c.doc_type == "Luật"]
    assert [(c.surface, c.number, c.year, c.mentions) for c in laws] == [
        ("Luật Tổ chức chính quyền địa phương số 72/2025/QH15", "72", 2025, 3)
    ]


def test_a_law_named_with_another_year_before_its_numbered_citation_stays_apart():
    raw = (
        "Căn cứ Luật Đất đai năm 2013;\n"
        "Căn cứ Luật Đất đai số 31/2024/QH15;\n"
    )
    assert _cited(raw) == ["Luật Đất đai năm 2013", "Luật Đất đai số 31/2024/QH15"]


# ---------------------------------------------------------------------------- legal answers


def test_an_amending_law_named_by_the_law_and_its_year_is_its_own_entry():
    raw = (
        "Căn cứ theo quy định tại Điều 165 Luật Sở hữu trí tuệ 2005 được sửa đổi bởi khoản 66 Điều 1 Luật Sở hữu trí tuệ "
        "sửa đổi 2022 quy định cá nhân được cấp Chứng chỉ hành nghề.\n"
        "Theo Luật Xây dựng sửa đổi, bổ sung năm 2020 và Luật Xây dựng 2014.\n"
    )
    assert [(c.surface, c.year) for c in _record(raw).cites] == [
        ("Luật Sở hữu trí tuệ 2005", 2005),
        ("Luật Sở hữu trí tuệ sửa đổi 2022", 2022),
        ("Luật Xây dựng sửa đổi, bổ sung năm 2020", 2020),
        ("Luật Xây dựng 2014", 2014),
    ]
    # An amending law named with the laws it amends is read as before.
    assert _cited("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Xây dựng ngày 17/6/2020;\n") == [
        "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng ngày 17/6/2020"
    ]


def test_a_legal_answer_listing_what_a_provision_holds_does_not_implement_it():
    raw = (
        "## Nguyên tắc cơ bản trong hoạt động đầu tư xây dựng là gì?\n\n"
        "Căn cứ Điều 4 Luật Xây dựng 2014 (được bổ sung bởi điểm c khoản 2 Điều 1 Luật Xây dựng sửa đổi 2020) nguyên tắc "
        "cơ bản trong hoạt động đầu tư xây dựng gồm:\n\n"
        "1. Bảo đảm đầu tư xây dựng công trình theo quy hoạch.\n"
    )
    assert _implemented(raw) == []
    assert _cited(raw) == ["Luật Xây dựng 2014", "Luật Xây dựng sửa đổi 2020"]
    # A decision's preamble naming an article is still implemented.
    preamble = "Căn cứ Điều 4 Luật Xây dựng năm 2014;\nCăn cứ Nghị định số 15/2021/NĐ-CP ngày 03/3/2021 của Chính phủ;\n"
    assert _implemented(preamble) == ["Luật Xây dựng năm 2014", "Nghị định số 15/2021/NĐ-CP ngày 03/3/2021"]


# ---------------------------------------------------------------------------- projects and strategies by name


def test_a_project_s_back_reference_before_its_verb_is_no_citation():
    raw = (
        "IV. KINH PHÍ THỰC HIỆN ĐỀ ÁN\n"
        "1. Kinh phí thực hiện Đề án thực hiện theo quy định của pháp luật.\n"
        "2. Việc quản lý và sử dụng các nguồn kinh phí thực hiện Đề án bảo đảm\n"
        "đúng mục đích, hiệu quả và theo quy định của pháp luật.\n"
        "3. Các bộ thực hiện nhiệm vụ được giao tại Đề án bằng cách lồng ghép thực hiện nhiệm vụ vào các kế hoạch.\n"
    )
    assert _cited(raw) == []
    assert _cited("Triển khai Đề án văn hóa công vụ trên địa bàn tỉnh.\n") == ["Đề án văn hóa công vụ"]


def test_a_strategy_s_name_reads_digital_and_a_field_before_the_country():
    raw = (
        "| 8.1 | Triển khai Chiến lược phát triển công nghiệp công\nnghệ số Việt Nam\n| Sở Khoa học và Công nghệ |\n"
        "Ban hành kèm theo Quyết định này “Kế hoạch triển khai Chiến lược Quốc gia phát triển ngành Dược Việt Nam giai "
        "đoạn đến năm 2030”.\n"
    )
    assert _cited(raw) == [
        "Chiến lược phát triển công nghiệp công nghệ số Việt Nam",
        "Chiến lược Quốc gia phát triển ngành Dược Việt Nam",
    ]


# ---------------------------------------------------------------------------- a school's letter to parents

_SCHOOL_LETTER = (
    "PHÒNG GD&ĐT YÊN THẾ\n\nTRƯỜNG TH XUÂN LƯƠNG\n\nSố: .../CV-THXL\n\n"
    "Xuân Lương, ngày .... tháng 5 năm 2021\n\n"
    " Kính gửi: - Các bậc Phụ huynh học sinh lớp 1 năm học 2021-2022\n\n"
    "Căn cứ Thông tư số 32/2018/TT-BGDĐT của Bộ trưởng Bộ Giáo dục và đào tạo về việc ban hành chương trình giáo dục "
    "phổ thông;\n\n"
    "Căn cứ Thông tư số 01/2020/TT-BGDĐT ngày 30/01/2020 của Bộ Giáo dục và Đào tạo về việc Hướng dẫn lựa chọn sách "
    "giáo khoa;\n\n"
    "Căn Thông tư số 25/2020/TT-BGDĐT ngày 26/8/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo về hướng dẫn việc lựa chọn "
    "sách giáo khoa;\n\n"
    "Căn cứ Quyết định số 205/QĐ-UBND của Ủy ban nhân dân tỉnh Bắc Giang ngày 19 tháng 3 năm 2021 về việc ban hành Quy "
    "định tiêu chí lựa chọn sách giáo khoa.\n\n"
    "Để phục vụ tốt nhu cầu học tập của học sinh, Trường TH Xuân Lương kính gửi các bậc phụ huynh thông tin về sách.\n"
)


def test_a_basis_written_without_its_cu_keeps_the_run_going():
    assert _implemented(_SCHOOL_LETTER) == [
        "Thông tư số 32/2018/TT-BGDĐT",
        "Thông tư số 01/2020/TT-BGDĐT ngày 30/01/2020",
        "Thông tư số 25/2020/TT-BGDĐT ngày 26/8/2020",
        "Quyết định số 205/QĐ-UBND",
    ]
    from vanban.loaders.implementing_spans import OPENING

    assert OPENING.match("Căn Thông tư số 25/2020/TT-BGDĐT")["open"] == "Căn"
    assert OPENING.match("Căn hộ chung cư") is None


def test_a_minister_s_ministry_cut_at_its_lower_case_words_is_read_from_the_symbol():
    tt = _record(_SCHOOL_LETTER).cites[0]
    assert tt.issuer == "Bộ trưởng Bộ Giáo dục và Đào tạo"


def test_a_law_s_name_stops_at_a_body_or_sentence_opening_its_next_line():
    raw = (
        "3. Về công tác chuẩn bị triển khai Luật Phát triển đô thị\n"
        "Thường trực HĐND Thành phố đề nghị UBND Thành phố chuẩn bị.\n"
        "Triển khai Luật Đất đai Các xã thực hiện rà soát.\n"
        "Thực hiện Luật Thanh niên Sở Nội vụ hướng dẫn.\n"
        "Luật sửa đổi, bổ sung một số điều Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND đề xuất rút ngắn thời gian.\n"
    )
    assert _cited(raw) == [
        "Luật Phát triển đô thị",
        "Luật Đất đai",
        "Luật Thanh niên",
        "Luật sửa đổi, bổ sung một số điều Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND",
    ]


def test_the_law_on_credit_institutions_opens_with_cac():
    assert _cited("Căn cứ Luật Các tổ chức tín dụng năm 2024;\nCăn cứ Luật các cơ quan;\n") == [
        "Luật Các tổ chức tín dụng năm 2024"
    ]


def test_a_letter_s_grounds_listed_under_a_can_cu_head_are_implemented():
    raw = (
        "SỞ Y TẾ TỈNH KON TUM\nSố: 456/SYT-NVY\nV/v triển khai tiêm chủng\n\n"
        "Kính gửi: Các bệnh viện, Trung tâm Y tế các huyện\n\n"
        "Căn cứ các văn bản sau:\n"
        "- Quyết định số 1234/QĐ-BYT ngày 10/4/2024 của Bộ Y tế về việc ban hành hướng dẫn tiêm chủng;\n"
        "- Kế hoạch số 55/KH-UBND ngày 12/5/2024 của UBND tỉnh Kon Tum về tiêm chủng mở rộng năm 2024;\n"
        "Sở Y tế đề nghị các đơn vị thực hiện một số nội dung sau:\n"
        "- Kế hoạch số 60/KH-SYT ngày 20/5/2024 của Sở Y tế được triển khai đến các xã.\n"
    )
    assert _implemented(raw) == ["Quyết định số 1234/QĐ-BYT ngày 10/4/2024", "Kế hoạch số 55/KH-UBND ngày 12/5/2024"]


def test_a_closing_sentence_s_colon_heads_no_list_of_grounds():
    from vanban.loaders.implementing_spans import LIST_HEAD_LINE

    assert LIST_HEAD_LINE.match("Căn cứ các văn bản sau:")
    assert LIST_HEAD_LINE.match("**Căn cứ:**")
    assert LIST_HEAD_LINE.match("Thực hiện chỉ đạo của UBND tỉnh, Sở Y tế hướng dẫn như sau:") is None
    assert not _continues_list("Thực hiện chỉ đạo của Sở Y tế hướng dẫn như sau:", "- Kế hoạch số 60/KH-SYT …")


def test_a_news_page_s_sentence_before_the_copied_preamble_does_not_close_it():
    raw = (
        "Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57\n"
        "Ban Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của "
        "Bộ Chính trị về đột phá phát triển khoa học, công nghệ. Nội dung chương trình hành động như sau:\n"
        "Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, "
        "Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Thực hiện Kế hoạch số 12-KH/TU ngày 02/01/2025 của Tỉnh ủy.\n"
    )
    assert _implemented(raw) == ["Nghị quyết số 57-NQ/TW, ngày 22/12/2024"]
    # A plan's own closing sentence still closes its preamble: the body's "Thực hiện …" is not implemented.
    plan = (
        "KẾ HOẠCH\nTổ chức Ngày hội đọc sách năm 2025\n"
        "Căn cứ Kế hoạch số 45/KH-UBND ngày 01/3/2025 của UBND huyện, UBND xã xây dựng Kế hoạch như sau:\n"
        "Thực hiện Công văn số 99/PVH ngày 05/3/2025 của Phòng Văn hóa, các thôn đăng ký tham gia.\n"
    )
    assert _implemented(plan) == ["Kế hoạch số 45/KH-UBND ngày 01/3/2025"]


def test_an_ocr_heading_with_its_words_run_together_still_heads_the_title():
    raw = (
        "HUYỆN ỦY THÁI THỤY\nSố: 45-BC/HU\nThái Thụy, ngày 10 tháng 3 năm 2021\n\n"
        "BÁOCÁOKIỂMTRA\n"
        "THỰC HIỆN NGHỊQUYẾT SỐ 12-NQ/TU NGÀY 05/01/2021 CỦA BAN THƯỜNG VỤ TỈNH ỦY\n\n"
        "Thực hiện Kế hoạch số 30-KH/HU ngày 01/02/2021 của Ban Thường vụ Huyện ủy, Đoàn kiểm tra báo cáo như sau:\n"
        "I. KẾT QUẢ\n"
    )
    assert _implemented(raw) == ["NGHỊQUYẾT SỐ 12-NQ/TU NGÀY 05/01/2021", "Kế hoạch số 30-KH/HU ngày 01/02/2021"]
    from vanban.loaders.implementing_spans import TYPE_HEADING

    assert TYPE_HEADING.match("BÁOCÁOKIỂMTRA")
    assert TYPE_HEADING.match("KẾHOẠCH")
    assert TYPE_HEADING.match("BÁOCÁO viên") is None


def test_law_in_general_an_ocr_year_and_a_clause_after_the_name():
    raw = (
        "Để sử dụng toàn bộ tiện ích nâng cao của Hệ Thống Pháp Luật vui lòng lựa chọn và đăng ký gói cước.\n"
        "Thực hiện Luật Thanh niên và năm 2025 và Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ.\n"
        "Người lao động thuộc đối tượng quy định tại Điều 2 Luật Bảo hiểm xã hội tham gia bảo hiểm xã hội tự nguyện.\n"
    )
    assert [(c.surface, c.year) for c in _record(raw).cites if c.doc_type == "Luật"] == [
        ("Luật Thanh niên", None),
        ("Luật Bảo hiểm xã hội", None),
    ]


# ---------------------------------------------------------------------------- congresses of other organisations


def test_another_organisation_s_congress_is_not_the_party_s_national_one():
    raw = (
        "HỘI LIÊN HIỆP PHỤ NỮ TỈNH KON TUM\nSố: 12/KH-HLHPN\nKon Tum, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\n"
        "Tổ chức các hoạt động kỷ niệm ngày 8/3\n"
        "Thực hiện Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ XVI, nhiệm kỳ 2021-2026;\n"
        "Thực hiện Nghị quyết Đại hội Đoàn TNCS Hồ Chí Minh huyện lần thứ XXV;\n"
        "Quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội đại biu toàn quc lần thứ XIII của Đảng.\n"
    )
    congresses = [(c.surface, c.issuer) for c in _record(raw).cites]
    assert congresses == [
        ("Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ XVI", "Đại hội đại biểu Phụ nữ tỉnh Kon Tum lần thứ XVI"),
        ("Nghị quyết Đại hội Đoàn TNCS Hồ Chí Minh huyện lần thứ XXV", "Đại hội Đoàn TNCS Hồ Chí Minh huyện lần thứ XXV"),
        # An OCR copy that lost letters still names the national congress: one entry.
        ("Nghị quyết Đại hội XIII của Đảng", "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"),
    ]


# ---------------------------------------------------------------------------- plenums of the Central Committee


def test_a_plenum_named_by_its_committee_or_its_number_in_words_is_one_resolution():
    raw = (
        "Thực hiện Nghị quyết Hội nghị Trung ương 8 khóa XIII về Chiến lược bảo vệ Tổ quốc trong tình hình mới;\n"
        "Thực hiện Nghị quyết Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XIII;\n"
        "Các chi bộ quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII, Nghị quyết "
        "Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng (khóa XIII) và Nghị quyết Trung ương lần thứ 10 khóa XIII.\n"
    )
    record = _record(raw)
    assert [(c.surface, c.issuer, c.mentions) for c in record.cites] == [
        ("Nghị quyết Hội nghị Trung ương 8 khóa XIII", "Ban Chấp hành Trung ương Đảng", 2),
        ("Nghị quyết Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XIII", "Ban Chấp hành Trung ương Đảng", 3),
    ]
    # Both are implemented: one plenum's mention does not stand for the other's.
    assert [c.surface for c in record.implements] == [c.surface for c in record.cites]


def test_plenum_numbers():
    from vanban.loaders.unnumbered_citations import plenum_key, plenum_number

    assert [plenum_number(x) for x in ("10", "X", "IV", "mười", "mười hai", "tư", "XII")] == [10, 10, 4, 10, 12, 4, 12]
    assert plenum_key("Nghị quyết Trung ương 4 khóa XII") == plenum_key("Nghị quyết Hội nghị Trung ương IV (khóa XII)")
    assert plenum_key("Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ tỉnh khóa XVI") is None  # a province's


def test_a_law_s_name_stops_before_a_clause_of_what_is_done_with_it():
    raw = (
        "Các sở thực hiện Luật Đất đai và tổ chức thực hiện các văn bản hướng dẫn.\n"
        "Triển khai Luật Thủ đô và rà soát các quy định; quán triệt Luật Việc làm và tuyên truyền sâu rộng.\n"
        "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;\n"
    )
    assert _cited(raw) == [
        "Luật Đất đai", "Luật Thủ đô", "Luật Việc làm", "Luật Phổ biến, giáo dục pháp luật năm 2012",
    ]
    from vanban.loaders.citation_words import starts_stop

    words = [(w, 0, 0) for w in "tổ chức thực hiện các".split()]
    assert starts_stop(words, 0, frozenset({("tổ", "chức", "thực", "hiện")}))
    assert not starts_stop(words[:3], 0, frozenset({("tổ", "chức", "thực", "hiện")}))


def test_a_symbol_with_the_date_word_glued_to_it_is_read_whole():
    raw = (
        "- Căn cứ Nghị định số 13/2008/NĐ-CPngày 04 tháng 02 năm 2008 của Chính phủ quy định tổ chức các cơ quan "
        "chuyên môn;\n"
        "- Căn cứ Thông tư số 04/2008/TT-BNVngày 04 tháng 6 năm 2008 của Bộ Nội vụ hướng dẫn chức năng;\n"
    )
    cites = _record(raw).cites
    assert [(c.number, c.symbol, c.date, c.issuer) for c in cites] == [
        ("13", "2008/NĐ-CP", "2008-02-04", "Chính phủ"),
        ("04", "2008/TT-BNV", "2008-06-04", "Bộ Nội vụ"),
    ]


def test_a_news_page_s_law_mentions_join_the_numbered_law():
    raw = (
        "Để Luật Thủ đô đến mọi nơi, mọi nhà\n\n"
        "Sửa Luật Đầu tư công cần rà soát, đối chiếu với Luật Thủ đô năm 2024.\n\n"
        "Tại kỳ họp thứ bảy khóa XV Quốc hội đã thông qua Luật Thủ đô số 39/2024/QH15. Luật Thủ đô năm 2024 gồm 7 chương "
        "(so với Luật Thủ đô năm 2012 nhiều hơn 3 chương).\n"
    )
    assert [(c.surface, c.year, c.mentions) for c in _record(raw).cites] == [
        ("Luật Thủ đô số 39/2024/QH15", 2024, 4),
        ("Luật Đầu tư công", None, 1),
        ("Luật Thủ đô năm 2012", 2012, 1),
    ]


def test_the_short_name_of_the_election_law_is_a_back_reference_to_it():
    raw = (
        "Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13 đã được sửa đổi, bổ sung "
        "một số điều theo Luật số 83/2025/QH15;\n"
        "- Các cơ quan, tổ chức, đơn vị phải quán triệt đầy đủ các quy định của Luật Bầu cử và các văn bản hướng dẫn.\n"
    )
    laws = [(c.surface, c.mentions) for c in _record(raw).cites]
    assert laws == [
        ("Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13", 2),
        ("Luật số 83/2025/QH15", 1),
    ]
    # Alone, it is the law named so; a short name that is a law's own name is not read as another's.
    assert _cited("Tuyên truyền Luật Bầu cử đến cử tri.\n") == ["Luật Bầu cử"]
    assert _cited("Căn cứ Luật Giáo dục đại học số 08/2012/QH13;\nThực hiện Luật Giáo dục và các văn bản.\n") == [
        "Luật Giáo dục đại học số 08/2012/QH13", "Luật Giáo dục",
    ]


# ---------------------------------------------------------------------------- amending laws


def test_an_amending_law_named_with_sua_doi_alone_and_its_number_after_is_one_law():
    raw = (
        "Luật sửa đổi Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 2025 Luật số 83/2025/QH15 được Quốc hội "
        "thông qua ngày 24/6/2025.\n"
        "Căn cứ Luật sửa đổi một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày "
        "22/11/2019;\n"
    )
    assert [(c.surface, c.number, c.year, c.date) for c in _record(raw).cites] == [
        ("Luật sửa đổi Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 2025 Luật số 83/2025/QH15", "83", 2025, None),
        (
            "Luật sửa đổi một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019",
            None, 2019, "2019-11-22",
        ),
    ]


def test_two_amending_laws_of_one_code_in_two_years_are_two_entries():
    raw = (
        "Khoản 20 Điều 1 Luật Sửa đổi Bộ luật Hình sự 2025 đã bổ sung Điều 256a vào sau Điều 256 Bộ luật Hình sự 2015.\n"
        "Trước đây, tại Chương XX Bộ luật Hình sự 2015 (được sửa đổi, bổ sung bởi Luật sửa đổi Bộ luật Hình sự 2017) quy "
        "định các tội phạm về ma túy; Luật Sửa đổi Bộ luật Hình sự 2025 bổ sung tội mới.\n"
    )
    assert [(c.surface, c.mentions) for c in _record(raw).cites] == [
        ("Luật Sửa đổi Bộ luật Hình sự 2025", 2),
        ("Bộ luật Hình sự 2015", 2),
        ("Luật sửa đổi Bộ luật Hình sự 2017", 1),
    ]
