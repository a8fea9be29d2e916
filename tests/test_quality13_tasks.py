"""Tasks and deadlines, round 13: task tables in markdown (one task per row, the lead column its doers,
the time column its deadline), an hour with a prime before a deadline's day. Fragments written in the
style of the documents (a commune's plan with its appendix of tasks, a district hospital's plan, a Công
văn of UBND tỉnh Đắk Nông)."""

from __future__ import annotations

from vanban.loaders.deadlines import find_deadline
from vanban.loaders.records import Header
from vanban.loaders.task_tables import LEAD_HEADER, LEAD_NOT
from vanban.loaders.tasks import find_tasks
from vanban.loaders.text import make_text

# A commune's plan whose tasks are listed in an appendix after the signature, grouped under Roman rows.
COMMUNE_APPENDIX = """KẾ HOẠCH
Cải cách hành chính năm 2025

I. MỤC ĐÍCH, YÊU CẦU

1. Nâng cao chất lượng giải quyết thủ tục hành chính.

II. TỔ CHỨC THỰC HIỆN

1. Văn phòng HĐND và UBND xã chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

**PHỤ LỤC**
**DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025**

| **STT** | **Nội dung nhiệm vụ** | **Đơn vị chủ trì** | **Đơn vị phối hợp** | **Thời gian hoàn thành** |
|---|---|---|---|---|
| **I** | **Cải cách thể chế** | | | |
| 1 | Rà soát, đánh giá các văn bản quy phạm pháp luật do UBND xã ban hành | Công chức Tư pháp - Hộ tịch | Văn phòng HĐND và UBND xã | 30/6/2025 |
| 2 | Tuyên truyền, phổ biến các văn bản pháp luật mới | Phòng Văn hóa - Xã hội | Các ban, ngành, đoàn thể | Thường xuyên |
| **II** | **Cải cách thủ tục hành chính** | | | |
| 3 | Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa | Văn phòng HĐND và UBND xã (chủ trì) | Công an xã | Trước 31/3/2025 |
| 4 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Bộ phận Một cửa | Các công chức chuyên môn | Quý IV/2025 |
| 5 | Thăm, tặng quà gia đình chính sách | UBND xã<br>Hội Cựu chiến binh xã | Các chi bộ | 27/7/2025 |
"""

# A hospital's plan whose content section is a table, its lead column "Khoa/phòng thực hiện".
HOSPITAL_SECTION = """KẾ HOẠCH
Phòng, chống dịch bệnh mùa hè năm 2025

I. MỤC TIÊU

Giảm tỷ lệ mắc và tử vong do dịch bệnh.

II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN

| TT | Nội dung công việc | Khoa/phòng thực hiện | Thời gian thực hiện |
|:--:|---|---|:--:|
| 1 | Xây dựng phương án thu dung, điều trị bệnh nhân | Phòng Kế hoạch tổng hợp | Tháng 4/2025 |
| 2 | Tập huấn phác đồ điều trị cho nhân viên y tế | Khoa Truyền nhiễm | 15/5/2025 |

III. TỔ CHỨC THỰC HIỆN

1. Các khoa, phòng triển khai thực hiện Kế hoạch.
"""

# Tables that list no tasks: a letter's header, a schedule of meetings with no lead column.
NOT_TASK_TABLES = """KẾ HOẠCH
Tổ chức hội nghị

| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
| Số: 141/KH-UBND | Bắc Ninh, ngày 20 tháng 11 năm 2025 |

I. NỘI DUNG

| Ngày | Nội dung | Địa điểm | Thành phần |
|---|---|---|---|
| 20/11 | Hội nghị sơ kết | Hội trường UBND | Các phòng chuyên môn |
"""


def _rows(body: str):
    return [(t.section, t.text_start, t.assigned_to, t.deadline) for t in find_tasks(make_text(body), Header())]


def test_an_appendix_table_gives_one_task_per_row_when_the_plan_sets_no_other():
    # Session 8: the gold conventions count the numbered items of the content and organisation
    # sections; an appendix that details them is neither, so with an item the appendix gives no task.
    assert [r[0] for r in _rows(COMMUNE_APPENDIX)] == ["II.1"]
    only_appendix = COMMUNE_APPENDIX.replace(
        "1. Văn phòng HĐND và UBND xã chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch.", "Các đơn vị thực hiện theo Phụ lục."
    )
    rows = _rows(only_appendix)
    assert rows == [
        # The first fifteen words, as an item's text_start.
        ("PL.1", "Rà soát, đánh giá các văn bản quy phạm pháp luật do UBND xã ban",
         ["Công chức Tư pháp - Hộ tịch"], "2025-06-30"),
        ("PL.2", "Tuyên truyền, phổ biến các văn bản pháp luật mới", ["Phòng Văn hóa - Xã hội"], None),
        ("PL.3", "Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa",
         ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"], "2025-03-31"),
        # A quarter is a period, not a date (as in items).
        ("PL.4", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", ["Bộ phận Một cửa"], None),
        # Two bodies on two lines of one cell.
        ("PL.5", "Thăm, tặng quà gia đình chính sách", ["Ủy ban nhân dân xã", "Hội Cựu chiến binh xã"], "2025-07-27"),
    ]


def test_the_cooperating_column_names_no_doer_and_group_rows_are_no_task():
    tasks = find_tasks(make_text(COMMUNE_APPENDIX), Header())
    doers = {n for t in tasks for n in t.assigned_to}
    assert "Công an xã" not in doers and "Các chi bộ" not in doers
    assert not any(t.text_start.startswith(("Cải cách thể chế", "Cải cách thủ tục")) for t in tasks)


def test_a_table_under_a_heading_takes_its_label_and_a_cell_is_a_whole_name():
    rows = _rows(HOSPITAL_SECTION)
    assert rows[:2] == [
        # "tổng hợp" ends a clause's subject, not a cell's name.
        ("II.1", "Xây dựng phương án thu dung, điều trị bệnh nhân", ["Phòng Kế hoạch tổng hợp"], None),
        ("II.2", "Tập huấn phác đồ điều trị cho nhân viên y tế", ["Khoa Truyền nhiễm"], "2025-05-15"),
    ]
    assert rows[2][0] == "III.1"


def test_tables_without_a_lead_column_list_no_tasks():
    assert _rows(NOT_TASK_TABLES) == []


def test_lead_headers():
    for h in ("đơn vị chủ trì", "cơ quan chủ trì", "chủ trì", "khoa/phòng thực hiện", "người phụ trách", "thực hiện"):
        assert LEAD_HEADER.search(h) and not LEAD_NOT.search(h), h
    for h in ("thời gian thực hiện", "nội dung thực hiện", "đơn vị phối hợp", "kết quả thực hiện"):
        assert not (LEAD_HEADER.search(h) and not LEAD_NOT.search(h)), h


def test_an_hour_with_a_prime_before_the_day():
    # "Báo cáo gửi về Ủy ban nhân dân tỉnh (thông qua Sở Y tế) … chậm nhất 10h00' ngày 27/4/2020." (CV 1974/UBND-KGVX)
    assert find_deadline("chậm nhất 10h00' ngày 27/4/2020.").iso == "2020-04-27"
    assert find_deadline("trước 14h00 ngày 28/4/2020").iso == "2020-04-28"


# A Quyết định of a provincial committee: Điều 2 gives the plan to a department, Điều 3 names who executes it
# (a list wrapped so that a line opens with a dash), written in the style of QĐ 1528/QĐ-UBND of UBND tỉnh Bình Định.
DECISION = """QUYẾT ĐỊNH
Ban hành Kế hoạch thực hiện Chương trình phát triển công tác xã hội

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình phát triển công tác xã hội trên địa bàn tỉnh.

Điều 2. Giao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các cơ quan, đơn vị, địa phương liên quan tổ chức triển khai thực hiện Kế hoạch này.

Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Lao động
- Thương binh và Xã hội, Nội vụ, Tài chính; Chủ tịch UBND các huyện, thị xã, thành phố và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này kể từ ngày ký./.
"""

# Articles of a Quyết định naming who executes it, one wrapped after its first word (corpus 046), one giving it
# to persons as well (corpus 062), one whose bodies execute "căn cứ Quyết định" (QĐ 1209/QĐ-UBND of UBND tỉnh Hà Giang).
EXECUTING = """QUYẾT ĐỊNH:

Điều 1. Thành lập Tổ tiếp công dân phục vụ bầu cử.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

**Điều 3. **Chánh
Văn phòng Ủy ban nhân dân Thành phố, Giám đốc Sở Nông nghiệp và Môi trường, Thủ
trưởng các sở, ban, ngành Thành phố chịu trách nhiệm thi hành
Quyết định này./.

Điều 4. Ban Thường trực Ủy ban MTTQ xã, các bộ phận chuyên môn thuộc Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam xã và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.

Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở, Ban, ngành có liên quan căn cứ Quyết định thi hành.
"""

# A Nghị quyết's article whose items are what the council gives each body (a Nghị quyết of HĐND tỉnh Quảng Ninh).
COUNCIL = """NGHỊ QUYẾT

Điều 1. Quy định nội dung, mức chi bảo đảm hoạt động bầu cử.

Điều 2. Hội đồng nhân dân
tỉnh giao

1.
Ủy ban nhân dân tỉnh tổ chức triển khai
thực hiện Nghị quyết.

2.
Thường trực, các ban, các tổ đại biểu
Hội đồng nhân dân tỉnh giám sát việc thực
hiện Nghị quyết.
"""


def test_a_decisions_articles_that_give_its_execution_are_tasks():
    rows = _rows(DECISION)
    assert rows == [
        ("Điều 2", "Giao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với",
         ["Sở Lao động - Thương binh và Xã hội"], None),
        # The dash line continues "Lao động - Thương binh và Xã hội" (round 15; was cut at "Lao động", "Giám đốc các Sở").
        ("Điều 3", "Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Lao động - Thương binh và",
         ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Lao động - Thương binh và Xã hội", "Giám đốc Sở Nội vụ",
          "Giám đốc Sở Tài chính", "Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố",
          "Thủ trưởng các cơ quan liên quan"], None),
    ]


def test_executing_articles_and_their_doers():
    rows = _rows(EXECUTING)
    # Điều 1 and Điều 2 name no executing body: no task.
    assert [r[0] for r in rows] == ["Điều 3", "Điều 4", "Điều 5"]
    # An article wrapped after its first word is one sentence, not a heading line.
    assert rows[0][1].startswith("Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc Sở")
    assert rows[0][2] == ["Chánh Văn phòng Ủy ban nhân dân Thành phố", "Giám đốc Sở Nông nghiệp và Môi trường",
                          "Thủ trưởng các sở, ban, ngành Thành phố"]
    # The persons named in Điều 1 are no body.
    assert rows[1][2] == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc xã",
                          "Các bộ phận chuyên môn thuộc Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam xã"]
    assert rows[2][2] == ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc các Sở, Ban, ngành"]


def test_a_councils_assignments_are_tasks_and_its_organs_take_its_name():
    rows = _rows(COUNCIL)
    assert rows == [
        ("Điều 2.1", "Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết.", ["Ủy ban nhân dân tỉnh"], None),
        ("Điều 2.2", "Thường trực, các ban, các tổ đại biểu Hội đồng nhân dân tỉnh giám sát",
         ["Thường trực Hội đồng nhân dân tỉnh", "Các ban Hội đồng nhân dân tỉnh", "Các tổ đại biểu Hội đồng nhân dân tỉnh"], None),
    ]


def test_the_deputies_as_a_group_are_a_body_of_their_own():
    from vanban.loaders.parties import assignees

    # Corpus 080: "Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, các đại biểu Hội đồng nhân dân tỉnh
    # giám sát, đôn đốc …".
    assert assignees("Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, các đại biểu Hội đồng nhân dân "
                     "tỉnh giám sát, đôn đốc Ủy ban nhân dân các cấp thực hiện Nghị quyết này.", True) == [
        "Thường trực Hội đồng nhân dân", "Các Ban Hội đồng nhân dân", "Các đại biểu Hội đồng nhân dân tỉnh"]


def test_meetings_are_no_body_and_meeting_ends_a_name():
    from vanban.loaders.parties import assignees, head_at

    # A Quy chế làm việc of UBND huyện Mai Châu: "Các hội nghị" are meetings, not "các hội" (associations).
    assert assignees("Các hội nghị (bao gồm hội nghị triển khai kế hoạch phát triển kinh tế - xã hội);", True) == []
    assert head_at("các hội thảo chuyên đề", 0) is None and head_at("các hội thi", 0) is None
    # Associations and councils are still bodies.
    assert head_at("Các hội, đoàn thể tỉnh", 0) is not None and head_at("các hội đồng", 0) is not None
    assert assignees("Uỷ ban nhân dân huyện họp thường kỳ mỗi tháng một lần.", True) == ["Uỷ ban nhân dân huyện"]
    assert assignees("Chủ tịch Uỷ ban nhân dân huyện triệu tập phiên họp thường kỳ của Uỷ ban nhân dân huyện.", True) == [
        "Chủ tịch Uỷ ban nhân dân huyện"]


def test_lower_case_office_holders_and_the_kinds_concerned_are_bodies_of_their_own():
    from vanban.loaders.parties import split_names

    # QĐ 15/2006/QĐ-UBND of UBND tỉnh Hưng Yên, Điều 3.
    assert split_names("Chánh Văn phòng UBND tỉnh, thủ trưởng các sở, ban, ngành") == [
        "Chánh Văn phòng UBND tỉnh", "thủ trưởng các sở, ban, ngành"]
    # QĐ 18/2016/QĐ-UBND of UBND tỉnh Hà Giang, Điều 3.
    assert split_names("Chủ tịch Ủy ban nhân dân các huyện, thành phố Hà Giang và cơ quan, tổ chức, cá nhân") == [
        "Chủ tịch Ủy ban nhân dân các huyện, thành phố Hà Giang", "cơ quan, tổ chức, cá nhân"]
    # A place in a body's name stays: no office-holder, no kinds with persons.
    assert split_names("Ủy ban nhân dân các huyện, thành phố") == ["Ủy ban nhân dân các huyện, thành phố"]
    assert split_names("Sở Nông nghiệp và Phát triển nông thôn") == ["Sở Nông nghiệp và Phát triển nông thôn"]


def test_a_committee_for_the_advancement_of_women_is_a_body():
    from vanban.loaders.parties import assignees

    # QĐ 55/2007 of UBND tỉnh Ninh Thuận, Điều 2, item 2.
    assert assignees("Ban vì sự tiến bộ phụ nữ các sở, ban, ngành, huyện, thị xã căn cứ Kế hoạch hành động của tỉnh "
                     "và tình hình thực tế, tiến hành xây dựng Kế hoạch hành động.", True) == [
        "Ban vì sự tiến bộ phụ nữ các sở, ban, ngành, huyện, thị xã"]


def test_a_health_station_is_a_body():
    from vanban.loaders.parties import assignees

    # A Công văn of UBND xã on summer epidemics, item 2.
    assert assignees("Trạm Y tế xã chuẩn bị đầy đủ cơ số thuốc, vật tư y tế phục vụ công tác dự phòng.", True) == ["Trạm Y tế xã"]
    assert assignees("trạm dừng nghỉ được bố trí", True) == []


# A Quyết định copied from a web page that wraps after the article word (QĐ 06/2015/QĐ-UBND of UBND tỉnh Lào Cai).
WRAPPED_ARTICLES = """QUYẾT ĐỊNH:
Điều
1. Ban hành kèm theo Quyết định này Quy định quản lý hoạt động
tuyên truyền của các cơ quan, đơn vị thuộc tỉnh Lào Cai.
Điều
2. Quyết định
này có hiệu lực thi hành sau 10 ngày kể từ ngày ký ban hành.
Điều
3. Chánh Văn
phòng UBND tỉnh; Giám đốc Sở Thông tin và Truyền thông; Chủ tịch UBND các huyện,
thành phố chịu trách nhiệm thi hành Quyết định
này./.
"""


def test_an_article_word_alone_on_its_line_opens_the_article_numbered_on_the_next():
    from vanban.loaders.sections import outline

    text = make_text(WRAPPED_ARTICLES)
    doc = outline(text)
    assert [(n.kind, n.label) for n in doc.walk() if n.kind != "preamble"] == [
        ("article", "Điều 1"), ("article", "Điều 2"), ("article", "Điều 3")]
    # Not items "1", "2", "3" of a document without headings, whose promulgation and effect were tasks.
    assert _rows(WRAPPED_ARTICLES) == [
        ("Điều 3", "Chánh Văn phòng UBND tỉnh; Giám đốc Sở Thông tin và Truyền thông; Chủ tịch",
         ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Thông tin và Truyền thông",
          "Chủ tịch Ủy ban nhân dân các huyện, thành phố"], None)]
    # The article's title is read on the line of its number.
    organised = outline(make_text(WRAPPED_ARTICLES + "Điều\n4. Tổ chức thực hiện\n1. Sở Nội vụ chủ trì hướng dẫn.\n"))
    assert [n.section_kind for n in organised.nodes if n.label == "Điều 4"] == ["organisation"]


# An article's title alone on the line after its marker, its items after it (a Quy định of UBND tỉnh Bình Phước).
TITLE_ON_NEXT_LINE = """QUY ĐỊNH
Điều 1. Phạm
vi và đối tượng điều chỉnh
1. Quy định này quy định về công tác văn thư trên địa bàn tỉnh.
Điều 2.
Trách nhiệm đối với công tác văn thư
1. Thủ trưởng các cơ quan, tổ chức
trong phạm vi quyền hạn của mình có trách nhiệm chỉ đạo thực hiện công tác văn
thư.
2. Cán bộ, công chức, viên chức
trong quá trình theo dõi giải quyết công việc liên quan đến công tác văn thư phải
thực hiện nghiêm chỉnh các quy định về công tác văn thư.
Điều 3.
Ban hành kèm theo Quyết định này Quy chế công tác văn thư,
lưu trữ của các cơ quan.
"""


def test_an_articles_title_on_the_line_after_its_marker_names_its_kind():
    from vanban.loaders.sections import outline

    doc = outline(make_text(TITLE_ON_NEXT_LINE))
    kinds = {n.label: (n.title, n.section_kind) for n in doc.nodes}
    assert kinds["Điều 2"] == ("Trách nhiệm đối với công tác văn thư", "organisation")
    # A sentence running on after the marker line, no item after it: no title.
    assert kinds["Điều 3"] == ("", None)
    assert _rows(TITLE_ON_NEXT_LINE) == [
        ("Điều 2.1", "Thủ trưởng các cơ quan, tổ chức trong phạm vi quyền hạn của mình có",
         ["Thủ trưởng các cơ quan, tổ chức"], None),
        ("Điều 2.2", "Cán bộ, công chức, viên chức trong quá trình theo dõi giải quyết công việc",
         ["Cán bộ, công chức, viên chức"], None),
    ]


# One column for both roles: "Đơn vị thực hiện" holding the lead and the cooperating units.
BOTH_ROLES = """KẾ HOẠCH
Chuyển đổi số năm 2025

II. NHIỆM VỤ

| STT | Nhiệm vụ | Đơn vị thực hiện | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Số hóa hồ sơ hộ tịch | Chủ trì: Phòng Nội vụ; Phối hợp: các phòng chuyên môn | 30/9/2025 |
| 2 | Tuyên truyền chuyển đổi số | Phòng Văn hóa - Xã hội chủ trì; Công an xã, Đoàn Thanh niên phối hợp | Trước ngày 15/10/2025 |
| 3 | Cấp chữ ký số | Phòng Nội vụ chủ trì, các phòng liên quan phối hợp | Năm 2025 |
"""


def test_a_cell_naming_both_roles_gives_the_lead_only():
    assert [(t.section, t.assigned_to, t.deadline) for t in find_tasks(make_text(BOTH_ROLES), Header())] == [
        ("II.1", ["Phòng Nội vụ"], "2025-09-30"),
        ("II.2", ["Phòng Văn hóa - Xã hội"], "2025-10-15"),
        ("II.3", ["Phòng Nội vụ"], None),
    ]


# QĐ 29/2002/QĐ-UB of UBND tỉnh Hưng Yên: an article whose words read as an organisation title ("… tổ chức triển khai
# …") but has no items; the executing clause in a paragraph of the effect article; the head of one office serving two.
GIVEN_BY_ARTICLE = """QUYẾT ĐỊNH

Điều 1: Phê duyệt chương trình chăm sóc và bảo vệ sức khoẻ nhân dân giai đoạn 2001 - 2005.

Điều 2: Giao cho Sở Y tế tổ chức triển khai và phối hợp với các sở ngành có liên quan, các địa phương thực hiện tốt chương trình.

Điều 3: Quyết định có hiệu lực thi hành sau 15 ngày kể từ ngày ký.

Các ông (bà): Chánh văn phòng HĐND và UBND tỉnh, Giám đốc Sở Y tế, Thủ trưởng các sở, ban ngành tỉnh, Chủ tịch UBND các huyện, thị xã căn cứ quyết định thi hành.
"""


def test_an_organisation_article_without_items_that_gives_the_work_is_a_task():
    rows = _rows(GIVEN_BY_ARTICLE)
    assert [(r[0], r[2]) for r in rows] == [
        ("Điều 2", ["Sở Y tế"]),
        ("Điều 3", ["Chánh văn phòng Hội đồng nhân dân và Ủy ban nhân dân tỉnh", "Giám đốc Sở Y tế",
                    "Thủ trưởng các sở, ban ngành tỉnh", "Chủ tịch Ủy ban nhân dân các huyện, thị xã"]),
    ]


def test_the_bodies_worked_with_listed_by_semicolons_are_no_doers():
    from vanban.loaders.parties import assignees

    # Corpus 048, Điều 2.
    assert assignees("Giao Sở Công Thương chủ trì, phối hợp với các Sở, ban, ngành của tỉnh; Ủy ban nhân dân các xã, "
                     "phường; các cơ quan, đơn vị và các doanh nghiệp, hợp tác xã có liên quan triển khai thực hiện Kế "
                     "hoạch này.", True) == ["Sở Công Thương"]
    # A list closed by its verb: the body after the semicolon opens a clause of its own.
    assert assignees("Sở Y tế chủ trì, phối hợp với Sở Tài chính triển khai kế hoạch; Sở Nội vụ hướng dẫn các đơn vị.",
                     True) == ["Sở Y tế", "Sở Nội vụ"]
