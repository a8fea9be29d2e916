"""The store's writes keep no statement (nor the frame it was prepared with) after they ran."""

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
