"""Citations, round 8: one instrument whose symbol carries its year is one entry even when one
mention's date is a slip; the date agreeing with the symbol's year is kept. Corpus 004 fragments."""

from vanban.loaders.citation_groups import _same_symbol_year
from vanban.loaders.citations import find_citations
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

CAN_THO = Header(issuer="Ủy ban nhân dân thành phố Cần Thơ", province="Cần Thơ")


def test_date_slip_does_not_split_an_instrument():
    # corpus 004 (KH 153/KH-UBND Cần Thơ): I.1 a) and footnote [1], as written.
    raw = (
        "KẾ HOẠCH\nThực hiện Chương trình\n\n**I. MỤC ĐÍCH, YÊU CẦU**\n\na) Triển khai nghiêm túc, chất\n"
        "lượng và hiệu quả Nghị quyết số 163/2024/QH15 ngày 27 tháng 11 năm 2025 phê duyệt\n"
        "chủ trương đầu tư Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm\n"
        "2030; Nghị quyết số 50/NQ-CP ngày 13 tháng 3 năm 2025 của Chính phủ ban hành Kế\n"
        "hoạch triển khai thực hiện Nghị quyết 163/2024/QH15; nhằm nâng cao hiệu quả\n\n"
        "[1] Nghị quyết số 163/2024/QH15\nngày 27/11/2024 của Quốc hội phê duyệt chủ trương đầu tư Chương trình mục tiêu\n"
        "quốc gia phòng, chống ma túy đến năm 2030.\n"
    )
    cites = [c for c in find_citations(make_text(raw), CAN_THO) if c.number == "163"]
    assert len(cites) == 1
    assert (cites[0].year, cites[0].date) == (2024, "2024-11-27")
    assert "2025-11-27" in (cites[0].note or "")


def test_same_symbol_year():
    assert _same_symbol_year("2024/QH15", "2024/QH15")
    assert not _same_symbol_year("QH15", "QH15")  # no year in the symbol: the dates decide


def test_amount_after_the_issuer_is_not_part_of_it():
    # corpus 022 (KH 0204/KH-UBND Cà Mau), as written.
    raw = (
        "KẾ HOẠCH\nTài chính\n\nI. TÌNH HÌNH\n\nthể: giảm thuế giá trị gia tăng theo Nghị quyết số 174/2024/QH15 ngày\n"
        "30/11/2024, Nghị quyết số 204/2025/QH15 ngày 17/6/2025 của Quốc hội khoảng 110\n"
        "tỷ đồng; giảm thuế bảo vệ môi trường mặt hàng xăng, dầu, mỡ nhờn theo Nghị quyết\n"
        "số 60/2024/UBTVQH15 ngày 24/12/2024 của Ủy ban Thường vụ Quốc hội khoảng 530 tỷ\nđồng.\n"
    )
    cites = {c.number: c.issuer for c in find_citations(make_text(raw), Header(province="Cà Mau"))}
    assert cites["204"] == "Quốc hội"
    assert cites["60"] == "Ủy ban Thường vụ Quốc hội"


def test_ministry_abbreviation_expanded():
    from vanban.loaders.names import expand_abbreviations

    # corpus 030: "Thông tư số 32/2014/TT-BNNPTNT ngày 10/9/2014 của Bộ Nông nghiệp và PTNT".
    assert expand_abbreviations("Bộ Nông nghiệp và PTNT") == "Bộ Nông nghiệp và Phát triển nông thôn"
