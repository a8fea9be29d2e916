"""Tasks, round 14: a council's supervising article is a task as its items are, and departments listed by their fields
after "Giám đốc các Sở:" are one doer each. Fragments written in the style of NQ 130/2017/NQ-HĐND of HĐND tỉnh Đồng Tháp
and QĐ 64/2024/QĐ-UBND of UBND thành phố Hà Nội."""

from __future__ import annotations

from vanban.loaders.parties import assignees
from vanban.loaders.records import Header
from vanban.loaders.tasks import find_tasks
from vanban.loaders.text import make_text

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH ĐỒNG THÁP
Số: 130/2017/NQ-HĐND

NGHỊ QUYẾT
Quy định một số nội dung và mức chi cho công tác theo dõi thi hành pháp luật

QUYẾT NGHỊ:
Điều 1. Thống nhất quy định một số nội dung và mức chi. Cụ thể như sau:
1. Chi hỗ trợ cán bộ, công chức làm công tác kiểm tra: mức chi 500.000 đồng/hồ sơ đối với cấp tỉnh.
2. Các nội dung khác thực hiện theo quy định tại Thông tư số 19/2017/TT-BTC ngày 28 tháng 02 năm 2017 của Bộ Tài chính.
Điều 2. Giao Ủy ban nhân dân Tỉnh tổ chức triển khai thực hiện Nghị quyết này.
Điều 3. Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân và các đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Đồng Tháp khoá IX, kỳ họp thứ năm thông qua ngày 14 tháng 7 năm 2017./.
"""


def test_a_supervising_article_is_a_task():
    tasks = find_tasks(make_text(RESOLUTION), Header(issuer="Hội đồng nhân dân tỉnh Đồng Tháp", province="Đồng Tháp"))
    assert [(t.section, t.assigned_to) for t in tasks] == [
        ("Điều 2", ["Ủy ban nhân dân Tỉnh"]),
        ("Điều 3", ["Thường trực Hội đồng nhân dân", "Các Ban của Hội đồng nhân dân", "Các đại biểu Hội đồng nhân dân tỉnh"]),
    ]


def test_departments_listed_by_their_fields():
    got = assignees(
        "Chánh Văn phòng Ủy ban nhân dân Thành phố; Giám đốc các Sở: Lao động - Thương binh và Xã hội, Tài chính; Thủ"
        " trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.",
        True,
    )
    assert got == [
        "Chánh Văn phòng Ủy ban nhân dân Thành phố",
        "Giám đốc Sở Lao động - Thương binh và Xã hội",
        "Giám đốc Sở Tài chính",
        "Thủ trưởng các cơ quan, đơn vị liên quan",
    ]
    assert assignees("Giám đốc các Sở: Y tế, Tài chính; Chủ tịch UBND các huyện chịu trách nhiệm thi hành.", True)[:2] == [
        "Giám đốc Sở Y tế", "Giám đốc Sở Tài chính",
    ]


def test_a_field_list_that_runs_on_or_is_cut_is_not_read():
    # The list runs on into another body: kept as read before.
    got = assignees(
        "Giám đốc các Sở: Tài chính, Nội vụ và Thủ trưởng các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này.", True
    )
    assert "Giám đốc Sở Nội vụ và Thủ trưởng các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này" not in got
    assert not any(n.startswith("Giám đốc Sở Nội vụ và") for n in got)
    # The passage ends inside the list (a line read as a bullet after it): not "Giám đốc Sở Lao động".
    assert assignees("Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Lao động", True) == [
        "Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc các Sở",
    ]


def test_the_central_youth_and_womens_unions_are_bodies_of_their_own():
    got = assignees(
        "Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh, Trung ương"
        " Hội Liên hiệp Phụ nữ Việt Nam tham gia và vận động xã hội tham gia thực hiện các mục tiêu của Chương trình.",
        True,
    )
    assert got == [
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
    ]
    # A central committee named whole stays one body.
    assert assignees("Ban Chấp hành Trung ương Hội Nông dân Việt Nam chỉ đạo", True) == ["Ban Chấp hành Trung ương Hội Nông dân Việt Nam"]


def test_the_provinces_a_central_document_addresses_are_a_body():
    got = assignees(
        "Các tỉnh, thành phố trong cả nước chủ động phát triển quan hệ liên kết, hợp tác với thành phố Hà Nội trên các lĩnh vực.",
        True,
    )
    assert got == ["Các tỉnh, thành phố trong cả nước"]


# A Quyết định that promulgates a plan, in the style of corpus 046–048: the plan's sections set the tasks.
DECISION_WITH_PLAN = """ỦY BAN NHÂN DÂN
TỈNH SƠN LA
Số: 1234/QĐ-UBND

QUYẾT ĐỊNH
Ban hành Kế hoạch phát triển xuất khẩu hàng hóa năm 2025

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển xuất khẩu hàng hóa năm 2025.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Công Thương, Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này./.

KẾ HOẠCH
Phát triển xuất khẩu hàng hóa năm 2025

I. NHIỆM VỤ
1. Sở Công Thương chủ trì xây dựng vùng nguyên liệu phục vụ xuất khẩu.
2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.
"""


def test_a_decision_that_promulgates_a_plan_has_the_plans_tasks_only():
    tasks = find_tasks(make_text(DECISION_WITH_PLAN), Header(issuer="Ủy ban nhân dân tỉnh Sơn La", province="Sơn La"))
    assert [(t.section, t.assigned_to) for t in tasks] == [("I.1", ["Sở Công Thương"]), ("I.2", ["Sở Tài chính"])]


def test_a_decision_without_a_plan_keeps_its_executing_article():
    decision = DECISION_WITH_PLAN.split("KẾ HOẠCH\n")[0]
    tasks = find_tasks(make_text(decision), Header(issuer="Ủy ban nhân dân tỉnh Sơn La", province="Sơn La"))
    assert [t.section for t in tasks] == ["Điều 3"]
    assert "Sở Công Thương" in " ".join(tasks[0].assigned_to)
