"""Numbers and symbols written the ways companies and drafts write them (session 15): a letter cited by a number
joined to its year by a dot, by a date of eight digits, by two numbers before its year, or with a sequence number
ending its symbol; a Số line left blank with dots. Fragments quoted from the review documents named by their files'
first hex digits (realdocs and fresh15: the public repository tnt305/tai_lieu_noi_bo, src/etl/dataset/<name>.md;
seeds: ../shared/seeds). /work/fresh15_numbers/SURVEY.md counts every form of the review set."""

from __future__ import annotations

from vanban.graph.schema import number_id, number_symbol, numbered_key
from vanban.loaders.citations import find_citations
from vanban.loaders.header import read_header
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

CUSTOMS = Header(issuer="Cục Hải quan", doc_type="Công văn")


def _cites(body: str, header: Header = CUSTOMS) -> list[tuple[str | None, str | None]]:
    raw = "CÔNG VĂN\nx\n\n" + body + "\n"
    return [(c.number, c.symbol) for c in find_citations(make_text(raw), header)]


def test_a_company_letter_numbered_with_its_year_after_a_dot():
    # fresh15 1894fbab (a Cục Hải quan reply); read nothing before.
    got = _cites(
        "Trả lời công văn số\n128.2025/OL.WMCLV ngày 24/11/2025 của Công ty TNHH Wilmar Marketing CLV về việc\n"
        "hàng hóa gửi kho ngoại quan, Cục Hải quan có ý kiến như sau:"
    )
    assert got == [("128.2025", "OL.WMCLV")]


def test_a_company_letter_numbered_by_its_date():
    # fresh15 28eca2b7; read nothing before (a number of five digits at most).
    got = _cites(
        "Trả lời công văn số 20251022/CV-HD\nngày 22/10/2025 của Công ty TNHH Minebea AccessSolutions Việt Nam về "
        "vướng mắc thuê doanh nghiệp chế xuất gia công, Cục Hải quan có ý kiến như sau:"
    )
    assert got == [("20251022", "CV-HD")]


def test_a_company_letter_with_two_numbers_before_its_year_is_one_letter():
    # fresh15 9ca435f0: the number is what comes before the first "-" (the schema's rule), the rest is the symbol.
    got = _cites(
        "Trả lời công văn số\n01-10/2025/CV-TKV của Công ty TNHH Tokokosen về việc vướng mắc chính sách mặt\n"
        "hàng, Cục Hải quan có ý kiến như sau:"
    )
    assert got == [("01", "10/2025/CV-TKV")]


def test_a_sequence_number_ending_a_symbol_is_part_of_it():
    # realdocs 2249fe89 (Thuế tỉnh Tây Ninh): read "01/CV" before.
    got = _cites(
        "Trả lời văn bản số\n01/CV-01 ngày 20/11/2025 của Công Ty TNHH Khuôn Mẫu Yong Hong (gọi tắt là Công\n"
        "ty) về việc thuế suất thuế GTGT, Thuế tỉnh Tây Ninh có ý kiến như sau:",
        Header(issuer="Thuế tỉnh Tây Ninh", doc_type="Công văn"),
    )
    assert got == [("01", "CV-01")]


def test_the_usual_forms_are_read_as_before():
    # corpus 080 (a year after a hyphen: number 19), realdocs 8018a6f3 (a roman unit after a dot), realdocs 76415b3e
    # (a decimal number), corpus 055 (a joint resolution's long symbol), a Party symbol.
    got = _cites(
        "Thực hiện Nghị quyết số 19-2017/NQ-CP của Chính phủ; Văn phòng Chính phủ đã ban hành Công văn 11554/VPCP-V.I "
        "về việc nâng cao hiệu quả; áp dụng cơ chế đặc thù theo Nghị quyết số 66.4/2025/NQ-CP ngày 21 tháng 9 năm 2025; "
        "Nghị quyết Liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN, ngày 26/9/2025; Kết luận số 132- KL/TW."
    )
    assert ("19", "2017/NQ-CP") in got
    assert ("11554", "VPCP-V.I") in got
    assert ("66.4", "2025/NQ-CP") in got
    assert ("102", "2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN") in got
    assert ("132", "KL/TW") in got


def test_a_full_stop_without_its_space_does_not_join_a_word_to_the_symbol():
    # A PDF copy that lost the space after a full stop: only a part in capitals joins after a dot.
    got = _cites("Căn cứ Quyết định số 1357/QĐ-TCHQ.Theo đó, Cục Hải quan hướng dẫn.")
    assert got == [("1357", "QĐ-TCHQ")]


def test_a_date_is_no_dotted_number_and_six_digits_are_no_date():
    # Five digits at most as before, unless they are the eight of a date: "số 123456/CV-HD" is read as before.
    got = _cites("Trả lời công văn số 123456/CV-HD của Công ty.")
    base = _cites("Trả lời công văn số 23456/CV-HD của Công ty.")
    assert [n for n, _ in got] != ["123456"] and base == [("23456", "CV-HD")]


def _seed_header(number_line: str) -> Header:
    # The header of seed 000 (Sở Y tế Hà Giang's plan), its Số line as given.
    raw = (
        "UBND TỈNH HÀ GIANG\nSỞ Y TẾ\n" + number_line + "\nHà Giang, ngày 03 tháng 10 năm 2022\n\nKẾ HOẠCH\n"
        "Triển khai “Tháng Dân vận” năm 2022 trong ngành Y tế\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
    )
    return read_header(make_text(raw))


def test_a_number_line_left_blank_with_dots_keeps_its_symbol():
    # The seed's "Số:         /KH-SYT" (number null, symbol KH-SYT), and the dots a draft leaves there instead, as the
    # body of corpus 051 writes "Thông báo số ……/TB-MTTQ": read nothing before.
    for line in ("Số:         /KH-SYT", "Số: ……/KH-SYT", "Số: ……….. /KH-SYT", "Số: ...../KH-SYT"):
        h = _seed_header(line)
        assert (h.number, h.symbol) == (None, "KH-SYT"), line
    h = _seed_header("Số: 1234 /KH-SYT")
    assert (h.number, h.symbol) == ("1234", "KH-SYT")


def test_company_numbers_in_the_header():
    # The same letters' own Số lines, as a company heads them.
    for line, want in (
        ("Số: 128.2025/OL.WMCLV", ("128.2025", "OL.WMCLV")),
        ("Số: 20251022/CV-HD", ("20251022", "CV-HD")),
        ("Số: 01-10/2025/CV-TKV", ("01", "10/2025/CV-TKV")),
        ("Số: 01/CV-01", ("01", "CV-01")),
    ):
        h = _seed_header(line)
        assert (h.number, h.symbol) == want, line


def test_graph_keys_keep_a_lettered_or_dotted_number_apart_from_the_plain_one():
    # "Nghị quyết số 30a/2008/NQ-CP" is not the 30; "128.2025/OL.WMCLV" is not a 128 of the same code.
    assert number_id("30a") != number_id("30") and number_id("30A") == number_id("30a")
    assert number_symbol("30a", "2008/NQ-CP") != number_symbol("30", "2008/NQ-CP")
    assert number_id("128.2025") == "128.2025" != number_id("128")
    assert number_id("20251022") == "20251022"
    key = numbered_key("Công văn", "128.2025", "OL.WMCLV", 2025, "Công ty TNHH Wilmar Marketing CLV")
    assert key != numbered_key("Công văn", "128", "OL.WMCLV", 2025, "Công ty TNHH Wilmar Marketing CLV")
    assert numbered_key("Kế hoạch", "15a", "KH-UBND", 2025, "Ủy ban nhân dân tỉnh Hà Giang") != numbered_key(
        "Kế hoạch", "15", "KH-UBND", 2025, "Ủy ban nhân dân tỉnh Hà Giang"
    )
