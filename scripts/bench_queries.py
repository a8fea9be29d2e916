"""Latency of every named query on the embedded store and on Neo4j: a markdown table.

    python scripts/bench_queries.py --from ../shared/seeds ../shared/corpus --start-neo4j
    python scripts/bench_queries.py --store ~/vanban-store --neo4j bolt://localhost:7687 -n 50

The documents given with ``--from`` are loaded into a temporary LadybugDB store and, with
``--start-neo4j`` (the test server from tests/plugin_neo4j.py) or ``--load-neo4j`` (a server you
name with --neo4j; its database is EMPTIED first), into Neo4j as well. Parameters are bound once
(documents and bodies resolved to keys), then each query runs ``-n`` times after two warm-up
runs; the table gives the median and the fastest run in milliseconds, and the row count.

Default parameters are picked from the data: the loaded document citing most (lineage_up,
cites_of, coverage), the document with most implementers (implementers, cited_by), the body most
reported to (reports_to), every deadline (deadlines). ``--param query.key=value`` overrides one.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from vanban.queries import named

REPO = Path(__file__).resolve().parents[1]

MOST_CITING_LOADED = (
    "MATCH (d:Document)-[:CITES]->(c:Document) WHERE d.status = 'loaded' "
    "RETURN d.key AS key, count(c) AS n ORDER BY n DESC, key LIMIT 1"
)
MOST_IMPLEMENTED = "MATCH (x:Document)-[:IMPLEMENTS]->(d:Document) RETURN d.key AS key, count(x) AS n ORDER BY n DESC, key LIMIT 1"
MOST_REPORTED_TO = "MATCH (a:Organization)-[:REPORTS_TO]->(o:Organization) RETURN o.key AS key, count(a) AS n ORDER BY n DESC, key LIMIT 1"


def default_params(store: Any) -> dict[str, dict[str, str]]:
    def top(query: str) -> str:
        rows = named.run_cypher(store, query)
        return rows[0]["key"] if rows else ""

    citing, implemented, reported = top(MOST_CITING_LOADED), top(MOST_IMPLEMENTED), top(MOST_REPORTED_TO)
    return {
        "lineage_up": {"doc": citing},
        "cites_of": {"doc": citing},
        "coverage": {"doc": citing},
        "implementers": {"doc": implemented},
        "cited_by": {"doc": implemented},
        "reports_to": {"org": reported},
        "deadlines": {},
        "unresolved": {},
        "stats": {},
    }


def time_query(target: Any, text: str, params: dict[str, Any], runs: int) -> tuple[float, float, int]:
    """(median ms, fastest ms, rows) over ``runs`` runs after two warm-up runs."""
    rows = named.run_cypher(target, text, params)
    named.run_cypher(target, text, params)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        named.run_cypher(target, text, params)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), min(times), len(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--from", dest="sources", nargs="*", default=[], help="documents to load into a temporary store")
    ap.add_argument("--store", type=Path, help="an existing LadybugDB store (read only)")
    ap.add_argument("--neo4j", default=os.environ.get("NEO4J_URI"), help="a Neo4j server holding the same graph (default $NEO4J_URI)")
    ap.add_argument("--load-neo4j", action="store_true", help="EMPTY the --neo4j database and load the --from documents into it")
    ap.add_argument("--start-neo4j", action="store_true", help="start the test server (tests/neo4j) and load the --from documents")
    ap.add_argument("-n", "--runs", type=int, default=20)
    ap.add_argument("--param", action="append", default=[], help="query.key=value, e.g. implementers.doc=33/CT-TTg")
    args = ap.parse_args(argv)

    from vanban.graph.build import load_source
    from vanban.graph.ladybug_store import LadybugStore
    from vanban.loaders.load import expand_paths

    sources = []
    if args.sources:
        t = time.perf_counter()
        sources = [load_source(p) for p in expand_paths(args.sources)]
        print(f"read {len(sources)} documents in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    if args.store:
        lady = LadybugStore(args.store, read_only=True)
    elif sources:
        lady = LadybugStore(Path(tempfile.mkdtemp(prefix="vanban-bench-")) / "store")
        t = time.perf_counter()
        lady.add_documents(sources)
        print(f"loaded LadybugDB in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    else:
        ap.error("give --store DIR or --from PATH…")

    server = None
    neo = None
    if args.start_neo4j:
        sys.path.insert(0, str(REPO / "tests"))
        from plugin_neo4j import start_server

        server = start_server()
        args.neo4j, args.load_neo4j = server.uri, True
    if args.neo4j:
        import neo4j

        from vanban.graph.neo4j_store import Neo4jStore

        user = os.environ.get("NEO4J_USER")
        auth = (user, os.environ.get("NEO4J_PASSWORD", "")) if user else None
        driver = neo4j.GraphDatabase.driver(args.neo4j, auth=auth, notifications_min_severity="OFF")
        if args.load_neo4j:
            if not sources:
                ap.error("--load-neo4j needs --from")
            driver.execute_query("MATCH (n) DETACH DELETE n")
            t = time.perf_counter()
            Neo4jStore(driver=driver).add_documents(sources)
            print(f"loaded Neo4j in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        neo = named.Neo4jTarget(driver)

    try:
        params = default_params(lady)
        for p in args.param:
            left, _, value = p.partition("=")
            qname, _, key = left.partition(".")
            params.setdefault(qname, {})[key] = value
        g = lady.graph()
        print(f"\n{g.number_of_nodes()} nodes, {g.number_of_edges()} edges; median and fastest of {args.runs} runs, ms\n")
        head = "| query | rows | LadybugDB median | LadybugDB min |" + (" Neo4j median | Neo4j min |" if neo else "")
        print(head)
        print("|" + "---|" * (head.count("|") - 1))
        for name, q in named.named_queries().items():
            bound = named.bind_params(q, lady, params.get(name, {}))
            med, low, n = time_query(lady, q.text("ladybug"), bound, args.runs)
            line = f"| {name} | {n} | {med:.1f} | {low:.1f} |"
            if neo:
                nmed, nlow, nn = time_query(neo, q.text("neo4j"), bound, args.runs)
                line += f" {nmed:.1f} | {nlow:.1f} |" + ("" if nn == n else f" (Neo4j: {nn} rows!)")
            print(line, flush=True)
    finally:
        lady.close()
        if neo:
            neo.driver.close()
        if server:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
