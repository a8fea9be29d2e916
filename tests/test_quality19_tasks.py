"""Tasks, round 19: an item whose only words are a period ("- Giai đoạn 2026 - 2030,", "- Năm 2024:") is the label of
the items after it, not a task; a section's lead sentence naming the doer of its numbered items ("Giao Phòng Nội vụ chủ
trì … thực hiện các nội dung sau:" / "1. …") gives that doer to the items that name none. Fragments written in the style
of district and commune plans, and one from corpus 057 (Ủy ban MTTQ xã Lương Minh)."""

from __future__ import annotations

from pathlib import Path

from vanban.loaders.records import Header
from vanban.loaders.tasks import PERIOD_ONLY, find_tasks
from vanban.loaders.text import make_text

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


def _tasks(doc: str) -> list[tuple]:
    return [(t.section, t.text_start, t.assigned_to, t.deadline) for t in find_tasks(make_text(doc), Header())]


HEAD = """ỦY BAN NHÂN DÂN
HUYỆN BA BỂ
Số: 121/KH-UBND
Ba Bể, ngày 10 tháng 5 năm 2024

KẾ HOẠCH
Thực hiện chuyển đổi số năm 2024

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả công tác.

"""

PERIOD_BULLETS = HEAD + """II. NHIỆM VỤ
- Giai đoạn 2026 - 2030,
- Phòng Văn hóa và Thông tin chủ trì tuyên truyền về chuyển đổi số.
- Năm 2024:
- Văn phòng HĐND và UBND huyện xây dựng hệ thống một cửa điện tử.

III. TỔ CHỨC THỰC HIỆN
1. Phòng Nội vụ theo dõi, đôn đốc việc thực hiện.
"""


def test_period_bullet_is_no_task():
    assert _tasks(PERIOD_BULLETS) == [
        ("II.1", "Phòng Văn hóa và Thông tin chủ trì tuyên truyền về chuyển đổi số.", ["Phòng Văn hóa và Thông tin"], None),
        (
            "II.2",
            "Văn phòng HĐND và UBND huyện xây dựng hệ thống một cửa điện tử.",
            ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"],
            None,
        ),
        ("III.1", "Phòng Nội vụ theo dõi, đôn đốc việc thực hiện.", ["Phòng Nội vụ"], None),
    ]


def test_period_grouping_its_points_stays_a_task():
    # A period bullet with points under it groups them: it keeps its task, the points' doers its own.
    doc = HEAD + """II. NHIỆM VỤ
- Năm 2024:
+ Phòng Văn hóa và Thông tin chủ trì tuyên truyền về chuyển đổi số.
- Giai đoạn 2025 - 2030:
+ Phòng Tài chính - Kế hoạch bố trí kinh phí thực hiện.
"""
    assert _tasks(doc) == [
        ("II.1", "Năm 2024:", ["Phòng Văn hóa và Thông tin"], None),
        ("II.2", "Giai đoạn 2025 - 2030:", ["Phòng Tài chính - Kế hoạch"], None),
    ]


def test_period_numbered_item_without_words_is_no_task():
    doc = HEAD + """II. NHIỆM VỤ
1. Năm học 2024 - 2025:
2. Tổ chức tập huấn cho giáo viên về chuyển đổi số.
"""
    assert [t[0] for t in _tasks(doc)] == ["II.2"]


def test_period_only_pattern():
    for label in ("Giai đoạn 2026 - 2030,", "Năm 2024:", "Năm học 2024 - 2025:", "Từ năm 2026 đến năm 2030:",
                  "Giai đoạn 1 (2024 - 2025):", "**Năm 2025**"):
        assert PERIOD_ONLY.fullmatch(label), label
    for words in ("Năm 2024, Sở Y tế tổ chức tập huấn.", "Giai đoạn 2026 - 2030 tập trung đầu tư hạ tầng.",
                  "Năm nay tổ chức hội nghị:", "Nâng cấp 20 điểm:"):
        assert not PERIOD_ONLY.fullmatch(words), words


LEAD = HEAD + """II. NHIỆM VỤ
1. Phòng Văn hóa và Thông tin chủ trì tuyên truyền về chuyển đổi số.

III. TỔ CHỨC THỰC HIỆN
Giao Phòng Nội vụ chủ trì, phối hợp với các đơn vị liên quan thực hiện các nội dung sau:
1. Tổ chức tuyên truyền sâu rộng về chuyển đổi số trong cán bộ, nhân dân.
2. Phòng Tài chính - Kế hoạch bố trí kinh phí thực hiện.
3. Rà soát, nâng cấp hạ tầng công nghệ thông tin, hoàn thành trước ngày 30/9/2024.
"""


def test_lead_sentence_gives_its_doer_to_items_naming_none():
    assert _tasks(LEAD)[1:] == [
        ("III.1", "Tổ chức tuyên truyền sâu rộng về chuyển đổi số trong cán bộ, nhân dân.", ["Phòng Nội vụ"], None),
        ("III.2", "Phòng Tài chính - Kế hoạch bố trí kinh phí thực hiện.", ["Phòng Tài chính - Kế hoạch"], None),
        (
            "III.3",
            "Rà soát, nâng cấp hạ tầng công nghệ thông tin, hoàn thành trước ngày 30/9/2024.",
            ["Phòng Nội vụ"],
            "2024-09-30",
        ),
    ]


def test_lead_wrapped_after_a_sentence_of_the_sections_own():
    doc = HEAD + """III. TỔ CHỨC THỰC HIỆN
Kế hoạch được triển khai trong toàn huyện. Để triển khai có hiệu quả, UBND huyện yêu cầu các cơ quan, đơn vị
thực hiện tốt các nội dung sau:
1. Tổ chức tuyên truyền sâu rộng về chuyển đổi số.
"""
    assert _tasks(doc) == [("III.1", "Tổ chức tuyên truyền sâu rộng về chuyển đổi số.", ["Các cơ quan, đơn vị"], None)]


def test_lead_naming_no_body_gives_nothing():
    # "các đơn vị sau" points at the items; "Tập trung các nhiệm vụ sau:" names no one; a lead not ending with a
    # colon is a paragraph of the section's own.
    for lead in ("Giao các đơn vị sau thực hiện:", "Tập trung thực hiện các nhiệm vụ trọng tâm sau:",
                 "Phòng Nội vụ chủ trì theo dõi việc thực hiện Kế hoạch."):
        doc = HEAD + f"III. TỔ CHỨC THỰC HIỆN\n{lead}\n1. Tổ chức tuyên truyền sâu rộng về chuyển đổi số.\n"
        assert _tasks(doc) == [("III.1", "Tổ chức tuyên truyền sâu rộng về chuyển đổi số.", [], None)], lead


def test_lead_does_not_reach_a_report():
    # A report's items account for work done: its lead names who did it, not who must.
    doc = HEAD.replace("KẾ HOẠCH", "BÁO CÁO").replace("Số: 121/KH-UBND", "Số: 121/BC-UBND") + """II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ
Phòng Nội vụ đã thực hiện các nội dung sau:
1. Tổ chức tuyên truyền sâu rộng về chuyển đổi số.
"""
    tasks = find_tasks(make_text(doc), Header(doc_type="Báo cáo"))
    assert all(t.assigned_to == [] for t in tasks)


def test_corpus_057_lead_of_the_forms_of_supervision():
    # "IV. HÌNH THỨC KIỂM TRA, GIÁM SÁT" / "Căn cứ tình hình thực tế tại địa phương, Ban Thường trực Ủy ban MTTQ Việt
    # Nam xã Lương Minh tổ chức thực hiện các hình thức sau:" / "1. Giám sát trực tiếp …" / "2. Phối hợp kiểm tra …".
    # Round 20 (the lead's reading of the gold convention): the forms of the work are no tasks; the lead's doer given to
    # a content section's items is tested on the same lead in test_quality20_tasks.py.
    path = next(CORPUS.glob("*057.txt"))
    tasks = [t for t in find_tasks(make_text(path.read_text(encoding="utf-8")), Header()) if t.section.startswith("IV.")]
    assert tasks == []


def test_code_of_law_is_no_ministry():
    # "Bộ Luật Dân sự năm 2015" is a code of law a plan disseminates (a plan on family work, cites5 d31), not "Bộ".
    from vanban.loaders.parties import assignees

    item = ("Tiếp tục tuyên truyền, phổ biến Luật Hôn nhân và Gia đình năm 2014; Luật Trẻ em năm 2016; Bộ Luật Dân sự "
            "năm 2015, Bộ Luật Hình sự năm 2015 đến cán bộ, hội viên và nhân dân.")
    assert assignees(item, True) == []  # was ["Bộ Luật Dân sự năm 2015", "Bộ Luật Hình sự năm 2015"]
    assert assignees("Bộ Tiêu chí quốc gia về xã nông thôn mới được áp dụng thống nhất.", True) == []
    # Ministries stay.
    assert assignees("Bộ Tư pháp chủ trì, hướng dẫn các địa phương thực hiện.", True) == ["Bộ Tư pháp"]
    assert assignees("Giao Bộ Lao động - Thương binh và Xã hội chủ trì thực hiện.", True) == [
        "Bộ Lao động - Thương binh và Xã hội"
    ]


def test_viewer_page_holding_the_whole_letter_is_no_task():
    # A document viewer's copy numbers each page: "1. UBND TỈNH … CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM … Kính gửi: …".
    doc = (
        "Xem mẫu\n\n  1. UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - "
        "Hạnh phúc Số : 2917 /SGDĐT-VP Phan Rang-Tháp Chàm, ngày 05 tháng 11 năm 2010 V/v báo cáo nhanh tình hình "
        "thiệt hại do lũ lụt. Kính gửi: - Ủy ban nhân dân tỉnh Ninh Thuận; - Bộ Giáo dục và Đào tạo. Vừa qua, tỉnh "
        "Ninh Thuận bị ảnh hưởng của không khí lạnh tăng cường.\n"
    )
    assert _tasks(doc) == []  # was one task assigned to the header's words


SCHOOL = """SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐỒNG THÁP
TRƯỜNG THPT ĐỐC BINH KIỀU
Số: 112/KH-THPTĐBK
Cao Lãnh, ngày 10 tháng 9 năm 2026

KẾ HOẠCH
Bảo đảm an ninh, trật tự trường học năm học 2026 - 2027

I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm an toàn cho học sinh.

II. NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN

1. Đối với Ban Giám hiệu nhà trường (đồng chí Nguyễn Minh Trí – Phó Hiệu trưởng được phân công phụ trách)
Nhận thức sâu sắc và chịu trách nhiệm trực tiếp về công tác bảo đảm an toàn trong trường học.

2. Đối với đội ngũ giáo viên
Tăng cường giáo dục đạo đức, lối sống cho học sinh.

3. Đối với các Tổ chuyên môn: theo dõi, đôn đốc việc thực hiện Kế hoạch trong phạm vi tổ.

4. Đối với các lớp có học sinh cá biệt
Giáo viên chủ nhiệm phối hợp với cha mẹ học sinh theo dõi, giáo dục.

III. TỔ CHỨC THỰC HIỆN
Phó Hiệu trưởng phụ trách theo dõi, tổng hợp, báo cáo Hiệu trưởng.
"""


def test_item_headed_by_the_body_it_addresses():
    got = {t[0]: t[2] for t in _tasks(SCHOOL)}
    # The addressed body first, before the side remark's office-holder read as before.
    assert got["II.1"][0] == "Ban Giám hiệu nhà trường"  # was ["Phó Hiệu trưởng"] only
    assert got["II.3"] == ["Các Tổ chuyên môn"]  # its colon ends the name
    # "đội ngũ giáo viên" is no body's name; "các lớp có học sinh cá biệt" runs on past a name: the item's own doer.
    assert got["II.2"] == []
    assert got["II.4"] == ["Giáo viên chủ nhiệm"]


def test_time_and_funding_items_of_a_content_section_stay_tasks():
    # The gold convention: one task per numbered item of the NỘI DUNG and TỔ CHỨC THỰC HIỆN sections (a THỜI GIAN
    # or KINH PHÍ section of its own is none; an item of these sections stating the time or funding is one).
    doc = HEAD + """II. NỘI DUNG
1. Chủ đề: Đẩy mạnh chuyển đổi số trong cơ quan nhà nước.
2. Thời gian thực hiện: Từ tháng 5/2024 đến hết tháng 12/2024.
3. Phòng Văn hóa và Thông tin tổ chức tuyên truyền về chuyển đổi số.

III. TỔ CHỨC THỰC HIỆN
1. Phòng Nội vụ theo dõi, đôn đốc việc thực hiện.
2. Kinh phí thực hiện: Từ nguồn ngân sách huyện năm 2024.
3. Tài chính - Kế hoạch: bố trí kinh phí thực hiện Kế hoạch.
"""
    assert [t[0] for t in _tasks(doc)] == ["II.1", "II.2", "II.3", "III.1", "III.2", "III.3"]


def test_corpus_010_time_item_of_the_content_section_stays():
    # "II. NỘI DUNG …" / "**2. Thời gian thực hiện: **Từ tháng 10/2025 đến khi tổ chức thành công Đại hội …".
    path = next(CORPUS.glob("010.txt"))
    sections = [t.section for t in find_tasks(make_text(path.read_text(encoding="utf-8")), Header())]
    assert {"II.1", "II.2", "II.3"} <= set(sections)


LETTER = """ỦY BAN NHÂN DÂN
HUYỆN BA BỂ
Số: 456/UBND-VP
V/v tăng cường công tác phòng, chống dịch bệnh
Ba Bể, ngày 12 tháng 5 năm 2024

Kính gửi:
- Các cơ quan, đơn vị thuộc huyện;
- Ủy ban nhân dân các xã, thị trấn.

Thực hiện Công văn số 123/UBND-VX ngày 10/5/2024 của UBND tỉnh Bắc Kạn, Ủy ban nhân dân huyện yêu cầu Thủ trưởng các \
cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn thực hiện tốt một số nội dung sau:

1. Tăng cường công tác tuyên truyền về phòng, chống dịch bệnh.
2. Phòng Y tế huyện chủ trì theo dõi, tổng hợp tình hình, báo cáo UBND huyện trước ngày 30/5/2024.

Nhận được Công văn này, yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.
CHỦ TỊCH
"""


def test_letter_lead_gives_its_doers_to_items_naming_none():
    assert _tasks(LETTER) == [
        (
            "1",
            "Tăng cường công tác tuyên truyền về phòng, chống dịch bệnh.",
            ["Thủ trưởng các cơ quan, đơn vị", "Chủ tịch Ủy ban nhân dân các xã, thị trấn"],
            None,
        ),
        ("2", "Phòng Y tế huyện chủ trì theo dõi, tổng hợp tình hình, báo cáo UBND", ["Phòng Y tế huyện"], "2024-05-30"),
    ]


def test_lead_subject_that_directs_is_no_doer():
    # The subject of "yêu cầu" / "đề nghị" with no object, or an issuer that guides or informs, directs: no doer.
    for lead in ("Chủ tịch Ủy ban nhân dân huyện yêu cầu:", "Ủy ban nhân dân huyện đề nghị:",
                 "Phòng Giáo dục và Đào tạo hướng dẫn như sau:", "Ủy ban nhân dân huyện thông báo như sau:"):
        doc = LETTER.replace(
            "Ủy ban nhân dân huyện yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn thực hiện tốt một "
            "số nội dung sau:",
            lead,
        )
        assert _tasks(doc)[0][2] == [], lead
        sections = HEAD + f"III. TỔ CHỨC THỰC HIỆN\n{lead}\n1. Tổ chức tuyên truyền sâu rộng về chuyển đổi số.\n"
        assert _tasks(sections)[0][2] == [], lead


def test_party_board_named_in_lower_case():
    # "Ban xây dựng Đảng" (a commune Đảng ủy's board since 2025) with its field in lower case; was no doer.
    from vanban.loaders.parties import assignees

    assert assignees("Ban xây dựng Đảng chủ trì tham mưu kế hoạch, báo cáo Thường trực Đảng ủy trước ngày 15/07/2026.",
                     True) == ["Ban xây dựng Đảng"]
    assert assignees("Giao Ban xây dựng Đảng xã tham mưu kế hoạch.", True) == ["Ban xây dựng Đảng xã"]
    assert assignees("Ban xây dựng kế hoạch tổ chức hội nghị.", True) == []  # "xây dựng" a verb: no board


def test_bullet_lead_of_an_issuer_that_asks_gives_no_doer():
    doc = HEAD + """II. TỔ CHỨC THỰC HIỆN
Ủy ban nhân dân huyện đề nghị:
- Tổ chức tuyên truyền sâu rộng về chuyển đổi số.
Phòng Nội vụ:
- Theo dõi, đôn đốc việc thực hiện.
Giao Trạm Y tế xã chủ trì:
- Kiểm tra các cơ sở.
Chủ tịch UBND huyện yêu cầu:
- Báo cáo kết quả trước ngày 30/11/2024.
"""
    assert [t[2] for t in _tasks(doc)] == [[], ["Phòng Nội vụ"], ["Trạm Y tế xã"], []]  # were UBND huyện, …, Chủ tịch


def test_effect_item_is_no_task_and_a_council_named_by_its_field_is_a_doer():
    # "Điều 2. Tổ chức thực hiện" / "1. Nghị quyết này có hiệu lực …" / "2. Hội đồng Dân tộc, … giám sát …" (the style of
    # the Nghị quyết of the Chính phủ and of the Ủy ban Thường vụ Quốc hội).
    doc = """ỦY BAN THƯỜNG VỤ QUỐC HỘI
Số: 80/2025/UBTVQH15
Hà Nội, ngày 10 tháng 3 năm 2025

NGHỊ QUYẾT
Về việc tổ chức giám sát chuyên đề năm 2025

Điều 1. Tổ chức giám sát chuyên đề về thực hiện chính sách pháp luật về dân tộc.

Điều 2. Tổ chức thực hiện, các nhiệm vụ cụ thể như sau:
1. Nghị quyết này có hiệu lực kể từ ngày ký ban hành.
2. Hội đồng Dân tộc, trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị quyết này.
"""
    tasks = find_tasks(make_text(doc), Header(doc_type="Nghị quyết"))
    assert [(t.section, t.assigned_to) for t in tasks] == [("Điều 2.2", ["Hội đồng Dân tộc"])]
    from vanban.loaders.parties import assignees

    assert assignees("Hội đồng Thi đua - Khen thưởng tỉnh tổ chức xét chọn.", True) == ["Hội đồng Thi đua - Khen thưởng tỉnh"]
    assert assignees("Hội đồng trường họp định kỳ mỗi học kỳ.", True) == []  # a school's council, no capital: as before


def test_condition_run_on_to_its_subject():
    # Corpus 017 IV.3: "… nếu có khó khăn, vướng mắc các cơ quan, đơn vị, địa phương kịp thời phản ánh …" (no comma
    # before the subject); was no doer.
    from vanban.loaders.parties import assignees

    item = ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc các cơ quan, đơn vị, địa phương kịp thời phản ánh về "
            "Ủy ban nhân dân tỉnh (qua Sở Khoa học và Công nghệ) để xem xét, giải quyết.")
    assert assignees(item, True) == ["Các cơ quan, đơn vị, địa phương"]
    assert assignees("Trong quá trình thực hiện nếu có khó khăn vướng mắc các đơn vị báo cáo về Sở Y tế.", True) == [
        "Các đơn vị"
    ]
    # With its comma, as before.
    assert assignees("Trong quá trình thực hiện, nếu có vướng mắc, Sở Y tế tổng hợp báo cáo.", True) == ["Sở Y tế"]
    path = next(CORPUS.glob("017.txt"))
    got = {t.section: t.assigned_to for t in find_tasks(make_text(path.read_text(encoding="utf-8")), Header())}
    assert got["IV.3"] == ["Các cơ quan, đơn vị, địa phương"]


def test_digital_work_ends_the_doers_name():
    from vanban.loaders.parties import assignees

    assert assignees("Phòng Nội vụ số hóa hồ sơ, tài liệu lưu trữ.", True) == ["Phòng Nội vụ"]  # was the whole clause
    assert assignees("Trung tâm Phục vụ hành chính công số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.", True) == [
        "Trung tâm Phục vụ hành chính công"
    ]
    assert assignees("Văn phòng HĐND và UBND huyện nâng cấp hệ thống một cửa điện tử.", True) == [
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"
    ]
    assert assignees("Trung tâm Số hóa tài liệu chủ trì thực hiện.", True) == ["Trung tâm Số hóa tài liệu"]  # a name's word


def test_items_of_a_section_numbered_as_an_item():
    # A plan whose Roman numerals were never written: "2. NHIỆM VỤ, GIẢI PHÁP" / "2.1. …" / "2.2. Thời gian thực hiện: …".
    doc = """TRƯỜNG TIỂU HỌC KIM ĐỒNG
Số: 25/KH-THKĐ
Ba Bể, ngày 10 tháng 9 năm 2024

KẾ HOẠCH
Giáo dục kỹ năng sống năm học 2024-2025

1. MỤC ĐÍCH, YÊU CẦU
Nâng cao kỹ năng sống cho học sinh.
2. NHIỆM VỤ, GIẢI PHÁP
2.1. Giáo viên chủ nhiệm lồng ghép giáo dục kỹ năng sống trong các tiết sinh hoạt lớp.
2.2. Thời gian thực hiện: Từ tháng 9/2024 đến tháng 5/2025.
3. TỔ CHỨC THỰC HIỆN
3.1. Tổng phụ trách Đội xây dựng kế hoạch hoạt động trải nghiệm.
"""
    assert [t[0] for t in _tasks(doc)] == ["2.1", "2.2", "3.1"]  # a numbered item of the content: a task
