"""Words an OCR copy wrote without the letters that carry diacritics, read back where the shape around them
leaves one reading: a cited type before a number whose symbol's type code agrees ("Quyt dnh s 58/2010/QĐ-TTg"
-> "Quyết định số 58/2010/QĐ-TTg") and its national issuer when the symbol's body code names it ("cùa Thù tưóng
Chính phù"), a type line in capitals alone on its line ("QUYT DNH" -> "QUYẾT ĐỊNH"), the authority line under the
title ("HIU TRƯNG TRƯNG ĐI HC CN THƠ", its body read back from the header's block), "về việc" ("V vic"), and the "năm"
of a date in words ("ngày 23 tháng 12 nám 2013"). Old scans of a university's decisions read so.

A word is a damaged form of a type's word when its skeleton (lower case, no diacritics, "đ" -> "d", "j" -> "i", the
OCR's reading of "ị") is the word's with only vowels dropped and the same first letter: "quyt" for "quyết", "dnh" and
"djnh" for "định". Precision first: a cited type is read back only before a number and a symbol whose type code is
that type's (QĐ for Quyết định, NĐ for Nghị định…); a skeleton alone is no citation.

The text is rewritten before it is read (as a legacy font's text is, ``encodings.repair_legacy_font_text``): offsets
found in it are offsets of the restored text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vanban.loaders import codes
from vanban.loaders.citation_patterns import SYMBOL_PART, SYMBOL_SEPARATOR
from vanban.loaders.citation_symbols import body_code, type_code
from vanban.loaders.header import BARE_AUTHORITIES
from vanban.loaders.ocr_digits import with_edits
from vanban.loaders.places import strip_accents

_VOWELS = frozenset("aeiouy")
# The number word as an OCR copy leaves it, before a citation's number: "s" (for "số"), "so", "sô".
DAMAGED_NUMBER_WORDS = frozenset({"s", "S", "so", "So", "SO", "sô", "Sô", "SÔ"})

# A citation's number word, number and symbol, the words before it read separately: "s 58/2010/QĐ-TTg" in "Căn cứ
# Quyt dnh s 58/2010/QĐ-TTg ngày …", "s 1811/QĐ-ĐHCT", "số 50/2007/QĐ-BGDĐT".
NUMBERED_SYMBOL = re.compile(
    r"(?<!\w)(?P<no>số|Số|SỐ|s|S|so|So|SO|sô|Sô|SÔ)\s{0,2}:?\s{0,2}(?P<num>\d{1,5})"
    rf"(?P<sym>(?:{SYMBOL_SEPARATOR}{SYMBOL_PART}){{1,5}})"
)
# Where NUMBERED_SYMBOL may match a damaged citation, found by ``str.find``: the damaged number word between spaces
# ("Quyt dnh s 58/…"), or "số" right after a word with no vowel left, checked in place ("dnh số 129/…").
_DAMAGED_NUMBER_WORD_HINTS = (" s ", " S ", " so ", " sô ")
_NUMBER_WORD_HINT = " số "
# The damaged "Số" opening a line, the header's Số line: "S 2561/QĐ-ĐHCT" (the header reads "S: 12/QĐ-UBND" as is).
_LINE_NUMBER_WORD_HINTS = ("\nS ",)
# The characters read back for the two words before " số ".
_TWO_WORDS_CHARS = 24
# The words before a number word, up to four, on the same line: "Quyt dnh" in "Căn cứ Quyt dnh s 58/…".
WORDS_BEFORE = re.compile(r"(?:[^\W\d_]+[ \t]+){1,4}$")
_WORD = re.compile(r"[^\W\d_]+")
# A word of a body's name, its "-" kept: "Lao động - Thương binh".
_NAME_WORD = re.compile(r"[^\W\d_]+|-")
# The two-word openings of a preamble's paragraph, read back before a damaged type: "Căn c", "Cn c", "Thực hin"
# before "Quyt dnh s …".
_OPENINGS = (("căn", "cứ"), ("thực", "hiện"))
# The widest look back for them.
_WORDS_BEFORE_CHARS = 48

# A line in capitals, its colon and emphasis kept: "QUYT DNH", "QUYẾT ĐJNH", "**QUYT DNH:**" (a type line), "HIU
# TRƯNG TRƯNG ĐI HC CN THƠ" (an authority line under the title, for "HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC CẦN THƠ"). Read one
# line at a time (``str.split``, ``str.isupper``): a regex anchored at every line's start costs more.
_LINE_MARKS = " \t*#_:"
# The longest line read so.
_CAPITALS_LINE_CHARS = 90
# How far into the text lines in capitals are read: the header, its type line and the authority line under the title
# (a line cut there is one no longer than it was).
_HEADER_CHARS = 3000
# The lines in capitals kept to read an authority line's body back from (the header's block is among the first).
_BLOCK_LINES = 12
# The most words of a type line read back (a one-word type has too short a skeleton to be told from another word:
# only types of two words or more are).
_TYPE_LINE_WORDS = 4

# "năm" of a date in words with its vowel misread, between the month and the year: "nám" in "ngày 23 tháng 12 nám
# 2013", "nǎm", "nām", "nam" (never "năm" itself).
DAMAGED_YEAR_WORD = re.compile(
    r"tháng(?P<gap>\s{0,3}\d{1,2}\s{1,3})(?P<word>n[aáàảãạǎāâấầẩẫậắằẳẵặ]m)(?=\s{1,3}(?:19|20)\d\d(?!\d))"
)
_YEAR_WORD = "năm"

# "về việc" written without its accented letters, opening a subject: "v vic" in "… của Thủ tướng Chính phủ v vic
# ban hành Điều lệ …", "V vic ban hành Quy đnh …" (a title). Two words no text writes otherwise.
DAMAGED_ABOUT = re.compile(r"(?<!\w)[vV][ \t]+vi[eê]?c(?!\w)")
_DAMAGED_ABOUT_HINTS = ("v vic", "V vic", "v viec", "V viec", "v viêc", "V viêc")
_ABOUT = "về việc"

# After a restored citation's symbol, its date and "của" as the OCR copy wrote them, then the issuer's words: " ngày
# 22 tháng 9 năm 2010 cùa " before "Thù tưóng Chính phù", " ngày 29/8/2007 cùa " before "B trưng B Giáo dc …".
DATE_AND_OF = re.compile(
    r"[ \t]*,?[ \t]*ngày[ \t]+\d{1,2}(?:[ \t]*[/.-][ \t]*\d{1,2}[ \t]*[/.-][ \t]*\d{4}"
    r"|[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+\d{4})[ \t]+(?:của|cùa|cua|ca|cûa)[ \t]+"
)
# The title of a ministry's head, written before its name: "Bộ trưởng Bộ Giáo dục và Đào tạo".
_MINISTER = "Bộ trưởng "

# The type names, by their words' skeletons.
_TYPE_NAMES = tuple(sorted(set(codes.TYPE_WORDS.values())))


@lru_cache(maxsize=4096)  # the words of capitals lines repeat from document to document ("CỘNG HÒA", "VIỆT NAM")
def _skeleton(word: str) -> str:
    """'Quyết' -> 'quyet', 'djnh' -> 'dinh', 'đjnh' -> 'dinh'."""
    return strip_accents(word).replace("j", "i")


def _vowels_dropped(damaged: str, word: str) -> bool:
    """Whether skeleton ``damaged`` is skeleton ``word`` with only vowels dropped, its first letter kept."""
    if not damaged or damaged[0] != word[0]:
        return False
    i = 0
    for c in word:
        if i < len(damaged) and damaged[i] == c:
            i += 1
        elif c not in _VOWELS:
            return False
    return i == len(damaged)


@lru_cache(maxsize=4096)
def _damaged_looking(word: str) -> bool:
    """Whether a word looks damaged by an OCR that drops letters: no vowel left ("dnh") or a "j" ("djnh")."""
    k = _skeleton(word)
    return k.isalpha() and ("j" in word or "J" in word or not _VOWELS.intersection(k))


def _consonants(skeletons) -> tuple[str, ...]:
    """The consonants of each word's skeleton: ('qt', 'dnh') for 'quyet dinh' and for 'quyt dnh' (dropping vowels
    keeps them: the key a damaged word is looked up by)."""
    return tuple("".join(c for c in k if c not in _VOWELS) for k in skeletons)


@lru_cache(maxsize=4096)
def _word_consonants(word: str) -> str:
    """'Quyết' -> 'qt', 'dnh' -> 'dnh'."""
    return _consonants((_skeleton(word),))[0]


def _by_consonants(names) -> dict[tuple[str, ...], list[tuple[str, tuple[str, ...]]]]:
    out: dict[tuple[str, ...], list[tuple[str, tuple[str, ...]]]] = {}
    for name in names:
        parts = tuple(_skeleton(p) for p in name.split())
        out.setdefault(_consonants(parts), []).append((name, parts))
    return out


_TYPE_SKELETONS = _by_consonants(_TYPE_NAMES)
# The type names written whole, as they end the text before a "số": "Quyết định", "quyết định", "QUYẾT ĐỊNH".
_INTACT_TYPE_NAMES = tuple(sorted({f(w) for w in codes.TYPE_WORDS for f in (str.lower, str.upper, lambda w: w[:1].upper() + w[1:])}))
# The offices an authority line opens with, by their words: "HIỆU TRƯỞNG", "GIÁM ĐỐC".
_AUTHORITIES = _by_consonants(sorted(BARE_AUTHORITIES))
_AUTHORITY_WORDS = max(len(a.split()) for a in BARE_AUTHORITIES)


def damaged_type_name(words: list[str]) -> str | None:
    """The type whose name ``words`` write without some of their vowels, or with "j" for "ị": ['Quyt', 'dnh'] ->
    'Quyết định', ['QUYẾT', 'ĐJNH'] -> 'Quyết định'; None when they write none, or write one with all its letters
    (intact, or its marks only lost: "Quyết đinh", which the citation patterns read as written)."""
    candidates = _TYPE_SKELETONS.get(tuple(_word_consonants(w) for w in words))
    if not candidates:
        return None
    skeletons = [_skeleton(w) for w in words]
    for name, parts in candidates:
        if [strip_accents(w) for w in words] == [strip_accents(p) for p in name.split()]:
            continue  # intact, or only marks lost ("Quyết đinh", "Quyet dinh"): read as written elsewhere
        if all(_vowels_dropped(s, p) for s, p in zip(skeletons, parts)):
            return name
    return None


def _cased(name: str, like: str) -> str:
    """``name`` in the case of ``like``: 'QUYẾT ĐỊNH' for 'QUYT DNH', 'Quyết định' for 'Quyt dnh'."""
    if like.isupper():
        return name.upper()
    return name[:1].upper() + name[1:] if like[:1].isupper() else name.lower()


def _cited_type_edits(s: str) -> list[tuple[int, int, str]]:
    """Damaged type words and number words of citations whose symbol's type code is that type's."""
    starts: set[int] = set()
    for hint in _DAMAGED_NUMBER_WORD_HINTS:
        i = s.find(hint)
        while i >= 0:
            starts.add(i + 1)
            i = s.find(hint, i + 1)
    i = s.find(_NUMBER_WORD_HINT)
    while i >= 0:
        # "dnh số", "Quyt đjnh số": one of the two words before it with no vowel left or with a "j" (no Vietnamese word
        # has one; an intact type word keeps its vowels), or the two a damaged type's ("Quyt định số").
        before = s[max(0, i - _TWO_WORDS_CHARS) : i]
        if before.endswith(_INTACT_TYPE_NAMES):  # most "số": after a type written whole ("Quyết định số")
            i = s.find(_NUMBER_WORD_HINT, i + 1)
            continue
        two = before.split()[-2:]
        if any(_damaged_looking(w) for w in two) or (len(two) == 2 and all(w.isalpha() for w in two) and damaged_type_name(two)):
            starts.add(i + 1)
        i = s.find(_NUMBER_WORD_HINT, i + 1)
    for hint in _LINE_NUMBER_WORD_HINTS:
        i = s.find(hint)
        while i >= 0:
            starts.add(i + 1)
            i = s.find(hint, i + 1)
    edits: list[tuple[int, int, str]] = []
    for start in sorted(starts):
        m = NUMBERED_SYMBOL.match(s, start)
        if not m:
            continue
        code = type_code(re.sub(r"\s", "", m["sym"])[1:])
        if code is None:
            continue
        if s[start - 1] == "\n" and m["no"] in ("s", "S"):
            # The header's Số line, its "Số" damaged: "S 2561/QĐ-ĐHCT" alone at a line's start.
            edits.append((m.start("no"), m.end("no"), "Số"))
            continue
        before = WORDS_BEFORE.search(s, max(0, start - _WORDS_BEFORE_CHARS), start)
        if not before:
            continue
        words = before.group(0).split()
        name = codes.TYPE_CODES[code]
        count = len(name.split())
        if len(words) < count:
            continue
        typed = words[-count:]
        found = damaged_type_name(typed)
        if found != name and not (m["no"] in DAMAGED_NUMBER_WORDS and " ".join(typed).lower() == name.lower()):
            continue
        if found == name:
            spans = [w.span() for w in _WORD.finditer(s, before.start(), before.end())]
            edits.append((spans[-count][0], spans[-1][1], _cased(name, s[spans[-count][0] : spans[-1][1]])))
            opening = [s[a:b] for a, b in spans[-count - 2 : -count]]
            for words in _OPENINGS:
                if len(opening) == len(words) and _written_without_vowels(opening, words):
                    # "Căn c Quyt dnh s …": the opening of the ground, damaged as the type after it.
                    a, b = spans[-count - 2][0], spans[-count - 1][1]
                    edits.append((a, b, _cased(" ".join(words), s[a:b])))
            edits += _issuer_edits(s, m.end(), code, m["sym"])
        if m["no"] in ("s", "S") or (found == name and m["no"] in DAMAGED_NUMBER_WORDS):  # "sô" alone is read as is
            edits.append((m.start("no"), m.end("no"), _cased("số", m["no"])))
    return edits


def _issuer_edits(s: str, pos: int, code: str, symbol: str) -> list[tuple[int, int, str]]:
    """The national issuer written without its accented letters after a restored citation's date, when the
    symbol's body code names it: "cùa Thù tưóng Chính phù" after "58/2010/QĐ-TTg ngày 22 tháng 9 năm 2010" -> "Thủ
    tướng Chính phủ"; "B trưng B Giáo dc và Đào to" after "50/2007/QĐ-BGDĐT ngày 29/8/2007" -> "Bộ trưởng Bộ Giáo
    dục và Đào tạo"."""
    body = codes.BODY_CODES.get(body_code(re.sub(r"\s", "", symbol)[1:]) or "")
    m = DATE_AND_OF.match(s, pos) if body else None
    if not m:
        return []
    for name in (_MINISTER + body, body) if body.startswith("Bộ ") else (body,):
        parts = name.split()
        spans = [w.span() for w in _NAME_WORD.finditer(s, m.end(), m.end() + 3 * len(name))][: len(parts)]
        if len(spans) < len(parts) or any(s[a:b].strip() for a, b in zip([e for _, e in spans], [b for b, _ in spans[1:]])):
            continue
        written = [s[a:b] for a, b in spans]
        if written != parts and all(_vowels_dropped(_skeleton(w), _skeleton(p)) for w, p in zip(written, parts)):
            return [(spans[0][0], spans[-1][1], name)]
    return []


def _same_letters(words: list[str], parts) -> bool:
    """Whether ``words`` write ``parts`` with all their letters, at most their marks lost ("HIEU TRUONG")."""
    return [strip_accents(w) for w in words] == [strip_accents(p) for p in parts]


def _written_without_vowels(words: list[str], line: list[str]) -> bool:
    """Whether ``words`` write the words of ``line`` with some of their vowels dropped: "TRƯNG ĐI HC CN THƠ" for
    "TRƯỜNG ĐẠI HỌC CẦN THƠ"."""
    return len(words) == len(line) and not _same_letters(words, line) and all(
        _vowels_dropped(_skeleton(w), _skeleton(q)) for w, q in zip(words, line)
    )


def _capitals_line_edits(s: str) -> list[tuple[int, int, str]]:
    """Damaged type lines and authority lines in capitals: 'QUYT DNH' -> 'QUYẾT ĐỊNH'; 'HIU TRƯNG TRƯNG ĐI HC CN THƠ'
    -> 'HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC CẦN THƠ', its body read back from a line of the header's block above it that it
    writes without some vowels (else the office only)."""
    edits: list[tuple[int, int, str]] = []
    above: list[list[str]] = []  # the lines in capitals read so far (the header's block first)
    pos = 0
    for line in s[:_HEADER_CHARS].split("\n"):
        at, pos = pos, pos + len(line) + 1
        if len(line) > _CAPITALS_LINE_CHARS or not line.isupper():
            continue
        body = line.strip(_LINE_MARKS)
        words = body.split()
        if len(words) < 2 or not all(w.isalpha() for w in words):
            continue
        start = at + line.index(body)
        name = damaged_type_name(words) if len(words) <= _TYPE_LINE_WORDS else None
        if name:
            edits.append((start, start + len(body), name.upper()))
            continue
        keys = tuple(_word_consonants(w) for w in words[:_AUTHORITY_WORDS])
        skeletons = [_skeleton(w) for w in words[:_AUTHORITY_WORDS]]
        office = None
        for k in range(len(keys), 1, -1):
            for name, parts in _AUTHORITIES.get(keys[:k], ()):
                if not _same_letters(words[:k], name.split()) and all(_vowels_dropped(w, p) for w, p in zip(skeletons, parts)):
                    office = name
                    break
            if office:
                break
        if office is None:
            if len(above) < _BLOCK_LINES:
                above.append(words)
            continue
        rest = words[k:]
        spans = [w.span() for w in _WORD.finditer(s, start, start + len(body))]
        block = next((q for q in above if _written_without_vowels(rest, q)), None) if rest else None
        if block:
            edits.append((start, spans[-1][1], " ".join([office, *block])))
        else:
            edits.append((start, spans[k - 1][1], office))
    return edits


# The signs of a copy that lost its accented letters, looked for in its first characters (its header and preamble,
# which such a scan damages as much as the rest): a "j" (no Vietnamese word has one; the OCR's "ị" in "djnh"), a
# damaged "năm" ("nǎm", "nām", "nám"), a vowel-less "Quyt", a lone "s" for "số". A text that shows none is returned
# unread: almost every text, which would otherwise pay for the whole-text scans below (about 2.5% of extraction).
_DAMAGE_SIGNS = ("j", "nǎm", "nām", "nám", "Quyt", "QUYT", "quyt", " s ", " S ")
_DAMAGE_SIGN_CHARS = 3000


def restore_ocr_words(s: str) -> str:
    """``s`` with the damaged type words of citations and type lines, and the damaged "năm" of dates, read back."""
    head = s[:_DAMAGE_SIGN_CHARS]
    if not any(sign in head for sign in _DAMAGE_SIGNS):
        return s
    edits = _cited_type_edits(s) + _capitals_line_edits(s)
    if any(h in s for h in _DAMAGED_ABOUT_HINTS):
        edits += [(m.start(), m.end(), _cased(_ABOUT, m.group(0))) for m in DAMAGED_ABOUT.finditer(s)]
    if "tháng" in s:
        edits += [(m.start("word"), m.end("word"), _YEAR_WORD) for m in DAMAGED_YEAR_WORD.finditer(s)]
    return with_edits(s, edits)
