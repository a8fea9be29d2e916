/* vanban viz page: draws the graph embedded as JSON in #vanban-data with vis-network.
 * Every text from documents is put into the page with textContent (never innerHTML):
 * document text is untrusted. #vanban-status is a hidden test hook: it receives the numbers
 * of nodes and edges actually drawn once the network is drawn. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("vanban-data").textContent);
  var status = document.getElementById("vanban-status");
  var kinds = data.styles.kinds;
  var etypes = data.styles.edges;

  /* Case and diacritics folded, the same as viz/page.py fold(): "Chỉ thị" -> "chi thi", "Đ" -> "d". */
  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().replace(/\s+/g, " ").trim();
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  /* A tooltip element: a heading, "name: value" rows, an optional quote. */
  function tooltip(head, rows, quote) {
    var box = el("div", "tip");
    box.appendChild(el("div", "tip-head", head));
    (rows || []).forEach(function (r) {
      var row = el("div", "tip-row");
      row.appendChild(el("span", "tip-name", r[0] + ": "));
      row.appendChild(el("span", "tip-value", r[1]));
      box.appendChild(row);
    });
    if (quote) box.appendChild(el("div", "tip-quote", "“" + quote + "”"));
    return box;
  }

  var hierarchical = data.layout === "hierarchical";
  var big = data.nodes.length > 1000 || data.edges.length > 2000;

  var visNodes = data.nodes.map(function (n) {
    var st = kinds[n.kind];
    var node = {
      id: n.id,
      label: n.label,
      title: tooltip(n.head, n.tip),
      shape: st.shape,
      color: { background: st.color, border: st.border, highlight: { background: st.color, border: "#000" } },
      borderWidth: 2,
      font: { size: 13, face: "DejaVu Sans, Arial, sans-serif" },
      widthConstraint: { maximum: 220 }
    };
    if (hierarchical) node.level = n.level;
    return node;
  });
  var visEdges = data.edges.map(function (e) {
    var st = etypes[e.type] || etypes._other;
    return {
      id: e.id,
      from: e.from,
      to: e.to,
      label: big ? undefined : e.type,
      title: tooltip(e.type, e.tip, e.quote),
      color: { color: st.color, highlight: "#000" },
      dashes: e.inferred ? [4, 4] : st.dashes,
      width: e.inferred ? 1.5 : st.width,
      arrows: "to",
      font: { size: 9, align: "middle", color: st.color, strokeWidth: 3 }
    };
  });

  var options = {
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: big },
    edges: { smooth: big ? false : (hierarchical ? { type: "cubicBezier", forceDirection: "vertical", roundness: 0.4 } : { type: "dynamic" }) },
    nodes: { shapeProperties: { interpolation: false } }
  };
  if (hierarchical) {
    options.layout = { hierarchical: { enabled: true, direction: "UD", sortMethod: "directed",
      levelSeparation: 150, nodeSpacing: 200, treeSpacing: 220, blockShifting: !big, edgeMinimization: !big, parentCentralization: !big } };
    options.physics = false;
  } else {
    options.layout = { improvedLayout: data.nodes.length <= 300, randomSeed: 7 };
    options.physics = { solver: "forceAtlas2Based", stabilization: { iterations: big ? 60 : 200, fit: true },
      forceAtlas2Based: { gravitationalConstant: -60, springLength: 120 } };
  }

  var container = document.getElementById("graph");
  var nodesSet = new vis.DataSet(visNodes);
  var edgesSet = new vis.DataSet(visEdges);
  var network = new vis.Network(container, { nodes: nodesSet, edges: edgesSet }, options);
  if (!hierarchical) network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: false }); });

  network.once("afterDrawing", function () {
    status.setAttribute("data-nodes", String(network.body.nodeIndices.length));
    status.setAttribute("data-edges", String(network.body.edgeIndices.length));
    status.setAttribute("data-ready", "1");
  });

  /* Search: by số ký hiệu, key or name, with or without diacritics. */
  var index = data.nodes.map(function (n) {
    return { id: n.id, label: n.label, parts: n.search.split(" | ").map(fold) };
  });
  var input = document.getElementById("search");
  var result = document.getElementById("search-result");
  var list = document.getElementById("search-matches");

  /* Rank of a match: 0 a whole name, 1 a name's start, 2 a word's start, 3 anywhere. */
  function rank(parts, q) {
    var best = 4;
    parts.forEach(function (p) {
      var r = p === q ? 0 : p.indexOf(q) === 0 ? 1 : (p.indexOf(" " + q) >= 0 || p.indexOf("/" + q) >= 0) ? 2 : p.indexOf(q) >= 0 ? 3 : 4;
      if (r < best) best = r;
    });
    return best;
  }

  function search(query) {
    var q = fold(query);
    if (!q) return [];
    var found = [];
    index.forEach(function (n) {
      var r = rank(n.parts, q);
      if (r < 4) found.push({ id: n.id, label: n.label, rank: r });
    });
    found.sort(function (a, b) {
      return a.rank - b.rank || a.label.length - b.label.length || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
    });
    return found;
  }

  function show(query) {
    var found = search(query);
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!fold(query)) { result.textContent = ""; network.unselectAll(); return found; }
    result.textContent = found.length ? found.length + " kết quả" : "không tìm thấy";
    found.slice(0, 8).forEach(function (n) {
      var b = el("button", "match", n.label);
      b.type = "button";
      b.setAttribute("data-node", String(n.id));
      b.addEventListener("click", function () { focus(n.id); });
      var li = el("li");
      li.appendChild(b);
      list.appendChild(li);
    });
    if (found.length) focus(found[0].id);
    return found;
  }

  function focus(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: 1.1, animation: false });
  }

  input.addEventListener("input", function () { show(input.value); });
  window.vanban = { network: network, search: search, show: show, fold: fold };
})();
