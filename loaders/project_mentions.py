"""Projects known by a short name ("(Đề án 06)") and its later uses, and named projects dropped when the
Quyết định cited for them approves them ("phê duyệt Chiến lược …").
"""

from __future__ import annotations

import re

from vanban.loaders import codes
from vanban.loaders.back_references import NOT_AFTER_BARE_NUMBER
from vanban.loaders.citation_groups import name_key
from vanban.loaders.citation_mentions import SHORT, UNNUMBERED, Mention
from vanban.loaders.citation_symbols import type_name
from vanban.loaders.names import is_word_char


# A project's short name, defined in parentheses after its full name: "(Đề án 06)", "(sau đây gọi tắt là
# Đề án 06)" in "Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển
# đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 (Đề án 06)". Matched from its literal
# "Đề án"; the parenthesis before it is PROJECT_ALIAS_OPEN.
PROJECT_ALIAS = re.compile(r"Đề án (?P<num>\d{1,3})\s*\)")
PROJECT_ALIAS_OPEN = re.compile(r"\(\s*(?:(?:sau\s+đây\s+)?(?:gọi|viết)\s+tắt\s+(?:là\s+)?)?\Z")
# The short name used alone later: "Đề án 06" (not "Đề án 06/ĐA-TU", nor "Đề án 066").
_PROJECT_SHORT = "Đề án "
# How far before the parenthesis the full name may start, and the most that may lie between a Quyết
# định and the project it approves ("… của Thủ tướng Chính phủ phê duyệt ").
_PROJECT_NAME_MAX = 400
_APPROVING_GAP_MAX = 160


def project_aliases(masked: str, kept: list[Mention]) -> list[Mention]:
    """A project defined with its short name, and the short name's later uses as its mentions. The full
    name is the one that opens with the last "Đề án" before the parenthesis, in one sentence; when the
    Quyết định of that number that approves it is cited just before ("Quyết định số 06/QĐ-TTg ngày
    06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án … (Đề án 06)"), the project is that instrument
    (the gold's rule for what a Quyết định promulgates) and its short name adds mentions to it. Kept
    readings of the full name are replaced (``kept`` is changed)."""
    if masked.find("(") < 0 or masked.find(_PROJECT_SHORT) < 0:
        return []
    out: list[Mention] = []
    for a in PROJECT_ALIAS.finditer(masked):
        opening = PROJECT_ALIAS_OPEN.search(masked, max(0, a.start() - 30), a.start())
        if opening is None:
            continue
        paren = opening.start()
        lo = max(0, paren - _PROJECT_NAME_MAX)
        d = masked.rfind(_PROJECT_SHORT, lo, paren)
        name = masked[d:paren].rstrip(" ,") if d >= 0 else ""
        # One sentence, a name (not "Đề án 06, lớp học Chuyển đổi số (Đề án 06)": the short name again),
        # four words at least.
        if not name or any(ch in name for ch in ";()") or ". " in name or len(name.split()) < 4:
            continue
        if not name[len(_PROJECT_SHORT) :][:1].isalpha():
            continue
        num = a["num"]
        approving = next(
            (
                q
                for q in reversed(kept)
                if q.end <= d
                and q.number
                and q.doc_type == codes.TYPE_WORDS["quyết định"]
                and q.number.lstrip("0") == num.lstrip("0")
                and d - q.end <= _APPROVING_GAP_MAX
                and not any(q.end <= k.start < d for k in kept)
            ),
            None,
        )
        if approving is not None:
            doc_type, number = approving.doc_type, approving.number
        else:
            doc_type, number = codes.TYPE_WORDS["đề án"], num
            kept[:] = [k for k in kept if not (k.kind == UNNUMBERED and d <= k.start < paren)]
            project = Mention(start=d, end=d + len(name), kind=UNNUMBERED, doc_type=doc_type, name=name, alias=num)
            project.notes.append(f"known as 'Đề án {num}'")
            out.append(project)
        needle = _PROJECT_SHORT + num
        i = masked.find(needle)
        while i >= 0:
            e = i + len(needle)
            after = masked[e : e + 1]
            if not (i and is_word_char(masked[i - 1])) and not (after and (is_word_char(after) or after in NOT_AFTER_BARE_NUMBER)):
                if not any(k.start <= i < k.end for k in kept):
                    out.append(Mention(start=i, end=e, kind=SHORT, doc_type=doc_type, number=number))
            i = masked.find(needle, e)
    return out


# What a Quyết định or Nghị quyết says of the project it promulgates, at the start of its subject:
# "phê duyệt Chiến lược quốc gia phát triển ngành Dược …", "về việc ban hành Đề án …".
APPROVING_SUBJECT = re.compile(r"(?i:(?:về\s+)?(?:việc\s+)?(?:phê\s+duyệt|ban\s+hành))\s")
_APPROVING_TYPES = frozenset({codes.TYPE_WORDS["quyết định"], codes.TYPE_WORDS["nghị quyết"]})
_PROJECT_TYPES = frozenset(type_name(w) for w in codes.NAMED_PROJECT_TYPE_WORDS)


# What a Quyết định's subject written straight after its issuer (no "về") says it approves, up to the end
# of its clause: "phê duyệt Đề án phát triển giáo dục mầm non giai đoạn 2018-2025" in "Quyết định số
# 1677/QĐ-TTg ngày 03/12/2018 của Thủ tướng Chính phủ phê duyệt Đề án phát triển giáo dục mầm non giai
# đoạn 2018-2025;" (a Hà Nội school's plan).
# Also "ban hành", and "(về) việc" before either: "Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính
# phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030" (a Bạc Liêu plan), "… của Chính
# phủ việc ban hành Chiến lược …" (a Tây Ninh decision).
# Its name may be quoted: "phê duyệt Đề án “Trồng 1 tỷ cây xanh giai đoạn 2021-2025”" (the quotes are dropped
# from the key, QUOTES).
APPROVED_AFTER_ISSUER = re.compile(
    r"[ ,]{0,3}(?i:(?:về\s+)?(?:việc\s+)?(?:phê\s+duyệt|ban\s+hành))\s+(?P<approved>[^;:.()]{4,300})"
)
QUOTES = re.compile(r"[“”\"]")
# The last words of those verbs, found by ``str.find`` just after the issuer before the pattern is tried.
_APPROVING_VERB_ENDS = ("duyệt", "hành")


def _approved(masked: str, q: Mention) -> str | None:
    """What the approving instrument ``q`` approves, as ``name_key`` keys it: its subject after
    APPROVING_SUBJECT, else the words after "phê duyệt" written straight after its issuer."""
    if q.title and (a := APPROVING_SUBJECT.match(q.title)):
        return name_key(q.title[a.end() :])
    if q.subject_at and any(masked.find(w, q.subject_at, q.subject_at + 24) >= 0 for w in _APPROVING_VERB_ENDS):
        a = APPROVED_AFTER_ISSUER.match(masked, q.subject_at)
        if a:
            return name_key(QUOTES.sub("", a["approved"]))
    return None


# A project named with the body it is known by after its name: "Đề án trồng 1 tỷ cây xanh" + " của Chính phủ" in "Kế
# hoạch thực hiện Đề án trồng 1 tỷ cây xanh của Chính phủ" (a province's plan), whose decision "Quyết định số
# 524/QĐ-TTg … của Thủ tướng Chính phủ phê duyệt Đề án “Trồng 1 tỷ cây xanh giai đoạn 2021-2025”" names it without
# that body and with its period (keys, lower case).
OWNED_NAME = re.compile(r"^(?P<core>.+?) của (?P<owner>[^,;]+)$")
# The fewest words of such a name without its body.
_OWNED_CORE_WORDS = 4


def _approves(approved: str, q: Mention, name: str) -> bool:
    """Whether a decision ``q`` whose subject approves ``approved`` (a key) approves the project named ``name`` (a
    key): the subject opens with the name, or with the name less "của <body>" where that body is the decision's own
    issuer or the end of its name ("Chính phủ" for "Thủ tướng Chính phủ"), whole words, four at least."""
    if approved.startswith(name):
        return True
    m = OWNED_NAME.match(name)
    if m is None or len(m["core"].split()) < _OWNED_CORE_WORDS or not q.issuer:
        return False
    issuer = q.issuer.lower()
    if issuer != m["owner"] and not issuer.endswith(" " + m["owner"]):
        return False
    return approved == m["core"] or approved.startswith(m["core"] + " ")


def drop_approved_projects(masked: str, kept: list[Mention]) -> None:
    """Drop the named projects that a cited Quyết định approves, read again as its own instrument
    (the gold's rule): "Chiến lược Quốc gia phát triển ngành Dược …" in "Kế hoạch triển khai Chiến lược
    …" when "Quyết định số 1165/QĐ-TTg … phê duyệt Chiến lược quốc gia phát triển ngành Dược …" is cited
    (``kept`` is changed)."""
    projects = [k for k in kept if k.kind == UNNUMBERED and k.doc_type in _PROJECT_TYPES and k.name and not k.key]
    if not projects:
        return
    approved = [
        (a, q) for q in kept if q.number and q.doc_type in _APPROVING_TYPES and (a := _approved(masked, q)) is not None
    ]
    if approved:
        # The project approved itself, not one a promulgated plan carries out: "ban hành Kế hoạch triển
        # khai Đề án văn hóa công vụ" keeps the Đề án (seed 001).
        drop = {id(k) for k in projects if any(_approves(t, q, name_key(k.name)) for t, q in approved)}
        kept[:] = [k for k in kept if id(k) not in drop]
