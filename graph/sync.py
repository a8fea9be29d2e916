"""Embedded store -> Neo4j: the loaded documents of one store written into another.

The target resolves and writes them itself (constraints and indexes first, then batched
``UNWIND`` with parameters only), so syncing twice changes nothing and an interrupted sync ends
in the same state when run again. Sources are streamed from the embedded store in chunks, never
all held at once.
"""

from __future__ import annotations

from pydantic import BaseModel

from vanban.graph.schema import NODE_MODELS
from vanban.graph.store import GraphStore


class SyncResult(BaseModel):
    documents: int = 0  # documents in the source store
    changed: int = 0  # documents written because they were new or changed
    removed: int = 0  # documents removed from the target (with prune)
    nodes: int = 0  # nodes and relationships the target holds afterwards
    relationships: int = 0

    def line(self) -> str:
        return (
            f"{self.documents} documents, {self.changed} changed, {self.removed} removed; "
            f"{self.nodes} nodes and {self.relationships} relationships in Neo4j"
        )


def sync_stores(source: GraphStore, target: GraphStore, prune: bool = False) -> SyncResult:
    """Make ``target`` hold every document of ``source`` (and, with prune, only those)."""
    hashes = source.hashes()
    result = SyncResult(documents=len(hashes))
    if prune:
        gone = sorted(set(target.hashes()) - set(hashes))
        result.removed = len(target.remove_documents(gone).documents) if gone else 0
    # Only the rows whose hash differs are read from the source store.
    stale = sorted(f for f, h in hashes.items() if target.hashes().get(f) != h or not h)
    result.changed = target.add_documents(_read(source, stale))
    result.nodes = sum(target.run(f"MATCH (n:{kind}) RETURN count(n) AS n")[0]["n"] for kind in NODE_MODELS)
    result.relationships = target.run("MATCH ()-[e]->() RETURN count(e) AS n")[0]["n"]
    return result


def _read(store: GraphStore, files: list[str], chunk: int = 500):
    for i in range(0, len(files), chunk):
        got = store._get_sources(files[i : i + chunk])
        yield from (got[f] for f in files[i : i + chunk] if f in got)
