"""Citations, round 19: numbers written with dots between their thousands ("Quyết định số 1.234/QĐ-UBND"), symbols
written without the Vietnamese "Đ" ("QD-UBND", "KH-SGDDT", as OCR and ASCII-folded copies write them) keyed as the
symbol they stand for, and what a survey of real plans, letters and Party documents showed. The fragments are
realistic ones written in the style of those documents (the documents themselves are not in the repository)."""

from vanban.graph.build import build_graph, prepare
from vanban.graph import schema
from vanban.graph.schema import canonical_symbol, number_symbol, numbered_key
from vanban.loaders import codes
from vanban.loaders.citation_groups import symbol_key
from vanban.loaders.citation_symbols import body_code, type_code
from vanban.loaders.citations import find_citations
from vanban.loaders.extract import extract
from vanban.loaders.number_symbols import DOTTED_THOUSANDS, number_form
from vanban.loaders.read import read_bytes
from vanban.loaders.records import Header
from vanban.loaders.text import make_text


def _cites(raw: str, header: Header = Header()):
    return find_citations(make_text(raw), header)


def _record(raw: str, name: str = "doc.txt"):
    return extract(read_bytes(raw.encode("utf-8"), name=name))


# ---------------------------------------------------------------------------- dotted thousands


def test_dotted_thousands_pattern_and_number_form():
    assert DOTTED_THOUSANDS.fullmatch("1.234")
    assert DOTTED_THOUSANDS.fullmatch("12.105")
    assert DOTTED_THOUSANDS.fullmatch("1.2") is None  # a section's number
    assert DOTTED_THOUSANDS.fullmatch("1.2345") is None
    assert DOTTED_THOUSANDS.fullmatch("1234.567") is None
    assert number_form("1.234") == "1234"
    assert number_form("2.105") == "2105"
    assert number_form("30a") == "30a"
    assert number_form("01") == "01"
    assert number_form("1.2") == "1.2"  # not thousands: as written


def test_a_number_written_with_dotted_thousands_is_kept_as_written_and_read_whole():
    # The gold convention: the number is the part before the first "-" or "/", as written ("1.234");
    # the graph's keys read its digits (test_a_dotted_number_keys_as_its_digits).
    raw = (
        "Căn cứ Quyết định số 1.234/QĐ-UBND ngày 12/5/2022 của Ủy ban nhân dân tỉnh Hà Giang về việc ban hành Quy chế;\n"
        "Căn cứ Công văn số 2.105/UBND-KT ngày 03/6/2023 của UBND tỉnh Hà Giang về việc triển khai;\n"
    )
    qd, cv = _cites(raw)
    assert (qd.doc_type, qd.number, qd.symbol, qd.date) == ("Quyết định", "1.234", "QĐ-UBND", "2022-05-12")
    assert qd.surface == "Quyết định số 1.234/QĐ-UBND ngày 12/5/2022"  # verbatim
    assert (cv.doc_type, cv.number, cv.symbol, cv.date) == ("Công văn", "2.105", "UBND-KT", "2023-06-03")


def test_a_dotted_number_and_the_same_number_without_dots_are_one_instrument():
    raw = (
        "Thực hiện Quyết định số 1.062/QĐ-BCT ngày 10/4/2023 của Bộ Công Thương; theo đơn giá tại Quyết định số "
        "1062/QĐ-BCT, các đơn vị tính toán chi phí.\n"
    )
    (c,) = _cites(raw)
    assert (c.number, c.symbol, c.issuer) == ("1.062", "QĐ-BCT", "Bộ Công Thương")


def test_the_header_reads_a_dotted_number_as_its_citations_do():
    raw = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 1.234/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHà Giang, ngày 12 tháng 5 năm 2023\n\nKẾ HOẠCH\nTriển khai công tác dân vận năm 2023\n\n"
        "I. MỤC ĐÍCH\n1. Các cơ quan thực hiện.\n"
    )
    r = _record(raw)
    assert (r.document.number, r.document.symbol) == ("1.234", "KH-UBND")


def test_a_dotted_number_keys_as_its_digits():
    # One instrument, one node: "1.234/QĐ-UBND" in one document, "1234/QĐ-UBND" in another.
    assert schema.number_id("1.234") == schema.number_id("1234") == "1234"
    assert schema.number_symbol("1.234", "QĐ-UBND") == schema.number_symbol("1234", "QĐ-UBND") == "1234/QĐ-UBND"
    assert schema.number_id("1.2") == "1.2"  # a section's number is no thousands


def test_dotted_section_numbers_and_decimals_are_no_numbers():
    raw = (
        "1.2. Nội dung số 1.2/ các đơn vị thực hiện theo Quyết định số 123/QĐ-UBND ngày 01/02/2023 của UBND tỉnh.\n"
        "Tỷ lệ đạt 12.5/100 điểm; mục 2.1/KH chưa thực hiện.\n"
    )
    (c,) = _cites(raw)
    assert (c.number, c.symbol) == ("123", "QĐ-UBND")


def test_four_digits_before_the_dot_are_no_thousands():
    # "12345.678" is no number written with dotted thousands: the part after the dot is not read into one.
    raw = "Căn cứ Quyết định số 12345.678/QĐ-UBND ngày 01/02/2023 của UBND tỉnh.\n"
    assert all(c.number != "12345678" for c in _cites(raw))


# ---------------------------------------------------------------------------- "Đ" written "D"


def test_folded_codes_table_folds_known_codes_only():
    assert codes.FOLDED_CODES["QD"] == "QĐ"
    assert codes.FOLDED_CODES["SGDDT"] == "SGDĐT"
    assert codes.FOLDED_CODES["HDND"] == "HĐND"
    assert codes.FOLDED_CODES["ND"] == "NĐ"
    # no folded form is itself a code: "HD" (Hướng dẫn) is never read as anything else
    assert not set(codes.FOLDED_CODES) & (set(codes.TYPE_CODES) | set(codes.BODY_CODES))
    assert "HD" not in codes.FOLDED_CODES and "KH" not in codes.FOLDED_CODES


def test_a_symbol_without_its_d_keys_as_the_symbol_with_it():
    assert canonical_symbol("QD-UBND") == canonical_symbol("QĐ-UBND") == "QĐ-UBND"
    assert canonical_symbol("QD-TTG") == "QĐ-TTg"
    assert canonical_symbol("KH-SGDDT") == "KH-SGDĐT"
    assert number_symbol("15", "2020/ND-CP") == number_symbol("15", "2020/NĐ-CP") == "15/2020/NĐ-CP"
    assert number_symbol("04", "QDI/TW") == number_symbol("04", "QĐi/TW") == "04-QĐi/TW"
    assert number_symbol("3", "NQ/DU") == "03-NQ/ĐU"  # a Party committee's series still written with "-"
    # other codes are not touched, and different codes stay different
    assert canonical_symbol("HD-BYT") == "HD-BYT"
    assert canonical_symbol("UBND-KTDT") == "UBND-KTDT"
    assert number_symbol("12", "HD-UBND") != number_symbol("12", "QD-UBND")
    assert numbered_key("Quyết định", "45", "QD-TTg", 2021, None) == numbered_key("Quyết định", "45", "QĐ-TTg", 2021, None)


def test_type_and_body_codes_of_a_folded_symbol():
    assert type_code("QD-UBND") == "QĐ"
    assert type_code("2015/ND-CP") == "NĐ"
    assert type_code("HD-BYT") == "HD"
    assert type_code("UBND-KT") is None
    assert body_code("KH-SGDDT") == "SGDĐT"
    assert body_code("NQ-HDND") == "HĐND"
    assert symbol_key("QD-UBND") == symbol_key("QĐ-UBND")
    assert symbol_key("HD-UBND") != symbol_key("QĐ-UBND")


def test_a_citation_without_d_keeps_its_written_symbol_and_is_one_entry_with_its_d_form():
    raw = (
        "Căn cứ Quyết định số 123/QD-UBND ngày 01/02/2023 của UBND tỉnh Lào Cai về việc ban hành Kế hoạch;\n"
        "Các đơn vị thực hiện theo Quyết định số 123/QĐ-UBND nêu trên.\n"
    )
    (c,) = _cites(raw)
    assert (c.number, c.symbol, c.date) == ("123", "QD-UBND", "2023-02-01")  # as written
    assert "123/QĐ-UBND" in (c.note or "")


def test_a_generic_letter_word_takes_the_type_of_a_folded_type_code():
    (c,) = _cites("Thực hiện Văn bản số 56/QD-UBND ngày 03/3/2021 của UBND huyện Bắc Hà.\n")
    assert c.doc_type == "Quyết định"


PLAN = """ỦY BAN NHÂN DÂN
{district_caps}
Số: {number}/KH-UBND
{district}, ngày 10 tháng 3 năm 2024

KẾ HOẠCH
Triển khai thực hiện Quyết định số 45/{symbol} ngày 03/3/2021 của Thủ tướng Chính phủ

Thực hiện Quyết định số 45/{symbol} ngày 03/3/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân huyện ban hành
Kế hoạch thực hiện như sau:

I. NHIỆM VỤ
1. Phòng Y tế chủ trì triển khai thực hiện.
"""


def _source(text: str, name: str):
    t = read_bytes(text.encode("utf-8"), name=name)
    return prepare(extract(t), t)


def test_two_plans_citing_one_decision_with_and_without_d_share_its_node():
    a = PLAN.format(district_caps="HUYỆN BẮC HÀ", district="Bắc Hà", number="12", symbol="QD-TTg")
    b = PLAN.format(district_caps="HUYỆN SI MA CAI", district="Si Ma Cai", number="34", symbol="QĐ-TTg")
    g = build_graph([_source(a, "a.txt"), _source(b, "b.txt")])
    cited = {v for _, v, d in g.edges(data=True) if d["type"] == "IMPLEMENTS"}
    assert len(cited) == 1, cited
    assert "45/QĐ-TTg" in next(iter(cited))


# ---------------------------------------------------------------------------- a type word and its issuer alone


def test_a_longer_type_word_and_its_issuer_is_no_named_plan():
    # A Nghị quyết of the Chính phủ promulgating its programme (a copy in /tmp of the survey: "Ban hành Chương trình
    # hành động của Chính phủ"), and a provincial letter naming the Tỉnh ủy's programme before citing it in full.
    raw = (
        "Các bộ, ngành phối hợp tổ chức triển khai Chương trình hành động của Chính phủ triển khai Chỉ thị số 49-CT/TW "
        "ngày 20/6/2025 của Ban Bí thư.\n"
    )
    assert [c.number for c in _cites(raw)] == ["49"]
    raw = (
        "UBND tỉnh chỉ đạo triển khai Chương trình hành động của Tỉnh ủy. Các sở xây dựng kế hoạch triển khai thực hiện "
        "Chương trình hành động số 04-CTr/TU ngày 06/11/2020 của Ban Chấp hành Đảng bộ tỉnh.\n"
    )
    (c,) = _cites(raw)
    assert (c.doc_type, c.number, c.symbol) == ("Chương trình", "04", "CTr/TU")
    # a plan named by its description is still read
    (d,) = _cites("Thực hiện Kế hoạch dân vận năm 2023 của Sở Y tế Hà Giang, các khoa triển khai.\n")
    assert (d.doc_type, d.number) == ("Kế hoạch", None)
    assert d.surface.startswith("Kế hoạch dân vận năm 2023")


# ---------------------------------------------------------------------------- "Ð" (eth) for "Đ"


def test_an_eth_written_for_d_is_read_as_d():
    # Old font conversions write the Icelandic "Ð" (U+00D0) for "Đ": the citation is read, its symbol as "QĐ".
    raw = "Thực hiện Quyết định số 1234/Q\u00d0-UBND ngày 12/5/2023 của UBND tỉnh Lào Cai về việc ban hành Kế hoạch.\n"
    (c,) = _cites(raw)
    assert (c.number, c.symbol, c.date, c.issuer) == ("1234", "QĐ-UBND", "2023-05-12", "Ủy ban nhân dân tỉnh Lào Cai")
    assert c.surface == "Quyết định số 1234/QĐ-UBND ngày 12/5/2023"
    header = (
        "\u00d0ẢNG BỘ TỈNH LÀO CAI\nHUYỆN ỦY BẮC HÀ\nSố: 12-KH/HU\n\u00d0ẢNG CỘNG SẢN VIỆT NAM\nBắc Hà, ngày 3 tháng 4 năm 2024\n\n"
        "KẾ HOẠCH\nTuyên truyền năm 2024\n\nThực hiện Kế hoạch số 5-KH/TU ngày 2/2/2024 của Ban Thường vụ Tỉnh ủy.\n"
        "I. MỤC ĐÍCH\n1. Các chi bộ thực hiện.\n"
    )
    r = _record(header)
    assert r.document.issuer == "Huyện ủy Bắc Hà"
    assert [c.symbol for c in r.cites] == ["KH/TU"]


# ---------------------------------------------------------------------------- a PDF's text: hyphens lost


def test_a_party_symbol_glued_to_its_number_is_read_under_its_type_word():
    # A Bộ Y tế decision as the text of its PDF gives it (every hyphen lost: "Số: 5556/QĐBYT", "75/2017/NĐCP").
    raw = (
        "Căn cứ Nghị định số 75/2017/NĐCP ngày 20 tháng 6 năm 2017 của Chính phủ quy định chức  năng, nhiệm vụ; Căn cứ "
        "Nghị quyết số 20NQ/TW ngày 25/10/2017 của Hội nghị lần thứ VI Ban Chấp hành TW  khóa XII về tăng cường công tác "
        "bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân trong tình  hình mới; Căn cứ Nghị quyết số 88/2019/QH14 ngày "
        "18/11/2019 của Quốc hội khoá XIV về phê duyệt Đề  án tổng thể;\n"
    )
    nd, nq, qh = _cites(raw)
    assert (nq.doc_type, nq.number, nq.symbol, nq.date) == ("Nghị quyết", "20", "NQ/TW", "2017-10-25")
    assert nq.issuer == "Ban Chấp hành Trung ương Đảng"  # "Hội nghị lần thứ VI Ban Chấp hành TW": the plenum's body
    assert "20NQ/TW" in nq.note
    assert (nd.symbol, qh.symbol) == ("2017/NĐ-CP", "2019/QH14")


def test_a_glued_code_is_read_only_under_its_own_type_word():
    assert _cites("Căn cứ Kế hoạch số 20NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.\n") == []
    assert _cites("Tổng số 20NQ/TW đã được quán triệt đến chi bộ.\n") == []
    assert _cites("Thực hiện trong giai đoạn 20212025; mã hồ sơ 12KH-UBND.\n") == []
    (c,) = _cites("Quán triệt Chỉ thị số 05CT/TW ngày 15/5/2016 của Bộ Chính trị.\n")
    assert (c.number, c.symbol, c.issuer) == ("05", "CT/TW", "Bộ Chính trị")


# ---------------------------------------------------------------------------- one code written two ways


def test_a_code_joined_by_ampersand_and_tu_key_as_the_code_they_stand_for():
    # "BGD&ĐT" (a typist's form) is the ministry's "BGDĐT"; "TƯ" (a Party body's spelling) is "TW".
    assert canonical_symbol("TT-BGD&ĐT") == canonical_symbol("TT-BGDĐT") == "TT-BGDĐT"
    assert number_symbol("16", "2006/QĐ-BGD&ĐT") == number_symbol("16", "2006/QĐ-BGDĐT") == "16/2006/QĐ-BGDĐT"
    assert number_symbol("6", "QĐ/TƯ") == number_symbol("06", "QĐ/TW") == "06-QĐ/TW"
    assert symbol_key("SGD&ĐT-VP") == symbol_key("SGDĐT-VP")
    # different codes stay different
    assert canonical_symbol("TT-BGDĐT") != canonical_symbol("TT-BYT")


def test_one_circular_written_with_and_without_ampersand_is_one_entry():
    raw = (
        "Căn cứ Thông tư số 32/2020/TT-BGD&ĐT ngày 15/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Điều lệ "
        "trường trung học; các trường thực hiện theo Thông tư số 32/2020/TT-BGDĐT.\n"
    )
    (c,) = _cites(raw)
    assert (c.number, c.symbol, c.date) == ("32", "2020/TT-BGD&ĐT", "2020-09-15")  # as first written
    assert "32/2020/TT-BGDĐT" in c.note


def test_a_symbol_written_with_spaces_is_noted_as_such_when_the_line_breaks_in_its_date():
    # A Hải Dương plan as its web copy wraps it: the line breaks after "ngày", not inside the symbol.
    raw = (
        "- Tiếp tục thực hiện Đề án trên địa bàn tỉnh, gắn với thực hiện Thông tư số 23/2012/TT - BCA, ngày\n"
        "27/4/2012 của Bộ Công an quy định về khu dân cư, xã, phường, thị trấn đạt tiêu chuẩn “An toàn về an ninh, trật tự”.\n"
    )
    (c,) = _cites(raw)
    assert (c.symbol, c.date, c.issuer) == ("2012/TT-BCA", "2012-04-27", "Bộ Công an")
    assert "symbol written with a space ('23/2012/TT - BCA')" in c.note
    (d,) = _cites("Căn cứ Quyết định số 1859-\nQĐ/TU ngày 12/5/2022 của Tỉnh ủy.\n")
    assert "symbol split by a line break" in d.note


# ---------------------------------------------------------------------------- a pair issued by the body named before it


def test_the_body_that_issued_a_pair_issued_both():
    # A district's news item as a Huyện ủy plan quotes it (An Giang / Quảng Nam style).
    raw = (
        "Chuẩn bị cho Đại hội Đảng các cấp, Ban Thường vụ Huyện ủy Hiệp Đức đã ban hành Chỉ thị số 25/CT-HU và Kế hoạch "
        "số 62/KH-HU về tổ chức đại hội các "
        "tổ chức cơ sở đảng, tiến tới Đại hội đại biểu Đảng bộ huyện lần thứ VIII.\n"
    )
    ct, kh = _cites(raw)
    assert ct.issuer == kh.issuer == "Ban Thường vụ Huyện ủy Hiệp Đức"
    assert "listed before it" in kh.note
    # another body's code: not shared
    raw = "Ngày 05/3/2024, Bộ Y tế ban hành Công văn số 1234/BYT-KCB và Quyết định số 56/QĐ-UBND về phòng chống dịch.\n"
    cv, qd = _cites(raw)
    assert (cv.issuer, qd.issuer) == ("Bộ Y tế", None)


# ---------------------------------------------------------------------------- a law's name with a comma


def test_the_2004_law_named_with_its_council_and_committee_keeps_both_and_its_date():
    # A Yên Bái decision of 2013 (as its web copy gives it), and the law's full name.
    (a,) = _cites("Căn cứ Luật Ban hành VB QPPL của HĐND, UBND ngày 03/12/2004;\n")
    assert (a.surface, a.date, a.year) == ("Luật Ban hành VB QPPL của HĐND, UBND ngày 03/12/2004", "2004-12-03", 2004)
    (b,) = _cites(
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ngày 03 tháng 12 năm 2004;\n"
    )
    assert b.date == "2004-12-03"
    # a comma after any other law's name still ends it
    (c,) = _cites("Thực hiện Luật Đất đai, UBND xã tổ chức tuyên truyền.\n")
    assert c.surface == "Luật Đất đai"
    # its year after the committee (a Bình Phước regulation)
    (d,) = _cites("theo Luật Ban hành văn bản quy phạm pháp luật của HĐND, UBND năm 2004 và các văn bản quy định chi tiết.\n")
    assert (d.surface, d.year) == ("Luật Ban hành văn bản quy phạm pháp luật của HĐND, UBND năm 2004", 2004)
