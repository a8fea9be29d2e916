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


def test_a_body_named_after_a_comma_and_do_carries_the_work_out():
    assert assignees("Tổ chức tập huấn cho cán bộ y tế cơ sở, do Sở Y tế chủ trì thực hiện.") == ["Sở Y tế"]
    assert assignees("Tổ chức hội thi, do Ủy ban nhân dân huyện chủ trì, phối hợp với Huyện đoàn.") == [
        "Ủy ban nhân dân huyện"
    ]
    # Whose document, not who does the work.
    assert assignees("Triển khai các văn bản hướng dẫn, do Sở Y tế ban hành.") == []


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


# A plan whose sections have no numerals: each heading is a line of heading words in capitals (sections.BARE_HEADING).
UNNUMBERED_SECTIONS = """ỦY BAN NHÂN DÂN
HUYỆN BA BỂ
Số: 13/KH-UBND
Ba Bể, ngày 10 tháng 5 năm 2024

KẾ HOẠCH
Phòng, chống thiên tai năm 2024

MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của người dân về phòng, chống thiên tai.
2. Bảo đảm an toàn tính mạng, tài sản của Nhân dân.
**NHIỆM VỤ, GIẢI PHÁP**
1. Kiện toàn Ban Chỉ huy phòng, chống thiên tai các cấp.
2. Phòng Nông nghiệp và Phát triển nông thôn tham mưu xây dựng phương án, hoàn thành trước ngày 30/6/2024.
## TỔ CHỨC THỰC HIỆN
1. Phòng Tài chính - Kế hoạch bố trí kinh phí.
2. Ủy ban nhân dân các xã, thị trấn triển khai thực hiện.
KINH PHÍ
1. Từ nguồn ngân sách huyện.

Nơi nhận:
- Lưu: VT.
"""


def test_unnumbered_section_headings_open_sections():
    got = [(t.section, t.text_start, t.assigned_to, t.deadline) for t in find_tasks(make_text(UNNUMBERED_SECTIONS), Header())]
    # The purpose items and the funding item are no tasks; the content and organisation items are.
    assert got == [
        ("1", "Kiện toàn Ban Chỉ huy phòng, chống thiên tai các cấp.", [], None),
        ("2", "Phòng Nông nghiệp và Phát triển nông thôn tham mưu xây dựng phương án, hoàn",
         ["Phòng Nông nghiệp và Phát triển nông thôn"], "2024-06-30"),
        ("1", "Phòng Tài chính - Kế hoạch bố trí kinh phí.", ["Phòng Tài chính - Kế hoạch"], None),
        ("2", "Ủy ban nhân dân các xã, thị trấn triển khai thực hiện.", ["Ủy ban nhân dân các xã, thị trấn"], None),
    ]


def test_one_line_of_heading_words_is_no_outline():
    # A Chỉ thị without headings: one line in capitals alone does not make its items a section's.
    doc = """THỦ TƯỚNG CHÍNH PHỦ
Số: 05/CT-TTg
Hà Nội, ngày 10 tháng 3 năm 2024

CHỈ THỊ
Về việc tăng cường công tác phòng, chống dịch bệnh

Để tiếp tục phòng, chống dịch bệnh, Thủ tướng Chính phủ yêu cầu:
1. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ theo chức năng, nhiệm vụ được giao:
a) Tổ chức quán triệt nội dung Chỉ thị này.
b) Kiểm tra, giám sát việc thực hiện.
2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chỉ đạo triển khai các biện pháp phòng, chống dịch.
TỔ CHỨC THỰC HIỆN
3. Bộ Y tế chủ trì, phối hợp với các bộ, ngành hướng dẫn chuyên môn, hoàn thành trước ngày 30/6/2024.
4. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Chỉ thị này./.

Nơi nhận:
- Lưu: VT.
"""
    got = [(t.section, t.assigned_to) for t in find_tasks(make_text(doc), Header())]
    assert got == [
        ("1", ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"]),
        ("2", ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),
        ("3", ["Bộ Y tế"]),
        ("4", ["Văn phòng Chính phủ"]),
    ]


# A plan whose sections are numbered as items, their titles in capitals, its tasks their sub-items (a copy that lost
# the Roman numerals: "1. MỤC ĐÍCH, YÊU CẦU" / "2. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU" / "2.1. …").
SECTIONS_AS_ITEMS = """ỦY BAN NHÂN DÂN
TỈNH TUYÊN QUANG
Số: 186/KH-UBND
Tuyên Quang, ngày 30 tháng 9 năm 2022

KẾ HOẠCH
Thực hiện Nghị quyết số 96/NQ-CP ngày 01/8/2022 của Chính phủ

1. MỤC ĐÍCH, YÊU CẦU
a) Cụ thể hóa các mục tiêu và những nhiệm vụ, giải pháp chủ yếu.
b) Triển khai đồng bộ, hiệu quả các nhiệm vụ, giải pháp.
2. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU
2.1. Đổi mới tư duy, nâng cao nhận thức. Sở Thông tin và Truyền thông chủ trì tuyên truyền.
2.2. Hoàn thiện thể chế, chính sách (Giao Sở Tư pháp chủ trì).
3. TỔ CHỨC THỰC HIỆN
a) Sở Kế hoạch và Đầu tư theo dõi, đôn đốc, tổng hợp.
b) Các sở, ban, ngành triển khai thực hiện.

Nơi nhận:
- Lưu: VT.
"""


def test_sections_numbered_as_items_give_their_sub_items():
    got = [(t.section, t.assigned_to) for t in find_tasks(make_text(SECTIONS_AS_ITEMS), Header())]
    assert got == [
        ("2.1", ["Sở Thông tin và Truyền thông"]),
        ("2.2", ["Sở Tư pháp"]),
        ("3.a", ["Sở Kế hoạch và Đầu tư"]),
        ("3.b", ["Các sở, ban, ngành"]),
    ]


def test_an_item_in_lower_case_keeps_its_sub_items():
    # A Chỉ thị's directive to a body with lettered points: one task (the held-out conventions: sub-items belong to
    # their parent), even when its first words are kind words ("Công tác …").
    doc = """ỦY BAN NHÂN DÂN
TỈNH BẮC KẠN
Số: 07/CT-UBND
Bắc Kạn, ngày 10 tháng 3 năm 2024

CHỈ THỊ
Về tăng cường công tác cải cách hành chính

Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Công tác tuyên truyền: Sở Thông tin và Truyền thông chủ trì:
a) Tuyên truyền trên báo, đài.
b) Xây dựng chuyên mục cải cách hành chính.
2. NỘI DUNG KIỂM TRA
a) Sở Nội vụ kiểm tra công tác cải cách hành chính.
3. Sở Nội vụ theo dõi, đôn đốc việc thực hiện Chỉ thị này./.

Nơi nhận:
- Lưu: VT.
"""
    got = [t.section for t in find_tasks(make_text(doc), Header())]
    assert got == ["1", "2", "3"]  # one title in capitals alone is no outline


# A commune's plan whose sections list bullets, no numbered item.
BULLETED = """ỦY BAN NHÂN DÂN
XÃ LƯƠNG SƠN
Số: 12/KH-UBND
Lương Sơn, ngày 10 tháng 5 năm 2024

KẾ HOẠCH
Tổ chức Tháng hành động vì an toàn thực phẩm năm 2024

I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao nhận thức của người sản xuất, kinh doanh thực phẩm.
II. NỘI DUNG HOẠT ĐỘNG
- Tổ chức tuyên truyền trên hệ thống loa truyền thanh xã.
- Kiểm tra các cơ sở kinh doanh thực phẩm trên địa bàn, hoàn thành trước ngày 30/5/2024.
III. TỔ CHỨC THỰC HIỆN
- Công chức Văn hóa - Xã hội tham mưu xây dựng kế hoạch.
- Trạm Y tế xã chủ trì kiểm tra.
+ Phối hợp với các thôn tổ chức kiểm tra.
IV. KINH PHÍ
- Từ nguồn ngân sách xã.

Nơi nhận:
- Lưu: VT.
"""


def test_a_section_of_bullets_gives_one_task_per_bullet():
    got = [(t.section, t.assigned_to, t.deadline) for t in find_tasks(make_text(BULLETED), Header())]
    assert got == [
        ("II.1", [], None),
        ("II.2", [], "2024-05-30"),
        ("III.1", ["Công chức Văn hóa - Xã hội"], None),
        ("III.2", ["Trạm Y tế xã"], None),  # its "+" point is its own
    ]


def test_an_articles_bullets_are_no_section_of_bullets(corpus_dir):
    # corpus 062: "Điều 2. Nhiệm vụ của Tổ tiếp công dân …" / "- …": an article's bullets are no tasks, and its Điều 3
    # that gives the execution to bodies stays the task.
    text = make_text((corpus_dir / "062.txt").read_text(encoding="utf-8"))
    got = [(t.section, t.assigned_to) for t in find_tasks(text, Header())]
    assert got == [("Điều 3", ["Ban Thường trực Ủy ban Mặt trận Tổ quốc xã",
                               "Các bộ phận chuyên môn thuộc Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam xã"])]



# A provincial plan whose sections head their paragraphs with unnumbered subheadings in bold or as markdown headings.
SUBHEADED = """ỦY BAN NHÂN DÂN
TỈNH BẮC KẠN
Số: 121/KH-UBND
Bắc Kạn, ngày 10 tháng 5 năm 2024

KẾ HOẠCH
Thực hiện Chương trình hành động của Tỉnh ủy

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả công tác.

II. NHIỆM VỤ VÀ GIẢI PHÁP
Để thực hiện thắng lợi Chương trình hành động, tập trung các nhiệm vụ sau:
**Tuyên truyền, nâng cao nhận thức**
Các sở, ngành tổ chức tuyên truyền sâu rộng trong cán bộ, nhân dân.
### Hoàn thiện cơ chế, chính sách
Sở Tư pháp chủ trì rà soát các văn bản quy phạm pháp luật, hoàn thành trước ngày 30/9/2024.

III. TỔ CHỨC THỰC HIỆN
**Sở Y tế**
Chủ trì theo dõi việc thực hiện Kế hoạch.
**Sở Tài chính:**
Bố trí kinh phí thực hiện.

IV. KINH PHÍ
**Ngân sách tỉnh**
Bảo đảm theo phân cấp.
**Nguồn xã hội hóa**
Huy động các nguồn hợp pháp.

Nơi nhận:
- Lưu: VT.
"""


def test_unnumbered_subheadings_open_a_sections_items():
    got = [(t.section, t.text_start, t.assigned_to, t.deadline) for t in find_tasks(make_text(SUBHEADED), Header())]
    assert got == [
        ("II.1", "Tuyên truyền, nâng cao nhận thức", ["Các sở, ngành"], None),
        ("II.2", "Hoàn thiện cơ chế, chính sách", ["Sở Tư pháp"], "2024-09-30"),
        ("III.1", "Sở Y tế", ["Sở Y tế"], None),
        ("III.2", "Sở Tài chính:", ["Sở Tài chính"], None),
    ]


def test_emphasis_in_a_sections_paragraph_opens_no_item():
    doc = SUBHEADED.replace(
        "Để thực hiện thắng lợi Chương trình hành động, tập trung các nhiệm vụ sau:",
        "Các sở, ngành tập trung thực hiện Chương trình hành động trong năm 2024.",
    )
    got = [t.section for t in find_tasks(make_text(doc), Header())]
    assert got == ["III.1", "III.2"]  # section II opens with its own paragraph: its bold lines are emphasis


def test_a_heading_wrapped_in_lower_case_keeps_its_kind():
    # A PDF's line break in a heading not set in capitals: "III. Tổ chức" / "thực hiện".
    doc = """ỦY BAN NHÂN DÂN
HUYỆN BA BỂ
Số: 15/KH-UBND
Ba Bể, ngày 10 tháng 5 năm 2024

KẾ HOẠCH
Phòng, chống thiên tai năm 2024

I. Mục đích, yêu cầu
1. Nâng cao nhận thức của người dân.
II. Nhiệm vụ và giải
pháp chủ yếu
1. Kiện toàn Ban Chỉ huy phòng, chống thiên tai các cấp.
III. Tổ chức
thực hiện
1. Phòng Tài chính - Kế hoạch bố trí kinh phí.
2. Ủy ban nhân dân các xã, thị trấn triển khai thực hiện.
IV. Kinh
phí thực hiện
1. Từ nguồn ngân sách huyện.

Nơi nhận:
- Lưu: VT.
"""
    got = [(t.section, t.assigned_to) for t in find_tasks(make_text(doc), Header())]
    assert got == [
        ("II.1", []),
        ("III.1", ["Phòng Tài chính - Kế hoạch"]),
        ("III.2", ["Ủy ban nhân dân các xã, thị trấn"]),
    ]


# A commune's plan numbered with slashes: "II/ NỘI DUNG", "1/ …", "a/ …".
SLASHED = """ỦY BAN NHÂN DÂN
XÃ LƯƠNG SƠN
Số: 16/KH-UBND
Lương Sơn, ngày 10 tháng 5 năm 2024
V/V TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI

KẾ HOẠCH
Phòng, chống thiên tai năm 2024

I/ MỤC ĐÍCH, YÊU CẦU
1/ Nâng cao nhận thức của người dân.
II/ NỘI DUNG
1/ Kiện toàn Ban Chỉ huy phòng, chống thiên tai xã.
2/ Công an xã chủ trì bảo đảm an ninh trật tự, hoàn thành trước ngày 30/6/2024.
III/ TỔ CHỨC THỰC HIỆN
1/ Công chức Địa chính - Xây dựng tham mưu:
a/ Xây dựng phương án ứng phó.
b/ Kiểm tra đê điều trước mùa mưa bão.
2/ Các thôn, bản triển khai thực hiện.

Nơi nhận:
- Lưu: VT.
"""


def test_slashed_numbering_opens_headings_and_items():
    got = [(t.section, t.assigned_to, t.deadline) for t in find_tasks(make_text(SLASHED), Header())]
    assert got == [
        ("II.1", [], None),
        ("II.2", ["Công an xã"], "2024-06-30"),
        ("III.1", ["Công chức Địa chính - Xây dựng"], None),
        ("III.2", ["Các thôn, bản"], None),
    ]


def test_a_date_or_about_line_is_no_slashed_marker():
    from vanban.loaders.sections import NUMBER_MARKER, ROMAN_MARKER

    assert NUMBER_MARKER.match("15/ 11/2024 tổ chức hội nghị") is None
    assert NUMBER_MARKER.match("1/2024 các đơn vị") is None
    assert ROMAN_MARKER.match("V/V TRIỂN KHAI CÔNG TÁC") is None
    assert NUMBER_MARKER.match("1/ Kiện toàn Ban Chỉ huy").group(1) == "1"


def test_sections_numbered_as_items_in_lower_case_give_their_points():
    doc = """ỦY BAN NHÂN DÂN
XÃ LƯƠNG SƠN
Số: 17/KH-UBND
Lương Sơn, ngày 10 tháng 5 năm 2024

KẾ HOẠCH
Phòng, chống thiên tai năm 2024

1. Mục đích, yêu cầu
a) Nâng cao nhận thức của người dân.
2. Nhiệm vụ, giải pháp
a) Kiện toàn Ban Chỉ huy phòng, chống thiên tai xã.
b) Công an xã chủ trì bảo đảm an ninh trật tự.
3. Tổ chức thực hiện:
a) Công chức Địa chính - Xây dựng tham mưu.
b) Các thôn, bản triển khai thực hiện.

Nơi nhận:
- Lưu: VT.
"""
    got = [(t.section, t.assigned_to) for t in find_tasks(make_text(doc), Header())]
    assert got == [
        ("2.a", []),
        ("2.b", ["Công an xã"]),
        ("3.a", ["Công chức Địa chính - Xây dựng"]),
        ("3.b", ["Các thôn, bản"]),
    ]


def test_a_directive_to_a_body_with_points_stays_one_task():
    # "2. Nhiệm vụ của Sở Y tế" names a body: a Chỉ thị's directive, its points its own.
    doc = """ỦY BAN NHÂN DÂN
TỈNH BẮC KẠN
Số: 08/CT-UBND
Bắc Kạn, ngày 10 tháng 3 năm 2024

CHỈ THỊ
Về tăng cường công tác y tế dự phòng

Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Mục đích
a) Chủ động phòng, chống dịch bệnh.
2. Nhiệm vụ của Sở Y tế
a) Chủ trì hướng dẫn chuyên môn.
b) Kiểm tra, giám sát.
3. Ủy ban nhân dân các huyện triển khai thực hiện./.

Nơi nhận:
- Lưu: VT.
"""
    got = [t.section for t in find_tasks(make_text(doc), Header())]
    assert got == ["2", "3"]


def test_a_bold_number_alone_on_its_line_opens_an_item():
    doc = """ỦY BAN NHÂN DÂN
TỈNH BẮC KẠN
Số: 140/KH-UBND
Bắc Kạn, ngày 10 tháng 5 năm 2024

**KẾ HOẠCH**
**Thực hiện công tác cải cách hành chính năm 2024**

**I. MỤC ĐÍCH, YÊU CẦU**
Nâng cao hiệu quả công tác cải cách hành chính.

**II. NHIỆM VỤ**

**1**

**Cải cách thể chế**

Sở Tư pháp chủ trì rà soát văn bản quy phạm pháp luật.

**2**

**Cải cách thủ tục hành chính**

Văn phòng Ủy ban nhân dân tỉnh chủ trì kiểm soát thủ tục hành chính.

Nơi nhận:
- Lưu: VT.
"""
    got = [(t.section, t.text_start, t.assigned_to) for t in find_tasks(make_text(doc), Header())]
    assert got == [
        ("II.1", "Cải cách thể chế", ["Sở Tư pháp"]),
        ("II.2", "Cải cách thủ tục hành chính", ["Văn phòng Ủy ban nhân dân tỉnh"]),
    ]


def test_a_page_number_or_a_table_cell_is_no_bold_number_line():
    from vanban.loaders.sections import BOLD_NUMBER_LINE

    assert BOLD_NUMBER_LINE.fullmatch("85") is None
    assert BOLD_NUMBER_LINE.fullmatch("| **1** | Xây dựng Đề án | Sở Nội vụ |") is None
    assert BOLD_NUMBER_LINE.fullmatch("**2**").group(1) == "2"


# A Tỉnh ủy's Chương trình hành động whose parts are named by ordinals, their titles on the next line.
ORDINAL_PARTS = """TỈNH ỦY BẮC KẠN
Số: 25-CTr/TU
Bắc Kạn, ngày 10 tháng 5 năm 2024

CHƯƠNG TRÌNH HÀNH ĐỘNG
Thực hiện Nghị quyết số 29-NQ/TW của Ban Chấp hành Trung ương

PHẦN THỨ NHẤT
TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN
1. Các cấp ủy đã quán triệt Nghị quyết.
2. Công tác tuyên truyền đạt nhiều kết quả.
PHẦN THỨ HAI
NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU
1. Tăng cường sự lãnh đạo của các cấp ủy đảng.
2. Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền.
Phần thứ ba: TỔ CHỨC THỰC HIỆN
1. Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện.

Nơi nhận:
- Lưu: VT.
"""


def test_parts_named_by_ordinals_are_sections():
    got = [(t.section, t.text_start) for t in find_tasks(make_text(ORDINAL_PARTS), Header())]
    # The assessment's items are no tasks; the last item of part II stops before "PHẦN THỨ BA".
    assert got == [
        ("II.1", "Tăng cường sự lãnh đạo của các cấp ủy đảng."),
        ("II.2", "Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền."),
        ("III.1", "Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch"),
    ]


def test_items_numbered_through_the_sections_are_read():
    doc = """ỦY BAN NHÂN DÂN
TỈNH BẮC KẠN
Số: 151/KH-UBND
Bắc Kạn, ngày 10 tháng 5 năm 2024

KẾ HOẠCH
Thực hiện công tác phòng, chống dịch bệnh năm 2024

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của người dân.
2. Bảo đảm hiệu quả, thiết thực.
II. NỘI DUNG
3. Tổ chức tuyên truyền trên các phương tiện thông tin đại chúng.
4. Tổ chức kiểm tra, giám sát.
III. TỔ CHỨC THỰC HIỆN
5. Sở Y tế chủ trì thực hiện.
6. Sở Tài chính bố trí kinh phí.
8. Ủy ban nhân dân các huyện triển khai thực hiện.

Nơi nhận:
- Lưu: VT.
"""
    got = [(t.section, t.assigned_to) for t in find_tasks(make_text(doc), Header())]
    assert got == [
        ("II.3", []),
        ("II.4", []),
        ("III.5", ["Sở Y tế"]),
        ("III.6", ["Sở Tài chính"]),
        ("III.8", ["Ủy ban nhân dân các huyện"]),  # one number left out (sections._accepts)
    ]


def test_a_sections_first_item_whose_number_was_lost_is_read():
    doc = """ỦY BAN NHÂN DÂN
TỈNH BẮC KẠN
Số: 152/KH-UBND
Bắc Kạn, ngày 10 tháng 5 năm 2024

KẾ HOẠCH
Thực hiện công tác phòng, chống dịch bệnh năm 2024

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của người dân.
II. NỘI DUNG
Tổ chức tuyên truyền trên các phương tiện thông tin đại chúng.
2. Tổ chức kiểm tra, giám sát.
3. Sở Y tế chủ trì thực hiện, hoàn thành trước ngày 30/6/2024.

Nơi nhận:
- Lưu: VT.
"""
    got = [(t.section, t.text_start, t.deadline) for t in find_tasks(make_text(doc), Header())]
    assert got == [
        ("II.1", "Tổ chức tuyên truyền trên các phương tiện thông tin đại chúng.", None),
        ("II.2", "Tổ chức kiểm tra, giám sát.", None),
        ("II.3", "Sở Y tế chủ trì thực hiện, hoàn thành trước ngày 30/6/2024.", "2024-06-30"),
    ]


def test_a_two_in_a_wrapped_sentence_opens_no_list():
    doc = """ỦY BAN NHÂN DÂN
TỈNH BẮC KẠN
Số: 153/KH-UBND
Bắc Kạn, ngày 10 tháng 5 năm 2024

KẾ HOẠCH
Thực hiện công tác năm 2024

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của người dân.
II. NỘI DUNG
Tổ chức tuyên truyền các nội dung theo Phụ lục
2. Danh mục kèm theo Kế hoạch này.

Nơi nhận:
- Lưu: VT.
"""
    assert find_tasks(make_text(doc), Header()) == []


# A Huyện ủy's plan numbered in the Party's style: "I- …", "1- …".
DASHED = """HUYỆN ỦY BA BỂ
Số: 45-KH/HU
Ba Bể, ngày 10 tháng 5 năm 2024

KẾ HOẠCH
Thực hiện Chỉ thị số 25-CT/TW của Ban Bí thư

I- MỤC ĐÍCH, YÊU CẦU
1- Quán triệt sâu sắc nội dung Chỉ thị.
II- NHIỆM VỤ, GIẢI PHÁP
1- Các cấp ủy, tổ chức đảng tăng cường lãnh đạo, chỉ đạo thực hiện Kết luận số
01- KL/TW của Bộ Chính trị.
2- Ban Tuyên giáo Huyện ủy chủ trì tuyên truyền.
III- TỔ CHỨC THỰC HIỆN
1- Văn phòng Huyện ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Huyện ủy.

Nơi nhận:
- Lưu: VT.
"""


def test_dashed_numbering_opens_items():
    got = [(t.section, t.assigned_to) for t in find_tasks(make_text(DASHED), Header())]
    assert got == [
        ("II.1", ["Các cấp ủy, tổ chức đảng"]),  # "01- KL/TW" wrapped at the line start is its symbol, not an item
        ("II.2", ["Ban Tuyên giáo Huyện ủy"]),
        ("III.1", ["Văn phòng Huyện ủy"]),
    ]


def test_the_partys_staff_organs_are_one_name():
    got = assignees("Các cơ quan tham mưu, giúp việc Huyện ủy tham mưu Ban Thường vụ Huyện ủy chỉ đạo.", opening=True)
    assert got == ["Các cơ quan tham mưu, giúp việc Huyện ủy"]
    # Without "giúp việc", "tham mưu" is the verb.
    assert assignees("Các cơ quan tham mưu xây dựng kế hoạch.", opening=True) == ["Các cơ quan"]


def test_sub_numbered_items_under_their_heading_are_its_items():
    doc = """ỦY BAN NHÂN DÂN
TỈNH BẮC KẠN
Số: 160/KH-UBND
Bắc Kạn, ngày 10 tháng 5 năm 2024

KẾ HOẠCH
Thực hiện công tác cải cách hành chính năm 2024

I. MỤC ĐÍCH, YÊU CẦU
1.1. Nâng cao hiệu quả.
II. NHIỆM VỤ TRỌNG TÂM
2.1. Tổ chức tuyên truyền về cải cách hành chính.
2.2. Sở Nội vụ chủ trì kiểm tra công tác cải cách hành chính.
III. TỔ CHỨC THỰC HIỆN
3.1. Sở Tài chính bố trí kinh phí.

Nơi nhận:
- Lưu: VT.
"""
    got = [(t.section, t.assigned_to) for t in find_tasks(make_text(doc), Header())]
    assert got == [("2.1", []), ("2.2", ["Sở Nội vụ"]), ("3.1", ["Sở Tài chính"])]


# A Chương trình hành động of Chính phủ whose points are headed by the bodies that carry them out (written in the style
# of such programmes): "a) Các bộ, cơ quan ngang bộ, …" / "- …".
GROUPED = """CHÍNH PHỦ
Số: 90/NQ-CP
Hà Nội, ngày 08 tháng 4 năm 2026

CHƯƠNG TRÌNH HÀNH ĐỘNG
Thực hiện Kết luận của Ban Chấp hành Trung ương về cải cách hành chính

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
a) Xác định các nhiệm vụ chủ yếu.
II. NHIỆM VỤ, GIẢI PHÁP
1. Đẩy mạnh phân cấp, phân quyền gắn với cải cách thủ tục
hành chính
a) Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực
thuộc trung ương
- Rà soát, đề xuất sửa đổi các quy định về phân cấp.
- Đơn giản hóa thủ tục hành chính.
b) Bộ Tư pháp chủ trì, phối hợp với các cơ quan liên quan hướng dẫn.
2. Nâng cao chất lượng đội ngũ cán bộ, công chức
a) Công tác đào tạo, bồi dưỡng
- Tổ chức các lớp bồi dưỡng kỹ năng số.
III. TỔ CHỨC THỰC HIỆN
1. Bộ Nội vụ theo dõi, đôn đốc việc thực hiện Chương trình hành động./.

Nơi nhận:
- Lưu: VT.
"""


def test_a_points_heading_names_their_doers():
    got = [(t.section, t.assigned_to) for t in find_tasks(make_text(GROUPED), Header())]
    assert got == [
        ("II.1", ["Các bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Bộ Tư pháp"]),
        ("II.2", []),  # a topic heads its points, no body
        ("III.1", ["Bộ Nội vụ"]),
    ]


def test_a_reports_bullets_are_no_tasks():
    doc = BULLETED.replace("KẾ HOẠCH\nTổ chức Tháng hành động", "BÁO CÁO\nKết quả Tháng hành động")
    assert find_tasks(make_text(doc), Header(doc_type="Báo cáo")) == []
    assert len(find_tasks(make_text(BULLETED), Header(doc_type="Kế hoạch"))) == 4
