"""Header, round 19: the documents of universities, academies, colleges and their units. A faculty's line
under its school; a university's school on the university's line of a PDF copy; an academy named by a field
that names no school; an issuer block the OCR copy spelled without its marks, read as the authority line under
the title writes it; the office alone above its body in the authority; the authority naming the school's
parent in short; a school's kind written as its code; the unions and youth bodies of a school; a title
that ends before a short body sentence or the signature's authority. Fragments written in the style of the
universities' decisions, notices and letters surveyed (ĐH Huế, ĐHQG Hà Nội, ĐH Cần Thơ, Học viện Chính trị
khu vực), and of the collected news item of a hospital's union (cites4_docs/20)."""

from __future__ import annotations

from vanban.loaders.extract import extract
from vanban.loaders.header import MERGED_UNIT, read_header
from vanban.loaders.names import recase
from vanban.loaders.text import make_text

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
_DECISION_BODY = (
    "Căn cứ Luật Giáo dục đại học ngày 18 tháng 6 năm 2012;\nXét đề nghị của Trưởng phòng Đào tạo,\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Thành lập Hội đồng.\n\nNơi nhận:\n- Lưu: VT, ĐT.\n\nKT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n\nLê Văn Hùng\n"
)


def _decision(block: str, number: str, place: str, title: str, authority: str) -> str:
    return (
        f"{block}\n\nSố: {number}\n\n{_MOTTO}\n{place}, ngày 12 tháng 9 năm 2023\n\nQUYẾT ĐỊNH\n{title}\n\n{authority}\n\n"
        + _DECISION_BODY
    )


def test_faculty_line_under_its_school_is_a_unit_of_the_school():
    h = read_header(
        make_text(
            "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC CẦN THƠ\nKHOA KINH TẾ\n\nSố: 45/TB-KKT\n\n" + _MOTTO + "\n"
            "Cần Thơ, ngày 14 tháng 2 năm 2023\n\nTHÔNG BÁO\nVề việc nộp hồ sơ xét học bổng khuyến khích học tập\n\n"
            "Căn cứ Quy định về học bổng của Trường Đại học Cần Thơ, Khoa Kinh tế thông báo đến sinh viên như sau:\n"
            "1. Thời gian nộp hồ sơ: từ ngày 15/02/2023.\n\nTRƯỞNG KHOA\n\nNguyễn Hữu Đặng\n"
        )
    )
    assert (h.issuer, h.issuer_parent) == ("Khoa Kinh tế Trường Đại học Cần Thơ", "Trường Đại học Cần Thơ")
    # A department (bộ môn) likewise.
    h = read_header(make_text("TRƯỜNG ĐẠI HỌC Y HÀ NỘI\nBỘ MÔN NỘI\n\nSố: 3/TB-BMN\n\n" + _MOTTO + "\nTHÔNG BÁO\nLịch trực\n\n1. Lịch.\n"))
    assert (h.issuer, h.issuer_parent) == ("Bộ môn Nội Trường Đại học Y Hà Nội", "Trường Đại học Y Hà Nội")
    assert recase("BỘ MÔN KỸ THUẬT PHẦN MỀM") == "Bộ môn Kỹ thuật phần mềm"
    # "KHOA HỌC …" under "TRƯỜNG ĐẠI HỌC" is the rest of the school's name broken over two lines.
    h = read_header(
        make_text(
            _decision(
                "TRƯỜNG ĐẠI HỌC\nKHOA HỌC XÃ HỘI VÀ NHÂN VĂN", "900/QĐ-XHNV", "Hà Nội", "Về việc cử cán bộ đi công tác",
                "HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC KHOA HỌC XÃ HỘI VÀ NHÂN VĂN",
            )
        )
    )
    assert (h.issuer, h.issuer_parent) == ("Trường Đại học Khoa học Xã hội và Nhân văn", None)


def test_university_and_its_school_on_one_line():
    for line, school, parent in (
        ("ĐẠI HỌC HUẾ TRƯỜNG ĐẠI HỌC KINH TẾ", "Trường Đại học Kinh tế", "Đại học Huế"),
        ("ĐẠI HỌC QUỐC GIA HÀ NỘI TRƯỜNG ĐẠI HỌC CÔNG NGHỆ", "Trường Đại học Công nghệ", "Đại học Quốc gia Hà Nội"),
        (
            "HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH HỌC VIỆN CHÍNH TRỊ KHU VỰC I",
            "Học viện Chính trị khu vực I",
            "Học viện Chính trị quốc gia Hồ Chí Minh",
        ),
    ):
        h = read_header(
            make_text(
                f"{line}\n\nSố: 512/TB-ĐHKT\n\n{_MOTTO}\nTHÔNG BÁO\nVề việc đăng ký học phần\n\n"
                "Căn cứ Kế hoạch đào tạo năm học 2020-2021, Phòng Đào tạo thông báo đến toàn thể sinh viên như sau:\n"
            )
        )
        assert (h.issuer, h.issuer_parent) == (school, parent), line
    # …with the motto beside it, a PDF copy's two columns merged on one line.
    h = read_header(
        make_text(
            "ĐẠI HỌC HUẾ TRƯỜNG ĐẠI HỌC KINH TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 512/TB-ĐHKT Thừa Thiên Huế, ngày 20 tháng 3 năm 2021\nTHÔNG BÁO\nVề việc đăng ký học phần học kỳ II\n"
            "Căn cứ Kế hoạch đào tạo năm học 2020-2021, Phòng Đào tạo đại học thông báo đến toàn thể sinh viên như sau:\n"
        )
    )
    assert (h.issuer, h.issuer_parent, h.title) == ("Trường Đại học Kinh tế", "Đại học Huế", "Về việc đăng ký học phần học kỳ II")
    # A body's own name that goes on after "ĐẠI HỌC" is no unit: "… CỦA TRƯỜNG …" stays whole.
    assert MERGED_UNIT.match("ĐẠI HỌC QUỐC GIA HÀ NỘI CỦA TRƯỜNG X") is None


def test_academy_named_by_a_field_that_names_no_school():
    assert recase("HỌC VIỆN NÔNG NGHIỆP VIỆT NAM") == "Học viện Nông nghiệp Việt Nam"
    assert recase("HỌC VIỆN CHÍNH TRỊ KHU VỰC II") == "Học viện Chính trị khu vực II"
    assert recase("HỌC VIỆN CHÍNH TRỊ CÔNG AN NHÂN DÂN") == "Học viện Chính trị công an nhân dân"
    assert recase("HỌC VIỆN QUÂN Y") == "Học viện Quân y"
    # Unchanged: a field that names schools, the Party's academy, a field of medicine.
    assert recase("HỌC VIỆN NGÂN HÀNG") == "Học viện Ngân hàng"
    assert recase("HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH") == "Học viện Chính trị quốc gia Hồ Chí Minh"
    assert recase("PHÒNG NGHIỆP VỤ Y") == "Phòng Nghiệp vụ Y"
    # A Roman numeral at the end of a name stays in capitals; "VI" opening a word is a syllable.
    assert recase("KIỂM TOÁN NHÀ NƯỚC KHU VỰC XII") == "Kiểm toán nhà nước khu vực XII"
    assert recase("VIỆN VI SINH VẬT") == "Viện Vi sinh vật"
    # Names a university's header carries.
    assert recase("BỘ CÔNG THƯƠNG") == "Bộ Công Thương"
    assert recase("TRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ NỘI 2") == "Trường Đại học Sư phạm Hà Nội 2"


def test_ocr_copy_without_marks_in_the_block_reads_the_authority_lines_spelling():
    h = read_header(
        make_text(
            _decision(
                "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐAI HOC SƯ PHAM KỸ THUÂT VINH", "88/QĐ-ĐHSPKTV", "Nghệ An",
                "Về việc thành lập Ban chỉ đạo công tác tuyển sinh năm 2019",
                "HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC SƯ PHẠM KỸ THUẬT VINH",
            )
        )
    )
    assert h.issuer == "Trường Đại học Sư phạm Kỹ thuật Vinh"
    assert h.title == "Về việc thành lập Ban chỉ đạo công tác tuyển sinh năm 2019"
    # The block keeps its own spelling when the authority line is the one that lost its marks.
    h = read_header(
        make_text(
            _decision(
                "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC VINH", "89/QĐ-ĐHV", "Nghệ An", "Về việc giao nhiệm vụ",
                "HIỆU TRƯỞNG TRƯỜNG ĐAI HOC VINH",
            )
        )
    )
    assert (h.issuer, h.title) == ("Trường Đại học Vinh", "Về việc giao nhiệm vụ")
    # Another body whose words differ is no authority: the line stays in the title.
    h = read_header(
        make_text(
            _decision(
                "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC VINH", "90/QĐ-ĐHV", "Nghệ An", "Về việc cử cán bộ đi học",
                "HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC Y VINH",
            )
        )
    )
    assert h.issuer == "Trường Đại học Vinh"
    assert h.title.endswith("HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC Y VINH")


def test_authority_line_forms_of_schools():
    # The office alone on its line above the body.
    h = read_header(
        make_text(
            _decision(
                "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC NGOẠI THƯƠNG", "500/QĐ-ĐHNT", "Hà Nội",
                "Về việc ban hành Quy định về đào tạo trình độ đại học\ntheo hệ thống tín chỉ của Trường Đại học Ngoại thương",
                "HIỆU TRƯỞNG\nTRƯỜNG ĐẠI HỌC NGOẠI THƯƠNG",
            )
        )
    )
    assert h.title == (
        "Về việc ban hành Quy định về đào tạo trình độ đại học theo hệ thống tín chỉ của Trường Đại học Ngoại thương"
    )
    # The school's parent named in short after a comma.
    h = read_header(
        make_text(
            _decision(
                "ĐẠI HỌC QUỐC GIA TP. HỒ CHÍ MINH\nTRƯỜNG ĐẠI HỌC KHOA HỌC TỰ NHIÊN", "3/QĐ-KHTN", "TP. Hồ Chí Minh",
                "Về việc ban hành Quy chế đào tạo trình độ đại học", "HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC KHOA HỌC TỰ NHIÊN, ĐHQG-HCM",
            )
        )
    )
    assert (h.issuer, h.title) == ("Trường Đại học Khoa học Tự nhiên", "Về việc ban hành Quy chế đào tạo trình độ đại học")
    # The school's kind written as its code in the block.
    h = read_header(
        make_text(
            _decision(
                "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐH SƯ PHẠM KỸ THUẬT\nTP. HỒ CHÍ MINH", "200/QĐ-ĐHSPKT", "TP. Hồ Chí Minh",
                "Về việc thành lập Hội đồng khoa học", "HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC SƯ PHẠM KỸ THUẬT TP. HỒ CHÍ MINH",
            )
        )
    )
    assert (h.issuer, h.issuer_parent) == ("Trường Đại học Sư phạm Kỹ thuật thành phố Hồ Chí Minh", "Bộ Giáo dục và Đào tạo")
    assert h.title == "Về việc thành lập Hội đồng khoa học"


def test_unions_and_youth_bodies_of_a_school():
    h = read_header(
        make_text(
            "CÔNG ĐOÀN GIÁO DỤC VIỆT NAM\nCÔNG ĐOÀN TRƯỜNG ĐẠI HỌC HUẾ\n\nSố: 25/KH-CĐ\n\n" + _MOTTO + "\nHuế, ngày 01 tháng 3 năm 2023\n\n"
            "KẾ HOẠCH\nTổ chức các hoạt động chào mừng ngày Quốc tế Phụ nữ 8/3\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Động viên đoàn viên.\n"
        )
    )
    assert (h.issuer, h.issuer_parent) == ("Công đoàn Trường Đại học Huế", "Công đoàn Giáo dục Việt Nam")
    assert recase("BCH ĐOÀN TRƯỜNG ĐẠI HỌC VINH") == "BCH Đoàn Trường Đại học Vinh"
    assert recase("BCH HỘI SINH VIÊN TRƯỜNG ĐẠI HỌC CẦN THƠ") == "BCH Hội Sinh viên Trường Đại học Cần Thơ"
    assert recase("CÔNG ĐOÀN CƠ SỞ TRƯỜNG THCS LÊ LỢI") == "Công đoàn cơ sở Trường THCS Lê Lợi"
    assert recase("CÔNG ĐOÀN SỞ Y TẾ") == "Công đoàn Sở Y tế"
    # Unchanged: a school's kind after "TRUNG HỌC CƠ SỞ", the provincial labour federation.
    assert recase("TRƯỜNG TRUNG HỌC CƠ SỞ LÊ LỢI") == "Trường Trung học cơ sở Lê Lợi"
    assert recase("LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ GIANG") == "Liên đoàn Lao động tỉnh Hà Giang"


def test_heading_that_opens_with_the_bodys_name_is_no_unit():
    # cites4_docs/20: a union's news item, its heading under its name.
    h = read_header(
        make_text(
            "CÔNG ĐOÀN TRUNG TÂM PHÁP Y TÂM THẦN KHU VỰC MIỀN TRUNG\n\n"
            "CÔNG ĐOÀN TRUNG TÂM PHÁP Y TÂM THẦN KHU VỰC MIỀN TRUNG CHĂM LO TẾT NGUYÊN ĐÁN ẤT TỴ 2025 CHO ĐOÀN VIÊN\n\n"
            "Thực hiện kế hoạch số 60/KH-CĐYT ngày 09/10/2024 của Ban Thường vụ Công đoàn Y tế Việt Nam về việc tổ chức "
            "chăm lo cho đoàn viên.\n"
        )
    )
    assert (h.issuer, h.issuer_parent) == ("Công đoàn Trung tâm Pháp y tâm thần khu vực miền Trung", None)


def test_title_ends_before_a_short_body_sentence_or_the_signatures_authority():
    h = read_header(
        make_text(
            "ĐẠI HỌC HUẾ\nTRƯỜNG ĐẠI HỌC KINH TẾ\n\nSố: 512/TB-ĐHKT\n\n" + _MOTTO + "\nThừa Thiên Huế, ngày 20 tháng 3 năm 2021\n"
            "THÔNG BÁO\nVề việc đăng ký học phần học kỳ II năm học 2020-2021\n\n"
            "Phòng Đào tạo đại học thông báo đến toàn thể sinh viên.\n\nTL. HIỆU TRƯỞNG\nTRƯỞNG PHÒNG ĐÀO TẠO\nLê Thị Hoa\n"
        )
    )
    assert h.title == "Về việc đăng ký học phần học kỳ II năm học 2020-2021"
    # recip9_docs/party.txt: the directive's one sentence under its title.
    h = read_header(
        make_text(
            "ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY NGHỆ AN\n*\nSố 45-CT/TU\nVinh, ngày 10 tháng 3 năm 2024\nCHỈ THỊ\n"
            "của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác phòng, chống tham nhũng\n"
            "Các cấp ủy, tổ chức đảng tổ chức quán triệt và thực hiện nghiêm Chỉ thị này.\nNơi nhận:\n- Lưu Văn phòng Tỉnh ủy.\n"
        )
    )
    # (the issuer's phrase "của Ban Thường vụ Tỉnh ủy" opens it, no part of the title: header.AUTHOR_OPENING)
    assert h.title == "về tăng cường lãnh đạo công tác phòng, chống tham nhũng"
    # A title's second line that ends with a full stop after a line that goes on is the title's.
    h = read_header(
        make_text(
            "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC TRÀ VINH\nSố: 45/TB-ĐHTV\n" + _MOTTO + "THÔNG BÁO\n"
            "Về việc lấy ý kiến góp ý dự thảo Quy chế chi tiêu nội bộ của\nTrường Đại học Trà Vinh năm học mới.\n\n"
            "Căn cứ Quy chế tổ chức và hoạt động của Trường, Nhà trường thông báo như sau:\n"
        )
    )
    assert h.title.endswith("Quy chế chi tiêu nội bộ của Trường Đại học Trà Vinh năm học mới")


_HEADLESS = (
    "QUYẾT ĐỊNH\nVề việc thành lập Hội đồng thi tuyển viên chức\n\n{authority}\n\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Thành lập Hội đồng.\n"
)


def test_copy_cut_above_its_title_takes_the_body_of_the_authority_not_the_office():
    for authority, issuer in (
        ("BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO", "Bộ Giáo dục và Đào tạo"),
        ("GIÁM ĐỐC ĐẠI HỌC QUỐC GIA HÀ NỘI", "Đại học Quốc gia Hà Nội"),
        ("**GIÁM ĐỐC ĐẠI HỌC QUỐC GIA HÀ NỘI**", "Đại học Quốc gia Hà Nội"),
        ("CHỦ TỊCH UBND TỈNH HÀ GIANG", "Ủy ban nhân dân tỉnh Hà Giang"),
        ("HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC THỦY LỢI", "Trường Đại học Thủy lợi"),
        # The Prime Minister issues in his own name.
        ("THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ"),
    ):
        h = read_header(make_text(_HEADLESS.format(authority=authority)))
        assert (h.issuer, h.title) == (issuer, "Về việc thành lập Hội đồng thi tuyển viên chức"), authority


def test_head_of_a_faculty_signs():
    from vanban.loaders.header import read_signer

    s = read_signer(make_text("1. Thời hạn đăng ký: trước ngày 15/12/2022.\n\nCHỦ NHIỆM KHOA\n\nNguyễn Thị Hoa\n"))
    assert (s.position, s.name) == ("Chủ nhiệm khoa", "Nguyễn Thị Hoa")
    # Two offices one holder holds stay one authority (d05_vpcp_cv).
    s = read_signer(make_text("- Lưu: VT.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nPhạm Mạnh Cường\n"))
    assert (s.authority, s.position) == ("KT. Bộ trưởng, Chủ nhiệm", "Phó Chủ nhiệm")


def test_header_on_one_line_without_its_so_line():
    # acc-header_docs/p06: a school inspection's report printed on one line, its header without a Số line.
    h = read_header(
        make_text(
            "UBND HUYỆN THÁI THỤY PHÒNG GIÁO DỤC & ĐÀO TẠO ------ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
            "Hạnh phúc Thụy Dương, ngày 07 tháng 12 năm 2010 BÁO CÁO KIỂM TRA THỰC HIỆN XÂY DỰNG TRƯỜNG THCS ĐẠT CHUẨN QUỐC "
            "GIA Đơn vị: Trường THCS Thụy Dương - Thực hiện theo Thông tư 06/2010/TT-BGDĐT ngày 26/02/2010 của Bộ GD&ĐT về "
            "việc ban hành Quy chế công nhận trường trung học cơ sở đạt chuẩn quốc gia; - Thời gian: ngày 07/12/2010.\n"
        )
    )
    assert (h.issuer, h.issuer_parent, h.date) == (
        "Phòng Giáo dục và Đào tạo huyện Thái Thụy",
        "Ủy ban nhân dân huyện Thái Thụy",
        "2010-12-07",
    )
    # A paragraph holding the motto's words and a date names no issuer.
    assert read_header(
        make_text(
            "Nhân dân tỉnh nhà đã chung tay xây dựng nước CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM giàu mạnh, " * 3
            + "và từ ngày 01 tháng 01 năm 2020 đến nay đã có nhiều đổi mới trong đời sống.\n"
        )
    ).issuer is None


def test_names_in_capitals_of_schools_and_hospitals():
    assert recase("PHÒNG GIÁO DỤC & ĐÀO TẠO") == "Phòng Giáo dục và Đào tạo"
    assert recase("CÔNG TY TNHH A & B") == "Công ty TNHH A & B"  # a company's name keeps its "&"
    assert recase("BỆNH VIỆN ĐA KHOA KHU VỰC HOÀNG SU PHÌ") == "Bệnh viện Đa khoa khu vực Hoàng Su Phì"
    assert recase("BỆNH VIỆN ĐA KHOA NÀ CHÌ") == "Bệnh viện Đa khoa Nà Chì"
    assert recase("ĐOÀN TRƯỜNG THCS&THPT LONG HƯNG") == "Đoàn Trường THCS&THPT Long Hưng"
    assert recase("ĐOÀN CÔNG TÁC SỐ 1") == "Đoàn công tác số 1"
    # cites5_docs/d14: a school's Youth Union's plan, its name alone above the title.
    h = read_header(
        make_text(
            "ĐOÀN TRƯỜNG THCS&THPT LONG HƯNG\n\nKế hoạch Tháng Thanh niên năm 2021\n\nCăn cứ kế hoạch số 203-KH/ĐTN, ngày "
            "04/02/2021 của Huyện Đoàn Mỹ Tú về việc thực hiện Tháng Thanh niên năm 2021;\n"
        )
    )
    assert h.issuer == "Đoàn Trường Trung học cơ sở và Trung học phổ thông Long Hưng"


def test_academy_or_faculty_announcing_in_a_copy_without_header():
    for sentence, issuer in (
        ("Học viện Ngân hàng thông báo đến sinh viên hệ chính quy về việc đăng ký học phần học kỳ hè như sau:", "Học viện Ngân hàng"),
        ("Khoa Kinh tế thông báo lịch bảo vệ khóa luận tốt nghiệp của sinh viên khóa 45 như sau:", "Khoa Kinh tế"),
        # "Khoa học" is no faculty.
        ("Khoa học công nghệ thông báo nhiều tiến bộ như sau:", None),
    ):
        h = read_header(make_text(f"THÔNG BÁO\nVề việc đăng ký học phần\n\n{sentence}\n1. Thời gian: từ ngày 01/6/2023.\n"))
        assert h.issuer == issuer, sentence


def test_title_ends_where_a_body_numbered_with_a_dash_or_a_slash_opens():
    # tasks9_docs/p23: "I- MỤC ĐÍCH, YÊU CẦU" / "1- Quán triệt …".
    h = read_header(
        make_text(
            "HUYỆN ỦY BA BỂ\nSố: 45-KH/HU\nBa Bể, ngày 10 tháng 5 năm 2024\n\nKẾ HOẠCH\nThực hiện Chỉ thị số 25-CT/TW\n\n"
            "I- MỤC ĐÍCH, YÊU CẦU\n1- Quán triệt sâu sắc nội dung Chỉ thị.\nII- NHIỆM VỤ, GIẢI PHÁP\n"
        )
    )
    assert h.title == "Thực hiện Chỉ thị số 25-CT/TW"
    h = read_header(make_text("ỦY BAN NHÂN DÂN XÃ LƯƠNG SƠN\nSố: 16/KH-UBND\n\nKẾ HOẠCH\nPhòng chống thiên tai năm 2024\n\nI/ MỤC ĐÍCH, YÊU CẦU\n1/ Nâng cao nhận thức.\n"))
    assert h.title == "Phòng chống thiên tai năm 2024"
    # cites5_docs/d13: a PDF copy broke the body's first line after its first word.
    h = read_header(
        make_text(
            "BCH ĐOÀN HUYỆN\nTHỌ XUÂN\n***\nSố: 46-KH/ĐTN\nThọ Xuân, ngày 25 tháng 02 năm 2015\n\nKẾ HOẠCH\n"
            "Tổ chức hoạt động Tháng Thanh niên 2015\n-------------------\nThực\nhiện chương trình công tác Đoàn và phong "
            "trào thanh thiếu nhi năm 2015 của BCH Huyện Đoàn Thọ Xuân khoá XXIV;\n"
        )
    )
    assert h.title == "Tổ chức hoạt động Tháng Thanh niên 2015"


def test_subject_beside_the_addressees_in_a_text_copy_of_the_headers_table():
    # recip9_docs/kb1: the trích yếu and "Kính gửi" side by side, columns set apart by spaces.
    h = read_header(
        make_text(
            "ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "  TỈNH QUẢNG NAM                             Độc lập - Tự do - Hạnh phúc\n"
            "    Số: 1234/UBND-KGVX                Quảng Nam, ngày 12 tháng 5 năm 2024\n"
            "V/v triển khai công tác phòng,       Kính gửi: - Sở Y tế;\n"
            "chống dịch bệnh mùa hè năm 2024                 - Sở Tài chính;\n\n"
            "   UBND tỉnh yêu cầu các đơn vị triển khai thực hiện./.\n"
        )
    )
    assert h.title == "V/v triển khai công tác phòng, chống dịch bệnh mùa hè năm 2024"


def test_authority_line_spells_the_name_the_ocr_copy_misspelled_in_the_block():
    # acc-header_docs/p22: "THÀNH PHHỒ CHÍ MINH" in the block, the authority line under the caps title whole.
    h = read_header(
        make_text(
            "ỦY BAN NHÂN DÂN\nTHÀNH PHHỒ CHÍ MINH\n-------\n\n" + _MOTTO + "---------------\n\nSố: 5157/QĐ-UBND\n\n"
            "Thành phố Hồ Chí Minh, ngày 30 tháng 9 năm 2016\n\nQUYẾT ĐỊNH\n\nBAN HÀNH QUY ĐỊNH VỀ THƯ XIN LỖI TRONG "
            "TRƯỜNG HỢP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TRỄ HẠN TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH\n\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
        )
    )
    assert h.issuer == "Ủy ban nhân dân thành phố Hồ Chí Minh"
    assert h.title.endswith("TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH")


def test_web_copys_heading_with_the_type_in_lower_case():
    # cites5_docs/d14 and cites3_docs/d21: the document's type in lower case, then its title, above the body.
    h = read_header(
        make_text(
            "ĐOÀN TRƯỜNG THCS&THPT LONG HƯNG\n\nKế hoạch Tháng Thanh niên năm 2021\n\nCăn cứ kế hoạch số 203-KH/ĐTN, ngày "
            "04/02/2021 của Huyện Đoàn Mỹ Tú về việc thực hiện Tháng Thanh niên năm 2021;\n"
        )
    )
    assert (h.doc_type, h.title) == ("Kế hoạch", "Tháng Thanh niên năm 2021")
    h = read_header(
        make_text(
            "Kế hoạch Chương trình MTQG Nước sạch & VSMT nông thôn tỉnh Hà Nam năm 2014\n\nThực hiện Công văn số "
            "2191/BNN-TCTL ngày 03 tháng 7 năm 2013 của Bộ Nông nghiệp & PTNT, Ban điều hành Chương trình xây dựng kế hoạch "
            "thực hiện Chương trình năm 2014 của tỉnh với các nội dung sau:\n"
        )
    )
    assert (h.doc_type, h.title) == ("Kế hoạch", "Chương trình MTQG Nước sạch & VSMT nông thôn tỉnh Hà Nam năm 2014")
    # A reference, a sentence or the header's date line is no heading.
    for line in (
        "Kế hoạch số 12/KH-UBND ngày 10/3/2023 của Ủy ban nhân dân huyện",
        "Kế hoạch Tháng Thanh niên được triển khai tới các chi đoàn.",
        "Thông báo Khẩn ngày 18/10/2020",
    ):
        h = read_header(make_text(f"{line}\n\nKính gửi: Hiệu trưởng các trường.\n\nDo tình trạng ngập lụt, đề nghị các trường cho học sinh nghỉ học.\n"))
        assert h.title is None, line


def test_ocr_l_for_capital_i_in_the_issuer_block():
    h = read_header(
        make_text(
            _decision(
                "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐAl HỌC VlNH", "7/QĐ-ĐHV", "Nghệ An", "Về việc giao nhiệm vụ",
                "HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC VINH",
            )
        )
    )
    # Not the ministry above it: the school, spelled as the authority line writes it.
    assert (h.issuer, h.issuer_parent, h.title) == ("Trường Đại học Vinh", "Bộ Giáo dục và Đào tạo", "Về việc giao nhiệm vụ")
    h = read_header(make_text("SỞ Y TẾ HÀ NỘl\n\nSố: 12/KH-SYT\n\n" + _MOTTO + "\nKẾ HOẠCH\nPhòng chống dịch năm 2023\n\nI. MỤC ĐÍCH\n"))
    assert h.issuer == "Sở Y tế thành phố Hà Nội"


def test_signers_name_with_a_web_copys_signed_mark():
    from vanban.loaders.header import read_signer

    for name_line in ("Nguyễn Văn An (Đã ký)", "PGS.TS. Nguyễn Văn An (đã ký)", "Nguyễn Văn An (ký và đóng dấu)"):
        s = read_signer(make_text(f"- Lưu: VT.\n\nKT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n\n{name_line}\n"))
        assert (s.authority, s.position, s.name) == ("KT. Hiệu trưởng", "Phó Hiệu trưởng", "Nguyễn Văn An"), name_line


def test_office_alone_under_a_title_in_lower_case_ends_it():
    h = read_header(
        make_text(
            _decision("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC CẦN THƠ", "12/QĐ-ĐHCT", "Cần Thơ", "Về việc giao nhiệm vụ", "HIỆU TRƯỞNG")
        )
    )
    assert (h.issuer, h.title) == ("Trường Đại học Cần Thơ", "Về việc giao nhiệm vụ")
    # In a caps title the office may be the title's last words: kept.
    h = read_header(
        make_text(_decision("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC CẦN THƠ", "13/QĐ-ĐHCT", "Cần Thơ", "VỀ VIỆC GIAO NHIỆM VỤ CHO", "HIỆU TRƯỞNG"))
    )
    assert h.title == "VỀ VIỆC GIAO NHIỆM VỤ CHO HIỆU TRƯỞNG"


def test_copy_without_header_whose_signature_names_the_school():
    for signature, issuer in (
        ("KT. HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC VINH\nPHÓ HIỆU TRƯỞNG", "Trường Đại học Vinh"),
        ("KT. GIÁM ĐỐC HỌC VIỆN NGÂN HÀNG\nPHÓ GIÁM ĐỐC", "Học viện Ngân hàng"),
        ("TL. GIÁM ĐỐC ĐẠI HỌC HUẾ\nCHÁNH VĂN PHÒNG", "Đại học Huế"),
        # A kind alone, or an office alone, names no school.
        ("TM. TRƯỜNG ĐẠI HỌC\nHIỆU TRƯỞNG", None),
        ("KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG", None),
    ):
        h = read_header(
            make_text(
                "THÔNG BÁO\nVề việc nghỉ học\n\n1. Sinh viên nghỉ học từ ngày 1/6.\n\nNơi nhận:\n- Lưu: VT.\n\n"
                f"{signature}\n\nNguyễn Văn A\n"
            )
        )
        assert h.issuer == issuer, signature


def test_authority_line_writes_the_city_or_the_schools_kind_in_short():
    for block, authority in (
        ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC KINH TẾ\nTHÀNH PHỐ HỒ CHÍ MINH", "HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC KINH TẾ TP.HCM"),
        ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC KINH TẾ TP. HCM", "HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC KINH TẾ THÀNH PHỐ HỒ CHÍ MINH"),
    ):
        h = read_header(make_text(_decision(block, "12/QĐ-ĐHKT", "TP. Hồ Chí Minh", "Về việc giao nhiệm vụ", authority)))
        assert (h.issuer, h.title) == ("Trường Đại học Kinh tế thành phố Hồ Chí Minh", "Về việc giao nhiệm vụ"), authority
    h = read_header(
        make_text(_decision("BỘ Y TẾ\nTRƯỜNG ĐẠI HỌC Y DƯỢC CẦN THƠ", "5/QĐ-ĐHYDCT", "Cần Thơ", "Về việc giao nhiệm vụ", "HIỆU TRƯỞNG TRƯỜNG ĐH Y DƯỢC CẦN THƠ"))
    )
    assert (h.issuer, h.title) == ("Trường Đại học Y Dược Cần Thơ", "Về việc giao nhiệm vụ")
    # The city's initials are expanded in a body's name.
    from vanban.loaders.names import canonical_org

    assert canonical_org("UBND TP.HCM") == "Ủy ban nhân dân thành phố Hồ Chí Minh"


# ---------------------------------------------------------------------------- a central body's document has no province


def test_a_ministry_letter_dated_in_ha_noi_is_no_province_s():
    # "Hà Nội, ngày …" is where a ministry sits, not whose its "Sở Y tế các tỉnh, thành phố" are.
    raw = (
        "BỘ Y TẾ\nSố: 4210/BYT-KCB\nV/v báo cáo công tác khám bệnh\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 24 tháng 7 năm 2020\n\n"
        "Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương.\n\n"
        "Bộ Y tế đề nghị Sở Y tế các tỉnh, thành phố báo cáo kết quả về Bộ Y tế trước ngày 29/7/2020.\n"
    )
    r = extract(make_text(raw))
    assert (r.document.issuer, r.document.place, r.document.province) == ("Bộ Y tế", "Hà Nội", None)
    assert all("Hà Nội" not in (d.from_ or "") for d in r.reports_to)


def test_a_city_s_own_document_keeps_its_province():
    raw = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 64/2024/QĐ-UBND\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 10 tháng 9 năm 2024\n\n"
        "QUYẾT ĐỊNH\nVề việc ban hành Quy định\n"
    )
    assert extract(make_text(raw)).document.province == "Hà Nội"


def test_the_national_assembly_s_standing_committee_is_a_central_body():
    raw = (
        "ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Nghị quyết số: 653/2019/UBTVQH14\n\nHà Nội, ngày 12 tháng 3 năm 2019\n\nNGHỊ QUYẾT\nVề việc sắp xếp các đơn vị hành chính\n"
    )
    h = extract(make_text(raw)).document
    assert (h.issuer, h.place, h.province) == ("Ủy ban Thường vụ Quốc hội", "Hà Nội", None)
