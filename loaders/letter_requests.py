"""Letter requests: the tasks of a letter (Công văn) whose body has no numbered items, one per sentence that asks a
named body to do something: "Đề nghị Thuế tỉnh Lào Cai phối hợp với các cơ quan liên quan rà soát hồ sơ thuê đất …"
(CV 5665/CT-CS of Cục Thuế), "Căn cứ quy định nêu trên và thực tế hồ sơ, đề nghị Thuế thành phố Hà Nội trao đổi cụ thể
với Cục Thi hành án dân sự …" (CV 5529/CT-CS). The doer is the request's object; the sections are numbered in order.

Not a request: one the letter only reports ("Bộ Nội vụ đã có Văn bản số 8091/BNV-TCBC … đề nghị các Bộ, ngành …": the
directive follows no sentence start and no comma), one inside a quotation, and the closing formula ("Đề nghị bộ, ngành,
địa phương quan tâm thực hiện./.", the outline's closing, not read here), a referral for guidance (REFERRAL). A request
whose object is no named body ("đề nghị bộ, ngành, địa phương khẩn trương …", lower case) gives no task.
"""

from __future__ import annotations

import re

from vanban.loaders.deadlines import find_deadline
from vanban.loaders.letters import UPPER_LETTERS
from vanban.loaders.parties import assignees, name_at
from vanban.loaders.records import Task
from vanban.loaders.sections import Outline
from vanban.loaders.text import Text

# The addressee line that opens a letter's body: "**Kính gửi:** Thuế tỉnh Lào Cai.".
ADDRESSEE_MARK = "Kính gửi"
# The directive that opens a request, its object the doer: "Đề nghị Thuế tỉnh …", "yêu cầu các đơn vị …", "Giao Sở …"
# (not "đề nghị của", "đề nghị số", "đề nghị tại": a proposal named, no request).
REQUEST = re.compile(r"(?<![\wđ])(?:[Đđ]ề\s+nghị|[Yy]êu\s+cầu|[Gg]iao)\s+(?!(?:của|số|tại|về|như|này|đó)(?![\wđ]))")
# Words a request has in lower case, one of which the part of the body read must hold: a quick test before the regex.
_REQUEST_WORDS = ("ề nghị", "êu cầu", "iao ")
# A sentence's end: a full stop before a capital, or the body's end ("… rà soát hồ sơ thuê đất. Trường hợp …").
SENTENCE_END = re.compile(rf"[.!?](?=[\s*_]+[{UPPER_LETTERS}\"“]|[\s*_]*$)")
# What may come between a sentence's start and its request: nothing, or a clause that ends with a comma and reports no
# act done ("Căn cứ quy định nêu trên và thực tế hồ sơ, đề nghị …"; not "…, Bộ đã có Văn bản số … đề nghị …").
DONE_WORD = re.compile(r"(?<![\wđ])(?:đã|đang)(?![\wđ])")
# A request that only sends the addressee elsewhere for guidance, advice and no task: "đề nghị Công ty liên hệ với Bộ Khoa
# học và Công nghệ, Bộ Công Thương để được hướng dẫn theo thẩm quyền" (CV 39209/CHQ-GSQL of Cục Hải quan), "đề nghị Hội
# đồng Kinh doanh Hoa kỳ - ASEAN liên hệ với Bộ Khoa học và Công nghệ … để được hướng dẫn".
REFERRAL = re.compile(r"liên\s+hệ\s.{0,200}?để\s+được\s+(?:hướng\s+dẫn|giải\s+đáp|trả\s+lời|giải\s+quyết)")
# How many characters of a request make its text at most (a letter's sentence may run on through its enumerations).
_REQUEST_CHARS = 1500
# How many words of a request make its text_start.
_START_WORDS = 15


def letter_requests(text: Text, doc: Outline) -> list[Task]:
    """The tasks of a letter without numbered items: its body's requests to named bodies (module doc), or the
    instructions it conveys (``_conveyed``)."""
    flat = text.flat
    tasks: list[Task] = []
    for part in doc.parts():
        for n in part:
            if n.kind != "preamble":
                continue
            at = flat.find(ADDRESSEE_MARK, n.flat_start, n.flat_end)
            if at < 0:
                continue
            body = flat[at : n.flat_end]
            if "như sau" in body and (lead := CONVEYING_LEAD.search(flat, at, n.flat_end)) is not None and (
                conveyed := _conveyed(text, lead.end(), n.flat_end, len(tasks))
            ):
                tasks.extend(conveyed)
                continue
            if not any(w in body for w in _REQUEST_WORDS):
                continue
            for m in REQUEST.finditer(flat, at + len(ADDRESSEE_MARK), n.flat_end):
                start = _sentence_start(flat, at, m.start())
                before = flat[start : m.start()].strip(" *_")
                if before and (not before.endswith(",") or DONE_WORD.search(before) is not None):
                    continue
                if flat.count("“", at, m.start()) > flat.count("”", at, m.start()):
                    continue  # inside a quotation of the rules the letter cites
                end_m = SENTENCE_END.search(flat, m.end(), min(n.flat_end, m.end() + _REQUEST_CHARS))
                end = end_m.end() if end_m else min(n.flat_end, m.end() + _REQUEST_CHARS)
                if "liên hệ" in flat[m.end() : end] and REFERRAL.search(flat, m.end(), end) is not None:
                    continue
                names = assignees(flat[m.start() : end], True)
                if names:
                    tasks.append(_task(text, m.start(), end, names, len(tasks) + 1))
    return tasks


# The lead of the instructions a letter conveys, each sentence after it a directive to the body it opens with (as a
# notice's conclusions are): "Xét Tờ trình số 226/TTr-BKHCN …, Phó Thủ tướng Chính phủ Nguyễn Chí Dũng có ý kiến như sau:"
# / "Bộ Khoa học và Công nghệ chủ trì, phối hợp với … rà soát …; báo cáo Thủ tướng Chính phủ trong quý I năm 2026." (CV
# 11299/VPCP-KGVX), "… có ý kiến chỉ đạo như sau:" (CV of Văn phòng Chính phủ, realdocs 1a814c71).
# (A leader's: "Cục Thuế có ý kiến như sau:" opens an answer, its sentences the rules it cites.)
CONVEYING_LEAD = re.compile(
    r"(?:Thủ\s+tướng|Bộ\s+trưởng|Chủ\s+tịch)[^.:;]{0,80}?\s(?:có\s+ý\s+kiến(?:\s+chỉ\s+đạo)?|chỉ\s+đạo)\s+như\s+sau\s*:"
)
# An opening clause before a directive's subject: "Trên cơ sở Báo cáo số 1052/BC-CP … của Văn phòng Quốc hội, Bộ Xây dựng
# làm việc với …" (realdocs 91035abb).
OPENING_CLAUSE = re.compile(r"(?:Trên\s+cơ\s+sở|Căn\s+cứ|Để|Theo|Về|Đối\s+với|Sau\s+khi|Trong)\s[^.;:]{0,300}?,\s+")


def _conveyed(text: Text, lo: int, hi: int, done: int) -> list[Task]:
    """The directives after a conveying lead (CONVEYING_LEAD): one task per sentence that opens with a named body, an
    opening clause before it allowed; its doers that body or the bodies a colon lists ("Ủy ban nhân dân các tỉnh: Ninh
    Bình, Bắc Ninh, Phú Thọ, Tuyên Quang đẩy nhanh các thủ tục …", realdocs 2c71d790)."""
    flat = text.flat
    tasks: list[Task] = []
    at = lo
    while at < hi:
        end_m = SENTENCE_END.search(flat, at, hi)
        end = end_m.end() if end_m else hi
        start = at + len(flat[at:end]) - len(flat[at:end].lstrip(" *_"))
        subject = start
        if (opening := OPENING_CLAUSE.match(flat, start, end)) is not None:
            subject = opening.end()
        if name_at(flat, subject, end) is not None:
            names = assignees(flat[subject:end], True, first_clause=True)
            if names:
                tasks.append(_task(text, start, end, names, done + len(tasks) + 1))
        at = end
    return tasks


def _task(text: Text, start: int, end: int, names: list[str], number: int) -> Task:
    """The task of a request or a directive in flat[start:end], numbered ``number``."""
    words = text.flat[start:end].strip(" *_")
    dl = find_deadline(text.flat, start, end)
    o_start, o_end = text.original_span(start, end)
    return Task(
        section=str(number),
        text_start=" ".join(words.split()[:_START_WORDS]),
        text=words,
        assigned_to=names,
        deadline=dl.iso if dl else None,
        start=o_start,
        end=o_end,
    )


def _sentence_start(flat: str, lo: int, at: int) -> int:
    """Where the sentence holding ``at`` starts: after the last full stop, colon or line of the addressee before it."""
    cut = max(flat.rfind(". ", lo, at), flat.rfind(": ", lo, at), flat.rfind(".* ", lo, at))
    return cut + 2 if cut >= 0 else lo
