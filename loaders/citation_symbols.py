"""Reading a cited instrument's symbol: its parts, type code, body code and year, the type a type
word and a symbol name together ("Văn bản số 12/QĐ-UBND" is a Quyết định), and a glued symbol read
apart ("CTTg" -> "CT-TTg", ``number_symbols.unglued_symbol``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from vanban.loaders import codes
from vanban.loaders.citation_patterns import SYMBOL_SEPARATOR


_SYMBOL_SPLIT = re.compile(SYMBOL_SEPARATOR)
TRAILING_DIGITS = re.compile(r"\d+$")
# Body codes by their upper-case form: "TTG" in an ALL-CAPS title is "TTg"; and by their form folded
# to "D" (codes.FOLDED_CODES): "SGDDT" in "KH-SGDDT" is "SGDĐT".
BODY_CODES_UPPER = {
    **{f.upper(): c for f, c in codes.FOLDED_CODES.items() if c in codes.BODY_CODES},
    **{c.upper(): c for c in codes.BODY_CODES},
}
# "Văn bản số 12/QĐ-UBND" is a Quyết định, "Công văn số 7886/HD-BNV" a Hướng dẫn.
GENERIC_TYPES = frozenset({codes.TYPE_WORDS["văn bản"], codes.TYPE_WORDS["công văn"]})
TYPE_NAMES = {k.lower(): v for k, v in codes.TYPE_WORDS.items()}
# The same, keyed without spaces: "chỉthị" (OCR-glued "Chỉthị") -> "Chỉ thị".
_GLUED_TYPE_NAMES = {k.replace(" ", ""): v for k, v in TYPE_NAMES.items()}


def type_name(written: str) -> str | None:
    """The full type for a type word as written, its spaces any or none: 'Nghị  quyết',
    'Chỉthị' -> 'Chỉ thị'; None for a word that is no type."""
    return _GLUED_TYPE_NAMES.get("".join(written.split()).lower())


@lru_cache(maxsize=4096)  # pure; a document's symbols are read again and again when mentions are grouped
def symbol_parts(symbol: str) -> tuple[str, ...]:
    return tuple(p for p in _SYMBOL_SPLIT.split(symbol.replace(" ", "")) if p)


@lru_cache(maxsize=4096)  # pure: a symbol is read once per document and worker, not once per question
def type_code(symbol: str | None) -> str | None:
    """The type code of a symbol: 'CT' in 'CT-TTg' and '06-CT/TU', 'NĐ' in '2015/NĐ-CP'; a code
    written without its "Đ" is that code: 'QĐ' in 'QD-UBND' (codes.FOLDED_CODES)."""
    if not symbol:
        return None
    for p in symbol_parts(symbol):
        if p.isdigit():
            continue
        if p in codes.TYPE_CODES:
            return p
        folded = codes.FOLDED_CODES.get(p)
        return folded if folded in codes.TYPE_CODES else None
    return None


@lru_cache(maxsize=4096)  # pure: a symbol is read once per document and worker, not once per question
def body_code(symbol: str | None) -> str | None:
    """The issuing body's code: 'TTg' in 'CT-TTg', 'UBND' in 'UBND-NC', 'QH' in '2025/QH15'."""
    if not symbol:
        return None
    parts = [p for p in symbol_parts(symbol) if not p.isdigit()]
    if parts and parts[0] in codes.TYPE_CODES and len(parts) > 1:
        parts = parts[1:]
    for p in parts:
        for code in (p, TRAILING_DIGITS.sub("", p)):
            code = BODY_CODES_UPPER.get(code.upper(), code)
            if code in codes.BODY_CODES:
                return code
    return TRAILING_DIGITS.sub("", parts[0]) if parts else None


@lru_cache(maxsize=4096)  # pure: a symbol is read once per document and worker, not once per question
def symbol_year(symbol: str | None) -> int | None:
    for p in symbol_parts(symbol or ""):
        if p.isdigit() and len(p) == 4 and p[:2] in ("19", "20"):
            return int(p)
    return None


def type_from_symbol(symbol: str | None) -> str | None:
    """'CT/TU' -> Chỉ thị; 'UBND-NC' (no type code: a letter) -> Công văn."""
    code = type_code(symbol)
    if code:
        return codes.TYPE_CODES[code]
    return codes.TYPE_WORDS["công văn"] if symbol else None


# A letter's symbol that opens with the Cục Thuế's initials "CT", then one of its departments (no body's code):
# "công văn số 3316/CT-CS" (realdocs 28219392), "công văn số 4328/CT-CS" (c3581fb6): a Công văn as written, not a
# Chỉ thị ("Chỉ thị số 05/CT-UBND", "06-CT/TU": a body's code after "CT").
LETTER_TYPE = codes.TYPE_WORDS["công văn"]
TAX_DEPARTMENT_LEAD = "CT"


def _tax_department_symbol(symbol: str | None) -> bool:
    parts = [p for p in symbol_parts(symbol or "") if not p.isdigit()]
    return (
        len(parts) == 2
        and parts[0] == TAX_DEPARTMENT_LEAD
        and BODY_CODES_UPPER.get(parts[1].upper(), parts[1]) not in codes.BODY_CODES
    )


def full_doc_type(word: str, symbol: str | None) -> str:
    """The full type for a type word as written; 'văn bản' takes its type from the symbol, and a joint
    symbol makes a joint type: "Thông tư số 03/2008/TTLT-BYT-BNV" is a Thông tư liên tịch."""
    name = type_name(word) or word
    if name in GENERIC_TYPES:
        if name == LETTER_TYPE and _tax_department_symbol(symbol):
            return name
        return type_from_symbol(symbol) or name
    code = type_code(symbol)
    if code in codes.JOINT_TYPE_CODES and codes.TYPE_CODES[code].startswith(name + " "):
        return codes.TYPE_CODES[code]
    return name


@lru_cache(maxsize=4096)  # pure: a symbol is read once per document and worker, not once per question
def names_two_ministries(symbol: str | None) -> bool:
    """Whether a symbol names two national bodies, as a joint instrument's does without a joint type code:
    "KH-BCA-BNN&MT" (Bộ Công an and Bộ Nông nghiệp và Môi trường, corpus 043); no one issuer is inferred."""
    found = 0
    for p in symbol_parts(symbol or ""):
        if codes.BODY_CODES.get(BODY_CODES_UPPER.get(p.upper(), p)):
            found += 1
    return found > 1
