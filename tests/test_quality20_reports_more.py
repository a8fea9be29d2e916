"""Reporting duties, round 20 (reports11c): the leftovers of the two earlier rounds. A directive with no numbered item, the
issuer's own leadership, a school's plan made passive, the groups an article's title makes responsible, a department leading
a task table's row, the reason a letter asks for reports, a meeting's account, a closing paragraph held in the last item,
and a person's label with an office. Fragments written in the style of real Chỉ thị, Công văn, Quy chế, Thông báo kết luận
and school plans (the seeds' README, "reports_to": `from` is the body whose report it is)."""

from __future__ import annotations

from vanban.loaders.extract import extract
from vanban.loaders.records import Header
from vanban.loaders.reports import (
    DIRECTING_PARAGRAPH, MEETING_ACCOUNT_AFTER, OWN_LEADERSHIP, PERSON_LABEL, SCHOOL_OWNED_PASSIVE, find_reports,
)
from vanban.loaders.text import make_text

from report_plans import plan_text

_PROVINCE = Header(issuer="Ủy ban nhân dân tỉnh Quảng Ngãi", province="Quảng Ngãi")
_SCHOOL = Header(issuer="Trường Trung học cơ sở Nguyễn Du", province="Quảng Ngãi")


def _rows(body: str, header: Header = _PROVINCE) -> list[tuple]:
    return [(r.from_, r.to, r.deadline, r.recurrence) for r in find_reports(make_text(plan_text(body)), header)]


def _doc_rows(doc: str) -> list[tuple]:
    return [(r.from_, r.to, r.deadline, r.recurrence) for r in extract(make_text(doc)).reports_to]


# 1. A Chỉ thị written in paragraphs, no numbered item: the outline reads it all as the preamble.
_DIRECTIVE = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 05/CT-UBND
Quảng Ngãi, ngày 12 tháng 3 năm 2025

CHỈ THỊ
Về việc tăng cường chỉ đạo công tác phòng cháy, chữa cháy rừng mùa khô năm 2025

Trong những năm qua, công tác phòng cháy, chữa cháy rừng trên địa bàn tỉnh đã đạt được nhiều kết quả; theo báo cáo của Sở
Nông nghiệp và Phát triển nông thôn, năm 2024 không xảy ra cháy rừng lớn. Tuy nhiên, nguy cơ cháy rừng năm nay rất cao.

Để chủ động phòng ngừa, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thị
xã, thành phố tập trung chỉ đạo thực hiện nghiêm các biện pháp phòng cháy, chữa cháy rừng.

Sở Nông nghiệp và Phát triển nông thôn chủ trì, theo dõi, đôn đốc việc thực hiện Chỉ thị này; định kỳ hằng tháng tổng hợp,
báo cáo UBND tỉnh trước ngày 25.

UBND các huyện, thị xã, thành phố báo cáo kết quả thực hiện về Sở Nông nghiệp và Phát triển nông thôn trước ngày 20 hằng
tháng.

Yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thị xã, thành phố nghiêm túc thực hiện Chỉ thị này./.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- Lưu: VT.

CHỦ TỊCH
Nguyễn Văn A
"""


def test_an_unnumbered_directive_has_a_body():
    # Before: [] (no body span: no numbered item, no "Kính gửi").
    assert _doc_rows(_DIRECTIVE) == [
        ("Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ngãi", "Ủy ban nhân dân tỉnh Quảng Ngãi", None,
         "định kỳ hằng tháng (trước ngày 25)"),
        ("Ủy ban nhân dân các huyện, thị xã, thành phố", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ngãi", None,
         "hằng tháng (trước ngày 20)"),
    ]


def test_the_situation_before_the_directing_paragraph_stays_out():
    # "theo báo cáo của Sở …" in the opening is past work; with no directing paragraph, there is no body at all.
    assert DIRECTING_PARAGRAPH.search("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở")
    assert not DIRECTING_PARAGRAPH.search("theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, năm 2024")
    no_directive = _DIRECTIVE.split("Để chủ động")[0] + "Nơi nhận:\n- Lưu: VT.\n\nCHỦ TỊCH\nNguyễn Văn A\n"
    assert _doc_rows(no_directive) == []


def test_a_plan_is_no_unnumbered_directive():
    # The same paragraphs in a Kế hoạch (no numbered item either) stay unread: the span is for Chỉ thị and letters.
    plan = _DIRECTIVE.replace("Số: 05/CT-UBND", "Số: 05/KH-UBND").replace("CHỈ THỊ\n", "KẾ HOẠCH\n")
    assert _doc_rows(plan) == []


# 2. The issuer's own leadership reports outward for it.
def test_the_schools_board_reports_for_the_school():
    # Before: ('Ban Giám hiệu', 'Phòng Giáo dục và Đào tạo', …).
    body = (
        "1. Tổ chuyên môn xây dựng kế hoạch dạy học.\n2. Ban Giám hiệu chỉ đạo chung; kết quả thực hiện báo cáo về Phòng Giáo"
        " dục và Đào tạo trước ngày 30/5/2025."
    )
    assert _rows(body, _SCHOOL) == [("Trường Trung học cơ sở Nguyễn Du", "Phòng Giáo dục và Đào tạo", "2025-05-30", None)]


def test_the_board_as_addressee_and_another_bodys_boards_are_unchanged():
    assert _rows("1. Tổ chuyên môn xây dựng kế hoạch.\n2. Tổ trưởng chuyên môn báo cáo Ban Giám hiệu kết quả thực hiện.",
                 _SCHOOL)[0][:2] == ("Tổ trưởng chuyên môn", "Ban Giám hiệu")
    phong = Header(issuer="Phòng Giáo dục và Đào tạo huyện Đức Trọng", province="Lâm Đồng")
    rows = _rows("1. Tổ chức dạy học.\n2. Ban Giám hiệu các trường báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày"
                 " 30/5/2025.", phong)
    assert rows[0][0] == "Ban Giám hiệu các trường"
    assert OWN_LEADERSHIP.fullmatch("Ban Giám hiệu nhà trường") and OWN_LEADERSHIP.fullmatch("Ban Giám đốc Sở")
    assert not OWN_LEADERSHIP.fullmatch("Ban Giám hiệu các trường")


# 3. A school's plan made passive.
_PASSIVE = "Kế hoạch giáo dục của nhà trường được ban hành và báo cáo cấp có thẩm quyền trước ngày 31 tháng 8 hằng năm."


def test_a_schools_passive_plan_is_the_schools_report():
    # Before: (None, 'Cấp có thẩm quyền', …).
    rows = _rows("1. Tổ chuyên môn xây dựng kế hoạch.\n2. Giáo viên thực hiện.\n3. " + _PASSIVE, _SCHOOL)
    assert rows == [("Trường Trung học cơ sở Nguyễn Du", "Cấp có thẩm quyền", None, "hằng năm (trước ngày 31/8)")]
    assert SCHOOL_OWNED_PASSIVE.search("Kế hoạch giáo dục của nhà trường được ban hành và ")
    assert not SCHOOL_OWNED_PASSIVE.search("Nhà trường ban hành kế hoạch và ")


_SO_LETTER = """SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG NGÃI
Số: 1234/SGDĐT-GDPT
V/v hướng dẫn xây dựng kế hoạch giáo dục năm học 2025-2026
Quảng Ngãi, ngày 10 tháng 8 năm 2025

Kính gửi: {to}

Sở Giáo dục và Đào tạo hướng dẫn xây dựng kế hoạch giáo dục như sau. {passive}

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Văn A
"""


def test_in_a_letter_to_schools_the_schools_report_and_else_no_one_is_guessed():
    rows = _doc_rows(_SO_LETTER.format(to="Các cơ sở giáo dục phổ thông trực thuộc", passive=_PASSIVE))
    assert [r[:2] for r in rows] == [("Các cơ sở giáo dục phổ thông trực thuộc", "Cấp có thẩm quyền")]
    # A letter to committees: the schools are not its addressees, the sender is unknown (not the committees).
    rows = _doc_rows(_SO_LETTER.format(to="Ủy ban nhân dân các huyện", passive=_PASSIVE))
    assert [r[:2] for r in rows] == [(None, "Cấp có thẩm quyền")]


# 4. An article's title that names a group "có liên quan".
_REGULATION = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI

QUY CHẾ
Phối hợp quản lý nhà nước về lao động trên địa bàn tỉnh
(Ban hành kèm theo Quyết định số 12/2025/QĐ-UBND ngày 10/3/2025 của UBND tỉnh Quảng Ngãi)

Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc phối hợp.

Điều 2. Trách nhiệm của Ủy ban nhân dân các huyện, thị xã, thành phố
1. Chỉ đạo các phòng chuyên môn phối hợp thực hiện.
2. Định kỳ 6 tháng, hằng năm báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 10/6 và 10/12.

Điều 3. Trách nhiệm của các cơ quan, đơn vị có liên quan
Phối hợp với Sở Nội vụ thực hiện Quy chế này; báo cáo kết quả về Sở Nội vụ trước ngày 10/12 hằng năm.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
"""


def test_an_articles_title_names_the_related_bodies():
    # Before: ('Các phòng chuyên môn', …) for Điều 3, the object of "Chỉ đạo" in the first organisation item.
    rows = _doc_rows(_REGULATION)
    assert [r[0] for r in rows] == [
        "Ủy ban nhân dân các huyện, thị xã, thành phố", "Ủy ban nhân dân các huyện, thị xã, thành phố",
        "Các cơ quan, đơn vị có liên quan",
    ]


# 5. A department leading a row of the committee's task table compiles the committee's report.
_TABLE = """1. Các phòng, ban chuyên môn triển khai thực hiện.
2. Nhiệm vụ cụ thể

| STT | Nội dung | Đơn vị chủ trì | Thời gian |
|---|---|---|---|
| 1 | Tuyên truyền cải cách hành chính | Phòng Văn hóa và Thông tin | Thường xuyên |
| 2 | Báo cáo sơ kết 6 tháng gửi UBND tỉnh | Phòng Nội vụ | Trước ngày 15/6/2025 |
| 3 | Báo cáo kết quả kiểm tra gửi UBND huyện | Phòng Nội vụ | Trước ngày 15/10/2025 |
"""
_DISTRICT = Header(issuer="Ủy ban nhân dân huyện Đức Trọng", province="Lâm Đồng")


def test_a_departments_row_to_the_province_is_the_districts_report():
    # Before: ('Phòng Nội vụ', 'Ủy ban nhân dân tỉnh Lâm Đồng', …).
    rows = _rows(_TABLE, _DISTRICT)
    assert rows[0][:3] == ("Ủy ban nhân dân huyện Đức Trọng", "Ủy ban nhân dân tỉnh Lâm Đồng", "2025-06-15")
    # To the district itself the department reports.
    assert rows[1][0] == "Phòng Nội vụ"
    # A group of committees leading a row keeps its own report.
    assert _rows(_TABLE.replace("Phòng Nội vụ", "UBND các xã, thị trấn"), _DISTRICT)[0][0] == "Ủy ban nhân dân các xã, thị trấn"


# 6. False duties: the reason a letter asks, and a meeting's account.
_ASKING = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Số: 1234/BGDĐT-KHTC
V/v báo cáo tình hình thực hiện dự toán ngân sách năm 2025
Hà Nội, ngày 10 tháng 6 năm 2025

Kính gửi: Các Sở Giáo dục và Đào tạo

Để có cơ sở tổng hợp, báo cáo Thủ tướng Chính phủ, Bộ Giáo dục và Đào tạo đề nghị các Sở Giáo dục và Đào tạo báo cáo tình
hình thực hiện dự toán 6 tháng đầu năm 2025, gửi về Bộ Giáo dục và Đào tạo trước ngày 15/7/2025.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn A
"""


def test_the_reason_for_asking_is_no_duty():
    # Before: ('Bộ Giáo dục và Đào tạo', 'Thủ tướng Chính phủ', None, None) first; the subject line "V/v báo cáo …" never was.
    assert _doc_rows(_ASKING) == [("Các Sở Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo", "2025-07-15", None)]


def test_a_purpose_inside_the_sentence_is_still_read():
    # "… để tổng hợp, báo cáo Thủ tướng Chính phủ" after the duty is the receiver's compiling (unchanged).
    rows = _doc_rows(_ASKING.replace(
        "Để có cơ sở tổng hợp, báo cáo Thủ tướng Chính phủ, Bộ Giáo dục và Đào tạo đề nghị",
        "Bộ Giáo dục và Đào tạo tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 30/7/2025. Bộ Giáo dục và Đào tạo đề nghị",
    ))
    assert ("Bộ Giáo dục và Đào tạo", "Thủ tướng Chính phủ", "2025-07-30", None) in rows


_CONCLUSION = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 45/TB-UBND
Quảng Ngãi, ngày 10 tháng 6 năm 2025

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về tiến độ giải ngân vốn đầu tư công

Ngày 05/6/2025, Chủ tịch UBND tỉnh chủ trì cuộc họp về tiến độ giải ngân vốn đầu tư công. Chủ tịch UBND tỉnh kết luận như sau:

1. Giám đốc Sở Tài chính báo cáo tại cuộc họp về tình hình giải ngân vốn đầu tư công 5 tháng đầu năm 2025.
2. Các chủ đầu tư tập trung đẩy nhanh tiến độ; báo cáo kết quả về Sở Tài chính trước ngày 30/6/2025.

Nơi nhận:
- Như trên;
- Lưu: VT.

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Nguyễn Văn B
"""


def test_a_report_given_at_the_meeting_is_no_duty():
    # Before: ('Giám đốc Sở Tài chính tỉnh Quảng Ngãi', None, None, None) first.
    assert _doc_rows(_CONCLUSION) == [("Các chủ đầu tư", "Sở Tài chính tỉnh Quảng Ngãi", "2025-06-30", None)]
    assert MEETING_ACCOUNT_AFTER.match(" tại cuộc họp về tình hình") and not MEETING_ACCOUNT_AFTER.match(" tại địa phương")


# 7. A closing paragraph on difficulties that the outline holds in the last item.
def test_a_detached_closing_is_not_the_last_items_doer():
    # Before: ('Sở Tài chính tỉnh Quảng Ngãi', …): all the plan's units report difficulties; the first group item names
    # only some of them, so the sender is left unknown.
    rows = _rows(
        "1. Các sở, ban, ngành: triển khai.\n2. Sở Tài chính: bảo đảm kinh phí.\n\nTrong quá trình thực hiện, nếu có khó khăn,"
        " vướng mắc, báo cáo UBND tỉnh (qua Sở Tư pháp) để xem xét, giải quyết."
    )
    assert [r[:2] for r in rows] == [(None, "Ủy ban nhân dân tỉnh Quảng Ngãi")]


def test_the_items_own_bullet_on_difficulties_keeps_its_doer():
    rows = _rows(
        "1. Sở Tư pháp: chủ trì tuyên truyền.\n2. Sở Nội vụ\n- Tổ chức tập huấn.\n- Trong quá trình thực hiện, nếu có khó khăn,"
        " vướng mắc, báo cáo UBND tỉnh để xem xét, giải quyết."
    )
    assert [r[:2] for r in rows] == [("Sở Nội vụ tỉnh Quảng Ngãi", "Ủy ban nhân dân tỉnh Quảng Ngãi")]


# 8. A person's label with the office held: the office reports.
def test_a_persons_label_gives_the_office():
    # Before: None for the three.
    rows = _rows(
        "1. Ban Giám hiệu: chỉ đạo chung.\n2. Đồng chí Nguyễn Văn B, Phó Hiệu trưởng: phụ trách chuyên môn; tổng hợp, báo cáo"
        " Hiệu trưởng kết quả thực hiện.\n3. Đồng chí Trần Thị C, Tổ trưởng tổ Toán: báo cáo Phó Hiệu trưởng hằng tháng.\n"
        "4. Bà Lê Thị D - Nhân viên y tế: theo dõi sức khỏe học sinh, báo cáo Ban Giám hiệu khi có dịch bệnh.",
        _SCHOOL,
    )
    assert [r[:2] for r in rows] == [
        ("Phó Hiệu trưởng", "Hiệu trưởng"), ("Tổ trưởng tổ Toán", "Phó Hiệu trưởng"), ("Nhân viên y tế", "Ban Giám hiệu")
    ]
    assert not PERSON_LABEL.match("Ông bà, cha mẹ học sinh:")


def test_a_boards_standing_agency_keeps_its_report_in_a_sos_plan():
    # Before: ('Sở Y tế tỉnh Quảng Ngãi', …): the agency read as the Sở's staff unit compiling the Sở's report.
    body = (
        "1. Trung tâm Y tế các huyện triển khai.\n2. Cơ quan thường trực Ban Chỉ đạo tổng hợp, báo cáo Ban Chỉ đạo tỉnh và Bộ Y"
        " tế kết quả thực hiện."
    )
    assert _rows(body, Header(issuer="Sở Y tế tỉnh Quảng Ngãi", province="Quảng Ngãi"))[0][0] == "Cơ quan thường trực Ban Chỉ đạo"
    # In the board's own plan the agency compiles the board's report (unchanged).
    board = Header(issuer="Ban Chỉ đạo phòng, chống dịch bệnh tỉnh Quảng Ngãi", province="Quảng Ngãi")
    assert _rows(body, board)[0][0] == "Ban Chỉ đạo phòng, chống dịch bệnh tỉnh Quảng Ngãi"
