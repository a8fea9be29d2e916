"""Tasks, round 17: the names after the semicolons of a cooperation label ("Đơn vị phối hợp: …; …") cooperate too; an
item headed "Trách nhiệm của <bodies>" names its doers in its heading; a task table written one cell per line (the
markdown of a converted appendix) gives one task per row. Fragments from ../shared/corpus (001, 017, 027) and written in
the style of a school's, a hospital's and a commune's plans."""

from __future__ import annotations

from vanban.loaders.parties import assignees
from vanban.loaders.records import Header
from vanban.loaders.tasks import find_tasks
from vanban.loaders.text import make_text


def test_a_cooperation_label_list_goes_on_after_its_semicolons():
    # corpus 001, III.4: the lead of the second dash is Sở Nội vụ; Sở Tư pháp and the bodies after its semicolon cooperate.
    got = assignees(
        "- Nâng cao kiến thức, kỹ năng xây dựng pháp luật trong chương trình bồi dưỡng. *Đơn vị chủ trì: *Sở Nội vụ."
        " *Đơn vị phối hợp: *Sở Tư pháp; các cơ quan, đơn vị, địa phương liên quan. *Thời gian thực hiện: *Theo Kế"
        " hoạch bồi dưỡng công chức, viên chức hàng năm."
    )
    assert got == ["Sở Nội vụ"]
    # corpus 017: "- Cơ quan phối hợp: Các sở, ngành; Ủy ban nhân dân các xã, phường."
    assert assignees("- Cơ quan chủ trì: Sở Khoa học và Công nghệ. - Cơ quan phối hợp: Các sở, ngành; Ủy ban nhân dân các"
                     " xã, phường.") == ["Sở Khoa học và Công nghệ"]


def test_a_lead_label_after_a_cooperation_label_is_read():
    # The cooperation list ends at the next label's colon.
    got = assignees("Đơn vị phối hợp: Sở Tư pháp; Sở Tài chính; Đơn vị chủ trì: Sở Nội vụ.")
    assert got == ["Sở Nội vụ"]


SCHOOL = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN MỘC CHÂU
TRƯỜNG THCS CHIỀNG SƠN
Số: 45/KH-THCS
Chiềng Sơn, ngày 10 tháng 9 năm 2024

KẾ HOẠCH
Phòng, chống tai nạn thương tích năm học 2024-2025

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ, giáo viên, nhân viên và học sinh.

II. TỔ CHỨC THỰC HIỆN
1. Trách nhiệm của Ban Giám hiệu
- Xây dựng kế hoạch, phân công nhiệm vụ cho các bộ phận.
- Kiểm tra, đôn đốc việc thực hiện kế hoạch.
**2. Trách nhiệm của giáo viên chủ nhiệm**
- Phối hợp với cha mẹ học sinh quản lý, giáo dục học sinh.
3. Trách nhiệm của Liên đội, Chi đoàn trường
- Tổ chức các hoạt động ngoại khóa, tuyên truyền trong học sinh.
4. Trách nhiệm của Ủy ban nhân dân
các xã, thị trấn
- Phối hợp với nhà trường bảo đảm an toàn giao thông trước cổng trường.
5. Trách nhiệm của học sinh trong việc phòng, chống tai nạn thương tích
- Chấp hành nội quy nhà trường.

Nơi nhận:
- Lưu: VT.
"""


def test_responsibility_headings_name_their_doers():
    tasks = find_tasks(make_text(SCHOOL), Header())
    assert [(t.section, t.assigned_to) for t in tasks] == [
        ("II.1", ["Ban Giám hiệu"]),
        ("II.2", ["Giáo viên chủ nhiệm"]),
        ("II.3", ["Liên đội", "Chi đoàn trường"]),
        ("II.4", ["Ủy ban nhân dân các xã, thị trấn"]),
        # Not a body's name: the line goes on past "học sinh" (no name's head opens it).
        ("II.5", []),
    ]
