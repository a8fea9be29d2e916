"""Embedded store -> Neo4j: the loaded documents of one store written into another.

The target resolves and writes them itself (constraints and indexes first, then batched
``UNWIND … MERGE`` with parameters only), so syncing twice changes nothing and an interrupted
sync ends in the same state when run again.
"""

from __future__ import annotations

from pydantic import BaseModel

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
    sources = source.sources()
    result = SyncResult(documents=len(sources))
    if prune:
        for file in sorted(set(target.sources()) - set(sources)):
            result.removed += target.remove_document(file)
    result.changed = target.add_documents(sources[f] for f in sorted(sources))
    g = target.graph()
    result.nodes, result.relationships = g.number_of_nodes(), g.number_of_edges()
    return result
