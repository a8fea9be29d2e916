"""Incremental resolution gives exactly the reference ``build_graph`` of all sources, whatever
the batches, their order, replacements and removals (seeds and corpus, the real extractor)."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from vanban.graph.build import build_graph, load_source
from vanban.loaders.load import expand_paths

from tests.resolver_run import ResolverRun


@pytest.fixture(scope="module")
def sources(seeds_dir, corpus_dir):
    return [load_source(p) for p in expand_paths([seeds_dir, corpus_dir])]


def _snapshot(g: nx.MultiDiGraph):
    return ({k: a for k, a in g.nodes(data=True)}, {k: (u, v, a) for u, v, k, a in g.edges(keys=True, data=True)})


class _Run(ResolverRun):
    """A ``ResolverRun`` that checks its graph against the one built from the sources it holds."""

    def check(self):
        assert _snapshot(self.g) == _snapshot(build_graph(self.held.values()))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_random_batches_give_the_reference_graph(sources, seed):
    rng = random.Random(seed)
    order = sources[:]
    rng.shuffle(order)
    run = _Run()
    i = 0
    while i < len(order):
        n = rng.choice([1, 2, 5, 13])
        run.batch(order[i : i + n])
        i += n
    run.check()
    # Remove a few, change a few (drop their citations: placeholders and merges move), put back.
    gone = rng.sample(order, 8)
    run.batch(removed=[s.file for s in gone])
    run.check()
    edited = [s.model_copy(update={"record": s.record.model_copy(update={"cites": s.record.cites[::2], "implements": []})})
              for s in rng.sample(order, 6)]
    run.batch(edited)
    run.check()
    run.batch(gone)
    run.batch([s for s in order if s.file in {e.file for e in edited}])
    run.check()
    assert _snapshot(run.g) == _snapshot(build_graph(sources))


def test_one_batch_equals_the_reference(sources):
    run = _Run()
    run.batch(sources)
    run.check()
    run.batch(sources[:3])  # the same sources again: their units are rewritten as they were
    run.check()


def test_store_in_small_chunks_with_checkpoints_holds_the_reference(sources, tmp_path, monkeypatch):
    """Chunks of 7 documents, a checkpoint and reopen every 10: the LadybugDB store ends with the
    reference graph, after a change and a removal too."""
    from vanban.graph import store as store_module
    from vanban.graph.ladybug_store import LadybugStore

    monkeypatch.setattr(store_module, "CHUNK", 7)
    monkeypatch.setattr(store_module, "SETTLE_EVERY", 10)
    order = sources[:]
    random.Random(5).shuffle(order)
    with LadybugStore(tmp_path / "s") as s:
        assert s.add_documents(order[:30]) == 30
        assert s.add_documents(order) == len(order) - 30
        edited = order[3].model_copy(update={"record": order[3].record.model_copy(update={"tasks": []})})
        assert s.add_documents([edited, *order[10:20]]) == 1
        assert s.remove_document(order[4].file)
        expected = [edited, *order[5:], *order[:3]]
        assert _snapshot(s.graph()) == _snapshot(build_graph(expected))
    with LadybugStore(tmp_path / "s", read_only=True) as s:
        assert _snapshot(s.graph()) == _snapshot(build_graph(expected))


def test_documents_prepared_in_workers_give_the_reference(sources, seeds_dir, corpus_dir, tmp_path):
    """What ``vanban load`` does: rows and fragments made in 2 worker processes, indexed by the
    store's process; a file that cannot be read is a LoadError and the others still load."""
    from vanban.graph.ladybug_store import LadybugStore
    from vanban.graph.prepared import Prepared, iter_prepared
    from vanban.loaders.records import LoadError

    bad = tmp_path / "hỏng.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    files = [*expand_paths([seeds_dir, corpus_dir]), bad]
    out = list(iter_prepared(files, jobs=2))
    assert [type(p) for p in out[:-1]] == [Prepared] * len(sources) and isinstance(out[-1], LoadError)
    assert out[-1].file == str(bad) and out[-1].reason
    with LadybugStore(tmp_path / "s") as s:
        assert s.add_documents(out[:-1]) == len(sources)
        assert s.add_documents(list(iter_prepared(files[:-1], jobs=2))) == 0  # the same files again
        assert _snapshot(s.graph()) == _snapshot(build_graph(sources))


def test_reopened_store_rebuilds_its_state_on_two_processes(sources, tmp_path, monkeypatch):
    """Opening a store for writing rebuilds the resolution state from the stored rows, in worker
    processes, chunk by chunk; a change loaded then gives the reference graph."""
    from vanban.graph import store as store_module
    from vanban.graph.ladybug_store import LadybugStore

    monkeypatch.setattr(store_module, "READ_CHUNK", 7)
    order = sources[:]
    random.Random(11).shuffle(order)
    with LadybugStore(tmp_path / "s") as s:
        s.add_documents(order)
    edited = order[0].model_copy(update={"record": order[0].record.model_copy(update={"cites": [], "implements": []})})
    with LadybugStore(tmp_path / "s") as s:
        s.jobs = 2
        assert s.add_documents([edited]) == 1
        assert s.remove_document(order[1].file)
        assert _snapshot(s.graph()) == _snapshot(build_graph([edited, *order[2:]]))


def test_unchanged_files_are_not_read_again(seeds_dir, tmp_path, monkeypatch):
    """A second load of the same files reads none of them again (same bytes, same extractor);
    an edited file is read; a different extractor reads everything again."""
    import shutil

    from vanban.graph import prepared as prepared_module
    from vanban.graph.ladybug_store import LadybugStore
    from vanban.graph.prepared import Prepared, Unchanged, iter_prepared

    folder = tmp_path / "plans"
    shutil.copytree(seeds_dir, folder)
    files = sorted(folder.glob("*.txt"))
    with LadybugStore(tmp_path / "s") as s:
        assert s.add_documents(iter_prepared(files, jobs=2, known=s.contents())) == len(files)
        before = _snapshot(s.graph())
        again = list(iter_prepared(files, jobs=2, known=s.contents()))
        assert all(isinstance(p, Unchanged) for p in again)
        assert s.add_documents(again) == 0
        files[0].write_text(files[0].read_text(encoding="utf-8").replace("Giao", "Đề nghị", 1), encoding="utf-8")
        third = list(iter_prepared(files, jobs=1, known=s.contents()))
        assert [type(p) for p in third] == [Prepared] + [Unchanged] * (len(files) - 1)
        assert s.add_documents(third) == 1
        monkeypatch.setattr(prepared_module, "extractor_id", lambda: "another extractor")
        fourth = list(iter_prepared(files, jobs=1, known=s.contents()))
        assert all(isinstance(p, Prepared) for p in fourth)
        assert s.add_documents(fourth) == len(files)  # the same records, stored with the new extractor's key
        assert all(isinstance(p, Unchanged) for p in iter_prepared(files, jobs=1, known=s.contents()))
    with LadybugStore(tmp_path / "s", read_only=True) as s:
        assert _snapshot(s.graph()) != before  # the edit is in
