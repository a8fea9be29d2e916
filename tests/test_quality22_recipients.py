"""Nơi nhận, round 22: a back-reference line ("Như trên", "Như Điều 3") is one recipient named as the block writes
it, as a labeller reads the block (one entry a line that names no body of its own); the bodies it points to are
kept in ``bodies`` for the graph ("Như Điều 3": the bodies the article charges). Fragments quoted from corpus 046
(QĐ of UBND Thành phố Hồ Chí Minh), 062 (QĐ of BTT UBMTTQ xã Lương Minh) and 042 (CV of UBND Thành phố Hồ Chí Minh)."""

from __future__ import annotations

from vanban.loaders.recipients import bodies_named, find_recipients
from vanban.loaders.records import Header, Recipient
from vanban.loaders.text import make_text

HO_CHI_MINH = Header(issuer="Ủy ban nhân dân thành phố Hồ Chí Minh", province="Hồ Chí Minh")
LUONG_MINH = Header(
    issuer="Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh", province="Quảng Ninh"
)

# corpus 046, its Điều 3 and the head of its block as written.
DECISION_046 = (
    "QUYẾT ĐỊNH:\n**Điều 1. **Ban hành Kế hoạch.\n\n"
    "**Điều 3. **Chánh\n"
    "Văn phòng Ủy ban nhân dân Thành phố, Giám đốc Sở Nông nghiệp và Môi trường, Thủ\n"
    "trưởng các sở, ban, ngành Thành phố, Ủy ban nhân dân các phường, xã, đặc khu,\n"
    "các tổ chức, hội, đoàn thể và cá nhân có liên quan chịu trách nhiệm thi hành\n"
    "Quyết định này./.\n\n* *\n\n|\n"
    "Nơi nhận:\n- Như Điều 3;\n- Ban Chỉ đạo PTDS Quốc gia;\n- Bộ Nông nghiệp và Môi trường;\n"
    "- Thường trực Thành ủy;\n- Lưu: VT, (ĐT/Hn).\n|\n**TM. ỦY BAN NHÂN\n"
)


def test_as_article_is_one_entry_pointing_to_the_bodies_it_charges():
    got = find_recipients(make_text(DECISION_046), HO_CHI_MINH)
    assert [(r.name, r.purpose) for r in got] == [
        ("Như Điều 3", None),
        ("Ban Chỉ đạo phòng thủ dân sự Quốc gia", None),
        ("Bộ Nông nghiệp và Môi trường", None),
        ("Thường trực Thành ủy Hồ Chí Minh", None),
        ("Lưu: VT, (ĐT/Hn)", "lưu"),
    ]
    assert got[0].bodies == [
        "Chánh Văn phòng Ủy ban nhân dân thành phố",
        "Giám đốc Sở Nông nghiệp và Môi trường thành phố Hồ Chí Minh",
        "Thủ trưởng các sở, ban, ngành thành phố",
        "Ủy ban nhân dân các phường, xã, đặc khu",
    ]
    # A line naming its body has no back-reference: its record is dumped as before, without "bodies".
    assert got[1].bodies is None and "bodies" not in got[1].model_dump()


def test_bodies_named_puts_the_articles_bodies_in_the_back_references_place():
    names = [r.name for r in bodies_named(find_recipients(make_text(DECISION_046), HO_CHI_MINH))]
    assert names[:5] == [
        "Chánh Văn phòng Ủy ban nhân dân thành phố",
        "Giám đốc Sở Nông nghiệp và Môi trường thành phố Hồ Chí Minh",
        "Thủ trưởng các sở, ban, ngành thành phố",
        "Ủy ban nhân dân các phường, xã, đặc khu",
        "Ban Chỉ đạo phòng thủ dân sự Quốc gia",
    ]
    assert "Như Điều 3" not in names


def test_as_article_in_lower_case_keeps_its_mark():
    # corpus 062: "- Như điều 3 (Th/h);" after the unmarked items.
    body = (
        "Điều 3. Ban Thường trực Ủy ban MTTQ xã, các bộ phận chuyên môn thuộc Cơ quan Ủy ban Mặt trận Tổ quốc "
        "Việt Nam xã và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này\n\n"
        "Quyết định này có hiệu lực kể từ ngày ký./.\n\n \n\n  Nơi nhận:\n\n\n\n"
        "- BTT Ủy ban MTTQ Việt Nam tỉnh (B/c); \n\n- Ban CTMT thôn; \n\n- Như điều 3 (Th/h);\n\n- Lưu: VT  \n\n\n\n"
        "TM. BAN THƯỜNG TRỰC\n\nCHỦ TỊCH\n"
    )
    got = find_recipients(make_text(body), LUONG_MINH)
    assert [(r.name, r.purpose) for r in got] == [
        ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh", "báo cáo"),
        ("Ban Công tác Mặt trận thôn", None),
        ("Như điều 3", "thực hiện"),
        ("Lưu: VT", "lưu"),
    ]
    assert got[2].bodies and got[2].bodies[0] == "Ban Thường trực Ủy ban Mặt trận Tổ quốc xã Lương Minh"


def test_as_above_after_the_addressees_it_names():
    # corpus 042: the addressees under "Kính gửi:" are entries of their own, "Như trên" one more.
    body = (
        "**Kính gửi:**\n|\n- Các cơ quan chuyên môn, cơ quan hành chính khác\nthuộc Ủy ban nhân dân Thành phố;\n"
        "- Ủy ban nhân dân các xã, phường và đặc khu.\n|\nNội dung.\n\n"
        "Nơi nhận:\n- Như trên;\n- Sở Nội vụ;\n- Lưu: VT, (VX/KN).\n|\n**KT. CHỦ TỊCH**\n"
    )
    got = find_recipients(make_text(body), HO_CHI_MINH)
    assert got == [
        Recipient(name="Các cơ quan chuyên môn, cơ quan hành chính khác thuộc Ủy ban nhân dân thành phố"),
        Recipient(name="Ủy ban nhân dân các xã, phường và đặc khu"),
        Recipient(name="Như trên", bodies=[]),
        Recipient(name="Sở Nội vụ thành phố Hồ Chí Minh"),
        Recipient(name="Lưu: VT, (VX/KN)", purpose="lưu"),
    ]
    # "Như trên" names no body more than the addressees already are.
    assert [r.name for r in bodies_named(got)][:3] == [
        "Các cơ quan chuyên môn, cơ quan hành chính khác thuộc Ủy ban nhân dân thành phố",
        "Ủy ban nhân dân các xã, phường và đặc khu",
        "Sở Nội vụ thành phố Hồ Chí Minh",
    ]


def test_an_article_not_found_is_still_one_entry():
    body = "Nội dung./.\nNơi nhận:\n- Như Điều 4;\n- Bộ Tài chính;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\n"
    got = find_recipients(make_text(body), HO_CHI_MINH)
    assert [(r.name, r.bodies) for r in got] == [("Như Điều 4", []), ("Bộ Tài chính", None), ("Lưu: VT", None)]


def _bodies(block: str, header: Header) -> list[tuple[str, str | None]]:
    return [(r.name, r.purpose) for r in find_recipients(make_text(block), header)]


GOVERNMENT_OFFICE = Header(issuer="Văn phòng Chính phủ")
PARTY_CENTRE = Header(issuer="Ban Chấp hành Trung ương Đảng")


def test_a_party_items_end_wrapped_onto_the_next_line_before_its_comma():
    # A Quy định of Ban Chấp hành Trung ương (realdocs 53b3997d), its items ended by commas.
    block = (
        "Nơi nhận:\n- Các cơ quan, ban đảng Trung ương,\n- Các đảng uỷ đơn vị sự nghiệp Trung ương,\n"
        "- Các đồng chí Ủy viên\nBan Chấp hành Trung ương Đảng,\n- Lưu Văn phòng Trung ương Đảng.\n"
    )
    assert _bodies(block, PARTY_CENTRE)[-2:] == [
        ("Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng", None),
        ("Lưu Văn phòng Trung ương Đảng", "lưu"),
    ]
    # Văn phòng Trung ương Đảng's (realdocs 6e4d7759): two items wrapped so, one after the other.
    block = (
        "__Nơi nhận__:\n- Ban Bí thư (để báo cáo),\n- Các tỉnh uỷ, thành uỷ,\n- Các đồng chí lãnh đạo\n"
        "Văn phòng Trung ương Đảng,\n- Các đơn vị trực thuộc\nVăn phòng Trung ương Đảng,\n"
        "- Lưu Văn phòng Trung ương Đảng.\n"
    )
    names = [n for n, _ in _bodies(block, Header(issuer="Văn phòng Trung ương Đảng"))]
    assert "Các đồng chí lãnh đạo Văn phòng Trung ương Đảng" in names
    assert "Các đơn vị trực thuộc Văn phòng Trung ương Đảng" in names
    assert "Các đồng chí lãnh đạo" not in names


def test_a_headed_list_of_provinces_wrapped_over_lines_left_open():
    # Thông báo of Văn phòng Chính phủ (realdocs 50f69447): the list wraps after a comma, then inside "Bắc / Ninh",
    # and the items after it were lost.
    block = (
        "Nơi nhận:\n- Kiểm toán Nhà nước;\n"
        "- UBND các tỉnh, thành phố: Hồ Chí Minh, Hà Nội, Đà Nẵng, Hải Phòng, Cần Thơ,\n"
        "Tuyên Quang, Thái Nguyên, Phú Thọ, Sơn La, Lạng Sơn, Cao Bằng, Hưng Yên, Bắc\n"
        "Ninh, Ninh Bình, Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Trị, Quảng Ngãi, Gia Lai,\n"
        "Khánh Hòa, Đắk Lắk, Lâm Đồng, Tây Ninh, Đồng Nai, Vĩnh Long, Đồng Tháp, An\nGiang, Cà Mau;\n"
        "- VPCP: BTCN, các PCN, Trợ lý, Thư ký TTg, PTTg, TGĐ Cổng TTĐT CP, các Vụ, Cục:\n"
        "TH, KTTH, NN, PL, QHĐP, QHQT;\n- Lưu: VT, CN (2). nvv\n"
    )
    names = [n for n, _ in _bodies(block, GOVERNMENT_OFFICE)]
    assert "Ủy ban nhân dân tỉnh Tuyên Quang" in names and "Ủy ban nhân dân tỉnh Bắc Ninh" in names
    assert "Ủy ban nhân dân tỉnh An Giang" in names and "Ủy ban nhân dân tỉnh Cà Mau" in names
    assert len([n for n in names if n.startswith("Ủy ban nhân dân")]) == 29
    assert names[-1].startswith("Lưu: VT, CN")


def test_a_group_listed_among_ministries_keeps_its_own_name():
    # Thông báo 296e373d of Văn phòng Chính phủ.
    block = (
        "Nơi nhận:\n- Các Bộ, cơ quan: Tài chính, Xây dựng, Nông nghiệp và Môi trường, Nội vụ, Y\n"
        "tế, Giáo dục và Đào tạo, Dân tộc và Tôn giáo, Công Thương, Văn hóa, Thể thao\n"
        "và Du lịch, Ngoại giao, Tập đoàn Điện lực Việt Nam;\n- Lưu: VT, QHĐP (3b). Huyền\n"
    )
    names = [n for n, _ in _bodies(block, GOVERNMENT_OFFICE)]
    assert "Tập đoàn Điện lực Việt Nam" in names and "Bộ Ngoại giao" in names
    assert not any(n.startswith("Bộ Tập đoàn") for n in names)


def test_chief_and_deputies_of_an_office_named_once():
    # Quyết định of UBND tỉnh Đồng Nai (realdocs 329d9e97): "Chánh, các Phó Chánh Văn phòng UBND tỉnh".
    block = "Nơi nhận:\n- Chánh, các Phó Chánh Văn phòng UBND tỉnh;\n- Lưu: VT, TH, KGVX (Tài).\n"
    assert _bodies(block, Header(issuer="Ủy ban nhân dân tỉnh Đồng Nai", province="Đồng Nai"))[:2] == [
        ("Chánh Văn phòng Ủy ban nhân dân tỉnh", None),
        ("các Phó Chánh Văn phòng Ủy ban nhân dân tỉnh", None),
    ]


def test_the_administrative_procedures_department_code_expanded():
    # Decisions of UBND Thành phố Cần Thơ (1813348f), tỉnh Bắc Ninh (2e037ff2), tỉnh Thanh Hóa (0a5a5195).
    thanh_hoa = Header(issuer="Ủy ban nhân dân tỉnh Thanh Hóa", province="Thanh Hóa")
    for line, name in (
        ("- VP. Chính phủ (Cục KSTTHC);", "Văn phòng Chính phủ (Cục Kiểm soát thủ tục hành chính)"),
        ("- Cục KSTTHC(VP Chính phủ);", "Cục Kiểm soát thủ tục hành chính (Văn phòng Chính phủ)"),
        ("- Cục Kiểm soát TTHC-VPCP (để b/c);", "Cục Kiểm soát thủ tục hành chính - Văn phòng Chính phủ"),
    ):
        assert _bodies(f"Nơi nhận:\n{line}\n- Lưu: VT, HCC.\n", thanh_hoa)[0][0] == name, line


def test_an_item_whose_bracket_wraps_over_lines_and_a_companys_address():
    # A Công văn of Cục Hải quan (realdocs 81eea34d): the address bracket wraps over three lines; the items after it
    # were lost, and the address is no part of the company's name.
    block = (
        "Nơi nhận:\n- Công ty TNHH Giải trí Our game TCG Trading (số 208, ngõ\n66, phố Kim Mã Thượng,\n"
        "p. Cống Vị, Ba Đình, Hà Nội);\n- Nguyễn Thành Hưng (để báo\ncáo);\n- Các Chi cục Hải quan khu vực (để t/h);\n"
        "- Chi cục Kiểm định hải quan;\n- Lưu: VT, NVTHQ (L.Anh - 3b).\n"
    )
    assert _bodies(block, Header(issuer="Cục Hải quan")) == [
        ("Công ty TNHH Giải trí Our game TCG Trading", None),
        ("Nguyễn Thành Hưng", "báo cáo"),
        ("Các Chi cục Hải quan khu vực", "thực hiện"),
        ("Chi cục Kiểm định hải quan", None),
        ("Lưu: VT, NVTHQ (L.Anh - 3b)", "lưu"),
    ]


def test_state_banks_by_their_codes_on_a_line_of_two_bodies():
    # A Quyết định of Thủ tướng Chính phủ (realdocs 998822f1).
    block = "Nơi nhận:\n- Kiểm toán Nhà nước;\n- NHNNVN, Bộ TC;\n- NHCSXH;\n- Lưu: VT, KTTH (2) MCường\n"
    assert [n for n, _ in _bodies(block, Header(issuer="Thủ tướng Chính phủ"))] == [
        "Kiểm toán Nhà nước",
        "Ngân hàng Nhà nước Việt Nam",
        "Bộ Tài chính",
        "Ngân hàng Chính sách xã hội",
        "Lưu: VT, KTTH (2) MCường",
    ]


def test_a_copy_addressee_among_the_addressees():
    # A Công văn of Bộ Tài chính (realdocs 944fbe74).
    body = (
        "**Kính gửi:**\n|\n- Phó Thủ tướng Chính phủ Hồ Đức Phớc;\n- Đồng kính gửi Thủ tướng Chính phủ.\n|\n"
        "Ngày 26/11/2025, Bộ Tài chính đã có công văn.\n\nNơi nhận:\n- Như trên;\n- Bộ Tư pháp;\n- Lưu: VT, CST (P.CST3)\n"
    )
    names = [n for n, _ in _bodies(body, Header(issuer="Bộ Tài chính"))]
    assert names[:3] == ["Phó Thủ tướng Chính phủ Hồ Đức Phớc", "Thủ tướng Chính phủ", "Như trên"]


def test_a_cables_departments_listed_after_their_kind():
    # A Công điện of Bộ Xây dựng (realdocs a8e9e967): "Các Cục:" then their names, wrapped.
    body = (
        "**BỘ XÂY DỰNG điện:**\n- Các Cục: Đường bộ Việt Nam, Đường sắt Việt Nam, Hàng\n"
        "hải và Đường thủy Việt Nam, Kinh tế - Quản lý đầu tư xây dựng, Kết cấu hạ tầng\nxây dựng;\n"
        "- Tổng Công ty Đường sắt Việt Nam;\n- Ban Quản lý Dự án 85.\nTriển khai chỉ đạo của Thủ tướng Chính phủ.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, VT&ATGT (Bằng).\n"
    )
    assert [n for n, _ in _bodies(body, Header(issuer="Bộ Xây dựng"))][:6] == [
        "Cục Đường bộ Việt Nam",
        "Cục Đường sắt Việt Nam",
        "Cục Hàng hải và Đường thủy Việt Nam",
        "Cục Kinh tế - Quản lý đầu tư xây dựng",
        "Cục Kết cấu hạ tầng xây dựng",
        "Tổng Công ty Đường sắt Việt Nam",
    ]


def test_an_addressees_title_alone_on_the_heading_line_waits_for_its_body():
    # A Công văn of Văn phòng Chính phủ (realdocs cb6eb217).
    body = (
        "**Kính gửi:** Bộ trưởng\nBộ Công Thương\nXét đề nghị của Bộ Công Thương tại Tờ\n"
        "trình số 8798/TTr-BCT ngày 07 tháng 11 năm 2025.\n\nNơi nhận:\n- Như trên;\n- Bộ Công Thương;\n- Lưu: VT, CN(2). nmh\n"
    )
    assert [n for n, _ in _bodies(body, GOVERNMENT_OFFICE)][:2] == ["Bộ trưởng Bộ Công Thương", "Như trên"]


def test_an_addressee_whose_name_follows_its_plural_word_alone():
    # A Công văn of Sở Nội vụ Thành phố Hồ Chí Minh (realdocs d604b4df): the whole name is on the line below "Các".
    body = (
        "**Kính gửi:** Các\nDoanh nghiệp hoạt động cho thuê lại lao động trên địa bàn Thành phố Hồ Chí Minh\n"
        "Thực hiện quy định Bộ luật Lao động năm 2012 và Nghị\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, P. LĐTLBHXH (ĐT).\n"
    )
    header = Header(issuer="Sở Nội vụ thành phố Hồ Chí Minh", province="Hồ Chí Minh")
    assert [n for n, _ in _bodies(body, header)][0] == (
        "Các Doanh nghiệp hoạt động cho thuê lại lao động trên địa bàn thành phố Hồ Chí Minh"
    )


def test_no_space_left_before_a_comma_after_an_expanded_code():
    # A Quyết định of UBND tỉnh Thái Nguyên (realdocs db769f68).
    block = "Nơi nhận:\n- Cục Kiểm tra VBQPPL, Bộ Tư pháp;\n- Lưu: VT, CNN&XD.\n"
    header = Header(issuer="Ủy ban nhân dân tỉnh Thái Nguyên", province="Thái Nguyên")
    assert _bodies(block, header)[0][0] == "Cục Kiểm tra văn bản quy phạm pháp luật, Bộ Tư pháp"


def test_the_justice_ministrys_department_and_a_board_of_members_by_their_codes():
    # A Nghị quyết of HĐND thành phố Huế (realdocs 0abcf1a5), a Quyết định of UBND thành phố Hà Nội (b5d97328), a Công
    # điện of Thủ tướng Chính phủ (1095764e).
    hue = Header(issuer="Hội đồng nhân dân thành phố Huế", province="Huế")
    for line, name in (
        ("- Cục Kiểm tra văn bản và QLXLVPHC (Bộ Tư pháp);",
         "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính (Bộ Tư pháp)"),
        ("- Bộ Tư pháp (Cục KTVB và QLXLVPHC);",
         "Bộ Tư pháp (Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính)"),
    ):
        assert _bodies(f"Nơi nhận:\n{line}\n- Lưu: VT.\n", hue)[0][0] == name, line
    block = "Nơi nhận:\n- Chủ tịch HĐTV Tập đoàn Bưu chính Viễn thông Việt Nam;\n- Lưu: VT, CN (2b)THH.\n"
    assert _bodies(block, Header(issuer="Thủ tướng Chính phủ"))[0][0] == (
        "Chủ tịch Hội đồng thành viên Tập đoàn Bưu chính Viễn thông Việt Nam"
    )


def test_a_party_committees_office_and_a_board_of_leaders_by_their_codes():
    # A Quyết định of UBND tỉnh Bắc Ninh (realdocs de16a702): "VPTU và các cơ quan thuộc Tỉnh ủy" names two bodies.
    bac_ninh = Header(issuer="Ủy ban nhân dân tỉnh Bắc Ninh", province="Bắc Ninh")
    block = "Nơi nhận:\n- VPTU và các cơ quan thuộc Tỉnh ủy;\n- UB MTTQ tỉnh;\n- Lưu: VT, KGVX.\n"
    assert [n for n, _ in _bodies(block, bac_ninh)][:2] == [
        "Văn phòng Tỉnh ủy Bắc Ninh",
        "Các cơ quan thuộc Tỉnh ủy Bắc Ninh",
    ]
    # In a city its TU is the Thành ủy.
    can_tho = Header(issuer="Ủy ban nhân dân thành phố Cần Thơ", province="Cần Thơ")
    assert _bodies("Nơi nhận:\n- VP. TU;\n- Lưu: VT.\n", can_tho)[0][0] == "Văn phòng Thành ủy Cần Thơ"
    # A Công văn of Thuế tỉnh Tây Ninh (realdocs 2249fe89).
    block = "Nơi nhận:\n- Như trên;\n- BLĐ Thuế tỉnh;\n- Trang web Thuế tỉnh;\n- Lưu: VT, QLDN1, HDiem.\n"
    assert _bodies(block, Header(issuer="Thuế tỉnh Tây Ninh", province="Tây Ninh"))[1][0] == "Ban Lãnh đạo Thuế tỉnh"


def test_the_state_banks_regional_branch():
    # corpus 009 (a Kế hoạch of UBND thành phố Cần Thơ).
    can_tho = Header(issuer="Ủy ban nhân dân thành phố Cần Thơ", province="Cần Thơ")
    block = "Nơi nhận:\n- Sở: Nội vụ, Y tế, KHCN;\n- NH Nhà nước CN khu vực 14;\n- Bưu điện thành phố;\n- Lưu: VT, MX.\n"
    assert "Ngân hàng Nhà nước Chi nhánh khu vực 14" in [n for n, _ in _bodies(block, can_tho)]


def test_commercial_banks_by_their_code():
    # A Công văn of Bộ Công Thương (realdocs 4276ec4c).
    block = (
        "Nơi nhận:\n- Như trên;\n- Ngân hàng Nhà nước Việt Nam;\n"
        "- Các NHTM nơi thương nhân mở tài khoản Quỹ BOG xăng dầu;\n- Lưu: VT, TTTN (haipq).\n"
    )
    # The body's name ends before its clause of place, "nơi thương nhân mở tài khoản Quỹ BOG xăng dầu" (session 16).
    assert _bodies(block, Header(issuer="Bộ Công Thương"))[2][0] == "Các ngân hàng thương mại"


def test_one_kind_before_several_units_codes_names_each():
    # A Công văn of Thuế tỉnh Tây Ninh (realdocs 2249fe89): "Phòng NVDTPC, KTR1" as corpus 006's "Phòng: TH, VX, NCPC".
    tay_ninh = Header(issuer="Thuế tỉnh Tây Ninh", province="Tây Ninh")
    block = "Nơi nhận:\n- Như trên;\n- Phòng NVDTPC, KTR1;\n- Lưu: VT, QLDN1, HDiem.\n"
    assert [n for n, _ in _bodies(block, tay_ninh)][1:3] == ["Phòng NVDTPC", "Phòng KTR1"]
    # A name with its own comma is no list of codes.
    block = "Nơi nhận:\n- Vụ Kế hoạch, Tài chính;\n- Lưu: VT.\n"
    assert _bodies(block, Header(issuer="Bộ Văn hóa, Thể thao và Du lịch"))[0][0] == "Vụ Kế hoạch, Tài chính"


def test_a_list_of_provinces_parted_by_a_stray_semicolon():
    # A Công điện of Thủ tướng Chính phủ (realdocs ac3686f6): "các tỉnh: Khánh Hòa; Đắk Lắk, Gia Lai và Lâm Đồng;".
    body = (
        "**THỦ TƯỚNG CHÍNH PHỦ điện:**\n\n- Đồng chí Bí thư Tỉnh ủy và Chủ tịch Ủy ban nhân dân các\n"
        "tỉnh: Khánh Hòa; Đắk Lắk, Gia Lai và Lâm Đồng;\n\n"
        "- Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia.\n\nTrong mấy ngày vừa qua, tại khu vực đã xảy ra mưa\n"
        "\nNơi nhận:\n- Như trên;\n- Lưu: Văn thư, NN (2) KT\n"
    )
    names = [n for n, _ in _bodies(body, Header(issuer="Thủ tướng Chính phủ"))]
    assert names[:8] == [
        "Bí thư Tỉnh ủy Khánh Hòa", "Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa",
        "Bí thư Tỉnh ủy Đắk Lắk", "Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk",
        "Bí thư Tỉnh ủy Gia Lai", "Chủ tịch Ủy ban nhân dân tỉnh Gia Lai",
        "Bí thư Tỉnh ủy Lâm Đồng", "Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng",
    ]
