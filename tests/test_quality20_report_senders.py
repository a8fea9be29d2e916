"""Reporting duties, round 20: who reports (``from``). The seeds' README: "`from` is the body whose report it is"; a staff
unit that only compiles its parent's report is not the sender. Fragments from ../shared/corpus and fragments written in the
style of a Bộ's Công văn, a Thủ tướng's Quyết định quoted in a province's plan, and a Phòng GD&ĐT's Kế hoạch."""

from __future__ import annotations

from vanban.loaders.extract import extract
from vanban.loaders.records import Header
from vanban.loaders.reports import WORK_TITLE, find_reports
from vanban.loaders.text import make_text

from report_plans import plan_text

_PROVINCE = Header(issuer="Ủy ban nhân dân tỉnh Quảng Ngãi", province="Quảng Ngãi")


def _rows(body: str, header: Header = _PROVINCE) -> list[tuple]:
    return [(r.from_, r.to, r.deadline) for r in find_reports(make_text(plan_text(body)), header)]


# 1. A ministry that compiles and reports is the sender, also in a plan of a body it does not belong to.
_MINISTRY_CHAIN = (
    "1. Sở Tư pháp: chủ trì tuyên truyền.\n"
    "2. Các sở, ngành báo cáo kết quả về Bộ Lao động - Thương binh và Xã hội trước ngày 15/12/2025; Bộ Lao động - Thương"
    " binh và Xã hội tổng hợp, báo cáo Thủ tướng Chính phủ."
)


def test_a_ministry_that_compiles_keeps_its_report_in_a_provinces_plan():
    # Before: ('Ủy ban nhân dân tỉnh Quảng Ngãi', 'Thủ tướng Chính phủ'): the ministry read as the province's staff unit.
    assert _rows(_MINISTRY_CHAIN) == [
        ("Các sở, ngành", "Bộ Lao động - Thương binh và Xã hội", "2025-12-15"),
        ("Bộ Lao động - Thương binh và Xã hội", "Thủ tướng Chính phủ", None),
    ]


def test_the_same_chain_in_the_prime_ministers_and_the_ministrys_own_documents():
    for issuer in ("Thủ tướng Chính phủ", "Bộ Lao động - Thương binh và Xã hội"):
        assert _rows(_MINISTRY_CHAIN, Header(issuer=issuer))[1][:2] == ("Bộ Lao động - Thương binh và Xã hội", "Thủ tướng Chính phủ")


def test_a_provinces_military_command_is_no_ministry():
    from vanban.loaders.reports import MINISTRY

    assert MINISTRY.match("Bộ Tư pháp") and MINISTRY.match("Bộ Lao động - Thương binh và Xã hội")
    assert not MINISTRY.match("Bộ Chỉ huy Quân sự tỉnh") and not MINISTRY.match("Bộ Tư lệnh Quân khu 5")


def test_a_provinces_department_still_compiles_the_provinces_report_to_its_ministry():
    # Unchanged: "Sở Nội vụ tổng hợp, báo cáo Bộ Nội vụ" in a plan of UBND tỉnh stays the province's report.
    rows = _rows("1. Sở Tư pháp: chủ trì tuyên truyền.\n2. Sở Nội vụ tổng hợp, báo cáo Bộ Nội vụ kết quả thực hiện.")
    assert rows == [("Ủy ban nhân dân tỉnh Quảng Ngãi", "Bộ Nội vụ", None)]


# 2. A numbered title that names a kind of work, its paragraph on the next line.
_TITLED = (
    "1. Phòng Giáo dục và Đào tạo hướng dẫn thực hiện.\n2. Các trường học tổ chức tuyên truyền.\n"
    "3. Công tác theo dõi, báo cáo\n"
    "Thủ trưởng các đơn vị, trường học có trách nhiệm báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 20/5/2025."
)


def test_a_title_that_ends_in_the_verb_is_no_duty_to_the_next_lines_subject():
    # Before: ('Các trường học', 'Thủ trưởng các đơn vị, trường học', None) from the title, and the duty of the paragraph
    # with no sender.
    expected = [("Thủ trưởng các đơn vị, trường học", "Phòng Giáo dục và Đào tạo", "2025-05-20")]
    assert _rows(_TITLED) == expected
    assert _rows(_TITLED.replace("3. Công tác theo dõi, báo cáo", "**3. Công tác theo dõi, báo cáo:**")) == expected


def test_a_bullet_wrapped_after_the_verb_keeps_its_addressee():
    # corpus 018: "- Lập dự toán kinh phí báo cáo" / "Sở Nông nghiệp và Môi trường trình …" is a sentence wrapped in the copy.
    assert WORK_TITLE.match("Công tác theo dõi, báo cáo")
    assert WORK_TITLE.match("**Chế độ thông tin, báo cáo")
    assert not WORK_TITLE.match("Lập dự toán kinh phí báo cáo")
    assert not WORK_TITLE.match("Công an tỉnh tổng hợp, báo cáo")


def test_the_subject_of_a_paragraph_under_a_title_line_is_read_past_the_title():
    # Before: None (the subject was read from "Chế độ báo cáo Các Sở …", the title line run into the paragraph).
    body = (
        "1. Tổ chức dạy học theo chương trình.\n2. Tăng cường kiểm tra.\n3. Chế độ báo cáo\n"
        "Các Sở Giáo dục và Đào tạo tổng hợp, báo cáo kết quả về Bộ Giáo dục và Đào tạo trước ngày 30/9/2025."
    )
    assert _rows(body, Header(issuer="Bộ Giáo dục và Đào tạo")) == [
        ("Các Sở Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo", "2025-09-30")
    ]


def test_a_title_line_that_names_its_doer_is_still_the_doer():
    body = (
        "1. Sở Tư pháp: chủ trì tuyên truyền.\n2. Công an tỉnh\n- Tham mưu triển khai.\n"
        "- Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này; định kỳ tổng hợp để báo cáo Chủ tịch UBND tỉnh."
    )
    assert _rows(body) == [("Công an tỉnh Quảng Ngãi", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi", None)]


# 3. A letter's sentence whose clause after a semicolon shares the bodies it asks.
_LETTER = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Số: 1234/BGDĐT-GDTrH
V/v hướng dẫn thực hiện nhiệm vụ năm học 2025-2026
Hà Nội, ngày 10 tháng 8 năm 2025

Kính gửi: Các Sở Giáo dục và Đào tạo

{body}

Nơi nhận:
- Như trên;
- Lưu: VT, GDTrH.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn A
"""


def _letter_rows(body: str) -> list[tuple]:
    return [(r.from_, r.to, r.deadline) for r in extract(make_text(_LETTER.format(body=body))).reports_to]


def test_a_letters_clause_after_a_semicolon_is_the_asked_bodies_duty():
    # Before: (None, 'Bộ Giáo dục và Đào tạo', …): the clause "tổng hợp và báo cáo …" names no subject of its own.
    assert _letter_rows(
        "Bộ Giáo dục và Đào tạo yêu cầu các sở giáo dục và đào tạo nghiêm túc triển khai thực hiện; tổng hợp và báo cáo"
        " kết quả về Bộ trước ngày 15/12/2025."
    ) == [("Các sở giáo dục và đào tạo", "Bộ Giáo dục và Đào tạo", "2025-12-15")]


def test_the_issuer_as_the_sentences_subject_is_not_the_sender():
    # The issuer's own clause before the semicolon: the letter's addressees report, not the Bộ.
    assert _letter_rows(
        "Bộ Giáo dục và Đào tạo đã ban hành văn bản hướng dẫn; đề nghị báo cáo kết quả về Bộ trước ngày 15/12/2025."
    ) == [("Các Sở Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo", "2025-12-15")]


# corpus 023 (a Kế hoạch of UBND tỉnh Đắk Lắk), its closing paragraph after the last item "**5. Các đoàn thể, tổ chức xã hội:**".
_CLOSING = """ỦY BAN NHÂN DÂN
TỈNH ĐẮK LẮK
Số: 120/KH-UBND
Đắk Lắk, ngày 5 tháng 11 năm 2025

KẾ HOẠCH
Khắc phục môi trường, xử lý dịch bệnh mùa mưa bão

I. MỤC ĐÍCH, YÊU CẦU
1. Bảo vệ sức khỏe nhân dân.

II. TỔ CHỨC THỰC HIỆN
1. Sở Y tế: chủ trì phòng chống dịch bệnh.
2. UBND các xã, phường: Triển khai kế hoạch trên địa bàn.

Khắc phục môi trường, xử lý dịch bệnh mùa mưa bão là nhiệm vụ cấp bách. Đề nghị các sở, ban, ngành và địa phương khẩn
trương thực hiện đúng chức năng được giao; kịp thời báo cáo UBND tỉnh những khó khăn, vướng mắc để xem xét, chỉ đạo./.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_a_closing_paragraphs_semicolon_clause_is_the_asked_bodies_duty():
    # Before: ('Ủy ban nhân dân các xã, phường', …), the last item's doer.
    rows = [(r.from_, r.to) for r in extract(make_text(_CLOSING)).reports_to]
    assert ("Các sở, ban, ngành và địa phương", "Ủy ban nhân dân tỉnh Đắk Lắk") in rows


# 4. The "(qua X)" channel: it compiles for the head when its committee would report to its own head; a body never reports
# through itself.
_PLAN_ITEMS = "1. Sở Tư pháp: chủ trì tuyên truyền.\n2. UBND các huyện: triển khai thực hiện.\n"


def test_the_channel_compiles_for_the_committees_head():
    # Before: (None, 'Chủ tịch …'): UBND tỉnh, the receiver, does not report to its own head, and no sender was left.
    rows = _rows(
        _PLAN_ITEMS + "3. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc các cơ quan, đơn vị, địa phương báo cáo về UBND"
        " tỉnh (qua Công an tỉnh) để tổng hợp, báo cáo Chủ tịch UBND tỉnh."
    )
    assert rows == [
        ("Các cơ quan, đơn vị, địa phương", "Ủy ban nhân dân tỉnh Quảng Ngãi", None),
        ("Công an tỉnh Quảng Ngãi", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi", None),
    ]


def test_the_channel_compiles_after_the_deadline_too():
    # A Chỉ thị of UBND tỉnh Thanh Hóa (collected copy): "… về UBND tỉnh (qua Sở Nội vụ) trước ngày 15/6 và 15/12 để tổng
    # hợp, báo cáo Chủ tịch UBND tỉnh."
    rows = _rows(
        "1. Thủ trưởng các sở, ban, ngành cấp tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố:\n"
        "- Quán triệt, triển khai thực hiện nghiêm các nội dung tại Chỉ thị này.\n"
        "- Định kỳ 6 tháng, hằng năm báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Nội vụ) trước ngày 15/6 và 15/12 để tổng"
        " hợp, báo cáo Chủ tịch UBND tỉnh.\n2. Sở Nội vụ: hướng dẫn thực hiện."
    )
    assert ("Sở Nội vụ tỉnh Quảng Ngãi", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi", None) in rows


def test_a_body_does_not_report_through_itself():
    # Before: ('Công an tỉnh Quảng Ngãi', 'Ủy ban nhân dân tỉnh Quảng Ngãi'): the item's doer is the report's channel.
    rows = _rows(
        _PLAN_ITEMS + "3. Công an tỉnh chủ trì, phối hợp các đơn vị theo dõi, đôn đốc việc thực hiện.\n"
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc kịp thời báo cáo về UBND tỉnh (qua Công an tỉnh) để xem xét,"
        " chỉ đạo."
    )
    assert rows == [(None, "Ủy ban nhân dân tỉnh Quảng Ngãi", None)]
    # Another channel keeps the item's doer.
    rows = _rows(
        _PLAN_ITEMS + "3. Công an tỉnh chủ trì theo dõi, đôn đốc việc thực hiện; tổng hợp, báo cáo UBND tỉnh (qua Văn phòng UBND"
        " tỉnh) kết quả thực hiện."
    )
    assert rows == [("Công an tỉnh Quảng Ngãi", "Ủy ban nhân dân tỉnh Quảng Ngãi", None)]


# 5. Advice on settling matters is no compiling of the issuer's report.
def test_advising_on_settling_matters_does_not_give_the_report_to_the_issuer():
    # corpus 036 (a Chỉ thị of UBND tỉnh Đắk Lắk): before, ('Ủy ban nhân dân tỉnh Đắk Lắk', 'Cấp có thẩm quyền'), the
    # committee as the sender of its lead body's report.
    body = (
        "1. Thủ trưởng các Sở, ban, ngành: chỉ đạo thực hiện.\n2. Sở Tài chính: theo dõi, tổng hợp.\n"
        "3. Cơ quan chủ trì giải quyết thủ tục đầu tư dự án\n"
        "a) Hướng dẫn và tạo điều kiện giải quyết nhanh các thủ tục đầu tư thuộc thẩm quyền.\n"
        "b) Chủ trì tham mưu giải quyết các khó khăn, vướng mắc, kiến nghị của nhà đầu tư liên quan đến ngành, lĩnh vực, địa"
        " bàn quản lý, báo cáo cấp có thẩm quyền xem xét, giải quyết."
    )
    (row,) = _rows(body, Header(issuer="Ủy ban nhân dân tỉnh Đắk Lắk", province="Đắk Lắk"))
    assert row[0] != "Ủy ban nhân dân tỉnh Đắk Lắk" and row[1] == "Cấp có thẩm quyền"
    # "tham mưu" before the report still compiles: "Sở Nội vụ tham mưu, tổng hợp báo cáo Bộ Nội vụ" stays the province's.
    (row,) = _rows("1. Sở Tư pháp: chủ trì tuyên truyền.\n2. Sở Nội vụ tham mưu, tổng hợp báo cáo Bộ Nội vụ kết quả thực hiện.")
    assert row[:2] == ("Ủy ban nhân dân tỉnh Quảng Ngãi", "Bộ Nội vụ")


# 6. A letter's numbered item that compiles a report for the issuer itself: the bodies asked compile their own.
_PHONG = """UBND HUYỆN ĐỨC TRỌNG
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 234/PGDĐT
V/v triển khai thực hiện nhiệm vụ
Đức Trọng, ngày 10 tháng 9 năm 2025

Kính gửi: Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở

Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường thực hiện một số nội dung sau:
1. Tổ chức tuyên truyền cho học sinh.
2. Tổng hợp, báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 20/10/2025.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. TRƯỞNG PHÒNG
PHÓ TRƯỞNG PHÒNG
Nguyễn Văn A
"""


def test_an_unnamed_compiler_of_the_issuers_own_report_is_the_asked_bodies():
    # Before: (None, …): the issuer, read as compiling, does not report to itself, and no sender was left.
    rows = [(r.from_, r.to, r.deadline) for r in extract(make_text(_PHONG)).reports_to]
    assert rows == [("Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở", "Phòng Giáo dục và Đào tạo", "2025-10-20")]


def test_a_period_said_after_the_addressee_is_not_part_of_its_name():
    # Before: 'Sở Giáo dục và Đào tạo vào cuối mỗi học kỳ tỉnh Lâm Đồng'.
    text = _LETTER.format(
        body="Bộ Giáo dục và Đào tạo đề nghị các Sở triển khai thực hiện nghiêm túc nội dung trên, định kỳ báo cáo kết quả về"
        " Bộ Giáo dục và Đào tạo vào cuối mỗi học kỳ."
    )
    assert [r.to for r in extract(make_text(text)).reports_to] == ["Bộ Giáo dục và Đào tạo"]


# 7. A subject after the comma of a closing or an implementing opening.
def test_the_body_after_a_closings_comma_is_the_sender():
    # corpus 022 (a Kế hoạch of UBND tỉnh Cà Mau): before, the plan's addressees ('Các sở, ngành').
    body = (
        "1. Sở Tài chính: chủ trì.\n2. Các sở, ngành: phối hợp.\n\nTrên đây là Kế hoạch tài chính - ngân sách nhà nước 03 năm"
        " 2026 - 2028 tỉnh Cà Mau, Ủy ban nhân dân tỉnh Cà Mau báo cáo Bộ Tài chính, Kiểm toán nhà nước khu vực V, Hội đồng"
        " nhân dân tỉnh theo quy định."
    )
    rows = _rows(body, Header(issuer="Ủy ban nhân dân tỉnh Cà Mau", province="Cà Mau"))
    assert [r[0] for r in rows] == ["Ủy ban nhân dân tỉnh Cà Mau"] * 3  # one entry per addressee (round 25)
    rows = _rows("1. Sở Tư pháp: chủ trì.\n2. Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh, Sở Y tế báo cáo kết quả về UBND tỉnh"
                 " trước ngày 15/12/2025.")
    assert rows == [("Sở Y tế tỉnh Quảng Ngãi", "Ủy ban nhân dân tỉnh Quảng Ngãi", "2025-12-15")]


# 8. A sentence on difficulties with no subject: the bodies the sentence before asks.
def test_the_bodies_asked_just_before_report_the_difficulties():
    # corpus 028 (a Kế hoạch of UBND tỉnh Nghệ An): before, the plan's addressees inferred ('Các Sở, ban, ngành cấp tỉnh').
    closing = (
        "1. Sở Khoa học và Công nghệ: chủ trì.\n2. UBND các huyện: triển khai thực hiện.\n\n"
        "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, cơ quan, đơn vị liên quan triển khai kịp thời, hiệu quả các nhiệm vụ"
        " được giao tại Kế hoạch. Trong quá trình thực hiện nếu phát sinh vướng mắc, báo cáo kịp thời UBND tỉnh (qua Ban Quản lý"
        " Khu kinh tế Đông Nam) để xử lý theo thẩm quyền."
    )
    assert [r[0] for r in _rows(closing)] == ["Các sở, ban, ngành, cơ quan, đơn vị liên quan"]
    # Before: 'Ủy ban nhân dân các huyện', the last item's doer.
    closing = (
        "1. Sở Tư pháp: chủ trì tuyên truyền.\n2. UBND các huyện: triển khai thực hiện.\n\nYêu cầu Thủ trưởng các sở, ban,"
        " ngành, Chủ tịch UBND các huyện triển khai thực hiện nghiêm túc Kế hoạch này. Trong quá trình thực hiện nếu có khó khăn,"
        " vướng mắc, báo cáo UBND tỉnh (qua Sở Nội vụ) để xem xét."
    )
    assert [r[0] for r in _rows(closing)] == ["Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện"]
    # A sentence before that asks no one leaves the reading as it was.
    closing = (
        "1. Sở Tư pháp: chủ trì tuyên truyền.\n2. Sở Nội vụ tổ chức tập huấn. Trong quá trình thực hiện nếu có khó khăn,"
        " vướng mắc, kịp thời báo cáo UBND tỉnh để xem xét."
    )
    assert [r[0] for r in _rows(closing)] == ["Sở Nội vụ tỉnh Quảng Ngãi"]


# 9. A project board whose name holds "xây dựng" (parties.PROJECT_BOARD_BEFORE).
def test_a_project_boards_name_runs_past_xay_dung():
    # A Thông báo kết luận of UBND tỉnh Thái Nguyên (collected copy): before, 'Ban Quản lý dự án đầu tư'.
    rows = _rows(
        "1. Sở Xây dựng: chủ trì.\n2. UBND các xã có dự án đi qua tập trung hoàn thành công tác giải phóng mặt bằng; định kỳ"
        " hằng tháng báo cáo kết quả về Ban Quản lý dự án đầu tư xây dựng tỉnh trước ngày 20.",
        Header(issuer="Ủy ban nhân dân tỉnh Thái Nguyên", province="Thái Nguyên"),
    )
    assert [r[1] for r in rows] == ["Ban Quản lý dự án đầu tư xây dựng tỉnh Thái Nguyên"]


def test_a_title_run_on_into_its_sentence_is_no_duty_and_its_subject_reports():
    # The brief's example of a Phòng GD&ĐT's plan, the title and its paragraph read as one line. Before: ('Các trường học',
    # 'Thủ trưởng các đơn vị, trường học', None) from the title, and the plan's addressees for the paragraph's duty.
    items = "1. Phòng Giáo dục và Đào tạo hướng dẫn thực hiện.\n2. Các trường học tổ chức tuyên truyền.\n"
    sentence = (
        " Thủ trưởng các đơn vị, trường học có trách nhiệm báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 20/5/2025."
    )
    expected = [("Thủ trưởng các đơn vị, trường học", "Phòng Giáo dục và Đào tạo", "2025-05-20")]
    assert _rows(items + "3. Công tác theo dõi, báo cáo" + sentence) == expected
    assert _rows(items + "**3. Công tác theo dõi, báo cáo**" + sentence) == expected
    # An addressee that carries out a work of its own after the verb stays the addressee.
    assert _rows(items + "3. Các trường học báo cáo Phòng Giáo dục và Đào tạo xem xét, quyết định.")[0][:2] == (
        "Các trường học", "Phòng Giáo dục và Đào tạo"
    )


def test_a_header_read_flat_is_no_sender():
    # A collected copy of CV 2917/SGDĐT-VP of Sở GDĐT Ninh Thuận whose header is one line: before, the sender was 'Ủy ban
    # nhân dân TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc Số'.
    from vanban.loaders.reports import NATIONAL_MOTTO

    assert NATIONAL_MOTTO.search("UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO")
    assert NATIONAL_MOTTO.search("Sở Giáo dục và Đào tạo Độc lập - Tự do - Hạnh phúc")
    assert not NATIONAL_MOTTO.search("Ủy ban nhân dân tỉnh Ninh Thuận")
    flat_header = (
        "1. UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc báo"
        " cáo UBND tỉnh tình hình thiệt hại do lũ lụt trước ngày 10/11/2010."
    )
    assert all(r[0] is None or not NATIONAL_MOTTO.search(r[0]) for r in _rows(flat_header))


# 10. The period of another verb of the clause is not the report's.
_SCHOOL = Header(issuer="Trường Trung học cơ sở Nguyễn Du", province="Quảng Ngãi")


def test_the_period_of_another_verb_is_not_the_reports():
    # The brief's example of a school's plan. Before: recurrence 'hằng ngày' (the roll is checked daily, the report is made
    # when something unusual happens).
    body = (
        "1. Ban Giám hiệu: chỉ đạo chung.\n2. Giáo viên chủ nhiệm: theo dõi sĩ số học sinh hằng ngày, cập nhật thông tin và báo"
        " cáo kịp thời về Ban Giám hiệu khi có diễn biến bất thường.\n3. Nhân viên y tế: theo dõi sức khỏe học sinh."
    )
    reports = find_reports(make_text(plan_text(body)), _SCHOOL)
    # The report's own recurrence is the event it follows (reports11b's conditional duties), not the roll's "hằng ngày".
    assert [(r.from_, r.to, r.recurrence) for r in reports] == [
        ("Giáo viên chủ nhiệm", "Ban Giám hiệu", "khi có diễn biến bất thường")
    ]


def test_a_period_that_opens_the_clause_or_leads_to_the_compiling_stays():
    assert [r.recurrence for r in find_reports(make_text(plan_text(
        "1. Sở Tư pháp: chủ trì.\n2. Trong năm 2025, định kỳ hằng quý, các đơn vị báo cáo UBND tỉnh kết quả thực hiện."
    )), _PROVINCE)] == ["định kỳ hằng quý"]
    assert [r.recurrence for r in find_reports(make_text(plan_text(
        "1. Sở Tư pháp: chủ trì.\n2. Sở Y tế theo dõi tình hình hằng tuần, tổng hợp, báo cáo UBND tỉnh kết quả thực hiện."
    )), _PROVINCE)] == ["hằng tuần"]


# 11. A label "Đối với <bodies>:" names who reports in its bullet.
def test_a_for_label_names_the_bullets_sender():
    # Before: None for both bullets.
    body = (
        "1. Sở Tư pháp: chủ trì tuyên truyền.\n2. Chế độ báo cáo\n"
        "- Đối với các sở, ban, ngành: định kỳ 6 tháng, năm báo cáo kết quả về Sở Nội vụ trước ngày 15/6 và 15/12.\n"
        "- Đối với UBND các huyện: báo cáo kết quả về Sở Nội vụ trước ngày 10/12 hằng năm.\n"
        "- Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 20/12 hằng năm."
    )
    assert [r[0] for r in _rows(body)] == [
        "Các sở, ban, ngành", "Các sở, ban, ngành", "Ủy ban nhân dân các huyện", "Sở Nội vụ tỉnh Quảng Ngãi"
    ]


def test_a_title_over_lettered_items_is_no_duty_and_a_label_that_names_no_body_gives_no_sender():
    # Before: a duty ('None' -> 'Ủy ban nhân dân các huyện') read from "Chế độ báo cáo a) **Đối với Ủy ban nhân dân …".
    body = (
        "1. Sở Tư pháp: chủ trì tuyên truyền.\n2. Chế độ báo cáo\n"
        "a) **Đối với Ủy ban nhân dân các huyện:** báo cáo kết quả về Sở Nội vụ trước ngày 10/12 hằng năm.\n"
        "b) Đối với vụ việc phức tạp: báo cáo ngay về UBND tỉnh."
    )
    assert [r[:2] for r in _rows(body)] == [
        ("Ủy ban nhân dân các huyện", "Sở Nội vụ tỉnh Quảng Ngãi"), (None, "Ủy ban nhân dân tỉnh Quảng Ngãi")
    ]


# 12. A party committee's standing board is its head: the board it directs reports to it.
def test_a_party_committee_does_not_report_to_its_own_standing_board():
    party = Header(issuer="Huyện ủy Cam Lộ", province="Quảng Trị")
    # Before: ('Huyện ủy Cam Lộ', 'Ban Thường vụ Huyện ủy'): the board compiling read as the committee's staff.
    rows = _rows(
        "1. Văn phòng Huyện ủy: chuẩn bị.\n2. Ban Thường vụ Huyện ủy giao Ban Tổ chức Huyện ủy theo dõi, tổng hợp, báo cáo Ban"
        " Thường vụ Huyện ủy kết quả thực hiện.",
        party,
    )
    assert [r[:2] for r in rows] == [("Ban Tổ chức Huyện ủy", "Ban Thường vụ Huyện ủy")]
    rows = _rows(
        "1. Văn phòng Huyện ủy: chuẩn bị.\n2. Ban Tuyên giáo Huyện ủy tham mưu, tổng hợp, báo cáo Ban Thường vụ Huyện ủy kết"
        " quả thực hiện.",
        party,
    )
    assert [r[:2] for r in rows] == [("Ban Tuyên giáo Huyện ủy", "Ban Thường vụ Huyện ủy")]


# 13. An article whose title makes a body responsible, without numbered items.
def test_an_articles_title_names_its_sender():
    ministry = Header(issuer="Bộ Lao động - Thương binh và Xã hội")
    text = (
        "THÔNG TƯ\nHướng dẫn thực hiện chính sách hỗ trợ\n\nĐiều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn thực hiện.\n\n"
        "Điều 2. Trách nhiệm của Ủy ban nhân dân cấp tỉnh\n1. Chỉ đạo các cơ quan chức năng triển khai thực hiện.\n"
        "2. Định kỳ hằng năm, trước ngày 15 tháng 12, báo cáo Bộ Lao động - Thương binh và Xã hội kết quả thực hiện.\n\n"
        "Điều 3. Trách nhiệm của Sở Lao động - Thương binh và Xã hội\nHướng dẫn, kiểm tra việc thực hiện; tổng hợp, báo cáo Ủy"
        " ban nhân dân cấp tỉnh và Bộ Lao động - Thương binh và Xã hội theo quy định.\n\n"
        "Điều 4. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày 01 tháng 5 năm 2025.\n"
    )
    # Before: the ministry (the issuer) as the sender of the Sở's report, read as its staff unit compiling.
    assert [(r.from_, r.to) for r in find_reports(make_text(text), ministry)] == [
        ("Ủy ban nhân dân cấp tỉnh", "Bộ Lao động - Thương binh và Xã hội"),
        # One entry per addressee (round 25).
        ("Sở Lao động - Thương binh và Xã hội", "Ủy ban nhân dân cấp tỉnh"),
        ("Sở Lao động - Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội"),
    ]


# 14. A board's chief named by the board's kind heads the board that issues the plan.
def test_a_board_does_not_report_to_its_own_chief():
    board = Header(issuer="Ban Chỉ đạo phòng, chống dịch bệnh tỉnh Quảng Ngãi", province="Quảng Ngãi")
    # Before: ('Ban Chỉ đạo phòng, chống dịch bệnh tỉnh Quảng Ngãi', 'Trưởng Ban Chỉ đạo'): the Sở read as the board's staff.
    rows = _rows(
        "1. Các thành viên Ban Chỉ đạo: theo dõi lĩnh vực được phân công.\n2. Sở Y tế (cơ quan thường trực Ban Chỉ đạo) theo"
        " dõi, tổng hợp, báo cáo Trưởng Ban Chỉ đạo tình hình dịch bệnh hằng tuần.",
        board,
    )
    assert [r[:2] for r in rows] == [("Sở Y tế tỉnh Quảng Ngãi", "Trưởng Ban Chỉ đạo")]
