"""Tasks and recipients, round 19 (b): lists of bodies that stayed one name (the deputies and the delegation of the
National Assembly, heads of ministry departments, a unit naming its owner before a department, a comma with no space,
the organs of a council after the council itself, a commune's civil servant), the heads of the press, a unit's
abbreviation ("Trung tâm VH-TT huyện"), table rows numbered anew in each period group, and Nơi nhận lines naming two
bodies ("Các ban xây dựng Đảng và VP Tỉnh ủy", "Công báo và Cổng …", "Báo HNM, KTDT"). Fragments from corpus 064 and
078 and written in the style of the collected documents (NQ 78 of Ủy ban Thường vụ Quốc hội, QĐ 3605 of UBND tỉnh Sơn
La, QĐ 471 of UBND tỉnh Bắc Ninh, a Quyết định of Bộ Y tế, NQ 113 of Chính phủ, QĐ 18/2016 of UBND tỉnh Hà Giang)."""

from __future__ import annotations

from pathlib import Path

from vanban.loaders.extract import extract
from vanban.loaders.names import expand_abbreviations
from vanban.loaders.parties import doers, normalize_name, split_names
from vanban.loaders.recipients import bodies_named, find_recipients
from vanban.loaders.records import Header
from vanban.loaders.tasks import find_tasks
from vanban.loaders.text import make_text

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


# --- 1. lists of bodies parted -------------------------------------------------------------------------------------


def test_delegation_and_deputies_of_the_national_assembly_are_bodies_of_their_own():
    s = ("Hội đồng Dân tộc, các Ủy ban của Quốc hội, Đoàn đại biểu Quốc hội, đại biểu Quốc hội và Ủy ban Trung ương Mặt "
         "trận Tổ quốc Việt Nam, trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị quyết này.")
    (name, _, _), = doers(s)
    assert [normalize_name(n) for n in split_names(name)] == [
        "Hội đồng Dân tộc", "Các Ủy ban của Quốc hội", "Đoàn đại biểu Quốc hội", "Đại biểu Quốc hội",
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    ]  # was "Các Ủy ban của Quốc hội, Đoàn đại biểu Quốc hội, đại biểu Quốc hội" as one


def test_a_unit_naming_its_owner_is_no_unit_of_the_department_after_it():
    assert split_names("Văn phòng UBND tỉnh, Sở Công Thương, Sở Văn hóa, Thể thao và Du lịch") == [
        "Văn phòng UBND tỉnh", "Sở Công Thương", "Sở Văn hóa, Thể thao và Du lịch",
    ]
    # A unit that names no owner is the department's own (the apposition stays).
    assert split_names("Phòng Tổ chức - Hành chính, Sở Y tế") == ["Phòng Tổ chức - Hành chính, Sở Y tế"]


def test_heads_of_a_ministrys_departments_and_a_council_named_by_its_office():
    assert split_names(
        "Chánh Văn phòng Bộ, Cục trưởng Cục Quản lý Khám, chữa bệnh, Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung "
        "ương, Thủ trưởng các đơn vị trực thuộc Bộ"
    ) == [
        "Chánh Văn phòng Bộ", "Cục trưởng Cục Quản lý Khám, chữa bệnh",
        "Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương", "Thủ trưởng các đơn vị trực thuộc Bộ",
    ]
    assert split_names("Chính phủ, Thủ tướng Chính phủ, Hội đồng quản lý bảo hiểm xã hội") == [
        "Chính phủ", "Thủ tướng Chính phủ", "Hội đồng quản lý bảo hiểm xã hội",
    ]


def test_a_comma_with_no_space_parts_two_bodies():
    assert split_names("Bộ Tài nguyên và Môi trường,Chủ tịch UBND tỉnh") == ["Bộ Tài nguyên và Môi trường", "Chủ tịch UBND tỉnh"]
    # A name's own comma, with or without its space, stays.
    assert split_names("Sở Văn hóa,Thể thao và Du lịch") == ["Sở Văn hóa,Thể thao và Du lịch"]


def test_organs_of_a_council_named_after_the_council_itself():
    assert [normalize_name(n) for n in split_names(
        "Thường trực Hội đồng nhân dân tỉnh, các Ban, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh"
    )] == [
        "Thường trực Hội đồng nhân dân tỉnh", "Các Ban Hội đồng nhân dân tỉnh", "Các Tổ đại biểu Hội đồng nhân dân tỉnh",
        "Đại biểu Hội đồng nhân dân tỉnh",
    ]  # were "Các Ban" and "Các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh"


def test_corpus_078_groups_of_deputies():
    path = next(CORPUS.glob("*078.txt"))
    tasks = {t.section: t for t in find_tasks(make_text(path.read_text(encoding="utf-8")), Header(doc_type="Nghị quyết"))}
    assert tasks["Điều 3.3"].assigned_to == ["Các Tổ đại biểu Hội đồng nhân dân tỉnh", "Đại biểu Hội đồng nhân dân tỉnh"]


def test_a_communes_civil_servant_named_by_field():
    assert split_names("Văn phòng HĐND và UBND xã, công chức Lao động - Thương binh và Xã hội, Trưởng các thôn") == [
        "Văn phòng HĐND và UBND xã", "công chức Lao động - Thương binh và Xã hội", "Trưởng các thôn",
    ]
    # Civil servants as a kind of people stay with the staff they are listed with.
    assert split_names("Cán bộ, công chức của xã") == ["Cán bộ, công chức của xã"]


# --- 2. heads of the press ------------------------------------------------------------------------------------------


def test_editor_in_chief_of_a_paper_is_charged():
    s = ("Chánh Văn phòng UBND tỉnh; Đài Phát thanh - Truyền hình tỉnh; Tổng biên tập Báo Sơn La; Chủ tịch UBND các "
         "huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.")
    assert [d[0] for d in doers(s)] == [
        "Chánh Văn phòng UBND tỉnh", "Đài Phát thanh - Truyền hình tỉnh", "Tổng biên tập Báo Sơn La",
        "Chủ tịch UBND các huyện, thành phố",
    ]  # "Tổng biên tập Báo Sơn La" was lost


# --- 3. abbreviations in unit names ---------------------------------------------------------------------------------


def test_culture_and_information_centre_expanded():
    assert normalize_name("Trung tâm VH-TT huyện") == "Trung tâm Văn hóa - Thông tin huyện"
    assert expand_abbreviations("Phòng VH-TT huyện phối hợp") == "Phòng Văn hóa - Thông tin huyện phối hợp"
    # The department of culture, sports and tourism (before: "Văn hóa - Thông tin&DL").
    assert expand_abbreviations("Sở VHTT&DL") == "Sở Văn hóa, Thể thao và Du lịch"
    assert expand_abbreviations("Sở VH-TT&DL") == "Sở Văn hóa, Thể thao và Du lịch"
    # A longer code is not read in part; the written "VHTT" keeps its reading.
    assert expand_abbreviations("Trung tâm VH-TT-TT huyện") == "Trung tâm VH-TT-TT huyện"
    assert expand_abbreviations("Trung tâm VHTT huyện") == "Trung tâm Văn hóa - Thông tin huyện"


# --- 4. table rows numbered within groups ---------------------------------------------------------------------------

PLAN = """KẾ HOẠCH
Chuyển đổi số giai đoạn 2024 - 2025

I. MỤC ĐÍCH, YÊU CẦU

Nâng cao hiệu quả quản lý nhà nước.

II. NHIỆM VỤ CỤ THỂ

| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Thời gian hoàn thành |
|---|---|---|---|
{rows}
III. TỔ CHỨC THỰC HIỆN

1. Phòng Văn hóa và Thông tin theo dõi, đôn đốc việc thực hiện.
"""

GROUPED = """| **I** | **Năm 2024** | | |
| 1 | Rà soát hạ tầng công nghệ thông tin | Phòng Văn hóa và Thông tin | 30/6/2024 |
| 2 | Tập huấn kỹ năng số cho cán bộ | Phòng Nội vụ | 30/9/2024 |
| **II** | **Năm 2025** | | |
| 1 | Số hóa hồ sơ thủ tục hành chính | Văn phòng HĐND và UBND huyện | 30/6/2025 |
| 2 | Đánh giá kết quả chuyển đổi số | Phòng Văn hóa và Thông tin | 15/12/2025 |
"""


def _sections(doc: str) -> list[tuple[str, str]]:
    return [(t.section, t.text_start) for t in find_tasks(make_text(doc), Header())]


def test_rows_numbered_anew_in_each_group_get_unique_sections():
    assert _sections(PLAN.format(rows=GROUPED)) == [
        ("II.I.1", "Rà soát hạ tầng công nghệ thông tin"),
        ("II.I.2", "Tập huấn kỹ năng số cho cán bộ"),
        ("II.II.1", "Số hóa hồ sơ thủ tục hành chính"),
        ("II.II.2", "Đánh giá kết quả chuyển đổi số"),
        ("III.1", "Phòng Văn hóa và Thông tin theo dõi, đôn đốc việc thực hiện."),
    ]  # were "II.1", "II.2", "II.1", "II.2"


def test_groups_without_a_number_take_their_rank():
    rows = GROUPED.replace("| **I** | **Năm 2024**", "| | **Năm 2024**").replace("| **II** | **Năm 2025**", "| | **Năm 2025**")
    assert [s for s, _ in _sections(PLAN.format(rows=rows))][:4] == ["II.1.1", "II.1.2", "II.2.1", "II.2.2"]


def test_rows_numbered_through_their_groups_keep_their_sections():
    rows = GROUPED.replace("| 1 | Số hóa", "| 3 | Số hóa").replace("| 2 | Đánh giá", "| 4 | Đánh giá")
    assert [s for s, _ in _sections(PLAN.format(rows=rows))][:4] == ["II.1", "II.2", "II.3", "II.4"]


# --- recipients -----------------------------------------------------------------------------------------------------


def _recipients(noi_nhan: str, header: Header) -> list[str]:
    body = ("TỈNH ỦY QUẢNG NINH\nSố: 12-KH/TU\nHạ Long, ngày 10 tháng 5 năm 2024\nKẾ HOẠCH\nThực hiện chuyển đổi số\n"
            "Các cấp ủy triển khai thực hiện./.\n" + noi_nhan)
    return [r.name for r in find_recipients(make_text(body), header)]


QUANG_NINH = Header(issuer="Tỉnh ủy Quảng Ninh", province="Quảng Ninh")


def test_party_boards_and_office_named_with_and():
    # Corpus 064: "- Các ban xây dựng Đảng và VP Tỉnh ủy;".
    names = _recipients("Nơi nhận:\n- Ban Thường vụ Tỉnh ủy (b/c);\n- Các ban xây dựng Đảng và VP Tỉnh ủy;\n- Lưu VT.\nT/M BAN THƯỜNG VỤ\n", QUANG_NINH)
    # The issuer's own units keep the text's wording (corpus 064's issuer, another body, qualifies them).
    assert names[1:3] == ["Các ban xây dựng Đảng Tỉnh ủy", "Văn phòng Tỉnh ủy"]
    # A name whose "và" joins its fields, or a group of kinds, stays one.
    for kept in ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "Các sở, ban, ngành và Văn phòng UBND tỉnh"):
        names = _recipients(f"Nơi nhận:\n- {kept};\n- Lưu VT.\nT/M BAN THƯỜNG VỤ\n", QUANG_NINH)
        assert len(names) == 2, names


def test_corpus_064_party_boards_and_office():
    path = next(CORPUS.glob("*064.txt"))
    names = [r.name for r in extract(make_text(path.read_text(encoding="utf-8"))).recipients]
    assert "Các ban xây dựng Đảng Tỉnh ủy Quảng Ninh" in names and "Văn phòng Tỉnh ủy Quảng Ninh" in names


def test_gazette_and_portal_and_papers_named_by_code():
    header = Header(issuer="Ủy ban nhân dân thành phố Hà Nội", province="Hà Nội")
    names = _recipients(
        "Nơi nhận:\n- Như Điều 3;\n- Công báo và Cổng thông tin điện tử Chính phủ;\n- Cổng TTĐT Chính phủ, Báo HNM, KTDT, Đài PT&TH Hà Nội;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\n",
        header,
    )
    # "Như Điều 3" is one entry as written (this fragment has no Điều 3 to point to).
    assert names[:3] == ["Như Điều 3", "Công báo", "Cổng thông tin điện tử Chính phủ"]
    assert "Báo HNM" in str(names) and any(n.startswith("Báo KTDT") for n in names), names
    assert not any(", Báo" in n for n in names)


def test_bodies_and_individuals_concerned_close_the_charged_list():
    doc = """QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế theo dõi, đôn đốc việc thực hiện nhiệm vụ.
Điều 2. Quyết định này có hiệu lực thi hành từ ngày 26 tháng 9 năm 2016.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng
các sở, ban, ngành, đoàn thể tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thành phố
Hà Giang và cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành
Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Văn phòng Chính phủ;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
"""
    names = [r.name for r in bodies_named(find_recipients(make_text(doc), Header(issuer="Ủy ban nhân dân tỉnh Hà Giang", province="Hà Giang")))]
    assert not any(n.endswith("và cơ quan") for n in names), names  # was "… thành phố Hà Giang và cơ quan"
    assert any(n.startswith("Chủ tịch Ủy ban nhân dân các huyện, thành phố Hà Giang") for n in names), names


def test_persons_named_at_tail_with_their_courtesy_are_no_doer():
    s = ("Văn phòng HĐND và UBND xã, công chức Lao động - Thương binh và Xã hội, Trưởng các thôn và các ông, bà có tên tại "
         "Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
    (name, _, _), = doers(s)
    assert split_names(name)[-1] == "Trưởng các thôn"  # was "Trưởng các thôn và các ông, bà"


# --- 5. names the graph showed as one organisation ------------------------------------------------------------------


def _targets(doc: str, header: Header) -> list[tuple[str | None, str | None]]:
    from vanban.loaders.reports import find_reports  # noqa: PLC0415

    return [(r.from_, r.to) if hasattr(r, "from_") else (getattr(r, "from"), r.to) for r in find_reports(make_text(doc), header)]


def test_report_to_a_council_named_by_its_office_and_after_a_comma_with_no_space():
    resolution = """CHÍNH PHỦ
Số: 113/NQ-CP
Hà Nội, ngày 25 tháng 4 năm 2026
NGHỊ QUYẾT
Về thanh toán các chi phí khám bệnh, chữa bệnh bảo hiểm y tế vượt dự toán
CHÍNH PHỦ
QUYẾT NGHỊ:
Điều 1. Cho phép thanh toán các chi phí khám bệnh, chữa bệnh bảo hiểm y tế vượt dự toán.
Điều 2. Tổ chức thực hiện
3. Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam tổ chức thực hiện theo Điều 1 Nghị quyết này xong trước ngày 01 tháng 5 năm 2026, báo cáo Chính phủ, Thủ tướng Chính phủ, Hội đồng quản lý bảo hiểm xã hội kết quả thực hiện, đồng thời gửi Bộ Y tế.
"""
    tos = [to for _, to in _targets(resolution, Header(issuer="Chính phủ", doc_type="Nghị quyết"))]
    # One entry per addressee (round 25); the council named whole (was "…, Hội đồng").
    assert tos[-3:] == ["Chính phủ", "Thủ tướng Chính phủ", "Hội đồng quản lý bảo hiểm xã hội"], tos
    letter = """ỦY BAN NHÂN DÂN
TỈNH BẮC GIANG
Số: 722/UBND-MT
Bắc Giang, ngày 02 tháng 4 năm 2013
V/v phân loại cơ sở gây ô nhiễm môi trường nghiêm trọng
Kính gửi: Sở Tài nguyên và Môi trường
Sở Tài nguyên và Môi trường chủ trì, phối hợp với cơ quan liên quan thực hiện việc rà soát, phân loại cơ sở gây ô nhiễm môi trường nghiêm trọng trên địa bàn tỉnh. Kết quả báo cáo Bộ Tài nguyên và Môi trường,Chủ tịch UBND tỉnh trước ngày 15/4/2013.
"""
    header = Header(issuer="Ủy ban nhân dân tỉnh Bắc Giang", province="Bắc Giang", doc_type="Công văn")
    tos = [to for _, to in _targets(letter, header)]
    # One entry per addressee (round 25): the ministry, then the chairman (read after a comma with no space).
    assert "Bộ Tài nguyên và Môi trường" in tos and any(to and to.startswith("Chủ tịch") for to in tos), tos


def test_departments_and_branches_after_a_body_named_with_and():
    assert split_names("Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố và Sở, ngành") == [
        "Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố", "Sở, ngành",
    ]
    assert split_names("Các Sở, ngành") == ["Các Sở, ngành"]


def test_a_communes_civil_servant_charged_by_the_executing_article():
    doc = """QUYẾT ĐỊNH:
Điều 1. Phê duyệt danh sách hộ nghèo năm 2024.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Văn phòng HĐND và UBND xã, công chức Lao động - Thương binh và Xã hội, Trưởng các thôn và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
"""
    names = [r.name for r in bodies_named(find_recipients(make_text(doc), Header(issuer="Ủy ban nhân dân xã Tân Lập", province="Sơn La")))]
    assert "công chức Lao động - Thương binh và Xã hội" in names, names
    assert not any(", công chức" in n for n in names), names  # was one name with the office


def test_bringing_targets_ends_the_doers_name():
    s = ("- Uỷ ban nhân dân cấp tỉnh, cấp xã đưa các chỉ tiêu bao phủ về bảo hiểm y tế vào nghị quyết, chương trình, kế "
         "hoạch phát triển kinh tế - xã hội hằng năm.")
    assert [d[0] for d in doers(s)] == ["Uỷ ban nhân dân cấp tỉnh, cấp xã"]  # was "… cấp xã đưa các chỉ tiêu bao phủ"


def test_department_codes_of_a_doer_expanded():
    # As canonical_org reads them in headers (names.expand_department_codes), before the abbreviations ("PTNT" alone).
    assert normalize_name("Phòng NN&PTNT huyện") == "Phòng Nông nghiệp và Phát triển nông thôn huyện"  # was "NN&Phát triển …"
    assert normalize_name("Sở KH&ĐT") == "Sở Kế hoạch và Đầu tư"
    assert normalize_name("Phòng TN&MT huyện") == "Phòng Tài nguyên và Môi trường huyện"
    assert normalize_name("Phòng VH&TT huyện") == "Phòng Văn hóa và Thông tin huyện"
    # A longer code holding a field code before its ampersand stays as written.
    assert normalize_name("Trung tâm VH-TT&TT huyện") == "Trung tâm VH-TT&TT huyện"
    # "Phòng TC-HC" of a hospital is its Tổ chức - Hành chính: short codes stay (DEPARTMENT_FIELD).
    assert normalize_name("Phòng TC-HC") == "Phòng TC-HC"


def test_a_table_written_one_cell_per_line_numbered_anew_in_each_group():
    import test_quality17_tasks as earlier  # noqa: PLC0415  (the Nghệ An appendix written one cell per line)

    assert [s for s, _ in _sections(earlier.VERTICAL)] == ["PL.1", "PL.2", "PL.3", "PL.4"]  # numbered through: kept
    doc = earlier.VERTICAL.replace(
        "|\n|\n3\n|", "|\n|\n**II**\n|\n**TỔ CHỨC TÌM KIẾM, CỨU NẠN**\n|\n|\n1\n|"
    ).replace("|\n4\n|", "|\n2\n|")
    assert [s for s, _ in _sections(doc)] == ["PL.I.1", "PL.I.2", "PL.II.1", "PL.II.2"]  # were "PL.1", "PL.2" twice
