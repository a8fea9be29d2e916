"""A first load (many documents into an empty store, chunk by chunk): each chunk adds its bodies
to the organization hierarchy (graph.org_tree) in the reference walk's order, without walking the
whole hierarchy again, also when two of its bodies link to one body the rules add with different
nodes ("contested": the first link of the walk wins); the graph is the reference's."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from vanban.graph import org_tree
from vanban.graph.build import build_graph, hierarchy
from vanban.graph.resolve import graph_nodes_edges

from tests.resolver_run import ResolverRun

ROOT = Path(__file__).resolve().parent.parent

# "Sở Y tế tỉnh Tuyên Quang" is the parent of "Trung tâm Kiểm soát bệnh tật tỉnh Tuyên Quang" and
# the successor of "Sở Y tế tỉnh Hà Giang" (merged in 2025): two links, two nodes of it.
CONTESTED = {"Sở Y tế tỉnh Hà Giang": ("Hà Giang", None), "Sở Tài chính tỉnh Hà Giang": ("Hà Giang", None),
             "Trung tâm Kiểm soát bệnh tật tỉnh Tuyên Quang": ("Tuyên Quang", None),
             "Chi cục An toàn vệ sinh thực phẩm tỉnh Tuyên Quang": ("Tuyên Quang", None),
             "Phòng Y tế huyện Yên Sơn": ("Tuyên Quang", "Yên Sơn")}


@pytest.fixture
def walks(monkeypatch):
    """The times the whole hierarchy is walked again (``OrgTree.rebuild``)."""
    calls: list[int] = []
    rebuild = org_tree.OrgTree.rebuild
    monkeypatch.setattr(org_tree.OrgTree, "rebuild", lambda self, *a: calls.append(1) or rebuild(self, *a))
    return calls


def _in_batches(named: dict[str, tuple], batches: list[list[str]]) -> org_tree.OrgTree:
    """A tree fed ``batches`` of new bodies, checked against build.hierarchy after each."""
    tree = org_tree.OrgTree()
    edges: dict[str, object] = {}
    held: dict[str, tuple] = {}
    for batch in batches:
        held.update((k, named[k]) for k in batch)
        _, deleted, added = tree.update(held, sorted(held), batch, [], False)
        for e in deleted:
            del edges[e.id]
        edges.update((e.id, e) for e in added)
        made, reference = hierarchy(held, sorted(held))
        assert tree.made == made
        assert edges == {e.id: e for e in reference} == tree.edges
        assert tree.contested == org_tree._contested(tree.made, tree.links)
    return tree


def test_a_contested_body_of_a_first_batch_takes_its_first_link_in_the_walk(walks):
    tree = _in_batches(CONTESTED, [list(CONTESTED)])
    assert "Sở Y tế tỉnh Tuyên Quang" in tree.contested
    # the walk (reverse sorted) reaches "Trung tâm Kiểm soát…" before "Sở Y tế tỉnh Hà Giang": its parent
    assert tree.made["Sở Y tế tỉnh Tuyên Quang"].roles == ["parent"]
    assert not walks


def test_batches_of_new_bodies_give_the_reference_hierarchy(walks):
    """Shuffled, in batches of two or three: the same bodies, nodes and edges as build.hierarchy."""
    for seed in range(8):
        order = list(CONTESTED)
        random.Random(seed).shuffle(order)
        _in_batches(CONTESTED, [order[:2], order[2:]])
        _in_batches(CONTESTED, [order[:3], order[3:]])


def test_a_first_load_in_chunks_gives_the_reference_graph(synthetic, walks):
    """300 plans in a chunk of 150 then three of 50, as a store's load feeds the resolver (in an
    order that mixes the provinces): the first chunk's
    thousand bodies and more (some contested among themselves) are added without a walk of the whole
    hierarchy; a later chunk walks again only when a body it adds links to one made before with
    another node; the graph is build_graph's after each chunk."""
    order = synthetic[:]
    random.Random(5).shuffle(order)
    run = ResolverRun()
    tree = run.resolver.tree
    for start, end in ((0, 150), (150, 200), (200, 250), (250, 300)):
        run.batch(order[start:end])
        if start == 0:
            assert len(tree.ctx) > 1000 and tree.contested and not walks
        assert tree.contested == org_tree._contested(tree.made, tree.links)
        assert graph_nodes_edges(run.g) == graph_nodes_edges(build_graph(order[:end]))


def test_bodies_placed_pickle_as_their_fields():
    """The snapshot holds every body's placing (``orgs.OrgInfo``, ``groups.Group``): pickled as
    their fields (``__reduce__``), read back equal, the nested kinds of a group too."""
    import pickle

    from vanban.graph import groups, orgs

    info = orgs.org_info("Sở Y tế tỉnh Hà Giang", "Hà Giang", None)
    group = groups._placed("Các sở, ban, ngành, đoàn thể tỉnh Lào Cai", "Lào Cai", None)
    assert isinstance(group, groups.Group) and group.also
    for placed in (info, group):
        assert placed.__reduce__()[1] == tuple(getattr(placed, f) for f in placed.__slots__)
        back = pickle.loads(pickle.dumps(placed, protocol=5))
        assert back == placed and type(back) is type(placed)


def test_a_bodys_member_edges_are_those_of_the_whole_pass(synthetic):
    """``Members.edges_to`` (a group's members) and ``edges_from`` (a body's groups), which the tree
    asks for the bodies a batch adds, give together the edges of the pass over every body."""
    from vanban.graph import groups

    run = ResolverRun()
    run.batch(synthetic)
    index = run.resolver.tree.members
    whole = {e.id: e for e in index.edges()}
    assert len(whole) > 100
    to = {e.id: e for k in index.placed for e in index.edges_to(k)}
    from_ = {e.id: e for k in index.placed for e in index.edges_from(k)}
    assert to == whole == from_
    assert all(isinstance(index.placed[e.target], groups.Group) for e in whole.values())
