"""Tasks, round 18: a task list's bracketed assignment ("… (Giao Sở Thông tin và Truyền thông chủ trì)"), a time limit by
its label or the verb of completion ("Thời gian hoàn thành: 30/9/2024", "Thời hạn: 31/12/2024", "hoàn thành trong ngày
30/6/2024"). Fragments written in the style of a provincial plan's task list (Kế hoạch, Chương trình hành động), and
corpus 011's bracket that names a report's addressees, not doers."""

from __future__ import annotations

from vanban.loaders.deadlines import find_deadline
from vanban.loaders.parties import assignees
from vanban.loaders.records import Header
from vanban.loaders.tasks import find_tasks
from vanban.loaders.text import make_text


def test_a_bracketed_assignment_names_the_doer():
    assert assignees("Hoàn thiện thể chế, chính sách về chuyển đổi số (Giao Sở Thông tin và Truyền thông chủ trì)") == [
        "Sở Thông tin và Truyền thông"
    ]
    assert assignees("Rà soát, sửa đổi quy chế phối hợp (Sở Tư pháp chủ trì, phối hợp Sở Nội vụ).") == ["Sở Tư pháp"]
    assert assignees("Tăng cường kiểm tra an toàn thực phẩm (do Sở Y tế chủ trì).") == ["Sở Y tế"]


def test_a_bracket_that_names_no_doer_gives_none():
    assert assignees("Phối hợp với cơ quan chuyên môn (Sở Y tế) tổ chức tập huấn.") == []
    assert assignees("Tổ chức tập huấn cho cán bộ (gồm Sở Y tế, Sở Tài chính).") == []
    assert assignees("Tăng cường kiểm tra (do Sở Y tế ban hành).") == []
    # corpus 011: the bodies a report goes to, "chủ trì" the verb of a relative clause.
    got = assignees(
        "- Tổng hợp, tham mưu báo cáo hoặc báo cáo cấp thẩm quyền (UBND thành phố, Bộ Nông nghiệp và Môi trường và các"
        " Bộ, cơ quan trung ương chủ trì dự án, tiểu dự án, nội dung thành phần thuộc Chương trình) việc triển khai."
    )
    assert got == []


def test_a_labelled_time_limit_is_a_deadline():
    assert find_deadline("Phát triển hạ tầng số. Thời gian hoàn thành: 30/9/2024.").iso == "2024-09-30"
    assert find_deadline("*Thời gian hoàn thành:* 30/9/2024").iso == "2024-09-30"
    assert find_deadline("Cơ quan chủ trì: Sở Tư pháp. Thời hạn: 31/12/2024.").iso == "2024-12-31"
    assert find_deadline("*Thời hạn hoàn thành:* ngày 15 tháng 10 năm 2024").iso == "2024-10-15"
    assert find_deadline("Xây dựng cơ sở dữ liệu, hoàn thành trong ngày 30/6/2024.").iso == "2024-06-30"
    assert find_deadline("Ban hành quy chế, hoàn thành xong 30/6/2024.").iso == "2024-06-30"


def test_completion_that_is_no_time_limit_gives_none():
    assert find_deadline("Năm 2023 đã hoàn thành ngày 15/3/2023 việc sáp nhập.") is None
    assert find_deadline("Phấn đấu hoàn thành 100% chỉ tiêu được giao.") is None
    assert find_deadline("Thời gian thực hiện: 30/6/2024") is None  # when the work is done, not its limit
    assert find_deadline("Hoàn thành 6/2024") is None  # a month is no day


PLAN = """ỦY BAN NHÂN DÂN
TỈNH BẮC KẠN
Số: 120/KH-UBND
Bắc Kạn, ngày 10 tháng 5 năm 2024

KẾ HOẠCH
Triển khai công tác chuyển đổi số năm 2024

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả.

II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Hoàn thiện thể chế, chính sách về chuyển đổi số (Giao Sở Thông tin và Truyền thông chủ trì).
Thời gian hoàn thành: 30/9/2024.
2. Phát triển dữ liệu số (Sở Kế hoạch và Đầu tư chủ trì, phối hợp các sở, ngành). Thời hạn: 31/12/2024.
3. Đào tạo nguồn nhân lực số.

III. TỔ CHỨC THỰC HIỆN
Sở Thông tin và Truyền thông theo dõi, đôn đốc việc thực hiện Kế hoạch này./.

Nơi nhận:
- Lưu: VT.
"""


def test_a_task_lists_items_get_their_doers_and_limits():
    got = [(t.section, t.assigned_to, t.deadline) for t in find_tasks(make_text(PLAN), Header())]
    assert got == [
        ("II.1", ["Sở Thông tin và Truyền thông"], "2024-09-30"),
        ("II.2", ["Sở Kế hoạch và Đầu tư"], "2024-12-31"),
        ("II.3", [], None),
    ]
