"""Header, round 18 (second part): a district's body named by its level only whose district the text
names only by its party committee ("Huyện ủy Đồng Văn"); issuers in capitals with a lower-case letter inside;
a party cell under a department's party committee; a branch under its body; a heading that is not a body;
two-level headers of schools. Fragments written in the style of the district plans, the schools' notices
and the land offices' letters surveyed."""

from __future__ import annotations

from vanban.loaders.header import read_header
from vanban.loaders.places import district_mentions
from vanban.loaders.text import make_text

_REPORT = (
    "{block}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/BC-PYT\n{place}ngày 10 tháng 3 năm 2023\n"
    "BÁO CÁO\nKết quả công tác năm 2023\nThực hiện Kế hoạch số 5-KH/HU của {mention}, Phòng Y tế báo cáo như sau:\n"
    "I. KẾT QUẢ\n"
)


def test_a_district_is_named_by_its_party_committee():
    assert dict(district_mentions("Thực hiện Kế hoạch của Ban Thường vụ Huyện ủy Đồng Văn")) == {"Đồng Văn": 1}
    assert dict(district_mentions("HUYỆN ỦY MÈO VẠC\nĐẢNG BỘ HUYỆN ĐỒNG VĂN")) == {"Mèo Vạc": 1, "Đồng Văn": 1}
    assert dict(district_mentions("Huyện uỷ Đồng Văn")) == {"Đồng Văn": 1}
    # "Thành ủy" is a province's city's as well as a district's: no district.
    assert not district_mentions("Thành ủy Hà Giang")


def test_body_named_by_its_districts_level_takes_the_district_of_its_party_committee():
    # A copy without header: "Phòng Y tế huyện" as the subject of its opening sentence.
    h = read_header(
        make_text(
            "BÁO CÁO\nKết quả thực hiện công tác dân vận năm 2023\n\nThực hiện Công văn số 120-CV/BDVHU ngày "
            "01/11/2023 của Ban Dân vận Huyện ủy Đồng Văn, Phòng Y tế huyện báo cáo kết quả như sau:\n"
            "I. KẾT QUẢ\n1. Công tác tuyên truyền.\nTRƯỞNG PHÒNG\n\nHoàng H\n"
        )
    )
    assert h.issuer == "Phòng Y tế huyện Đồng Văn"
    # A header's bodies named by the level only.
    mention = "Ban Thường vụ Huyện ủy Đồng Văn"
    h = read_header(make_text(_REPORT.format(block="UBND HUYỆN\nPHÒNG Y TẾ", place="", mention=mention)))
    assert (h.issuer, h.issuer_parent) == ("Phòng Y tế huyện Đồng Văn", "Ủy ban nhân dân huyện Đồng Văn")
    h = read_header(make_text(_REPORT.format(block="PHÒNG Y TẾ HUYỆN", place="", mention=mention)))
    assert h.issuer == "Phòng Y tế huyện Đồng Văn"
    # The district of the place line wins.
    h = read_header(make_text(_REPORT.format(block="PHÒNG Y TẾ HUYỆN", place="Mèo Vạc, ", mention=mention)))
    assert h.issuer == "Phòng Y tế huyện Mèo Vạc"


def test_no_district_when_two_are_named_or_the_one_named_is_another_provinces():
    two = "Huyện ủy Đồng Văn và Huyện ủy Mèo Vạc"
    h = read_header(make_text(_REPORT.format(block="PHÒNG Y TẾ HUYỆN", place="", mention=two)))
    assert h.issuer == "Phòng Y tế huyện"
    h = read_header(make_text(_REPORT.format(block="PHÒNG Y TẾ HUYỆN", place="Hà Nội, ", mention="Huyện ủy Đồng Văn")))
    assert h.issuer == "Phòng Y tế huyện"


def _plan(block: str, symbol: str, place: str) -> str:
    return (
        f"{block}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/{symbol}\n"
        f"{place}, ngày 10 tháng 3 năm 2023\nKẾ HOẠCH\nCông tác chuyển đổi số năm 2023\nI. MỤC ĐÍCH\n"
    )


def _issuers(block: str, symbol: str = "KH-BDA", place: str = "Hà Nội") -> tuple[str | None, str | None]:
    h = read_header(make_text(_plan(block, symbol, place)))
    return h.issuer, h.issuer_parent


def test_code_in_lower_case_inside_a_name_in_capitals():
    from vanban.loaders.names import is_all_caps, recase

    assert is_all_caps("BAN DỰ ÁN NỀN TẢNG iPMS")
    assert not is_all_caps("Ban Dự án nền tảng iPMS")
    assert recase("BAN DỰ ÁN NỀN TẢNG iPMS") == "Ban Dự án nền tảng iPMS"
    # The body's line under its corporation is a body of the header, not a line after it.
    assert _issuers("TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM\nBAN DỰ ÁN NỀN TẢNG iPMS") == (
        "Ban Dự án nền tảng iPMS",
        "Tập đoàn Điện Lực Việt Nam",
    )
    # Codes joined by "&" and a company's legal form, as before.
    assert _issuers("SỞ GD&ĐT HÀ GIANG\nTRƯỜNG THCS&THPT ĐỒNG VĂN", "KH-THPT", "Đồng Văn")[0] == (
        "Trường Trung học cơ sở và Trung học phổ thông Đồng Văn"
    )


def test_party_committee_of_a_department_is_its_provinces():
    assert _issuers("ĐẢNG BỘ SỞ Y TẾ\nCHI BỘ BỆNH VIỆN ĐA KHOA", "KH-CB", "Hà Giang") == (
        "Chi bộ Bệnh viện Đa khoa",
        "Đảng bộ Sở Y tế tỉnh Hà Giang",
    )


def test_branch_under_its_body():
    # A province's body's branch named by one of its districts, with or without the level word.
    expected = ("Chi nhánh Văn phòng Đăng ký đất đai thành phố Long Khánh", "Văn phòng Đăng ký đất đai tỉnh Đồng Nai")
    assert _issuers("VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH ĐỒNG NAI\nCHI NHÁNH LONG KHÁNH", "KH-CNLK", "Long Khánh") == expected
    assert _issuers("VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH ĐỒNG NAI\nCHI NHÁNH HUYỆN XUÂN LỘC", "KH-CNXL", "Xuân Lộc")[0] == (
        "Chi nhánh Văn phòng Đăng ký đất đai huyện Xuân Lộc"
    )
    # A level word that is not the district's: the branch's name as written, after its body's.
    assert _issuers("VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH ĐỒNG NAI\nCHI NHÁNH HUYỆN LONG KHÁNH", "KH-CNLK", "Long Khánh")[0] == (
        "Văn phòng Đăng ký đất đai tỉnh Đồng Nai Chi nhánh huyện Long Khánh"
    )
    # A bank's branch named by its province: the bank's name, then the branch's.
    assert _issuers("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI\nCHI NHÁNH TỈNH HÀ GIANG", "KH-NHCS", "Hà Giang") == (
        "Ngân hàng Chính sách xã hội Chi nhánh tỉnh Hà Giang",
        "Ngân hàng Chính sách xã hội",
    )


def test_two_level_headers_of_schools_and_universities():
    assert _issuers("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ NỘI", "KH-ĐHSPHN") == (
        "Trường Đại học Sư phạm Hà Nội",
        "Bộ Giáo dục và Đào tạo",
    )
    assert _issuers("ĐẠI HỌC QUỐC GIA HÀ NỘI\nTRƯỜNG ĐẠI HỌC CÔNG NGHỆ", "KH-ĐHCN")[1] == "Đại học Quốc gia Hà Nội"
    assert _issuers("SỞ GD&ĐT TỈNH HÀ GIANG\nTRƯỜNG THPT ĐỒNG VĂN", "KH-THPT", "Đồng Văn") == (
        "Trường Trung học phổ thông Đồng Văn",
        "Sở Giáo dục và Đào tạo tỉnh Hà Giang",
    )
    # A school's council keeps the school's name.
    assert _issuers("TRƯỜNG ĐẠI HỌC Y HÀ NỘI\nHỘI ĐỒNG TUYỂN SINH", "KH-HĐTS") == (
        "Hội đồng tuyển sinh Trường Đại học Y Hà Nội",
        "Trường Đại học Y Hà Nội",
    )
    assert _issuers("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC VINH\nHỘI ĐỒNG TUYỂN SINH", "KH-HĐTS", "Nghệ An")[0] == (
        "Hội đồng tuyển sinh Trường Đại học Vinh"
    )


def test_hospital_named_by_its_place_is_spelled_as_the_place():
    assert _issuers("BỘ Y TẾ\nBỆNH VIỆN BẠCH MAI", "KH-BVBM")[0] == "Bệnh viện Bạch Mai"
    assert _issuers("SỞ Y TẾ HÀ NỘI\nBỆNH VIỆN THANH NHÀN", "KH-BV")[0] == "Bệnh viện Thanh Nhàn"
    # A specialty names a hospital in its own case.
    assert _issuers("SỞ Y TẾ HÀ GIANG\nBỆNH VIỆN MẮT", "KH-BV", "Hà Giang")[0] == "Bệnh viện Mắt"


def test_a_schools_name_ends_before_a_heading():
    body = "\n\nNhằm nâng cao nhận thức của phụ huynh, nhà trường tổ chức tuyên truyền.\n"
    for head in (
        "TRƯỜNG MN-TH SAO MAI TUYÊN TRUYỀN PHÒNG CHỐNG DỊCH BỆNH MÙA HÈ",
        "TRƯỜNG MN-TH SAO MAI\nTUYÊN TRUYỀN PHÒNG CHỐNG DỊCH BỆNH MÙA HÈ",
        "TRƯỜNG MN-TH SAO MAI\n\nTUYÊN TRUYỀN PHÒNG CHỐNG DỊCH BỆNH MÙA HÈ",
    ):
        assert read_header(make_text(head + body)).issuer == "Trường MN-TH Sao Mai"
    # A school of two levels written by their codes is cased as a school: its proper name titled.
    h = read_header(make_text("TRƯỜNG MN-TH SAO MAI\nKẾ HOẠCH\nTuyên truyền phòng chống dịch bệnh\nI. MỤC ĐÍCH\n"))
    assert (h.issuer, h.doc_type) == ("Trường MN-TH Sao Mai", "Kế hoạch")
    # A unit's line under a school is no heading.
    assert _issuers("TRƯỜNG ĐẠI HỌC Y HÀ NỘI\nHỘI ĐỒNG TUYỂN SINH", "KH-HĐTS")[0] == "Hội đồng tuyển sinh Trường Đại học Y Hà Nội"


def test_heading_run_into_a_branchs_or_a_schools_header_is_no_part_of_its_name():
    # A land office's contract: its type line (no type the extractor reads) under the branch's line.
    h = read_header(
        make_text(
            "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH ĐỒNG NAI\nCHI NHÁNH LONG KHÁNH\n\nHỢP ĐỒNG\nBiên vẽ bản đồ địa chính thửa đất\n\n"
            "Căn cứ Quyết định số 17/2023/QĐ-UBND ngày 10/4/2023 của UBND tỉnh Đồng Nai;\n"
        )
    )
    assert (h.issuer, h.issuer_parent) == (
        "Chi nhánh Văn phòng Đăng ký đất đai thành phố Long Khánh",
        "Văn phòng Đăng ký đất đai tỉnh Đồng Nai",
    )
    # A school's news item: its heading alone on its line under the school's.
    h = read_header(
        make_text(
            "UBND QUẬN TÂY HỒ\nTRƯỜNG MN-TH SAO MAI\n\nTUYÊN TRUYỀN\nPhổ biến giáo dục pháp luật về phòng, chống dịch bệnh\n\n"
            "Thực hiện Kế hoạch số 43/KH-PGDĐT của Phòng Giáo dục và Đào tạo quận Tây Hồ;\n"
        )
    )
    assert (h.issuer, h.issuer_parent) == ("Trường MN-TH Sao Mai", "Ủy ban nhân dân quận Tây Hồ")


def test_district_office_named_by_its_district_without_the_level_word():
    # (Lũng Cú is a ward of Tuyên Quang since 2025, which took Hà Giang's districts.)
    assert _issuers("PHÒNG GD&ĐT ĐỒNG VĂN\nTRƯỜNG THCS LŨNG CÚ", "KH-THCS", "Lũng Cú") == (
        "Trường Trung học cơ sở Lũng Cú",
        "Phòng Giáo dục và Đào tạo huyện Đồng Văn",
    )
    assert _issuers("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO CHÂU THÀNH", "KH-PGD", "Bến Tre")[0] == "Phòng Giáo dục và Đào tạo huyện Châu Thành"
    # A district of another province than the document's, or a name many provinces' districts bear
    # with no province known: as written.
    assert _issuers("PHÒNG GD&ĐT ĐỒNG VĂN\nTRƯỜNG THCS LŨNG CÚ", "KH-THCS", "Hà Nội")[1] == "Phòng Giáo dục và Đào tạo Đồng Văn"
    h = read_header(make_text("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO CHÂU THÀNH\nKẾ HOẠCH\nCông tác năm 2023\nI. MỤC ĐÍCH\n"))
    assert h.issuer == "Phòng Giáo dục và Đào tạo Châu Thành"
    # A department's room is no district's.
    assert _issuers("SỞ Y TẾ HÀ GIANG\nPHÒNG NGHIỆP VỤ Y", "KH-SYT", "Hà Giang")[0] == "Phòng Nghiệp vụ Y"


def test_council_of_a_university_named_by_its_kind():
    h = read_header(
        make_text(
            "ĐẠI HỌC HUẾ\nHỘI ĐỒNG ĐẠI HỌC\nSố: 12/QĐ-HĐĐH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Thừa Thiên Huế, ngày 20 tháng 12 năm 2021\n\nQUYẾT ĐỊNH\nVề việc công nhận Hiệu trưởng nhiệm kỳ 2020 - 2025\n\n"
            "HỘI ĐỒNG ĐẠI HỌC HUẾ\n\nCăn cứ Nghị định số 30/CP ngày 04 tháng 4 năm 1994 của Chính phủ;\n"
        )
    )
    assert (h.issuer, h.issuer_parent) == ("Hội đồng Đại học Huế", "Đại học Huế")
    assert _issuers("TRƯỜNG ĐẠI HỌC VINH\nHỘI ĐỒNG TRƯỜNG", "KH-HĐT", "Nghệ An")[0] == "Hội đồng Trường Đại học Vinh"
    assert _issuers("ĐẠI HỌC QUỐC GIA HÀ NỘI\nHỘI ĐỒNG TUYỂN SINH", "KH-HĐTS")[0] == "Hội đồng tuyển sinh Đại học Quốc gia Hà Nội"


def test_motto_without_the_tilde_of_nghia_is_no_part_of_the_issuer():
    h = read_header(
        make_text(
            "ỦY BAN NHÂN DÂN XÃ VẦY NƯA\nCỘNG HÒA XÃ HỘI CHỦ NGHIA VIỆT NAM\n\nKẾ HOẠCH\nNăm giáo dục vùng khó khăn xã Vầy Nưa\n\n"
            "Căn cứ Công văn số 167/SGD&ĐT-VP ngày 17/01/2013 của Sở Giáo dục và Đào tạo tỉnh Hòa Bình;\n"
        )
    )
    assert h.issuer == "Ủy ban nhân dân xã Vầy Nưa"


def test_branch_whose_line_names_its_body():
    assert _issuers(
        "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI\nTHÀNH PHỐ HỒ CHÍ MINH\nCHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI SỐ 23", "PA-CN23", "TP. Hồ Chí Minh"
    ) == ("Chi nhánh Văn phòng Đăng ký đất đai số 23", "Văn phòng Đăng ký đất đai thành phố Hồ Chí Minh")


def test_faculty_is_cased_as_an_agency():
    from vanban.loaders.names import recase

    assert recase("ĐẢNG ỦY KHOA CÔNG NGHỆ THÔNG TIN VÀ TRUYỀN THÔNG") == "Đảng ủy Khoa Công nghệ thông tin và Truyền thông"
    assert recase("CHI BỘ KHOA NỘI") == "Chi bộ Khoa Nội"
    # "khoa học" is no faculty.
    assert recase("SỞ KHOA HỌC VÀ CÔNG NGHỆ") == "Sở Khoa học và Công nghệ"
    assert recase("BỆNH VIỆN ĐA KHOA TỈNH") == "Bệnh viện Đa khoa tỉnh"
