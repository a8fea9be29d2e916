"""Organization resolution, round 22 (session 13): a ministry's department a province's document
names without its ministry is its ministry's when the name is known to be one department's, else a
central body under no one, never a unit of the province; the bodies of the whole Government and
every committee directly under the Centre are one node whoever names them, while "Các bộ" and
"Các bộ, ngành" stay the issuer's. Fragments are from ../shared/corpus (a Cần Thơ plan's and a Hồ Chí
Minh City decision's Nơi nhận, a province's plan on aquaculture) and the collected documents (the
Government's and the Party's letters)."""

from __future__ import annotations

import pytest

from vanban.graph import orgs
from vanban.graph.build import DocContext, qualify_org


def _ctx(issuer: str | None, province: str | None) -> DocContext:
    return DocContext(key="k", issuer=issuer, province=province, district=None, year=2025)


# ---------------------------------------------------------------- a ministry's departments

@pytest.mark.parametrize(("issuer", "province", "written", "key", "ministry"), [
    # ../shared/corpus/024.txt (Ủy ban nhân dân thành phố Cần Thơ): "- Bộ Y tế (để b/c); - Cục Dân số (để b/c);"
    ("Ủy ban nhân dân thành phố Cần Thơ", "Cần Thơ", "Cục Dân số", "Cục Dân số (Bộ Y tế)", "Bộ Y tế"),
    # ../shared/corpus/046.txt (Ủy ban nhân dân thành phố Hồ Chí Minh): "- Cục Quản lý đê điều và PCTT;",
    # which the extractor spells out in small letters.
    ("Ủy ban nhân dân thành phố Hồ Chí Minh", "Hồ Chí Minh", "Cục Quản lý đê điều và phòng, chống thiên tai",
     "Cục Quản lý đê điều và Phòng, chống thiên tai (Bộ Nông nghiệp và Môi trường)", "Bộ Nông nghiệp và Môi trường"),
    # ../shared/corpus/018.txt: "báo cáo Cục Thủy sản và Kiểm ngư", "- Cục Thủy sản và Kiểm ngư;".
    ("Ủy ban nhân dân tỉnh Thanh Hóa", "Thanh Hóa", "Cục Thủy sản và Kiểm ngư",
     "Cục Thủy sản và Kiểm ngư (Bộ Nông nghiệp và Môi trường)", "Bộ Nông nghiệp và Môi trường"),
    # The brief's case: a province's health plan naming the Bộ Y tế's department without the ministry.
    ("Sở Y tế tỉnh Hà Giang", "Hà Giang", "Cục Quản lý khám, chữa bệnh", "Cục Quản lý Khám, chữa bệnh (Bộ Y tế)", "Bộ Y tế"),
])
def test_a_known_ministry_department_named_without_its_ministry_is_its_ministrys(issuer, province, written, key, ministry):
    ctx = _ctx(issuer, province)
    assert qualify_org(written, ctx) == key
    # The same key as the ministry's own letters and the documents naming it with its ministry give.
    assert qualify_org(f"{written} - {ministry}", ctx) == key
    assert qualify_org(written, _ctx(ministry, None)) == key
    info = orgs.org_info(key)
    assert (info.level, info.province, info.part_of) == ("central", None, ministry)


def test_a_known_department_named_with_another_ministry_is_not_read_as_it():
    ctx = _ctx("Ủy ban nhân dân thành phố Cần Thơ", "Cần Thơ")
    assert qualify_org("Cục Dân số (Bộ Tài chính)", ctx) != "Cục Dân số (Bộ Y tế)"


def test_an_unknown_ministry_department_is_central_and_under_no_one():
    # "Cục Thú y" (a Government notice of 2025, collected: "Bộ Nông nghiệp và Môi trường chỉ đạo Cục
    # Thú y và Cục Bảo vệ thực vật …"), named bare in a province's plan: its ministry is not in the
    # name nor in the table, so it is told apart by the issuer, but no unit of the province.
    ctx = _ctx("Ủy ban nhân dân tỉnh Thanh Hóa", "Thanh Hóa")
    key = qualify_org("Cục Thú y", ctx)
    assert key == "Cục Thú y (Ủy ban nhân dân tỉnh Thanh Hóa)"
    info = orgs.org_info(key, "Thanh Hóa")
    assert (info.level, info.province, info.parent, info.part_of) == ("central", None, None, None)
    # A department a ministry runs in each province, named bare in a province's document, may be the
    # province's own ("Cục Thống kê" before 2025): left as the issuer's unit.
    assert orgs.org_info(qualify_org("Cục Thống kê", ctx), "Thanh Hóa").level == "unit"
    # A department head's title written with a capital is no department: "Cục Trưởng Mai Xuân Thành"
    # (a Cục Thuế directive, collected).
    assert not orgs.is_department_name("Cục Trưởng Mai Xuân Thành")


def test_an_ended_general_department_and_its_successor():
    # ../shared/corpus/030.txt: "… ngày 28/12/2021 của Tổng cục Thủy sản (nay Cục Thủy sản và Kiểm ngư)".
    info = orgs.org_info("Tổng cục Thủy sản")
    assert info.parent == "Bộ Nông nghiệp và Phát triển nông thôn" and info.defunct
    assert info.successor == qualify_org("Cục Thủy sản và Kiểm ngư", _ctx("Ủy ban nhân dân tỉnh Thanh Hóa", "Thanh Hóa"))


def test_the_partys_central_office_has_departments():
    # A Bộ Ngoại giao department's letter (collected): "- Cục Quản trị A, Văn phòng Trung ương Đảng;"
    # is the Party office's, not the Bộ Ngoại giao's.
    ctx = _ctx("Cục Lãnh sự (Bộ Ngoại giao)", "Hà Nội")
    key = qualify_org("Cục Quản trị A, Văn phòng Trung ương Đảng", ctx)
    assert key == "Cục Quản trị A (Văn phòng Trung ương Đảng)"
    assert orgs.org_info(key).part_of == "Văn phòng Trung ương Đảng"


# ---------------------------------------------------------------- national collectives

@pytest.mark.parametrize("written", [
    # The Government's and the Prime Minister's documents (collected): "Kính gửi: Bộ trưởng, Thủ trưởng
    # các cơ quan ngang Bộ, cơ quan thuộc Chính phủ", "- Bộ trưởng các bộ, Thủ trưởng cơ quan ngang bộ,
    # cơ quan thuộc Chính phủ;", "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ".
    "Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
    "Bộ trưởng các bộ, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ",
    "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
])
def test_the_heads_of_the_whole_government_are_one_node_whoever_names_them(written):
    key = "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ"
    for issuer in ("Thủ tướng Chính phủ", "Văn phòng Chính phủ", "Bộ Nội vụ"):
        assert qualify_org(written, _ctx(issuer, "Hà Nội")) == key
    info = orgs.org_info(key, "Hà Nội")
    assert (info.level, info.province) == ("central", None)


def test_every_committee_under_the_centre_is_one_node():
    # The Party's letters (collected): "- Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương;".
    name = "Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"
    keys = {qualify_org(name, _ctx(i, "Hà Nội")) for i in ("Ban Chấp hành Trung ương Đảng", "Văn phòng Trung ương Đảng",
                                                           "Ban Tuyên giáo và Dân vận Trung ương")}
    assert keys == {name}


def test_some_ministries_stay_the_issuers():
    # "Các bộ", "Các bộ, ngành", "Các bộ, cơ quan liên quan": the ministries a letter writes to, some of
    # them: told apart by the issuer (a wrong merge is worse than a missed one).
    for name in ("Các bộ", "Các bộ, ngành", "Các bộ, cơ quan liên quan", "Các cơ quan trung ương"):
        a, b = qualify_org(name, _ctx("Thủ tướng Chính phủ", "Hà Nội")), qualify_org(name, _ctx("Bộ Nội vụ", "Hà Nội"))
        assert a != b and a.endswith("(Thủ tướng Chính phủ)")


def test_the_bodies_of_every_province_are_of_no_one_province():
    # A Prime Minister's directive (collected) addresses "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố
    # trực thuộc Trung ương": provinces' bodies, not Hà Nội's (where the directive was issued).
    info = orgs.org_info("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "Hà Nội")
    assert (info.level, info.province) == ("province", None)


# ---------------------------------------------------------------- one-letter typos: candidates

@pytest.mark.parametrize(("written", "right"), [
    ("Ủy ban nhân dân tỉnh Hà Giag", "Ủy ban nhân dân tỉnh Hà Giang"),
    # A commune's body with its province written after it, as ``with_province`` keys it.
    ("Ủy ban nhân dân xã Lương Minh, tỉnh Quảng Nih", "Ủy ban nhân dân xã Lương Minh, tỉnh Quảng Ninh"),
    # Told apart by the document's issuer, since no known place is named: the body it may be, alone.
    ("Ủy ban nhân dân tỉnh Hà Giag (Bệnh viện Đa khoa Nà Chì)", "Ủy ban nhân dân tỉnh Hà Giang"),
    ("Ủy ban nhân dân thành phố Cần Thơo", "Ủy ban nhân dân thành phố Cần Thơ"),
])
def test_a_place_one_letter_from_a_known_one_is_a_candidate(written, right):
    assert orgs.misspelled_place(written) == right


@pytest.mark.parametrize("name", [
    "Ủy ban nhân dân tỉnh Hà Giang", "Sở Y tế tỉnh Ha Giang",  # known (tones are read already)
    "Ủy ban nhân dân tỉnh Bình Phước Tách phòng",  # a name cut with the next words: no place near it
    "Các cơ quan, đơn vị thuộc thành phố Hà Nội liên quan đến lĩnh vực hoạt động của cá nhân",
])
def test_no_candidate_for_a_known_place_or_none_near(name):
    assert orgs.misspelled_place(name) is None


def _typo_sources(seeds_dir):
    """Seed 001 (Bệnh viện Đa khoa Nà Chì) and a copy of it whose citation of the province's plan
    misspells the province: "nội dung Kế hoạch số 09/KH-UBND, ngày 07/01/2022 của UBND tỉnh Hà Giag"."""
    from vanban.graph.build import prepare
    from vanban.loaders.extract import extract
    from vanban.loaders.read import read_bytes

    path = next(seeds_dir.glob("001_*.txt"))
    text = path.read_text(encoding="utf-8")
    typo = text.replace("07/01/2022 của UBND tỉnh Hà Giang", "07/01/2022 của UBND tỉnh Hà Giag")
    assert typo != text
    out = []
    for name, body in (("001.txt", text), ("001_typo.txt", typo)):
        t = read_bytes(body.encode("utf-8"), name=name)
        out.append(prepare(extract(t), t))
    return out


def test_a_misspelled_body_and_its_instrument_are_candidates_never_merged(seeds_dir, tmp_path):
    from vanban.graph.build import build_graph
    from vanban.graph.ladybug_store import LadybugStore
    from vanban.graph.resolve import graph_nodes_edges

    sources = _typo_sources(seeds_dir)
    g = build_graph(sources)
    candidates = {(u, v) for u, v, d in g.edges(data=True) if d["type"] == "SAME_AS_CANDIDATE"}
    typo_body = "Ủy ban nhân dân tỉnh Hà Giag (Bệnh viện Đa khoa Nà Chì)"
    assert (typo_body, "Ủy ban nhân dân tỉnh Hà Giang") in candidates
    assert ("Kế hoạch 09/KH-UBND 2022 " + typo_body, "Kế hoạch 09/KH-UBND 2022 Ủy ban nhân dân tỉnh Hà Giang") in candidates
    # Never merged: both bodies and both instruments stay, the misspelled one placed under no one.
    assert typo_body in g and not [v for _, v, d in g.out_edges(typo_body, data=True) if d["type"] in ("UNDER", "PART_OF")]
    # The same graph in any order, and in the store (whose SAME_AS_CANDIDATE holds bodies too).
    assert graph_nodes_edges(g) == graph_nodes_edges(build_graph(list(reversed(sources))))
    with LadybugStore(tmp_path / "store") as s:
        s.add_documents(sources[:1])
        s.add_documents(reversed(sources))
        assert graph_nodes_edges(s._read_graph()) == graph_nodes_edges(g)


# ---------------------------------------------------------------- lower-level bodies

# Seed 001 is a plan of the Bệnh viện Đa khoa Nà Chì, of xã Nà Chì, huyện Xín Mần, tỉnh Hà Giang (a
# district that ended in 2025); the names below are that district's bodies as its documents write them.

@pytest.mark.parametrize(("name", "province", "district", "parent"), [
    # Named with its district: a commune of the district, under the district's body.
    ("Ủy ban nhân dân xã Nà Chì, huyện Xín Mần, tỉnh Hà Giang", None, None, "Ủy ban nhân dân huyện Xín Mần"),
    ("Đảng ủy xã Nà Chì, huyện Xín Mần, tỉnh Hà Giang", None, None, "Huyện ủy Xín Mần"),
    # Named bare in a document of the district, which had a commune of that name.
    ("Ủy ban nhân dân xã Nà Chì, tỉnh Hà Giang", "Hà Giang", "Xín Mần", "Ủy ban nhân dân huyện Xín Mần"),
    # A district several provinces have: its key gives the province.
    ("Ủy ban nhân dân xã Tân Lập, huyện Châu Thành, tỉnh Tiền Giang", None, None, "Ủy ban nhân dân huyện Châu Thành, tỉnh Tiền Giang"),
])
def test_a_commune_of_a_district_is_under_the_districts_body(name, province, district, parent):
    info = orgs.org_info(name, province, district)
    assert (info.level, info.parent) == ("commune", parent)
    # The district's body is under the province's, and ended in 2025.
    up = orgs.org_info(parent)
    assert up.level == "district" and up.defunct


def test_a_commune_named_without_a_district_is_under_the_province():
    # A 2025 commune's plan (../shared/corpus: xã Lương Minh, tỉnh Quảng Ninh), and a commune a
    # document of another district names (huyện Đồng Văn had no xã Nà Chì): the province's, as since 2025.
    assert orgs.org_info("Ủy ban nhân dân xã Lương Minh, tỉnh Quảng Ninh", "Quảng Ninh").parent == "Ủy ban nhân dân tỉnh Quảng Ninh"
    assert orgs.org_info("Ủy ban nhân dân xã Nà Chì, tỉnh Hà Giang", "Hà Giang", "Đồng Văn").parent == "Ủy ban nhân dân tỉnh Hà Giang"


@pytest.mark.parametrize(("issuer", "name", "parent"), [
    # Schools below upper-secondary, named in a district's document: the district's Phòng GD&ĐT.
    ("Phòng Giáo dục và Đào tạo huyện Xín Mần", "Trường Tiểu học Nà Chì", "Phòng Giáo dục và Đào tạo huyện Xín Mần"),
    ("Ủy ban nhân dân huyện Xín Mần", "Trường PTDTBT THCS Nà Chì", "Phòng Giáo dục và Đào tạo huyện Xín Mần"),
    # An upper-secondary school: the province's Sở, whoever names it.
    ("Ủy ban nhân dân huyện Xín Mần", "Trường THPT Xín Mần", "Sở Giáo dục và Đào tạo tỉnh Hà Giang"),
    # A commune health station in the district health centre's document: the centre.
    ("Trung tâm Y tế huyện Xín Mần", "Trạm Y tế xã Nà Chì", "Trung tâm Y tế huyện Xín Mần"),
])
def test_a_districts_schools_and_health_stations(issuer, name, parent):
    ctx = DocContext(key="k", issuer=issuer, province="Hà Giang", district="Xín Mần", year=2023)
    key = qualify_org(name, ctx)
    assert key.endswith(", tỉnh Hà Giang")  # a school's or station's name repeats from province to province
    assert orgs.org_info(key, "Hà Giang", "Xín Mần").parent == parent
    # The parent itself is placed: the Phòng under the district's committee, the centre under the Sở Y tế.
    assert orgs.ancestors(parent, "Hà Giang")


def test_a_school_or_station_no_document_places_stays_unparented():
    # Named in a province's document: which district is not known (nor, since 2025, which commune).
    assert orgs.org_info("Trường Tiểu học Nà Chì, tỉnh Hà Giang", "Hà Giang").parent is None
    assert orgs.org_info("Trạm Y tế xã Nà Chì, tỉnh Hà Giang", "Hà Giang").parent is None


def test_a_bodys_candidate_round_trips_through_neo4j(neo4j_empty, seeds_dir):
    from vanban.graph.build import build_graph
    from vanban.graph.neo4j_store import Neo4jStore
    from vanban.graph.resolve import graph_nodes_edges

    sources = _typo_sources(seeds_dir)
    neo = Neo4jStore(driver=neo4j_empty)
    try:
        neo.add_documents(sources)
        g = neo.graph()
        assert graph_nodes_edges(g) == graph_nodes_edges(build_graph(sources))
        assert ("Ủy ban nhân dân tỉnh Hà Giag (Bệnh viện Đa khoa Nà Chì)", "Ủy ban nhân dân tỉnh Hà Giang") in {
            (u, v) for u, v, d in g.edges(data=True) if d["type"] == "SAME_AS_CANDIDATE"}
    finally:
        neo.close()


# ---------------------------------------------------------------- national bodies in one spelling

@pytest.mark.parametrize("written", [
    # The Prime Minister's telegrams (collected): "- Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia.",
    # "đề xuất Ban chỉ đạo phòng thủ dân sự quốc gia"; other letters: "Ban Chỉ đạo Phòng thủ dân sự
    # quốc gia", "Ban Chỉ đạo phòng thủ dân sự Quốc gia".
    "Ban chỉ đạo phòng thủ dân sự quốc gia", "Ban Chỉ đạo Phòng thủ dân sự quốc gia", "Ban Chỉ đạo phòng thủ dân sự Quốc gia",
])
def test_a_national_steering_committee_in_any_case_is_one_node(written):
    ctx = _ctx("Thủ tướng Chính phủ", "Hà Nội")
    assert qualify_org(written, ctx) == "Ban Chỉ đạo phòng thủ dân sự quốc gia"
    assert qualify_org("Văn phòng " + written, ctx) == "Văn phòng Ban Chỉ đạo phòng thủ dân sự quốc gia"
    # Initials and numbers are kept: "Ban Chỉ đạo 389 quốc gia", "Ban Chỉ đạo PTDS Quốc gia" (../shared/corpus/046.txt).
    assert qualify_org("Ban Chỉ đạo 389 quốc gia", ctx) == "Ban Chỉ đạo 389 quốc gia"
    assert qualify_org("Ban Chỉ đạo PTDS Quốc gia", ctx).startswith("Ban Chỉ đạo PTDS")


def test_the_central_committees_commissions_are_under_it():
    # "Ban Tổ chức Trung ương" (a Bộ Nội vụ decision's recipients, collected), "Ban Tuyên giáo và Dân vận
    # Trung ương" (its own guide's header: "BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TUYÊN GIÁO VÀ DÂN VẬN").
    for name in ("Ban Tổ chức Trung ương", "Ban Tuyên giáo Trung ương", "Ban Tuyên giáo và Dân vận Trung ương"):
        assert orgs.org_info(name).parent == "Ban Chấp hành Trung ương Đảng"


def test_the_head_of_a_national_bodys_office_is_one_node():
    # The Prime Minister's telegrams (collected): "- Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc
    # gia."; a Government office letter: "Chánh Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia".
    for issuer in ("Thủ tướng Chính phủ", "Văn phòng Chính phủ"):
        key = qualify_org("Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia", _ctx(issuer, "Hà Nội"))
        assert key == "Chánh Văn phòng Ban Chỉ đạo phòng thủ dân sự quốc gia"
        assert orgs.org_info(key).part_of == "Văn phòng Ban Chỉ đạo phòng thủ dân sự quốc gia"
    assert orgs.org_info("Chánh Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia").part_of == "Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia"
    # A province's office head stays the province's.
    assert orgs.org_info("Chánh Văn phòng Ủy ban nhân dân tỉnh Nghệ An").province == "Nghệ An"


@pytest.mark.parametrize(("written", "key"), [
    # The Prime Minister's and the Government's recipient lines (collected), in their several spellings.
    ("Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ", "Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ"),
    ("Thủ trưởng các cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ"),
    ("Cơ quan trung ương của các tổ chức chính trị-xã hội", "Cơ quan Trung ương của các tổ chức chính trị - xã hội"),
    ("Cơ quan Trung ương của các Tổ chức chính trị - xã hội", "Cơ quan Trung ương của các tổ chức chính trị - xã hội"),
])
def test_every_body_of_a_kind_in_any_spelling_is_one_node(written, key):
    for issuer in ("Chính phủ", "Thủ tướng Chính phủ", "Văn phòng Chính phủ"):
        assert qualify_org(written, _ctx(issuer, "Hà Nội")) == key


def test_a_collectives_legal_terms_in_one_spelling():
    # Same issuer, same bodies, written in other cases: one key each ("Thủ trưởng Cơ quan ngang Bộ",
    # "Các Thành viên Chính phủ"; "Đảng ủy các bộ, ngành, tổ chức chính trị-xã hội ở Trung ương").
    ctx = _ctx("Thủ tướng Chính phủ", "Hà Nội")
    assert qualify_org("Thủ trưởng Cơ quan ngang Bộ", ctx) == qualify_org("Thủ trưởng cơ quan ngang bộ", ctx)
    assert qualify_org("Các Thành viên Chính phủ", ctx) == qualify_org("Các thành viên Chính phủ", ctx)
    party = _ctx("Ban Chấp hành Trung ương Đảng", "Hà Nội")
    assert qualify_org("Đảng ủy các bộ, ngành, tổ chức chính trị-xã hội ở Trung ương", party) == qualify_org(
        "Đảng ủy các bộ, ngành, tổ chức chính trị - xã hội ở Trung ương", party)
    # Initials keep their dash: "Vụ PC-BTC".
    assert "PC-BTC" in qualify_org("Cục QLGS CST, Vụ PC-BTC", _ctx("Cục Thuế", "Cần Thơ"))


def test_a_schools_or_communes_document_names_its_districts_offices():
    # "báo cáo Phòng GD&ĐT" in a plan of a lower-secondary school of huyện Xín Mần (before 2025): the
    # district's office, as "Phòng GD&ĐT huyện" in its recipients is.
    school = DocContext(key="k", issuer="Trường Trung học cơ sở Nà Chì, tỉnh Hà Giang", province="Hà Giang",
                        district="Xín Mần", year=2023)
    assert qualify_org("Phòng Giáo dục và Đào tạo", school) == qualify_org("Phòng GD&ĐT huyện", school) == (
        "Phòng Giáo dục và Đào tạo huyện Xín Mần")
    commune = DocContext(key="k", issuer="Ủy ban nhân dân xã Nà Chì, tỉnh Hà Giang", province="Hà Giang",
                         district="Xín Mần", year=2024)
    assert qualify_org("Phòng Nội vụ", commune) == "Phòng Nội vụ huyện Xín Mần"
    # A hospital's rooms are its own, not the district's offices (seed 001: Bệnh viện Đa khoa Nà Chì).
    hospital = DocContext(key="k", issuer="Bệnh viện Đa khoa Nà Chì", province="Hà Giang", district="Xín Mần", year=2022)
    assert not qualify_org("Phòng Tài chính - Kế hoạch", hospital).endswith("huyện Xín Mần")


def test_a_communes_document_before_july_2025_is_of_its_district():
    from vanban.graph.build import _before_districts_ended, _commune_issuers_district
    from vanban.loaders.records import Header

    assert _commune_issuers_district("Ủy ban nhân dân xã Nà Chì", "Hà Giang") == "Xín Mần"
    # A name several districts' communes had (xã Bình Phú of Cai Lậy and of Gò Công Tây, Tiền Giang):
    # no district; nor a name no district of the province had.
    assert _commune_issuers_district("Ủy ban nhân dân xã Bình Phú", "Tiền Giang") is None
    assert _commune_issuers_district("Ủy ban nhân dân xã Tân Lập", "Tiền Giang") is None
    # Dated at the precision it gives: "năm 2025" alone (../shared/corpus/055.txt, xã Lương Minh,
    # November 2025) is not known to be before the districts ended.
    assert [_before_districts_ended(Header(date=d)) for d in ("2025", "2025-11", "2025-06-30", "2024-03-05")] == [
        False, False, True, True]


def test_a_party_commission_in_small_letters_is_the_one_named_in_capitals():
    # The Party's letters (collected): "- Ban tuyên giáo và dân vận các tỉnh ủy, thành ủy, đảng ủy trực
    # thuộc Trung ương;" and "Ban Tuyên giáo và Dân vận các tỉnh ủy, …".
    ctx = _ctx("Ban Tuyên giáo và Dân vận Trung ương", "Hà Nội")
    written = "Ban tuyên giáo và dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"
    assert qualify_org(written, ctx) == "Ban Tuyên giáo và Dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"
    assert qualify_org("Ban tổ chức Trung ương", ctx) == "Ban Tổ chức Trung ương"


@pytest.mark.parametrize(("written", "key"), [
    # ../shared/corpus/046.txt as written: "- Cục Quản lý đê điều và PCTT;".
    ("Cục Quản lý đê điều và PCTT", "Cục Quản lý đê điều và Phòng, chống thiên tai (Bộ Nông nghiệp và Môi trường)"),
    # The initials health plans write the Bộ Y tế's departments by.
    ("Cục QLKCB", "Cục Quản lý Khám, chữa bệnh (Bộ Y tế)"),
    ("Cục QLKCB - Bộ Y tế", "Cục Quản lý Khám, chữa bệnh (Bộ Y tế)"),
])
def test_a_known_ministry_department_by_initials(written, key):
    assert qualify_org(written, _ctx("Sở Y tế tỉnh Hà Giang", "Hà Giang")) == key
