"""Header, round 11: documents in formats other than the seeds' and the corpus' — web copies with a
page's furniture above the header (a summary with "Kính gửi", a metadata table, a caps banner),
Party symbols ("445-KL/TU"), joint bodies, a Quyết định's authority line in a short copy, OCR'd
markdown headings. Fragments written in the style of the real documents surveyed (web pages of
provincial portals and legal libraries, OCR output of scanned PDFs)."""

from __future__ import annotations

from vanban.loaders.header import header_start, read_header, read_signer
from vanban.loaders.names import normalize_tones
from vanban.loaders.text import make_text

# A hospital's Thông báo as a web page prints it: the page's title and a summary with the
# addressee above the header (written in the style of a hospital's portal).
HOSPITAL_PAGE = """Tạm ngưng hoạt động của khoa Khám bệnh theo yêu cầu

Kính gửi: Quý Cơ quan, Doanh nghiệp và các Đối tác.

SỞ Y TẾ

THÀNH PHỐ HỒ CHÍ MINH

BỆNH VIỆN MẮT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập – Tự do – Hạnh phúc

Số:    672     /TB-BVM-TCCB

TP. Hồ Chí Minh,  ngày 30  tháng 11 năm 2017

THÔNG BÁO

V/v tạm ngưng hoạt động của khoa Khám bệnh theo yêu cầu

Căn cứ Quyết định số 6266/QĐ-SYT ngày 07/11/2016 của Sở Y tế Thành phố Hồ Chí Minh;
"""


def test_summary_with_kinh_gui_above_the_header_is_skipped():
    h = read_header(make_text(HOSPITAL_PAGE))
    assert (h.doc_type, h.number, h.symbol, h.date) == ("Thông báo", "672", "TB-BVM-TCCB", "2017-11-30")
    assert h.issuer_parent == "Sở Y tế thành phố Hồ Chí Minh"
    assert h.issuer.startswith("Bệnh viện")
    assert h.title == "V/v tạm ngưng hoạt động của khoa Khám bệnh theo yêu cầu"


# A legal library's page copied whole: its banner in capitals and a metadata table of 60 lines
# come before the header (written in the style of such pages).
META_ROWS = "".join(f"|\n**Trường {i}:**\n|\nĐang cập nhật\n|\n" for i in range(14))
LIBRARY_PAGE = (
    "|\n|\nBản dịch này thuộc quyền sở hữu của **\nTHƯ VIỆN PHÁP LUẬT**.\nX\n**\n"
    "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN\n**\nĐang tải văn bản...\n#\n**Số hiệu:**\n|\n471/QĐ-UBND\n"
    + META_ROWS
    + """|
**ỦY BAN NHÂN
DÂN**
**TỈNH BẮC NINH**
--------
|
**CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 471/QĐ-UBND
|
*Bắc Ninh, ngày 28 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
VỀ VIỆC PHÊ DUYỆT DANH MỤC ĐỊA ĐIỂM TỔ CHỨC HỘI CHỢ NĂM 2026
**ỦY BAN NHÂN DÂN TỈNH BẮC NINH**
*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;*
"""
)


def test_metadata_table_and_banner_above_the_header_are_skipped():
    text = make_text(LIBRARY_PAGE)
    assert text.lines[header_start(text)].text == "|"  # the bar above "**ỦY BAN NHÂN"
    h = read_header(text)
    assert (h.doc_type, h.number, h.symbol, h.date, h.place) == ("Quyết định", "471", "QĐ-UBND", "2025-11-28", "Bắc Ninh")
    assert h.issuer == "Ủy ban nhân dân tỉnh Bắc Ninh"
    assert h.title == "VỀ VIỆC PHÊ DUYỆT DANH MỤC ĐỊA ĐIỂM TỔ CHỨC HỘI CHỢ NĂM 2026"


def test_header_at_the_top_starts_at_the_first_line():
    # The motto in the first lines, nothing above the issuer block that opens a body: unchanged.
    text = make_text("UBND TỈNH HÀ GIANG\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-SYT\n")
    assert header_start(text) == 0
    # A left column extracted first (Số and V/v above the motto) is no furniture.
    text = make_text("UBND HUYỆN X\nPHÒNG GIÁO DỤC\nSố: 12/PGD\nV/v tuyển sinh\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n")
    assert header_start(text) == 0


def test_old_tone_of_uy_is_not_moved_after_q():
    assert normalize_tones("Quý Cơ quan") == "Quý Cơ quan"
    assert normalize_tones("QUÝ KHÁCH") == "QUÝ KHÁCH"
    assert normalize_tones("Uỷ ban nhân dân") == "Ủy ban nhân dân"
    assert normalize_tones("Thanh Hoà") == "Thanh Hòa"


# A Party committee's Kết luận as a scanned PDF's text gives it: the type line garbled by OCR ("K ÉT
# LUẬN"), the symbol's "U" read "Ư" (written in the style of a Tỉnh ủy's documents).
PARTY_CONCLUSION = """TỈNH ỦY THỪA THIÊN HUẾ
ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 445-KL/TƯ
Thừa Thiên Huế, ngày 13 tháng 5 năm 2022
K ÉT LUẬN
HỘI NGHỊ LÂN THỨ BẢY
Hội nghị lần thứ bảy Ban Chấp hành Đảng bộ tỉnh (khóa XVI) họp ngày 26/4/2022 đã thảo luận và kết luận:
I. ĐÁNH GIÁ TÌNH HÌNH
"""


def test_party_symbol_names_its_type_before_the_committee():
    h = read_header(make_text(PARTY_CONCLUSION))
    assert (h.number, h.symbol, h.doc_type) == ("445", "KL/TƯ", "Kết luận")
    assert h.issuer == "Tỉnh ủy Thừa Thiên Huế"
    # Without a type line a Party's Thông báo is no Công văn ("TB" before "/HU"), and a state
    # symbol naming only bodies is one.
    h = read_header(make_text("HUYỆN ỦY MỘ ĐỨC\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 52-TB/HU\nMộ Đức, ngày 3 tháng 4 năm 2025\n"))
    assert (h.symbol, h.doc_type) == ("TB/HU", "Thông báo")
    h = read_header(make_text("ỦY BAN NHÂN DÂN TỈNH HẬU GIANG\nSố: 73/UBND-TH\nV/v ủy quyền\nKính gửi: Sở Nội vụ\n"))
    assert (h.symbol, h.doc_type) == ("UBND-TH", "Công văn")


# A joint body's Quy chế (written in the style of a province's standing committees' rules).
JOINT_RULES = """THƯỜNG TRỰC
HĐND - UBND TỈNH HÒA BÌNH
-------
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
|
Số: 06/QC-TT.HĐND-UBND
|
Hòa Bình, ngày 20 tháng 3 năm 2019
|
QUY CHẾ
PHỐI HỢP CÔNG TÁC GIỮA THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH - ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
"""


def test_standing_committee_alone_on_its_line_and_a_symbol_with_inner_dots():
    h = read_header(make_text(JOINT_RULES))
    assert h.symbol == "QC-TT.HĐND-UBND"
    assert h.issuer == "Thường trực Hội đồng nhân dân - Ủy ban nhân dân tỉnh Hòa Bình"
    assert h.issuer_parent is None
    # A dot ending the line is the sentence's.
    assert read_header(make_text("SỞ Y TẾ\nSố: 12/KH-SYT.\n")).symbol == "KH-SYT"


def test_school_under_its_education_office_with_a_form_label():
    text = make_text(
        "PHÒNG GD&ĐT BẢO LÂM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "TRƯỜNG: THCS MÔNG ÂN Độc lập- Tự do- Hạnh phúc\n\nBÁO CÁO\n"
        "Kết quả thực hiện công tác xây dựng trường, lớp xanh, sạch, đẹp, an toàn\nI. ĐẶC ĐIỂM TÌNH HÌNH\n"
    )
    h = read_header(text)
    assert (h.issuer, h.issuer_parent) == ("Trường Trung học cơ sở Mông Ân", "Phòng Giáo dục và Đào tạo Bảo Lâm")


# A Quyết định as an OCR tool gives a scan whose signature is an image: the authority line under
# the title is the only line in capitals that names an office (written in the style of such output).
OCR_DECISION = """# CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc

Số: /QĐ-UBND

Lai Châu, ngày tháng năm 2025

# QUYẾT ĐỊNH

Về việc công bố danh mục thủ tục hành chính mới ban hành trong lĩnh vực hỗ trợ đầu tư

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;

# QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.

Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.

# Nơi nhận:

- Như Điều 2;
- Lưu: VT, Hcc6.

![](images/65e08f90.jpg)
"""


def test_authority_line_of_a_short_copy_is_no_signature():
    text = make_text(OCR_DECISION)
    assert read_signer(text) is None
    h = read_header(text)
    assert (h.doc_type, h.symbol, h.date, h.issuer) == ("Quyết định", "QĐ-UBND", "2025", "Ủy ban nhân dân tỉnh Lai Châu")
    # A short Công văn keeps its signature, after the body's first line.
    text = make_text("SỞ Y TẾ\nSố: 12/SYT\nKính gửi: Các bệnh viện\nĐề nghị thực hiện./.\nNơi nhận:\n- Như trên;\nGIÁM ĐỐC\nNguyễn Văn An\n")
    assert read_signer(text).name == "Nguyễn Văn An"


def test_office_then_its_body_under_an_old_motto():
    text = make_text(
        "BỘ Y TẾ | VIỆT NAM DÂN CHỦ CỘNG HÒA |\nSố: 808-BYT/QĐ | Hà Nội, ngày 18 tháng 09 năm 1961 |\n"
        "QUYẾT ĐỊNH\nĐỔI TÊN BỆNH VIỆN PHỦ DOÃN\nBỘ TRƯỞNG BỘ Y TẾ\nCăn cứ luật Tổ chức Hội đồng Chính phủ;\n"
    )
    h = read_header(text)
    assert (h.issuer, h.title) == ("Bộ Y tế", "ĐỔI TÊN BỆNH VIỆN PHỦ DOÃN")


def test_type_line_that_goes_on_with_the_title():
    text = make_text(
        "Số 70/KH-UBND\n\nCần Thơ, ngày 15 tháng 9 năm 2025\n\n"
        "# KẾ HOẠCH Thực hiện công tác dân vận năm 2025\n\nThực hiện Luật Thực hiện dân chủ ở cơ sở;\n"
    )
    h = read_header(text)
    assert (h.doc_type, h.title) == ("Kế hoạch", "Thực hiện công tác dân vận năm 2025")
    text = make_text(
        "ỦY BAN NHÂN DÂN\nXÃ XUÂN PHÚ\n|\nCỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập -\nTự do - Hạnh phúc\n|\n"
        "QUY CHẾ LÀM\nVIỆC\nCỦA ỦY\nBAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026\n(Ban hành\nkèm theo Quyết định số: 59/QĐ-UBND)\nChương I\n"
    )
    h = read_header(text)
    assert (h.doc_type, h.issuer, h.title) == (
        "Quy chế",
        "Ủy ban nhân dân xã Xuân Phú",
        "LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026",
    )
    # Before the motto, the Số line or the date, a caps line opening with a type word is no type line.
    text = make_text("KẾ HOẠCH ĐẦU TƯ TỈNH X\nTrường A\n")
    assert read_header(text).doc_type is None


def test_hospital_named_by_its_specialty():
    h = read_header(make_text(HOSPITAL_PAGE))
    assert h.issuer == "Bệnh viện Mắt"
    from vanban.loaders.names import recase

    assert recase("BỆNH VIỆN NHI TRUNG ƯƠNG") == "Bệnh viện Nhi Trung ương"
    assert recase("BỆNH VIỆN ĐA KHOA NÀ CHÌ") == "Bệnh viện Đa khoa Nà Chì"  # unchanged (seed 001)


def test_old_authority_mark_with_a_dot_inside_and_an_office_with_its_body():
    text = make_text(
        "BỘ Y TẾ | VIỆT NAM DÂN CHỦ CỘNG HÒA |\nSố: 808-BYT/QĐ | Hà Nội, ngày 18 tháng 09 năm 1961 |\n"
        "QUYẾT ĐỊNH\nĐỔI TÊN BỆNH VIỆN PHỦ DOÃN\nBỘ TRƯỞNG BỘ Y TẾ\nCăn cứ luật Tổ chức Hội đồng Chính phủ;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Đổi tên bệnh viện.\n| K.T. BỘ TRƯỞNG BỘ Y TẾ |\n| THỨ TRƯỞNG |\n| Nguyễn Văn Hưởng |\n"
    )
    s = read_signer(text)
    assert (s.authority, s.position, s.name) == ("KT. Bộ trưởng Bộ Y tế", "Thứ trưởng", "Nguyễn Văn Hưởng")


def test_number_line_whose_vowel_a_web_font_lost():
    text = make_text(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "S: 5157/QĐ-UBND\nThành phố Hồ Chí Minh, ngày 30 tháng 9 năm 2016\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH\n"
    )
    h = read_header(text)
    assert (h.number, h.symbol, h.issuer) == ("5157", "QĐ-UBND", "Ủy ban nhân dân thành phố Hồ Chí Minh")


# A Công văn as a document viewer prints a PDF's first page: the whole header on one line after
# the page's list number, the font's diacritics split off some letters (written in the style of
# such pages).
ONE_LINE_PAGE = (
    "Xem mẫu\n\n  1. UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO "
    "Độc lập - Tự do - Hạnh phúc Số : 2917 /SGDĐT-VP Phan Rang-Tháp Chàm, ngày 05 tháng11 năm 2010 "
    "V/v báo cáo nhanh tình hình bị thiệt hai ̀ ̣ ̣ do lũ lụt của ngành Giáo dục. Kính gửi: - Ủy ban nhân "
    "dân tỉnh Ninh Thuận; - Bộ Giáo dục và Đào tạo. Vừa qua, tỉnh Ninh Thuận bị ảnh hưởng của không khí "
    "lạnh tăng cường mạnh xuống phía Nam.\n"
)


def test_header_printed_on_one_line_is_read_from_its_parts():
    h = read_header(make_text(ONE_LINE_PAGE))
    assert (h.doc_type, h.number, h.symbol, h.date) == ("Công văn", "2917", "SGDĐT-VP", "2010-11-05")
    assert h.place == "Phan Rang-Tháp Chàm"
    assert (h.issuer, h.issuer_parent) == ("Sở Giáo dục và Đào tạo tỉnh Ninh Thuận", "Ủy ban nhân dân tỉnh Ninh Thuận")
    assert h.title == "V/v báo cáo nhanh tình hình bị thiệt hai do lũ lụt của ngành Giáo dục"


def test_long_first_line_without_a_motto_and_a_number_is_left_alone():
    line = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 " * 6
    h = read_header(make_text("UBND TỈNH X\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" + line + "\n"))
    assert h.number is None and h.doc_type is None


def test_party_title_in_capitals_goes_on_with_a_line_opening_with_ve():
    text = make_text(
        "ĐẢNG BỘ TỈNH QUẢNG NGÃI\nĐẢNG ỦY XÃ ĐỨC TÂN\n*\nSố 25-TB/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Đức Tân, ngày 05 tháng 11 năm 2025\nTHÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY\n"
        "về công tác chuẩn bị bầu cử đại biểu Quốc hội\n"
        "Ngày 03/11/2025, Ban Thường vụ Đảng ủy xã họp nghe báo cáo và kết luận như sau:\n"
    )
    h = read_header(text)
    assert h.title == "KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY về công tác chuẩn bị bầu cử đại biểu Quốc hội"
    # A paragraph in lower case under a caps title still ends it.
    text = make_text("UBND TỈNH X\nSố: 1/KH-UBND\nKẾ HOẠCH\nTRIỂN KHAI CÔNG TÁC NĂM 2025\ntrong đó các sở thực hiện\n")
    assert read_header(text).title == "TRIỂN KHAI CÔNG TÁC NĂM 2025"


def test_deputy_of_any_office_ends_the_authority():
    # A ministry's office (written in the style of a Văn phòng Bộ's Công văn).
    text = make_text(
        "BỘ CÔNG AN\nVĂN PHÒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1989/V11-TTTTBC\nV/v xác minh vụ việc báo nêu\n"
        "Hà Nội, ngày 28 tháng 05 năm 2013\nKính gửi: Giám đốc Công an thành phố Hà Nội\nĐề nghị xử lý./.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, V11.\nKT. CHÁNH VĂN PHÒNG\nPHÓ VĂN PHÒNG\nĐại tá Phạm Văn Sinh\n"
    )
    s = read_signer(text)
    assert (s.authority, s.position, s.name) == ("KT. Chánh Văn phòng", "Phó Văn phòng", "Phạm Văn Sinh")
    h = read_header(text)
    assert (h.issuer, h.issuer_parent) == ("Văn phòng Bộ Công an", "Bộ Công an")
    text = make_text("TRƯỜNG THCS AN BÌNH\nSố: 5/KH-THCS\nKẾ HOẠCH\nNăm học\nI. MỤC ĐÍCH\nNơi nhận:\n- Lưu: VT.\nKT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\nTrần Thị Lan\n")
    assert read_signer(text).position == "Phó Hiệu trưởng"


def test_library_of_a_university_and_a_subject_under_a_caps_title():
    text = make_text(
        "[ Đăng ngày: 01/11/2021 ]\n\nTRƯỜNG ĐẠI HỌC NGÂN HÀNG\nTP. HỒ CHÍ MINH\nTHƯ VIỆN\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Thành phố Hồ Chí Minh, ngày 19 tháng 10 năm 2021\n\nBÁO CÁO KẾT QUẢ KHẢO SÁT\n"
        "Về việc đánh giá chất lượng hoạt động Thư viện năm 2021\n\n1. THÔNG TIN CHUNG\n"
    )
    h = read_header(text)
    assert (h.doc_type, h.date) == ("Báo cáo", "2021-10-19")
    assert h.title == "KẾT QUẢ KHẢO SÁT Về việc đánh giá chất lượng hoạt động Thư viện năm 2021"
    assert h.issuer_parent.startswith("Trường Đại học Ngân")
    assert h.issuer == "Thư viện " + h.issuer_parent  # the school's library, by the school's whole name
    text = make_text("TRƯỜNG ĐẠI HỌC Y DƯỢC\nPHÒNG ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/TB-ĐT\n")
    h = read_header(text)
    assert h.issuer == "Phòng Đào tạo " + h.issuer_parent


def test_two_organs_sharing_one_place_line_issue_jointly():
    text = make_text(
        "ỦY BAN NHÂN DÂN\nỦY BAN MTTQ VIỆT NAM\nTỈNH ĐẮK LẮK\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\n"
        "Số: 01/QCPH/UBND-UBMTTQ\n|\nĐắk Lắk, ngày 27 tháng 10 năm 2017\n|\nQUY CHẾ\nPHỐI HỢP CÔNG TÁC\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
    )
    h = read_header(text)
    assert (h.issuer, h.issuer_parent) == ("Ủy ban nhân dân và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk", None)
    # A committee with its place above its unit stays the unit's parent.
    h = read_header(make_text("UBND TỈNH HÀ GIANG\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-SYT\n"))
    assert (h.issuer, h.issuer_parent) == ("Sở Y tế tỉnh Hà Giang", "Ủy ban nhân dân tỉnh Hà Giang")


def test_youth_union_keeps_its_proper_name():
    text = make_text(
        "BAN CHẤP HÀNH TRUNG ƯƠNG                                   ĐOÀN TNCS HỒ CHÍ MINH\n\n***\n\n"
        "   Số: 225 - KH/TWĐTN-CTTN                                    Hà Nội, ngày 16 tháng 5 năm 2024\n\n"
        "KẾ HOẠCH\nTổ chức các hoạt động hè dành cho thiếu nhi năm 2024\n\nThực hiện chương trình công tác Đoàn;\n"
    )
    h = read_header(text)
    assert (h.number, h.symbol, h.doc_type) == ("225", "KH/TWĐTN-CTTN", "Kế hoạch")
    assert h.issuer == "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"


def test_office_after_a_mark_of_signing_for_another_is_no_position():
    # The copy ends at the authority line (a web page's excerpt of a 1961 decision).
    text = make_text("BỘ Y TẾ\nSố: 808-BYT/QĐ\nQUYẾT ĐỊNH\nĐổi tên\nCăn cứ luật;\nĐiều 1. Đổi tên./.\n| K.T. BỘ TRƯỞNG BỘ Y TẾ |\n")
    s = read_signer(text)
    assert (s.authority, s.position, s.name) == ("KT. Bộ trưởng Bộ Y tế", None, None)
    # An acting head signs as that office.
    text = make_text("SỞ Y TẾ\nSố: 5/KH-SYT\nKẾ HOẠCH\nNăm 2025\nI. MỤC ĐÍCH\nNơi nhận:\n- Lưu: VT.\nQ. GIÁM ĐỐC\nLê Văn Tâm\n")
    s = read_signer(text)
    assert (s.authority, s.position, s.name) == ("Q. Giám đốc", "Giám đốc", "Lê Văn Tâm")


def test_one_line_page_keeps_its_signature_and_a_long_line_is_cut_once():
    text = make_text(ONE_LINE_PAGE + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn Bình\n")
    h = read_header(text)
    assert h.number == "2917" and h.signer.name == "Nguyễn Văn Bình"
    # A damaged copy on one line of many characters: read, and only its head is cut.
    long_line = ONE_LINE_PAGE.split("\n")[2] + " Vừa qua, tỉnh bị ảnh hưởng." * 20000
    h = read_header(make_text("Xem mẫu\n" + long_line + "\n"))
    assert h.symbol == "SGDĐT-VP"
