"""Provinces and districts from the vietnamadminunits data."""

import subprocess
import sys

from vanban.loaders.places import (
    district_name,
    find_district,
    find_province,
    is_city,
    province_level_word,
    province_name,
    province_of_district,
    provinces,
    strip_accents,
    successor_province,
)


def test_sixty_three_provinces_before_2025():
    # The 63 of 2024 (Thừa Thiên Huế among them), Huế as named since 2025, and Hà Tây (until 2008).
    names = provinces()
    assert len(names) == 65
    assert {"Hà Giang", "Kon Tum", "Hà Tĩnh", "Bắc Ninh", "Hồ Chí Minh", "Thừa Thiên Huế", "Huế", "Hà Tây"} <= set(names)


def test_a_renamed_province_keeps_its_name_and_is_succeeded():
    """Documents until 2024 say "tỉnh Thừa Thiên Huế" (the package data says "Thành phố Huế" only):
    the old province is read, keeps its level word, and its bodies are succeeded by the city's."""
    from vanban.graph.orgs import org_info
    from vanban.loaders.places import province_mentions

    assert province_name("tỉnh Thừa Thiên Huế") == province_name("Thừa Thiên - Huế") == "Thừa Thiên Huế"
    assert province_level_word("Thừa Thiên Huế") == "tỉnh" and successor_province("Thừa Thiên Huế") == "Huế"
    text = "ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ … Ủy ban nhân dân tỉnh Thừa Thiên Huế ban hành Kế hoạch"
    assert set(province_mentions(text)) == {"Thừa Thiên Huế"}
    info = org_info("Sở Y tế tỉnh Thừa Thiên Huế")
    assert info.parent == "Ủy ban nhân dân tỉnh Thừa Thiên Huế" and info.defunct
    assert info.successor == "Sở Y tế thành phố Huế"
    assert org_info("Ủy ban nhân dân tỉnh Thừa Thiên Huế").successor == "Ủy ban nhân dân thành phố Huế"


def test_province_name_any_case_or_accent():
    assert province_name("TỈNH BẮC NINH") == "Bắc Ninh"
    assert province_name("ha giang") == "Hà Giang"
    assert province_name("Thành phố Cần Thơ") == "Cần Thơ"
    assert province_name("Nà Chì") is None


def test_district_to_province_unique_only():
    assert province_of_district("Đồng Văn") == "Hà Giang"
    assert province_of_district("ĐỒNG VĂN") == "Hà Giang"
    # Typo in seed 002's closing: "huyện Đông Văn".
    assert province_of_district("Đông Văn") == "Hà Giang"
    assert district_name("Đông Văn") == "Đồng Văn"
    # Châu Thành is a district of several Mekong provinces.
    assert province_of_district("Châu Thành") is None


def test_successor_after_2025():
    assert successor_province("Hà Giang") == "Tuyên Quang"
    assert successor_province("Kon Tum") == "Quảng Ngãi"
    assert successor_province("Hà Nội") == "Hà Nội"
    assert successor_province("Atlantis") is None


def test_find_province_weighs_level_word_and_ignores_uncle_ho():
    text = (
        "Thực hiện Kế hoạch số 233/KH-UBND, ngày 22/9/2022 của UBND tỉnh Hà Giang; "
        "tư tưởng dân vận của Chủ tịch Hồ Chí Minh, Hồ Chí Minh"
    )
    assert find_province(text) == "Hà Giang"
    assert find_province("UBND TỈNH HÀ GIANG\nSỞ Y TẾ") == "Hà Giang"
    assert find_province("tư tưởng Hồ Chí Minh") is None
    assert find_province("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH") == "Hồ Chí Minh"


def test_find_district():
    assert find_district("Kế hoạch số 138-KH/HU ngày 23/8/2022 của Huyện ủy Đồng Văn; UBND huyện Đồng Văn") == "Đồng Văn"
    assert find_district("Sở Y tế tỉnh Kon Tum") is None


def test_city_level_word():
    assert is_city("Cần Thơ") and province_level_word("Cần Thơ") == "thành phố"
    assert province_level_word("Kon Tum") == "tỉnh"


def test_strip_accents():
    assert strip_accents("Đồng Văn") == "dong van"


def test_province_data_is_read_without_importing_the_package():
    # The package's __init__ imports shapely and numpy (half a second at every start of the
    # CLI and of every worker); only its JSON data is needed.
    code = (
        "import sys\n"
        "from vanban.loaders.places import find_province\n"
        "assert find_province('UBND tỉnh Hà Giang') == 'Hà Giang'\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('vietnamadminunits', 'shapely', 'numpy')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
