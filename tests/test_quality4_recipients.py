"""Recipients, round 4: front committees of villages and wards written as codes. Fragments from the corpus."""

from __future__ import annotations

from vanban.loaders.parties import normalize_name
from vanban.loaders.recipients import find_recipients
from vanban.loaders.records import Header
from vanban.loaders.text import make_text


def test_front_committee_codes_expanded():
    # corpus 056 and 062 (Nơi nhận of Ban Thường trực UBMTTQ of a ward and a commune).
    text = make_text(
        "Nơi nhận:\n- Ủy ban nhân dân phường;\n- Ban CTMT TDP ( Thực hiện)\n- Ban CTMT thôn;\n- Lưu: VTMT.\n"
        "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nPhạm Thị Thúy\n"
    )
    header = Header(issuer="Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường Bắc Cam Ranh", province="Khánh Hòa")
    names = [r.name for r in find_recipients(text, header)]
    assert "Ban Công tác Mặt trận tổ dân phố" in names
    assert "Ban Công tác Mặt trận thôn" in names
    # corpus 051, in the body: "Các cơ quan, đơn vị và Ban CTMT thôn gửi toàn bộ biên bản …".
    assert normalize_name("Ban CTMT thôn") == "Ban Công tác Mặt trận thôn"


def test_broadcaster_code_expanded():
    # corpus 035: "- Báo và PTTH Đắk Lắk;".
    assert normalize_name("Báo và PTTH Đắk Lắk") == "Báo và Phát thanh, Truyền hình Đắk Lắk"
