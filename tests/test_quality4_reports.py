"""Reports, round 4: both periods of a clause opened by "định kỳ", numbered report documents are
not duties, addressees that end before an object. Fragments from the corpus and seeds."""

from __future__ import annotations

from vanban.loaders.records import Header
from vanban.loaders.reports import NOT_DUTY_AFTER, _recurrence
from tests.report_plans import reports_of as _reports


VUNG_TAU = Header(issuer="Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu", province="Bà Rịa - Vũng Tàu")


def test_six_months_and_the_annual_day_both_kept():
    body = (
        "1. Sở Nội vụ theo dõi, đôn đốc. Định kỳ 6 tháng, các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Nội vụ"
        " trước ngày 20/12 hằng năm để tổng hợp."
    )
    (rep,) = _reports(body, Header(issuer="Ủy ban nhân dân tỉnh Nghệ An", province="Nghệ An"))
    assert rep["recurrence"] == "định kỳ 6 tháng, hằng năm (trước ngày 20/12)"
    assert rep["deadline"] is None
    assert rep["from"] == "Các cơ quan, đơn vị"


def test_recurrence_forms_of_the_gold():
    # seed 003: "báo cáo 6 tháng đầu năm trước ngày 18 tháng 5" -> gold "6 tháng (trước ngày 18/5)".
    assert _recurrence(" 6 tháng đầu năm trước ngày 18 tháng 5", "", "18/5") == "6 tháng (trước ngày 18/5)"
    # seed 004: "Định kỳ 6 tháng, một năm báo cáo…" -> gold "6 tháng, hằng năm".
    assert _recurrence(" kết quả tổ chức thực hiện", "Định kỳ 6 tháng, một năm ", None) == "định kỳ 6 tháng, hằng năm"
    # seed 003: a period said before in another clause ("Định kỳ 06 tháng và hằng năm tổ chức đánh giá")
    # does not join the duty's own "6 tháng".
    assert _recurrence(" 6 tháng đầu năm trước ngày 18 tháng 5", "hằng năm tổ chức đánh giá kết quả, ", "18/5") == (
        "6 tháng (trước ngày 18/5)"
    )
    # Bare "định kỳ" adds nothing (corpus 001).
    assert _recurrence(" UBND tỉnh kết quả hằng năm", "Định kỳ ", "15/11") == "hằng năm (trước ngày 15/11)"


def test_numbered_report_document_is_not_a_duty():
    # corpus 079 preamble-like body text: "Xét báo cáo giải trình số 118/BC-UBND ngày 10 tháng 7 năm 2017 …".
    assert NOT_DUTY_AFTER.match(" giải trình số 118/BC-UBND ngày 10 tháng 7 năm 2017")
    assert NOT_DUTY_AFTER.match(" thẩm tra số 12/BC-HĐND")
    assert not NOT_DUTY_AFTER.match(" theo Quyết định số 12/QĐ-UBND")
    assert not NOT_DUTY_AFTER.match(" UBND tỉnh số liệu về")


def test_addressee_ends_before_its_object():
    # corpus 079: "Đề nghị Ủy ban nhân dân tỉnh báo cáo Thường trực Hội đồng nhân dân tỉnh các nội dung …".
    body = (
        "1. Đề nghị Ủy ban nhân dân tỉnh báo cáo Thường trực Hội đồng nhân dân tỉnh các nội dung có liên quan đến"
        " dự án Trùng Dương - Thái Sơn tại Núi Nhỏ, phường 2, thành phố Vũng Tàu."
    )
    (rep,) = _reports(body, VUNG_TAU)
    assert rep["from"] == "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"
    assert rep["to"] == "Thường trực Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu"


def test_sender_without_trailing_conjunction():
    # corpus 029: "báo cáo công tác giảm nghèo hàng năm của cơ quan, đơn vị và gửi về Sở Nông nghiệp và Môi trường".
    body = (
        "1. Các Sở, ngành, đơn vị liên quan lồng ghép báo cáo công tác giảm nghèo hàng năm của cơ quan, đơn vị và"
        " gửi về Sở Nông nghiệp và Môi trường."
    )
    reps = _reports(body, Header(issuer="Ủy ban nhân dân thành phố Cần Thơ", province="Cần Thơ"))
    # "của cơ quan, đơn vị" is each body's own report (REFLEXIVE_OWNER, round 13), not a sender named: the subject
    # sends it, as in corpus 029 itself; no trailing "và" either way.
    assert reps[0]["from"] == "Các Sở, ngành, đơn vị liên quan"
    assert reps[0]["to"] == "Sở Nông nghiệp và Môi trường thành phố Cần Thơ"
