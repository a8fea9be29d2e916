"""Header, round 13: errors seen on documents from sources new to the project (document-sharing
sites that give a PDF's text on one line, with its dashes lost and "XÃ" misdecoded; legal libraries
that drop a Quyết định's type line or put a table of metadata above the header; web copies of a
Công văn that give its two columns one after the other, or run "Kính gửi" together), and two gaps left
by the last round: a consolidated text whose number sits in the gazette's closing block, and a date
read from another document's line. Fragments written in the style of the surveyed documents."""

from __future__ import annotations

from vanban.loaders.header import MOTTO, header_start, read_header
from vanban.loaders.names import canonical_org
from vanban.loaders.records import Header
from vanban.loaders.recipients import find_recipients
from vanban.loaders.text import make_text

# A document-sharing site's page: its title, its summary, then the PDF's first page on one line, dashes
# lost ("Độc lập  Tự do  Hạnh phúc", "QĐUBND") and "XÃ" with its no-break space read as "à".
SHARED_PDF_PAGE = (
    "Quyết định số 12/2020/QĐ-UBND tỉnh Sóc Trăng\n\n"
    "Chia sẻ: Nguyen Van A | Ngày: | Loại File: PDF | Số trang:9\n\n"
    "Quyết định số 12/2020/QĐ-UBND ban hành quy định về quản lý chợ trên địa bàn tỉnh Sóc Trăng. "
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\n"
    "Nội dung Text: Quyết định số 12/2020/QĐ-UBND tỉnh Sóc Trăng\n\n"
    "  1. ỦY BAN NHÂN DÂN CỘNG HÒA X\u00e0HỘI CHỦ NGHĨA VIỆT NAM TỈNH SÓC TRĂNG Độc lập  Tự do  Hạnh phúc    "
    "Số: 12/2020/QĐUBND Sóc Trăng, ngày 05 tháng 6 năm 2020   QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ CHỢ "
    "TRÊN ĐỊA BÀN TỈNH SÓC TRĂNG ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG Căn cứ Luật Tổ chức chính quyền địa phương "
    "ngày 19 tháng 6 năm 2015; Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015; "
    "Theo đề nghị của Giám đốc Sở Công Thương\n"
)


def test_header_printed_on_one_line_under_a_web_pages_title():
    text = make_text(SHARED_PDF_PAGE)
    assert text.lines[header_start(text)].text.lstrip().startswith("1. ỦY BAN NHÂN DÂN")
    h = read_header(text)
    assert (h.doc_type, h.number, h.symbol, h.date, h.place) == ("Quyết định", "12", "2020/QĐ-UBND", "2020-06-05", "Sóc Trăng")
    assert h.issuer == "Ủy ban nhân dân tỉnh Sóc Trăng"
    # The council named as the authority after the title is no part of it.
    assert h.title == "BAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH SÓC TRĂNG"


def test_motto_without_its_dashes_or_with_xa_misdecoded():
    assert MOTTO.search("CỘNG HÒA X\u00e0HỘI CHỦ NGHĨA VIỆT NAM")
    assert MOTTO.search("Độc lập  Tự do  Hạnh phúc")
    assert MOTTO.search("Độc lập - Tự do - Hạnh phúc")
    assert not MOTTO.search("giữ vững độc lập, tự chủ")
    # A short line with a motto stays a line of its own: the header at the top is unchanged.
    text = make_text("ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 1961/QĐUBND\nCỘNG HÒA X\u00e0HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập  Tự do  Hạnh phúc\n")
    assert header_start(text) == 0


def test_school_after_its_department_on_one_line():
    # A school's page: a title without diacritics twice, then the header on one line.
    text = make_text(
        "KE HOACH HOAT DONG THANG 3\n\nKE HOACH HOAT DONG THANG 3\n"
        "SỞ GD-ĐT BÌNH ĐỊNH TRƯỜNG THPT SỐ 1 PHÙ CÁT Số: 15/KH-THPTPC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
        "Độc lập – Tự do – Hạnh phúc Phù Cát, ngày 01 tháng 3 năm 2019 KẾ HOẠCH TỔ CHỨC HOẠT ĐỘNG CHÀO MỪNG "
        "NGÀY 26/3 Căn cứ kế hoạch năm học 2018 – 2019 của Trường THPT số 1 Phù Cát; Căn cứ Chương trình "
        "công tác Đoàn và phong trào thanh niên trường học năm học 2018 - 2019, Ban Giám hiệu xây dựng kế hoạch\n"
    )
    h = read_header(text)
    assert (h.doc_type, h.number, h.symbol, h.date, h.place) == ("Kế hoạch", "15", "KH-THPTPC", "2019-03-01", "Phù Cát")
    assert (h.issuer, h.issuer_parent) == ("Trường Trung học phổ thông Số 1 Phù Cát", "Sở Giáo dục và Đào tạo tỉnh Bình Định")
    assert h.title == "TỔ CHỨC HOẠT ĐỘNG CHÀO MỪNG NGÀY 26/3"


def test_party_committee_after_its_party_body_on_one_line():
    # The Party committee of a school under the Party body of the province's agencies: cut before
    # "ĐẢNG ỦY", not before "TRƯỜNG" (a unit is cut only after a ministry, department, office or
    # people's committee); read as the same header on its lines is.
    text = make_text(
        "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH ĐẢNG ỦY TRƯỜNG CAO ĐẲNG Y TẾ Số: 12-NQ/ĐU ĐẢNG CỘNG SẢN VIỆT NAM "
        "Đồng Nai, ngày 10 tháng 1 năm 2021 NGHỊ QUYẾT VỀ NHIỆM VỤ NĂM 2021 Căn cứ Điều lệ Đảng; "
        "Căn cứ Quy định số 24-QĐ/TW của Ban Chấp hành Trung ương thi hành Điều lệ Đảng, Đảng ủy trường\n"
    )
    h = read_header(text)
    assert (h.doc_type, h.number, h.symbol, h.date) == ("Nghị quyết", "12", "NQ/ĐU", "2021-01-10")
    on_lines = read_header(
        make_text(
            "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH\nĐẢNG ỦY TRƯỜNG CAO ĐẲNG Y TẾ\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Số: 12-NQ/ĐU\nĐồng Nai, ngày 10 tháng 1 năm 2021\nNGHỊ QUYẾT\nVỀ NHIỆM VỤ NĂM 2021\nCăn cứ Điều lệ Đảng;\n"
        )
    )
    assert (h.issuer, h.issuer_parent) == (on_lines.issuer, on_lines.issuer_parent)
    assert h.issuer_parent == "Đảng bộ khối các cơ quan tỉnh Đồng Nai"


def test_cong_van_given_column_after_column():
    # A web copy puts the left column (issuer, Số line, trích yếu) above the motto, under the page's
    # own summary, which opens like a body ("Ngày 22/3/2024 … đã ban hành …").
    text = make_text(
        "Văn bản số 515/SYT-NVY về việc tăng cường phòng chống sốt xuất huyết\n"
        "Ngày 12/4/2023 Sở Y tế đã ban hành Văn bản số 515/SYT-NVY.\n"
        "Tải văn bản số 515/SYT-NVY\n"
        "UBND TỈNH LONG AN\nSỞ Y TẾ\n_____________\nSố: 515/SYT-NVY\n"
        "V/v tăng cường phòng, chống sốt xuất huyết\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n________________________\n"
        "Long An, ngày 12 tháng 4 năm 2023\nKính gửi:\n- Các bệnh viện trực thuộc;\n- Trung tâm Y tế các huyện.\n"
        "Thực hiện Công văn số 1234/BYT-DP của Bộ Y tế về việc phòng, chống dịch bệnh;\n"
    )
    assert text.lines[header_start(text)].text == "UBND TỈNH LONG AN"
    h = read_header(text)
    assert (h.doc_type, h.number, h.symbol, h.date, h.place) == ("Công văn", "515", "SYT-NVY", "2023-04-12", "Long An")
    assert (h.issuer, h.issuer_parent) == ("Sở Y tế tỉnh Long An", "Ủy ban nhân dân tỉnh Long An")
    assert h.title == "V/v tăng cường phòng, chống sốt xuất huyết"


# A legal library's page: its table of metadata, then a table's first cells only ("ỦY BAN NHÂN DÂN |"),
# no type line; the chairman's authority names the level, the place line the province.
LIBRARY_DECISION = """Quyết định 301/QĐ-UBND năm 2021 về phê duyệt quy trình nội bộ thủ tục hành chính tỉnh Hậu Giang
Số hiệu: | 301/QĐ-UBND | Loại văn bản: | Quyết định |
Nơi ban hành: | Tỉnh Hậu Giang | Người ký: | Nguyễn Văn B |
Ngày ban hành: | 15/03/2021 | Ngày hiệu lực: | Đang cập nhật |
Ngày hết hiệu lực: | Đang cập nhật |
ỦY BAN NHÂN DÂN |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 301/QĐ-UBND |
Hậu Giang, ngày 15 tháng 3 năm 2021 |
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
"""


def test_library_metadata_and_an_authority_naming_its_level_only():
    text = make_text(LIBRARY_DECISION)
    assert text.lines[header_start(text)].text == "ỦY BAN NHÂN DÂN |"
    h = read_header(text)
    assert (h.doc_type, h.number, h.symbol, h.date, h.place) == ("Quyết định", "301", "QĐ-UBND", "2021-03-15", "Hậu Giang")
    assert h.issuer == "Ủy ban nhân dân tỉnh Hậu Giang"
    assert h.title is None
    # A place line of another level does not place it: a district's town is no province.
    h = read_header(make_text(LIBRARY_DECISION.replace("Hậu Giang, ngày", "Châu Thành, ngày")))
    assert h.issuer != "Ủy ban nhân dân tỉnh Châu Thành"


def test_decision_without_its_type_line_takes_title_and_authority_after_the_date():
    text = make_text(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 27/2020/QĐ-UBND | Quảng Bình, ngày 14 tháng 9 năm 2020 |\n"
        "BAN HÀNH QUY ĐỊNH PHÂN CẤP QUẢN LÝ CÔNG CHỨC TRÊN ĐỊA BÀN TỈNH QUẢNG BÌNH\n"
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH\n"
        "ính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "QUYẾT ĐỊNH:\n"
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 25/9/2020.\n"
        "- Như Điều 3; | TM. ỦY BAN NHÂN DÂN |\n"
        "PHÂN CẤP QUẢN LÝ CÔNG CHỨC TRÊN ĐỊA BÀN TỈNH QUẢNG BÌNH\n"
        "(Ban hành kèm theo Quyết định số 27/2020/QĐ-UBND ngày 14 tháng 9 năm 2020 của Ủy ban nhân dân tỉnh Quảng Bình)\n"
    )
    h = read_header(text)
    assert (h.doc_type, h.number, h.symbol, h.date) == ("Quyết định", "27", "2020/QĐ-UBND", "2020-09-14")
    assert h.issuer == "Ủy ban nhân dân tỉnh Quảng Bình"
    assert h.title == "BAN HÀNH QUY ĐỊNH PHÂN CẤP QUẢN LÝ CÔNG CHỨC TRÊN ĐỊA BÀN TỈNH QUẢNG BÌNH"
    # The appendix's title under a signature that lost its office and name is no part of the authority.
    assert h.signer is not None and h.signer.authority == "TM. Ủy ban nhân dân"
    # Without an authority after them, caps lines after the date are no title.
    h = read_header(make_text("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 27/2020/QĐ-UBND | Quảng Bình, ngày 14 tháng 9 năm 2020 |\nDANH MỤC KÈM THEO\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"))
    assert h.title is None


def test_boards_of_the_central_committee_are_named_trung_uong():
    for board, name in (
        ("ỦY BAN KIỂM TRA", "Ủy ban Kiểm tra Trung ương"),
        ("BAN TỔ CHỨC", "Ban Tổ chức Trung ương"),
        ("VĂN PHÒNG", "Văn phòng Trung ương Đảng"),
    ):
        h = read_header(
            make_text(
                f"BAN CHẤP HÀNH TRUNG ƯƠNG\n{board}\n-------\nĐẢNG CỘNG SẢN VIỆT NAM\n---------------\n"
                "Số: 06-HD/UBKTTW\nHà Nội, ngày 18 tháng 12 năm 2018\nHƯỚNG DẪN\nTHỰC HIỆN MỘT SỐ ĐIỀU CỦA QUY ĐỊNH\n"
                "- Căn cứ Điều lệ Đảng;\n"
            )
        )
        assert (h.issuer, h.issuer_parent) == (name, "Ban Chấp hành Trung ương Đảng")
    # Under a province's committee the board keeps the committee's name.
    h = read_header(make_text("TỈNH ỦY HÀ GIANG\nỦY BAN KIỂM TRA\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 06-HD/UBKTTU\nHà Giang, ngày 18 tháng 12 năm 2018\nHƯỚNG DẪN\nthực hiện\n"))
    assert h.issuer == "Ủy ban Kiểm tra Tỉnh ủy Hà Giang"


def test_consolidated_text_numbered_in_the_gazettes_closing_block():
    body = (
        "CÔNG BÁO/Số 529 + 530/Ngày 27-4-2018\nVĂN BẢN HỢP NHẤT - BỘ Y TẾ\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTHÔNG TƯ\n"
        "Quy định về khám bệnh, chữa bệnh bảo hiểm y tế tại tuyến xã\n"
        "Thông tư số 12/2016/TT-BYT ngày 10 tháng 5 năm 2016 của Bộ trưởng Bộ Y tế, được sửa đổi, bổ sung bởi:\n"
        "Căn cứ Luật bảo hiểm y tế;\nĐiều 1. Phạm vi điều chỉnh\nThông tư này quy định về khám bệnh.\n"
    )
    closing = "BỘ Y TẾ\nSố: 10/VBHN-BYT\nHà Nội, ngày 27 tháng 3 năm 2018\nXÁC THỰC VĂN BẢN HỢP NHẤT\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nPhạm Lê Tuấn\n"
    h = read_header(make_text(body + closing))
    assert (h.doc_type, h.number, h.symbol, h.date, h.place) == ("Văn bản hợp nhất", "10", "VBHN-BYT", "2018-03-27", "Hà Nội")
    assert h.issuer == "Bộ Y tế"
    # A Số line of another kind in the closing block is no consolidation's number.
    h = read_header(make_text(body + "Căn cứ Công văn số 15/BYT-KCB ngày 02 tháng 01 năm 2018 của Bộ Y tế;\n"))
    assert (h.doc_type, h.number, h.symbol) == ("Văn bản hợp nhất", None, None)


def test_date_years_away_from_the_symbols_year_is_another_documents():
    # A copy that lost its date line and the first words of its body: the first date after the Số
    # line is a cited law's.
    h = read_header(make_text("UBND TỈNH TRÀ VINH\nSố: 05/2019/QĐ-UBND\nính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Luật Đất đai;\n"))
    assert (h.number, h.symbol, h.date, h.place) == ("05", "2019/QĐ-UBND", None, None)
    # A year apart may be the document's own: a resolution passed in December, numbered for the next year.
    h = read_header(make_text("HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC NINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 01/2020/NQ-HĐND\nBắc Ninh, ngày 10 tháng 12 năm 2019\nNGHỊ QUYẾT\nVề giá đất\n"))
    assert (h.date, h.place) == ("2019-12-10", "Bắc Ninh")


def test_kinh_gui_run_together_names_the_addressees():
    text = make_text(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 401/UBND-MT\nV/v rà soát cơ sở gây ô nhiễm môi trường\nBắc Giang, ngày 28 tháng 03 năm 2013\n"
        "Kínhgửi: Sở Tài nguyên và Môi trường\n"
        "Thực hiện Công văn số 1017/BTNMT-TCMT của Bộ Tài nguyên và Môi trường vềviệc đôn đốc rà soát, "
        "Phó Chủ tịch UBND tỉnh có ý kiến như sau:\nSở Tài nguyên và Môi trường chủ trì thực hiện./.\n"
        "Nơi nhận:\n- Như trên;\n- UBND các huyện, thành phố;\n- Lưu: VT, MT.\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nNguyễn Văn C\n"
    )
    h = read_header(text)
    assert h.title == "V/v rà soát cơ sở gây ô nhiễm môi trường"
    names = [r.name for r in find_recipients(text, h)]
    assert names[0] == "Sở Tài nguyên và Môi trường tỉnh Bắc Giang"
    assert "Ủy ban nhân dân các huyện, thành phố" in names


def test_department_code_written_with_a_dash():
    assert canonical_org("SỞ GD-ĐT QUẢNG NGÃI") == "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi"
    assert canonical_org("SỞ GD&ĐT QUẢNG NGÃI") == "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi"
    # Other dashes of a name in capitals are unchanged.
    assert canonical_org("PHÒNG LAO ĐỘNG - TB&XH") == "Phòng Lao động - TB&XH"
    assert canonical_org("SỞ GD-ĐT QUẢNG NGÃI", Header(province="Quảng Ngãi")) == "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi"


def test_bare_committee_of_a_cong_van_placed_by_its_vice_chairmans_opinion():
    # A legal library keeps a table's first cells only ("ỦY BAN NHÂN DÂN |"); the body names the level,
    # then the vice chairman; the place line names the province.
    text = make_text(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 722/UBND-MT | Bắc Giang, ngày 28 tháng 03 năm 2013 |\n"
        "Kính gửi: Sở Tài nguyên và Môi trường\n"
        "Thực hiện Công văn số 1017/BTNMT-TCMT ngày 22 tháng 3 năm 2013 của Bộ Tài nguyên và Môi trường, "
        "Phó Chủ tịch UBND tỉnh Lại Thanh Sơn có ý kiến như sau:\n"
        "Sở Tài nguyên và Môi trường chủ trì thực hiện./.\n"
    )
    h = read_header(text)
    assert (h.doc_type, h.number, h.symbol, h.place) == ("Công văn", "722", "UBND-MT", "Bắc Giang")
    assert h.issuer == "Ủy ban nhân dân tỉnh Bắc Giang"
    # A place line that is no province leaves it bare.
    h = read_header(make_text(text.original.replace("Bắc Giang, ngày", "Lạng Giang, ngày")))
    assert h.issuer == "Ủy ban nhân dân"


def test_state_enterprise_under_its_group_and_its_director_generals_authority():
    text = make_text(
        "TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM\nTỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 1520/QĐ-EVNNPC\nHà Nội, ngày 20 tháng 6 năm 2022\nQUYẾT ĐỊNH\n"
        "Về việc ban hành Quy chế quản lý an toàn\nTỔNG GIÁM ĐỐC TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC\nCăn cứ Luật Doanh nghiệp;\n"
    )
    h = read_header(text)
    assert (h.doc_type, h.number, h.symbol) == ("Quyết định", "1520", "QĐ-EVNNPC")
    assert (h.issuer, h.issuer_parent) == ("Tổng công ty Điện Lực Miền Bắc", "Tập đoàn Điện Lực Việt Nam")
    assert h.title == "Về việc ban hành Quy chế quản lý an toàn"
    # A company under the province's committee keeps its legal form's codes in capitals.
    h = read_header(
        make_text(
            "UBND TỈNH QUẢNG NINH\nCÔNG TY TNHH MTV MÔI TRƯỜNG ĐÔ THỊ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 52/KH-MTĐT\nHạ Long, ngày 02 tháng 3 năm 2023\nKẾ HOẠCH\nThu gom rác thải năm 2023\nCăn cứ Hợp đồng số 12;\n"
        )
    )
    assert (h.issuer, h.issuer_parent) == ("Công ty TNHH MTV Môi Trường Đô Thị", "Ủy ban nhân dân tỉnh Quảng Ninh")


def test_youth_unions_name_heads_its_committees_right_column():
    # "ĐOÀN TNCS HỒ CHÍ MINH" beside or above a committee is no body of the block.
    h = read_header(
        make_text(
            "HUYỆN ĐOÀN ĐỒNG VĂN                ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN XÃ LŨNG CÚ\n***\n"
            "Số: 05-BC/ĐTN                 Lũng Cú, ngày 05 tháng 3 năm 2024\nBÁO CÁO\nKết quả công tác Đoàn quý I\n"
            "Thực hiện Chương trình công tác Đoàn;\n"
        )
    )
    assert (h.doc_type, h.number, h.symbol, h.place) == ("Báo cáo", "05", "BC/ĐTN", "Lũng Cú")
    assert (h.issuer, h.issuer_parent) == ("Ban Chấp hành Đoàn xã Lũng Cú", "Huyện đoàn Đồng Văn")
    h = read_header(
        make_text(
            "ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN TỈNH HÀ GIANG\n***\nSố: 12-KH/TĐTN-VP\nHà Giang, ngày 05 tháng 3 năm 2024\n"
            "KẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2024\nThực hiện Chương trình công tác Đoàn;\n"
        )
    )
    assert (h.issuer, h.issuer_parent) == ("Ban Chấp hành Đoàn tỉnh Hà Giang", None)
    h = read_header(
        make_text(
            "TỈNH ĐOÀN HÀ GIANG                ĐOÀN TNCS HỒ CHÍ MINH\n***\n"
            "Số: 12-KH/TĐTN-VP                 Hà Giang, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nTổ chức Tháng Thanh niên\n"
            "Thực hiện Chương trình công tác Đoàn;\n"
        )
    )
    assert (h.issuer, h.issuer_parent) == ("Tỉnh đoàn Hà Giang", None)


def test_mass_organisations_keep_their_proper_names():
    assert canonical_org("BCH HỘI NÔNG DÂN TỈNH TRÀ VINH") == "Ban Chấp hành Hội Nông dân tỉnh Trà Vinh"
    assert canonical_org("HỘI LIÊN HIỆP PHỤ NỮ HUYỆN ĐỒNG VĂN") == "Hội Liên hiệp Phụ nữ huyện Đồng Văn"
    assert canonical_org("LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ GIANG") == "Liên đoàn Lao động tỉnh Hà Giang"
    assert canonical_org("BAN CHẤP HÀNH ĐOÀN THANH NIÊN XÃ LŨNG CÚ") == "Ban Chấp hành Đoàn Thanh niên xã Lũng Cú"


def test_joint_circulars_ministries_run_together_by_a_dash():
    h = read_header(
        make_text(
            "BỘ VĂN HOÁ - THÔNG TIN-BỘ Y TẾ\nSố: 01/2004/TTLT/BVHTT-BYT\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 12 tháng 1 năm 2004\nTHÔNG TƯ\n"
            "Hướng dẫn về hoạt động quảng cáo trong lĩnh vực y tế\nCăn cứ Pháp lệnh Quảng cáo;\n"
        )
    )
    assert (h.doc_type, h.number, h.symbol) == ("Thông tư", "01", "2004/TTLT/BVHTT-BYT")
    assert h.issuer == "Bộ Văn hóa - Thông tin - Bộ Y tế"
    # The dash inside one ministry's name is kept: "Bộ Văn hóa - Thông tin".
    assert canonical_org("BỘ VĂN HOÁ - THÔNG TIN") == "Bộ Văn hóa - Thông tin"


def test_header_words_run_together_by_a_copy_are_cut_apart():
    base = (
        "UBND TỈNH HÀ GIANG\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-SYT\nHà Giang, ngày 03 tháng 10 năm 2022\n"
        "KẾ HOẠCH\nTriển khai Tháng Dân vận năm 2022\nCăn cứ Kế hoạch số 233/KH-UBND;\n"
    )
    expected = ("Kế hoạch", "12", "KH-SYT", "2022-10-03", "Hà Giang", "Sở Y tế tỉnh Hà Giang", "Ủy ban nhân dân tỉnh Hà Giang", "Triển khai Tháng Dân vận năm 2022")
    for glued in (
        base.replace("KẾ HOẠCH\nTriển", "KẾ HOẠCHTriển"),
        base.replace("KH-SYT\nHà Giang", "KH-SYTHà Giang"),
        base.replace("HÀ GIANG\nSỞ Y TẾ", "HÀ GIANGSỞ Y TẾ"),
        base.replace("HÀ GIANG\nSỞ Y TẾ", "HÀ GIANG SỞ Y TẾ"),
    ):
        h = read_header(make_text(glued))
        assert (h.doc_type, h.number, h.symbol, h.date, h.place, h.issuer, h.issuer_parent, h.title) == expected
    h = read_header(make_text(base.replace("Số: 12/KH-SYT", "Số: 12/QĐ-SYT").replace("KẾ HOẠCH\nTriển khai", "QUYẾT ĐỊNHVề việc triển khai")))
    assert (h.doc_type, h.title) == ("Quyết định", "Về việc triển khai Tháng Dân vận năm 2022")
    # A symbol's own mixed case stays whole.
    for number_line, symbol in (("Số: 12/QĐ-TTg", "QĐ-TTg"), ("Số: 07-QĐi/TW", "QĐi/TW"), ("Số: 88/TTr-UBND", "TTr-UBND")):
        h = read_header(make_text(base.replace("Số: 12/KH-SYT", number_line)))
        assert h.symbol == symbol
    # A general department under its ministry on one line is not cut at "CỤC".
    h = read_header(
        make_text("BỘ TÀI CHÍNH TỔNG CỤC THUẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/TCT-CS\nHà Nội, ngày 03 tháng 10 năm 2022\nV/v chính sách thuế\nKính gửi: Cục Thuế tỉnh Hà Giang\n")
    )
    assert (h.issuer, h.issuer_parent) == ("Tổng cục Thuế", "Bộ Tài chính")


def test_list_of_departments_headed_with_the_agencies():
    text = make_text(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/UBND-MT\nBắc Giang, ngày 28 tháng 03 năm 2013\n"
        "Kính gửi: Sở Y tế\nNội dung./.\nNơi nhận:\n- Các Bộ: Quốc phòng, Công an;\n"
        "- Các Sở, cơ quan: Y tế, Công thương, Ban quản lý các khu công nghiệp;\n- Lưu: VT.\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nNguyễn Văn A\n"
    )
    names = [r.name for r in find_recipients(text, read_header(text))]
    assert names == [
        "Bộ Quốc phòng", "Bộ Công an", "Sở Y tế tỉnh Bắc Giang", "Sở Công Thương tỉnh Bắc Giang",
        "Ban quản lý các khu công nghiệp", "Lưu: VT",
    ]


def test_police_plan_its_recipients_and_signature():
    text = make_text(
        "CÔNG AN TỈNH VĨNH LONG\nPHÒNG CẢNH SÁT GIAO THÔNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 166/KH-PC08\nVĩnh Long, ngày 09 tháng 6 năm 2026\nKẾ HOẠCH\nThực hiện cao điểm tuyên truyền\n"
        "Thực hiện Kế hoạch số 2487/KH-CAT ngày 30/12/2025 của Công an tỉnh;\nI. MỤC ĐÍCH\n1. Tuyên truyền.\n"
        "Nơi nhận:\n- Đ/c Giám đốc CAT (để b/c);\n- Các đội thuộc phòng (để t/h);\n- Lưu: PC08.\nTRƯỞNG PHÒNG\nĐại tá Nguyễn Văn Hùng\n"
    )
    h = read_header(text)
    assert (h.issuer, h.issuer_parent) == ("Phòng Cảnh sát giao thông", "Công an tỉnh Vĩnh Long")
    assert h.signer is not None and (h.signer.name, h.signer.position) == ("Nguyễn Văn Hùng", "Trưởng phòng")
    recipients = [(r.name, r.purpose) for r in find_recipients(text, h)]
    assert recipients[0] == ("Giám đốc Công an tỉnh Vĩnh Long", "báo cáo")


def test_party_committee_of_a_section_is_no_ministry():
    assert canonical_org("ĐẢNG ỦY BỘ PHẬN CHI CỤC QUẢN LÝ THỊ TRƯỜNG") == "Đảng ủy bộ phận Chi cục Quản lý thị trường"
    assert canonical_org("ĐẢNG ỦY BỘ Y TẾ") == "Đảng ủy Bộ Y tế"


def test_caps_line_after_the_date_of_a_copy_without_issuer_block_is_no_authority():
    h = read_header(make_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 27/2020/QĐ-UBND\nQuảng Bình, ngày 14 tháng 9 năm 2020\nBAN HÀNH QUY ĐỊNH PHÂN CẤP QUẢN LÝ\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"))
    assert h.issuer is None or not h.issuer.startswith("Ban hành")
