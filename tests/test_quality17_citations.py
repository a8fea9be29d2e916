"""Citations, round 17: kinds of documents seen little so far — letters of ministries and departments,
Party plans, school plans, PDF copies — and a law's draft, which is no instrument. The fragments are
realistic, written in the style of those documents."""

from vanban.loaders.citation_issuers import EDUCATION_DASH, canonical_issuer
from vanban.loaders.citations import find_citations
from vanban.loaders.extract import extract
from vanban.loaders.records import Header
from vanban.loaders.text import make_text
from vanban.loaders.unnumbered_citations import DRAFT_BEFORE


def _cites(raw: str, header: Header = Header()):
    return find_citations(make_text(raw), header)


# ---------------------------------------------------------------------------- a law's draft


def test_draft_pattern():
    assert DRAFT_BEFORE.search("đề nghị góp ý dự thảo ")
    assert DRAFT_BEFORE.search("chủ trì soạn thảo dự án ")
    assert DRAFT_BEFORE.search("Dự thảo ")
    assert DRAFT_BEFORE.search("thực hiện ") is None
    assert DRAFT_BEFORE.search("Ban quản lý dự ánh ") is None


def test_a_draft_law_is_not_cited_and_the_law_in_force_is():
    raw = (
        "BỘ TƯ PHÁP\nSố: 1234/BTP-VĐCXDPL\n"
        "V/v góp ý dự thảo Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật\n"
        "Hà Nội, ngày 10 tháng 5 năm 2024\n"
        "Kính gửi: Các Bộ, cơ quan ngang Bộ\n"
        "Thực hiện Nghị quyết số 129/2024/QH15 ngày 08/6/2024 của Quốc hội về Chương trình xây dựng luật, pháp "
        "lệnh năm 2025, Bộ Tư pháp được giao chủ trì soạn thảo dự án Luật sửa đổi, bổ sung một số điều của Luật Ban "
        "hành văn bản quy phạm pháp luật.\n"
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2015, Bộ Tư pháp đã xây dựng dự thảo Luật.\n"
        "Đề nghị các Bộ góp ý đối với dự thảo Luật Thủ đô (sửa đổi) và Dự án Luật Đất đai (sửa đổi) trước ngày "
        "20/5/2024.\n"
    )
    record = extract(make_text(raw))
    surfaces = [c.surface for c in record.cites]
    assert surfaces == ["Nghị quyết số 129/2024/QH15 ngày 08/6/2024", "Luật Ban hành văn bản quy phạm pháp luật năm 2015"]
    assert record.cites[1].year == 2015


def test_a_law_named_in_a_letter_on_its_draft_ends_before_a_negated_verb():
    raw = (
        "Kính gửi: Ủy ban Thường vụ Quốc hội\n"
        "VCCI có ý kiến góp ý đối với Dự thảo Luật Ban hành văn bản quy phạm pháp luật – phiên bản trình Quốc hội "
        "tháng 05/2015 như sau: thực tế đã xảy ra tranh cãi, bởi Luật Ban hành VBQPPL không phân định thứ bậc "
        "hiệu lực của các văn bản.\n"
    )
    (c,) = _cites(raw)
    assert (c.doc_type, c.surface) == ("Luật", "Luật Ban hành VBQPPL")


def test_hang_khong_stays_inside_a_law_s_name():
    (c,) = _cites("Căn cứ Luật Hàng không dân dụng Việt Nam ngày 29 tháng 6 năm 2006;\n")
    assert c.surface == "Luật Hàng không dân dụng Việt Nam ngày 29 tháng 6 năm 2006"
    assert c.date == "2006-06-29"


# ---------------------------------------------------------------------------- issuers


def test_an_issuer_in_a_title_ends_before_the_preamble_s_can_cu():
    raw = (
        "HUYỆN ỦY LỤC NAM\nSố 125-KH/HU\nLục Nam, ngày 10 tháng 5 năm 2024\nKẾ HOẠCH\n"
        "thực hiện Kết luận số 01-KL/TW của Bộ Chính trị\n"
        "Căn cứ:\n"
        "- Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW;\n"
        "- Kế hoạch số 45-KH/TU, ngày 15/7/2021 của Ban Thường vụ Tỉnh ủy,\n"
        "Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:\n"
    )
    record = extract(make_text(raw))
    kl = record.cites[0]
    assert (kl.number, kl.issuer, kl.date) == ("01", "Bộ Chính trị", "2021-05-18")
    assert [c.number for c in record.implements] == ["01", "05", "45"]


def test_education_dash_pattern():
    assert EDUCATION_DASH.sub(" và ", "Sở Giáo dục - Đào tạo") == "Sở Giáo dục và Đào tạo"
    assert EDUCATION_DASH.sub(" và ", "Phòng Tài chính - Kế hoạch") == "Phòng Tài chính - Kế hoạch"


def test_the_education_department_written_with_a_dash_is_named_in_full():
    raw = (
        "Thực hiện công văn số 1578/SGDĐT- CTTT ngày 28/8/2020 của Sở Giáo dục - Đào tạo ; Công văn số 357/PGDĐT "
        "ngày 29/8/2020 của Phòng Giáo dục - Đào tạo về hướng dẫn các hoạt động đầu năm học, nhà trường xây dựng "
        "kế hoạch như sau:\n"
    )
    sgd, pgd = _cites(raw)
    assert sgd.issuer == "Sở Giáo dục và Đào tạo"
    assert pgd.issuer == "Phòng Giáo dục và Đào tạo"
    assert canonical_issuer("Phòng Lao động - Thương binh và Xã hội", Header()) == "Phòng Lao động - Thương binh và Xã hội"


def test_an_issuer_ends_before_ve_viec_glued_by_a_pdf_copy():
    raw = (
        "Căn cứ Quyết định số 34/2014/QĐ-TTg ngày 30/5/2014 của Thủ tướng Chính phủ;\n"
        "Thực hiện Công văn số 2928/LĐTBXH-BVCSTE ngày 12/8/2014 của Bộ Lao động, Thương binh và Xã hội vềviệc "
        "triển khai Quyết định 34/2014/QĐ-TTg của Thủ tướng Chính phủ.\n"
    )
    _, cv = _cites(raw)
    assert cv.issuer == "Bộ Lao động - Thương binh và Xã hội"
