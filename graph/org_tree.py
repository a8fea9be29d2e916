"""The organization hierarchy of a resolver kept in step body by body: the bodies the rules add
above the named ones, the rule edges (UNDER, PART_OF, SUCCEEDED_BY, a misspelled place's
SAME_AS_CANDIDATE) and the MEMBER_OF edges, as ``graph.build.hierarchy`` makes them over all bodies.

``build.hierarchy`` over the ~72,000 bodies of a 100,000-plan store placed every body again in each
load (``orgs.org_info`` is cached per process only): most of a one-file load's CPU once the
resolver came from its snapshot. The tree keeps each body's context and links and the
``groups.Members`` index, so that a batch that only adds bodies places only those:

- a body named for the first time is walked from (its links, the bodies they reach for the first
  time, theirs…) and indexed for MEMBER_OF (its members when it is a group, its groups else); the
  bodies a batch adds are walked in the reference walk's own order, so a body two of them make
  with different nodes takes the first one's, as there (a first load's chunks: thousands of new
  bodies, some contested among themselves, added without a walk of every body);
- a body made by the rules and now named, or a named body whose context changes, keeps its place
  when its links and placing in its new context are the ones it has.

A body the rules add takes the node and context of the first link to it in the reference's walk
(sorted names, depth first): when its sources' first links differ ("contested"), a body added
above one of them may change which comes first. Anything else (a body no longer named; a context
that changes a body's links; a new link to a made body with another node or context; a body walked
from the new ones whose first link to a contested body differs from what that body has) walks the
whole hierarchy again (``rebuild``) in the reference's order, from the links and places
kept for bodies whose context is unchanged: the same result as ``build.hierarchy``, compared in
tests/test_quality26_incremental_hierarchy.py and tests/test_quality27_first_load.py.
"""

from __future__ import annotations

from vanban.graph import groups
from vanban.graph.build import _hierarchy_links, walk_hierarchy
from vanban.graph.schema import Edge, OrganizationNode

Context = tuple[str | None, str | None]  # a body's (province, district)


class OrgTree:
    """The hierarchy above a set of named bodies (key -> context)."""

    def __init__(self) -> None:
        self.ctx: dict[str, Context] = {}  # every body of the hierarchy, named or made -> its context
        self.links: dict[str, tuple] = {}  # body -> ``_hierarchy_links`` of it in that context
        self.made: dict[str, OrganizationNode] = {}  # the bodies the rules add -> their node
        self.edges: dict[str, Edge] = {}  # the rule and MEMBER_OF edges, by id
        self.members = groups.Members()  # every body, placed in its context
        # The made bodies whose sources' first links to them give different nodes or contexts: which
        # one they get depends on the walk's order, which any body added above their sources changes.
        self.contested: set[str] = set()

    def update(self, named: dict[str, Context], names: list[str], added: list[str], moved: list[str],
               gone: bool) -> tuple[set[str], list[Edge], list[Edge]]:
        """After the named bodies became ``named`` (``names``: its keys sorted), from ``added``
        (new keys) and ``moved`` (keys whose context changed), ``gone``: some key is no longer
        named. Returns the bodies whose made node changed (made, replaced or no longer made), and
        the edges deleted and added."""
        if not gone:
            done = self._extend(named, added, moved)
            if done is not None:
                return done
        return self.rebuild(named, names)

    def rebuild(self, named: dict[str, Context], names: list[str]) -> tuple[set[str], list[Edge], list[Edge]]:
        """The whole hierarchy walked again (as ``build.hierarchy``), reusing the links and places
        of bodies whose context is unchanged."""
        old_ctx, old_links, old_placed = self.ctx, self.links, self.members.placed

        def links(name: str, province: str | None, district: str | None) -> tuple:
            kept = old_links.get(name)
            if kept is not None and old_ctx.get(name) == (province, district):
                return kept
            return _hierarchy_links(name, province, district)

        def place(name: str, province: str | None, district: str | None):
            kept = old_placed.get(name)
            if kept is not None and old_ctx.get(name) == (province, district):
                return kept
            return groups._placed(name, province, district)

        made, edge_list, ctx, walked = walk_hierarchy(named, names, links)
        members = groups.Members.of(ctx, place)
        edge_list.extend(members.edges())
        edges = {e.id: e for e in edge_list}
        deleted = [e for id_, e in self.edges.items() if id_ not in edges]
        added = [e for id_, e in edges.items() if id_ not in self.edges]
        changed = {k for k in made if self.made.get(k) is not made[k]} | {k for k in self.made if k not in made}
        self.ctx, self.links, self.made, self.edges, self.members = ctx, walked, made, edges, members
        self.contested = _contested(made, walked)
        return changed, deleted, added

    def _extend(self, named: dict[str, Context], added: list[str], moved: list[str]) -> tuple[set[str], list[Edge], list[Edge]] | None:
        """The hierarchy after bodies were only added (or moved without effect), from the new bodies
        alone; None when the batch needs ``rebuild`` (nothing is changed then)."""
        ctx, made = self.ctx, self.made
        unmade = {k for k in added if k in made}
        moved = moved + [k for k in unmade if ctx[k] != named[k]]  # made in another context than it is named in
        if any(self._moves(k, named[k]) for k in moved):
            return None
        new_ctx = {k: named[k] for k in added if k not in made}
        new_made: dict[str, OrganizationNode] = {}
        new_links: dict[str, tuple] = {}
        new_contested: set[str] = set()
        # The new bodies in the reference walk's order: no body walked before reaches one (a link
        # to a body already in the tree made it then), so they come as the walk's new roots, in
        # reverse sorted order, each followed depth first by the new bodies it links to, named or
        # made; a body made takes its first link's node and context there.
        todo = sorted(new_ctx)
        while todo:
            k = todo.pop()
            if k in new_links:
                continue
            new_links[k] = out = _hierarchy_links(k, *new_ctx[k])
            first: set[str] = set()
            for target, _, node, tctx in out:
                if target in first:
                    continue  # a body's second link to a body (UNDER, then SUCCEEDED_BY): its first one made it
                first.add(target)
                if target in new_made:
                    if new_made[target] != node or new_ctx[target] != tctx:
                        new_contested.add(target)  # made by an earlier link of the walk: it keeps that one's
                elif target in made and target not in unmade:
                    if made[target] != node or ctx[target] != tctx:
                        return None  # its context would be its first link's in the walk
                elif target not in ctx and target not in new_ctx:
                    new_made[target] = node
                    new_ctx[target] = tctx
                if target in new_ctx and target not in new_links:
                    todo.append(target)
        # A body walked from the new ones may be walked sooner than before: when its first link to a
        # contested body gives another node or context than the body has, the body may change.
        todo = [*new_links, *unmade] if self.contested else []  # none contested (a first batch): nothing to check
        walked: set[str] = set()
        while todo:
            k = todo.pop()
            if k in walked:
                continue
            walked.add(k)
            first: set[str] = set()
            for target, _, node, tctx in new_links[k] if k in new_links else self.links[k]:
                if target in self.contested and target not in first and target in made and target not in unmade:
                    if made[target] != node or ctx[target] != tctx:
                        return None
                first.add(target)
                todo.append(target)
        # the batch is the reference's: apply it
        for k in moved:
            ctx[k] = named[k]
        for k in unmade:
            del made[k]
        ctx.update(new_ctx)
        self.links.update(new_links)
        made.update(new_made)
        edges: list[Edge] = [e for out in new_links.values() for _, e, _, _ in out]
        for k, c in new_ctx.items():
            self.members.add(k, groups._placed(k, *c))
        for k in new_ctx:
            edges += self.members.edges_to(k)
            edges += self.members.edges_from(k)
        fresh: dict[str, Edge] = {}
        for e in edges:
            if e.id not in self.edges:
                fresh[e.id] = e
        self.edges.update(fresh)
        self.contested |= new_contested
        return set(unmade) | set(new_made), [], list(fresh.values())

    def _moves(self, k: str, c: Context) -> bool:
        """Whether the body ``k`` in the context ``c`` has other links or another place than it has."""
        return _hierarchy_links(k, *c) != self.links[k] or groups._placed(k, *c) != self.members.placed[k]


def _contested(made: dict[str, OrganizationNode], links: dict[str, tuple]) -> set[str]:
    """The made bodies whose sources' first links to them give more than one (node, context)."""
    seen: dict[str, tuple] = {}
    contested: set[str] = set()
    for out in links.values():
        first: set[str] = set()
        for target, _, node, tctx in out:
            if target in first or target not in made:
                continue
            first.add(target)
            if target not in seen:
                seen[target] = (node, tctx)
            elif seen[target] != (node, tctx):
                contested.add(target)
    return contested
