"""Tasks and their doers, round 9: a heading under a bare marker line, long lists of bodies, a
union and the tax office as heads, one office serving two bodies, bare sub-numbered markers.
Fragments quoted from the corpus and the examples (file named in each test)."""

from __future__ import annotations

from vanban.loaders.parties import assignees, name_at, split_names
from vanban.loaders.records import Header
from vanban.loaders.sections import DASH_MARKER, DOTTED_MARKER, outline
from vanban.loaders.tasks import find_tasks
from vanban.loaders.text import make_text


def _plan(body: str) -> str:
    return f"KẾ HOẠCH\nTriển khai thực hiện\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích chung.\n\n{body}\n"


# corpus 004 (KH 153/KH-UBND Cần Thơ), III.1 as written: the marker alone on its line, the heading
# on the next, then a blank line and the paragraph that names the doers.
CAN_THO_III_1 = """**III. NỘI
DUNG, NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM**

**1.
Công tác tham mưu, chỉ đạo triển khai**

Đề nghị Ủy ban Mặt trận Tổ quốc
Việt Nam thành phố và các tổ chức thành viên, Thủ trưởng sở, ban, ngành thành
phố và Chủ tịch Ủy ban nhân dân xã, phường tổ chức quán triệt sâu rộng Chương
trình và các văn bản có liên quan.

**2.
Tăng cường hiệu lực, hiệu quả trong chỉ đạo, điều hành**"""


def test_heading_under_a_bare_marker_line_lets_the_next_paragraph_name_the_doers():
    tasks = find_tasks(make_text(_plan(CAN_THO_III_1)), Header())
    first = next(t for t in tasks if t.section == "III.1")
    assert first.assigned_to == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố",
        "Các tổ chức thành viên",
        "Thủ trưởng sở, ban, ngành thành phố",
        "Chủ tịch Ủy ban nhân dân xã, phường",
    ]
    assert first.text_start.startswith("Công tác tham mưu, chỉ đạo triển khai")


def test_a_heading_with_a_wrapped_sentence_is_still_not_split():
    # The paragraph after a bare marker line that wraps a sentence (no blank line) is the item's
    # own words: its doer is read from the item's start as before.
    body = "**II. TỔ CHỨC THỰC HIỆN**\n\n**1.\nSở Y tế chủ trì, phối hợp với các đơn vị\nliên quan triển khai Kế hoạch."
    tasks = find_tasks(make_text(_plan(body)), Header())
    assert [t.assigned_to for t in tasks] == [["Sở Y tế"]]


# corpus 002 (KH 1026/KH-UBND Nghệ An), III.6: twelve bodies before the predicate (62 words).
NGHE_AN_III_6 = (
    "Đề nghị Văn phòng Tỉnh ủy và các Ban Xây dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy, Văn phòng Đoàn đại"
    " biểu Quốc hội và HĐND tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Viện kiểm sát nhân dân tỉnh, Tòa"
    " án nhân dân tỉnh, Thuế tỉnh, Kiểm toán nhà nước khu vực II, Kho bạc nhà nước khu vực XI, Ngân hàng"
    " nhà nước khu vực 8, Chi cục Hải quan khu vực XI tăng cường công tác bảo vệ bí mật nhà nước theo"
    " quy định của pháp luật hiện hành."
)


def test_a_long_list_of_bodies_ended_by_its_predicate_is_read():
    assert assignees(NGHE_AN_III_6, True) == [
        "Văn phòng Tỉnh ủy",
        "Các Ban Xây dựng Đảng",
        "Ủy ban Kiểm tra Tỉnh ủy",
        "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Viện kiểm sát nhân dân tỉnh",
        "Tòa án nhân dân tỉnh",
        "Thuế tỉnh",
        "Kiểm toán nhà nước khu vực II",
        "Kho bạc nhà nước khu vực XI",
        "Ngân hàng nhà nước khu vực 8",
        "Chi cục Hải quan khu vực XI",
    ]


def test_a_long_run_on_phrase_is_still_no_name():
    # Over 45 words, ended by a predicate, but bodies running on into their sentence (one conjunct of
    # 40 words): not a list of bodies.
    s = (
        "Các cơ quan, đơn vị, Sở Y tế thuộc ngành y tế ở mọi địa bàn vùng sâu vùng xa vùng đặc biệt khó khăn"
        " thuộc các xã biên giới miền núi hải đảo nơi điều kiện kinh tế xã hội khó khăn nhất của cả nước nói"
        " chung và của tỉnh nói riêng trong suốt nhiều năm qua tổ chức tuyên truyền"
    )
    assert len(s.split()) > 45
    assert name_at(s, 0) is None


def test_a_union_and_the_tax_office_open_names():
    # examples 03 (KH 58/KH-BVĐK), III.3.
    assert assignees("Đề nghị Công đoàn cơ sở, Đoàn Thanh niên Bệnh viện phối hợp vận động viên chức", True) == [
        "Công đoàn cơ sở",
        "Đoàn Thanh niên Bệnh viện",
    ]
    # Not a tax or an audit as a topic: only the bodies' names.
    assert assignees("Thuế thu nhập cá nhân được kê khai theo quy định.", True) == []


def test_one_office_serving_two_bodies_is_one_name():
    assert split_names("Văn phòng HĐND và UBND huyện, Phòng Nội vụ") == ["Văn phòng HĐND và UBND huyện", "Phòng Nội vụ"]
    assert split_names("Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh") == ["Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh"]
    # An office of another body, then a body of its own.
    assert split_names("Văn phòng Sở Y tế và UBND các xã") == ["Văn phòng Sở Y tế", "UBND các xã"]


# corpus 032 (KH 179/KH-UBND Đồng Nai), III.2: sub-numbered markers, one bare on its line ("*2.3."),
# renumbered under a first item.
DONG_NAI_SUBITEMS = """**III. NHIỆM VỤ, GIẢI PHÁP**

**1. Phân công trách nhiệm**

*1.1. Sở
Nội vụ*

- Phối hợp Công an tỉnh triển khai.

*1.2.
Công an tỉnh*

Chủ trì, phối hợp với các đơn vị liên quan.

*1.3. Bộ
Chỉ huy Quân sự tỉnh*

Chủ trì, phối hợp với Bộ đội Biên phòng tỉnh."""


def test_a_bare_sub_numbered_marker_opens_its_item():
    assert DOTTED_MARKER.match("2.3.")
    assert DOTTED_MARKER.match("2.3. **")
    assert not DOTTED_MARKER.match("2.3")  # a bare number is no marker
    doc = outline(make_text(_plan(DONG_NAI_SUBITEMS)))
    heading = next(n for n in doc.nodes if n.kind == "heading" and n.label == "III")
    item = heading.children[0]
    assert [c.label for c in item.children] == ["1.1", "1.2", "1.3"]


def test_more_verbs_end_a_doers_name():
    assert assignees("Sở Tài chính cân đối, bố trí kinh phí cho công tác phòng cháy, chữa cháy.", True) == ["Sở Tài chính"]
    assert assignees("Sở Nội vụ tập huấn nghiệp vụ cho công chức cấp xã.", True) == ["Sở Nội vụ"]


def test_a_day_of_the_last_month_of_a_period_is_kept_as_written():
    from vanban.loaders.deadlines import find_deadline

    dl = find_deadline("báo cáo về UBND huyện trước ngày 20 của tháng cuối quý để tổng hợp")
    assert (dl.iso, dl.day_month) == (None, "20 của tháng cuối quý")
    assert find_deadline("trước ngày 5 tháng đầu quý sau").day_month == "5 tháng đầu quý sau"
    assert find_deadline("trước ngày 32 của tháng cuối quý") is None


# A school's plan in the style of the corpus (headings naming the doer, the sentence on the next line).
SCHOOL_ITEMS = """III. TỔ CHỨC THỰC HIỆN
1. Tổ chuyên môn
Các tổ trưởng chuyên môn chỉ đạo giáo viên trong tổ lồng ghép nội dung phòng bệnh vào bài giảng.
2. Giáo viên chủ nhiệm
Theo dõi sức khỏe học sinh, báo cáo ngay cho Ban Giám hiệu khi phát hiện học sinh có biểu hiện nghi mắc bệnh.
3. Nhân viên y tế trường học
Tổng hợp tình hình, báo cáo Hiệu trưởng hằng tuần.
4. Đoàn Thanh niên, Liên đội
Phối hợp tuyên truyền, vận động học sinh thực hiện."""


def test_a_schools_staff_and_units_are_doers_and_a_new_sentence_ends_them():
    tasks = find_tasks(make_text(_plan(SCHOOL_ITEMS)), Header())
    assert [t.assigned_to for t in tasks] == [
        ["Tổ chuyên môn"],
        ["Giáo viên chủ nhiệm"],
        ["Nhân viên y tế trường học"],
        ["Đoàn Thanh niên", "Liên đội"],
    ]
    # A capitalised "Các" inside a clause is still a list's next body only after its comma.
    assert assignees("Giao Sở Y tế, các đơn vị liên quan theo dõi", True) == ["Sở Y tế", "Các đơn vị liên quan"]


def test_a_comrade_title_is_read_past_and_a_name_holding_a_dash_is_one_doer():
    # corpus 058 (KH 01/KH-TBTTKT), IV.1 and IV.2.
    assert assignees(
        "Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban: Phụ trách chung, chịu trách nhiệm trước Ủy ban bầu cử",
        True,
    ) == ["Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban"]  # not "Trưởng Ban", a title cut from its unit (round 10: the unit's field is read)
    assert assignees(
        "Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban Thường trực: Trực tiếp chỉ đạo chuẩn bị",
        True,
    ) == ["Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban Thường trực"]
    assert assignees("Đồng chí Chủ tịch UBND xã chỉ đạo chung.", True) == ["Chủ tịch Ủy ban nhân dân xã"]


def test_mo_ends_a_doers_name():
    assert assignees("Đài Phát thanh - Truyền hình tỉnh, Báo Quảng Ngãi mở chuyên trang, chuyên mục.", True) == [
        "Đài Phát thanh - Truyền hình tỉnh",
        "Báo Quảng Ngãi",
    ]


def test_a_condition_after_the_opening_leads_to_the_subject():
    # corpus 027 IV.5, corpus 047 VI.3.
    assert assignees(
        "Trong quá trình triển khai thực hiện Kế hoạch, nếu có khó khăn, vướng mắc, các sở, ban, ngành, tổ chức"
        " chính trị - xã hội, Ủy ban nhân dân các xã, phường kịp thời phản ánh về Ban Chỉ huy Phòng thủ dân sự tỉnh",
        True,
    ) == ["Các sở, ban, ngành, tổ chức chính trị - xã hội", "Ủy ban nhân dân các xã, phường"]
    assert assignees(
        "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị, tổ chức, doanh nghiệp phản hồi về Sở"
        " Tài chính để tổng hợp",
        True,
    ) == ["Các cơ quan, đơn vị, tổ chức, doanh nghiệp"]
    # Not a list's later item inside an opening that is no condition (corpus 029 V.2).
    assert assignees("Căn cứ chức năng, nhiệm vụ, phối hợp với các cơ quan, đơn vị liên quan triển khai", True) == []


def test_a_negated_predicate_ends_a_name():
    # corpus 061 IV.1: the condition's own bodies are no doers.
    assert assignees(
        "Nếu cơ quan, tổ chức, đơn vị không có cấp trên trực tiếp quản lý thì cơ quan có thẩm quyền ra quyết định",
        True,
    ) == []
    assert assignees("Cục Hàng không Việt Nam phối hợp.", True) == ["Cục Hàng không Việt Nam"]


def test_a_bullet_alone_on_its_line_opens_a_sub_item():
    # corpus 047 (QĐ 1627/QĐ-UBND Quảng Ngãi), 1.4: the unit's heading is not run on into the bullet.
    doc = _plan(
        "II. TỔ CHỨC THỰC HIỆN\n\n1. Nhiệm vụ\n\n*1.1.\nỦy ban nhân dân các phường, xã, đặc khu*\n\n-\n"
        "Tuyên truyền, phổ biến, quán triệt các cơ quan, tổ chức, đơn vị thuộc phạm vi\nquản lý."
    )
    tasks = find_tasks(make_text(doc), Header())
    assert tasks[-1].assigned_to == ["Ủy ban nhân dân các phường, xã, đặc khu"]
    assert DASH_MARKER.match("-")
    assert DASH_MARKER.match("- Nội dung")


def test_a_bare_day_in_brackets_is_a_day_of_every_month_only_after_hang_thang():
    from vanban.loaders.deadlines import find_deadline

    assert find_deadline("Định kỳ hằng tháng (trước ngày 20), các sở").day_month == "20"
    assert find_deadline("Định kỳ hằng quý (trước ngày 20), các sở") is None
    assert find_deadline("(trước ngày 15/6)").day_month == "15/6"
