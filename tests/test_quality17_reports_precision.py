"""Reporting duties, round 17 (precision): on kinds of documents the project had seen little of (Kết luận and Nghị quyết
of party bodies, Thông báo kết luận of meetings, Tờ trình, Báo cáo, ministry Công văn), "báo cáo" is often no duty: a
report made already ("đã báo cáo"), the document itself ("Trên đây là báo cáo …"), a source ("Trên cơ sở báo cáo, đề
xuất của …"), the reporting work as a field ("công tác thông tin, báo cáo"), a congress's documents ("Báo cáo chính trị",
"Báo cáo kiểm điểm") and a report named as a document inside a sentence ("thông qua Báo cáo tổng hợp ý kiến …"). A
ministry's department reports to its minister ("tổng hợp, báo cáo Bộ trưởng"), a ministry named in a Thông báo of the
Văn phòng Chính phủ keeps its report. Fragments written in the style of those documents."""

from __future__ import annotations

from vanban.loaders.records import Header
from vanban.loaders.reports import SOURCE_AFTER, TIME_TAIL, _org_after, find_reports
from vanban.loaders.text import make_text

_PROVINCE = Header(issuer="Ủy ban nhân dân tỉnh Hà Nam", province="Hà Nam")
_PARTY = Header(issuer="Tỉnh ủy Ninh Bình", province="Ninh Bình")
_MINISTRY = Header(issuer="Bộ Y tế")
_GOVERNMENT_OFFICE = Header(issuer="Văn phòng Chính phủ")


def _rows(text: str, header: Header) -> list[tuple]:
    return [(r.from_, r.to, r.deadline, r.recurrence) for r in find_reports(make_text(text), header)]


def _plan(body: str, header: Header) -> list[tuple]:
    return _rows("KẾ HOẠCH\nThực hiện\n\nIII. TỔ CHỨC THỰC HIỆN\n\n" + body, header)


CONCLUSION = """KẾT LUẬN
CỦA BAN THƯỜNG VỤ TỈNH ỦY
về tình hình thực hiện nhiệm vụ quý I năm 2026

1. Ban Thường vụ Tỉnh ủy cơ bản đồng ý với nội dung Báo cáo số 120-BC/BCSĐ ngày 05/4/2026 của Ban cán sự đảng UBND tỉnh. Như Ban cán sự đảng đã báo cáo, tăng trưởng kinh tế quý I ước đạt 8,2%.

2. Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XXIII.

3. Giao Văn phòng Tỉnh ủy theo dõi, đôn đốc, tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy.
"""


def test_a_report_made_already_or_a_draft_commented_on_is_no_duty():
    rows = _rows(CONCLUSION, _PARTY)
    assert rows == [("Văn phòng Tỉnh ủy Ninh Bình", "Ban Thường vụ Tỉnh ủy Ninh Bình", None, None)]


CONGRESS = """NGHỊ QUYẾT
ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ THỌ TÂN LẦN THỨ XXIV

QUYẾT NGHỊ:

1. Tán thành nội dung cơ bản của Báo cáo chính trị của Ban Chấp hành Đảng bộ xã khóa XXIII trình Đại hội; Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Đảng bộ xã nhiệm kỳ 2020 - 2025.

2. Đại hội thông qua Báo cáo tổng hợp ý kiến đóng góp vào dự thảo các văn kiện Đại hội đại biểu Đảng bộ huyện.

3. Giao Ban Chấp hành Đảng bộ xã khóa XXIV xây dựng chương trình hành động; hằng năm báo cáo Ban Thường vụ Huyện ủy kết quả thực hiện.
"""


def test_a_congress_documents_are_no_duties():
    rows = _rows(CONGRESS, Header(issuer="Đảng ủy xã Thọ Tân", district="Triệu Sơn"))
    assert [(to, rec) for _, to, _, rec in rows] == [("Ban Thường vụ Huyện ủy Triệu Sơn", "hằng năm")]


def test_a_congress_document_sent_somewhere_is_a_duty():
    rows = _plan(
        "2. Các chi bộ trực thuộc gửi Báo cáo chính trị về Ban Thường vụ Đảng ủy xã trước ngày 10/6/2025.\n",
        Header(issuer="Đảng ủy xã Thọ Tân"),
    )
    assert len(rows) == 1 and rows[0][1:3] == ("Ban Thường vụ Đảng ủy xã Thọ Tân", "2025-06-10")


SUBMISSION = """TỜ TRÌNH
Về việc ban hành Nghị quyết quy định mức chi hỗ trợ

Kính gửi: Hội đồng nhân dân tỉnh.

Trên cơ sở báo cáo, đề xuất của Sở Tài chính tại Tờ trình số 310/TTr-STC ngày 10/11/2025, UBND tỉnh kính trình HĐND tỉnh xem xét ban hành Nghị quyết với các nội dung sau:

I. SỰ CẦN THIẾT
Theo báo cáo của các địa phương, mức chi hiện hành còn thấp. UBND tỉnh đã báo cáo Thường trực HĐND tỉnh tại cuộc họp ngày 05/11/2025.

II. TỔ CHỨC THỰC HIỆN
1. UBND tỉnh tổ chức thực hiện; hằng năm báo cáo HĐND tỉnh kết quả thực hiện tại kỳ họp cuối năm.

(Có dự thảo Nghị quyết và Báo cáo tổng hợp ý kiến góp ý kèm theo)
"""


def test_sources_past_reports_and_attached_documents_are_no_duties():
    assert SOURCE_AFTER.match(", đề xuất của Sở Tài chính")
    assert SOURCE_AFTER.match(" của các cơ quan")
    assert not SOURCE_AFTER.match(" kết quả của Sở")
    rows = _rows(SUBMISSION, _PROVINCE)
    assert [(to, rec) for _, to, _, rec in rows] == [("Hội đồng nhân dân tỉnh Hà Nam", "hằng năm")]


def test_the_report_itself_and_the_reporting_field_are_no_duties():
    rows = _rows(
        "BÁO CÁO\nKết quả công tác cải cách hành chính năm 2025\n\n"
        "I. KẾT QUẢ THỰC HIỆN\nCác cơ quan, đơn vị đã báo cáo đầy đủ, đúng thời hạn.\n\n"
        "II. PHƯƠNG HƯỚNG NĂM 2026\n- Làm tốt công tác thông tin, báo cáo.\n"
        "- Các xã, thị trấn báo cáo kết quả về UBND huyện (qua Phòng Nội vụ) trước ngày 10/12/2026.\n\n"
        "Trên đây là báo cáo kết quả công tác cải cách hành chính năm 2025 của UBND huyện Thanh Sơn./.\n",
        Header(issuer="Ủy ban nhân dân huyện Thanh Sơn", province="Phú Thọ", district="Thanh Sơn"),
    )
    assert [(frm, deadline) for frm, _, deadline, _ in rows] == [("Các xã, thị trấn", "2026-12-10")]


def test_information_given_and_reported_is_still_a_duty():
    rows = _plan("1. Các sở, ngành kịp thời cung cấp thông tin, báo cáo UBND tỉnh trước ngày 20/3/2026.\n", _PROVINCE)
    assert rows == [("Các sở, ngành", "Ủy ban nhân dân tỉnh Hà Nam", "2026-03-20", None)]


MINISTRY_LETTER = """Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương.

Bộ Y tế đề nghị Sở Y tế các tỉnh, thành phố báo cáo tình hình thực hiện khám, chữa bệnh (theo Đề cương báo cáo gửi kèm). Báo cáo gửi về Bộ Y tế (qua Cục Quản lý Khám, chữa bệnh) trước 14 giờ 00 ngày 29/7/2020.

Cục Quản lý Khám, chữa bệnh có trách nhiệm tổng hợp, báo cáo Bộ trưởng kết quả thực hiện.

Bộ Y tế đã báo cáo Thủ tướng Chính phủ tình hình tại Báo cáo số 812/BC-BYT ngày 15/7/2020.

Trân trọng./.
"""


def test_a_ministry_department_reports_to_its_minister():
    assert _org_after("báo cáo Bộ trưởng kết quả", 8, 25) == ("Bộ trưởng", 17)
    assert _org_after("báo cáo Bộ trưởng Bộ Tài chính.", 8, 30) == ("Bộ trưởng Bộ Tài chính", 30)
    rows = _rows("CÔNG VĂN\n" + MINISTRY_LETTER, _MINISTRY)
    assert [(to, deadline) for _, to, deadline, _ in rows] == [("Bộ Y tế", "2020-07-29"), ("Bộ trưởng", None)]
    assert rows[1][0] == "Cục Quản lý Khám, chữa bệnh"


NOTICE = """THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại cuộc họp về tình hình giải ngân vốn đầu tư công

Sau khi nghe Bộ Tài chính báo cáo, ý kiến của các đại biểu dự họp, Thủ tướng Chính phủ kết luận như sau:

1. Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan, địa phương theo dõi, đôn đốc, tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 10 tháng 8 năm 2026.

2. Thống nhất với đề xuất của Bộ Tài chính tại Báo cáo số 245/BC-BTC ngày 10 tháng 7 năm 2026.
"""


def test_a_ministry_in_a_notice_of_the_government_office_keeps_its_report():
    rows = _rows(NOTICE, _GOVERNMENT_OFFICE)
    assert rows == [("Bộ Tài chính", "Thủ tướng Chính phủ", "2026-08-10", None)]


def test_the_office_own_unit_still_compiles_for_it():
    # A unit of the office compiling the office's report: the office reports (the earlier rule, unchanged).
    rows = _plan(
        "1. Phòng Tổng hợp theo dõi, tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026.\n",
        Header(issuer="Văn phòng Ủy ban nhân dân tỉnh Hà Nam", province="Hà Nam"),
    )
    assert rows == [("Văn phòng Ủy ban nhân dân tỉnh Hà Nam", "Ủy ban nhân dân tỉnh Hà Nam", "2026-12-15", None)]


def test_clock_times_before_the_day():
    rows = _plan(
        "1. Sở Xây dựng hoàn thiện dự thảo Báo cáo tổng kết công tác đầu tư năm 2025, báo cáo UBND tỉnh trước 16h ngày"
        " 5/3/2026.\n2. Sở Tài chính báo cáo UBND tỉnh trước 14 giờ 00 ngày 29/7/2026.\n"
        "3. Sở Nội vụ báo cáo UBND tỉnh trước 16h ngày 5/3.\n",
        _PROVINCE,
    )
    assert [(deadline, rec) for _, _, deadline, rec in rows] == [
        ("2026-03-05", None), ("2026-07-29", None), (None, "trước ngày 5/3"),
    ]


MEETING = """THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban tháng 3 năm 2025

I. KẾT LUẬN
1. Về tình hình thực hiện nhiệm vụ tháng 2
Tại cuộc họp, sau khi nghe Phòng Tài chính - Kế hoạch báo cáo tình hình thu ngân sách, Chủ tịch UBND huyện ghi nhận kết quả đạt được. Cơ bản thống nhất với báo cáo của Phòng Tài chính - Kế hoạch và ý kiến của các đại biểu.

2. Nhiệm vụ trọng tâm tháng 3
a) Phòng Tài nguyên và Môi trường khẩn trương rà soát hồ sơ đất đai; báo cáo Chủ tịch UBND huyện kết quả trước ngày 25/3/2025.
b) Phòng Nội vụ tham mưu UBND huyện báo cáo Sở Nội vụ tình hình sắp xếp tổ chức bộ máy trước 17 giờ ngày 20/3/2025.
"""
_DISTRICT = Header(issuer="Ủy ban nhân dân huyện Đông Anh", province="Hà Nội", district="Đông Anh")


def test_a_report_heard_or_agreed_with_is_no_duty_and_the_advised_committee_reports():
    rows = _rows(MEETING, _DISTRICT)
    assert rows == [
        ("Phòng Tài nguyên và Môi trường", "Chủ tịch Ủy ban nhân dân huyện Đông Anh", "2025-03-25", None),
        ("Ủy ban nhân dân huyện Đông Anh", "Sở Nội vụ thành phố Hà Nội", "2025-03-20", None),
    ]


def test_hearing_does_not_reach_past_a_purpose():
    rows = _plan("1. Các xã lắng nghe ý kiến cử tri để báo cáo UBND huyện trước ngày 10/6/2025.\n", _DISTRICT)
    assert rows == [("Các xã", "Ủy ban nhân dân huyện Đông Anh", "2025-06-10", None)]


PARTY_CONCLUSION = """KẾT LUẬN
của Ban Thường vụ Huyện ủy về công tác phòng, chống tham nhũng

Sau khi thảo luận, Ban Thường vụ Huyện ủy kết luận:

1. Thống nhất đánh giá như báo cáo của Ủy ban Kiểm tra Huyện ủy.

2. Giao Ủy ban Kiểm tra Huyện ủy tiếp thu ý kiến, hoàn chỉnh báo cáo trình Ban Chấp hành Đảng bộ huyện tại Hội nghị lần thứ 22.

3. Đảng ủy các xã, thị trấn tiếp tục lãnh đạo thực hiện; kết quả báo cáo Ban Thường vụ Huyện ủy (qua Ủy ban Kiểm tra Huyện ủy) trước ngày 15/12/2024.
"""


def test_a_report_compared_with_does_not_hide_the_duty_after_it():
    # "như báo cáo của Ủy ban Kiểm tra" was a bare duty of the same sender, and swallowed the next item's report as its twin.
    rows = _rows(PARTY_CONCLUSION, Header(issuer="Huyện ủy Vĩnh Linh", province="Quảng Trị", district="Vĩnh Linh"))
    # Round 20: the report submitted ("hoàn chỉnh báo cáo trình Ban Chấp hành Đảng bộ huyện") names its addressee.
    assert [(frm, to) for frm, to, _, _ in rows] == [
        ("Ủy ban Kiểm tra Huyện ủy Vĩnh Linh", "Ban Chấp hành Đảng bộ huyện Vĩnh Linh"),
        ("Đảng ủy các xã, thị trấn", "Ban Thường vụ Huyện ủy Vĩnh Linh"),
    ]


def test_the_next_list_item_is_a_duty_of_its_own():
    rows = _plan(
        "2. Các tổ chức đảng được kiểm tra chuẩn bị báo cáo tự kiểm tra theo đề cương, gửi Đoàn kiểm tra trước 05 ngày làm"
        " việc.\n3. Các tổ chức đảng được kiểm tra báo cáo kết quả khắc phục với Ban Thường vụ Đảng ủy Khối trước ngày"
        " 15/12/2025.\n",
        Header(issuer="Đảng ủy Khối các cơ quan tỉnh Hà Giang", province="Hà Giang"),
    )
    # The first report's addressee, "Đoàn kiểm tra" (written in lower case), is read since round 18 (it was None before).
    assert [(to, deadline) for _, to, deadline, _ in rows] == [
        ("Đoàn kiểm tra", None),
        ("Ban Thường vụ Đảng ủy Khối", "2025-12-15"),
    ]


COUNCIL = """NGHỊ QUYẾT
Về nhiệm vụ phát triển kinh tế - xã hội năm 2026

QUYẾT NGHỊ:

Điều 1. Hội đồng nhân dân tỉnh cơ bản tán thành đánh giá tình hình thực hiện nhiệm vụ năm 2025 nêu trong các báo cáo của Ủy ban nhân dân tỉnh, các cơ quan hữu quan và báo cáo thẩm tra của các Ban Hội đồng nhân dân tỉnh.

Điều 2. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; định kỳ báo cáo Hội đồng nhân dân tỉnh tại các kỳ họp thường lệ.
"""


def test_a_committee_verification_report_is_no_duty():
    rows = _rows(COUNCIL, Header(issuer="Hội đồng nhân dân tỉnh Hà Tĩnh", province="Hà Tĩnh"))
    assert rows == [("Ủy ban nhân dân tỉnh Hà Tĩnh", "Hội đồng nhân dân tỉnh Hà Tĩnh", None, "định kỳ")]


def test_a_time_limit_is_not_read_into_the_addressee():
    assert TIME_TAIL.search("Thủ tướng Chính phủ trong tháng 02 năm 2026")
    assert not TIME_TAIL.search("Ủy ban nhân dân tỉnh Quảng Trị")
    assert _org_after("báo cáo Thủ tướng Chính phủ trong tháng 02 năm 2026.", 8, 51) == ("Thủ tướng Chính phủ", 27)
    rows = _rows(
        "THÔNG BÁO\nKết luận của Phó Thủ tướng\n\n1. Bộ Xây dựng khẩn trương hoàn thiện hồ sơ, báo cáo Thủ tướng Chính phủ"
        " trong tháng 02 năm 2026.\n",
        _GOVERNMENT_OFFICE,
    )
    assert rows == [("Bộ Xây dựng", "Thủ tướng Chính phủ", None, "trong tháng 2/2026")]


def test_a_bare_day_of_a_monthly_report():
    rows = _plan(
        "4. UBND các xã định kỳ hằng tháng báo cáo kết quả về Ban Quản lý dự án đầu tư xây dựng tỉnh trước ngày 20.\n"
        "5. Các sở, ngành báo cáo UBND tỉnh trước ngày 20 tháng 5 năm 2026.\n",
        _PROVINCE,
    )
    assert [rec for _, _, _, rec in rows] == ["định kỳ hằng tháng (trước ngày 20)", None]
    assert rows[1][2] == "2026-05-20"
