"""A place whose name starts with an accented capital ("huyện Ứng Hòa", "huyện Ân Thi", "huyện Ý Yên")
is read as a place by the graph's name patterns, as one starting with a plain capital is."""

from vanban.graph import groups, orgs


def test_a_group_under_a_district_whose_name_starts_with_an_accented_capital_is_placed():
    # The group a Hà Nội district's plan sends to, keyed with its issuer as the graph keys it.
    g = groups.group_of("Các phòng chuyên môn thuộc Ủy ban nhân dân huyện Ứng Hòa (Ủy ban nhân dân thành phố Hà Nội)")
    assert g is not None and g.owner == "Ủy ban nhân dân huyện Ứng Hòa" and g.province == "Hà Nội"


def test_the_communes_of_a_district_whose_name_starts_with_an_accented_capital_are_a_group_of_that_district():
    g = groups.group_of("Ủy ban nhân dân các xã, thị trấn huyện Ân Thi (Ủy ban nhân dân tỉnh Hưng Yên)")
    assert g is not None and (g.relation, g.province, g.district) == ("place", "Hưng Yên", "Ân Thi")


def test_a_place_at_the_end_of_a_name_may_start_with_an_accented_capital():
    m = orgs.PLACE_AT_END.search("Ủy ban nhân dân huyện Ý Yên")
    assert m is not None and (m["level"], m["place"]) == ("huyện", "Ý Yên")
    assert orgs.PLACE_AT_END.search("Ủy ban nhân dân huyện ủy quyền") is None  # a lower-case word is no place
