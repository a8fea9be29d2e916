"""Nơi nhận, round 19: the archive glued onto the last item with no mark between them, a copy that lost the line break
("Nơi nhận: Như trên; UBND các huyện Lưu: VT", "- Các chi bộ trực thuộc Lưu Văn phòng Đảng ủy"). Fragments written in
the style of district letters and Party documents."""

from __future__ import annotations

from vanban.loaders.recipients import GLUED_ARCHIVE, find_recipients
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

BA_BE = Header(issuer="Ủy ban nhân dân huyện Ba Bể", province="Bắc Kạn")

LETTER = (
    "ỦY BAN NHÂN DÂN\nHUYỆN BA BỂ\nSố: 456/UBND-VP\nBa Bể, ngày 12 tháng 5 năm 2024\n"
    "V/v triển khai công tác phòng, chống thiên tai\n"
    "UBND huyện yêu cầu các cơ quan, đơn vị triển khai thực hiện./.\n"
)


def _names(body: str, header: Header = BA_BE) -> list[tuple[str, str | None]]:
    return [(r.name, r.purpose) for r in find_recipients(make_text(body), header)]


def test_one_line_list_archive_glued_to_the_last_item():
    body = LETTER + "Nơi nhận: Như trên; UBND các huyện Lưu: VT\nCHỦ TỊCH\n"
    assert _names(body) == [("Ủy ban nhân dân các huyện", None), ("Lưu: VT", "lưu")]  # was ("… các huyện Lưu", None)


def test_marked_list_archive_glued_to_the_last_item():
    body = LETTER + "Nơi nhận:\n- Thường trực Huyện ủy (b/c);\n- Các phòng, ban chuyên môn Lưu VT, VP.\nCHỦ TỊCH\n"
    assert _names(body) == [
        ("Thường trực Huyện ủy", "báo cáo"),
        ("Các phòng, ban chuyên môn", None),
        ("Lưu VT, VP", "lưu"),
    ]


def test_party_archive_glued_to_the_last_item():
    body = LETTER + "Nơi nhận:\n- Ban Thường vụ Huyện ủy (b/c),\n- Các chi bộ trực thuộc Lưu Văn phòng Đảng ủy.\nBÍ THƯ\n"
    assert _names(body)[-2:] == [("Các chi bộ trực thuộc", None), ("Lưu Văn phòng Đảng ủy", "lưu")]


def test_glued_archive_pattern():
    assert GLUED_ARCHIVE.search("UBND các huyện Lưu: VT")
    assert GLUED_ARCHIVE.search("Sở Y tế Lưu VT, TH.")
    # "Lưu" in a name, or an archive line alone, is not parted.
    assert GLUED_ARCHIVE.search("Ông Lưu Văn An, Trưởng phòng") is None
    assert GLUED_ARCHIVE.search("Gia đình ông Lưu Quang Minh") is None
    assert GLUED_ARCHIVE.search("Lưu: VT") is None
