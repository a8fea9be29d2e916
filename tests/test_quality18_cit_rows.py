"""Citations, round 18 (second part): a purpose clause that carries out instruments in a directive's preamble
("Để tiếp tục thực hiện nghiêm Chỉ thị số 05/CT-TTg …, Ủy ban nhân dân tỉnh yêu cầu:", a Quảng Trị Chỉ thị of
2025 as written), a treaty named inside a conference's name ("… Công ước khung … (COP26)"), the Youth Union's and
the Party's charters named in two ways, a date in parentheses whose year is not the symbol's, and citations cut
across the rows of a markdown table or with their date and issuer in columns of their own. Fragments are written
in the style of those documents."""

from vanban.graph.build import build_graph, prepare
from vanban.loaders.charter_names import CONFERENCE_BEFORE, charter_name
from vanban.loaders.citations import find_citations
from vanban.loaders.extract import extract
from vanban.loaders.implementing_spans import DIRECTIVE_CLOSE, PURPOSE_CARRY_OUT
from vanban.loaders.read import read_bytes
from vanban.loaders.records import Header
from vanban.loaders.text import make_text


def _cites(raw: str, header: Header = Header()):
    return find_citations(make_text(raw), header)


# ---------------------------------------------------------------------------- a purpose clause in a directive

_DIRECTIVE = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 06/CT-UBND\nQuảng Trị, ngày 25 tháng 11 năm 2025\n\n**CHỈ THỊ**\n\n"
    "VỀ VIỆC TĂNG CƯỜNG XỬ LÝ CHỒNG LẤN, LẤN CHIẾM RỪNG VÀ ĐẤT LÂM NGHIỆP TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ\n\n"
    "Trong những năm qua, các địa phương đã tích cực triển khai thực hiện và đạt được kết quả nhất định. Tuy\n"
    "nhiên, số vụ vi phạm vẫn còn tương đối lớn.\n\n"
    "Để tiếp tục thực hiện nghiêm\nChỉ thị số 05/CT-TTg ngày 18/5/2022 của Thủ tướng Chính phủ về tăng cường công\n"
    "tác quản lý bảo vệ rừng; Chỉ thị số 31-CT/TU ngày 06/6/2023 của Ban Thường vụ Tỉnh ủy, và để nâng cao hiệu quả\n"
    "công tác xử lý chồng lấn, lấn chiếm rừng và đất lâm nghiệp trên địa bàn tỉnh,\nỦy ban nhân dân tỉnh yêu cầu:\n\n"
    "1. Ủy ban nhân dân các xã, phường:\n\n- Thực hiện đầy đủ trách nhiệm theo Nghị định số 131/2025/NĐ-CP ngày "
    "12/6/2025.\n"
)


def test_purpose_patterns():
    assert PURPOSE_CARRY_OUT.match("Để tiếp tục thực hiện nghiêm Chỉ thị số 05/CT-TTg")
    assert PURPOSE_CARRY_OUT.match("Để thực hiện có hiệu quả Kế hoạch số 12/KH-UBND")
    assert PURPOSE_CARRY_OUT.match("Để thực hiện thắng lợi Nghị quyết Đại hội") is None
    assert PURPOSE_CARRY_OUT.match("Để thực hiện tốt công tác phòng chống dịch") is None
    assert DIRECTIVE_CLOSE.search(", Ủy ban nhân dân tỉnh yêu cầu:")["name"] == "Ủy ban nhân dân tỉnh"
    assert DIRECTIVE_CLOSE.search(", Chủ tịch UBND tỉnh chỉ thị:")["name"] == "Chủ tịch UBND tỉnh"
    assert DIRECTIVE_CLOSE.search(", UBND tỉnh yêu cầu các sở thực hiện tốt các nội dung sau:")


def test_a_purpose_clause_closed_by_the_issuer_s_directive_implements_its_instruments():
    record = extract(make_text(_DIRECTIVE))
    assert [c.number for c in record.implements] == ["05", "31"]
    assert [c.number for c in record.cites] == ["05", "31", "131"]


def test_a_purpose_clause_closed_by_the_chair_s_directive_implements_its_instruments():
    chair = _DIRECTIVE.replace("Ủy ban nhân dân tỉnh yêu cầu:", "Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:")
    assert [c.number for c in extract(make_text(chair)).implements] == ["05", "31"]


def test_a_purpose_clause_as_a_goal_or_closed_by_another_body_does_not():
    goal = _DIRECTIVE.replace("Để tiếp tục thực hiện nghiêm\n", "Để thực hiện thắng lợi các mục tiêu của\n")
    assert extract(make_text(goal)).implements == []
    other = _DIRECTIVE.replace("Ủy ban nhân dân tỉnh yêu cầu:", "các sở, ngành cần tập trung:")
    assert extract(make_text(other)).implements == []
    ministry = _DIRECTIVE.replace("Ủy ban nhân dân tỉnh yêu cầu:", "Bộ Nông nghiệp và Môi trường đề nghị:")
    assert extract(make_text(ministry)).implements == []


def test_a_letter_s_purpose_clause_closed_by_its_own_request_implements_its_instrument():
    raw = (
        "SỞ Y TẾ TỈNH NGHỆ AN\nSố: 512/SYT-NVY\nV/v tăng cường công tác phòng, chống dịch\n"
        "Nghệ An, ngày 12 tháng 3 năm 2024\n"
        "Kính gửi: Các bệnh viện tuyến tỉnh, Trung tâm Y tế các huyện, thành phố, thị xã.\n"
        "Để tiếp tục thực hiện nghiêm Công văn số 1234/UBND-VX ngày 05/3/2024 của UBND tỉnh về tăng cường phòng, "
        "chống dịch bệnh, Sở Y tế đề nghị các đơn vị thực hiện một số nội dung sau:\n"
        "1. Triển khai Kế hoạch số 45/KH-SYT ngày 02/02/2024 của Sở Y tế.\n"
    )
    record = extract(make_text(raw))
    assert [c.number for c in record.implements] == ["1234"]
    assert extract(make_text(raw.replace("Sở Y tế đề nghị", "các đơn vị cần"))).implements == []


# ---------------------------------------------------------------------------- a conference's short name


def test_a_short_name_in_parentheses_after_a_treaty_named_in_a_conference_s_name_is_the_conference_s():
    assert CONFERENCE_BEFORE.search("Hội nghị lần thứ 26 các Bên tham gia ")
    assert CONFERENCE_BEFORE.search("Tuyên truyền, ") is None
    raw = (
        "Thực hiện cam kết của Việt Nam tại Hội nghị lần thứ 26 các Bên tham gia Công ước khung của Liên hợp quốc "
        "về biến đổi khí hậu (COP26) về đưa mức phát thải ròng về “0” vào năm 2050.\n"
    )
    assert _cites(raw) == []
    # The treaty named with its year is read; a treaty's own short name still is.
    dated = raw.replace("biến đổi khí hậu (COP26)", "biến đổi khí hậu năm 1992 (COP26)")
    assert [(c.surface, c.year) for c in _cites(dated)] == [
        ("Công ước khung của Liên hợp quốc về biến đổi khí hậu năm 1992", 1992)
    ]
    (c,) = _cites("Tiếp tục triển khai Hiệp định Thương mại tự do Việt Nam - EU (EVFTA) trên địa bàn tỉnh.\n")
    assert c.doc_type == "Hiệp định"


# ---------------------------------------------------------------------------- charters named in two ways


def test_a_charter_has_one_name_whichever_way_it_is_written():
    assert charter_name("Điều lệ Đoàn TNCS Hồ Chí Minh") == "Điều lệ Đoàn Thanh niên Cộng sản Hồ Chí Minh"
    assert charter_name("Điều lệ Đảng") == charter_name("Điều lệ Đảng cộng sản Việt Nam") == "Điều lệ Đảng Cộng sản Việt Nam"
    assert charter_name("Điều lệ Hội Cựu chiến binh Việt Nam") == "Điều lệ Hội Cựu chiến binh Việt Nam"


_YOUTH = (
    "BAN CHẤP HÀNH ĐOÀN TỈNH NGHỆ AN\nSố: {n}-KH/TĐTN\nNghệ An, ngày 10 tháng 3 năm 2024\nKẾ HOẠCH\n"
    "Tổ chức Đại hội chi đoàn nhiệm kỳ 2024 - 2027\nCăn cứ {charter};\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
)


def test_two_documents_citing_the_youth_union_s_charter_in_two_ways_cite_one_instrument():
    texts = [
        _YOUTH.format(n=12, charter="Điều lệ Đoàn TNCS Hồ Chí Minh"),
        _YOUTH.format(n=13, charter="Điều lệ Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    ]
    sources = []
    for k, raw in enumerate(texts):
        t = read_bytes(raw.encode("utf-8"), name=f"kh{k}.txt")
        sources.append(prepare(extract(t), t))
    g = build_graph(sources)
    charters = [d for _, d in g.nodes(data=True) if d.get("doc_type") == "Điều lệ"]
    assert len(charters) == 1, charters
    assert charters[0]["status"] == "placeholder"
    assert sorted(charters[0]["surfaces"]) == ["Điều lệ Đoàn TNCS Hồ Chí Minh", "Điều lệ Đoàn Thanh niên Cộng sản Hồ Chí Minh"]


# ---------------------------------------------------------------------------- a date in parentheses


def test_a_date_in_parentheses_whose_year_is_not_the_symbol_s_is_not_read_but_the_issuer_after_it_is():
    (c,) = _cites(
        "Thực hiện Quyết định số 15/2023/QĐ-UBND (ngày 10/3/2024) của Ủy ban nhân dân tỉnh về quy chế.\n",
        Header(province="Nghệ An"),
    )
    assert (c.surface, c.date, c.year, c.issuer) == (
        "Quyết định số 15/2023/QĐ-UBND", None, 2023, "Ủy ban nhân dân tỉnh Nghệ An"
    )
    assert c.title == "quy chế"


# ---------------------------------------------------------------------------- citations in a table's cells

_REVIEW = (
    "**KẾ HOẠCH**\n\n**Rà soát văn bản quy phạm pháp luật năm 2024**\n\n"
    "| TT | Văn bản | **Ngày ban hành** | Cơ quan ban hành |\n|---|---|---|---|\n"
    "| 1 | Quyết định số 15/2023/QĐ-UBND | 10/3/2023 | UBND tỉnh |\n"
    "| 2 | Kế hoạch số 45/KH-SYT | | |\n"
    "| | ngày 02/02/2024 của Sở Y tế về phòng, chống dịch bệnh | | |\n"
    "| 3 | Công văn số 12/SYT-NV | | |\n"
    "| | 05/01/2024 của Sở Y tế về tiêm chủng mở rộng | | |\n"
    "| 4 | Chỉ thị số 07/CT-UBND | 10/3/2021 | Sở Y tế |\n"
    "| 5 | Quyết định số 16/2023/QĐ-UBND | 10/3/2024 | UBND tỉnh |\n"
)
_TASKS = (
    "| TT | Nội dung | Thời gian | Cơ quan chủ trì |\n|---|---|---|---|\n"
    "| 1 | Triển khai Kế hoạch số 50/KH-UBND | 30/6/2024 | Sở Y tế |\n"
    "| 2 | Thực hiện Kế hoạch số 51/KH-UBND | | |\n"
    "| | 30/6/2024 | | |\n"
)


def _table_cites(raw: str):
    text = read_bytes(raw.encode("utf-8"), name="kh.md")
    return {c.number: c for c in find_citations(text, Header(province="Nghệ An"))}


def test_a_citation_cut_at_its_cell_s_end_reads_on_in_the_next_row():
    cites = _table_cites(_REVIEW)
    kh, cv = cites["45"], cites["12"]
    assert (kh.surface, kh.date, kh.issuer, kh.title) == (
        "Kế hoạch số 45/KH-SYT", "2024-02-02", "Sở Y tế tỉnh Nghệ An", "phòng, chống dịch bệnh"
    )
    assert (cv.date, cv.issuer, cv.title) == ("2024-01-05", "Sở Y tế tỉnh Nghệ An", "tiêm chủng mở rộng")
    # The flat text is as before: the rows stay rows.
    text = read_bytes(_REVIEW.encode("utf-8"), name="kh.md")
    assert "| 2 | Kế hoạch số 45/KH-SYT | | | | | ngày 02/02/2024 của Sở Y tế" in text.flat


def test_a_bare_date_in_the_next_row_is_not_read_without_its_issuer():
    cites = _table_cites(_TASKS)
    assert (cites["51"].date, cites["51"].issuer) == (None, None)  # "30/6/2024": a deadline
    assert (cites["50"].date, cites["50"].issuer) == (None, None)  # no column named the date of issue


def test_a_citation_s_date_and_issuer_in_columns_named_so():
    cites = _table_cites(_REVIEW)
    qd = cites["15"]
    assert (qd.date, qd.issuer) == ("2023-03-10", "Ủy ban nhân dân tỉnh Nghệ An")
    assert "column 'date'" in qd.note and "của" not in qd.note
    # A body whose name is not the symbol's body: not its issuer; a date of another year: not its date.
    assert (cites["07"].date, cites["07"].issuer) == ("2021-03-10", None)
    assert (cites["16"].date, cites["16"].issuer) == (None, "Ủy ban nhân dân tỉnh Nghệ An")


def test_column_patterns():
    from vanban.loaders.citation_cells import DATE_COLUMN, ISSUER_COLUMN, cell_date

    assert DATE_COLUMN.fullmatch("Ngày ban hành")
    assert DATE_COLUMN.fullmatch("Ngày, tháng, năm ban hành")
    assert DATE_COLUMN.fullmatch("Ngày văn bản")
    assert DATE_COLUMN.fullmatch("Ngày hoàn thành") is None
    assert ISSUER_COLUMN.fullmatch("Cơ quan ban hành văn bản")
    assert ISSUER_COLUMN.fullmatch("Cơ quan chủ trì") is None
    assert cell_date("10/3/2023", 0, 9) == ("2023-03-10", 2023, 9)
    assert cell_date("10/3/2023 (dự kiến)", 0, 19) is None
    assert cell_date("ngày 02/02/2024 của Sở", 0) == ("2024-02-02", 2024, 15)
    assert cell_date("35/3/2023", 0) is None


def test_a_date_word_left_at_a_cell_s_end_or_an_issuer_alone_in_the_next_row():
    raw = (
        "| TT | Văn bản |\n|---|---|\n"
        "| 1 | Kế hoạch số 45/KH-SYT ngày |\n| | 02/02/2024 về phòng, chống dịch bệnh |\n"
        "| 2 | Công văn số 12/SYT-NV ngày 05/01/2024 |\n| | của Sở Y tế về tiêm chủng mở rộng |\n"
        "| 3 | Công văn số 13/SYT-NV ngày 06/01/2024 |\n| | Sở Y tế |\n"
    )
    cites = _table_cites(raw)
    assert (cites["45"].date, cites["45"].title) == ("2024-02-02", "phòng, chống dịch bệnh")
    assert (cites["12"].issuer, cites["12"].title) == ("Sở Y tế tỉnh Nghệ An", "tiêm chủng mở rộng")
    assert cites["13"].note is None or "next row" not in cites["13"].note  # no "của": not read on
