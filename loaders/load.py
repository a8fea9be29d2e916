"""Files, folders and globs -> records or one-line errors. The boundary where errors become values.

A batch is what the user named: files as given (read whatever their name, the content decides
the kind), folders read recursively, glob patterns expanded. Inside folders and globs, files of
kinds we do not read (.xlsx, .jpg, Word lock files …) are skipped with a reason instead of
failing; a file named explicitly is always tried.
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import Field

from vanban.loaders.extract import extract
from vanban.loaders.read import read_file
from vanban.loaders.records import DocumentRecord, LoadError, LoadFailure, Model

DOCUMENT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".docx", ".pdf", ".text"})

# Kinds people keep beside their documents -> why they are skipped.
SKIP_REASONS: dict[str, str] = {
    ".doc": "legacy Word .doc is not read: save it as .docx",
    ".rtf": "RTF is not read: save it as .docx or .txt",
    ".odt": "OpenDocument is not read: save it as .docx",
    ".xls": "spreadsheet, not a document",
    ".xlsx": "spreadsheet, not a document",
    ".csv": "spreadsheet, not a document",
    ".ppt": "presentation, not a document",
    ".pptx": "presentation, not a document",
}
GLOB_CHARS = frozenset("*?[")

# A folder's own notes, not a document: "README.md", "LICENSE", "CHANGELOG.txt", and the list of
# where its documents came from, "SOURCES.md".
NOTES = re.compile(r"^(?:README|LICEN[CS]E|CHANGELOG|CONTRIBUTING|NOTICE|SOURCES|AUTHORS|CREDITS)(?:\.[A-Za-z]+)?$", re.IGNORECASE)


class Skipped(Model):
    file: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}"


class Batch(Model):
    """The files a list of paths names, and those passed over with their reason."""

    files: list[Path] = Field(default_factory=list)
    skipped: list[Skipped] = Field(default_factory=list)
    missing: list[LoadError] = Field(default_factory=list)  # globs that match nothing, folders that cannot be read


class Summary(Model):
    """What happened to a batch: counts for the closing line, and every failure and skip."""

    read: int = 0
    skipped: list[Skipped] = Field(default_factory=list)
    failed: list[LoadError] = Field(default_factory=list)

    def add(self, result: DocumentRecord | LoadError) -> None:
        if isinstance(result, LoadError):
            self.failed.append(result)
        else:
            self.read += 1

    def line(self) -> str:
        """"5 read, 1 skipped, 2 failed"."""
        return f"{self.read} read, {len(self.skipped)} skipped, {len(self.failed)} failed"

    @property
    def ok(self) -> bool:
        return not self.failed


def skip_reason(path: Path) -> str | None:
    """Why a file found inside a folder or glob is not read (None: it is a document)."""
    name = path.name
    if name.startswith("~$") or name.startswith(".~lock"):
        return "office lock file"
    if name.startswith("."):
        return "hidden file"
    if NOTES.match(name):
        return "a folder's notes (README, LICENSE…), not a document"
    suffix = path.suffix.lower()
    if suffix in DOCUMENT_SUFFIXES:
        return None
    return SKIP_REASONS.get(suffix, f"not a document kind ({suffix or 'no extension'})")


# Why a glob pattern given to ``vanban load`` brings no file (``load --prune`` prunes what it matched).
NO_MATCH = "no file matches this pattern"


def scan_paths(paths: Iterable[str | Path]) -> Batch:
    """Files as given; folders recursively; globs expanded. Files sorted within a folder, unique."""
    batch = Batch()
    found: list[Path] = []
    for raw in paths:
        s = str(raw)
        p = Path(s)
        if p.is_dir():
            candidates = files_under(p, batch.missing)
        elif GLOB_CHARS & set(s) and not p.exists():
            candidates = [Path(m) for m in sorted(glob.glob(s, recursive=True)) if Path(m).is_file()]
            if not candidates:
                batch.missing.append(LoadError(file=s, reason=NO_MATCH))
        else:
            found.append(p)
            continue
        for f in candidates:
            reason = skip_reason(f)
            if reason is None:
                found.append(f)
            elif reason != "hidden file":
                batch.skipped.append(Skipped(file=str(f), reason=reason))
    seen: set[Path] = set()
    for f in found:
        if f not in seen:
            seen.add(f)
            batch.files.append(f)
    return batch


def files_under(folder: Path, unreadable: list[LoadError]) -> list[Path]:
    """The files under ``folder``, recursively and sorted (a symlinked folder is not followed, as
    ``Path.rglob`` does not); a folder that cannot be listed (no permission) is added to
    ``unreadable`` with its reason: its documents are missing from the batch, and the user is told."""

    def cannot_list(e: OSError) -> None:
        unreadable.append(LoadError(file=str(e.filename or folder), reason=f"cannot read the folder: {e.strerror or e}"))

    found = []
    for top, _folders, names in os.walk(folder, onerror=cannot_list):
        found.extend(f for f in (Path(top, n) for n in names) if f.is_file())
    return sorted(found)


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """The document files a list of paths names (see scan_paths)."""
    return scan_paths(paths).files


def load_document(path: str | Path, ocr: bool = False) -> DocumentRecord | LoadError:
    """Read and extract one file; any failure is a LoadError naming the file and the reason."""
    name = str(path)
    try:
        return extract(read_file(path, ocr=ocr))
    except LoadFailure as e:
        return LoadError(file=name, reason=_one_line(e.reason))
    except RecursionError:
        return LoadError(file=name, reason="document too deeply nested to extract")
    except MemoryError:
        return LoadError(file=name, reason="document too large to extract")
    except Exception as e:  # noqa: BLE001 - one bad document never aborts a batch
        return LoadError(file=name, reason=_one_line(f"extraction failed: {type(e).__name__}: {e}"))


def _one_line(reason: str) -> str:
    line = " ".join(reason.split())
    return line or "unknown failure"


def load_documents(paths: Iterable[str | Path], ocr: bool = False) -> Iterator[DocumentRecord | LoadError]:
    for p in expand_paths(paths):
        yield load_document(p, ocr=ocr)
