"""Documents of universities and other bodies under a ministry, round 20: "ĐẠI HỌC X" under its ministry
in the header (a body of its own, as "TRƯỜNG ĐẠI HỌC X" is), the issuer's own initials in the Nơi nhận
("Các đơn vị trong ĐHCT"), the southern spelling "gởi" of the reporting verb, "hạn cuối là ngày …" as a
deadline, and a plan's x.y items that a converter set as a list's items ("- 2.1 Đối với …"). Fragments
written in the style of the universities' letters and plans surveyed (pdftotext's merged columns, markdown)."""

from __future__ import annotations

import pytest

from vanban.loaders.deadlines import find_deadline
from vanban.loaders.extract import extract
from vanban.loaders.header import read_header
from vanban.loaders.recipients import _issuer_initials, find_recipients
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

# pdftotext's merged columns: the ministry and the motto's first line, the university and the motto.
LETTER = (
    "BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n"
    " ĐẠI HỌC CẦN THƠ Độc lập - Tự do - Hạnh phúc \n \n"
    " Số:                 /ĐHCT-ĐT Cần Thơ, ngày          tháng 7 năm 2026           \n"
    "V/v kế hoạch giảng dạy và đăng ký học phần \n học kỳ 1, năm học 2026-2027 \n"
    " Kính gửi: \n- Các đơn vị trong ĐHCT; \n- Website Phòng Đào tạo. \n \n"
    " Căn cứ Quyết định số 6311/QĐ-ĐHCT ngày 18/11/2025 của Hiệu trưởng Trường Đại \n"
    "học Cần Thơ về việc ban hành kế hoạch khung công tác năm 202 6 của Đại học Cần Thơ;  \n"
    "Căn cứ kế hoạch đào tạo học kỳ 1, năm học 202 6-2027, Đại học Cần Thơ thông báo như sau: \n"
    " 1. Các đơn vị rà soát kế hoạch giảng dạy trước ngày 20/7/2026. \n"
    " 2. Báo cáo của Trường (tổng hợp từ các đơn vị), gởi cho Vụ Học sinh, sinh viên, Bộ Giáo dục và Đào tạo, "
    "lần thứ 1 hạn cuối là ngày 31/12/2026; lần thứ 2 hạn cuối là ngày 30/6/2027. \n"
    " Nơi nhận: KT. GIÁM ĐỐC \n- Như trên; PHÓ GIÁM ĐỐC \n- Lưu: VT, ĐT. \n"
)

# The same header in markdown, as a converter writes it.
PLAN_MD = (
    "## BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n## ĐẠI HỌC CẦN THƠ\n\n"
    "## Độc lập - Tự do - Hạnh phúc\n\nSố:\n\n/KH-ĐHCT\n\nCần Thơ, ngày tháng năm 2026\n\n"
    "## KẾ HOẠCH Sinh hoạt đầu năm, đầu khóa học Năm học 2026 - 2027\n\n"
    "## 1. Mục đích yêu cầu\n\n- Giúp sinh viên nắm vững quy chế, quy định của Trường.\n\n"
    "## 2. Nội dung và thời gian thực hiện\n\n"
    "- 2.1 Đối với Trường chuyên ngành/Khoa/Viện (sinh hoạt tại đơn vị)\n\n"
    "## 2.1.1 Nội dung thực hiện\n\n- Phổ biến chương trình đào tạo, quy chế học vụ.\n\n"
    "## 2.1.2 Thời gian thực hiện\n\nTừ ngày 07/9/2026 đến ngày 12/9/2026.\n\n"
    "- 2.2 Đối với Trường (sinh hoạt tại Hội trường Rùa)\n\n"
    "Phòng Công tác Sinh viên chủ trì tổ chức sinh hoạt chung cho sinh viên khóa mới.\n\n"
    "- 2.3 Sinh hoạt tại Thư viện Trường\n\n"
    "Trung tâm Học liệu hướng dẫn sinh viên sử dụng thư viện trước ngày 30/9/2026.\n\n"
    "## 3. Tổ chức thực hiện\n\n"
    "3.1 Các Khoa, Viện xây dựng kế hoạch chi tiết và báo cáo kết quả về Phòng Công tác Sinh viên trước ngày 15/10/2026.\n\n"
    "3.2 Phân công điều hành: Phòng Công tác Sinh viên chủ trì, phối hợp với Phòng Đào tạo theo dõi, đôn đốc.\n\n"
    "Nơi nhận:\n- Các đơn vị trong ĐHCT;\n- Lưu: VT, CTSV.\n"
)


def _md(s: str):
    return make_text(s, "x.md", format="markdown")


@pytest.mark.parametrize(
    "university",
    ["ĐẠI HỌC CẦN THƠ", "ĐẠI HỌC ĐÀ NẴNG", "ĐẠI HỌC THÁI NGUYÊN", "ĐẠI HỌC HUẾ", "ĐẠI HỌC QUỐC GIA HÀ NỘI"],
)
def test_university_under_its_ministry_is_the_issuer(university):
    text = LETTER.replace("ĐẠI HỌC CẦN THƠ", university, 1)
    header = read_header(make_text(text))
    name = university.title().replace("Học", "học").replace("Quốc Gia", "Quốc gia")
    assert header.issuer == name
    assert header.issuer_parent == "Bộ Giáo dục và Đào tạo"


def test_university_under_its_ministry_in_markdown():
    header = read_header(_md(PLAN_MD))
    assert (header.issuer, header.issuer_parent) == ("Đại học Cần Thơ", "Bộ Giáo dục và Đào tạo")
    assert header.doc_type == "Kế hoạch"


def test_a_unit_named_daj_hoc_stays_one_name():
    # Under a unit (not a ministry) "ĐẠI HỌC" goes on the name above it: "PHÒNG ĐÀO TẠO" / "ĐẠI HỌC".
    text = (
        "ĐẠI HỌC HUẾ\nTRƯỜNG ĐẠI HỌC KHOA HỌC\nPHÒNG ĐÀO TẠO\nĐẠI HỌC\nSố: 12/TB-ĐT\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHuế, ngày 3 tháng 5 năm 2026\n"
        "THÔNG BÁO\nV/v cho sinh viên nghỉ học\n"
    )
    assert read_header(make_text(text)).issuer != "Đại học"


def test_school_and_its_office_keep_the_place_name():
    text = LETTER.replace("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC CẦN THƠ", 1).replace(
        "ĐẠI HỌC CẦN THƠ Độc lập", "PHÒNG CÔNG TÁC SINH VIÊN Độc lập", 1
    )
    header = read_header(make_text(text))
    assert header.issuer.endswith("Trường Đại học Cần Thơ") and header.issuer.startswith("Phòng Công tác")
    assert header.issuer_parent == "Trường Đại học Cần Thơ"


def test_grounds_after_the_addressees_are_implemented():
    rec = extract(make_text(LETTER))
    assert [(c.number, c.symbol, c.issuer) for c in rec.implements] == [
        ("6311", "QĐ-ĐHCT", "Hiệu trưởng Trường Đại học Cần Thơ")
    ]


def test_issuer_initials():
    assert _issuer_initials("Đại học Cần Thơ") == {"ĐHCT": "Đại học Cần Thơ"}
    assert _issuer_initials("Trường Đại học Cần Thơ") == {
        "TĐHCT": "Trường Đại học Cần Thơ",
        "ĐHCT": "Trường Đại học Cần Thơ",
    }
    assert _issuer_initials("Sở Giáo dục và Đào tạo")["SGDĐT"] == "Sở Giáo dục và Đào tạo"
    assert _issuer_initials("Bộ Tài chính") == {}  # too short to tell ("BTC" is also "Ban Tổ chức")
    assert _issuer_initials(None) == {}


def test_recipients_expand_the_issuers_own_initials():
    rec = extract(_md(PLAN_MD))
    assert [(r.name, r.purpose) for r in rec.recipients] == [
        ("Các đơn vị trong Đại học Cần Thơ", None),
        ("Lưu: VT, CTSV", "lưu"),
    ]
    # Another body's initials are left as they are.
    header = Header(issuer="Đại học Huế")
    names = [r.name for r in find_recipients(make_text("Nơi nhận:\n- Các đơn vị trong ĐHCT;\n- Lưu: VT.\n"), header)]
    assert names[0] == "Các đơn vị trong ĐHCT"


def test_as_above_reads_the_addressees_with_initials_expanded():
    names = [r.name for r in extract(make_text(LETTER)).recipients]
    assert "Các đơn vị trong Đại học Cần Thơ" in names


def test_deadline_hạn_cuối_là_ngày():
    d = find_deadline("lần thứ 1 hạn cuối là ngày 31/12/2026; lần thứ 2")
    assert d is not None and d.iso == "2026-12-31"
    assert find_deadline("hạn chót là ngày 15/8/2026").iso == "2026-08-15"


def test_southern_spelling_of_the_reporting_verb():
    rec = extract(make_text(LETTER))
    [report] = rec.reports_to
    # The university writes of itself as "Trường"; the time of each sending ("lần thứ 1") is no part of the addressee.
    assert (report.from_, report.to) == ("Đại học Cần Thơ", "Vụ Học sinh, sinh viên, Bộ Giáo dục và Đào tạo")
    assert report.deadline == "2026-12-31"
    assert "gởi cho Vụ Học sinh" in report.evidence  # quoted as the document spells it


def test_southern_spelling_reads_as_the_common_one():
    body = (
        "TRƯỜNG ĐẠI HỌC CẦN THƠ\nPHÒNG CÔNG TÁC SINH VIÊN\nSố: 45/KH-CTSV\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nCần Thơ, ngày 10 tháng 8 năm 2026\n"
        "KẾ HOẠCH\nTổ chức Tuần sinh hoạt công dân - sinh viên\nI. NỘI DUNG\n"
        "1. Các Khoa tổ chức sinh hoạt lớp và gởi báo cáo kết quả về Phòng Công tác Sinh viên trước ngày 30/9/2026.\n"
    )
    southern = extract(make_text(body)).reports_to
    common = extract(make_text(body.replace("gởi", "gửi"))).reports_to
    assert [(r.from_, r.to, r.deadline) for r in southern] == [(r.from_, r.to, r.deadline) for r in common]
    assert [(r.from_, r.to, r.deadline) for r in southern] == [("Các Khoa", "Phòng Công tác Sinh viên", "2026-09-30")]
    assert "gởi báo cáo" in southern[0].evidence


def test_kinh_goi_is_read_as_kinh_gui():
    text = LETTER.replace("Kính gửi", "Kính gởi")
    names = [r.name for r in extract(make_text(text)).recipients]
    assert "Các đơn vị trong Đại học Cần Thơ" in names


def test_decimal_plan_items_set_as_list_items_are_the_tasks():
    rec = extract(_md(PLAN_MD))
    assert [t.section for t in rec.tasks] == ["2.1", "2.2", "2.3", "3.1", "3.2"]
    first = rec.tasks[0]
    assert first.text_start.startswith("Đối với Trường chuyên ngành/Khoa/Viện")
    assert "Phổ biến chương trình đào tạo" in first.text  # its x.y.z sub-items belong to it
    assert rec.tasks[2].assigned_to == ["Trung tâm Học liệu"] and rec.tasks[2].deadline == "2026-09-30"


def test_a_dash_before_a_number_in_a_sentence_stays_a_bullet():
    text = PLAN_MD.replace("- 2.1 Đối với", "- 2.5 triệu đồng mỗi suất, đối với", 1)
    rec = extract(_md(text))
    assert "2.5" not in [t.section for t in rec.tasks]


def test_university_after_its_ministry_on_one_line():
    text = (
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO ĐẠI HỌC CẦN THƠ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
        "Số: 1520/ĐHCT-ĐT Cần Thơ, ngày 3 tháng 7 năm 2026\nV/v đăng ký học phần\nKính gửi: Các đơn vị\n"
    )
    header = read_header(make_text(text))
    assert (header.issuer, header.issuer_parent) == ("Đại học Cần Thơ", "Bộ Giáo dục và Đào tạo")


def test_school_office_after_its_school_on_one_line():
    text = (
        "TRƯỜNG ĐẠI HỌC CẦN THƠ PHÒNG ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
        "Số: 88/TB-ĐT Cần Thơ, ngày 3 tháng 7 năm 2026\nTHÔNG BÁO\nV/v đăng ký học phần\n"
    )
    header = read_header(make_text(text))
    assert (header.issuer, header.issuer_parent) == ("Phòng Đào tạo Trường Đại học Cần Thơ", "Trường Đại học Cần Thơ")
    # A school whose own name holds "KHOA HỌC" stays one body.
    school = text.replace("TRƯỜNG ĐẠI HỌC CẦN THƠ PHÒNG ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC KHOA HỌC TỰ NHIÊN", 1)
    assert read_header(make_text(school)).issuer == "Trường Đại học Khoa học Tự nhiên"


def test_report_owner_named_by_the_issuers_kind_alone():
    body = (
        "UBND TỈNH LONG AN\nSỞ Y TẾ\nSố: 12/KH-SYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Long An, ngày 3 tháng 3 năm 2026\nKẾ HOẠCH\nPhòng chống dịch\nI. NỘI DUNG\n"
        "1. Báo cáo của Sở (tổng hợp từ các đơn vị), gửi Ủy ban nhân dân tỉnh trước ngày 30/6/2026.\n"
        "2. Báo cáo của Trường (tổng hợp từ các khoa), gửi Sở Y tế trước ngày 30/6/2026.\n"
    )
    reports = extract(make_text(body)).reports_to
    owners = {r.to: r.from_ for r in reports}
    assert owners.get("Ủy ban nhân dân tỉnh Long An") == "Sở Y tế tỉnh Long An"
    # "Trường" in a document of a Sở is no self-reference: not the issuer.
    assert owners.get("Sở Y tế tỉnh Long An") != "Sở Y tế tỉnh Long An"


def test_a_letters_grounds_before_the_notice_it_encloses_are_implemented():
    # A letter (no type heading: "V/v …", "Kính gửi:") whose "Căn cứ" paragraph comes before the enclosed notice's
    # own "THÔNG BÁO" heading further down: the heading was taken for the document's, and the grounds above it lost.
    enclosed = (
        " \n \n THÔNG BÁO \n Về việc phân chia kế hoạch đăng ký học phần trực tuyến học kỳ 1, năm học 2026 - 2027 \n"
        " (Đính kèm Công văn số:              /ĐHCT-ĐT, ngày         / 7 /2026 của Đại học Cần Thơ) \n"
        " 1. Khóa 52: đăng ký từ ngày 03/8/2026. \n"
    )
    record = extract(make_text(LETTER + enclosed))
    assert [c.symbol for c in record.implements] == ["QĐ-ĐHCT"]
    assert [c.number for c in record.implements] == ["6311"]


def test_a_type_heading_after_the_addressees_still_heads_a_document_without_grounds_before_it():
    # No "Căn cứ" between "Kính gửi" and the heading: the heading is the document's (a plan sent with its addressees
    # on top), and its title implements the Chỉ thị it names.
    text = (
        "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: 12/KH-UBND\nHà Giang, ngày 05 tháng 01 năm 2024\n"
        "Kính gửi: Các sở, ban, ngành tỉnh\n"
        "KẾ HOẠCH\nTriển khai thực hiện Chỉ thị số 33/CT-TTg ngày 20/12/2023 của Thủ tướng Chính phủ\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt đầy đủ nội dung Chỉ thị.\n"
    )
    record = extract(make_text(text))
    assert [c.symbol for c in record.implements] == ["CT-TTg"]
