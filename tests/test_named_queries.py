"""Named Cypher queries: the same rows on LadybugDB and on a real Neo4j 5, and the right answer.

The five seeds and the 46 corpus documents are loaded once into an embedded store in a temp dir
and once into the session's Neo4j server; every named query runs on both with real parameters
(the Nà Chì plan, Chỉ thị 33/CT-TTg, Sở Y tế tỉnh Hà Giang, the year 2022), the rows must be
identical, and the answer is checked against the networkx graph built from the same documents.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from plugin_neo4j import loaded_neo4j_store

from vanban.graph.build import build_graph, load_source
from vanban.graph.ladybug_store import LadybugStore
from vanban.graph.schema import STATED_BASES
from vanban.queries import named

NA_CHI_PLAN = "001_55beccb8d9239905.txt"  # Kế hoạch … công tác dân vận trong bệnh viện năm 2023, BVĐK Nà Chì
HA_GIANG_HEALTH_PLAN = "000_8b7031bbdbcc6e25.txt"  # Kế hoạch … Tháng Dân vận năm 2022, Sở Y tế tỉnh Hà Giang
KON_TUM_HEALTH_PLAN = "003_578b41203705c0f3.txt"  # Kế hoạch of Sở Y tế tỉnh Kon Tum carrying out Chỉ thị 33/CT-TTg
CT33 = "Chỉ thị 33/CT-TTg 2021"
HA_GIANG_HEALTH = "Sở Y tế tỉnh Hà Giang"


# ---------------------------------------------------------------- the header and the write guard


def test_header_and_dialect_sections_are_parsed() -> None:
    text = (
        "// name: demo\n"
        "// summary: A demo query that goes on\n"
        "//   over two lines.\n"
        "// param doc: doc — the document\n"
        "// param n: int = 3 — how many\n"
        "// example: vanban query demo --param doc=33/CT-TTg\n"
        '// columns: key, path (keys joined by " → ", first), n\n'
        "// dialect: ladybug\n"
        "MATCH (d:Document {key: $doc}) RETURN d.key AS key, list_to_string(' → ', [d.key]) AS path, $n AS n\n"
        "// dialect: neo4j\n"
        "// a note inside the section\n"
        "MATCH (d:Document {key: $doc}) RETURN d.key AS key, d.key AS path, $n AS n\n"
    )
    q = named.parse_query(text)
    assert q.name == "demo"
    assert q.summary == "A demo query that goes on over two lines."
    assert [(p.name, p.type, p.default, p.required) for p in q.params] == [("doc", "doc", None, True), ("n", "int", "3", False)]
    assert q.columns == ["key", "path", "n"]
    assert q.texts["ladybug"].startswith("MATCH") and "list_to_string" in q.texts["ladybug"]
    assert q.texts["neo4j"] == "MATCH (d:Document {key: $doc}) RETURN d.key AS key, d.key AS path, $n AS n"


def test_one_text_serves_both_dialects_and_a_missing_dialect_is_an_error() -> None:
    q = named.parse_query("// name: one\nMATCH (n:Task) RETURN count(n) AS n\n")
    assert q.texts == {"ladybug": "MATCH (n:Task) RETURN count(n) AS n", "neo4j": "MATCH (n:Task) RETURN count(n) AS n"}
    with pytest.raises(ValueError, match="no Cypher for neo4j"):
        named.parse_query("// name: half\n// dialect: ladybug\nMATCH (n) RETURN n\n")
    with pytest.raises(ValueError, match="unknown dialect"):
        named.parse_query("// name: bad\n// dialect: sqlite\nMATCH (n) RETURN n\n")


@pytest.mark.parametrize(
    "text, clause",
    [
        ("CREATE (n)", "CREATE"),
        ("MATCH (d:Document) WHERE d.key = 'x' DETACH DELETE d", "DETACH"),
        ("MATCH (o:Organization) SET o.defunct = true", "SET"),
        ("match (o:Organization) remove o.level", "REMOVE"),
        ("MERGE (o:Organization {key: 'Sở Y tế tỉnh Hà Giang'})", "MERGE"),
        ("COPY Document FROM 'documents.csv'", "COPY"),
        ("LOAD FROM 'x.csv' RETURN *", "LOAD"),
        ("CALL db.labels()", "CALL"),
        ("DROP TABLE Document", "DROP"),
        ("ALTER TABLE Document ADD x STRING", "ALTER"),
        ("MATCH (n) RETURN n /* a comment */ ; CREATE (m)", "CREATE"),
    ],
)
def test_writes_are_found(text: str, clause: str) -> None:
    assert named.writes(text) == clause
    with pytest.raises(named.WriteRefused, match=f"writes \\({clause}\\)"):
        named.run_cypher(object(), text)  # refused before any store is touched


@pytest.mark.parametrize(
    "text",
    [
        "MATCH (d:Document) WHERE d.title CONTAINS 'CREATE' RETURN d.key",
        'MATCH (d:Document) WHERE d.title = "set; delete" RETURN d.key',
        "MATCH (d:Document) // DELETE d later\nRETURN d.key",
        "MATCH (d:Document) /* SET d.x = 1 */ RETURN d.key",
        "MATCH (d:Document) RETURN d.set AS s, $create AS c, {merge: 1} AS m",
        "MATCH (n:`CREATE`) RETURN n",
        "MATCH (a)-[e:REPORTS_TO]->(b) WHERE e.deadline >= '2022-01-01' RETURN a.key, e.recurrence ORDER BY a.key",
    ],
)
def test_reads_are_not_taken_for_writes(text: str) -> None:
    assert named.writes(text) is None


def test_every_shipped_query_is_complete_and_read_only() -> None:
    queries = named.named_queries()
    assert set(queries) >= {
        "lineage_up", "implementers", "cites_of", "cited_by", "reports_to", "deadlines", "coverage", "unresolved", "stats"
    }
    folder = Path(named.__file__).parent
    for name, q in queries.items():
        assert (folder / f"{name}.cypher").is_file()
        assert q.summary and q.columns and q.example.startswith(f"vanban query {name}"), name
        for p in q.params:
            assert p.help, (name, p.name)
        for dialect in named.DIALECTS:
            assert named.writes(q.texts[dialect]) is None, (name, dialect)
            assert "ORDER BY" in q.texts[dialect], (name, dialect)
            for p in q.params:
                assert f"${p.name}" in q.texts[dialect], (name, dialect, p.name)


# ---------------------------------------------------------------- both stores, loaded once


@pytest.fixture(scope="module")
def sources(seeds_dir: Path, corpus_dir: Path):
    files = sorted(seeds_dir.glob("*.txt")) + sorted(corpus_dir.glob("*.txt"))
    assert len(files) == 51
    return [load_source(f) for f in files]


@pytest.fixture(scope="module")
def graph(sources) -> nx.MultiDiGraph:
    return build_graph(sources)


@pytest.fixture(scope="module")
def ladybug(sources, tmp_path_factory):
    store = LadybugStore(tmp_path_factory.mktemp("named") / "store")
    store.add_documents(sources)
    yield store
    store.close()


@pytest.fixture(scope="module")
def neo4j_store(sources, neo4j_driver):
    with loaded_neo4j_store(neo4j_driver, sources) as store:
        yield store


def _key_of_file(g: nx.MultiDiGraph, file: str) -> str:
    return next(k for k, a in g.nodes(data=True) if a["kind"] == "Document" and a.get("file") == file)


def _edges(g: nx.MultiDiGraph, type_: str) -> list[tuple[str, str, dict]]:
    return [(u, v, a) for u, v, a in g.edges(data=True) if a["type"] == type_]


def _digraph(g: nx.MultiDiGraph, type_: str) -> nx.DiGraph:
    return nx.DiGraph([(u, v) for u, v, _ in _edges(g, type_)])


# Each check gets the rows (as both stores returned them) and the networkx graph.


def check_lineage_up(rows, g) -> None:
    doc = _key_of_file(g, NA_CHI_PLAN)
    imp = _digraph(g, "IMPLEMENTS")
    expected = {
        tuple(p)
        for root in nx.descendants(imp, doc)
        if imp.out_degree(root) == 0
        for p in nx.all_simple_paths(imp, doc, root)
    }
    assert {tuple(r["path"].split(" → ")) for r in rows} == expected
    assert CT33 in {r["root"] for r in rows}
    for r in rows:
        assert r["path"].startswith(doc + " → ") and r["path"].endswith(" → " + r["root"])
        assert r["depth"] == len(r["bases"]) == r["path"].count(" → ")
        assert r["stated"] == all(b in STATED_BASES for b in r["bases"])
    # The stated preamble hop to the Sở Y tế's 2023 plan, then the hierarchy up to CT 33.
    assert any(r["root"] == CT33 and r["bases"][0] == "preamble" and r["depth"] == 3 for r in rows)


def check_implementers(rows, g) -> None:
    imp = _digraph(g, "IMPLEMENTS")
    assert {r["implementer"] for r in rows} == nx.ancestors(imp, CT33)
    kon_tum = _key_of_file(g, KON_TUM_HEALTH_PLAN)
    direct = [r for r in rows if r["implementer"] == kon_tum and r["depth"] == 1]
    assert direct and direct[0]["bases"] == ["title"] and direct[0]["stated"] is True
    assert direct[0]["status"] == "loaded" and direct[0]["file"] == KON_TUM_HEALTH_PLAN
    assert [r["path"] for r in rows] == sorted(r["path"] for r in rows)
    assert all(r["path"].startswith(CT33 + " ← ") for r in rows)


def check_cites_of(rows, g) -> None:
    doc = _key_of_file(g, NA_CHI_PLAN)
    cites = _edges(g, "CITES")
    assert sorted((r["cited"], r["start"]) for r in rows) == sorted((v, a["evidence"]["start"]) for u, v, a in cites if u == doc)
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)
    implemented = {v for u, v, _ in _edges(g, "IMPLEMENTS") if u == doc}
    assert {r["cited"] for r in rows if r["implements"]} == implemented & {r["cited"] for r in rows}
    ct33 = [r for r in rows if r["cited"] == CT33]
    assert ct33 and ct33[0]["number"] == "33" and "33/CT-TTg" in ct33[0]["quote"]


def check_cited_by(rows, g) -> None:
    assert sorted(r["citing"] for r in rows) == sorted(u for u, v, _ in _edges(g, "CITES") if v == CT33)
    files = {r["file"] for r in rows}
    assert {NA_CHI_PLAN, KON_TUM_HEALTH_PLAN} <= files
    assert all("33" in r["quote"] for r in rows)


def check_reports_to(rows, g) -> None:
    units = {u for u, v, _ in _edges(g, "PART_OF") if v == HA_GIANG_HEALTH} | {HA_GIANG_HEALTH}
    expected = {(u, v, a["deadline"]) for u, v, a in _edges(g, "REPORTS_TO") if v in units}
    assert {(r["reporter"], r["to"], r["deadline"]) for r in rows} == expected
    # The Nà Chì hospital reports to its Sở Y tế (undated: listed last).
    assert rows[-1]["deadline"] is None and "Bệnh viện Đa khoa Nà Chì" in {r["reporter"] for r in rows}
    dated = [r["deadline"] for r in rows if r["deadline"]]
    assert dated == sorted(dated)


def check_deadlines(rows, g) -> None:
    assert rows and all("2022-01-01" <= r["deadline"] <= "2022-12-31" for r in rows)
    assert [r["deadline"] for r in rows] == sorted(r["deadline"] for r in rows)
    # The seeds' hand-checked gold: reports due 2 Nov (units -> Sở Y tế), 3 Nov (Đồng Văn), 5 Nov (Sở Y tế -> UBND tỉnh).
    reports = {(r["deadline"], r["to"]) for r in rows if r["kind"] == "report"}
    assert ("2022-11-02", HA_GIANG_HEALTH) in reports
    assert ("2022-11-05", "Ủy ban nhân dân tỉnh Hà Giang") in reports
    assert any(d == "2022-11-03" for d, _ in reports)
    n_reports = sum(1 for _, _, a in _edges(g, "REPORTS_TO") if a["deadline"] and "2022" <= a["deadline"] < "2023")
    assert sum(1 for r in rows if r["kind"] == "report") == n_reports


def expected_coverage(g: nx.MultiDiGraph, doc: str) -> dict[str, dict]:
    """The coverage of ``doc`` by its definition, from the networkx graph: the bodies it sends to
    carry it out (not "để báo cáo", not the issuer's own parts), assigns tasks to or makes report
    under it, and the issuers of loaded documents implementing it directly; the issuer never."""
    issuer = g.nodes[doc].get("issuer")
    part_of = _digraph(g, "PART_OF")
    own = nx.ancestors(part_of, issuer) if issuer in part_of else set()
    sent = {v for u, v, a in _edges(g, "SENT_TO") if u == doc and a["purpose"] != "báo cáo" and v not in own}
    tasks = {t for u, t, _ in _edges(g, "HAS_TASK") if u == doc}
    assigned: dict[str, set[str]] = {}
    for t, v, _ in _edges(g, "ASSIGNED_TO"):
        if t in tasks:
            assigned.setdefault(v, set()).add(t)
    reporting = {u for u, _, a in _edges(g, "REPORTS_TO") if a["evidence"]["source"] == doc}
    loaded = lambda k: g.nodes[k].get("status") == "loaded"  # noqa: E731
    direct = {g.nodes[u]["issuer"] for u, v, _ in _edges(g, "IMPLEMENTS") if v == doc and loaded(u) and g.nodes[u].get("issuer")}
    imp = _digraph(g, "IMPLEMENTS")
    below = {k for k in nx.ancestors(imp, doc) if loaded(k)} if doc in imp else set()
    named = sent | set(assigned) | reporting
    # Session 16: the members the graph knows of a group it names (MEMBER_OF), while they existed.
    day = g.nodes[doc].get("date") or ""
    members: dict[str, set[str]] = {}
    for m, grp, a in _edges(g, "MEMBER_OF"):
        if grp in named and m != issuer and day < (a["until"] or "9999"):
            members.setdefault(grp, set()).add(m)
    member_of = {m: sorted(grp for grp, ms in members.items() if m in ms) for ms in members.values() for m in ms}
    bodies = (named | direct | set(member_of)) - {issuer}
    documents = {b: sorted(k for k in below if g.nodes[k].get("issuer") == b) for b in bodies | set(member_of)}
    return {
        b: {"received": b in sent, "tasks": len(assigned.get(b, ())), "reports": b in reporting,
            "documents": documents[b], "member_of": member_of.get(b, []), "members": len(members.get(b, ())),
            "members_implemented": sum(1 for m in members.get(b, ()) if documents[m]), "named": b in named}
        for b in bodies
    }


def check_coverage(rows, g) -> None:
    doc = _key_of_file(g, HA_GIANG_HEALTH_PLAN)
    expected = expected_coverage(g, doc)
    fields = ("received", "tasks", "reports", "documents", "member_of", "members", "members_implemented", "named")
    assert {r["body"]: {k: r[k] for k in fields} for r in rows} == expected
    assert all(r["implemented"] == bool(r["documents"]) for r in rows)
    # "- UBND tỉnh (B/c);" is informed, "- Đảng ủy, BGĐ Sở Y tế;": the Ban Giám đốc is the issuer's own.
    assert "Ủy ban nhân dân tỉnh Hà Giang" not in expected and "Ban Giám đốc Sở Y tế tỉnh Hà Giang" not in expected
    # "2. Giao Văn phòng Sở Y tế theo dõi, đôn đốc …": a unit of the issuer with a task is named.
    assert expected["Văn phòng Sở Y tế tỉnh Hà Giang"]["tasks"] == 1


def check_unresolved(rows, g) -> None:
    citing: dict[str, set[str]] = {}
    for u, v, _ in _edges(g, "CITES"):
        if g.nodes[v]["status"] != "loaded":
            citing.setdefault(v, set()).add(u)
    assert {r["instrument"]: r["citing"] for r in rows} == {k: len(s) for k, s in citing.items() if len(s) >= 2}
    assert [r["citing"] for r in rows] == sorted((r["citing"] for r in rows), reverse=True)
    assert CT33 in {r["instrument"] for r in rows}
    assert all(r["status"] in ("cited", "placeholder") for r in rows)


def check_stats(rows, g) -> None:
    kinds: dict[str, int] = {}
    for _, a in g.nodes(data=True):
        kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
    types: dict[str, int] = {}
    for _, _, a in g.edges(data=True):
        types[a["type"]] = types.get(a["type"], 0) + 1
    assert {r["name"]: r["count"] for r in rows if r["what"] == "node"} == kinds
    assert {r["name"]: r["count"] for r in rows if r["what"] == "edge"} == types


CASES = {
    "lineage_up": ({"doc": NA_CHI_PLAN}, check_lineage_up),
    "implementers": ({"doc": "33/CT-TTg"}, check_implementers),
    "cites_of": ({"doc": NA_CHI_PLAN}, check_cites_of),
    "cited_by": ({"doc": "Chỉ thị 33"}, check_cited_by),
    "reports_to": ({"org": HA_GIANG_HEALTH}, check_reports_to),
    "deadlines": ({"date_from": "2022-01-01", "date_to": "2022-12-31"}, check_deadlines),
    "coverage": ({"doc": HA_GIANG_HEALTH_PLAN}, check_coverage),
    "unresolved": ({"min_citing": "2"}, check_unresolved),
    "stats": ({}, check_stats),
}


def test_every_named_query_is_tested() -> None:
    assert set(CASES) == set(named.named_queries())


@pytest.mark.parametrize("name", sorted(CASES))
def test_named_query_same_rows_on_both_stores(name, ladybug, neo4j_store, graph) -> None:
    params, check = CASES[name]
    on_ladybug = named.run_named(ladybug, name, params)
    on_neo4j = named.run_named(neo4j_store, name, params)
    assert on_ladybug.rows, f"{name}: no rows"
    assert on_ladybug.rows == on_neo4j.rows
    assert list(on_ladybug.rows[0]) == on_ladybug.columns == named.get_query(name).columns
    check(on_ladybug.rows, graph)


def test_parameters_are_typed_and_resolved(ladybug, neo4j_store) -> None:
    # A body written without accents and in lower case resolves to its canonical key on both stores.
    for store in (ladybug, neo4j_store):
        assert named.resolve_org(store, "so y te tinh ha giang") == HA_GIANG_HEALTH
        rows = named.run_named(store, "reports_to", {"org": "sở y tế tỉnh hà giang"}).rows
        assert rows == named.run_named(store, "reports_to", {"org": HA_GIANG_HEALTH}).rows
    with pytest.raises(named.QueryError, match="not a date"):
        named.run_named(ladybug, "deadlines", {"date_from": "05/11/2022"})
    with pytest.raises(named.QueryError, match="not a whole number"):
        named.run_named(ladybug, "unresolved", {"min_citing": "two"})
    with pytest.raises(named.QueryError, match="missing parameter doc"):
        named.run_named(ladybug, "implementers", {})
    with pytest.raises(named.QueryError, match="unknown parameter org"):
        named.run_named(ladybug, "implementers", {"doc": "33/CT-TTg", "org": "x"})
    with pytest.raises(named.QueryError, match="ambiguous") as e:
        named.run_named(ladybug, "reports_to", {"org": "Sở Y tế"})
    assert HA_GIANG_HEALTH in e.value.candidates


def test_neo4j_server_refuses_writes_in_read_mode(neo4j_store, monkeypatch) -> None:
    """The second guard: with the lexical check switched off, the READ transaction still refuses."""
    before = named.run_cypher(neo4j_store, "MATCH (n) RETURN count(n) AS n")
    monkeypatch.setattr(named, "writes", lambda text: None)
    with pytest.raises(named.WriteRefused, match="refused by the server"):
        named.run_cypher(neo4j_store, "CREATE (:Organization {key: 'should not exist'})")
    assert named.run_cypher(neo4j_store, "MATCH (n) RETURN count(n) AS n") == before
