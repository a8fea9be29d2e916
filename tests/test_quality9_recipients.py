"""Nơi nhận, round 9: an item broken after a comma, office-holders written "Chánh VP" / "các PVP",
"TU" of a centrally-run city, the marks "(đưa tin)" and "(đ/b)", several items on one line, and
"T/M" signatures. Fragments quoted from the corpus (file named in each test) or written in the
same style."""

from __future__ import annotations

from vanban.loaders.recipients import INLINE_ITEM, JOINED_NAMES, SIGNATURE, find_recipients
from vanban.loaders.recipients import bodies_named
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

LUONG_MINH = Header(
    issuer="Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh",
    issuer_parent="Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh",
    province="Quảng Ninh",
)
NGHE_AN = Header(issuer="Ủy ban nhân dân tỉnh Nghệ An", province="Nghệ An")
CAN_THO = Header(issuer="Ủy ban nhân dân thành phố Cần Thơ", province="Cần Thơ")
QUANG_NGAI = Header(issuer="Ủy ban nhân dân tỉnh Quảng Ngãi", province="Quảng Ngãi")


def _recipients(closing: str, header: Header) -> list[tuple[str, str | None]]:
    text = make_text("KẾ HOẠCH\nTriển khai\nI. NỘI DUNG\n1. Tổ chức thực hiện./.\n" + closing)
    return [(r.name, r.purpose) for r in bodies_named(find_recipients(text, header))]


# corpus 057 (KH of the BTT Ủy ban MTTQ xã Lương Minh), the block as written (tabs and indents kept).
BLOCK_057 = """  Nơi nhận:
- BTT Ủy ban MTTQ Việt Nam tỉnh; 
- Thường trực Đảng ủy xã;
- Ủy ban bầu cử xã;  
- Thường trực HĐND, UBND xã;
- BTT Ủy ban MTTQ VN xã; 
- Uỷ ban Kiểm tra Đảng uỷ, Ban xây dựng Đảng,  
VP Đảng uỷ;
         - Văn phòng HĐND, UBND xã;\t
- Các tổ chức thành viên MTTQ xã;
- Bí thư Chi bộ, Trưởng thôn, Ban công
 tác MT thôn; 
- Lưu: MTTQ  
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Lan Thị Vân
"""


def test_item_broken_after_a_comma_goes_on():
    got = _recipients(BLOCK_057, LUONG_MINH)
    # (round 10: "Đảng ủy" named alone in a commune's document is the commune's.)
    assert ("Văn phòng Đảng ủy xã Lương Minh", None) in got
    # (round 10: the commune's organs take its name, which the issuer gives.)
    assert ("Các tổ chức thành viên Mặt trận Tổ quốc xã Lương Minh", None) in got
    assert got[-1] == ("Lưu: MTTQ", "lưu")


def test_caps_line_after_a_comma_is_not_a_continuation():
    # A Party document's items end with ","; its signature "T/M BAN THƯỜNG VỤ" ends the block.
    got = _recipients(
        "Nơi nhận:\n- Ban Dân vận Tỉnh ủy (để b/c),\n- Các chi, đảng bộ trực thuộc,\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nNguyễn Văn Hùng\n",
        Header(issuer="Huyện ủy Cô Tô", province="Quảng Ninh"),
    )
    assert got == [("Ban Dân vận Tỉnh ủy Quảng Ninh", "báo cáo"), ("Các chi, đảng bộ trực thuộc", None)]


def test_signature_pattern_reads_party_marks():
    assert SIGNATURE.match("T/M BAN THƯỜNG VỤ")
    assert SIGNATURE.match("K/T TRƯỞNG BAN")
    assert not SIGNATURE.match("TT Tỉnh ủy")


def test_chanh_vp_and_pvp_take_the_body_named_last():
    # corpus 002 (KH 1026/KH-UBND Nghệ An) and 021 (KH 982/KH-UBND Nghệ An).
    got = _recipients("Nơi nhận:\n- Chánh VP, các PVP UBND tỉnh;\n- Lưu: VTUB, NC (TP, Vinh).\n", NGHE_AN)
    assert got[:2] == [
        ("Chánh Văn phòng Ủy ban nhân dân tỉnh", None),
        ("các Phó Chánh Văn phòng Ủy ban nhân dân tỉnh", None),
    ]
    got = _recipients("Nơi nhận:\n- Chánh VP, Phó CVP (NC) UBND tỉnh;\n- Lưu: VT, NC (TP, Loan).\n", NGHE_AN)
    assert got[0] == ("Chánh Văn phòng Ủy ban nhân dân tỉnh", None)


def test_tu_of_a_centrally_run_city_is_its_thanh_uy():
    # corpus 004 (KH 153/KH-UBND Cần Thơ): "TT. TU, TT. HĐND TP".
    got = _recipients("Nơi nhận:\n- TT. TU, TT. HĐND TP;\n- Lưu: VT, M.\n", CAN_THO)
    assert got[0] == ("Thường trực Thành ủy Cần Thơ", None)
    assert got[1] == ("Thường trực Hội đồng nhân dân thành phố Cần Thơ", None)


def test_tu_of_a_province_is_its_tinh_uy():
    # corpus 025 (KH 144/KH-UBND Bắc Ninh): "TT.TU, TT.HĐND tỉnh (b/c)".
    got = _recipients(
        "Nơi nhận:\n- TT.TU, TT.HĐND tỉnh (b/c);\n- Lưu: VT.\n",
        Header(issuer="Ủy ban nhân dân tỉnh Bắc Ninh", province="Bắc Ninh"),
    )
    assert got[0] == ("Thường trực Tỉnh ủy Bắc Ninh", "báo cáo")


def test_marks_dua_tin_and_d_b():
    # corpus 047 (QĐ 1627/QĐ-UBND Quảng Ngãi), the lines as written.
    got = _recipients(
        "Nơi nhận:\n- Như Điều 2;\n- VPUB: + CVP, các PCVP (đ/b);\n+ Cổng TTĐT tỉnh (đưa tin);\n- Lưu: VT, KTTHVTD.\n",
        QUANG_NGAI,
    )
    assert got == [
        ("Chánh Văn phòng Ủy ban nhân dân tỉnh", None),
        ("các Phó Chánh Văn phòng Ủy ban nhân dân tỉnh", None),
        ("Cổng thông tin điện tử tỉnh Quảng Ngãi", "đăng tải"),
        ("Lưu: VT, KTTHVTD", "lưu"),
    ]


def test_items_joined_on_one_line_of_a_table_cell():
    got = _recipients(
        "| ***Nơi nhận:*** - UBND huyện (b/c); - Trạm Y tế các xã, thị trấn; - Lưu: VT. | **TRƯỞNG PHÒNG** **Vàng Mí Dế** |\n",
        Header(issuer="Phòng Y tế huyện Đồng Văn", province="Hà Giang", district="Đồng Văn"),
    )
    assert got == [
        ("Ủy ban nhân dân huyện Đồng Văn", "báo cáo"),
        ("Trạm Y tế các xã, thị trấn", None),
        ("Lưu: VT", "lưu"),
    ]


def test_inline_item_pattern_needs_the_end_of_an_item_before_it():
    assert INLINE_ITEM.split("UBND huyện (b/c); - Lưu: VT.") == ["UBND huyện (b/c);", "Lưu: VT."]
    # A dash inside a name is not a new item.
    assert INLINE_ITEM.split("Ban Thi đua - Khen thưởng Trung ương;") == ["Ban Thi đua - Khen thưởng Trung ương;"]


def test_party_thua_lenh_signature_ends_the_block():
    got = _recipients(
        "Nơi nhận:\n- Thường trực Tỉnh ủy (b/c),\n- Lưu Văn phòng Tỉnh ủy,\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nTrần Văn Hòa\n",
        Header(issuer="Tỉnh ủy Hà Tĩnh", province="Hà Tĩnh"),
    )
    assert got == [("Thường trực Tỉnh ủy", "báo cáo"), ("Lưu Văn phòng Tỉnh ủy", "lưu")]


# A commune's Nơi nhận after the 2025 reorganisation (two-tier local government), as written.
BLOCK_COMMUNE_2025 = """Nơi nhận:
- Thường trực Đảng ủy xã;
- Thường trực Hội đồng nhân dân xã;
- Công an xã; Trạm Y tế xã;
- Trưởng các ấp; Tổ CNSCĐ;
- VP: CVP, PVP/TH;
- Lưu: VT, VHXH.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Minh Kha
"""


def test_commune_office_holders_of_its_own_van_phong():
    got = _recipients(BLOCK_COMMUNE_2025, Header(issuer="Ủy ban nhân dân xã Tân Hòa", province="An Giang"))
    assert ("Chánh Văn phòng", None) in got
    assert ("Phó Chánh Văn phòng", None) in got
    # (round 10: the commune's organs take its name, which the issuer gives.)
    assert ("Công an xã Tân Hòa", None) in got and ("Trạm Y tế xã Tân Hòa", None) in got
    assert not any(name.startswith("Văn phòng Chánh") for name, _ in got)


def test_purpose_mark_in_quotes():
    # An OCR copy of a Sở's Công văn (Long An, 2010): "- - UBND tỉnh “báo cáo”;".
    got = _recipients(
        "**Nơi nhận :**\n\n- - UBND tỉnh “báo cáo”;\n- - Như trên;\n- - Lưu: TBLS-NCC.\n\nKT. GIÁM ĐỐC  \nPHÓ GIÁM ĐỐC\n",
        Header(issuer="Sở Lao động - Thương binh và Xã hội tỉnh Long An", province="Long An"),
    )
    assert got == [("Ủy ban nhân dân tỉnh Long An", "báo cáo"), ("Lưu: TBLS-NCC", "lưu")]
    # The same page of another copy writes straight quotes.
    got = _recipients(
        'Nơi nhận :\n\n- - UBND tỉnh "báo cáo";\n- - Lưu: TBLS-NCC.\n\nKT **GIÁM ĐỐC**  \n**PHÓ GIÁM ĐỐC**\n',
        Header(issuer="Sở Lao động - Thương binh và Xã hội tỉnh Long An", province="Long An"),
    )
    assert got == [("Ủy ban nhân dân tỉnh Long An", "báo cáo"), ("Lưu: TBLS-NCC", "lưu")]


def test_party_items_joined_on_one_line_with_commas():
    got = _recipients(
        "| **Nơi nhận:** - Ban Tổ chức Tỉnh ủy (b/c), - Các đồng chí Huyện ủy viên, - Lưu Văn phòng Huyện ủy. "
        "| **T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ** **Lò Văn Muôn** |\n",
        Header(issuer="Huyện ủy Tuần Giáo", province="Điện Biên", district="Tuần Giáo"),
    )
    assert got == [
        ("Ban Tổ chức Tỉnh ủy Điện Biên", "báo cáo"),
        ("Các đồng chí Huyện ủy viên", None),
        ("Lưu Văn phòng Huyện ủy", "lưu"),
    ]


GIA_LAI_SYT = Header(issuer="Sở Y tế tỉnh Gia Lai", province="Gia Lai")


def _with_addressees(kinh_gui: str) -> list[tuple[str, str | None]]:
    text = make_text("CÔNG VĂN\n" + kinh_gui + "Sở Y tế đề nghị.\nNơi nhận:\n- Như trên;\n- Lưu: VT, NVY.\n")
    return [(r.name, r.purpose) for r in bodies_named(find_recipients(text, GIA_LAI_SYT))]


def test_addressees_on_the_kinh_gui_line_are_read_as_items():
    assert _with_addressees("Kính gửi: - Các bệnh viện trực thuộc; - Trung tâm Y tế các huyện.\n")[:2] == [
        ("Các bệnh viện trực thuộc", None),
        ("Trung tâm Y tế các huyện", None),
    ]
    assert _with_addressees("Kính gửi: Sở Tài chính, Sở Nội vụ.\n")[:2] == [
        ("Sở Tài chính tỉnh Gia Lai", None),
        ("Sở Nội vụ tỉnh Gia Lai", None),
    ]


def test_one_addressee_with_commas_stays_one():
    # corpus 044 (CV 5155/SGDĐT-GDTXNNĐH Hồ Chí Minh): "Kính gửi: Ủy ban nhân dân phường, xã và đặc khu".
    got = _with_addressees("**Kính gửi: **Ủy ban nhân dân phường, xã và đặc khu\n")
    assert got[0] == ("Ủy ban nhân dân phường, xã và đặc khu", None)


def test_organs_before_a_plural_list_of_levels_take_it_whole():
    # corpus 002 (KH 1026/KH-UBND Nghệ An): "- Đảng ủy, UBND các xã, phường;".
    got = _recipients("Nơi nhận:\n- Đảng ủy, UBND các xã, phường;\n- Lưu: VTUB, NC (TP, Vinh).\n", NGHE_AN)
    assert got[:2] == [("Đảng ủy các xã, phường", None), ("Ủy ban nhân dân các xã, phường", None)]
    got = _recipients("Nơi nhận:\n- Thường trực HĐND, UBND các xã, phường, đặc khu;\n- Lưu: VT.\n", NGHE_AN)
    assert got[:2] == [
        ("Thường trực Hội đồng nhân dân các xã, phường, đặc khu", None),
        ("Ủy ban nhân dân các xã, phường, đặc khu", None),
    ]


def test_commas_of_a_plural_list_of_levels_do_not_part_bodies():
    got = _recipients("Nơi nhận:\n- Công an tỉnh, UBND các huyện, thị xã, thành phố;\n- Lưu: VT.\n", NGHE_AN)
    assert got[:2] == [("Công an tỉnh Nghệ An", None), ("Ủy ban nhân dân các huyện, thị xã, thành phố", None)]
    # One body with its plural levels stays one entry.
    got = _recipients("Nơi nhận:\n- UBND các xã, phường;\n- Lưu: VT.\n", NGHE_AN)
    assert got[0] == ("Ủy ban nhân dân các xã, phường", None)


def test_office_holders_of_the_issuers_own_office_are_two():
    # corpus 016 (KH 624/KH-UBND Hà Tĩnh): "- Chánh VP, PCVP phụ trách lĩnh vực;".
    got = _recipients(
        "Nơi nhận:\n- Chánh VP, PCVP phụ trách lĩnh vực;\n- Lưu: VT, TH, VX\n",
        Header(issuer="Ủy ban nhân dân tỉnh Hà Tĩnh", province="Hà Tĩnh"),
    )
    assert got[:2] == [("Chánh Văn phòng", None), ("Phó Chánh Văn phòng phụ trách lĩnh vực", None)]
    got = _recipients("Nơi nhận:\n- CVP, các PCVP;\n- Lưu: VT.\n", NGHE_AN)
    assert got[:2] == [("Chánh Văn phòng", None), ("các Phó Chánh Văn phòng", None)]


def test_office_holders_of_a_body_named_last_stay_together():
    got = _recipients("Nơi nhận:\n- Giám đốc, Phó Giám đốc các đơn vị;\n- Lưu: VT.\n", NGHE_AN)
    assert got[0] == ("Giám đốc, Phó Giám đốc các đơn vị", None)


def test_body_then_comma_and_a_group_of_others_are_two():
    # corpus 005 (KH 0125/KH-UBND Đắk Lắk) and 064 (NQ 99/2025/NQ-HĐND Quảng Ninh).
    got = _recipients(
        "Nơi nhận:\n- UBMTTQ Việt Nam tỉnh, các Hội, đoàn thể tỉnh;\n- Lưu: VT, NV (V-10b).\n",
        Header(issuer="Ủy ban nhân dân tỉnh Đắk Lắk", province="Đắk Lắk"),
    )
    assert got[:2] == [
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk", None),
        ("Các Hội, đoàn thể tỉnh Đắk Lắk", None),
    ]
    got = _recipients(
        "Nơi nhận:\n- Ủy ban MTTQ, các tổ chức CTXH tỉnh;\n- Lưu: VT, HĐ8.\n",
        Header(issuer="Hội đồng nhân dân tỉnh Quảng Ninh", province="Quảng Ninh"),
    )
    assert got[0] == ("Ủy ban Mặt trận Tổ quốc tỉnh Quảng Ninh", None)


def test_office_then_comma_and_other_holders_keep_one_body():
    # corpus 002: "Chánh VP, các PVP UBND tỉnh" (not "Chánh Văn phòng" alone).
    got = _recipients("Nơi nhận:\n- Chánh VP, các PVP UBND tỉnh;\n- Lưu: VT.\n", NGHE_AN)
    assert got[0] == ("Chánh Văn phòng Ủy ban nhân dân tỉnh", None)


def test_emulation_codes_and_names_joined_by_ampersand():
    # corpus 005 (KH 0125/KH-UBND Đắk Lắk) and 021 (KH 982/KH-UBND Nghệ An), the lines as written.
    dak_lak = Header(issuer="Ủy ban nhân dân tỉnh Đắk Lắk", province="Đắk Lắk")
    got = _recipients(
        "Nơi nhận:\n- Ban TĐ-KT Trung ương;\n- VP. Tỉnh ủy, Văn phòng ĐĐBQH&HĐND tỉnh;\n- Lưu: VT, NV (V-10b).\n", dak_lak
    )
    assert got[0] == ("Ban Thi đua - Khen thưởng Trung ương", None)
    assert ("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Đắk Lắk", None) in got
    got = _recipients("Nơi nhận:\n- Hội đồng TĐKT tỉnh (Báo cáo);\n- Lưu: VT.\n", NGHE_AN)
    assert got[0] == ("Hội đồng Thi đua - Khen thưởng tỉnh Nghệ An", "báo cáo")


def test_joined_names_pattern_leaves_codes():
    assert JOINED_NAMES.sub(" và ", "Đoàn đại biểu Quốc hội&Hội đồng nhân dân tỉnh") == (
        "Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"
    )
    assert JOINED_NAMES.sub(" và ", "Phòng LĐTB&XH huyện") == "Phòng LĐTB&XH huyện"
    assert JOINED_NAMES.sub(" và ", "Thành viên Ban VSTBPN&BĐG thành phố") == "Thành viên Ban VSTBPN&BĐG thành phố"


def test_school_board_and_its_teams_are_two():
    got = _recipients(
        "Nơi nhận:\n- Phòng GD&ĐT (để b/c);\n- BGH, các tổ CM;\n- Lưu: VT.\nHIỆU TRƯỞNG\nPhạm Văn Nam\n",
        Header(issuer="Trường Trung học cơ sở Kiêu Kỵ", province="Hà Nội", district="Gia Lâm"),
    )
    assert got == [
        ("Phòng Giáo dục và Đào tạo", "báo cáo"),
        ("Ban Giám hiệu", None),
        ("Các tổ chuyên môn", None),  # "CM" expanded (round 18)
        ("Lưu: VT", "lưu"),
    ]


def test_name_after_a_party_items_comma_is_not_a_continuation():
    got = _recipients(
        "Nơi nhận:\n- Các chi bộ trực thuộc,\n- Lưu Văn phòng Huyện ủy,\nNguyễn Văn Hùng\n",
        Header(issuer="Huyện ủy Cô Tô", province="Quảng Ninh"),
    )
    assert got == [("Các chi bộ trực thuộc", None), ("Lưu Văn phòng Huyện ủy", "lưu")]
