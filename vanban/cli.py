"""The `vanban` command line: thin typer commands that wire loaders, graph, queries and viz."""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from enum import Enum
from pathlib import Path

import typer
import typer.core
from rich.console import Console

from vanban import __version__

class _Commands(typer.core.TyperGroup):
    """The commands in the order a new user meets them, not the order they are defined in."""

    ORDER = ("extract", "load", "trace", "implementers", "show", "reports", "deadlines", "coverage", "stats", "remove", "query", "viz",
             "sync")

    def list_commands(self, ctx) -> list[str]:
        names = super().list_commands(ctx)
        return sorted(names, key=lambda n: self.ORDER.index(n) if n in self.ORDER else len(self.ORDER))


app = typer.Typer(
    name="vanban",
    cls=_Commands,
    help=(
        "Turn Vietnamese administrative documents (kế hoạch, chỉ thị, nghị quyết…) into a "
        "knowledge graph of directives and plan lineage.\n\n"
        "Start here:\n\n"
        "\b\n"
        "  vanban extract FILE…          what a document says: header, citations, tasks\n"
        "  vanban load FOLDER            add documents to the graph store\n"
        "  vanban trace 45/KH-UBND       a document's lineage up to its root directives\n"
        "  vanban implementers 33/CT-TTg the documents that implement a directive\n\n"
        "Each command has --help with examples; --format json gives programs the whole answer."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)

def _console(stderr: bool = False) -> Console:
    """A console on stdout or stderr. COLUMNS=0 (some CI runners and editor shells set it) made
    rich's width 0, and every table and field printed as nothing at all: 80 columns instead."""
    console = Console(stderr=stderr, soft_wrap=True)
    return console if console.width > 0 else Console(stderr=stderr, soft_wrap=True, width=80)


out = _console()
err = _console(stderr=True)


class Format(str, Enum):
    table = "table"
    json = "json"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"vanban {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """vanban."""


@app.command(short_help="What each document says: header, citations, tasks.")
def extract(
    paths: list[str] = typer.Argument(..., metavar="PATH", help="Files, folders (read recursively) or globs of documents (.txt, .md, .docx, .pdf; any text encoding)."),
    format: Format = typer.Option(Format.table, "--format", "-f", help="table for people; json: one record per line for programs."),
    ocr: bool = typer.Option(False, "--ocr", help="Read scanned PDFs with OCR (needs tesseract-ocr with Vietnamese data, and pdftoppm)."),
) -> None:
    """Extract each document into a record: header, citations, implements, reports, tasks, recipients.

    A file that cannot be read gets one line naming it and the reason; the batch goes on, and the
    exit status is 1 when any file failed.

    Example:

    \b
      vanban extract --format json plans/*.txt > records.jsonl
    """
    from vanban.loaders.load import Summary, load_document, scan_paths
    from vanban.loaders.records import LoadError

    batch = scan_paths(paths)
    summary = Summary(skipped=batch.skipped, failed=list(batch.missing))
    for skipped in batch.skipped:
        err.print(f"skipped: {skipped}", markup=False, highlight=False)
    for missing in batch.missing:
        err.print(f"error: {missing}", markup=False, highlight=False)
    if not batch.files and not batch.missing:
        _no_documents(paths)
    records = []
    try:
        with _progress("reading", len(batch.files)) as (progress, task):
            for path in batch.files:
                result = load_document(path, ocr=ocr)
                summary.add(result)
                progress.advance(task)
                if isinstance(result, LoadError):
                    progress.console.print(f"error: {result}", markup=False, highlight=False)
                    continue
                d = result.document
                if not (d.doc_type or d.number or d.symbol or d.date or d.issuer):
                    progress.console.print(f"warning: {path}: no header found (type, number, date, issuer): "
                                           "is it an administrative document?", markup=False, highlight=False)
                if format is Format.json:
                    sys.stdout.write(json.dumps(result.to_json_dict(), ensure_ascii=False) + "\n")
                else:
                    records.append(result)
    except KeyboardInterrupt:
        sys.stdout.flush()
        shown = "printed" if format is Format.json else "read (no table printed)"
        _fail(f"interrupted: {summary.read} of {len(batch.files)} documents {shown}", code=130)
    if format is Format.table and records:
        _records_table(records)
    if len(batch.files) > 1 or not summary.ok or summary.skipped:
        err.print(summary.line(), markup=False, highlight=False)
    if not summary.ok:
        raise typer.Exit(1)


class _progress:
    """A progress bar on stderr while ``total`` documents are worked through, only on a terminal
    (a pipe or a log gets no bar); ``with _progress("reading", n) as (progress, task)``. Lines
    printed meanwhile go through ``progress.console``, above the bar."""

    def __init__(self, description: str, total: int) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        self.progress = Progress(*columns, console=err, transient=True, disable=not err.is_terminal or total < 2)
        self.description, self.total = description, total

    def __enter__(self):
        self.progress.__enter__()
        return self.progress, self.progress.add_task(self.description, total=self.total)

    def __exit__(self, *exc) -> None:
        self.progress.__exit__(*exc)


def _no_documents(paths: list[str]) -> None:
    """The batch found nothing to read: say where it looked and what it reads; exit 2."""
    from vanban.loaders.load import DOCUMENT_SUFFIXES

    where = ", ".join(paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
    kinds = ", ".join(sorted(DOCUMENT_SUFFIXES))
    _fail(f"vanban: no documents in {where} (documents are {kinds} files)")


def _type_codes() -> list[tuple[str, str]]:
    """Each document type's code, for narrow tables: "Kế hoạch" -> "KH" (the first code of a type)."""
    from vanban.loaders.codes import TYPE_CODES

    return list({t: c for c, t in reversed(TYPE_CODES.items())}.items())


# The usual abbreviations of the bodies' names, for narrow tables: "UBND tỉnh Sơn La".
BODY_ABBREVIATIONS = [
    ("Ủy ban nhân dân", "UBND"),
    ("Hội đồng nhân dân", "HĐND"),
    ("Mặt trận Tổ quốc Việt Nam", "MTTQ Việt Nam"),
    ("Bệnh viện Đa khoa", "BVĐK"),
    ("thành phố", "TP"),
    ("Thành phố", "TP"),
]


def _print_table(columns, rows: list[list[str]], title: str | None = None, empty: str | None = None) -> None:
    """A table fitted to the terminal on stdout; what was cut or left out, in one line on stderr."""
    from vanban.tables import fit_table

    if not rows and empty:
        err.print(empty, markup=False, highlight=False)
        return
    fitted = fit_table(columns, rows, out.width, title=title)
    out.print(fitted.table)
    if fitted.note:
        out.file.flush()
        err.print(fitted.note, markup=False, highlight=False, style="dim")


def _records_table(records) -> None:
    """One row per document: identity and how much was found (details: --format json)."""
    from vanban.loaders.records import one_line_name
    from vanban.tables import Column

    columns = [
        Column(header="file", min_width=12),
        Column(header="type", min_width=8, drop=2, short=_type_codes(), codes=True),
        Column(header="số ký hiệu", kind="id"),
        Column(header="date", kind="id", drop=1),
        Column(header="issuer", min_width=14, short=BODY_ABBREVIATIONS),
        Column(header="cites", kind="num", drop=4),
        Column(header="impl.", kind="num", drop=5),
        Column(header="reports", kind="num", drop=6),
        Column(header="tasks", kind="num", drop=3),
        Column(header="recip.", kind="num", drop=7),
    ]
    rows = []
    for r in records:
        d = r.document
        sokyhieu = "/".join(x for x in (d.number, d.symbol) if x) if (d.number or d.symbol) else ""
        if d.symbol and not d.number:
            sokyhieu = f"…/{d.symbol}"  # a blank number: "Số: /KH-SYT"
        rows.append([
            one_line_name(r.file),
            d.doc_type or "",
            sokyhieu,
            d.date or "",
            d.issuer or "",
            str(len(r.cites)),
            str(len(r.implements)),
            str(len(r.reports_to)),
            str(len(r.tasks)),
            str(len(r.recipients)),
        ])
    _print_table(columns, rows, title="Documents")


class VizLayout(str, Enum):
    hierarchical = "hierarchical"
    force = "force"


@app.command(short_help="Draw a lineage or the graph as an offline HTML page.")
def viz(
    doc: str | None = typer.Argument(None, metavar="DOC", help='The document whose lineage to draw, as trace takes it ("Chỉ thị 33", a few title words); with --from: số ký hiệu (33/CT-TTg), key or file name.'),
    output: Path = typer.Option(..., "--output", "-o", help="The HTML page to write (one self-contained file)."),
    down: bool = typer.Option(False, "--down", help="Also draw the documents that implement DOC, down to the leaves."),
    all_: bool = typer.Option(False, "--all", help="Draw the whole graph instead of one lineage."),
    layout: VizLayout = typer.Option(VizLayout.hierarchical, "--layout", help="hierarchical: top-down, directives on top; force: free layout."),
    kind: list[str] = typer.Option([], "--kind", help="Keep only nodes of this kind (repeatable): document, reference, organization, unit, task."),
    depth: int | None = typer.Option(None, "--depth", min=0, help="Keep only nodes within this many steps of DOC (with --all: of the root directives)."),
    max_nodes: int | None = typer.Option(None, "--max-nodes", min=1, help="Refuse pages with more nodes than this (default 3000: the browser would crawl)."),
    store: Path | None = typer.Option(None, "--store", metavar="DIR", help="Store folder (default: $VANBAN_STORE, else the user data folder)."),
    sources: list[str] = typer.Option([], "--from", help="Read these documents (files, folders, globs) instead of the store."),
    query_name: str | None = typer.Option(None, "--query", help="Draw what a named query returns (see `vanban query --list`)."),
    query_params: list[str] = typer.Option([], "--param", "-p", help="A parameter of --query, as key=value (repeatable)."),
) -> None:
    """Draw a lineage, the whole graph, or a named query's answer as one HTML page that works offline.

    Examples:

    \b
      vanban viz 45/KH-UBND --down -o lineage.html
      vanban viz --all --from examples/ -o graph.html
      vanban viz --query implementers --param doc=33/CT-TTg -o ct33.html
    """
    from vanban.viz import page

    if sum((all_, doc is not None, query_name is not None)) != 1:
        err.print("vanban viz: give one of DOC, --all or --query NAME", markup=False, highlight=False)
        raise typer.Exit(2)
    root, failed = None, 0
    if query_name is not None:
        graph, rows = _viz_query(store, query_name, query_params)
        selected = page.query_subgraph(graph, rows)
        title = f"vanban: {query_name} " + " ".join(query_params)
    elif all_:
        graph, failed, _ = _viz_graph(store, sources)
        selected = graph
        title = f"vanban: {sum(1 for _, k in graph.nodes(data='kind') if k == 'Document')} văn bản"
    else:
        if not doc.strip():  # before: "" matched every document of the graph
            from vanban.queries.resolve_doc import EMPTY_DOC

            _fail(f"vanban: {EMPTY_DOC}")
        graph, failed, key = _viz_graph(store, sources, doc)
        found = [key] if key else page.find_documents(graph, doc)
        if len(found) != 1:
            _fail(f"vanban viz: {len(found) or 'no'} documents match {doc!r}", candidates=found)
        root = found[0]
        selected = page.lineage_subgraph(graph, root, down=down)
        title = f"Dòng thực hiện: {graph.nodes[root].get('label') or root}"
    if kind or depth is not None:
        try:
            selected = page.filter_graph(selected, kinds=kind or None, depth=depth, roots=[root] if root else None)
        except ValueError as e:
            err.print(f"vanban viz: {e}", markup=False, highlight=False)
            raise typer.Exit(2) from None
    try:
        page.write_page(selected, output, layout=layout.value, title=title, max_nodes=max_nodes or page.MAX_NODES)
    except OSError as e:  # a folder that does not exist, a file that cannot be written
        _fail(f"vanban viz: cannot write {output}: {e.strerror or _reason(e)}", code=1)
    except page.GraphTooLarge as e:
        kinds = ", ".join(f"{k}: {n}" for k, n in e.by_kind.items())
        err.print(
            f"warning: {e.nodes} nodes and {e.edges} edges would freeze the browser (limit {e.limit}); no page written.\n"
            f"  by kind: {kinds}\n"
            "  filter: --kind document --kind reference (documents only), --depth 2 (nearer nodes only),\n"
            "  or --max-nodes N to draw it anyway.",
            markup=False,
            highlight=False,
        )
        raise typer.Exit(1) from None
    err.print(f"wrote {output}: {selected.number_of_nodes()} nodes, {selected.number_of_edges()} edges", markup=False, highlight=False)
    if root is not None and not down and selected.number_of_edges() == 0:  # before: a page of one node, unexplained
        err.print("  (nothing recorded above it: --down also draws the documents that implement it)", markup=False, highlight=False)
    if failed:  # a --from file that could not be read: drawn without it, and said so, as extract and load do
        raise typer.Exit(1)


def _viz_graph(store: Path | None, sources: list[str], doc: str | None = None):
    """The graph to draw from: the documents given with --from, else the store; how many
    --from files could not be read; and DOC's key, resolved in the store as `trace` resolves it
    ("CT 33/CT-TTg", a few title words), or None with --from (the page then finds it in the graph)."""
    if sources:
        # Read as `load` reads them (with their texts: the IMPLEMENTS a body states), so the page
        # draws the graph a store of the same files holds.
        from vanban.graph.build import build_graph, iter_sources
        from vanban.loaders.load import scan_paths
        from vanban.loaders.records import LoadError

        documents = []
        files = scan_paths(sources).files
        if not files:
            _no_documents(sources)
        with _progress("reading", len(files)) as (progress, task):
            for result in iter_sources(files):
                progress.advance(task)
                if isinstance(result, LoadError):
                    progress.console.print(f"error: {result}", markup=False, highlight=False)
                else:
                    documents.append(result)
        return build_graph(documents), len(files) - len(documents), None
    from vanban.graph.ladybug_store import not_a_store, store_exists
    from vanban.graph.store import default_store_path

    path = store or default_store_path()
    if not not_a_store(path) and not store_exists(path):
        err.print(f"vanban viz: no store at {path}; load documents first, or draw files with --from", markup=False, highlight=False)
        raise typer.Exit(2)
    with _open_store(path) as s:
        key = _resolve_doc_arg(s, doc) if doc else None
        return s.graph(), 0, key


def _parse_params(params: list[str], command: str) -> dict[str, str]:
    """--param key=value, repeated -> {key: value}; a malformed one is a one-line error."""
    values: dict[str, str] = {}
    for p in params:
        key, sep, value = p.partition("=")
        if not sep or not key.strip():
            err.print(f"vanban {command}: --param {p!r}: write it key=value", markup=False, highlight=False)
            raise typer.Exit(2)
        values[_argument_text(key.strip())] = _argument_text(value)
    return values


def _viz_query(store: Path | None, name: str, params: list[str]):
    """The store's graph and the rows of the named query ``name`` run on it."""
    from vanban.queries import named

    values = _parse_params(params, "viz")
    with _open_store(store) as s:
        try:
            result = named.run_named(s, name, values)
        except named.QueryError as e:
            err.print(f"vanban viz: {e}", markup=False, highlight=False)
            raise typer.Exit(2) from None
        return s.graph(), result.rows


# ---------------------------------------------------------------- graph store and lineage


def _announce(line: str) -> None:
    """What a store says before a long step (rebuilding its graph), on stderr."""
    err.print(line, markup=False, highlight=False)


def _open_store(store: Path | None, must_exist: bool = True, jobs: int = 1, write: bool = False):
    """The embedded store at ``store`` (or the default one), opened read only when it must exist
    and ``write`` is not asked; every problem is one line and exit status 2."""
    from vanban.graph.ladybug_store import LadybugStore, lost_graph, not_a_store, store_exists
    from vanban.graph.store import default_store_path

    path = store or default_store_path()
    try:
        problem, exists = not_a_store(path), store_exists(path)
    except OSError as e:  # a folder on the way that cannot be searched
        _fail(f"vanban: cannot open the store at {path}: no permission to read there ({_reason(e)})")
    if problem:
        _fail(f"vanban: --store {path}: {problem}")
    try:
        lost = lost_graph(path)
    except OSError as e:
        _fail(f"vanban: cannot open the store at {path}: {_reason(e)}")
    if lost:
        _fail(f"vanban: cannot open the store at {path}: {lost}")
    if must_exist and not exists:
        _fail(f"vanban: no store at {path}; run `vanban load FILE…` first")
    try:
        opened = LadybugStore(path, read_only=must_exist and not write, announce=_announce, jobs=jobs)
    except Exception as e:  # unwritable folder, a store locked by another load, a damaged file: one line
        reason = _reason(e)
        if isinstance(e, PermissionError) or "readonly database" in reason:
            reason = f"no permission to write there ({reason})"
        elif "Could not set lock" in reason:  # LadybugDB: "Could not set lock on file … (Lock is held by PID …)"
            reason = f"another vanban is writing to it; try again when it has finished ({reason})"
        elif any(mark in reason for mark in DAMAGED_GRAPH):
            reason = f"its graph {path / 'graph.lbug' if path.is_dir() else path} is damaged ({reason})"
        _fail(f"vanban: cannot open the store at {path}: {reason}")
    if must_exist and not write and opened.out_of_step:  # read only: the graph is brought in step by the next load
        err.print(f"warning: the store at {path} is out of step with its documents (a load was interrupted, or an "
                  "earlier version of vanban wrote it): answers may be stale; the next `vanban load` brings it in step",
                  markup=False, highlight=False)
    return opened


# What LadybugDB says of a graph file it cannot read: cut short (a copy that stopped half way:
# "Cannot read checkpoint: catalog page range … outside the database file … The database may be
# checkpointing; please retry later", which no retry cures) or overwritten ("The file is not a
# valid Lbug database file!").
DAMAGED_GRAPH = ("outside the database file", "not a valid Lbug database")

# An error's message is shown on one line, cut after this many characters.
REASON_CHARS = 240


def _reason(e: BaseException) -> str:
    """An exception as one line: its type and its message, its lines joined."""
    text = " ".join(str(e).split())
    if len(text) > REASON_CHARS:
        text = text[: REASON_CHARS - 1] + "…"
    return f"{type(e).__name__}: {text}" if text else type(e).__name__


def _argument_text(text: str) -> str:
    """A DOC, ORG, --param or --cypher as the store can take it: bytes that are not UTF-8 (a file
    name pasted from a legacy system, which Python holds as lone surrogates no database accepts)
    written as escapes, as the stored file names write them (``read.path_text``)."""
    from vanban.loaders.read import path_text

    return path_text(text)


def _resolve_doc_arg(s, doc: str) -> str:
    from vanban.queries.resolve_doc import candidate_line, resolve_doc

    r = resolve_doc(s, _argument_text(doc))
    if r.key:
        return r.key
    _fail(f"vanban: {r.reason}", candidates=[candidate_line(c) for c in r.candidates])


def _fail(message: str, code: int = 2, candidates: list[str] | None = None, shown: int = 20) -> None:
    """A one-line error on stderr, with the first candidates (one a line) when there are some; exits."""
    err.print(message, markup=False, highlight=False)
    for c in (candidates or [])[:shown]:
        err.print(f"  {c}", markup=False, highlight=False)
    if candidates and len(candidates) > shown:
        err.print(f"  … and {len(candidates) - shown} more: be more specific", markup=False, highlight=False)
    raise typer.Exit(code)


def _print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=lambda o: o.model_dump()) + "\n")


# How DOC may be written, in every command that takes one.
DOC_FORMS = '"Chỉ thị 33", "33/CT-TTg", a file name, a few title words, or a key or name as printed'

StoreOption = typer.Option(None, "--store", metavar="DIR", help="Store folder (default: $VANBAN_STORE, else the user data folder).")
FormatOption = typer.Option(Format.table, "--format", "-f", help="table for people; json for programs.")


@app.command(short_help="Add documents to the graph store.")
def load(
    paths: list[str] = typer.Argument(..., metavar="PATH", help="Files, folders (read recursively) or globs of documents."),
    store: Path | None = StoreOption,
    neo4j_uri: str | None = typer.Option(
        None, "--neo4j", help="Load into this Neo4j server (bolt://host:7687) instead of the embedded store. "
        "Credentials come from NEO4J_USER and NEO4J_PASSWORD, never the command line."
    ),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0, help="Processes that read and extract documents (0: one per core)."),
    prune: bool = typer.Option(
        False, "--prune", help="Then remove the stored documents whose files under the folders (or globs) given "
        "no longer exist, so that the store mirrors them (all of a folder deleted whole, or of a glob that matches no file now)."
    ),
) -> None:
    """Add documents to the graph store on disk; each document is stored atomically.

    Loading a changed file replaces what it said; loading the same files again changes nothing
    and reads only the files whose bytes changed since they were stored. Documents are read and
    extracted on every core; the resolved graph is kept in step incrementally, 1,000 documents
    at a time. With --prune, the documents of files deleted from a folder since it was loaded
    are removed (see `vanban remove`).

    Example:

    \b
      vanban load plans/ --store ~/vanban-store
    """
    from vanban.graph.prepared import Prepared, iter_prepared
    from vanban.loaders.load import scan_paths
    from vanban.loaders.records import LoadError

    batch = scan_paths(paths)
    for skipped in batch.skipped:
        err.print(f"skipped: {skipped}", markup=False, highlight=False)
    for missing in batch.missing:
        err.print(f"error: {missing}", markup=False, highlight=False)
    files = batch.files
    if not files and not prune:
        if batch.missing:
            err.print(f"0 loaded, {len(batch.skipped)} skipped, {len(batch.missing)} failed", highlight=False)
            raise typer.Exit(1)
        _no_documents(paths)
    jobs = jobs or os.cpu_count() or 1
    failed: list[LoadError] = list(batch.missing)
    # (jobs: a store out of step is rebuilt as it opens, on every core)
    target = _open_neo4j_store(neo4j_uri, jobs) if neo4j_uri else _open_store(store, must_exist=False, jobs=jobs)
    done = 0
    changed = 0
    pruned = None
    pruning = False  # the load is over; the documents of deleted files are being removed
    read_now: list[str] = []  # the files read in this load (new or changed), as stored

    def advance(progress, task) -> None:
        nonlocal done
        done += 1
        progress.advance(task)

    try:
        with target as s:
            if prune:
                files = _pruned_only(s, paths, batch, files, failed)
            with _progress("loading", len(files)) as (progress, task):

                def readable():
                    for result in iter_prepared(files, jobs=jobs, known=s.contents()):
                        if isinstance(result, LoadError):
                            failed.append(result)
                            progress.console.print(f"error: {result}", markup=False, highlight=False)
                            advance(progress, task)
                        else:
                            if isinstance(result, Prepared):
                                read_now.append(result.file)
                            yield result

                if files:
                    changed = s.add_documents(readable(), progress=lambda _: advance(progress, task))
            if changed:
                _note_same_documents(s, read_now)
            if prune:
                pruning = True
                pruned = _prune(s, paths)
    except KeyboardInterrupt:
        if not pruning:
            _fail(f"interrupted after reading {done} of {len(files)} documents: run the same command again to finish "
                  "(what was stored is not read again)", code=130)
        _fail("interrupted while removing the documents of deleted files: those removed are out, the others as they "
              "were; run the same command again to finish", code=130)
    read = len(files) - len(failed) + len(batch.missing)
    removed = f", {len(pruned.documents)} removed" if pruned is not None else ""
    err.print(f"{read} loaded ({changed} changed){removed}, {len(batch.skipped)} skipped, {len(failed)} failed", highlight=False)
    if failed:
        raise typer.Exit(1)


def _note_same_documents(s, files: list[str], shown: int = 10) -> None:
    """A line on stderr for each loaded document that a file read in this load and another stored
    file both are (the same plan saved twice, or under two names): the graph holds one document
    with the edges of each copy, its fields read from one of them, which the line names. The
    first ``shown`` documents, then how many more."""
    from vanban.loaders.records import one_line_name
    from vanban.queries.doc_name import document_name
    from vanban.queries.resolve_doc import BY_KEY

    same = s.same_documents(files)
    for key, stored in list(same.items())[:shown]:
        node = (s.run(BY_KEY, {"key": key}) or [{"key": key}])[0]
        names = [one_line_name(_shown_file(f)) for f in stored]
        listed = ", ".join(names[:-1]) + " and " + names[-1]
        same_name = [n for f, n in zip(stored, names) if Path(f).name == node.get("file")]
        first = same_name[0] if len(same_name) == 1 else None
        source = f"; its fields are read from {first}" if first else ""
        err.print(f"note: {listed} are one document, {document_name(node)}: its edges come from each{source}",
                  markup=False, highlight=False)
    if len(same) > shown:
        err.print(f"note: … and {_count(len(same) - shown, 'more document')} loaded from several files",
                  markup=False, highlight=False)


def _pruned_only(s, paths: list[str], batch, files: list[Path], failed: list) -> list[Path]:
    """``load --prune`` of paths that name nothing on the disk now, a pattern that matches no file
    any more or a folder deleted whole: no error when the store holds documents under them (which
    ``_prune`` removes), each said in one line. The files left to load (without such a folder)."""
    from vanban.graph.removal import stored_under
    from vanban.loaders.load import NO_MATCH

    gone = {str(m.file) for m in batch.missing if m.reason == NO_MATCH} | {
        a for a in paths if not os.path.lexists(a) and Path(a) in files
    }
    if not gone:
        return files
    stored = sorted(s.hashes())
    for arg in [a for a in paths if a in gone]:
        if not (found := stored_under(arg, stored)):
            continue  # nothing stored there either: load's error stands
        what = "matches no file" if arg not in {str(f) for f in files} else "is no longer there"
        err.print(f"{arg} {what}: pruning the {_count(len(found), 'document')} stored under it", markup=False, highlight=False)
        failed[:] = [f for f in failed if not (f.file == arg and f.reason == NO_MATCH)]
        batch.missing = [m for m in batch.missing if not (m.file == arg and m.reason == NO_MATCH)]
        files = [f for f in files if str(f) != arg]
    return files


def _prune(s, paths: list[str]):
    """``load --prune``: remove the stored documents whose files under the folders and globs of
    ``paths`` no longer exist; each is named on stderr. The ``Removal``."""
    from vanban.graph.removal import missing_sources
    from vanban.loaders.records import one_line_name

    removal = s.remove_documents(missing_sources(paths, sorted(s.hashes())))
    for d in removal.documents:
        err.print(f"removed: {one_line_name(_shown_file(d.file))} (no longer there)", markup=False, highlight=False)
    return removal


def _shown_file(file: str) -> str:
    """A stored file's path as people gave it: relative to the working folder when it is inside it."""
    try:
        cwd = os.getcwd()
    except OSError:  # the working folder was deleted
        return file
    return os.path.relpath(file, cwd) if file.startswith(cwd.rstrip(os.sep) + os.sep) else file


@app.command(short_help="Take documents out of the graph store.")
def remove(
    targets: list[str] = typer.Argument(
        ..., metavar="PATH|DOC", help="Files, folders or globs as `vanban load` takes them, matched against the stored "
        f"files (also files deleted since); or documents: {DOC_FORMS}."
    ),
    yes: bool = typer.Option(False, "--yes", "-y", help="Remove without asking (needed when stdin is not a terminal)."),
    store: Path | None = StoreOption,
    neo4j_uri: str | None = typer.Option(
        None, "--neo4j", help="Remove from this Neo4j server (bolt://host:7687) instead of the embedded store. "
        "Credentials come from NEO4J_USER and NEO4J_PASSWORD, never the command line."
    ),
    format: Format = FormatOption,
) -> None:
    """Take documents out of the store, as if they had never been loaded.

    A document's own edges, tasks and stored text go; one that other loaded documents cite
    stays as a cited document, and the bodies and references no other document names go.
    Without --yes, shows what would go and asks (on a terminal; --format json never asks);
    nothing is removed when an argument matches nothing or a DOC is ambiguous. Each document
    is removed atomically.

    Examples:

    \b
      vanban remove plans/old-draft.docx --yes
      vanban remove plans/2024/ "Kế hoạch 45/KH-UBND" --yes
    """
    jobs = os.cpu_count() or 1
    target = _open_neo4j_store(neo4j_uri, jobs) if neo4j_uri else _open_store(store, jobs=jobs, write=True)
    with target as s:
        files = _files_to_remove(s, targets)
        try:
            removal = s.remove_documents(files, apply=yes)
            if not yes:
                # No question for a program (JSON) or without a terminal: what would go, and nothing removed.
                if format is Format.json or not _stdin_is_terminal():
                    _removal_report(removal, format)
                    why = "" if format is Format.json else " (stdin is not a terminal)"
                    _fail(f"nothing removed: give --yes to remove them{why}", code=1)
                _removal_report(removal, format)
                if not typer.confirm(f"Remove {_count(len(removal.documents), 'document')}?", err=True):
                    _fail("nothing removed", code=1)
                removal = s.remove_documents(files)
                _removal_summary(removal)  # the table is on the screen already
                return
        except KeyboardInterrupt:
            _fail("interrupted: the documents removed so far are out, the others as they were", code=130)
    _removal_report(removal, format)


def _stdin_is_terminal() -> bool:
    """Whether a question can be asked (``vanban remove`` without --yes)."""
    return sys.stdin.isatty()


def _count(n: int, what: str) -> str:
    """ "1 document", "3 documents"."""
    return f"{n:,} {what}{'' if n == 1 else 's'}"


def _files_to_remove(s, targets: list[str]) -> list[str]:
    """The stored files the arguments of ``vanban remove`` name, in order, each once; fails (exit 2,
    or 1 when nothing is stored there) on the first argument that names none, before anything
    is removed."""
    from vanban.graph.removal import is_pattern, stored_sources
    from vanban.queries.doc_name import document_name
    from vanban.queries.resolve_doc import BY_KEY, candidate_line, resolve_doc

    stored = sorted(s.hashes())
    if not stored:
        _fail("vanban remove: the store holds no documents: nothing to remove", code=1)
    files: dict[str, None] = {}
    for arg in targets:
        if not arg.strip():  # an unset shell variable: not the working folder
            _fail("vanban remove: an argument is empty: give a file, folder, glob or document")
        found = stored_sources(arg, stored)
        if found is None:  # not a stored path: a document
            if os.path.lexists(arg):
                _fail(f"vanban remove: {arg}: no document was loaded from this file: nothing to remove", code=1)
            r = resolve_doc(s, _argument_text(arg))
            if not r.key:
                reason = r.reason if r.candidates else f"no stored file and no document matches {arg.strip()!r}"
                _fail(f"vanban remove: {reason}", candidates=[candidate_line(c) for c in r.candidates])
            found = s.loaded_files(r.key)
            if not found:
                name = document_name(s.run(BY_KEY, {"key": r.key})[0])
                _fail(f"vanban remove: {name} is only cited, not a loaded document: nothing to remove", code=1)
        elif not found:
            where = "matches this pattern" if is_pattern(arg) else "is stored under this folder"
            _fail(f"vanban remove: {arg}: no loaded document {where}: nothing to remove", code=1)
        files.update(dict.fromkeys(found))
    return list(files)


# What is left of a removed document, as the table says it.
AFTERWARDS = {"removed": "gone", "cited": "kept as cited", "loaded": "kept, loaded from another file"}


def _removal_report(removal, format: Format) -> None:
    """The documents removed (or, not applied, to remove) and what the graph loses: a table and a
    line on stderr, or JSON."""
    from vanban.loaders.records import one_line_name
    from vanban.queries.doc_name import document_name
    from vanban.tables import Column

    docs = [{"file": d.file, "key": d.key, "name": document_name(d.node or {"key": d.key}), "edges": d.edges,
             "tasks": d.tasks, "afterwards": d.afterwards, "cited_by": d.cited_by} for d in removal.documents]
    if format is Format.json:
        _print_json({"applied": removal.applied, "documents": docs, "fewer_nodes": removal.nodes, "fewer_edges": removal.edges})
        return
    columns = [
        Column(header="file", min_width=12),
        Column(header="document", min_width=14, short=BODY_ABBREVIATIONS),
        Column(header="edges", kind="num", drop=2),
        Column(header="tasks", kind="num", drop=1),
        Column(header="afterwards", min_width=10),
    ]
    rows = [[one_line_name(_shown_file(d["file"])), d["name"], str(d["edges"]), str(d["tasks"]),
             f"kept, cited by {d['cited_by']}" if d["afterwards"] == "cited" and d["cited_by"] else AFTERWARDS[d["afterwards"]]]
            for d in docs]
    _print_table(columns, rows, title="Removed" if removal.applied else "To remove")
    _removal_summary(removal)


def _removal_summary(removal) -> None:
    """One line on stderr: how many documents, and how many nodes and edges fewer the graph has."""
    fewer = [_count(n, kind.lower()) for kind, n in sorted(removal.nodes.items()) if n > 0]
    fewer.append(_count(removal.edges, "edge"))
    verb = "removed" if removal.applied else "would remove"
    listed = ", ".join(fewer[:-1]) + " and " + fewer[-1] if len(fewer) > 1 else fewer[0]
    err.print(f"{verb} {_count(len(removal.documents), 'document')}: the graph {'has' if removal.applied else 'would have'} "
              f"{listed} fewer", markup=False, highlight=False)


def _neo4j_auth() -> tuple[str, str] | None:
    user = os.environ.get("NEO4J_USER")
    return (user, os.environ.get("NEO4J_PASSWORD", "")) if user else None


# The addresses the Neo4j driver speaks Bolt to.
NEO4J_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def _reach_neo4j(uri: str) -> None:
    """Fail in one line, at once, when ``uri`` is not a Bolt address or no server answers there
    (the driver would otherwise retry for half a minute, logging each attempt)."""
    import neo4j

    scheme = uri.partition("://")[0].lower()
    if scheme not in NEO4J_SCHEMES:
        _fail(f"vanban: --neo4j {uri}: write a Bolt address, bolt://host:7687 (or {', '.join(s + '://' for s in NEO4J_SCHEMES[1:])})")
    try:
        with neo4j.GraphDatabase.driver(uri, auth=_neo4j_auth(), notifications_min_severity="OFF") as driver:
            driver.verify_connectivity()
    except Exception as e:  # refused, unknown host, wrong credentials
        hint = "; is the server running? (docker compose up -d)" if isinstance(e, neo4j.exceptions.ServiceUnavailable) else ""
        _fail(f"vanban: cannot open Neo4j at {uri}: {_reason(e)}{hint}")


def _open_neo4j_store(uri: str, jobs: int = 1):
    from vanban.graph.neo4j_store import Neo4jStore

    _reach_neo4j(uri)
    try:
        return Neo4jStore(uri, auth=_neo4j_auth(), database=os.environ.get("NEO4J_DATABASE") or None, announce=_announce,
                          jobs=jobs)
    except Exception as e:  # server down, wrong credentials: one line
        _fail(f"vanban: cannot open Neo4j at {uri}: {_reason(e)}")


@app.command(short_help="Copy the embedded store to a Neo4j server.")
def sync(
    neo4j_uri: str | None = typer.Option(
        None, "--neo4j", help="The Neo4j server to write to (bolt://host:7687); default $NEO4J_URI. "
        "Credentials come from NEO4J_USER and NEO4J_PASSWORD, never the command line."
    ),
    store: Path | None = StoreOption,
    prune: bool = typer.Option(False, "--prune", help="Also remove from Neo4j the documents the embedded store no longer holds."),
) -> None:
    """Write the embedded store to Neo4j: constraints and indexes first, then every document.

    A changed document's old assertions are replaced, others stay; syncing twice changes nothing,
    and an interrupted sync can simply be run again.

    Example:

    \b
      docker compose up -d && vanban sync --neo4j bolt://localhost:7687
    """
    from vanban.graph.sync import sync_stores

    uri = neo4j_uri or os.environ.get("NEO4J_URI")
    if not uri:
        err.print("vanban sync: give --neo4j URI (or set NEO4J_URI)", markup=False, highlight=False)
        raise typer.Exit(2)
    with _open_store(store) as source, _open_neo4j_store(uri, os.cpu_count() or 1) as target:
        result = sync_stores(source, target, prune=prune)
    err.print(f"synced to {uri}: {result.line()}", markup=False, highlight=False)


def _line(lead: str, text: str) -> None:
    """One line of a tree: on a terminal, wrapped to its width under the text's start; piped, whole
    (one line per hop, for grep)."""
    if not out.is_terminal or out.width - len(lead) < 20:
        out.print(lead + text, markup=False, highlight=False)
        return
    import textwrap

    hang = " " * len(lead) + "  "
    out.print(textwrap.fill(text, width=out.width, initial_indent=lead, subsequent_indent=hang, break_on_hyphens=False),
              markup=False, highlight=False)


def _hop_text(h, name=lambda k: k) -> str:
    """A hop's type, basis and quote; and the document that states it, when that is not its source."""
    basis = f" [{h.basis}]" if h.basis else ""
    quote = f"  «{h.quote}»" if h.quote else ""
    said_in = f"  (in {name(h.evidence_source)})" if h.evidence_source and h.evidence_source != h.source else ""
    return f"{h.type}{basis}{quote}{said_in}"


def _namer(names: dict):
    """key -> the name people read (``queries.doc_name``): from a trace's documents (key -> node
    with its ``name``) or a map key -> name; a key it does not know is its own name."""

    def name(key: str | None) -> str:
        got = names.get(key) if key else None
        if isinstance(got, dict):
            got = got.get("name")
        return got or key or ""

    return name


@app.command(short_help="A document's lineage up to its root directives.")
def trace(
    doc: str = typer.Argument(..., metavar="DOC", help=f"The document: {DOC_FORMS}."),
    cites: bool = typer.Option(False, "--cites", help="Also follow CITES, not only IMPLEMENTS."),
    stated: bool = typer.Option(False, "--stated", help="Only IMPLEMENTS stated in the title or preamble."),
    store: Path | None = StoreOption,
    format: Format = FormatOption,
) -> None:
    """Upward lineage: every path to the root directives, and each issuer's reporting chain, with evidence.

    Each hop shows its basis (title, preamble, body, hierarchy…) and the words that state it; "(in …)"
    names the document that says so when it is not the hop's own source.

    Examples:

    \b
      vanban trace 45/KH-UBND
      vanban trace "Chỉ thị 33" --cites
      vanban trace 001_55beccb8d9239905.txt -f json
    """
    from vanban.queries import lineage

    with _open_store(store) as s:
        key = _resolve_doc_arg(s, doc)
        t = lineage.trace(s, key, cites=cites, stated_only=stated)
    if format is Format.json:
        _print_json(t.model_dump())
        return
    name = _namer(t.documents)
    out.print(name(key), markup=False, highlight=False)
    if not t.paths:
        cited = t.documents.get(key, {}).get("status") not in (None, "loaded")
        # A document known only from citations: nothing above it can be recorded; say where to look.
        why = "it is known only from citations; load it to see what it implements, or see `vanban implementers` for what implements it" if cited else ""
        out.print(f"  (no recorded lineage{': ' + why if why else ''})", markup=False, highlight=False)
    for i, path in enumerate(t.paths, 1):
        out.print(f"path {i}:", markup=False, highlight=False)
        for depth, h in enumerate(path, 1):
            _line(f"{'  ' * depth}-> ", name(h.target))
            _line(f"{'  ' * depth}   ", _hop_text(h, name))
    if t.truncated:
        out.print(f"… more paths: the first {len(t.paths)} are shown (vanban query lineage_up --param doc={t.document!r} lists them all)",
                  markup=False, highlight=False)
    for c in t.chains:
        chain = " -> ".join([c.issuer, *(h.target for h in c.hops)])
        _line("issuer chain: ", chain)
        for r in c.reports:
            when = r.deadline or r.recurrence or "no date"
            _line("  ", f"reports to {r.target} ({when})  «{r.quote}»")


@app.command(short_help="The documents that implement DOC, as a tree.")
def implementers(
    doc: str = typer.Argument(..., metavar="DOC", help=f"The directive or plan whose implementers to list: {DOC_FORMS}."),
    stated: bool = typer.Option(False, "--stated", help="Only IMPLEMENTS stated in the title or preamble."),
    store: Path | None = StoreOption,
    format: Format = FormatOption,
) -> None:
    """Downward tree: every document that implements DOC, directly or through others.

    Examples:

    \b
      vanban implementers 33/CT-TTg
      vanban implementers "Chỉ thị 33" --stated --format json
    """
    from vanban.queries import lineage

    with _open_store(store) as s:
        key = _resolve_doc_arg(s, doc)
        t = lineage.implementers(s, key, stated_only=stated)
    if format is Format.json:
        _print_json(t.model_dump())
        return
    name = _namer(t.documents)
    out.print(name(key), markup=False, highlight=False)
    if not t.paths:
        out.print("  (no loaded document implements it)", markup=False, highlight=False)
    printed: set[tuple] = set()
    for path in t.paths:
        for depth, h in enumerate(path, 1):
            prefix = tuple((x.source, x.target) for x in path[:depth])
            if prefix in printed:
                continue
            printed.add(prefix)
            _line(f"{'  ' * depth}<- ", name(h.source))
            _line(f"{'  ' * depth}   ", _hop_text(h, name))
    if t.paths and t.truncated:
        out.print(f"… more paths below: the first {len(t.paths)} are shown (vanban query implementers "
                  f"--param doc={t.document!r} lists every implementing document)", markup=False, highlight=False)


@app.command(short_help="One document and every edge in and out.")
def show(doc: str = typer.Argument(..., metavar="DOC", help=f"The document to show: {DOC_FORMS}."), store: Path | None = StoreOption, format: Format = FormatOption) -> None:
    """One document: its fields and every edge in and out, with evidence.

    An edge "CITES →" goes from DOC to the other end; "CITES ←" comes from it. An edge stated by
    another document than its source says so after its quote: (in …).

    Examples:

    \b
      vanban show 45/KH-UBND
      vanban show "Chỉ thị 33" --format json
    """
    from vanban.queries import lineage
    from vanban.tables import Column

    with _open_store(store) as s:
        data = lineage.show(s, _resolve_doc_arg(s, doc))
    if format is Format.json:
        _print_json(data)
        return
    key = data["document"].get("key")
    name = _namer(data["names"])
    fields = data["document"]
    # The name people read right under the key, when it is not the key (a numbered document's is).
    fields = {"key": key, **({"name": fields["name"]} if fields.get("name") not in (None, key) else {}),
              **{k: v for k, v in fields.items() if k not in ("key", "name")}}
    for k, v in fields.items():
        if isinstance(v, list):
            v = "; ".join(v)
        if v not in (None, ""):
            _line(f"{k}: ", str(v))
    columns = [
        Column(header="edge", kind="id"),
        Column(header="other end", min_width=16, short=BODY_ABBREVIATIONS),
        Column(header="basis", kind="id", drop=1),
        Column(header="evidence", kind="text", min_width=16),
    ]
    rows = []
    for e in data["edges"]:
        outgoing = e["source"] == key
        quote = e["ev_quote"] or ""
        if e["ev_source"] and e["ev_source"] != e["source"]:  # stated by a third document
            quote = f"{quote} (in {name(e['ev_source'])})".strip()
        rows.append((f"{e['type']} →" if outgoing else f"{e['type']} ←", name(e["target"] if outgoing else e["source"]), e["basis"] or "", quote))
    # Rows that read alike (the same edge from two copies of one document, one quote at two
    # places) are shown once, with how many edges they stand for; --format json lists each.
    counts = Counter(rows)
    shown = [[*r[:3], r[3] + (f" ({_times(counts[r])})" if counts[r] > 1 else "")] for r in dict.fromkeys(rows)]
    _print_table(columns, shown, empty="(no edges)")


def _times(n: int) -> str:
    """ "twice", "3 times"."""
    return "twice" if n == 2 else f"{n} times"


@app.command(short_help="Who reports to a body, by when.")
def reports(
    org: str = typer.Argument(..., metavar="ORG", help='The body: its name as stored ("Sở Y tế tỉnh Hà Giang"); case and accents may differ ("so y te ha giang"), and initials a document gave it in brackets may stand for its name ("CDC Sơn La").'),
    store: Path | None = StoreOption,
    format: Format = FormatOption,
) -> None:
    """Who reports to ORG (or to one of its units), by when, and which document says so.

    Examples:

    \b
      vanban reports "Sở Y tế tỉnh Hà Giang"
      vanban reports "thu tuong chinh phu" --format json
    """
    from vanban.queries import lineage
    from vanban.queries.named import QueryError, resolve_org
    from vanban.tables import Column

    with _open_store(store) as s:
        try:
            key = resolve_org(s, _argument_text(org))
        except QueryError as e:
            _fail(f"vanban reports: {e}", candidates=e.candidates)
        hops = lineage.reports(s, key)
        name = _namer(lineage.names(s, (h.evidence_source for h in hops)) if format is Format.table else {})
    if format is Format.json:
        _print_json([h.model_dump() for h in hops])
        return
    columns = [
        Column(header="from", min_width=14, short=BODY_ABBREVIATIONS),
        Column(header="deadline", kind="id"),
        Column(header="recurrence", min_width=10, drop=2),
        Column(header="document", min_width=14, drop=1, short=BODY_ABBREVIATIONS),
        Column(header="evidence", kind="text", min_width=16),
    ]
    rows = [[h.source, h.deadline or "", h.recurrence or "", name(h.evidence_source), h.quote or ""] for h in hops]
    _print_table(columns, rows, title=f"Reports to {key}", empty=f"(no recorded reports to {key})")


def _date_option(value: str | None, option: str, last: bool = False) -> str | None:
    """--from/--to as an ISO date: YYYY-MM-DD, or YYYY-MM and YYYY for the first (or last) day of that
    month or year, or DD/MM/YYYY as written in Vietnamese documents; anything else is a one-line error."""
    import calendar
    import datetime as dt
    import re

    if value is None:
        return None
    text = value.strip()
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)  # 30/11/2025
    if m:
        text = f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text)
    try:
        if not m:
            raise ValueError
        year, month = int(m[1]), int(m[2] or (12 if last else 1))
        day = int(m[3]) if m[3] else (calendar.monthrange(year, month)[1] if last else 1)
        return dt.date(year, month, day).isoformat()
    except ValueError:
        _fail(f"vanban deadlines: {option} {value!r} is not a date: write it YYYY-MM-DD (or YYYY-MM, YYYY, DD/MM/YYYY)")


@app.command(short_help="Dated reports and tasks, by date.")
def deadlines(
    date_from: str | None = typer.Option(None, "--from", metavar="DATE", help="First day, inclusive: YYYY-MM-DD (also YYYY-MM, YYYY or DD/MM/YYYY)."),
    date_to: str | None = typer.Option(None, "--to", metavar="DATE", help="Last day, inclusive: YYYY-MM-DD or DD/MM/YYYY (YYYY-MM or YYYY: to the end of it)."),
    store: Path | None = StoreOption,
    format: Format = FormatOption,
) -> None:
    """Dated reports and tasks, by date.

    Examples:

    \b
      vanban deadlines --from 2025-11-01 --to 2025-11-30
      vanban deadlines --from 2025 --format json
    """
    from vanban.queries import lineage
    from vanban.tables import Column

    first, last = _date_option(date_from, "--from"), _date_option(date_to, "--to", last=True)
    if first and last and first > last:
        _fail(f"vanban deadlines: --from {first} is after --to {last}")
    with _open_store(store) as s:
        rows = lineage.deadlines(s, first, last)
        name = _namer(lineage.names(s, (r["document"] for r in rows)) if format is Format.table else {})
    if format is Format.json:
        _print_json(rows)
        return
    columns = [
        Column(header="deadline", kind="id"),
        Column(header="kind", kind="id"),
        Column(header="who", min_width=12, drop=2, short=BODY_ABBREVIATIONS),
        Column(header="to", min_width=12, drop=3, short=BODY_ABBREVIATIONS),
        Column(header="document", min_width=14, drop=1, short=BODY_ABBREVIATIONS),
        Column(header="text", kind="text", min_width=16),
    ]
    cells = [[name(r["document"]) if c == "document" else str(r[c] or "") for c in ("deadline", "kind", "who", "to", "document", "text")]
             for r in rows]
    span = " ".join(x for x in (f"from {first}" if first else "", f"to {last}" if last else "") if x)
    _print_table(columns, cells, title=f"Deadlines {span}".strip(), empty=f"(no dated reports or tasks{' ' + span if span else ''})")


@app.command(short_help="Who should carry out DOC, and who has not yet.")
def coverage(
    doc: str = typer.Argument(..., metavar="DOC", help=f"The document whose coverage to check: {DOC_FORMS}."),
    issuer_reporters: bool = typer.Option(
        False, "--issuer-reporters", help="Also list every body that reports to DOC's issuer, under any document "
        "(a wide net: for a document not loaded, whose recipients are unknown)."
    ),
    store: Path | None = StoreOption,
    format: Format = FormatOption,
) -> None:
    """Who should carry out DOC, and who has not yet: each body DOC names to carry it out, and
    whether it has a loaded document implementing DOC, directly or through others (a Sở's plan
    under the province's plan under a directive implements the directive).

    The bodies DOC names: those it is sent to (Nơi nhận, Kính gửi), except the superiors sent it
    "để báo cáo" and the issuer's own leaders and offices sent a copy (Chủ tịch, Ban Giám đốc,
    Văn phòng); those it assigns a task; those it asks to report under it. With them, the issuers
    of loaded documents that implement DOC directly, named or not. A group it names ("UBND các
    huyện, thành phố", "Các đơn vị trực thuộc Sở", "Các Bộ, cơ quan ngang Bộ") is resolved to the
    members the graph knows, in the issuer's province: each is a row ("not named, one of …" when DOC
    does not name it itself), and the group's row says how many of them implemented DOC ("1 of 7
    members implement"), or "members not known" for a kind no rule lists ("Các doanh nghiệp nhà
    nước trên địa bàn") or a group that says not which bodies ("Các cơ quan, đơn vị"). A member made by the 2025 reorganisation after DOC's date, or ended
    before it, is none. Not yet implemented first. The issuer itself is not listed. For a
    document known only from citations, only the bodies that implemented it are known. The same
    rows as `vanban query coverage --param doc=DOC`, on the embedded store or on Neo4j.

    Examples:

    \b
      vanban coverage 45/KH-UBND
      vanban coverage "Chỉ thị 33" --issuer-reporters
      vanban coverage 45/KH-UBND --format json
    """
    from vanban.queries import lineage
    from vanban.tables import Column

    with _open_store(store) as s:
        key = _resolve_doc_arg(s, doc)
        status = lineage.documents(s, [key]).get(key, {}).get("status")
        rows = lineage.coverage(s, key, issuer_reporters=issuer_reporters)
        name = _namer(lineage.names(s, [key, *(k for r in rows for k in r["documents"])]) if format is Format.table else {})
    if format is Format.json:
        _print_json({"document": key, "status": status, "bodies": rows})
        return
    columns = [
        Column(header="body", min_width=16, short=BODY_ABBREVIATIONS),
        Column(header="named as", kind="text", min_width=10),
        Column(header="implemented", kind="id"),
        Column(header="by", kind="text", min_width=16),
    ]
    cells = [[r["body"], _coverage_relation(r, issuer_reporters), "yes" if r["implemented"] else "no",
              "; ".join(name(k) for k in r["documents"])] for r in rows]
    done = sum(1 for r in rows if r["implemented"])
    title = f"Coverage of {name(key)}: {done} of {len(rows)} implemented"
    _print_table(columns, cells, title=title, empty=f"(no body is named to carry out {name(key)}, and no loaded document implements it)")
    if status != "loaded":
        err.print(f"  ({name(key)} is known only from citations: whom it names is unknown; load it to see them"
                  f"{'' if issuer_reporters else ', or add --issuer-reporters'})", markup=False, highlight=False, style="dim")


def _coverage_relation(row: dict, issuer_reporters: bool) -> str:
    """How the document names a body of its coverage: "sent to (phối hợp); 2 tasks; reports"; for
    a group, how many of its members the graph knows implemented it ("sent; 1 of 6 members
    implement"), or that the graph knows none ("no member known": load the members' documents) or
    cannot know them ("members not known": "Các doanh nghiệp nhà nước trên địa bàn"); for a member
    the document does not name, its group without the issuer in brackets ("not named, one of Ủy ban
    nhân dân các huyện, thành phố")."""
    parts = []
    if row["received"]:
        parts.append(f"sent ({row['purpose']})" if row["purpose"] else "sent")
    if row["tasks"]:
        parts.append(f"{row['tasks']} task{'s' if row['tasks'] > 1 else ''}")
    if row["reports"]:
        parts.append("reports")
    if not parts and issuer_reporters and row["reports_to_issuer"]:
        parts.append("reports to the issuer")
    if row.get("members"):
        parts.append(f"{row['members_implemented']} of {row['members']} " + ("member implements" if row["members"] == 1 else "members implement"))
    elif row.get("group") == "unlisted":
        parts.append("members not known")
    elif row.get("group") == "listed":
        parts.append("no member known")
    if not row.get("named", True) and row.get("member_of"):
        groups = "; ".join(g[: g.index(" (")] if g.endswith(")") and " (" in g else g for g in row["member_of"])
        return "; ".join([*parts, f"not named, one of {groups}"])
    return "; ".join(parts) or "not named"


@app.command(short_help="How much the store holds.")
def stats(store: Path | None = StoreOption, format: Format = FormatOption) -> None:
    """How many documents, bodies, tasks and edges the store holds.

    Example:

    \b
      vanban stats --store ~/vanban-store
    """
    from vanban.queries import lineage
    from vanban.tables import Column

    with _open_store(store) as s:
        data = lineage.stats(s)
    if format is Format.json:
        _print_json(data)
        return
    rows = [[f"{group}: {k}", str(v)] for group in ("nodes", "documents", "edges") for k, v in data[group].items()]
    _print_table([Column(header="what", kind="id"), Column(header="count", kind="num")], rows, title="Store")


# ---------------------------------------------------------------- named and ad-hoc Cypher


class QueryFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


NEO4J_ENV = ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE")


@app.command(short_help="Named queries or your own Cypher.")
def query(
    name: str | None = typer.Argument(None, metavar="NAME", help="The named query to run (see --list)."),
    param: list[str] = typer.Option([], "--param", "-p", help="A parameter, key=value (repeatable); typed by the named query."),
    cypher: str | None = typer.Option(None, "--cypher", help="Run this Cypher instead of a named query."),
    list_: bool = typer.Option(False, "--list", help="List the named queries with their parameters."),
    write: bool = typer.Option(False, "--write", help="Allow --cypher to change the store (read only otherwise)."),
    store: Path | None = StoreOption,
    neo4j_uri: str | None = typer.Option(
        None, "--neo4j", help="Query this Neo4j server (bolt://host:7687) instead of the embedded store; default $NEO4J_URI. "
        "Credentials come from NEO4J_USER and NEO4J_PASSWORD (database: NEO4J_DATABASE), never the command line."
    ),
    format: QueryFormat = typer.Option(QueryFormat.table, "--format", "-f", help="table for people; json or csv for programs."),
) -> None:
    """Run a named Cypher query, or your own, on the embedded store or on Neo4j; read only unless --write.

    Examples:

    \b
      vanban query --list
      vanban query implementers --param doc=33/CT-TTg
      vanban query deadlines -p date_from=2022-01-01 -p date_to=2022-12-31 -f csv
      vanban query --cypher "MATCH (d:Document) RETURN d.status, count(*) AS n"
    """
    import os

    from vanban.queries import named

    def fail(message: str, code: int = 2, candidates: list[str] | None = None) -> None:
        err.print(f"vanban query: {message}", markup=False, highlight=False)
        for c in (candidates or [])[:20]:
            err.print(f"  {c}", markup=False, highlight=False)
        raise typer.Exit(code)

    if list_:
        _list_queries(named.named_queries(), format)
        return
    if cypher is not None and not cypher.strip():  # before: the database's "Query is empty", exit 1
        cypher = None
    if cypher is not None:
        cypher = _argument_text(cypher)
    if (name is None) == (cypher is None):
        fail("give a query NAME or --cypher TEXT (vanban query --list shows the names)")
    params = _parse_params(param, "query")
    if cypher is not None and not write and named.writes(cypher):
        fail(f"refused: the query writes ({named.writes(cypher)}); it runs read only unless --write is given")
    uri = neo4j_uri or (os.environ.get("NEO4J_URI") if store is None else None)
    try:
        with _query_target(uri, store, write) as target:
            if cypher is not None:
                rows = named.run_cypher(target, cypher, params, write=write)
                columns = list(rows[0]) if rows else []
            else:
                result = named.run_named(target, name, params)
                rows, columns = result.rows, result.columns
    except named.QueryError as e:
        fail(str(e), candidates=e.candidates)
    except typer.Exit:
        raise
    except Exception as e:  # the database's own error (syntax, unknown table, server down): one line
        fail(_reason(e), code=1)
    _print_rows(columns, rows, format)


class _query_target:
    """The store to query: Neo4j (a driver in READ or WRITE sessions) or the embedded store."""

    def __init__(self, uri: str | None, store: Path | None, write: bool) -> None:
        self.uri, self.store, self.write = uri, store, write
        self._closing = None

    def __enter__(self):
        if self.uri:
            import neo4j

            from vanban.queries.named import Neo4jTarget

            _reach_neo4j(self.uri)
            driver = neo4j.GraphDatabase.driver(self.uri, auth=_neo4j_auth(), notifications_min_severity="OFF")
            self._closing = driver
            return Neo4jTarget(driver, os.environ.get("NEO4J_DATABASE") or None)
        from vanban.graph.ladybug_store import not_a_store, store_exists
        from vanban.graph.store import default_store_path

        path = self.store or default_store_path()
        if not not_a_store(path) and not store_exists(path):
            err.print(f"vanban query: no store at {path}; run `vanban load FILE…` first, or give --neo4j URI", markup=False, highlight=False)
            raise typer.Exit(2)
        self._closing = _open_store(path, must_exist=not self.write)
        return self._closing

    def __exit__(self, *exc) -> None:
        if self._closing is not None:
            self._closing.close()


def _cell(value, for_csv: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str) if for_csv or isinstance(value, dict) else "; ".join(_cell(v) for v in value)
    return str(value)


def _print_rows(columns: list[str], rows: list[dict], format: QueryFormat) -> None:
    if format is QueryFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    if format is QueryFormat.csv:
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for r in rows:
            writer.writerow([_cell(r.get(c), for_csv=True) for c in columns])
        return
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    _print_table(_query_columns(columns, cells), cells)
    err.print(f"{len(rows)} row{'s' if len(rows) != 1 else ''}", markup=False, highlight=False)


# A query column whose cells are all at most this long is a code or an identifier: kept whole.
SHORT_CELL = 12


def _query_columns(columns: list[str], cells: list[list[str]]):
    """How to lay out a query's columns, judged from its cells: numbers and short codes whole, the
    column of the longest cells as free text, the others as names; the rightmost left out first."""
    from vanban.tables import Column

    def longest(i: int) -> int:
        return max((len(r[i]) for r in cells), default=0)

    text = max(range(len(columns)), key=longest) if columns and cells and longest(max(range(len(columns)), key=longest)) > 40 else None
    out_columns = []
    for i, name in enumerate(columns):
        values = [r[i] for r in cells if r[i]]
        if values and all(v.lstrip("-").isdigit() for v in values):
            kind = "num"
        elif longest(i) <= SHORT_CELL:
            kind = "id"
        else:
            kind = "text" if i == text else "name"
        out_columns.append(Column(header=name, kind=kind, min_width=12, drop=0 if i == 0 else i, short=BODY_ABBREVIATIONS))
    return out_columns


def _list_queries(queries: dict, format: QueryFormat) -> None:
    if format is not QueryFormat.table:
        rows = [
            {"name": q.name, "parameters": ", ".join(f"{p.name}: {p.type}" + (f" = {p.default}" if p.default else "") for p in q.params),
             "summary": q.summary, "example": q.example}
            for q in queries.values()
        ]
        _print_rows(["name", "parameters", "summary", "example"], rows, format)
        return
    for q in queries.values():  # wrapped to a terminal's width as the trees are (_line)
        _line(f"{q.name}: ", q.summary)
        for p in q.params:
            default = f" = {p.default}" if p.default else ""
            _line(f"    --param {p.name}=…  ", f"({p.type}{default}) {p.help}")
        if q.example:
            _line("    e.g. ", q.example)


if __name__ == "__main__":  # pragma: no cover
    app()
