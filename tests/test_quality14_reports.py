"""Reporting duties, round 14: a hospital's "Phòng Kế hoạch tổng hợp" is an addressee and a sender whole, a report
after each round beside the dated final one, a report submitted up a chain ("trình UBND tỉnh trình Đảng ủy … báo cáo
Ban Thường vụ Tỉnh ủy") as one duty. Fragments written in the style of plans of hospitals and of UBND tỉnh."""

from __future__ import annotations

from vanban.loaders.parties import name_at
from vanban.loaders.records import Header
from vanban.loaders.reports import COMPILE_WORDS, RECURRENCE, find_reports
from vanban.loaders.text import make_text

_HOSPITAL = Header(issuer="Bệnh viện Đa khoa tỉnh Lào Cai", province="Lào Cai")
_PROVINCE = Header(issuer="Ủy ban nhân dân tỉnh Lào Cai", province="Lào Cai")


def _rows(body: str, header: Header) -> list[tuple]:
    text = make_text("KẾ HOẠCH\nThực hiện\n\nIII. TỔ CHỨC THỰC HIỆN\n\n" + body)
    return [(r.from_, r.to, r.deadline, r.recurrence) for r in find_reports(text, header)]


def test_a_compiling_department_is_named_whole():
    assert name_at("Phòng Kế hoạch tổng hợp trước ngày 15/12", 0)[0] == "Phòng Kế hoạch tổng hợp"
    assert name_at("Phòng Kế hoạch - Tổng hợp trước ngày 15/12", 0)[0] == "Phòng Kế hoạch - Tổng hợp"
    assert name_at("Phòng Hành chính - Tổng hợp gửi báo cáo", 0)[0] == "Phòng Hành chính - Tổng hợp"
    # The verb may follow a department named without it: precision first.
    assert name_at("Phòng Hành chính tổng hợp, báo cáo Giám đốc", 0)[0] == "Phòng Hành chính"
    assert name_at("Sở Kế hoạch và Đầu tư tổng hợp báo cáo", 0)[0] == "Sở Kế hoạch và Đầu tư"
    assert not COMPILE_WORDS.search("Phòng Kế hoạch tổng hợp ")
    assert COMPILE_WORDS.search("Phòng Kế hoạch - Tài chính tổng hợp ")


def test_a_hospital_department_as_addressee_and_sender():
    rows = _rows(
        "1. Các khoa, phòng thực hiện tự kiểm tra, đánh giá chất lượng và gửi báo cáo về Phòng Kế hoạch tổng hợp trước ngày"
        " 15/12/2025.\n\n2. Phòng Kế hoạch tổng hợp báo cáo Sở Y tế định kỳ hằng tháng.\n",
        _HOSPITAL,
    )
    assert rows == [
        ("Các khoa, phòng", "Phòng Kế hoạch tổng hợp", "2025-12-15", None),
        # The department reports (it does not compile its parent's report: "tổng hợp" is its name).
        ("Phòng Kế hoạch tổng hợp", "Sở Y tế tỉnh Lào Cai", None, "định kỳ hằng tháng"),
    ]


def test_a_report_after_each_round_and_a_dated_final_one_are_two_duties():
    assert RECURRENCE.search("sau mỗi đợt kiểm tra").group(0) == "sau mỗi đợt"
    assert not RECURRENCE.search("sau mỗi")
    rows = _rows(
        "1. Các sở, ngành sau mỗi đợt kiểm tra báo cáo kết quả về Sở Nội vụ; báo cáo tổng kết gửi về Sở Nội vụ"
        " trước ngày 15/12/2025.\n",
        _PROVINCE,
    )
    assert rows == [
        ("Các sở, ngành", "Sở Nội vụ tỉnh Lào Cai", None, "sau mỗi đợt"),
        ("Các sở, ngành", "Sở Nội vụ tỉnh Lào Cai", "2025-12-15", None),
    ]


def test_a_condition_after_the_subject_ends_its_name():
    rows = _rows("2. Các khoa khi phát hiện sự cố y khoa nghiêm trọng phải báo cáo ngay cho Ban Giám đốc.\n", _HOSPITAL)
    assert rows == [("Các khoa", "Ban Giám đốc", None, None)]


def test_a_report_submitted_up_a_chain_is_one_duty_to_its_end():
    rows = _rows(
        "1. Sở Nội vụ chủ trì theo dõi, đôn đốc; tổng hợp báo cáo định kỳ trình UBND tỉnh trình Đảng ủy UBND tỉnh"
        " báo cáo Ban Thường vụ Tỉnh ủy theo quy định.\n",
        _PROVINCE,
    )
    # Sở Nội vụ compiles the province's report (the issuer's), which goes up to the Standing Committee.
    assert rows == [("Ủy ban nhân dân tỉnh Lào Cai", "Ban Thường vụ Tỉnh ủy Lào Cai", None, "định kỳ")]


def test_two_reports_of_one_clause_with_their_own_addressees_stay_two():
    # A semicolon between them: a report of its own each (corpus 078's shape).
    rows = _rows(
        "1. Sở Nội vụ báo cáo kết quả trình UBND tỉnh vào kỳ họp giữa năm; theo dõi và báo cáo Hội đồng nhân dân"
        " tỉnh tại kỳ họp gần nhất.\n",
        _PROVINCE,
    )
    assert len(rows) == 2
