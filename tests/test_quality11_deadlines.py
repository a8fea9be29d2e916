"""Deadlines, round 11: an hour written before the day ("chậm nhất là 17 giờ 00 ngày 30/01/2026", corpus
051; "trước 07h00 ngày 14/3/2026", corpus 055)."""

from __future__ import annotations

import pytest

from vanban.loaders.deadlines import find_deadline


@pytest.mark.parametrize(
    "s, iso",
    [
        ("phải gửi về Ban Thường trực Ủy ban MTTQ Việt Nam xã chậm nhất là 17 giờ 00 ngày 30/01/2026 để tổng hợp", "2026-01-30"),
        ("gửi toàn bộ biên bản về Ban Thường trực Ủy ban MTTQ xã chậm nhất 17 giờ 00 ngày 25/01/2026.", "2026-01-25"),
        ("Chậm nhất là 17 giờ 00 ngày 01 tháng 2 năm 2026, người ứng cử phải hoàn thành việc nộp hồ sơ", "2026-02-01"),
        ("kết thúc trước thời điểm bắt đầu bỏ phiếu 24h (trước 07h00 ngày 14/3/2026)", "2026-03-14"),
    ],
)
def test_an_hour_before_the_day(s, iso):
    assert find_deadline(s).iso == iso


def test_an_hour_alone_is_no_deadline():
    assert find_deadline("các tổ bầu cử nộp biên bản trước 17 giờ cùng ngày") is None
