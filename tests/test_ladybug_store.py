"""The embedded LadybugDB store: tables from the schema, idempotent loads, replace, remove, atomicity."""

from __future__ import annotations

import pytest

from tests.gold_records import gold_records
from vanban.graph.build import build_graph, prepare
from vanban.graph.ladybug_store import LadybugStore
from vanban.graph.resolve import graph_nodes_edges


@pytest.fixture(scope="module")
def sources(gold_dir, seeds_dir):
    return [prepare(r, t) for r, t in gold_records(gold_dir, seeds_dir)]


def test_store_holds_the_resolved_graph_and_reloading_changes_nothing(tmp_path, sources):
    with LadybugStore(tmp_path / "s") as s:
        assert s.add_documents(sources) == len(sources)
        assert s.add_documents(sources) == 0
    with LadybugStore(tmp_path / "s", read_only=True) as s:
        assert graph_nodes_edges(s.graph()) == graph_nodes_edges(build_graph(sources))
        rows = s.run("MATCH (d:Document) WHERE d.status = $st RETURN count(d) AS n", {"st": "loaded"})
        assert rows == [{"n": len(sources)}]


def test_changed_file_replaces_its_assertions_and_remove_drops_them(tmp_path, sources):
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(sources)
        hospital = next(x for x in sources if x.record.document.issuer == "Bệnh viện Đa khoa Nà Chì")
        changed = hospital.model_copy(update={"record": hospital.record.model_copy(update={"reports_to": []})})
        assert s.add_document(changed)
        others = [x for x in sources if x.file != hospital.file]
        assert graph_nodes_edges(s._read_graph()) == graph_nodes_edges(build_graph([*others, changed]))
        assert s.remove_document(hospital.file)
        assert graph_nodes_edges(s._read_graph()) == graph_nodes_edges(build_graph(others))


class FailingStore(LadybugStore):
    """The real store, with a fault injected after the diff's first statements ran."""

    def _apply(self, diff, drop, in_step=True):
        self._conn.execute("BEGIN TRANSACTION")
        self._conn.execute("UNWIND $rows AS r MERGE (n:Organization {key: r}) SET n.label = r", {"rows": ["Trace of a half-done write"]})
        self._conn.execute("ROLLBACK")
        raise RuntimeError("disk full")


def test_failed_load_leaves_the_graph_as_before(tmp_path, sources):
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(sources[:2])
        before = graph_nodes_edges(s._read_graph())
    with FailingStore(tmp_path / "s") as s:
        with pytest.raises(RuntimeError):
            s.add_document(sources[2])
        assert graph_nodes_edges(s._read_graph()) == before
        assert s.out_of_step  # the source row is in; the graph will be brought in step
    with LadybugStore(tmp_path / "s") as s:  # opening for writing syncs
        assert not s.out_of_step
        assert graph_nodes_edges(s._read_graph()) == graph_nodes_edges(build_graph(sources[:3]))


def test_queries_take_parameters(tmp_path, sources):
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(sources)
        hostile = "x' OR 1=1 //"
        assert s.run("MATCH (d:Document) WHERE d.key = $k RETURN d.key AS k", {"k": hostile}) == []



def test_lookups_by_key_answer_as_execute_does(tmp_path, sources):
    """The prepared fast path of ``run`` (scalar parameters) gives the rows ``execute`` gives,
    for every lineage lookup of every seed document, across a checkpoint (which reopens the
    connection), and a bad query is an error, not a crash."""
    from vanban.queries import lineage

    queries = [*lineage.HOPS_UP.values(), lineage.HOPS_DOWN, lineage.ORG_HOPS, lineage.REPORTS_TO_ORG]
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(sources)
        assert s._lookups.usable
        docs = [r["k"] for r in s.run("MATCH (d:Document) RETURN d.key AS k")]
        orgs = [r["k"] for r in s.run("MATCH (o:Organization) RETURN o.key AS k")]

        def both(q, key):
            fast = s.run(q, {"key": key})
            s._lookups.usable = False
            try:
                slow = s.run(q, {"key": key})
            finally:
                s._lookups.usable = True
            return fast, slow

        answered = 0
        for q in queries:
            for key in orgs if q.startswith("MATCH (a:Organization") else docs:
                fast, slow = both(q, key)
                assert fast == slow, (q, key)
                answered += bool(fast)
        assert answered > 20
        s._settle()
        key = next(k for k in docs if s.run(lineage.HOPS_UP[("IMPLEMENTS",)], {"key": k}))
        assert both(lineage.HOPS_UP[("IMPLEMENTS",)], key)[0]
        with pytest.raises(RuntimeError):
            s.run("MATCH (d:Nowhere {key: $key}) RETURN d", {"key": "x"})

class FailOnceStore(LadybugStore):
    """The real store; the first graph write fails (after its chunk's source rows were written)."""

    failed = False

    def _apply(self, diff, drop, in_step=True):
        if not self.failed:
            self.failed = True
            raise RuntimeError("disk full")
        super()._apply(diff, drop, in_step)


def test_the_same_store_recovers_after_a_failed_chunk(tmp_path, sources):
    with FailOnceStore(tmp_path / "s") as s:
        with pytest.raises(RuntimeError):
            s.add_documents(sources[:2])
        assert s.out_of_step
        # The next write brings the graph in step with the rows first, then adds its own.
        assert s.add_documents(sources[2:4]) == 2
        assert not s.out_of_step
        assert graph_nodes_edges(s._read_graph()) == graph_nodes_edges(build_graph(sources[:4]))
        assert s.remove_document(sources[0].file)
        assert graph_nodes_edges(s._read_graph()) == graph_nodes_edges(build_graph(sources[1:4]))


def test_source_rows_are_packed_and_plain_rows_still_read(seeds_dir):
    """Rows are stored as compressed JSON; rows written as plain JSON by earlier versions read the same."""
    from vanban.graph.build import load_source
    from vanban.graph.prepared import PACKED_PREFIX, SourceRow, unpack_source

    src = load_source(sorted(seeds_dir.glob("*.txt"))[0])
    row = SourceRow(src)
    plain = src.model_dump_json()
    assert row.data.startswith(PACKED_PREFIX) and len(row.data) < len(plain) * 0.6
    assert unpack_source(row.data) == src == unpack_source(plain)


def test_store_is_a_folder_with_the_sources_data_beside_the_graph(tmp_path, sources):
    """Source data lives in the folder's SQLite file, one version per file once settled; the
    graph database's Source rows only name it."""
    import sqlite3

    from vanban.graph.ladybug_store import GRAPH_FILE, SOURCE_DATA_FILE

    store = tmp_path / "s"
    with LadybugStore(store) as s:
        s.add_documents(sources)
        hospital = next(x for x in sources if x.record.document.issuer == "Bệnh viện Đa khoa Nà Chì")
        changed = hospital.model_copy(update={"record": hospital.record.model_copy(update={"reports_to": []})})
        assert s.add_document(changed)
        assert s.run("MATCH (x:Source) WHERE x.data <> '' RETURN count(x) AS n") == [{"n": 0}]
    assert (store / GRAPH_FILE).is_file() and (store / SOURCE_DATA_FILE).is_file()
    with sqlite3.connect(store / SOURCE_DATA_FILE) as db:
        per_file = dict(db.execute("SELECT file, count(*) FROM source_data GROUP BY file"))
    assert per_file == {x.file: 1 for x in sources}  # the replaced version was pruned
    with LadybugStore(store, read_only=True) as s:
        assert s.sources()[hospital.file] == changed
        assert graph_nodes_edges(s.graph()) == graph_nodes_edges(build_graph([*[x for x in sources if x is not hospital], changed]))
    with LadybugStore(store) as s:
        assert s.remove_document(hospital.file)
    with sqlite3.connect(store / SOURCE_DATA_FILE) as db:
        assert db.execute("SELECT count(*) FROM source_data WHERE file = ?", (hospital.file,)).fetchone() == (0,)


def test_data_written_before_an_interrupted_graph_write_is_pruned(tmp_path, sources):
    """The data is committed first; when the graph's write then fails, the store reads as before
    and the orphaned data is pruned once the store is opened for writing and settled."""
    import sqlite3

    from vanban.graph.ladybug_store import SOURCE_DATA_FILE

    store = tmp_path / "s"
    with LadybugStore(store) as s:
        s.add_documents(sources[:2])

    class FailingPut(LadybugStore):
        def _put_sources(self, rows):
            self._data.put((r.file, r.hash, r.data) for r in rows)
            raise RuntimeError("killed between the data and the graph")

    with FailingPut(store) as s:
        with pytest.raises(RuntimeError):
            s.add_document(sources[2])
    with LadybugStore(store, read_only=True) as s:
        assert set(s.sources()) == {x.file for x in sources[:2]}
    with sqlite3.connect(store / SOURCE_DATA_FILE) as db:
        assert db.execute("SELECT count(*) FROM source_data").fetchone() == (3,)
    with LadybugStore(store) as s:
        s.add_document(sources[3])
    with sqlite3.connect(store / SOURCE_DATA_FILE) as db:
        assert sorted(f for (f,) in db.execute("SELECT file FROM source_data")) == sorted(x.file for x in [*sources[:2], sources[3]])


def test_a_single_file_store_of_an_earlier_version_still_opens(tmp_path, sources):
    """Before the folder layout a store was one LadybugDB file with the data in its Source rows:
    it opens as it is, and its new data goes to a file beside it."""
    import ladybug

    from vanban.graph.ladybug_store import SOURCE_TABLE, create_statements
    from vanban.graph.prepared import SourceRow

    old = tmp_path / "old-store"
    db = ladybug.Database(str(old))
    conn = ladybug.Connection(db)
    for stmt in create_statements():
        conn.execute(stmt)
    row = SourceRow(sources[0]).as_dict()
    conn.execute(f"CREATE (s:{SOURCE_TABLE} {{file: $file, key: '', digest: $digest, data: $data, hash: $hash, content: ''}})", row)
    conn.execute("MERGE (m:Meta {name: 'dirty'}) SET m.value = '1'")  # rows in, graph not yet built
    conn.close()
    db.close()
    assert old.is_file()
    with LadybugStore(old) as s:  # opening for writing builds the graph from the old row
        assert s.sources() == {sources[0].file: sources[0]}
        s.add_documents(sources[1:3])
        assert graph_nodes_edges(s._read_graph()) == graph_nodes_edges(build_graph(sources[:3]))
    assert old.is_file() and old.with_name(old.name + ".sources.sqlite").is_file()
    with LadybugStore(old, read_only=True) as s:
        assert set(s.sources()) == {x.file for x in sources[:3]}


def _stale_body(s: LadybugStore) -> list:
    return s.run("MATCH (o:Organization) WHERE o.key = 'Bộ Chỉ huy Quân sự tỉnh' RETURN o.key AS key")


def test_a_graph_written_under_other_rules_is_rebuilt_on_the_next_open_for_writing(tmp_path, sources):
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(sources)
        assert not s.out_of_step
        # What an earlier version's rule left behind: a body the current rules no longer make.
        s.run("CREATE (o:Organization {key: 'Bộ Chỉ huy Quân sự tỉnh', label: 'Bộ Chỉ huy Quân sự tỉnh', name: 'Bộ Chỉ huy Quân sự tỉnh', defunct: false})")
    with LadybugStore(tmp_path / "s") as s:  # same rules: nothing is rebuilt
        assert not s.out_of_step and _stale_body(s)
        s.run("MATCH (m:Meta) WHERE m.name = 'rules' SET m.value = 'an earlier version'")
    with LadybugStore(tmp_path / "s", read_only=True) as s:  # a lookup reports it, and reads as is
        assert s.out_of_step and _stale_body(s)
    with LadybugStore(tmp_path / "s") as s:  # a load brings the graph in step with these rules
        assert not s.out_of_step and not _stale_body(s)
        assert graph_nodes_edges(s._read_graph()) == graph_nodes_edges(build_graph(sources))
        # A store from before rules were recorded is rebuilt the same way.
        s.run("CREATE (o:Organization {key: 'Bộ Chỉ huy Quân sự tỉnh', label: 'Bộ Chỉ huy Quân sự tỉnh', name: 'Bộ Chỉ huy Quân sự tỉnh', defunct: false})")
        s.run("MATCH (m:Meta) WHERE m.name = 'rules' DELETE m")
        assert s.out_of_step
    with LadybugStore(tmp_path / "s") as s:
        assert not s.out_of_step and not _stale_body(s)


class FailInSyncStore(LadybugStore):
    """The real store; the rebuild's second chunk fails once (a rebuild interrupted midway)."""

    chunks = 0

    def _apply(self, diff, drop, in_step=True):
        if not in_step:
            FailInSyncStore.chunks += 1
            if FailInSyncStore.chunks == 2:
                raise RuntimeError("interrupted")
        super()._apply(diff, drop, in_step)


def test_an_interrupted_rebuild_is_begun_again_on_the_next_open(tmp_path, sources, monkeypatch):
    import vanban.graph.store as store_module

    monkeypatch.setattr(store_module, "READ_CHUNK", 2)  # the five seeds rebuilt in three chunks
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(sources)
        s.run("MATCH (m:Meta) WHERE m.name = 'rules' SET m.value = 'an earlier version'")
    with pytest.raises(RuntimeError, match="interrupted"):
        FailInSyncStore(tmp_path / "s")
    with LadybugStore(tmp_path / "s", read_only=True) as s:
        assert s.out_of_step  # the first chunk is written, the mark still set
        assert s.run("MATCH (d:Document) WHERE d.status = 'loaded' RETURN count(d) AS n") == [{"n": 2}]
    with LadybugStore(tmp_path / "s") as s:
        assert not s.out_of_step
        assert graph_nodes_edges(s._read_graph()) == graph_nodes_edges(build_graph(sources))


def test_a_rebuild_on_several_processes_writes_the_same_graph(tmp_path, sources, monkeypatch):
    import vanban.graph.store as store_module

    monkeypatch.setattr(store_module, "READ_CHUNK", 2)  # three chunks, made on a pool of two workers
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(sources)
        s.run("MATCH (m:Meta) WHERE m.name = 'rules' SET m.value = 'an earlier version'")
    told = []
    with LadybugStore(tmp_path / "s", announce=told.append, jobs=2) as s:
        assert not s.out_of_step and len(told) == 1 and "5 stored documents" in told[0]
        assert graph_nodes_edges(s._read_graph()) == graph_nodes_edges(build_graph(sources))
