"""Entity resolution in the graph, round 14 (session 7): specialised hospitals named by their kind
alone, bodies of which a province has one, issuers a header or a citation gave wrong (a standing
committee without its body, a unit run on to its committee, a heading read as a body, words a copy
ran together, a list read as one department), placeholder names with glue or cut artefacts, and a
law named by the start of its name. Fragments are written in the style of the real documents
collected this session (a Hà Nội Women's Union plan, a Cô Tô district party committee's letter, a
Hồ Chí Minh City eye hospital's plan, Cần Thơ's corpus 011)."""

from __future__ import annotations

import random

import networkx as nx

from vanban.graph.build import DocContext, build_graph, prepare, qualify_org
from vanban.graph.diff import apply_diff
from vanban.graph.incremental import Resolver
from vanban.graph.orgs import local_spelling, org_info
from vanban.graph.resolve import graph_nodes_edges
from vanban.graph.schema import unnumbered_key, unnumbered_name
from vanban.loaders.extract import extract
from vanban.loaders.names import unglue_name, unglue_syllables
from vanban.loaders.parties import split_names
from vanban.loaders.read import read_bytes


def _source(text: str, name: str):
    t = read_bytes(text.encode("utf-8"), name=name)
    return prepare(extract(t), t)


def _out(g, node: str, type_: str) -> set[str]:
    return {v for _, v, d in g.out_edges(node, data=True) if d["type"] == type_}


def _doc_of(g, file: str) -> str:
    (doc,) = [k for k, d in g.nodes(data=True) if d["kind"] == "Document" and d.get("file") == file]
    return doc


def _orgs(g) -> set[str]:
    return {k for k, d in g.nodes(data=True) if d["kind"] == "Organization"}


# ---------------------------------------------------------------- a hospital named by its kind alone

EYE_HOSPITAL_PLAN = """SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH
BỆNH VIỆN MẮT
Số: {n}/KH-BVM-KHTH
Thành phố Hồ Chí Minh, ngày 12 tháng 6 năm 2017
KẾ HOẠCH
Khám sàng lọc bệnh mắt cho người cao tuổi năm 2017
Căn cứ Kế hoạch số 1200/KH-SYT ngày 02/3/2017 của Sở Y tế thành phố Hồ Chí Minh;
"""
NGHE_AN_EYE_PLAN = """SỞ Y TẾ TỈNH NGHỆ AN
BỆNH VIỆN MẮT
Số: 41/KH-BVM
Nghệ An, ngày 03 tháng 4 năm 2017
KẾ HOẠCH
Phòng chống mù lòa năm 2017
"""


def test_a_specialised_hospital_named_by_its_kind_is_keyed_with_its_province():
    hcm = DocContext(key="k", issuer=None, province="Hồ Chí Minh", district=None, year=None)
    nghe_an = DocContext(key="k", issuer="Sở Y tế tỉnh Nghệ An", province="Nghệ An", district=None, year=None)
    assert qualify_org("Bệnh viện Mắt", hcm) == "Bệnh viện Mắt thành phố Hồ Chí Minh"
    assert qualify_org("Bệnh viện Mắt", nghe_an) == "Bệnh viện Mắt tỉnh Nghệ An"
    # Written with its province, with or without a comma: the same key.
    assert qualify_org("Bệnh viện Mắt, thành phố Hồ Chí Minh", hcm) == "Bệnh viện Mắt thành phố Hồ Chí Minh"
    assert qualify_org("Bệnh viện Mắt thành phố Hồ Chí Minh", nghe_an) == "Bệnh viện Mắt thành phố Hồ Chí Minh"
    assert org_info("Bệnh viện Nội tiết tỉnh Nghệ An").parent == "Sở Y tế tỉnh Nghệ An"
    # A hospital with a proper name is identified by it (the seeds' Nà Chì hospital keeps its key).
    assert qualify_org("Bệnh viện Đa khoa Nà Chì", hcm) == "Bệnh viện Đa khoa Nà Chì"
    assert qualify_org("Bệnh viện Mắt Trung ương", nghe_an) == "Bệnh viện Mắt Trung ương"
    assert org_info("Bệnh viện Nội tiết Trung ương").level == "central"


def test_two_provinces_eye_hospitals_never_merge_and_one_hospitals_documents_do():
    g = build_graph([_source(EYE_HOSPITAL_PLAN.format(n=653), "kh653_bvm.txt"),
                     _source(EYE_HOSPITAL_PLAN.format(n=654), "kh654_bvm.txt"),
                     _source(NGHE_AN_EYE_PLAN, "kh41_bvm_nghean.txt")])
    assert "Bệnh viện Mắt" not in g
    assert _out(g, _doc_of(g, "kh653_bvm.txt"), "ISSUED_BY") == {"Bệnh viện Mắt thành phố Hồ Chí Minh"}
    assert _out(g, _doc_of(g, "kh654_bvm.txt"), "ISSUED_BY") == {"Bệnh viện Mắt thành phố Hồ Chí Minh"}
    assert _out(g, _doc_of(g, "kh41_bvm_nghean.txt"), "ISSUED_BY") == {"Bệnh viện Mắt tỉnh Nghệ An"}
    assert _out(g, "Bệnh viện Mắt tỉnh Nghệ An", "UNDER") == {"Sở Y tế tỉnh Nghệ An"}


def test_a_hospital_or_centre_whose_kind_provinces_and_districts_share_is_told_apart_by_its_document():
    # "BỆNH VIỆN ĐA KHOA" or "TRUNG TÂM Y TẾ" under the province's Sở Y tế: a province's or any district's.
    plan = """SỞ Y TẾ TỈNH SƠN LA
TRUNG TÂM Y TẾ
Số: {n}/KH-TTYT
Sơn La, ngày 10 tháng 3 năm 2025
KẾ HOẠCH
Tiêm chủng mở rộng năm 2025
"""
    g = build_graph([_source(plan.format(n=12), "kh12_ttyt.txt"), _source(plan.format(n=30), "kh30_ttyt.txt")])
    issuers = {i for f in ("kh12_ttyt.txt", "kh30_ttyt.txt") for i in _out(g, _doc_of(g, f), "ISSUED_BY")}
    assert len(issuers) == 2 and all(i.startswith("Trung tâm Y tế (") for i in issuers)
    assert "Trung tâm Y tế tỉnh Sơn La" not in g


def test_a_body_only_a_province_has_is_the_provinces():
    bn = DocContext(key="k", issuer="Ủy ban nhân dân tỉnh Bắc Ninh", province="Bắc Ninh", district=None, year=None)
    # "Liên minh Hợp tác xã" ends with "xã" but names no commune.
    assert qualify_org("Liên minh Hợp tác xã", bn) == "Liên minh Hợp tác xã tỉnh Bắc Ninh"
    assert qualify_org("Liên minh Hợp tác xã tỉnh", bn) == "Liên minh Hợp tác xã tỉnh Bắc Ninh"
    # A commune's body named by its level word is still its document's commune's.
    lm = DocContext(key="k", issuer="Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh, tỉnh Quảng Ninh",
                    province="Quảng Ninh", district=None, year=None)
    assert qualify_org("Hội đồng nhân dân xã", lm) == "Hội đồng nhân dân xã Lương Minh, tỉnh Quảng Ninh"


def test_the_office_of_a_committees_party_committee_is_part_of_that_party_committee():
    assert org_info("Văn phòng Đảng ủy Ủy ban nhân dân tỉnh Nghệ An").part_of == "Đảng ủy Ủy ban nhân dân tỉnh Nghệ An"
    assert org_info("Văn phòng Ủy ban nhân dân tỉnh Nghệ An").part_of == "Ủy ban nhân dân tỉnh Nghệ An"


def test_two_ministries_written_with_a_dash_are_two_issuers_and_a_ministrys_unit_is_part_of_it():
    from vanban.graph.orgs import joint_bodies

    # A joint circular's issuers ("Thông tư liên tịch số 01/2004/TTLT-BVHTT-BYT").
    assert joint_bodies("Bộ Văn hóa - Thông tin - Bộ Y tế") == ["Bộ Văn hóa - Thông tin", "Bộ Y tế"]
    assert joint_bodies("Bộ Tài chính - Bộ Kế hoạch và Đầu tư") == ["Bộ Tài chính", "Bộ Kế hoạch và Đầu tư"]
    # One ministry whose name holds a dash is one.
    assert joint_bodies("Bộ Lao động - Thương binh và Xã hội") == ["Bộ Lao động - Thương binh và Xã hội"]
    unit = org_info("Bộ Nông nghiệp và Phát triển nông thôn - Tổng cục Thủy Lợi")
    assert (unit.level, unit.part_of, unit.parent) == ("central", "Bộ Nông nghiệp và Phát triển nông thôn", None)
    plan = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 35/KH-UBND
Hà Nam, ngày 02 tháng 4 năm 2013
KẾ HOẠCH
Truyền thông về vệ sinh môi trường năm 2013
Căn cứ Thông tư liên tịch số 01/2004/TTLT-BVHTT-BYT ngày 12/01/2004 của Bộ Văn hóa - Thông tin - Bộ Y tế hướng dẫn quảng cáo;
"""
    g = build_graph([_source(plan, "kh35_hanam.txt")])
    (ttlt,) = [k for k in g if str(k).startswith("Thông tư liên tịch 01/2004/")]
    assert {"Bộ Văn hóa - Thông tin", "Bộ Y tế"} <= _out(g, ttlt, "ISSUED_BY")
    assert "Bộ Văn hóa - Thông tin - Bộ Y tế" not in g


def test_names_spelled_one_way():
    assert local_spelling("Sở Nông nghiệp & Phát triển nông thôn tỉnh Quảng Nam") == "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Nam"
    assert local_spelling("Ban Thường vụ Hội LHPN Hà Nội") == "Ban Thường vụ Hội Liên hiệp Phụ nữ Hà Nội"
    assert org_info("Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam").level == "central"


# ---------------------------------------------------------------- issuers read wrong upstream

HANOI_WOMEN_PLAN = """HỘI LIÊN HIỆP PHỤ NỮ HÀ NỘI
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN THƯỜNG VỤ
Độc lập – Tự do – Hạnh phúc
Số 77/KH-BTV
Hà Nội, ngày 12 tháng 10 năm 2020
KẾ HOẠCH
Tuyên truyền Đại hội đại biểu Phụ nữ thành phố Hà Nội lần thứ XVII
Thực hiện Kế hoạch số 888/KH-ĐCT, ngày 10/8/2020 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về chỉ đạo Đại hội phụ nữ các cấp;
Kế hoạch số 64/KH-BTV, ngày 30/9/2020 của Ban Thường vụ Hội LHPN Hà Nội về tổ chức Đại hội, Ban Thường vụ Hội LHPN Hà Nội xây dựng kế hoạch như sau:
"""
CO_TO_LETTER = """HUYỆN ỦY CÔ TÔ
CƠ QUAN TỔ CHỨC – NỘI VỤ
Số 29-CV/TC-NV
V/v báo cáo lịch Đại hội chi, đảng bộ cơ sở, nhiệm kỳ 2020 - 2025
ĐẢNG CỘNG SẢN VIỆT NAM
Cô Tô, ngày 16 tháng 3 năm 2020
Kính gửi: Các chi, đảng bộ cơ sở
Thực hiện Kế hoạch số 128-KH/HU ngày 10/7/2019 của Huyện ủy Cô Tô về tổ chức đại hội đảng bộ các cấp.
"""


def test_a_standing_committee_under_its_body_is_that_bodys():
    src = _source(HANOI_WOMEN_PLAN, "kh77_hlhpn.txt")
    h = src.record.document
    assert (h.issuer, h.issuer_parent) == ("Ban Thường vụ Hội Liên hiệp Phụ nữ Hà Nội", "Hội Liên hiệp Phụ nữ Hà Nội")
    g = build_graph([src])
    assert "Ban Thường vụ" not in g
    assert _out(g, "Ban Thường vụ Hội Liên hiệp Phụ nữ Hà Nội", "PART_OF") == {"Hội Liên hiệp Phụ nữ Hà Nội"}
    # The plan its own Ban Thường vụ cites by the abbreviated name is in the same series.
    assert "Kế hoạch 64/KH-BTV 2020 Ban Thường vụ Hội Liên hiệp Phụ nữ Hà Nội" in _out(g, _doc_of(g, "kh77_hlhpn.txt"), "CITES")
    # The central presidium is one national body, not one of the Hà Nội committee's.
    assert "Kế hoạch 888/KH-ĐCT 2020 Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam" in g


def test_a_standing_board_alone_on_its_line_takes_its_bodys_name():
    youth = "TỈNH ĐOÀN HÀ GIANG\nBAN THƯỜNG VỤ\nSố: 15-KH/TĐTN\nHà Giang, ngày 10 tháng 3 năm 2020\nKẾ HOẠCH\nTổ chức đại hội đoàn các cấp\n"
    assert _source(youth, "kh15.txt").record.document.issuer == "Ban Thường vụ Tỉnh đoàn Hà Giang"
    # One that names its committee keeps its name: "BAN THƯỜNG VỤ TỈNH ỦY" under "ĐẢNG BỘ TỈNH HÀ GIANG".
    party = youth.replace("TỈNH ĐOÀN HÀ GIANG", "ĐẢNG BỘ TỈNH HÀ GIANG").replace("BAN THƯỜNG VỤ\n", "BAN THƯỜNG VỤ TỈNH ỦY\n")
    assert _source(party.replace("KH/TĐTN", "KH/TU"), "kh15tu.txt").record.document.issuer == "Ban Thường vụ Tỉnh ủy Hà Giang"


def test_a_unit_under_its_party_committee_is_no_part_of_the_committees_name():
    src = _source(CO_TO_LETTER, "cv29_coto.txt")
    h = src.record.document
    assert (h.issuer, h.issuer_parent) == ("Cơ quan tổ chức – nội vụ Huyện ủy Cô Tô", "Huyện ủy Cô Tô")
    g = build_graph([src])
    assert _out(g, "Cơ quan tổ chức – nội vụ Huyện ủy Cô Tô", "PART_OF") == {"Huyện ủy Cô Tô"}
    assert not [k for k in _orgs(g) if k.startswith("Huyện ủy Cô Tô ")]


def test_a_heading_of_a_text_without_a_header_is_no_issuer():
    for text in ("TRẢ LỜI:\n\nCông tác quản lý báo chí trên địa bàn tỉnh luôn được tỉnh quan tâm.\n",
                 "ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 7 NĂM 2020\n\nThực hiện Kế hoạch số 172-KH/TU, ngày 21/01/2020"
                 " của Ban Thường vụ Tỉnh ủy Bắc Kạn về công tác tuyên giáo năm 2020.\n",
                 "Chương V\n\nCÁC CUỘC HỌP, HỘI NGHỊ, TIẾP KHÁCH, ĐI CÔNG TÁC,\n\nCHẾ ĐỘ THÔNG TIN BÁO CÁO\n\n"
                 "Điều 20. Các cuộc họp, hội nghị của Uỷ ban nhân dân huyện.\n"):
        assert _source(text, "x.txt").record.document.issuer is None
    # A header with its body and its type keeps its issuer.
    assert _source(NGHE_AN_EYE_PLAN, "kh41.txt").record.document.issuer == "Bệnh viện Mắt"


def test_a_department_and_the_ministries_are_two_addressees():
    assert split_names("Sở Nông nghiệp và Môi trường và Bộ, ngành") == ["Sở Nông nghiệp và Môi trường", "Bộ, ngành"]
    # Corpus 011: "… báo cáo đánh giá và gửi Sở Nông nghiệp và Môi trường và Bộ, ngành trực tiếp quản lý."
    plan = """ỦY BAN NHÂN DÂN
THÀNH PHỐ CẦN THƠ
Số: 88/KH-UBND
Cần Thơ, ngày 10 tháng 7 năm 2025
KẾ HOẠCH
Giám sát, đánh giá các Chương trình mục tiêu quốc gia năm 2025
1. Trách nhiệm
+ Các cơ quan, đơn vị liên quan
tổng hợp biểu mẫu báo cáo theo dự án, báo cáo đánh giá và
gửi Sở Nông nghiệp và Môi trường và Bộ, ngành trực tiếp quản lý.
"""
    g = build_graph([_source(plan, "kh88_cantho.txt")])
    assert "Sở Nông nghiệp và Môi trường và Bộ, ngành thành phố Cần Thơ" not in g
    assert not [k for k in _orgs(g) if "và Bộ, ngành" in k]


def test_an_issuers_words_run_together_are_cut_apart():
    assert unglue_name("Bộ Tài nguyên vàMôi trường") == "Bộ Tài nguyên và Môi trường"
    assert unglue_name("Bộ Tài nguyên và Môi trường,Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang") == \
        "Bộ Tài nguyên và Môi trường, Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang"
    # Codes and names without glue are kept.
    for name in ("Thủ tướng Chính phủ", "TTg", "Sở GD&ĐT", "Bộ Lao động - Thương binh và Xã hội", "Công ty TNHH MTV"):
        assert unglue_name(name) == name
    letter = """ỦY BAN NHÂN DÂN
TỈNH BẮC GIANG
Số: 722/UBND-TN
Bắc Giang, ngày 05 tháng 3 năm 2021
V/v đôn đốc phân loại chất thải rắn sinh hoạt
Thực hiện Công văn số 1100/BTNMT-TCMT ngày 02/3/2021 của Bộ Tài nguyên vàMôi trường về việc đôn đốc phân loại chất thải;
Thực hiện Công văn số 1101/BTNMT-TCMT ngày 03/3/2021 của Bộ Tài nguyên và Môi trường vềviệc đôn đốc phân loại chất thải;
"""
    src = _source(letter, "cv722.txt")
    assert {c.issuer for c in src.record.cites} == {"Bộ Tài nguyên và Môi trường"}


# ---------------------------------------------------------------- placeholder names

def test_a_placeholders_name_without_glue_repetition_or_a_cut_tail():
    assert unglue_syllables("luật bảo hiểmxã hội") == "luật bảo hiểm xã hội"
    assert unglue_syllables("uỷban nhân dân") == "uỷ ban nhân dân"
    # Words that are one syllable, or have no Vietnamese letters, are kept.
    assert unglue_syllables("người nghiêng khuỷu video covid-19 xvi") == "người nghiêng khuỷu video covid-19 xvi"
    assert unnumbered_name("Luật", 2006, "Luật Bảo hiểmxã hội năm 2006") == unnumbered_name("Luật", 2006, "Luật Bảo hiểm xã hội")
    assert unnumbered_name("Luật", 2003, "Luật Tổ chức Hội đồng nhân dân và Uỷban nhân dân ngày 26/11/2003") == \
        "luật tổ chức hội đồng nhân dân và ủy ban nhân dân"
    assert unnumbered_name("Luật", 2025, "Luật Thanh niên và") == "luật thanh niên"
    # Seed 001's "Sở Y tế Hà Giang Giang" is the plan a correct copy names "… Sở Y tế Hà Giang".
    issuer = "Sở Y tế tỉnh Hà Giang"
    assert unnumbered_key("Kế hoạch", issuer, None, "Kế hoạch dân vận năm 2023 của Sở Y tế Hà Giang Giang") == \
        unnumbered_key("Kế hoạch", issuer, None, "Kế hoạch dân vận năm 2023 của Sở Y tế Hà Giang")
    # A word repeated once its punctuation is gone, or in lower case, is no slip.
    assert unnumbered_name(None, None, "khám bệnh, chữa bệnh, bệnh viện") == "khám bệnh chữa bệnh bệnh viện"
    assert unnumbered_name(None, None, "chữa bệnh bệnh viện") == "chữa bệnh bệnh viện"


# ---------------------------------------------------------------- a law named by the start of its name

# A commune Front's guide citing the election law by the start of its name and year (corpus 055's
# "Điều 8, Điều 9 của Luật Bầu cử năm 2015"), and a province's plan citing it by number.
SHORT_LAW_GUIDE = """ỦY BAN MTTQ VIỆT NAM
XÃ LƯƠNG MINH
BAN THƯỜNG TRỰC
Số: 18/HD-MTTQ-BTT
Lương Minh, ngày 20 tháng 12 năm 2025
HƯỚNG DẪN
Giới thiệu người ứng cử đại biểu Hội đồng nhân dân xã
Căn cứ Luật Bầu cử năm 2015;
Căn cứ Luật Giáo dục năm 2014;
"""
FULL_LAW_PLAN = """ỦY BAN NHÂN DÂN
TỈNH ĐẮK LẮK
Số: 125/KH-UBND
Đắk Lắk, ngày 15 tháng 12 năm 2025
KẾ HOẠCH
Tổ chức bầu cử đại biểu Quốc hội khóa XVI
Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13;
Căn cứ Luật Giáo dục nghề nghiệp số 74/2014/QH13;
Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 83/2025/QH15;
"""


def test_a_law_named_by_the_start_of_its_name_is_a_candidate_never_a_merge():
    srcs = [_source(SHORT_LAW_GUIDE, "hd18_luong_minh.txt"), _source(FULL_LAW_PLAN, "kh125_daklak.txt")]
    g = build_graph(srcs)
    short = "Luật | ? | 2015 | luật bầu cử"
    assert short in g
    assert _out(g, short, "SAME_AS_CANDIDATE") == {"Luật 85/2015/QH13 2015"}
    # Not the law whose name starts so of another year (83/2025/QH15), and never merged.
    cited = _out(g, _doc_of(g, "hd18_luong_minh.txt"), "CITES")
    assert "Luật 85/2015/QH13 2015" not in cited and "Luật 74/2014/QH13 2014" not in cited
    # "Luật Giáo dục năm 2014" may be the vocational education law of that year: only a candidate.
    assert _out(g, "Luật | ? | 2014 | luật giáo dục", "SAME_AS_CANDIDATE") == {"Luật 74/2014/QH13 2014"}
    # A law with that whole name that year wins: no candidate by the start of a name.
    g2 = build_graph([*srcs, _source(FULL_LAW_PLAN.replace("Luật Giáo dục nghề nghiệp số 74/2014/QH13", "Luật Giáo dục số 38/2014/QH13")
                                     .replace("125/KH", "126/KH"), "kh126_daklak.txt")])
    assert "Luật | ? | 2014 | luật giáo dục" not in g2
    assert not [v for _, v, d in g2.edges(data=True) if d["type"] == "SAME_AS_CANDIDATE" and v == "Luật 74/2014/QH13 2014"]
    assert "Luật 38/2014/QH13 2014" in _out(g2, _doc_of(g2, "hd18_luong_minh.txt"), "CITES")


def test_short_law_names_do_not_depend_on_batches_or_order():
    srcs = [_source(SHORT_LAW_GUIDE, "hd18_luong_minh.txt"), _source(FULL_LAW_PLAN, "kh125_daklak.txt"),
            _source(EYE_HOSPITAL_PLAN.format(n=653), "kh653_bvm.txt"), _source(HANOI_WOMEN_PLAN, "kh77_hlhpn.txt")]
    reference = graph_nodes_edges(build_graph(srcs))
    assert graph_nodes_edges(build_graph([*srcs, *srcs])) == reference
    assert graph_nodes_edges(build_graph(list(reversed(srcs)))) == reference
    for seed in range(3):
        order = srcs[:]
        random.Random(seed).shuffle(order)
        held: dict = {}
        resolver = Resolver(lambda files: {f: held[f] for f in files})
        g = nx.MultiDiGraph()
        for s in order:
            held[s.file] = s
            apply_diff(g, resolver.apply([s]))
        assert graph_nodes_edges(g) == reference
        # The numbered law's plan removed: no candidate left; added back: the same graph.
        held.pop("kh125_daklak.txt")
        apply_diff(g, resolver.apply([], ["kh125_daklak.txt"]))
        assert not _out(g, "Luật | ? | 2015 | luật bầu cử", "SAME_AS_CANDIDATE")
        assert graph_nodes_edges(g) == graph_nodes_edges(build_graph(held.values()))
        held["kh125_daklak.txt"] = srcs[1]
        apply_diff(g, resolver.apply([srcs[1]]))
        assert graph_nodes_edges(g) == reference
