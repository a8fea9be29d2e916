// name: reports_to
// summary: Who reports to a body (or to one of its units: Văn phòng, Ban Giám đốc…), by when and how
//   often, and which document says so; undated duties last.
// param org: org — the body, by its canonical name ("Sở Y tế tỉnh Hà Giang"); case and accents may differ
// example: vanban query reports_to --param "org=Sở Y tế tỉnh Hà Giang"
// columns: reporter, to, deadline, recurrence, document, quote
MATCH (u:Organization)-[:PART_OF*0..3]->(o:Organization {key: $org})
MATCH (a:Organization)-[e:REPORTS_TO]->(u)
RETURN DISTINCT a.key AS reporter, u.key AS to, e.deadline AS deadline, e.recurrence AS recurrence,
       e.ev_source AS document, e.ev_quote AS quote
ORDER BY coalesce(deadline, '9999'), reporter, to, coalesce(recurrence, ''), coalesce(document, ''), coalesce(quote, '')
