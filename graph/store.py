"""The store interface: ``add_document``, ``remove_document``, ``run(query, params)``, ``close``.

A store keeps, per loaded file, its ``SourceDocument`` (record + body references) and the
resolved graph of all of them. Each document's source row is written in its own transaction;
then the resolved graph is rebuilt in memory once (``graph.build``), compared with what the
store holds (``graph_diff``), and the difference applied in one transaction. An interrupted or
failed load leaves the documents before it loaded and nothing of it; a graph left out of step
is brought back when the store is next opened for writing. The same file unchanged changes
nothing.

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

    @property
    def out_of_step(self) -> bool:
        return self._dirty()

    # ------------------------------------------------------------ the interface

    def add_document(self, source: SourceDocument) -> bool:
        """Add or replace one document (by file). False when nothing changed."""
        return self.add_documents([source]) > 0

    def add_documents(self, sources: Iterable[SourceDocument], progress: Callable[[SourceDocument], None] | None = None) -> int:
        """Add or replace documents; returns how many changed the store.

        Each document's source row is written in its own transaction (with the store marked
        out of step), then the resolved graph is rebuilt ONCE and its difference applied in one
        transaction that clears the mark. An interruption leaves every document before it loaded
        and none of it; the graph is brought back in step when the store is next opened for
        writing (``sync``).
        """
        changed = 0
        try:
            for s in sources:
                current = self.sources()
                if current.get(s.file) != s:
                    self._put_source(s)
                    self._sources_cache = {**current, s.file: s}
                    changed += 1
                if progress:
                    progress(s)
        finally:
            if changed or self._dirty():
                self.sync()
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
        self._commit(new_sources, drop=file)
        return True

    def sync(self) -> None:
        """Bring the graph in step with the stored sources (one transaction)."""
        self._commit(self.sources(), drop=None)

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

    def _commit(self, new_sources: dict[str, SourceDocument], drop: str | None) -> None:
        new_graph = build_graph(new_sources.values())
        diff = graph_diff(self.graph(), new_graph)
        self._apply(diff, drop=drop)  # atomic: all or nothing; clears the out-of-step mark
        self._sources_cache = new_sources
        self._graph_cache = new_graph

    # ------------------------------------------------------------ primitives

    @abstractmethod
    def _load_sources(self) -> dict[str, SourceDocument]: ...

    @abstractmethod
    def _read_graph(self) -> nx.MultiDiGraph: ...

    @abstractmethod
    def _put_source(self, source: SourceDocument) -> None:
        """Write one source row and mark the graph out of step, in one transaction."""

    @abstractmethod
    def _dirty(self) -> bool:
        """True when sources were written and the graph not yet brought in step."""

    @abstractmethod
    def _apply(self, diff: GraphDiff, drop: str | None) -> None:
        """Apply the diff, delete the ``drop`` source row, clear the mark: one transaction."""
