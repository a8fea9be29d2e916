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
    paths: list[str] = typer.Argument(..., help="Files, folders (read recursively) or globs of documents (.txt, .md)."),
    format: Format = typer.Option(Format.table, "--format", "-f", help="table for people; json: one record per line for programs."),
) -> None:
    """Extract each document into a record: header, citations, implements, reports, tasks, recipients.

    Example: vanban extract --format json plans/*.txt > records.jsonl
    """
    from vanban.loaders.load import expand_paths, load_document
    from vanban.loaders.records import LoadError

    files = expand_paths(paths)
    if not files:
        err.print("vanban: no documents found in the given paths")
        raise typer.Exit(2)
    failed = 0
    records = []
    for path in files:
        result = load_document(path)
        if isinstance(result, LoadError):
            failed += 1
            err.print(f"error: {result}", markup=False, highlight=False)
            continue
        if format is Format.json:
            sys.stdout.write(json.dumps(result.to_json_dict(), ensure_ascii=False) + "\n")
        else:
            records.append(result)
    if format is Format.table:
        _records_table(records)
    if len(files) > 1 or failed:
        err.print(f"{len(files) - failed} extracted, {failed} failed", highlight=False)
    if failed:
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
