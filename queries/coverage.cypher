// name: coverage
// summary: The bodies an instrument reaches — sent to (Nơi nhận/Kính gửi) or made to report under
//   it — and whether each has a loaded document implementing it (directly or through others).
// param doc: doc — the instrument: its key, "33/CT-TTg", a file name or a few title words
// example: vanban query coverage --param doc=000_8b7031bbdbcc6e25.txt
// columns: body, received, purpose (of the sending, e.g. "báo cáo"), reports, implemented, implementing (count), example (one implementing document)
// dialect: ladybug
MATCH (d:Document {key: $doc})
OPTIONAL MATCH (d)-[s:SENT_TO]->(o:Organization)
WITH d, collect({body: o.key, received: 1, purpose: s.purpose}) AS received
OPTIONAL MATCH (a:Organization)-[e:REPORTS_TO]->(:Organization)
WHERE e.ev_source = d.key
WITH d, received, collect({body: a.key, received: 0, purpose: CAST(NULL AS STRING)}) AS reporting
UNWIND list_concat(received, reporting) AS r
WITH d, r WHERE r.body IS NOT NULL
WITH d, r.body AS body, max(r.received) = 1 AS received, min(r.purpose) AS purpose, min(r.received) = 0 AS reports
OPTIONAL MATCH (x:Document)-[:IMPLEMENTS*1..12]->(d)
WHERE x.issuer = body AND x.status = 'loaded'
WITH body, received, purpose, reports, count(DISTINCT x.key) AS implementing, min(x.key) AS example
RETURN body, received, purpose, reports, implementing > 0 AS implemented, implementing, example
ORDER BY implemented, body
// dialect: neo4j
MATCH (d:Document {key: $doc})
OPTIONAL MATCH (d)-[s:SENT_TO]->(o:Organization)
WITH d, collect({body: o.key, received: 1, purpose: s.purpose}) AS received
OPTIONAL MATCH (a:Organization)-[e:REPORTS_TO]->(:Organization)
WHERE e.ev_source = d.key
WITH d, received, collect({body: a.key, received: 0, purpose: null}) AS reporting
UNWIND received + reporting AS r
WITH d, r WHERE r.body IS NOT NULL
WITH d, r.body AS body, max(r.received) = 1 AS received, min(r.purpose) AS purpose, min(r.received) = 0 AS reports
OPTIONAL MATCH (x:Document)-[:IMPLEMENTS*1..12]->(d)
WHERE x.issuer = body AND x.status = 'loaded'
WITH body, received, purpose, reports, count(DISTINCT x.key) AS implementing, min(x.key) AS example
RETURN body, received, purpose, reports, implementing > 0 AS implemented, implementing, example
ORDER BY implemented, body
