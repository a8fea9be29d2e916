#!/usr/bin/env python3
"""Latency of the lineage commands on an existing store: trace, implementers, DOC lookup, CLI wall.

Usage: bench_trace.py --store STORE --corpus CORPUS [--samples 200] [--seed 0] [--cli-runs 5]
                      [--dump FILE | --compare FILE]

The store is one loaded with ``vanban load CORPUS --store STORE`` (CORPUS from
scripts/gen_corpus.py; its manifest says which documents are leaves). On the OPEN store,
read only:

- ``queries.lineage.trace`` of --samples random leaf documents (same picks as
  scripts/bench_graph.py for the same seed): p50 / p95 / max;
- ``queries.resolve_doc.resolve_doc`` of the same documents written as users write them: by
  file name and by "number/symbol" (p50 / p95);
- ``queries.lineage.implementers`` of the roots reached (p50 / p95);

then the wall clock of whole CLI runs ``vanban trace FILE --store STORE`` (start-up included),
and of ``python -c "import vanban.cli"`` for comparison.

--dump FILE writes every trace (model_dump) as JSON lines; --compare FILE checks that the
traces are identical to a dump made earlier (e.g. before a change), and exits 1 if not.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from vanban.graph.ladybug_store import LadybugStore
from vanban.queries import lineage
from vanban.queries.resolve_doc import resolve_doc

LOADED_DOCS = "MATCH (d:Document) WHERE d.status = 'loaded' RETURN d.key AS key, d.file AS file, d.number AS number, d.symbol AS symbol"
MANIFEST = "manifest.jsonl"


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


def _row(name: str, times: list[float]) -> str:
    ms = [t * 1000 for t in times]
    return f"| {name} | {len(ms)} | {_pct(ms, 0.5):.2f} ms | {_pct(ms, 0.95):.2f} ms | {max(ms):.2f} ms |"


def _timed(fn, *args, **kw):
    t0 = time.perf_counter()
    out = fn(*args, **kw)
    return out, time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--corpus", type=Path, required=True, help="the generated corpus (for its manifest of leaves)")
    ap.add_argument("--samples", type=int, default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--cli-runs", type=int, default=5)
    ap.add_argument("--dump", type=Path, help="write the traces here (JSON lines)")
    ap.add_argument("--compare", type=Path, help="check the traces against this earlier dump")
    args = ap.parse_args()

    manifest = [json.loads(line) for line in (args.corpus / MANIFEST).read_text(encoding="utf-8").splitlines()]
    leaves = [r for r in manifest if r["leaf"]]
    picked = random.Random(args.seed).sample(leaves, min(args.samples, len(leaves)))
    load1 = os.getloadavg()[0]

    traces, resolves_file, resolves_ns, impls = [], [], [], []
    dumped: list[dict] = []
    roots: set[str] = set()
    with LadybugStore(args.store, read_only=True) as s:
        by_file = {r["file"]: r for r in s.run(LOADED_DOCS)}
        ndocs = s.run("MATCH (d:Document) RETURN count(d) AS n")[0]["n"]
        for r in picked:
            d = by_file[r["file"]]
            res, dt = _timed(resolve_doc, s, r["file"])
            resolves_file.append(dt)
            assert res.key == d["key"], (r["file"], res)
            ns = f"{d['number']}/{d['symbol']}"
            _, dt = _timed(resolve_doc, s, ns)
            resolves_ns.append(dt)
            t, dt = _timed(lineage.trace, s, d["key"])
            traces.append(dt)
            dumped.append(t.model_dump())
            roots.update(p[-1].target for p in t.paths)
        for root in sorted(roots)[:50]:
            _, dt = _timed(lineage.implementers, s, root)
            impls.append(dt)

    cli = Path(sys.executable).parent / "vanban"
    cli_walls = []
    for r in picked[: args.cli_runs]:
        _, dt = _timed(subprocess.run, [str(cli), "trace", r["file"], "--store", str(args.store)], capture_output=True, check=True)
        cli_walls.append(dt)
    _, imp = _timed(subprocess.run, [sys.executable, "-c", "import vanban.cli"], check=True)

    print(f"store {args.store}: {ndocs} Document nodes; load average {load1:.1f} before, {os.getloadavg()[0]:.1f} after "
          f"({os.cpu_count()} cores); python {sys.version.split()[0]}")
    print()
    print("| on the open store | runs | p50 | p95 | max |")
    print("|---|---|---|---|---|")
    print(_row("lineage.trace (random leaves)", traces))
    print(_row("resolve_doc by file name", resolves_file))
    print(_row("resolve_doc by number/symbol", resolves_ns))
    print(_row("lineage.implementers (roots reached)", impls))
    print()
    print(f"`vanban trace FILE --store` wall: {', '.join(f'{c:.2f} s' for c in cli_walls)} "
          f"(median {statistics.median(cli_walls):.2f} s); `python -c 'import vanban.cli'`: {imp:.2f} s")

    if args.dump:
        args.dump.write_text("".join(json.dumps(t, ensure_ascii=False, sort_keys=True) + "\n" for t in dumped), encoding="utf-8")
    if args.compare:
        before = [json.loads(line) for line in args.compare.read_text(encoding="utf-8").splitlines()]
        after = [json.loads(json.dumps(t, ensure_ascii=False)) for t in dumped]
        diff = [b["document"] for b, a in zip(before, after) if b != a]
        if len(before) != len(after) or diff:
            print(f"DIFFERENT traces: {len(diff)} of {len(after)}: {diff[:5]}", file=sys.stderr)
            return 1
        print(f"identical to {args.compare}: {len(after)} traces")
    return 0


if __name__ == "__main__":
    sys.exit(main())
