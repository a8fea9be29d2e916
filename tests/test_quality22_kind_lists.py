"""A kind's list after a colon, read by one reader (loaders/kind_lists.py): "Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa,
Gia Lai và Lâm Đồng …" gives the kind, its level and each place with its span; a report's sender reads it as one name
(parties.name_at), a task's assignees and a recipient list one body per place. Fragments quoted from the Công điện of Thủ
tướng Chính phủ and the Thông báo of Văn phòng Chính phủ kept in tests/data/realdocs (SOURCES.tsv), and corpus 018."""

from __future__ import annotations

from pathlib import Path

from vanban.loaders import kind_lists, parties
from vanban.loaders.kind_lists import bodies_per_place, holders_of, kind_list
from vanban.loaders.parties import _ministries_listed, assignees, name_at

REALDOCS = Path(__file__).parent / "data" / "realdocs"


def _flat(name: str) -> str:
    return " ".join((REALDOCS / name).read_text(encoding="utf-8").split())


def _places(s: str) -> list[str]:
    listed = kind_list(s, s.index(":"))
    assert listed is not None
    for p in listed.places:
        assert " ".join(s[p.start : p.end].split()) == p.name  # each place's span is its name as written
    return [p.name for p in listed.places]


# Công điện 232/CĐ-TTg: "Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng khẩn trương gửi Báo cáo về Văn
# phòng Chính phủ và các Bộ: Tài chính, Nông nghiệp và Môi trường trước 17 giờ ngày 27/11/2025 …".
CABLE_232 = (
    "Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng khẩn trương gửi Báo cáo về Văn phòng Chính phủ và"
    " các Bộ: Tài chính, Nông nghiệp và Môi trường trước 17 giờ ngày 27/11/2025 để tổng hợp, báo cáo Thủ tướng Chính phủ."
)


def test_a_kind_and_its_places_up_to_the_clause_that_follows():
    assert CABLE_232 in _flat("b2fa001677379e64.md")
    listed = kind_list(CABLE_232, CABLE_232.index(":"))
    assert listed is not None and listed.level == "tỉnh" and CABLE_232[listed.kind_start :].startswith("các tỉnh:")
    assert _places(CABLE_232) == ["Đắk Lắk", "Khánh Hòa", "Gia Lai", "Lâm Đồng"]
    assert CABLE_232[listed.end :].startswith(" khẩn trương")  # "Lâm Đồng", not "Lâm Đồng khẩn trương"
    # Công điện 223/CĐ-TTg: the list ends at its first piece that is no place's name.
    item1 = "Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai và lãnh đạo các Bộ, ngành"
    assert item1 in _flat("15e6fb3d3f3b2644.md")
    assert _places(item1) == ["Khánh Hòa", "Đắk Lắk", "Gia Lai"]


def test_provinces_and_cities_each_its_own_level_and_a_name_wrapped_over_two_lines():
    # Công điện 228/CĐ-TTg, its addressees as the page writes them: "các tỉnh, thành phố trực" / "thuộc Trung ương: Hà
    # Tĩnh, …, Đắk" / "Lắk, Khánh Hòa, Lâm Đồng."
    text = (REALDOCS / "44aeb2fd86d07d4a.md").read_text(encoding="utf-8")
    at = text.index("- Bí thư Tỉnh ủy, Thành ủy, Chủ tịch") + 2
    line = text[at : text.index("Lâm Đồng.", at) + len("Lâm Đồng.")]
    assert "Đắk\nLắk" in line
    listed = kind_list(line, line.index(":"))
    assert listed is not None and listed.level == "tỉnh, thành phố"
    assert [p.name for p in listed.places][-4:] == ["Gia Lai", "Đắk Lắk", "Khánh Hòa", "Lâm Đồng"]
    assert listed.level_of("Huế") == "thành phố" and listed.level_of("Hà Tĩnh") == "tỉnh"
    bodies = bodies_per_place(holders_of(line[: listed.kind_start]), listed)
    assert bodies[:4] == [
        "Bí thư Tỉnh ủy Hà Tĩnh", "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh", "Bí thư Tỉnh ủy Quảng Trị",
        "Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị",
    ]
    assert "Bí thư Thành ủy Huế" in bodies and "Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng" in bodies


def test_no_list_after_a_label_or_a_list_of_codes():
    # Corpus 018: "3. UBND các xã, phường: Phối hợp với Sở Nông nghiệp và Môi trường …": a label's colon, its work after it.
    label = "UBND các xã, phường: Phối hợp với Sở Nông nghiệp và Môi trường, đơn vị được lựa chọn quan trắc môi trường"
    assert kind_list(label, label.index(":")) is None
    # Corpus 015's Nơi nhận: "- Các Sở: XD, TC, KH&CN, NN&MT;" (codes of departments, no kind of places), and a kind
    # followed by codes names no place.
    for item in ("Các Sở: XD, TC, KH&CN, NN&MT;", "UBND các huyện: TC, KH"):
        assert kind_list(item, item.index(":")) is None


def test_one_name_for_a_report_one_body_per_place_for_a_task():
    # The same list read once: a report's sender is the kind and its list; the task's assignees each province's committee.
    got = name_at(CABLE_232, 0)
    assert got is not None and got[0] == "Ủy ban nhân dân các tỉnh Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng"
    assert CABLE_232[got[1] :].startswith(" khẩn trương")
    assert assignees(CABLE_232, True) == [
        "Ủy ban nhân dân tỉnh Đắk Lắk", "Ủy ban nhân dân tỉnh Khánh Hòa", "Ủy ban nhân dân tỉnh Gia Lai",
        "Ủy ban nhân dân tỉnh Lâm Đồng",
    ]


def _readings(memo, monkeypatch) -> list[int]:
    """The colons a memo reads (not those it answers from what it keeps)."""
    read, colons = memo._read, []
    monkeypatch.setattr(memo, "_read", lambda s, at, endpos: colons.append(at) or read(s, at, endpos))
    memo.forget()
    return colons


def test_the_list_is_read_once_for_the_name_and_the_assignees(monkeypatch):
    # assignees reads the list that name_at (through doers) has read: one reading of the colon, then the memo.
    colons = _readings(kind_lists.READINGS, monkeypatch)
    assignees(CABLE_232, True)
    assert colons == [CABLE_232.index(":")]


def test_a_headed_list_of_provinces_and_a_city_in_a_recipient_list():
    # Thông báo 653/TB-VPCP: "- UBND các tỉnh, TP: Hồ Chí Minh, Đồng Nai;" (before: "Ủy ban nhân dân các tỉnh, thành phố",
    # the places lost: the city's mark "TP" was no kind).
    from vanban.loaders.extract import extract
    from vanban.loaders.read import read_file

    assert "- UBND các tỉnh, TP: Hồ Chí Minh, Đồng Nai;" in (REALDOCS / "ad0066b8d39e5c85.md").read_text(encoding="utf-8")
    names = [r.name for r in extract(read_file(REALDOCS / "ad0066b8d39e5c85.md")).recipients]
    assert "Ủy ban nhân dân thành phố Hồ Chí Minh" in names and "Ủy ban nhân dân tỉnh Đồng Nai" in names
    assert "Ủy ban nhân dân các tỉnh, thành phố" not in names


def test_ministries_listed_up_to_a_piece_in_lower_case(monkeypatch):
    # A Thông báo of Văn phòng Chính phủ: "Sau khi nghe báo cáo của lãnh đạo các Bộ: Dân tộc và Tôn giáo, Nông nghiệp và
    # Môi trường, ý kiến của Phó Thủ tướng …": two ministries, the list ended by "ý kiến" (before, assignees' reading
    # of it gave none: a piece in lower case refused the whole list).
    s = "Sau khi nghe báo cáo của lãnh đạo các Bộ: Dân tộc và Tôn giáo, Nông nghiệp và Môi trường, ý kiến của Phó Thủ tướng"
    assert s in _flat("05729ab54fc07c39.md")
    got = _ministries_listed(s, s.index(":"))
    assert got is not None and got[0] == ("Dân tộc và Tôn giáo", "Nông nghiệp và Môi trường")
    assert s[got[1] : got[2]] == "Dân tộc và Tôn giáo, Nông nghiệp và Môi trường"
    # Công điện 223/CĐ-TTg: "8. Các Bộ: Quốc phòng, Tài chính kịp thời xuất cấp …": the last field cut at its verb.
    item8 = "Các Bộ: Quốc phòng, Tài chính kịp thời xuất cấp các phương tiện, trang thiết bị"
    assert _ministries_listed(item8, item8.index(":"))[0] == ("Quốc phòng", "Tài chính")
    # assignees reads the list name_at has read (kept): "Bộ Quốc phòng", "Bộ Tài chính".
    colons = _readings(parties.MINISTRY_READINGS, monkeypatch)
    assert assignees(item8, True) == ["Bộ Quốc phòng", "Bộ Tài chính"]
    assert colons == [item8.index(":")]
