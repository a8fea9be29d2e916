"""Citations, round 18: letters and plans of ministries and Sở as they are written — a date written before the
clause that issues the instrument ("Ngày 05/3/2024, Bộ Y tế ban hành Công văn số …"), citations wrapped inside
the cells of a markdown table, a bare "tỉnh" in a ministry's letter from the capital. The fragments are corpus 042
as written, or realistic ones written in the style of those documents."""

from vanban.loaders.citation_dates import DATE_BEFORE, date_before
from vanban.loaders.citations import find_citations
from vanban.loaders.extract import extract
from vanban.loaders.markdown import plain_markdown
from vanban.loaders.citation_issuers import canonical_issuer
from vanban.loaders.read import read_bytes
from vanban.loaders.records import Header
from vanban.loaders.text import make_text


def _cites(raw: str, header: Header = Header()):
    return find_citations(make_text(raw), header)


# ---------------------------------------------------------------------------- a date before the clause


def test_date_before_pattern():
    assert DATE_BEFORE.search("Ngày 05/3/2024")
    assert DATE_BEFORE.search("Trước đó, ngày 28 tháng 10 năm 2025")
    assert DATE_BEFORE.search("(ngày 5-3-2024")
    assert DATE_BEFORE.search("Ngày 05/3") is None  # no year
    assert DATE_BEFORE.search("Chủ nhật05/3/2024") is None
    assert date_before("Ngày 05/3/2024, Bộ Y tế", len("Ngày 05/3/2024")) == ("2024-03-05", 2024)
    assert date_before("Ngày 35/3/2024, Bộ Y tế", len("Ngày 35/3/2024")) is None


def test_a_date_written_before_the_body_that_issued_it_is_the_instrument_s():
    # corpus 042, as written (a Sở Nội vụ letter of Hà Nội).
    raw = (
        "Ngày 28 tháng 10 năm 2025, Chủ\ntịch Ủy ban nhân dân Thành phố đã ban hành Công văn số 3280/UBND-VX về việc\n"
        "triển khai cập nhật cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức theo\nmô hình chính quyền 02 cấp.\n"
    )
    (c,) = _cites(raw)
    assert (c.number, c.date, c.year) == ("3280", "2025-10-28", 2025)
    assert c.surface == "Công văn số 3280/UBND-VX"  # the date does not follow it: not in its surface


def test_a_ministry_s_letter_dated_before_its_issuer_and_cited_again_in_the_subject_line():
    raw = (
        "SỞ Y TẾ TỈNH NGHỆ AN\nSố: 512/SYT-NVY\nV/v triển khai thực hiện Công văn số 1234/BYT-KCB\n"
        "Nghệ An, ngày 12 tháng 3 năm 2024\n"
        "Kính gửi: Các bệnh viện tuyến tỉnh, Trung tâm Y tế các huyện, thành phố, thị xã.\n"
        "Ngày 05/3/2024, Bộ Y tế ban hành Công văn số 1234/BYT-KCB về việc tăng cường công tác khám bệnh, chữa "
        "bệnh. Để triển khai thực hiện có hiệu quả, Sở Y tế đề nghị các đơn vị thực hiện một số nội dung sau:\n"
        "1. Ngày 10/01/2024, Ủy ban nhân dân tỉnh đã có Kế hoạch số 45/KH-UBND về phòng chống dịch bệnh; các đơn vị "
        "tiếp tục thực hiện.\n"
    )
    record = extract(make_text(raw))
    cv, kh = record.cites
    assert (cv.number, cv.date, cv.year, cv.issuer) == ("1234", "2024-03-05", 2024, "Bộ Y tế")
    assert (kh.number, kh.date, kh.issuer) == ("45", "2024-01-10", "Ủy ban nhân dân tỉnh Nghệ An")


def test_a_date_before_a_clause_that_is_not_the_issuing_one_is_not_read():
    # The day the letter was received, the day of a meeting: not the instrument's date.
    (c,) = _cites("Ngày 05/3/2024, Sở Y tế nhận được Công văn số 1234/BYT-KCB về việc tăng cường khám bệnh.\n")
    assert c.date is None
    (c,) = _cites("Ngày 05/3/2024, tại hội nghị giao ban, Bộ Y tế đã có Công văn số 1234/BYT-KCB gửi các Sở.\n")
    assert c.date is None


def test_a_date_before_whose_year_is_not_the_symbol_s_is_not_read():
    (c,) = _cites("Ngày 05/3/2024, Ủy ban nhân dân tỉnh ban hành Quyết định số 15/2023/QĐ-UBND về quy chế.\n")
    assert (c.date, c.year) == (None, 2023)


def test_a_date_after_the_citation_wins_over_one_before():
    (c,) = _cites(
        "Ngày 05/3/2024, Bộ Y tế ban hành Công văn số 1234/BYT-KCB ngày 01/3/2024 về việc tăng cường khám bệnh.\n"
    )
    assert c.date == "2024-03-01"


# ---------------------------------------------------------------------------- table cells


_TABLE = (
    "**KẾ HOẠCH**\n\n**Rà soát văn bản quy phạm pháp luật năm 2024**\n\n"
    "| TT | Văn bản | Ngày ban hành | Cơ quan ban hành |\n|---|---|---|---|\n"
    "| 1 | Quyết định số 15/2023/QĐ-UBND<br>Quyết định số 20/2023/QĐ-UBND | 10/3/2023<br>12/6/2023 | UBND tỉnh |\n"
    "| 2 | Kế hoạch số 45/KH-SYT<br>ngày 02/02/2024 của Sở Y tế | | Sở Y tế |\n"
    "| 3 | a) Rà soát;<br>b) Tổng hợp<br>kết quả | | |\n"
)


def test_a_cell_s_line_that_goes_on_is_joined_and_a_new_item_is_not():
    lines = plain_markdown(_TABLE).splitlines()
    assert "| 2 | Kế hoạch số 45/KH-SYT ngày 02/02/2024 của Sở Y tế |  | Sở Y tế |" in lines
    # Two instruments, each a line of its own, beside its own date.
    assert "| 1 | Quyết định số 15/2023/QĐ-UBND | 10/3/2023 | UBND tỉnh |" in lines
    assert "|  | Quyết định số 20/2023/QĐ-UBND | 12/6/2023 |  |" in lines
    # A list item's letter, and a line after a clause's end, start lines of their own.
    assert "| 3 | a) Rà soát; |  |  |" in lines
    assert "|  | b) Tổng hợp kết quả |  |  |" in lines


def test_a_citation_wrapped_in_its_cell_keeps_its_date_and_issuer():
    header = Header(province="Quảng Nam")
    text = read_bytes(_TABLE.encode("utf-8"), name="kh.md")
    cites = find_citations(text, header)
    kh = next(c for c in cites if c.number == "45")
    assert (kh.surface, kh.date, kh.issuer) == ("Kế hoạch số 45/KH-SYT ngày 02/02/2024", "2024-02-02", "Sở Y tế tỉnh Quảng Nam")
    assert [c.number for c in cites] == ["15", "20", "45"]


# ---------------------------------------------------------------------------- "tỉnh" in a ministry's letter


def test_a_body_named_by_its_level_in_a_city_s_own_document_is_the_city_s():
    header = Header(issuer="Ủy ban nhân dân thành phố Hà Nội", province="Hà Nội")
    assert canonical_issuer("UBND tỉnh", header).endswith(" Hà Nội")  # as before: its own (spelt by the graph)


def test_a_ministry_s_letter_cites_a_province_s_resolution_without_a_place():
    raw = (
        "BỘ TƯ PHÁP\nSố: 2001/BTP-KHTC\nV/v triển khai Chỉ thị số 08/CT-TTg\nHà Nội, ngày 10 tháng 6 năm 2024\n"
        "Kính gửi: Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương.\n"
        "Thực hiện Chỉ thị số 08/CT-TTg ngày 20/5/2024 của Thủ tướng Chính phủ, Bộ Tư pháp hướng dẫn như sau:\n"
        "1. Tham mưu xây dựng Nghị quyết sửa đổi Nghị quyết số 10/2020/NQ-HĐND của Hội đồng nhân dân tỉnh.\n"
    )
    record = extract(make_text(raw))
    nq = next(c for c in record.cites if c.number == "10")
    assert nq.issuer == "Hội đồng nhân dân tỉnh"


# ---------------------------------------------------------------------------- charters and treaties


def test_charter_and_treaty_patterns():
    from vanban.loaders.charter_names import ORGANISATION_CHARTER, PARTY_CHARTER, TREATY, TREATY_BEFORE

    assert PARTY_CHARTER.match("Điều lệ Đảng Cộng sản Việt Nam;").group() == "Điều lệ Đảng Cộng sản Việt Nam"
    assert PARTY_CHARTER.match("Điều lệ Đảng;").group() == "Điều lệ Đảng"
    assert PARTY_CHARTER.match("Điều lệ Đảng bộ") is None
    assert ORGANISATION_CHARTER.match("Điều lệ Hội Liên hiệp Phụ nữ Việt Nam khóa XIII")["org"] == "Hội Liên hiệp Phụ nữ Việt Nam"
    assert ORGANISATION_CHARTER.match("Điều lệ Đoàn Thanh niên Cộng sản Hồ Chí Minh;")
    assert ORGANISATION_CHARTER.match("Điều lệ Hội; Việt Nam") is None
    assert TREATY.match("Công ước của Liên hợp quốc về phòng, chống tham nhũng năm 2003")["year"] == "2003"
    assert TREATY.match("Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP)")["short"] == "CPTPP"
    assert TREATY.match("Công ước về quyền trẻ em; năm 2024") is None
    assert TREATY_BEFORE.search("Công ước Liên hợp quốc về ")


def test_the_party_s_charter_is_one_instrument_and_implemented_in_a_preamble():
    raw = (
        "ĐẢNG ỦY XÃ CÁT HANH\nSố: 46-QĐ/ĐU\nCát Hanh, ngày 12 tháng 3 năm 2024\nQUYẾT ĐỊNH\n"
        "về việc ban hành Quy chế làm việc của Ban Chấp hành Đảng bộ xã khóa XV\n"
        "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;\n"
        "Căn cứ Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương Đảng về thi hành Điều lệ Đảng;\n"
        "BAN THƯỜNG VỤ ĐẢNG ỦY XÃ QUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n"
    )
    record = extract(make_text(raw))
    charter, rule = record.cites
    assert (charter.surface, charter.doc_type, charter.number, charter.issuer) == (
        "Điều lệ Đảng Cộng sản Việt Nam", "Điều lệ", None, None
    )
    assert charter.mentions == 2  # and "thi hành Điều lệ Đảng" in the Quy định's subject
    assert rule.number == "24"
    assert [c.surface for c in record.implements] == ["Điều lệ Đảng Cộng sản Việt Nam", "Quy định số 24-QĐ/TW ngày 30/7/2021"]


def test_treaties_named_with_their_year_or_short_name_are_cited_and_the_law_in_their_name_is_not():
    raw = (
        "Thực hiện Quyết định số 950/QĐ-TTg ngày 18/7/2019 của Thủ tướng Chính phủ phê duyệt Kế hoạch thực hiện Công "
        "ước Liên hợp quốc về Luật Biển năm 1982, Bộ Ngoại giao đề nghị:\n"
        "1. Tiếp tục triển khai Công ước ASEAN về phòng, chống khủng bố năm 2007 và Hiệp định Đối tác toàn diện và "
        "tiến bộ xuyên Thái Bình Dương (CPTPP).\n"
        "2. Tuyên truyền Luật Biển Việt Nam năm 2012 và các công ước quốc tế.\n"
    )
    cites = _cites(raw)
    assert [(c.surface, c.doc_type, c.year) for c in cites] == [
        ("Quyết định số 950/QĐ-TTg ngày 18/7/2019", "Quyết định", 2019),
        ("Công ước Liên hợp quốc về Luật Biển năm 1982", "Công ước", 1982),
        ("Công ước ASEAN về phòng, chống khủng bố năm 2007", "Công ước", 2007),
        ("Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương", "Hiệp định", None),
        ("Luật Biển Việt Nam năm 2012", "Luật", 2012),
    ]


def test_a_treaty_named_without_its_year_is_not_read_nor_the_law_in_its_name():
    assert _cites("Tuyên truyền Công ước Liên hợp quốc về Luật Biển và Công ước về quyền trẻ em.\n") == []
    assert _cites("Thực hiện Điều lệ Hội; Điều lệ trường mầm non.\n") == []


def test_an_organisation_s_numbered_convention_keeps_its_number():
    (c,) = _cites("Thực hiện Công ước số 182 năm 1999 của ILO về nghiêm cấm lao động trẻ em.\n")
    assert (c.doc_type, c.number, c.year) == ("Công ước", "182", 1999)


def test_a_date_before_that_bounds_the_clause_is_not_the_day_of_issue():
    assert date_before("hết thị xã Ngày 05/3/2024", 25) == ("2024-03-05", 2024)
    assert date_before("Vào ngày 05/3/2024", 18) == ("2024-03-05", 2024)
    assert date_before("Đến ngày 05/3/2024", 18) is None
    (c,) = _cites("Đến ngày 30/6/2024, UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND về chuyển đổi số.\n")
    assert c.date is None


# ---------------------------------------------------------------------------- a decision's subject without "về"


def test_an_issuer_ends_before_a_decision_s_subject_written_without_ve():
    # A Prime Minister's decision (2026), as written.
    raw = (
        "Điều 6. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết\nđịnh số 1480/QĐ-TTg ngày 03 "
        "tháng 7 năm 2025 của Thủ tướng Chính phủ kiện\ntoàn Ban Chỉ đạo Trung ương về cải cách chính sách tiền "
        "lương, bảo hiểm xã hội\nvà ưu đãi người có công.\n"
    )
    (c,) = _cites(raw)
    assert (c.number, c.date, c.issuer) == ("1480", "2025-07-03", "Thủ tướng Chính phủ")
    (c,) = _cites("Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh thành lập Ban Chỉ đạo.\n", Header(province="Hà Giang"))
    assert c.issuer == "Ủy ban nhân dân tỉnh Hà Giang"


def test_instruments_listed_after_one_dated_before_its_issuing_clause_share_its_date_and_issuer():
    raw = (
        "Ngày 05/3/2024, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND và Quyết định số 567/QĐ-UBND về phòng chống "
        "dịch; Sở Y tế có Công văn số 88/SYT-NVY hướng dẫn thực hiện.\n"
    )
    kh, qd, cv = _cites(raw, Header(province="Nghệ An"))
    assert (kh.date, kh.issuer) == ("2024-03-05", "Ủy ban nhân dân tỉnh Nghệ An")
    assert (qd.date, qd.issuer) == ("2024-03-05", "Ủy ban nhân dân tỉnh Nghệ An")
    assert cv.date is None  # another clause, another body


def test_an_instrument_of_another_body_listed_after_it_does_not_share_the_date():
    kh, ct = _cites("Ngày 05/3/2024, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND và Chỉ thị số 05-CT/TU về phòng dịch.\n")
    assert kh.date == "2024-03-05"
    assert ct.date is None


# ---------------------------------------------------------------------------- implements: a purpose clause


def test_a_purpose_clause_that_carries_out_an_instrument_is_implementing_and_a_goal_is_not():
    raw = (
        "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG\nSố: 88/KH-UBND\nBắc Giang, ngày 02 tháng 4 năm 2024\nKẾ HOẠCH\n"
        "Thực hiện công tác chuyển đổi số năm 2024\n"
        "Để triển khai thực hiện có hiệu quả Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về một số chủ "
        "trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư, Ủy ban nhân dân tỉnh ban hành "
        "Kế hoạch thực hiện như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
    )
    record = extract(make_text(raw))
    assert [c.number for c in record.implements] == ["52"]
    goal = raw.replace("Để triển khai thực hiện có hiệu quả", "Để thực hiện thắng lợi")
    record = extract(make_text(goal))
    assert [c.number for c in record.cites] == ["52"]
    assert record.implements == []


# ---------------------------------------------------------------------------- "của Sở": the document's own body


_LETTER = (
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LÂM ĐỒNG\nSố: 1520/SGDĐT-GDTrH\nV/v triển khai Kế hoạch số 2345/KH-UBND\n"
    "Lâm Đồng, ngày 15 tháng 5 năm 2024\nKính gửi: Các trường trung học phổ thông trực thuộc.\n"
    "Triển khai Kế hoạch số 2345/KH-UBND ngày 02/5/2024 của UBND tỉnh Lâm Đồng về tổ chức Tháng hành động vì trẻ "
    "em năm 2024, Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện một số nội dung sau:\n"
    "1. Xây dựng kế hoạch theo Hướng dẫn số 56/HD-SGDĐT ngày 10/4/2024 của Sở.\n"
)


def test_a_bare_so_with_the_document_s_own_body_code_is_the_document_s_issuer():
    record = extract(make_text(_LETTER))
    hd = next(c for c in record.cites if c.number == "56")
    assert hd.issuer == "Sở Giáo dục và Đào tạo tỉnh Lâm Đồng"
    assert [c.number for c in record.implements] == ["2345"]


def test_a_bare_so_with_another_body_code_has_no_issuer():
    record = extract(make_text(_LETTER.replace("56/HD-SGDĐT", "56/HD-SYT")))
    hd = next(c for c in record.cites if c.number == "56")
    assert hd.issuer is None


def test_a_subject_ends_at_a_letter_s_request_and_at_a_table_s_cell_bar():
    from vanban.loaders.citation_subjects import MAIN_CLAUSE

    assert MAIN_CLAUSE.match(", Sở Giáo dục và Đào tạo đề nghị các đơn vị")
    assert MAIN_CLAUSE.match(", Ủy ban nhân dân tỉnh yêu cầu các sở")
    record = extract(make_text(_LETTER))
    kh = next(c for c in record.cites if c.number == "2345")
    assert kh.title == "tổ chức Tháng hành động vì trẻ em năm 2024"
    header_row = (
        "| **SỞ GIÁO DỤC VÀ ĐÀO TẠO**<br>Số: 1520/SGDĐT-GDTrH<br>V/v triển khai Kế hoạch số 2345/KH-UBND về Tháng hành "
        "động vì trẻ em | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>*Lâm Đồng, ngày 15 tháng 5 năm 2024* |\n|---|---|\n\n"
        "**Kính gửi:** Các trường trung học phổ thông trực thuộc.\n"
    )
    (kh,) = find_citations(read_bytes(header_row.encode("utf-8"), name="cv.md"), Header())
    assert kh.title == "Tháng hành động vì trẻ em"


# ---------------------------------------------------------------------------- a website's notice after the document


def test_the_notice_a_legal_website_writes_after_the_document_cites_nothing():
    from vanban.loaders.site_chrome import document_end

    raw = (
        "*Căn cứ Nghị định số 272/2025/NĐ-CP ngày 16 tháng\n10 năm 2025 của Chính phủ về phân định vùng đồng bào dân "
        "tộc thiểu số và miền\nnúi giai đoạn 2026 - 2030;*\n**QUYẾT ĐỊNH:**\n**Điều 1.** Công nhận các xã.\n"
        "Văn bản này chưa cập nhật nội dung Tiếng Anh\n## Văn bản liên quan\n"
        "**THÔNG BÁO **\n**về Lưu trữ, Sử dụng Thông tin Khách hàng**\n**Kính gửi:** Quý Thành viên,\n"
        "Nghị định 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân (hiệu lực từ ngày 01/07/2023) yêu cầu xác nhận sự đồng ý.\n"
        "Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế và Thỏa thuận Bảo về Dữ liệu cá nhân bên dưới.\n"
    )
    assert [c.number for c in _cites(raw)] == ["272"]
    assert document_end("Điều 1. Công nhận.") == len("Điều 1. Công nhận.")


def test_the_body_that_has_signed_an_instrument_is_its_issuer():
    (c,) = _cites(
        "Ngày 12/3/2024, Chủ tịch Ủy ban nhân dân tỉnh đã ký Quyết định số 123/QĐ-UBND về việc thành lập Ban Chỉ đạo.\n",
        Header(province="Nghệ An"),
    )
    assert (c.date, c.issuer) == ("2024-03-12", "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An")
    assert "the body that 'ký' it" in c.note
    (c,) = _cites("Ông Nguyễn Văn A ký Quyết định số 123/QĐ-UBND.\n", Header(province="Nghệ An"))
    assert c.issuer is None


def test_a_date_after_ky_is_the_instrument_s():
    from vanban.loaders.citation_dates import DATE_AFTER

    assert DATE_AFTER.match(" ký ngày 05/3/2024")
    (c,) = _cites("Thực hiện Công văn số 1234/BYT-KCB ký ngày 05/3/2024 của Bộ Y tế về việc tăng cường khám bệnh.\n")
    assert (c.surface, c.date, c.issuer) == ("Công văn số 1234/BYT-KCB ký ngày 05/3/2024", "2024-03-05", "Bộ Y tế")


def test_a_date_in_parentheses_after_a_citation_is_its_date_and_the_issuer_follows_it():
    (c,) = _cites(
        "Thực hiện Công văn số 1234/SYT-KCB (ngày 05/3/2024) của Sở Y tế về việc tăng cường khám bệnh.\n",
        Header(province="Nghệ An"),
    )
    assert (c.surface, c.date, c.issuer) == ("Công văn số 1234/SYT-KCB", "2024-03-05", "Sở Y tế tỉnh Nghệ An")
    (c,) = _cites("Thực hiện Công văn số 1234/SYT-KCB (đính kèm) của Sở Y tế.\n", Header(province="Nghệ An"))
    assert c.date is None


def test_the_body_whose_guidance_or_request_an_instrument_carries_is_its_issuer_when_its_code_agrees():
    # corpus 008, as written: "… và hướng dẫn của Bộ Nội\nvụ tại Công văn số 8935/BNV-CTTN&BĐG ngày 03 tháng 10 năm 2025".
    (c,) = _cites("và hướng dẫn của Bộ Nội\nvụ tại Công văn số 8935/BNV-CTTN&BĐG ngày 03 tháng 10 năm 2025 về việc hướng dẫn.\n")
    assert c.issuer == "Bộ Nội vụ" and "direction it carries" in c.note
    (c,) = _cites("Theo yêu cầu của Ủy ban nhân dân tỉnh tại Công văn số 77/UBND-VX ngày 05/3/2024, Sở đề nghị.\n", Header(province="Nghệ An"))
    assert c.issuer == "Ủy ban nhân dân tỉnh Nghệ An"
    (c,) = _cites("Thực hiện hướng dẫn của Bộ Y tế tại Quyết định số 5/QĐ-UBND ngày 05/3/2024.\n", Header(province="Nghệ An"))
    assert c.issuer is None  # a ministry is not the issuer of a UBND's decision


def test_a_body_that_issues_another_body_s_coded_instrument_is_not_its_issuer():
    (c,) = _cites("Ngày 05/3/2024, Sở Y tế ban hành Công văn số 1234/BYT-KCB về việc khám bệnh.\n", Header(province="Nghệ An"))
    assert c.issuer == "Bộ Y tế"  # from the symbol's code, not the Sở named before it
    (c,) = _cites("Ngày 05/3/2024, Bộ trưởng Bộ Y tế đã ký ban hành Thông tư số 05/2024/TT-BYT về dược.\n")
    assert (c.issuer, c.date) == ("Bộ trưởng Bộ Y tế", "2024-03-05")
