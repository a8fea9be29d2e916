"""Bodies: parents, units, and successors after the 2025 reorganisation."""

from vanban.graph.orgs import ancestors, org_info


def test_hospital_to_government():
    assert ancestors("Bệnh viện Đa khoa Nà Chì", "Hà Giang") == [
        "Sở Y tế tỉnh Hà Giang", "Ủy ban nhân dân tỉnh Hà Giang", "Chính phủ",
    ]


def test_party_chain():
    assert ancestors("Huyện ủy Đồng Văn") == ["Tỉnh ủy Hà Giang", "Ban Chấp hành Trung ương Đảng"]
    assert org_info("Ban Thường vụ Tỉnh ủy Hà Tĩnh").part_of == "Tỉnh ủy Hà Tĩnh"
    assert org_info("Bộ Chính trị").part_of == "Ban Chấp hành Trung ương Đảng"


def test_units_are_part_of_their_body():
    # Seed 004: "gửi về Phòng Tổ chức cán bộ, Sở Y tế".
    assert org_info("Phòng Tổ chức cán bộ, Sở Y tế tỉnh Hà Tĩnh").part_of == "Sở Y tế tỉnh Hà Tĩnh"
    assert org_info("Văn phòng Sở Y tế", "Hà Giang").part_of == "Sở Y tế tỉnh Hà Giang"
    assert org_info("Phòng Nội vụ huyện Đồng Văn").part_of == "Ủy ban nhân dân huyện Đồng Văn"


def test_merged_provinces_keep_name_and_link_to_successor():
    hg = org_info("Ủy ban nhân dân tỉnh Hà Giang")
    assert hg.parent == "Chính phủ" and hg.defunct and hg.successor == "Ủy ban nhân dân tỉnh Tuyên Quang"
    assert org_info("Sở Y tế tỉnh Kon Tum").successor == "Sở Y tế tỉnh Quảng Ngãi"
    ht = org_info("Sở Y tế tỉnh Hà Tĩnh")  # Hà Tĩnh was not merged
    assert ht.successor is None and not ht.defunct
    assert org_info("Ủy ban nhân dân huyện Đồng Văn").defunct  # districts ended in 2025


def test_city_bodies():
    assert org_info("Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh").parent == "Ủy ban nhân dân thành phố Hồ Chí Minh"
