"""Lineage lookups over a store, with portable Cypher (LadybugDB and Neo4j) and parameters only.

Each lookup reads the neighbourhood it needs in one variable-length query (every edge out of a
node within ``MAX_DEPTH - 1`` hops of the start), not one round trip per level: a trace is four
queries whatever its depth (the document's upward edges, the documents on its paths, the
issuers' UNDER/PART_OF edges, their REPORTS_TO). The breadth-first walk, its depth limit, the
choice of one hop per (type, source, target) and the paths are then computed in Python over
those rows, exactly as if each level had been asked for. Every hop carries its evidence
(source document, span, quote) and, for IMPLEMENTS, its basis.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, Field

from vanban.graph.schema import STATED_BASES

MAX_DEPTH = 12
MAX_PATHS = 200

EDGE_RETURN = (
    "a.key AS source, b.key AS target, e.id AS id, e.basis AS basis, e.ev_source AS ev_source, "
    "e.ev_start AS ev_start, e.ev_end AS ev_end, e.ev_quote AS ev_quote"
)
# The neighbourhood of one document (or set of bodies) in one query: every edge of the given
# types out of (or into) a node reached within MAX_DEPTH - 1 hops, i.e. every row the
# breadth-first walk of MAX_DEPTH levels can ask for. Its type is the prefix of its id
# ("IMPLEMENTS:…", see graph.schema.edge_id): label(e) and type(e) differ between the dialects.
_REACH = MAX_DEPTH - 1
UP_CLOSURE = {
    types: (
        f"MATCH (d:Document {{key: $key}})-[:{'|'.join(types)}*0..{_REACH}]->(a:Document) WITH DISTINCT a "
        f"MATCH (a)-[e:{'|'.join(types)}]->(b:Document) RETURN {EDGE_RETURN}"
    )
    for types in (("IMPLEMENTS",), ("IMPLEMENTS", "CITES"))
}
DOWN_CLOSURE = (
    f"MATCH (d:Document {{key: $key}})<-[:IMPLEMENTS*0..{_REACH}]-(b:Document) WITH DISTINCT b "
    f"MATCH (a:Document)-[e:IMPLEMENTS]->(b) RETURN {EDGE_RETURN}"
)
ORG_UP_CLOSURE = (
    f"MATCH (i:Organization)-[:UNDER|PART_OF*0..{_REACH}]->(a:Organization) WHERE i.key IN $keys WITH DISTINCT a "
    f"MATCH (a)-[e:UNDER|PART_OF]->(b:Organization) RETURN {EDGE_RETURN}"
)
# Documents by key: one primary-key lookup each (``IN`` would scan the table).
DOC_NODES = (
    "UNWIND $keys AS k MATCH (d:Document {key: k}) RETURN d.key AS key, d.label AS label, d.doc_type AS doc_type, "
    "d.number AS number, d.symbol AS symbol, d.year AS year, d.date AS date, d.issuer AS issuer, d.title AS title, "
    "d.status AS status, d.file AS file"
)
REPORTS_FROM = (
    "MATCH (a:Organization)-[e:REPORTS_TO]->(b:Organization) WHERE a.key IN $keys "
    f"RETURN {EDGE_RETURN}, e.deadline AS deadline, e.recurrence AS recurrence"
)
REPORTS_TO_ORG = (
    "MATCH (a:Organization)-[e:REPORTS_TO]->(b:Organization) WHERE b.key = $key "
    f"RETURN {EDGE_RETURN}, e.deadline AS deadline, e.recurrence AS recurrence"
)
DEADLINE_REPORTS = (
    "MATCH (a:Organization)-[e:REPORTS_TO]->(b:Organization) WHERE e.deadline IS NOT NULL "
    f"RETURN {EDGE_RETURN}, e.deadline AS deadline, e.recurrence AS recurrence"
)
DEADLINE_TASKS = (
    "MATCH (d:Document)-[:HAS_TASK]->(t:Task) WHERE t.deadline IS NOT NULL "
    "RETURN d.key AS document, t.key AS task, t.section AS section, t.text_start AS text, t.deadline AS deadline"
)
SENT_TO = "MATCH (d:Document)-[e:SENT_TO]->(o:Organization) WHERE d.key = $key RETURN o.key AS org, e.purpose AS purpose"
REPORTERS_TO = "MATCH (o:Organization)-[e:REPORTS_TO]->(i:Organization) WHERE i.key = $key RETURN DISTINCT o.key AS org"
IMPLEMENTED_BY_ISSUER = (
    "MATCH (x:Document)-[e:IMPLEMENTS]->(d:Document) WHERE d.key = $key AND x.status = 'loaded' "
    "RETURN x.key AS doc, x.issuer AS issuer, e.basis AS basis"
)
EDGES_OF = (
    "MATCH (a)-[e]->(b) WHERE a.key = $key OR b.key = $key "
    "RETURN label(e) AS type, a.key AS source, b.key AS target, e.basis AS basis, e.ev_source AS ev_source, e.ev_quote AS ev_quote"
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
        return self.type != "IMPLEMENTS" or (self.basis in STATED_BASES)


class Chain(BaseModel):
    """An issuer and the bodies above it, each hop with its rule or evidence, and its reports."""

    issuer: str
    hops: list[Hop] = Field(default_factory=list)
    reports: list[Hop] = Field(default_factory=list)


class Trace(BaseModel):
    document: str
    paths: list[list[Hop]] = Field(default_factory=list)
    chains: list[Chain] = Field(default_factory=list)
    documents: dict[str, dict[str, Any]] = Field(default_factory=dict)


def _hop(row: dict[str, Any], type_: str | None = None) -> Hop:
    return Hop(
        type=type_ or row.get("type") or row["id"].split(":", 1)[0], source=row["source"], target=row["target"],
        basis=row.get("basis"), evidence_source=row.get("ev_source"), start=row.get("ev_start"), end=row.get("ev_end"),
        quote=row.get("ev_quote"), deadline=row.get("deadline"), recurrence=row.get("recurrence"),
    )


def _dedupe(hops: list[Hop]) -> list[Hop]:
    """One hop per (type, source, target): stated evidence first, then the earliest quote."""
    best: dict[tuple, Hop] = {}
    order = lambda h: (not h.stated, h.evidence_source or "", h.start or 0, h.quote or "", h.end or 0, h.basis or "",  # noqa: E731
                       h.deadline or "", h.recurrence or "")
    for h in sorted(hops, key=order):
        best.setdefault((h.type, h.source, h.target), h)
    return list(best.values())


def _index(rows: list[dict[str, Any]], direction: str) -> Callable[[list[str]], list[Hop]]:
    """The hops out of (up) or into (down) a set of nodes, from rows read once."""
    by_node: dict[str, list[Hop]] = {}
    for r in rows:
        h = _hop(r)
        by_node.setdefault(h.source if direction == "up" else h.target, []).append(h)
    return lambda keys: [h for k in keys for h in by_node.get(k, ())]


def _expand(hops_of: Callable[[list[str]], list[Hop]], start: list[str], direction: str, keep) -> dict[str, list[Hop]]:
    """Breadth-first, at most MAX_DEPTH levels: hops out of (or into) each reached node, by level."""
    out: dict[str, list[Hop]] = {}
    frontier = sorted(set(start))
    seen = set(frontier)
    for _ in range(MAX_DEPTH):
        if not frontier:
            break
        hops = _dedupe([h for h in hops_of(frontier) if keep(h)])
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


def _paths(adj: dict[str, list[Hop]], start: str, direction: str) -> list[list[Hop]]:
    """Every simple path from ``start`` to a node with no further hop (the roots)."""
    paths: list[list[Hop]] = []

    def walk(node: str, path: list[Hop], on_path: set[str]) -> None:
        if len(paths) >= MAX_PATHS:
            return
        hops = [h for h in adj.get(node, []) if (h.target if direction == "up" else h.source) not in on_path]
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
    return paths


def documents(store, keys: list[str]) -> dict[str, dict[str, Any]]:
    if not keys:
        return {}
    return {r["key"]: r for r in store.run(DOC_NODES, {"keys": sorted(set(keys))})}


def issuer_chains(store, issuers: list[str]) -> list[Chain]:
    """Each issuer and the bodies above it (UNDER first, then PART_OF), with its reports: two queries for all."""
    if not issuers:
        return []
    keys = sorted(set(issuers))
    hops_of = _index(store.run(ORG_UP_CLOSURE, {"keys": keys}), "up")
    reports: dict[str, list[Hop]] = {}
    for r in store.run(REPORTS_FROM, {"keys": keys}):
        reports.setdefault(r["source"], []).append(_hop(r, "REPORTS_TO"))
    chains = []
    for issuer in keys:
        adj = _expand(hops_of, [issuer], "up", lambda h: True)
        hops: list[Hop] = []
        node, seen = issuer, {issuer}
        while adj.get(node):
            h = sorted(adj[node], key=lambda h: (h.type != "UNDER", h.basis != "header", h.target))[0]
            if h.target in seen:
                break
            hops.append(h)
            seen.add(h.target)
            node = h.target
        mine = _dedupe(reports.get(issuer, []))
        chains.append(Chain(issuer=issuer, hops=hops, reports=sorted(mine, key=lambda h: (h.target, h.deadline or ""))))
    return chains


def issuer_chain(store, issuer: str) -> Chain:
    return issuer_chains(store, [issuer])[0]


def trace(store, key: str, cites: bool = False, stated_only: bool = False) -> Trace:
    """Upward lineage of a document: every path of IMPLEMENTS (and CITES) to the roots, and each issuer's chain."""
    types = ("IMPLEMENTS", "CITES") if cites else ("IMPLEMENTS",)
    keep = (lambda h: h.stated) if stated_only else (lambda h: True)
    adj = _expand(_index(store.run(UP_CLOSURE[types], {"key": key}), "up"), [key], "up", keep)
    if cites:
        # A CITES hop that repeats an IMPLEMENTS hop between the same documents adds nothing.
        for k, hops in adj.items():
            impl = {(h.source, h.target) for h in hops if h.type == "IMPLEMENTS"}
            adj[k] = [h for h in hops if h.type == "IMPLEMENTS" or (h.source, h.target) not in impl]
    paths = _paths(adj, key, "up")
    # Stated lineage first, then the longest (most informative) paths.
    paths.sort(key=lambda p: (not p[0].stated, -len(p), [h.target for h in p]))
    keys = {key} | {h.target for p in paths for h in p}
    docs = documents(store, sorted(keys))
    issuers = sorted({d["issuer"] for d in docs.values() if d.get("issuer")})
    return Trace(document=key, paths=paths, chains=issuer_chains(store, issuers), documents=docs)


def implementers(store, key: str, stated_only: bool = False) -> Trace:
    """Downward tree: every document that implements ``key``, directly or through others."""
    keep = (lambda h: h.stated) if stated_only else (lambda h: True)
    adj = _expand(_index(store.run(DOWN_CLOSURE, {"key": key}), "down"), [key], "down", keep)
    paths = _paths(adj, key, "down")
    keys = {key} | {h.source for p in paths for h in p}
    return Trace(document=key, paths=paths, documents=documents(store, sorted(keys)))


def reports(store, org: str) -> list[Hop]:
    """Who reports to ``org``, by when."""
    hops = _dedupe([_hop(r, "REPORTS_TO") for r in store.run(REPORTS_TO_ORG, {"key": org})])
    return sorted(hops, key=lambda h: (h.deadline or "9999", h.source))


def deadlines(store, date_from: str | None = None, date_to: str | None = None) -> list[dict[str, Any]]:
    """Dated reporting duties and tasks, by date (ISO strings compare as dates)."""
    out = []
    for r in store.run(DEADLINE_REPORTS):
        out.append({"deadline": r["deadline"], "kind": "report", "who": r["source"], "to": r["target"],
                    "document": r["ev_source"], "text": r["ev_quote"]})
    for r in store.run(DEADLINE_TASKS):
        out.append({"deadline": r["deadline"], "kind": "task", "who": None, "to": None,
                    "document": r["document"], "text": f"{r['section'] or ''} {r['text']}".strip()})
    out = [d for d in out if (not date_from or d["deadline"] >= date_from) and (not date_to or d["deadline"] <= date_to)]
    return sorted(out, key=lambda d: (d["deadline"], d["kind"], d["document"] or "", d["text"] or ""))


def coverage(store, key: str) -> list[dict[str, Any]]:
    """Bodies the document was sent to or that report to its issuer; whether each has implemented it."""
    docs = documents(store, [key])
    issuer = docs.get(key, {}).get("issuer")
    bodies: dict[str, str] = {}
    for r in store.run(SENT_TO, {"key": key}):
        bodies.setdefault(r["org"], f"sent to ({r['purpose']})" if r["purpose"] else "sent to")
    if issuer:
        for r in store.run(REPORTERS_TO, {"key": issuer}):
            bodies.setdefault(r["org"], "reports to the issuer")
    implementing: dict[str, list[str]] = {}
    for r in store.run(IMPLEMENTED_BY_ISSUER, {"key": key}):
        if r["issuer"]:
            implementing.setdefault(r["issuer"], []).append(r["doc"])
    return [
        {"body": b, "relation": rel, "implemented": bool(implementing.get(b)), "documents": sorted(implementing.get(b, []))}
        for b, rel in sorted(bodies.items())
    ]


def show(store, key: str) -> dict[str, Any]:
    doc = documents(store, [key]).get(key, {})
    edges = store.run(EDGES_OF, {"key": key})
    return {"document": doc, "edges": sorted(edges, key=lambda e: (e["type"], e["source"], e["target"], e["ev_source"] or ""))}


def stats(store) -> dict[str, Any]:
    nodes = {k: store.run(q)[0]["n"] for k, q in COUNT_NODES.items()}
    status = {r["status"]: r["n"] for r in store.run(COUNT_DOCS_BY_STATUS)}
    edges = {r["type"]: r["n"] for r in store.run(COUNT_EDGES)}
    return {"nodes": nodes, "documents": dict(sorted(status.items())), "edges": dict(sorted(edges.items()))}
