"""A document as the store takes it: its source row (what is written) and its fragment (what the
resolver indexes), made where the document is read.

Reading, extracting and assembling a document's fragment are pure and CPU-bound, so
``iter_prepared`` does all three in worker processes; the store's process only indexes fragments,
merges and writes. A fragment is plain data (see ``graph.incremental.Fragment``), cheap to send
back from a worker.
"""

from __future__ import annotations

import base64
import hashlib
import zlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from pydantic import TypeAdapter

from vanban.graph.build import SourceDocument, load_source, map_files
from vanban.graph.incremental import Fragment, fragment
from vanban.loaders.read import path_text
from vanban.loaders.records import LoadError, LoadFailure


# A source row's data: "z:" + base64 of the zlib-compressed JSON (level 1: ~0.15 ms for a 22 KB
# record, a quarter of the size, so the store writes and checkpoints less). Rows written before
# are plain JSON and still read.
PACKED_PREFIX = "z:"


def pack_source(json_bytes: bytes) -> str:
    """A source's JSON, compressed, as the text a row stores (``unpack_source`` reads it back)."""
    return PACKED_PREFIX + base64.b64encode(zlib.compress(json_bytes, 1)).decode("ascii")


# A source's JSON as bytes: model_dump_json's text, already encoded (it is made as bytes and
# model_dump_json decodes it, which the row then encoded twice, to pack and to hash).
_SOURCE_JSON = TypeAdapter(SourceDocument)


def unpack_source(data: str) -> SourceDocument:
    """A stored source row's data -> the source (packed or plain JSON)."""
    if data.startswith(PACKED_PREFIX):
        data = zlib.decompress(base64.b64decode(data[len(PACKED_PREFIX) :])).decode()
    return SourceDocument.model_validate_json(data)


@cache
def extractor_id() -> str:
    """A digest of the code that turns a file into its source row (``vanban.loaders`` and
    ``graph.build``): a stored row made from the same bytes by the same code needs no new reading."""
    import vanban.graph.build as build
    import vanban.loaders as loaders

    h = hashlib.blake2b(digest_size=16)
    for path in sorted(Path(loaders.__file__).parent.glob("*.py")) + [Path(build.__file__)]:
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def content_key(data: bytes) -> str:
    """The key of a file's bytes as read by this extractor (see ``extractor_id``)."""
    return hashlib.blake2b(extractor_id().encode() + data, digest_size=16).hexdigest()


class SourceRow:
    """A source as written: file, text digest, packed JSON data, the hash of the JSON, and the
    content key of the file it was read from ("" when not read from a file here)."""

    __slots__ = ("file", "digest", "data", "hash", "content")

    def __init__(self, source: SourceDocument, content: str = ""):
        self.file = source.file
        self.digest = source.digest
        raw = _SOURCE_JSON.dump_json(source)
        self.data = pack_source(raw)
        self.hash = hashlib.blake2b(raw, digest_size=16).hexdigest()
        self.content = content

    def as_dict(self) -> dict[str, str]:
        return {"file": self.file, "digest": self.digest, "data": self.data, "hash": self.hash, "content": self.content}


class Unchanged:
    """A file whose stored row was read from the same bytes by the same extractor: not read again."""

    __slots__ = ("file",)

    def __init__(self, file: str):
        self.file = file


class Prepared:
    """One document ready for a store: its row, and its fragment or the source to make it from
    (a fragment is only needed when the row's hash differs from the stored one)."""

    __slots__ = ("row", "_fragment", "_source")

    def __init__(self, row: SourceRow, fragment: Fragment | None = None, source: SourceDocument | None = None):
        if fragment is None and source is None:
            raise ValueError("a prepared document needs its fragment or its source")
        self.row = row
        self._fragment = fragment
        self._source = source

    @classmethod
    def of(cls, source: SourceDocument, with_fragment: bool = False) -> Prepared:
        return cls(SourceRow(source), fragment(source) if with_fragment else None, source)

    @property
    def file(self) -> str:
        return self.row.file

    def fragment(self) -> Fragment:
        if self._fragment is None:
            self._fragment = fragment(self._source)  # type: ignore[arg-type]
            self._source = None
        return self._fragment


def fragment_of_row(data: str) -> Fragment:
    """A stored source row's data -> its fragment (rebuilding the resolution state of a store)."""
    return fragment(unpack_source(data))


def fragments_of_rows(rows: list[str]) -> list[Fragment]:
    return [fragment_of_row(d) for d in rows]


def prepare_file(path, known: str | None = None) -> Prepared | Unchanged | LoadError:
    """Read, extract and assemble one file (in a worker); ``Unchanged`` when its content key is
    ``known`` (the stored row's); a file that cannot be read comes out as a ``LoadError``."""
    from vanban.loaders.read import read_document_bytes

    try:
        data = read_document_bytes(path)
    except LoadFailure as e:  # missing, unreadable, a device or pipe, too large
        return LoadError(file=str(path), reason=e.reason)
    content = content_key(data)
    if known and content == known:
        return Unchanged(path_text(Path(path).resolve()))
    try:
        source = load_source(path, data)
    except LoadFailure as e:
        return LoadError(file=str(path), reason=e.reason)
    return Prepared(SourceRow(source, content), fragment(source), None)


def _prepare_one(item: tuple) -> Prepared | Unchanged | LoadError:
    return prepare_file(*item)


def _prepare_many(items: list[tuple]) -> list[Prepared | Unchanged | LoadError]:
    return [prepare_file(*item) for item in items]


def iter_prepared(paths, jobs: int = 1, known: dict[str, str] | None = None) -> Iterator[Prepared | Unchanged | LoadError]:
    """``prepare_file`` over ``paths``, in the order given, on ``jobs`` processes, with a bounded
    number of results read ahead of the consumer (see ``graph.build.map_files``). ``known``: the
    store's content keys by file (``GraphStore.contents``), so unchanged files are not read again."""
    known = known or {}
    items = [(p, known.get(path_text(Path(p).resolve()))) for p in paths]
    return map_files(_prepare_one, _prepare_many, items, jobs)
