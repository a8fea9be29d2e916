"""The store interface: ``add_document``, ``remove_document``, ``run(query, params)``, ``close``.

A store keeps, per loaded file, its ``SourceDocument`` (record + body references) and the
resolved graph of all of them. Adding or removing a document rebuilds the resolved graph in
memory (``graph.build``), compares it with what the store holds (``graph_diff``), and applies the
difference together with the source row in ONE transaction: an interrupted or failed load leaves
the store as it was before that document. Loading the same file unchanged changes nothing.

An implementation (LadybugDB here, Neo4j beside it) provides the primitives: ``_load_sources``,
``_read_graph``, ``_apply`` (atomic), ``run`` and ``close``.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from vanban.graph.build import SourceDocument, build_graph
from vanban.graph.schema import Edge, Node, edge_from_attrs, node_from_attrs

STORE_ENV = "VANBAN_STORE"


def default_store_path() -> Path:
    """VANBAN_STORE, else the platform's user data folder (XDG_DATA_HOME on Linux)."""
    env = os.environ.get(STORE_ENV)
    if env:
        return Path(env).expanduser()
    if os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif os.uname().sysname == "Darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "vanban" / "store"


@dataclass
class GraphDiff:
    """What changes between two resolved graphs."""

    upsert_nodes: list[Node] = field(default_factory=list)
    delete_nodes: list[tuple[str, str]] = field(default_factory=list)  # (kind, key)
    delete_edges: list[tuple[str, str]] = field(default_factory=list)  # (type, id)
    create_edges: list[Edge] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.upsert_nodes or self.delete_nodes or self.delete_edges or self.create_edges)


def graph_diff(old: nx.MultiDiGraph, new: nx.MultiDiGraph) -> GraphDiff:
    d = GraphDiff()
    for key, attrs in new.nodes(data=True):
        if key not in old or old.nodes[key] != attrs:
            d.upsert_nodes.append(node_from_attrs(attrs))
    for key, attrs in old.nodes(data=True):
        if key not in new or new.nodes[key]["kind"] != attrs["kind"]:
            d.delete_nodes.append((attrs["kind"], key))
    old_edges = {k: (u, v, a) for u, v, k, a in old.edges(keys=True, data=True)}
    new_edges = {k: (u, v, a) for u, v, k, a in new.edges(keys=True, data=True)}
    deleted_nodes = {k for _, k in d.delete_nodes}
    for k, (u, v, a) in old_edges.items():
        if k not in new_edges or new_edges[k] != (u, v, a):
            if u not in deleted_nodes and v not in deleted_nodes:
                d.delete_edges.append((a["type"], k))
    for k, (u, v, a) in new_edges.items():
        if k not in old_edges or old_edges[k] != (u, v, a):
            d.create_edges.append(edge_from_attrs(u, v, a))
    return d


class GraphStore(ABC):
    """A resolved graph of loaded documents, kept on disk."""

    def __init__(self) -> None:
        self._sources_cache: dict[str, SourceDocument] | None = None
        self._graph_cache: nx.MultiDiGraph | None = None

    # ------------------------------------------------------------ the interface

    def add_document(self, source: SourceDocument) -> bool:
        """Add or replace one document (by file), atomically. False when nothing changed."""
        sources = self.sources()
        if sources.get(source.file) == source:
            return False
        new_sources = {**sources, source.file: source}
        return self._commit(new_sources, put=source, drop=None)

    def add_documents(self, sources: Iterable[SourceDocument], progress: Callable[[SourceDocument], None] | None = None) -> int:
        """Add each document in its own transaction; returns how many changed the store."""
        changed = 0
        for s in sources:
            changed += self.add_document(s)
            if progress:
                progress(s)
        return changed

    def remove_document(self, file: str) -> bool:
        """Remove one loaded document (by file name, or by its document key), atomically."""
        sources = self.sources()
        if file not in sources:
            g = self.graph()
            matches = [f for f, s in sources.items() if g.has_node(file) and g.nodes[file].get("file") == f]
            if not matches:
                return False
            file = matches[0]
        new_sources = {f: s for f, s in sources.items() if f != file}
        return self._commit(new_sources, put=None, drop=file)

    @abstractmethod
    def run(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a Cypher query with parameters; rows as dicts keyed by the returned column names."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ shared logic

    def sources(self) -> dict[str, SourceDocument]:
        if self._sources_cache is None:
            self._sources_cache = self._load_sources()
        return self._sources_cache

    def graph(self) -> nx.MultiDiGraph:
        """The resolved graph as the store holds it (read once, then kept in step)."""
        if self._graph_cache is None:
            self._graph_cache = self._read_graph()
        return self._graph_cache

    def _commit(self, new_sources: dict[str, SourceDocument], put: SourceDocument | None, drop: str | None) -> bool:
        new_graph = build_graph(new_sources.values())
        diff = graph_diff(self.graph(), new_graph)
        self._apply(diff, put=put, drop=drop)  # atomic: all or nothing
        self._sources_cache = new_sources
        self._graph_cache = new_graph
        return True

    # ------------------------------------------------------------ primitives

    @abstractmethod
    def _load_sources(self) -> dict[str, SourceDocument]: ...

    @abstractmethod
    def _read_graph(self) -> nx.MultiDiGraph: ...

    @abstractmethod
    def _apply(self, diff: GraphDiff, put: SourceDocument | None, drop: str | None) -> None:
        """Apply the diff and write (``put``) or delete (``drop``) the source row, in one transaction."""
