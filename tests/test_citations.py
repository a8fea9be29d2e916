"""Cited instruments, on real fragments copied from the seeds and the corpus (line breaks kept)."""

import pytest

from vanban.loaders import citation_anchors, citation_dates, citations, implementing_spans, unnumbered_citations
from vanban.loaders.citations import find_citations, find_implements
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

HA_GIANG = Header(province="Hà Giang")
DONG_VAN = Header(province="Hà Giang", district="Đồng Văn")
KON_TUM = Header(province="Kon Tum")
HA_TINH = Header(province="Hà Tĩnh")


def cites_of(raw: str, header: Header = HA_GIANG):
    text = make_text(raw)
    return text, find_citations(text, header)


# ---------------------------------------------------------------- the patterns, one by one


@pytest.mark.parametrize(
    "fragment, number, symbol",
    [
        ("Kế hoạch số 233/KH-UBND, ngày", "233", "/KH-UBND"),
        ("Quyết định số 1859- QĐ/TU, ngày", "1859", "- QĐ/TU"),
        ("Kế hoạch số 96 /KH-UBND ngày", "96", " /KH-UBND"),
        ("Nghị định số 04/2015/NĐ-CP ngày", "04", "/2015/NĐ-CP"),
        ("Quy định số 11-QĐi/TW, ngày", "11", "-QĐi/TW"),
        ("Luật số 87/2025/QH15;", "87", "/2025/QH15"),
    ],
)
def test_numsym(fragment, number, symbol):
    m = citation_anchors.NUMSYM.search(fragment)
    assert (m["num"], m["sym"]) == (number, symbol)


def test_numsym_does_not_run_into_the_next_word():
    m = citation_anchors.NUMSYM.search("Nghị quyết số 14-NQ/TU - Tỉnh ủy")
    assert m["sym"] == "-NQ/TU"


@pytest.mark.parametrize(
    "before, type_word",
    [
        ("Thực hiện Kế hoạch số ", "Kế hoạch"),
        ("trọng tâmlà Nghị quyếtsố ", "Nghị quyết"),
        ("Quyết định ", "Quyết định"),
        ("TRIỂN KHAI CHỈ THỊ SỐ ", "CHỈ THỊ"),
    ],
)
def test_type_before(before, type_word):
    m = citation_anchors.TYPE_BEFORE.search(before)
    assert m and m["type"] == type_word


def test_named_before():
    m = citation_anchors.NAMED_BEFORE.search("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số ")
    assert m["type"] == "Luật" and m["name"].strip() == "Ban hành văn bản quy phạm pháp luật"
    assert citation_anchors.NAMED_BEFORE.search("theo Luật Đất đai, Nghị định số ") is None


def test_item_before():
    assert citation_anchors.ITEM_BEFORE.search("Ủy ban nhân dân tỉnh: Số ")["so"] == "Số"
    assert citation_anchors.ITEM_BEFORE.search("dân vận của cơ quan nhà nước các cấp; số ")["so"] == "số"
    assert citation_anchors.ITEM_BEFORE.search("\nSố: ") is None  # the document's own number


def test_date_after():
    assert citation_dates.DATE_AFTER.match(", ngày 22/9/2022 của")["year"] == "2022"
    assert citation_dates.DATE_AFTER.match(", n gày 18/5/2021 của")["month"] == "5"
    m = citation_dates.DATE_AFTER.match(" ngày 28 tháng 4 năm 2023 của")
    assert (m["wday"], m["wmonth"], m["wyear"]) == ("28", "4", "2023")


def test_congress_and_plenum():
    m = unnumbered_citations.CONGRESS.match("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Hiến pháp")
    assert m["ord"] == "XIII" and m["party"]
    assert unnumbered_citations.CONGRESS.match("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI; các")["ord"] == "XVI"
    assert unnumbered_citations.PLENUM.match("Nghị quyết Trung ương 4 khóa XII về xây dựng")["term"] == "XII"


def test_list_head():
    m = citations.LIST_HEAD.search("Chỉ thị số 16/CT-TTg; các Chỉ thị của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh: Số 06")
    assert m["type"] == "Chỉ thị" and "Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh" in m["rest"]


def test_section_heading_and_type_heading():
    assert implementing_spans.SECTION_HEADING.match("**I. MỤC ĐÍCH VÀ YÊU CẦU**")
    assert implementing_spans.SECTION_HEADING.match("Điều 1. Đối tượng áp dụng")
    assert not implementing_spans.SECTION_HEADING.match("Thực hiện Kế hoạch số 233/KH-UBND")
    assert implementing_spans.TYPE_HEADING.match("**KẾ HOẠCH**")
    assert not implementing_spans.TYPE_HEADING.match("Kế hoạch số 233/KH-UBND")


# ---------------------------------------------------------------- whole citations


def test_state_plan_with_issuer_split_across_lines():
    raw = (
        "Thực hiện Kế hoạch số 233/KH-UBND, ngày 22/9/2022 của UBND tỉnh \n\n"
        "Hà Giang về Triển khai “Tháng Dân vận” năm 2022 trong các cơ quan hành \n\n"
        "chính Nhà nước; Sở Y tế xây dựng kế hoạch"
    )
    text, cites = cites_of(raw)
    (c,) = cites
    assert c.surface == "Kế hoạch số 233/KH-UBND, ngày 22/9/2022"
    assert (c.doc_type, c.number, c.symbol, c.year, c.date) == ("Kế hoạch", "233", "KH-UBND", 2022, "2022-09-22")
    assert c.issuer == "Ủy ban nhân dân tỉnh Hà Giang"
    assert c.title.startswith("Triển khai “Tháng Dân vận” năm 2022") is False  # quotes removed
    assert c.title.startswith("Triển khai Tháng Dân vận năm 2022")
    assert text.original[c.start : c.end] == c.surface


def test_symbol_broken_across_lines_and_issuer_named_by_level():
    raw = "theo Quyết định số 1859-\n\nQĐ/TU, ngày 09/4/2019 của Tỉnh ủy về ban hành Quy chế tiếp xúc"
    text, (c,) = cites_of(raw)
    assert c.surface == "Quyết định số 1859- QĐ/TU, ngày 09/4/2019"
    assert (c.number, c.symbol, c.issuer) == ("1859", "QĐ/TU", "Tỉnh ủy Hà Giang")
    assert "line break" in c.note
    assert text.original[c.start : c.end] == "Quyết định số 1859-\n\nQĐ/TU, ngày 09/4/2019"


def test_glued_words_and_central_bodies():
    raw = (
        "trọng tâmlà Nghị quyếtsố \n25- NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương (khóa XI) về tăng "
        "cường; Chỉ thị số 49-CT/TW, ngày 20/10/2015 của Ban Bí thư về tăng cường; Kết luận số 01- \nKL/TW, "
        "n gày 18/5/2021 của Bộ Chính trị về “Tiếp tục thực hiện Chỉ thị số 05- CT/TW, ngày 15/5/2016 của "
        "Bộ Chính trị về đẩy mạnh học tập”;"
    )
    _, cites = cites_of(raw)
    assert [c.surface for c in cites] == [
        "Nghị quyếtsố 25- NQ/TW ngày 03/6/2013",
        "Chỉ thị số 49-CT/TW, ngày 20/10/2015",
        "Kết luận số 01- KL/TW, n gày 18/5/2021",
        "Chỉ thị số 05- CT/TW, ngày 15/5/2016",
    ]
    assert [c.issuer for c in cites] == [
        "Ban Chấp hành Trung ương Đảng",
        "Ban Bí thư Trung ương Đảng",
        "Bộ Chính trị",
        "Bộ Chính trị",
    ]
    assert cites[2].title.startswith("Tiếp tục thực hiện Chỉ thị số 05- CT/TW")


def test_two_spellings_one_entry_and_short_alias():
    raw = (
        "Thực hiện Chỉ thị số 33/CT-TTg ngày 26 tháng 11 năm 2021 của Thủ tướng Chính phủ (Chỉ thị số 33); "
        "Sở Y tế xây dựng Kế hoạch triển khai thực hiện Chỉ thị số 33, gồm: tuyên truyền Chỉ thị số 33- "
        "CT/TTg, ngày 26/11/2021 của Thủ tướng Chính phủ về tăng cường"
    )
    _, cites = cites_of(raw, KON_TUM)
    (c,) = cites
    assert (c.number, c.symbol, c.date, c.issuer) == ("33", "CT-TTg", "2021-11-26", "Thủ tướng Chính phủ")
    assert c.mentions == 4
    assert "33-CT/TTg" in c.note


def test_same_number_different_issuers_under_a_list_head():
    raw = (
        "Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ về tăng cường; các Chỉ thị của Ban "
        "Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh: Số 06-CT/TU, ngày 14/01/2016 về tăng cường lãnh đạo; số "
        "32-CT/TU ngày 18/9/2008 về tăng cường lãnh đạo; Số 17-CT/TU ngày 14/02/2017 về tăng cường; số "
        "17/CT-UBND ngày 14/8/2015 của Ủy ban nhân dân tỉnh về việc tăng cường,... nhằm tạo sự chuyển biến."
    )
    _, cites = cites_of(raw, HA_TINH)
    assert [(c.surface, c.doc_type, c.issuer) for c in cites] == [
        ("Chỉ thị số 16/CT-TTg ngày 16/5/2016", "Chỉ thị", "Thủ tướng Chính phủ"),
        ("Số 06-CT/TU, ngày 14/01/2016", "Chỉ thị", "Ban Thường vụ Tỉnh ủy Hà Tĩnh"),
        ("số 32-CT/TU ngày 18/9/2008", "Chỉ thị", "Ban Thường vụ Tỉnh ủy Hà Tĩnh"),
        ("Số 17-CT/TU ngày 14/02/2017", "Chỉ thị", "Ban Thường vụ Tỉnh ủy Hà Tĩnh"),
        ("số 17/CT-UBND ngày 14/8/2015", "Chỉ thị", "Ủy ban nhân dân tỉnh Hà Tĩnh"),
    ]


def test_the_documents_own_number_is_not_a_citation():
    _, cites = cites_of("Số: 799/KH- SYT Hà Tĩnh, ngày 31 tháng 3 năm 2020\nKẾ HOẠCH\nThực hiện phong trào", HA_TINH)
    assert cites == []


def test_state_letter_and_symbol_year():
    raw = (
        "Công văn \nsố 1260/UBND-NC ngày 28 tháng 4 năm 2023 của Ủy ban nhân dân tỉnh Kon \nTum về việc; "
        "theo Quyết định số 20/2019/QĐ-UBND ngày 19/4/2019 của UBND tỉnh, trong đó"
    )
    _, (cv, qd) = cites_of(raw, KON_TUM)
    assert (cv.doc_type, cv.number, cv.symbol, cv.date) == ("Công văn", "1260", "UBND-NC", "2023-04-28")
    assert cv.issuer == "Ủy ban nhân dân tỉnh Kon Tum"
    assert (qd.number, qd.symbol, qd.year) == ("20", "2019/QĐ-UBND", 2019)


def test_issuer_inferred_only_when_the_symbol_makes_it_certain():
    raw = (
        "Quyết định số 1829/QĐ-UBND, ngày 07/9/2018 về “Ban hành quy tắc ứng xử của cán bộ trong hệ thống "
        "chính trị tỉnh Hà Giang”; Kế hoạch số 106/KH-UBND ngày 18/3/2022, về triển khai công tác dân vận; "
        "Chỉ thị số 16/CT-TTg ngày 16/5/2016 về tăng cường; Chỉ thị số 05-CT/TW về học tập"
    )
    _, (qd, kh, tg, tw) = cites_of(raw)
    assert qd.issuer == "Ủy ban nhân dân tỉnh Hà Giang" and "inferred" in qd.note
    assert kh.issuer is None
    assert tg.issuer == "Thủ tướng Chính phủ" and "inferred" in tg.note
    assert tw.issuer is None  # …/TW: Central Committee, Politburo or Secretariat


def test_year_from_date_only():
    _, (c,) = cites_of("; Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII về học tập")
    assert (c.year, c.date, c.issuer) == (None, None, "Bộ Chính trị")


def test_unnumbered_instruments():
    raw = (
        "theo tinh thần Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Hiến pháp năm 2013; "
        "thực hiện tốt Luật tiếp cận \nthông tin nhằm đảm bảo; theo Luật Tiếp công dân, Quy định số "
        "11-QĐi/TW, ngày 18/02/2019 của Bộ Chính trị; Nghị quyết Trung ương 4 khóa XII về xây dựng"
    )
    _, cites = cites_of(raw)
    assert [(c.surface, c.doc_type, c.issuer, c.year) for c in cites] == [
        (
            "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
            "Nghị quyết",
            "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
            None,
        ),
        ("Hiến pháp năm 2013", "Hiến pháp", None, 2013),
        ("Luật tiếp cận thông tin", "Luật", None, None),
        ("Luật Tiếp công dân", "Luật", None, None),
        ("Quy định số 11-QĐi/TW, ngày 18/02/2019", "Quy định", "Bộ Chính trị", 2019),
        ("Nghị quyết Trung ương 4 khóa XII", "Nghị quyết", "Ban Chấp hành Trung ương Đảng", None),
    ]


def test_provincial_congress_takes_the_province():
    _, (c,) = cites_of("theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI; các Nghị quyết của", KON_TUM)
    assert c.issuer == "Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI"


def test_named_plan_and_project():
    raw = (
        "Thực hiện Kế hoạch dân vận năm 2023 của Sở Y tế Hà Giang Giang; Bệnh viện xây dựng. Kế hoạch của "
        "Sở Y tế để tổ chức. Quyết định số 1041/QĐ-UBND, ngày 29/5/2019 của UBND tỉnh về “Ban hành Kế hoạch "
        "triển khai Đề án văn hóa công vụ trên địa bàn tỉnh Hà Giang”"
    )
    _, cites = cites_of(raw)
    assert [(c.surface, c.year, c.issuer) for c in cites] == [
        ("Kế hoạch dân vận năm 2023 của Sở Y tế Hà Giang Giang", None, "Sở Y tế tỉnh Hà Giang"),
        ("Quyết định số 1041/QĐ-UBND, ngày 29/5/2019", 2019, "Ủy ban nhân dân tỉnh Hà Giang"),
        ("Đề án văn hóa công vụ", None, None),
    ]


@pytest.mark.parametrize(
    "raw",
    [
        "tổ chức thực hiện các Nghị quyết của Ban Chấp hành Trung ương Đảng về công tác dân vận",
        "các kế hoạch của Ủy ban nhân dân tỉnh, của ngành Y tế về cải cách hành chính năm 2023",
        "tốt Quy chế dân chủ ở cơ sở về tiếp xúc, đối thoại trực tiếp",
        "căn cứ vào Kế hoạch này và tình hình thực tế của địa phương",
        "theo Kế hoạch của Huyện ủy về triển khai “Tháng dân vận” năm 2022",
        "73 năm tác phẩm “Dân vận” của Chủ tịch Hồ Chí Minh",
        "có trình độ đại học Luật hoặc chuyên ngành luật trở lên",
        "các văn bản hướng dẫn thi hành Luật*\na) Cơ quan chủ trì",
    ],
)
def test_not_citations(raw):
    assert cites_of(raw)[1] == []


def test_law_names_with_number_and_commas():
    raw = (
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n\nCăn cứ Luật Phòng, chống thiên tai "
        "ngày 19 tháng 6 năm 2013;"
    )
    _, (a, b) = cites_of(raw)
    assert (a.surface, a.number, a.symbol, a.year, a.issuer) == (
        "Luật Tổ chức chính quyền địa phương số 72/2025/QH15", "72", "2025/QH15", 2025, None,
    )
    assert (b.surface, b.date) == ("Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013", "2013-06-19")


def test_markdown_emphasis_is_kept_in_the_surface():
    raw = "Thực hiện **Kế hoạch số 14-KH/TU** ngày 29/7/2025 của Ban Thường vụ Tỉnh ủy và"
    text, (c,) = cites_of(raw, Header(province="Bắc Ninh"))
    assert c.surface == "Kế hoạch số 14-KH/TU** ngày 29/7/2025"
    assert c.surface in text.flat and c.date == "2025-07-29"
    assert c.issuer == "Ban Thường vụ Tỉnh ủy Bắc Ninh"


def test_upper_case_title_citation():
    _, (c,) = cites_of("TRIỂN KHAI CHỈ THỊ SỐ 32/CT-TTG NGÀY 21/10/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ")
    assert (c.doc_type, c.number, c.date, c.issuer) == ("Chỉ thị", "32", "2025-10-21", "Thủ tướng Chính phủ")


# ---------------------------------------------------------------- implements


def test_implements_title_and_preamble():
    raw = (
        " KẾ HOẠCH \n\nTriển khai thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về "
        "“Tiếp tục tăng cường” \n___________ \n\nThực hiện Chỉ thị số 33/CT-TTg ngày 26 tháng 11 năm 2021 của "
        "Thủ tướng Chính phủ; Công văn \nsố 1260/UBND-NC ngày 28 tháng 4 năm 2023 của Ủy ban nhân dân tỉnh Kon "
        "\nTum về việc triển khai (Chỉ thị số 33); Sở Y tế xây dựng Kế hoạch như sau: \n\nI. MỤC ĐÍCH, YÊU CẦU "
        "\n\n1. Thực hiện có hiệu quả Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị"
    )
    text = make_text(raw)
    cites = find_citations(text, KON_TUM)
    implements = find_implements(text, KON_TUM, cites)
    assert [c.number for c in cites] == ["33", "1260", "23"]
    assert [c.number for c in implements] == ["33", "1260"]
    assert all(any(i is c for c in cites) for i in implements)


def test_implements_excludes_xet_paragraphs():
    raw = (
        "NGHỊ QUYẾT\n\nQUY ĐỊNH NỘI DUNG, MỨC CHI\n\nCăn\ncứ Luật Tổ chức chính quyền địa phương số "
        "72/2025/QH15;\n\nXét\nTờ trình số 4486/TTr-UBND ngày 22 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh;\n\n"
        "Điều 1. Đối tượng áp dụng"
    )
    text = make_text(raw)
    cites = find_citations(text, Header(province="Quảng Ninh"))
    implements = find_implements(text, Header(province="Quảng Ninh"), cites)
    assert [c.doc_type for c in cites] == ["Luật", "Tờ trình"]
    assert [c.doc_type for c in implements] == ["Luật"]


def test_implements_unnumbered_plan_in_preamble():
    raw = (
        " KẾ HOẠCH \n\nTriển khai công tác Dân vận trong bệnh viện năm 2023 \n \n\nThực hiện Kế hoạch dân vận "
        "năm 2023 của Sở Y tế Hà Giang Giang; Bệnh \n\nviện đa khoa Nà Chì xây dựng kế hoạch như sau: \n\n"
        "I. MỤC ĐÍCH, YÊU CẦU \n\n- Tiếp tục quán triệt Chỉ thị số 33/CT-TTg, ngày 26/11/2021 của Thủ tướng"
    )
    text = make_text(raw)
    cites = find_citations(text, HA_GIANG)
    implements = find_implements(text, HA_GIANG, cites)
    assert [c.surface for c in implements] == ["Kế hoạch dân vận năm 2023 của Sở Y tế Hà Giang Giang"]


def test_a_parent_plan_with_the_documents_own_number_is_still_cited():
    # Every body has its own KH-UBND series: a commune's 15/KH-UBND implements the district's 15/KH-UBND.
    from vanban.loaders.citations import find_citations
    from vanban.loaders.records import Header
    from vanban.loaders.text import make_text

    own = Header(number="15", symbol="KH-UBND", issuer="Ủy ban nhân dân xã Lũng Cú", date="2023-03-20",
                 province="Hà Giang", district="Đồng Văn")
    parent = make_text("Thực hiện Kế hoạch số 15/KH-UBND ngày 02/3/2023 của UBND huyện Đồng Văn về công tác dân vận năm 2023;")
    assert [(c.number, c.issuer) for c in find_citations(parent, own)] == [("15", "Ủy ban nhân dân huyện Đồng Văn")]
    # The document naming itself is not a citation.
    itself = make_text("Kế hoạch số 15/KH-UBND ngày 20/3/2023 của UBND xã Lũng Cú được gửi các thôn.")
    assert find_citations(itself, own) == []
