"""Parties, round 8: a complement said once at the end of a list of doers is shared only by
conjuncts that are bare heads. Fragments quoted from the corpus and seeds."""

from __future__ import annotations

from vanban.loaders.parties import _bare_head, assignees, split_names


def test_named_body_does_not_take_the_complement():
    # corpus 027 (KH 980/KH-UBND Nghệ An), IV.4: "4. Sở Tài chính và Ủy ban nhân dân các xã, phường bố
    # trí ngân sách nhà nước để thực hiện Kế hoạch này theo quy định của pháp luật."
    assert split_names("Sở Tài chính và Ủy ban nhân dân các xã, phường") == [
        "Sở Tài chính", "Ủy ban nhân dân các xã, phường",
    ]
    assert assignees("Sở Tài chính và Ủy ban nhân dân các xã, phường bố trí ngân sách nhà nước") == [
        "Sở Tài chính", "Ủy ban nhân dân các xã, phường",
    ]


def test_bare_heads_share_the_complement():
    # seed 004, IV.1: "1. Cấp ủy đảng, Thủ trưởng, Chủ tịch công đoàn các đơn vị xây dựng kế hoạch …".
    assert split_names("Cấp ủy đảng, Thủ trưởng, Chủ tịch công đoàn các đơn vị") == [
        "Cấp ủy đảng các đơn vị", "Thủ trưởng các đơn vị", "Chủ tịch công đoàn các đơn vị",
    ]
    assert _bare_head("Chủ tịch UBND")
    assert not _bare_head("Sở Tài chính")
    assert not _bare_head("Phòng Nội vụ")


def test_kind_of_organisation_in_a_list_is_a_noun():
    # corpus 027 (KH 980/KH-UBND Nghệ An), IV.1: "1. Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy" /
    # "ban nhân dân các xã, phường chịu trách nhiệm thực hiện Kế hoạch này."
    assert assignees(
        "Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường chịu trách nhiệm thực hiện"
        " Kế hoạch này."
    ) == ["Các sở, ban, ngành, tổ chức chính trị - xã hội", "Ủy ban nhân dân các xã, phường"]
    # corpus 023: "5. Các đoàn thể, tổ chức xã hội:** Huy động hội viên tham gia vệ sinh …".
    assert assignees("Các đoàn thể, tổ chức xã hội:** Huy động hội viên tham gia vệ sinh") == [
        "Các đoàn thể, tổ chức xã hội"
    ]
    # "tổ chức" as the verb still ends a name: "Các đơn vị, tổ chức hội nghị …" keeps "Các đơn vị".
    assert assignees("Các đơn vị, tổ chức hội nghị quán triệt Kế hoạch") == ["Các đơn vị"]
