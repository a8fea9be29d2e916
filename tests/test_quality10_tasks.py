"""Tasks and their doers, round 10: a heading line whose doer opens the next line (no blank line
between), a short heading's text_start, names holding a lower-case field word ("Ban xây dựng Đảng",
"Cục Cảnh sát quản lý hành chính về trật tự xã hội"). Fragments from the corpus (file named in each
test) or written in their style."""

from __future__ import annotations

from vanban.loaders.parties import assignees, name_at
from vanban.loaders.records import Header
from vanban.loaders.tasks import find_tasks
from vanban.loaders.text import make_text


def _plan(body: str) -> str:
    return f"KẾ HOẠCH\nTriển khai thực hiện\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích chung.\n\n{body}\n"


# A district plan in the style of the corpus: each heading line, then its doer's sentence on the next
# line with no blank line between.
HEADINGS_THEN_DOERS = """II. NHIỆM VỤ TRỌNG TÂM
1. Cải cách thủ tục hành chính
Phòng Văn hóa và Thông tin chủ trì, phối hợp với các cơ quan, đơn vị liên quan rà soát, công khai thủ tục hành chính.
2. Chuyển đổi số
Ủy ban nhân dân các xã, thị trấn triển khai các nền tảng số dùng chung của tỉnh."""


def test_a_heading_line_then_its_doer_on_the_next_line():
    tasks = find_tasks(make_text(_plan(HEADINGS_THEN_DOERS)), Header())
    assert [(t.section, t.text_start, t.assigned_to) for t in tasks] == [
        ("II.1", "Cải cách thủ tục hành chính", ["Phòng Văn hóa và Thông tin"]),
        ("II.2", "Chuyển đổi số", ["Ủy ban nhân dân các xã, thị trấn"]),
    ]


def test_a_wrapped_sentence_is_not_read_as_a_heading():
    for body in (
        # A phrase left open by a function word: the capitalised name is its object.
        "II. NHIỆM VỤ\n1. Tăng cường phối hợp với\nSở Tư pháp tổ chức tuyên truyền pháp luật.",
        # A name cut by the wrap ("Ủy ban" / "Mặt trận Tổ quốc …").
        "II. NHIỆM VỤ\n1. Tăng cường phối hợp với Ủy ban\nMặt trận Tổ quốc Việt Nam tỉnh tổ chức tuyên truyền.",
        # The next line opens with no doer and verb.
        "II. NHIỆM VỤ\n1. Đẩy mạnh công tác tuyên truyền\nSâu rộng trong cán bộ, công chức.",
    ):
        tasks = find_tasks(make_text(_plan(body)), Header())
        assert tasks[0].assigned_to == [], body


def test_a_heading_that_names_its_unit_keeps_its_doer_alone():
    body = "III. TỔ CHỨC THỰC HIỆN\n1. Tổ chuyên môn\nCác tổ trưởng chuyên môn chỉ đạo giáo viên lồng ghép nội dung."
    tasks = find_tasks(make_text(_plan(body)), Header())
    assert tasks[0].assigned_to == ["Tổ chuyên môn"]


def test_a_short_heading_before_a_paragraph_is_the_text_start():
    # corpus 002 (KH 1026/KH-UBND Nghệ An), III.3 (renumbered 1): the unit's heading, a blank line, its paragraph.
    body = "**III. TỔ CHỨC THỰC HIỆN**\n\n**1. Sở Khoa học và Công nghệ**\n\nChủ trì, phối hợp với các cơ quan, đơn vị kiểm định thiết bị."
    tasks = find_tasks(make_text(_plan(body)), Header())
    assert (tasks[0].text_start, tasks[0].assigned_to) == ("Sở Khoa học và Công nghệ", ["Sở Khoa học và Công nghệ"])


def test_a_units_field_in_lower_case_is_part_of_its_name():
    # corpus 058 (KH 01/KH-TBTTKT), IV.1 and IV.4.
    assert assignees(
        "Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban: Phụ trách chung, chịu trách nhiệm trước Ủy ban bầu cử",
        True,
    ) == ["Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban"]
    assert assignees("Đồng chí Phó Trưởng ban xây dựng Đảng - Ủy viên: Trực tiếp chỉ đạo", True) == [
        "Phó Trưởng ban xây dựng Đảng - Ủy viên"
    ]
    assert name_at("Trưởng ban chỉ đạo Đại hội xem xét", 0)[0] == "Trưởng ban chỉ đạo Đại hội"
    # "xây dựng" before anything but "Đảng" is the verb; after another word than "Ban" too.
    assert assignees("Các ban xây dựng kế hoạch thực hiện.", True) == ["Các ban"]
    assert assignees("Ban Chỉ đạo xây dựng kế hoạch kiểm tra.", True) == ["Ban Chỉ đạo"]


def test_a_police_departments_field_is_part_of_its_name():
    # corpus 020 (KH UBND Hà Nội), III.1, and its lower-case spelling.
    s = "Cục Cảnh sát Quản lý hành chính về trật tự xã hội - Cơ quan thường trực Tổ công tác triển khai Đề án 06"
    assert name_at(s, 0)[0] == "Cục Cảnh sát Quản lý hành chính về trật tự xã hội"  # not its role after the dash
    assert assignees(s, True) == ["Cục Cảnh sát Quản lý hành chính về trật tự xã hội"]
    assert assignees("Cục Cảnh sát quản lý hành chính về trật tự xã hội chủ trì, phối hợp", True) == [
        "Cục Cảnh sát quản lý hành chính về trật tự xã hội"
    ]
    assert assignees("Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh chủ trì", True) == [
        "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh"
    ]
    # "về" after any other body still ends its name: "báo cáo về Sở Y tế".
    assert name_at("Công an tỉnh về việc triển khai", 0)[0] == "Công an tỉnh"
