"""Bodies: parents, units, and successors after the 2025 reorganisation."""

from vanban.graph.build import DocContext, build_graph, load_source, qualify_org
from vanban.graph.orgs import ancestors, central_spelling, is_qualified, org_info


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


# ---------------------------------------------------------------- central bodies and their spellings



def test_ministries_minister_and_their_2025_successors():
    assert org_info("Bộ Y tế").parent == "Chính phủ" and org_info("Bộ Y tế").level == "central"
    # 018.txt: "… của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn (nay là Bộ Nông nghiệp và Môi trường)".
    old = org_info("Bộ Nông nghiệp và Phát triển nông thôn")
    assert old.defunct and old.successor == "Bộ Nông nghiệp và Môi trường"
    assert org_info("Bộ Thông tin và Truyền thông").successor == "Bộ Khoa học và Công nghệ"
    assert not org_info("Bộ Công an").defunct
    # 011.txt: "Thông tư số 55/2023/TT-BTC … của Bộ trưởng Bộ Tài chính": the head of the ministry.
    minister = org_info("Bộ trưởng Bộ Tài chính")
    assert minister.level == "central" and minister.part_of == "Bộ Tài chính" and minister.parent is None


def test_bodies_named_bo_that_are_not_ministries_are_local():
    # 002.txt, 031.txt: "Bộ Chỉ huy Quân sự tỉnh" is each province's military command; 2853/QĐ-UBND
    # of Hồ Chí Minh City: "Bộ Tư lệnh Thành phố"; the one-stop desk of any office.
    for name in ("Bộ Chỉ huy Quân sự tỉnh", "Bộ Tư lệnh Thành phố", "Bộ phận Một cửa", "Bộ đội Biên phòng tỉnh"):
        assert org_info(name).level != "central" and not is_qualified(name), name


def test_national_bodies_named_by_their_level():
    for name in ("Ban Chỉ đạo Trung ương", "Ủy ban Kiểm tra Trung ương", "Ban Thi đua - Khen thưởng Trung ương",
                 "Hội đồng bầu cử quốc gia", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
                 "Trung ương Hội Liên hiệp phụ nữ Việt Nam"):
        assert org_info(name).level == "central" and is_qualified(name), name
    # Local after all: a province's own steering committee, central agencies located in a province.
    for name in ("Ban Chỉ đạo các Chương trình mục tiêu quốc gia", "Các cơ quan Trung ương đóng trên địa bàn tỉnh Đắk Lắk"):
        assert org_info(name).level != "central", name


def test_central_spelling_ignores_case_and_tone_placement():
    assert central_spelling("Bộ Công An") == "Bộ Công an"  # 020.txt, Nơi nhận: "- Bộ Công An;"
    assert central_spelling("Ban Chấp hành Trung ương đảng") == "Ban Chấp hành Trung ương Đảng"
    assert central_spelling("Bộ Trưởng Bộ Y tế") == "Bộ trưởng Bộ Y tế"
    assert central_spelling("Bộ Văn hoá, Thể thao và Du lịch") == "Bộ Văn hóa, Thể thao và Du lịch"
    assert central_spelling("Bộ Tài nguyên Môi trường") == "Bộ Tài nguyên và Môi trường"
    assert central_spelling("Sở Y tế") == "Sở Y tế"


def test_qualify_a_body_named_by_its_level_word_or_a_national_body():
    nghe_an = DocContext(key="k", issuer="Ủy ban nhân dân tỉnh Nghệ An", province="Nghệ An", district=None, year=2025)
    assert qualify_org("Bộ Chỉ huy Quân sự tỉnh", nghe_an) == "Bộ Chỉ huy Quân sự tỉnh Nghệ An"
    assert qualify_org("Công an tỉnh", nghe_an) == "Công an tỉnh Nghệ An"
    assert qualify_org("Ban Chỉ đạo Trung ương", nghe_an) == "Ban Chỉ đạo Trung ương"
    assert qualify_org("Bộ Công An", nghe_an) == "Bộ Công an"
    # "thành phố" in a province's document may be one of its cities: kept within the issuer.
    assert qualify_org("Công an thành phố", nghe_an) == "Công an thành phố (Ủy ban nhân dân tỉnh Nghệ An)"


def test_provincial_commands_of_two_provinces_stay_apart(corpus_dir):
    # 002.txt (Nghệ An) and 031.txt (Đồng Nai) both assign tasks to "Bộ Chỉ huy Quân sự tỉnh".
    g = build_graph(load_source(corpus_dir / f) for f in ("002.txt", "031.txt"))
    commands = sorted(k for k, d in g.nodes(data=True) if d["kind"] == "Organization" and k.startswith("Bộ Chỉ huy Quân sự"))
    assert "Bộ Chỉ huy Quân sự tỉnh" not in commands
    assert {"Bộ Chỉ huy Quân sự tỉnh Nghệ An", "Bộ Chỉ huy Quân sự tỉnh Đồng Nai"} <= set(commands)
