"""Page size and render time of `vanban viz` pages for synthetic graphs of 100, 1,000 and 5,000 nodes.

The graphs mimic a store: a tree of plans implementing one directive (each plan cites it too),
one issuer per plan from a pool of bodies, three tasks per plan assigned to bodies, reports
between bodies. With --browser, also the time headless Chromium takes to load the page and draw
it (tests/plugin_chromium.py; Debian's chromium must be installed).

Usage: .venv/bin/python scripts/bench_viz.py [--browser] [--sizes 100,1000,5000] [--layout hierarchical]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from vanban.graph.schema import (
    AssignedTo,
    Cites,
    DocumentNode,
    Evidence,
    HasTask,
    Implements,
    IssuedBy,
    OrganizationNode,
    ReportsTo,
    TaskNode,
)
from vanban.viz.page import render_page

REPO = Path(__file__).resolve().parent.parent


def synthetic_graph(n_nodes: int) -> nx.MultiDiGraph:
    """About ``n_nodes`` nodes: 1 in 5 a plan, 3 in 5 tasks, 1 in 5 bodies."""
    g = nx.MultiDiGraph()

    def add(node):
        g.add_node(node.key, **node.attrs())

    def link(edge):
        g.add_edge(edge.source, edge.target, key=edge.id, **edge.attrs())

    n_docs = max(2, n_nodes // 5)
    n_orgs = max(1, n_nodes // 5)
    root = DocumentNode(key="Chỉ thị 33/CT-TTg 2021", label="Chỉ thị 33/CT-TTg", doc_type="Chỉ thị", number="33", symbol="CT-TTg", year=2021)
    add(root)
    orgs = [OrganizationNode(key=f"Cơ quan {i}", label=f"Cơ quan {i}", name=f"Cơ quan {i}", level="province" if i % 4 else "unit") for i in range(n_orgs)]
    for o in orgs:
        add(o)
    docs = [root.key]
    for i in range(1, n_docs):
        key = f"Kế hoạch {i}/KH-UBND 2025 Cơ quan {i % n_orgs}"
        add(DocumentNode(key=key, label=f"Kế hoạch {i}/KH-UBND", doc_type="Kế hoạch", number=str(i), symbol="KH-UBND", year=2025, status="loaded", title=f"Thực hiện kế hoạch số {(i - 1) // 3} về công tác dân vận"))
        parent = docs[(i - 1) // 3]
        ev = Evidence(source=key, start=0, end=40, quote=f"Thực hiện {parent}")
        link(Implements(source=key, target=parent, evidence=ev))
        link(Cites(source=key, target=root.key, evidence=Evidence(source=key, quote="Chỉ thị số 33/CT-TTg")))
        link(IssuedBy(source=key, target=orgs[i % n_orgs].key, evidence=ev))
        for t in range(3):
            task = TaskNode(key=f"{key} § III.{t + 1}", label=f"III.{t + 1} Giao Cơ quan {(i + t) % n_orgs}", document=key, section=f"III.{t + 1}", text_start="Giao Văn phòng theo dõi, đôn đốc")
            add(task)
            link(HasTask(source=key, target=task.key, evidence=ev))
            link(AssignedTo(source=task.key, target=orgs[(i + t) % n_orgs].key, evidence=ev))
        docs.append(key)
    for i in range(1, n_orgs):
        link(ReportsTo(source=orgs[i].key, target=orgs[(i - 1) // 2].key, deadline="2025-11-02", evidence=Evidence(source=docs[i % len(docs)], quote="báo cáo kết quả gửi về trước ngày 02/11/2025")))
    return g


def browser_ready_seconds(path: Path) -> float:
    sys.path.insert(0, str(REPO / "tests"))
    from plugin_chromium import Browser, find_chromium  # noqa: PLC0415 - optional

    binary = find_chromium()
    if binary is None:
        raise SystemExit("chromium is not installed (scripts/deps/10-chromium.sh)")
    with tempfile.TemporaryDirectory() as profile:
        browser = Browser(binary, Path(profile), Path(profile) / "log")
        try:
            t0 = time.perf_counter()
            page = browser.open(path, timeout=300)
            page.wait_until("document.getElementById('vanban-status').dataset.ready === '1'", timeout=300)
            elapsed = time.perf_counter() - t0
            errors = page.console_errors()
            if errors:
                print(f"  console errors: {errors[:3]}", file=sys.stderr)
            return elapsed
        finally:
            browser.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000,5000")
    ap.add_argument("--layout", default="hierarchical", choices=("hierarchical", "force"))
    ap.add_argument("--browser", action="store_true", help="also time loading and drawing in headless Chromium")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(f"layout {args.layout}")
    print("| nodes | edges | page size | render (median of %d) | Chromium load + first draw |" % args.repeat)
    print("|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            g = synthetic_graph(size)
            times = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                html = render_page(g, layout=args.layout, max_nodes=None)
                times.append(time.perf_counter() - t0)
            path = Path(tmp) / f"bench_{size}.html"
            path.write_text(html, encoding="utf-8")
            drawn = f"{browser_ready_seconds(path):.1f} s" if args.browser else "-"
            size_mb = len(html.encode()) / 1e6
            print(f"| {g.number_of_nodes():,} | {g.number_of_edges():,} | {size_mb:.2f} MB | {statistics.median(times) * 1000:.0f} ms | {drawn} |", flush=True)


if __name__ == "__main__":
    main()
