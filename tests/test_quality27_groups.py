"""Groups of session 18: a commune's mass organisations, the party committees directly under the
Central Committee, a people's council's boards resolved; a group of bodies that says not which
("Các cơ quan, đơn vị") said to have members not known; the Ban Kinh tế Trung ương's renaming dated.

Before: "- Các đoàn thể xã;" of a commune's plan and "Các tổ chức chính trị - xã hội" of the Lương
Minh Front's letter (corpus 055) had no members; "- Các đảng ủy trực thuộc Trung ương," of a Ban Bí
thư regulation (Quy định 384-QĐ/TW) had none, and the Quân ủy, the Đảng ủy Công an, Chính phủ and
Quốc hội it and a conclusion of the Bộ Chính trị name were nodes of each issuer ("Đảng ủy Chính phủ
(Bộ Chính trị)"); "- Các Ban của HĐND Thành phố;" of a Hà Nội council resolution had none; "Các cơ
quan, đơn vị" of a Cần Thơ decision was a plain row that did not say whose members it means.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from coverage_store import coverage as _coverage
from coverage_store import load, run

from vanban.graph import groups, orgs
REALDOCS = Path(__file__).resolve().parent / "data" / "realdocs"
PARTY_REGULATION = "ca9ba61fc61bf961.md"  # Quy định 384-QĐ/TW (Ban Bí thư, 19/11/2025): "- Các đảng ủy trực thuộc Trung ương,"
PARTY_CONCLUSION = "53b3997d70905b16.md"  # Kết luận 212-KL/TW (18/11/2025): "Giao Đảng uỷ Quốc hội …", "Giao Đảng uỷ Chính phủ …"
COUNCIL_RESOLUTION = "90cfa0f24fcb05de.md"  # NQ 74/2025/NQ-HĐND Hà Nội: "- Các Ban của HĐND Thành phố;", "… của Ban Pháp chế HĐND Thành phố"
CAN_THO_DECISION = "1a434d0a7e14dc93.md"  # QĐ 2579/QĐ-UBND Cần Thơ: "- Các cơ quan, đơn vị …"

# Two letters of the Front of xã Lương Minh (Quảng Ninh), with the header and the sentences of its
# guidance on the 2026 elections (../shared/corpus/055.txt), the first sent to the commune's
# socio-political organisations, the second to two of its unions by name.
FRONT_LETTER = """ỦY BAN MTTQ VIỆT NAM

XÃ LƯƠNG MINH

BAN THƯỜNG TRỰC

Số: {number}/HD-MTTQ-BTT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

 Độc lập - Tự do - Hạnh phúc

Lương Minh, ngày {day} tháng 11 năm 2025

HƯỚNG DẪN

Công tác Mặt trận tham gia bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân các cấp

1. Ban Thường trực Ủy ban MTTQ Việt Nam xã phối hợp với các đoàn thể trên địa bàn thông tin, tuyên truyền về ý
nghĩa, tầm quan trọng của hội nghị cử tri, quyền và nghĩa vụ của cử tri trong việc tham gia hội nghị cử tri.

Nơi nhận:
- Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh (b/c);
{recipients}
- Lưu: VT.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH

Nguyễn Văn A
"""
LETTERS = {
    "lm12.txt": FRONT_LETTER.format(number=12, day=20, recipients="- Các tổ chức chính trị - xã hội xã;"),
    "lm13.txt": FRONT_LETTER.format(number=13, day=24, recipients="- Hội Nông dân xã;\n- Hội Cựu chiến binh xã;"),
}


# ---------------------------------------------------------------- the kinds and places read


@pytest.mark.parametrize(
    ("key", "rule", "where", "commune"),
    [
        # A commune's plan: "- Các đoàn thể xã;" as the graph keys it (the commune and province after it).
        ("Các đoàn thể xã Đồng Loan, tỉnh Cao Bằng", groups.COMMUNE_MASS_RULE, ("Cao Bằng", None, None), "xã Đồng Loan"),
        ("Các đoàn thể xã Tả Lủng, huyện Mèo Vạc, tỉnh Hà Giang", groups.COMMUNE_MASS_RULE, ("Hà Giang", "Mèo Vạc", None), "xã Tả Lủng"),
        # Corpus 055 (the Lương Minh Front): "Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội xã".
        ("Các tổ chức chính trị - xã hội xã Lương Minh, tỉnh Quảng Ninh", groups.COMMUNE_MASS_RULE, ("Quảng Ninh", None, None),
         "xã Lương Minh"),
        # The same words bare, of the commune body that issued the letter.
        ("Các tổ chức chính trị - xã hội (Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh, tỉnh Quảng Ninh)",
         groups.COMMUNE_MASS_RULE, ("Quảng Ninh", None, None), "xã Lương Minh"),
        # Quy định 384-QĐ/TW: "- Các đảng ủy trực thuộc Trung ương,".
        ("Các đảng ủy trực thuộc Trung ương", groups.CENTRAL_PARTY_COMMITTEES_RULE, (None, None, groups.PARTY_CENTRE), None),
        # The same regulation: "- Các cơ quan đảng ở Trung ương," (its boards, office and inspection committee).
        ("Các cơ quan đảng ở Trung ương (Ban Bí thư Trung ương Đảng)", groups.PARTY_BOARDS_RULE, (None, None, groups.PARTY_CENTRE), None),
        # A Bộ Xây dựng letter: "- Các sở Xây dựng;" (every province's).
        ("Các sở Xây dựng (Bộ Xây dựng)", groups.PROVINCES_RULE, (None, None, None), None),
        # NQ 74/2025/NQ-HĐND Hà Nội: "- Các Ban của HĐND Thành phố;"; a Hà Giang report's "Các ban HĐND tỉnh".
        ("Các ban Hội đồng nhân dân thành phố Hà Nội", groups.COUNCIL_BOARDS_RULE, ("Hà Nội", None, "Hội đồng nhân dân thành phố Hà Nội"), None),
        ("Các ban Hội đồng nhân dân tỉnh Hà Giang", groups.COUNCIL_BOARDS_RULE, ("Hà Giang", None, "Hội đồng nhân dân tỉnh Hà Giang"), None),
    ],
)
def test_a_commune_party_or_council_group_is_read(key, rule, where, commune) -> None:
    g = groups.group_of(key) or groups.Group(rule="none", relation="none")
    assert (g.rule, (g.province, g.district, g.owner), g.commune, groups.group_role(key)) == (rule, where, commune, "group")


def test_the_front_is_a_member_only_when_the_words_name_it() -> None:
    # "Khối MTTQ và các đoàn thể xã" (corpus 051): the Front with the unions; "Các đoàn thể xã" beside
    # "- Ủy ban MTTQ Việt Nam xã;" in one list: the unions.
    assert groups.FRONT_HEAD in groups.group_of("Mặt trận Tổ quốc và các đoàn thể xã Lương Minh, tỉnh Quảng Ninh").heads
    assert groups.FRONT_HEAD not in groups.group_of("Các đoàn thể xã Lương Minh, tỉnh Quảng Ninh").heads


def test_the_members_are_of_the_commune_named() -> None:
    group = "Các đoàn thể xã Tả Lủng, huyện Mèo Vạc, tỉnh Hà Giang"
    contexts = {k: (None, None) for k in (
        group, "Hội Nông dân xã Tả Lủng, huyện Mèo Vạc, tỉnh Hà Giang", "Hội Cựu chiến binh xã Tả Lủng, huyện Mèo Vạc, tỉnh Hà Giang",
        "Hội Nông dân xã Tả Lủng, huyện Đồng Văn, tỉnh Hà Giang",  # another district's xã Tả Lủng
        "Hội Nông dân xã Tả Lủng Mới, huyện Mèo Vạc, tỉnh Hà Giang",  # a name that starts with it
        "Hội Nông dân huyện Mèo Vạc",  # the district's
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã Tả Lủng, huyện Mèo Vạc, tỉnh Hà Giang",  # not named by "Các đoàn thể"
    )}
    members = {e.source for e in groups.member_edges(contexts) if e.target == group}
    assert members == {"Hội Nông dân xã Tả Lủng, huyện Mèo Vạc, tỉnh Hà Giang", "Hội Cựu chiến binh xã Tả Lủng, huyện Mèo Vạc, tỉnh Hà Giang"}


@pytest.mark.parametrize(
    "key",
    [
        # Cần Thơ QĐ 2579/QĐ-UBND, Sơn La, Bắc Ninh …: "- Các cơ quan, đơn vị;" "Thủ trưởng các cơ quan, đơn vị".
        "Các cơ quan, đơn vị (Ủy ban nhân dân thành phố Cần Thơ)",
        "Thủ trưởng các cơ quan, đơn vị (Ủy ban nhân dân tỉnh Lâm Đồng)",
        # A Hà Nội letter whose header was cut off: "- Các Tổng công ty, công ty, đơn vị trực thuộc Thành phố."
        "Các đơn vị trực thuộc Thành phố (Ủy ban nhân dân thành phố (Công văn 88b7667d728aef13.md))",
        "Các sở, ban, ngành (Ủy ban nhân dân thành phố (Công văn 88b7667d728aef13.md))",
        # TB 631/TB-VPCP: "Các bộ, ngành"; a Đồng Nai decision: "Các sở, ban, ngành khác".
        "Các bộ, ngành (Văn phòng Chính phủ)",
        "Các sở, ban, ngành khác (Ủy ban nhân dân tỉnh Đồng Nai)",
        # Quy định 384-QĐ/TW: "Các cơ quan chủ quản dữ liệu"; a Đắk Lắk plan: "Các cấp ủy Đảng".
        "Các cơ quan chủ quản dữ liệu (Ban Bí thư Trung ương Đảng)",
        "Các cấp ủy Đảng (Ủy ban nhân dân tỉnh Đắk Lắk)",
    ],
)
def test_a_group_that_says_not_which_bodies_has_members_not_known(key) -> None:
    # No rule lists them, and no word says they are a kind no rule can list ("liên quan", "doanh nghiệp"):
    # the kind alone says so.
    assert (groups.group_of(key), groups.UNLISTED_KINDS.search(key)) == (None, None)
    assert groups.group_role(key) == "group_unlisted"


@pytest.mark.parametrize(
    "key",
    [
        "Các Phó Chủ tịch Ủy ban nhân dân tỉnh Sơn La",  # people
        "Các thành viên Ban Chỉ đạo (Văn phòng Chính phủ)",
        "Các đại biểu Hội đồng nhân dân thành phố Huế",
        "Các Tổ đại biểu Hội đồng nhân dân tỉnh Hà Giang",
        "Các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng",  # places named one by one
        "Các Bộ Tài chính, Nông nghiệp và Môi trường (Thủ tướng Chính phủ)",  # ministries named one by one
        "Các Sở Tài chính, Xây dựng (Bộ Xây dựng)",
        "Giám đốc các Sở Tài chính, Xây dựng, Ngoại vụ (Văn bản d83d634ace8732be.md, Tuyên Quang)",
        "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh",  # one body
    ],
)
def test_people_named_lists_and_one_body_are_no_vague_group(key) -> None:
    assert groups.group_role(key) is None


# ---------------------------------------------------------------- the 2025 changes dated


def test_the_ban_kinh_te_ends_into_the_ban_chinh_sach_chien_luoc() -> None:
    old = orgs.org_info("Ban Kinh tế Trung ương")
    new = orgs.org_info("Ban Chính sách, chiến lược Trung ương")
    assert (old.parent, old.successor, old.defunct) == (groups.PARTY_CENTRE, "Ban Chính sách, chiến lược Trung ương", True)
    assert (new.parent, new.defunct) == (groups.PARTY_CENTRE, False)
    assert groups.ended(old) == groups.started(new) == "2025-01-24"  # Kết luận 121-KL/TW, Quyết định 247-QĐ/TW
    # The Tuyên giáo / Dân vận merger keeps its own day.
    assert groups.ended(orgs.org_info("Ban Dân vận Trung ương")) == groups.PARTY_BOARDS_MERGED
    # "Các ban Đảng" of a Government letter: both boards, each in its time.
    edges = {e.source: (e.until, e.since) for e in groups.member_edges({k: (None, None) for k in (
        "Các ban Đảng (Chính phủ)", "Ban Kinh tế Trung ương", "Ban Chính sách, chiến lược Trung ương", "Ban Tổ chức Trung ương")})}
    assert edges == {"Ban Kinh tế Trung ương": ("2025-01-24", None), "Ban Chính sách, chiến lược Trung ương": (None, "2025-01-24"),
                     "Ban Tổ chức Trung ương": (None, None)}


def test_the_party_committees_under_the_central_committee_are_dated() -> None:
    group = "Các đảng ủy trực thuộc Trung ương"
    edges = {e.source: (e.until, e.since) for e in groups.member_edges({k: (None, None) for k in (
        group, "Quân ủy Trung ương", "Đảng ủy Công an Trung ương", "Đảng ủy Khối các cơ quan Trung ương", "Đảng ủy Chính phủ",
        "Đảng ủy Quốc hội", "Tỉnh ủy Sơn La", "Ban Tổ chức Trung ương")}) if e.target == group}
    assert edges == {
        "Quân ủy Trung ương": (None, None), "Đảng ủy Công an Trung ương": (None, None),
        "Đảng ủy Khối các cơ quan Trung ương": (groups.PARTY_BOARDS_MERGED, None),
        "Đảng ủy Chính phủ": (None, groups.PARTY_BOARDS_MERGED), "Đảng ủy Quốc hội": (None, groups.PARTY_BOARDS_MERGED),
    }
    # "Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương": the provinces' and these.
    both = "Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"
    members = {e.source for e in groups.member_edges({k: (None, None) for k in (both, "Tỉnh ủy Sơn La", "Quân ủy Trung ương")})
               if e.target == both}
    assert members == {"Tỉnh ủy Sơn La", "Quân ủy Trung ương"}


# ---------------------------------------------------------------- coverage of real documents


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("q27docs")
    for name in (PARTY_REGULATION, PARTY_CONCLUSION, COUNCIL_RESOLUTION, CAN_THO_DECISION):
        (folder / name).write_text((REALDOCS / name).read_text(encoding="utf-8"), encoding="utf-8")
    for name, text in LETTERS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return load(folder, tmp_path_factory.mktemp("q27store") / "store")


def _members(cov: dict[str, dict], group: str) -> set[str]:
    return {b for b, r in cov.items() if group in r["member_of"]}


def test_the_party_committees_a_regulation_names_together(store_path) -> None:
    _, cov = _coverage(store_path, "Quyết định 384-QĐ/TW")
    group = "Các đảng ủy trực thuộc Trung ương"
    # Two it charges itself (Điều 18), two the Bộ Chính trị's conclusion charges: one node each, whoever names them.
    assert _members(cov, group) == {"Quân ủy Trung ương", "Đảng ủy Công an Trung ương", "Đảng ủy Chính phủ", "Đảng ủy Quốc hội"}
    assert (cov[group]["group"], cov[group]["members"]) == ("listed", 4)
    assert not cov["Đảng ủy Chính phủ"]["named"] and cov["Quân ủy Trung ương"]["named"]


def test_a_communes_socio_political_organisations(store_path) -> None:
    key, cov = _coverage(store_path, "Hướng dẫn 12/HD-MTTQ-BTT")
    group = next(b for b in cov if b.startswith("Các tổ chức chính trị - xã hội xã Lương Minh"))
    # The two unions the commune's other letter names; not the province's nor the Front (not in the words).
    assert _members(cov, group) == {"Hội Nông dân xã Lương Minh, tỉnh Quảng Ninh", "Hội Cựu chiến binh xã Lương Minh, tỉnh Quảng Ninh"}
    r = run("coverage", key, "--store", store_path, columns=400)
    assert r.exit_code == 0, r.output
    assert any(line.startswith("│ Các tổ chức chính trị") and "0 of 2 members implement" in line for line in r.stdout.splitlines())


def test_a_councils_boards(store_path) -> None:
    _, cov = _coverage(store_path, "Nghị quyết 74/2025/NQ-HĐND")
    group = "Các ban Hội đồng nhân dân thành phố Hà Nội"
    assert "Ban Pháp chế Hội đồng nhân dân thành phố Hà Nội" in _members(cov, group)
    assert cov[group]["group"] == "listed"


def test_a_vague_group_says_its_members_are_not_known(store_path) -> None:
    key, cov = _coverage(store_path, "Quyết định 2579/QĐ-UBND")
    vague = "Các cơ quan, đơn vị (Ủy ban nhân dân thành phố Cần Thơ)"
    assert (cov[vague]["group"], cov[vague]["members"]) == ("unlisted", 0)
    out = json.loads(run("coverage", key, "--store", store_path, "--format", "json").stdout)
    assert [b["group"] for b in out["bodies"] if b["body"] == vague] == ["unlisted"]
    r = run("coverage", key, "--store", store_path, columns=400)
    assert any(line.startswith("│ Các cơ quan, đơn vị") and "members not known" in line for line in r.stdout.splitlines())


def test_a_communes_party_committee_is_under_the_provinces_since_the_districts_ended() -> None:
    # A Tỉnh ủy's plan: "- Các huyện ủy, thành ủy, đảng ủy trực thuộc;"; "Các đảng ủy trực thuộc Tỉnh ủy" of a
    # people's committee's. A commune's party committee was its district's until 1 July 2025.
    for group in ("Các huyện ủy, thành ủy, đảng ủy trực thuộc (Tỉnh ủy Tuyên Quang)",
                  "Các đảng ủy trực thuộc Tỉnh ủy (Ủy ban nhân dân tỉnh Tuyên Quang)"):
        edges = {e.source: (e.until, e.since) for e in groups.member_edges({k: (None, None) for k in (
            group, "Đảng ủy xã Kiên Đài, tỉnh Tuyên Quang", "Đảng ủy Khối các cơ quan tỉnh Tuyên Quang")})}
        assert edges == {"Đảng ủy xã Kiên Đài, tỉnh Tuyên Quang": (None, groups.PROVINCES_MERGED),
                         "Đảng ủy Khối các cơ quan tỉnh Tuyên Quang": (None, None)}
