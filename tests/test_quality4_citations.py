"""Amending laws (round 4): "Luật sửa đổi, bổ sung một số điều của Luật …" is one citation of type
Luật, named through the law(s) it amends, with its own number and date when given. Fragments from
the corpus."""

from __future__ import annotations

from vanban.loaders.citations import find_citations
from vanban.loaders.law_names import AMENDED_ALSO, AMENDING
from vanban.loaders.records import Header
from vanban.loaders.text import make_text


def _cites(body: str) -> list:
    return find_citations(make_text(f"KẾ HOẠCH\nTriển khai thực hiện\n{body}\n"), Header())


def test_amending_law_is_one_citation():
    # corpus 017.
    (c,) = _cites(
        "Thực hiện Kế hoạch triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn"
        " kỹ thuật. Ủy ban nhân dân tỉnh ban hành Kế hoạch."
    )
    assert c.doc_type == "Luật"
    assert c.surface == "Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật"
    assert c.number is None and c.issuer is None


def test_amending_two_laws_with_its_date():
    # corpus 046: the date belongs to the amending law, not to "Luật Đê điều".
    cites = _cites(
        "*Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;* *Căn cứ Luật Sửa đổi, bổ sung một số điều"
        " của Luật Phòng, chống thiên tai và Luật Đê điều ngày 17 tháng 6 năm 2020;*"
    )
    assert [(c.surface, c.date) for c in cites] == [
        ("Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013", "2013-06-19"),
        (
            "Luật Sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều ngày 17 tháng 6 năm 2020",
            "2020-06-17",
        ),
    ]
    assert cites[1].year == 2020


def test_amended_law_cited_beside_the_amending_one():
    # corpus 056: "Căn cứ Luật Bầu cử … và Luật sửa đổi, bổ sung một số điều của Luật Bầu cử … ngày 24/6/2025".
    cites = _cites(
        "Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân và Luật sửa đổi, bổ sung một số điều"
        " của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân ngày 24/6/2025;"
    )
    assert [(c.surface, c.date) for c in cites] == [
        ("Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân", None),
        (
            "Luật sửa đổi, bổ sung một số điều của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân"
            " ngày 24/6/2025",
            "2025-06-24",
        ),
    ]


def test_amending_law_without_mot_so_dieu_and_with_number():
    # corpus 002: "phù hợp với các nội dung của Luật sửa đổi, bổ sung Luật Bảo vệ bí mật nhà nước và các văn bản …".
    (c,) = _cites("phù hợp với các nội dung của Luật sửa đổi, bổ sung Luật Bảo vệ bí mật nhà nước và các văn bản hướng dẫn")
    assert c.surface == "Luật sửa đổi, bổ sung Luật Bảo vệ bí mật nhà nước"
    (c,) = _cites(
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức số 52/2019/QH14"
        " ngày 25/11/2019;"
    )
    assert (c.doc_type, c.number, c.symbol, c.year, c.date) == ("Luật", "52", "2019/QH14", 2019, "2019-11-25")
    assert AMENDING.match(" Sửa đổi, bổ sung một số điều của Luật Đê điều")
    assert not AMENDING.match(" sửa đổi, bổ sung các quy định")
    assert AMENDED_ALSO.match(" và Luật Đê điều")
