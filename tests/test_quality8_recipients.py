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
    assert len(got) == 14


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
