"""Reporting duties, round 11 (new real documents): one periodic duty with two dates ("trước ngày 05/6
và 05/12 hàng năm"), a submission whose receiver reports onwards ("Trình UBND tỉnh trước ngày … để báo
cáo Bộ …"). Fragments written in the style of the Công văn of provincial committees."""

from __future__ import annotations

from vanban.loaders.parties import name_at
from vanban.loaders.records import Header
from vanban.loaders.reports import find_reports
from vanban.loaders.text import make_text

_HEADER = Header(issuer="Ủy ban nhân dân tỉnh Quảng Ngãi", province="Quảng Ngãi")
# The bodies the letter below is addressed to ("Kính gửi: …"), the sender of a duty that names none.
_ADDRESSEES = "Các sở, ban ngành, Ủy ban nhân dân các huyện, thành phố"


def _letter(body: str) -> str:
    return (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố:     /UBND-TH\nV/v triển khai thực hiện Chỉ thị\n\n"
        f"Kính gửi: Các sở, ban ngành; UBND các huyện, thành phố.\n\n{body[:-1]}./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )


def _rows(body: str):
    return [(r.from_, r.to, r.deadline, r.recurrence) for r in find_reports(make_text(_letter(body)), _HEADER)]


def test_one_periodic_duty_with_two_dates_gives_two_entries():
    body = (
        "Sau khi ban hành Kế hoạch, các cơ quan, đơn vị định kỳ đánh giá kết quả thực hiện, báo cáo UBND tỉnh "
        "trước ngày 05/6 và 05/12 hàng năm."
    )
    assert _rows(body) == [
        ("Các cơ quan, đơn vị", "Ủy ban nhân dân tỉnh Quảng Ngãi", None, "hằng năm (trước ngày 5/6)"),
        ("Các cơ quan, đơn vị", "Ủy ban nhân dân tỉnh Quảng Ngãi", None, "hằng năm (trước ngày 5/12)"),
    ]


def test_a_single_dated_periodic_duty_stays_one_entry():
    body = "Các cơ quan, đơn vị báo cáo UBND tỉnh trước ngày 05/12 hàng năm, lồng ghép trong báo cáo tổng kết."
    assert len(_rows(body)) == 1


def test_the_receiver_of_a_submission_reports_onwards_without_its_date():
    body = (
        "Giao Sở Công Thương chủ trì, phối hợp với các đơn vị liên quan đánh giá kết quả triển khai thực hiện "
        "Nghị định. Trình UBND tỉnh trước ngày 10/8/2018 để báo cáo Bộ Công Thương theo thời gian quy định."
    )
    # UBND tỉnh reports to the Bộ; 10/8/2018 is when the Sở submits to it.
    assert _rows(body) == [("Ủy ban nhân dân tỉnh Quảng Ngãi", "Bộ Công Thương", None, None)]


def test_a_submission_with_a_periodic_date_keeps_its_recurrence():
    body = (
        "Sở Kế hoạch và Đầu tư tổng hợp tình hình, kết quả thực hiện Chỉ thị trên địa bàn tỉnh; tham mưu và trình "
        "UBND tỉnh trước ngày 10/6 và ngày 10/12 hàng năm để xem xét, báo cáo Bộ Kế hoạch và Đầu tư theo đúng quy định."
    )
    assert _rows(body) == [("Ủy ban nhân dân tỉnh Quảng Ngãi", "Bộ Kế hoạch và Đầu tư", None, "hằng năm")]


def test_a_deadline_opening_the_reporting_clause_is_still_read():
    body = "Trước ngày 15/12 hàng năm, các cơ quan, đơn vị tổng hợp, báo cáo UBND tỉnh kết quả thực hiện."
    assert _rows(body) == [("Các cơ quan, đơn vị", "Ủy ban nhân dân tỉnh Quảng Ngãi", None, "hằng năm (trước ngày 15/12)")]


def test_a_letters_unnumbered_paragraphs_carry_its_duties():
    # A Công văn of a district's office (Phòng Văn hóa và Thông tin): its duty is in the first of two
    # unnumbered paragraphs, which the outline reads as the preamble.
    letter = (
        "UBND HUYỆN PHÚ VANG\nPHÒNG VĂN HÓA VÀ THÔNG TIN\nSố:     /VHTT\nV/v đôn đốc nộp hồ sơ công nhận đạt chuẩn văn hóa\n\n"
        "Kính gửi:\n- Các cơ quan, đơn vị;\n- Các thôn, tổ dân phố.\n\n"
        "Thực hiện Kế hoạch số 2448/KH-UBND ngày 15/7/2019 của Ủy ban nhân dân huyện về việc báo cáo kết quả "
        "xây dựng đời sống văn hóa;\n\n"
        "Để đảm bảo thực hiện đúng thời gian theo Kế hoạch, đề nghị các cơ quan, đơn vị, thôn, tổ dân phố khẩn "
        "trương lập hồ sơ gửi về Phòng Văn hóa và Thông tin để tổng hợp, báo cáo UBND huyện trước ngày 15/9/2019.\n\n"
        "Sau thời gian này, đơn vị nào không nộp hồ sơ thì không được xem xét công nhận./.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    header = Header(issuer="Phòng Văn hóa và Thông tin huyện Phú Vang", province="Thừa Thiên Huế", district="Phú Vang")
    reports = find_reports(make_text(letter), header)
    # The citing paragraph ("Thực hiện … về việc báo cáo …") gives none.
    assert [(r.from_, r.to, r.deadline) for r in reports] == [
        ("Phòng Văn hóa và Thông tin", "Ủy ban nhân dân huyện Phú Vang", "2019-09-15")
    ]


def test_reports_a_decision_rests_on_are_no_duty():
    body = (
        "Trên cơ sở hướng dẫn của các Bộ, ngành Trung ương và báo cáo của các cơ quan, đơn vị, Sở Kế hoạch và "
        "Đầu tư chủ trì, phối hợp với các cơ quan, đơn vị liên quan tham mưu UBND tỉnh ban hành Kế hoạch."
    )
    assert _rows(body) == []
    # "báo cáo của" opening a duty stays one: the owner of the report.
    owned = "Báo cáo kết quả thực hiện của các cơ quan, đơn vị gửi về Sở Nội vụ trước ngày 10/12/2025."
    assert _rows(owned) == [("Các cơ quan, đơn vị", "Sở Nội vụ tỉnh Quảng Ngãi", "2025-12-10", None)]


def test_a_product_label_names_no_duty():
    # A Kế hoạch of a commune Front committee: "Kết quả:" lists what an item produces.
    body = (
        "Tổ chức tiếp công dân về công tác bầu cử. - Kết quả: báo cáo kết quả tiếp công dân, báo cáo kết quả xử lý "
        "đơn thư khiếu nại, tố cáo; các văn bản đôn đốc, hướng dẫn, báo cáo tổng hợp. - Kết quả: Báo cáo theo hướng "
        "dẫn của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh."
    )
    assert _rows(body) == []
    # A label that holds "báo cáo kết quả" before its colon is no product (seed 000).
    timed = "2. Thời gian báo cáo kết quả: Báo cáo kết quả thực hiện về Sở Y tế trước ngày 02/11/2022."
    # (the duty has no subject: the letter's addressees report)
    assert _rows(timed) == [(_ADDRESSEES, "Sở Y tế tỉnh Quảng Ngãi", "2022-11-02", None)]


def test_a_long_list_of_addressees_asked_to_report_is_the_sender():
    # A Công văn of UBND tỉnh Bình Định: the subject lies more than 90 characters before the verb.
    body = (
        "Chủ tịch UBND tỉnh đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Thủ trưởng các sở, ban, ngành, đoàn thể "
        "tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố triển khai thực hiện và báo cáo Chủ tịch UBND tỉnh (qua "
        "Sở Nội vụ) nếu có vấn đề phát sinh vượt thẩm quyền."
    )
    [row] = _rows(body)
    assert row[0] == (
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh, Chủ tịch Ủy ban nhân "
        "dân các huyện, thị xã, thành phố"
    )
    assert row[1] == "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi"


def test_the_body_required_to_report_after_a_short_opening():
    # A Công văn of UBND huyện Mộc Châu: "Sau kiểm tra," then the subject and the bodies it requires.
    body = (
        "Sau kiểm tra, UBND huyện yêu cầu các xã, thị trấn ban hành Kế hoạch, thực hiện khắc phục và báo cáo kết quả "
        "khắc phục những hạn chế, yếu kém đã được Đoàn kiểm tra chỉ ra."
    )
    assert _rows(body) == [("Các xã, thị trấn", None, None, None)]


def test_a_staff_unit_reporting_to_the_head_of_its_department():
    # A Quy chế of Sở Giao thông công chánh: a time window opens the clause, the addressee is the Sở's director.
    text = make_text(
        "SỞ GIAO THÔNG CÔNG CHÁNH\nQUY CHẾ\nTheo dõi nguyện vọng cử tri\n\nĐiều 1. Định kỳ từ ngày 1 đến ngày 5 hằng "
        "tháng, các đơn vị cập nhật kết quả giải quyết nguyện vọng cử tri; từ ngày 5 đến ngày 10 hằng tháng, Phòng Kế "
        "hoạch - Đầu tư kiểm tra, xác nhận giải quyết và tổng hợp báo cáo kết quả cho giám đốc sở.\n"
    )
    reports = find_reports(text, Header(issuer="Sở Giao thông công chánh"))
    assert [(r.from_, r.to) for r in reports] == [("Phòng Kế hoạch - Đầu tư", "Giám đốc sở")]


def test_a_letters_duty_without_a_subject_is_its_addressees():
    # A Công văn of Sở Nội vụ tỉnh Bắc Kạn to the election committees below it.
    letter = (
        "UBND TỈNH BẮC KẠN\nSỞ NỘI VỤ\nSố:     /SNV-XDCQ\nV/v tổ chức tổng kết cuộc bầu cử\n\nKính gửi:\n"
        "- Ủy ban bầu cử các huyện, thành phố;\n- Ủy ban bầu cử các xã, phường, thị trấn.\n\n"
        "Sở Nội vụ đề nghị Ủy ban bầu cử các huyện, thành phố và Ủy ban bầu cử các xã, phường, thị trấn tiến hành "
        "tổng kết, đánh giá toàn diện cuộc bầu cử ở đơn vị mình.\n\n"
        "Báo cáo tổng kết gửi về Ủy ban bầu cử tỉnh (qua Sở Nội vụ) trước ngày 8/6/2021./.\n\nNơi nhận:\n- Như trên;\n"
    )
    header = Header(issuer="Sở Nội vụ tỉnh Bắc Kạn", province="Bắc Kạn")
    assert [(r.from_, r.to, r.deadline) for r in find_reports(make_text(letter), header)] == [
        (
            "Ủy ban bầu cử các huyện, thành phố, Ủy ban bầu cử các xã, phường, thị trấn",
            "Ủy ban bầu cử tỉnh Bắc Kạn",
            "2021-06-08",
        )
    ]


def test_a_body_that_only_asks_is_not_the_sender():
    # A Công văn of Huyện ủy Càng Long: a time clause between "yêu cầu" and the units asked.
    letter = (
        "HUYỆN ỦY CÀNG LONG\nSố 1127-CV/HU\nV/v lãnh đạo Đại hội chi bộ\n\nKính gửi: Các Đảng bộ trực thuộc Huyện ủy.\n\n"
        "Ban Thường vụ Huyện ủy yêu cầu sau khi kết thúc Đại hội các đơn vị hoàn chỉnh báo cáo và phụ lục gửi về Cơ "
        "quan Tổ chức – Nội vụ trước ngày 30/6/2022 để tổng hợp báo cáo về Ban Tổ chức Tỉnh ủy theo qui định./.\n"
    )
    header = Header(issuer="Huyện ủy Càng Long", province="Trà Vinh")
    rows = [(r.from_, r.to) for r in find_reports(make_text(letter), header)]
    assert rows[0] == ("Các Đảng bộ trực thuộc Huyện ủy", "Cơ quan Tổ chức – Nội vụ")
    assert rows[1][0] == "Cơ quan Tổ chức – Nội vụ"


def test_the_manner_of_a_report_is_not_part_of_its_addressee():
    # A Công văn of UBND tỉnh Quảng Nam: "bằng văn bản" after the addressee, a date written with dots.
    body = (
        "Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành rà soát, triển khai ngay các nhiệm vụ UBND tỉnh đã giao và "
        "báo cáo kết quả về Chủ tịch UBND tỉnh bằng văn bản trước ngày 20.7.2020."
    )
    assert _rows(body) == [("Các sở, ban, ngành", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi", "2020-07-20", None)]
    # "bằng" in a noun stays in the name.
    assert name_at("Ban Chỉ đạo Tây Nam Bộ vùng đồng bằng sông Cửu Long chủ trì", 0)[0] == (
        "Ban Chỉ đạo Tây Nam Bộ vùng đồng bằng sông Cửu Long"
    )


def test_a_reporting_regime_with_its_addressee_is_a_duty():
    # QĐ 2820/QĐ-UBND of Thành phố Hồ Chí Minh, the plan's item for the departments.
    body = (
        "Các sở, ngành liên quan thực hiện chế độ báo cáo định kỳ hằng quý về tiến độ cập nhật dữ liệu gửi Sở Tài "
        "chính để tổng hợp."
    )
    assert _rows(body) == [("Các sở, ngành liên quan", "Sở Tài chính tỉnh Quảng Ngãi", None, "định kỳ hằng quý")]
    # Without an addressee, carried out with its period, the regime is a duty to no one named (corpus 032; round 22, which
    # reads the reporting duty the period gives, where round 11 read a noun).
    assert _rows("Các đơn vị thực hiện chế độ thông tin, báo cáo theo định kỳ của Chương trình MTQG.") == [
        ("Các đơn vị", None, None, "định kỳ")
    ]
    # Without a period either, the regime is a noun.
    assert _rows("Các đơn vị thực hiện chế độ thông tin, báo cáo của Chương trình MTQG.") == []
