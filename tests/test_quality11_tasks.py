"""Tasks and their doers, round 11 (new real documents, read for the first time): a bold unit heading
wrapped over two lines, a research institute named with a capitalised predicate word, the issuer's
name under an attached plan's last item, and "các trường hợp" (cases, not schools). Fragments written
in the style of the documents (a Quyết định of UBND Thành phố Hồ Chí Minh with its plan attached,
markdown copies with hard-wrapped lines)."""

from __future__ import annotations

from vanban.loaders.parties import assignees, head_at, name_at
from vanban.loaders.records import Header
from vanban.loaders.reports import find_reports
from vanban.loaders.sections import outline
from vanban.loaders.tasks import find_tasks
from vanban.loaders.text import make_text


def _plan(body: str) -> str:
    return f"**KẾ HOẠCH**\n\nTriển khai Đề án cơ sở dữ liệu\n\n**I. MỤC ĐÍCH, YÊU CẦU**\n\n**1. Mục đích**\n\n- Thống nhất.\n\n{body}\n"


# Unit headings set in bold and wrapped by the copy, a blank line, then the unit's paragraph.
WRAPPED_UNIT_HEADINGS = """**IV. TỔ CHỨC
THỰC HIỆN**

**1. Sở
Khoa học và Công nghệ, Sở Nội vụ**

Sở Khoa học và Công nghệ chủ
trì, phối hợp với Sở Nội vụ và các đơn vị có liên quan tổ chức đào tạo, tập huấn
cho cán bộ, công chức, viên chức.

**2. Trung
tâm Chuyển đổi số Thành phố**

Trung tâm Chuyển đổi số
Thành phố chủ trì, phối hợp với Công an Thành phố bảo đảm kết nối hạ tầng, an toàn thông tin."""


def test_a_wrapped_bold_unit_heading_is_the_text_start():
    tasks = find_tasks(make_text(_plan(WRAPPED_UNIT_HEADINGS)), Header())
    assert [(t.section, t.text_start, t.assigned_to) for t in tasks] == [
        ("IV.1", "Sở Khoa học và Công nghệ, Sở Nội vụ", ["Sở Khoa học và Công nghệ", "Sở Nội vụ"]),
        ("IV.2", "Trung tâm Chuyển đổi số Thành phố", ["Trung tâm Chuyển đổi số Thành phố"]),
    ]


def test_a_wrapped_sentence_before_a_blank_line_is_no_heading():
    # Not bold: a short item wrapped by the copy keeps its words as they run.
    body = (
        "**IV. TỔ CHỨC THỰC HIỆN**\n\n1. Giao Công an tỉnh chủ trì, phối hợp\nvới Sở Nội vụ theo dõi.\n\n"
        "Các đơn vị báo cáo kết quả về Sở Nội vụ."
    )
    tasks = find_tasks(make_text(_plan(body)), Header())
    assert tasks[0].text_start.startswith("Giao Công an tỉnh chủ trì, phối hợp với Sở Nội vụ theo dõi.")


def test_an_institute_named_with_a_capitalised_predicate_word():
    assert assignees("Các sở ngành liên quan, Viện Nghiên cứu phát triển Thành phố", True) == [
        "Các sở ngành liên quan",
        "Viện Nghiên cứu phát triển Thành phố",
    ]
    assert name_at("Trung tâm Nghiên cứu ứng dụng chủ trì thực hiện", 0)[0] == "Trung tâm Nghiên cứu ứng dụng"
    # A capitalised predicate after a unit's full name still ends it (a new line's verb).
    assert assignees("Sở Y tế\nNghiên cứu, đề xuất cơ chế.", True) == ["Sở Y tế"]


# The attached plan ends with its issuer's name in bold, with no "TM."/"KT." line before the appendix.
ISSUER_UNDER_LAST_ITEM = """**IV. TỔ CHỨC THỰC HIỆN**

**1. Sở Tài chính**

- Chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch.

**2.
Phương án huy động kinh phí**

- Lồng ghép vào kế hoạch đầu tư công trung hạn: ưu tiên bố trí vốn cho hạ tầng số.

- Đề xuất Bộ Tài chính hỗ trợ hướng dẫn định mức chi; xem xét hợp tác đầu tư công - tư cho hạ
tầng lưu trữ, đường truyền số liệu lớn./.

**ỦY
BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH**


**PHỤ LỤC**

|
**TT**
|
**Nhiệm vụ**
|
**Cơ quan chủ trì**
|
|
1
|
Cập nhật dữ liệu quy hoạch định kỳ hằng quý báo cáo về Sở Tài chính
|
Các sở, ngành, UBND xã, phường, đặc khu
|"""


def test_the_issuers_name_after_the_end_mark_is_no_doer():
    text = make_text(_plan(ISSUER_UNDER_LAST_ITEM))
    tasks = find_tasks(text, Header())
    assert [(t.section, t.assigned_to) for t in tasks] == [("IV.1", ["Sở Tài chính"]), ("IV.2", [])]
    assert tasks[-1].text.endswith("số liệu lớn./.")
    # The appendix after the end mark is no part of the body: its table gives no duty.
    assert find_reports(text, Header(issuer="Ủy ban nhân dân thành phố Hồ Chí Minh")) == []


def test_a_heading_after_the_end_mark_keeps_the_body_going():
    # A Quyết định copied without its signature: its plan, headed, follows its "./.".
    body = (
        "**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch.\n\n**Điều 2.** Sở Tài chính chịu trách nhiệm "
        "thi hành Quyết định này./.\n\n**KẾ HOẠCH**\n\n**I. TỔ CHỨC THỰC HIỆN**\n\n1. Sở Nội vụ chủ trì thực hiện."
    )
    doc = outline(make_text(body))
    assert [n.kind for n in doc.nodes] == ["article", "article", "heading"]


def test_cases_are_no_body():
    assert head_at("các trường hợp chậm tiến độ, không gửi dữ liệu", 0) is None
    assert head_at("Các trường học trên địa bàn", 0) is not None
    text = make_text(_plan(
        "**IV. TỔ CHỨC THỰC HIỆN**\n\n**1. Sở Tài chính**\n\n- Tổng hợp, báo cáo kịp thời các trường hợp chậm tiến độ, "
        "không gửi dữ liệu; đề xuất biện pháp xử lý."
    ))
    reports = find_reports(text, Header(issuer="Ủy ban nhân dân thành phố Hồ Chí Minh"))
    assert [r.to for r in reports] == [None]
