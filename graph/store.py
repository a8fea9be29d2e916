"""The store interface: ``add_documents``, ``remove_documents``, ``run(query, params)``, ``close``.

A store keeps, per loaded file, its ``SourceDocument`` (record + body references, one "source
row") and the resolved graph of all of them. The graph is kept in step incrementally
(``graph.incremental.Resolver``): each batch writes a diff the size of the batch, identical to
what a full rebuild (``graph.build.build_graph``) would change.

Writes, and what an interruption leaves
---------------------------------------
``add_documents`` skips sources whose content hash equals the stored one (reloading an unchanged
file changes nothing) and takes the others in chunks of ``CHUNK`` documents. Per chunk:

1. one transaction writes the chunk's source rows and marks the store out of step;
2. the resolver computes the chunk's diff in memory;
3. one transaction applies the diff and clears the mark.

So a document is never half in the graph: a failure or interruption in 1 leaves nothing of the
chunk (the store is as it was before the chunk's first document); one between 1 and 3 leaves the
chunk's source rows written, the graph as it was before the chunk, and the mark set — the next
open for writing brings the graph in step with the rows by a rebuild (``sync``), after which
every document of the chunk is in. The documents of earlier chunks are always in. A document
is thus atomic; the unit of loss on interruption is at most one chunk (``CHUNK``).

``remove_documents`` writes, per chunk, one transaction: the graph's diff and the dropped source
rows (their packed data is deleted after it commits; data an interruption leaves unnamed is
pruned later). An interruption leaves the chunk's documents as they were, the earlier chunks'
removed.

The resolver's state is kept beside the store after each load or removal (``graph.snapshot``, not
inside a chunk), and the next open for writing starts from it when its stamp names the stored rows
and rules exactly; otherwise it is rebuilt from every stored document, as without one.

Rules
-----
The graph is a function of the source rows *and* of the rules that resolve them (names,
bodies, keys: ``rules_id``). Each applied diff records the rules it was made under; a store whose
graph another version of those rules wrote is out of step like an interrupted one, and the next
open for writing rebuilds it (``sync``) — otherwise a body an earlier rule merged across
provinces would stay merged until each of its files changed.

An implementation (LadybugDB, Neo4j) provides the primitives: ``_load_hashes``,
``_get_sources``, ``_source_files``, ``_read_graph``, ``_put_sources`` (atomic, with the mark),
``_dirty``, ``_apply`` (atomic: diff, dropped source rows, mark cleared, rules recorded),
``_clear_graph``, ``_mark_in_step``, ``run`` and ``close``.
"""

from __future__ import annotations

import gc
import hashlib
import os
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

# The writing side (extraction, fragments, resolution, networkx) is imported where it is used:
# the lookups (`vanban trace`, `show`, `query`) open a store without it, ~0.3 s sooner.
if TYPE_CHECKING:
    import networkx as nx

    from vanban.graph.build import SourceDocument
    from vanban.graph.diff import GraphDiff
    from vanban.graph.incremental import Fragment, Resolver
    from vanban.graph.prepared import Prepared, SourceRow
    from vanban.graph.removal import Removal

STORE_ENV = "VANBAN_STORE"
# Documents per chunk: one transaction of source rows and one of graph changes each.
CHUNK = 1000
# Documents written between two ``_settle`` calls (LadybugDB: checkpoints, which free the pages
# its buffer pool holds for changes not yet checkpointed): SETTLE_EVERY, or a SETTLE_SHARE of the
# documents already stored, up to SETTLE_MOST. A LadybugDB checkpoint rewrites the node groups
# that were written to, which hold up to 131,072 rows, so its cost grows with the store: settling
# after a share of the store keeps the total linear, and SETTLE_MOST bounds the memory held
# (~110 MB per 1,000 full plans; it was ~300 MB, with 4,000 and 8,000, while LadybugDB's
# statement cache kept each COPY's frame: see ladybug_store._Lookups.once).
SETTLE_EVERY = 10000
SETTLE_SHARE = 0.15
SETTLE_MOST = 20000
# Source rows read per query when the resolver is rebuilt from a store.
READ_CHUNK = 500


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


# The modules whose rules decide the graph made from the source rows (see "Rules" above).
RULE_MODULES = ("build", "diff", "groups", "incremental", "org_tree", "orgs", "resolve", "schema")


@cache
def rules_id() -> str:
    """A digest of the code that resolves source rows into the graph: ``RULE_MODULES`` and the
    loaders' name rules they call."""
    graph_dir = Path(__file__).parent
    spec = find_spec("vanban.loaders")  # its folder, without importing the extractor
    loaders_dir = Path(next(iter(spec.submodule_search_locations)))  # type: ignore[union-attr, arg-type]
    h = hashlib.blake2b(digest_size=16)
    for path in [graph_dir / f"{m}.py" for m in RULE_MODULES] + sorted(loaders_dir.glob("*.py")):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def marks_out_of_step(marks: dict[str, str]) -> bool:
    """A store's marks (Meta name -> value) -> True when its graph is not the one its source rows
    make under these rules: a load stopped between rows and graph ("dirty" is "1"), or the graph
    was written under other rules (an earlier version: "rules" differs or, older still, is absent).
    A store no diff was ever applied to has no marks, and is in step."""
    if marks.get("dirty") == "1":
        return True
    return "dirty" in marks and marks.get("rules") != rules_id()


def settle_after(stored: int) -> int:
    """Documents to write before the next ``_settle`` into a store of ``stored`` documents."""
    return max(SETTLE_EVERY, min(SETTLE_MOST, int(stored * SETTLE_SHARE)))


def collect_cycles() -> None:
    """Between chunks of a load: move what the chunk left out of the cyclic collector's sight.

    The resolver's state grows by every chunk and is long-lived; Python's automatic cyclic
    collector would rescan it again and again (30% of the writer's time at 10,000 documents),
    for very little cyclic garbage. So ``add_documents`` turns the automatic collector off and
    freezes the survivors here (``gc.freeze``). It no longer collects the young generations
    first: that scanned every object the chunk made (0.07 s a chunk) and found almost no cycles
    (0–140 objects a chunk of full plans, since LadybugDB's statement cache is not used for
    writes: ``graph.ladybug_store._Lookups.once``); the few frozen ones are collected with
    the rest once the load is over (``gc.unfreeze``)."""
    gc.freeze()


class GraphStore(ABC):
    """A resolved graph of loaded documents, kept on disk."""

    def __init__(self, announce: Callable[[str], None] | None = None, jobs: int = 1) -> None:
        # Told in one line before a rebuild (``sync``), which takes a while on a large store.
        self.announce = announce
        self._hashes: dict[str, str] | None = None  # file -> hash of its stored source
        self._resolver: Resolver | None = None
        # The stamp of the snapshot on disk when it describes ``_resolver`` (graph.snapshot).
        self._snapshot_stamp: str | None = None
        # The stamp of the snapshot's base file ``_resolver`` comes from, and what the store took in
        # since (file -> its fragment, or None: removed), while it is small enough for a delta file.
        self._base_stamp: str | None = None
        self._delta: dict[str, Fragment | None] | None = None
        self._unsettled = 0  # documents written since the last ``_settle``
        # Processes that rebuild the resolution state when a store is opened for writing (and the
        # graph, when it is out of step: given to the constructor, which may rebuild at once).
        self.jobs = jobs

    @property
    def out_of_step(self) -> bool:
        return self._dirty()

    # ------------------------------------------------------------ the interface

    def add_document(self, source: SourceDocument) -> bool:
        """Add or replace one document (by file). False when nothing changed."""
        return self.add_documents([source]) > 0

    def add_documents(self, sources: Iterable[SourceDocument | Prepared], progress: Callable[[Any], None] | None = None) -> int:
        """Add or replace documents; returns how many changed the store.

        ``sources`` are ``SourceDocument`` or ``Prepared`` (row and fragment made in a worker,
        see ``graph.prepared.iter_prepared``), or ``Unchanged`` (a file not read again). Written in chunks (see the module's docstring for
        what an interruption leaves). If the iteration itself is interrupted, the documents read
        so far are written first.
        """
        from vanban.graph.prepared import Prepared, Unchanged

        changed = 0
        pending: dict[str, Prepared] = {}
        hashes = self.hashes()
        contents: dict[str, str] | None = None  # read when the first document with a content key comes
        automatic_gc = gc.isenabled()
        gc.disable()  # see collect_cycles
        try:
            for s in sources:
                if isinstance(s, Unchanged):  # same bytes, same extractor as the stored row
                    pending.pop(s.file, None)
                    if progress:
                        progress(s)
                    continue
                p = s if isinstance(s, Prepared) else Prepared.of(s)
                if contents is None and p.row.content:
                    contents = self._load_contents()
                if hashes.get(p.file) != p.row.hash or (p.row.content and contents.get(p.file) != p.row.content):
                    pending[p.file] = p  # new or changed; or read by another extractor: its key is rewritten
                elif p.file in pending:
                    del pending[p.file]  # changed, then back to the stored version in one batch
                if progress:
                    progress(s)
                if len(pending) >= CHUNK:
                    chunk = list(pending.values())
                    pending.clear()
                    changed += self._write_chunk(chunk)
                    del chunk  # garbage now: collect_cycles would scan its fragments (objects by the 100,000)
                    collect_cycles()
            if pending:
                chunk = list(pending.values())
                pending.clear()
                changed += self._write_chunk(chunk)
        except BaseException:
            if pending:  # the iteration was interrupted: keep what was read
                self._write_chunk(list(pending.values()))
            raise
        finally:
            gc.unfreeze()
            if automatic_gc:
                gc.enable()
            if self._unsettled:
                self._settle()
        self._save_snapshot()
        return changed

    def remove_document(self, file: str) -> bool:
        """Remove one loaded document (by file name, or by its document key: every file that is
        that document), atomically."""
        files = [file] if file in self.hashes() else self.loaded_files(file)
        return bool(files) and bool(self.remove_documents(files).documents)

    def loaded_files(self, key: str) -> list[str]:
        """The stored files that are the loaded document ``key`` (usually one; none when it is
        not a loaded document)."""
        return sorted(self._ensure_resolver().units.get(key, ()))

    def same_documents(self, files: Iterable[str]) -> dict[str, list[str]]:
        """Document key -> its stored files, for each loaded document that one of ``files`` is and
        that more stored files are too (the same plan saved twice, a copy under another name): one
        node, whose fields come from one file, with the edges of every copy."""
        resolver = self._ensure_resolver()
        keys = {info.key for f in files if (info := resolver.files.get(f)) is not None}
        return {k: sorted(fs) for k in sorted(keys) if len(fs := resolver.units.get(k, ())) > 1}

    def remove_documents(self, files: Iterable[str], apply: bool = True) -> Removal:
        """Remove stored documents (by file), ``CHUNK`` at a time: each chunk's graph changes and
        dropped source rows are one transaction, so a document is removed whole or not at all, and
        an interruption leaves the documents of the chunk under way as they were. The graph is then
        exactly the one the remaining documents make (``graph.removal``). Files not stored are
        passed over. With ``apply`` False nothing is written: the ``Removal`` says what would go."""
        from vanban.graph.removal import Removal, describe, outcome

        resolver = self._ensure_resolver()
        files = [f for f in dict.fromkeys(files) if f in resolver.files]
        result = Removal(applied=apply)
        done: list[str] = []  # removed from the resolver's state only (not ``apply``)
        try:
            for i in range(0, len(files), CHUNK):
                chunk = files[i : i + CHUNK]
                removed = describe(resolver, chunk)
                diff = resolver.apply(removed=chunk)
                if apply:
                    self._apply(diff, drop=chunk)
                    self._note([], chunk)
                    hashes = self.hashes()
                    for f in chunk:
                        hashes.pop(f, None)
                else:
                    done += chunk
                outcome(resolver, removed)
                result.documents += removed
                result.count(diff)
            if done:  # put them back: the state is again the stored graph's
                resolver.apply([self._get_sources(done)[f] for f in done], collect=False)
        except BaseException:
            self._forget()
            raise
        if apply and files:
            self._settle()
            self._save_snapshot()
        return result

    def sync(self) -> None:
        """Bring the graph in step with the stored sources under the running rules: clear it, then
        write it again from the source rows, ``READ_CHUNK`` documents at a time, as a first load
        writes it (so with a load's memory: diffing the stored graph against a whole rebuilt one
        held both, 4.7 GB for 10,000 plans). The store stays marked out of step until the last
        chunk is written, so an interrupted sync is begun again on the next open for writing."""
        from vanban.graph.incremental import Resolver

        if self.announce:
            self.announce(f"bringing the store in step (a load was interrupted, or an earlier version of vanban wrote it): "
                          f"rebuilding its graph from its {len(self.hashes()):,} stored documents")
        self._resolver = None
        self._snapshot_stamp = self._base_stamp = self._delta = None
        self._clear_graph()
        resolver = Resolver(self._get_sources)
        try:
            for batch in self._stored_fragments():
                self._apply(resolver.apply(batch), drop=None, in_step=False)
                self._unsettled += len(batch)
                if self._unsettled >= SETTLE_EVERY:
                    self._settle()
            self._mark_in_step()
        except BaseException:
            self._forget()
            raise
        self._resolver = resolver
        self._settle()

    def sources(self) -> dict[str, SourceDocument]:
        """Every stored source, by file (reads them all: for small stores and tests)."""
        return {s.file: s for s in self.iter_sources()}

    def iter_sources(self) -> Iterator[SourceDocument]:
        """The stored sources, by file order, read in chunks."""
        files = sorted(self._source_files())
        for i in range(0, len(files), READ_CHUNK):
            got = self._get_sources(files[i : i + READ_CHUNK])
            yield from (got[f] for f in files[i : i + READ_CHUNK] if f in got)

    def contents(self) -> dict[str, str]:
        """file -> the content key of the bytes its stored row was read from (when known): what
        ``graph.prepared.iter_prepared`` needs to skip unchanged files."""
        return self._load_contents()

    def hashes(self) -> dict[str, str]:
        if self._hashes is None:
            self._hashes = self._load_hashes()
        return self._hashes

    def graph(self) -> nx.MultiDiGraph:
        """The whole resolved graph as the store holds it (read from the store: for small
        stores, the page and tests; the commands query the store instead)."""
        return self._read_graph()

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

    def _ensure_resolver(self) -> Resolver:
        """The resolution state of the stored sources: the snapshot kept beside the store when it
        names the stored state (``graph.snapshot``), else rebuilt from the source rows (every
        stored document's fragment, made on ``self.jobs`` processes)."""
        if self._resolver is None:
            from vanban.graph.incremental import Resolver

            if self._dirty():  # a failed chunk or other rules left the graph out of step: rebuild it
                self.sync()  # (which leaves the resolver it built)
            if self._resolver is None:
                resolver = self._load_snapshot()
                if resolver is None:
                    self._snapshot_stamp = self._base_stamp = self._delta = None
                    resolver = Resolver(self._get_sources)
                    for batch in self._stored_fragments():
                        resolver.apply(batch, collect=False)
                self._resolver = resolver
        return self._resolver

    def _snapshot_path(self) -> Path | None:
        """Where the resolver's state is kept between writes (``graph.snapshot``); None: nowhere."""
        return None

    def _stored_stamp(self) -> str | None:
        """The stamp of the stored state (``graph.snapshot.state_stamp``), from ``hashes()``: the
        rows' hashes as read once, then kept in step by each write that succeeded (a failed one
        forgets them: ``_forget``), while this process holds the store's write lock. Reading them
        again for the stamp read every row twice more a load (~1 s at 10,000 documents)."""
        from vanban.graph import snapshot

        return snapshot.state_stamp(self.hashes())

    def _load_snapshot(self) -> Resolver | None:
        """The resolver of the snapshot on disk (its base file, and its delta when there is one)
        when its stamp names the stored state, else None."""
        path = self._snapshot_path()
        if path is None or not path.is_file():
            return None
        from vanban.graph import snapshot

        stamp = self._stored_stamp()
        if stamp is None:
            return None
        resolver = None
        delta = snapshot.load_delta(snapshot.delta_path(path), stamp)
        if delta is not None:
            base, changed, removed = delta
            resolver = snapshot.load(path, base, self._get_sources)
            if resolver is not None:
                resolver.apply(list(changed.values()), removed, collect=False)
                self._base_stamp = base
                self._delta = {**dict.fromkeys(removed), **changed}
        if resolver is None:
            resolver = snapshot.load(path, stamp, self._get_sources)
            self._base_stamp = stamp if resolver is not None else None
            self._delta = {} if resolver is not None else None
        self._snapshot_stamp = stamp if resolver is not None else None
        return resolver

    def _note(self, changed: list[Fragment], removed: list[str]) -> None:
        """Keep what a chunk applied to the resolver for the snapshot's delta, while it is small."""
        if self._delta is None:
            return
        from vanban.graph import snapshot

        for f in removed:
            self._delta[f] = None
        for fr in changed:
            self._delta[fr.file] = fr
        if len(self._delta) > snapshot.delta_limit(len(self.hashes())):
            self._delta = None  # written whole at the end: no need to hold the fragments

    def _save_snapshot(self) -> None:
        """After a load or a removal: keep the resolver's state on disk, unless the snapshot there
        already describes it: as a delta beside its base while what the store took in since the
        base is small, else whole. Not inside a chunk: only a state whose graph is written and in
        step is kept. A failure to write it (a full disk) fails nothing: the next open rebuilds."""
        path = self._snapshot_path()
        if path is None or self._resolver is None or self._dirty():
            return
        from vanban.graph import snapshot

        stamp = self._stored_stamp()
        if stamp is None or stamp == self._snapshot_stamp:
            return
        delta = snapshot.delta_path(path)
        try:
            if self._delta is not None and self._base_stamp is not None:
                changed = {f: fr for f, fr in self._delta.items() if fr is not None}
                removed = {f for f, fr in self._delta.items() if fr is None}
                snapshot.save_delta(delta, stamp, self._base_stamp, changed, removed)
            else:
                snapshot.save(path, self._resolver, stamp)
                self._base_stamp, self._delta = stamp, {}
                delta.unlink(missing_ok=True)
        except OSError:
            return
        self._snapshot_stamp = stamp

    def _stored_fragments(self) -> Iterator[list[Fragment]]:
        """The fragments of the stored sources, ``READ_CHUNK`` at a time, by file order. Rows are
        read here (one process owns the database); unpacking, validating and assembling them runs
        on ``self.jobs`` worker processes, one chunk ahead of the caller."""
        from vanban.graph.prepared import fragment_of_row, fragments_of_rows

        files = sorted(self._source_files())
        parts = [files[i : i + READ_CHUNK] for i in range(0, len(files), READ_CHUNK)]
        if self.jobs <= 1 or len(parts) < 2:
            for part in parts:
                yield [fragment_of_row(d) for d in self._get_source_data(part).values()]
            return
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=self.jobs) as pool:
            def submit(part: list[str]):
                data = list(self._get_source_data(part).values())
                step = max(1, len(data) // (4 * self.jobs))
                return [pool.submit(fragments_of_rows, data[i : i + step]) for i in range(0, len(data), step)]

            pending = submit(parts[0])
            for nxt in [*parts[1:], None]:
                ahead = submit(nxt) if nxt is not None else []
                yield [f for fut in pending for f in fut.result()]
                pending = ahead

    def _forget(self) -> None:
        """After a failed or out-of-band write: state is re-read from the store when next needed."""
        self._resolver = None
        self._hashes = None
        self._snapshot_stamp = self._base_stamp = self._delta = None

    def _write_chunk(self, chunk: list[Prepared]) -> int:
        resolver = self._ensure_resolver()  # the state before the chunk's rows are written
        try:
            self._put_sources([p.row for p in chunk])
            fragments = [p.fragment() for p in chunk]
            diff = resolver.apply(fragments)
            self._apply(diff, drop=None)
            self._note(fragments, [])
        except BaseException:
            self._forget()
            raise
        hashes = self.hashes()
        for p in chunk:
            hashes[p.file] = p.row.hash
        self._unsettled += len(chunk)
        if self._unsettled >= settle_after(len(hashes)):
            self._settle()
        return len(chunk)

    def _settle(self) -> None:
        """After every ``SETTLE_EVERY`` documents written and at the end of a batch (e.g. a
        checkpoint of the write-ahead log); by default nothing."""
        self._unsettled = 0

    def _put_source(self, source: SourceDocument) -> None:
        """Write one source row and mark the graph out of step, in one transaction."""
        from vanban.graph.prepared import SourceRow

        self._put_sources([SourceRow(source)])
        self._forget()

    # ------------------------------------------------------------ primitives

    @abstractmethod
    def _load_hashes(self) -> dict[str, str]:
        """file -> hash of every stored source row."""

    @abstractmethod
    def _load_contents(self) -> dict[str, str]:
        """file -> content key of every stored source row that has one."""

    @abstractmethod
    def _source_files(self) -> list[str]: ...

    def _get_sources(self, files: list[str]) -> dict[str, SourceDocument]:
        """The stored sources of these files (absent files are left out)."""
        from vanban.graph.prepared import unpack_source

        return {f: unpack_source(d) for f, d in self._get_source_data(files).items()}

    @abstractmethod
    def _get_source_data(self, files: list[str]) -> dict[str, str]:
        """The stored data (``SourceRow.data``) of these files' rows (absent files are left out)."""

    @abstractmethod
    def _read_graph(self) -> nx.MultiDiGraph: ...

    @abstractmethod
    def _put_sources(self, rows: list[SourceRow]) -> None:
        """Write source rows and mark the graph out of step, in one transaction."""

    @abstractmethod
    def _dirty(self) -> bool:
        """True when the graph is out of step with the source rows (``marks_out_of_step``)."""

    @abstractmethod
    def _clear_graph(self) -> None:
        """Mark the store out of step, then delete every graph node and edge (not the source rows)."""

    @abstractmethod
    def _mark_in_step(self) -> None:
        """Clear the out-of-step mark and record the rules (``rules_id``) the graph was written under."""

    @abstractmethod
    def _apply(self, diff: GraphDiff, drop: list[str] | None, in_step: bool = True) -> None:
        """Apply the diff, delete the ``drop`` source rows and, when ``in_step``, clear the mark and
        record the rules (as ``_mark_in_step``): one transaction."""
