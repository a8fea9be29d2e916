"""Bytes -> Unicode text: detect the byte encoding of a plain-text document and convert it to NFC.

Vietnamese documents reach us in more encodings than UTF-8:

- UTF-8 with or without a BOM, sometimes cut in the middle of a character at the end;
- UTF-16 LE/BE, with a BOM (Windows "Unicode" text) or without one (recognised by its NULs);
- Windows-1258, where tone marks are separate combining characters ("Vie\u0302\u0323t");
- TCVN3 (ABC), the single-byte encoding of the ".VnTime" fonts: "ViÖt Nam";
- VNI-Windows, letters followed by mark bytes in the Windows-1252 range: "Vieät Nam".

The legacy tables below are data taken from the published code charts (TCVN 5712:1993 VN3,
VNI-Windows). Which legacy decoding is right is decided by scoring: the decoding whose words
are valid Vietnamese syllables wins. Everything here is pure: bytes in, text out.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from vanban.loaders.records import LoadFailure

# --------------------------------------------------------------------------------------------
# Tables (data)

# TCVN3 (ABC, TCVN 5712:1993 VN3): byte -> letter. Lower-case toned letters and the seven
# untoned letters Ă Â Ê Ô Ơ Ư Đ (both cases). Upper-case toned letters have no byte in VN3:
# ".VnTimeH" fonts draw the lower-case bytes as capitals (see _recover_case). The capitals of
# the full VN1 table that sit in 0xA0-0xFF (no clash with Windows-1252 punctuation) are kept.
TCVN3_TABLE: dict[int, str] = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB0: "\u0300", 0xB1: "\u0309", 0xB2: "\u0303", 0xB3: "\u0301", 0xB4: "\u0323",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
    # VN1 capitals placed in VN3's unused cells
    0xAF: "Ằ", 0xBA: "Ẳ", 0xBF: "Ẵ", 0xC0: "Ắ", 0xC1: "Ầ", 0xC2: "Ẩ", 0xC3: "Ẫ", 0xC4: "Ấ",
    0xC5: "Ề", 0xCD: "Ể", 0xD9: "Ễ", 0xDA: "Ế", 0xDB: "Ồ", 0xE0: "Ổ", 0xF0: "Ỗ", 0xFF: "Ố",
}

# VNI-Windows: a base letter followed by a mark byte (shown as its Windows-1252 character).
# Marks: tone alone, circumflex (+tone) on a/e/o, breve (+tone) on a. "Vieät" = "Việt".
VNI_TONES: dict[str, str] = {  # lower-case mark, upper-case mark -> tone
    "ù": "\u0301", "Ù": "\u0301",  # sắc
    "ø": "\u0300", "Ø": "\u0300",  # huyền
    "û": "\u0309", "Û": "\u0309",  # hỏi
    "õ": "\u0303", "Õ": "\u0303",  # ngã
    "ï": "\u0323", "Ï": "\u0323",  # nặng
}
VNI_CIRCUMFLEX: dict[str, str] = {  # mark -> tone after the circumflex ("" = none)
    "â": "", "Â": "", "á": "\u0301", "Á": "\u0301", "à": "\u0300", "À": "\u0300",
    "å": "\u0309", "Å": "\u0309", "ã": "\u0303", "Ã": "\u0303", "ä": "\u0323", "Ä": "\u0323",
}
VNI_BREVE: dict[str, str] = {  # mark -> tone after the breve (on a/A only)
    "ê": "", "Ê": "", "é": "\u0301", "É": "\u0301", "è": "\u0300", "È": "\u0300",
    "ú": "\u0309", "Ú": "\u0309", "ü": "\u0303", "Ü": "\u0303", "ë": "\u0323", "Ë": "\u0323",
}
# Single bytes that are letters by themselves in VNI.
VNI_SINGLE: dict[str, str] = {
    "ñ": "đ", "Ñ": "Đ", "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư",
    "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
    "Í": "Í", "Ì": "Ì", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị", "Î": "Ỵ",
}
# Letters that take VNI marks: the plain vowels and ơ/ư (written ô/ö in VNI).
VNI_BASES: dict[str, str] = {
    **{c: c for c in "aeouyAEOUY"}, "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư",
}

# Tone marks as Unicode combining characters: huyền, sắc, ngã, hỏi, nặng.
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"

# --------------------------------------------------------------------------------------------
# Patterns

# A VNI letter: base + mark ("eä" in "Vieät"), or a single-byte letter ("ñ" in "ñoàng").
VNI_LETTER = re.compile(
    "[" + re.escape("".join(VNI_BASES)) + "][" + re.escape("".join({**VNI_TONES, **VNI_CIRCUMFLEX, **VNI_BREVE})) + "]"
    "|[" + re.escape("".join(VNI_SINGLE)) + "]"
)

# A word: a run of letters ("Việt", "ngày").
WORD = re.compile(r"[^\W\d_]+")

# A Vietnamese syllable without its tone, lower case: onset, vowels, coda ("nghiêng", "trường").
SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"[aăâeêioôơuưy]{1,3}"
    r"(?:ch|ng|nh|[cmnpt])?"
)

# Non-ASCII characters that are normal in a Vietnamese text and say nothing about encoding:
# quotes, dashes, bullets, the ellipsis, degree, numero: "“Dân vận khéo”", "2020 – 2025".
COMMON_SYMBOLS = frozenset("“”‘’–—…•·°№×«»")

# --------------------------------------------------------------------------------------------
# Decoders


def _cp1252_controls() -> str:
    """Bytes 0x80-0x9F as Windows-1252 punctuation (Latin-1 where 1252 leaves a hole)."""
    return "".join(bytes([b]).decode("cp1252", errors="replace").replace("\ufffd", chr(b)) for b in range(0x80, 0xA0))


_C1 = _cp1252_controls()
_TCVN3_TRANSLATE = {0x80 + i: ch for i, ch in enumerate(_C1)} | {b: s for b, s in TCVN3_TABLE.items()}
_VNI_TRANSLATE = {0x80 + i: ch for i, ch in enumerate(_C1)}


def _vni_letter(m: re.Match) -> str:
    s = m.group(0)
    if len(s) == 1:
        return VNI_SINGLE[s]
    base, mark = VNI_BASES[s[0]], s[1]
    if mark in VNI_TONES:
        return unicodedata.normalize("NFC", base + VNI_TONES[mark])
    if mark in VNI_CIRCUMFLEX and s[0] in "aeoAEO":
        return unicodedata.normalize("NFC", base + "\u0302" + VNI_CIRCUMFLEX[mark])
    if mark in VNI_BREVE and s[0] in "aA":
        return unicodedata.normalize("NFC", base + "\u0306" + VNI_BREVE[mark])
    # Not a VNI pair (e.g. "eê"): the base maps on its own, the mark is re-read.
    return VNI_SINGLE.get(s[0], s[0]) + VNI_LETTER.sub(_vni_letter, mark)


def decode_vni(data: bytes) -> str:
    """VNI-Windows bytes -> NFC text: b"Vi\\xeat" is not VNI, b"Vie\\xe4t" is "Việt"."""
    return VNI_LETTER.sub(_vni_letter, data.decode("latin-1").translate(_VNI_TRANSLATE))


def decode_tcvn3(data: bytes) -> str:
    """TCVN3 (ABC) bytes -> NFC text, capitals of ".VnTimeH" headings recovered."""
    s = unicodedata.normalize("NFC", data.decode("latin-1").translate(_TCVN3_TRANSLATE))
    return _recover_case(s)


def decode_cp1258(data: bytes) -> str:
    """Windows-1258 bytes (tone marks as combining characters) -> NFC text."""
    return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))


# Lower-case letters that a TCVN3 ".VnTimeH" heading may have written for capitals.
_TCVN3_AMBIGUOUS = frozenset(ch for ch in TCVN3_TABLE.values() if ch.islower())


def _case_kind(word: str) -> tuple[int, bool, bool]:
    """(capitals, has ASCII lower-case, has an ambiguous TCVN3 lower-case letter)."""
    upper = sum(1 for c in word if c.isupper())
    ascii_lower = any("a" <= c <= "z" for c in word)
    ambiguous = any(c in _TCVN3_AMBIGUOUS for c in word)
    return upper, ascii_lower, ambiguous


def _vietnamese(word: str) -> bool:
    """Whether a word has a Vietnamese letter other than Đ/đ (which acronyms use: "BGĐ")."""
    return any(c > "\x7f" and c not in "Đđ" for c in word)


def _recover_case(text: str) -> str:
    """Upper-case words written in a TCVN3 capitals font: "KÕ HO¹CH" decodes to "Kế HOạCH".

    A word whose letters are capitals except TCVN3 lower-case letters is a capital word when it
    has two capitals, when a neighbour word is such a capital word, or when its whole line has
    no ASCII lower-case letter and holds a capital word ("SỞ Y TẾ" under "UBND TỈNH HÀ GIANG"
    stays ambiguous on its own line and is left as "Sở Y Tế").
    """
    if not any(c in _TCVN3_AMBIGUOUS for c in text):
        return text
    out: list[str] = []
    for line in text.split("\n"):
        if not any(c in _TCVN3_AMBIGUOUS for c in line):
            out.append(line)
            continue
        words = list(WORD.finditer(line))
        kinds = [_case_kind(m.group(0)) for m in words]
        # Evidence of capitals: a Vietnamese word with two capitals ("HOạCH", "TẾ", "NHÂN");
        # acronyms such as "KH", "SYT", "BGĐ" say nothing.
        capital = [u >= 2 and not low and _vietnamese(m.group(0)) for m, (u, low, _) in zip(words, kinds)]
        line_caps = not any(low for _, low, _ in kinds) and any(capital)
        upper = []
        for i, (u, low, amb) in enumerate(kinds):
            if not amb or low:
                upper.append(False)
                continue
            near = (i > 0 and capital[i - 1]) or (i + 1 < len(kinds) and capital[i + 1])
            upper.append(capital[i] or line_caps or (u == 1 and near))
        if not any(upper):
            out.append(line)
            continue
        parts, pos = [], 0
        for m, up in zip(words, upper):
            if up:
                parts.append(line[pos : m.start()])
                parts.append(m.group(0).upper())
                pos = m.end()
        parts.append(line[pos:])
        out.append("".join(parts))
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Scoring


def _toneless(word: str) -> tuple[str, int]:
    """("việt" -> "viêt", 1): the lower-case word without tone marks, and how many it had."""
    d = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for c in d if c in TONE_MARKS)
    base = "".join(c for c in d if c not in TONE_MARKS)
    return unicodedata.normalize("NFC", base), tones


def is_syllable(word: str) -> bool:
    """Whether ``word`` is a well-formed Vietnamese syllable: "nghiêng", "Việt" yes; "Vieät" no."""
    base, tones = _toneless(word)
    return tones <= 1 and SYLLABLE.fullmatch(base) is not None


def _mixed_case(word: str) -> bool:
    """A capital after a small letter: "TriÓn" (TCVN3 "Triển" read as Windows-1258)."""
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))


def vietnamese_score(text: str) -> int:
    """How Vietnamese a decoding looks: + valid syllables, - invalid words and stray symbols.

    Only words with non-ASCII letters count: pure ASCII reads the same in every candidate.
    """
    score = 0
    for m in WORD.finditer(text):
        w = m.group(0)
        if w.isascii():
            continue
        score += 1 if is_syllable(w) and not _mixed_case(w) else -1
    for c in text:
        if c > "\x7f" and not c.isalpha() and c not in COMMON_SYMBOLS and not c.isspace():
            score -= 1
    return score


# --------------------------------------------------------------------------------------------
# Detection


@dataclass(frozen=True)
class Decoded:
    text: str  # NFC
    encoding: str  # "utf-8", "utf-8 (truncated)", "utf-16-le", "windows-1258", "tcvn3", "vni", …


# Magic numbers of binary kinds people drop into a folder of documents.
BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "binary file, not a document"),
    (b"\xff\xd8\xff", "binary file, not a document"),
    (b"GIF8", "binary file, not a document"),
    (b"II*\x00", "binary file, not a document"),
    (b"MM\x00*", "binary file, not a document"),
    (b"\x1f\x8b", "binary file, not a document"),
    (b"7z\xbc\xaf", "binary file, not a document"),
    (b"Rar!", "binary file, not a document"),
    (b"\xd0\xcf\x11\xe0", "legacy Office file (.doc/.xls): save it as .docx or .txt"),
    (b"{\\rtf", "RTF document: save it as .docx or .txt"),
)

# The Windows-1258 combining tone bytes: grave, hook, tilde, acute, dot below ("Vi\xea\xf2t").
CP1258_TONE_BYTES = re.compile(rb"[\xcc\xd2\xde\xec\xf2]")

SAMPLE = 1 << 16  # bytes looked at to detect an encoding
LEGACY_DECODERS = (("windows-1258", decode_cp1258), ("tcvn3", decode_tcvn3), ("vni", decode_vni))
# Control characters that do not occur in text (tab, line breaks, form feed and DOS EOF do).
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r\f\v\x1a") + b"\x7f"
# The same as characters: "\x00", "\x07", "\x1b" …
CONTROL_CHARS = re.compile("[" + re.escape(_CONTROL_BYTES.decode("ascii")) + "]")


def _utf16_order(head: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when NULs fill one byte of each pair (BOM-less UTF-16)."""
    n = len(head) // 2 * 2
    if n < 4 or 0 not in head:  # no NUL at all (nearly every file): not UTF-16, without two slices
        return None
    even = head[0:n:2].count(0) / (n // 2)
    odd = head[1:n:2].count(0) / (n // 2)
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _looks_binary(sample: bytes) -> bool:
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(1, len(sample) // 100)


def _check_text(text: str, encoding: str, no_control_bytes: bool = False) -> Decoded:
    """``text`` checked and in NFC. ``no_control_bytes``: the UTF-8 bytes it was decoded from hold no
    control byte (_CONTROL_BYTES), as decode_text found."""
    if not text.strip():
        raise LoadFailure("empty file")
    head = text[:SAMPLE]
    if no_control_bytes:
        # In UTF-8 a control character is its own byte and no other character holds that byte:
        # bytes without one decode to a text without one, found at bytes speed, not by a scan.
        controls = 0
    else:
        controls = len(CONTROL_CHARS.findall(head))
    if controls > max(1, len(head) // 100) or head.count("\ufffd") > max(1, len(head) // 20):
        raise LoadFailure("binary file, not a document")
    # (A text in NFC already, nearly every one, is returned as it is, after one quick check.)
    text = unicodedata.normalize("NFC", text)
    return Decoded(text, encoding)


def _decode_utf16(data: bytes, codec: str, label: str) -> Decoded:
    usable = len(data) - len(data) % 2
    text = data[:usable].decode(codec, errors="replace")
    if usable != len(data):
        label += " (truncated)"
    return _check_text(text, label)


def decode_text(data: bytes) -> Decoded:
    """Detect the encoding of a plain-text document and decode it to NFC text.

    Raises LoadFailure("empty file") or LoadFailure("binary file, not a document").
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
        bom = True
    else:
        bom = False
    if not bom:
        if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
            try:
                return _check_text(data.decode("utf-32"), "utf-32")
            except UnicodeDecodeError:
                raise LoadFailure("broken UTF-32 text") from None
        if data.startswith(codecs.BOM_UTF16_LE):
            return _decode_utf16(data[2:], "utf-16-le", "utf-16-le")
        if data.startswith(codecs.BOM_UTF16_BE):
            return _decode_utf16(data[2:], "utf-16-be", "utf-16-be")
    if not data.strip():
        raise LoadFailure("empty file")
    head = data[:SAMPLE]
    order = None if bom else _utf16_order(head)
    if order:
        return _decode_utf16(data, order, order)
    for magic, reason in BINARY_MAGIC:
        if head.startswith(magic):
            raise LoadFailure(reason)
    # The control bytes of the whole file, counted once: a file without one (nearly every file) is no binary one
    # (_looks_binary), and its UTF-8 text holds no control character (_check_text).
    no_control_bytes = len(data.translate(None, _CONTROL_BYTES)) == len(data)
    if not no_control_bytes and _looks_binary(head):
        raise LoadFailure("binary file, not a document")

    try:
        return _check_text(data.decode("utf-8"), "utf-8", no_control_bytes)
    except UnicodeDecodeError as e:
        if e.reason == "unexpected end of data" and e.end == len(data) and len(data) - e.start < 4:
            return _check_text(data[: e.start].decode("utf-8", errors="replace"), "utf-8 (truncated)")
    # Mostly UTF-8 with a few broken bytes (a damaged file) stays UTF-8.
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    multibyte = sum(1 for c in lenient if c > "\x7f") - bad
    if multibyte >= 8 * bad:
        return _check_text(lenient, "utf-8 (damaged)")
    return detect_legacy(data)


def detect_legacy(data: bytes) -> Decoded:
    """Pick the legacy single-byte decoding whose words are Vietnamese syllables."""
    sample = data[:SAMPLE]
    best_name, best_score = "windows-1252", 0
    for name, decode in LEGACY_DECODERS:
        if name == "windows-1258" and not CP1258_TONE_BYTES.search(sample):
            continue  # Windows-1258 writes most tones as combining bytes: none, not 1258
        score = vietnamese_score(decode(sample))
        if score > best_score:
            best_name, best_score = name, score
    if best_name == "windows-1252":
        return _check_text(data.decode("cp1252", errors="replace"), "windows-1252")
    decode = dict(LEGACY_DECODERS)[best_name]
    return _check_text(decode(data), best_name)


def repair_legacy_font_text(text: str) -> Decoded | None:
    """Text of a .docx typed in a legacy font (".VnTime": "Hµ Giang") -> the Unicode text, or None.

    Word stores such text as the Windows-1252 characters of the legacy bytes; when the text is
    all Windows-1252 and reads better as TCVN3 or VNI bytes, it is converted.
    """
    try:
        data = text.encode("cp1252")
    except UnicodeEncodeError:
        return None  # real Unicode Vietnamese letters: not a legacy font
    if data.isascii():
        return None
    fixed = detect_legacy(data)
    if fixed.encoding in ("tcvn3", "vni") and vietnamese_score(fixed.text[:SAMPLE]) > vietnamese_score(text[:SAMPLE]):
        return fixed
    return None
