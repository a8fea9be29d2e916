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
        "KẾ HOẠCH\n{title}\n\n{rule}"
        "Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Các chi bộ thực hiện.\n"
    )
    short = "thực hiện Chỉ thị số 23-CT/TW của Ban Bí thư"
    bold = "**thực hiện Chỉ thị số 23-CT/TW ngày 09/02/2023 của Ban Bí thư**"
    for title, rule in ((short, ""), (bold, ""), (bold, "-----\n\n"), (bold, "\\-\\-\\-\\-\\-\n\n")):
        (c,) = _record(raw.replace("{title}", title).replace("{rule}", rule), "d.md").cites
        assert c.issuer == "Ban Bí thư Trung ương Đảng", (title, rule)


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


# ---------------------------------------------------------------------------- a plenum's committee


def test_a_plenum_named_as_the_issuer_gives_its_committee():
    for plenum in (
        "Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XII",
        "Hội nghị lần thứ sáu của Ban Chấp hành Trung ương khóa XII",
        "Hội nghị lần thứ 6 Ban chấp hành Trung ương khóa XII",
        "Hội nghị lần thứ sáu BCH Trung ương Đảng khóa XII",
        "Hội nghị lần thứ sáu BCHTW khóa XII",
        "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam khóa XII",
        "Hội nghị lần thứ VI Ban Chấp hành TW (khóa XII)",
    ):
        (c,) = _cites(f"Thực hiện Nghị quyết số 21-NQ/TW ngày 25/10/2017 của {plenum} về công tác dân số.\n")
        assert (c.number, c.symbol, c.issuer) == ("21", "NQ/TW", "Ban Chấp hành Trung ương Đảng"), plenum
    # the Youth Union's plenum is its own committee's, not the Party's
    (d,) = _cites(
        "Thực hiện Nghị quyết số 04-NQ/TWĐTN ngày 10/12/2023 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đoàn "
        "khóa XII về công tác thanh niên.\n"
    )
    assert d.issuer == "Ban Chấp hành Trung ương Đoàn"
    # written without "của" after its date (a district Party committee's plan)
    (e,) = _cites(
        "Nghị quyết số 27-NQ/TW, ngày 09/11/2022 Hội nghị lần thứ sáu của Ban Chấp hành Trung ương Đảng khóa XIII về "
        "tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền.\n"
    )
    assert e.issuer == "Ban Chấp hành Trung ương Đảng"


# ---------------------------------------------------------------------------- two central Party bodies


def test_two_central_party_bodies_are_both_issuers_however_joined():
    a = "Thực hiện Quy định số 22-QĐ/TW ngày 28/7/2021 của Bộ Chính trị, Ban Bí thư về công tác kiểm tra, giám sát.\n"
    b = "Thực hiện Quy định số 22-QĐ/TW ngày 28/7/2021 của Bộ Chính trị và Ban Bí thư về công tác kiểm tra, giám sát.\n"
    (x,) = _cites(a)
    (y,) = _cites(b)
    assert x.issuer == y.issuer == "Bộ Chính trị, Ban Bí thư Trung ương Đảng"  # as a joint instrument's issuers
    assert "joint issuers, as written" in x.note and "joint issuers, as written" in y.note
    assert x.title == y.title == "công tác kiểm tra, giám sát"


def test_a_party_body_and_another_citation_or_body_stay_apart():
    raw = "Căn cứ Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Bộ Chính trị, Chỉ thị số 05-CT/TW ngày 15/5/2016 của Ban Bí thư;\n"
    nq, ct = _cites(raw)
    assert (nq.issuer, ct.issuer) == ("Bộ Chính trị", "Ban Bí thư Trung ương Đảng")
    # not a Party symbol: as before
    (c,) = _cites("Thực hiện Kế hoạch số 12/KH-UBND ngày 28/7/2021 của Bộ Chính trị, Ban Bí thư về công tác.\n")
    assert c.issuer == "Bộ Chính trị"
    # a central body and a body that is not one: only the first
    (d,) = _cites("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy đã ban hành kế hoạch.\n")
    assert d.issuer == "Bộ Chính trị"


# ---------------------------------------------------------------------------- abbreviations inside an issuer


def test_mass_organisation_codes_inside_an_issuer_are_expanded():
    (c,) = _cites("Thực hiện Kế hoạch số 64/KH-BTV ngày 30/9/2020 của Ban Thường vụ Hội LHPN Hà Nội về công tác tuyên truyền.\n")
    assert c.issuer == "Ban Thường vụ Hội Liên hiệp Phụ nữ Hà Nội"
    (d,) = _cites("Thực hiện Công văn số 22-CV/UBH ngày 05/10/2015 của Ủy ban Hội LHTN Việt Nam tỉnh Thanh Hóa về việc tổ chức.\n")
    assert d.issuer == "Ủy ban Hội Liên hiệp Thanh niên Việt Nam tỉnh Thanh Hóa"


# ---------------------------------------------------------------------------- a number ending with a capital


def test_a_number_ending_with_a_capital_letter_is_read_and_is_the_lower_case_one():
    from vanban.graph.schema import number_id, number_symbol

    (c,) = _cites("Căn cứ Nghị quyết số 30A/2008/NQ-CP ngày 27/12/2008 của Chính phủ về Chương trình hỗ trợ giảm nghèo nhanh.\n")
    assert (c.number, c.symbol, c.date, c.issuer) == ("30A", "2008/NQ-CP", "2008-12-27", "Chính phủ")  # as written
    assert number_id("30A") == number_id("30a") == "30a"
    assert number_symbol("30A", "2008/NQ-CP") == number_symbol("30a", "2008/NQ-CP")
    raw = (
        "Căn cứ Nghị quyết số 30a/2008/NQ-CP ngày 27/12/2008 của Chính phủ về Chương trình hỗ trợ giảm nghèo nhanh; các "
        "huyện thực hiện theo Nghị quyết số 30A/2008/NQ-CP.\n"
    )
    (d,) = _cites(raw)  # one instrument
    assert d.number == "30a"
    # a Party symbol glued to its number is not read as a number with a letter
    (e,) = _cites("Quán triệt Chỉ thị số 05CT/TW ngày 15/5/2016 của Bộ Chính trị.\n")
    assert (e.number, e.symbol) == ("05", "CT/TW")


# ---------------------------------------------------------------------------- a table's "Cơ quan" column


def test_a_column_headed_co_quan_is_the_issuers_beside_a_date_of_issue_column_only():
    raw = (
        "Danh mục văn bản:\n\n| STT | Văn bản | Ngày ban hành | Cơ quan |\n|---|---|---|---|\n"
        "| 1 | Quyết định số 15/2023/QĐ-UBND | 10/3/2023 | UBND tỉnh Lào Cai |\n"
        "| 2 | Kế hoạch số 45/KH-SYT | 02/02/2024 | Sở Y tế tỉnh Lào Cai |\n\n"
        "| STT | Nội dung | Cơ quan | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Triển khai Kế hoạch số 46/KH-SYT | Sở Y tế | Quý I/2024 |\n"
    )
    a, b, c = find_citations(make_text(raw, format="markdown"), Header())
    assert (a.date, a.issuer) == ("2023-03-10", "Ủy ban nhân dân tỉnh Lào Cai")
    assert (b.date, b.issuer) == ("2024-02-02", "Sở Y tế tỉnh Lào Cai")
    assert (c.number, c.date, c.issuer) == ("46", None, None)  # the body that carries the task out


def test_a_long_line_before_a_blank_line_may_wrap_a_name():
    # A school's text whose every line of the page is a paragraph of its own (a Cà Mau school's chuyên đề).
    raw = (
        "A CƠ SỞ XÂY DỰNG CHUYÊN ĐỀ:\n\nCăn cứ công văn số 2457/UBND-VX ngày 29 tháng 05 năm 2012 của Chủ tịch\n\n"
        "UBND Tỉnh Cà Mau về việc tăng cường sử dụng văn bản điện tử trong hoạt động của cơ quan nhà nước;\n"
    )
    (c,) = _cites(raw)
    assert c.issuer == "Chủ tịch Ủy ban nhân dân tỉnh Cà Mau"


def test_an_issuer_in_a_title_in_capitals_does_not_run_into_the_issuers_line():
    # A Hồ Chí Minh City decision's regulation: its title names the decision, the issuer's line follows it.
    raw = (
        "QUY ĐỊNH\nVỀ PHÂN CẤP QUẢN LÝ ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 4631/QĐ-UBND NGÀY 19 THÁNG "
        "10 NĂM 2018 CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    )
    qd = next(c for c in _cites(raw) if c.number == "4631")
    assert qd.issuer == "Chủ tịch Ủy ban nhân dân thành phố"


# ---------------------------------------------------------------------------- verbs and "&" in an issuer's name


def test_an_issuer_ends_before_a_lower_case_thi_hanh_but_not_a_bodys_thi_hanh_an():
    (c, *_) = _cites(
        "Căn cứ Quy định số 30-QĐ/TW, ngày 26/7/2016 của Ban Chấp hành Trung ương thi hành Chương VII và Chương VIII "
        "Điều lệ Đảng về công tác kiểm tra, giám sát, kỷ luật của Đảng;\n"
    )
    assert (c.number, c.issuer) == ("30", "Ban Chấp hành Trung ương Đảng")
    (d,) = _cites("Căn cứ Quyết định số 30/QĐ-CCTHADS ngày 26/7/2016 của Chi cục thi hành án dân sự huyện Bảo Lâm về việc kiện toàn;\n")
    assert d.issuer == "Chi cục thi hành án dân sự huyện Bảo Lâm"


def test_a_spaced_ampersand_between_two_fields_is_and():
    (c,) = _cites(
        "Thực hiện Công văn số 2191/BNN-TCTL ngày 03 tháng 7 năm 2013 của Bộ Nông nghiệp & Phát triển nông thôn về việc "
        "xây dựng kế hoạch năm 2014.\n"
    )
    assert c.issuer == "Bộ Nông nghiệp và Phát triển nông thôn"


# ---------------------------------------------------------------------------- a team's "của", not the plan's


def test_the_body_after_a_plan_a_team_carries_out_is_the_teams():
    # A Bắc Giang decision's grounds: the Tổ công tác is the province's, the Đề án 30 the Prime Minister's.
    raw = (
        "Xét đề nghị Giám đốc Sở Thông tin và Truyền thông và Tổ trưởng Tổ công tác chuyên trách thực hiện Đề án 30 của "
        "Ủy ban nhân dân tỉnh,\n"
    )
    assert all(c.issuer != "Ủy ban nhân dân tỉnh" for c in _cites(raw))
    assert all(not c.surface.startswith("Đề án 30") for c in _cites(raw))
    # a plan the text itself carries out keeps its issuer
    (c,) = _cites("Các đơn vị thực hiện Đề án 30 của Ủy ban nhân dân tỉnh về đơn giản hóa thủ tục hành chính.\n")
    assert (c.surface, c.issuer) == ("Đề án 30 của Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh")
    (d,) = _cites("Ban Chỉ đạo tỉnh triển khai Kế hoạch dân vận năm 2023 của Sở Y tế Hà Giang.\n")
    assert d.issuer == "Sở Y tế tỉnh Hà Giang"  # "Ban Chỉ đạo tỉnh" carries it out; no team's name runs into it


# ---------------------------------------------------------------------------- "của Ủy ban" alone


LAM_DONG = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 50/2019/QĐ-UBND
Lâm Đồng, ngày 22 tháng 11 năm 2019

QUYẾT ĐỊNH
Ban hành Quy định số lượng, tiêu chuẩn chức danh trưởng, phó phòng

Điều 1. Ban hành kèm theo Quyết định này Quy định số lượng, tiêu chuẩn chức danh.
Điều 2. Quyết định này có hiệu lực thi hành từ ngày 01 tháng 12 năm 2019 và thay thế Quyết định số
46/2012/QĐ-UBND ngày 14 tháng 11 năm 2012 của Ủy ban {end}
"""


def test_a_bare_uy_ban_is_the_documents_own_committee_when_the_codes_agree_else_none():
    r = _record(LAM_DONG.format(end="\n"))
    (c,) = [c for c in r.cites if c.number == "46"]
    assert c.issuer == "Ủy ban nhân dân tỉnh Lâm Đồng"
    assert "issuer: the document's own body, named by its head word" in c.note
    r = _record(LAM_DONG.format(end="\n").replace("46/2012/QĐ-UBND", "46/2012/QĐ-BYT"))
    (d,) = [c for c in r.cites if c.number == "46"]
    assert d.issuer == "Bộ Y tế"  # from its symbol, not "Ủy ban" nor the document's committee


def test_a_ministers_office_written_with_two_capitals_is_written_with_one():
    (c,) = _cites("Căn cứ Quyết định số 5556/QĐ-BYT ngày 20/12/2023 của Bộ Trưởng Bộ Y tế về việc ban hành hướng dẫn.\n")
    assert c.issuer == "Bộ trưởng Bộ Y tế"


def test_a_wrapped_name_before_its_date_goes_on():
    # "Giang, ngày 10/5/2023 về việc …" is the rest of a sentence, not a place and date line.
    raw = "Thực hiện Công văn số 1234/UBND-VX của UBND tỉnh Hà\nGiang, ngày 10/5/2023 về việc tổ chức Tháng hành động.\n"
    (c,) = _cites(raw)
    assert c.issuer == "Ủy ban nhân dân tỉnh Hà Giang"
    raw = "Thực hiện Công văn số 1234/UBND-VX ngày 10/5/2023 của UBND tỉnh\n*Hà Nội, ngày     tháng     năm 2024*\n"
    (d,) = _cites(raw)
    assert d.issuer == "Ủy ban nhân dân tỉnh"


def test_a_short_name_with_its_level_or_for_the_field_is_passed_and_the_subject_read():
    header = Header(province="Quảng Nam", district="Núi Thành")
    (a,) = _cites(
        "Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2023 của Ủy ban nhân dân tỉnh Quảng Nam (UBND tỉnh) về việc triển "
        "khai chuyển đổi số.\n",
        header,
    )
    assert (a.issuer, a.title) == ("Ủy ban nhân dân tỉnh Quảng Nam", "triển khai chuyển đổi số")
    (b,) = _cites(
        "Thực hiện Kế hoạch số 12/KH-SGDĐT ngày 05/3/2023 của Sở Giáo dục và Đào tạo (GDĐT) tỉnh Quảng Nam về việc "
        "triển khai năm học mới.\n",
        header,
    )
    assert (b.issuer, b.title) == ("Sở Giáo dục và Đào tạo tỉnh Quảng Nam", "triển khai năm học mới")
