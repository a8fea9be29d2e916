"""A .docx file -> the text of its body, paragraphs and tables in document order.

Administrative documents put their header in a borderless table: the issuer and the Số line in
the left cell, the quốc hiệu and the place and date in the right one; the Nơi nhận list and the
signature are often a second table at the end. Each cell's paragraphs become lines, cells are
read left to right and rows top to bottom, which is also the order in which text extracted from
the PDF of the same document reads. The result has the shape of a .txt document: one line per
paragraph, so extraction does not depend on the format.
"""

from __future__ import annotations

import io
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


def docx_lines(data: bytes) -> list[str]:
    """The body of a .docx as lines (paragraph text; "\\n" from line breaks kept)."""
    try:
        import docx
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise LoadFailure("reading .docx needs python-docx (pip install python-docx)") from None
    try:
        document = docx.Document(io.BytesIO(data))
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
