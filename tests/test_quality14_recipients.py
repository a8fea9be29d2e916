"""Nơi nhận, round 14: "Như Điều 3" read as the bodies the article charges with the decision
(the last round left it unread). Fragments from the corpus (046, 047, 062) and written in the style
of the provincial decisions surveyed (a legal library's copy that runs the block on one line)."""

from __future__ import annotations

from vanban.loaders.header import read_header
from vanban.loaders.recipients import _charged, find_recipients
from vanban.loaders.recipients import bodies_named
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

QUANG_NGAI = Header(issuer="Ủy ban nhân dân tỉnh Quảng Ngãi", province="Quảng Ngãi")


def _names(body: str, header: Header) -> list[tuple[str, str | None]]:
    return [(r.name, r.purpose) for r in bodies_named(find_recipients(make_text(body), header))]


def test_as_article_names_the_bodies_it_charges():
    # corpus 047 (QĐ Quảng Ngãi), the article as written, its lines wrapped.
    body = (
        "QUYẾT ĐỊNH:\n**Điều 1.**** **Ban hành kèm theo Quyết định này Kế hoạch.\n\n"
        "**Điều 2.**** **Giám đốc Sở Tài chính; Thủ trưởng\n"
        "các sở, ban, ngành, đơn vị trực thuộc Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban\n"
        "nhân dân các xã, phường, đặc khu Lý Sơn và các thành viên Ban Chỉ đạo tỉnh chịu\n"
        "trách nhiệm thi hành Quyết định này./.\n\n|\n"
        "Nơi nhận:\n- Như Điều 2;\n- Bộ Tài chính;\n- Lưu: VT, KTTH.\n"
    )
    assert _names(body, QUANG_NGAI) == [
        ("Giám đốc Sở Tài chính tỉnh Quảng Ngãi", None),
        ("Thủ trưởng các sở, ban, ngành, đơn vị trực thuộc Ủy ban nhân dân tỉnh", None),
        ("Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu Lý Sơn", None),
        ("các thành viên Ban Chỉ đạo tỉnh Quảng Ngãi", None),
        ("Bộ Tài chính", None),
        ("Lưu: VT, KTTH", "lưu"),
    ]


def test_article_of_a_block_run_on_one_line_and_its_general_parties():
    # A legal library's copy: the Nơi nhận block on one line; "các tổ chức và cá nhân có liên quan"
    # is nobody in particular.
    text = make_text(
        "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
        "Số: 1680/QĐ-UBND\nNam Định, ngày 27 tháng 07 năm 2017\nQUYẾT ĐỊNH\nV/V CÔNG BỐ DANH MỤC VĂN BẢN HẾT HIỆU LỰC\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Công bố Danh mục (có Danh mục kèm theo).\nĐiều 2. Quyết định có hiệu lực thi hành kể từ ngày ký.\n"
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tư pháp, Giám đốc, Thủ trưởng các sở, ban, ngành trong tỉnh; "
        "Chủ tịch UBND các huyện và thành phố Nam Định; các tổ chức và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.\n"
        "Nơi nhận: - Bộ Tư pháp; - Như Điều 3; - Công báo tỉnh; - Lưu VP1, VP6, VP8.\n"
        "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH     Phạm Đình Nghị\n"
    )
    names = [r.name for r in bodies_named(find_recipients(text, read_header(text)))]
    assert names[:2] == ["Bộ Tư pháp", "Chánh Văn phòng Ủy ban nhân dân tỉnh"]
    assert "Giám đốc Sở Tư pháp tỉnh Nam Định" in names
    assert "Giám đốc, Thủ trưởng các sở, ban, ngành trong tỉnh Nam Định" in names
    assert not any("cá nhân" in n or "tổ chức" in n for n in names)


def test_the_marks_purpose_goes_to_each_body_and_people_named_are_no_recipient():
    # corpus 062 (a commune Front committee's decision): "Như điều 3 (Th/h)".
    header = Header(issuer="Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh", province="Quảng Ninh")
    body = (
        "Điều 3. Ban Thường trực Ủy ban MTTQ xã, các bộ phận chuyên môn thuộc Cơ quan Ủy ban Mặt trận Tổ quốc "
        "Việt Nam xã và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này\n\n"
        "Nơi nhận:\n- Như điều 3 (Th/h);\n- Lưu: VT\n"
    )
    got = _names(body, header)
    assert [p for _, p in got[:-1]] == ["thực hiện", "thực hiện"]
    assert got[0][0].startswith("Ban Thường trực Ủy ban Mặt trận Tổ quốc xã")
    assert not any("có tên" in n for n, _ in got)


def test_article_that_charges_no_body_adds_nothing():
    body = "Điều 3. Thi hành Quyết định này./.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n"
    assert _names(body, QUANG_NGAI) == [("Lưu: VT", "lưu")]
    # An article of the regulation attached after the signature is not the decision's.
    body = (
        "Điều 3. Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này./.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nQUY ĐỊNH\nĐiều 3. Giám đốc Sở Tài chính chịu trách nhiệm hướng dẫn.\n"
    )
    assert _names(body, QUANG_NGAI)[0] == ("Giám đốc Sở Y tế tỉnh Quảng Ngãi", None)


def test_charged_pieces():
    # A group whose kinds are listed stays whole; codes after a comma are no body of their own.
    assert _charged(
        "Trưởng các Phòng, Khoa, Trung tâm, Viện, Giám đốc Chương trình và các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./."
    ) == ["Trưởng các Phòng, Khoa, Trung tâm, Viện", "Giám đốc Chương trình"]
    assert _charged(
        "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc Sở Nông nghiệp "
        "và Môi trường, Thủ trưởng các sở, ban, ngành Thành phố, Ủy ban nhân dân các phường, xã, đặc khu, các tổ chức, "
        "hội, đoàn thể và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."
    ) == [
        "Chánh Văn phòng Ủy ban nhân dân Thành phố",
        "Giám đốc Sở Nông nghiệp và Môi trường",
        "Thủ trưởng các sở, ban, ngành Thành phố",
        "Ủy ban nhân dân các phường, xã, đặc khu",
    ]
    assert _charged("Ông Nguyễn Văn A và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.") == []
    assert _charged("Điều này có hiệu lực kể từ ngày ký.") == []


def test_council_named_without_its_level_and_a_person_charged():
    # A Prime Minister's decision approving an election: the council takes the committee's city; the
    # person elected is no body.
    header = Header(issuer="Thủ tướng Chính phủ", province="Hà Nội")
    body = (
        "Điều 3. Bộ trưởng Bộ Nội vụ, Hội đồng nhân dân, Ủy ban nhân dân thành phố Đà Nẵng và ông Nguyễn Mạnh Hùng "
        "chịu trách nhiệm thi hành Quyết định này./.\n\nNơi nhận:\n- Như Điều 3;\n- Văn phòng Trung ương;\n- Lưu: VT, QHĐP.\n"
    )
    assert [n for n, _ in _names(body, header)] == [
        "Bộ trưởng Bộ Nội vụ",
        "Hội đồng nhân dân thành phố Đà Nẵng",
        "Ủy ban nhân dân thành phố Đà Nẵng",
        "Văn phòng Trung ương",
        "Lưu: VT, QHĐP",
    ]


def test_purpose_marks_after_the_items_semicolon_are_no_recipient():
    # Hà Nội's decisions put the mark after the semicolon: "UBND các phường, xã; (để ph/h th/h)".
    header = Header(issuer="Ủy ban nhân dân thành phố Hà Nội", province="Hà Nội")
    closing = "Nơi nhận:\n- Thường trực Thành ủy; (để b/c)\n- UBND các phường, xã; (để ph/h th/h)\n- Lưu: VT, ĐT.\n"
    assert _names(closing, header) == [
        ("Thường trực Thành ủy Hà Nội", "báo cáo"),
        ("Ủy ban nhân dân các phường, xã", "phối hợp"),
        ("Lưu: VT, ĐT", "lưu"),
    ]
    # A mark that is none of the known ones is no recipient either.
    assert _names("Nơi nhận:\n- Sở Y tế; (để xem xét)\n- Lưu: VT.\n", header)[0][0] == "Sở Y tế thành phố Hà Nội"
    assert all(not n.startswith("(") for n, _ in _names("Nơi nhận:\n- Sở Y tế; (để xem xét)\n- Lưu: VT.\n", header))


def test_items_run_together_after_their_semicolons_and_an_article_parted_by_colons():
    # A ministry's decision as a legal library keeps it: the block's items on one line, "- Như Điều
    # 5;- Bộ trưởng (để báo cáo);- Lưu: VT, KCB."; the mark is the minister's only.
    header = Header(issuer="Bộ Y tế", province="Hà Nội")
    body = (
        "Điều 5. Các Ông, Bà: Chánh Văn phòng Bộ, Cục trưởng Cục Quản lý Khám, chữa bệnh, Chánh Thanh tra Bộ và các "
        "Vụ trưởng, Cục trưởng, Giám đốc các bệnh viện trực thuộc Bộ Y tế, Y tế các Bộ, Ngành và Thủ trưởng các đơn "
        "vị có liên quan chịu trách nhiệm thi hành Quyết định này./.\n"
        "Nơi nhận: - Như Điều 5;- Bộ trưởng (để báo cáo);- Lưu: VT, KCB.\n"
    )
    got = _names(body, header)
    assert got[0] == ("Chánh Văn phòng Bộ", None)
    assert ("Bộ trưởng", "báo cáo") in got
    assert [p for n, p in got if n != "Bộ trưởng"] == [None] * (len(got) - 2) + ["lưu"]
    assert "Y tế các Bộ, Ngành" in [n for n, _ in got]
    assert "Thủ trưởng các đơn vị có liên quan" in [n for n, _ in got]
    # An OCR copy reads the article's semicolons as colons; the kinds of one group stay together.
    body = (
        "Điều 3. Các Ông, Bà: Chánh văn phòng Bộ: Chánh Thanh tra Bộ: Vụ trưởng, Cục trưởng các Vụ, Cục\n"
        "thuộc Bộ Y tế; Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương; Giám đốc Bệnh viện, Viện\n"
        "nghiên cứu có giường bệnh trực thuộc Bộ Y tế chịu trách nhiệm thi hành Quyết định này./.\n"
        "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, KCB.\n"
    )
    assert [n for n, _ in _names(body, header)][:4] == [
        "Chánh văn phòng Bộ",
        "Chánh Thanh tra Bộ",
        "Vụ trưởng, Cục trưởng các Vụ, Cục thuộc Bộ Y tế",
        "Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương",
    ]
    assert "Giám đốc Bệnh viện, Viện nghiên cứu có giường bệnh trực thuộc Bộ Y tế" in [n for n, _ in _names(body, header)]


def test_heads_of_an_enterprises_departments_charged():
    header = Header(issuer="Công ty TNHH FPT Smart Cloud")
    body = (
        "Điều 3. Ban Tổng Giám đốc, Trưởng phòng Nhân sự, Trưởng phòng Hành chính, Bà Đỗ Kim Hoa và các cá nhân, "
        "đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.\nTỔNG GIÁM ĐỐC (đã ký số)\n"
        "Nơi nhận: - Như Điều 3; - Lưu VT, NS.\n"
    )
    assert [n for n, _ in _names(body, header)] == [
        "Ban Tổng Giám đốc", "Trưởng phòng Nhân sự", "Trưởng phòng Hành chính", "Lưu VT, NS",
    ]


def test_the_prime_minister_and_his_deputies_of_a_central_document():
    # Every decision of the Prime Minister and letter of the government's office lists them: "Thủ
    # tướng, các Phó Thủ tướng CP;" (two bodies), "PTTgTT" the standing deputy.
    header = Header(issuer="Thủ tướng Chính phủ", province="Hà Nội")
    got = _names("Nơi nhận:\n- Thủ tướng, các Phó Thủ tướng CP;\n- Văn phòng Trung ương;\n- Lưu: VT, QHĐP.\n", header)
    assert [n for n, _ in got][:2] == ["Thủ tướng Chính phủ", "các Phó Thủ tướng Chính phủ"]
    got = _names("Nơi nhận:\n- Các Bộ, cơ quan ngang Bộ, cơ quan thuộc CP;\n- Lưu: VT.\n", header)
    # Each kind is a group of its own (round 17, tests/test_quality17_recipient_lists.py); "CP" is read.
    assert [n for n, _ in got][:3] == ["Các Bộ", "Các cơ quan ngang Bộ", "Các cơ quan thuộc Chính phủ"]
    # A joint-stock company keeps its "CP".
    got = _names("Nơi nhận:\n- Công ty CP Cấp nước Hà Giang;\n- Lưu: VT.\n", Header(issuer="Ủy ban nhân dân tỉnh Hà Giang", province="Hà Giang"))
    assert "Chính phủ" not in got[0][0]


def test_block_run_on_after_the_bodys_end_mark():
    # A legal library's copy joins a page's lines: the article's last clause, "./.", the Nơi nhận
    # block and the signature on one line.
    header = Header(issuer="Ngân hàng Nhà nước Việt Nam", province="Hà Nội")
    body = (
        "## Điều 24. Tổ chức thực hiện\n"
        "1. Chánh Văn phòng, Cục trưởng Cục Công nghệ thông tin và Thủ trưởng các đơn vị thuộc Ngân hàng Nhà nước "
        "Việt Nam chịu trách nhiệm tổ chức thực hiện Thông tư này./. Nơi nhận: - Như Điều 24; - Văn phòng Chính phủ; "
        "- Bộ Tư pháp (để kiểm tra); - Công báo; - Lưu VP, PC, CNTT. KT. THỐNG ĐỐC PHÓ THỐNG ĐỐC Phạm Tiến Dũng "
        "PHỤ LỤC 01\n"
    )
    assert _names(body, header) == [
        ("Chánh Văn phòng", None),
        ("Cục trưởng Cục Công nghệ thông tin", None),
        ("Thủ trưởng các đơn vị thuộc Ngân hàng Nhà nước Việt Nam", None),
        ("Văn phòng Chính phủ", None),
        ("Bộ Tư pháp", None),
        ("Công báo", None),
        ("Lưu VP, PC, CNTT", "lưu"),
    ]
    # "Nơi nhận:" inside a sentence is no heading.
    assert _names("Văn bản gửi các nơi nhận: Sở Y tế, Sở Tài chính./.\n", header) == []


def test_office_heads_then_its_units_under_a_second_head():
    # Hà Nội's Thông báo: "VPUB: CVP, PCVP P.T.T.Huyền, phòng: KGVX, TH, HC-QT, …" names the office's
    # heads (its deputy's initials dropped), then its units, which name the office.
    header = Header(issuer="Ủy ban nhân dân thành phố Hà Nội", province="Hà Nội")
    closing = (
        "Nơi nhận:\n- UBND các phường, xã;\n"
        "- VPUB: CVP, PCVP P.T.T.Huyền, phòng: KGVX, TH, HC-QT, Trung tâm TTĐL&CNS Thành phố;\n- Lưu: VT, KGVX\n"
    )
    assert [n for n, _ in _names(closing, header)] == [
        "Ủy ban nhân dân các phường, xã",
        "Chánh Văn phòng Ủy ban nhân dân thành phố",
        "Phó Chánh Văn phòng Ủy ban nhân dân thành phố",
        "Văn phòng Ủy ban nhân dân thành phố",
        "Lưu: VT, KGVX",
    ]
    # The government's office lists its heads, then its departments: "VPCP: BTCN, PCN …, các Vụ: TH, PL". Round 20
    # reads its heads too ("BTCN", and "PCN" with its holder's name), as the VPUB line above does; its departments,
    # written as codes, are the office itself.
    header = Header(issuer="Văn phòng Chính phủ", province="Hà Nội")
    got = _names("Nơi nhận:\n- Như trên;\n- VPCP: BTCN, PCN Phạm Mạnh Cường, các Vụ: TH, PL, TGĐ Cổng TTĐT;\n- Lưu: VT, CN.\n", header)
    assert [n for n, _ in got] == [
        "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ",
        "Phó Chủ nhiệm Văn phòng Chính phủ",
        "Văn phòng Chính phủ",
        "Lưu: VT, CN",
    ]
