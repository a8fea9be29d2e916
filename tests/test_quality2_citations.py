"""Long and comma-holding law names before their number, law names' ends, standing committees
read from the symbol: fragments of the corpus (032, 051, 055)."""

from vanban.loaders.citations import find_citations, find_implements
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

HEADER = Header(province="Quảng Ninh")


def _cites(fragment: str):
    return find_citations(make_text(fragment), HEADER)


def test_law_name_with_a_comma_keeps_its_number_and_is_one_instrument():
    fragment = (
        "Căn cứ Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13 ngày 20/6/2012;\n"
        "Căn cứ Luật Tiếp cận thông tin số 104/2016/QH13;\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
    )
    text = make_text(fragment)
    cites = find_citations(text, HEADER)
    implements = find_implements(text, HEADER, cites)
    assert [(c.surface, c.number, c.symbol) for c in implements] == [
        ("Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13 ngày 20/6/2012", "14", "2012/QH13"),
        ("Luật Tiếp cận thông tin số 104/2016/QH13", "104", "2016/QH13"),
    ]
    assert len(cites) == 2  # no unnumbered "Luật Phổ biến" beside it


def test_long_law_name_keeps_its_number():
    # Corpus 051: 13 words between "Luật" and "số".
    cites = _cites(
        "Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13 đã được sửa đổi, "
        "bổ sung một số điều thao Luật số 83/2025/QH15;"
    )
    assert [(c.surface, c.number, c.symbol, c.year) for c in cites] == [
        ("Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13", "85", "2015/QH13", 2015),
        ("Luật số 83/2025/QH15", "83", "2025/QH15", 2025),
    ]


def test_law_cited_again_by_name_alone_is_the_numbered_law():
    # Corpus 055: the number in the preamble, the name alone in the body.
    cites = _cites(
        "Căn cứ Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13, ngày 09/6/2015; "
        "theo quy định của Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn, Luật Thanh niên."
    )
    assert [(c.surface, c.mentions) for c in cites] == [
        ("Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13, ngày 09/6/2015", 2),
        ("Luật Công đoàn", 1),
        ("Luật Thanh niên", 1),
    ]


def test_comma_before_a_type_word_does_not_join_two_instruments():
    cites = _cites("theo Luật Đất đai, nghị định số 43/2014/NĐ-CP ngày 15/5/2014 của Chính phủ")
    assert [c.doc_type for c in cites] == ["Luật", "Nghị định"]
    assert cites[1].number == "43"


def test_law_name_ends_before_how_it_is_applied():
    # Corpus 032.
    cites = _cites(
        "bảo đảm phù hợp, thống nhất với Luật Phòng, chống ma túy sát với thực tiễn, có tính khả thi cao."
    )
    assert [c.surface for c in cites] == ["Luật Phòng, chống ma túy"]
    cites = _cites("chấp hành Luật Giao thông đường bộ một cách nghiêm túc, đầy đủ.")
    assert [c.surface for c in cites] == ["Luật Giao thông đường bộ"]


def test_a_law_name_with_kiem_sat_is_not_cut():
    cites = _cites("theo Luật Tổ chức Viện kiểm sát nhân dân năm 2014 và các văn bản hướng dẫn")
    assert [c.surface for c in cites] == ["Luật Tổ chức Viện kiểm sát nhân dân năm 2014"]


def test_standing_committee_issuer_from_the_symbol():
    # Corpus 051: TTHĐND is the Thường trực HĐND, whatever "của HĐND xã" says.
    cites = _cites(
        "Căn cứ Thông báo số 17/TB-TTHĐND ngày 12/12/2025 của HĐND xã Lương Minh về điều chỉnh cơ cấu, số lượng;"
    )
    assert cites[0].issuer == "Thường trực Hội đồng nhân dân xã Lương Minh"
    assert "TTHĐND" in cites[0].note
    # A plain HĐND symbol keeps the council.
    cites = _cites("Căn cứ Nghị quyết số 62/2025/NQ-HĐND ngày 17/7/2025 của HĐND tỉnh Quảng Ninh về mức chi;")
    assert cites[0].issuer == "Hội đồng nhân dân tỉnh Quảng Ninh"
