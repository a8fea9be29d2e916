"""`vanban sync` and `vanban load --neo4j`: the embedded store written to a real Neo4j 5 server."""

from __future__ import annotations

import shutil
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from vanban.cli import app
from vanban.graph.ladybug_store import LadybugStore
from vanban.graph.neo4j_store import Neo4jStore

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
runner = CliRunner()

# A plan whose title, citation quote and task carry Cypher and quote characters.
HOSTILE_PLAN = """UBND TỈNH SƠN LA
SỞ Y TẾ
Số: 77/KH-SYT
Sơn La, ngày 02 tháng 4 năm 2025
KẾ HOẠCH
Thử nghiệm '}) DETACH DELETE n // với ký tự \\ gạch chéo và $param "ngoặc kép"
Thực hiện Kế hoạch số 45/KH-UBND ngày 14/02/2025 của UBND tỉnh về '}) DETACH DELETE n // \\ $param;
Sở Y tế xây dựng kế hoạch như sau:
I. NỘI DUNG
1. Giao Văn phòng Sở Y tế theo dõi '}) MATCH (m) DETACH DELETE m // $x \\n, báo cáo kết quả gửi về Sở Y tế trước ngày 02/11/2025.
"""
HOSTILE_TITLE = "Thử nghiệm '}) DETACH DELETE n // với ký tự \\ gạch chéo và $param \"ngoặc kép\""


def _snapshot(g: nx.MultiDiGraph) -> tuple[dict, dict]:
    return (
        {key: attrs for key, attrs in g.nodes(data=True)},
        {k: (u, v, attrs) for u, v, k, attrs in g.edges(keys=True, data=True)},
    )


def _read_back(driver) -> nx.MultiDiGraph:
    store = Neo4jStore(driver=driver)
    try:
        return store.graph()
    finally:
        store.close()


def _load(store_dir: Path, *paths) -> None:
    result = runner.invoke(app, ["load", *map(str, paths), "--store", str(store_dir), "-j", "1"])
    assert result.exit_code == 0, result.output


def test_sync_twice_changes_nothing_and_a_changed_document_replaces_only_its_own(tmp_path, neo4j_uri, neo4j_empty):
    docs = tmp_path / "docs"
    shutil.copytree(EXAMPLES, docs)
    store_dir = tmp_path / "store"
    _load(store_dir, docs)

    first = runner.invoke(app, ["sync", "--neo4j", neo4j_uri, "--store", str(store_dir)])
    assert first.exit_code == 0, first.output
    assert "4 documents, 4 changed" in first.output
    with LadybugStore(store_dir, read_only=True) as s:
        embedded = _snapshot(s.graph())
    after_first = _snapshot(_read_back(neo4j_empty))
    assert after_first == embedded

    second = runner.invoke(app, ["sync", "--neo4j", neo4j_uri, "--store", str(store_dir)])
    assert second.exit_code == 0, second.output
    assert "4 documents, 0 changed" in second.output
    assert _snapshot(_read_back(neo4j_empty)) == after_first

    # The hospital plan drops its citation of QĐ 2151/QĐ-BYT: only its own assertions go.
    hospital = docs / "03_benh_vien_da_khoa_son_la_58-KH-BVDK.md"
    text = hospital.read_text(encoding="utf-8")
    assert "2151/QĐ-BYT" in text
    hospital.write_text(text.replace("Quyết định số 2151/QĐ-BYT", "Quyết định của Bộ Y tế"), encoding="utf-8")
    _load(store_dir, docs)
    third = runner.invoke(app, ["sync", "--neo4j", neo4j_uri, "--store", str(store_dir)])
    assert third.exit_code == 0, third.output
    assert "4 documents, 1 changed" in third.output
    nodes, edges = _snapshot(_read_back(neo4j_empty))
    with LadybugStore(store_dir, read_only=True) as s:
        assert (nodes, edges) == _snapshot(s.graph())
    # The hospital no longer cites QĐ 2151; the Sở Y tế plan still does.
    cites_2151 = {u for u, v, a in edges.values() if a["type"] == "CITES" and "2151/QĐ-BYT" in v}
    assert not any("58/KH-BVĐK" in u for u in cites_2151)
    assert any("312/KH-SYT" in u for u in cites_2151)
    # The other plans' assertions are all still there, unchanged.
    kept = {k: e for k, e in after_first[1].items() if e[2]["evidence"]["source"] and "58/KH-BVĐK" not in e[2]["evidence"]["source"]}
    assert kept and all(edges.get(k) == e for k, e in kept.items())


def test_hostile_text_is_stored_and_read_back_as_text_on_both_stores(tmp_path, neo4j_uri, neo4j_empty):
    plan = tmp_path / "hostile.txt"
    plan.write_text(HOSTILE_PLAN, encoding="utf-8")
    store_dir = tmp_path / "store"
    _load(store_dir, plan, EXAMPLES / "01_ubnd_tinh_son_la_45-KH-UBND.txt")
    result = runner.invoke(app, ["load", "--neo4j", neo4j_uri, str(plan), str(EXAMPLES / "01_ubnd_tinh_son_la_45-KH-UBND.txt"), "-j", "1"])
    assert result.exit_code == 0, result.output

    query = "MATCH (d:Document) WHERE d.file = $file RETURN d.title AS title"
    with LadybugStore(store_dir, read_only=True) as s:
        embedded_rows = s.run(query, {"file": "hostile.txt"})
        embedded_graph = _snapshot(s.graph())
    neo = Neo4jStore(driver=neo4j_empty)
    try:
        neo_rows = neo.run(query, {"file": "hostile.txt"})
    finally:
        neo.close()
    assert embedded_rows == neo_rows == [{"title": HOSTILE_TITLE}]
    # Nothing was deleted: both stores hold the same graph, with both plans in it.
    assert _snapshot(_read_back(neo4j_empty)) == embedded_graph
    task_texts = [a.get("text") or "" for a in embedded_graph[0].values() if a["kind"] == "Task"]
    assert "Giao Văn phòng Sở Y tế theo dõi '}) MATCH (m) DETACH DELETE m // $x \\n, báo cáo" in " ".join(task_texts)
    quotes = [e[2]["evidence"]["quote"] or "" for e in embedded_graph[1].values()]
    assert "Giao Văn phòng Sở Y tế theo dõi '}) MATCH (m) DETACH DELETE m //" in quotes


def test_sync_without_a_server_is_one_line(tmp_path):
    store_dir = tmp_path / "store"
    _load(store_dir, EXAMPLES / "01_ubnd_tinh_son_la_45-KH-UBND.txt")
    result = runner.invoke(app, ["sync", "--neo4j", "bolt://127.0.0.1:9", "--store", str(store_dir)])
    assert result.exit_code == 2
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("vanban: cannot open Neo4j at bolt://127.0.0.1:9")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_load_reads_on_several_processes_with_the_same_result(tmp_path, jobs):
    store_dir = tmp_path / f"store{jobs}"
    result = runner.invoke(app, ["load", str(EXAMPLES), "--store", str(store_dir), "-j", jobs])
    assert result.exit_code == 0, result.output
    assert "4 loaded (4 changed), 1 skipped, 0 failed" in result.output
    with LadybugStore(store_dir, read_only=True) as s:
        assert len([f for f in s.sources()]) == 4
