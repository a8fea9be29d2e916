"""Marks a web copy leaves inside words and numbers, and forms attached after a document, round 21 (fragments of
the twelfth session's review collection): bold inside a number or a symbol ("Nghị định số **1**52/2025/NĐ-CP", Nghị quyết 83/2025/NQ-HĐND of
Hà Nội), bold inside the letters of a header's words ("**V****Ă****N PHÒNG", Công văn 11520/VPCP-CN), a department's
roman number in a symbol ("11554/VPCP-V.I"), the place alone above its date, a form's signature that names no one
after the document's own, and a library's "Nơi ban hành" spelled otherwise than the body's own name."""

from vanban.loaders.citation_mentions import mask
from vanban.loaders.header import SECTION_NUMBER, WORD_INNER_BOLD, read_header, read_signer
from vanban.loaders.text import make_text
from tests.citation_reading import cited, record

_GROUNDS = (
    "*Căn cứ Luật Thủ đô số 39/2024/QH**1**5**;*\n"
    "*Căn cứ Nghị định số **1**52/2025/NĐ-CP\nngày 17 tháng 6 năm 2025 của Chính phủ quy định chi tiết;*\n"
)


def test_bold_inside_a_number_or_a_symbol_is_read_through():
    got = [(c.surface, c.number, c.symbol) for c in record(_GROUNDS).cites]
    # The surface keeps the marks as written (the seeds' convention); the number and symbol are read whole.
    assert got[0] == ("Luật Thủ đô số 39/2024/QH**1**5", "39", "2024/QH15")
    assert got[1][1:] == ("152", "2025/NĐ-CP")
    assert mask("số **1**52/2025/NĐ-CP") == "số     152/2025/NĐ-CP"
    # Emphasis around a number or a word is blanked as before.
    assert mask("trước ngày **27/11/2025**") == "trước ngày   27/11/2025  "
    assert mask("**1.** Chấp thuận") == "  1.   Chấp thuận"


def test_a_department_s_roman_number_is_part_of_the_symbol():
    raw = (
        "theo chỉ đạo của Phó Thủ tướng Chính phủ tại Văn bản 6721 /VPCP-V.I năm 2025 và số 7514 /VPCP-V.I năm 2025 "
        "của Văn phòng Chính phủ; báo cáo Thủ tướng Chính phủ trước ngày 30/11/2025.\n"
    )
    assert [c.symbol for c in record(raw).cites] == ["VPCP-V.I", "VPCP-V.I"]
    # Not a sentence's next word after a symbol: "… số 12/KH-UBND. In" keeps "KH-UBND".
    assert [c.symbol for c in record("Thực hiện Kế hoạch số 12/KH-UBND. In ấn tài liệu.\n").cites] == ["KH-UBND"]


# Công văn 11520/VPCP-CN, its header as the page copies it (bold inside its words and its date).
_MARKED_HEADER = (
    "**V****Ă****N PHÒNG\nCHÍNH PHỦ**\n-------\n|\n**CỘNG HÒA\nXÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n"
    "---------------\n|\n|\nSố: 11520/VPCP-CN\n*V/v\nChỉ thị của Thủ tướng Chính phủ về việc đẩy mạnh sản xuất, phối "
    "**tr**ộn, phân\nphối và sử dụng nhiên liệu sinh học tại Việt Nam*\n|\n*Hà Nội,\nngày 25 tháng 1**1** năm 2025** *\n|\n"
    "**Kính gửi:** Bộ trưởng\nBộ Công Thương\nXét đề nghị của Bộ Công Thương tại Tờ\ntrình số 8798/TTr-BCT ngày 07 "
    "tháng 11 năm 2025 về dự thảo Chỉ thị.\n"
)


def test_bold_inside_a_header_s_words_keeps_them_whole():
    h = read_header(make_text(_MARKED_HEADER))
    assert (h.issuer, h.issuer_parent, h.date, h.place) == ("Văn phòng Chính phủ", None, "2025-11-25", "Hà Nội")
    assert h.title.startswith("V/v Chỉ thị của Thủ tướng Chính phủ về việc đẩy mạnh sản xuất, phối trộn, phân phối")
    assert WORD_INNER_BOLD.sub("", "**V****Ă****N") == "**VĂN"


def test_a_form_s_signature_naming_no_one_yields_to_the_document_s_own():
    # Nghị quyết 83/2025/NQ-HĐND: its chair's signature, then forms whose last names an office only.
    raw = (
        "Nơi nhận:\n- Ủy ban Thường vụ Quốc hội;\n- Lưu: VT.\n|\n**CHỦ\nTỊCH**\nPhùng Thị Hồng Hà\n|\n\n"
        + "Nội dung của mẫu báo cáo thành tích.\n" * 50
        + "Nơi nhận:\n- Như trên;\n…\n- Lưu: VT, …\n|\n**THỦ\nTRƯỞNG CƠ QUAN, TỔ CHỨC **\n*(K**ý**\ntên, đóng dấu)*\n|\n"
        + "**BÁO\nCÁO**\n**I. SƠ LƯỢC TIỂU SỬ BẢN\nTHÂN**\n" + "Họ và tên: …\n" * 10
    )
    s = read_signer(make_text(raw))
    assert (s.name, s.position) == ("Phùng Thị Hồng Hà", "Chủ tịch")
    assert SECTION_NUMBER.match("I. SƠ LƯỢC TIỂU SỬ BẢN") and SECTION_NUMBER.match("Ivan Petrov") is None


def test_a_library_s_issuer_field_takes_the_symbol_s_spelling():
    raw = (
        "Đang tải văn bản...\n#\n**Số hiệu:**\n|\n6278/BVHTTDL-VP\n|\n|\n**Loại văn bản:**\n|\nCông văn\n|\n"
        "**Nơi ban hành:**\n|\nBộ Văn hoá, Thể thao và du lịch\n|\n|\n**Người ký:**\n|\nTạ Quang Đông\n|\n"
        "**Ngày ban hành:**\n|\n20/11/2025\n|\n|\n**Kính gửi:**\n|\n- Vụ Pháp chế.\n|\nThủ tướng Chính phủ đã ban\n"
        "hành Công điện số 220/CĐ-TTg ngày 18/11/2025 chỉ đạo tập trung hoàn thành thực\nthi các phương án.\n"
    )
    h = read_header(make_text(raw))
    assert (h.doc_type, h.number, h.symbol, h.date) == ("Công văn", "6278", "BVHTTDL-VP", "2025-11-20")
    assert h.issuer == "Bộ Văn hóa, Thể thao và Du lịch"
    assert cited(raw) == ["Công điện số 220/CĐ-TTg ngày 18/11/2025"]


# Công văn 18491/BTC-CST, copied from its "Kính gửi" on (no header): its grounds and its own statement.
_FINANCE_LETTER = (
    "|\n**Kính gửi:**\n|\n- Phó Thủ tướng Chính phủ Hồ Đức Phớc;\n- Đồng kính gửi Thủ tướng Chính phủ.\n|\n\n"
    "Căn cứ quy định về việc nghiên cứu, tiếp thu, giải\ntrình và chỉnh lý dự thảo Luật sau khi đã thảo luận tại Hội "
    "trường Quốc hội tại\nđiểm a khoản 7 Điều 40 Luật Ban hành văn bản quy phạm pháp luật\nvà khoản 1 Điều 21 Nghị định "
    "số 78/2025/NĐ-CP ngày 01/4/2025\n(đã được sửa đổi tại Nghị định số 187/2025/NĐ-CP) quy định chi tiết một số điều\n"
    "và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp\nluật, Bộ Tài chính xin báo cáo "
    "nội dung nghiên cứu tiếp thu, giải trình và\nchính lý dự thảo Luật Thuế TNCN (sửa đổi) như sau:\n"
    "Luật Thuế TNCN đã quy định là 200 triệu đồng /năm; theo Luật Thuế thu nhập cá nhân năm 2007.\n"
)


def test_a_provision_after_a_law_s_name_ends_it_and_a_tax_s_code_is_its_words():
    cites = [(c.surface, c.mentions) for c in record(_FINANCE_LETTER).cites]
    assert ("Luật Ban hành văn bản quy phạm pháp luật", 2) in cites  # was "… pháp luật và khoản 1 Điều 21"
    assert ("Luật Thuế TNCN", 2) in cites  # "Luật Thuế thu nhập cá nhân năm 2007" is the same law


# Công điện 221/CĐ-TTg, copied from its type line on.
_CABLE = (
    "**CÔNG ĐIỆN**\n\nVỀ TẬP TRUNG ƯU TIÊN\nGIỮ VỮNG ỔN ĐỊNH KINH TẾ VĨ MÔ, THÚC ĐẨY XUẤT KHẨU\n\n"
    "**THỦ TƯỚNG CHÍNH PHỦ điện:**\n\n|\n|\n- Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan\nthuộc Chính phủ;\n|\n\n"
    "Từ đầu năm 2025 đến nay, Chính phủ, Thủ tướng Chính\nphủ đã có nhiều văn bản chỉ đạo.\n"
)


def test_headerless_letters_and_cables_name_their_issuer_in_their_text():
    # The letter's courteous own statement ("Bộ Tài chính xin báo cáo … như sau:"), the cable's sender line.
    letter, cable = (read_header(make_text(raw)) for raw in (_FINANCE_LETTER, _CABLE))
    assert [letter.doc_type, letter.issuer, cable.doc_type, cable.issuer] == ["Công văn", "Bộ Tài chính", "Công điện", "Thủ tướng Chính phủ"]
    assert cable.title == "VỀ TẬP TRUNG ƯU TIÊN GIỮ VỮNG ỔN ĐỊNH KINH TẾ VĨ MÔ, THÚC ĐẨY XUẤT KHẨU"


# Công văn 6357/UBND-NC of Hà Nội, copied from its "Kính gửi" on: its statement after a purpose clause, its laws.
_CITY_LETTER = (
    "** **\n\n|\n**Kính gửi:**\n|\n- Bảo hiểm xã hội thành phố Hà Nội;\n- Sở Y tế;\n|\n\n"
    "Thời gian qua, Ủy ban nhân dân Thành phố đã chỉ đạo.\n\nĐể thực hiện tốt chính sách\nBHYT, đảm bảo quyền lợi hợp pháp "
    "của người tham gia BHYT; Ủy\nban nhân dân (UBND) thành phố Hà Nội yêu cầu các Sở, ngành, UBND các xã, phường\n"
    "nghiêm túc thực hiện một số nội\ndung sau:\n1. Thực hiện Luật Khám bệnh, chữa bệnh; Luật BHYT; việc phòng chống các "
    "hành vi gian lận.\n2. Thanh toán theo đúng quy định của Luật Bảo hiểm y tế.\n"
)


def test_a_letter_s_statement_after_a_purpose_clause_and_a_code_for_its_law():
    h = read_header(make_text(_CITY_LETTER))
    assert (h.doc_type, h.issuer) == ("Công văn", "Ủy ban nhân dân thành phố Hà Nội")
    assert [(c.surface, c.mentions) for c in record(_CITY_LETTER).cites if c.surface.startswith("Luật B")] == [("Luật BHYT", 2)]


def test_an_appendix_of_a_party_guide_numbers_it_and_names_its_issuer():
    # Hướng dẫn 40-HD/BTGDVTW, copied from its type line on; its appendix names it.
    raw = (
        "**HƯỚNG DẪN**\n\n**XÂY DỰNG, KIỆN\nTOÀN ĐỘI NGŨ BÁO CÁO VIÊN CÁC CẤP**\n\n**-----**\n\n"
        "- Căn cứ Quy định số 294-QĐ/TW, ngày\n26/5/2025 của Ban Chấp hành Trung ương Đảng khóa XIII về thi hành Điều lệ Đảng;\n\n"
        "Báo cáo viên Trung ương do Ban Tuyên giáo và Dân vận Trung ương quản lý.\n\n"
        "*(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày 27/11/2025 của Ban Tuyên giáo và\nDân vận Trung ương)*\n\n|\n"
    )
    h = read_header(make_text(raw))
    assert [h.doc_type, h.number, h.symbol, h.date] == ["Hướng dẫn", "40", "HD/BTGDVTW", "2025-11-27"]
    assert h.issuer == "Ban Tuyên giáo và Dân vận Trung ương"


def test_a_chair_s_direction_names_the_committee_that_writes():
    # Công văn 4169/UBND-VX of Hồ Chí Minh city, copied from its "Kính gửi" on.
    raw = (
        "|\n**Kính gửi:**\n|\n- Các cơ quan chuyên môn, cơ quan hành chính\nkhác thuộc Ủy ban nhân dân Thành phố;\n|\n"
        "Căn cứ Kế hoạch số 13-KH/TU\nngày 17 tháng 11 năm 2025 của Ban Thường vụ Thành ủy về tổ chức kiểm điểm;\n"
        "Căn cứ Quyết định số 89/2024/QĐ-UBND ngày 22 tháng 10 năm 2024 của Ủy ban nhân\ndân Thành phố Hồ Chí Minh;\n\n"
        "Theo đề nghị của Sở Nội vụ tại\nTờ trình số 10115/TTr-SNV ngày 27 tháng 11 năm 2025;\n\n"
        "Chủ tịch Ủy ban nhân dân\nThành phố có ý kiến chỉ đạo như sau:\n"
    )
    h = read_header(make_text(raw))
    assert (h.doc_type, h.issuer) == ("Công văn", "Ủy ban nhân dân thành phố Hồ Chí Minh")


def test_the_signature_above_a_library_s_notices_to_its_members():
    # Công văn 11299/VPCP-KGVX: "*Nơi" / "nhận:*" broken, its signature, then the page's notices (50 lines and more).
    raw = (
        "thông báo để Bộ Khoa học và Công nghệ biết, thực hiện./.\n|\n*Nơi\nnhận:*\n- Như trên;\n- Lưu: VT, KGVX (3) Q\n|\n"
        "**KT. BỘ TRƯỞNG,\nCHỦ NHIỆM**\nPHÓ CHỦ NHIỆM\nPhạm Mạnh Cường\n|\n"
        "Văn bản này chưa cập nhật nội dung Tiếng Anh\n" + "Thông tin của thư viện cho thành viên.\n" * 60
    )
    s = read_signer(make_text(raw))
    assert (s.authority, s.position, s.name) == ("KT. Bộ trưởng, Chủ nhiệm", "Phó Chủ nhiệm", "Phạm Mạnh Cường")


def test_the_signature_above_an_attachment_without_recipients():
    # Quyết định 2696/QĐ-UBND of Quảng Trị: its Nơi nhận lost by the copy, the Điều lệ it issues after its signature.
    raw = (
        "QUYẾT ĐỊNH\n" + "Căn cứ Luật Tổ chức chính quyền địa phương;\n" * 60
        + "**Điều 3. **Chánh\nVăn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết\nđịnh này./.\n\n\n|\n** **\n|\n"
        "**TM. ỦY BAN\nNHÂN DÂN**\nKT. CHỦ TỊCH\n**PHÓ CHỦ TỊCH**\n**Hoàng Nam**\n|\n\n"
        + "Điều lệ: Quỹ hoạt động theo nguyên tắc tự chủ.\n" * 80
    )
    s = read_signer(make_text(raw))
    assert (s.authority, s.position, s.name) == ("KT. Chủ tịch", "Phó Chủ tịch", "Hoàng Nam")


def test_a_number_with_a_decimal_part_before_its_year():
    # The Government's resolutions on special mechanisms of 2025 (Công văn 4001/UBND-ĐT, TB 634/TB-VPCP).
    raw = (
        "về\nviệc áp dụng cơ chế đặc thù theo Nghị quyết số 66.4/2025/NQ-CP ngày 21 tháng 9\nnăm 2025 của Chính phủ; "
        "nhiệm vụ được Chính phủ giao tại Nghị quyết số 66.7/2025/NĐ-CP.\n"
    )
    assert [(c.number, c.symbol) for c in record(raw).cites] == [("66.4", "2025/NQ-CP"), ("66.7", "2025/NĐ-CP")]
    # A number with dots between its thousands is read as before.
    assert [c.number for c in record("Căn cứ Quyết định số 1.234/QĐ-UBND ngày 01/01/2024;\n").cites] == ["1.234"]


def test_the_first_item_of_a_list_headed_with_its_issuer_and_a_letter_list_without_type_codes():
    # Công văn 9162/BCT-TTTN ("các Công văn của Bộ Tài chính số …") and TB 653/TB-VPCP's footnote ("các văn bản số: …").
    raw = (
        "Căn cứ các Công văn của Bộ Tài chính số\n3910/BTC-QLG ngày 04 tháng 4 năm 2018 về công bố giá cơ sở xăng RON95, số\n"
        "367/BTC-QLG ngày 06 tháng 4 năm 2018 về tính giá cơ sở xăng RON95;\n"
        "các văn bản số: 10894/VPCP-CN ngày 8/11/2025, 8563/VPCP-CN ngày 12/9/2025 của\nVăn phòng Chính phủ..\n"
    )
    cites = record(raw).cites
    assert [c.surface for c in cites] == [
        "số 3910/BTC-QLG ngày 04 tháng 4 năm 2018", "số 367/BTC-QLG ngày 06 tháng 4 năm 2018",
        "văn bản số: 10894/VPCP-CN ngày 8/11/2025", "8563/VPCP-CN ngày 12/9/2025",
    ]
    assert {(c.doc_type, c.issuer) for c in cites} == {("Công văn", "Bộ Tài chính"), ("Công văn", "Văn phòng Chính phủ")}
    # Another body's letter after a comma is not the list's: "…, 12/SYT-NVY" after "10894/VPCP-CN".
    assert len(record("các văn bản số: 10894/VPCP-CN ngày 8/11/2025, 12/SYT-NVY ngày 12/9/2025.\n").cites) == 1


def test_headerless_letters_stating_after_their_grounds_or_a_purpose_sentence():
    # Công văn of UBND TP Hà Nội (its grounds after the addressees' bar) and of Sở Nội vụ TP.HCM (after a purpose sentence).
    city = (
        "** **\n\n|\n**Kính gửi:**\n|\n- Các sở, ban, ngành thuộc Thành phố;\n|\n\nThực hiện chỉ đạo của Ban Thường\nvụ "
        "Thành ủy tại Văn bản số 43-CV/TU ngày 12/11/2025 về việc tăng cường quản lý\ncông tác đấu thầu trên địa bàn Thành "
        "phố, UBND Thành phố yêu cầu các sở, ban,\nngành tiếp tục nghiên cứu một số nội dung sau:\n"
    )
    department = (
        "**Kính gửi:** Các\nDoanh nghiệp hoạt động cho thuê lại lao động trên địa bàn Thành phố Hồ Chí Minh\n\n"
        "Thực hiện quy định Bộ luật Lao động năm 2012;\n\nNhằm đảm bảo thực hiện các quy định pháp luật lao động\nvề hoạt "
        "động cho thuê lại lao động. Sở Nội vụ đề nghị các doanh nghiệp tự kiểm tra, nội dung cụ thể\nnhư sau:\n"
    )
    assert [read_header(make_text(raw)).issuer for raw in (city, department)] == [
        "Ủy ban nhân dân thành phố", "Sở Nội vụ thành phố Hồ Chí Minh",
    ]


def test_a_cable_s_sender_broken_over_two_lines_ends_its_title():
    # Công điện 226/CĐ-TTg: "**TH****Ủ" / "TƯỚNG CHÍNH PHỦ điện:**" under its title.
    raw = _CABLE.replace("**THỦ TƯỚNG CHÍNH PHỦ điện:**", "**TH****Ủ\nTƯỚNG CHÍNH PHỦ điện:**")
    assert read_header(make_text(raw)).title == "VỀ TẬP TRUNG ƯU TIÊN GIỮ VỮNG ỔN ĐỊNH KINH TẾ VĨ MÔ, THÚC ĐẨY XUẤT KHẨU"
    # A title's last line above the whole sender line stays (Công điện 229/CĐ-TTg: "… CHO NHỮNG NĂM TIẾP THEO").
    raw = _CABLE.replace("THÚC ĐẨY XUẤT KHẨU\n\n", "THÚC ĐẨY XUẤT KHẨU\nTIẾP THEO\n")
    assert read_header(make_text(raw)).title.endswith("THÚC ĐẨY XUẤT KHẨU TIẾP THEO")


def test_the_party_s_secretariat_signs_as_a_body():
    # Quy định 384-QĐ/TW: "**T/M BAN BÍ THƯ**" / "Trần Cẩm Tú" (was "TM. Ban" and the office "Bí thư").
    s = read_signer(make_text("Nơi nhận:\n- Như trên;\n- Lưu Văn phòng Trung ương Đảng.\n|\n**T/M BAN BÍ THƯ**\nTrần Cẩm Tú\n|\n"))
    assert (s.authority, s.position, s.name) == ("TM. Ban Bí thư", None, "Trần Cẩm Tú")
