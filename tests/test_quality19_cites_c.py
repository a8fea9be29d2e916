"""Citations, round 19 (c): one instrument, one entry. A law named without its number (in a "Căn cứ" line, with its
date) and later with it is one law; a law's number written after its name without "số" (a library page's title line)
ends the name; a body's code written after the type code with a space is read into the symbol, so that the date and
issuer after it are read. The fragments are realistic ones written in the style of the surveyed documents."""

from vanban.loaders.extract import extract
from vanban.loaders.read import read_bytes


def _record(raw: str, name: str = "doc.txt"):
    return extract(read_bytes(raw.encode("utf-8"), name=name))


# ------------------------------------------------------------- a law cited without, then with its number

DECISION = """Quyết định 1589/QĐ-TTg năm 2025 về Kế hoạch triển khai thi hành Luật Tổ chức chính quyền địa phương 72/2025/QH15 do Thủ tướng Chính phủ ban hành
THỦ TƯỚNG CHÍNH PHỦ
Số: 1589/QĐ-TTg
Hà Nội, ngày 24 tháng 7 năm 2025
BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG SỐ 72/2025/QH15
THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị định số 80/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ về tổ chức thi hành văn bản quy phạm pháp luật;
Theo đề nghị của Bộ trưởng Bộ Nội vụ.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Tổ chức chính quyền địa phương số 72/2025/QH15.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký ban hành.
"""


def test_a_law_named_with_its_date_then_with_its_number_is_one_entry():
    r = _record(DECISION)
    laws = [c for c in r.cites if c.doc_type == "Luật"]
    # In order of first mention: the title line names the law first.
    assert [(c.number, c.symbol) for c in laws] == [("72", "2025/QH15"), (None, None)]
    law = laws[0]
    assert law.surface == "Luật Tổ chức chính quyền địa phương số 72/2025/QH15"
    assert law.date == "2025-06-16" and law.year == 2025
    # No entry reads the library page's title line past the number: "… 72/2025/QH15 do Thủ tướng Chính phủ".
    assert not any("do Thủ tướng" in c.surface for c in r.cites)
    # Its preamble line names it: it is implemented in the order of the preamble.
    assert [c.surface for c in r.implements][:3] == [
        "Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025",
        "Luật Tổ chức chính quyền địa phương số 72/2025/QH15",
        "Nghị định số 80/2025/NĐ-CP ngày 01 tháng 4 năm 2025",
    ]


def test_a_law_of_another_year_stays_another_entry():
    raw = DECISION.replace("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                           "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")
    r = _record(raw)
    laws = [(c.number, c.year, c.surface) for c in r.cites if c.doc_type == "Luật" and "chính quyền" in c.surface]
    # The title line's "… địa phương 72/2025/QH15" is the 2025 law (its symbol's year), not the 2015 one.
    assert laws == [
        ("72", 2025, "Luật Tổ chức chính quyền địa phương số 72/2025/QH15"),
        (None, 2015, "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"),
    ]


# ------------------------------------------------------------- a space after the type code

LETTER = """ỦY BAN NHÂN DÂN
HUYỆN CAN LỘC
Số: 215/KH-UBND
Can Lộc, ngày 05 tháng 5 năm 2010
KẾ HOẠCH
Tổ chức Tháng hành động vì trẻ em năm 2010
Thực hiện công văn số 630/CV SLĐTB&XH ngày 27/4/2010 của Sở Lao động - Thương binh và Xã hội về việc tổ chức Tháng hành động vì trẻ em năm 2010, UBND huyện xây dựng kế hoạch như sau:
"""


def test_a_body_code_after_a_space_is_read_into_the_symbol_with_the_date_and_issuer():
    r = _record(LETTER)
    c = next(c for c in r.cites if c.number == "630")
    assert c.surface == "công văn số 630/CV SLĐTB&XH ngày 27/4/2010"
    assert c.symbol == "CV-SLĐTB&XH" and c.date == "2010-04-27"
    assert c.issuer is not None and c.issuer.startswith("Sở Lao động - Thương binh và Xã hội")
    assert "written with a space" in (c.note or "")


def test_a_word_after_a_type_code_without_a_date_is_not_read_into_the_symbol():
    # "CV UBND" followed by no date: nothing says the capitals are the symbol's.
    r = _record(LETTER.replace("630/CV SLĐTB&XH ngày 27/4/2010 của", "630/CV UBND tỉnh và"))
    c = next(c for c in r.cites if c.number == "630")
    assert c.symbol == "CV" and c.date is None


# ------------------------------------------------------------- a body's head word damaged by OCR or a typing slip

DECISION_HT = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 1281/QĐ-UBND
Hà Tĩnh, ngày 05 tháng 5 năm 2014
QUYẾT ĐỊNH
Về việc ban hành Quy định quản lý dịch vụ y tế
ỦY BAN NHÂN DÂN TỈNH
Xét đề nghị của Giám đốc Sở Y tế tại Văn bản số 610/SYT-VP ngày 18/4/2014, kèm theo Văn bản thẩm định số 312/STP-KSTT ngày 08/4/2014 của S Tư pháp Hà Tĩnh,
QUYẾT ĐỊNH:
"""

PARTY = """ĐẢNG BỘ THÀNH PHỐ CẦN THƠ
THÀNH ỦY
Số: 15-QĐ/TU
Cần Thơ, ngày 10 tháng 01 năm 2013
QUY ĐỊNH
về khen thưởng tổ chức đảng và đảng viên
- Căn cứ Hướng dẫn số 37 - HD/VPTW, ngày 20/12/2010 của Văn ph2ong Trung ương đảng hướng dẫn "về mức tiền thưởng các hình thức khen thưởng tổ chức đảng và đảng viên";
"""


def test_a_one_letter_head_is_read_as_the_only_two_letter_head_it_begins():
    c = next(c for c in _record(DECISION_HT).cites if c.number == "312")
    assert c.issuer == "Sở Tư pháp tỉnh Hà Tĩnh"  # then canonical, as "Sở Tư pháp Hà Tĩnh" is
    assert "S Tư pháp" in (c.note or "")  # the text's form is kept in the note


def test_a_digit_inside_a_heads_word_is_read_back():
    c = next(c for c in _record(PARTY).cites if c.number == "37")
    assert c.issuer == "Văn phòng Trung ương Đảng"


def test_no_head_is_made_up_for_a_name_that_is_not_damaged():
    from vanban.loaders.citation_issuers import repair_ocr_head

    for name in ("A Lưới", "Ban 2 Tỉnh ủy", "Phòng Q2 Công an", "Sở Y tế", "C Thuế"):
        assert repair_ocr_head(name) == name


# ------------------------------------------------------------- a ministry's letter drafted by its unit

PLAN_HN = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 120/KH-UBND
Hà Nam, ngày 20 tháng 8 năm 2013
KẾ HOẠCH
Chương trình MTQG Nước sạch và VSMT nông thôn năm 2014
Thực hiện Công văn số 2191/BNN-TCTL ngày 03 tháng 7 năm 2013 của Bộ Nông nghiệp & PTNT - Tổng cục Thủy Lợi về việc xây dựng kế hoạch Chương trình MTQG Nước sạch và VSMT nông thôn năm 2014, UBND tỉnh xây dựng kế hoạch như sau:
"""


def test_a_ministry_letter_drafted_by_its_unit_is_the_ministrys():
    c = next(c for c in _record(PLAN_HN).cites if c.number == "2191")
    assert c.issuer == "Bộ Nông nghiệp và Phát triển nông thôn"
    assert "Tổng cục Thủy Lợi" in (c.note or "")


def test_a_units_own_symbol_or_a_dash_inside_a_ministrys_name_keeps_the_issuer():
    from vanban.loaders.citation_issuers import ministry_of_its_unit

    unit = "Bộ Nông nghiệp và Phát triển nông thôn - Tổng cục Thủy Lợi"
    assert ministry_of_its_unit(unit, "BNN-TCTL") == ("Bộ Nông nghiệp và Phát triển nông thôn", "Tổng cục Thủy Lợi")
    assert ministry_of_its_unit(unit, "TCTL-KHTC") is None  # the Tổng cục's own letter
    assert ministry_of_its_unit(unit, "BNN-KH") is None  # another unit drafted it: the text and symbol disagree
    assert ministry_of_its_unit("Bộ Lao động - Thương binh và Xã hội", "LĐTBXH-BTXH") is None


# ------------------------------------------------------------- a type code written against its type word

RESOLUTION = """CHÍNH PHỦ
Số: 100/NQ-CP
Hà Nội, ngày 15 tháng 8 năm 2025
NGHỊ QUYẾT
Ban hành Chương trình hành động của Chính phủ thực hiện Chỉ thị số 49-CT/TW ngày 28 tháng 6 năm 2025 của Ban Bí thư
CHÍNH PHỦ
Căn cứ Chỉ thị số 49-CT/TW ngày 28 tháng 6 năm 2025 của Ban Bí thư về công tác phi chính phủ nước ngoài;
QUYẾT NGHỊ:
1. Trên cơ sở nội dung Chỉ thị số 49-NQ/TW của Ban Bí thư, Chương trình hành động xác định nhiệm vụ.
"""


def test_a_type_code_against_its_type_word_is_a_slip_for_the_instrument_cited():
    r = _record(RESOLUTION)
    cts = [c for c in r.cites if c.number == "49"]
    assert len(cts) == 1 and cts[0].symbol == "CT/TW"
    assert "also written 49-NQ/TW" in (cts[0].note or "")


def test_two_type_codes_that_agree_with_their_type_words_stay_two_instruments():
    raw = RESOLUTION.replace("Chỉ thị số 49-NQ/TW", "Nghị quyết số 49-NQ/TW")
    assert sorted(c.symbol for c in _record(raw).cites if c.number == "49") == ["CT/TW", "NQ/TW"]
    # one type word, two codes that each fit it: two series ("Kế hoạch số 12/KH-UBND", "Kế hoạch số 12/KH-BCĐ")
    raw = RESOLUTION.replace("Chỉ thị số 49-NQ/TW của Ban Bí thư", "Chỉ thị số 49-CT/TU của Tỉnh ủy")
    assert sorted(c.symbol for c in _record(raw).cites if c.number == "49") == ["CT/TU", "CT/TW"]
