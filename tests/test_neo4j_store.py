"""The Neo4j store on a real Neo4j 5 server: the bundled example plans in, the same graph out."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from vanban.graph.build import build_graph, load_source
from vanban.graph.neo4j_store import Neo4jStore, schema_statements
from vanban.graph.schema import NODE_MODELS

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _examples():
    return [load_source(p) for p in sorted(EXAMPLES.glob("0*"))]


def _snapshot(g: nx.MultiDiGraph) -> tuple[dict, dict]:
    nodes = {key: attrs for key, attrs in g.nodes(data=True)}
    edges = {k: (u, v, attrs) for u, v, k, attrs in g.edges(keys=True, data=True)}
    return nodes, edges


@pytest.fixture(scope="module")
def sources():
    srcs = _examples()
    assert len(srcs) == 4
    return srcs


def _read_back(driver) -> nx.MultiDiGraph:
    """The graph as a fresh store (no cache) reads it from the database."""
    store = Neo4jStore(driver=driver)
    try:
        return store.graph()
    finally:
        store.close()


def test_schema_constraints_and_indexes_are_created(neo4j_empty) -> None:
    import neo4j.exceptions

    Neo4jStore(driver=neo4j_empty).close()
    records, _, _ = neo4j_empty.execute_query(
        "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN labelsOrTypes[0] AS label, properties, type"
    )
    unique = {(r["label"], tuple(r["properties"])) for r in records if r["type"] == "UNIQUENESS"}
    assert unique >= {(kind, ("key",)) for kind in NODE_MODELS} | {("Source", ("file",))}
    records, _, _ = neo4j_empty.execute_query("SHOW INDEXES YIELD name, state WHERE name ENDS WITH '_id' RETURN state")
    assert len(records) == sum("FOR ()-[e:" in s for s in schema_statements())
    assert {r["state"] for r in records} == {"ONLINE"}
    # The driver is not closed by a store that did not open it; a second store is idempotent.
    Neo4jStore(driver=neo4j_empty).close()
    with pytest.raises(neo4j.exceptions.ConstraintError):
        neo4j_empty.execute_query("CREATE (:Organization {key: 'X'}), (:Organization {key: 'X'})")


def test_load_read_back_replace_and_remove(neo4j_empty, sources) -> None:
    store = Neo4jStore(driver=neo4j_empty)
    try:
        assert store.add_documents(sources) == 4
        expected = build_graph(sources)
        assert expected.number_of_nodes() > 50 and expected.number_of_edges() > 100
        assert _snapshot(_read_back(neo4j_empty)) == _snapshot(expected)

        # Loading the same file unchanged changes nothing.
        assert store.add_document(sources[1]) is False

        # Per-document replacement: the district plan again, without its tasks.
        district = next(s for s in sources if "moc_chau" in s.file)
        assert district.record.tasks
        changed = district.model_copy(update={"record": district.record.model_copy(update={"tasks": []})})
        assert store.add_document(changed) is True
        replaced = [changed if s.file == district.file else s for s in sources]
        assert _snapshot(_read_back(neo4j_empty)) == _snapshot(build_graph(replaced))
        doc_key = next(k for k, a in expected.nodes(data=True) if a["kind"] == "Document" and a.get("file") == Path(district.file).name)
        rows = store.run("MATCH (:Document {key: $key})-[:HAS_TASK]->(t:Task) RETURN count(t) AS n", {"key": doc_key})
        assert rows == [{"n": 0}]

        # Removing a document leaves exactly the graph of the others.
        assert store.remove_document(district.file) is True
        rest = [s for s in sources if s.file != district.file]
        assert _snapshot(_read_back(neo4j_empty)) == _snapshot(build_graph(rest))
        files = {r["file"] for r in store.run("MATCH (s:Source) RETURN s.file AS file")}
        assert files == {s.file for s in rest}
    finally:
        store.close()


def test_run_returns_plain_rows_with_vietnamese_text(neo4j_empty, sources) -> None:
    store = Neo4jStore(driver=neo4j_empty)
    try:
        store.add_documents(sources)
        rows = store.run(
            "MATCH (d:Document {status: 'loaded'})-[:ISSUED_BY]->(o:Organization) "
            "RETURN DISTINCT d.file AS file, o AS org ORDER BY file"
        )
        assert [r["file"] for r in rows] == sorted(Path(s.file).name for s in sources)
        org = rows[0]["org"]
        assert org["_label"] == "Organization" and org["key"] == org["name"]
        assert any("tỉnh Sơn La" in r["org"]["name"] for r in rows)
    finally:
        store.close()


def test_same_graph_as_ladybug(neo4j_empty, sources, tmp_path) -> None:
    """Both stores hold the same graph after the same loads."""
    ladybug_store = pytest.importorskip("vanban.graph.ladybug_store")
    lb = ladybug_store.LadybugStore(tmp_path / "lb")
    neo = Neo4jStore(driver=neo4j_empty)
    try:
        lb.add_documents(sources)
        neo.add_documents(sources)
        lb.close()
        lb = ladybug_store.LadybugStore(tmp_path / "lb")
        assert _snapshot(_read_back(neo4j_empty)) == _snapshot(lb.graph())
    finally:
        lb.close()
        neo.close()


def _assert_in_step_on_open(driver, sources) -> None:
    """Opened again, the store is in step: its graph is the one ``sources`` make."""
    reopened = Neo4jStore(driver=driver)
    try:
        assert not reopened.out_of_step
        assert _snapshot(_read_back(driver)) == _snapshot(build_graph(sources))
    finally:
        reopened.close()


def test_interrupted_load_is_brought_in_step_on_open(neo4j_empty, sources) -> None:
    """A source row written without its graph (a load stopped between the two) is synced on open."""
    store = Neo4jStore(driver=neo4j_empty)
    try:
        store.add_documents(sources[:2])
        store._put_source(sources[2])  # what add_documents writes first, alone: then "interrupted"
        assert store.out_of_step
    finally:
        store.close()
    _assert_in_step_on_open(neo4j_empty, sources[:3])


def test_a_graph_written_under_other_rules_is_rebuilt_on_open(neo4j_empty, sources) -> None:
    """A graph an earlier version's rules wrote (another "rules" mark) is rebuilt on open."""
    store = Neo4jStore(driver=neo4j_empty)
    try:
        store.add_documents(sources[:2])
        assert not store.out_of_step
        store.run("CREATE (:Organization {key: 'Bộ Chỉ huy Quân sự tỉnh', label: 'Bộ Chỉ huy Quân sự tỉnh', name: 'Bộ Chỉ huy Quân sự tỉnh', defunct: false})")
        store.run("MATCH (m:Meta {name: 'rules'}) SET m.value = 'an earlier version'")
        assert store.out_of_step
    finally:
        store.close()
    _assert_in_step_on_open(neo4j_empty, sources[:2])
