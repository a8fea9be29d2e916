"""Nơi nhận, round 19: the archive glued onto the last item with no mark between them, a copy that lost the line break
("Nơi nhận: Như trên; UBND các huyện Lưu: VT", "- Các chi bộ trực thuộc Lưu Văn phòng Đảng ủy"). Fragments written in
the style of district letters and Party documents."""

from __future__ import annotations

from vanban.loaders.recipients import GLUED_ARCHIVE, find_recipients
from vanban.loaders.recipients import bodies_named
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

BA_BE = Header(issuer="Ủy ban nhân dân huyện Ba Bể", province="Bắc Kạn")

LETTER = (
    "ỦY BAN NHÂN DÂN\nHUYỆN BA BỂ\nSố: 456/UBND-VP\nBa Bể, ngày 12 tháng 5 năm 2024\n"
    "V/v triển khai công tác phòng, chống thiên tai\n"
    "UBND huyện yêu cầu các cơ quan, đơn vị triển khai thực hiện./.\n"
)


def _names(body: str, header: Header = BA_BE) -> list[tuple[str, str | None]]:
    return [(r.name, r.purpose) for r in bodies_named(find_recipients(make_text(body), header))]


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


def test_run_on_item_ended_by_its_mark():
    # "UBND tỉnh (b/c), Sở Tài chính": the mark is UBND tỉnh's; before, Sở Tài chính took it too.
    body = LETTER + "Nơi nhận: Như trên, UBND tỉnh (b/c), Sở Tài chính, Lưu VT.\nCHỦ TỊCH\n"
    header = Header(issuer="Ủy ban nhân dân huyện Ba Bể", province="Bắc Kạn")
    assert _names(body, header) == [
        ("Ủy ban nhân dân tỉnh Bắc Kạn", "báo cáo"),
        ("Sở Tài chính tỉnh Bắc Kạn", None),
        ("Lưu VT", "lưu"),
    ]
    # A mark closing a group still marks the whole group.
    body = LETTER + "Nơi nhận: Như trên, Thường trực Huyện ủy, HĐND huyện (b/c), Lưu VT.\nCHỦ TỊCH\n"
    assert [p for _, p in _names(body, header)] == ["báo cáo", "báo cáo", "lưu"]


# A Quyết định whose executing article's title is on a line of its own, a blank line before its words (the style of
# QĐ 87/2025/QĐ-UBND of UBND tỉnh Lai Châu, a web copy of the PDF).
DECISION = """**ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU**
Số: 90/2025/QĐ-UBND
*Lai Châu, ngày 20 tháng 11 năm 2025*

**QUYẾT ĐỊNH**
Ban hành Quy định quản lý hoạt động du lịch cộng đồng trên địa bàn tỉnh Lai Châu

**Điều 1. **Ban hành kèm theo Quyết định này Quy định quản lý hoạt động du lịch cộng đồng.

**Điều 2.
Hiệu lực thi hành**

Quyết định này có hiệu lực từ ngày 01 tháng 12 năm 2025.

**Điều 3.
Trách nhiệm tổ chức thực hiện**

Chánh Văn phòng Ủy ban nhân
dân tỉnh; Giám đốc Sở Văn hóa, Thể thao và Du lịch; Thủ trưởng các sở, ngành,
đoàn thể tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này./.

*Nơi nhận:*
- Như Điều 3;
- Bộ Văn hóa, Thể thao và Du lịch;
- Lưu: VT, VX2.
**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
"""

CHARGED = [
    "Chánh Văn phòng Ủy ban nhân dân tỉnh",
    "Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu",
    "Thủ trưởng các sở, ngành, đoàn thể tỉnh Lai Châu",
    "Chủ tịch Ủy ban nhân dân các xã, phường",
]


def test_as_article_3_without_its_title_and_with_a_name_holding_a_comma():
    header = Header(issuer="Ủy ban nhân dân tỉnh Lai Châu", province="Lai Châu")
    names = [n for n, _ in _names(DECISION, header)]
    # Before: "Trách nhiệm tổ chức thực hiện Chánh Văn phòng …" and "Giám đốc Sở Văn hóa tỉnh Lai Châu".
    assert names[:4] == CHARGED
    assert names[4:] == ["Bộ Văn hóa, Thể thao và Du lịch", "Lưu: VT, VX2"]


def test_executing_article_titled_on_its_own_line_is_a_task():
    from vanban.loaders.tasks import find_tasks

    tasks = find_tasks(make_text(DECISION), Header(doc_type="Quyết định"))
    assert [t.section for t in tasks] == ["Điều 3"]  # was none: its words were read as the closing
    assert tasks[0].text_start.startswith("Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Văn hóa")
    assert tasks[0].assigned_to == [
        "Chánh Văn phòng Ủy ban nhân dân tỉnh",
        "Giám đốc Sở Văn hóa, Thể thao và Du lịch",
        "Thủ trưởng các sở, ngành, đoàn thể tỉnh",
        "Chủ tịch Ủy ban nhân dân các xã, phường",
    ]


def test_a_sentence_before_the_closing_paragraph_keeps_it_a_closing():
    # "Điều 2. Quyết định này có hiệu lực …." ends a sentence: the paragraph after it is read as before.
    from vanban.loaders.sections import outline

    doc = DECISION.replace("**Điều 3.\nTrách nhiệm tổ chức thực hiện**\n\n", "")
    kinds = [n.kind for n in outline(make_text(doc)).nodes]
    assert "closing" in kinds


def test_items_numbered_in_brackets():
    # A commune's letter numbering its Nơi nhận "(1)", "(2)", …: before, nothing was read.
    body = LETTER + "Nơi nhận:\n(1) Thường trực Huyện ủy (b/c);\n(2) Phòng Tài chính - Kế hoạch;\n(3) Lưu VT.\nCHỦ TỊCH\n"
    assert _names(body) == [
        ("Thường trực Huyện ủy", "báo cáo"),
        ("Phòng Tài chính - Kế hoạch", None),
        ("Lưu VT", "lưu"),
    ]


def test_duty_written_after_the_bodies():
    # "- HĐND, UBND các tỉnh, thành phố trực thuộc TW" / "thực hiện Chương trình;" (a Thông tư's Nơi nhận): the words
    # are the purpose, not part of the names.
    header = Header(issuer="Ủy ban Dân tộc")
    body = LETTER + (
        "Nơi nhận:\n- Văn phòng Chính phủ;\n- HĐND, UBND các tỉnh, thành phố trực thuộc TW\nthực hiện Chương trình;\n"
        "- Ban Dân tộc, Sở Tài chính\ncác tỉnh, TP trực thuộc TW thực hiện Chương trình;\n- Lưu: VT, CSDT (10b).\n"
        "BỘ TRƯỞNG, CHỦ NHIỆM\n"
    )
    assert _names(body, header) == [
        ("Văn phòng Chính phủ", None),
        ("Hội đồng nhân dân các tỉnh, thành phố trực thuộc Trung ương", "thực hiện"),
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "thực hiện"),
        ("Ban Dân tộc các tỉnh, thành phố trực thuộc Trung ương", "thực hiện"),
        ("Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương", "thực hiện"),
        ("Lưu: VT, CSDT (10b)", "lưu"),
    ]


# The style of QĐ 3605/QĐ-UBND of UBND tỉnh Sơn La: the departments listed after "Giám đốc các sở:", one of them named
# with a comma.
LISTED = """ỦY BAN NHÂN DÂN
TỈNH SƠN LA
Số: 3605/QĐ-UBND
Sơn La, ngày 26 tháng 12 năm 2014

QUYẾT ĐỊNH
Ban hành Kế hoạch triển khai thực hiện Nghị quyết số 05/NQ-CP

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thực hiện Nghị quyết số 05/NQ-CP.
Điều 2. Giao Sở Y tế chủ trì, phối hợp với các sở, ban, ngành liên quan tổ chức triển khai thực hiện Kế hoạch.
Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các sở: Y tế, Tài chính, Văn hóa, Thể thao và Du lịch, Ngoại vụ; Chủ \
tịch UBND các huyện, thành phố; thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Bộ Y tế (b/c);
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
"""

SON_LA = Header(issuer="Ủy ban nhân dân tỉnh Sơn La", province="Sơn La")


def test_departments_listed_after_the_holder_are_charged_one_by_one():
    names = [n for n, _ in _names(LISTED, SON_LA)]
    assert names[1:5] == [  # was the one "Giám đốc các sở"
        "Giám đốc Sở Y tế tỉnh Sơn La",
        "Giám đốc Sở Tài chính tỉnh Sơn La",
        "Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La",
        "Giám đốc Sở Ngoại vụ tỉnh Sơn La",
    ]
    from vanban.loaders.tasks import find_tasks

    article = next(t for t in find_tasks(make_text(LISTED), Header(doc_type="Quyết định")) if t.section == "Điều 3")
    assert article.assigned_to[1:5] == [
        "Giám đốc Sở Y tế", "Giám đốc Sở Tài chính", "Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Giám đốc Sở Ngoại vụ",
    ]


def test_run_on_items_parted_by_full_stops():
    # Before, "Như trên. UBND tỉnh (b/c)" was one item: the addressee took the mark and UBND tỉnh was lost.
    header = Header(issuer="Ủy ban nhân dân huyện Ba Bể", province="Bắc Kạn")
    body = (
        "ỦY BAN NHÂN DÂN\nHUYỆN BA BỂ\nSố: 456/UBND-VP\nBa Bể, ngày 12 tháng 5 năm 2024\nV/v triển khai công tác\n"
        "Kính gửi: Phòng Tài chính - Kế hoạch huyện\nUBND huyện yêu cầu triển khai thực hiện./.\n"
        "Nơi nhận: Như trên. UBND tỉnh (b/c). Lưu: VT.\nCHỦ TỊCH\n"
    )
    assert _names(body, header) == [
        ("Phòng Tài chính - Kế hoạch huyện", None),
        ("Ủy ban nhân dân tỉnh Bắc Kạn", "báo cáo"),
        ("Lưu: VT", "lưu"),
    ]
    # An abbreviation's full stop inside an item stays.
    from vanban.loaders.recipients import _run_on_items

    assert _run_on_items("Như trên; UBND TP. Bắc Kạn; Lưu: VT.") == ["Như trên", "UBND TP. Bắc Kạn", "Lưu: VT."]


HOSPITAL = """SỞ Y TẾ BẮC KẠN
BỆNH VIỆN ĐA KHOA TỈNH
Số: 310/QĐ-BVĐK
Bắc Kạn, ngày 10 tháng 5 năm 2024

QUYẾT ĐỊNH
Về việc thành lập Tổ cải tiến chất lượng

Điều 1. Thành lập Tổ cải tiến chất lượng gồm các ông (bà) có tên sau.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Các ông (bà) Trưởng phòng Tổ chức - Hành chính, Trưởng phòng Kế hoạch tổng hợp, Trưởng các khoa, phòng và \
các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Sở Y tế (b/c);
- Lưu: VT, TCHC.
GIÁM ĐỐC
"""

CHARGED_HEADS = ["Trưởng phòng Tổ chức - Hành chính", "Trưởng phòng Kế hoạch tổng hợp", "Trưởng các khoa, phòng"]


def test_executing_article_with_its_courtesy_and_heads_of_units():
    header = Header(issuer="Bệnh viện Đa khoa tỉnh Bắc Kạn", province="Bắc Kạn")
    assert [n for n, _ in _names(HOSPITAL, header)][:3] == CHARGED_HEADS  # "Trưởng các khoa, phòng" was lost
    from vanban.loaders.tasks import find_tasks

    tasks = find_tasks(make_text(HOSPITAL), Header(doc_type="Quyết định"))
    assert [(t.section, t.assigned_to) for t in tasks] == [("Điều 3", CHARGED_HEADS)]  # was no task: no doer was read
