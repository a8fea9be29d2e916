"""The resolver's state kept beside a store (graph.snapshot): a later load or removal starts from it
instead of rebuilding it from every stored document, writes the graph a load of everything in one
go writes, and never starts from a state that is not the stored one."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from vanban.graph import snapshot
from vanban.graph.build import build_graph, load_source
from vanban.graph.ladybug_store import LadybugStore, snapshot_file
from vanban.graph.resolve import graph_nodes_edges

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def docs(seeds_dir, corpus_dir):
    """Real documents: the five seeds and the examples (A), corpus plans and letters (B, C, D)."""
    seeds = [load_source(p) for p in sorted(seeds_dir.glob("*.txt"))]
    examples = [load_source(p) for p in sorted(EXAMPLES.iterdir()) if p.name[:2].isdigit()]
    corpus = [load_source(p) for p in sorted(corpus_dir.glob("*.txt"))[:9]]
    return {"A": seeds + examples, "B": corpus[:3], "C": corpus[3:6], "D": corpus[6:]}


def nodes_edges(store: LadybugStore):
    return graph_nodes_edges(store._read_graph())


class RebuildingStore(LadybugStore):
    """The real store, counting the rebuilds of the resolution state from the stored documents."""

    rebuilds = 0

    def _stored_fragments(self):
        RebuildingStore.rebuilds += 1
        return super()._stored_fragments()


class OlderWriter(LadybugStore):
    """A writer that knows nothing of snapshots (an earlier version of vanban): it writes rows and
    graph as before and leaves the snapshot on disk as it was."""

    def _snapshot_path(self):
        return None


@pytest.fixture
def rebuilds():
    RebuildingStore.rebuilds = 0
    return RebuildingStore


def test_a_load_from_the_snapshot_writes_the_graph_of_one_load_of_everything(tmp_path, docs, rebuilds):
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(docs["A"] + docs["B"])
    assert snapshot_file(tmp_path / "s").stat().st_size > 0
    with rebuilds(tmp_path / "s") as s:
        assert s.add_documents(docs["C"]) == len(docs["C"])
        assert rebuilds.rebuilds == 0  # started from the snapshot
        got = nodes_edges(s)
    with LadybugStore(tmp_path / "one") as s:
        s.add_documents(docs["A"] + docs["B"] + docs["C"])
        assert got == nodes_edges(s)
    assert got == graph_nodes_edges(build_graph(docs["A"] + docs["B"] + docs["C"]))
    # A removal starts from the snapshot the load left, and so does the load after it.
    gone = docs["B"][0].file
    with rebuilds(tmp_path / "s") as s:
        assert s.remove_document(gone)
        assert rebuilds.rebuilds == 0
    with rebuilds(tmp_path / "s") as s:
        s.add_documents(docs["D"])
        assert rebuilds.rebuilds == 0
        rest = [d for d in docs["A"] + docs["B"] + docs["C"] + docs["D"] if d.file != gone]
        assert nodes_edges(s) == graph_nodes_edges(build_graph(rest))


def test_a_snapshot_the_store_moved_past_is_not_used(tmp_path, docs, rebuilds):
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(docs["A"])
    kept = snapshot_file(tmp_path / "s").read_bytes()
    # An older writer loads B: the snapshot still describes A alone.
    with OlderWriter(tmp_path / "s") as s:
        s.add_documents(docs["B"])
    assert snapshot_file(tmp_path / "s").read_bytes() == kept
    with rebuilds(tmp_path / "s") as s:
        s.add_documents(docs["C"])
        assert rebuilds.rebuilds == 1
        assert nodes_edges(s) == graph_nodes_edges(build_graph(docs["A"] + docs["B"] + docs["C"]))
    # An older writer removes a document: the snapshot written after C still names it.
    gone = docs["C"][1].file
    with OlderWriter(tmp_path / "s") as s:
        assert s.remove_document(gone)
    rebuilds.rebuilds = 0
    with rebuilds(tmp_path / "s") as s:
        s.add_documents(docs["D"])
        assert rebuilds.rebuilds == 1
        rest = [d for d in docs["A"] + docs["B"] + docs["C"] + docs["D"] if d.file != gone]
        assert nodes_edges(s) == graph_nodes_edges(build_graph(rest))


def test_a_snapshot_of_a_replaced_document_is_not_used(tmp_path, docs):
    """Same files, one of them with other content (an older writer replaced it): another stamp."""
    plan = docs["B"][0]
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(docs["A"] + docs["B"])
        before = s._stored_stamp()
    changed = plan.model_copy(update={"record": plan.record.model_copy(update={"reports_to": []})})
    assert changed.record != plan.record
    with OlderWriter(tmp_path / "s") as s:
        assert s.add_documents([changed]) == 1
        after = s._stored_stamp()
        assert after != before and s._load_snapshot() is None


def test_a_snapshot_made_under_other_rules_is_not_used(tmp_path, docs, monkeypatch):
    import vanban.graph.store as store_module

    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(docs["A"])
        stamp = s._stored_stamp()
        assert s._load_snapshot() is not None
        monkeypatch.setattr(store_module, "rules_id", lambda: "rules of another version")
        assert s._stored_stamp() != stamp and s._load_snapshot() is None


def _damaged(data: bytes) -> dict[str, bytes]:
    middle = len(data) // 2
    return {
        "cut short": data[: len(data) - 1000],
        "a byte changed": data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1 :],
        "empty": b"",
        "not a snapshot": b"PK\x03\x04" + data[4:],
        "header only": data[: len(snapshot.MAGIC) + 66],
    }


def test_a_damaged_snapshot_is_ignored_and_written_again(tmp_path, docs, rebuilds):
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(docs["A"])
    path = snapshot_file(tmp_path / "s")
    good = path.read_bytes()
    with LadybugStore(tmp_path / "s") as s:
        assert s._load_snapshot() is not None
    for why, data in _damaged(good).items():
        path.write_bytes(data)
        with LadybugStore(tmp_path / "s") as s:
            assert s._load_snapshot() is None, why
    path.write_bytes(_damaged(good)["a byte changed"])
    with rebuilds(tmp_path / "s") as s:
        s.add_documents(docs["B"])
        assert rebuilds.rebuilds == 1
        assert nodes_edges(s) == graph_nodes_edges(build_graph(docs["A"] + docs["B"]))
    with rebuilds(tmp_path / "s") as s:  # the load wrote a whole one again
        assert s._load_snapshot() is not None


class Boom:
    def __reduce__(self):
        return (print, ("a snapshot ran code",))


def test_a_snapshot_naming_other_code_is_refused_not_run(tmp_path, docs, capsys):
    """A store folder from someone else: a payload with a valid stamp and checksum that would call
    a function when unpickled is refused before the call."""
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(docs["A"])
        stamp = s._stored_stamp()
        s._resolver.ph_cands["x"] = Boom()  # type: ignore[assignment]
        snapshot.save(snapshot_file(tmp_path / "s"), s._resolver, stamp)
        assert s._load_snapshot() is None
    assert "ran code" not in capsys.readouterr().out
    with pytest.raises(pickle.UnpicklingError):
        snapshot._Unpickler.__new__(snapshot._Unpickler).find_class("builtins", "print")


def test_a_snapshot_is_written_whole_or_not_at_all(tmp_path, docs, monkeypatch):
    """A failure while writing leaves the snapshot before it (and no temporary file); a full disk
    fails nothing."""
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(docs["A"])
    path = snapshot_file(tmp_path / "s")
    kept = path.read_bytes()

    def full_disk(self, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(snapshot._HashingWriter, "write", full_disk)  # the disk fills in the payload
    with LadybugStore(tmp_path / "s") as s:
        assert s.add_documents(docs["B"]) == len(docs["B"])
    assert path.read_bytes() == kept
    assert sorted(p.name for p in path.parent.iterdir() if "snapshot" in p.name) == [path.name]


def test_a_removal_preview_leaves_the_snapshot_and_the_next_load_starts_from_it(tmp_path, docs, rebuilds):
    """`vanban remove` without --yes computes the removal on the resolver and puts it back: the
    snapshot on disk still names the stored state, and the next load starts from it."""
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(docs["A"] + docs["B"])
    path = snapshot_file(tmp_path / "s")
    kept = path.read_bytes()
    with rebuilds(tmp_path / "s") as s:
        preview = s.remove_documents([d.file for d in docs["B"]], apply=False)
        assert len(preview.documents) == len(docs["B"]) and rebuilds.rebuilds == 0
    assert path.read_bytes() == kept
    with rebuilds(tmp_path / "s") as s:
        s.add_documents(docs["C"])
        assert rebuilds.rebuilds == 0
        assert nodes_edges(s) == graph_nodes_edges(build_graph(docs["A"] + docs["B"] + docs["C"]))
