"""Back-references written without "số" ("Nghị quyết 101" after "Nghị quyết số 101/2025/UBTVQH15"), as
extra mentions of instruments cited with their number.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vanban.loaders import codes
from vanban.loaders.citation_mentions import SHORT, Mention
from vanban.loaders.names import is_word_char


# The characters that may not follow a bare back-reference's number: a symbol's separators and a
# word's letters and digits ("Nghị quyết 101/2025/UBTVQH15" is a citation, "Kế hoạch 5a" no number).
NOT_AFTER_BARE_NUMBER = frozenset("/-–_") | frozenset(codes.HYPHENS)


@lru_cache(maxsize=64)
def _bare_number_after(doc_type: str) -> re.Pattern:
    """A type as an entry names it, one space and a number: "Nghị quyết 101" (a literal opening: the
    regex engine finds it fast)."""
    return re.compile(re.escape(doc_type) + r" (\d{1,5})")


def bare_back_references(masked: str, kept: list[Mention]) -> list[Mention]:
    """Back-references written without "số", as extra mentions of instruments cited with their number:
    "Nghị quyết 101" in "(theo quy định tại Nghị quyết 101)" after "Nghị quyết số 101/2025/UBTVQH15"
    (corpus 061), "Chỉ thị 33" after "Chỉ thị số 33/CT-TTg". Only the type as the entry's type names it,
    one space and its number are read, found with ``str.find`` (no pattern over the whole text): a
    number no cited instrument of that type carries adds nothing ("Kế hoạch 5 năm")."""
    out: list[Mention] = []
    numbers: dict[str, set[str]] = {}  # type -> the numbers cited under it
    for m in kept:
        if m.number and m.kind != SHORT:
            numbers.setdefault(m.doc_type, set()).add(m.number)
    for doc_type, cited in numbers.items():
        # One scan per type, for its word, a space and the digits after it ("Nghị quyết 101").
        for b in _bare_number_after(doc_type).finditer(masked):
            i, e = b.span()
            after = masked[e : e + 1]
            if (
                b[1] in cited
                and not (i and is_word_char(masked[i - 1]))
                and not (after and (is_word_char(after) or after in NOT_AFTER_BARE_NUMBER))
            ):
                out.append(Mention(start=i, end=e, kind=SHORT, doc_type=doc_type, number=b[1]))
    return out
