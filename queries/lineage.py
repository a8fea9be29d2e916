"""Lineage lookups over a store, with portable Cypher (LadybugDB and Neo4j) and parameters only.

Each lookup walks breadth first from the document, asking for the edges of one node at a time
by its primary key (``MATCH (a:Document {key: $key})-[e:IMPLEMENTS]->(b)``), each node once per
lookup; the paths are then put together in Python. On LadybugDB such a lookup costs about
0.1 ms whatever the size of the store, where a filter ``a.key IN $keys`` scans the whole table
(the ~1.2 ms per query, growing with the store, of the first version) and a variable-length
query from the same node costs 2–30 ms (recursive join, then a hash join over the relationship
table). A trace of a leaf at 10,000 documents is ~20 such lookups, ~3 ms. ``implementers`` reads the
tree below a document as its walk reaches each node, up to MAX_PATHS paths (the tree below a
national directive can hold tens of thousands of documents), and says when it left some out.
Every hop carries its evidence (source document, span, quote) and, for IMPLEMENTS, its basis.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, Field

from vanban.graph.schema import STATED_BASES
from vanban.queries.doc_name import document_name, is_machine_key

MAX_DEPTH = 12
MAX_PATHS = 200

EDGE_RETURN = (
    "a.key AS source, b.key AS target, e.id AS id, e.basis AS basis, e.ev_source AS ev_source, "
    "e.ev_start AS ev_start, e.ev_end AS ev_end, e.ev_quote AS ev_quote"
)
# The edges of ONE node, by its primary key. The edge type is the prefix of its id
# ("IMPLEMENTS:…", see graph.schema.edge_id): label(e) and type(e) differ between the dialects.
HOPS_UP = {
    types: f"MATCH (a:Document {{key: $key}})-[e:{'|'.join(types)}]->(b:Document) RETURN {EDGE_RETURN}"
    for types in (("IMPLEMENTS",), ("IMPLEMENTS", "CITES"))
}
HOPS_DOWN = f"MATCH (a:Document)-[e:IMPLEMENTS]->(b:Document {{key: $key}}) RETURN {EDGE_RETURN}"
# A body's parents and its reporting duties in one lookup.
ORG_HOPS = (
    f"MATCH (a:Organization {{key: $key}})-[e:UNDER|PART_OF|REPORTS_TO]->(b:Organization) "
    f"RETURN {EDGE_RETURN}, e.deadline AS deadline, e.recurrence AS recurrence"
)
# Documents by key: one primary-key lookup each (``IN`` would scan the table).
DOC_NODES = (
    "UNWIND $keys AS k MATCH (d:Document {key: k}) RETURN d.key AS key, d.label AS label, d.doc_type AS doc_type, "
    "d.number AS number, d.symbol AS symbol, d.year AS year, d.date AS date, d.issuer AS issuer, d.title AS title, "
    "d.status AS status, d.file AS file, d.surfaces AS surfaces"
)
REPORTS_TO_ORG = (
    "MATCH (a:Organization)-[e:REPORTS_TO]->(b:Organization) WHERE b.key = $key "
    f"RETURN {EDGE_RETURN}, e.deadline AS deadline, e.recurrence AS recurrence"
)
DEADLINE_REPORTS = (
    "MATCH (a:Organization)-[e:REPORTS_TO]->(b:Organization) WHERE e.deadline IS NOT NULL "
    f"RETURN {EDGE_RETURN}, e.deadline AS deadline, e.recurrence AS recurrence"
)
# Each dated task with the bodies it is assigned to (none: an empty list).
DEADLINE_TASKS = (
    "MATCH (d:Document)-[:HAS_TASK]->(t:Task) WHERE t.deadline IS NOT NULL "
    "OPTIONAL MATCH (t)-[:ASSIGNED_TO]->(o:Organization) "
    "RETURN d.key AS document, t.key AS task, t.section AS section, t.text_start AS text, t.deadline AS deadline, "
    "collect(o.key) AS who"
)
# Every edge out of and into one document, from its primary key both ways (not a scan of every edge).
_EDGE_OF_RETURN = "label(e) AS type, a.key AS source, b.key AS target, e.basis AS basis, e.ev_source AS ev_source, e.ev_quote AS ev_quote"
EDGES_OF = (
    f"MATCH (a:Document {{key: $key}})-[e]->(b) RETURN {_EDGE_OF_RETURN} UNION ALL "
    f"MATCH (a)-[e]->(b:Document {{key: $key}}) WHERE a.key <> $key RETURN {_EDGE_OF_RETURN}"
)
COUNT_NODES = {k: f"MATCH (n:{k}) RETURN count(n) AS n" for k in ("Document", "Organization", "Task")}
COUNT_DOCS_BY_STATUS = "MATCH (d:Document) RETURN d.status AS status, count(d) AS n"
COUNT_EDGES = "MATCH ()-[e]->() RETURN label(e) AS type, count(e) AS n"


class Hop(BaseModel):
    type: str
    source: str
    target: str
    basis: str | None = None
    evidence_source: str | None = None
    start: int | None = None
    end: int | None = None
    quote: str | None = None
    deadline: str | None = None
    recurrence: str | None = None

    @property
    def stated(self) -> bool:
        return _stated(self.type, self.basis)


def _stated(type_: str, basis: str | None) -> bool:
    """Whether a hop is stated: any hop but an IMPLEMENTS one inferred (from the body or the
    issuers' hierarchy)."""
    return type_ != "IMPLEMENTS" or basis in STATED_BASES


class Chain(BaseModel):
    """An issuer and the bodies above it, each hop with its rule or evidence, and its reports."""

    issuer: str
    hops: list[Hop] = Field(default_factory=list)
    reports: list[Hop] = Field(default_factory=list)


class Trace(BaseModel):
    document: str
    paths: list[list[Hop]] = Field(default_factory=list)
    truncated: bool = False  # more than MAX_PATHS paths: the first ones only
    chains: list[Chain] = Field(default_factory=list)
    documents: dict[str, dict[str, Any]] = Field(default_factory=dict)


def _hop(row: dict[str, Any], type_: str | None = None) -> Hop:
    return Hop(
        type=type_ or row.get("type") or row["id"].split(":", 1)[0], source=row["source"], target=row["target"],
        basis=row.get("basis"), evidence_source=row.get("ev_source"), start=row.get("ev_start"), end=row.get("ev_end"),
        quote=row.get("ev_quote"), deadline=row.get("deadline"), recurrence=row.get("recurrence"),
    )


def _dedupe(rows: list[dict[str, Any]], type_: str | None = None) -> list[Hop]:
    """One hop per (type, source, target) of these edge rows: stated evidence first, then the
    earliest quote. Rows are compared before they become hops: a body's REPORTS_TO edges repeat
    once per document that states them (hundreds at 100,000 documents)."""
    best: dict[tuple, tuple] = {}
    for r in rows:
        t = type_ or r.get("type") or r["id"].split(":", 1)[0]
        order = (not _stated(t, r.get("basis")), r.get("ev_source") or "", r.get("ev_start") or 0, r.get("ev_quote") or "", r.get("ev_end") or 0,
                 r.get("basis") or "", r.get("deadline") or "", r.get("recurrence") or "")
        k = (t, r["source"], r["target"])
        if k not in best or order < best[k][0]:
            best[k] = (order, r, t)
    return [_hop(r, t) for _, r, t in sorted(best.values(), key=lambda x: x[0])]


def _node_hops(store, query: str) -> tuple[Callable[[list[str]], list[Hop]], dict[str, list[Hop]]]:
    """The hops of a set of nodes, each node's read once (by key), deduplicated, and kept for the
    lookup. A node's hops share their source (or their target), so the hops of several nodes
    need no second ``_dedupe``."""
    memo: dict[str, list[Hop]] = {}

    def hops_of(keys: list[str]) -> list[Hop]:
        for k in keys:
            if k not in memo:
                memo[k] = _dedupe(store.run(query, {"key": k}))
        return [h for k in keys for h in memo[k]]

    return hops_of, memo


def _expand(hops_of: Callable[[list[str]], list[Hop]], start: list[str], direction: str, keep) -> dict[str, list[Hop]]:
    """Breadth-first, at most MAX_DEPTH levels: hops out of (or into) each reached node, by level."""
    out: dict[str, list[Hop]] = {}
    frontier = sorted(set(start))
    seen = set(frontier)
    for _ in range(MAX_DEPTH):
        if not frontier:
            break
        hops = [h for h in hops_of(frontier) if keep(h)]
        nxt = set()
        for h in hops:
            here, there = (h.source, h.target) if direction == "up" else (h.target, h.source)
            out.setdefault(here, []).append(h)
            if there not in seen:
                seen.add(there)
                nxt.add(there)
        frontier = sorted(nxt)
    for k in out:
        out[k].sort(key=lambda h: (h.target if direction == "up" else h.source, h.type))
    return out


def _paths(adj: Callable[[str], list[Hop]], start: str, direction: str) -> tuple[list[list[Hop]], bool]:
    """Every simple path from ``start`` to a node with no further hop (the roots), at most
    MAX_PATHS of them, in the order of each node's hops; and whether some were left out."""
    paths: list[list[Hop]] = []
    truncated = False

    def walk(node: str, path: list[Hop], on_path: set[str]) -> None:
        nonlocal truncated
        if len(paths) >= MAX_PATHS:
            truncated = True  # every walk from here would have added a path
            return
        hops = [] if len(path) >= MAX_DEPTH else adj(node)
        hops = [h for h in hops if (h.target if direction == "up" else h.source) not in on_path]
        if not hops:
            if path:
                paths.append(list(path))
            return
        for h in hops:
            nxt = h.target if direction == "up" else h.source
            path.append(h)
            on_path.add(nxt)
            walk(nxt, path, on_path)
            on_path.discard(nxt)
            path.pop()

    walk(start, [], {start})
    return paths, truncated


def documents(store, keys: list[str]) -> dict[str, dict[str, Any]]:
    """The documents of these keys, by key, each with its ``name`` for people (``doc_name``), in one query."""
    if not keys:
        return {}
    rows = store.run(DOC_NODES, {"keys": sorted(set(keys))})
    return {r["key"]: {**r, "name": document_name(r)} for r in rows}


def names(store, keys) -> dict[str, str]:
    """The name for people of each key that needs one (unnumbered or scoped documents), in one
    query; other keys (numbered documents, bodies) are their own names and are left out."""
    wanted = sorted({k for k in keys if k and is_machine_key(k)})
    return {k: d["name"] for k, d in documents(store, wanted).items()}


def issuer_chains(store, issuers: list[str]) -> list[Chain]:
    """Each issuer and the bodies above it (UNDER first, then PART_OF), with its reports.

    The bodies they share (the province's People's Committee, the Government) are read once.
    """
    org_hops, memo = _node_hops(store, ORG_HOPS)
    parents = lambda keys: [h for h in org_hops(keys) if h.type != "REPORTS_TO"]  # noqa: E731
    chains = []
    for issuer in sorted(set(issuers)):
        adj = _expand(parents, [issuer], "up", lambda h: True)
        hops: list[Hop] = []
        node, seen = issuer, {issuer}
        while adj.get(node):
            h = sorted(adj[node], key=lambda h: (h.type != "UNDER", h.basis != "header", h.target))[0]
            if h.target in seen:
                break
            hops.append(h)
            seen.add(h.target)
            node = h.target
        reports = [h for h in memo[issuer] if h.type == "REPORTS_TO"]
        chains.append(Chain(issuer=issuer, hops=hops, reports=sorted(reports, key=lambda h: (h.target, h.deadline or ""))))
    return chains


def issuer_chain(store, issuer: str) -> Chain:
    return issuer_chains(store, [issuer])[0]


def trace(store, key: str, cites: bool = False, stated_only: bool = False) -> Trace:
    """Upward lineage of a document: every path of IMPLEMENTS (and CITES) to the roots, and each issuer's chain."""
    types = ("IMPLEMENTS", "CITES") if cites else ("IMPLEMENTS",)
    keep = (lambda h: h.stated) if stated_only else (lambda h: True)
    adj = _expand(_node_hops(store, HOPS_UP[types])[0], [key], "up", keep)
    if cites:
        # A CITES hop that repeats an IMPLEMENTS hop between the same documents adds nothing.
        for k, hops in adj.items():
            impl = {(h.source, h.target) for h in hops if h.type == "IMPLEMENTS"}
            adj[k] = [h for h in hops if h.type == "IMPLEMENTS" or (h.source, h.target) not in impl]
    paths, truncated = _paths(lambda k: adj.get(k, []), key, "up")
    # Stated lineage first, then the longest (most informative) paths.
    paths.sort(key=lambda p: (not p[0].stated, -len(p), [h.target for h in p]))
    keys = {key} | {h.target for p in paths for h in p}
    docs = documents(store, sorted(keys))
    issuers = sorted({d["issuer"] for d in docs.values() if d.get("issuer")})
    return Trace(document=key, paths=paths, truncated=truncated, chains=issuer_chains(store, issuers), documents=docs)


def implementers(store, key: str, stated_only: bool = False) -> Trace:
    """Downward tree: every document that implements ``key``, directly or through others."""
    keep = (lambda h: h.stated) if stated_only else (lambda h: True)
    hops_of, _ = _node_hops(store, HOPS_DOWN)

    def below(node: str) -> list[Hop]:
        """The hops into one node, read when the walk reaches it (the tree below a national
        directive can hold tens of thousands of documents; only MAX_PATHS paths are shown)."""
        return sorted((h for h in hops_of([node]) if keep(h)), key=lambda h: (h.source, h.type))

    paths, truncated = _paths(below, key, "down")
    keys = {key} | {h.source for p in paths for h in p}
    return Trace(document=key, paths=paths, truncated=truncated, documents=documents(store, sorted(keys)))


def reports(store, org: str) -> list[Hop]:
    """Who reports to ``org``, by when."""
    hops = _dedupe(store.run(REPORTS_TO_ORG, {"key": org}), "REPORTS_TO")
    return sorted(hops, key=lambda h: (h.deadline or "9999", h.source))


def deadlines(store, date_from: str | None = None, date_to: str | None = None) -> list[dict[str, Any]]:
    """Dated reporting duties and tasks, by date (ISO strings compare as dates)."""
    out = []
    for r in store.run(DEADLINE_REPORTS):
        out.append({"deadline": r["deadline"], "kind": "report", "who": r["source"], "to": r["target"],
                    "document": r["ev_source"], "text": r["ev_quote"]})
    for r in store.run(DEADLINE_TASKS):
        out.append({"deadline": r["deadline"], "kind": "task", "who": "; ".join(sorted(r["who"] or [])) or None, "to": None,
                    "document": r["document"], "text": f"{r['section'] or ''} {r['text']}".strip()})
    out = [d for d in out if (not date_from or d["deadline"] >= date_from) and (not date_to or d["deadline"] <= date_to)]
    return sorted(out, key=lambda d: (d["deadline"], d["kind"], d["document"] or "", d["text"] or ""))


def coverage(store, key: str, issuer_reporters: bool = False) -> list[dict[str, Any]]:
    """Who should carry out ``key`` and who has: the rows of the named query ``coverage``
    (queries/coverage.cypher, its one definition for the command and for ``vanban query``), one
    per body: the bodies the document sends to carry it out, assigns tasks to or makes report
    under it, and the issuers of loaded documents implementing it directly; for each, its loaded
    documents implementing it, directly or through others. ``issuer_reporters``: also every body
    that reports to the document's issuer, under any document."""
    from vanban.queries import named

    query = named.get_query("coverage")
    return named.run_cypher(store, query.text(named.dialect_of(store)), {"doc": key, "issuer_reporters": int(issuer_reporters)})


def show(store, key: str) -> dict[str, Any]:
    """One document and every edge in and out; ``names``: the name for people of each document
    key among them that needs one (``doc_name``)."""
    doc = documents(store, [key]).get(key, {})
    edges = store.run(EDGES_OF, {"key": key})
    order = lambda e: (e["type"], e["source"], e["target"], e["ev_source"] or "", e["basis"] or "", e["ev_quote"] or "")  # noqa: E731
    edges = sorted(edges, key=order)
    ends = {k for e in edges for k in (e["source"], e["target"], e["ev_source"])}
    return {"document": doc, "edges": edges, "names": names(store, ends)}


def stats(store) -> dict[str, Any]:
    nodes = {k: store.run(q)[0]["n"] for k, q in COUNT_NODES.items()}
    status = {r["status"]: r["n"] for r in store.run(COUNT_DOCS_BY_STATUS)}
    edges = {r["type"]: r["n"] for r in store.run(COUNT_EDGES)}
    return {"nodes": nodes, "documents": dict(sorted(status.items())), "edges": dict(sorted(edges.items()))}
