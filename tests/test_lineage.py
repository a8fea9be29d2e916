"""Lineage lookups on a store loaded with the gold records of the five seeds."""

from __future__ import annotations

import pytest

from tests.gold_records import gold_records
from vanban.graph.build import prepare
from vanban.graph.ladybug_store import LadybugStore
from vanban.queries import lineage
from vanban.queries.resolve_doc import resolve_doc

CT33 = "Chỉ thị 33/CT-TTg 2021"


@pytest.fixture(scope="module")
def store(tmp_path_factory, gold_dir, seeds_dir):
    s = LadybugStore(tmp_path_factory.mktemp("lineage") / "store")
    s.add_documents(prepare(r, t) for r, t in gold_records(gold_dir, seeds_dir))
    yield s
    s.close()


def na_chi_path_through_so_and_ubnd(store, key: str) -> list[lineage.Hop]:
    """The Nà Chì acceptance path: via Sở Y tế tỉnh Hà Giang and UBND tỉnh Hà Giang to 33/CT-TTg."""
    t = lineage.trace(store, key)
    for path in t.paths:
        issuers = [t.documents[h.target]["issuer"] for h in path]
        if path[-1].target == CT33 and "Sở Y tế tỉnh Hà Giang" in issuers and "Ủy ban nhân dân tỉnh Hà Giang" in issuers:
            return path
    raise AssertionError(f"no path through Sở Y tế and UBND tỉnh Hà Giang to {CT33}: {t.paths}")


def test_trace_na_chi(store):
    key = resolve_doc(store, "Nà Chì").key
    assert key and "Bệnh viện Đa khoa Nà Chì" in key
    path = na_chi_path_through_so_and_ubnd(store, key)
    assert all(h.quote and h.evidence_source == key for h in path)
    assert path[0].basis == "preamble" and [h.basis for h in path[1:]] == ["hierarchy", "hierarchy"]
    t = lineage.trace(store, key)
    chain = next(c for c in t.chains if c.issuer == "Bệnh viện Đa khoa Nà Chì")
    assert [h.target for h in chain.hops] == ["Sở Y tế tỉnh Hà Giang", "Ủy ban nhân dân tỉnh Hà Giang", "Chính phủ"]
    assert [r.target for r in chain.reports] == ["Sở Y tế tỉnh Hà Giang"]


def test_trace_stated_only_keeps_preamble(store):
    key = resolve_doc(store, "Nà Chì").key
    t = lineage.trace(store, key, stated_only=True)
    assert [[h.basis for h in p] for p in t.paths] == [["preamble"]]


def test_implementers_of_ct33(store):
    t = lineage.implementers(store, resolve_doc(store, "Chỉ thị 33").key)
    sources = {h.source for p in t.paths for h in p}
    issuers = {t.documents[s]["issuer"] for s in sources if t.documents[s]["status"] == "loaded"}
    assert {"Sở Y tế tỉnh Kon Tum", "Bệnh viện Đa khoa Nà Chì"} <= issuers


@pytest.mark.parametrize("written", ["Chỉ thị 33", "CT 33/CT-TTg", "chi thi 33", "33/CT-TTg", "33-CT/TTg"])
def test_doc_argument_as_users_write_it(store, written):
    assert resolve_doc(store, written).key == CT33


def test_doc_argument_file_name_and_ambiguity(store):
    assert "Nà Chì" in resolve_doc(store, "001_55beccb8d9239905.txt").key
    r = resolve_doc(store, "17")  # seed 004: 17-CT/TU and 17/CT-UBND
    assert r.key is None and len(r.candidates) == 2


def test_reports_deadlines_coverage_stats(store):
    who = {h.source: h.deadline for h in lineage.reports(store, "Sở Y tế tỉnh Hà Giang")}
    assert who["Bệnh viện Đa khoa Nà Chì"] is None
    assert who["Các cơ quan, đơn vị trực thuộc (Sở Y tế tỉnh Hà Giang)"] == "2022-11-02"
    dated = lineage.deadlines(store, "2022-11-01", "2022-11-30")
    assert {d["deadline"] for d in dated} >= {"2022-11-02", "2022-11-05"} and all("2022-11" in d["deadline"] for d in dated)
    cov = lineage.coverage(store, "Kế hoạch 233/KH-UBND 2022 Ủy ban nhân dân tỉnh Hà Giang")
    # 233/KH-UBND is known only from citations: its coverage is who implemented it, the Sở Y tế
    # by seed 000; the bodies that report to UBND tỉnh Hà Giang about anything only when asked.
    assert [(c["body"], c["implemented"], len(c["documents"])) for c in cov] == [("Sở Y tế tỉnh Hà Giang", True, 1)]
    wide = {c["body"]: c for c in lineage.coverage(store, "Kế hoạch 233/KH-UBND 2022 Ủy ban nhân dân tỉnh Hà Giang", issuer_reporters=True)}
    assert wide["Sở Y tế tỉnh Hà Giang"]["reports_to_issuer"] and "Ủy ban nhân dân huyện Đồng Văn" in wide
    st = lineage.stats(store)
    assert st["documents"]["loaded"] == 5 and st["nodes"]["Document"] > 50



def test_doc_lookup_ignores_the_stroke_of_d_in_symbols(store):
    # Users type "1859-QD/TU" for the symbol written "1859- QĐ/TU" in seed 000.
    found = resolve_doc(store, "1859-QD/TU")
    assert found.key is not None and "1859-QĐ/TU" in found.key


def test_doc_argument_file_stem_path_and_zero_padded_number(store):
    nachi = resolve_doc(store, "001_55beccb8d9239905.txt").key
    assert resolve_doc(store, "001_55beccb8d9239905").key == nachi
    assert resolve_doc(store, "seeds/001_55beccb8d9239905.txt").key == nachi
    # Seed 001 implements "Kế hoạch số 09/KH-UBND" of UBND tỉnh Hà Giang; users write 9 or 09.
    ubnd09 = "Kế hoạch 09/KH-UBND 2022 Ủy ban nhân dân tỉnh Hà Giang"
    assert resolve_doc(store, "9/KH-UBND").key == ubnd09
    assert resolve_doc(store, "Kế hoạch 09/KH-UBND 2022").key == ubnd09


def test_doc_argument_words_with_and_without_diacritics(store):
    nachi = resolve_doc(store, "Nà Chì").key
    assert resolve_doc(store, "na chi").key == nachi
    assert resolve_doc(store, "NÀ CHÌ").key == nachi  # case does not count, diacritics do
    r = resolve_doc(store, "Kế hoạch")
    assert r.key is None and len(r.candidates) > 5 and "ambiguous" in r.reason
    assert resolve_doc(store, "zzz không có").candidates == []


def test_stored_numbers_cover_every_zero_padding():
    from vanban.graph.schema import number_id
    from vanban.queries.resolve_doc import stored_numbers

    assert stored_numbers("09")[:3] == ["9", "09", "009"]
    assert all(number_id(n) == "09" for n in stored_numbers("09"))
    assert stored_numbers("125") == [f"{125:0{w}d}" for w in range(3, 9)]
    assert stored_numbers("II") == ["II"]


class _Counting:
    """The store, recording the queries run through it and their parameters."""

    def __init__(self, store):
        self.store, self.calls = store, []

    def run(self, query, params=None):
        self.calls.append((query, repr(sorted((params or {}).items()))))
        return self.store.run(query, params)


def test_trace_reads_each_node_once_by_its_key(store):
    key = resolve_doc(store, "Nà Chì").key
    counting = _Counting(store)
    t = lineage.trace(counting, key)
    assert t == lineage.trace(store, key)
    # Every query looks nodes up by key (no "IN $keys" scan of a table), none is asked twice.
    assert all(" IN $" not in q for q, _ in counting.calls)
    assert len(set(counting.calls)) == len(counting.calls)
    # One lookup per document reached, one for the documents' fields, one per body on the chains.
    reached = {key} | {h.target for p in t.paths for h in p}
    bodies = {c.issuer for c in t.chains} | {h.target for c in t.chains for h in c.hops}
    assert len(counting.calls) == len(reached) + 1 + len(bodies)
    counting.calls.clear()
    down = lineage.implementers(counting, CT33)
    assert len(counting.calls) == len({CT33} | {h.source for p in down.paths for h in p}) + 1


def test_show_lists_every_edge_in_and_out_of_the_document(store):
    every_edge = (  # the definition: a scan of every edge of the store
        "MATCH (a)-[e]->(b) WHERE a.key = $key OR b.key = $key RETURN label(e) AS type, a.key AS source, b.key AS target, "
        "e.basis AS basis, e.ev_source AS ev_source, e.ev_quote AS ev_quote"
    )
    nachi = resolve_doc(store, "Nà Chì").key
    for key in (nachi, CT33):
        shown = lineage.show(store, key)
        assert shown["document"]["key"] == key
        order = lambda e: sorted((k, str(v)) for k, v in e.items())  # noqa: E731
        assert sorted(shown["edges"], key=order) == sorted(store.run(every_edge, {"key": key}), key=order)
    out_types = {e["type"] for e in lineage.show(store, nachi)["edges"] if e["source"] == nachi}
    assert {"IMPLEMENTS", "ISSUED_BY", "HAS_TASK"} <= out_types
    assert any(e["type"] == "IMPLEMENTS" and e["source"] == nachi for e in lineage.show(store, CT33)["edges"])


def test_implementers_stop_at_max_paths_and_say_so(store, monkeypatch):
    """The tree below a national directive can be huge: the walk reads nodes as it reaches them,
    stops after MAX_PATHS paths and marks the result truncated; the same first paths as in full."""
    full = lineage.implementers(store, CT33)
    assert len(full.paths) >= 3 and not full.truncated
    monkeypatch.setattr(lineage, "MAX_PATHS", 2)
    counting = _Counting(store)
    cut = lineage.implementers(counting, CT33)
    assert cut.truncated and cut.paths == full.paths[:2]
    reached = {CT33} | {h.source for p in full.paths for h in p}
    assert len(counting.calls) < len(reached) + 1  # nodes past the cut were never read


def test_coverage_names_an_implementing_document_once(tmp_path):
    # examples/01: the Sơn La plan 45/KH-UBND implements Chỉ thị 33 in its preamble and again in its
    # body; the coverage of Chỉ thị 33 lists it once for Ủy ban nhân dân tỉnh Sơn La.
    from pathlib import Path

    from vanban.graph.prepared import iter_prepared

    examples = Path(__file__).resolve().parent.parent / "examples"
    s = LadybugStore(tmp_path / "store")
    s.add_documents(p for p in iter_prepared(sorted(examples.glob("0*"))))
    try:
        implements = s.run(
            "MATCH (x:Document)-[e:IMPLEMENTS]->(d:Document {key: $key}) RETURN x.key AS doc", {"key": CT33}
        )
        assert len(implements) > len({r["doc"] for r in implements})  # several edges from one plan
        cov = {c["body"]: c for c in lineage.coverage(s, CT33)}
        son_la = cov["Ủy ban nhân dân tỉnh Sơn La"]
        assert son_la["implemented"] and son_la["documents"] == ["Kế hoạch 45/KH-UBND 2025 Ủy ban nhân dân tỉnh Sơn La"]
    finally:
        s.close()
