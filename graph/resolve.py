"""Resolution over the whole assembled set: one node per instrument and body, placeholders matched,
uncertain merges recorded as candidates, and IMPLEMENTS inferred from the issuers' hierarchy.

Numbered instruments already share a canonical key (graph.schema), so 33/CT-TTg and 33-CT/TTg
meet in one node whatever the order. What is left here is decided over the whole set, sorted:

- node attributes: a loaded document's own header wins; otherwise, per field, the value most
  documents give (ties: the smallest), so the result does not depend on load order;
- placeholders ("Kế hoạch dân vận năm 2023 của Sở Y tế Hà Giang") merge into the one loaded
  document with the same issuer, type, year and subject; with several, candidates are recorded;
- a numbered reference whose year or issuer is unknown is scoped to its citing document and
  linked to the identified instruments it may be by SAME_AS_CANDIDATE, never merged;
- hierarchy: when a document follows several instruments whose issuers stand one above the
  other (Sở Y tế < Ủy ban nhân dân tỉnh < Thủ tướng Chính phủ), the lower instrument IMPLEMENTS
  the nearest higher one (basis "hierarchy", evidence: the citing document's words).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

import networkx as nx

from vanban.graph import orgs
from vanban.graph.schema import (
    DocumentNode,
    Edge,
    Evidence,
    Implements,
    OrganizationNode,
    SameAsCandidate,
    YEARLY_NAMED_TYPES,
    canonical_symbol,
    edge_from_attrs,
    normalise_name,
    number_id,
    numbered_name,
    unnumbered_key_name,
)

if TYPE_CHECKING:
    from vanban.graph.build import Assembly

# The year a name is about: "Kế hoạch dân vận năm 2023 …" -> 2023.
NAME_YEAR = re.compile(r"\bnăm ((?:19|20)\d\d)\b")
# The scope suffix of a key that could not be identified on its own: "… [in Kế hoạch …]".
SCOPED = " [in "
# Words that do not tell a subject: type words, linking words, level words.
SUBJECT_STOPWORDS = frozenset(
    "kế hoạch chỉ thị nghị quyết quyết định đề án công văn chương trình của về năm thực hiện triển khai "
    "tỉnh huyện sở ủy ban nhân dân và các trong ngành công tác".split()
)


def _merge_fields(nodes: list, exclude: set[str]) -> dict:
    """Per field, the value most nodes give; ties broken by the smallest (as text)."""
    out: dict = {}
    fields = type(nodes[0]).model_fields
    for f in fields:
        if f in exclude:
            continue
        values = [getattr(n, f) for n in nodes if getattr(n, f) not in (None, "", [])]
        if not values:
            continue
        if isinstance(values[0], list):
            out[f] = sorted({v for vs in values for v in vs})
            continue
        counts = Counter(values)
        best = max(counts.values())
        out[f] = min((v for v, c in counts.items() if c == best), key=lambda v: str(v))
    return out


def merge_documents(proposals: list[DocumentNode]) -> DocumentNode:
    loaded = sorted((n for n in proposals if n.status == "loaded"), key=lambda n: (n.file or ""))
    surfaces = sorted({s for n in proposals for s in n.surfaces})
    if loaded:
        base = loaded[0].model_dump()
        base["surfaces"] = surfaces
        return DocumentNode.model_validate(base)
    data = _merge_fields(proposals, exclude={"surfaces"})
    data["surfaces"] = surfaces
    data["status"] = "cited" if any(n.status == "cited" for n in proposals) else "placeholder"
    return DocumentNode.model_validate(data)


def merge_orgs(proposals: list[OrganizationNode]) -> OrganizationNode:
    data = _merge_fields(proposals, exclude=set())
    data["defunct"] = any(n.defunct for n in proposals)
    return OrganizationNode.model_validate(data)


def _subject_words(name: str, issuer: str | None) -> set[str]:
    words = set(normalise_name(name).split())
    if issuer:
        words -= set(normalise_name(issuer).split())
    return {w for w in words if w not in SUBJECT_STOPWORDS and not w.isdigit()}


def _title_year(title: str | None) -> int | None:
    m = NAME_YEAR.search(title or "")
    return int(m.group(1)) if m else None


def _name_year(doc: DocumentNode, name: str | None) -> int | None:
    if doc.year:
        return doc.year
    m = NAME_YEAR.search(name or "")
    return int(m.group(1)) if m else None


def match_placeholders(docs: dict[str, DocumentNode]) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """Placeholder key -> loaded document key (one clear match); and candidates (placeholder, doc, why)."""
    loaded_by = defaultdict(list)
    for d in docs.values():
        if d.status == "loaded" and d.issuer:
            loaded_by[(d.doc_type, d.issuer)].append(d)
    merges: dict[str, str] = {}
    candidates: list[tuple[str, str, str]] = []
    for key in sorted(docs):
        p = docs[key]
        if p.status != "placeholder" or not p.issuer:
            continue
        name = p.surfaces[0] if p.surfaces else p.label
        pyear = _name_year(p, name)
        words = _subject_words(name, p.issuer)
        matches = []
        for d in sorted(loaded_by.get((p.doc_type, p.issuer), []), key=lambda d: d.key):
            title_words = set(normalise_name(d.title or "").split())
            if words and not words <= title_words:
                continue
            dyears = {y for y in (d.year, _title_year(d.title)) if y}
            if pyear is not None and dyears and pyear not in dyears:
                continue
            matches.append((d, pyear is not None and bool(dyears)))
        certain = [d for d, dated in matches if dated]
        if len(matches) == 1 and len(certain) == 1:
            merges[key] = certain[0].key
        else:
            for d, _ in matches:
                candidates.append((key, d.key, "placeholder: same issuer, type and subject; year or uniqueness uncertain"))
    return merges, candidates


# The fewest words of the start of a law's name that a citation may name it by: "Luật Bầu cử" for
# the "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân" (three words: "luật" and two).
SHORT_NAME_WORDS = 3
# Words a short name cannot end with: a name cut before what it links ("luật tổ chức").
SHORT_NAME_NOT_LAST = frozenset({"và", "của", "về", "đối", "với", "các", "tổ", "chức", "sửa", "đổi", "bổ", "sung", "một", "số"})


def _numbered_law_names(d: DocumentNode) -> set[str]:
    """The names a numbered law's citations give it ("Luật Dược số 105/2016/QH13" -> "luật dược")."""
    return {n for s in d.surfaces if (n := numbered_name(d.doc_type, d.year, s))}


def _short_names(name: str) -> list[str]:
    """The starts of a law's name a citation may name it by: "luật bầu cử đại biểu quốc hội …" ->
    "luật bầu cử", "luật bầu cử đại biểu", … (not a start ending with a linking word)."""
    words = name.split(" ")
    return [" ".join(words[:n]) for n in range(SHORT_NAME_WORDS, len(words)) if words[n - 1] not in SHORT_NAME_NOT_LAST]


def named_law_groups(key: str, d: DocumentNode) -> tuple[tuple[str, str], ...]:
    """The (type, name) groups a law is matched in: a placeholder by the name its key gives ("Luật
    | ? | 2016 | luật dược"); a numbered law by each name its citations give ("Luật Dược số
    105/2016/QH13") and by the starts of those names ("luật bầu cử" of "Luật Bầu cử đại biểu Quốc
    hội và đại biểu Hội đồng nhân dân số 85/2015/QH13"), where it is only ever a candidate."""
    if d.doc_type not in YEARLY_NAMED_TYPES:
        return ()
    if d.status == "placeholder":
        return ((d.doc_type, unnumbered_key_name(key)),)
    if d.number:
        names = _numbered_law_names(d)
        shorts = {s for n in names for s in _short_names(n)} - names
        return tuple((d.doc_type, n) for n in sorted(names | shorts))
    return ()


def match_named_laws(docs: dict[str, DocumentNode]) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """A law cited by its name alone -> the law cited with its number under the same name.

    The National Assembly passes one law of a name in a year, so a placeholder with its year
    ("Luật Dược ngày 06 tháng 4 năm 2016") and the one numbered law of that name and year ("Luật Dược
    số 105/2016/QH13") are one law: merged. Without a year ("Luật Dược"), the name may be any of the
    laws of that name (2005, 2016): each law of that name the graph knows, numbered or named with
    its year, is recorded as a candidate, never merged. A law named with its year by the start of
    its name ("Luật Bầu cử năm 2015"), when no law has that whole name that year, may be the law of
    that year whose name starts so ("… đại biểu Quốc hội và đại biểu Hội đồng nhân dân số
    85/2015/QH13"): a candidate, never merged."""
    # group -> (placeholders, numbered laws of that name, numbered laws whose name starts so)
    groups: dict[tuple[str, str], tuple[list[str], list[str], list[str]]] = defaultdict(lambda: ([], [], []))
    for key in sorted(docs):
        d = docs[key]
        gs = named_law_groups(key, d)
        if not gs:
            continue
        if d.status == "placeholder":
            groups[gs[0]][0].append(key)
            continue
        names = _numbered_law_names(d)
        for g in gs:
            groups[g][1 if g[1] in names else 2].append(key)
    merges: dict[str, str] = {}
    candidates: list[tuple[str, str, str]] = []
    for placeholders, numbered, starting in groups.values():
        for p in placeholders:
            pd = docs[p]
            if pd.year is None:
                continue
            dated = [n for n in numbered if docs[n].year == pd.year and _same_issuer(pd, docs[n])]
            if len(dated) == 1:
                merges[p] = dated[0]
            elif dated:
                candidates += [(p, n, "law named with its year; several numbered laws of that name and year") for n in dated]
            else:
                candidates += [(p, n, "law named with its year by the start of its name") for n in starting
                               if docs[n].year == pd.year and _same_issuer(pd, docs[n])]
        for p in placeholders:
            pd = docs[p]
            if pd.year is not None:
                continue
            # Without its year: each law of that name, numbered or named with its year (the
            # latter unless merged into a numbered one, a candidate already).
            others = [*numbered, *(q for q in placeholders if docs[q].year is not None and q not in merges)]
            candidates += [(p, n, "law named without its year; a law of that name") for n in others
                           if _same_issuer(pd, docs[n])]
    return merges, candidates


def issued_after_citers(year: int | None, citer_years: list[int | None]) -> bool:
    """Whether an instrument of ``year`` came after every document that cites the reference it
    would be a candidate for, so cannot be what they cite: "Luật Giáo dục" cited by a plan of 2010
    is not the Luật Giáo dục of 2019. False when a year is not known."""
    return bool(year and citer_years) and all(y is not None and y < year for y in citer_years)


def _same_issuer(a: DocumentNode, b: DocumentNode) -> bool:
    return not (a.issuer and b.issuer and a.issuer != b.issuer)


MISSPELLED_ISSUER = "same number and symbol; the issuer's place one letter from the other's"


def is_uncertain(key: str, issuer: str | None) -> bool:
    """Whether a numbered instrument's key is uncertain, so it gets candidates: scoped to its citing
    document (year or issuer unknown), or issued by a body whose place is one letter from a known
    one's ("Kế hoạch 09/KH-UBND 2022 Ủy ban nhân dân tỉnh Hà Giag …": ``orgs.misspelled_place``)."""
    return SCOPED in key or (issuer is not None and orgs.misspelled_place(issuer) is not None)


def scoped_candidates(docs: dict[str, DocumentNode]) -> list[tuple[str, str, str]]:
    """Uncertain numbered references (``is_uncertain``) -> identified instruments they may be: of
    the same number and symbol, and year if known; of the same issuer when known, or of the body
    a misspelled issuer may be."""
    identified = defaultdict(list)
    for d in docs.values():
        if d.number and SCOPED not in d.key:
            identified[(d.doc_type, number_id(d.number), canonical_symbol(d.symbol))].append(d)
    out = []
    for key in sorted(docs):
        d = docs[key]
        if not d.number or not is_uncertain(key, d.issuer):
            continue
        right = orgs.misspelled_place(d.issuer) if d.issuer and SCOPED not in key else None
        for other in sorted(identified.get((d.doc_type, number_id(d.number), canonical_symbol(d.symbol)), []), key=lambda o: o.key):
            if other.key == key or d.year and other.year and d.year != other.year:
                continue
            if right is not None:
                if other.issuer == right:
                    out.append((key, other.key, MISSPELLED_ISSUER))
                continue
            if d.issuer and other.issuer and d.issuer != other.issuer:
                continue
            out.append((key, other.key, "same number and symbol; year or issuer unknown"))
    return out


def _head(name: str) -> str:
    """A body that is the head or an organ of its parent stands at the parent's level (TTg ~ CP)."""
    if name in orgs.CENTRAL_PART_OF:
        return orgs.CENTRAL_PARENTS[name] or name
    return name


def infer_hierarchy(
    follows: dict[str, list[tuple[str, Evidence, str]]],
    docs: dict[str, DocumentNode],
    org_nodes: dict[str, OrganizationNode],
) -> list[Edge]:
    """Chains upward from each instrument a document states it implements.

    From a stated instrument, the next link is the instrument the document follows whose issuer
    is the nearest above (Sở Y tế -> Ủy ban nhân dân tỉnh -> Thủ tướng Chính phủ); among several
    at that level: stated ones first, then the same type (a plan implements a plan), then the
    earliest mentioned. One link per level, so a long list of body citations does not fan out.
    The chain stops at a central instrument (how a ministry's circular relates to a Prime
    Minister's directive is not something a local plan citing both can tell), and never links
    to an instrument dated after the one it would implement.
    """
    out: list[Edge] = []
    for citing in sorted(follows):
        items: dict[str, tuple[Evidence, str]] = {}
        for target, ev, basis in follows[citing]:
            if target in docs and docs[target].issuer and target not in items:
                items[target] = (ev, basis)
        starts = sorted(k for k, (_, basis) in items.items() if basis in ("title", "preamble"))
        seen: set[tuple[str, str]] = set()
        for start in starts:
            a = start
            visited = {a}
            while not _is_central(docs[a].issuer, org_nodes):
                nxt = _next_up(a, items, docs, org_nodes, visited)
                if nxt is None:
                    break
                if (a, nxt) not in seen:
                    seen.add((a, nxt))
                    ev = items[nxt][0]
                    out.append(Implements(source=a, target=nxt, basis="hierarchy", stated=False,
                                          evidence=Evidence(source=citing, start=ev.start, end=ev.end, quote=ev.quote)))
                visited.add(nxt)
                a = nxt
    return out


def _is_central(issuer: str | None, org_nodes: dict[str, OrganizationNode]) -> bool:
    o = org_nodes.get(issuer) if issuer else None
    return o is not None and o.level == "central"


def _next_up(a: str, items: dict[str, tuple[Evidence, str]], docs: dict[str, DocumentNode],
             org_nodes: dict[str, OrganizationNode], visited: set[str]) -> str | None:
    ia = docs[a].issuer
    o = org_nodes.get(ia)
    above = [_head(x) for x in orgs.ancestors(ia, o.province if o else None, o.district if o else None)]
    ranked = []
    for b, (ev, basis) in items.items():
        if b in visited:
            continue
        hb = _head(docs[b].issuer)
        if hb == _head(ia) or hb not in above:
            continue
        da, db = docs[a].date, docs[b].date
        if da and db and db[: min(len(da), len(db), 10)] > da[: min(len(da), len(db), 10)]:
            continue  # an instrument does not implement a later one (compared at the coarser precision)
        stated = basis in ("title", "preamble")
        ranked.append((above.index(hb), not stated, docs[b].doc_type != docs[a].doc_type,
                       ev.start if ev.start is not None else 1 << 60, b))
    return min(ranked)[-1] if ranked else None


def _redirect(edge: Edge, mapping: dict[str, str]) -> Edge:
    s, t = mapping.get(edge.source, edge.source), mapping.get(edge.target, edge.target)
    if s == edge.source and t == edge.target:
        return edge
    return type(edge).model_validate({**edge.model_dump(exclude={"id"}), "source": s, "target": t})


def resolve(a: Assembly) -> nx.MultiDiGraph:
    """The assembly -> one resolved MultiDiGraph (node and edge models as attribute dicts)."""
    from vanban.graph.build import to_networkx

    docs = {k: merge_documents(v) for k, v in a.docs.items()}
    org_nodes = {k: merge_orgs(v) for k, v in a.orgs.items()}

    law_merges, candidates = match_named_laws(docs)
    merges, ph_candidates = match_placeholders(docs)
    merges = {**law_merges, **merges}
    candidates += ph_candidates
    for p, target in merges.items():
        t = docs[target]
        docs[target] = t.model_copy(update={"surfaces": sorted(set(t.surfaces) | set(docs[p].surfaces))})
        del docs[p]
    edges = [_redirect(e, merges) for e in a.edges]
    follows = {
        merges.get(c, c): [(merges.get(t, t), ev, b) for t, ev, b in items] for c, items in a.follows.items()
    }
    candidates += scoped_candidates(docs)
    for s, t, why in candidates:
        citing = sorted(e.evidence.source for e in edges if e.type == "CITES" and e.target == s and e.evidence.source)
        if t in docs and issued_after_citers(docs[t].year, [docs[c].year if c in docs else None for c in citing]):
            continue
        edges.append(SameAsCandidate(source=s, target=t, basis=why, evidence=Evidence(source=citing[0] if citing else None, quote=why)))
    edges += infer_hierarchy(follows, docs, org_nodes)
    edges = [e for e in edges if e.source != e.target]
    return to_networkx([*docs.values(), *org_nodes.values(), *a.tasks.values()], edges)


def graph_nodes_edges(g: nx.MultiDiGraph) -> tuple[set[tuple], set[tuple]]:
    """Comparable node and edge sets of a graph (for tests of order independence)."""
    nodes = {(k, tuple(sorted((a, repr(v)) for a, v in d.items()))) for k, d in g.nodes(data=True)}
    edges = {(u, v, k, repr(sorted(d.items()))) for u, v, k, d in g.edges(keys=True, data=True)}
    return nodes, edges


__all__ = ["resolve", "graph_nodes_edges", "issued_after_citers", "match_placeholders", "match_named_laws", "named_law_groups", "scoped_candidates", "infer_hierarchy", "edge_from_attrs"]
