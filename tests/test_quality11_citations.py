"""Citations, round 11: errors found on new real documents (provincial Quyết định, Kế hoạch, Nghị
quyết of the HĐND, 2007–2025). Bodies whose names hold a type word ("Bộ Kế hoạch và Đầu tư"), a
congress of a provincial Party committee named after its ordinal ("Nghị quyết Đại hội XX Đảng bộ
tỉnh"), what a council weighs ("Sau khi xem xét Tờ trình …") read as implemented, an issuer running
past its place into a glued word ("HĐND tỉnh Lào Cai thôngqua …"), a plan's "CĂN CỨ PHÁP LÝ" section
and a strategy read again beside the Quyết định that approves it. The fragments are realistic, written
in the style of those documents."""

from vanban.loaders.citations import find_citations, find_implements
from vanban.loaders.implementing_spans import GROUNDS_HEADING
from vanban.loaders.unnumbered_citations import CONGRESS
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

YEN_BAI = Header(issuer="Ủy ban nhân dân tỉnh Yên Bái", province="Yên Bái")
BINH_DINH = Header(issuer="Ủy ban nhân dân tỉnh Bình Định", province="Bình Định")
MUONG_LA = Header(issuer="Huyện ủy Mường La", province="Sơn La", district="Mường La")
HA_GIANG = Header(issuer="Hội đồng nhân dân tỉnh Hà Giang", province="Hà Giang")
LAO_CAI = Header(issuer="Ủy ban nhân dân tỉnh Lào Cai", province="Lào Cai")
HAI_DUONG = Header(issuer="Ủy ban nhân dân tỉnh Hải Dương", province="Hải Dương")
THANH_HOA = Header(issuer="Ủy ban nhân dân tỉnh Thanh Hóa", province="Thanh Hóa")


def _cites_and_implements(raw: str, header: Header):
    text = make_text(raw)
    cites = find_citations(text, header)
    return cites, find_implements(text, header, cites)


def _issuers(raw: str, header: Header) -> dict[str | None, str | None]:
    return {c.number: c.issuer for c in find_citations(make_text(raw), header)}


# ---------------------------------------------------------------------------- type words in a body's name


def test_a_ministry_named_for_planning_is_read_whole():
    issuers = _issuers(
        "Căn cứ Thông tư số 01/2007/TT-BKH ngày 07/02/2007 của Bộ Kế hoạch và Đầu tư hướng dẫn thực hiện\n"
        "Nghị định số 92/2006/NĐ-CP;\n",
        YEN_BAI,
    )
    assert issuers["01"] == "Bộ Kế hoạch và Đầu tư"


def test_a_finance_and_planning_office_is_read_whole():
    issuers = _issuers(
        "Thực hiện Công văn số 215/TCKH ngày 03/3/2024 của Phòng Tài chính - Kế hoạch huyện về việc lập dự\n"
        "toán năm 2025;\n",
        YEN_BAI,
    )
    assert issuers["215"].startswith("Phòng Tài chính - Kế hoạch")


def test_a_type_word_after_a_name_still_opens_the_next_citation():
    # No separator between two citations: the second one's type word ends the first issuer.
    issuers = _issuers("Căn cứ Quyết định số 12/QĐ-UBND của UBND tỉnh Kế hoạch số 45/KH-SYT ngày 2/3/2024 của Sở Y tế;\n", YEN_BAI)
    assert issuers["12"] == "Ủy ban nhân dân tỉnh Yên Bái"
    assert issuers["45"] == "Sở Y tế tỉnh Yên Bái"


# ---------------------------------------------------------------------------- congresses of a Party committee


def test_congress_pattern_reads_the_committee_after_the_ordinal():
    m = CONGRESS.match("Nghị quyết Đại hội XX Đảng bộ tỉnh, Nghị quyết")
    assert m["ord"] == "XX" and m["committee"].strip() == "Đảng bộ tỉnh"
    assert CONGRESS.match("Nghị quyết Đại hội XIII của Đảng; Chỉ thị")["committee"] is None


def test_a_provincial_congress_named_after_its_ordinal_is_not_the_national_one():
    cites = find_citations(
        make_text(
            "Căn cứ Chương trình hành động số 09-CTr/TU ngày 14/5/2021 của Tỉnh ủy Bình Định thực hiện Nghị quyết Đại hội\n"
            "XX Đảng bộ tỉnh, Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII về cải cách hành chính;\n"
        ),
        BINH_DINH,
    )
    congresses = [c.issuer for c in cites if c.number is None]
    assert congresses == [
        "Đại hội đại biểu Đảng bộ tỉnh Bình Định lần thứ XX",
        "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
    ]


def test_a_district_congress_named_after_its_ordinal():
    cites = find_citations(
        make_text("Thực hiện Nghị quyết Đại hội lần thứ XV Đảng bộ huyện Mường La, nhiệm kỳ 2020 - 2025, Ban Thường vụ\n"),
        MUONG_LA,
    )
    assert [c.issuer for c in cites] == ["Đại hội đại biểu Đảng bộ huyện Mường La lần thứ XV"]


# ---------------------------------------------------------------------------- what a council weighs


def test_the_reports_a_council_weighs_are_cited_not_implemented():
    raw = (
        "NGHỊ QUYẾT\nTHÔNG QUA ĐIỀU CHỈNH QUY HOẠCH SỬ DỤNG ĐẤT ĐẾN NĂM 2020\nHỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG\n"
        "Căn cứ Luật Đất đai ngày 29\ntháng 11 năm 2013;\n"
        "Sau khi xem xét Tờ trình số\n63/TTr-UBND ngày 27 tháng 6 năm 2017 của UBND tỉnh Hà Giang về việc thông qua điều chỉnh\n"
        "quy hoạch và Báo cáo thẩm tra số 18/BC-KTNS ngày 10\ntháng 7 năm 2017 của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh;\n"
        "Hội đồng nhân dân tỉnh Hà Giang đã thảo luận và nhất trí,\nQUYẾT NGHỊ:\nĐiều 1. Thông qua điều chỉnh.\n"
    )
    cites, implements = _cites_and_implements(raw, HA_GIANG)
    assert [c.number for c in cites] == [None, "63", "18"]
    assert [c.doc_type for c in implements] == ["Luật"]


# ---------------------------------------------------------------------------- a name ends with its place


def test_an_issuer_ends_with_its_place_before_a_glued_word():
    issuers = _issuers(
        "Căn cứ Nghị quyết số 06/2007/NQ-HĐND ngày 16/7/2007 của HĐND tỉnh Lào Cai thôngqua chính sách xã hội\n"
        "hoá lĩnh vực giáo dục, y tế, văn hoá, thể thao;\n",
        LAO_CAI,
    )
    assert issuers["06"] == "Hội đồng nhân dân tỉnh Lào Cai"


def test_a_place_of_the_next_level_still_follows():
    issuers = _issuers("Căn cứ Kế hoạch số 5/KH-UBND của UBND xã Bản Lầu huyện Mường Khương về việc tổ chức;\n", LAO_CAI)
    assert issuers["5"] == "Ủy ban nhân dân xã Bản Lầu huyện Mường Khương"


# ---------------------------------------------------------------------------- a section of legal grounds


def test_grounds_heading_pattern():
    assert GROUNDS_HEADING.match("I. CĂN CỨ PHÁP LÝ XÂY DỰNG KẾ HOẠCH")
    assert GROUNDS_HEADING.match("**I. CĂN CỨ XÂY DỰNG KẾ HOẠCH**")
    assert GROUNDS_HEADING.match("1. Căn cứ pháp lý")
    assert GROUNDS_HEADING.match("I. CƠ SỞ PHÁP LÝ")
    assert GROUNDS_HEADING.match("1. Căn cứ Luật Dược số 105/2016/QH13;") is None  # an item, not a heading
    assert GROUNDS_HEADING.match("I. MỤC ĐÍCH, YÊU CẦU") is None
    assert GROUNDS_HEADING.match("I. CĂN CỨ THỰC TIỄN") is None  # the situation, not the legal grounds
    assert GROUNDS_HEADING.match("2. Căn cứ tình hình thực tế") is None


HAI_DUONG_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 3298/KH-UBND\n\n"
    "Hải Dương, ngày 25 tháng 9 năm 2018\n\nKẾ HOẠCH\n\n"
    "TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “TĂNG CƯỜNG KIỂM SOÁT KÊ ĐƠN THUỐC VÀ BÁN THUỐC KÊ ĐƠN GIAI ĐOẠN 2017 - 2020”\n\n"
    "I. CĂN CỨ PHÁP LÝ XÂY DỰNG KẾ HOẠCH\n\n- Luật Khám chữa bệnh năm 2009;\n\n- Luật Dược số 105/2016/QH13;\n\n"
    "- Thông tư số 52/2017/TT-BYT ngày 29/12/2017 của Bộ Y tế quy định về đơn thuốc;\n\n"
    "- Quyết định số 4041/QĐ-BYT ngày 07/9/2017 của Bộ trưởng Bộ Y tế về việc phê duyệt Đề án “Tăng cường kiểm\n"
    "soát kê đơn thuốc và bán thuốc kê đơn giai đoạn 2017 - 2020”.\n\n"
    "II. MỤC ĐÍCH, YÊU CẦU\n\n1. Tổng kết việc thực hiện Kế hoạch số 112/KH-UBND ngày 10/02/2017 của UBND tỉnh.\n"
)


def test_the_items_of_a_grounds_section_are_implemented():
    cites, implements = _cites_and_implements(HAI_DUONG_PLAN, HAI_DUONG)
    assert [c.number for c in cites] == [None, "105", "52", "4041", "112"]
    assert [c.number for c in implements] == [None, "105", "52", "4041"]  # not the plan of section II


def test_a_practical_grounds_subsection_is_not_implemented():
    raw = HAI_DUONG_PLAN.replace(
        "I. CĂN CỨ PHÁP LÝ XÂY DỰNG KẾ HOẠCH\n\n",
        "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n\n1. Căn cứ pháp lý\n\n",
    ).replace(
        "\n\nII. MỤC ĐÍCH",
        "\n\n2. Căn cứ thực tiễn\n\nKết quả thực hiện Kế hoạch số 77/KH-UBND ngày 01/3/2016 của UBND tỉnh.\n\nII. MỤC ĐÍCH",
    )
    cites, implements = _cites_and_implements(raw, HAI_DUONG)
    assert "77" in [c.number for c in cites]
    assert [c.number for c in implements] == [None, "105", "52", "4041"]


# ---------------------------------------------------------------------------- a project and its Quyết định


THANH_HOA_DECISION = (
    "QUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT KẾ HOẠCH TRIỂN KHAI CHIẾN LƯỢC QUỐC GIA PHÁT TRIỂN NGÀNH DƯỢC VIỆT NAM\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA\n"
    "Căn cứ Quyết định số\n1165/QĐ-TTg ngày 09/10/2023 của Thủ tướng Chính phủ về việc phê duyệt Chiến lược\n"
    "quốc gia phát triển ngành Dược Việt Nam giai đoạn đến năm 2030 và tầm nhìn đến năm 2045;\n"
    "QUYẾT ĐỊNH:\nĐiều 1.\nBan hành kèm theo Quyết định này “Kế hoạch triển khai Chiến\n"
    "lược Quốc gia phát triển ngành Dược Việt Nam giai đoạn đến năm 2030 và tầm nhìn đến năm 2045”.\n"
)


def test_a_strategy_is_the_decision_that_approves_it():
    cites = find_citations(make_text(THANH_HOA_DECISION), THANH_HOA)
    assert [(c.doc_type, c.number) for c in cites] == [("Quyết định", "1165")]


def test_a_project_a_promulgated_plan_carries_out_is_its_own():
    # seed 001: "Quyết định số 1041/QĐ-UBND … ban hành Kế hoạch triển khai Đề án văn hóa công vụ": the
    # Quyết định promulgates the plan, not the Đề án.
    cites = find_citations(
        make_text(
            "Thực hiện Quyết định số 1041/QĐ-UBND, ngày 29/5/2019 của UBND tỉnh về việc ban hành Kế hoạch triển khai\n"
            "Đề án văn hóa công vụ trên địa bàn tỉnh Hà Giang; Bệnh viện xây dựng kế hoạch như sau:\n"
        ),
        HA_GIANG,
    )
    assert [(c.doc_type, c.number) for c in cites] == [("Quyết định", "1041"), ("Đề án", None)]


# ---------------------------------------------------------------------------- PDF copies and the constitution


def test_a_law_whose_date_is_glued_to_its_name():
    cites, implements = _cites_and_implements(
        "QUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH CHÍNH SÁCH XÃ HỘI HOÁ TRONG LĨNH VỰC Y TẾ\nỦY BAN NHÂN DÂN TỈNH LÀO CAI\n\n"
        "Căn cứ Luật Tổ chức HĐND và UBNDngày 26/11/2003;\nCăn cứ Luật Bảo hiểmXã hội năm 2007;\n\nQUYẾT ĐỊNH:\n",
        LAO_CAI,
    )
    first = cites[0]
    assert (first.surface, first.date, first.year) == ("Luật Tổ chức HĐND và UBNDngày 26/11/2003", "2003-11-26", 2003)
    assert first in implements


def test_a_proposer_written_with_a_comma_before_tai():
    issuers = _issuers("Xét đề nghị của Giám đốc Sở Y tế, tại Tờ trình số 583/TTr-SYT ngày 11/6/2007,\n", LAO_CAI)
    assert issuers["583"] == "Giám đốc Sở Y tế tỉnh Lào Cai"


def test_a_year_split_by_a_space():
    (c,) = find_citations(
        make_text("Căn cứ Quyết định số\n24/2021/QĐ-TTg ngày 16/7/20 21 của Thủ tướng Chính phủ quy định quy trình rà soát;\n"),
        THANH_HOA,
    )
    assert (c.date, c.issuer) == ("2021-07-16", "Thủ tướng Chính phủ")


def test_the_constitution_named_by_the_state_alone():
    cites, implements = _cites_and_implements(
        "NGHỊ QUYẾT\nVỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN, CẤP XÃ\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n\n"
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\nCăn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;\n\n"
        "QUYẾT NGHỊ:\n",
        Header(issuer="Ủy ban Thường vụ Quốc hội"),
    )
    assert [(c.doc_type, c.surface, c.year) for c in cites] == [
        ("Hiến pháp", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", None),
        ("Luật", "Luật Tổ chức Quốc hội số 57/2014/QH13", 2014),
    ]
    assert len(implements) == 2
    # Its name alone, never a bare word: "tuyên truyền Hiến pháp" names no instrument.
    assert find_citations(make_text("1. Tuyên truyền Hiến pháp và pháp luật cho nhân dân.\n"), THANH_HOA) == []


# ---------------------------------------------------------------------------- capitals of a title, of a level word


def test_a_symbol_read_in_a_capitals_title_takes_the_body_s_case():
    raw = (
        "KẾ HOẠCH\n\nTRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 17-CTR/TU NGÀY 26/9/2013 CỦA TỈNH ỦY VỀ CÔNG TÁC DÂN VẬN\n\n"
        "Thực hiện Chương trình hành động số 17-CTr/TU ngày 26/9/2013 của Tỉnh ủy về công tác dân vận, UBND tỉnh ban hành\n"
        "Kế hoạch triển khai thực hiện, như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    cites, implements = _cites_and_implements(raw, Header(issuer="Ủy ban nhân dân tỉnh Phú Yên", province="Phú Yên"))
    (c,) = cites
    assert (c.surface, c.symbol) == ("CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 17-CTR/TU NGÀY 26/9/2013", "CTr/TU")
    assert c.note is None or "also written" not in c.note
    assert implements == [c]


def test_a_symbol_written_in_capitals_everywhere_stays_so():
    # A symbol whose own form is in capitals (a typo the body repeats) keeps it: "101/QĐ-TTG".
    (c,) = find_citations(
        make_text("Thực hiện Quyết định số 101/QĐ-TTG ngày 23/01/2017 của Thủ tướng Chính phủ; Quyết định số 101/QĐ-TTG nêu trên.\n"),
        THANH_HOA,
    )
    assert c.symbol == "QĐ-TTG"


def test_a_level_word_in_capitals_before_its_place():
    issuers = _issuers(
        "Thực hiện Kế hoạch số 21/KH-UBND ngày 31/01/2021 của UBND tỉnh Thanh Hóa; Kế hoạch số 661/KH-UBND ngày\n"
        "05/02/2021 của UBND Huyện Triệu Sơn về thông tin, tuyên truyền;\n",
        Header(issuer="Ủy ban nhân dân xã Dân Lực", province="Thanh Hóa"),
    )
    assert issuers["661"] == "Ủy ban nhân dân huyện Triệu Sơn"


# ---------------------------------------------------------------------------- joint symbols, lists of proposers


def test_a_joint_symbol_makes_a_joint_type():
    (c,) = find_citations(
        make_text("Căn cứ Thông tư số 03/2008/TTLT-BYT-BNV ngày\n25 tháng 4 năm 2008 của Bộ Y tế và Bộ Nội vụ hướng dẫn chức năng;\n"),
        THANH_HOA,
    )
    assert (c.doc_type, c.number, c.symbol) == ("Thông tư liên tịch", "03", "2008/TTLT-BYT-BNV")


def test_the_next_proposer_of_a_list():
    issuers = _issuers(
        "Xét đề nghị của Giám đốc Sở Y tế tại Tờ trình số 957/SYT-KH ngày 15/11/2007; của Giám đốc Sở Kế hoạch và Đầu tư\n"
        "tại Báo cáo số 692/BC-SKHĐT ngày 20/11/2007,\n",
        YEN_BAI,
    )
    assert issuers["957"] == "Giám đốc Sở Y tế tỉnh Yên Bái"
    assert issuers["692"] == "Giám đốc Sở Kế hoạch và Đầu tư tỉnh Yên Bái"



def test_a_joint_instrument_s_issuers_after_giua():
    an_giang = Header(issuer="Ủy ban nhân dân tỉnh An Giang", province="An Giang")
    issuers = _issuers(
        "Căn cứ Thông tư liên tịch số: 183/2010/TTLT/BTC-BNN, ngày 15 tháng 11 năm 2010 giữa Bộ Tài chính và Bộ Nông\n"
        "nghiệp và PTNT hướng dẫn chế độ quản lý, sử dụng ngân sách nhà nước;\n",
        an_giang,
    )
    assert issuers["183"] == "Bộ Tài chính, Bộ Nông nghiệp và Phát triển nông thôn"  # joint: each body by its name
    # Only a joint instrument's: "giữa năm 2020" after a plan names no body.
    assert _issuers("Căn cứ Kế hoạch số 5/KH-UBND ngày 2/3/2020 giữa Sở Y tế và Công an tỉnh;\n", an_giang)["5"] is None


def test_a_symbol_cut_by_a_space_joins_its_instrument():
    phu_tho = Header(issuer="Ủy ban nhân dân tỉnh Phú Thọ", province="Phú Thọ")
    cites = find_citations(
        make_text(
            "4. Quy chế tổ chức và hoạt động của trường phổ thông dân tộc nội trú, ban hành kèm theo Thông tư số\n"
            "01/2016/TT-BGDĐT , ngày 15/01/2016 của Bộ trưởng Bộ GD&ĐT;\n5. Căn cứ Quyết định số 932/QĐ-UBND ngày 22/4/2016\n"
            "của UBND tỉnh Phú Thọ về việc quy định cụ thể hóa Điều 18 của Thông tư 01/2016/TT-BGD ĐT ngày 15/01/2016;\n"
        ),
        phu_tho,
    )
    assert [(c.number, c.symbol) for c in cites] == [("01", "2016/TT-BGDĐT"), ("932", "QĐ-UBND")]
    assert cites[0].mentions == 2
    # Not two bodies' codes of one number: "01/2016/TT-BCA" and "01/2016/TT-BCT" stay apart.
    two = find_citations(
        make_text("Căn cứ Thông tư số 01/2016/TT-BCA ngày 04/01/2016 và Thông tư số 01/2016/TT-BCT ngày 05/01/2016;\n"), phu_tho
    )
    assert len(two) == 2


def test_a_strategy_named_with_dan_so_and_viet_nam():
    hue = Header(issuer="Ủy ban nhân dân tỉnh Thừa Thiên Huế", province="Thừa Thiên Huế")
    cites = find_citations(
        make_text(
            "Căn cứ Quyết định số 2014/QĐ-UBND ngày 10/8/2020 của UBND tỉnh Thừa Thiên Huế ban hành Kế hoạch hành động\n"
            "giai đoạn 2020-2025 của tỉnh Thừa Thiên Huế thực hiện Chiến lược Dân số Việt Nam đến năm 2030, UBND tỉnh\n"
            "ban hành Kế hoạch như sau:\n"
        ),
        hue,
    )
    assert [(c.doc_type, c.surface) for c in cites] == [
        ("Quyết định", "Quyết định số 2014/QĐ-UBND ngày 10/8/2020"),
        ("Chiến lược", "Chiến lược Dân số Việt Nam"),
    ]
