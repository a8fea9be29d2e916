"""Tasks, round 21: the units an item's doer directs ("- Chỉ đạo cơ quan chuyên môn về đất đai hướng dẫn …" under "2.
Sở Nông nghiệp và Môi trường") are that doer's own, not the document's assignees. Read on whole documents of the
corpus: 034 (Chỉ thị 06/CT-UBND of UBND tỉnh Quảng Trị), 048 (a Quyết định of UBND tỉnh Sơn La and its plan), 061 (a
plan of Ban Thường trực Ủy ban MTTQ xã)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.loaders.extract import extract
from vanban.loaders.read import read_file
from vanban.loaders.parties import assignees, name_at, split_names
from vanban.loaders.tasks import DIRECTING_POINT, GENERIC_PARTIES, _directed

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


def _assigned(name: str) -> dict[str, list[str]]:
    record = extract(read_file(CORPUS / name))
    return {t.section: t.assigned_to for t in record.tasks}


@pytest.mark.parametrize(
    "name, section, expected",
    [
        # "2. Sở Nông nghiệp và Môi trường" / "- Chỉ đạo cơ quan chuyên môn về đất đai hướng dẫn Ủy ban nhân dân cấp xã …":
        # before, "Cơ quan chuyên môn" was an assignee too.
        ("034.txt", "2", ["Sở Nông nghiệp và Môi trường"]),
        # "10. Ủy ban nhân dân các xã, phường" / "- Chỉ đạo đơn vị chuyên môn phối hợp chặt chẽ với Sở Nông nghiệp và Môi
        # trường …": before, "Đơn vị chuyên môn" too.
        ("048.txt", "V.10", ["Ủy ban nhân dân các xã, phường"]),
        # "2. Đề nghị Ủy ban nhân dân xã phối hợp" / "- Chỉ đạo các bộ phận chuyên môn, Công an xã, thôn: Phối hợp rà soát
        # …": every unit of the directed list (before, "Các bộ phận chuyên môn" and "Công an xã, thôn").
        ("061.txt", "V.2", ["Ủy ban nhân dân xã"]),
    ],
)
def test_units_the_doer_directs_are_not_assignees(name, section, expected):
    assert _assigned(name)[section] == expected


def test_directing_point_reads_the_directed_units():
    point = "- Chỉ đạo các bộ phận chuyên môn, Công an xã, thôn: Phối hợp rà soát danh sách cử tri"
    assert DIRECTING_POINT.search(point) is not None
    assert _directed(point) == {"các bộ phận chuyên môn", "công an xã, thôn"}
    # "theo chỉ đạo của Bộ Y tế" (corpus 004) directs no one.
    assert _directed("d) Chủ trì triển khai, thực hiện các nhiệm vụ được giao tại Dự án 6 theo chỉ đạo của Bộ Y tế.") == set()


def test_an_item_that_names_no_doer_keeps_the_directed_units():
    # With no doer in the item's heading, "Chỉ đạo …" is the document's own directive: its object is the assignee
    # (corpus 034's first item heads its points with "Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ:").
    assert _assigned("034.txt")["1"] == ["Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ"]


# Real documents of 2025 (public pages of official documents), kept with the tests: tests/data/realdocs/SOURCES.tsv.
REALDOCS = Path(__file__).parent / "data" / "realdocs"


def _realdoc(name: str) -> str:
    path = REALDOCS / name
    return path.read_text(encoding="utf-8")


def test_bodies_listed_after_a_colon():
    # Công điện 223/CĐ-TTg: "2. Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, / Đắk Lắk, Gia Lai:", "8. Các Bộ: Quốc
    # phòng, Tài chính kịp thời xuất cấp các / phương tiện …" (before: "Chủ tịch Ủy ban nhân dân các tỉnh", "Các Bộ").
    text = " ".join(_realdoc("15e6fb3d3f3b2644.md").split())
    item2 = "Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai:"
    item8 = "Các Bộ: Quốc phòng, Tài chính kịp thời xuất cấp các phương tiện, trang thiết bị"
    assert item2 in text and item8 in text
    assert assignees(item2, True, True) == [
        "Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa", "Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk", "Chủ tịch Ủy ban nhân dân tỉnh Gia Lai",
    ]
    assert assignees(item8, True) == ["Bộ Quốc phòng", "Bộ Tài chính"]
    # "1. Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai và lãnh đạo các Bộ,
    # ngành …": the list ends at its first piece that is no place; the name before "và" keeps its words.
    item1 = "Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai và lãnh đạo các Bộ, ngành"
    assert item1 in text
    assert assignees(item1 + " theo chức năng, nhiệm vụ, thẩm quyền tiếp tục tập trung", True)[:2] == [
        "Bí thư tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa",
    ]
    # Provinces and centrally-run cities in one list (Công văn 11654/VPCP-CN's "UBND các tỉnh, thành phố: Hải Phòng, Hưng
    # Yên, …"): each its own level.
    assert assignees("Ủy ban nhân dân các tỉnh, thành phố: Hải Phòng, Hưng Yên đẩy nhanh các thủ tục", True) == [
        "Ủy ban nhân dân thành phố Hải Phòng", "Ủy ban nhân dân tỉnh Hưng Yên",
    ]


def test_the_issuer_asks_ministers_after_a_comma():
    # Công điện 229/CĐ-TTg, item 3: "…, Thủ tướng Chính phủ đề nghị các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang bộ, …
    # thực hiện chủ động sáng tạo" (before: no doer: "Bộ trưởng" opened no name, the clause after the comma was not read).
    text = " ".join(_realdoc("5dbaef1b7c77d06c.md").split())
    item3 = (
        "Đây là nhiệm vụ rất quan trọng, cấp bách, cần khẩn trương tập trung hoàn, thành, Thủ tướng Chính phủ đề nghị các"
        " đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các"
        " tỉnh, thành phố trực thuộc Trung ương thực hiện chủ động sáng tạo;"
    )
    assert item3 in text
    assert assignees(item3, True) == [
        "Bộ trưởng", "Thủ trưởng cơ quan ngang bộ", "Thủ trưởng cơ quan thuộc Chính phủ",
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
    ]
    # Two ministers issuing one instrument stay one name (citation issuers share split_names).
    assert split_names("Bộ trưởng Bộ Tài chính và Bộ trưởng Bộ Giao thông vận tải") == [
        "Bộ trưởng Bộ Tài chính và Bộ trưởng Bộ Giao thông vận tải",
    ]


def test_a_long_lead_whose_directive_ends_it():
    # Công điện 229/CĐ-TTg: "Thiết thực lập thành tích … đã đề ra, Thủ tướng Chính phủ yêu cầu Bộ trưởng, Thủ trưởng Cơ
    # quan ngang Bộ, Thủ trưởng Cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung
    # ương thực hiện một số nhiệm vụ trọng tâm cấp bách sau:" (70 words) gives its doers to items 1 and 2, which name none.
    _realdoc("5dbaef1b7c77d06c.md")
    tasks = {t.section: t.assigned_to for t in extract(read_file(REALDOCS / "5dbaef1b7c77d06c.md")).tasks}
    assert tasks["1"] == tasks["2"] == [
        "Bộ trưởng", "Thủ trưởng Cơ quan ngang Bộ", "Thủ trưởng Cơ quan thuộc Chính phủ",
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
    ]


def test_acting_for_another_ends_a_name_and_courtesy_opens_no_clause():
    # NQ 393/NQ-CP: "Giao Bộ trưởng Bộ Nội vụ thừa ủy quyền Thủ tướng Chính phủ thay mặt Chính phủ ký báo cáo …".
    text = " ".join(_realdoc("7f4621fd812c6ff9.md").split())
    article = "Giao Bộ trưởng Bộ Nội vụ thừa ủy quyền Thủ tướng Chính phủ thay mặt Chính phủ ký báo cáo tiếp thu"
    assert article in text
    assert assignees(article, True) == ["Bộ trưởng Bộ Nội vụ"]
    # Công văn 5609/LS-XNC: "…, Cục Lãnh sự Bộ Ngoại giao xin trân trọng thông báo:" ("giao" of "Ngoại giao" is no
    # directive): no doer.
    text = " ".join(_realdoc("ce52cc3a1def51f6.md").split())
    lead = "tăng cường ứng dụng chuyển đổi số trong giải quyết thủ tục hành chính, Cục Lãnh sự Bộ Ngoại giao xin trân trọng thông báo:"
    assert lead in text
    assert assignees(lead, True) == []


def _realdoc_tasks(name: str) -> dict[str, list[str]]:
    _realdoc(name)
    return {t.section: t.assigned_to for t in extract(read_file(REALDOCS / name)).tasks}


def test_a_delegation_and_its_holders_duties():
    # QĐ 1617/QĐ-UBND of Chủ tịch UBND tỉnh Quảng Ngãi: "Điều 1. Ủy quyền Giám đốc Sở Nông nghiệp và Môi trường thực hiện /
    # nhiệm vụ …, cụ thể:" / "1. Cấp, thu hồi …" (before: no assignee), "Điều 3. Giám đốc Sở Nông nghiệp và Môi trường tỉnh
    # Quảng Ngãi:" / "1. Chịu trách trước pháp luật …" / "2. Tham mưu …" / "3. … báo cáo …" (before: no task).
    got = _realdoc_tasks("27009faffc98b8aa.md")
    assert got["Điều 1.1"] == got["Điều 1.3"] == ["Giám đốc Sở Nông nghiệp và Môi trường"]
    assert got["Điều 3.1"] == got["Điều 3.3"] == ["Giám đốc Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi"]
    assert "Điều 2" not in got  # the period of the delegation
    # The executing article, a task of its own beside the others (round 22, the lead's ruling).
    assert "Giám đốc Sở Tư pháp" in got["Điều 4"] and "Chánh Văn phòng Ủy ban nhân dân tỉnh" in got["Điều 4"]


def test_a_delegation_article_and_the_executing_paragraph_read_as_closing():
    # QĐ 3617/QĐ-UBND of Chủ tịch UBND tỉnh Thanh Hóa: "Điều 1. Ủy quyền cho Chánh Văn phòng Ủy ban nhân dân tỉnh công bố thủ
    # tục hành chính …"; "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký." / "Chánh Văn phòng …, Giám đốc các sở;
    # …; Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành …" (before:
    # no task; the parties named in general are no doers).
    got = _realdoc_tasks("0a5a51958af8e293.md")
    assert got == {
        "Điều 1": ["Chánh Văn phòng Ủy ban nhân dân tỉnh"],
        "Điều 3": [
            "Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc các sở", "Thủ trưởng các ban, ngành, đơn vị cấp tỉnh",
            "Giám đốc Trung tâm Phục vụ hành chính công tỉnh", "Chủ tịch Ủy ban nhân dân các xã, phường",
        ],
    }


def test_generic_parties_of_an_executing_article():
    assert GENERIC_PARTIES.fullmatch("Các tổ chức, cá nhân")
    assert GENERIC_PARTIES.fullmatch("Các cơ quan, tổ chức, cá nhân")
    assert not GENERIC_PARTIES.fullmatch("Các tổ chức chính trị - xã hội")


def test_places_of_a_list_after_trực_thuộc_trung_ương():
    # Công điện 228/CĐ-TTg, item 4: "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố / trực thuộc Trung ương: Hà Tĩnh, Quảng
    # Trị, Huế, Đà Nẵng, …, Lâm Đồng chủ động, tích cực phối hợp …".
    got = _realdoc_tasks("44aeb2fd86d07d4a.md")["4"]
    assert got[:4] == [
        "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị",
        "Chủ tịch Ủy ban nhân dân thành phố Huế", "Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng",
    ]
    assert got[-1] == "Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng"


def test_the_issuers_courtesy_names_no_doer():
    # Công văn 5609/LS-XNC: "Để phối hợp triển khai hiệu quả, Cục Lãnh sự trân trọng đề nghị Quý Cơ quan giúp:", "Cục Lãnh sự
    # Bộ Ngoại giao trân trọng thông tin để Quý Cơ quan chủ động tham mưu …": the issuer speaks, the addressees do.
    text = " ".join(_realdoc("ce52cc3a1def51f6.md").split())
    lead = "Để phối hợp triển khai hiệu quả, Cục Lãnh sự trân trọng đề nghị Quý Cơ quan giúp:"
    assert lead in text
    assert assignees(lead, True) == []
    assert assignees("Cục Lãnh sự Bộ Ngoại giao trân trọng thông tin để Quý Cơ quan chủ động tham mưu", True) == []
    # The national news agency opens a name of its own: "Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt
    # Nam và hệ thống các cơ quan báo chí …" (Công văn 11554/VPCP-V.I).
    assert assignees("Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam tăng cường tuyên truyền", True) == [
        "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam",
    ]


def test_long_lists_of_office_holders_and_the_governments_deputies():
    # Công điện 224/CĐ-TTg: "1. Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, / cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân
    # dân các tỉnh, thành phố trực thuộc / Trung ương, Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng Công /
    # ty, đơn vị liên quan *tiếp tục …*" (48 words, before: no doer), "4. Đài truyền hình Việt Nam chủ trì …", "7. Giao Phó
    # Thủ tướng Chính phủ Trần Hồng Hà trực tiếp chỉ đạo …".
    got = _realdoc_tasks("1095764e502a89b8.md")
    assert got["1"][:4] == [
        "Bộ trưởng", "Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "Chủ tịch Hội đồng thành viên",
    ]
    assert got["4"] == ["Đài truyền hình Việt Nam"]
    assert got["7"] == ["Phó Thủ tướng Chính phủ Trần Hồng Hà"]


def test_a_rule_articles_responsible_title_gives_its_items_their_doer():
    # QĐ 143/2025/QĐ-UBND of UBND tỉnh Đồng Tháp (a Quy chế): "**Điều 12. Trách nhiệm của Sở Khoa học và Công nghệ**" /
    # "1. Tham mưu …", "**Điều 15. Trách nhiệm của các cơ quan, đơn vị trong quản lý,** / **sử dụng Hệ thống thư điện tử
    # công vụ**" / "1. Tổ chức triển khai …" (before: no doer).
    got = _realdoc_tasks("fd4c4d6ec377c4d2.md")
    assert got["Điều 12.1"] == ["Sở Khoa học và Công nghệ"]
    assert got["Điều 13.1"] == ["Công an Tỉnh"]
    assert got["Điều 15.1"] == ["Các cơ quan, đơn vị"]


def test_ministries_named_by_fields_with_their_own_and():
    # A Công điện of Thủ tướng Chính phủ: "7. Các Bộ: Công Thương, Nông nghiệp và Môi trường, Ngoại giao thành lập các Tổ công
    # tác …" (before: "Bộ Nông nghiệp", "Bộ Môi trường", "Bộ Ngoại": the list parted at "và", "giao" read as a verb).
    text = " ".join(_realdoc("c2fb3a9578fcdb7e.md").split())
    item = "Các Bộ: Công Thương, Nông nghiệp và Môi trường, Ngoại giao thành lập các Tổ công tác"
    assert item in text
    assert assignees(item, True) == ["Bộ Công Thương", "Bộ Nông nghiệp và Môi trường", "Bộ Ngoại giao"]
    # "10. Giao các Phó Thủ tướng Chính phủ theo nhiệm vụ được phân công …", "Giao Đảng uỷ Chính phủ lãnh đạo, chỉ đạo …".
    assert assignees("Giao các Phó Thủ tướng Chính phủ theo nhiệm vụ được phân công kiểm tra", True) == ["Các Phó Thủ tướng Chính phủ"]
    assert assignees("Giao Đảng uỷ Chính phủ lãnh đạo, chỉ đạo các bộ, ngành tiếp tục", True) == ["Đảng uỷ Chính phủ"]


def test_a_table_of_figures_numbered_as_items_is_no_task():
    # A Công văn of Bộ Công Thương on fuel prices: "1. Xăng E5RON92" / "|" / "19.288" / … read as "1. Xăng E5RON92 | 19.288 |
    # 19.822 | +534 | +2,77 |" (before: five tasks, one per fuel).
    got = _realdoc_tasks("4276ec4c940451d6.md")
    assert all("Xăng" not in ", ".join(v) for v in got.values())
    assert [t.text_start for t in extract(read_file(REALDOCS / "4276ec4c940451d6.md")).tasks if "|" in t.text_start] == []


def test_a_long_list_of_bodies_cut_at_its_semicolon():
    # A Quyết định of UBND thành phố Hồ Chí Minh: "3. Chánh Văn phòng Ủy ban nhân / dân thành phố, Giám đốc sở, Thủ trưởng cơ
    # quan, ban, ngành thành phố, Giám đốc / Trung tâm Phục vụ hành chính công thành phố; cơ quan, đơn vị có liên quan chịu /
    # trách nhiệm thi hành Quyết định này./." (the first list, 31 words, was no name: only "Cơ quan, đơn vị" was read).
    got = _realdoc_tasks("1813348fc14ac2b7.md")["Điều 4.3"]
    assert got[:4] == [
        "Chánh Văn phòng Ủy ban nhân dân thành phố", "Giám đốc sở", "Thủ trưởng cơ quan, ban, ngành thành phố",
        "Giám đốc Trung tâm Phục vụ hành chính công thành phố",
    ]
    # A composition listed after "bao gồm:" is no list of doers (corpus 002, II.5: "Củng cố, kiện toàn Ban Chỉ đạo … bao gồm:
    # Trưởng Ban Chỉ đạo là Chủ tịch UBND tỉnh; …").
    assert _assigned("002.txt")["II.5"] == []


def test_verbs_a_name_ran_on_into():
    # "… Ủy ban nhân dân thành phố Hà Nội xét tặng, gồm …" (a Nghị quyết of HĐND thành phố Hà Nội), "Các Bộ, cơ quan thống
    # nhất chỉ đạo …" (a Thông báo of Văn phòng Chính phủ), "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu tại Điều 1 …"
    # (QĐ 2639/QĐ-TTg), "Cấp ủy trực thuộc chú ý …" (a Hướng dẫn of Ban Tuyên giáo và Dân vận Trung ương).
    assert _realdoc_tasks("24c6583aa4c3280a.md")["Điều 4"] == ["Bộ trưởng Bộ Tài chính", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"]
    # (its khoản 2 only introduces points a) and b): one task per point since the convention for decisions and normative
    # acts, tests/test_quality25_decision_tasks.py)
    assert "Ủy ban nhân dân thành phố Hà Nội" in _realdoc_tasks("5eaeb632f6582871.md")["Điều 6.2.a"]
    assert assignees("Các Bộ, cơ quan thống nhất chỉ đạo thực hiện", True) == ["Các Bộ, cơ quan"]


def test_a_deputy_prime_ministers_name_ends_at_his_name():
    # A Thông báo of Văn phòng Chính phủ: "… liên quan báo cáo Phó Thủ tướng Chính phủ Bùi Thanh Sơn chương trình kiểm tra …".
    text = " ".join(_realdoc("ad0066b8d39e5c85.md").split())
    assert "báo cáo Phó Thủ tướng Chính phủ Bùi Thanh Sơn chương trình kiểm tra" in text
    assert name_at("Phó Thủ tướng Chính phủ Bùi Thanh Sơn chương trình kiểm tra", 0) == ("Phó Thủ tướng Chính phủ Bùi Thanh Sơn", 37)


def test_remarks_and_parties_run_on_after_a_list():
    # "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên chỉ đạo …" (a Công điện of Thủ tướng Chính phủ), "Bộ trưởng Bộ Tài
    # chính quy định số lần …", "… Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương, cá nhân, tổ chức có liên
    # quan chịu trách nhiệm thi hành …" (a Quyết định of Thủ tướng Chính phủ).
    assert assignees("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên chỉ đạo các lực lượng", True) == [
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố",
    ]
    assert assignees("Bộ trưởng Bộ Tài chính quy định số lần nộp dần", True) == ["Bộ trưởng Bộ Tài chính"]
    got = _realdoc_tasks("9a885bb50365e6f1.md")["Điều 5.2"]
    assert got[-1] == "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương"


def test_members_governors_and_comrades_open_names():
    # A Quyết định of Thủ tướng Chính phủ on a steering committee: "**Điều 7. Trách nhiệm của Ủy viên** / **thường trực**",
    # "**Điều 9. Trách nhiệm của các Ủy** / **viên Ban Chỉ đạo**" (before: no doer); a Công điện: "11. Thống đốc Ngân hàng
    # Nhà nước Việt Nam chỉ đạo …"; a Thông báo: "1. Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ …".
    got = _realdoc_tasks("322358d6040a153b.md")
    assert got["Điều 7.1"] == ["Ủy viên thường trực"] and got["Điều 9.1"] == ["Các Ủy viên Ban Chỉ đạo"]
    assert _realdoc_tasks("e01d3782fbed0967.md")["11"] == ["Thống đốc Ngân hàng Nhà nước Việt Nam"]
    assert _realdoc_tasks("405a6cabda393030.md")["1"][:2] == ["Bộ trưởng", "Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ"]


def test_chief_inspectors_and_the_central_military_commission_open_names():
    # A Quyết định of UBND tỉnh Bắc Ninh: "Chánh Thanh tra tỉnh; UBND các xã, phường và các cơ quan, tổ chức, cá nhân có liên
    # quan chịu trách nhiệm thi hành …"; a Quy định of Ban Bí thư: "4. Quân ủy Trung ương chủ trì, chỉ đạo …".
    assert "Chánh Thanh tra tỉnh" in _realdoc_tasks("2e037ff2daea1c76.md")["Điều 3"]
    assert _realdoc_tasks("ca9ba61fc61bf961.md")["Điều 18.4"] == ["Quân ủy Trung ương"]
