"""Header, round 17: date words an OCR cut apart ("n gày 14 th áng 3"), and a title that stops at the
body's end mark ("… như sau./.") of a short notice whose Nơi nhận runs on one line. Fragments written in
the style of the provincial plans and commune notices surveyed."""

from __future__ import annotations

from vanban.loaders.header import SPLIT_DATE_WORD, _is_paragraph, _unglued, read_header
from vanban.loaders.text import make_text


def test_ocr_split_date_words_are_joined():
    h = read_header(
        make_text(
            "UBND TỈNH LAI CHÂU\nSỞ Y TẾ\nSố: 77/KH-SYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nLai Châu, n gày 14 th áng 3 năm 2023\n"
            "KẾ HOẠCH\nTổ chức Tháng hành động vì an toàn thực phẩm năm 2023\nI. MỤC ĐÍCH\n"
        )
    )
    assert (h.date, h.place) == ("2023-03-14", "Lai Châu")
    assert h.issuer == "Sở Y tế tỉnh Lai Châu"


def test_split_date_word_forms():
    assert _unglued("Hà Giang, N gày 03 th áng 10 năm 2022") == "Hà Giang, Ngày 03 tháng 10 năm 2022"
    # Only the split date words: "Thanh Hóa, ngày" and words that merely end so are left.
    assert _unglued("Thanh Hóa, ngày 03 tháng 10 năm 2022") == "Thanh Hóa, ngày 03 tháng 10 năm 2022"
    assert SPLIT_DATE_WORD.search("kinh gày") is None


def test_title_stops_at_the_body_end_mark():
    h = read_header(
        make_text(
            "ỦY BAN NHÂN DÂN\nXÃ MINH TÂN\nSố: 12/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nMinh Tân, ngày 05 tháng 4 năm 2024\nTHÔNG BÁO\n"
            "Lịch tiếp công dân tháng 4 năm 2024\n"
            "Ủy ban nhân dân xã thông báo lịch tiếp công dân như sau./.\n"
            "Nơi nhận: - Các thôn; - Lưu: VT. Nguyễn Thị Hoa\n"
        )
    )
    assert h.title == "Lịch tiếp công dân tháng 4 năm 2024"
    assert h.issuer == "Ủy ban nhân dân xã Minh Tân"


def test_end_mark_line_is_a_paragraph():
    assert _is_paragraph("Ủy ban nhân dân xã thông báo như sau./.")
    assert not _is_paragraph("về xây dựng hệ thống kết cấu hạ tầng đồng bộ đến năm 2025,")


def test_header_without_number_ends_beside_the_motto_end():
    # A school's guide copied from a PDF, its two header columns merged on each line and no Số line:
    # the capitals below the line that ends the motto are a heading, not a unit.
    h = read_header(
        make_text(
            "PHÒNG GD&ĐT HUYỆN NĂM CĂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            "TRƯỜNG TIỂU HỌC LÊ VĂN TÁM Độc lập – Tự do – Hạnh phúc\n\n"
            "CHUYÊN ĐỀ HƯỚNG DẪN TRÌNH BÀY VĂN BẢN THEO THÔNG TƯ 01\n\n"
            "A CƠ SỞ XÂY DỰNG CHUYÊN ĐỀ:\n\nCăn cứ công văn số 2457/UBND-VX ngày 29 tháng 05 năm 2012.\n"
        )
    )
    assert h.issuer == "Trường Tiểu học Lê Văn Tám"
    assert h.issuer_parent == "Phòng Giáo dục và Đào tạo huyện Năm Căn"


def test_header_with_number_reads_units_below_the_motto_line():
    # With a Số line the block still runs to it: the unit under the motto's line is kept.
    h = read_header(
        make_text(
            "UBND TỈNH LONG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "SỞ Y TẾ Độc lập - Tự do - Hạnh phúc\n"
            "Số: 15/KH-SYT\nLong An, ngày 02 tháng 5 năm 2023\nKẾ HOẠCH\nPhòng chống dịch năm 2023\n"
        )
    )
    assert h.issuer == "Sở Y tế tỉnh Long An"


def test_committee_name_that_lost_its_first_letter():
    # A legal library's page whose font drew "Ủ" apart: "Y BAN NHÂN DÂN" / "TỈNH KON TUM".
    h = read_header(
        make_text(
            "Y BAN NHÂN DÂN\nTỈNH KON TUM\n\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nSố: 2516/KH-UBND\n\nKon Tum, ngày 03 tháng 10 năm 2014\n\n"
            "KẾ HOẠCH\n\nTRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 34/2014/QĐ-TTG\n\nCăn cứ Quyết định số 34/2014/QĐ-TTg;\n"
        )
    )
    assert h.issuer == "Ủy ban nhân dân tỉnh Kon Tum"


def test_city_mark_of_an_all_caps_parent_is_written_out():
    h = read_header(
        make_text(
            "UBND TP. HỒ CHÍ MINH\nSỞ Y TẾ\nSố: 95/KH-SYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nTP. Hồ Chí Minh, ngày 03 tháng 10 năm 2022\n"
            "KẾ HOẠCH\nPhòng chống dịch năm 2022\nI. MỤC ĐÍCH\n"
        )
    )
    assert h.issuer_parent == "Ủy ban nhân dân thành phố Hồ Chí Minh"  # not "… tp. Hồ Chí Minh"
    assert (h.issuer, h.place) == ("Sở Y tế thành phố Hồ Chí Minh", "Hồ Chí Minh")


def test_city_mark_glued_to_the_place_of_the_date():
    h = read_header(
        make_text(
            "UBND TỈNH HÀ GIANG\nSỞ Y TẾ\nSố: 95/KH-SYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nTp.Hà Giang, ngày 05 tháng 6 năm 2023\n"
            "KẾ HOẠCH\nPhòng chống dịch năm 2023\nI. MỤC ĐÍCH\n"
        )
    )
    assert (h.place, h.date) == ("Hà Giang", "2023-06-05")  # not "Giang"


def test_province_written_another_way_takes_the_list_spelling():
    def issuer(first: str, place: str) -> tuple:
        h = read_header(
            make_text(
                f"{first}\nSố: 95/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                f"{place}, ngày 03 tháng 10 năm 2005\nQUYẾT ĐỊNH\nVề việc thành lập Ban Chỉ đạo\nCăn cứ Luật;\n"
            )
        )
        return h.issuer, h.issuer_parent

    assert issuer("ỦY BAN NHÂN DÂN\nTỈNH KONTUM", "Kontum") == ("Ủy ban nhân dân tỉnh Kon Tum", None)
    assert issuer("ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN - HUẾ", "Huế") == ("Ủy ban nhân dân tỉnh Thừa Thiên Huế", None)
    assert issuer("UBND TỈNH BÀ RỊA-VŨNG TÀU\nSỞ Y TẾ", "Bà Rịa") == (
        "Sở Y tế tỉnh Bà Rịa - Vũng Tàu",
        "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu",
    )
    # A name that is no spelling of a province, nor a listed misspelling of one (places.PROVINCE_MISSPELLINGS
    # reads "Đắc Lắc" as Đắk Lắk), stays as written: no fuzzy match makes "Đắc Lắm" Đắk Lắk.
    assert issuer("ỦY BAN NHÂN DÂN\nTỈNH ĐẮC LẮM", "Buôn Ma Thuột")[0] == "Ủy ban nhân dân tỉnh Đắc Lắm"
    assert issuer("ỦY BAN NHÂN DÂN\nTỈNH ĐẮC LẮC", "Buôn Ma Thuột")[0] == "Ủy ban nhân dân tỉnh Đắk Lắk"


def test_department_codes_in_a_header_are_expanded():
    def issuer(first: str, place: str) -> tuple:
        h = read_header(
            make_text(
                f"{first}\nSố: 95/KH-X\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                f"{place}, ngày 03 tháng 10 năm 2022\nKẾ HOẠCH\nPhòng chống dịch năm 2022\nI. MỤC ĐÍCH\n"
            )
        )
        return h.issuer, h.issuer_parent

    assert issuer("UBND TỈNH HÀ GIANG\nSỞ KH&ĐT", "Hà Giang")[0] == "Sở Kế hoạch và Đầu tư tỉnh Hà Giang"
    assert issuer("UBND TỈNH HÀ GIANG\nSỞ LĐ-TB&XH", "Hà Giang")[0] == "Sở Lao động - Thương binh và Xã hội tỉnh Hà Giang"
    assert issuer("UBND TỈNH HÀ GIANG\nSỞ NN&PTNT", "Hà Giang")[0] == "Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Giang"
    assert issuer("UBND HUYỆN ĐỒNG VĂN\nPHÒNG TN&MT", "Đồng Văn")[0] == "Phòng Tài nguyên và Môi trường huyện Đồng Văn"
    # A short code that names other units too stays as written: a hospital's "PHÒNG TC-HC".
    assert issuer("UBND HUYỆN ĐỒNG VĂN\nPHÒNG TC-KH", "Đồng Văn")[0] == "Phòng TC-KH huyện Đồng Văn"
    # A steering committee written "BCĐ" is read as "BAN CHỈ ĐẠO" is: its place's, under the committee.
    assert issuer("UBND TỈNH HÀ GIANG\nBCĐ PHÒNG CHỐNG DỊCH", "Hà Giang") == (
        "Ban Chỉ đạo phòng chống dịch tỉnh Hà Giang",
        "Ủy ban nhân dân tỉnh Hà Giang",
    )
