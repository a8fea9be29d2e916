"""Letters and decisions, round 24: what a Công văn's "Kính gửi:" names when a legal library's copy breaks it (the
heading's words cut by bold marks, a company alone on the line under the heading, a name wrapped above its address,
a place's last word alone on a line); a Cục's own codes in its Nơi nhận ("Website CT", "PCTr. …"). Fragments quoted
from real documents: Công văn 5662/CT-CS, 5680/CT-CS and 5526/CT-CS of the Cục Thuế, 39712/CHQ-GSQL of the Cục Hải
quan, 3257/TNI-QLDN1 of Thuế tỉnh Tây Ninh, 1539/VLO-QLDN3 of Thuế tỉnh Vĩnh Long, 17986/BTC-CT of Bộ Tài chính
(tnt305/tai_lieu_noi_bo). Also a letter's numbered items that quote a rule (no tasks), the articles of a decision that
charge bodies, and the issuer of a decision its body's head enacts in his own name (QĐ 1627/QĐ-UBND of Chủ tịch UBND tỉnh
Quảng Ngãi, QĐ 3891/QĐ-BTC of Bộ trưởng Bộ Tài chính): him, under his body, as the decision's annex names him."""

from __future__ import annotations

from vanban.graph.build import build_graph, prepare
from vanban.loaders.extract import extract
from vanban.loaders.read import read_bytes
from vanban.loaders.recipients import find_recipients
from vanban.loaders.records import Header
from vanban.loaders.tasks import find_tasks
from vanban.loaders.text import make_text

TAX_DEPARTMENT = Header(doc_type="Công văn", number="5662", symbol="CT-CS", issuer="Cục Thuế", issuer_parent="Bộ Tài chính")

# Công văn 5662/CT-CS of the Cục Thuế: a place's last word alone on a line, then a second addressee above its address.
LETTER_5662 = (
    "|\n|\n**Kính gửi:**\n|\n- Thuế thành phố Hải\nPhòng\n- Công ty BOT TNHH Điện lực Jaks Hải Dương.\n(Địa\n"
    "chỉ: *thôn Thái Mông, xã Nam An Phụ, thành phố Hải Phòng)*\n|\n"
    "Cục Thuế nhận được công văn số 4814/CCTKV.05-TTKT3 ngày 30/06/2025 của Chi Cục Thuế\n"
    "Khu vực V (nay là Thuế thành phố Hải Phòng).\n"
    "Cục Thuế trả lời để Thuế thành phố Hải\nPhòng được biết./.\n|\n"
    "Nơi nhận:\n- Như trên;\n- PCTr Đặng Ngọc Minh (để b/c);\n- Ban PC-CT;\n- Website CT;\n- Lưu VT, CS (3b)\n|\n"
    "**TL. CỤC TRƯỞNG**\nKT. TRƯỞNG BAN BAN CHÍNH SÁCH,\nTHUẾ QUỐC TẾ\nPHÓ TRƯỞNG BAN\nMạnh Thị Tuyết Mai\n"
)


def names(text: str, header: Header) -> list[tuple[str, str | None]]:
    return [(r.name, r.purpose) for r in find_recipients(make_text(text), header)]


def test_a_place_wrapped_after_its_first_word_and_the_addressee_above_its_address():
    got = names(LETTER_5662, TAX_DEPARTMENT)
    assert got[:3] == [
        ("Thuế thành phố Hải Phòng", None),
        ("Công ty BOT TNHH Điện lực Jaks Hải Dương", None),
        ("Như trên", None),
    ]


def test_the_departments_own_codes_in_its_recipient_lines():
    got = names(LETTER_5662, TAX_DEPARTMENT)
    # "PCTr" is the Cục's deputy head (no Phó Chủ tịch of a people's committee), "CT" the Cục Thuế, as its symbol
    # "CT-CS" writes it.
    assert ("Phó Cục trưởng Đặng Ngọc Minh", "báo cáo") in got
    assert ("Website Cục Thuế", None) in got
    # Công văn 5680/CT-CS: "PCT" and "(CT)".
    letter_5680 = (
        "**Kính gửi:** Ban Tuyên giáo và Dân vận Trung ương\n\nCục Thuế trả lời để Ban Tuyên giáo và Dân vận Trung ương"
        " được biết./.\n\n|\nNơi nhận:\n- Như trên;\n- PCT Đặng Ngọc Minh (để báo cáo);\n- Bộ KHCN;\n- Ban Pháp chế (CT);\n"
        "- Website CT;\n- Lưu VT, CS\n|\n**TL. CỤC TRƯỞNG**\n"
    )
    header = TAX_DEPARTMENT.model_copy(update={"number": "5680"})
    got = names(letter_5680, header)
    assert ("Phó Cục trưởng Đặng Ngọc Minh", "báo cáo") in got
    assert ("Ban Pháp chế (Cục Thuế)", None) in got
    assert ("Website Cục Thuế", None) in got


def test_codes_stay_when_the_symbol_does_not_prove_them_the_issuers():
    # A people's committee's "PCT" is its Phó Chủ tịch; "CT" in a Cục's letter whose symbol has other codes stays as written.
    committee = Header(issuer="Ủy ban nhân dân tỉnh Quảng Ngãi", province="Quảng Ngãi", symbol="QĐ-UBND")
    got = names("Nơi nhận:\n- Như Điều 2;\n- CT, các PCT UBND tỉnh;\n- Lưu: VT.\n", committee)
    assert got[1:3] == [("Chủ tịch Ủy ban nhân dân tỉnh", None), ("các Phó Chủ tịch Ủy ban nhân dân tỉnh", None)]
    customs = Header(issuer="Cục Hải quan", symbol="CHQ-GSQL")
    got = names("Nơi nhận:\n- Như trên;\n- Website CT;\n- PCT UBND tỉnh Lạng Sơn (để b/c);\n- Lưu: VT, GSQL.\n", customs)
    assert ("Website Cục Thuế", None) not in got
    # A people's committee's vice-chairman named with his committee in a Cục's letter stays his committee's.
    assert ("Phó Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "báo cáo") in got


def test_a_company_alone_under_the_heading():
    # Công văn of the Cục Thuế to a company (realdocs 72d08272): the heading alone, the company below, then its address.
    letter = (
        "**Kính gửi:**\nCông ty TNHH TKG Taekwang Cần Thơ\n\n*(Đ/C: KCN Hưng Phú 2B, P.Phú Thứ, Q. Cái Răng, TP. Cần Thơ)*\n\n"
        "Cục Thuế nhận được công văn số 0909/2025/TAEK/CT\nngày 9/9/2025 của Công ty TNHH TKG Taekwang Cần Thơ về việc nộp"
        " nghĩa vụ thuế\n\n*Nơi nhận:*\n- Như trên:\n- Thuế thành phố Cần Thơ;\n- Lưu VT, CS (3b).\n|\n**TL. CỤC TRƯỞNG**\n"
    )
    got = names(letter, Header(issuer="Cục Thuế"))
    assert got[:2] == [("Công ty TNHH TKG Taekwang Cần Thơ", None), ("Như trên", None)]
    # Công văn 3257/TNI-QLDN1 of Thuế tỉnh Tây Ninh: the heading broken after "Kính", the company's tax code and address
    # below it are no addressees.
    letter = (
        "|\n**Kính\ngửi:**\n|\nCông Ty TNHH Khuôn Mẫu Yong Hong;\nMã số thuế: 1102044417;\n"
        "Địa chỉ nhận thông báo: Lô A8-A9 Đường Số 01, Cụm Công Nghiệp Hải Sơn Đức Hòa\nĐông, Xã Mỹ Hạnh, tỉnh Tây Ninh.\n|\n"
        "Trả lời văn bản số\n01/CV-01 ngày 20/11/2025 của Công Ty TNHH Khuôn Mẫu Yong Hong (gọi tắt là Công\nty).\n"
        "*Nơi nhận:*\n- Như trên;\n- BLĐ Thuế tỉnh;\n- Lưu: VT, QLDN1, HDiem.\n|\n**KT.\nTRƯỞNG THUẾ TỈNH**\n"
    )
    got = names(letter, Header(issuer="Thuế tỉnh Tây Ninh", issuer_parent="Cục Thuế", province="Tây Ninh", symbol="TNI-QLDN1"))
    assert got[:2] == [("Công Ty TNHH Khuôn Mẫu Yong Hong", None), ("Như trên", None)]


def test_a_name_wrapped_onto_the_line_above_its_address():
    # Công văn 39712/CHQ-GSQL of the Cục Hải quan.
    letter = (
        "**Kính gửi:** Chi nhánh Công ty TNHH KGL\nViệt Nam tại TP. HCM.\n"
        "*(Đ/c: Tầng 5, Tòa nhà Thép Toàn Thắng, Số 8A-10A, Phường Tân Sơn Hòa, TP.\nHCM)*\n"
        "Trả lời công văn số 01/KGL\nngày 20/11/2025 của Chi nhánh Công ty TNHH KGL\nViệt Nam tại TP. HCM.\n"
        "|\n*Nơi nhận:*\n- Như trên;\n- Lưu: VT, GSQL.\n|\n**TL. CỤC TRƯỞNG**\n"
    )
    got = names(letter, Header(issuer="Cục Hải quan", issuer_parent="Bộ Tài chính", symbol="CHQ-GSQL"))
    assert got[0][0].startswith("Chi nhánh Công ty TNHH KGL Việt Nam tại")
    # The letter's first sentence, capitalised and short, has no address under it: no part of the addressee.
    letter = "**Kính gửi:** Sở Y tế\nThực hiện Công văn số 12/UBND.\nỦy ban nhân dân huyện đề nghị.\n"
    assert "Thực hiện" not in find_recipients(make_text(letter + "Nơi nhận:\n- Như trên;\n- Lưu VT.\n"), Header())[0].name


def test_the_heading_cut_by_bold_marks():
    # Công văn 17986/BTC-CT of Bộ Tài chính.
    letter = (
        "**Kính g****ửi****:** Ủy ban nhân dân các tỉnh, thành phố\ntrực thuộc Trung ương\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16\ntháng 6 năm 2025.\n"
        "Nơi nhận:\n- Như trên;\n- Lãnh đạo Bộ (để b/c);\n- Lưu: VT, CT (PC).\n"
    )
    got = names(letter, Header(issuer="Bộ Tài chính", symbol="BTC-CT"))
    assert got[0] == ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", None)


# --- Tasks: a letter's numbered items that quote a rule are no tasks. ---


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(t.section, t.text_start) for t in find_tasks(make_text(text), Header(doc_type="Công văn"))]


def test_a_quoted_rules_clause_after_a_term_quoted_inside_it():
    # Công văn 1539/VLO-QLDN3 of Thuế tỉnh Vĩnh Long quoting Nghị định 132/2020/NĐ-CP: "“bên liên kết”" closes a term,
    # not the rule's quotation.
    letter = (
        "Căn cứ khoản l, khoản 2 Điều 5\nNghị định số 132/2020/NĐ-CP ngày 05/11/2020 của Chính phủ, quy định:\n\n"
        "**“***Điều 5. Các bên có\nquan hệ liên kết*\n\n*1. Các bên có quan hệ liên kết\n(sau đây viết tắt là “bên liên kết”)"
        " là các* *bên có mối quan hệ thuộc một\ntrong các trường hợp:*\n\n*a) Một bên tham gia trực tiếp\nhoặc gián tiếp vào"
        " việc điều hành;*\n\n*2. Các bên liên kết tại khoản\n1 điều này được quy định cụ thể như sau:*\n\n*…g) Hai doanh"
        " nghiệp được điều\nhành bởi các cá nhân*.”\n\nThuế tỉnh Vĩnh Long trả lời để Công ty được biết./.\n"
    )
    assert _tasks(letter) == []


def test_a_clause_in_italics_under_the_quoted_articles_title():
    # Công văn 5662/CT-CS of the Cục Thuế quoting Luật Quản lý thuế without quotation marks.
    letter = (
        "- Tại điểm đ khoản 1 Điều\n116 Luật Quản lý thuế số 38/2019/QH14 ngày 13/6/2019 quy định:\n"
        "*Điều 116. Nhiệm vụ, quyền\nhạn của người ra quyết định thanh tra thuế*\n"
        "*1. Người ra quyết định thanh tra thuế có\ncác nhiệm vụ, quyền hạn sau đây:*\n*…*\n"
        "*đ) **Quyết định xử lý theo thẩm quyền\nhoặc kiến nghị người có thẩm quyền xử lý kết quả thanh tra;*\n"
        "Cục Thuế trả lời để Thuế thành phố Hải\nPhòng được biết./.\n"
    )
    assert _tasks(letter) == []
    # A letter's own items, in italics or not, under no quoted article's title, stay tasks.
    own = (
        "Cục Thuế đề nghị Thuế các tỉnh, thành phố thực hiện:\n"
        "*1. Rà soát, tổng hợp hồ sơ gia hạn nộp thuế của người nộp thuế bị thiệt hại.*\n"
        "2. Báo cáo kết quả về Cục Thuế trước ngày 15/12/2025.\n"
    )
    assert [s for s, _ in _tasks(own)] == ["1", "2"]


# --- Decisions: the articles that charge bodies. ---

# QĐ 2568/QĐ-UBND of UBND thành phố Cần Thơ (21/11/2025): an article's title broken after "Trách nhiệm", a holder's
# departments named whole after its colon, the decision's own items between its executing articles.
DECISION_2568 = (
    "**QUYẾT ĐỊNH:**\n**Điều 1. **Ủy quyền cho\nGiám đốc Sở Nông nghiệp và Môi trường tiếp nhận, thẩm định và giải quyết một số\n"
    "thủ tục hành chính thuộc lĩnh vực nông nghiệp và môi trường trên địa bàn thành\nphố Cần Thơ thuộc thẩm quyền của Ủy ban"
    " nhân dân thành phố.\n*(Đính kèm phụ lục chi tiết)*\n**Điều 2. **Thời hạn ủy\nquyền: Kể từ ngày Quyết định này có hiệu"
    " lực đến hết ngày 28 tháng 02 năm\n2027.\n**Điều 3. **Trách nhiệm\ncủa Giám đốc Sở Nông nghiệp và Môi trường\n"
    "1. Chịu trách nhiệm trước Ủy\nban nhân dân thành phố, cơ quan có thẩm quyền đối với nội dung được ủy quyền.\n"
    "2. Bố trí nhân lực và điều\nkiện cần thiết để thực hiện các nội dung được ủy quyền.\n"
    "**Điều 4. **Chánh Văn\nphòng Ủy ban nhân dân thành phố, Giám đốc: Sở Nông nghiệp và Môi trường, Sở Nội\n"
    "vụ; Chủ tịch Ủy ban nhân dân xã, phường, Thủ trưởng các cơ quan, đơn vị và các\ntổ chức, cá nhân có liên quan chịu"
    " trách nhiệm thi hành Quyết định này kể từ\nngày ký./.\n|\n*Nơi nhận:*\n- Như Điều 4;\n- Lưu: VT, CT.\n|\n"
    "**TM. ỦY BAN\nNHÂN DÂN**\nCHỦ TỊCH\n**Trương Cảnh Tuyên**\n"
)
CAN_THO = Header(doc_type="Quyết định", issuer="Ủy ban nhân dân thành phố Cần Thơ", province="Cần Thơ", symbol="QĐ-UBND")


def test_a_title_broken_after_trach_nhiem_names_the_holder_of_the_items():
    tasks = {t.section: t.assigned_to for t in find_tasks(make_text(DECISION_2568), CAN_THO)}
    assert tasks["Điều 3.1"] == tasks["Điều 3.2"] == ["Giám đốc Sở Nông nghiệp và Môi trường"]


def test_the_decisions_executing_articles_around_its_own_items_stay_tasks():
    tasks = {t.section: t.assigned_to for t in find_tasks(make_text(DECISION_2568), CAN_THO)}
    assert list(tasks) == ["Điều 1", "Điều 3.1", "Điều 3.2", "Điều 4"]
    # "Giám đốc: Sở …, Sở …": the holder of each department.
    assert tasks["Điều 4"][1:3] == ["Giám đốc Sở Nông nghiệp và Môi trường", "Giám đốc Sở Nội vụ"]


def test_as_article_with_a_holders_departments_named_whole():
    got = find_recipients(make_text(DECISION_2568), CAN_THO)
    assert got[0].name == "Như Điều 4"
    assert got[0].bodies[1:3] == [
        "Giám đốc Sở Nông nghiệp và Môi trường thành phố Cần Thơ",
        "Giám đốc Sở Nội vụ thành phố Cần Thơ",
    ]


def test_as_article_whose_head_is_wrapped_after_its_word():
    # QĐ 84/2025/QĐ-UBND of UBND tỉnh Bắc Ninh: "**Điều" / "14: Trách nhiệm thi hành**"; "cơ quan, tổ chức, đơn vị" is the
    # group a head is named for, no parties in general.
    decision = (
        "**Điều\n13. Điều khoản thi hành**\n\n1. Quyết định này có hiệu lực\nkể từ ngày 10 tháng 12 năm 2025.\n\n"
        "**Điều\n14: Trách nhiệm thi hành**\n\nThủ trưởng các cơ quan, tổ\nchức, đơn vị thuộc phạm vi quản lý của tỉnh Bắc"
        " Ninh, các cơ quan Trung ương\ntrên địa bàn tỉnh và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi\n"
        "hành Quyết định này./.\n\n\n|\n*Nơi nhận:*\n- Như Điều 14;\n- Vụ Pháp chế - Bộ Tài chính (b/c);\n- Lưu: VT.\n|\n"
        "**TM. ỦY BAN\nNHÂN DÂN**\n"
    )
    header = Header(doc_type="Quyết định", issuer="Ủy ban nhân dân tỉnh Bắc Ninh", province="Bắc Ninh")
    got = find_recipients(make_text(decision), header)
    assert got[0].name == "Như Điều 14"
    assert got[0].bodies[0] == "Thủ trưởng các cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý của tỉnh Bắc Ninh"


# --- The issuer of a decision its body's head enacts in his own name. ---

# QĐ 1627/QĐ-UBND of Chủ tịch UBND tỉnh Quảng Ngãi (21/11/2025), its header, authority line and Nơi nhận.
QUANG_NGAI_1627 = """|
**ỦY BAN NHÂN DÂN**
TỈNH QUẢNG NGÃI
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 1627/QĐ-UBND
|
*Quảng Ngãi, ngày
21 tháng 11 năm 2025*
|

**QUYẾT ĐỊNH**

VỀ VIỆC BAN HÀNH KẾ HOẠCH KIỂM KÊ TÀI SẢN CÔNG TẠI CƠ QUAN, TỔ
CHỨC, ĐƠN VỊ THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH QUẢNG NGÃI

**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI**

*Căn
cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025*

**QUYẾT ĐỊNH:**

**Điều 1.**** **Ban hành kèm theo Quyết định này Kế
hoạch triển khai thực hiện Tổng kiểm kê tài sản công.

**Điều 2.**** **Giám đốc Sở Tài chính; Thủ trưởng
các sở, ban, ngành, đơn vị trực thuộc Ủy ban nhân dân tỉnh chịu
trách nhiệm thi hành Quyết định này./.

|
Nơi nhận:
- Như Điều 2;
- Bộ Tài chính;
- Các PCT UBND tỉnh;
- VPUB: + CVP, các PCVP (đ/b);
- Lưu: VT, KTTHVTD.
|
**KT. CHỦ TỊCH**
PHÓ CHỦ TỊCH
Nguyễn Ngọc Sâm
|
"""


def _record(text: str, name: str):
    t = read_bytes(text.encode("utf-8"), name=name)
    return extract(t), t


def test_a_decision_its_head_enacts_is_issued_by_the_body():
    # The seeds' convention (issuers are bodies, ../shared/gold/seeds/README.md): a decision whose authority line names
    # the head ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI") is the body's, numbered in its series (QĐ-UBND); its Nơi
    # nhận's own units are the committee's.
    record, _ = _record(QUANG_NGAI_1627, "1627.md")
    assert (record.document.issuer, record.document.issuer_parent) == ("Ủy ban nhân dân tỉnh Quảng Ngãi", None)
    assert [r.name for r in record.recipients][2] == "Các Phó Chủ tịch Ủy ban nhân dân tỉnh"
    # A minister's decision likewise (QĐ 3891/QĐ-BTC, "BỘ TRƯỞNG BỘ TÀI CHÍNH").
    minister = QUANG_NGAI_1627.replace("**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI**", "**BỘ TRƯỞNG BỘ TÀI CHÍNH**").replace(
        "**ỦY BAN NHÂN DÂN**\nTỈNH QUẢNG NGÃI", "**BỘ TÀI CHÍNH**").replace("1627/QĐ-UBND", "3891/QĐ-BTC")
    record, _ = _record(minister, "3891.md")
    assert (record.document.issuer, record.document.issuer_parent) == ("Bộ Tài chính", None)


def test_the_graph_keys_the_heads_decision_in_the_bodys_series():
    g = build_graph([prepare(*_record(QUANG_NGAI_1627, "1627.md"))])
    doc = "Quyết định 1627/QĐ-UBND 2025 Ủy ban nhân dân tỉnh Quảng Ngãi"
    issuers = {v for _, v, d in g.out_edges(doc, data=True) if d["type"] == "ISSUED_BY"}
    assert issuers == {"Ủy ban nhân dân tỉnh Quảng Ngãi"}
    orgs = {k for k, d in g.nodes(data=True) if d["kind"] == "Organization"}
    assert not any("(Chủ tịch" in k for k in orgs)  # "Các Phó Chủ tịch …" are the committee's


def test_a_remark_in_brackets_on_its_own_line_does_not_end_the_block():
    # Công văn 6356/UBND-NNMT of UBND thành phố Hà Nội.
    block = (
        "|\n*Nơi nhận:*\n- Như trên;\n- Thường trực Thành ủy (để b/cáo)\n"
        "- Các cơ sở sản xuất kinh doanh, dịch vụ có xả thải ra môi trường;\n(Giao UBND các xã, phường thông tin và gửi)\n"
        "- VPUBTP: CVP, các PCVP;\n- Lưu: VT, NMMT D.V. Tịnh.\n|\n**TM. ỦY BAN\nNHÂN DÂN**\n"
    )
    got = names(block, Header(issuer="Ủy ban nhân dân thành phố Hà Nội", province="Hà Nội"))
    assert got[2] == ("Các cơ sở sản xuất kinh doanh, dịch vụ có xả thải ra môi trường", None)
    assert got[-1] == ("Lưu: VT, NMMT D.V. Tịnh", "lưu")
    assert len(got) > 4 and not any("Giao" in n for n, _ in got)


def test_the_prime_ministers_deputies_as_a_ministry_writes_them():
    # QĐ 3891/QĐ-BTC: "Thủ tướng Chính phủ; các Phó TTCP;".
    got = names("Nơi nhận:\n- Như Điều 3;\n- Thủ tướng Chính phủ; các Phó TTCP;\n- Lưu: VT, CHQ (47).\n", Header(issuer="Bộ Tài chính"))
    assert got[1:3] == [("Thủ tướng Chính phủ", None), ("các Phó Thủ tướng Chính phủ", None)]


def test_an_article_titled_with_the_body_it_charges():
    # QĐ 53/2025/QĐ-UBND of UBND tỉnh Cao Bằng: "Điều 2. Sở Giáo dục và Đào tạo" gives the Sở its duties; an organ's article
    # whose clauses name their own doers ("Điều 7. Ban Kiểm soát" / "1. Ban Kiểm soát gồm …") is no such list.
    decision = (
        "**Điều 1. Phạm vi điều\nchỉnh và đối tượng áp dụng**\n1. Quyết định này quy\nđịnh việc phân cấp.\n"
        "**Điều 2. Sở Giáo dục\nvà Đào tạo**\n1. Chủ trì thực hiện\ntuyển dụng, tiếp nhận, điều động đội ngũ nhà giáo.\n"
        "2. Chủ trì thực hiện\nquản lý, sử dụng, đánh giá đội ngũ nhà giáo.\n"
        "**Điều 3. Tổ chức thực\nhiện**\n1. Sở Giáo dục và Đào\ntạo có trách nhiệm định kỳ báo cáo Ủy ban nhân dân tỉnh.\n"
    )
    header = Header(doc_type="Quyết định", issuer="Ủy ban nhân dân tỉnh Cao Bằng", province="Cao Bằng")
    tasks = {t.section: t.assigned_to for t in find_tasks(make_text(decision), header)}
    assert tasks["Điều 2.1"] == tasks["Điều 2.2"] == ["Sở Giáo dục và Đào tạo"]
    organ = decision.replace("Sở Giáo dục\nvà Đào tạo**\n1. Chủ trì thực hiện\n", "Ban Kiểm soát**\n1. Ban Kiểm soát gồm\n")
    assert "Điều 2.1" not in {t.section for t in find_tasks(make_text(organ), header)}


def test_a_sub_committee_named_by_a_letters_item():
    # Công văn 6225/BVHTTDL-VP of Bộ VHTTDL: "**2. Tiểu ban giúp việc Ban Chỉ đạo 934**" / "- Thực hiện phân công …".
    letter = (
        "Bộ Văn hóa, Thể thao và Du lịch yêu cầu:\n**1. Vụ Tổ chức cán bộ**\n- Quán triệt, hướng dẫn các cơ quan, đơn vị.\n"
        "**2. Tiểu ban giúp việc Ban Chỉ đạo 934**\n- Thực\nhiện phân công nhiệm vụ kịp thời cho các cơ quan, đơn vị.\n"
    )
    tasks = {t.section: t.assigned_to for t in find_tasks(make_text(letter), Header(doc_type="Công văn"))}
    assert tasks["2"] == ["Tiểu ban giúp việc Ban Chỉ đạo 934"]


def test_a_type_line_and_an_authority_line_wrapped_after_their_first_word():
    # QĐ 3361/QĐ-BCT of Bộ trưởng Bộ Công Thương, as a legal library's copy wraps them: "**QUYẾT" / "ĐỊNH**", "**BỘ" /
    # "TRƯỞNG BỘ CÔNG THƯƠNG**".
    decision = (
        "|\n**BỘ CÔNG\nTHƯƠNG**\n-------\n|\n**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n"
        "---------------\n|\n|\nSố: 3361/QĐ-BCT\n|\n*Hà Nội, ngày\n18 tháng 11 năm 2025*\n|\n\n** **\n\n**QUYẾT\nĐỊNH**\n\n"
        "VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ\nSUNG BAN HÀNH TRONG LĨNH VỰC XUẤT NHẬP KHẨU THUỘC PHẠM VI CHỨC NĂNG"
        " QUẢN LÝ CỦA\nBỘ CÔNG THƯƠNG\n\n**BỘ\nTRƯỞNG BỘ CÔNG THƯƠNG**\n\n*Căn cứ Nghị\nđịnh số 40/2025/NĐ-CP ngày 26 tháng 02"
        " năm 2025 của Chính phủ;*\n\n**QUYẾT\nĐỊNH:**\n\n**Điều 1.**** **Công\nbố thủ tục hành chính.\n"
    )
    record, _ = _record(decision, "3361.md")
    assert record.document.title.startswith("VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH")
    assert (record.document.issuer, record.document.issuer_parent) == ("Bộ Công Thương", None)
