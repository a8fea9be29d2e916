"""Organization keys, round 19b (session 10): one collective, one key, whatever the case of the
centre it names ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương" in a Government
resolution's tasks and "… trực thuộc Trung ương" in a ministry's recipients); an office of the
department that issues a document, named alone, keyed as when the text names it with its
department ("Phòng Nghiệp vụ Y" in a Kon Tum health plan is the "Phòng Nghiệp vụ Y, Sở Y tế tỉnh
Kon Tum"), never a district's office named in a department's document."""

from __future__ import annotations

from vanban.graph.build import DocContext, qualify_org
from vanban.graph.orgs import local_spelling


def _ctx(issuer: str, province: str | None) -> DocContext:
    return DocContext(key="k", issuer=issuer, province=province, district=None, year=2025)


def test_centrally_governed_provinces_in_one_case():
    lower = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
    upper = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
    assert local_spelling(lower) == upper
    assert local_spelling("Hội đồng nhân dân các tỉnh, thành phố trực thuộc TRUNG ƯƠNG") == (
        "Hội đồng nhân dân các tỉnh, thành phố trực thuộc Trung ương"
    )
    for issuer, province in (("Chính phủ", None), ("Thủ tướng Chính phủ", None), ("Bộ Y tế", "Hà Nội")):
        ctx = _ctx(issuer, province)
        # one key, the collective's own name (as the capitalised form already was), for every issuer
        assert qualify_org(lower, ctx) == qualify_org(upper, ctx) == upper
    ctx = _ctx("Thủ tướng Chính phủ", None)
    assert qualify_org("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", ctx) == qualify_org(
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", ctx
    )


def test_other_centres_keep_their_spelling():
    # only the centre after "trực thuộc" is respelled
    assert local_spelling("Bệnh viện Trung ương Huế") == "Bệnh viện Trung ương Huế"
    assert local_spelling("Các đơn vị trực thuộc") == "Các đơn vị trực thuộc"
    assert local_spelling("Các đơn vị trực thuộc trung ương quản lý") == "Các đơn vị trực thuộc Trung ương quản lý"


def test_office_of_the_issuing_department_named_alone_is_keyed_with_its_department():
    ctx = _ctx("Sở Y tế tỉnh Kon Tum", "Kon Tum")
    # "Phòng Nghiệp vụ Y chủ trì" in one plan, "Phòng Nghiệp vụ Y - Sở Y tế" in another: one node
    alone = qualify_org("Phòng Nghiệp vụ Y", ctx)
    assert alone == qualify_org("Phòng Nghiệp vụ Y - Sở Y tế", ctx) == qualify_org("Phòng Nghiệp vụ Y, Sở Y tế", ctx)
    assert alone == "Phòng Nghiệp vụ Y, Sở Y tế tỉnh Kon Tum"
    assert qualify_org("Phòng Tổ chức - Hành chính", ctx) == "Phòng Tổ chức - Hành chính, Sở Y tế tỉnh Kon Tum"
    assert qualify_org("Văn phòng Sở", ctx) == qualify_org("Văn phòng Sở Y tế", ctx) == "Văn phòng Sở Y tế tỉnh Kon Tum"
    assert qualify_org("Thanh tra Sở", ctx) == "Thanh tra Sở Y tế tỉnh Kon Tum"
    education = _ctx("Sở Giáo dục và Đào tạo tỉnh Nghệ An", "Nghệ An")
    assert qualify_org("Phòng Giáo dục Trung học", education) == qualify_org(
        "Phòng Giáo dục Trung học Sở Giáo dục và Đào tạo", education
    ) == "Phòng Giáo dục Trung học, Sở Giáo dục và Đào tạo tỉnh Nghệ An"


def test_offices_of_places_and_other_bodies_stay_within_the_issuer():
    # A department's letter to the districts names their offices, named as departments are: not its rooms.
    labour = _ctx("Sở Lao động - Thương binh và Xã hội tỉnh Long An", "Long An")
    assert qualify_org("Phòng Lao động - Thương binh và Xã hội", labour) == (
        "Phòng Lao động - Thương binh và Xã hội (Sở Lao động - Thương binh và Xã hội tỉnh Long An)"
    )
    education = _ctx("Sở Giáo dục và Đào tạo tỉnh Lâm Đồng", "Lâm Đồng")
    for office in ("Phòng Giáo dục và Đào tạo", "Phòng Giáo dục", "Phòng Kinh tế - Hạ tầng", "Phòng Văn hóa - Xã hội",
                   "Phòng Y tế", "Phòng Cảnh sát giao thông", "Phòng khám đa khoa", "Phòng chức năng"):
        assert qualify_org(office, education) == f"{office[:1].upper()}{office[1:]} (Sở Giáo dục và Đào tạo tỉnh Lâm Đồng)"
    # a list of offices is not one room
    assert qualify_org("Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính", education) == (
        "Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính (Sở Giáo dục và Đào tạo tỉnh Lâm Đồng)"
    )
    # the rooms of a body that is not a province's department keep the bracket
    committee = _ctx("Ủy ban nhân dân tỉnh Kon Tum", "Kon Tum")
    assert qualify_org("Phòng Tổ chức - Hành chính", committee) == "Phòng Tổ chức - Hành chính (Ủy ban nhân dân tỉnh Kon Tum)"
    unplaced = _ctx("Sở Giao thông công chánh", None)
    assert qualify_org("Phòng Kế hoạch - Đầu tư", unplaced) == "Phòng Kế hoạch - Đầu tư (Sở Giao thông công chánh)"
    hospital = _ctx("Bệnh viện Đa khoa tỉnh Phú Yên", "Phú Yên")
    assert qualify_org("Phòng Điều dưỡng", hospital) == "Phòng Điều dưỡng (Bệnh viện Đa khoa tỉnh Phú Yên)"
