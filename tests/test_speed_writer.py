"""The writer's shortcuts: writes keep no statement (nor the frame it was prepared with) after they
ran; the resolver says which upserted nodes are stored, so the store does not look them up."""

from __future__ import annotations

import pytest

from tests.gold_records import gold_records
from vanban.graph.build import build_graph, prepare
from vanban.graph.ladybug_store import LadybugStore
from vanban.graph.resolve import graph_nodes_edges


@pytest.fixture(scope="module")
def sources(gold_dir, seeds_dir):
    return [prepare(r, t) for r, t in gold_records(gold_dir, seeds_dir)]


class Recording(LadybugStore):
    """Notes, after each applied diff, the statements its connection keeps (until it is closed,
    at the next checkpoint)."""

    kept: list[list[str]]

    def _apply(self, *args, **kwargs) -> None:
        super()._apply(*args, **kwargs)
        cache = getattr(self._conn, "_pybind_implicit_prepared_cache", {})
        self.kept.append([key[0] for key in cache])


def test_writes_leave_no_prepared_statement_holding_a_frame(tmp_path, sources):
    with Recording(tmp_path / "s") as s:
        assert s._lookups.usable  # LadybugDB 0.22's internals, which the store's writes use
        s.kept = []
        s.add_documents(sources[:3])
        s.add_documents(sources[3:])
        s.add_documents([sources[0].model_copy(update={"digest": "changed"})])  # an update: UNWIND rows
        # Connection.execute caches what it prepares, keyed by each frame object: a load's
        # frames then stayed in memory until the next checkpoint.
        assert len(s.kept) == 3
        assert not [q for kept in s.kept for q in kept if "COPY" in q or "UNWIND" in q]
        assert graph_nodes_edges(s._read_graph()) == graph_nodes_edges(build_graph([*sources[1:], s.sources()[sources[0].file]]))


class Checking(LadybugStore):
    """Compares, before each diff is written, the resolver's word on which upserted nodes are
    stored with what the store holds (the lookups the word replaces)."""

    checked: int = 0

    def _write(self, diff) -> None:
        assert diff.stored is not None
        for attrs in diff.upsert_nodes:
            kind, key = attrs["kind"], attrs["key"]
            held = self.run(f"MATCH (n:{kind}) WHERE n.key = $k RETURN count(n) AS n", {"k": key})[0]["n"]
            assert ((kind, key) in diff.stored) == (held == 1), (kind, key)
            self.checked += 1
        super()._write(diff)


def test_the_resolver_knows_which_upserted_nodes_are_stored(tmp_path, sources):
    with Checking(tmp_path / "s") as s:
        s.add_documents(sources[:4])
        s.add_documents(sources[4:])
        first = sources[0]
        s.add_documents([first.model_copy(update={"digest": "changed", "record": first.record.model_copy(update={"tasks": first.record.tasks[:1]})})])
        assert s.remove_document(sources[1].file)
        s.add_documents([sources[0], sources[1]])
        assert s.checked > 100
        assert graph_nodes_edges(s._read_graph()) == graph_nodes_edges(build_graph(sources))


def test_an_update_of_a_node_that_is_not_stored_fails_loudly(tmp_path, sources):
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(sources)
        from vanban.graph.diff import GraphDiff

        org = next(iter(s.run("MATCH (n:Organization) RETURN n.key AS k")))["k"]
        ghost = {"kind": "Organization", "key": "Không có cơ quan này", "label": "x", "name": "x"}
        with pytest.raises(RuntimeError, match="not stored"):
            s._apply(GraphDiff(upsert_nodes=[ghost], stored={("Organization", ghost["key"])}), drop=None)
        assert s.run("MATCH (n:Organization) WHERE n.key = $k RETURN count(n) AS n", {"k": org})[0]["n"] == 1


class ColumnChecking(LadybugStore):
    """Compares, before each diff is written, the resolver's word on which fields of a stored node
    change (``GraphDiff.changed``) with the node the store holds: every column that differs is named."""

    checked: int = 0
    partial: int = 0

    def _write(self, diff) -> None:
        from vanban.graph.schema import node_columns

        assert diff.changed is not None
        for attrs in diff.upsert_nodes:
            kind, key = attrs["kind"], attrs["key"]
            if (kind, key) not in diff.stored or kind == "Task":
                continue
            cols = list(node_columns(kind))
            (held,) = self.run(f"MATCH (n:{kind}) WHERE n.key = $k RETURN " + ", ".join(f"n.{c} AS {c}" for c in cols), {"k": key})
            differ = {c for c in cols if (held[c] if held[c] is not None or c not in ("surfaces", "roles") else []) != attrs[c]}
            changed = set(diff.changed[kind, key])
            assert differ and differ <= changed, (kind, key, differ, changed)
            self.checked += 1
            self.partial += len(changed) < len(cols) - 1
        super()._write(diff)


def test_stored_nodes_are_updated_in_the_columns_that_change(tmp_path, sources):
    with ColumnChecking(tmp_path / "s") as s:
        for i in range(len(sources)):  # one document a batch: bodies and cited documents named again
            s.add_documents([sources[i]])
        first = sources[0]
        s.add_documents([first.model_copy(update={"digest": "changed", "record": first.record.model_copy(update={"tasks": first.record.tasks[:1]})})])
        assert s.remove_document(sources[1].file)
        s.add_documents([sources[0], sources[1]])
        assert s.checked > 5 and s.partial > 0
        assert graph_nodes_edges(s._read_graph()) == graph_nodes_edges(build_graph(sources))
