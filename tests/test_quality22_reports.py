"""Reporting duties, round 22: results sent at length to a body that compiles them into its report (both hops); a report
duty in a row of an appendix's task table after the signature. Fragments in the words of corpus 017 and 027 (plans of UBND
tỉnh Lai Châu and UBND tỉnh Nghệ An)."""

from __future__ import annotations

from vanban.loaders.records import Header
from vanban.loaders.reports import find_reports
from vanban.loaders.text import make_text

from report_plans import reports_of


def _rows(body: str, header: Header) -> list[tuple]:
    return [(r["from"], r["to"], r["deadline"], r["recurrence"]) for r in reports_of(body, header)]


_LAI_CHAU = Header(issuer="Ủy ban nhân dân tỉnh Lai Châu", province="Lai Châu")


def test_results_sent_at_length_to_a_compiling_body_are_the_first_hop():
    """The units send their results to the Sở, which compiles them for the Chairman (corpus 017): two hops, the first one
    read from "gửi kết quả … về Sở …" though the result is named at length, its subject far before the sending."""
    body = (
        "1. Rà soát văn bản quy phạm pháp luật\n\n"
        "- Cơ quan thực hiện: Sở Khoa học và Công nghệ tiến hành rà soát các văn bản quy phạm pháp luật có liên quan đến "
        "Luật thuộc thẩm quyền quản lý nhà nước của mình; các sở, ngành liên quan và Ủy ban nhân dân các xã, phường rà soát "
        "văn bản quy phạm pháp luật do cơ quan mình tham mưu ban hành có liên quan đến Luật thuộc phạm vi, lĩnh vực, địa bàn "
        "quản lý nhà nước được phân công và gửi kết quả rà soát kèm theo đề xuất sửa đổi, bổ sung, thay thế, bãi bỏ cụ thể "
        "từng văn bản và đánh giá sơ bộ tính tương thích với Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy "
        "chuẩn kỹ thuật về Sở Khoa học và Công nghệ để tổng hợp báo cáo Chủ tịch UBND tỉnh.\n"
    )
    rows = [(r[0], r[1]) for r in _rows(body, _LAI_CHAU)]
    assert ("Các sở, ngành liên quan và Ủy ban nhân dân các xã, phường", "Sở Khoa học và Công nghệ tỉnh Lai Châu") in rows
    assert ("Sở Khoa học và Công nghệ tỉnh Lai Châu", "Chủ tịch Ủy ban nhân dân tỉnh Lai Châu") in rows


def test_results_named_at_length_without_compiling_are_no_report():
    """The long reach holds only before a body that compiles: results sent at length with no compiling after them stay
    no report (a procedure's step, not a duty)."""
    body = (
        "1. Các sở, ngành liên quan rà soát văn bản và gửi kết quả rà soát kèm theo đề xuất sửa đổi, bổ sung, thay thế, bãi "
        "bỏ cụ thể từng văn bản và đánh giá sơ bộ tính tương thích với Luật sửa đổi, bổ sung một số điều của Luật Tiêu "
        "chuẩn và quy chuẩn kỹ thuật về Sở Khoa học và Công nghệ.\n"
    )
    assert _rows(body, _LAI_CHAU) == []


_APPENDIX = """**ỦY BAN NHÂN DÂN**
TỈNH NGHỆ AN

KẾ HOẠCH
Triển khai thi hành Nghị định

**I. MỤC ĐÍCH, YÊU CẦU**
1. Mục đích chung.

**II. TỔ CHỨC THỰC HIỆN**
1. Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy
ban nhân dân các xã, phường chịu trách nhiệm thực hiện Kế hoạch này.
|
Nơi nhận:
- Chủ tịch UBND tỉnh;
- Lưu: VT, NC.
|
**TM. ỦY BAN NHÂN
DÂN **
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Đệ
|
** **
**PHỤ LỤC**
DANH MỤC NHIỆM VỤ TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH QUY ĐỊNH
CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ DÂN SỰ
*(Kèm theo Kế hoạch
số 980/KH-UBND ngày 18 tháng 11 năm 2025 của UBND tỉnh Nghệ An)*
|
**TT**
|
**Nội dung thực
hiện**
|
**Cơ quan chủ trì**
|
**Cơ quan phối hợp**
|
**Thời gian hoàn
thành**
|
**Sản phẩm dự kiến**
|
|
3
|
Tiếp nhận và duy trì Hệ thống Tổng đài 112 phục vụ
hoạt động phòng thủ dân sự hoạt động hiệu quả
|
Bộ CHQS tỉnh
|
Bộ Quốc phòng và
cơ quan, địa phương liên quan
|
2025
|
|
|
4
|
Rà soát, tổng hợp danh mục các công trình phòng
thủ dân sự chuyên dụng, công trình có công năng sử dụng cho phòng thủ dân sự thuộc
lĩnh vực, địa bàn quản lý, báo cáo Ban Chỉ huy Phòng thủ dân sự các cấp (khoản
2 Điều 11, khoản 2 Điều 12 Nghị định)
|
Ban Chỉ huy Phòng
thủ dân sự cấp tỉnh, cấp xã
|
Cơ quan có liên
quan
|
Tháng 12 hằng năm
|
Báo cáo của Ban Chỉ
huy Phòng thủ dân sự cấp tỉnh, cấp xã
|
"""


def test_an_appendix_row_s_report_is_its_lead_unit_s():
    """A row of the appendix's task table (corpus 027, its cells on lines of their own): the lead unit reports, the time
    cell gives the period; the product cell ("Báo cáo của …") is no duty of its own."""
    header = Header(issuer="Ủy ban nhân dân tỉnh Nghệ An", province="Nghệ An")
    found = [x.model_dump(by_alias=True) for x in find_reports(make_text(_APPENDIX), header)]
    rows = [(r["from"], r["to"], r["recurrence"]) for r in found]
    assert rows == [("Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã", "Ban Chỉ huy Phòng thủ dân sự các cấp", "hằng năm")]


def test_an_appendix_without_report_words_adds_nothing():
    """The same appendix with no report in its rows: no duty (the appendix is read only for its rows' reports)."""
    header = Header(issuer="Ủy ban nhân dân tỉnh Nghệ An", province="Nghệ An")
    text = _APPENDIX.replace("lĩnh vực, địa bàn quản lý, báo cáo Ban Chỉ huy", "lĩnh vực, địa bàn quản lý, gửi Ban Chỉ huy")
    text = text.replace("Báo cáo của Ban Chỉ", "Danh mục của Ban Chỉ")
    assert find_reports(make_text(text), header) == []


_COMMUNE_FRONT = Header(issuer="Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh", province="Quảng Ninh")


def test_the_body_after_a_grounds_opening_reports():
    """"Căn cứ …, X báo cáo …": the body after the opening's last comma is the subject (corpus 055), not the item's doer."""
    body = (
        "1. Các tổ chức thành viên của Mặt trận phối hợp tuyên truyền.\n\n"
        "- Căn cứ quyết định của cấp có thẩm quyền và điều kiện, tình hình thực tế ở địa phương, Ban Thường trực Ủy ban "
        "MTTQ Việt Nam xã báo cáo cấp ủy cùng cấp, trao đổi, thống nhất với Ủy ban nhân dân cấp xã.\n"
    )
    rows = _rows(body, _COMMUNE_FRONT)
    assert [r[0] for r in rows] == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh"]


def test_a_conference_s_keynote_is_no_report():
    """"xây dựng báo cáo trung tâm, bài phát biểu của Thủ tướng" (a Công văn of Bộ Xây dựng preparing a conference) is the
    keynote; "báo cáo Trung tâm Y tế" capitalised stays a report to the centre."""
    header = Header(issuer="Bộ Xây dựng")
    body = (
        "1. Bộ Xây dựng chuẩn bị nội dung Hội nghị; xây dựng báo cáo trung tâm, bài phát biểu của Thủ tướng Chính phủ.\n"
    )
    assert _rows(body, header) == []
    body = "1. Các trạm y tế xã báo cáo Trung tâm Y tế huyện tình hình dịch bệnh.\n"
    assert [r[1] for r in _rows(body, Header(issuer="Sở Y tế tỉnh Sơn La", province="Sơn La"))] == ["Trung tâm Y tế huyện"]


_FUND_CHARTER = Header(
    issuer="Ủy ban nhân dân tỉnh Quảng Trị", province="Quảng Trị",
    title="BAN HÀNH ĐIỀU LỆ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA QUỸ BẢO VỆ MÔI TRƯỜNG TỈNH QUẢNG TRỊ",
)


def test_a_fund_s_charter_names_its_organs_by_the_fund_s_full_name():
    """The Điều lệ of Quỹ Bảo vệ môi trường tỉnh Quảng Trị (issued by a Quyết định of UBND tỉnh): "Giám đốc Quỹ", "Hội
    đồng Quản lý Quỹ", "Quỹ Bảo vệ môi trường" are the fund's, by its full name."""
    body = (
        "1. Giám đốc Quỹ\n\n"
        "+ Tham dự các phiên họp của Hội đồng Quản lý, báo cáo định kỳ về tình hình huy động vốn, hỗ trợ tài chính và "
        "báo cáo tài chính hàng năm của Quỹ Bảo vệ môi trường với Hội đồng Quản lý Quỹ.\n\n"
        "2. Chế độ báo cáo\n\n"
        "Quỹ Bảo vệ môi trường có trách nhiệm lập và gửi các báo cáo nghiệp vụ, báo cáo thống kê, báo cáo kế toán, cùng "
        "các báo cáo định kỳ hoặc đột xuất theo quy định hiện hành.\n"
    )
    fund = "Quỹ Bảo vệ môi trường tỉnh Quảng Trị"
    rows = [(r[0], r[1]) for r in _rows(body, _FUND_CHARTER)]
    assert (f"Giám đốc {fund}", f"Hội đồng Quản lý {fund}") in rows
    assert (fund, None) in rows


def test_quy_as_the_subject_is_the_fund_itself():
    """"Quỹ có trách nhiệm … báo cáo …" in a fund's charter, or in a document the fund issues: the fund reports. Outside a
    fund's document the bare word names no one."""
    body = (
        "1. Chế độ báo cáo\n\n"
        "Định kỳ hằng quý, Quỹ có trách nhiệm báo cáo Ủy ban nhân dân tỉnh về tình hình hoạt động.\n"
    )
    assert [r[0] for r in _rows(body, _FUND_CHARTER)] == ["Quỹ Bảo vệ môi trường tỉnh Quảng Trị"]
    own = Header(issuer="Quỹ Phát triển đất tỉnh Nghệ An", province="Nghệ An")
    assert [r[0] for r in _rows("1. Quỹ báo cáo Sở Tài chính định kỳ hằng quý về tình hình hoạt động.\n", own)] == [
        "Quỹ Phát triển đất tỉnh Nghệ An"
    ]
    plan = Header(issuer="Ủy ban nhân dân tỉnh Nghệ An", province="Nghệ An", title="Kế hoạch thực hiện")
    assert [r[0] for r in _rows("1. Quỹ báo cáo Sở Tài chính định kỳ hằng quý.\n", plan)] == [None]


def test_a_report_prepared_as_a_document_is_no_duty():
    """"lập báo cáo tiền khả thi" (a Thông báo of Văn phòng Chính phủ on a project), "chuẩn bị báo cáo, chương trình, kế
    hoạch công tác" (a Quy chế of Ban Chỉ đạo nhà nước về du lịch): documents prepared, sent to no one. A prepared report
    of the work's results (seed 002) and one prepared then sent stay duties."""
    header = Header(issuer="Văn phòng Chính phủ")
    assert _rows("1. Ủy ban nhân dân tỉnh Điện Biên là cơ quan chủ quản dự án; trên cơ sở đó, Tỉnh nghiên cứu lập báo cáo "
                 "tiền khả thi của dự án.\n", header) == []
    board = Header(issuer="Ban Chỉ đạo nhà nước về du lịch")
    assert _rows("1. Văn phòng Ban Chỉ đạo chỉ đạo chuẩn bị báo cáo, chương trình, kế hoạch công tác, nội dung các phiên "
                 "họp, buổi làm việc của Ban Chỉ đạo.\n", board) == []
    district = Header(issuer="Ủy ban nhân dân huyện Đồng Văn", province="Hà Giang")
    body = "1. Phòng Nội vụ tổng hợp xây dựng dự thảo báo cáo của UBND huyện về kết quả thực hiện Kế hoạch này.\n"
    rows = _rows(body, district)
    assert len(rows) == 1
    rows = _rows("1. Các đơn vị lập báo cáo tiền khả thi gửi Sở Kế hoạch và Đầu tư trước ngày 15/12/2025.\n", district)
    assert [r[2] for r in rows] == ["2025-12-15"]


_SECRETS = Header(issuer="Thủ tướng Chính phủ")


def test_reports_as_kinds_of_paper_in_a_list_are_no_duties():
    """A Quyết định listing state secrets (of the Thủ tướng Chính phủ): "b) Văn bản về chủ trương, báo cáo, xin ý kiến, …",
    "b) Kết quả kiểm tra, báo cáo về tổ chức, hoạt động …", "a) Báo cáo có nội dung phản ánh, đánh giá …" name papers."""
    body = (
        "2. Thông tin, tài liệu về cán bộ, công chức\n\n"
        "a) Báo cáo có nội dung phản ánh, đánh giá về hoạt động lợi dụng đối thoại dân chủ, nhân quyền nhằm can thiệp.\n\n"
        "b) Văn bản về chủ trương, báo cáo, xin ý kiến, nhận xét, đánh giá, tờ trình về việc bầu, bổ nhiệm, điều động.\n\n"
        "c) Kết quả kiểm tra, báo cáo về tổ chức, hoạt động của các hội, quỹ xã hội, quỹ từ thiện chưa công khai.\n"
    )
    assert _rows(body, _SECRETS) == []
    # The same opening, the report sent on and dated: a duty.
    body = "1. Kết quả kiểm tra, báo cáo về Bộ Công an trước ngày 15/12/2025.\n"
    assert [r[1] for r in _rows(body, _SECRETS)] == ["Bộ Công an"]


def test_a_regime_carried_out_with_its_period_is_a_duty():
    """"Thực hiện chế độ thông tin, báo cáo theo định kỳ của Chương trình MTQG." (corpus 032): the item's doers report, no
    addressee. The regime as a noun or kept in a manner only stays no duty."""
    header = Header(issuer="Ủy ban nhân dân tỉnh Đồng Nai", province="Đồng Nai")
    body = (
        "1. Căn cứ Kế hoạch này, các Sở, ban, ngành, đoàn thể cấp tỉnh, Ủy ban nhân dân xã, phường xây dựng kế hoạch triển "
        "khai thực hiện. Thực hiện chế độ thông tin, báo cáo theo định kỳ của Chương trình MTQG.\n"
    )
    assert [(r[1], r[3]) for r in _rows(body, header)] == [(None, "định kỳ")]
    assert _rows("1. Các cơ sở đào tạo thực hiện chế độ báo cáo đầy đủ và kịp thời theo quy định.\n", header) == []
    assert _rows("1. Chế độ báo cáo gồm báo cáo định kỳ, báo cáo tổng hợp và báo cáo theo yêu cầu.\n", header) == []


_DUTIES_ARTICLE = """**ỦY BAN NHÂN DÂN**
THÀNH PHỐ ĐÀ NẴNG

Số: 2641/QĐ-UBND

**QUYẾT ĐỊNH**

BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ
CƠ CẤU TỔ CHỨC CỦA TRUNG TÂM BẢO TỒN DI SẢN VĂN HÓA THẾ GIỚI HỘI AN

*Căn cứ Luật Tổ chức chính
quyền địa phương ngày 16 tháng 6 năm 2025;*

**QUYẾT ĐỊNH:**

**Điều 1.
Vị trí và chức năng**

1. Trung tâm Bảo tồn Di sản
Văn hóa thế giới Hội An (Trung tâm) là đơn vị sự nghiệp công lập thuộc Sở Văn
hóa, Thể thao và Du lịch thành phố Đà Nẵng.

**Điều 2.
Nhiệm vụ, quyền hạn**

Trung tâm Bảo tồn Di sản Văn
hóa thế giới Hội An thực hiện nhiệm vụ, quyền hạn theo quy định của pháp luật về
lĩnh vực bảo vệ, bảo tồn và phát huy giá trị Di sản văn hóa thế giới Đô thị cổ
Hội An, cụ thể như sau:

1. Quản lý chuyên môn, nghiệp vụ, kinh phí, tài sản, cơ sở vật chất, nhân sự theo sự phân công, phân cấp của cấp trên.

2. Thực hiện chế độ thông tin, báo cáo định kỳ và đột xuất về tình hình thực hiện nhiệm vụ được giao theo quy định hiện hành.

**Điều 4.
Hiệu lực và trách nhiệm thi hành**

2. Chánh Văn phòng Ủy ban nhân
dân thành phố; Giám đốc các Sở: Văn hóa, Thể thao và Du lịch; Nội vụ; Tài
Chính; Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu chịu trách nhiệm thi hành Quyết định này./.
"""


def test_an_article_s_holder_named_after_its_duties_title():
    """"Điều 2. Nhiệm vụ, quyền hạn" / "Trung tâm … thực hiện nhiệm vụ, quyền hạn …, cụ thể như sau:" (QĐ 2641/QĐ-UBND of
    UBND thành phố Đà Nẵng; its items 14 and 15, numbered 1 and 2 here): the centre reports, not those the closing article
    makes execute the decision."""
    header = Header(issuer="Ủy ban nhân dân thành phố Đà Nẵng", province="Đà Nẵng", doc_type="Quyết định")
    rows = [x.model_dump(by_alias=True) for x in find_reports(make_text(_DUTIES_ARTICLE), header)]
    assert [(r["from"], r["recurrence"]) for r in rows] == [("Trung tâm Bảo tồn Di sản Văn hóa thế giới Hội An", "định kỳ")]


def test_a_second_verb_after_the_addressee_is_not_its_name():
    """"phải báo cáo Trưởng Ban và ủy quyền cho người nắm được vấn đề …" (a Quy chế of Ban Chỉ đạo nhà nước về du lịch): the
    addressee ends before "và ủy quyền"."""
    header = Header(issuer="Ban Chỉ đạo nhà nước về du lịch")
    body = (
        "1. Trường hợp thành viên Ban Chỉ đạo không thể tham dự các cuộc họp của Ban Chỉ đạo phải báo cáo Trưởng Ban và ủy "
        "quyền cho người nắm được vấn đề cuộc họp dự kiến thảo luận tham dự.\n"
    )
    assert [r[1] for r in _rows(body, header)] == ["Trưởng Ban"]


def test_a_city_s_council_does_not_compile_a_commune_s_report():
    """A Nghị quyết of HĐND thành phố Huế (a centrally-run city) amending a procedure: "Phòng Kinh tế xã … tổng hợp báo cáo Ủy
    ban nhân dân xã/phường phê duyệt …" is no report of the council; a commune's unit is no staff unit of the city's
    council."""
    header = Header(issuer="Hội đồng nhân dân thành phố Huế", province="Huế")
    body = (
        "1. Trong 02 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ theo quy định, Phòng Kinh tế xã/Phòng Kinh tế, Hạ tầng "
        "và Đô thị phường phối hợp với Phòng Văn hóa - Xã hội xã/phường rà soát, thẩm định, xác nhận, tổng hợp báo cáo Ủy "
        "ban nhân dân xã/phường phê duyệt danh sách hộ gia đình được hỗ trợ phương tiện nghe nhìn trên địa bàn.\n"
    )
    rows = _rows(body, header)
    assert [r[1] for r in rows] == ["Ủy ban nhân dân xã/phường"]
    assert rows[0][0] != "Hội đồng nhân dân thành phố Huế"


_BOARD = Header(issuer="Ban Chỉ đạo quốc gia về phát triển ngành công nghiệp bán dẫn")


def test_a_board_s_head_by_title_is_the_addressee():
    """"Các thành viên Ban Chỉ đạo có trách nhiệm báo cáo Trưởng ban tình hình triển khai nhiệm vụ …" (a Quy chế of a
    national Ban Chỉ đạo): the head, not the standing body named later in the paragraph."""
    body = (
        "4. Các thành viên Ban Chỉ đạo có trách nhiệm báo cáo Trưởng ban tình hình triển khai nhiệm vụ, giải pháp, chương "
        "trình, đề án được phân công nhằm phát triển ngành công nghiệp bán dẫn hoặc báo cáo đột xuất theo yêu cầu của Trưởng "
        "ban, đồng thời chủ động báo cáo những vấn đề phát sinh trong quá trình thực hiện nhiệm vụ. Báo cáo của các thành "
        "viên Ban Chỉ đạo được gửi tới Trưởng ban, đồng thời gửi tới Cơ quan thường trực để theo dõi, tổng hợp chung.\n"
    )
    assert [(r[0], r[1]) for r in _rows(body, _BOARD)][0] == ("Các thành viên Ban Chỉ đạo", "Trưởng ban")


def test_a_report_when_something_happens_far_from_the_standing_one_is_its_own():
    """The same members report their difficulties to the head articles later ("nếu có vướng mắc, các thành viên Ban Chỉ đạo
    báo cáo, đề xuất kịp thời với Trưởng ban"): a duty of its own beside the standing one, not that one said again."""
    standing = (
        "4. Các thành viên Ban Chỉ đạo có trách nhiệm báo cáo Trưởng ban tình hình triển khai nhiệm vụ, giải pháp, chương "
        "trình, đề án được phân công nhằm phát triển ngành công nghiệp bán dẫn.\n\n"
    )
    filler = "".join(f"{k}. Cơ quan thường trực tổ chức các cuộc họp định kỳ của Ban Chỉ đạo theo kế hoạch công tác năm.\n\n"
                     for k in range(5, 11))
    body = standing + filler + (
        "11. Trong quá trình thực hiện Quy chế này, nếu có vướng mắc, các thành viên Ban Chỉ đạo báo cáo, đề xuất kịp thời "
        "với Trưởng ban để xem xét, điều chỉnh và bổ sung cho phù hợp.\n"
    )
    rows = _rows(body, _BOARD)
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("Các thành viên Ban Chỉ đạo", "Trưởng ban", None),
        ("Các thành viên Ban Chỉ đạo", "Trưởng ban", "nếu có vướng mắc"),
    ]


def test_a_report_proposed_then_submitted_after_a_comma_names_its_addressee():
    """"trường hợp vượt thẩm quyền, Sở Khoa học và Công nghệ tổng hợp báo cáo và đề xuất, trình Ủy ban nhân dân Tỉnh xem
    xét, quyết định" (a Kế hoạch of UBND tỉnh Đồng Tháp): the committee is the addressee, the Sở the sender."""
    header = Header(issuer="Ủy ban nhân dân tỉnh Đồng Tháp", province="Đồng Tháp")
    body = (
        "1. Trong quá trình thực hiện nếu có khó khăn, vướng mắc đề nghị các cơ quan, đơn vị, địa phương phản ánh về Sở Khoa "
        "học và Công nghệ để phối hợp giải quyết; trường hợp vượt thẩm quyền, Sở Khoa học và Công nghệ tổng hợp báo cáo và "
        "đề xuất, trình Ủy ban nhân dân Tỉnh xem xét, quyết định.\n"
    )
    assert [(r[0], r[1]) for r in _rows(body, header)] == [
        ("Sở Khoa học và Công nghệ tỉnh Đồng Tháp", "Ủy ban nhân dân tỉnh Đồng Tháp")
    ]


_HA_GIANG = Header(issuer="Hội đồng nhân dân tỉnh Hà Giang", province="Hà Giang")


def test_a_report_heard_at_a_council_s_session_or_submitted_to_it_names_the_council():
    """"Báo cáo kết quả thanh tra tại Kỳ họp thứ Sáu, HĐND tỉnh" (corpus 077), "báo cáo kết quả giám sát giữa hai kỳ họp trình
    Hội đồng nhân dân vào kỳ họp giữa năm 2019" (corpus 078): the council is the addressee, its session no part of it."""
    body = "1. Công an tỉnh thực hiện Báo cáo kết quả thanh tra tại Kỳ họp thứ Sáu, HĐND tỉnh.\n"
    assert [r[1] for r in _rows(body, _HA_GIANG)] == ["Hội đồng nhân dân tỉnh Hà Giang"]
    body = (
        "1. Thường trực Hội đồng nhân dân tỉnh báo cáo kết quả giám sát giữa hai kỳ họp trình Hội đồng nhân dân vào kỳ họp "
        "giữa năm 2019.\n"
    )
    assert [r[1] for r in _rows(body, _HA_GIANG)] == ["Hội đồng nhân dân"]


def test_reports_prepared_in_the_past_are_an_account():
    """"đến nay 100% các văn phòng đã xây dựng báo cáo tháng, báo cáo quý" (a Kết luận of Văn phòng Trung ương Đảng): work
    done, no duty, the periodic report listed second too. Prepared reports to come that are periodic stay duties."""
    header = Header(issuer="Văn phòng Trung ương Đảng")
    body = (
        "1. Các văn phòng tỉnh uỷ, thành uỷ đẩy mạnh cải cách hành chính; đến nay 100% các văn phòng đã xây dựng báo cáo "
        "tháng, báo cáo quý.\n"
    )
    assert _rows(body, header) == []
    body = "1. Các văn phòng tỉnh uỷ, thành uỷ xây dựng báo cáo quý gửi Văn phòng Trung ương Đảng.\n"
    assert [r[1] for r in _rows(body, header)] == ["Văn phòng Trung ương Đảng"]


def test_a_clause_after_a_semicolon_shares_the_subject_after_an_opening():
    """"2. Cùng với kinh phí …, căn cứ tình hình thực tế, …, Ủy ban nhân dân các cấp thống nhất với … xem xét, quyết định bổ
    sung kinh phí …; báo cáo Hội đồng nhân dân cùng cấp tại kỳ họp gần nhất." (corpus 064, a Nghị quyết of HĐND tỉnh Quảng
    Ninh): the committees report, the body after the opening phrase's commas."""
    header = Header(issuer="Hội đồng nhân dân tỉnh Quảng Ninh", province="Quảng Ninh")
    body = (
        "1. Kinh phí phục vụ cho công tác bầu cử phải được quản lý chặt chẽ.\n\n"
        "2. Cùng với kinh phí do ngân sách trung ương hỗ trợ và ngân sách tỉnh đảm bảo, căn cứ tình hình thực tế, yêu cầu "
        "công việc và khả năng cân đối của ngân sách địa phương, Ủy ban nhân dân các cấp thống nhất với Ủy ban bầu cử và "
        "Thường trực Hội đồng nhân dân cùng cấp xem xét, quyết định bổ sung kinh phí từ ngân sách cấp mình để phục vụ cho "
        "công tác bầu cử đảm bảo tiết kiệm, hiệu quả; báo cáo Hội đồng nhân dân cùng cấp tại kỳ họp gần nhất.\n"
    )
    assert [(r[0], r[1]) for r in _rows(body, header)] == [("Ủy ban nhân dân các cấp", "Hội đồng nhân dân")]


def test_a_partner_s_name_and_the_clause_before_s_event_are_not_the_report_s():
    """"… thì Chủ tịch Ủy ban MTTQ Việt Nam cấp xã chủ trì hội nghị tiếp xúc cử tri ở đơn vị bầu cử khi được Ủy ban MTTQ
    tỉnh ủy quyền, đồng thời Ban Thường trực MTTQ xã chủ động báo cáo, phối hợp với các Ban chuyên môn của Cơ quan Ủy ban
    MTTQ tỉnh …" (corpus 055): the committee's standing board reports; "của Cơ quan …" names the partner, and the event is
    the clause before's."""
    body = (
        "1. Trường hợp người ứng cử đại biểu Hội đồng nhân dân cấp tỉnh tại đơn vị bầu cử xã thì Chủ tịch Ủy ban MTTQ Việt "
        "Nam cấp xã chủ trì hội nghị tiếp xúc cử tri ở đơn vị bầu cử khi được Ủy ban MTTQ tỉnh ủy quyền, đồng thời Ban "
        "Thường trực MTTQ xã chủ động báo cáo, phối hợp với các Ban chuyên môn của Cơ quan Ủy ban MTTQ tỉnh để bảo đảm cho "
        "hội nghị tiếp xúc cử tri được thực hiện an toàn, đúng luật.\n"
    )
    rows = _rows(body, _COMMUNE_FRONT)
    assert [(r[0], r[3]) for r in rows] == [("Ban Thường trực Mặt trận Tổ quốc xã Lương Minh", None)]


_THAI_NGUYEN_RULES = """**ỦY BAN NHÂN DÂN**
TỈNH THÁI NGUYÊN

Số: 12/2025/QĐ-UBND

**QUYẾT ĐỊNH**

BAN HÀNH QUY CHẾ PHỐI HỢP

**QUYẾT ĐỊNH:**

**Điều 1.
Nội dung các cơ quan, đơn vị khác có trách nhiệm chủ trì**

1. Giải quyết các vấn đề cụ thể thuộc chức năng, nhiệm vụ được giao liên quan đến tín ngưỡng, tôn giáo trên địa bàn tỉnh.

**Điều 2.
Trách nhiệm của Sở Dân tộc và Tôn giáo**

Sở Dân tộc và Tôn giáo là cơ
quan thường trực trong thực hiện Quy chế này, có trách nhiệm hướng dẫn, đôn đốc,
kiểm tra việc thực hiện Quy chế của các cơ quan, đơn vị, địa phương; tổng hợp,
báo cáo Ủy ban nhân dân tỉnh việc thực hiện Quy chế.
"""


def test_an_article_s_title_after_a_line_break_names_its_holder():
    """"**Điều 14." / "Trách nhiệm của Sở Dân tộc và Tôn giáo**" (a Quy chế of UBND tỉnh Thái Nguyên; its articles 13 and
    14, numbered 1 and 2 here): the Sở reports, the title read whole though it starts on the line after the number."""
    header = Header(issuer="Ủy ban nhân dân tỉnh Thái Nguyên", province="Thái Nguyên", doc_type="Quyết định")
    rows = [x.model_dump(by_alias=True) for x in find_reports(make_text(_THAI_NGUYEN_RULES), header)]
    assert [(r["from"], r["to"]) for r in rows] == [
        ("Sở Dân tộc và Tôn giáo tỉnh Thái Nguyên", "Ủy ban nhân dân tỉnh Thái Nguyên")
    ]


def test_a_report_to_a_body_s_leadership_is_not_the_body_s_own():
    """"Điều 10. Trách nhiệm của Ủy viên kiêm Chánh Văn phòng Ban Chỉ đạo" / "… tổng hợp, xử lý thông tin liên quan đến du
    lịch báo cáo lãnh đạo Ban Chỉ đạo …" (a Quy chế of Ban Chỉ đạo nhà nước về du lịch): the office's head reports to the
    board's leaders; a compiling unit's report is not the board's here."""
    header = Header(issuer="Ban Chỉ đạo nhà nước về du lịch")
    body = (
        "1. Ủy viên kiêm Chánh Văn phòng Ban Chỉ đạo thu thập, tổng hợp, xử lý thông tin liên quan đến du lịch báo cáo lãnh "
        "đạo Ban Chỉ đạo và ủy viên thường trực Ban Chỉ đạo.\n"
    )
    assert [r[0] for r in _rows(body, header)] == ["Ủy viên kiêm Chánh Văn phòng Ban Chỉ đạo"]
