"""Nơi nhận, round 10: the joint office of a council and a committee, office-holders named by the
unit they head, "MT" for Mặt trận, a holder's name written with initials, a level of bodies, and a
commune's organs named by level. Fragments quoted from the corpus (file named in each test) or
written in the same style."""

from __future__ import annotations

from vanban.loaders.recipients import find_recipients
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

LUONG_MINH = Header(
    issuer="Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh",
    issuer_parent="Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh",
    province="Quảng Ninh",
    place="Lương Minh",
)
NGHE_AN = Header(issuer="Ủy ban nhân dân tỉnh Nghệ An", province="Nghệ An")
HA_NOI = Header(issuer="Ủy ban nhân dân thành phố Hà Nội", province="Hà Nội")


def _recipients(closing: str, header: Header) -> list[tuple[str, str | None]]:
    text = make_text("KẾ HOẠCH\nTriển khai\nI. NỘI DUNG\n1. Tổ chức thực hiện./.\n" + closing)
    return [(r.name, r.purpose) for r in find_recipients(text, header)]


# corpus 057 and 061 (KH of the BTT Ủy ban MTTQ xã Lương Minh), the lines as written.
BLOCK_057 = """Nơi nhận:
- Thường trực HĐND, UBND xã;
         - Văn phòng HĐND, UBND xã;\t
- Bí thư Chi bộ, Trưởng thôn, Ban công
 tác MT thôn; 
- Lưu: MTTQ  
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Lan Thị Vân
"""


def test_office_of_council_and_committee_is_one_body():
    got = _recipients(BLOCK_057, LUONG_MINH)
    assert ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Lương Minh", None) in got
    assert not any(name == "Văn phòng Hội đồng nhân dân xã Lương Minh" for name, _ in got)
    got = _recipients("Nơi nhận:\n- VP HĐND-UBND huyện;\n- Lưu: VT.\n", Header(province="Hà Giang", district="Đồng Văn"))
    assert got[0] == ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Đồng Văn", None)


def test_office_holders_named_by_their_units_are_separate_entries():
    got = _recipients(BLOCK_057, LUONG_MINH)
    assert [n for n, _ in got[-4:-1]] == ["Bí thư Chi bộ", "Trưởng thôn", "Ban công tác Mặt trận thôn"]
    assert got[-1] == ("Lưu: MTTQ", "lưu")


def test_commune_organs_take_the_communes_name():
    got = _recipients(BLOCK_057, LUONG_MINH)
    assert got[:2] == [
        ("Thường trực Hội đồng nhân dân xã Lương Minh", None),
        ("Ủy ban nhân dân xã Lương Minh", None),
    ]


def test_holders_name_in_initials_is_dropped():
    # corpus 020 (KH 308/KH-UBND Hà Nội): "- VPUB: CVP; PCVP P.T.T.Huyền, các phòng, đơn vị: ĐMPT, TTTTDL&CNS, TH;".
    got = _recipients(
        "Nơi nhận:\n- VPUB: CVP; PCVP P.T.T.Huyền, các phòng, đơn vị: ĐMPT, TTTTDL&CNS, TH;\n- Lưu: VT, ĐMPT.\n", HA_NOI
    )
    names = [n for n, _ in got]
    # The office's heads go on after the semicolon (round 21): the Phó Chánh Văn phòng of the VPUB, whose units name it.
    assert "Phó Chánh Văn phòng Ủy ban nhân dân thành phố" in names and "Văn phòng Ủy ban nhân dân thành phố" in names
    assert not any("Huyền" in n for n in names)
    got = _recipients("Nơi nhận:\n- CVP, PCVP N.V.An;\n- Lưu: VT.\n", NGHE_AN)
    assert got[:2] == [("Chánh Văn phòng", None), ("Phó Chánh Văn phòng", None)]


def test_office_holders_of_a_body_named_last_still_share_it():
    # corpus 017 (KH 7360/KH-UBND Lai Châu): "- Chủ tịch, các Phó chủ tịch UBND tỉnh;".
    got = _recipients("Nơi nhận:\n- Chủ tịch, các Phó chủ tịch UBND tỉnh;\n- Lưu: VT.\n", Header(province="Lai Châu"))
    assert got[0] == ("Chủ tịch Ủy ban nhân dân tỉnh Lai Châu", None)


def test_level_of_bodies_is_kept_as_written():
    # corpus 027 (KH 980/KH-UBND Nghệ An): "- Các sở, ban, ngành cấp tỉnh;".
    got = _recipients("Nơi nhận:\n- Các sở, ban, ngành cấp tỉnh;\n- Lưu: VT.\n", NGHE_AN)
    assert got[0] == ("Các sở, ban, ngành cấp tỉnh", None)


def test_party_committee_named_alone_in_a_communes_document():
    # corpus 055 (HD of the BTT Ủy ban MTTQ xã Lương Minh): "- Thường trực Đảng ủy (b/c);".
    got = _recipients("Nơi nhận:\n- Thường trực Đảng ủy (b/c);\n- Văn phòng Đảng ủy;\n- Lưu: VTMTTQ.\n", LUONG_MINH)
    assert got[:2] == [("Thường trực Đảng ủy xã Lương Minh", "báo cáo"), ("Văn phòng Đảng ủy xã Lương Minh", None)]
    # In a department's document "Đảng ủy" is its own, kept as written (seed 02, Sở Y tế Sơn La).
    got = _recipients("Nơi nhận:\n- Đảng ủy, BGĐ Sở Y tế;\n- Lưu: VT, VP.\n", Header(issuer="Sở Y tế tỉnh Sơn La", province="Sơn La"))
    assert got[0] == ("Đảng ủy Sở Y tế", None)


def test_holders_full_name_after_the_body_is_dropped():
    # corpus 021 (KH 982/KH-UBND Nghệ An): "- PCT UBND tỉnh Phùng Thành Vinh;".
    got = _recipients("Nơi nhận:\n- PCT UBND tỉnh Phùng Thành Vinh;\n- Lưu: VT.\n", NGHE_AN)
    assert got[0] == ("Phó Chủ tịch Ủy ban nhân dân tỉnh", None)
    # A place after the level word stays: "Chủ tịch UBND huyện Đồng Văn".
    got = _recipients("Nơi nhận:\n- Chủ tịch UBND huyện Đồng Văn;\n- Lưu: VT.\n", Header(province="Hà Giang"))
    assert got[0] == ("Chủ tịch Ủy ban nhân dân huyện Đồng Văn", None)


def test_level_word_without_its_tone():
    # corpus 027 (KH 980/KH-UBND Nghệ An): "- Bộ Chỉ huy Quân sự tinh;".
    got = _recipients("Nơi nhận:\n- Bộ Chỉ huy Quân sự tinh;\n- Lưu: VT.\n", NGHE_AN)
    assert got[0] == ("Bộ Chỉ huy Quân sự tỉnh Nghệ An", None)


def test_front_committee_and_the_mass_organisations_are_two():
    # corpus 023 (KH 0130/KH-UBND Đắk Lắk): "- UBMTTQVN tỉnh và hội, đoàn thể tỉnh;".
    got = _recipients("Nơi nhận:\n- UBMTTQVN tỉnh và hội, đoàn thể tỉnh;\n- Lưu: VT, KGVX.\n", Header(province="Đắk Lắk"))
    assert got[:2] == [
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk", None),
        ("Hội, đoàn thể tỉnh Đắk Lắk", None),
    ]
