"""Citations whose number is left blank, as plans copied before signing write them ("Căn cứ Kế hoạch số      /KH-UBND
ngày    /9/2024 của UBND tỉnh về …"): cited with number null and their symbol, type, year and issuer — and the
blank numbers that are the document's own (its appendix titles, the Quyết định it is attached to), which are not.
The fragments are realistic, written in the style of commune and district plans."""

from vanban.loaders.blank_citations import (
    ATTACHED_TO,
    BLANK_PART_DATE,
    BLANK_SYMBOL,
    CITING_LEAD,
    TEMPLATE_DATE,
    find_blank_numbered,
)
from vanban.loaders.citation_mentions import mask
from vanban.loaders.citations import find_citations, find_implements
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

COMMUNE = Header(doc_type="Kế hoạch", number="45", symbol="KH-UBND", issuer="Ủy ban nhân dân xã Danh Lực", date="2024-09-20")
# A plan copied before signing: its own number blank.
COMMUNE_UNSIGNED = Header(doc_type="Kế hoạch", number=None, symbol="KH-UBND", issuer="Ủy ban nhân dân xã Danh Lực", date="2024")


def _cites(raw: str, header: Header):
    return find_citations(make_text(raw), header)


# ---------------------------------------------------------------------------- patterns


def test_patterns():
    assert BLANK_SYMBOL.match("/KH-UBND ngày")["sym"] == "KH-UBND"
    assert BLANK_SYMBOL.match("/SGDĐT-GDTrH ngày")["sym"] == "SGDĐT-GDTrH"
    assert BLANK_SYMBOL.match("/2024/NQ-HĐND ngày")["sym"] == "2024/NQ-HĐND"
    assert BLANK_PART_DATE.match(" ngày    /9/2024 của")["year"] == "2024"
    assert BLANK_PART_DATE.match(" ngày …/…/2024 của")["year"] == "2024"
    assert BLANK_PART_DATE.match(" ngày ... tháng 9 năm 2024 của")["year"] == "2024"
    assert BLANK_PART_DATE.match(" ngày …… tháng …… năm 2023 của")["year"] == "2023"
    assert BLANK_PART_DATE.match(" ngày …. tháng …. năm ... của") is None
    assert TEMPLATE_DATE.match(" ngày …. tháng …. năm ... của")
    assert TEMPLATE_DATE.match(" ngày …/…/… của")
    assert TEMPLATE_DATE.match(" ngày tháng năm 2025 của") is None
    assert TEMPLATE_DATE.match(" ngày    /9/2024 của") is None
    assert ATTACHED_TO.search("(Kèm theo ")
    assert ATTACHED_TO.search("(Ban hành kèm theo ")
    assert ATTACHED_TO.search("Căn cứ ") is None
    assert CITING_LEAD.search("Căn cứ ")
    assert CITING_LEAD.search("hướng dẫn tại ")
    assert CITING_LEAD.search("Thực hiện ")
    assert CITING_LEAD.search("Ủy ban nhân dân xã xây dựng ") is None


# ---------------------------------------------------------------------------- cited with a blank number

PREAMBLE = (
    "ỦY BAN NHÂN DÂN\nXÃ DANH LỰC\nSố: 45/KH-UBND\nDanh Lực, ngày 20 tháng 9 năm 2024\n"
    "KẾ HOẠCH\nTriển khai Tháng hành động vì an toàn thực phẩm năm 2024\n"
    "Căn cứ Kế hoạch số      /KH-UBND ngày    /9/2024 của UBND huyện Tân Sơn về triển khai Tháng hành động vì an "
    "toàn thực phẩm năm 2024;\n"
    "Thực hiện Công văn số     /SGDĐT-GDTrH ngày …/…/2024 của Sở Giáo dục và Đào tạo về hướng dẫn nhiệm vụ năm học;\n"
    "Ủy ban nhân dân xã xây dựng Kế hoạch như sau:\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Tổ chức tuyên truyền theo Quyết định số /QĐ-UBND ngày tháng năm 2025 của UBND tỉnh Phú Thọ về quy chế "
    "phối hợp.\n"
)


def test_blank_numbers_are_cited_with_their_symbol_year_and_issuer():
    cites = _cites(PREAMBLE, COMMUNE)
    got = {c.symbol: c for c in cites}
    assert set(got) == {"KH-UBND", "SGDĐT-GDTrH", "QĐ-UBND"}
    kh = got["KH-UBND"]
    assert (kh.doc_type, kh.number, kh.year, kh.date) == ("Kế hoạch", None, 2024, None)
    assert kh.issuer == "Ủy ban nhân dân huyện Tân Sơn"
    assert kh.surface == "Kế hoạch số      /KH-UBND ngày    /9/2024"
    cv = got["SGDĐT-GDTrH"]
    assert (cv.doc_type, cv.number, cv.year) == ("Công văn", None, 2024)
    assert cv.surface == "Công văn số     /SGDĐT-GDTrH ngày …/…/2024"
    assert cv.issuer.startswith("Sở Giáo dục và Đào tạo")
    qd = got["QĐ-UBND"]
    assert (qd.doc_type, qd.number, qd.year, qd.date) == ("Quyết định", None, 2025, None)
    assert qd.issuer == "Ủy ban nhân dân tỉnh Phú Thọ"
    assert all("number left blank" in (c.note or "") for c in cites)


def test_the_preamble_ones_are_implemented():
    text = make_text(PREAMBLE)
    cites = find_citations(text, COMMUNE)
    implemented = {c.symbol for c in find_implements(text, COMMUNE, cites)}
    assert implemented == {"KH-UBND", "SGDĐT-GDTrH"}


def test_a_year_in_the_symbol_and_a_submission():
    raw = (
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 12/QĐ-UBND\nPhú Thọ, ngày 05 tháng 10 năm 2024\nQUYẾT ĐỊNH\n"
        "Căn cứ Nghị quyết số    /2024/NQ-HĐND ngày    tháng 7 năm 2024 của Hội đồng nhân dân tỉnh quy định mức chi;\n"
        "Căn cứ Kế hoạch số ……/KH-UBND ngày ... tháng 8 năm 2024 của Ủy ban nhân dân tỉnh về cải cách hành chính;\n"
        "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số …/TTr-SNV ngày …/9/2024.\n"
    )
    header = Header(doc_type="Quyết định", number="12", symbol="QĐ-UBND", issuer="Ủy ban nhân dân tỉnh Phú Thọ", date="2024-10-05")
    got = {c.symbol: c for c in _cites(raw, header)}
    assert set(got) == {"2024/NQ-HĐND", "KH-UBND", "TTr-SNV"}
    assert (got["KH-UBND"].surface, got["KH-UBND"].year) == ("Kế hoạch số ……/KH-UBND ngày ... tháng 8 năm 2024", 2024)
    assert got["KH-UBND"].issuer.startswith("Ủy ban nhân dân tỉnh")  # as a numbered one reads it here
    assert (got["2024/NQ-HĐND"].doc_type, got["2024/NQ-HĐND"].number, got["2024/NQ-HĐND"].year) == ("Nghị quyết", None, 2024)
    assert (got["TTr-SNV"].doc_type, got["TTr-SNV"].year) == ("Tờ trình", 2024)


def test_one_instrument_cited_twice_is_one_entry():
    raw = PREAMBLE + "2. Các ngành thực hiện đúng các nội dung theo Công văn số     /SGDĐT-GDTrH nêu trên.\n"
    cites = [c for c in _cites(raw, COMMUNE) if c.symbol == "SGDĐT-GDTrH"]
    assert len(cites) == 1 and cites[0].mentions == 2


# ---------------------------------------------------------------------------- the document's own blank numbers


def test_own_symbol_without_another_issuer_is_the_document_itself():
    raw = (
        "ỦY BAN NHÂN DÂN\nXÃ DANH LỰC\nSố:      /KH-UBND\nDanh Lực, ngày    tháng 9 năm 2024\nKẾ HOẠCH\n"
        "Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc\n"
        "Thực hiện Kế hoạch số      /KH-UBND ngày    /9/2024 về tổ chức Ngày hội, Ủy ban nhân dân xã triển khai như sau;\n"
    )
    assert [c for c in _cites(raw, COMMUNE_UNSIGNED) if c.number is None] == []


def test_appendix_title_of_the_plan_itself_is_not_cited():
    raw = (
        "ỦY BAN NHÂN DÂN\nHUYỆN TÂN SƠN\nSố:      /KH-UBND\nTân Sơn, ngày    tháng 9 năm 2024\nKẾ HOẠCH\n"
        "Căn cứ Chỉ thị số 17/CT-TTg ngày 25/8/2023 của Thủ tướng Chính phủ;\n"
        "PHỤ LỤC I\nDANH SÁCH CÁC ĐƠN VỊ THAM GIA\n"
        "(Kèm theo Kế hoạch số      /KH-UBND ngày    /9/2024 của UBND huyện Tân Sơn)\n"
        "PHỤ LỤC II\nMẪU BÁO CÁO\n"
        "(Kèm theo Kế hoạch số      /KH-UBND ngày    /9/2024 của UBND huyện Tân Sơn)\n"
        "Báo cáo kết quả thực hiện theo Kế hoạch số      /KH-UBND ngày    /9/2024 của UBND huyện.\n"
    )
    header = Header(doc_type="Kế hoạch", symbol="KH-UBND", issuer="Ủy ban nhân dân huyện Tân Sơn", date="2024")
    assert [c.symbol for c in _cites(raw, header)] == ["CT-TTg"]


def test_the_quyet_dinh_a_plan_is_attached_to_is_not_cited():
    # A plan attached to its Quyết định: the Quyết định's symbol differs from nothing in a header the copy lacks.
    raw = (
        "KẾ HOẠCH\nPhòng, chống thiên tai năm 2025\n"
        "(Ban hành kèm theo Quyết định số    /QĐ-UBND ngày    tháng 3 năm 2025 của UBND huyện Tân Sơn)\n"
        "Căn cứ Luật Phòng, chống thiên tai năm 2013;\n"
        "Các xã tổ chức thực hiện theo Quyết định số    /QĐ-UBND ngày    tháng 3 năm 2025 của UBND huyện Tân Sơn.\n"
    )
    assert [c for c in _cites(raw, Header(doc_type="Kế hoạch")) if c.number is None and c.symbol] == []


def test_the_quyet_dinh_promulgating_the_plan_itself_is_not_cited():
    raw = (
        "ỦY BAN NHÂN DÂN\nXÃ DANH LỰC\nSố:      /KH-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2025\n"
        "Căn cứ Quyết định số    /QĐ-UBND ngày    tháng 1 năm 2025 của UBND xã Danh Lực ban hành Kế hoạch cải cách "
        "hành chính năm 2025;\n"
        "Căn cứ Quyết định số    /QĐ-UBND ngày    tháng 1 năm 2025 của UBND huyện Tân Sơn về giao chỉ tiêu;\n"
    )
    header = Header(doc_type="Kế hoạch", symbol="KH-UBND", issuer="Ủy ban nhân dân xã Danh Lực", date="2025")
    cites = [c for c in _cites(raw, header) if c.symbol == "QĐ-UBND"]
    # One symbol without a number, two bodies: two instruments; the commune's promulgates the plan itself.
    assert [(c.issuer, c.title) for c in cites] == [("Ủy ban nhân dân huyện Tân Sơn", "giao chỉ tiêu")]


def test_without_a_citing_word_a_blank_number_is_not_cited():
    raw = (
        "ỦY BAN NHÂN DÂN\nXÃ DANH LỰC\nSố: 45/KH-UBND\nKẾ HOẠCH\n"
        "Ủy ban nhân dân xã đã ban hành Quyết định số    /QĐ-UBND ngày    /9/2024 thành lập Ban chỉ đạo.\n"
    )
    assert _cites(raw, COMMUNE) == []


def test_a_form_to_fill_in_cites_nothing():
    raw = (
        "BIÊN BẢN HỘI NGHỊ\nHồi ….giờ ….., ngày …. tháng …. năm …., tại phòng họp Ủy ban MTTQ xã Lương Minh đã tiến "
        "hành hội nghị, theo Thông báo số ……/TB-MTTQ ngày …. tháng …. năm ... của Ủy ban Mặt trận Tổ quốc xã Lương "
        "Minh về việc phân bổ cơ cấu.\n"
    )
    assert _cites(raw, Header(doc_type="Hướng dẫn", symbol="HD-MTTQ-BTT")) == []


def test_a_draft_is_not_cited():
    raw = "Đề nghị các phòng góp ý theo dự thảo Quyết định số    /QĐ-UBND ngày    /9/2024 gửi kèm.\n"
    assert find_blank_numbered(mask(make_text(raw).flat)) == []


def test_a_number_written_is_no_blank_number():
    raw = "Căn cứ Kế hoạch số 233/KH-UBND ngày 22/9/2022 của UBND tỉnh Hà Giang;\n"
    assert find_blank_numbered(mask(make_text(raw).flat)) == []
    assert [c.number for c in _cites(raw, COMMUNE)] == ["233"]
