"""Canonical names of bodies, from real fragments of the seeds and corpus."""

import pytest

from vanban.loaders.names import canonical_org, expand_abbreviations, normalize_tones, recase, tidy
from vanban.loaders.records import Header

HA_GIANG = Header(province="Hà Giang")
DONG_VAN = Header(province="Hà Giang", district="Đồng Văn")
KON_TUM = Header(province="Kon Tum")
CAN_THO = Header(province="Cần Thơ")


def test_tidy():
    assert tidy("**Sở Y tế**;  ") == "Sở Y tế"
    assert tidy("UBND tỉnh \n Hà Giang.") == "UBND tỉnh Hà Giang"


def test_expand_abbreviations_whole_words():
    assert expand_abbreviations("Đảng ủy, BGĐ Sở Y tế") == "Đảng ủy, Ban Giám đốc Sở Y tế"
    assert expand_abbreviations("BCH TW") == "Ban Chấp hành Trung ương"
    assert expand_abbreviations("Đăng Website BV") == "Đăng Website Bệnh viện"
    assert expand_abbreviations("UBNDX") == "UBNDX"


def test_old_tones():
    assert normalize_tones("UỶ BAN NHÂN DÂN") == "ỦY BAN NHÂN DÂN"
    assert normalize_tones("Uỷ ban nhân dân tỉnh Thanh Hoá") == "Ủy ban nhân dân tỉnh Thanh Hóa"
    assert normalize_tones("hoàn thành") == "hoàn thành"


@pytest.mark.parametrize(
    "caps, written",
    [
        ("SỞ Y TẾ", "Sở Y tế"),
        ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "Ủy ban nhân dân tỉnh Bắc Ninh"),
        ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo"),
        ("HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG", "Hội đồng nhân dân tỉnh Hà Giang"),
        ("BỆNH VIỆN ĐA KHOA NÀ CHÌ", "Bệnh viện Đa khoa Nà Chì"),
    ],
)
def test_recase_all_caps(caps, written):
    assert recase(caps) == written


@pytest.mark.parametrize(
    "name, header, canonical",
    [
        ("UBND TỈNH HÀ GIANG", None, "Ủy ban nhân dân tỉnh Hà Giang"),
        ("UỶ BAN NHÂN DÂN TỈNH BẮC NINH", None, "Ủy ban nhân dân tỉnh Bắc Ninh"),
        ("SỞ Y TẾ", HA_GIANG, "Sở Y tế tỉnh Hà Giang"),
        ("UBND tỉnh", HA_GIANG, "Ủy ban nhân dân tỉnh Hà Giang"),
        ("Tỉnh ủy", HA_GIANG, "Tỉnh ủy Hà Giang"),
        ("Ban Chấp hành Đảng bộ tỉnh", HA_GIANG, "Ban Chấp hành Đảng bộ tỉnh Hà Giang"),
        ("BTV Tỉnh ủy", KON_TUM, "Ban Thường vụ Tỉnh ủy Kon Tum"),
        ("Sở Nội vụ", KON_TUM, "Sở Nội vụ tỉnh Kon Tum"),
        ("Huyện ủy", DONG_VAN, "Huyện ủy Đồng Văn"),
        ("Ban Dân vận Huyện ủy", DONG_VAN, "Ban Dân vận Huyện ủy Đồng Văn"),
        ("UBND huyện", DONG_VAN, "Ủy ban nhân dân huyện Đồng Văn"),
        ("Ban Bí thư", HA_GIANG, "Ban Bí thư Trung ương Đảng"),
        ("BCH TW", None, "Ban Chấp hành Trung ương Đảng"),
        ("Bộ Chính trị", HA_GIANG, "Bộ Chính trị"),
        ("Thủ tướng", None, "Thủ tướng Chính phủ"),
        # Already qualified: left alone.
        ("Ủy ban nhân dân tỉnh Kon Tum", HA_GIANG, "Ủy ban nhân dân tỉnh Kon Tum"),
        ("Sở Y tế tỉnh Hà Giang", KON_TUM, "Sở Y tế tỉnh Hà Giang"),
        # Seed 001: "Sở Y tế Hà Giang" names the province without "tỉnh".
        ("Sở Y tế Hà Giang", None, "Sở Y tế tỉnh Hà Giang"),
        # A unit of a district is not qualified: only organs named by level are.
        ("Phòng Nội vụ huyện", DONG_VAN, "Phòng Nội vụ huyện"),
        ("UBND thành phố", CAN_THO, "Ủy ban nhân dân thành phố Cần Thơ"),
        ("Sở GD&ĐT TP. Hồ Chí Minh", None, "Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh"),
        ("Trang TTĐT Sở Y tế", None, "Trang thông tin điện tử Sở Y tế"),
        ("", HA_GIANG, None),
    ],
)
def test_canonical_org(name, header, canonical):
    assert canonical_org(name, header) == canonical


def test_acronym_lines_are_not_recased():
    from vanban.loaders.names import is_all_caps

    # Corpus 004 Nơi nhận: "TT. TU, HĐND TP" is acronyms, not a name in capitals.
    assert not is_all_caps("TT. TU, HĐND TP")
    assert is_all_caps("SỞ Y TẾ") and is_all_caps("UBND TỈNH HÀ GIANG")


def test_abbreviation_inside_hyphenated_code_is_kept():
    # "các TC CT-XH" (tổ chức chính trị - xã hội): CT is not Chủ tịch here.
    assert expand_abbreviations("UBMTTQVN TP và các TC CT-XH") == "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các TC CT-XH"
    assert expand_abbreviations("CT, các PCT UBND tỉnh") == "Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh"


def test_institutions_named_by_the_bare_level_word_take_the_documents_place():
    # examples/03: "BỆNH VIỆN ĐA KHOA TỈNH" under "SỞ Y TẾ TỈNH SƠN LA".
    from vanban.loaders.names import canonical_org
    from vanban.loaders.records import Header

    son_la = Header(province="Sơn La")
    assert canonical_org("BỆNH VIỆN ĐA KHOA TỈNH", son_la) == "Bệnh viện Đa khoa tỉnh Sơn La"
    assert canonical_org("Bệnh viện Đa khoa tỉnh Sơn La", son_la) == "Bệnh viện Đa khoa tỉnh Sơn La"
