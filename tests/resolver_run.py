"""A resolver fed batch by batch, as a store feeds it, and the graph its diffs build: shared by the
tests of incremental resolution (test_incremental, test_quality26_incremental_hierarchy)."""

from __future__ import annotations

import networkx as nx

from vanban.graph.diff import apply_diff
from vanban.graph.incremental import Resolver


class ResolverRun:
    """A resolver and the graph its diffs build (as a store writes them), beside the sources it holds."""

    def __init__(self):
        self.held: dict = {}
        self.resolver = Resolver(lambda files: {f: self.held[f] for f in files})
        self.g = nx.MultiDiGraph()

    def batch(self, changed=(), removed=()):
        changed = list(changed)
        for s in changed:
            self.held[s.file] = s
        for f in removed:
            self.held.pop(f, None)
        apply_diff(self.g, self.resolver.apply(changed, removed))
