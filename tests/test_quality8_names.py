"""Names, round 8: a final "CT" after a body's name is a place, not "Chủ tịch"; a capitalised level
word at the end ("UBND Tỉnh", "UBND Thành phố") is the level word, qualified like "UBND tỉnh".
Fragments quoted from the corpus (file named in each test)."""

from __future__ import annotations

from vanban.loaders.names import CAPITAL_LEVEL_END, PLACE_INITIALS, canonical_org, expand_abbreviations
from vanban.loaders.records import Header

CAN_THO = Header(issuer="Ủy ban nhân dân thành phố Cần Thơ", province="Cần Thơ")
HA_NOI = Header(issuer="Ủy ban nhân dân thành phố Hà Nội", province="Hà Nội")
DONG_THAP = Header(issuer="Ủy ban nhân dân tỉnh Đồng Tháp", province="Đồng Tháp")


def test_final_ct_is_a_place_not_a_title():
    # corpus 024 (Cần Thơ), Nơi nhận: "- Báo và PTTH CT;" was "Báo và Phát thanh, Truyền hình Chủ tịch".
    assert expand_abbreviations("Báo và PTTH CT") == "Báo và Phát thanh, Truyền hình CT"
    assert canonical_org("Báo và PTTH CT", CAN_THO) == "Báo và Phát thanh, Truyền hình Cần Thơ"
    # Without the document's place the initials stay as written (never "Chủ tịch").
    assert canonical_org("Báo và PTTH CT") == "Báo và Phát thanh, Truyền hình CT"
    # Where CT is a title it is still expanded: corpus 024 "- CT, PCT UBND TP;", corpus 036 "CT, các PCT. UBND tỉnh".
    assert expand_abbreviations("CT UBND tỉnh") == "Chủ tịch Ủy ban nhân dân tỉnh"
    assert expand_abbreviations("CT") == "Chủ tịch"
    assert expand_abbreviations("TTUB: CT") == "TTUB: Chủ tịch"


def test_place_initials_regex():
    assert PLACE_INITIALS.search("Báo và Phát thanh, Truyền hình CT").group("code") == "CT"
    assert PLACE_INITIALS.search("Thành ủy TP HCM").group("code") == "HCM"
    assert not PLACE_INITIALS.search("Sở Y tế")


def test_capitalised_level_word_at_the_end():
    # corpus 015 (Đồng Tháp): "báo cáo Ủy ban nhân dân Tỉnh xem xét, quyết định".
    assert canonical_org("Ủy ban nhân dân Tỉnh", DONG_THAP) == "Ủy ban nhân dân tỉnh Đồng Tháp"
    # corpus 020 (Hà Nội): "báo cáo UBND Thành phố kết quả thực hiện thông qua Sở Khoa học và Công nghệ".
    assert canonical_org("UBND Thành phố", HA_NOI) == "Ủy ban nhân dân thành phố Hà Nội"
    # In a province, a "thành phố" is a city below it: no place is taken, the level word is kept.
    assert canonical_org("UBND Thành phố", DONG_THAP) == "Ủy ban nhân dân thành phố"
    assert canonical_org("UBND Tỉnh") == "Ủy ban nhân dân tỉnh"
    assert CAPITAL_LEVEL_END.search("Công an Thành phố")  # corpus 043
    assert not CAPITAL_LEVEL_END.search("Thành ủy Thành phố Hồ Chí Minh")  # corpus 008
    assert not CAPITAL_LEVEL_END.search("Tỉnh")


def test_military_commands():
    # corpus 027 (Nghệ An): "2. Bộ CHQS tỉnh có trách nhiệm tham mưu Ủy ban nhân dân tỉnh …".
    assert expand_abbreviations("Bộ CHQS tỉnh") == "Bộ Chỉ huy Quân sự tỉnh"
    # corpus 023 (Đắk Lắk), Nơi nhận: "- CA tỉnh, BCHQS tỉnh;".
    assert expand_abbreviations("BCHQS tỉnh") == "Bộ Chỉ huy Quân sự tỉnh"
    # corpus 004 (Cần Thơ), Nơi nhận: "- BCH Bộ đội Biên phòng TP;": a command, not a Party executive.
    assert expand_abbreviations("BCH Bộ đội Biên phòng TP") == "Ban Chỉ huy Bộ đội Biên phòng thành phố"
    assert expand_abbreviations("BCH Đảng bộ") == "Ban Chấp hành Đảng bộ"
