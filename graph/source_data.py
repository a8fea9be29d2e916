"""The packed data of stored sources, kept beside the graph database in a SQLite file.

Why not in the graph database: LadybugDB stores a string column per node group of up to
131,072 rows and, at every checkpoint, rewrites the node group that rows were appended to,
whole (``Column::checkpointColumnChunkOutOfPlace``, with min/max statistics over every byte).
A source row's data is ~7 KB, so with the rows in a LadybugDB table each checkpoint rewrote
all the data loaded so far: 1,000 new rows cost a 0.13 s checkpoint in a store of 1,000
documents and 1.2 s in one of 10,000, and the bulk load grew quadratically. SQLite appends
them in a B-tree at the cost of the rows written.

Rows are keyed by (file, hash): a new version of a file is written beside the old one, so the
graph database's ``Source`` row (file -> hash, committed after this) always names data that
exists, whatever an interruption leaves. Versions no ``Source`` row names are pruned later
(``prune``). Uses only the standard library's ``sqlite3``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

_SCHEMA = "CREATE TABLE IF NOT EXISTS source_data (file TEXT NOT NULL, hash TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (file, hash)) WITHOUT ROWID"
_LOOKUP_ROWS = 500  # (file, hash) pairs per SELECT (SQLite's variable limit is 32,766)


class SourceData:
    """``SourceData(path)``: the SQLite file at ``path`` (created unless ``read_only``)."""

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        self._db: sqlite3.Connection | None = None
        if read_only:
            if self.path.exists():
                self._db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
        else:
            self._db = sqlite3.connect(self.path)
            # WAL with full sync: a committed row survives a crash before the graph's commit
            # names it (one fsync per chunk of a load).
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute(_SCHEMA)
            self._db.commit()

    def put(self, rows: Iterable[tuple[str, str, str]]) -> None:
        """Write (file, hash, data) rows in one transaction."""
        db = self._writable()
        with db:
            db.executemany("INSERT OR REPLACE INTO source_data (file, hash, data) VALUES (?, ?, ?)", rows)

    def get(self, pairs: list[tuple[str, str]]) -> dict[str, str]:
        """file -> data for these (file, hash) pairs (pairs with no row are left out)."""
        out: dict[str, str] = {}
        if self._db is None or not pairs:
            return out
        for i in range(0, len(pairs), _LOOKUP_ROWS):
            part = pairs[i : i + _LOOKUP_ROWS]
            where = " OR ".join(["(file = ? AND hash = ?)"] * len(part))
            args = [x for pair in part for x in pair]
            out.update(self._db.execute(f"SELECT file, data FROM source_data WHERE {where}", args))
        return out

    def count(self) -> int:
        """Rows stored (every version of every file)."""
        return self._db.execute("SELECT count(*) FROM source_data").fetchone()[0] if self._db is not None else 0

    def prune(self, current: dict[str, str]) -> int:
        """Delete every row whose (file, hash) is not ``current`` (file -> hash of the stored
        source); returns how many were deleted."""
        db = self._writable()
        stale = [(f, h) for f, h in db.execute("SELECT file, hash FROM source_data") if current.get(f) != h]
        if stale:
            with db:
                db.executemany("DELETE FROM source_data WHERE file = ? AND hash = ?", stale)
        return len(stale)

    def drop(self, files: Iterable[str]) -> None:
        """Delete every version of these files."""
        db = self._writable()
        with db:
            db.executemany("DELETE FROM source_data WHERE file = ?", [(f,) for f in files])

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _writable(self) -> sqlite3.Connection:
        if self._db is None or self.read_only:
            raise RuntimeError(f"{self.path}: source data opened read-only")
        return self._db
