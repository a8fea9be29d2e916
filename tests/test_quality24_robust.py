"""A store whose files were damaged behind vanban's back (session 15 bug hunt): one line naming
the store's file and what is wrong with it, never a traceback, and never a load that silently
drops the documents the store holds. The stores are made from the bundled examples in tmp_path."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vanban.cli import app

runner = CliRunner()
# Two of the bundled plans, loaded into a store that already holds all four.
TWO_PLANS = ("01_ubnd_tinh_son_la_45-KH-UBND.txt", "02_so_y_te_son_la_312-KH-SYT.txt")


def _run(*args: str):
    return runner.invoke(app, list(args), env={"COLUMNS": "80", "NEO4J_URI": ""})


def _one_line_error(r, *words: str) -> None:
    assert r.exit_code == 2, r.output
    assert "Traceback" not in r.output and r.exception is None or isinstance(r.exception, SystemExit), r.output
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("vanban: "), r.stderr
    for word in words:
        assert word in lines[0], r.stderr


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    path = tmp_path_factory.mktemp("robust") / "store"
    r = _run("load", "examples", "--store", str(path))
    assert r.exit_code == 0, r.output
    return path


@pytest.fixture
def two_plans(tmp_path):
    folder = tmp_path / "two"
    folder.mkdir()
    for name in TWO_PLANS:
        shutil.copy(Path("examples") / name, folder / name)
    return folder


def _data_rows(store: Path) -> int:
    with sqlite3.connect(store / "sources.sqlite") as db:
        return db.execute("SELECT count(*) FROM source_data").fetchone()[0]


@pytest.mark.parametrize("damage", ["emptied", "deleted"])
def test_a_load_into_a_store_whose_graph_was_lost_is_refused_and_keeps_its_documents(loaded, two_plans, tmp_path, damage):
    # Before: graph.lbug cut to zero bytes (a full disk) or deleted, `vanban load` of two plans
    # made a new graph of those two, then pruned the other documents' data from sources.sqlite:
    # "2 loaded", and the store's two other plans were gone for good. `stats` gave a traceback
    # ("Binder exception: Table Meta does not exist") on the emptied file.
    store = tmp_path / "store"
    shutil.copytree(loaded, store)
    rows = _data_rows(store)
    assert rows == 4
    graph = store / "graph.lbug"
    graph.write_bytes(b"") if damage == "emptied" else graph.unlink()
    word = "empty" if damage == "emptied" else "missing"
    for args in (["load", str(two_plans)], ["stats"], ["trace", "58/KH-BVĐK"]):
        r = _run(*args, "--store", str(store))
        _one_line_error(r, str(store), f"graph.lbug is {word}", f"sources.sqlite holds {rows} stored document")
    assert _data_rows(store) == rows  # nothing pruned


def test_a_zero_byte_graph_alone_is_no_store_yet(two_plans, tmp_path):
    # A zero-byte graph.lbug with no stored documents (a store made by hand, `touch`): reads say
    # there is no store (before: a traceback), and a load makes the store there.
    store = tmp_path / "store"
    store.mkdir()
    (store / "graph.lbug").write_bytes(b"")
    _one_line_error(_run("stats", "--store", str(store)), f"no store at {store}")
    assert _run("load", str(two_plans), "--store", str(store)).exit_code == 0
    r = _run("stats", "--store", str(store), "--format", "json")
    assert r.exit_code == 0 and json.loads(r.stdout)["documents"]["loaded"] == 2


@pytest.mark.parametrize("damage", ["cut in half", "overwritten"])
def test_a_damaged_graph_is_named_as_damaged(loaded, two_plans, tmp_path, damage):
    # Before: a graph.lbug cut short said LadybugDB's "The database may be checkpointing; please
    # retry later", which no retry cures.
    store = tmp_path / "store"
    shutil.copytree(loaded, store)
    graph = store / "graph.lbug"
    data = graph.read_bytes()
    graph.write_bytes(data[: len(data) // 2] if damage == "cut in half" else b"\x17" * 100_000)
    for args in (["load", str(two_plans)], ["stats"]):
        _one_line_error(_run(*args, "--store", str(store)), f"its graph {graph} is damaged")
    assert _data_rows(store) == 4


# ------------------------------------------------------------------ a .docx that unpacks to too much

# A real header and preamble (examples/01), repeated into a body.
PLAN_FRAGMENT = ("ỦY BAN NHÂN DÂN TỈNH SƠN LA", "Số: 45/KH-UBND",
                 "Thực hiện Chỉ thị số 33/CT-TTg ngày 20/7/2021 của Thủ tướng Chính phủ")


def _docx(path: Path, copies: int = 1) -> Path:
    """A .docx of the fragment's paragraphs, its body repeated ``copies`` times (written into the
    package directly: python-docx takes seconds to add thousands of paragraphs)."""
    import docx

    document = docx.Document()
    for line in PLAN_FRAGMENT:
        document.add_paragraph(line)
    document.save(path)
    if copies > 1:
        with zipfile.ZipFile(path) as z:
            parts = {n: z.read(n) for n in z.namelist()}
        xml = parts["word/document.xml"].decode("utf-8")
        start, end = xml.index("<w:p>"), xml.rindex("</w:p>") + len("</w:p>")
        parts["word/document.xml"] = (xml[:start] + xml[start:end] * copies + xml[end:]).encode("utf-8")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in parts.items():
                z.writestr(name, data)
    return path


def test_a_docx_that_unpacks_past_the_limit_is_refused_before_it_is_unpacked(tmp_path, monkeypatch):
    # Before: a 1.4 MB .docx whose document.xml unpacks to 1.5 GB took 3 GB of memory in
    # python-docx before failing. The limit is lowered here so that a small package exceeds it.
    from vanban.loaders import read

    small = _docx(tmp_path / "small.docx")
    big = _docx(tmp_path / "big.docx", 5_000)
    monkeypatch.setattr(read, "MAX_DOCUMENT_BYTES", 1024 * 1024)
    with pytest.raises(read.LoadFailure, match=r"^a \.docx whose parts unpack to [0-9]+ MB \(the limit is 1 MB\), not read$"):
        read.read_file(big)
    assert "Số: 45/KH-UBND" in read.read_file(small).original  # a package under the limit reads as before
    r = _run("extract", str(big), str(small))
    assert r.exit_code == 1 and f"error: {big}: a .docx whose parts unpack to" in r.stderr, r.output
    assert "45/KH-UBND" in r.stdout and "1 read, 0 skipped, 1 failed" in r.stderr


# ------------------------------------------------------------------ file names that are not UTF-8

# "Sở Y tế" as TCVN3 writes it (b"S\xeb Y t\xd5", test_encodings): a file named on an old
# Vietnamese system and unpacked on Linux keeps these bytes, which Python holds as lone surrogates.
TCVN3_NAME = os.fsdecode(b"KH S\xeb Y t\xd5 312.txt")


def test_a_file_name_that_is_not_utf8_loads_with_the_batch_and_is_found_again(tmp_path):
    # Before: `vanban load` of a folder holding such a name stopped the whole batch with a
    # traceback (PydanticSerializationError: surrogates not allowed), nothing stored; `show` of
    # the name as the shell passes it gave a traceback from the database driver.
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(Path("examples") / "02_so_y_te_son_la_312-KH-SYT.txt", folder / TCVN3_NAME)
    shutil.copy(Path("examples") / TWO_PLANS[0], folder / TWO_PLANS[0])
    store = tmp_path / "store"
    r = _run("load", str(folder), "--store", str(store))
    assert r.exit_code == 0 and "2 loaded (2 changed), 0 skipped, 0 failed" in r.stderr, r.output
    again = _run("load", str(folder), "--store", str(store))
    assert again.exit_code == 0 and "2 loaded (0 changed)" in again.stderr, again.output  # known, not read again
    for doc in (TCVN3_NAME, r"KH S\xeb Y t\xd5 312.txt"):  # as the shell passes it, as records write it
        shown = _run("show", doc, "--store", str(store), "--format", "json")
        assert shown.exit_code == 0 and "312/KH-SYT" in shown.stdout, shown.output
    r = _run("extract", "--format", "json", str(folder / TCVN3_NAME))
    assert r.exit_code == 0 and json.loads(r.stdout)["file"] == r"KH S\xeb Y t\xd5 312.txt"
    for args in (["trace", TCVN3_NAME[:-4]], ["reports", TCVN3_NAME], ["query", "--cypher", f"RETURN '{TCVN3_NAME}' AS x"]):
        r = _run(*args, "--store", str(store))
        assert r.exit_code in (0, 2) and r.exception is None or isinstance(r.exception, SystemExit), (args, r.output)


def test_a_file_name_with_a_newline_is_printed_on_one_line(tmp_path):
    # Before: "error: …/plan" and "2025.txt: empty file" on two lines, and a table row split in two.
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "empty\n2025.txt").write_bytes(b"")
    shutil.copy(Path("examples") / TWO_PLANS[0], folder / "plan\n45.txt")
    r = _run("extract", str(folder))
    assert r.exit_code == 1
    assert f"error: {folder}/empty\\x0a2025.txt: empty file\n" in r.stderr, r.stderr
    row = next(line for line in r.stdout.splitlines() if "45/KH-UBND" in line)
    assert "plan\\x0a45.txt" in row, r.stdout
    r = _run("extract", "--format", "json", str(folder / "plan\n45.txt"))
    assert json.loads(r.stdout)["file"] == "plan\n45.txt"  # the record keeps the name as it is
