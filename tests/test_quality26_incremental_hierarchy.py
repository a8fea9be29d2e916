"""The organization hierarchy kept in step body by body (graph.org_tree): loading documents A, then
B, gives the graph of loading A and B together (node and edge sets, every attribute), on the review
documents and on 300 synthetic plans; and a batch places only the bodies it adds, not every body
of the store again."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from vanban.graph import groups, org_tree
from vanban.graph.build import build_graph, load_source
from vanban.graph.resolve import graph_nodes_edges
from vanban.loaders.load import expand_paths

from tests.resolver_run import ResolverRun

ROOT = Path(__file__).resolve().parent.parent
REALDOCS = Path(__file__).resolve().parent / "data" / "realdocs"


@pytest.fixture(scope="module")
def review(seeds_dir, corpus_dir):
    """The seeds, the corpus, the examples and the real documents kept for tests."""
    paths = expand_paths([seeds_dir, corpus_dir, ROOT / "examples", REALDOCS])
    return [load_source(p) for p in paths if p.suffix in (".txt", ".md")]


def _a_then_b(sources, seed: int) -> None:
    rng = random.Random(seed)
    order = sources[:]
    rng.shuffle(order)
    together = graph_nodes_edges(build_graph(order))
    cut = rng.randrange(1, len(order))
    run = ResolverRun()
    run.batch(order[:cut])
    run.batch(order[cut:])
    assert graph_nodes_edges(run.g) == together
    # then the last ten one file at a time, as `vanban load ONE_FILE` does
    run = ResolverRun()
    run.batch(order[:-10])
    for s in order[-10:]:
        run.batch([s])
    assert graph_nodes_edges(run.g) == together


@pytest.mark.parametrize("seed", [0, 1])
def test_review_documents_loaded_a_then_b_give_the_graph_of_a_and_b_together(review, seed):
    assert len(review) > 100
    _a_then_b(review, seed)


def test_synthetic_plans_loaded_a_then_b_give_the_graph_of_a_and_b_together(synthetic):
    assert len(synthetic) == 300
    _a_then_b(synthetic, 3)
    # and after removing some (bodies no longer named: the hierarchy walked again)
    run = ResolverRun()
    run.batch(synthetic)
    gone = synthetic[::7]
    run.batch(removed=[s.file for s in gone])
    assert graph_nodes_edges(run.g) == graph_nodes_edges(build_graph([s for s in synthetic if s not in gone]))


def test_a_batch_places_only_the_bodies_it_adds(synthetic, monkeypatch):
    """The links and the MEMBER_OF placing of a body are made once: a one-plan batch into 299 plans
    makes them for the bodies new to the hierarchy, not for the thousands already in it."""
    run = ResolverRun()
    run.batch(synthetic[:-1])
    tree = run.resolver.tree
    before = set(tree.ctx)
    linked: list[str] = []
    placed: list[str] = []
    real_links, real_placed = org_tree._hierarchy_links, groups._placed
    monkeypatch.setattr(org_tree, "_hierarchy_links", lambda name, p, d: linked.append(name) or real_links(name, p, d))
    monkeypatch.setattr(groups, "_placed", lambda name, p, d: placed.append(name) or real_placed(name, p, d))
    run.batch(synthetic[-1:])
    new = set(tree.ctx) - before
    assert len(before) > 2000 and new  # the plan names bodies the others do not
    assert set(linked) <= new and set(placed) <= new
    assert len(linked) <= len(new) and len(placed) <= len(new)
    assert graph_nodes_edges(run.g) == graph_nodes_edges(build_graph(synthetic))


def _one_at_a_time(named: dict[str, tuple], seeds: range, monkeypatch) -> int:
    """Bodies added to a tree one at a time in shuffled orders, checked against build.hierarchy
    after each; how many times the whole hierarchy was walked again."""
    from vanban.graph.build import hierarchy

    walks = []
    rebuild = org_tree.OrgTree.rebuild
    monkeypatch.setattr(org_tree.OrgTree, "rebuild", lambda self, *a: walks.append(1) or rebuild(self, *a))
    for seed in seeds:
        order = list(named)
        random.Random(seed).shuffle(order)
        tree = org_tree.OrgTree()
        edges: dict[str, object] = {}
        held: dict[str, tuple] = {}
        for k in order:
            held[k] = named[k]
            _, deleted, added = tree.update(held, sorted(held), [k], [], False)
            for e in deleted:
                del edges[e.id]
            edges.update((e.id, e) for e in added)
            made, reference = hierarchy(held, sorted(held))
            assert tree.made == made
            assert edges == {e.id: e for e in reference} == tree.edges
    return len(walks)


def test_a_body_linked_twice_to_its_parent_is_added_without_a_walk(monkeypatch):
    """A district party committee is UNDER the province's and SUCCEEDED_BY it (2025): its first
    link makes the province's node ('parent'), as in the reference's walk, wherever it comes in."""
    named = {"Huyện ủy Bắc Hà": ("Lào Cai", None), "Huyện ủy Bát Xát": ("Lào Cai", None),
             "Thành ủy Lào Cai": ("Lào Cai", None), "Đảng ủy xã Bản Vược": ("Lào Cai", "Bát Xát"),
             "Sở Y tế tỉnh Lào Cai": ("Lào Cai", None), "Ủy ban nhân dân huyện Bắc Hà": ("Lào Cai", None),
             "Ủy ban nhân dân các huyện, thị xã, thành phố (Ủy ban nhân dân tỉnh Lào Cai)": ("Lào Cai", None)}
    assert _one_at_a_time(named, range(6), monkeypatch) == 0


def test_a_body_made_in_two_ways_is_walked_again_in_the_reference_order(monkeypatch):
    """A body the rules add takes the node of its first link in the reference's walk: "Sở Y tế tỉnh
    Tuyên Quang" is the parent of "Trung tâm Kiểm soát bệnh tật tỉnh Tuyên Quang" and the successor
    of "Sở Y tế tỉnh Hà Giang" (merged in 2025). Which comes first depends on every body named,
    so the tree walks the whole hierarchy again, and gives build.hierarchy's bodies and edges."""
    named = {"Sở Y tế tỉnh Hà Giang": ("Hà Giang", None), "Sở Tài chính tỉnh Hà Giang": ("Hà Giang", None),
             "Trung tâm Kiểm soát bệnh tật tỉnh Tuyên Quang": ("Tuyên Quang", None),
             "Chi cục An toàn vệ sinh thực phẩm tỉnh Tuyên Quang": ("Tuyên Quang", None),
             "Phòng Y tế huyện Yên Sơn": ("Tuyên Quang", "Yên Sơn")}
    assert _one_at_a_time(named, range(6), monkeypatch) > 0
