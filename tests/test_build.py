"""Records -> graph, on the gold records of the five seeds (real, hand-checked inputs)."""

from __future__ import annotations

import pytest

from tests.gold_records import gold_records
from vanban.graph.build import BodyReference, build_graph, find_body_refs, prepare, qualify_org, DocContext
from vanban.graph.resolve import graph_nodes_edges


@pytest.fixture(scope="module")
def gold(gold_dir, seeds_dir):
    return gold_records(gold_dir, seeds_dir)


@pytest.fixture(scope="module")
def graph(gold):
    return build_graph(prepare(r, t) for r, t in gold)


def _doc(graph, **attrs):
    found = [k for k, d in graph.nodes(data=True) if d["kind"] == "Document" and all(d.get(a) == v for a, v in attrs.items())]
    assert len(found) == 1, found
    return found[0]


def test_body_references_of_na_chi(gold):
    record, text = next((r, t) for r, t in gold if r.document.issuer == "Bệnh viện Đa khoa Nà Chì")
    refs = {f"{record.cites[b.cite].number}/{record.cites[b.cite].symbol}": b for b in find_body_refs(record, text)}
    # "tổ chức thực hiện hiệu quả Chỉ thị số 33/CT-TTg" and "; nội dung Kế hoạch số 09/KH-UBND".
    assert "33/CT-TTg" in refs and "09/KH-UBND" in refs
    assert refs["09/KH-UBND"].quote.startswith("nội dung Kế hoạch số 09/KH-UBND")
    b: BodyReference = refs["33/CT-TTg"]
    assert text.original[b.start:b.end].replace("\n", " ").split()[-1].startswith("26/1")


def test_every_node_has_kind_key_label_and_every_edge_evidence(graph):
    for k, d in graph.nodes(data=True):
        assert d["kind"] in ("Document", "Organization", "Task") and d["key"] == k and d["label"]
    for u, v, k, d in graph.edges(keys=True, data=True):
        assert d["id"] == k and d["type"] and "evidence" in d
        if d["type"] in ("CITES", "IMPLEMENTS", "REPORTS_TO"):
            assert d["evidence"]["source"] and d["evidence"]["quote"]


def test_one_node_per_instrument_across_spellings_and_documents(graph):
    ct33 = [k for k, d in graph.nodes(data=True) if d["kind"] == "Document" and d.get("number") == "33"]
    assert ct33 == ["Chỉ thị 33/CT-TTg 2021"]
    citers = sorted(u for u, _, d in graph.in_edges("Chỉ thị 33/CT-TTg 2021", data=True) if d["type"] == "CITES")
    assert len(citers) == 2  # seeds 001 (Nà Chì) and 003 (Kon Tum)


def test_same_number_different_issuer_stays_apart(graph):
    # Seed 004: "Số 17-CT/TU" of the Ban Thường vụ Tỉnh ủy and "số 17/CT-UBND" of the UBND.
    seventeen = sorted(k for k, d in graph.nodes(data=True) if d["kind"] == "Document" and d.get("number") == "17")
    assert len(seventeen) == 2
    # "Nghị quyết số 05-NQ/TU" of Hà Giang is one node (seeds 000, 001); a 05 of another province would not be.
    # (its issuer, the "Ban Chấp hành Đảng bộ tỉnh", is the Tỉnh ủy by its other name: one key.)
    assert "Nghị quyết 05-NQ/TU 2020 Tỉnh ủy Hà Giang" in graph


def test_issuers_and_units_qualified(graph):
    na_chi = _doc(graph, issuer="Bệnh viện Đa khoa Nà Chì")
    # "báo cáo đơn vị cấp trên" -> the hospital's parent, Sở Y tế tỉnh Hà Giang.
    reports = [(u, v) for u, v, d in graph.edges(data=True) if d["type"] == "REPORTS_TO" and d["evidence"]["source"] == na_chi]
    assert reports == [("Bệnh viện Đa khoa Nà Chì", "Sở Y tế tỉnh Hà Giang")]
    # Own units without a province are bracketed with their issuer, never merged across provinces.
    assert "Lãnh đạo Sở (Sở Y tế tỉnh Hà Tĩnh)" in graph
    ctx = DocContext(key="k", issuer="Sở Y tế tỉnh Hà Giang", province="Hà Giang", district=None, year=2022)
    assert qualify_org("Văn phòng Sở Y tế", ctx) == "Văn phòng Sở Y tế tỉnh Hà Giang"
    assert qualify_org("Sở Nội vụ", ctx) == "Sở Nội vụ tỉnh Hà Giang"


def test_order_independent(gold):
    sources = [prepare(r, t) for r, t in gold]
    g1 = build_graph(sources)
    g2 = build_graph(list(reversed(sources)))
    g3 = build_graph(sources + sources)
    assert graph_nodes_edges(g1) == graph_nodes_edges(g2) == graph_nodes_edges(g3)


def test_a_duty_to_several_addressees_is_one_reports_to_edge_each(corpus_dir, seeds_dir):
    """"… gửi Bộ Công an, Ủy ban nhân dân tỉnh" (corpus 002) names two bodies: two REPORTS_TO edges,
    no body named after the list; a unit and its parent ("Phòng Tổ chức cán bộ, Sở Y tế", seed 004)
    stay one addressee."""
    from vanban.graph.build import load_source

    g = build_graph([load_source(corpus_dir / "002.txt"), load_source(next(seeds_dir.glob("004_*.txt")))])
    reports = {(u, v) for u, v, d in g.edges(data=True) if d["type"] == "REPORTS_TO"}
    assert ("Công an tỉnh Nghệ An", "Bộ Công an") in reports
    assert ("Công an tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An") in reports
    assert not any(", " in v and v.startswith("Bộ Công an") for _, v in reports)
    assert any(v == "Phòng Tổ chức cán bộ, Sở Y tế tỉnh Hà Tĩnh" for _, v in reports)


def test_a_province_written_with_its_dash_spaced_otherwise_is_one_body(corpus_dir):
    """Corpus 079 writes "Bà Rịa-Vũng Tàu" in its header and "Bà Rịa - Vũng Tàu" elsewhere: one
    spelling in every organization's key, so the issuer and its standing committee sit together."""
    from vanban.graph.build import load_source
    from vanban.graph.schema import org_key

    g = build_graph([load_source(corpus_dir / "079.txt")])
    orgs = [k for k, d in g.nodes(data=True) if d["kind"] == "Organization" and "Vũng Tàu" in k]
    assert "Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu" in orgs
    assert orgs and not any("Rịa-Vũng" in k or "Rịa – Vũng" in k for k in orgs)
    assert org_key("Sở Y tế tỉnh Bà Rịa – Vũng Tàu") == "Sở Y tế tỉnh Bà Rịa - Vũng Tàu"
    assert org_key("Phòng Tổ chức - Hành chính") == "Phòng Tổ chức - Hành chính"  # not a province: as written
