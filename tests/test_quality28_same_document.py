"""One document in two files (the same plan saved under two names, a second copy with its lines
cut differently): the graph holds one document with the edges of each copy; `vanban load` says
so in one line naming both files and the file the document's fields come from, and `vanban
show` prints the edges the two copies both state once, saying how many they are."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vanban.cli import app
from vanban.graph.ladybug_store import LadybugStore

runner = CliRunner()
REALDOCS = Path(__file__).resolve().parent / "data" / "realdocs"
# Kế hoạch 130/KH-UBND of Đắk Lắk (2025-11-21): corpus 023 and a second crawl of the same page,
# whose lines are cut at other places.
COPY = "a49ef8a0da1f62dd.md"
KEY = "Kế hoạch 130/KH-UBND 2025 Ủy ban nhân dân tỉnh Đắk Lắk"


@pytest.fixture()
def docs(tmp_path, corpus_dir) -> Path:
    root = tmp_path / "docs"
    (root / "a").mkdir(parents=True)
    (root / "b").mkdir()
    shutil.copy(corpus_dir / "023.txt", root / "a" / "023.txt")
    shutil.copy(REALDOCS / COPY, root / "b" / COPY)
    shutil.copy(corpus_dir / "001.txt", root / "b" / "001.txt")
    return root


def _load(store: Path, *paths):
    r = runner.invoke(app, ["load", *map(str, paths), "--store", str(store), "--jobs", "1"])
    assert r.exit_code == 0, r.output
    return r


def _notes(r) -> list[str]:
    return [line for line in r.stderr.splitlines() if line.startswith("note:")]


def test_load_names_both_files_of_one_document(tmp_path, docs):
    store = tmp_path / "store"
    notes = _notes(_load(store, docs / "a" / "023.txt", docs / "b"))
    assert len(notes) == 1, notes  # 001.txt is a document of its own
    note = notes[0]
    assert "023.txt" in note and COPY in note and "are one document, Kế hoạch 130/KH-UBND" in note
    assert note.endswith(f"its fields are read from {docs / 'a' / '023.txt'}")
    with LadybugStore(store) as s:
        assert s.same_documents([str(docs / "b" / COPY)]) == {KEY: [str(docs / "a" / "023.txt"), str(docs / "b" / COPY)]}
        assert s.same_documents([str(docs / "b" / "001.txt")]) == {}
        assert [r["n"] for r in s.run("MATCH (d:Document {status: 'loaded'}) RETURN count(d) AS n")] == [2]


def test_a_load_that_reads_neither_copy_says_nothing(tmp_path, docs):
    store = tmp_path / "store"
    _load(store, docs / "a" / "023.txt", docs / "b" / COPY)
    assert _notes(_load(store, docs / "a" / "023.txt", docs / "b" / COPY)) == []  # nothing read again
    assert _notes(_load(store, docs / "b" / "001.txt")) == []
    # The copy changed: read again, and the note comes back.
    (docs / "b" / COPY).write_text((docs / "b" / COPY).read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert len(_notes(_load(store, docs / "b" / COPY))) == 1


def test_show_prints_an_edge_of_both_copies_once(tmp_path, docs):
    store = tmp_path / "store"
    _load(store, docs / "a" / "023.txt", docs / "b" / COPY)
    r = runner.invoke(app, ["show", KEY, "--store", str(store), "--format", "json"])
    assert r.exit_code == 0, r.output
    edges = json.loads(r.stdout)["edges"]
    quotes = [e["ev_quote"] for e in edges if e["type"] == "HAS_TASK"]
    assert quotes.count("Công tác vệ sinh môi trường") == 2  # JSON: every edge, one per copy
    r = runner.invoke(app, ["show", KEY, "--store", str(store)], env={"COLUMNS": "250"})
    assert r.exit_code == 0, r.output
    lines = [line for line in r.stdout.splitlines() if "Công tác vệ sinh môi trường" in line]
    assert len(lines) == 1 and "(twice)" in lines[0], lines
