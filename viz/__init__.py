"""Viz: interactive, self-contained HTML graphs (pyvis) that work offline."""
