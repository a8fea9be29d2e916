"""The `vanban` command line: thin typer commands that wire loaders, graph, queries and viz."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from vanban import __version__

app = typer.Typer(
    name="vanban",
    help=(
        "Turn Vietnamese administrative documents (kế hoạch, chỉ thị, nghị quyết…) into a "
        "knowledge graph of directives and plan lineage.\n\n"
        "Start with `vanban extract FILE…` to see what a document says."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


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


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files, folders (read recursively) or globs of documents (.txt, .md, .docx, .pdf; any text encoding)."),
    format: Format = typer.Option(Format.table, "--format", "-f", help="table for people; json: one record per line for programs."),
    ocr: bool = typer.Option(False, "--ocr", help="Read scanned PDFs with OCR (needs tesseract-ocr with Vietnamese data, and pdftoppm)."),
) -> None:
    """Extract each document into a record: header, citations, implements, reports, tasks, recipients.

    A file that cannot be read gets one line naming it and the reason; the batch goes on, and the
    exit status is 1 when any file failed.

    Example: vanban extract --format json plans/*.txt > records.jsonl
    """
    from vanban.loaders.load import Summary, load_document, scan_paths
    from vanban.loaders.records import LoadError

    batch = scan_paths(paths)
    summary = Summary(skipped=batch.skipped, failed=list(batch.missing))
    for skipped in batch.skipped:
        err.print(f"skipped: {skipped}", markup=False, highlight=False)
    for missing in batch.missing:
        err.print(f"error: {missing}", markup=False, highlight=False)
    if not batch.files:
        err.print("vanban: no documents found in the given paths", markup=False, highlight=False)
        raise typer.Exit(2)
    records = []
    for path in batch.files:
        result = load_document(path, ocr=ocr)
        summary.add(result)
        if isinstance(result, LoadError):
            err.print(f"error: {result}", markup=False, highlight=False)
            continue
        if format is Format.json:
            sys.stdout.write(json.dumps(result.to_json_dict(), ensure_ascii=False) + "\n")
        else:
            records.append(result)
    if format is Format.table:
        _records_table(records)
    if len(batch.files) > 1 or not summary.ok or summary.skipped:
        err.print(summary.line(), markup=False, highlight=False)
    if not summary.ok:
        raise typer.Exit(1)


def _records_table(records) -> None:
    table = Table(title="Documents", show_lines=True)
    for col in ("file", "type", "số ký hiệu", "date", "issuer", "title", "cites", "implements", "reports", "tasks", "recipients"):
        table.add_column(col, overflow="fold")
    for r in records:
        d = r.document
        sokyhieu = "/".join(x for x in (d.number or "", d.symbol or "") if x is not None) if d.symbol else (d.number or "")
        table.add_row(
            r.file,
            d.doc_type or "",
            sokyhieu,
            d.date or "",
            d.issuer or "",
            (d.title or "")[:80],
            str(len(r.cites)),
            "; ".join(c.surface for c in r.implements)[:80],
            str(len(r.reports_to)),
            str(len(r.tasks)),
            str(len(r.recipients)),
        )
    out.print(table)


if __name__ == "__main__":  # pragma: no cover
    app()
