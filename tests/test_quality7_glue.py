"""Left glue leftovers (round 7): a named plan before a glued 'của', an unnumbered law or a
congress resolution glued to the small word before it. Fragments of seeds 001, 003 and 004 as an
OCR/PDF copy glues them."""

from vanban.loaders.citation_anchors import GLUED_SMALL_WORD
from vanban.loaders.citations import find_citations
from vanban.loaders.unnumbered_citations import CONGRESS, NAMED_PLAN
from vanban.loaders.records import Header
from vanban.loaders.text import make_text


def _cites(raw: str):
    return find_citations(make_text(raw, name="x.txt"), Header(province="Hà Giang"))


def test_patterns_on_glued_fragments():
    m = NAMED_PLAN.match("Kế hoạch dân vận năm 2023 củaSở Y tế Hà Giang Giang; Bệnh")
    assert m and m["name"] == " dân vận năm 2023"
    assert GLUED_SMALL_WORD.search("đột xuất theo")
    assert not GLUED_SMALL_WORD.search("đột xuất đitheo")  # 'theo' must be a whole word
    assert CONGRESS.search("công tác dân vận theoNghịquyết Đại hội Đảng toàn quốc lần thứ XIII;")["ord"] == "XIII"
    # a type word inside a longer word is no glued citation
    assert not CONGRESS.search("xNghị quyết Đại hội XIII")


def test_named_plan_before_glued_of():
    # seed 001 preamble
    cites = _cites("Thực hiện Kế hoạch dân vận năm 2023 củaSở Y tế Hà Giang Giang; Bệnh viện đa khoa Nà Chì xây dựng kế hoạch.\n")
    plans = [c for c in cites if c.doc_type == "Kế hoạch" and c.number is None]
    assert [c.surface for c in plans] == ["Kế hoạch dân vận năm 2023 củaSở Y tế Hà Giang Giang"]
    assert plans[0].issuer and plans[0].issuer.startswith("Sở Y tế")


def test_law_glued_to_theo():
    # seed 004, item 2
    cites = _cites(
        "2. Thực hiện nghiêm túc trách nhiệm của người đứng đầu trong việc tiếp công dân định kỳ, đột xuất "
        "theoLuật Tiếp công dân, Quy định số 11-QĐi/TW, ngày 18/02/2019 củaBộ Chính trị.\n"
    )
    assert "Luật Tiếp công dân" in [c.surface for c in cites]
    assert ("11", "QĐi/TW") in [(c.number, c.symbol) for c in cites]


def test_law_inside_a_longer_word_is_not_cited():
    cites = _cites("Các đơn vị nghiên cứu xLuật Tiếp công dân trong tháng.\n")
    assert not [c for c in cites if c.doc_type == "Luật"]


def test_congress_resolution_glued_to_theo():
    # seed 003
    cites = _cites(
        "cụ thể hóa các chủ trương củaĐảng về công tác dân vận theoNghịquyết Đại hội Đảng toàn quốc lần thứ XIII; "
        "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI; các Nghị quyết của Ban Chấp hành Trung ương Đảng.\n"
    )
    issuers = [c.issuer for c in cites if c.doc_type == "Nghị quyết"]
    assert "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng" in issuers
    assert len(issuers) == 2
