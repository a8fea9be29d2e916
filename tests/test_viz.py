"""viz/page.py: the page is self-contained, escapes document text, reads top-down, and works in
a real headless Chromium (no console error, no network request, every node and edge drawn,
legend, hover, search).

The graphs are built by the graph step from real inputs: the gold records of the five seeds
(/work/shared/gold/seeds, same schema as DocumentRecord), plus a plan chain (Chỉ thị 33/CT-TTg
-> UBND tỉnh -> Sở Y tế -> hospital, and a district plan) written as records, one of whose
titles carries ``<script>alert(1)</script>``.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from vanban.loaders.records import Citation, DocumentRecord, Header, Report
from vanban.viz.page import (
    EDGE_STYLES,
    MAX_NODES,
    NODE_STYLES,
    GraphTooLarge,
    compute_levels,
    filter_graph,
    find_documents,
    fold,
    json_for_script,
    lineage_subgraph,
    page_data,
    render_page,
    viz_kind,
    write_page,
)

build = pytest.importorskip("vanban.graph.build")

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
SCRIPT_TITLE = "Thực hiện công tác dân vận <script>alert(1)</script> năm 2025"

# An http(s) or protocol-relative URL in a src/href attribute or a CSS url(): a fetch.
REMOTE_REFERENCE = re.compile(r"""(?:\b(?:src|href)\s*=\s*["']?|url\(\s*["']?)\s*(?:https?:)?//""", re.IGNORECASE)


def _cite(surface: str, doc_type: str, number: str, symbol: str, date: str, issuer: str) -> Citation:
    return Citation(surface=surface, doc_type=doc_type, number=number, symbol=symbol, year=int(date[:4]), date=date, issuer=issuer)


CT33 = _cite("Chỉ thị số 33/CT-TTg ngày 26/11/2021", "Chỉ thị", "33", "CT-TTg", "2021-11-26", "Thủ tướng Chính phủ")
KH45 = _cite("Kế hoạch số 45/KH-UBND ngày 14/02/2025", "Kế hoạch", "45", "KH-UBND", "2025-02-14", "Ủy ban nhân dân tỉnh Sơn La")
KH312 = _cite("Kế hoạch số 312/KH-SYT ngày 05/3/2025", "Kế hoạch", "312", "KH-SYT", "2025-03-05", "Sở Y tế tỉnh Sơn La")


def _plan(file: str, issuer: str, number: str, symbol: str, date: str, title: str, parent: Citation, report_to: str) -> DocumentRecord:
    return DocumentRecord(
        file=file,
        document=Header(doc_type="Kế hoạch", number=number, symbol=symbol, issuer=issuer, date=date, title=title, province="Sơn La"),
        implements=[parent],
        cites=[parent],
        reports_to=[Report(**{"from": issuer, "to": report_to, "deadline": "2025-11-02", "evidence": f"báo cáo kết quả gửi về {report_to} trước ngày 02/11/2025"})],
    )


def chain_records() -> list[DocumentRecord]:
    """The examples/ chain as records (the plans of examples/, fictional, in a real province)."""
    return [
        _plan("01.txt", "Ủy ban nhân dân tỉnh Sơn La", "45", "KH-UBND", "2025-02-14", "Triển khai thực hiện Chỉ thị số 33/CT-TTg", CT33, "Thủ tướng Chính phủ"),
        _plan("02.txt", "Sở Y tế tỉnh Sơn La", "312", "KH-SYT", "2025-03-05", "Thực hiện công tác dân vận chính quyền trong ngành Y tế năm 2025", KH45, "Ủy ban nhân dân tỉnh Sơn La"),
        _plan("03.md", "Bệnh viện Đa khoa tỉnh Sơn La", "58", "KH-BVĐK", "2025-03-20", SCRIPT_TITLE, KH312, "Sở Y tế tỉnh Sơn La"),
        _plan("04.txt", "Ủy ban nhân dân huyện Mộc Châu", "27", "KH-UBND", "2025-03-03", "Thực hiện công tác dân vận chính quyền trên địa bàn huyện năm 2025", KH45, "Ủy ban nhân dân tỉnh Sơn La"),
    ]


@pytest.fixture(scope="module")
def gold_records(gold_dir) -> list[DocumentRecord]:
    records = [DocumentRecord.model_validate(json.loads(p.read_text(encoding="utf-8"))) for p in sorted(gold_dir.glob("*.json"))]
    assert len(records) == 5
    return records


@pytest.fixture(scope="module")
def graph(gold_records) -> nx.MultiDiGraph:
    return build.graph_from_records([*gold_records, *chain_records()])


@pytest.fixture(scope="module")
def chain_graph() -> nx.MultiDiGraph:
    return build.graph_from_records(chain_records())


def _doc(graph: nx.MultiDiGraph, sokyhieu: str) -> str:
    found = find_documents(graph, sokyhieu)
    assert len(found) == 1, (sokyhieu, found)
    return found[0]


# ---------------------------------------------------------------- pure parts


def test_fold_removes_case_and_diacritics():
    assert fold("Chỉ thị 33/CT-TTg") == "chi thi 33/ct-ttg"
    assert fold("Ủy ban nhân dân huyện Đồng Văn") == "uy ban nhan dan huyen dong van"
    assert fold("  Sở Y tế\n tỉnh  Hà Giang ") == "so y te tinh ha giang"


def test_json_for_script_cannot_close_the_script_block():
    data = {"title": "</script><script>alert(1)</script> & \u2028"}
    text = json_for_script(data)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == data


def test_find_documents_by_sokyhieu_in_any_spelling(graph):
    key = _doc(graph, "33/CT-TTg")
    assert key == "Chỉ thị 33/CT-TTg 2021"
    assert find_documents(graph, "33-CT/TTg") == [key]
    assert find_documents(graph, "chi thi 33/ct-ttg 2021") == [key]
    assert _doc(graph, "233/KH-UBND") == "Kế hoạch 233/KH-UBND 2022 Ủy ban nhân dân tỉnh Hà Giang"


def test_every_node_has_a_drawn_kind(graph):
    kinds = {viz_kind(a) for _, a in graph.nodes(data=True)}
    assert kinds <= set(NODE_STYLES)
    assert {"document", "reference", "organization", "task"} <= kinds


def test_lineage_upward_and_down(chain_graph):
    hospital = _doc(chain_graph, "58/KH-BVĐK")
    up = lineage_subgraph(chain_graph, hospital)
    docs = {n for n, a in up.nodes(data=True) if a["kind"] == "Document"}
    assert docs == {hospital, _doc(chain_graph, "312/KH-SYT"), _doc(chain_graph, "45/KH-UBND"), "Chỉ thị 33/CT-TTg 2021"}
    assert "Thủ tướng Chính phủ" in up  # the issuers come along
    kh45 = _doc(chain_graph, "45/KH-UBND")
    assert _doc(chain_graph, "27/KH-UBND") not in lineage_subgraph(chain_graph, kh45)
    down = lineage_subgraph(chain_graph, kh45, down=True)
    assert {_doc(chain_graph, "27/KH-UBND"), hospital, "Chỉ thị 33/CT-TTg 2021"} <= set(down)
    implements = [(u, v) for u, v, t in down.edges(data="type") if t == "IMPLEMENTS"]
    assert len(implements) == 4
    types = {t for *_, t in down.edges(data="type")}
    assert types <= {"IMPLEMENTS", "ISSUED_BY", "REPORTS_TO"}


def test_levels_read_top_down(chain_graph):
    levels = compute_levels(chain_graph)
    rows = [levels[_doc(chain_graph, s)] for s in ("33/CT-TTg", "45/KH-UBND", "312/KH-SYT", "58/KH-BVĐK")]
    assert rows == sorted(rows) and len(set(rows)) == 4
    assert levels[_doc(chain_graph, "27/KH-UBND")] == levels[_doc(chain_graph, "312/KH-SYT")]
    assert min(levels.values()) == 0


def test_page_is_self_contained(graph):
    page = render_page(graph, title="Toàn bộ")
    assert not REMOTE_REFERENCE.search(page)
    assert "<link" not in page.lower()
    assert not re.search(r"<script[^>]*\bsrc=", page, re.IGNORECASE)
    assert "default-src 'none'" in page  # and the browser is told to fetch nothing
    assert "vis.Network" in page and "vis-network" in page  # vis inlined


def test_document_text_is_escaped(graph):
    page = render_page(graph, title="<b>tiêu đề</b>")
    parsed = _Elements()
    parsed.feed(page)
    # three script elements (the JSON data, vis-network, the page script), none from the data
    assert [a for t, a in parsed.starts if t == "script"] == [{"type": "application/json", "id": "vanban-data"}, {}, {}]
    assert "b" not in {t for t, _ in parsed.starts}
    data = json.loads(parsed.data_block)
    assert any(SCRIPT_TITLE in row[1] for n in data["nodes"] for row in n["tip"])
    assert "<script>alert(1)" not in page
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page
    assert "&lt;b&gt;tiêu đề&lt;/b&gt;" in page and "<b>tiêu đề</b>" not in page


class _Elements(HTMLParser):
    """Start tags of a page as a browser's tokenizer sees them (script content is raw text)."""

    def __init__(self):
        super().__init__()
        self.starts: list[tuple[str, dict]] = []
        self.data_block = ""
        self._in_data = False

    def handle_starttag(self, tag, attrs):
        self.starts.append((tag, dict(attrs) if tag == "script" else {}))
        self._in_data = tag == "script" and dict(attrs).get("id") == "vanban-data"

    def handle_endtag(self, tag):
        self._in_data = False

    def handle_data(self, data):
        if self._in_data:
            self.data_block += data


def test_page_data_counts_match_the_graph(graph):
    data = page_data(graph)
    assert len(data["nodes"]) == graph.number_of_nodes()
    assert len(data["edges"]) == graph.number_of_edges()
    assert all(e["type"] in EDGE_STYLES for e in data["edges"])
    implements = [e for e in data["edges"] if e["type"] == "IMPLEMENTS" and e["quote"]]
    assert implements and any(row[0] == "Văn bản nguồn" for row in implements[0]["tip"])
    ct33 = next(n for n in data["nodes"] if n["label"].endswith("33/CT-TTg"))
    tip = dict(ct33["tip"])
    assert tip["Số ký hiệu"] == "33/CT-TTg" and tip["Loại"] == "Chỉ thị" and tip["Cơ quan ban hành"] == "Thủ tướng Chính phủ"


def test_render_is_deterministic(gold_records):
    a = render_page(build.graph_from_records(gold_records))
    b = render_page(build.graph_from_records(list(reversed(gold_records))))
    assert a == b


def _synthetic(n: int) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for i in range(n):
        g.add_node(f"d{i}", kind="Document", key=f"d{i}", label=f"KH {i}/KH-UBND", status="loaded" if i % 2 else "cited")
        if i:
            g.add_edge(f"d{i}", f"d{(i - 1) // 3}", type="IMPLEMENTS", evidence={"source": f"d{i}", "quote": "Thực hiện"})
    return g


def test_too_large_graph_is_refused_and_can_be_filtered():
    g = _synthetic(MAX_NODES + 1)
    with pytest.raises(GraphTooLarge) as err:
        render_page(g)
    assert err.value.nodes == MAX_NODES + 1 and err.value.by_kind == {"document": 1500, "reference": 1501}
    assert filter_graph(g, kinds=["document"]).number_of_nodes() == 1500
    shallow = filter_graph(g, depth=2)  # root d0, its 3 children, their 9
    assert shallow.number_of_nodes() == 13
    assert render_page(shallow)
    with pytest.raises(ValueError):
        filter_graph(g, kinds=["documents"])


# ---------------------------------------------------------------- in Chromium


def _open(chromium, graph, path: Path, **kw):
    write_page(graph, path, **kw)
    page = chromium.open(path)
    page.wait_until("document.getElementById('vanban-status').dataset.ready === '1'")
    return page


def _type_search(page, text: str) -> list[str]:
    return page.evaluate(
        "(() => { const i = document.getElementById('search'); i.value = %s; i.dispatchEvent(new Event('input'));"
        " return Array.from(document.querySelectorAll('#search-matches button')).map(b => b.textContent); })()" % json.dumps(text)
    )


def test_whole_graph_page_in_chromium(chromium, graph, tmp_path):
    page = _open(chromium, graph, tmp_path / "graph.html", title="vanban: toàn bộ", layout="force")
    try:
        status = page.evaluate("Object.assign({}, document.getElementById('vanban-status').dataset)")
        assert int(status["nodes"]) == graph.number_of_nodes()
        assert int(status["edges"]) == graph.number_of_edges()
        assert page.evaluate("document.querySelectorAll('#legend li[data-kind]').length") == len(NODE_STYLES)
        assert page.evaluate("document.querySelectorAll('#legend li[data-edge-type]').length") >= 5
        matches = _type_search(page, "33/CT-TTg")
        assert matches and matches[0] == "Chỉ thị 33/CT-TTg"
        assert page.evaluate("window.vanban.network.getSelectedNodes().length") == 1
        # without diacritics; the body itself ranks before its units ("Văn phòng Sở Y tế…")
        found = _type_search(page, "so y te tinh ha giang")
        assert found[0] == "Sở Y tế tỉnh Hà Giang" and len(found) > 1
        # the <script> title is text in a tooltip, and nothing ran
        assert page.evaluate("document.querySelectorAll('script').length") == 3
        tip = page.evaluate(
            "(() => { const n = window.vanban.network.body.data.nodes.get().find(n => n.title.textContent.includes('alert(1)'));"
            " return n && n.title.textContent; })()"
        )
        assert tip and "<script>alert(1)</script>" in tip
        page.screenshot(ARTIFACTS / "viz_graph.png")
        assert page.console_errors() == []
        assert page.network_requests() == []
        assert page.dialogs() == []
    finally:
        page.close()


def test_lineage_page_in_chromium_reads_top_down_and_hovers(chromium, chain_graph, tmp_path):
    kh45 = _doc(chain_graph, "45/KH-UBND")
    sub = lineage_subgraph(chain_graph, kh45, down=True)
    page = _open(chromium, sub, tmp_path / "lineage.html", title="Dòng thực hiện")
    try:
        status = page.evaluate("Object.assign({}, document.getElementById('vanban-status').dataset)")
        assert (int(status["nodes"]), int(status["edges"])) == (sub.number_of_nodes(), sub.number_of_edges())
        ys = page.evaluate(
            "(() => { const net = window.vanban.network, out = {};"
            " for (const n of net.body.data.nodes.get()) out[n.label] = net.getPositions([n.id])[n.id].y; return out; })()"
        )
        labels = {n: a["label"] for n, a in sub.nodes(data=True)}
        chain = [labels[_doc(sub, s)] for s in ("33/CT-TTg", "45/KH-UBND", "312/KH-SYT", "58/KH-BVĐK")]
        assert [ys[label] for label in chain] == sorted(ys[label] for label in chain)
        assert ys[chain[0]] < ys[chain[-1]]  # central directive on top, hospital plan at the bottom
        # hover the directive: the tooltip shows its identity
        x, y = page.evaluate(
            "(() => { const net = window.vanban.network; const n = net.body.data.nodes.get().find(n => n.label === %s);"
            " const p = net.canvasToDOM(net.getPositions([n.id])[n.id]); const r = document.getElementById('graph').getBoundingClientRect();"
            " return [p.x + r.left, p.y + r.top]; })()" % json.dumps(chain[0])
        )
        for dx in (0, 1, 2):
            chromium.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x + dx, "y": y}, session=page.session)
        shown = page.wait_until(
            "(() => { const t = document.querySelector('div.vis-tooltip'); return t && t.style.visibility !== 'hidden' && t.textContent; })()",
            timeout=10,
        )
        assert "33/CT-TTg" in shown and "Thủ tướng Chính phủ" in shown and "2021-11-26" in shown
        page.screenshot(ARTIFACTS / "viz_lineage.png")
        assert page.console_errors() == []
        assert page.network_requests() == []
    finally:
        page.close()


# ---------------------------------------------------------------- the command


def test_viz_command_draws_the_examples_lineage(tmp_path):
    from typer.testing import CliRunner

    from vanban.cli import app

    examples = Path(__file__).resolve().parent.parent / "examples"
    out = tmp_path / "lineage.html"
    result = CliRunner().invoke(app, ["viz", "33/CT-TTg", "--down", "--from", str(examples), "-o", str(out)])
    assert result.exit_code == 0, result.output
    parsed = _Elements()
    parsed.feed(out.read_text(encoding="utf-8"))
    data = json.loads(parsed.data_block)
    labels = {n["label"] for n in data["nodes"] if n["kind"] == "document"}
    # the four plans of examples/ all implement CT 33, directly or through 45/KH-UBND
    assert {"Kế hoạch 45/KH-UBND", "Kế hoạch 312/KH-SYT", "Kế hoạch 27/KH-UBND"} <= labels
    assert any("58/KH-BV" in label for label in labels)
    levels = {n["label"]: n["level"] for n in data["nodes"]}
    assert levels["Chỉ thị 33/CT-TTg"] == 0 < levels["Kế hoạch 45/KH-UBND"] < levels["Kế hoạch 312/KH-SYT"]

    big = CliRunner().invoke(app, ["viz", "--all", "--from", str(examples), "--max-nodes", "5", "-o", str(tmp_path / "all.html")])
    assert big.exit_code == 1
    assert "--kind" in big.output and "--depth" in big.output
    assert not (tmp_path / "all.html").exists()


def test_viz_query_draws_what_the_named_query_returns(tmp_path):
    from typer.testing import CliRunner

    from vanban.cli import app
    from vanban.graph.ladybug_store import LadybugStore
    from vanban.queries import named

    examples = Path(__file__).resolve().parent.parent / "examples"
    store = tmp_path / "store"
    loaded = CliRunner().invoke(app, ["load", str(examples), "--store", str(store), "-j", "1"])
    assert loaded.exit_code == 0, loaded.output
    out = tmp_path / "ct33.html"
    result = CliRunner().invoke(
        app, ["viz", "--query", "implementers", "--param", "doc=33/CT-TTg", "--store", str(store), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    parsed = _Elements()
    parsed.feed(out.read_text(encoding="utf-8"))
    drawn = {n["search"].split(" | ")[0] for n in json.loads(parsed.data_block)["nodes"]}  # the key comes first
    with LadybugStore(store, read_only=True) as s:
        rows = named.run_named(s, "implementers", {"doc": "33/CT-TTg"}).rows
    # The instrument (at the head of every path) and each implementer.
    assert drawn == {"Chỉ thị 33/CT-TTg 2021"} | {row["implementer"] for row in rows}
    assert any("45/KH-UBND" in k for k in drawn) and any("312/KH-SYT" in k for k in drawn)

    unknown = CliRunner().invoke(app, ["viz", "--query", "nope", "--store", str(store), "-o", str(out)])
    assert unknown.exit_code == 2 and "no named query 'nope'" in unknown.output
