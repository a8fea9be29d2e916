"""Organization resolution, round 18 (session 9): a body written by the initials of its name ("TT
CN&CTTĐT tỉnh", "TT. Công nghệ và Cổng TTĐT tỉnh", "Sở LĐ-TB&XH tỉnh") is the body it spells out
when that body is named in full in the same document or is one every province has, and only then;
the mass organisations (Hội Nông dân, Liên đoàn Lao động, Đoàn Thanh niên…) of a province, district
or commune link to the one above them, and a body's own trade union or Youth Union branch to the
body; a province's command written "Ban Chỉ huy" is its "Bộ Chỉ huy". Fragments are written in the
style of corpus 030, 035, 036 (Đắk Lắk), 025 (Bắc Ninh), 027 (Nghệ An), 004 (Cần Thơ) and the
Sơn La hospital plan of the examples."""

from __future__ import annotations

import random

import networkx as nx

from vanban.graph import initials
from vanban.graph.build import KNOWN_LOCAL_BODIES, KNOWN_WITH_PLACE, DocContext, build_graph, prepare, qualify_org
from vanban.graph.diff import apply_diff
from vanban.graph.incremental import Resolver, fragment
from vanban.graph.orgs import central_spelling, local_spelling, org_info, superior
from vanban.graph.resolve import graph_nodes_edges
from vanban.loaders.extract import extract
from vanban.loaders.read import read_bytes

CENTRE = "Trung tâm Công nghệ và Cổng thông tin điện tử tỉnh Đắk Lắk"


def _source(text: str, name: str):
    t = read_bytes(text.encode("utf-8"), name=name)
    return prepare(extract(t), t)


def _out(g, node: str, type_: str) -> set[str]:
    return {v for _, v, d in g.out_edges(node, data=True) if d["type"] == type_}


def _orgs(g) -> set[str]:
    return {k for k, d in g.nodes(data=True) if d["kind"] == "Organization"}


def _ctx(issuer: str, province: str) -> DocContext:
    return DocContext(key="k", issuer=issuer, province=province, district=None, year=2025)


# Three plans of the Ủy ban nhân dân tỉnh Đắk Lắk, each writing the centre its own way (corpus 030,
# 035, 036).
DAK_LAK_PLAN = """ỦY BAN NHÂN DÂN
TỈNH ĐẮK LẮK
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: {number}/KH-UBND
Đắk Lắk, ngày 25 tháng 11 năm 2025

KẾ HOẠCH
{title}

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

I. MỤC ĐÍCH, YÊU CẦU
1. {title} trên địa bàn tỉnh.

Nơi nhận:
- Bộ Nông nghiệp và Môi trường (b/c);
- CT, các PCT UBND tỉnh;
- Các Sở: NNMT, TC, CT, KHCN;
- {centre};
- Lưu: VT, NNMT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trương Công Thái
"""


def _dak_lak(number: str, centre: str):
    title = f"Quan trắc môi trường vùng nuôi trồng thủy sản số {number}"
    return _source(DAK_LAK_PLAN.format(number=number, title=title, centre=centre), f"kh{number}_daklak.txt")


# ---------------------------------------------------------------- initials


def test_initials_spell_out_the_name_glued_or_spaced_with_and_for_va():
    for short in [
        "TT CN&CTTĐT tỉnh Đắk Lắk",  # corpus 030
        "TTCN&CTTĐT tỉnh Đắk Lắk",
        "TT. Công nghệ và Cổng thông tin điện tử tỉnh Đắk Lắk",  # corpus 036, "Cổng TTĐT" read by the extractor
        "Trung tâm CN và Cổng thông tin điện tử tỉnh Đắk Lắk",  # corpus 035
    ]:
        assert initials.written_with_initials(short), short
        assert initials.spells_out(short, CENTRE), short
    # "TT." is also "Thường trực": initials that do not fit the words are nobody's.
    assert not initials.spells_out("TT. Tỉnh ủy Đắk Lắk", CENTRE)
    assert not initials.spells_out("TT CN tỉnh Đắk Lắk", CENTRE)  # "CN" alone is not the whole name
    # Roman numerals are no initials: "Chi cục Hải quan khu vực XI" (a citation's addressee).
    assert not initials.written_with_initials("Chi cục Hải quan khu vực XI")


def test_initials_of_a_body_every_province_has_are_that_body():
    for short, full in [
        ("Sở KH&CN tỉnh Sơn La", "Sở Khoa học và Công nghệ tỉnh Sơn La"),
        ("Sở GDĐT tỉnh Sơn La", "Sở Giáo dục và Đào tạo tỉnh Sơn La"),  # "và" left out of glued initials
        ("Sở LĐ-TB&XH tỉnh Đồng Nai", "Sở Lao động - Thương binh và Xã hội tỉnh Đồng Nai"),
        ("Sở Lao động TBXH tỉnh Long An", "Sở Lao động - Thương binh và Xã hội tỉnh Long An"),
        ("Giám đốc Sở LĐ-TB&XH tỉnh Đồng Nai", "Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Đồng Nai"),
        ("Phòng Lao động - TB&XH huyện Trạm Tấu", "Phòng Lao động - Thương binh và Xã hội huyện Trạm Tấu"),
        ("TT KSBT tỉnh Sơn La", "Trung tâm Kiểm soát bệnh tật tỉnh Sơn La"),
        ("Trung tâm Phục vụ HCC", "Trung tâm Phục vụ hành chính công"),
        ("TT CN&CTTĐT tỉnh Đắk Lắk", CENTRE),
    ]:
        assert initials.expand_known(short, KNOWN_LOCAL_BODIES, KNOWN_WITH_PLACE) == full, short
    # A district office's initials only with the district: a hospital's "Phòng TC" may be its "Phòng Tổ chức".
    assert initials.expand_known("Phòng TC", KNOWN_LOCAL_BODIES, KNOWN_WITH_PLACE) == "Phòng TC"
    assert initials.expand_known("Phòng TC-KH huyện Đồng Văn", KNOWN_LOCAL_BODIES, KNOWN_WITH_PLACE) == "Phòng Tài chính - Kế hoạch huyện Đồng Văn"
    for kept in [
        "Sở NV",  # Nội vụ or Ngoại vụ: two bodies fit, neither is taken
        "Phòng TH (Ủy ban nhân dân thành phố Hồ Chí Minh)",  # a unit of the office: no known body fits
        "TT. Tỉnh ủy",
        "Báo Thái Bình, Đài PT-TH tỉnh Thái Bình",  # a list: the comma is no title's
    ]:
        assert initials.expand_known(kept, KNOWN_LOCAL_BODIES, KNOWN_WITH_PLACE) == kept, kept


def test_initials_read_against_the_bodies_the_same_document_names():
    names = [
        "Ban Chỉ huy Phòng thủ dân sự tỉnh Nghệ An",  # corpus 027's body text
        "Văn phòng BCHPTDS tỉnh Nghệ An",  # and its recipient line
        "Ngân hàng Nhà nước chi nhánh khu vực 14 (Ủy ban nhân dân thành phố Cần Thơ)",
        "NH Nhà nước CN khu vực 14 (Ủy ban nhân dân thành phố Cần Thơ)",  # corpus 004
        "Phòng KTTH (Ủy ban nhân dân tỉnh Cà Mau)",
    ]
    assert initials.expand_in_document(names) == {
        "Văn phòng BCHPTDS tỉnh Nghệ An": "Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh Nghệ An",
        "NH Nhà nước CN khu vực 14 (Ủy ban nhân dân thành phố Cần Thơ)":
            "Ngân hàng Nhà nước chi nhánh khu vực 14 (Ủy ban nhân dân thành phố Cần Thơ)",
    }
    # Two bodies the initials fit: neither.
    assert initials.expand_in_document(["TT KT tỉnh X", "Trung tâm Kiểm toán tỉnh X", "Trung tâm Khí tượng tỉnh X"]) == {}


def test_the_centre_written_three_ways_in_three_plans_is_one_node_in_any_order():
    sources = [
        _dak_lak("0134", "TT CN&CTTĐT tỉnh"),
        _dak_lak("0135", "Trung tâm CN và Cổng TTĐT tỉnh"),
        _dak_lak("0136", "TT. Công nghệ và Cổng TTĐT tỉnh"),
    ]
    g = build_graph(sources)
    centres = {k for k in _orgs(g) if "Cổng thông tin" in k or "CTTĐT" in k}
    assert centres == {CENTRE}
    senders = {u for u, _, d in g.in_edges(CENTRE, data=True) if d["type"] == "SENT_TO"}
    assert len(senders) == 3
    reference = graph_nodes_edges(g)
    for seed in range(3):
        shuffled = sources[:]
        random.Random(seed).shuffle(shuffled)
        assert graph_nodes_edges(build_graph(shuffled)) == reference
    # Incrementally, one plan at a time, the same.
    held: dict = {}
    resolver = Resolver(lambda files: {f: held[f] for f in files})
    inc = nx.MultiDiGraph()
    for s in reversed(sources):
        held[s.file] = s
        apply_diff(inc, resolver.apply([s]))
    assert graph_nodes_edges(inc) == reference


def test_the_centre_named_in_full_is_the_same_node():
    plain = _dak_lak("0137", "Trung tâm Công nghệ và Cổng thông tin điện tử tỉnh")
    short = _dak_lak("0134", "TT CN&CTTĐT tỉnh")
    assert CENTRE in fragment(plain).orgs
    assert CENTRE in fragment(short).orgs
    assert not any("CTTĐT" in k for k in fragment(short).orgs)


# ---------------------------------------------------------------- mass organisations


def test_a_provinces_mass_organisations_are_under_their_central_bodies():
    for name, parent in [
        ("Hội Nông dân tỉnh Sơn La", "Trung ương Hội Nông dân Việt Nam"),
        ("Liên đoàn Lao động tỉnh Bắc Ninh", "Tổng Liên đoàn Lao động Việt Nam"),
        ("Liên minh Hợp tác xã tỉnh Đồng Nai", "Liên minh Hợp tác xã Việt Nam"),
        ("Hội Liên hiệp Phụ nữ Hà Nội", "Trung ương Hội Liên hiệp Phụ nữ Việt Nam"),  # named without its level word
        ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Bắc Ninh", "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    ]:
        info = org_info(name)
        assert (info.level, info.parent) == ("province", parent), name
    # The 2025 merger: the old province's union links to the new province's.
    assert org_info("Hội Liên hiệp Phụ nữ tỉnh Thái Bình").successor == "Hội Liên hiệp Phụ nữ tỉnh Hưng Yên"


def test_a_district_or_communes_mass_organisation_is_under_its_provinces():
    info = org_info("Hội Nông dân huyện Đồng Văn")
    assert (info.level, info.province, info.parent, info.defunct) == ("district", "Hà Giang", "Hội Nông dân tỉnh Hà Giang", True)
    assert info.successor == "Hội Nông dân tỉnh Tuyên Quang"
    assert org_info("Liên đoàn Lao động thành phố Sơn La").parent == "Liên đoàn Lao động tỉnh Sơn La"  # the province's city
    assert org_info("Hội Nông dân xã Gia Kiệm, tỉnh Đồng Nai").parent == "Hội Nông dân tỉnh Đồng Nai"
    # "Hội Nông dân" in a district's plan is the district's.
    ctx = DocContext(key="k", issuer="Ủy ban nhân dân huyện Đồng Văn", province="Hà Giang", district="Đồng Văn", year=2023)
    assert qualify_org("Hội Nông dân", ctx) == "Hội Nông dân huyện Đồng Văn"


def test_the_central_bodies_of_the_unions_have_one_spelling():
    assert central_spelling("Trung ương Hội Liên hiệp phụ nữ Việt Nam") == "Trung ương Hội Liên hiệp Phụ nữ Việt Nam"
    for short in ["Trung ương Đoàn", "Ban Chấp hành Trung ương Đoàn", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"]:
        assert central_spelling(short) == "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", short
    bbt = central_spelling("Ban Bí thư Trung ương Đoàn")
    assert org_info(bbt).part_of == "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"


def test_an_organ_of_a_union_is_part_of_it_and_the_tinh_doan_is_the_union():
    assert local_spelling("Ban Thường vụ Tỉnh đoàn Bắc Ninh") == "Ban Thường vụ Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Bắc Ninh"
    assert local_spelling("Ban Chấp hành Thành đoàn Hà Nội") == "Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Hà Nội"
    info = org_info("Ban Thanh niên nông thôn Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Bắc Ninh")
    assert info.part_of == "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Bắc Ninh"
    # Its reports go where the union's go.
    assert superior("Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Đắk Lắk") == "Trung ương Hội Liên hiệp Phụ nữ Việt Nam"
    # "Thành đoàn Sơn La" is the city's, not the province's: kept.
    assert local_spelling("Ban Chấp hành Thành đoàn Sơn La") == "Ban Chấp hành Thành đoàn Sơn La"


def test_a_bodys_own_union_is_under_the_body():
    for name, body in [
        ("Công đoàn Sở Y tế tỉnh Hà Giang", "Sở Y tế tỉnh Hà Giang"),
        ("Công đoàn cơ sở Bệnh viện Đa khoa tỉnh Sơn La", "Bệnh viện Đa khoa tỉnh Sơn La"),
        ("Đoàn Thanh niên Cộng sản Hồ Chí Minh Bệnh viện Đa khoa tỉnh Sơn La", "Bệnh viện Đa khoa tỉnh Sơn La"),
        ("Chi đoàn Văn phòng Sở Y tế tỉnh Hà Giang", "Văn phòng Sở Y tế tỉnh Hà Giang"),
    ]:
        info = org_info(name)
        assert (info.parent, info.part_of) == (body, None), name
    hospital = _ctx("Bệnh viện Đa khoa tỉnh Sơn La", "Sơn La")
    # The examples' hospital plan: "Đề nghị Công đoàn cơ sở, Đoàn Thanh niên Bệnh viện phối hợp …".
    assert qualify_org("Công đoàn cơ sở", hospital) == "Công đoàn Bệnh viện Đa khoa tỉnh Sơn La"
    assert qualify_org("Công đoàn", hospital) == "Công đoàn Bệnh viện Đa khoa tỉnh Sơn La"
    assert qualify_org("Đoàn Thanh niên Bệnh viện", hospital) == "Đoàn Thanh niên Cộng sản Hồ Chí Minh Bệnh viện Đa khoa tỉnh Sơn La"
    # Another kind of body's union is not the hospital's; a "Chi đoàn" (a body has several) is not placed so.
    assert qualify_org("Công đoàn Sở", hospital) != "Công đoàn Bệnh viện Đa khoa tỉnh Sơn La"
    assert not qualify_org("Chi đoàn", hospital).startswith("Chi đoàn Bệnh viện")
    # A union of no body named: not placed under anything.
    assert org_info("Hội Cựu chiến binh Liên doanh Việt - Nga Vietsovpetro").parent is None


# ---------------------------------------------------------------- commands


def test_a_provinces_command_written_ban_chi_huy_is_its_bo_chi_huy():
    # "BCH Bộ đội Biên phòng TP" (corpus 004, Cần Thơ) is read "Ban Chỉ huy …" by the extractor.
    assert local_spelling("Ban Chỉ huy Bộ đội Biên phòng thành phố Cần Thơ") == "Bộ Chỉ huy Bộ đội Biên phòng thành phố Cần Thơ"
    assert local_spelling("Ban Chỉ huy quân sự tỉnh Nghệ An") == "Bộ Chỉ huy Quân sự tỉnh Nghệ An"
    assert org_info("Bộ Chỉ huy Bộ đội Biên phòng thành phố Cần Thơ").parent == "Bộ Quốc phòng"
    # A district's command is a "Ban Chỉ huy"; so is a city's of a province.
    assert local_spelling("Ban Chỉ huy Quân sự huyện Đồng Văn") == "Ban Chỉ huy Quân sự huyện Đồng Văn"
    assert local_spelling("Ban Chỉ huy Quân sự thành phố Sơn La") == "Ban Chỉ huy Quân sự thành phố Sơn La"


# ---------------------------------------------------------------- one body, one key; offices and organs


def test_names_written_in_other_cases_or_signs_are_one_key():
    for written, key in [
        ("Ban Cán sự Đảng Ủy ban nhân dân thành phố Hà Nội", "Ban cán sự đảng Ủy ban nhân dân thành phố Hà Nội"),
        ("Ban cán sự Đảng Ủy ban nhân dân tỉnh Kon Tum", "Ban cán sự đảng Ủy ban nhân dân tỉnh Kon Tum"),
        ("Đài Phát thanh - Truyền hình tỉnh Sơn La", "Đài Phát thanh và Truyền hình Sơn La"),
        ("Đài Phát thanh và Truyền hình tỉnh Sơn La", "Đài Phát thanh và Truyền hình Sơn La"),
        ("Đoàn Đại biểu Quốc hội tỉnh Lâm Đồng", "Đoàn đại biểu Quốc hội tỉnh Lâm Đồng"),
        ("Văn phòng Đoàn đại biểu Quốc hội& Hội đồng nhân dân thành phố Hà Nội",
         "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân thành phố Hà Nội"),
    ]:
        assert local_spelling(written) == key, written
    # The "&" of initials stays for the reading of initials: "Sở NN & PTNT" is spelled out.
    assert initials.expand_known("Sở NN & PTNT tỉnh Quảng Nam", KNOWN_LOCAL_BODIES) == "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Nam"


def test_the_cadre_committee_is_under_the_party_committee_of_its_place():
    info = org_info("Ban cán sự đảng Ủy ban nhân dân tỉnh Kon Tum")
    assert (info.parent, info.part_of) == ("Tỉnh ủy Kon Tum", None)
    assert org_info("Ban cán sự đảng Ủy ban nhân dân thành phố Hà Nội").parent == "Thành ủy Hà Nội"


def test_a_towns_office_and_a_committees_standing_body_are_part_of_it():
    for name, body in [
        ("Phòng Giáo dục và Đào tạo thành phố Bắc Giang", "Ủy ban nhân dân thành phố Bắc Giang"),
        ("Phòng Giáo dục và Đào tạo quận Tây Hồ", "Ủy ban nhân dân quận Tây Hồ"),
        ("Thường trực Ủy ban nhân dân tỉnh Hậu Giang", "Ủy ban nhân dân tỉnh Hậu Giang"),
    ]:
        info = org_info(name)
        assert (info.parent, info.part_of) == (None, body), name
    # A centrally-run city's office has no city committee of its own above it: not placed so.
    assert org_info("Phòng Tư pháp thành phố Hà Nội").part_of is None


def test_the_youth_unions_executive_and_the_national_bodies_in_any_spelling():
    # The executive of a province's Youth Union is its Tỉnh đoàn, the union's key.
    assert local_spelling("Ban Chấp hành Tỉnh Đoàn Thanh Hóa") == "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Thanh Hóa"
    assert local_spelling("Ban Chấp hành Đoàn tỉnh Bắc Ninh") == "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Bắc Ninh"
    # Not a province's city's, nor a delegation's head.
    assert local_spelling("Ban Chấp hành Đoàn thành phố Sơn La") == "Ban Chấp hành Đoàn thành phố Sơn La"
    assert local_spelling("Trưởng Đoàn tỉnh Hà Giang") == "Trưởng Đoàn tỉnh Hà Giang"
    assert central_spelling("Bộ Lao động-Thương binh và Xã hội") == "Bộ Lao động - Thương binh và Xã hội"
    assert central_spelling("Đại học quốc gia Hà Nội") == "Đại học Quốc gia Hà Nội"
    assert org_info("Đại học Quốc gia Hà Nội").parent == "Chính phủ"
    assert local_spelling("Trung tâm thông tin điện tử thành phố Hà Nội") == "Trung tâm Thông tin điện tử thành phố Hà Nội"
    assert local_spelling("Chánh văn phòng Bộ (Bộ Y tế)") == "Chánh Văn phòng Bộ (Bộ Y tế)"


def test_a_central_bodys_regional_branch_is_one_node_under_it():
    for written, key, parent in [
        # corpus 004 (Cần Thơ), written in full and by initials in one recipient list
        ("Ngân hàng Nhà nước chi nhánh khu vực 14", "Ngân hàng Nhà nước chi nhánh khu vực 14", "Ngân hàng Nhà nước Việt Nam"),
        ("Ngân hàng nhà nước Việt Nam - Chi nhánh Khu vực II", "Ngân hàng Nhà nước chi nhánh khu vực 2", "Ngân hàng Nhà nước Việt Nam"),
        ("Ngân hàng nhà nước khu vực XII", "Ngân hàng Nhà nước chi nhánh khu vực 12", "Ngân hàng Nhà nước Việt Nam"),
        ("Kho bạc nhà nước khu vực XI", "Kho bạc Nhà nước khu vực 11", "Kho bạc Nhà nước"),
        ("Chi cục Hải quan khu vực XIX", "Chi cục Hải quan khu vực 19", "Cục Hải quan"),
    ]:
        assert central_spelling(written) == key, written
        info = org_info(key)
        assert (info.level, info.parent) == ("central", parent), key
    assert org_info("Kho bạc Nhà nước").parent == "Bộ Tài chính"
    # Named in a province's plan, not told apart by the plan: the regions are numbered nationally.
    assert qualify_org("Kho bạc nhà nước khu vực XI", _ctx("Ủy ban nhân dân tỉnh Nghệ An", "Nghệ An")) == "Kho bạc Nhà nước khu vực 11"
    # The initials of one in a recipient list that names it in full.
    assert initials.expand_in_document([
        "Ngân hàng Nhà nước chi nhánh khu vực 14", "NH Nhà nước CN khu vực 14 (Ủy ban nhân dân thành phố Cần Thơ)",
    ]) == {"NH Nhà nước CN khu vực 14 (Ủy ban nhân dân thành phố Cần Thơ)": "Ngân hàng Nhà nước chi nhánh khu vực 14"}


def test_the_central_standing_organs_are_part_of_their_bodies():
    assert org_info("Ủy ban Kiểm tra Trung ương").part_of == "Ban Chấp hành Trung ương Đảng"
    for organ in ["Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]:
        assert org_info(organ).part_of == "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", organ


def test_a_hospitals_rooms_and_a_bodys_leadership_named_in_its_document_are_part_of_it():
    for name, body in [
        ("Phòng Tổ chức cán bộ (Bệnh viện Đa khoa tỉnh Sơn La)", "Bệnh viện Đa khoa tỉnh Sơn La"),  # examples 03
        ("Tổ Công nghệ thông tin (Bệnh viện Đa khoa Nà Chì)", "Bệnh viện Đa khoa Nà Chì"),  # seed
        ("Ban Giám đốc (Bệnh viện Đa khoa tỉnh Sơn La)", "Bệnh viện Đa khoa tỉnh Sơn La"),
        ("Lãnh đạo Sở (Sở Y tế tỉnh Hà Tĩnh)", "Sở Y tế tỉnh Hà Tĩnh"),  # seed 004
    ]:
        assert org_info(name).part_of == body, name
    for name in [
        "Các khoa, phòng (Bệnh viện Đa khoa tỉnh Sơn La)",  # a list
        "Phòng Nông nghiệp và Môi trường (Ủy ban nhân dân tỉnh Đắk Lắk)",  # the office's room, corpus 030
        "Phòng Y tế (Sở Y tế tỉnh Hà Giang)",  # the districts' offices in a department's plan
    ]:
        assert org_info(name).part_of is None, name
