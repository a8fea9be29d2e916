"""Taking loaded documents out of a store: which stored sources a path names, and what removing
them changes.

The store names each source by the absolute path it was read from (``build.load_source``). A
path given to ``vanban remove`` (or to ``vanban load --prune``) is matched against those names,
not against the disk, so a file deleted since it was loaded is still found: a file names its own
source, a folder every source under it, a glob pattern the sources it matches as ``glob`` would
match the files (``*`` within one name, ``**`` across folders, names starting with a dot only by
a pattern that starts with one).

Removing is ``incremental.Resolver.apply(removed=…)``: the diff takes out exactly what the
documents asserted — their edges and tasks, the bodies, placeholders and cited documents no other
loaded document asserts — and a document that other loaded documents still cite stays as a
citation-only node, as if it had never been loaded. ``GraphStore.remove_documents`` applies it
(each chunk of documents in one transaction with the dropped source rows); ``describe`` and
``outcome`` say what went, document by document.
"""

from __future__ import annotations

import os
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from fnmatch import fnmatchcase
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from vanban.loaders.read import path_text

from vanban.graph.incremental import TASK_SEP, unpack_edge_ids

if TYPE_CHECKING:
    from vanban.graph.diff import GraphDiff
    from vanban.graph.incremental import Resolver

GLOB_CHARS = frozenset("*?[")  # as loaders.load: a path holding one of these may be a pattern
RECURSIVE = "**"  # a pattern's part that stands for any number of folders


def stored_path(path: str | Path) -> str:
    """A path as the store names the source read from it: absolute, symbolic links resolved,
    bytes that are not UTF-8 escaped (``build.load_source``). The file need not exist."""
    return path_text(Path(path).resolve())


def under(folder: str, stored: list[str]) -> list[str]:
    """The stored sources (``stored``: sorted) inside the folder named ``folder`` (a stored path)."""
    prefix = folder if folder.endswith(os.sep) else folder + os.sep
    found = []
    for f in stored[bisect_left(stored, prefix):]:
        if not f.startswith(prefix):
            break
        found.append(f)
    return found


def _pattern_parts(pattern: str) -> tuple[str, list[str]]:
    """A glob pattern -> the stored path of its leading folders (no pattern characters: resolved as
    a path) and its remaining parts: "plans/2025/*.txt" -> ("/home/u/plans/2025", ["*.txt"])."""
    parts = Path(pattern).parts
    at = next(i for i, p in enumerate(parts) if GLOB_CHARS & set(p))
    return stored_path(Path(*parts[:at]) if at else Path(".")), list(parts[at:])


def _matches(parts: list[str], names: list[str]) -> bool:
    """Whether the names of a path below the pattern's folders match its parts, as ``glob.glob(…,
    recursive=True)`` matches a file: one name a part, ``**`` any number of folders; a name
    starting with a dot only by a part that starts with one."""
    if not parts:
        return not names
    head, rest = parts[0], parts[1:]
    if head == RECURSIVE:
        return any(_matches(rest, names[i:]) for i in range(len(names) + 1)
                   if not any(n.startswith(".") for n in names[:i]))
    if not names or (names[0].startswith(".") and not head.startswith(".")):
        return False
    return fnmatchcase(names[0], head) and _matches(rest, names[1:])


def matching(pattern: str, stored: list[str]) -> list[str]:
    """The stored sources (``stored``: sorted) a glob pattern matches."""
    folder, parts = _pattern_parts(pattern)
    return [f for f in under(folder, stored) if _matches(parts, Path(f[len(folder):].lstrip(os.sep)).parts)]


def is_pattern(arg: str) -> bool:
    """Whether ``arg`` is a glob pattern, as ``vanban load`` takes it: pattern characters, and no
    file of that name."""
    return bool(GLOB_CHARS & set(arg)) and not os.path.lexists(arg)


def stored_sources(arg: str, stored: list[str]) -> list[str] | None:
    """The stored sources (``stored``: sorted) the path ``arg`` names, as ``vanban load`` takes
    paths: the file's own, a folder's (recursively), a glob pattern's; None when ``arg`` names none
    as a path and is no folder or pattern (it may be a DOC). An existing folder or a pattern that
    matches nothing stored gives an empty list."""
    if is_pattern(arg):
        return matching(arg, stored)
    path = stored_path(arg)
    i = bisect_left(stored, path)
    if i < len(stored) and stored[i] == path:
        return [path]
    inside = under(path, stored)
    if inside or Path(arg).is_dir():
        return inside
    return None


def missing_sources(paths: Iterable[str], stored: list[str]) -> list[str]:
    """The stored sources under the folders and patterns of ``paths`` whose files no longer exist
    (what ``vanban load --prune`` removes), a pattern that matches no file now and a folder deleted
    whole too; files named one by one are left alone."""
    gone: dict[str, None] = {}
    for arg in paths:
        if is_pattern(arg):
            found = matching(arg, stored)
        elif Path(arg).is_dir() or not os.path.lexists(arg):
            found = under(stored_path(arg), stored)  # (none under a file's own path)
        else:
            continue
        gone.update(dict.fromkeys(f for f in found if not os.path.lexists(f)))
    return list(gone)


def stored_under(arg: str, stored: list[str]) -> list[str]:
    """The stored sources (``stored``: sorted) under a path of ``vanban load`` that names nothing on
    the disk now: a pattern's, a deleted folder's (none for a deleted file's own path)."""
    return matching(arg, stored) if is_pattern(arg) else under(stored_path(arg), stored)


class RemovedDocument(BaseModel):
    """One removed source: its file, the document it was, and what is left of it."""

    file: str
    key: str
    node: dict[str, Any] = Field(default_factory=dict)  # the document's node before (its attrs)
    edges: int = 0  # edges it asserted (stated and inferred), gone with it
    tasks: int = 0
    # "removed": no document asserts it any more; "cited": other loaded documents cite it, it stays as
    # a citation-only node (or a placeholder); "loaded": another stored file is the same document.
    afterwards: str = "removed"
    cited_by: int = 0  # loaded documents citing it afterwards


class Removal(BaseModel):
    """What a removal did (or, when not ``applied``, would do)."""

    applied: bool = True
    documents: list[RemovedDocument] = Field(default_factory=list)
    nodes: dict[str, int] = Field(default_factory=dict)  # kind -> nodes fewer in the graph
    edges: int = 0  # edges fewer in the graph

    def count(self, diff: GraphDiff) -> None:
        """Add what a diff takes out: nodes by kind, edges (net of what it writes anew)."""
        created = Counter(attrs["kind"] for attrs in diff.upsert_nodes
                          if diff.stored is None or (attrs["kind"], attrs["key"]) not in diff.stored)
        for kind, n in Counter(kind for kind, _ in set(diff.delete_nodes)).items():
            self.nodes[kind] = self.nodes.get(kind, 0) + n
        for kind, n in created.items():
            self.nodes[kind] = self.nodes.get(kind, 0) - n
        deleted = {id_ for _, id_ in diff.delete_edges}
        self.edges += len(deleted) - len({attrs["id"] for _, _, attrs in diff.create_edges})


def _asserted(resolver: Resolver, key: str) -> tuple[int, int]:
    """The edges (stated in its text, and inferred from its issuers' hierarchy) and the tasks the
    document ``key`` asserts in the resolver's state."""
    edges = len(unpack_edge_ids(resolver.unit_edges.get(key, b""))) + len(resolver.hier.get(key, ()))
    tasks = len(resolver.unit_tasks[key].split(TASK_SEP)) if key in resolver.unit_tasks else 0
    return edges, tasks


def describe(resolver: Resolver, files: list[str]) -> list[RemovedDocument]:
    """The stored ``files`` as the resolver holds them, before they are removed."""
    out = []
    for f in files:
        key = resolver.files[f].key
        edges, tasks = _asserted(resolver, key)
        out.append(RemovedDocument(file=f, key=key, node=dict(resolver.final_docs.get(key) or {}), edges=edges, tasks=tasks))
    return out


def outcome(resolver: Resolver, removed: list[RemovedDocument]) -> None:
    """Complete ``removed`` (``describe`` before the removal) from the resolver's state after it."""
    for r in removed:
        edges, tasks = _asserted(resolver, r.key)
        r.edges -= edges
        r.tasks -= tasks
        target = resolver.merges.get(r.key, r.key)
        node = resolver.final_docs.get(target)
        if node is None:
            r.afterwards = "removed"
        else:
            r.afterwards = "loaded" if node["status"] == "loaded" and target == r.key else "cited"
        r.cited_by = len(set(resolver.cited_by.get(r.key, {}).values()))
