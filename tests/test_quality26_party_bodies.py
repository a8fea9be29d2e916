"""Party and city bodies of session 17: a city's or an urban district's party committee placed under its
province's, the Party's central boards merged in 2025 dated, and an enacting office's header broken
inside "ỦY BAN".

"Thành ủy Buôn Ma Thuột" and "Quận ủy Ba Đình" were placed nowhere (only "Huyện ủy X" was read as a
district's); "Ban Tuyên giáo Trung ương" stayed a member of the central party boards named by a
document of late 2025 beside the "Ban Tuyên giáo và Dân vận Trung ương" that took it over; and the
header "CHỦ TỊCH ỦY" / "BAN NHÂN DÂN" / "TỈNH ĐỒNG THÁP" (fresh16_reports 55d7a47d) was read as the issuer
"Ban Nhân dân tỉnh Đồng Tháp" under a parent "Chủ tịch ủy".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.graph import groups, orgs
from vanban.graph.build import build_graph, iter_sources
from vanban.loaders import header
from vanban.loaders.extract import extract
from vanban.loaders.read import read_bytes

REALDOCS = Path(__file__).resolve().parent / "data" / "realdocs"
# HD 37-HD/BTGDVTW (19/11/2025), sent to "- Các ban đảng Trung ương,"; HD 40-HD/BTGDVTW (2025), citing
# "Hướng dẫn số 06-HD/BTCTW-BTGTW, ngày 15/8/2011 của Ban Tổ chức Trung ương và Ban Tuyên giáo Trung ương".
PARTY_BOARD_GUIDANCES = ("8bfc5490255c4de0.md", "aa9bb8226e3d4c71.md")
# QĐ 144/2025/QĐ-CTUBND of the Chủ tịch of Đồng Tháp's people's committee: "**CHỦ TỊCH ỦY" / "BAN NHÂN DÂN**" /
# "TỈNH ĐỒNG THÁP".
DONG_THAP_DECISION = "55d7a47de4f0ccee.md"


# ---------------------------------------------------------------- district party committees


# Each district party committee with its (province, district, parent): a province's city's Thành ủy is
# under the Tỉnh ủy as a Huyện ủy is; an urban district's Quận ủy, or a city's inside a centrally-run
# city, is under that city's Thành ủy.
DISTRICT_COMMITTEES: dict[str, tuple[str, str, str]] = {
    "Thành ủy Buôn Ma Thuột": ("Đắk Lắk", "Buôn Ma Thuột", "Tỉnh ủy Đắk Lắk"),
    "Quận ủy Ba Đình": ("Hà Nội", "Ba Đình", "Thành ủy Hà Nội"),
    "Quận ủy Cầu Giấy": ("Hà Nội", "Cầu Giấy", "Thành ủy Hà Nội"),
    "Thành ủy Thủ Đức": ("Hồ Chí Minh", "Thủ Đức", "Thành ủy Thành phố Hồ Chí Minh"),
    "Huyện ủy Đồng Văn": ("Hà Giang", "Đồng Văn", "Tỉnh ủy Hà Giang"),  # as before
    "Thành ủy Sơn La": ("Sơn La", "Sơn La", "Tỉnh ủy Sơn La"),  # as before
}


@pytest.mark.parametrize("name", DISTRICT_COMMITTEES)
def test_a_district_party_committee_is_under_its_province(name) -> None:
    info = orgs.org_info(name)
    assert (info.province, info.district, info.parent) == DISTRICT_COMMITTEES[name]
    assert info.level == "district"
    assert info.defunct  # the districts' party committees ended with the districts on 1 July 2025


def test_an_organ_of_a_district_party_committee_is_part_of_it() -> None:
    info = orgs.org_info("Ban Thường vụ Quận ủy Ba Đình")
    assert (info.level, info.province, info.part_of) == ("district", "Hà Nội", "Quận ủy Ba Đình")
    info = orgs.org_info("Ban Tuyên giáo Thành ủy Buôn Ma Thuột")
    assert (info.level, info.province, info.part_of) == ("district", "Đắk Lắk", "Thành ủy Buôn Ma Thuột")


@pytest.mark.parametrize("name", ["Thành ủy Hà Nội", "Thành ủy Cần Thơ", "Thành ủy Thành phố Hồ Chí Minh"])
def test_a_centrally_run_citys_committee_stays_a_province_one(name) -> None:
    info = orgs.org_info(name)
    assert (info.level, info.parent) == ("province", orgs.PARTY_CENTRE)


def test_a_thanh_uy_of_no_known_place_is_not_read_as_a_district() -> None:
    assert orgs.org_info("Thành ủy Ban Chỉ đạo").level is None


# ---------------------------------------------------------------- the central boards merged in 2025


def test_the_merged_boards_end_and_their_successor_starts_the_same_day() -> None:
    for old in ("Ban Tuyên giáo Trung ương", "Ban Dân vận Trung ương"):
        info = orgs.org_info(old)
        assert (info.parent, info.successor, info.defunct) == (orgs.PARTY_CENTRE, "Ban Tuyên giáo và Dân vận Trung ương", True)
        assert (groups.started(info), groups.ended(info)) == (None, groups.PARTY_BOARDS_MERGED)
    new = orgs.org_info("Ban Tuyên giáo và Dân vận Trung ương")
    assert (new.parent, new.defunct) == (orgs.PARTY_CENTRE, False)
    assert (groups.started(new), groups.ended(new)) == (groups.PARTY_BOARDS_MERGED, None)
    # The other boards are not dated: the Ban Tổ chức Trung ương went on.
    kept = orgs.org_info("Ban Tổ chức Trung ương")
    assert (groups.started(kept), groups.ended(kept)) == (None, None)


def test_the_central_party_boards_of_a_2025_guidance_are_dated() -> None:
    files = [str(REALDOCS / f) for f in PARTY_BOARD_GUIDANCES]
    g = build_graph([s for s in iter_sources(files, jobs=1) if hasattr(s, "record")])
    old, new = "Ban Tuyên giáo Trung ương", "Ban Tuyên giáo và Dân vận Trung ương"
    assert any(d["type"] == "SUCCEEDED_BY" for _, v, d in g.out_edges(old, data=True) if v == new)
    boards = {v: d for _, v, d in g.out_edges(old, data=True) if d["type"] == "MEMBER_OF"}
    group = next(v for v in boards if v.startswith("Các ban đảng Trung ương"))
    assert (boards[group]["since"], boards[group]["until"]) == (None, groups.PARTY_BOARDS_MERGED)
    joined = next(d for _, v, d in g.out_edges(new, data=True) if v == group and d["type"] == "MEMBER_OF")
    assert (joined["since"], joined["until"]) == (groups.PARTY_BOARDS_MERGED, None)


# ---------------------------------------------------------------- a header broken inside "ỦY BAN"


def test_an_enacting_office_broken_inside_uy_ban_names_the_committee() -> None:
    doc = extract(read_bytes((REALDOCS / DONG_THAP_DECISION).read_bytes(), DONG_THAP_DECISION)).document
    assert (doc.issuer, doc.issuer_parent, doc.province) == ("Ủy ban nhân dân tỉnh Đồng Tháp", None, "Đồng Tháp")


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("CHỦ TỊCH ỦY", True),  # fresh16_reports 55d7a47d, over "BAN NHÂN DÂN" / "TỈNH ĐỒNG THÁP"
        ("CHỦ TỊCH UỶ", True),
        # A party committee's line: the "BAN TUYÊN GIÁO" under it is its board, a body of its own.
        ("TỈNH ỦY", False),
        ("ĐẢNG ỦY", False),
        ("CHỦ TỊCH ỦY BAN NHÂN DÂN", False),
    ],
)
def test_only_an_office_cut_before_ban_joins_the_line_under_it(line, cut) -> None:
    assert (header.OFFICE_CUT_IN_COMMITTEE.match(line) is not None) == cut
