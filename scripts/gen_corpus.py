#!/usr/bin/env python3
"""A synthetic corpus of plans (kế hoạch) in the real format, for scale tests and benchmarks.

Usage: gen_corpus.py OUT_DIR [--documents N] [--seed S] [--small]

Writes N plain-text plans (``OUT_DIR/NNNNNN_<symbol>.txt``) and ``OUT_DIR/manifest.jsonl`` (one
line per document: what the generator meant it to say — issuer, number, symbol, date, the plan
it implements, its level — so tests can check the extractor against it, and benchmarks can pick
leaf documents). The same seed gives the same files, byte for byte.

The plans have the size and shape of real ones (``render_full``; measured on the 34 real plans of
shared/seeds and shared/corpus, see the comment above SIZE_MEDIAN): a median of about 18 KB with the
real spread (7 to 140 KB), the sections real plans have (I. MỤC ĐÍCH, YÊU CẦU with several
paragraphs and targets; II. NỘI DUNG with numbered items of prose, each with the unit that leads it
and its time; III. KINH PHÍ; IV. TỔ CHỨC THỰC HIỆN item by unit, with the reporting duties), about
6 citations, 9 tasks, 3 reporting duties and 9 recipients each. The prose is composed from phrase
templates with a seeded generator, so no two plans read the same. ``--small`` writes the short
plans (~3.7 KB) of the first version instead, byte for byte the same for the same seed, so that
benchmark figures measured on them stay reproducible; the plans themselves (numbers, dates,
parents: the manifest) are the same either way.

The documents are FICTIONAL. Places are real (provinces, districts and communes from the
``vietnamadminunits`` data, read the way ``vanban.loaders.places`` reads it), so the graph's place
rules can qualify and resolve the bodies; every number, date, person and plan below the central
level is invented. Central instruments: Chỉ thị 33/CT-TTg (26/11/2021) and the Party ones
(25-NQ/TW, 114-KL/TW, 05-CT/TW) are real and cited with their real dates; the other central
directives in ``CENTRAL`` are invented but written in the real format. The state instruments
cited (``STATE_CITES``, ``BASES``, ``BODY_CITES``) are real.

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
# corpus keeps them (they are real); tests/test_gen_corpus.py leaves their issuer unchecked.
# Empty since the school and "TRUNG TÂM Y TẾ / TRẠM Y TẾ" headers were fixed.
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
    # The header of its plans dated from 1 July 2025, when the districts ended (``--same-names``): a
    # commune's people's committee of the two-level local government, "ỦY BAN NHÂN DÂN / XÃ LƯƠNG MINH".
    header_2025: tuple[str, ...] | None = None


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


# A primary school named after a person, as many districts name one (``--same-names``): one in each
# district of a province, so that a province has several bodies of this one name.
SAME_NAME_SCHOOL = "Kim Đồng"


def build_bodies(rng: random.Random, province: str, level: str, districts: list[tuple[str, list[str]]],
                 same_names: bool = False) -> Body:
    """The province's tree of bodies (a sample of its districts and communes). ``same_names``: with a
    "Trường Tiểu học Kim Đồng" in each district, and communes whose plans dated from July 2025 are
    headed as the 2025 commune of that name (SAME_NAME_SCHOOL, ``Body.header_2025``)."""
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
                      "UBND", commune, province, district, "UBND xã", _ubnd_sign(rng), parent=huyen,
                      header_2025=("ỦY BAN NHÂN DÂN", f"XÃ {X}") if same_names else None)
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
        if same_names:
            # The templates of a school (kind "thcs"), a primary school's name.
            th = Body("thcs", f"Trường Tiểu học {SAME_NAME_SCHOOL}", f"Trường Tiểu học {SAME_NAME_SCHOOL}",
                      (f"PHÒNG GD&ĐT HUYỆN {D}", f"TRƯỜNG TIỂU HỌC {SAME_NAME_SCHOOL.upper()}"), "TH", district, province, district,
                      "Nhà trường", ("HIỆU TRƯỞNG",), parent=pgd)
            pgd.children.append(th)
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


def campaign(rng: random.Random, root: Body, year: int, numbers: Numbers, start_index: int,
             months: tuple[int, int] = (1, 4)) -> list[Plan]:
    """One provincial plan and the plans below it, parents before children (breadth first); the
    provincial one dated in ``months`` (first and last)."""
    central = rng.choice([c for c in CENTRAL if c.date[2] < year or (c.date[2] == year and c.date[1] < 6)] or CENTRAL[:1])
    topic = central.topic
    first = (rng.randint(1, 28), rng.randint(*months), year)
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


def header_block(rng: random.Random, p: Plan, add) -> None:
    """The header: issuing body, number, national motto, place and date, type and title."""
    b = p.body
    for line in b.header_2025 if b.header_2025 and (p.date[2], p.date[1]) >= (2025, 7) else b.header:
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


def render(rng: random.Random, p: Plan, party_plan: tuple[int, tuple[int, int, int]]) -> str:
    b = p.body
    year = p.year
    pdf = rng.random() < 0.5
    paras: list[str] = []
    add = paras.append
    header_block(rng, p, add)  # Header block.
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


# ---------------------------------------------------------------- full-length text
#
# Real plans are long: kế hoạch among shared/seeds and shared/corpus (34 documents, measured with
# ``vanban extract --format json``) have a median of 17.8 KB (quartiles 12.6 and 25.9 KB, 10th and
# 90th percentiles 10.4 and 49.4 KB), 6 citations, 9 tasks, 3 reporting duties and 9.5 recipients.
# ``render_full`` writes plans of that size and shape: a target size is drawn for each document
# (log-normal, scaled by level), the sections are laid out with their numbered items, and the
# prose of aims, content items and unit duties grows sentence by sentence until the target is met.

# Median and spread of the drawn size (bytes), and the scale of each level (a province's plan is
# longer than a school's). Calibrated so that a sample of the corpus matches the real distribution.
SIZE_MEDIAN = 16_500
SIZE_SIGMA = 0.5
SIZE_BOUNDS = (7_000, 140_000)
# Real sizes have a long right tail (plans with many sections and tables, up to 136 KB): one plan
# in LONG_SHARE is LONG_SCALE times longer.
LONG_SHARE, LONG_SCALE = 0.15, 2.8
LEVEL_SCALE = {
    "ubnd_tinh": 1.6, "so": 1.15, "ubnd_huyen": 1.1, "bvdk": 1.0, "ttyt": 0.95, "phong_gd": 0.95,
    "ubnd_xa": 0.9, "tyt": 0.85, "thpt": 0.85, "thcs": 0.85,
}

# Real state instruments a plan is based on ("Căn cứ …;"), with the year they appeared.
BASES = (
    ("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", 2015),
    ("Luật Ngân sách nhà nước số 83/2015/QH13 ngày 25 tháng 6 năm 2015", 2016),
    ("Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008", 2009),
    ("Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13 ngày 20 tháng 6 năm 2012", 2013),
    ("Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư", 2020),
    ("Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính", 2018),
    ("Thông tư số 40/2017/TT-BTC ngày 28 tháng 4 năm 2017 của Bộ Tài chính quy định chế độ công tác phí, chế độ chi hội nghị", 2017),
)
# Real state instruments cited in the body ("theo …", "gắn với …"), with the year they appeared.
BODY_CITES = (
    ("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030", 2021),
    ("Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt “Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030”", 2020),
    ("Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030", 2022),
    ("Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ về tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước các cấp", 2016),
    ("Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019", 2020),
    ("Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09/01/2023", 2023),
)

# Phrases by topic (the central directive's): targets with a percentage, and activities.
TOPIC_TARGETS = {
    "công tác dân vận chính quyền": (
        "cán bộ, công chức, viên chức được quán triệt, học tập các văn bản về công tác dân vận",
        "kiến nghị, phản ánh của người dân được tiếp nhận, xử lý đúng thời hạn",
        "cơ quan, đơn vị đăng ký và xây dựng ít nhất 01 mô hình “Dân vận khéo”",
        "thôn, bản, tổ dân phố tổ chức đối thoại giữa người đứng đầu với Nhân dân",
    ),
    "cải cách hành chính": (
        "thủ tục hành chính được giải quyết đúng và trước hạn",
        "hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình",
        "người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính",
        "văn bản trao đổi giữa các cơ quan hành chính được thực hiện dưới dạng điện tử",
    ),
    "chăm sóc sức khỏe ban đầu": (
        "người dân được lập hồ sơ sức khỏe điện tử và quản lý sức khỏe liên tục",
        "trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin",
        "trạm y tế xã triển khai dự phòng, quản lý, điều trị bệnh không lây nhiễm",
        "người dân tham gia bảo hiểm y tế",
    ),
    "chuyển đổi số": (
        "hồ sơ công việc được xử lý trên môi trường mạng",
        "cán bộ, công chức được bồi dưỡng kỹ năng số cơ bản",
        "dịch vụ công trực tuyến toàn trình được cung cấp trên Cổng Dịch vụ công",
        "cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ với cơ sở dữ liệu quốc gia về dân cư",
    ),
    "kỷ luật, kỷ cương hành chính": (
        "cán bộ, công chức, viên chức chấp hành nghiêm thời giờ làm việc",
        "nhiệm vụ được giao hoàn thành đúng tiến độ, bảo đảm chất lượng",
        "cơ quan, đơn vị được kiểm tra công vụ, kiểm tra đột xuất trong năm",
        "đơn thư khiếu nại, tố cáo được giải quyết dứt điểm, không để tồn đọng",
    ),
}
TOPIC_ACTIVITIES = {
    "công tác dân vận chính quyền": (
        "Tổ chức hội nghị đối thoại giữa người đứng đầu với Nhân dân, tập trung vào các vấn đề bức xúc, kiến nghị chính đáng của người dân",
        "Xây dựng, nhân rộng các mô hình “Dân vận khéo” trong thực hiện nhiệm vụ chuyên môn, gắn với phong trào thi đua yêu nước",
        "Phối hợp với Mặt trận Tổ quốc và các đoàn thể vận động Nhân dân thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước",
        "Thực hiện tốt Quy chế dân chủ ở cơ sở, công khai các nội dung người dân được biết, được bàn, được quyết định",
    ),
    "cải cách hành chính": (
        "Rà soát, đơn giản hóa thủ tục hành chính, cắt giảm thời gian giải quyết, chi phí tuân thủ cho người dân và doanh nghiệp",
        "Niêm yết công khai, đầy đủ thủ tục hành chính tại Bộ phận Một cửa và trên Cổng thông tin điện tử",
        "Kiện toàn Bộ phận Một cửa, bố trí công chức có năng lực, phẩm chất đạo đức tốt làm việc tại Bộ phận Một cửa",
        "Tổ chức khảo sát, đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính",
    ),
    "chăm sóc sức khỏe ban đầu": (
        "Tổ chức khám sàng lọc, phát hiện sớm bệnh tăng huyết áp, đái tháo đường tại cộng đồng",
        "Triển khai tiêm chủng mở rộng, bảo đảm an toàn tiêm chủng, không để xảy ra sai sót chuyên môn",
        "Củng cố mạng lưới nhân viên y tế thôn, bản, cô đỡ thôn bản tại các địa bàn khó khăn",
        "Đẩy mạnh truyền thông giáo dục sức khỏe, vận động người dân thay đổi hành vi có hại cho sức khỏe",
    ),
    "chuyển đổi số": (
        "Triển khai sử dụng hiệu quả hệ thống quản lý văn bản và điều hành, chữ ký số trong xử lý công việc",
        "Đẩy mạnh cung cấp dịch vụ công trực tuyến, hướng dẫn người dân sử dụng tài khoản định danh điện tử",
        "Rà soát, nâng cấp hạ tầng công nghệ thông tin, bảo đảm an toàn, an ninh mạng",
        "Thành lập, duy trì hoạt động của Tổ công nghệ số cộng đồng tại thôn, bản, tổ dân phố",
    ),
    "kỷ luật, kỷ cương hành chính": (
        "Tăng cường kiểm tra công vụ, kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính",
        "Xây dựng văn hóa công sở, thực hiện nghiêm quy tắc ứng xử của cán bộ, công chức, viên chức",
        "Xử lý nghiêm cán bộ, công chức vi phạm, có biểu hiện nhũng nhiễu, gây phiền hà cho người dân",
        "Đánh giá, xếp loại cán bộ, công chức, viên chức gắn với kết quả thực hiện nhiệm vụ được giao",
    ),
}
# Titles of content items (II. NỘI DUNG), any topic.
ITEM_TITLES = (
    "Công tác tuyên truyền, quán triệt",
    "Nâng cao chất lượng, hiệu quả {topic}",
    "Kiện toàn tổ chức, nâng cao năng lực đội ngũ",
    "Tăng cường ứng dụng công nghệ thông tin",
    "Thực hiện quy chế dân chủ ở cơ sở",
    "Công tác kiểm tra, giám sát",
    "Công tác thi đua, khen thưởng",
    "Phối hợp với Mặt trận Tổ quốc và các đoàn thể",
    "Giải quyết kiến nghị, phản ánh của Nhân dân",
    "Xây dựng và nhân rộng mô hình, điển hình",
    "Nâng cao chất lượng phục vụ Nhân dân",
    "Sơ kết, tổng kết, đánh giá kết quả thực hiện",
)
# Sentences of the prose, any topic. Fields: topic, year, pct, pct2, short (the body), target, activity.
AIM_SENTENCES = (
    "Quán triệt sâu sắc, đầy đủ các quan điểm, mục tiêu, nhiệm vụ về {topic} đến toàn thể cán bộ, công chức, viên chức, người lao động.",
    "Nâng cao nhận thức, trách nhiệm của người đứng đầu cơ quan, đơn vị trong thực hiện {topic}, gắn với thực hiện nhiệm vụ chính trị được giao.",
    "Cụ thể hóa các nhiệm vụ được giao tại Kế hoạch của cấp trên, phù hợp với điều kiện thực tế của cơ quan, đơn vị, địa phương.",
    "Tạo chuyển biến rõ nét về tinh thần, thái độ phục vụ Nhân dân; phát huy quyền làm chủ của Nhân dân theo phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”.",
    "Xác định cụ thể nội dung công việc, thời hạn, tiến độ hoàn thành và trách nhiệm của các cơ quan, đơn vị trong tổ chức thực hiện.",
    "Bảo đảm sự chỉ đạo thống nhất, sự phối hợp chặt chẽ, thường xuyên giữa các cơ quan, đơn vị trong triển khai {topic} năm {year}.",
    "Góp phần thực hiện thắng lợi các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội năm {year} của {short}.",
    "Phát huy vai trò nêu gương của cán bộ, đảng viên, trước hết là người đứng đầu, trong thực hiện {topic}.",
)
REQUIREMENT_SENTENCES = (
    "Việc triển khai phải cụ thể, thiết thực, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị, địa phương; tránh hình thức, lãng phí.",
    "Phân công rõ trách nhiệm, thời gian thực hiện; thường xuyên kiểm tra, đôn đốc, kịp thời tháo gỡ khó khăn, vướng mắc.",
    "Nội dung công việc phải gắn với trách nhiệm, vai trò của cơ quan, đơn vị được phân công chủ trì và phối hợp.",
    "Các cơ quan, đơn vị chủ động xây dựng kế hoạch chi tiết, bảo đảm tiến độ và chất lượng; định kỳ sơ kết, đánh giá, rút kinh nghiệm.",
    "Huy động sự tham gia của cả hệ thống chính trị và Nhân dân; lấy sự hài lòng của người dân làm thước đo hiệu quả.",
)
TARGET_SENTENCES = (
    "Phấn đấu đến hết năm {year}, {pct}% {target}.",
    "Phấn đấu có trên {pct}% {target}; không để phát sinh vụ việc phức tạp, kéo dài.",
    "Chỉ tiêu năm {year}: {pct}% {target}, tăng ít nhất {small}% so với năm trước.",
    "Bảo đảm {pct}% {target} và tối thiểu {pct2}% cơ quan, đơn vị hoàn thành tốt nhiệm vụ được giao.",
)
CONTENT_SENTENCES = (
    "{activity}.",
    "{activity}; phấn đấu đến cuối năm {year} có {pct}% {target}.",
    "Đẩy mạnh tuyên truyền, quán triệt {topic} đến toàn thể cán bộ, công chức, viên chức và Nhân dân bằng nhiều hình thức phù hợp, nhất là trên nền tảng số và mạng xã hội.",
    "Lồng ghép nội dung {topic} vào các hội nghị, sinh hoạt chuyên đề, sinh hoạt chi bộ định kỳ; biểu dương kịp thời các tập thể, cá nhân điển hình.",
    "Tổ chức tiếp xúc, đối thoại với Nhân dân ít nhất {n} lần trong năm; tiếp nhận, xử lý kịp thời, dứt điểm các phản ánh, kiến nghị chính đáng.",
    "Nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức; chấn chỉnh tác phong, lề lối làm việc, thái độ phục vụ Nhân dân.",
    "Thực hiện nghiêm quy chế dân chủ ở cơ sở; công khai, minh bạch các thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả.",
    "Tiếp tục thực hiện phong trào thi đua “Dân vận khéo”, đăng ký ít nhất {n} mô hình trong năm {year} và đánh giá, nhân rộng các mô hình có hiệu quả.",
    "Tăng cường ứng dụng công nghệ thông tin trong quản lý, điều hành; phấn đấu {pct}% văn bản đi, đến được xử lý trên môi trường mạng.",
    "Quá trình thực hiện phải bám sát tình hình thực tế, kịp thời đề xuất điều chỉnh, bổ sung nhiệm vụ cho phù hợp.",
    "Hằng quý rà soát kết quả thực hiện các chỉ tiêu, xác định rõ nguyên nhân của những hạn chế và đề ra giải pháp khắc phục.",
    "Tổ chức tập huấn, bồi dưỡng kỹ năng cho {pct}% cán bộ, công chức, viên chức làm công tác {topic}.",
    "Chú trọng địa bàn vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số; ưu tiên nguồn lực cho những nơi còn nhiều khó khăn.",
    "Gắn việc thực hiện {topic} với đánh giá, xếp loại cán bộ, công chức, viên chức và thi đua, khen thưởng cuối năm.",
    "Tiếp tục thực hiện có hiệu quả {cite}; rà soát, bổ sung các nhiệm vụ còn chậm tiến độ.",
    "Các nội dung này được triển khai đồng bộ với việc thực hiện {cite}.",
)
WHEN = (
    "Thường xuyên trong năm {year}.",
    "Quý {q} năm {year}.",
    "Trước ngày {dm}/{year}.",
    "Năm {year} và các năm tiếp theo.",
    "Từ tháng {m} đến hết tháng 12 năm {year}.",
)
FUNDING = (
    "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên năm {year} của {short} và các nguồn kinh phí hợp pháp khác theo quy định của pháp luật.",
    "Các cơ quan, đơn vị chủ động cân đối, bố trí kinh phí trong dự toán được giao để thực hiện các nhiệm vụ theo Kế hoạch; thực hiện quản lý, sử dụng, thanh quyết toán theo quy định.",
    "Tổng kinh phí dự kiến: {money}.000.000 đồng, từ nguồn ngân sách nhà nước giao năm {year} (có dự toán chi tiết kèm theo).",
    "Khuyến khích huy động các nguồn lực xã hội hóa, tài trợ hợp pháp của các tổ chức, cá nhân để thực hiện các hoạt động của Kế hoạch.",
)
# Duties of a unit in IV. TỔ CHỨC THỰC HIỆN (the unit names its own item: "2. Phòng Tài chính - Kế hoạch").
UNIT_DUTIES = (
    "Chủ trì, phối hợp với các cơ quan, đơn vị liên quan triển khai các nội dung của Kế hoạch thuộc lĩnh vực được giao.",
    "Tham mưu xây dựng kế hoạch chi tiết, hướng dẫn, đôn đốc việc thực hiện các chỉ tiêu về {topic} năm {year}.",
    "Phối hợp tổ chức tuyên truyền, phổ biến các nội dung của Kế hoạch bằng nhiều hình thức phù hợp.",
    "Bố trí cán bộ đầu mối theo dõi, cập nhật kết quả thực hiện; kịp thời đề xuất tháo gỡ khó khăn, vướng mắc.",
    "Thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn quản lý, sử dụng và thanh quyết toán theo quy định.",
    "Rà soát, đề xuất khen thưởng các tập thể, cá nhân có thành tích tiêu biểu trong thực hiện {topic}.",
    "Chủ động lồng ghép các nhiệm vụ của Kế hoạch vào chương trình công tác năm {year} của đơn vị.",
)
# The units of each kind of body that its plan assigns duties to.
UNITS = {
    "ubnd_tinh": ("Sở Tài chính", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch", "Sở Thông tin và Truyền thông",
                  "Sở Tư pháp", "Công an tỉnh", "Đài Phát thanh và Truyền hình tỉnh"),
    "so": ("Phòng Kế hoạch - Tài chính", "Phòng Nghiệp vụ", "Thanh tra Sở", "Phòng Tổ chức cán bộ"),
    "ubnd_huyen": ("Phòng Tài chính - Kế hoạch", "Phòng Văn hóa và Thông tin", "Phòng Giáo dục và Đào tạo", "Phòng Tư pháp",
                   "Trung tâm Văn hóa - Thể thao huyện", "Công an huyện"),
    "ubnd_xa": ("Công chức Tài chính - Kế toán xã", "Công chức Văn hóa - Xã hội xã", "Công an xã", "Trưởng các thôn, bản"),
    "bvdk": ("Phòng Kế hoạch tổng hợp", "Phòng Điều dưỡng", "Phòng Tài chính kế toán", "Các khoa lâm sàng"),
    "ttyt": ("Phòng Kế hoạch - Nghiệp vụ", "Khoa Kiểm soát bệnh tật", "Phòng Tài chính - Kế toán", "Các khoa, phòng"),
    "tyt": ("Cán bộ phụ trách chương trình", "Nhân viên y tế thôn, bản", "Cô đỡ thôn bản"),
    "phong_gd": ("Bộ phận chuyên môn", "Bộ phận Tài chính - Kế toán", "Các trường mầm non, tiểu học, trung học cơ sở"),
    "thpt": ("Các tổ chuyên môn", "Đoàn Thanh niên nhà trường", "Giáo viên chủ nhiệm"),
    "thcs": ("Các tổ chuyên môn", "Liên đội nhà trường", "Giáo viên chủ nhiệm"),
}
# The Party committee and the Front of the body's level, for the recipients.
LEVEL_PARTY = {
    "ubnd_tinh": ("Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "Ban Dân vận Tỉnh ủy", "Ủy ban MTTQ Việt Nam tỉnh",
                  "Chủ tịch, các Phó Chủ tịch UBND tỉnh", "Văn phòng UBND tỉnh"),
    "ubnd_huyen": ("Thường trực Huyện ủy", "Thường trực HĐND huyện", "Ban Dân vận Huyện ủy", "Ủy ban MTTQ Việt Nam huyện",
                   "Chủ tịch, các Phó Chủ tịch UBND huyện", "UBND các xã, thị trấn"),
    "ubnd_xa": ("Thường trực Đảng ủy xã", "Thường trực HĐND xã", "Ủy ban MTTQ Việt Nam xã", "Các đoàn thể xã"),
    "so": ("Ban Giám đốc Sở", "Đảng ủy Sở", "Công đoàn Sở", "Các đơn vị trực thuộc Sở"),
    "bvdk": ("Ban Giám đốc", "Đảng ủy Bệnh viện", "Công đoàn cơ sở", "Các khoa, phòng"),
    "ttyt": ("Ban Giám đốc", "Chi bộ Trung tâm", "Công đoàn cơ sở", "Các khoa, phòng"),
    "tyt": ("Đảng ủy xã", "UBND xã"),
    "phong_gd": ("UBND huyện", "Lãnh đạo Phòng", "Các trường học trực thuộc"),
    "thpt": ("Chi bộ nhà trường", "Ban Giám hiệu", "Công đoàn nhà trường"),
    "thcs": ("Chi bộ nhà trường", "Ban Giám hiệu", "Công đoàn nhà trường"),
}
SECTION_CONTENT = ("II. NỘI DUNG", "II. NỘI DUNG, NHIỆM VỤ", "II. NHIỆM VỤ, GIẢI PHÁP", "II. NỘI DUNG THỰC HIỆN")


def _fields(rng: random.Random, p: Plan) -> dict:
    """Fresh values for the fields of one sentence."""
    m = rng.randint(2, 11)
    return {
        "topic": p.topic, "year": p.year, "short": p.body.short, "pct": rng.choice((70, 75, 80, 85, 90, 95, 98, 100)),
        "pct2": rng.choice((60, 70, 80, 90)), "small": rng.randint(3, 15), "n": f"{rng.randint(1, 4):02d}",
        "target": rng.choice(TOPIC_TARGETS[p.topic]), "activity": rng.choice(TOPIC_ACTIVITIES[p.topic]),
        "q": rng.choice(("I", "II", "III", "IV")), "m": m, "dm": f"{rng.randint(1, 28)}/{m}",
        "money": rng.randint(15, 950),
        "cite": rng.choice([c for c, since in PARTY_CITES + STATE_CITES + BODY_CITES if since <= p.year]),
    }


def _say(rng: random.Random, p: Plan, pool: tuple[str, ...]) -> str:
    return rng.choice(pool).format(**_fields(rng, p))


# Parts of composed sentences (opener + action + object + purpose), for prose that does not repeat.
OPENERS = ("", "Tiếp tục ", "Chủ động ", "Tăng cường ", "Thường xuyên ", "Tập trung ", "Kịp thời ", "Nghiêm túc ")
ACTIONS = (
    "rà soát, đánh giá", "tuyên truyền, phổ biến", "kiểm tra, giám sát", "hướng dẫn, đôn đốc", "triển khai đồng bộ",
    "nâng cao chất lượng", "đổi mới phương thức", "bố trí nguồn lực cho", "cập nhật, công khai", "sơ kết, rút kinh nghiệm về",
    "phối hợp thực hiện", "chỉ đạo thực hiện",
)
OBJECTS = (
    "các nhiệm vụ về {topic}", "các chỉ tiêu của Kế hoạch năm {year}", "kết quả giải quyết kiến nghị của người dân",
    "công tác tiếp công dân", "việc thực hiện quy chế dân chủ ở cơ sở", "các mô hình, điển hình tiên tiến",
    "hoạt động của Bộ phận tiếp nhận và trả kết quả", "việc chấp hành kỷ luật, kỷ cương hành chính",
    "hệ thống văn bản, quy chế nội bộ", "các hoạt động tại thôn, bản, tổ dân phố", "chất lượng đội ngũ cán bộ, công chức, viên chức",
    "việc ứng dụng công nghệ thông tin trong quản lý, điều hành",
)
PURPOSES = (
    "", ", bảo đảm đúng tiến độ, chất lượng", ", gắn với trách nhiệm của người đứng đầu", ", phù hợp với tình hình thực tế của {short}",
    " nhằm nâng cao sự hài lòng của người dân", " trên địa bàn và trong phạm vi quản lý", ", tránh hình thức, lãng phí",
    "; phấn đấu đạt trên {pct}% kế hoạch năm {year}",
)


def _compose(rng: random.Random, p: Plan) -> str:
    """One sentence composed of parts: "Tiếp tục rà soát, đánh giá các nhiệm vụ về … , bảo đảm …"."""
    s = f"{rng.choice(OPENERS)}{rng.choice(ACTIONS)} {rng.choice(OBJECTS)}{rng.choice(PURPOSES)}.".format(**_fields(rng, p))
    return s[:1].upper() + s[1:]


def render_full(rng: random.Random, p: Plan, party_plan: tuple[int, tuple[int, int, int]]) -> str:
    """A plan of real length and shape (see the comment above SIZE_MEDIAN)."""
    b = p.body
    year = p.year
    pdf = rng.random() < 0.5
    target = rng.lognormvariate(0, SIZE_SIGMA) * SIZE_MEDIAN * LEVEL_SCALE[b.kind]
    if rng.random() < LONG_SHARE:
        target *= LONG_SCALE
    target = min(max(target, SIZE_BOUNDS[0]), SIZE_BOUNDS[1])
    blocks: list[str | list[str]] = []  # a list is a growable paragraph (its sentences)
    growable: list[tuple[list[str], tuple[str, ...]]] = []  # (paragraph, the pool it grows from)
    add = blocks.append

    def prose(first: str, lead: str = "", pool: tuple[str, ...] = CONTENT_SENTENCES, weight: int = 1) -> None:
        para = [lead + first]
        blocks.append(para)
        growable.extend([(para, pool)] * weight)

    header_block(rng, p, add)
    # Preamble: bases, the plan implemented, the central directive, sometimes a Party plan.
    for base, _ in rng.sample([x for x in BASES if x[1] <= year], rng.randint(0, 2)):
        add(f"Căn cứ {base};")
    if p.parent is None:
        pre = f"Thực hiện {_cite_central(p.central)} về {p.central.subject}"
        if rng.random() < 0.6:
            n, pd = party_plan
            pre += f"; Kế hoạch số {n}-KH/TU ngày {_dmy(pd)} của Ban Thường vụ Tỉnh ủy {b.province} về {p.topic} năm {year}"
    else:
        pre = f"Thực hiện {_cite_plan(p.parent, True)}"
        if rng.random() < 0.4:
            pre += f"; {_cite_central(p.central)} về {p.central.subject}"
    add(f"{pre}; {b.short} xây dựng Kế hoạch thực hiện như sau:")
    # I. Aims, requirements, targets.
    add(rng.choice(("I. MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH YÊU CẦU", "I. MỤC ĐÍCH VÀ YÊU CẦU")))
    add("1. Mục đích")
    for s in rng.sample(AIM_SENTENCES, rng.randint(2, 4)):
        prose(s.format(**_fields(rng, p)), "- ", AIM_SENTENCES)
    extra = [c for c, since in PARTY_CITES + STATE_CITES + BODY_CITES if since <= year]
    for c in rng.sample(extra, min(len(extra), rng.randint(0, 3))):
        add("- Gắn với thực hiện " + _break_symbol(rng, _glue(rng, c), pdf) + ".")
    add("2. Yêu cầu")
    for s in rng.sample(REQUIREMENT_SENTENCES, rng.randint(2, 4)):
        prose(s, "- ", REQUIREMENT_SENTENCES)
    if rng.random() < 0.6:
        add("3. Chỉ tiêu")
        for t in rng.sample(TOPIC_TARGETS[p.topic], rng.randint(2, 4)):
            add("- " + rng.choice(TARGET_SENTENCES).format(**{**_fields(rng, p), "target": t}))
    # II. Content: numbered items, each a title, prose, who leads, when.
    units = UNITS[b.kind]
    staff = STAFF_UNIT[b.kind]
    n_items = min(len(ITEM_TITLES), max(2, round(target / 5000) + rng.randint(-1, 2)))
    add(rng.choice(SECTION_CONTENT))
    for i, title in enumerate(rng.sample(ITEM_TITLES, n_items), 1):
        add(f"{i}. {title.format(topic=p.topic)}")
        prose(_say(rng, p, CONTENT_SENTENCES), weight=3)
        if rng.random() < 0.5:
            prose(_say(rng, p, CONTENT_SENTENCES), "- ", weight=3)
        lead = rng.choice(units + (staff,))
        helpers = ", ".join(u for u in rng.sample(units, min(2, len(units))) if u != lead) or "các cơ quan, đơn vị liên quan"
        if rng.random() < 0.5:
            add(f"- Đơn vị chủ trì: {lead}; đơn vị phối hợp: {helpers}.")
            add("- Thời gian thực hiện: " + _say(rng, p, WHEN))
        else:
            add(f"- Giao {lead} chủ trì, phối hợp với {helpers} tổ chức thực hiện. Thời gian: " + _say(rng, p, WHEN))
        if rng.random() < 0.12:  # a duty of its own: "báo cáo kết quả về Phòng Nội vụ trước ngày …"
            add(f"- {lead} báo cáo kết quả thực hiện nội dung này về {staff} trước ngày {_dmy(_later(rng, p.date, 30, 150))}.")
    # III. Funding.
    add(rng.choice(("III. KINH PHÍ", "III. KINH PHÍ THỰC HIỆN", "III. KINH PHÍ BẢO ĐẢM")))
    for s in rng.sample(FUNDING, rng.randint(1, 3)):
        add(s.format(**_fields(rng, p)))
    # IV. Organisation: one item per unit, the staff unit's reporting duty, the units below.
    add("IV. TỔ CHỨC THỰC HIỆN")
    half = _later(rng, p.date, 20, 60)
    deadline = _later(rng, (1, 10, year), 0, 45)
    report = _later(rng, deadline, 5, 20)
    up = p.parent.body if p.parent else None
    up_name = up.cited if up else p.central.issuer
    own = b.short if b.kind in ("so", "bvdk", "ttyt", "tyt", "phong_gd") else b.name
    k = 1
    add(f"{k}. {staff}")
    prose(f"Làm đầu mối giúp {own} theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này; tham mưu tổng hợp, "
          f"báo cáo kết quả gửi về {up_name} trước ngày {_dmy(report)}.", "", UNIT_DUTIES)
    chosen = rng.sample(units, rng.randint(1, min(4, len(units))))
    for u in chosen:
        k += 1
        add(f"{k}. {u}")
        prose(_say(rng, p, UNIT_DUTIES), "", UNIT_DUTIES, 2)
    k += 1
    if b.children:
        add(f"{k}. Các cơ quan, đơn vị trực thuộc căn cứ Kế hoạch này xây dựng kế hoạch triển khai thực hiện; định kỳ 6 tháng "
            f"(trước ngày {_dmy(half)}) báo cáo kết quả gửi về {own} (qua {staff}) trước ngày {_dmy(deadline)}.")
    else:
        add(f"{k}. Các bộ phận, cá nhân căn cứ Kế hoạch này tổ chức thực hiện; báo cáo kết quả về {staff} trước ngày {_dmy(deadline)}.")
    add(f"{k + 1}. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp phối hợp giám sát việc thực hiện.")
    if rng.random() < 0.6:
        add(f"Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về {staff} để tổng hợp, báo cáo {own} xem xét, chỉ đạo./.")
    else:
        add(f"Trên đây là Kế hoạch thực hiện {p.topic} năm {year} của {own}; yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.")
    # Recipients and signature.
    tail: list[str] = ["Nơi nhận:", f"- {up_name} (B/c);"]
    if up and up.parent:
        tail.append(f"- {up.parent.cited} (B/c);")
    for r in LEVEL_PARTY.get(b.kind, ()):
        if rng.random() < 0.7:
            tail.append(f"- {r};")
    tail.append(f"- {staff};")
    for u in chosen:
        tail.append(f"- {u};")
    if b.children:
        tail.append("- Các cơ quan, đơn vị trực thuộc;")
    tail.append("- Lưu: VT.")
    tail.extend(b.sign)
    tail.append(_person(rng))
    # Grow the prose up to the target size: a sentence more, or a new paragraph in the same item.
    size = sum(len(x.encode()) + 1 if isinstance(x, str) else sum(len(s.encode()) + 1 for s in x) for x in blocks + tail)
    for _ in range(20_000):  # bounded: a paragraph may refuse a sentence it holds already
        if size >= target or not growable:
            break
        para, pool = rng.choice(growable)
        s = _say(rng, p, pool) if rng.random() < 0.4 else _compose(rng, p)
        if s in para:
            continue
        para.append(s)
        size += len(s.encode()) + 1
    paras = [x if isinstance(x, str) else " ".join(x) for x in blocks] + tail
    if pdf:
        return "\n\n".join(_wrap(x, 78) for x in paras).replace("\n", " \n") + " \n"
    return "\n".join(paras) + "\n"


# ---------------------------------------------------------------- corpus


def generate(out: Path, documents: int, seed: int = 0, small: bool = False, same_names: bool = False) -> list[dict]:
    """Write ``documents`` plans and the manifest under ``out``; return the manifest rows.
    ``small``: the short plans of the first version (``render``) instead of full-length ones.
    ``same_names``: bodies of one name in one province (``build_bodies``)."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    provinces = [(p, lvl, rng.sample(ds, len(ds))) for p, lvl, ds in province_units()]
    roots = [build_bodies(rng, p, lvl, ds, same_names) for p, lvl, ds in provinces]
    numbers = Numbers(rng)
    party: dict[tuple[str, int], tuple[int, tuple[int, int, int]]] = {}
    plans: list[Plan] = []
    year_i = 0
    while len(plans) < documents and not same_names:
        year = YEARS[year_i % len(YEARS)]
        year_i += 1
        for root in roots:
            if len(plans) >= documents:
                break
            party.setdefault((root.province, year), (rng.randint(2, 30), (rng.randint(1, 28), 1, year)))
            plans.extend(campaign(rng, root, year, numbers, len(plans)))
    while len(plans) < documents and same_names:
        # With bodies of one name: each province's plans of 2024, then of 2025 from July (its communes'
        # then headed as the 2025 communes'), so that a few hundred plans hold both.
        for root in roots:
            for year, months in ((YEARS[-2], (1, 4)), (YEARS[-1], (7, 9))):
                if len(plans) >= documents:
                    break
                party.setdefault((root.province, year), (rng.randint(2, 30), (rng.randint(1, 28), 1, year)))
                plans.extend(campaign(rng, root, year, numbers, len(plans), months))
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
        text = (render if small else render_full)(rng, p, party[(p.body.province, p.year)])
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
    ap.add_argument("--small", action="store_true", help="short plans (~3.7 KB) as in the first version, for older benchmark figures")
    ap.add_argument("--same-names", action="store_true",
                    help="a 'Trường Tiểu học Kim Đồng' in every district, and communes headed as the 2025 commune of "
                         "their name from July 2025 (bodies of one name in one province)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    rows = generate(args.out, args.documents, args.seed, args.small, args.same_names)
    dt = time.perf_counter() - t0
    size = sum((args.out / r["file"]).stat().st_size for r in rows)
    print(f"wrote {len(rows)} documents ({size / 1e6:.1f} MB) to {args.out} in {dt:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
