"""Neo4j 5 (Community or Enterprise): the server store, beside the embedded LadybugDB one.

Same interface and behaviour as ``graph.ladybug_store`` (see ``graph.store``): labels and
relationship types come from ``graph.schema``; uniqueness constraints (node ``key``, source
``file``) and indexes (relationship ``id``) are created first; every write is a batched
``UNWIND $rows`` (up to ``UNWIND_ROWS`` rows a statement) with parameters only — no Cypher is
ever built from document text, only from the schema's names, which are checked as
identifiers —; a chunk's source rows are one transaction and its graph change another.

``Neo4jStore("bolt://localhost:7687", auth=("neo4j", "…"))``, or ``Neo4jStore(driver=d)`` to use
a driver you own (then ``close`` leaves it open).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import networkx as nx
import neo4j
from neo4j.graph import Node as Neo4jNode
from neo4j.graph import Path as Neo4jPath
from neo4j.graph import Relationship as Neo4jRelationship

from vanban.graph.build import to_networkx
from vanban.graph.diff import GraphDiff
from vanban.graph.schema import (
    EDGE_MODELS,
    NODE_MODELS,
    edge_columns,
    edge_from_row,
    node_columns,
)
from vanban.graph.prepared import SourceRow
from vanban.graph.store import GraphStore, marks_out_of_step, rules_id

SOURCE_LABEL = "Source"
# (:Meta {name: 'dirty'}): value "1" while sources were written and the graph not yet brought in
# step (see graph.store), "0" after; (:Meta {name: 'rules'}): the rules the graph was written under.
META_LABEL = "Meta"
# Nodes deleted per transaction when the graph is cleared for a rebuild.
CLEAR_BATCH = 10_000
# Node fields that are lists: read back as [] when the property is absent.
LIST_TYPE_SUFFIX = "[]"
# Rows per UNWIND statement.
UNWIND_ROWS = 5000
# Seconds to wait for new indexes to come online before the first write.
INDEX_WAIT_S = 120


def _is_identifier(name: str) -> bool:
    return name.replace("_", "").isalnum() and name.isascii()


def schema_statements() -> list[str]:
    """Constraints and indexes, from the schema; idempotent (IF NOT EXISTS)."""
    out = []
    for kind in NODE_MODELS:
        assert _is_identifier(kind)
        out.append(f"CREATE CONSTRAINT {kind.lower()}_key IF NOT EXISTS FOR (n:{kind}) REQUIRE n.key IS UNIQUE")
    out.append(f"CREATE CONSTRAINT source_file IF NOT EXISTS FOR (s:{SOURCE_LABEL}) REQUIRE s.file IS UNIQUE")
    out.append(f"CREATE CONSTRAINT meta_name IF NOT EXISTS FOR (m:{META_LABEL}) REQUIRE m.name IS UNIQUE")
    for type_ in EDGE_MODELS:
        assert _is_identifier(type_)
        out.append(f"CREATE INDEX {type_.lower()}_id IF NOT EXISTS FOR ()-[e:{type_}]-() ON (e.id)")
    # Lookups the queries make by number/symbol and by a task's document.
    out.append("CREATE INDEX document_number_symbol IF NOT EXISTS FOR (n:Document) ON (n.number, n.symbol)")
    out.append("CREATE INDEX task_document IF NOT EXISTS FOR (n:Task) ON (n.document)")
    return out


def node_upsert_statement(kind: str) -> str:
    """Replace a node's properties with the row's (``SET n = r``: a None field removes the property)."""
    assert _is_identifier(kind)
    return f"UNWIND $rows AS r MERGE (n:{kind} {{key: r.key}}) SET n = r"


def edge_create_statements(type_: str) -> list[str]:
    assert _is_identifier(type_)
    return [
        f"UNWIND $rows AS r MATCH (a:{a} {{key: r.source}}), (b:{b} {{key: r.target}}) "
        f"CREATE (a)-[e:{type_}]->(b) SET e = r.props"
        for a, b in EDGE_MODELS[type_].endpoints
    ]


def edge_props(attrs: dict[str, Any]) -> dict[str, Any]:
    """An edge's networkx attrs -> its relationship properties (evidence flattened to ev_*)."""
    ev = attrs.get("evidence") or {}
    props = {k: v for k, v in attrs.items() if k not in ("evidence", "type")}
    props.update(ev_source=ev.get("source"), ev_start=ev.get("start"), ev_end=ev.get("end"), ev_quote=ev.get("quote"))
    return props


def _chunks(rows: list, n: int | None = None):
    n = n or UNWIND_ROWS
    for i in range(0, len(rows), n):
        yield rows[i : i + n]


def plain(value: Any) -> Any:
    """Driver values as plain Python: nodes and relationships as property dicts with ``_label``."""
    if isinstance(value, Neo4jNode):
        return {**dict(value), "_label": next(iter(sorted(value.labels)), None)}
    if isinstance(value, Neo4jRelationship):
        return {**dict(value), "_label": value.type}
    if isinstance(value, Neo4jPath):
        return {"_nodes": [plain(n) for n in value.nodes], "_rels": [plain(r) for r in value.relationships]}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):  # neo4j.time Date / DateTime / Duration
        return value.iso_format()
    return value


class Neo4jStore(GraphStore):
    """A resolved graph of loaded documents in a Neo4j 5 database."""

    def __init__(
        self,
        uri: str | None = None,
        auth: tuple[str, str] | None = None,
        database: str | None = None,
        driver: neo4j.Driver | None = None,
        announce: Callable[[str], None] | None = None,
        jobs: int = 1,
    ) -> None:
        super().__init__(announce, jobs)
        if driver is None and uri is None:
            raise ValueError("Neo4jStore needs a uri or a driver")
        self._owns_driver = driver is None
        self._driver: neo4j.Driver | None = driver or neo4j.GraphDatabase.driver(uri, auth=auth, notifications_min_severity="OFF")
        self.database = database
        for statement in schema_statements():
            self._driver.execute_query(statement, database_=database)
        self._driver.execute_query(f"CALL db.awaitIndexes({INDEX_WAIT_S})", database_=database)
        if self._dirty():
            self.sync()  # an earlier load was interrupted between its documents and the graph

    # ------------------------------------------------------------ interface

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        records, _, _ = self._driver.execute_query(query, params or {}, database_=self.database)
        return [{k: plain(v) for k, v in record.items()} for record in records]

    def close(self) -> None:
        if self._driver is not None and self._owns_driver:
            self._driver.close()
        self._driver = None

    # ------------------------------------------------------------ primitives

    def _load_hashes(self) -> dict[str, str]:
        return {r["f"]: r["h"] or "" for r in self.run(f"MATCH (s:{SOURCE_LABEL}) RETURN s.file AS f, s.hash AS h")}

    def _load_contents(self) -> dict[str, str]:
        rows = self.run(f"MATCH (s:{SOURCE_LABEL}) WHERE s.content IS NOT NULL AND s.content <> '' RETURN s.file AS f, s.content AS c")
        return {r["f"]: r["c"] for r in rows}

    def _source_files(self) -> list[str]:
        return [r["f"] for r in self.run(f"MATCH (s:{SOURCE_LABEL}) RETURN s.file AS f")]

    def _get_source_data(self, files: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for part in _chunks(files, 500):
            rows = self.run(f"UNWIND $files AS f MATCH (s:{SOURCE_LABEL} {{file: f}}) RETURN s.file AS file, s.data AS data", {"files": part})
            out.update((r["file"], r["data"]) for r in rows)
        return out

    def _read_graph(self) -> nx.MultiDiGraph:
        nodes = []
        for kind, model in NODE_MODELS.items():
            cols = node_columns(kind)
            for row in self.run(f"MATCH (n:{kind}) RETURN properties(n) AS p"):
                p = row["p"]
                data = {c: p.get(c, [] if t.endswith(LIST_TYPE_SUFFIX) else None) for c, t in cols.items()}
                nodes.append(model.model_validate(data))
        edges = []
        for type_ in EDGE_MODELS:
            cols = edge_columns(type_)
            query = f"MATCH (a)-[e:{type_}]->(b) RETURN a.key AS source, b.key AS target, properties(e) AS p"
            for row in self.run(query):
                p = row["p"]
                data = {"source": row["source"], "target": row["target"], **{c: p.get(c) for c in cols}}
                edges.append(edge_from_row(type_, data))
        return to_networkx(nodes, edges)

    def _put_sources(self, rows: list[SourceRow]) -> None:
        """Source rows, and the out-of-step mark, in one transaction."""
        with self._driver.session(database=self.database) as session:
            tx = session.begin_transaction()
            try:
                for part in _chunks([r.as_dict() for r in rows], 1000):
                    tx.run(
                        f"UNWIND $rows AS r MERGE (s:{SOURCE_LABEL} {{file: r.file}}) SET s.digest = r.digest, s.data = r.data, s.hash = r.hash, s.content = r.content",
                        rows=part,
                    ).consume()
                tx.run(f"MERGE (m:{META_LABEL} {{name: 'dirty'}}) SET m.value = '1'").consume()
                tx.commit()
            except BaseException:
                if not tx.closed():
                    tx.rollback()
                raise

    def _dirty(self) -> bool:
        rows = self.run(f"MATCH (m:{META_LABEL}) WHERE m.name IN ['dirty', 'rules'] RETURN m.name AS name, m.value AS v")
        return marks_out_of_step({r["name"]: r["v"] for r in rows})

    def _apply(self, diff: GraphDiff, drop: list[str] | None = None, in_step: bool = True) -> None:
        """The diff, the ``drop`` source rows deleted, the mark cleared when ``in_step``: one transaction."""
        with self._driver.session(database=self.database) as session:
            tx = session.begin_transaction()
            try:
                self._write(tx, diff, drop)
                if in_step:
                    self._set_in_step(tx)
                tx.commit()
            except BaseException:
                if not tx.closed():
                    tx.rollback()
                raise

    @staticmethod
    def _set_in_step(tx: neo4j.Transaction) -> None:
        tx.run(f"MERGE (m:{META_LABEL} {{name: 'rules'}}) SET m.value = $rules", rules=rules_id()).consume()
        tx.run(f"MERGE (m:{META_LABEL} {{name: 'dirty'}}) SET m.value = '0'").consume()

    def _mark_in_step(self) -> None:
        with self._driver.session(database=self.database) as session:
            session.execute_write(self._set_in_step)

    def _clear_graph(self) -> None:
        """The mark set, then the graph's nodes deleted with their edges, ``CLEAR_BATCH`` at a time
        (one transaction for all would hold every deleted row in the server's memory)."""
        self.run(f"MERGE (m:{META_LABEL} {{name: 'dirty'}}) SET m.value = '1'")
        for kind in NODE_MODELS:
            assert _is_identifier(kind)
            while self.run(f"MATCH (n:{kind}) WITH n LIMIT $n DETACH DELETE n RETURN count(*) AS c", {"n": CLEAR_BATCH})[0]["c"]:
                pass

    @staticmethod
    def _write(tx: neo4j.Transaction, diff: GraphDiff, drop: list[str] | None) -> None:
        ids_by_type: dict[str, list[str]] = {}
        for type_, id_ in diff.delete_edges:
            ids_by_type.setdefault(type_, []).append(id_)
        for type_, ids in sorted(ids_by_type.items()):
            assert _is_identifier(type_)
            for part in _chunks(sorted(set(ids))):
                tx.run(f"UNWIND $ids AS i MATCH ()-[e:{type_} {{id: i}}]->() DELETE e", ids=part).consume()
        keys_by_kind: dict[str, list[str]] = {}
        for kind, key in diff.delete_nodes:
            keys_by_kind.setdefault(kind, []).append(key)
        for kind, keys in sorted(keys_by_kind.items()):
            assert _is_identifier(kind)
            for part in _chunks(sorted(set(keys))):
                tx.run(f"UNWIND $keys AS k MATCH (n:{kind} {{key: k}}) DETACH DELETE n", keys=part).consume()
        rows_by_kind: dict[str, list[dict[str, Any]]] = {}
        for attrs in diff.upsert_nodes:
            rows_by_kind.setdefault(attrs["kind"], []).append({k: v for k, v in attrs.items() if k != "kind"})
        for kind, rows in sorted(rows_by_kind.items()):
            for part in _chunks(rows):
                tx.run(node_upsert_statement(kind), rows=part).consume()
        rows_by_type: dict[str, list[dict[str, Any]]] = {}
        for u, v, attrs in diff.create_edges:
            rows_by_type.setdefault(attrs["type"], []).append({"source": u, "target": v, "props": edge_props(attrs)})
        for type_, rows in sorted(rows_by_type.items()):
            for statement in edge_create_statements(type_):
                for part in _chunks(rows):
                    tx.run(statement, rows=part).consume()
        for part in _chunks(sorted(drop or ())):
            tx.run(f"UNWIND $files AS f MATCH (s:{SOURCE_LABEL} {{file: f}}) DELETE s", files=part).consume()
