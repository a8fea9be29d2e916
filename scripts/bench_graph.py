#!/usr/bin/env python3
"""Scale benchmark of the graph store: extraction + load, trace latency, and Neo4j sync.

Usage: bench_graph.py [--documents 10000] [--corpus DIR] [--small] [--store DIR] [--batch 1000]
                      [--neo4j URI | --start-neo4j] [--profile FILE]

1. A synthetic corpus (scripts/gen_corpus.py, seed 0; full-length plans, or --small ones) is
   generated in --corpus (reused when its manifest already has that many documents; a folder
   holding anything else is refused, never emptied) or in a temp dir.
2. The load is what ``vanban load`` does: a ``ProcessPoolExecutor(2)`` prepares each document
   (``graph.prepared.prepare_file``: read, extract, body references, source row, fragment); the
   main process indexes the fragments, merges and writes to a fresh LadybugDB store in one
   ``add_documents`` call. Reported: MB of text per second per core in the workers (their CPU
   time), on both cores (wall clock) and per core (wall, both cores), the main process's CPU
   time, store size on disk, peak RSS (main process, and children).
3. ``queries.lineage.trace`` on the OPEN store for 200 random leaf documents (p50/p95), beside the
   wall clock of the whole CLI run ``vanban trace FILE --store DIR`` (a few runs).
4. With --neo4j URI (or --start-neo4j: the test launcher of tests/plugin_neo4j.py), the same
   sources written to Neo4j with ``Neo4jStore.add_documents``: nodes + relationships per second.

Prints markdown tables for BENCHMARKS.md. The machine's load is printed with them (2 shared cores).
"""

from __future__ import annotations

import argparse
import gc
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
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

import gen_corpus  # noqa: E402

from vanban.graph.build import map_files  # noqa: E402
from vanban.graph.ladybug_store import LadybugStore  # noqa: E402
from vanban.graph.prepared import Prepared, prepare_file  # noqa: E402
from vanban.queries import lineage  # noqa: E402

TRACE_SAMPLES = 200
CLI_RUNS = 3
LOADED_DOCS = "MATCH (d:Document) WHERE d.status = 'loaded' RETURN d.key AS key, d.file AS file"


def _prepare_timed(paths: list[str]) -> list[tuple[Prepared | None, float]]:
    """In a worker: files -> (prepared document or None, CPU seconds), as ``vanban load`` reads them
    (``graph.prepared.prepare_file``: read, extract, body references, row and fragment)."""
    out = []
    for path in paths:
        t0 = time.process_time()
        p = prepare_file(path)
        out.append((p if isinstance(p, Prepared) else None, time.process_time() - t0))
    return out


def _prepare_one_timed(path: str) -> tuple[Prepared | None, float]:
    return _prepare_timed([path])[0]


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
    if out.exists() and any(out.iterdir()):
        # Never delete a folder's files to make room: it may be another benchmark's corpus.
        have = sum(1 for _ in manifest.open(encoding="utf-8")) if manifest.exists() else None
        held = f"a corpus of {have} documents" if have is not None else "files that are no corpus of gen_corpus"
        sys.exit(f"error: --corpus {out} holds {held}, not {args.documents}: give an empty or new folder")
    t0 = time.perf_counter()
    gen_corpus.generate(out, args.documents, seed=args.seed, small=args.small)
    print(f"generated {args.documents} documents in {time.perf_counter() - t0:.1f} s into {out}", file=sys.stderr)
    return out


def load(files: list[Path], store: LadybugStore | object, keep: list | None = None) -> dict:
    """What ``vanban load`` does: documents prepared on 2 worker processes (bounded read-ahead),
    one ``add_documents`` call in this process over all of them. Returns timings."""
    t0 = time.perf_counter()
    main0 = time.process_time()
    cpu = 0.0
    failed = 0
    done = 0

    def prepared():
        nonlocal cpu, failed, done
        # graph.build.map_files, as vanban load runs it (bounded read-ahead, results kept pickled).
        for p, seconds in map_files(_prepare_one_timed, _prepare_timed, [str(f) for f in files], 2):
            cpu += seconds
            if p is None:
                failed += 1
                continue
            done += 1
            if done % 5000 == 0:
                print(f"  {done} documents, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
            if keep is not None:
                keep.append(p)
            yield p

    gc_time = [0.0, 0.0]

    def gc_timer(phase: str, info: dict) -> None:  # the cyclic collector's time in this process
        if phase == "start":
            gc_time[1] = time.perf_counter()
        else:
            gc_time[0] += time.perf_counter() - gc_time[1]

    gc.callbacks.append(gc_timer)
    try:
        store.add_documents(prepared())
    finally:
        gc.callbacks.remove(gc_timer)
    return {"wall": time.perf_counter() - t0, "worker_cpu": cpu, "main_cpu": time.process_time() - main0, "failed": failed,
            "gc": gc_time[0]}


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
        warm = []
        for run in (times, warm):  # the first pass reads pages from disk; the second finds them in the buffer pool
            for r in picked:
                key = by_file[r["file"]]
                t0 = time.perf_counter()
                t = lineage.trace(s, key)
                run.append(time.perf_counter() - t0)
                depths.append(max((len(p) for p in t.paths), default=0))
    return {"n": len(times), "p50": _pct(times, 0.5) * 1000, "p95": _pct(times, 0.95) * 1000, "max": max(times) * 1000,
            "warm_p50": _pct(warm, 0.5) * 1000, "warm_p95": _pct(warm, 0.95) * 1000,
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


def neo4j_sync(uri: str, sources: list[Prepared], batch: int) -> dict:
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
    ap.add_argument("--batch", type=int, default=1000, help="documents per add_documents call of the Neo4j sync (default 1000)")
    ap.add_argument("--small", action="store_true", help="generate the short plans of gen_corpus --small (older figures)")
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
    timing = load(files, store, keep_sources)
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
    print("| documents | MB | workers: MB/s per core (CPU) | extraction + load MB/s, 2 cores (wall) | per core (wall x 2) | load wall | main process CPU (of which GC) | store on disk | peak RSS main / children |")
    print("|---|---|---|---|---|---|---|---|---|")
    print(f"| {ndocs} | {mb:.1f} | {mb / timing['worker_cpu']:.2f} | {mb / timing['wall']:.2f} | {mb / timing['wall'] / 2:.2f} | "
          f"{timing['wall']:.0f} s | {timing['main_cpu']:.0f} s ({timing['gc']:.0f} s) | {size:.0f} MB | "
          f"{rss_loaded:.0f} MB / {_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB |")
    print()
    print("| trace (open store) p50, first pass | p95 | max | second pass p50 | p95 | mean path length | `vanban trace FILE` wall (CLI, runs) |")
    print("|---|---|---|---|---|---|---|")
    print(f"| {tr['p50']:.1f} ms | {tr['p95']:.1f} ms | {tr['max']:.1f} ms | {tr['warm_p50']:.1f} ms | {tr['warm_p95']:.1f} ms | {tr['depth']:.1f} | "
          f"{', '.join(f'{c:.2f} s' for c in cli)} |")
    if neo:
        rows = neo["nodes"] + neo["rels"]
        print()
        print("| Neo4j sync: nodes | relationships | wall | rows/s |")
        print("|---|---|---|---|")
        print(f"| {neo['nodes']} | {neo['rels']} | {neo['wall']:.0f} s | {rows / neo['wall']:.0f} |")


if __name__ == "__main__":
    main()
