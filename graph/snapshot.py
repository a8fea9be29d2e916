"""The resolver's state kept on disk beside a store, so that opening a store for writing does not
rebuild it from every stored document (``GraphStore._ensure_resolver``: 411 s of CPU for a
one-file load into a store of 100,000 plans).

A snapshot is a file: a header line, the **stamp** of the stored state it describes, a checksum
of the payload, then the payload (a pickle, protocol 5, of the ``Resolver``'s attributes but its
``fetch`` callable). It is used only when its stamp equals the stamp of the store as opened:

- the stamp digests every stored source row, as (file, hash of its JSON): the resolver's state
  is a function of those rows and of the rules, so a document loaded, replaced or removed by any
  writer (this version, an older one that knows nothing of snapshots, a load interrupted between
  two chunks) changes it; a store with a row of unknown hash (written before hashes) has no stamp;
- and the rules (``graph.store.rules_id``, which covers this state's code), the snapshot format,
  and the Python and pydantic versions the pickle was made with.

A snapshot whose header, stamp or checksum does not match, or whose payload does not unpickle
into the attributes a ``Resolver`` has, is ignored (the state is rebuilt as without one, and
a new snapshot written after the load). Unpickling only makes the classes the state is made of
(``_Unpickler``): a store folder given by someone else cannot run code through it.

A small load does not rewrite the whole state (470 MB at 100,000 plans, 7 s of CPU to write and 6 to
read): beside the **base** file (the state at some stamp) a **delta** file holds what the store
took in since: the fragments of the files loaded (the last version of each) and the files removed,
under the stamp of the stored state, the stamp of the base it applies to and its own checksum. It
is read as the base resolver, then the delta applied to it as one batch (``Resolver.apply`` gives
the state of the stored rows whatever the batches: tests/test_incremental.py), and rewritten after
each load while small (``delta_limit``); past that the state is written as a new base and the delta
deleted. A delta whose stamp does not name the stored state, whose base is not the base file's
stamp, or that is damaged, is ignored: the base alone when it names the stored state, else a rebuild.

Only the LadybugDB store keeps one (``resolver.snapshot`` in its folder). A Neo4j store has no
folder beside it (the server may be elsewhere, written by other machines); the stamp would make a
local cache file safe, but none is kept yet: it rebuilds the state on each open for writing.
"""

from __future__ import annotations

import gc
import hashlib
import io
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

if TYPE_CHECKING:
    from vanban.graph.incremental import Fragment, Resolver

# The first line of a snapshot file; the number changes with the layout of the file.
MAGIC = b"vanban resolver snapshot 2\n"
# The first line of a delta file.
DELTA_MAGIC = b"vanban resolver delta 1\n"
# Files a delta holds at most: DELTA_SHARE of the files stored, and at least DELTA_LEAST. Applying
# a delta costs about what loading its files cost the resolver (~4 ms a plan), against ~0.06 ms a
# plan to read the base and as much to write it.
DELTA_SHARE = 0.01
DELTA_LEAST = 64
# Bytes read at a time to verify the checksum.
READ_BLOCK = 1 << 20


def state_stamp(hashes: dict[str, str]) -> str | None:
    """The stamp of a store whose source rows have these hashes (file -> hash of the row's JSON),
    under the running rules and versions; None when a row's hash is unknown ("")."""
    from pydantic import VERSION as PYDANTIC_VERSION

    from vanban.graph.store import rules_id

    h = hashlib.blake2b(digest_size=16)
    h.update(f"{MAGIC!r}\0{rules_id()}\0{sys.version_info[:2]}\0{PYDANTIC_VERSION}\0{len(hashes)}\n".encode())
    for file in sorted(hashes):
        digest = hashes[file]
        if not digest:
            return None
        # file names may hold lone surrogates (names that are not UTF-8, see loaders.read)
        h.update(file.encode("utf-8", "surrogatepass") + b"\0" + digest.encode("ascii") + b"\n")
    return h.hexdigest()


class _HashingWriter:
    """A binary file that also digests what is written to it."""

    def __init__(self, f: BinaryIO):
        self._f = f
        self.digest = hashlib.blake2b(digest_size=16)

    def write(self, data) -> int:
        self.digest.update(data)
        return self._f.write(data)


def _write(path: Path, head: bytes, payload: Any) -> int:
    """``head`` (lines), a checksum line, then ``payload`` pickled, to ``path`` atomically (a
    temporary file beside it, renamed over it); the file's size in bytes."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(head + b"0" * 32 + b"\n")
            writer = _HashingWriter(f)
            pickle.Pickler(writer, protocol=5).dump(payload)  # type: ignore[arg-type]
            f.seek(len(head))
            f.write(writer.digest.hexdigest().encode("ascii"))
            size = f.seek(0, io.SEEK_END)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return size


_UNREADABLE = (OSError, EOFError, ValueError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, IndexError,
               KeyError, MemoryError)


def _read(path: Path, head: bytes) -> Any:
    """The payload of a file ``_write`` wrote with ``head``, when its head is that and its payload
    whole; else ``_MISSING``."""
    try:
        with open(path, "rb") as f:
            header = f.read(len(head) + 33)  # then the checksum: 32 hex digits and a newline
            if header[: len(head)] != head or len(header) != len(head) + 33 or header[-1:] != b"\n":
                return _MISSING  # another store state, rules or layout
            checksum = header[-33:-1]
            start = f.tell()
            digest = hashlib.blake2b(digest_size=16)
            while block := f.read(READ_BLOCK):
                digest.update(block)
            if digest.hexdigest().encode("ascii") != checksum:
                return _MISSING  # cut short (a full disk, a power cut before the data reached it) or damaged
            f.seek(start)
            automatic_gc = gc.isenabled()
            gc.disable()  # millions of objects made at once: the collector would scan them again and again
            try:
                return _Unpickler(f).load()
            finally:
                if automatic_gc:
                    gc.enable()
    except _UNREADABLE:
        return _MISSING


_MISSING = object()


def save(path: Path, resolver: Resolver, stamp: str) -> int:
    """Write the resolver's state under ``stamp`` to ``path`` atomically; its size in bytes."""
    state = {name: value for name, value in vars(resolver).items() if name != "fetch"}
    return _write(path, MAGIC + stamp.encode("ascii") + b"\n", state)


def delta_path(path: Path) -> Path:
    """The delta file beside the base file ``path``."""
    return path.with_name(path.name + ".delta")


def delta_limit(files: int) -> int:
    """Files a delta may hold in a store of ``files`` files before the state is written whole."""
    return max(DELTA_LEAST, int(files * DELTA_SHARE))


def save_delta(path: Path, stamp: str, base: str, changed: dict[str, Fragment], removed: set[str]) -> int:
    """Write the delta from the base of stamp ``base`` to the state of stamp ``stamp``: the last
    fragment of each file loaded since, and the files removed since; its size in bytes."""
    head = DELTA_MAGIC + stamp.encode("ascii") + b"\n" + base.encode("ascii") + b"\n"
    return _write(path, head, {"changed": list(changed.values()), "removed": sorted(removed)})


def load_delta(path: Path, stamp: str) -> tuple[str, dict[str, Fragment], set[str]] | None:
    """The delta at ``path`` if its stamp is ``stamp`` and it is whole: (the stamp of its base, the
    fragments by file, the files removed); else None."""
    from vanban.graph.incremental import Fragment

    try:
        with open(path, "rb") as f:
            first = f.read(len(DELTA_MAGIC) + len(stamp) + 1 + 33)
    except OSError:
        return None
    head = DELTA_MAGIC + stamp.encode("ascii") + b"\n"
    base = first[len(head) : len(head) + 32]
    if not first.startswith(head) or len(base) != 32:
        return None
    payload = _read(path, head + base + b"\n")
    try:
        changed = {fr.file: fr for fr in payload["changed"]}
        removed = set(payload["removed"])
        if not all(isinstance(fr, Fragment) for fr in changed.values()) or not all(isinstance(f, str) for f in removed):
            return None
    except (TypeError, KeyError, AttributeError):
        return None
    return base.decode("ascii"), changed, removed


def load(path: Path, stamp: str, fetch: Callable[[list[str]], dict]) -> Resolver | None:
    """The resolver kept at ``path`` if its stamp is ``stamp`` and the file is whole; else None."""
    from vanban.graph.incremental import Resolver

    state = _read(path, MAGIC + stamp.encode("ascii") + b"\n")
    if state is _MISSING:
        return None
    resolver = Resolver(fetch)
    if not isinstance(state, dict) or set(state) != set(vars(resolver)) - {"fetch"}:
        return None  # made by another layout of the state
    vars(resolver).update(state)
    return resolver


def _allowed() -> dict[tuple[str, str], Any]:
    """The globals a snapshot may name: the containers and classes the resolver's state holds."""
    import collections

    from pydantic import BaseModel

    from vanban.graph import groups, incremental, org_tree, orgs, schema

    allowed: dict[tuple[str, str], Any] = {("collections", "defaultdict"): collections.defaultdict,
                                           ("builtins", "set"): set, ("builtins", "frozenset"): frozenset,
                                           ("builtins", "dict"): dict, ("builtins", "list"): list}
    for name in ("Proposals", "_FileInfo", "Fragment"):
        allowed["vanban.graph.incremental", name] = getattr(incremental, name)
    for module, name in ((org_tree, "OrgTree"), (groups, "Members"), (groups, "Group"), (orgs, "OrgInfo")):
        allowed[module.__name__, name] = getattr(module, name)
    for name, value in vars(schema).items():
        if isinstance(value, type) and issubclass(value, BaseModel) and value.__module__ == schema.__name__:
            allowed[schema.__name__, name] = value
    return allowed


class _Unpickler(pickle.Unpickler):
    """Unpickles only the globals of ``_allowed``."""

    _globals: dict[tuple[str, str], Any] | None = None

    def find_class(self, module: str, name: str) -> Any:
        if _Unpickler._globals is None:
            _Unpickler._globals = _allowed()
        got = _Unpickler._globals.get((module, name))
        if got is None:
            raise pickle.UnpicklingError(f"a resolver snapshot does not hold {module}.{name}")
        return got
