#!/usr/bin/env python3
"""Where a load's CPU goes outside the extractor: the workers' parts and the writer's parts.

Usage: bench_load_parts.py [--documents 2000] [--corpus DIR] [--worker 500] [--store DIR]

1. Workers: ``graph.prepared.prepare_file``'s steps, one after the other in this process, over
   the first ``--worker`` plans of the corpus (``time.process_time`` per step): reading the
   bytes, the content key, decoding into a Text, ``extract``, body references, the text digest,
   the source row (JSON, zlib, hash), the fragment, and pickling the result (and unpickling it,
   which the writer does).
2. Writer: the plans prepared once as ``vanban load`` prepares them (``graph.build.map_files`` on
   2 worker processes, results kept pickled), then replayed into ``add_documents`` on a fresh
   LadybugDB store with the main process's CPU per part (wrappers around the resolver's and the
   store's methods; nested parts are included in their callers' figures).

The corpus is scripts/gen_corpus.py's (seed 0), made or reused as bench_graph.py does. Prints
markdown tables for BENCHMARKS.md, with the machine's load (2 shared cores).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import pickle
import resource
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

import bench_graph  # noqa: E402
import gen_corpus  # noqa: E402

import vanban.graph.build as build  # noqa: E402
import vanban.graph.incremental as incremental  # noqa: E402
import vanban.graph.ladybug_store as ladybug_store  # noqa: E402
import vanban.graph.store as store  # noqa: E402
from vanban.graph.build import digest_of, find_body_refs, prepare  # noqa: E402
from vanban.graph.incremental import fragment  # noqa: E402
from vanban.graph.prepared import Prepared, SourceRow, _prepare_many, content_key  # noqa: E402
from vanban.loaders.extract import extract  # noqa: E402
from vanban.loaders.read import read_bytes, read_document_bytes  # noqa: E402

WORKER_STEPS = ("read the file", "content key", "decode (read_bytes)", "extract", "body references", "digest",
                "source (model)", "source row (JSON, zlib, hash)", "fragment", "pickle")


def _load() -> str:
    return open("/proc/loadavg").read().split()[0] if os.path.exists("/proc/loadavg") else "?"


def worker_parts(files: list[Path]) -> tuple[dict[str, float], float, float, float]:
    """Seconds of CPU per step of ``prepare_file`` over ``files``; MB read; KB pickled per plan;
    seconds unpickling (the writer's side)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(build.WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])  # as a worker runs
    t: dict[str, float] = dict.fromkeys(WORKER_STEPS, 0.0)
    clock = time.process_time
    size = pickled = 0
    unpickle = 0.0
    for f in files:
        c0 = clock()
        data = read_document_bytes(f)
        c1 = clock()
        key = content_key(data)
        c2 = clock()
        text = read_bytes(data, name=f.name)
        c3 = clock()
        record = extract(text)
        c4 = clock()
        find_body_refs(record, text)
        c5 = clock()
        digest_of(text.original)
        c6 = clock()
        # what load_source makes (prepare finds the body references and digest again: not counted twice)
        source = prepare(record, text).model_copy(update={"file": str(f.resolve())})
        c7 = clock()
        row = SourceRow(source, key)
        c8 = clock()
        frag = fragment(source)
        c9 = clock()
        blob = pickle.dumps([Prepared(row, frag, None)], protocol=pickle.HIGHEST_PROTOCOL)
        c10 = clock()
        pickle.loads(blob)
        unpickle += clock() - c10
        c6b = c7 - c6 - (c5 - c4) - (c6 - c5)  # prepare() alone, without its refs and digest
        for step, dt in zip(WORKER_STEPS, (c1 - c0, c2 - c1, c3 - c2, c4 - c3, c5 - c4, c6 - c5, max(c6b, 0.0),
                                           c8 - c7, c9 - c8, c10 - c9)):
            t[step] += dt
        size += len(data)
        pickled += len(blob)
    gc.unfreeze()
    return t, size / 1e6, pickled / len(files) / 1e3, unpickle


def prepared_blobs(files: list[Path]) -> list[bytes]:
    """The pickled results of the 2 workers, as ``vanban load`` receives them."""
    from concurrent.futures import ProcessPoolExecutor

    items = [(str(f), None) for f in files]
    with ProcessPoolExecutor(max_workers=2, initializer=build._worker_start) as pool:
        return list(build.bounded_map(pool, partial(build._pickled, _prepare_many), items, build.TASK_FILES,
                                      2 * build.TASKS_AHEAD))


# The writer's parts: (object, attribute, label); the parts of a part are indented under it.
WRITER_PARTS = (
    (store.GraphStore, "_write_chunk", "chunks (source rows, resolver, writing; a checkpoint one triggers)"),
    (ladybug_store.LadybugStore, "_put_sources", "  source rows (SQLite data, Source table)"),
    (incremental.Resolver, "apply", "  resolver"),
    (incremental.Resolver, "_index", "    indexing fragments"),
    (incremental, "merge_doc", "    merging documents"),
    (incremental, "merge_org", "    merging organizations"),
    (incremental.OrgTree, "update", "    organization hierarchy"),
    (incremental.Resolver, "_recompute_units", "    units (edges, tasks)"),
    (incremental, "infer_hierarchy", "    inferred IMPLEMENTS"),
    (ladybug_store.LadybugStore, "_apply", "  writing the diff"),
    (ladybug_store, "_node_frame", "    node frames (pyarrow; the Source rows' too)"),
    (ladybug_store, "_edge_frame", "    edge frames (pyarrow)"),
    (ladybug_store.LadybugStore, "_execute", "    LadybugDB statements (COPY, updates)"),
    (ladybug_store.LadybugStore, "_settle", "checkpoints (and reopening), in chunks or at the end"),
)


def writer_parts(blobs: list[bytes], path: Path) -> tuple[dict[str, float], float, float, float]:
    """Replay the blobs into ``add_documents``: CPU per part, unpickling, whole CPU, peak RSS."""
    cpu: dict[str, float] = defaultdict(float)
    originals = []

    def timed(fn, label):
        def wrapper(*args, **kwargs):
            c0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                cpu[label] += time.process_time() - c0
        return wrapper

    for owner, name, label in WRITER_PARTS:
        fn = getattr(owner, name)
        originals.append((owner, name, fn))
        setattr(owner, name, timed(fn, label))
    unpickle = [0.0]

    def documents():
        for blob in blobs:
            c0 = time.process_time()
            got = pickle.loads(blob)
            unpickle[0] += time.process_time() - c0
            yield from got

    if path.exists():
        shutil.rmtree(path)
    try:
        s = ladybug_store.LadybugStore(path)
        c0 = time.process_time()
        s.add_documents(documents())
        s.close()
        whole = time.process_time() - c0
    finally:
        for owner, name, fn in originals:
            setattr(owner, name, fn)
    return cpu, unpickle[0], whole, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--documents", type=int, default=2000, help="plans replayed into the writer (default 2000)")
    ap.add_argument("--worker", type=int, default=500, help="plans timed step by step in this process (default 500)")
    ap.add_argument("--corpus", type=Path, help="corpus folder (generated there, or reused)")
    ap.add_argument("--store", type=Path, help="store folder (emptied first; default: a temp dir)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    args.small = False
    corpus = bench_graph.corpus_dir(args)
    manifest = [json.loads(line) for line in (corpus / gen_corpus.MANIFEST).read_text(encoding="utf-8").splitlines()]
    files = [corpus / r["file"] for r in manifest]

    load0 = _load()
    steps, mb, kb, unpickle = worker_parts(files[: args.worker])
    n = min(args.worker, len(files))
    total = sum(steps.values())
    print(f"\nWorkers: prepare_file's steps over {n} plans ({mb:.1f} MB), one process; load {load0} -> {_load()}\n")
    print("| step | ms per plan | share |")
    print("|---|---:|---:|")
    for step, s in steps.items():
        print(f"| {step} | {s / n * 1e3:.2f} | {100 * s / total:.1f}% |")
    print(f"| **all** ({mb / total:.2f} MB/s of CPU) | **{total / n * 1e3:.2f}** | |")
    print(f"| (writer) unpickling, {kb:.1f} KB a plan | {unpickle / n * 1e3:.2f} | |")

    load1 = _load()
    blobs = prepared_blobs(files[: args.documents])
    path = args.store or Path(tempfile.mkdtemp(prefix="vanban-bench-parts-")) / "store"
    cpu, unpickled, whole, rss = writer_parts(blobs, path)
    n = len(files[: args.documents])
    print(f"\nWriter: {n} plans replayed into add_documents (main process CPU); load {load1} -> {_load()}\n")
    print("| part | CPU | ms per plan |")
    print("|---|---:|---:|")
    print(f"| unpickling the workers' results | {unpickled:.2f} s | {unpickled / n * 1e3:.2f} |")
    for _, _, label in WRITER_PARTS:
        indent = (len(label) - len(label.lstrip())) // 2
        print(f"| {'&nbsp;&nbsp;' * indent}{label.strip()} | {cpu[label]:.2f} s | {cpu[label] / n * 1e3:.2f} |")
    print(f"| **whole writer** (peak RSS {rss:,.0f} MB) | **{whole:.2f} s** | **{whole / n * 1e3:.2f}** |")


if __name__ == "__main__":
    main()
