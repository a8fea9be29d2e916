"""Reporting duties, round 20: which sentences are duties. The fragments are written in the style of a Sở's Công văn, a
school's Kế hoạch, a Party committee's Nghị quyết and a Mặt trận's election plan (realistic fragments, not copies)."""

from __future__ import annotations

from report_plans import reports_of

from vanban.loaders import reports
from vanban.loaders.records import Header

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
