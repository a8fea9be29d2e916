"""The issuer's name written after a citation ("của UBND tỉnh Hà Giang"): a body's name read word by
word up to what ends it (a stop word, a type word, the subject's "về", a place read whole), a plenum,
a steering committee, a joint instrument's bodies; and the issuer's canonical name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vanban.loaders import codes
from vanban.loaders.citation_mentions import BLANK_LINE_MARK, LINE_AFTER_NAME_MARK, Mention
from vanban.loaders.citation_patterns import UPPER_LETTERS
from vanban.loaders.citation_symbols import names_two_ministries, symbol_parts, type_code
from vanban.loaders.citation_words import starts_stop, starts_type, words_at
from vanban.loaders.names import CASED_TERMS, DISTRICT_LEVELS, PLACE_LEVEL_WORDS, canonical_org, is_all_caps, unglue_name
from vanban.loaders.parties import split_names
from vanban.loaders.places import place_words_at, strip_accents
from vanban.loaders.records import Header
from vanban.loaders.symbol_issuers import joint_symbol_bodies


# The issuer's name after a citation: ", của UBND tỉnh Hà Giang", " của Ban Bí thư", glued " củaThủ tướng",
# and "cùa", "cua" as an OCR copy misreads it (" cùa Ban Kinh tế - Ngân sách", " cua UBND huyện").
ISSUER_LEAD = re.compile(rf"\s?,?\s*(?:\(\s*)?(?i:c[ủùu]a)(?:\s+|(?=[{UPPER_LETTERS}]))")
# A plenum named as the issuer, up to its committee: "Hội nghị lần thứ sáu " in "của Hội nghị lần thứ sáu Ban Chấp
# hành Trung ương Đảng khóa XII", "của Hội nghị lần thứ VI Ban Chấp hành TW khóa XII" (a Bộ Y tế decision), "của
# Hội nghị lần thứ sáu của Ban Chấp hành Trung ương", "Hội nghị lần thứ 6 BCH Trung ương Đảng", "… BCHTW khóa
# XII", "… Ban Chấp hành Trung ương Đoàn khóa XI" (the committee's name is read whole after it: ``plenum_body``).
PLENUM_LEAD = re.compile(
    r"Hội\s+nghị(?:\s+lần\s+thứ\s+\w+|\s+Trung\s+ương\s+\d+)?\s*,?\s*(?:của\s+)?"
    r"(?=(?:Ban\s+[Cc]hấp\s+hành|BCH)\s*(?:Trung\s+ương|TW)(?!\w)|BCHTW(?!\w))"
)


def plenum_body(masked: str, at: int) -> tuple[str, int] | None:
    """The committee whose plenum is named at ``at`` as an instrument's issuer, and where its name ends:
    ("Ban Chấp hành Trung ương Đảng", …) for "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII về …"."""
    lead = PLENUM_LEAD.match(masked, at)
    if lead is None:
        return None
    name, end = body_name(masked, lead.end(), at)
    return (name, end) if name else None


# A section's roman numeral, read as a word before its "." or ")": "I" of "I. MỤC ĐÍCH".
SECTION_NUMERAL = re.compile(r"[IVX]{1,5}")

# A Central Committee plenum named by its number alone, as the issuer: "của Hội nghị Trung ương 4 khóa
# XII", "của Hội nghị Trung ương lần thứ tư" (the Ban Chấp hành Trung ương's).
CENTRAL_PLENUM_ISSUER = re.compile(
    r"Hội\s+nghị\s+(?:lần\s+thứ\s+\w+\s+)?(?:Trung\s+ương|TW)\s+(?:lần\s+thứ\s+)?(?:\d{1,2}|[IVX]{1,4}|\w+)(?!\w)"
)

# The short name an issuer is given in parentheses after its name, before the subject: " (GDĐT)" in "Kế
# hoạch số 1521/KH-BGDĐT ngày 27/10/2022 của Bộ Giáo dục Đào tạo (GDĐT) về việc triển khai …" (capitals,
# "&" and one lower-case letter at most: "(BCĐ)", "(Sở GD&ĐT)" is no short name).
# Also with its level word: " (UBND tỉnh)" in "của Ủy ban nhân dân tỉnh Quảng Nam (UBND tỉnh) về việc …".
ISSUER_SHORT_NAME = re.compile(
    rf" \((?=[{UPPER_LETTERS}]+[a-zđ]?[{UPPER_LETTERS}]*(?: (?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường))?\))"
    rf"[{UPPER_LETTERS}&a-zđ]{{2,12}}(?: (?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường))?\)"
)

# The term of a Party body written after its name, before the subject: " khóa XII" in "Nghị quyết số
# 18-NQ/TW ngày 25 tháng 10 năm 2017 của Ban Chấp hành Trung ương Đảng khóa XII về một số vấn đề …",
# " (khoá IX)" ("khóa" ends the issuer's name, and the subject's "về" follows it).
ISSUER_TERM = re.compile(r"\s?,?\s*\(?(?:khóa|khoá|Khóa|Khoá)\s+[IVXLC]{1,6}\)?(?!\w)")
# Its first word as written after a space or "(", found by ``str.startswith`` before the pattern is tried.
TERM_WORDS = ("khóa", "khoá", "Khóa", "Khoá", "(khóa", "(khoá", "(Khóa", "(Khoá")
_DUPLICATE_WORD = re.compile(r"(?<!\w)(\w+)(\s+\1)+(?!\w)")
_ISSUER_STOPS = frozenset(tuple(p.split()) for p in codes.ISSUER_STOP_WORDS)
# Two-word verbs that end an issuer's name in lower case only, after any word but "Ban" (see codes).
_ISSUER_LOWER_CASE_STOPS = frozenset(tuple(p.split()) for p in codes.ISSUER_LOWER_CASE_STOP_WORDS)
_BAN = "Ban"
# The word after a lower-case stop that makes it part of a body's name: "án" of "Chi cục thi hành án dân sự".
_LOWER_CASE_STOP_OBJECTS = {"thi": "án"}


# The terms whose case an issuer's name is given: names.CASED_TERMS, then the longer party terms.
_ISSUER_CASED_TERMS = {**CASED_TERMS, **codes.ISSUER_CASED_TERMS}
# Those a name in lower case can hold (not "đoàn TNCS", "BCH đoàn"), in the same order.
_LOWER_CASED_TERMS = tuple((t, w) for t, w in _ISSUER_CASED_TERMS.items() if t == t.lower())


def _recase_terms(name: str) -> str:
    """'Ban thường vụ tỉnh ủy' -> 'Ban Thường vụ Tỉnh ủy' (party and state terms as written)."""
    low = name.lower()
    # The terms the name holds, picked by one comprehension: most names hold one or two of them.
    for term, written in [tw for tw in _LOWER_CASED_TERMS if tw[0] in low]:
        i = low.find(term)
        while i >= 0:
            before_ok = i == 0 or not low[i - 1].isalnum()
            after = i + len(term)
            if before_ok and (after == len(low) or not low[after].isalnum()):
                name = name[:i] + written + name[after:]
            i = low.find(term, i + 1)
    return name


def _after_level_word(taken: list[tuple[str, int, int]]) -> bool:
    """Whether the words taken so far end with a level word: "… huyện", "… thị xã", "… TP."."""
    last = taken[-1][0].lower()
    if last in PLACE_LEVEL_WORDS:
        return True
    return len(taken) >= 2 and f"{taken[-2][0].lower()} {last}" in PLACE_LEVEL_WORDS


def _opens_level(words: list[tuple[str, int, int]], i: int) -> bool:
    """Whether a level word starts at words[i]: "huyện", "thị xã" (a place of the next level follows)."""
    w = words[i][0].lower()
    return w in PLACE_LEVEL_WORDS or (i + 1 < len(words) and f"{w} {words[i + 1][0].lower()}" in PLACE_LEVEL_WORDS)


def level_before_place(words: list[tuple[str, int, int]], i: int) -> bool:
    """Whether a level word starts at words[i] and a capitalised name follows it: "tỉnh Tây Ninh",
    "thị xã Sơn Tây" (not "tỉnh" alone, nor "xã hội")."""
    if not _opens_level(words, i):
        return False
    n = 2 if i + 1 < len(words) and f"{words[i][0].lower()} {words[i + 1][0].lower()}" in PLACE_LEVEL_WORDS else 1
    return i + n < len(words) and words[i + n][0][:1].isupper()


def _place_words(words: list[tuple[str, int, int]], i: int) -> int:
    """How many words from words[i] make a known place name written with capitals: 2 for
    "Đại Từ về …" (a lower-case word is never part of it: "Phú Bình về" is "Phú Bình")."""
    caps: list[str] = []
    for w in words[i : i + 6]:
        if not w[0][:1].isupper():
            break
        caps.append(w[0])
    return place_words_at(caps) if caps else 0


# Words read for a body's name: 14, and 20 for the names a joint instrument lists, whose "và" joins
# two bodies ("Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", 15 words).
BODY_NAME_WORDS = 14
JOINT_NAME_WORDS = 20
# Words read again for a name the first limit cut before any word ended it (see ``body_name``).
LONG_NAME_WORDS = 20


def issuer_phrase(masked: str, pos: int, limit: int = BODY_NAME_WORDS) -> tuple[str | None, int]:
    """The name after 'của' at ``pos`` (or None) and where it ends, read over ``limit`` words at most."""
    lead = ISSUER_LEAD.match(masked, pos)
    if not lead:
        return None, pos
    plenum = plenum_body(masked, lead.end()) if masked.startswith("Hội", lead.end()) else None
    if plenum:
        return plenum
    central = CENTRAL_PLENUM_ISSUER.match(masked, lead.end())
    if central:
        return "Ban Chấp hành Trung ương", central.end()
    return body_name(masked, lead.end(), pos, limit)


# The fields a steering committee is named for, joined by commas and "và" inside its name (lower case
# as its name writes them; "Đề án 06" also capitalised).
_STEERING_FIELD = (
    r"(?:khoa\s+học|công\s+nghệ|đổi\s+mới\s+sáng\s+tạo|chuyển\s+đổi\s+số|cải\s+cách\s+hành\s+chính"
    r"|[đĐ]ề\s+án\s+06)"
)
# A steering committee whose name lists its fields with commas and "và": "Ban Chỉ đạo phát triển khoa
# học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính và đề án 06" (corpus 028),
# "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh" (corpus 015),
# "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số" — read
# whole where the comma and "số" would end a name. Two fields at least; the level (and place) after them.
STEERING_COMMITTEE = re.compile(
    rf"Ban\s+Chỉ\s+đạo(?:\s+(?:Trung\s+ương|tỉnh|thành\s+phố|Quốc\s+gia))?(?:\s+về)?\s+(?:phát\s+triển\s+)?"
    rf"{_STEERING_FIELD}(?:(?:\s*,\s*(?:và\s+)?|\s+và\s+){_STEERING_FIELD}){{1,6}}(?!\w)"
    rf"(?:\s+(?:tỉnh|thành\s+phố)(?:\s+[{UPPER_LETTERS}]\w*(?:\s+[{UPPER_LETTERS}]\w*){{0,2}})?(?!\w))?"
)


_BODY_TYPE_WORDS_LENGTH = max(len(p) for p in codes.TYPE_WORDS_IN_BODY_NAMES)
_BODY_WORDS_BEFORE_LENGTH = max(len(p) for p in codes.BODY_NAME_WORDS_BEFORE_TYPE_WORDS)


def _type_word_in_body_name(masked: str, at: int) -> bool:
    """Whether the type word at ``at`` belongs to the body's name being read: "Kế hoạch" in "Bộ Kế
    hoạch và Đầu tư" and in "Phòng Tài chính - Kế hoạch huyện" (see codes.TYPE_WORDS_IN_BODY_NAMES)."""
    after = " ".join(masked[at : at + _BODY_TYPE_WORDS_LENGTH + 8].split()).lower()
    if after.startswith(codes.TYPE_WORDS_IN_BODY_NAMES):
        return True
    before = " ".join(masked[max(0, at - _BODY_WORDS_BEFORE_LENGTH - 8) : at].split()).lower()
    return before.endswith(codes.BODY_NAME_WORDS_BEFORE_TYPE_WORDS)


# The mottos that head a document's right column, in capitals: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", and a
# Party document's "ĐẢNG CỘNG SẢN VIỆT NAM". A PDF copy folds them into the line of the left column, after the
# "V/v" of a letter that names an instrument and its issuer ("V/v triển khai thực hiện Công văn số
# 1099/VPCP-CĐS của Văn phòng Chính phủ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Lâm Đồng, ngày 10 tháng 04 năm
# 2026"; "V/v triển khai thực hiện Kế hoạch số 84-KH/TU ngày 15/6/2026 của Ban Thường vụ Tỉnh ủy ĐẢNG CỘNG SẢN
# VIỆT NAM Công Hải, …"): one ends an issuer's name written in lower case before it. Not after "nước", whose
# name it is ("Chủ tịch nước CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), nor inside a name in capitals ("BAN CHẤP
# HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM").
_MOTTO_FIRST_WORDS = frozenset({"CỘNG", "ĐẢNG"})
_MOTTOS = frozenset({("CỘNG", "HÒA", "XÃ"), ("CỘNG", "HOÀ", "XÃ"), ("ĐẢNG", "CỘNG", "SẢN")})
_MOTTO_OWNER = "nước"


def _opens_motto(words: list[tuple[str, int, int]], i: int) -> bool:
    """Whether a motto in capitals starts at words[i] ("CỘNG HÒA XÃ …", "ĐẢNG CỘNG SẢN …") after a word in
    lower case that is not "nước"."""
    if i == 0 or i + 2 >= len(words) or tuple(w[0] for w in words[i : i + 3]) not in _MOTTOS:
        return False
    before = words[i - 1][0]
    return before.lower() != _MOTTO_OWNER and not before.isupper()


# Heads of a body's name sometimes written in lower case after "của", before a capitalised name: "trường" in
# "Kế hoạch số 155/KH-THXP ngày 23/08/2024 của trường Tiểu học Xuân Phương về tuyển dụng …" (not "của trường
# hợp", whose next word is in lower case).
LOWER_CASE_HEADS = frozenset({"trường"})


def _lower_case_head(words: list[tuple[str, int, int]]) -> bool:
    """Whether the name starts with a head written in lower case and goes on with a capital."""
    return words[0][0] in LOWER_CASE_HEADS and len(words) > 1 and words[1][0][:1].isupper()


# The ordinal that ends a body's name, which "số" (an issuer's stop word) opens: "số 23" in "Công văn số
# 1656/CN23-HCTH ngày 21 tháng 7 năm 2026 của Chi nhánh Văn phòng Đăng ký đất đai số 23 về việc giải trình …"
# (a land office's plan), "Trường Tiểu học số 2 …". Not a number with its symbol or date ("của UBND tỉnh số
# 15/UBND-VX", "số 15 ngày …").
BODY_ORDINAL = re.compile(r"số \d{1,3}(?![\w/\-–])(?!\s+(?i:ngày)(?!\w))(?=\s+\w|\s*[,;.)]|\s*$)")
ORDINAL_WORD = "số"


# A rule drawn under a title ("-----", "\\-\\-\\-" as a markdown copy escapes it, "____"): no word of a name.
RULE_WORD = re.compile(r"[-_=–—~.\\]{3,}")
# RULE_WORD's characters: a word that opens with none of them is no rule (tried on every word of a name).
_RULE_CHARS = frozenset("-_=–—~.\\")


def _breaks_name(gap: str, taken: list[tuple[str, int, int]], words: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the marked line break in ``gap`` (``mark_hard_breaks``) ends the name before words[i]: always
    before a place and date line or "Kính gửi"; after a blank line, unless the name stops at its level word and
    a known place goes on ("của UBND tỉnh " / "" / "Hà Giang về …", a docx copy's wrapped line; not "… CỦA CHỦ
    TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ" / "" / "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", the issuer's line)."""
    if LINE_AFTER_NAME_MARK in gap:
        return True
    return BLANK_LINE_MARK in gap and not (_after_level_word(taken) and _place_words(words, i)) and not _splits_level(
        taken, words, i
    )


def _splits_level(taken: list[tuple[str, int, int]], words: list[tuple[str, int, int]], i: int) -> bool:
    """Whether a blank line splits a level word of two words before a known place: "thành" / "" / "phố Cần Thơ về
    việc …" in "Quyết định số 1849/QĐ-UBND ngày 20 tháng 8 năm 2024 của Ủy ban nhân dân thành" / "" / "phố Cần Thơ"
    (realdocs 1a434d0a, a copy whose wrapped line became a paragraph)."""
    return (
        i + 1 < len(words)
        and f"{taken[-1][0].lower()} {words[i][0].lower()}" in PLACE_LEVEL_WORDS
        and _place_words(words, i + 1) > 0
    )


def body_name(
    masked: str, start: int, pos: int, limit: int = BODY_NAME_WORDS, place_part: bool = False
) -> tuple[str | None, int]:
    """The body's name that starts at ``start`` (or None, and ``pos``) and where it ends: "UBND
    tỉnh Hà Giang" in "UBND tỉnh Hà Giang về …"; ``place_part``: the part of a name that starts with its
    level word ("tỉnh Quảng Nam về …", after a short name in parentheses)."""
    if masked.startswith("Ban", start):
        steering = STEERING_COMMITTEE.match(masked, start)
        if steering:
            return masked[start : steering.end()], steering.end()
    words = words_at(masked, start, limit)
    if not words or not (
        words[0][0][:1].isupper() or words[0][0] in codes.ABBREVIATIONS or _lower_case_head(words) or place_part
    ):
        return None, pos
    taken: list[tuple[str, int, int]] = []
    place_end = 0  # words before this index are a known place name, read whole
    for i, w in enumerate(words):
        word = w[0]
        if taken and _breaks_name(masked[taken[-1][2] : w[1]], taken, words, i):
            break  # "… của UBND tỉnh" / "Hương Khê, ngày …": the next line is no part of it (mark_hard_breaks)
        if word[:1] in _RULE_CHARS and RULE_WORD.fullmatch(word):
            break  # "của Ban Bí thư ----- Ban Thường vụ …": the rule under a title, its line breaks folded
        if word in _MOTTO_FIRST_WORDS and _opens_motto(words, i):
            break  # "… của Văn phòng Chính phủ CỘNG HÒA XÃ HỘI …": the header's other column, lines folded
        if i < place_end:
            taken.append(w)
            continue
        if i == place_end and i and word[:1].islower() and not _opens_level(words, i):
            break  # "của HĐND tỉnh Lào Cai thôngqua chính sách …": a name ends with its place
        if masked[w[2] : w[2] + 1] in ".)" and SECTION_NUMERAL.fullmatch(word):
            break  # "của UBND tỉnh I. MỤC ĐÍCH": the next section's numeral, the line break folded
        if taken and _after_level_word(taken):
            # "huyện Đại Từ", "xã Tân Từ": a known place name after its level word is read
            # whole, stop words inside it ("Từ", "Có") included.
            n = _place_words(words, i)
            if n:
                taken.append(w)
                place_end = i + n
                continue
        if word[:1] in "“\"'":
            break
        if taken and word.isupper() and len(gap := masked[taken[-1][2] : w[1]]) > 2 and not gap.strip():
            # "… CỦA BỘ TÀI CHÍNH **ỦY BAN NHÂN DÂN THÀNH PHỐ …**": emphasis (blanked) opens the next line,
            # in capitals; not a run of spaces inside a name ("của Ủy ban Thường vụ        Quốc hội, Chính
            # phủ và …", a docx copy's justified line)
            break
        if word == ORDINAL_WORD and taken and BODY_ORDINAL.match(masked, w[1]):
            taken.append(w)  # "Chi nhánh Văn phòng Đăng ký đất đai số 23 về …": the number is the name's
            continue
        if starts_stop(words, i, _ISSUER_STOPS):
            break
        if (
            taken and i + 1 < len(words) and (word, words[i + 1][0]) in _ISSUER_LOWER_CASE_STOPS
            and taken[-1][0] != _BAN
            and (i + 2 >= len(words) or words[i + 2][0].lower() != _LOWER_CASE_STOP_OBJECTS.get(word))
        ):
            break  # "… Hội LHPN Hà Nội chỉ đạo Đại hội …", "… Trung ương thi hành Chương VII …": the verb after the name
        if word == "và":
            # "và Công văn …" ends the name; "Sở Khoa học và Công nghệ" does not ("Công" opens a type
            # word only when the type word follows whole).
            nxt = words[i + 1][0] if i + 1 < len(words) else ""
            if not nxt[:1].isupper() or starts_type(words, i + 1):
                break
        if (
            taken
            and starts_type(words, i)
            and not (len(taken) == 1 and taken[0][0] in codes.UNIT_HEADS_BEFORE_TYPE_WORDS)
            and not _type_word_in_body_name(masked, words[i][1])
        ):
            break  # "… của UBND tỉnh Kế hoạch số …"; not "Vụ Kế hoạch - Tài chính" (UNIT_HEADS_BEFORE_TYPE_WORDS)
        taken.append(w)
    else:
        if len(words) == limit < LONG_NAME_WORDS:
            # Cut by the word limit, not ended: "Tổ công tác chuyên trách cải cách thủ tục hành chính của Thủ
            # tướng Chính phủ" (15 words) is read again over more words rather than cut at "Thủ tướng".
            return body_name(masked, start, pos, LONG_NAME_WORDS)
    while taken and taken[-1][0].lower() in ("-", "–", "và"):  # "… CỦA THỦ TƯỚNG CHÍNH PHỦ VÀ QUYẾT ĐỊNH …"
        taken.pop()
    if not taken:
        return None, pos
    name, end = masked[taken[0][1] : taken[-1][2]], taken[-1][2]
    if taken[0][0] in MINISTRY_UNIT_FIRST_WORDS and masked.startswith(MINISTRY_AFTER_UNIT, end):
        ministry, ministry_end = body_name(masked, end + len(MINISTRY_AFTER_UNIT) - 4, end, limit)
        if ministry and ministry.startswith("Bộ "):
            # "Vụ Kế hoạch - Tài chính, Bộ Y tế": a ministry's unit named with its ministry, one issuer (the graph
            # keys it "Vụ Kế hoạch - Tài chính (Bộ Y tế)"), not two.
            name, end = masked[taken[0][1] : ministry_end], ministry_end
    if masked.startswith(" (", end):
        return _past_short_name(masked, name, end, limit)
    return name, end


# The heads of a ministry's units, and what joins such a unit's name to its ministry's: ", Bộ " in "của Vụ Kế hoạch -
# Tài chính, Bộ Y tế về …" (the ministry's name read as a body's, from "Bộ").
MINISTRY_UNIT_FIRST_WORDS = frozenset({"Vụ", "Cục"})
MINISTRY_AFTER_UNIT = ", Bộ "


# The short name of a body written in parentheses inside its name, before its place: " (UBND) " in "của Ủy ban
# nhân dân (UBND) tỉnh Quảng Nam về …" (codes.ABBREVIATIONS gives what it stands for).
INNER_SHORT_NAME = re.compile(rf" \((?P<short>[{UPPER_LETTERS}&]{{2,8}})\) ")


def _past_short_name(masked: str, name: str, end: int, limit: int) -> tuple[str, int]:
    """The name read on past the short name it is given in parentheses, when that short name stands for the
    name read so far (or its end: "(GDĐT)" after "Sở Giáo dục và Đào tạo") and its level word follows: ("Ủy ban nhân dân tỉnh Quảng Nam", its end) for "Ủy ban nhân
    dân (UBND) tỉnh Quảng Nam", "Ủy ban nhân dân tỉnh" for "Ủy ban nhân dân (UBND) tỉnh về …"; else (``name``,
    ``end``) as read."""
    short = INNER_SHORT_NAME.match(masked, end)
    stands_for = codes.ABBREVIATIONS.get(short["short"], "").lower() if short else ""
    if not stands_for or not " ".join(name.split()).lower().endswith(stands_for):
        return name, end  # "(GDĐT)" after "Sở Giáo dục và Đào tạo": its field's code
    after = words_at(masked, short.end(), 2)
    if not after or not _opens_level(after, 0):  # "tỉnh Quảng Nam", "tỉnh về …"
        return name, end
    rest, rest_end = body_name(masked, short.end(), short.end(), limit, place_part=True)
    return (f"{name} {rest}", rest_end) if rest else (name, end)


# What joins the bodies of a joint instrument's issuers: ", " and " và " in "của Ủy ban Thường vụ Quốc
# hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" (corpus 055).
JOINT_ISSUER_GAP = re.compile(rf"\s*,\s*(?:và\s+)?(?=[{UPPER_LETTERS}])|\s+và\s+(?=[{UPPER_LETTERS}])")
# A joint instrument's issuers introduced by "giữa" (between) in place of "của": "Thông tư liên tịch số:
# 183/2010/TTLT/BTC-BNN, ngày 15 tháng 11 năm 2010 giữa Bộ Tài chính và Bộ Nông nghiệp và PTNT".
JOINT_ISSUER_LEAD = re.compile(rf"\s?,?\s*(?i:giữa)\s+(?=[{UPPER_LETTERS}])")
# The most bodies a joint instrument names.
_JOINT_ISSUERS_MAX = 5
# The verbs of a preamble's main clause, whose subject a comma separates from the last body a joint instrument names:
# " xây dựng" in "Quy chế phối hợp số 02/QCPH-UBND-LĐLĐ ngày 12/5/2023 giữa Ủy ban nhân dân tỉnh và Liên đoàn Lao động
# tỉnh, Ủy ban nhân dân tỉnh xây dựng Kế hoạch như sau:" (the document's issuer, no issuer of the rules).
MAIN_CLAUSE_VERBS = (" xây dựng", " yêu cầu", " chỉ thị", " đề nghị")


def is_joint(c: Mention) -> bool:
    """Whether the instrument is issued jointly: a joint type code (NQLT, TTLT, KHLT, CTPH…), type ("Nghị quyết
    liên tịch", "Thông tư liên tịch") or qualifier ("Kế hoạch liên tịch", "Chương trình phối hợp"), or a symbol
    naming two national bodies ("KH-BCA-BNN&MT")."""
    return (
        type_code(c.symbol) in codes.JOINT_TYPE_CODES
        or c.doc_type.endswith("liên tịch")
        or names_two_ministries(c.symbol)
        # A type qualified as joint whatever its symbol: "Kế hoạch liên tịch số 05/KH-SGDĐT-TĐTN …", "Chương trình phối
        # hợp số 01/CTr-MTTQ-UBND … giữa Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và Ủy ban nhân dân tỉnh".
        or (c.name or "").lower() in codes.JOINT_QUALIFIERS
    )


def joint_issuer_phrase(masked: str, first: str, end: int) -> tuple[list[str], int]:
    """The bodies of a joint instrument's issuers, the first one read already: ["Ủy ban Thường vụ
    Quốc hội", "Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"] (a body's
    own "và" is not split: "Sở Khoa học và Công nghệ"), and where the last ends."""
    names = [first]
    while len(names) < _JOINT_ISSUERS_MAX:
        gap = JOINT_ISSUER_GAP.match(masked, end)
        if gap is None:
            break
        head = words_at(masked, gap.end(), 2)
        if not head or starts_type(head, 0):  # "…, Nghị quyết số 101/2025/UBTVQH15": the next citation
            break
        name, after = body_name(masked, gap.end(), end, JOINT_NAME_WORDS)
        if name is None:
            break
        if "," in gap.group() and (masked.startswith(MAIN_CLAUSE_VERBS, after) or f" {name}".endswith(MAIN_CLAUSE_VERBS)):
            break  # "… giữa Ủy ban nhân dân tỉnh và Liên đoàn Lao động tỉnh, Ủy ban nhân dân tỉnh xây dựng Kế hoạch …"
        names.append(name)
        end = after
    if len(names) == 1:  # "của Bộ Công an và Bộ Nông nghiệp và Môi trường": two bodies joined by "và"
        names = split_names(first)
    return names, end


# The dash between the ministries a joint circular's issuer names one after the other: " - " before the second "Bộ" in
# "của Bộ Y tế - Bộ Tài chính - Bộ Lao động - Thương binh và Xã hội" (Thông tư liên tịch số 07/2016/TTLT-BYT-BTC-
# BLĐTBXH, realdocs 24ac05c2; not the dash inside "Lao động - Thương binh").
MINISTRIES_DASH = re.compile(r" [-–] (?=Bộ )")
# The head of ministries named together by their fields: "Liên Bộ Công Thương - Tài chính" (realdocs 0ef954a9).
JOINT_MINISTRIES_HEADS = ("Liên Bộ ", "Liên bộ ")
_MINISTRY_HEAD = "Bộ "


def written_joint_bodies(name: str, symbol: str | None) -> list[str]:
    """The ministries one name of a joint instrument's issuers lists, each by its own name: ["Bộ Y tế", "Bộ Tài chính",
    "Bộ Lao động - Thương binh và Xã hội"] for "Bộ Y tế - Bộ Tài chính - Bộ Lao động - Thương binh và Xã hội"; for
    "Liên Bộ Công Thương - Tài chính" with the symbol "2014/TTLT-BCT-BTC", the ministries its codes name when the name
    writes each one's field ("Công Thương", "Tài chính"). [``name``] otherwise."""
    if " Bộ " in name and MINISTRIES_DASH.search(name):
        return MINISTRIES_DASH.split(name)
    if name.startswith(JOINT_MINISTRIES_HEADS) and symbol:
        bodies = joint_symbol_bodies(symbol)
        low = name.lower()
        if bodies and all(b.startswith(_MINISTRY_HEAD) and b[len(_MINISTRY_HEAD) :].lower() in low for b in bodies):
            return list(bodies)
    return [name]


# The Party's central bodies that issue an instrument together, named one after the other: "của Bộ Chính trị, Ban
# Bí thư" and "của Bộ Chính trị và Ban Bí thư" (a Quy định số 22-QĐ/TW, a Kết luận): both are its issuers, written
# as a joint instrument's are ("Bộ Chính trị, Ban Bí thư Trung ương Đảng"), whichever way they are joined.
CENTRAL_PARTY_BODIES = frozenset({
    "Bộ Chính trị", "Ban Bí thư", "Ban Bí thư Trung ương", "Ban Bí thư Trung ương Đảng", "Ban Chấp hành Trung ương",
    "Ban Chấp hành Trung ương Đảng",
})
# The code of the Party's central bodies in a symbol: "TW" of "22-QĐ/TW".
CENTRAL_PARTY_CODE = "TW"
_AND = " và "


def central_party_pair(masked: str, first: str, end: int) -> tuple[list[str], int] | None:
    """The two central Party bodies named as an instrument's issuers, and where the second ends: (["Bộ Chính
    trị", "Ban Bí thư"], …) for "Bộ Chính trị, Ban Bí thư về …" (``first`` read already, up to ``end``) and for
    ``first`` "Bộ Chính trị và Ban Bí thư"; None when ``first`` is no such body or no other such body follows."""
    first = " ".join(first.split())
    if _AND in first:
        pair = first.split(_AND)
        return (pair, end) if len(pair) == 2 and all(p in CENTRAL_PARTY_BODIES for p in pair) else None
    if first not in CENTRAL_PARTY_BODIES:
        return None
    gap = JOINT_ISSUER_GAP.match(masked, end)
    if gap is None:
        return None
    second, after = body_name(masked, gap.end(), end)
    if second is None or " ".join(second.split()) not in CENTRAL_PARTY_BODIES or second == first:
        return None
    return [first, second], after


# A subject run on to an issuer's name a copy glued to it ("Bộ Tài nguyên và Môi trường vềviệc đôn
# đốc …", once cut apart by ``unglue_name``): no part of the name.
ISSUER_SUBJECT_TAIL = re.compile(r" (?:về việc|V/v) .*$")


# The field of education written with a dash for "và": "Sở Giáo dục - Đào tạo", "Phòng Giáo dục - Đào tạo"
# ("Thực hiện công văn số 1578/SGDĐT- CTTT ngày 28/8/2020 của Sở Giáo dục - Đào tạo").
EDUCATION_DASH = re.compile(r"(?<=Giáo dục) [-–] (?=Đào tạo)")
# Two fields of a ministry's or department's name joined by a spaced "&" for "và": "Bộ Nông nghiệp & Phát triển nông
# thôn", "Sở Nông nghiệp & PTNT" (a code glued to it, "NN&PTNT", is expanded by names.canonical_org).
SPACED_AMPERSAND = re.compile(rf"(?<=[^\W\d_]) & (?=[{UPPER_LETTERS}])")


# The Party's full name after its central bodies' names: "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam" is the
# "Ban Chấp hành Trung ương Đảng" (the gold's name).
PARTY_FULL_NAME = re.compile(r"(?<=Trung ương Đảng) Cộng sản Việt Nam$")


# The head words of bodies an OCR or typing slip damages in an issuer's name, read back only when the damaged
# word is no word at all: one letter where a two-letter head is ("S Tư pháp Hà Tĩnh" for "Sở Tư pháp"), or a digit
# inside a head's word ("Văn ph2ong Trung ương đảng" for "Văn phòng", a VNI tone mark left in).
OCR_HEADS: tuple[str, ...] = ("Sở", "Bộ", "Văn phòng", "Ủy ban", "Phòng", "Ban", "Cục", "Tổng cục", "Chi cục")
_OCR_HEAD_FORMS = {strip_accents(h): h for h in OCR_HEADS}
# One capital letter, then a capitalised word: "S Tư pháp" (the letter is the one left of a two-letter head, "S" of
# "Sở", "B" of "Bộ": a plain capital; the word after it may be accented).
ONE_LETTER_HEAD = re.compile(rf"(?P<letter>[A-ZĐ]) (?=[{UPPER_LETTERS}])")
# A head's one or two words with a digit inside a word: "Văn ph2ong".
DIGIT_IN_HEAD = re.compile(r"(?P<head>\w+(?: \w*[^\W\d]\d[^\W\d]\w*)|\w*[^\W\d]\d[^\W\d]\w*)(?!\w)")


def repair_ocr_head(s: str) -> str:
    """The issuer's name with its head word read back when OCR or a typing slip damaged it (OCR_HEADS): "S Tư pháp Hà
    Tĩnh" -> "Sở Tư pháp Hà Tĩnh", "Văn ph2ong Trung ương đảng" -> "Văn phòng Trung ương đảng". One head only fits, or
    the name is kept as written."""
    one = ONE_LETTER_HEAD.match(s)
    if one:
        letter = strip_accents(one["letter"])
        fits = [h for k, h in _OCR_HEAD_FORMS.items() if len(k) == 2 and k[0] == letter]
        return fits[0] + s[1:] if len(fits) == 1 else s
    if not any(c.isdigit() for c in s[:16]):
        return s
    d = DIGIT_IN_HEAD.match(s)
    if d:
        head = _OCR_HEAD_FORMS.get(strip_accents("".join(c for c in d["head"] if not c.isdigit())))
        if head:
            return head + s[d.end() :]
    return s


# The heads of a ministry's units, written after the ministry with a dash where the unit drafted the ministry's
# letter: "Tổng cục Thủy Lợi" in "Bộ Nông nghiệp & PTNT - Tổng cục Thủy Lợi".
MINISTRY_UNIT_HEADS: tuple[str, ...] = ("Tổng cục ", "Cục ", "Vụ ", "Văn phòng ", "Thanh tra ")


def ministry_of_its_unit(issuer: str, symbol: str | None) -> tuple[str, str] | None:
    """(ministry, unit) when ``issuer`` is a ministry and one of its units ("Bộ … - Tổng cục …") and the symbol is the
    ministry's code then the unit's initials, as a ministry's letter is numbered (its code, then its drafting unit's):
    "Bộ Nông nghiệp và Phát triển nông thôn - Tổng cục Thủy Lợi" with "BNN-TCTL" is the ministry's letter. None
    otherwise: the unit's own symbol ("123/TCTL-KHTC") says the unit issued it, and a name with a dash of its own
    ("Bộ Lao động - Thương binh và Xã hội") has no unit after it."""
    ministry, sep, unit = issuer.rpartition(" - ")
    if not sep or not ministry.startswith("Bộ ") or not unit.startswith(MINISTRY_UNIT_HEADS):
        return None
    parts = [p for p in symbol_parts(symbol or "") if not p.isdigit()]
    if len(parts) != 2 or not parts[0].startswith("B") or type_code(parts[0]) is not None:
        return None
    initials = "".join(strip_accents(w[0]) for w in unit.split() if w[:1].isalpha())
    return (ministry, unit) if initials == strip_accents(parts[1]) else None


def canonical_issuer(raw: str, header: Header) -> str | None:
    """The canonical name of the issuer written ``raw`` after a citation in a document of ``header``: "UBND tỉnh" ->
    "Ủy ban nhân dân tỉnh Hà Giang"."""
    return _own_district_body(canonical_org(issuer_as_named(raw), _placing_header(header)), header)


# A footnote's number glued to the issuer's name: "[3]" in "Báo cáo số 2554/BC-TTCP ngày 17/10/2025 của Thanh tra Chính
# phủ[3], UBND Thành phố …" (realdocs fa0dcc13, a markdown copy's footnote reference).
FOOTNOTE_MARK = re.compile(r"\[\d{1,3}\]$")


@lru_cache(maxsize=4096)
def issuer_as_named(raw: str) -> str:
    """The issuer's name written ``raw`` tidied before its place is read (``canonical_org``): spaces, damaged heads,
    "&" and "-" for "và", words doubled or run together, a subject run on to it, party and state terms in their case.
    It reads no header, so it is read once per name: the same bodies are cited again and again, in one document
    ("của Thủ tướng Chính phủ" after each of its Chỉ thị) and in the documents of every place ("Bộ Y tế")."""
    s = repair_ocr_head(PARTY_FULL_NAME.sub("", " ".join(raw.split())))
    if s.endswith("]"):
        s = FOOTNOTE_MARK.sub("", s)
    s = EDUCATION_DASH.sub(" và ", s)
    if " & " in s:
        s = SPACED_AMPERSAND.sub(" và ", s)
    if s.split(" ", 1)[0] in LOWER_CASE_HEADS:
        s = s[:1].upper() + s[1:]  # "trường Tiểu học Xuân Phương" -> "Trường Tiểu học Xuân Phương"
    s = _DUPLICATE_WORD.sub(r"\1", s)
    s = ISSUER_SUBJECT_TAIL.sub("", unglue_name(s))
    if not is_all_caps(s):
        s = _recase_terms(s)
    return s


# The national bodies a document may be issued by (or under), whose place line names the capital they sit in,
# not a province the document belongs to: the bodies of codes.BODY_CODES, any ministry, the Party's central bodies.
_NATIONAL_BODIES = frozenset(name for name in codes.BODY_CODES.values() if name)
_NATIONAL_HEADS = ("Bộ ", "Ban Chấp hành Trung ương", "Văn phòng Trung ương", "Ban Bí thư", "Bộ Chính trị")


def _placing_header(header: Header) -> Header:
    """The header whose province and district qualify a cited body named by its level: the document's own,
    except for a national body's document, whose place line ("Hà Nội, ngày …") is where it sits: "Hội đồng nhân
    dân tỉnh" in a Bộ Tư pháp letter is some province's, not "… tỉnh Hà Nội"."""
    if not header.province:
        return header
    for own in (header.issuer, header.issuer_parent):
        if own and (own in _NATIONAL_BODIES or own.startswith(_NATIONAL_HEADS)) and header.province not in own:
            return header.model_copy(update={"province": None, "district": None})
    return header


# The district's level words that may come between a body's name and its district in the document's own
# issuer or parent: "huyện" in "Phòng Giáo dục và Đào tạo huyện Phong Điền".
_DISTRICT_LEVEL_WORDS = frozenset({*DISTRICT_LEVELS, "thành phố"})


def _own_district_body(name: str | None, header: Header) -> str | None:
    """A body cited without its place that the document's own issuer or its parent is, named with the
    document's district: "Phòng Giáo dục và Đào tạo" in a plan of a school under the "Phòng Giáo dục và Đào
    tạo Phong Điền" is that Phòng. Any other name is returned as it is."""
    district = header.district
    if not name or not district or name.endswith(" " + district):
        return name
    for own in (header.issuer_parent, header.issuer):
        if own and own.startswith(name + " ") and own.endswith(" " + district):
            between = own[len(name) + 1 : -len(district) - 1]
            if between == "" or between in _DISTRICT_LEVEL_WORDS:
                return own
    return name


def is_party_name(name: str) -> bool:
    return any(w in name for w in codes.PARTY_NAME_WORDS)


# An issuer written as a generic lower-case noun, no body's name, before the subject: " của nhà trường " in
# "Kế hoạch số 12/KH-THCS ngày 05/9/2023 của nhà trường về nhiệm vụ năm học 2023-2024", " của ngành giáo dục "
# (one to three lower-case words, then "về").
GENERIC_ISSUER = re.compile(r"\s?,?\s*của\s+(?P<words>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s+(?=về\s)")
