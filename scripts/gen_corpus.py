#!/usr/bin/env python3
"""A synthetic corpus of plans (kế hoạch) in the real format, for scale tests and benchmarks.

Usage: gen_corpus.py OUT_DIR [--documents N] [--seed S]

Writes N plain-text plans (``OUT_DIR/NNNNNN_<symbol>.txt``) and ``OUT_DIR/manifest.jsonl`` (one
line per document: what the generator meant it to say — issuer, number, symbol, date, the plan
it implements, its level — so tests can check the extractor against it, and benchmarks can pick
leaf documents). The same seed gives the same files, byte for byte.

The documents are FICTIONAL. Places are real (provinces, districts and communes from the
``vietnamadminunits`` data, read the way ``vanban.loaders.places`` reads it), so the graph's place
rules can qualify and resolve the bodies; every number, date, person and plan below the central
level is invented. Central instruments: Chỉ thị 33/CT-TTg (26/11/2021) and the Party ones
(25-NQ/TW, 114-KL/TW, 05-CT/TW) are real and cited with their real dates; the other central
directives in ``CENTRAL`` are invented but written in the real format.

The bodies form five levels; every document implements a plan of its parent body:

    Thủ tướng Chính phủ (central directive, cited only)
    └── UBND tỉnh P                                     KH-UBND
        ├── Sở Y tế / Sở Nội vụ / Sở GD&ĐT / Sở VHTTDL  KH-SYT, KH-SNV, KH-SGDĐT, KH-SVHTTDL
        │   ├── Bệnh viện Đa khoa tỉnh P, TTYT huyện D  KH-BVĐK, KH-TTYT   (under Sở Y tế)
        │   │   └── Trạm Y tế xã X                      KH-TYT             (under TTYT huyện D)
        │   └── Trường THPT …                           KH-THPT            (under Sở GD&ĐT)
        └── UBND huyện D                                KH-UBND
            ├── UBND xã X                               KH-UBND
            └── Phòng GD&ĐT huyện D                     KH-PGDĐT
                └── Trường THCS X                       KH-THCS

Numbers are unique per issuer and year, and restart each year (2019-2025). The text copies the
artifacts of converted files (see examples/README.md): a blank line after every line and lines
wrapped at a width (PDF), one paragraph per line (word processor), a symbol broken across lines
("1527-" / "QĐ/TU"), a glued word ("Nghị quyếtsố 25-NQ/TW"), trailing spaces.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from vanban.loaders import places

YEARS = range(2019, 2026)

# Real header forms the extractor does not read as meant yet (kind -> what goes wrong). The
# corpus keeps them (they are real), and tests/test_gen_corpus.py checks them as strict xfails.
KNOWN_GAPS: dict[str, str] = {}
# Avoided in the corpus instead (documented where): a city's general hospital (build_bodies), and
# a plan whose number and symbol equal the cited parent plan's (Numbers.next).
MANIFEST = "manifest.jsonl"


@dataclass(frozen=True)
class Central:
    """A central instrument the provincial plans implement (cited, never generated)."""

    doc_type: str
    number: str
    symbol: str
    date: tuple[int, int, int]  # day, month, year
    issuer: str
    subject: str
    topic: str  # what the plans implementing it are about


CENTRAL: tuple[Central, ...] = (
    # Real.
    Central("Chỉ thị", "33", "CT-TTg", (26, 11, 2021), "Thủ tướng Chính phủ",
            "tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới",
            "công tác dân vận chính quyền"),
    # Invented, in the real format.
    Central("Chỉ thị", "07", "CT-TTg", (12, 3, 2018), "Thủ tướng Chính phủ",
            "đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp",
            "cải cách hành chính"),
    Central("Chỉ thị", "14", "CT-TTg", (20, 5, 2019), "Thủ tướng Chính phủ",
            "tăng cường công tác y tế cơ sở, chăm sóc sức khỏe ban đầu cho Nhân dân",
            "chăm sóc sức khỏe ban đầu"),
    Central("Chỉ thị", "21", "CT-TTg", (8, 9, 2020), "Thủ tướng Chính phủ",
            "đẩy mạnh chuyển đổi số trong cơ quan nhà nước",
            "chuyển đổi số"),
    Central("Chỉ thị", "09", "CT-TTg", (15, 4, 2022), "Thủ tướng Chính phủ",
            "tăng cường kỷ luật, kỷ cương hành chính trong thực thi công vụ",
            "kỷ luật, kỷ cương hành chính"),
)

# Real Party and state instruments cited in passing: (surface, year it appeared).
PARTY_CITES = (
    ("Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới", 2013),
    ("Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp", 2015),
    ("Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", 2016),
    ("Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị", 2021),
)
STATE_CITES = (
    ("Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập", 2015),
    ("Quyết định số 2151/QĐ-BYT ngày 04/6/2015 của Bộ Y tế phê duyệt Kế hoạch triển khai thực hiện “Đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh”", 2015),
    ("Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022", 2023),
)

FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Lò", "Cầm", "Hà", "Lương", "Sùng", "Giàng")
MIDDLE = ("Văn", "Thị", "Minh", "Đức", "Thu", "Quang", "Hữu", "Ngọc", "Thanh", "Xuân")
GIVEN = ("An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hùng", "Khải", "Lan", "Long", "Mai", "Nam", "Phong", "Quân", "Sơn", "Tâm", "Thảo", "Tuấn", "Vinh")

AIMS = (
    "Quán triệt sâu sắc, đầy đủ các quan điểm, mục tiêu, nhiệm vụ về {topic} đến toàn thể cán bộ, công chức, viên chức, người lao động.",
    "Nâng cao nhận thức, trách nhiệm của người đứng đầu cơ quan, đơn vị trong thực hiện {topic}; gắn với thực hiện nhiệm vụ chính trị được giao.",
    "Cụ thể hóa các nhiệm vụ được giao tại Kế hoạch của cấp trên, phù hợp với điều kiện thực tế của cơ quan, đơn vị, địa phương.",
    "Tạo chuyển biến rõ nét về tinh thần, thái độ phục vụ Nhân dân; phát huy quyền làm chủ của Nhân dân theo phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”.",
)
REQUIREMENTS = (
    "Việc triển khai phải cụ thể, thiết thực, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị, địa phương; tránh hình thức.",
    "Phân công rõ trách nhiệm, thời gian thực hiện; thường xuyên kiểm tra, đôn đốc, kịp thời tháo gỡ khó khăn, vướng mắc.",
)
CONTENTS = (
    "Đẩy mạnh tuyên truyền, quán triệt {topic} đến toàn thể cán bộ, công chức, viên chức và Nhân dân bằng nhiều hình thức phù hợp.",
    "Đẩy mạnh cải cách hành chính, chuyển đổi số; giải quyết kịp thời, dứt điểm các kiến nghị, phản ánh chính đáng của người dân và doanh nghiệp.",
    "Tiếp tục thực hiện phong trào thi đua “Dân vận khéo”; biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc.",
    "Thực hiện nghiêm quy chế dân chủ ở cơ sở; công khai, minh bạch các thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả.",
    "Tổ chức tiếp xúc, đối thoại với Nhân dân ít nhất 01 lần trong năm; tiếp nhận, xử lý kịp thời các phản ánh, kiến nghị.",
    "Nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức; chấn chỉnh tác phong, lề lối làm việc, thái độ phục vụ.",
    "Lồng ghép nội dung {topic} vào các hội nghị, sinh hoạt chuyên đề, sinh hoạt chi bộ định kỳ.",
)
# Units of the body that follow up, by kind: "Giao Văn phòng Sở Y tế theo dõi, đôn đốc…".
STAFF_UNIT = {
    "ubnd_tinh": "Sở Nội vụ", "so": "Văn phòng Sở", "ubnd_huyen": "Phòng Nội vụ huyện", "ubnd_xa": "Văn phòng - Thống kê xã",
    "bvdk": "Phòng Tổ chức cán bộ", "ttyt": "Phòng Tổ chức - Hành chính", "tyt": "Trạm Y tế",
    "phong_gd": "Bộ phận Văn phòng Phòng", "thpt": "Tổ Văn phòng", "thcs": "Tổ Văn phòng",
}

DEPARTMENTS = (
    # name, header line, symbol body code, children
    ("Sở Y tế", "SỞ Y TẾ", "SYT"),
    ("Sở Nội vụ", "SỞ NỘI VỤ", "SNV"),
    ("Sở Giáo dục và Đào tạo", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SGDĐT"),
    ("Sở Văn hóa, Thể thao và Du lịch", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "SVHTTDL"),
)


@dataclass
class Body:
    """One issuing body: how its header names it, its canonical name, how others cite it."""

    kind: str
    name: str  # canonical, as the extractor should give it: "Sở Y tế tỉnh Sơn La"
    cited: str  # how a child plan names it after "của": "Sở Y tế tỉnh Sơn La", "UBND huyện Mộc Châu"
    header: tuple[str, ...]  # the header lines above "Số:"
    code: str  # body code of the symbol: "SYT" in "KH-SYT"
    place: str  # the place of the date line
    province: str
    district: str | None
    short: str  # how the body names itself in the text: "Sở Y tế", "UBND huyện"
    sign: tuple[str, ...]  # signature authority lines
    parent: Body | None = None
    children: list[Body] = field(default_factory=list)


@dataclass
class Plan:
    index: int
    body: Body
    number: int
    year: int
    date: tuple[int, int, int]
    title: str
    topic: str
    parent: Plan | None
    central: Central
    file: str = ""
    has_children: bool = False

    @property
    def symbol(self) -> str:
        return f"KH-{self.body.code}"


# ---------------------------------------------------------------- places


@cache
def _legacy() -> dict:
    """The pre-2025 provinces, districts and communes (the data ``loaders.places`` reads)."""
    return json.loads((resources.files("vietnamadminunits") / "data" / "parser_legacy.json").read_text(encoding="utf-8"))


@cache
def province_units() -> list[tuple[str, str, list[tuple[str, list[str]]]]]:
    """(province short name, level word, [(district, [communes])]) for every province with rural districts."""
    data = _legacy()
    known = set(places.provinces())
    out = []
    for pkey, p in data["DICT_PROVINCE"].items():
        province = p["provinceShort"]
        if province not in known:
            continue
        wards = data["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"].get(pkey, {})
        districts = []
        for dkey, d in data["DICT_PROVINCE_DISTRICT"][pkey].items():
            if d["districtType"] != "Huyện" or places.district_name(d["districtShort"]) != d["districtShort"]:
                continue
            communes = sorted(w["wardShort"] for w in wards.get(dkey, {}).values() if w.get("wardType") == "Xã" and w["wardShort"][:1].isupper())
            if communes:
                districts.append((d["districtShort"], communes))
        if districts:
            out.append((province, places.province_level_word(province), districts))
    return out


# ---------------------------------------------------------------- bodies


def _ubnd_sign(rng: random.Random) -> tuple[str, ...]:
    return ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") if rng.random() < 0.7 else ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")


def _head_sign(rng: random.Random, head: str, deputy: str) -> tuple[str, ...]:
    return (f"KT. {head}", deputy) if rng.random() < 0.6 else (head,)


def build_bodies(rng: random.Random, province: str, level: str, districts: list[tuple[str, list[str]]]) -> Body:
    """The province's tree of bodies (a sample of its districts and communes)."""
    P, L = province.upper(), level.upper()
    tinh = Body("ubnd_tinh", f"Ủy ban nhân dân {level} {province}", f"Ủy ban nhân dân {level} {province}",
                ("ỦY BAN NHÂN DÂN", f"{L} {P}"), "UBND", province, province, None, "Ủy ban nhân dân tỉnh", _ubnd_sign(rng))
    depts: dict[str, Body] = {}
    for name, head, code in DEPARTMENTS:
        b = Body("so", f"{name} {level} {province}", f"{name} {level} {province}", (f"UBND {L} {P}", head), code, province,
                 province, None, name, _head_sign(rng, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), parent=tinh)
        depts[code] = b
        tinh.children.append(b)
    syt, sgd = depts["SYT"], depts["SGDĐT"]
    if not places.is_city(province):  # "BỆNH VIỆN ĐA KHOA THÀNH PHỐ X" is recased wrong today (see KNOWN_GAPS)
        bv = Body("bvdk", f"Bệnh viện Đa khoa tỉnh {province}", f"Bệnh viện Đa khoa tỉnh {province}",
                  (f"SỞ Y TẾ TỈNH {P}", f"BỆNH VIỆN ĐA KHOA TỈNH {P}"), "BVĐK", province, province, None, "Bệnh viện",
                  _head_sign(rng, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), parent=syt)
        syt.children.append(bv)
    chosen = rng.sample(districts, min(len(districts), 6))
    for i, (district, communes) in enumerate(chosen):
        D = district.upper()
        huyen = Body("ubnd_huyen", f"Ủy ban nhân dân huyện {district}", f"UBND huyện {district}", ("ỦY BAN NHÂN DÂN", f"HUYỆN {D}"),
                     "UBND", district, province, district, "UBND huyện", _ubnd_sign(rng), parent=tinh)
        tinh.children.append(huyen)
        ttyt = Body("ttyt", f"Trung tâm Y tế huyện {district}", f"Trung tâm Y tế huyện {district}",
                    (f"SỞ Y TẾ {L} {P}", f"TRUNG TÂM Y TẾ HUYỆN {D}"), "TTYT", district, province, district, "Trung tâm Y tế",
                    _head_sign(rng, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), parent=syt)
        syt.children.append(ttyt)
        pgd = Body("phong_gd", f"Phòng Giáo dục và Đào tạo huyện {district}", f"Phòng Giáo dục và Đào tạo huyện {district}",
                   ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", f"HUYỆN {D}"), "PGDĐT", district, province, district, "Phòng Giáo dục và Đào tạo",
                   _head_sign(rng, "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"), parent=huyen)
        huyen.children.append(pgd)
        if i < 3:
            thpt = Body("thpt", f"Trường Trung học phổ thông {district}", f"Trường THPT {district}",
                        (f"SỞ GIÁO DỤC VÀ ĐÀO TẠO {L} {P}", f"TRƯỜNG THPT {D}"), "THPT", district, province, district, "Nhà trường",
                        ("HIỆU TRƯỞNG",), parent=sgd)
            sgd.children.append(thpt)
        for j, commune in enumerate(rng.sample(communes, min(len(communes), 4))):
            X = commune.upper()
            xa = Body("ubnd_xa", f"Ủy ban nhân dân xã {commune}", f"UBND xã {commune}", (f"UBND HUYỆN {D}", f"UBND XÃ {X}"),
                      "UBND", commune, province, district, "UBND xã", _ubnd_sign(rng), parent=huyen)
            huyen.children.append(xa)
            if j >= 2:
                continue
            tyt = Body("tyt", f"Trạm Y tế xã {commune}", f"Trạm Y tế xã {commune}", (f"TRUNG TÂM Y TẾ HUYỆN {D}", f"TRẠM Y TẾ XÃ {X}"),
                       "TYT", commune, province, district, "Trạm Y tế", _head_sign(rng, "TRẠM TRƯỞNG", "PHÓ TRẠM TRƯỞNG"), parent=ttyt)
            ttyt.children.append(tyt)
            thcs = Body("thcs", f"Trường Trung học cơ sở {commune}", f"Trường THCS {commune}",
                        (f"PHÒNG GD&ĐT HUYỆN {D}", f"TRƯỜNG THCS {X}"), "THCS", commune, province, district, "Nhà trường",
                        ("HIỆU TRƯỞNG",), parent=pgd)
            pgd.children.append(thcs)
    return tinh


# ---------------------------------------------------------------- plans


class Numbers:
    """The next number of each issuer in each year: unique, increasing, restarting each year."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.last: dict[tuple[int, int], int] = {}

    def next(self, body: Body, year: int, avoid: int | None = None) -> int:
        k = (id(body), year)
        n = self.last.get(k, self.rng.randint(0, 20)) + self.rng.randint(1, 9)
        if n == avoid:  # a plan citing its own number and symbol is read as self-reference (KNOWN_GAPS)
            n += 1
        self.last[k] = n
        return n


def _later(rng: random.Random, date: tuple[int, int, int], lo: int, hi: int) -> tuple[int, int, int]:
    """A date lo..hi days after ``date`` (30-day months, capped at 28/12 of the same year)."""
    d, m, y = date
    days = (m - 1) * 30 + min(d, 28) - 1 + rng.randint(lo, hi)
    m2, d2 = divmod(days, 30)
    if m2 >= 12:
        return (28, 12, y)
    return (min(d2 + 1, 28), m2 + 1, y)


def campaign(rng: random.Random, root: Body, year: int, numbers: Numbers, start_index: int) -> list[Plan]:
    """One provincial plan and the plans below it, parents before children (breadth first)."""
    central = rng.choice([c for c in CENTRAL if c.date[2] < year or (c.date[2] == year and c.date[1] < 6)] or CENTRAL[:1])
    topic = central.topic
    first = (rng.randint(1, 28), rng.randint(1, 4), year)
    top_title = f"Triển khai thực hiện {central.doc_type} số {central.number}/{central.symbol} ngày {_dmy(central.date)} của {central.issuer} về {central.subject} năm {year}"
    plans = [Plan(start_index, root, numbers.next(root, year), year, first, top_title, topic, None, central)]
    queue = [plans[0]]
    while queue:
        parent = queue.pop(0)
        for child in parent.body.children:
            if rng.random() < 0.25:  # not every body issues a plan for every campaign
                continue
            date = _later(rng, parent.date, 5, 40)
            title = f"Thực hiện {topic} {_where(child)} năm {year}"
            avoid = parent.number if child.code == parent.body.code else None
            p = Plan(start_index + len(plans), child, numbers.next(child, year, avoid), year, date, title, topic, parent, central)
            parent.has_children = True
            plans.append(p)
            queue.append(p)
    return plans


def _where(b: Body) -> str:
    return {
        "so": f"trong ngành {b.short[3:]}" if b.short.startswith("Sở ") else "",
        "ubnd_huyen": "trên địa bàn huyện", "ubnd_xa": "trên địa bàn xã", "bvdk": "tại Bệnh viện",
        "ttyt": "tại Trung tâm Y tế huyện", "tyt": "tại Trạm Y tế", "phong_gd": "trong ngành Giáo dục huyện",
        "thpt": "tại nhà trường", "thcs": "tại nhà trường",
    }.get(b.kind, "")


# ---------------------------------------------------------------- text


def _dmy(date: tuple[int, int, int]) -> str:
    d, m, y = date
    return f"{d:02d}/{m:02d}/{y}" if d < 10 or m < 3 else f"{d}/{m}/{y}"


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _cite_plan(p: Plan, with_subject: bool) -> str:
    s = f"Kế hoạch số {p.number}/{p.symbol} ngày {_dmy(p.date)} của {p.body.cited}"
    if with_subject:
        s += f" về {p.title[0].lower()}{p.title[1:]}"
    return s


def _cite_central(c: Central) -> str:
    return f"{c.doc_type} số {c.number}/{c.symbol} ngày {_dmy(c.date)} của {c.issuer}"


def _glue(rng: random.Random, s: str) -> str:
    """Sometimes glue the number word to the type word, as PDF extraction does: "Nghị quyếtsố"."""
    return s.replace(" số ", "số ", 1) if rng.random() < 0.3 else s


def _break_symbol(rng: random.Random, s: str, pdf: bool) -> str:
    """In PDF text, sometimes break a party symbol after its hyphen: "số 25-" / "NQ/TW"."""
    if pdf and rng.random() < 0.3:
        i = s.find("-", s.find(" số ") + 4)
        if i > 0 and s[i - 1].isdigit():
            return s[: i + 1] + "\n" + s[i + 1 :]
    return s


def render(rng: random.Random, p: Plan, party_plan: tuple[int, tuple[int, int, int]]) -> str:
    b = p.body
    year = p.year
    pdf = rng.random() < 0.5
    paras: list[str] = []
    add = paras.append
    # Header block.
    for line in b.header:
        add(line)
    add(f"Số: {p.number}/{p.symbol}")
    add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    add("Độc lập - Tự do - Hạnh phúc")
    d, m, y = p.date
    add(f"{b.place}, ngày {d:02d} tháng {m:02d} năm {y}" if rng.random() < 0.5 else f"{b.place}, ngày {d} tháng {m} năm {y}")
    add("KẾ HOẠCH")
    add(p.title)
    if rng.random() < 0.3:
        add("___________")
    # Preamble: the plan implemented, the central directive, sometimes a Party plan.
    if rng.random() < 0.4:
        add("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")
    if p.parent is None:
        pre = f"Thực hiện {_cite_central(p.central)} về {p.central.subject}"
        if rng.random() < 0.6:
            n, pd = party_plan
            pre += f"; Kế hoạch số {n}-KH/TU ngày {_dmy(pd)} của Ban Thường vụ Tỉnh ủy {b.province} về {p.topic} năm {year}"
    else:
        pre = f"Thực hiện {_cite_plan(p.parent, True)}"
    add(f"{pre}; {b.short} xây dựng Kế hoạch thực hiện như sau:")
    # I. Aims.
    add("I. MỤC ĐÍCH, YÊU CẦU" if rng.random() < 0.5 else "I. MỤC ĐÍCH YÊU CẦU")
    add("1. Mục đích")
    for a in rng.sample(AIMS, 2):
        add("- " + a.format(topic=p.topic))
    extra = [c for c, since in PARTY_CITES + STATE_CITES if since <= year]
    cited = rng.sample(extra, min(len(extra), rng.randint(1, 3)))
    for c in cited:
        add("- Gắn với thực hiện " + _break_symbol(rng, _glue(rng, c), pdf) + ".")
    add("2. Yêu cầu")
    for r in REQUIREMENTS:
        add("- " + r)
    # II. Content.
    add("II. NỘI DUNG")
    for i, c in enumerate(rng.sample(CONTENTS, rng.randint(3, 5)), 1):
        add(f"{i}. " + c.format(topic=p.topic))
    # III. Organisation: the reporting duty, the staff unit, the report up.
    add("III. TỔ CHỨC THỰC HIỆN")
    half = _later(rng, p.date, 20, 60)
    deadline = _later(rng, (1, 10, year), 0, 45)
    up = p.parent.body if p.parent else None
    up_name = up.cited if up else p.central.issuer
    own = b.short if b.kind in ("so", "bvdk", "ttyt", "tyt", "phong_gd") else b.name
    if b.children:
        add(f"1. Các cơ quan, đơn vị trực thuộc căn cứ Kế hoạch này xây dựng kế hoạch triển khai thực hiện; định kỳ 6 tháng "
            f"(trước ngày {_dmy(half)}) báo cáo kết quả gửi về {own} (qua {STAFF_UNIT[b.kind]}) trước ngày {_dmy(deadline)}.")
    else:
        add(f"1. Các bộ phận, cá nhân căn cứ Kế hoạch này tổ chức thực hiện; báo cáo kết quả về {STAFF_UNIT[b.kind]} trước ngày {_dmy(deadline)}.")
    report = _later(rng, deadline, 5, 20)
    add(f"2. Giao {STAFF_UNIT[b.kind]} theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này; tham mưu tổng hợp, "
        f"báo cáo kết quả gửi về {up_name} trước ngày {_dmy(report)}.")
    add("3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp phối hợp giám sát việc thực hiện.")
    add(f"Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về {STAFF_UNIT[b.kind]} để tổng hợp, báo cáo {own} xem xét, chỉ đạo./.")
    # Recipients and signature.
    add("Nơi nhận:")
    add(f"- {up_name} (B/c);")
    if up and up.parent:
        add(f"- {up.parent.cited} (B/c);")
    add(f"- {STAFF_UNIT[b.kind]};")
    if b.children:
        add("- Các cơ quan, đơn vị trực thuộc;")
    add("- Lưu: VT.")
    for line in b.sign:
        add(line)
    add(_person(rng))
    if pdf:
        return "\n\n".join(_wrap(x, 78) for x in paras).replace("\n", " \n") + " \n"
    return "\n".join(paras) + "\n"


def _wrap(s: str, width: int) -> str:
    """Greedy wrap at spaces (keeps the line breaks already in ``s``)."""
    out = []
    for part in s.split("\n"):
        while len(part) > width:
            cut = part.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(part[:cut])
            part = part[cut + 1 :]
        out.append(part)
    return "\n".join(out)


# ---------------------------------------------------------------- corpus


def generate(out: Path, documents: int, seed: int = 0) -> list[dict]:
    """Write ``documents`` plans and the manifest under ``out``; return the manifest rows."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    provinces = [(p, lvl, rng.sample(ds, len(ds))) for p, lvl, ds in province_units()]
    roots = [build_bodies(rng, p, lvl, ds) for p, lvl, ds in provinces]
    numbers = Numbers(rng)
    party: dict[tuple[str, int], tuple[int, tuple[int, int, int]]] = {}
    plans: list[Plan] = []
    year_i = 0
    while len(plans) < documents:
        year = YEARS[year_i % len(YEARS)]
        year_i += 1
        for root in roots:
            if len(plans) >= documents:
                break
            party.setdefault((root.province, year), (rng.randint(2, 30), (rng.randint(1, 28), 1, year)))
            plans.extend(campaign(rng, root, year, numbers, len(plans)))
    del plans[documents:]
    # Children cut off by the limit do not exist: recount who has children.
    for p in plans:
        p.has_children = False
    for p in plans:
        if p.parent:
            p.parent.has_children = True
    rows = []
    for p in plans:
        p.file = f"{p.index:06d}_{p.number}-{p.symbol}.txt"
        text = render(rng, p, party[(p.body.province, p.year)])
        (out / p.file).write_text(text, encoding="utf-8")
        rows.append(manifest_row(p))
    (out / MANIFEST).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return rows


def _iso(date: tuple[int, int, int]) -> str:
    d, m, y = date
    return f"{y:04d}-{m:02d}-{d:02d}"


def manifest_row(p: Plan) -> dict:
    parent = (
        {"number": str(p.parent.number), "symbol": p.parent.symbol, "issuer": p.parent.body.name, "date": _iso(p.parent.date)}
        if p.parent
        else {"number": p.central.number, "symbol": p.central.symbol, "issuer": p.central.issuer, "date": _iso(p.central.date)}
    )
    return {
        "file": p.file, "kind": p.body.kind, "issuer": p.body.name, "number": str(p.number), "symbol": p.symbol,
        "date": _iso(p.date), "province": p.body.province, "district": p.body.district, "implements": parent,
        "leaf": not p.has_children,
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="folder to write the documents and manifest.jsonl into")
    ap.add_argument("--documents", "-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    rows = generate(args.out, args.documents, args.seed)
    dt = time.perf_counter() - t0
    size = sum((args.out / r["file"]).stat().st_size for r in rows)
    print(f"wrote {len(rows)} documents ({size / 1e6:.1f} MB) to {args.out} in {dt:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
