"""Round 22 (orgrules13): the name rules made cheaper on their first run give the same answers.

The commune bodies' parents are built one at a time (``orgs._commune_body_parent``), the place
lookups memoised; these pin each branch with the real names they read."""

from vanban.graph.orgs import org_info, with_province
from vanban.loaders.places import district_name, province_name, province_of_district


def test_a_commune_body_is_under_the_province_body_of_its_kind():
    # Corpus 057 (Quảng Ninh): "Ủy ban nhân dân xã Lương Minh"; the synthetic plans' "Hội Nông dân xã Gia Kiệm, tỉnh Đồng Nai".
    parents = {
        body: org_info(f"{body} xã Lương Minh", "Quảng Ninh").parent
        for body in ("Ủy ban nhân dân", "Đảng ủy", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Công an", "Hội Nông dân", "Hội đồng nhân dân")
    }
    assert parents == {
        "Ủy ban nhân dân": "Ủy ban nhân dân tỉnh Quảng Ninh",
        "Đảng ủy": "Tỉnh ủy Quảng Ninh",
        "Ủy ban Mặt trận Tổ quốc Việt Nam": "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh",
        "Công an": "Công an tỉnh Quảng Ninh",
        "Hội Nông dân": "Hội Nông dân tỉnh Quảng Ninh",
        "Hội đồng nhân dân": None,  # a council has no parent body
    }
    assert org_info("Hội Nông dân xã Gia Kiệm, tỉnh Đồng Nai").parent == "Hội Nông dân tỉnh Đồng Nai"
    # A centrally-run city's: "thành phố", and its party committee is the Thành ủy.
    assert org_info("Công an phường 1", "Cần Thơ").parent == "Công an thành phố Cần Thơ"
    assert org_info("Đảng ủy phường 1", "Cần Thơ").parent == "Thành ủy Cần Thơ"
    # No province known: no parent.
    assert org_info("Ủy ban nhân dân xã Lương Minh").parent is None


def test_a_name_read_once_takes_each_documents_province():
    # with_province reads the name alone once (memoised by it), the province per call.
    name = "Trạm Y tế xã Lương Minh"
    assert with_province(name, "Quảng Ninh") == "Trạm Y tế xã Lương Minh, tỉnh Quảng Ninh"
    assert with_province(name, "Thanh Hóa") == "Trạm Y tế xã Lương Minh, tỉnh Thanh Hóa"
    assert with_province(name, None) == name
    # "Bệnh viện Mắt" in a Hồ Chí Minh City document, then in a Hà Nội one: no comma, the city's level word.
    assert with_province("Bệnh viện Mắt", "Hồ Chí Minh") == "Bệnh viện Mắt thành phố Hồ Chí Minh"
    assert with_province("Bệnh viện Mắt", "Hà Nội") == "Bệnh viện Mắt thành phố Hà Nội"
    assert with_province("Sở Y tế tỉnh Hà Giang", "Tuyên Quang") == "Sở Y tế tỉnh Hà Giang"


def test_place_names_written_any_way():
    assert [province_name(n) for n in ("HÀ GIANG", "ha giang", "Tỉnh Hà Giang", "TP. Cần Thơ", "Đắc Lắc", "Lương Minh", "")] == [
        "Hà Giang", "Hà Giang", "Hà Giang", "Cần Thơ", "Đắk Lắk", None, None,
    ]
    assert district_name("Đông Văn") == "Đồng Văn" and district_name("ĐỒNG VĂN") == "Đồng Văn"
    assert province_of_district("Đồng Văn") == "Hà Giang"
    assert province_of_district("Châu Thành") is None  # a district several provinces have
