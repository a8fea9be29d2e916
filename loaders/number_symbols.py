"""A document's symbol as written, read into the one form the header and the citations both give it.

The header's Số line ("Số: 1961/QĐUBND") and a citation of the same document ("Quyết định số
1961/QĐ-UBND") must give the same symbol, so that the graph matches the document to the citations of
it. Both readers find the symbol's text their own way (the Số line, a type word and "số"); this module
turns what they found into the symbol:

- the spaces PDFs and OCR copies leave inside it are dropped ("KH- SYT", "1859- QĐ/TU" across lines),
  and a space that stands for the "/" after a year is read as one ("2020 NQ-HĐND" -> "2020/NQ-HĐND");
- the hyphens PDFs and web pages write ("296‑QĐ/TW", "KH–UBND") are the plain "-";
- a type code glued to a state body's code, its hyphen lost, is read apart ("QĐUBND" -> "QĐ-UBND").

A symbol keeps the case and the letters the text writes it with ("QĐ-TTG", a typo the body repeats,
stays so: test_quality11_citations); the graph compares symbols as its keys read them.

The number's digits that OCR misread as letters ("I9-NQ/TU", "2l9/CT-UBND") are read back by
``ocr_digits.read_ocr_digits``, which both readers run on the text before they match it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vanban.loaders import codes

# Every hyphen a symbol is written with, as the "-" it stands for: "‑" (a PDF's non-breaking hyphen),
# "–" (an en dash a web page or a word processor puts for it): "296‑QĐ/TW", "12/KH–UBND".
_HYPHEN_TABLE = str.maketrans({**codes.HYPHENS, "–": "-"})
# The separators a symbol opens with, after its number: "/" of "123/KH-UBND", "-" of "25-NQ/TW".
_LEADING_SEPARATORS = "-/–" + "".join(codes.HYPHENS)
# A year followed by a space where the "/" before the type code was lost: "2020 " in "2020 NQ-HĐND"
# ("Nghị Quyết số 15/2020 NQ-HĐND ngày 10/07/2020", a Đồng Nai contract's preamble); a type code opens with a plain
# capital or "Đ", no accented one.
SPACED_YEAR = re.compile(r"(\d{4}) (?=[A-ZĐ])")
# The year a symbol opens with: "2018/" in "2018/NĐCP".
YEAR_PREFIX = re.compile(r"(?:19|20)\d\d/")
# Type codes, longest first, as they open a glued symbol: "TTLT" before "TT", "QĐi" before "QĐ".
_GLUED_TYPE_CODES: tuple[str, ...] = tuple(sorted((c for c in codes.TYPE_CODES if len(c) > 1), key=len, reverse=True))
# A number written with dots between its thousands, as web copies and typists write large numbers:
# "1.234" in "Quyết định số 1.234/QĐ-UBND", "2.105" in "Công văn số 2.105/UBND-KT", "Số: 1.062/QĐ-BCT".
# Groups of exactly three digits after the first: a section's number "1.2" is none.
DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def number_form(written: str) -> str:
    """A document's number as its digits: the dots of its thousands dropped ("1.234" -> "1234", the
    number an office registers and the one its Số line and other citations write without dots);
    a letter it ends with in lower case ("30A" -> "30a": "Nghị quyết số 30A/2008/NQ-CP" is the 30a); any other
    number as written ("96", "30a", "01")."""
    if "." in written and DOTTED_THOUSANDS.fullmatch(written):
        return written.replace(".", "")
    if written[-1:].isupper():
        return written.lower()
    return written


@lru_cache(maxsize=4096)  # pure, and a document's symbols are few and read many times
def symbol_form(written: str, doc_type: str | None = None) -> tuple[str, str | None]:
    """The symbol a written symbol (what follows the number, its separator included) stands for, and
    the symbol as written when a glued one was read apart (else None): "- QĐ/TU" -> ("QĐ/TU", None),
    "/2020 NQ-HĐND" -> ("2020/NQ-HĐND", None), "/KH–UBND" -> ("KH-UBND", None), "/QĐUBND" ->
    ("QĐ-UBND", "QĐUBND"). ``doc_type`` is the type its type word or type line names, if any (see ``unglued_symbol``)."""
    if " " in written:
        written = SPACED_YEAR.sub(r"\1/", written)
    symbol = "".join(written.split()).translate(_HYPHEN_TABLE).lstrip(_LEADING_SEPARATORS)
    glued = unglued_symbol(symbol, doc_type)
    return (glued, symbol) if glued else (symbol, None)


def unglued_symbol(symbol: str, doc_type: str | None = None) -> str | None:
    """A state body's symbol whose hyphen an OCR or typing slip dropped, split where it is certain: a
    type code and a state body's code glued ("QĐUBND" -> "QĐ-UBND", a web copy's "Số: 1961/QĐUBND"), or
    sharing a letter under the type word of that code ("CTTg" -> "CT-TTg" under "Chỉ thị", corpus 024:
    "Chỉ thị số 27/CTTg ngày 15/7/2024"). With a type word or type line (``doc_type``), the type code must
    be its type: "Quyết định số 5/CTTg" is left as written. None for any other symbol: one with a
    separator, a code itself ("UBND", "KHĐT"), a party body's ("CTTW"). A symbol that opens with its year
    keeps it: "2018/NĐCP" -> "2018/NĐ-CP" (a PDF copy: "Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018")."""
    year = YEAR_PREFIX.match(symbol)
    if year:
        rest = unglued_symbol(symbol[year.end() :], doc_type)
        return f"{year.group()}{rest}" if rest else None
    if len(symbol) < 4 or not symbol.isalpha() or symbol in codes.BODY_CODES or symbol in codes.TYPE_CODES:
        return None
    for code in _GLUED_TYPE_CODES:
        if not symbol.startswith(code) or (doc_type and codes.TYPE_CODES[code] != doc_type):
            continue
        body = symbol[len(code) :]
        if body in codes.BODY_CODES and body not in codes.PARTY_BODY_CODES:
            return f"{code}-{body}"
        # The body's code shares its first letter with the type's last: "CT" and "TTg" written "CTTg";
        # read only under the type word of that code.
        shared = symbol[len(code) - 1 :]
        if doc_type and shared in codes.BODY_CODES and shared not in codes.PARTY_BODY_CODES:
            return f"{code}-{shared}"
    return None
