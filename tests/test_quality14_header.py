"""Header, round 14: errors seen on whole documents from sources new to the project (a benchmark's
ground truth of central-government and Hà Nội documents, a metadata extractor's test documents):
a place line under a trích yếu that ends in a name, and a signer's authority naming two offices.
Fragments written in the style of those documents."""

from __future__ import annotations

from vanban.loaders.header import _position_case, _unglued_signature, read_header
from vanban.loaders.names import canonical_org
from vanban.loaders.text import make_text

# A Công văn of the government's office: its trích yếu ends with a place's name ("Long Thành") on the
# line above the place line.
OFFICE_LETTER = (
    "VĂN PHÒNG CHÍNH PHỦ\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 3722/VPCP-CN\n"
    "V/v cơ chế đặc thù đối với Dự án kéo dài tuyến Metro đến Cảng hàng không quốc tế Long Thành\n\n"
    "Hà Nội, ngày 28 tháng 4 năm 2026\n\nKính gửi:\n- Các Bộ: Công an, Tư pháp;\n- Ủy ban nhân dân tỉnh Đồng Nai.\n\n"
    "Văn phòng Chính phủ thông báo để các Bộ, cơ quan biết, thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, CN.\n\n"
    "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nPhạm Mạnh Cường\n"
)


def test_place_line_under_a_trich_yeu_ending_in_a_name():
    h = read_header(make_text(OFFICE_LETTER))
    assert (h.doc_type, h.number, h.symbol, h.date, h.place) == ("Công văn", "3722", "VPCP-CN", "2026-04-28", "Hà Nội")
    assert h.issuer == "Văn phòng Chính phủ"
    assert h.province is None  # a central body's letter is no province's, wherever it is dated (quality19 header)


def test_place_broken_over_two_short_lines_is_read_whole():
    # The city's name broken by a narrow column (corpus 006: "Thành phố Hồ Chí" / "Minh, ngày …").
    for lines, place in (
        ("Thành phố Hồ Chí\nMinh, ngày 18 tháng 11 năm 2025", "Hồ Chí Minh"),
        ("Quảng\nNinh, ngày 16 tháng 12 năm 2025", "Quảng Ninh"),
    ):
        h = read_header(
            make_text(
                "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                f"Số: 12/KH-UBND\n{lines}\nKẾ HOẠCH\nTriển khai Luật Việc làm\nCăn cứ Luật Việc làm;\n"
            )
        )
        assert h.place == place


def test_authority_naming_two_offices_keeps_each_ones_case():
    h = read_header(make_text(OFFICE_LETTER))
    assert h.signer is not None
    assert (h.signer.name, h.signer.position, h.signer.authority) == ("Phạm Mạnh Cường", "Phó Chủ nhiệm", "KT. Bộ trưởng, Chủ nhiệm")
    assert _position_case("BỘ TRƯỞNG, CHỦ NHIỆM") == "Bộ trưởng, Chủ nhiệm"
    # A title with a body after it is unchanged.
    assert _position_case("BỘ TRƯỞNG BỘ Y TẾ") == "Bộ trưởng Bộ Y tế"


def test_signature_whose_lines_a_copy_ran_together():
    # A legal library's copy: "KT. BỘ TRƯỞNGTHỨ TRƯỞNGNguyễn Viết Tiến" on one line.
    h = read_header(
        make_text(
            "BỘ Y TẾ-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc ---------------\n"
            "Số: 7482/QĐ-BYT\nHà Nội, ngày 18 tháng 12 năm 2018\nQUYẾT ĐỊNH\nBAN HÀNH BỘ TIÊU CHÍ CHẤT LƯỢNG\n"
            "BỘ TRƯỞNG BỘ Y TẾ\nCăn cứ Luật Khám bệnh, chữa bệnh;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành.\n"
            "Nơi nhận: - Như Điều 5;- Bộ trưởng (để báo cáo);- Lưu: VT, KCB.\nKT. BỘ TRƯỞNGTHỨ TRƯỞNGNguyễn Viết Tiến\n"
            "BỘ TIÊU CHÍ CHẤT LƯỢNG\n"
        )
    )
    assert h.signer is not None
    assert (h.signer.name, h.signer.position, h.signer.authority) == ("Nguyễn Viết Tiến", "Thứ trưởng", "KT. Bộ trưởng")
    assert _unglued_signature("KT. GIÁM ĐỐCPHÓ GIÁM ĐỐC") == "KT. GIÁM ĐỐC | PHÓ GIÁM ĐỐC"
    # Nothing glued, nothing cut.
    assert _unglued_signature("KT. CHỦ TỊCH PHÓ CHỦ TỊCH") is None
    assert _unglued_signature("TM. ỦY BAN NHÂN DÂN") is None


def test_acronyms_keep_their_capitals_in_a_name():
    # A word in capitals without a vowel is an acronym: "FPT", "VNPT"; a word is recased.
    assert canonical_org("CÔNG TY TNHH FPT SMART CLOUD") == "Công ty TNHH FPT Smart Cloud"
    assert canonical_org("SỞ Y TẾ") == "Sở Y tế"
    assert canonical_org("ỦY BAN NHÂN DÂN XÃ LŨNG CÚ") == "Ủy ban nhân dân xã Lũng Cú"


def test_copy_opening_with_the_authority_names_the_body_it_heads():
    # An enterprise's decision whose chunk lost the issuer block: the authority line after the title.
    h = read_header(
        make_text(
            "QUYẾT ĐỊNH Về việc ủy quyền Cán bộ\nTỔNG GIÁM ĐỐC CÔNG TY TNHH FPT SMART CLOUD\n"
            "- Căn cứ Bộ Luật Dân sự số 91/2015/QH13;\n- Căn cứ Điều lệ Công ty TNHH FPT Smart Cloud;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ủy quyền cho Bà Đỗ Kim Hoa.\n"
        )
    )
    assert h.issuer == "Công ty TNHH FPT Smart Cloud"


def test_youth_unions_name_above_its_central_committee():
    # "ĐOÀN TNCS HỒ CHÍ MINH" written above "BAN CHẤP HÀNH TRUNG ƯƠNG" (not beside it): the Union's
    # central committee, as when it is beside; no Party committee.
    for top in (
        "ĐOÀN TNCS HỒ CHÍ MINH\nBAN CHẤP HÀNH TRUNG ƯƠNG\n***\n",
        "BAN CHẤP HÀNH TRUNG ƯƠNG                ĐOÀN TNCS HỒ CHÍ MINH\n***\n",
    ):
        h = read_header(
            make_text(
                top + "Số: 123-KH/TWĐTN-PT\nHà Nội, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2024\n"
                "Thực hiện Chương trình công tác Đoàn;\n"
            )
        )
        assert (h.doc_type, h.number, h.symbol) == ("Kế hoạch", "123", "KH/TWĐTN-PT")
        assert (h.issuer, h.issuer_parent) == ("Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", None)


def test_body_after_a_party_unit_keeps_its_own_case():
    assert canonical_org("ĐẢNG ỦY TRƯỜNG CHÍNH TRỊ TỈNH") == "Đảng ủy Trường Chính trị tỉnh"
    assert canonical_org("ĐẢNG ỦY HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH") == "Đảng ủy Học viện Chính trị quốc gia Hồ Chí Minh"
    assert canonical_org("HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH") == "Học viện Chính trị quốc gia Hồ Chí Minh"
    assert canonical_org("ĐẢNG ỦY TRƯỜNG CAO ĐẲNG Y TẾ") == "Đảng ủy Trường Cao đẳng Y tế"
    assert canonical_org("ĐẢNG ỦY BỆNH VIỆN ĐA KHOA TỈNH") == "Đảng ủy Bệnh viện Đa khoa tỉnh"
    assert canonical_org("BAN CHẤP HÀNH ĐOÀN CÔNG AN TỈNH") == "Ban Chấp hành Đoàn Công an tỉnh"
    # The Party's own bodies are unchanged.
    assert canonical_org("ĐẢNG BỘ TỈNH HÀ GIANG") == "Đảng bộ tỉnh Hà Giang"
    assert canonical_org("ĐẢNG ỦY BỘ Y TẾ") == "Đảng ủy Bộ Y tế"
    h = read_header(
        make_text(
            "ĐẢNG BỘ TỈNH HÀ GIANG\nĐẢNG ỦY TRƯỜNG CHÍNH TRỊ TỈNH\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 12-NQ/ĐU\n"
            "Hà Giang, ngày 05 tháng 3 năm 2024\nNGHỊ QUYẾT\nVề nhiệm vụ năm 2024\nCăn cứ Điều lệ Đảng;\n"
        )
    )
    assert (h.issuer, h.issuer_parent) == ("Đảng ủy Trường Chính trị tỉnh Hà Giang", "Đảng bộ tỉnh Hà Giang")


def test_place_of_a_date_line_left_blank():
    # A copy signed digitally leaves its date blank; its place is still the document's.
    h = read_header(
        make_text(
            "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: /TB-UBND\n\nHà Nội, ngày tháng năm\n\nTHÔNG BÁO\nVề việc treo cờ Tổ quốc\n\nNhân dịp Đại hội.\n"
        )
    )
    assert (h.doc_type, h.symbol, h.date, h.place) == ("Thông báo", "TB-UBND", None, "Hà Nội")
    assert h.issuer == "Ủy ban nhân dân thành phố Hà Nội"
    # A year after it is a date, read as before.
    h = read_header(make_text("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: /QĐ-UBND\nHà Nội, ngày tháng năm 2026\nQUYẾT ĐỊNH\nPhê duyệt\n"))
    assert (h.date, h.place) == ("2026", "Hà Nội")
