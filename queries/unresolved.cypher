// name: unresolved
// summary: Instruments cited but not loaded, most cited first: what to load next.
// param min_citing: int = 1 — keep instruments cited by at least this many documents
// example: vanban query unresolved --param min_citing=2
// columns: instrument, status, doc_type, number, symbol, year, citing (documents citing it), citations
MATCH (x:Document)-[e:CITES]->(c:Document)
WHERE c.status <> 'loaded'
WITH c, count(DISTINCT x.key) AS citing, count(e) AS citations
WHERE citing >= $min_citing
RETURN c.key AS instrument, c.status AS status, c.doc_type AS doc_type, c.number AS number,
       c.symbol AS symbol, c.year AS year, citing, citations
ORDER BY citing DESC, citations DESC, instrument
