"""The command line as a new user of a mature tool meets it (session 7 audit): hostile inputs get a
one-line error naming the file and the reason, never a hang or a traceback; a batch goes on past
them; names are taken as the tables print them. Real seeds, examples and stores throughout."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console
from typer.testing import CliRunner

from vanban import cli
from vanban.cli import app
from vanban.loaders.read import MAX_DOCUMENT_BYTES

runner = CliRunner()
SEED = "004_4f1c6b8dfc0f85d2.txt"
VANBAN = [sys.executable, "-m", "vanban.cli"]


def _run(*args: str, columns: int = 80):
    return runner.invoke(app, list(args), env={"COLUMNS": str(columns), "NEO4J_URI": ""})


def _subprocess(args: list[str], timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "COLUMNS": "80", "NEO4J_URI": ""})


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli7") / "store"
    r = _run("load", "examples", "--store", str(path))
    assert r.exit_code == 0, r.output
    return path


# ------------------------------------------------------------------ files that are not documents


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_pipe_named_like_a_document_is_one_line_not_a_hang(tmp_path, seeds_dir):
    # Before: open() of a FIFO waits for a writer: `vanban extract plan.txt` and `vanban load`
    # hung for ever (and /dev/urandom was read until the kernel killed vanban).
    fifo = tmp_path / "plan.txt"
    os.mkfifo(fifo)
    seed = str(seeds_dir / SEED)
    r = _subprocess([*VANBAN, "extract", "--format", "json", str(fifo), seed], timeout=90)
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    assert f"error: {fifo}: not a regular file (a device, pipe or socket), not a document" in r.stderr.splitlines()
    assert [json.loads(line)["file"] for line in r.stdout.splitlines()] == [SEED]
    loaded = _subprocess([*VANBAN, "load", str(fifo), seed, "--store", str(tmp_path / "store")], timeout=90)
    assert loaded.returncode == 1 and "Traceback" not in loaded.stderr, loaded.stderr
    assert f"error: {fifo}: not a regular file (a device, pipe or socket), not a document" in loaded.stderr
    assert "1 loaded (1 changed), 0 skipped, 1 failed" in loaded.stderr


def test_a_file_too_large_to_be_a_document_is_refused_before_it_is_read(tmp_path, seeds_dir):
    # A disk image renamed .txt (sparse here: no disk used): refused from its size, not read
    # whole into memory first.
    huge = tmp_path / "bản sao ổ đĩa.txt"
    with huge.open("wb") as f:
        f.truncate(MAX_DOCUMENT_BYTES + 1)
    r = _run("extract", "--format", "json", str(huge), str(seeds_dir / SEED))
    assert r.exit_code == 1
    assert f"error: {huge}: too large for a document (200 MB; the limit is 200 MB)" in r.stderr.splitlines()
    assert [json.loads(line)["file"] for line in r.stdout.splitlines()] == [SEED]
    loaded = _run("load", str(huge), str(seeds_dir / SEED), "--store", str(tmp_path / "store"))
    assert loaded.exit_code == 1 and "too large for a document" in loaded.stderr
    assert "1 loaded (1 changed), 0 skipped, 1 failed" in loaded.stderr


def test_a_folder_that_cannot_be_read_is_named_not_silently_left_out(seeds_dir):
    # Before: Path.rglob passed over a subfolder without permission in silence: its documents were
    # missing from the batch, and extract and load said "0 failed" and exited 0.
    vanban = VANBAN
    if os.geteuid() == 0:  # root reads anywhere: run as nobody
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv")
        vanban = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *VANBAN]
    top = Path(tempfile.mkdtemp(prefix="vanban-cli7-"))
    try:
        top.chmod(0o777)
        docs = top / "văn bản"
        (docs / "đã khóa").mkdir(parents=True)
        shutil.copy(seeds_dir / SEED, docs / SEED)
        shutil.copy(seeds_dir / "000_8b7031bbdbcc6e25.txt", docs / "đã khóa" / "000.txt")
        docs.chmod(0o755)
        (docs / "đã khóa").chmod(0o000)
        r = _subprocess([*vanban, "extract", "--format", "json", str(docs)])
        assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
        assert f"error: {docs / 'đã khóa'}: cannot read the folder: Permission denied" in r.stderr.splitlines()
        assert [json.loads(line)["file"] for line in r.stdout.splitlines()] == [SEED]
        loaded = _subprocess([*vanban, "load", str(docs), "--store", str(top / "store")])
        assert loaded.returncode == 1 and "Traceback" not in loaded.stderr, loaded.stderr
        assert f"error: {docs / 'đã khóa'}: cannot read the folder: Permission denied" in loaded.stderr
        assert "1 loaded (1 changed), 0 skipped, 1 failed" in loaded.stderr
    finally:
        for d in top.rglob("*"):
            if d.is_dir() or not d.exists():
                d.chmod(0o755)
        (top / "văn bản" / "đã khóa").chmod(0o755)
        shutil.rmtree(top)


def test_folders_are_read_as_before_symlink_loops_included(tmp_path):
    from vanban.loaders.load import files_under

    (tmp_path / "a" / "b").mkdir(parents=True)
    for f in Path("examples").iterdir():
        shutil.copy(f, tmp_path / "a" / "b" / f.name)
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a")  # a folder linking to its parent
    unreadable: list = []
    assert files_under(tmp_path, unreadable) == sorted(f for f in tmp_path.rglob("*") if f.is_file())
    assert unreadable == []
    assert len(files_under(tmp_path, unreadable)) == len(list(Path("examples").iterdir()))


# ------------------------------------------------------------------ names as the tables print them


def test_reports_takes_a_body_as_the_tables_abbreviate_it(store):
    # The tables print "UBND tỉnh Sơn La", "BVĐK tỉnh Sơn La"; before, `vanban reports` said
    # "no body matches" to both, and to "SYT Sơn La" and "TTg".
    listed = _run("extract", "examples/01_ubnd_tinh_son_la_45-KH-UBND.txt", columns=120)
    assert "UBND tỉnh Sơn La" in listed.stdout

    def reported(org: str) -> list:
        r = _run("reports", org, "--store", str(store), "--format", "json")
        assert r.exit_code == 0, r.output
        return json.loads(r.stdout)

    for short, full in [("UBND tỉnh Sơn La", "Ủy ban nhân dân tỉnh Sơn La"),
                        ("ubnd tinh son la", "Ủy ban nhân dân tỉnh Sơn La"),
                        ("SYT Sơn La", "Sở Y tế tỉnh Sơn La"),
                        ("TTg", "Thủ tướng Chính phủ")]:
        rows = reported(short)
        assert rows and rows == reported(full), short
    # Precision: a bare abbreviation still names no one body.
    bare = _run("reports", "UBND", "--store", str(store))
    assert bare.exit_code == 2 and "is ambiguous" in bare.stderr


# ------------------------------------------------------------------ empty arguments


@pytest.mark.parametrize("command", ["trace", "implementers", "show", "coverage", "viz"])
def test_an_empty_doc_is_one_line_saying_so(store, tmp_path, command):
    # Before: `vanban viz ''` listed every document of the store as "318 documents match ''";
    # the others said "no document matches ''".
    page = tmp_path / "p.html"
    extra = ["-o", str(page)] if command == "viz" else []
    r = _run(command, "  ", "--store", str(store), *extra)
    assert r.exit_code == 2
    assert r.stderr == "vanban: DOC is empty: give a số ký hiệu (33/CT-TTg), a file name or a few words of the title\n"
    assert r.stdout == "" and not page.exists()


def test_viz_from_files_with_an_empty_doc_is_refused(tmp_path):
    r = _run("viz", "", "--from", "examples", "-o", str(tmp_path / "p.html"))
    assert r.exit_code == 2 and "DOC is empty" in r.stderr and not (tmp_path / "p.html").exists()


def test_an_empty_cypher_is_a_usage_error_not_a_database_error(store):
    # Before: exit 1 and "RuntimeError: Connection exception: Query is empty."
    r = _run("query", "--cypher", " ", "--store", str(store), "--format", "json")
    assert r.exit_code == 2 and r.stdout == ""
    assert r.stderr == "vanban query: give a query NAME or --cypher TEXT (vanban query --list shows the names)\n"


# ------------------------------------------------------------------ fitting the terminal


def test_query_list_wraps_to_the_terminal_and_stays_whole_when_piped(monkeypatch):
    piped = _run("query", "--list")
    assert piped.exit_code == 0 and max(cell_len(line) for line in piped.stdout.splitlines()) > 80  # whole, for grep
    buffer = io.StringIO()
    monkeypatch.setattr(cli, "out", Console(file=buffer, width=80, force_terminal=True, soft_wrap=True, color_system=None))
    shown = _run("query", "--list")
    assert shown.exit_code == 0
    lines = buffer.getvalue().splitlines()
    assert max(cell_len(line) for line in lines) <= 80, lines
    # Every word is still there, in the same order.
    assert " ".join(buffer.getvalue().split()) == " ".join(piped.stdout.split())


# ------------------------------------------------------------------ a load killed mid-checkpoint


def test_a_load_killed_in_its_checkpoint_leaves_a_store_that_still_answers(tmp_path):
    # A load killed (SIGKILL, a power cut) while it checkpoints leaves LadybugDB's checkpoint files;
    # before, every lookup then failed with "Cannot open database in read-only mode while
    # checkpoint recovery is pending" until the next load.
    store = tmp_path / "store"
    p = subprocess.Popen([*VANBAN, "load", "examples", "--store", str(store)], stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, env={**os.environ, "NEO4J_URI": ""})
    deadline = time.monotonic() + 120
    while p.poll() is None and not (store / "graph.lbug.wal.checkpoint").exists() and time.monotonic() < deadline:
        time.sleep(0.002)
    p.kill()
    p.wait()
    if not (store / "graph.lbug.wal.checkpoint").exists():
        pytest.skip("the load ended before it could be killed in its checkpoint")
    r = _subprocess([*VANBAN, "stats", "--store", str(store), "--format", "json"])
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    assert json.loads(r.stdout)["nodes"]  # the graph as the cut checkpoint left it
    again = _subprocess([*VANBAN, "load", "examples", "--store", str(store)])
    assert again.returncode == 0 and "4 loaded" in again.stderr, again.stderr
    after = _subprocess([*VANBAN, "stats", "--store", str(store), "--format", "json"])
    assert after.returncode == 0 and json.loads(after.stdout)["documents"]["loaded"] == 4


# ------------------------------------------------------------------ a --store that is not a store


def test_a_folder_of_other_files_given_as_store_is_refused_and_left_alone(tmp_path, seeds_dir):
    # Before: `vanban load … --store examples` (a slip for the documents' folder) put graph.lbug and
    # sources.sqlite among the user's documents, and `stats` answered from them.
    docs = tmp_path / "kế hoạch"
    docs.mkdir()
    for f in Path("examples").glob("0*"):
        shutil.copy(f, docs / f.name)
    before = sorted(p.name for p in docs.iterdir())
    message = f"vanban: --store {docs}: a folder that holds other files, not a vanban store (give a new or empty folder)\n"
    for args in (["load", str(seeds_dir / SEED)], ["stats"], ["trace", "45/KH-UBND"], ["query", "stats"]):
        r = _run(*args, "--store", str(docs))
        assert r.exit_code == 2 and r.stderr == message, (args, r.output)
    assert sorted(p.name for p in docs.iterdir()) == before
    # A new folder, an empty one or one holding only hidden files is made a store.
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / ".DS_Store").write_bytes(b"\0")
    assert _run("load", str(seeds_dir / SEED), "--store", str(empty)).exit_code == 0
    assert _run("load", str(seeds_dir / SEED), "--store", str(empty)).exit_code == 0  # and is one after


def test_columns_zero_in_the_environment_still_prints_the_answer(store):
    # COLUMNS=0 (set by some CI runners and editor shells): before, `show` and `stats` printed
    # nothing at all and exited 0.
    env = {**os.environ, "COLUMNS": "0", "NEO4J_URI": ""}
    for args, expected in ((["show", "45/KH-UBND"], "symbol: KH-UBND"), (["stats"], "nodes: Document")):
        r = subprocess.run([*VANBAN, *args, "--store", str(store)], capture_output=True, text=True, env=env, timeout=120)
        assert r.returncode == 0 and expected in r.stdout, (args, r.stdout, r.stderr)
        assert max(cell_len(line) for line in r.stdout.splitlines() if "┃" in line or "│" in line) <= 80
