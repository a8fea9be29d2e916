"""Header, round 20: a pandoc grid table's hard line breaks in a Party resolution's header; an office whose
header line names its parent again (Văn phòng Đoàn ĐBQH và HĐND); an OCR date line with a month cut apart;
a database's export of a Công văn, its fields labelled in capitals and its issuer the subject of its opening
sentence; a headerless plan's title read from its drafting sentence; a place's name wrapped beside the motto.
Fragments written in the style of the documents surveyed (pandoc exports of Party resolutions, the HCM
National Assembly delegation's notices, schools' letters exported from a document database)."""

from __future__ import annotations

from vanban.loaders.field_lines import CAPITAL_LABEL, NUMBER_FIELD, read_field_lines
from vanban.loaders.header import (
    DAMAGED_DATE,
    GROUNDS_SUBJECT_ISSUER,
    _ends_cut_place,
    _whole_date_numbers,
    read_header,
)
from vanban.loaders.markdown import HARD_LINE_BREAK, plain_markdown
from vanban.loaders.read import read_bytes
from vanban.loaders.text import make_text

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def _md(markdown: str):
    return read_header(read_bytes(markdown.encode("utf-8"), name="doc.md"))


# A Party resolution exported by pandoc: its header a grid table whose cells end their lines with a
# backslash (a hard line break) before the padding, the stars and dashes escaped.
GRID_RESOLUTION = (
    "+-----------------------------------+-----------------------------------+\n"
    "| **BAN CHẤP HÀNH TRUNG ƯƠNG\\       | **ĐẢNG CỘNG SẢN VIỆT NAM**\\       |\n"
    "| \\***                              | \\-\\-\\-\\-\\-\\-\\-\\-                  |\n"
    "|                                   |                                   |\n"
    "| Số: 29-NQ/TW**                    | *Hà Nội, ngày 04 tháng 11 năm     |\n"
    "|                                   | 2013*                             |\n"
    "+-----------------------------------+-----------------------------------+\n\n"
    "**NGHỊ QUYẾT**\n\n**HỘI NGHỊ LẦN THỨ TÁM BAN CHẤP HÀNH TRUNG ƯƠNG KHÓA XI**\n\n"
    "**về đổi mới căn bản, toàn diện giáo dục và đào tạo**\n\n**I. TÌNH HÌNH VÀ NGUYÊN NHÂN**\n\n"
    "Sau gần 30 năm đổi mới, giáo dục và đào tạo đã đạt được nhiều thành tựu.\n"
)


def test_grid_table_hard_line_breaks_are_dropped():
    assert HARD_LINE_BREAK.sub("", "| **BAN CHẤP HÀNH TRUNG ƯƠNG\\       | **ĐẢNG**\\ |") == (
        "| **BAN CHẤP HÀNH TRUNG ƯƠNG       | **ĐẢNG** |"
    )
    # A backslash ending a line before trailing spaces is a break too; an escaped bar is no break.
    assert plain_markdown("Số: 141/KH-UBND\\  \nHà Giang") == "Số: 141/KH-UBND  \nHà Giang"
    assert plain_markdown("| a \\| b | c |") == "| a \\| b | c |"
    assert plain_markdown("| \\***   | \\-\\-\\-\\- |") == "| ***   | ---- |"


def test_party_resolution_in_a_grid_table_has_the_central_committee_as_issuer():
    h = _md(GRID_RESOLUTION)
    assert (h.doc_type, h.number, h.symbol) == ("Nghị quyết", "29", "NQ/TW")
    assert h.issuer == "Ban Chấp hành Trung ương Đảng"
    assert (h.place, h.date) == ("Hà Nội", "2013-11-04")


# A notice of the office of a city's National Assembly delegation and People's Council, its header a
# markdown table cell whose lines name the parent body, then the office (which names it again, short of
# its place).
DELEGATION_NOTICE = (
    "| **ĐOÀN ĐBQH VÀ HĐND**<br>**THÀNH PHỐ HỒ CHÍ MINH**<br>**VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI**<br>"
    "**VÀ HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ**<br>Số: 125/TB-VP | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>"
    "**Độc lập - Tự do - Hạnh phúc**<br><br>*Thành phố Hồ Chí Minh, ngày 12 tháng 3 năm 2024* |\n|---|---|\n\n"
    "**THÔNG BÁO**\n\n**Lịch tiếp công dân của đại biểu Quốc hội tháng 4 năm 2024**\n\n"
    "Văn phòng thông báo lịch tiếp công dân như sau.\n"
)


def test_office_that_names_its_parent_again_is_named_once_with_the_parents_place():
    h = _md(DELEGATION_NOTICE)
    assert h.issuer == "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân thành phố Hồ Chí Minh"
    assert h.issuer_parent == "Đoàn đại biểu Quốc hội và Hội đồng nhân dân thành phố Hồ Chí Minh"
    assert (h.doc_type, h.number, h.symbol, h.date) == ("Thông báo", "125", "TB-VP", "2024-03-12")
    # Two-line authority headers are read as before: a department under its committee.
    h = _md(
        "| **ỦY BAN NHÂN DÂN**<br>**THÀNH PHỐ HỒ CHÍ MINH**<br>**SỞ Y TẾ**<br>Số: 125/KH-SYT | " + DELEGATION_NOTICE.split(" | ", 1)[1]
    )
    assert (h.issuer, h.issuer_parent) == ("Sở Y tế thành phố Hồ Chí Minh", "Ủy ban nhân dân thành phố Hồ Chí Minh")
    # An office under a body its line does not name keeps both names.
    h = read_header(
        make_text("HỘI LIÊN HIỆP PHỤ NỮ\nTỈNH HÀ GIANG\nVĂN PHÒNG\n\nSố: 12/TB-VP\n\n" + _MOTTO + "\nHà Giang, ngày 3 tháng 4 năm 2024\n\n"
                  "THÔNG BÁO\nLịch làm việc tuần 14\n\n1. Thứ hai: giao ban.\n")
    )
    assert h.issuer == "Văn phòng Hội Liên hiệp Phụ nữ tỉnh Hà Giang"


def _school_plan(date_line: str) -> str:
    return (
        "UBND HUYỆN GIA LÂM\nTRƯỜNG THCS ĐÌNH XUYÊN\nSố: 45/KH-THCS\n\n" + _MOTTO + f"\n{date_line}\n\nKẾ HOẠCH\n"
        "Tổ chức hoạt động hè năm 2018\n\nCăn cứ Công văn số 1234/SGDĐT-GDTrH ngày 15/5/2017 của Sở Giáo dục và Đào tạo Hà Nội;\n"
        "Trường THCS Đình Xuyên xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH\nTổ chức tốt hoạt động hè.\n"
    )


def test_ocr_month_cut_apart_on_the_place_line():
    h = read_header(make_text(_school_plan("Hà Nội, ngày 26 tháng 0 6 năm 2018")))
    assert (h.place, h.date) == ("Hà Nội", "2018-06-26")
    h = read_header(make_text(_school_plan("Hà Nội, ngày 2 6 tháng 12 năm 2018")))
    assert (h.place, h.date) == ("Hà Nội", "2018-12-26")
    # Not on a line that is no place's: the numbers are not joined there.
    d = DAMAGED_DATE.search("theo Công văn ngày 3 1 tháng 5 năm 2018")
    assert d is None or not _whole_date_numbers("theo Công văn ngày 3 1 tháng 5 năm 2018", d)
    # Nor into a month that is none.
    d = DAMAGED_DATE.search("Hà Nội, ngày 26 tháng 1 5 năm 2018")
    assert d is not None and not _whole_date_numbers("Hà Nội, ngày 26 tháng 1 5 năm 2018", d)


# A school's Công văn exported from a document database: labelled fields in capitals, no header; its
# issuer is the subject of its opening sentence.
DATABASE_LETTER = (
    "SỐ KÝ HIỆU: /THPTĐBK\n\nTRÍCH YẾU: V/v tăng cường công tác phòng chống dịch bệnh trong trường học\n\n"
    "KÍNH GỬI: Các tổ chuyên môn, giáo viên chủ nhiệm\n\nNƠI NHẬN: Như kính gửi; Lưu VT\n\nNỘI DUNG:\n\n"
    "Thực hiện Công văn số 1234/SGDĐT-CTTT ngày 10/3/2024 của Sở Giáo dục và Đào tạo Đồng Tháp về tăng cường công tác "
    "phòng chống dịch bệnh, Trường THPT Đốc Binh Kiều yêu cầu các tổ chuyên môn thực hiện các nội dung sau:\n\n"
    "1. Tuyên truyền đến học sinh các biện pháp phòng bệnh.\n2. Vệ sinh lớp học hằng ngày.\n"
)


def test_database_export_fields_in_capitals():
    assert CAPITAL_LABEL.match("SỐ KÝ HIỆU: /THPTĐBK").group("label") == "SỐ KÝ HIỆU"
    assert NUMBER_FIELD.match("Số ký hiệu: /THPTĐBK").group("value") == "/THPTĐBK"
    fields = read_field_lines(make_text(DATABASE_LETTER))
    assert fields is not None
    assert fields.doc_type == "Công văn"  # a "V/v" trích yếu is a Công văn's
    assert fields.subject == "V/v tăng cường công tác phòng chống dịch bệnh trong trường học"
    h = read_header(make_text(DATABASE_LETTER))
    assert (h.doc_type, h.number, h.symbol) == ("Công văn", None, "THPTĐBK")
    assert h.title == "V/v tăng cường công tác phòng chống dịch bệnh trong trường học"
    assert h.issuer == "Trường Trung học phổ thông Đốc Binh Kiều"
    # Every label in capitals, the issuer's and the date's too.
    h = read_header(
        make_text("SỐ HIỆU: 45/KH-THPTĐBK\nLOẠI VĂN BẢN: KẾ HOẠCH\nCƠ QUAN BAN HÀNH: TRƯỜNG THPT ĐỐC BINH KIỀU\n"
                  "NGÀY BAN HÀNH: 15/03/2024\nTRÍCH YẾU: Kế hoạch tổ chức ngày hội đọc sách năm 2024\n\nI. MỤC ĐÍCH, YÊU CẦU\n")
    )
    assert (h.doc_type, h.number, h.symbol, h.date) == ("Kế hoạch", "45", "KH-THPTĐBK", "2024-03-15")
    assert (h.issuer, h.title) == ("Trường Trung học phổ thông Đốc Binh Kiều", "Tổ chức ngày hội đọc sách năm 2024")
    # The sentence-case labels of a portal's copy are read as before.
    h = read_header(
        make_text("Số hiệu: 45/KH-UBND\nLoại văn bản: Kế hoạch\nCơ quan ban hành: Ủy ban nhân dân huyện Tháp Mười\n"
                  "Ngày ban hành: 15/03/2024\nTrích yếu: Kế hoạch phòng, chống thiên tai năm 2024\n\nI. MỤC ĐÍCH, YÊU CẦU\n")
    )
    assert (h.doc_type, h.number, h.issuer, h.date) == ("Kế hoạch", "45", "Ủy ban nhân dân huyện Tháp Mười", "2024-03-15")


def test_subject_after_the_grounds_is_the_issuer():
    m = GROUNDS_SUBJECT_ISSUER.search(
        "Căn cứ Công văn số 3078/SGDĐT-GDTH ngày 31/8/2021 của Sở Giáo dục và Đào tạo về việc Hướng dẫn nhiệm vụ; "
        "Công văn số 182/PGDĐT ngày 01/9/2021 và tình hình thực tế địa bàn quận, Phòng Giáo dục và Đào tạo (GDĐT) "
        "Hướng dẫn các trường Tiểu học thực hiện như sau:"
    )
    assert m is not None and m.group("issuer") == "Phòng Giáo dục và Đào tạo (GDĐT)"
    h = read_header(make_text("Sở Giáo dục và Đào tạo đề nghị Thủ trưởng đơn vị thực hiện:\n1. Báo cáo tình hình trước ngày 10/4/2023.\n"))
    assert h.issuer == "Sở Giáo dục và Đào tạo"
    # A body named inside the grounds is not the subject; nor one a sentence in the middle of a text names.
    assert GROUNDS_SUBJECT_ISSUER.search("Thực hiện Công văn của Sở Y tế, yêu cầu các đơn vị báo cáo.") is None
    assert GROUNDS_SUBJECT_ISSUER.search("Người dân phản ánh. Sở Y tế đề nghị các đơn vị kiểm tra.") is None
    # A part of the body is not the issuer.
    assert GROUNDS_SUBJECT_ISSUER.search("Thực hiện Kế hoạch năm học, Ban Giám hiệu yêu cầu giáo viên nộp hồ sơ.") is None
    assert GROUNDS_SUBJECT_ISSUER.search("Bộ phận văn thư đề nghị các tổ nộp báo cáo.") is None


def test_headerless_plan_title_from_its_drafting_sentence():
    h = read_header(
        make_text(
            "Thực hiện Công văn số 1234/SGDĐT-GDTrH ngày 10/9/2023 của Sở Giáo dục và Đào tạo Đồng Tháp về hướng dẫn nhiệm vụ "
            "năm học 2023-2024, Trường THPT Đốc Binh Kiều xây dựng Kế hoạch thực hiện các giải pháp nâng cao chất lượng giáo dục "
            "năm học 2023-2024, cụ thể như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao chất lượng dạy học.\n"
        )
    )
    assert (h.doc_type, h.issuer) == ("Kế hoạch", "Trường Trung học phổ thông Đốc Binh Kiều")
    assert h.title == "Thực hiện các giải pháp nâng cao chất lượng giáo dục năm học 2023-2024"
    # Too few words to be a title: none.
    h = read_header(make_text("Ủy ban nhân dân thành phố ban hành Kế hoạch triển khai như sau:\n\nI. MỤC ĐÍCH\n1. Chủ động.\n"))
    assert (h.doc_type, h.title) == ("Kế hoạch", None)


def test_place_name_wrapped_beside_the_motto():
    assert _ends_cut_place("ỦY BAN NHÂN DÂN TỈNH KON", "TUM")
    assert _ends_cut_place("SỞ Y TẾ TỈNH CÀ", "MAU")
    assert _ends_cut_place("UBND TỈNH NGHỆ", "AN") and _ends_cut_place("ỦY BAN NHÂN DÂN TỈNH GIA", "LAI")
    assert not _ends_cut_place("ỦY BAN NHÂN DÂN TỈNH HÀ NAM", "TTYT")
    assert not _ends_cut_place("SỞ Y TẾ TỈNH KON TUM", "KON")
    text = (
        "ỦY BAN NHÂN DÂN TỈNH KON              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TUM                                   Độc lập - Tự do - Hạnh phúc\n"
        "Số: 88/KH-UBND                        Kon Tum, ngày 10 tháng 9 năm 2023\n\nKẾ HOẠCH\nPhòng chống dịch bệnh năm 2023\n\nI. MỤC ĐÍCH\n"
    )
    assert read_header(make_text(text)).issuer == "Ủy ban nhân dân tỉnh Kon Tum"
    h = _md(
        "| SỞ Y TẾ TỈNH KON | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| TUM | Độc lập - Tự do - Hạnh phúc |\n"
        "| Số: 88/KH-SYT | Kon Tum, ngày 10 tháng 9 năm 2023 |\n\nKẾ HOẠCH\nPhòng chống dịch bệnh năm 2023\n"
    )
    assert h.issuer == "Sở Y tế tỉnh Kon Tum"


def test_the_general_secretary_signs_for_the_central_committee():
    # "T/M BAN CHẤP HÀNH TRUNG ƯƠNG" / "TỔNG BÍ THƯ": the office was read on into the authority ("TM. Ban Chấp hành Trung
    # ương tổng bí thư") with no position, "TỔNG BÍ THƯ" missing from the office titles.
    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 60-NQ/TW\nHà Nội, ngày 12 tháng 4 năm 2025\nNGHỊ QUYẾT\nVỀ MỘT SỐ VẤN ĐỀ\n"
        "I. NỘI DUNG\n1. Thống nhất chủ trương.\nT/M BAN CHẤP HÀNH TRUNG ƯƠNG\nTỔNG BÍ THƯ\nTô Lâm\n"
        "Nơi nhận:\n- Các tỉnh ủy,\n"
    )
    signer = read_header(make_text(text)).signer
    assert (signer.authority, signer.position, signer.name) == ("TM. Ban Chấp hành Trung ương", "Tổng bí thư", "Tô Lâm")
