"""The subject written after a citation or its issuer (" về “Tiếp tục …”", " về việc …"): quoted or not,
up to the end of its clause, the sentence's main clause or the next instrument, unless that instrument
is the subject's own object ("về thi hành Luật …").
"""

from __future__ import annotations

import re

from vanban.loaders import codes
from vanban.loaders.alternation import by_first_letter
from vanban.loaders.citation_anchors import chained
from vanban.loaders.citation_dates import date_at
from vanban.loaders.citation_issuers import ISSUER_SHORT_NAME
from vanban.loaders.citation_mentions import SHORT, Mention
from vanban.loaders.citation_patterns import TYPE_WORD, UPPER_LETTERS, phrase_alternation
from vanban.loaders.parties import name_at


# The subject after a citation or its issuer: " về “Tiếp tục tăng cường …”", " về việc …".
SUBJECT_LEAD = re.compile(r"\s?,?\s*(?:(?i:về)(?:\s+việc)?\s+|(?=[“\"]))")
# The quote marks that open and close a quoted subject: “…”, "…".
_QUOTE_MARK = re.compile(r"[“”\"]")


def read_subject(masked: str, pos: int, limit: int) -> str | None:
    """The subject after a citation, up to ``limit``: ' về “Tiếp tục …”' -> 'Tiếp tục …'."""
    lead = SUBJECT_LEAD.match(masked, pos, limit)
    if not lead:
        return None
    i = lead.end()
    limit = min(limit, i + 400)
    if i >= limit:
        return None
    if masked[i] in "“\"":
        # A quote left open, or closed by a mark of another kind further on, does not run the subject over
        # the next paragraph: "“Chức năng, … sự nghiệp; - Căn cứ Hướng dẫn số 10-HD/TU … về "kiểm điểm…"".
        if masked.find(";", i, limit) >= 0 or masked.find(".", i, limit) >= 0:
            brk = QUOTED_SUBJECT_BREAK.search(masked, i, limit)
            limit = brk.start() + 1 if brk else limit
        depth = 0
        for q in _QUOTE_MARK.finditer(masked, i, limit):  # only quote marks change the depth
            c, j = q.group(), q.start()
            if c == "“" or (c == '"' and depth == 0):
                depth += 1
            elif c == "”" or c == '"':
                depth -= 1
                if depth <= 0:
                    return tidy_title(masked[i + 1 : j])
        # Never closed: up to the end of its clause, as an unquoted subject ("Kiểm điểm … năm 2014. - Căn cứ").
        ends = [j for j in (masked.find(";", i, limit), masked.find(". ", i, limit + 1)) if j >= 0]
        return tidy_title(masked[i + 1 : min(ends, default=limit)])
    # Unquoted: up to the first ";" or ". " (whose space may lie just past the limit).
    ends = [j for j in (masked.find(";", i, limit), masked.find(". ", i, limit + 1)) if j >= 0]
    return tidy_title(masked[i : _unquoted_end(masked, i, min(ends, default=limit))])


# A new paragraph inside a quoted subject whose quote is left open or closed only further on, the line breaks
# folded: "; - Căn cứ " in "“Chức năng, nhiệm vụ của đảng bộ, chi bộ cơ sở trong các đơn vị sự nghiệp; - Căn
# cứ Hướng dẫn số 10-HD/TU …" (a Party decision's preamble), ". Thực hiện ": a clause's end, a list dash, then
# a preamble's opening word.
QUOTED_SUBJECT_BREAK = re.compile(
    rf"[;.]\s*[-–+]?\s*(?:{phrase_alternation(w for w in codes.IMPLEMENTING_OPENINGS if w[:1].isupper())})\s"
)

# The sentence's main clause after a subject written without quotes, which ends it: ", Ủy ban nhân dân tỉnh
# ban hành Kế hoạch …" in "Thực hiện Kế hoạch số 02-KH/BCĐTW … của Ban Chỉ đạo Trung ương, Ủy ban nhân dân
# tỉnh ban hành Kế hoạch … như sau:" (corpus 028), ", Ban Bí thư Trung ương Đoàn ban hành Kế hoạch tổ chức
# …" (a Đoàn plan), ", UBND huyện xây dựng Kế hoạch thực hiện như sau:", ", Ban Thường trực Ủy ban Mặt trận
# Tổ quốc Việt Nam xã hướng dẫn tham gia …" (corpus 055). The name is checked whole by ``parties.name_at``;
# the verb takes a type word or "như sau" as its object ("hướng dẫn", "chỉ đạo" and "thực hiện" any: ", Sở Văn
# hóa và Thể thao Thành phố Hồ Chí Minh chỉ đạo Bảo tàng …", a Sở's notice; ", Khoa DBDT thực hiện tổ chức đào
# tạo …", a university's news). The name may carry its short name in parentheses, and a copy may capitalise
# the verb after it: ", Phòng Giáo dục và Đào tạo (GDĐT) Hướng dẫn các trường …" (a district's guidance). A
# letter's request or demand, in lower case: ", Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện …", ", Ủy
# ban nhân dân tỉnh yêu cầu:".
MAIN_CLAUSE = re.compile(
    rf",\s+(?P<name>[{UPPER_LETTERS}][^,;:.()“”\"]{{1,90}}?)(?:{ISSUER_SHORT_NAME.pattern})?\s+(?:(?:đã|vừa|sẽ)\s+)?"
    rf"(?:(?:[Bb]an\s+hành|[Xx]ây\s+dựng|[Tt]riển\s+khai|[Tt]ổ\s+chức)\s+(?:(?i:{TYPE_WORD})(?!\w)|như\s+sau)"
    rf"|[Hh]ướng\s+dẫn\s|[Cc]hỉ\s+đạo\s|[Tt]hực\s+hiện\s|đề\s+nghị\s|yêu\s+cầu\s)"
)
# MAIN_CLAUSE for a Party cell, a Đoàn or a Hội branch, whose names ``parties.name_at`` does not read: ", Chi
# bộ xây dựng kế hoạch như sau" in "Thực hiện Hướng dẫn số 12-HD/VPTW … của Văn phòng Trung ương Đảng về công
# tác văn thư, Chi bộ xây dựng kế hoạch như sau:" (a Chi bộ's plan), ", Chi đoàn thôn 3 tổ chức Kế hoạch …".
# Only with a verb that takes a type word or "như sau" (", Chi bộ thực hiện …" may be a subject's own words).
CELL_MAIN_CLAUSE = re.compile(
    rf",\s+Chi\s+(?:bộ|đoàn|hội)(?:\s+[^,;:.()“”\"]{{1,60}}?)?\s+(?:(?:đã|vừa|sẽ)\s+)?"
    rf"(?:ban\s+hành|xây\s+dựng|triển\s+khai|tổ\s+chức)\s+(?:(?i:{TYPE_WORD})(?!\w)|như\s+sau)"
)
# The anchor of CELL_MAIN_CLAUSE, found by ``str.find`` before the pattern is tried.
_CELL_ANCHOR = ", Chi "
# The verbs of MAIN_CLAUSE, found by ``str.find`` in a subject before the pattern is tried, in lower case and
# capitalised.
_MAIN_CLAUSE_VERB_WORDS = ("ban hành", "xây dựng", "triển khai", "hướng dẫn", "tổ chức", "chỉ đạo", "thực hiện")
_MAIN_CLAUSE_VERBS = _MAIN_CLAUSE_VERB_WORDS + tuple(v[:1].upper() + v[1:] for v in _MAIN_CLAUSE_VERB_WORDS) + (
    "đề nghị", "yêu cầu"  # ", Sở Giáo dục và Đào tạo đề nghị các đơn vị …": lower case only
)
# Paragraph openings that start a new paragraph inside an unquoted subject, the line break folded: " Căn
# cứ Luật …" after a plan's title "… trong tình hình mới năm 2025" (seed 01).
_SUBJECT_BREAKING_OPENINGS = tuple(f" {w} " for w in codes.IMPLEMENTING_OPENINGS if w[:1].isupper())


# The enacting words of a Quyết định or a council's Nghị quyết, in capitals at the end of its preamble, which
# end the subject of the preamble's last instrument, the line break folded: ", QUYẾT ĐỊNH" in "Xét đề nghị
# của Sở Y tế tại Tờ trình số 66/TTr-SYT ngày 17 tháng 5 năm 2013 về việc ban hành Quy chế hoạt động của Ban
# Chỉ đạo …, QUYẾT ĐỊNH:" (a provincial decision); "… tại kỳ họp. QUYẾT NGHỊ:". Searched up to the colon.
ENACTING_AT_END = re.compile(r"[,.;]?\s+QUYẾT\s+(?:ĐỊNH|NGHỊ)\s*\Z")
# The anchor of ENACTING_AT_END, found by ``str.find`` before the pattern is tried.
_ENACTING_ANCHOR = " QUYẾT "


# Time adverbials between commas that open the sentence's own clause after an unquoted subject: ", vừa qua, "
# in "Thực hiện Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư Trung ương Đảng về tiếp tục đổi mới, nâng
# cao chất lượng sinh hoạt chi bộ, vừa qua, các chi bộ đã tổ chức …" (a PetroTimes report).
SENTENCE_ADVERBIALS = (", vừa qua, ", ", thời gian qua, ", ", trong thời gian qua, ", ", qua đó, ")
# The rule under a document's title, the line breaks folded, which ends a subject read in the title: " ____"
# in "THÔNG TƯ Hướng dẫn thực hiện Nghị định số 115/2003/NĐ-CP ngày 10/10/2003 của Chính phủ về chế độ công
# chức dự bị ________________ Thi hành Nghị định …" (a ministry's circular), " ----".
# And a table's cell bar: " | " in "V/v triển khai Kế hoạch số 2345/KH-UBND về Tháng hành động vì trẻ em | **CỘNG HÒA …**"
# (a letter's header written as one table row): a subject never runs into the next cell.
SEPARATOR_RUNS = (" ___", " ----", " | ")
# A nested instrument's quoted title closed, then the sentence's second clause: "”, đồng thời " in "Thực hiện
# Kế hoạch số 12-KH/ĐU … về tổ chức học tập Chỉ thị số 05 – CT/TW ngày 15/5/2016 của Bộ Chính trị “Về đẩy
# mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”, đồng thời thiết thực chào mừng …"
# (a Chi bộ's plan): the subject ends with the quote.
QUOTE_THEN_CLAUSE = ("”, đồng thời ", '", đồng thời ')
# A date between commas that opens the sentence's clause: ", ngày 10/11/2021, " in "Triển khai thực hiện Kế
# hoạch số 454/KH-BCA-T03 ngày 04/11/2021 của Bộ Công an về tổ chức Hội thảo khoa học cấp Bộ “…”, ngày
# 10/11/2021, Học viện Chính trị CAND và Cục V03 đã tổ chức cuộc họp …" (the anchor, then ``date_at``).
_DATED_CLAUSE = ", ngày "


def _by_first_two_letters(phrases: tuple[str, ...]) -> str:
    """An alternation of ``phrases`` grouped by their first character, each group's rests by theirs (``by_first_letter``):
    " (?:T(?:hực hiện |riển khai …)|C(?:ăn cứ |…)|…)" fails after two characters at a space no phrase opens with."""
    groups: dict[str, list[str]] = {}
    for p in phrases:
        groups.setdefault(p[0], []).append(p[1:])
    return "|".join(re.escape(first) + "(?:" + by_first_letter(rests) + ")" for first, rests in groups.items())


# Any of the phrases that end an unquoted subject (_SUBJECT_BREAKING_OPENINGS, SENTENCE_ADVERBIALS, SEPARATOR_RUNS,
# QUOTE_THEN_CLAUSE), and any of _MAIN_CLAUSE_VERBS: one search of the subject each (grouped by first letter, the
# regex engine skipping to the spaces, commas and quotes they open with) instead of a ``str.find`` per phrase (33 and
# 16 calls a subject), which each looks for its phrase where it is written, then only.
_ANY_SUBJECT_END = re.compile(
    _by_first_two_letters(_SUBJECT_BREAKING_OPENINGS + SENTENCE_ADVERBIALS + SEPARATOR_RUNS + QUOTE_THEN_CLAUSE)
)
_ANY_MAIN_CLAUSE_VERB = re.compile(by_first_letter(_MAIN_CLAUSE_VERBS))


def _unquoted_end(masked: str, i: int, end: int) -> int:
    """Where an unquoted subject that starts at ``i`` ends, at ``end`` at the latest: before a colon that
    closes its sentence ("… như sau: I"), the enacting words before it ("…, QUYẾT ĐỊNH:"), a paragraph
    opening, or the sentence's main clause."""
    colon = masked.find(": ", i, end + 1)
    if colon >= 0:
        end = colon
        if masked.find(_ENACTING_ANCHOR, i, colon) >= 0:
            enacting = ENACTING_AT_END.search(masked, i, colon)
            if enacting:
                end = enacting.start()
    if _ANY_SUBJECT_END.search(masked, i, end):  # most subjects hold none of the 33 phrases below
        for w in _SUBJECT_BREAKING_OPENINGS:
            k = masked.find(w, i, end)
            if k >= 0:
                end = k
        for w in SENTENCE_ADVERBIALS:  # ", vừa qua, các chi bộ …": the sentence goes on after the subject
            k = masked.find(w, i, end)
            if k >= 0:
                end = k
        for w in SEPARATOR_RUNS:  # "… về chế độ công chức dự bị ________ Thi hành …": the title's rule
            k = masked.find(w, i, end)
            if k >= 0:
                end = k
        for w in QUOTE_THEN_CLAUSE:  # "… “Về đẩy mạnh …”, đồng thời thiết thực chào mừng …": after the quote
            k = masked.find(w, i, end)
            if k >= 0:
                end = k + 1
    k = masked.find(_DATED_CLAUSE, i, end)
    while k >= 0:  # ", ngày 10/11/2021, Học viện … đã tổ chức …": a date that opens the sentence's clause
        got = date_at(masked, k + 1)
        if got and masked.startswith(",", got[2]):
            end = k
            break
        k = masked.find(_DATED_CLAUSE, k + 1, end)
    if masked.find(", ", i, end) >= 0 and _ANY_MAIN_CLAUSE_VERB.search(masked, i, end):
        for m in MAIN_CLAUSE.finditer(masked, i, end + 8):
            name = m["name"]
            got = name_at(name, 0)
            if got and got[1] == len(name):
                return m.start()
        if masked.find(_CELL_ANCHOR, i, end) >= 0:
            cell = CELL_MAIN_CLAUSE.search(masked, i, end + 8)
            if cell:
                return cell.start()
    return end


# A "và" left at the end of a subject cut where the next instrument of its list starts: "hướng dẫn triển
# khai công tác bình đẳng giới năm 2025 và" before "Kế hoạch 834/KH-UBND …".
_TRAILING_AND = re.compile(r"\s+và$")


# The end of an unquoted subject's clause: "; " or ". " (or the end of the text).
_CLAUSE_END = re.compile(r";|\.(?:\s|$)")


def _ends_clause(s: str, pos: int = 0, endpos: int | None = None) -> bool:
    """Whether ``_CLAUSE_END.search(s, pos, endpos)`` finds a clause end, found with ``str.find``: a pattern that opens
    with a class of two marks is tried by the regex engine at every character up to its first match (the span
    searched runs from a citation to the next one, or to the text's end)."""
    pos = max(pos, 0)
    endpos = len(s) if endpos is None else min(max(endpos, 0), len(s))
    if s.find(";", pos, endpos) >= 0:
        return True
    k = s.find(".", pos, endpos)
    while k >= 0:
        if k + 1 == endpos or s[k + 1].isspace():  # "$" at the span's end, or a space (\s) after the period
            return True
        k = s.find(".", k + 1, endpos)
    return False
# The last word of a subject's text before a nested instrument, when it joins a list rather than taking the
# instrument as its object: "… năm 2025 và" before "Kế hoạch 834/KH-UBND …".
_LIST_JOINING_WORDS = frozenset({"và", "hoặc", "cùng", "các"})


def _leads_to(masked: str, pos: int, after: Mention) -> bool:
    """Whether the unquoted subject that starts at ``pos`` takes the instrument ``after`` as its object: no
    clause ends between, and no comma, "và" nor parenthesis comes just before it."""
    lead = SUBJECT_LEAD.match(masked, pos, after.start)
    if lead is None or lead.end() >= after.start:
        return False
    gap = masked[lead.end() : after.start]
    if "(" in gap or _ends_clause(gap) or ":" in gap:
        return False
    words = gap.split()
    return bool(words) and words[-1][-1:].isalpha() and words[-1] not in _LIST_JOINING_WORDS


def object_of_subject(masked: str, pos: int, after: Mention, further: int) -> bool:
    """Whether the instrument ``after``, read just after the unquoted subject that starts at ``pos``, is
    that subject's object and its clause ends before the instrument after it (``further``): "Nghị định số
    23/2006/NĐ-CP ngày 03/3/2006 của Chính phủ về thi hành Luật Bảo vệ và phát triển rừng;" (the subject is
    "thi hành Luật Bảo vệ và phát triển rừng", not "thi hành"); not when a comma, "và" or a parenthesis
    comes just before it, nor when a clause ends between."""
    return _leads_to(masked, pos, after) and _ends_clause(masked, after.end, further)


# A nested instrument's subject written without "về" that is the next instrument, between its issuer and that
# instrument: " thực hiện " in "Chương trình hành động số 06-CTr/TU ngày 12/01/2026 của Ban Thường vụ Thành ủy
# thực hiện Nghị quyết số 72-NQ/TW …" (a Hà Nội ward's plan), " triển khai thực hiện ", " để triển khai ".
NESTED_LINK = re.compile(r"\s*(?:(?:để\s+)?triển\s+khai(?:\s+thực\s+hiện)?|(?:để\s+)?thực\s+hiện)\s*")

# The most instruments nested one in the subject of the other that a subject is read through.
NESTED_DEPTH = 3


def nested_object_end(masked: str, pos: int, chain: list[Mention], chain_end: int) -> int | None:
    """Where the clause of the unquoted subject that starts at ``pos`` ends when its object is an instrument
    whose own subject takes the next one as object, and so on (``chain``: the mentions that follow, read
    already; ``chain_end``: where the one after them starts): "Quyết định số 543/QĐ-UBND … về thành lập các
    Tổ công tác triển khai thực hiện Chương trình hành động số 06-CTr/TU … của Ban Thường vụ Thành ủy về thực
    hiện Nghị quyết số 72-NQ/TW … của Bộ Chính trị về …;" (a Hà Nội report): the start of the instrument after
    the clause's end, or None."""
    listed = False  # the instrument is the next item of a list the subject's object heads
    for j, after in enumerate(chain[:NESTED_DEPTH]):
        further = chain[j + 1].start if j + 1 < len(chain) else chain_end
        if not listed and not _leads_to(masked, pos, after):
            return None
        if _ends_clause(masked, after.end, further):
            return further
        # "… việc thực hiện Nghị quyết số 88/2014/QH13 và Nghị quyết số 51/2017/QH14 của Quốc hội về …;": a list.
        listed = j + 1 < len(chain) and after.kind != SHORT and chained(masked, after, chain[j + 1].start)
        if listed:
            continue
        if (
            j + 1 < len(chain) and after.kind != SHORT and after.subject_at and after.title is None
            and NESTED_LINK.fullmatch(masked, after.subject_at, chain[j + 1].start)
        ):
            # "… Chương trình hành động số 06-CTr/TU … của Ban Thường vụ Thành ủy thực hiện Nghị quyết số 72-NQ/TW
            # …": its subject, written without "về", is the next instrument (read as the list's next item is).
            listed = True
            continue
        if after.kind == SHORT or not after.subject_at or after.title is None:
            return None
        pos = after.subject_at
    return None


# The short name given to an instrument in parentheses at the end of its subject: " (sau đây gọi tắt là
# Nghị quyết 57)", " (gọi tắt là Tháng hành động)", " (sau đây viết tắt là Nghị quyết 21)".
_SHORT_NAME_AT_END = re.compile(r"\s*\((?:sau\s+đây\s+)?(?:gọi|viết)\s+tắt[^()]*\)$")


def tidy_title(s: str) -> str | None:
    s = " ".join(s.replace("“", "").replace("”", "").replace('"', "").split()).strip(" ,;.")
    if s.endswith(" và"):
        s = _TRAILING_AND.sub("", s).rstrip(" ,;")
    k = s.rfind("(")
    if k >= 0 and s.find(")", k) < 0:  # "… trong tình hình mới (sau đây viết tắt là": cut at a short name
        s = s[:k].rstrip(" ,;")
    elif k >= 0 and s.endswith(")"):
        s = _SHORT_NAME_AT_END.sub("", s)  # "… quốc gia (sau đây gọi tắt là Nghị quyết 57)": its short name
    return s or None
