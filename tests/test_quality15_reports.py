"""Reporting duties, round 15: a day of the last month of a quarter recurs each quarter, "tự" before a verb ends the
reporter's name, an item under a schedule of the reporting regime takes its sender from the line that introduces it,
a subject after a long conditional clause. Fragments written in the style of plans of UBND tỉnh, hospitals and Sở."""

from __future__ import annotations

from vanban.loaders.parties import doers, name_at
from vanban.loaders.records import Header
from vanban.loaders.reports import find_reports
from vanban.loaders.text import make_text

_HOSPITAL = Header(issuer="Bệnh viện Đa khoa tỉnh Lào Cai", province="Lào Cai")
_PROVINCE = Header(issuer="Ủy ban nhân dân tỉnh Lào Cai", province="Lào Cai")


def _rows(body: str, header: Header) -> list[tuple]:
    text = make_text("KẾ HOẠCH\nThực hiện\n\nIII. TỔ CHỨC THỰC HIỆN\n\n" + body)
    return [(r.from_, r.to, r.deadline, r.recurrence) for r in find_reports(text, header)]


def test_a_day_of_the_last_month_of_the_quarter_recurs_each_quarter():
    rows = _rows(
        "1. Các sở, ngành báo cáo kết quả thực hiện nhiệm vụ quý, chậm nhất vào ngày 15 của tháng cuối quý gửi về Sở"
        " Nội vụ.\n",
        _PROVINCE,
    )
    assert rows == [("Các sở, ngành", "Sở Nội vụ tỉnh Lào Cai", None, "hằng quý (trước ngày 15 của tháng cuối quý)")]
    # The period said with the verb stays the recurrence.
    rows = _rows("1. Các sở, ngành gửi báo cáo 6 tháng về Sở Nội vụ trước ngày 05 tháng cuối cùng của mỗi quý.\n", _PROVINCE)
    assert rows[0][3] == "6 tháng (trước ngày 5 tháng cuối cùng của mỗi quý)"
    # A day of the last month of the reporting period: the period is unsaid.
    rows = _rows("1. Các sở, ngành báo cáo về Sở Nội vụ chậm nhất là ngày 20 của tháng cuối kỳ báo cáo.\n", _PROVINCE)
    assert rows[0][3] == "trước ngày 20 của tháng cuối kỳ báo cáo"


def test_the_periods_of_reports_named_by_them():
    rows = _rows(
        "1. Các sở, ngành gửi báo cáo tháng về Sở Nội vụ trước ngày 20 hằng tháng; báo cáo 6 tháng trước ngày 15/6;"
        " báo cáo năm trước ngày 15/12.\n",
        _PROVINCE,
    )
    assert [r[3] for r in rows] == ["hằng tháng (trước ngày 20)", "6 tháng (trước ngày 15/6)", "hằng năm (trước ngày 15/12)"]
    assert all(r[2] is None for r in rows)


def test_doing_it_oneself_ends_the_name():
    assert name_at("Các khoa, phòng tự kiểm tra, đánh giá", 0)[0] == "Các khoa, phòng"
    assert name_at("Ban Chỉ huy Tự vệ cơ quan tự kiểm tra", 0)[0] == "Ban Chỉ huy Tự vệ cơ quan"
    assert name_at("Các tổ tự quản báo cáo", 0)[0] == "Các tổ tự quản"
    assert name_at("Các đơn vị tự chủ tài chính báo cáo", 0)[0] == "Các đơn vị tự chủ tài chính"
    rows = _rows(
        "1. Các khoa, phòng tự kiểm tra, đánh giá chất lượng và báo cáo về Phòng Kế hoạch tổng hợp trước ngày 15/12/2025.\n",
        _HOSPITAL,
    )
    assert rows == [("Các khoa, phòng", "Phòng Kế hoạch tổng hợp", "2025-12-15", None)]


_DEPARTMENT = Header(issuer="Sở Tư pháp tỉnh Lào Cai", province="Lào Cai")
_SCHEDULE = (
    "1. Các phòng chuyên môn triển khai thực hiện Kế hoạch này.\n\n2. Chế độ báo cáo\n\nTrưởng phòng phải thực hiện đầy đủ"
    " chế độ thông tin báo cáo gồm:\n\na) Báo cáo tháng gửi Giám đốc Sở trước ngày 20 hằng tháng;\n\nb) Báo cáo năm gửi"
    " Giám đốc Sở trước ngày 15/12.\n"
)


def test_the_line_introducing_a_schedule_names_its_sender():
    assert _rows(_SCHEDULE, _DEPARTMENT) == [
        ("Trưởng phòng", "Giám đốc Sở", None, "hằng tháng (trước ngày 20)"),
        ("Trưởng phòng", "Giám đốc Sở", None, "hằng năm (trước ngày 15/12)"),
    ]
    # The introducing line as the item's head.
    one_line = _SCHEDULE.replace("2. Chế độ báo cáo\n\nTrưởng", "2. Trưởng")
    assert [r[0] for r in _rows(one_line, _DEPARTMENT)] == ["Trưởng phòng", "Trưởng phòng"]


def test_a_bare_title_is_a_name_only_as_the_subject_of_a_duty():
    assert name_at("Trưởng phòng phải thực hiện đầy đủ chế độ", 0)[0] == "Trưởng phòng"
    assert name_at("Trưởng khoa có trách nhiệm báo cáo", 0)[0] == "Trưởng khoa"
    # Before another predicate, the title cut from its unit says nothing.
    assert name_at("Trưởng Ban phối hợp với các đơn vị", 0) is None
    assert name_at("trưởng phòng phải", 0) is None


def test_a_name_wrapped_before_the_colon_is_no_introducing_line():
    rows = _rows(
        "1. Thường trực\nHội đồng nhân dân tỉnh:\n\na) Theo dõi kết quả thực hiện kiến nghị sau giám sát và báo cáo Hội"
        " đồng nhân dân tại kỳ họp gần nhất.\n\nb) Tổ chức Hội nghị chất vấn.\n",
        Header(issuer="Hội đồng nhân dân tỉnh Lào Cai", province="Lào Cai"),
    )
    assert rows and rows[0][0] != "Hội đồng nhân dân tỉnh Lào Cai"


def test_the_subject_after_a_long_condition():
    rows = _rows(
        "4. Trường hợp phát sinh khó khăn, vướng mắc vượt thẩm quyền, ảnh hưởng tiến độ, Sở Tài chính báo cáo UBND tỉnh"
        " xem xét, quyết định.\n",
        _PROVINCE,
    )
    # Round 20: the condition is the duty's recurrence.
    condition = "trường hợp phát sinh khó khăn, vướng mắc vượt thẩm quyền"
    assert rows == [("Sở Tài chính tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Lào Cai", None, condition)]
    # The last comma before a subject: a body named inside the condition is not the reporter.
    assert doers(
        "Trường hợp đối tượng là đảng viên thuộc diện Bộ Chính trị, Ban Bí thư quản lý, Ban Tổ chức Trung ương chủ trì xác minh"
    ) == [("Ban Tổ chức Trung ương", 79, 101)]
    # A "thì" closes the condition, however far (corpus 055): its commas are its own list's.
    assert doers(
        "trường hợp xác minh người ứng cử là đảng viên thuộc diện Bộ Chính trị, Ban Bí thư quản lý, đảng viên thuộc diện"
        " cấp ủy ở địa phương quản lý theo Quy định số 296-QĐ/TW, ngày 30/5/2025 của Ban Chấp hành Trung ương về công tác"
        " kiểm tra, giám sát và kỷ luật của Đảng thì ngoài việc chuyển đến địa chỉ cơ quan có thẩm quyền giải quyết"
    ) == []


def test_a_dash_line_that_continues_a_departments_name_is_no_bullet():
    from vanban.loaders.sections import _splits_name

    assert _splits_name("Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Lao động", "Thương binh và Xã hội, Nội vụ, Tài chính;")
    assert _splits_name("Trưởng phòng Tổ chức", "Hành chính, Trưởng các khoa")
    # A document listed after a line that ends with a department: a bullet.
    assert not _splits_name("Căn cứ Thông tư số 12/2024/TT-BTC của Bộ Tài chính", "Kế hoạch số 15/KH-UBND ngày 02/3/2025")
    assert not _splits_name("- Sở Lao động;", "Thương binh và Xã hội")


_SCHOOL = Header(issuer="Trường Trung học cơ sở và Trung học phổ thông Tân Kiều", province="Đồng Tháp")


def test_a_schools_reporting_regime():
    rows = _rows(
        "1. Các tổ chuyên môn xây dựng kế hoạch dạy học.\n\n2. Chế độ thông tin, báo cáo:\n- Định kỳ hằng tuần, các Tổ trưởng"
        " chuyên môn tổng hợp tình hình thực hiện dạy học buổi 2 và tình hình kê khai tiết dạy của giáo viên trong tổ, báo"
        " cáo Phó Hiệu trưởng phụ trách chuyên môn qua giao ban chuyên môn.\n- Cuối mỗi học kỳ và kết thúc năm học, Ban Giám"
        " hiệu tổ chức họp sơ kết, tổng kết đánh giá rút kinh nghiệm; biểu dương, khen thưởng các tập thể, cá nhân có thành"
        " tích xuất sắc; đồng thời báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo tỉnh Đồng Tháp theo quy định.\n",
        _SCHOOL,
    )
    assert rows == [
        # The heads of subject groups report to the deputy head (not the school compiling its report), each week: the
        # period opens the sentence, far before the verb.
        ("Các Tổ trưởng chuyên môn", "Phó Hiệu trưởng phụ trách chuyên môn", None, "định kỳ hằng tuần"),
        # The subject after "Cuối mỗi học kỳ …," (not the plan's addressees): the school's own leadership, whose report
        # outward is the school's (round 20, reports11c: OWN_LEADERSHIP).
        ("Trường Trung học cơ sở và Trung học phổ thông Tân Kiều", "Sở Giáo dục và Đào tạo tỉnh Đồng Tháp", None, None),
    ]


def test_a_talk_is_no_report_and_a_school_names_itself():
    school = Header(issuer="Trường Trung học phổ thông Tân Kiều", province="Đồng Tháp")
    rows = _rows(
        "1. Phó Hiệu trưởng\n- Là đầu mối tổ chức triển khai toàn bộ nội dung.\n- Tổng hợp báo cáo kết quả về Sở GDĐT trước"
        " ngày 05/10/2026.\n\n2. Tổ Tư vấn tâm lý học đường\n- Báo cáo chuyên đề về văn hóa ứng xử học đường.\n- Thực hiện"
        " khảo sát tâm lý đầu vào cho học sinh.\n\n3. Chế độ báo cáo\n\nNhà trường triển khai thực hiện và gửi **Báo cáo kết"
        " quả** (kèm số liệu chi tiết, hình ảnh, tài liệu) về Sở GDĐT trước ngày 05 tháng 10 năm 2026.\n",
        school,
    )
    # The talk is no duty; the school's report, said twice with one date, is one duty.
    assert rows == [("Trường Trung học phổ thông Tân Kiều", "Sở Giáo dục và Đào tạo tỉnh Đồng Tháp", "2026-10-05", None)]
    # A thematic report sent with a date is a report.
    rows = _rows("1. Các sở, ngành báo cáo chuyên đề về công tác cải cách hành chính gửi về Sở Nội vụ trước ngày 15/12/2025.\n", _PROVINCE)
    assert rows == [("Các sở, ngành", "Sở Nội vụ tỉnh Lào Cai", "2025-12-15", None)]


def test_into_a_report_is_no_duty():
    school = Header(issuer="Trường Trung học phổ thông Tân Kiều", province="Đồng Tháp")
    rows = _rows(
        "1. Các Tổ chuyên môn theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này trong phạm vi tổ; định kỳ sơ kết đánh"
        " giá kết quả (lồng ghép vào báo cáo tổ chuyên môn giữa học kỳ và cuối năm).\n\n2. Các bộ phận, cá nhân nhanh chóng"
        " báo cáo về Ban Giám hiệu để được hướng dẫn.\n",
        school,
    )
    assert rows == [("Các bộ phận, cá nhân", "Ban Giám hiệu", None, None)]
