"""The command line as a new user meets it: tables that fit the terminal, one-line errors for bad
input, JSON that stays whole, help that teaches. Real seeds, corpus and examples throughout."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console
from typer.testing import CliRunner

from vanban.cli import app
from vanban.tables import Column, fit_table

runner = CliRunner()


def _run(*args: str, columns: int = 80):
    return runner.invoke(app, list(args), env={"COLUMNS": str(columns), "NEO4J_URI": ""})


def _widest(text: str) -> int:
    return max((cell_len(line) for line in text.splitlines()), default=0)


def _table_rows(stdout: str) -> list[list[str]]:
    """The body rows of a rich table as printed: cells of each line between the box's bars."""
    rows = []
    for line in stdout.splitlines():
        if line.startswith("│"):
            rows.append([c.strip() for c in line.strip("│").split("│")])
    return rows


@pytest.fixture(scope="module")
def store(tmp_path_factory, seeds_dir, corpus_dir):
    path = tmp_path_factory.mktemp("ux") / "store"
    r = _run("load", str(seeds_dir), str(corpus_dir), "examples", "--store", str(path))
    assert r.exit_code == 0, r.output
    return path


# ---------------------------------------------------------------- extract's table in any width


@pytest.mark.parametrize("columns", [80, 100, 200])
def test_extract_table_fits_the_terminal_with_every_column_readable(corpus_dir, columns):
    r = _run("extract", str(corpus_dir), columns=columns)
    assert r.exit_code == 0, r.output
    assert _widest(r.stdout) <= columns
    header = next(line for line in r.stdout.splitlines() if line.startswith("┃"))
    headers = [h.strip() for h in header.strip("┃").split("┃")]
    # Before: at 80 columns "file", "type" and "issuer" were squeezed to nothing (empty headers),
    # at 100 they wrapped a letter a line.
    assert all(headers) and {"file", "số ký hiệu", "issuer"} <= set(headers)
    rows = _table_rows(r.stdout)
    files = sorted(p.name for p in corpus_dir.iterdir() if p.suffix in (".txt", ".md") and p.name != "SOURCES.md")
    assert len(rows) >= len(files)  # one line a document: nothing wraps
    file_col, number_col = headers.index("file"), headers.index("số ký hiệu")
    assert set(files) <= {row[file_col] for row in rows}  # short file names whole
    assert "5155/SGDĐT-GDTXNNĐH" in {row[number_col] for row in rows}  # identifiers never cut
    if columns == 200:
        assert "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường Bắc Cam Ranh" in r.stdout and "fitted" not in r.stderr
    else:
        assert "fitted to" in r.stderr and "--format json" in r.stderr


def test_extract_table_in_80_columns_abbreviates_before_cutting(seeds_dir, corpus_dir):
    r = _run("extract", str(seeds_dir), str(corpus_dir), "examples")
    assert r.exit_code == 0, r.output
    rows = _table_rows(r.stdout)
    assert any(row[1] == "KH" for row in rows) and any(row[1] == "QĐ" for row in rows)  # Kế hoạch, Quyết định
    assert "UBND tỉnh Sơn La" in r.stdout and "BVĐK tỉnh Sơn La" in r.stdout  # Ủy ban nhân dân, Bệnh viện Đa khoa
    assert "left out:" in r.stderr and "recip." in r.stderr  # the lowest-priority counts go first


def test_json_is_whole_and_alone_on_stdout_whatever_the_width(seeds_dir, store):
    narrow = _run("extract", "--format", "json", str(seeds_dir), columns=30)
    wide = _run("extract", "--format", "json", str(seeds_dir), columns=300)
    assert narrow.exit_code == 0 and narrow.stdout == wide.stdout
    records = [json.loads(line) for line in narrow.stdout.splitlines()]
    assert len(records) == 5 and all("document" in rec for rec in records)
    for args in (["show", "45/KH-UBND"], ["deadlines", "--from", "2025"], ["coverage", "45/KH-UBND"], ["reports", "Thủ tướng Chính phủ"]):
        r = _run(*args, "--store", str(store), "--format", "json", columns=30)
        assert r.exit_code == 0, r.output
        json.loads(r.stdout)
        assert "fitted" not in r.stderr


# ---------------------------------------------------------------- the other tables


@pytest.mark.parametrize("args", [
    ["show", "45/KH-UBND"],
    ["reports", "Thủ tướng Chính phủ"],
    ["deadlines"],
    ["coverage", "45/KH-UBND"],
    ["stats"],
    ["query", "implementers", "--param", "doc=33/CT-TTg"],
    ["query", "cites_of", "--param", "doc=45/KH-UBND"],
])
def test_every_table_fits_80_columns(store, args):
    r = _run(*args, "--store", str(store))
    assert r.exit_code == 0, r.output
    table = r.stdout[r.stdout.index("┏"):]  # show prints the document's fields first, whole when piped
    assert r.stdout.count("┏") == 1 and _widest(table) <= 80, r.stdout


def test_show_names_the_other_end_and_the_direction(store):
    r = _run("show", "45/KH-UBND", "--store", str(store), columns=200)
    rows = _table_rows(r.stdout)
    assert ["CITES ←", "Kế hoạch 27/KH-UBND 2025 Ủy ban nhân dân huyện Mộc Châu", "text", "Kế hoạch số 45/KH-UBND ngày 14/02/2025"] in rows
    assert ["CITES →", "Chỉ thị 33/CT-TTg 2021", "text", "Chỉ thị số 33/CT-TTg ngày 26/11/2021"] in rows
    # An edge another document states says which one.
    assert any(row[0] == "IMPLEMENTS →" and "(in Kế hoạch 312/KH-SYT 2025 Sở Y tế tỉnh Sơn La)" in row[3] for row in rows)


def test_fit_table_keeps_identifiers_wraps_text_and_drops_by_rank():
    columns = [
        Column(header="số ký hiệu", kind="id"),
        Column(header="issuer", min_width=10, short=[("Ủy ban nhân dân", "UBND")]),
        Column(header="quote", kind="text", min_width=12, max_lines=2),
        Column(header="tasks", kind="num", drop=1),
    ]
    quote = "tham mưu Ủy ban nhân dân tỉnh tổng hợp báo cáo Thủ tướng Chính phủ (qua Bộ Nội vụ) trước ngày 30/11/2025"
    rows = [["5155/SGDĐT-GDTXNNĐH", "Ủy ban nhân dân tỉnh Sơn La", quote, "12"]]
    wide = fit_table(columns, rows, 200)
    assert not wide.cut and not wide.dropped and wide.note == ""
    narrow = fit_table(columns, rows, 70)
    console = Console(width=70, record=True, file=open("/dev/null", "w"), color_system=None)
    console.print(narrow.table)
    text = console.export_text()
    assert _widest(text) <= 70
    assert "5155/SGDĐT-GDTXNNĐH" in text and "UBND tỉnh Sơn La" in text
    body = [line for line in text.splitlines() if line.startswith("│")]
    assert len(body) == 2 and body[-1].rstrip(" │").endswith("…")  # two lines of quote, then cut
    tiny = fit_table(columns, rows, 50)
    assert tiny.dropped == ["tasks"] and "left out: tasks" in tiny.note


# ---------------------------------------------------------------- bad input: one line, exit status


def test_extract_bad_files_get_one_line_each_and_no_empty_table(tmp_path, seeds_dir):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    r = _run("extract", str(tmp_path / "missing.txt"), str(tmp_path / "empty.txt"), str(tmp_path / "binary.txt"))
    assert r.exit_code == 1
    assert r.stdout == ""  # before: an empty "Documents" table
    lines = r.stderr.splitlines()
    assert any("missing.txt" in line and "no such file" in line for line in lines)
    assert any("empty.txt" in line and "empty" in line for line in lines)
    assert any("binary.txt" in line and "binary" in line for line in lines)
    assert "Traceback" not in r.output
    good = _run("extract", str(tmp_path / "binary.txt"), str(seeds_dir / "004_4f1c6b8dfc0f85d2.txt"), columns=200)
    assert good.exit_code == 1 and "799/KH-SYT" in good.stdout and "1 read, 0 skipped, 1 failed" in good.stderr


@pytest.mark.parametrize("value", ["tomorrow", "2025-13-01", "2025-02-30", "1/2"])
def test_deadlines_refuses_what_is_not_a_date(store, value):
    r = _run("deadlines", "--from", value, "--store", str(store))
    assert r.exit_code == 2 and r.stdout == ""
    assert r.stderr.strip().splitlines() == [f"vanban deadlines: --from {value!r} is not a date: write it YYYY-MM-DD (or YYYY-MM, YYYY, DD/MM/YYYY)"]


def test_deadlines_takes_years_months_and_vietnamese_dates(store):
    def rows(*args):
        r = _run("deadlines", *args, "--store", str(store), "--format", "json")
        assert r.exit_code == 0, r.output
        return json.loads(r.stdout)

    year = rows("--from", "2025-01-01", "--to", "2025-12-31")
    assert year and rows("--from", "2025", "--to", "2025") == year
    november = rows("--from", "01/11/2025", "--to", "2025-11")
    assert november == [d for d in year if "2025-11-01" <= d["deadline"] <= "2025-11-30"]
    backwards = _run("deadlines", "--from", "2026", "--to", "2025", "--store", str(store))
    assert backwards.exit_code == 2 and "--from 2026-01-01 is after --to 2025-12-31" in backwards.stderr


def test_reports_resolves_the_body_or_says_why_not(store):
    plain = _run("reports", "thu tuong chinh phu", "--store", str(store), "--format", "json")
    exact = _run("reports", "Thủ tướng Chính phủ", "--store", str(store), "--format", "json")
    assert plain.exit_code == 0 and json.loads(plain.stdout) == json.loads(exact.stdout) != []
    unknown = _run("reports", "Bộ Không Có", "--store", str(store))
    assert unknown.exit_code == 2 and unknown.stdout == ""  # before: an empty table, exit 0
    assert unknown.stderr.strip() == "vanban reports: no body matches 'Bộ Không Có'"
    many = _run("reports", "Ủy ban nhân dân", "--store", str(store))
    assert many.exit_code == 2 and "ambiguous" in many.stderr
    assert many.stderr.splitlines()[-1].startswith("  … and ") and many.stderr.rstrip().endswith("more: be more specific")


def test_reports_without_accents_picks_the_body_over_its_units(store):
    # The help's own example form: "so y te ha giang" also matches the Sở's units (Văn phòng Sở
    # Y tế tỉnh Hà Giang, Ban Giám đốc …); before, it was refused as ambiguous (exit 2).
    plain = _run("reports", "so y te ha giang", "--store", str(store), "--format", "json")
    exact = _run("reports", "Sở Y tế tỉnh Hà Giang", "--store", str(store), "--format", "json")
    assert plain.exit_code == 0, plain.stderr
    assert json.loads(plain.stdout) == json.loads(exact.stdout) != []
    assert _run("reports", "so y te son la", "--store", str(store)).stdout.startswith("Reports to Sở Y tế tỉnh Sơn La")
    # Two bodies neither of which contains the other stay ambiguous.
    assert _run("reports", "so y te", "--store", str(store)).exit_code == 2


def test_ambiguous_doc_says_how_many_are_not_listed(store):
    r = _run("trace", "Kế hoạch", "--store", str(store))
    assert r.exit_code == 2 and "ambiguous" in r.stderr
    listed = [line for line in r.stderr.splitlines() if line.startswith("  Kế hoạch")]
    total = int(r.stderr.split("ambiguous: ")[1].split()[0])
    assert len(listed) == 20 and f"  … and {total - 20} more: be more specific" in r.stderr


def test_a_file_given_as_store_is_refused_and_left_alone(tmp_path, seeds_dir):
    doc = tmp_path / "notes.txt"
    doc.write_bytes((seeds_dir / "000_8b7031bbdbcc6e25.txt").read_bytes())
    before = doc.read_bytes()
    for args in (["stats"], ["trace", "33"], ["load", str(seeds_dir)], ["query", "stats"], ["viz", "--all", "-o", str(tmp_path / "g.html")]):
        r = _run(*args, "--store", str(doc))
        assert r.exit_code == 2, (args, r.output)
        assert r.stderr.strip() == f"vanban: --store {doc}: a file that is not a vanban store (give a folder: it is made on the first load)"
    assert doc.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_neo4j_unreachable_or_not_bolt_is_one_line_at_once(store):
    started = time.monotonic()
    for args in (["sync", "--neo4j", "bolt://127.0.0.1:9"], ["query", "stats", "--neo4j", "bolt://127.0.0.1:9"]):
        r = _run(*args, "--store", str(store))
        assert r.exit_code == 2, r.output
        lines = [line for line in r.output.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("vanban: cannot open Neo4j at bolt://127.0.0.1:9: ServiceUnavailable")
        assert lines[0].endswith("is the server running? (docker compose up -d)")
    assert time.monotonic() - started < 15  # before: half a minute of retries, each logged
    http = _run("sync", "--neo4j", "http://localhost:7474", "--store", str(store))
    assert http.exit_code == 2 and "write a Bolt address, bolt://host:7687" in http.stderr


def test_interrupted_load_says_what_to_do(tmp_path, seeds_dir, monkeypatch):
    from vanban.graph import prepared

    real = prepared.iter_prepared

    def interrupted(files, **kw):
        for i, result in enumerate(real(files, **kw)):
            if i == 2:
                raise KeyboardInterrupt
            yield result

    monkeypatch.setattr(prepared, "iter_prepared", interrupted)
    r = _run("load", str(seeds_dir), "--store", str(tmp_path / "s"), "--jobs", "1")
    assert r.exit_code == 130
    assert r.stderr.strip().splitlines()[-1] == ("interrupted after reading 2 of 5 documents: run the same command again "
                                                 "to finish (what was stored is not read again)")
    monkeypatch.setattr(prepared, "iter_prepared", real)
    stats = json.loads(_run("stats", "--store", str(tmp_path / "s"), "--format", "json").stdout)
    assert stats["documents"]["loaded"] == 2  # what was read before the interruption is stored
    again = _run("load", str(seeds_dir), "--store", str(tmp_path / "s"), "--jobs", "1")
    assert again.exit_code == 0 and "5 loaded (3 changed)" in again.stderr


# ---------------------------------------------------------------- trees and help


def test_trace_names_the_stating_document_only_when_it_is_another(store):
    r = _run("trace", "45/KH-UBND", "--store", str(store), columns=300)
    lines = r.stdout.splitlines()
    title_hop = next(line for line in lines if "IMPLEMENTS [title]" in line)
    assert "(in " not in title_hop  # stated by 45/KH-UBND itself, the hop's source
    hierarchy = next(line for line in lines if "IMPLEMENTS [hierarchy]" in line and "25-NQ/TW" in line)
    assert hierarchy.endswith("(in Kế hoạch 45/KH-UBND 2025 Ủy ban nhân dân tỉnh Sơn La)")


def test_help_teaches_with_examples_and_lists_commands_in_the_order_of_use():
    top = _run("--help")
    commands = [line.split()[0] for line in top.stdout.split("Commands:")[1].splitlines() if line.strip()]
    assert commands[:3] == ["extract", "load", "trace"] and commands[-2:] == ["viz", "sync"]
    assert "vanban load FOLDER" in top.stdout
    for command in ("extract", "load", "trace", "implementers", "show", "reports", "deadlines", "coverage", "stats", "query", "viz", "sync"):
        r = _run(command, "--help")
        assert r.exit_code == 0 and "Example" in r.stdout, command
        example = r.stdout.split("Example")[1].splitlines()
        assert any(line.strip().startswith(("vanban " + command, "docker compose")) for line in example), command
        assert _widest(r.stdout) <= 80, command


def test_a_batch_with_nothing_to_read_says_where_it_looked(tmp_path):
    (tmp_path / "scans").mkdir()
    (tmp_path / "scans" / "page.png").write_bytes(b"\x89PNG\r\n")
    for command in (["extract"], ["load", "--store", str(tmp_path / "s")], ["viz", "--all", "-o", str(tmp_path / "g.html"), "--from"]):
        r = _run(*command, str(tmp_path / "scans"))
        assert r.exit_code == 2, r.output
        assert r.stderr.splitlines()[-1] == (f"vanban: no documents in {tmp_path / 'scans'} "
                                             "(documents are .docx, .markdown, .md, .pdf, .text, .txt files)")
    assert not (tmp_path / "g.html").exists()  # before: viz --from wrote an empty page


def test_extract_warns_when_a_file_has_no_header_at_all(tmp_path, seeds_dir):
    (tmp_path / "notes.txt").write_text("Ghi chú họp nhóm: mua thêm giấy in.\n", encoding="utf-8")
    r = _run("extract", "--format", "json", str(tmp_path / "notes.txt"), str(seeds_dir / "004_4f1c6b8dfc0f85d2.txt"))
    assert r.exit_code == 0 and len(r.stdout.splitlines()) == 2  # still extracted, still JSON only
    warnings = [line for line in r.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == [f"warning: {tmp_path / 'notes.txt'}: no header found (type, number, date, issuer): is it an administrative document?"]


def test_viz_to_a_folder_that_does_not_exist_is_one_line(store, tmp_path):
    r = _run("viz", "45/KH-UBND", "-o", str(tmp_path / "no" / "page.html"), "--store", str(store))
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert r.stderr.strip() == f"vanban viz: cannot write {tmp_path / 'no' / 'page.html'}: No such file or directory"


def test_implementers_of_a_document_nobody_implements_says_so(store):
    r = _run("implementers", "058.txt", "--store", str(store))
    assert r.exit_code == 0 and r.stdout.splitlines()[1] == "  (no loaded document implements it)"


def test_cells_titles_and_headers_are_text_not_markup():
    rows = [["[bold]33[/bold]", "[/] Ủy ban nhân dân [red]"]]
    fitted = fit_table([Column(header="[x]", kind="id"), Column(header="issuer")], rows, 80, title="Reports to [/b]")
    console = Console(width=80, record=True, file=open("/dev/null", "w"), color_system=None)
    console.print(fitted.table)
    text = console.export_text()
    assert "[bold]33[/bold]" in text and "[/] Ủy ban nhân dân [red]" in text and "Reports to [/b]" in text and "[x]" in text


def test_interrupted_extract_keeps_what_it_printed_and_says_so(seeds_dir, monkeypatch):
    from vanban.loaders import load

    real, calls = load.load_document, []

    def interrupted(path, **kw):
        calls.append(path)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(path, **kw)

    monkeypatch.setattr(load, "load_document", interrupted)
    r = _run("extract", "--format", "json", str(seeds_dir))
    assert r.exit_code == 130
    assert [json.loads(line)["file"] for line in r.stdout.splitlines()] == [p.name for p in calls[:2]]
    assert r.stderr.strip().splitlines()[-1] == "interrupted: 2 of 5 documents printed"
    calls.clear()
    table = _run("extract", str(seeds_dir))
    assert table.exit_code == 130 and table.stdout == ""
    assert table.stderr.strip().splitlines()[-1] == "interrupted: 2 of 5 documents read (no table printed)"


def test_deadlines_name_the_bodies_a_task_is_assigned_to(store):
    r = _run("deadlines", "--from", "2025-11-30", "--to", "2025-11-30", "--store", str(store), "--format", "json")
    tasks = [d for d in json.loads(r.stdout) if d["kind"] == "task"]
    # Kế hoạch 45/KH-UBND III.3: "Giao Sở Nội vụ theo dõi, đôn đốc, kiểm tra …" (before: who was always empty).
    assert any(d["who"] == "Sở Nội vụ tỉnh Sơn La" and d["text"].startswith("III.3 Giao Sở Nội vụ") for d in tasks)


def test_a_store_folder_without_permission_is_one_line(seeds_dir):
    import os
    import shutil
    import subprocess
    import sys
    import tempfile

    vanban = [sys.executable, "-m", "vanban.cli"]
    if os.geteuid() == 0:  # root writes anywhere: run as nobody
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv")
        vanban = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *vanban]
    top = Path(tempfile.mkdtemp(prefix="vanban-ux-"))
    try:
        top.chmod(0o755)
        (top / "locked").mkdir(mode=0o555)
        (top / "hidden").mkdir(mode=0o700 if os.geteuid() == 0 else 0o000)

        def load(store: Path) -> str:
            r = subprocess.run([*vanban, "load", str(seeds_dir / "004_4f1c6b8dfc0f85d2.txt"), "--store", str(store)],
                               capture_output=True, text=True, env={**os.environ, "COLUMNS": "80"}, timeout=120)
            assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
            return r.stderr.strip()

        assert load(top / "locked" / "store").startswith(
            f"vanban: cannot open the store at {top / 'locked' / 'store'}: no permission to write there (PermissionError")
        # Before: a traceback from the check for a file given as --store.
        assert load(top / "hidden" / "store").startswith(
            f"vanban: cannot open the store at {top / 'hidden' / 'store'}: no permission to read there (PermissionError")
    finally:
        for d in top.iterdir():
            d.chmod(0o755)
        shutil.rmtree(top)


def test_a_store_another_load_is_writing_is_one_line(tmp_path, seeds_dir):
    import os
    import subprocess
    import sys

    from vanban.graph.ladybug_store import LadybugStore

    with LadybugStore(tmp_path / "store"):  # held open for writing, as by a running load
        r = subprocess.run([sys.executable, "-m", "vanban.cli", "load", str(seeds_dir / "004_4f1c6b8dfc0f85d2.txt"),
                            "--store", str(tmp_path / "store")], capture_output=True, text=True, env={**os.environ, "COLUMNS": "80"}, timeout=120)
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
    assert r.stderr.strip().startswith(f"vanban: cannot open the store at {tmp_path / 'store'}: another vanban is writing to it; "
                                       "try again when it has finished (RuntimeError: IO exception: Could not set lock")


def test_a_store_an_earlier_version_wrote_is_reported_then_rebuilt_by_the_next_load(tmp_path, seeds_dir):
    from vanban.graph.ladybug_store import LadybugStore

    path = tmp_path / "store"
    assert _run("load", str(seeds_dir), "--store", str(path)).exit_code == 0
    with LadybugStore(path) as s:  # as a store written under other resolution rules reads
        s.run("MATCH (m:Meta) WHERE m.name = 'rules' SET m.value = 'an earlier version'")
    r = _run("stats", "--store", str(path), "--format", "json")
    assert r.exit_code == 0 and "out of step with its documents" in r.stderr
    assert json.loads(r.stdout)  # the answer is still given, from the graph as it is
    assert _run("load", str(seeds_dir), "--store", str(path)).exit_code == 0
    r = _run("stats", "--store", str(path), "--format", "json")
    assert r.exit_code == 0 and "out of step" not in r.stderr


def test_viz_from_files_draws_the_graph_a_store_of_them_holds(tmp_path):
    # Before: --from extracted records without their texts, so the IMPLEMENTS a body states
    # ("Thực hiện nghiêm Nghị định số 04/2015/NĐ-CP", 45/KH-UBND) were missing: 184 edges, not 192.
    assert _run("load", "examples", "--store", str(tmp_path / "s")).exit_code == 0
    from_store = _run("viz", "--all", "--store", str(tmp_path / "s"), "-o", str(tmp_path / "a.html"))
    from_files = _run("viz", "--all", "--from", "examples", "-o", str(tmp_path / "b.html"))
    assert from_store.exit_code == 0 and from_files.exit_code == 0, from_files.output
    drawn = [r.stderr.splitlines()[-1].split(": ", 1)[1] for r in (from_store, from_files)]
    assert drawn[0] == drawn[1], drawn
    # A --from file that cannot be read: one line, the page drawn without it, exit status 1.
    (tmp_path / "scan.pdf").write_bytes(b"\x00\x01\x02")
    partial = _run("viz", "--all", "--from", "examples", "--from", str(tmp_path / "scan.pdf"), "-o", str(tmp_path / "c.html"))
    assert partial.exit_code == 1 and (tmp_path / "c.html").is_file()
    assert f"error: {tmp_path / 'scan.pdf'}: binary file, not a document" in partial.stderr


def test_load_says_when_it_brings_an_out_of_step_store_in_step(tmp_path):
    # A store an earlier version of vanban wrote (its graph made under other rules): lookups warn;
    # the next load rebuilds the graph first, which takes a minute at 10,000 documents: before,
    # it did so without a word, the progress bar waiting behind it.
    store = str(tmp_path / "s")
    assert _run("load", "examples", "--store", store).exit_code == 0
    marked = _run("query", "--write", "--cypher", "MERGE (m:Meta {name: 'rules'}) SET m.value = 'older'", "--store", store)
    assert marked.exit_code == 0, marked.output
    stale = _run("stats", "--store", store)
    assert stale.exit_code == 0 and "is out of step with its documents" in stale.stderr
    again = _run("load", "examples", "--store", store)
    assert again.exit_code == 0
    assert "bringing the store in step (a load was interrupted, or an earlier version of vanban wrote it): " \
           "rebuilding its graph from its 4 stored documents" in again.stderr
    after = _run("stats", "--store", store)
    assert "out of step" not in after.stderr and after.stdout == stale.stdout
    assert "bringing" not in _run("load", "examples", "--store", store).stderr  # once only


def test_viz_takes_doc_as_trace_does(store, tmp_path):
    # Before: viz matched DOC on the graph alone: 'CT 33/CT-TTg' (a form the README shows) found
    # nothing, and a few title words said "no documents match" instead of listing the candidates.
    page = tmp_path / "ct33.html"
    r = _run("viz", "CT 33/CT-TTg", "--store", str(store), "-o", str(page))
    assert r.exit_code == 0 and page.is_file(), r.output
    assert r.stderr == _run("viz", "33/CT-TTg", "--store", str(store), "-o", str(page)).stderr
    ambiguous = _run("viz", "Kế hoạch", "--store", str(store), "-o", str(tmp_path / "kh.html"))
    traced = _run("trace", "Kế hoạch", "--store", str(store))
    assert ambiguous.exit_code == 2 and ambiguous.stderr == traced.stderr and "is ambiguous" in ambiguous.stderr
    assert not (tmp_path / "kh.html").exists()


def test_deadlines_to_takes_the_forms_its_help_names(store):
    iso = _run("deadlines", "--from", "2025-11-01", "--to", "2025-11-30", "--store", str(store), "-f", "json")
    written = _run("deadlines", "--from", "01/11/2025", "--to", "30/11/2025", "--store", str(store), "-f", "json")
    month = _run("deadlines", "--from", "2025-11", "--to", "2025-11", "--store", str(store), "-f", "json")
    assert iso.exit_code == written.exit_code == month.exit_code == 0
    assert json.loads(iso.stdout) == json.loads(written.stdout) == json.loads(month.stdout) != []
    assert "DD/MM/YYYY" in _run("deadlines", "--help").stdout.split("--to")[1].split("--store")[0]
