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
