// name: cites_of
// summary: What a document cites, in the order it cites them, and whether it also implements each.
// param doc: doc — the citing document: its key, "233/KH-UBND", a file name or a few title words
// example: vanban query cites_of --param doc=001_55beccb8d9239905.txt
// columns: cited, status, doc_type, number, symbol, year, implements, start (offset in the text), quote
MATCH (d:Document {key: $doc})-[e:CITES]->(c:Document)
OPTIONAL MATCH (d)-[i:IMPLEMENTS]->(c)
WITH c, e, count(i) > 0 AS implements
RETURN c.key AS cited, c.status AS status, c.doc_type AS doc_type, c.number AS number,
       c.symbol AS symbol, c.year AS year, implements, e.ev_start AS start, e.ev_quote AS quote
ORDER BY coalesce(start, -1), cited, coalesce(quote, '')
