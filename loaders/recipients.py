"""Recipients from the "Nơi nhận" block, with their purpose.

The block is the left column under "Nơi nhận:"; PDF copies merge it with the signature column
on the same lines ("- Đăng Website BV;        PHÓ GIÁM ĐỐC"), so each line is cut at its column
gap and only the left piece is read. One entry per body: "Đảng ủy, BGĐ Sở Y tế" names two.
External bodies named by level are qualified with the document's province or district; the
issuer's own units keep the text's wording (abbreviations expanded).
"""

from __future__ import annotations

import re

from vanban.loaders.lines import lines_with
from vanban.loaders.names import canonical_org, contains_word, expand_abbreviations, normalize_tones, tidy
from vanban.loaders.records import Header, Purpose, Recipient
from vanban.loaders.text import Text

# Common misspellings in recipient lines -> the written form ("Công thông tin điện tử" lacks a hook).
MISSPELLINGS: dict[str, str] = {
    "Công thông tin điện tử": "Cổng thông tin điện tử",
    "Công TTĐT": "Cổng TTĐT",
    "Công Thông tin điện tử": "Cổng Thông tin điện tử",
}

# Purpose marks -> purpose: "(B/c)", "(để b/c)", "(để báo cáo)", "(t/h)", "(p/h)".
PURPOSE_MARKS: dict[str, Purpose | None] = {
    "b/c": "báo cáo",
    "bc": "báo cáo",
    "báo cáo": "báo cáo",
    "t/h": "thực hiện",
    "thực hiện": "thực hiện",
    "th": "thực hiện",
    "p/h": "phối hợp",
    "phối hợp": "phối hợp",
    "biết": None,
    "b/t": None,
    "chỉ đạo": None,
}

# The heading of the block: "Nơi nhận:", "***Nơi nhận:***", "*Nơi nhận:*".
HEADING = re.compile(r"^[\s*|_]*Nơi\s+nhận\s*[:.]?[\s*_]*", re.IGNORECASE)
# A column gap: "- Đăng Website BV;          PHÓ GIÁM ĐỐC" (r"\s{3,}|\t+", written to open with
# one \s so that the regex engine skips from space to space; see header.COLUMN_GAP).
COLUMN_GAP = re.compile(r"\s(?:\s{2,}|(?<=\t)\t*)")
# Markdown debris: "**", "*", "|".
MARKUP = re.compile(r"\*+|\|")
# A list item: "- UBND tỉnh (B/c);", "+ Lưu VT.", "• Sở Nội vụ".
ITEM = re.compile(r"^[-+•–]\s*")
# A purpose mark in parentheses: "(B/c)", "(để b/c)", "*(để báo cáo)*", "(Báo cáo)".
PURPOSE = re.compile(r"\(\s*(?:để\s+)?(?P<mark>[^()]{1,20}?)\s*\)", re.IGNORECASE)
# An archive line: "Lưu VT, VP.", "Lưu: VT, TCHC.", "Lưu: VT, NV (V-10b)."
ARCHIVE = re.compile(r"^Lưu\b", re.IGNORECASE)
# A posting line: "Đăng Website BV", "Đăng tải trên Cổng thông tin điện tử".
POSTING = re.compile(r"^Đăng(?:\s+tải)?(?:\s+(?:lên|trên))?\s+", re.IGNORECASE)
# A reference to the addressees: "Như trên", "Như Kính gửi", "Như mục 3".
AS_ABOVE = re.compile(r"^Như\s+(?P<what>.*)$", re.IGNORECASE)
# The "Kính gửi:" block: "Kính gửi: Hội đồng nhân dân tỉnh Cà Mau" or a list of "- …" lines.
ADDRESSEES = re.compile(r"^[\s*|]*Kính\s+gửi\s*:?[\s*]*(?P<rest>.*)$", re.IGNORECASE)
# Words that open a body's own name: "BGĐ Sở Y tế" -> owner "Sở Y tế"; "PCT UBND huyện" -> "UBND huyện".
OWNER = re.compile(
    r"(?<![\w/-])(?:Sở|UBND|Ủy ban|Uỷ ban|HĐND|Hội đồng|Tỉnh ủy|Huyện ủy|Thành ủy|Đảng ủy|Bệnh viện|BV|"
    r"Trung tâm|TTYT|Ban|Phòng|Văn phòng|VP|Bộ|Cục|Công an|MTTQ|Ủy ban MTTQ)\b"
)
# A signature line ends the block: "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN", "GIÁM ĐỐC".
SIGNATURE = re.compile(r"^(?:KT|TM|TL|TUQ|Q)\s*\.|^(?:PHÓ\s+)?(?:GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG BAN|BÍ THƯ)\b")

MAX_ITEMS = 40


def _left(line: str) -> str:
    return COLUMN_GAP.split(MARKUP.sub(" ", line).strip())[0].strip()


def _block(text: Text) -> list[str]:
    """The items of the last Nơi nhận block, continuation lines joined."""
    lines = text.lines
    start = None
    for i in lines_with(text, "nhận"):  # from the last line up
        if HEADING.match(MARKUP.sub(" ", lines[i].text)):
            start = i
            break
    if start is None:
        return []
    items: list[str] = []
    first = HEADING.sub("", _left(lines[start].text), count=1).strip()
    if first and not SIGNATURE.match(first):
        items.append(first)
    for ln in lines[start + 1 :]:
        left = _left(ln.text)
        if not left:
            if items and ln.text.strip(" *") == "|":
                break
            continue
        if SIGNATURE.match(left):
            if not items:
                continue
            break
        if ITEM.match(left):
            items.append(ITEM.sub("", left))
        elif items and items[-1] and not items[-1].rstrip().endswith((";", ".")) and left[:1].islower():
            items[-1] += " " + left
        else:
            break
        if len(items) >= MAX_ITEMS:
            break
    return items


def _addressees(text: Text) -> list[str]:
    """The bodies after "Kính gửi:" at the top of a Công văn."""
    lines = text.lines[:80]
    for i, ln in enumerate(lines):
        m = ADDRESSEES.match(ln.text)
        if not m:
            continue
        rest = tidy(MARKUP.sub(" ", m.group("rest")))
        if rest:
            return [rest]
        out = []
        for nxt in lines[i + 1 : i + 30]:
            left = MARKUP.sub(" ", nxt.text).strip()
            if not left:
                continue
            if not ITEM.match(left):
                break
            out.append(tidy(ITEM.sub("", left)))
        return out
    return []


def _purpose(item: str) -> tuple[str, Purpose | None]:
    purpose: Purpose | None = None
    for m in PURPOSE.finditer(item):
        mark = " ".join(m.group("mark").lower().split())
        if mark in PURPOSE_MARKS:
            purpose = PURPOSE_MARKS[mark]
            item = item.replace(m.group(0), " ")
    return item, purpose


def _split(item: str) -> list[str]:
    """'Đảng ủy, BGĐ Sở Y tế' -> ['Đảng ủy Sở Y tế', 'BGĐ Sở Y tế']; 'TT Tỉnh ủy; TT HĐND tỉnh' -> both."""
    out: list[str] = []
    for part in re.split(r";\s*", item):
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        if len(pieces) < 2:
            out.append(part)
            continue
        owned = [OWNER.search(p) for p in pieces]
        last = owned[-1]
        # "Đảng ủy", "Chủ tịch", "BGĐ": a head with no body after it takes the last piece's body.
        heads = all(
            len(p.split()) <= 3 and (o is None or (o.start() == 0 and o.end() == len(p)) or p == "Đảng ủy")
            for p, o in zip(pieces[:-1], owned[:-1])
        )
        if last and last.start() > 0 and heads:
            owner = pieces[-1][last.start() :]
            out.extend(f"{p} {owner}" for p in pieces[:-1])
            out.append(pieces[-1])
        elif all(owned) and all(m.start() == 0 or len(p[: m.start()].split()) <= 3 for p, m in zip(pieces, owned)):
            out.extend(pieces)  # "TT Tỉnh ủy, TT HĐND tỉnh": each names its own body
        else:
            out.append(part)
    return out


def _issuer_base(header: Header) -> str | None:
    """'Sở Y tế tỉnh Hà Giang' -> 'Sở Y tế'; 'Ủy ban nhân dân huyện Đồng Văn' -> '… huyện'."""
    issuer = header.issuer
    if not issuer:
        return None
    for place in (header.district, header.province):
        if place and issuer.endswith(" " + place):
            base = issuer[: -len(place) - 1]
            if base.endswith((" tỉnh", " thành phố")) and not base.startswith(("Ủy ban", "Hội đồng")):
                base = base.rsplit(" ", 2 if base.endswith(" thành phố") else 1)[0]
            return base
    return issuer


def _name(raw: str, header: Header) -> str | None:
    s = tidy(normalize_tones(raw))
    for wrong, right in MISSPELLINGS.items():
        if s.startswith(wrong):
            s = right + s[len(wrong) :]
    if not s:
        return None
    expanded = tidy(expand_abbreviations(s))
    base = _issuer_base(header)
    if base and contains_word(expanded, base):
        return expanded  # the issuer's own unit: the text's wording
    return canonical_org(s, header)


def find_recipients(text: Text, header: Header) -> list[Recipient]:
    """One Recipient per body of the Nơi nhận block."""
    out: list[Recipient] = []
    seen: set[tuple[str, str | None]] = set()

    def add(name: str | None, purpose: Purpose | None) -> None:
        if name and (name, purpose) not in seen:
            seen.add((name, purpose))
            out.append(Recipient(name=name, purpose=purpose))

    for item in _block(text):
        item = tidy(item)
        if not item:
            continue
        if ARCHIVE.match(item):
            add(tidy(item), "lưu")
            continue
        item, purpose = _purpose(item)
        item = tidy(item)
        if POSTING.match(item):
            add(_name(POSTING.sub("", item), header), "đăng tải")
            continue
        if m := AS_ABOVE.match(item):
            what = m.group("what").lower()
            if what.startswith(("trên", "kính gửi")):
                for a in _addressees(text):
                    add(_name(a, header), purpose)
            continue  # "Như mục 3", "Như Điều 3": the bodies are named there
        for part in _split(item):
            add(_name(part, header), purpose)
    return out
