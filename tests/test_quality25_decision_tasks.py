"""Tasks of decisions and normative acts (the project's convention, ../shared/gold/seeds/README.md, "tasks").

For a Quyết định, Nghị định, Thông tư, Nghị quyết of HĐND and the Quy chế / Quy định / Điều lệ / Quy tắc a decision
promulgates, the tasks are what charges a body with carrying something out: the decision's own article that gives its
execution to bodies, the articles of responsibility of the text it promulgates, one task per khoản (or per lettered point
when the khoản only introduces them); the rules of conduct are no tasks. Real documents of 2025 kept in
tests/data/realdocs (SOURCES.tsv): QĐ 78/2025/QĐ-UBND of UBND tỉnh Bắc Ninh (de16a702), QĐ 87/2025/QĐ-UBND of UBND tỉnh
Lai Châu (01bf9d04), QĐ 143/2025/QĐ-UBND of UBND tỉnh Đồng Tháp (fd4c4d6e), QĐ 26/2025/QĐ-UBND of UBND tỉnh Thái Nguyên
(db769f68), QĐ 2610/QĐ-UBND of UBND thành phố Cần Thơ (ce4ad96d), NQ 76/2025/NQ-HĐND of HĐND thành phố Hà Nội (9119d84f),
QĐ 36/2025/QĐ-CTUBND of Chủ tịch UBND thành phố Cần Thơ (c2bf5a06), QĐ 02144/QĐ-UBND of Chủ tịch UBND tỉnh Đắk Lắk
(46cf026a), QĐ 209/2025/QĐ-UBND of UBND thành phố Hải Phòng (cf3a66c2), TT 61/2025/TT-BCT of Bộ Công Thương (5d196a77).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from conftest import SHARED
from vanban.loaders.extract import extract
from vanban.loaders.parties import split_names
from vanban.loaders.read import read_file
from vanban.loaders.records import Header
from vanban.loaders.sections import _article_kind
from vanban.loaders.tasks import GENERIC_PARTIES, PROCEDURE_HEAD, _promulgates_rules

REALDOCS = Path(__file__).parent / "data" / "realdocs"


@cache
def _tasks(name: str) -> dict[str, list[str]]:
    """The tasks of a kept document: section -> assignees."""
    record = extract(read_file(REALDOCS / name))
    return {t.section: t.assigned_to for t in record.tasks}


def test_a_decision_that_promulgates_rules_keeps_its_executing_article():
    # QĐ 78/2025/QĐ-UBND: "Điều 3. Thủ trưởng các sở, ban, ngành tỉnh; UBND các xã, phường; các tổ chức, cá nhân có liên
    # quan chịu trách nhiệm thi hành Quyết định này./." beside the Quy chế's articles of responsibility. Before: dropped,
    # as the article of a decision that promulgates a plan is.
    got = _tasks("de16a702fae1465d.md")
    assert got["Điều 3"] == ["Thủ trưởng các sở, ban, ngành tỉnh", "Ủy ban nhân dân các xã, phường"]
    assert "Điều 13.1" in got and got["Điều 13.1"] == ["Văn phòng Ủy ban nhân dân tỉnh"]
    # QĐ 2610/QĐ-UBND (Cần Thơ), QĐ 143/2025/QĐ-UBND (Đồng Tháp): the same, without the parties named in general ("cơ quan,
    # tổ chức và cá nhân có liên quan", "các đơn vị, tổ chức và cá nhân có liên quan").
    assert _tasks("ce4ad96dbd9a518d.md")["Điều 3"] == [
        "Giám đốc Sở", "Thủ trưởng cơ quan, ban, ngành thành phố", "Chủ tịch Ủy ban nhân dân xã, phường",
    ]
    assert _tasks("fd4c4d6ec377c4d2.md")["Điều 3"] == [
        "Chánh Văn phòng Ủy ban nhân dân Tỉnh", "Thủ trưởng các sở, ban, ngành, đoàn thể Tỉnh",
        "Chủ tịch Ủy ban nhân dân các xã, phường",
    ]


def test_which_titles_name_rules_and_which_a_plan():
    assert _promulgates_rules(Header(title="BAN HÀNH QUY CHẾ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH KIẾN NGHỊ TRÊN ỨNG DỤNG"))
    assert _promulgates_rules(Header(title="QUY ĐỊNH THỰC HIỆN NẾP SỐNG VĂN MINH TRONG VIỆC CƯỚI, VIỆC TANG"))
    assert _promulgates_rules(Header(title="BAN HÀNH ĐIỀU LỆ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA QUỸ BẢO VỆ MÔI TRƯỜNG"))
    assert not _promulgates_rules(Header(title="VỀ VIỆC BAN HÀNH KẾ HOẠCH XUẤT KHẨU SẢN PHẨM HÀNG HÓA TỈNH SƠN LA"))
    assert not _promulgates_rules(Header(title="PHÊ DUYỆT ĐỀ ÁN CHUYỂN ĐỔI SỐ TRONG HOẠT ĐỘNG XÂY DỰNG"))


def test_a_decision_that_promulgates_a_plan_sets_its_tasks_in_the_plan():
    # Corpus 048 (QĐ 2954/QĐ-UBND of UBND tỉnh Sơn La, "Ban hành Kế hoạch xuất khẩu …"): the plan's items, as before; the
    # decision's "Điều 3. Chánh Văn phòng … chịu trách nhiệm thi hành" is no task of its own (plans keep their convention).
    path = SHARED / "corpus" / "048.txt"
    if not path.exists():
        pytest.skip("shared corpus not available")
    sections = [t.section for t in extract(read_file(path)).tasks]
    assert sections and not any(s.startswith("Điều") for s in sections)


def test_a_khoan_that_only_introduces_its_points_gives_one_task_per_point():
    # NQ 76/2025/NQ-HĐND: "1. Giao Ủy ban nhân dân Thành phố:" / "a) Tổ chức thực hiện các quy định của Nghị quyết." / "b)
    # Tổ chức tuyên truyền …". Before: one task "Điều 6.1".
    got = _tasks("9119d84f0b18ca45.md")
    assert got["Điều 6.1.a"] == got["Điều 6.1.b"] == ["Ủy ban nhân dân Thành phố"]
    assert "Điều 6.1" not in got and "Điều 6.2" in got
    # QĐ 87/2025/QĐ-UBND: "3. Sở Văn hóa, Thể thao và Du lịch" / "a. Chủ trì …" / "b. …" / "c. Chủ trì phối hợp với Ban
    # Thường trực Uỷ ban Mặt trận … ; Uỷ ban nhân dân cấp xã tuyên truyền …": the Sở, not the bodies it works with.
    lai_chau = _tasks("01bf9d04a5b9e2c8.md")
    assert [lai_chau[f"Điều 12.3.{x}"] for x in "abc"] == [["Sở Văn hóa, Thể thao và Du lịch"]] * 3
    # QĐ 78/2025/QĐ-UBND: "1. Trách nhiệm trong việc quản lý Ứng dụng phản ánh kiến nghị" / "a) …" … "g) …" under "Điều 12.
    # Trách nhiệm của Sở Khoa học và Công nghệ": seven points, the article's holder their doer.
    bac_ninh = _tasks("de16a702fae1465d.md")
    assert [s for s in bac_ninh if s.startswith("Điều 12.1.")] == [f"Điều 12.1.{x}" for x in "abcdđeg"]
    assert {tuple(bac_ninh[f"Điều 12.2.{x}"]) for x in "abcd"} == {("Sở Khoa học và Công nghệ",)}


def test_a_khoan_that_says_more_than_an_introduction_stays_one_task():
    # QĐ 02144/QĐ-UBND: "Điều 2. Giao Sở Công Thương chủ trì … có trách nhiệm:" / "1. Cung cấp đúng, đầy đủ …" / "2. Rà soát
    # …": items without points, one task each, the lead's body their doer.
    assert _tasks("46cf026ac548f4bd.md") == {
        "Điều 2.1": ["Sở Công Thương"], "Điều 2.2": ["Sở Công Thương"],
        "Điều 4": ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Công Thương", "Thủ trưởng các cơ quan, đơn vị"],
    }


def test_rules_of_conduct_are_no_tasks():
    # "Điều 6. Khuyến khích thực hiện các hoạt động sau trong tổ chức lễ cưới", "Điều 7. Trách nhiệm tổ chức lễ tang" (QĐ
    # 87/2025/QĐ-UBND); "Điều 16. Trách nhiệm cá nhân trong quản lý, sử dụng Hệ thống thư điện tử công vụ" (QĐ
    # 143/2025/QĐ-UBND); "Điều 19. Trách nhiệm của cá nhân, tổ chức có phản ánh kiến nghị" (QĐ 78/2025/QĐ-UBND); "Điều 9.
    # Tiếp nhận và phân công xử lý" (QĐ 2610/QĐ-UBND). Before: each of their items was a task.
    for name, article in (
        ("01bf9d04a5b9e2c8.md", "Điều 6."), ("01bf9d04a5b9e2c8.md", "Điều 7."), ("fd4c4d6ec377c4d2.md", "Điều 16."),
        ("de16a702fae1465d.md", "Điều 19."), ("ce4ad96dbd9a518d.md", "Điều 9."),
    ):
        assert not [s for s in _tasks(name) if s.startswith(article)], (name, article)
    # A Thông tư of quotas, eligible traders and methods, its last article the entry into force: no task at all.
    assert _tasks("5d196a776ae817c7.md") == {}


@pytest.mark.parametrize(
    "title, kind",
    [
        ("Trách nhiệm của Sở Khoa học và Công nghệ", "organisation"),
        ("Trách nhiệm tổ chức thực hiện", "organisation"),
        ("Hiệu lực và trách nhiệm thi hành", "organisation"),
        ("Quy trình, trách nhiệm của các địa phương, cơ quan, đơn vị đề xuất xét tặng", "organisation"),
        ("Ủy quyền Giám đốc Sở Nông nghiệp và Môi trường thực hiện", "organisation"),
        ("Nhiệm vụ, quyền hạn", "content"),
        ("Chức năng, nhiệm vụ, quyền hạn và thành viên Ban Chỉ đạo", "content"),
        ("Khuyến khích thực hiện các hoạt động sau trong tổ chức lễ cưới", None),
        ("Tiếp nhận và phân công xử lý", None),
        ("Trách nhiệm tổ chức lễ tang", None),
        # NĐ 296/2025/NĐ-CP: "Điều 7. Trách nhiệm tổ chức thi hành quyết định cưỡng chế" / "1. Người ra quyết định cưỡng
        # chế có trách nhiệm tổ chức thực hiện việc cưỡng chế …": who enforces, a rule of the procedure.
        ("Trách nhiệm tổ chức thi hành quyết định cưỡng chế", None),
        ("Trách nhiệm cá nhân trong quản lý, sử dụng Hệ thống thư điện tử công vụ", None),
        ("Trách nhiệm của cá nhân, tổ chức có phản ánh kiến nghị", None),
        ("Quyền lợi, trách nhiệm của cá nhân được tặng danh hiệu", None),
        ("Phê duyệt Nhiệm vụ lập Quy hoạch bảo quản, tu bổ, phục hồi", None),
    ],
)
def test_the_article_titles_that_charge_bodies(title, kind):
    assert _article_kind(title) == kind


def test_an_article_of_responsibility_without_items_is_one_task():
    # QĐ 26/2025/QĐ-UBND: "Điều 15. Trách nhiệm của các cơ quan, đơn vị, địa phương" / "Các cơ quan, đơn vị, địa phương có
    # trách nhiệm thực hiện tốt Quy chế này. …"; QĐ 143/2025/QĐ-UBND: "Điều 14. Trách nhiệm của Sở Tài chính" / "Trên cơ sở
    # dự toán kinh phí của Sở Khoa học và Công nghệ đề xuất, …, Sở Tài chính tham mưu …"; QĐ 78/2025/QĐ-UBND: "Điều 14.
    # Trách nhiệm của Sở Nội vụ" / "Tham mưu, đề xuất …". Before: none of them (or only as an executing article, dropped).
    thai_nguyen = _tasks("db769f685bf6bb23.md")
    assert thai_nguyen["Điều 14"] == ["Sở Dân tộc và Tôn giáo"]
    assert thai_nguyen["Điều 15"] == ["Các cơ quan, đơn vị, địa phương"]
    assert _tasks("fd4c4d6ec377c4d2.md")["Điều 14"] == ["Sở Tài chính"]
    assert _tasks("de16a702fae1465d.md")["Điều 14"] == ["Sở Nội vụ"]


def test_the_holder_a_title_qualifies_holds_the_items():
    # "Điều 18. Trách nhiệm của các cơ quan, đơn vị xử lý phản ánh kiến nghị" / "1. Ban hành quy định xử lý phản ánh kiến
    # nghị của cơ quan, đơn vị mình …" (QĐ 78/2025/QĐ-UBND). Before: no doer.
    got = _tasks("de16a702fae1465d.md")
    assert {tuple(got[f"Điều 18.{k}"]) for k in (1, 3, 4, 5, 6, 7)} == {("Các cơ quan, đơn vị",)}
    # "2. Các cơ quan xử lý phải có trách nhiệm cử một lãnh đạo …": an item that opens with a name has its own doer.
    assert got["Điều 18.2"] == ["Các cơ quan"]


def test_an_item_of_final_clauses_that_charges_a_body():
    # QĐ 143/2025/QĐ-UBND: "Điều 17. Điều khoản thi hành" / "1. Kinh phí thực hiện Hệ thống … sử dụng từ nguồn ngân sách nhà
    # nước. …" / "2. Sở Khoa học và Công nghệ chủ trì, phối hợp … triển khai thực hiện Quy chế này.": the second only.
    got = _tasks("fd4c4d6ec377c4d2.md")
    assert got["Điều 17.2"] == ["Sở Khoa học và Công nghệ"]
    assert "Điều 17.1" not in got
    # Such an article without items, its paragraph opening (after its circumstance) with the bodies it charges: "**Điều
    # 20. Điều khoản thi hành**" / "Trong quá trình thực hiện nếu phát sinh khó khăn, vướng mắc bất cập, các cơ quan, đơn vị
    # kịp thời phản ánh về Sở Khoa học và Công nghệ …" (QĐ 78/2025/QĐ-UBND); not one that only states the entry into force.
    assert _tasks("de16a702fae1465d.md")["Điều 20"] == ["Các cơ quan, đơn vị"]
    assert _tasks("5d196a776ae817c7.md") == {}


def test_an_execution_list_cut_by_the_closing_is_read_whole():
    # QĐ 36/2025/QĐ-CTUBND: "**Điều 4. Tổ chức thực hiện**" / "Chánh Văn phòng Ủy ban nhân dân thành phố; Giám đốc" / "sở,
    # Thủ trưởng cơ quan, ban, ngành thành phố; Chủ tịch Ủy ban nhân dân xã, phường;" / "Thủ trưởng các đơn vị sự nghiệp
    # công lập … chịu trách nhiệm thi hành Quyết định này./.". Before: the last line only (read as the closing).
    assert _tasks("c2bf5a06388200a0.md") == {
        "Điều 4": [
            "Chánh Văn phòng Ủy ban nhân dân thành phố", "Giám đốc sở", "Thủ trưởng cơ quan, ban, ngành thành phố",
            "Chủ tịch Ủy ban nhân dân xã, phường", "Thủ trưởng các đơn vị sự nghiệp công lập",
        ]
    }


def test_conferred_powers_and_the_final_article_of_a_decentralising_decision():
    # QĐ 209/2025/QĐ-UBND: "Điều 2. Phân cấp thẩm quyền …" (a power conferred, no task), "Điều 3. Tổ chức thực hiện" / "1.
    # Giao Sở Nông nghiệp và Môi trường …" / "2. … đề nghị các cơ quan, đơn vị có ý kiến …", "Điều 4. Điều khoản thi hành" /
    # "1. Quyết định này có hiệu lực …" / "2. Chánh Văn phòng … chịu trách nhiệm thi hành Quyết định này./.".
    got = _tasks("cf3a66c2c23062db.md")
    assert list(got) == ["Điều 3.1", "Điều 3.2", "Điều 4.2"]
    assert got["Điều 3.1"] == ["Sở Nông nghiệp và Môi trường"]


def test_a_procedure_heading_and_the_parties_named_in_general():
    assert PROCEDURE_HEAD.fullmatch("Quy trình xét tặng:") is not None
    assert PROCEDURE_HEAD.fullmatch("Trách nhiệm của các địa phương, cơ quan, đơn vị đề xuất xét tặng:") is None
    for generic in ("các đơn vị, tổ chức và cá nhân có liên quan", "cơ quan, tổ chức và cá nhân có liên quan",
                    "các tổ chức, cá nhân có liên quan"):
        assert GENERIC_PARTIES.fullmatch(generic) is not None
    assert GENERIC_PARTIES.fullmatch("các cơ quan, đơn vị") is None


def test_an_office_holder_over_a_list_of_kinds_of_body():
    # QĐ 35/2025/QĐ-UBND of UBND thành phố Cần Thơ: "Điều 5. Trách nhiệm thi hành" / "Chánh Văn phòng Ủy ban nhân dân thành
    # phố; Thủ trưởng các sở, ban, ngành, đơn vị sự nghiệp; Chủ tịch Ủy ban nhân dân xã, phường; …": the head of each kind
    # of body listed (before: "Thủ trưởng các sở, ban, ngành" and a body "Đơn vị sự nghiệp"), where a body's own units stay
    # apart ("Sở Y tế, đơn vị sự nghiệp trực thuộc").
    got = _tasks("44bc41ecfb3f3b21.md")["Điều 5"]
    assert got[:3] == [
        "Chánh Văn phòng Ủy ban nhân dân thành phố", "Thủ trưởng các sở, ban, ngành, đơn vị sự nghiệp",
        "Chủ tịch Ủy ban nhân dân xã, phường",
    ]
    assert split_names("Sở Y tế, đơn vị sự nghiệp trực thuộc") == ["Sở Y tế", "đơn vị sự nghiệp trực thuộc"]
