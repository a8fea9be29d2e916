"""Organization resolution, round 20 (session 11): one collective of bodies, one key, whatever order
its levels are listed in ("Ủy ban nhân dân các phường, xã" / "… các xã, phường") and however
"trực thuộc Trung ương" is shortened ("TW", "T.Ư"); the Front's "Thường trực" is its "Ban Thường
trực". Fragments are from the collected documents' recipient lines (Hà Nội, Hồ Chí Minh City,
Thanh Hóa, Hậu Giang, Khánh Hòa) or written in their style."""

from __future__ import annotations

import pytest

from vanban.graph.build import DocContext, build_graph, prepare, qualify_org
from vanban.graph.orgs import local_spelling
from vanban.graph.resolve import graph_nodes_edges
from vanban.loaders.extract import extract
from vanban.loaders.read import read_bytes


def _ctx(issuer: str, province: str | None) -> DocContext:
    return DocContext(key="k", issuer=issuer, province=province, district=None, year=2025)


def _source(text: str, name: str):
    t = read_bytes(text.encode("utf-8"), name=name)
    return prepare(extract(t), t)


def _orgs(g) -> set[str]:
    return {k for k, d in g.nodes(data=True) if d["kind"] == "Organization"}


HA_NOI = _ctx("Ủy ban nhân dân thành phố Hà Nội", "Hà Nội")
HCM = _ctx("Ủy ban nhân dân thành phố Hồ Chí Minh", "Hồ Chí Minh")
THANH_HOA = _ctx("Ủy ban nhân dân tỉnh Thanh Hóa", "Thanh Hóa")
PRIME_MINISTER = _ctx("Thủ tướng Chính phủ", None)


@pytest.mark.parametrize(("ctx", "names"), [
    # Hà Nội and Đồng Nai letters list them both ways.
    (HA_NOI, ["Ủy ban nhân dân các xã, phường", "Ủy ban nhân dân các phường, xã", "Ủy ban nhân dân xã/phường"]),
    (HA_NOI, ["Ủy ban nhân dân các xã, phường, thị trấn", "Ủy ban nhân dân các phường, xã, thị trấn",
              "Ủy ban nhân dân các phường, xã và thị trấn"]),
    (HA_NOI, ["Các xã, phường, thị trấn", "các phường, xã, thị trấn"]),
    # "Các Chủ tịch …" of a collective is its "Chủ tịch …" (a Hà Nội directive and its recipients).
    (HA_NOI, ["Chủ tịch Ủy ban nhân dân các quận, huyện, thị xã", "Các Chủ tịch Ủy ban nhân dân các quận, huyện và thị xã"]),
    # Hồ Chí Minh City after 2025: "phường, xã, đặc khu" and "xã, phường và đặc khu".
    (HCM, ["Chủ tịch Ủy ban nhân dân các xã, phường và đặc khu", "Chủ tịch Ủy ban nhân dân phường, xã, đặc khu"]),
    (HCM, ["Ủy ban nhân dân các phường, xã, đặc khu", "Ủy ban nhân dân các xã, phường, đặc khu"]),
    (THANH_HOA, ["Chủ tịch Ủy ban nhân dân các huyện, thành phố, thị xã", "Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố",
                 "Chủ tịch Ủy ban nhân dân huyện, thị xã, thành phố"]),
    # A Prime Minister's directive: "trực thuộc TW", "T.Ư", "TƯ", the level word without "các".
    (PRIME_MINISTER, ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
                      "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương",
                      "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc TW",
                      "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc T.Ư",
                      "Chủ tịch Ủy ban nhân dân các thành phố, tỉnh trực thuộc TƯ"]),
    (PRIME_MINISTER, ["Sở Y tế các tỉnh, thành phố trực thuộc Trung ương", "Sở Y tế các tỉnh, thành phố trực thuộc T.Ư",
                      "Sở Y tế các tỉnh, thành phố trực thuộc trung ương", "Sở Y tế các tỉnh, thành phố trực thuộc T.W"]),
])
def test_one_collective_one_key_whatever_the_order_of_its_levels(ctx, names):
    keys = {qualify_org(n, ctx) for n in names}
    assert len(keys) == 1, keys


def test_the_canonical_order_reads_as_documents_write_it():
    assert qualify_org("Ủy ban nhân dân các phường, xã", HA_NOI) == "Ủy ban nhân dân các xã, phường (Ủy ban nhân dân thành phố Hà Nội)"
    assert qualify_org("Các Chủ tịch Ủy ban nhân dân các quận, huyện và thị xã", HA_NOI) == (
        "Chủ tịch Ủy ban nhân dân các quận, huyện, thị xã (Ủy ban nhân dân thành phố Hà Nội)")
    assert qualify_org("Ủy ban nhân dân các thành phố, tỉnh trực thuộc TW", PRIME_MINISTER).startswith(
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương")


def test_collectives_of_different_levels_or_bodies_stay_apart():
    # Different levels, different bodies: never one key.
    assert qualify_org("Ủy ban nhân dân các xã, phường", HA_NOI) != qualify_org("Ủy ban nhân dân các xã, phường, thị trấn", HA_NOI)
    assert qualify_org("Ủy ban nhân dân các xã, phường", HA_NOI) != qualify_org("Hội đồng nhân dân các xã, phường", HA_NOI)
    assert qualify_org("Chủ tịch Ủy ban nhân dân các xã, phường", HA_NOI) != qualify_org("Ủy ban nhân dân các xã, phường", HA_NOI)
    # Nor the vice-chairs of one body with its chair, nor "các tỉnh, thành phố" without "trực thuộc …".
    assert qualify_org("Các Phó Chủ tịch Ủy ban nhân dân thành phố", HA_NOI) == "Các Phó Chủ tịch Ủy ban nhân dân thành phố Hà Nội"
    assert qualify_org("Ủy ban nhân dân các tỉnh, thành phố", PRIME_MINISTER) != qualify_org(
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc TW", PRIME_MINISTER)


def test_a_level_list_before_a_place_keeps_its_order():
    # "thành phố Sơn La" may be the last level's place: not reordered.
    assert qualify_org("Ủy ban nhân dân huyện, thành phố Sơn La", _ctx("Ủy ban nhân dân tỉnh Sơn La", "Sơn La")).startswith(
        "Ủy ban nhân dân các huyện, thành phố Sơn La")


def test_the_fronts_standing_members_are_its_standing_board():
    # Corpus (Khánh Hòa, phường Bắc Cam Ranh): the board's header and its text name it both ways.
    assert local_spelling("Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường Bắc Cam Ranh") == (
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường Bắc Cam Ranh")
    assert local_spelling("Thường trực Mặt trận Tổ quốc tỉnh Sơn La") == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sơn La"
    # The council's standing body has no "Ban".
    assert local_spelling("Thường trực Hội đồng nhân dân tỉnh Sơn La") == "Thường trực Hội đồng nhân dân tỉnh Sơn La"


# A hospital's plan (in the style of the Sơn La hospital plan of the examples) that names its rooms
# with the initials it defines in brackets, and by those initials after.
HOSPITAL_PLAN = """SỞ Y TẾ TỈNH SƠN LA
BỆNH VIỆN ĐA KHOA TỈNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: {number}/KH-BVĐK
Sơn La, ngày 20 tháng 3 năm 2025

KẾ HOẠCH
Khảo sát sự hài lòng người bệnh năm 2025

I. TỔ CHỨC THỰC HIỆN
1. Phòng Kế hoạch tổng hợp chủ trì tổ chức khảo sát sự hài lòng người bệnh hằng quý.
2. Phòng KHTH và Trưởng các khoa, phòng triển khai Kế hoạch này đến toàn thể viên chức.

Nơi nhận:
- Sở Y tế (B/c);
- Ban Giám đốc;
- {room};
- Khoa Khám bệnh [KKB];
- Lưu: VT, TCCB.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Đỗ Minh Quân
"""
HOSPITAL = "Bệnh viện Đa khoa tỉnh Sơn La"


def test_a_room_named_with_its_initials_in_brackets_is_keyed_by_its_name():
    g = build_graph([_source(HOSPITAL_PLAN.format(number="61", room="Phòng Kế hoạch tổng hợp (KHTH)"), "kh61_bvdk.txt")])
    names = _orgs(g)
    assert f"Phòng Kế hoạch tổng hợp ({HOSPITAL})" in names
    assert f"Khoa Khám bệnh ({HOSPITAL})" in names
    # Neither the bracketed form nor the initials the text uses after are nodes of their own.
    assert not any("KHTH" in n or "KKB" in n for n in names), sorted(n for n in names if "K" in n)
    # The written form stays in the evidence of the recipient edge.
    quotes = {d["evidence"]["quote"] for _, v, d in g.edges(data=True) if d["type"] == "SENT_TO" and v.startswith("Phòng Kế hoạch")}
    assert "Phòng Kế hoạch tổng hợp (KHTH)" in quotes
    # The room is the hospital's.
    assert (f"Phòng Kế hoạch tổng hợp ({HOSPITAL})", HOSPITAL) in {(u, v) for u, v, d in g.edges(data=True) if d["type"] == "PART_OF"}


def test_two_plans_of_one_hospital_one_room_in_any_order():
    a = _source(HOSPITAL_PLAN.format(number="61", room="Phòng Kế hoạch tổng hợp (KHTH)"), "kh61_bvdk.txt")
    b = _source(HOSPITAL_PLAN.format(number="62", room="Phòng Kế hoạch tổng hợp"), "kh62_bvdk.txt")
    g1, g2 = build_graph([a, b]), build_graph([b, a, b])
    assert graph_nodes_edges(g1) == graph_nodes_edges(g2)
    assert sum(n.startswith("Phòng Kế hoạch tổng hợp") for n in _orgs(g1)) == 1


def test_only_initials_that_spell_the_name_are_dropped():
    from vanban.graph.initials import defined_initials

    assert defined_initials("Phòng Kế hoạch tổng hợp (KHTH)") == ("Phòng Kế hoạch tổng hợp", "KHTH")
    assert defined_initials("Khoa Khám bệnh [KKB]") == ("Khoa Khám bệnh", "KKB")
    assert defined_initials("Trung tâm Kiểm soát bệnh tật (KSBT)") == ("Trung tâm Kiểm soát bệnh tật", "KSBT")
    assert defined_initials("Sở Giáo dục và Đào tạo (GD&ĐT)") == ("Sở Giáo dục và Đào tạo", "GD&ĐT")
    # Letters that are not its words', a bracket that is no initials, a body within its issuer: kept.
    assert defined_initials("Trung tâm Kiểm soát bệnh tật (CDC)") is None
    assert defined_initials("Bệnh viện Đa khoa (cơ sở 2)") is None
    assert defined_initials("Lãnh đạo Sở (Sở Y tế tỉnh Hà Tĩnh)") is None
    assert defined_initials("Phòng Tổ chức cán bộ (TCHC)") is None
    ctx = _ctx(HOSPITAL, "Sơn La")
    # Initials that start as the room's words do but do not spell it: kept apart (another room's?).
    assert qualify_org("Phòng Tổ chức cán bộ (TCHC)", ctx) != qualify_org("Phòng Tổ chức cán bộ", ctx)
    # "(CDC)", foreign initials, is no spelling of the name but the body's alias (session 12,
    # tests/test_quality21_graph_orgs.py): one body, keyed by its name.
    assert qualify_org("Trung tâm Kiểm soát bệnh tật (CDC)", ctx) == qualify_org("Trung tâm Kiểm soát bệnh tật", ctx)


# Hà Nội's recipient lines (collected documents, Ủy ban nhân dân thành phố Hà Nội): "Cổng TTĐT Chính
# phủ, Báo HNM, KTDT, Đài PT&TH Hà Nội;" and "Cổng TTĐT Chính phủ, Báo KTĐT, Báo HNM, Đài PTTH Hà Nội;".
HA_NOI_DIRECTIVE = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: {number}/CT-UBND
Hà Nội, ngày 10 tháng 4 năm 2024

CHỈ THỊ
Về tăng cường công tác phòng cháy, chữa cháy số {number}

1. Các sở, ban, ngành Thành phố tổ chức thực hiện nghiêm Chỉ thị này.

Nơi nhận:
- Văn phòng Chính phủ;
- Chủ tịch Ủy ban nhân dân Thành phố;
- {press};
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Sỹ Thanh
"""


def _ha_noi(number: str, press: str):
    return _source(HA_NOI_DIRECTIVE.format(number=number, press=press), f"ct{number}_hanoi.txt")


def test_a_hanoi_paper_by_its_initials_is_the_paper_in_any_document_order():
    a = _ha_noi("11", "Cổng TTĐT Chính phủ, Báo HNM, KTDT, Đài PT&TH Hà Nội")
    b = _ha_noi("12", "Cổng TTĐT Chính phủ, Báo KTĐT, Báo HNM, Đài PTTH Hà Nội")
    c = _ha_noi("13", "Báo Kinh tế & Đô thị")
    g = build_graph([a, b, c])
    names = _orgs(g)
    assert {"Báo Kinh tế và Đô thị", "Báo Hà Nội mới", "Cổng Thông tin điện tử Chính phủ"} <= names
    assert not any("KTĐT" in n or "KTDT" in n or "HNM" in n or "TTĐT" in n for n in names)
    sent = {(u, v) for u, v, d in g.edges(data=True) if d["type"] == "SENT_TO" and v == "Báo Kinh tế và Đô thị"}
    assert {u for u, _ in sent} == {k for k, d in g.nodes(data=True) if d["kind"] == "Document" and d.get("status") == "loaded"}
    assert ("Báo Kinh tế và Đô thị", "Ủy ban nhân dân thành phố Hà Nội") in {(u, v) for u, v, d in g.edges(data=True) if d["type"] == "UNDER"}
    assert graph_nodes_edges(g) == graph_nodes_edges(build_graph([c, b, a, b]))


def test_a_province_paper_is_read_by_its_initials_only_in_its_province():
    # "Báo KTĐT" in a Sơn La letter is not the Hà Nội paper (nor anything known): kept as written.
    son_la = _ctx("Ủy ban nhân dân tỉnh Sơn La", "Sơn La")
    assert qualify_org("Báo KTĐT", son_la) == "Báo KTĐT (Ủy ban nhân dân tỉnh Sơn La)"
    # Its full name is its name anywhere.
    assert qualify_org("Báo Kinh tế và Đô thị", son_la) == "Báo Kinh tế và Đô thị"


@pytest.mark.parametrize(("written", "key"), [
    # A Ministry of Public Security office's recipient line; the national papers are one body each.
    ("Báo Tiền phong", "Báo Tiền phong"),
    ("Báo Nhân dân", "Báo Nhân Dân"),
    ("Cổng thông tin điện tử Chính phủ", "Cổng Thông tin điện tử Chính phủ"),
    ("Cổng TTĐT Chính phủ", "Cổng Thông tin điện tử Chính phủ"),
    # A ministry's portal (Bộ Y tế, Ủy ban Dân tộc letters): the ministry's, named with it.
    ("Cổng thông tin điện tử Bộ Y tế", "Cổng Thông tin điện tử Bộ Y tế"),
    ("Cổng thông tin điện tử của Ủy ban Dân tộc", "Cổng Thông tin điện tử Ủy ban Dân tộc"),
])
def test_national_press_and_portals_are_one_body_whoever_names_them(written, key):
    for ctx in (_ctx("Văn phòng Bộ Công an", None), HA_NOI, _ctx("Bộ Y tế", None)):
        assert qualify_org(written, ctx) == key


def test_a_portal_of_a_local_body_stays_that_bodys():
    ha_tinh = _ctx("Sở Y tế tỉnh Hà Tĩnh", "Hà Tĩnh")
    assert qualify_org("Cổng thông tin điện tử Sở Y tế", ha_tinh) == "Cổng Thông tin điện tử Sở Y tế tỉnh Hà Tĩnh"
    # The portal named bare stays its document's (a department's own, or the province's: not known).
    assert qualify_org("Cổng Thông tin điện tử", ha_tinh) == "Cổng Thông tin điện tử (Sở Y tế tỉnh Hà Tĩnh)"


# A news item that reprints a Tỉnh ủy's programme without its header (a collected document): the
# issuer is named without its province, as every province's is.
PLACELESS_PROGRAMME = """Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57
Ban Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia. Nội dung chương trình hành động như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức, trách nhiệm của cấp ủy, tổ chức đảng về vai trò của khoa học, công nghệ.
"""


def test_a_party_organ_or_hospital_named_without_its_province_is_told_apart_by_its_document():
    a = _source(PLACELESS_PROGRAMME, "ctr57_a.txt")
    b = _source(PLACELESS_PROGRAMME.replace("57", "58"), "ctr58_b.txt")
    g = build_graph([a, b])
    issuers = {v for _, v, d in g.edges(data=True) if d["type"] == "ISSUED_BY" and v.startswith("Ban Thường vụ Tỉnh ủy")}
    # Two documents of unknown provinces: two bodies, never one "Ban Thường vụ Tỉnh ủy" of nowhere.
    assert "Ban Thường vụ Tỉnh ủy" not in issuers
    assert len(issuers) == 2, issuers
    from vanban.graph.build import _unplaced

    assert _unplaced("Bệnh viện Đa khoa tỉnh", None) and _unplaced("Ban Thường vụ Huyện ủy", None)
    # Named with their province, or in a document that gives it: placed.
    assert not _unplaced("Ban Thường vụ Tỉnh ủy Hà Tĩnh", None)
    assert not _unplaced("Bệnh viện Đa khoa tỉnh", "Sơn La")
    assert not _unplaced("Ngân hàng Hợp tác xã", None)  # no level word: a cooperative's "xã"


@pytest.mark.parametrize("name", [
    "Trung tâm Truyền thông - Giáo dục sức khỏe Trung ương", "Viện Vệ sinh dịch tễ Trung ương", "Bệnh viện Nội tiết Trung ương",
])
def test_a_central_centre_or_institute_is_one_body_whoever_names_it(name):
    # A Bắc Kạn department's and a hospital's plans name them; no province has one.
    keys = {qualify_org(name, ctx) for ctx in (_ctx("Sở Y tế tỉnh Bắc Kạn", "Bắc Kạn"), _ctx("Bệnh viện Đa khoa tỉnh Sơn La", "Sơn La"))}
    assert keys == {name}


def test_a_city_committee_cites_its_own_instruments_by_its_level_word():
    # A report of the Ủy ban nhân dân thành phố Hải Dương (a province's city): "Kế hoạch số
    # 130/KH-UBND ngày 12/7/2021 của Ủy ban nhân dân thành phố" is its own plan.
    city = DocContext(key="k", issuer="Ủy ban nhân dân thành phố Hải Dương", province="Hải Dương", district="Hải Dương", year=2021)
    assert qualify_org("Ủy ban nhân dân thành phố", city, cited=True) == "Ủy ban nhân dân thành phố Hải Dương"
    assert qualify_org("Ủy ban nhân dân tỉnh", city, cited=True) == "Ủy ban nhân dân tỉnh Hải Dương"
    # A district's committee citing the province's city is not citing itself.
    district = DocContext(key="k", issuer="Ủy ban nhân dân huyện Đồng Văn", province="Hà Giang", district="Đồng Văn", year=2021)
    assert qualify_org("Ủy ban nhân dân thành phố", district, cited=True) != "Ủy ban nhân dân huyện Đồng Văn"
    assert qualify_org("Ủy ban nhân dân huyện", district, cited=True) == "Ủy ban nhân dân huyện Đồng Văn"


def test_the_fronts_central_committee_by_its_initials():
    # A Bắc Ninh Front plan: "… của Ban Thường trực UBTW Mặt trận Tổ quốc Việt Nam".
    bac_ninh = _ctx("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Ninh", "Bắc Ninh")
    assert qualify_org("Ban Thường trực UBTW Mặt trận Tổ quốc Việt Nam", bac_ninh, cited=True) == (
        "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")


def test_a_communes_own_bodies_by_the_level_word_when_its_province_is_not_known():
    # A commune's decision whose header gives no province (xã Tân Lập: a dozen provinces have one):
    # the issuer is told apart by its document, and so are its own bodies, named with the commune.
    issuer = "Ủy ban nhân dân xã Tân Lập (Quyết định 15/QĐ-UBND 2024)"
    ctx = DocContext(key="k", issuer=issuer, province=None, district=None, year=2024, own_name="Ủy ban nhân dân xã Tân Lập")
    office = qualify_org("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", ctx)
    assert office == qualify_org("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Tân Lập", ctx)
    assert office == f"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Tân Lập ({issuer})"
    assert qualify_org("Ủy ban Mặt trận Tổ quốc Việt Nam xã", ctx) == f"Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Lập ({issuer})"
    # The commune's committee by its level word is the issuer itself.
    assert qualify_org("Ủy ban nhân dân xã", ctx) == issuer
    # Another level's body is not the commune's.
    assert qualify_org("Ủy ban nhân dân phường", ctx) != f"Ủy ban nhân dân phường Tân Lập ({issuer})"


def test_a_ministrys_office_and_its_head_in_its_own_letters():
    # Bộ Y tế letters: "Chánh Văn phòng", "Chánh Văn phòng Bộ"; the Văn phòng Bộ Công an's: "Chánh Văn phòng Bộ".
    health = _ctx("Bộ Y tế", None)
    assert qualify_org("Chánh Văn phòng", health) == qualify_org("Chánh Văn phòng Bộ", health) == "Chánh Văn phòng Bộ Y tế"
    assert qualify_org("Văn phòng Bộ", health) == "Văn phòng Bộ Y tế"
    assert qualify_org("Chánh Văn phòng Bộ", _ctx("Văn phòng Bộ Công an", None)) == "Chánh Văn phòng Bộ Công an"
    from vanban.graph.orgs import org_info

    assert org_info("Chánh Văn phòng Bộ Y tế").part_of == "Văn phòng Bộ Y tế"
    assert org_info("Văn phòng Bộ Công an").part_of == "Bộ Công an"
    # A province's command ("Bộ Chỉ huy") is no ministry: its office stays its own.
    command = _ctx("Bộ Chỉ huy Quân sự tỉnh Nghệ An", "Nghệ An")
    assert qualify_org("Văn phòng Bộ", command) == "Văn phòng Bộ (Bộ Chỉ huy Quân sự tỉnh Nghệ An)"
    assert qualify_org("Chánh Văn phòng", command) == "Chánh Văn phòng (Bộ Chỉ huy Quân sự tỉnh Nghệ An)"
    assert org_info("Thanh tra Bộ Tư lệnh").level is None


def test_the_issuer_named_without_its_place_in_its_own_document_is_the_issuer():
    # A plan of the Phòng Văn hóa và Thông tin huyện Phú Vang assigning tasks to itself by its name.
    office = DocContext(key="k", issuer="Phòng Văn hóa và Thông tin huyện Phú Vang", province="Thừa Thiên Huế", district="Phú Vang", year=2024)
    assert qualify_org("Phòng Văn hóa và Thông tin", office) == "Phòng Văn hóa và Thông tin huyện Phú Vang"
    union = DocContext(key="k", issuer="Hội Nông dân huyện Đồng Văn", province="Hà Giang", district="Đồng Văn", year=2024)
    assert qualify_org("Hội Nông dân", union) == "Hội Nông dân huyện Đồng Văn"
    # Not another body whose name starts so, nor the issuer of an instrument it cites (which may be
    # the body of that name above it: "Thông tri … của Ủy ban Mặt trận Tổ quốc Việt Nam").
    assert qualify_org("Phòng Văn hóa", office) != "Phòng Văn hóa và Thông tin huyện Phú Vang"
    front = _ctx("Ủy ban Mặt trận Tổ quốc Việt Nam phường Bắc Cam Ranh, tỉnh Khánh Hòa", "Khánh Hòa")
    assert qualify_org("Ủy ban Mặt trận Tổ quốc Việt Nam", front, cited=True) != front.issuer


def test_departments_and_branches_listed_in_either_order():
    # Nghệ An plans: "Các ban, sở, ngành, đoàn thể cấp tỉnh" and "Các sở, ban, ngành, đoàn thể cấp tỉnh".
    nghe_an = _ctx("Ủy ban nhân dân tỉnh Nghệ An", "Nghệ An")
    assert qualify_org("Các ban, sở, ngành, đoàn thể cấp tỉnh", nghe_an) == qualify_org("Các sở, ban, ngành, đoàn thể cấp tỉnh", nghe_an)
    # A list that leaves one kind out is another list: kept.
    assert qualify_org("Các sở, ngành", nghe_an) != qualify_org("Các sở, ban, ngành", nghe_an)


def test_a_unit_named_with_its_issuer_in_the_issuers_letter():
    # Bộ Y tế letters name "Vụ trưởng Vụ Tổ chức cán bộ" and "Vụ trưởng Vụ Tổ chức cán bộ Bộ Y tế".
    health = _ctx("Bộ Y tế", None)
    assert qualify_org("Vụ trưởng Vụ Tổ chức cán bộ Bộ Y tế", health) == qualify_org("Vụ trưởng Vụ Tổ chức cán bộ", health) == (
        "Vụ trưởng Vụ Tổ chức cán bộ (Bộ Y tế)")
    # The collective that its words link to the issuer keeps them.
    assert qualify_org("Các đơn vị trực thuộc Bộ Y tế", health) == "Các đơn vị trực thuộc Bộ Y tế (Bộ Y tế)"
    # Another ministry's department is not the letter's own.
    assert qualify_org("Vụ trưởng Vụ Tổ chức cán bộ Bộ Nội vụ", health) != qualify_org("Vụ trưởng Vụ Tổ chức cán bộ", health)


def test_the_bodies_of_all_villages_of_a_commune_are_one_collective():
    # The Front of xã Lương Minh (Quảng Ninh) names "Ban Công tác Mặt trận thôn" and "Ban Công tác
    # Mặt trận các thôn", "Trưởng thôn" and "Trưởng thôn các thôn"; phường Bắc Cam Ranh's "… các tổ dân phố".
    front = _ctx("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh, tỉnh Quảng Ninh", "Quảng Ninh")
    assert qualify_org("Ban Công tác Mặt trận các thôn", front) == qualify_org("Ban Công tác Mặt trận thôn", front)
    assert qualify_org("Trưởng thôn các thôn", front) == qualify_org("Trưởng thôn", front)
    assert local_spelling("Ban Công tác Mặt trận các tổ dân phố") == "Ban Công tác Mặt trận tổ dân phố"
    # A list of kinds of village is another collective: kept.
    assert local_spelling("Ban Chỉ sự các thôn, bản") == "Ban Chỉ sự các thôn, bản"


def test_syllables_a_copy_ran_together_are_cut_where_they_make_two_syllables():
    from vanban.loaders.names import unglue_name, unglue_syllables

    # Bình Định and Gia Lai recipient lines, a Hồ Chí Minh City letter's citation.
    assert unglue_name("Sở Văn hóa, Thểthao và Du lịch tỉnh Bình Định") == "Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Định"
    assert unglue_name("Sở Thể dục - Thểthao thành phố Hồ Chí Minh") == "Sở Thể dục - Thể thao thành phố Hồ Chí Minh"
    assert unglue_name("Hội đồng nhân dân và Uỷban nhân dân") == "Hội đồng nhân dân và Uỷ ban nhân dân"
    # "thểt" closes with a stop under the hook tone, which no syllable does: one cut only.
    assert unglue_syllables("thểthao khảothí") == "thể thao khảo thí"
    for name in ("Krông Pắc", "Đăk Glei", "Nghĩa Lộ", "Sở GD&ĐT", "TTg", "Cácsởgiáodục"):
        assert unglue_name(name) == name
    hcm = _ctx("Ủy ban nhân dân thành phố Hồ Chí Minh", "Hồ Chí Minh")
    assert qualify_org("Sở Thể dục - Thểthao thành phố", hcm) == qualify_org("Sở Thể dục - Thể thao thành phố", hcm)
    binh_dinh = _ctx("Ủy ban nhân dân tỉnh Bình Định", "Bình Định")
    assert qualify_org("Giám đốc Sở Văn hóa, Thểthao và Du lịch", binh_dinh) == qualify_org("Giám đốc Sở Văn hóa, Thể thao và Du lịch", binh_dinh)


@pytest.mark.parametrize(("ctx", "names", "key"), [
    # Đắk Lắk plans: "Các sở, ban, ngành" (bare) and "Các sở, ban, ngành tỉnh"; Nghệ An's "… cấp tỉnh".
    (_ctx("Ủy ban nhân dân tỉnh Đắk Lắk", "Đắk Lắk"), ["Các sở, ban, ngành", "Các sở, ban, ngành tỉnh", "Các sở, ban, ngành cấp tỉnh",
                                                      "Các sở, ban, ngành tỉnh Đắk Lắk"], "Các sở, ban, ngành tỉnh Đắk Lắk"),
    (_ctx("Ủy ban nhân dân tỉnh Nghệ An", "Nghệ An"), ["Các sở, ban, ngành, đoàn thể cấp tỉnh", "Các sở, ban, ngành, đoàn thể"],
     "Các sở, ban, ngành, đoàn thể tỉnh Nghệ An"),
    # A department's letter names its peers so too (Sở Nội vụ tỉnh Thanh Hóa).
    (_ctx("Sở Nội vụ tỉnh Thanh Hóa", "Thanh Hóa"), ["Các sở, ngành", "Các sở, ngành tỉnh"], "Các sở, ngành tỉnh Thanh Hóa"),
    (_ctx("Ủy ban nhân dân tỉnh Thanh Hóa", "Thanh Hóa"), ["Thủ trưởng các sở, ban, ngành cấp tỉnh", "Thủ trưởng các sở, ban, ngành"],
     "Thủ trưởng các sở, ban, ngành tỉnh Thanh Hóa"),
    # "thuộc tỉnh", "trong tỉnh" with the province, in any document.
    (PRIME_MINISTER, ["Các sở, ban, ngành thuộc tỉnh Quảng Nam", "Các sở, ban, ngành tỉnh Quảng Nam"], "Các sở, ban, ngành tỉnh Quảng Nam"),
    (PRIME_MINISTER, ["Thủ trưởng các sở, ban, ngành trong tỉnh Nam Định"], "Thủ trưởng các sở, ban, ngành tỉnh Nam Định"),
])
def test_a_provinces_departments_named_together_are_one_collective(ctx, names, key):
    assert {qualify_org(n, ctx) for n in names} == {key}


def test_departments_named_by_a_ministry_or_a_district_stay_its_documents():
    # A ministry's "Các sở, ban, ngành" are every province's; a district's plan is not the province's voice.
    assert qualify_org("Các sở, ban, ngành", _ctx("Bộ Y tế", None)) == "Các sở, ban, ngành (Bộ Y tế)"
    district = DocContext(key="k", issuer="Ủy ban nhân dân huyện Đồng Văn", province="Hà Giang", district="Đồng Văn", year=2024)
    assert qualify_org("Các sở, ban, ngành", district) == "Các sở, ban, ngành (Ủy ban nhân dân huyện Đồng Văn)"
    # A list with more words after it is another collective.
    dak_lak = _ctx("Ủy ban nhân dân tỉnh Đắk Lắk", "Đắk Lắk")
    assert qualify_org("Các sở, ban, ngành liên quan", dak_lak) == "Các sở, ban, ngành liên quan (Ủy ban nhân dân tỉnh Đắk Lắk)"
