"""Reports, round 8: one entry per period of a schedule list, a report said on demand is the same
duty, the issuer among the addressees, coordinated verbs, publishing is not reporting. Fragments
quoted from the corpus (file named in each test)."""

from __future__ import annotations

from vanban.loaders.records import Header
from vanban.loaders.reports import (
    ON_DEMAND_AFTER,
    ON_DEMAND_BEFORE,
    PUBLISH_BEFORE,
    RECEIVER_COMPILES,
    SCHEDULE_PERIOD,
    _deadline_end,
)
from tests.report_plans import reports_of as _reports


SON_LA = Header(issuer="Ủy ban nhân dân tỉnh Sơn La", province="Sơn La")
BAC_NINH = Header(issuer="Ủy ban nhân dân tỉnh Bắc Ninh", province="Bắc Ninh")

# corpus 048 (QĐ 2954/QĐ-UBND Sơn La), the two items of "TỔ CHỨC THỰC HIỆN", as written.
SON_LA_ITEMS = """**1. **Các Sở, ngành, UBND
các xã, phường và các cơ quan, đơn vị có liên quan: Căn cứ chức năng, nhiệm vụ
được giao theo Kế hoạch, tổ chức triển khai thực hiện đảm bảo đúng yêu cầu, đạt
hiệu quả cao. Định kỳ hàng tháng (*trước ngày 16 hàng tháng*), 6 tháng (*trước
ngày 16/6*), tổng kết năm (*trước ngày 20/11 hàng năm*) hoặc khi có yêu
cầu báo cáo tình hình thực hiện Kế hoạch, gửi Sở Công thương tổng hợp báo cáo Tỉnh
ủy, HĐND, UBND tỉnh.

**2. **Sở Công Thương tổng hợp
báo cáo Tỉnh ủy, HĐND, UBND tỉnh về tình hình thực hiện Kế hoạch này định kỳ
hàng tháng (*trước ngày 18 hàng tháng*), 6 tháng (*trước ngày 18/5*),
tổng kết năm (*trước ngày 30/11 hàng năm*) hoặc khi có yêu cầu báo cáo đột
xuất."""


def test_schedule_list_gives_one_entry_per_period():
    reps = _reports(SON_LA_ITEMS, SON_LA)
    units = [r for r in reps if r["from"].startswith("Các Sở")]
    assert [(r["to"], r["recurrence"]) for r in units] == [
        ("Sở Công Thương tỉnh Sơn La", "hằng tháng (trước ngày 16)"),
        ("Sở Công Thương tỉnh Sơn La", "6 tháng (trước ngày 16/6)"),
        ("Sở Công Thương tỉnh Sơn La", "hằng năm (trước ngày 20/11)"),
    ]
    dept = [r for r in reps if r["from"].startswith("Sở Công")]
    # Each period's report to each of its three addressees, one entry per addressee (round 25).
    assert [(r["recurrence"], r["to"]) for r in dept[:3]] == [
        ("hằng tháng (trước ngày 18)", "Tỉnh ủy Sơn La"),
        ("hằng tháng (trước ngày 18)", "Hội đồng nhân dân tỉnh Sơn La"),
        ("hằng tháng (trước ngày 18)", "Ủy ban nhân dân tỉnh Sơn La"),
    ]
    assert [r["recurrence"] for r in dept[::3]] == [
        "hằng tháng (trước ngày 18)", "6 tháng (trước ngày 18/5)", "hằng năm (trước ngày 30/11)",
    ]
    # Each entry's evidence ends with its own deadline, bracket closed.
    assert dept[3]["evidence"].endswith("6 tháng (*trước ngày 18/5*)")
    assert dept[6]["evidence"].endswith("tổng kết năm (*trước ngày 30/11 hàng năm*)")
    # "… hoặc khi có yêu cầu báo cáo đột xuất" is the same duty, not another entry.
    assert len(reps) == 3 + 3 * 3
    assert not any(r["evidence"] == "báo cáo đột xuất" for r in reps)


def test_issuer_among_the_addressees_is_not_the_sender():
    # corpus 048: "Sở Công Thương tổng hợp báo cáo Tỉnh ủy, HĐND, UBND tỉnh": UBND tỉnh (the issuer) is
    # one of the addressees, so the compiling department is the sender, not the issuer.
    for rep in _reports(SON_LA_ITEMS, SON_LA):
        assert rep["from"] != "Ủy ban nhân dân tỉnh Sơn La"
    # corpus 036 (CT 010/CT-UBND Đắk Lắk), item 2.
    body = (
        "**2. **Giao Sở Tài chính chủ trì theo dõi, tổng hợp các khó khăn,\nvướng mắc, kịp thời báo cáo UBND tỉnh,"
        " Chủ tịch UBND tỉnh xem xét, giải quyết."
    )
    reps = _reports(body, Header(issuer="Ủy ban nhân dân tỉnh Đắk Lắk", province="Đắk Lắk"))
    # One entry per addressee (round 25): the committee and its chairman.
    assert [(rep["from"], rep["to"]) for rep in reps] == [
        ("Sở Tài chính tỉnh Đắk Lắk", "Ủy ban nhân dân tỉnh Đắk Lắk"), ("Sở Tài chính tỉnh Đắk Lắk", "Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk"),
    ]


def test_receiver_that_compiles_without_de():
    # corpus 048: "gửi Sở Công thương tổng hợp báo cáo Tỉnh ủy, HĐND, UBND tỉnh" (no "để").
    assert RECEIVER_COMPILES.search("hoặc khi có yêu cầu báo cáo tình hình thực hiện Kế hoạch, gửi Sở Công thương tổng hợp ")
    # corpus 011: "… gửi Sở Nông nghiệp và Môi trường tổng hợp, báo cáo theo quy định".
    assert RECEIVER_COMPILES.search("tham gia thực hiện gửi Sở Nông nghiệp và Môi trường tổng hợp, ")
    assert not RECEIVER_COMPILES.search("gửi Sở Nội vụ trước ngày 15/12. Sở Nội vụ ")


def test_on_demand_report_after_a_scheduled_one_joins_it():
    # corpus 025 (KH 144/KH-UBND Bắc Ninh), VII. CHẾ ĐỘ BÁO CÁO, as written ("kǶ" misprinted in the source).
    body = (
        "Các cơ quan, đơn vị được giao\nnhiệm vụ trong Kế hoạch và tại Phụ lục kèm theo có trách nhiệm chủ động tổ chức\n"
        "thực hiện, theo dõi, đánh giá kết quả hằng năm, bảo đảm hoàn thành các chỉ tiêu\n"
        "được giao. Định kǶ gửi báo cáo kết quả thực hiện trước ngày 15/11 hằng năm và\n"
        "báo cáo đột xuất, báo cáo sơ kết, tổng kết khi có yêu cầu về Sở Khoa học và\n"
        "Công nghệ để tổng hợp, tham mưu Ủy ban nhân dân tỉnh báo cáo Bộ Khoa học và\n"
        "Công nghệ và Chính phủ theo quy định./."
    )
    reps = _reports(body, BAC_NINH)
    assert [(r["to"], r["recurrence"]) for r in reps] == [
        ("Sở Khoa học và Công nghệ tỉnh Bắc Ninh", "hằng năm (trước ngày 15/11)"),
        ("Bộ Khoa học và Công nghệ", None),  # one entry per addressee (round 25)
        ("Chính phủ", None),
    ]
    # "… về Sở Khoa học và Công nghệ để tổng hợp, tham mưu Ủy ban nhân dân tỉnh báo cáo Bộ Khoa học và Công nghệ …": the Sở
    # compiles and advises, the committee it advises reports (the gold README: a staff unit that only compiles, tham mưu,
    # its parent's report is not the sender; round 17, was the Sở).
    assert reps[1]["from"] == "Ủy ban nhân dân tỉnh Bắc Ninh"


def test_on_demand_regexes():
    assert ON_DEMAND_BEFORE.search("(*trước ngày 30/11 hàng năm*) hoặc khi có yêu cầu ")  # corpus 048
    assert ON_DEMAND_BEFORE.search("trước ngày 15/11 hằng năm và ")  # corpus 025
    assert ON_DEMAND_AFTER.match(" đột xuất, ")  # corpus 025
    assert ON_DEMAND_AFTER.match(" sơ kết, tổng kết khi có yêu cầu về Sở")  # corpus 025
    # seed 003: "báo cáo 6 tháng đầu năm … và báo cáo năm trước ngày 28 tháng 11": a duty of its own.
    assert not ON_DEMAND_AFTER.match(" năm trước ngày 28 tháng 11 về Sở Y tế để theo dõi")


def test_coordinated_verbs_share_sender_and_deadline():
    # corpus 008 (KH 174/KH-UBND TP. Hồ Chí Minh), VII. CHẾ ĐỘ BÁO CÁO.
    body = (
        "1. Kinh phí thực hiện.\n\n**VII. CHẾ\nĐỘ BÁO CÁO**\n\n"
        "Các sở, ban, ngành, đoàn thể\nThành phố, Ủy ban nhân dân phường, xã, đặc khu gửi báo cáo công tác Bình đẳng\n"
        "giới năm 2025 và báo cáo kết quả thực hiện Tháng hành động năm 2025 về Sở Nội vụ\n"
        "trước ngày 16 tháng 12 năm 2025 để tổng hợp báo cáo Bộ Nội vụ, Ủy ban nhân dân\nThành phố theo quy định./."
    )
    reps = _reports(body, Header(issuer="Ủy ban nhân dân thành phố Hồ Chí Minh", province="Hồ Chí Minh"))
    first, second = reps[0], reps[1]
    assert first["from"] == second["from"] == "Các sở, ban, ngành, đoàn thể Thành phố, Ủy ban nhân dân phường, xã, đặc khu"
    assert first["deadline"] == second["deadline"] == "2025-12-16"
    assert first["evidence"] == "báo cáo công tác Bình đẳng giới năm 2025"  # no trailing "và"


def test_a_report_timed_on_its_own_keeps_its_time():
    # corpus 057: "báo cáo tình hình sau mỗi đợt và báo cáo tổng kết gửi về … trước ngày 18/3/2026":
    # the deadline is the final report's only; the report after each round is a duty of its own, recurring
    # (round 14: it was dropped as the final report's undated twin).
    body = (
        "1. Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh\n\n- Chế độ báo cáo: Tổng hợp kết quả hoạt động"
        " kiểm tra, giám sát công tác bầu cử; báo cáo tình hình sau mỗi đợt và báo cáo tổng kết gửi về Ban Thường"
        " trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh trước ngày 18/3/2026 (theo quy định tại Mục 5, Phần VI Hướng"
        " dẫn 13/HD-MTTQ-BTT)."
    )
    reps = _reports(body, Header(issuer="Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh", province="Quảng Ninh"))
    assert [(r["deadline"], r["recurrence"]) for r in reps] == [(None, "sau mỗi đợt"), ("2026-03-18", None)]


def test_direct_addressee_is_not_shared_backwards():
    # corpus 077 (NQ HĐND Hà Giang), as written.
    body = (
        "1. Chỉ đạo Công an tỉnh ngay\nsau khi kết thúc việc thanh tra đối với nội dung phản ánh của công\n"
        "dân Triệu Thúy Loan, thực hiện Báo\ncáo kết quả thanh tra tại Kỳ họp thứ Sáu, HĐND tỉnh và Báo cáo Tổ"
        " đại biểu HĐND\ntỉnh đơn vị huyện Bắc Mê biết, giám sát."
    )
    reps = _reports(body, Header(issuer="Hội đồng nhân dân tỉnh Hà Giang", province="Hà Giang"))
    # Round 22: the first is heard at the council's session, the council its addressee (not the group of deputies after it).
    assert [r["to"] for r in reps] == ["Hội đồng nhân dân tỉnh Hà Giang", "Tổ đại biểu Hội đồng nhân dân tỉnh đơn vị huyện Bắc Mê"]


def test_publishing_a_report_is_not_a_duty():
    assert PUBLISH_BEFORE.search("c) Xây dựng, công bố ")  # corpus 025
    assert PUBLISH_BEFORE.search("d) Công bố định kǶ ")  # corpus 025, "kỳ" misprinted
    assert PUBLISH_BEFORE.search("Xây dựng và định kỳ hàng năm công bố ")  # corpus 031
    assert not PUBLISH_BEFORE.search("sau khi công bố kết quả, ")


def test_schedule_period_and_deadline_close():
    assert SCHEDULE_PERIOD.search("Định kỳ hàng tháng (*").group("period") == "hàng tháng"
    assert SCHEDULE_PERIOD.search("*), tổng kết năm (*").group("period") == "tổng kết năm"
    assert SCHEDULE_PERIOD.search("báo cáo định kỳ 6 tháng ").group("period") == "6 tháng"
    assert not SCHEDULE_PERIOD.search("kết quả năm 2025 ")
    flat = "tổng kết năm (*trước ngày 30/11 hàng năm*) hoặc"
    assert flat[: _deadline_end(flat, 0, flat.index(" hàng"))] == "tổng kết năm (*trước ngày 30/11 hàng năm*)"
    # corpus 001: "hằng năm (trước ngày 15 tháng 11) hoặc theo đề nghị".
    flat = "Kế hoạch hằng năm (trước ngày 15 tháng 11) hoặc"
    assert flat[: _deadline_end(flat, 0, flat.index(")"))] == "Kế hoạch hằng năm (trước ngày 15 tháng 11)"


THANH_HOA = Header(issuer="Ủy ban nhân dân tỉnh Thanh Hóa", province="Thanh Hóa")


def test_a_body_does_not_report_to_itself_the_unit_it_directs_does():
    # corpus 018 (KH 235/KH-UBND Thanh Hóa), IV.1, as written.
    body = (
        "1. Sở Nông nghiệp và Môi trường\nchỉ đạo Chi cục Biển đảo và Thủy sản thực hiện các nội dung sau:\n\n"
        "- Lập dự toán kinh phí báo cáo\nSở Nông nghiệp và Môi trường trình cấp có thẩm quyền xem xét, phê duyệt.\n\n"
        "- Tổ chức đánh giá kết quả thực\nhiện; báo cáo UBND tỉnh trước ngày 15/12/2026."
    )
    reps = _reports(body, THANH_HOA)
    assert (reps[0]["from"], reps[0]["to"]) == ("Chi cục Biển đảo và Thủy sản", "Sở Nông nghiệp và Môi trường tỉnh Thanh Hóa")
    for rep in reps:
        assert rep["from"] != rep["to"]


def test_receiver_that_compiles_then_reports_to_the_issuer():
    # corpus 015 (KH 597/KH-UBND Đồng Tháp), the closing, as written.
    body = (
        "1. Sở Xây dựng theo dõi.\n\nTrong quá trình tổ chức thực hiện, nếu\nthấy cần sửa đổi, bổ sung các sở, ngành,"
        " địa phương chủ động đề xuất gửi Sở Xây\ndựng tổng hợp và báo cáo Ủy ban nhân dân Tỉnh xem xét, quyết định./."
    )
    (rep,) = _reports(body, Header(issuer="Ủy ban nhân dân tỉnh Đồng Tháp", province="Đồng Tháp"))
    assert (rep["from"], rep["to"]) == ("Sở Xây dựng tỉnh Đồng Tháp", "Ủy ban nhân dân tỉnh Đồng Tháp")
    # corpus 020 (KH 308/KH-UBND Hà Nội), 4.1 a), as written.
    body = (
        "a) Nhiệm vụ: Trường hợp không cân đối được kinh phí thực hiện, các đơn vị có\nvăn bản đề xuất, gửi Sở Khoa"
        " học và Công nghệ tổng hợp, chủ trì, phối hợp với Sở\nTài chính, báo cáo UBND Thành phố bổ sung kinh phí theo"
        " quy định."
    )
    (rep,) = _reports(body, Header(issuer="Ủy ban nhân dân thành phố Hà Nội", province="Hà Nội"))
    assert (rep["from"], rep["to"]) == ("Sở Khoa học và Công nghệ thành phố Hà Nội", "Ủy ban nhân dân thành phố Hà Nội")


def test_delegate_regex():
    from vanban.loaders.reports import DELEGATE

    assert DELEGATE.search("Sở Nông nghiệp và Môi trường chỉ đạo Chi cục").end() == len("Sở Nông nghiệp và Môi trường chỉ đạo ")
    assert DELEGATE.match("Giao Văn phòng Sở Y tế theo dõi")  # seed 000
    assert not DELEGATE.search("Ban Chỉ đạo các Chương trình mục tiêu quốc gia")  # corpus 011, a body


def test_each_addressee_of_a_list_is_canonical():
    from vanban.loaders.reports import _canonical_list

    ha_tinh = Header(issuer="Ủy ban nhân dân tỉnh Hà Tĩnh", province="Hà Tĩnh")
    # corpus 016: "… để tổng hợp, báo cáo UBND tỉnh và Bộ Giáo dục và Đào tạo."
    assert _canonical_list("UBND tỉnh và Bộ Giáo dục và Đào tạo", ha_tinh) == (
        "Ủy ban nhân dân tỉnh Hà Tĩnh và Bộ Giáo dục và Đào tạo"
    )
    # corpus 011: "… báo cáo đánh giá và gửi Sở Nông nghiệp và Môi trường và Bộ, ngành trực tiếp quản lý";
    # the whole list was qualified as one department ("… và các Sở, ngành thành phố Cần Thơ").
    assert _canonical_list("Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố, Sở Nông nghiệp và Môi trường và các Sở, ngành", CAN_THO) == (
        "Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố, Sở Nông nghiệp và Môi trường thành phố Cần Thơ"
        " và các Sở, ngành"
    )
    # corpus 048: "Sở Công Thương tổng hợp báo cáo Tỉnh ủy, HĐND, UBND tỉnh": the bare organ takes the level.
    assert _canonical_list("Tỉnh ủy, HĐND, UBND tỉnh", SON_LA) == (
        "Tỉnh ủy Sơn La, Hội đồng nhân dân tỉnh Sơn La, Ủy ban nhân dân tỉnh Sơn La"
    )
    assert _canonical_list("Sở Y tế", ha_tinh) == "Sở Y tế tỉnh Hà Tĩnh"


CAN_THO = Header(issuer="Ủy ban nhân dân thành phố Cần Thơ", province="Cần Thơ")


def test_central_bodies_are_addressees():
    # corpus 032 (KH 182/KH-UBND Đồng Nai), 2.3 đ), as written.
    body = (
        "đ) Tham mưu Ủy ban nhân dân các\ntỉnh tổ chức sơ kết, tổng kết việc thực hiện Chương trình MTQG, báo cáo"
        " Quốc hội,\nChính phủ, Thủ tướng Chính phủ theo quy định."
    )
    reps = _reports(body, Header(issuer="Ủy ban nhân dân tỉnh Đồng Nai", province="Đồng Nai"))
    assert [rep["to"] for rep in reps] == ["Quốc hội", "Chính phủ", "Thủ tướng Chính phủ"]  # one entry each (round 25)
    # corpus 016 (KH 624/KH-UBND Hà Tĩnh), I.1, as written.
    body = (
        "- Là cơ sở để tổ chức kiểm tra,\ngiám sát, sơ kết, tổng kết, đánh giá việc tổ chức thực hiện Chương trình"
        " gửi Bộ\nGiáo dục và Đào tạo tổng hợp, báo cáo Thủ tướng Chính phủ."
    )
    (rep,) = _reports(body, Header(issuer="Ủy ban nhân dân tỉnh Hà Tĩnh", province="Hà Tĩnh"))
    assert (rep["from"], rep["to"]) == ("Bộ Giáo dục và Đào tạo", "Thủ tướng Chính phủ")


def test_central_head_regex():
    from vanban.loaders.parties import CENTRAL_HEAD, head_at

    assert head_at("Thủ tướng Chính phủ theo quy định", 0).group(0) == "Thủ tướng Chính phủ"
    assert head_at("Chính phủ, Thủ tướng Chính phủ", 0)
    assert not CENTRAL_HEAD.match("Chính phủ số, chính quyền số")
    assert not CENTRAL_HEAD.match("Quốc hội khóa XVI")
    assert not head_at("chính phủ", 0)


def test_reports_named_as_documents_or_heard_are_not_duties():
    # corpus 047 (QĐ 1627/QĐ-UBND Quảng Ngãi), as written: "công tác báo cáo", "lập báo cáo tài chính nhà
    # nước, báo cáo thực hành tiết kiệm" (a list of documents).
    body = (
        "1. Kiểm kê tài sản công phục vụ công tác báo cáo tình hình quản lý, sử dụng\ntài sản công, cung cấp thông"
        " tin để lập báo cáo tài chính nhà nước, báo cáo thực\nhành tiết kiệm, chống lãng phí theo quy định của pháp luật."
    )
    assert _reports(body, Header(issuer="Ủy ban nhân dân tỉnh Quảng Ngãi", province="Quảng Ngãi")) == []
    # corpus 057: "- Phương pháp: Kết hợp nghe báo cáo trực tiếp và nghiên cứu hồ sơ, tài liệu liên quan".
    body = "1. Đoàn kiểm tra\n- Phương pháp: Kết hợp nghe báo cáo trực tiếp và nghiên cứu hồ sơ, tài liệu liên quan."
    assert _reports(body, Header(issuer="Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh", province="Quảng Ninh")) == []


def test_report_and_advise_names_the_addressee():
    # corpus 036 (CT 010/CT-UBND Đắk Lắk): "… trước khi tổng hợp báo cáo thẩm định trình UBND tỉnh hoặc
    # tổng hợp, báo cáo, tham mưu UBND tỉnh xem xét giải quyết đối với các nội dung vượt thẩm quyền."
    body = (
        "a) Cơ quan chủ trì tổ chức họp thẩm định (khi cần thiết) trước khi tổng hợp báo cáo thẩm định trình UBND"
        " tỉnh hoặc tổng hợp, báo cáo, tham mưu UBND tỉnh xem xét giải quyết đối với các nội dung vượt thẩm quyền."
    )
    reps = _reports(body, Header(issuer="Ủy ban nhân dân tỉnh Đắk Lắk", province="Đắk Lắk"))
    assert [r["to"] for r in reps] == ["Ủy ban nhân dân tỉnh Đắk Lắk"]
