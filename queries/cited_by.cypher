// name: cited_by
// summary: Which documents cite an instrument, how they write it, and whether each also implements it.
// param doc: doc — the instrument: its key, "33/CT-TTg", a file name or a few title words
// example: vanban query cited_by --param doc=33/CT-TTg
// columns: citing, status, issuer, date, file, implements, start (offset in the citing text), quote
MATCH (x:Document)-[e:CITES]->(d:Document {key: $doc})
OPTIONAL MATCH (x)-[i:IMPLEMENTS]->(d)
WITH x, e, count(i) > 0 AS implements
RETURN x.key AS citing, x.status AS status, x.issuer AS issuer, x.date AS date, x.file AS file,
       implements, e.ev_start AS start, e.ev_quote AS quote
ORDER BY citing, coalesce(start, -1), coalesce(quote, '')
