"""Queries: lineage and analysis, and named Cypher queries that run on both stores."""
