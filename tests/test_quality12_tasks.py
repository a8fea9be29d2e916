"""Tasks and their doers, round 12: unit headings longer than twelve words with no verb (an office-holder
and the fields in charge), the deputies of an office named as a group, and the numbered tasks of a Nghị
quyết's article ("… cần tập trung một số nhiệm vụ chủ yếu sau:"). Fragments written in the style of the
documents (a Kế hoạch of a commune Front committee, a Nghị quyết of a provincial HĐND)."""

from __future__ import annotations

from vanban.loaders.parties import assignees, name_at, split_names
from vanban.loaders.records import Header
from vanban.loaders.tasks import TASK_LIST_LEAD, find_tasks
from vanban.loaders.text import make_text

# The organisation section of a commune Front committee's plan: each unit a heading line, its duties bullets.
FRONT_UNITS = """KẾ HOẠCH

Tổ chức các hội nghị hiệp thương

I. MỤC ĐÍCH, YÊU CẦU

- Thực hiện đúng quy định của pháp luật.

II. TỔ CHỨC THỰC HIỆN

1. Ban Thường trực Ủy ban MTTQ Việt Nam xã

- Đồng chí Chủ tịch Ủy ban MTTQ xã chịu trách nhiệm chỉ đạo chung, chủ trì các hội nghị hiệp thương.

2. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội

- Chuẩn bị các điều kiện về cơ sở vật chất, tài liệu.

- Thực hiện chế độ thông tin báo cáo về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.

3. Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng

- Thực hiện nhiệm vụ theo phân công tại mục II Kế hoạch này.

4. Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng và lĩnh vực khác

- Bảo đảm thông tin liên lạc thông suốt, kịp thời giữa Ủy ban MTTQ Việt Nam xã với các cơ quan, tổ chức ở tỉnh.
"""


def test_a_long_unit_heading_before_its_bullets_names_the_doer():
    tasks = find_tasks(make_text(FRONT_UNITS), Header())
    assert [(t.section, t.assigned_to) for t in tasks] == [
        ("II.1", ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Chủ tịch Ủy ban Mặt trận Tổ quốc xã"]),
        ("II.2", ["Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội"]),
        ("II.3", ["Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng"]),
        ("II.4", ["Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng và lĩnh vực khác"]),
    ]


def test_a_long_phrase_is_a_name_only_as_a_heading_line():
    heading = "Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội"
    assert name_at(heading, 0) is None  # a passage that runs on: not read as a name
    assert name_at(heading, 0, heading=True) == (heading, len(heading))
    # Only up to HEADING_NAME_WORDS words: a sentence run together is no heading's name.
    run_on = (
        "Cán bộ, công chức, viên chức và người lao động trong toàn ngành y tế tỉnh Kon Tum năm 2025 gồm các bác sĩ, "
        "y sĩ, điều dưỡng, hộ sinh, kỹ thuật viên, dược sĩ"
    )
    assert name_at(run_on, 0, heading=True) is None
    # A heading with its own predicate still ends the name there.
    assert assignees("Các Phó Giám đốc Sở chỉ đạo các phòng chuyên môn", True, True) == ["Các Phó Giám đốc Sở"]


def test_the_fields_in_charge_are_not_bodies_of_their_own():
    assert split_names("Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng") == [
        "Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng"
    ]
    # Before the fields, a list of bodies still splits.
    assert split_names("Sở Nội vụ, các Hội quần chúng") == ["Sở Nội vụ", "các Hội quần chúng"]


# A Nghị quyết of a provincial HĐND: its first article assesses, its second lists the tasks.
RESOLUTION = """NGHỊ QUYẾT
VỀ TÌNH HÌNH KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM VÀ NHIỆM VỤ 6 THÁNG CUỐI NĂM 2017
HỘI ĐỒNG NHÂN DÂN TỈNH HẬU GIANG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT NGHỊ:
Điều 1. Hội đồng nhân dân tỉnh thống nhất
đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm, với những nội dung chủ yếu sau:
1. Tình hình kinh tế - xã hội tiếp tục có chuyển biến.
2. Thu ngân sách đạt 55% dự toán.
Điều 2. Hội đồng nhân dân tỉnh thống nhất thông qua
phương hướng, nhiệm vụ 6 tháng cuối năm 2017, trong đó cần tập trung một số nhiệm
vụ chủ yếu sau:
1. Thực hiện đồng bộ các giải
pháp nhằm cải thiện môi trường đầu tư. Các sở, ngành và địa
phương chủ động giải quyết nhanh các thủ tục liên quan đến dự án.
2. Tăng cường quản lý đầu
tư và xử lý nợ đọng xây dựng cơ bản.
Điều 3. Hội đồng nhân dân tỉnh giao Ủy ban nhân dân tỉnh tổ chức thực hiện
Nghị quyết.
Nghị quyết này đã được Hội đồng nhân dân tỉnh thông qua ngày 13 tháng 7 năm 2017./.
"""


def test_the_items_of_an_article_listing_tasks_are_tasks():
    tasks = find_tasks(make_text(RESOLUTION), Header())
    assert [(t.section, t.assigned_to) for t in tasks] == [
        ("Điều 2.1", ["Các sở, ngành và địa phương"]),
        ("Điều 2.2", []),
    ]
    assert tasks[0].text_start.startswith("Thực hiện đồng bộ các giải pháp")


def test_a_task_list_lead():
    assert TASK_LIST_LEAD.search("trong đó cần tập trung một số nhiệm vụ chủ yếu sau: ")
    assert TASK_LIST_LEAD.search("Ủy ban nhân dân tỉnh thực hiện các nhiệm vụ, giải pháp trọng tâm như sau:")
    assert not TASK_LIST_LEAD.search("với những nội dung chủ yếu sau:")
    assert not TASK_LIST_LEAD.search("đánh giá kết quả thực hiện nhiệm vụ năm 2017 như sau: tốt")


# A school's plan: a deputy head who signs, the school's youth bodies and parents' board.
SCHOOL_UNITS = """KẾ HOẠCH
Thực hiện giáo dục hòa nhập năm học 2026 - 2027

I. MỤC ĐÍCH, YÊU CẦU
- Bảo đảm quyền học tập của học sinh khuyết tật.

II. NHIỆM VỤ VÀ CÁC BIỆN PHÁP TRỌNG TÂM
1. Điều chỉnh nội dung dạy học và thực hiện miễn, giảm môn học:
- Thẩm quyền quyết định: Căn cứ đề xuất của Tổ chuyên môn và giáo viên chủ nhiệm, Phó Hiệu trưởng Nguyễn Minh Trí ký ban hành Quyết định miễn, giảm hoặc điều chỉnh nội dung môn học cho từng học sinh.

III. TỔ CHỨC THỰC HIỆN
1. Đoàn trường, Đội TNTP và Ban đại diện Cha mẹ học sinh:
- Tuyên truyền, giáo dục học sinh toàn trường tinh thần nhân ái, giúp đỡ bạn khuyết tật.
"""


def test_a_schools_deputy_head_and_bodies_are_doers():
    tasks = find_tasks(make_text(SCHOOL_UNITS), Header())
    assert [(t.section, t.assigned_to) for t in tasks] == [
        ("II.1", ["Phó Hiệu trưởng Nguyễn Minh Trí"]),
        ("III.1", ["Đoàn trường", "Đội TNTP", "Ban đại diện Cha mẹ học sinh"]),
    ]


def test_signing_ends_a_name_but_a_secretary_keeps_it():
    assert assignees("Giám đốc Sở ký duyệt danh sách", True) == ["Giám đốc Sở"]
    assert assignees("Ban Thư ký chuẩn bị tài liệu", True) == ["Ban Thư ký"]
    assert assignees("Đội ngũ cán bộ thực hiện", True) == []  # "đội" heads a name only before a capital


# A Công văn of a ministry: the points of the report, then its closing paragraph and a contact line.
LETTER_WITH_POINTS = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Số: 6435/BGDĐT-CTHSSV
V/v yêu cầu báo cáo công tác chỉ đạo việc may, mua đồng phục của học sinh

Kính gửi: Các sở giáo dục và đào tạo

Bộ Giáo dục và Đào tạo đề nghị các sở giáo dục và đào tạo báo cáo tình hình thực hiện Thông tư 26 theo các nội dung cụ thể sau:

1. Công tác chỉ đạo về việc may, mặc đồng phục năm học 2015 - 2016.

2. Những đề xuất, kiến nghị và ý kiến khác.

Nhận được công văn này, Bộ Giáo dục và Đào tạo đề nghị các sở giáo dục và đào tạo chỉ đạo các cơ sở giáo dục trên địa bàn triển khai thực hiện các nội dung trên, tổng hợp và báo cáo bằng văn bản gửi về Bộ Giáo dục và Đào tạo trước ngày 20/12/2015.

Mọi chi tiết xin liên hệ: Vụ Công tác học sinh, sinh viên - Bộ Giáo dục và Đào tạo, 35 Đại Cồ Việt, Hà Nội, điện thoại: 043.869.4916.

Nơi nhận:
- Như trên;
- Lưu: VT, CTHSSV.
"""


def test_a_letters_closing_paragraph_is_no_part_of_its_last_point():
    tasks = find_tasks(make_text(LETTER_WITH_POINTS), Header())
    assert [(t.section, t.assigned_to, t.deadline) for t in tasks] == [("1", [], None), ("2", [], None)]
    assert tasks[-1].text == "Những đề xuất, kiến nghị và ý kiến khác."


# The last article of a Thể lệ of a ward's Party committee, signed by the contest's board in capitals with
# no "TM."/"KT." line.
RULES_END = """THỂ LỆ
Cuộc thi trực tuyến tìm hiểu Điều lệ Đảng

Điều 1. Đối tượng tham gia
Đảng viên trong Đảng bộ phường.

Điều 2. Tổ chức thực hiện
1. Ban Tổ chức Cuộc thi, Ủy ban Kiểm tra Đảng ủy phường, các cơ quan, đơn vị, tổ chức đảng trực thuộc thực hiện nhiệm vụ theo Kế hoạch.
2. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc hoặc phát sinh nội dung cần điều chỉnh, bổ sung, Ủy ban Kiểm tra Đảng ủy tổng hợp, báo cáo Ban Tổ chức Cuộc thi xem xét, quyết định.

BAN TỔ CHỨC CUỘC THI
"""


def test_a_signature_in_capitals_is_no_doer_and_party_organisations_are_listed():
    tasks = find_tasks(make_text(RULES_END), Header())
    assert [(t.section, t.assigned_to) for t in tasks] == [
        ("Điều 2.1", ["Ban Tổ chức Cuộc thi", "Ủy ban Kiểm tra Đảng ủy phường", "Các cơ quan, đơn vị, tổ chức đảng trực thuộc"]),
        # Not "BAN TỔ CHỨC CUỘC THI": the subject after the long condition (round 15; was []).
        ("Điều 2.2", ["Ủy ban Kiểm tra Đảng ủy"]),
    ]
