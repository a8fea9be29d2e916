"""LadybugDB (the maintained continuation of Kùzu): the embedded on-disk default store.

Node and relationship tables are generated from ``graph.schema``; writes are batched with
``UNWIND $rows`` and parameters only (no Cypher is ever built from document text), inside one
transaction per document. See ``graph.store`` for the behaviour shared with Neo4j.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import ladybug
import networkx as nx

from vanban.graph.build import SourceDocument, to_networkx
from vanban.graph.schema import (
    EDGE_MODELS,
    NODE_MODELS,
    edge_columns,
    edge_from_row,
    edge_row,
    node_columns,
)
from vanban.graph.store import GraphDiff, GraphStore

SOURCE_TABLE = "Source"
SCHEMA_VERSION = "1"


def _is_identifier(name: str) -> bool:
    return name.replace("_", "").isalnum() and name.isascii()


def create_statements() -> list[str]:
    """DDL of every table, from the schema (names are code constants, checked as identifiers)."""
    out = []
    for kind in NODE_MODELS:
        cols = node_columns(kind)
        assert all(_is_identifier(c) for c in [kind, *cols])
        body = ", ".join(f"{c} {t}" for c, t in cols.items())
        out.append(f"CREATE NODE TABLE IF NOT EXISTS {kind}({body}, PRIMARY KEY(key))")
    out.append(f"CREATE NODE TABLE IF NOT EXISTS {SOURCE_TABLE}(file STRING, key STRING, digest STRING, data STRING, PRIMARY KEY(file))")
    out.append("CREATE NODE TABLE IF NOT EXISTS Meta(name STRING, value STRING, PRIMARY KEY(name))")
    for type_, model in EDGE_MODELS.items():
        cols = edge_columns(type_)
        assert all(_is_identifier(c) for c in [type_, *cols])
        ends = ", ".join(f"FROM {a} TO {b}" for a, b in model.endpoints)
        body = ", ".join(f"{c} {t}" for c, t in cols.items())
        out.append(f"CREATE REL TABLE IF NOT EXISTS {type_}({ends}, {body})")
    return out


def _set_clause(var: str, cols: dict[str, str], skip: tuple[str, ...] = ("key",)) -> str:
    return ", ".join(f"{var}.{c} = CAST(r.{c} AS {t})" for c, t in cols.items() if c not in skip)


class LadybugStore(GraphStore):
    """``LadybugStore(path)`` opens (or creates) the database folder at ``path``."""

    def __init__(self, path: str | Path, read_only: bool = False):
        super().__init__()
        self.path = Path(path)
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = ladybug.Database(str(self.path), read_only=read_only)
        self._conn = ladybug.Connection(self._db)
        if not read_only:
            for stmt in create_statements():
                self._conn.execute(stmt)
        self._node_upsert = {
            kind: f"UNWIND $rows AS r MERGE (n:{kind} {{key: r.key}}) SET {_set_clause('n', node_columns(kind))}"
            for kind in NODE_MODELS
        }
        self._edge_create = {}
        for type_, model in EDGE_MODELS.items():
            cols = edge_columns(type_)
            props = ", ".join(f"{c}: CAST(r.{c} AS {t})" for c, t in cols.items())
            self._edge_create[type_] = [
                f"UNWIND $rows AS r MATCH (a:{a} {{key: r.source}}), (b:{b} {{key: r.target}}) CREATE (a)-[:{type_} {{{props}}}]->(b)"
                for a, b in model.endpoints
            ]

        if not read_only and self._dirty():
            self.sync()  # an earlier load was interrupted between its documents and the graph

    # ------------------------------------------------------------ interface

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        result = self._conn.execute(query, params or {})
        results = result if isinstance(result, list) else [result]
        rows: list[dict[str, Any]] = []
        for res in results:
            cols = res.get_column_names()
            while res.has_next():
                rows.append(dict(zip(cols, res.get_next())))
        return rows

    def close(self) -> None:
        if getattr(self, "_conn", None) is not None:
            self._conn.close()
            self._conn = None
        if getattr(self, "_db", None) is not None:
            self._db.close()
            self._db = None

    # ------------------------------------------------------------ primitives

    def _load_sources(self) -> dict[str, SourceDocument]:
        rows = self.run(f"MATCH (s:{SOURCE_TABLE}) RETURN s.file AS file, s.data AS data")
        return {r["file"]: SourceDocument.model_validate(json.loads(r["data"])) for r in rows}

    def _read_graph(self) -> nx.MultiDiGraph:
        nodes = []
        for kind, model in NODE_MODELS.items():
            cols = list(node_columns(kind))
            ret = ", ".join(f"n.{c} AS {c}" for c in cols)
            for row in self.run(f"MATCH (n:{kind}) RETURN {ret}"):
                nodes.append(model.model_validate({k: (v if v is not None or k not in ("surfaces", "roles") else []) for k, v in row.items()}))
        edges = []
        for type_ in EDGE_MODELS:
            cols = list(edge_columns(type_))
            ret = ", ".join(f"e.{c} AS {c}" for c in cols)
            for row in self.run(f"MATCH (a)-[e:{type_}]->(b) RETURN a.key AS source, b.key AS target, {ret}"):
                edges.append(edge_from_row(type_, row))
        return to_networkx(nodes, edges)

    def _put_source(self, source: SourceDocument) -> None:
        c = self._conn
        c.execute("BEGIN TRANSACTION")
        try:
            c.execute(
                f"MERGE (s:{SOURCE_TABLE} {{file: $file}}) SET s.key = $key, s.digest = $digest, s.data = $data",
                {"file": source.file, "key": "", "digest": source.digest, "data": source.model_dump_json()},
            )
            c.execute("MERGE (m:Meta {name: 'dirty'}) SET m.value = '1'")
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            self._sources_cache = None
            raise

    def _dirty(self) -> bool:
        rows = self.run("MATCH (m:Meta) WHERE m.name = 'dirty' RETURN m.value AS v")
        return bool(rows) and rows[0]["v"] == "1"

    def _apply(self, diff: GraphDiff, drop: str | None) -> None:
        c = self._conn
        c.execute("BEGIN TRANSACTION")
        try:
            by_type: dict[str, list[str]] = {}
            for type_, id_ in diff.delete_edges:
                by_type.setdefault(type_, []).append(id_)
            for type_, ids in sorted(by_type.items()):
                c.execute(f"MATCH ()-[e:{type_}]->() WHERE e.id IN $ids DELETE e", {"ids": ids})
            by_kind: dict[str, list[str]] = {}
            for kind, key in diff.delete_nodes:
                by_kind.setdefault(kind, []).append(key)
            for kind, keys in sorted(by_kind.items()):
                c.execute(f"MATCH (n:{kind}) WHERE n.key IN $keys DETACH DELETE n", {"keys": keys})
            rows_by_kind: dict[str, list[dict]] = {}
            for n in diff.upsert_nodes:
                rows_by_kind.setdefault(n.kind, []).append(n.model_dump())
            for kind, rows in sorted(rows_by_kind.items()):
                c.execute(self._node_upsert[kind], {"rows": rows})
            edge_rows: dict[str, list[dict]] = {}
            for e in diff.create_edges:
                edge_rows.setdefault(e.type, []).append(edge_row(e))
            for type_, rows in sorted(edge_rows.items()):
                for stmt in self._edge_create[type_]:
                    c.execute(stmt, {"rows": rows})
            if drop is not None:
                c.execute(f"MATCH (s:{SOURCE_TABLE}) WHERE s.file = $file DELETE s", {"file": drop})
            c.execute("MERGE (m:Meta {name: 'dirty'}) SET m.value = '0'")
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            self._graph_cache = None
            self._sources_cache = None
            raise
