"""Reporting duties, round 12: the item's lead unit ("- Đơn vị chủ trì: …") as the sender of its reports,
a Front committee named with and without "Việt Nam" as one body, a bare duty said again in the next
sentence with its addressee. Fragments written in the style of the documents (a Kế hoạch of a commune
Front committee, a Công văn of a provincial committee)."""

from __future__ import annotations

from vanban.loaders.records import Header
from vanban.loaders.reports import find_reports
from vanban.loaders.text import make_text

_FRONT = Header(issuer="Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh", province="Quảng Ninh")

# Conferences, each with its lead unit in a label, its report in a sub-item; the plan's last organisation
# item names a group (the addressees a duty without a doer fell back to).
CONFERENCES = """KẾ HOẠCH

Tổ chức các hội nghị hiệp thương

I. MỤC ĐÍCH, YÊU CẦU

- Thực hiện đúng quy định.

II. NỘI DUNG, TIẾN ĐỘ

1. Hội nghị hiệp thương lần thứ hai

1.1. Nội dung: Hiệp thương lập danh sách sơ bộ những người ứng cử.

- Thời gian: Dự kiến ngày 30/01/2026.

- Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ Việt Nam xã.

1.2. Báo cáo kết quả hội nghị và Tổ chức lấy ý kiến cử tri nơi cư trú

- Gửi Biên bản và báo cáo tình hình hiệp thương về Ban Thường trực Ủy ban MTTQ xã ngay sau khi kết thúc hội nghị. Báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chậm nhất ngày 03/02/2026.

III. TỔ CHỨC THỰC HIỆN

1. Các tổ chức thành viên của MTTQ xã

- Cử đại diện lãnh đạo tham dự đầy đủ các hội nghị hiệp thương.
"""


def _rows(body: str, header: Header):
    return [(r.from_, r.to, r.deadline) for r in find_reports(make_text(body), header)]


def test_the_items_lead_unit_sends_its_report():
    rows = _rows(CONFERENCES, _FRONT)
    # Not "Các tổ chức thành viên…", the plan's addressees: the item's "Đơn vị chủ trì".
    assert (
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh",
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh",
        "2026-02-03",
    ) in rows
    assert not any(f and f.startswith("Các tổ chức thành viên") for f, _, _ in rows)


def test_a_front_committee_does_not_report_to_itself():
    # The minutes go to "Ban Thường trực Ủy ban MTTQ xã", the lead unit itself ("… MTTQ Việt Nam xã"): the
    # sender is unknown, not the addressee.
    rows = _rows(CONFERENCES, _FRONT)
    assert (None, "Ban Thường trực Ủy ban Mặt trận Tổ quốc xã Lương Minh", None) in rows
    assert all(f is None or t is None or "tỉnh" in t for f, t, _ in rows)


_PROVINCE = Header(issuer="Ủy ban nhân dân tỉnh Khánh Hòa", province="Khánh Hòa")


def _letter(body: str) -> str:
    return (
        "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nSố:     /UBND-KT\nV/v triển khai thực hiện Nghị định\n\n"
        f"Kính gửi: Sở Công Thương.\n\n{body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )


def test_a_bare_duty_said_again_with_its_addressee_is_one_entry():
    body = (
        "Giao Sở Công Thương chủ trì, phối hợp với các đơn vị liên quan đánh giá, tổng hợp báo cáo kết quả triển "
        "khai thực hiện Nghị định số 68/2017/NĐ-CP của Chính phủ trên địa bàn tỉnh (Sao gửi kèm theo). Trình "
        "UBND tỉnh trước ngày 10/8/2018 để báo cáo Bộ Công Thương theo thời gian quy định./."
    )
    assert _rows(_letter(body), _PROVINCE) == [("Ủy ban nhân dân tỉnh Khánh Hòa", "Bộ Công Thương", None)]


def test_two_reports_of_one_sentence_stay_two():
    # corpus 078 (NQ HĐND Hà Giang), as written: a report at a session, then another on the follow-up.
    body = (
        "Hội đồng nhân dân tỉnh giao:\n1. Thường trực Hội đồng nhân dân tỉnh:\na) Xem xét kết quả hoạt động giám "
        "sát; báo cáo kết quả giám sát giữa hai kỳ họp trình Hội đồng nhân dân vào kỳ họp giữa năm 2019; theo dõi "
        "kết quả thực hiện kiến nghị sau giám sát và báo cáo Hội đồng nhân dân tại kỳ họp gần nhất."
    )
    header = Header(issuer="Hội đồng nhân dân tỉnh Hà Giang", province="Hà Giang")
    rows = _rows(body, header)
    assert len(rows) == 2
    # Round 22: the first is submitted ("trình") to the council too, its session cut off the name.
    assert rows[0][1] == "Hội đồng nhân dân" and rows[1][1] == "Hội đồng nhân dân"


def test_the_sender_of_a_letters_closing_is_the_body_asked():
    from tests.test_quality12_tasks import LETTER_WITH_POINTS

    header = Header(issuer="Bộ Giáo dục và Đào tạo")
    assert _rows(LETTER_WITH_POINTS, header) == [
        ("Các sở giáo dục và đào tạo", "Bộ Giáo dục và Đào tạo", "2015-12-20")
    ]


# A plan of a provincial health department: district centres feed the centre for disease control, which
# sends the figures to the department for its report.
DATA_FOR_REPORT = """KẾ HOẠCH
Tiêm vắc xin phòng Covid-19 cho trẻ em

I. MỤC ĐÍCH
- Có số liệu chính xác.

II. TỔ CHỨC THỰC HIỆN
1. Trung tâm Y tế các huyện, thành phố chủ động rà soát, thống kê số liệu trẻ em; gửi báo cáo số liệu về Trung tâm Kiểm soát bệnh tật để tổng hợp trước ngày 28/9.
2. Trung tâm Kiểm soát bệnh tật tỉnh làm đầu mối tổng hợp số liệu trẻ em theo từng nhóm tuổi gửi về Sở Y tế trước ngày 30/9 để báo cáo Viện Vệ sinh dịch tễ Trung ương và UBND tỉnh theo quy định./.
"""


def test_data_sent_to_a_body_for_its_report_makes_it_the_sender():
    header = Header(issuer="Sở Y tế tỉnh Bắc Kạn", province="Bắc Kạn")
    reps = find_reports(make_text(DATA_FOR_REPORT), header)
    assert [(r.from_, r.deadline, r.recurrence) for r in reps] == [
        ("Trung tâm Y tế các huyện, thành phố", None, "trước ngày 28/9"),
        ("Sở Y tế tỉnh Bắc Kạn", None, None),  # 30/9 times the figures sent, not the report
        ("Sở Y tế tỉnh Bắc Kạn", None, None),  # the same report to its second addressee (one entry each, round 25)
    ]
    assert reps[1].to.startswith("Viện Vệ sinh dịch tễ Trung ương")
    assert reps[2].to == "Ủy ban nhân dân tỉnh Bắc Kạn"


# A Quy chế làm việc of a provincial project board: the heads of its departments, and a lead department
# named after "thì".
WORKING_RULES = """QUY CHẾ LÀM VIỆC
của Ban Quản lý dự án đầu tư xây dựng tỉnh

Điều 1. Quan hệ giữa Lãnh đạo Ban QLDA đối với các phòng
1. Giám đốc định kỳ họp với lãnh đạo các phòng để chỉ đạo việc thực hiện kế hoạch công tác.
2. Trưởng/phụ trách các phòng có trách nhiệm báo cáo kịp thời với Ban Giám đốc Ban QLDA về kết quả thực hiện.

Điều 2. Quan hệ giữa các phòng
1. Thực hiện theo nguyên tắc: công việc thuộc phạm vi của phòng nào thì phòng đó chủ trì. Các phòng liên quan có trách nhiệm phối hợp, trường hợp có ý kiến khác nhau thì phòng chủ trì báo cáo Ban Giám đốc xem xét, quyết định;
"""


def test_a_slash_in_a_title_and_a_subject_after_then():
    rows = _rows(WORKING_RULES, Header(issuer="Ban Quản lý dự án đầu tư xây dựng tỉnh"))
    assert rows == [
        ("Trưởng/phụ trách các phòng", "Ban Giám đốc Ban QLDA", None),
        (None, "Ban Giám đốc", None),  # "phòng chủ trì", not "Các phòng liên quan"
    ]


def test_the_subject_after_then_is_read_when_named():
    # corpus 055 (KH of UBMTTQ xã Lương Minh), as written.
    body = (
        "KẾ HOẠCH\n\nHiệp thương\n\nI. NỘI DUNG\n\n1. Hội nghị cử tri\n\n- Người ứng cử đang công tác tại cơ quan thì ban "
        "lãnh đạo cơ quan triệu tập hội nghị.\n\n- Trong trường hợp cơ quan, tổ chức, đơn vị không có người đủ điều kiện "
        "để dự kiến giới thiệu ứng cử đại biểu Quốc hội, đại biểu Hội đồng nhân dân thì người đứng đầu cơ quan, tổ "
        "chức, đơn vị kịp thời báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam xã với Thường trực Hội đồng nhân dân xã "
        "điều chỉnh cơ cấu người ứng cử.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Các tổ chức thành viên của Mặt trận\n\n- Phối hợp thực hiện.\n"
    )
    rows = _rows(body, _FRONT)
    assert rows[0][0] == "Người đứng đầu cơ quan, tổ chức, đơn vị"
