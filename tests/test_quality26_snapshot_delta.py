"""The resolver's snapshot as a base file and a small delta (graph.snapshot): a small load writes
only what it added; the next open reads the base, applies the delta and writes the graph one load
of everything writes; a delta grown past its limit is folded into a new base; a damaged or stale
delta is never used (the base alone when it names the stored state, else a rebuild)."""

from __future__ import annotations

from vanban.graph import snapshot
from vanban.graph.build import build_graph
from vanban.graph.ladybug_store import LadybugStore, snapshot_file
from vanban.graph.resolve import graph_nodes_edges
from tests import test_quality25_snapshot as q25
from tests.test_quality25_snapshot import OlderWriter, _damaged, nodes_edges

docs = q25.docs  # the fixtures: real documents, and the store that counts rebuilds
rebuilds = q25.rebuilds


def _files(store_dir):
    path = snapshot_file(store_dir)
    return path, snapshot.delta_path(path)


def test_a_small_load_writes_a_delta_and_the_next_open_applies_it(tmp_path, docs, rebuilds):
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(docs["A"])
    base, delta = _files(tmp_path / "s")
    kept = base.read_bytes()
    assert not delta.exists()
    with rebuilds(tmp_path / "s") as s:
        s.add_documents(docs["B"])
    assert base.read_bytes() == kept and delta.exists()
    with rebuilds(tmp_path / "s") as s:  # base + delta: no rebuild, and the delta grows
        s.add_documents(docs["C"])
        assert rebuilds.rebuilds == 0
    assert base.read_bytes() == kept
    with rebuilds(tmp_path / "s") as s:
        assert s.remove_document(docs["B"][0].file)
        assert rebuilds.rebuilds == 0
    rest = [d for d in docs["A"] + docs["B"] + docs["C"] if d.file != docs["B"][0].file]
    with rebuilds(tmp_path / "s") as s:
        s.add_documents(docs["D"])
        assert rebuilds.rebuilds == 0
        got = nodes_edges(s)
    assert base.read_bytes() == kept
    assert got == graph_nodes_edges(build_graph(rest + docs["D"]))
    with LadybugStore(tmp_path / "one") as s:
        s.add_documents(rest + docs["D"])
        assert got == nodes_edges(s)


def test_a_delta_past_its_limit_is_folded_into_a_new_base(tmp_path, docs, rebuilds, monkeypatch):
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(docs["A"])
    base, delta = _files(tmp_path / "s")
    kept = base.read_bytes()
    monkeypatch.setattr(snapshot, "DELTA_LEAST", 4)
    monkeypatch.setattr(snapshot, "DELTA_SHARE", 0.0)
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(docs["B"])  # 3 files: a delta
    assert delta.exists() and base.read_bytes() == kept
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(docs["C"])  # 6 files since the base: a new base, no delta
    assert not delta.exists() and base.read_bytes() != kept
    with rebuilds(tmp_path / "s") as s:
        assert s._load_snapshot() is not None and rebuilds.rebuilds == 0
        s.add_documents(docs["D"])
        assert nodes_edges(s) == graph_nodes_edges(build_graph(docs["A"] + docs["B"] + docs["C"] + docs["D"]))


def test_a_damaged_delta_is_never_used(tmp_path, docs, rebuilds):
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(docs["A"])
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(docs["B"])
    _, delta = _files(tmp_path / "s")
    good = delta.read_bytes()
    for why, data in _damaged(good).items():
        delta.write_bytes(data)
        with LadybugStore(tmp_path / "s") as s:
            stamp = s._stored_stamp()
            assert snapshot.load_delta(delta, stamp) is None, why
            assert s._load_snapshot() is None, why  # and the base names A alone
    delta.write_bytes(_damaged(good)["a byte changed"])
    with rebuilds(tmp_path / "s") as s:
        s.add_documents(docs["C"])
        assert rebuilds.rebuilds == 1
        assert nodes_edges(s) == graph_nodes_edges(build_graph(docs["A"] + docs["B"] + docs["C"]))
    assert not delta.exists()  # the rebuilt state was written whole


def test_a_delta_the_store_moved_past_is_not_used(tmp_path, docs, rebuilds):
    """An older writer loads after the delta was written: its stamp no longer names the rows."""
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(docs["A"])
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(docs["B"])
    with OlderWriter(tmp_path / "s") as s:
        s.add_documents(docs["C"])
    with rebuilds(tmp_path / "s") as s:
        assert s._load_snapshot() is None
        s.add_documents(docs["D"])
        assert rebuilds.rebuilds == 1
        assert nodes_edges(s) == graph_nodes_edges(build_graph(docs["A"] + docs["B"] + docs["C"] + docs["D"]))


def test_a_delta_of_another_base_is_not_used(tmp_path, docs):
    """The base file replaced (another store's, or written again) under a delta made for the old one."""
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(docs["A"])
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(docs["B"])
        stamp = s._stored_stamp()
        base_stamp = s._base_stamp
        s._base_stamp = "0" * 32
        s._snapshot_stamp = None
        s._save_snapshot()  # a delta that names another base
    _, delta = _files(tmp_path / "s")
    assert snapshot.load_delta(delta, stamp)[0] == "0" * 32 != base_stamp
    with LadybugStore(tmp_path / "s") as s:
        assert s._load_snapshot() is None
