"""Header, round 10: a title that a preamble in list items or a paragraph opening with no body
word follows, the casing of a signer's position that names the unit headed, and the names of
bodies in a commune's or a city's document (a commune's organs named by level, a city's Party
committee, the head of a department, a level of bodies, a field written without its dash).
Fragments quoted from the corpus (file named in each test) or written in the same style."""

from __future__ import annotations

from vanban.loaders.citations import find_citations
from vanban.loaders.header import read_header, read_signer
from vanban.loaders.names import canonical_org, recase
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

# A commune's Kế hoạch whose preamble is a list of "- Căn cứ" items (written in the style of the
# communes' documents after the 2025 reorganisation).
COMMUNE_PLAN = """ỦY BAN NHÂN DÂN XÃ ĐỨC TÂN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 120/KH-UBND
Đức Tân, ngày 12 tháng 9 năm 2025

KẾ HOẠCH
Triển khai công tác chuyển đổi số năm 2025 trên địa bàn xã
- Căn cứ Kế hoạch số 45/KH-UBND ngày 14/02/2025 của UBND tỉnh Quảng Ngãi về chuyển đổi số;
- Căn cứ Nghị quyết số 05/NQ-HĐND ngày 10/01/2025 của HĐND xã Đức Tân;
Ủy ban nhân dân xã xây dựng kế hoạch như sau:
I. MỤC ĐÍCH
1. Thực hiện Kế hoạch số 30/KH-UBND ngày 01/3/2025 của UBND xã.
"""

# A Party committee's Kế hoạch whose first paragraph opens with no body word.
PARTY_PLAN = """ĐẢNG BỘ HUYỆN MỘ ĐỨC
ĐẢNG ỦY XÃ ĐỨC TÂN
*
Số: 15-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Đức Tân, ngày 10 tháng 9 năm 2025

KẾ HOẠCH
Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Đức Tân lần thứ I, nhiệm kỳ 2025 - 2030
Đại hội đại biểu Đảng bộ xã Đức Tân lần thứ I, nhiệm kỳ 2025 - 2030 đã thông qua Nghị quyết Đại hội. Để tổ chức thực hiện thắng lợi Nghị quyết Đại hội, Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
"""


def test_title_ends_before_a_preamble_in_list_items():
    h = read_header(make_text(COMMUNE_PLAN))
    assert h.title == "Triển khai công tác chuyển đổi số năm 2025 trên địa bàn xã"


def test_preamble_items_are_not_read_as_the_title_instruments():
    text = make_text(COMMUNE_PLAN)
    h = read_header(text)
    cited = {c.surface: c for c in find_citations(text, h)}
    # Each instrument is read once, from the body, where its issuer is named.
    assert cited["Kế hoạch số 45/KH-UBND ngày 14/02/2025"].issuer == "Ủy ban nhân dân tỉnh Quảng Ngãi"
    # "của UBND xã" in the commune's own document: the commune's committee, by name.
    assert cited["Kế hoạch số 30/KH-UBND ngày 01/3/2025"].issuer == "Ủy ban nhân dân xã Đức Tân"


def test_title_ends_before_a_paragraph_of_two_sentences():
    h = read_header(make_text(PARTY_PLAN))
    assert h.title == "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Đức Tân lần thứ I, nhiệm kỳ 2025 - 2030"


def test_title_ends_before_an_introduction_ending_with_a_colon():
    h = read_header(make_text(
        "ỦY BAN NHÂN DÂN\nHUYỆN ĐỒNG VĂN\nSố: 27/KH-UBND\nĐồng Văn, ngày 03 tháng 3 năm 2025\nKẾ HOẠCH\n"
        "Thực hiện công tác dân vận chính quyền\ntrên địa bàn huyện năm 2025\n"
        "Ủy ban nhân dân huyện xây dựng Kế hoạch thực hiện như sau:\nI. MỤC ĐÍCH\n"
    ))
    assert h.title == "Thực hiện công tác dân vận chính quyền trên địa bàn huyện năm 2025"


def test_wrapped_title_lines_and_abbreviations_do_not_end_a_title():
    # "TP. Hồ Chí Minh" is no sentence end; a short last line ending with "." is still the title's.
    h = read_header(make_text(
        "SỞ Y TẾ\nSố: 12/KH-SYT\nngày 03 tháng 3 năm 2025\nKẾ HOẠCH\nTriển khai tiêm chủng tại các trạm y tế\n"
        "trên địa bàn TP. Hồ Chí Minh năm 2025.\nI. MỤC ĐÍCH\n"
    ))
    assert h.title == "Triển khai tiêm chủng tại các trạm y tế trên địa bàn TP. Hồ Chí Minh năm 2025"


CLOSING = "KẾ HOẠCH\nTriển khai\nI. NỘI DUNG\n1. Tổ chức.\nNơi nhận:\n- Như trên;\n- Lưu VT.\n"


def test_position_of_a_head_keeps_the_units_name():
    s = read_signer(make_text(CLOSING + "TUQ. GIÁM ĐỐC\nTRƯỞNG PHÒNG NGHIỆP VỤ Y\nNguyễn Văn An\n"))
    assert (s.authority, s.position, s.name) == ("TUQ. Giám đốc", "Trưởng phòng Nghiệp vụ Y", "Nguyễn Văn An")
    s = read_signer(make_text(CLOSING + "TUQ. CHỦ TỊCH\nTRƯỞNG PHÒNG LAO ĐỘNG - TB&XH\nTrần Văn Bình\n"))
    assert s.position == "Trưởng phòng Lao động - TB&XH"
    s = read_signer(make_text(CLOSING + "TL. BAN THƯỜNG VỤ\nPHÓ TRƯỞNG BAN TUYÊN GIÁO\nHà Văn Dũng\n"))
    assert s.position == "Phó Trưởng ban Tuyên giáo"
    # A head with no unit named, as before.
    s = read_signer(make_text(CLOSING + "TM. TIỂU BAN\nTRƯỞNG TIỂU BAN\nNguyễn Văn Hoàn\n"))
    assert s.position == "Trưởng tiểu ban"


def test_presidium_of_a_front_committee_is_doan_chu_tich():
    s = read_signer(make_text(CLOSING + "TM. ĐOÀN CHỦ TỊCH\nCHỦ TỊCH\nLê Văn Bình\n"))
    assert (s.authority, s.position) == ("TM. Đoàn Chủ tịch", "Chủ tịch")


COMMUNE = Header(issuer="Ủy ban nhân dân xã Đức Tân", province="Quảng Ngãi", place="Đức Tân")


def test_commune_organs_named_by_level_take_the_communes_name():
    assert canonical_org("UBND xã", COMMUNE) == "Ủy ban nhân dân xã Đức Tân"
    assert canonical_org("Ban Thường vụ Đảng ủy xã", COMMUNE) == "Ban Thường vụ Đảng ủy xã Đức Tân"
    assert canonical_org("Trạm Y tế xã", COMMUNE) == "Trạm Y tế xã Đức Tân"
    # Levels and plurals are not the commune: "cấp xã", "các xã", "thị xã".
    assert canonical_org("UBND cấp xã", COMMUNE) == "Ủy ban nhân dân cấp xã"
    assert canonical_org("UBND các xã", COMMUNE) == "Ủy ban nhân dân các xã"
    assert canonical_org("UBND thị xã", COMMUNE) == "Ủy ban nhân dân thị xã"
    # Outside a commune's document "UBND xã" stays as written.
    assert canonical_org("UBND xã", Header(issuer="Ủy ban nhân dân huyện Mộ Đức", province="Quảng Ngãi")) == "Ủy ban nhân dân xã"


def test_commune_of_a_front_committees_document():
    # corpus 055 (HD of the BTT Ủy ban MTTQ xã Lương Minh): "Ban Thường trực Ủy ban MTTQ Việt Nam xã".
    h = Header(
        issuer="Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh",
        issuer_parent="Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh",
        province="Quảng Ninh",
        place="Lương Minh",
    )
    assert canonical_org("Ban Thường trực Ủy ban MTTQ Việt Nam xã", h) == (
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh"
    )


def test_city_party_committee_of_a_city_below_its_province():
    # Not "Thành ủy Đắk Lắk": Đắk Lắk is a province; its city's committee is Buôn Ma Thuột's.
    h = Header(issuer="Thành ủy Buôn Ma Thuột", issuer_parent="Đảng bộ tỉnh Đắk Lắk", province="Đắk Lắk", place="Buôn Ma Thuột")
    assert canonical_org("Ban Thường vụ Thành ủy", h) == "Ban Thường vụ Thành ủy Buôn Ma Thuột"
    # The header names no city; the place line does.
    h = Header(issuer="Ban Tuyên giáo Thành ủy", province="Đắk Lắk", place="Buôn Ma Thuột")
    assert canonical_org("Ban Thường vụ Thành ủy", h) == "Ban Thường vụ Thành ủy Buôn Ma Thuột"
    # No city known: left as written rather than given the province.
    h = Header(issuer="Sở Y tế tỉnh Đắk Lắk", province="Đắk Lắk", place="Đắk Lắk")
    assert canonical_org("Ban Thường vụ Thành ủy", h) == "Ban Thường vụ Thành ủy"
    # A centrally-run city's committee is the city's (corpus 004, 008).
    assert canonical_org("Thường trực Thành ủy", Header(province="Cần Thơ", place="Cần Thơ")) == "Thường trực Thành ủy Cần Thơ"


def test_head_of_a_department_is_qualified_as_the_department():
    # corpus 042 (CV 4240/UBND-VX Hồ Chí Minh): "theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình …".
    hcm = Header(issuer="Ủy ban nhân dân thành phố Hồ Chí Minh", province="Hồ Chí Minh")
    assert canonical_org("Giám đốc Sở Nội vụ", hcm) == "Giám đốc Sở Nội vụ thành phố Hồ Chí Minh"
    assert canonical_org("Ban Giám đốc Sở Y tế", Header(province="Hà Giang")) == "Ban Giám đốc Sở Y tế tỉnh Hà Giang"


def test_level_of_bodies_is_not_the_province():
    # corpus 027, 028 (Nghệ An): "Các sở, ban, ngành cấp tỉnh", "Sở, ban, ngành cấp tỉnh".
    nghe_an = Header(issuer="Ủy ban nhân dân tỉnh Nghệ An", province="Nghệ An")
    assert canonical_org("Các sở, ban, ngành cấp tỉnh", nghe_an) == "Các sở, ban, ngành cấp tỉnh"
    assert canonical_org("UBND cấp huyện", Header(province="Hà Giang", district="Đồng Văn")) == "Ủy ban nhân dân cấp huyện"
    assert canonical_org("UBND tỉnh", nghe_an) == "Ủy ban nhân dân tỉnh Nghệ An"


def test_field_written_without_its_dash_takes_the_official_name():
    long_an = Header(province="Long An")
    assert canonical_org("Sở Lao động thương binh và Xã hội", long_an) == "Sở Lao động - Thương binh và Xã hội tỉnh Long An"
    assert canonical_org("SỞ LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI", long_an) == "Sở Lao động - Thương binh và Xã hội tỉnh Long An"
    assert recase("PHÒNG LAO ĐỘNG - TB&XH") == "Phòng Lao động - TB&XH"
    assert recase("PHÒNG NGHIỆP VỤ Y") == "Phòng Nghiệp vụ Y"


# OCR copies of Công văn (written in the style of the corpus' OCR copy of a Long An Sở, 2010).
def _cong_van(lines: str) -> Header:
    return read_header(make_text(lines))


def test_number_line_without_its_slash():
    h = _cong_van(
        "UBND TỈNH LONG AN\nSỞ NỘI VỤ\nSố : *44* DN-UBND\nTân An, ngày 02 tháng 5 năm 2010\n"
        "V/v báo cáo số lượng cán bộ\nKính gửi: Các sở, ban, ngành tỉnh.\n"
    )
    assert (h.number, h.symbol) == ("44", "DN-UBND")
    assert h.issuer == "Sở Nội vụ tỉnh Long An"
    # Capitals that are no code after the number are no symbol, and no number is read with them.
    h = _cong_van("UBND TỈNH LONG AN\nSỞ NỘI VỤ\nSố : 44 TRƯỜNG-HỌC\nTân An, ngày 02 tháng 5 năm 2010\n")
    assert h.symbol is None


def test_subject_mark_written_oddly():
    for written in ('"Vv báo cáo số lượng cán bộ"', "V / v báo cáo số lượng cán bộ", "V/ v báo cáo số lượng cán bộ"):
        h = _cong_van(
            f"UBND TỈNH LONG AN\nSỞ NỘI VỤ\nSố: 245/SNV-TCBC\n{written}\nTân An, ngày 02 tháng 5 năm 2010\n"
            "Kính gửi: Các sở, ban, ngành tỉnh.\n"
        )
        assert h.title == "V/v báo cáo số lượng cán bộ", written
    # Written as usual, a subject is kept as written.
    h = _cong_van("UBND TỈNH LONG AN\nSỞ NỘI VỤ\nSố: 245/SNV-TCBC\nV/V báo cáo số lượng cán bộ\nKính gửi: X.\n")
    assert h.title == "V/V báo cáo số lượng cán bộ"


def test_received_stamp_above_the_header_is_not_the_issuer_or_the_number():
    h = _cong_van(
        "TRUNG TÂM Y TẾ HUYỆN MỘ ĐỨC\nĐẾN Số: 88\nNgày: 06/5/2025\n"
        "ỦY BAN NHÂN DÂN XÃ ĐỨC TÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 45/UBND-VX\n"
        "V/v đề nghị hỗ trợ kinh phí\nĐức Tân, ngày 02 tháng 5 năm 2025\nKính gửi: Trung tâm Y tế huyện Mộ Đức\n"
    )
    assert (h.issuer, h.issuer_parent) == ("Ủy ban nhân dân xã Đức Tân", None)
    assert (h.number, h.symbol) == ("45", "UBND-VX")
    # The commune names no province; the district it writes to is Quảng Ngãi's, and so is Đức Tân.
    assert h.province == "Quảng Ngãi"


def test_received_stamp_on_one_line_before_the_number_line():
    h = _cong_van(
        "UBND TỈNH LONG AN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NỘI VỤ          Độc lập - Tự do - Hạnh phúc\n"
        "SỞ LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI LONG AN ĐẾN Số: 1520/SLĐ Ngày: 05/5/2010\n"
        "Số: 245/SNV-TCBC\nV/v báo cáo số lượng cán bộ\nTân An, ngày 02 tháng 5 năm 2010\nKính gửi: Sở Lao động - Thương binh và Xã hội\n"
    )
    assert (h.number, h.symbol) == ("245", "SNV-TCBC")
    assert (h.issuer, h.issuer_parent) == ("Sở Nội vụ tỉnh Long An", "Ủy ban nhân dân tỉnh Long An")
