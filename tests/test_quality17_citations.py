"""Citations, round 17: kinds of documents seen little so far — letters of ministries and departments,
Party plans, school plans, PDF copies — and a law's draft, which is no instrument. The fragments are
realistic, written in the style of those documents."""

from vanban.loaders.citation_issuers import EDUCATION_DASH, canonical_issuer
from vanban.loaders.citation_mentions import MARKDOWN_LINK, mask
from vanban.loaders.number_symbols import unglued_symbol
from vanban.loaders.citations import find_citations
from vanban.loaders.extract import extract
from vanban.loaders.implementing_spans import _ends_sentence
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


# ---------------------------------------------------------------------------- PDF and markdown copies


def test_unglued_symbol_keeps_the_year_it_opens_with():
    assert unglued_symbol("2018/NĐCP", "Nghị định") == "2018/NĐ-CP"
    assert unglued_symbol("2018/TTVPCP", "Thông tư") == "2018/TT-VPCP"
    assert unglued_symbol("2018/NĐ-CP", "Nghị định") is None
    assert unglued_symbol("2018/QĐUBND", "Nghị định") is None  # not the type word's code


def test_a_pdf_copy_s_year_symbols_without_their_hyphen_are_read_as_their_own():
    raw = (
        "Căn cứ Nghị quyết số 30c/NQCP ngày 08 tháng 11 năm 2011 của Chính phủ ban hành Chương\n"
        "trình Tổng thể cải cách hành chính nhà nước giai đoạn 20112020;\n"
        "Căn cứ Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018 Chính phủ về thực hiện cơ chế\n"
        "một cửa, cơ chế một cửa liên thông trong giải quyết thủ tục hành chính;\n"
        "Căn cứ Thông tư số 01/2018/TTVPCP ngày 23 tháng 11 năm 2018 của Văn phòng Chính phủ\n"
        "hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018;\n"
    )
    nq, nd, tt = _cites(raw)
    assert nq.symbol == "NQ-CP"
    assert (nd.symbol, nd.issuer) == ("2018/NĐ-CP", "Chính phủ")
    assert nd.note.count("61/2018/NĐCP") == 1  # written so twice: one note, no "also written"
    assert (tt.symbol, tt.issuer) == ("2018/TT-VPCP", "Văn phòng Chính phủ")


def test_markdown_link_pattern():
    s = "[Chỉ thị số 17/CT-TTg](https://thuvienphapluat.vn/van-ban/chi-thi-17) ngày"
    m = MARKDOWN_LINK.search(s)
    assert m["label"] == "Chỉ thị số 17/CT-TTg"
    assert MARKDOWN_LINK.search("xem [tại đây] (nguồn)") is None


def test_a_citation_in_a_markdown_link_keeps_its_date_and_issuer():
    raw = (
        "Thực hiện [Chỉ thị số 17/CT-TTg](https://thuvienphapluat.vn/van-ban/chi-thi-17-ct-ttg) ngày 25/8/2023 "
        "của Thủ tướng Chính phủ về việc tăng cường an toàn trường học; căn cứ [Thông tư số 32/2020/TT-BGDĐT]"
        "(https://thuvienphapluat.vn/tt-32) ngày 15/9/2020 của Bộ Giáo dục và Đào tạo, Bộ đề nghị các Sở thực hiện:\n"
    )
    ct, tt = _cites(raw)
    assert (ct.surface, ct.date, ct.issuer, ct.note) == ("Chỉ thị số 17/CT-TTg", "2023-08-25", "Thủ tướng Chính phủ", None)
    assert (tt.surface, tt.date, tt.issuer) == ("Thông tư số 32/2020/TT-BGDĐT", "2020-09-15", "Bộ Giáo dục và Đào tạo")
    assert mask(raw).index("ngày 25/8/2023") == raw.index("ngày 25/8/2023")


# ---------------------------------------------------------------------------- issuers named around the citation


def test_the_body_that_has_sent_a_letter_is_its_issuer():
    raw = (
        "Ngày 24-10, UBND tỉnh có văn bản số 4912/UBND-NC về việc thực hiện Chỉ thị của Thủ tướng Chính phủ về đẩy "
        "mạnh phong trào thi đua yêu nước.\n"
    )
    (c,) = _cites(raw)
    assert (c.doc_type, c.issuer) == ("Công văn", "Ủy ban nhân dân tỉnh")
    assert "'có'" in c.note
    raw = "Trường hợp có Quyết định số 12/QĐ-UBND thì đơn vị báo cáo.\n"
    (c,) = _cites(raw)
    assert c.issuer is None  # "Trường hợp" names no body


def test_an_issuer_in_a_title_in_capitals_ends_before_the_enacting_body_in_bold():
    raw = (
        "QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ\n"
        "3103/QĐ-BTC NGÀY 05 THÁNG 9 NĂM 2025 CỦA BỘ TÀI CHÍNH\n\n"
        "**ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH**\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
    )
    qd = _cites(raw)[0]
    assert (qd.number, qd.issuer) == ("3103", "Bộ Tài chính")


def test_a_run_of_spaces_inside_an_issuers_name_does_not_end_it():
    # A docx copy's justified line: the spaces stand between words of one name, not before bold text.
    raw = (
        "Căn cứ Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN, ngày 26 tháng 9 năm 2025 "
        "của Ủy ban Thường vụ              Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận "
        "Tổ quốc               Việt Nam hướng dẫn quy trình hiệp thương;\n"
    )
    (c,) = _cites(raw)
    assert c.issuer == (
        "Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    )


# ---------------------------------------------------------------------------- what a document implements


def test_ends_sentence():
    assert _ends_sentence("… tiến tới Đại hội lần thứ XIII của Đảng.")
    assert _ends_sentence("… của Bộ Chính trị.**")
    assert not _ends_sentence("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")
    assert not _ends_sentence("… của Ủy ban nhân dân TP.")  # "TP. Hồ Chí Minh" wrapped


def test_a_directive_s_first_sentence_after_its_title_implements_nothing():
    raw = (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 20/CT-TTg\nHà Nội, ngày 12 tháng 6 năm 2024\nCHỈ THỊ\n"
        "Về việc tăng cường công tác phòng, chống thiên tai\n"
        "Thời gian qua, thực hiện Luật Phòng, chống thiên tai và Nghị quyết số 76/NQ-CP ngày 18 tháng 6 năm 2018 "
        "của Chính phủ về công tác phòng, chống thiên tai, các bộ, ngành đã đạt được nhiều kết quả.\n"
        "Để chủ động ứng phó, Thủ tướng Chính phủ yêu cầu:\n"
        "1. Các Bộ tiếp tục thực hiện Chỉ thị số 42/CT-TTg ngày 19 tháng 12 năm 2020.\n"
    )
    record = extract(make_text(raw))
    assert len(record.cites) == 3
    assert record.implements == []


def test_an_implementing_paragraph_ends_with_its_sentence():
    raw = (
        "Thoại Sơn: Triển khai các văn bản về công tác đại hội\n"
        " - Huyện ủy Thoại Sơn vừa tổ chức hội nghị triển khai các văn bản của Trung ương, Tỉnh ủy, Huyện ủy về "
        "Đại hội Đảng bộ các cấp.\n"
        "Tại hội nghị, các đại biểu được quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị về Đại hội Đảng bộ các "
        "cấp; Kế hoạch số 155-KH/HU của Huyện ủy Thoại Sơn về chuẩn bị và tổ chức Đại hội Đảng bộ các cấp.\n"
    )
    record = extract(make_text(raw))
    assert [c.number for c in record.cites] == ["35", "155"]
    assert record.implements == []


def test_a_preamble_paragraph_over_several_lines_stays_whole():
    raw = (
        "KẾ HOẠCH\nTổ chức Tháng hành động vì an toàn thực phẩm\n"
        "Thực hiện Kế hoạch số 14-KH/TU ngày 29/7/2025 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 24/KH-UBND\n"
        "ngày 14/8/2025 của UBND tỉnh. Ủy ban nhân dân huyện ban hành Kế hoạch thực hiện\n"
        "Chỉ thị số 13/CT-TTg của Thủ tướng Chính phủ như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
    )
    record = extract(make_text(raw))
    assert [c.number for c in record.implements] == ["14", "24", "13"]


def test_a_plenum_named_without_cua_is_the_central_committee():
    raw = (
        "Thực hiện Nghị quyết số 27-NQ/TW, ngày 09/11/2022 Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa "
        "XIII về tiếp tục xây dựng Nhà nước pháp quyền; Chương trình hành động số 20-CTr/TU, ngày 15/02/2023 của Ban "
        "Chấp hành Đảng bộ tỉnh, Ban Thường vụ Huyện ủy xây dựng kế hoạch thực hiện như sau:\n"
    )
    nq, ctr = _cites(raw, Header(province="Thanh Hóa"))
    assert (nq.issuer, nq.note) == ("Ban Chấp hành Trung ương Đảng", "issuer written without 'của'")
    assert nq.title.startswith("tiếp tục xây dựng")
    assert ctr.issuer == "Ban Chấp hành Đảng bộ tỉnh Thanh Hóa"


def test_a_minister_written_alone_is_the_symbol_s_ministry_s():
    raw = (
        "Căn cứ Quyết định số 2171/QĐ-BGDĐT ngày 26/7/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Kế hoạch "
        "thời gian năm học 2023-2024; Chỉ thị số 2345/CT-BGDĐT ngày 07/8/2023 của Bộ trưởng về nhiệm vụ, giải pháp "
        "năm học 2023-2024 của ngành Giáo dục, Bộ hướng dẫn các Sở thực hiện như sau:\n"
    )
    qd, ct = _cites(raw)
    assert qd.issuer == ct.issuer == "Bộ trưởng Bộ Giáo dục và Đào tạo"
    (c,) = _cites("Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2024 của Bộ trưởng về công tác dân vận;\n")
    assert c.issuer == "Bộ trưởng"  # no ministry's code in the symbol


def test_a_national_issuer_glued_in_a_title_in_capitals_is_respelled():
    raw = (
        "KẾ HOẠCH\n"
        "TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 34/2014/QĐ-TTG NGÀY 30/5/2014 CỦA THỦ TƯỚNG CHÍNHPHỦ VỀ QUY ĐỊNH TIÊU "
        "CHUẨN XÃ, PHƯỜNG, THỊ TRẤN PHÙ HỢP VỚI TRẺ EM\n"
        "Căn cứ Quyết định số 34/2014/QĐ-TTg ngày 30/5/2014 của Thủ tướng Chính phủ về việc Quy định tiêu chuẩn xã;\n"
    )
    (c,) = _cites(raw)
    assert c.issuer == "Thủ tướng Chính phủ"


# ---------------------------------------------------------------------------- a law's name run on into the next clause


def test_a_law_s_name_ends_at_its_bare_year():
    (c,) = _cites("Căn cứ Luật Giáo dục 2019 Nhà trường xây dựng kế hoạch như sau:\n")
    assert (c.surface, c.year) == ("Luật Giáo dục 2019", 2019)


def test_a_law_s_name_ends_before_a_body_opening_the_next_clause():
    (c,) = _cites("Để thực hiện Luật Đất đai Ủy ban nhân dân xã đề nghị các thôn rà soát.\n")
    assert c.surface == "Luật Đất đai"
    (c,) = _cites("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\n")
    assert (c.surface, c.date) == ("Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003", "2003-11-26")


def test_a_law_s_name_ends_before_an_adverb():
    raw = "Phổ biến Luật Phòng, chống bạo lực gia đình năm 2022 cho hội viên. Luật Hôn nhân và gia đình cũng được tuyên truyền.\n"
    first, second = _cites(raw)
    assert (first.surface, first.year) == ("Luật Phòng, chống bạo lực gia đình năm 2022", 2022)
    assert second.surface == "Luật Hôn nhân và gia đình"
