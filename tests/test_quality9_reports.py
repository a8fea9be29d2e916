"""Reports, round 9: the sender named by a list of bodies, by a sub-item's head; an addressee said once
for two coordinated reports, after an adverb, named by its power, or long up to the full stop; priced
products, nouns of a list and award dossiers are no duties; daily reports. Fragments quoted from the
corpus and the examples (file named in each test)."""

from __future__ import annotations

from vanban.loaders.records import Header
from vanban.loaders.reports import NOUN_LIST_BEFORE, PRICED, RECURRENCE, SUPERIOR, _same_body, find_reports
from vanban.loaders.text import make_text
from tests.report_plans import reports_of as _reports

NGHE_AN = Header(issuer="Ủy ban nhân dân tỉnh Nghệ An", province="Nghệ An")
MOC_CHAU = Header(issuer="Ủy ban nhân dân huyện Mộc Châu", province="Sơn La", district="Mộc Châu")
LAI_CHAU = Header(issuer="Ủy ban nhân dân tỉnh Lai Châu", province="Lai Châu")
CAN_THO = Header(issuer="Ủy ban nhân dân thành phố Cần Thơ", province="Cần Thơ")
HA_GIANG = Header(issuer="Hội đồng nhân dân tỉnh Hà Giang", province="Hà Giang")


def test_a_sender_named_by_a_list_of_bodies_keeps_the_list():
    # corpus 002 IV.1: the list's first "các" is no shared complement ("các Sở, Thủ trưởng …" lost
    # its "Giám đốc").
    reps = _reports(
        "1. Căn cứ kế hoạch này, Giám đốc các Sở, Thủ\ntrưởng các ngành, cơ quan cấp tỉnh, UBND các xã,"
        " phường, các cơ quan, đơn vị có\nliên quan xây dựng kế hoạch cụ thể để triển khai thực hiện; kết"
        " quả thực hiện\nbáo cáo về Công an tỉnh (qua Phòng An ninh chính trị nội bộ).",
        NGHE_AN,
    )
    assert [(r["from"], r["to"]) for r in reps] == [
        (
            "Giám đốc các Sở, Thủ trưởng các ngành, cơ quan cấp tỉnh, Ủy ban nhân dân các xã, phường, các cơ quan, đơn vị",
            "Công an tỉnh Nghệ An",
        )
    ]


def test_a_shared_complement_is_still_the_sender():
    # seed 004 III.1: "Cấp ủy đảng, Thủ trưởng, Chủ tịch công đoàn các đơn vị" -> "các đơn vị".
    reps = _reports(
        "1. Cấp ủy đảng, Thủ trưởng, Chủ tịch công đoàn các đơn vị xây dựng kế hoạch. Định kỳ 6 tháng, một"
        " năm báo cáo kết quả gửi về Phòng Tổ chức cán bộ, Sở Y tế.",
        Header(issuer="Sở Y tế tỉnh Hà Tĩnh", province="Hà Tĩnh"),
    )
    assert reps[0]["from"] == "Các đơn vị"


def test_a_coordinated_report_shares_the_addressee_said_before():
    # examples 04 (KH 27/KH-UBND Mộc Châu), III.1.
    reps = _reports(
        "1. Các cơ quan, đơn vị và UBND các xã, thị trấn báo cáo kết quả thực hiện gửi về UBND huyện (qua"
        " Phòng Nội vụ) định kỳ 6 tháng trước ngày 05/6/2025 và báo cáo năm trước ngày 31/10/2025.",
        MOC_CHAU,
    )
    assert [(r["to"], r["deadline"], r["recurrence"]) for r in reps] == [
        ("Ủy ban nhân dân huyện Mộc Châu", "2025-06-05", "định kỳ 6 tháng"),
        ("Ủy ban nhân dân huyện Mộc Châu", "2025-10-31", "hằng năm"),
    ]


def test_an_authority_named_by_its_power_is_the_addressee():
    # corpus 017 (Lai Châu) and 036 (Đắk Lắk), kept as written like "Đơn vị cấp trên".
    reps = _reports(
        "1. Các cơ quan, đơn vị lập dự toán, quyết toán, quản lý sử dụng và báo cáo cấp có thẩm quyền phê"
        " duyệt theo quy định của Luật Ngân sách nhà nước.",
        LAI_CHAU,
    )
    assert [r["to"] for r in reps] == ["Cấp có thẩm quyền"]
    assert SUPERIOR.fullmatch("cơ quan có thẩm quyền")
    assert SUPERIOR.fullmatch("các cơ quan nhà nước có thẩm quyền")
    assert SUPERIOR.fullmatch("cơ quan quản lý cấp trên")  # corpus 047
    assert not SUPERIOR.match("cơ quan chủ trì")


def test_an_adverb_before_the_addressee():
    # corpus 028 (KH 987/KH-UBND Nghệ An), IV.3.
    reps = _reports(
        "1. Các Sở, ban, ngành cấp tỉnh: Trong quá trình thực hiện, nếu có vướng mắc, báo cáo kịp thời UBND"
        " tỉnh (qua Ban Quản lý Khu kinh tế Đông Nam) để xử lý theo thẩm quyền.",
        NGHE_AN,
    )
    assert [r["to"] for r in reps] == ["Ủy ban nhân dân tỉnh Nghệ An"]


def test_a_long_addressee_runs_up_to_the_full_stop():
    # corpus 011 (KH 160/KH-UBND Cần Thơ), IV.3: 13 words, the clause cut at its full stop.
    reps = _reports(
        "1. Sở Nông nghiệp và Môi trường tổng hợp chung các mẫu biểu; xây dựng báo cáo giám sát, báo cáo"
        " đánh giá để báo cáo Bộ Nông nghiệp và Môi\ntrường và Ủy ban nhân dân thành phố.",
        CAN_THO,
    )
    # One entry per addressee (round 25), each with the clause's evidence.
    assert [r["to"] for r in reps[-2:]] == ["Bộ Nông nghiệp và Môi trường", "Ủy ban nhân dân thành phố Cần Thơ"]
    assert reps[-1]["evidence"].startswith("để báo cáo Bộ Nông nghiệp")  # round 10: from its purpose clause


def test_the_sender_is_named_at_the_head_of_the_sub_item():
    # corpus 077 (NQ HĐND Hà Giang), Điều 2, item 1: "- Chỉ đạo Sở Tài nguyên và Môi trường: …".
    reps = _reports(
        "1. Về lĩnh vực Tài nguyên Môi\ntrường:\n- Chỉ đạo Sở Tài nguyên và Môi\ntrường: Thường xuyên kiểm"
        " tra, đôn đốc các huyện, thành phố; kịp thời rà\nsoát, bổ sung các danh mục công trình, dự án thu"
        " hồi đất phát sinh báo cáo UBND\ntỉnh trình HĐND tỉnh cho ý kiến.\n- Chỉ đạo Công an tỉnh ngay\nsau"
        " khi kết thúc việc thanh tra, thực hiện Báo\ncáo kết quả thanh tra tại Kỳ họp thứ Sáu, HĐND tỉnh.",
        HA_GIANG,
    )
    assert [r["from"] for r in reps] == ["Sở Tài nguyên và Môi trường tỉnh Hà Giang", "Công an tỉnh Hà Giang"]
    assert reps[0]["to"] == "Ủy ban nhân dân tỉnh Hà Giang"


def test_priced_products_lists_and_dossiers_are_no_duties():
    # corpus 057: a budget line; corpus 064: the same, its price after a colon and a dash.
    reps = _reports(
        "1. Kinh phí: d) Chi xây dựng báo cáo kết quả của đợt kiểm tra, giám sát bầu cử của từng đoàn kiểm"
        " tra, giám sát: cấp tỉnh: 5.000.000 đồng/1 báo cáo.\n"
        "2. Mức chi: d) Báo cáo tổng kết công tác bầu cử, tính cho sản phẩm cuối cùng, bao gồm cả tiếp thu,"
        " chỉnh lý: - Xây dựng văn bản cấp tỉnh: 4.000.000 đồng/văn bản.\n"
        # corpus 005: a noun of a list; an award dossier's report.
        "3. Tăng cường ứng dụng công nghệ thông tin, chuyển đổi số trong tuyên truyền, quản lý, báo cáo, thống"
        " kê phục vụ bầu cử.\n"
        "4. Hồ sơ gồm: - Tờ trình; - Báo cáo thành tích của các tập thể, cá nhân được đề nghị khen thưởng"
        " theo mẫu quy định.",
        LAI_CHAU,
    )
    assert reps == []
    assert PRICED.match(": 7.000.000 đồng")
    assert not PRICED.match(" kết quả. Mức chi 7.000.000 đồng")  # a sentence of its own
    assert NOUN_LIST_BEFORE.search("trong tuyên truyền, quản lý, ")
    assert not NOUN_LIST_BEFORE.search("trong năm 2025, ")


def test_a_report_with_its_price_in_another_sentence_is_a_duty():
    reps = _reports(
        "1. Sở Tài chính báo cáo UBND tỉnh kết quả thực hiện. Mức chi hỗ trợ 2.000.000 đồng/người.",
        LAI_CHAU,
    )
    assert [(r["from"], r["to"]) for r in reps] == [("Sở Tài chính tỉnh Lai Châu", "Ủy ban nhân dân tỉnh Lai Châu")]


def test_daily_reports():
    # corpus 023 IV.3: "- Báo cáo tổng hợp hàng ngày gửi UBND tỉnh, Ban Chỉ huy Phòng chống thiên tai …".
    assert RECURRENCE.search("Báo cáo tổng hợp hàng ngày gửi").group(0) == "hàng ngày"
    reps = _reports("1. Các Trung tâm y tế giám sát tuyến xã và báo cáo hằng ngày.", LAI_CHAU)
    assert [r["recurrence"] for r in reps] == ["hằng ngày"]


# A Chỉ thị of UBND tỉnh in the corpus's style (items addressed by label, sub-items lettered), written
# for the patterns of this round: a label naming two groups of addressees, a two-period list with its
# two dates, a unit compiling for the issuer's head.
QUANG_BINH = Header(issuer="Ủy ban nhân dân tỉnh Quảng Bình", province="Quảng Bình")
DIRECTIVE_ITEMS = """1. Thủ trưởng các sở, ban, ngành, đoàn thể cấp tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố:
a) Tổ chức quán triệt, triển khai thực hiện nghiêm các quy định của pháp luật về phòng cháy, chữa cháy.
b) Định kỳ 6 tháng, năm báo cáo kết quả thực hiện về UBND tỉnh (qua Công an tỉnh) trước ngày 15/6 và 15/12 hằng năm.
2. Công an tỉnh:
a) Chủ trì, phối hợp với các sở, ngành, địa phương tham mưu UBND tỉnh chỉ đạo công tác phòng cháy, chữa cháy.
b) Theo dõi, đôn đốc việc thực hiện Chỉ thị này; tổng hợp, báo cáo Chủ tịch UBND tỉnh kết quả thực hiện."""


def test_a_label_of_addressees_is_the_sender_of_its_sub_items():
    reps = _reports(DIRECTIVE_ITEMS, QUANG_BINH)
    assert reps[0]["from"] == (
        "Thủ trưởng các sở, ban, ngành, đoàn thể cấp tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố"
    )


def test_two_periods_with_their_two_dates_are_two_duties():
    reps = _reports(DIRECTIVE_ITEMS, QUANG_BINH)
    units = [r for r in reps if r["from"].startswith("Thủ trưởng")]
    assert [(r["to"], r["recurrence"]) for r in units] == [
        ("Ủy ban nhân dân tỉnh Quảng Bình", "6 tháng (trước ngày 15/6)"),
        ("Ủy ban nhân dân tỉnh Quảng Bình", "hằng năm (trước ngày 15/12)"),
    ]
    assert units[1]["evidence"].endswith("trước ngày 15/6 và 15/12")


def test_a_unit_compiling_for_the_issuers_head_is_the_sender():
    # "Công an tỉnh: … tổng hợp, báo cáo Chủ tịch UBND tỉnh": not UBND tỉnh reporting to its own head.
    reps = _reports(DIRECTIVE_ITEMS, QUANG_BINH)
    assert (reps[-1]["from"], reps[-1]["to"]) == ("Công an tỉnh Quảng Bình", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Bình")


def test_the_issuer_named_by_its_level_is_not_a_sender_to_itself():
    # A Quyết định of UBND xã (articles, no items): the team the article names reports to UBND xã.
    decision = (
        "QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác rà soát hộ nghèo năm 2024\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Thành lập Tổ công tác rà soát hộ nghèo năm 2024 gồm các ông, bà có tên sau.\n"
        "Điều 2. Tổ công tác có nhiệm vụ tổ chức rà soát hộ nghèo trên địa bàn xã; tổng hợp kết quả báo cáo"
        " UBND xã trước ngày 30/11/2024.\n"
    )
    header = Header(issuer="Ủy ban nhân dân xã Tân Lập", province="Đắk Lắk")
    reps = [r.model_dump(by_alias=True) for r in find_reports(make_text(decision), header)]
    # (round 10: "UBND xã" in the commune's own document takes its name.)
    assert [(r["from"], r["to"], r["deadline"]) for r in reps] == [("Tổ công tác", "Ủy ban nhân dân xã Tân Lập", "2024-11-30")]


def test_same_body_reads_a_place_after_a_name():
    assert _same_body("Ủy ban nhân dân xã", "Ủy ban nhân dân xã Tân Lập")
    assert _same_body("Sở Y tế", "Sở Y tế tỉnh Kon Tum")
    assert not _same_body("Sở Nông nghiệp", "Sở Nông nghiệp và Môi trường")
    assert not _same_body("Sở Y tế", "Sở Y tế tỉnh Kon Tum và Bộ Y tế")


def test_periods_listed_and_a_day_of_the_last_month_of_the_quarter():
    # "định kỳ hằng quý, 6 tháng, năm … trước ngày 20 của tháng cuối quý".
    reps = _reports(
        "1. Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện căn cứ nhiệm vụ được giao xây dựng kế hoạch"
        " triển khai thực hiện; định kỳ hằng quý, 6 tháng, năm báo cáo kết quả thực hiện về UBND huyện (qua"
        " Phòng Nội vụ) trước ngày 20 của tháng cuối quý để tổng hợp.",
        MOC_CHAU,
    )
    assert [(r["to"], r["deadline"], r["recurrence"]) for r in reps] == [
        ("Ủy ban nhân dân huyện Mộc Châu", None, "định kỳ hằng quý, 6 tháng, năm (trước ngày 20 của tháng cuối quý)")
    ]
    assert RECURRENCE.search("hàng tháng, quý, năm báo cáo").group(0) == "hàng tháng, quý, năm"
    assert RECURRENCE.search("hằng tháng, quý IV/2025").group(0) == "hằng tháng"
    assert RECURRENCE.search("hằng năm, năm 2025").group(0) == "hằng năm"


def test_the_issuers_head_by_title_and_a_time_after_the_addressee():
    school = Header(issuer="Trường Trung học cơ sở Nguyễn Du", province="Đắk Lắk")
    reps = _reports(
        "1. Giáo viên chủ nhiệm\nTheo dõi sức khỏe học sinh, báo cáo ngay cho Ban Giám hiệu khi phát hiện học"
        " sinh có biểu hiện nghi mắc bệnh.\n2. Nhân viên y tế trường học\nTổng hợp tình hình, báo cáo Hiệu"
        " trưởng hằng tuần.",
        school,
    )
    assert [(r["from"], r["to"], r["recurrence"]) for r in reps] == [
        ("Giáo viên chủ nhiệm", "Ban Giám hiệu", "ngay khi phát hiện học sinh có biểu hiện nghi mắc bệnh"),  # round 20
        # The nurse compiles for the principal, the issuer's head: the nurse is the sender.
        ("Nhân viên y tế trường học", "Hiệu trưởng", "hằng tuần"),
    ]


def test_a_day_of_the_last_month_in_its_other_spellings():
    reps = _reports(
        "1. Các đơn vị gửi báo cáo quý về Sở Nội vụ trước ngày 05 tháng cuối cùng của mỗi quý.", LAI_CHAU
    )
    assert reps[0]["recurrence"] == "hằng quý (trước ngày 5 tháng cuối cùng của mỗi quý)"


def test_a_copy_and_a_bracketed_time_limit():
    reps = _reports(
        "1. Các sở, ngành báo cáo kết quả thực hiện về UBND tỉnh, đồng gửi Sở Nội vụ trước ngày 10/12/2024.\n"
        "2. Định kỳ hằng tháng (trước ngày 20), các sở, ngành báo cáo tình hình thực hiện về Sở Kế hoạch và"
        " Đầu tư.",
        LAI_CHAU,
    )
    assert [(r["from"], r["to"]) for r in reps] == [
        ("Các sở, ngành", "Ủy ban nhân dân tỉnh Lai Châu"),  # "đồng gửi Sở Nội vụ" is a copy
        ("Các sở, ngành", "Sở Kế hoạch và Đầu tư tỉnh Lai Châu"),
    ]
    assert reps[1]["recurrence"] == "định kỳ hằng tháng (trước ngày 20)"


# corpus 029 (KH 159/KH-UBND Cần Thơ), VI.5 and VI.6, as written.
CAN_THO_029 = """**5. Các Sở, ngành, đơn vị liên quan**

- Tổng hợp, lồng ghép báo
cáo công tác truyền thông, tuyên truyền trong báo cáo công tác giảm nghèo hàng
năm của cơ quan, đơn vị và gửi về Sở Nông nghiệp và Môi trường.

**6. Ủy ban nhân dân cấp xã**

- Tổng hợp, báo cáo tình
hình thực hiện Kế hoạch truyền thông về Chương trình và gửi về Sở Nông nghiệp
và Môi trường."""


def test_units_compiling_for_a_department_send_their_own_report():
    reps = _reports("1. Mục đích.\n" + CAN_THO_029.replace("**5.", "**2.").replace("**6.", "**3."), CAN_THO)
    assert [(r["from"], r["to"], r["recurrence"]) for r in reps] == [
        # A noun "báo cáo" ("trong báo cáo công tác giảm nghèo") neither adds a duty nor cuts the clause
        # before its "gửi về"; UBND thành phố does not report to its own department.
        ("Các Sở, ngành, đơn vị liên quan", "Sở Nông nghiệp và Môi trường thành phố Cần Thơ", "hằng năm"),
        ("Ủy ban nhân dân cấp xã", "Sở Nông nghiệp và Môi trường thành phố Cần Thơ", None),
    ]


def test_a_report_as_a_document_is_no_duty():
    reps = _reports(
        "1. Sở Nội vụ chịu trách nhiệm về việc báo cáo, đề nghị ban hành và nội dung Kế hoạch này.\n"  # corpus 006
        "2. Thực hiện thu thập thông tin, dữ liệu tách biệt về giới tính trong báo cáo các mục tiêu, chỉ tiêu.",  # 008
        LAI_CHAU,
    )
    assert reps == []


def test_a_condition_inside_the_closings_opening():
    # corpus 009, the closing: "Trong quá trình thực hiện nếu có khó khăn, vướng mắc, các cơ quan, …".
    reps = _reports(
        "1. Các tổ chức cung cấp dịch vụ chi trả phối hợp thực hiện.\n\nTrên đây là Kế hoạch. Trong quá trình"
        " thực hiện nếu có khó khăn, vướng\nmắc, các cơ quan, đơn vị, địa phương báo cáo về Sở Y tế để xem xét"
        " giải quyết\ntheo thẩm quyền.",
        CAN_THO,
    )
    assert [(r["from"], r["to"]) for r in reps] == [("Các cơ quan, đơn vị, địa phương", "Sở Y tế thành phố Cần Thơ")]


def test_cho_before_a_superior_later_in_the_clause():
    # corpus 047, 1.5: the addressee after the report's object.
    reps = _reports("1. Các đơn vị:\n- Báo cáo kết quả kiểm kê cho cơ quan quản lý cấp trên.", LAI_CHAU)
    assert [r["to"] for r in reps] == ["Cơ quan quản lý cấp trên"]
    # Not any "cho": a beneficiary is no addressee.
    reps = _reports("1. Các đơn vị báo cáo kết quả hỗ trợ cho các hộ nghèo.", LAI_CHAU)
    assert [r["to"] for r in reps] == [None]
