"""Reporting duties in documents that are not plans, round 28 (reports19), from a hand check of Quyết định promulgating a
Quy chế or Quy định, a Thông tư with its Quy chế, a Party Ban's Quy chế and Công văn (/work/fresh19_reports/HANDCHECK.md):
the regulation under "*(Ban hành kèm theo Quyết định …)*" is read when its title is split over two lines; a report found out
("phát hiện báo cáo không đúng thành tích") is no duty. Fragments quoted from QĐ 71/2025/QĐ-UBND of UBND thành phố Hà Nội,
kept in tests/data/realdocs. The seeds' README, "reports_to": each explicit duty is one entry, `from` the body whose report it
is."""

from __future__ import annotations

from pathlib import Path

from vanban.loaders.records import Header
from vanban.loaders.reports import NOT_DUTY_BEFORE, find_reports
from vanban.loaders.sections import ATTACHED_BY
from vanban.loaders.text import make_text

REALDOCS = Path(__file__).parent / "data" / "realdocs"
_HA_NOI = Header(issuer="Ủy ban nhân dân thành phố Hà Nội", province="Hà Nội")


def _duties(name: str, header: Header) -> list[tuple]:
    text = make_text((REALDOCS / name).read_text(encoding="utf-8"), name=name, format="markdown")
    return [(r.from_, r.to, r.recurrence, " ".join(r.evidence.split())) for r in find_reports(text, header)]


def test_a_decisions_regulation_is_read_under_a_split_title():
    # "**QUY\nCHẾ**" / "XÉT TẶNG DANH HIỆU …" / "*(Ban hành kèm theo Quyết định số /2025/QĐ-UBND ngày /\n/2025 của Ủy ban
    # nhân dân thành phố Hà Nội)*": the bracket opens the attached regulation though the title's line does not.
    assert ATTACHED_BY.match("*(Ban hành kèm theo Quyết định số /2025/QĐ-UBND ngày /") is not None
    assert ATTACHED_BY.match("(Ban hành kèm theo Quyết định số 79/2025/QĐ-UBND)") is not None
    # Not an appendix of a plan or a list under emphasis: those stay as they were read.
    assert ATTACHED_BY.match("*(Ban hành kèm theo Kế hoạch số 144/KH-UBND ngày 24 tháng 11 năm 2025") is None
    assert ATTACHED_BY.match("*(Kèm theo Quyết định số 456/QĐ-UBND ngày 20/11/2025*") is None
    duties = _duties("af2a4fc9b3a7aeeb.md", _HA_NOI)
    # "Trong quá trình thực hiện, các cấp, các ngành, các địa phương, cơ quan, đơn vị phát hiện những vấn đề chưa phù hợp …,
    # báo cáo Ủy ban nhân dân thành phố Hà Nội qua Sở Nội vụ thành phố Hà Nội để xem xét, sửa đổi kịp thời./."
    assert ("Các cấp, các ngành, các địa phương, cơ quan, đơn vị", "Ủy ban nhân dân thành phố Hà Nội") in [
        (f, t) for f, t, _, ev in duties if "qua Sở Nội vụ" in ev
    ]


def test_a_report_found_out_is_no_duty():
    # "Cá nhân đã được tặng thưởng danh hiệu “Công dân Thủ đô ưu tú” nhưng phát hiện báo cáo không đúng thành tích, vi phạm
    # tiêu chuẩn tại Điều 4 của Quy chế này, bị hủy bỏ quyết định tặng thưởng".
    assert NOT_DUTY_BEFORE.search("nhưng phát hiện ") is not None
    assert NOT_DUTY_BEFORE.search("kịp thời phát hiện, ") is None  # "phát hiện, báo cáo": two duties
    assert not [ev for *_, ev in _duties("af2a4fc9b3a7aeeb.md", _HA_NOI) if "không đúng thành tích" in ev]
