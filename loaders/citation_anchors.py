"""Where citations are found and how their number, symbol and type are read: the number and symbol
("233/KH-UBND", found from the separators after numbers), the type word, abbreviation or name before
them ("Kế hoạch số ", "NQ số ", "Luật … số "), list items ("; số "), short back-references
("Chỉ thị số 33"), the capitalised type word that starts an unnumbered citation ("Luật"), and lists
whose items share a type or a symbol ("Nghị quyết số 18, 19-NQ/TW").
"""

from __future__ import annotations

import re

from vanban.loaders import codes
from vanban.loaders.alternation import find_all
from vanban.loaders.citation_dates import date_at, read_date
from vanban.loaders.citation_mentions import ITEM, NAMED, NUMBERED, Mention
from vanban.loaders.citation_patterns import (
    NO_CAP_TYPE_WORD,
    NO_TYPE_WORD,
    NUMBER_WORD,
    SEPARATOR_CHARS,
    SYMBOL_PART,
    SYMBOL_SEPARATOR,
    TYPE_FIRST_LETTER,
    TYPE_START,
    TYPE_WORD,
    WORD_OF_NAME,
    phrase_alternation,
)
from vanban.loaders.citation_symbols import (
    GENERIC_TYPES,
    full_doc_type,
    symbol_parts,
    symbol_year,
    type_code,
    type_name,
)
from vanban.loaders.letters import LOWER_LETTERS, UPPER_LETTERS
from vanban.loaders.number_symbols import number_form, symbol_form
from vanban.loaders.citation_words import NAME_STOP_FIRST_WORDS, starts_type
from vanban.loaders.places import strip_accents


# The number is written "\d\d{0,4}" (one to five digits) rather than "\d{1,5}": a pattern that
# opens with a plain character class lets the regex engine skip ahead to the next digit.
# A number may end with one letter glued to its separator: "30a" in "Nghị quyết số 30a/2008/NQ-CP", "30A" as
# other copies write it;
# or be written with dots between its thousands: "1.234" in "Quyết định số 1.234/QĐ-UBND" (number_symbols.DOTTED_THOUSANDS);
# or carry a decimal part before its year, as the Government's resolutions on special mechanisms of 2025 are numbered:
# "66.4" in "Nghị quyết số 66.4/2025/NQ-CP" (realdocs 76415b3e, 24701a1c; read "4/2025/NQ-CP" before).
# Companies number their letters in ways of their own, which a state body's reply cites (fresh15 1894fbab, 9ca435f0,
# 28eca2b7; realdocs 2249fe89; none read before):
# - a number and its year joined by a dot: "128.2025" in "Trả lời công văn số 128.2025/OL.WMCLV ngày 24/11/2025"
#   (DOTTED_YEAR_NUMBER);
# - the date it was written, eight digits: "20251022" in "Trả lời công văn số 20251022/CV-HD" (DATE_CODE_NUMBER);
# - a second number after a hyphen, before the year: "01-10/2025/CV-TKV" (number "01", symbol "10/2025/CV-TKV": the
#   number is what comes before the first "-" or "/", as the schema reads every number);
# - a sequence number ending the symbol after a hyphen: "01/CV-01" in "Trả lời văn bản số 01/CV-01 ngày 20/11/2025"
#   (read "CV" before). One to three digits, glued to the hyphen and followed by no other part.
DOTTED_YEAR_NUMBER = r"\d{0,2}\.(?:19|20)\d\d(?=/[A-ZĐ])"
DATE_CODE_NUMBER = r"(?:19|20)\d\d[01]\d[0-3]\d(?=/)"
_NUMSYM = (
    rf"(?P<num>{DATE_CODE_NUMBER}|\d(?:\d{{0,2}}(?:\.\d{{3}}){{1,2}}|\d?\.\d{{1,2}}(?=/(?:19|20)\d\d/)|{DOTTED_YEAR_NUMBER}|\d{{0,4}})(?:[a-zA-Z](?=[-/–]))?)"
    rf"(?P<sym>{SYMBOL_SEPARATOR}(?:(?<=-)\d{{1,2}}/(?=(?:19|20)\d\d/))?{SYMBOL_PART}(?:{SYMBOL_SEPARATOR}{SYMBOL_PART}){{0,4}}(?:-\d{{1,3}}(?![\w/\-–]|\.\d))?)"
)

# Words of a name read before "số": enough for the longest law names (13 words in "Luật Bầu cử
# đại biểu Quốc hội và đại biểu Hội đồng nhân dân").
NAMED_NAME_WORDS = 20

# A number and symbol, the anchor of every numbered citation: "233/KH-UBND", "1859- QĐ/TU",
# "96 /KH-UBND", "04/2015/NĐ-CP", "11-QĐi/TW", "72/2025/QH15".
NUMSYM = re.compile(_NUMSYM)

# A number whose separator before the type code a web or OCR copy wrote as a space: "298 KH/TWĐTN" in
# "Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011 của Ban Chấp hành Trung ương Đoàn" (a Hà Nội Đoàn plan). Read
# only where a type code of two letters or more (not "QH", a law's year part) follows the one space and
# opens a symbol of two parts at least; the space is kept in the symbol's written form.
_SPACED_TYPE_CODES = tuple(sorted((c for c in codes.TYPE_CODES if len(c) >= 2 and c != "QH"), key=len, reverse=True))
_SPACED_CODE = "|".join(_SPACED_TYPE_CODES)
SPACED_NUMSYM = re.compile(rf"(?P<num>\d\d{{0,4}})(?P<sym> (?:{_SPACED_CODE})(?:{SYMBOL_SEPARATOR}{SYMBOL_PART}){{1,4}})")
# The longest of those codes, in characters.
_SPACED_CODE_MAX = max(len(c) for c in _SPACED_TYPE_CODES)
# A number glued to its type code, the hyphen between them lost, as the text of some PDFs gives a Party symbol:
# "20NQ/TW" in "Căn cứ Nghị quyết số 20NQ/TW ngày 25/10/2017 của Hội nghị lần thứ VI Ban Chấp hành TW khóa XII" (a
# Bộ Y tế decision's PDF text, where "Số: 5556/QĐBYT", "75/2017/NĐCP" and "giai đoạn 20212025" lost theirs too).
# Read only where the same codes as SPACED_NUMSYM's open a symbol of two parts at least, and kept only under the
# type word of that code (``glued_code_agrees``).
GLUED_NUMSYM = re.compile(rf"(?P<num>\d\d{{0,4}})(?P<sym>(?:{_SPACED_CODE})(?:{SYMBOL_SEPARATOR}{SYMBOL_PART}){{1,4}})")
# A number and year whose separator before the type code a copy wrote as a space: "15/2020 NQ-HĐND" in "Nghị
# Quyết số 15/2020 NQ-HĐND ngày 10/07/2020 quy định phí khai thác …" (a Đồng Nai contract's preamble). Tried
# only where NUMSYM read a number and a year alone and a space follows; the space is read as a "/".
SPACED_YEAR_NUMSYM = re.compile(rf"(?P<num>\d\d{{0,4}})(?P<sym>{SYMBOL_SEPARATOR}\d{{4}} (?:{_SPACED_CODE})(?:{SYMBOL_SEPARATOR}{SYMBOL_PART}){{1,4}})")

# The letters a number may end with (see _NUMSYM).
_NUMBER_SUFFIXES = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

# The type word just before a number: "Kế hoạch số ", "Nghị quyếtsố ", "Quyết định ",
# "CHỈ THỊ SỐ ", "Công văn số: " (searched in the few characters before the number).
TYPE_BEFORE = re.compile(rf"{TYPE_FIRST_LETTER}{TYPE_START}(?P<type>(?i:{TYPE_WORD}))\s*(?:{NUMBER_WORD}\s*:?\s*)?\Z")

# A type word with its date between it and "số": "văn bản đề ngày 29 tháng 10 năm 2025 số " before "16/CV-HHTACN"
# ("Văn phòng Chính phủ nhận văn bản đề ngày 29 tháng 10 năm 2025 số 16/CV-HHTACN của Hội Chăn nuôi Việt Nam",
# realdocs 1a814c71), "Công văn ngày 05/3/2025 số ". The date is read from the group "date" on.
DATED_TYPE_BEFORE = re.compile(
    rf"{TYPE_FIRST_LETTER}{TYPE_START}(?P<type>(?i:{TYPE_WORD}))\s+(?:(?i:đề|ghi)\s+)?(?P<date>(?i:ngày)\s+\d{{1,2}}"
    r"(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\s+(?i:tháng)\s+\d{1,2}\s+(?i:năm)\s+\d{4}))\s*,?\s+(?i:số)\s*:?\s*\Z"
)
# How far before a number DATED_TYPE_BEFORE is searched, and the word that gates it.
_DATED_WINDOW = 64
_DATE_WORD_BEFORE = "ngày"

# A type abbreviation and "số" just before a number, when no type word is written: "NQ số ",
# "KH số ", "CV số: " ("Triển khai NQ số 44-NQ/TW", "Thực hiện KH số 45/KH-UBND"). Case-sensitive,
# and "số" is required: "KH" alone before a number is no citation.
ABBREVIATED_TYPE_BEFORE = re.compile(
    rf"{TYPE_START}(?P<abbr>{phrase_alternation(codes.TYPE_ABBREVIATIONS)})\s*(?i:{phrase_alternation(codes.NUMBER_WORDS)})\s*:?\s*\Z"
)

# A comma inside a name before a capitalised word, between the words of a pair of codes.COMMA_NAME_PAIRS: ", " in
# "Luật Khoa học, Công nghệ và Đổi mới sáng tạo số 93/2025/QH15" (a name written in title case, fresh15 e3cc9683).
_CAPITAL_COMMA_IN_NAME = "|".join(
    rf"(?<=(?i:\s{re.escape(a)})),\s+(?=(?i:{re.escape(b)})(?!\w))" for a, b in sorted(set(codes.COMMA_NAME_PAIRS))
)
# A type word and a name before "số" and the number: "Luật Tổ chức chính quyền địa phương số ",
# "Báo cáo thẩm tra số ", "Luật Phổ biến, giáo dục pháp luật số " (a comma before a lower-case
# word that is no type word, or _CAPITAL_COMMA_IN_NAME), "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số ".
NAMED_BEFORE = re.compile(
    rf"{TYPE_START}(?P<type>{phrase_alternation(codes.NAMED_TYPE_WORDS, cap=True)})"
    rf"(?P<name>(?:(?:\s+|,\s+(?=[{LOWER_LETTERS}]){NO_TYPE_WORD}|{_CAPITAL_COMMA_IN_NAME}){NO_CAP_TYPE_WORD}(?!(?i:số)\s)(?!của\s)"
    rf"{WORD_OF_NAME}){{1,{NAMED_NAME_WORDS}}}?)"
    # Not a form's number: "Thông báo không chấp thuận việc nộp dần tiền thuế nợ theo mẫu số 03/NDAN ban hành kèm theo
    # phụ lục I Thông tư này" (realdocs 72d08272, a tax letter quoting a circular): the notice is the form's, no instrument.
    rf"(?<![Mm]ẫu)\s+(?i:số)\s*\Z"
)

# A report's kind between its type word and its number when "số" is left out: "Báo cáo thẩm tra "
# before "147/BC-HĐND" ("Báo cáo thẩm tra 147/BC-HĐND ngày 16 tháng 6 năm 2017"); one to three
# lower-case words, read only when the symbol's type code is the type's.
NAMED_BEFORE_WITHOUT_SO = re.compile(
    rf"{TYPE_START}(?P<type>{phrase_alternation([w for w in codes.NAMED_TYPE_WORDS if w not in codes.LAW_TYPE_WORDS], cap=True)})"
    rf"(?P<name>(?:\s+[{LOWER_LETTERS}]+){{1,3}})\s+\Z"
)
# The first words of those type words, as it matches them: "Báo" of "Báo cáo", "Tờ", "Thông". A match
# holds one of them, so the pattern is searched only in a window where one is written (``str.find``).
_NAMED_WITHOUT_SO_FIRST_WORDS = tuple(
    sorted({(w[:1].upper() + w[1:]).split()[0] for w in codes.NAMED_TYPE_WORDS if w not in codes.LAW_TYPE_WORDS})
)

# A type word, one or two lower-case words that qualify it, and "số" before a number: "Kế hoạch phối hợp số "
# before "129/KH-XNDV" (a Vietsovpetro report), "Văn bản thẩm định số " before "312/STP-KSTT" (a provincial
# Sở Tư pháp's appraisal). Read only when the symbol's type code is the type's, or, for "văn bản" and "công
# văn", when the symbol has no type code; the qualifier holds no stop word ("của", "ngày") nor type word.
# Longer qualifiers, up to six words, capitalised ones among them, are read only when the symbol's type code is the
# type's: "Kết luận liên ngành tư pháp Trung ương số " (corpus 004), "Kết luận liên ngành Tư pháp Trung ương số "
# (corpus 032) before "23/KL-LNTPTW".
QUALIFIED_TYPE_BEFORE = re.compile(
    rf"{TYPE_FIRST_LETTER}{TYPE_START}(?P<type>(?i:{TYPE_WORD}))"
    rf"(?P<qualifier>(?:\s+[{UPPER_LETTERS}]?[{LOWER_LETTERS}]+){{1,6}})\s+(?i:số)\s*:?\s*\Z"
)
# The longest qualifier read whatever the symbol (in lower case).
_SHORT_QUALIFIER_WORDS = 2
# How far before a number QUALIFIED_TYPE_BEFORE is searched.
_QUALIFIED_WINDOW = 64

# The first words of NAMED_BEFORE's type words, as it matches them (capitalized, case-sensitive):
# "Luật", "Bộ" of "Bộ luật", "Thông" of "Thông báo". A match of NAMED_BEFORE starts only where
# one of them is written, so it is tried only there (see ``_named_before``).
_NAMED_FIRST_WORDS = tuple(sorted({(w[:1].upper() + w[1:]).split()[0] for w in codes.NAMED_TYPE_WORDS}))

# The end of NAMED_BEFORE: a space, "số" and spaces up to the number: " số " in "Luật … số 72/2025/QH15".
SO_AT_END = re.compile(r"\s(?i:số)\s*\Z")

# "số" (any case) and what may follow it, at the end of the text before a number: " số ", " số: ".
SO_BEFORE_NUMBER = re.compile(rf"(?<!\w)(?i:{phrase_alternation(codes.NUMBER_WORDS)})\s*:?\s*\Z")
# The longest of those words, in characters, and their lengths.
_NUMBER_WORD_LENGTH = max(len(w) for w in codes.NUMBER_WORDS)
_NUMBER_WORD_LENGTHS = sorted({len(w) for w in codes.NUMBER_WORDS})
# One of them alone, matched at one place: "số", "Số", "SỐ".
_NUMBER_WORD_ALONE = re.compile(rf"{NUMBER_WORD}\Z")
# The words before that "số", read for a type word written without some of its diacritics:
# "Quyết đinh", "Nghi quyết", "Kê hoạch" (at most three words: "thông tư liên tịch").
_WORDS_BEFORE_SO = re.compile(r"(?:(?<=\s)|^)(?P<words>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s+\Z")
# Type words keyed without diacritics: "quyet dinh" -> "Quyết định" (glued spellings are read elsewhere).
_ACCENTLESS_TYPES = {strip_accents(k): v for k, v in codes.TYPE_WORDS.items()}
# One word of letters: "Quyết", "đinh".
_LETTERS = re.compile(r"[^\W\d_]+")

# A list item's "số" before the number, after a separator: "; số ", ": Số ", ", số ", "và số ".
# Not the document's own "Số: 799/KH- SYT" (colon after Số).
ITEM_BEFORE = re.compile(r"(?:[;,:(]|(?<!\w)và)\s*(?P<so>(?<!\w)[Ss]ố)\s*\Z")

# "số" and a bare number, the anchor of a short back-reference: "số 33)" in "(Chỉ thị số 33)".
# Not a number whose thousands a dot separates, as the header's Số line may write it: "số 1.234/QĐ-UBND"
# is no "số 1".
# The first item of a list whose head names the items' type and issuer before "số": "số" in "Căn cứ các Công văn của Bộ
# Tài chính số 3910/BTC-QLG ngày 04 tháng 4 năm 2018 …, số 367/BTC-QLG …" (realdocs 0ef954a9; the items after it were
# read, not the first): an item as ITEM_BEFORE's, its type and issuer the head's.
HEAD_ISSUER_BEFORE = re.compile(
    rf"(?<!\w)(?i:các|những)\s+(?i:{TYPE_WORD})\s+của\s+[{UPPER_LETTERS}][^\d;:.()“”]{{2,80}}?\s+(?P<so>[Ss]ố)\s*:?\s*\Z"
)
# How far before a number that list head may start.
_HEAD_ISSUER_CHARS = 120
SHORT_NUMBER = re.compile(r"(?:số|Số|SỐ)\s*(?P<num>\d{1,5})(?![\d/\-–\w]|\.\d)")
# SHORT_NUMBER in its three spellings, for scanning whole texts: a pattern that opens with a
# literal word is found by the regex engine ~2.5x faster than one opening with an alternation.
# Their matches never overlap (none holds an 's' or 'S' after its first letter), so the three
# scans, merged by position, give SHORT_NUMBER.finditer's matches.
SHORT_NUMBER_SPELLINGS = tuple(
    re.compile(word + r"\s*(?P<num>\d{1,5})(?![\d/\-–\w]|\.\d)") for word in ("số", "Số", "SỐ")
)
# The type word before it: "Chỉ thị ".
TYPE_BEFORE_SHORT = re.compile(rf"{TYPE_FIRST_LETTER}{TYPE_START}(?P<type>(?i:{TYPE_WORD}))\s*\Z")

_CAPITALISED_LAW_WORDS = ("bộ Luật",)
# Capitalized type words that may start an unnumbered citation: "Luật", "Hiến pháp",
# "Nghị quyết", "Kế hoạch", "Đề án", "Điều lệ", "Công ước".
# Also "Bộ Luật", its second word capitalized: "Bộ Luật Dân sự năm 2015" (a Hội LHPN plan).
_UNNUMBERED_WORDS = (
    codes.LAW_TYPE_WORDS + codes.NAMED_PLAN_TYPE_WORDS + codes.NAMED_PROJECT_TYPE_WORDS + codes.CHARTER_TYPE_WORDS
    + _CAPITALISED_LAW_WORDS
)
UNNUMBERED_START = re.compile(rf"(?P<type>{phrase_alternation(_UNNUMBERED_WORDS, cap=True, glued=True)})(?!\w)")
# One of the small words before a citation, as the last word glued to a type word by an OCR/PDF
# copy (see TYPE_START): "theo" in "theoLuật Tiếp công dân", "hiện" in "Thực hiệnKế hoạch".
GLUED_SMALL_WORD = re.compile(r"(?<!\w)(?:theo|hiện|cứ|của|tại|và|với)\Z")

# What joins two citations of one list, between the end of one and the start of the next: ", ",
# " và ", ", và " ("Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017", "Quyết định số 3869/QĐ-BYT
# ngày 26/8/2019 và Quyết định số 4858/QĐ-BYT … của Bộ trưởng Bộ Y tế").
CHAIN_GAP = re.compile(r"\s*(?:,\s*(?:và\s+)?|\s(?:và)\s+)\Z")
# The longest such gap, in characters.
_CHAIN_GAP_MAX = 8

# A type word and numbers that share the symbol written after the last of them: "Nghị quyết số 18, "
# before "19-NQ/TW" ("các Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương 6").
SHARED_SYMBOL_HEAD = re.compile(
    rf"{TYPE_FIRST_LETTER}{TYPE_START}(?P<type>(?i:{TYPE_WORD}))\s*(?:{NUMBER_WORD}\s*:?\s*)?"
    r"(?P<nums>\d{1,5}(?:\s*,\s*\d{1,5}){0,5})\s*(?:,\s*(?:và\s+)?|\s(?:và)\s+)\Z"
)
# What follows the first number of such a list, up to the separator of the symbol written after its
# last number: ", 6/" in "Quyết định số 5, 6/KH-UBND", ", 19-" in "Nghị quyết số 18, 19-NQ/TW". A "số N"
# before it is no short back-reference: the list is read whole (``sharing_a_symbol``) or not at all
# when the symbol's type code is not the type word's.
SHARED_SYMBOL_REST = re.compile(r"(?:\s*,\s*\d{1,5}){0,5}\s*(?:,\s*(?:và\s+)?|\s+và\s+)\d{1,5}\s{0,3}[-/–]")
# One number of those: "18".
_NUMBER = re.compile(r"\d{1,5}")
# A year written alone as the last word of a law's name: "2024" in "Luật Đất đai 2024".
BARE_YEAR = re.compile(r"(?:19|20)\d{2}")

# The capitalized type words of UNNUMBERED_START as the tables write them, keyed without spaces:
# "nghịquyết" (OCR-glued "Nghịquyết Đại hội …") -> "nghị quyết".
UNNUMBERED_TYPE_WORDS = {
    w.lower().replace(" ", ""): w.lower()
    for w in codes.LAW_TYPE_WORDS + codes.NAMED_PLAN_TYPE_WORDS + codes.NAMED_PROJECT_TYPE_WORDS + codes.CHARTER_TYPE_WORDS
}


# A body's code after a symbol that is a type code alone, a space standing for its "-", a date right after it:
# " SLĐTB&XH" in "công văn số 630/CV SLĐTB&XH ngày 27/4/2010 của Sở Lao động - Thương binh và Xã hội".
SPACED_BODY_CODE = re.compile(r" (?P<code>[A-ZĐ]{2,10}(?:&[A-ZĐ]{1,4})?)(?![\w&])")


def _spaced_body_code(masked: str, mention: Mention) -> None:
    """Read a body's code written after the type code with a space (SPACED_BODY_CODE) into the symbol, then the
    date after it: only when the symbol is a type code alone and a date follows the code."""
    if not masked.startswith(" ", mention.end) or mention.symbol is None or type_code(mention.symbol) != mention.symbol:
        return
    c = SPACED_BODY_CODE.match(masked, mention.end)
    if c is None or date_at(masked, c.end()) is None:
        return
    mention.symbol = f"{mention.symbol}-{c['code']}"
    mention.raw_symbol = f"{mention.raw_symbol} {c['code']}"
    mention.end = c.end()
    read_date(masked, c.end(), mention)


def numbered_mention(masked: str, m: re.Match, start: int, kind: int, doc_type: str) -> Mention:
    raw_sym = m["sym"]
    # The spaces a symbol holds are all in its separators (SYMBOL_SEPARATOR): "- QĐ/TU" -> "QĐ/TU";
    # "/2020 NQ-HĐND" (SPACED_YEAR_NUMSYM): the space after the year stands for a "/". Read as the
    # header reads its own (``symbol_form``).
    symbol, glued = symbol_form(raw_sym, doc_type)
    mention = Mention(
        start=start,
        end=m.end(),
        kind=kind,
        doc_type=doc_type,
        number=number_form(m["num"]),
        symbol=symbol,
        raw_symbol=(m["num"] + raw_sym).strip(),
    )
    if mention.number != m["num"]:
        mention.written_number = m["num"]  # the record keeps "1.234" as written; mentions group by "1234"
    mention.written_symbol = glued
    mention.year = symbol_year(symbol)
    read_date(masked, m.end(), mention)  # a date read sets the year to its own
    if mention.end == m.end() and mention.date is None:
        _spaced_body_code(masked, mention)
    return mention


def _so_before(masked: str, s: int) -> bool:
    """Whether 'số' (any case), after a space, is the last word before offset ``s``: the end of
    every NAMED_BEFORE match, tested first because searching 200 characters back is costly."""
    j = _before_trailing_spaces(masked, 0, s)
    return j >= 3 and SO_AT_END.match(masked, j - 3, s) is not None


def _named_before(masked: str, lo: int, s: int) -> re.Match | None:
    """``NAMED_BEFORE.search(masked, lo, s)``, tried only at the places in masked[lo:s] where a
    first word of its type words is written (found by ``str.find``): the search itself tried
    the pattern at each of the 200 places of its window, the costliest part of reading a
    numbered citation, and found a match before one in twenty numbers. Not at a place before the last
    NAME_BREAK_BEFORE mark: a match from there would hold it."""
    places = find_all(masked, _NAMED_FIRST_WORDS, lo, s)
    if not places:
        return None
    brk = NAME_BREAK_BEFORE.search(masked, places[0], s)
    if brk:  # a match that started before the mark would hold it
        places = [k for k in places if k > brk.start()]
    for k in places:  # leftmost first, as search returns it
        m = NAMED_BEFORE.match(masked, k, s)
        if m:
            return m
    return None


# The last mark before a number that no NAMED_BEFORE match holds (its type word, the words of its name, the commas
# and spaces between them and "số" hold none: WORD_OF_NAME's stops but the comma and the apostrophe), and the text
# after it up to the number: ". " and what follows in "… trên địa bàn tỉnh. Báo cáo số " (a match starts after it).
# A type word found before it is not tried: NAMED_BEFORE reads up to twenty words with a look-ahead for a type word
# at each, and failed at most of the places ``find_all`` gave it (3,807 numbers after "số" in the review set and 40
# plans: 79.6 -> 38.3 ms). Searched from the first place only, and without backtracking ("*+").
NAME_BREAK_BEFORE = re.compile(r"[;:.()“”\"!?|][^;:.()“”\"!?|]*+\Z")


def numbered_at(masked: str, n: re.Match) -> Mention | None:
    """The numbered citation whose number and symbol ``n`` matched, read from what precedes it."""
    s = n.start()
    window_start = max(0, s - 200)
    named = _named_before(masked, window_start, s) if _so_before(masked, s) else None
    if named:
        doc_type = full_doc_type(named["type"], n["sym"])
        code = type_code(n["sym"])
        if not code or codes.TYPE_CODES[code] == doc_type:
            mention = numbered_mention(masked, n, named.start(), NAMED, doc_type)
            mention.name = " ".join(named["name"].split())
            return mention
    typed = TYPE_BEFORE.search(masked, max(window_start, s - 40), s)
    if typed:
        return numbered_mention(masked, n, typed.start(), NUMBERED, full_doc_type(typed["type"], n["sym"]))
    lo = max(window_start, s - 12)
    # ABBREVIATED_TYPE_BEFORE ends with "số" and spaces: searched only where that word is written.
    abbr = ABBREVIATED_TYPE_BEFORE.search(masked, lo, s) if _ends_with_number_word(masked, lo, s) else None
    if abbr:
        doc_type = codes.TYPE_ABBREVIATIONS[abbr["abbr"]]
        code = type_code(n["sym"])
        if not code or codes.TYPE_CODES[code] == doc_type:
            mention = numbered_mention(masked, n, abbr.start(), NUMBERED, doc_type)
            mention.notes.append(f"type written as its abbreviation '{abbr['abbr']}'")
            return mention
    misspelt = _misspelt_type_before(masked, max(window_start, s - 40), s)
    if misspelt:
        start, written, doc_type = misspelt
        code = type_code(n["sym"])
        if not code or codes.TYPE_CODES[code] == doc_type or doc_type in GENERIC_TYPES:
            mention = numbered_mention(masked, n, start, NUMBERED, full_doc_type(doc_type, n["sym"]))
            mention.notes.append(f"type word written '{written}'")
            return mention
    lo = max(window_start, s - _DATED_WINDOW)
    dated = (
        DATED_TYPE_BEFORE.search(masked, lo, s)
        if masked.find(_DATE_WORD_BEFORE, lo, s) >= 0 and _ends_with_number_word(masked, lo, s)
        else None
    )
    if dated:
        mention = numbered_mention(masked, n, dated.start(), NUMBERED, full_doc_type(dated["type"], n["sym"]))
        got = date_at(masked, dated.start("date") - 1) if mention.date is None else None
        if got:
            mention.date, mention.year = got[0], got[1]
        mention.notes.append("date written before its number")
        return mention
    truncated = _truncated_type_before(masked, max(window_start, s - 40), s, type_code(n["sym"]))
    if truncated:
        start, written, doc_type = truncated
        mention = numbered_mention(masked, n, start, NUMBERED, doc_type)
        mention.notes.append(f"type word written '{written}'")
        return mention
    lo = max(window_start, s - 40)
    bare = (
        NAMED_BEFORE_WITHOUT_SO.search(masked, lo, s)
        if any(masked.find(w, lo, s) >= 0 for w in _NAMED_WITHOUT_SO_FIRST_WORDS)
        else None
    )
    if bare:
        doc_type = type_name(bare["type"])
        code = type_code(n["sym"])
        if code and codes.TYPE_CODES[code] == doc_type and not bare["name"].split()[0] in NAME_STOP_FIRST_WORDS:
            mention = numbered_mention(masked, n, bare.start(), NAMED, doc_type)
            mention.name = " ".join(bare["name"].split())
            return mention
    lo = max(window_start, s - _QUALIFIED_WINDOW)
    # QUALIFIED_TYPE_BEFORE ends with "số": searched only where that word is written.
    qualified = QUALIFIED_TYPE_BEFORE.search(masked, lo, s) if _ends_with_number_word(masked, lo, s) else None
    if qualified:
        doc_type = type_name(qualified["type"])
        code = type_code(n["sym"])
        qualifier = qualified["qualifier"].split()
        agrees = bool(code) and codes.TYPE_CODES[code] == doc_type
        short = len(qualifier) <= _SHORT_QUALIFIER_WORDS and all(w.islower() for w in qualifier)
        if (
            all(w.lower() not in NAME_STOP_FIRST_WORDS for w in qualifier)
            and not starts_type([(w, 0, 0) for w in qualifier], 0)
            and (agrees or (short and not code and doc_type in GENERIC_TYPES))
            and (short or agrees)
        ):
            mention = numbered_mention(masked, n, qualified.start(), NAMED, full_doc_type(qualified["type"], n["sym"]))
            mention.name = " ".join(qualifier)
            return mention
    item = ITEM_BEFORE.search(masked, max(window_start, s - 12), s)
    if item is None and _ends_with_number_word(masked, max(window_start, s - 12), s):
        item = HEAD_ISSUER_BEFORE.search(masked, max(window_start, s - _HEAD_ISSUER_CHARS), s)
    if item:
        return numbered_mention(masked, n, item.start("so"), ITEM, "")
    return None


def _number_word_end(masked: str, lo: int, s: int) -> int:
    """Where a number word written before the number at ``s`` ends: before the spaces and the colon
    that follow it ("số: " in "Công văn số: 45/UBND"), as ``\\s*:?\\s*\\Z`` reads them."""
    k = _before_trailing_spaces(masked, lo, s)
    if k > lo and masked[k - 1] == ":":
        k = _before_trailing_spaces(masked, lo, k - 1)
    return k


def _ends_with_number_word(masked: str, lo: int, s: int) -> bool:
    """Whether a number word ("số", any case) ends at ``_number_word_end``: what ABBREVIATED_TYPE_BEFORE
    needs ("NQ số ", "KHsố "), checked at one place where the pattern is tried at each character."""
    k = _number_word_end(masked, lo, s)
    return any(k - n >= lo and _NUMBER_WORD_ALONE.match(masked, k - n, k) for n in _NUMBER_WORD_LENGTHS)


def _number_word_before(masked: str, lo: int, s: int) -> re.Match | None:
    """``SO_BEFORE_NUMBER.search(masked, lo, s)``, searched from where its "số" may start only: the word
    ends where the spaces and the colon before the number start, so the match cannot start further
    back than the longest number word (the regex engine would try each of the window's characters)."""
    k = _number_word_end(masked, lo, s)
    return SO_BEFORE_NUMBER.search(masked, max(lo, k - _NUMBER_WORD_LENGTH), s)


def _words_before_number_word(masked: str, lo: int, s: int) -> re.Match | None:
    """The words right before "số" and the number at ``s`` (_WORDS_BEFORE_SO, group "words"), where a
    type word written otherwise than TYPE_WORDS' may stand; None without "số"."""
    so = _number_word_before(masked, lo, s)
    return None if so is None else _WORDS_BEFORE_SO.search(masked, lo, so.start())


def _misspelt_type_before(masked: str, lo: int, s: int) -> tuple[int, str, str] | None:
    """A type word missing some diacritics before "số" and the number at ``s``: (its start, as
    written, the type it spells): "Quyết đinh số 45/QĐ-UBND", "Nghi quyết số 76/NQ-CP". The words
    must be capitalised or lower case as a type word is, and spell a type word exactly once their
    diacritics are dropped."""
    w = _words_before_number_word(masked, lo, s)
    if w is None:
        return None
    words = [(x.start(), x.end()) for x in _LETTERS.finditer(masked, w.start("words"), w.end("words"))]
    for k in (3, 2, 1):  # longest first: "thông tư liên tịch" before "liên tịch"
        if k > len(words):
            continue
        start = words[-k][0]
        written = " ".join(masked[a:b] for a, b in words[-k:])
        doc_type = _ACCENTLESS_TYPES.get(strip_accents(written))
        # Written as a type word is, in lower case or with its first letter alone capitalised.
        if doc_type and written[1:] == written[1:].lower():
            return start, masked[start : words[-1][1]], doc_type
    return None


def _truncated_type_before(masked: str, lo: int, s: int, code: str | None) -> tuple[int, str, str] | None:
    """A two-word type word written as its first word alone, capitalised, before "số" and the number at ``s``, when
    the symbol's type code names that type: "Thông số 17/2025/TT-BNNMT" (a Thông tư, realdocs 27009faf): (its
    start, as written, the type)."""
    doc_type = codes.TYPE_CODES.get(code or "")
    if not doc_type or " " not in doc_type:
        return None
    w = _words_before_number_word(masked, lo, s)
    if w is None:
        return None
    last = list(_LETTERS.finditer(masked, w.start("words"), w.end("words")))[-1]
    if last.group() != doc_type.split()[0]:
        return None
    return last.start(), last.group(), doc_type


def is_year_range(n: re.Match) -> bool:
    """Whether a number and "symbol" are a span of years: "2024-2025" in "Kế hoạch 2024-2025 của nhà
    trường", "2021-2025" in "Chương trình 2021-2025" (a year, then years only, no letters)."""
    num = n["num"]
    return len(num) == 4 and BARE_YEAR.fullmatch(num) is not None and all(p.isdigit() for p in symbol_parts(n["sym"]))


def chained(masked: str, before: Mention, start: int) -> bool:
    """Whether the citation read at ``start`` follows ``before`` in one list: only ", " or " và "
    between them."""
    return 0 < start - before.end <= _CHAIN_GAP_MAX and CHAIN_GAP.match(masked, before.end, start) is not None


def list_continuation(masked: str, n: re.Match, before: Mention) -> Mention | None:
    """A bare number and symbol that continues the list of the numbered citation ``before``, its
    type not written again: "19-NQ/TW" in "các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017".
    Its symbol's type code must be the one of ``before``; a date after it is the list's date and is
    given to ``before`` too when ``before`` has none and no symbol year says otherwise."""
    if before.kind not in (NUMBERED, NAMED) or not before.number or not chained(masked, before, n.start()):
        return None
    code = type_code(n["sym"])
    # Also letters of one body, their symbols with no type code: "8563/VPCP-CN" in "các văn bản số: 10894/VPCP-CN ngày
    # 8/11/2025, 8563/VPCP-CN ngày 12/9/2025 của Văn phòng Chính phủ" (realdocs 1095764e).
    same_type = bool(code) and code == type_code(before.symbol) and codes.TYPE_CODES[code] == before.doc_type
    if not same_type and not (
        not code and (_same_issuer_code(n["sym"], before) or in_plural_list(masked, before, n.start()))
    ):
        return None
    mention = numbered_mention(masked, n, n.start(), NUMBERED, before.doc_type)
    mention.notes.append(f"type from the citation before it in the list ('{before.doc_type} số {before.number}')")
    if mention.date and before.date is None and symbol_year(before.symbol) in (None, mention.year):
        before.date, before.year = mention.date, mention.year
        before.notes.append(f"date from the list it heads ('{before.number}, {mention.number} ngày …')")
    return mention


# A list's head that names its items' type in the plural, before the first number: "các công văn số " in "được hướng dẫn
# tại các công văn số 695/TCHQ-GSQL ngày 05/02/2021, 4032/TCHQ-GSQL ngày 16/8/2021 và 1238/GSQL-GQ2 ngày 29/7/2024 của
# Tổng cục Hải quan" (fresh15 4768df91, a customs letter: the last letter is the Cục Giám sát quản lý's, another code).
PLURAL_LIST_HEAD = re.compile(rf"(?<!\w)(?i:các)\s+(?i:{TYPE_WORD})\s+(?i:số)\s*:?\s*")
# How far before a list's item its plural head may be, and the marks that end the list's sentence between them.
_PLURAL_HEAD_WINDOW = 300
_LIST_ENDS = (";", ". ", ":")
_PLURAL_WORD = "các "


def in_plural_list(masked: str, before: Mention, start: int) -> bool:
    """Whether the letter at ``start`` continues a list of letters (a generic type, no type code) that a plural head
    opens ("các công văn số …"), no sentence or clause ending between the head and it: its items share the type the
    head gives, whatever body's code each symbol opens with."""
    if before.doc_type not in GENERIC_TYPES or type_code(before.symbol or ""):
        return False
    lo = max(0, before.start - _PLURAL_HEAD_WINDOW)
    k = masked.rfind(_PLURAL_WORD, lo, before.start)
    while k >= 0:
        head = PLURAL_LIST_HEAD.match(masked, k)
        if head and head.end() <= before.start:
            return not any(masked.find(mark, head.end(), start) >= 0 for mark in _LIST_ENDS)
        k = masked.rfind(_PLURAL_WORD, lo, k)
    return False


def _same_issuer_code(sym: str, before: Mention) -> bool:
    """Whether a symbol with no type code and the letter ``before`` (a generic type, its symbol with no type code either)
    open with the same body's code: "VPCP-CN" after "10894/VPCP-CN"."""
    if before.doc_type not in GENERIC_TYPES or type_code(before.symbol or ""):
        return False
    mine, theirs = symbol_parts(sym.strip(" -/–")), symbol_parts(before.symbol or "")
    return bool(mine) and bool(theirs) and mine[0] == theirs[0]


def sharing_a_symbol(masked: str, n: re.Match) -> list[Mention]:
    """Numbers listed after one type word that share the symbol written after the last: "Nghị quyết
    số 18, 19-NQ/TW ngày 25/10/2017" -> NQ 18-NQ/TW and NQ 19-NQ/TW, the date and symbol given to both.
    The symbol's type code must be the type word's."""
    lo = max(0, n.start() - 60)
    # SHARED_SYMBOL_HEAD ends with the list's ", " or " và " before the number: searched only there.
    k = _before_trailing_spaces(masked, lo, n.start())
    if not (masked.endswith(",", lo, k) or masked.endswith("và", lo, k)):
        return []
    head = SHARED_SYMBOL_HEAD.search(masked, lo, n.start())
    if head is None:
        return []
    doc_type = full_doc_type(head["type"], n["sym"])
    code = type_code(n["sym"])
    if not code or codes.TYPE_CODES[code] != doc_type:
        return []
    last = numbered_mention(masked, n, n.start(), NUMBERED, doc_type)
    out = []
    for k, num in enumerate(_NUMBER.finditer(masked, head.start("nums"), head.end("nums"))):
        m = Mention(
            start=head.start() if k == 0 else num.start(), end=num.end(), kind=NUMBERED, doc_type=doc_type,
            number=num.group(), symbol=last.symbol, raw_symbol=num.group() + n["sym"].strip(),
            date=last.date, year=last.year,
        )
        m.notes.append(f"symbol from the list it heads ('{num.group()}, {n.group().strip()}')")
        out.append(m)
    last.notes.append(f"type from the list it ends ('{head['type']} số {head['nums']}, …')")
    return out + [last]


def find_numsyms(masked: str, lo: int, hi: int) -> list[re.Match]:
    """The matches of ``NUMSYM.finditer(masked, lo, hi)``, found from the separators after numbers.

    The regex engine scans for NUMSYM's first digit character by character (65 ms over 300
    plans, a tenth of reading their citations); separators are found by ``str.find`` in a
    fifth of that, and there are few of them. A match's number ends where whitespace (at most three
    characters: ``\\s{0,3}``) and a separator follow its last digit; of the places in that
    run of digits, the leftmost one that NUMSYM can start at is five digits back at most (its
    number is one to five digits), and NUMSYM matches from there or from none of them.
    """
    out: list[re.Match] = []
    done = lo  # where the search goes on: the end of the last match
    for q in find_all(masked, SEPARATOR_CHARS, lo, hi):
        if q < done:
            continue
        end = q  # the end of the number: before up to three spaces before the separator
        while end > 0 and q - end < 3 and masked[end - 1].isspace():  # what \s matches
            end -= 1
        digits_end = end - 1 if end == q and end >= 2 and masked[end - 1] in _NUMBER_SUFFIXES and masked[end - 2].isdecimal() else end
        start = digits_end  # "30a/2008/NQ-CP": the digits before the letter glued to the separator
        while start > 0 and digits_end - start < 5 and masked[start - 1].isdecimal():  # what \d matches
            start -= 1
        if digits_end - start == 3:
            start = _thousands_start(masked, start)
        elif digits_end - start == 4 and start >= 2 and masked[start - 1] == ".":
            start = _dotted_year_start(masked, start)  # "128.2025/OL.WMCLV": the "128" before the year's dot
        elif digits_end - start == 5 and start >= 3 and masked[start - 1].isdecimal():
            start = _date_code_start(masked, start)  # "20251022/CV-HD": the eight digits of a date
        digits_start = start
        if digits_end - start <= 2 and start >= 2 and masked[start - 1] == "." and masked[start - 2].isdecimal():
            start = _decimal_start(masked, start)  # "66.4/2025/NQ-CP": the "66" before the dot
        start = max(start, done)
        m = NUMSYM.match(masked, start, hi) if start < end else None
        if m is None and start < digits_start < end:
            m = NUMSYM.match(masked, digits_start, hi)  # no year after it: the digits after the dot alone, as before
        if m is None and start >= end:
            m = _spaced_numsym(masked, q, done, hi)
        elif m is not None and masked.startswith(" ", m.end()) and _is_year_alone(m):
            m = SPACED_YEAR_NUMSYM.match(masked, m.start(), hi) or m
        if m:
            out.append(m)
            done = m.end()
    return out


def _decimal_start(masked: str, start: int) -> int:
    """Where a number with a decimal part starts, when the digits at ``start`` are that part: the "6" of "66.4" (one or
    two digits before the dot); else ``start``."""
    k = start - 1
    while k > 0 and start - 1 - k < 2 and masked[k - 1].isdecimal():
        k -= 1
    return k if k < start - 1 else start


def _dotted_year_start(masked: str, start: int) -> int:
    """Where a number joined to its year by a dot starts, when the four digits at ``start`` are that year: the "1" of
    "128.2025" (one to three digits before the dot, DOTTED_YEAR_NUMBER); else ``start``."""
    if masked[start : start + 2] not in ("19", "20"):
        return start
    k = start - 1
    while k > 0 and start - 1 - k < 3 and masked[k - 1].isdecimal():
        k -= 1
    return k if k < start - 1 and not (k > 0 and masked[k - 1].isdecimal()) else start


def _date_code_start(masked: str, start: int) -> int:
    """Where a number written as a date of eight digits starts, when the last five are at ``start``: the "2" of
    "20251022" (DATE_CODE_NUMBER); else ``start``."""
    k = start - 3
    if k >= 0 and masked[k:start].isdecimal() and not (k > 0 and masked[k - 1].isdecimal()):
        return k
    return start


def _thousands_start(masked: str, start: int) -> int:
    """Where a number written with dots between its thousands starts, when the three digits at ``start``
    are its last group: the "1" of "1.234" (of "1.234.567" at most); else ``start``."""
    for _ in range(2):
        k = start - 1
        if k < 1 or masked[k] != "." or not masked[k - 1].isdecimal():
            break
        head = k
        while head > 0 and k - head < 3 and masked[head - 1].isdecimal():
            head -= 1
        if head > 0 and masked[head - 1].isdecimal():
            break  # four digits or more before the dot: no group of thousands
        start = head
    return start


def _is_year_alone(m: re.Match) -> bool:
    """Whether a NUMSYM match's symbol is a year alone: "/2020" in "15/2020"."""
    sym = m["sym"].strip(" " + SEPARATOR_CHARS)
    return len(sym) == 4 and sym.isdecimal()


def _spaced_numsym(masked: str, q: int, done: int, hi: int) -> re.Match | None:
    """SPACED_NUMSYM where the separator at ``q`` ends its type code: the letters just before ``q``
    (up to the longest code), one space, and the number's digits before it ("298 KH" before "/"); or
    GLUED_NUMSYM, the digits right before the letters ("20NQ" before "/")."""
    k = q
    while k > done and q - k < _SPACED_CODE_MAX and masked[k - 1].isalpha():
        k -= 1
    if k == q or k - 1 <= done:
        return None
    if masked[k - 1].isdecimal():
        start = k
        while start > done and k - start < 5 and masked[start - 1].isdecimal():
            start -= 1
        return GLUED_NUMSYM.match(masked, start, hi)
    if masked[k - 1] != " " or not masked[k - 2].isdecimal():
        return None
    start = k - 1
    while start > done and k - 1 - start < 5 and masked[start - 1].isdecimal():
        start -= 1
    return SPACED_NUMSYM.match(masked, start, hi)


def glued_code_agrees(mention: Mention | None) -> bool:
    """Whether a citation read from GLUED_NUMSYM stands: typed just before its number ("Nghị quyết số
    20NQ/TW"), by the type word of the code glued to it; its note says how the symbol was written."""
    if mention is None or mention.kind != NUMBERED or codes.TYPE_CODES.get(type_code(mention.symbol) or "") != mention.doc_type:
        return False
    mention.notes.append(f"symbol written '{mention.raw_symbol}', the hyphen after its number lost")
    return True


def _before_trailing_spaces(masked: str, lo: int, end: int) -> int:
    """Where the whitespace that ends masked[lo:end] starts (``end`` when there is none): the end of
    the last word before a citation. Whitespace as ``\\s`` matches it (``str.isspace``)."""
    k = end
    while k > lo and masked[k - 1].isspace():
        k -= 1
    return k


def ends_with_word(masked: str, lo: int, end: int, word: re.Pattern, length: int) -> bool:
    """Whether masked[lo:end] ends with ``word`` (a pattern of ``length`` characters) and at least one
    whitespace character: what a pattern ending "\\s+<word>\\s+\\Z" needs, checked at one place where
    the regex engine would try the pattern at each of the window's characters."""
    k = _before_trailing_spaces(masked, lo, end)
    return k < end and k - length >= lo and word.match(masked, k - length, k) is not None
