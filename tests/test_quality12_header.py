"""Header, round 12: the errors other helpers saw on real documents — a table header whose second
row the copy lost ("UỶ BAN NHÂN DÂN | CỘNG HÒA …" with no "TỈNH …" under it), a Nghị quyết whose
header has no Số line but whose appendix names it, the National Assembly's Standing Committee and
its "Nghị quyết số:" line, steering committees of a district, schools' proper names. Fragments
written in the style of the real documents surveyed (legal libraries' web copies of provincial
decisions and resolutions, district plans)."""

from __future__ import annotations

from vanban.loaders.header import read_header
from vanban.loaders.text import make_text

# A province's Quyết định as a legal library's table gives it when it keeps only the first line of
# each cell: the province under "UỶ BAN NHÂN DÂN" is lost, the authority line under the title names it.
FIRST_ROW_DECISION = """UỶ BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 1207/QĐ-UBND | Điện Biên, ngày 15 tháng 8 năm 2016 |
QUYẾT ĐỊNH
VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH PHÁT TRIỂN Y TẾ CƠ SỞ TỈNH ĐIỆN BIÊN GIAI ĐOẠN 2016-2020
UỶ BAN NHÂN DÂN TỈNH ĐIỆN BIÊN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Kế hoạch phát triển y tế cơ sở tỉnh Điện Biên giai đoạn 2016-2020.
"""


def test_authority_line_names_the_organ_a_table_row_lost():
    h = read_header(make_text(FIRST_ROW_DECISION))
    assert (h.doc_type, h.number, h.symbol, h.date, h.place) == ("Quyết định", "1207", "QĐ-UBND", "2016-08-15", "Điện Biên")
    assert h.issuer == "Ủy ban nhân dân tỉnh Điện Biên"
    assert h.title == "VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH PHÁT TRIỂN Y TẾ CƠ SỞ TỈNH ĐIỆN BIÊN GIAI ĐOẠN 2016-2020"
    # The chairman's authority, in the old tone, under a whole block: no part of the title.
    text = make_text(
        "UỶ BAN NHÂN DÂN\nTỈNH TRÀ VINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 88/QĐ-UBND\n"
        "Trà Vinh, ngày 07 tháng 3 năm 2014\nQUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT ĐỀ ÁN “XÓA MÙ CHỮ” TỈNH TRÀ VINH\n"
        "CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH TRÀ VINH\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\n"
    )
    h = read_header(text)
    assert h.title == "VỀ VIỆC PHÊ DUYỆT ĐỀ ÁN “XÓA MÙ CHỮ” TỈNH TRÀ VINH"
    assert h.issuer == "Ủy ban nhân dân tỉnh Trà Vinh"


def test_authority_line_of_another_place_does_not_complete_a_body():
    # A title line naming an organ of another level is no authority of a bare block: it stays title.
    text = make_text(
        "UỶ BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/QĐ-UBND | Sơn La, ngày 3 tháng 1 năm 2015 |\n"
        "QUYẾT ĐỊNH\nVỀ VIỆC GIAO CHỈ TIÊU CHO\nSỞ Y TẾ TỈNH SƠN LA\nCăn cứ Luật;\n"
    )
    h = read_header(text)
    assert h.issuer == "Ủy ban nhân dân"
    assert h.title == "VỀ VIỆC GIAO CHỈ TIÊU CHO SỞ Y TẾ TỈNH SƠN LA"


# A province's Kế hoạch in the same kind of copy, with no authority line: the body names the level.
FIRST_ROW_PLAN = """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 61/KH-UBND | Cao Bằng, ngày 20 tháng 4 năm 2021 |

Thực hiện Quyết định số 1896/QĐ-TTg ngày 25/12/2019 của Thủ tướng Chính phủ, UBND tỉnh xây dựng
Kế hoạch hành động thực hiện Chương trình như sau:

1. Mục tiêu chung
"""


def test_bare_committee_takes_the_level_its_body_names_and_the_place_line():
    h = read_header(make_text(FIRST_ROW_PLAN))
    assert (h.doc_type, h.number, h.symbol) == ("Kế hoạch", "61", "KH-UBND")
    assert h.issuer == "Ủy ban nhân dân tỉnh Cao Bằng"
    # A district's plan whose body names the province's plan: the place line is no province, so
    # the committee stays bare (a citation is no drafting body).
    text = make_text(FIRST_ROW_PLAN.replace("Cao Bằng, ngày", "Hòa An, ngày"))
    assert read_header(text).issuer == "Ủy ban nhân dân"
    # No level in the body: bare.
    text = make_text(FIRST_ROW_PLAN.replace("UBND tỉnh xây dựng", "xây dựng"))
    assert read_header(text).issuer == "Ủy ban nhân dân"


# A provincial council's Nghị quyết as a legal library gives it: the header's table is empty, the
# appendix under the signature names the resolution (written in the style of such copies).
RESOLUTION_WITHOUT_NUMBER = """<jsontable name="bang_0"> </jsontable>
NGHỊ QUYẾT
VỀ VIỆC ĐẶT TÊN ĐƯỜNG TRÊN ĐỊA BÀN THÀNH PHỐ HÀ GIANG
HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG
KHÓA XVII - KỲ HỌP THỨ SÁU
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT NGHỊ:
Điều 1. Đặt tên 12 tuyến đường (có Phụ lục kèm theo Nghị quyết này).
Nghị quyết này đã được Hội đồng nhân dân tỉnh Hà Giang Khóa XVII, Kỳ họp thứ Sáu thông qua./.
PHỤ LỤC
DANH MỤC TÊN ĐƯỜNG
(Kèm theo Nghị quyết số 104/NQ-HĐND ngày 08 tháng 12 năm 2017 của Hội đồng
nhân dân tỉnh Hà Giang)
"""


def test_appendix_names_the_resolution_whose_header_lost_its_number():
    h = read_header(make_text(RESOLUTION_WITHOUT_NUMBER))
    assert (h.doc_type, h.number, h.symbol, h.date) == ("Nghị quyết", "104", "NQ-HĐND", "2017-12-08")
    assert h.issuer == "Hội đồng nhân dân tỉnh Hà Giang"


def test_appendix_of_another_document_is_not_the_header():
    # Of another issuer.
    text = make_text(RESOLUTION_WITHOUT_NUMBER.replace("của Hội đồng\nnhân dân tỉnh Hà Giang)", "của Hội đồng\nnhân dân tỉnh Tuyên Quang)"))
    assert read_header(text).number is None
    # Of another type: a Quy chế issued with a Quyết định.
    text = make_text(
        "ỦY BAN NHÂN DÂN\nXÃ XUÂN PHÚ\nQUY CHẾ\nLÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ\n"
        "(Ban hành kèm theo Quyết định số 59/QĐ-UBND ngày 10/8/2021 của UBND xã)\nChương I\n"
    )
    h = read_header(text)
    assert (h.doc_type, h.number) == ("Quy chế", None)
    # Of another symbol than the header's.
    text = make_text(
        "SỞ Y TẾ\nSố: /KH-SYT\nKẾ HOẠCH\nPhòng chống dịch\nI. MỤC ĐÍCH\nPHỤ LỤC\n"
        "(Kèm theo Kế hoạch số 233/KH-UBND ngày 22/9/2022 của UBND tỉnh)\n"
    )
    h = read_header(text)
    assert (h.number, h.symbol) == (None, "KH-SYT")
    # A sentence of the body is no appendix line.
    text = make_text(RESOLUTION_WITHOUT_NUMBER.replace("(Kèm theo Nghị quyết", "Kèm theo Nghị quyết").replace("Hà Giang)\n", "Hà Giang.\n"))
    assert read_header(text).number is None


# The National Assembly's Standing Committee's resolution (written in the style of its web copies).
STANDING_COMMITTEE_RESOLUTION = """ỦY BAN THƯỜNG VỤ
QUỐC HỘI
--------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Nghị quyết số: 1211/2016/UBTVQH13
Hà Nội, ngày 25 tháng 5 năm 2016
NGHỊ QUYẾT
VỀ TIÊU CHUẨN CỦA ĐƠN VỊ HÀNH CHÍNH VÀ PHÂN LOẠI ĐƠN VỊ HÀNH CHÍNH
ỦY BAN THƯỜNG VỤ QUỐC HỘI
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
"""


def test_standing_committee_of_the_national_assembly_and_its_number_line():
    h = read_header(make_text(STANDING_COMMITTEE_RESOLUTION))
    assert (h.doc_type, h.number, h.symbol, h.date, h.place) == ("Nghị quyết", "1211", "2016/UBTVQH13", "2016-05-25", "Hà Nội")
    assert (h.issuer, h.issuer_parent) == ("Ủy ban Thường vụ Quốc hội", None)
    assert h.title == "VỀ TIÊU CHUẨN CỦA ĐƠN VỊ HÀNH CHÍNH VÀ PHÂN LOẠI ĐƠN VỊ HÀNH CHÍNH"
    # A law's number line.
    h = read_header(make_text("QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nLuật số: 77/2015/QH13\nHà Nội, ngày 19 tháng 6 năm 2015\nLUẬT\n"))
    assert (h.number, h.symbol, h.issuer) == ("77", "2015/QH13", "Quốc hội")
    # Without the colon a type then "số" is a citation, not the document's number line.
    h = read_header(make_text("SỞ Y TẾ\nTriển khai Nghị quyết số 12/NQ-CP\nKẾ HOẠCH\nPhòng chống dịch\n"))
    assert (h.number, h.symbol) == (None, None)


def test_steering_committee_under_a_district_committee_is_the_district_s():
    text = make_text(
        "UBND HUYỆN CAO LÃNH\nBAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19\nSố:     /KH-BCĐ\nKẾ HOẠCH\n"
        "Kiểm tra công tác phòng, chống dịch tại các xã, thị trấn\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    h = read_header(text)
    assert h.issuer == "Ban Chỉ đạo phòng, chống dịch COVID-19 huyện Cao Lãnh"
    assert h.issuer_parent == "Ủy ban nhân dân huyện Cao Lãnh"
    # Under a Party committee it stays the committee's own.
    text = make_text("TỈNH ỦY HÀ GIANG\nBAN CHỈ ĐẠO 35\nSố 12-KH/BCĐ\nKẾ HOẠCH\nTuyên truyền\nI. MỤC ĐÍCH\n")
    assert read_header(text).issuer == "Ban Chỉ đạo 35 Tỉnh ủy Hà Giang"


def test_field_of_a_university_is_written_as_a_field():
    from vanban.loaders.names import canonical_org, recase

    assert recase("TRƯỜNG ĐẠI HỌC NGÂN HÀNG TP. HỒ CHÍ MINH") == "Trường Đại học Ngân hàng TP. Hồ Chí Minh"
    assert canonical_org("TRƯỜNG ĐẠI HỌC NGÂN HÀNG TP. HỒ CHÍ MINH") == "Trường Đại học Ngân hàng thành phố Hồ Chí Minh"
    assert recase("TRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ NỘI") == "Trường Đại học Sư phạm Hà Nội"
    assert recase("TRƯỜNG CAO ĐẲNG Y TẾ HÀ TĨNH") == "Trường Cao đẳng Y tế Hà Tĩnh"
    assert recase("TRƯỜNG TRUNG CẤP Y TẾ TỈNH SƠN LA") == "Trường Trung cấp Y tế tỉnh Sơn La"
    assert recase("TRƯỜNG ĐẠI HỌC TÀI NGUYÊN VÀ MÔI TRƯỜNG HÀ NỘI") == "Trường Đại học Tài nguyên và Môi trường Hà Nội"
    assert recase("HỌC VIỆN NGÂN HÀNG") == "Học viện Ngân hàng"
    assert recase("TRƯỜNG ĐẠI HỌC Y DƯỢC") == "Trường Đại học Y Dược"
    # Proper names stay title-cased: a person, a city, a place after a school of any level.
    assert recase("TRƯỜNG ĐẠI HỌC TÔN ĐỨC THẮNG") == "Trường Đại học Tôn Đức Thắng"
    assert recase("TRƯỜNG ĐẠI HỌC CẦN THƠ") == "Trường Đại học Cần Thơ"
    assert recase("TRƯỜNG TIỂU HỌC Y TÝ") == "Trường Tiểu học Y Tý"
    # A field followed by other words is read as before (a proper name).
    assert recase("TRƯỜNG ĐẠI HỌC KINH TẾ ĐỐI NGOẠI") == "Trường Đại học Kinh Tế Đối Ngoại"


def test_document_opening_with_its_type_and_title_on_one_line():
    # A web page that gives the plan's heading, then its body (written in the style of a province's portal).
    text = make_text(
        "KẾ HOẠCH TỔ CHỨC KỶ NIỆM 95 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM (3/2/1930 – 3/2/2025)\n\n"
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 18/6/2024 của UBND tỉnh về việc tổ chức các hoạt động kỷ niệm;\n\n"
        "Ủy ban nhân dân tỉnh xây dựng Kế hoạch tổ chức kỷ niệm 95 năm ngày thành lập Đảng như sau:\n\nI. MỤC ĐÍCH YÊU CẦU\n"
    )
    h = read_header(text)
    assert h.doc_type == "Kế hoạch"
    assert h.title == "TỔ CHỨC KỶ NIỆM 95 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM (3/2/1930 – 3/2/2025)"
    assert h.issuer.startswith("Ủy ban nhân dân tỉnh")  # the drafting body, not the title
    h = read_header(make_text("QUY CHẾ KẾ HOẠCH BỆNH VIỆN\n\nI. QUY ĐỊNH CHUNG\n\n1. Giám đốc bệnh viện xây dựng kế hoạch.\n"))
    assert (h.doc_type, h.title, h.issuer) == ("Quy chế", "KẾ HOẠCH BỆNH VIỆN", None)
    # Not a reference to a plan, and not when other header lines come before the body.
    h = read_header(make_text("KẾ HOẠCH SỐ 12 CỦA TỈNH\nCăn cứ Luật;\n"))
    assert h.doc_type is None


def test_province_misspelt_in_the_issuer_block_is_read_from_the_place_line():
    text = make_text(
        "ỦY BAN NHÂN DÂN\nTỈNH DÌNH ĐỊNH\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 715/QĐ-UBND\n"
        "Bình Định, ngày 29 tháng 12 năm 2011\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH\nCăn cứ Luật;\n"
    )
    assert read_header(text).issuer == "Ủy ban nhân dân tỉnh Bình Định"
    # Another province written whole is kept (a document dated elsewhere).
    text = make_text(
        "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 71/QĐ-UBND\nHà Nội, ngày 29 tháng 12 năm 2011\nQUYẾT ĐỊNH\nVỀ VIỆC X\nCăn cứ Luật;\n"
    )
    assert read_header(text).issuer == "Ủy ban nhân dân tỉnh Gia Lai"


def test_type_line_garbled_by_ocr_and_a_party_title_over_lines_in_lower_case():
    text = make_text(
        "TỈNH ỦY QUẢNG TRỊ\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 120-KL/TU\nQuảng Trị, ngày 10 tháng 6 năm 2023\n"
        "K ÉT LUẬN\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề phát triển hạ tầng giao thông đến năm 2025,\n"
        "định hướng đến năm 2030\nNgày 05/6/2023, Ban Thường vụ Tỉnh ủy họp và kết luận như sau:\n"
    )
    h = read_header(text)
    assert (h.doc_type, h.number, h.symbol) == ("Kết luận", "120", "KL/TU")
    # the title is the subject after its author's phrase "CỦA BAN THƯỜNG VỤ TỈNH ỦY" (header.AUTHOR_OPENING)
    assert h.title == "về phát triển hạ tầng giao thông đến năm 2025, định hướng đến năm 2030"
    # Before the Số line or the date a garbled line is not read as a type.
    h = read_header(make_text("K ÉT LUẬN\nSố 120-TB/TU\nQuảng Trị, ngày 10 tháng 6 năm 2023\n"))
    assert h.doc_type == "Thông báo"


def test_symbol_whose_dashes_a_web_copy_lost():
    text = make_text(
        "ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 1961/QĐUBND\nCỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập  Tự do  Hạnh phúc\nKiên Giang, ngày 28 tháng 8 năm 2019\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ\nCăn cứ Luật;\n"
    )
    h = read_header(text)
    assert (h.number, h.symbol, h.date) == ("1961", "QĐ-UBND", "2019-08-28")
    from vanban.loaders.number_symbols import symbol_form  # the header's reader is the citations' (was _redashed)

    assert symbol_form("2019/NQHĐND")[0] == "2019/NQ-HĐND"
    assert [symbol_form(s)[0] for s in ("UBND", "SYT", "KHĐT", "BCĐ")] == ["UBND", "SYT", "KHĐT", "BCĐ"]


# A ministry's Quyết định as a document viewer gives a PDF: the whole text on one line (written in
# the style of such pages).
ONE_LINE_DECISION = (
    "BỘ LAO ĐỘNG – THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM BINH VÀ XÃ HỘI Độc lập – Tự do – Hạnh phúc ******* "
    "******* Số: 41/2009/QĐ-BLĐTBXH Hà Nội, ngày 12 tháng 3 năm 2009 QUYẾT ĐỊNH BAN HÀNH QUY CHẾ LÀM VIỆC CỦA "
    "CƠ QUAN BỘ BỘ TRƯỞNG BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI Căn cứ Nghị định số 186/2007/NĐ-CP ngày 25 tháng "
    "12 năm 2007 của Chính phủ; Xét đề nghị của Chánh Văn phòng Bộ, QUYẾT ĐỊNH Điều 1. Ban hành kèm theo Quyết "
    "định này Quy chế làm việc.\n"
)


def test_one_line_decision_is_cut_at_its_type_authority_and_body():
    h = read_header(make_text(ONE_LINE_DECISION))
    assert (h.doc_type, h.number, h.symbol, h.date) == ("Quyết định", "41", "2009/QĐ-BLĐTBXH", "2009-03-12")
    assert h.title == "BAN HÀNH QUY CHẾ LÀM VIỆC CỦA CƠ QUAN BỘ"
    assert h.issuer == "Bộ Lao động - Thương binh và Xã hội"
    # An office named by the title after "CỦA" is no authority.
    h = read_header(make_text(ONE_LINE_DECISION.replace("CỦA CƠ QUAN BỘ BỘ TRƯỞNG", "CỦA BỘ TRƯỞNG")))
    assert h.title == "BAN HÀNH QUY CHẾ LÀM VIỆC CỦA BỘ TRƯỞNG BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI"


# A resolution as the official gazette (Công báo) prints it: the gazette's page heading, its section
# and the issuer's name above the header, no date line (written in the style of the gazette's PDFs).
GAZETTE_RESOLUTION = """CÔNG BÁO/Số 601 + 602/Ngày 12-5-2024
3
VĂN BẢN QUY PHẠM PHÁP LUẬT
ỦY BAN THƯỜNG VỤ QUỐC HỘI

ỦY BAN THƯỜNG VỤ QUỐC HỘI

Nghị quyết số: 95/2024/UBTVQH15

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

NGHỊ QUYẾT
Về việc điều chỉnh mức đóng bảo hiểm xã hội
của người lao động

ỦY BAN THƯỜNG VỤ QUỐC HỘI
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
QUYẾT NGHỊ:
Điều 1. Điều chỉnh mức đóng.
Nghị quyết này được Ủy ban Thường vụ Quốc hội khóa XV, phiên họp thứ 33 thông qua ngày 22 tháng 4 năm 2024.
TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI
CHỦ TỊCH
Trần Thanh Mẫn
"""


def test_gazette_furniture_is_no_part_of_the_header():
    h = read_header(make_text(GAZETTE_RESOLUTION))
    assert (h.doc_type, h.number, h.symbol, h.date) == ("Nghị quyết", "95", "2024/UBTVQH15", "2024-04-22")
    assert (h.issuer, h.issuer_parent) == ("Ủy ban Thường vụ Quốc hội", None)
    assert h.title == "Về việc điều chỉnh mức đóng bảo hiểm xã hội của người lao động"
    # The gazette's page heading is no Số line.
    text = make_text(
        "CÔNG BÁO/Số 281/Ngày 21-05-2026\n99\nTHỦ TƯỚNG CHÍNH PHỦ\n______________\nSố: 798/QĐ-TTg\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 05 tháng 5 năm 2026\nQUYẾT ĐỊNH\nKiện toàn Ban Chỉ đạo\n"
        "THỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"
    )
    h = read_header(text)
    assert (h.number, h.symbol, h.date, h.issuer) == ("798", "QĐ-TTg", "2026-05-05", "Thủ tướng Chính phủ")


def test_consolidated_text_in_the_gazette():
    text = make_text(
        "CÔNG BÁO/Số 529 + 530/Ngày 27-4-2018\nVĂN BẢN PHÁP LUẬT KHÁC\nVĂN BẢN HỢP NHẤT - BỘ Y TẾ\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTHÔNG TƯ\n"
        "Quy định về khám bệnh, chữa bệnh bảo hiểm y tế\ntại tuyến xã\n"
        "Thông tư số 12/2016/TT-BYT ngày 10 tháng 5 năm 2016 của Bộ trưởng Bộ Y\ntế, có hiệu lực kể từ ngày 01 tháng 7 năm 2016, được sửa đổi, bổ sung bởi:\n"
        "Căn cứ Luật bảo hiểm y tế;\n"
    )
    h = read_header(text)
    assert (h.doc_type, h.issuer) == ("Văn bản hợp nhất", "Bộ Y tế")
    assert h.title == "Quy định về khám bệnh, chữa bệnh bảo hiểm y tế tại tuyến xã"
    # The banner broken before its issuer.
    text = make_text(
        "CÔNG BÁO/Số 497 + 498/Ngày 10-4-2024\nVĂN BẢN HỢP NHẤT -\nBỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNGHỊ ĐỊNH\nQuy định về tiền lương\n"
        "Nghị định số 20/2020/NĐ-CP ngày 17 tháng 02 năm 2020 của Chính phủ, được sửa đổi, bổ sung bởi:\n"
        "Căn cứ Bộ luật Lao động;\n"
    )
    h = read_header(text)
    assert (h.doc_type, h.issuer, h.issuer_parent, h.title) == (
        "Văn bản hợp nhất", "Bộ Lao động - Thương binh và Xã hội", None, "Quy định về tiền lương"
    )


def test_heading_with_type_and_number_names_the_issuer_by_its_symbol():
    text = make_text("THÔNG TƯ SỐ 12/2023/TT-BLĐTBXH\n\nĐiều 1. Phạm vi điều chỉnh\nThông tư này quy định chi tiết.\n")
    h = read_header(text)
    assert (h.doc_type, h.number, h.symbol) == ("Thông tư", "12", "2023/TT-BLĐTBXH")
    assert h.issuer == "Bộ Lao động - Thương binh và Xã hội"
    from vanban.loaders.header import _issuer_of_symbol

    assert _issuer_of_symbol("2019/UBTVQH14") == "Ủy ban Thường vụ Quốc hội"
    assert _issuer_of_symbol("NQ-CP") == "Chính phủ"
    # A local body's code and a joint symbol name no single issuer.
    assert _issuer_of_symbol("KH-UBND") is None
    assert _issuer_of_symbol("2016/TTLT-BYT-BTC") is None
    # An issuer block wins over the symbol.
    h = read_header(make_text("SỞ Y TẾ\nSố: 12/KH-BYT\nKẾ HOẠCH\nPhòng chống dịch\nI. MỤC ĐÍCH\n"))
    assert h.issuer == "Sở Y tế"


def test_copy_opening_with_a_subject_is_a_cong_van_of_the_body_giving_its_opinion():
    # A Công văn copied from its subject on (written in the style of a province's portal).
    text = make_text(
        "V/v không thực hiện lập Điều \nchỉnh quy hoạch phát triển mạng \nlưới y tế đến năm 2025 \n\n"
        "Căn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017; \nXét đề nghị của Sở Kế hoạch và Đầu tư tại Công văn số 208/SKHĐT-TH "
        "ngày 04/9/2019 về việc thẩm định đề cương (đã gửi đơn vị); Uỷ ban \nnhân dân tỉnh có ý kiến như sau: \n"
        "1. Không thực hiện lập Điều chỉnh quy hoạch trên địa bàn tỉnh Bến Tre.\n"
    )
    h = read_header(text)
    assert h.doc_type == "Công văn"
    assert h.title == "V/v không thực hiện lập Điều chỉnh quy hoạch phát triển mạng lưới y tế đến năm 2025"
    assert h.issuer == "Ủy ban nhân dân tỉnh Bến Tre"
    # Another body's opinion cited is not the issuer's.
    text = make_text("Căn cứ Luật;\nThực hiện ý kiến chỉ đạo: UBND tỉnh có ý kiến chỉ đạo tại Công văn số 12/UBND.\n")
    assert read_header(text).issuer is None


def test_plan_without_header_takes_its_type_from_its_drafting_sentence():
    text = make_text(
        "Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, "
        "Ủy ban nhân dân thành phố ban hành Kế hoạch triển khai như sau:\n1. Mục tiêu\n"
    )
    h = read_header(text)
    assert (h.doc_type, h.issuer) == ("Kế hoạch", "Ủy ban nhân dân thành phố")
    # A plan cited by its number is another document.
    text = make_text("Căn cứ Luật;\nỦy ban nhân dân tỉnh ban hành Kế hoạch số 12/KH-UBND ngày 3/1/2020;\n1. Mục tiêu\n")
    assert read_header(text).doc_type is None


def test_city_committee_named_by_its_symbol_and_place_when_the_header_is_an_image():
    # An OCR tool's markdown of a scan whose issuer block is an image (written in the style of such output).
    text = make_text(
        "Số 85/KH-UBND\n\nĐà Nẵng, ngày 10 tháng 10 năm 2025\n\n# KẾ HOẠCH Triển khai công tác dân vận năm 2026\n\n"
        "Thực hiện Luật Thực hiện dân chủ ở cơ sở;\n\n# I. MỤC ĐÍCH, YÊU CẦU\n"
    )
    assert read_header(make_text(text.original)).issuer == "Ủy ban nhân dân thành phố Đà Nẵng"
    # A province's place line may be its capital city's: no issuer is guessed.
    assert read_header(make_text(text.original.replace("Đà Nẵng, ngày", "Lạng Sơn, ngày"))).issuer is None
    # Nor for a department's symbol.
    assert read_header(make_text(text.original.replace("KH-UBND", "KH-SYT"))).issuer is None
