// name: implementers
// summary: The tree below an instrument: every document that implements it, directly or through
//   others, with the path from the instrument down to it (a depth-first listing of the tree).
// param doc: doc — the instrument: its key, "33/CT-TTg", a file name or a few title words
// example: vanban query implementers --param doc=33/CT-TTg
// columns: implementer, status, file, depth, path (keys joined by " ← ", the instrument first), bases (top hop first), stated
// Paths are simple (no document twice) and at most 12 hops long.
// dialect: ladybug
MATCH p = (x:Document)-[:IMPLEMENTS* ACYCLIC 1..12]->(d:Document {key: $doc})
WITH x, list_reverse(properties(nodes(p), 'key')) AS keys, list_reverse(properties(rels(p), 'basis')) AS bases
RETURN DISTINCT x.key AS implementer, x.status AS status, x.file AS file, size(bases) AS depth,
       list_to_string(' ← ', keys) AS path, bases,
       all(b IN bases WHERE b IN ['title', 'preamble']) AS stated
ORDER BY path, stated
// dialect: neo4j
MATCH p = (x:Document)-[:IMPLEMENTS*1..12]->(d:Document {key: $doc})
WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
WITH x, reverse([n IN nodes(p) | n.key]) AS keys, reverse([e IN relationships(p) | e.basis]) AS bases
RETURN DISTINCT x.key AS implementer, x.status AS status, x.file AS file, size(bases) AS depth,
       reduce(s = head(keys), k IN tail(keys) | s + ' ← ' + k) AS path, bases,
       all(b IN bases WHERE b IN ['title', 'preamble']) AS stated
ORDER BY path, stated
