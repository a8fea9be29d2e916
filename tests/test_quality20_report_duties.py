"""Reporting duties, round 20: which sentences are duties. The fragments are written in the style of a Sở's Công văn, a
school's Kế hoạch, a Party committee's Nghị quyết and a Mặt trận's election plan (realistic fragments, not copies)."""

from __future__ import annotations

from report_plans import reports_of

from vanban.loaders import reports
from vanban.loaders.records import Header
from vanban.loaders.reports import find_reports
from vanban.loaders.text import make_text

_SCHOOL = Header(issuer="Trường THPT Lê Lợi", province="Quảng Trị")
_PROVINCE = Header(issuer="Ủy ban nhân dân tỉnh Quảng Nam", province="Quảng Nam")


def _rows(body: str, header: Header = _SCHOOL) -> list[tuple]:
    return [(r["from"], r["to"], r["deadline"], r["recurrence"]) for r in reports_of(body, header)]


# 1. An attachment in brackets ("(có mẫu kèm theo)") ends the clause only when nothing of the duty follows it: the
# addressee and the deadline after it are the report's.
def test_an_attachment_in_brackets_does_not_hide_the_addressee_and_the_date():
    body = (
        "- Báo cáo công tác chuẩn bị, kiểm tra, rà soát cơ sở vật chất, thiết bị dạy học (có mẫu kèm theo) về Sở Giáo dục "
        "và Đào tạo trước 14 giờ 00 ngày 29/7/2020."
    )
    [(_, to, deadline, _)] = _rows(body)
    assert (to, deadline) == ("Sở Giáo dục và Đào tạo tỉnh Quảng Trị", "2020-07-29")


def test_an_attachment_that_closes_the_sentence_still_ends_the_clause():
    assert reports.CLAUSE_END.search("về Sở Y tế để theo dõi, tổng hợp(có Đề cương báo cáo kèm theo). 2. Giao").group() == "(có "
    assert reports.CLAUSE_END.search("báo cáo UBND tỉnh (có biểu mẫu kèm theo)./.").group() == "(có "
    assert reports.CLAUSE_END.search("rà soát (có mẫu kèm theo) về Sở Giáo dục và Đào tạo trước") is None
    assert reports.CLAUSE_END.search("rà soát (có mẫu kèm theo) gửi Phòng Giáo dục và Đào tạo. Hết").group() == ". "


# 2. Two reports of one clause, each with its period: the second's evidence is its own, not the first's again.
def test_the_second_period_of_a_clause_quotes_its_own_words():
    got = reports_of("- Chế độ báo cáo: báo cáo 6 tháng trước ngày 10/6 và báo cáo năm trước ngày 10/12.", _SCHOOL)
    assert [(r["recurrence"], r["evidence"]) for r in got] == [
        ("6 tháng (trước ngày 10/6)", "báo cáo 6 tháng trước ngày 10/6"),
        ("hằng năm (trước ngày 10/12)", "báo cáo năm trước ngày 10/12"),
    ]


# 3. Reports named as documents: a list of a congress's draft documents, a report named by its author, a report of comments
# taken ("Báo cáo tiếp thu, giải trình"), none sent anywhere or dated. The duties of the same Nghị quyết stay.
_PARTY = Header(issuer="Tỉnh ủy Quảng Nam", province="Quảng Nam")
RESOLUTION = """TỈNH ỦY QUẢNG NAM
Số: 45-NQ/TU
Quảng Nam, ngày 20 tháng 10 năm 2025

NGHỊ QUYẾT
Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 3

Ngày 18/10/2025, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 3, thảo luận, cho ý kiến vào dự thảo các văn kiện
trình Đại hội XIV của Đảng.

QUYẾT NGHỊ:

1. Ban Chấp hành Đảng bộ tỉnh cơ bản thống nhất với các dự thảo văn kiện trình Đại hội XIV của Đảng, gồm:
- Báo cáo chính trị của Ban Chấp hành Trung ương Đảng khóa XIII tại Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.
- Báo cáo tổng kết một số vấn đề lý luận và thực tiễn về công cuộc đổi mới theo định hướng xã hội chủ nghĩa trong 40 năm ở Việt Nam.
- Báo cáo của Ban Chấp hành Trung ương Đảng khóa XIII về tổng kết công tác xây dựng Đảng và thi hành Điều lệ Đảng.
2. Thống nhất với Báo cáo tiếp thu, giải trình của Bộ Chính trị. Báo cáo tiếp thu, giải trình của Ban Thường vụ Tỉnh ủy được gửi kèm theo.
3. Giao Ban Thường vụ Tỉnh ủy chỉ đạo tổng hợp ý kiến, báo cáo Bộ Chính trị trước ngày 30/10/2025.
4. Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc tổ chức quán triệt Nghị quyết; định kỳ 6 tháng báo cáo kết quả về Ban
Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy).
"""


def test_a_list_of_documents_and_reports_named_by_their_author_are_no_duties():
    got = [(r.to, r.deadline, r.recurrence) for r in find_reports(make_text(RESOLUTION), _PARTY)]
    assert got == [("Bộ Chính trị", "2025-10-30", None), ("Ban Thường vụ Tỉnh ủy Quảng Nam", None, "định kỳ 6 tháng")]


def test_a_report_named_by_its_author_is_still_a_duty_when_sent_or_dated():
    body = "- Báo cáo của các tổ chuyên môn gửi về Ban Giám hiệu trước ngày 25/5/2025."
    assert [(to, deadline) for _, to, deadline, _ in _rows(body)] == [("Ban Giám hiệu", "2025-05-25")]
    # Inside a sentence, in lower case, the draft of a report is a duty of its own (seed 002).
    body = "2. Giao Phòng Nội vụ huyện tổng hợp xây dựng dự thảo báo cáo của UBND huyện về kết quả thực hiện Kế hoạch này."
    assert len(_rows(body, _PROVINCE)) == 1


# 4. What is said at a meeting: a case explained to it ("báo cáo rõ để hội nghị … xem xét"), an agenda's items.
_FRONT = Header(issuer="Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam", province="Quảng Nam")


def test_a_case_explained_to_a_meeting_is_no_duty():
    body = (
        "c) Trường hợp người ứng cử không đạt sự tín nhiệm của trên 50% tổng số cử tri tham dự thì không đưa vào danh sách, "
        "trừ trường hợp đặc biệt cần báo cáo rõ để hội nghị hiệp thương xem xét, quyết định."
    )
    assert _rows(body, _FRONT) == []
    # Explained to a body, it is one.
    body = "- Trường hợp chậm tiến độ, các đơn vị báo cáo rõ lý do về Ban Thường trực trước ngày 10/3/2026."
    assert [to for _, to, _, _ in _rows(body, _FRONT)] == ["Ban Thường trực"]


def test_the_items_of_a_meetings_agenda_are_no_duties():
    body = (
        "1. Hội nghị hiệp thương lần thứ hai\n2. Nội dung hội nghị:\n"
        "- Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh báo cáo về tình hình giới thiệu người ứng cử đại biểu Quốc hội.\n"
        "- Hội nghị thảo luận, lập danh sách sơ bộ những người ứng cử.\n"
        "3. Sau hội nghị, Ban Thường trực báo cáo kết quả về Ủy ban bầu cử tỉnh trước ngày 10/02/2026."
    )
    assert [(to, deadline) for _, to, deadline, _ in _rows(body, _FRONT)] == [("Ủy ban bầu cử tỉnh Quảng Nam", "2026-02-10")]


# 5. A list of a plan's reports, each named in its item and dated in the item's next sentence ("Thời gian gửi báo cáo về …
# chậm nhất ngày …", "Thời gian chậm nhất gửi báo cáo về … ngày …"): one duty per item, dated, even after an earlier duty to
# the same body.
REPORT_LIST = (
    "2. Ban Thường trực Ủy ban MTTQ Việt Nam xã thực hiện chế độ báo cáo với Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh như sau:\n"
    "a) Báo cáo tình hình hiệp thương giới thiệu người ứng cử về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chậm nhất ngày "
    "03/02/2026.\n"
    "b) Báo cáo tình hình tổ chức các cuộc tiếp xúc cử tri kèm theo bản tổng hợp kiến nghị của cử tri. Thời gian gửi báo cáo về "
    "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chậm nhất ngày 14/3/2026.\n"
    "c) Báo cáo tổng kết công tác Mặt trận tham gia bầu cử kèm theo danh sách trích ngang những người trúng cử. Thời gian chậm "
    "nhất gửi báo cáo về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ngày 23/3/2026.\n"
    "d) Các Phó Chủ tịch theo dõi, đôn đốc, tham mưu báo cáo của Ban Thường trực Ủy ban MTTQ Việt Nam xã để báo cáo Ban Thường "
    "trực Ủy ban MTTQ Việt Nam tỉnh theo yêu cầu."
)


def test_each_item_of_a_report_list_is_one_dated_duty():
    got = [(to, deadline) for _, to, deadline, _ in _rows(REPORT_LIST, _FRONT)]
    front = "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam"
    assert got == [(front, "2026-02-03"), (front, "2026-03-14"), (front, "2026-03-23"), (front, None)]


def test_a_limit_said_before_the_verb_dates_the_day_after_the_addressee():
    flat = "Thời gian chậm nhất gửi báo cáo về Sở Nội vụ ngày 23/3/2026."
    m = reports.REPORT_WORD.search(flat)
    assert reports._cued_day(flat, 0, m, len(flat)).iso == "2026-03-23"
    # No limit before the verb: a day after it is when something happens, not a deadline.
    flat = "Các đơn vị gửi báo cáo về Sở Nội vụ tại hội nghị ngày 23/3/2026."
    assert reports._cued_day(flat, 0, reports.REPORT_WORD.search(flat), len(flat)) is None


# 6. The aims and requirements of a plan: a quality asked for, or a programme's process described, is no duty; what to do
# when something happens, with its addressee, is one.
def _aims_plan(requirement: str) -> str:
    return (
        "KẾ HOẠCH\nĐảm bảo an ninh, trật tự trường học năm học 2024-2025\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
        "- Nâng cao nhận thức của học sinh.\n2. Yêu cầu\n" + requirement + "\n\nII. TỔ CHỨC THỰC HIỆN\n"
        "1. Các tổ chuyên môn triển khai thực hiện.\n"
    )


def test_an_event_with_its_addressee_in_the_requirements_is_a_duty():
    text = _aims_plan(
        "- Khi có diễn biến bất thường về an ninh trật tự, giáo viên chủ nhiệm báo cáo kịp thời về Ban Giám hiệu để xử lý."
    )
    assert [(r.from_, r.to) for r in find_reports(make_text(text), _SCHOOL)] == [("Giáo viên chủ nhiệm", "Ban Giám hiệu")]


def test_a_quality_or_a_process_in_the_aims_is_no_duty():
    for requirement in (
        "- Các tổ chuyên môn báo cáo kết quả đầy đủ, kịp thời.",
        "- Là cơ sở để đánh giá việc thực hiện Chương trình gửi Bộ Giáo dục và Đào tạo tổng hợp, báo cáo Thủ tướng Chính phủ.",
    ):
        assert find_reports(make_text(_aims_plan(requirement)), _SCHOOL) == []


def test_the_agenda_of_a_meeting_named_before_it_holds_no_duties():
    body = (
        "1. Hội nghị hiệp thương lần thứ hai\na) Thời gian: ngày 03/02/2026.\n"
        "b) Nội dung: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh báo cáo về tình hình giới thiệu người ứng cử đại biểu Quốc hội; "
        "Hội nghị thảo luận, lập danh sách sơ bộ.\n"
        "2. Hội nghị cử tri nơi cư trú\n- Chủ trì: Ban Thường trực Ủy ban MTTQ Việt Nam xã.\n- Nội dung:\n"
        "+ Ban Thường trực báo cáo về tiêu chuẩn người ứng cử.\n+ Cử tri nhận xét, đánh giá người ứng cử.\n"
        "3. Ban Thường trực Ủy ban MTTQ Việt Nam các xã báo cáo kết quả về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh trước ngày "
        "10/02/2026."
    )
    assert [(to, deadline) for _, to, deadline, _ in _rows(body, _FRONT)] == [
        ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam", "2026-02-10")
    ]
    # "Nội dung:" of a work, not of a meeting: its duties stay.
    body = "1. Tuyên truyền về bầu cử\n- Nội dung: Các xã báo cáo về tình hình tuyên truyền."
    assert len(_rows(body, _FRONT)) == 1


# 7. A report completed and submitted ("hoàn chỉnh báo cáo trình X"): X is the addressee, not "trình tự".
def test_a_report_submitted_names_its_addressee_after_trinh():
    body = (
        "2. Giao Ủy ban Kiểm tra Huyện ủy tiếp thu ý kiến, hoàn chỉnh báo cáo trình Ban Chấp hành Đảng bộ huyện tại Hội nghị "
        "lần thứ 22."
    )
    header = Header(issuer="Huyện ủy Vĩnh Linh", province="Quảng Trị", district="Vĩnh Linh")
    assert [to for _, to, _, _ in _rows(body, header)] == ["Ban Chấp hành Đảng bộ huyện Vĩnh Linh"]
    assert reports.TO_DIRECT.match(" trình tự thủ tục").end() == 1


# 8. The addressee of a Quy chế's duties: the verb's object is no part of the name read after it, and the body whose request
# the report answers receives it when no other addressee is named.
_NINH_BINH = Header(issuer="Ủy ban nhân dân tỉnh Ninh Bình", province="Ninh Bình")


def test_the_object_after_the_addressee_is_cut_from_its_name():
    body = (
        "2. Văn thư kiểm tra hộp thư điện tử ít nhất 02 lần/ngày; báo cáo Lãnh đạo cơ quan các thư điện tử khác gửi đến để kịp "
        "thời xử lý."
    )
    assert [to for _, to, _, _ in _rows(body, _NINH_BINH)] == ["Lãnh đạo cơ quan"]
    assert reports.OBJECT_TAIL.search("Ủy ban nhân dân các huyện") is None


def test_the_body_that_asks_for_the_report_receives_it():
    body = (
        "đ) Sở Khoa học và Công nghệ theo dõi, đôn đốc các cơ quan, đơn vị; báo cáo định kỳ hoặc đột xuất khi có yêu cầu của "
        "Ủy ban nhân dân tỉnh về tình hình quản lý, sử dụng Hệ thống thư điện tử công vụ."
    )
    assert [to for _, to, _, _ in _rows(body, _NINH_BINH)] == ["Ủy ban nhân dân tỉnh Ninh Bình"]
    # An addressee named wins: "về Sở Nội vụ … theo yêu cầu của Bộ Nội vụ" goes to the Sở.
    body = "1. Các sở, ngành báo cáo kết quả về Sở Nội vụ theo yêu cầu của Bộ Nội vụ trước ngày 15/12/2025."
    assert [to for _, to, _, _ in _rows(body, _NINH_BINH)] == ["Sở Nội vụ tỉnh Ninh Bình"]


# 9. A report with no period is due when something happens: its recurrence is the event, in the text's words (at once,
# on a condition said before the verb, on request after it). Not across a purpose (seed 002), not over a period.
def test_the_event_a_report_follows_is_its_recurrence():
    cases = {
        "b) Đối với các vụ lộ, mất bí mật nhà nước xảy ra phải báo cáo ngay về UBND tỉnh (qua Công an tỉnh) để chỉ đạo.": (
            "ngay khi xảy ra các vụ lộ, mất bí mật nhà nước"
        ),
        "b) Phát hiện sai phạm phải báo cáo ngay về UBND tỉnh.": "ngay",
        "3. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc các cơ quan, đơn vị, địa phương báo cáo về UBND tỉnh để xem "
        "xét, giải quyết.": "nếu có khó khăn, vướng mắc",
        "- Khi có diễn biến bất thường về an ninh trật tự, giáo viên chủ nhiệm báo cáo kịp thời về Ban Giám hiệu.": (
            "khi có diễn biến bất thường về an ninh trật tự"
        ),
        "1. Kết quả thực hiện báo cáo về Sở GDĐT qua Văn phòng nhà trường khi có yêu cầu.": "khi có yêu cầu",
        "2. Các khoa khi phát hiện sự cố y khoa nghiêm trọng phải báo cáo ngay cho Ban Giám đốc.": (
            "ngay khi phát hiện sự cố y khoa nghiêm trọng"
        ),
    }
    for body, recurrence in cases.items():
        assert [r for _, _, _, r in _rows(body, _PROVINCE)] == [recurrence], body


def test_an_event_does_not_replace_a_period_nor_reach_into_a_purpose():
    body = "1. Khi kết thúc năm học, các trường định kỳ hằng năm báo cáo kết quả về Sở GDĐT."
    assert [r for _, _, _, r in _rows(body, _PROVINCE)] == ["định kỳ hằng năm"]
    body = (
        "Trong quá trình thực hiện, nếu phát sinh khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Nội vụ để được "
        "hướng dẫn hoặc tổng hợp báo cáo UBND huyện chỉ đạo, giải quyết./."
    )
    assert [r for _, _, _, r in _rows(body, _PROVINCE)] == [None]


# 10. A limit said after the duty by its own label: "Hạn cuối nhận báo cáo: 17h00 ngày …", "Thời hạn: trước ngày …" (the
# bare label only in the duty's own paragraph, not the next item's).
def test_a_limit_label_after_the_duty_dates_it():
    for body, deadline in (
        ("1. Các đơn vị báo cáo kết quả về Sở Nội vụ. Hạn cuối nhận báo cáo: 17h00 ngày 15/11/2024.", "2024-11-15"),
        ("1. Các đơn vị gửi báo cáo về Sở Nội vụ. Thời hạn: trước ngày 15/12/2024.", "2024-12-15"),
        ("1. Các đơn vị báo cáo kết quả về Sở Nội vụ.\n2. Tổ chức hội nghị sơ kết. Thời hạn: trước ngày 15/12/2024.", None),
    ):
        assert [d for _, _, d, _ in _rows(body, _PROVINCE)] == [deadline], body
    body = "Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc kịp thời báo cáo Ủy ban nhân dân tỉnh xem xét."
    assert [r for _, _, _, r in _rows(body, _PROVINCE)] == ["nếu có khó khăn, vướng mắc"]


# 11. A Báo cáo's account of what was done tells of reports, it asks for none; its "Phương hướng" asks.
DISTRICT_REPORT = """ỦY BAN NHÂN DÂN
HUYỆN ĐẠI LỘC
Số: 210/BC-UBND
Đại Lộc, ngày 10 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác chỉ đạo, điều hành
UBND huyện ban hành Kế hoạch số 12/KH-UBND; chỉ đạo các cơ quan, đơn vị báo cáo định kỳ hằng quý về Phòng Nội vụ để tổng hợp.
Hằng tháng, Phòng Nội vụ tổng hợp, báo cáo UBND huyện tình hình thực hiện.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
1. Các xã, thị trấn báo cáo kết quả về UBND huyện (qua Phòng Nội vụ) trước ngày 10/12/2025.

Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính năm 2024 của UBND huyện Đại Lộc./.
"""


def test_a_reports_account_of_past_work_holds_no_duties():
    header = Header(doc_type="Báo cáo", issuer="Ủy ban nhân dân huyện Đại Lộc", province="Quảng Nam", district="Đại Lộc")
    got = [(r.to, r.deadline) for r in find_reports(make_text(DISTRICT_REPORT), header)]
    assert got == [("Ủy ban nhân dân huyện Đại Lộc", "2025-12-10")]
    # The same words in a Kế hoạch's "KẾT QUẢ" heading are read as before (only a Báo cáo tells of its past work).
    plan = header.model_copy(update={"doc_type": "Kế hoạch"})
    assert len(find_reports(make_text(DISTRICT_REPORT), plan)) == 3


# 12. A conference that briefs its audience ("tổ chức hội nghị báo cáo tình hình thời sự … cho cán bộ") sends no report.
def test_a_briefing_conference_is_no_duty():
    body = "- Định kỳ hằng quý tổ chức hội nghị báo cáo tình hình thời sự trong nước và quốc tế cho cán bộ chủ chốt."
    assert _rows(body, _PARTY) == []
    body = "- Sau hội nghị báo cáo kết quả về UBND tỉnh trước ngày 10/5/2025."
    assert [(to, deadline) for _, to, deadline, _ in _rows(body, _PROVINCE)] == [("Ủy ban nhân dân tỉnh Quảng Nam", "2025-05-10")]


# 13. Dates each followed by the kind of report they are for, in brackets: one duty per kind; "báo cáo" in the brackets names
# the kind, no duty. The preposition of a time after the addressee is no part of its name.
def test_dates_with_their_kinds_in_brackets_are_a_schedule():
    body = (
        "1. Các đơn vị báo cáo kết quả về Sở Nội vụ trước ngày 30/6/2025 (đối với báo cáo 6 tháng) và trước ngày 15/12/2025 "
        "(đối với báo cáo năm)."
    )
    assert [(d, r) for _, _, d, r in _rows(body, _PROVINCE)] == [("2025-06-30", "6 tháng"), ("2025-12-15", "hằng năm")]
    body = "1. Các đơn vị báo cáo kết quả về Sở Nội vụ trước ngày 15/6 (báo cáo 6 tháng) và trước ngày 15/12 (báo cáo năm)."
    assert [r for _, _, _, r in _rows(body, _PROVINCE)] == ["6 tháng (trước ngày 15/6)", "hằng năm (trước ngày 15/12)"]


def test_a_times_preposition_is_cut_from_the_addressee():
    body = "1. Các đơn vị báo cáo kết quả về Sở Nội vụ vào ngày 25 hằng tháng."
    assert [(to, r) for _, to, _, r in _rows(body, _PROVINCE)] == [("Sở Nội vụ tỉnh Quảng Nam", "hằng tháng (ngày 25)")]


# 14. A report named by its form, sent on in the same breath, is a duty; the form alone is not.
def test_a_form_report_sent_on_is_a_duty():
    body = "1. Các đơn vị tổng hợp số liệu theo biểu mẫu báo cáo gửi về Sở Y tế trước ngày 15/7/2025."
    assert [(to, d) for _, to, d, _ in _rows(body, _PROVINCE)] == [("Sở Y tế tỉnh Quảng Nam", "2025-07-15")]
    assert _rows("1. Các đơn vị tổng hợp số liệu theo biểu mẫu báo cáo đính kèm.", _PROVINCE) == []


# 15. An ellipsis the clause goes on after, and the dot of "TP.", end no clause: the addressee and the date after them are read.
def test_an_ellipsis_or_an_abbreviation_does_not_end_the_clause():
    body = (
        "- Báo cáo công tác chuẩn bị, kiểm tra, rà soát cơ sở vật chất, thiết bị, đội ngũ... về Sở Giáo dục và Đào tạo trước "
        "14 giờ 00 ngày 29/7/2020."
    )
    assert [(to, d) for _, to, d, _ in _rows(body, _SCHOOL)] == [("Sở Giáo dục và Đào tạo tỉnh Quảng Trị", "2020-07-29")]
    assert reports.CLAUSE_END.search("Sở Giáo dục và Đào tạo TP. Hồ Chí Minh trước ngày 29/7/2020") is None
    assert reports.CLAUSE_END.search("đội ngũ... Báo cáo gửi về").group() == ". "


# 16. A report in a task table's row, with a period in its cell, is due on the row's date.
def test_a_table_rows_date_dates_its_periodic_report():
    text = (
        "KẾ HOẠCH\nThực hiện công tác cải cách hành chính năm 2025\n\nII. NHIỆM VỤ CỤ THỂ\n\n"
        "| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n"
        "| 1 | Tuyên truyền cải cách hành chính | Phòng Văn hóa - Thông tin | Các xã | Cả năm |\n"
        "| 2 | Báo cáo sơ kết 6 tháng gửi UBND tỉnh | Phòng Nội vụ | Các cơ quan | Trước ngày 15/6/2025 |\n"
    )
    header = Header(issuer="Ủy ban nhân dân huyện Đại Lộc", province="Quảng Nam", district="Đại Lộc")
    assert [(r.deadline, r.recurrence) for r in find_reports(make_text(text), header)] == [("2025-06-15", "6 tháng")]


# 17. A report heard from a list of speakers (commas, "và") is no duty; a hearer's own second verb stays one.
def test_a_report_heard_from_a_list_of_speakers_is_no_duty():
    for body in (
        "Ngày 20/7/2024, Chủ tịch UBND tỉnh chủ trì cuộc họp nghe lãnh đạo Văn phòng UBND tỉnh, các sở, ngành báo cáo tình hình "
        "hoạt động tuần thứ 29.",
        "- 8 giờ 00: Thường trực UBND tỉnh nghe Sở Tài chính và Sở Kế hoạch và Đầu tư báo cáo phương án phân bổ vốn.",
    ):
        assert _rows(body, _PROVINCE) == [], body
    for body in (
        "1. Các xã lắng nghe ý kiến, kiến nghị của cử tri, báo cáo UBND huyện trước ngày 10/6/2025.",
        "1. Các tổ đại biểu lắng nghe ý kiến cử tri và báo cáo Thường trực HĐND huyện trước ngày 10/6/2025.",
    ):
        assert len(_rows(body, _PROVINCE)) == 1, body


# 18. A report appraised or approved by another body is no duty of that body (nor of the report's owner).
def test_a_report_appraised_or_approved_is_no_duty():
    for body in (
        "2. Sở Tư pháp thẩm định báo cáo của các đơn vị trước khi trình UBND tỉnh.",
        "3. UBND huyện phê duyệt báo cáo kết quả kiểm kê rừng của các xã.",
    ):
        assert _rows(body, _PROVINCE) == [], body
    body = "3. Phòng Tài nguyên và Môi trường thẩm định, báo cáo UBND huyện trước ngày 10/5/2025."
    assert [d for _, _, d, _ in _rows(body, _PROVINCE)] == ["2025-05-10"]


def test_what_belongs_to_a_report_is_no_duty():
    assert _rows("- Chất lượng của báo cáo còn hạn chế, số liệu chưa đầy đủ.", _PROVINCE) == []


def test_the_documents_of_a_dossier_are_no_duties():
    body = (
        "3. Hồ sơ đề nghị gồm:\n- Tờ trình của UBND huyện;\n- Báo cáo kết quả thẩm định của Phòng Tư pháp;\n"
        "- Dự thảo Quyết định.\n4. Phòng Tư pháp báo cáo kết quả về Sở Tư pháp trước ngày 15/5/2025."
    )
    assert [(to, d) for _, to, d, _ in _rows(body, _PROVINCE)] == [("Sở Tư pháp tỉnh Quảng Nam", "2025-05-15")]


# 19. An hour written with "g", or a weekday between the hour and the day, still dates the duty.
def test_an_hour_in_g_or_before_a_weekday_still_dates_the_duty():
    for limit, deadline in (("trước 16g00 ngày 20/11/2024", "2024-11-20"), ("trước 10 giờ, thứ Sáu ngày 22/11/2024", "2024-11-22")):
        body = f"1. Các đơn vị báo cáo kết quả về Sở Nội vụ {limit}."
        assert [d for _, _, d, _ in _rows(body, _PROVINCE)] == [deadline], limit


# 20. More spellings of a period: "6 tháng, 1 năm", "6 tháng và cuối năm", "Mỗi quý một lần" (not "… của mỗi quý", a day's
# place in the period).
def test_more_spellings_of_a_period():
    for opening, recurrence in (
        ("Định kỳ 6 tháng, 1 năm", "định kỳ 6 tháng, 1 năm"),
        ("Định kỳ 6 tháng và cuối năm", "định kỳ 6 tháng và cuối năm"),
        ("Mỗi quý một lần", "mỗi quý"),
    ):
        body = f"1. {opening}, các đơn vị báo cáo kết quả về Sở Nội vụ."
        assert [r for _, _, _, r in _rows(body, _PROVINCE)] == [recurrence], opening


# 21. The body an issuing office serves, named by its kind alone: "báo cáo Bộ" in a Công văn of the Văn phòng Bộ Công an.
def test_the_body_an_issuing_office_serves_is_the_bare_addressee():
    header = Header(issuer="Văn phòng Bộ Công an")
    body = "Văn phòng Bộ đề nghị đồng chí Giám đốc Công an thành phố Hà Nội chỉ đạo, kiểm tra, xử lý và báo cáo Bộ (qua V11)./."
    assert [to for _, to, _, _ in _rows(body, header)] == ["Bộ Công an"]


def test_a_report_not_received_is_no_duty():
    body = (
        "Tuy nhiên, đến nay đã quá hạn nhưng Bộ Y tế chưa nhận được báo cáo của Sở Y tế tỉnh, thành phố trực thuộc Trung ương "
        "gửi."
    )
    assert _rows(body, Header(issuer="Bộ Y tế")) == []


# 22. A semicolon inside brackets ends no clause: the date after the address is the report's; a list's next marker still does.
def test_a_semicolon_inside_brackets_ends_no_clause():
    body = (
        "1. Các đơn vị báo cáo kết quả gửi về Sở Nội vụ (địa chỉ: số 10 Trần Hưng Đạo, TP. Tam Kỳ; email: snv@quangnam.gov.vn) "
        "trước ngày 20/12/2024."
    )
    assert [d for _, _, d, _ in _rows(body, _PROVINCE)] == ["2024-12-20"]
    body = "a) Các đơn vị báo cáo kết quả về Sở Nội vụ; b) Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 20/12/2024."
    assert [d for _, _, d, _ in _rows(body, _PROVINCE)] == [None, "2024-12-20"]
