"""Reporting duties, round 19 (b): a ministry's department as a sender ("Vụ Giáo dục Trung học tổng hợp, báo cáo Bộ
trưởng"), not a crop season or a word's end ("vụ Đông", "nhiệm vụ", "Ban Thường vụ"); the day of a weekly report kept in
its recurrence ("trước 10 giờ sáng thứ Hai hằng tuần", "vào thứ Ba hằng tuần"); a plain exhortation to report on time
kept as a duty (gold README: each explicit "báo cáo / gửi báo cáo" duty is one entry, `to` null when none is stated; seed
003 keeps "tổng hợp, tham mưu báo cáo theo quy định"); the lines of a reporting schedule under one lead. Fragments written
in the style of a Bộ Giáo dục và Đào tạo's Quyết định, a Sở Y tế's and a Sở Nông nghiệp's Công văn and a Thông tư's
reporting rules."""

from __future__ import annotations

from vanban.loaders.extract import extract
from vanban.loaders.parties import head_at
from vanban.loaders.text import make_text


def _rows(text: str) -> list[tuple]:
    return [(r.from_, r.to, r.deadline, r.recurrence) for r in extract(make_text(text)).reports_to]


def _letter(paragraph: str, head: str = "UBND TỈNH BẮC NINH\nSỞ Y TẾ\nSố: 1234/SYT-NVY\n\n") -> str:
    """A paragraph as the body of a Công văn."""
    return f"{head}Kính gửi: Các cơ quan, đơn vị.\n\n{paragraph}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"


MINISTRY_DECISION = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Số: 1520/QĐ-BGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 03 tháng 6 năm 2024

QUYẾT ĐỊNH
Ban hành Kế hoạch kiểm tra công tác dạy học năm học 2024-2025

Điều 2. Tổ chức thực hiện
1. Vụ Giáo dục Trung học tổng hợp, báo cáo Bộ trưởng kết quả kiểm tra trước ngày 30/6/2025.
Điều 3. Chánh Văn phòng, Vụ trưởng Vụ Giáo dục Trung học chịu trách nhiệm thi hành Quyết định này./.
"""


def test_a_ministrys_department_opens_a_name():
    assert _rows(MINISTRY_DECISION) == [("Vụ Giáo dục Trung học", "Bộ trưởng", "2025-06-30", None)]


def test_a_crop_season_and_a_words_end_open_no_department():
    s = "chỉ đạo sản xuất vụ Đông năm 2024"
    assert head_at(s, s.index("vụ")) is None
    s = "Vụ Đông Xuân 2024-2025, các xã báo cáo diện tích gieo cấy"
    assert head_at(s, 0) is None
    s = "Ban Thường vụ Huyện ủy"
    assert head_at(s, s.index("vụ")) is None
    s = "thực hiện nhiệm vụ Trọng tâm"
    assert head_at(s, s.index("vụ")) is None
    s = "Vụ Pháp chế chủ trì"
    assert head_at(s, 0).group(0) == "Vụ "
    rows = _rows(_letter(
        "Các Phòng Nông nghiệp chỉ đạo sản xuất vụ Đông, báo cáo Sở Nông nghiệp trước ngày 30/11/2024.",
        "UBND TỈNH BẮC NINH\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 88/SNN-TT\n\n",
    ))
    assert [sender for sender, *_ in rows] == ["Các Phòng Nông nghiệp"]


def test_the_day_of_a_weekly_report_is_kept_with_its_hour():
    rows = _rows(_letter("Các đơn vị tổng hợp, báo cáo Sở Y tế trước 10 giờ sáng thứ Hai hằng tuần."))
    assert [(to, recurrence) for _, to, _, recurrence in rows] == [
        ("Sở Y tế tỉnh Bắc Ninh", "hằng tuần (trước 10 giờ sáng thứ Hai)")
    ]


def test_a_weekday_after_vao_is_no_part_of_the_addressee():
    rows = _rows(_letter(
        "1. Các bệnh viện báo cáo số ca mắc hằng tuần về Trung tâm Kiểm soát bệnh tật tỉnh.\n"
        "2. Trung tâm Kiểm soát bệnh tật tỉnh báo cáo Sở Y tế vào thứ Ba hằng tuần."
    ))
    assert rows[-1][1:] == ("Sở Y tế tỉnh Bắc Ninh", None, "hằng tuần (thứ Ba)")
    assert rows[0][3] == "hằng tuần"  # no weekday named: the period alone


def test_a_weekday_opening_the_clause_is_the_reports_day():
    rows = _rows(_letter("Hằng tuần, chậm nhất vào thứ Sáu, các khoa, phòng báo cáo Ban Giám đốc."))
    assert [recurrence for *_, recurrence in rows] == ["hằng tuần (chậm nhất vào thứ Sáu)"]


def test_a_plain_exhortation_to_report_on_time_stays_a_duty():
    # The gold's conventions drop no explicit duty for want of an addressee or a deadline (`to` null, deadline null).
    rows = _rows(_letter("Các đơn vị gửi báo cáo đúng thời gian quy định, tránh chậm trễ."))
    assert rows == [("Các đơn vị", None, None, None)]


FINANCE_SCHEDULE = (
    "Sở Y tế đề nghị các đơn vị gửi báo cáo định kỳ đến Sở Tài chính như sau:\n"
    "a) Chậm nhất ngày 15 tháng 4 đối với báo cáo quý I;\n"
    "b) Chậm nhất ngày 15 tháng 7 đối với báo cáo 6 tháng;\n"
    "c) Chậm nhất ngày 15 tháng 10 đối với báo cáo 9 tháng;\n"
    "d) Chậm nhất ngày 31 tháng 01 năm sau đối với báo cáo năm."
)


def test_each_line_of_a_schedule_under_its_lead_is_a_duty():
    rows = _rows(_letter(FINANCE_SCHEDULE))
    assert {(sender, to) for sender, to, *_ in rows} == {("Các đơn vị", "Sở Tài chính tỉnh Bắc Ninh")}
    assert [(deadline, recurrence) for *_, deadline, recurrence in rows] == [
        (None, "quý I (trước ngày 15/4)"), (None, "6 tháng (trước ngày 15/7)"),
        (None, "9 tháng (trước ngày 15/10)"), (None, "hằng năm (trước ngày 31/1)"),
    ]
    evidence = [r.evidence for r in extract(make_text(_letter(FINANCE_SCHEDULE))).reports_to]
    assert evidence[0] == "Chậm nhất ngày 15 tháng 4 đối với báo cáo quý I"


def test_a_lead_that_opens_with_its_time_limit_gives_its_sender():
    rows = _rows(_letter(
        "1. Thời hạn các phòng chuyên môn gửi báo cáo:\na) Chậm nhất ngày 15 tháng 4 đối với báo cáo quý I;\n"
        "b) Chậm nhất ngày 15 tháng 7 đối với báo cáo 6 tháng."
    ))
    assert [(sender, recurrence) for sender, _, _, recurrence in rows] == [
        ("Các phòng chuyên môn", "quý I (trước ngày 15/4)"), ("Các phòng chuyên môn", "6 tháng (trước ngày 15/7)")
    ]


def test_a_number_said_again_in_words_and_the_month_reported_are_read():
    from vanban.loaders.deadlines import find_deadline

    assert find_deadline("Chậm nhất ngày 15 (mười lăm) của tháng báo cáo").day_month == "15 của tháng báo cáo"
    assert find_deadline("Chậm nhất ngày 06 (sáu) của tháng cuối quý").day_month == "6 của tháng cuối quý"
    assert find_deadline("Chậm nhất ngày 27 (hai mươi bảy) tháng 11 (mười một)").day_month == "27/11"


def test_a_lead_without_listed_lines_stays_one_duty_and_its_name_ends_before_nhu_sau():
    rows = _rows(_letter("Các đơn vị gửi báo cáo định kỳ đến Sở Tài chính như sau: báo cáo bằng văn bản và qua thư điện tử."))
    assert rows[0] == ("Các đơn vị", "Sở Tài chính tỉnh Bắc Ninh", None, "định kỳ")


# Thông tư 02/2023/TT-BTTTT as a stored web page summarises it (lines marked "-", one ended by a comma).
MINISTRY_SCHEDULE_PAGE = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 02/2023/TT-BTTTT
Hà Nội, ngày 21 tháng 3 năm 2023

THÔNG TƯ
Quy định chế độ báo cáo định kỳ

Điều 5. Thời hạn gửi báo cáo
1. Thời hạn các cơ quan, tổ chức, doanh nghiệp và cá nhân liên quan gửi báo cáo định kỳ đến cơ quan, đơn vị nhận báo cáo định kỳ:
- Chậm nhất ngày 15 (mười lăm) của tháng báo cáo đối với báo cáo định kỳ hằng tháng;
- Chậm nhất ngày 06 (sáu) của tháng cuối quý đối với báo cáo định kỳ hằng quý,
- Chậm nhất ngày 06 (sáu) tháng 06 (sáu) đối với báo cáo định kỳ 06 (sáu) tháng;
- Chậm nhất ngày 25 (hai mươi lăm) tháng 11 (mười một) đối với báo cáo định kỳ hằng năm.
"""


def test_the_lines_of_a_ministrys_schedule_with_numbers_in_words():
    rows = _rows(MINISTRY_SCHEDULE_PAGE)
    assert {sender for sender, *_ in rows} == {"Các cơ quan, tổ chức, doanh nghiệp và cá nhân liên quan"}
    assert [recurrence for *_, recurrence in rows] == [
        "định kỳ hằng tháng (trước ngày 15 của tháng báo cáo)", "định kỳ hằng quý (trước ngày 6 của tháng cuối quý)",
        "định kỳ 6 tháng (trước ngày 6/6)", "định kỳ hằng năm (trước ngày 25/11)",
    ]


def test_two_days_of_a_weekly_report_are_both_kept():
    rows = _rows(_letter("Các trạm y tế báo cáo Trung tâm Y tế huyện vào thứ Hai và thứ Năm hằng tuần."))
    assert [recurrence for *_, recurrence in rows] == ["hằng tuần (thứ Hai và thứ Năm)"]
