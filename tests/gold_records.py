"""Gold annotations as DocumentRecord objects (real, hand-checked inputs for the graph tests).

The gold uses the record schema without spans; spans of citations, reports and tasks are found
here by locating their verbatim surface in the seed's flat text (the gold's own convention).
"""

from __future__ import annotations

import json
from pathlib import Path

from vanban.loaders.records import DocumentRecord
from vanban.loaders.text import Text, make_text


def _span(text: Text, surface: str | None, after: int = 0) -> tuple[int | None, int | None]:
    if not surface:
        return None, None
    i = text.flat.find(surface, after)
    if i < 0:
        i = text.flat.find(surface)
    if i < 0:
        return None, None
    return text.original_span(i, i + len(surface))


def gold_record(gold_file: Path, seeds_dir: Path) -> tuple[DocumentRecord, Text]:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    text = make_text((seeds_dir / gold["file"]).read_text(encoding="utf-8"), name=gold["file"])
    fields = set(DocumentRecord.model_fields)
    record = DocumentRecord.model_validate({k: v for k, v in gold.items() if k in fields})
    for c in [*record.cites, *record.implements]:
        c.start, c.end = _span(text, c.surface)
    for r in record.reports_to:
        r.start, r.end = _span(text, r.evidence)
    for t in record.tasks:
        t.start, t.end = _span(text, t.text_start)
    return record, text


def gold_records(gold_dir: Path, seeds_dir: Path) -> list[tuple[DocumentRecord, Text]]:
    return [gold_record(f, seeds_dir) for f in sorted(gold_dir.glob("*.json"))]
