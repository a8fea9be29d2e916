// name: coverage
// summary: Who should carry out an instrument, and who has: the bodies it names to carry it out —
//   sent to (Nơi nhận/Kính gửi, not those sent it "để báo cáo" nor the issuer's own leaders and
//   offices sent a copy), assigned one of its tasks, or made to report under it —, the members the
//   graph knows of a group it names so ("UBND các huyện, thành phố": the province's districts), and
//   the issuers of loaded documents implementing it directly; for each, the loaded documents it
//   issued that implement it, directly or through others. With issuer_reporters=1, also every body
//   that reports to the issuer under any document. Not yet implemented first.
// param doc: doc — the instrument: its key, "33/CT-TTg", a file name or a few title words
// param issuer_reporters: int = 0 — 1: also list every body that reports to the instrument's issuer, under any document
// example: vanban query coverage --param doc=45/KH-UBND
// columns: body, received (sent to it to carry out), purpose (of the sending: "thực hiện", "phối hợp" or none), tasks (assigned to it), reports (under this instrument), reports_to_issuer (under any document), implemented, documents (its loaded documents implementing the instrument, sorted), member_of (the groups the instrument names that it is one of, sorted), members (for a group: its members the graph knows), members_implemented (of them, those that implemented it), named (the instrument names it itself: sent to, tasked or reporting), group (for a group: "listed", its members are those the graph knows; "unlisted", a kind no rule lists, "Các doanh nghiệp nhà nước trên địa bàn": its members are not known)
// The issuer itself is never listed, nor counted among a group's members ("Các bộ" of a ministry's
// letter). A body named as a group ("Các sở, ban, ngành tỉnh Sơn La") is one row, with
// "members_implemented of members"; each member the graph knows (graph.groups: MEMBER_OF) that
// existed on the document's date (made before it, ended after it: the 2025 reorganisation) is a row
// of its own, named or not, with the group in member_of.
// dialect: ladybug
MATCH (d:Document {key: $doc})
OPTIONAL MATCH (p:Organization)-[:PART_OF*1..3]->(i:Organization {key: d.issuer})
WITH d, collect(p.key) AS own
OPTIONAL MATCH (d)-[s:SENT_TO]->(o:Organization)
WHERE (s.purpose IS NULL OR s.purpose <> 'báo cáo') AND NOT list_contains(own, o.key)
WITH d, collect({body: o.key, received: 1, purpose: s.purpose, task: CAST(NULL AS STRING), reports: 0, general: 0, direct: 0, doc: CAST(NULL AS STRING), grp: CAST(NULL AS STRING), member: CAST(NULL AS STRING), done: CAST(NULL AS STRING), kind: CAST(NULL AS STRING)}) AS sent
OPTIONAL MATCH (d)-[:HAS_TASK]->(t:Task)-[:ASSIGNED_TO]->(a:Organization)
WITH d, sent, collect({body: a.key, received: 0, purpose: CAST(NULL AS STRING), task: t.key, reports: 0, general: 0, direct: 0, doc: CAST(NULL AS STRING), grp: CAST(NULL AS STRING), member: CAST(NULL AS STRING), done: CAST(NULL AS STRING), kind: CAST(NULL AS STRING)}) AS assigned
OPTIONAL MATCH (r:Organization)-[e:REPORTS_TO]->(:Organization)
WHERE e.ev_source = d.key
WITH d, sent, assigned, collect({body: r.key, received: 0, purpose: CAST(NULL AS STRING), task: CAST(NULL AS STRING), reports: 1, general: 0, direct: 0, doc: CAST(NULL AS STRING), grp: CAST(NULL AS STRING), member: CAST(NULL AS STRING), done: CAST(NULL AS STRING), kind: CAST(NULL AS STRING)}) AS reporting
OPTIONAL MATCH (y:Document)-[:IMPLEMENTS]->(d)
WHERE y.status = 'loaded'
WITH d, sent, assigned, reporting, collect({body: y.issuer, received: 0, purpose: CAST(NULL AS STRING), task: CAST(NULL AS STRING), reports: 0, general: 0, direct: 1, doc: y.key, grp: CAST(NULL AS STRING), member: CAST(NULL AS STRING), done: CAST(NULL AS STRING), kind: CAST(NULL AS STRING)}) AS direct
OPTIONAL MATCH (x:Document)-[:IMPLEMENTS* SHORTEST 1..12]->(d)
WHERE x.status = 'loaded'
WITH d, sent, assigned, reporting, direct, collect({body: x.issuer, received: 0, purpose: CAST(NULL AS STRING), task: CAST(NULL AS STRING), reports: 0, general: 0, direct: 0, doc: x.key, grp: CAST(NULL AS STRING), member: CAST(NULL AS STRING), done: CAST(NULL AS STRING), kind: CAST(NULL AS STRING)}) AS below
OPTIONAL MATCH (g:Organization)-[:REPORTS_TO]->(:Organization {key: d.issuer})
WITH d, sent, assigned, reporting, direct, below, collect({body: g.key, received: 0, purpose: CAST(NULL AS STRING), task: CAST(NULL AS STRING), reports: 0, general: 1, direct: 0, doc: CAST(NULL AS STRING), grp: CAST(NULL AS STRING), member: CAST(NULL AS STRING), done: CAST(NULL AS STRING), kind: CAST(NULL AS STRING)}) AS general
WITH d, list_concat(list_concat(list_concat(sent, assigned), list_concat(reporting, direct)), list_concat(below, general)) AS entries,
     list_transform(below, b -> b.body) AS done, coalesce(d.date, '') AS day, coalesce(d.issuer, '') AS me
UNWIND list_concat(list_distinct(list_transform(list_filter(entries, r -> r.body IS NOT NULL AND (r.received + r.reports = 1 OR r.task IS NOT NULL)), r -> r.body)), ['']) AS named
OPTIONAL MATCH (gn:Organization {key: named})
OPTIONAL MATCH (m:Organization)-[mo:MEMBER_OF]->(gn)
WHERE day < coalesce(mo.until, '9999') AND (day = '' OR day >= coalesce(mo.since, '')) AND m.key <> me
WITH d, entries, collect({body: m.key, received: 0, purpose: CAST(NULL AS STRING), task: CAST(NULL AS STRING), reports: 0, general: 0, direct: 0, doc: CAST(NULL AS STRING), grp: named, member: CAST(NULL AS STRING), done: CAST(NULL AS STRING), kind: CAST(NULL AS STRING)}) AS members,
     collect({body: named, received: 0, purpose: CAST(NULL AS STRING), task: CAST(NULL AS STRING), reports: 0, general: 0, direct: 0, doc: CAST(NULL AS STRING), grp: CAST(NULL AS STRING), member: m.key, done: CASE WHEN list_contains(done, m.key) THEN m.key ELSE CAST(NULL AS STRING) END,
             kind: CASE WHEN list_contains(gn.roles, 'group_unlisted') THEN 'unlisted' WHEN list_contains(gn.roles, 'group') THEN 'listed' ELSE CAST(NULL AS STRING) END}) AS groups
UNWIND list_concat(entries, list_concat(members, groups)) AS r
WITH d, r WHERE r.body IS NOT NULL AND r.body <> '' AND r.body <> coalesce(d.issuer, '')
WITH r.body AS body, max(r.received) = 1 AS received, min(r.purpose) AS purpose, count(DISTINCT r.task) AS tasks,
     max(r.reports) = 1 AS reports, max(r.general) = 1 AS reports_to_issuer, max(r.direct) = 1 AS direct,
     list_sort(collect(DISTINCT r.doc)) AS documents, list_sort(collect(DISTINCT r.grp)) AS member_of,
     count(DISTINCT r.member) AS members, count(DISTINCT r.done) AS members_implemented, max(r.kind) AS grouping
WHERE received OR tasks > 0 OR reports OR direct OR size(member_of) > 0 OR ($issuer_reporters = 1 AND reports_to_issuer)
RETURN body, received, purpose, tasks, reports, reports_to_issuer, size(documents) > 0 AS implemented, documents,
       member_of, members, members_implemented, received OR tasks > 0 OR reports AS named, grouping AS `group`
ORDER BY implemented, body
// dialect: neo4j
MATCH (d:Document {key: $doc})
OPTIONAL MATCH (i:Organization {key: d.issuer})
OPTIONAL MATCH (p:Organization)-[:PART_OF*1..3]->(i)
WITH d, i, collect(p.key) AS own
OPTIONAL MATCH (d)-[s:SENT_TO]->(o:Organization)
WHERE (s.purpose IS NULL OR s.purpose <> 'báo cáo') AND NOT o.key IN own
WITH d, i, collect({body: o.key, received: 1, purpose: s.purpose, task: null, reports: 0, general: 0, direct: 0, doc: null, grp: null, member: null, done: null, kind: null}) AS sent
OPTIONAL MATCH (d)-[:HAS_TASK]->(t:Task)-[:ASSIGNED_TO]->(a:Organization)
WITH d, i, sent, collect({body: a.key, received: 0, purpose: null, task: t.key, reports: 0, general: 0, direct: 0, doc: null, grp: null, member: null, done: null, kind: null}) AS assigned
OPTIONAL MATCH (r:Organization)-[e:REPORTS_TO]->(:Organization)
WHERE e.ev_source = d.key
WITH d, i, sent, assigned, collect({body: r.key, received: 0, purpose: null, task: null, reports: 1, general: 0, direct: 0, doc: null, grp: null, member: null, done: null, kind: null}) AS reporting
OPTIONAL MATCH (y:Document)-[:IMPLEMENTS]->(d)
WHERE y.status = 'loaded'
WITH d, i, sent, assigned, reporting, collect({body: y.issuer, received: 0, purpose: null, task: null, reports: 0, general: 0, direct: 1, doc: y.key, grp: null, member: null, done: null, kind: null}) AS direct
OPTIONAL MATCH (x:Document)-[:IMPLEMENTS*1..12]->(d)
WHERE x.status = 'loaded'
WITH d, i, sent, assigned, reporting, direct, collect(DISTINCT {body: x.issuer, received: 0, purpose: null, task: null, reports: 0, general: 0, direct: 0, doc: x.key, grp: null, member: null, done: null, kind: null}) AS below
OPTIONAL MATCH (g:Organization)-[:REPORTS_TO]->(i)
WITH d, i, sent, assigned, reporting, direct, below, collect({body: g.key, received: 0, purpose: null, task: null, reports: 0, general: 1, direct: 0, doc: null, grp: null, member: null, done: null, kind: null}) AS general
WITH d, sent + assigned + reporting + direct + below + general AS entries, [b IN below | b.body] AS done, coalesce(d.date, '') AS day, coalesce(d.issuer, '') AS me
UNWIND reduce(ks = [], r IN entries | CASE WHEN r.body IS NOT NULL AND (r.received + r.reports = 1 OR r.task IS NOT NULL) AND NOT r.body IN ks THEN ks + r.body ELSE ks END) + [''] AS named
OPTIONAL MATCH (gn:Organization {key: named})
OPTIONAL MATCH (m:Organization)-[mo:MEMBER_OF]->(gn)
WHERE day < coalesce(mo.until, '9999') AND (day = '' OR day >= coalesce(mo.since, '')) AND m.key <> me
WITH d, entries, collect({body: m.key, received: 0, purpose: null, task: null, reports: 0, general: 0, direct: 0, doc: null, grp: named, member: null, done: null, kind: null}) AS members,
     collect({body: named, received: 0, purpose: null, task: null, reports: 0, general: 0, direct: 0, doc: null, grp: null, member: m.key, done: CASE WHEN m.key IN done THEN m.key END,
             kind: CASE WHEN 'group_unlisted' IN gn.roles THEN 'unlisted' WHEN 'group' IN gn.roles THEN 'listed' END}) AS groups
UNWIND entries + members + groups AS r
WITH d, r WHERE r.body IS NOT NULL AND r.body <> '' AND r.body <> coalesce(d.issuer, '')
WITH r ORDER BY r.doc, r.grp
WITH r.body AS body, max(r.received) = 1 AS received, min(r.purpose) AS purpose, count(DISTINCT r.task) AS tasks,
     max(r.reports) = 1 AS reports, max(r.general) = 1 AS reports_to_issuer, max(r.direct) = 1 AS direct,
     collect(DISTINCT r.doc) AS documents, collect(DISTINCT r.grp) AS member_of,
     count(DISTINCT r.member) AS members, count(DISTINCT r.done) AS members_implemented, max(r.kind) AS grouping
WHERE received OR tasks > 0 OR reports OR direct OR size(member_of) > 0 OR ($issuer_reporters = 1 AND reports_to_issuer)
RETURN body, received, purpose, tasks, reports, reports_to_issuer, size(documents) > 0 AS implemented, documents,
       member_of, members, members_implemented, received OR tasks > 0 OR reports AS named, grouping AS `group`
ORDER BY implemented, body
