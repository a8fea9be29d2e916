"""OCR misreads of digits (l/I for 1, O for 0) read back inside citation numbers and slashed
dates only. Fragments of seeds 001, 002, 003 and 004 as an OCR copy damages them."""

from vanban.loaders.citations import find_citations
from vanban.loaders.ocr_digits import OCR_DATE, OCR_NUMBER, read_ocr_digits
from vanban.loaders.records import Header
from vanban.loaders.text import make_text


def test_patterns_on_damaged_fragments():
    assert OCR_NUMBER.search("Nghị quyết số I9-NQ/TU, ngày")["num"] == "I9"
    assert OCR_NUMBER.search("Kết luận số Ol- KL/TW,")["num"] == "Ol"
    m = OCR_NUMBER.search("theo Quyết định số 2O/2Ol9/QĐ-UBND ngày 19/4/2019")
    assert (m["num"], m["sym"]) == ("2O", "/2Ol9/QĐ-UBND")
    assert OCR_DATE.search("bắt đầu từ ngày 0l/IO/2022 đến")["date"] == "0l/IO/2022"
    assert OCR_DATE.search("Kết luận số O1- KL/TW, n gày l8/5/2021")["date"] == "l8/5/2021"


def test_reading_keeps_length_and_fixes_only_number_shapes():
    s = "Kết luận số O1- KL/TW, n gày l8/5/2021; Quyết định số 2O/2Ol9/QĐ-UBND ngày O7/0I/2016"
    fixed = read_ocr_digits(s)
    assert len(fixed) == len(s)
    assert fixed == "Kết luận số 01- KL/TW, n gày 18/5/2021; Quyết định số 20/2019/QĐ-UBND ngày 07/01/2016"


def test_letters_outside_number_shapes_are_left():
    for s in (
        "số lượng cán bộ", "Số I/KH-UBND",  # a lone I is no misread number
        "Lãnh đạo, chỉ đạo ngày lễ", "Phần I- MỤC ĐÍCH", "số OK-123", "ngày Ol tháng",
        "Nghị quyết số 19-NQ/TU, ngày 26/11/2021",
    ):
        assert read_ocr_digits(s) == s, s


def test_damaged_citations_are_read_with_verbatim_surfaces():
    # seed 001 and 004 as an OCR copy writes them
    raw = (
        "KẾ HOẠCH\nTriển khai công tác Dân vận\nI. MỤC ĐÍCH\n"
        "đến năm 2030; Nghị quyết số I9-NQ/TU, ngày 26/11/2021 của Ban Thường vụ Tỉnh ủy; "
        "gắn với thực hiện Kết luận số Ol- KL/TW, n gày l8/5/2021 của Bộ Chính trị; "
        "theo Quyết định số 2O/2Ol9/QĐ-UBND ngày 19/4/2019 của UBND tỉnh.\n"
    )
    text = make_text(raw, name="x.txt")
    cites = find_citations(text, Header())
    got = {(c.number, c.symbol, c.date) for c in cites}
    assert ("19", "NQ/TU", "2021-11-26") in got
    assert ("01", "KL/TW", "2021-05-18") in got
    assert ("20", "2019/QĐ-UBND", "2019-04-19") in got
    surfaces = {c.surface for c in cites}
    assert "Nghị quyết số I9-NQ/TU, ngày 26/11/2021" in surfaces
    assert "Kết luận số Ol- KL/TW, n gày l8/5/2021" in surfaces
