"""Tasks, round 18 (second pass): plain unnumbered subheadings ("Tuyên truyền, nâng cao nhận thức" / "Các sở, ngành tổ
chức …"), headings whose purpose words run on to tasks ("II. MỤC TIÊU, NHIỆM VỤ"), the body that only cooperates after
"; … phối hợp", a letter marker alone on its line, a lead line naming the doer of the bullets under it ("Giao Trạm Y tế
xã chủ trì:" / "- …"), and more doers' names (a Đảng ủy's "Các chi, đảng bộ trực thuộc", a commune's "Văn phòng - Thống
kê", "Cơ sở khám bệnh, chữa bệnh"). Fragments written in the style of provincial, commune and school plans."""

from __future__ import annotations

from vanban.loaders.parties import assignees
from vanban.loaders.records import Header
from vanban.loaders.sections import section_kind
from vanban.loaders.tasks import find_tasks
from vanban.loaders.text import make_text


def _tasks(doc: str) -> list[tuple]:
    return [(t.section, t.text_start, t.assigned_to, t.deadline) for t in find_tasks(make_text(doc), Header())]


PLAIN_SUBHEADINGS = """ỦY BAN NHÂN DÂN
TỈNH BẮC KẠN
Số: 121/KH-UBND
Bắc Kạn, ngày 10 tháng 5 năm 2024

KẾ HOẠCH
Thực hiện Chương trình hành động của Tỉnh ủy

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả công tác.

II. NHIỆM VỤ VÀ GIẢI PHÁP
Để thực hiện thắng lợi Chương trình hành động, tập trung các nhiệm vụ sau:
Tuyên truyền, nâng cao nhận thức
Các sở, ngành tổ chức tuyên truyền sâu rộng trong cán bộ, nhân dân.
Hoàn thiện cơ chế, chính sách
Sở Tư pháp chủ trì rà soát các văn bản quy phạm pháp luật, hoàn thành trước ngày 30/9/2024.

III. TỔ CHỨC THỰC HIỆN
Sở Kế hoạch và Đầu tư theo dõi, đôn đốc việc thực hiện Kế hoạch này./.

Nơi nhận:
- Lưu: VT.
"""


def test_plain_subheadings_open_a_sections_items():
    assert _tasks(PLAIN_SUBHEADINGS) == [
        ("II.1", "Tuyên truyền, nâng cao nhận thức", ["Các sở, ngành"], None),
        ("II.2", "Hoàn thiện cơ chế, chính sách", ["Sở Tư pháp"], "2024-09-30"),
    ]


SCHOOL = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
TRƯỜNG TIỂU HỌC KIM ĐỒNG
Số: 25/KH-THKĐ
Ba Bể, ngày 10 tháng 9 năm 2024

KẾ HOẠCH
Giáo dục kỹ năng sống năm học 2024-2025

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao kỹ năng sống cho học sinh.
II. TỔ CHỨC THỰC HIỆN
Ban Giám hiệu
Xây dựng kế hoạch, chỉ đạo thực hiện.
Tổ chuyên môn
Lồng ghép nội dung vào các môn học.
Giáo viên chủ nhiệm
Phối hợp với cha mẹ học sinh tổ chức các hoạt động trải nghiệm.
III. KINH PHÍ
Ngân sách nhà trường
Bảo đảm theo quy định.
Nguồn xã hội hóa
Huy động các nguồn hợp pháp.

Nơi nhận:
- Lưu: VT.
"""


def test_a_plain_subheading_that_names_a_unit_is_its_doer():
    # The flat text runs "Ban Giám hiệu" into "Xây dựng kế hoạch": the line and its paragraph are read apart. The
    # funding section's subheadings are no tasks.
    assert _tasks(SCHOOL) == [
        ("II.1", "Ban Giám hiệu", ["Ban Giám hiệu"], None),
        ("II.2", "Tổ chuyên môn", ["Tổ chuyên môn"], None),
        ("II.3", "Giáo viên chủ nhiệm", ["Giáo viên chủ nhiệm"], None),
    ]


def test_a_sections_wrapped_paragraphs_are_no_subheadings():
    # A PDF's lines: short lines without end marks, but each the middle of a sentence, or a paragraph of the
    # section's own before them.
    doc = PLAIN_SUBHEADINGS.replace(
        "Để thực hiện thắng lợi Chương trình hành động, tập trung các nhiệm vụ sau:\n",
        "Các sở, ngành tập trung thực hiện Chương trình hành động.\n",
    )
    assert _tasks(doc) == []
    wrapped = PLAIN_SUBHEADINGS.replace(
        "Tuyên truyền, nâng cao nhận thức\nCác sở, ngành",
        "Tuyên truyền, nâng cao nhận thức của\nCác sở, ngành",
    ).replace("Hoàn thiện cơ chế, chính sách\nSở Tư pháp", "Hoàn thiện cơ chế, chính sách phối hợp với\nSở Tư pháp")
    assert _tasks(wrapped) == []
    # One alone is no list.
    one = PLAIN_SUBHEADINGS.replace("Hoàn thiện cơ chế, chính sách\n", "")
    assert _tasks(one) == []


PURPOSE_AND_TASKS = """ỦY BAN NHÂN DÂN
HUYỆN BA BỂ
Số: 45/KH-UBND
Ba Bể, ngày 10 tháng 5 năm 2024

KẾ HOẠCH
Phát triển du lịch huyện Ba Bể năm 2024

I. MỤC ĐÍCH, YÊU CẦU
1. Phát huy tiềm năng du lịch của huyện.
II. MỤC TIÊU, NHIỆM VỤ
1. Mục tiêu: Đón 500.000 lượt khách du lịch.
2. Phòng Văn hóa và Thông tin chủ trì xây dựng sản phẩm du lịch, hoàn thành trước ngày 30/9/2024.
3. Ủy ban nhân dân các xã quản lý các điểm du lịch.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Tài chính - Kế hoạch bố trí kinh phí.

Nơi nhận:
- Lưu: VT.
"""


def test_a_heading_that_names_tasks_after_its_purpose_is_content():
    assert section_kind("II. MỤC TIÊU, NHIỆM VỤ") == "content"
    assert section_kind("II. CHỈ TIÊU, NHIỆM VỤ") == "content"
    assert section_kind("I. MỤC ĐÍCH, YÊU CẦU, NHIỆM VỤ") == "content"
    assert section_kind("II. Mục tiêu và giải pháp") == "content"
    assert section_kind("I. MỤC ĐÍCH, YÊU CẦU") == "purpose"
    assert section_kind("II. MỤC TIÊU CỦA NHIỆM VỤ") == "purpose"
    assert section_kind("I. QUAN ĐIỂM, MỤC TIÊU") == "purpose"
    # Its items titled by purpose words are the targets, no task.
    assert [(s, a, d) for s, _, a, d in _tasks(PURPOSE_AND_TASKS)] == [
        ("II.2", ["Phòng Văn hóa và Thông tin"], "2024-09-30"),
        ("II.3", ["Ủy ban nhân dân các xã"], None),
        ("III.1", ["Phòng Tài chính - Kế hoạch"], None),
    ]


def test_the_body_that_only_cooperates_is_not_assigned():
    assert assignees("Hoàn thiện hồ sơ di tích (Văn phòng UBND tỉnh chủ trì; Sở Tài chính phối hợp).") == [
        "Văn phòng Ủy ban nhân dân tỉnh"
    ]
    assert assignees("Sở Y tế chủ trì; Sở Tài chính, Sở Nội vụ phối hợp thực hiện.") == ["Sở Y tế"]
    # A body with work of its own after the semicolon stays a doer.
    assert assignees("Sở Y tế chủ trì; Sở Tài chính phối hợp với Sở Y tế bố trí kinh phí.") == ["Sở Y tế", "Sở Tài chính"]
    # Without a presiding body, "phối hợp" is the work itself.
    assert assignees("Sở Y tế tổ chức kiểm tra; Sở Tài chính phối hợp.") == ["Sở Y tế", "Sở Tài chính"]


LETTERS_ALONE = """THỦ TƯỚNG CHÍNH PHỦ
Số: 05/CT-TTg
Hà Nội, ngày 10 tháng 3 năm 2024

CHỈ THỊ
Về việc tăng cường công tác phòng, chống dịch bệnh

Để tiếp tục phòng, chống dịch bệnh, Thủ tướng Chính phủ yêu cầu:
1. MỤC ĐÍCH, YÊU CẦU
a)
Bảo đảm an toàn cho Nhân dân.
2. TỔ CHỨC THỰC HIỆN
a)
Bộ Y tế hướng dẫn chuyên môn theo điểm
b)
Các bộ, ngành phối hợp.
b)
Văn phòng Chính phủ theo dõi, đôn đốc.

Nơi nhận:
- Lưu: VT.
"""


def test_a_letter_alone_on_its_line_opens_a_point():
    # The "b)" after a sentence cut ("… theo điểm" / "b)") is a reference wrapped, not a point.
    assert [(s, a) for s, _, a, _ in _tasks(LETTERS_ALONE)] == [
        ("2.a", ["Bộ Y tế"]),
        ("2.b", ["Văn phòng Chính phủ"]),
    ]
    assert [t.text_start for t in find_tasks(make_text(LETTERS_ALONE), Header())][1] == (
        "Văn phòng Chính phủ theo dõi, đôn đốc."
    )


LEADS = """ỦY BAN NHÂN DÂN
XÃ LƯƠNG SƠN
Số: 12/KH-UBND
Lương Sơn, ngày 10 tháng 5 năm 2024

KẾ HOẠCH
Tổ chức Tháng hành động vì an toàn thực phẩm năm 2024

I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao nhận thức của người sản xuất, kinh doanh thực phẩm.
II. NỘI DUNG HOẠT ĐỘNG
- Tổ chức tuyên truyền trên hệ thống loa truyền thanh xã.
III. TỔ CHỨC THỰC HIỆN
Giao Trạm Y tế xã chủ trì:
- Kiểm tra các cơ sở kinh doanh thực phẩm trên địa bàn.
- Tổng hợp kết quả, báo cáo Ủy ban nhân dân xã.
Công an xã:
- Bảo đảm an ninh trật tự.
- Văn phòng - Thống kê tổng hợp số liệu.
Nội dung phối hợp:
- Hỗ trợ các thôn tổ chức tuyên truyền.

Nơi nhận:
- Lưu: VT.
"""


def test_a_lead_line_names_the_doer_of_its_bullets():
    assert [(s, a) for s, _, a, _ in _tasks(LEADS)] == [
        ("II.1", []),
        ("III.1", ["Trạm Y tế xã"]),
        ("III.2", ["Trạm Y tế xã"]),  # not "Công an xã", the next lead, though its line is in this bullet's words
        ("III.3", ["Công an xã"]),
        ("III.4", ["Văn phòng - Thống kê"]),  # a bullet that names its own doer keeps it
        ("III.5", []),  # a lead that names no doer ends the one before
    ]


def test_more_doers_names():
    assert assignees("Các chi, đảng bộ trực thuộc tổ chức quán triệt Nghị quyết đến cán bộ, đảng viên.") == [
        "Các chi, đảng bộ trực thuộc"
    ]
    assert assignees("Văn phòng - Thống kê tổng hợp số liệu, báo cáo Ủy ban nhân dân xã.") == ["Văn phòng - Thống kê"]
    assert assignees("Cơ sở khám bệnh, chữa bệnh trên địa bàn bảo đảm thuốc, vật tư y tế.") == ["Cơ sở khám bệnh, chữa bệnh"]
    assert assignees("Các chi bộ tổ chức sinh hoạt chuyên đề.") == ["Các chi bộ"]
    assert assignees("Ban Giám hiệu chỉ đạo các tổ chuyên môn thực hiện.") == ["Ban Giám hiệu"]
    assert assignees("Tổ chuyên môn xây dựng kế hoạch dạy học.") == ["Tổ chuyên môn"]
    assert assignees("Giáo viên chủ nhiệm phối hợp với cha mẹ học sinh.") == ["Giáo viên chủ nhiệm"]
    # Not a body: "cơ sở dữ liệu", "văn phòng phẩm".
    assert assignees("Cơ sở dữ liệu dân cư được cập nhật thường xuyên.") == []
