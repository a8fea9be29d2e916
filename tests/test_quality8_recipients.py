"""Nơi nhận, round 8: a purpose mark wrapped onto its own line continues the item above it.
Fragments quoted from the corpus (file named in each test)."""

from __future__ import annotations

from vanban.loaders.recipients import PURPOSE_LINE, find_recipients
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

DAK_LAK = Header(issuer="Ủy ban nhân dân tỉnh Đắk Lắk", province="Đắk Lắk")


def _recipients(closing: str, header: Header) -> list[tuple[str, str | None]]:
    text = make_text("KẾ HOẠCH\nTriển khai\nI. NỘI DUNG\n1. Tổ chức thực hiện./.\n" + closing)
    return [(r.name, r.purpose) for r in find_recipients(text, header)]


# corpus 010 (KH 0124/KH-UBND Đắk Lắk), the block as written.
BLOCK_010 = """Nơi nhận:
- Ban Thi đua - Khen thưởng Trung ương
(b/c);
- TT. Tỉnh ủy; TT. HĐND tỉnh (b/c);
- CT, PCT UBND tỉnh;
- Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể tỉnh;
- Ban Tuyên giáo và Dân vận Tỉnh ủy;
- Các Sở, ban, ngành;
- UBND các xã, phường;
- Chánh, các PCVP UBND tỉnh;
- Báo và Phát thanh, Truyền hình Đắk Lắk;
- Các phòng, Ban, TT thuộc VP. UBND tỉnh;
- Lưu: VT, NV (V-10b).
|
**KT. CHỦ TỊCH **
PHÓ CHỦ TỊCH
**Đào Mỹ**
"""


def test_purpose_mark_on_its_own_line_continues_the_item():
    got = _recipients(BLOCK_010, DAK_LAK)
    assert got[0] == ("Ban Thi đua - Khen thưởng Trung ương", "báo cáo")
    assert ("Thường trực Hội đồng nhân dân tỉnh Đắk Lắk", "báo cáo") in got
    assert got[-1] == ("Lưu: VT, NV (V-10b)", "lưu")
    assert len(got) == 15  # 14 lines, one of which names two bodies (test_body_and_a_group_are_two_recipients)


def test_open_bracket_above_is_a_plain_continuation():
    # corpus 018 (KH 235/KH-UBND Thanh Hóa): "- Bộ Nông nghiệp và Môi trường (để" / "b/c);".
    got = _recipients(
        "Nơi nhận:\n- Bộ Nông nghiệp và Môi trường (để\nb/c);\n- Cục Thủy sản và Kiểm ngư;\n- Lưu: VT, NNMT.\n",
        Header(issuer="Ủy ban nhân dân tỉnh Thanh Hóa", province="Thanh Hóa"),
    )
    assert got[0] == ("Bộ Nông nghiệp và Môi trường", "báo cáo")


def test_purpose_line_regex():
    assert PURPOSE_LINE.match("(b/c);").group("mark") == "b/c"  # corpus 010
    assert PURPOSE_LINE.match("để báo cáo;").group("mark") == "báo cáo"
    assert PURPOSE_LINE.match("(để thực hiện)").group("mark") == "thực hiện"
    assert PURPOSE_LINE.match("(p/h).").group("end") == "."
    assert not PURPOSE_LINE.match("UBND các xã, phường;")


def test_body_and_a_group_are_two_recipients():
    names = [n for n, _ in _recipients(BLOCK_010, DAK_LAK)]
    # corpus 010: "- Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể tỉnh;"
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk" in names
    assert "Các đoàn thể tỉnh Đắk Lắk" in names
    can_tho = Header(issuer="Ủy ban nhân dân thành phố Cần Thơ", province="Cần Thơ")
    # corpus 024: "- UB.MTTQVN và các Đoàn thể TP;": the level said at the end is the front's too.
    got = [n for n, _ in _recipients("Nơi nhận:\n- UB.MTTQVN và các Đoàn thể TP;\n- Lưu: VT, MK.\n", can_tho)]
    assert got[:2] == ["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ", "Các Đoàn thể thành phố"]
    # corpus 004: "- UBMTTQVN TP và các TC CT-XH;"
    got = [n for n, _ in _recipients("Nơi nhận:\n- UBMTTQVN TP và các TC CT-XH;\n- Lưu: VT, M.\n", can_tho)]
    assert got[:2] == ["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ", "Các tổ chức chính trị - xã hội"]


def test_office_holders_joined_by_va():
    # corpus 015 (KH 597/KH-UBND Đồng Tháp): "- CT và các Phó CT UBND Tỉnh;"
    got = [n for n, _ in _recipients(
        "Nơi nhận:\n- Bộ Xây dựng (b/c);\n- CT và các Phó CT UBND Tỉnh;\n- Lưu: VT.\n",
        Header(issuer="Ủy ban nhân dân tỉnh Đồng Tháp", province="Đồng Tháp"),
    )]
    assert got[1:3] == ["Chủ tịch Ủy ban nhân dân tỉnh", "các Phó Chủ tịch Ủy ban nhân dân tỉnh"]


def test_police_and_military_command_on_one_line():
    # corpus 023 (KH 0130/KH-UBND Đắk Lắk), Nơi nhận: "- CA tỉnh, BCHQS tỉnh;".
    got = [n for n, _ in _recipients("Nơi nhận:\n- Bộ Y tế (b/c);\n- CA tỉnh, BCHQS tỉnh;\n- Lưu: VT, KGVX.\n", DAK_LAK)]
    assert got[1:3] == ["Công an tỉnh Đắk Lắk", "Bộ Chỉ huy Quân sự tỉnh Đắk Lắk"]


def test_plural_group_of_lower_case_kinds_is_one_recipient():
    # corpus 001 (KH 141/KH-UBND Bắc Ninh), Nơi nhận: "- Các Sở, cơ quan thuộc UBND tỉnh;".
    got = [n for n, _ in _recipients(
        "Nơi nhận:\n- Bộ Tư pháp (b/c);\n- Các Sở, cơ quan thuộc UBND tỉnh;\n- Lưu: VT, NC.\n",
        Header(issuer="Ủy ban nhân dân tỉnh Bắc Ninh", province="Bắc Ninh"),
    )]
    assert got[1] == "Các Sở, cơ quan thuộc Ủy ban nhân dân tỉnh"


def test_office_code_with_a_dot():
    # corpus 036 (CT 010/CT-UBND Đắk Lắk), Nơi nhận: "*-* CT, các PCT. UBND tỉnh;", "- CVP, các PCVP.UBND tỉnh;".
    got = [n for n, _ in _recipients("Nơi nhận:\n*-* CT, các PCT. UBND tỉnh;\n- CVP, các PCVP.UBND tỉnh;\n- Lưu: VT.\n", DAK_LAK)]
    assert got[:4] == [
        "Chủ tịch Ủy ban nhân dân tỉnh", "các Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "Chánh Văn phòng Ủy ban nhân dân tỉnh", "các Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
    ]
