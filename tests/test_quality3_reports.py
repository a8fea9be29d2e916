"""Reports and deadlines, round 3: month/quarter limits, days of every month, deadlines that open
the clause, bare "định kỳ", routes "(qua …)"/"qua …" after the addressee. Fragments from the corpus."""

from __future__ import annotations

from vanban.loaders.deadlines import DEADLINE, PERIOD, find_deadline, find_period
from vanban.loaders.records import Header
from vanban.loaders.reports import NOT_DUTY_BEFORE, PERIODIC_BEFORE, RECURRENCE
from tests.report_plans import reports_of as _reports


BAC_NINH = Header(issuer="Ủy ban nhân dân tỉnh Bắc Ninh", province="Bắc Ninh")
CAN_THO = Header(issuer="Ủy ban nhân dân thành phố Cần Thơ", province="Cần Thơ")
DONG_NAI = Header(issuer="Ủy ban nhân dân tỉnh Đồng Nai", province="Đồng Nai")
NGHE_AN = Header(issuer="Ủy ban nhân dân tỉnh Nghệ An", province="Nghệ An")


# --- deadlines.py -------------------------------------------------------------------------


def test_day_of_every_month_is_a_day_without_month():
    # corpus 020: "… báo cáo UBND Thành phố kết quả thực hiện thông qua Sở Khoa học và Công nghệ trước ngày 15 hằng tháng."
    dl = find_deadline("thông qua Sở Khoa học và Công nghệ trước ngày 15 hằng tháng.")
    assert dl is not None and dl.iso is None and dl.day_month == "15"
    # corpus 048: "(*trước ngày 18 hàng tháng*), 6 tháng (*trước ngày 18/5*)": the first is the monthly day.
    dl = find_deadline("định kỳ hàng tháng (*trước ngày 18 hàng tháng*), 6 tháng (*trước ngày 18/5*)")
    assert dl.day_month == "18"
    assert DEADLINE.search("trước ngày 20 hằng tháng lên phần mềm").group("every") == "hằng"


def test_day_and_month_without_year_and_short_form():
    assert find_deadline("gửi báo cáo kết quả thực hiện trước ngày 15/11 hằng năm").day_month == "15/11"
    assert find_deadline("hoàn thành trước 30/11").day_month == "30/11"
    assert find_deadline("Thời gian hoàn thành: Trước ngày 31/5/2026.").iso == "2026-05-31"


def test_month_and_quarter_limits_are_periods_not_dates():
    # corpus 032: "Hoàn thành, báo cáo kết quả Ủy ban nhân dân tỉnh (qua Công an tỉnh) **trong tháng 11/2025**."
    s = "báo cáo kết quả Ủy ban nhân dân tỉnh (qua Công an tỉnh) **trong tháng 11/2025**."
    assert find_deadline(s) is None
    p = find_period(s)
    assert p is not None and p.text == "trong tháng 11/2025" and s[p.flat_start : p.flat_end] == "trong tháng 11/2025"
    assert find_period("báo cáo UBND tỉnh trong quý IV/2023").text == "trong quý IV/2023"
    assert find_period("hoàn thành trong quý I năm 2024").text == "hoàn thành trong quý I/2024"
    assert find_period("chậm nhất trong tháng 02 năm 2026").text == "chậm nhất trong tháng 2/2026"
    # Not a limit: a month in a date range or a bare mention; impossible months and quarters.
    assert find_period("Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê.") is None
    assert find_period("trong tháng 13/2025") is None
    assert PERIOD.search("trong quý V/2025") is None or find_period("trong quý V/2025") is None


# --- reports.py patterns --------------------------------------------------------------------


def test_periodic_duty_is_not_a_reporting_period_noun():
    # "kỳ báo cáo" is a noun; "Định kỳ báo cáo UBND tỉnh" a duty (corpus 001).
    assert NOT_DUTY_BEFORE.search("xong trong tháng 12/2025. Định kỳ ")
    assert PERIODIC_BEFORE.search("xong trong tháng 12/2025. Định kỳ ")
    assert not PERIODIC_BEFORE.search("trong mỗi kỳ ")
    # corpus 030 / 032: nouns, not duties.
    assert NOT_DUTY_BEFORE.search("**2.3. Báo cáo: **Chế độ báo cáo gồm ")
    assert NOT_DUTY_BEFORE.search("Thực hiện chế độ thông tin, ")


def test_bare_periodic_recurrence():
    assert RECURRENCE.search("Định kỳ báo cáo UBND tỉnh").group(0) == "Định kỳ"
    assert RECURRENCE.search("Định kỳ hằng năm (trước ngày 15 tháng 12)").group(0) == "Định kỳ hằng năm"
    assert RECURRENCE.search("Định kỳ 06 tháng các cơ quan").group(0) == "Định kỳ 06 tháng"


# --- whole duties ---------------------------------------------------------------------------


def test_periodic_report_through_a_unit_with_day_in_brackets():
    # corpus 001 (KH UBND tỉnh Bắc Ninh), IV.1.
    body = (
        "1. Các cơ quan, đơn vị, địa phương xây dựng Kế hoạch triển khai thực hiện xong trong tháng 12/2025.\n"
        "Định kỳ báo cáo UBND tỉnh (qua Sở Tư pháp) kết quả thực hiện Kế hoạch hằng năm\n"
        "(trước ngày 15 tháng 11) hoặc theo đề nghị để tổng hợp, báo cáo theo quy định."
    )
    reps = _reports(body, BAC_NINH)
    first = reps[0]
    assert first["from"] == "Các cơ quan, đơn vị, địa phương"
    assert first["to"] == "Ủy ban nhân dân tỉnh Bắc Ninh"
    assert first["deadline"] is None
    assert first["recurrence"] == "hằng năm (trước ngày 15/11)"
    assert first["evidence"].startswith("Định kỳ báo cáo UBND tỉnh (qua Sở Tư pháp)")


def test_deadline_opening_the_clause():
    # corpus 004 (Cần Thơ): "b) Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả về …".
    body = (
        "1. Các sở, ban, ngành thành phố và Ủy ban nhân dân xã, phường:\n"
        "a) Xây dựng kế hoạch thực hiện.\n"
        "b) Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả về Ủy ban nhân dân thành phố\n"
        "(qua Công an thành phố) để tổng hợp chung."
    )
    (rep,) = _reports(body, CAN_THO)
    assert rep["to"] == "Ủy ban nhân dân thành phố Cần Thơ"
    assert rep["recurrence"] == "định kỳ hằng năm (trước ngày 15/12)"
    assert "trước ngày 15 tháng 12" in rep["evidence"]
    # corpus 028 (Nghệ An): "Trước ngày 15/12 hàng năm tổng hợp, báo cáo Bộ Khoa học và Công nghệ…".
    body = (
        "1. Sở Khoa học và Công nghệ\n- Hướng dẫn, tháo gỡ khó khăn cho các đơn vị; Trước ngày 15/12 hàng năm tổng hợp,"
        " báo cáo Bộ Khoa học và Công nghệ kết quả triển khai thực hiện."
    )
    (rep,) = _reports(body, NGHE_AN)
    assert rep["to"] == "Bộ Khoa học và Công nghệ"
    assert rep["recurrence"] == "hằng năm (trước ngày 15/12)"


def test_several_deadlines_before_the_verb_are_not_merged_into_one():
    # corpus 048: the list of monthly/6-month/annual days is a schedule list: no single day of it is the
    # duty's; each period is a duty of its own (quality round 8: one entry per period, see
    # test_quality8_reports.py), never one entry that takes the first or last day for all.
    body = (
        "1. Các Sở, ngành, Ủy ban nhân dân các xã, phường định kỳ hàng tháng (*trước ngày 16 hàng tháng*), 6 tháng"
        " (*trước ngày 16/6*), tổng kết năm (*trước ngày 20/11 hàng năm*) hoặc khi có yêu cầu báo cáo tình hình"
        " thực hiện Kế hoạch, gửi Sở Công thương tổng hợp."
    )
    reps = _reports(body, Header(issuer="Ủy ban nhân dân tỉnh Sơn La", province="Sơn La"))
    assert [r["recurrence"] for r in reps] == [
        "hằng tháng (trước ngày 16)", "6 tháng (trước ngày 16/6)", "hằng năm (trước ngày 20/11)",
    ]


def test_day_of_every_month_in_recurrence():
    # corpus 020 (Hà Nội).
    body = (
        "2. Các Sở, ban, ngành, UBND xã, phường căn cứ Kế hoạch này, xây dựng Kế hoạch triển khai; báo cáo UBND"
        " Thành phố kết quả thực hiện thông qua Sở Khoa học và Công nghệ trước ngày 15 hằng tháng."
    )
    (rep,) = _reports(body, Header(issuer="Ủy ban nhân dân thành phố Hà Nội", province="Hà Nội"))
    assert rep["recurrence"] == "hằng tháng (trước ngày 15)"
    assert rep["deadline"] is None


def test_month_limit_goes_to_recurrence():
    # corpus 032 (Đồng Nai), 2.6.
    body = (
        "1. Các Sở, ban, ngành, địa phương triển khai các hoạt động truyền thông. Hoàn thành, báo cáo kết quả"
        " Ủy ban nhân dân tỉnh (qua Công an tỉnh) **trong tháng 11/2025**."
    )
    (rep,) = _reports(body, DONG_NAI)
    assert rep["to"] == "Ủy ban nhân dân tỉnh Đồng Nai"
    assert rep["deadline"] is None
    assert rep["recurrence"] == "trong tháng 11/2025"
    assert rep["evidence"].endswith("**trong tháng 11/2025**")


def test_route_after_addressee_and_object_after_addressee_end_the_name():
    # corpus 027: "về Ban Chỉ huy Phòng thủ dân sự tỉnh qua Văn phòng Ban Chỉ huy …".
    body = (
        "3. Các sở, ban, ngành xây dựng Kế hoạch triển khai thi hành Nghị định. Hằng năm báo cáo kết quả thực hiện"
        " về Ban Chỉ huy Phòng thủ dân sự tỉnh qua Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh để tổng hợp."
    )
    (rep,) = _reports(body, NGHE_AN)
    assert rep["to"] == "Ban Chỉ huy Phòng thủ dân sự tỉnh Nghệ An"
    assert rep["recurrence"] == "hằng năm"
    # corpus 023: "kịp thời báo cáo UBND tỉnh những khó khăn, vướng mắc để xem xét, chỉ đạo".
    body = "1. Ủy ban nhân dân các xã, phường tổ chức thực hiện; kịp thời báo cáo UBND tỉnh những khó khăn, vướng mắc để xem xét, chỉ đạo."
    (rep,) = _reports(body, Header(issuer="Sở Y tế tỉnh Đắk Lắk", province="Đắk Lắk"))
    assert rep["to"] == "Ủy ban nhân dân tỉnh Đắk Lắk"
    assert rep["from"] == "Ủy ban nhân dân các xã, phường"


def test_bare_periodic_duty_said_twice_is_one():
    # A duty said once with "định kỳ" and once with its date stays one entry per (from, to) pair.
    body = (
        "1. Các đơn vị định kỳ báo cáo kết quả về Sở Y tế.\n\n"
        "2. Các đơn vị báo cáo kết quả về Sở Y tế trước ngày 02/11/2022."
    )
    reps = _reports(body, Header(issuer="Sở Y tế tỉnh Hà Giang", province="Hà Giang"))
    assert len(reps) == 1 and reps[0]["deadline"] == "2022-11-02"
