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

then the wall clock and CPU time of whole CLI runs ``vanban trace FILE --store STORE`` (start-up
included), and of ``python -c "import vanban.cli"`` for comparison. On a shared machine the CPU
time is the steadier figure.

To compare two versions on the same store, run the script with PYTHONPATH pointing at a folder
holding a ``vanban`` package tree of the other version (``vanban/`` with ``loaders``, ``graph``,
``queries``, ``viz`` inside); the CLI runs inherit it.

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


def _child(argv: list[str]) -> tuple[float, float]:
    """Wall clock and CPU time (user + system) of a command run to its end; fails if it fails."""
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    if status != 0:
        raise SystemExit(f"{' '.join(argv)}: exit status {status}: {p.stderr.read().decode()[-500:]}")
    return wall, usage.ru_utime + usage.ru_stime


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
        # A few synthetic files share a document key with another (the document node keeps one
        # file name): those leaves are passed over.
        picked = [r for r in picked if r["file"] in by_file]
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
    cli_walls, cli_cpu = [], []
    for r in picked[: args.cli_runs]:
        wall, cpu = _child([str(cli), "trace", r["file"], "--store", str(args.store)])
        cli_walls.append(wall)
        cli_cpu.append(cpu)
    imp, imp_cpu = _child([sys.executable, "-c", "import vanban.cli"])

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
          f"(median {statistics.median(cli_walls):.2f} s; CPU user+sys median {statistics.median(cli_cpu):.2f} s); "
          f"`python -c 'import vanban.cli'`: {imp:.2f} s (CPU {imp_cpu:.2f} s)")

    if args.dump:
        args.dump.write_text("".join(json.dumps(t, ensure_ascii=False, sort_keys=True) + "\n" for t in dumped), encoding="utf-8")
    if args.compare:
        before = {t["document"]: t for t in map(json.loads, args.compare.read_text(encoding="utf-8").splitlines())}
        after = [json.loads(json.dumps(t, ensure_ascii=False)) for t in dumped]
        missing = [a["document"] for a in after if a["document"] not in before]
        diff = [a["document"] for a in after if a["document"] in before and before[a["document"]] != a]
        if diff:
            print(f"DIFFERENT traces: {len(diff)} of {len(after)}: {diff[:5]}", file=sys.stderr)
            return 1
        print(f"identical to {args.compare}: {len(after) - len(missing)} traces ({len(missing)} not in the dump)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
