"""Resolution: placeholders, candidates, hierarchy-inferred IMPLEMENTS (gold records + real fragments)."""

from __future__ import annotations

import pytest

from tests.gold_records import gold_records
from vanban.graph.build import build_graph, prepare
from vanban.graph.resolve import graph_nodes_edges
from vanban.loaders.records import Citation, DocumentRecord, Header

PLACEHOLDER = "Kế hoạch | Sở Y tế tỉnh Hà Giang | ? | kế hoạch dân vận năm 2023 của sở y tế hà giang"


@pytest.fixture(scope="module")
def gold(gold_dir, seeds_dir):
    return gold_records(gold_dir, seeds_dir)


@pytest.fixture(scope="module")
def graph(gold):
    return build_graph(prepare(r, t) for r, t in gold)


def _implements(graph, source=None, target=None):
    return [(u, v, d) for u, v, d in graph.edges(data=True) if d["type"] == "IMPLEMENTS"
            and (source is None or u == source) and (target is None or v == target)]


def test_placeholder_stays_when_no_loaded_document_matches(graph):
    # Seed 000 is the Sở's "Tháng Dân vận" plan of 2022: the Nà Chì reference is to a 2023 plan.
    assert graph.nodes[PLACEHOLDER]["status"] == "placeholder"
    assert graph.nodes[PLACEHOLDER]["issuer"] == "Sở Y tế tỉnh Hà Giang"


def test_hierarchy_chain_from_the_body_of_na_chi(graph):
    up = _implements(graph, source=PLACEHOLDER)
    assert [(v, d["basis"]) for _, v, d in up] == [("Kế hoạch 09/KH-UBND 2022 Ủy ban nhân dân tỉnh Hà Giang", "hierarchy")]
    up2 = _implements(graph, source="Kế hoạch 09/KH-UBND 2022 Ủy ban nhân dân tỉnh Hà Giang")
    assert [(v, d["basis"], d["stated"]) for _, v, d in up2] == [("Chỉ thị 33/CT-TTg 2021", "hierarchy", False)]
    assert "09/KH-UBND" in up2[0][2]["evidence"]["quote"] or "33/CT-TTg" in up2[0][2]["evidence"]["quote"]


def test_stated_bases(graph):
    kon_tum = next(k for k, d in graph.nodes(data=True) if d.get("status") == "loaded" and d.get("issuer") == "Sở Y tế tỉnh Kon Tum")
    bases = {v: d["basis"] for _, v, d in _implements(graph, source=kon_tum) if d["stated"]}
    assert bases == {"Chỉ thị 33/CT-TTg 2021": "title", "Công văn 1260/UBND-NC 2023 Ủy ban nhân dân tỉnh Kon Tum": "preamble"}
    # CV 1260 of UBND tỉnh Kon Tum sits below CT 33: inferred, with the Kon Tum plan as evidence.
    (edge,) = _implements(graph, source="Công văn 1260/UBND-NC 2023 Ủy ban nhân dân tỉnh Kon Tum")
    assert edge[1] == "Chỉ thị 33/CT-TTg 2021" and edge[2]["evidence"]["source"] == kon_tum


def test_uncertain_merge_is_a_candidate(graph):
    # Seed 004 cites "Chỉ thị số 05-CT/TW" with no date; 001 and 003 date it 15/5/2016.
    cands = [(u, v) for u, v, d in graph.edges(data=True) if d["type"] == "SAME_AS_CANDIDATE"]
    assert any(v == "Chỉ thị 05-CT/TW 2016" and u.startswith("Chỉ thị 05-CT/TW ? [in ") for u, v in cands)


def _plan(file, number, year, title, implements=()):
    return DocumentRecord(
        file=file,
        document=Header(doc_type="Kế hoạch", number=number, symbol="KH-SYT" if number else None,
                        issuer="Sở Y tế tỉnh Hà Giang", date=f"{year}-02-01" if year else None, title=title, province="Hà Giang"),
        cites=list(implements), implements=list(implements),
    )


NA_CHI_REF = Citation(surface="Kế hoạch dân vận năm 2023 của Sở Y tế Hà Giang Giang", doc_type="Kế hoạch",
                      issuer="Sở Y tế tỉnh Hà Giang")


def _hospital():
    return DocumentRecord(
        file="na_chi.txt",
        document=Header(doc_type="Kế hoạch", issuer="Bệnh viện Đa khoa Nà Chì", title="Triển khai công tác Dân vận trong bệnh viện năm 2023", province="Hà Giang"),
        cites=[NA_CHI_REF], implements=[NA_CHI_REF],
    )


def test_placeholder_merges_with_the_matching_loaded_plan_in_any_order():
    so = _plan("so.txt", "15", 2023, "Triển khai công tác dân vận năm 2023 trong ngành Y tế")
    other = _plan("so22.txt", "20", 2022, "Triển khai công tác dân vận năm 2022 trong ngành Y tế")
    a = build_graph(prepare(r) for r in (_hospital(), so, other))
    b = build_graph(prepare(r) for r in (other, so, _hospital()))
    assert graph_nodes_edges(a) == graph_nodes_edges(b)
    key = "Kế hoạch 15/KH-SYT 2023 Sở Y tế tỉnh Hà Giang"
    assert PLACEHOLDER not in a
    assert [v for _, v, d in _implements(a, target=key)] == [key]
    assert "Kế hoạch dân vận năm 2023 của Sở Y tế Hà Giang Giang" in a.nodes[key]["surfaces"]


def test_placeholder_with_two_possible_plans_only_gets_candidates():
    p1 = _plan("a.txt", "15", 2023, "Triển khai công tác dân vận năm 2023")
    p2 = _plan("b.txt", "16", 2023, "Kế hoạch dân vận năm 2023 của ngành")
    g = build_graph(prepare(r) for r in (_hospital(), p1, p2))
    assert PLACEHOLDER in g
    cands = sorted(v for u, v, d in g.edges(data=True) if d["type"] == "SAME_AS_CANDIDATE" and u == PLACEHOLDER)
    assert len(cands) == 2


def _cite(surface, doc_type, number, symbol, date, issuer, start):
    return Citation(surface=surface, doc_type=doc_type, number=number, symbol=symbol, date=date,
                    year=int(date[:4]), issuer=issuer, start=start, end=start + len(surface))


def test_no_inferred_link_above_a_central_instrument_or_to_a_later_one():
    """A district plan based on a finance circular and citing Prime Minister's directives: the
    circular does not implement the directives (central; and 07/CT-TTg came after it), while the
    plan's own provincial parent still links up to the directive it follows."""
    tt40 = _cite("Thông tư số 40/2017/TT-BTC ngày 28/4/2017 của Bộ Tài chính", "Thông tư", "40", "2017/TT-BTC",
                 "2017-04-28", "Bộ Tài chính", 100)
    ct07 = _cite("Chỉ thị số 07/CT-TTg ngày 12/3/2018 của Thủ tướng Chính phủ", "Chỉ thị", "07", "CT-TTg",
                 "2018-03-12", "Thủ tướng Chính phủ", 300)
    ct14 = _cite("Chỉ thị số 14/CT-TTg ngày 20/5/2016 của Thủ tướng Chính phủ", "Chỉ thị", "14", "CT-TTg",
                 "2016-05-20", "Thủ tướng Chính phủ", 500)
    kh = _cite("Kế hoạch số 12/KH-UBND ngày 10/01/2018 của UBND tỉnh Hà Giang", "Kế hoạch", "12", "KH-UBND",
               "2018-01-10", "Ủy ban nhân dân tỉnh Hà Giang", 700)
    record = DocumentRecord(
        file="ubnd-huyen.txt",
        document=Header(doc_type="Kế hoạch", number="20", symbol="KH-UBND", issuer="Ủy ban nhân dân huyện Vị Xuyên",
                        date="2019-04-02", title="Kế hoạch thực hiện", province="Hà Giang", district="Vị Xuyên"),
        cites=[tt40, ct07, ct14, kh], implements=[tt40, ct07, ct14, kh],
    )
    g = build_graph([prepare(record)])
    inferred = [(u, v) for u, v, d in g.edges(data=True) if d["type"] == "IMPLEMENTS" and d["basis"] == "hierarchy"]
    assert not [e for e in inferred if e[0] == "Thông tư 40/2017/TT-BTC 2017"]
    # 07/CT-TTg (12/3/2018) is mentioned first but came after the provincial plan (10/01/2018).
    assert [e for e in inferred if e[0] == "Kế hoạch 12/KH-UBND 2018 Ủy ban nhân dân tỉnh Hà Giang"] == [
        ("Kế hoạch 12/KH-UBND 2018 Ủy ban nhân dân tỉnh Hà Giang", "Chỉ thị 14/CT-TTg 2016")
    ]
