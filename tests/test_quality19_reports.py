"""Reporting duties, round 19: kinds of documents earlier rounds read less. A Công văn of a district's cultural centre
("thực hiện nghiêm công tác thông tin báo cáo định kỳ … gửi về Văn phòng Trung tâm … chậm nhất là ngày 07 hàng tháng"),
the reporting rules of a ministry's Thông tư (duties opened by "Chậm nhất vào ngày 16 tháng 12 hằng năm, …", the lines of
a schedule "… đối với báo cáo định kỳ hằng tháng;", the body that receives reports, "của năm báo cáo"), a Quyết định that
sets up a team ("Tổ công tác báo cáo kết quả …"), the Kế hoạch of a Huyện ủy, a commune, a hospital, a Phòng Giáo dục and a
UBND huyện (a subject shared across a semicolon, an office-holder's label, a title line that lists its doers, a second
addressee after the first's route), and a Công văn of a Sở Nội vụ (a failure named as a condition). The fragments of the
Trung tâm Văn hóa Quận 9 and of Thông tư 02/2019/TT-BXD, 02/2023/TT-BTTTT and 03/2015/TT-BTTTT are real (stored web
pages); the others are written in the style of their kinds."""

from __future__ import annotations

from vanban.loaders.extract import extract
from vanban.loaders.records import Header
from vanban.loaders.reports import find_reports
from vanban.loaders.text import make_text


def _rows(text: str) -> list[tuple]:
    return [(r.from_, r.to, r.deadline, r.recurrence) for r in extract(make_text(text)).reports_to]


def _found(text: str, header: Header) -> list[tuple]:
    return [(r.from_, r.to, r.deadline, r.recurrence) for r in find_reports(make_text(text), header)]


def _letter(paragraph: str) -> str:
    """A paragraph as the body of a Công văn."""
    return f"Kính gửi: Các cơ quan, đơn vị.\n\n{paragraph}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"


CULTURE_CENTRE_LETTER = """ỦY BAN NHÂN DÂN QUẬN 9
TRUNG TÂM VĂN HÓA
Số: 21 /TTVH
V/v thực hiện chế độ thông tin, báo cáo định kỳ.
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
Quận 9, ngày 04 tháng 6 năm 2014

Kính gửi: – Phó Chủ tịch Văn Xã UBND 13 phường;
– Ban VHTT 13 phường.

Thực hiện Công văn số 891/UBND ngày 29 tháng 5 năm 2014 của Ủy ban nhân dân Quận 9 về thực hiện nghiêm chế độ thông tin, báo cáo định kỳ.

Trung tâm Văn hóa Quận 9 đề nghị Phó Chủ tịch Văn xã Ủy ban nhân dân 13 phường đôn đốc và tạo điều kiện cho Ban VHTT phường thực hiện nghiêm công tác thông tin báo cáo định kỳ (tháng, quý, 6 tháng, 9 tháng,năm) gửi về Văn phòng Trung tâm Văn hóa Quận 9 chậm nhất là ngày 07 hàng tháng.

Trân trọng!

Nơi nhận:
– Như trên;
– Lưu: VT
"""


def test_the_reporting_work_carried_out_and_sent_somewhere_is_a_duty():
    rows = _rows(CULTURE_CENTRE_LETTER)
    assert [(to, recurrence) for _, to, _, recurrence in rows] == [
        ("Văn phòng Trung tâm Văn hóa Quận 9", "hằng tháng (trước ngày 7)")
    ]


def test_the_reporting_work_as_a_field_stays_no_duty():
    # "phục vụ công tác báo cáo", "làm tốt công tác thông tin, báo cáo": no duty, whatever follows.
    header = Header(issuer="Ủy ban nhân dân tỉnh Bắc Giang", province="Bắc Giang")
    assert _found(_letter("Sở Văn hóa chỉ đạo Báo Bắc Giang đẩy mạnh tuyên truyền; làm tốt công tác thông tin, báo cáo."), header) == []
    assert _found(_letter("Các đơn vị cập nhật dữ liệu phục vụ công tác báo cáo tình hình quản lý về Sở Tài chính."), header) == []


BUILDING_RULES = """BỘ XÂY DỰNG
Số: 02/2019/TT-BXD
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 01 tháng 7 năm 2019

THÔNG TƯ
HƯỚNG DẪN VỀ CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ

Điều 4. Chế độ báo cáo tình hình quản lý cây xanh đô thị
1. Chậm nhất vào ngày 16 tháng 12 hằng năm, Ủy ban nhân dân cấp huyện có trách nhiệm báo cáo Sở Xây dựng về tình hình quản lý cây xanh đô thị trên địa bàn quản lý; chậm nhất vào ngày 20 tháng 12 hằng năm, Sở Xây dựng báo cáo Ủy ban nhân dân cấp tỉnh và Bộ Xây dựng về tình hình quản lý cây xanh đô thị trên địa bàn tỉnh.
2. Nội dung báo cáo theo Mẫu số 03 tại Phụ lục ban hành kèm theo Thông tư này.
"""


def test_a_deadline_with_its_month_in_words_opens_the_clause_before_its_subject():
    rows = _rows(BUILDING_RULES)
    assert [(sender, recurrence) for sender, _, _, recurrence in rows] == [
        ("Ủy ban nhân dân cấp huyện", "hằng năm (trước ngày 16/12)"),
        # The Sở is qualified with the ministry's place line (header.province: not this area's to fix).
        (rows[1][0], "hằng năm (trước ngày 20/12)"),
        (rows[1][0], "hằng năm (trước ngày 20/12)"),  # one entry per addressee (round 25)
    ]
    assert rows[1][0].startswith("Sở Xây dựng")
    assert [rows[1][1], rows[2][1]] == ["Ủy ban nhân dân cấp tỉnh", "Bộ Xây dựng"]


def test_the_period_a_report_covers_and_the_kind_a_rule_dates_are_no_duties():
    # Thông tư 03/2015/TT-BTTTT as a Cục summarises it: "năm báo cáo" before the next bullet is the reporting year.
    rules = (
        "CỤC XUẤT BẢN, IN VÀ PHÁT HÀNH\n\n1. Số liệu báo cáo:\n"
        "- Số liệu báo cáo 6 tháng đầu năm tính từ ngày 01/01 đến ngày 30/06 của năm báo cáo\n"
        "- Số liệu báo cáo cả năm tính từ ngày 01/01 đến 31/12 của năm báo cáo\n\n2. Thời hạn gửi báo cáo:\n"
        "- Báo cáo 6 tháng đầu năm gửi trước ngày 10/07 của năm báo cáo\n"
        "- Báo cáo cả năm gửi trước ngày 10/01 của năm liền kề năm báo cáo.\n"
    )
    assert [recurrence for *_, recurrence in _found(rules, Header(issuer="Cục Xuất bản, In và Phát hành"))] == [
        "6 tháng (trước ngày 10/7)", "hằng năm (trước ngày 10/1)",
    ]


MINISTRY_SCHEDULE = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 02/2023/TT-BTTTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 21 tháng 3 năm 2023

THÔNG TƯ
QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ

Điều 5. Thời hạn gửi báo cáo
1. Thời hạn các cơ quan, tổ chức, doanh nghiệp và cá nhân liên quan gửi báo cáo định kỳ đến cơ quan, đơn vị nhận báo cáo định kỳ:
a) Chậm nhất ngày 15 (mười lăm) của tháng báo cáo đối với báo cáo định kỳ hằng tháng;
b) Chậm nhất ngày 06 (sáu) của tháng cuối quý đối với báo cáo định kỳ hằng quý;
2. Các cơ quan, đơn vị thuộc Bộ nhận báo cáo định kỳ của các cơ quan, tổ chức, cá nhân có trách nhiệm rà soát, phân tích, tổng hợp và gửi báo cáo về Bộ Thông tin và Truyền thông (Văn phòng Bộ):
a) Chậm nhất ngày 16 (mười sáu) của tháng báo cáo đối với báo cáo định kỳ hằng tháng;
b) Chậm nhất ngày 08 (tám) của tháng cuối quý đối với báo cáo định kỳ hằng quý;
d) Chậm nhất ngày 27 (hai mươi bảy) tháng 11 (mười một) đối với báo cáo định kỳ hằng năm.
"""


def test_the_body_that_receives_reports_sends_its_own_and_the_schedule_lines_are_not_duties():
    rows = _rows(MINISTRY_SCHEDULE)
    # (Round 19 b, tests/test_quality19_reports_b.py: each line of a schedule under its lead is one duty with the lead's
    # sender, read after "Thời hạn"; the first lead's addressee, named in lower case, stays unread.) No "nhận báo cáo …
    # của các cơ quan, tổ chức, cá nhân" is a duty of its own.
    first = "Các cơ quan, tổ chức, doanh nghiệp và cá nhân liên quan"
    ministry = ("Các cơ quan, đơn vị thuộc Bộ", "Bộ Thông tin và Truyền thông")
    assert [(sender, to) for sender, to, _, _ in rows] == [(first, None), (first, None), ministry, ministry, ministry]


def test_a_kind_of_report_opening_its_clause_is_still_a_duty():
    header = Header(issuer="Sở Nội vụ tỉnh Phú Yên", province="Phú Yên")
    text = _letter("Đối với báo cáo định kỳ hằng quý, các đơn vị gửi về Sở Nội vụ trước ngày 15 của tháng cuối quý.")
    assert [(to, recurrence) for _, to, _, recurrence in _found(text, header)] == [
        ("Sở Nội vụ tỉnh Phú Yên", "định kỳ hằng quý (trước ngày 15 của tháng cuối quý)")
    ]


TEAM_DECISION = """ỦY BAN NHÂN DÂN HUYỆN ĐỨC THỌ
Số: 2015/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đức Thọ, ngày 12 tháng 6 năm 2024

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác kiểm tra việc thực hiện cải cách hành chính năm 2024

QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ công tác kiểm tra việc thực hiện cải cách hành chính năm 2024, gồm các ông (bà) có tên sau.
Điều 2. Tổ công tác có nhiệm vụ kiểm tra việc thực hiện cải cách hành chính tại các cơ quan, đơn vị, UBND các xã, thị trấn; kết thúc đợt kiểm tra, Tổ công tác báo cáo kết quả về Chủ tịch UBND huyện trước ngày 30/9/2024. Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ.
Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ chịu trách nhiệm thi hành Quyết định này./.
"""


def test_a_team_whose_name_ends_in_cong_tac_reports():
    assert _rows(TEAM_DECISION) == [
        ("Tổ công tác", "Chủ tịch Ủy ban nhân dân huyện Đức Thọ", "2024-09-30", None)
    ]


PARTY_PLAN = """ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY CAM LỘ
Số 45-KH/HU
Cam Lộ, ngày 12 tháng 3 năm 2024

KẾ HOẠCH
tổ chức sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị

I. MỤC ĐÍCH, YÊU CẦU
1. Đánh giá đúng kết quả thực hiện.

II. NỘI DUNG, HÌNH THỨC, THỜI GIAN
1. Ở cơ sở
Các chi bộ, đảng bộ cơ sở tổ chức sơ kết, xây dựng báo cáo (theo đề cương gửi kèm) gửi về Ban Thường vụ Huyện ủy (qua Ban Tuyên giáo Huyện ủy) trước ngày 15/4/2024.
2. Ở cấp huyện
Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết trong tháng 5/2024; báo cáo Ban Thường vụ Tỉnh ủy trước ngày 30/5/2024.

III. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy tham mưu Ban Thường vụ Huyện ủy tổ chức sơ kết; tổng hợp, xây dựng báo cáo của Ban Thường vụ Huyện ủy.
2. Các chi bộ, đảng bộ trực thuộc căn cứ Kế hoạch này xây dựng kế hoạch sơ kết phù hợp với tình hình thực tế ở đơn vị.

Nơi nhận:
- Ban Tuyên giáo Tỉnh ủy (b/c);
- Lưu Văn phòng Huyện ủy.
"""


def test_a_clause_after_a_semicolon_shares_its_sentences_subject_and_the_draft_said_again_joins_it():
    rows = _rows(PARTY_PLAN)
    assert [(sender, deadline) for sender, _, deadline, _ in rows] == [
        # The subject under the title line "1. Ở cơ sở" (round 20: read past the title, no longer the plan's addressees).
        ("Các chi bộ, đảng bộ cơ sở", "2024-04-15"),
        ("Ban Thường vụ Huyện ủy Cam Lộ", "2024-05-30"),
    ]


HEALTH_LETTER = """UBND TỈNH HÀ TĨNH
SỞ Y TẾ
Số: 2345/SYT-NVY
V/v báo cáo tình hình bệnh sốt xuất huyết
Hà Tĩnh, ngày 15 tháng 8 năm 2024

Kính gửi:
- Trung tâm Kiểm soát bệnh tật tỉnh;
- Các bệnh viện tuyến tỉnh.

Để kịp thời nắm bắt tình hình, Sở Y tế yêu cầu các đơn vị thực hiện nghiêm chế độ báo cáo như sau:
1. Các bệnh viện tuyến tỉnh báo cáo số ca mắc sốt xuất huyết hằng tuần về Trung tâm Kiểm soát bệnh tật tỉnh.
2. Trung tâm Kiểm soát bệnh tật tỉnh tổng hợp, báo cáo Sở Y tế (qua Phòng Nghiệp vụ Y) vào thứ Ba hằng tuần; báo cáo đột xuất khi có ổ dịch mới.

Nơi nhận:
- Như trên;
- Lưu: VT, NVY.
"""


def test_a_subject_shared_across_a_semicolon_is_not_taken_for_a_staff_unit_compiling():
    rows = _rows(HEALTH_LETTER)
    assert rows[-1][:2] == ("Trung tâm Kiểm soát bệnh tật tỉnh Hà Tĩnh", None)
    assert all(sender != "Sở Y tế tỉnh Hà Tĩnh" for sender, *_ in rows)


COMMUNE_PLAN = """ỦY BAN NHÂN DÂN XÃ HƯƠNG TOÀN
Số: 78/KH-UBND
Hương Toàn, ngày 15 tháng 02 năm 2024

KẾ HOẠCH
Triển khai công tác phòng, chống dịch bệnh động vật năm 2024

I. MỤC ĐÍCH, YÊU CẦU
Chủ động phòng, chống dịch bệnh.

II. TỔ CHỨC THỰC HIỆN
1. Trưởng các thôn: phối hợp thống kê đàn vật nuôi, báo cáo về UBND xã trước ngày 10/3/2024.
2. Thú y viên: thực hiện tiêm phòng; kịp thời báo cáo khi phát hiện gia súc, gia cầm ốm, chết bất thường.

Nơi nhận:
- Các thôn;
- Lưu: VT.
"""


def test_an_office_holders_label_is_not_taken_for_the_plans_addressees():
    rows = _rows(COMMUNE_PLAN)
    assert rows[0][0] == "Trưởng các thôn"
    assert rows[1][0] == "Thú y viên"  # the label as written, not "Trưởng các thôn"


def test_a_topic_label_still_leaves_the_plans_addressees():
    # A Tỉnh đoàn's plan: "3. Chế độ báo cáo: Báo cáo nhanh trước ngày 25/3/2025; …" is the addressees' duty.
    plan = (
        "BAN CHẤP HÀNH ĐOÀN TỈNH BẮC NINH\nSố: 25-KH/TĐTN-TNNT\n\nKẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2025\n\n"
        "IV. TỔ CHỨC THỰC HIỆN\n1. Các huyện, thị, thành đoàn và đoàn trực thuộc xây dựng kế hoạch triển khai.\n"
        "2. Chế độ báo cáo: Báo cáo nhanh trước ngày 25/3/2025.\n"
    )
    assert _rows(plan)[0][0] == "Các huyện, thị, thành đoàn và đoàn trực thuộc"


DISTRICT_PLAN = """ỦY BAN NHÂN DÂN HUYỆN HƯƠNG KHÊ
Số: 305/KH-UBND
Hương Khê, ngày 08 tháng 3 năm 2024

KẾ HOẠCH
Triển khai thực hiện công tác dân vận chính quyền năm 2024

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức.

II. TỔ CHỨC THỰC HIỆN
1. Phòng Nội vụ huyện
Chủ trì, phối hợp với các cơ quan, đơn vị theo dõi, hướng dẫn, đôn đốc việc thực hiện Kế hoạch; tham mưu UBND huyện sơ kết, tổng kết, báo cáo Ban Thường vụ Huyện ủy (qua Ban Dân vận Huyện ủy) và Sở Nội vụ theo quy định.
2. Các phòng, ban, đơn vị cấp huyện; UBND các xã, thị trấn
Căn cứ Kế hoạch này, xây dựng kế hoạch cụ thể và tổ chức thực hiện; định kỳ 6 tháng (trước ngày 10/6) và năm (trước ngày 10/11) báo cáo kết quả về UBND huyện (qua Phòng Nội vụ) để tổng hợp.

Nơi nhận:
- Sở Nội vụ (b/c);
- Lưu: VT.
"""


def test_a_second_addressee_after_the_route_and_a_title_line_of_doers():
    header = Header(issuer="Ủy ban nhân dân huyện Hương Khê", province="Hà Tĩnh", district="Hương Khê")
    rows = _found(DISTRICT_PLAN, header)
    # One entry per addressee (round 25).
    assert [row[:2] for row in rows[:2]] == [
        ("Ủy ban nhân dân huyện Hương Khê", "Ban Thường vụ Huyện ủy Hương Khê"), ("Ủy ban nhân dân huyện Hương Khê", "Sở Nội vụ tỉnh Hà Tĩnh")
    ]
    assert {sender for sender, *_ in rows[2:]} == {"Các phòng, ban, đơn vị cấp huyện, Ủy ban nhân dân các xã, thị trấn"}
    assert [recurrence for *_, recurrence in rows[2:]] == ["6 tháng (trước ngày 10/6)", "hằng năm (trước ngày 10/11)"]


def test_a_paper_presented_and_a_failure_named_are_no_duties():
    header = Header(issuer="Sở Nội vụ tỉnh Phú Yên", province="Phú Yên")
    talk = _letter("Giáo viên dự thi trình bày báo cáo biện pháp nâng cao chất lượng giảng dạy trước Ban Giám khảo.")
    assert _found(talk, header) == []
    rows = _found(
        _letter("Quá thời hạn trên, đơn vị nào không gửi báo cáo, Sở Nội vụ sẽ tổng hợp danh sách báo cáo UBND tỉnh."), header
    )
    assert [(sender, to) for sender, to, _, _ in rows] == [("Sở Nội vụ tỉnh Phú Yên", "Ủy ban nhân dân tỉnh Phú Yên")]


def test_a_report_drafted_then_sent_in_a_purpose_clause_is_one_duty():
    # Corpus 011 (a Kế hoạch of UBND thành phố Cần Thơ).
    header = Header(issuer="Ủy ban nhân dân thành phố Cần Thơ", province="Cần Thơ")
    text = (
        "KẾ HOẠCH\nGiám sát, đánh giá Chương trình\n\nIV. CÁC BƯỚC ĐÁNH GIÁ\n1. Tổng hợp, báo cáo ở cấp thành phố\n"
        "+ Sở Nông nghiệp và Môi trường tổng hợp chung các mẫu biểu theo quy định tại Thông tư số 10/2022/TT-BLĐTBXH;\n"
        "xây dựng báo cáo giám sát, báo cáo đánh giá để báo cáo Bộ Nông nghiệp và Môi trường và Ủy ban nhân dân thành phố.\n"
    )
    assert [(sender, to) for sender, to, _, _ in _found(text, header)] == [
        ("Sở Nông nghiệp và Môi trường thành phố Cần Thơ", "Bộ Nông nghiệp và Môi trường"),  # one entry per addressee
        ("Sở Nông nghiệp và Môi trường thành phố Cần Thơ", "Ủy ban nhân dân thành phố Cần Thơ"),
    ]


def test_the_issuers_leaders_are_its_head():
    from vanban.loaders.reports import _heads_issuer

    assert _heads_issuer("Lãnh đạo Phòng", "Phòng Giáo dục và Đào tạo huyện Quảng Trạch")
    assert _heads_issuer("Ban lãnh đạo đơn vị", "Trung tâm Y tế huyện Can Lộc")
    assert not _heads_issuer("Lãnh đạo UBND tỉnh", "Sở Nội vụ tỉnh Phú Yên")


def test_an_investor_opens_a_name():
    from vanban.loaders.parties import doers

    assert doers("2. Chủ đầu tư hạ tầng kỹ thuật cụm công nghiệp báo cáo tình hình đầu tư")[0][0] == (
        "Chủ đầu tư hạ tầng kỹ thuật cụm công nghiệp"
    )


HEALTH_CENTRE_PLAN = """SỞ Y TẾ TỈNH QUẢNG NAM
TRUNG TÂM Y TẾ HUYỆN ĐẠI LỘC
Số: 88/KH-TTYT
Đại Lộc, ngày 10 tháng 01 năm 2024

KẾ HOẠCH
Phòng, chống bệnh truyền nhiễm năm 2024

I. MỤC TIÊU
Giảm tỷ lệ mắc và tử vong.

II. TỔ CHỨC THỰC HIỆN
1. Khoa Kiểm soát bệnh tật và HIV/AIDS
- Là đầu mối tham mưu Ban Giám đốc triển khai kế hoạch.
- Tổng hợp số liệu, báo cáo Ban Giám đốc hằng tuần; báo cáo Sở Y tế, Trung tâm Kiểm soát bệnh tật tỉnh theo quy định.
"""


def test_a_unit_that_compiles_for_its_board_reports_to_it():
    header = Header(issuer="Trung tâm Y tế huyện Đại Lộc", province="Quảng Nam")
    rows = _found(HEALTH_CENTRE_PLAN, header)
    assert rows[0][:2] == ("Khoa Kiểm soát bệnh tật và HIV/AIDS", "Ban Giám đốc")
    # The centre's own report onwards stays the centre's.
    assert rows[1][0] == "Trung tâm Y tế huyện Đại Lộc"


def test_a_body_never_reports_to_its_own_head_when_it_compiles():
    # A Chỉ thị of UBND tỉnh Thanh Hóa (collected earlier): the province's committee compiles for its chairman.
    header = Header(issuer="Ủy ban nhân dân tỉnh Thanh Hóa", province="Thanh Hóa")
    text = (
        "CHỈ THỊ\nVề tăng cường kỷ luật, kỷ cương hành chính\n\n1. Các sở, ban, ngành; UBND các huyện, thị xã, thành phố:\n"
        "- Định kỳ 6 tháng, hằng năm báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Nội vụ) trước ngày 15/6 và 15/12 để tổng"
        " hợp, báo cáo Chủ tịch UBND tỉnh.\n"
    )
    assert all(sender != "Ủy ban nhân dân tỉnh Thanh Hóa" for sender, *_ in _found(text, header))


COUNCIL_RESOLUTION = """HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN
Số: 25/NQ-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 08 tháng 12 năm 2023

NGHỊ QUYẾT
Về chương trình giám sát của Hội đồng nhân dân tỉnh năm 2024

QUYẾT NGHỊ:
Điều 1. Giám sát chuyên đề tại kỳ họp giữa năm 2024: xem xét báo cáo của Ủy ban nhân dân tỉnh về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm.
Điều 2. Tổ chức thực hiện
1. Thường trực Hội đồng nhân dân tỉnh xây dựng kế hoạch và tổ chức thực hiện Nghị quyết này; báo cáo kết quả giám sát tại kỳ họp cuối năm 2024.
2. Ủy ban nhân dân tỉnh, các cơ quan, tổ chức có liên quan có trách nhiệm báo cáo đầy đủ, đúng thời hạn theo yêu cầu của Đoàn giám sát.
"""


def test_the_one_who_asks_for_the_report_is_not_its_sender():
    rows = _rows(COUNCIL_RESOLUTION)
    assert [sender for sender, *_ in rows] == [
        "Thường trực Hội đồng nhân dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh, các cơ quan, tổ chức"
    ]


TRANSPORT_LETTER = """UBND TỈNH BẮC NINH
SỞ GIAO THÔNG VẬN TẢI
Số: 2210/SGTVT-QLVT
V/v báo cáo tình hình thực hiện công tác bảo đảm trật tự an toàn giao thông năm 2024
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 25 tháng 11 năm 2024

Kính gửi:
- Phòng Kinh tế và Hạ tầng các huyện, thị xã;
- Phòng Quản lý đô thị các thành phố.

Để có cơ sở tổng hợp, báo cáo Ban An toàn giao thông tỉnh, Sở Giao thông vận tải đề nghị các đơn vị báo cáo tình hình thực hiện công tác bảo đảm trật tự an toàn giao thông năm 2024 (theo đề cương gửi kèm).

Thời hạn gửi báo cáo: trước ngày 10/12/2024.
Nơi nhận báo cáo: Sở Giao thông vận tải (qua Phòng Quản lý vận tải), đồng thời gửi bản điện tử qua hệ thống quản lý văn bản.

Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT, QLVT.
"""


def test_the_addressee_and_the_date_given_by_labels_after_the_duty():
    rows = _rows(TRANSPORT_LETTER)
    # The purpose clause that opens the sentence ("Để có cơ sở tổng hợp, báo cáo Ban An toàn giao thông tỉnh, Sở Giao thông
    # vận tải đề nghị …") is the reason for asking, no duty (round 20, reports11c: _reason_for_asking); the duty asked for
    # takes its addressee and date from the labels.
    assert len(rows) == 1
    assert rows[0][1:3] == ("Sở Giao thông vận tải tỉnh Bắc Ninh", "2024-12-10")


MINISTRY_LETTER = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Số: 4321/BGDĐT-GDPT
V/v báo cáo kết quả triển khai Chương trình giáo dục phổ thông 2018
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 15 tháng 8 năm 2024

Kính gửi: Các Sở Giáo dục và Đào tạo.

Để tổng hợp, đánh giá kết quả triển khai Chương trình giáo dục phổ thông 2018, Bộ Giáo dục và Đào tạo đề nghị các Sở Giáo dục và Đào tạo:
1. Chỉ đạo các cơ sở giáo dục tự đánh giá kết quả thực hiện, báo cáo về Sở trước ngày 15/9/2024.
2. Tổng hợp, báo cáo kết quả triển khai Chương trình trên địa bàn (theo mẫu gửi kèm) về Bộ Giáo dục và Đào tạo (qua Vụ Giáo dục phổ thông) trước ngày 30/9/2024.

Nơi nhận:
- Như trên;
- Lưu: VT, GDPT.
"""


def test_the_bodies_a_letter_asks_before_its_list_do_its_items():
    rows = _rows(MINISTRY_LETTER)
    assert rows[1] == ("Các Sở Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo", "2024-09-30", None)


def test_bodies_asked_by_their_kind_alone_leave_the_letters_addressees():
    letter = MINISTRY_LETTER.replace("đề nghị các Sở Giáo dục và Đào tạo:", "đề nghị các đơn vị:").replace(
        "2. Tổng hợp, báo cáo kết quả", "2. Gửi báo cáo kết quả"
    )
    assert _rows(letter)[1][0] == "Các Sở Giáo dục và Đào tạo"  # from "Kính gửi:", not "Các đơn vị"


PORTAL_RULES = """ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
Số: 20/2024/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 15 tháng 4 năm 2024

QUYẾT ĐỊNH
Ban hành Quy chế quản lý, vận hành Cổng dịch vụ công tỉnh Lâm Đồng

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành Cổng dịch vụ công tỉnh Lâm Đồng.
Điều 2. Quyết định này có hiệu lực từ ngày 25 tháng 4 năm 2024.
Điều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.

QUY CHẾ
Quản lý, vận hành Cổng dịch vụ công tỉnh Lâm Đồng

Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc quản lý, vận hành Cổng dịch vụ công tỉnh.
Chương II
TRÁCH NHIỆM CỦA CÁC CƠ QUAN
Điều 2. Trách nhiệm của Văn phòng Ủy ban nhân dân tỉnh
1. Quản lý, vận hành Cổng dịch vụ công tỉnh.
2. Định kỳ hằng quý, 6 tháng, năm hoặc đột xuất tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh tình hình khai thác, sử dụng Cổng dịch vụ công tỉnh.
Điều 3. Trách nhiệm của các sở, ban, ngành, Ủy ban nhân dân cấp huyện
1. Cập nhật, công khai thủ tục hành chính trên Cổng dịch vụ công tỉnh.
2. Báo cáo tình hình tiếp nhận, giải quyết hồ sơ trực tuyến về Văn phòng Ủy ban nhân dân tỉnh trước ngày 15 của tháng cuối quý.
"""


def test_the_body_an_article_makes_responsible_does_its_items():
    rows = _rows(PORTAL_RULES)
    assert [(sender, to) for sender, to, _, _ in rows] == [
        ("Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng", "Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng"),
        ("Các sở, ban, ngành, Ủy ban nhân dân cấp huyện", "Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng"),
    ]


def test_deadlines_written_in_more_ways():
    from vanban.loaders.deadlines import find_deadline

    for written in (
        "trước ngày 20 tháng 12/2024", "trước ngày 20/12 năm 2024", "chậm nhất là thứ Sáu, ngày 20/12/2024",
        "trước thứ Sáu ngày 20/12/2024", "hạn cuối ngày 20/12/2024", "chậm nhất đến ngày 20/12/2024",
    ):
        found = find_deadline(written)
        assert found is not None and found.iso == "2024-12-20", written
    assert find_deadline("trước thứ Hai tuần sau") is None
    assert find_deadline("trước ngày 20/12 năm nay").day_month == "20/12"


def test_a_deadline_with_a_weekday_dates_the_duty():
    header = Header(issuer="Sở Nội vụ tỉnh Phú Yên", province="Phú Yên")
    text = _letter("Các đơn vị gửi báo cáo về Sở Nội vụ chậm nhất là thứ Sáu, ngày 20/12/2024.")
    assert _found(text, header) == [("Các đơn vị", "Sở Nội vụ tỉnh Phú Yên", "2024-12-20", None)]


def test_reports_printed_or_settled_are_no_duties_but_settled_and_sent_is():
    header = Header(issuer="Ủy ban nhân dân huyện Cẩm Xuyên", province="Hà Tĩnh", district="Cẩm Xuyên")
    plan = (
        "KẾ HOẠCH\nTổ chức Hội nghị sơ kết\n\nIII. TỔ CHỨC THỰC HIỆN\n"
        "1. Văn phòng HĐND và UBND huyện chuẩn bị hội trường, tài liệu; in ấn báo cáo phục vụ hội nghị.\n"
        "2. Phòng Tài chính - Kế hoạch bố trí kinh phí; hướng dẫn các đơn vị lập báo cáo quyết toán theo quy định.\n"
    )
    assert _found(plan, header) == []
    # A Công văn of a Sở Tài chính (collected earlier): the settlement sent with its date is a duty.
    letter = _letter(
        "Sở Tài chính đề nghị các cơ quan, đơn vị lập báo cáo quyết toán ngân sách năm 2025 theo mẫu biểu quy định tại"
        " Thông tư số 342/2016/TT-BTC, gửi về Sở Tài chính trước 16h ngày 5/3/2026 để tổng hợp, báo cáo UBND tỉnh."
    )
    rows = _found(letter, Header(issuer="Sở Tài chính tỉnh Bình Định", province="Bình Định"))
    assert rows[0][1:3] == ("Sở Tài chính tỉnh Bình Định", "2026-03-05")


STEERING_DECISION = """ỦY BAN NHÂN DÂN HUYỆN NGHI LỘC
Số: 3120/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghi Lộc, ngày 05 tháng 8 năm 2024

QUYẾT ĐỊNH
Về việc kiện toàn Ban Chỉ đạo công tác chuyển đổi số huyện Nghi Lộc

QUYẾT ĐỊNH:
Điều 1. Kiện toàn Ban Chỉ đạo công tác chuyển đổi số huyện Nghi Lộc (sau đây gọi tắt là Ban Chỉ đạo), gồm các ông, bà có tên sau.
Điều 2. Ban Chỉ đạo có nhiệm vụ giúp UBND huyện chỉ đạo, điều phối các hoạt động chuyển đổi số trên địa bàn huyện; định kỳ 6 tháng, năm báo cáo UBND huyện, Ban Chỉ đạo chuyển đổi số tỉnh kết quả thực hiện. Thành viên Ban Chỉ đạo làm việc theo chế độ kiêm nhiệm.
Giao Phòng Văn hóa và Thông tin là cơ quan thường trực của Ban Chỉ đạo, có trách nhiệm tham mưu, tổng hợp báo cáo Ban Chỉ đạo.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.
"""


def test_the_standing_unit_of_a_steering_committee_reports_to_it():
    rows = _rows(STEERING_DECISION)
    assert rows[0][0] == "Ban Chỉ đạo"
    # The committee's report to its two addressees, one entry each (round 25); then its standing unit's.
    assert [row[1] for row in rows[:2]] == ["Ủy ban nhân dân huyện Nghi Lộc", "Ban Chỉ đạo chuyển đổi số tỉnh Nghệ An"]
    assert rows[2][:2] == ("Phòng Văn hóa và Thông tin", "Ban Chỉ đạo")  # not the committee of the huyện


def test_a_product_sent_somewhere_is_a_duty_dated_by_its_completion_label():
    header = Header(issuer="Sở Tư pháp tỉnh Quảng Ngãi", province="Quảng Ngãi")
    plan = (
        "KẾ HOẠCH\nCông tác phổ biến, giáo dục pháp luật năm 2024\n\nII. NỘI DUNG\n"
        "1. Tổ chức Ngày Pháp luật Việt Nam.\n- Cơ quan chủ trì: Phòng Phổ biến, giáo dục pháp luật.\n"
        "- Thời gian: tháng 11/2024.\n- Sản phẩm: Báo cáo kết quả tổ chức Ngày Pháp luật.\n"
        "2. Sơ kết công tác phổ biến, giáo dục pháp luật 6 tháng đầu năm.\n- Cơ quan chủ trì: Văn phòng Sở.\n"
        "- Sản phẩm: Báo cáo sơ kết gửi UBND tỉnh, Bộ Tư pháp.\n- Thời gian hoàn thành: trước ngày 20/6/2024.\n"
    )
    rows = _found(plan, header)
    # The first product is sent nowhere: no duty. The second is.
    assert [(to, deadline) for _, to, deadline, _ in rows] == [
        ("Ủy ban nhân dân tỉnh Quảng Ngãi", "2024-06-20"), ("Bộ Tư pháp", "2024-06-20")  # one entry per addressee
    ]


def _plan(items: str) -> str:
    return f"KẾ HOẠCH\nVề việc triển khai\n\nIII. TỔ CHỨC THỰC HIỆN\n{items}"


_DISTRICT = Header(issuer="Ủy ban nhân dân huyện Can Lộc", province="Hà Tĩnh", district="Can Lộc")


def test_a_heading_line_that_is_one_name_does_the_paragraph_after_it():
    rows = _found(_plan(
        "1. Các xã, thị trấn\nTrong quá trình thực hiện, Phòng Nội vụ hướng dẫn; báo cáo kết quả về UBND huyện trước ngày"
        " 15/12/2024.\n"
    ), _DISTRICT)
    assert rows[0][0] == "Các xã, thị trấn"  # was 'Các xã, thị trấn Trong quá trình', a name run across the line


def test_a_name_wrapped_onto_the_next_line_is_no_title():
    # Corpus 010: "- Các cơ quan, đơn vị, địa" / "phương, doanh nghiệp …" is one sentence wrapped by the PDF.
    rows = _found(_plan(
        "1. Các cơ quan, đơn vị, địa\nphương, doanh nghiệp tổ chức phát động thi đua; báo cáo Ủy ban nhân dân huyện kết quả.\n"
    ), _DISTRICT)
    assert rows[0][0] != "Các cơ quan, đơn vị, địa"


def test_the_body_given_the_work_shares_the_next_clause():
    rows = _found(_plan(
        "1. Công tác chỉ đạo\nUBND huyện giao Phòng Nội vụ chủ trì triển khai; báo cáo UBND huyện trước ngày 15/12/2024.\n"
    ), _DISTRICT)
    assert rows == [("Phòng Nội vụ", "Ủy ban nhân dân huyện Can Lộc", "2024-12-15", None)]


def test_a_labelled_bullet_keeps_its_label_as_the_doer():
    # A school's Kế hoạch (collected earlier): the bullet's label names the doer of the clause after the semicolon.
    school = Header(issuer="Trường THCS Tân Kiều", province="Đồng Tháp")
    rows = _found(_plan(
        "1. Ban Giám hiệu:\n- Phó Hiệu trưởng chỉ đạo nền nếp dạy học buổi chiều tại các điểm trường.\n"
        "- Cán bộ phụ trách Điểm Tân Kiều: Thường trực quản lý nền nếp, theo dõi sĩ số học sinh tại điểm Tân Kiều; báo cáo"
        " định kỳ về Ban Giám hiệu.\n"
    ), school)
    assert rows[0][:2] == ("Cán bộ phụ trách Điểm Tân Kiều", "Ban Giám hiệu")


def test_a_phong_named_by_its_kind_alone_is_the_issuer():
    header = Header(issuer="Phòng Giáo dục và Đào tạo huyện Hương Sơn", province="Hà Tĩnh", district="Hương Sơn")
    text = _letter(
        "Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường báo cáo số liệu thống kê đầu năm học 2024-2025 (theo biểu"
        " mẫu đính kèm) về Phòng (qua bộ phận THCS) trước ngày 30/9/2024."
    )
    assert _found(text, header) == [
        ("Hiệu trưởng các trường", "Phòng Giáo dục và Đào tạo huyện Hương Sơn", "2024-09-30", None)
    ]
    # Not another kind: a Phòng's letter sending to "Sở" names no body.
    other = _letter("Các trường báo cáo kết quả về Sở trước ngày 30/9/2024.")
    assert _found(other, header)[0][1] is None


def test_the_sending_time_labelled_alone_dates_the_duty_before_it():
    header = Header(issuer="Sở Nội vụ tỉnh Phú Yên", province="Phú Yên")
    text = _letter(
        "Sở Nội vụ đề nghị các đơn vị báo cáo kết quả thực hiện về Sở Nội vụ.\nThời gian gửi: trước ngày 20/12/2024."
    )
    assert _found(text, header) == [("Các đơn vị", "Sở Nội vụ tỉnh Phú Yên", "2024-12-20", None)]


def test_reports_named_as_nouns_are_no_duties():
    header = Header(issuer="Sở Nội vụ tỉnh Phú Yên", province="Phú Yên")
    for sentence in (
        "Thủ trưởng đơn vị báo cáo chịu trách nhiệm về tính chính xác của số liệu báo cáo.",
        "Báo cáo phải phản ánh đầy đủ, trung thực tình hình thực hiện.",
        "Đơn vị nào chậm báo cáo sẽ bị trừ điểm thi đua.",
        "Kết quả báo cáo là căn cứ để đánh giá, xếp loại thi đua cuối năm.",
        "Việc báo cáo phải đảm bảo đúng thời gian quy định.",
    ):
        assert _found(_letter(sentence), header) == [], sentence


def test_the_reporting_carried_out_or_sent_stays_a_duty():
    header = Header(issuer="Sở Nội vụ tỉnh Phú Yên", province="Phú Yên")
    for sentence, to in (
        ("Các đơn vị thực hiện việc báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2024.", "Sở Nội vụ tỉnh Phú Yên"),
        ("Trưởng phòng thực hiện việc báo cáo Ban Giám đốc về kết quả công tác hằng tháng.", "Ban Giám đốc"),
        ("Báo cáo phải gửi về Sở Nội vụ trước ngày 15/12/2024.", "Sở Nội vụ tỉnh Phú Yên"),
    ):
        assert [row[1] for row in _found(_letter(sentence), header)] == [to], sentence


def test_how_and_in_what_copy_the_report_is_sent_adds_no_duty():
    header = Header(issuer="Sở Nội vụ tỉnh Phú Yên", province="Phú Yên")
    for after in (
        "Báo cáo được gửi bằng văn bản giấy và bản điện tử qua địa chỉ email: snv@phuyen.gov.vn.",
        "Đồng thời gửi bản mềm báo cáo qua email snv@phuyen.gov.vn.",
    ):
        letter = (
            "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thị xã, thành phố.\n\nSở Nội vụ đề nghị các đơn vị báo cáo"
            f" kết quả về Sở Nội vụ trước ngày 15/12/2024. {after}\n\nNơi nhận:\n- Như trên;\n"
        )
        assert _found(letter, header) == [("Các đơn vị", "Sở Nội vụ tỉnh Phú Yên", "2024-12-15", None)], after


def test_the_duty_asked_again_in_a_letters_closing_with_its_manner_only_is_one():
    header = Header(issuer="Sở Nội vụ tỉnh Phú Yên", province="Phú Yên")
    for closing in (
        "Đề nghị các đơn vị nghiêm túc thực hiện, gửi báo cáo đúng thời gian quy định./.",
        "Đề nghị Thủ trưởng các cơ quan, đơn vị quan tâm chỉ đạo thực hiện và báo cáo đúng thời hạn./.",
        "Rất mong nhận được sự quan tâm phối hợp và báo cáo kịp thời của Quý cơ quan./.",
    ):
        letter = (
            "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thị xã, thành phố.\n\nSở Nội vụ đề nghị các đơn vị báo cáo"
            f" kết quả về Sở Nội vụ trước ngày 15/12/2024.\n\n{closing}\n\nNơi nhận:\n- Như trên;\n"
        )
        assert len(_found(letter, header)) == 1, closing
    # "theo quy định" is no manner only: seed 003's "tổng hợp, tham mưu báo cáo theo quy định" stays (the seeds' score).


def test_a_list_of_subjects_shares_the_clause_after_its_semicolon():
    header = Header(issuer="Ủy ban nhân dân tỉnh Phú Yên", province="Phú Yên")
    closing = (
        "KẾ HOẠCH\nVề việc triển khai\n\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì triển khai.\n2. Các sở, ban, ngành thực"
        " hiện.\n\nYêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thị xã, thành phố nghiêm túc triển khai"
        " thực hiện; định kỳ báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ) trước ngày 10/12 hằng năm.\n"
    )
    assert _found(closing, header)[0][0] == (
        "Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố"
    )
    # Example 01 (a Kế hoạch of UBND tỉnh Sơn La): the item's two subjects, not the first alone.
    item = (
        "KẾ HOẠCH\nVề việc triển khai\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện,"
        " thành phố căn cứ Kế hoạch này xây dựng kế hoạch triển khai thực hiện tại cơ quan, đơn vị, địa phương; định kỳ 6"
        " tháng (trước ngày 15/6/2025) và hằng năm (trước ngày 15/11/2025) báo cáo kết quả thực hiện gửi về Ủy ban nhân dân"
        " tỉnh (qua Sở Nội vụ).\n"
    )
    senders = {row[0] for row in _found(item, Header(issuer="Ủy ban nhân dân tỉnh Sơn La", province="Sơn La"))}
    assert senders == {"Các sở, ban, ngành tỉnh, Ủy ban nhân dân các huyện, thành phố"}


def test_commune_health_stations_and_a_centre_named_by_its_kind():
    header = Header(issuer="Trung tâm Y tế huyện Đại Lộc", province="Quảng Nam")
    rows = _found(_plan(
        "1. Các trạm y tế báo cáo cấp ủy, chính quyền địa phương để chỉ đạo.\n"
        "2. Các khoa, phòng báo cáo Trung tâm trước ngày 25 hằng tháng.\n"
    ), header)
    assert [(sender, to) for sender, to, _, _ in rows] == [
        ("Các trạm y tế", "Cấp ủy, chính quyền địa phương"), ("Các khoa, phòng", "Trung tâm Y tế huyện Đại Lộc"),
    ]


def test_a_group_after_an_unread_opening_is_the_subject():
    header = Header(issuer="Ủy ban nhân dân tỉnh Phú Yên", province="Phú Yên")
    text = (
        "KẾ HOẠCH\nVề việc triển khai\n\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì triển khai.\n2. Các sở, ban, ngành thực"
        " hiện.\n\nTrong quá trình thực hiện, có khó khăn vướng mắc, các địa phương, đơn vị báo cáo UBND tỉnh (qua Sở Nội vụ)"
        " để được hướng dẫn.\n"
    )
    assert _found(text, header)[0][:2] == ("Các địa phương, đơn vị", "Ủy ban nhân dân tỉnh Phú Yên")  # not the plan's addressees


PERIODIC_REGIME = """ỦY BAN NHÂN DÂN TỈNH KON TUM
Số: 06/2024/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kon Tum, ngày 25 tháng 01 năm 2024

QUYẾT ĐỊNH
QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ PHỤC VỤ MỤC TIÊU QUẢN LÝ TRÊN ĐỊA BÀN TỈNH KON TUM

Điều 1. Ban hành kèm theo Quyết định này Quy định chế độ báo cáo định kỳ phục vụ mục tiêu quản lý trên địa bàn tỉnh Kon Tum.
Điều 2. Quyết định này có hiệu lực kể từ ngày 05 tháng 02 năm 2024.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này./.

QUY ĐỊNH
CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ PHỤC VỤ MỤC TIÊU QUẢN LÝ TRÊN ĐỊA BÀN TỈNH KON TUM

Điều 1. Phạm vi điều chỉnh
Quy định này quy định chế độ báo cáo định kỳ phục vụ mục tiêu quản lý trên địa bàn tỉnh.
Điều 2. Báo cáo tình hình quản lý cụm công nghiệp
1. Tên báo cáo: Báo cáo tình hình quản lý cụm công nghiệp trên địa bàn.
2. Nội dung yêu cầu báo cáo: tình hình đầu tư, hoạt động của các cụm công nghiệp.
3. Đối tượng thực hiện báo cáo: Ủy ban nhân dân các huyện, thành phố.
4. Cơ quan nhận báo cáo: Sở Công Thương.
5. Phương thức gửi, nhận báo cáo: qua Hệ thống thông tin báo cáo của tỉnh.
6. Thời gian chốt số liệu báo cáo: từ ngày 15 tháng 12 năm trước kỳ báo cáo đến ngày 14 tháng 12 của kỳ báo cáo.
7. Thời hạn gửi báo cáo: trước ngày 20 tháng 12 hằng năm.
8. Tần suất thực hiện báo cáo: định kỳ hằng năm.
Điều 3. Báo cáo kết quả công tác phòng, chống thiên tai
1. Tên báo cáo: Báo cáo kết quả công tác phòng, chống thiên tai.
2. Đối tượng thực hiện báo cáo: Sở Nông nghiệp và Phát triển nông thôn.
3. Cơ quan nhận báo cáo: Ủy ban nhân dân tỉnh.
4. Thời hạn gửi báo cáo: ngày 15 tháng 6 (báo cáo 6 tháng) và ngày 15 tháng 12 (báo cáo năm).
5. Tần suất thực hiện báo cáo: 6 tháng, hằng năm.
"""


def test_each_report_of_a_periodic_regime_set_out_by_its_fields_is_one_duty():
    # The fields Nghị định 09/2019/NĐ-CP sets out for every periodic report (Đối tượng thực hiện, Cơ quan nhận, Thời hạn
    # gửi, Tần suất); the article's title and its fields' words are no duties of their own.
    assert _rows(PERIODIC_REGIME) == [
        ("Ủy ban nhân dân các huyện, thành phố", "Sở Công Thương tỉnh Kon Tum", None, "định kỳ hằng năm (trước ngày 20/12)"),
        ("Sở Nông nghiệp và Phát triển nông thôn tỉnh Kon Tum", "Ủy ban nhân dân tỉnh Kon Tum", None, "6 tháng, hằng năm"),
    ]
