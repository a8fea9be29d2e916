"""Citation types and implements, round 3: "Kế hoạch hành động", "Chương trình hành động",
"Thông tri" (corpus 008, 022, 028, 031, 055, 056)."""

from vanban.loaders.citations import find_citations, find_implements
from vanban.loaders.records import Header
from vanban.loaders.text import make_text


def _read(fragment: str, header: Header):
    text = make_text(fragment)
    cites = find_citations(text, header)
    return cites, find_implements(text, header, cites)


def test_action_plan_is_a_plan_and_is_implemented():
    # corpus 028 (UBND tỉnh Nghệ An): the preamble opens with "Triển khai".
    fragment = (
        "**KẾ HOẠCH**\nPHÁT TRIỂN HỆ THỐNG SÓNG VIỄN THÔNG 5G\n\n"
        "Triển khai Kế hoạch hành động số 328-KH/TU ngày 24/4/2025 của Ban chấp hành Đảng bộ tỉnh Nghệ An về việc\n"
        "thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị; UBND tỉnh ban hành Kế hoạch như sau:\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
    )
    cites, implements = _read(fragment, Header(province="Nghệ An"))
    plan = next(c for c in cites if c.number == "328")
    assert (plan.doc_type, plan.symbol, plan.date) == ("Kế hoạch", "KH/TU", "2025-04-24")
    assert plan.surface == "Kế hoạch hành động số 328-KH/TU ngày 24/4/2025"
    assert any(c is plan for c in implements)


def test_action_programme_is_a_programme():
    # corpus 022 (UBND tỉnh Cà Mau).
    fragment = "Thực hiện Chương trình hành động số 01/CTr-UBND ngày 19/01/2025 của Ủy ban nhân dân tỉnh;\n"
    cites, _ = _read(fragment, Header(province="Cà Mau"))
    assert [(c.doc_type, c.number, c.symbol, c.year) for c in cites] == [("Chương trình", "01", "CTr-UBND", 2025)]


def test_circular_of_the_front_is_cited_and_implemented():
    # corpus 056 (Ban Thường trực UBMTTQ phường Bắc Cam Ranh): "Ngày" in capitals.
    fragment = (
        "KẾ HOẠCH\nKiểm tra, giám sát công tác bầu cử\n\n"
        "Căn cứ Thông tri số 04/TT-MTTW-BTT Ngày 04/11/2025 của Uỷ ban MTTQ Việt Nam về Hướng dẫn Uỷ ban MTTQ\n"
        "Việt Nam kiểm tra, giám sát công tác bầu cử;\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    cites, implements = _read(fragment, Header(province="Khánh Hòa"))
    (c,) = [c for c in cites if c.doc_type == "Thông tri"]
    assert (c.number, c.symbol, c.date) == ("04", "TT-MTTW-BTT", "2025-11-04")
    assert c.issuer and "Mặt trận Tổ quốc Việt Nam" in c.issuer
    assert implements == [c]


def test_law_whose_name_opens_with_a_stop_phrase():
    # corpus 080 (Nghị quyết HĐND tỉnh Gia Lai): "Ban hành" ends names elsewhere ("Luật … ban hành ngày …").
    fragment = (
        "NGHỊ QUYẾT\nVỀ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;\n"
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2015;\n"
        "Trên cơ sở xem xét các báo cáo, tờ trình của Thường trực Hội đồng nhân dân tỉnh;\n\nQUYẾT NGHỊ:\n"
    )
    cites, implements = _read(fragment, Header(province="Gia Lai"))
    assert [(c.surface, c.year, c.issuer) for c in implements] == [
        ("Luật Tổ chức chính quyền địa phương năm 2015", 2015, None),
        ("Luật Ban hành văn bản quy phạm pháp luật năm 2015", 2015, None),
    ]
    # corpus 017: mid-sentence, lower-case stops still end the name.
    cites, _ = _read("theo quy định tại Điều 59 Luật Ban hành văn bản quy phạm pháp luật và Nghị định số 80/2025/NĐ-CP", Header())
    assert "Luật Ban hành văn bản quy phạm pháp luật" in [c.surface for c in cites]


def test_letter_preamble_after_the_addressees():
    # corpus 044 (Công văn, Sở GD&ĐT TP.HCM): the "Căn cứ" paragraphs follow "Kính gửi".
    fragment = (
        "V/v hướng dẫn đánh giá, xếp loại trung tâm học tập cộng đồng\n"
        "**Kính gửi: **Ủy ban nhân dân phường, xã và đặc khu\n"
        "Căn cứ Luật Giáo dục ngày 14\ntháng 6 năm 2019;\n"
        "Căn cứ Văn bản hợp nhất số 10/VBHN-BGDĐT ngày 14 tháng 3 năm 2014 của Bộ Giáo dục và Đào tạo về Quy chế\n"
        "tổ chức và hoạt động của Trung tâm học tập cộng đồng;\n"
        "Căn cứ Công văn số 2553/BGDĐT-GDTX\nngày 18 tháng 4 năm 2013 của Bộ Giáo dục và Đào tạo về hướng dẫn đánh giá;\n"
        "Sở Giáo dục và Đào tạo hướng dẫn như sau:\n"
        "1. Thực hiện Công văn số 999/BGDĐT-GDTX ngày 01 tháng 1 năm 2025 của Bộ Giáo dục và Đào tạo.\n"
    )
    cites, implements = _read(fragment, Header(province="Hồ Chí Minh"))
    assert [c.surface for c in implements] == [
        "Luật Giáo dục ngày 14 tháng 6 năm 2019",
        "Văn bản hợp nhất số 10/VBHN-BGDĐT ngày 14 tháng 3 năm 2014",
        "Công văn số 2553/BGDĐT-GDTX ngày 18 tháng 4 năm 2013",
    ]
    assert implements[1].doc_type == "Văn bản hợp nhất"
    assert "Công văn số 999/BGDĐT-GDTX ngày 01 tháng 1 năm 2025" in [c.surface for c in cites]  # body: cited only


def test_letter_without_opening_paragraph_implements_nothing():
    # corpus 043: "Xét báo cáo, đề xuất của Sở Xây dựng tại Công văn số 15972/…" is not implemented.
    fragment = (
        "**Kính gửi:**\n|\n- Công an Thành phố;\n- Sở Xây dựng;\n|\n"
        "Xét báo cáo, đề xuất của\nSở Xây dựng tại Công văn số 15972/SXD-QLN ngày 14 tháng 11 năm 2025\n"
        "về rà soát và chuẩn hóa dữ liệu số nhà;\nChủ tịch Ủy ban nhân dân\nThành phố có ý kiến chỉ đạo như sau:\n"
    )
    cites, implements = _read(fragment, Header(province="Hồ Chí Minh"))
    assert cites and implements == []


def test_date_after_the_issuer():
    # corpus 031 (UBND tỉnh Đồng Nai): the issuer comes before the date.
    cites, _ = _read(
        "Căn cứ Quyết định số 411/QĐ-TTg của Thủ tướng Chính phủ ngày 31/3/2022 phê duyệt Chiến lược quốc gia phát triển"
        " kinh tế số và xã hội số đến năm 2025;\n",
        Header(province="Đồng Nai"),
    )
    (c,) = cites
    assert (c.surface, c.issuer, c.date, c.year) == ("Quyết định số 411/QĐ-TTg", "Thủ tướng Chính phủ", "2022-03-31", 2022)


def test_unusual_date_forms():
    header = Header(province="Hà Giang")
    for fragment, date in (
        ("Thực hiện Quyết định số 1234/QĐ-UBND ngày 3-6-2013 của UBND tỉnh về việc", "2013-06-03"),
        ("Thực hiện Chỉ thị số 05-CT/TW ngày 03 tháng 6 năm 2013 của Bộ Chính trị", "2013-06-03"),
        ("Thực hiện Kế hoạch số 12/KH-UBND ngày\n03/6/2013 của\nUBND tỉnh Hà Giang về", "2013-06-03"),
        ("Thực hiện Nghị quyết số 12-NQ/TU, ngày 3.6.2013 của Tỉnh ủy", "2013-06-03"),
    ):
        (c,) = _read(fragment, header)[0]
        assert c.date == date and c.year == 2013
