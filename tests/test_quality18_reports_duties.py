"""Reporting duties, round 18 (second pass): duties missed or split wrong in the plans of other bodies. A 6-month report
listed before the annual one sharing two dates ("Báo cáo sơ kết 6 tháng, báo cáo năm gửi về Sở Nội vụ trước ngày 15/6 và
15/12 hằng năm"), the reporter named by a reporting regime's item ("1. Chế độ báo cáo" / "Các đơn vị:" / "- Định kỳ …") or
by the paragraph right under a heading, a time limit given by a label after the duty ("Thời gian gửi báo cáo: trước ngày
…"), subjects after an opening time phrase ("Từ năm 2026, Sở Y tế báo cáo …", "Kết thúc đợt kiểm tra, Đoàn kiểm tra báo
cáo …") and a name ending in a word that forms a noun with the verb after it ("Sở Văn hóa, Thể thao và Du lịch trình báo
cáo …"). Fragments written in the style of the Kế hoạch of a UBND tỉnh, a Sở and a Đảng ủy Khối."""

from __future__ import annotations

from vanban.loaders.parties import doers, name_at
from vanban.loaders.records import Header
from vanban.loaders.reports import find_reports
from vanban.loaders.text import make_text

_PROVINCE = Header(issuer="Ủy ban nhân dân tỉnh Quảng Trị", province="Quảng Trị")
_PARTY = Header(issuer="Đảng ủy Khối các cơ quan tỉnh Hà Giang", province="Hà Giang")


def _rows(text: str, header: Header = _PROVINCE) -> list[tuple]:
    return [(r.from_, r.to, r.deadline, r.recurrence) for r in find_reports(make_text(text), header)]


_ORGANISATION = "IV. TỔ CHỨC THỰC HIỆN\n\n"
_UNITS = "Các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố"


def test_a_six_month_report_listed_before_the_annual_one_shares_the_two_dates():
    # Before: three duties ('6 tháng', then 'hằng năm' before 15/6 and before 15/12).
    text = _ORGANISATION + (
        "1. Các sở, ban, ngành, UBND các huyện, thị xã, thành phố xây dựng kế hoạch triển khai. Báo cáo sơ kết 6 tháng, "
        "báo cáo năm gửi về Sở Nội vụ trước ngày 15/6 và 15/12 hằng năm.\n"
    )
    assert _rows(text) == [
        (_UNITS, "Sở Nội vụ tỉnh Quảng Trị", None, "6 tháng (trước ngày 15/6)"),
        (_UNITS, "Sở Nội vụ tỉnh Quảng Trị", None, "hằng năm (trước ngày 15/12)"),
    ]
    text = _ORGANISATION + "1. Các đơn vị gửi báo cáo 6 tháng và báo cáo năm về Sở Y tế trước ngày 10/6 và 10/12 hằng năm.\n"
    assert _rows(text) == [
        ("Các đơn vị", "Sở Y tế tỉnh Quảng Trị", None, "6 tháng (trước ngày 10/6)"),
        ("Các đơn vị", "Sở Y tế tỉnh Quảng Trị", None, "hằng năm (trước ngày 10/12)"),
    ]


def test_one_date_for_a_listed_pair_stays_the_annual_ones():
    text = _ORGANISATION + "1. Các đơn vị gửi báo cáo sơ kết 6 tháng, báo cáo năm về Sở Y tế trước ngày 10/12 hằng năm.\n"
    assert _rows(text) == [
        ("Các đơn vị", "Sở Y tế tỉnh Quảng Trị", None, "6 tháng"),
        ("Các đơn vị", "Sở Y tế tỉnh Quảng Trị", None, "hằng năm (trước ngày 10/12)"),
    ]
    # A quarter is not a period the two dates are written for: not paired.
    text = _ORGANISATION + "1. Các đơn vị báo cáo quý, báo cáo năm về Sở Y tế trước ngày 15/6 và 15/12.\n"
    assert ("Các đơn vị", "Sở Y tế tỉnh Quảng Trị", None, "hằng quý (trước ngày 15/6)") not in _rows(text)


def test_the_paragraph_under_a_heading_has_its_subject_after_the_heading_line():
    # Before: sent by nobody (the subject was read from "IV. CHẾ ĐỘ …").
    text = (
        "IV. CHẾ ĐỘ THÔNG TIN, BÁO CÁO\n\nCác cơ quan, đơn vị, địa phương định kỳ 6 tháng, hằng năm báo cáo kết quả thực "
        "hiện Kế hoạch về UBND tỉnh (qua Sở Nội vụ) để tổng hợp.\n"
    )
    assert _rows(text) == [
        ("Các cơ quan, đơn vị, địa phương", "Ủy ban nhân dân tỉnh Quảng Trị", None, "định kỳ 6 tháng, hằng năm")
    ]
    text = _ORGANISATION + "Các cơ quan, đơn vị, địa phương báo cáo kết quả thực hiện Kế hoạch về UBND tỉnh.\n"
    assert _rows(text) == [("Các cơ quan, đơn vị, địa phương", "Ủy ban nhân dân tỉnh Quảng Trị", None, None)]


def test_a_reporting_regime_item_names_its_reporter():
    text = _ORGANISATION + (
        "1. Chế độ báo cáo\n\nCác đơn vị:\n"
        "- Định kỳ hằng quý báo cáo kết quả thực hiện về Sở Y tế trước ngày 20 của tháng cuối quý.\n"
        "- Báo cáo năm gửi về Sở Y tế trước ngày 15/12 hằng năm.\n"
    )
    assert _rows(text) == [
        ("Các đơn vị", "Sở Y tế tỉnh Quảng Trị", None, "định kỳ hằng quý (trước ngày 20 của tháng cuối quý)"),
        ("Các đơn vị", "Sở Y tế tỉnh Quảng Trị", None, "hằng năm (trước ngày 15/12)"),
    ]
    text = _ORGANISATION + (
        "1. Chế độ thông tin, báo cáo\n\nCác sở, ban, ngành, UBND các huyện, thành phố:\n"
        "- Định kỳ hằng quý báo cáo kết quả thực hiện về Sở Y tế trước ngày 20 của tháng cuối quý.\n"
    )
    assert [r[0] for r in _rows(text)] == ["Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố"]


def test_a_regime_heading_that_names_its_reporter_is_no_duty_itself():
    # Before: the heading was a duty of 'Các đơn vị - Định kỳ' (its addressee read past the bullet), the bullet's had none.
    text = _ORGANISATION + (
        "1. Sở Y tế theo dõi.\n\n2. Chế độ báo cáo của các đơn vị\n\n"
        "- Định kỳ hằng quý báo cáo kết quả thực hiện về Sở Y tế trước ngày 20 của tháng cuối quý.\n"
    )
    assert _rows(text) == [
        ("Các đơn vị", "Sở Y tế tỉnh Quảng Trị", None, "định kỳ hằng quý (trước ngày 20 của tháng cuối quý)")
    ]


def test_a_regime_that_names_its_addressee_is_still_a_duty():
    text = _ORGANISATION + (
        "1. Sở Tài chính thực hiện chế độ báo cáo định kỳ hằng quý về tiến độ cập nhật dữ liệu gửi Ủy ban nhân dân tỉnh.\n"
    )
    assert [r[1] for r in _rows(text)] == ["Ủy ban nhân dân tỉnh Quảng Trị"]


def test_the_time_label_after_a_duty_dates_it():
    text = _ORGANISATION + (
        "1. Các sở, ban, ngành gửi báo cáo kết quả thực hiện về Sở Nội vụ để tổng hợp. Thời gian gửi báo cáo: trước ngày "
        "15/11/2026.\n"
    )
    assert _rows(text) == [("Các sở, ban, ngành", "Sở Nội vụ tỉnh Quảng Trị", "2026-11-15", None)]
    text = _ORGANISATION + (
        "1. Các sở, ban, ngành gửi báo cáo kết quả thực hiện về Sở Nội vụ để tổng hợp.\n"
        "2. Thời gian gửi báo cáo: trước ngày 15/11/2026.\n"
    )
    assert _rows(text) == [("Các sở, ban, ngành", "Sở Nội vụ tỉnh Quảng Trị", "2026-11-15", None)]
    # A day without its year is the day of the duty's period.
    text = _ORGANISATION + (
        "1. Các đơn vị báo cáo kết quả hằng năm về Sở Y tế. Thời hạn báo cáo: trước ngày 15/12.\n"
    )
    assert _rows(text) == [("Các đơn vị", "Sở Y tế tỉnh Quảng Trị", None, "hằng năm (trước ngày 15/12)")]


def test_the_time_label_does_not_date_a_duty_already_dated():
    text = _ORGANISATION + (
        "1. Các sở, ban, ngành gửi báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 10/11/2026. Thời gian gửi báo cáo "
        "bổ sung: trước ngày 15/11/2026.\n"
    )
    assert [r[2] for r in _rows(text)] == ["2026-11-10"]


def test_subjects_after_an_opening_time_phrase():
    text = _ORGANISATION + "1. Từ năm 2026, Sở Y tế báo cáo kết quả thực hiện về UBND tỉnh trước ngày 15/12 hằng năm.\n"
    assert _rows(text) == [
        ("Sở Y tế tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị", None, "hằng năm (trước ngày 15/12)")
    ]
    text = _ORGANISATION + "1. Trước ngày 15/12 hằng năm, các đơn vị gửi báo cáo về Sở Y tế.\n"
    assert _rows(text) == [("Các đơn vị", "Sở Y tế tỉnh Quảng Trị", None, "hằng năm (trước ngày 15/12)")]
    text = _ORGANISATION + "1. Sở Nội vụ chủ trì theo dõi.\n2. Kết thúc đợt kiểm tra, Đoàn kiểm tra báo cáo kết quả về UBND tỉnh.\n"
    assert _rows(text) == [("Đoàn kiểm tra", "Ủy ban nhân dân tỉnh Quảng Trị", None, None)]


def test_a_team_named_in_lower_case():
    assert doers("Kết thúc đợt kiểm tra, Đoàn kiểm tra báo cáo kết quả") == [("Đoàn kiểm tra", 23, 36)]
    assert doers("Đoàn kiểm tra nghe báo cáo, thẩm tra, xác minh")[0][0] == "Đoàn kiểm tra"
    assert name_at("Đoàn kiểm tra liên ngành báo cáo kết quả", 0) == ("Đoàn kiểm tra liên ngành", 24)
    assert name_at("Đoàn kiểm tra Tỉnh ủy báo cáo", 0) == ("Đoàn kiểm tra Tỉnh ủy", 21)
    assert name_at("Tổ giám sát tổng hợp, báo cáo Trưởng ban", 0) == ("Tổ giám sát", 11)
    # The team that hears the reports makes its own: not "Các tổ chức đảng" of the item before, nor "Đoàn kiểm tra nghe".
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n\n1. Ban Thường vụ Đảng ủy Khối thành lập Đoàn kiểm tra.\n"
        "2. Các tổ chức đảng được kiểm tra chuẩn bị báo cáo tự kiểm tra theo đề cương, gửi Đoàn kiểm tra trước 05 ngày "
        "làm việc.\n3. Đoàn kiểm tra nghe báo cáo, thẩm tra, xác minh; báo cáo kết quả với Ban Thường vụ Đảng ủy Khối sau "
        "khi kết thúc kiểm tra.\n"
    )
    assert [(r[0], r[1]) for r in _rows(text, _PARTY)] == [
        ("Các tổ chức đảng", "Đoàn kiểm tra"),
        ("Đoàn kiểm tra", "Ban Thường vụ Đảng ủy Khối"),
    ]


def test_a_name_ending_in_du_lich_before_trinh():
    # Before: 'Sở Văn hóa, Thể thao và Du lịch trình' ("lịch trình" read as one noun).
    text = _ORGANISATION + (
        "1. Sở Văn hóa, Thể thao và Du lịch trình báo cáo kết quả thực hiện về UBND tỉnh trước ngày 30/11/2026.\n"
    )
    assert _rows(text) == [
        ("Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị", "2026-11-30", None)
    ]
    assert name_at("Ban Tôn giáo trình Bộ trưởng", 0) == ("Ban Tôn giáo", 12)
    assert name_at("Ban Tuyên giáo trình Ban Thường vụ Tỉnh ủy", 0) == ("Ban Tuyên giáo", 14)
    # The noun itself still reads as one: "Ban Chỉ đạo các Chương trình mục tiêu quốc gia", "theo lịch trình".
    assert name_at("Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh chỉ đạo", 0)[0].endswith("quốc gia tỉnh")
    assert name_at("Đoàn công tác theo lịch trình đã định", 0) == ("Đoàn công tác", 13)


def test_addressees_with_their_route():
    text = _ORGANISATION + (
        "1. Các cơ quan, đơn vị báo cáo kết quả về Thường trực Tỉnh ủy trước ngày 30/11/2026.\n"
        "2. Các huyện ủy, thành ủy báo cáo kết quả về Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy) trước ngày 10/12/2026.\n"
        "3. Sở Tư pháp gửi báo cáo về Ủy ban nhân dân tỉnh (qua Sở Y tế) trước ngày 05/12/2026.\n"
    )
    assert _rows(text) == [
        ("Các cơ quan, đơn vị", "Thường trực Tỉnh ủy Quảng Trị", "2026-11-30", None),
        ("Các huyện ủy, thành ủy", "Ban Thường vụ Tỉnh ủy Quảng Trị", "2026-12-10", None),
        ("Sở Tư pháp tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị", "2026-12-05", None),
    ]


def test_the_lines_of_a_schedule_take_their_leads_addressee():
    # Before: a fourth duty for the lead (sent by nobody), and lines sent to nobody.
    text = _ORGANISATION + (
        "1. Sở Nội vụ theo dõi, đôn đốc.\n\n2. Chế độ báo cáo\n\n"
        "Các cơ quan, đơn vị, địa phương báo cáo gửi UBND tỉnh (thông qua Sở Nội vụ) cụ thể như sau:\n"
        "- Báo cáo quý gửi trước ngày 05 tháng cuối cùng của mỗi quý;\n"
        "- Báo cáo 6 tháng gửi trước ngày 05/6;\n"
        "- Báo cáo năm gửi trước ngày 25/11 hàng năm.\n"
    )
    units, province = "Các cơ quan, đơn vị, địa phương", "Ủy ban nhân dân tỉnh Quảng Trị"
    assert _rows(text) == [
        (units, province, None, "hằng quý (trước ngày 5 tháng cuối cùng của mỗi quý)"),
        (units, province, None, "6 tháng (trước ngày 5/6)"),
        (units, province, None, "hằng năm (trước ngày 25/11)"),
    ]


def test_a_schedule_line_labelled_by_its_period_is_a_duty():
    # Before: "Báo cáo năm: trước ngày …" was a label, no duty.
    text = _ORGANISATION + (
        "1. Sở Nội vụ theo dõi, đôn đốc.\n\n"
        "2. Các sở, ban, ngành, UBND các huyện định kỳ báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Nội vụ) như sau:\n"
        "- Báo cáo 6 tháng: trước ngày 15/6;\n- Báo cáo năm: trước ngày 15/12 hằng năm.\n"
    )
    units, province = "Các sở, ban, ngành, Ủy ban nhân dân các huyện", "Ủy ban nhân dân tỉnh Quảng Trị"
    assert _rows(text) == [
        (units, province, None, "6 tháng (trước ngày 15/6)"),
        (units, province, None, "hằng năm (trước ngày 15/12)"),
    ]


def test_a_lead_whose_lines_are_no_schedule_stays():
    # The lines after "như sau:" hold no date nor period: the lead is the duty.
    text = _ORGANISATION + (
        "1. Các đơn vị báo cáo kết quả thực hiện về Sở Y tế trước ngày 30/11/2026, nội dung như sau:\n"
        "- Kết quả tuyên truyền;\n- Khó khăn, vướng mắc.\n"
    )
    assert _rows(text) == [("Các đơn vị", "Sở Y tế tỉnh Quảng Trị", "2026-11-30", None)]
    # A label with no date after it is still no duty: "- Báo cáo năm: nội dung theo Đề cương".
    text = _ORGANISATION + "1. Sở Y tế theo dõi.\n- Báo cáo năm: nội dung theo Đề cương đính kèm.\n"
    assert _rows(text) == []


def test_a_regime_section_names_its_reporter_in_its_lead_line():
    # Before: sent by nobody.
    text = (
        "V. CHẾ ĐỘ BÁO CÁO\n\nCác đơn vị:\n"
        "- Định kỳ hằng quý báo cáo kết quả thực hiện về Sở Y tế trước ngày 20 của tháng cuối quý.\n"
        "- Báo cáo năm gửi về Sở Y tế trước ngày 15/12 hằng năm.\n"
    )
    assert [r[0] for r in _rows(text)] == ["Các đơn vị", "Các đơn vị"]
    # A section of another kind is not read so: "V. KINH PHÍ" / "Các đơn vị:" names no reporter.
    text = "V. KINH PHÍ\n\nCác đơn vị:\n- Báo cáo năm gửi về Sở Y tế trước ngày 15/12 hằng năm.\n"
    assert [r[0] for r in _rows(text)] != ["Các đơn vị"]


def test_a_number_of_days_ends_the_addressee():
    # Before: to 'Ủy ban nhân dân tỉnh trong 05'.
    text = _ORGANISATION + (
        "1. Sở Nội vụ theo dõi.\n"
        "2. Sau khi kết thúc đợt kiểm tra, Tổ kiểm tra liên ngành báo cáo kết quả về UBND tỉnh trong 05 ngày làm việc.\n"
    )
    # Round 20: the event the report follows is its recurrence; round 25: with the limit counted from it.
    assert _rows(text) == [
        ("Tổ kiểm tra liên ngành", "Ủy ban nhân dân tỉnh Quảng Trị", None, "trong 05 ngày làm việc sau khi kết thúc đợt kiểm tra")
    ]
    for tail in ("trong vòng 10 ngày", "trong thời hạn 15 ngày kể từ ngày kết thúc"):
        text = _ORGANISATION + f"1. Sở Tư pháp báo cáo kết quả về UBND tỉnh {tail}.\n"
        assert [r[1] for r in _rows(text)] == ["Ủy ban nhân dân tỉnh Quảng Trị"]


def test_both_kinds_of_party_cells_with_one_first_word():
    # Before: 'Các sở, ngành' of another item (the plan's addressees), the cells unread.
    text = _ORGANISATION + (
        "1. Các sở, ngành triển khai thực hiện.\n"
        "2. Các chi, đảng bộ trực thuộc báo cáo kết quả về Ban Thường vụ Huyện ủy (qua Ban Tuyên giáo Huyện ủy) trước "
        "ngày 20/11/2026.\n"
    )
    assert _rows(text)[-1] == ("Các chi, đảng bộ trực thuộc", "Ban Thường vụ Huyện ủy", "2026-11-20", None)


def test_more_openings_before_the_subject():
    text = _ORGANISATION + (
        "1. Sở Nội vụ theo dõi.\n"
        "2. Năm 2026, Sở Y tế báo cáo kết quả về UBND tỉnh trước ngày 15/12/2026.\n"
        "3. Hết thời gian thực hiện, Sở Tài chính báo cáo UBND tỉnh.\n"
        "4. Ngày 15/12 hằng năm, các đơn vị gửi báo cáo về Sở Y tế.\n"
    )
    assert [r[0] for r in _rows(text)] == ["Sở Y tế tỉnh Quảng Trị", "Sở Tài chính tỉnh Quảng Trị", "Các đơn vị"]
    assert doers("Giai đoạn 2026-2030, Sở Xây dựng báo cáo UBND tỉnh") == [("Sở Xây dựng", 21, 32)]
    # The opening needs a name and its predicate after its comma: "Năm 2025, tỷ lệ …" names no doer.
    assert doers("Năm 2025, tỷ lệ tiêm chủng đạt 95%, báo cáo cho thấy") == []


def test_two_dates_with_their_months_written_out():
    # Before: one duty '6 tháng, năm (trước ngày 15/6)' (the second date, "15 tháng 12", unread).
    text = _ORGANISATION + (
        "1. Sở Nội vụ theo dõi.\n"
        "2. Các đơn vị báo cáo 6 tháng, năm về Sở Nội vụ trước ngày 15 tháng 6 và 15 tháng 12 hằng năm.\n"
    )
    assert [r[3] for r in _rows(text)] == ["6 tháng (trước ngày 15/6)", "hằng năm (trước ngày 15/12)"]
    text = _ORGANISATION + (
        "1. Sở Nội vụ theo dõi.\n"
        "2. Các đơn vị gửi báo cáo sơ kết 6 tháng, báo cáo năm về Sở Nội vụ trước ngày 15 tháng 6 và ngày 15 tháng 12 "
        "hằng năm.\n"
    )
    assert [r[3] for r in _rows(text)] == ["6 tháng (trước ngày 15/6)", "hằng năm (trước ngày 15/12)"]
