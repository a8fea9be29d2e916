// name: deadlines
// summary: Dated duties in a date range, by date: reports (who reports to whom) and tasks (with
//   each body assigned; one row per body).
// param date_from: date = 0001-01-01 — first day (YYYY-MM-DD), inclusive
// param date_to: date = 9999-12-31 — last day (YYYY-MM-DD), inclusive
// example: vanban query deadlines --param date_from=2022-01-01 --param date_to=2022-12-31
// columns: deadline, kind ("report" or "task"), who, to, document, section, text
// Both stores: the two kinds are collected into one list and unwound (LadybugDB has no CALL {… UNION …}).
// dialect: ladybug
OPTIONAL MATCH (a:Organization)-[e:REPORTS_TO]->(b:Organization)
WHERE e.deadline >= $date_from AND e.deadline <= $date_to
WITH collect({deadline: e.deadline, kind: 'report', who: a.key, to: b.key, document: e.ev_source, section: CAST(NULL AS STRING), text: e.ev_quote}) AS reports
OPTIONAL MATCH (d:Document)-[:HAS_TASK]->(t:Task)
WHERE t.deadline >= $date_from AND t.deadline <= $date_to
OPTIONAL MATCH (t)-[:ASSIGNED_TO]->(o:Organization)
WITH reports, collect({deadline: t.deadline, kind: 'task', who: o.key, to: CAST(NULL AS STRING), document: d.key, section: t.section, text: t.text_start}) AS tasks
UNWIND list_concat(reports, tasks) AS r
WITH r WHERE r.deadline IS NOT NULL
RETURN DISTINCT r.deadline AS deadline, r.kind AS kind, r.who AS who, r.to AS to, r.document AS document, r.section AS section, r.text AS text
ORDER BY deadline, kind, coalesce(document, ''), coalesce(section, ''), coalesce(who, ''), coalesce(to, ''), coalesce(text, '')
// dialect: neo4j
OPTIONAL MATCH (a:Organization)-[e:REPORTS_TO]->(b:Organization)
WHERE e.deadline >= $date_from AND e.deadline <= $date_to
WITH collect({deadline: e.deadline, kind: 'report', who: a.key, to: b.key, document: e.ev_source, section: null, text: e.ev_quote}) AS reports
OPTIONAL MATCH (d:Document)-[:HAS_TASK]->(t:Task)
WHERE t.deadline >= $date_from AND t.deadline <= $date_to
OPTIONAL MATCH (t)-[:ASSIGNED_TO]->(o:Organization)
WITH reports, collect({deadline: t.deadline, kind: 'task', who: o.key, to: null, document: d.key, section: t.section, text: t.text_start}) AS tasks
UNWIND reports + tasks AS r
WITH r WHERE r.deadline IS NOT NULL
RETURN DISTINCT r.deadline AS deadline, r.kind AS kind, r.who AS who, r.to AS to, r.document AS document, r.section AS section, r.text AS text
ORDER BY deadline, kind, coalesce(document, ''), coalesce(section, ''), coalesce(who, ''), coalesce(to, ''), coalesce(text, '')
