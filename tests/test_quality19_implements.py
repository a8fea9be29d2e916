"""Implements, round 19: what a document carries out when its lineage is written in ways earlier rounds read
less. A web copy of a decision that drops its "QUYẾT ĐỊNH" heading keeps the enacting words "QUYẾT ĐỊNH:" after
its "Căn cứ …" lines (they were taken for the heading, so the preamble was never read), or puts a plan attached to
it below them (whose heading was taken for the document's); a school's "I. Căn cứ xây dựng kế hoạch." written with
a period; a letter that opens "Thi hành Quyết định số …"; titles that repeal or amend the instruments they name
("Bãi bỏ Quyết định số …", "VỀ VIỆC SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH … BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ …"),
a Chỉ thị whose title runs into its first sentence, a title's lower-case last line ("CHƯƠNG TRÌNH HÀNH ĐỘNG / CỦA
… / thực hiện Nghị quyết …"), a letter to many addressees, and legal Q&A pages applying a provision. Fragments are written in the style of the real documents read
(decisions of a Chủ tịch UBND tỉnh and of a Bộ, a primary school's plan, a Sở's letter, a city's repealing
decision)."""

from vanban.loaders.extract import extract
from vanban.loaders.implementing_spans import (
    ENACTING_LINE,
    GROUNDS_HEADING,
    OPENING,
    TYPE_HEADING,
    title_implements,
)
from vanban.loaders.text import make_text


def _implemented(raw: str) -> list[str]:
    return [c.number or c.surface for c in extract(make_text(raw)).implements]


def _cited(raw: str) -> list[str]:
    return [c.number or c.surface for c in extract(make_text(raw)).cites]


# ---------------------------------------------------------------------------- a decision without its heading

# A legal-database copy: its metadata, the two-column header, no "QUYẾT ĐỊNH" heading, the enacting words after
# the preamble.
_DECISION_NO_HEADING = (
    "Quyết định 845/QĐ-UBND năm 2021 về phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực Trồng trọt\n"
    "Số hiệu: | 845/QĐ-UBND | Loại văn bản: | Quyết định |\n"
    "Nơi ban hành: | Tỉnh Bến Tre | Người ký: | Nguyễn Văn Hải |\n"
    "ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 845/QĐ-UBND |\n"
    "Bến Tre, ngày 12 tháng 4 năm 2021 |\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, "
    "một cửa liên thông trong giải quyết thủ tục hành chính;\n"
    "Căn cứ Quyết định số 702/QĐ-UBND ngày 30 tháng 3 năm 2021 của Chủ tịch UBND tỉnh về việc công bố thủ tục "
    "hành chính lĩnh vực Trồng trọt;\n"
    "Xét đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số 51/TTr-SNN ngày 05 tháng 4 "
    "năm 2021,\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết thủ tục hành chính.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
)


def test_enacting_words_are_not_the_type_heading():
    assert TYPE_HEADING.match("QUYẾT ĐỊNH")
    assert TYPE_HEADING.match("**KẾ HOẠCH**")
    assert TYPE_HEADING.match("QUYẾT ĐỊNH:") is None
    assert TYPE_HEADING.match("**QUYẾT ĐỊNH:**") is None
    assert TYPE_HEADING.match("QUYẾT ĐỊNH :") is None
    assert ENACTING_LINE.match("QUYẾT ĐỊNH:")
    assert ENACTING_LINE.match("**QUYẾT NGHỊ:**")
    assert ENACTING_LINE.match("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …")
    assert ENACTING_LINE.match("QUYẾT ĐỊNH") is None
    assert ENACTING_LINE.match("Điều 12. Trách nhiệm thi hành") is None


def test_a_decision_without_its_heading_implements_its_preamble():
    assert _implemented(_DECISION_NO_HEADING) == [
        "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "61", "702"
    ]
    assert "51" in _cited(_DECISION_NO_HEADING)  # the Tờ trình weighed ("Xét đề nghị"), cited, not implemented


def test_a_plan_attached_below_the_enacting_words_does_not_hide_the_decision_s_preamble():
    # The decision promulgates a plan printed after it; the plan's "KẾ HOẠCH" heading is the attachment's, not the
    # document's heading: the decision's "Căn cứ …" lines above "QUYẾT ĐỊNH:" are still its preamble.
    raw = (
        "BỘ Y TẾ |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 2210/QĐ-BYT |\nHà Nội, ngày 14 tháng 8 năm 2024 |\n"
        "BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT KHÁM BỆNH, CHỮA BỆNH SỐ 15/2023/QH15\n"
        "BỘ TRƯỞNG BỘ Y TẾ\n"
        "Căn cứ Nghị định số 95/2022/NĐ-CP ngày 15 tháng 11 năm 2022 của Chính phủ quy định chức năng, nhiệm vụ, "
        "quyền hạn và cơ cấu tổ chức của Bộ Y tế;\n"
        "Theo đề nghị của Cục trưởng Cục Quản lý Khám, chữa bệnh.\n"
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Khám bệnh, chữa bệnh.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký ban hành.\n"
        "KẾ HOẠCH\nTRIỂN KHAI THI HÀNH LUẬT KHÁM BỆNH, CHỮA BỆNH\n"
        "(Kèm theo Quyết định số 2210/QĐ-BYT ngày 14 tháng 8 năm 2024 của Bộ trưởng Bộ Y tế)\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Tổ chức triển khai thi hành Luật kịp thời.\n"
    )
    assert "95" in _implemented(raw)


# ---------------------------------------------------------------------------- a grounds heading with a period

_SCHOOL_PLAN = (
    "PHÒNG GD&ĐT YÊN THÀNH\nTRƯỜNG TH HOA THÀNH\nSố: 27/KH-THHT\nHoa Thành, ngày 05 tháng 9 năm 2024\n"
    "KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG\nNĂM HỌC 2024 - 2025\n"
    "I. Căn cứ xây dựng kế hoạch.\n"
    "Thông tư 28/2020/TT-BGDĐT ngày 04 tháng 9 năm 2020 của Bộ Giáo dục và Đào tạo ban hành Điều lệ trường Tiểu học;\n"
    "Công văn số 3898/BGDĐT-GDTH ngày 30/7/2024 của Bộ Giáo dục và Đào tạo về hướng dẫn thực hiện nhiệm vụ giáo dục "
    "tiểu học năm học 2024-2025;\n"
    "Công văn số 1520/SGDĐT-GDTH ngày 20 tháng 8 năm 2024 của Sở GD&ĐT Nghệ An về hướng dẫn nhiệm vụ năm học;\n"
    "II. Đặc điểm tình hình nhà trường.\n"
    "1. Thực hiện Chỉ thị số 05-CT/TW trong toàn trường.\n"
)


def test_grounds_heading_with_a_period():
    assert GROUNDS_HEADING.match("I. Căn cứ xây dựng kế hoạch.")
    assert GROUNDS_HEADING.match("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH")
    assert GROUNDS_HEADING.match("2. Căn cứ tình hình thực tế.") is None
    assert GROUNDS_HEADING.match("1. Căn cứ Luật Giáo dục năm 2019.") is None  # an item, not a heading


def test_a_school_s_grounds_section_written_with_a_period_is_implemented():
    assert _implemented(_SCHOOL_PLAN) == ["28", "3898", "1520"]  # not the body's Chỉ thị 05


# ---------------------------------------------------------------------------- "Thi hành …" opens a paragraph

_LETTER_CARRYING_OUT = (
    "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nTỈNH QUẢNG NGÃI\nSố: 412/SLĐTBXH-NCC\n"
    "V/v giải quyết chế độ cho thân nhân liệt sĩ\nQuảng Ngãi, ngày 20 tháng 5 năm 2015\n"
    "Kính gửi: Phòng Lao động - Thương binh và Xã hội các huyện, thành phố\n"
    "Thi hành Quyết định số 388/QĐ-CTN ngày 10/3/2015 của Chủ tịch nước về việc truy tặng danh hiệu Bà mẹ Việt Nam "
    "anh hùng. Nhận được công văn này, đề nghị Phòng Lao động - Thương binh và Xã hội các huyện, thành phố triển "
    "khai thực hiện.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, NCC.\n"
)


def test_thi_hanh_opens_an_implementing_paragraph_only_before_a_type_word():
    assert OPENING.match("Thi hành Quyết định số 388/QĐ-CTN")["open"] == "Thi hành"
    assert OPENING.match("Thi hành Nghị định số 115/2003/NĐ-CP")
    assert OPENING.search("Cục Thi hành án dân sự tỉnh; báo cáo thẩm tra") is None  # a body's name
    assert OPENING.search("Quy định số 24-QĐ/TW về “Thi hành Điều lệ Đảng”") is None  # a quoted title
    assert OPENING.search('Quy định số 24-QĐ/TW về "Thi hành Điều lệ Đảng"') is None


def test_a_letter_that_carries_out_a_decision_implements_it():
    assert _implemented(_LETTER_CARRYING_OUT) == ["388"]


# ---------------------------------------------------------------------------- titles that repeal or amend

_REPEALING_DECISION = (
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\nSố: 31/2024/QĐ-UBND\nĐà Nẵng, ngày 10 tháng 10 năm 2024\n"
    "QUYẾT ĐỊNH\n"
    "Bãi bỏ Quyết định số 12/2019/QĐ-UBND ngày 15/3/2019 và Quyết định số 04/2022/QĐ-UBND ngày 21/2/2022 của Ủy ban "
    "nhân dân thành phố Đà Nẵng quy định giá dịch vụ trông giữ xe\n"
    "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    "Căn cứ Luật Giá ngày 19 tháng 6 năm 2023;\n"
    "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 310/TTr-STC ngày 02/10/2024.\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Bãi bỏ toàn bộ các Quyết định nêu trên.\n"
)


def test_revising_title_pattern():
    assert not title_implements("Bãi bỏ Quyết định số 12/2019/QĐ-UBND ngày 15/3/2019")
    assert not title_implements(" VỀ VIỆC SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY CHẾ … BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 90")
    assert not title_implements("V/v đính chính Thông tư số 12/2024/TT-BTC")
    assert not title_implements("Về việc thay thế Phụ lục ban hành kèm theo Quyết định số 15/QĐ-UBND")
    assert title_implements("Triển khai thực hiện Chỉ thị số 33/CT-TTg")
    assert title_implements("Bổ sung kinh phí thực hiện Chương trình số 05/CTr-UBND")  # supplied, carried out
    assert title_implements("BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 05/NQ-CP")


def test_a_repealing_title_does_not_implement_what_it_repeals():
    assert _implemented(_REPEALING_DECISION) == [
        "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
        "Luật Giá ngày 19 tháng 6 năm 2023",
    ]
    assert {"12", "04"} <= set(_cited(_REPEALING_DECISION))  # still cited


def test_an_amending_title_in_capitals_does_not_implement_what_it_amends():
    raw = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 1502/QĐ-UBND\nThành phố Hồ Chí Minh, ngày 20 tháng 4 năm 2023\n"
        "QUYẾT ĐỊNH\n"
        "VỀ VIỆC SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA BAN QUẢN LÝ CÁC KHU CHẾ XUẤT BAN "
        "HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 2011/QĐ-UBND NGÀY 05 THÁNG 6 NĂM 2020 CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ\n"
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Sửa đổi, bổ sung Điều 3 của Quy chế.\n"
    )
    assert _implemented(raw) == ["Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"]


def test_a_plan_title_that_carries_out_an_instrument_still_implements_it():
    raw = _REPEALING_DECISION.replace("QUYẾT ĐỊNH\nBãi bỏ", "QUYẾT ĐỊNH\nTriển khai thực hiện")
    assert _implemented(raw)[:2] == ["12", "04"]


# ---------------------------------------------------------------------------- a title running into the body

def test_a_lower_case_title_ends_before_a_line_holding_the_body_s_first_sentence():
    raw = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 08/CT-UBND\nHà Tĩnh, ngày 02 tháng 4 năm 2025\n\n"
        "CHỈ THỊ\nVề tăng cường công tác phòng cháy, chữa cháy năm 2025\n\n"
        "Năm 2024, theo Báo cáo số 77/BC-UBND ngày 15/12/2024 của UBND tỉnh, cháy nổ đã gây thiệt hại nặng nề. Chủ "
        "tịch UBND tỉnh yêu cầu:\n\n"
        "1. Các sở, ban, ngành cấp tỉnh xây dựng kế hoạch phòng cháy, chữa cháy.\n"
    )
    assert _implemented(raw) == []
    assert "77" in _cited(raw)
    # A title on two lower-case lines still reads whole: the second line holds no sentence of the body.
    two_lines = raw.replace(
        "năm 2025\n\nNăm 2024", "năm 2025\ntrên địa bàn tỉnh theo Kế hoạch số 12/KH-UBND\n\nNăm 2024"
    )
    assert _implemented(two_lines) == ["12"]


# ---------------------------------------------------------------------------- a letter to many addressees

def test_a_letter_s_opening_after_a_long_list_of_addressees_is_read():
    communes = ["An Thạnh", "An Phước", "Giao Long", "Giao Hòa", "Phú An", "Phú Đức", "Phú Túc", "Quới Sơn",
                "Sơn Hòa", "Tân Thạch", "Tân Phú", "Tiên Long", "Tiên Thủy", "Thành Triệu", "Tường Đa", "Hữu Định",
                "Phước Thạnh", "Quới Thành"]
    raw = (
        "ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\nSố: 210/UBND-VP\nV/v tăng cường quản lý trật tự xây dựng\n"
        "Châu Thành, ngày 10 tháng 6 năm 2024\nKính gửi:\n- Phòng Kinh tế và Hạ tầng;\n"
        + "".join(f"- Ủy ban nhân dân xã {c};\n" for c in communes)
        + "Thực hiện Công văn số 1450/UBND-KT ngày 03/6/2024 của Ủy ban nhân dân tỉnh về tăng cường quản lý trật tự "
        "xây dựng trên địa bàn tỉnh, Chủ tịch UBND huyện yêu cầu các đơn vị thực hiện các nội dung sau:\n"
        "1. Tăng cường kiểm tra các công trình theo Quyết định số 25/2023/QĐ-UBND.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    assert _implemented(raw) == ["1450"]  # not the body's Quyết định 25


# ---------------------------------------------------------------------------- a provision applied, not a basis

def test_a_legal_answer_applying_a_provision_does_not_implement_its_law():
    # A legal Q&A page: "Căn cứ theo điểm … khoản … Điều …" applies a provision; it carries out nothing.
    raw = (
        "# Không mang giấy phép lái xe bị phạt bao nhiêu theo Nghị định 168?\n\n"
        "**Người điều khiển xe mô tô không mang theo giấy phép lái xe bị phạt bao nhiêu tiền?**\n\n"
        "Căn cứ theo điểm b khoản 2 Điều 18 Nghị định 168/2024/NĐ-CP có quy định như sau:\n\n"
        "Phạt tiền từ 200.000 đồng đến 300.000 đồng đối với người điều khiển xe mô tô.\n\n"
        "Căn cứ theo quy định tại Điều 56 Luật Trật tự, an toàn giao thông đường bộ 2024 thì người lái xe phải mang "
        "theo giấy phép lái xe.\n"
    )
    assert _implemented(raw) == []
    assert len(_cited(raw)) == 2
    # Without "theo": the clause closes by quoting the provision ("… quy định:"), or "tại" names it.
    quoting = (
        "# Được tặng cho nhà đất có phải nộp thuế không?\n\n"
        "Căn cứ khoản 10 Điều 3 Luật Thuế thu nhập cá nhân 2007 quy định:\n\n"
        "Điều 3. Thu nhập chịu thuế\n\n10. Thu nhập từ nhận quà tặng là bất động sản.\n\n"
        "Căn cứ tại Điều 10 Nghị định 10/2022/NĐ-CP quy định\n\nĐiều 10. Miễn lệ phí trước bạ\n"
    )
    assert _implemented(quoting) == []
    assert len(_cited(quoting)) == 2
    # A decision's preamble that names a provision without "theo" still implements its instrument.
    preamble = (
        "QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ\n"
        "Căn cứ khoản 2 Điều 22 Luật Tổ chức chính quyền địa phương năm 2025;\n"
        "Căn cứ Điều 5 Nghị định số 33/2025/NĐ-CP ngày 25/02/2025 của Chính phủ quy định chức năng, nhiệm vụ;\n"
        "Căn cứ theo Quyết định số 55/QĐ-UBND ngày 02/01/2025 của UBND huyện về giao chỉ tiêu;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Thành lập Tổ công tác.\n"
    )
    assert _implemented(preamble)[1:] == ["33", "55"]
    assert len(_implemented(preamble)) == 3


# ---------------------------------------------------------------------------- a title's lower-case last line

def test_a_lower_case_line_under_a_title_in_capitals_goes_on_with_the_title():
    # "CHƯƠNG TRÌNH HÀNH ĐỘNG / CỦA <body> / thực hiện Nghị quyết …": the lower-case line is the title's.
    raw = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n***\nSố: 31-CTr/TWĐTN-VP\nĐOÀN TNCS HỒ CHÍ MINH\nHà Nội, ngày 20 tháng 6 năm 2022\n\n"
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\n\nCỦA ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH\n\n"
        "thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng "
        "khóa XIII\n\n————\n\n"
        "Ban Chấp hành Trung ương Đoàn ban hành Chương trình hành động, cụ thể như sau:\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Thống nhất nhận thức trong các cấp bộ Đoàn.\n"
    )
    assert _implemented(raw) == ["21"]
    # A body sentence opening with a capital still ends a title in capitals.
    body = raw.replace(
        "————\n\nBan Chấp hành Trung ương Đoàn ban hành Chương trình hành động, cụ thể như sau:",
        "Sau 5 năm thực hiện Nghị quyết số 12-NQ/TW, các cấp bộ Đoàn đã đạt được nhiều kết quả quan trọng.",
    )
    body = body.replace("\n\nthực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành "
                        "Trung ương Đảng khóa XIII", "")
    assert _implemented(body) == []


def test_a_lower_case_line_after_a_broken_promulgation_note_does_not_go_on_with_the_title():
    raw = (
        "ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\n|\n|\nCỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\n"
        "QUY CHẾ LÀM\nVIỆC\nCỦA ỦY\nBAN NHÂN DÂN XÃ PHÚ LỘC NHIỆM KỲ 2021 -2026\n"
        "(Ban hành\nkèm theo Quyết định số: 61/QĐ-UBND\nNgày 20 tháng\n7 năm 2021 của Ủy ban nhân dân xã Phú\nLộc)\n"
        "Chương I\nNHỮNG QUY ĐỊNH\nCHUNG\nĐiều 1. Phạm vi,\nđối tượng điều chỉnh\n"
    )
    # The lower-case "kèm theo …" line goes on with the "(Ban hành" note, not with the title: the title ends there,
    # as before (a title in capitals ends at a lower-case line that is not its own).
    assert _implemented(raw) == []


def test_a_city_s_abbreviation_in_a_lower_case_title_does_not_end_it():
    raw = (
        "SỞ Y TẾ\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 77/KH-SYT\nThành phố Hồ Chí Minh, ngày 02 tháng 4 năm 2025\n\n"
        "KẾ HOẠCH\nTriển khai Tháng hành động vì an toàn thực phẩm trên địa bàn\n"
        "TP. Hồ Chí Minh theo Kế hoạch số 1450/KH-UBND của Ủy ban nhân dân Thành phố\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm an toàn thực phẩm.\n"
    )
    assert _implemented(raw) == ["1450"]


# ---------------------------------------------------------------------------- the decision that promulgates this text


def test_promulgating_note_pattern():
    from vanban.loaders.citations import PROMULGATING_NOTE

    assert PROMULGATING_NOTE.fullmatch("(Ban hành kèm theo ")
    assert PROMULGATING_NOTE.fullmatch("(Kèm theo ")
    assert PROMULGATING_NOTE.fullmatch("(Được ban hành kèm theo ")
    assert PROMULGATING_NOTE.fullmatch("(Ban hành\nkèm theo ")  # Quy chế of UBND xã Xuân Phú, broken by its PDF
    assert PROMULGATING_NOTE.fullmatch("(theo đề nghị của ") is None


def test_a_plan_neither_cites_nor_implements_the_decision_that_promulgates_it():
    # Seeds README: a Kế hoạch promulgated by a Quyết định is that Quyết định, so it is no citation of the plan.
    raw = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n\nKẾ HOẠCH\n"
        "THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 CỦA THỦ TƯỚNG CHÍNH PHỦ\n"
        "(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 01/9/2021 của Ủy ban nhân dân tỉnh)\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Các sở, ngành thực hiện nghiêm Chỉ thị.\n"
    )
    r = extract(make_text(raw))
    assert r.document.doc_type == "Kế hoạch"
    assert [c.number for c in r.implements] == ["19"]
    assert [c.number for c in r.cites] == ["19"]


def test_a_decision_named_in_a_ground_stays_cited():
    raw = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n\nKẾ HOẠCH\nPhòng, chống dịch bệnh năm 2022\n\n"
        "Căn cứ Quy chế làm việc (ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 01/9/2021 của Ủy ban nhân dân tỉnh);\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
    )
    r = extract(make_text(raw))
    assert [c.number for c in r.cites] == ["12"]
