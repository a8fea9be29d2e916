"""Issuers named elsewhere than right after the citation: the proposer before it ("Theo đề nghị của … tại
Tờ trình số …"), the body whose direction it carries ("chỉ đạo của … tại"), the body that "ban hành"
it, the body that proposed or forwarded it as its clause's subject ("Sở Tài chính đã … đề nghị tại …"), the
body named with its type before the parentheses that number it ("Tờ trình của … (Tờ trình số …)"), a name
written without "của", the issuer written once after a list, and an issuer written after the subject.
"""

from __future__ import annotations

import re

from vanban.loaders import codes
from vanban.loaders.citation_anchors import chained, ends_with_word, in_plural_list
from vanban.loaders.citation_dates import date_before
from vanban.loaders.citation_issuers import ISSUER_LEAD, canonical_issuer, is_party_name, issuer_phrase, plenum_body
from vanban.loaders.citation_mentions import ITEM, NAMED, NUMBERED, Mention
from vanban.loaders.citation_subjects import SUBJECT_LEAD, tidy_title
from vanban.loaders.citation_symbols import body_code, type_code
from vanban.loaders.implementing_spans import OPENING
from vanban.loaders.letters import LOWER_LETTERS, UPPER_LETTERS
from vanban.loaders.parties import name_at
from vanban.loaders.records import Header


# The proposer named before the instrument that carries the proposal: "Theo đề nghị của Giám đốc Sở Nội
# vụ tại Tờ trình số …", "Xét đề nghị của Sở Y tế tại Công văn số …" (the issuer read from its "của",
# up to " tại " just before the type word).
# Also "đề xuất": "Xét báo cáo, đề xuất của Sở Xây dựng tại Công văn số 15972/SXD-QLN& TTBĐS" (corpus 043).
# A comma may come before "tại": "Xét đề nghị của Giám đốc Sở Y tế, tại Tờ trình số 583/TTr-SYT".
# Also "tham mưu": "trên cơ sở tham mưu của Công an tỉnh tại Công văn số 823/PV11(CS)" (a Khánh Hòa plan).
PROPOSER_BEFORE = re.compile(
    r"(?<!\w)(?i:đề\s+(?:nghị|xuất)|tham\s+mưu)\s+(?P<lead>(?i:c[ủù]a))\s+[^;:.]{3,150}?,?\s+(?i:tại)\s+\Z"
)
# The proposer's role in parentheses between its name and " tại": " (Thường trực Ban Vì sự tiến bộ phụ nữ
# tỉnh)" in "Theo đề nghị của Sở Kế hoạch và Đầu tư (Thường trực Ban Vì sự tiến bộ phụ nữ tỉnh) tại Tờ trình
# số 126/SKHĐT ngày 23/01/2007" (a Ninh Thuận decision).
PROPOSER_ASIDE = re.compile(r" \([^()]{1,100}\)")
# The next proposer of a list that "Xét đề nghị của …" opens, after a ";" or ",": "Xét đề nghị của Giám
# đốc Sở Y tế tại Tờ trình số 957/SYT-KH ngày 15/11/2007; của Giám đốc Sở Kế hoạch và Đầu tư tại Báo cáo
# số 692/BC-SKHĐT" (the opening "đề nghị" looked for before it, no other paragraph's opening between).
# Also after "và": "Xét đề nghị của Trưởng Ban Dân tộc tại Tờ trình số 322/TTr-BDT ngày 09 tháng 7 năm 2013
# và của Giám đốc Sở Nội vụ tại Tờ trình số 2144/TTr-SNV" (a Kon Tum decision).
PROPOSER_CONTINUED = re.compile(r"(?:[;,]|\svà)\s*(?P<lead>(?i:c[ủù]a))\s+[^;:.]{3,150}?,?\s+(?i:tại)\s+\Z")
# A proposer whose instrument is named in parentheses after it: "Ủy ban nhân dân tỉnh Hưng Yên" in "Xét báo cáo và đề
# xuất, kiến nghị của Ủy ban nhân dân tỉnh Hưng Yên (văn bản số 84/BC-UBND ngày 19 tháng 11 năm 2025)" (realdocs
# 2c71d790, a letter of the Văn phòng Chính phủ).
PROPOSER_IN_PARENTHESES = re.compile(
    r"(?<!\w)(?i:đề\s+(?:nghị|xuất)|kiến\s+nghị|tham\s+mưu)\s+(?P<lead>(?i:c[ủù]a))\s+[^;:.()]{3,150}?\s*\(\s*\Z"
)
_PARENTHESIS_BEFORE = re.compile(r"\s*\(\s*\Z")
# The next proposer of such a list named without "của": "và Giám đốc Sở Nội vụ tại " before "Tờ trình số
# 6408/TTr-SNV" in "Theo đề nghị của Giám đốc Sở Du lịch tại Tờ trình số 68/TTr-SDL ngày 24 tháng 10 năm 2025 và Giám
# đốc Sở Nội vụ tại Tờ trình số 6408/TTr-SNV" (realdocs b5d97328); its name opens with a head's title or a body's kind.
PROPOSER_BARE_CONTINUED = re.compile(
    r"(?:[;,]|\svà)\s+(?P<name>(?:Giám\s+đốc|Chủ\s+tịch|Trưởng|Thủ\s+trưởng|Chánh|Sở|Ban|Ủy\s+ban|Uỷ\s+ban|Bộ|Cục|Công\s+an)"
    r"\s[^;:.()]{2,120}?),?\s+(?i:tại)\s+\Z"
)
PROPOSAL_WORDS = re.compile(r"(?<!\w)(?i:đề\s+(?:nghị|xuất)|tham\s+mưu)\s+(?i:c[ủù]a)\s")
# How far before the next proposer its list's "đề nghị của" may be.
_PROPOSAL_LIST_MAX = 400
# The body whose direction the instrument carries, named before it: "Bộ Chính trị" in "Bám sát quan điểm
# chỉ đạo của Bộ Chính trị tại Kết luận số 132- KL/TW" (corpus 032), "Ủy ban nhân dân tỉnh" in "theo ý kiến
# chỉ đạo của Ủy ban nhân dân tỉnh tại Chương trình hành động số 01/CTr-UBND" (corpus 022).
# Also a guidance, a request or an opinion so named: "Sở Y tế" in "Thực hiện hướng dẫn của Sở Y tế tại Công văn số
# 1234/SYT-NVY", "Ủy ban nhân dân tỉnh" in "Theo yêu cầu của Ủy ban nhân dân tỉnh tại Công văn số 77/UBND-VX".
# Also an opinion with its kind: "Sở Tư pháp" in "ý kiến thẩm định của Sở Tư pháp tại Báo cáo số 3140/BC-STP" (realdocs
# d5e470b7), "ý kiến thống nhất của …" (one or two lower-case words between); not from an aside in parentheses before
# it ("(sau khi tổng hợp ý kiến của các sở, ngành, địa phương liên quan) và …").
DIRECTION_BEFORE = re.compile(
    rf"(?<!\w)(?i:chỉ\s+đạo|hướng\s+dẫn|yêu\s+cầu|ý\s+kiến(?:\s+[{LOWER_LETTERS}]+){{0,2}})\s+(?P<lead>(?i:c[ủù]a))\s+[^;:.()]{{3,150}}?\s+"
    r"(?i:tại)\s+\Z"
)
# Symbols of instruments that carry another's direction without being its own: a notice ("Thông báo số
# 246/TB-VPCP … kết luận của Thủ tướng") and an office's letter ("chỉ đạo của Chủ tịch UBND tỉnh tại Văn
# bản số 456/VP-KT", the Văn phòng's): their issuer is not the body whose direction they carry.
_CARRIER_TYPE_CODES = frozenset({"TB"})
_OFFICE_CODE_PREFIX = "VP"
# What may lie between the proposer's name and the instrument: " tại ".
_AT_BEFORE = re.compile(r"\s*,?\s+(?i:tại)\s+\Z")
# The word "tại" alone, matched at one place: the last word before a citation, which PROPOSER_BEFORE
# needs ("… tại " before "Tờ trình số …"), checked before that pattern is searched (``ends_with_word``).
_AT_WORD = re.compile(r"(?i:tại)")
# The body that enacted the instrument, as the subject of "(đã) ban hành" just before it, from the
# start of its clause: "Chủ tịch Ủy ban nhân dân Thành phố" in "Ngày 28 tháng 10 năm 2025, Chủ tịch Ủy ban
# nhân dân Thành phố đã ban hành Công văn số 3280/UBND-VX" (corpus 042), "Ban Thường vụ Tỉnh uỷ" in "Ngày
# 01/12/2016, Ban Thường vụ Tỉnh uỷ tiếp tục ban hành Công văn số 493 -CV/TU", "UBND tỉnh" in "Thời gian qua,
# UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND", "Bộ trưởng Bộ Y tế ký ban hành Quyết định số …", "Chủ tịch
# UBND tỉnh đã ký Quyết định số …". The name is checked whole by ``parties.name_at``.
ENACTER_BEFORE = re.compile(
    rf"(?:[.;:,(]|\s[-–]\s)\s*(?P<name>[{UPPER_LETTERS}][^.;:,()“”\"]{{1,90}}?)\s+"
    rf"(?:(?:(?:đã|vừa|tiếp\s+tục)\s+)?(?:ký\s+)?ban\s+hành|(?:(?:đã|vừa)\s+)?có|(?:đã|vừa)\s+ký)\s+\Z"
)
# The same body as the subject of "(đã) có" (has sent) just before it: "UBND tỉnh" in "Ngày 24-10, UBND tỉnh có
# văn bản số 4912/UBND-NC về việc …", "Bộ Y tế" in "Ngày 28/4, Bộ Y tế có Công văn số 2598/BYT-DP gửi UBND các
# tỉnh" (news of a letter); its anchor " có " just before the type word.
_HAS_SENT = " có "
# The anchor of the body that has signed it: "Chủ tịch Ủy ban nhân dân tỉnh đã ký Quyết định số 123/QĐ-UBND" (after
# "đã" or "vừa" only: "ký" alone is a signature's word in many other places).
_HAS_SIGNED = " ký "
# A minister's title, read before the ministry's name: "Bộ trưởng " of "Bộ trưởng Bộ Y tế".
_MINISTER = "Bộ trưởng "
# The anchor that gates ENACTER_BEFORE: " ban hành " just before the type word.
_ENACTED = "ban hành"


def shared_issuer(masked: str, c: Mention, after: Mention | None) -> str | None:
    """The issuer text of the list ``c`` belongs to, written once after its last item: the one of
    ``after`` when it follows ``c`` with only ", " or " và " between and both symbols carry the same
    body code ("Chỉ thị số 31-CT/TU ngày 06/6/2023, Kế hoạch số 134-KH/TU ngày 29/12/2023 của Ban
    Thường vụ Tỉnh ủy": both the Ban Thường vụ's; "các Kế hoạch số 12/KH-UBND …, số 15/KH-UBND … của
    UBND huyện"). Items of other bodies are left without one."""
    if after is None or not after.issuer_text or not c.number or not after.number:
        return None
    if c.kind not in (NUMBERED, NAMED, ITEM) or after.kind not in (NUMBERED, NAMED, ITEM):
        return None
    code = body_code(c.symbol)
    if not code or not chained(masked, c, after.start):
        return None
    # Letters a plural head lists share the issuer written after the last, whatever code each opens with ("các công
    # văn số 695/TCHQ-GSQL …, 4032/TCHQ-GSQL … và 1238/GSQL-GQ2 … của Tổng cục Hải quan", ``in_plural_list``).
    if code != body_code(after.symbol) and not in_plural_list(masked, c, after.start):
        return None
    return after.issuer_text


def proposer_issuer(masked: str, c: Mention, before: Mention | None = None) -> str | None:
    """The issuer written before a numbered citation as the body whose proposal it carries:
    "Giám đốc Sở Lao động - Thương binh và Xã hội" in "Theo đề nghị của Giám đốc Sở Lao động - Thương
    binh và Xã hội tại Tờ trình số 3954/TTr-SLĐTBXH"; also for the next item of that list, of the same
    body code: "… của Sở Công Thương tại Tờ trình số 298/TTr-SCT ngày 23/10/2025 và Công văn số
    2679/SCT-QLTM" (corpus 048), also when the first item's body is one whose view it carries (``director_issuer``)."""
    if c.kind not in (NUMBERED, NAMED) or not c.number:
        return None
    lo = max(0, c.start - 170)
    if masked.find("(", max(0, c.start - 3), c.start) >= 0:
        p = PROPOSER_IN_PARENTHESES.search(masked, lo, c.start)
        if p:
            lead = p.start("lead")
            name, end = issuer_phrase(masked, lead - 1 if lead and masked[lead - 1] == " " else lead)
            if name and _PARENTHESIS_BEFORE.match(masked, end, c.start):
                return name
    # PROPOSER_BEFORE ends with " tại " before the citation: searched only where that word is written.
    at = ends_with_word(masked, lo, c.start, _AT_WORD, 3)
    p = PROPOSER_BEFORE.search(masked, lo, c.start) if at else None
    name = _proposer_name(masked, p, c) if p else None
    if name is None and at:
        # The next proposer of a list: "…; của Giám đốc Sở Kế hoạch và Đầu tư tại …", "… và của Giám đốc Sở
        # Nội vụ tại …" (where PROPOSER_BEFORE, from the list's "đề nghị của", reads the first proposer's name).
        p = PROPOSER_CONTINUED.search(masked, lo, c.start)
        opened = p is not None and PROPOSAL_WORDS.search(masked, max(0, p.start() - _PROPOSAL_LIST_MAX), p.start())
        if not opened or OPENING.search(masked, opened.end(), p.start()):
            p = None  # another paragraph ("Căn cứ …") between the list's opening and this proposer
        name = _proposer_name(masked, p, c) if p else None
        if name is None and p is None:
            bare = PROPOSER_BARE_CONTINUED.search(masked, lo, c.start)
            opened = bare is not None and PROPOSAL_WORDS.search(masked, max(0, bare.start() - _PROPOSAL_LIST_MAX), bare.start())
            if opened and not OPENING.search(masked, opened.end(), bare.start()):
                return " ".join(bare["name"].split())
    if name is None and p is None:
        if before is not None and before.number and chained(masked, before, c.start):
            code = body_code(c.symbol)
            if code and code == body_code(before.symbol):
                # Its list's first item's proposer, or the body whose view or direction it carries: "ý kiến của Sở Nội
                # vụ tại Công văn số 2252/SNV-TCBC&TCPCP ngày 07 tháng 10 năm 2025 và Công văn số 2846/SNV- TCBC&TCPCP"
                # (realdocs 1f9faa03).
                return proposer_issuer(masked, before) or director_issuer(masked, before)
            if code:
                # Another code, the initials of the list's proposer: "đề nghị của Ngân hàng Chính sách xã hội tại Tờ
                # trình số 127/TTr - HĐQT ngày 30 tháng 9 năm 2025 và văn bản số 9720/NHCS-KHNV" (realdocs 998822f1).
                first = proposer_issuer(masked, before)
                return first if first and initials_name(first, code) else None
    return name


def initials_name(name: str, code: str) -> bool:
    """Whether a body's code is written with the initials of its name's words: "NHCS" of "Ngân hàng Chính sách xã
    hội", "STC" of "Sở Tài chính" (not "SNV"). Two letters at least."""
    initials = "".join(w[0] for w in name.split() if w[0].isalpha()).upper()
    return len(code) >= 2 and code.upper() in initials


def _proposer_name(masked: str, p: re.Match, c: Mention) -> str | None:
    """The proposer's name that PROPOSER_BEFORE or PROPOSER_CONTINUED (or the giver of a direction,
    DIRECTION_BEFORE) found before ``c``, when it runs up to the " tại " just before it (a role in
    parentheses between: PROPOSER_ASIDE)."""
    lead = p.start("lead")
    name, end = issuer_phrase(masked, lead - 1 if lead and masked[lead - 1] == " " else lead)
    if name and masked.startswith(" (", end):
        aside = PROPOSER_ASIDE.match(masked, end, c.start)
        end = aside.end() if aside else end
    return name if name and _AT_BEFORE.match(masked, end, c.start) else None


# What follows an issuer written without "của": its subject's "về" (" về tuyên truyền …").
UNLED_ISSUER_END = re.compile(r"\s+(?i:về)\s")
# The most characters such a name runs over.
_UNLED_ISSUER_SPAN = 120
UNLED_NOTE = "issuer written without 'của'"
# The word a plenum named as the issuer opens with, and the central Party code of the symbols it goes with.
_PLENUM_WORD = "Hội nghị"
_CENTRAL_PARTY_CODES = frozenset({"TW"})


def issuer_without_lead(masked: str, c: Mention) -> tuple[str, int] | None:
    """The issuer written right after a numbered citation's date without "của", as an OCR or hasty copy
    leaves it, and where it ends: "UBND huyện Gia Lâm" in "Kế hoạch số 45/KH-UBND ngày 12/3/2024 UBND huyện
    Gia Lâm về tuyên truyền …". Read only when a known body's name (``parties.name_at``) is followed by the
    subject's "về" — not "UBND tỉnh ban hành Kế hoạch …", the sentence's own clause — and a Party symbol
    goes with a Party body's name and a state one with a state body's."""
    if body_code(c.symbol) in _CENTRAL_PARTY_CODES and masked.startswith(_PLENUM_WORD, c.end + 1):
        # "Nghị quyết số 27-NQ/TW, ngày 09/11/2022 Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII
        # về …" (a district Party committee's plan): the plenum's Ban Chấp hành.
        plenum = plenum_body(masked, c.end + 1)
        if plenum:
            return plenum
    got = name_at(masked, c.end + 1, min(len(masked), c.end + 1 + _UNLED_ISSUER_SPAN))
    if not got or not UNLED_ISSUER_END.match(masked, got[1]):
        return None
    name = masked[c.end + 1 : got[1]]
    code = body_code(c.symbol)
    if code and (code in codes.PARTY_BODY_CODES) != is_party_name(name):
        return None
    return name, got[1]


def enacter_issuer(masked: str, c: Mention) -> str | None:
    """The body named as the subject of "(đã) ban hành" just before a numbered citation, when the
    whole clause before the verb is its name: "Chủ tịch Ủy ban nhân dân Thành phố" in "…, Chủ tịch
    Ủy ban nhân dân Thành phố đã ban hành Công văn số 3280/UBND-VX" (corpus 042); not "Trong thời
    gian qua" nor "các cơ quan" (no name, or none with a capital)."""
    e = _enacter(masked, c)
    if e is None:
        return None
    name = e["name"]
    # A Party body's symbol needs a Party body's name, and a state body's a state body's: "Tỉnh ủy, UBND
    # tỉnh đã ban hành Chỉ thị số 12-CT/TU" does not make the UBND its issuer; a ministry's code, that ministry:
    # "Sở Y tế ban hành Công văn số 1234/BYT-KCB" (a Sở forwarding it) does not make the Sở its issuer.
    return name if agrees_with_code(name, c.symbol) else None


def _enacter(masked: str, c: Mention) -> re.Match | None:
    """ENACTER_BEFORE matched just before a numbered citation, its name a body's name whole."""
    if c.kind not in (NUMBERED, NAMED) or not c.number:
        return None
    if (
        masked.find(_ENACTED, c.start - 12, c.start) < 0
        and masked.find(_HAS_SENT, c.start - 5, c.start) < 0
        and masked.find(_HAS_SIGNED, c.start - 5, c.start) < 0
    ):
        return None  # the anchors, found before any regex is tried
    e = ENACTER_BEFORE.search(masked, max(0, c.start - 110), c.start)
    if e is None:
        return None
    name = e["name"]
    # A minister's title before the ministry, which ``name_at`` reads as no head: "Bộ trưởng Bộ Y tế".
    skip = len(_MINISTER) if name.startswith(_MINISTER) else 0
    got = name_at(name, skip)
    if not got or got[1] != len(name):
        return None
    return e


# The body that proposed or forwarded the instrument, named as the subject of its clause just before it: "Sở Tài chính"
# in "(Sở Tài chính đã tổng hợp và đề nghị tại Văn bản số 9700/STC-ĐTTĐ ngày 08/8/2025)" (realdocs 88b7667d), "Ủy ban
# Dân nguyện và Giám sát Quốc hội khóa XV" in "kiến nghị của cử tri tỉnh Hà Tĩnh do Ủy ban Dân nguyện và Giám sát Quốc
# hội khóa XV chuyển đến tại Văn bản số 1691/UBDNGS15" (realdocs edfc0349; the issuer without its term). From the start of the clause (or "do",
# the agent of a passive), up to its verb and " tại "; the name is checked whole by ``parties.name_at`` (its term
# "khóa XV" aside).
PROPOSING_SUBJECT = re.compile(
    rf"(?:[.;:,(]|\s[-–]\s|(?<!\w)do)\s*(?P<name>[{UPPER_LETTERS}][^.;:,()“”\"]{{1,100}}?)\s+(?:(?:đã|vừa)\s+)?"
    r"(?:(?:tổng\s+hợp|báo\s+cáo)(?:,|\s+và)\s+)?(?:đề\s+nghị|đề\s+xuất|kiến\s+nghị|chuyển\s+đến)\s+(?i:tại)\s+\Z"
)
# A body's term after its name, which ``name_at`` does not read: " khóa XV".
_NAME_TERM = re.compile(r"\s+(?i:khóa|khoá)\s+[IVXLC]+\Z")


def proposing_subject_issuer(masked: str, c: Mention) -> str | None:
    """The body named as the subject that proposed or forwarded a numbered citation "tại" it (PROPOSING_SUBJECT), when
    its symbol's code agrees (``agrees_with_code``)."""
    if c.kind not in (NUMBERED, NAMED) or not c.number or masked.find(" tại ", c.start - 6, c.start) < 0:
        return None  # the anchor, found before the pattern is tried
    p = PROPOSING_SUBJECT.search(masked, max(0, c.start - 150), c.start)
    if p is None:
        return None
    name = " ".join(p["name"].split())
    term = _NAME_TERM.search(name)
    bare = name[: term.start()] if term else name
    got = name_at(bare, 0)
    if not got or got[1] != len(bare):
        return None
    return bare if agrees_with_code(bare, c.symbol) else None  # without its term, as an issuer after "của" is read


# How far back an instrument named by its type and issuer is looked for before the parentheses that give its number.
_RESTATED_CHARS = 300
# What may not lie between that name and the parentheses: another clause or sentence.
_CLAUSE_MARKS = frozenset(";:.")


def restated_issuer(masked: str, c: Mention) -> str | None:
    """The issuer of an instrument named first by its type and issuer, then numbered in parentheses at the end of its
    clause: "Đảng uỷ Chính phủ" for "Tờ trình số 03-TTr/ĐU" in "xem xét Tờ trình của Đảng uỷ Chính phủ về Đề án tiêu
    chuẩn của đơn vị hành chính, phân loại đơn vị hành chính và phân loại đô thị (Tờ trình số 03-TTr/ĐU, ngày
    17/10/2025), Bộ Chính trị, Ban Bí thư kết luận như sau:" (realdocs 53b3997d, a Party conclusion). The same type
    word, in the same clause, the body agreeing with the symbol's code."""
    if c.kind != NUMBERED or not c.number or masked.find("(", max(0, c.start - 3), c.start) < 0:
        return None
    lo = max(0, c.start - _RESTATED_CHARS)
    word = c.doc_type
    k = max(masked.rfind(f"{word} của ", lo, c.start), masked.rfind(f"{word.lower()} của ", lo, c.start))
    if k < 0:
        return None
    name, end = issuer_phrase(masked, k + len(word))
    between = masked[end : c.start]
    if not name or _CLAUSE_MARKS.intersection(between) or between.count("(") != 1:
        return None
    return name if agrees_with_code(name, c.symbol) else None


def enactment_date(masked: str, c: Mention) -> tuple[str, int] | None:
    """The date written before the clause whose body "ban hành"/"có" a numbered citation, the day it was
    issued: "Ngày 05/3/2024, Bộ Y tế ban hành Công văn số 1234/BYT-KCB về …", "Ngày 28 tháng 10 năm 2025,
    Chủ tịch Ủy ban nhân dân Thành phố đã ban hành Công văn số 3280/UBND-VX" (corpus 042): (ISO date, year).
    Only a date that the enacting body's name alone separates from the verb (not "Ngày 05/3/2024, Sở Y tế
    nhận được Công văn số …", the day it was received)."""
    e = _enacter(masked, c)
    if e is None or masked[e.start()] != ",":
        return None
    return date_before(masked, e.start())


def director_issuer(masked: str, c: Mention) -> str | None:
    """The body named as the one whose direction a numbered citation carries ("chỉ đạo của … tại"), when
    the instrument is that body's own: not a notice (TB) nor an office's letter (VP…)."""
    if c.kind not in (NUMBERED, NAMED) or not c.number or masked.find("tại", max(0, c.start - 8), c.start) < 0:
        return None
    code = body_code(c.symbol) or ""
    if (type_code(c.symbol) in _CARRIER_TYPE_CODES and code not in codes.PARTY_BODY_CODES) or code.startswith(
        _OFFICE_CODE_PREFIX
    ):
        return None  # not "chỉ đạo của Bộ Chính trị tại Thông báo Kết luận số 99- TB/TW" (realdocs a69069ae): its own
    p = DIRECTION_BEFORE.search(masked, max(0, c.start - 170), c.start)
    name = None if p is None else _proposer_name(masked, p, c)
    if name is None and p is not None:
        name = _next_director(masked, c, p.start())
    return name if name and agrees_with_code(name, c.symbol) else None


# The next body of a list of directions that DIRECTION_BEFORE opens, after a comma: ", của Ban Bí thư tại " before
# "văn bản số 213-KL/TW" in "Căn cứ chỉ đạo của Tổng Bí thư Tô Lâm, của Bộ Chính trị tại thông báo số 99-TB/TW ngày
# 21/11/2025, của Ban Bí thư tại văn bản số 213-KL/TW" (realdocs 692e12b0); matched at the last ", của" before it.
DIRECTION_CONTINUED = re.compile(r"[;,]\s*(?P<lead>(?i:c[ủù]a))\s+[^;:.()]{3,150}?\s+(?i:tại)\s+\Z")
_OF_WORD = "của"


def _next_director(masked: str, c: Mention, opened: int) -> str | None:
    """The body named by the last ", của … tại" between a list's direction opening (at ``opened``) and ``c``."""
    k = masked.rfind(_OF_WORD, opened + 1, c.start)
    if k < 0:
        return None
    m = DIRECTION_CONTINUED.search(masked, max(opened, k - 3), c.start)
    return _proposer_name(masked, m, c) if m and m.start("lead") == k else None


def agrees_with_code(name: str, symbol: str | None) -> bool:
    """Whether a body named before a citation may be its issuer by the symbol's body code: a national code's body
    ends the name ("Bộ Y tế" for BYT, "Bộ trưởng Bộ Y tế" too), a local code's is no national body ("Bộ Y tế" is
    not the issuer of "Quyết định số 5/QĐ-UBND"), and a Party code's is a Party body."""
    code = body_code(symbol)
    if not code:
        return True
    if CENTRAL_PARTY_BOARD_CODE.fullmatch(code):
        return name.startswith(_CENTRAL_PARTY_BOARD_HEADS) and _CENTRAL in name
    if (code in codes.PARTY_BODY_CODES) != is_party_name(name):
        return False
    if code in codes.PARTY_BODY_CODES:
        return True  # "Bộ Chính trị" for "KL/TW": the Party's bodies share their codes
    national = codes.BODY_CODES.get(code)
    if national and code not in codes.SHARED_BODY_CODES:
        return name.endswith(national)
    return name not in _NATIONAL_NAMES and not name.startswith(_MINISTRY_HEAD)


# The code of a board or the office of the Party's Central Committee: "BTCTW" in "Văn bản số 9151- CV/BTCTW" of the
# "Ban Tổ chức Trung ương" (realdocs 5d3180ce), "BTGDVTW", "VPTW", "UBKTTW"; its issuer is named with one of the
# heads below and "Trung ương".
CENTRAL_PARTY_BOARD_CODE = re.compile(r"(?:B|VP|UBKT)[A-ZĐ]{1,8}TW")
_CENTRAL_PARTY_BOARD_HEADS = ("Ban ", "Văn phòng Trung ương", "Ủy ban Kiểm tra Trung ương")
_CENTRAL = "Trung ương"
# The national bodies' names, and a ministry's head word, which a local code's instrument is not issued by.
_NATIONAL_NAMES = frozenset(n for n in codes.BODY_CODES.values() if n)
_MINISTRY_HEAD = "Bộ "


# "của" between a subject and its issuer written after it: " của " in "về nhiệm vụ chủ yếu năm học 2017-2018
# của Bộ trưởng Bộ GD&ĐT".
OF_BEFORE_ISSUER = " của "


def issuer_after_subject(masked: str, c: Mention, header: Header) -> None:
    """The issuer written after an unquoted subject rather than before it, when it is the national body its
    symbol's code names: "Chỉ thị số 2699/CT-BGDĐT ngày 08/8/2017 về nhiệm vụ chủ yếu năm học 2017-2018 của
    Bộ trưởng Bộ GD&ĐT (GDĐT), giáo dục trung học tiếp tục …" (a school's plan): the subject ends before "của",
    and the body (its minister's title included) is the issuer. Read only when the subject runs on past that
    name; a "của" naming any other body is the subject's own ("về chức năng, nhiệm vụ của Sở Tư pháp" in a
    UBND's decision)."""
    code = body_code(c.symbol)
    national = codes.BODY_CODES.get(code or "")
    if not national or code in codes.SHARED_BODY_CODES:
        return
    lead = SUBJECT_LEAD.match(masked, c.subject_at)
    if lead is None:
        return
    start = lead.end()
    k = masked.find(OF_BEFORE_ISSUER, start, start + len(c.title) + 40)
    while k >= 0:
        name, end = issuer_phrase(masked, k)
        if name:
            canonical = canonical_issuer(name, header) or ""
            before = tidy_title(masked[start:k])
            # The subject ran on past the issuer ("…, giáo dục trung học tiếp tục …"): one that ends with the
            # body ("về quy chế của Bộ Giáo dục và Đào tạo;") may name it as its own, and is left whole.
            through = tidy_title(masked[start:end]) or ""
            ran_on = len(c.title) > len(through) and c.title.startswith(through)
            if canonical.endswith(national) and before and ran_on and c.title.startswith(before):
                c.title = before
                c.issuer_text = name
                c.notes.append("issuer written after its subject")
                return
        k = masked.find(OF_BEFORE_ISSUER, k + 1, start + len(c.title) + 40)


# What closes a clause right after an issuer's name: "; ", ". ", ":" or the end of the text.
_CLAUSE_CLOSE = re.compile(r"\s*(?:[;:]|\.(?:\s|$)|$)")
# The closing quote marks of a quoted subject.
_CLOSING_QUOTES = ("”", '"')


def issuer_after_quoted_subject(masked: str, c: Mention) -> None:
    """The issuer written after a quoted subject rather than before it: "Công văn số 70/ĐHQGHN-ĐT ngày
    12/01/2021 về việc “Danh sách các cơ sở cấp chứng chỉ Ngoại ngữ …” của Đại học Quốc gia Hà Nội;" (a
    university's notice). Read only when the body's name closes the clause, and the quote closed is the
    subject's own."""
    lead = SUBJECT_LEAD.match(masked, c.subject_at)
    if lead is None or masked[lead.end() : lead.end() + 1] not in ("“", '"'):
        return
    i = lead.end()
    window = i + len(c.title) + 40
    for mark in _CLOSING_QUOTES:
        k = masked.find(mark, i + 1, window)
        while k >= 0 and tidy_title(masked[i + 1 : k]) != c.title:
            k = masked.find(mark, k + 1, window)
        if k < 0 or not ISSUER_LEAD.match(masked, k + 1):
            continue
        name, end = issuer_phrase(masked, k + 1)
        if name and _CLAUSE_CLOSE.match(masked, end):
            c.issuer_text = name
            c.notes.append("issuer written after its quoted subject")
        return
