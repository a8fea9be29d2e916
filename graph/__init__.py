"""Graph: records to one resolved graph (networkx), the embedded store and sync to Neo4j."""
