"""Organization keys, round 19 (session 10): one body, one key, readable. An office named before
its department with a dash ("Phòng Nghiệp vụ Y - Sở Y tế", a Kon Tum plan's task) is keyed as with
the comma, never "Phòng Nghiệp vụ Y -, Sở Y tế"; the department in its own spelling; a commune
party committee's "Ban Xây dựng Đảng" in one case; "Các Bộ, ngành" as "Các bộ, ngành"; no key ends
with a dash. Fragments in the style of the Kon Tum health plans, corpus Đồng Tháp and Khánh Hòa
documents and the Government's resolutions."""

from __future__ import annotations

from vanban.graph.build import DocContext, build_graph, prepare, qualify_org
from vanban.graph.orgs import local_spelling
from vanban.loaders.extract import extract
from vanban.loaders.read import read_bytes


def _ctx(issuer: str, province: str | None) -> DocContext:
    return DocContext(key="k", issuer=issuer, province=province, district=None, year=2025)


def _orgs(g) -> set[str]:
    return {k for k, d in g.nodes(data=True) if d["kind"] == "Organization"}


KON_TUM_PLAN = """UBND TỈNH KON TUM
SỞ Y TẾ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 120/KH-SYT
Kon Tum, ngày 10 tháng 3 năm 2023

KẾ HOẠCH
Kiểm tra công tác khám chữa bệnh năm 2023

I. MỤC ĐÍCH
1. Đánh giá việc thực hiện quy chế chuyên môn tại các cơ sở khám bệnh, chữa bệnh trên địa bàn tỉnh Kon Tum.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Nghiệp vụ Y - Sở Y tế chủ trì, phối hợp các đơn vị liên quan.
2. Phòng Tổ chức - Hành chính, Sở Y tế bố trí kinh phí.
Nơi nhận:
- Các đơn vị trực thuộc;
- Lưu: VT, NVY.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Trần Thị D
"""


def test_office_before_department_with_a_dash_is_keyed_as_with_the_comma():
    assert local_spelling("Phòng Nghiệp vụ Y - Sở Y tế") == "Phòng Nghiệp vụ Y, Sở Y tế"
    assert local_spelling("Phòng Nghiệp vụ Y – Sở Y tế tỉnh Kon Tum") == "Phòng Nghiệp vụ Y, Sở Y tế tỉnh Kon Tum"
    # the forms already read stay as they were
    assert local_spelling("Phòng Tổ chức cán bộ Sở Y tế tỉnh Hà Tĩnh") == "Phòng Tổ chức cán bộ, Sở Y tế tỉnh Hà Tĩnh"
    assert local_spelling("Phòng Tổ chức - Hành chính, Sở Y tế") == "Phòng Tổ chức - Hành chính, Sở Y tế"
    # a dash inside the office's name is not the one before the department
    assert local_spelling("Phòng Kế hoạch - Tài chính Sở Y tế") == "Phòng Kế hoạch - Tài chính, Sở Y tế"


def test_office_of_department_in_a_kon_tum_plan():
    t = read_bytes(KON_TUM_PLAN.encode("utf-8"), name="kt.md")
    g = build_graph([prepare(extract(t), t)])
    keys = _orgs(g)
    assert "Phòng Nghiệp vụ Y, Sở Y tế tỉnh Kon Tum" in keys
    assert "Phòng Tổ chức - Hành chính, Sở Y tế tỉnh Kon Tum" in keys
    assert not any(k.endswith(("-", ",")) or " -," in k for k in keys)


def test_department_after_its_office_is_in_its_own_spelling():
    # "Sở Giáo dục và Đào tạo Đồng Tháp" is keyed "Sở Giáo dục và Đào tạo tỉnh Đồng Tháp" alone: so after an office.
    assert local_spelling("Sở Giáo dục và Đào tạo Đồng Tháp") == "Sở Giáo dục và Đào tạo tỉnh Đồng Tháp"
    assert (
        local_spelling("Phòng Giáo dục Phổ thông, Sở Giáo dục và Đào tạo Đồng Tháp")
        == "Phòng Giáo dục Phổ thông, Sở Giáo dục và Đào tạo tỉnh Đồng Tháp"
    )


def test_party_building_board_in_one_case():
    ctx = _ctx("Đảng ủy xã Công Hải, tỉnh Khánh Hòa", "Khánh Hòa")
    a = qualify_org("Ban Xây dựng Đảng", ctx)
    assert a == qualify_org("Ban xây dựng Đảng", ctx) == "Ban xây dựng Đảng (Đảng ủy xã Công Hải, tỉnh Khánh Hòa)"
    assert local_spelling("Các ban Xây dựng Đảng") == "Các ban xây dựng Đảng"


def test_ministries_listed_in_small_letters():
    ctx = _ctx("Chính phủ", None)
    assert qualify_org("Các Bộ, ngành, địa phương", ctx) == qualify_org("Các bộ, ngành, địa phương", ctx)
    assert qualify_org("Các Bộ, ngành, địa phương", ctx) == "Các bộ, ngành, địa phương (Chính phủ)"
    # The whole Government's bodies, every one: one node whoever names them (round 22).
    assert (
        qualify_org("Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ", ctx)
        == "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"
    )
    # a ministry's own name keeps its capital
    assert qualify_org("Bộ Y tế", ctx) == "Bộ Y tế"


def test_no_key_ends_with_a_dash():
    ctx = _ctx("Ủy ban nhân dân tỉnh Kon Tum", "Kon Tum")
    assert qualify_org("Sở Y tế -", ctx) == qualify_org("Sở Y tế", ctx) == "Sở Y tế tỉnh Kon Tum"
    assert qualify_org("- Sở Tài chính;", ctx) == "Sở Tài chính tỉnh Kon Tum"


def test_collective_of_every_province_takes_no_place():
    # A Bộ Y tế letter (its place Hà Nội) asks the provinces' departments for reports: not Hà Nội's.
    ctx = _ctx("Bộ Y tế", "Hà Nội")
    assert qualify_org("Sở Y tế các tỉnh, thành phố", ctx) == "Sở Y tế các tỉnh, thành phố (Bộ Y tế)"
    assert qualify_org("Ủy ban nhân dân các thành phố", ctx) == "Ủy ban nhân dân các thành phố (Bộ Y tế)"
    # the city's own bodies, named by the level word alone, still take it
    assert qualify_org("Ủy ban nhân dân thành phố", ctx) == "Ủy ban nhân dân thành phố Hà Nội"
    assert qualify_org("Sở Y tế thành phố", ctx) == "Sở Y tế thành phố Hà Nội"
    ctx = _ctx("Ủy ban nhân dân tỉnh Đắk Lắk", "Đắk Lắk")
    assert qualify_org("Ủy ban nhân dân các xã, phường", ctx) == "Ủy ban nhân dân các xã, phường (Ủy ban nhân dân tỉnh Đắk Lắk)"


def test_collective_and_station_spellings():
    ctx = _ctx("Ủy ban nhân dân tỉnh Quảng Nam", "Quảng Nam")
    assert qualify_org("Các sở ban ngành", ctx) == qualify_org("Các sở, ban, ngành", ctx)
    assert local_spelling("Các sở giáo dục và đào tạo") == "Các sở Giáo dục và Đào tạo"
    assert local_spelling("Các sở y tế") == "Các sở Y tế"
    assert local_spelling("Các sở chuyên ngành") == "Các sở chuyên ngành"  # no department of that name
    assert local_spelling("Đài Phát thanh, Truyền hình Hà Nội") == "Đài Phát thanh và Truyền hình Hà Nội"
    # "Báo và Phát thanh, Truyền hình" (the merged press of 2025) keeps its comma
    assert local_spelling("Báo và Phát thanh, Truyền hình Sơn La") == "Báo và Phát thanh, Truyền hình Sơn La"


def test_front_named_inside_a_name_with_its_country():
    assert (
        local_spelling("Các tổ chức thành viên Mặt trận Tổ quốc xã Lương Minh, tỉnh Quảng Ninh")
        == "Các tổ chức thành viên Mặt trận Tổ quốc Việt Nam xã Lương Minh, tỉnh Quảng Ninh"
    )
    assert local_spelling("Mặt trận Tổ quốc tỉnh Bắc Ninh") == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Ninh"
    # a village's Front committee is named so, without a level word after the front
    assert local_spelling("Ban Công tác Mặt trận thôn") == "Ban Công tác Mặt trận thôn"


def test_issuer_head_by_title_alone_is_keyed_as_named_in_full():
    ministry = _ctx("Bộ Y tế", "Hà Nội")
    assert qualify_org("Bộ trưởng", ministry) == "Bộ trưởng Bộ Y tế" == qualify_org("Bộ trưởng Bộ Y tế", ministry)
    department = _ctx("Sở Y tế tỉnh Kon Tum", "Kon Tum")
    assert qualify_org("Giám đốc Sở", department) == "Giám đốc Sở Y tế tỉnh Kon Tum"
    assert qualify_org("Giám đốc", department) == "Giám đốc Sở Y tế tỉnh Kon Tum"
    committee = _ctx("Ủy ban nhân dân tỉnh Hà Tĩnh", "Hà Tĩnh")
    assert qualify_org("Chánh Văn phòng", committee) == "Chánh Văn phòng Ủy ban nhân dân tỉnh Hà Tĩnh"
    assert qualify_org("Chủ tịch", committee) == "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh"
    council = _ctx("Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu")
    assert qualify_org("Chủ tịch", council) == "Chủ tịch Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu"


def test_other_titles_and_issuers_stay_within_the_issuer():
    # a director named in a committee's document is some department's: not the committee's
    committee = _ctx("Ủy ban nhân dân tỉnh Hà Tĩnh", "Hà Tĩnh")
    assert qualify_org("Giám đốc", committee) == "Giám đốc (Ủy ban nhân dân tỉnh Hà Tĩnh)"
    # a "Bộ Chỉ huy" is no ministry
    command = _ctx("Bộ Chỉ huy Quân sự tỉnh Nghệ An", "Nghệ An")
    assert qualify_org("Bộ trưởng", command) == "Bộ trưởng (Bộ Chỉ huy Quân sự tỉnh Nghệ An)"
    # a commune's office is its council's and committee's: its chief stays within the issuer
    commune = _ctx("Ủy ban nhân dân xã Tân Hòa, tỉnh An Giang", "An Giang")
    assert qualify_org("Chánh Văn phòng", commune) == "Chánh Văn phòng (Ủy ban nhân dân xã Tân Hòa, tỉnh An Giang)"
    # the issuer of a cited instrument is not read as the document's own head
    assert qualify_org("Bộ trưởng", _ctx("Bộ Y tế", "Hà Nội"), cited=True) == "Bộ trưởng (Bộ Y tế)"
    assert qualify_org("Lãnh đạo Sở", _ctx("Sở Y tế tỉnh Kon Tum", "Kon Tum")) == "Lãnh đạo Sở (Sở Y tế tỉnh Kon Tum)"


def test_office_of_a_committee_after_a_dash():
    assert local_spelling("Phòng Kinh tế - Ủy ban nhân dân phường Sài Gòn") == "Phòng Kinh tế, Ủy ban nhân dân phường Sài Gòn"
    ctx = _ctx("Ủy ban nhân dân thành phố Hồ Chí Minh", "Hồ Chí Minh")
    assert (
        qualify_org("Phòng Kinh tế - Uỷ ban nhân dân phường Sài Gòn", ctx)
        == "Phòng Kinh tế, Ủy ban nhân dân phường Sài Gòn, thành phố Hồ Chí Minh"
    )
    # a dash inside the office's own name is not read so
    assert local_spelling("Phòng Văn hóa - Thông tin") == "Phòng Văn hóa - Thông tin"


def test_a_province_city_after_a_list_of_districts_is_no_province():
    # a Nam Định decision's "Điều 3": "Chủ tịch UBND các huyện và thành phố Nam Định" (the province's city)
    ctx = _ctx("Ủy ban nhân dân tỉnh Nam Định", "Nam Định")
    key = qualify_org("Chủ tịch Ủy ban nhân dân các huyện và thành phố Nam Định", ctx)
    assert key == "Chủ tịch Ủy ban nhân dân các huyện và thành phố Nam Định"
    # a commune of that city written with it is keyed with its province, as before
    assert qualify_org("Ủy ban nhân dân xã Lộc An, thành phố Nam Định", ctx) == "Ủy ban nhân dân xã Lộc An, tỉnh Nam Định"
    # a district written with its province still reads the province (a district only An Giang has: none kept)
    assert qualify_org("Ủy ban nhân dân huyện Châu Phú tỉnh An Giang", ctx) == "Ủy ban nhân dân huyện Châu Phú"
