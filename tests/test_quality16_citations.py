"""Citations, round 16: leftovers of round 15 (an amending ordinance, an unnumbered Hướng dẫn of a school
year, a subject run on into the citing body's clause, a year-less date). The fragments are realistic,
written in the style of school, Đoàn and commune plans."""

from vanban.loaders.citations import AMENDING, find_citations, find_implements
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

HUE_SCHOOL = Header(issuer="Trường THCS Nguyễn Du", province="Thừa Thiên Huế", doc_type="Kế hoạch")


def _cites(raw: str, header: Header = Header()):
    return find_citations(make_text(raw), header)


def _plan(*lines: str) -> str:
    return "KẾ HOẠCH\n" + "\n".join(lines) + "\nNhà trường xây dựng kế hoạch như sau:\n"


# ---------------------------------------------------------------------------- an amending ordinance


def test_amending_pattern_reads_an_ordinance_and_a_code():
    s = "Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh cán bộ, công chức"
    assert AMENDING.match(s, len("Pháp lệnh")).group() == " sửa đổi, bổ sung một số điều của "
    s = "Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự"
    assert AMENDING.match(s, len("Luật")).group() == " sửa đổi, bổ sung một số điều của "
    s = "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 24/2010/NĐ-CP"
    assert AMENDING.match(s, len("Nghị định")) is None


def test_an_amending_ordinance_is_one_instrument_with_its_date():
    raw = _plan(
        "Căn cứ Pháp lệnh Cán bộ, công chức ngày 26/02/1998;",
        "Căn cứ Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh cán bộ, công chức ngày 29/04/2003;",
    )
    first, amending = _cites(raw)
    assert (first.doc_type, first.date) == ("Pháp lệnh", "1998-02-26")
    assert amending.doc_type == "Pháp lệnh"
    assert amending.surface.startswith("Pháp lệnh sửa đổi, bổ sung")
    assert amending.date == "2003-04-29"


def test_an_amending_ordinance_with_its_number_after_the_amended_name():
    raw = _plan(
        "Căn cứ Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Ưu đãi người có công với cách mạng "
        "số 04/2012/UBTVQH13 ngày 16/7/2012;"
    )
    (c,) = _cites(raw)
    assert (c.doc_type, c.number, c.symbol, c.date) == ("Pháp lệnh", "04", "2012/UBTVQH13", "2012-07-16")


def test_a_law_amending_a_code_keeps_its_number():
    raw = _plan("Căn cứ Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 12/2017/QH14 ngày 20/6/2017;")
    (c,) = _cites(raw)
    assert (c.doc_type, c.number, c.symbol, c.date) == ("Luật", "12", "2017/QH14", "2017-06-20")


# ---------------------------------------------------------------------------- an unnumbered Hướng dẫn


def test_an_unnumbered_guidance_of_a_school_year_is_cited():
    raw = _plan("Căn cứ Hướng dẫn nhiệm vụ năm học 2023-2024 của Sở GD&ĐT Thừa Thiên Huế;")
    (c,) = _cites(raw, HUE_SCHOOL)
    assert c.doc_type == "Hướng dẫn"
    assert c.number is None
    assert c.issuer == "Sở Giáo dục và Đào tạo tỉnh Thừa Thiên Huế"
    assert c.surface.startswith("Hướng dẫn nhiệm vụ năm học 2023-2024")


def test_an_unnumbered_plan_of_a_department_named_with_and():
    raw = _plan("Căn cứ Kế hoạch năm học 2023-2024 của Sở Giáo dục và Đào tạo Thừa Thiên Huế;")
    (c,) = _cites(raw, HUE_SCHOOL)
    assert (c.doc_type, c.issuer) == ("Kế hoạch", "Sở Giáo dục và Đào tạo tỉnh Thừa Thiên Huế")


def test_an_unnumbered_plan_of_two_bodies_stays_uncited():
    raw = _plan("Căn cứ Kế hoạch công tác năm 2024 của Chính phủ và Ban Thường vụ Tỉnh ủy;")
    assert _cites(raw, HUE_SCHOOL) == []


def test_a_numbered_directive_with_a_typo_is_no_unnumbered_one():
    raw = _plan("Căn cứ Chỉ thị so 41-CT/TW của Ban Bí thư;")
    (c,) = _cites(raw, HUE_SCHOOL)
    assert (c.doc_type, c.number, c.symbol) == ("Chỉ thị", "41", "CT/TW")
