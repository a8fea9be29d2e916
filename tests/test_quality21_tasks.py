"""Tasks, round 21: the units an item's doer directs ("- Chỉ đạo cơ quan chuyên môn về đất đai hướng dẫn …" under "2.
Sở Nông nghiệp và Môi trường") are that doer's own, not the document's assignees. Read on whole documents of the
corpus: 034 (Chỉ thị 06/CT-UBND of UBND tỉnh Quảng Trị), 048 (a Quyết định of UBND tỉnh Sơn La and its plan), 061 (a
plan of Ban Thường trực Ủy ban MTTQ xã)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.loaders.extract import extract
from vanban.loaders.read import read_file
from vanban.loaders.tasks import DIRECTING_POINT, _directed

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


def _assigned(name: str) -> dict[str, list[str]]:
    record = extract(read_file(CORPUS / name))
    return {t.section: t.assigned_to for t in record.tasks}


@pytest.mark.parametrize(
    "name, section, expected",
    [
        # "2. Sở Nông nghiệp và Môi trường" / "- Chỉ đạo cơ quan chuyên môn về đất đai hướng dẫn Ủy ban nhân dân cấp xã …":
        # before, "Cơ quan chuyên môn" was an assignee too.
        ("034.txt", "2", ["Sở Nông nghiệp và Môi trường"]),
        # "10. Ủy ban nhân dân các xã, phường" / "- Chỉ đạo đơn vị chuyên môn phối hợp chặt chẽ với Sở Nông nghiệp và Môi
        # trường …": before, "Đơn vị chuyên môn" too.
        ("048.txt", "V.10", ["Ủy ban nhân dân các xã, phường"]),
        # "2. Đề nghị Ủy ban nhân dân xã phối hợp" / "- Chỉ đạo các bộ phận chuyên môn, Công an xã, thôn: Phối hợp rà soát
        # …": every unit of the directed list (before, "Các bộ phận chuyên môn" and "Công an xã, thôn").
        ("061.txt", "V.2", ["Ủy ban nhân dân xã"]),
    ],
)
def test_units_the_doer_directs_are_not_assignees(name, section, expected):
    assert _assigned(name)[section] == expected


def test_directing_point_reads_the_directed_units():
    point = "- Chỉ đạo các bộ phận chuyên môn, Công an xã, thôn: Phối hợp rà soát danh sách cử tri"
    assert DIRECTING_POINT.search(point) is not None
    assert _directed(point) == {"các bộ phận chuyên môn", "công an xã, thôn"}
    # "theo chỉ đạo của Bộ Y tế" (corpus 004) directs no one.
    assert _directed("d) Chủ trì triển khai, thực hiện các nhiệm vụ được giao tại Dự án 6 theo chỉ đạo của Bộ Y tế.") == set()


def test_an_item_that_names_no_doer_keeps_the_directed_units():
    # With no doer in the item's heading, "Chỉ đạo …" is the document's own directive: its object is the assignee
    # (corpus 034's first item heads its points with "Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ:").
    assert _assigned("034.txt")["1"] == ["Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ"]
