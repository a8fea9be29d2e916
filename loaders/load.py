"""Files, folders and globs -> records or one-line errors. The boundary where errors become values."""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from pathlib import Path

from vanban.loaders.extract import extract
from vanban.loaders.read import read_file
from vanban.loaders.records import DocumentRecord, LoadError, LoadFailure

DOCUMENT_SUFFIXES = {".txt", ".md", ".markdown", ".docx", ".pdf"}


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders recursively (documents only); globs expanded. Sorted, unique."""
    out: list[Path] = []
    for raw in paths:
        s = str(raw)
        p = Path(s)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in DOCUMENT_SUFFIXES))
        elif any(ch in s for ch in "*?[") and not p.exists():
            out.extend(Path(m) for m in sorted(glob.glob(s, recursive=True)) if Path(m).is_file())
        else:
            out.append(p)
    seen: set[Path] = set()
    unique = []
    for p in out:
        if p not in seen:
            seen.add(p)
            unique.append(p)
    return unique


def load_document(path: str | Path) -> DocumentRecord | LoadError:
    """Read and extract one file; any failure is a LoadError naming the file and the reason."""
    name = str(path)
    try:
        return extract(read_file(path))
    except LoadFailure as e:
        return LoadError(file=name, reason=e.reason)
    except RecursionError:
        return LoadError(file=name, reason="document too deeply nested to extract")
    except Exception as e:  # noqa: BLE001 - one bad document never aborts a batch
        return LoadError(file=name, reason=f"extraction failed: {type(e).__name__}: {e}".splitlines()[0])


def load_documents(paths: Iterable[str | Path]) -> Iterator[DocumentRecord | LoadError]:
    for p in expand_paths(paths):
        yield load_document(p)
