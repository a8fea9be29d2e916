"""Reporting duties, round 21 (duties3): a report duty that is an item of a plan's list, dated by the item's completion
label said after it ("Thời gian hoàn thành: Trước ngày …"), as a product's report already was; "thực hiện nghiêm việc báo
cáo X" as a duty; results sent to a named body ("gửi kết quả … về Sở X"); "Báo cáo, văn bản …" opening an item as a kind of
paper. Fragments in the words of corpus 047 and 044 and of central documents (a Thông báo of Văn phòng Chính phủ, a Quyết
định listing state secrets)."""

from __future__ import annotations

from vanban.loaders.records import Header

from report_plans import reports_of

_PROVINCE = Header(issuer="Ủy ban nhân dân tỉnh Quảng Ngãi", province="Quảng Ngãi")


def _rows(body: str) -> list[tuple]:
    return [(r["from"], r["to"], r["deadline"], r["recurrence"]) for r in reports_of(body, _PROVINCE)]


def test_an_item_s_completion_label_dates_its_report():
    """The label in the same paragraph, and in a paragraph of its own after the item."""
    body = (
        "1. Sở Tài chính\n\n"
        "- Tổng hợp kết quả kiểm kê, báo cáo kết quả kiểm kê gửi Bộ Tài chính. Thời gian hoàn thành: Trước ngày 31/5/2026.\n\n"
        "2. Các sở, ban, ngành tỉnh\n\n"
        "- Báo cáo kết quả kiểm kê cho cơ quan quản lý cấp trên (trong trường hợp có cơ quan quản lý cấp trên).\n\n"
        "Thời hạn hoàn thành: Trước ngày 31/3/2026.\n"
    )
    rows = _rows(body)
    assert ("Bộ Tài chính", "2026-05-31") in [(r[1], r[2]) for r in rows]
    assert ("Cơ quan quản lý cấp trên", "2026-03-31") in [(r[1], r[2]) for r in rows]


def test_a_label_of_another_item_or_a_period_does_not_date_it():
    """A label that is no date ("Từ tháng 11/2025 …") leaves the duty undated; nor does a later item's label reach back."""
    body = (
        "1. Sở Tài chính\n\n"
        "- Báo cáo kết quả kiểm kê cho cơ quan quản lý cấp trên.\n\n"
        "Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê.\n"
    )
    assert [r[2] for r in _rows(body)] == [None]


def test_reporting_carried_out_strictly_is_a_duty():
    """"thực hiện nghiêm việc báo cáo X hằng tuần" is a duty to X (a Thông báo of Văn phòng Chính phủ); "việc báo cáo" alone
    stays a noun."""
    from vanban.loaders.reports import TASK_NOUN_BEFORE

    assert not TASK_NOUN_BEFORE.search("chỉ đạo tiếp tục thực hiện nghiêm việc ")
    assert not TASK_NOUN_BEFORE.search("chấp hành nghiêm túc việc ")
    assert TASK_NOUN_BEFORE.search("Việc ")
    header = Header(issuer="Văn phòng Chính phủ")
    body = (
        "1. Bộ Y tế\n\n"
        "- Trực tiếp chỉ đạo rà soát kỹ tiến độ các công việc, hạng mục còn lại; chỉ đạo tiếp tục thực hiện nghiêm việc báo "
        "cáo Thủ tướng Chính phủ hằng tuần về tiến độ, tình hình, kết quả thực hiện các nhiệm vụ được giao.\n\n"
        "2. Các bộ, ngành\n\n"
        "- Việc báo cáo phải đảm bảo đúng thời gian quy định.\n"
    )
    rows = [(r["from"], r["to"], r["recurrence"]) for r in reports_of(body, header)]
    assert rows == [("Bộ Y tế", "Thủ tướng Chính phủ", "hằng tuần")]


def test_results_sent_to_a_named_body_are_a_report():
    """"gửi kết quả … về X, hạn cuối ngày 15 tháng 12 hàng năm" (corpus 044, a Công văn of Sở GDĐT TP Hồ Chí Minh) is a yearly
    report to X; results sent to a lower-case party (a Thông tư's procedure) are not."""
    from vanban.loaders.reports import RESULTS_SENT

    assert RESULTS_SENT.match("gửi kết quả đánh giá, xếp loại về Sở Giáo dục và Đào tạo")
    assert RESULTS_SENT.match("Gửi kết quả kiểm tra đến Ủy ban nhân dân tỉnh")
    assert not RESULTS_SENT.match("gửi kết quả xác minh cho cơ quan thuế trong thời hạn theo quy định")
    assert not RESULTS_SENT.match("gửi kết quả rà soát về các phòng chuyên môn")
    header = Header(issuer="Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh", province="Hồ Chí Minh")
    body = (
        "Đề nghị Ủy ban nhân dân phường, xã và đặc khu thực hiện đánh giá, xếp loại trung tâm học tập cộng đồng tại địa "
        "phương và gửi kết quả đánh giá, xếp loại về Sở Giáo dục và Đào tạo, hạn cuối ngày 15 tháng 12 hàng năm (*Lưu ý: "
        "không gửi văn bản giấy*).\n"
    )
    rows = [(r["from"], r["to"], r["deadline"], r["recurrence"]) for r in reports_of(body, header)]
    assert rows == [
        ("Ủy ban nhân dân phường, xã và đặc khu", "Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh", None, "hằng năm (trước ngày 15/12)")
    ]


def test_reports_listed_as_papers_are_no_duty():
    """"3. Báo cáo, văn bản về tổ chức …" opens an item of a list of papers (a Quyết định listing state secrets); "Báo cáo,
    đề xuất UBND tỉnh …" is still a duty."""
    from vanban.loaders.reports import ITEM_OPEN_BEFORE, PAPERS_AFTER

    assert PAPERS_AFTER.match(", văn bản về tổ chức") and PAPERS_AFTER.match(" , tài liệu")
    assert not PAPERS_AFTER.match(", đề xuất Ủy ban nhân dân tỉnh")
    assert ITEM_OPEN_BEFORE.search("lao động.\n3. ") and ITEM_OPEN_BEFORE.search("\nb) ") and ITEM_OPEN_BEFORE.search("\n- ")
    assert not ITEM_OPEN_BEFORE.search("các cơ quan, đơn vị ")
    header = Header(issuer="Bộ Nội vụ")
    body = (
        "1. Danh mục\n\n"
        "3. Báo cáo, văn bản về tổ chức và hoạt động phức tạp của người lao động tại doanh nghiệp trình cấp có thẩm quyền có tác "
        "động, ảnh hưởng đến chính trị, an ninh quốc gia.\n\n"
        "b) Báo cáo, văn bản có nội dung phản ánh, đánh giá về tình hình phức tạp của người lao động Việt Nam đi làm việc ở nước "
        "ngoài theo hợp đồng.\n\n"
        "2. Các sở, ngành\n\n"
        "- Báo cáo, đề xuất Bộ Nội vụ kết quả thực hiện trước ngày 15/12/2025.\n"
    )
    rows = [(r["to"], r["deadline"]) for r in reports_of(body, header)]
    assert rows == [("Bộ Nội vụ", "2025-12-15")]
