"""Citations, round 10: issuers written before the citation ("… đã ban hành Công văn số …") or as a
joint list ("của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch …"), steering committees whose
names hold commas, back-references without "số" ("Nghị quyết 101"), and a list of numbers whose
shared symbol contradicts its type word. Corpus fragments are quoted as written; the others are
realistic fragments in the same style."""

from vanban.loaders.citation_anchors import SHARED_SYMBOL_REST
from vanban.loaders.citation_issuers import JOINT_ISSUER_GAP, STEERING_COMMITTEE
from vanban.loaders.citations import find_citations, find_implements
from vanban.loaders.context_issuers import ENACTER_BEFORE
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

HO_CHI_MINH = Header(issuer="Ủy ban nhân dân thành phố Hồ Chí Minh", province="Hồ Chí Minh")
LUONG_MINH = Header(issuer="Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh", province="Quảng Ninh")
DONG_THAP = Header(issuer="Ủy ban nhân dân tỉnh Đồng Tháp", province="Đồng Tháp")
NGHE_AN = Header(issuer="Ủy ban nhân dân tỉnh Nghệ An", province="Nghệ An")
BAO_LAM = Header(issuer="Trường Trung học cơ sở Lý Bôn", province="Cao Bằng", district="Bảo Lâm")


def _by_number(raw: str, header: Header) -> dict[str, object]:
    return {c.number: c for c in find_citations(make_text(raw), header)}


# ---------------------------------------------------------------------------- issuer before "ban hành"


def test_enacter_before_pattern():
    assert ENACTER_BEFORE.search("Ngày 28 tháng 10 năm 2025, Chủ tịch Ủy ban nhân dân Thành phố đã ban hành ")["name"] == (
        "Chủ tịch Ủy ban nhân dân Thành phố"
    )
    assert ENACTER_BEFORE.search("Thời gian qua, UBND tỉnh đã ban hành ")["name"] == "UBND tỉnh"
    assert ENACTER_BEFORE.search("Năm 2024, Bộ Y tế ban hành ")["name"] == "Bộ Y tế"
    assert ENACTER_BEFORE.search("Năm 2024, Bộ Y tế ban hành kèm theo ") is None  # the verb just before the type
    assert ENACTER_BEFORE.search("trong năm, các cơ quan đã ban hành ") is None  # a name starts with a capital


def test_issuer_written_before_ban_hanh():
    # corpus 042 (Tờ trình …/TTr-SNV Hồ Chí Minh), as written.
    raw = (
        "TỜ TRÌNH\nVề việc\n\nI. NỘI DUNG\nNgày 28 tháng 10 năm 2025, Chủ\ntịch Ủy ban nhân dân Thành phố đã ban hành "
        "Công văn số 3280/UBND-VX về việc\ntriển khai cập nhật cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức.\n"
        "Thời gian qua, UBND Thành phố đã ban hành Kế hoạch số 12/KH-UBND ngày 1/2/2024. Năm 2024, Bộ Y tế ban hành "
        "Quyết định số 2324/QĐ-BYT ngày 05/6/2020 để hướng dẫn.\n"
    )
    got = _by_number(raw, HO_CHI_MINH)
    assert got["3280"].issuer == "Chủ tịch Ủy ban nhân dân thành phố Hồ Chí Minh"
    assert "named before it ('Chủ tịch Ủy ban nhân dân Thành phố')" in got["3280"].note
    assert "text: 'của" not in got["3280"].note  # the text has no "của"
    assert got["12"].issuer == "Ủy ban nhân dân thành phố Hồ Chí Minh"
    assert got["2324"].issuer == "Bộ Y tế"


def test_no_enacter_without_a_name_for_the_whole_clause():
    raw = (
        "KẾ HOẠCH\nx\n\nI. NỘI DUNG\nTrong thời gian qua đã ban hành Kế hoạch số 15/KH-UBND. Trong năm, các cơ quan đã "
        "ban hành Kế hoạch số 13/KH-UBND. Sau khi ban hành Kế hoạch số 14/KH-UBND, các đơn vị triển khai.\n"
    )
    got = _by_number(raw, BAO_LAM)
    assert got["15"].issuer is None and got["13"].issuer is None and got["14"].issuer is None


def test_issuer_after_the_citation_wins_over_the_enacter():
    raw = "KẾ HOẠCH\nx\n\nI. NỘI DUNG\nNăm 2024, Sở Y tế đã ban hành Kế hoạch số 45/KH-UBND ngày 1/2/2024 của UBND huyện Bảo Lâm.\n"
    assert _by_number(raw, BAO_LAM)["45"].issuer == "Ủy ban nhân dân huyện Bảo Lâm"


# ---------------------------------------------------------------------------- joint issuers

# corpus 055 (KH …/KH-MTTQ-BTT Lương Minh), the preamble as written.
LUONG_MINH_055 = (
    "KẾ HOẠCH\nTổ chức hội nghị\n\n"
    "Căn cứ Nghị quyết Liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN, ngày 15/6/2017 của Ủy ban Thường vụ "
    "Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam quy định chi tiết các hình "
    "thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam; Nghị quyết số 101/2025/UBTVQH15, ngày 26/9/2025 "
    "của Ủy ban Thường vụ Quốc hội quy định chi tiết; Nghị quyết Liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN, "
    "ngày 26/9/2025 của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt "
    "Nam hướng dẫn quy trình hiệp thương;\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
    "Thực hiện theo Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN và Thông tri số 05/TT-MTTW-BTT.\n"
)
JOINT_055 = "Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"


def test_joint_issuer_gap():
    assert JOINT_ISSUER_GAP.match(", Chính phủ")
    assert JOINT_ISSUER_GAP.match(" và Bộ Tài chính")
    assert JOINT_ISSUER_GAP.match(", và Bộ Tài chính")
    assert not JOINT_ISSUER_GAP.match(", quy định")
    assert not JOINT_ISSUER_GAP.match("; Nghị quyết")


def test_joint_instrument_records_all_its_issuers():
    text = make_text(LUONG_MINH_055)
    cites = find_citations(text, LUONG_MINH)
    got = {c.number: c for c in cites}
    assert got["403"].issuer == got["102"].issuer == JOINT_055
    assert "joint issuers, as written" in got["403"].note
    assert got["102"].mentions == 2
    # A single issuer stays single; the next citation after the comma is no issuer.
    assert got["101"].issuer == "Ủy ban Thường vụ Quốc hội"
    assert {c.number for c in find_implements(text, LUONG_MINH, cites)} == {"403", "101", "102"}


def test_joint_issuers_are_expanded_and_stop_at_the_next_citation():
    raw = (
        "KẾ HOẠCH\nx\n\nCăn cứ Thông tư liên tịch số 35/2014/TTLT-BGDĐT-BTC của Bộ GD&ĐT, Bộ Tài chính về hướng dẫn; "
        "Thông tư liên tịch số 36/2014/TTLT-BGDĐT-BTC của Bộ Tài chính, Nghị quyết số 5/NQ-CP.\n\nI. MỤC ĐÍCH\n"
    )
    got = _by_number(raw, BAO_LAM)
    assert got["35"].issuer == "Bộ Giáo dục và Đào tạo, Bộ Tài chính"
    assert got["36"].issuer == "Bộ Tài chính" and got["36"].note is None  # one body written
    assert got["5"].issuer == "Chính phủ"


def test_a_list_of_bodies_after_an_instrument_that_is_not_joint_is_not_read():
    # Only a joint instrument's issuer is a list: "của UBND tỉnh, Sở Y tế" after a plain plan stays one body.
    raw = "KẾ HOẠCH\nx\n\nI. MỤC ĐÍCH\n1. Theo Kế hoạch số 45/KH-UBND ngày 1/2/2024 của UBND huyện Bảo Lâm, Sở Y tế phối hợp.\n"
    assert _by_number(raw, BAO_LAM)["45"].issuer == "Ủy ban nhân dân huyện Bảo Lâm"


# ---------------------------------------------------------------------------- steering committees


def test_steering_committee_pattern():
    m = STEERING_COMMITTEE.match("Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính và đề án 06 về Kế")
    assert m.group() == "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính và đề án 06"
    m = STEERING_COMMITTEE.match("Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; Kế")
    assert m.group().endswith("và chuyển đổi số")
    assert STEERING_COMMITTEE.match("Ban Chỉ đạo tỉnh về việc triển khai") is None
    assert STEERING_COMMITTEE.match("Ban Chỉ đạo phát triển khoa học về") is None  # one field: the ordinary reading


def test_steering_committee_names_with_commas_are_read_whole():
    # corpus 028 (KH …/KH-UBND Nghệ An), as written.
    raw = (
        "KẾ HOẠCH\nPhát triển hệ thống sóng viễn thông 5G\n\nTriển khai Kế hoạch số 01-KH/BCĐ ngày 28/06/2025 của Ban Chỉ đạo\n"
        "phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành\nchính và đề án 06 về Kế hoạch "
        "hành động triển khai thực hiện Kế hoạch số\n02-KH/BCĐTW, ngày 19/6/2025 của Ban Chỉ đạo Trung ương, Ủy ban nhân "
        "dân tỉnh\nban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n"
    )
    got = _by_number(raw, NGHE_AN)
    assert got["01"].issuer == (
        "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính và đề án 06"
    )
    assert got["02"].issuer == "Ban Chỉ đạo Trung ương"
    # corpus 015 (KH …/KH-UBND Đồng Tháp): the level written after the fields is the province's.
    raw = (
        "KẾ HOẠCH\nx\n\nCăn cứ Quyết định số 03-QĐ/BCĐ ngày 13/8/2025 của\nBan Chỉ đạo về phát triển khoa học, công nghệ, "
        "đổi mới sáng tạo và chuyển đổi số\ntỉnh ban hành Chương trình công tác;\n\nI. MỤC ĐÍCH\n"
    )
    got = _by_number(raw, DONG_THAP)
    assert got["03"].issuer == (
        "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Đồng Tháp"
    )


# ---------------------------------------------------------------------------- back-references without "số"


def test_back_reference_without_so_is_a_mention():
    # corpus 061 (KH …/KH-MTTQ-BTT Lương Minh): "(theo quy định tại Nghị quyết 101)", as written.
    raw = (
        "KẾ HOẠCH\nx\n\nCăn cứ Nghị quyết số 101/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội.\n\nI. MỤC ĐÍCH\n"
        "3. Trình tự tổ chức hội nghị cưt tri (theo quy định tại Nghị quyết 101)\n"
        "4. Quán triệt Chỉ thị 33, Kế hoạch 5 năm và Nghị quyết 1010.\n"
    )
    cites = find_citations(make_text(raw), LUONG_MINH)
    assert [(c.number, c.mentions) for c in cites] == [("101", 2)]  # no entry for "Chỉ thị 33", "Kế hoạch 5"


def test_back_reference_without_so_needs_the_number_alone():
    raw = (
        "KẾ HOẠCH\nx\n\nThực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.\n\nI. MỤC ĐÍCH\n"
        "Quán triệt Chỉ thị 33, Chỉ thị 33/CT-TU của Tỉnh ủy và Chỉ thị 330; Chỉ thị 33-CT/TW.\n"
    )
    got = {(c.number, c.symbol): c for c in find_citations(make_text(raw), BAO_LAM)}
    assert got[("33", "CT-TTg")].mentions == 2  # "Chỉ thị 33," only
    assert ("33", "CT-TU") in got and ("33", "CT/TW") in got


# ---------------------------------------------------------------------------- a shared symbol of another type


def test_shared_symbol_rest():
    assert SHARED_SYMBOL_REST.match(", 6/KH-UBND")
    assert SHARED_SYMBOL_REST.match(", 19-NQ/TW")
    assert SHARED_SYMBOL_REST.match(" và 19-NQ/TW")
    assert SHARED_SYMBOL_REST.match(", 2, 3/KH-UBND")
    assert not SHARED_SYMBOL_REST.match(", 6 đơn vị")
    assert not SHARED_SYMBOL_REST.match(") và Chỉ thị số 34")


def test_numbers_sharing_a_symbol_of_another_type_are_not_cited():
    raw = (
        "KẾ HOẠCH\nx\n\nI. MỤC ĐÍCH\nTheo Quyết định số 5, 6/KH-UBND ngày 1/2/2024 của UBND huyện; (Chỉ thị số 33), "
        "Chỉ thị số 34 và 35 năm.\n"
    )
    got = _by_number(raw, BAO_LAM)
    assert "5" not in got and "6" not in got
    assert set(got) == {"33", "34"}  # the bare short references are kept as before


# ---------------------------------------------------------------------------- a glued symbol


def test_glued_symbol_is_read_apart_when_certain():
    raw = (
        "KẾ HOẠCH\nx\n\nI. MỤC ĐÍCH\n1. Theo Chỉ thị số 28/CTTg ngày 1/7/2024 của Thủ tướng Chính phủ; Quyết định số "
        "7/QĐUBND ngày 2/3/2024; Quyết định số 5/CTTg; Chỉ thị số 6/CTTW; Chỉ thị số 9/CTXYZ.\n"
    )
    got = _by_number(raw, BAO_LAM)
    assert got["28"].symbol == "CT-TTg" and "symbol written '28/CTTg', read CT-TTg" in got["28"].note
    assert got["7"].symbol == "QĐ-UBND"
    # A type code that is not the type word's, a party body's code, an unknown code: as written.
    assert (got["5"].symbol, got["6"].symbol, got["9"].symbol) == ("CTTg", "CTTW", "CTXYZ")


def test_glued_symbol_is_not_merged_with_another_dates_instrument():
    # corpus 024 (KH …/KH-UBND Cần Thơ): the footnote writes "27/CTTg ngày 15/7/2024" for the plan's CT
    # 27/CT-TTg of 15/8/2024; read apart it would join an instrument of another date, so it stays as written.
    raw = (
        "KẾ HOẠCH\nTHỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024\n\nThực hiện Chỉ thị số 27/CT-TTg\n"
        "ngày 15 tháng 8 năm 2024 của Thủ tướng Chính phủ về việc tăng cường thực hiện công tác dân số;\n\n"
        "I. MỤC ĐÍCH\n[2] Chỉ\nthị số 27/CTTg ngày 15/7/2024 của Thủ tướng Chính phủ về tăng cường thực hiện\n"
        "công tác dân số trong tình hình mới; Chỉ thị số 27/CTTg ngày 15/8/2024 của Thủ tướng Chính phủ.\n"
    )
    cites = [c for c in find_citations(make_text(raw), BAO_LAM) if c.number == "27"]
    # (The title's capitals "CT-TTG" take the body's case since round 11: CT-TTg.)
    assert [(c.symbol, c.date) for c in cites] == [("CT-TTg", "2024-08-15"), ("CTTg", "2024-07-15")]
    assert cites[0].mentions == 3 and "27/CTTg" in cites[0].note  # the same date joins it


# ---------------------------------------------------------------------------- a project's short name

PROJECT_06 = (
    "Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia "
    "giai đoạn 2022 - 2025, tầm nhìn đến năm 2030"
)


def test_project_defined_with_its_short_name_is_cited_once():
    raw = (
        f"KẾ HOẠCH\nx\n\nI. MỤC ĐÍCH\n1. Tiếp tục triển khai {PROJECT_06} (sau đây gọi tắt là Đề án 06) trên địa bàn.\n"
        "2. Các xã triển khai Đề án 06 và Đề án 07; Đề án 066.\n"
    )
    cites = find_citations(make_text(raw), BAO_LAM)
    assert len(cites) == 1
    project = cites[0]
    assert (project.doc_type, project.number, project.surface) == ("Đề án", None, PROJECT_06)
    assert project.mentions == 3  # the name, "(… Đề án 06)", "Đề án 06"
    assert "known as 'Đề án 06'" in project.note


def test_project_short_name_of_the_decision_that_approves_it():
    # The gold's rule: what a cited Quyết định promulgates is that instrument.
    raw = (
        "KẾ HOẠCH\nx\n\nThực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt "
        f"{PROJECT_06} (Đề án 06).\n\nI. MỤC ĐÍCH\nTriển khai Đề án 06 hiệu quả; Đề án 06/ĐA-TU của Tỉnh ủy.\n"
    )
    got = {(c.number, c.symbol): c for c in find_citations(make_text(raw), BAO_LAM)}
    assert set(got) == {("06", "QĐ-TTg"), ("06", "ĐA-TU")}
    assert got[("06", "QĐ-TTg")].mentions == 3
    assert got[("06", "ĐA-TU")].mentions == 1


def test_short_name_without_its_definition_is_not_cited():
    # corpus 020: "gắn với triển khai Đề án 06 theo quy định" — no definition, no citation.
    raw = "KẾ HOẠCH\nx\n\nI. MỤC ĐÍCH\n1. Số hóa dữ liệu dân cư gắn với triển khai Đề án 06 theo quy định.\n"
    assert find_citations(make_text(raw), BAO_LAM) == []


# ---------------------------------------------------------------------------- implements: a nested citation


def test_citation_nested_in_a_preamble_subject_is_implemented():
    # The gold counts the instruments "in the preamble" (README, implements); seed 003's preamble nests CT 33
    # in the subject of CV 1260 ("về việc triển khai thực hiện Chỉ thị số 33/CT-TTg"), and CT 33 is implemented.
    # A nested citation is in the preamble too: it is implemented, as in seed 003.
    raw = (
        "KẾ HOẠCH\nx\n\nThực hiện Kế hoạch số 08-KH/ĐU ngày 12/3/2025 của Đảng ủy xã Lũng Cú về thực hiện Chỉ thị số "
        "50-CT/TW ngày 15/5/2025 của Ban Bí thư, Chi bộ xây dựng Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n"
        "Quán triệt Kết luận số 21-KL/TW.\n"
    )
    text = make_text(raw)
    cites = find_citations(text, BAO_LAM)
    assert [c.number for c in find_implements(text, BAO_LAM, cites)] == ["08", "50"]


# ---------------------------------------------------------------------------- "chỉ đạo của … tại"

CA_MAU = Header(issuer="Ủy ban nhân dân tỉnh Cà Mau", province="Cà Mau")


def test_body_whose_direction_the_instrument_carries_is_its_issuer():
    # corpus 032 and 022, as written.
    raw = (
        "KẾ HOẠCH\nx\n\nI. MỤC ĐÍCH\n*2.1. *Bám sát quan\nđiểm chỉ đạo của Bộ Chính trị tại Kết luận số 132- KL/TW; "
        "Nghị quyết 93/NQ-CP của\nChính phủ.\n- Ngành Thuế đã triển khai chống thất thu\nngân sách theo ý kiến chỉ "
        "đạo của Ủy ban nhân dân tỉnh tại Chương trình hành động\nsố 01/CTr-UBND ngày 19/01/2025; đồng thời, tham mưu.\n"
    )
    got = _by_number(raw, CA_MAU)
    assert got["132"].issuer == "Bộ Chính trị"
    assert "direction it carries" in got["132"].note
    assert got["01"].issuer == "Ủy ban nhân dân tỉnh Cà Mau"


def test_a_notice_or_an_offices_letter_carries_a_direction_that_is_not_its_own():
    raw = (
        "KẾ HOẠCH\nx\n\nI. MỤC ĐÍCH\n1. Theo ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Văn bản số 456/VP-KT ngày 1/2/2024; "
        "chỉ đạo của Thủ tướng Chính phủ tại Thông báo số 246/TB-VPCP; sự chỉ đạo của Tỉnh ủy tại Hội nghị.\n"
    )
    got = _by_number(raw, CA_MAU)
    assert got["456"].issuer is None
    assert got["246"].issuer == "Văn phòng Chính phủ"  # from its symbol


# ---------------------------------------------------------------------------- the preamble of a directive


def test_numbered_body_item_ends_the_preamble():
    # corpus 035 (CT …/CT-UBND Đắk Lắk): the items follow the preamble with no section heading; "a) Thực hiện
    # nghiêm …" is a task, and the instrument cited in its item b) is not implemented.
    raw = (
        "CHỈ THỊ\n\nVỀ VIỆC TĂNG CƯỜNG CẢI CÁCH THỦ TỤC HÀNH CHÍNH, NÂNG\nCAO CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN\n\n"
        "Thời gian qua, tỉnh Đắk Lắk\nđã có nhiều nỗ lực trong việc triển khai các chủ trương, nghị quyết, kết luận của\n"
        "Bộ Chính trị, Ban Bí thư, Quốc hội, Chính phủ, Thủ tướng Chính phủ về sắp xếp\nđơn vị hành chính. Công tác cải "
        "cách\nthủ tục hành chính (TTHC) trên địa bàn tỉnh được quan tâm, triển khai đồng bộ;\nnhiều văn bản hướng dẫn "
        "được ban hành kịp thời.\n\nTuy nhiên, qua quá trình triển\nkhai thực hiện tại các sở, ban, ngành, địa phương "
        "theo Quyết định số 766/QĐ-TTg\nngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành\n"
        "vẫn còn một số tồn tại. Chủ tịch UBND tỉnh yêu cầu:\n\n"
        "**1. Thủ\ntrưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các xã, phường**\n\na) Thực hiện nghiêm việc cải\n"
        "cách TTHC.\n\nb) Tiếp tục rà soát, thực hiện\nđơn giản hóa TTHC theo Nghị quyết số 66/NQ-CP ngày 26/3/2025 của "
        "Chính phủ.\n"
    )
    text = make_text(raw)
    cites = find_citations(text, DONG_THAP)
    assert {c.number for c in cites} == {"766", "66"}
    assert find_implements(text, DONG_THAP, cites) == []


def test_an_opening_numbered_as_an_item_stays_in_the_preamble():
    raw = (
        "KẾ HOẠCH\nx\n\n1. Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
        "2. Thực hiện Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh;\n\nI. MỤC ĐÍCH\n"
    )
    text = make_text(raw)
    cites = find_citations(text, DONG_THAP)
    assert len(find_implements(text, DONG_THAP, cites)) == 2


# ---------------------------------------------------------------------------- codes joined by "&"


def test_symbol_part_joined_by_ampersand():
    # corpus 043 (QĐ …/QĐ-UBND Hồ Chí Minh), as written.
    raw = (
        "QUYẾT ĐỊNH\nx\n\nXét báo cáo, đề xuất của\nSở Xây dựng tại Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025\n"
        "về rà soát và chuẩn hóa dữ liệu số nhà;\n\nQUYẾT ĐỊNH:\nĐiều 1. Phối hợp thực hiện\ncông tác rà soát dữ liệu số "
        "nhà trên cơ sở Kế hoạch số 515/KH-BCA-BNN&MT\nngày 31 tháng 8 năm 2025 của Bộ Công an và Bộ Nông nghiệp và Môi "
        "trường, cùng\nKế hoạch số 94/KH-UBND ngày 19 tháng 9 năm 2025 của Ủy ban nhân dân Thành phố.\n"
    )
    got = _by_number(raw, HO_CHI_MINH)
    assert (got["15972"].symbol, got["15972"].date) == ("SXD-QLN&TTBĐS", "2025-11-14")
    assert got["15972"].issuer == "Sở Xây dựng thành phố Hồ Chí Minh"  # the proposer ("đề xuất của … tại")
    assert (got["515"].symbol, got["515"].date) == ("KH-BCA-BNN&MT", "2025-08-31")
    # A symbol naming two ministries marks a joint instrument: both bodies, each by its canonical name.
    assert got["515"].issuer == "Bộ Công an, Bộ Nông nghiệp và Môi trường"
    assert "joint issuers, as written" in got["515"].note


def test_a_symbol_naming_two_ministries_infers_both():
    raw = (
        "KẾ HOẠCH\nx\n\nI. MỤC ĐÍCH\n1. Theo Kế hoạch số 515/KH-BCA-BNN&MT ngày 31/8/2025; Kế hoạch số 12/KH-BNN&MT; "
        "Quyết định số 4255/QĐ-BNN-KHCN.\n"
    )
    got = _by_number(raw, HO_CHI_MINH)
    # No one issuer, but each body its code names, as a joint instrument's issuers written in the text are (session 14).
    assert got["515"].issuer == "Bộ Công an, Bộ Nông nghiệp và Môi trường"
    assert got["515"].note == "issuer not written; inferred from the symbol codes BCA, BNN&MT"
    assert got["12"].issuer == "Bộ Nông nghiệp và Môi trường"
    # "BNN": the Bộ Nông nghiệp và Phát triển nông thôn's letters' code until the 2025 merger (the new ministry's is BNNMT).
    assert got["4255"].issuer == "Bộ Nông nghiệp và Phát triển nông thôn"


def test_short_name_after_no_project_name_is_not_a_definition():
    raw = (
        "KẾ HOẠCH\nx\n\nI. MỤC ĐÍCH\n1. Tổ chức lớp học Chuyển đổi số (Đề án 06) cho cán bộ.\n"
        "2. Triển khai Đề án 06, mở lớp học Chuyển đổi số cho người dân (Đề án 06).\n"
        "3. Thực hiện Đề án (phần 2) về dân cư (Đề án 06).\n"
    )
    assert find_citations(make_text(raw), BAO_LAM) == []


def test_enacter_agrees_with_the_symbols_side():
    raw = (
        "KẾ HOẠCH\nx\n\nI. NỘI DUNG\nNăm 2024, Tỉnh ủy, UBND tỉnh đã ban hành Chỉ thị số 12-CT/TU ngày 1/2/2024. Sau đó, "
        "Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 20-KH/TU ngày 1/3/2024. Ngày 5/3/2024, Bộ trưởng Bộ Y tế ký ban "
        "hành Quyết định số 2324/QĐ-BYT. Ngày 6/3/2024, Sở Y tế đã ban hành Kế hoạch số 21-KH/TU.\n"
    )
    got = _by_number(raw, BAO_LAM)
    assert got["12"].issuer is None  # "UBND tỉnh" for a Party symbol: not read
    assert got["20"].issuer == "Ban Thường vụ Tỉnh ủy Cao Bằng"
    assert got["2324"].issuer == "Bộ trưởng Bộ Y tế"
    assert got["21"].issuer is None


def test_joint_issuers_written_with_va_and_office_holders():
    # Realistic forms of joint circulars: two ministers joined by "và", two ministries by a comma.
    raw = (
        "KẾ HOẠCH\nx\n\nThực hiện quy định tại Thông tư liên tịch số 152/2014/TTLT-BTC-BGTVT\nngày 15 tháng 10 năm 2014 "
        "của Bộ trưởng Bộ Tài chính và Bộ trưởng\nBộ Giao thông vận tải hướng dẫn thực hiện giá cước;\nCăn cứ Thông tư "
        "liên tịch số 13/2014/TTLT-BLĐTBXH-BTC ngày 03 tháng 6 năm 2014 của Bộ Lao động - Thương binh và Xã hội, Bộ Tài "
        "chính hướng dẫn chế độ điều dưỡng;\n\nI. MỤC ĐÍCH\n"
    )
    got = _by_number(raw, BAO_LAM)
    assert got["152"].issuer == "Bộ trưởng Bộ Tài chính và Bộ trưởng Bộ Giao thông vận tải"
    assert got["13"].issuer == "Bộ Lao động - Thương binh và Xã hội, Bộ Tài chính"


def test_instruments_listed_as_numbered_items_stay_in_the_preamble():
    raw = (
        "KẾ HOẠCH\nx\n\nCăn cứ các văn bản sau:\n1. Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n"
        "2. Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh;\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\n"
        "I. MỤC ĐÍCH\n"
    )
    text = make_text(raw)
    cites = find_citations(text, DONG_THAP)
    assert [c.number for c in find_implements(text, DONG_THAP, cites)] == ["57", "92"]
