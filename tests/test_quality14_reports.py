"""Reporting duties, round 14: a hospital's "Phòng Kế hoạch tổng hợp" is an addressee and a sender whole, a report
after each round beside the dated final one, a report submitted up a chain ("trình UBND tỉnh trình Đảng ủy … báo cáo
Ban Thường vụ Tỉnh ủy") as one duty. Fragments written in the style of plans of hospitals and of UBND tỉnh."""

from __future__ import annotations

from vanban.loaders.parties import name_at
from vanban.loaders.records import Header
from vanban.loaders.reports import COMPILE_WORDS, RECURRENCE, find_reports
from vanban.loaders.text import make_text

_HOSPITAL = Header(issuer="Bệnh viện Đa khoa tỉnh Lào Cai", province="Lào Cai")
_PROVINCE = Header(issuer="Ủy ban nhân dân tỉnh Lào Cai", province="Lào Cai")


def _rows(body: str, header: Header) -> list[tuple]:
    text = make_text("KẾ HOẠCH\nThực hiện\n\nIII. TỔ CHỨC THỰC HIỆN\n\n" + body)
    return [(r.from_, r.to, r.deadline, r.recurrence) for r in find_reports(text, header)]


def test_a_compiling_department_is_named_whole():
    assert name_at("Phòng Kế hoạch tổng hợp trước ngày 15/12", 0)[0] == "Phòng Kế hoạch tổng hợp"
    assert name_at("Phòng Kế hoạch - Tổng hợp trước ngày 15/12", 0)[0] == "Phòng Kế hoạch - Tổng hợp"
    assert name_at("Phòng Hành chính - Tổng hợp gửi báo cáo", 0)[0] == "Phòng Hành chính - Tổng hợp"
    # The verb may follow a department named without it: precision first.
    assert name_at("Phòng Hành chính tổng hợp, báo cáo Giám đốc", 0)[0] == "Phòng Hành chính"
    assert name_at("Sở Kế hoạch và Đầu tư tổng hợp báo cáo", 0)[0] == "Sở Kế hoạch và Đầu tư"
    assert not COMPILE_WORDS.search("Phòng Kế hoạch tổng hợp ")
    assert COMPILE_WORDS.search("Phòng Kế hoạch - Tài chính tổng hợp ")


def test_a_hospital_department_as_addressee_and_sender():
    rows = _rows(
        "1. Các khoa, phòng thực hiện tự kiểm tra, đánh giá chất lượng và gửi báo cáo về Phòng Kế hoạch tổng hợp trước ngày"
        " 15/12/2025.\n\n2. Phòng Kế hoạch tổng hợp báo cáo Sở Y tế định kỳ hằng tháng.\n",
        _HOSPITAL,
    )
    assert rows == [
        ("Các khoa, phòng", "Phòng Kế hoạch tổng hợp", "2025-12-15", None),
        # The department reports (it does not compile its parent's report: "tổng hợp" is its name).
        ("Phòng Kế hoạch tổng hợp", "Sở Y tế tỉnh Lào Cai", None, "định kỳ hằng tháng"),
    ]


def test_a_report_after_each_round_and_a_dated_final_one_are_two_duties():
    assert RECURRENCE.search("sau mỗi đợt kiểm tra").group(0) == "sau mỗi đợt"
    assert not RECURRENCE.search("sau mỗi")
    rows = _rows(
        "1. Các sở, ngành sau mỗi đợt kiểm tra báo cáo kết quả về Sở Nội vụ; báo cáo tổng kết gửi về Sở Nội vụ"
        " trước ngày 15/12/2025.\n",
        _PROVINCE,
    )
    assert rows == [
        ("Các sở, ngành", "Sở Nội vụ tỉnh Lào Cai", None, "sau mỗi đợt"),
        ("Các sở, ngành", "Sở Nội vụ tỉnh Lào Cai", "2025-12-15", None),
    ]


def test_a_condition_after_the_subject_ends_its_name():
    rows = _rows("2. Các khoa khi phát hiện sự cố y khoa nghiêm trọng phải báo cáo ngay cho Ban Giám đốc.\n", _HOSPITAL)
    # Round 20: the condition is the duty's recurrence (the seeds' README, "reports_to": a report due on an event).
    assert rows == [("Các khoa", "Ban Giám đốc", None, "ngay khi phát hiện sự cố y khoa nghiêm trọng")]


def test_a_report_submitted_up_a_chain_is_one_duty_to_its_end():
    rows = _rows(
        "1. Sở Nội vụ chủ trì theo dõi, đôn đốc; tổng hợp báo cáo định kỳ trình UBND tỉnh trình Đảng ủy UBND tỉnh"
        " báo cáo Ban Thường vụ Tỉnh ủy theo quy định.\n",
        _PROVINCE,
    )
    # Sở Nội vụ compiles the province's report (the issuer's), which goes up to the Standing Committee.
    assert rows == [("Ủy ban nhân dân tỉnh Lào Cai", "Ban Thường vụ Tỉnh ủy Lào Cai", None, "định kỳ")]


def test_two_reports_of_one_clause_with_their_own_addressees_stay_two():
    # A semicolon between them: a report of its own each (corpus 078's shape).
    rows = _rows(
        "1. Sở Nội vụ báo cáo kết quả trình UBND tỉnh vào kỳ họp giữa năm; theo dõi và báo cáo Hội đồng nhân dân"
        " tỉnh tại kỳ họp gần nhất.\n",
        _PROVINCE,
    )
    assert len(rows) == 2


_GOVERNMENT = Header(issuer="Chính phủ")

RESOLUTION = """CHÍNH PHỦ
Số: 12/NQ-CP

NGHỊ QUYẾT
Về Chương trình hành động

III. TỔ CHỨC THỰC HIỆN

1. Đối với các bộ, ngành, cơ quan thuộc Chính phủ

Các bộ, ngành, cơ quan thuộc Chính phủ căn cứ chức năng nhiệm vụ được giao chủ động phối hợp với thành phố, trong đó tập trung vào một số nội dung cụ thể sau:

- Xây dựng và ban hành kế hoạch thực hiện Nghị quyết này.

- Tăng cường theo dõi, đôn đốc, kiểm điểm về tình hình triển khai thực hiện Nghị quyết này; định kỳ hàng năm báo cáo kết quả thực hiện gửi Bộ Kế hoạch và Đầu tư để tổng hợp báo cáo Chính phủ.

2. Đối với Thủ đô Hà Nội

- Định kỳ hàng năm, đánh giá tình hình thực hiện Nghị quyết này, báo cáo Thủ tướng Chính phủ, đồng gửi Bộ Kế hoạch và Đầu tư để theo dõi.

3. Đề nghị các cơ quan của Đảng, Quốc hội, Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội phối hợp chặt chẽ với cơ quan hành chính nhà nước các cấp.
"""


def test_an_organisation_item_headed_by_the_bodies_it_addresses():
    from vanban.loaders.parties import addressed_doer

    assert addressed_doer("Đối với các bộ, ngành, cơ quan thuộc Chính phủ") == "các bộ, ngành, cơ quan thuộc Chính phủ"
    assert addressed_doer("**Đối với Ủy ban nhân dân các huyện:**") == "Ủy ban nhân dân các huyện"
    assert addressed_doer("Đối với vụ việc ở khu dân cư thì cơ quan") is None
    assert addressed_doer("Đối với cá nhân") is None
    rows = [(r.from_, r.to, r.recurrence) for r in find_reports(make_text(RESOLUTION), _GOVERNMENT)]
    assert rows == [
        ("Các bộ, ngành, cơ quan thuộc Chính phủ", "Bộ Kế hoạch và Đầu tư", "định kỳ hằng năm"),
        ("Bộ Kế hoạch và Đầu tư", "Chính phủ", None),
        # "Thủ đô Hà Nội" is no body's name the extractor reads: unknown, not the bodies of item 3 (asked to cooperate).
        (None, "Thủ tướng Chính phủ", "định kỳ hằng năm"),
    ]


def test_a_criteria_item_headed_so_names_no_sender():
    text = make_text(
        "KẾ HOẠCH\nThi đua\n\nIII. TIÊU CHÍ THI ĐUA\n\n1. Đối với Ủy ban nhân dân các huyện\n\n"
        "- Báo cáo kết quả đúng hạn.\n"
    )
    assert [r.from_ for r in find_reports(text, _PROVINCE)] != ["Ủy ban nhân dân các huyện"]


_BOARD = Header(issuer="Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp")


def test_an_office_after_an_opening_reports_and_whose_work_is_reported_is_no_sender():
    text = make_text(
        "QUY CHẾ\nLàm việc của Ban Quản lý dự án\n\nĐiều 1. Nhiệm vụ của Chánh Văn phòng\n\n"
        "1. Ngoài việc thực hiện theo các khoản 1 và 2 Điều 22, Chánh Văn phòng còn phải thực hiện các nhiệm vụ sau đây:\n\n"
        "a) Theo dõi, kiểm soát, đôn đốc, báo cáo Ban Giám đốc hàng tuần việc thực hiện nhiệm vụ của các phòng, ban.\n\n"
        "b) Đề xuất và báo cáo Ban Giám đốc về những vấn đề cần xử lý qua phản ánh của báo chí.\n\n"
        "2. Phòng Kế hoạch và Đầu tư có trách nhiệm đôn đốc các phòng, ban. Báo cáo kết quả kịp thời đến Ban Giám đốc.\n"
    )
    rows = [(r.from_, r.to, r.recurrence) for r in find_reports(text, _BOARD)]
    assert rows == [
        ("Chánh Văn phòng", "Ban Giám đốc", "hằng tuần"),
        ("Chánh Văn phòng", "Ban Giám đốc", None),
        ("Phòng Kế hoạch và Đầu tư", "Ban Giám đốc", None),
    ]


def test_the_bodies_after_the_course_of_the_work_report():
    from vanban.loaders.parties import PROCESS_OPENING, doers

    s = (
        "Quá trình thực hiện các cấp, các ngành, các đơn vị phát hiện thấy có những vấn đề chưa phù hợp hoặc những vấn đề"
        " mới cần sửa đổi, bổ sung, báo cáo Ủy ban nhân dân Thành phố qua Sở Nội vụ để xem xét, sửa đổi kịp thời."
    )
    assert [d[0] for d in doers(s, True)] == ["các cấp, các ngành, các đơn vị"]
    assert PROCESS_OPENING.match("Trong quá trình thực hiện Kế hoạch này các đơn vị")
    assert not PROCESS_OPENING.match("Trong quá trình thực hiện, nếu có khó khăn")  # read after its comma, as before
    assert not PROCESS_OPENING.match("Trong quá trình triển khai cần chú ý")
    text = make_text(
        "QUY CHẾ\nXét tặng danh hiệu\n\nĐiều 1. Tổ chức thực hiện\n\n"
        "1. Hằng năm, Sở Nội vụ có trách nhiệm ban hành văn bản hướng dẫn, đôn đốc các cấp, các ngành tổ chức thực hiện"
        " Quy chế này.\n\n" + s + "\n"
    )
    header = Header(issuer="Ủy ban nhân dân thành phố Hà Nội", province="Hà Nội")
    assert [(r.from_, r.to) for r in find_reports(text, header)] == [
        ("Các cấp, các ngành, các đơn vị", "Ủy ban nhân dân thành phố Hà Nội"),
    ]


PLAN = """ỦY BAN NHÂN DÂN
HUYỆN BẢO LÂM
Số: 45/KH-UBND

KẾ HOẠCH
Tổ chức Hội thi tìm hiểu pháp luật năm 2026

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích
Là cơ sở để sơ kết, tổng kết việc thực hiện Chương trình gửi Sở Tư pháp tổng hợp, báo cáo Ủy ban nhân dân tỉnh.

2. Yêu cầu
- Các xã, thị trấn báo cáo kết quả đầy đủ, kịp thời.

II. ĐỐI TƯỢNG, HÌNH THỨC, THỜI GIAN

1. Đối tượng: Cán bộ, công chức cấp xã.

2. Hình thức: Thi viết, báo cáo chuyên đề.

3. Thời gian: Trước ngày 10 tháng 5 năm 2026.

III. TỔ CHỨC THỰC HIỆN

1. Phòng Tư pháp
- Chủ trì tham mưu tổ chức Hội thi; tổng hợp kết quả báo cáo Ủy ban nhân dân huyện trước ngày 15/12 hằng năm.
- Khi phát hiện sai phạm phải báo cáo ngay Chủ tịch Ủy ban nhân dân huyện.

2. Ủy ban nhân dân các xã, thị trấn
- Định kỳ 6 tháng, hằng năm báo cáo kết quả thực hiện về Ủy ban nhân dân huyện (qua Phòng Tư pháp) trước ngày 15/6 và 15/12.

| STT | Nội dung | Đơn vị chủ trì | Thời gian |
|---|---|---|---|
| 1 | Báo cáo kết quả Hội thi gửi Sở Tư pháp | Phòng Tư pháp | Tháng 6/2026 |
"""


def test_aims_and_requirements_are_no_duties_and_a_table_row_reports_from_its_lead():
    header = Header(issuer="Ủy ban nhân dân huyện Bảo Lâm", province="Lâm Đồng", district="Bảo Lâm")
    rows = [(r.from_, r.to, r.deadline, r.recurrence) for r in find_reports(make_text(PLAN), header)]
    assert rows == [
        ("Phòng Tư pháp", "Ủy ban nhân dân huyện Bảo Lâm", None, "hằng năm (trước ngày 15/12)"),
        ("Phòng Tư pháp", "Chủ tịch Ủy ban nhân dân huyện Bảo Lâm", None, "ngay khi phát hiện sai phạm"),  # round 20
        ("Ủy ban nhân dân các xã, thị trấn", "Ủy ban nhân dân huyện Bảo Lâm", None, "6 tháng (trước ngày 15/6)"),
        ("Ủy ban nhân dân các xã, thị trấn", "Ủy ban nhân dân huyện Bảo Lâm", None, "hằng năm (trước ngày 15/12)"),
        # The row's lead unit, not the item the table follows.
        ("Phòng Tư pháp", "Sở Tư pháp tỉnh Lâm Đồng", None, None),
    ]
