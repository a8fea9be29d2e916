"""`vanban remove --neo4j` and `vanban load --prune --neo4j` on a real Neo4j 5 server (started by
tests/plugin_neo4j.py): the same removal as the embedded store's, with the bundled example plans."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from vanban.cli import app
from vanban.graph.build import build_graph, load_source
from vanban.graph.neo4j_store import Neo4jStore
from vanban.graph.resolve import graph_nodes_edges

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PROVINCE = "01_ubnd_tinh_son_la_45-KH-UBND.txt"
HEALTH = "02_so_y_te_son_la_312-KH-SYT.txt"
DISTRICT = "04_ubnd_huyen_moc_chau_27-KH-UBND.txt"


def _state(driver):
    """The server's graph (node and edge sets) and its stored files, as a fresh store reads them."""
    store = Neo4jStore(driver=driver)
    try:
        return graph_nodes_edges(store.graph()), sorted(store.hashes())
    finally:
        store.close()


def _plans(tmp_path: Path) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir()
    for p in sorted(EXAMPLES.glob("0*")):
        shutil.copy(p, plans / p.name)
    return plans


def test_remove_b_on_neo4j_leaves_the_graph_of_a_and_c(tmp_path, neo4j_uri, neo4j_empty):
    plans = _plans(tmp_path)
    r = runner.invoke(app, ["load", str(plans), "--neo4j", neo4j_uri, "--jobs", "1"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["remove", str(plans / HEALTH), "--neo4j", neo4j_uri, "--yes", "-f", "json"])
    assert r.exit_code == 0, r.output
    (health,) = json.loads(r.stdout)["documents"]
    assert health["afterwards"] == "cited" and health["cited_by"] == 1
    rest = [load_source(p) for p in sorted(plans.iterdir()) if p.name != HEALTH]
    graph, files = _state(neo4j_empty)
    assert graph == graph_nodes_edges(build_graph(rest)) and files == sorted(s.file for s in rest)
    node = next(a for k, a in build_graph(rest).nodes(data=True) if k == health["key"])
    assert node["status"] == "cited"  # the hospital plan still cites it

    # By DOC, then loaded again: the store of all four plans, as first loaded.
    r = runner.invoke(app, ["remove", "Kế hoạch 45/KH-UBND", "--neo4j", neo4j_uri, "--yes"])
    assert r.exit_code == 0, r.output
    assert _state(neo4j_empty)[1] == sorted(s.file for s in rest if not s.file.endswith(PROVINCE))
    r = runner.invoke(app, ["load", str(plans), "--neo4j", neo4j_uri, "--jobs", "1"])
    assert r.exit_code == 0, r.output
    everything = [load_source(p) for p in sorted(plans.iterdir())]
    assert _state(neo4j_empty) == (graph_nodes_edges(build_graph(everything)), sorted(s.file for s in everything))


def test_load_prune_on_neo4j_after_deleting_a_file(tmp_path, neo4j_uri, neo4j_empty):
    plans = _plans(tmp_path)
    assert runner.invoke(app, ["load", str(plans), "--neo4j", neo4j_uri, "--jobs", "1"]).exit_code == 0
    (plans / DISTRICT).unlink()
    r = runner.invoke(app, ["load", str(plans), "--prune", "--neo4j", neo4j_uri, "--jobs", "1"])
    assert r.exit_code == 0, r.output
    assert "3 loaded (0 changed), 1 removed" in r.stderr
    rest = [load_source(p) for p in sorted(plans.iterdir())]
    assert _state(neo4j_empty) == (graph_nodes_edges(build_graph(rest)), sorted(s.file for s in rest))
    # An ambiguous DOC removes nothing there either.
    r = runner.invoke(app, ["remove", str(plans / PROVINCE), "Kế hoạch", "--neo4j", neo4j_uri, "--yes"])
    assert r.exit_code == 2 and "is ambiguous" in r.stderr
    assert _state(neo4j_empty)[1] == sorted(s.file for s in rest)


def test_sync_prune_removes_what_the_embedded_store_no_longer_holds(tmp_path, neo4j_uri, neo4j_empty):
    plans = _plans(tmp_path)
    store = tmp_path / "s"
    assert runner.invoke(app, ["load", str(plans), "--store", str(store), "--jobs", "1"]).exit_code == 0
    assert runner.invoke(app, ["sync", "--neo4j", neo4j_uri, "--store", str(store)]).exit_code == 0
    r = runner.invoke(app, ["remove", str(plans / PROVINCE), str(plans / DISTRICT), "--store", str(store), "--yes"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["sync", "--neo4j", neo4j_uri, "--store", str(store), "--prune"])
    assert r.exit_code == 0 and "0 changed, 2 removed" in r.stderr, r.output
    rest = [load_source(p) for p in sorted(plans.iterdir()) if p.name not in (PROVINCE, DISTRICT)]
    assert _state(neo4j_empty) == (graph_nodes_edges(build_graph(rest)), sorted(s.file for s in rest))
