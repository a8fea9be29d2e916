"""Deadlines glued to "ngày" by a PDF or OCR copy (round 5). Fragment of seed 000."""

from __future__ import annotations

from vanban.loaders.deadlines import DEADLINE


def test_deadline_with_glued_day():
    m = DEADLINE.search("gửi về Sở Y tế trước ngày02-11-2022 để tổng hợp")
    assert (m["d"], m["m"], m["y"]) == ("02", "11", "2022")
    m = DEADLINE.search("tổng hợp báo cáo UBND tỉnh trước ngày 05/11/2022.")
    assert (m["d"], m["m"], m["y"]) == ("05", "11", "2022")
