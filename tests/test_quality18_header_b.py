"""Header, round 18 (second part): a district's body named by its level only whose district the text
names only by its party committee ("Huyện ủy Đồng Văn"); issuers in capitals with a lower-case letter inside;
a party cell under a department's party committee; a branch under its body; a heading that is not a body;
two-level headers of schools. Fragments written in the style of the district plans, the schools' notices
and the land offices' letters surveyed."""

from __future__ import annotations

from vanban.loaders.header import read_header
from vanban.loaders.places import district_mentions
from vanban.loaders.text import make_text

_REPORT = (
    "{block}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/BC-PYT\n{place}ngày 10 tháng 3 năm 2023\n"
    "BÁO CÁO\nKết quả công tác năm 2023\nThực hiện Kế hoạch số 5-KH/HU của {mention}, Phòng Y tế báo cáo như sau:\n"
    "I. KẾT QUẢ\n"
)


def test_a_district_is_named_by_its_party_committee():
    assert dict(district_mentions("Thực hiện Kế hoạch của Ban Thường vụ Huyện ủy Đồng Văn")) == {"Đồng Văn": 1}
    assert dict(district_mentions("HUYỆN ỦY MÈO VẠC\nĐẢNG BỘ HUYỆN ĐỒNG VĂN")) == {"Mèo Vạc": 1, "Đồng Văn": 1}
    assert dict(district_mentions("Huyện uỷ Đồng Văn")) == {"Đồng Văn": 1}
    # "Thành ủy" is a province's city's as well as a district's: no district.
    assert not district_mentions("Thành ủy Hà Giang")


def test_body_named_by_its_districts_level_takes_the_district_of_its_party_committee():
    # A copy without header: "Phòng Y tế huyện" as the subject of its opening sentence.
    h = read_header(
        make_text(
            "BÁO CÁO\nKết quả thực hiện công tác dân vận năm 2023\n\nThực hiện Công văn số 120-CV/BDVHU ngày "
            "01/11/2023 của Ban Dân vận Huyện ủy Đồng Văn, Phòng Y tế huyện báo cáo kết quả như sau:\n"
            "I. KẾT QUẢ\n1. Công tác tuyên truyền.\nTRƯỞNG PHÒNG\n\nHoàng H\n"
        )
    )
    assert h.issuer == "Phòng Y tế huyện Đồng Văn"
    # A header's bodies named by the level only.
    mention = "Ban Thường vụ Huyện ủy Đồng Văn"
    h = read_header(make_text(_REPORT.format(block="UBND HUYỆN\nPHÒNG Y TẾ", place="", mention=mention)))
    assert (h.issuer, h.issuer_parent) == ("Phòng Y tế huyện Đồng Văn", "Ủy ban nhân dân huyện Đồng Văn")
    h = read_header(make_text(_REPORT.format(block="PHÒNG Y TẾ HUYỆN", place="", mention=mention)))
    assert h.issuer == "Phòng Y tế huyện Đồng Văn"
    # The district of the place line wins.
    h = read_header(make_text(_REPORT.format(block="PHÒNG Y TẾ HUYỆN", place="Mèo Vạc, ", mention=mention)))
    assert h.issuer == "Phòng Y tế huyện Mèo Vạc"


def test_no_district_when_two_are_named_or_the_one_named_is_another_provinces():
    two = "Huyện ủy Đồng Văn và Huyện ủy Mèo Vạc"
    h = read_header(make_text(_REPORT.format(block="PHÒNG Y TẾ HUYỆN", place="", mention=two)))
    assert h.issuer == "Phòng Y tế huyện"
    h = read_header(make_text(_REPORT.format(block="PHÒNG Y TẾ HUYỆN", place="Hà Nội, ", mention="Huyện ủy Đồng Văn")))
    assert h.issuer == "Phòng Y tế huyện"
