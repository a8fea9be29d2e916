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


_HA_TINH = Header(issuer="Ủy ban nhân dân tỉnh Hà Tĩnh", province="Hà Tĩnh")
_BAC_NINH = Header(issuer="Ủy ban nhân dân tỉnh Bắc Ninh", province="Bắc Ninh")
_BAN_TGDV = Header(issuer="Ban Tuyên giáo và Dân vận Trung ương")


def _to(name: str, header: Header, words: str) -> list[str | None]:
    """The addressees of the duties of ``name`` whose evidence holds ``words``."""
    return [t for _, t, _, ev in _duties(name, header) if words in ev]


def test_the_body_that_manages_the_sender_directly_is_an_addressee():
    # "trường hợp bị lộ hoặc quên mật khẩu phải báo cáo cơ quan quản lý trực tiếp để báo cáo Sở Khoa học và Công nghệ xử lý kịp
    # thời" (QĐ 79/2025/QĐ-UBND of UBND tỉnh Bắc Ninh): the individual's report goes to its managing body, which reports on.
    assert _to("abc00053e9811268.md", _BAC_NINH, "báo cáo cơ quan quản lý trực tiếp để") == ["Cơ quan quản lý trực tiếp"]
    # "Trung tâm phải lập biên bản, thông báo ngay với cơ quan công an địa phương và báo cáo cơ quan quản lý trực tiếp."
    assert _to("c49a5afadf61b342.md", _BAN_TGDV, "báo cáo cơ quan quản lý trực tiếp") == ["Cơ quan quản lý trực tiếp"]


def test_a_report_for_the_leadership_names_it_after_cho():
    # "kịp thời thông tin cho lớp về những văn bản … và báo cáo tình hình của lớp cho ban giám đốc Trung tâm" (the class
    # tutor's duty in a Quy chế of Ban Tuyên giáo và Dân vận Trung ương).
    assert _to("c49a5afadf61b342.md", _BAN_TGDV, "tình hình của lớp") == ["Ban giám đốc Trung tâm"]
    # Not any "cho" later in the clause: "báo cáo kết quả hỗ trợ cho các hộ nghèo" names no addressee.
    text = make_text("Điều 1. Trách nhiệm\n\nỦy ban nhân dân cấp xã báo cáo kết quả hỗ trợ cho các hộ nghèo trên địa bàn.\n")
    assert [r.to for r in find_reports(text, _HA_TINH)] == [None]


def test_a_report_sent_to_a_body_through_another_names_the_first():
    # "Định kỳ trước ngày 31 tháng 12 hằng năm gửi Ủy ban nhân dân tỉnh (qua Sở Nông nghiệp và Môi trường) báo cáo đánh giá,
    # kết quả triển khai thực hiện trong năm" (QĐ 74/2025/QĐ-UBND of UBND tỉnh Hà Tĩnh, Điều 19: the communes' duty).
    got = [(f, t) for f, t, _, ev in _duties("ac0f18a2d1b4fb56.md", _HA_TINH) if "báo cáo đánh giá, kết quả" in ev]
    assert got == [("Ủy ban nhân dân cấp xã", "Ủy ban nhân dân tỉnh Hà Tĩnh")]
