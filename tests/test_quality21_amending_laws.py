"""Amending laws named with the laws they amend, round 21 (preambles of realdocs 448306af, Quyết định 4385/QĐ-BVHTTDL,
and 04e0c7e1, Nghị quyết 389/NQ-CP): a law amending four laws listed with commas is one instrument; a law amending
"37 luật có liên quan đến quy hoạch" is one; a date closes an amending law's name, so the next "và Luật sửa đổi …" is
another law; names that hold "tại Việt Nam" or "theo phương thức đối tác công tư" are read whole."""

from vanban.loaders.law_names import AMENDED_BEFORE, AMENDING_COUNTED, amended_in
from tests.citation_reading import record

_PLANNING = (
    "*Căn cứ Luật Quy hoạch ngày 24/11/2017; Luật sửa đổi, bổ sung một số điều của 37 luật có\nliên quan đến quy hoạch "
    "ngày 20/11/2018; Luật\nsửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo\nphương thức "
    "đối tác công tư và Luật Đấu thầu ngày 29/11/2024;*\n"
)
_ENTRY = (
    "*Căn cứ Luật Nhập cảnh, xuất cảnh, quá cảnh, cư\ntrú của người nước ngoài tại Việt Nam ngày 16 tháng 6 năm 2014; "
    "Luật sửa đổi, bổ\nsung một số điều của Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước\nngoài tại Việt "
    "Nam ngày 25 tháng 11 năm 2019 và Luật sửa đổi, bổ sung một số điều\ncủa Luật Xuất cảnh, nhập cảnh của công dân Việt "
    "Nam và Luật Nhập cảnh, xuất cảnh,\nquá cảnh, cư trú của người nước ngoài tại Việt Nam ngày 24 tháng 6 năm 2023;*\n"
)


def _read(raw: str) -> list[tuple[str, str | None, bool]]:
    r = record(raw)
    return [(c.surface, c.date, any(c is i for i in r.implements)) for c in r.cites]


def test_a_law_amending_laws_listed_with_commas_is_one_instrument():
    assert _read(_PLANNING) == [
        ("Luật Quy hoạch ngày 24/11/2017", "2017-11-24", True),
        ("Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch ngày 20/11/2018", "2018-11-20", True),
        (
            "Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác "
            "công tư và Luật Đấu thầu ngày 29/11/2024",
            "2024-11-29",
            True,
        ),
    ]


def test_a_date_closes_an_amending_law_s_name():
    got = _read(_ENTRY)
    assert [(d, i) for _, d, i in got] == [("2014-06-16", True), ("2019-11-25", True), ("2023-06-24", True)]
    assert got[0][0].startswith("Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của")
    assert got[1][0].startswith("Luật sửa đổi, bổ sung một số điều của Luật Nhập cảnh")
    assert got[2][0].startswith("Luật sửa đổi, bổ sung một số điều của Luật Xuất cảnh")
    assert got[0][0].endswith("tại Việt Nam ngày 16 tháng 6 năm 2014")


def test_amended_in_and_the_counted_form():
    s = "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, "
    assert amended_in(s + "Luật Đấu thầu", len(s))
    # Past a date, the law named after "và" is not the amended one.
    s = "Luật sửa đổi, bổ sung một số điều của Luật Nhập cảnh ngày 25 tháng 11 năm 2019 và "
    assert not amended_in(s + "Luật Xuất cảnh", len(s))
    assert AMENDED_BEFORE.search("Luật sửa đổi, bổ sung một số điều của ")
    assert AMENDING_COUNTED.match(" sửa đổi, bổ sung một số điều của 11 luật có liên quan đến quốc phòng, an ninh;")
    assert AMENDING_COUNTED.match(" sửa đổi, bổ sung một số điều của các luật có liên quan") is None


def test_a_law_amending_articles_and_an_appendix_is_one_instrument():
    # Quyết định 1383/QĐ-BNV's grounds: the statistics law and the law amending its articles and appendix.
    raw = (
        "*Căn cứ Luật Thống kê ngày 23 tháng 11 năm 2015;*\n*Căn cứ Luật sửa đổi, bổ sung một số điều và Phụ lục Danh mục\n"
        "chỉ tiêu thống kê quốc gia của Luật Thống kê ngày 12 tháng 11 năm 2021;*\n"
    )
    assert _read(raw) == [
        ("Luật Thống kê ngày 23 tháng 11 năm 2015", "2015-11-23", True),
        (
            "Luật sửa đổi, bổ sung một số điều và Phụ lục Danh mục chỉ tiêu thống kê quốc gia của Luật Thống kê ngày 12 "
            "tháng 11 năm 2021",
            "2021-11-12",
            True,
        ),
    ]


def test_a_plan_described_by_what_befell_it_is_no_instrument():
    # Quyết định 170/QĐ-BCĐNNDL's Quy chế: "theo Kế hoạch kiểm tra đã được duyệt hoặc theo ý kiến của Trưởng Ban Chỉ đạo".
    raw = (
        "3. Ủy viên Thường trực Ban Chỉ đạo điều hành, tổ chức\ncác đoàn kiểm tra thường xuyên và đột xuất theo Kế hoạch "
        "kiểm tra đã được duyệt\nhoặc theo ý kiến của Trưởng Ban Chỉ đạo.\n"
    )
    assert _read(raw) == []
    assert [s for s, _, _ in _read("Các đơn vị thực hiện theo Kế hoạch kiểm tra năm 2025 của Sở Y tế.\n")] == [
        "Kế hoạch kiểm tra năm 2025 của Sở Y tế"
    ]


def test_a_form_s_blank_citation_with_its_code_left_blank_too_is_no_instrument():
    # A form attached to Quyết định 143/2025/QĐ-UBND of Đồng Tháp: "Căn cứ Quyết định số …/QĐ-….. ngày ... tháng ... năm …".
    raw = "Căn cứ Quyết định số\n…/QĐ-….. ngày ... tháng ... năm … của …… về việc tiếp nhận (điều động/bổ nhiệm…)\n"
    assert _read(raw) == []
