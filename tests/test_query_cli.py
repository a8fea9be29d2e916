"""`vanban query`: named and ad-hoc Cypher from the command line, on the embedded store and on Neo4j."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from vanban.cli import app
from vanban.graph.build import load_source
from vanban.graph.ladybug_store import LadybugStore
from vanban.queries import named

runner = CliRunner()
KON_TUM_HEALTH_PLAN = "003_578b41203705c0f3.txt"


@pytest.fixture(scope="module")
def store(seeds_dir: Path, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("query-cli") / "store"
    with LadybugStore(path) as s:
        s.add_documents([load_source(f) for f in sorted(seeds_dir.glob("*.txt"))])
    return path


def _query(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, ["query", *args], env={"NEO4J_URI": "", **(env or {})})


def test_list_shows_every_named_query_with_its_parameters() -> None:
    r = _query("--list")
    assert r.exit_code == 0, r.output
    for q in named.named_queries().values():
        assert f"{q.name}: " in r.output
        for p in q.params:
            assert f"--param {p.name}=" in r.output
    rows = json.loads(_query("--list", "--format", "json").stdout)
    assert {row["name"] for row in rows} == set(named.named_queries())
    assert next(row for row in rows if row["name"] == "deadlines")["parameters"] == "date_from: date = 0001-01-01, date_to: date = 9999-12-31"


def test_named_query_in_json_csv_and_table(store: Path) -> None:
    args = ["implementers", "--param", "doc=33/CT-TTg", "--store", str(store)]
    r = _query(*args, "--format", "json")
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert any(row["file"] == KON_TUM_HEALTH_PLAN and row["bases"] == ["title"] and row["stated"] for row in rows)
    assert all(row["path"].startswith("Chỉ thị 33/CT-TTg 2021 ← ") for row in rows)

    r = _query(*args, "--format", "csv")
    assert r.exit_code == 0, r.output
    table = list(csv.reader(io.StringIO(r.stdout)))
    assert table[0] == named.get_query("implementers").columns
    assert len(table) == len(rows) + 1
    kon_tum = next(line for line in table[1:] if line[2] == KON_TUM_HEALTH_PLAN and line[3] == "1")
    assert kon_tum[5] == '["title"]' and kon_tum[6] == "true"

    r = _query(*args, env={"COLUMNS": "80"})
    assert r.exit_code == 0, r.output
    # Fitted to the terminal's 80 columns: long cells cut with "…", said on stderr before the count.
    assert r.stdout.startswith("┏") and "Công văn 1260/U" in r.stdout and "…" in r.stdout
    assert max(cell_len(line) for line in r.stdout.splitlines()) <= 80
    assert r.stderr.strip().splitlines() == ["(fitted to 80 columns; left out: bases, stated; --format json shows everything)", f"{len(rows)} rows"]


def test_ad_hoc_cypher_reads(store: Path, seeds_dir: Path) -> None:
    r = _query("--cypher", "MATCH (d:Document) WHERE d.status = 'loaded' RETURN d.file AS file ORDER BY file", "--store", str(store), "-f", "json")
    assert r.exit_code == 0, r.output
    assert [row["file"] for row in json.loads(r.stdout)] == sorted(p.name for p in seeds_dir.glob("*.txt"))


def _snapshot(path: Path) -> list[dict]:
    with LadybugStore(path, read_only=True) as s:
        return s.run(
            "MATCH (o:Organization) RETURN o.defunct AS defunct, count(*) AS n ORDER BY defunct "
        ) + s.run("MATCH (d:Document) RETURN d.status AS status, count(*) AS n ORDER BY status")


@pytest.mark.parametrize("cypher", ["CREATE (n)", "MATCH (o:Organization) SET o.defunct = true", "MATCH (d:Document) DETACH DELETE d"])
def test_write_refused_without_write_flag(store: Path, cypher: str) -> None:
    before = _snapshot(store)
    r = _query("--cypher", cypher, "--store", str(store))
    assert r.exit_code == 2
    assert r.stderr.strip().count("\n") == 0 and "refused" in r.stderr and "--write" in r.stderr
    assert _snapshot(store) == before


def test_write_flag_allows_writes(seeds_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "store"
    with LadybugStore(path) as s:
        s.add_documents([load_source(sorted(seeds_dir.glob("*.txt"))[0])])
    r = _query("--cypher", "CREATE (:Organization {key: 'Ban Thử nghiệm', name: 'Ban Thử nghiệm', label: 'Ban Thử nghiệm'})", "--write", "--store", str(path))
    assert r.exit_code == 0, r.output
    r = _query("--cypher", "MATCH (o:Organization {key: 'Ban Thử nghiệm'}) RETURN o.name AS name", "--store", str(path), "-f", "json")
    assert json.loads(r.stdout) == [{"name": "Ban Thử nghiệm"}]


@pytest.mark.parametrize(
    "args, message",
    [
        (["no_such_query"], "no named query 'no_such_query'"),
        (["implementers", "--param", "doc"], "write it key=value"),
        (["implementers"], "missing parameter doc"),
        (["implementers", "--param", "doc=Kế hoạch"], "ambiguous"),
        (["deadlines", "--param", "date_from=5/11/2022"], "not a date"),
        ([], "give a query NAME or --cypher"),
        (["stats", "--cypher", "MATCH (n) RETURN n"], "give a query NAME or --cypher"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(store: Path, args: list[str], message: str) -> None:
    r = _query(*args, "--store", str(store))
    assert r.exit_code == 2, r.output
    assert message in r.stderr.splitlines()[0]
    assert "Traceback" not in r.output


def test_database_errors_are_one_line_and_exit_1(store: Path, tmp_path: Path) -> None:
    r = _query("--cypher", "MATCH (n:NoSuchTable) RETURN n", "--store", str(store))
    assert r.exit_code == 1
    assert len(r.stderr.strip().splitlines()) == 1 and r.stderr.startswith("vanban query: ")
    r = _query("stats", "--store", str(tmp_path / "missing"))
    assert r.exit_code == 2 and "no store at" in r.stderr
    (tmp_path / "empty").mkdir()  # a folder that holds no store: the same one line, no traceback
    r = _query("stats", "--store", str(tmp_path / "empty"))
    assert r.exit_code == 2 and "no store at" in r.stderr and "Traceback" not in r.output


def test_neo4j_by_option_and_by_environment(neo4j_uri: str, store: Path) -> None:
    r = _query("--cypher", "CREATE (n)", "--neo4j", neo4j_uri)
    assert r.exit_code == 2 and "refused" in r.stderr and r.stderr.strip().count("\n") == 0
    r = _query("--cypher", "MATCH (n) RETURN count(n) AS n", "-f", "json", env={"NEO4J_URI": neo4j_uri})
    assert r.exit_code == 0, r.output
    (row,) = json.loads(r.stdout)
    assert isinstance(row["n"], int)
    # --write opens a WRITE session: the probe node is created, then removed.
    probe = "MATCH (p:VanbanCliProbe) RETURN count(p) AS n"
    assert _query("--cypher", "CREATE (:VanbanCliProbe {n: 1})", "--write", "--neo4j", neo4j_uri).exit_code == 0
    assert json.loads(_query("--cypher", probe, "--neo4j", neo4j_uri, "-f", "json").stdout) == [{"n": 1}]
    assert _query("--cypher", "MATCH (p:VanbanCliProbe) DELETE p", "--write", "--neo4j", neo4j_uri).exit_code == 0
    assert json.loads(_query("--cypher", probe, "--neo4j", neo4j_uri, "-f", "json").stdout) == [{"n": 0}]
    # An explicit --store wins over NEO4J_URI in the environment.
    r = _query("--cypher", "MATCH (d:Document) WHERE d.status = 'loaded' RETURN count(d) AS n", "--store", str(store), "-f", "json", env={"NEO4J_URI": neo4j_uri})
    assert json.loads(r.stdout) == [{"n": 5}]
