"""Nơi nhận and Kính gửi, round 18: the signature column merged onto the list's lines with a space or
two (too few for a column gap), a Nơi nhận written on its heading's line without list marks (a letter
written as "FIELD: value" lines), lists written without list marks on lines of their own, the
province's bodies named by their codes, and the press named side by side. Fragments written in the
style of the provincial letters surveyed (a PDF read without its layout, a letter's fields copied
into a web form)."""

from __future__ import annotations

from vanban.loaders.extract import extract
from vanban.loaders.recipients import (
    HEADING,
    NAME_AFTER_ITEM,
    RULE,
    SIGNATURE_AFTER_ITEM,
    _addressees,
    _left,
    _run_on_items,
    _split,
    _without_signature,
    find_recipients,
)
from vanban.loaders.recipients import bodies_named
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

QUANG_NAM = Header(issuer="Ủy ban nhân dân tỉnh Quảng Nam", province="Quảng Nam")

LETTER = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 1234/UBND-KGVX\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nQuảng Nam, ngày 12 tháng 5 năm 2024\n"
    "V/v triển khai công tác phòng, chống dịch bệnh mùa hè\n"
    "Kính gửi: Sở Y tế tỉnh.\n"
    "UBND tỉnh yêu cầu Sở Y tế chủ trì triển khai thực hiện./.\n"
)
# What the letter's Nơi nhận names, in order.
EXPECTED = [
    ("Sở Y tế tỉnh Quảng Nam", None),
    ("Thường trực Tỉnh ủy Quảng Nam", "báo cáo"),
    ("Thường trực Hội đồng nhân dân tỉnh Quảng Nam", "báo cáo"),
    ("Các Sở, ban, ngành", None),
    ("Lưu: VT, KGVX", "lưu"),
]


def _names(body: str, header: Header = QUANG_NAM) -> list[tuple[str, str | None]]:
    return [(r.name, r.purpose) for r in bodies_named(find_recipients(make_text(body), header))]


def test_signature_merged_with_one_space_is_no_recipient():
    # A PDF read without its layout: each line of the signature column after the item beside it.
    body = LETTER + (
        "Nơi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH\n- Thường trực Tỉnh ủy (b/c);\n"
        "- Thường trực HĐND tỉnh (b/c); (Đã ký)\n- Các Sở, ban, ngành;\n- Lưu: VT, KGVX. Nguyễn Hồng Quang\n"
    )
    assert _names(body) == EXPECTED  # was [("KT", None)]


def test_signature_merged_with_two_spaces_is_no_recipient():
    body = LETTER + (
        "Nơi nhận:  KT. CHỦ TỊCH\n- Như trên;  PHÓ CHỦ TỊCH\n- Thường trực Tỉnh ủy (b/c);\n"
        "- Thường trực HĐND tỉnh (b/c);\n- Các Sở, ban, ngành;  Nguyễn Hồng Quang\n- Lưu: VT, KGVX.\n"
    )
    assert _names(body) == EXPECTED


def test_first_item_and_signature_on_the_heading_line_go_on_below():
    # "Nơi nhận: - Như trên; PHÓ CHỦ TỊCH": the items go on under the heading's line.
    body = LETTER + (
        "Nơi nhận: - Như trên; PHÓ CHỦ TỊCH\n- Thường trực Tỉnh ủy (b/c);\n- Thường trực HĐND tỉnh (b/c);\n"
        "- Các Sở, ban, ngành;\n- Lưu: VT, KGVX.\n"
    )
    assert _names(body) == EXPECTED
    # The whole block on the line, its archive last, the signature after it: nothing read below.
    body = LETTER + "Nơi nhận: - Như trên; - Lưu: VT, KGVX. GIÁM ĐỐC Nguyễn Văn An\n- Điều 1. Phạm vi\n"
    assert _names(body) == [("Sở Y tế tỉnh Quảng Nam", None), ("Lưu: VT, KGVX", "lưu")]


def test_signature_piece_after_an_item():
    assert _without_signature("- Như trên; PHÓ CHỦ TỊCH") == "- Như trên;"
    assert _without_signature("- Như trên;  KT. CHỦ TỊCH") == "- Như trên;"
    assert _without_signature("- Bộ trưởng (để b/c); THỨ TRƯỞNG") == "- Bộ trưởng (để b/c);"
    assert _without_signature("- Thường trực HĐND tỉnh (b/c); (Đã ký)") == "- Thường trực HĐND tỉnh (b/c);"
    assert _without_signature("- Các Sở, ban, ngành; Nguyễn Hồng Quang") == "- Các Sở, ban, ngành;"
    # A body, a place or an item in capitals after the mark is no signature.
    assert _without_signature("- Sở Y tế; Báo Quảng Nam;") == "- Sở Y tế; Báo Quảng Nam;"
    assert _without_signature("- Sở Y tế; Thái Bình") == "- Sở Y tế; Thái Bình"
    assert _without_signature("- UBND TỈNH (B/C); CHỦ TỊCH UBND CÁC XÃ;") == "- UBND TỈNH (B/C); CHỦ TỊCH UBND CÁC XÃ;"
    assert SIGNATURE_AFTER_ITEM.search("- Giám đốc Sở Tài chính;") is None
    assert NAME_AFTER_ITEM.search("- Lưu: VT") is None


def test_one_line_block_without_list_marks():
    # A letter written as "FIELD: value" lines: the items of Nơi nhận parted by semicolons. Before,
    # the whole line was one "Như trên" item, and the addressees took the Tỉnh ủy's "(b/c)".
    body = (
        "Cơ quan ban hành: Ủy ban nhân dân tỉnh Quảng Nam\nSố: 567/UBND-VX\nNgày ban hành: 10/03/2024\n"
        "Trích yếu: V/v tổ chức Tháng hành động vì an toàn thực phẩm năm 2024\n"
        "Kính gửi: Sở Y tế, Sở Công Thương, UBND các huyện, thị xã, thành phố\n"
        "Nội dung: UBND tỉnh giao Sở Y tế chủ trì tổ chức Tháng hành động.\n"
        "Nơi nhận: Như trên; TT Tỉnh ủy (b/c); CT, các PCT UBND tỉnh; Lưu: VT, VX.\n"
        "Người ký: Lâm Hải Giang\n"
    )
    assert _names(body) == [
        ("Sở Y tế tỉnh Quảng Nam", None),
        ("Sở Công Thương tỉnh Quảng Nam", None),
        ("Ủy ban nhân dân các huyện, thị xã, thành phố", None),
        ("Thường trực Tỉnh ủy Quảng Nam", "báo cáo"),
        ("Chủ tịch Ủy ban nhân dân tỉnh", None),
        ("các Phó Chủ tịch Ủy ban nhân dân tỉnh", None),
        ("Lưu: VT, VX", "lưu"),
    ]


def test_run_on_items():
    assert _run_on_items("Như trên; Sở Y tế (b/c); Lưu: VT.") == ["Như trên", "Sở Y tế (b/c)", "Lưu: VT."]
    # "Như trên" and the archive are parted by a comma too; a body's own commas stay.
    assert _run_on_items("Như trên, Các Sở, ban, ngành, Lưu VT.") == ["Như trên", "Các Sở, ban, ngành", "Lưu VT."]
    assert _run_on_items("Như trên;") == ["Như trên"]


def test_block_without_list_marks_on_lines_of_its_own():
    body = LETTER + (
        "Nơi nhận:\nNhư trên;\nThường trực Tỉnh ủy (b/c);\nThường trực HĐND tỉnh (b/c);\nCác Sở, ban, ngành;\n"
        "Lưu: VT, KGVX.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
    )
    assert _names(body) == EXPECTED  # was []


def test_rule_inside_the_list_is_skipped():
    body = LETTER + (
        "Nơi nhận:\n- Như trên;\n- Thường trực Tỉnh ủy (b/c);\n-----\n- Thường trực HĐND tỉnh (b/c);\n"
        "- Các Sở, ban, ngành;\n- Lưu: VT, KGVX.\n"
    )
    assert _names(body) == EXPECTED
    assert RULE.match("---") and RULE.match("_____") and not RULE.match("- Sở Y tế;")


def _kinh_gui(lines: str) -> list[str]:
    return _addressees(make_text(LETTER.replace("Kính gửi: Sở Y tế tỉnh.\n", lines)))


def test_addressees_without_list_marks_below_the_heading():
    listed = ["Sở Y tế", "Sở Tài chính", "UBND các huyện, thị xã, thành phố"]
    assert _kinh_gui("Kính gửi:\n     Sở Y tế;\n     Sở Tài chính;\n     UBND các huyện, thị xã, thành phố.\n") == listed
    # The first on the heading's line, the others under it, aligned with it.
    assert _kinh_gui("Kính gửi: Sở Y tế;\n          Sở Tài chính;\n          UBND các huyện, thị xã, thành phố.\n") == listed
    # Marked items without end marks: "Kính gửi: - Sở Y tế" / "- Sở Tài chính".
    assert _kinh_gui("Kính gửi: - Sở Y tế\n- Sở Tài chính\n- Công an tỉnh\n") == ["Sở Y tế", "Sở Tài chính", "Công an tỉnh"]


def test_addressees_stop_at_the_body():
    # After "- Sở Tài chính." the list is closed: the body's sentence is no addressee.
    assert _kinh_gui("Kính gửi:\n- Sở Y tế;\n- Sở Tài chính.\nUBND tỉnh yêu cầu các Sở thực hiện;\n") == ["Sở Y tế", "Sở Tài chính"]
    # A body's opening under an open list is no addressee: "Căn cứ …;".
    assert _kinh_gui("Kính gửi: Sở Y tế;\nCăn cứ Kế hoạch số 12/KH-UBND của UBND tỉnh;\n") == ["Sở Y tế"]
    # A line that names no body is no addressee.
    assert _kinh_gui("Kính gửi:\nThực hiện chỉ đạo của Bộ Y tế;\n") == []


def test_as_above_reads_unmarked_addressees():
    body = LETTER.replace("Kính gửi: Sở Y tế tỉnh.\n", "Kính gửi:\nSở Y tế;\nSở Tài chính.\n") + (
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, KGVX.\n"
    )
    assert _names(body) == [("Sở Y tế tỉnh Quảng Nam", None), ("Sở Tài chính tỉnh Quảng Nam", None), ("Lưu: VT, KGVX", "lưu")]


def test_province_bodies_codes_expanded():
    body = LETTER + (
        "Nơi nhận:\n- Ban ATGT tỉnh;\n- Hội LHPN tỉnh, Hội CCB tỉnh;\n- BHXH tỉnh, KBNN tỉnh;\n- BQL các KCN tỉnh;\n"
        "- Bộ CHQS tỉnh, BCH BĐBP tỉnh;\n- Các đoàn thể CT-XH tỉnh;\n- Trung tâm KSBT tỉnh;\n- Giám đốc, các PGĐ Sở;\n"
        "- Lưu: VT.\n"
    )
    names = [n for n, _ in _names(body)]
    for expected in (
        "Ban An toàn giao thông tỉnh Quảng Nam",
        "Hội Liên hiệp Phụ nữ tỉnh Quảng Nam",
        "Bảo hiểm xã hội tỉnh Quảng Nam",
        "Kho bạc Nhà nước tỉnh Quảng Nam",
        "Ban Quản lý các khu công nghiệp tỉnh Quảng Nam",
        "Bộ Chỉ huy Quân sự tỉnh Quảng Nam",
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Nam",
        "Các đoàn thể chính trị - xã hội tỉnh Quảng Nam",
        "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Nam",
        "các Phó Giám đốc Sở",
    ):
        assert expected in names, expected


def test_press_and_portal_side_by_side_are_one_entry_each():
    assert _split("Báo Quảng Nam, Đài PT-TH tỉnh, Cổng TTĐT tỉnh") == ["Báo Quảng Nam", "Đài PT-TH tỉnh", "Cổng TTĐT tỉnh"]
    # The merged press and broadcaster keeps its comma; the press in general stays one group.
    assert _split("Báo và Phát thanh, Truyền hình tỉnh") == ["Báo và Phát thanh, Truyền hình tỉnh"]
    assert _split("Các cơ quan báo, đài") == ["Các cơ quan báo, đài"]
    body = LETTER + "Nơi nhận:\n- Báo Quảng Nam, Đài PT-TH tỉnh (đưa tin);\n- Lưu: VT.\n"
    assert _names(body)[:2] == [
        ("Báo Quảng Nam", "đăng tải"),
        ("Đài Phát thanh - Truyền hình tỉnh Quảng Nam", "đăng tải"),
    ]


def test_markdown_table_with_br_cells():
    # A converter's table: the heading in the head row, the items in one cell parted by <br>.
    doc = (
        "| BỘ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |\n| :--- | :--- |\n"
        "| Số: 2345/BYT-KCB<br>V/v tăng cường công tác khám bệnh | *Hà Nội, ngày 10 tháng 8 năm 2024* |\n\n"
        "**Kính gửi:**\n- Sở Y tế các tỉnh, thành phố trực thuộc Trung ương;\n- Các bệnh viện trực thuộc Bộ Y tế.\n\n"
        "Bộ Y tế đề nghị các đơn vị triển khai thực hiện./.\n\n"
        "| **Nơi nhận:** | **KT. BỘ TRƯỞNG** <br> **THỨ TRƯỞNG** |\n| :--- | :--- |\n"
        "| - Như trên;<br>- Bộ trưởng (để b/c);<br>- Cục Quản lý Dược (để phối hợp);<br>- Lưu: VT, KCB. "
        "| *(Đã ký)* <br><br><br> **Trần Văn Thuấn** |\n"
    )
    from vanban.loaders.read import read_bytes

    rec = extract(read_bytes(doc.encode(), "cv.md"))
    assert [(r.name, r.purpose) for r in bodies_named(rec.recipients)] == [
        ("Sở Y tế các tỉnh, thành phố trực thuộc Trung ương", None),
        ("Các bệnh viện trực thuộc Bộ Y tế", None),
        ("Bộ trưởng", "báo cáo"),
        ("Cục Quản lý Dược", "phối hợp"),
        ("Lưu: VT, KCB", "lưu"),
    ]


def test_purpose_marks_not_listed_leave_the_name():
    # Before, a mark the table lacked stayed in the name: "Sở Y tế (để theo dõi) tỉnh Quảng Nam".
    body = LETTER + (
        "Nơi nhận:\n- Sở Tài chính (để theo dõi);\n- Sở Nội vụ (để t/hiện);\n- Bộ Y tế (thay b/c);\n"
        "- Công an tỉnh (để biết và t/h);\n- Sở Tư pháp (để phối hợp thực hiện);\n- Báo Quảng Nam (để đăng tin);\n"
        "- Đài PT-TH tỉnh (để đăng Cổng TTĐT);\n- UBND tỉnh Quảng Ngãi, để b/c;\n- Lưu: VT.\n"
    )
    assert _names(body) == [
        ("Sở Tài chính tỉnh Quảng Nam", None),
        ("Sở Nội vụ tỉnh Quảng Nam", "thực hiện"),
        ("Bộ Y tế", "báo cáo"),
        ("Công an tỉnh Quảng Nam", "thực hiện"),
        ("Sở Tư pháp tỉnh Quảng Nam", "phối hợp"),
        ("Báo Quảng Nam", "đăng tải"),
        ("Đài Phát thanh - Truyền hình tỉnh Quảng Nam", "đăng tải"),
        ("Ủy ban nhân dân tỉnh Quảng Ngãi", "báo cáo"),
        ("Lưu: VT", "lưu"),
    ]


def test_brackets_that_are_no_purpose_stay():
    # Without "để" and outside the marks' table, a bracket is part of the name.
    assert _names(LETTER + "Nơi nhận:\n- Trường THPT Lê Lợi (cơ sở 2);\n- Lưu: VT.\n")[0][0].endswith("(cơ sở 2)")


def test_groups_of_comrades_and_teams_expanded():
    body = LETTER + "Nơi nhận:\n- Các đ/c Tỉnh ủy viên;\n- Đ/c Giám đốc Sở Y tế (để b/c);\n- Các tổ CM;\n- Lưu: VT.\n"
    assert _names(body)[:3] == [
        ("Các đồng chí Tỉnh ủy viên", None),
        ("Giám đốc Sở Y tế tỉnh Quảng Nam", "báo cáo"),
        ("Các tổ chuyên môn", None),
    ]


def test_addressees_beside_the_subject():
    # A PDF read with its layout: the subject's lines on the left, the addressees on the right.
    text = (
        "ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "  TỈNH QUẢNG NAM                             Độc lập - Tự do - Hạnh phúc\n"
        "V/v triển khai công tác phòng,       Kính gửi: - Sở Y tế;\n"
        "chống dịch bệnh mùa hè năm 2024                 - Sở Tài chính;\n"
        "                                                - UBND các huyện, thị xã, thành phố.\n\n"
        "   UBND tỉnh yêu cầu các đơn vị triển khai thực hiện./.\n"
    )
    assert _addressees(make_text(text)) == ["Sở Y tế", "Sở Tài chính", "UBND các huyện, thị xã, thành phố"]
    # The southern spelling, and a table row.
    assert _addressees(make_text("V/v phòng chống dịch\n      Kính gởi:   Sở Y tế tỉnh Quảng Nam.\n")) == ["Sở Y tế tỉnh Quảng Nam"]
    table = "| V/v phòng chống dịch | Kính gửi: Sở Y tế; Sở Tài chính. |\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    assert _names(table) == [("Sở Y tế tỉnh Quảng Nam", None), ("Sở Tài chính tỉnh Quảng Nam", None), ("Lưu: VT", "lưu")]


def test_a_procedures_fields_are_no_nơi_nhận_heading():
    # A decision publishing administrative procedures: its appendix's "Nơi nhận hồ sơ:" and "Nơi nhận
    # kết quả:" come after the real block. Before, the last of them was read as the block ("kết quả").
    body = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 999/QĐ-UBND\nQuảng Nam, ngày 12 tháng 5 năm 2024\n"
        "QUYẾT ĐỊNH\nVề việc công bố Danh mục thủ tục hành chính lĩnh vực y tế\nQUYẾT ĐỊNH:\n"
        "Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính.\n"
        "Điều 2. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Y tế và các tổ chức, cá nhân có liên quan chịu trách "
        "nhiệm thi hành Quyết định này./.\n"
        "Nơi nhận:\n- Như Điều 2;\n- Cục Kiểm soát TTHC;\n- Lưu: VT, KSTTHC.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
        "PHỤ LỤC\n1. Thủ tục cấp giấy phép hoạt động\nNơi nhận hồ sơ: Trung tâm Phục vụ hành chính công tỉnh\n"
        "Thời hạn giải quyết: 15 ngày làm việc\nNơi nhận kết quả: Bộ phận một cửa\n"
    )
    assert _names(body) == [
        ("Chánh Văn phòng Ủy ban nhân dân tỉnh", None),
        ("Giám đốc Sở Y tế tỉnh Quảng Nam", None),
        ("Cục Kiểm soát thủ tục hành chính", None),
        ("Lưu: VT, KSTTHC", "lưu"),
    ]
    assert HEADING.match("NƠI NHẬN:") and HEADING.match("Nơi nhận KT. CHỦ TỊCH") and HEADING.match("*Nơi nhận:*")
    assert HEADING.match("Nơi nhận hồ sơ: Bộ phận một cửa") is None


REPORT_FORM = (
    "Mẫu số 01\nỦY BAN NHÂN DÂN HUYỆN/THỊ XÃ/THÀNH PHỐ ...\nSố: ……/BC-UBND\nBÁO CÁO\nKết quả công tác năm 2024\n"
    "Kính gửi: Ủy ban nhân dân tỉnh Quảng Nam.\n1. Kết quả đạt được: ………\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\n(Ký tên, đóng dấu)\n"
)


def test_a_form_attached_after_the_signature_hides_no_block():
    # A letter asking for reports, its form attached: the form's "Nơi nhận" is no recipient list of
    # the letter's. Before, only the form's block was read ("Lưu: VT" and the letter's addressees).
    body = LETTER.replace("Kính gửi: Sở Y tế tỉnh.", "Kính gửi: UBND các huyện, thị xã, thành phố.") + (
        "Nơi nhận:\n- Như trên;\n- Thường trực Tỉnh ủy (b/c);\n- Sở Nội vụ;\n- Lưu: VT, KGVX.\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Hồng Quang\n"
    )
    assert _names(body + REPORT_FORM) == [
        ("Ủy ban nhân dân các huyện, thị xã, thành phố", None),
        ("Thường trực Tỉnh ủy Quảng Nam", "báo cáo"),
        ("Sở Nội vụ tỉnh Quảng Nam", None),
        ("Lưu: VT, KGVX", "lưu"),
    ]
    # Without an appendix's opening between them, the last block is read, as before (a copy that
    # holds two letters).
    assert _names(body + REPORT_FORM.replace("Mẫu số 01\n", ""))[-1] == ("Lưu: VT", "lưu")


def test_addressees_below_a_web_copys_metadata():
    # A legal library's copy: some sixty lines of the site's fields before the header.
    metadata = "".join(f"|\n**Trường {k}:**\n|\nĐang cập nhật\n" for k in range(20))
    body = metadata + LETTER + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    assert _names(body) == [("Sở Y tế tỉnh Quảng Nam", None), ("Lưu: VT", "lưu")]


def test_central_and_party_bodies_codes():
    ministry = Header(issuer="Bộ Giáo dục và Đào tạo")
    body = "Nơi nhận:\n- Cục Kiểm tra VBQPPL (Bộ Tư pháp);\n- Công báo, Cổng TTĐT Chính phủ;\n- Lưu: VT, Vụ PC (3b).\n"
    assert _names(body, ministry) == [
        ("Cục Kiểm tra văn bản quy phạm pháp luật (Bộ Tư pháp)", None),
        ("Công báo", None),
        ("Cổng thông tin điện tử Chính phủ", None),
        ("Lưu: VT, Vụ PC (3b)", "lưu"),
    ]
    party = Header(issuer="Tỉnh ủy Nghệ An", province="Nghệ An")
    body = "Nơi nhận:\n- Các đồng chí UVBTV Tỉnh ủy,\n- Đảng ủy Khối CCQ tỉnh,\n- Lưu VPTU.\n"
    assert _names(body, party)[:2] == [
        ("Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy", None),
        ("Đảng ủy Khối các cơ quan tỉnh Nghệ An", None),
    ]


def test_signature_pieces_after_items_without_end_marks():
    # The corpus's blocks (001, 002, 016, 018, 058) merged with their signature column by one space.
    assert _without_signature("- Bộ Công an (qua Cục A03) (để báo cáo) KT. CHỦ TỊCH") == "- Bộ Công an (qua Cục A03) (để báo cáo)"
    assert _without_signature("- Thường trực: Tỉnh ủy, HĐND tỉnh (để b/c) PHÓ CHỦ TỊCH") == "- Thường trực: Tỉnh ủy, HĐND tỉnh (để b/c)"
    assert _without_signature("- Văn phòng Chính phủ DÂN") == "- Văn phòng Chính phủ"  # "TM. ỦY BAN NHÂN" / "DÂN"
    assert _without_signature("- Thường trực Đảng ủy (Báo cáo); TRƯỞNG TIỂU BAN") == "- Thường trực Đảng ủy (Báo cáo);"
    assert _without_signature("b/c);  KT. CHỦ TỊCH") == "b/c);"
    assert _without_signature("- Ủy ban bầu cử xã (Báo cáo); Lan Thị Vân") == "- Ủy ban bầu cử xã (Báo cáo);"
    # A district of a city, a place in capitals, a code: no signature.
    assert _without_signature("- Công an Q. Tân Bình") == "- Công an Q. Tân Bình"
    assert _without_signature("- Phòng Y tế huyện ĐỒNG VĂN") == "- Phòng Y tế huyện ĐỒNG VĂN"
    assert _without_signature("- Trung tâm CNTT") == "- Trung tâm CNTT"
    body = LETTER + (
        "Nơi nhận: TM. ỦY BAN NHÂN\n- Như trên DÂN\n- Thường trực Tỉnh ủy (b/c) KT. CHỦ TỊCH\n"
        "- Thường trực HĐND tỉnh (b/c) PHÓ CHỦ TỊCH\n- Các Sở, ban, ngành;\n- Lưu: VT, KGVX.\n"
    )
    assert _names(body) == EXPECTED


def test_party_block_without_list_marks_ends_items_with_commas():
    party = Header(issuer="Tỉnh ủy Nghệ An", province="Nghệ An")
    body = (
        "Nơi nhận:\nBan Bí thư Trung ương Đảng (để b/c),\nCác đồng chí Tỉnh ủy viên,\n"
        "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc,\nLưu Văn phòng Tỉnh ủy.\nT/M BAN THƯỜNG VỤ\n"
    )
    assert _names(body, party) == [
        ("Ban Bí thư Trung ương Đảng", "báo cáo"),
        ("Các đồng chí Tỉnh ủy viên", None),
        ("Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc", None),
        ("Lưu Văn phòng Tỉnh ủy", "lưu"),
    ]
    # With list marks, an item broken after a comma still goes on on the next line (corpus 057).
    body = "Nơi nhận:\n- Uỷ ban Kiểm tra Đảng uỷ, Ban xây dựng Đảng,\nVP Đảng uỷ;\n- Lưu VT.\n"
    assert len(_names(body, party)) == 4


def test_a_mark_after_the_semicolon_of_a_run_on_item_goes_with_it():
    assert _run_on_items("Bộ Y tế; (để báo cáo) Sở Y tế; Lưu: VT.") == ["Bộ Y tế (để báo cáo)", "Sở Y tế", "Lưu: VT."]


def test_an_addressee_broken_over_two_lines():
    # Corpus 042: the first addressee's line broken before "thuộc"; before, it was cut there and the
    # two addressees after it were lost.
    text = (
        "**Kính gửi:**\n|\n- Các cơ quan chuyên môn, cơ quan hành chính khác\nthuộc Ủy ban nhân dân Thành phố;\n"
        "- Các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân Thành phố;\n"
        "- Ủy ban nhân dân các xã, phường và đặc khu.\n|\nNgày 28 tháng 10 năm 2025, Chủ\ntịch Ủy ban nhân dân Thành phố\n"
    )
    assert _addressees(make_text(text)) == [
        "Các cơ quan chuyên môn, cơ quan hành chính khác thuộc Ủy ban nhân dân Thành phố",
        "Các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân Thành phố",
        "Ủy ban nhân dân các xã, phường và đặc khu",
    ]


def test_heading_in_capitals():
    # "NƠI NHẬN:" was never found: the heading's lines were looked for by the lower-case word.
    body = LETTER + "NƠI NHẬN:\n- Như trên;\n- Lưu: VT, KGVX.\nKT. CHỦ TỊCH\n"
    assert _names(body) == [("Sở Y tế tỉnh Quảng Nam", None), ("Lưu: VT, KGVX", "lưu")]


def test_signer_name_in_capitals_after_an_item():
    assert _without_signature("- Các Sở, ban, ngành; NGUYỄN VĂN AN") == "- Các Sở, ban, ngành;"
    # A place or a school named after a person, in capitals, stays.
    assert _without_signature("- Sở Y tế tỉnh HÀ GIANG") == "- Sở Y tế tỉnh HÀ GIANG"
    assert _without_signature("- Trường LÊ LỢI") == "- Trường LÊ LỢI"


def test_bullets_of_a_word_list():
    for bullet in ("·", "—", "▪", "\uf0b7", "o"):
        body = LETTER + f"Nơi nhận:\n{bullet} Như trên;\n{bullet} Thường trực Tỉnh ủy (b/c);\n{bullet} Lưu: VT.\nKT. CHỦ TỊCH\n"
        assert _names(body) == [
            ("Sở Y tế tỉnh Quảng Nam", None),
            ("Thường trực Tỉnh ủy Quảng Nam", "báo cáo"),
            ("Lưu: VT", "lưu"),
        ], bullet
    # Numbered lines are not read as unmarked items: their numbers would stay in the names. (A list
    # numbered from its first item on is read without its numbers: test_quality18_recipient_blocks.)
    assert _names(LETTER + "Nơi nhận:\n1. Sở Tài chính (b/c);\n2. Sở Nội vụ;\n") == [
        ("Sở Tài chính tỉnh Quảng Nam", "báo cáo"),
        ("Sở Nội vụ tỉnh Quảng Nam", None),
    ]


def test_a_gap_inside_an_item_is_no_column():
    # A justified or OCR copy leaves three spaces inside an item: the piece after them ends the item.
    assert _left("- Thường trực   Tỉnh ủy (b/c);") == "- Thường trực Tỉnh ủy (b/c);"
    assert _left("- Sở Y tế    (b/c);") == "- Sở Y tế (b/c);"
    # The signature column beside an item stays out.
    assert _left("- Như trên;        PHÓ CHỦ TỊCH") == "- Như trên;"
    assert _left("- UBND các huyện, thị xã,          Nguyễn Văn Sơn") == "- UBND các huyện, thị xã,"
    assert _left("Nơi nhận:      KT. CHỦ TỊCH") == "Nơi nhận:"


def test_a_whole_signature_between_two_items():
    # A copy read in blocks: the whole signature (five lines, blank lines between) inside the list.
    body = LETTER + (
        "Nơi nhận:\n- Như trên;\n- Thường trực Tỉnh ủy (b/c);\n- Thường trực HĐND tỉnh (b/c);\nTM. ỦY BAN NHÂN DÂN\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\n\nNguyễn Hồng Quang\n- Các Sở, ban, ngành;\n- Lưu: VT, KGVX.\n"
    )
    assert _names(body) == EXPECTED
    # After the archive the list is over: an appendix's list after the signature is no recipient.
    body = LETTER + (
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, KGVX.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Hồng Quang\n"
        "PHỤ LỤC\n- Danh sách các cơ sở;\n- Biểu mẫu báo cáo.\n"
    )
    assert _names(body) == [("Sở Y tế tỉnh Quảng Nam", None), ("Lưu: VT, KGVX", "lưu")]
    body = body.replace("PHỤ LỤC\n", "")
    assert _names(body) == [("Sở Y tế tỉnh Quảng Nam", None), ("Lưu: VT, KGVX", "lưu")]


def test_addressees_parted_by_commas_over_two_lines():
    text = "V/v phòng chống dịch\nKính gửi: Sở Y tế, Sở Tài chính,\n          Sở Nội vụ, UBND các huyện.\nThực hiện Công văn số 12,\n"
    assert _addressees(make_text(text)) == ["Sở Y tế, Sở Tài chính", "Sở Nội vụ, UBND các huyện"]
    # The body's first sentence after an open list is no addressee.
    text = "Kính gửi: Sở Y tế, Sở Tài chính,\nThực hiện Công văn số 12 của Bộ Y tế, UBND tỉnh đề nghị:\n"
    assert _addressees(make_text(text)) == ["Sở Y tế, Sở Tài chính"]


def test_ocr_misreadings_of_the_heading():
    for heading in ("Noi nhận:", "Nơi nhân:"):
        assert _names(LETTER + f"{heading}\n- Như trên;\n- Lưu: VT.\n") == [("Sở Y tế tỉnh Quảng Nam", None), ("Lưu: VT", "lưu")]
    assert HEADING.match("Nơi nhân dân") is None  # no colon: no heading


def test_ocr_misreadings_of_kinh_gui():
    for heading in ("Kinh gửi:", "Kính gủi:", "KÍNH GỬI:", "Kính gưi:"):
        assert _addressees(make_text(f"V/v phòng chống dịch\n{heading} Sở Y tế.\nNội dung.\n")) == ["Sở Y tế"], heading
