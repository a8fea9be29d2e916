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
    # The appendix's table, written one cell per line, is a task table too (round 17: task_tables._vertical_tasks),
    # but an appendix's rows are tasks only when the plan sets no other (session 8).
    assert [(t.section, t.assigned_to) for t in tasks] == [("IV.1", ["Sở Tài chính"]), ("IV.2", [])]
    assert tasks[1].text.endswith("số liệu lớn./.")
    # The appendix after the end mark is no part of the body; since round 22 a report in a row of its task table is a duty
    # (corpus 027), its row's lead unit the sender, not the issuer named above the appendix.
    reports = find_reports(text, Header(issuer="Ủy ban nhân dân thành phố Hồ Chí Minh"))
    assert [(r.from_, r.to, r.recurrence) for r in reports] == [
        ("Các sở, ngành, Ủy ban nhân dân xã, phường, đặc khu", "Sở Tài chính", "định kỳ hằng quý")
    ]


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


# A commune Front committee's plan in the style of its copy: paragraphs separated by blank lines, an
# item number left out ("3." then "5."), a label naming the doer with an honorific.
FRONT_PLAN = """KẾ HOẠCH

Thực hiện công tác bầu cử

I. MỤC ĐÍCH, YÊU CẦU

- Thực hiện nghiêm túc, dân chủ, công khai.

II. NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN

1. Xây dựng, ban hành các văn bản hướng dẫn công tác bầu cử

- Thời gian hoàn thành: Tháng 11/2025.

- Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội

- Đơn vị phối hợp: Các đ/c Phó chủ tịch, Trưởng đoàn thể xã.

- Kết quả: Báo cáo theo hướng dẫn của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.

III. TỔ CHỨC THỰC HIỆN

1. Ban Thường trực Ủy ban MTTQ Việt Nam xã

- Chỉ đạo chung công tác bầu cử thuộc trách nhiệm của Ủy ban MTTQ Việt Nam xã.

3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội

- Tham mưu xây dựng, trình Ban Thường trực ban hành Kế hoạch.

5. Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo

- Thực hiện nhiệm vụ theo phân công tại mục II Kế hoạch này.

 7. Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng

- Bảo đảm thông tin liên lạc thông suốt.

8. Ban công tác Mặt trận các thôn trên địa bàn xã

Căn cứ Kế hoạch này, chủ động phối hợp thực hiện công tác bầu cử tại thôn mình.
"""


def test_an_item_number_left_out_still_opens_an_item():
    tasks = find_tasks(make_text(FRONT_PLAN), Header())
    assert [t.section for t in tasks] == ["II.1", "III.1", "III.3", "III.5", "III.7", "III.8"]
    # "Cán bộ …" is a whole heading line (13 words, round 12): its own doer, not III.5's.
    assert tasks[2].assigned_to == ["Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội"]
    assert tasks[3].assigned_to == ["Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo"]


def test_a_twelve_word_heading_before_its_paragraph_is_the_text_start():
    tasks = find_tasks(make_text(FRONT_PLAN), Header())
    assert (tasks[-1].text_start, tasks[-1].assigned_to) == (
        "Ban công tác Mặt trận các thôn trên địa bàn xã", ["Ban công tác Mặt trận các thôn"]
    )


def test_an_office_holder_named_in_a_label_without_the_field_in_charge():
    tasks = find_tasks(make_text(FRONT_PLAN), Header())
    assert tasks[0].assigned_to == ["Phó chủ tịch Thường trực"]
    assert name_at("Chuyên viên phụ trách lĩnh vực Hành chính chủ trì thực hiện", 0)[0] == (
        "Chuyên viên phụ trách lĩnh vực Hành chính"
    )


def test_the_units_a_named_unit_directs_are_not_its_doers():
    # corpus 034 (CT 06/CT-UBND Quảng Trị), item 4 (renumbered 1): the heading names the unit, its paragraph its work.
    body = (
        "II. NHIỆM VỤ\n\n1. Công an tỉnh\n\nChỉ đạo các đơn vị trực thuộc, lực lượng Công an xã tăng cường phối hợp, "
        "hỗ trợ chính quyền địa phương trong công tác tuần tra, kiểm soát.\n\n"
        "2. Công tác kiểm tra, giám sát\n\nBan Thường trực Ủy ban MTTQ xã xây dựng kế hoạch kiểm tra."
    )
    tasks = find_tasks(make_text(_plan(body)), Header())
    assert [(t.section, t.assigned_to) for t in tasks] == [
        ("II.1", ["Công an tỉnh"]),
        ("II.2", ["Ban Thường trực Ủy ban Mặt trận Tổ quốc xã"]),
    ]


def test_a_meetings_participants_are_not_its_doers():
    # A Kế hoạch of a commune Front committee: a conference's participants, then its host.
    body = (
        "II. NỘI DUNG\n\n1. Hội nghị hiệp thương lần thứ nhất.\n\n"
        "- Thời gian: Dự kiến ngày 05/12/2025.\n\n"
        "- Thành phần: Ban Thường trực Ủy ban MTTQ xã; Thường trực HĐND, UBND xã; Ủy ban Bầu cử xã; Đại diện "
        "lãnh đạo các tổ chức thành viên của MTTQ xã; Ban Công tác mặt trận thôn (Chủ trì) và cử tri các thôn.\n\n"
        "- Đơn vị chủ trì: Ban Công tác mặt trận thôn.\n"
    )
    tasks = find_tasks(make_text(_plan(body)), Header())
    assert tasks[0].assigned_to == ["Ban Công tác mặt trận thôn"]
    assert tasks[0].deadline is None
    # A participants' list ends with its bullet: a later clause's doer is read.
    assert assignees("- Thành phần: Thường trực HĐND, UBND xã. - Ủy ban nhân dân xã chuẩn bị hội trường.") == [
        "Ủy ban nhân dân xã"
    ]
