"""A Quyết định's enacting office broken inside "ỦY BAN" (session 17): the header "CHỦ TỊCH ỦY" / "BAN NHÂN DÂN" /
"TỈNH ĐỒNG THÁP" (fresh16_reports 55d7a47d) was read as the issuer "Ban Nhân dân tỉnh Đồng Tháp" under a parent
"Chủ tịch ủy".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.loaders import header
from vanban.loaders.extract import extract
from vanban.loaders.read import read_bytes

REALDOCS = Path(__file__).resolve().parent / "data" / "realdocs"
# QĐ 144/2025/QĐ-CTUBND of the Chủ tịch of Đồng Tháp's people's committee: "**CHỦ TỊCH ỦY" / "BAN NHÂN DÂN**" /
# "TỈNH ĐỒNG THÁP".
DONG_THAP_DECISION = "55d7a47de4f0ccee.md"


# ---------------------------------------------------------------- a header broken inside "ỦY BAN"


def test_an_enacting_office_broken_inside_uy_ban_names_the_committee() -> None:
    doc = extract(read_bytes((REALDOCS / DONG_THAP_DECISION).read_bytes(), DONG_THAP_DECISION)).document
    assert (doc.issuer, doc.issuer_parent, doc.province) == ("Ủy ban nhân dân tỉnh Đồng Tháp", None, "Đồng Tháp")


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("CHỦ TỊCH ỦY", True),  # fresh16_reports 55d7a47d, over "BAN NHÂN DÂN" / "TỈNH ĐỒNG THÁP"
        ("CHỦ TỊCH UỶ", True),
        # A party committee's line: the "BAN TUYÊN GIÁO" under it is its board, a body of its own.
        ("TỈNH ỦY", False),
        ("ĐẢNG ỦY", False),
        ("CHỦ TỊCH ỦY BAN NHÂN DÂN", False),
    ],
)
def test_only_an_office_cut_before_ban_joins_the_line_under_it(line, cut) -> None:
    assert (header.OFFICE_CUT_IN_COMMITTEE.match(line) is not None) == cut
