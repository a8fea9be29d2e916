"""Instruments cited without a number, read at a capitalised type word: laws (``law_names``), a Party
congress's or a Central Committee plenum's resolution ("Nghị quyết Đại hội … lần thứ XIII", "Nghị quyết
Trung ương 4 khóa XII"), a plan named by description and issuer ("Kế hoạch dân vận năm 2023 của Sở Y
tế"), a project or strategy named after a citing verb ("triển khai Đề án văn hóa công vụ").
"""

from __future__ import annotations

import re

from vanban.loaders import codes
from vanban.loaders.charter_names import in_treaty_name, read_charter
from vanban.loaders.citation_anchors import NUMSYM, UNNUMBERED_TYPE_WORDS, is_year_range
from vanban.loaders.citation_issuers import issuer_phrase, level_before_place
from vanban.loaders.citation_mentions import UNNUMBERED, Mention
from vanban.loaders.citation_patterns import CAP_TYPE_WORD, NO_TYPE_WORD, TYPE_START, WORD_OF_NAME, phrase_alternation
from vanban.loaders.citation_symbols import type_name
from vanban.loaders.citation_words import COMMA_PAIRS, NAME_STOPS, starts_stop, words_at
from vanban.loaders.law_names import read_law_name
from vanban.loaders.letters import LOWER_LETTERS, UPPER_LETTERS
from vanban.loaders.names import canonical_org
from vanban.loaders.parties import split_names
from vanban.loaders.records import Header


# A citing verb just before: "Thực hiện ", "theo ", "triển khai ".
VERB_BEFORE = re.compile(rf"(?<!\w)(?i:{phrase_alternation(codes.CITING_VERBS)})\s+\Z")

# A resolution of a Party congress: "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
# "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI", "Nghị quyết Đại hội XIII", and the Party committee
# named after the ordinal: "Nghị quyết Đại hội XX Đảng bộ tỉnh" (a provincial congress, not the 20th
# national one), "Nghị quyết Đại hội lần thứ XV Đảng bộ huyện Mường La".
CONGRESS = re.compile(
    rf"{TYPE_START}Nghị\s*quyết\s+Đại\s+hội(?P<body>(?:\s+(?!lần\s)[^\s,;:.()“”\"]+){{0,8}}?)"
    r"\s+(?:lần\s+thứ\s+)?(?P<ord>[IVXLC]+)(?!\w)(?P<party>\s+của\s+Đảng(?!\s+bộ))?"
    rf"(?P<committee>\s+(?:của\s+)?Đảng\s+bộ(?:\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận|xã|phường|thị\s+trấn)"
    rf"(?:\s+[{UPPER_LETTERS}]\w*){{0,3}})?(?!\w))?"
)

# A resolution of a Central Committee plenum: "Nghị quyết Trung ương 4 khóa XII",
# "Nghị quyết Hội nghị Trung ương 4 (khóa XII)".
# Its number in digits, in roman numerals or in words: "10", "IV", "mười", "mười hai" (the words' values for the key).
_PLENUM_WORDS = {
    "nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
    **{f"mười {w}": 10 + n for w, n in (("một", 1), ("hai", 2), ("ba", 3), ("bốn", 4), ("lăm", 5), ("sáu", 6),
                                      ("bảy", 7), ("tám", 8), ("chín", 9))},
}
_PLENUM_NUMBER = rf"\d{{1,2}}|[IVX]+(?!\w)|(?:{phrase_alternation(_PLENUM_WORDS)})(?!\w)"
PLENUM = re.compile(
    rf"{TYPE_START}Nghị\s*quyết\s+(?:Hội\s+nghị\s+)?(?:lần\s+thứ\s+)?(?:Trung\s+ương|TW)\s+(?:lần\s+thứ\s+)?"
    rf"(?P<plenum>{_PLENUM_NUMBER})"
    r"\s*,?\s*\(?\s*(?:khóa|khoá)\s+(?P<term>[IVXLC]+)\)?"
)
# The same plenum named by its committee after its number: "Nghị quyết Hội nghị lần thứ 10 Ban Chấp hành Trung ương
# Đảng khóa XIII", "Nghị quyết Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng (khóa XIII)" (a provincial
# committee's plenum, "… Ban Chấp hành Đảng bộ tỉnh khóa XVI", is not this).
PLENUM_OF_COMMITTEE = re.compile(
    rf"{TYPE_START}Nghị\s*quyết\s+Hội\s+nghị\s+lần\s+thứ\s+(?P<plenum>{_PLENUM_NUMBER})\s*,?\s+(?:của\s+)?"
    r"(?:Ban\s+Chấp\s+hành|BCH)\s+(?:Trung\s+ương|TW)(?:\s+Đảng)?\s*,?\s*\(?\s*(?:khóa|khoá)\s+(?P<term>[IVXLC]+)\)?"
)
_ROMAN = {"I": 1, "V": 5, "X": 10}


def plenum_number(written: str) -> int | None:
    """10 for "10", "X" or "mười"; 4 for "IV" or "tư"."""
    if written.isdigit():
        return int(written)
    if written in _PLENUM_WORDS:
        return _PLENUM_WORDS[written]
    low = " ".join(written.lower().split())
    if low in _PLENUM_WORDS:
        return _PLENUM_WORDS[low]
    values = [_ROMAN.get(ch) for ch in written]
    if None in values or not values:
        return None
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))

# A plan cited by description and issuer (matched at a type word after a citing verb):
# "Kế hoạch dân vận năm 2023" before " của Sở Y tế Hà Giang Giang", or before " củaSở Y tế" glued ("Quy chế làm việc" before
# " của Ban Chấp hành Trung ương" after "Căn cứ", see GROUND_BEFORE); a comma
# before a lower-case word inside the description: "Chương trình kiểm tra, giám sát năm 2026" before " của Ban
# Thường vụ Đảng uỷ xã" (a commune Party committee's notice), kept only between a pair of words a name is
# written with (see ``_commas_inside_name``). Not a description that tells what befell the plan, no name of it: "theo
# Kế hoạch kiểm tra đã được duyệt hoặc theo ý kiến của Trưởng Ban Chỉ đạo" (a Quy chế, realdocs 322358d6).
NAMED_PLAN = re.compile(
    rf"(?P<type>{phrase_alternation(codes.NAMED_PLAN_TYPE_WORDS, cap=True)})"
    rf"(?P<name>(?:(?:\s+|,\s+(?=[{LOWER_LETTERS}]))(?!(?:của|số|này|đã|được|hoặc)(?!\w)){NO_TYPE_WORD}{WORD_OF_NAME}){{1,12}}?)"
    rf"(?=\s+của(?:\s|[{UPPER_LETTERS}]))"
)

# A plan named by its issuer and its subject alone, as a preamble's opening paragraph names the plan it carries out:
# "Kế hoạch" before " của Ủy ban nhân dân huyện về tổ chức Ngày hội văn hóa, thể thao các dân tộc năm 2024, …" after
# "Thực hiện " (a commune's plan). Only after an opening in capitals (OWNED_PLAN_OPENING) and before its subject
# (OWNED_PLAN_SUBJECT): "theo Kế hoạch của Huyện ủy" in a body is a back-reference (seeds README), and so is one whose
# issuer's numbered plan the text cites (see drop_owned_plan_back_references).
OWNED_PLAN = re.compile(r"(?P<type>Kế\s+hoạch|Chương\s+trình|Hướng\s+dẫn|Đề\s+án)(?=\s+của\s)")
OWNED_PLAN_OPENING = re.compile(r"(?<!\w)(?:Thực\s+hiện|Căn\s+cứ|Triển\s+khai(?:\s+thực\s+hiện)?)\s+\Z")
OWNED_PLAN_SUBJECT = re.compile(r"\s*(?:về|V/v)\s+(?:việc\s+)?[^\s,;:.]")
# The note of such a plan, which also marks it for drop_owned_plan_back_references.
OWNED_PLAN_NOTE = "named by its issuer and subject"

# A plan named after the instrument before it in a preamble's list, with no opening of its own: "; " before "Kế hoạch
# của Ban Dân vận Tỉnh ủy về công tác dân vận năm 2025" in "Thực hiện Kế hoạch số 45/KH-UBND … của Ủy ban nhân dân tỉnh;
# Kế hoạch của Ban Dân vận Tỉnh ủy về …, Sở Y tế xây dựng Kế hoạch …", and " và " ("… năm 2025 và Kế hoạch công tác
# năm 2025 của Sở Y tế"). Only when its sentence (since the last "." or ":", _LIST_CLAUSE_CHARS at most) holds an
# implementing opening before a type word (LIST_HEAD): "Thực hiện Kế hoạch …", "Căn cứ Chỉ thị …".
LIST_ITEM_BEFORE = re.compile(r"(?:[;,]\s*(?:và\s+)?|\s+và\s+)\Z")
LIST_HEAD = re.compile(rf"(?:Thực\s+hiện|Căn\s+cứ|Triển\s+khai(?:\s+thực\s+hiện)?)\s+(?:{CAP_TYPE_WORD})(?!\w)")
_LIST_CLAUSE_CHARS = 400
_SENTENCE_BOUNDS = (".", ":")


def continues_opened_list(masked: str, pos: int) -> bool:
    """Whether the type word at ``pos`` follows an item of a list (LIST_ITEM_BEFORE) that an implementing opening heads
    in the same sentence (LIST_HEAD), as a preamble lists the instruments it carries out."""
    if not LIST_ITEM_BEFORE.search(masked, max(0, pos - 6), pos):
        return False
    lo = max(0, pos - _LIST_CLAUSE_CHARS)
    start = max(masked.rfind(c, lo, pos) for c in _SENTENCE_BOUNDS) + 1 or lo
    return LIST_HEAD.search(masked, max(start, lo), pos) is not None


# A body's rules ("Quy chế") are cited by name only as a ground: "Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương,
# Bộ Chính trị và Ban Bí thư khóa XIII" (realdocs ca9ba61f), searched just before the type word.
_RULES_WORD = "quy chế"
GROUND_BEFORE = re.compile(r"(?<!\w)(?i:căn\s+cứ)\s+\Z")

# A generic plural before a type word: "các Nghị quyết của BCH TW", "những kế hoạch".
PLURAL_BEFORE = re.compile(r"(?i:các|những|mọi)\s+$")
# A draft before a type word, no instrument yet: "góp ý dự thảo Luật Thủ đô (sửa đổi)", "chủ trì soạn thảo dự án
# Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật", "Dự thảo Luật Ban hành văn bản
# quy phạm pháp luật – phiên bản trình Quốc hội tháng 05/2015" (searched in the few characters before it).
DRAFT_BEFORE = re.compile(r"(?<!\w)(?i:dự\s+thảo|dự\s+án)\s+$")
_PROJECT_NAME_STOPS = NAME_STOPS | frozenset(tuple(p.split()) for p in codes.PROJECT_NAME_STOP_WORDS)


# The capitalised word a national Party congress is named with between "Đại hội" and its ordinal ("Đại hội Đảng toàn
# quốc"), and the level words that name a local congress.
_PARTY_WORD = "Đảng"
_LEVEL_WORDS = frozenset({"tỉnh", "huyện", "xã", "phường", "quận", "thị", "thành", "trấn", "cơ", "sở", "trường"})


def _names_another_congress(body: str) -> bool:
    """Whether the words between "Đại hội" and the ordinal name another body's congress than the Party's national one:
    a capitalised name ("đại biểu Phụ nữ tỉnh", "Đoàn TNCS Hồ Chí Minh huyện") or a level word; not "đại biểu toàn
    quốc", "Đảng toàn quốc", nor an OCR copy's "đại biu toàn quc" (lower-case words only)."""
    return any((w[:1].isupper() and w != _PARTY_WORD) or w in _LEVEL_WORDS for w in body.split())


def _congress(m: re.Match, header: Header) -> Mention:
    body = " ".join(f"{m['body']} {m['committee'] or ''}".split())
    body = body[4:] if body.startswith("của ") else body.replace(" của Đảng bộ", " Đảng bộ")
    ordinal = m["ord"]
    low = body.lower()
    if "đảng bộ" in low:
        level = "tỉnh" if "tỉnh" in low else ("huyện" if "huyện" in low else "")
        place = header.province if level == "tỉnh" else (header.district if level == "huyện" else None)
        after = low.split("đảng bộ", 1)[1].replace("tỉnh", "").replace("huyện", "").strip()
        where = " ".join(x for x in (level, place or (body.split("Đảng bộ", 1)[-1].strip() if after else "")) if x)
        issuer = f"Đại hội đại biểu Đảng bộ {where} lần thứ {ordinal}".replace("  ", " ")
    elif not _names_another_congress(body):
        issuer = f"Đại hội đại biểu toàn quốc lần thứ {ordinal} của Đảng"
    else:
        # Another organisation's congress, named as written: "Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ XVI",
        # "Nghị quyết Đại hội Đoàn TNCS Hồ Chí Minh huyện lần thứ XXV" (not the Party's national congress).
        level = low.split()[-1]
        place = header.province if level == "tỉnh" else (header.district if level == "huyện" else None)
        issuer = " ".join(x for x in ("Đại hội", body, place, f"lần thứ {ordinal}") if x)
    return Mention(
        start=m.start(), end=m.end(), kind=UNNUMBERED, doc_type=codes.TYPE_WORDS["nghị quyết"],
        name=m.group(0), issuer=issuer, key=issuer.lower(),
    )


# The type words longer than a plan's type word, which its description may only complete: "Chương trình hành
# động" (a Chương trình), "Kế hoạch hành động" (a Kế hoạch), in lower case with one space between words.
_LONGER_TYPE_WORDS = frozenset(w for w in codes.TYPE_WORDS if " " in w)


def _named_plan(masked: str, m: re.Match, header: Header) -> Mention | None:
    if " ".join(f"{m['type']} {m['name']}".lower().split()) in _LONGER_TYPE_WORDS:
        # "triển khai Chương trình hành động của Chính phủ": the type alone and its issuer, a generic
        # back-reference as "Kế hoạch của Huyện ủy" is (no description names one plan).
        return None
    if any(not is_year_range(n) for n in NUMSYM.finditer(m["name"])):
        return None  # "Chỉ thị so 41-CT/TW": a numbered citation with a typo; not "năm học 2023-2024"
    if "," in m["name"] and not _commas_inside_name(m["name"]):
        return None  # "Kế hoạch công tác năm 2024, tăng cường lãnh đạo của …": a clause, not the plan's name
    return _named_plan_read(masked, m, header)


_COMMA_SPLIT = re.compile(r"\s*,\s*")


def _commas_inside_name(name: str) -> bool:
    """Whether every comma of a plan's description joins a pair of words a name is written with
    (codes.COMMA_NAME_PAIRS): "kiểm tra, giám sát" in "Chương trình kiểm tra, giám sát năm 2026"."""
    parts = _COMMA_SPLIT.split(name.strip())
    for before, after in zip(parts, parts[1:]):
        if not before or not after or (before.split()[-1].lower(), after.split()[0].lower()) not in COMMA_PAIRS:
            return False
    return True


# A team or committee named for carrying the plan out, by its head's office, just before it: "Tổ trưởng Tổ công tác
# chuyên trách thực hiện " in "Xét đề nghị … Tổ trưởng Tổ công tác chuyên trách thực hiện Đề án 30 của Ủy ban nhân
# dân tỉnh" (a Bắc Giang decision): the "của …" after the plan is the team's, not the plan's (the head of a team is
# named by the team's whole name; a team that is a sentence's subject, "Ban Chỉ đạo tỉnh triển khai Kế hoạch … của
# Sở Y tế", is not). Tried where "thực hiện" or "triển khai" ends the text before it.
TEAM_CARRYING_OUT = re.compile(
    r"(?<!\w)(?:Tổ\s+trưởng\s+Tổ|(?:Phó\s+)?(?:Trưởng\s+[Bb]an|Chủ\s+tịch\s+Hội\s+đồng))\s+"
    r"(?i:công\s+tác|chỉ\s+đạo|giúp\s+việc|điều\s+hành)(?!\w)[^,;.:()“”]{0,60}?"
    r"\s(?:triển\s+khai\s+)?(?:thực\s+hiện|triển\s+khai)\s+\Z"
)
_TEAM_SPAN = 100
_CARRYING_OUT_WORDS = ("thực hiện", "triển khai")


def _named_by_its_team(masked: str, start: int) -> bool:
    """Whether the plan at ``start`` is named as what a team or committee carries out (TEAM_CARRYING_OUT)."""
    before = masked[max(0, start - _TEAM_SPAN) : start]
    return before.rstrip().endswith(_CARRYING_OUT_WORDS) and TEAM_CARRYING_OUT.search(before) is not None


def _named_plan_read(masked: str, m: re.Match, header: Header) -> Mention | None:
    if _named_by_its_team(masked, m.start("type")):
        return None  # "Tổ công tác … thực hiện Đề án 30 của Ủy ban nhân dân tỉnh": the team's body, not the plan's
    issuer_text, end = issuer_phrase(masked, m.end())
    if not issuer_text or (" và " in issuer_text and len(split_names(issuer_text)) > 1):
        return None  # "của Chính phủ và Ban Thường vụ …": generic; not "của Sở Giáo dục và Đào tạo"
    doc_type = type_name(m["type"])
    mention = Mention(
        start=m.start("type"), end=end, kind=UNNUMBERED, doc_type=doc_type, issuer_text=issuer_text,
    )
    mention.name = masked[mention.start : end]
    mention.tail = end
    return mention


def _owned_plan(masked: str, m: re.Match) -> Mention | None:
    """A plan named by its one issuer and its subject (OWNED_PLAN): its surface is the type and the issuer as written,
    "Kế hoạch của Ủy ban nhân dân huyện"; its subject is read as a numbered one's is."""
    issuer_text, end = issuer_phrase(masked, m.end())
    if not issuer_text or (" và " in issuer_text and len(split_names(issuer_text)) > 1):
        return None
    if not OWNED_PLAN_SUBJECT.match(masked, end):
        return None
    mention = Mention(start=m.start(), end=end, kind=UNNUMBERED, doc_type=type_name(m["type"]), issuer_text=issuer_text)
    mention.name = masked[mention.start : end]
    mention.tail = end
    mention.notes.append(OWNED_PLAN_NOTE)
    return mention


def drop_owned_plan_back_references(kept: list[Mention]) -> None:
    """Drop the plans named by issuer and subject (OWNED_PLAN) when the text cites a numbered instrument of that type
    by that issuer: the name refers back to it ("Kế hoạch của Huyện ủy về …" after "Kế hoạch số 138-KH/HU … của Huyện
    ủy", seeds README). ``kept`` is changed. A plan so named before the one numbered plan of its type that its body (or
    no body) is cited with later gets its place in that plan's ``named_before``: a preamble's "Thực hiện Kế hoạch của
    Ủy ban nhân dân tỉnh về …" implements the "Kế hoạch số 45/KH-UBND" the body names (see citations.find_implements)."""
    owned = [k for k in kept if k.kind == UNNUMBERED and OWNED_PLAN_NOTE in k.notes]
    if not owned:
        return
    numbered = {(k.doc_type, k.issuer) for k in kept if k.number}
    drop = {id(k) for k in owned if (k.doc_type, k.issuer) in numbered or (k.doc_type, None) in numbered}
    if drop:
        for k in owned:
            if id(k) not in drop or not k.issuer:
                continue
            later = [
                n for n in kept if n.number and n.start > k.start and n.doc_type == k.doc_type and n.issuer in (k.issuer, None)
            ]
            if len({n.number for n in later}) == 1:
                for n in later:
                    n.named_before = [*(n.named_before or ()), k.start]
        kept[:] = [k for k in kept if id(k) not in drop]


_PROJECT_NOT_FIRST = tuple(f"{w} " for w in codes.PROJECT_NAME_NOT_FIRST)
# The country's name after a capitalised field in a project's name (lower-case words).
_COUNTRY = ("việt", "nam")


def _before_country(words: list[tuple[str, int, int]], i: int) -> bool:
    """Whether words[i] is followed by "Việt Nam" ("Dược" in "ngành Dược Việt Nam")."""
    return i + 2 < len(words) + 1 and tuple(w[0].lower() for w in words[i + 1 : i + 3]) == _COUNTRY


def _named_project(masked: str, m: re.Match) -> Mention | None:
    words = words_at(masked, m.end(), 10)
    taken = []
    for i, w in enumerate(words):
        low = w[0].lower()
        if taken and ((taken[-1][0].lower(), low) in codes.PROJECT_NAME_PAIRS or (
            i + 1 < len(words) and (low, words[i + 1][0].lower()) in codes.PROJECT_NAME_PAIRS
        )):
            taken.append(w)  # "Chiến lược Dân số Việt Nam": "số" and "Việt Nam" inside the name
            continue
        if taken and w[0][:1].isupper() and _before_country(words, i):
            taken.append(w)  # "Chiến lược Quốc gia phát triển ngành Dược Việt Nam": a field named before the country
            continue
        if starts_stop(words, i, _PROJECT_NAME_STOPS) or w[0][:1] in "“\"'" or (taken and w[0][:1].isupper()):
            break
        if taken and level_before_place(words, i):
            break  # "Chiến lược quốc gia về bình đẳng giới tỉnh Tây Ninh": the province that carries it out
        taken.append(w)
    if len(taken) < 2 or not taken[0][0][:1].isalpha():
        return None
    if (" ".join(w[0] for w in taken[:2]) + " ").lower().startswith(_PROJECT_NOT_FIRST):
        return None  # "thực hiện Đề án bảo đảm đúng mục đích": the document's own Đề án, then its verb
    doc_type = type_name(m["type"])
    end = taken[-1][2]
    return Mention(
        start=m.start("type"), end=end, kind=UNNUMBERED, doc_type=doc_type, name=masked[m.start("type") : end],
    )


def unnumbered_at(masked: str, u: re.Match, header: Header, marked: str | None = None) -> Mention | None:
    """The unnumbered citation that starts at the capitalized type word ``u``, if any. ``marked``: the masked text
    with the line breaks that end a name marked (``mark_hard_breaks``), where a law's name is read."""
    word = UNNUMBERED_TYPE_WORDS["".join(u["type"].split()).lower()]
    if word in codes.LAW_TYPE_WORDS:
        return None if in_treaty_name(masked, u.start()) else read_law_name(marked or masked, u)
    if word in codes.CHARTER_TYPE_WORDS:
        return read_charter(masked, u)
    if word == "nghị quyết":
        for pattern in (CONGRESS, PLENUM, PLENUM_OF_COMMITTEE):
            m = pattern.match(masked, u.start())
            if m:
                return _congress(m, header) if pattern is CONGRESS else _plenum(m, header)
    if not VERB_BEFORE.search(masked, max(0, u.start() - 24), u.start()) and not (
        word in codes.NAMED_PLAN_TYPE_WORDS and continues_opened_list(masked, u.start())
    ):
        return None
    if word == _RULES_WORD and not GROUND_BEFORE.search(masked, max(0, u.start() - 12), u.start()):
        return None  # "… thực hiện theo Quy chế làm việc của UBND" in a quoted rule: each council's own rules
    if word in codes.NAMED_PLAN_TYPE_WORDS:
        m = NAMED_PLAN.match(masked, u.start())
        if m:
            return _named_plan(masked, m, header)
        m = OWNED_PLAN.match(masked, u.start())
        if m and (
            OWNED_PLAN_OPENING.search(masked, max(0, u.start() - 24), u.start()) or continues_opened_list(masked, u.start())
        ):
            return _owned_plan(masked, m)
    if word in codes.NAMED_PROJECT_TYPE_WORDS:
        return _named_project(masked, u)
    return None


def _plenum(m: re.Match, header: Header) -> Mention:
    return Mention(
        start=m.start(), end=m.end(), kind=UNNUMBERED, doc_type=codes.TYPE_WORDS["nghị quyết"],
        name=m.group(0), issuer=canonical_org("Ban Chấp hành Trung ương", header), key=_plenum_key(m),
    )


# The start of a plenum's key ("plenum 10 xiii"), which tells plenums of one committee apart.
PLENUM_KEY = "plenum "


def _plenum_key(m: re.Match) -> str:
    return f"{PLENUM_KEY}{plenum_number(m['plenum']) or m['plenum']} {m['term']}".lower()


def plenum_key(surface: str) -> str | None:
    """The key of the plenum a citation's surface names ("plenum 10 xiii" for "Nghị quyết Hội nghị lần thứ mười Ban
    Chấp hành Trung ương Đảng khóa XIII"), None when it names none."""
    for pattern in (PLENUM, PLENUM_OF_COMMITTEE):
        m = pattern.match(surface)
        if m:
            return _plenum_key(m)
    return None
