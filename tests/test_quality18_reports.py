"""Reporting duties, round 18: reports named or weighed rather than imposed ("xem xét báo cáo của …", the MRV process
"đo đạc, báo cáo, thẩm định"), how the report just asked for is sent ("Báo cáo gửi về Bộ bằng văn bản và qua email"), the
formal duties of a Chỉ thị whose subject is a group of bodies ("Các bộ, ngành, địa phương tổng hợp, báo cáo …" keeps its
sender), emphasis marks around a name after a directive ("Giao **Sở Tài chính** chủ trì …"), the field of an office-holder
in charge ("Phó Chủ tịch phụ trách công tác xây dựng cơ bản báo cáo …") and a committee that does not report to its own
head ("Văn phòng tổng hợp báo cáo Chủ tịch UBND tỉnh"). Fragments written in the style of Công văn of a Bộ and a Sở, a
Chỉ thị of the Thủ tướng and of UBND tỉnh, and a Thông báo kết luận of UBND tỉnh."""

from __future__ import annotations

from vanban.loaders.parties import doers, name_at
from vanban.loaders.records import Header
from vanban.loaders.reports import find_reports
from vanban.loaders.tasks import find_tasks
from vanban.loaders.text import make_text

_PROVINCE = Header(issuer="Ủy ban nhân dân tỉnh Quảng Trị", province="Quảng Trị")
_PRIME_MINISTER = Header(issuer="Thủ tướng Chính phủ")
_MINISTRY = Header(issuer="Bộ Nông nghiệp và Môi trường")


def _rows(text: str, header: Header) -> list[tuple]:
    return [(r.from_, r.to, r.deadline, r.recurrence) for r in find_reports(make_text(text), header)]


DIRECTIVE_TTG = """CHỈ THỊ
Về đẩy mạnh thực hiện các mục tiêu giảm phát thải khí nhà kính

Theo Báo cáo số 45/BC-BTNMT ngày 10/2/2025 của Bộ Tài nguyên và Môi trường, việc thực hiện còn chậm. Thủ tướng Chính phủ yêu cầu:

1. Các bộ, ngành, địa phương:
a) Thiết lập hệ thống đo đạc, báo cáo, thẩm định (MRV) cấp ngành, cấp địa phương.
b) Xây dựng cơ sở dữ liệu phát thải.

2. Các bộ, ngành, địa phương tổng hợp, báo cáo kết quả thực hiện về Bộ Nông nghiệp và Môi trường trước ngày 30/11/2025.

3. Bộ Nông nghiệp và Môi trường chủ trì xây dựng dự thảo Báo cáo đánh giá 5 năm thực hiện Chiến lược quốc gia về biến đổi khí hậu.
"""


def test_a_group_that_compiles_keeps_its_report_and_mrv_is_no_duty():
    # Before: the MRV process was a duty of "Các bộ, ngành, địa phương", and the group that compiles was replaced by the
    # issuer (the Thủ tướng reporting to a ministry).
    assert _rows(DIRECTIVE_TTG, _PRIME_MINISTER) == [
        ("Các bộ, ngành, địa phương", "Bộ Nông nghiệp và Môi trường", "2025-11-30", None),
    ]


def test_mrv_in_its_other_wordings():
    for phrase in ("đo lường, báo cáo và thẩm định", "đo đạc, báo cáo và thẩm tra"):
        text = f"III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nông nghiệp và Môi trường xây dựng hệ thống {phrase} phát thải khí nhà kính.\n"
        assert _rows(text, _PROVINCE) == []
    # Measuring and reporting results to a body is a duty.
    text = "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nông nghiệp và Môi trường tổ chức đo đạc, báo cáo kết quả về UBND tỉnh trước ngày 15/12/2025.\n"
    assert _rows(text, _PROVINCE) == [
        ("Sở Nông nghiệp và Môi trường tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị", "2025-12-15", None)
    ]


def test_a_report_weighed_is_no_duty():
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n\n1. Văn phòng UBND tỉnh xem xét báo cáo của các đơn vị, tham mưu Chủ tịch UBND tỉnh chỉ đạo.\n"
        "2. Sở Nội vụ tiếp nhận báo cáo của các xã, phường.\n"
    )
    assert _rows(text, _PROVINCE) == []
    # With a comma, or before its addressee, the same words report.
    text = "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính tổng hợp, trình UBND tỉnh trước ngày 10/8/2025 để xem xét, báo cáo Bộ Tài chính.\n"
    assert _rows(text, _PROVINCE) == [("Ủy ban nhân dân tỉnh Quảng Trị", "Bộ Tài chính", None, None)]


LETTER = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 2345/BNNMT-KHTC
V/v báo cáo kết quả thực hiện Nghị quyết số 19-NQ/TW

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.

Thực hiện Kế hoạch số 45/KH-BNNMT ngày 20/3/2025, trên cơ sở báo cáo của Sở Nông nghiệp và Môi trường các tỉnh, Bộ đã tổng hợp tình hình thực hiện tại Báo cáo số 112/BC-BNNMT ngày 02/4/2025.

Bộ Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân các tỉnh, thành phố chỉ đạo các cơ quan chức năng tổng hợp, báo cáo kết quả thực hiện về Bộ Nông nghiệp và Môi trường (qua Vụ Kế hoạch - Tài chính) trước ngày 30/6/2025. Báo cáo gửi về Bộ bằng văn bản và qua email: vukhtc@mae.gov.vn.

Bộ đang xây dựng hệ thống báo cáo trực tuyến phục vụ công tác chỉ đạo.

Trân trọng./.
"""


def test_how_a_report_is_sent_is_the_same_duty():
    # Before: a second entry "Báo cáo gửi về Bộ bằng văn bản và qua email" with no addressee.
    assert _rows(LETTER, _MINISTRY) == [
        ("Ủy ban nhân dân các tỉnh, thành phố", "Bộ Nông nghiệp và Môi trường", "2025-06-30", None),
    ]


CONCLUSION = """THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về tiến độ giải ngân vốn đầu tư công

Sau khi nghe Sở Tài chính báo cáo, ý kiến các đại biểu, Chủ tịch UBND tỉnh kết luận như sau:

1. Cơ bản thống nhất với báo cáo của Sở Tài chính tại Báo cáo số 210/BC-STC ngày 28/5/2025.

2. Giao **Sở Tài chính** chủ trì, phối hợp với các đơn vị tổng hợp, báo cáo UBND tỉnh trước ngày 15/6/2025.

3. Giao *Sở Xây dựng* rà soát các dự án chậm tiến độ, báo cáo Chủ tịch UBND tỉnh trước ngày 20/6/2025.

4. Phó Chủ tịch phụ trách công tác xây dựng cơ bản báo cáo Chủ tịch UBND tỉnh kết quả hằng tháng.

5. Văn phòng tổng hợp báo cáo Chủ tịch UBND tỉnh kết quả thực hiện các nội dung trên.
"""


def test_a_conclusion_in_markdown():
    assert _rows(CONCLUSION, _PROVINCE) == [
        # Before: None (the bold name after "Giao" was not read) and then the issuer (the committee compiling).
        ("Sở Tài chính tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị", "2025-06-15", None),
        # Before: None.
        ("Sở Xây dựng tỉnh Quảng Trị", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị", "2025-06-20", None),
        # Before: 'Phó Chủ tịch phụ trách công tác', cut at the field's first word.
        ("Phó Chủ tịch phụ trách công tác xây dựng cơ bản", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị", None, "hằng tháng"),
        # Before: the committee itself reporting to its own head.
        (None, "Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị", None, None),
    ]


def test_tasks_read_the_emphasised_names_too():
    items = CONCLUSION.split("\n\n", 2)[2]
    tasks = find_tasks(make_text("KẾ HOẠCH\nThực hiện\n\nIII. TỔ CHỨC THỰC HIỆN\n\n" + items), _PROVINCE)
    assigned = [t.assigned_to for t in tasks]
    assert ["Sở Tài chính"] in assigned and ["Sở Xây dựng"] in assigned


def test_the_name_reader_skips_emphasis_after_a_directive():
    assert doers("Giao **Sở Tài chính** chủ trì, phối hợp với các đơn vị") == [("Sở Tài chính", 7, 19)]
    assert doers("Đề nghị *Sở Y tế* tổng hợp, báo cáo") == [("Sở Y tế", 9, 16)]
    # The body given the work by a subject, emphasised too.
    assert [d[0] for d in doers("**UBND tỉnh** giao **Sở Y tế** chủ trì")] == ["Sở Y tế"]
    # Unchanged without marks.
    assert doers("Giao Sở Tài chính chủ trì") == [("Sở Tài chính", 5, 17)]


def test_the_field_in_charge_runs_to_the_verb():
    assert name_at("Phó Chủ tịch phụ trách công tác xây dựng cơ bản báo cáo Chủ tịch", 0)[0] == (
        "Phó Chủ tịch phụ trách công tác xây dựng cơ bản"
    )
    assert name_at("Giám đốc Sở phụ trách công tác thi đua tham mưu, báo cáo", 0)[0] == "Giám đốc Sở phụ trách công tác thi đua"
    assert name_at("Phó Chủ tịch phụ trách công tác tổng hợp báo cáo Chủ tịch", 0)[0] == "Phó Chủ tịch phụ trách công tác tổng hợp"
    # A field that no predicate opens, as before.
    assert name_at("Phó Chủ tịch phụ trách công tác đầu tư rà soát, báo cáo", 0)[0] == "Phó Chủ tịch phụ trách công tác đầu tư"
    # The name still stops at its verb when no field is named.
    assert name_at("Văn phòng UBND tỉnh tổng hợp báo cáo Chủ tịch UBND tỉnh", 0)[0] == "Văn phòng UBND tỉnh"


def _item(sentence: str, header: Header = _PROVINCE) -> list[tuple]:
    return _rows("KẾ HOẠCH\nThực hiện\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. " + sentence + "\n", header)


def test_a_report_as_a_source_or_a_finding_is_no_duty():
    assert _item("Qua báo cáo của các đơn vị cho thấy công tác phòng, chống dịch còn nhiều hạn chế.") == []
    assert _item("Từ báo cáo của các huyện, Sở Nội vụ tổng hợp trình UBND tỉnh.") == []
    assert _item("Báo cáo của Sở Y tế cho thấy tỷ lệ tiêm chủng đạt 95%.") == []
    assert _item("Đánh giá cao báo cáo của Sở Y tế về công tác phòng, chống dịch.") == []
    assert _item("Ghi nhận báo cáo của Ủy ban Kiểm tra về kết quả giám sát.") == []
    # A duty whose clause opens with "Qua" farther back is still one.
    assert _item("Qua kiểm tra, Sở Y tế báo cáo UBND tỉnh kết quả thực hiện trước ngày 15/12/2026.") == [
        ("Sở Y tế tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị", "2026-12-15", None)
    ]


def test_the_reports_compiled_then_sent_are_one_duty():
    # Before: a second entry, the committee's report with no addressee ("tổng hợp báo cáo kết quả thực hiện").
    assert _item("Giao Sở Nội vụ chủ trì, tổng hợp báo cáo kết quả thực hiện, báo cáo Bộ Nội vụ và UBND tỉnh theo quy định.") == [
        ("Sở Nội vụ tỉnh Quảng Trị", "Bộ Nội vụ", None, None),  # one entry per addressee (round 25)
        ("Sở Nội vụ tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị", None, None),
    ]


def test_a_report_submitted_after_a_comma_names_its_addressee():
    # Before: no addressee.
    assert _item("Sở Y tế tiếp thu ý kiến, hoàn chỉnh báo cáo, trình UBND tỉnh trước ngày 10/6/2025.") == [
        ("Sở Y tế tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị", "2025-06-10", None)
    ]


PROGRAMME = """CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị

III. TỔ CHỨC THỰC HIỆN

1. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện Chương trình này; định kỳ hằng năm báo cáo kết quả về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo và Dân vận Tỉnh ủy) trước ngày 30/11.

2. Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh cụ thể hóa Chương trình thành kế hoạch; hằng năm báo cáo Ban Thường vụ Tỉnh ủy.
"""


def test_a_party_group_that_leads_a_committee_reports():
    rows = _rows(PROGRAMME, Header(issuer="Tỉnh ủy Hà Tĩnh", province="Hà Tĩnh"))
    assert rows == [
        ("Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy Hà Tĩnh", "Ban Thường vụ Tỉnh ủy Hà Tĩnh", None,
         "định kỳ hằng năm (trước ngày 30/11)"),
        # Before: the plan's addressees (item 1's bodies): "Ban cán sự đảng" opened no name.
        ("Ban cán sự đảng Ủy ban nhân dân tỉnh Hà Tĩnh", "Ban Thường vụ Tỉnh ủy Hà Tĩnh", None, "hằng năm"),
    ]
    assert name_at("Đảng đoàn HĐND tỉnh lãnh đạo HĐND tỉnh giám sát", 0)[0] == "Đảng đoàn HĐND tỉnh"
    # "lãnh đạo" stays a noun in other names.
    assert name_at("Thủ trưởng, lãnh đạo các đơn vị triển khai thực hiện", 0)[0] == "Thủ trưởng, lãnh đạo các đơn vị"


MINISTRY_LETTER = """BỘ Y TẾ
Số: 4567/BYT-KHTC
V/v báo cáo tình hình thực hiện dự toán năm 2025

Kính gửi:
- Sở Y tế các tỉnh, thành phố trực thuộc Trung ương;
- Các đơn vị trực thuộc Bộ Y tế.

Bộ Y tế đề nghị Quý cơ quan, đơn vị báo cáo tình hình thực hiện dự toán 6 tháng đầu năm và ước thực hiện cả năm 2025 (theo biểu mẫu đính kèm).

Báo cáo đề nghị gửi về Bộ Y tế (qua Vụ Kế hoạch - Tài chính), số 138A Giảng Võ, Ba Đình, Hà Nội trước ngày 20/8/2025, đồng thời gửi file mềm qua địa chỉ email: khtc@moh.gov.vn.

Trân trọng./.
"""


def test_a_report_asked_for_then_sent_with_its_date():
    # Before: two entries, the first with the recurrence '6 tháng' (a half-year of 2025, said once).
    assert _rows(MINISTRY_LETTER, Header(issuer="Bộ Y tế")) == [
        ("Sở Y tế các tỉnh, thành phố trực thuộc Trung ương, Các đơn vị trực thuộc Bộ Y tế", "Bộ Y tế", "2025-08-20", None)
    ]


def test_emphasis_around_senders_and_addressees():
    # Before: ('Ủy ban nhân dân tỉnh Quảng Trị', None, …): the bold addressee was not read, and the unit that compiles was
    # replaced by the issuer.
    assert _item("**Sở Y tế** tổng hợp, báo cáo **UBND tỉnh** trước ngày 15/12/2025.") == [
        ("Sở Y tế tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị", "2025-12-15", None)
    ]
    # Before: no addressee.
    assert _item("Các đơn vị gửi báo cáo về *Sở Y tế* trước ngày 15/12/2025.") == [
        ("Các đơn vị", "Sở Y tế tỉnh Quảng Trị", "2025-12-15", None)
    ]
    # Before: no sender after the opening period.
    assert _item("Định kỳ hằng năm, **các Sở, ban, ngành** báo cáo *UBND tỉnh* kết quả thực hiện.") == [
        ("Các Sở, ban, ngành", "Ủy ban nhân dân tỉnh Quảng Trị", None, "định kỳ hằng năm")
    ]


def test_a_list_of_bodies_each_in_bold():
    # Before: 'Bộ Y tế' alone, and 'Thủ trưởng các sở, ban, ngành' alone.
    assert _item("Sở Y tế báo cáo **Bộ Y tế** và **UBND tỉnh** trước ngày 15/12/2025.") == [
        ("Sở Y tế tỉnh Quảng Trị", "Bộ Y tế", "2025-12-15", None),  # one entry per addressee (round 25)
        ("Sở Y tế tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị", "2025-12-15", None),
    ]
    assert _item("**Thủ trưởng các sở, ban, ngành**, **Chủ tịch UBND các huyện** báo cáo UBND tỉnh trước ngày 15/12/2025.") == [
        ("Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện", "Ủy ban nhân dân tỉnh Quảng Trị", "2025-12-15", None)
    ]
    # The marks are taken out of such a name; the offset is the name's end in the text.
    s = "**Bộ Y tế** và **UBND tỉnh** chủ trì"
    assert name_at(s, 2) == ("Bộ Y tế và UBND tỉnh", 26)
    # Bold closed and reopened around a space keeps its marks (corpus 042, read by split_names as one list).
    assert name_at("Chủ tịch** **Ủy ban nhân dân các xã báo cáo", 0) == ("Chủ tịch** **Ủy ban nhân dân các xã", 35)


def test_a_ministry_or_a_department_named_by_its_kind_alone_is_the_issuer():
    ministry = Header(issuer="Bộ Y tế")
    # Before: no addressee.
    assert _item("Thủ trưởng các đơn vị trực thuộc báo cáo kết quả thực hiện về Bộ (qua Vụ Tổ chức cán bộ) trước ngày 31/10/2025.", ministry) == [
        ("Thủ trưởng các đơn vị trực thuộc", "Bộ Y tế", "2025-10-31", None)
    ]
    department = Header(issuer="Sở Y tế tỉnh Bắc Giang", province="Bắc Giang")
    assert _item("Các đơn vị gửi báo cáo về Sở bằng văn bản trước ngày 20/7/2025.", department) == [
        ("Các đơn vị", "Sở Y tế tỉnh Bắc Giang", "2025-07-20", None)
    ]
    # Another kind than the issuer's, or a body named in full, is not the issuer.
    assert _item("Các đơn vị gửi báo cáo về Bộ bằng văn bản trước ngày 20/7/2025.", department) == [
        ("Các đơn vị", None, "2025-07-20", None)
    ]
    assert _item("Các đơn vị báo cáo về Bộ Tài chính trước ngày 31/10/2025.", ministry) == [
        ("Các đơn vị", "Bộ Tài chính", "2025-10-31", None)
    ]


def test_a_report_titled_by_the_years_it_reviews_is_a_document():
    # Before: a duty with nothing (no sender, addressee, date).
    assert _item("Báo cáo đánh giá 5 năm thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương.") == []
    assert _item("Báo cáo tổng kết 10 năm thực hiện Luật Ngân sách được trình Quốc hội tại Kỳ họp thứ 10.") == []
    # Sent or submitted somewhere, it is a duty.
    assert _item("Sở Nội vụ xây dựng Báo cáo sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW, gửi UBND tỉnh trước ngày 30/6/2025.") == [
        ("Sở Nội vụ tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị", "2025-06-30", None)
    ]


def test_more_reports_that_are_no_duties():
    # Before: ('Các đơn vị, Sở Y tế tỉnh Quảng Trị', None, None, None) beside the duty.
    assert _item("Căn cứ kết quả báo cáo của các đơn vị, Sở Y tế tổng hợp báo cáo UBND tỉnh.") == [
        ("Sở Y tế tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị", None, None)
    ]
    # Before: ('Bộ Tài chính', None, None, None).
    assert _item("Sở Tài chính cập nhật số liệu vào Phần mềm báo cáo của Bộ Tài chính.") == []
    # Before: ('Thường trực Hội đồng nhân dân tỉnh nêu rõ nhiều hạn chế', None, None, None).
    assert _item("Báo cáo giám sát của Thường trực HĐND tỉnh nêu rõ nhiều hạn chế.") == []


def test_a_report_no_longer_asked_for_is_no_duty():
    # Before: ('Bộ Tài chính', 'Thủ tướng Chính phủ', None, None), a duty the sentence takes away.
    assert _item(
        "Bộ Tài chính phê duyệt phương án theo quy định tại Điều 6 Nghị định số 03/2025/NĐ-CP, không phải thực hiện việc báo"
        " cáo Thủ tướng Chính phủ quy định tại điểm a khoản 6 Điều 6 Nghị định số 03/2025/NĐ-CP.",
        _PRIME_MINISTER,
    ) == []
    assert _item("Các xã không cần báo cáo UBND tỉnh nội dung này.") == []


PLAN_OF_THE_PRIME_MINISTER = """KẾ HOẠCH HÀNH ĐỘNG
Thực hiện Chỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư

III. TỔ CHỨC THỰC HIỆN
1. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương tổ chức xây dựng kế hoạch trong quý II năm 2026.
2. Bộ Y tế chủ trì, phối hợp với các bộ, ngành, địa phương theo dõi, đôn đốc việc triển khai thực hiện, kịp thời báo cáo và kiến nghị Thủ tướng Chính phủ các biện pháp cần thiết; định kỳ hằng năm tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 31 tháng 01 năm sau.
"""


def test_a_ministry_that_compiles_reports_to_the_prime_minister():
    # QĐ 844/QĐ-TTg style: the ministry reports to the issuer; its undated report to the same addressee is the dated one
    # said first (one entry).
    assert _rows(PLAN_OF_THE_PRIME_MINISTER, _PRIME_MINISTER) == [
        ("Bộ Y tế", "Thủ tướng Chính phủ", None, "định kỳ hằng năm (trước ngày 31/1)"),
    ]


def test_bodies_named_by_their_level_keep_their_report():
    ministry = Header(issuer="Bộ Y tế")
    # Before: ('Bộ Y tế', …): the provincial committees read as the ministry's staff unit compiling its report.
    assert _item("Ủy ban nhân dân cấp tỉnh tổng hợp, báo cáo Thủ tướng Chính phủ kết quả thực hiện trước ngày 31/12/2026.", ministry) == [
        ("Ủy ban nhân dân cấp tỉnh", "Thủ tướng Chính phủ", "2026-12-31", None)
    ]
    # The ministry's own department compiles the ministry's report, as before.
    assert _item("Cục Quản lý Khám, chữa bệnh tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 31/12/2026.", ministry) == [
        ("Bộ Y tế", "Thủ tướng Chính phủ", "2026-12-31", None)
    ]


def test_the_name_stops_before_more_verbs():
    # Before: 'Sở Nội vụ sơ kết', 'Sở Y tế kiến nghị': the name ran on into the verb.
    assert _item("Sở Nội vụ sơ kết, báo cáo UBND tỉnh trước ngày 30/6/2026.") == [
        ("Sở Nội vụ tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị", "2026-06-30", None)
    ]
    assert name_at("Sở Y tế kiến nghị, báo cáo Bộ Y tế", 0)[0] == "Sở Y tế"
    assert name_at("Sở Tư pháp soạn thảo, hoàn chỉnh báo cáo", 0)[0] == "Sở Tư pháp"
    # A capitalised word of a name stays: "Ban Tổng kết chiến tranh tỉnh".
    assert name_at("Ban Tổng kết chiến tranh tỉnh báo cáo", 0)[0] == "Ban Tổng kết chiến tranh tỉnh"


REPLY = """Kính gửi: Bộ Tài chính.

Thực hiện Công văn số 1234/BTC-PTDN ngày 20/8/2025 của Bộ Tài chính về việc báo cáo tình hình thực hiện Nghị quyết số 68-NQ/TW, Ủy ban nhân dân tỉnh Lâm Đồng báo cáo như sau:

1. Kết quả thực hiện
Tỉnh đã ban hành Kế hoạch số 45/KH-UBND.

Ủy ban nhân dân tỉnh Lâm Đồng kính báo cáo Bộ Tài chính tổng hợp./.
"""


def test_a_letter_that_reports_itself_holds_no_duty():
    # Before: ('Ủy ban nhân dân tỉnh Lâm Đồng kính', 'Bộ Tài chính', None, None).
    assert _rows(REPLY, Header(issuer="Ủy ban nhân dân tỉnh Lâm Đồng", province="Lâm Đồng")) == []
    assert _item("Sở Y tế xin báo cáo kết quả thực hiện như sau:") == []
    assert name_at("Ủy ban nhân dân tỉnh Lâm Đồng kính báo cáo Bộ Tài chính", 0)[0] == "Ủy ban nhân dân tỉnh Lâm Đồng"


def test_the_words_of_a_reporting_regime_are_no_duties():
    # Before: a duty with nothing, each (a Quyết định on a reporting regime).
    assert _item("Thời gian chốt số liệu báo cáo: từ ngày 15/12 năm trước đến ngày 14/12 năm báo cáo.") == []
    assert _item("Phương thức gửi, nhận báo cáo: Báo cáo được thể hiện dưới hình thức văn bản giấy hoặc văn bản điện tử.") == []
    # A duty said in the passive, or a period before its addressee, reports.
    assert _item("Báo cáo được gửi về Sở Nội vụ trước ngày 15/12/2026.") == [(None, "Sở Nội vụ tỉnh Quảng Trị", "2026-12-15", None)]
    assert _item("Sở Y tế hằng năm báo cáo UBND tỉnh kết quả thực hiện.") == [
        ("Sở Y tế tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị", None, "hằng năm")
    ]


YOU_LETTER = """BỘ Y TẾ
Số: 5678/BYT-DP
V/v báo cáo công tác tiêm chủng

Kính gửi: Sở Y tế tỉnh Quảng Trị.

Bộ Y tế nhận được Công văn số 789/SYT-NVY ngày 20/8/2025 của Sở Y tế tỉnh Quảng Trị. Bộ Y tế đề nghị Quý Sở tổng hợp, báo cáo tình hình tiêm chủng trên địa bàn về Bộ Y tế (qua Cục Phòng bệnh) trước ngày 30/9/2025.

Trân trọng./.
"""


def test_the_addressee_asked_as_you_reports():
    # Before: None (the compiling word gave the issuer, who does not report to itself).
    assert _rows(YOU_LETTER, Header(issuer="Bộ Y tế")) == [("Sở Y tế tỉnh Quảng Trị", "Bộ Y tế", "2025-09-30", None)]
