"""Outline, round 8: a Roman numeral said twice (a numbering slip) still opens a heading when its
title is in capitals and differs from the last heading's. Fragments quoted from the corpus."""

from __future__ import annotations

from vanban.loaders.sections import outline
from vanban.loaders.text import make_text


def _headings(doc: str) -> list[tuple[str, str, str | None]]:
    return [(n.label, n.title, n.section_kind) for n in outline(make_text(doc)).sections()]


def test_repeated_numeral_with_another_title_is_a_heading():
    # corpus 004 (KH 153/KH-UBND Cần Thơ): "**IV. PHÂN CÔNG NHIỆM VỤ**" … "**IV. TỔ" / "CHỨC THỰC HIỆN**".
    doc = (
        "KẾ HOẠCH\n\n**IV. PHÂN CÔNG NHIỆM VỤ**\n\n**17. Ủy\nban nhân dân xã, phường**\n\n"
        "c) Chủ tịch Ủy ban nhân dân\nxã, phường chịu trách nhiệm trực tiếp trước Chủ tịch Ủy ban nhân dân thành phố\n"
        "và thực hiện nghiêm túc nội dung quy định về trách nhiệm của cán bộ, đảng viên\n"
        "đối với công tác phòng, chống ma túy.\n\n**IV. TỔ\nCHỨC THỰC HIỆN**\n\n**1**. Các sở, ban, ngành\n"
        "thành phố và Ủy ban nhân dân xã, phường:\n"
    )
    assert _headings(doc) == [
        ("IV", "PHÂN CÔNG NHIỆM VỤ", "organisation"),
        ("IV", "TỔ CHỨC THỰC HIỆN", "organisation"),
    ]
    # corpus 061 (Lương Minh): "V. THỜI GIAN, ĐỊA ĐIỂM TỔ CHỨC TRIỂN KHAI" then "V. TỔ CHỨC THỰC HIỆN".
    doc = (
        "KẾ HOẠCH\n\nV. THỜI GIAN, ĐỊA ĐIỂM TỔ CHỨC TRIỂN KHAI\n\n2. Địa điểm: Hội nghị được tổ chức tại thôn nơi"
        " người ứng cử đại biểu Quốc hội khóa XVI, người ứng cử đại biểu Hội đồng nhân dân cư trú.\n\n"
        "V. TỔ CHỨC THỰC HIỆN\n\n1. Ban Thường trực Ủy ban MTTQ Việt Nam xã\n"
    )
    assert [h[1] for h in _headings(doc)] == ["THỜI GIAN, ĐỊA ĐIỂM TỔ CHỨC TRIỂN KHAI", "TỔ CHỨC THỰC HIỆN"]


def test_repeated_numeral_in_running_text_is_not_a_heading():
    # A numeral said again in a sentence (not capitals) stays text.
    doc = "KẾ HOẠCH\n\nII. NỘI DUNG\n\n1. Tổ chức thực hiện theo mục\nII. Nội dung đã nêu trên.\n"
    assert [h[0] for h in _headings(doc)] == ["II"]
