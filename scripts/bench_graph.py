#!/usr/bin/env python3
"""Scale benchmark of the graph store: extraction + load, trace latency, and Neo4j sync.

Usage: bench_graph.py [--documents 10000] [--corpus DIR] [--store DIR] [--batch 1000]
                      [--neo4j URI | --start-neo4j] [--profile FILE]

1. A synthetic corpus (scripts/gen_corpus.py, seed 0) is generated in --corpus (reused when its
   manifest already has that many documents) or in a temp dir.
2. Extraction runs in a ``ProcessPoolExecutor(2)`` (``graph.build.load_source``: read, extract,
   body references); the main process writes the sources to a fresh LadybugDB store with the
   store's batch API ``add_documents``, --batch documents at a time. Reported: MB of text per
   second per core (worker CPU time) and on both cores (wall clock), time inside
   ``add_documents``, store size on disk, peak RSS (main process, and children).
3. ``queries.lineage.trace`` on the OPEN store for 200 random leaf documents (p50/p95), beside the
   wall clock of the whole CLI run ``vanban trace FILE --store DIR`` (a few runs).
4. With --neo4j URI (or --start-neo4j: the test launcher of tests/plugin_neo4j.py), the same
   sources written to Neo4j with ``Neo4jStore.add_documents``: nodes + relationships per second.

Prints markdown tables for BENCHMARKS.md. The machine's load is printed with them (2 shared cores).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

import gen_corpus  # noqa: E402

from vanban.graph.build import SourceDocument, bounded_map, load_source  # noqa: E402
from vanban.graph.ladybug_store import LadybugStore  # noqa: E402
from vanban.queries import lineage  # noqa: E402

TRACE_SAMPLES = 200
CLI_RUNS = 3
LOADED_DOCS = "MATCH (d:Document) WHERE d.status = 'loaded' RETURN d.key AS key, d.file AS file"


def _extract_one(path: str) -> tuple[SourceDocument | None, float]:
    """In a worker: one file -> its source, and the CPU seconds it took."""
    t0 = time.process_time()
    try:
        src = load_source(path)
    except Exception:  # noqa: BLE001 - a failed file is counted, not fatal
        src = None
    return src, time.process_time() - t0


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def _du_mb(path: Path) -> float:
    out = subprocess.run(["du", "-sk", str(path)], capture_output=True, text=True, check=True).stdout
    return int(out.split()[0]) / 1024


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


def corpus_dir(args) -> Path:
    out = args.corpus or Path(tempfile.mkdtemp(prefix="vanban-bench-corpus-"))
    manifest = out / gen_corpus.MANIFEST
    if manifest.exists() and sum(1 for _ in manifest.open(encoding="utf-8")) == args.documents:
        print(f"reusing corpus {out}", file=sys.stderr)
        return out
    if out.exists():
        for f in out.glob("*.txt"):
            f.unlink()
    t0 = time.perf_counter()
    gen_corpus.generate(out, args.documents, seed=args.seed)
    print(f"generated {args.documents} documents in {time.perf_counter() - t0:.1f} s into {out}", file=sys.stderr)
    return out


def _extract_many(paths: list[str]) -> list[tuple[SourceDocument | None, float]]:
    return [_extract_one(p) for p in paths]


def _bounded_map(pool: ProcessPoolExecutor, paths: list[str], chunk: int = 32, ahead: int = 8):
    """Extraction on the pool, in order, with a bounded read-ahead (as ``vanban load`` does)."""
    return bounded_map(pool, _extract_many, paths, chunk, ahead)


def load(files: list[Path], store: LadybugStore | object, batch: int, sources_out: list | None = None) -> dict:
    """Extract on 2 cores, write batches in this process. Returns timings."""
    t0 = time.perf_counter()
    cpu = 0.0
    failed = 0
    in_store = 0.0
    pending: list[SourceDocument] = []
    done = 0

    def flush() -> None:
        nonlocal in_store, done
        s0 = time.perf_counter()
        store.add_documents(pending)
        in_store += time.perf_counter() - s0
        done += len(pending)
        if sources_out is not None:
            sources_out.extend(pending)
        pending.clear()
        print(f"  {done} documents, {time.perf_counter() - t0:.0f} s (in store {in_store:.0f} s)", file=sys.stderr)

    with ProcessPoolExecutor(2) as pool:
        for src, seconds in _bounded_map(pool, [str(f) for f in files]):
            cpu += seconds
            if src is None:
                failed += 1
                continue
            pending.append(src)
            if len(pending) >= batch:
                flush()
        if pending:
            flush()
    return {"wall": time.perf_counter() - t0, "worker_cpu": cpu, "in_store": in_store, "failed": failed}


def trace_latency(store_path: Path, manifest: list[dict], samples: int, seed: int) -> dict:
    leaves = [r for r in manifest if r["leaf"]]
    rng = random.Random(seed)
    picked = rng.sample(leaves, min(samples, len(leaves)))
    with LadybugStore(store_path, read_only=True) as s:
        t0 = time.perf_counter()
        by_file = {r["file"]: r["key"] for r in s.run(LOADED_DOCS)}
        map_s = time.perf_counter() - t0
        times, depths = [], []
        # A file whose document key equals another's (same number, symbol, year and issuer: the
        # synthetic corpus has a few at 100,000) is one Document node with the other file's name.
        picked = [r for r in picked if r["file"] in by_file]
        for r in picked:
            key = by_file[r["file"]]
            t0 = time.perf_counter()
            t = lineage.trace(s, key)
            times.append(time.perf_counter() - t0)
            depths.append(max((len(p) for p in t.paths), default=0))
    return {"n": len(times), "p50": _pct(times, 0.5) * 1000, "p95": _pct(times, 0.95) * 1000, "max": max(times) * 1000,
            "depth": statistics.mean(depths), "map_ms": map_s * 1000, "picked": picked}


def cli_runs(store_path: Path, files: list[str], runs: int) -> list[float]:
    vanban = Path(sys.executable).parent / "vanban"
    out = []
    for f in files[:runs]:
        t0 = time.perf_counter()
        p = subprocess.run([str(vanban), "trace", f, "--store", str(store_path)], capture_output=True, text=True)
        out.append(time.perf_counter() - t0)
        if p.returncode != 0:
            print(f"  vanban trace {f}: exit {p.returncode}: {p.stderr.strip()[:300]}", file=sys.stderr)
    return out


def neo4j_sync(uri: str, sources: list[SourceDocument], batch: int) -> dict:
    from vanban.graph.neo4j_store import Neo4jStore

    with Neo4jStore(uri) as s:
        s.run("MATCH (n) DETACH DELETE n")
        s._forget()
        t0 = time.perf_counter()
        for i in range(0, len(sources), batch):
            s.add_documents(sources[i : i + batch])
            print(f"  neo4j: {min(i + batch, len(sources))} documents, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        wall = time.perf_counter() - t0
        nodes = s.run("MATCH (n) RETURN count(n) AS n")[0]["n"]
        rels = s.run("MATCH ()-[e]->() RETURN count(e) AS n")[0]["n"]
    return {"wall": wall, "nodes": nodes, "rels": rels}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--documents", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--corpus", type=Path, help="corpus folder (generated there, or reused)")
    ap.add_argument("--store", type=Path, help="store folder (emptied first; default: a temp dir)")
    ap.add_argument("--batch", type=int, default=1000, help="documents per add_documents call (default 1000)")
    ap.add_argument("--neo4j", metavar="URI", help="also sync to this Neo4j server (auth disabled)")
    ap.add_argument("--start-neo4j", action="store_true", help="start the test launcher (tests/neo4j) for the sync")
    ap.add_argument("--profile", type=Path, help="cProfile the main process of the load into this file")
    args = ap.parse_args()

    load1 = os.getloadavg()[0]
    corpus = corpus_dir(args)
    manifest = [json.loads(line) for line in (corpus / gen_corpus.MANIFEST).read_text(encoding="utf-8").splitlines()]
    files = [corpus / r["file"] for r in manifest]
    mb = sum(f.stat().st_size for f in files) / 1e6
    store_path = args.store or Path(tempfile.mkdtemp(prefix="vanban-bench-store-")) / "store"
    if store_path.exists():
        shutil.rmtree(store_path) if store_path.is_dir() else store_path.unlink()

    keep_sources: list | None = [] if (args.neo4j or args.start_neo4j) else None
    store = LadybugStore(store_path)
    if args.profile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    timing = load(files, store, args.batch, keep_sources)
    if args.profile:
        prof.disable()
        prof.dump_stats(str(args.profile))
    rss_loaded = _rss_mb(resource.RUSAGE_SELF)
    stats = lineage.stats(store)
    store.close()
    size = _du_mb(store_path)

    tr = trace_latency(store_path, manifest, TRACE_SAMPLES, args.seed)
    cli = cli_runs(store_path, [r["file"] for r in tr["picked"]], CLI_RUNS)

    neo = None
    if args.neo4j or args.start_neo4j:
        uri, server = args.neo4j, None
        if args.start_neo4j:
            sys.path.insert(0, str(REPO / "tests"))
            from plugin_neo4j import start_server

            server = start_server()
            uri = server.uri
        try:
            neo = neo4j_sync(uri, keep_sources, args.batch)
        finally:
            if server:
                server.stop()

    load2 = os.getloadavg()[0]
    ndocs = len(files) - timing["failed"]
    print()
    print(f"corpus: {len(files)} synthetic plans (gen_corpus seed {args.seed}), {mb:.1f} MB UTF-8; "
          f"graph: {stats['nodes']} nodes, {sum(stats['edges'].values())} edges; "
          f"load average {load1:.1f} before, {load2:.1f} after ({os.cpu_count()} cores); python {sys.version.split()[0]}")
    print()
    print("| documents | MB | extraction MB/s per core (worker CPU) | extraction + load MB/s, 2 cores (wall) | load wall | of which in add_documents | store on disk | peak RSS main / children |")
    print("|---|---|---|---|---|---|---|---|")
    print(f"| {ndocs} | {mb:.1f} | {mb / timing['worker_cpu']:.2f} | {mb / timing['wall']:.2f} | {timing['wall']:.0f} s | "
          f"{timing['in_store']:.0f} s | {size:.0f} MB | {rss_loaded:.0f} MB / {_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB |")
    print()
    print("| trace (open store) p50 | p95 | max | mean path length | `vanban trace FILE` wall (CLI, runs) |")
    print("|---|---|---|---|---|")
    print(f"| {tr['p50']:.1f} ms | {tr['p95']:.1f} ms | {tr['max']:.1f} ms | {tr['depth']:.1f} | "
          f"{', '.join(f'{c:.2f} s' for c in cli)} |")
    if neo:
        rows = neo["nodes"] + neo["rels"]
        print()
        print("| Neo4j sync: nodes | relationships | wall | rows/s |")
        print("|---|---|---|---|")
        print(f"| {neo['nodes']} | {neo['rels']} | {neo['wall']:.0f} s | {rows / neo['wall']:.0f} |")


if __name__ == "__main__":
    main()
