"""Resolution: placeholders, candidates, hierarchy-inferred IMPLEMENTS (gold records + real fragments)."""

from __future__ import annotations

import pytest

from tests.gold_records import gold_records
from vanban.graph.build import build_graph, prepare
from vanban.graph.resolve import graph_nodes_edges
from vanban.loaders.records import Citation, DocumentRecord, Header

PLACEHOLDER = "Kế hoạch | Sở Y tế tỉnh Hà Giang | ? | kế hoạch dân vận năm 2023 của sở y tế hà giang giang"


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
