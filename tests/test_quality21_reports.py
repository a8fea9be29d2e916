"""Reporting duties, round 21 (reports12): a school named bare ("Nhà trường") and a school's library as bodies, the work
made passive before its doer ("Nội dung này do X thực hiện, báo cáo …"), a body named by its role with its name in brackets
("cơ quan thường trực (Sở X)"), the time limit said in a sentence of its own, and the period or day written in a task table's
time cell. Fragments in the words of school plans, Kế hoạch and Quyết định of provincial committees (the seeds' README,
"reports_to": `from` is the body whose report it is; a deadline without a year goes in `recurrence`)."""

from __future__ import annotations

from vanban.loaders.extract import extract
from vanban.loaders.records import Header
from vanban.loaders.reports import BARE_SCHOOL, ROLE_NAME, TIME_LIMIT_LEAD, find_reports
from vanban.loaders.parties import BY_BODY, doers, name_at
from vanban.loaders.text import make_text

from report_plans import plan_text

_PROVINCE = Header(issuer="Ủy ban nhân dân tỉnh Quảng Ngãi", province="Quảng Ngãi")
_SCHOOL = Header(issuer="Trường Trung học cơ sở Nguyễn Du", province="Quảng Ngãi")
_HCM = Header(issuer="Ủy ban nhân dân thành phố Hồ Chí Minh", province="Hồ Chí Minh")


def _rows(body: str, header: Header = _PROVINCE) -> list[tuple]:
    return [(r.from_, r.to, r.deadline, r.recurrence) for r in find_reports(make_text(plan_text(body)), header)]


def _pairs(body: str, header: Header) -> list[tuple]:
    """The (from, to) of each duty read in ``body`` set in a plan."""
    return [row[:2] for row in _rows(body, header)]


def test_the_round_s_patterns():
    """The patterns' own reach, on the words of the fragments below."""
    assert BARE_SCHOOL.fullmatch("Nhà trường") and BARE_SCHOOL.fullmatch("nhà trường")
    assert not BARE_SCHOOL.fullmatch("Nhà trường Nguyễn Du")
    assert BY_BODY.search("Nội dung này do Sở Tài chính thực hiện")
    assert BY_BODY.search("tổ chức hội nghị sơ kết; nội dung do Sở Nội vụ chủ trì")
    # A noun's relative clause is the work, not the item's doer; a cause is no doer.
    assert not BY_BODY.search("các dự án, tiểu dự án do Bộ Công an chủ trì theo chức năng")
    assert not BY_BODY.search("Thành lập Tổ kiểm kê do Thủ trưởng đối tượng thực hiện kiểm kê quyết định")
    assert ROLE_NAME.match("cơ quan thường trực") and ROLE_NAME.match("Cơ quan Thường trực của Hội đồng")
    assert TIME_LIMIT_LEAD.search("về Sở Nội vụ. Thời hạn gửi ")
    assert TIME_LIMIT_LEAD.search("Thời gian ")
    assert not TIME_LIMIT_LEAD.search("về Sở Nội vụ. Các đơn vị gửi ")


# 1. "Nhà trường": the school itself, as its "Ban Giám hiệu" reporting outward is (OWN_LEADERSHIP).


def test_a_school_named_bare_is_the_issuing_school():
    rows = _rows(
        "1. Nhà trường\n- Xây dựng kế hoạch, tổ chức triển khai thực hiện.\n- Báo cáo kết quả thực hiện về Phòng Giáo dục và"
        " Đào tạo trước ngày 25/5/2025.\n\n2. Giáo viên chủ nhiệm: tuyên truyền đến học sinh; báo cáo kết quả về nhà trường"
        " trước ngày 20/5/2025.\n\n3. Nhà trường báo cáo Sở Giáo dục và Đào tạo kết quả thực hiện định kỳ 6 tháng, năm.\n",
        _SCHOOL,
    )
    assert rows == [
        # The item headed "Nhà trường" (its doer), the body reported to, and the subject of a sentence: the school.
        ("Trường Trung học cơ sở Nguyễn Du", "Phòng Giáo dục và Đào tạo", "2025-05-25", None),
        ("Giáo viên chủ nhiệm", "Trường Trung học cơ sở Nguyễn Du", "2025-05-20", None),
        ("Trường Trung học cơ sở Nguyễn Du", "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi", None, "định kỳ 6 tháng, năm"),
    ]


def test_a_school_named_bare_in_another_bodys_document_stays_as_written():
    # Not the issuer when a Phòng issued the plan (no letter's addressees to name the schools).
    phong = Header(issuer="Phòng Giáo dục và Đào tạo huyện Sơn Tịnh", province="Quảng Ngãi")
    rows = _rows("1. Nhà trường báo cáo kết quả thực hiện về Phòng Giáo dục và Đào tạo trước ngày 25/5/2025.\n", phong)
    assert rows == [("Nhà trường", "Phòng Giáo dục và Đào tạo", "2025-05-25", None)]


def test_a_schools_library_is_a_body():
    rows = _rows(
        "1. Tổ chuyên môn: xây dựng kế hoạch chi tiết; báo cáo kết quả về Ban Giám hiệu trước ngày 20/5/2025.\n\n"
        "2. Thư viện trường: tổ chức các hoạt động đọc sách; định kỳ hằng quý báo cáo kết quả về Ban Giám hiệu.\n",
        _SCHOOL,
    )
    # The library reports as the subject team does (its name goes on in lower case: "trường").
    assert [r[0] for r in rows] == ["Tổ chuyên môn", "Thư viện trường"]
    assert rows[1] == ("Thư viện trường", "Ban Giám hiệu", None, "định kỳ hằng quý")


# 2. The work made passive, its doer after "do".


def test_the_work_made_passive_names_its_doer():
    rows = _rows(
        "1. Rà soát, đánh giá kết quả thực hiện các chính sách hỗ trợ. Nội dung này do Sở Tài chính thực hiện, báo cáo Ủy"
        " ban nhân dân tỉnh trước ngày 30/6/2025.\n\n2. Tổ chức hội nghị sơ kết; nội dung do Sở Nội vụ chủ trì, báo cáo kết"
        " quả về Ủy ban nhân dân tỉnh định kỳ hằng quý, trước ngày 15 của tháng cuối quý.\n\n3. Các sở, ban, ngành; Ủy ban"
        " nhân dân các huyện: căn cứ chức năng, nhiệm vụ triển khai thực hiện.\n",
    )
    assert rows == [
        ("Sở Tài chính tỉnh Quảng Ngãi", "Ủy ban nhân dân tỉnh Quảng Ngãi", "2025-06-30", None),
        (
            "Sở Nội vụ tỉnh Quảng Ngãi", "Ủy ban nhân dân tỉnh Quảng Ngãi", None,
            "định kỳ hằng quý (trước ngày 15 của tháng cuối quý)",
        ),
    ]


# 3. A body named by its role, its name in brackets.


def test_a_standing_agency_named_in_brackets_is_the_addressee():
    rows = _rows(
        "1. Các sở, ngành báo cáo kết quả thực hiện về cơ quan thường trực (Sở Khoa học và Công nghệ) trước ngày 10/12"
        " hằng năm.\n\n2. Các đơn vị gửi báo cáo về Cơ quan Thường trực của Hội đồng (Sở Tư pháp) trước ngày 10/6/2025.\n\n"
        "3. Ủy ban nhân dân các huyện báo cáo về cơ quan thường trực (qua Sở Nội vụ) trước ngày 20/11/2025.\n"
    )
    assert rows == [
        ("Các sở, ngành", "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi", None, "hằng năm (trước ngày 10/12)"),
        ("Các đơn vị", "Sở Tư pháp tỉnh Quảng Ngãi", "2025-06-10", None),
        # A route in brackets names the channel, not the agency: as written.
        ("Ủy ban nhân dân các huyện", "Cơ quan thường trực", "2025-11-20", None),
    ]


# 4. The time limit in a sentence of its own.


def test_a_time_limit_said_next_dates_the_report_just_asked_for():
    rows = _rows(
        "1. Các sở, ban, ngành báo cáo kết quả thực hiện Kế hoạch về Sở Nội vụ. Thời hạn gửi báo cáo trước ngày"
        " 15/11/2025.\n"
    )
    assert rows == [("Các sở, ban, ngành", "Sở Nội vụ tỉnh Quảng Ngãi", "2025-11-15", None)]


# 5. A task table's time cell.


def test_a_period_or_a_yearly_day_in_a_task_tables_time_cell():
    rows = _rows(
        "| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |\n|---|---|---|---|---|\n"
        "| 1 | Tổ chức hội nghị triển khai Kế hoạch | Sở Nội vụ | Các sở, ngành | Tháng 3/2025 |\n"
        "| 2 | Báo cáo kết quả thực hiện gửi Ủy ban nhân dân tỉnh | Sở Nội vụ | Các sở, ngành | Trước ngày 15/12/2025 |\n"
        "| 3 | Báo cáo định kỳ gửi Bộ Nội vụ | Sở Nội vụ | Các sở, ngành | Hằng quý |\n"
        "| 4 | Báo cáo sơ kết 6 tháng gửi UBND tỉnh | Sở Tư pháp | Các sở, ngành | Trước ngày 15/6 hằng năm |\n"
    )
    assert rows == [
        ("Sở Nội vụ tỉnh Quảng Ngãi", "Ủy ban nhân dân tỉnh Quảng Ngãi", "2025-12-15", None),
        ("Ủy ban nhân dân tỉnh Quảng Ngãi", "Bộ Nội vụ", None, "hằng quý"),
        ("Sở Tư pháp tỉnh Quảng Ngãi", "Ủy ban nhân dân tỉnh Quảng Ngãi", None, "6 tháng (trước ngày 15/6)"),
    ]


# 6. The plan's addressees: every name of the first organisation item that names a group.

# Corpus 036 (a Chỉ thị of UBND tỉnh Quảng Ngãi), as written (hard-wrapped), under a header of our own: a report with no
# sender in II.3.c, the plan's addressees in III.1.
_DIRECTIVE_036 = """ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
Số: 12/CT-UBND
CHỈ THỊ
Về tăng cường quản lý nhà nước về đầu tư

I. NHIỆM VỤ, GIẢI PHÁP

1. Rà soát thủ tục đầu tư

c) Chủ trì tham mưu giải
quyết các khó khăn, vướng mắc, kiến nghị của nhà đầu tư liên quan đến ngành,
lĩnh vực, địa bàn quản lý, báo cáo cấp có thẩm quyền xem xét, giải quyết.

**III. Tổ
chức thực hiện**

**1. **Thủ trưởng các Sở, ban, ngành; Chủ tịch UBND cấp xã căn cứ
chức năng, nhiệm vụ được giao, có trách nhiệm triển khai thực hiện và tăng cường
phối hợp đảm bảo thực hiện đồng bộ, hiệu quả.
"""


def test_the_plans_addressees_are_all_the_names_its_first_group_item_lists():
    rows = [(r.from_, r.to) for r in extract(make_text(_DIRECTIVE_036)).reports_to]
    assert rows == [("Thủ trưởng các Sở, ban, ngành, Chủ tịch Ủy ban nhân dân cấp xã", "Cấp có thẩm quyền")]


# 7. The event that opens a long clause, beyond the evidence's reach.


def test_the_event_opening_a_long_clause_times_its_report():
    # Corpus 043 (a Công văn of UBND Thành phố Hồ Chí Minh) and corpus 015 (a Kế hoạch of UBND tỉnh Đồng Tháp), as written.
    rows = _rows(
        "1. Trường hợp có khó khăn, vướng mắc trong quá trình thực hiện, đề nghị các cơ quan, đơn vị có văn bản báo cáo gửi"
        " Sở Xây dựng để tổng hợp, tham mưu, đề xuất trình Ủy ban nhân dân Thành phố xem xét./.\n",
        _HCM,
    )
    assert [r[3] for r in rows] == ["trường hợp có khó khăn, vướng mắc trong quá trình thực hiện"]
    rows = _rows(
        "1. Trong quá trình tổ chức thực hiện, nếu thấy cần sửa đổi, bổ sung các sở, ngành, địa phương chủ động đề xuất gửi"
        " Sở Xây dựng tổng hợp và báo cáo Ủy ban nhân dân Tỉnh xem xét, quyết định./.\n",
    )
    assert [r[3] for r in rows] == ["nếu thấy cần sửa đổi, bổ sung"]


# 8. Real documents as the collector found them (tvpl pages): a letter whose type was not read, an article headed by a name,
# an addressee list before "chỉ đạo xử lý", a weekly report's hour written "15:00".


def _lines(text: str) -> str:
    return "\n".join(line.strip() for line in text.strip().split("\n")) + "\n"


# The page's furniture above the letter's header, as the page has it (more than 60 lines: the "Kính gửi" line is beyond the
# reach sections.letter_body_spans looks for it in).
_TVPL_FURNITURE = """|
|
Bản dịch này thuộc quyền sở hữu của **
THƯ VIỆN PHÁP LUẬT**. Mọi hành vi sao chép, đăng tải lại mà không có sự đồng ý của **
THƯ VIỆN PHÁP LUẬT** là vi phạm pháp luật về Sở hữu trí tuệ.
**
THƯ VIỆN PHÁP LUẬT** has the copyright on this translation. Copying or reposting it without the consent of **
THƯ VIỆN PHÁP LUẬT** is a violation against the Law on Intellectual Property.
X
**
CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN
**
Các nội dung của VB này được VB khác thay đổi, hướng dẫn sẽ được làm nổi bật bằng
các màu sắc:
: Sửa đổi, thay thế,
hủy bỏ
Click vào phần bôi vàng để xem chi tiết.
|
|
|
|
Đang tải văn bản...
#
**Số hiệu:**
|
11654/VPCP-CN
|
|
**Loại văn bản:**
|
Công văn
|
**Nơi ban hành:**
|
Văn phòng Chính phủ
|
|
**Người ký:**
|
Nguyễn Sỹ Hiệp
|
**Ngày ban hành:**
|
27/11/2025
|
|
**
Ngày hiệu lực:**
|
Đã biết
|
|
**Tình trạng:**
|
Đã biết
|
"""
_VPCP_LETTER = _TVPL_FURNITURE + _lines("""
**VĂN
PHÒNG CHÍNH PHỦ**
-------
|
Số: 11654/VPCP-CN
*V/v cung ứng vật liệu xây dựng phục vụ Dự án
tuyến đường bộ cao tốc CT.08, đoạn qua Nam Định, Thái Bình*
|
**Kính gửi:**
|
Chủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh
Bình, Bắc Ninh, Phú Thọ, Tuyên Quang.
|
Xét báo cáo và đề xuất, kiến nghị của Ủy ban nhân
dân tỉnh Hưng Yên (văn bản số 84/BC-UBND ngày 19 tháng 11 năm 2025) về tình
hình cung ứng vật liệu xây dựng phục vụ Dự án, Phó Thủ tướng Chính phủ Trần Hồng Hà có ý kiến như sau:
Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên khẩn trương
làm việc với các địa phương có liên quan theo chỉ đạo của Thủ tướng Chính phủ
tại Thông báo số 627/TB-VPCP ngày 18 tháng 11 năm 2025 của Văn phòng Chính phủ
để đảm bảo nguồn cung vật liệu xây dựng phục vụ Dự án; báo cáo Thủ tướng Chính
phủ kết quả trước ngày 03 tháng 12 năm 2025. Ủy ban nhân dân các tỉnh: Ninh
Bình, Bắc Ninh, Phú Thọ, Tuyên Quang đẩy nhanh các thủ tục theo quy định của
pháp luật để hỗ trợ tỉnh Hưng Yên đảm bảo nguồn cung vật liệu xây dựng.
Văn phòng Chính phủ thông báo để các địa phương, cơ
quan, đơn vị có liên quan biết, thực hiện./.
""")


def test_a_letter_whose_type_was_not_read_is_read_by_its_address():
    # CV 11654/VPCP-CN (realdocs 2c71d790ecdeb8d1), its header in a web page's table (the page's furniture above it): no
    # type read, the body still read.
    rows = [(r.from_, r.to, r.deadline) for r in extract(make_text(_VPCP_LETTER)).reports_to]
    assert rows == [("Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên", "Thủ tướng Chính phủ", "2025-12-03")]


_AUTHORISATION = _lines("""
ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
Số: 1617/QĐ-UBND
QUYẾT ĐỊNH
Ủy quyền Giám đốc Sở Nông nghiệp và Môi trường thực hiện nhiệm vụ
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
QUYẾT ĐỊNH:
**Điều 1.** Ủy quyền Giám đốc Sở Nông nghiệp và Môi trường thực hiện nhiệm vụ sau:
1. Cấp, thu hồi Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.
**Điều 2.** Thời gian ủy quyền: Kể từ ngày Quyết định được ban hành
đến hết ngày 28/02/2027, trừ trường hợp quy định của pháp luật về nội dung trên
có sự thay đổi.
**Điều 3.** Giám đốc Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi:
1. Chịu trách trước pháp
luật và Chủ tịch Ủy ban nhân dân tỉnh về việc thực hiện các nội dung được ủy
quyền theo đúng quy định của pháp luật;
2. Tham mưu thay đổi
trình tự, thủ tục, thẩm quyền thực hiện các nhiệm vụ được ủy quyền tại Điều 1.
3. Định kỳ hàng năm hoặc
đột xuất báo cáo kết quả thực hiện và các vấn đề đột xuất, phát sinh để xin ý
kiến chỉ đạo.
**Điều 4.** Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này.
""")


def test_an_article_headed_by_a_name_gives_its_items_doer():
    # QĐ 1617/QĐ-UBND (realdocs 27009faffc98b8aa): the article's head is the name and a colon.
    rows = [(r.from_, r.to, r.recurrence) for r in extract(make_text(_AUTHORISATION)).reports_to]
    assert rows == [("Giám đốc Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi", None, "định kỳ hằng năm")]


def test_addressees_before_the_work_they_direct_and_a_weekly_hour():
    # Công điện 223/CĐ-TTg and 229/CĐ-TTg of Thủ tướng Chính phủ (realdocs 15e6fb3d3f3b2644, 5dbaef1b7c77d06c).
    pm = Header(issuer="Thủ tướng Chính phủ")
    rows = _rows(
        "1. Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai:\n- Chịu trách nhiệm toàn diện trước Chính phủ,"
        " Thủ tướng Chính phủ về công tác ứng phó thiên tai trên địa bàn; kịp thời báo cáo Thủ tướng Chính phủ, Bộ trưởng Bộ"
        " Quốc phòng, Bộ trưởng Bộ Nông nghiệp và Môi trường chỉ đạo xử lý đối với những vấn đề vượt thẩm quyền.\n\n2. Văn"
        " phòng Chính phủ hướng dẫn các văn phòng bộ, ngành, địa phương mẫu báo cáo hàng tuần trước 15:00 ngày thứ Sáu hàng"
        " tuần và theo dõi, đôn đốc việc thực hiện Công điện này theo chức năng, nhiệm vụ được giao; kịp thời báo cáo Thủ"
        " tướng Chính phủ vào 15:00 ngày Chủ nhật hàng tuần để kịp thời chỉ đạo xử lý các vấn đề đột xuất phát sinh./.\n",
        pm,
    )
    assert [r[1] for r in rows] == [  # one entry per addressee (round 25)
        "Thủ tướng Chính phủ", "Bộ trưởng Bộ Quốc phòng", "Bộ trưởng Bộ Nông nghiệp và Môi trường", "Thủ tướng Chính phủ",
    ]
    assert rows[3][3] == "hằng tuần (15:00 ngày Chủ nhật)"


# 9. A Kế hoạch of Bộ VHTTDL (QĐ 4385/QĐ-BVHTTDL, realdocs 448306af3d3a91f7): a title wrapped at a comma, and the last
# item's one paragraph that the outline takes for the closing ("./.").

_CULTURE_PLAN = _lines("""
**IV. TỔ CHỨC
THỰC HIỆN**

**1. Viện Văn hóa, Nghệ thuật,
Thể thao và Du lịch Việt Nam**

*a) *Tổ chức tuyên
truyền phổ biến nội dung quy hoạch.

*b) *Tổ chức đánh
giá thực hiện Kế hoạch thực hiện Quy hoạch mạng lưới cơ sở Văn hóa và Thể thao,
báo cáo Thủ tướng Chính phủ định kỳ hằng năm hoặc đột xuất theo yêu cầu.

**2. Các tổ chức, cá nhân liên
quan**

Phối hợp với các cơ quan có thẩm
quyền trong việc triển khai thực hiện nội dung quy hoạch và Kế hoạch thực hiện
Quy hoạch mạng lưới cơ sở Văn hóa và Thể thao; tổng hợp thông tin và đề xuất,
báo cáo những khó khăn, vướng mắc (nếu có)./.

** **
""")


def test_a_wrapped_title_and_the_last_items_paragraph_taken_for_the_closing():
    ministry = Header(issuer="Bộ Văn hóa, Thể thao và Du lịch")
    senders = [r.from_ for r in find_reports(make_text(_CULTURE_PLAN), ministry)]
    # The whole name, not "Viện Văn hóa, Nghệ thuật"; the last item's bodies, not the Bộ compiling.
    assert senders == ["Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam", "Các tổ chức, cá nhân liên quan"]


# 10. Bodies of one kind listed after a colon (Công điện 232/CĐ-TTg, realdocs b2fa001677379e64).


def test_bodies_of_one_kind_listed_after_a_colon():
    assert name_at("Văn phòng Chính phủ và các Bộ: Tài chính, Nông nghiệp và Môi trường trước 17 giờ", 0)[0] == (
        "Văn phòng Chính phủ và các Bộ Tài chính, Nông nghiệp và Môi trường"
    )
    # Each listed name opens with a capital; a label's colon before its work is no list; "các Sở:" is left to assignees.
    assert name_at("Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai và lãnh đạo các Bộ, ngành", 0)[0] == (
        "Chủ tịch Ủy ban nhân dân các tỉnh Khánh Hòa, Đắk Lắk, Gia Lai"
    )
    assert name_at("Các huyện: căn cứ chức năng, nhiệm vụ", 0)[0] == "Các huyện"
    assert name_at("Giám đốc các Sở: Y tế, Tài chính; Chủ tịch UBND các huyện", 0)[0] == "Giám đốc các Sở"
    pm = Header(issuer="Thủ tướng Chính phủ")
    rows = _rows(
        "1. Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng chỉ đạo cơ quan chức năng và chính"
        " quyền cơ sở khẩn trương rà soát, thống kê, tổng hợp báo cáo cụ thể về một số nội dung sau:\n(1) Số hộ dân có nhà"
        " bị sập, đổ, trôi cần phải xây dựng lại.\n(2) Số hộ dân có nhà bị hư hỏng nặng cần phải sửa chữa.\nỦy ban nhân dân"
        " các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng khẩn trương gửi Báo cáo về Văn phòng Chính phủ và các Bộ: Tài"
        " chính, Nông nghiệp và Môi trường **trước 17 giờ ngày 27/11/2025** để tổng hợp, báo cáo Thủ tướng Chính phủ.\n",
        pm,
    )
    # The report listed, then sent by the committees (their head asked to compile it): one duty, one entry per addressee
    # (round 25), the ministries of "các Bộ: Tài chính, Nông nghiệp và Môi trường" each whole.
    senders = "Ủy ban nhân dân các tỉnh Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng"
    assert rows[:3] == [
        (senders, "Văn phòng Chính phủ", "2025-11-27", None),
        (senders, "Bộ Tài chính", "2025-11-27", None),
        (senders, "Bộ Nông nghiệp và Môi trường", "2025-11-27", None),
    ]


# 11. NQ 393/NQ-CP of Chính phủ (realdocs 7f4621fd812c6ff9): what a body answers for, and an addressee that holds "của".


def test_what_a_body_answers_for_and_an_addressee_holding_cua():
    rows = _rows(
        "1. Bộ Nội vụ chịu trách nhiệm toàn diện về nội dung, dự thảo Luật và các vấn đề xuất, báo cáo; chuẩn bị đầy đủ hồ"
        " sơ, tài liệu gửi Quốc hội và các cơ quan của Quốc hội, bảo đảm chất lượng, thời hạn theo quy định; chủ động báo"
        " cáo, giải trình với Quốc hội và các cơ quan của Quốc hội, bảo đảm chặt chẽ, đúng quy định; kịp thời báo cáo Thủ"
        " tướng Chính phủ những vấn đề phát sinh vượt thẩm quyền.\n",
        Header(issuer="Chính phủ"),
    )
    # No duty in "các vấn đề xuất, báo cáo;" (a noun of what the Bộ answers for); the Bộ reports, not "Quốc hội" (the owner
    # in the addressee's name).
    assert [(r[0], r[1]) for r in rows] == [
        # One entry per addressee (round 25).
        ("Bộ Nội vụ", "Quốc hội"), ("Bộ Nội vụ", "Các cơ quan của Quốc hội"), ("Bộ Nội vụ", "Thủ tướng Chính phủ"),
    ]


# 12. CV 11554/VPCP-V.I of Văn phòng Chính phủ (realdocs 8018a6f353d60a9e): a Deputy Prime Minister with a second office as
# addressee, an owner's second office after a dash, two sub-items dated alike, a board's standing office compiling (items
# 3, 3.1-3.3 and 5 of the letter, numbered from 1 here).

_VPCP_TASKS = (
    "1. Đề nghị Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia tập trung lãnh đạo, chỉ đạo các đơn vị liên quan khẩn"
    " trương thực hiện một số nhiệm vụ sau:\n\n1.1. Hoàn thiện Kế hoạch cao điểm chống buôn lậu, gian lận thương mại và hàng"
    " giả dịp trước, trong và sau Tết Nguyên đán Bính Ngọ 2026; báo cáo Phó Thủ tướng Chính phủ - Trưởng Ban Chỉ đạo 389"
    " quốc gia trước ngày 30 tháng 11 năm 2025.\n\n1.2. Nghiên cứu, hoàn thiện dự thảo Chỉ thị của Thủ tướng Chính phủ theo"
    " chỉ đạo của Phó Thủ tướng Chính phủ - Trưởng Ban Chỉ đạo 389 quốc gia tại Văn bản số 6721/VPCP-V.I ngày 19 tháng 7"
    " năm 2025 của Văn phòng Chính phủ; báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 11 năm 2025.\n\n1.3. Khẩn trương"
    " tiến hành sơ kết 6 tháng việc thực hiện Chỉ thị số 13/CT- TTg ngày 17 tháng 5 năm 2025 của Thủ tướng Chính phủ; báo"
    " cáo Thủ tướng Chính phủ kết quả trước ngày 30 tháng 11 năm 2025.\n\n2. Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia"
    " tăng cường kiểm tra, đôn đốc các cơ quan, lực lượng chức năng; kịp thời tổng hợp, báo cáo những vụ việc buôn lậu, gian"
    " lận thương mại, hàng giả phức tạp, nổi cộm.\n"
)


def test_a_deputy_prime_minister_sub_items_dated_alike_and_a_boards_office():
    rows = _rows(_VPCP_TASKS, Header(issuer="Văn phòng Chính phủ"))
    lead = "Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia"
    assert rows == [
        (lead, "Phó Thủ tướng Chính phủ - Trưởng Ban Chỉ đạo 389 quốc gia", "2025-11-30", None),
        # 1.2's sender is the lead's, not the owner's second office in "của Phó Thủ tướng Chính phủ - Trưởng Ban …"; 1.3 is
        # a report of its own, dated as 3.2 is.
        (lead, "Thủ tướng Chính phủ", "2025-11-30", None),
        (lead, "Thủ tướng Chính phủ", "2025-11-30", None),
        # The board's standing office keeps its report (not the Văn phòng Chính phủ compiling).
        ("Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia", None, None, None),
    ]


# 13. A Quy chế of UBND tỉnh Đồng Tháp (QĐ 143/2025/QĐ-UBND, realdocs fd4c4d6ec377c4d2): an article's title naming the field
# its bodies answer for, and a group in lower case after a long condition.

_RULES_ARTICLES = _lines("""
**Điều 1. Phạm vi điều chỉnh**
Quy chế này quy định việc quản lý, vận hành Hệ thống thư điện tử công vụ tỉnh Đồng Tháp.
**Điều 2. Trách nhiệm của các cơ quan, đơn vị trong quản lý,
sử dụng Hệ thống thư điện tử công vụ**
1.
Tổ chức triển khai thực hiện nghiêm túc Quy chế này trong phạm vi quản lý của
cơ quan, đơn vị.
2.
Thực hiện báo cáo định kỳ 06 tháng *(trước ngày 20/6 của năm), *năm *(trước
ngày 20/12 hàng năm), *đột xuất tình hình quản lý và sử dụng Hệ thống thư điện tử
công vụ theo yêu cầu về Sở Khoa học và Công nghệ để tổng hợp, báo cáo Ủy ban nhân
dân Tỉnh.
**Điều 3. Điều khoản thi hành**
1.
Sở Khoa học và Công nghệ chủ trì, phối hợp với các cơ quan, tổ chức có liên
quan triển khai thực hiện Quy chế này.
2.
Trong quá trình thực hiện Quy chế này, nếu có khó khăn, vướng mắc, phát sinh cần
sửa đổi, bổ sung, các cơ quan, tổ chức, cá nhân kịp thời báo cáo về Sở Khoa học
và Công nghệ để tổng hợp, trình Ủy ban nhân dân Tỉnh xem xét, điều chỉnh./.
""")


def test_an_articles_field_and_a_lower_case_group_after_a_long_condition():
    dong_thap = Header(issuer="Ủy ban nhân dân tỉnh Đồng Tháp", province="Đồng Tháp", doc_type="Quyết định")
    rows = [(r.from_, r.recurrence) for r in find_reports(make_text(_RULES_ARTICLES), dong_thap)]
    assert ("Các cơ quan, đơn vị", "6 tháng (trước ngày 20/6)") in rows
    assert ("Các cơ quan, tổ chức, cá nhân", "nếu có khó khăn, vướng mắc") in rows


def test_a_street_address_after_the_addressee_is_no_part_of_its_name():
    # CV 6386/BVHTTDL-KHCNĐTMT of Bộ VHTTDL (realdocs f0a3d9f100d0791b), item 2.
    rows = _rows(
        "1. Các cơ sở đào tạo chủ động phối hợp với các Cục, Vụ liên quan của Bộ VHTTDL để triển khai thực hiện và kịp thời"
        " giải quyết, tháo gỡ các vướng mắc, khó khăn; báo cáo kết quả thực hiện nhiệm vụ năm học 2025 - 2026 gửi về Bộ\n"
        "VHTTDL số 51 đường Ngô Quyền, phường Cửa Nam, TP. Hà Nội trước ngày\n31/8/2026./.\n",
        Header(issuer="Bộ Văn hóa, Thể thao và Du lịch"),
    )
    assert rows == [("Các cơ sở đào tạo", "Bộ Văn hóa, Thể thao và Du lịch", "2026-08-31", None)]


# 14. Letters of Văn phòng Chính phủ: a sentence that lists its work after a colon (CV 11520/VPCP-CN, realdocs
# cb6eb2174499b5d1), a Deputy Prime Minister named with the holder (Công điện 224/CĐ-TTg, realdocs 1095764e502a89b8).

_VPCP_LISTED = _lines("""
**Kính gửi:** Bộ trưởng
Bộ Công Thương
Xét đề nghị của Bộ Công Thương tại Tờ
trình số 8798/TTr-BCT ngày 07 tháng 11 năm 2025 về dự thảo Chỉ thị của Thủ tướng
Chính phủ về việc đẩy mạnh sản xuất, phối trộn, phân phối và sử dụng nhiên liệu
sinh học tại Việt Nam, Phó Thủ tướng Chính phủ Bùi Thanh Sơn có ý kiến như sau:
Bộ Công Thương chủ trì phối hợp với
các Bộ, cơ quan liên quan khẩn trương làm rõ các nội dung còn vướng mắc để bảo đảm
tính khả thi và đồng bộ trong triển khai lộ trình sản xuất, phối trộn, phân phối
và sử dụng nhiên liệu sinh học tại Việt Nam, cụ thể: (i) Đánh giá khả năng sản
xuất, cung ứng, phân phối nguồn cung ethanol trong nước và nhập khẩu, chi phí
và tác động đến giá xăng E10; (ii) Rà soát năng lực phối trộn của các doanh
nghiệp đầu mối; (iv) Đề
xuất giải pháp điều hành, bảo đảm giá xăng E10 không ảnh hưởng bất lợi đến đời
sống người dân, doanh nghiệp; báo cáo Thủ tướng Chính phủ kết quả thực hiện
trong tháng 11 năm 2025.
Văn phòng Chính phủ thông báo để đồng
chí Bộ trưởng biết, chỉ đạo thực hiện./.
""")


def test_the_subject_of_a_sentence_listing_its_work_and_a_deputy_prime_minister_by_name():
    vpcp = Header(issuer="Văn phòng Chính phủ", doc_type="Công văn")
    rows = [(r.from_, r.to, r.recurrence) for r in find_reports(make_text(_VPCP_LISTED), vpcp)]
    assert rows == [("Bộ Công Thương", "Thủ tướng Chính phủ", "trong tháng 11/2025")]
    rows = _rows(
        "1. Bộ Xây dựng chủ trì, phối hợp với các địa phương theo dõi chặt chẽ tình hình; trường hợp vượt thẩm quyền, báo cáo"
        " Phó Thủ tướng Chính phủ Trần Hồng Hà để xem xét, chỉ đạo xử lý.\n",
        Header(issuer="Thủ tướng Chính phủ"),
    )
    assert [r[1] for r in rows] == ["Phó Thủ tướng Chính phủ Trần Hồng Hà"]


# 15. A closing that tells its addressees to know, act and report (CV 9634/BCT-TTTN of Bộ Công Thương, realdocs
# 4276ec4c940451d6); a dossier's papers (NQ 83/2025/NQ-HĐND of HĐND Hà Nội, realdocs 5eaeb632f6582871; its articles 6-8
# numbered from 1 here).


def test_the_bodies_told_to_act_and_report_and_a_dossiers_papers():
    rows = _rows(
        "1. Bộ Công Thương sẽ phối hợp với các cơ quan chức năng kiểm tra, giám sát việc thực hiện. Bộ Công Thương thông báo"
        " các thương nhân đầu mối kinh doanh xăng dầu, thương nhân phân phối xăng dầu biết, thực hiện và báo cáo tình hình"
        " thực hiện về Bộ Công Thương, Bộ Tài chính để giám sát theo quy định./.\n",
        Header(issuer="Bộ Công Thương"),
    )
    assert [(r[0], r[1]) for r in rows] == [
        # One entry per addressee (round 25).
        ("Các thương nhân đầu mối kinh doanh xăng dầu, thương nhân phân phối xăng dầu", "Bộ Công Thương"),
        ("Các thương nhân đầu mối kinh doanh xăng dầu, thương nhân phân phối xăng dầu", "Bộ Tài chính"),
    ]
    council = Header(issuer="Hội đồng nhân dân thành phố Hà Nội", province="Hà Nội", doc_type="Nghị quyết")
    dossier = _lines("""
**Điều 1. Trách nhiệm**
1. Sở Nội vụ thành phố Hà Nội thực hiện các quy trình, báo cáo xin ý kiến cấp có thẩm quyền trước khi quyết định
tặng thưởng.
**Điều 2. Hồ sơ đề nghị xét tặng**
1. Tờ trình, văn bản đề nghị của địa phương, cơ quan, tổ chức, đơn vị (theo Phụ lục I kèm theo).
2. Báo cáo tóm tắt thành tích do cá nhân lập có xác nhận của địa phương, cơ quan, đơn vị trình, đề nghị.
**Điều 3. Hiệu lực thi hành**
Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026.
""")
    evidence = [r.evidence for r in find_reports(make_text(dossier), council)]
    assert evidence == ["báo cáo xin ý kiến cấp có thẩm quyền trước khi quyết định tặng thưởng"]


# 16. Ministers as doers (Công điện 224/CĐ-TTg, realdocs 1095764e502a89b8; NQ 393/NQ-CP, realdocs 7f4621fd812c6ff9).


def test_ministers_and_the_heads_of_state_groups_report_and_a_reports_contents_are_no_duty():
    pm = Header(issuer="Thủ tướng Chính phủ")
    rows = _rows(
        "1. Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành"
        " phố trực thuộc Trung ương, Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng Công ty, đơn vị liên quan"
        " *tiếp tục nâng cao tinh thần trách nhiệm* khẩn trương chỉ đạo các cơ quan, đơn vị hoàn thành các dự án, công trình;"
        " gửi báo cáo về Bộ Xây dựng chậm nhất ngày 10 tháng 12 năm 2025, trong đó: thống kê, báo cáo đầy đủ thông tin về"
        " các công trình, dự án: tên, loại hình, quy mô, cấp công trình, tổng vốn đầu tư.\n\n2. Giao Bộ trưởng Bộ Nội vụ"
        " thừa ủy quyền Thủ tướng Chính phủ thay mặt Chính phủ ký báo cáo tiếp thu, giải trình và chỉnh lý dự thảo Luật"
        " Viên chức (sửa đổi) báo cáo Ủy ban Thường vụ Quốc hội.\n",
        pm,
    )
    assert rows == [
        (
            "Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"
            " trực thuộc Trung ương, Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng Công ty, đơn vị liên"
            " quan", "Bộ Xây dựng", "2025-12-10", None,
        ),
        # The report signed "thay mặt Chính phủ" is the Chính phủ's (round 23; before: 'Bộ trưởng Bộ Nội vụ').
        ("Chính phủ", "Ủy ban Thường vụ Quốc hội", None, None),
    ]


# 17. The Điều lệ of a provincial fund (QĐ 2696/QĐ-UBND Quảng Trị, realdocs 1f9faa032326f975): an article's title on the line
# after its mark, reports sent in the plural, the work made passive before the verb, "Riêng đối với", "trước Hội đồng"
# (articles 7, 20 and 21 and item 7.3 of the charter, numbered from 1 here).

_FUND_CHARTER = _lines("""
**Điều 1.
Vị trí và chức năng**
Quỹ Bảo vệ môi trường là tổ chức tài chính nhà nước trực thuộc Ủy ban nhân dân tỉnh.
**Điều 2. Ban
Kiểm soát Quỹ**
1. Ban Kiểm soát có các nhiệm vụ
và quyền hạn sau:
a) Kiểm tra, giám sát việc thực
hiện các chính sách, chế độ và nghiệp vụ hoạt động của Quỹ Bảo vệ môi trường
theo quy định của pháp luật, Điều lệ này và các quyết định, quy định của Hội đồng
Quản lý. Báo cáo định kỳ hoặc đột xuất về công tác giám sát, kiểm tra trước Hội
đồng Quản lý Quỹ.
**Điều 3.
Xử lý rủi ro**
b) Việc gia hạn nợ, khoanh nợ
do Giám đốc Quỹ Bảo vệ môi trường báo cáo Hội đồng Quản lý Quỹ Bảo vệ môi trường
xem xét, quyết định theo quy định pháp luật. Riêng đối với việc xóa một phần hoặc
toàn bộ nợ vay, Giám đốc Quỹ Bảo vệ môi trường báo cáo Hội đồng Quản lý Quỹ Bảo
vệ môi trường xem xét trình UBND tỉnh quyết định.
**Điều 4.
Chế độ báo cáo**

Quỹ Bảo vệ môi trường có trách nhiệm
lập và gửi các báo cáo nghiệp vụ, báo cáo thống kê, báo cáo kế toán, cùng các
báo cáo định kỳ hoặc đột xuất theo quy định hiện hành.
""")


def test_a_funds_charter():
    quang_tri = Header(issuer="Ủy ban nhân dân tỉnh Quảng Trị", province="Quảng Trị", doc_type="Quyết định")
    rows = [(r.from_, r.to) for r in find_reports(make_text(_FUND_CHARTER), quang_tri)]
    assert ("Ban Kiểm soát", "Hội đồng Quản lý Quỹ") in rows
    assert ("Giám đốc Quỹ Bảo vệ môi trường", "Hội đồng Quản lý Quỹ Bảo vệ môi trường") in rows
    assert ("Quỹ Bảo vệ môi trường", None) in rows
    assert all(sender for sender, _ in rows)


def test_a_tax_office_urged_in_haste_and_a_part_singled_out():
    rows = _rows(
        "1. Để bảo đảm việc thu lệ phí trước bạ từ ngày 01/01/2026, đề nghị các Thuế tỉnh, thành phố khẩn trương báo cáo,"
        " tham mưu UBND tỉnh chủ động phân công các đơn vị trực thuộc xây dựng Bảng giá tính lệ phí trước bạ.\n",
        Header(issuer="Cục Thuế"),
    )
    assert [r[0] for r in rows] == ["Các Thuế tỉnh, thành phố"]
    assert name_at("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là các tỉnh", 0)[
        0
    ] == "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng"


def test_the_opinions_a_report_answers_are_not_its_owner_and_one_body_singled_out():
    # CV 18491/BTC-CST of Bộ Tài chính (realdocs 944fbe7407cc11f8); Thông báo 627/TB-VPCP (realdocs 50f694478a35aefd).
    assert _pairs(
        "1. Giao Bộ trưởng Bộ Tài chính thừa ủy quyền Thủ tướng Chính phủ, thay mặt Chính phủ ký Báo cáo tiếp thu, giải"
        " trình ý kiến của các Đại biểu Quốc hội, ý kiến thẩm tra của Ủy ban Kinh tế và Tài chính về dự án Luật Thuế TNCN"
        " (sửa đổi) gửi Ủy ban Thường vụ Quốc hội xem xét cho ý kiến.\n",
        Header(issuer="Bộ Tài chính"),
    ) == [("Chính phủ", "Ủy ban Thường vụ Quốc hội")]  # signed on the Chính phủ's behalf (round 23)
    assert name_at("các bộ, ngành, cơ quan chủ quản, nhất là ACV cần khẩn trương", 0)[0] == "các bộ, ngành, cơ quan chủ quản"


def test_a_reports_dossier_and_a_list_as_the_object():
    # Thông báo 631/TB-VPCP (realdocs 05729ab54fc07c39), CV 6357/UBND-NC of UBND Hà Nội (realdocs 070712cd976e7f9a).
    rows = _rows(
        "1. Thay mặt Thủ tướng Chính phủ, ghi nhận và đánh giá cao sự nỗ lực của Bộ Tài chính, các Bộ, cơ quan liên quan và"
        " các cơ quan của Quốc hội trong quá trình chuẩn bị hồ sơ Báo cáo đề xuất chủ trương đầu tư Chương trình.\n\n2. Sở"
        " Y tế chủ trì, phối hợp với Bảo hiểm xã hội Thành phố rà soát, báo cáo UBND Thành phố danh mục thuốc có số lượng"
        " sử dụng lớn tại nhiều cơ sở khám bệnh, chữa bệnh.\n",
        Header(issuer="Ủy ban nhân dân thành phố Hà Nội", province="Hà Nội"),
    )
    assert [(r[0], r[1]) for r in rows] == [("Sở Y tế thành phố Hà Nội", "Ủy ban nhân dân thành phố Hà Nội")]


_VPCP_OPINION = _lines("""
**Kính gửi:** Bộ trưởng Bộ Khoa học và Công nghệ.
Xét Tờ trình số
226/TTr-BKHCN ngày 05 tháng 11 năm 2025 của Bộ Khoa học và Công nghệ về thành
lập Mạng lưới quan trắc và cảnh báo phóng xạ môi trường quốc gia, Phó Thủ tướng
Chính phủ Nguyễn Chí Dũng có ý kiến như sau:
Bộ Khoa học và Công nghệ
chủ trì, phối hợp với Bộ Quốc phòng, Bộ Nội vụ và các bộ, cơ quan liên quan rà
soát, nghiên cứu, làm rõ mô hình tổ chức của Mạng lưới quan trắc và cảnh báo
phóng xạ môi trường quốc gia; rà soát việc xác định và đầu tư xây dựng các trạm quan
trắc bảo đảm phù hợp với quy định về phát triển mạng lưới quan trắc; báo cáo Thủ tướng
Chính phủ trong quý I năm 2026.
Văn phòng Chính phủ thông báo để Bộ Khoa học và Công nghệ biết, thực hiện./.
""")


def test_an_opinion_announced_then_given_with_its_works_listed_by_semicolons():
    # CV 11299/VPCP-KGVX of Văn phòng Chính phủ (realdocs 06690fd4027d01c8).
    vpcp = Header(issuer="Văn phòng Chính phủ", doc_type="Công văn")
    rows = [(r.from_, r.to, r.recurrence) for r in find_reports(make_text(_VPCP_OPINION), vpcp)]
    assert rows == [("Bộ Khoa học và Công nghệ", "Thủ tướng Chính phủ", "trong quý I/2026")]


def test_a_period_opening_before_the_subject_and_a_report_drafted_then_sent():
    # QĐ 2519/QĐ-UBND of UBND thành phố Cần Thơ (realdocs 1a434d0a7e14dc93), Điều 9.2.
    rows = _rows(
        "1. Trình tự, thời gian đánh giá, xếp loại\na) Hằng năm, các cơ quan, đơn vị cấp thành phố và Ủy ban nhân dân xã,"
        " phường xây dựng báo cáo, tiến hành tự chấm điểm, tự đánh giá xếp loại công tác dân vận và thực hiện dân chủ ở cơ sở"
        " tại cơ quan, đơn vị mình và gửi báo cáo về Sở Nội vụ **từ ngày 10 đến ngày 15 tháng 12;**\nb) Trong quý I của năm"
        " liền kề đánh giá, Sở Nội vụ chủ trì, phối hợp với Ban Tuyên giáo và Dân vận Thành ủy và các cơ quan, đơn vị có liên"
        " quan tiến hành rà soát, đánh giá kết quả chấm điểm, báo cáo về Ủy ban nhân dân thành phố xem xét, quyết định công bố"
        " xếp loại.\n",
        Header(issuer="Ủy ban nhân dân thành phố Cần Thơ", province="Cần Thơ"),
    )
    assert [(r[0], r[1]) for r in rows] == [
        ("Các cơ quan, đơn vị cấp thành phố và Ủy ban nhân dân xã, phường", "Sở Nội vụ thành phố Cần Thơ"),
        ("Sở Nội vụ thành phố Cần Thơ", "Ủy ban nhân dân thành phố Cần Thơ"),
    ]


def test_an_address_cut_after_its_plural_a_report_not_yet_made_and_a_ground():
    # A Công văn of Sở Nội vụ TP Hồ Chí Minh (realdocs d604b4df6300560b), CV of Bộ Nội vụ (realdocs 5d3180cef1d254d0),
    # Công điện of Thủ tướng Chính phủ (realdocs 3143124c69d932d4).
    letter = (
        "**Kính gửi:** Các\nDoanh nghiệp hoạt động cho thuê lại lao động trên địa bàn Thành phố Hồ Chí Minh\n\nNhằm đảm bảo"
        " thực hiện các quy định pháp luật lao động, Sở Nội vụ đề nghị thực hiện một số nội dung sau:\n\n- Trường hợp có khó"
        " khăn, vướng mắc, báo cáo kịp thời về Sở Nội vụ để được hướng dẫn, giải quyết.\n"
    )
    hcm = Header(issuer="Sở Nội vụ thành phố Hồ Chí Minh", province="Hồ Chí Minh", doc_type="Công văn")
    assert [r.from_ for r in find_reports(make_text(letter), hcm)] == [
        "Các doanh nghiệp hoạt động cho thuê lại lao động trên địa bàn thành phố Hồ Chí Minh"
    ]
    not_yet = "1. Sau thời hạn nêu trên, nếu bộ, ngành, địa phương chưa có báo cáo thì phải tự chịu trách nhiệm.\n"
    ground = (
        "2. Văn phòng Chính phủ trên cơ sở chức năng, nhiệm vụ được giao theo dõi, đôn đốc; kịp thời báo cáo Thủ tướng Chính"
        " phủ những vấn đề đột xuất, phát sinh.\n"
    )
    pm = Header(issuer="Thủ tướng Chính phủ")
    assert _pairs(not_yet, pm) == []
    assert _pairs(ground, pm) == [("Văn phòng Chính phủ", "Thủ tướng Chính phủ")]
    assert name_at("Bộ trưởng Bộ Tài chính quy định số lần nộp dần", 0)[0] == "Bộ trưởng Bộ Tài chính"


def test_a_recipients_purpose_and_an_articles_title_read_in_the_body():
    # A Kết luận of Văn phòng Trung ương Đảng ("__Nơi nhận__:", realdocs 6e4d7759e03163f7) and a Quyết định of the Ban Chỉ
    # đạo nhà nước về du lịch (realdocs 322358d6040a153b), their layout unread by the outline.
    assert _pairs("1. Văn phòng Trung ương Đảng theo dõi.\n\n__Nơi nhận__:\n- Ban Bí thư (để báo cáo),\n", _PROVINCE) == []
    evidence = [
        r.evidence for r in find_reports(
            make_text(plan_text("**Điều 17. Báo cáo định kỳ**\n\n1. Thành viên Ban Chỉ đạo định kỳ 06 tháng báo cáo Ban Chỉ đạo.\n")),
            _PROVINCE,
        )
    ]
    assert evidence == ["Thành viên Ban Chỉ đạo định kỳ 06 tháng báo cáo Ban Chỉ đạo"]
    # "của đơn vị mình" names no owner, whatever follows "mình" (a Công văn of UBND TP Hồ Chí Minh, realdocs 88b7667d728aef13).
    assert "mình" not in (
        _pairs(
            "1. Các sở, ban, ngành trước ngày 10 tháng 01 hàng năm báo cáo tình hình thực hiện hoạt động đấu thầu hàng năm của"
            " đơn vị mình trên Hệ thống mạng đấu thầu quốc gia.\n",
            _PROVINCE,
        )[0][0]
    )
    # A deadline opening after "Định kỳ" (a Quy chế of the Ban Chỉ đạo nhà nước về du lịch, realdocs 322358d6040a153b).
    assert doers("Định kỳ trước ngày 31 tháng 12 hằng năm, Văn phòng Ban Chỉ đạo tổng hợp báo cáo", True) == [
        ("Văn phòng Ban Chỉ đạo", 41, 62)
    ]
    # The title's last word, in bold (a Quy chế of the Ban Chỉ đạo quốc gia về phát triển ngành công nghiệp bán dẫn, realdocs
    # c258e5aa7ee387c3).
    assert _pairs("**Điều 5. Chế độ làm việc, thông tin và báo cáo**\n\n1. Ban Chỉ đạo làm việc theo chế độ tập thể.\n", _PROVINCE) == []


def test_kinds_of_documents_and_data_listed_are_no_duties():
    # A Quy định of Ban Chấp hành Trung ương Đảng on shared data (realdocs ca9ba61fc61bf961), as written.
    listed = (
        "1. Chương trình công tác, báo cáo công tác tuần, tháng, quý, năm của các cơ quan lãnh đạo Đảng, Nhà nước.\n\n2. Nghị"
        " quyết, chỉ thị, kết luận, thông báo, hướng dẫn, báo cáo, kế hoạch, công văn,... của các cơ quan đảng, nhà nước.\n\n"
        "3. Dữ liệu báo cáo tổng hợp kinh tế - xã hội.\n\n4. Ứng dụng trí tuệ nhân tạo phục vụ công tác điều hành, báo cáo, dự"
        " báo cho công tác tham mưu.\n"
    )
    assert _pairs(listed, _PROVINCE) == []
