"""Latency of `vanban coverage` (``lineage.coverage``, the named query ``coverage``) on a loaded store.

    python scripts/bench_coverage.py --store /tmp/st10k --corpus /tmp/gc10k -n 20

Picks from the corpus's manifest (scripts/gen_corpus.py) the first plan of each kind the coverage of
which differs in shape: a province's plan (sent to "Các cơ quan, đơn vị trực thuộc", its Sở and
districts below it), a Sở's, a district's (sent to "UBND các xã, thị trấn"), a commune's; and the
document with the most direct implementers (cited only). Each runs ``-n`` times after two warm-up
runs; prints a markdown table: median and fastest wall ms, the median CPU ms of the process (every
thread of the store's engine: steadier than the wall on a shared machine), rows, and the rows listed
as members of a group (0 before groups were resolved).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from vanban.graph.ladybug_store import LadybugStore
from vanban.queries import lineage

KINDS = ("ubnd_tinh", "so", "ubnd_huyen", "ubnd_xa")
BY_FILE = "MATCH (d:Document) WHERE d.file = $file RETURN d.key AS key"
MOST_IMPLEMENTED = "MATCH (x:Document)-[:IMPLEMENTS]->(d:Document) RETURN d.key AS key, count(x) AS n ORDER BY n DESC, key LIMIT 1"


def picks(store: LadybugStore, corpus: Path) -> list[tuple[str, str]]:
    """(label, document key) of the documents to time."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for line in (corpus / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["kind"] in KINDS and row["kind"] not in seen and (keys := store.run(BY_FILE, {"file": row["file"]})):
            seen.add(row["kind"])
            out.append((f"{row['kind']} {row['file']}", keys[0]["key"]))
    top = store.run(MOST_IMPLEMENTED)[0]["key"]
    out.append((f"most implemented: {top}", top))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--corpus", type=Path, required=True, help="the generated corpus the store was loaded from (its manifest.jsonl)")
    ap.add_argument("-n", type=int, default=20)
    args = ap.parse_args()
    store = LadybugStore(args.store, read_only=True)
    print("| document | rows | members listed | median ms | fastest ms | CPU ms, median |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, key in picks(store, args.corpus):
        times, cpu = [], []
        for i in range(args.n + 2):
            t, c = time.perf_counter(), time.process_time()
            rows = lineage.coverage(store, key)
            if i >= 2:
                times.append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - c) * 1000)
        members = sum(1 for r in rows if r.get("member_of"))
        print(f"| {label} | {len(rows)} | {members} | {statistics.median(times):.1f} | {min(times):.1f} | {statistics.median(cpu):.1f} |")
    store.close()


if __name__ == "__main__":
    main()
