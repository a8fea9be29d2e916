""""tổng hợp báo cáo của X": X names the reports compiled, not the report's sender (reports.COMPILED_BEFORE)."""

from __future__ import annotations

from vanban.loaders.records import Header
from vanban.loaders.reports import COMPILED_BEFORE, find_reports
from vanban.loaders.text import make_text

from report_plans import plan_text

# The Quy chế of Ban Chỉ đạo nhà nước về du lịch (the twelfth session's review collection), its article on reporting, item 3.
COMPILED = (
    "3. Định kỳ trước ngày 31 tháng 12 hằng năm, Văn phòng Ban Chỉ đạo tổng hợp báo cáo của các thành viên Ban Chỉ đạo, "
    "Ban Chỉ đạo phát triển du lịch các địa phương, soạn thảo báo cáo về tình hình triển khai các hoạt động, chương trình, "
    "kế hoạch về phát triển du lịch trình Trưởng Ban Chỉ đạo phê duyệt, gửi Bộ Nội vụ và Văn phòng Chính phủ để tổng hợp, "
    "báo cáo Thủ tướng Chính phủ."
)


def test_the_compiled_bodies_are_not_the_sender():
    assert COMPILED_BEFORE.search("Văn phòng Ban Chỉ đạo tổng hợp ")
    assert not COMPILED_BEFORE.search("Các thành viên Ban Chỉ đạo định kỳ ")
    header = Header(issuer="Ban Chỉ đạo nhà nước về du lịch")
    rows = [(r.from_, r.to, r.recurrence) for r in find_reports(make_text(plan_text(COMPILED)), header)]
    # One entry per addressee (round 25).
    assert ("Ban Chỉ đạo nhà nước về du lịch", "Bộ Nội vụ", "hằng năm (trước ngày 31/12)") in rows
    assert ("Ban Chỉ đạo nhà nước về du lịch", "Văn phòng Chính phủ", "hằng năm (trước ngày 31/12)") in rows
    assert not any(sender and sender.startswith("Các thành viên") for sender, _, _ in rows)
