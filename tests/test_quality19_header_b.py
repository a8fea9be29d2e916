"""Header, round 19 (b): the leftovers of the first round. A place and date line written with dashes; a type
word run into the title's first word on a header printed on one line; a header's table cell whose lines
a copy ran into one; an OCR copy that lost every mark of its issuer block. Fragments written in the style of
the collected documents (the Bộ Giáo dục OCR copy cites3_docs/d08, the table headers of header5_docs and
header9_docs, the one-line headers of PDF viewers) and of ../shared/corpus."""

from __future__ import annotations

from vanban.loaders.header import DATE_DASHED, MERGED_TYPE, SCHOOL_AND_GROUP, _place_before, _type_of_symbol, read_header
from vanban.loaders.names import recase
from vanban.loaders.text import make_text
from vanban.loaders.unmarked_bodies import marked_block, marked_body

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
_PLAN_BODY = "Thực hiện Nghị quyết số 45-NQ/TW, ngày 24-11-2023 của Ban Chấp hành Trung ương Đảng;\n\nI. MỤC ĐÍCH\n1. Nâng cao.\n"


def test_dashed_date_on_the_place_and_date_line():
    for line, date, place in (
        ("Hà Nội, ngày 05-9-2023", "2023-09-05", "Hà Nội"),
        ("Kon Tum, ngày 05 - 09 - 2023", "2023-09-05", "Kon Tum"),
        ("Thành phố Hồ Chí Minh, ngày 1-12-2022", "2022-12-01", "Hồ Chí Minh"),  # (as "ngày 1 tháng 12" gives)
    ):
        h = read_header(
            make_text(
                f"ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 12/KH-UBND\n\n{_MOTTO}\n{line}\n\nKẾ HOẠCH\n"
                f"Triển khai công tác chuyển đổi số năm 2023\n\n{_PLAN_BODY}"
            )
        )
        assert (h.date, h.place) == (date, place), line
        assert h.title == "Triển khai công tác chuyển đổi số năm 2023"
    # A cited text's dashed date is no document's date, nor the gazette's page heading.
    assert DATE_DASHED.search("thực hiện Nghị quyết số 45-NQ/TW, ngày 24-11-2023 của Ban Chấp hành") is None
    assert DATE_DASHED.search("CÔNG BÁO/Số 281/Ngày 21-05-2026") is None
    h = read_header(
        make_text(
            "Trích yếu\nChương trình của Ban Chấp hành Đảng bộ tỉnh Khóa XVI thực hiện Nghị quyết số 45-NQ/TW, "
            "ngày 24-11-2023 của Ban Chấp hành Trung ương Đảng \"về tiếp tục xây dựng và phát huy vai trò của đội "
            "ngũ trí thức\".\n"
        )
    )
    assert h.date is None


def test_type_run_into_the_title_on_a_header_printed_on_one_line():
    assert MERGED_TYPE.match(" QUYẾT ĐỊNHVề việc ban hành").group(0).strip() == "QUYẾT ĐỊNH"
    assert MERGED_TYPE.match(" KẾ HOẠCHTriển khai").group(0).strip() == "KẾ HOẠCH"
    line = (
        "UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc "
        "Số: 2917/QĐ-SGDĐT Phan Rang-Tháp Chàm, ngày 05 tháng 11 năm 2010 QUYẾT ĐỊNHVề việc ban hành Quy chế làm việc "
        "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019; QUYẾT ĐỊNH: Điều 1. Ban hành."
    )
    h = read_header(make_text(line + "\n"))
    assert (h.doc_type, h.number, h.date) == ("Quyết định", "2917", "2010-11-05")
    assert (h.issuer, h.issuer_parent) == ("Sở Giáo dục và Đào tạo tỉnh Ninh Thuận", "Ủy ban nhân dân tỉnh Ninh Thuận")
    # The authority after a title in lower case is cut off, as after a title in capitals.
    assert h.title == "Về việc ban hành Quy chế làm việc"
    # A title that names the office after "của" keeps it.
    h = read_header(make_text(line.replace("làm việc GIÁM", "làm việc của GIÁM") + "\n"))
    assert h.title.startswith("Về việc ban hành Quy chế làm việc của GIÁM ĐỐC SỞ")


def test_header_cell_whose_lines_were_run_into_one():
    body = "\n\nQUYẾT ĐỊNH\nVề việc thành lập Hội đồng\n\nHIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC VINH\n\nCăn cứ Luật Giáo dục đại học;\n"
    for cell in (
        "| BỘ GIÁO DỤC VÀ ĐÀO TẠO **TRƯỜNG ĐẠI HỌC VINH** Số: 123/QĐ-ĐHV | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** "
        "**Độc lập - Tự do - Hạnh phúc** Nghệ An, ngày 05 tháng 9 năm 2023 |\n|---|---|",
        "| **BỘ GIÁO DỤC VÀ ĐÀO TẠO** **TRƯỜNG ĐẠI HỌC VINH** Số: 123/QĐ-ĐHV | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** "
        "**Độc lập - Tự do - Hạnh phúc** Nghệ An, ngày 05 tháng 9 năm 2023 |\n|---|---|",
    ):
        h = read_header(make_text(cell + body))
        assert (h.issuer, h.issuer_parent) == ("Trường Đại học Vinh", "Bộ Giáo dục và Đào tạo")
        assert (h.number, h.symbol, h.date, h.title) == ("123", "QĐ-ĐHV", "2023-09-05", "Về việc thành lập Hội đồng")
    # A single body in the cell.
    h = read_header(
        make_text(
            "| UBND TỈNH KON TUM **SỞ Y TẾ** Số: 1520/SYT-NVY V/v tăng cường phòng chống dịch | **CỘNG HÒA XÃ HỘI CHỦ "
            "NGHĨA VIỆT NAM** **Độc lập - Tự do - Hạnh phúc** Kon Tum, ngày 20 tháng 7 năm 2023 |\n|---|---|\n\n"
            "Kính gửi: Các đơn vị trực thuộc\n"
        )
    )
    assert (h.issuer, h.issuer_parent) == ("Sở Y tế tỉnh Kon Tum", "Ủy ban nhân dân tỉnh Kon Tum")
    # A plain line that runs on past its Số line is damaged, not a cell: no body is read from it.
    h = read_header(
        make_text(
            "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013 "
            "QUYẾT ĐỊNHVề việc ban hành Quy định\n"
        )
    )
    assert h.issuer is None


def test_ocr_copy_without_marks_names_a_known_body():
    assert marked_body("BO GIAO DUC VA DAO TAO") == "BỘ GIÁO DỤC VÀ ĐÀO TẠO"
    assert marked_body("UY BAN NHAN DAN TINH QUANG NAM") == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM"
    assert marked_body("SO Y TE TINH KON TUM") == "SỞ Y TẾ TỈNH KON TUM"
    assert marked_body("BO LAO DONG-THUONG BINH VA XA HOI") == "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
    assert marked_body("UY BAN NHAN DAN HUYEN DONG VAN") == "ỦY BAN NHÂN DÂN HUYỆN ĐỒNG VĂN"
    # Unknown names and places are left alone: their marks cannot be guessed.
    assert marked_body("TRUONG THCS AN PHU") is None
    assert marked_body("UY BAN NHAN DAN TINH XYZ") is None
    assert marked_body("BỘ Y TẾ") is None  # (a marked line is no business of this reader)
    # The block: the motto dropped, a line after the bodies that names none ends it.
    assert marked_block(["BO GIAO DUC VA DAO TAO", "CONG HOA XA HOI CHU NGHIA VIET NAM", "QUYET DINH"]) == ["BỘ GIÁO DỤC VÀ ĐÀO TẠO"]
    assert marked_block(["UY BAN NHAN DAN", "TINH KON TUM", "SO Y TE"]) == ["ỦY BAN NHÂN DÂN", "TỈNH KON TUM", "SỞ Y TẾ"]
    assert marked_block(["TRUONG THCS AN PHU", "UY BAN NHAN DAN TINH QUANG NAM"]) is None
    assert marked_block(["BỘ Y TẾ"]) is None

    # The collected OCR copy of the Bộ Giáo dục letter (cites3_docs/d08), its Số line lost.
    h = read_header(
        make_text(
            "BO GIAO DUC VA DAO TAO\noo\n\nCONG HOA XA HOI CHU NGHIA VIET NAM\n\nsá##j5GDĐT-GDTrH\n\n"
            "V/v hướng dẫn thực hiện nhiệm vụ\n\ngiáo dục trung học năm học 2019-2020\n\nKính gửi:\n\n"
            "Độc lập - Tự do - Hạnh phúc\nHà Nơi\n\nngage thang § nam 2019\n\n- Các sở giáo dục và đảo tạo\n"
        )
    )
    assert h.issuer == "Bộ Giáo dục và Đào tạo"
    h = read_header(
        make_text(
            "UY BAN NHAN DAN\nTINH KON TUM\nSO Y TE\n\nSo: 123/SYT-NVY\n\nCONG HOA XA HOI CHU NGHIA VIET NAM\n"
            "Doc lap - Tu do - Hanh phuc\n\nKon Tum, ngay 05 thang 9 nam 2023\n\nV/v trien khai cong tac\n\nKinh gui: Cac don vi\n"
        )
    )
    assert (h.issuer, h.issuer_parent, h.place) == ("Sở Y tế tỉnh Kon Tum", "Ủy ban nhân dân tỉnh Kon Tum", "Kon Tum")
    h = read_header(
        make_text(
            "UY BAN NHAN DAN TINH QUANG NAM\n\nCONG HOA XA HOI CHU NGHIA VIET NAM\nDoc lap - Tu do - Hanh phuc\n\n"
            "Quang Nam, ngay 05 thang 9 nam 2023\n\nV/v trien khai cong tac\n"
        )
    )
    assert (h.issuer, h.place) == ("Ủy ban nhân dân tỉnh Quảng Nam", "Quảng Nam")
    # A header whose unmarked name is unknown gives no issuer.
    h = read_header(
        make_text(
            "TRUONG THCS AN PHU\n\nCONG HOA XA HOI CHU NGHIA VIET NAM\nDoc lap - Tu do - Hanh phuc\n\n"
            "An Phu, ngay 05 thang 9 nam 2023\n\nV/v trien khai cong tac\n"
        )
    )
    assert h.issuer is None


def test_names_of_units_and_cells_read_from_the_collected_headers():
    # A Party cell of a hamlet: the hamlet's name after its level (header9_docs/lv/b9).
    h = read_header(
        make_text(
            "ĐẢNG ỦY XÃ LŨNG CÚ\nCHI BỘ THÔN LŨNG CÚ\n" + _MOTTO + "Số: 12/KH-CB\nLũng Cú, ngày 10 tháng 3 năm 2023\n"
            "KẾ HOẠCH\nCông tác dân vận năm 2023\nI. MỤC ĐÍCH\n1. Nâng cao.\n"
        )
    )
    assert (h.issuer, h.issuer_parent) == ("Chi bộ thôn Lũng Cú", "Đảng ủy xã Lũng Cú")
    assert recase("CHI BỘ TỔ DÂN PHỐ 5") == "Chi bộ tổ dân phố 5"
    assert recase("CHI BỘ ẤP AN BÌNH") == "Chi bộ ấp An Bình"
    # "nông thôn" in a department's name is no hamlet.
    assert recase("SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN") == "Sở Nông nghiệp và Phát triển nông thôn"
    # The Bộ Y tế's department, as it writes its name (header9_docs/lv/a4, tasks3_docs/e16): "khám, chữa" is
    # one term, as "phòng, chống" is.
    assert recase("CỤC QUẢN LÝ KHÁM, CHỮA BỆNH") == "Cục Quản lý Khám, chữa bệnh"
    assert recase("BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19") == "Ban Chỉ đạo phòng, chống dịch COVID-19"
    assert recase("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH") == "Sở Văn hóa, Thể thao và Du lịch"
    # An enterprise (xí nghiệp) is named as an agency, also under its union (cites6_docs/f2).
    assert recase("CÔNG ĐOÀN XÍ NGHIỆP DỊCH VỤ CẢNG") == "Công đoàn Xí nghiệp Dịch vụ cảng"
    # A school's group after a dash on the school's line (cites6_docs/d1), as on two lines.
    for block in ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG THCS TRẦN PHÚ - TỔ TOÁN – TIN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG THCS TRẦN PHÚ\nTỔ TOÁN – TIN"):
        h = read_header(
            make_text(
                block + "\nSố: 08/KH-TTH\n\nXuân Đông, ngày 05 tháng 10 năm 2026\n\nKẾ HOẠCH\n"
                "Tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học\n\nI. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n"
            )
        )
        assert (h.issuer, h.issuer_parent) == ("Tổ Toán – Tin Trường Trung học cơ sở Trần Phú", "Trường Trung học cơ sở Trần Phú")
    # A dash inside a school's own name keeps it whole.
    assert SCHOOL_AND_GROUP.match("TRƯỜNG MN-TH SAO MAI") is None
    assert SCHOOL_AND_GROUP.match("TRƯỜNG THCS TỔ QUỐC - TỔ CHỨC") is None


def test_authority_naming_its_level_under_a_bare_organ_places_it():
    # A table header whose second row the copy lost ("ỦY BAN NHÂN DÂN" alone), its Quyết định's authority
    # naming the level without the place (cites3_docs/d26): the place line places it, and the line is no
    # part of the title.
    h = read_header(
        make_text(
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 2873/QĐ-UBND | Bình Định, ngày 08 tháng 07 năm 2021 |\n"
            "QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH THỰC HIỆN CHIẾN LƯỢC QUỐC GIA VỀ BÌNH ĐẲNG GIỚI TỈNH BÌNH ĐỊNH GIAI ĐOẠN 2021-2030\n"
            "ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành.\n"
        )
    )
    assert h.issuer == "Ủy ban nhân dân tỉnh Bình Định"
    assert h.title == "BAN HÀNH KẾ HOẠCH THỰC HIỆN CHIẾN LƯỢC QUỐC GIA VỀ BÌNH ĐẲNG GIỚI TỈNH BÌNH ĐỊNH GIAI ĐOẠN 2021-2030"
    # A block that names its body whole keeps it; the level-only line is not read against it.
    h = read_header(
        make_text(
            "SỞ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 28/QĐ-SYT | Bình Định, ngày 08 tháng 07 năm 2021 |\n"
            "QUYẾT ĐỊNH\nVỀ VIỆC GIAO CHỈ TIÊU\nỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật;\n"
        )
    )
    assert h.issuer == "Sở Y tế tỉnh Bình Định"


def test_subject_in_a_table_row_beside_the_date():
    # A markdown copy's header table, its subject's row holding the date in the right cell (cites4_docs/15).
    h = read_header(
        make_text(
            "| **BỘ GIÁO DỤC VÀ ĐÀO TẠO** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n"
            "| Số: 6240 /BGDĐT-KHCNTT | **Độc lập - Tự do - Hạnh phúc** |\n"
            "| V/v hướng dẫn kết nối API, đồng bộ dữ liệu với Hệ thống cơ sở dữ liệu về giáo dục đại học (HEMIS) | "
            "*Hà Nội, ngày 15 tháng 09 năm 2026* |\n| :--- | :--- |\n**Kính gửi:**\n- Các cơ sở giáo dục đại học.\n"
        )
    )
    assert (h.issuer, h.number, h.date, h.place) == ("Bộ Giáo dục và Đào tạo", "6240", "2026-09-15", "Hà Nội")
    assert h.title == "V/v hướng dẫn kết nối API, đồng bộ dữ liệu với Hệ thống cơ sở dữ liệu về giáo dục đại học (HEMIS)"
    # The same header with its cells' lines joined by <br> on one line, as the file holds it: the place
    # in its emphasis is read whole when the line is cut ("*Hà Nội, ngày …*").
    h = read_header(
        make_text(
            "| **BỘ GIÁO DỤC VÀ ĐÀO TẠO** <br><br> Số: 6240 /BGDĐT-KHCNTT <br> V/v hướng dẫn kết nối API, đồng bộ dữ "
            "liệu với Hệ thống cơ sở dữ liệu về giáo dục đại học (HEMIS) | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** <br> "
            "**Độc lập - Tự do - Hạnh phúc** <br><br> *Hà Nội, ngày 15 tháng 09 năm 2026* |\n| :--- | :--- |\n"
            "**Kính gửi:**\n- Các cơ sở giáo dục đại học.\n"
        )
    )
    assert (h.place, h.title) == ("Hà Nội", "V/v hướng dẫn kết nối API, đồng bộ dữ liệu với Hệ thống cơ sở dữ liệu về giáo dục đại học (HEMIS)")
    assert _place_before("<br><br> *Hà Nội, ngày", len("<br><br> *Hà Nội")) == "Hà Nội"


def test_type_code_after_the_issuers_code_is_its_units():
    # A Bộ Y tế letter drafted by its Vụ Kế hoạch - Tài chính (cites8_docs/02): no Kế hoạch.
    h = read_header(
        make_text(
            "BỘ Y TẾ |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM |\nSố: 4396/BYT-KH-TC |\nHà Nội, ngày 30 tháng 05 năm 2021 |\n"
            "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n"
        )
    )
    assert (h.doc_type, h.issuer) == ("Công văn", "Bộ Y tế")
    assert _type_of_symbol("SYT-KH") == "Công văn"
    # A type's code first, or an old symbol's type last after a slash, names the type.
    assert _type_of_symbol("KH-UBND") == "Kế hoạch"
    assert _type_of_symbol("2019/QĐ-UBND") == "Quyết định"
    assert _type_of_symbol("BYT/TT") == "Thông tư"
