"""The graph commands end to end, with the real extractor on the seeds and the corpus."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from vanban.cli import app
from vanban.graph.build import build_graph, load_source
from vanban.graph.ladybug_store import LadybugStore
from vanban.graph.resolve import graph_nodes_edges
from vanban.loaders.load import expand_paths

runner = CliRunner()


@pytest.fixture(scope="module")
def files(seeds_dir, corpus_dir):
    return [str(p) for p in expand_paths([seeds_dir, corpus_dir])]


@pytest.fixture(scope="module")
def store(tmp_path_factory, files):
    path = tmp_path_factory.mktemp("cli") / "store"
    result = runner.invoke(app, ["load", *files, "--store", str(path)])
    assert result.exit_code == 0, result.output
    return path


def test_load_twice_and_in_reverse_order_gives_the_same_graph(tmp_path, files, store):
    sources = [load_source(f) for f in files]
    forward = build_graph(sources)
    assert graph_nodes_edges(forward) == graph_nodes_edges(build_graph(list(reversed(sources))))
    with LadybugStore(tmp_path / "rev") as s:
        s.add_documents(reversed(sources))
        s.add_documents(sources)
        assert graph_nodes_edges(s._read_graph()) == graph_nodes_edges(forward)
    with LadybugStore(store, read_only=True) as s:
        assert graph_nodes_edges(s.graph()) == graph_nodes_edges(forward)
    again = runner.invoke(app, ["load", *files, "--store", str(store)])
    assert again.exit_code == 0 and "(0 changed)" in again.output


def test_no_false_merge_among_loaded_documents(store, files):
    with LadybugStore(store, read_only=True) as s:
        loaded = s.run("MATCH (d:Document) WHERE d.status = 'loaded' RETURN d.key AS key, d.number AS n, d.symbol AS s, d.issuer AS i, d.year AS y")
    # Every file is its own document: none merged with another, whatever number and symbol they share.
    assert len(loaded) == len(files)
    by_ns: dict[tuple, set] = {}
    for d in loaded:
        if d["n"]:
            by_ns.setdefault((d["n"].lstrip("0"), d["s"]), set()).add((d["i"], d["y"]))
    for ns, owners in by_ns.items():
        keys = [d["key"] for d in loaded if d["n"] and (d["n"].lstrip("0"), d["s"]) == ns]
        assert len(set(keys)) == len(keys), ns


def test_trace_na_chi_with_the_real_extractor(store):
    result = runner.invoke(app, ["trace", "Nà Chì", "--store", str(store), "--format", "json"])
    assert result.exit_code == 0, result.output
    t = json.loads(result.output)
    ok = False
    for path in t["paths"]:
        issuers = [t["documents"][h["target"]]["issuer"] for h in path]
        if (path[-1]["target"] == "Chỉ thị 33/CT-TTg 2021" and "Sở Y tế tỉnh Hà Giang" in issuers
                and "Ủy ban nhân dân tỉnh Hà Giang" in issuers and all(h["quote"] for h in path)):
            ok = True
    assert ok, "no path via Sở Y tế and UBND tỉnh Hà Giang to 33/CT-TTg (extraction of seed 001?)"
    table = runner.invoke(app, ["trace", "Nà Chì", "--store", str(store)])
    assert "Kế hoạch 09/KH-UBND 2022 Ủy ban nhân dân tỉnh Hà Giang" in table.output


def test_implementers_of_ct33_with_the_real_extractor(store):
    result = runner.invoke(app, ["implementers", "Chỉ thị 33", "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "Sở Y tế tỉnh Kon Tum" in result.output and "Bệnh viện Đa khoa Nà Chì" in result.output


def test_other_commands(store):
    for args in (["show", "33/CT-TTg"], ["reports", "Sở Y tế tỉnh Hà Giang"], ["deadlines", "--from", "2022-01-01", "--to", "2022-12-31"],
                 ["coverage", "233/KH-UBND"], ["stats"]):
        for fmt in ("table", "json"):
            r = runner.invoke(app, [*args, "--store", str(store), "--format", fmt])
            assert r.exit_code == 0, (args, r.output)
            if fmt == "json":
                json.loads(r.output)
    amb = runner.invoke(app, ["show", "17", "--store", str(store)])
    assert amb.exit_code == 2 and "ambiguous" in amb.output


def test_doc_argument_as_users_write_it_on_the_command_line(store):
    def run(*args):
        r = runner.invoke(app, [*args, "--store", str(store), "--format", "json"])
        assert r.exit_code == 0, (args, r.output)
        return json.loads(r.output)

    nachi = run("trace", "Nà Chì")
    assert run("trace", "001_55beccb8d9239905")["document"] == nachi["document"]
    assert run("trace", "na chi") == nachi
    ct33 = run("implementers", "33/CT-TTg")
    assert ct33["document"] == "Chỉ thị 33/CT-TTg 2021"
    assert run("implementers", "chi thi 33") == run("implementers", "33-CT/TTg") == ct33
    amb = runner.invoke(app, ["trace", "17", "--store", str(store)])
    assert amb.exit_code == 2 and "ambiguous" in amb.output
    assert sum(1 for line in amb.output.splitlines() if line.startswith("  ")) >= 2  # the candidates, one a line


def test_lookups_in_a_folder_that_holds_no_store_say_so_in_one_line(tmp_path):
    (tmp_path / "empty").mkdir()
    for args in (["trace", "Chỉ thị 33"], ["stats"], ["viz", "33/CT-TTg", "-o", str(tmp_path / "p.html")]):
        r = runner.invoke(app, [*args, "--store", str(tmp_path / "empty")])
        assert r.exit_code == 2, args
        assert "no store at" in r.output and "Traceback" not in r.output, args
