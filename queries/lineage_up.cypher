// name: lineage_up
// summary: Every IMPLEMENTS path from a document up to its roots (an instrument that implements
//   nothing further off the path), shortest first; with each hop's basis and whether all were stated.
// param doc: doc — the document: its key, "33/CT-TTg", a file name or a few title words
// example: vanban query lineage_up --param doc=001_55beccb8d9239905.txt
// columns: root, root_status, depth, path (keys joined by " → ", the document first), bases (one per hop), stated
// Paths are simple (no document twice) and at most 12 hops long.
// dialect: ladybug
MATCH p = (d:Document {key: $doc})-[:IMPLEMENTS* ACYCLIC 1..12]->(r:Document)
WITH r, properties(nodes(p), 'key') AS keys, properties(rels(p), 'basis') AS bases
OPTIONAL MATCH (r)-[:IMPLEMENTS]->(x:Document)
WITH r, keys, bases, collect(x.key) AS next
WHERE all(k IN next WHERE list_contains(keys, k))
RETURN DISTINCT r.key AS root, r.status AS root_status, size(bases) AS depth,
       list_to_string(' → ', keys) AS path, bases,
       all(b IN bases WHERE b IN ['title', 'preamble']) AS stated
ORDER BY root, depth, path, stated
// dialect: neo4j
MATCH p = (d:Document {key: $doc})-[:IMPLEMENTS*1..12]->(r:Document)
WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
WITH r, [n IN nodes(p) | n.key] AS keys, [e IN relationships(p) | e.basis] AS bases
OPTIONAL MATCH (r)-[:IMPLEMENTS]->(x:Document)
WITH r, keys, bases, collect(x.key) AS next
WHERE all(k IN next WHERE k IN keys)
RETURN DISTINCT r.key AS root, r.status AS root_status, size(bases) AS depth,
       reduce(s = head(keys), k IN tail(keys) | s + ' → ' + k) AS path, bases,
       all(b IN bases WHERE b IN ['title', 'preamble']) AS stated
ORDER BY root, depth, path, stated
