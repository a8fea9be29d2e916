"""Reporting duties, round 17: a unit named with a dash ("Văn phòng HĐND - UBND tỉnh", "Phòng Văn hóa - Thông tin")
is the clause's subject whole, each period of an opening list with its own limit in brackets, a table row dated by its
time cell, the Chương trình attached "(Kèm theo Nghị quyết …)" after a Nghị quyết's signature, "Bộ Ngoại giao" named
whole, the period named after an opening deadline, an addressee after "báo cáo và kiến nghị". Fragments written in the
style of plans of UBND tỉnh and huyện and of a Nghị quyết of the Chính phủ (NQ 100/NQ-CP)."""

from __future__ import annotations

from vanban.loaders.extract import extract
from vanban.loaders.parties import PERIOD_OPENING, name_at
from vanban.loaders.records import Header
from vanban.loaders.reports import find_reports
from vanban.loaders.sections import ATTACHED_BY
from vanban.loaders.text import make_text

_PROVINCE = Header(issuer="Ủy ban nhân dân tỉnh Lào Cai", province="Lào Cai")
_DISTRICT = Header(issuer="Ủy ban nhân dân huyện Bảo Thắng", province="Lào Cai", district="Bảo Thắng")
_GOVERNMENT = Header(issuer="Chính phủ")


def _rows(body: str, header: Header) -> list[tuple]:
    text = make_text("KẾ HOẠCH\nThực hiện\n\nIII. TỔ CHỨC THỰC HIỆN\n\n" + body)
    return [(r.from_, r.to, r.deadline, r.recurrence) for r in find_reports(text, header)]


def test_a_unit_named_with_a_dash_reports_whole():
    rows = _rows("6. Văn phòng HĐND - UBND tỉnh theo dõi, đôn đốc, tổng hợp, báo cáo UBND tỉnh kết quả thực hiện.\n", _PROVINCE)
    assert rows == [("Văn phòng Hội đồng nhân dân - Ủy ban nhân dân tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Lào Cai", None, None)]
    rows = _rows(
        "5. Phòng Văn hóa - Thông tin huyện theo dõi, tổng hợp, báo cáo UBND huyện trước ngày 10 tháng 5 năm 2026.\n",
        _DISTRICT,
    )
    assert rows == [("Phòng Văn hóa - Thông tin huyện", "Ủy ban nhân dân huyện Bảo Thắng", "2026-05-10", None)]


def test_a_bullet_dash_still_opens_a_clause():
    # The line's dash opens a bullet: the heading above is the sender, not a name run on into "Định kỳ …".
    rows = _rows(
        "1. Phòng Tư pháp\n- Chủ trì tổ chức thực hiện.\n\n2. Ủy ban nhân dân các xã, thị trấn\n- Định kỳ hằng năm báo cáo kết quả về UBND huyện trước ngày 15/12.\n",
        _DISTRICT,
    )
    assert rows == [("Ủy ban nhân dân các xã, thị trấn", "Ủy ban nhân dân huyện Bảo Thắng", None, "định kỳ hằng năm (trước ngày 15/12)")]


def test_an_opening_list_of_periods_each_with_its_limit():
    assert PERIOD_OPENING.match("Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12), các sở")
    assert PERIOD_OPENING.match("Định kỳ hằng quý, 6 tháng, năm, các sở")
    assert not PERIOD_OPENING.match("Định kỳ 6 tháng và năm 2026, các sở")
    rows = _rows(
        "1. Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12), các sở, ngành báo cáo kết quả thực hiện"
        " về Sở Nội vụ.\n",
        _PROVINCE,
    )
    assert rows == [
        ("Các sở, ngành", "Sở Nội vụ tỉnh Lào Cai", None, "6 tháng (trước ngày 15/6)"),
        ("Các sở, ngành", "Sở Nội vụ tỉnh Lào Cai", None, "hằng năm (trước ngày 15/12)"),
    ]


TABLE = """KẾ HOẠCH
Triển khai công tác cải cách hành chính năm 2026

II. NHIỆM VỤ CỤ THỂ

| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Báo cáo kết quả thực hiện Kế hoạch gửi UBND tỉnh | Sở Nội vụ | Các sở, ngành | Trước ngày 15/12/2026 |
| 2 | Tổng hợp, báo cáo Bộ Nội vụ | UBND tỉnh | Sở Nội vụ | Quý IV/2026 |
"""


def test_a_table_row_is_dated_by_its_time_cell():
    rows = [(r.from_, r.to, r.deadline, r.recurrence) for r in find_reports(make_text(TABLE), _PROVINCE)]
    assert rows == [
        ("Sở Nội vụ tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Lào Cai", "2026-12-15", None),
        # A quarter is no date.
        ("Ủy ban nhân dân tỉnh Lào Cai", "Bộ Nội vụ", None, None),
    ]


# A Nghị quyết of the Chính phủ and the Chương trình it issues, attached after its signature.
RESOLUTION = """CHÍNH PHỦ

Số: 100/NQ-CP

Hà Nội, ngày 06 tháng 4 năm 2026

NGHỊ QUYẾT
Ban hành Chương trình hành động của Chính phủ thực hiện Chỉ thị số 49-CT/TW

CHÍNH PHỦ
QUYẾT NGHỊ:
Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ thực hiện Chỉ thị số 49-CT/TW.
Điều 2. Nghị quyết này có hiệu lực kể từ ngày ký ban hành./.

TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Bùi Thanh Sơn

CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ
thực hiện Chỉ thị số 49-CT/TW về công tác phi chính phủ nước ngoài
(Kèm theo Nghị quyết số 100/NQ-CP ngày 06 tháng 4 năm 2026 của Chính phủ)

III. TỔ CHỨC THỰC HIỆN
1. Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tập
trung chỉ đạo thực hiện Chương trình hành động; định kỳ trước ngày 01 tháng 12 hằng năm báo cáo kết quả thực hiện
gửi về Bộ Ngoại giao để tổng hợp, báo cáo Thủ tướng Chính phủ.
2. Bộ Ngoại giao chủ trì, phối hợp với các bộ, ngành, địa phương theo dõi, đôn đốc việc triển khai Chương trình
hành động, kịp thời báo cáo và kiến nghị Chính phủ, Thủ tướng Chính phủ các biện pháp cần thiết.
"""


def test_the_programme_attached_to_a_resolution_is_read():
    assert ATTACHED_BY.match("(Kèm theo Nghị quyết số 100/NQ-CP ngày 06 tháng 4 năm 2026 của Chính phủ)")
    assert ATTACHED_BY.match("(Ban hành kèm theo Quyết định số 2853/QĐ-UBND)")
    assert not ATTACHED_BY.match("(Kèm theo Công văn này)")
    assert name_at("Bộ Ngoại giao để tổng hợp", 0) == ("Bộ Ngoại giao", 13)
    rows = [(r.from_, r.to, r.deadline, r.recurrence) for r in find_reports(make_text(RESOLUTION), _GOVERNMENT)]
    assert rows == [
        # "Bộ trưởng" opens a name (round 21, parties.NAME_HEADS): the item's own bodies send the report.
        (
            "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
            "Bộ Ngoại giao", None, "hằng năm (trước ngày 1/12)",
        ),
        ("Bộ Ngoại giao", "Thủ tướng Chính phủ", None, None),
        # One entry per addressee (round 25).
        ("Bộ Ngoại giao", "Chính phủ", None, None),
        ("Bộ Ngoại giao", "Thủ tướng Chính phủ", None, None),
    ]


def test_a_window_cut_inside_a_symbol_names_no_sender():
    # A Công văn of Văn phòng Chính phủ: the long sentence's subject lies far back; "UBND" of "92/TTr-UBND" opens no name.
    body = (
        "Giao các Bộ: Công an, Tài chính, Xây dựng, Tư pháp, Nông nghiệp và Môi trường có ý kiến đối với đề xuất, kiến"
        " nghị của Ủy ban nhân dân tỉnh Đồng Nai tại Tờ trình số 92/TTr-UBND nêu trên, ý kiến của Ủy ban nhân dân tỉnh Đồng"
        " Nai trước ngày 10 tháng 5 năm 2026 để báo cáo Thủ tướng Chính phủ.\n"
    )
    text = make_text("VĂN PHÒNG CHÍNH PHỦ\nSố: 3456/VPCP-CN\n\nKính gửi: Các Bộ.\n\n" + body)
    senders = [r.from_ for r in find_reports(text, Header(issuer="Văn phòng Chính phủ"))]
    assert senders and all("nêu trên" not in (s or "") for s in senders)


def test_a_party_organisation_told_of_a_problem_compiles_the_report():
    assert name_at("tổ chức đảng trực thuộc để tổng hợp", 0) == ("tổ chức đảng trực thuộc", 23)
    text = make_text(
        "THỂ LỆ\nCuộc thi trực tuyến\n\nĐiều 1. Thời gian và cách thức tham gia\n"
        "1. Thời gian làm bài: 40 phút.\n"
        "2. Trường hợp xảy ra sự cố kỹ thuật khách quan làm ảnh hưởng đến việc tham gia Cuộc thi, người dự thi phải thông báo"
        " ngay cho tổ chức đảng trực thuộc để tổng hợp, báo cáo Ủy ban Kiểm tra Đảng ủy.\n"
    )
    rows = [(r.from_, r.to) for r in find_reports(text, Header(issuer="Đảng ủy phường Thanh Khê"))]
    assert rows == [("Tổ chức đảng trực thuộc", "Ủy ban Kiểm tra Đảng ủy phường Thanh Khê")]


def test_a_dashed_name_after_an_opening_window_keeps_the_clause_and_its_period():
    # A Quy chế of a Sở: the monthly window opens the clause, the department's name holds a dash.
    text = make_text(
        "SỞ GIAO THÔNG CÔNG CHÁNH\nSố:     /QĐ-SGTCC\nQUY CHẾ\nTiếp nhận, giải quyết kiến nghị của cử tri\n\n"
        "Điều 1. Định kỳ từ ngày 1 đến ngày 5 hằng tháng, các đơn vị và phòng ban được phân công phải cập nhật kết quả giải"
        " quyết nguyện vọng cử tri trên mạng của tháng trước; từ"
        " ngày 5 đến ngày 10 hằng tháng, Phòng Kế hoạch - Đầu tư kiểm tra, xác nhận giải quyết và tổng hợp báo cáo kết quả"
        " cho giám đốc sở.\n"
    )
    reports = extract(text).reports_to
    assert [(r.from_, r.to, r.recurrence) for r in reports] == [("Phòng Kế hoạch - Đầu tư", "Giám đốc sở", "hằng tháng")]
    assert reports[0].evidence.startswith("báo cáo kết quả")


def test_a_district_unit_reporting_to_its_district_is_not_the_province():
    from vanban.loaders.reports import _below_issuer

    assert _below_issuer("Ủy ban nhân dân huyện", "Ủy ban nhân dân tỉnh Lào Cai")
    assert _below_issuer("Chủ tịch Ủy ban nhân dân xã Tân Lập", "Ủy ban nhân dân huyện Bảo Thắng")
    assert not _below_issuer("Ủy ban nhân dân tỉnh Lào Cai", "Ủy ban nhân dân huyện Bảo Thắng")
    assert not _below_issuer("Ủy ban nhân dân thành phố", "Ủy ban nhân dân tỉnh Lào Cai")
    # A plan of UBND tỉnh: the district's department compiles, and reports to its own committee.
    rows = _rows("5. Phòng Văn hóa - Thông tin huyện tổng hợp, báo cáo UBND huyện trước ngày 10 tháng 5 năm 2026.\n", _PROVINCE)
    assert rows == [("Phòng Văn hóa - Thông tin huyện", "Ủy ban nhân dân huyện", "2026-05-10", None)]
    # A provincial department compiling for the province still gives the province's report.
    rows = _rows("5. Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ trước ngày 20/12/2026.\n", _PROVINCE)
    assert rows == [("Ủy ban nhân dân tỉnh Lào Cai", "Bộ Nội vụ", "2026-12-20", None)]
