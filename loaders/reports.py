"""Reporting duties: who reports to whom, by when, how often.

Each explicit "báo cáo" / "gửi báo cáo" duty in the body (headings, items, closing — not the
preamble, not Nơi nhận) is one Report. ``from`` is the body whose report it is: written as
"báo cáo … của X", the body that receives and compiles ("gửi về X … để tổng hợp báo cáo Y"),
the subject of the clause or item, or else the units the plan addresses. A staff unit that
only compiles (tham mưu / tổng hợp / làm đầu mối) its parent's report is not the sender: the
issuer is. ``to`` is the addressee ("gửi về Sở Y tế", "báo cáo UBND tỉnh"), None when none is
stated. A deadline without a year goes to ``recurrence``. One duty said twice (once without
a date, once with) is one entry.
"""

from __future__ import annotations

import re

from vanban.loaders.alternation import by_first_letter_ignorecase
from vanban.loaders.deadlines import find_deadline, find_period
from vanban.loaders.names import canonical_org
from vanban.loaders.parties import doers, head_at, name_at, split_names
from vanban.loaders.records import Header, Report
from vanban.loaders.sections import Node, Outline, outline
from vanban.loaders.text import Text

# A reporting verb: "Báo cáo kết quả…", "tổng hợp báo cáo UBND tỉnh", "gửi báo cáo về…".
REPORT_WORD = re.compile(r"[Bb]áo\s+cáo(?![\wđ])")
# REPORT_WORD in its two spellings, for scanning whole bodies: a pattern that opens with a
# literal word is found by the regex engine four times faster than one that opens with [Bb].
_REPORT_WORD_SPELLINGS = (re.compile(r"báo\s+cáo(?![\wđ])"), re.compile(r"Báo\s+cáo(?![\wđ])"))
# "báo cáo" as part of a noun, not a duty: "Đề cương báo cáo", "chế độ báo cáo", "Báo cáo số 12/BC-…",
# "báo cáo viên", "theo báo cáo", "Chế độ báo cáo gồm báo cáo định kỳ, báo cáo tổng hợp…",
# "Thực hiện chế độ thông tin, báo cáo theo định kỳ của Chương trình MTQG".
NOT_DUTY_BEFORE_WORDS: tuple[str, ...] = (
    "đề cương", "mẫu", "biểu", "chế độ", "thời gian", "thời hạn", "hệ thống", "nội dung", "theo", "tại", "các",
    "thông tin", "kỳ", "hình thức", "gồm", "chế độ thông tin,",
)
# Grouped under their first letter (same matches, faster search).
NOT_DUTY_BEFORE = re.compile(rf"(?:{by_first_letter_ignorecase(NOT_DUTY_BEFORE_WORDS)})[\s*_]*$", re.IGNORECASE)
# "kỳ báo cáo" (a reporting period) is a noun, but "Định kỳ báo cáo UBND tỉnh (qua Sở Tư pháp)…" and
# "tham mưu sơ kết, tổng kết và định kỳ báo cáo UBND tỉnh" are periodic duties.
PERIODIC_BEFORE = re.compile(r"định\s+kỳ[\s*_]*$", re.IGNORECASE)
# "7.000.000 đồng/1 báo cáo": a unit of count.
NOT_DUTY_COUNT = re.compile(r"(?:/\s*\d*|\d)\s*$")
# "báo cáo viên", "Báo cáo số 12/BC-…", "báo cáo giải trình số 118/BC-UBND ngày 10 tháng 7 năm 2017
# của UBND tỉnh" (a numbered document with its kind in lower case, not a duty).
NOT_DUTY_AFTER = re.compile(
    r"^\s*(?:viên|số\s*\d|tóm tắt số|\d+\s*/|(?:(?!theo\s)[a-zà-ỹđ]+\s+){1,3}số\s*\d+\s*[/-])", re.IGNORECASE
)
# A label that only names the duty: "Thời gian báo cáo kết quả:", "Chế độ báo cáo:".
LABEL_AFTER = re.compile(r"^[^.;:]{0,25}:")
# The addressee after the verb: "báo cáo UBND tỉnh", "báo cáo đơn vị cấp trên", "báo cáo, đề xuất UBND huyện",
# "gửi về Sở Y tế", "về Sở Y tế", "gửi Phòng Nội vụ", "lên Ủy ban nhân dân tỉnh".
TO_DIRECT = re.compile(r"\s*(?:,?\s*(?:đề xuất|kiến nghị|xin ý kiến)\s+)?(?:kết quả\s+)?(?:về\s+|cho\s+|lên\s+|với\s+|đến\s+|tới\s+)?")
TO_LATER = re.compile(r"(?<![\wđ])(?:gửi\s+(?:về\s+|đến\s+|tới\s+|lên\s+|cho\s+)?|về\s+|lên\s+)(?:cho\s+)?")
# "đơn vị cấp trên", "cấp trên", "cơ quan cấp trên" are kept as written.
SUPERIOR = re.compile(r"(?:đơn vị|cơ quan)?\s*cấp\s+trên", re.IGNORECASE)
# "của X" naming whose report it is: "Báo cáo kết quả thực hiện … của các cơ quan, đơn vị trực thuộc gửi về".
OWNER = re.compile(r"(?<![\wđ])của\s+")
# A cited instrument between the verb and "của": "báo cáo theo Hướng dẫn số 12 của Bộ Nội vụ".
CITED_BETWEEN = re.compile(r"\d|Quyết định|Nghị quyết|Nghị định|Thông tư|Chỉ thị|Kế hoạch|[Hh]ướng dẫn|Luật|Điều")
# Compiling words: the body that says them compiles a report for its parent.
COMPILE_WORDS = re.compile(r"tham\s+mưu|tổng\s+hợp|đầu\s+mối|giúp", re.IGNORECASE)
# "gửi về X … để (theo dõi,) tổng hợp báo cáo Y": X compiles and reports onwards.
RECEIVER_THEN = re.compile(r"(?:gửi\s+)?(?:về|đến|cho)\s+(?=\S)")
# How often: "Định kỳ 6 tháng, một năm", "hằng năm", "6 tháng đầu năm", "báo cáo năm".
RECURRENCE = re.compile(
    r"(?:định kỳ\s+)?(?:(?:0?[1-9]|1[0-2]|một|hai|ba|sáu)\s+tháng(?!\s+\d)(?:\s+đầu năm)?(?:\s*(?:,|và)\s*(?:một năm|hằng năm|hàng năm|cả năm|năm))?"
    r"|hằng\s+(?:năm|quý|tháng|tuần)|hàng\s+(?:năm|quý|tháng|tuần)|định kỳ\s+(?:năm|quý|tháng))"
    # "Định kỳ báo cáo UBND tỉnh …": periodic, the period unsaid.
    r"|định kỳ(?![\wđ])",
    re.IGNORECASE,
)
# Words one of which every RECURRENCE match holds (lower case): a quick test before the regex.
_RECURRENCE_WORDS = ("tháng", "hằng", "hàng", "định kỳ")
ANNUAL_REPORT = re.compile(r"^\s*(?:năm|cả năm|tổng kết năm)\b", re.IGNORECASE)
# Where a duty's clause ends: the end of a sentence, a semicolon, or the next "báo cáo".
CLAUSE_END = re.compile(r"[.;](?:\s|$)|\./\.|\(có\s")
# Where a duty's clause starts, looking back from the verb.
CLAUSE_START = re.compile(r"[.;:][\s*_]+|\s[-–+]\s")
_EVIDENCE_BACK = 90
# Runs of whitespace, and a leading zero of a month count: "06 tháng" -> "6 tháng".
_SPACES = re.compile(r"\s+")
_LEADING_ZERO = re.compile(r"(?<!\d)0(\d)")
# A name of a group of bodies: "các đơn vị", "mỗi cơ quan", "từng xã"; "cán bộ các phòng".
GROUP_START = re.compile(r"(?:các|mỗi|từng)\s", re.IGNORECASE)
GROUP_INSIDE = re.compile(r"\scác\s")
# The complement shared by the conjuncts of a phrase: " các đơn vị" in "Thủ trưởng, Chủ tịch công đoàn các đơn vị".
GROUP_TAIL = re.compile(r"\s(các\s.+)$")
# A purpose clause open at the end of a zone: "… gửi về Sở Nội vụ để tổng hợp" (no . or ; after it).
PURPOSE_OPEN = re.compile(r"(?:để|rồi)\s[^.;]*$")


def _report_words(flat: str, lo: int, hi: int) -> list[re.Match]:
    """The REPORT_WORD matches in flat[lo:hi], in order (two spellings never overlap)."""
    found = [m for spelling in _REPORT_WORD_SPELLINGS for m in spelling.finditer(flat, lo, hi)]
    found.sort(key=lambda m: m.start())
    return found


def _norm_period(p: str) -> str:
    s = _SPACES.sub(" ", p.strip().lower()).replace("hàng", "hằng").replace("một năm", "hằng năm")
    return _LEADING_ZERO.sub(r"\1", s)


def _find_recurrence(s: str) -> re.Match | None:
    """RECURRENCE.search(s), skipped when none of its words is there."""
    low = s.lower()
    if not any(w in low for w in _RECURRENCE_WORDS):
        return None
    return RECURRENCE.search(s)


def _recurrence(after: str, before: str, day_month: str | None, period: str | None = None) -> str | None:
    """'báo cáo 6 tháng đầu năm trước ngày 18 tháng 5' -> '6 tháng (trước ngày 18/5)';
    'Định kỳ 6 tháng, một năm báo cáo…' -> 'định kỳ 6 tháng, hằng năm'; 'báo cáo năm…' -> 'hằng năm';
    'trước ngày 15 hằng tháng' -> 'hằng tháng (trước ngày 15)'; a month or quarter without a day
    ('trong tháng 11/2025') is kept as written, after the period when there is one."""
    m = _find_recurrence(after)
    base = _norm_period(m.group(0)) if m else None
    if base is None and ANNUAL_REPORT.match(after):
        base = "hằng năm"
    m = _find_recurrence(before)
    opening = _norm_period(m.group(0)) if m else None
    if base is None:
        base = opening
    elif (
        opening and opening.startswith(_BARE_PERIODIC) and _BARE_PERIODIC not in (base, opening)
        and opening not in base and base not in opening
    ):
        # "Định kỳ 6 tháng, các đơn vị báo cáo … trước ngày 20/12 hằng năm": both periods (a clause
        # opened by "định kỳ"; a period merely said before, "hằng năm tổ chức đánh giá…", is not).
        base = f"{opening}, {base}"
    if base and base.endswith("đầu năm"):
        base = base[: -len(" đầu năm")]
    if day_month:
        return f"{base} (trước ngày {day_month})" if base else f"trước ngày {day_month}"
    if period:
        return f"{base} ({period})" if base else period
    return base


def _only_deadline(flat: str, lo: int, hi: int):
    """The deadline in flat[lo:hi] when there is exactly one: "Trước ngày 15/12 hàng năm tổng hợp,
    báo cáo…" has one; "hàng tháng (*trước ngày 16 hàng tháng*), 6 tháng (*trước ngày 16/6*), tổng
    kết năm (*trước ngày 20/11 hàng năm*) hoặc khi có yêu cầu báo cáo…" lists several, none of
    which is the duty's own."""
    first = find_deadline(flat, lo, hi)
    if first is None or find_deadline(flat, first.flat_end, hi) is not None:
        return None
    return first


# A recurrence that says only "periodic": it does not tell a duty from its twin said again.
_BARE_PERIODIC = "định kỳ"


def _org_after(s: str, i: int, end: int) -> tuple[str, int] | None:
    """An addressee starting at s[i] (before ``end``): a body name or 'đơn vị cấp trên'."""
    m = SUPERIOR.match(s, i)
    if m and m.end() <= end and m.group(0).strip():
        return s[i : m.end()].strip(), m.end()
    if i < len(s) and head_at(s, i):
        got = name_at(s[:end], i)
        if got:
            return got
    return None


class _Duty:
    __slots__ = ("verb", "seg_end", "sender", "to", "deadline", "recurrence", "ev_start", "ev_end", "dated_day")

    def __init__(self, verb: int, seg_end: int):
        self.verb, self.seg_end = verb, seg_end
        self.sender: str | None = None
        self.to: str | None = None
        self.deadline: str | None = None
        self.recurrence: str | None = None
        self.ev_start = verb
        self.ev_end = seg_end
        self.dated_day: str | None = None


def _enclosing_item(doc: Outline, pos: int) -> Node | None:
    """The numbered item (or article/heading) whose span holds a flat offset."""
    best = None
    for part in doc.parts():
        for n in part:
            if n.flat_start <= pos < n.flat_end:
                for c in n.children:
                    if c.kind == "item" and c.flat_start <= pos < c.flat_end:
                        return c
                best = n if n.kind in ("item", "heading", "article") else best
    return best


def _plan_addressees(doc: Outline, flat: str) -> str | None:
    """The units the plan addresses: the doers of the first organisation item naming a group."""
    for part in doc.parts():
        for n in part:
            if n.kind in ("heading", "article") and n.section_kind == "organisation":
                for c in n.children:
                    if c.kind != "item":
                        continue
                    for phrase, _, _ in doers(flat[c.body_start : c.head_end()]):
                        if GROUP_START.match(phrase) or GROUP_INSIDE.search(phrase):
                            return _group(phrase)
    return None


def _group(phrase: str) -> str:
    """'Cấp ủy đảng, Thủ trưởng, Chủ tịch công đoàn các đơn vị' -> 'các đơn vị'; groups stay."""
    names = split_names(phrase)
    if len(names) > 1 and not GROUP_START.match(phrase):
        tail = GROUP_TAIL.search(phrase)
        if tail:
            return tail.group(1)
    return phrase


def _same(a: str | None, b: str | None) -> bool:
    return (a or "").lower() == (b or "").lower()


def _sender_in_clause(flat: str, lo: int, verb: int) -> str | None:
    """The subject of the clause that holds the verb: 'các đơn vị báo cáo về Sở…' -> 'các đơn vị'."""
    found = doers(flat[lo:verb])
    return found[-1][0] if found else None


def find_reports_in(text: Text, header: Header, doc: Outline) -> list[Report]:
    flat = text.flat
    issuer = header.issuer
    addressees: str | None = None
    addressees_read = False
    duties: list[_Duty] = []
    for lo, hi in doc.body_spans():
        verbs = [m for m in _report_words(flat, lo, hi) if m.start() == 0 or not flat[m.start() - 1].isalnum()]
        for idx, m in enumerate(verbs):
            before = flat[max(lo, m.start() - 30) : m.start()]
            after = flat[m.end() : m.end() + 40]
            if NOT_DUTY_BEFORE.search(before) and not PERIODIC_BEFORE.search(before):
                continue
            if NOT_DUTY_COUNT.search(before) or NOT_DUTY_AFTER.match(after):
                continue
            if LABEL_AFTER.match(after) and not REPORT_WORD.search(after):
                continue
            ce = CLAUSE_END.search(flat, m.end(), hi)
            seg_end = ce.start() if ce else hi
            if idx + 1 < len(verbs) and verbs[idx + 1].start() < seg_end:
                nxt = verbs[idx + 1].start()
                # "… và báo cáo năm …": the next duty starts at its own verb (or its "và").
                seg_end = nxt
            d = _Duty(m.start(), seg_end)
            # Clause start, for the evidence and the clause's subject.
            back = max(lo, m.start() - _EVIDENCE_BACK)
            cs = None
            for c in CLAUSE_START.finditer(flat, back, m.start()):
                cs = c.end()
            clause_lo = cs if cs is not None else back
            prev_end = duties[-1].seg_end if duties and duties[-1].seg_end <= m.start() else lo
            # Deadline and recurrence: after the verb, else opening its clause ("Trước ngày 15/12
            # hàng năm tổng hợp, báo cáo…", "Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo…").
            dl = find_deadline(flat, m.end(), seg_end)
            dl_before = None
            if dl is None:
                dl_before = _only_deadline(flat, max(clause_lo, prev_end), m.start())
            period = None if dl or dl_before else find_period(flat, m.end(), seg_end)
            if dl:
                d.deadline = dl.iso
                d.dated_day = dl.day_month
                d.ev_end = dl.flat_end
            elif period:
                d.ev_end = period.flat_end
            else:
                d.ev_end = seg_end
            if dl_before:
                d.deadline = dl_before.iso
                d.dated_day = dl_before.day_month
            if (dl or period) and flat[d.ev_end : d.ev_end + 2] == "**":
                d.ev_end += 2
            dated = dl or dl_before
            d.recurrence = _recurrence(
                flat[m.end() : seg_end], flat[max(clause_lo, prev_end) : m.start()],
                dated.day_month if dated else None, period.text if period else None,
            )
            # Addressee: right after the verb, else "gửi về X"/"về X" later in the clause.
            td = TO_DIRECT.match(flat, m.end())
            got = _org_after(flat, td.end(), seg_end) if td else None
            if not got:
                for tm in TO_LATER.finditer(flat, m.end(), seg_end):
                    got = _org_after(flat, tm.end(), seg_end)
                    if got:
                        break
            if got:
                d.to = got[0]
            # Sender: "… của X" after the verb, before the addressee.
            own = OWNER.search(flat, m.end(), min(seg_end, m.end() + 80))
            if own and not CITED_BETWEEN.search(flat, m.end(), own.start()):
                o = _org_after(flat, own.end(), seg_end)
                if o:
                    d.sender = o[0]
            compiling = False
            if d.sender is None:
                # "gửi về X … để tổng hợp báo cáo Y" / "phản ánh về X để … tổng hợp báo cáo Y".
                zone = flat[max(lo, m.start() - 160) : m.start()]
                z0 = max(lo, m.start() - 160)
                if PURPOSE_OPEN.search(zone) and COMPILE_WORDS.search(zone[-60:] + " "):
                    for rm in RECEIVER_THEN.finditer(flat, z0, m.start()):
                        o = _org_after(flat, rm.end(), m.start())
                        if o:
                            d.sender = o[0]
                    if d.sender is not None:
                        compiling = False
                if d.sender is None:
                    d.sender = _sender_in_clause(flat, clause_lo, m.start())
                    item = _enclosing_item(doc, m.start())
                    if d.sender is None and item is not None and item.kind == "item":
                        ds = doers(flat[item.body_start : min(item.head_end(), m.start())])
                        if ds:
                            d.sender = _group(ds[0][0])
                    head_zone = flat[clause_lo : m.start()]
                    if item is not None and item.kind == "item":
                        head_zone = flat[item.body_start : m.start()]
                    compiling = bool(COMPILE_WORDS.search(head_zone[-120:]))
                    if d.sender is None and not compiling:
                        if not addressees_read:
                            addressees, addressees_read = _plan_addressees(doc, flat), True
                        d.sender = addressees
            to_name = canonical_org(d.to, header) if d.to else None
            if d.to and SUPERIOR.fullmatch(d.to.strip()):
                to_name = d.to.strip()[:1].upper() + d.to.strip()[1:]
            if compiling and issuer and not _same(to_name, issuer):
                d.sender = issuer
            elif compiling and d.sender is None:
                d.sender = issuer
            d.to = to_name[:1].upper() + to_name[1:] if to_name else None
            d.sender = canonical_org(d.sender, header) if d.sender else None
            if d.sender:
                d.sender = d.sender[:1].upper() + d.sender[1:]
            # Evidence: from the clause start (within the clause) to the deadline.
            d.ev_start = clause_lo if m.start() - clause_lo <= 40 else m.start()
            if dl_before and dl_before.flat_start < d.ev_start:
                d.ev_start = clause_lo if dl_before.flat_start - clause_lo <= 40 else dl_before.flat_start
            duties.append(d)
    # "… báo cáo 6 tháng … và báo cáo năm … về Sở Y tế": share the addressee within a clause.
    for a, b in zip(duties, duties[1:]):
        if a.to is None and b.to is not None and b.verb - a.seg_end <= 5:
            a.to = b.to
    return [_report(text, d) for d in _merge(duties)]


def _merge(duties: list[_Duty]) -> list[_Duty]:
    """One duty said twice is one entry: an undated duty without recurrence joins its dated twin."""
    out: list[_Duty] = []
    for d in duties:
        twin = next((o for o in out if _same(o.sender, d.sender) and _same(o.to, d.to)), None)
        if twin is None:
            out.append(d)
            continue
        if d.deadline is None and d.recurrence in (None, _BARE_PERIODIC):
            continue
        if twin.deadline is None and twin.recurrence in (None, _BARE_PERIODIC):
            out[out.index(twin)] = d
            continue
        out.append(d)
    return out


def _report(text: Text, d: _Duty) -> Report:
    start, end = text.original_span(d.ev_start, d.ev_end)
    evidence = text.quote(d.ev_start, d.ev_end).strip(" ,")
    return Report.model_validate(
        {
            "from": d.sender,
            "to": d.to,
            "deadline": d.deadline,
            "recurrence": d.recurrence,
            "evidence": evidence,
            "start": start,
            "end": end,
        }
    )


def find_reports(text: Text, header: Header, doc: Outline | None = None) -> list[Report]:
    """Each explicit reporting duty of the document (see the module doc).
    ``doc`` is the document's outline when the caller has read it already."""
    return find_reports_in(text, header, doc if doc is not None else outline(text))
