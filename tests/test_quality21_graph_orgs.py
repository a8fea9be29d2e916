"""Organization resolution, round 21 (session 12): a ministry's Vụ or Cục has one key, with its
ministry, whether it heads a letter or a letter names it; the initials a body is known by in
brackets ("Trung tâm Kiểm soát bệnh tật (CDC)") are its aliases, which `vanban reports` reads; a
task's doers are respelled as the extractor respells names ("Các cơ quan quan"); the heads and
offices of central bodies the Government's recipient lines name are one node each. Fragments are
from the collected documents (the Government's Nơi nhận, a Quảng Ngãi plan, Hà Nội resolutions, a
Đà Nẵng report) and the session's tests (a Bộ Y tế department's letter)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from vanban.cli import app
from vanban.graph import orgs
from vanban.graph.build import DocContext, _unplaced, build_graph, prepare, qualify_org
from vanban.graph.initials import bracketed_alias
from vanban.graph.resolve import graph_nodes_edges
from vanban.loaders.codes import ABBREVIATIONS
from vanban.loaders.extract import extract
from vanban.loaders.read import read_bytes


def _ctx(issuer: str | None, province: str | None) -> DocContext:
    return DocContext(key="k", issuer=issuer, province=province, district=None, year=2025)


def _source(text: str, name: str):
    t = read_bytes(text.encode("utf-8"), name=name)
    return prepare(extract(t), t)


def _orgs(g) -> dict[str, dict]:
    return {k: d for k, d in g.nodes(data=True) if d["kind"] == "Organization"}


def _edges(g, type_: str) -> set[tuple[str, str]]:
    return {(u, v) for u, v, d in g.edges(data=True) if d["type"] == type_}


# ---------------------------------------------------------------- a ministry's departments

# A Bộ Y tế department's letter (tests/test_quality17_header_damage.py), and letters of the Bộ Y tế
# and the Bộ Tài chính naming their own Vụ Kế hoạch - Tài chính (tests/test_quality18_reports.py:
# "Báo cáo đề nghị gửi về Bộ Y tế (qua Vụ Kế hoạch - Tài chính)").
DEPARTMENT_LETTER = """BỘ Y TẾ
VỤ KẾ HOẠCH - TÀI CHÍNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 123/KH-TC
Hà Nội, ngày 05 tháng 6 năm 2023
V/v hướng dẫn lập dự toán ngân sách năm 2024

Kính gửi: Các đơn vị trực thuộc Bộ Y tế.

Thực hiện Thông tư số 51/2023/TT-BTC, Vụ Kế hoạch - Tài chính đề nghị các đơn vị báo cáo về Vụ Kế hoạch - Tài chính trước ngày 30/6/2023.

Nơi nhận:
- Như trên;
- Bộ trưởng (để b/c);
- Lưu: VT, KHTC.
KT. VỤ TRƯỞNG
PHÓ VỤ TRƯỞNG
Nguyễn Văn An
"""
MINISTRY_LETTER = """{upper}
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: {number}/{code}-KHTC
Hà Nội, ngày 07 tháng 6 năm 2023
V/v báo cáo tình hình thực hiện dự toán

Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương.

{name} đề nghị Sở Y tế các tỉnh, thành phố báo cáo kết quả thực hiện về {name} (qua Vụ Kế hoạch - Tài chính) trước ngày 20/8/2023.

Nơi nhận:
- Như trên;
- Vụ Kế hoạch - Tài chính;
- Lưu: VT, KHTC.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Trần Văn Bình
"""
HEALTH_DEPARTMENT = "Vụ Kế hoạch - Tài chính (Bộ Y tế)"
FINANCE_DEPARTMENT = "Vụ Kế hoạch - Tài chính (Bộ Tài chính)"


def _department_sources():
    return [
        _source(DEPARTMENT_LETTER, "cv123_vkhtc.txt"),
        _source(MINISTRY_LETTER.format(upper="BỘ Y TẾ", number="456", code="BYT", name="Bộ Y tế"), "cv456_byt.txt"),
        _source(MINISTRY_LETTER.format(upper="BỘ TÀI CHÍNH", number="789", code="BTC", name="Bộ Tài chính"), "cv789_btc.txt"),
    ]


def test_a_ministrys_department_heading_a_letter_is_the_one_its_ministry_names():
    g = build_graph(_department_sources())
    nodes = _orgs(g)
    # One key for the Bộ Y tế's department: the issuer of its own letter, a recipient of the Bộ's.
    assert any(v == HEALTH_DEPARTMENT for _, v in _edges(g, "ISSUED_BY"))
    assert any(v == HEALTH_DEPARTMENT for _, v in _edges(g, "SENT_TO"))
    assert "Vụ Kế hoạch - Tài chính" not in nodes, sorted(n for n in nodes if n.startswith("Vụ"))
    # Not merged with the Bộ Tài chính's department of the same name.
    assert FINANCE_DEPARTMENT in nodes
    assert (HEALTH_DEPARTMENT, "Bộ Y tế") in _edges(g, "PART_OF")
    assert (FINANCE_DEPARTMENT, "Bộ Tài chính") in _edges(g, "PART_OF")
    # In the department's letter, "Bộ trưởng" is its minister.
    assert "Bộ trưởng Bộ Y tế" in nodes


def test_a_ministrys_department_one_graph_in_any_order():
    sources = _department_sources()
    assert graph_nodes_edges(build_graph(sources)) == graph_nodes_edges(build_graph(list(reversed(sources))))


@pytest.mark.parametrize(("written", "key"), [
    # A Bộ Công Thương letter's recipient line (collected), a department the data does not know.
    ("Cục Quản lý giá - Bộ Tài chính", "Cục Quản lý giá (Bộ Tài chính)"),
    ("Cục Quản lý giá, Bộ Tài chính", "Cục Quản lý giá (Bộ Tài chính)"),
    # A Hồ Chí Minh City letter's recipients: "- Vụ Đối ngoại, Văn phòng Chủ tịch nước;".
    ("Vụ Đối ngoại, Văn phòng Chủ tịch nước", "Vụ Đối ngoại (Văn phòng Chủ tịch nước)"),
    # A Quảng Ngãi plan: the Government office's Cục, already with its office.
    ("Cục Kiểm soát thủ tục hành chính (Văn phòng Chính phủ)", "Cục Kiểm soát thủ tục hành chính (Văn phòng Chính phủ)"),
    ("Bộ Y tế - Vụ Kế hoạch - Tài chính", HEALTH_DEPARTMENT),
    ("Vụ Kế hoạch - Tài chính, Bộ Y tế", HEALTH_DEPARTMENT),
    ("Vụ Kế hoạch - Tài chính thuộc Bộ Y tế", HEALTH_DEPARTMENT),
    # A Hồ Chí Minh City page, the name cut with the rest of its sentence: "Cục Lãnh sự Bộ Ngoại giao
    # trân trọng thông tin" (the ministry before the sentence's verb: ``orgs.MINISTRY_TAIL``).
    ("Cục Lãnh sự Bộ Ngoại giao trân trọng thông tin", "Cục Lãnh sự (Bộ Ngoại giao)"),
])
def test_a_department_named_with_its_ministry_is_keyed_so_in_any_document(written, key):
    for ctx in (_ctx("Hội đồng nhân dân thành phố Hà Nội", "Hà Nội"), _ctx("Thủ tướng Chính phủ", None)):
        assert qualify_org(written, ctx) == key
    assert orgs.org_info(key).level == "central"


def test_what_is_no_department_of_a_known_ministry_is_left_alone():
    # No ministry after it (a province's command); a department's head; a department without its
    # ministry; a ministry's general department ("Tổng cục", national by its name).
    for name in ("Vụ Pháp chế Bộ Chỉ huy Quân sự tỉnh Nghệ An", "Vụ trưởng Vụ Tổ chức cán bộ", "Vụ Tổ chức cán bộ",
                 "Bộ Nông nghiệp và Phát triển nông thôn - Tổng cục Thủy lợi", "Vụ Pháp luật, Văn phòng Sở Y tế"):
        assert orgs.unit_of_ministry(name) is None, name


def test_a_bare_department_heading_a_letter_is_told_apart_by_the_letter():
    # "VỤ KẾ HOẠCH - TÀI CHÍNH" whose ministry's line was lost: every ministry has one.
    assert _unplaced("Vụ Kế hoạch - Tài chính", None)
    assert not _unplaced(HEALTH_DEPARTMENT, None)


# ---------------------------------------------------------------- initials in brackets

CDC_PLAN = """SỞ Y TẾ TỈNH SƠN LA
BỆNH VIỆN ĐA KHOA TỈNH SƠN LA
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: {number}/KH-BVĐK
Sơn La, ngày 05 tháng 6 năm 2024

KẾ HOẠCH
Phòng, chống dịch sốt xuất huyết năm 2024 số {number}

I. TỔ CHỨC THỰC HIỆN
1. Phòng Kế hoạch tổng hợp chủ trì, phối hợp với {centre} giám sát ca bệnh.

Nơi nhận:
- Sở Y tế;
- {centre};
- Lưu: VT, KHTH.
GIÁM ĐỐC
Nguyễn Văn An
"""
CENTRE = "Trung tâm Kiểm soát bệnh tật tỉnh Sơn La"


def test_bracketed_initials_are_the_bodys_alias():
    assert bracketed_alias("Trung tâm Kiểm soát bệnh tật (CDC)") == ("Trung tâm Kiểm soát bệnh tật", "CDC")
    assert bracketed_alias("Phòng Kế hoạch tổng hợp (KHTH)") == ("Phòng Kế hoạch tổng hợp", "KHTH")
    assert bracketed_alias("Tổ chức Y tế Thế giới (WHO)") == ("Tổ chức Y tế Thế giới", "WHO")
    # Another body's initials ("Cục Kiểm soát TTHC (VPCP)", a Quảng Ngãi plan), initials that start
    # as the name's words do without spelling it, words: no alias.
    reserved = frozenset(ABBREVIATIONS)
    assert bracketed_alias("Cục Kiểm soát TTHC (VPCP)", reserved) is None
    assert bracketed_alias("Phòng Tổ chức cán bộ (TCHC)") is None
    assert bracketed_alias("Bệnh viện Đa khoa (cơ sở 2)") is None


def test_a_centre_written_with_its_initials_is_one_node_that_keeps_them():
    a = _source(CDC_PLAN.format(number="61", centre="Trung tâm Kiểm soát bệnh tật (CDC)"), "kh61_bvdk.txt")
    b = _source(CDC_PLAN.format(number="62", centre=CENTRE), "kh62_bvdk.txt")
    g = build_graph([a, b])
    nodes = _orgs(g)
    assert nodes[CENTRE]["aliases"] == ["CDC"]
    assert not any("CDC" in n for n in nodes)
    assert graph_nodes_edges(g) == graph_nodes_edges(build_graph([b, a]))


def test_reports_finds_a_body_by_its_alias(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "kh61_bvdk.txt").write_text(CDC_PLAN.format(number="61", centre="Trung tâm Kiểm soát bệnh tật (CDC)"), encoding="utf-8")
    (folder / "kh62_bvdk.txt").write_text(CDC_PLAN.format(number="62", centre=CENTRE), encoding="utf-8")
    runner = CliRunner()
    store = str(tmp_path / "store")
    assert runner.invoke(app, ["load", str(folder), "--store", store]).exit_code == 0
    rows = runner.invoke(app, ["query", "--cypher", "MATCH (o:Organization) WHERE size(o.aliases) > 0 RETURN o.key AS key, o.aliases AS aliases",
                               "--store", store, "--format", "json"])
    assert json.loads(rows.stdout) == [{"key": CENTRE, "aliases": ["CDC"]}]
    for typed in ("CDC Sơn La", "cdc son la"):
        r = runner.invoke(app, ["reports", typed, "--store", store])
        assert r.exit_code == 0, r.output
        assert CENTRE in r.output


# ---------------------------------------------------------------- spellings

def test_a_doubled_word_in_a_task_doer_is_the_collective():
    # A Quảng Ngãi plan (corpus 047): "Các cơ quan quan tham mưu quản lý ngành, lĩnh vực".
    ctx = _ctx("Ủy ban nhân dân tỉnh Quảng Ngãi", "Quảng Ngãi")
    assert qualify_org("Các cơ quan quan tham mưu quản lý ngành, lĩnh vực", ctx) == qualify_org(
        "Các cơ quan tham mưu quản lý ngành, lĩnh vực", ctx)
    # A place's name may repeat a syllable: kept.
    assert "Đông Đông" in qualify_org("Ủy ban nhân dân xã Đông Đông", ctx)


def test_a_footnote_mark_glued_to_a_name_is_dropped():
    # A Đà Nẵng report copied from the web: "… ngày 17/10/2025 của Thanh tra Chính phủ[3],".
    assert qualify_org("Thanh tra Chính phủ[3]", _ctx("Ủy ban nhân dân thành phố Đà Nẵng", "Đà Nẵng")) == "Thanh tra Chính phủ"


# The Government's recipient lines (a resolution of the Chính phủ, collected): "- Thủ tướng, các Phó
# Thủ tướng Chính phủ; … - Văn phòng Tổng Bí thư; - Văn phòng Chủ tịch nước; … - Văn phòng Quốc hội;
# … - VPCP: BTCN, các PCN, Trợ lý TTg, … TGĐ Cổng TTĐT".
@pytest.mark.parametrize("name", [
    "Văn phòng Tổng Bí thư", "Văn phòng Chủ tịch nước", "Văn phòng Quốc hội", "Các Phó Thủ tướng Chính phủ",
    "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Các Phó Chủ nhiệm Văn phòng Chính phủ", "Trợ lý Thủ tướng Chính phủ",
    "Tổng Giám đốc Cổng Thông tin điện tử Chính phủ",
])
def test_the_heads_and_offices_of_central_bodies_are_one_node_whoever_names_them(name):
    keys = {qualify_org(name, ctx) for ctx in (_ctx("Chính phủ", None), _ctx("Thủ tướng Chính phủ", None),
                                               _ctx("Văn phòng Chính phủ", None), _ctx("Hội đồng nhân dân thành phố Hà Nội", "Hà Nội"))}
    assert keys == {name}
    assert orgs.org_info(name).level == "central"


def test_a_local_head_is_not_read_as_a_central_one():
    assert orgs.org_info("Chủ tịch Ủy ban nhân dân tỉnh Sơn La").rule != "head or deputy of a central body"
    assert qualify_org("Phó Chủ tịch", _ctx("Ủy ban nhân dân tỉnh Sơn La", "Sơn La")) == "Phó Chủ tịch Ủy ban nhân dân tỉnh Sơn La"


def test_a_ministry_named_with_a_comma_keeps_its_office():
    # A Bộ Văn hóa, Thể thao và Du lịch letter: "Chánh Văn phòng Bộ Văn hóa, Thể thao và Du lịch".
    ctx = _ctx("Bộ Văn hóa, Thể thao và Du lịch", None)
    head = "Chánh Văn phòng Bộ Văn hóa, Thể thao và Du lịch"
    assert qualify_org(head, ctx) == qualify_org("Chánh Văn phòng Bộ", ctx) == head
    assert orgs.org_info(head).part_of == "Văn phòng Bộ Văn hóa, Thể thao và Du lịch"
    # A list after an office's name is no ministry's office.
    assert orgs.org_info("Văn phòng Bộ Y tế, Sở Y tế").rule != "office of a ministry"


def test_the_ministries_collective_one_spelling():
    # A Prime Minister's directive writes "Các Bộ", the Government's resolutions "Các bộ"; "Các Bộ
    # trưởng" is a title.
    ctx = _ctx("Thủ tướng Chính phủ", None)
    assert qualify_org("Các Bộ", ctx) == qualify_org("Các bộ", ctx)
    assert qualify_org("Các Bộ, ngành", ctx) == qualify_org("Các bộ, ngành", ctx)
    assert qualify_org("Các Bộ trưởng", ctx).startswith("Các Bộ trưởng")
    # Named ministries after "Các Bộ" keep their capital: "Các Bộ Quốc phòng, Xây dựng …" (a Prime
    # Minister's telegram, collected).
    assert qualify_org("Các Bộ Quốc phòng", ctx).startswith("Các Bộ Quốc phòng")


@pytest.mark.parametrize("written", [
    # The recipient lines of provinces' rules (collected: Hà Nội, Vĩnh Long, Đồng Nai, Huế, Bắc Ninh,
    # Lai Châu, Hà Tĩnh): one department of the Bộ Tư pháp in six spellings.
    "Cục KTVB&QLXL VPHC-Bộ Tư pháp", "Cục KTVB&QLXLVPHC - Bộ Tư pháp", "Cục KTVB&QLXLVPHC (Bộ Tư pháp)",
    "Cục Kiểm tra văn bản và QLXLVPHC - Bộ Tư pháp", "Cục Kiểm tra văn bản và Quản lý XLVP hành chính - Bộ Tư pháp",
    "Cục Kiểm tra văn bản và Quản lý xử lý VPHC - Bộ Tư pháp",
])
def test_a_known_ministry_department_by_its_initials(written):
    for ctx in (_ctx("Ủy ban nhân dân tỉnh Bắc Ninh", "Bắc Ninh"), _ctx("Hội đồng nhân dân thành phố Hà Nội", "Hà Nội")):
        assert qualify_org(written, ctx) == "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính (Bộ Tư pháp)"


def test_the_government_offices_department_with_or_without_its_office():
    # Bắc Ninh and Thanh Hóa decisions: "Cục KSTTHC(Văn phòng Chính phủ)", "Cục Kiểm soát TTHC-VPCP".
    ctx = _ctx("Ủy ban nhân dân tỉnh Thanh Hóa", "Thanh Hóa")
    keys = {qualify_org(n, ctx) for n in ("Cục KSTTHC(Văn phòng Chính phủ)", "Cục Kiểm soát TTHC-VPCP", "Cục Kiểm soát thủ tục hành chính")}
    assert keys == {"Cục Kiểm soát thủ tục hành chính (Văn phòng Chính phủ)"}
    # Named with another ministry: not that department.
    assert qualify_org("Cục Kiểm soát thủ tục hành chính (Bộ Y tế)", ctx) == "Cục Kiểm soát thủ tục hành chính (Bộ Y tế)"


# ---------------------------------------------------------------- a body's own organs and area

def test_a_councils_committees_one_key_with_or_without_of():
    # Hà Giang and Hà Nội resolutions: "Các ban Hội đồng nhân dân" in the council's own resolution, "Các
    # ban của Hội đồng nhân dân tỉnh Hà Giang" in another.
    ctx = _ctx("Hội đồng nhân dân tỉnh Hà Giang", "Hà Giang")
    keys = {qualify_org(n, ctx) for n in ("Các ban Hội đồng nhân dân", "Các ban của Hội đồng nhân dân tỉnh Hà Giang",
                                          "Các ban Hội đồng nhân dân tỉnh Hà Giang")}
    assert keys == {"Các ban Hội đồng nhân dân tỉnh Hà Giang"}
    # The Front's member organisations of a commune (Quảng Ninh plans), with and without "của".
    front = _ctx("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh, tỉnh Quảng Ninh", "Quảng Ninh")
    assert qualify_org("Các tổ chức thành viên của Mặt trận Tổ quốc Việt Nam xã Lương Minh", front) == qualify_org(
        "Các tổ chức thành viên Mặt trận Tổ quốc Việt Nam xã Lương Minh", front)


def test_the_bodies_in_the_issuers_area_are_its_places():
    # A Bắc Ninh plan names "Các cơ quan báo chí đóng trên địa bàn" and "… đóng trên địa bàn tỉnh Bắc Ninh".
    ctx = _ctx("Ủy ban nhân dân tỉnh Bắc Ninh", "Bắc Ninh")
    assert qualify_org("Các cơ quan báo chí đóng trên địa bàn", ctx) == qualify_org("Các cơ quan báo chí đóng trên địa bàn tỉnh Bắc Ninh", ctx)
    # A district's plan (Mộc Châu): its own area.
    district = DocContext(key="k", issuer="Ủy ban nhân dân huyện Mộc Châu", province="Sơn La", district="Mộc Châu", year=2025)
    assert qualify_org("Các cơ quan, đơn vị trên địa bàn", district) == "Các cơ quan, đơn vị trên địa bàn huyện Mộc Châu"
    # A hospital's "trên địa bàn" is not read as the province's (it is no body of the province as a whole).
    assert qualify_org("Các cơ sở y tế trên địa bàn", _ctx("Bệnh viện Đa khoa tỉnh Sơn La", "Sơn La")).endswith(")")


def test_the_bodies_of_every_province_are_one_node_whoever_names_them():
    # A Prime Minister's directive and a province's plan both address "Chủ tịch Ủy ban nhân dân các tỉnh,
    # thành phố trực thuộc Trung ương" (or "… tỉnh, thành phố trực thuộc TW"): every province's.
    names = ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc TW"]
    contexts = (_ctx("Thủ tướng Chính phủ", None), _ctx("Bộ Nội vụ", None), _ctx("Ủy ban nhân dân tỉnh Sơn La", "Sơn La"))
    assert {qualify_org(n, ctx) for n in names for ctx in contexts} == {names[0]}
    # "… các tỉnh, thành phố" without "trực thuộc Trung ương" may be some provinces: the issuer's.
    assert qualify_org("Ủy ban nhân dân các tỉnh, thành phố", contexts[0]).endswith("(Thủ tướng Chính phủ)")


def test_the_party_office_and_the_fronts_centre_by_their_short_names():
    # The Government's recipient lines: "- Văn phòng Trung ương và các Ban của Đảng;", "- Văn phòng
    # Trung ương Đảng;", "- Ủy ban TWMTTQ Việt Nam;".
    ctx = _ctx("Chính phủ", None)
    assert qualify_org("Văn phòng Trung ương", ctx) == qualify_org("Văn phòng Trung ương Đảng", ctx) == "Văn phòng Trung ương Đảng"
    assert qualify_org("Văn phòng Trung ương Đoàn", ctx) != "Văn phòng Trung ương Đảng"
    assert qualify_org("Ủy ban TWMTTQ Việt Nam", ctx) == "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"


@pytest.mark.parametrize(("written", "ministry"), [
    # Names the extractor cut from sentences of collected documents: an address after the name, the rest
    # of the sentence, a second role after a dash.
    ("Bộ Văn hóa, Thể thao và Du lịch số 51 đường Ngô Quyền, phường Cửa Nam, thành phố Hà Nội", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Bộ Lao động - Thương binh và Xã hội chưa thay đổi", "Bộ Lao động - Thương binh và Xã hội"),
    ("Bộ Tài chính - Cơ quan Thường trực Ban Chỉ đạo 751", "Bộ Tài chính"),
    ("Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia", "Bộ trưởng Bộ Tài chính"),
])
def test_a_ministry_with_the_rest_of_its_sentence_is_the_ministry(written, ministry):
    assert qualify_org(written, _ctx("Thủ tướng Chính phủ", None)) == ministry


def test_what_follows_a_ministry_as_part_of_a_name_is_kept():
    for name in ("Bộ Nông nghiệp và Phát triển nông thôn - Tổng cục Thủy lợi", "Bộ Tài chính - Bộ Y tế",
                 "Bộ Y tế và các đơn vị", "Bộ Kế hoạch và Đầu tư tỉnh Sơn La", "Bộ Chỉ huy Quân sự tỉnh Nghệ An"):
        assert orgs.central_spelling(name) == name


def test_a_committees_portal_and_the_assemblys_council():
    # A Nghệ An plan sends to "Cổng Thông tin điện tử" (its province's, as other plans name it with the
    # province); a department's plan may mean its own portal: told apart by it.
    assert qualify_org("Cổng Thông tin điện tử", _ctx("Ủy ban nhân dân tỉnh Nghệ An", "Nghệ An")) == "Cổng Thông tin điện tử tỉnh Nghệ An"
    assert qualify_org("Cổng Thông tin điện tử", _ctx("Sở Y tế tỉnh Hà Tĩnh", "Hà Tĩnh")).endswith("(Sở Y tế tỉnh Hà Tĩnh)")
    # The Government's recipient lines: "- Hội đồng Dân tộc và các Ủy ban của Quốc hội;".
    assert qualify_org("Hội đồng Dân tộc", _ctx("Chính phủ", None)) == "Hội đồng Dân tộc"
    assert orgs.org_info("Hội đồng Dân tộc").part_of == "Quốc hội"


def test_the_alias_round_trips_through_neo4j(neo4j_empty, tmp_path):
    from vanban.graph.ladybug_store import LadybugStore
    from vanban.graph.neo4j_store import Neo4jStore
    from vanban.queries.named import resolve_org

    sources = [_source(CDC_PLAN.format(number="61", centre="Trung tâm Kiểm soát bệnh tật (CDC)"), "kh61_bvdk.txt"),
               _source(CDC_PLAN.format(number="62", centre=CENTRE), "kh62_bvdk.txt")]
    expected = build_graph(sources)
    neo = Neo4jStore(driver=neo4j_empty)
    lady = LadybugStore(tmp_path / "store")
    try:
        neo.add_documents(sources)
        lady.add_documents(sources)
        for store in (neo, lady):
            assert graph_nodes_edges(store.graph()) == graph_nodes_edges(expected)
            assert store.graph().nodes[CENTRE]["aliases"] == ["CDC"]
            assert resolve_org(store, "CDC Sơn La") == CENTRE
    finally:
        neo.close()
        lady.close()
