"""LadybugDB (the maintained continuation of Kùzu): the embedded on-disk default store.

Node and relationship tables are generated from ``graph.schema``. Writes use parameters only
(no Cypher is ever built from document text): new nodes and all new relationships are bulk
loaded with ``COPY <table> FROM $frame`` (a pyarrow table; endpoints are found through the
primary-key index), changed nodes are updated with ``UNWIND $rows … MATCH … SET``, deletions
are ``UNWIND`` joins on the key or id. ``UNWIND … MATCH (a), (b) CREATE (a)-[]->(b)`` is not
used: LadybugDB plans it as a scan and it costs milliseconds per row on a large store. Each
batch's change is one transaction (COPY is transactional). See ``graph.store`` for the
behaviour shared with Neo4j.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from functools import cache
from typing import TYPE_CHECKING, Any

import ladybug

from vanban.graph.schema import (
    EDGE_MODELS,
    NODE_MODELS,
    edge_columns,
    edge_from_row,
    node_columns,
)
from vanban.graph.source_data import SourceData
from vanban.graph.store import GraphStore, marks_out_of_step, rules_id

if TYPE_CHECKING:  # the writing side, imported where it is used (see graph.store)
    import networkx as nx

    from vanban.graph.diff import GraphDiff
    from vanban.graph.prepared import SourceRow

SOURCE_TABLE = "Source"
# Its columns in table order (``hash`` and ``content`` were added to older stores by ALTER, last).
SOURCE_COLUMNS = dict.fromkeys(("file", "key", "digest", "data", "hash", "content"), "STRING")
# A store is a folder holding the graph database and the sources' data (graph.source_data).
# A store written before the folder layout is a single database file; it is opened as it is,
# its new data going to a file beside it.
GRAPH_FILE = "graph.lbug"
SOURCE_DATA_FILE = "sources.sqlite"
# And the resolver's state, kept between writes (graph.snapshot; with its delta beside it, SNAPSHOT_FILE + ".delta"):
# only a shortcut, safe to delete.
SNAPSHOT_FILE = "resolver.snapshot"
SCHEMA_VERSION = "1"
# LadybugDB's page cache in MiB (VANBAN_BUFFER_POOL_MB); 0: LadybugDB's default (80% of the
# machine's memory, used as needed). A checkpoint needs pages in proportion to the store: with
# 1 GiB, the checkpoint of a 45,000-document store ran out of buffer pool.
BUFFER_POOL_BYTES = int(os.environ.get("VANBAN_BUFFER_POOL_MB", "0")) << 20
# Relationship tables also stored by target, for lookups from the target by key (implementers
# walk IMPLEMENTS backwards one node at a time). The others are stored by source only: every
# document adds CITES, ISSUED_BY, SENT_TO, ASSIGNED_TO and REPORTS_TO edges into bodies and
# instruments spread over the whole store, and keeping them by target made each checkpoint
# rewrite the target-side lists of most node groups (68% of the writer's time at 40,000 full
# plans). Queries from the target side of those still work, by a scan of the table.
# MEMBER_OF is read from the group (coverage: the members of a group a document names).
BOTH_DIRECTIONS = frozenset({"IMPLEMENTS", "HAS_TASK", "UNDER", "PART_OF", "SUCCEEDED_BY", "MEMBER_OF", "SAME_AS_CANDIDATE"})
# Rows per UNWIND statement (deletes, updates, key lookups).
UNWIND_ROWS = 10000



@cache
def _arrow():
    """pyarrow and the arrow type of each column type; imported on the first write only (~0.1 s)."""
    import pyarrow as pa

    types = {"STRING": pa.string(), "INT64": pa.int64(), "BOOLEAN": pa.bool_(), "DOUBLE": pa.float64(),
             "STRING[]": pa.list_(pa.string())}
    return pa, types


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
    out.append(f"CREATE NODE TABLE IF NOT EXISTS {SOURCE_TABLE}(file STRING, key STRING, digest STRING, data STRING, hash STRING, PRIMARY KEY(file))")
    # Stores made before the hash column: add it (their sources are rewritten once on reload).
    out.append(f"ALTER TABLE {SOURCE_TABLE} ADD IF NOT EXISTS hash STRING DEFAULT ''")
    # And before the content key (the file's bytes as read by this extractor; '' = unknown).
    out.append(f"ALTER TABLE {SOURCE_TABLE} ADD IF NOT EXISTS content STRING DEFAULT ''")
    # And before an Organization's aliases (its graph is rebuilt under the new rules, which fill them).
    out.append("ALTER TABLE Organization ADD IF NOT EXISTS aliases STRING[]")
    out.append("CREATE NODE TABLE IF NOT EXISTS Meta(name STRING, value STRING, PRIMARY KEY(name))")
    for type_, model in EDGE_MODELS.items():
        cols = edge_columns(type_)
        assert all(_is_identifier(c) for c in [type_, *cols])
        ends = ", ".join(f"FROM {a} TO {b}" for a, b in model.endpoints)
        body = ", ".join(f"{c} {t}" for c, t in cols.items())
        storage = "" if type_ in BOTH_DIRECTIONS else " WITH (storage_direction = 'fwd')"
        out.append(f"CREATE REL TABLE IF NOT EXISTS {type_}({ends}, {body}){storage}")
        # A store made when the table had fewer pairs (SAME_AS_CANDIDATE between documents only): added.
        out += [f"ALTER TABLE {type_} ADD IF NOT EXISTS FROM {a} TO {b}" for a, b in model.endpoints[1:]]
    # And before a member's start (session 17; its graph is rebuilt under the new rules, which fill it).
    out.append("ALTER TABLE MEMBER_OF ADD IF NOT EXISTS since STRING")
    return out


def _set_clause(var: str, cols: dict[str, str], skip: tuple[str, ...] = ("key",)) -> str:
    return ", ".join(f"{var}.{c} = CAST(r.{c} AS {t})" for c, t in cols.items() if c not in skip)


def _update_columns(cols: dict[str, str], changed: tuple[str, ...] | None) -> tuple[str, ...]:
    """The columns an update of a stored node writes: ``key`` (to find it) and the changed
    ones (of the table's columns, in table order), or every column when not known (or when
    none of the changed fields is a column)."""
    ucols = ("key", *(c for c in cols if c in changed and c != "key")) if changed is not None else ()
    return ucols if len(ucols) > 1 else tuple(cols)


def _update_statement(kind: str, cols: dict[str, str]) -> str:
    """``UNWIND $rows`` setting ``cols`` (but the key) on the stored nodes of ``kind``, by key."""
    assert all(_is_identifier(c) for c in [kind, *cols])
    return f"UNWIND $rows AS r MATCH (n:{kind} {{key: r.key}}) SET {_set_clause('n', cols)} RETURN count(n) AS n"


def _node_frame(rows: list[dict[str, Any]], cols: dict[str, str]):
    """The arrow table that ``COPY <node table>`` reads: the columns of ``cols``, in order, from
    the rows' values (absent: null)."""
    pa, arrow_types = _arrow()
    return pa.table({col: pa.array([r.get(col) for r in rows], type=arrow_types[t]) for col, t in cols.items()})


# The evidence columns of a relationship table -> the field of the edge's evidence they hold.
_EVIDENCE_FIELDS = {"ev_source": "source", "ev_start": "start", "ev_end": "end", "ev_quote": "quote"}


def _edge_frame(edges: list[tuple[str, str, dict[str, Any]]], cols: dict[str, str]):
    """The arrow table that ``COPY <rel table>`` reads: ``from``, ``to``, then the columns, built
    column by column (a flat row per edge first cost twice as much: 330 against 167 ms of CPU
    for the 49,000 edges of 1,000 full plans)."""
    pa, arrow_types = _arrow()
    attrs = [a for _, _, a in edges]
    evidence = [a.get("evidence") or {} for a in attrs]
    data = {"from": pa.array([u for u, _, _ in edges], type=pa.string()),
            "to": pa.array([v for _, v, _ in edges], type=pa.string())}
    for col, t in cols.items():
        field = _EVIDENCE_FIELDS.get(col)
        values = [ev.get(field) for ev in evidence] if field else [a.get(col) for a in attrs]
        data[col] = pa.array(values, type=arrow_types[t])
    return pa.table(data)


def _chunks(rows: list, n: int = UNWIND_ROWS):
    for i in range(0, len(rows), n):
        yield rows[i : i + n]


# Parameter values a lookup may take on the fast path (see _Lookups).
_SCALARS = (str, int, float, bool, type(None))


class _Lookups:
    """Runs the queries that lineage sends by the thousand (one node's edges by key, scalar
    parameters), each prepared once per connection, reading rows from the result directly.

    ``Connection.execute`` spends about as long in Python as the lookup takes in LadybugDB
    (rewrites for scans of Python objects, call tracking, a row wrapper): 0.215 ms of CPU per
    IMPLEMENTS lookup on the 100,000-document store, against 0.160 ms here. It uses LadybugDB
    0.22's internals (``Connection._prepare``, ``Connection._connection``); ``usable`` is False
    when they are not there, and ``run`` goes through ``execute`` as before."""

    def __init__(self, conn: ladybug.Connection):
        self._conn = conn
        self._statements: dict[str, Any] = {}
        self.usable = callable(getattr(conn, "_prepare", None)) and hasattr(conn, "_connection")

    def run(self, query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        stmt = self._statements.get(query)
        if stmt is None:
            self._conn.init_connection()
            stmt = self._conn._prepare(query, params)
            if not stmt.is_success():
                raise RuntimeError(stmt.get_error_message())
            self._statements[query] = stmt
        return self._rows(stmt, params)

    def _rows(self, stmt: Any, params: dict[str, Any]) -> list[dict[str, Any]]:
        """Execute a prepared statement; its rows as dicts."""
        result = self._conn._connection.execute(stmt._prepared_statement, params)
        try:
            if not result.isSuccess():
                raise RuntimeError(result.getErrorMessage())
            cols = result.getColumnNames()
            rows = []
            while result.hasNext():
                rows.append(dict(zip(cols, result.getNext())))
            return rows
        finally:
            result.close()

    def close(self) -> None:
        """Release the prepared statements (before their connection is closed)."""
        for stmt in self._statements.values():
            stmt.close()
        self._statements.clear()

    def once(self, query: str, params: dict[str, Any]) -> list[dict[str, Any]] | None:
        """Run a statement prepared for this call alone (a write, or a lookup with a list
        parameter); its rows, or None when the internals are not there (the caller then uses
        ``Connection.execute``).

        ``Connection.execute`` keeps every statement it prepares until the connection is closed,
        keyed by the types of the parameters and, for a frame, by the frame object itself: each
        ``COPY … FROM $frame`` kept its frame and what LadybugDB made of it in memory until the
        next checkpoint (the load's memory grew ~300 MB per 1,000 full plans, ~110 MB without).
        It also walks every value of a list parameter to key its cache (0.14 s for 10,000
        rows of nodes)."""
        if not self.usable:
            return None
        self._conn.init_connection()
        stmt = self._conn._prepare(query, params)
        try:
            if not stmt.is_success():
                raise RuntimeError(stmt.get_error_message())
            return self._rows(stmt, params)
        finally:
            stmt.close()


def store_files(path: str | Path) -> tuple[Path, Path]:
    """The graph database file and the source-data file of the store at ``path``."""
    p = Path(path)
    if p.is_file():  # a single-file store of an earlier version
        return p, p.with_name(p.name + "." + SOURCE_DATA_FILE)
    return p / GRAPH_FILE, p / SOURCE_DATA_FILE


def snapshot_file(path: str | Path) -> Path:
    """The file that keeps the resolver's state beside the store at ``path`` (``graph.snapshot``)."""
    p = Path(path)
    if p.is_file():  # a single-file store of an earlier version
        return p.with_name(p.name + "." + SNAPSHOT_FILE)
    return p / SNAPSHOT_FILE


def store_exists(path: str | Path) -> bool:
    """Whether a store was written at ``path`` (a folder holding the graph, or an older single
    file). A zero-byte graph file holds no store (LadybugDB makes one there on the first load)."""
    graph = store_files(path)[0]
    return graph.is_file() and graph.stat().st_size > 0


def lost_graph(path: str | Path) -> str | None:
    """Why a load into ``path`` would lose stored documents, or None: the graph file is missing or
    empty (deleted, cut to zero bytes by a full disk) while the source-data file still holds
    documents' data. The graph names which of that data is current; a load would make a new graph
    of its own files alone and then prune the data no graph row names."""
    graph, data = store_files(path)
    if store_exists(path) or not data.is_file() or data.stat().st_size == 0:
        return None
    try:
        rows = SourceData(data, read_only=True)
        try:
            count = rows.count()
        finally:
            rows.close()
    except sqlite3.Error:  # a damaged data file: opening the store says so
        return None
    if not count:
        return None
    return (f"its graph {graph.name} is {'empty' if graph.exists() else 'missing'} while {data.name} holds "
            f"{count} stored document version(s); a load would drop them: restore {graph.name} from a "
            "backup, or give a new --store and load the files again")


# The first bytes of a LadybugDB database file.
DATABASE_MAGIC = b"LBUG"


def not_a_store(path: str | Path) -> str | None:
    """Why ``path`` cannot be a store, or None: a file that is not a graph database (a document
    given as --store by mistake would otherwise be opened, or overwritten when empty), or a folder
    holding other files and no store."""
    p = Path(path)
    if p.is_dir():
        # A folder of the user's own files (`--store examples`, `--store ~`): the first load would
        # put the store's files among them. A new or empty folder is made a store; hidden files
        # (".DS_Store") do not count.
        graph, data = store_files(p)
        if graph.exists() or data.exists() or not any(not f.name.startswith(".") for f in p.iterdir()):
            return None
        return "a folder that holds other files, not a vanban store (give a new or empty folder)"
    if not p.is_file():
        return None
    with p.open("rb") as f:
        if f.read(len(DATABASE_MAGIC)) == DATABASE_MAGIC:
            return None
    return "a file that is not a vanban store (give a folder: it is made on the first load)"


# LadybugDB's refusal to open read only a database whose last checkpoint was cut off.
CHECKPOINT_PENDING = "while checkpoint recovery is pending"


class LadybugStore(GraphStore):
    """``LadybugStore(path)`` opens (or creates) the store folder at ``path``."""

    def __init__(self, path: str | Path, read_only: bool = False, announce: Callable[[str], None] | None = None,
                 jobs: int = 1):
        super().__init__(announce, jobs)
        self.path = Path(path)
        self.db_file, data_file = store_files(self.path)
        if not read_only:
            self.db_file.parent.mkdir(parents=True, exist_ok=True)
        self._data = SourceData(data_file, read_only=read_only)
        # No checkpoint after every commit: a checkpoint after a COPY costs about a second whatever
        # its size, so the store checkpoints (and reopens) every few thousand documents written
        # and at the end of each batch (``_settle``), and on close.
        self._read_only = read_only
        self._open()
        if not read_only:
            self._create_tables()
        elif self._missing_tables():
            self._add_missing_tables()
        # (kind, the columns set) -> the UNWIND statement updating stored nodes (see _write)
        self._node_update: dict[tuple[str, tuple[str, ...]], str] = {}
        if not read_only and self._dirty():
            self.sync()  # an earlier load was interrupted between its documents and the graph

    # ------------------------------------------------------------ interface

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        if params and self._lookups.usable and all(isinstance(v, _SCALARS) for v in params.values()):
            return self._lookups.run(query, params)
        result = self._conn.execute(query, params or {})
        results = result if isinstance(result, list) else [result]
        rows: list[dict[str, Any]] = []
        for res in results:
            cols = res.get_column_names()
            while res.has_next():
                rows.append(dict(zip(cols, res.get_next())))
        return rows

    def _execute(self, query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        """A write, or a lookup with a list parameter, prepared for this call alone (see
        ``_Lookups.once``): the rows it returns."""
        rows = self._lookups.once(query, params)
        return self.run(query, params) if rows is None else rows

    def _open(self) -> None:
        try:
            self._db = ladybug.Database(str(self.db_file), read_only=self._read_only, buffer_pool_size=BUFFER_POOL_BYTES,
                                        auto_checkpoint=False)
        except RuntimeError as e:
            if not (self._read_only and CHECKPOINT_PENDING in str(e)):
                raise
            # A load killed (SIGKILL, power cut) in a checkpoint left its files to replay, and a
            # read-only open cannot replay them: every lookup failed until the next load. Opened
            # for writing once, the database completes the checkpoint; a load still running holds
            # the lock, and that open fails with "Could not set lock" (another vanban is writing).
            ladybug.Database(str(self.db_file), buffer_pool_size=BUFFER_POOL_BYTES).close()
            self._db = ladybug.Database(str(self.db_file), read_only=True, buffer_pool_size=BUFFER_POOL_BYTES,
                                        auto_checkpoint=False)
        self._conn = ladybug.Connection(self._db)
        self._lookups = _Lookups(self._conn)

    def _settle(self) -> None:
        """Checkpoint, then reopen the database: LadybugDB 0.22 keeps pages of the written tables
        in its buffer pool until the database is closed (RSS grew ~130 KB per document loaded, and
        a bounded pool filled up); reopening releases them."""
        super()._settle()
        # Old versions of replaced files, and data an interrupted write left unnamed.
        current = self.hashes()
        if self._data.count() != len(current):
            self._data.prune(current)
        self._conn.execute("CHECKPOINT")
        self._lookups.close()
        self._conn.close()
        self._db.close()
        self._open()

    def close(self) -> None:
        if getattr(self, "_conn", None) is not None:
            if not getattr(self, "_read_only", True):
                try:
                    self._conn.execute("CHECKPOINT")
                except RuntimeError:
                    pass  # e.g. a transaction left open by a failure: the log is replayed on open
            self._lookups.close()
            self._conn.close()
            self._conn = None
        if getattr(self, "_db", None) is not None:
            self._db.close()
            self._db = None
        if getattr(self, "_data", None) is not None:
            self._data.close()

    def _snapshot_path(self) -> Path:
        return snapshot_file(self.path)

    # ------------------------------------------------------------ primitives

    def _load_hashes(self) -> dict[str, str]:
        return {r["f"]: r["h"] or "" for r in self.run(f"MATCH (s:{SOURCE_TABLE}) RETURN s.file AS f, s.hash AS h")}

    def _load_contents(self) -> dict[str, str]:
        rows = self.run(f"MATCH (s:{SOURCE_TABLE}) WHERE s.content <> '' RETURN s.file AS f, s.content AS c")
        return {r["f"]: r["c"] for r in rows}

    def _source_files(self) -> list[str]:
        return [r["f"] for r in self.run(f"MATCH (s:{SOURCE_TABLE}) RETURN s.file AS f")]

    def _get_source_data(self, files: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for part in _chunks(files, 500):
            rows = self.run(f"UNWIND $files AS f MATCH (s:{SOURCE_TABLE} {{file: f}}) RETURN s.file AS file, s.hash AS hash, s.data AS data", {"files": part})
            # Rows written before graph.source_data keep their data in the graph database.
            out.update((r["file"], r["data"]) for r in rows if r["data"])
            out.update(self._data.get([(r["file"], r["hash"]) for r in rows if not r["data"]]))
        return out

    def _read_graph(self) -> nx.MultiDiGraph:
        from vanban.graph.build import to_networkx

        nodes = []
        for kind, model in NODE_MODELS.items():
            cols = list(node_columns(kind))
            ret = ", ".join(f"n.{c} AS {c}" for c in cols)
            for row in self.run(f"MATCH (n:{kind}) RETURN {ret}"):
                lists = {c for c, t in node_columns(kind).items() if t.endswith("[]")}
                nodes.append(model.model_validate({k: (v if v is not None or k not in lists else []) for k, v in row.items()}))
        edges = []
        for type_ in EDGE_MODELS:
            cols = list(edge_columns(type_))
            ret = ", ".join(f"e.{c} AS {c}" for c in cols)
            for row in self.run(f"MATCH (a)-[e:{type_}]->(b) RETURN a.key AS source, b.key AS target, {ret}"):
                edges.append(edge_from_row(type_, row))
        return to_networkx(nodes, edges)

    def _put_sources(self, rows: list[SourceRow]) -> None:
        # The data first (graph.source_data): the Source row committed next names it.
        self._data.put((r.file, r.hash, r.data) for r in rows)
        c = self._conn
        c.execute("BEGIN TRANSACTION")
        try:
            # Rows of files not stored yet are bulk loaded (COPY); MERGE, for the others, cost
            # about 0.1 s of CPU per 1,000 rows in LadybugDB. The stored ones are looked up here
            # rather than taken from ``hashes()``, which a failed write may have left behind.
            by_file = {r.file: r for r in rows}  # the last row of a file, as MERGE kept it
            stored = self._stored_keys(SOURCE_TABLE, "file", by_file)
            for part in _chunks([by_file[f].as_dict() for f in sorted(stored)], 2000):
                self._execute(
                    f"UNWIND $rows AS r MATCH (s:{SOURCE_TABLE} {{file: r.file}}) "
                    "SET s.key = '', s.digest = r.digest, s.data = '', s.hash = r.hash, s.content = r.content",
                    {"rows": part},
                )
            new = [{**r.as_dict(), "key": "", "data": ""} for f, r in by_file.items() if f not in stored]
            if new:
                self._execute(f"COPY {SOURCE_TABLE} FROM $frame", {"frame": _node_frame(new, SOURCE_COLUMNS)})
            c.execute("MERGE (m:Meta {name: 'dirty'}) SET m.value = '1'")
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def _set_in_step(self) -> None:
        self._conn.execute("MERGE (m:Meta {name: 'rules'}) SET m.value = $rules", {"rules": rules_id()})
        self._conn.execute("MERGE (m:Meta {name: 'dirty'}) SET m.value = '0'")

    def _mark_in_step(self) -> None:
        self._conn.execute("BEGIN TRANSACTION")
        try:
            self._set_in_step()
            self._conn.execute("COMMIT")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise

    def _missing_tables(self) -> bool:
        """Whether the store, made by an earlier version, lacks a table of this schema (MEMBER_OF,
        from session 16) or a column of MEMBER_OF (``since``, session 17): the queries that read it
        would fail on it."""
        have = {r["name"] for r in self.run("CALL show_tables() RETURN name")}
        if not set(NODE_MODELS) | set(EDGE_MODELS) <= have:
            return True
        columns = {r["name"] for r in self.run("CALL table_info('MEMBER_OF') RETURN name")}
        return not set(edge_columns("MEMBER_OF")) <= columns

    def _add_missing_tables(self) -> None:
        """Create them, empty, in a write open of its own (as ``_open`` completes a pending checkpoint):
        such a store is out of step, and answers from the graph as it is until the next load rebuilds
        it. A load running holds the lock: the store is then left as it is."""
        self._lookups.close()
        self._conn.close()
        self._db.close()
        try:
            db = ladybug.Database(str(self.db_file), buffer_pool_size=BUFFER_POOL_BYTES)
            conn = ladybug.Connection(db)
            for stmt in create_statements():
                conn.execute(stmt)
            conn.close()
            db.close()
        except RuntimeError:
            pass
        self._open()

    def _create_tables(self) -> None:
        for stmt in create_statements():
            self._conn.execute(stmt)

    def _clear_graph(self) -> None:
        # Dropping the tables costs nothing at any size (deleting millions of rows in one
        # transaction does); an interruption after the mark leaves tables that the next open
        # creates again (``create_statements``) and a mark that has the graph rebuilt.
        self._conn.execute("MERGE (m:Meta {name: 'dirty'}) SET m.value = '1'")
        for type_ in EDGE_MODELS:
            self._conn.execute(f"DROP TABLE IF EXISTS {type_}")
        for kind in NODE_MODELS:
            self._conn.execute(f"DROP TABLE IF EXISTS {kind}")
        self._create_tables()
        self._lookups.close()  # statements prepared against the dropped tables
        self._lookups = _Lookups(self._conn)

    def _dirty(self) -> bool:
        rows = self.run("MATCH (m:Meta) WHERE m.name IN ['dirty', 'rules'] RETURN m.name AS name, m.value AS v")
        return marks_out_of_step({r["name"]: r["v"] for r in rows})

    def _apply(self, diff: GraphDiff, drop: list[str] | None, in_step: bool = True) -> None:
        c = self._conn
        c.execute("BEGIN TRANSACTION")
        try:
            self._write(diff)
            for part in _chunks(sorted(drop or ())):
                self._execute(f"UNWIND $files AS f MATCH (s:{SOURCE_TABLE} {{file: f}}) DELETE s", {"files": part})
            if in_step:
                self._set_in_step()
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        if drop:
            self._data.drop(drop)

    def _stored_keys(self, table: str, key: str, keys) -> set[str]:
        """Which of ``keys`` the table holds (its primary key ``key``): one lookup each, in batches."""
        found: set[str] = set()
        for part in _chunks(sorted(keys)):
            rows = self._execute(f"UNWIND $keys AS k MATCH (n:{table} {{{key}: k}}) RETURN n.{key} AS k", {"keys": part})
            found.update(r["k"] for r in rows)
        return found

    def _write(self, diff: GraphDiff) -> None:
        by_type: dict[str, list[str]] = {}
        for type_, id_ in diff.delete_edges:
            by_type.setdefault(type_, []).append(id_)
        for type_, ids in sorted(by_type.items()):
            assert _is_identifier(type_)
            for part in _chunks(sorted(set(ids))):
                self._execute(f"UNWIND $ids AS i MATCH ()-[e:{type_}]->() WHERE e.id = i DELETE e", {"ids": part})
        by_kind: dict[str, list[str]] = {}
        for kind, key in diff.delete_nodes:
            by_kind.setdefault(kind, []).append(key)
        for kind, keys in sorted(by_kind.items()):
            assert _is_identifier(kind)
            for part in _chunks(sorted(set(keys))):
                self._execute(f"UNWIND $keys AS k MATCH (n:{kind} {{key: k}}) DETACH DELETE n", {"keys": part})
        nodes_by_kind: dict[str, dict[str, dict]] = {}
        for attrs in diff.upsert_nodes:
            nodes_by_kind.setdefault(attrs["kind"], {})[attrs["key"]] = attrs
        for kind, nodes in sorted(nodes_by_kind.items()):
            cols = node_columns(kind)
            if diff.stored is None:
                existing = self._stored_keys(kind, "key", nodes)
            else:  # the resolver knows which are stored: no lookups (~0.1 s of CPU per 1,000 plans)
                existing = {k for k in nodes if (kind, k) in diff.stored}
            # Updates grouped by the columns they change, when the diff says (``GraphDiff.changed``):
            # LadybugDB sets each column of each row (~10-15 us a column; an Organization's roles
            # list more), and most updated nodes change one or two columns of eight to thirteen.
            by_columns: dict[tuple[str, ...], list[str]] = {}
            for k in sorted(existing):
                changed = diff.changed.get((kind, k)) if diff.changed is not None else None
                by_columns.setdefault(_update_columns(cols, changed), []).append(k)
            for ucols, keys in sorted(by_columns.items()):
                statement = self._node_update.get((kind, ucols))
                if statement is None:
                    statement = self._node_update[kind, ucols] = _update_statement(kind, {c: cols[c] for c in ucols})
                updates = [{col: nodes[k].get(col) for col in ucols} for k in keys]
                for part in _chunks(updates):
                    (row,) = self._execute(statement, {"rows": part})
                    if row["n"] != len(part):  # a node said to be stored is not: never lose a write silently
                        raise RuntimeError(f"{kind}: {len(part) - row['n']} of {len(part)} nodes to update are not stored")
            new = [nodes[k] for k in sorted(nodes) if k not in existing]
            if new:
                self._execute(f"COPY {kind} FROM $frame", {"frame": _node_frame(new, cols)})
        edges_by_type: dict[str, list[tuple]] = {}
        for u, v, attrs in diff.create_edges:
            edges_by_type.setdefault(attrs["type"], []).append((u, v, attrs))
        for type_, edges in sorted(edges_by_type.items()):
            pairs = EDGE_MODELS[type_].endpoints
            if len(pairs) == 1:
                self._execute(f"COPY {type_} FROM $frame", {"frame": _edge_frame(edges, edge_columns(type_))})
                continue
            # A table of several pairs (SAME_AS_CANDIDATE: documents, bodies) is copied one pair at a
            # time, each edge with the pair of the kind its source is stored as (its target's too).
            sources = {u for u, _, _ in edges}
            for a, b in pairs:
                assert _is_identifier(a) and _is_identifier(b)
                stored = self._stored_keys(a, "key", sources)
                part = [e for e in edges if e[0] in stored]
                if part:
                    self._execute(f"COPY {type_} FROM $frame (from='{a}', to='{b}')", {"frame": _edge_frame(part, edge_columns(type_))})
