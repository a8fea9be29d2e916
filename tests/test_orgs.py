"""Bodies: parents, units, and successors after the 2025 reorganisation."""

from vanban.graph.build import DocContext, build_graph, load_source, qualify_org
from vanban.graph.orgs import SINCE_2025, ancestors, central_spelling, is_qualified, local_spelling, org_info, superior, with_province


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


# ---------------------------------------------------------------- communes and shared district names


def _ctx(issuer: str, province: str, district: str | None = None) -> DocContext:
    # Dated as corpus 051 (22/12/2025): it names the 2025 communes (xã Lương Minh of Quảng Ninh had one
    # of that name before, in huyện Ba Chẽ, another body: tests/test_quality27_samename.py).
    return DocContext(key="k", issuer=issuer, province=province, district=district, year=2025, era=SINCE_2025)


def test_communes_of_one_name_in_two_provinces_never_share_a_key():
    # "xã Lương Minh" is a commune of Quảng Ninh (corpus 051) and one of Thanh Hóa.
    qn = qualify_org("Ủy ban nhân dân xã Lương Minh", _ctx("Ủy ban nhân dân tỉnh Quảng Ninh", "Quảng Ninh"))
    th = qualify_org("Ủy ban nhân dân xã Lương Minh", _ctx("Ủy ban nhân dân tỉnh Thanh Hóa", "Thanh Hóa"))
    assert qn == "Ủy ban nhân dân xã Lương Minh, tỉnh Quảng Ninh"
    assert th == "Ủy ban nhân dân xã Lương Minh, tỉnh Thanh Hóa"
    # The issuer's own key too: it is read without an issuer.
    raw = DocContext(key="", issuer=None, province="Quảng Ninh", district=None, year=None)
    assert qualify_org("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh", raw) == (
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh, tỉnh Quảng Ninh")
    # A list of levels is no commune; a name that gives its province keeps it.
    assert with_province("Ủy ban nhân dân các xã, phường", "Sơn La") == "Ủy ban nhân dân các xã, phường"
    assert with_province("Ủy ban nhân dân xã Lương Minh, tỉnh Quảng Ninh", "Thanh Hóa").endswith("tỉnh Quảng Ninh")


def test_districts_whose_name_several_provinces_share_take_the_province():
    # "huyện Châu Thành" is a district of Tiền Giang, Bến Tre, Đồng Tháp, …; "huyện Đồng Văn" only Hà Giang's.
    tg = with_province("Ủy ban nhân dân huyện Châu Thành", "Tiền Giang")
    bt = with_province("Ủy ban nhân dân huyện Châu Thành", "Bến Tre")
    assert tg != bt and tg == "Ủy ban nhân dân huyện Châu Thành, tỉnh Tiền Giang"
    assert org_info(tg).parent == "Ủy ban nhân dân tỉnh Tiền Giang"
    assert org_info(bt).parent == "Ủy ban nhân dân tỉnh Bến Tre"
    assert org_info("Phòng Nội vụ huyện Châu Thành, tỉnh Bến Tre").part_of == "Ủy ban nhân dân huyện Châu Thành, tỉnh Bến Tre"
    assert with_province("Ủy ban nhân dân huyện Đồng Văn", "Hà Giang") == "Ủy ban nhân dân huyện Đồng Văn"
    # A district's own province wins over the document's: Đồng Văn is Hà Giang's, named in a Sơn La plan.
    assert org_info("Ủy ban nhân dân huyện Đồng Văn", "Sơn La").parent == "Ủy ban nhân dân tỉnh Hà Giang"


def test_commune_bodies_link_to_their_province_since_2025():
    assert ancestors("Ủy ban nhân dân xã Lương Minh, tỉnh Quảng Ninh") == ["Ủy ban nhân dân tỉnh Quảng Ninh", "Chính phủ"]
    assert ancestors("Đảng ủy xã Lương Minh, tỉnh Quảng Ninh") == ["Tỉnh ủy Quảng Ninh", "Ban Chấp hành Trung ương Đảng"]
    assert ancestors("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường Bắc Cam Ranh, tỉnh Khánh Hòa") == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam phường Bắc Cam Ranh, tỉnh Khánh Hòa",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Khánh Hòa",
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    ]
    assert org_info("Hội đồng nhân dân xã Lương Minh, tỉnh Quảng Ninh").level == "commune"


def test_a_commune_document_names_its_own_commune_by_the_level_word():
    # Corpus 051/057 (Ban Thường trực Ủy ban MTTQ xã Lương Minh): "Hội đồng nhân dân xã", "Thường trực Đảng ủy xã".
    ctx = _ctx("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh, tỉnh Quảng Ninh", "Quảng Ninh")
    assert qualify_org("Hội đồng nhân dân xã", ctx) == "Hội đồng nhân dân xã Lương Minh, tỉnh Quảng Ninh"
    assert qualify_org("Ban Thường trực Uỷ ban Mặt trận Tổ quốc Việt Nam xã", ctx) == ctx.issuer
    # "cấp xã" is every commune's, not the issuer's.
    assert qualify_org("Ủy ban nhân dân cấp xã", ctx).endswith(f"({ctx.issuer})")
    # The commune's party committee and its organs, named without the commune (corpus 051, 058).
    assert qualify_org("Thường trực Đảng ủy", ctx) == "Thường trực Đảng ủy xã Lương Minh, tỉnh Quảng Ninh"
    assert ancestors("Thường trực Đảng ủy xã Lương Minh, tỉnh Quảng Ninh")[:2] == [
        "Đảng ủy xã Lương Minh, tỉnh Quảng Ninh", "Tỉnh ủy Quảng Ninh"]
    assert qualify_org("Ủy ban bầu cử", ctx) == "Ủy ban bầu cử xã Lương Minh, tỉnh Quảng Ninh"
    # Not in a province's document.
    assert qualify_org("Thường trực Đảng ủy", _ctx("Ủy ban nhân dân tỉnh Sơn La", "Sơn La")).endswith("(Ủy ban nhân dân tỉnh Sơn La)")


def test_a_councils_document_names_its_own_organs_without_the_place():
    # Corpus 077 (Hội đồng nhân dân tỉnh Hà Giang): "Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân…".
    ha_giang = _ctx("Hội đồng nhân dân tỉnh Hà Giang", "Hà Giang")
    assert qualify_org("Thường trực Hội đồng nhân dân", ha_giang) == "Thường trực Hội đồng nhân dân tỉnh Hà Giang"
    # Corpus 079 (Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu): "Ủy ban nhân dân, Chủ tịch và các thành viên …".
    brvt = _ctx("Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu")
    assert qualify_org("Ủy ban nhân dân", brvt) == "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"
    # Not in another body's document: a Sở's "Hội đồng nhân dân" stays within it.
    so = _ctx("Sở Y tế tỉnh Hà Giang", "Hà Giang")
    assert qualify_org("Hội đồng nhân dân", so) == "Hội đồng nhân dân (Sở Y tế tỉnh Hà Giang)"


# ---------------------------------------------------------------- one body, one spelling


def test_local_bodies_have_one_spelling_whatever_the_case():
    # 001.txt (Bắc Ninh): "- Công an tỉnh; Bộ Chỉ huy quân sự tỉnh;"; 048.txt (Sơn La): "gửi Sở Công thương".
    assert local_spelling("Bộ Chỉ huy quân sự tỉnh Bắc Ninh") == "Bộ Chỉ huy Quân sự tỉnh Bắc Ninh"
    assert local_spelling("Sở Công thương tỉnh Sơn La") == "Sở Công Thương tỉnh Sơn La"
    assert local_spelling("Sở Khoa học và Công Nghệ tỉnh Sơn La") == "Sở Khoa học và Công nghệ tỉnh Sơn La"
    assert local_spelling("Sở Khoa học Công nghệ tỉnh Đồng Nai") == "Sở Khoa học và Công nghệ tỉnh Đồng Nai"
    assert local_spelling("Sở Văn hoá, Thể thao và Du lịch tỉnh Bắc Ninh") == "Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Ninh"
    assert local_spelling("Viện kiểm sát nhân dân tỉnh Nghệ An") == "Viện Kiểm sát nhân dân tỉnh Nghệ An"
    assert local_spelling("Ủy ban nhân dân Thành phố Hồ Chí Minh") == "Ủy ban nhân dân thành phố Hồ Chí Minh"
    assert local_spelling("Báo và phát thanh, truyền hình Sơn La") == "Báo và Phát thanh, Truyền hình Sơn La"
    assert local_spelling("Các Phó chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa") == "Các Phó Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa"
    # The front and its committee: one body per province.
    for name in ("Mặt trận Tổ quốc tỉnh Bắc Ninh", "Ủy ban Mặt trận Tổ quốc tỉnh Bắc Ninh", "Mặt trận Tổ quốc Việt Nam tỉnh Bắc Ninh"):
        assert local_spelling(name) == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Ninh", name
    # A head is respelled only before a level word or alone: a list stays as written.
    assert local_spelling("Công an xã, thôn") == "Công an xã, thôn"
    # The first letter of a key is a capital: "các cơ quan, đơn vị" and "Các cơ quan, đơn vị" are one.
    son_la = _ctx("Ủy ban nhân dân tỉnh Sơn La", "Sơn La")
    assert qualify_org("các cơ quan, đơn vị", son_la) == qualify_org("Các cơ quan, đơn vị", son_la)


def test_a_citys_party_committee_is_its_thanh_uy():
    assert local_spelling("Tỉnh ủy Cần Thơ") == "Thành ủy Cần Thơ"
    assert local_spelling("Văn phòng Thành ủy Hồ Chí Minh") == "Văn phòng Thành ủy Thành phố Hồ Chí Minh"
    assert local_spelling("Tỉnh ủy Sơn La") == "Tỉnh ủy Sơn La"
    # Hậu Giang merged into the city of Cần Thơ in 2025.
    assert org_info("Tỉnh ủy Hậu Giang").successor == "Thành ủy Cần Thơ"
    assert org_info("Ban Thường vụ Tỉnh ủy Hậu Giang").successor == "Ban Thường vụ Thành ủy Cần Thơ"


# ---------------------------------------------------------------- parents


def test_branches_of_central_bodies_in_a_province():
    assert ancestors("Công an tỉnh Nghệ An") == ["Bộ Công an", "Chính phủ"]
    assert org_info("Tòa án nhân dân thành phố Cần Thơ").parent == "Tòa án nhân dân tối cao"
    assert org_info("Viện Kiểm sát nhân dân tỉnh Đồng Nai").parent == "Viện Kiểm sát nhân dân tối cao"
    hg = org_info("Công an tỉnh Hà Giang")
    assert hg.successor == "Công an tỉnh Tuyên Quang" and hg.defunct
    assert org_info("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sơn La").parent == "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    # A junk name that starts like a front committee is not placed as a district's.
    assert org_info("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và hội, đoàn thể tỉnh Đắk Lắk").parent is None


def test_organs_and_heads_are_part_of_their_body():
    assert org_info("Thường trực Hội đồng nhân dân tỉnh Sơn La").part_of == "Hội đồng nhân dân tỉnh Sơn La"
    assert org_info("Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Quảng Ninh").part_of == "Hội đồng nhân dân tỉnh Quảng Ninh"
    assert org_info("Văn phòng Hội đồng nhân dân tỉnh Quảng Ngãi").part_of == "Hội đồng nhân dân tỉnh Quảng Ngãi"
    assert org_info("Thường trực Tỉnh ủy Sơn La").part_of == "Tỉnh ủy Sơn La"
    assert org_info("Văn phòng Tỉnh ủy Nghệ An").part_of == "Tỉnh ủy Nghệ An"
    assert org_info("Ủy ban Kiểm tra Tỉnh ủy Nghệ An").part_of == "Tỉnh ủy Nghệ An"
    assert org_info("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Khánh Hòa").part_of == (
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Khánh Hòa")
    assert org_info("Thường trực Hội đồng nhân dân tỉnh Hà Giang").successor == "Thường trực Hội đồng nhân dân tỉnh Tuyên Quang"
    assert org_info("Chủ tịch Ủy ban nhân dân tỉnh Lai Châu").part_of == "Ủy ban nhân dân tỉnh Lai Châu"
    assert org_info("Các Phó Chủ tịch Ủy ban nhân dân tỉnh Nghệ An").part_of == "Ủy ban nhân dân tỉnh Nghệ An"
    assert org_info("Chánh Văn phòng Ủy ban nhân dân tỉnh Đồng Nai").part_of == "Văn phòng Ủy ban nhân dân tỉnh Đồng Nai"
    assert org_info("Ban Dân tộc tỉnh Hà Giang").parent == "Ủy ban nhân dân tỉnh Hà Giang"


def test_a_provinces_own_city_is_district_level():
    # "thành phố Sơn La" is Sơn La province's city, not a centrally-run one like Cần Thơ.
    city = org_info("Ủy ban nhân dân thành phố Sơn La")
    assert city.level == "district" and city.parent == "Ủy ban nhân dân tỉnh Sơn La"
    assert org_info("Ủy ban nhân dân thành phố Cần Thơ").parent == "Chính phủ"


def test_a_list_that_starts_with_a_ministry_is_no_ministry():
    # 002.txt (Nghệ An): "gửi Bộ Khoa học và Công nghệ, Ủy nhân dân tỉnh" read as one name.
    assert org_info("Bộ Khoa học và Công nghệ, Ủy nhân dân tỉnh Nghệ An").level != "central"


# ---------------------------------------------------------------- on the corpus


def _org_keys(g) -> set[str]:
    return {k for k, d in g.nodes(data=True) if d["kind"] == "Organization"}


def _links(g, key: str, kind: str) -> set[str]:
    return {t for _, t, d in g.out_edges(key, data=True) if d.get("type", d.get("kind")) == kind}


def test_commune_documents_in_the_graph(corpus_dir):
    # 051 and 057: plans of the Front of xã Lương Minh (Quảng Ninh); 056: phường Bắc Cam Ranh (Khánh Hòa);
    # 058: a subcommittee of the election committee of xã Phố Bảng (Tuyên Quang since 2025).
    g = build_graph(load_source(corpus_dir / f) for f in ("051.txt", "056.txt", "057.txt", "058.txt"))
    keys = _org_keys(g)
    luong_minh = "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh, tỉnh Quảng Ninh"
    assert luong_minh in keys
    assert not any(k.endswith("xã Lương Minh") for k in keys)  # never without its province
    front = "Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh, tỉnh Quảng Ninh"
    assert front in _links(g, luong_minh, "PART_OF") | _links(g, luong_minh, "UNDER")
    assert _links(g, front, "UNDER") == {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh"}
    assert "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường Bắc Cam Ranh, tỉnh Khánh Hòa" in keys
    assert "Ủy ban bầu cử xã Phố Bảng, tỉnh Tuyên Quang" in keys
    # The commune's own bodies named by the level word are not scoped within the issuer any more.
    assert not any(k.startswith(("Hội đồng nhân dân xã (", "Ủy ban nhân dân xã (")) for k in keys)
    # 056 cites "Thông tri số 04/TT-MTTW-BTT" of the (central) Ủy ban Mặt trận Tổ quốc Việt Nam: a cited
    # instrument's bare issuer is not the ward's own Front.
    cited = [d for k, d in g.nodes(data=True) if d["kind"] == "Document" and "04/TT-MTTW-BTT" in k]
    assert cited and all(d.get("issuer") != "Ủy ban Mặt trận Tổ quốc Việt Nam phường Bắc Cam Ranh, tỉnh Khánh Hòa" for d in cited)


def test_one_department_however_a_plan_spells_it(corpus_dir):
    # 048.txt (Sơn La): "Sở Công Thương chủ trì …" and "gửi Sở Công thương tổng hợp".
    g = build_graph([load_source(corpus_dir / "048.txt")])
    departments = {k for k in _org_keys(g) if k.casefold().startswith("sở công thương")}
    assert departments == {"Sở Công Thương tỉnh Sơn La"}
    # 001.txt (Bắc Ninh): "- Công an tỉnh; Bộ Chỉ huy quân sự tỉnh;".
    g = build_graph([load_source(corpus_dir / "001.txt")])
    assert "Bộ Chỉ huy Quân sự tỉnh Bắc Ninh" in _org_keys(g)
    assert _links(g, "Công an tỉnh Bắc Ninh", "UNDER") == {"Bộ Công an"}


def test_a_province_written_after_a_commune_or_district_is_read_once():
    # As addresses write it ("UBND huyện Châu Thành, tỉnh An Giang", "UBND huyện Châu Phú tỉnh An Giang"):
    # the comma is the key's; a district only one province has needs no province.
    assert with_province("Ủy ban nhân dân huyện Châu Thành tỉnh An Giang", None) == "Ủy ban nhân dân huyện Châu Thành, tỉnh An Giang"
    assert with_province("Ủy ban nhân dân huyện Đồng Văn, tỉnh Hà Giang", "Hà Giang") == "Ủy ban nhân dân huyện Đồng Văn"
    assert with_province("Ủy ban nhân dân xã Lương Minh tỉnh Quảng Ninh", None) == "Ủy ban nhân dân xã Lương Minh, tỉnh Quảng Ninh"
    # A document of another province does not move a body that names its own.
    assert with_province("Ủy ban nhân dân huyện Châu Thành, tỉnh An Giang", "Bến Tre").endswith("tỉnh An Giang")
    assert with_province("Ủy ban nhân dân tỉnh Hà Giang", "Hà Giang") == "Ủy ban nhân dân tỉnh Hà Giang"


def test_a_districts_document_names_its_own_offices_without_the_place():
    # 002_… (Ủy ban nhân dân huyện Đồng Văn): "Phòng Nội vụ chủ trì …", "Trung tâm Văn hóa - Thông tin và
    # du lịch huyện", "Thường trực Huyện ủy"; 04_… (Mộc Châu): "Phòng Nội vụ huyện".
    dong_van = _ctx("Ủy ban nhân dân huyện Đồng Văn", "Hà Giang", "Đồng Văn")
    assert qualify_org("Phòng Nội vụ", dong_van) == qualify_org("Phòng Nội vụ huyện", dong_van) == "Phòng Nội vụ huyện Đồng Văn"
    assert qualify_org("Trung tâm Văn hóa - Thông tin và du lịch huyện", dong_van) == (
        "Trung tâm Văn hóa - Thông tin và du lịch huyện Đồng Văn")
    assert qualify_org("Thường trực Huyện ủy", dong_van) == "Thường trực Huyện ủy Đồng Văn"
    assert org_info("Thường trực Huyện ủy Đồng Văn").part_of == "Huyện ủy Đồng Văn"
    # A list stays within the issuer; a Sở's "Phòng Nội vụ" is its own unit, not a district's.
    assert qualify_org("Phòng Kinh tế/ Phòng Kinh tế, Hạ tầng và Đô thị", dong_van).endswith("(Ủy ban nhân dân huyện Đồng Văn)")
    so = _ctx("Sở Y tế tỉnh Hà Giang", "Hà Giang")
    assert qualify_org("Phòng Nội vụ", so) == "Phòng Nội vụ (Sở Y tế tỉnh Hà Giang)"


def test_collective_names_have_one_spelling_and_a_citys_take_the_city():
    ha_noi = _ctx("Ủy ban nhân dân thành phố Hà Nội", "Hà Nội")
    # 020.txt (Hà Nội): "Các Sở, ban, ngành Thành phố"; "các sở, ban, ngành thành phố" as others write it.
    assert qualify_org("Các Sở, ban, ngành Thành phố", ha_noi) == qualify_org("các sở, ban, ngành thành phố", ha_noi) == (
        "Các sở, ban, ngành thành phố Hà Nội")
    # In a province's document "thành phố" may be one of its cities: kept within the issuer.
    nghe_an = _ctx("Ủy ban nhân dân tỉnh Nghệ An", "Nghệ An")
    assert qualify_org("Các đoàn thể thành phố", nghe_an) == "Các đoàn thể thành phố (Ủy ban nhân dân tỉnh Nghệ An)"
    # 002.txt (Nghệ An), Nơi nhận: "- Bộ Công an (qua Cục A03);": the routing note is not the body's name.
    assert qualify_org("Bộ Công an (qua Cục A03)", nghe_an) == "Bộ Công an"
    # "Các Hội đồng nhân dân" names councils, not "hội" (associations): its capital stays.
    assert qualify_org("Các Hội đồng nhân dân", nghe_an).startswith("Các Hội đồng nhân dân")


def test_schools_of_one_name_in_two_provinces_never_share_a_key():
    # "Trường THPT Nguyễn Trãi" is the name of schools in many provinces; its own plan names it so.
    hd = qualify_org("Trường Trung học phổ thông Nguyễn Trãi", _ctx("Sở Giáo dục và Đào tạo tỉnh Hải Dương", "Hải Dương"))
    raw = DocContext(key="", issuer=None, province="Hà Nội", district=None, year=None)
    hn = qualify_org("Trường Trung học phổ thông Nguyễn Trãi", raw)  # the issuer's own key
    assert hd == "Trường Trung học phổ thông Nguyễn Trãi, tỉnh Hải Dương"
    assert hn == "Trường Trung học phổ thông Nguyễn Trãi, thành phố Hà Nội"
    assert ancestors(hd)[:2] == ["Sở Giáo dục và Đào tạo tỉnh Hải Dương", "Ủy ban nhân dân tỉnh Hải Dương"]
    # A kindergarten is the commune's since 2025, and which commune the name does not say.
    kg = qualify_org("Trường Mầm non Hoa Sen", _ctx("Ủy ban nhân dân tỉnh Sơn La", "Sơn La"))
    assert kg == "Trường Mầm non Hoa Sen, tỉnh Sơn La" and org_info(kg).parent is None
    # The province's political school is named with its level word: no second province.
    assert qualify_org("Trường Chính trị tỉnh", _ctx("Ủy ban nhân dân tỉnh Sơn La", "Sơn La")) == "Trường Chính trị tỉnh Sơn La"


def test_an_organ_reports_where_its_body_does():
    # Corpus 057 (Ban Thường trực Ủy ban MTTQ xã Lương Minh): "báo cáo kết quả thực hiện", no addressee.
    bt = "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh, tỉnh Quảng Ninh"
    assert superior(bt) == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh"
    assert superior("Thường trực Hội đồng nhân dân tỉnh Sơn La") is None  # the council has no superior here
    assert superior("Bệnh viện Đa khoa Nà Chì", "Hà Giang") == "Sở Y tế tỉnh Hà Giang"
    assert superior("Văn phòng Sở Y tế tỉnh Hà Giang") == "Sở Y tế tỉnh Hà Giang"  # a unit: its body


def test_a_health_facility_that_names_its_province_is_under_that_provinces_so_y_te():
    # A Hà Giang plan naming Sơn La's provincial hospital, or Xín Mần's (Hà Giang) health centre in a Sơn La one.
    assert org_info("Bệnh viện Đa khoa tỉnh Sơn La", "Hà Giang").parent == "Sở Y tế tỉnh Sơn La"
    assert org_info("Trung tâm Y tế huyện Xín Mần", "Sơn La").parent == "Sở Y tế tỉnh Hà Giang"
    assert org_info("Bệnh viện Đa khoa Nà Chì", "Hà Giang").parent == "Sở Y tế tỉnh Hà Giang"  # the document's


def test_an_office_of_a_department_is_written_with_the_comma():
    # Seed 004 (Sở Y tế tỉnh Hà Tĩnh) writes "Phòng Tổ chức cán bộ, Sở Y tế"; others leave the comma out.
    assert local_spelling("Phòng Tổ chức cán bộ Sở Y tế tỉnh Hà Tĩnh") == "Phòng Tổ chức cán bộ, Sở Y tế tỉnh Hà Tĩnh"
    assert local_spelling("Sở, ban ngành thành phố") == "Sở, ban, ngành thành phố"
    assert local_spelling("Văn phòng Sở Y tế tỉnh Hà Giang") == "Văn phòng Sở Y tế tỉnh Hà Giang"


def test_departments_merged_in_2025_link_to_the_merged_department():
    # As their ministries (Nghị quyết 176/2025/QH15): Tài nguyên và Môi trường + Nông nghiệp -> Nông nghiệp và
    # Môi trường; and Hà Giang into Tuyên Quang.
    old = org_info("Sở Tài nguyên và Môi trường tỉnh Hà Giang")
    assert old.defunct and old.successor == "Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang"
    assert org_info("Sở Kế hoạch và Đầu tư tỉnh Sơn La").successor == "Sở Tài chính tỉnh Sơn La"
    assert org_info("Sở Y tế tỉnh Sơn La").successor is None


def test_a_centrally_run_city_is_named_thanh_pho():
    # "Ủy ban nhân dân tỉnh" in a Hà Nội document reads "… tỉnh Hà Nội": one body with the city's own name.
    assert qualify_org("Ủy ban nhân dân tỉnh", _ctx("Ủy ban nhân dân thành phố Hà Nội", "Hà Nội")) == "Ủy ban nhân dân thành phố Hà Nội"
    assert local_spelling("Sở Y tế tỉnh Cần Thơ") == "Sở Y tế thành phố Cần Thơ"
    assert local_spelling("Ủy ban nhân dân tỉnh Thừa Thiên Huế") == "Ủy ban nhân dân tỉnh Thừa Thiên Huế"  # a province until 2025


def test_a_joint_instrument_is_issued_by_each_of_its_bodies(corpus_dir):
    # 055.txt: "Nghị quyết Liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN … của Ủy ban Thường
    # vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam".
    g = build_graph([load_source(corpus_dir / "055.txt")])
    joint = next(k for k in g if k.startswith("Nghị quyết liên tịch 403/2017/"))
    issuers = {v for _, v, d in g.out_edges(joint, data=True) if d["type"] == "ISSUED_BY"}
    assert issuers == {"Ủy ban Thường vụ Quốc hội", "Chính phủ", "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"}
    assert not [k for k in g if k.startswith("Ủy ban Thường vụ Quốc hội, Chính phủ")]


def test_a_plan_whose_symbol_names_two_ministries_is_issued_by_both(corpus_dir):
    # 043.txt: "Kế hoạch số 515/KH-BCA-BNN&MT ngày 31 tháng 8 năm 2025 của Bộ Công an và Bộ Nông
    # nghiệp và Môi trường": two bodies, not one named "Bộ Công an và Bộ Nông nghiệp …".
    g = build_graph([load_source(corpus_dir / "043.txt")])
    # (Its key writes the ministry's code without the "&", as "BNNMT" and "BNN&MT" are one code: graph.schema._key_token.)
    joint = next(k for k in g if k.startswith("Kế hoạch 515/KH-BCA-BNNMT"))
    issuers = {v for _, v, d in g.out_edges(joint, data=True) if d["type"] == "ISSUED_BY"}
    assert issuers == {"Bộ Công an", "Bộ Nông nghiệp và Môi trường"}
    assert not [k for k in g if k.startswith("Bộ Công an và ")]


def test_a_general_department_is_central_not_the_citing_provinces(corpus_dir):
    # 030.txt (a plan of Ủy ban nhân dân tỉnh Đắk Lắk): "Quyết định số 513/QĐ-TCTS-NTTS ngày
    # 28/12/2021 của Tổng cục Thủy sản": the one national body, not "Tổng cục Thủy sản (Ủy ban …)".
    assert org_info("Tổng cục Thủy sản").level == "central"
    g = build_graph([load_source(corpus_dir / "030.txt")])
    assert "Tổng cục Thủy sản" in g
    assert not [k for k in g if k.startswith("Tổng cục Thủy sản (")]


def test_a_front_circular_keeps_its_written_type_though_its_code_is_a_ministry_circulars(corpus_dir):
    # 055.txt: "Thông tri số 04/TT-MTTW-BTT ngày 04/11/2025 của Ban Thường trực Ủy ban Trung ương
    # MTTQ Việt Nam": "TT" is also the code of a ministry's Thông tư.
    g = build_graph([load_source(corpus_dir / "055.txt")])
    circulars = [k for k, d in g.nodes(data=True) if d["kind"] == "Document" and (d.get("number") or "") in ("04", "05")]
    assert circulars and all(g.nodes[k]["doc_type"] == "Thông tri" and k.startswith("Thông tri ") for k in circulars)
