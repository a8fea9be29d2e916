"""The names of laws, codes, ordinances and the constitution cited without a number ("Luật Tiếp công
dân", "Hiến pháp năm 2013"), and an amending law named with the laws it amends ("Luật sửa đổi, bổ sung
một số điều của Luật …").
"""

from __future__ import annotations

import re

from vanban.loaders import codes
from vanban.loaders.citation_anchors import BARE_YEAR, NUMSYM, UNNUMBERED_START, numbered_mention
from vanban.loaders.citation_dates import read_date
from vanban.loaders.citation_issuers import ORDINAL_WORD
from vanban.loaders.citation_mentions import BLANK_LINE_MARK, LINE_AFTER_NAME_MARK, NAMED, NUMBERED, UNNUMBERED, Mention
from vanban.loaders.citation_symbols import type_name
from vanban.loaders.citation_words import NAME_STOPS, starts_stop, starts_type, words_at
from vanban.loaders.names import unglue_syllables


# "năm 2013" after a name, or "năm2013" as a PDF or OCR copy glues it: "Hiến pháp năm2013".
_YEAR_WORDS = re.compile(r"(?<!\w)(?i:năm)\s*(?P<year>(?:19|20)\d{2})(?!\d)")
DATE_TAIL = re.compile(r"\s*,?\s*(?i:n\s?gày)\s.*$")
_LAW_NAME_STOPS = (NAME_STOPS - {("của",)}) | frozenset(tuple(p.split()) for p in codes.LAW_NAME_STOP_WORDS)
# The stops that may not end a law's name at its first, capitalised word: "Luật Ban hành văn bản quy
# phạm pháp luật năm 2015", "Luật Bảo đảm trật tự, an toàn giao thông đường bộ" (law-only stops).
_LAW_FIRST_WORD_STOPS = NAME_STOPS - {("của",)}


# Words read after "Luật" for its name: enough for the longest names and the stop phrase after
# them ("Luật bầu cử đại biểu Quốc hội và Hội đồng nhân dân các cấp nhiệm kỳ 2026 -2031").
LAW_NAME_WORDS = 16


# The state's name between "Hiến pháp" and its year: " nước Cộng hòa xã hội chủ nghĩa Việt Nam" in
# "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013" (any case, "hoà" or "hòa"), or
# naming the constitution alone: "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;".
CONSTITUTION_STATE = re.compile(r"\s+(?i:nước\s+)?(?i:cộng\s+h(?:òa|oà)\s+xã\s+hội\s+chủ\s+nghĩa\s+việt\s+nam)(?!\w)")

# The capitalised law type words an amending law or ordinance names the amended one with: "Luật ",
# "Pháp lệnh ", "Bộ luật " (not "Hiến pháp": no amending words cite it so).
_AMENDED_TYPE = r"(?=(?:Luật|Pháp\s+lệnh|Bộ\s+[Ll]uật)\s)"
# What an amending law amends besides some articles, before "của": " và Phụ lục Danh mục chỉ tiêu thống kê quốc gia" in
# "Luật sửa đổi, bổ sung một số điều và Phụ lục Danh mục chỉ tiêu thống kê quốc gia của Luật Thống kê" (Luật số
# 01/2021/QH15, realdocs 295bcce4).
_ALSO_AMENDED = r"(?:\s+và\s+(?i:phụ\s+lục)[^;:.()]{0,80}?(?=\s+của\s))?"
# An amending law or ordinance, before the one(s) it amends: "Luật sửa đổi, bổ sung một số điều của Luật
# Tiêu chuẩn và quy chuẩn kỹ thuật", "Luật Sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và
# Luật Đê điều ngày 17 tháng 6 năm 2020", "Luật sửa đổi, bổ sung Luật Bảo vệ bí mật nhà nước", "Pháp lệnh sửa
# đổi, bổ sung một số điều của Pháp lệnh cán bộ, công chức ngày 29/04/2003".
# Also "sửa đổi" alone, as a page's title names one: "Luật sửa đổi Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng
# nhân dân 2025 Luật số 83/2025/QH15" (the amended law was read with the amending law's year before).
AMENDING = re.compile(
    rf"\s+(?i:sửa\s+đổi)(?:,?\s+(?i:bổ\s+sung))?(?:\s+(?i:một\s+số\s+điều){_ALSO_AMENDED}(?:\s+của)?)?\s+{_AMENDED_TYPE}"
)
# The amending law's own number after the amended law's name: " số 52/2019/QH14", " Luật số 83/2025/QH15".
AMENDING_NUMBER = re.compile(r"\s+(?:Luật\s+)?(?i:số)\s*")
# A second amended law: "… của Luật Phòng, chống thiên tai và Luật Đê điều"; or after a comma, in a list of them:
# "Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác công tư và
# Luật Đấu thầu ngày 29/11/2024" (one law, realdocs 448306af; read only while no date has closed the name).
AMENDED_ALSO = re.compile(rf"(?:\s+và|\s*,)\s+{_AMENDED_TYPE}")
# An amending law after "và", which is another law: "… và Luật sửa đổi, bổ sung một số điều của Luật Xuất cảnh, …".
ANOTHER_AMENDING = re.compile(r"(?:Luật|Pháp\s+lệnh|Bộ\s+[Ll]uật)\s+(?i:sửa\s+đổi)")
# The words of an amending law before a law it amends, up to that law's type word: "Luật sửa đổi, bổ sung một số điều
# của " in "Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật", "Luật sửa đổi, bổ sung một
# số điều của Luật Phòng, chống thiên tai và " before "Luật Đê điều"; in any case, as a title writes it in capitals,
# and in a name key's lower case without its commas. Not past a date, which closes an amending law's name ("… ngày 25
# tháng 11 năm 2019 và Luật …" names the next law).
AMENDED_BEFORE = re.compile(
    r"(?i:luật|pháp\s+lệnh)\s+(?i:sửa\s+đổi)(?:,?\s+(?i:bổ\s+sung))?(?:\s+(?i:một\s+số\s+điều)" + _ALSO_AMENDED + r"(?:\s+của)?)?\s+"
    r"(?:(?i:luật|pháp\s+lệnh|bộ\s+luật)\s(?:(?!ngày)[^;:.()]){0,160}?(?:\s+(?i:và)|\s*,)\s+)?\Z"
)
# How far before a law the amending words may start, and the anchor that gates AMENDED_BEFORE.
_AMENDED_BEFORE_CHARS = 240
_AMENDING_ANCHOR = "đổi"


def amended_in(s: str, start: int) -> bool:
    """Whether the law named at ``start`` of ``s`` is one an amending law names as the law it amends (AMENDED_BEFORE):
    "Luật Tiêu chuẩn và quy chuẩn kỹ thuật" in "… thi hành Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và
    quy chuẩn kỹ thuật"."""
    lo = max(0, start - _AMENDED_BEFORE_CHARS)
    # The anchor in any case, looked for in the window alone (lowering the whole text copied it for every law).
    if _AMENDING_ANCHOR not in s[lo:start].lower() or ANOTHER_AMENDING.match(s, start):
        return False
    return AMENDED_BEFORE.search(s, lo, start) is not None


# The law types that amend and are amended so: "Luật", "Bộ luật", "Pháp lệnh".
AMENDABLE_TYPES = frozenset(codes.TYPE_WORDS[w] for w in ("luật", "bộ luật", "pháp lệnh"))


# An amending law named by how many laws it amends and their field: "Luật sửa đổi, bổ sung một số điều của 37 luật có
# liên quan đến quy hoạch ngày 20/11/2018" (Luật số 35/2018/QH14, realdocs 448306af), "… của 11 luật có liên quan đến
# quốc phòng, an ninh": one law, named up to its field.
AMENDING_COUNTED = re.compile(
    r"\s+(?i:sửa\s+đổi),?\s+(?i:bổ\s+sung)\s+(?i:một\s+số\s+điều)\s+của\s+\d{1,3}\s+(?i:luật|bộ\s+luật)\s+"
    r"(?i:có\s+liên\s+quan)(?:\s+(?i:đến))?\s+[^;:.()]{1,80}?(?=\s*(?:,\s*)?(?i:ngày|năm|số)\s|\s*[;:.()]|\s*$)"
)


def _amending_law(masked: str, m: re.Match) -> Mention | None:
    """The amending law or ordinance whose AMENDING words follow the type word ``m``: one instrument,
    named up to the end of the last law it amends, with its date; or up to the field of the laws it counts
    (AMENDING_COUNTED)."""
    doc_type = type_name(m["type"])
    a = AMENDING.match(masked, m.end())
    if a is None:
        counted = AMENDING_COUNTED.match(masked, m.end())
        if counted is None:
            return None
        mention = Mention(start=m.start(), end=counted.end(), kind=UNNUMBERED, doc_type=doc_type)
        mention.name = masked[m.start() : counted.end()]
        read_date(masked, counted.end(), mention)
        return mention
    end = None
    last = None
    pos = a.end()
    while True:
        inner = UNNUMBERED_START.match(masked, pos)
        got = read_law_name(masked, inner) if inner else None
        if got is None or got.doc_type not in AMENDABLE_TYPES:
            break
        end, last = got.end, got
        also = AMENDED_ALSO.match(masked, end)
        if also is None or got.date or ANOTHER_AMENDING.match(masked, also.end()):
            # A date closes the amending law's name: "… ngày 25 tháng 11 năm 2019 và Luật sửa đổi, bổ sung …" names
            # the next law; so does another amending law after "và".
            break
        pos = also.end()
    if end is None:
        return None
    so = AMENDING_NUMBER.match(masked, end)
    n = NUMSYM.match(masked, so.end()) if so else None
    if n:  # "… và Luật Viên chức số 52/2019/QH14 ngày 25/11/2019"
        mention = numbered_mention(masked, n, m.start(), NAMED, doc_type)
        mention.name = masked[m.end() : end].strip()
        return mention
    mention = Mention(start=m.start(), end=end, kind=UNNUMBERED, doc_type=doc_type)
    # The date read after the last amended law is this law's ("… và Luật Đê điều ngày 17 tháng 6 năm
    # 2020"); "năm 2015" inside the name is an amended law's year, not this one's.
    mention.date, mention.year = last.date, (last.year if last.date else None)
    mention.name = DATE_TAIL.sub("", masked[m.start() : end])
    return mention


# The phrases of codes.LAW_NAME_PHRASES as word tuples, and the first words they open with.
_LAW_NAME_PHRASES = tuple(tuple(p.split()) for p in codes.LAW_NAME_PHRASES)
_LAW_NAME_PHRASE_FIRST_WORDS = frozenset(p[0] for p in _LAW_NAME_PHRASES)


def _law_name_phrase_at(words: list[tuple[str, int, int]], i: int) -> int:
    """How many words from words[i] make a phrase read whole inside a law's name: 5 for "người có công
    với cách mạng" in "Pháp lệnh Ưu đãi người có công với cách mạng"; 0 for none."""
    if words[i][0].lower() not in _LAW_NAME_PHRASE_FIRST_WORDS:
        return 0
    for phrase in _LAW_NAME_PHRASES:
        got = tuple(w[0].lower() for w in words[i : i + len(phrase)])
        if got == phrase:
            return len(phrase)
    return 0


# "ngày" glued by a PDF copy to the abbreviation that ends a law's name: "UBNDngày" in "Luật Tổ chức
# HĐND và UBNDngày 26/11/2003" (an abbreviation's capitals: plain ones and "Đ").
GLUED_DATE_WORD = re.compile(r"[A-ZĐ]{2}(?P<ngay>ngày)\Z")


# The first words of a body's name that open the clause after a law's name (capitalised, as written): "Ủy ban
# nhân dân", "UBND" — but not after "và", as "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân" names them; also
# "Sở", "Phòng", "Ban", "Thường trực", "Chủ tịch", "Trường" and a sentence's "Các", which no law's name holds after
# its first word: "… triển khai Luật Phát triển đô thị" / "Thường trực HĐND Thành phố đề nghị …" (a heading without
# markup, then the next paragraph), "Luật Đất đai Các xã thực hiện …".
_BODY_HEADS = frozenset({"Ủy", "Uỷ", "UBND", "Sở", "Phòng", "Ban", "Thường", "Chủ", "Trường", "Các"})
_BODY_HEAD_JOINS = frozenset({"và"})


# A law's name ending with the council, "của" or "Tổ chức" before it, where the committee follows after a comma:
# "Luật Ban hành VB QPPL của HĐND, UBND ngày 03/12/2004", "Luật Ban hành văn bản quy phạm pháp luật của Hội
# đồng nhân dân, Ủy ban nhân dân ngày 03 tháng 12 năm 2004" (the law of 2004, whose name holds both bodies).
NAME_ENDS_WITH_COUNCIL = re.compile(r"(?:(?<!\w)của|(?<!\w)[Tt]ổ\s+chức)\s+(?:HĐND|Hội\s+đồng\s+nhân\s+dân)\Z")
# The committee after that comma: ", UBND", ", Ủy ban nhân dân".
COMMA_COMMITTEE = re.compile(r",\s*(?:UBND|[ỦU][ỷy]\s+ban\s+nhân\s+dân)(?!\w)")


# A law's number and symbol written after its name without "số", which ends the name: "72/2025/QH15" in "Kế hoạch
# triển khai thi hành Luật Tổ chức chính quyền địa phương 72/2025/QH15 do Thủ tướng Chính phủ ban hành" (a legal
# library page's title line).
LAW_NUMBER_WITHOUT_SO = re.compile(r"\d{1,4}/(?P<year>(?:19|20)\d{2})/[A-ZĐ]")


# The law that amends a named law, named by it and its year, as legal answers write it: " sửa đổi 2020" in "Luật Xây dựng
# sửa đổi 2020" (Luật số 62/2020/QH14, which amends Luật Xây dựng 2014), " sửa đổi, bổ sung năm 2019". One instrument of
# its own, not the amended law.
AMENDING_IN_YEAR = re.compile(
    r" (?i:sửa\s+đổi)(?:,?\s+(?i:bổ\s+sung))?\s+(?:(?i:năm)\s*)?(?P<year>(?:19|20)\d{2})(?!\d)"
)


# "số" inside a law's name, not opening its number: "Pháp lệnh Dân số;" (a Hội LHPN plan), not "Luật Bầu cử
# … số 85/2015/QH13".
LAW_NAME_SO = re.compile(r"số(?!\s*:?\s*\d)")


# The word "năm" (year) and "và" (and), as a law's name is read.
_YEAR_WORD = "năm"
_AND = "và"
# "pháp" before "Luật": the word "pháp luật" (the law in general), capitalised by a site's banner: "Hệ Thống Pháp Luật
# vui lòng lựa chọn và đăng ký gói cước" (a legal library page's footer), no law.
_LAW_IN_GENERAL = "pháp "


# The shortest word read as two syllables run together inside a law's name ("nhândân", "dânchậm").
_GLUED_WORD_CHARS = 5


def read_law_name(masked: str, m: re.Match) -> Mention | None:
    """'Luật Tiếp công dân', 'Hiến pháp năm 2013': the name up to a stop word or punctuation, or a line break that ends
    a name when ``masked`` marks them (``citation_mentions.mark_hard_breaks``)."""
    doc_type = type_name(m["type"])
    if masked[max(0, m.start() - len(_LAW_IN_GENERAL)) : m.start()].lower() == _LAW_IN_GENERAL:
        return None  # "Pháp Luật": law in general
    if doc_type in AMENDABLE_TYPES:
        amending = _amending_law(masked, m)
        if amending:
            return amending
    words = words_at(masked, m.end(), LAW_NAME_WORDS)
    taken = []
    opening_with_a_stop = " ".join(w[0] for w in words[:4]).lower().startswith(codes.LAW_NAMES_OPENING_WITH_A_STOP)
    phrase_end = 0  # words before this index are a phrase of codes.LAW_NAME_PHRASES, read whole
    number_after = None  # a number and symbol after the name, without "số" (LAW_NUMBER_WITHOUT_SO)
    for i, w in enumerate(words):
        if i < phrase_end:
            taken.append(w)
            continue
        n = _law_name_phrase_at(words, i)
        if n:
            taken.append(w)
            phrase_end = i + n
            continue
        stops = _LAW_FIRST_WORD_STOPS if i == 0 and (w[0][:1].isupper() or opening_with_a_stop) else _LAW_NAME_STOPS
        if i and w[0] == ORDINAL_WORD and LAW_NAME_SO.match(masked, w[1]):
            taken.append(w)  # "Pháp lệnh Dân số": a word of the name, no number after it
            continue
        if i and len(w[0]) >= _GLUED_WORD_CHARS and w[0].islower():
            cut = unglue_syllables(w[0]).find(" ")
            if cut > 0:
                # "Hội đồng nhân dânchậm nhất": two syllables a copy ran together, read as two words (a stop may follow).
                w = (w[0][:cut], w[1], w[1] + cut)
                words[i + 1 : i + 1] = [(words[i][0][cut:], w[2], words[i][2])]
                words[i] = w
        if starts_stop(words, i, stops) or w[0][:1] in "“\"'":
            break
        gap = masked[words[i - 1][2] : w[1]] if i else " "
        if len(gap) > 1 and not gap.strip():  # "Luật Việc làm** Sở": emphasis ends the name
            break
        if i and (BLANK_LINE_MARK in gap or LINE_AFTER_NAME_MARK in gap):
            break  # a line break that ends a name (mark_hard_breaks): "… triển khai Luật Phát triển đô thị" / "" / "Các …"
        if starts_type(words, i):
            break
        if i and w[0][:1].isdigit() and (number_after := LAW_NUMBER_WITHOUT_SO.match(w[0])):
            break
        if taken and w[0].lower() == _YEAR_WORD and taken[-1][0] == _AND:
            break  # "Luật Thanh niên và năm 2025" (an OCR copy that lost the words between): no year of this law
        glued = GLUED_DATE_WORD.search(w[0])
        if glued:  # "Luật Tổ chức HĐND và UBNDngày 26/11/2003": the name ends before the glued "ngày"
            taken.append((w[0][: glued.start("ngay")], w[1], w[1] + glued.start("ngay")))
            break
        if i and w[0] in _BODY_HEADS and words[i - 1][0] not in _BODY_HEAD_JOINS:
            break  # "thực hiện Luật Đất đai Ủy ban nhân dân xã đề nghị …": the next clause's body, no comma between
        taken.append(w)
        if i and BARE_YEAR.fullmatch(w[0]):
            break  # "Căn cứ Luật Giáo dục 2019 Nhà trường xây dựng …": the bare year ends the name
    while taken and taken[-1][0].lower() in codes.NAME_TRAILING_WORDS:
        taken.pop()
    if taken and masked.startswith(",", taken[-1][2]) and NAME_ENDS_WITH_COUNCIL.search(masked, m.end(), taken[-1][2]):
        committee = COMMA_COMMITTEE.match(masked, taken[-1][2])
        if committee:  # "… của HĐND, UBND": the committee is a word of the name, and a year after it its year
            taken.append((committee[0], taken[-1][2], committee.end()))
            after = _YEAR_WORDS.match(masked, committee.end() + 1) if masked.startswith(" ", committee.end()) else None
            if after:  # "… của HĐND, UBND năm 2004"
                taken.append((after[0], after.start(), after.end()))
    year = None
    end = taken[-1][2] if taken else m.end()
    y = _YEAR_WORDS.search(masked, m.end(), end) if taken else None
    if doc_type == codes.TYPE_WORDS["hiến pháp"]:
        state = CONSTITUTION_STATE.match(masked, m.end())
        after = state.end() if state else m.end()
        y = _YEAR_WORDS.match(masked, after + 1) if masked[after : after + 1] == " " else None
        if y:
            end, year = y.end(), int(y["year"])
        elif state:
            end = state.end()  # "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;": the one in force
        else:
            return None
    else:
        if not taken or not taken[0][0][:1].isalpha():
            return None
        if taken[0][0].lower() in codes.NOT_LAW_NAME_WORDS and not " ".join(w[0] for w in taken[:6]).lower().startswith(
            codes.LAW_NAMES_OPENING_WITH_A_NOT_NAME_WORD
        ):
            return None
        if len(taken[0][0]) < 2:  # "Luật* a)": a footnote mark and a list letter
            return None
        amending = AMENDING_IN_YEAR.match(masked, end) if not y and masked.startswith(" sửa", end) else None
        if amending:  # "Luật Xây dựng sửa đổi 2020": the law of that year that amends it, named so
            year = int(amending["year"])
            end = amending.end()
        elif y:
            year = int(y["year"])
            end = y.end()
        elif len(taken) >= 2 and BARE_YEAR.fullmatch(taken[-1][0]):
            year = int(taken[-1][0])  # "Luật Đất đai 2024": the year written without "năm"
        elif number_after:
            year = int(number_after["year"])  # "… địa phương 72/2025/QH15": its symbol's year
    mention = Mention(start=m.start(), end=end, kind=UNNUMBERED, doc_type=doc_type, year=year)
    mention.name = masked[m.start() : end]
    read_date(masked, end, mention)
    return mention


# What comes between a law cited by its number and its own name given as its subject: " của Quốc hội về " in "Luật số
# 51/2010/QH12 của Quốc hội về Luật Người khuyết tật" (a Sở's letter), " về " in "Luật số 59/2020/QH14 về Luật Doanh
# nghiệp", " ban hành " in "Pháp lệnh số 02/2020/UBTVQH14 ban hành Pháp lệnh Ưu đãi người có công với cách mạng", or
# the name written right after the number, as a title: "Luật số 43/2019/QH14: Luật Giáo dục", "Luật số 43/2019/QH14
# Luật Giáo dục". Not a comma alone: "Luật số 59/2020/QH14, Luật Đầu tư ngày 17/6/2020" lists two laws.
OWN_NAME_GAP = re.compile(
    r"\s*(?::\s*|(?:(?i:của)\s+(?:Quốc\s+hội|Ủy\s+ban\s+thường\s+vụ\s+Quốc\s+hội|UBTVQH)"
    r"(?:\s+(?i:khóa|khoá)\s+[IVXLC]+)?\s*,?\s*)?(?:(?i:về|ban\s+hành)\s+)?)"
)


def name_numbered_laws(masked: str, kept: list[Mention]) -> None:
    """Give a law cited by its number the name its subject gives it, one instrument (seeds README): "Luật số
    51/2010/QH12 của Quốc hội về Luật Người khuyết tật" is the law named "Luật Người khuyết tật", read as one entry with
    the number (the name's mention is dropped), and a later "thực hiện Luật Người khuyết tật" names it too (grouped by
    its name, as "Luật … số …" is). Only a law of the same type, its subject opening right after the number, date and
    issuer (OWN_NAME_GAP), no year of the name against the number's. ``kept`` is changed."""
    drop = set()
    for a, b in zip(kept, kept[1:]):
        if a.kind not in (NUMBERED, NAMED) or a.name or not a.number or a.doc_type not in AMENDABLE_TYPES:
            continue
        if b.kind != UNNUMBERED or b.doc_type != a.doc_type or not b.name or b.key:
            continue
        if a.year and b.year and a.year != b.year:
            continue
        if OWN_NAME_GAP.fullmatch(masked, a.end, b.start) is None:
            continue
        name = DATE_TAIL.sub("", b.name).split()
        a.name = " ".join(name[len(a.doc_type.split()) :])
        a.kind = NAMED
        if a.date is None and b.date:
            a.date, a.year = b.date, b.year
        a.notes.append("named by its subject ('về Luật …')")
        drop.add(id(b))
    if drop:
        kept[:] = [k for k in kept if id(k) not in drop]
