"""Citations and implements, round 20 (second part): a Chỉ thị whose first paragraph is context ("Triển khai thực
hiện NDC là trách nhiệm của các quốc gia để thực hiện Công ước khung … và Thỏa thuận Paris …": cited, not
implemented), two treaties sharing one field, a "Căn cứ" run on to the "Kính gửi" line by a copy that lost its line
breaks, syllables run together inside a law's name, treaties named by their short name only, a law written by a
variant of its name or with a code ("BMNN"), "Luật thay thế" (no law), and a title that carries out an amending
law (not the law it amends). The fragments are realistic ones written in the style of those documents."""

from vanban.loaders.charter_names import SHORT_NAMED_TREATY, treaty_short_key
from vanban.loaders.citation_groups import name_key
from vanban.loaders.implementing_spans import ADDRESS_LINE_BASIS, STATEMENT_SUBJECT
from vanban.loaders.law_names import AMENDED_BEFORE, amended_in
from tests.citation_reading import cited as _cited, implemented as _implemented, record as _record


# ---------------------------------------------------------------------------- a Chỉ thị's context paragraph

_DIRECTIVE = (
    "ỦY BAN NHÂN DÂN\n"
    "TỈNH BẮC NINH\n"
    "Số: 12/CT-UBND\n"
    "Bắc Ninh, ngày 20 tháng 5 năm 2026\n"
    "\n"
    "CHỈ THỊ\n"
    "Về việc tăng cường thực hiện Đóng góp do quốc gia tự quyết định (NDC)\n"
    "\n"
    "Triển khai thực hiện NDC là trách nhiệm của các quốc gia để thực hiện Công ước khung của Liên hợp quốc và Thỏa "
    "thuận Paris về biến đổi khí hậu, đồng thời thể hiện cam kết của Việt Nam tại Hội nghị lần thứ 26 các Bên tham "
    "gia Công ước khung của Liên hợp quốc về biến đổi khí hậu (COP26). Thực hiện Quyết định số 896/QĐ-TTg ngày "
    "26/7/2022 của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh chỉ thị:\n"
    "\n"
    "1. Sở Tài nguyên và Môi trường chủ trì thực hiện Công ước khung của Liên hợp quốc về biến đổi khí hậu.\n"
)


def test_a_directive_s_context_statement_is_cited_not_implemented():
    assert _implemented(_DIRECTIVE) == ["Quyết định số 896/QĐ-TTg ngày 26/7/2022"]
    cited = _cited(_DIRECTIVE)
    assert "Thỏa thuận Paris về biến đổi khí hậu" in cited


def test_statement_subject_pattern():
    assert STATEMENT_SUBJECT.match(" NDC là trách nhiệm của các quốc gia")
    assert STATEMENT_SUBJECT.match(" tốt công tác dân vận là nhiệm vụ trọng tâm")
    # Past a few words, "là" is no longer the opening's own verb.
    assert STATEMENT_SUBJECT.match(" tốt công tác cải cách hành chính trên địa bàn xã là") is None
    # An instrument first: its title may hold "là" ("công nhận xã A là xã đạt chuẩn …").
    assert STATEMENT_SUBJECT.match(" Quyết định số 12/QĐ-UBND công nhận xã A là xã đạt chuẩn") is None
    assert STATEMENT_SUBJECT.match(" Kế hoạch số 45/KH-UBND ngày 10/3/2024, UBND xã xây dựng") is None


def test_a_preamble_that_opens_with_the_same_words_and_an_instrument_still_implements():
    raw = (
        "ỦY BAN NHÂN DÂN\nHUYỆN PHÚ BÌNH\nSố: 45/KH-UBND\nPhú Bình, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
        "Triển khai công tác cải cách hành chính năm 2026\n\n"
        "Triển khai thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2026 của UBND tỉnh về việc công nhận huyện Phú Bình "
        "là huyện đạt chuẩn nông thôn mới, UBND huyện xây dựng Kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    assert _implemented(raw) == ["Quyết định số 12/QĐ-UBND ngày 05/01/2026"]


# ---------------------------------------------------------------------------- treaties sharing a field


def test_a_treaty_whose_field_is_written_once_for_two_is_read_and_one_entry():
    cites = _record(_DIRECTIVE).cites
    treaties = [(c.surface, c.mentions) for c in cites if c.doc_type in ("Công ước", "Thỏa thuận")]
    # The COP26 mention names the conference (round 18): not a mention; the body's full name joins the first.
    assert treaties == [("Công ước khung của Liên hợp quốc", 2), ("Thỏa thuận Paris về biến đổi khí hậu", 1)]


def test_a_treaty_named_by_its_party_alone_without_a_shared_field_is_not_read():
    assert _cited("Việt Nam là thành viên của Công ước Liên hợp quốc và nhiều tổ chức quốc tế.") == []
    assert _cited("Hội nghị lần thứ 26 các Bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu (COP26).") == []


# ---------------------------------------------------------------------------- "Căn cứ" on the "Kính gửi" line

_LETTER = (
    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO PHÚ BÌNH\n"
    "Số: 215/PGDĐT-GDTH\n"
    "V/v hướng dẫn thực hiện nhiệm vụ năm học 2026-2027\n"
    "Phú Bình, ngày 10 tháng 9 năm 2026\n"
    "Kính gửi: Hiệu trưởng các trường tiểu học trên địa bàn huyện Phú Bình Căn cứ Luật giáo dục năm 2005; Căn cứ "
    "Thông tư số 28/2020/TT-BGDĐT ngày 04/9/2020 của Bộ GDĐT; Phòng GDĐT hướng dẫn như sau:\n"
    "1. Các trường thực hiện Luật Tổ chức Hội đồng nhân dânchậm nhất ngày 10/10/2026.\n"
    "2. Phối hợp theo Luật Tổ chức Hội đồng nhân dân năm 2003 và Luật Tổ chức Hội đồng nhândân.\n"
)


def test_can_cu_run_on_to_the_addressees_opens_the_preamble():
    assert _implemented(_LETTER) == ["Luật giáo dục năm 2005", "Thông tư số 28/2020/TT-BGDĐT ngày 04/9/2020"]


def test_address_line_basis_pattern():
    line = "Kính gửi: Hiệu trưởng các trường tiểu học trên địa bàn huyện Phú Bình Căn cứ Luật giáo dục năm 2005;"
    m = ADDRESS_LINE_BASIS.search(line)
    assert m and line[m.start("open") :].startswith("Căn cứ Luật")
    assert ADDRESS_LINE_BASIS.search("Kính gửi: Các trường học; Căn cứ tình hình thực tế") is None
    assert ADDRESS_LINE_BASIS.search("Kính gửi: Ban quản lý dự án Căn hộ Thông tư") is None


# ---------------------------------------------------------------------------- syllables run together


def test_a_law_s_name_with_syllables_run_together_is_one_entry():
    cites = [(c.surface, c.mentions) for c in _record(_LETTER).cites if c.doc_type == "Luật"]
    assert cites == [("Luật giáo dục năm 2005", 1), ("Luật Tổ chức Hội đồng nhân dân", 3)]


def test_name_key_unglues_syllables():
    assert name_key("Luật Tổ chức Hội đồng nhândân") == name_key("Luật Tổ chức Hội đồng nhân dân")


# ---------------------------------------------------------------------------- treaties by their short name


def test_a_treaty_by_its_short_name_is_cited_and_joins_its_long_name():
    raw = (
        "Các doanh nghiệp tận dụng Hiệp định EVFTA, Hiệp định CPTPP để mở rộng thị trường. Tuyên truyền về Hiệp định "
        "Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP) và Hiệp định Thương mại tự do giữa Việt Nam và "
        "Liên minh châu Âu (EVFTA).\n"
    )
    cites = [(c.surface, c.doc_type, c.mentions) for c in _record(raw).cites]
    assert cites == [("Hiệp định EVFTA", "Hiệp định", 2), ("Hiệp định CPTPP", "Hiệp định", 2)]


def test_an_organisation_after_a_treaty_word_is_no_short_name():
    assert _cited("Nghiên cứu các Công ước ILO và Hiệp định ASEAN.") == []
    assert SHORT_NAMED_TREATY.match("Hiệp định RCEP")
    assert SHORT_NAMED_TREATY.match("Hiệp định Thương mại") is None
    assert SHORT_NAMED_TREATY.match("Hiệp định EVFTA-") is None
    assert treaty_short_key("Hiệp định CPTPP") == treaty_short_key(
        "Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP)"
    ) == "hiệp định cptpp"
    assert treaty_short_key("Hiệp định Thương mại tự do") is None


# ---------------------------------------------------------------------------- a law's variant names and codes


def test_the_election_law_by_its_short_name_and_a_variant_is_one_entry():
    raw = (
        "Sở Nội vụ tham mưu triển khai Luật Bầu cử năm 2015 và hướng dẫn Luật bầu cử đại biểu Quốc hội và Hội đồng "
        "nhân dân đến cử tri; phổ biến Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân.\n"
    )
    assert [(c.surface, c.mentions) for c in _record(raw).cites] == [("Luật Bầu cử năm 2015", 3)]


def test_a_law_written_with_a_code_joins_its_numbered_mention():
    raw = "Quán triệt Luật Bảo vệ BMNN năm 2018 và Luật Bảo vệ bí mật nhà nước số 29/2018/QH14 đến cán bộ.\n"
    assert [(c.surface, c.mentions) for c in _record(raw).cites] == [("Luật Bảo vệ bí mật nhà nước số 29/2018/QH14", 2)]


def test_a_replacing_instrument_to_come_is_no_citation():
    raw = "Quy định này áp dụng đến khi có Pháp lệnh thay thế, Luật thay thế hoặc Nghị định thay thế.\n"
    assert _cited(raw) == []


# ---------------------------------------------------------------------------- an amending law in a title

_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 7360/KH-UBND\nLai Châu, ngày 19 tháng 11 năm 2025\n\nKẾ HOẠCH\n"
    "TRIỂN KHAI THI HÀNH LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU\n"
    "CỦA LUẬT TIÊU CHUẨN VÀ QUY CHUẨN KỸ THUẬT TRÊN ĐỊA BÀN TỈNH LAI CHÂU\n\n"
    "Thực hiện Quyết định số 2138/QĐ-TTg ngày 27 tháng 9 năm 2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển "
    "khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật. Ủy ban nhân dân tỉnh "
    "ban hành Kế hoạch triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ "
    "thuật trên địa bàn tỉnh như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
)


def test_a_title_carries_out_the_amending_law_not_the_law_it_amends():
    assert _implemented(_PLAN) == [
        "Quyết định số 2138/QĐ-TTg ngày 27 tháng 9 năm 2025",
        "Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật",
    ]
    # Named alone in the body, the amended law is cited.
    assert "Luật Tiêu chuẩn và quy chuẩn kỹ thuật" in _cited(_PLAN + "1. Tuyên truyền Luật Tiêu chuẩn và quy chuẩn kỹ thuật.\n")


def test_amended_before_pattern():
    s = "thi hành Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn"
    assert amended_in(s, s.rindex("Luật"))
    s = "luật sửa đổi bổ sung một số điều của luật phòng chống thiên tai và luật đê điều"
    assert amended_in(s, s.rindex("luật"))
    s = "Căn cứ Luật Tổ chức chính quyền địa phương; Luật Đầu tư công"
    assert not amended_in(s, s.rindex("Luật"))
    assert AMENDED_BEFORE.search("Pháp lệnh sửa đổi, bổ sung một số điều của ")
    assert AMENDED_BEFORE.search("Luật sửa đổi Luật Đất đai; ") is None
