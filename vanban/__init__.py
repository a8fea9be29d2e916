"""vanban: Vietnamese administrative documents to a knowledge graph of directives and plan lineage."""

__version__ = "0.1.0"
