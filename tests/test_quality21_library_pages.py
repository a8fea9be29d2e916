"""Headers of real documents copied from a legal library's page or without their letterhead, round 21 (fragments of
the twelfth session's review collection, thuvienphapluat pages of November-December 2025): the motto broken after "CỘNG" under the page's
banner and summary (Công điện 230/CĐ-TTg), the page's table of fields over a letter that lost its letterhead (Công văn
4001/UBND-ĐT of Hồ Chí Minh city), the place of a date broken over two lines under a subject ending with names
(Công văn 11654/VPCP-CN), a letter copied from its "Kính gửi:" on (Công văn 6386/BVHTTDL-KHCNĐTMT, Cục Lãnh sự's
letter), an authority mark alone on its line, and a decree's preamble read below the page's banner (Nghị quyết
389/NQ-CP)."""

from vanban.loaders.field_lines import LONE_LABEL, read_field_lines
from vanban.loaders.header import LONE_MARK, header_start, read_header, read_signer
from vanban.loaders.text import make_text
from tests.citation_reading import cited, implemented

def _header(raw: str):
    return read_header(make_text(raw))


# The page's banner and summary above the header (shortened), then the header as the page copies it.
_BANNER = (
    "|\n|\nBản dịch này thuộc quyền sở hữu của **\nTHƯ VIỆN PHÁP LUẬT**. Mọi hành vi sao chép, đăng tải lại mà không "
    "có sự đồng ý của **\nTHƯ VIỆN PHÁP LUẬT** là vi phạm pháp luật về Sở hữu trí tuệ.\n"
    "Đang tải văn bản...\n#\n**Số hiệu:**\n|\n230/CĐ-TTg\n|\n|\n**Loại văn bản:**\n|\nCông điện\n|\n"
    "**Nơi ban hành:**\n|\nThủ tướng Chính phủ\n|\n|\n**Người ký:**\n|\nNguyễn Hòa Bình\n|\n**Ngày ban hành:**\n|\n"
    "26/11/2025\n|\n|\n**\nNgày hiệu lực:**\n|\nĐã biết\n|\n"
    "Xem thêm Công điện 230/CĐ-TTg ban hành ngày 26/11/2025.\n|\n"
)
_CABLE = _BANNER + (
    "**THỦ\nTƯỚNG CHÍNH PHỦ**\n-------\n|\n**CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n"
    "---------------\n|\n|\nSố: 230/CĐ-TTg\n|\n*Hà Nội, ngày 26\ntháng 11 năm 2025*\n|\n**CÔNG ĐIỆN**\n"
    "VỀ VIỆC KHẨN TRƯƠNG HOÀN\nTHÀNH CẬP NHẬT, RÀ SOÁT VÀ PHÂN LOẠI KẾT QUẢ THANH TRA CHUYÊN ĐỀ CÁC DỰ ÁN TỒN\n"
    "ĐỌNG KÉO DÀI\n**THỦ TƯỚNG CHÍNH PHỦ điện:**\n"
)


def test_a_motto_broken_after_its_first_word_under_a_page_s_banner_opens_the_header():
    text = make_text(_CABLE)
    assert text.lines[header_start(text)].text == "|"  # the bar above "**THỦ"
    h = read_header(text)
    assert (h.doc_type, h.number, h.symbol, h.issuer, h.date, h.place) == (
        "Công điện", "230", "CĐ-TTg", "Thủ tướng Chính phủ", "2025-11-26", "Hà Nội",
    )
    assert h.title == "VỀ VIỆC KHẨN TRƯƠNG HOÀN THÀNH CẬP NHẬT, RÀ SOÁT VÀ PHÂN LOẠI KẾT QUẢ THANH TRA CHUYÊN ĐỀ CÁC DỰ ÁN TỒN ĐỌNG KÉO DÀI"


def test_a_decree_s_preamble_below_the_page_s_banner_is_implemented():
    raw = _BANNER.replace("230/CĐ-TTg", "389/NQ-CP") + (
        "**CHÍNH PHỦ**\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
        "|\n|\nSố: 389/NQ-CP\n|\n*Hà Nội, ngày 02\ntháng 12 năm 2025 *\n|\n**NGHỊ QUYẾT**\nVỀ\nVIỆC BỔ SUNG DANH SÁCH "
        "CÁC CỬA KHẨU QUỐC TẾ CHO PHÉP NGƯỜI NƯỚC NGOÀI NHẬP CẢNH,\nXUẤT CẢNH BẰNG THỊ THỰC ĐIỆN TỬ\n**CHÍNH PHỦ**\n"
        "*Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02\nnăm 2025;*\n*Căn cứ Luật Nhập cảnh, xuất cảnh, quá cảnh, cư\n"
        "trú của người nước ngoài tại Việt Nam ngày 16 tháng 6 năm 2014;*\n"
        "*Trên cơ sở kết quả biểu quyết của các Thành viên\nChính phủ,*\n**QUYẾT NGHỊ:**\n**Điều 1.** Bổ sung các cửa khẩu\n"
    )
    impl = implemented(raw)
    assert impl[0] == "Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025"
    # The law's name holds its commas ("Luật Nhập cảnh" before).
    assert impl[1].startswith("Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài")


# Công văn 4001/UBND-ĐT: the page's fields, then the letter from "Kính gửi" (no letterhead).
_LETTER_FIELDS = (
    "Đang tải văn bản...\n#\n**Số hiệu:**\n|\n4001/UBND-ĐT\n|\n|\n**Loại văn bản:**\n|\nCông văn\n|\n"
    "**Nơi ban hành:**\n|\nThành phố Hồ Chí Minh\n|\n|\n**Người ký:**\n|\nBùi Minh Thạnh\n|\n**Ngày ban hành:**\n|\n"
    "24/11/2025\n|\n|\n**\nNgày hiệu lực:**\n|\nĐã biết\n|\n|\n**Tình trạng:**\n|\nĐã biết\n|\n** **\n|\n"
    "**Kính gửi:**\n|\n- Sở Nông nghiệp và Môi trường;\n- Sở Tài chính;\n- Sở Xây dựng.\n|\n"
    "Thực hiện Kết luận số 15-KL/ĐU\nngày 29 tháng 10 năm 2025 của Ban Thường vụ Đảng ủy Ủy ban nhân dân Thành phố về\n"
    "việc áp dụng cơ chế đặc thù; Chủ tịch Ủy ban nhân dân Thành phố chỉ đạo như sau:\n"
    "**1.** Chấp thuận đề nghị của Sở Nông nghiệp và Môi trường.\n|\nNơi nhận:\n- Như trên;\n- Lưu: VT, (ĐT-PVH)\n|\n"
    "**KT. CHỦ TỊCH**\nPHÓ CHỦ TỊCH\n**Bùi Minh Thạnh**\n|\n**Phụ lục:**\n*(kèm\ntheo Công văn số 4001/UBND-ĐT ngày 24 "
    "tháng 11 năm 2025 của Ủy ban nhân dân\nThành phố)*\n"
)


def test_a_library_s_table_of_fields_gives_a_letter_its_identity():
    fields = read_field_lines(make_text(_LETTER_FIELDS))
    assert (fields.doc_type, fields.number_line, fields.date, fields.place) == (
        "Công văn", "Số: 4001/UBND-ĐT", "2025-11-24", "Hồ Chí Minh",
    )
    h = _header(_LETTER_FIELDS)
    assert (h.doc_type, h.number, h.symbol, h.date) == ("Công văn", "4001", "UBND-ĐT", "2025-11-24")
    assert h.issuer == "Ủy ban nhân dân thành phố Hồ Chí Minh"
    # The letter is not its own citation (its appendix names it).
    assert cited(_LETTER_FIELDS) == ["Kết luận số 15-KL/ĐU ngày 29 tháng 10 năm 2025"]
    assert LONE_LABEL.match("Nơi ban hành:") and LONE_LABEL.match("Nơi ban hành: Tỉnh Lâm Đồng") is None


def test_a_library_s_place_of_issue_alone_is_no_field_block():
    # Its place and number alone (no type, date, issuer or subject) stay a header's business (round 18).
    assert read_field_lines(make_text("Nơi ban hành: Tỉnh Lâm Đồng\nSố hiệu: 853/QĐ-UBND\n")) is None


# Công văn 11654/VPCP-CN: its subject ends with two provinces' names above its date line.
_SUBJECT_WITH_NAMES = (
    "**VĂN\nPHÒNG CHÍNH PHỦ**\n-------\n|\n**CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n"
    "---------------\n|\n|\nSố: 11654/VPCP-CN\n*V/v cung ứng vật liệu xây dựng phục vụ Dự án\ntuyến đường bộ cao tốc "
    "CT.08, đoạn qua Nam Định, Thái Bình*\n|\n*Hà Nội, ngày 27\ntháng 11 năm 2025*\n|\n|\n**Kính gửi:**\n|\n"
    "Chủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh\nBình, Bắc Ninh, Phú Thọ, Tuyên Quang.\n"
)


def test_the_place_of_a_date_broken_over_two_lines_under_a_subject_ending_with_names():
    h = _header(_SUBJECT_WITH_NAMES)
    assert (h.doc_type, h.number, h.symbol, h.issuer, h.date) == ("Công văn", "11654", "VPCP-CN", "Văn phòng Chính phủ", "2025-11-27")
    assert h.place == "Hà Nội"  # was "Định Thái Bình Hà Nội"
    # Công văn 11583/VPCP-CN: its date broken after the month, its subject ending with a name.
    other = _SUBJECT_WITH_NAMES.replace("Nam Định, Thái Bình*", "đường Hồ Chí Minh*").replace(
        "*Hà Nội, ngày 27\ntháng 11 năm 2025*", "*Hà Nội, ngày 26 tháng 11\nnăm 2025*"
    )
    assert (_header(other).date, _header(other).place) == ("2025-11-26", "Hà Nội")  # was "Hồ Chí Minh Hà Nội"


_MINISTRY_LETTER = (
    "**Kính gửi:** Các cơ sở\nđào tạo trực thuộc Bộ\n\nThực\nhiện Thông báo số 460/TB-VPCP ngày 04/9/2025 về Kết luận "
    "của Thủ tướng Chính phủ\nPhạm Minh Chính tại Hội nghị tổng kết năm học 2024 - 2025. Bộ Văn hóa, Thể\nthao và Du "
    "lịch (VHTTDL) đề nghị các cơ sở đào tạo nghiêm túc thực hiện các nội dung chủ yếu như sau:\n\n"
    "Nơi nhận:\n- Như trên;\n- Bộ trưởng *(để báo cáo);*\n- Lưu: VT, KHCNĐTMT, TL 02.\n|\n**KT. BỘ TRƯỞNG **\n"
    "THỨ TRƯỞNG\nPhan Tâm\n|\n\n\n**PHỤ LỤC**\n\nQUY MÔ TUYỂN SINH, ĐÀO TẠO VÀ TỐT NGHIỆP\n"
    "*(Kèm theo Công văn số 6386/BVHTTDL-KHCNĐTMT ngày 25/11/2025 của Bộ Văn hóa,\nThể thao và Du lịch)*\n"
)


def test_a_letter_copied_from_its_addressees_on_is_a_cong_van_numbered_by_its_appendix():
    h = _header(_MINISTRY_LETTER)
    assert (h.doc_type, h.number, h.symbol, h.date) == ("Công văn", "6386", "BVHTTDL-KHCNĐTMT", "2025-11-25")
    assert h.issuer == "Bộ Văn hóa, Thể thao và Du lịch"
    assert h.province is None
    assert "Công văn số 6386/BVHTTDL-KHCNĐTMT ngày 25/11/2025" not in cited(_MINISTRY_LETTER)


def test_an_authority_mark_alone_on_its_line_and_a_department_s_letter():
    raw = (
        "|\n**Kính\ngửi:**\n|\n- Sở Ngoại vụ các tỉnh, thành phố trực thuộc Trung ương.\n|\n\n**1.**\n"
        "Thực hiện chủ trương của Chính phủ về đẩy mạnh cải cách thủ tục hành chính và\ntăng cường ứng dụng chuyển đổi "
        "số trong giải quyết thủ tục hành chính, Cục Lãnh\nsự Bộ Ngoại giao xin trân trọng thông báo:\n\n"
        "Nơi nhận:\n- Như trên;\n- Lãnh đạo Bộ (để b/c);\n- Sở Ngoại vụ TP. Hồ Chí Minh (để\np/h);\n- Lưu: VP, XNC.\n|\n"
        "**KT.\nCỤC TRƯỞNG **\n**PHÓ CỤC TRƯỞNG**\nLương Thanh Quảng\n|\n"
    )
    s = read_signer(make_text(raw))
    assert (s.authority, s.position, s.name) == ("KT. Cục trưởng", "Phó Cục trưởng", "Lương Thanh Quảng")
    h = _header(raw)
    # the department and its ministry apart, as a header gives them (header._unit_and_ministry)
    assert (h.doc_type, h.issuer, h.issuer_parent, h.province) == ("Công văn", "Cục Lãnh sự", "Bộ Ngoại giao", None)
    assert LONE_MARK.match("KT.") and LONE_MARK.match("KT. CỤC TRƯỞNG") is None


# Kết luận 212-KL/TW: the Party's header broken word by word under the page's banner.
_PARTY_CONCLUSION = _BANNER.replace("230/CĐ-TTg", "212-KL/TW") + (
    "**BAN\nCHẤP HÀNH TRUNG ƯƠNG**\n*\n|\n**ĐẢNG\nCỘNG SẢN VIỆT NAM**\n---------------\n|\n|\nSố 212-KL/TW\n|\n"
    "*Hà Nội, ngày 18\ntháng 11 năm 2025*\n|\n**KẾT LUẬN **\nCỦA BỘ CHÍNH TRỊ,\nBAN BÍ THƯ\nVỀ ĐỊNH HƯỚNG XÂY\n"
    "DỰNG TIÊU CHUẨN CỦA ĐƠN VỊ HÀNH CHÍNH, PHÂN LOẠI ĐƠN VỊ HÀNH CHÍNH VÀ PHÂN LOẠI\nĐÔ THỊ\n-----\n"
    "Tại phiên họp ngày 14/11/2025, xem xét Tờ trình của\nĐảng uỷ Chính phủ, Bộ\nChính trị, Ban Bí thư kết luận như sau:\n"
)


def test_the_party_s_name_broken_over_two_lines_opens_the_header():
    h = _header(_PARTY_CONCLUSION)
    # "**BAN" alone on its line is no code: the issuer is the committee's whole name.
    assert [h.doc_type, h.number, h.symbol, h.date, h.issuer] == ["Kết luận", "212", "KL/TW", "2025-11-18", "Ban Chấp hành Trung ương Đảng"]
    # the title is the subject after its authors' phrase (AUTHOR_OPENING)
    assert h.title.startswith("VỀ ĐỊNH HƯỚNG XÂY DỰNG TIÊU CHUẨN")


def test_the_signature_beside_the_document_s_own_recipients_when_forms_follow():
    # Quyết định 143/2025/QĐ-UBND of Đồng Tháp: its signature beside its Nơi nhận, then forms with their own.
    raw = (
        "*Nơi nhận:*\n- Như Điều 3;\n- Văn phòng Chính phủ;\n- Lưu: VT, KGVX (KD).\n|\n**TM. ỦY BAN\nNHÂN DÂN**\n"
        "KT. CHỦ TỊCH\n**PHÓ CHỦ TỊCH**\n**Huỳnh Minh Tuấn**\n|\n\n"
        + "".join(
            f"**Mẫu số 0{k}**\nKính gửi: Trung tâm Chuyển đổi số, Sở Khoa học và Công nghệ.\n"
            + "Thông tin đăng ký tài khoản thư điện tử.\n" * 30
            + "*Nơi nhận:*\n- Như trên;\n- Lưu VT.\n|\n**XÁC NHẬN CỦA CƠ QUAN**\n|\n"
            for k in (1, 2, 3)
        )
    )
    s = read_signer(make_text(raw))
    assert (s.authority, s.position, s.name) == ("KT. Chủ tịch", "Phó Chủ tịch", "Huỳnh Minh Tuấn")


def test_a_letter_s_subject_makes_it_a_cong_van_whatever_its_symbol_s_codes():
    # Công văn 5363/CT-CS of the Cục Thuế: "CT" is the Cục's initials, not a Chỉ thị.
    raw = (
        "BỘ TÀI CHÍNH\n**CỤC THUẾ**\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n"
        "---------------\n|\n|\nSố: 5363/CT-CS\n*V/v xây dựng, ban hành Bảng giá tính lệ phí\ntrước bạ ô tô, xe máy*\n|\n"
        "*Hà Nội, ngày 20\ntháng 11 năm 2025*\n|\n**Kính gửi:** Các\nThuế tỉnh, thành phố.\n"
    )
    h = _header(raw)
    assert [h.doc_type, h.number, h.symbol, h.issuer, h.issuer_parent] == ["Công văn", "5363", "CT-CS", "Cục Thuế", "Bộ Tài chính"]


def test_a_tax_office_under_the_cuc_thue_and_a_broken_authority_line():
    # Công văn 3257/TNI-QLDN1 of Thuế tỉnh Tây Ninh; the signature of Công văn 9634/BCT-TTTN.
    raw = (
        "CỤC THUẾ\n**THUẾ TỈNH TÂY NINH**\n--------\n|\n**CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n"
        "---------------\n|\n|\nSố: 3257/TNI-QLDN1\n*V/v thuế suất thuế\nGTGT*\n|\n*Tây\nNinh, ngày 01 tháng 12 năm 2025*\n"
    )
    h = _header(raw)
    assert [h.doc_type, h.issuer, h.issuer_parent, h.date] == ["Công văn", "Thuế tỉnh Tây Ninh", "Cục Thuế", "2025-12-01"]
    raw = (
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, TTTN (haipq).\n|\n**TL. BỘ TRƯỞNG**\nKT. CỤC TRƯỞNG CỤC QUẢN LÝ VÀ PHÁT TRIỂN\n"
        "THỊ TRƯỜNG TRONG NƯỚC\nPHÓ CỤC TRƯỞNG\nNguyễn Thúy Hiền\n|\n"
    )
    s = read_signer(make_text(raw))
    assert s.authority == "KT. Cục trưởng Cục Quản lý và Phát triển thị trường trong nước"
    assert (s.position, s.name) == ("Phó Cục trưởng", "Nguyễn Thúy Hiền")


def test_the_party_s_name_broken_after_cong():
    # Thông báo 432-TB/VPTW: "**ĐẢNG CỘNG" / "SẢN VIỆT NAM**".
    raw = _BANNER + (
        "BAN CHẤP HÀNH\nTRUNG ƯƠNG\n**VĂN PHÒNG**\n*****\n|\n**ĐẢNG CỘNG\nSẢN VIỆT NAM**\n---------------\n|\n|\n"
        "Số 432-TB/VPTW\n|\n*Hà Nội, ngày\n26 tháng 11 năm 2025*\n|\n**THÔNG BÁO KẾT LUẬN**\nCỦA ĐỒNG CHÍ TỔNG BÍ THƯ\n"
    )
    h = _header(raw)
    assert [h.doc_type, h.number, h.symbol, h.date, h.place] == ["Thông báo", "432", "TB/VPTW", "2025-11-26", "Hà Nội"]
    assert (h.issuer, h.issuer_parent) == ("Văn phòng Trung ương Đảng", "Ban Chấp hành Trung ương Đảng")


def test_the_page_s_summary_above_the_header_is_not_the_document_s_text():
    # Công điện 232/CĐ-TTg: the page's summary names the instruments as the site writes them ("Nghị quyết 380/NQ-CP
    # ngày 25/11/2025", without "số"); the entries are the document's own mentions.
    raw = _BANNER.replace("230/CĐ-TTg", "232/CĐ-TTg") + (
        "## Bảo đảm người dân bị ảnh hưởng do mưa lũ có nhà ở an toàn trước Tết nguyên đán 2026\n"
        "Theo đó, tiếp theo Công điện 227/CĐ-TTg ngày 23/11/2025 của Thủ tướng Chính phủ và Nghị quyết 380/NQ-CP ngày "
        "25/11/2025,Thủ tướng Chính phủ yêu cầu:\n|\n"
        "**THỦ TƯỚNG CHÍNH PHỦ**\n**-------**\n|\n**CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n"
        "---------------\n|\n|\nSố: 232/CĐ-TTg\n|\n*Hà Nội, ngày 27\ntháng 11 năm 2025*\n|\n**CÔNG ĐIỆN**\n"
        "V/V KHẨN TRƯƠNG THỐNG\nKÊ, RÀ SOÁT, TỔNG HỢP BÁO CÁO THIỆT HẠI VỀ NHÀ Ở\n**THỦ TƯỚNG CHÍNH PHỦ điện:**\n"
        "Để nhanh chóng sửa chữa, xây dựng lại nhà cửa, tiếp theo Công điện số 227/CĐ-TTg ngày\n23/11/2025 của Thủ tướng "
        "Chính phủ và Nghị quyết số 380/NQ-CP ngày 25/11/2025 của\nChính phủ, Thủ tướng Chính phủ yêu cầu:\n"
    )
    assert cited(raw) == ["Công điện số 227/CĐ-TTg ngày 23/11/2025", "Nghị quyết số 380/NQ-CP ngày 25/11/2025"]


def test_an_authority_line_broken_by_the_copy_is_read_whole():
    # Quyết định of the Trưởng Ban Chỉ đạo quốc gia về phát triển ngành công nghiệp bán dẫn (no header in the copy).
    raw = (
        "**QUYẾT ĐỊNH**\n\nBAN\nHÀNH QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO QUỐC GIA VỀ PHÁT TRIỂN NGÀNH\n"
        "CÔNG NGHIỆP BÁN DẪN\n\n**TRƯỞNG BAN CHỈ ĐẠO QUỐC GIA VỀ PHÁT TRIỂN NGÀNH CÔNG\nNGHIỆP BÁN DẪN**\n\n"
        "*Căn cứ Luật Tổ chức\nChính phủ ngày 18 tháng 02 năm 2025;*\n"
    )
    assert _header(raw).issuer == "Ban Chỉ đạo quốc gia về phát triển ngành công nghiệp bán dẫn"
    # A council's term on the line under its name is no part of it (corpus 078, no header).
    raw = (
        "NGHỊ QUYẾT\nBAN\nHÀNH CHƯƠNG TRÌNH GIÁM SÁT NĂM 2018 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG KHÓA\nXVII, NHIỆM KỲ "
        "2016 - 2021\nHỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG \nKHÓA XVII - KỲ HỌP THỨ NĂM\nCăn cứ Luật Tổ chức chính quyền\n"
    )
    assert _header(raw).issuer == "Hội đồng nhân dân tỉnh Hà Giang"
