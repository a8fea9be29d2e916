"""Entity resolution in the graph, on patterns found in real documents loaded for the first time
(session 6): headers that lost the place of their issuer, a two-line issuer cut in two, joint
issuers, laws cited with their dates written several ways, and names that carry a word of what
follows them. Fragments are written in the style of the real documents they come from."""

from __future__ import annotations

import pytest

from vanban.graph.build import DocContext, _bodies, _header_issuer, build_graph, prepare, qualify_org
from vanban.graph.orgs import central_spelling, joint_bodies, local_spelling, org_info
from vanban.graph.schema import unnumbered_key
from vanban.loaders.extract import extract
from vanban.loaders.read import read_bytes


def _source(text: str, name: str):
    t = read_bytes(text.encode("utf-8"), name=name)
    return prepare(extract(t), t)


def _graph(*sources):
    return build_graph(sources)


def _orgs(g) -> set[str]:
    return {k for k, d in g.nodes(data=True) if d["kind"] == "Organization"}


def _issuers(g, doc: str) -> set[str]:
    return {v for _, v, d in g.out_edges(doc, data=True) if d["type"] == "ISSUED_BY"}


def _loaded(g) -> dict[str, dict]:
    return {k: d for k, d in g.nodes(data=True) if d["kind"] == "Document" and d["status"] == "loaded"}


# The first lines of two provinces' documents whose header lost its second line, the place
# (a Lạng Sơn plan and a Sơn La decision: "ỦY BAN NHÂN DÂN" alone above the number).
LANG_SON_PLAN = """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 54/KH-UBND | Lạng Sơn, ngày 27 tháng 3 năm 2020 |

KẾ HOẠCH
Hành động thực hiện Chương trình chăm sóc dinh dưỡng 1.000 ngày đầu đời

Thực hiện Quyết định số 1896/QĐ-TTg ngày 25/12/2019 của Thủ tướng Chính phủ ban hành Chương trình, UBND tỉnh xây dựng Kế hoạch như sau:
1. Sở Y tế chủ trì, phối hợp các sở, ngành triển khai Kế hoạch.
"""
SON_LA_DECISION = """UỶ BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 3605/QĐ-UBND | Sơn La, ngày 30 tháng 12 năm 2014 |
QUYẾT ĐỊNH
Ban hành Kế hoạch triển khai thực hiện Nghị quyết số 05/NQ-CP ngày 13 tháng 01 năm 2014 của Chính phủ

Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;
Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26/11/2003;
"""


@pytest.fixture(scope="module")
def two_placeless():
    return _graph(_source(LANG_SON_PLAN, "kh54_langson.txt"), _source(SON_LA_DECISION, "qd3605_sonla.txt"))


def test_issuers_whose_header_lost_the_place_never_share_a_key(two_placeless):
    g = two_placeless
    assert "Ủy ban nhân dân" not in g
    issuers = {frozenset(_issuers(g, k)) for k in _loaded(g)}
    assert len(issuers) == 2 and all(len(i) == 1 for i in issuers)
    by_province = {g.nodes[next(iter(i))]["province"]: next(iter(i)) for i in issuers}
    assert set(by_province) == {"Lạng Sơn", "Sơn La"}
    # The Lạng Sơn plan says whose it is ("UBND tỉnh xây dựng Kế hoạch"); the Sơn La decision does not:
    # its issuer is keyed by its own document.
    assert by_province["Lạng Sơn"] == "Ủy ban nhân dân tỉnh Lạng Sơn"
    assert by_province["Sơn La"] == "Ủy ban nhân dân (Quyết định 3605/QĐ-UBND 2014, Sơn La)"
    # What the documents name with the province's level word is still the province's body.
    assert "Sở Y tế tỉnh Lạng Sơn" in g


def test_a_law_cited_with_its_date_written_two_ways_is_one_node(two_placeless):
    laws = [k for k, d in two_placeless.nodes(data=True) if d["kind"] == "Document" and d.get("doc_type") == "Luật"]
    assert laws == ["Luật | ? | 2003 | luật tổ chức hội đồng nhân dân và ủy ban nhân dân"]


def test_unnumbered_keys_compare_the_closing_date_however_written():
    law = "Luật Tổ chức chính quyền địa phương"
    forms = [f"{law} ngày 19 tháng 6 năm 2015", f"{law} ngày 19/6/2015", f"{law} năm 2015", law]
    assert len({unnumbered_key("Luật", None, 2015, f) for f in forms}) == 1
    # The law of 2025 of the same name is another law.
    assert unnumbered_key("Luật", None, 2025, f"{law} ngày 16 tháng 6 năm 2025") != unnumbered_key("Luật", None, 2015, forms[0])
    # A law whose year the key does not give keeps its written year.
    assert unnumbered_key("Luật", None, None, f"{law} năm 2015").endswith("năm 2015")
    # "HĐND và UBND" written out, and a date glued to the name ("UBNDngày").
    assert unnumbered_key("Luật", None, 2003, "Luật Tổ chức HĐND và UBNDngày 26/11/2003") == unnumbered_key(
        "Luật", None, 2003, "Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26 tháng 11 năm 2003")
    # Other instruments: one written form of the day, but two days are two instruments.
    plan = "Kế hoạch kiểm tra công tác bầu cử"
    assert unnumbered_key("Kế hoạch", "X", 2022, f"{plan} ngày 05 tháng 3 năm 2022") == unnumbered_key("Kế hoạch", "X", 2022, f"{plan} ngày 5/3/2022")
    assert unnumbered_key("Kế hoạch", "X", 2022, f"{plan} ngày 5/3/2022") != unnumbered_key("Kế hoạch", "X", 2022, f"{plan} ngày 10/8/2022")
    assert unnumbered_key("Kế hoạch", "X", 2022, f"{plan} ngày 5/3/2022") != unnumbered_key("Kế hoạch", "X", 2022, plan)
    # The year a plan is about is part of its name.
    assert unnumbered_key("Kế hoạch", "X", 2023, "Kế hoạch dân vận năm 2023").endswith("kế hoạch dân vận năm 2023")


# A commune's rules whose text names no province or district (xã Xuân Phú: a dozen provinces have one).
XUAN_PHU_RULES = """ỦY BAN NHÂN DÂN
XÃ XUÂN PHÚ
|
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
|
QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026
(Ban hành kèm theo Quyết định số: 59/QĐ-UBND Ngày 22 tháng 7 năm 2021 của Ủy ban nhân dân xã Xuân Phú)
Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi, đối tượng điều chỉnh
1. Quy chế này quy định về nguyên tắc, chế độ trách nhiệm, lề lối làm việc của Ủy ban nhân dân xã Xuân Phú (sau đây gọi tắt là UBND xã).
2. Việc tiếp công dân thực hiện theo Kế hoạch số 12/KH-UBND ngày 01 tháng 3 năm 2021 của Ủy ban nhân dân xã Xuân Phú.
"""


def test_a_commune_issuer_without_province_is_its_documents_own():
    g = _graph(_source(XUAN_PHU_RULES, "quyche_xuanphu.txt"))
    assert "Ủy ban nhân dân xã Xuân Phú" not in g
    (doc,) = _loaded(g)
    (issuer,) = _issuers(g, doc)
    assert issuer.startswith("Ủy ban nhân dân xã Xuân Phú (Quy chế ")
    # An instrument "của Ủy ban nhân dân xã Xuân Phú" is the same body's. (The decision that issued the rules,
    # "(Ban hành kèm theo Quyết định số: 59/QĐ-UBND …)", is the rules themselves: not cited.)
    cited = [v for _, v, d in g.out_edges(doc, data=True) if d["type"] == "CITES"]
    assert len(cited) == 1 and "12/KH-UBND" in cited[0]
    assert all(_issuers(g, c) == {issuer} for c in cited)


def test_a_commune_issuer_with_its_province_keeps_the_province_key():
    ctx = DocContext(key="k", issuer=None, province="Quảng Ninh", district=None, year=None)
    assert qualify_org("Ủy ban nhân dân xã Lương Minh", ctx) == "Ủy ban nhân dân xã Lương Minh, tỉnh Quảng Ninh"


# The Standing Committee's header on two lines ("ỦY BAN THƯỜNG VỤ / QUỐC HỘI"), which a header
# reader may cut into an issuer and its parent.
UBTVQH_RESOLUTION = """ỦY BAN THƯỜNG VỤ
QUỐC HỘI
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Nghị quyết số: 653/2019/UBTVQH14

Hà Nội, ngày 12 tháng 3 năm 2019

NGHỊ QUYẾT

VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN, CẤP XÃ TRONG GIAI ĐOẠN 2019 - 2021

ỦY BAN THƯỜNG VỤ QUỐC HỘI

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
"""


def test_a_two_line_issuer_cut_in_two_is_the_one_central_body():
    assert _header_issuer("Quốc hội", "Ủy ban thường vụ") == ("Ủy ban Thường vụ Quốc hội", None)
    assert _header_issuer("Sở Y tế tỉnh Hà Giang", "Ủy ban nhân dân tỉnh Hà Giang") == ("Sở Y tế tỉnh Hà Giang", "Ủy ban nhân dân tỉnh Hà Giang")
    g = _graph(_source(UBTVQH_RESOLUTION, "nq653_ubtvqh.txt"))
    (doc,) = _loaded(g)
    assert _issuers(g, doc) == {"Ủy ban Thường vụ Quốc hội"}
    # The National Assembly stands under nobody.
    assert "Quốc hội" in g and not [v for _, v, d in g.out_edges("Quốc hội", data=True) if d["type"] == "UNDER"]
    assert [v for _, v, d in g.out_edges("Ủy ban Thường vụ Quốc hội", data=True) if d["type"] == "UNDER"] == ["Quốc hội"]


def test_joint_bodies_of_one_place():
    assert joint_bodies("Ủy ban nhân dân và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk") == [
        "Ủy ban nhân dân tỉnh Đắk Lắk", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk"]
    assert joint_bodies("Thường trực Hội đồng nhân dân - Ủy ban nhân dân tỉnh Hòa Bình") == [
        "Thường trực Hội đồng nhân dân tỉnh Hòa Bình", "Ủy ban nhân dân tỉnh Hòa Bình"]
    assert joint_bodies("Ủy ban bầu cử tỉnh, Hội đồng Thi đua - Khen thưởng tỉnh") == [
        "Ủy ban bầu cử tỉnh", "Hội đồng Thi đua - Khen thưởng tỉnh"]
    assert joint_bodies("Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố, Sở Nông nghiệp và Môi trường thành phố") == [
        "Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố", "Sở Nông nghiệp và Môi trường thành phố"]
    # One body whose name joins two: an office serving both, a ministry, a list of levels.
    for one in ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Lương Minh",
                "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Nghệ An",
                "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh", "Bộ Lao động - Thương binh và Xã hội",
                "Ủy ban nhân dân tỉnh, thành phố", "Các sở, ban, ngành tỉnh, Ủy ban nhân dân tỉnh"):
        assert joint_bodies(one) == [one]


def test_a_report_to_two_bodies_of_one_place_reports_to_each():
    assert _bodies("Ủy ban bầu cử tỉnh, Hội đồng Thi đua - Khen thưởng tỉnh") == ["Ủy ban bầu cử tỉnh", "Hội đồng Thi đua - Khen thưởng tỉnh"]
    ctx = DocContext(key="k", issuer="Ủy ban nhân dân tỉnh Đắk Lắk", province="Đắk Lắk", district=None, year=None)
    assert [qualify_org(b, ctx) for b in _bodies("Ủy ban bầu cử tỉnh, Hội đồng Thi đua - Khen thưởng tỉnh")] == [
        "Ủy ban bầu cử tỉnh Đắk Lắk", "Hội đồng Thi đua - Khen thưởng tỉnh Đắk Lắk"]


def test_a_joint_regulation_is_issued_by_each_body(two_placeless):
    src = _source(LANG_SON_PLAN, "qcph_daklak.txt")
    h = src.record.document.model_copy(update={
        "issuer": "Ủy ban nhân dân và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk", "province": "Đắk Lắk",
        "doc_type": "Quy chế", "number": "01", "symbol": "QCPH-UBND-UBMTTQ", "date": "2017-03-10",
    })
    src = src.model_copy(update={"record": src.record.model_copy(update={"document": h})})
    g = _graph(src)
    (doc,) = _loaded(g)
    assert doc == "Quy chế 01/QCPH-UBND-UBMTTQ 2017 Ủy ban nhân dân tỉnh Đắk Lắk"
    assert _issuers(g, doc) == {"Ủy ban nhân dân tỉnh Đắk Lắk", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk"}
    assert not [k for k in _orgs(g) if " và " in k]


def test_a_word_of_what_follows_is_no_part_of_a_name():
    ctx = DocContext(key="k", issuer="Ủy ban nhân dân tỉnh Quảng Ngãi", province="Quảng Ngãi", district=None, year=None)
    # "… Chỉ thị số 27/CT-TTg ngày 19/11/2019 của Thủ tướng Chính phủ\nKính gửi: …"
    assert qualify_org("Thủ tướng Chính phủ Kính", ctx, cited=True) == "Thủ tướng Chính phủ"
    assert qualify_org("Thủ tướng Chính phủ và", ctx, cited=True) == "Thủ tướng Chính phủ"
    assert qualify_org("Chính phủ Căn cứ", ctx, cited=True) == "Chính phủ"


def test_ministries_written_with_a_dash_or_without_diacritics():
    assert central_spelling("Bộ Lao động – Thương binh và Xã hội") == "Bộ Lao động - Thương binh và Xã hội"
    assert org_info(central_spelling("Bộ Lao động – Thương binh và Xã hội")).successor == "Bộ Nội vụ"
    assert central_spelling("Bộ Giao duc và Đao tao") == "Bộ Giáo dục và Đào tạo"
    assert central_spelling("Bộ Tai chinh") == "Bộ Tài chính"
    # A cut name, or another body named "Bộ …", is left as written.
    assert central_spelling("Bộ Nội v") == "Bộ Nội v"
    assert central_spelling("Bộ Chỉ huy Quân sự tỉnh Bắc Ninh") == "Bộ Chỉ huy Quân sự tỉnh Bắc Ninh"


def test_a_province_broadcaster_has_one_key_with_or_without_the_level_word():
    assert local_spelling("Báo và Phát thanh, Truyền hình tỉnh Lai Châu") == "Báo và Phát thanh, Truyền hình Lai Châu"
    assert local_spelling("Báo và phát thanh, truyền hình Lai Châu") == "Báo và Phát thanh, Truyền hình Lai Châu"
    assert local_spelling("Báo và Phát thanh, Truyền hình thành phố Cần Thơ") == "Báo và Phát thanh, Truyền hình Cần Thơ"
    # "thành phố Sơn La" is the province's city, not the province.
    assert local_spelling("Báo và Phát thanh, Truyền hình thành phố Sơn La") == "Báo và Phát thanh, Truyền hình thành phố Sơn La"
    # Not a list that ends with a province.
    listed = "Báo và Phát thanh, Truyền hình tỉnh, các cơ quan báo chí đóng trên địa bàn tỉnh Bắc Ninh"
    assert local_spelling(listed) == listed


def test_the_youth_unions_central_committee_is_central_not_a_citys():
    info = org_info("Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")
    assert info.level == "central" and info.province is None
    assert org_info("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Sơn La").province == "Sơn La"


def test_a_body_that_names_its_province_takes_no_district_from_the_document():
    # "ĐẢNG BỘ TỈNH TRÀ VINH / HUYỆN ỦY CÀNG LONG": the header's parent is the province's.
    info = org_info("Đảng bộ tỉnh Trà Vinh", "Trà Vinh", "Càng Long")
    assert info.province == "Trà Vinh" and info.district is None
    assert org_info("Trung tâm Văn hóa - Thông tin và du lịch huyện Đồng Văn", "Hà Giang", "Đồng Văn").district == "Đồng Văn"
    assert org_info("Phòng Tài chính - Kế hoạch", "Hà Giang", "Đồng Văn").district == "Đồng Văn"


# Two communes' Front documents (corpus 056, Bắc Cam Ranh; 061, Lương Minh) citing the joint resolution
# of the Ủy ban Thường vụ Quốc hội, the Government and the Front's presidium, one with its issuers, one without.
BAC_CAM_RANH_PLAN = """UỶ BAN MTTQ VIỆT NAM
PHƯỜNG BẮC CAM RANH
BAN THƯỜNG TRỰC
Số: 12/KH-MTTQ-BTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Cam Ranh, ngày 20 tháng 11 năm 2025
KẾ HOẠCH
Kiểm tra, giám sát công tác bầu cử đại biểu Quốc hội khóa XVI
- Kiểm tra việc hiệp thương theo quy định tại Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 26/9/2025 của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam. Cụ thể:
"""
LUONG_MINH_PLAN = """ỦY BAN MTTQ VIỆT NAM
XÃ LƯƠNG MINH
BAN THƯỜNG TRỰC
Số: 20/KH-MTTQ-BTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Lương Minh, ngày 15 tháng 01 năm 2026
KẾ HOẠCH
Tổ chức hội nghị lấy ý kiến cử tri nơi cư trú
Căn cứ Nghị quyết liên tịch số 102/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 26/9/2025 của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam hướng dẫn quy trình hiệp thương, giới thiệu người ứng cử;
"""


def test_a_joint_national_resolution_is_one_node_whichever_commune_cites_it():
    from vanban.graph.schema import is_national_series

    assert is_national_series("2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN") and is_national_series("2014/TTLT-BGDĐT-BTC")
    # A local joint regulation's series is its province's: not national.
    assert not is_national_series("QCPH-UBND-UBMTTQ") and not is_national_series("NQLT-HĐND-UBND")
    g = _graph(_source(BAC_CAM_RANH_PLAN, "kh_bac_cam_ranh.txt"), _source(LUONG_MINH_PLAN, "kh_luong_minh.txt"))
    nqlt = [k for k, d in g.nodes(data=True) if d["kind"] == "Document" and d.get("number") == "102"]
    assert nqlt == ["Nghị quyết liên tịch 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN 2025"]
    assert len([u for u, _, d in g.in_edges(nqlt[0], data=True) if d["type"] == "CITES"]) == 2
    assert _issuers(g, nqlt[0]) == {"Ủy ban Thường vụ Quốc hội", "Chính phủ", "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"}
    assert g.nodes[nqlt[0]]["issuer"] == "Ủy ban Thường vụ Quốc hội"


def test_a_department_director_is_part_of_the_department():
    # "Báo cáo số 692/BC-SKHĐT ngày 20/11/2007 của Giám đốc Sở Kế hoạch và Đầu tư tỉnh Yên Bái".
    info = org_info("Giám đốc Sở Kế hoạch và Đầu tư tỉnh Yên Bái")
    assert info.level == "province" and info.province == "Yên Bái" and info.part_of == "Sở Kế hoạch và Đầu tư tỉnh Yên Bái"
    # So the department's place, parent and 2025 successor are reached through it.
    dept = org_info(info.part_of)
    assert dept.parent == "Ủy ban nhân dân tỉnh Yên Bái" and dept.successor == "Sở Tài chính tỉnh Lào Cai"
    assert org_info("Giám đốc Công an thành phố Hà Nội").part_of == "Công an thành phố Hà Nội"
    # A director named without the province is placed no further.
    assert org_info("Giám đốc Sở Y tế").part_of is None


def test_the_national_election_council_has_one_spelling():
    assert central_spelling("Hội đồng bầu cử Quốc gia") == central_spelling("Hội đồng bầu cử quốc gia") == "Hội đồng bầu cử quốc gia"
    assert org_info("Hội đồng bầu cử quốc gia").level == "central"


def test_a_body_named_with_the_citys_level_word_is_the_citys():
    # Recipients and assignees of Hồ Chí Minh City and Cần Thơ plans (session-6 documents).
    hcm = DocContext(key="k", issuer="Ủy ban nhân dân thành phố Hồ Chí Minh", province="Hồ Chí Minh", district=None, year=None)
    assert qualify_org("Bộ Tư lệnh thành phố", hcm) == "Bộ Tư lệnh thành phố Hồ Chí Minh"
    assert qualify_org("Trung tâm Chuyển đổi số thành phố", hcm) == "Trung tâm Chuyển đổi số thành phố Hồ Chí Minh"
    assert qualify_org("Viện Nghiên cứu phát triển Thành phố", hcm) == "Viện Nghiên cứu phát triển thành phố Hồ Chí Minh"
    can_tho = DocContext(key="k", issuer="Ủy ban nhân dân thành phố Cần Thơ", province="Cần Thơ", district=None, year=None)
    assert qualify_org("Bưu điện thành phố", can_tho) == "Bưu điện thành phố Cần Thơ"
    # A list of levels, a level, or "thành phố" in a province's document (a city of the province) is not.
    assert qualify_org("Ủy ban nhân dân các quận, huyện, thành phố", hcm).endswith("(Ủy ban nhân dân thành phố Hồ Chí Minh)")
    son_la = DocContext(key="k", issuer="Ủy ban nhân dân tỉnh Sơn La", province="Sơn La", district=None, year=None)
    assert qualify_org("Bưu điện thành phố", son_la) != "Bưu điện thành phố Sơn La"
    assert qualify_org("Bưu điện tỉnh", son_la) == "Bưu điện tỉnh Sơn La"
    # A cited instrument's issuer is not read as the document's own body.
    assert qualify_org("Bộ Tư lệnh thành phố", hcm, cited=True) != "Bộ Tư lệnh thành phố Hồ Chí Minh"


def test_a_province_party_organisation_is_placed_and_a_citys_is_not_made_a_provinces():
    # "ĐẢNG BỘ TỈNH TRÀ VINH / HUYỆN ỦY CÀNG LONG" (a district party committee's header).
    info = org_info("Đảng bộ tỉnh Trà Vinh")
    assert info.level == "province" and info.province == "Trà Vinh" and info.successor == "Đảng bộ tỉnh Vĩnh Long"
    assert org_info("Ban Chấp hành Đảng bộ tỉnh Hà Giang").successor == "Ban Chấp hành Đảng bộ tỉnh Tuyên Quang"
    # The party executive of thành phố Sơn La, a city of the province, is no province's.
    for city in ("Ban Chấp hành Đảng bộ thành phố Sơn La", "Đảng bộ thành phố Sơn La"):
        assert org_info(city).level != "province"
    assert org_info("Đảng bộ thành phố Cần Thơ").level == "province"


def test_a_provinces_city_party_committee_is_not_the_provinces():
    # "Thành ủy Sơn La" is the party committee of thành phố Sơn La; only a centrally-run city's
    # "Thành ủy" is a province's ("Tỉnh ủy Cần Thơ" is written for the Thành ủy Cần Thơ).
    assert local_spelling("Thành ủy Sơn La") == "Thành ủy Sơn La" != local_spelling("Tỉnh ủy Sơn La")
    city = org_info("Thành ủy Sơn La")
    assert (city.level, city.province, city.district, city.parent) == ("district", "Sơn La", "Sơn La", "Tỉnh ủy Sơn La")
    assert org_info("Ban Thường vụ Thành ủy Sơn La").part_of == "Thành ủy Sơn La"
    assert org_info("Thành ủy Hà Giang").successor == "Tỉnh ủy Tuyên Quang"
    assert local_spelling("Tỉnh ủy Cần Thơ") == "Thành ủy Cần Thơ" and org_info("Thành ủy Cần Thơ").level == "province"
    assert local_spelling("Thành ủy Hồ Chí Minh") == "Thành ủy Thành phố Hồ Chí Minh"


def test_a_district_that_several_provinces_have_is_not_identified_without_its_province():
    from vanban.graph.orgs import is_qualified

    for shared in ("Ủy ban nhân dân huyện Châu Thành", "Huyện ủy Châu Thành", "Phòng Nội vụ huyện Châu Thành"):
        assert not is_qualified(shared)
    for unique in ("Ủy ban nhân dân huyện Đồng Văn", "Ủy ban nhân dân huyện Châu Thành, tỉnh An Giang",
                   "Trung tâm Văn hóa - Thông tin và du lịch huyện Đồng Văn"):
        assert is_qualified(unique)
    # In a document that gives no province the name is its document's; in one that does, the province's.
    nowhere = DocContext(key="k", issuer="Sở Y tế (Kế hoạch 01/KH-SYT 2020)", province=None, district=None, year=None)
    assert qualify_org("Ủy ban nhân dân huyện Châu Thành", nowhere) == "Ủy ban nhân dân huyện Châu Thành (Sở Y tế (Kế hoạch 01/KH-SYT 2020))"
    assert qualify_org("Ủy ban nhân dân huyện Đồng Văn", nowhere) == "Ủy ban nhân dân huyện Đồng Văn"
    tien_giang = DocContext(key="k", issuer="Ủy ban nhân dân tỉnh Tiền Giang", province="Tiền Giang", district=None, year=None)
    assert qualify_org("Ủy ban nhân dân huyện Châu Thành", tien_giang) == "Ủy ban nhân dân huyện Châu Thành, tỉnh Tiền Giang"
