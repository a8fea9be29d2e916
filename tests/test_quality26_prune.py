"""`vanban load --prune` of paths that name no file on the disk any more: a glob pattern whose files
were all deleted, a folder deleted whole. Session 16 reported "no file matches this pattern" (exit
1) for the one and "not found" for the other, and pruned neither; now the documents stored under
them go (exit 0, one line each saying why), and nothing outside the paths given."""

from __future__ import annotations

import shutil
from pathlib import Path

import test_quality25_remove as removal_tests
from typer.testing import CliRunner

from vanban.cli import app
from vanban.graph.ladybug_store import LadybugStore
from vanban.graph.removal import missing_sources, stored_path
from vanban.graph.resolve import graph_nodes_edges

runner = CliRunner()
# The fixture of real documents the removal tests load: plans/ (the example plans), seeds/, corpus/.
docs = removal_tests.docs
CORPUS = removal_tests.CORPUS
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _load(store: Path, *paths: str | Path):
    return runner.invoke(app, ["load", *map(str, paths), "--store", str(store), "--jobs", "1"])


def _state(store: Path):
    with LadybugStore(store, read_only=True) as s:
        return graph_nodes_edges(s.graph()), sorted(s.hashes())


def _documents(folder: Path) -> list[str]:
    return [stored_path(p) for p in sorted(folder.iterdir()) if not p.name.startswith(("README", "."))]


def test_a_glob_whose_files_are_all_deleted_prunes_them(docs, tmp_path):
    store = tmp_path / "s"
    assert _load(store, docs).exit_code == 0
    pattern = f"{docs}/corpus/*.txt"
    for p in (docs / "corpus").iterdir():
        p.unlink()
    r = _load(store, pattern, "--prune")
    assert r.exit_code == 0, r.output
    assert f"{pattern} matches no file: pruning the {len(CORPUS)} documents stored under it" in r.stderr
    assert f"0 loaded (0 changed), {len(CORPUS)} removed, 0 skipped, 0 failed" in r.stderr
    assert _load(tmp_path / "fresh", docs / "plans", docs / "seeds").exit_code == 0
    assert _state(store) == _state(tmp_path / "fresh")


def test_a_folder_deleted_whole_is_pruned_and_nothing_outside_it(docs, tmp_path):
    store = tmp_path / "s"
    assert _load(store, docs / "plans", docs / "seeds", docs / "corpus").exit_code == 0
    seeds = _documents(docs / "seeds")
    shutil.rmtree(docs / "seeds")
    shutil.rmtree(docs / "corpus")  # deleted too, but not given: its documents stay
    r = _load(store, docs / "plans", docs / "seeds", "--prune")
    assert r.exit_code == 0, r.output
    assert f"{docs / 'seeds'} is no longer there: pruning the {len(seeds)} documents stored under it" in r.stderr
    assert f"4 loaded (0 changed), {len(seeds)} removed, 0 skipped, 0 failed" in r.stderr
    stored = _state(store)[1]
    assert not set(seeds) & set(stored)
    assert {stored_path(docs / "corpus" / n) for n in CORPUS} <= set(stored)


def test_a_path_with_nothing_stored_under_it_is_still_an_error(docs, tmp_path):
    store = tmp_path / "s"
    assert _load(store, docs / "plans").exit_code == 0
    before = _state(store)
    r = _load(store, f"{docs}/nothing/*.txt", docs / "gone", "--prune")
    assert r.exit_code == 1
    assert "no file matches this pattern" in r.stderr
    assert _state(store) == before


def test_missing_sources_of_a_deleted_folder(tmp_path):
    gone = tmp_path / "gone"
    stored = sorted([str(gone / "a.txt"), str(gone / "sub" / "b.txt"), str(tmp_path / "gone2" / "c.txt")])
    assert missing_sources([str(gone)], stored) == [str(gone / "a.txt"), str(gone / "sub" / "b.txt")]
    assert missing_sources([str(gone / "a.txt")], stored) == []  # a file named alone is load's to report


def test_a_deleted_folder_and_an_emptied_glob_on_neo4j(tmp_path, neo4j_uri, neo4j_empty):
    from vanban.graph.build import build_graph, load_source
    from vanban.graph.neo4j_store import Neo4jStore

    root = tmp_path / "docs"
    (root / "a").mkdir(parents=True)
    (root / "b").mkdir()
    plans = sorted(EXAMPLES.glob("0*"))
    for p in plans[:2]:
        shutil.copy(p, root / "a" / p.name)
    for p in plans[2:]:
        shutil.copy(p, root / "b" / p.name)
    r = runner.invoke(app, ["load", str(root), "--neo4j", neo4j_uri, "--jobs", "1"])
    assert r.exit_code == 0, r.output
    kept = [load_source(p) for p in sorted((root / "a").iterdir())]
    shutil.rmtree(root / "b")
    r = runner.invoke(app, ["load", str(root / "b"), f"{root}/b/*.txt", "--prune", "--neo4j", neo4j_uri, "--jobs", "1"])
    assert r.exit_code == 0, r.output
    assert f"{root / 'b'} is no longer there: pruning the 2 documents stored under it" in r.stderr
    assert "0 loaded (0 changed), 2 removed, 0 skipped, 0 failed" in r.stderr
    store = Neo4jStore(driver=neo4j_empty)
    try:
        assert (graph_nodes_edges(store.graph()), sorted(store.hashes())) == (
            graph_nodes_edges(build_graph(kept)), sorted(s.file for s in kept))
    finally:
        store.close()
