"""Header, round 18: a header whose second row a copy put among the title's lines (the Số line under the
type line, the place and date line between two lines of the title, as a merged column gives them), and a
letter whose identity is written as "FIELD: value" lines ("Cơ quan ban hành: …", "Số: …", "Ngày ban
hành: …", "Trích yếu: V/v …"). Fragments written in the style of the provincial plans, a corporation's
Tờ trình and the portal copies of letters surveyed."""

from __future__ import annotations

from vanban.loaders.field_lines import read_field_lines
from vanban.loaders.header import LONE_DATE_LINE, read_header
from vanban.loaders.text import make_text

# A Sở's plan whose date line a copy put between the two lines of its title (the right column's last
# row merged into the title's cell).
DATE_IN_TITLE = (
    "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 321/KH-SYT\nKẾ HOẠCH\nTổ chức các hoạt động hưởng ứng Ngày Thế giới\nHà Giang, ngày 12 tháng 5 năm 2023\n"
    "phòng chống tác hại của thuốc lá năm 2023\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\n"
)


def test_date_line_inside_the_title_is_the_documents_date():
    h = read_header(make_text(DATE_IN_TITLE))
    assert (h.number, h.symbol, h.date, h.place) == ("321", "KH-SYT", "2023-05-12", "Hà Giang")
    assert h.title == "Tổ chức các hoạt động hưởng ứng Ngày Thế giới phòng chống tác hại của thuốc lá năm 2023"
    assert h.issuer == "Sở Y tế tỉnh Hà Giang"


def test_number_and_date_lines_under_the_type_line():
    h = read_header(
        make_text(
            "ỦY BAN NHÂN DÂN\nHUYỆN ĐỒNG VĂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "KẾ HOẠCH\nSố: 96/KH-UBND\nĐồng Văn, ngày 14 tháng 3 năm 2022\n"
            "Thực hiện công tác dân vận chính quyền năm 2022\nI. MỤC ĐÍCH\n"
        )
    )
    assert (h.doc_type, h.number, h.symbol, h.date, h.place) == ("Kế hoạch", "96", "KH-UBND", "2022-03-14", "Đồng Văn")
    assert h.title == "Thực hiện công tác dân vận chính quyền năm 2022"
    assert h.issuer == "Ủy ban nhân dân huyện Đồng Văn"


def test_number_line_with_its_date_under_the_type_line():
    # A corporation's Tờ trình: its Số line and date on one line under the type line.
    h = read_header(
        make_text(
            "TỔNG CÔNG TY ĐIỆN LỰC TP HÀ NỘI\nTỜ TRÌNH\nSố: 198/TTr-EVNHANOI — Hà Nội, ngày 08 tháng 01 năm 2025\n"
            "V/v: Phê duyệt tiêu chuẩn kỹ thuật thiết bị bay không người lái (UAV)\n"
            "Kính gửi: Hội đồng Thành viên - EVNHANOI\n\nCăn cứ Quyết định số 8594/QĐ-EVNHANOI ngày 06/12/2023;\n"
        )
    )
    assert (h.doc_type, h.number, h.symbol, h.date, h.place) == ("Tờ trình", "198", "TTr-EVNHANOI", "2025-01-08", "Hà Nội")
    assert h.title == "V/v: Phê duyệt tiêu chuẩn kỹ thuật thiết bị bay không người lái (UAV)"


def test_a_title_line_that_names_a_date_is_kept():
    # A title line that names a date among other words is the title's, not the header's date line.
    assert LONE_DATE_LINE.match("Hà Giang, ngày 12 tháng 5 năm 2023")
    assert LONE_DATE_LINE.match("Quận 3, ngày 05 tháng 6 năm 2023")
    assert LONE_DATE_LINE.match("kỷ niệm ngày 12 tháng 5 năm 2023") is None
    assert LONE_DATE_LINE.match("Sơ kết 6 tháng, ngày 12 tháng 5 năm 2023 tại hội trường") is None
    h = read_header(
        make_text(
            "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 45/KH-UBND\nHà Giang, ngày 02 tháng 3 năm 2023\nKẾ HOẠCH\n"
            "Tổ chức kỷ niệm ngày thành lập tỉnh,\nngày 20 tháng 8 năm 2023\nI. MỤC ĐÍCH\n"
        )
    )
    assert h.date == "2023-03-02"
    assert h.title == "Tổ chức kỷ niệm ngày thành lập tỉnh, ngày 20 tháng 8 năm 2023"


# A province's letter as a portal gives it: its identity as "FIELD: value" lines, no header.
FIELD_LETTER = (
    "Cơ quan ban hành: Ủy ban nhân dân tỉnh Bình Định\nSố: 567/UBND-VX\nNgày ban hành: 10/03/2024\n"
    "Trích yếu: V/v tổ chức Tháng hành động vì an toàn thực phẩm năm 2024\n"
    "Kính gửi: Sở Y tế, Sở Công Thương, UBND các huyện, thị xã, thành phố\n"
    "UBND tỉnh giao Sở Y tế chủ trì tổ chức Tháng hành động vì an toàn thực phẩm năm 2024.\n"
    "Nơi nhận: Như trên; Lưu: VT, VX.\n"
)


def test_letter_written_as_field_lines():
    h = read_header(make_text(FIELD_LETTER))
    assert (h.doc_type, h.number, h.symbol, h.date) == ("Công văn", "567", "UBND-VX", "2024-03-10")
    assert h.issuer == "Ủy ban nhân dân tỉnh Bình Định"
    assert h.title == "V/v tổ chức Tháng hành động vì an toàn thực phẩm năm 2024"


def test_field_lines_of_a_body_qualified_by_the_province():
    h = read_header(
        make_text(
            "Cơ quan ban hành: Sở Y tế\nSố ký hiệu: 2150/SYT-NVY\nNgày ban hành: 15/08/2023\n"
            "Trích yếu: Triển khai tiêm chủng mở rộng năm 2023\nKính gửi: Trung tâm Y tế các huyện, thị xã.\n"
            "Sở Y tế tỉnh Hà Tĩnh đề nghị các đơn vị triển khai./.\n"
        )
    )
    assert (h.number, h.symbol, h.date) == ("2150", "SYT-NVY", "2023-08-15")
    assert h.issuer == "Sở Y tế tỉnh Hà Tĩnh"
    assert h.title == "Triển khai tiêm chủng mở rộng năm 2023"


def test_field_lines_need_an_issuer_or_a_subject_and_a_header_wins():
    # A Số line and a date field alone are no field block (a header's lines, a stamp's).
    assert read_field_lines(make_text("Số: 12/KH-UBND\nNgày ban hành: 01/02/2023\nKẾ HOẠCH\n")) is None
    # "Nơi ban hành" of a legal library names a place, not the issuer.
    assert read_field_lines(make_text("Nơi ban hành: Tỉnh Lâm Đồng\nSố hiệu: 853/QĐ-UBND\n")) is None
    # A library's fields above a real header: the header's issuer and title stand.
    h = read_header(
        make_text(
            "Cơ quan ban hành: UBND tỉnh Lâm Đồng\nTrích yếu: Phê duyệt quy hoạch mạng lưới\n"
            "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 853/QĐ-UBND\nLâm Đồng, ngày 07 tháng 5 năm 2018\nQUYẾT ĐỊNH\n"
            "VỀ VIỆC PHÊ DUYỆT QUY HOẠCH MẠNG LƯỚI CÁC ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP TRỰC THUỘC SỞ Y TẾ LÂM ĐỒNG\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
        )
    )
    assert h.issuer == "Ủy ban nhân dân tỉnh Lâm Đồng"
    assert h.title == "VỀ VIỆC PHÊ DUYỆT QUY HOẠCH MẠNG LƯỚI CÁC ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP TRỰC THUỘC SỞ Y TẾ LÂM ĐỒNG"


def _unit_plan(block: str, symbol: str, place: str) -> str:
    return (
        f"{block}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/{symbol}\n"
        f"{place}, ngày 10 tháng 3 năm 2023\nKẾ HOẠCH\nCông tác dân vận năm 2023\nI. MỤC ĐÍCH\n"
    )


def test_district_health_centre_under_the_provinces_department_takes_its_place():
    h = read_header(make_text(_unit_plan("SỞ Y TẾ TỈNH KON TUM\nTRUNG TÂM Y TẾ", "KH-TTYT", "Đắk Hà")))
    # (The place as written: "Đắk Hà", which the list of districts spells "Đăk Hà".)
    assert (h.issuer, h.issuer_parent) == ("Trung tâm Y tế huyện Đắk Hà", "Sở Y tế tỉnh Kon Tum")
    # A place line naming the province (and its city) tells no district: the graph tells such centres apart.
    h = read_header(make_text(_unit_plan("SỞ Y TẾ TỈNH KON TUM\nTRUNG TÂM Y TẾ", "KH-TTYT", "Kon Tum")))
    assert h.issuer == "Trung tâm Y tế"
    # A place that is no district of the department's province names no district.
    h = read_header(make_text(_unit_plan("SỞ Y TẾ TỈNH KON TUM\nTRUNG TÂM Y TẾ", "KH-TTYT", "Hà Nội")))
    assert h.issuer == "Trung tâm Y tế"


def test_departments_centre_is_the_provinces():
    h = read_header(make_text(_unit_plan("SỞ Y TẾ KON TUM\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT", "KH-KSBT", "Kon Tum")))
    assert (h.issuer, h.issuer_parent) == ("Trung tâm Kiểm soát bệnh tật tỉnh Kon Tum", "Sở Y tế tỉnh Kon Tum")
    # A centre whose line names its place keeps it; a centre under a district's committee takes the district.
    h = read_header(make_text(_unit_plan("SỞ Y TẾ HÀ GIANG\nTRUNG TÂM Y TẾ HUYỆN ĐỒNG VĂN", "KH-TTYT", "Đồng Văn")))
    assert h.issuer == "Trung tâm Y tế huyện Đồng Văn"
    h = read_header(make_text(_unit_plan("UBND HUYỆN MÈO VẠC\nTRUNG TÂM Y TẾ", "KH-TTYT", "Mèo Vạc")))
    assert h.issuer == "Trung tâm Y tế huyện Mèo Vạc"
    # A health centre named by its district without the level word takes it; a unit named by its own
    # place is no province's.
    h = read_header(make_text(_unit_plan("SỞ Y TẾ HÀ GIANG\nTRUNG TÂM Y TẾ ĐỒNG VĂN", "KH-TTYT", "Đồng Văn")))
    assert h.issuer == "Trung tâm Y tế huyện Đồng Văn"
    h = read_header(make_text(_unit_plan("SỞ Y TẾ ĐIỆN BIÊN\nTRUNG TÂM Y TẾ KHU VỰC MƯỜNG LAY", "KH-TTYT", "Mường Lay")))
    assert h.issuer == "Trung tâm Y tế khu vực Mường Lay"


# A district's plan copied without its header: its signature names the committee.
SIGNED_PLAN = (
    "KẾ HOẠCH\nTổ chức Tháng hành động vì an toàn thực phẩm năm 2023\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Nâng cao nhận thức của người dân trên địa bàn huyện Đồng Văn.\nII. NỘI DUNG\n"
    "1. Giao Phòng Y tế huyện chủ trì, phối hợp với UBND các xã, thị trấn tổ chức thực hiện.\n"
    "Nơi nhận:\n- UBND tỉnh Hà Giang (b/c);\n- TT Huyện ủy (b/c);\n- Lưu: VT.\n{authority}\nCHỦ TỊCH\n\nNguyễn Văn B\n"
)


def test_signature_naming_the_committee_is_the_issuer_of_a_copy_without_header():
    h = read_header(make_text(SIGNED_PLAN.format(authority="TM. ỦY BAN NHÂN DÂN HUYỆN ĐỒNG VĂN")))
    assert h.issuer == "Ủy ban nhân dân huyện Đồng Văn"
    # Its level only: the one district the text names.
    h = read_header(make_text(SIGNED_PLAN.format(authority="TM. ỦY BAN NHÂN DÂN HUYỆN")))
    assert h.issuer == "Ủy ban nhân dân huyện Đồng Văn"
    # A bare organ names no one: which committee is not written.
    h = read_header(make_text(SIGNED_PLAN.format(authority="TM. ỦY BAN NHÂN DÂN")))
    assert h.issuer is None
    # Its level only, and two districts named: none.
    two = SIGNED_PLAN.replace("trên địa bàn huyện Đồng Văn", "trên địa bàn huyện Đồng Văn và huyện Mèo Vạc")
    assert read_header(make_text(two.format(authority="TM. ỦY BAN NHÂN DÂN HUYỆN"))).issuer is None


def test_office_in_the_signature_names_the_body_it_heads():
    text = (
        "KẾ HOẠCH\nKiểm tra công tác khám chữa bệnh năm 2023\n\nI. MỤC ĐÍCH\n"
        "1. Đánh giá việc thực hiện quy chế chuyên môn tại các cơ sở khám bệnh, chữa bệnh trên địa bàn tỉnh Kon Tum.\n"
        "Nơi nhận:\n- Các đơn vị trực thuộc;\n- Lưu: VT, NVY.\n{authority}\nPHÓ GIÁM ĐỐC\n\nTrần Thị D\n"
    )
    assert read_header(make_text(text.format(authority="KT. GIÁM ĐỐC SỞ Y TẾ"))).issuer == "Sở Y tế tỉnh Kon Tum"
    # "KT. GIÁM ĐỐC" alone: a Sở's, a hospital's or a centre's director — no issuer.
    assert read_header(make_text(text.format(authority="KT. GIÁM ĐỐC"))).issuer is None
    # A standing board without its committee's place: none.
    party = text.replace("PHÓ GIÁM ĐỐC", "PHÓ BÍ THƯ").format(authority="T/M BAN THƯỜNG VỤ HUYỆN ỦY")
    assert read_header(make_text(party)).issuer is None


def test_body_reporting_in_its_own_opening_sentence_is_the_issuer():
    h = read_header(
        make_text(
            "BÁO CÁO\nKết quả thực hiện công tác dân vận năm 2023\n\nThực hiện Công văn số 120-CV/BDVHU ngày "
            "01/11/2023 của Ban Dân vận Huyện ủy Đồng Văn, Phòng Y tế huyện Đồng Văn báo cáo kết quả như sau:\n"
            "I. KẾT QUẢ\n1. Công tác tuyên truyền.\nTRƯỞNG PHÒNG\n\nHoàng H\n"
        )
    )
    assert h.issuer == "Phòng Y tế huyện Đồng Văn"
    h = read_header(
        make_text(
            "THÔNG TƯ\nHướng dẫn chế độ khai báo, thông tin, báo cáo bệnh truyền nhiễm\n\n"
            "Căn cứ Nghị định số 188/2007/NĐ-CP ngày 27 tháng 12 năm 2007 của Chính phủ quy định chức năng, "
            "nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Y tế;\n\n"
            "Bộ Y tế hướng dẫn chế độ khai báo, thông tin, báo cáo bệnh truyền nhiễm như sau:\n"
        )
    )
    assert h.issuer == "Bộ Y tế"
    # The object of a request is no subject: "yêu cầu Phòng Y tế … báo cáo".
    h = read_header(
        make_text(
            "BÁO CÁO\nKết quả năm 2023\n\nThực hiện chỉ đạo của UBND huyện, yêu cầu Phòng Y tế huyện Đồng Văn "
            "báo cáo kết quả như sau:\nI. KẾT QUẢ\n"
        )
    )
    assert h.issuer is None
    # A body that reports to another ("kính trình …") in a sentence that runs on: no name read.
    h = read_header(
        make_text(
            "TỜ TRÌNH\nVề việc báo cáo tiến độ dự án\n\nKính gửi: Phó Tổng Giám đốc.\n\n"
            "Ban Dự án kính trình Phó Tổng Giám đốc báo cáo tiến độ triển khai như sau:\n"
        )
    )
    assert h.issuer is None


def test_drafting_sentence_announcing_its_contents_gives_the_type():
    # A province's programme board's plan on its department's portal, without its header.
    h = read_header(
        make_text(
            "Kế hoạch Chương trình MTQG Nước sạch & VSMT nông thôn tỉnh Hà Nam năm 2014\n"
            "Thực hiện Công văn số 2191/BNN-TCTL ngày 03 tháng 7 năm 2013 của Bộ Nông nghiệp & PTNT về việc xây dựng "
            "kế hoạch năm 2014. Ban điều hành Chương trình MTQG Nước sạch và VSMT Hà Nam xây dựng kế hoạch thực hiện "
            "Chương trình năm 2014 của tỉnh với các nội dung sau:\n\nPhần I\nĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2013\n"
        )
    )
    assert h.doc_type == "Kế hoạch"
    assert h.issuer == "Ban điều hành Chương trình MTQG Nước sạch và VSMT Hà Nam"
    # A sentence that cites another plan by its number announces no contents: no type.
    h = read_header(
        make_text("Thực hiện chỉ đạo, UBND tỉnh xây dựng Kế hoạch số 12/KH-UBND ngày 01/02/2023 về các nội dung.\n")
    )
    assert h.doc_type is None


def test_subject_broken_by_the_right_columns_lines():
    # A Công văn whose copy gave the two columns row by row: the motto and the date line between the
    # two lines of its trích yếu.
    h = read_header(
        make_text(
            "UBND TỈNH HÀ GIANG\nSỞ Y TẾ\nSố: 45/SYT-NVY\nV/v tăng cường công tác\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Giang, ngày 20 tháng 7 năm 2023\n"
            "phòng chống dịch sốt xuất huyết\nKính gửi: Các đơn vị y tế trực thuộc.\nSở Y tế đề nghị các đơn vị thực hiện./.\n"
        )
    )
    assert (h.date, h.place) == ("2023-07-20", "Hà Giang")
    assert h.title == "V/v tăng cường công tác phòng chống dịch sốt xuất huyết"
    # The body after the date line is no part of the subject.
    h = read_header(
        make_text(
            "UBND TỈNH HÀ GIANG\nSỞ Y TẾ\nSố: 45/SYT-NVY\nV/v tăng cường công tác phòng chống dịch\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Giang, ngày 20 tháng 7 năm 2023\n"
            "Kính gửi: Các đơn vị y tế trực thuộc.\ntrong thời gian qua, tình hình dịch diễn biến phức tạp.\n"
        )
    )
    assert h.title == "V/v tăng cường công tác phòng chống dịch"


def test_date_line_repeated_inside_a_caps_title_is_skipped():
    h = read_header(
        make_text(
            "UBND TỈNH HÀ GIANG\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 210/KH-SYT\nHà Giang, ngày 20 tháng 5 năm 2023\nKẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN CÔNG TÁC DÂN VẬN\n"
            "Hà Giang, ngày 20 tháng 5 năm 2023\nNĂM 2023\nI. MỤC ĐÍCH\n"
        )
    )
    assert h.title == "TRIỂN KHAI THỰC HIỆN CÔNG TÁC DÂN VẬN NĂM 2023"


def test_field_lines_in_bold_in_a_table_and_a_date_line_among_them():
    # A portal's copy: bold labels, the type in its own field.
    h = read_header(
        make_text(
            "**Cơ quan ban hành:** UBND huyện Đồng Văn\n\n**Số ký hiệu:** 88/UBND-VP\n\n**Ngày ban hành:** 05/04/2023\n\n"
            "**Loại văn bản:** Công văn\n\n**Trích yếu:** Về việc tổ chức Tháng dân vận năm 2023\n\nKính gửi: UBND các xã, thị trấn.\n"
        )
    )
    assert (h.doc_type, h.number, h.symbol, h.date) == ("Công văn", "88", "UBND-VP", "2023-04-05")
    assert (h.issuer, h.title) == ("Ủy ban nhân dân huyện Đồng Văn", "Về việc tổ chức Tháng dân vận năm 2023")
    # A table of two cells a row; the trích yếu of a plan opens with its type, which the title leaves out.
    h = read_header(
        make_text(
            "| Cơ quan ban hành | Sở Y tế tỉnh Hà Giang |\n|---|---|\n| Số ký hiệu | 45/KH-SYT |\n"
            "| Ngày ban hành | 10/03/2023 |\n| Trích yếu | Kế hoạch công tác dân vận năm 2023 |\n\nI. MỤC ĐÍCH\n"
        )
    )
    assert (h.doc_type, h.number, h.symbol, h.date) == ("Kế hoạch", "45", "KH-SYT", "2023-03-10")
    assert (h.issuer, h.title) == ("Sở Y tế tỉnh Hà Giang", "Công tác dân vận năm 2023")
    # A letter's date written as a date line among its fields.
    h = read_header(
        make_text(
            "Cơ quan ban hành: Sở Y tế tỉnh Kon Tum\nSố: 1520/SYT-NVY\nNgày 20 tháng 7 năm 2023\n"
            "V/v tăng cường phòng chống dịch sốt xuất huyết\nKính gửi: Các đơn vị y tế trực thuộc.\n"
        )
    )
    assert (h.date, h.issuer) == ("2023-07-20", "Sở Y tế tỉnh Kon Tum")
    assert h.title == "V/v tăng cường phòng chống dịch sốt xuất huyết"


def test_closing_sentence_names_the_issuer_of_a_copy_without_header():
    def issuer(text: str) -> str | None:
        return read_header(make_text(text)).issuer

    assert (
        issuer(
            "Kính gửi: Các Bộ, cơ quan ngang Bộ.\nThủ tướng Chính phủ đã có ý kiến chỉ đạo về việc tổ chức Hội nghị.\n"
            "Văn phòng Chính phủ thông báo để các Bộ, cơ quan biết, thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        )
        == "Văn phòng Chính phủ"
    )
    # The level alone, in a text naming one province; the office of its chairman names the committee.
    assert (
        issuer(
            "Kính gửi: Các sở, ban, ngành tỉnh.\nĐể triển khai Chỉ thị số 20/CT-TTg trên địa bàn tỉnh Bình Dương, "
            "UBND tỉnh yêu cầu các cơ quan, đơn vị triển khai thực hiện./.\nNơi nhận:\n- Như trên;\n"
        )
        == "Ủy ban nhân dân tỉnh Bình Dương"
    )
    assert (
        issuer(
            "Kính gửi: Các sở, ngành.\nChủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành tỉnh Bình Dương "
            "nghiêm túc thực hiện Chỉ thị này./.\n"
        )
        == "Ủy ban nhân dân tỉnh Bình Dương"
    )
    # A body named without its place ("Sở Y tế", "UBND phường"), or not the subject of the sentence: none.
    assert issuer("Kính gửi: Các đơn vị trực thuộc.\nSở Y tế đề nghị các đơn vị triển khai ngay các biện pháp phòng chống dịch./.\n") is None
    assert issuer("1. Các cơ quan treo cờ Tổ quốc.\nUBND phường thông báo để các cơ quan, tổ chức và Nhân dân biết, thực hiện./.\n") is None
    assert issuer("Kính gửi: Các đơn vị.\nCác đơn vị định kỳ báo cáo UBND tỉnh Hà Giang theo quy định./.\n") is None


def test_type_line_after_a_body_of_a_header_without_motto():
    # A school's notice copied without the motto: its name, then its type and title on one line.
    h = read_header(
        make_text(
            "TRƯỜNG TIỂU HỌC XUÂN PHƯƠNG\n\nTHÔNG BÁO TUYỂN DỤNG GIÁO VIÊN, NHÂN VIÊN HỢP ĐỒNG\n\n"
            "Căn cứ Kế hoạch số 155/KH-THXP ngày 23/08/2024 của trường Tiểu học Xuân Phương;\n"
        )
    )
    assert (h.doc_type, h.issuer) == ("Thông báo", "Trường Tiểu học Xuân Phương")
    assert h.title == "TUYỂN DỤNG GIÁO VIÊN, NHÂN VIÊN HỢP ĐỒNG"
    # A record's type line, and the line in lower case that goes on with its title.
    h = read_header(
        make_text(
            "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI DƯƠNG\n\nBIÊN BẢN KIỂM TRA\n"
            "Việc thực hiện các điều kiện về phòng, chống dịch Covid-19 tại doanh nghiệp\n\n"
            "Căn cứ Kế hoạch số 130/KH-UBND ngày 12/7/2021 của UBND thành phố;\n"
        )
    )
    assert (h.doc_type, h.issuer) == ("Biên bản", "Ủy ban nhân dân thành phố Hải Dương")
    assert h.title == "KIỂM TRA Việc thực hiện các điều kiện về phòng, chống dịch Covid-19 tại doanh nghiệp"
    # A department's name broken before a type word is no type line.
    h = read_header(make_text("PHÒNG TÀI CHÍNH\nKẾ HOẠCH HUYỆN ĐỒNG VĂN\n\nCăn cứ Luật Ngân sách nhà nước;\n"))
    assert h.doc_type is None


def test_working_group_under_the_body_that_set_it_up():
    h = read_header(
        make_text(
            "UBND THÀNH PHỐ\nTỔ CÔNG TÁC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "BIÊN BẢN KIỂM TRA\nViệc thực hiện các điều kiện về phòng, chống dịch\n\nCăn cứ Kế hoạch số 130/KH-UBND;\n"
        )
    )
    assert h.issuer.lower() == "tổ công tác ủy ban nhân dân thành phố"
    assert h.issuer_parent == "Ủy ban nhân dân thành phố"


def test_adverb_before_the_drafting_verb_is_no_part_of_the_name():
    h = read_header(
        make_text(
            "Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57\n"
            "Ban Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW.\n"
        )
    )
    assert h.issuer == "Ban Thường vụ Tỉnh ủy"


def test_group_under_its_body_and_its_type_line_in_a_header_without_motto():
    h = read_header(
        make_text(
            "PHÒNG GIAO DỊCH NHCSXH HUYỆN YÊN THÀNH\nTỔ TÍN DỤNG\n\nKẾ HOẠCH KIỂM TRA KHOANH NỢ\n\n"
            "Kính gửi: Giám đốc Phòng giao dịch Yên Thành\n\nCăn cứ Công văn số 368/NHCS-QLN ngày 17/01/2024;\n"
        )
    )
    assert (h.doc_type, h.title) == ("Kế hoạch", "KIỂM TRA KHOANH NỢ")
    assert (h.issuer, h.issuer_parent) == ("Tổ Tín dụng Phòng Giao dịch NHCSXH huyện Yên Thành", "Phòng Giao dịch NHCSXH huyện Yên Thành")
    # "TỔ QUỐC" of a front's name broken over two lines is no group.
    h = read_header(
        make_text(
            "ỦY BAN MẶT TRẬN\nTỔ QUỐC VIỆT NAM TỈNH HÀ GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 12/KH-MTTQ\nHà Giang, ngày 10 tháng 3 năm 2023\nKẾ HOẠCH\nGiám sát năm 2023\nI. MỤC ĐÍCH\n"
        )
    )
    assert h.issuer == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Giang"


def test_district_level_is_read_only_when_one():
    from vanban.loaders.places import district_level

    assert district_level("Đắk Hà", "Kon Tum") == "huyện"
    assert district_level("Kon Tum", "Kon Tum") == "thành phố"
    # Hà Tĩnh has a huyện and a thị xã named Kỳ Anh: no level, and the health centre keeps its bare name.
    assert district_level("Kỳ Anh", "Hà Tĩnh") is None
    h = read_header(make_text(_unit_plan("SỞ Y TẾ HÀ TĨNH\nTRUNG TÂM Y TẾ", "KH-TTYT", "Kỳ Anh")))
    assert h.issuer == "Trung tâm Y tế"
