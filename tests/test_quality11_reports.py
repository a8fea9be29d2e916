"""Reporting duties, round 11 (new real documents): one periodic duty with two dates ("trước ngày 05/6
và 05/12 hàng năm"), a submission whose receiver reports onwards ("Trình UBND tỉnh trước ngày … để báo
cáo Bộ …"). Fragments written in the style of the Công văn of provincial committees."""

from __future__ import annotations

from vanban.loaders.records import Header
from vanban.loaders.reports import find_reports
from vanban.loaders.text import make_text

_HEADER = Header(issuer="Ủy ban nhân dân tỉnh Quảng Ngãi", province="Quảng Ngãi")


def _letter(body: str) -> str:
    return (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố:     /UBND-TH\nV/v triển khai thực hiện Chỉ thị\n\n"
        f"Kính gửi: Các sở, ban ngành; UBND các huyện, thành phố.\n\n{body[:-1]}./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )


def _rows(body: str):
    return [(r.from_, r.to, r.deadline, r.recurrence) for r in find_reports(make_text(_letter(body)), _HEADER)]


def test_one_periodic_duty_with_two_dates_gives_two_entries():
    body = (
        "Sau khi ban hành Kế hoạch, các cơ quan, đơn vị định kỳ đánh giá kết quả thực hiện, báo cáo UBND tỉnh "
        "trước ngày 05/6 và 05/12 hàng năm."
    )
    assert _rows(body) == [
        ("Các cơ quan, đơn vị", "Ủy ban nhân dân tỉnh Quảng Ngãi", None, "hằng năm (trước ngày 5/6)"),
        ("Các cơ quan, đơn vị", "Ủy ban nhân dân tỉnh Quảng Ngãi", None, "hằng năm (trước ngày 5/12)"),
    ]


def test_a_single_dated_periodic_duty_stays_one_entry():
    body = "Các cơ quan, đơn vị báo cáo UBND tỉnh trước ngày 05/12 hàng năm, lồng ghép trong báo cáo tổng kết."
    assert len(_rows(body)) == 1


def test_the_receiver_of_a_submission_reports_onwards_without_its_date():
    body = (
        "Giao Sở Công Thương chủ trì, phối hợp với các đơn vị liên quan đánh giá kết quả triển khai thực hiện "
        "Nghị định. Trình UBND tỉnh trước ngày 10/8/2018 để báo cáo Bộ Công Thương theo thời gian quy định."
    )
    # UBND tỉnh reports to the Bộ; 10/8/2018 is when the Sở submits to it.
    assert _rows(body) == [("Ủy ban nhân dân tỉnh Quảng Ngãi", "Bộ Công Thương", None, None)]


def test_a_submission_with_a_periodic_date_keeps_its_recurrence():
    body = (
        "Sở Kế hoạch và Đầu tư tổng hợp tình hình, kết quả thực hiện Chỉ thị trên địa bàn tỉnh; tham mưu và trình "
        "UBND tỉnh trước ngày 10/6 và ngày 10/12 hàng năm để xem xét, báo cáo Bộ Kế hoạch và Đầu tư theo đúng quy định."
    )
    assert _rows(body) == [("Ủy ban nhân dân tỉnh Quảng Ngãi", "Bộ Kế hoạch và Đầu tư", None, "hằng năm")]


def test_a_deadline_opening_the_reporting_clause_is_still_read():
    body = "Trước ngày 15/12 hàng năm, các cơ quan, đơn vị tổng hợp, báo cáo UBND tỉnh kết quả thực hiện."
    assert _rows(body) == [("Các cơ quan, đơn vị", "Ủy ban nhân dân tỉnh Quảng Ngãi", None, "hằng năm (trước ngày 15/12)")]
