"""Reporting duties, round 13: a report asked for in one paragraph and sent on in the next ("Báo cáo gửi về Ủy
ban nhân dân tỉnh … chậm nhất 10h00' ngày 27/4/2020"), one duty with the date of the second. Fragments written
in the style of a Công văn of UBND tỉnh Đắk Nông (CV 1974/UBND-KGVX)."""

from __future__ import annotations

from vanban.loaders.records import Header
from vanban.loaders.reports import REPORT_SENT, find_reports
from vanban.loaders.text import make_text

_HEADER = Header(issuer="Ủy ban nhân dân tỉnh Đắk Nông", province="Đắk Nông")

LETTER = """ỦY BAN NHÂN DÂN
TỈNH ĐẮK NÔNG

Số: 1974/UBND-KGVX
V/v báo cáo kết quả công tác phòng, chống dịch

Kính gửi:
- Các Sở, Ban, ngành, hội, đoàn thể cấp tỉnh;
- Ủy ban nhân dân các huyện, thành phố.

Ủy ban nhân dân tỉnh yêu cầu các Sở, Ban, ngành, Ủy ban nhân dân các huyện, thành phố theo chức năng, nhiệm vụ tiến hành rà soát đánh giá, báo cáo kết quả thực hiện công tác phòng, chống dịch của đơn vị, địa phương (theo Đề cương báo cáo đính kèm).

Báo cáo gửi về Ủy ban nhân dân tỉnh (thông qua Sở Y tế) và gửi qua địa chỉ email chậm nhất 10h00' ngày 27/4/2020.

Giao Sở Y tế chịu trách nhiệm đôn đốc các đơn vị, địa phương, tổng hợp báo cáo gửi về UBND tỉnh trước 14h00 ngày 28/4/2020.

Nơi nhận:
- Như trên;
- Lưu: VT, KGVX.
"""


def test_a_report_asked_for_then_sent_on_is_one_duty_with_its_date():
    rows = [(r.from_, r.to, r.deadline) for r in find_reports(make_text(LETTER), _HEADER)]
    assert rows == [
        # The bodies asked (not the letter's addressees, the sender of a duty naming none), with the date said after.
        ("Các Sở, Ban, ngành, Ủy ban nhân dân các huyện, thành phố", "Ủy ban nhân dân tỉnh Đắk Nông", "2020-04-27"),
        ("Sở Y tế tỉnh Đắk Nông", "Ủy ban nhân dân tỉnh Đắk Nông", "2020-04-28"),
    ]


def test_the_report_as_the_subject_of_its_sending():
    assert REPORT_SENT.match("Báo cáo gửi về Ủy ban nhân dân tỉnh")
    assert REPORT_SENT.match("Báo cáo này gửi về Sở Nội vụ")
    assert not REPORT_SENT.match("Báo cáo kết quả về Sở Nội vụ")
    assert not REPORT_SENT.match("Báo cáo gửiđi")


def test_the_asked_bodys_own_unit_is_no_owner():
    from vanban.loaders.reports import REFLEXIVE_OWNER

    for owner in ("đơn vị, địa phương", "cơ quan, đơn vị mình", "đơn vị"):
        assert REFLEXIVE_OWNER.fullmatch(owner), owner
    for owner in ("các cơ quan, đơn vị trực thuộc", "sở y tế", "đơn vị sự nghiệp công lập"):
        assert not REFLEXIVE_OWNER.fullmatch(owner), owner


def _letter(province: str, body: str) -> str:
    return (
        f"ỦY BAN NHÂN DÂN\nTỈNH {province.upper()}\n\nSố: 12/UBND-TH\nV/v báo cáo\n\nKính gửi:\n- Các sở, ban, ngành tỉnh;\n"
        f"- UBND các huyện, thành phố.\n\n{body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )


# A citing paragraph whose directing clause follows the citation, a draft report sent in the same sentence, a receiver
# that reports onwards (a Công văn of UBND tỉnh Hải Dương on thrift and waste).
CITED_THEN_GIVEN = (
    "Thực hiện Văn bản số 7840/BKHĐT-GSTĐĐT ngày 12/11/2021 của Bộ Kế hoạch và Đầu tư về việc báo cáo đoàn giám sát "
    "của Quốc hội; Chủ tịch UBND tỉnh giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành liên quan rà soát, "
    "xây dựng dự thảo Báo cáo việc thực hiện chính sách, pháp luật về thực hành tiết kiệm, chống lãng phí giai đoạn "
    "2016-2021 trên địa bàn tỉnh theo nội dung yêu cầu của Bộ Kế hoạch và Đầu tư tại văn bản nêu trên, báo cáo UBND tỉnh "
    "trước ngày 05/01/2022 để xem xét, báo cáo Bộ Kế hoạch và Đầu tư theo quy định."
)

# A directive listing its bodies by semicolons, then asking for the report to be sent (CV 846/UBND-TH of UBND tỉnh
# Khánh Hòa).
LISTED_THEN_SENT = (
    "Sau khi xem xét, Uỷ ban nhân dân tỉnh có ý kiến chỉ đạo như sau:\n"
    "Giao các sở, ngành tỉnh; Uỷ ban nhân dân các huyện, thành phố; Các Ban QLDA chuyên ngành tỉnh báo cáo tình hình "
    "triển khai thực hiện và giải ngân kế hoạch đầu tư công năm 2019 (Sao gửi Công văn kèm theo). Yêu cầu gửi báo cáo "
    "về Sở Kế hoạch và Đầu tư trước ngày 23/5/2019."
)


def test_a_citing_paragraphs_directing_clause_carries_its_duties():
    header = Header(issuer="Ủy ban nhân dân tỉnh Hải Dương", province="Hải Dương")
    rows = [(r.from_, r.to, r.deadline) for r in find_reports(make_text(_letter("Hải Dương", CITED_THEN_GIVEN)), header)]
    assert rows == [
        # The body given the work (not the letter's addressees); the draft and its sending are one duty.
        ("Sở Kế hoạch và Đầu tư tỉnh Hải Dương", "Ủy ban nhân dân tỉnh Hải Dương", "2022-01-05"),
        # The receiver reports onwards.
        ("Ủy ban nhân dân tỉnh Hải Dương", "Bộ Kế hoạch và Đầu tư", None),
    ]


def test_a_semicolon_list_of_bodies_reports_and_the_request_to_send_is_the_same_duty():
    header = Header(issuer="Ủy ban nhân dân tỉnh Khánh Hòa", province="Khánh Hòa")
    rows = [(r.from_, r.to, r.deadline) for r in find_reports(make_text(_letter("Khánh Hòa", LISTED_THEN_SENT)), header)]
    assert rows == [(
        "Các sở, ngành tỉnh, Ủy ban nhân dân các huyện, thành phố, Các Ban QLDA chuyên ngành tỉnh Khánh Hòa",
        "Sở Kế hoạch và Đầu tư tỉnh Khánh Hòa", "2019-05-23",
    )]


def test_a_draft_report_alone_is_still_a_duty():
    # Seed 002: "Giao Phòng Nội vụ huyện: Làm đầu mối giúp UBND huyện … tổng hợp xây dựng dự thảo báo cáo của UBND huyện
    # về kết quả thực hiện Kế hoạch này."
    from vanban.loaders.reports import DRAFT_BEFORE

    assert DRAFT_BEFORE.search("tổng hợp xây dựng dự thảo ")
    assert not DRAFT_BEFORE.search("tổng hợp, ")


# Reports named in the rows of a task table: a cell bar ends the addressee and the clause (no name or date runs into
# the next cell or the row before).
TABLE_ROWS = """KẾ HOẠCH
Cải cách hành chính năm 2025

II. NHIỆM VỤ CỤ THỂ

| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Báo cáo kết quả cải cách hành chính 6 tháng, năm gửi UBND tỉnh | Văn phòng HĐND và UBND xã | Các bộ phận chuyên môn | Trước ngày 15/6 và 15/12/2025 |
| 2 | Tổng hợp, báo cáo tình hình kiểm soát thủ tục hành chính hằng quý | Công chức Văn phòng - Thống kê | | Hằng quý |
"""


def test_a_cell_bar_ends_a_reports_addressee_and_clause():
    header = Header(issuer="Ủy ban nhân dân xã Tân Phú", province="Lào Cai")
    reports = find_reports(make_text(TABLE_ROWS), header)
    assert [(r.from_, r.to, r.deadline) for r in reports] == [
        # Round 14: the row's lead unit reports (the cell names no subject).
        ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Tân Phú", "Ủy ban nhân dân tỉnh Lào Cai", None),
        # The staff unit compiles its committee's report; the date of the row before is not this one's.
        ("Ủy ban nhân dân xã Tân Phú", None, None),
    ]
    assert "|" not in reports[0].evidence and "|" not in reports[1].evidence


def test_party_committees_below_report_after_an_opening_of_direction():
    # A Kế hoạch of Ban Thường vụ Tỉnh ủy Thái Nguyên on checking the Party's statutes.
    body = (
        "KẾ HOẠCH\nKiểm tra thi hành Điều lệ Đảng\n\n"
        "1. Dưới sự chỉ đạo của cấp ủy, các đảng bộ trực thuộc tiến hành tự kiểm tra và báo cáo kết quả về Ban Thường vụ "
        "Tỉnh ủy trước 30/10; các ban Đảng, đảng đoàn, ban cán sự Đảng tự kiểm tra, đánh giá.\n"
    )
    header = Header(issuer="Ban Thường vụ Tỉnh ủy Thái Nguyên", province="Thái Nguyên")
    rows = [(r.from_, r.to, r.deadline, r.recurrence) for r in find_reports(make_text(body), header)]
    # A day without its year goes to the recurrence, as in seed 003.
    assert rows == [("Các đảng bộ trực thuộc", "Ban Thường vụ Tỉnh ủy Thái Nguyên", None, "trước ngày 30/10")]


def test_the_bodies_urged_report_and_a_satellite_is_no_province():
    # CV 749/KCB-CĐT of Cục Quản lý Khám, chữa bệnh: "1. Đôn đốc các bệnh viện vệ tinh báo cáo kết quả thực hiện dự án
    # bệnh viện vệ tinh của đơn vị năm 2013 - 6 tháng đầu năm 2015 …" ("của đơn vị năm 2013" names no owner).
    body = (
        "BỘ Y TẾ\nCỤC QUẢN LÝ KHÁM, CHỮA BỆNH\nSố: 749/KCB-CĐT\nV/v báo cáo thực hiện Đề án bệnh viện vệ tinh\n\n"
        "Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương\n\n"
        "Cục Quản lý Khám, chữa bệnh đề nghị Sở Y tế các tỉnh, thành phố thực hiện tốt một số việc sau:\n"
        "1. Đôn đốc các bệnh viện vệ tinh báo cáo kết quả thực hiện dự án bệnh viện vệ tinh của đơn vị năm 2013 - 6 tháng "
        "đầu năm 2015 (mẫu kèm theo).\n2. Đánh giá chung kết quả thực hiện.\n"
    )
    header = Header(issuer="Cục Quản lý Khám, chữa bệnh", place="Hà Nội")
    assert [(r.from_, r.to) for r in find_reports(make_text(body), header)] == [("Các bệnh viện vệ tinh", None)]
    from vanban.loaders.names import canonical_org

    assert canonical_org("các bệnh viện vệ tinh", header) == "các bệnh viện vệ tinh"
