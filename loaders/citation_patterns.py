"""The regex pieces every citation pattern is built from: type words (glued or not, capitalised),
the words of a name, the parts and separators of a symbol, Vietnamese capitals, and where a type word
may start. All built from the tables in ``codes``.
"""

from __future__ import annotations

import re

from vanban.loaders import codes
from vanban.loaders.letters import UPPER_LETTERS


def phrase_alternation(words, cap: bool = False, upper: bool = False, glued: bool = False) -> str:
    """A regex alternation of phrases, longest first, any whitespace run between words (with
    ``glued``, also none: OCR and PDF copies glue the words of a type, "Chỉthị", "Nghịquyết")."""
    forms = set()
    for w in words:
        if cap:
            w = w[:1].upper() + w[1:]
        if upper:
            w = w.upper()
        forms.add(w)
    gap = r"\s*" if glued else r"\s+"
    return "|".join(re.escape(w).replace(r"\ ", gap) for w in sorted(forms, key=len, reverse=True))


# The type words of a citation, glued or not: "Chỉ thị", "Chỉthị số 49- CT/TW", "Nghịquyếtsố 05-NQ/TU".
TYPE_WORD = phrase_alternation(codes.TYPE_WORDS, glued=True)
NO_TYPE_WORD = rf"(?!(?i:{TYPE_WORD})(?!\w))"
# One word of a name: no spaces, no punctuation that ends a phrase, apostrophes inside it kept:
# "Sở", "M'Đrắk", "H'leo" (not the quote in "'Dân vận'").
WORD_OF_NAME = r"[^\s,;:.()“”\"'!?|]+(?:'[^\s,;:.()“”\"'!?|]+)*"
# A part of a symbol: "KH", "UBND", "TTg", "QĐi", "QH15", or a year "2015"; a code joined by "&" is one
# part, a space after the "&" as a PDF copy leaves it: "BNN&MT" in "515/KH-BCA-BNN&MT", "QLN& TTBĐS" in
# "15972/SXD-QLN& TTBĐS" (corpus 043); a unit's code followed by its section's in parentheses, as police
# symbols write it: "PV11(CS)" in "Công văn số 823/PV11(CS) ngày 18/7/2017" (a Khánh Hòa plan).
# A capital of a Vietnamese word inside a symbol's part, as some Party symbols spell the Trung ương's code:
# "Ư" of "TƯ" in "Quy định số 06-QĐ/TƯ" (for "QĐ/TW"); the first letter stays an ASCII one or "Đ".
# A council's standing committee written before its body's code with a dot, as the header's Số line
# writes it ("Số: 06/QC-TT.HĐND-UBND", a Hòa Bình Quy chế): "TT.HĐND" is one part, not "TT" alone.
_SYMBOL_CAPITALS = "ĂÂÊÔƠƯ"
# A part may also end where a copy that lost its spaces glued the date word to it: "CP" of "Nghị định số
# 13/2008/NĐ-CPngày 04 tháng 02 năm 2008", "BNV" of "Thông tư số 04/2008/TT-BNVngày …" (read "2008/NĐ" before).
# A unit's roman number after a dot, as the Government Office's departments write theirs: "V.I" in "Công văn số
# 11554/VPCP-V.I" (realdocs 8018a6f3, read "VPCP-V" before); or a company's code after a dot, in capitals: "OL.WMCLV"
# in "Trả lời công văn số 128.2025/OL.WMCLV ngày 24/11/2025 của Công ty TNHH Wilmar Marketing CLV" (fresh15 1894fbab,
# read "OL" before). Capitals and digits only: "UBND.Trong" (a copy that lost the space after a full stop) stays "UBND".
SYMBOL_PART = (
    rf"(?:(?:TT\.)?[A-ZĐ][A-Za-zĐđ{_SYMBOL_CAPITALS}0-9]*(?:&\s?[A-ZĐ][A-Za-zĐđ0-9]*)?(?:\([A-ZĐ][A-ZĐ0-9]{{0,5}}\))?(?:\.[A-ZĐ][A-ZĐ0-9]*)?|\d{{4}})"
    r"(?:(?!\w)|(?=ngày\s))"
)
# A separator inside a symbol, with the spaces PDFs leave: "25- NQ/TW", "96 /KH-UBND", "KH- SYT",
# and the bold marks blanked where a markdown copy closes a line inside it: "1859-** QĐ/TU".
SYMBOL_SEPARATOR = rf"\s{{0,3}}[-/–{''.join(codes.HYPHENS)}]\s{{0,3}}"
NUMBER_WORD = rf"(?i:{phrase_alternation(codes.NUMBER_WORDS)})"

CAP_TYPE_WORD = phrase_alternation(codes.TYPE_WORDS, cap=True)
NO_CAP_TYPE_WORD = rf"(?!(?:{CAP_TYPE_WORD})(?!\w))"

# The separators SYMBOL_SEPARATOR holds: "-", "/", "–" and the hyphens of PDFs. The one right after a
# number (after at most three spaces) is where a number and symbol can be, found by ``str.find``.
SEPARATOR_CHARS = "-/–" + "".join(codes.HYPHENS)

# The start of a type word: after a non-word character, or glued by OCR/PDF copy to one of the
# small words that precede a citation: "theoNghị quyết", "hiệnKế hoạch", "cứLuật", "vàChỉ thị".
TYPE_START = (
    rf"(?:(?<!\w)|(?:(?<=theo)|(?<=hiện)|(?<=cứ)|(?<=của)|(?<=tại)|(?<=và)|(?<=với))(?=[{UPPER_LETTERS}]))"
)

# The first letter of a type word, any case: "k" of "Kế hoạch", "đ" of "Đề án". Tested first by
# the patterns searched in a window before a number, where it fails at most places at once;
# TYPE_START's lookbehinds, which it spares, are tried one after the other.
TYPE_FIRST_LETTER = rf"(?=(?i:[{''.join(sorted({re.escape(w[0]) for w in codes.TYPE_WORDS}))}]))"
