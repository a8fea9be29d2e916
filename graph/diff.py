"""What changes between two resolved graphs: nodes to write or delete, edges to delete or create.

Nodes and edges are carried as networkx attribute dicts (see ``graph.schema``): a node as its
attrs (with ``kind`` and ``key``), an edge as ``(source, target, attrs)`` (attrs with ``type``,
``id`` and ``evidence``). A store applies a diff in this order: delete edges, delete nodes
(with their edges), write nodes (create or replace), create edges.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx


@dataclass
class GraphDiff:
    upsert_nodes: list[dict[str, Any]] = field(default_factory=list)
    delete_nodes: list[tuple[str, str]] = field(default_factory=list)  # (kind, key)
    delete_edges: list[tuple[str, str]] = field(default_factory=list)  # (type, id)
    create_edges: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    # (kind, key) of the upserted nodes that the graph holds before the diff, when the maker of
    # the diff knows it (``incremental.Resolver``, whose state is the stored graph's): the others
    # are new. None: unknown (a store then looks the keys up).
    stored: set[tuple[str, str]] | None = None
    # (kind, key) of stored nodes -> the fields whose values the diff changes, when the maker
    # knows them (``incremental.Resolver``): a store may update those fields alone (LadybugDB:
    # each field set costs ~10-15 us a row). Absent: every field is written.
    changed: dict[tuple[str, str], tuple[str, ...]] | None = None

    def __bool__(self) -> bool:
        return bool(self.upsert_nodes or self.delete_nodes or self.delete_edges or self.create_edges)

    def size(self) -> int:
        return len(self.upsert_nodes) + len(self.delete_nodes) + len(self.delete_edges) + len(self.create_edges)


def graph_diff(old: nx.MultiDiGraph, new: nx.MultiDiGraph) -> GraphDiff:
    """The diff that turns ``old`` into ``new`` (whole graphs: for recovery and tests)."""
    d = GraphDiff()
    for key, attrs in new.nodes(data=True):
        if key not in old or old.nodes[key] != attrs:
            d.upsert_nodes.append(dict(attrs))
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
            d.create_edges.append((u, v, dict(a)))
    return d


def apply_diff(g: nx.MultiDiGraph, diff: GraphDiff) -> None:
    """Apply a diff to a networkx graph, in the stores' order (deleting a node drops its edges)."""
    ids = {k: (u, v) for u, v, k in g.edges(keys=True)}
    for _, id_ in diff.delete_edges:
        if id_ in ids:
            u, v = ids.pop(id_)
            if g.has_edge(u, v, id_):
                g.remove_edge(u, v, id_)
    for _, key in diff.delete_nodes:
        if key in g:
            for u, v, k in [*g.in_edges(key, keys=True), *g.out_edges(key, keys=True)]:
                ids.pop(k, None)
            g.remove_node(key)
    for attrs in diff.upsert_nodes:
        key = attrs["key"]
        if key in g:
            g.nodes[key].clear()
            g.nodes[key].update(attrs)
        else:
            g.add_node(key, **attrs)
    for u, v, attrs in diff.create_edges:
        assert u in g and v in g, (u, v, attrs["id"])
        assert attrs["id"] not in ids, ("created twice", attrs["id"])
        ids[attrs["id"]] = (u, v)
        g.add_edge(u, v, key=attrs["id"], **attrs)
