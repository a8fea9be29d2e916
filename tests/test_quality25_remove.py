"""`vanban remove` and `vanban load --prune` on the embedded store: a removed document leaves
exactly the graph the other documents make (as if it had never been loaded), with the real
extractor on the bundled example plans, the seeds and corpus documents."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vanban.cli import app
from vanban.graph.build import build_graph, load_source
from vanban.graph.ladybug_store import LadybugStore
from vanban.graph.removal import matching, missing_sources, stored_path, stored_sources
from vanban.graph.resolve import graph_nodes_edges

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PROVINCE = "01_ubnd_tinh_son_la_45-KH-UBND.txt"  # cited and implemented by the Sở Y tế and district plans
HEALTH = "02_so_y_te_son_la_312-KH-SYT.txt"  # cited and implemented by the hospital plan
HOSPITAL = "03_benh_vien_da_khoa_son_la_58-KH-BVDK.md"
DISTRICT = "04_ubnd_huyen_moc_chau_27-KH-UBND.txt"
PROVINCE_KEY = "Kế hoạch 45/KH-UBND 2025 Ủy ban nhân dân tỉnh Sơn La"
CORPUS = ("001.txt", "002.txt", "004.txt", "005.txt")


@pytest.fixture()
def docs(tmp_path, seeds_dir, corpus_dir) -> Path:
    """A folder of real documents: plans/ (the four example plans), seeds/ (the five seeds),
    corpus/ (four corpus documents)."""
    root = tmp_path / "docs"
    (root / "plans").mkdir(parents=True)
    for p in sorted(EXAMPLES.glob("0*")):
        shutil.copy(p, root / "plans" / p.name)
    shutil.copytree(seeds_dir, root / "seeds")
    (root / "corpus").mkdir()
    for name in CORPUS:
        shutil.copy(corpus_dir / name, root / "corpus" / name)
    return root


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith("README"))


def _load(store: Path, *paths, args=()) -> None:
    r = runner.invoke(app, ["load", *map(str, paths), "--store", str(store), "--jobs", "1", *args])
    assert r.exit_code == 0, r.output


def _remove(store: Path, *args):
    return runner.invoke(app, ["remove", *map(str, args), "--store", str(store)])


def _state(store: Path):
    """The store's graph (node and edge sets) and its stored files."""
    with LadybugStore(store, read_only=True) as s:
        return graph_nodes_edges(s.graph()), sorted(s.hashes())


def _sizes(store: Path) -> tuple[dict[str, int], int]:
    """Nodes by kind, and edges, in the store's graph."""
    with LadybugStore(store, read_only=True) as s:
        g = s.graph()
    return dict(Counter(a["kind"] for _, a in g.nodes(data=True))), g.number_of_edges()


def test_remove_b_leaves_the_graph_of_loading_a_and_c(docs, tmp_path):
    _load(tmp_path / "abc", docs)
    (nodes, edges) = _sizes(tmp_path / "abc")
    r = _remove(tmp_path / "abc", docs / "plans" / HEALTH, "--yes", "--format", "json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["applied"] is True and [d["file"] for d in out["documents"]] == [stored_path(docs / "plans" / HEALTH)]
    (health,) = out["documents"]
    assert health["key"] == "Kế hoạch 312/KH-SYT 2025 Sở Y tế tỉnh Sơn La"
    assert health["afterwards"] == "cited" and health["cited_by"] == 1  # the hospital plan cites it
    assert health["tasks"] == 7 and health["edges"] > 20
    assert out["fewer_nodes"]["Task"] == 7
    nodes_after, edges_after = _sizes(tmp_path / "abc")
    assert out["fewer_edges"] == edges - edges_after  # what the summary says is what went
    assert {k: n for k, n in out["fewer_nodes"].items() if n} == {k: n - nodes_after.get(k, 0) for k, n in nodes.items() if n != nodes_after.get(k, 0)}
    _load(tmp_path / "ac", *[f for f in _files(docs) if f.name != HEALTH])
    assert _state(tmp_path / "abc") == _state(tmp_path / "ac")


def test_a_removed_document_others_cite_stays_as_a_cited_node(docs, tmp_path):
    plans = docs / "plans"
    _load(tmp_path / "s", plans)
    r = _remove(tmp_path / "s", plans / PROVINCE, "--yes")
    assert r.exit_code == 0, r.output
    assert "kept, cited by 2" in r.stdout and "removed 1 document: the graph has" in r.stderr
    with LadybugStore(tmp_path / "s", read_only=True) as s:
        g = s.graph()
    node = g.nodes[PROVINCE_KEY]
    assert node["status"] == "cited" and node["file"] is None  # as if never loaded
    incoming = {(u, a["type"]) for u, _, a in g.in_edges(PROVINCE_KEY, data=True)}
    citers = {"Kế hoạch 312/KH-SYT 2025 Sở Y tế tỉnh Sơn La", "Kế hoạch 27/KH-UBND 2025 Ủy ban nhân dân huyện Mộc Châu"}
    assert incoming == {(c, t) for c in citers for t in ("CITES", "IMPLEMENTS")}
    # Nothing it said itself is left: no task, every edge at it stated by a citing plan.
    touching = [*g.in_edges(PROVINCE_KEY, data=True), *g.out_edges(PROVINCE_KEY, data=True)]
    assert {a["evidence"]["source"] for _, _, a in touching} == citers
    assert not [v for _, v, a in g.out_edges(PROVINCE_KEY, data=True) if a["type"] == "HAS_TASK"]
    rest = [load_source(plans / n) for n in (HEALTH, HOSPITAL, DISTRICT)]
    assert graph_nodes_edges(g) == graph_nodes_edges(build_graph(rest))


def test_load_prune_after_deleting_a_file_from_a_copied_folder(docs, tmp_path):
    plans = docs / "plans"
    seed = sorted((docs / "seeds").iterdir())[0]
    _load(tmp_path / "s", plans, seed)
    (plans / DISTRICT).unlink()
    r = runner.invoke(app, ["load", str(plans), "--prune", "--store", str(tmp_path / "s"), "--jobs", "1"])
    assert r.exit_code == 0, r.output
    assert f"removed: {plans / DISTRICT} (no longer there)" in r.stderr
    assert "3 loaded (0 changed), 1 removed, 0 skipped, 0 failed" in r.stderr
    # The seed, loaded by its own name from elsewhere, is not the folder's: it stays.
    _load(tmp_path / "fresh", plans, seed)
    assert _state(tmp_path / "s") == _state(tmp_path / "fresh")
    again = runner.invoke(app, ["load", str(plans), "--prune", "--store", str(tmp_path / "s"), "--jobs", "1"])
    assert again.exit_code == 0 and "(0 changed), 0 removed" in again.stderr
    # Every file of the folder deleted: nothing to load, and the folder's documents go.
    for p in plans.iterdir():
        p.unlink()
    emptied = runner.invoke(app, ["load", str(plans), "--prune", "--store", str(tmp_path / "s"), "--jobs", "1"])
    assert emptied.exit_code == 0, emptied.output
    assert "0 loaded (0 changed), 3 removed" in emptied.stderr
    assert _state(tmp_path / "s")[1] == [stored_path(seed)]


def test_remove_by_doc_as_other_commands_take_it(docs, tmp_path):
    plans = docs / "plans"
    _load(tmp_path / "s", plans)
    r = _remove(tmp_path / "s", "Kế hoạch 58/KH-BVĐK", "--yes", "-f", "json")
    assert r.exit_code == 0, r.output
    assert [d["file"] for d in json.loads(r.stdout)["documents"]] == [stored_path(plans / HOSPITAL)]
    r = _remove(tmp_path / "s", "Kế hoạch 312/KH-SYT 2025 Sở Y tế tỉnh Sơn La", "--yes")  # a key
    assert r.exit_code == 0, r.output
    _load(tmp_path / "fresh", plans / PROVINCE, plans / DISTRICT)
    assert _state(tmp_path / "s") == _state(tmp_path / "fresh")
    # A document only cited (Chỉ thị 33/CT-TTg) is not one to remove.
    r = _remove(tmp_path / "s", "Chỉ thị 33/CT-TTg", "--yes")
    assert r.exit_code == 1 and "Chỉ thị 33/CT-TTg 2021 is only cited, not a loaded document" in r.stderr


def test_an_ambiguous_or_unknown_doc_removes_nothing(docs, tmp_path):
    plans = docs / "plans"
    _load(tmp_path / "s", plans)
    before = _state(tmp_path / "s")
    r = _remove(tmp_path / "s", plans / HOSPITAL, "Kế hoạch", "--yes")
    assert r.exit_code == 2
    lines = r.stderr.splitlines()
    assert lines[0].startswith("vanban remove: 'Kế hoạch' is ambiguous: ")
    assert {"  " + PROVINCE_KEY, "  Kế hoạch 312/KH-SYT 2025 Sở Y tế tỉnh Sơn La"} <= set(lines[1:])
    r = _remove(tmp_path / "s", plans / HOSPITAL, "Kế hoạch 99/KH-XYZ", "--yes")
    assert r.exit_code == 2 and "no document matches" in r.stderr
    r = _remove(tmp_path / "s", "", "--yes")  # an unset variable is not the working folder
    assert r.exit_code == 2 and "an argument is empty" in r.stderr
    r = _remove(tmp_path / "s", docs / "seeds", "--yes")  # a folder with nothing stored
    assert r.exit_code == 1 and "no loaded document is stored under this folder" in r.stderr
    assert _state(tmp_path / "s") == before


def test_remove_then_load_again_equals_the_original_store(docs, tmp_path):
    _load(tmp_path / "s", docs)
    original = _state(tmp_path / "s")
    # A folder, a glob, and a file deleted from the disk since it was loaded.
    gone = docs / "corpus" / CORPUS[0]
    kept = tmp_path / CORPUS[0]
    shutil.move(gone, kept)
    r = _remove(tmp_path / "s", docs / "plans", f"{docs}/seeds/00[12]_*.txt", gone, "--yes", "-f", "json")
    assert r.exit_code == 0, r.output
    removed = [Path(d["file"]).name for d in json.loads(r.stdout)["documents"]]
    assert len(removed) == 7 and CORPUS[0] in removed and sum(n.startswith(("001_", "002_")) for n in removed) == 2
    assert len(_state(tmp_path / "s")[1]) == len(original[1]) - 7
    shutil.move(kept, gone)
    _load(tmp_path / "s", docs)
    assert _state(tmp_path / "s") == original


def test_a_preview_removes_nothing_and_the_removal_after_it_is_exact(docs, tmp_path):
    plans = docs / "plans"
    _load(tmp_path / "s", plans)
    before = _state(tmp_path / "s")
    r = _remove(tmp_path / "s", plans / PROVINCE)  # stdin is not a terminal: --yes is needed
    assert r.exit_code == 1 and "To remove" in r.stdout and "give --yes" in r.stderr
    assert _state(tmp_path / "s") == before
    sources = [load_source(p) for p in sorted(plans.iterdir())]
    with LadybugStore(tmp_path / "s") as s:
        files = [sources[0].file, sources[2].file]
        preview = s.remove_documents(files, apply=False)
        assert not preview.applied and [d.file for d in preview.documents] == files
        assert graph_nodes_edges(s.graph()) == before[0]
        done = s.remove_documents(files)  # on the resolver state the preview put back
        assert done.model_dump(exclude={"applied"}) == preview.model_dump(exclude={"applied"})
        assert graph_nodes_edges(s.graph()) == graph_nodes_edges(build_graph([sources[1], sources[3]]))


class StopInTheSecondRemoval(LadybugStore):
    """The real store; the second removal's transaction is interrupted after its graph changes
    were written, before its source rows are dropped and it commits."""

    writes = 0

    def _write(self, diff):
        super()._write(diff)
        StopInTheSecondRemoval.writes += 1
        if StopInTheSecondRemoval.writes == 2:
            raise KeyboardInterrupt


def test_an_interrupted_removal_leaves_the_document_under_way_as_it_was(docs, tmp_path, monkeypatch):
    import vanban.graph.store as store_module

    monkeypatch.setattr(store_module, "CHUNK", 1)  # one transaction per document
    plans = docs / "plans"
    _load(tmp_path / "s", plans)
    sources = [load_source(p) for p in sorted(plans.iterdir())]
    with StopInTheSecondRemoval(tmp_path / "s") as s:
        with pytest.raises(KeyboardInterrupt):
            s.remove_documents([sources[1].file, sources[2].file])
    graph, files = _state(tmp_path / "s")
    assert files == sorted(x.file for x in sources if x is not sources[1])
    assert graph == graph_nodes_edges(build_graph([sources[0], *sources[2:]]))
    with LadybugStore(tmp_path / "s") as s:
        assert s._get_sources([sources[2].file])  # its stored text is still there
        assert [d.file for d in s.remove_documents([sources[1].file, sources[2].file]).documents] == [sources[2].file]
        assert graph_nodes_edges(s.graph()) == graph_nodes_edges(build_graph([sources[0], sources[3]]))


def test_paths_are_matched_against_the_stored_sources_as_load_takes_them(tmp_path, seeds_dir, corpus_dir):
    """Folders, globs (``*`` within a name, ``**`` across folders, dot files only by a dot) and
    files, on the names of real documents that are not on the disk."""
    root = tmp_path / "gone"
    seeds = sorted(p.name for p in seeds_dir.iterdir())
    stored = sorted([*(str(root / "seeds" / n) for n in seeds), str(root / "corpus" / "001.txt"),
                     str(root / "corpus" / "2025" / "002.txt"), str(root / "corpus" / ".004.txt"),
                     str(root / "seeds-old" / seeds[0])])
    assert matching(f"{root}/seeds/*.txt", stored) == [str(root / "seeds" / n) for n in seeds]
    assert matching(f"{root}/corpus/*.txt", stored) == [str(root / "corpus" / "001.txt")]
    assert matching(f"{root}/corpus/**/*.txt", stored) == [str(root / "corpus" / "001.txt"), str(root / "corpus" / "2025" / "002.txt")]
    assert matching(f"{root}/corpus/.*.txt", stored) == [str(root / "corpus" / ".004.txt")]
    assert matching(f"{root}/seeds/00[0-1]_*", stored) == [str(root / "seeds" / n) for n in seeds[:2]]
    # A folder is its own sources, not a sibling's whose name it begins ("seeds-old").
    assert stored_sources(str(root / "seeds"), stored) == [str(root / "seeds" / n) for n in seeds]
    assert stored_sources(str(root / "corpus" / "001.txt"), stored) == [str(root / "corpus" / "001.txt")]
    assert stored_sources("Kế hoạch 45/KH-UBND", stored) is None  # a DOC, not a path of the store
    assert stored_sources(f"{root}/nothing/*.txt", stored) == []
    # load --prune: only what is stored under the folders and globs given and gone from the disk.
    (tmp_path / "here").mkdir()
    shutil.copy(corpus_dir / "001.txt", tmp_path / "here" / "001.txt")
    here = [str(tmp_path / "here" / "001.txt"), str(tmp_path / "here" / "002.txt")]
    assert missing_sources([str(tmp_path / "here")], sorted(here)) == [here[1]]
    assert missing_sources([f"{tmp_path}/here/*.txt"], sorted(here)) == [here[1]]
    assert missing_sources([here[1]], sorted(here)) == []  # a file named alone is load's to report


def test_on_a_terminal_it_asks_first(docs, tmp_path, monkeypatch):
    import vanban.cli as cli

    plans = docs / "plans"
    _load(tmp_path / "s", plans)
    before = _state(tmp_path / "s")
    monkeypatch.setattr(cli, "_stdin_is_terminal", lambda: True)
    r = runner.invoke(app, ["remove", str(plans / HOSPITAL), "--store", str(tmp_path / "s"), "-f", "json"], input="y\n")
    assert r.exit_code == 1 and json.loads(r.stdout)["applied"] is False  # a program is not asked
    r = runner.invoke(app, ["remove", str(plans / HOSPITAL), "--store", str(tmp_path / "s")], input="n\n")
    assert r.exit_code == 1 and "Remove 1 document? [y/N]" in r.stderr and "nothing removed" in r.stderr
    assert _state(tmp_path / "s") == before
    r = runner.invoke(app, ["remove", str(plans / HOSPITAL), "--store", str(tmp_path / "s")], input="y\n")
    assert r.exit_code == 0, r.output
    assert r.stdout.count("Kế hoạch 58/KH-BVĐK") == 1  # the table before the question
    assert "removed 1 document: the graph has" in r.stderr
    _load(tmp_path / "fresh", *[p for p in sorted(plans.iterdir()) if p.name != HOSPITAL])
    assert _state(tmp_path / "s") == _state(tmp_path / "fresh")


def test_one_document_in_two_files(docs, tmp_path):
    """The same plan saved twice: removing one file keeps the document (loaded from the other);
    removing it by DOC takes both."""
    plans = docs / "plans"
    copy = docs / "copies" / HOSPITAL
    copy.parent.mkdir()
    shutil.copy(plans / HOSPITAL, copy)
    _load(tmp_path / "s", plans, copy)
    r = _remove(tmp_path / "s", copy, "--yes", "-f", "json")
    assert r.exit_code == 0, r.output
    (doc,) = json.loads(r.stdout)["documents"]
    assert doc["afterwards"] == "loaded" and doc["tasks"] == 0  # its tasks stay: the other file asserts them
    _load(tmp_path / "fresh", plans)
    assert _state(tmp_path / "s") == _state(tmp_path / "fresh")
    _load(tmp_path / "s", copy)
    r = _remove(tmp_path / "s", "Kế hoạch 58/KH-BVĐK", "--yes", "-f", "json")
    assert r.exit_code == 0, r.output
    assert sorted(d["file"] for d in json.loads(r.stdout)["documents"]) == sorted([stored_path(copy), stored_path(plans / HOSPITAL)])
    _load(tmp_path / "fresh2", *[p for p in sorted(plans.iterdir()) if p.name != HOSPITAL])
    assert _state(tmp_path / "s") == _state(tmp_path / "fresh2")
