"""Documents loaded into an embedded store by the command, as a user loads them, and the coverage
rows of one of them: shared by the tests of coverage's groups (test_quality26_groups,
test_quality27_groups)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from vanban.cli import app
from vanban.graph.ladybug_store import LadybugStore
from vanban.queries import lineage

runner = CliRunner()


def run(*args: str, columns: int = 200):
    """The command run with a terminal of ``columns`` and no Neo4j."""
    return runner.invoke(app, list(args), env={"COLUMNS": str(columns), "NEO4J_URI": ""})


def load(folder: Path, store: Path) -> str:
    """The documents of ``folder`` loaded into the store ``store`` (one job); its path."""
    r = run("load", str(folder), "--store", str(store), "--jobs", "1")
    assert r.exit_code == 0, r.output
    return str(store)


def coverage(store_path: str, head: str) -> tuple[str, dict[str, dict]]:
    """The key of the loaded document whose key starts with ``head``, and its coverage rows by body."""
    with LadybugStore(Path(store_path), read_only=True) as s:
        key = next(r["k"] for r in s.run("MATCH (d:Document) WHERE d.status = 'loaded' RETURN d.key AS k") if r["k"].startswith(head))
        return key, {r["body"]: r for r in lineage.coverage(s, key)}
