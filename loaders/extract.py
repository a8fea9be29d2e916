"""Text -> DocumentRecord. Pure: no I/O, no graph, no global state; same text, same record."""

from __future__ import annotations

from vanban.loaders.citations import read_citations
from vanban.loaders.header import read_header
from vanban.loaders.recipients import find_recipients
from vanban.loaders.reports import find_reports
from vanban.loaders.records import DocumentRecord, SourceInfo
from vanban.loaders.sections import outline
from vanban.loaders.tasks import find_tasks
from vanban.loaders.text import Text


def extract(text: Text) -> DocumentRecord:
    """Read one document's header, citations, implements, reports, tasks and recipients."""
    header = read_header(text)
    cites, implements = read_citations(text, header)  # one reading of the mentions for both
    doc = outline(text)  # read once, shared by reports and tasks
    tasks = find_tasks(text, header, doc)
    return DocumentRecord(
        file=text.name,
        document=header,
        cites=cites,
        implements=implements,
        reports_to=find_reports(text, header, doc),
        tasks=tasks,
        recipients=find_recipients(text, header, tasks),  # "Như Mục III" names a section's doers
        source=SourceInfo(format=text.format, encoding=text.encoding, chars=len(text.original)),
    )
