"""A graph -> one self-contained HTML page (vis-network inlined from the pyvis package).

``render_page(graph)`` is pure: the same graph gives the same page. The page fetches nothing:
vis-network's script and style, the page's own script and style (``viz/assets/``) and the data
are all inlined, and a Content-Security-Policy forbids any request. Document text is untrusted:
the data travels as JSON inside ``<script type="application/json">`` with ``<``, ``>`` and ``&``
escaped, the page script only ever sets ``textContent``, and the title and legend are HTML-escaped.

Selections (``lineage_subgraph``, ``filter_graph``) are plain functions over the networkx graph
described in ``vanban.graph.schema``; the page draws whatever graph it is given.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import Counter, deque
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from pydantic import BaseModel

from vanban import __version__
from vanban.queries.doc_name import document_name

# ---------------------------------------------------------------- data: kinds and edge styles


class NodeStyle(BaseModel):
    label: str  # legend text
    shape: str  # vis-network shape
    color: str
    border: str


class EdgeStyle(BaseModel):
    label: str
    color: str
    dashes: bool | list[int]
    width: float


# The five kinds a node is drawn as (see ``viz_kind``), in legend order.
NODE_STYLES: dict[str, NodeStyle] = {
    "document": NodeStyle(label="Văn bản đã nạp (loaded document)", shape="box", color="#ffd8a8", border="#d9480f"),
    "reference": NodeStyle(label="Văn bản chỉ được trích dẫn (referenced only)", shape="ellipse", color="#f1f3f5", border="#868e96"),
    "organization": NodeStyle(label="Cơ quan, tổ chức (organization)", shape="diamond", color="#a5d8ff", border="#1864ab"),
    "unit": NodeStyle(label="Đơn vị trực thuộc (unit)", shape="triangle", color="#d0ebff", border="#4dabf7"),
    "task": NodeStyle(label="Nhiệm vụ (task)", shape="dot", color="#b2f2bb", border="#2b8a3e"),
}

# Edge types of vanban.graph.schema.EdgeType, each styled apart; "_other" for anything new.
EDGE_STYLES: dict[str, EdgeStyle] = {
    "IMPLEMENTS": EdgeStyle(label="IMPLEMENTS: thực hiện", color="#c92a2a", dashes=False, width=3),
    "CITES": EdgeStyle(label="CITES: trích dẫn", color="#868e96", dashes=[6, 4], width=1),
    "REPORTS_TO": EdgeStyle(label="REPORTS_TO: báo cáo", color="#1971c2", dashes=[2, 4], width=2),
    "ISSUED_BY": EdgeStyle(label="ISSUED_BY: ban hành", color="#e67700", dashes=[10, 3, 2, 3], width=1.5),
    "ASSIGNED_TO": EdgeStyle(label="ASSIGNED_TO: giao", color="#2b8a3e", dashes=[8, 3], width=1.5),
    "HAS_TASK": EdgeStyle(label="HAS_TASK: có nhiệm vụ", color="#8ce99a", dashes=False, width=1),
    "SENT_TO": EdgeStyle(label="SENT_TO: nơi nhận", color="#adb5bd", dashes=[1, 3], width=1),
    "PART_OF": EdgeStyle(label="PART_OF: thuộc", color="#74c0fc", dashes=False, width=1),
    "UNDER": EdgeStyle(label="UNDER: cấp trên", color="#364fc7", dashes=[4, 2], width=1),
    "SUCCEEDED_BY": EdgeStyle(label="SUCCEEDED_BY: kế thừa", color="#862e9c", dashes=[12, 4], width=1.5),
    "MEMBER_OF": EdgeStyle(label="MEMBER_OF: thuộc nhóm", color="#a9e34b", dashes=[6, 2], width=1),
    "SAME_AS_CANDIDATE": EdgeStyle(label="SAME_AS_CANDIDATE: có thể trùng", color="#f08c00", dashes=[2, 2], width=1),
    "_other": EdgeStyle(label="khác", color="#495057", dashes=[3, 3], width=1),
}

# Legend order of edge types: the five of the lineage first.
MAIN_EDGE_TYPES = ("IMPLEMENTS", "CITES", "REPORTS_TO", "ISSUED_BY", "ASSIGNED_TO")

# Past this many nodes a page makes the browser crawl: callers must filter first (or raise it).
MAX_NODES = 3000

LAYOUTS = ("hierarchical", "force")

# Longest text put in a tooltip row or quote, in characters.
TIP_TEXT_MAX = 400
LABEL_MAX = 60


class GraphTooLarge(ValueError):
    """The graph has more nodes than a page can draw smoothly; filter it by kind or depth."""

    def __init__(self, nodes: int, edges: int, by_kind: dict[str, int], limit: int):
        self.nodes, self.edges, self.by_kind, self.limit = nodes, edges, by_kind, limit
        kinds = ", ".join(f"{k} {n}" for k, n in by_kind.items())
        super().__init__(f"{nodes} nodes and {edges} edges is more than {limit} nodes ({kinds})")


# ---------------------------------------------------------------- small pure helpers

_FOLD_SPACES = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """Case and diacritics folded for search: 'Chỉ thị 33/CT-TTg' -> 'chi thi 33/ct-ttg'; 'Đ' -> 'd'.

    page.js has the same function, so the query and the index fold alike.
    """
    if not text:
        return ""
    s = unicodedata.normalize("NFD", text)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("đ", "d").replace("Đ", "D").lower()
    return _FOLD_SPACES.sub(" ", s).strip()


def viz_kind(attrs: dict[str, Any]) -> str:
    """The kind a node is drawn as: document, reference, organization, unit or task."""
    kind = attrs.get("kind")
    if kind == "Document":
        return "document" if attrs.get("status") == "loaded" else "reference"
    if kind == "Organization":
        return "unit" if attrs.get("level") == "unit" else "organization"
    if kind == "Task":
        return "task"
    return "reference"


def _short(text: Any, limit: int) -> str:
    s = _FOLD_SPACES.sub(" ", str(text)).strip()
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"


def sokyhieu(attrs: dict[str, Any]) -> str | None:
    """Số ký hiệu of a document node: '33/CT-TTg', '25-NQ/TW', 'KH-SYT' (number blank)."""
    from vanban.graph.schema import number_symbol

    return number_symbol(attrs.get("number"), attrs.get("symbol"))


# ---------------------------------------------------------------- selections


def _typed_edges(graph: nx.MultiDiGraph, edge_type: str) -> nx.DiGraph:
    g = nx.DiGraph()
    g.add_nodes_from(graph.nodes)
    g.add_edges_from((u, v) for u, v, t in graph.edges(data="type") if t == edge_type)
    return g


# A query written as number and symbol: "33/CT-TTg", "33-CT/TTg", "số 25- NQ/TW", "45/KH-UBND".
NUMBER_SYMBOL_QUERY = re.compile(r"^(?:[Ss]ố\s*)?(?P<number>\d+[A-Za-z]?)\s*[-/]\s*(?P<symbol>\S.*)$")


def find_documents(graph: nx.MultiDiGraph, query: str) -> list[str]:
    """Document keys matching ``query``: the exact key, else số ký hiệu, label, surface or file.

    '33/CT-TTg', '33-CT/TTg', 'chi thi 33/ct-ttg' and 'Chỉ thị 33/CT-TTg 2021' all find CT 33.
    Only the best matches are returned: exact before partial, and identified documents before
    references of unknown year.
    """
    from vanban.graph.schema import number_symbol

    if query in graph and graph.nodes[query].get("kind") == "Document":
        return [query]
    q = fold(query)
    m = NUMBER_SYMBOL_QUERY.match(query.strip())
    q_ns = fold(number_symbol(m["number"], m["symbol"])) if m else None
    ranked: list[tuple[tuple[int, int], str]] = []
    for key, a in graph.nodes(data=True):
        if a.get("kind") != "Document":
            continue
        ns = fold(sokyhieu(a))
        names = [fold(str(key)), fold(a.get("label")), fold(a.get("file")), *(fold(s) for s in a.get("surfaces") or [])]
        if (q_ns and q_ns == ns) or q in names:
            match = 0
        elif q and any(q in n for n in [ns, *names]):
            match = 1
        else:
            continue
        # a reference whose year is unknown (its key is scoped to the citing document) ranks after
        ranked.append(((match, 0 if a.get("year") or a.get("date") or a.get("status") == "loaded" else 1), str(key)))
    if not ranked:
        return []
    best = min(r for r, _ in ranked)
    return sorted(k for r, k in ranked if r == best)


def lineage_subgraph(graph: nx.MultiDiGraph, key: str, *, down: bool = False, context: bool = True) -> nx.MultiDiGraph:
    """The lineage of one document: what it implements, up to the root directives, and with
    ``down`` the documents implementing it, down to the leaves (IMPLEMENTS edges, transitively).

    With ``context`` the issuers of those documents come too (ISSUED_BY), with the REPORTS_TO
    edges between them asserted by documents of the lineage.
    """
    if key not in graph:
        raise KeyError(key)
    implements = _typed_edges(graph, "IMPLEMENTS")
    docs = {key} | nx.descendants(implements, key)
    if down:
        docs |= nx.ancestors(implements, key)
    keep = set(docs)
    edges: list[tuple[Any, Any, Any]] = []
    for u, v, k, t in graph.edges(keys=True, data="type"):
        if t == "IMPLEMENTS" and u in docs and v in docs:
            edges.append((u, v, k))
        elif context and t == "ISSUED_BY" and u in docs:
            keep.add(v)
            edges.append((u, v, k))
    if context:
        for u, v, k, a in graph.edges(keys=True, data=True):
            if a.get("type") == "REPORTS_TO" and u in keep and v in keep and (a.get("evidence") or {}).get("source") in docs:
                edges.append((u, v, k))
    return graph.edge_subgraph(edges).copy() if edges else graph.subgraph(keep).copy()


# How the named queries write a path, up or down: "Kế hoạch 58/KH-BVĐK 2025 … → Chỉ thị 33/CT-TTg 2021",
# "Chỉ thị 33/CT-TTg 2021 ← Kế hoạch 312/KH-SYT 2025 Sở Y tế tỉnh Sơn La".
PATH_SEPARATOR = re.compile(r" [→←] ")


def query_subgraph(graph: nx.MultiDiGraph, rows: Iterable[dict[str, Any]]) -> nx.MultiDiGraph:
    """The part of the graph a named query's rows speak of: every node whose key appears in a
    cell (alone, in a list, or inside a path written with → or ←), with the edges among them."""
    keys: set[str] = set()
    for row in rows:
        for value in row.values():
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str):
                    keys.update(part for part in PATH_SEPARATOR.split(item) if part in graph)
    return graph.subgraph(keys).copy()


def filter_graph(
    graph: nx.MultiDiGraph,
    *,
    kinds: Iterable[str] | None = None,
    depth: int | None = None,
    roots: Iterable[str] | None = None,
) -> nx.MultiDiGraph:
    """Keep nodes of the given viz kinds and, with ``depth``, within ``depth`` steps of the roots.

    Without ``roots`` the roots are the documents on the top row (level 0: the root directives).
    Steps follow edges either way.
    """
    g = graph
    if kinds is not None:
        wanted = set(kinds)
        unknown = wanted - set(NODE_STYLES)
        if unknown:
            raise ValueError(f"unknown kind(s) {sorted(unknown)}; use {list(NODE_STYLES)}")
        g = g.subgraph([n for n, a in g.nodes(data=True) if viz_kind(a) in wanted])
    if depth is not None:
        if roots is None:
            levels = compute_levels(g)
            roots = [n for n, a in g.nodes(data=True) if a.get("kind") == "Document" and levels[n] == 0]
        seen = {r: 0 for r in roots if r in g}
        queue = deque(seen)
        undirected = g.to_undirected(as_view=True)
        while queue:
            n = queue.popleft()
            if seen[n] >= depth:
                continue
            for m in undirected.neighbors(n):
                if m not in seen:
                    seen[m] = seen[n] + 1
                    queue.append(m)
        g = g.subgraph(seen)
    return nx.MultiDiGraph(g)


# ---------------------------------------------------------------- levels (top-down reading)

# Where a node lands relative to an already placed neighbour, by edge type and direction:
# (type, placed end) -> offset of the other end. Documents are placed first, by IMPLEMENTS.
_LEVEL_OFFSETS: dict[tuple[str, str], int] = {
    ("ISSUED_BY", "source"): 0,  # an issuer beside its document
    ("ISSUED_BY", "target"): 0,
    ("HAS_TASK", "source"): 1,  # tasks under their document
    ("HAS_TASK", "target"): -1,
    ("ASSIGNED_TO", "source"): 1,  # assignees under their task
    ("ASSIGNED_TO", "target"): -1,
    ("SENT_TO", "source"): 1,
    ("SENT_TO", "target"): -1,
    ("REPORTS_TO", "source"): -1,  # reports go up
    ("REPORTS_TO", "target"): 1,
    ("UNDER", "source"): -1,
    ("UNDER", "target"): 1,
    ("PART_OF", "source"): -1,
    ("PART_OF", "target"): 1,
}


def compute_levels(graph: nx.MultiDiGraph) -> dict[Any, int]:
    """Row of each node, 0 at the top: a document sits one row under the lowest document it
    implements (root directives, and documents only cited, on row 0); other nodes sit next to
    their placed neighbours (tasks under their document, issuers beside it, report targets above).
    Deterministic; cycles of IMPLEMENTS share a row.
    """
    levels: dict[Any, int] = {}
    docs = [n for n, a in graph.nodes(data=True) if a.get("kind") == "Document"]
    implements = _typed_edges(graph.subgraph(docs), "IMPLEMENTS")
    cond = nx.condensation(implements)
    comp_level: dict[int, int] = {}
    for c in reversed(list(nx.topological_sort(cond))):  # sinks (implement nothing) first
        comp_level[c] = 1 + max((comp_level[s] for s in cond.successors(c)), default=-1)
    for n in docs:
        levels[n] = comp_level[cond.graph["mapping"][n]]
    order = sorted(graph.nodes, key=str)
    queue = deque(sorted(levels, key=lambda n: (levels[n], str(n))))
    while queue:
        n = queue.popleft()
        for edges, end in ((graph.out_edges(n, data="type"), "source"), (graph.in_edges(n, data="type"), "target")):
            for u, v, t in sorted(edges, key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
                other = v if end == "source" else u
                off = _LEVEL_OFFSETS.get((t, end))
                if off is not None and other not in levels:
                    levels[other] = levels[n] + off
                    queue.append(other)
    for n in order:
        levels.setdefault(n, 0)
    low = min(levels.values(), default=0)
    return {n: lv - low for n, lv in levels.items()}


# ---------------------------------------------------------------- page data


def _rows(pairs: Iterable[tuple[str, Any]]) -> list[list[str]]:
    return [[name, _short(value, TIP_TEXT_MAX)] for name, value in pairs if value not in (None, "", [], False)]


def _node_entry(key: Any, a: dict[str, Any]) -> tuple[str, str, list[list[str]], list[str]]:
    """(label, tooltip heading, tooltip rows, search texts) of one node."""
    kind = a.get("kind")
    label = a.get("label") or str(key)
    if kind == "Document":
        ns = sokyhieu(a)
        # A document without a number is headed by its name (queries.doc_name), not its bare type ("Luật").
        head = " ".join(x for x in (a.get("doc_type"), ns) if x) if ns else document_name({**a, "key": str(key)})
        status = {"loaded": "đã nạp", "cited": "chỉ được trích dẫn", "placeholder": "trích dẫn không số"}.get(a.get("status"), a.get("status"))
        rows = _rows(
            [
                ("Loại", a.get("doc_type")),
                ("Số ký hiệu", ns),
                ("Ngày", a.get("date") or a.get("year")),
                ("Cơ quan ban hành", a.get("issuer")),
                ("Trích yếu", a.get("title")),
                ("Trạng thái", status),
                ("Tệp", a.get("file")),
                ("Khóa", key),
            ]
        )
        raw_ns = "/".join(x for x in (a.get("number"), a.get("symbol")) if x)
        search = [str(key), label, ns or "", raw_ns, *(a.get("surfaces") or [])]
    elif kind == "Organization":
        head = a.get("name") or label
        rows = _rows(
            [
                ("Cấp", a.get("level")),
                ("Tỉnh", a.get("province")),
                ("Huyện", a.get("district")),
                ("Vai trò", ", ".join(a.get("roles") or [])),
                ("Đã giải thể/sáp nhập (2025)", "có" if a.get("defunct") else None),
            ]
        )
        search = [str(key), label, a.get("name") or ""]
    elif kind == "Task":
        head = f"Nhiệm vụ {a.get('section') or ''}".strip()
        rows = _rows(
            [
                ("Văn bản", a.get("document")),
                ("Mục", a.get("section")),
                ("Nội dung", a.get("text") or a.get("text_start")),
                ("Hạn", a.get("deadline")),
            ]
        )
        search = [label, a.get("text_start") or ""]
    else:
        head = label
        rows = _rows([("Khóa", key)])
        search = [str(key), label]
    return _short(label, LABEL_MAX), _short(head, 120), rows, search


def _edge_entry(u: Any, v: Any, a: dict[str, Any]) -> tuple[list[list[str]], str | None]:
    ev = a.get("evidence") or {}
    if not isinstance(ev, dict):  # a pydantic Evidence
        ev = ev.model_dump() if hasattr(ev, "model_dump") else {"quote": str(ev)}
    rows = _rows(
        [
            ("Từ", u),
            ("Đến", v),
            ("Văn bản nguồn", ev.get("source") or "quy tắc / dữ liệu"),
            ("Vị trí", f"{ev['start']}–{ev['end']}" if ev.get("start") is not None and ev.get("end") is not None else None),
            ("Căn cứ", a.get("basis")),
            ("Suy ra (không nêu trong văn bản)", "có" if a.get("stated") is False else None),
            ("Hạn", a.get("deadline")),
            ("Định kỳ", a.get("recurrence")),
            ("Mục đích", a.get("purpose")),
        ]
    )
    quote = ev.get("quote")
    return rows, _short(quote, TIP_TEXT_MAX) if quote else None


def page_data(graph: nx.MultiDiGraph, *, layout: str = "hierarchical", title: str = "vanban") -> dict[str, Any]:
    """Everything the page script needs, as plain JSON-able data. Pure and deterministic."""
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {LAYOUTS}, not {layout!r}")
    order = sorted(graph.nodes, key=str)
    ids = {n: i for i, n in enumerate(order)}
    levels = compute_levels(graph) if layout == "hierarchical" else {}
    nodes = []
    for n in order:
        a = graph.nodes[n]
        label, head, rows, search = _node_entry(n, a)
        entry: dict[str, Any] = {
            "id": ids[n],
            "label": label,
            "kind": viz_kind(a),
            "head": head,
            "tip": rows,
            "search": " | ".join(dict.fromkeys(s for s in search if s)),
        }
        if levels:
            entry["level"] = levels[n]
        nodes.append(entry)
    edges = []
    for i, (u, v, a) in enumerate(sorted(graph.edges(data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2].get("type")), str(e[2].get("id"))))):
        rows, quote = _edge_entry(u, v, a)
        entry = {"id": i, "from": ids[u], "to": ids[v], "type": a.get("type") or "_other", "tip": rows, "quote": quote}
        if a.get("stated") is False:  # an IMPLEMENTS the resolver inferred, not one the text states
            entry["inferred"] = True
        edges.append(entry)
    return {
        "title": title,
        "layout": layout,
        "nodes": nodes,
        "edges": edges,
        "styles": {
            "kinds": {k: s.model_dump() for k, s in NODE_STYLES.items()},
            "edges": {k: s.model_dump() for k, s in EDGE_STYLES.items()},
        },
    }


# ---------------------------------------------------------------- HTML

# Markers in assets/page.html, replaced in one pass (so text containing a marker stays text).
TEMPLATE_MARKER = re.compile(r"@@([A-Z_]+)@@")

# Characters that could end the JSON <script> block or confuse an HTML parser, as JSON escapes.
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")


def json_for_script(data: Any) -> str:
    """JSON safe inside <script type="application/json">: no '<', '>' or '&' left."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return _JSON_UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group()], text)


@cache
def _asset(name: str) -> str:
    return resources.files("vanban.viz").joinpath("assets", name).read_text(encoding="utf-8")


@cache
def _vis_asset(name: str) -> str:
    """vis-network as shipped inside the pyvis package (no CDN)."""
    text = resources.files("pyvis").joinpath("lib", "vis-9.1.2", name).read_text(encoding="utf-8")
    if "</script" in text.lower() or "</style" in text.lower():  # would end the inline block early
        text = re.sub(r"</(script|style)", r"<\\/\1", text, flags=re.IGNORECASE)
    return text


def _legend_html(by_kind: Counter, by_type: Counter, inferred: int = 0) -> str:
    esc = html.escape
    parts = ['<aside id="legend" aria-label="Chú giải">', "<h2>Nút</h2>", "<ul>"]
    for kind, st in NODE_STYLES.items():
        parts.append(
            f'<li data-kind="{esc(kind)}"><span class="swatch {esc(st.shape)}" '
            f'style="background:{esc(st.color)};border-color:{esc(st.border)};color:{esc(st.border)}"></span>'
            f'{esc(st.label)} <span class="count">{by_kind.get(kind, 0)}</span></li>'
        )
    parts += ["</ul>", "<h2>Cạnh</h2>", "<ul>"]
    types = [*MAIN_EDGE_TYPES, *sorted(t for t in by_type if t not in MAIN_EDGE_TYPES)]
    for t in types:
        st = EDGE_STYLES.get(t, EDGE_STYLES["_other"])
        style = "dashed" if st.dashes else "solid"
        if isinstance(st.dashes, list) and st.dashes[0] <= 2:
            style = "dotted"
        parts.append(
            f'<li data-edge-type="{esc(t)}"><span class="line" style="border-top:{max(2, st.width):g}px {style} {esc(st.color)}"></span>'
            f'{esc(st.label if t in EDGE_STYLES else t)} <span class="count">{by_type.get(t, 0)}</span></li>'
        )
    if inferred:
        st = EDGE_STYLES["IMPLEMENTS"]
        parts.append(
            f'<li data-edge-type="IMPLEMENTS-inferred"><span class="line" style="border-top:2px dashed {esc(st.color)}"></span>'
            f'IMPLEMENTS suy ra (inferred) <span class="count">{inferred}</span></li>'
        )
    parts += ["</ul>", "</aside>"]
    return "\n".join(parts)


def render_page(
    graph: nx.MultiDiGraph,
    *,
    layout: str = "hierarchical",
    title: str = "vanban",
    notice: str | None = None,
    max_nodes: int | None = MAX_NODES,
) -> str:
    """The graph as one self-contained HTML page. Raises GraphTooLarge past ``max_nodes``."""
    by_kind = Counter(viz_kind(a) for _, a in graph.nodes(data=True))
    if max_nodes is not None and graph.number_of_nodes() > max_nodes:
        raise GraphTooLarge(graph.number_of_nodes(), graph.number_of_edges(), dict(by_kind.most_common()), max_nodes)
    data = page_data(graph, layout=layout, title=title)
    by_type = Counter(e["type"] for e in data["edges"])
    values = {
        "VERSION": html.escape(__version__),
        "TITLE": html.escape(title),
        "VIS_CSS": _vis_asset("vis-network.css"),
        "PAGE_CSS": _asset("page.css"),
        "LEGEND": _legend_html(by_kind, by_type, sum(1 for e in data["edges"] if e.get("inferred"))),
        "NOTICE": html.escape(notice or ""),
        "N_NODES": str(len(data["nodes"])),
        "N_EDGES": str(len(data["edges"])),
        "DATA": json_for_script(data),
        "VIS_JS": _vis_asset("vis-network.min.js"),
        "PAGE_JS": _asset("page.js"),
    }
    return TEMPLATE_MARKER.sub(lambda m: values[m.group(1)], _asset("page.html"))


def write_page(graph: nx.MultiDiGraph, path: str | Path, **kwargs: Any) -> Path:
    """Render ``graph`` and write the page to ``path`` (UTF-8). Returns the path."""
    out = Path(path)
    out.write_text(render_page(graph, **kwargs), encoding="utf-8")
    return out
