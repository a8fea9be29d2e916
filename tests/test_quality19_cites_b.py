"""Citations, round 19 (b): the issuers of cited instruments. A name read after "của" stops at a blank line
and before a place and date line or a letter's "Kính gửi" (a title's or a V/v's last line and the next one);
a short name in parentheses inside an issuer's name is read past; a plenum's committee; two Party issuers;
abbreviations inside an issuer's name; numbers ending with a capital letter; a table's "Cơ quan" column.
The fragments are realistic ones written in the style of the surveyed documents (not in the repository)."""

from vanban.loaders.citations import find_citations
from vanban.loaders.extract import extract
from vanban.loaders.read import read_bytes
from vanban.loaders.records import Header
from vanban.loaders.text import make_text


def _cites(raw: str, header: Header = Header()):
    return find_citations(make_text(raw), header)


def _record(raw: str, name: str = "doc.txt"):
    return extract(read_bytes(raw.encode("utf-8"), name=name))


# ---------------------------------------------------------------------------- a name ends at the line it is on


LETTER = """ỦY BAN NHÂN DÂN
HUYỆN HƯƠNG KHÊ
Số: 125/UBND-NC
V/v triển khai Công văn số 1500/UBND-NC ngày 02/5/2023 của UBND tỉnh
{motto}Hương Khê, ngày 10 tháng 5 năm 2023

Kính gửi: Các cơ quan, đơn vị trên địa bàn huyện.

Ủy ban nhân dân huyện yêu cầu các cơ quan, đơn vị triển khai thực hiện.
"""


def test_an_issuer_in_a_letters_vv_does_not_run_into_the_place_line():
    # The province is the document's (Hương Khê is a district of Hà Tĩnh), not "tỉnh Hương Khê".
    for motto in ("", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"):
        r = _record(LETTER.format(motto=motto))
        (c,) = r.cites
        assert (c.number, c.symbol) == ("1500", "UBND-NC")
        assert c.issuer == "Ủy ban nhân dân tỉnh Hà Tĩnh", motto


def test_an_issuer_ends_before_kinh_gui_and_a_blank_line():
    raw = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 1234/UBND-TH\nV/v triển khai thực hiện Chỉ thị số 27/CT-TTg ngày "
        "19/11/2019 của Thủ tướng Chính phủ\nQuảng Ngãi, ngày 02 tháng 12 năm 2019\n\nKính gửi:\n- Các sở, ban ngành;\n"
        "- UBND các huyện, thành phố.\n\nChủ tịch UBND tỉnh yêu cầu các đơn vị triển khai thực hiện.\n"
    )
    (c,) = _record(raw).cites
    assert c.issuer == "Thủ tướng Chính phủ"
    raw = (
        "ĐẢNG BỘ TỈNH HÀ GIANG\nHUYỆN ỦY ĐỒNG VĂN\nSố 45-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nĐồng Văn, ngày 15 tháng 6 năm 2023\n\n"
        "KẾ HOẠCH\nthực hiện Chỉ thị số 23-CT/TW ngày 09/02/2023 của Ban Bí thư\n\n{rule}"
        "Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Các chi bộ thực hiện.\n"
    )
    for rule in ("", "-----\n\n", "\\-\\-\\-\\-\\-\n\n"):
        (c,) = _record(raw.replace("{rule}", rule), "d.md").cites
        assert c.issuer == "Ban Bí thư Trung ương Đảng", rule


def test_a_title_in_capitals_ends_before_the_issuer_line_under_it():
    raw = (
        "NGHỊ QUYẾT\nVỀ CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 15-NQ/TW NGÀY 05 THÁNG 5 NĂM 2022 "
        "CỦA BỘ CHÍNH TRỊ\n\nCHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n"
    )
    nq = next(c for c in _cites(raw) if c.number == "15")
    assert nq.issuer == "Bộ Chính trị"
    # a title's "VÀ" before the next instrument is no part of the issuer
    raw = (
        "KẾ HOẠCH\nTRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ VÀ QUYẾT ĐỊNH SỐ "
        "3103/QĐ-BTC NGÀY 05 THÁNG 9 NĂM 2025 CỦA BỘ TÀI CHÍNH VỀ ĐỀ ÁN XÂY DỰNG HỆ THỐNG THÔNG TIN\n"
    )
    ttg, btc = _cites(raw)
    assert (ttg.issuer, btc.issuer) == ("Thủ tướng Chính phủ", "Bộ Tài chính")


def test_a_name_wrapped_over_two_lines_is_read_whole():
    # One line break inside a name (a PDF's wrapped line) does not end it; nor a blank line in a copy that puts
    # one after every line.
    raw = "Căn cứ Quyết định số 2014/QĐ-UBND ngày 10/8/2020 của UBND tỉnh Thừa\nThiên Huế ban hành Kế hoạch hành động.\n"
    (c,) = _cites(raw)
    assert c.issuer == "Ủy ban nhân dân tỉnh Thừa Thiên Huế"
    raw = (
        "ỦY BAN NHÂN DÂN\n\nTỈNH THỪA THIÊN HUẾ\n\nSố: 175/KH-UBND\n\nKẾ HOẠCH\n\nTầm soát bệnh, tật trước sinh\n\n"
        "Căn cứ Quyết định số 2014/QĐ-UBND ngày 10/8/2020 của UBND tỉnh Thừa\n\nThiên Huế ban hành Kế hoạch hành động\n\n"
        "giai đoạn 2020 - 2025 của tỉnh;\n\nCăn cứ tình hình thực tế,\n"
    )
    (c,) = _cites(raw)
    assert c.issuer == "Ủy ban nhân dân tỉnh Thừa Thiên Huế"


def test_a_date_after_an_issuer_in_a_sentence_is_still_read():
    raw = "Thực hiện Công văn số 847/UBND-VX ngày 22/3/2011 của UBND tỉnh Quảng Ninh, ngày 25/3/2011 UBND huyện đã họp.\n"
    (c,) = _cites(raw)
    assert c.issuer == "Ủy ban nhân dân tỉnh Quảng Ninh"


# ---------------------------------------------------------------------------- a short name in parentheses


NUI_THANH = """ỦY BAN NHÂN DÂN
HUYỆN NÚI THÀNH
Số: 125/KH-UBND
Núi Thành, ngày 10 tháng 5 năm 2023

KẾ HOẠCH
Triển khai công tác chuyển đổi số năm 2023

Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2023 của Ủy ban nhân dân (UBND) tỉnh Quảng Nam về việc triển khai chuyển đổi số;
Thực hiện Kế hoạch số 13/KH-UBND ngày 06/3/2023 của Ủy ban nhân dân (UBND) tỉnh về chuyển đổi số năm 2023, UBND huyện ban
hành Kế hoạch như sau:
I. MỤC ĐÍCH
1. Các phòng, ban thực hiện.
"""


def test_a_short_name_in_parentheses_inside_an_issuer_is_read_past():
    r = _record(NUI_THANH)
    a, b = r.cites
    assert a.issuer == b.issuer == "Ủy ban nhân dân tỉnh Quảng Nam"  # not the district's own committee
    # a short name that stands for another name, or no level after it: as before
    (c,) = _cites("Căn cứ Kế hoạch số 1521/KH-BGDĐT ngày 27/10/2022 của Bộ Giáo dục và Đào tạo (GDĐT) về việc triển khai.\n")
    assert c.issuer == "Bộ Giáo dục và Đào tạo"
    (d,) = _cites("Căn cứ Kế hoạch số 15/KH-UBND ngày 27/10/2022 của Ủy ban nhân dân (HĐND) tỉnh Quảng Nam về việc triển khai.\n")
    assert d.issuer == "Ủy ban nhân dân"
