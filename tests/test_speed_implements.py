"""``find_implements`` looks up the mentions the citations were read from (one reading of the text)
instead of reading each implementing span again: the instruments it finds must be those the span
reading finds (``_collect`` over the span, identity fields only), on real documents and on
fragments of the same kind.
"""

from __future__ import annotations

import pytest

from conftest import EXAMPLES, SHARED
from vanban.loaders import citations
from vanban.loaders.citation_groups import name_key, names_same_instrument
from vanban.loaders.citation_mentions import UNNUMBERED, mask
from vanban.loaders.citations import _collect, read_citations
from vanban.loaders.implementing_spans import find_implementing_spans
from vanban.loaders.header import read_header
from vanban.loaders.law_names import AMENDABLE_TYPES, amended_in
from vanban.loaders.load import expand_paths
from vanban.loaders.read import read_file
from vanban.loaders.records import Citation, Header
from vanban.loaders.text import Text, make_text


def _implements_by_span_reading(text: Text, header: Header, cites: list[Citation]) -> list[Citation]:
    """The form replaced: each implementing span read again with ``_collect``."""
    masked = mask(text.flat)
    out: list[Citation] = []
    for a, b in find_implementing_spans(text, header):
        since = a
        for m in _collect(masked, header, a, b, identity_only=True):
            gap_start, since = since, max(since, m.end)
            if citations.based_on_proposal(masked, gap_start, m.start):
                continue  # a proposal named inside the paragraph: only cited
            if m.doc_type in AMENDABLE_TYPES and m.kind == UNNUMBERED and amended_in(masked, m.start):
                continue  # a law an amending law names: the amending law is carried out
            cite = next((c for c in cites if names_same_instrument(m, masked, c)), None)
            if cite is not None and not any(cite is o for o in out):
                out.append(cite)
    if header.title:
        title_key = name_key(header.title)
        for cite in cites:
            if name_key(cite.surface) in title_key and not any(cite is o for o in out):
                if cite.doc_type in AMENDABLE_TYPES and amended_in(title_key, title_key.find(name_key(cite.surface))):
                    continue
                out.append(cite)
    return out


def _check(text: Text) -> list[Citation]:
    header = read_header(text)
    cites, implements = read_citations(text, header)
    assert [id(c) for c in implements] == [id(c) for c in _implements_by_span_reading(text, header, cites)]
    # Called alone, it reads the mentions itself: the same answer.
    assert [id(c) for c in citations.find_implements(text, header, cites)] == [id(c) for c in implements]
    return implements


def test_implements_from_the_texts_mentions_on_real_documents():
    dirs = [d for d in (SHARED / "seeds", SHARED / "corpus", EXAMPLES) if d.exists()]
    if not dirs:
        pytest.skip("no real documents here")
    found = 0
    for f in expand_paths(dirs):
        t = read_file(f)
        found += len(_check(make_text(t.original, name=t.name)))
    assert found > 50  # most documents implement something: the comparison is not vacuous


# Preambles of the kinds the corpus holds: a list sharing one issuer written after it, a law
# with its number, a short back-reference, a cited plan that is also named in the body.
FRAGMENTS = [
    "ỦY BAN NHÂN DÂN\nHUYỆN ĐỒNG VĂN\n\nSố: 15/KH-UBND\n\nĐồng Văn, ngày 12 tháng 3 năm 2024\n\nKẾ HOẠCH\n"
    "Thực hiện Chỉ thị số 31-CT/TU ngày 06/6/2023, Kế hoạch số 134-KH/TU ngày 29/12/2023 của Ban Thường vụ "
    "Tỉnh ủy\n\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n\nThực hiện Quyết định số "
    "411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ, Ủy ban nhân dân huyện xây dựng Kế hoạch như sau:\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Triển khai Quyết định số 411 nói trên và Chỉ thị số 31-CT/TU.\n",
    "SỞ Y TẾ\n\nSố: 233/KH-SYT\n\nKẾ HOẠCH\nTriển khai Nghị quyết số 20-NQ/TW ngày 25/10/2017\n\n"
    "Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2024, số 15/KH-UBND ngày 10/01/2024 của UBND tỉnh Hà Giang;\n"
    "Sở Y tế ban hành Kế hoạch như sau:\n\nI. NỘI DUNG\n\n1. Các đơn vị thực hiện Kế hoạch số 12/KH-UBND.\n",
]


@pytest.mark.parametrize("raw", FRAGMENTS)
def test_implements_from_the_texts_mentions_on_fragments(raw):
    assert _check(make_text(raw))
