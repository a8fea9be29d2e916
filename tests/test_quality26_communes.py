"""Two communes of one name in one province are two bodies (issue 4: "a wrong merge is worse than a
missed one").

A commune's key carried only its province ("Ủy ban nhân dân xã Hòa Bình, tỉnh Lạng Sơn"), so the
plans scripts/gen_corpus.py writes for xã Hòa Bình of huyện Bình Gia and xã Hòa Bình of huyện Chi
Lăng (both Lạng Sơn) made one body, under both districts. Where the province had communes of that
name in several districts (the administrative units list them by district), the key now carries the
district the name or its document gives; a name with no district stays apart from both; a commune
only one district had keeps its key without the district, however it is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.graph import orgs
from vanban.graph.build import build_graph, load_source
from vanban.loaders import places

# The heads of two plans scripts/gen_corpus.py writes (000505 and 000512 of 1,600), cut to the lines
# that place them, a citation of the district's plan and the recipients.
PLAN = """UBND HUYỆN {district_caps}

UBND XÃ HÒA BÌNH

Số: {number}/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

Hòa Bình, ngày {day} tháng 3 năm 2019

KẾ HOẠCH

Thực hiện chăm sóc sức khỏe ban đầu trên địa bàn xã năm 2019

___________

Thực hiện Kế hoạch số {cited}/KH-UBND ngày 13/02/2019 của UBND huyện {district} về
thực hiện chăm sóc sức khỏe ban đầu trên địa bàn huyện năm 2019; UBND xã xây
dựng Kế hoạch thực hiện như sau:

II. NỘI DUNG THỰC HIỆN

- Đơn vị chủ trì: Công an xã; đơn vị phối hợp: Công chức Văn hóa - Xã hội xã.

Nơi nhận:

- Ủy ban nhân dân tỉnh Lạng Sơn (B/c);

- Thường trực Đảng ủy xã;

- Công an xã;

- Trưởng các thôn, bản;

- Lưu: VT.

TM. ỦY BAN NHÂN DÂN

KT. CHỦ TỊCH

PHÓ CHỦ TỊCH

Sùng Xuân Quân
"""


@pytest.fixture()
def two_plans(tmp_path: Path) -> list[Path]:
    out = []
    for district, number, day, cited in (("Bình Gia", 21, 9, 22), ("Chi Lăng", 10, 2, 25)):
        p = tmp_path / f"{number}-KH-UBND-{district}.txt"
        p.write_text(PLAN.format(district_caps=district.upper(), district=district, number=number, day=day, cited=cited))
        out.append(p)
    return out


def test_the_province_had_two_communes_of_the_name():
    assert {"Bình Gia", "Chi Lăng"} <= set(places.districts_with_ward("Hòa Bình", "Lạng Sơn"))
    assert "Lộc Bình" not in places.districts_with_ward("Hòa Bình", "Lạng Sơn")


def test_two_communes_of_one_name_in_one_province_are_two_bodies(two_plans):
    g = build_graph([load_source(p) for p in two_plans])
    issuers = sorted(v for _, v, d in g.edges(data=True) if d["type"] == "ISSUED_BY" and g.nodes[v].get("level") == "commune")
    assert issuers == [
        "Ủy ban nhân dân xã Hòa Bình, huyện Bình Gia, tỉnh Lạng Sơn",
        "Ủy ban nhân dân xã Hòa Bình, huyện Chi Lăng, tỉnh Lạng Sơn",
    ]
    for key in issuers:
        district = g.nodes[key]["district"]
        assert district in key
        assert {v for _, v, d in g.out_edges(key, data=True) if d["type"] == "UNDER"} == {f"Ủy ban nhân dân huyện {district}"}
    # Their own bodies, named by the level word alone in each plan, are two as well.
    police = sorted(k for k in g.nodes if k.startswith("Công an xã Hòa Bình"))
    assert police == ["Công an xã Hòa Bình, huyện Bình Gia, tỉnh Lạng Sơn", "Công an xã Hòa Bình, huyện Chi Lăng, tỉnh Lạng Sơn"]
    # And their villages' heads, told apart by their communes.
    assert sorted(k for k in g.nodes if k.startswith("Trưởng các thôn")) == [
        "Trưởng các thôn, bản (Ủy ban nhân dân xã Hòa Bình, huyện Bình Gia, tỉnh Lạng Sơn)",
        "Trưởng các thôn, bản (Ủy ban nhân dân xã Hòa Bình, huyện Chi Lăng, tỉnh Lạng Sơn)",
    ]
    assert not [k for k in g.nodes if "xã Hòa Bình, tỉnh" in k]


@pytest.mark.parametrize(
    ("name", "province", "district", "key"),
    [
        # The district the document gives, or the name: one of the two.
        ("Ủy ban nhân dân xã Hòa Bình", "Lạng Sơn", "Chi Lăng", "Ủy ban nhân dân xã Hòa Bình, huyện Chi Lăng, tỉnh Lạng Sơn"),
        ("Ủy ban nhân dân xã Hòa Bình, huyện Bình Gia", "Lạng Sơn", None, "Ủy ban nhân dân xã Hòa Bình, huyện Bình Gia, tỉnh Lạng Sơn"),
        ("Ủy ban nhân dân xã Hòa Bình, huyện Bình Gia, tỉnh Lạng Sơn", None, None, "Ủy ban nhân dân xã Hòa Bình, huyện Bình Gia, tỉnh Lạng Sơn"),
        # No district: merged into neither.
        ("Ủy ban nhân dân xã Hòa Bình", "Lạng Sơn", None, "Ủy ban nhân dân xã Hòa Bình, tỉnh Lạng Sơn"),
        # A district that had no commune of that name tells nothing (the commune is not its).
        ("Ủy ban nhân dân xã Hòa Bình", "Lạng Sơn", "Lộc Bình", "Ủy ban nhân dân xã Hòa Bình, tỉnh Lạng Sơn"),
        # A commune only one district of the province had: one key, with or without its district.
        ("Ủy ban nhân dân xã Nà Chì", "Hà Giang", None, "Ủy ban nhân dân xã Nà Chì, tỉnh Hà Giang"),
        ("Ủy ban nhân dân xã Nà Chì", "Hà Giang", "Xín Mần", "Ủy ban nhân dân xã Nà Chì, tỉnh Hà Giang"),
        ("Ủy ban nhân dân xã Nà Chì, huyện Xín Mần, tỉnh Hà Giang", None, None, "Ủy ban nhân dân xã Nà Chì, tỉnh Hà Giang"),
        # Numbered wards of Hồ Chí Minh City: "phường 1" of quận 3 is not that of Gò Vấp.
        ("Ủy ban nhân dân phường 1", "Hồ Chí Minh", "Quận 3", "Ủy ban nhân dân phường 1, quận 3, thành phố Hồ Chí Minh"),
        ("Ủy ban nhân dân phường 1, quận 3", "Hồ Chí Minh", None, "Ủy ban nhân dân phường 1, quận 3, thành phố Hồ Chí Minh"),
    ],
)
def test_a_communes_key(name, province, district, key):
    assert orgs.with_place(name, province, district) == key


def test_a_districted_key_is_placed_in_its_district():
    info = orgs.org_info("Đảng ủy xã Hòa Bình, huyện Chi Lăng, tỉnh Lạng Sơn")
    assert (info.level, info.province, info.district, info.parent) == ("commune", "Lạng Sơn", "Chi Lăng", "Huyện ủy Chi Lăng")
    info = orgs.org_info("Ủy ban nhân dân xã Hòa Bình, tỉnh Lạng Sơn")
    assert (info.province, info.district, info.parent) == ("Lạng Sơn", None, "Ủy ban nhân dân tỉnh Lạng Sơn")
    assert orgs.commune_part("Ủy ban nhân dân xã Hòa Bình, huyện Chi Lăng, tỉnh Lạng Sơn") == "Ủy ban nhân dân xã Hòa Bình"
