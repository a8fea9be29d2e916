"""Incremental resolution: the resolved graph kept in step batch by batch, with a diff the size
of the batch, identical to ``graph.build.build_graph`` over all sources (the reference; tested
with random batch splits and orders in tests/test_incremental.py).

Each source contributes a **fragment**: what ``assemble_source`` makes of it alone (node
proposals per key, tasks, edges, the instruments it follows). The resolved graph is the merge
of all fragments plus the global rules of ``graph.resolve``. A ``Resolver`` keeps, compactly and
in memory, only what re-resolving a key needs:

- per node key, its proposals (tuples of field values, by source order) -> the merged node;
- per document key ("unit"), the files asserting it, and the ids of the edges and tasks they
  gave (to delete them when the unit changes); edges themselves are not kept: a unit touched
  again is re-assembled from its sources (``fetch``), usually the changed documents themselves;
- per citing document, what it follows (for hierarchy-inferred IMPLEMENTS), and the index
  instrument -> citing documents;
- the groups of the global rules: (type, issuer) for placeholder matching, (type, number,
  symbol) for scoped references, issuer -> documents;
- the organization hierarchy (rule edges, bodies the rules add, MEMBER_OF): ``graph.org_tree``,
  extended from the bodies a batch adds, walked again only when bodies go or move.

``apply(changed, removed)`` re-resolves what the batch touches: the keys its old and new
fragments mention, the rule groups of the documents whose merged node changed, the citing
documents following them, and the units whose edges a placeholder merge redirects. It returns the
``GraphDiff`` to write.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from hashlib import blake2b
from itertools import repeat
from typing import Any, get_origin

from vanban.graph.build import Assembly, SourceDocument, assemble_source
from vanban.graph.org_tree import OrgTree
from vanban.graph.resolve import infer_hierarchy, is_uncertain, issued_after_citers, match_named_laws, match_placeholders, named_law_groups, scoped_candidates
from vanban.graph.schema import (
    EDGE_MODELS,
    DocumentNode,
    Edge,
    Evidence,
    OrganizationNode,
    SameAsCandidate,
    TaskNode,
    canonical_symbol,
    edge_id_raw,
    number_id,
)
from vanban.graph.diff import GraphDiff

DOC_FIELDS: tuple[str, ...] = tuple(DocumentNode.model_fields)
ORG_FIELDS: tuple[str, ...] = tuple(OrganizationNode.model_fields)
_DOC_DEFAULTS = {f: DocumentNode.model_fields[f].get_default(call_default_factory=True) for f in DOC_FIELDS if f not in ("key", "label")}
_ORG_DEFAULTS = {f: OrganizationNode.model_fields[f].get_default(call_default_factory=True) for f in ORG_FIELDS if f not in ("key", "label", "name")}

Order = tuple[str, str]  # (file, digest): the reference's order of sources
TASK_SEP = "\x1e"  # between task keys kept for a unit (a control character: never in a key)


# An edge as the diff writes it: (source, target, attrs with "type", "id" and "evidence" as a dict).
EdgeTriple = tuple[str, str, dict[str, Any]]
# What a citing document follows: (target, evidence start, end, quote, basis).
Follow = tuple[str, int | None, int | None, str | None, str]


@dataclass(slots=True)
class Fragment:
    """One source alone, under canonical keys."""

    file: str
    order: Order
    key: str  # the document's own key
    docs: dict[str, tuple[tuple, ...]]  # key -> proposals (DOC_FIELDS values, lists as tuples), in order
    orgs: dict[str, tuple[tuple, ...]]  # key -> proposals (ORG_FIELDS values)
    tasks: dict[str, dict[str, Any]]  # task key -> node attrs
    edges: list[EdgeTriple]
    follows: tuple[Follow, ...]
    cited: tuple[str, ...]  # keys this document CITES (distinct, sorted)


def fragment(src: SourceDocument) -> Fragment:
    """One source's fragment: plain data (tuples, dicts, strings), cheap to pickle, so it can be
    made in the worker process that extracted the source."""
    a = _PlainAssembly()
    assemble_source(a, src)
    (key,) = a.contexts
    return Fragment(
        file=src.file,
        order=(src.file, src.digest),
        key=key,
        docs={k: tuple(ps) for k, ps in a.docs.items()},
        orgs={k: tuple(ps) for k, ps in a.orgs.items()},
        tasks=a.tasks,  # type: ignore[arg-type]
        edges=a.edges,  # type: ignore[arg-type]
        follows=tuple((t, ev["start"], ev["end"], ev["quote"], b) for fs in a.follows.values() for t, ev, b in fs),
        cited=tuple(sorted({t for _, t, attrs in a.edges if attrs["type"] == "CITES"})),  # type: ignore[misc]
    )


def _field_defaults(model: type) -> dict[str, Any]:
    """A model's fields (in order) with their defaults; None for required ones (always given)."""
    return {f: info.get_default(call_default_factory=True) for f, info in model.model_fields.items()}


def _list_fields(model: type) -> tuple[int, ...]:
    """The places (in field order) of a model's list fields: the only fields a proposal is given lists for
    (the others are strings, numbers, booleans or None, as the model validates them)."""
    return tuple(i for i, info in enumerate(model.model_fields.values()) if get_origin(info.annotation) is list)


_DOC_FIELD_DEFAULTS = _field_defaults(DocumentNode)
_ORG_FIELD_DEFAULTS = _field_defaults(OrganizationNode)
_DOC_LIST_FIELDS = _list_fields(DocumentNode)
_ORG_LIST_FIELDS = _list_fields(OrganizationNode)
_TASK_FIELD_DEFAULTS = _field_defaults(TaskNode)
# Per edge type: its attrs as ``_edge_attrs`` gives them (no source and target), with defaults.
_EDGE_FIELD_DEFAULTS = {
    t: {f: v for f, v in _field_defaults(m).items() if f not in ("source", "target")} for t, m in EDGE_MODELS.items()
}


def _proposal(defaults: dict[str, Any], list_fields: tuple[int, ...], fields: dict[str, Any]) -> tuple:
    """A node proposal: the field values of the node the model would make of ``fields``, in
    field order, list fields (at ``list_fields``) as tuples (so the proposal is hashable and shareable).
    Only those are looked at: a generator over every field cost a Python step per field."""
    values = [*{**defaults, **fields}.values()]
    for i in list_fields:
        if values[i].__class__ is list:
            values[i] = tuple(values[i])
    return tuple(values)


class _PlainAssembly(Assembly):
    """``assemble_source`` into the fragment's plain data: node proposals as ``_proposal`` tuples,
    tasks as attrs dicts, edges as ``_edge_triple`` triples, evidence as dicts. The same values the
    models would hold (``fragment`` is compared with ``build_graph`` in tests/test_incremental.py):
    the inputs are fields of validated records and keys made here, so validating them again
    only cost time."""

    def evidence(self, source=None, start=None, end=None, quote=None) -> dict[str, Any]:  # type: ignore[override]
        return {"source": source, "start": start, "end": end, "quote": quote}

    def add_doc(self, **fields) -> None:
        self.docs[fields["key"]].append(_proposal(_DOC_FIELD_DEFAULTS, _DOC_LIST_FIELDS, fields))  # type: ignore[arg-type]

    def add_org(self, **fields) -> None:
        self.orgs[fields["key"]].append(_proposal(_ORG_FIELD_DEFAULTS, _ORG_LIST_FIELDS, fields))  # type: ignore[arg-type]

    def add_task(self, **fields) -> None:
        self.tasks[fields["key"]] = {"kind": "Task", **_TASK_FIELD_DEFAULTS, **fields}  # type: ignore[assignment]

    def add_edge(self, model: type[Edge], source: str, target: str, evidence: dict, **fields) -> None:  # type: ignore[override]
        # each edge its own evidence dict, as _edge_attrs gives
        attrs = {**_EDGE_FIELD_DEFAULTS[model.type], **fields, "evidence": {**evidence}, "type": model.type}
        attrs["id"] = _triple_id(source, target, attrs)
        self.edges.append((source, target, attrs))  # type: ignore[arg-type]


def _triple_id(source: str, target: str, attrs: dict[str, Any]) -> str:
    """``schema.edge_id`` of an edge kept as a triple (``Edge.discriminator`` read from attrs)."""
    type_ = attrs["type"]
    ev = attrs["evidence"]
    disc = f"{attrs['deadline']}|{attrs['recurrence']}" if type_ == "REPORTS_TO" else (attrs.get("basis") or "")
    raw = "\x1f".join([type_, source, target, ev["source"] or "", str(ev["start"]), ev["quote"] or "", disc])
    return edge_id_raw(type_, raw)


def _redirect_triple(e: EdgeTriple, mapping: dict[str, str]) -> EdgeTriple:
    """``resolve._redirect`` on a triple: endpoints through placeholder merges, id recomputed."""
    s, t, attrs = e
    s2, t2 = mapping.get(s, s), mapping.get(t, t)
    if s2 == s and t2 == t:
        return e
    return (s2, t2, {**attrs, "id": _triple_id(s2, t2, attrs)})


@dataclass(slots=True)
class _FileInfo:
    order: Order
    key: str
    doc_keys: tuple[str, ...]
    org_keys: tuple[str, ...]
    cited: tuple[str, ...]
    follows: tuple[Follow, ...]


# ---------------------------------------------------------------- merging proposals (as graph.resolve)


class Proposals:
    """The proposals of one node key, by source order, with a tally of the distinct proposals, so
    that merging costs the number of distinct proposals, not of proposals (a central directive is
    proposed by every document citing it, in a handful of spellings; the fragments' equal proposals
    are one tuple, ``Resolver._index``). Merges as ``graph.resolve.merge_documents``/``merge_orgs``:
    a loaded document wins (first by file); otherwise each field takes its most frequent non-empty
    value (ties: the smallest as text), list fields their sorted union.

    Tallies per field value, kept up to date by every ``add`` and ``remove``, cost a dict update
    per field of every proposal (~20 for a document, 9 for a body) and were most of indexing a
    fragment; they are now counted in ``merged`` over the distinct proposals only (about 60% of
    the proposals of a load of plans: most bodies are named the same way by each document)."""

    __slots__ = ("by_order", "tally", "loaded", "first")

    def __init__(self) -> None:
        self.by_order: dict[Order, tuple[tuple, ...]] = {}
        self.tally: dict[tuple, int] = {}  # distinct proposal -> how many proposals are it
        self.loaded: dict[Order, list[tuple]] | None = None  # documents only: the "loaded" proposals
        self.first: Order | None = None  # the smallest order (its first proposal gives the context)

    def __bool__(self) -> bool:
        return bool(self.by_order)

    def __len__(self) -> int:
        return len(self.by_order)

    def add(self, order: Order, props: tuple[tuple, ...], status_at: int | None = None) -> None:
        self.by_order[order] = props
        if self.first is None or order < self.first:
            self.first = order
        t = self.tally
        for p in props:
            t[p] = t.get(p, 0) + 1
            if status_at is not None and p[status_at] == "loaded":
                if self.loaded is None:
                    self.loaded = {}
                self.loaded.setdefault(order, []).append(p)

    def remove(self, order: Order) -> None:
        props = self.by_order.pop(order, None)
        if props is None:
            return
        if self.loaded:
            self.loaded.pop(order, None)
        t = self.tally
        for p in props:
            n = t[p] - 1
            if n:
                t[p] = n
            else:
                del t[p]
        if order == self.first:
            self.first = min(self.by_order) if self.by_order else None

    def first_proposal(self) -> tuple:
        return self.by_order[self.first][0]  # type: ignore[index]

    def has(self, i: int, value: Any) -> bool:
        """Whether some proposal's field ``i`` is ``value``."""
        return any(p[i] == value for p in self.tally)

    def values(self, i: int) -> set:
        """The distinct elements of list field ``i``."""
        return {x for p in self.tally for x in p[i] or ()}

    def merged(self, fields: tuple[str, ...], list_fields: frozenset[str], exclude: tuple[str, ...] = ()) -> dict[str, Any]:
        scalars, lists = _field_places(fields, list_fields)
        tally = self.tally
        out: dict[str, Any] = {}
        if len(tally) == 1:  # one distinct proposal (most keys): its non-empty values
            (p,) = tally
            for i in scalars:
                v = p[i]
                if v is not None and v != "":
                    out[fields[i]] = v
            for i in lists:
                if p[i]:
                    out[fields[i]] = sorted(set(p[i]))
        else:
            # Per field (a column of the distinct proposals), the value all of them give, else the
            # count of each non-empty value, then one pass keeping the best (count, value) so
            # far: the first value of the highest count and, among those, the smallest as text
            # (as ``min(key=str)`` over the values). Most fields of a body's few spellings agree
            # (its roles differ): ``tuple.count`` tells so without a Python step per proposal.
            columns = list(zip(*tally))
            weights = tuple(tally.values())
            for i in scalars:
                column = columns[i]
                v = column[0]
                if column.count(v) == len(column):
                    if v is not None and v != "":
                        out[fields[i]] = v
                    continue
                counts: dict[Any, int] = {}
                for v, n in zip(column, weights):
                    if v is not None and v != "":
                        counts[v] = counts.get(v, 0) + n
                if not counts:
                    continue
                bn, bv, bs = -1, None, ""
                for v, n in counts.items():
                    if n > bn:
                        bn, bv, bs = n, v, str(v)
                    elif n == bn:
                        s = str(v)
                        if s < bs:
                            bn, bv, bs = n, v, s
                out[fields[i]] = bv
            for i in lists:
                elements = {x for p in tally for x in p[i] or ()}
                if elements:
                    out[fields[i]] = sorted(elements)
        for f in exclude:
            out.pop(f, None)
        return out


_FIELD_PLACES: dict[tuple, tuple[tuple[int, ...], tuple[int, ...]]] = {}


def _field_places(fields: tuple[str, ...], list_fields: frozenset[str]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The places of a model's scalar fields and of its list fields (``list_fields``)."""
    got = _FIELD_PLACES.get((fields, list_fields))
    if got is None:
        got = _FIELD_PLACES[fields, list_fields] = (tuple(i for i, f in enumerate(fields) if f not in list_fields),
                                                    tuple(i for i, f in enumerate(fields) if f in list_fields))
    return got


_DOC_LISTS = frozenset({"surfaces"})
_ORG_LISTS = frozenset({"roles", "aliases"})
_STATUS = DOC_FIELDS.index("status")
_FILE = DOC_FIELDS.index("file")
_SURFACES = DOC_FIELDS.index("surfaces")
_DEFUNCT = ORG_FIELDS.index("defunct")
_PROVINCE = ORG_FIELDS.index("province")
_DISTRICT = ORG_FIELDS.index("district")


def merge_doc(props: Proposals) -> dict[str, Any]:
    """``resolve.merge_documents`` on a key's proposals -> node attrs."""
    loaded = [p for o in sorted(props.loaded) for p in props.loaded[o]] if props.loaded else None
    surfaces = sorted(props.values(_SURFACES))
    if loaded:
        data = dict(zip(DOC_FIELDS, min(loaded, key=lambda p: p[_FILE] or "")))
    else:
        data = props.merged(DOC_FIELDS, _DOC_LISTS, ("surfaces",))
        data["status"] = "cited" if props.has(_STATUS, "cited") else "placeholder"
    data["surfaces"] = surfaces
    return {"kind": "Document", **{f: data.get(f, _DOC_DEFAULTS.get(f)) for f in DOC_FIELDS}}


def merge_org(props: Proposals) -> dict[str, Any]:
    data = props.merged(ORG_FIELDS, _ORG_LISTS)
    data["defunct"] = props.has(_DEFUNCT, True)
    return {"kind": "Organization", **{f: data.get(f, _ORG_DEFAULTS.get(f)) for f in ORG_FIELDS}}


class _View:
    """Attribute access to a node's attrs dict: what resolve's rules read (d.issuer, d.year…)."""

    __slots__ = ("_d",)

    def __init__(self, d: dict[str, Any]):
        self._d = d

    def __getattr__(self, name: str) -> Any:
        try:
            return self._d[name]
        except KeyError:
            raise AttributeError(name) from None


class _Docs:
    """A read-only mapping key -> node view over attrs dicts (for resolve's rules)."""

    def __init__(self, attrs: dict[str, dict]):
        self._a = attrs

    def __contains__(self, key: object) -> bool:
        return key in self._a

    def __getitem__(self, key: str) -> _View:
        return _View(self._a[key])


class _Orgs:
    def __init__(self, attrs: dict[str, dict]):
        self._a = attrs

    def get(self, key: str | None):
        a = self._a.get(key) if key is not None else None
        return _View(a) if a else None


def _ph_group(d: dict | None) -> tuple | None:
    if d and d["issuer"] and d["status"] in ("placeholder", "loaded"):
        return (d["doc_type"], d["issuer"])
    return None


def _law_groups(k: str, d: dict | None) -> tuple[tuple, ...]:
    return named_law_groups(k, _View(d)) if d and d["doc_type"] else ()  # type: ignore[arg-type]


def _ns_group(d: dict | None) -> tuple | None:
    if d and d["number"]:
        return (d["doc_type"], number_id(d["number"]), canonical_symbol(d["symbol"]))
    return None


_EDGE_TYPES: tuple[str, ...] = tuple(sorted(EDGE_MODELS))
_EDGE_TYPE_CODE = {t: i for i, t in enumerate(_EDGE_TYPES)}
_EDGE_TYPE_HEX = {t: f"{i:02x}" for t, i in _EDGE_TYPE_CODE.items()}


def pack_edge_ids(ids) -> bytes:
    """Edge ids ("CITES:<20 hex>", see ``schema.edge_id``) packed 11 bytes each: a unit keeps
    the ids of its edges (~50 a document) to delete them when it changes."""
    # one hex string for them all, decoded once (a bytearray grown id by id cost 1.7x as much)
    return bytes.fromhex("".join([_EDGE_TYPE_HEX[t] + h for t, _, h in map(str.partition, ids, repeat(":"))]))


def unpack_edge_ids(packed: bytes) -> list[str]:
    return [f"{_EDGE_TYPES[packed[i]]}:{packed[i + 1 : i + 11].hex()}" for i in range(0, len(packed), 11)]


def _changed_fields(old: dict[str, Any], new: dict[str, Any]) -> tuple[str, ...]:
    """The fields of a node whose value differs between two versions of its attrs."""
    return tuple(f for f, v in new.items() if f not in old or old[f] != v)


def _edge_type(id_: str) -> str:
    """An edge's type from its id ("IMPLEMENTS:…", see schema.edge_id)."""
    return id_.partition(":")[0]


def _attrs_hash(e: Edge) -> int:
    """A digest of an edge's attrs, the same in every process: the resolver's state is kept on disk
    (``graph.snapshot``), and ``hash`` of a string differs from one process to the next."""
    text = repr(sorted(_edge_attrs(e).items()))
    return int.from_bytes(blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


def _edge_attrs(e: Edge) -> dict[str, Any]:
    """``e.attrs()`` without pydantic's serializer (the same dict: fields are plain values)."""
    d = dict(e.__dict__)
    del d["source"], d["target"]
    d["evidence"] = dict(e.evidence.__dict__)
    d["type"] = e.type
    return d


def _edge_triple(e: Edge) -> tuple[str, str, dict[str, Any]]:
    return (e.source, e.target, _edge_attrs(e))


# ---------------------------------------------------------------- the resolver


class Resolver:
    """The resolution state of a set of sources. ``fetch(files)`` returns stored sources by file
    (needed when a batch re-touches a unit whose sources are not in the batch)."""

    def __init__(self, fetch: Callable[[list[str]], dict[str, SourceDocument]]):
        self.fetch = fetch
        self.files: dict[str, _FileInfo] = {}
        self.units: dict[str, set[str]] = defaultdict(set)  # document key -> files
        self.doc_props: dict[str, Proposals] = defaultdict(Proposals)
        self.org_props: dict[str, Proposals] = defaultdict(Proposals)
        self.cited_by: dict[str, dict[str, str]] = defaultdict(dict)  # key -> file -> citing key
        self.followers: dict[str, dict[str, int]] = defaultdict(dict)  # target -> citing key -> count
        self.docs: dict[str, dict] = {}  # merged from proposals (before placeholder merges)
        self.final_docs: dict[str, dict] = {}
        self.org_named: dict[str, dict] = {}
        self.org_ctx: dict[str, tuple] = {}
        self.org_names: list[str] = []  # the keys of org_ctx, sorted (for hierarchy)
        self.tree = OrgTree()  # the hierarchy above the named bodies: bodies made, rule edges
        self.final_orgs: dict[str, dict] = {}
        self.ph_groups: dict[tuple, set[str]] = defaultdict(set)
        self.law_groups: dict[tuple, set[str]] = defaultdict(set)  # (type, name) -> laws (resolve.named_law_groups)
        self.ns_groups: dict[tuple, set[str]] = defaultdict(set)
        self.ns_scoped: dict[tuple, set[str]] = defaultdict(set)  # the scoped references of each group
        self.by_issuer: dict[str, set[str]] = defaultdict(set)
        self.merges: dict[str, str] = {}
        self.merged_into: dict[str, set[str]] = defaultdict(set)
        self.ph_cands: dict[str, list[tuple[str, str, str]]] = {}
        self.sc_cands: dict[str, list[tuple[str, str, str]]] = {}
        self.same_as: dict[str, dict[str, int]] = {}  # reference -> edge id -> hash of its attrs
        self.hier: dict[str, dict[str, int]] = {}  # citing document -> edge id -> hash of its attrs
        self.unit_edges: dict[str, bytes] = {}  # unit -> its edge ids, packed (pack_edge_ids)
        self.unit_tasks: dict[str, str] = {}  # unit -> its task keys, joined by TASK_SEP
        self._shared: dict[tuple, tuple] = {}  # equal proposals of different documents: one tuple

    def __len__(self) -> int:
        return len(self.files)

    # ------------------------------------------------------------ indexing fragments

    def _unindex(self, file: str, old: _FileInfo, dirty_docs: set, dirty_orgs: set) -> None:
        for k in old.doc_keys:
            props = self.doc_props[k]
            props.remove(old.order)
            if not props:
                del self.doc_props[k]
            dirty_docs.add(k)
        for k in old.org_keys:
            props = self.org_props[k]
            props.remove(old.order)
            if not props:
                del self.org_props[k]
            dirty_orgs.add(k)
        for k in old.cited:
            cb = self.cited_by[k]
            cb.pop(file, None)
            if not cb:
                del self.cited_by[k]
        for t, *_ in old.follows:
            f = self.followers[t]
            f[old.key] -= 1
            if not f[old.key]:
                del f[old.key]
            if not f:
                del self.followers[t]
        files = self.units[old.key]
        files.discard(file)
        if not files:
            del self.units[old.key]

    def _index(self, fr: Fragment, dirty_docs: set, dirty_orgs: set) -> None:
        share = self._shared.setdefault
        for k, ps in fr.docs.items():
            if k != fr.key:  # the document's own proposal is its alone; cited ones repeat
                ps = tuple(share(p, p) for p in ps)
                ps = share(ps, ps)
            self.doc_props[k].add(fr.order, ps, _STATUS)
            dirty_docs.add(k)
        for k, ps in fr.orgs.items():
            ps = tuple(share(p, p) for p in ps)
            self.org_props[k].add(fr.order, share(ps, ps))
            dirty_orgs.add(k)
        for k in fr.cited:
            self.cited_by[k][fr.file] = fr.key
        for t, *_ in fr.follows:
            f = self.followers[t]
            f[fr.key] = f.get(fr.key, 0) + 1
        self.units[fr.key].add(fr.file)
        self.files[fr.file] = _FileInfo(fr.order, fr.key, tuple(fr.docs), tuple(fr.orgs), fr.cited, fr.follows)

    # ------------------------------------------------------------ one batch

    def apply(self, changed: Iterable[SourceDocument | Fragment] = (), removed: Iterable[str] = (), collect: bool = True) -> GraphDiff:
        """Re-resolve after ``changed`` sources or their fragments (new or replaced, by file) and
        ``removed`` files."""
        frags = {f.file: f for f in (s if isinstance(s, Fragment) else fragment(s) for s in changed)}
        gone = [f for f in removed if f in self.files and f not in frags]
        dirty_docs: set[str] = set()
        dirty_orgs: set[str] = set()
        dirty_units: set[str] = set()
        for file in [*gone, *frags]:
            old = self.files.pop(file, None)
            if old is not None:
                self._unindex(file, old, dirty_docs, dirty_orgs)
                dirty_units.add(old.key)
        for fr in frags.values():
            self._index(fr, dirty_docs, dirty_orgs)
            dirty_units.add(fr.key)
        diff = GraphDiff(stored=set(), changed={})

        # 1. merged documents of the keys the batch mentions
        changed_docs: set[str] = set()
        ph_affected: set[tuple] = set()
        law_affected: set[tuple] = set()
        ns_affected: set[tuple] = set()
        for k in dirty_docs:
            old = self.docs.get(k)
            new = merge_doc(self.doc_props[k]) if k in self.doc_props else None
            if old == new:
                continue
            changed_docs.add(k)
            for d, add in ((old, False), (new, True)):
                g, n = _ph_group(d), _ns_group(d)
                if g:
                    ph_affected.add(g)
                    (self.ph_groups[g].add if add else self.ph_groups[g].discard)(k)
                for lg in _law_groups(k, d):
                    law_affected.add(lg)
                    (self.law_groups[lg].add if add else self.law_groups[lg].discard)(k)
                if n:
                    ns_affected.add(n)
                    (self.ns_groups[n].add if add else self.ns_groups[n].discard)(k)
                    if is_uncertain(k, d["issuer"]):  # type: ignore[index]
                        (self.ns_scoped[n].add if add else self.ns_scoped[n].discard)(k)
                if d and d["issuer"]:
                    (self.by_issuer[d["issuer"]].add if add else self.by_issuer[d["issuer"]].discard)(k)
            if new is None:
                del self.docs[k]
            else:
                self.docs[k] = new

        # 2. placeholders -> loaded documents, in the affected (type, issuer) groups, and laws named
        # alone -> the numbered laws of their name, in the affected (type, name) groups. Every
        # group of a member of a group re-matched is re-matched too, so that each key's merge and
        # candidates come from all its groups, as in the reference (a placeholder merge wins).
        ph_pool = set(changed_docs)
        ph_merges: dict[str, str] = {}
        law_merges: dict[str, str] = {}
        new_ph_cands: dict[str, list] = defaultdict(list)
        ph_done: set[tuple] = set()
        law_done: set[tuple] = set()
        while ph_affected or law_affected:
            for g in ph_affected - ph_done:
                ph_done.add(g)
                members = self.ph_groups.get(g)
                if not members:
                    self.ph_groups.pop(g, None)
                    continue
                ph_pool |= members
                merges, cands = match_placeholders({k: _View(self.docs[k]) for k in members})  # type: ignore[arg-type]
                ph_merges.update(merges)
                for c in cands:
                    new_ph_cands[c[0]].append(c)
                law_affected.update(lg for k in members for lg in _law_groups(k, self.docs[k]))
            for g in law_affected - law_done:
                law_done.add(g)
                members = self.law_groups.get(g)
                if not members:
                    self.law_groups.pop(g, None)
                    continue
                ph_pool |= members
                merges, cands = match_named_laws({k: _View(self.docs[k]) for k in members})  # type: ignore[arg-type]
                law_merges.update(merges)
                for c in cands:
                    new_ph_cands[c[0]].append(c)
                ph_affected.update(pg for k in members if (pg := _ph_group(self.docs[k])))
            ph_affected -= ph_done
            law_affected -= law_done
        new_merges = {**law_merges, **ph_merges}
        merges_changed: set[str] = set()
        redirect_targets: set[str] = set()
        for p in ph_pool:
            old_t, new_t = self.merges.get(p), new_merges.get(p)
            if old_t != new_t:
                merges_changed.add(p)
                if old_t:
                    self.merged_into[old_t].discard(p)
                    if not self.merged_into[old_t]:
                        del self.merged_into[old_t]
                    redirect_targets.add(old_t)
                    del self.merges[p]
                if new_t:
                    self.merged_into[new_t].add(p)
                    self.merges[p] = new_t
                    redirect_targets.add(new_t)
            if new_ph_cands.get(p):
                self.ph_cands[p] = new_ph_cands[p]
            else:
                self.ph_cands.pop(p, None)

        # 3. scoped references -> identified instruments, in the affected (type, number, symbol) groups
        sc_pool = set(changed_docs)
        new_sc: dict[str, list] = defaultdict(list)
        for g in ns_affected:
            members = self.ns_groups.get(g)
            if not members:
                self.ns_groups.pop(g, None)
                continue
            scoped = self.ns_scoped.get(g)
            if not scoped:  # candidates belong to scoped references: none in this group
                self.ns_scoped.pop(g, None)
                continue
            sc_pool |= scoped
            for c in scoped_candidates({k: _View(self.docs[k]) for k in members}):  # type: ignore[arg-type]
                new_sc[c[0]].append(c)
        for s in sc_pool:
            if new_sc.get(s):
                self.sc_cands[s] = new_sc[s]
            else:
                self.sc_cands.pop(s, None)

        # 4. final documents (placeholders merged away, their surfaces on the target)
        touched = changed_docs | merges_changed | redirect_targets
        touched |= {self.merges[p] for p in changed_docs if p in self.merges}
        final_changed: set[str] = set()
        for k in touched:
            new = self._final_doc(k)
            old = self.final_docs.get(k)
            if new == old:
                continue
            final_changed.add(k)
            if new is None:
                del self.final_docs[k]
                if collect:
                    diff.delete_nodes.append(("Document", k))
            else:
                self.final_docs[k] = new
                if collect:
                    diff.upsert_nodes.append(new)
                    if old is not None:
                        diff.stored.add(("Document", k))  # type: ignore[union-attr]
                        diff.changed[("Document", k)] = _changed_fields(old, new)  # type: ignore[index]

        # 5. organizations: merged proposals, then the hierarchy the rules add above them
        orgs_changed: set[str] = set()
        if dirty_orgs:
            added: list[str] = []
            moved: list[str] = []
            gone: set[str] = set()
            for k in dirty_orgs:
                if k in self.org_props:
                    props = self.org_props[k]
                    self.org_named[k] = merge_org(props)
                    first = props.first_proposal()
                    ctx = (first[_PROVINCE], first[_DISTRICT])
                    old_ctx = self.org_ctx.get(k)
                    if old_ctx is None:
                        added.append(k)
                    elif old_ctx != ctx:
                        moved.append(k)
                    self.org_ctx[k] = ctx
                else:
                    self.org_named.pop(k, None)
                    if self.org_ctx.pop(k, None) is not None:
                        gone.add(k)
            # Kept sorted by merging in the batch's new keys: sorting them all again cost as much
            # as the rest of hierarchy, and grew with the store.
            if gone:
                self.org_names = [k for k in self.org_names if k not in gone]
            if added:
                self.org_names += sorted(added)
                self.org_names.sort()  # two sorted runs: one merge
            if added or moved or gone:
                made_changed, deleted_rules, added_rules = self.tree.update(self.org_ctx, self.org_names, added, moved, bool(gone))
            else:  # the same bodies in the same contexts: the same hierarchy
                made_changed, deleted_rules, added_rules = set(), [], []
            made = self.tree.made
            if collect:
                diff.delete_edges.extend((e.type, e.id) for e in deleted_rules)
            for k in set(dirty_orgs) | made_changed:
                new = self.org_named.get(k) or (made[k].attrs() if k in made else None)
                old = self.final_orgs.get(k)
                if new == old:
                    continue
                orgs_changed.add(k)
                if new is None:
                    del self.final_orgs[k]
                    if collect:
                        diff.delete_nodes.append(("Organization", k))
                else:
                    self.final_orgs[k] = new
                    if collect:
                        diff.upsert_nodes.append(new)
                        if old is not None:
                            diff.stored.add(("Organization", k))  # type: ignore[union-attr]
                            diff.changed[("Organization", k)] = _changed_fields(old, new)  # type: ignore[index]
        else:
            added_rules = []

        # 6. units: the edges and tasks of each document, redirected through placeholder merges
        units = set(dirty_units)
        for p in merges_changed:
            for order in self.doc_props[p].by_order if p in self.doc_props else ():
                units.add(self.files[order[0]].key)
        self._recompute_units(units, frags, diff, collect)
        if collect:
            diff.create_edges.extend(_edge_triple(e) for e in added_rules)

        # 7. SAME_AS_CANDIDATE of the references whose candidates or citers may have changed
        pool = ph_pool | sc_pool | dirty_docs | redirect_targets
        pool |= {self.merges[p] for p in dirty_docs if p in self.merges}
        for s in pool:
            cands = self.ph_cands.get(s, []) + self.sc_cands.get(s, [])
            new: dict[str, Edge] = {}
            if cands:
                citers = set(self.cited_by.get(s, {}).values())
                for p in self.merged_into.get(s, ()):
                    citers |= set(self.cited_by.get(p, {}).values())
                citing = min(citers) if citers else None
                citer_years = [self.final_docs[c].get("year") if c in self.final_docs else None for c in citers]
                for s_, t, why in cands:
                    if t in self.final_docs and issued_after_citers(self.final_docs[t].get("year"), citer_years):
                        continue
                    e = SameAsCandidate(source=s_, target=t, basis=why, evidence=Evidence(source=citing, quote=why))
                    new[e.id] = e
            self._replace(self.same_as, s, new, diff, collect)

        # 8. IMPLEMENTS inferred from the issuers' hierarchy, for the citing documents affected
        keys = final_changed | merges_changed
        keys |= {p for t in final_changed for p in self.merged_into.get(t, ())}
        for o in orgs_changed:
            for d in self.by_issuer.get(o, ()):
                keys.add(d)
                keys |= self.merged_into.get(d, set())
        citing = set(dirty_units)
        for t in keys:
            citing.update(self.followers.get(t, ()))
        docs_view, orgs_view = _Docs(self.final_docs), _Orgs(self.final_orgs)
        for c in citing:
            follows = [f for file in sorted(self.units.get(c, ()), key=lambda f: self.files[f].order) for f in self.files[file].follows]
            new = {}
            if follows:
                redirected = [(self.merges.get(t, t), Evidence.model_construct(source=c, start=st, end=en, quote=q), b)
                              for t, st, en, q, b in follows]
                for e in infer_hierarchy({c: redirected}, docs_view, orgs_view):  # type: ignore[arg-type]
                    if e.source != e.target:
                        new[e.id] = e
            self._replace(self.hier, c, new, diff, collect)
        return diff

    def _final_doc(self, k: str) -> dict | None:
        d = self.docs.get(k)
        if d is None or k in self.merges:
            return None
        merged = self.merged_into.get(k)
        if merged:
            surfaces = set(d["surfaces"])
            for p in merged:
                surfaces.update(self.docs[p]["surfaces"])
            d = {**d, "surfaces": sorted(surfaces)}
        return d

    @staticmethod
    def _replace(table: dict[str, dict[str, int]], k: str, new: dict[str, Edge], diff: GraphDiff, collect: bool) -> None:
        old = table.get(k, {})
        hashed = {id_: _attrs_hash(e) for id_, e in new.items()}
        if collect:
            for id_, h in old.items():
                if hashed.get(id_) != h:
                    diff.delete_edges.append((_edge_type(id_), id_))
            for id_, e in new.items():
                if old.get(id_) != hashed[id_]:
                    diff.create_edges.append(_edge_triple(e))
        if hashed:
            table[k] = hashed
        else:
            table.pop(k, None)

    def _recompute_units(self, units: set[str], frags: dict[str, Fragment], diff: GraphDiff, collect: bool) -> None:
        need = [f for u in units for f in self.units.get(u, ()) if f not in frags]
        if need:
            for file, src in self.fetch(sorted(need)).items():
                frags[file] = src if isinstance(src, Fragment) else fragment(src)
        merges = self.merges
        for u in units:
            edges: dict[str, Edge] = {}
            tasks: dict[str, dict] = {}
            for file in sorted(self.units.get(u, ()), key=lambda f: self.files[f].order):
                fr = frags[file]
                tasks.update(fr.tasks)
                for e in fr.edges:
                    if e[0] in merges or e[1] in merges:  # few are: no call for the others
                        e = _redirect_triple(e, merges)
                    if e[0] != e[1]:
                        edges[e[2]["id"]] = e
            old_edges = unpack_edge_ids(self.unit_edges.get(u, b""))
            old_tasks = self.unit_tasks[u].split(TASK_SEP) if u in self.unit_tasks else ()
            if collect:
                diff.delete_edges.extend((_edge_type(id_), id_) for id_ in old_edges)
                diff.delete_nodes.extend(("Task", k) for k in old_tasks if k not in tasks)
                diff.upsert_nodes.extend(tasks.values())
                diff.stored.update(("Task", k) for k in old_tasks if k in tasks)  # type: ignore[union-attr]
                diff.create_edges.extend(edges.values())
            if edges:
                self.unit_edges[u] = pack_edge_ids(edges)
            else:
                self.unit_edges.pop(u, None)
            if tasks:
                self.unit_tasks[u] = TASK_SEP.join(tasks)
            else:
                self.unit_tasks.pop(u, None)
