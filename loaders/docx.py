"""A .docx file -> the text of its body, paragraphs and tables in document order.

Administrative documents put their header in a borderless table: the issuer and the Số line in
the left cell, the quốc hiệu and the place and date in the right one; the Nơi nhận list and the
signature are often a second table at the end. Each cell's paragraphs become lines, cells are
read left to right and rows top to bottom, which is also the order in which text extracted from
the PDF of the same document reads. The result has the shape of a .txt document: one line per
paragraph, so extraction does not depend on the format.

A package whose relationships name a part it lacks (a styles, theme, numbering or properties part
lost when the file was damaged or cut out of an archive) keeps its body: it is read without the
parts that are not there (``without_missing_parts``) rather than refused.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterator

from vanban.loaders.records import LoadFailure


def _block_lines(block, seen: set) -> Iterator[str]:
    """Lines of a paragraph, or of every cell of a table (merged cells once), nested tables too."""
    from docx.table import Table

    if not isinstance(block, Table):
        yield block.text
        return
    for row in block.rows:
        for cell in row.cells:
            tc = cell._tc  # the set keeps the lxml proxy alive, so identity is stable
            if tc in seen:  # a merged cell repeats in every grid column and row it spans
                continue
            seen.add(tc)
            for inner in cell.iter_inner_content():
                yield from _block_lines(inner, seen)


# A relationship of a package's .rels part: '<Relationship Id="rId1" Type="…/styles" Target="styles.xml"/>'.
RELATIONSHIP = re.compile(rb"<Relationship\b[^>]*?/>")
# Its target, and whether it lies outside the package: 'Target="styles.xml"', 'TargetMode="External"'.
RELATIONSHIP_TARGET = re.compile(rb'\bTarget="([^"]*)"')
EXTERNAL_TARGET = re.compile(rb'\bTargetMode="External"')


def without_missing_parts(data: bytes) -> bytes | None:
    """The package without its relationships to parts it does not hold, or None when none is missing
    (or the body itself, word/document.xml, is)."""
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        names = set(z.namelist())
        if "word/document.xml" not in names or "[Content_Types].xml" not in names:
            return None
        members = {n: z.read(n) for n in z.namelist()}
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, KeyError):
        return None
    dropped = False
    for name, xml in members.items():
        if not name.endswith(".rels"):
            continue
        # "word/_rels/document.xml.rels" relates "word/document.xml": its targets are relative to "word/".
        base = posixpath.dirname(posixpath.dirname(name))

        def keep(m: re.Match) -> bytes:
            nonlocal dropped
            rel = m.group(0)
            target = RELATIONSHIP_TARGET.search(rel)
            if target is None or EXTERNAL_TARGET.search(rel):
                return rel
            path = target.group(1).decode("utf-8", "replace")
            path = path.lstrip("/") if path.startswith("/") else posixpath.normpath(posixpath.join(base, path))
            if path in names:
                return rel
            dropped = True
            return b""

        members[name] = RELATIONSHIP.sub(keep, xml)
    if not dropped:
        return None
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for name, content in members.items():
            w.writestr(name, content)
    return out.getvalue()


def docx_lines(data: bytes) -> list[str]:
    """The body of a .docx as lines (paragraph text; "\\n" from line breaks kept)."""
    try:
        import docx
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise LoadFailure("reading .docx needs python-docx (pip install python-docx)") from None
    try:
        try:
            document = docx.Document(io.BytesIO(data))
        except KeyError:  # "There is no item named 'word/styles.xml' in the archive"
            repaired = without_missing_parts(data)
            if repaired is None:
                raise
            document = docx.Document(io.BytesIO(repaired))
        seen: set = set()
        lines: list[str] = []
        for block in document.iter_inner_content():
            lines.extend(_block_lines(block, seen))
        return lines
    except LoadFailure:
        raise
    except Exception as e:  # noqa: BLE001 - any damage inside the package is one reason
        raise LoadFailure(f"damaged .docx: {type(e).__name__}: {e}".splitlines()[0][:200]) from None


def docx_text(data: bytes) -> str:
    """The body of a .docx as text, one paragraph per line."""
    return "\n".join(docx_lines(data))
