"""Nơi nhận, round 18 (second part): one heading pattern for the signature's reader and the recipients'
reader, a page's running header between the items, lists written on one line without end marks,
a body followed by its parent's code, numbered items, a signer's name that is also a place's.
Fragments written in the style of the provincial letters and decisions surveyed."""

from __future__ import annotations

from vanban.loaders import header as header_module
from vanban.loaders import recipients
from vanban.loaders.header import read_signer
from vanban.loaders.recipients import find_recipients
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


def _names(body: str, header: Header = QUANG_NAM) -> list[tuple[str, str | None]]:
    return [(r.name, r.purpose) for r in bodies_named(find_recipients(make_text(body), header))]


# A decision publishing administrative procedures, its appendix after the signature: each procedure's
# "Nơi nhận hồ sơ:" and "Nơi nhận kết quả:" fields.
PROCEDURES = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 999/QĐ-UBND\nQuảng Nam, ngày 12 tháng 5 năm 2024\n"
    "QUYẾT ĐỊNH\nVề việc công bố Danh mục thủ tục hành chính lĩnh vực y tế\nQUYẾT ĐỊNH:\n"
    "Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính.\n"
    "Điều 2. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Y tế và các tổ chức, cá nhân có liên quan chịu trách "
    "nhiệm thi hành Quyết định này./.\n"
    "Nơi nhận:\n- Như Điều 2;\n- Cục Kiểm soát TTHC;\n- Lưu: VT, KSTTHC.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Tân\n"
    + "".join(
        f"PHỤ LỤC\n{k}. Thủ tục cấp giấy phép hoạt động số {k}\nTrình tự thực hiện: nộp hồ sơ\n"
        "Nơi nhận hồ sơ: Trung tâm Phục vụ hành chính công tỉnh\nThời hạn giải quyết: 15 ngày làm việc\n"
        "Cơ quan thực hiện: GIÁM ĐỐC SỞ Y TẾ\nNơi nhận kết quả: Bộ phận một cửa\n"
        for k in range(1, 12)
    )
)


def test_one_heading_pattern_for_the_signature_and_the_recipients():
    # The signature's reader looked for its window from the last "Nơi nhận" line: the appendix's "Nơi
    # nhận kết quả:" hid the real block, and no signer was read (None).
    signer = read_signer(make_text(PROCEDURES))
    assert signer is not None and signer.name == "Trần Văn Tân" and signer.position == "Phó Chủ tịch"
    assert recipients.HEADING is header_module.NOI_NHAN
    assert _names(PROCEDURES)[-1] == ("Lưu: VT, KSTTHC", "lưu")
    for line in ("Nơi nhận hồ sơ: Trung tâm Phục vụ hành chính công", "Nơi nhận kết quả: Bộ phận một cửa"):
        assert header_module.NOI_NHAN.match(line) is None
    for line in ("Nơi nhận:", "| *Nơi nhận:* |", "NƠI NHẬN:", "# Nơi nhận:", "Nơi nhận      KT. CHỦ TỊCH", "Noi nhận:"):
        assert header_module.NOI_NHAN.match(line), line


def test_signature_beside_a_heading_in_capitals():
    # "NƠI NHẬN:" above the last lines: the signature beside it is read from its line.
    body = LETTER + "NƠI NHẬN:      KT. CHỦ TỊCH\n- Như trên;    PHÓ CHỦ TỊCH\n- Lưu: VT.\n\n     Trần Văn Tân\n" + (
        "Ghi chú: phụ lục kèm theo.\n" * 40
    )
    signer = read_signer(make_text(body))
    assert signer is not None and signer.name == "Trần Văn Tân"


EXPECTED = [
    ("Sở Y tế tỉnh Quảng Nam", None),
    ("Thường trực Tỉnh ủy Quảng Nam", "báo cáo"),
    ("Sở Tài chính tỉnh Quảng Nam", None),
    ("Lưu: VT, KGVX", "lưu"),
]


def test_a_pages_running_header_between_items():
    # A PDF copy keeps each page's top: the issuer's name (seven words), the motto, a page number.
    # Before, the list ended at the long line and lost "Sở Tài chính" and the archive.
    for top in (
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
        "UBND TỈNH QUẢNG NAM        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n",
        "Trang 3/4\nỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n",
    ):
        body = LETTER + f"Nơi nhận:\n- Như trên;\n- Thường trực Tỉnh ủy (b/c);\n{top}- Sở Tài chính;\n- Lưu: VT, KGVX.\n"
        assert _names(body) == EXPECTED, top
    # A department's copy heads its pages with its parent's name.
    department = Header(issuer="Sở Y tế tỉnh Quảng Nam", issuer_parent="Ủy ban nhân dân tỉnh Quảng Nam", province="Quảng Nam")
    body = "Nơi nhận:\n- Thường trực Tỉnh ủy (b/c);\nỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n- Sở Tài chính;\n- Lưu: VT, KGVX.\n"
    assert [n for n, _ in _names(body, department)][-1] == "Lưu: VT, KGVX"
    # Another province's committee is no page top of this document's.
    body = body.replace("QUẢNG NAM", "QUẢNG NGÃI")
    assert [n for n, _ in _names(body, department)] == ["Thường trực Tỉnh ủy Quảng Nam"]


def test_a_long_title_or_a_new_document_still_ends_the_list():
    # A line in capitals that is not the page's top ends the list, as before.
    body = LETTER + "Nơi nhận:\n- Như trên;\n- Thường trực Tỉnh ủy (b/c);\nDANH SÁCH CÁC ĐƠN VỊ ĐƯỢC PHÂN CÔNG THỰC HIỆN\n- Sở Tài chính;\n"
    assert _names(body) == EXPECTED[:2]
    # After the signature, the issuer's name and the motto open an attached document: its items are not read.
    body = LETTER + (
        "Nơi nhận:\n- Như trên;\n- Thường trực Tỉnh ủy (b/c);\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Tân\n"
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\n"
        "- Sở Tài chính;\n- Lưu: VT.\n"
    )
    assert _names(body) == EXPECTED[:2]


def test_numbered_items_read_without_their_numbers():
    # Before, a numbered list gave nothing (its numbers were no list marks, and kept out of the names).
    body = LETTER + "Nơi nhận:\n1. Như trên;\n2. Thường trực Tỉnh ủy (b/c);\n3) Sở Tài chính;\n4.Lưu: VT, KGVX.\nKT. CHỦ TỊCH\n"
    assert _names(body) == EXPECTED
    # The first item on the heading's line; the signature's lines between two items.
    body = LETTER + (
        "Nơi nhận: 1. Như trên;\n2. Thường trực Tỉnh ủy (b/c);\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
        "3. Sở Tài chính;\n4. Lưu: VT, KGVX.\n"
    )
    assert _names(body) == EXPECTED


def test_numbers_out_of_sequence_are_no_items():
    # A list not numbered from "1." on, or a number out of its order, is not read as a numbered list.
    assert _names(LETTER + "Nơi nhận:\n2. Sở Tài chính;\n3. Sở Nội vụ;\n") == []
    body = LETTER + "Nơi nhận:\n1. Như trên;\n2. Thường trực Tỉnh ủy (b/c);\n5. Sở Tài chính;\n"
    assert _names(body) == EXPECTED[:2]
    # After a list with dashes, a numbered line is an appendix's point, not an item.
    body = LETTER + "Nơi nhận:\n- Như trên;\n- Thường trực Tỉnh ủy (b/c);\n1. Sở Tài chính;\n"
    assert _names(body) == EXPECTED[:2]


def test_a_signers_name_that_names_a_place_too():
    # "Đào Mỹ" is a commune's name too: kept as a recipient before, after the last item.
    body = LETTER + (
        "Nơi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH\n- Thường trực Tỉnh ủy (b/c);\n- Sở Tài chính;\n"
        "- Lưu: VT, KGVX; Đào Mỹ\n"
    )
    assert _names(body) == EXPECTED
    body = LETTER + "Nơi nhận:\n- Như trên;\n- Thường trực Tỉnh ủy (b/c);\n- Sở Tài chính; Đào Mỹ\n- Lưu: VT, KGVX.\n"
    # No title merged above: the name the signature gives tells it.
    from vanban.loaders.records import Signer

    signed = QUANG_NAM.model_copy(update={"signer": Signer(name="Đào Mỹ")})
    assert _names(body, signed) == EXPECTED
    assert _names(body.replace("Đào Mỹ", "ĐÀO MỸ"), signed) == EXPECTED
    # Without either, a place's name after an item stays (it may be the item's words).
    assert ("Đào Mỹ", None) in _names(body)


def test_a_place_after_an_item_stays_without_a_signature_above():
    body = LETTER + "Nơi nhận:\n- Như trên;\n- Sở Tài chính; Thái Bình\n- Lưu: VT, KGVX.\n"
    assert ("Thái Bình", None) in _names(body)
    # A body after the title stays whatever: "Báo Thái Bình".
    body = LETTER + "Nơi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH\n- Sở Tài chính; Báo Thái Bình\n- Lưu: VT, KGVX.\n"
    assert ("Báo Thái Bình", None) in _names(body)


def test_a_department_then_its_parents_code_is_one_body():
    # Before: "Cục Kiểm soát thủ tục hành chính" and an extra "Văn phòng Chính phủ".
    body = LETTER + "Nơi nhận:\n- Như trên;\n- Cục Kiểm soát TTHC, VPCP;\n- Cục Kiểm tra VBQPPL, BTP;\n- Lưu: VT, KGVX.\n"
    assert _names(body) == [
        ("Sở Y tế tỉnh Quảng Nam", None),
        ("Cục Kiểm soát thủ tục hành chính, Văn phòng Chính phủ", None),
        ("Cục Kiểm tra văn bản quy phạm pháp luật, Bộ Tư pháp", None),
        ("Lưu: VT, KGVX", "lưu"),
    ]
    # Two bodies of their own stay two: a ministry's department and a province's, the office itself.
    assert recipients._split("Cục Quản lý Dược, Sở Y tế") == ["Cục Quản lý Dược", "Sở Y tế"]
    assert recipients._split("Văn phòng Chính phủ, Bộ Tư pháp") == ["Văn phòng Chính phủ", "Bộ Tư pháp"]
    assert recipients._split("Bộ Y tế, VPCP") == ["Bộ Y tế", "VPCP"]


def test_a_list_joined_on_one_line_without_end_marks():
    # A copy that joined the block's lines: the items parted by their dashes only. Before, the line was
    # one "Như trên …" item: only the addressees were read.
    want = [
        ("Sở Y tế tỉnh Quảng Nam", None),
        ("Ủy ban nhân dân các huyện", None),
        ("Đài Phát thanh - Truyền hình tỉnh Quảng Nam", None),
        ("Lưu VT", "lưu"),
    ]
    assert _names(LETTER + "Nơi nhận: - Như trên - Sở Y tế - UBND các huyện - Đài PT-TH tỉnh - Lưu VT\n") == want
    assert _names(LETTER + "Nơi nhận: Như trên - Sở Y tế - UBND các huyện - Đài PT-TH tỉnh - Lưu VT\n") == want
    assert _names(LETTER + "Nơi nhận:\n- Như trên - Sở Y tế - UBND các huyện - Đài PT-TH tỉnh - Lưu VT\n") == want
    # Parted by commas only, the same.
    assert _names(LETTER + "Nơi nhận: Như trên, Sở Y tế, UBND các huyện, Đài PT-TH tỉnh, Lưu VT\n") == want


def test_a_dash_inside_a_name_keeps_the_line_whole():
    assert recipients._dashed_items("Như trên - Sở Y tế - Lưu VT") == ["Như trên", "Sở Y tế", "Lưu VT"]
    # A piece that names no body: the dash is a name's ("Đài Phát thanh - Truyền hình tỉnh").
    line = "Như trên - Sở Y tế - Đài Phát thanh - Truyền hình tỉnh - Lưu VT"
    assert recipients._dashed_items(line) == [line]
    # Without a reference or an archive, a body and its parent stay one.
    assert recipients._dashed_items("Cục Kiểm tra VBQPPL - Bộ Tư pháp") == ["Cục Kiểm tra VBQPPL - Bộ Tư pháp"]
    assert recipients._dashed_items("Sở Y tế - để thực hiện") == ["Sở Y tế - để thực hiện"]


def test_a_block_without_list_marks_nor_end_marks():
    # Each item on a line of its own, no mark at all: before, nothing was read after the heading.
    body = LETTER + "Nơi nhận:\nNhư trên\nSở Tài chính\nChủ tịch UBND các huyện\nLưu VT\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"
    want = [
        ("Sở Y tế tỉnh Quảng Nam", None),
        ("Sở Tài chính tỉnh Quảng Nam", None),
        ("Chủ tịch Ủy ban nhân dân các huyện", None),
        ("Lưu VT", "lưu"),
    ]
    assert _names(body) == want
    assert _names(body.replace("Nơi nhận:\nNhư trên", "Nơi nhận: Như trên")) == want
    # Only when the reference opens it; a line that names no body ends it.
    assert _names(LETTER + "Nơi nhận:\nSở Tài chính\nLưu VT\n") == []
    body = LETTER + "Nơi nhận:\nNhư trên\nSở Tài chính\nNguyễn Văn An\nSở Nội vụ\n"
    assert _names(body) == want[:2]


def test_an_articles_bodies_are_recipients_only_through_the_block():
    # The gold's convention: one entry per body of Nơi nhận. The bodies a decision's last article
    # charges are read when the block refers to it ("Như Điều 3"), not otherwise.
    decision = (
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành Kế hoạch.\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\n"
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Y tế, Chủ tịch UBND các huyện, thị xã, thành phố "
        "chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    assert _names(decision + "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n") == [
        ("Chánh Văn phòng Ủy ban nhân dân tỉnh", None),
        ("Giám đốc Sở Y tế tỉnh Quảng Nam", None),
        ("Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố", None),
        ("Lưu: VT", "lưu"),
    ]
    assert _names(decision + "Nơi nhận:\n- Bộ Y tế;\n- Lưu: VT.\n") == [("Bộ Y tế", None), ("Lưu: VT", "lưu")]


def test_an_offices_codes_going_on_in_capitals_after_a_comma():
    # A Hà Nội decision's block: the office's units go on on the next line in capitals. Before, the
    # list ended there (a line in capitals) and the archive was lost.
    city = Header(issuer="Ủy ban nhân dân thành phố Hà Nội", province="Hà Nội")
    body = (
        "*Nơi nhận:*\n- Như Điều 3;\n- Các báo, đài Thành phố;\n- VPUB: CVP, các PCVP, KTN, KTTH, KGVX,\n"
        "  ĐT, TNMT, HH, TTTTDTTTP;\n- Lưu: VT, KTN (Văn).\n\n      **TM. ỦY BAN NHÂN DÂN**\n      **KT. CHỦ TỊCH**\n"
    )
    assert _names(body, city)[-1] == ("Lưu: VT, KTN (Văn)", "lưu")
    assert recipients.CODE_LIST.match("ĐT, TNMT, HH, TTTTDTTTP;")
    assert recipients.CODE_LIST.match("PHÓ CHỦ TỊCH") is None and recipients.CODE_LIST.match("KT. CHỦ TỊCH") is None
