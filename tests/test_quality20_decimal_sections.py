"""Tasks, round 20 (b): a plan without Roman numerals whose top-level sections are numbered in arabic digits ("## 1. Mục
đích yêu cầu" / "## 2. Nội dung và thời gian thực hiện" / "## 3. Tổ chức thức hiện") and its items in decimals, the
converter mixing "## " headings, "- " bullets and bare lines ("- 2.1 Đối với …", "## 3.2 …", "2.3 …", "- 3.1.1 …"). Its
x.y items are the tasks, their x.y.z points belong to them; the title "Tổ chức thức hiện" (one slip of the vowel's mark
in "thực") is the organisation section's; the signer's title alone ("## GIÁM ĐỐC") above "## Nơi nhận:" ends the last
task. Fragments written in the style of a university's plan converted to markdown."""

from __future__ import annotations

import pytest

from vanban.loaders.extract import extract
from vanban.loaders.records import Header
from vanban.loaders.sections import (
    SIGNER_TITLE_LINE, THIRD_LEVEL_NUMBER, mend_title, outline, section_kind,
)
from vanban.loaders.tasks import find_tasks
from vanban.loaders.text import make_text

HEADER = (
    "## BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n## ĐẠI HỌC CẦN THƠ\n\n"
    "## Độc lập - Tự do - Hạnh phúc\n\nSố: 1820/KH-ĐHCT\n\nCần Thơ, ngày 10 tháng 8 năm 2026\n\n"
    "## KẾ HOẠCH Sinh hoạt đầu năm, đầu khóa học Năm học 2026 - 2027\n\n"
)
PURPOSE = "## 1. Mục đích yêu cầu\n\nGiúp sinh viên nắm vững quy chế, quy định của Trường.\n\n"
CONTENT = (
    "## 2. Nội dung và thời gian thực hiện\n\n"
    "- 2.1 Đối với Trường chuyên ngành/Khoa/Viện (có đào tạo đại học, gọi là Đơn vị)\n\n"
    "## 2.1.1 Nội dung thực hiện\n\n- a. Đối với sinh viên khóa mới: phổ biến chương trình đào tạo, quy chế học vụ.\n\n"
    "## 2.1.2 Thời gian thực hiện: năm học 2026-2027\n\n"
    "- 2.2 Đối với Trường (sinh hoạt tại Hội trường Rùa)\n\n"
    "## 2.2.1 Chia nhóm sinh hoạt theo khóa học\n\n"
    "2.3 Sinh hoạt tại Thư viện: Trung tâm Học liệu hướng dẫn sinh viên tra cứu tài liệu trước ngày 30/9/2026.\n\n"
)
ORGANISATION = (
    "## 3. Tổ chức thức hiện\n\n"
    "- 3.1 Phân công các đơn vị\n"
    "- 3.1.1 Các Đơn vị quản lý đào tạo chịu trách nhiệm: tổ chức sinh hoạt cho sinh viên của Đơn vị.\n"
    "- 3.1.2 Đoàn TNCS HCM Trường, Phòng Đào tạo: Chuẩn bị báo cáo về công tác đào tạo.\n\n"
    "## 3.2 Phân công điều hành sinh hoạt tại Hội trường Rùa\n\n"
    "- 3.2.1 Phòng Công tác Sinh viên: điều hành chung các buổi sinh hoạt.\n\n"
)
SIGNATURE = "## GIÁM ĐỐC\n\n## Nơi nhận:\n\n- Các đơn vị trong ĐHCT;\n- Lưu: VT, CTSV.\n\nTrần Văn An\n"
PLAN = HEADER + PURPOSE + CONTENT + ORGANISATION + SIGNATURE


def _md(s: str):
    return make_text(s, "x.md", format="markdown")


def _tasks(doc: str) -> list:
    return find_tasks(_md(doc), Header(doc_type="Kế hoạch"))


def test_decimal_items_of_arabic_sections_are_the_tasks():
    tasks = _tasks(PLAN)
    assert [t.section for t in tasks] == ["2.1", "2.2", "2.3", "3.1", "3.2"]
    assert tasks[0].text_start.startswith("Đối với Trường chuyên ngành/Khoa/Viện")
    assert "phổ biến chương trình đào tạo" in tasks[0].text  # its x.y.z points belong to it
    assert tasks[2].assigned_to == ["Trung tâm Học liệu"] and tasks[2].deadline == "2026-09-30"


def test_doers_of_an_item_are_named_in_its_points():
    tasks = {t.section: t for t in _tasks(PLAN)}
    assert tasks["3.1"].text_start == "Phân công các đơn vị"
    assert tasks["3.1"].assigned_to == ["Các Đơn vị", "Đoàn Thanh niên Cộng sản Hồ Chí Minh Trường", "Phòng Đào tạo"]
    assert tasks["3.2"].assigned_to == ["Phòng Công tác Sinh viên"]


def test_signer_title_ends_the_last_task():
    last = _tasks(PLAN)[-1]
    assert "GIÁM ĐỐC" not in last.text and "Nơi nhận" not in last.text
    assert "Trần Văn An" not in last.assigned_to
    doc = outline(_md(PLAN))
    signature = next(n for n in doc.nodes if n.kind == "signature")
    assert signature.text(_md(PLAN)).startswith("## GIÁM ĐỐC")


def test_signer_title_far_above_the_signature_stays_in_the_body():
    # A line "GIÁM ĐỐC" among the items, long lines between it and "Nơi nhận" (no signer's title above it): the body's.
    body = PLAN.replace(
        "- 3.2.1 Phòng", "GIÁM ĐỐC\n\n- 3.2.1 Phòng Công tác Sinh viên tổng hợp kết quả các buổi sinh hoạt của sinh viên.\n- 3.2.2 Phòng", 1
    ).replace("## GIÁM ĐỐC\n\n", "", 1)
    assert "GIÁM ĐỐC" in body
    last = _tasks(body)[-1]
    assert "3.2.2 Phòng Công tác Sinh viên" in last.text and "GIÁM ĐỐC" in last.text


@pytest.mark.parametrize(
    "line, matches",
    [
        ("## GIÁM ĐỐC", True),
        ("**HIỆU TRƯỞNG**", True),
        ("PHÓ CHỦ TỊCH", True),
        ("| GIÁM ĐỐC |", False),  # a table's cell
        ("## GIÁM ĐỐC SỞ Y TẾ CHỦ TRÌ", False),
        ("Giám đốc", False),
    ],
)
def test_signer_title_line(line, matches):
    assert (SIGNER_TITLE_LINE.fullmatch(line) is not None) is matches


def test_without_the_slip_and_with_a_plain_organisation_paragraph():
    # "Tổ chức thực hiện" spelt right, its words a paragraph with no x.y items: still a section (its own task), and
    # the content section's items are the tasks.
    organisation = "## 3. Tổ chức thực hiện\n\nPhòng Công tác Sinh viên chủ trì, theo dõi việc thực hiện Kế hoạch này.\n\n"
    tasks = _tasks(HEADER + PURPOSE + CONTENT + organisation + SIGNATURE)
    assert [t.section for t in tasks] == ["2.1", "2.2", "2.3", "3"]
    assert tasks[-1].assigned_to == ["Phòng Công tác Sinh viên"]


@pytest.mark.parametrize(
    "title, kind",
    [
        ("3. Tổ chức thức hiện", "organisation"),
        ("III. TỔ CHỨC THỨC HIỆN", "organisation"),
        ("IV. TỔ CHỨC THỤC HIỆN", "organisation"),
        ("III. TỔ CHỨC THỰC HIỆN", "organisation"),
        ("1. Mục đích yêu cầu", "purpose"),
    ],
)
def test_section_kind_with_the_slip(title, kind):
    assert section_kind(title) == kind


def test_mend_title_only_mends_the_known_title():
    assert mend_title("TỔ CHỨC THỨC HIỆN") == "TỔ CHỨC THỰC HIỆN"
    assert mend_title("TỔ CHỨC THI HỌC KỲ") == "TỔ CHỨC THI HỌC KỲ"
    assert mend_title("HÌNH THỨC HIỆN NAY") == "HÌNH THỨC HIỆN NAY"  # no "TỔ CHỨC" before it


def test_third_level_number():
    assert THIRD_LEVEL_NUMBER.match("3.1.1 Các Đơn vị quản lý đào tạo chịu trách nhiệm").end() == len("3.1.1 ")
    assert THIRD_LEVEL_NUMBER.match("2.1.5 triệu đồng mỗi suất") is None  # a number in a sentence


def test_roman_plan_with_arabic_items_is_unchanged():
    # Arabic items under Roman sections stay the tasks, with their x.y.z points read as bullets under them.
    doc = (
        "ỦY BAN NHÂN DÂN TỈNH LONG AN\nSỞ Y TẾ\nSố: 12/KH-SYT\nLong An, ngày 3 tháng 3 năm 2026\nKẾ HOẠCH\nPhòng chống dịch\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Chủ động phòng, chống dịch bệnh.\nII. NỘI DUNG\n"
        "1. Trung tâm Kiểm soát bệnh tật tổ chức giám sát dịch bệnh.\n"
        "- 1.1.1 Sở Tài chính: bố trí kinh phí giám sát.\n"
        "2. Bệnh viện Đa khoa tỉnh chuẩn bị thuốc, vật tư.\n"
        "III. TỔ CHỨC THỨC HIỆN\n1. Phòng Nghiệp vụ Y theo dõi, tổng hợp.\n"
        "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n"
    )
    tasks = find_tasks(make_text(doc), Header(doc_type="Kế hoạch"))
    assert [t.section for t in tasks] == ["II.1", "II.2", "III.1"]
    assert tasks[0].assigned_to == ["Trung tâm Kiểm soát bệnh tật", "Sở Tài chính"]
    assert tasks[2].assigned_to == ["Phòng Nghiệp vụ Y"]


def test_whole_record():
    rec = extract(_md(PLAN))
    assert [t.section for t in rec.tasks] == ["2.1", "2.2", "2.3", "3.1", "3.2"]
