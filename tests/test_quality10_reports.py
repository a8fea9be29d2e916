"""Reports, round 10: titles, agenda items and stored documents are no duties; a half-year named by its
year is no recurrence; a deadline written after a chain's second leg is that leg's only; evidence starts
at a clause start, not inside a bracket. Fragments quoted from the corpus (file named in each test) or
written in their style."""

from __future__ import annotations

from vanban.loaders.records import Header
from vanban.loaders.reports import RECURRENCE
from tests.report_plans import reports_of as _reports

QUANG_NGAI = Header(issuer="Ủy ban nhân dân tỉnh Quảng Ngãi", province="Quảng Ngãi")
CAN_THO = Header(issuer="Ủy ban nhân dân thành phố Cần Thơ", province="Cần Thơ")
NGHE_AN = Header(issuer="Ủy ban nhân dân tỉnh Nghệ An", province="Nghệ An")
HA_GIANG = Header(issuer="Hội đồng nhân dân tỉnh Hà Giang", province="Hà Giang")


def test_short_items_naming_an_activity_are_no_duties():
    # corpus 047 (QĐ 1627/QĐ-UBND Quảng Ngãi), III.3 and III.5: the plan's list of steps.
    body = (
        "1. Thành lập Ban chỉ đạo kiểm kê của địa phương.\n\n"
        "2. Tập huấn, hướng dẫn thực hiện kiểm kê, báo\ncáo kết quả kiểm kê.\n\n"
        "3. Tổng hợp, báo cáo, công bố kết quả Tổng kiểm kê."
    )
    assert _reports(body, QUANG_NGAI) == []


def test_a_step_and_an_agenda_item_are_no_duties():
    # corpus 011 (KH UBND Cần Thơ), "3. Các bước đánh giá"; corpus 061, the chair's agenda at a meeting.
    assert _reports("1. Các bước đánh giá\n\n- Tổng hợp, báo cáo ở cấp thành\nphố\n\n+ Thu thập thông tin theo mẫu biểu.", CAN_THO) == []
    body = (
        "1. Trình tự tổ chức hội nghị\n\n- Giới thiệu mục đích, yêu cầu của hội nghị;\n\n"
        "- Báo cáo về số lượng cử tri được mời, số lượng cử tri có mặt\n\n- Giới thiệu danh sách người ứng cử;"
    )
    assert _reports(body, CAN_THO) == []


def test_a_report_named_by_its_dated_period_is_no_duty_nor_a_recurrence():
    # corpus 078 (NQ HĐND tỉnh Hà Giang), a report the session examines.
    body = (
        "1. Giám sát tại kỳ họp:\n\na) Tại kỳ họp thứ Bảy:\n\n- Báo cáo công tác 06 tháng đầu năm\n2018 của Thường trực"
        " Hội đồng nhân dân, các Ban của Hội đồng nhân dân, Ủy ban nhân dân, Tòa án nhân dân, Viện kiểm sát nhân dân,"
        " cơ quan thi hành án dân sự cấp tỉnh;"
    )
    assert _reports(body, HA_GIANG) == []
    assert RECURRENCE.search("Báo cáo công tác 06 tháng đầu năm 2018") is None
    assert RECURRENCE.search("báo cáo 6 tháng đầu năm trước ngày 18 tháng 5").group(0) == "6 tháng đầu năm"


def test_a_short_item_that_names_who_reports_or_to_whom_is_still_a_duty():
    reps = _reports("1. Sở Nội vụ:\n\n- Báo cáo kết quả thực hiện Kế hoạch này theo quy định.", NGHE_AN)
    assert [r["from"] for r in reps] == ["Sở Nội vụ tỉnh Nghệ An"]
    reps = _reports("1. Tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.", NGHE_AN)
    assert [r["to"] for r in reps] == ["Ủy ban nhân dân tỉnh Nghệ An"]
    # A long directive item opening with its verbs is one too (corpus 056).
    reps = _reports(
        "1. Kịp thời tổng hợp, báo cáo, đề xuất kiến nghị với các cơ quan có thẩm quyền để giải quyết những"
        " vướng mắc, phát sinh trong quá trình chuẩn bị và tổ chức bầu cử.",
        NGHE_AN,
    )
    assert len(reps) == 1


def test_stored_reports_labels_and_the_unit_in_charge_are_no_duties():
    # corpus 030 (KH UBND Đắk Lắk), 2.1 and 2.3; corpus 047 III.2.
    body = (
        "1. Xử lý số liệu\n\n- Kết quả quan trắc, thông báo định kỳ, báo cáo tổng hợp hàng quý và hàng năm được"
        " lưu trữ bằng văn bản giấy, văn bản số.\n\n"
        "2. Báo cáo: Chế độ báo cáo gồm báo cáo định kỳ, báo cáo tổng hợp và báo cáo theo yêu cầu.\n\n"
        "3. Xây dựng, ban hành kế hoạch kiểm kê, trong đó xác định cụ thể đơn vị chịu trách nhiệm tổng hợp, báo"
        " cáo và các đơn vị khác có liên quan."
    )
    assert _reports(body, QUANG_NGAI) == []


def test_evidence_starts_after_a_bracket_not_inside_it():
    # corpus 021 (KH UBND Nghệ An), the closing; corpus 020 (KH UBND Hà Nội), III.1.
    reps = _reports(
        "1. Trong quá trình triển khai thực hiện, nếu có vướng mắc, đề nghị gửi phản ánh về Sở Nội vụ (Phòng Thi đua -"
        "\nKhen thưởng) để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định.",
        NGHE_AN,
    )
    assert [(r["from"], r["to"], r["evidence"]) for r in reps] == [
        ("Sở Nội vụ tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An", "để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định")
    ]
    reps = _reports(
        "1. Cập nhật kết quả lên phần mềm theo dõi, giám sát Đề án 06 (tại địa\nchỉ: https://dean06.vn) để tổng hợp,"
        " báo cáo Chính phủ, Thủ tướng Chính phủ.",
        NGHE_AN,
    )
    assert reps[0]["evidence"] == "để tổng hợp, báo cáo Chính phủ, Thủ tướng Chính phủ"
    # A letter marker's bracket: the evidence starts at the clause.
    reps = _reports("1. Văn phòng UBND tỉnh\n\na) Theo dõi, kiểm tra, đôn đốc báo cáo Chủ tịch UBND tỉnh kết quả thực hiện.", NGHE_AN)
    assert reps[0]["evidence"].startswith("Theo dõi, kiểm tra, đôn đốc báo cáo Chủ tịch UBND tỉnh")


def test_a_deadline_written_after_a_chains_second_leg_is_that_legs_only():
    # The gold's reading (seed 000: units -> Sở by 02/11, Sở -> UBND tỉnh by 05/11, each leg its own
    # date): "trước ngày 15/12" times the report to UBND tỉnh; the units' report to Sở Nội vụ, due
    # earlier so that it can be compiled, states no date of its own.
    reps = _reports(
        "1. Các cơ quan, đơn vị gửi báo cáo kết quả thực hiện về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh trước"
        " ngày 15/12/2025.",
        NGHE_AN,
    )
    assert [(r["from"], r["to"], r["deadline"]) for r in reps] == [
        ("Các cơ quan, đơn vị", "Sở Nội vụ tỉnh Nghệ An", None),
        ("Sở Nội vụ tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An", "2025-12-15"),
    ]
    # A date written with the first leg is the first leg's (corpus 008, VII).
    reps = _reports(
        "1. Các sở, ban, ngành gửi báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 16 tháng 12 năm 2025 để tổng"
        " hợp báo cáo Bộ Nội vụ, Ủy ban nhân dân tỉnh theo quy định.",
        NGHE_AN,
    )
    # The onward report to two bodies is one entry per addressee (round 25).
    assert [(r["to"], r["deadline"]) for r in reps] == [
        ("Sở Nội vụ tỉnh Nghệ An", "2025-12-16"), ("Bộ Nội vụ", None), ("Ủy ban nhân dân tỉnh Nghệ An", None)
    ]


def test_evidence_far_from_its_clause_start_begins_at_its_purpose_clause():
    # corpus 027 (KH 980/KH-UBND Nghệ An), IV.1: the report's evidence was the bare verb "báo cáo".
    reps = _reports(
        "1. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường hằng năm báo cáo kết quả thực hiện về Ban Chỉ huy"
        " Phòng thủ dân sự tỉnh qua Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh để tổng hợp, báo cáo.",
        NGHE_AN,
    )
    assert reps[-1]["evidence"] == "để tổng hợp, báo cáo"


def test_the_body_difficulties_are_fed_back_to_compiles_and_reports():
    # corpus 011 and 029 (KH UBND Cần Thơ), the closing: as seed 002's "phản ánh về Phòng Nội vụ … tổng hợp
    # báo cáo UBND huyện", the body fed back reports onwards.
    reps = _reports(
        "1. Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc vượt thẩm quyền, đề nghị các cơ quan, đơn"
        " vị kịp thời phản ánh về Sở Nông nghiệp và Môi trường tổng hợp, báo cáo Ủy ban nhân dân thành phố xem xét,"
        " quyết định.",
        CAN_THO,
    )
    assert [(r["from"], r["to"]) for r in reps] == [
        ("Sở Nông nghiệp và Môi trường thành phố Cần Thơ", "Ủy ban nhân dân thành phố Cần Thơ")
    ]
    # corpus 024: the addressee after "tham mưu trình".
    reps = _reports(
        "1. Các cơ quan, đơn vị và địa phương phản ánh về Sở Y tế tổng hợp, báo cáo, tham mưu trình Ủy ban nhân dân"
        " thành phố xem xét, chỉ đạo kịp thời.",
        CAN_THO,
    )
    assert [(r["from"], r["to"]) for r in reps] == [("Sở Y tế thành phố Cần Thơ", "Ủy ban nhân dân thành phố Cần Thơ")]


def test_with_before_a_capitalised_name_names_the_addressee():
    # corpus 058 IV.1, corpus 078 Điều 2.
    reps = _reports(
        "1. Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban: Phụ trách chung; kịp thời báo cáo, đề xuất vấn đề"
        " phát sinh với Trưởng ban chỉ đạo Đại hội.",
        HA_GIANG,
    )
    assert [(r["from"], r["to"]) for r in reps] == [("Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban", "Trưởng ban chỉ đạo Đại hội")]
    # Not after "phối hợp", nor before a name in lower case.
    reps = _reports("1. Sở Y tế báo cáo kết quả phối hợp với Sở Tài chính theo quy định.", HA_GIANG)
    assert [r["to"] for r in reps] == [None]
    reps = _reports("1. Sở Y tế kịp thời báo cáo, đề xuất kiến nghị với các cơ quan có thẩm quyền.", HA_GIANG)
    assert [r["to"] for r in reps] == [None]
