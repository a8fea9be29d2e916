"""Cited instruments, session 22 (helper cites13): fragments of the corpus (004, 032) and of real documents
(realdocs 1f9faa03 …), quoted as written."""

from vanban.loaders.citations import find_citations, find_implements
from vanban.loaders.records import Header
from vanban.loaders.text import make_text


def _cites(fragment: str, header: Header | None = None):
    return find_citations(make_text(fragment), header or Header())


# --- a type word qualified by several words before "số", read when the symbol's type code agrees ---


def test_interagency_conclusion_qualified_by_five_words_is_cited():
    # Corpus 004 (UBND TP Cần Thơ, KH 153/KH-UBND) and corpus 032 ("Tư pháp" capitalised).
    for fragment, surface in (
        (
            "nâng cao hiệu quả thực hiện Kết luận liên ngành tư pháp Trung ương số 23/KL-LNTPTW ngày 21 tháng 11 năm "
            "2024 trong phát hiện, xử lý tội phạm về ma túy.",
            "Kết luận liên ngành tư pháp Trung ương số 23/KL-LNTPTW ngày 21 tháng 11 năm 2024",
        ),
        (
            "đặc biệt là triển khai Kết luận liên ngành Tư pháp Trung ương số 23/KL-LNTPTW ngày 21/11/2024 giữa Bộ "
            "Công an, Viện kiểm sát nhân dân tối cao.",
            "Kết luận liên ngành Tư pháp Trung ương số 23/KL-LNTPTW ngày 21/11/2024",
        ),
    ):
        (c,) = _cites(fragment)
        assert (c.surface, c.doc_type, c.number, c.symbol, c.date) == (
            surface, "Kết luận", "23", "KL-LNTPTW", "2024-11-21"
        )


def test_long_qualifier_needs_the_symbols_type_code():
    # The same words before a letter's number ("UBND-NC" has no type code) do not make it a Kết luận.
    cites = _cites("theo Kết luận liên ngành tư pháp Trung ương số 574/UBND-NC ngày 23/9/2024 của UBND tỉnh.")
    assert [c.doc_type for c in cites] == []


# --- the second letter of one body in a list of views takes the body's name ---


def test_second_letter_after_a_view_of_the_same_body_takes_its_issuer():
    # Realdocs 1f9faa03 (Quyết định of UBND tỉnh Quảng Trị): "ý kiến của Sở Nội vụ tại Công văn số A … và Công văn
    # số B …": both letters are the Sở Nội vụ's.
    fragment = (
        "Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 664/TTr-SNNMT ngày 13 tháng 11 năm\n"
        "2025, ý kiến của Sở Nội vụ tại Công văn số 2252/SNV-TCBC&TCPCP ngày 07\n"
        "tháng 10 năm 2025 và Công văn số 2846/SNV- TCBC&TCPCP ngày 30 tháng 10 năm\n"
        "2025, ý kiến của Sở Tài chính tại Công văn số 4566/STC-HCSN ngày 27 tháng 10\nnăm 2025.\n"
    )
    got = {c.number: c for c in _cites(fragment, Header(province="Quảng Trị"))}
    assert got["2252"].issuer == got["2846"].issuer == "Sở Nội vụ tỉnh Quảng Trị"
    assert got["4566"].issuer == "Sở Tài chính tỉnh Quảng Trị"


# --- the body whose view or direction a numbered instrument carries ---


def test_central_party_board_is_the_issuer_of_its_letter():
    # Realdocs 5d3180ce (Bộ Nội vụ): "CV/BTCTW" is a letter of the Ban Tổ chức Trung ương.
    fragment = (
        "Thực hiện ý kiến của Ban Tổ chức Trung ương tại Văn bản số 9151- CV/BTCTW ngày 29/7/2025 về triển khai các "
        "kết luận của Bộ Chính trị, Ban Bí thư.\n"
    )
    (c,) = _cites(fragment)
    assert (c.number, c.symbol, c.issuer) == ("9151", "CV/BTCTW", "Ban Tổ chức Trung ương")


def test_politburo_conclusion_notice_is_its_own():
    # Realdocs a69069ae (Nghị quyết of the Chính phủ): a Party notice "TB/TW" is the Bộ Chính trị's, unlike the
    # office's notices ("TB-VPCP", "TB/VPTW") that carry a leader's direction.
    (c,) = _cites(
        "các tỉnh Gia Lai, Đắk Lắk, Lâm Đồng theo chỉ đạo của Bộ Chính trị tại Thông báo Kết luận số 99- TB/TW ngày 21 "
        "tháng 11 năm 2025.\n"
    )
    assert (c.number, c.issuer) == ("99", "Bộ Chính trị")
    (office,) = _cites(
        "Tỉnh thực hiện theo chỉ đạo của Tổng Bí thư Tô Lâm tại Thông báo số 75-TB/VPTW ngày 04 tháng 8 năm 2025; chủ "
        "động làm việc với Bộ Xây dựng.\n"
    )
    assert office.issuer != "Tổng Bí thư Tô Lâm"


def test_appraisal_opinion_names_the_issuer_of_its_report():
    # Realdocs d5e470b7 (UBND tỉnh Hà Tĩnh): "ý kiến thẩm định của Sở Tư pháp tại Báo cáo số …", after an aside in
    # parentheses that holds another "ý kiến của".
    fragment = (
        "Theo đề nghị của Sở Tài\nchính tại Văn bản số 7788/TTr-STC ngày 30 tháng 10 năm 2025 (sau khi tổng hợp ý\n"
        "kiến của các sở, ngành, địa phương liên quan) và ý kiến thẩm định của Sở Tư\npháp tại Báo cáo số 3140/BC-STP "
        "ngày 30 tháng 10 năm 2025; ý kiến thống nhất của các Thành viên UBND tỉnh.\n"
    )
    got = {c.number: c for c in _cites(fragment, Header(province="Hà Tĩnh"))}
    assert got["7788"].issuer == "Sở Tài chính tỉnh Hà Tĩnh"
    assert got["3140"].issuer == "Sở Tư pháp tỉnh Hà Tĩnh"


def test_next_proposer_named_without_cua_is_the_issuer_of_its_submission():
    # Realdocs b5d97328 (Quyết định 72/2025/QĐ-UBND of UBND TP Hà Nội).
    fragment = (
        "Theo đề nghị của Giám đốc Sở Du lịch tại Tờ trình số 68/TTr-SDL ngày 24 tháng 10 năm 2025 và Giám đốc Sở Nội "
        "vụ tại Tờ trình số 6408/TTr-SNV ngày 27 tháng 10 năm 2025 về việc bãi bỏ toàn bộ Quyết định số "
        "17/2025/QĐ-UBND.\n"
    )
    got = {c.number: c for c in _cites(fragment, Header(province="Hà Nội"))}
    assert got["68"].issuer == "Giám đốc Sở Du lịch thành phố Hà Nội"
    assert got["6408"].issuer == "Giám đốc Sở Nội vụ thành phố Hà Nội"


def test_bare_next_proposer_needs_a_proposal_opening():
    # Without "đề nghị" before the list, "và Sở Nội vụ tại" names no proposer.
    fragment = (
        "Các đơn vị báo cáo kết quả tại Hội nghị ngày 24 tháng 10 năm 2025 và Sở Nội vụ tại Tờ trình số "
        "6408/TTr-SNV ngày 27 tháng 10 năm 2025.\n"
    )
    (c,) = _cites(fragment, Header(province="Hà Nội"))
    assert c.issuer is None


def test_list_of_directions_gives_each_instrument_the_body_named_before_it():
    # Realdocs 692e12b0 (Công điện 234/CĐ-TTg): ", của Ban Bí thư tại văn bản số 213-KL/TW" names the Kết luận's
    # body, not the notice's before it.
    fragment = (
        "Căn cứ chỉ đạo của Tổng Bí thư Tô Lâm, của Bộ Chính trị tại thông báo số 99-TB/TW ngày 21/11/2025, của Ban Bí "
        "thư tại văn bản số 213-KL/TW ngày 21/11/2025, Nghị quyết 380/NQ-CP ngày 25/11/2025 của Chính phủ và chỉ đạo "
        "của Thủ tướng Chính phủ ngày 29/11/2025 tại Đắk Lắk.\n"
    )
    got = {c.number: c for c in _cites(fragment)}
    assert got["99"].issuer == "Bộ Chính trị"
    assert got["213"].issuer == "Ban Bí thư Trung ương Đảng"
    assert got["380"].issuer == "Chính phủ"


# --- a project named after a citing verb: not the document's own, followed by a preposition ---


def test_own_project_followed_by_a_preposition_is_not_cited():
    # Realdocs ec00bd6f (Quyết định of the Thủ tướng approving a Đề án): "Kinh phí thực hiện Đề án từ ngân sách nhà
    # nước" is the decision's own Đề án; a named one after the same verb is cited (corpus 031).
    assert _cites(
        "IV. KINH PHÍ THỰC HIỆN ĐỀ ÁN\n1. Kinh phí thực hiện Đề án từ ngân sách nhà nước, bao gồm chi thường xuyên và "
        "chi đầu tư phát triển được cân đối hàng năm.\n"
    ) == []
    (c,) = _cites(
        "- Triển khai Đề án phát triển thanh toán không dùng tiền mặt giai đoạn 2025 - 2030.\n"
    )
    assert (c.doc_type, c.surface) == ("Đề án", "Đề án phát triển thanh toán không dùng tiền mặt")


def test_proposer_before_its_instrument_in_parentheses_is_its_issuer():
    # Realdocs 2c71d790 (Công văn 11654/VPCP-CN of the Văn phòng Chính phủ).
    (c,) = _cites(
        "Xét báo cáo và đề xuất, kiến nghị của Ủy ban nhân dân tỉnh Hưng Yên (văn bản số 84/BC-UBND ngày 19 tháng 11 năm "
        "2025) về tình hình cung ứng vật liệu xây dựng phục vụ Dự án tuyến đường bộ cao tốc Ninh Bình - Hải Phòng.\n"
    )
    assert (c.doc_type, c.number, c.issuer) == ("Báo cáo", "84", "Ủy ban nhân dân tỉnh Hưng Yên")


# --- a two-word type word written as its first word, read by the symbol's type code ---


def test_circular_written_thong_so_is_a_thong_tu():
    # Realdocs 27009faf (Quyết định ủy quyền 1617/QĐ-UBND of Quảng Ngãi): "Căn cứ Thông số 17/2025/TT-BNNMT".
    (c,) = _cites(
        "Căn cứ Thông số 17/2025/TT-BNNMT ngày 19 tháng 6 năm 2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường quy định "
        "về phân quyền, phân cấp;\n"
    )
    assert (c.doc_type, c.number, c.symbol, c.date) == ("Thông tư", "17", "2025/TT-BNNMT", "2025-06-19")
    assert c.surface.startswith("Thông số 17/2025/TT-BNNMT")


def test_truncated_type_needs_the_symbols_type_code():
    # "Thông số" before a decision's number is no type word.
    cites = _cites("Các thông số kỹ thuật theo Thông số 12/QĐ-UBND ngày 01/02/2025 của UBND tỉnh.\n")
    assert cites == []


# --- a letter dated between its type word and its number ---


def test_letter_dated_before_its_number_is_cited():
    # Realdocs 1a814c71 (Công văn 11306/VPCP-NN of the Văn phòng Chính phủ).
    (c,) = _cites(
        "Ngày 31 tháng 10 năm 2025, Văn phòng Chính phủ nhận văn bản đề ngày 29 tháng 10 năm 2025 số 16/CV-HHTACN của "
        "Hội Chăn nuôi Việt Nam - Hiệp hội Thức ăn Chăn nuôi gửi Thủ tướng Chính phủ Phạm Minh Chính về việc đề xuất "
        "giải pháp.\n"
    )
    assert (c.number, c.symbol, c.date, c.year) == ("16", "CV-HHTACN", "2025-10-29", 2025)
    assert c.issuer == "Hội Chăn nuôi Việt Nam - Hiệp hội Thức ăn Chăn nuôi"


# --- a body's working rules cited as a ground ---


def test_working_rules_named_as_a_ground_are_cited():
    # Realdocs ca9ba61f (Quy định of the Ban Bí thư).
    fragment = (
        "- Căn cứ Điều lệ Đảng;\n- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư "
        "khoá XIII;\n"
    )
    text = make_text(fragment)
    cites = find_citations(text, Header())
    assert [c.doc_type for c in cites] == ["Điều lệ", "Quy chế"]
    assert cites[1].surface.startswith("Quy chế làm việc của Ban Chấp hành Trung ương")


def test_rules_named_in_a_quoted_provision_are_not_cited():
    # Realdocs 28219392 (Cục Thuế letter quoting a decree): each council's own working rules, no one instrument.
    fragment = (
        "quy định *“2. Việc đăng ký xây dựng quyết định của UBND thực hiện theo Quy chế làm việc của UBND”.* Để bảo "
        "đảm việc thu lệ phí trước bạ.\n"
    )
    assert _cites(fragment) == []


def test_second_item_of_a_proposal_takes_the_proposer_whose_initials_its_code_is():
    # Realdocs 998822f1 (Quyết định 2553/QĐ-TTg): the bank's board submitted the Tờ trình (HĐQT), the bank the letter.
    fragment = (
        "Xét đề nghị của Ngân hàng Chính sách xã hội tại Tờ trình số 127/TTr - HĐQT ngày 30 tháng 9 năm 2025 và văn bản "
        "số 9720/NHCS-KHNV ngày 31 tháng 10 năm 2025.\n"
    )
    got = {c.number: c for c in _cites(fragment)}
    assert got["127"].issuer == got["9720"].issuer == "Ngân hàng Chính sách xã hội"
    # Another body's code is not the proposer's: "STC" is not "Sở Nội vụ".
    other = {c.number: c for c in _cites(
        "Theo đề nghị của Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 30 tháng 9 năm 2025 và văn bản số 45/STC-HCSN "
        "ngày 31 tháng 10 năm 2025.\n", Header(province="Quảng Trị"))}
    assert other["12"].issuer == "Sở Nội vụ tỉnh Quảng Trị"
    assert other["45"].issuer is None


# --- implements: a proposal named inside a "Thực hiện" paragraph is only cited ---


def test_report_named_on_the_basis_of_a_proposal_is_not_implemented():
    # Realdocs 76415b3e (Công văn 4001/UBND-ĐT of UBND TP Hồ Chí Minh).
    fragment = (
        "Kính gửi: - Sở Nông nghiệp và Môi trường; - Sở Tài chính; - Sở Xây dựng.\n\n"
        "Thực hiện Kết luận số 15-KL/ĐU ngày 29 tháng 10 năm 2025 của Ban Thường vụ Đảng ủy Ủy ban nhân dân Thành phố về "
        "việc áp dụng cơ chế đặc thù theo Nghị quyết số 66.4/2025/NQ-CP ngày 21 tháng 9 năm 2025 của Chính phủ trên địa "
        "bàn Thành phố Hồ Chí Minh và trên cơ sở báo cáo đề xuất của Sở Nông nghiệp và Môi trường tại Công văn số "
        "12252/SNNMT-TNNKS ngày 17 tháng 11 năm 2025 về danh mục các mỏ khoáng sản; Chủ tịch Ủy ban nhân dân Thành phố "
        "có ý kiến như sau:\n"
    )
    header = Header(province="Thành phố Hồ Chí Minh")
    text = make_text(fragment)
    cites = find_citations(text, header)
    assert "12252" in [c.number for c in cites]
    assert "12252" not in [c.number for c in find_implements(text, header, cites)]
    assert "15" in [c.number for c in find_implements(text, header, cites)]


def test_words_of_a_subject_are_no_basis_clause():
    # Corpus 008: "… bạo lực trên cơ sở giới …”; Căn cứ Quyết định số 2282/QĐ-TTg" stays implemented.
    fragment = (
        "Căn cứ Quyết định số 2232/QĐ-TTg ngày 28 tháng 12 năm 2020 của Thủ tướng Chính phủ về phê duyệt “Chương trình "
        "phòng ngừa và ứng phó với bạo lực trên cơ sở giới giai đoạn 2021 - 2025”; Căn cứ Quyết định số 2282/QĐ-TTg ngày "
        "31 tháng 12 năm 2020 của Thủ tướng Chính phủ;\n"
    )
    text = make_text(fragment)
    cites = find_citations(text, Header())
    assert [c.number for c in find_implements(text, Header(), cites)] == ["2232", "2282"]
