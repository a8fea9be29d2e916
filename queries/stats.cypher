// name: stats
// summary: How many nodes of each kind and edges of each type the store holds.
// example: vanban query stats
// columns: what ("node" or "edge"), name (kind or type), count
// dialect: ladybug
MATCH (n)
WHERE label(n) IN ['Document', 'Organization', 'Task']
WITH label(n) AS name, count(*) AS c
WITH collect({what: 'node', name: name, count: c}) AS nodes
OPTIONAL MATCH ()-[e]->()
WITH nodes, label(e) AS name, count(e) AS c
WITH nodes, collect({what: 'edge', name: name, count: c}) AS edges
UNWIND list_concat(nodes, edges) AS r
WITH r WHERE r.name IS NOT NULL
RETURN r.what AS what, r.name AS name, r.count AS count
ORDER BY what DESC, name
// dialect: neo4j
MATCH (n)
WHERE head(labels(n)) IN ['Document', 'Organization', 'Task']
WITH head(labels(n)) AS name, count(*) AS c
WITH collect({what: 'node', name: name, count: c}) AS nodes
OPTIONAL MATCH ()-[e]->()
WITH nodes, type(e) AS name, count(e) AS c
WITH nodes, collect({what: 'edge', name: name, count: c}) AS edges
UNWIND nodes + edges AS r
WITH r WHERE r.name IS NOT NULL
RETURN r.what AS what, r.name AS name, r.count AS count
ORDER BY what DESC, name
