"""Organizations: where a body sits (level, province, district), its parent, and its successor.

A body links to its parent ("đơn vị cấp trên"): hospital -> Sở Y tế tỉnh -> Ủy ban nhân dân tỉnh
-> Chính phủ; Huyện ủy -> Tỉnh ủy -> Ban Chấp hành Trung ương Đảng. A unit inside a body is
PART_OF it ("Văn phòng Sở Y tế" -> "Sở Y tế tỉnh Hà Giang"). Where the 2025 reorganisation merged
provinces (Hà Giang into Tuyên Quang) or ended districts, the old body keeps its name and links
to its successor. Province and district names and the 2025 successors come from
``vanban.loaders.places`` (package data); the national bodies below are data.

Everything here is a pure function of the name and the context (province/district of the
document that names the body), so the result does not depend on the order documents load in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import lru_cache
from operator import attrgetter

from vanban.loaders import codes, places
from vanban.loaders.letters import LOWER_LETTERS, UPPER_LETTERS
from vanban.loaders.names import normalize_tones, place_case
from vanban.loaders.sections import roman_value

GOVERNMENT_NAME = "Chính phủ"
# Central bodies and their parent (None: top). Data, matched by exact name.
CENTRAL_PARENTS: dict[str, str | None] = {
    "Chính phủ": None,
    "Quốc hội": None,
    "Ban Chấp hành Trung ương Đảng": None,
    "Thủ tướng Chính phủ": "Chính phủ",
    "Văn phòng Chính phủ": "Chính phủ",
    "Ủy ban Thường vụ Quốc hội": "Quốc hội",
    "Bộ Chính trị": "Ban Chấp hành Trung ương Đảng",
    "Ban Bí thư Trung ương Đảng": "Ban Chấp hành Trung ương Đảng",
    "Ban Dân vận Trung ương": "Ban Chấp hành Trung ương Đảng",
    # The Central Committee's other commissions (the 2025 one of propaganda and mass mobilisation too).
    "Ban Tổ chức Trung ương": "Ban Chấp hành Trung ương Đảng",
    "Ban Tuyên giáo Trung ương": "Ban Chấp hành Trung ương Đảng",
    "Ban Tuyên giáo và Dân vận Trung ương": "Ban Chấp hành Trung ương Đảng",
    "Ban Nội chính Trung ương": "Ban Chấp hành Trung ương Đảng",
    # The Ban Kinh tế Trung ương renamed in 2025 (PARTY_BOARD_SUCCESSORS).
    "Ban Chính sách, chiến lược Trung ương": "Ban Chấp hành Trung ương Đảng",
    # The party committees directly under the Central Committee ("các đảng ủy trực thuộc Trung
    # ương"): the two that go on (those ended or made in 2025: PARTY_COMMITTEES_ENDED, _MADE).
    "Quân ủy Trung ương": "Ban Chấp hành Trung ương Đảng",
    "Đảng ủy Công an Trung ương": "Ban Chấp hành Trung ương Đảng",
    "Tòa án nhân dân tối cao": None,
    "Viện Kiểm sát nhân dân tối cao": None,
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam": None,
    # Written "Hội đồng bầu cử Quốc gia" too: one spelling through ``central_spelling``.
    "Hội đồng bầu cử quốc gia": None,
    # The national universities, under the Government (written "Đại học quốc gia Hà Nội" too).
    "Đại học Quốc gia Hà Nội": GOVERNMENT_NAME,
    "Đại học Quốc gia Thành phố Hồ Chí Minh": GOVERNMENT_NAME,
    # The central bodies of the mass organisations (``UNION_TOPS``), in one spelling whatever the
    # case of the text: "Trung ương Hội Liên hiệp phụ nữ Việt Nam" is the "… Phụ nữ Việt Nam".
    "Trung ương Hội Nông dân Việt Nam": None,
    "Trung ương Hội Liên hiệp Phụ nữ Việt Nam": None,
    "Trung ương Hội Cựu chiến binh Việt Nam": None,
    "Tổng Liên đoàn Lao động Việt Nam": None,
    "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh": None,
    "Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh": "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Liên minh Hợp tác xã Việt Nam": None,
    # The central bodies of REGIONAL_BRANCH_OF.
    "Kho bạc Nhà nước": "Bộ Tài chính",
    "Cục Hải quan": "Bộ Tài chính",
    "Cục Thuế": "Bộ Tài chính",
    "Kiểm toán Nhà nước": None,
    # The Front's and the Party's standing organs (CENTRAL_PART_OF).
    "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam": "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam": "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Ủy ban Kiểm tra Trung ương": "Ban Chấp hành Trung ương Đảng",
    # The national press, under the body that runs each: a recipient line names them without a
    # place ("Báo Tiền phong", "Báo Nhân dân"), and they are the same paper in every document.
    "Báo Nhân Dân": "Ban Chấp hành Trung ương Đảng",
    "Báo Quân đội nhân dân": "Bộ Quốc phòng",
    "Báo Công an nhân dân": "Bộ Công an",
    "Báo Tiền phong": "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Báo Lao động": "Tổng Liên đoàn Lao động Việt Nam",
    "Thông tấn xã Việt Nam": "Chính phủ",
    "Đài Truyền hình Việt Nam": "Chính phủ",
    "Đài Tiếng nói Việt Nam": "Chính phủ",
    "Cổng Thông tin điện tử Chính phủ": "Văn phòng Chính phủ",
    # The offices the Government's recipient lines name after the ministries ("- Văn phòng Tổng Bí
    # thư; - Văn phòng Chủ tịch nước; - Văn phòng Quốc hội;"): one of each in the country.
    "Văn phòng Tổng Bí thư": "Ban Chấp hành Trung ương Đảng",
    "Văn phòng Chủ tịch nước": None,
    "Văn phòng Quốc hội": "Quốc hội",
    "Văn phòng Trung ương Đảng": "Ban Chấp hành Trung ương Đảng",
    # The National Assembly's council ("- Hội đồng Dân tộc và các Ủy ban của Quốc hội;").
    "Hội đồng Dân tộc": "Quốc hội",
}
# Central bodies that are part of (the head or an organ of) their parent, not under it.
CENTRAL_PART_OF: frozenset[str] = frozenset({
    "Thủ tướng Chính phủ", "Bộ Chính trị", "Ban Bí thư Trung ương Đảng", "Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Ủy ban Kiểm tra Trung ương", "Hội đồng Dân tộc",
})
GOVERNMENT = "Chính phủ"
PARTY_CENTRE = "Ban Chấp hành Trung ương Đảng"

# The body that took over each ministry the reorganisation of the Government on 1 March 2025 (Nghị
# quyết 176/2025/QH15) merged into another.
MINISTRY_SUCCESSORS: dict[str, str] = {
    "Bộ Kế hoạch và Đầu tư": "Bộ Tài chính",
    "Bộ Giao thông vận tải": "Bộ Xây dựng",
    "Bộ Lao động - Thương binh và Xã hội": "Bộ Nội vụ",
    "Bộ Thông tin và Truyền thông": "Bộ Khoa học và Công nghệ",
    "Bộ Tài nguyên và Môi trường": "Bộ Nông nghiệp và Môi trường",
    "Bộ Nông nghiệp và Phát triển nông thôn": "Bộ Nông nghiệp và Môi trường",
    "Ủy ban Dân tộc": "Bộ Dân tộc và Tôn giáo",
}
# The ministries and ministry-level bodies of the Government, as they write their names (codes.MINISTRY_NAMES), with
# their successor, None for those that go on. Names are matched without regard to case or tone placement ("Bộ Công
# An", "Bộ Văn hoá, …").
MINISTRIES: dict[str, str | None] = {name: MINISTRY_SUCCESSORS.get(name) for name in codes.MINISTRY_NAMES}
# Other spellings of these names seen in documents.
MINISTRY_ALIASES: dict[str, str] = {
    "Bộ Tài nguyên Môi trường": "Bộ Tài nguyên và Môi trường",
    "Bộ Lao động, Thương binh và Xã hội": "Bộ Lao động - Thương binh và Xã hội",
    "Bộ Lao động Thương binh và Xã hội": "Bộ Lao động - Thương binh và Xã hội",
    "Bộ Nông nghiệp và PTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "Bộ Giao thông Vận tải": "Bộ Giao thông vận tải",
    "Bộ Thông tin - Truyền thông": "Bộ Thông tin và Truyền thông",
    "Ngân hàng Nhà nước": "Ngân hàng Nhà nước Việt Nam",
    # The Youth Union's central committee by its short names: "Trung ương Đoàn", "Ban Chấp hành
    # Trung ương Đoàn" (how its own headers write it), "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh".
    "Trung ương Đoàn": "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Ban Chấp hành Trung ương Đoàn": "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh": "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Ban Bí thư Trung ương Đoàn": "Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    # The Party's central office as the Government's recipient lines name it with the Party's
    # commissions: "- Văn phòng Trung ương và các Ban của Đảng;" (others: "- Văn phòng Trung ương Đảng;").
    "Văn phòng Trung ương": "Văn phòng Trung ương Đảng",
    # The Government's portal by the initials recipient lines write it with: "Cổng TTĐT Chính phủ".
    "Cổng TTĐT Chính phủ": "Cổng Thông tin điện tử Chính phủ",
}
# Bodies of a province known by a name of their own, which gives no place ("Báo Kinh tế và Đô thị"
# of Hà Nội): their province, and the body that runs each. A document of that province may write
# them by their initials ("Báo KTĐT", "Báo HNM": ``province_named_bodies``).
PROVINCE_NAMED_BODIES: dict[str, tuple[str, str | None]] = {
    "Báo Hà Nội mới": ("Hà Nội", "Thành ủy Hà Nội"),
    "Báo Kinh tế và Đô thị": ("Hà Nội", "Ủy ban nhân dân thành phố Hà Nội"),
    "Báo Sài Gòn Giải phóng": ("Hồ Chí Minh", "Thành ủy Thành phố Hồ Chí Minh"),
    "Báo Người Lao động": ("Hồ Chí Minh", None),
}


@lru_cache(maxsize=64)
def province_named_bodies(province: str | None) -> tuple[str, ...]:
    """The names of PROVINCE_NAMED_BODIES of ``province`` (for reading their initials): "Hà Nội" ->
    ("Báo Hà Nội mới", "Báo Kinh tế và Đô thị"); () for a province with none."""
    return tuple(n for n, (p, _) in PROVINCE_NAMED_BODIES.items() if p == province)
# A ministry not in the list above: "Bộ" and a capitalised word, but not the "Bộ" of a
# provincial command, a minister, a unit or the Politburo: "Bộ Chỉ huy Quân sự tỉnh", "Bộ Tư
# lệnh Thành phố", "Bộ đội Biên phòng tỉnh", "Bộ phận Một cửa", "Bộ trưởng Bộ Y tế", "Bộ Chính
# trị" (in CENTRAL_PARENTS).
MINISTRY = re.compile(rf"^Bộ (?!(?:Chính trị|Chỉ huy|Tư lệnh|Tham mưu|Trưởng|Đội|Phận|Môn|Máy)(?!\w))(?-i:[{UPPER_LETTERS}])\w*", re.IGNORECASE)
# The head, a deputy or an aide of a central body, or all its deputies, named with it: "Phó Chủ
# nhiệm Văn phòng Chính phủ", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Tổng Giám đốc Cổng Thông
# tin điện tử Chính phủ", "Trợ lý Thủ tướng Chính phủ", "Các Phó Thủ tướng Chính phủ" (the
# Government's recipient lines): one person or group in the country, whoever names them (``org_info``:
# part of that body, which must be one of CENTRAL_PARENTS).
CENTRAL_HEAD = re.compile(
    rf"^(?:Các )?(?:Phó )?(?:Chủ nhiệm|Bộ trưởng, Chủ nhiệm|Tổng Giám đốc|Trợ lý|Thủ tướng|Tổng Thư ký|Chủ tịch) (?P<body>[{UPPER_LETTERS}]\S*(?: \S+)*)$"
)
# A minister, the head of a ministry: "Bộ trưởng Bộ Tài chính", "Bộ Trưởng Bộ Y tế".
MINISTER = re.compile(r"^Bộ [Tt]rưởng (?P<ministry>Bộ \S.*)$")
# A national body named by its level, not in the lists above: "Ban Chỉ đạo Trung ương", "Ủy ban
# Kiểm tra Trung ương", "Ban Thi đua - Khen thưởng Trung ương", "Hội đồng bầu cử quốc gia",
# "Ban Chỉ đạo PTDS Quốc gia", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Ủy ban Quốc gia
# VSTBPN Việt Nam", "Trung ương Hội Liên hiệp phụ nữ Việt Nam", "Ban Chấp hành Trung ương Đoàn",
# "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh" (the Union's name, no city).
NATIONAL_BODY = re.compile(
    r"^(?:(?:Ban|Ủy ban|Uỷ ban|Hội đồng|Văn phòng)\b.*? (?:Trung ương|[Qq]uốc gia)(?: Đảng| Đoàn(?: Thanh niên Cộng sản Hồ Chí Minh)?| Việt Nam)?"
    r"|(?:Ban Thường trực |Đoàn Chủ tịch )?(?:Ủy ban|Uỷ ban) (?:Trung ương|Quốc gia) .+"
    r"|Trung ương (?:Hội|Đoàn) .+"
    # The presidium of a mass organisation's central committee: "Đoàn Chủ tịch Trung ương Hội Liên
    # hiệp Phụ nữ Việt Nam".
    r"|Đoàn Chủ tịch Trung ương (?:Hội|Đoàn) .+"
    # A central hospital, centre or institute: "Bệnh viện Mắt Trung ương", "Bệnh viện Nội tiết Trung
    # ương", "Trung tâm Truyền thông - Giáo dục sức khỏe Trung ương", "Viện Vệ sinh dịch tễ Trung ương".
    r"|(?:Bệnh viện|Trung tâm|Viện) [^,()]+ Trung ương"
    # A ministry's general department, of which there is only the one: "Tổng cục Thủy sản".
    rf"|Tổng cục [{UPPER_LETTERS}].+)$"
)
# A national steering committee, its office or the office's head, in any case: "Ban chỉ đạo phòng thủ
# dân sự quốc gia", "Văn phòng Ban Chỉ đạo Phòng thủ dân sự Quốc gia", "Chánh Văn phòng Ban chỉ đạo …"
# (the Prime Minister's telegrams), keyed in one spelling (``central_spelling``).
NATIONAL_STEERING_COMMITTEE = re.compile(
    r"^(?:(?P<head>(?:Phó )?Chánh )?(?P<office>(?i:văn phòng) ))?(?i:ban chỉ đạo) (?P<field>\S.*?) (?i:quốc gia)$"
)
NATIONAL_END = " quốc gia"
# The head of a body's office and a deputy, by their title: "Chánh Văn phòng …", "Phó Chánh Văn phòng …".
OFFICE_HEAD_WORDS: tuple[str, ...] = ("Chánh Văn phòng ", "Phó Chánh Văn phòng ")
# What makes a name that NATIONAL_BODY matches local after all: "Các cơ quan Trung ương đóng trên
# địa bàn tỉnh", "Ban Chỉ đạo các Chương trình mục tiêu quốc gia" (each province has one).
NOT_NATIONAL = re.compile(r"địa bàn|đóng trên|mục tiêu quốc gia|[Cc]hương trình", re.IGNORECASE)
# A hospital of the Ministry of Health whose name says so, wherever "Trung ương" stands in it, even
# with the city it is in: "Bệnh viện Trung ương Huế", "Bệnh viện Đa khoa Trung ương Cần Thơ", "Bệnh
# viện Nhi Trung ương", "Bệnh viện Tâm thần Trung ương 1" (not the province's: no Sở Y tế above it).
CENTRAL_HOSPITAL = re.compile(r"^Bệnh viện (?:[^,()]+ )?Trung ương(?: [^,()]+)?$")
# A central hospital of the armed forces, named so too but under its ministry, not the Ministry of
# Health: "Bệnh viện Trung ương Quân đội 108".
ARMED_FORCES_HOSPITAL = re.compile(r"Quân đội|Quân y|Công an")
# The Ministry of Health's hospitals known by a proper name alone, which no province has (data,
# matched without regard to case or tone placement): "Bệnh viện Bạch Mai" in a Hà Giang hospital's
# plan is the Hà Nội one, not "Bệnh viện Bạch Mai" of the Sở Y tế tỉnh Hà Giang.
CENTRAL_HOSPITALS: tuple[str, ...] = (
    "Bệnh viện Bạch Mai", "Bệnh viện Chợ Rẫy", "Bệnh viện Hữu nghị Việt Đức", "Bệnh viện Việt Đức",
    "Bệnh viện K", "Bệnh viện E", "Bệnh viện Hữu nghị", "Bệnh viện Thống Nhất", "Bệnh viện C Đà Nẵng",
)
MINISTRY_OF_HEALTH = "Bộ Y tế"
# The national party congress: "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng".
PARTY_CONGRESS = re.compile(r"^Đại hội đại biểu toàn quốc")

# Province-level people's committee or council: "Ủy ban nhân dân tỉnh Hà Giang",
# "Ủy ban nhân dân thành phố Cần Thơ", "Hội đồng nhân dân tỉnh Quảng Ninh".
PROVINCE_STATE_BODY = re.compile(r"^(Ủy ban nhân dân|Hội đồng nhân dân) (?P<level>tỉnh|thành phố) (?P<place>.+)$")
# District-level: "Ủy ban nhân dân huyện Đồng Văn", "Ủy ban nhân dân thị xã Kỳ Anh", "Ủy ban nhân
# dân thành phố Sơn La" (a province's city; a centrally-run city's is PROVINCE_STATE_BODY's).
DISTRICT_STATE_BODY = re.compile(r"^(Ủy ban nhân dân|Hội đồng nhân dân) (?:huyện|thị xã|quận|thành phố) (?P<place>.+)$")
# A department of the province: "Sở Y tế tỉnh Hà Giang", "Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh".
PROVINCE_DEPARTMENT = re.compile(r"^(?P<dept>Sở .+?) (?:tỉnh|thành phố) (?P<place>.+)$")
# The province party committee and its organs: "Tỉnh ủy Hà Giang", "Ban Thường vụ Tỉnh ủy Hà Tĩnh",
# "Ban Dân vận Tỉnh ủy Hà Tĩnh", "Thường trực Tỉnh ủy Sơn La", "Văn phòng Tỉnh ủy Nghệ An", "Ủy ban
# Kiểm tra Tỉnh ủy Nghệ An", "Ban Chấp hành Đảng bộ tỉnh Hà Giang".
# A "Thành ủy" of a province that is no centrally-run city is its city's: "Thành ủy Sơn La" is the
# party committee of thành phố Sơn La (district level), not the Tỉnh ủy Sơn La.
PROVINCE_PARTY = re.compile(r"^(?P<organ>(?:(?:Ban [^,]+?|Thường trực|Văn phòng|Ủy ban Kiểm tra) )?)(?P<word>Tỉnh ủy|Thành ủy) (?P<place>.+)$")
# The province's party organisation, or its executive: "Ban Chấp hành Đảng bộ tỉnh Hà Giang", "Đảng
# bộ tỉnh Trà Vinh" (the first line of a district party committee's header); not "Đảng bộ thành phố
# Sơn La", a province's city's.
PROVINCE_PARTY_EXECUTIVE = re.compile(r"^(?:Ban Chấp hành )?Đảng bộ (?P<level>tỉnh|thành phố) (?P<place>.+)$")
# How the executive's name starts (the party organisation's, "Đảng bộ tỉnh Trà Vinh", is another body).
PROVINCE_PARTY_EXECUTIVE_WORDS = ("Ban Chấp hành Đảng bộ tỉnh ", "Ban Chấp hành Đảng bộ thành phố ")
# The district party committee and its organs: "Huyện ủy Đồng Văn", "Ban Dân vận Huyện ủy Đồng Văn",
# "Thường trực Huyện ủy Mộc Châu", an urban district's "Quận ủy Ba Đình", a town's "Thị ủy Sơn Tây",
# and a city's "Thành ủy Buôn Ma Thuột" (read here only when its place is a known district, not a
# province: PROVINCE_PARTY reads "Thành ủy Cần Thơ").
DISTRICT_PARTY = re.compile(
    r"^(?P<organ>(?:(?:Ban [^,]+?|Thường trực|Văn phòng|Ủy ban Kiểm tra) )?)(?P<word>Huyện ủy|Quận ủy|Thị ủy|Thành ủy) (?P<place>.+)$"
)
# A district office of the people's committee: "Phòng Nội vụ huyện", "Phòng Nội vụ huyện Đồng Văn".
DISTRICT_OFFICE = re.compile(r"^(?P<office>Phòng .+?) huyện(?: (?P<place>.+))?$")
# An office of a town's, urban district's or province's city's people's committee: "Phòng Giáo dục và
# Đào tạo thành phố Bắc Giang", "Phòng Giáo dục và Đào tạo thị xã Hương Thủy" (not of a centrally-run
# city, "Phòng … thành phố Hà Nội", which has none).
TOWN_OFFICE = re.compile(r"^(?P<office>Phòng [^,()]+?) (?P<level>thị xã|quận|thành phố) (?P<place>[^,()]+)$")
# A health facility under the province's Sở Y tế: "Bệnh viện Đa khoa Nà Chì", "Trung tâm Y tế huyện Xín Mần".
HEALTH_FACILITY = re.compile(r"^(Bệnh viện|Trung tâm Y tế|Trung tâm Kiểm soát bệnh tật)\b")
# A unit's name that ends with the Party committee of the body named after it: "Văn phòng Đảng ủy"
# in "Văn phòng Đảng ủy Ủy ban nhân dân tỉnh Nghệ An", "Ban Tuyên giáo Đảng ủy".
PARTY_UNIT_END = " Đảng ủy"
# A specialised hospital or centre of a province named by its kind alone: each province has one, so
# its name does not identify it ("Bệnh viện Mắt" of Hồ Chí Minh City, of Nghệ An…) but the province
# does: "Bệnh viện Mắt", "Bệnh viện Nội tiết", "Bệnh viện Y học cổ truyền", "Trung tâm Kiểm soát
# bệnh tật". Not one that a proper name follows: "Bệnh viện Đa khoa Nà Chì", "Bệnh viện Bạch Mai",
# "Bệnh viện Mắt Trung ương".
GENERIC_FACILITY = re.compile(
    r"^(?:Bệnh viện (?i:mắt|nội tiết|nhi|phụ sản|sản nhi|sản - nhi|y học cổ truyền|y dược cổ truyền"
    r"|lao và bệnh phổi|phổi|tâm thần|da liễu|ung bướu|phục hồi chức năng|điều dưỡng - phục hồi chức năng"
    r"|truyền máu huyết học|chấn thương chỉnh hình|răng hàm mặt|tai mũi họng)"
    r"|Trung tâm (?:Kiểm soát bệnh tật|Pháp y|Giám định y khoa))$"
)
# A hospital or health centre named by a kind that provinces and districts each have: "Bệnh viện Đa
# khoa" (a province's or a district's), "Trung tâm Y tế" (each district's); which one is not in the
# name nor always in the document's place, so such a name is told apart by its document.
KIND_ONLY_FACILITY = re.compile(r"^(?:Bệnh viện(?: (?i:đa khoa))?|Trung tâm Y tế)$")
# The party committee or cell of a body, named with it: "Đảng ủy Sở Y tế tỉnh Hà Giang", "Đảng ủy
# Ủy ban nhân dân tỉnh Nghệ An", "Đảng ủy cơ quan Sở Tư pháp tỉnh Sơn La", "Chi bộ Văn phòng Sở Y tế
# tỉnh Hà Giang", "Chi bộ Khoa Nội, Bệnh viện Đa khoa tỉnh Sơn La". A party organisation, under the
# party committee of the body's place (the Tỉnh ủy, the Huyện ủy, the commune's Đảng ủy), never part
# of the agency it serves: its plans follow the party's instruments, not the agency's.
PARTY_OF_BODY = re.compile(
    r"^(?P<organ>Đảng ủy(?: cơ quan)?|Chi bộ|Ban cán sự đảng) (?:(?:Văn phòng|Phòng|Khoa|Ban|Trung tâm|Tổ)(?: [^,]*?)??,? )??"
    r"(?P<body>(?:Sở|Bệnh viện|Ủy ban nhân dân|Hội đồng nhân dân|Trung tâm|Văn phòng|Ủy ban Mặt trận Tổ quốc Việt Nam|Công an|Bộ Chỉ huy) .+)$"
)
# A party committee of a province's bloc of agencies or enterprises, directly under the province's
# party committee: "Đảng ủy Khối các cơ quan tỉnh Hà Giang", "Đảng ủy Khối Doanh nghiệp tỉnh Bắc
# Ninh", "Đảng ủy các cơ quan Đảng tỉnh Nghệ An" (2025).
PROVINCE_PARTY_BLOC = re.compile(r"^Đảng ủy (?:Khối|các cơ quan Đảng)(?: [^,()]*?)? (?P<level>tỉnh|thành phố) (?P<place>[^,()]+)$")
# The mass organisations each province, district and commune has, and the central body at the top
# of each: "Hội Nông dân tỉnh Sơn La" -> "Trung ương Hội Nông dân Việt Nam", "Liên đoàn Lao động
# tỉnh Bắc Ninh" -> "Tổng Liên đoàn Lao động Việt Nam". A district's or commune's is under its
# province's, as the Huyện ủy is under the Tỉnh ủy: "Hội Nông dân huyện Đồng Văn" -> "Hội Nông dân
# tỉnh Hà Giang" (the Front's committee of its place, of which it is a member, is not its parent).
UNION_TOPS: dict[str, str] = {
    "Hội Nông dân": "Trung ương Hội Nông dân Việt Nam",
    "Hội Liên hiệp Phụ nữ": "Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
    "Hội Cựu chiến binh": "Trung ương Hội Cựu chiến binh Việt Nam",
    "Liên đoàn Lao động": "Tổng Liên đoàn Lao động Việt Nam",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh": "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Liên minh Hợp tác xã": "Liên minh Hợp tác xã Việt Nam",
}
_UNION_HEADS = "|".join(map(re.escape, UNION_TOPS))
# A mass organisation of a province or district, with its level word or (as the unions write their
# names) without it: "Hội Nông dân tỉnh Sơn La", "Hội Liên hiệp Phụ nữ Hà Nội", "Hội Nông dân huyện
# Đồng Văn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Bắc Ninh".
UNION_OF_PLACE = re.compile(
    rf"^(?P<head>{_UNION_HEADS}) (?:(?P<level>tỉnh|thành phố|huyện|quận|thị xã) )?(?P<place>[^,()]+)$"
)
# A mass organisation of a body, organised in it: "Công đoàn Sở Y tế tỉnh Hà Giang", "Công đoàn cơ
# sở Bệnh viện Đa khoa tỉnh Sơn La", "Đoàn Thanh niên Cộng sản Hồ Chí Minh Bệnh viện Đa khoa tỉnh Sơn
# La", "Chi đoàn Văn phòng Sở Y tế tỉnh Hà Giang", "Hội Cựu chiến binh Công an tỉnh Nghệ An". Under
# the body, as its Đảng ủy is under the party committee of its place.
UNION_OF_BODY = re.compile(
    r"^(?P<union>Công đoàn(?: cơ sở)?|Đoàn Thanh niên(?: Cộng sản Hồ Chí Minh)?|Đoàn cơ sở|Chi đoàn|Hội Cựu chiến binh"
    r"|Hội Liên hiệp Phụ nữ|Chi hội Cựu chiến binh|Chi hội Phụ nữ|Ban Nữ công) "
    r"(?P<body>(?:Sở|Bệnh viện|Trung tâm|Ủy ban nhân dân|Văn phòng|Chi cục|Ban Quản lý|Công an|Bộ Chỉ huy|Cơ quan) .+)$"
)
# A unit named with its body: "Phòng Tổ chức cán bộ, Sở Y tế tỉnh Hà Tĩnh", "Văn phòng Sở Y tế".
UNIT_OF_BODY = re.compile(
    r"^(?P<unit>(?:Văn phòng|Phòng|Khoa|Ban Giám đốc|Đảng ủy|Lãnh đạo|Trang thông tin điện tử|Cổng [Tt]hông tin điện tử)(?: [^,]*?)??),? "
    r"(?P<body>(?:Sở|Bệnh viện|Ủy ban nhân dân|Trung tâm|Văn phòng) .+)$"
)

# The province written after a body below it, as the key of such a body ends (``with_province``):
# ", tỉnh Quảng Ninh" in "Ủy ban nhân dân xã Lương Minh, tỉnh Quảng Ninh".
PROVINCE_SUFFIX = re.compile(r", (?:tỉnh|thành phố) (?P<province>[^,()]+)$")
# A province written after a commune or district, with or without a comma: ", tỉnh An Giang" in
# "Ủy ban nhân dân huyện Châu Thành, tỉnh An Giang", " tỉnh An Giang" in "… huyện Châu Phú tỉnh An Giang".
PROVINCE_AFTER_PLACE = re.compile(r",? (?:tỉnh|thành phố) (?P<province>[^,()]+)$")
# A commune, ward, township or special zone named at the end of a body's name: "xã Lương Minh",
# "phường Bắc Cam Ranh", "thị trấn Phố Bảng", "đặc khu Cồn Cỏ", "phường 1" (the place is checked
# against the administrative units: "các xã, phường" is no commune).
COMMUNE_END = re.compile(r"(?<!\w)(?P<level>xã|phường|thị trấn|đặc khu) (?P<place>[^\s,()][^,()]*)$")
# The commune levels' words (COMMUNE_END's and build.COMMUNE_LEVEL_END's alternatives, for their cheap gates).
COMMUNE_LEVELS: tuple[str, ...] = ("xã", "phường", "thị trấn", "đặc khu")
# What a name COMMUNE_END matches holds (its cheap gate): a level word and the space after it.
COMMUNE_END_GATES: tuple[str, ...] = tuple(f"{level} " for level in COMMUNE_LEVELS)
# A district named at the end of a body's name: "huyện Châu Thành", "thị xã Kỳ Anh", "thành phố Sơn La".
DISTRICT_END = re.compile(r"(?<!\w)(?:huyện|quận|thị xã|thành phố) (?P<place>[^\s,()][^,()]*)$")
# A commune's body: "Ủy ban nhân dân xã Lương Minh", "Đảng ủy phường Bắc Cam Ranh",
# "Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh", "Hội đồng nhân dân thị trấn Phố Bảng".
COMMUNE_BODY = re.compile(
    rf"^(?P<body>Ủy ban nhân dân|Hội đồng nhân dân|Đảng ủy|Ủy ban Mặt trận Tổ quốc Việt Nam|Công an|{_UNION_HEADS}) "
    r"(?:xã|phường|thị trấn|đặc khu) (?P<place>.+)$"
)
# The Fatherland Front committee of a province or district: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sơn La".
FRONT_BODY = re.compile(r"^Ủy ban Mặt trận Tổ quốc Việt Nam (?P<level>tỉnh|thành phố|huyện|quận|thị xã) (?P<place>.+)$")
FRONT_CENTRE = "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
# Bodies of a vertical branch (police, courts, procuracies) in a province, district or commune, and
# the central body at the top of each branch: "Công an tỉnh Nghệ An" -> Bộ Công an, "Tòa án nhân
# dân thành phố Cần Thơ" -> Tòa án nhân dân tối cao, "Công an xã Lương Minh" -> Công an tỉnh.
VERTICAL_BODY = re.compile(
    r"^(?P<head>Công an|Tòa án nhân dân|Viện Kiểm sát nhân dân|Bộ Chỉ huy Quân sự|Bộ Chỉ huy Bộ đội Biên phòng) "
    r"(?P<level>tỉnh|thành phố|huyện|quận|thị xã) (?P<place>.+)$"
)
VERTICAL_TOPS: dict[str, str] = {
    "Công an": "Bộ Công an",
    "Tòa án nhân dân": "Tòa án nhân dân tối cao",
    "Viện Kiểm sát nhân dân": "Viện Kiểm sát nhân dân tối cao",
    # A province's military and border-guard commands, under the Ministry of National Defence (through
    # the military region and the Border Guard Command): "Bộ Chỉ huy Quân sự tỉnh Nghệ An".
    "Bộ Chỉ huy Quân sự": "Bộ Quốc phòng",
    "Bộ Chỉ huy Bộ đội Biên phòng": "Bộ Quốc phòng",
}
# An organ of a council, a front committee or a party committee, named with it: "Thường trực Hội
# đồng nhân dân tỉnh Sơn La", "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Quảng Ninh", "Văn
# phòng Hội đồng nhân dân tỉnh Quảng Ngãi", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh
# Khánh Hòa", "Ban Thường vụ Đảng ủy xã Lương Minh, tỉnh Quảng Ninh".
ORGAN_OF_COUNCIL = re.compile(
    r"^(?P<organ>Thường trực|Văn phòng|Ủy ban Kiểm tra|Ban (?!Chỉ đạo|Chỉ huy)[^,]+?) "
    r"(?P<body>(?:Hội đồng nhân dân|Ủy ban Mặt trận Tổ quốc Việt Nam|Đảng ủy) .+)$"
)
# A party committee of a province or centrally-run city at the end of a name, with the level word
# that some write after it: "Tỉnh ủy Cần Thơ" (a city's is "Thành ủy"), "Thành ủy Thành phố Hồ Chí
# Minh", "Thành ủy Hồ Chí Minh", "Tỉnh ủy tỉnh Sơn La".
PARTY_COMMITTEE_END = re.compile(r"(?<!\w)(?P<word>Tỉnh ủy|Thành ủy)(?: (?:[Tt]ỉnh|[Tt]hành phố))? (?P<place>[^,()]+)$")
# Level words, in any case, that may follow the head of a local body's name ("Công an Thành phố",
# "Ủy ban nhân dân Thành phố Hồ Chí Minh"): written in lower case in a key.
LEVEL_WORD_AFTER_HEAD = re.compile(r"(?i:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)(?=\s|$)")
# A centrally-run city named with the level word of a province: "Ủy ban nhân dân tỉnh Hà Nội", as
# "Ủy ban nhân dân tỉnh" reads in a Hà Nội document; the city's bodies say "thành phố".
CITY_AS_PROVINCE = re.compile(r"(?<!\w)tỉnh (?P<place>[^,()]+)$")
# An office of a department named before it, with the comma most write, without it or with a dash:
# "Phòng Tổ chức cán bộ Sở Y tế tỉnh Hà Tĩnh" is "Phòng Tổ chức cán bộ, Sở Y tế tỉnh Hà Tĩnh" (seed
# 004), "Phòng Nghiệp vụ Y - Sở Y tế" is "Phòng Nghiệp vụ Y, Sở Y tế"; the department in its own
# spelling: "Phòng Giáo dục Phổ thông, Sở Giáo dục và Đào tạo Đồng Tháp" -> "…, Sở … tỉnh Đồng Tháp".
# So an office of a committee after a dash: "Phòng Kinh tế - Ủy ban nhân dân phường Sài Gòn" is
# "Phòng Kinh tế, Ủy ban nhân dân phường Sài Gòn" (not after a space alone: "Phòng Nội vụ Ủy ban nhân dân huyện …" is kept).
OFFICE_BEFORE_DEPARTMENT = re.compile(
    r"^(?P<office>Phòng [^,]+?)(?:(?:,| [-–])? (?P<department>Sở \S.*)| [-–] (?P<committee>Ủy ban nhân dân \S.*))$"
)
# "sở, ban ngành" written for "sở, ban, ngành": "Sở, ban ngành thành phố", "Các sở, ban ngành, đoàn thể",
# and without commas: "Các sở ban ngành".
DEPARTMENTS_BRANCHES = re.compile(r"(?<!\w)([Ss]ở),? ban,? ngành(?!\w)")
# The departments (and other bodies) of a province named together, with the words that place them in
# it or not: "Các sở, ban, ngành", "Thủ trưởng các sở, ban, ngành, đoàn thể", "Các sở, ban, ngành cấp
# tỉnh Nghệ An", "Các sở, ban, ngành thuộc tỉnh Quảng Nam", "Thủ trưởng các sở, ban, ngành trong tỉnh
# Nam Định" (only a province has departments: each is the "… tỉnh Nghệ An" of other plans).
PROVINCE_DEPARTMENTS = re.compile(
    r"^(?P<collective>(?:Thủ trưởng c|C)ác sở(?:,? (?:ban|ngành|đoàn thể|hội|đơn vị|cơ quan))*)"
    r"(?: (?:cấp|thuộc|trong) (?:tỉnh|thành phố)(?P<place> [^,()]+)?)?$"
)
# The same kinds listed "ban, sở, ngành": "Các ban, sở, ngành, đoàn thể cấp tỉnh" (a Nghệ An plan's
# recipients) is the "Các sở, ban, ngành, đoàn thể cấp tỉnh" of its other plans.
BRANCHES_DEPARTMENTS = re.compile(r"(?<=[Cc]ác )ban, sở, ngành(?!\w)")
# A vice-chair's title written with a small "c": "Các Phó chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa".
VICE_CHAIR = re.compile(r"^((?:Các )?Phó) chủ tịch(?= )")
# The head (or a deputy) of a people's council, committee or front committee, or of its office,
# named with it: "Chủ tịch Ủy ban nhân dân tỉnh Lai Châu", "Các Phó Chủ tịch Ủy ban nhân dân tỉnh
# Nghệ An", "Chánh Văn phòng Ủy ban nhân dân tỉnh Đồng Nai" (of the Văn phòng). Part of the body, as
# a minister is of the ministry.
HEAD_OF_BODY = re.compile(
    r"^(?:Các )?(?P<title>Chủ tịch|Phó Chủ tịch|Chánh Văn phòng|Phó Chánh Văn phòng) "
    r"(?P<body>(?:Ủy ban nhân dân|Hội đồng nhân dân|Ủy ban Mặt trận Tổ quốc Việt Nam) .+)$"
)
# The director (or a deputy) of a province's department or police, named with it: "Giám đốc Sở Kế
# hoạch và Đầu tư tỉnh Yên Bái" (the signer of a report a decision cites), "Giám đốc Công an thành
# phố Hà Nội". Part of the body, as the chair is of the committee.
HEAD_OF_DEPARTMENT = re.compile(r"^(?:Các )?(?P<title>Giám đốc|Phó Giám đốc) (?P<body>(?:Sở|Công an) .+)$")
# The head of a general department, a department of a ministry, an institute, a school or a state bank, named with it, as a
# Quyết định it enacts in its own name names its issuer: "Cục trưởng Cục Thuế", "Tổng cục trưởng Tổng cục Hải quan",
# "Thống đốc Ngân hàng Nhà nước Việt Nam". Part of the body, where the rules know the body. (Not a "Trưởng Ban …": a
# steering committee's head is named short, "Trưởng Ban Chỉ đạo quốc gia", no body of that name.)
HEAD_OF_UNIT = re.compile(
    r"^(?P<title>Cục trưởng|Tổng cục trưởng|Vụ trưởng|Viện trưởng|Hiệu trưởng|Tổng Giám đốc|Thống đốc) "
    r"(?P<body>(?:Cục|Tổng cục|Vụ|Viện|Trường|Đại học|Học viện|Ngân hàng|Tập đoàn|Tổng công ty) .+)$"
)
# A school of general education: "Trường Trung học phổ thông Chiềng Sơn", "Trường THCS Nà Chì",
# "Trường Mầm non Hoa Sen". Their names repeat from province to province ("Trường THPT Nguyễn Trãi"),
# so a school's key gives its province (``with_province``); an upper-secondary or ethnic boarding
# school is under the province's Sở Giáo dục và Đào tạo (the others, under the commune since 2025,
# are left unplaced: which commune is not in the name).
SCHOOL = re.compile(
    r"^Trường (?P<kind>(?i:trung học phổ thông|phổ thông dân tộc nội trú|THPT|PTDTNT)|"
    r"(?i:trung học cơ sở|phổ thông dân tộc bán trú|tiểu học|mầm non|phổ thông|THCS|PTDTBT))(?!\w)"
)
PROVINCE_SCHOOL_KINDS = frozenset({"trung học phổ thông", "phổ thông dân tộc nội trú", "thpt", "ptdtnt"})
DISTRICT_SCHOOL_RULE = "school under the district's Phòng Giáo dục và Đào tạo (before 2025)"
# A commune's health station, with the district after it or not: "Trạm Y tế xã Nà Chì", "Trạm y tế xã
# Nà Chì, huyện Xín Mần".
HEALTH_STATION = re.compile(
    r"^Trạm [Yy] tế (?:xã|phường|thị trấn) (?P<commune>[^,()]+?)(?:, (?:huyện|quận|thị xã|thành phố) [^,()]+)?$"
)
HEALTH_STATION_RULE = "commune health station under the district's Trung tâm Y tế (before 2025)"
COMMUNE_OF_DISTRICT_RULE = "commune body under its district's (before 2025)"
COMMUNE_OF_PROVINCE_RULE = "commune body under its province's (two-level local government, 2025)"
DEPARTMENT_RULE = "department under the province people's committee"
# The district written after a commune or a unit of one: ", huyện Xín Mần" in "Ủy ban nhân dân xã Nà
# Chì, huyện Xín Mần", "Trường Trung học cơ sở Nà Chì, huyện Xín Mần".
DISTRICT_AFTER = re.compile(r", (?P<level>huyện|quận|thị xã|thành phố) (?P<district>[^,()]+)$")
# The party committee of a district by its level word: "Huyện ủy Xín Mần", "Thành ủy Sơn La" (a
# province's city; DISTRICT_PARTY and PROVINCE_PARTY read both).
DISTRICT_PARTY_COMMITTEES: dict[str, str] = {"huyện": "Huyện ủy", "thành phố": "Thành ủy"}
# The departments merged into another in each province when the ministries they answer to were
# (1 March 2025, as MINISTRIES): "Sở Tài nguyên và Môi trường tỉnh Hà Giang" -> "Sở Nông nghiệp và
# Môi trường tỉnh Tuyên Quang" (Hà Giang also merged into Tuyên Quang). A province's "Sở X" answers
# to the ministry "Bộ X", so they are read off MINISTRIES: "Sở Kế hoạch và Đầu tư" -> "Sở Tài chính".
DEPARTMENT_SUCCESSORS: dict[str, str] = {
    "Sở" + old[len("Bộ"):]: "Sở" + new[len("Bộ"):]
    for old, new in MINISTRIES.items()
    if new is not None and old.startswith("Bộ ") and new.startswith("Bộ ")
}
# A province agency under the people's committee that is not a "Sở": "Ban Dân tộc tỉnh Hà Giang".
PROVINCE_AGENCY = re.compile(r"^Ban Dân tộc (?P<level>tỉnh|thành phố) (?P<place>.+)$")
# The heads of local bodies' names as they are written, followed by a level word and a place in
# the documents: "Sở Công thương tỉnh Sơn La" is "Sở Công Thương tỉnh Sơn La", "Bộ Chỉ huy quân sự
# tỉnh Bắc Ninh" is "Bộ Chỉ huy Quân sự tỉnh Bắc Ninh". Matched without regard to case or tone
# placement; the other spellings seen in documents are aliases below.
LOCAL_HEADS: tuple[str, ...] = (
    "Ủy ban nhân dân", "Hội đồng nhân dân", "Thường trực Hội đồng nhân dân",
    "Ủy ban Mặt trận Tổ quốc Việt Nam", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Công an", "Tòa án nhân dân", "Viện Kiểm sát nhân dân", "Bộ Chỉ huy Quân sự", "Bộ Chỉ huy Bộ đội Biên phòng",
    "Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh", "Liên đoàn Lao động", "Liên minh Hợp tác xã",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Cổng Thông tin điện tử", "Trung tâm Kiểm soát bệnh tật", "Trung tâm Y tế",
    "Sở Y tế", "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Xây dựng", "Sở Công Thương", "Sở Ngoại vụ",
    "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường",
    "Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường", "Sở Kế hoạch và Đầu tư",
    "Sở Giao thông vận tải", "Sở Thông tin và Truyền thông", "Sở Lao động - Thương binh và Xã hội",
    "Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa và Thể thao", "Sở Du lịch", "Sở Dân tộc và Tôn giáo",
    "Báo và Phát thanh, Truyền hình", "Đài Phát thanh và Truyền hình", "Đoàn đại biểu Quốc hội",
)
# The heads of the names of the state's local bodies, which name their place with its level word:
# "Ủy ban nhân dân tỉnh Nghệ An", "Công an thành phố Hà Nội" (the unions name it without: "Hội Liên
# hiệp Phụ nữ Hà Nội").
STATE_HEADS: frozenset[str] = frozenset({
    "Ủy ban nhân dân", "Hội đồng nhân dân", "Thường trực Hội đồng nhân dân", "Công an", "Tòa án nhân dân",
    "Viện Kiểm sát nhân dân", "Bộ Chỉ huy Quân sự", "Bộ Chỉ huy Bộ đội Biên phòng",
})
# The committee of a province's Youth Union, named for it: "Tỉnh đoàn Bắc Ninh", "Thành đoàn Hà Nội".
YOUTH_UNION = "Đoàn Thanh niên Cộng sản Hồ Chí Minh"
YOUTH_UNION_COMMITTEE_WORDS: tuple[str, ...] = ("Tỉnh đoàn ", "Thành đoàn ", "Tỉnh Đoàn ", "Thành Đoàn ")
YOUTH_UNION_COMMITTEE = re.compile(r"^(?P<word>Tỉnh [đĐ]oàn|Thành [đĐ]oàn) (?:(?:tỉnh|thành phố) )?(?P<place>[^,()]+)$")
# The organs named before "Đoàn tỉnh …" that make it the Youth Union: "Ban Chấp hành Đoàn tỉnh Bắc Ninh".
YOUTH_UNION_ORGANS: frozenset[str] = frozenset({"Ban Chấp hành ", "Ban Thường vụ ", "Thường trực ", "Văn phòng "})
# The same committee at the end of the name of one of its organs: "Tỉnh đoàn Bắc Ninh" in "Ban
# Thường vụ Tỉnh đoàn Bắc Ninh" (not at the start: YOUTH_UNION_COMMITTEE reads that).
YOUTH_UNION_COMMITTEE_END = re.compile(
    r"(?<=\w )(?P<word>Tỉnh [đĐ]oàn|Thành [đĐ]oàn|Đoàn(?= tỉnh| thành phố)) (?:(?P<level>tỉnh|thành phố) )?(?P<place>[^,()]+)$"
)
# Province bodies whose own name gives the province without its level word, which some write:
# "Báo và Phát thanh, Truyền hình Lai Châu" is also written "… Truyền hình tỉnh Lai Châu".
NAMED_WITHOUT_LEVEL: tuple[str, ...] = ("Báo và Phát thanh, Truyền hình", "Đài Phát thanh và Truyền hình")
# A province with its level word at the end of a name: " tỉnh Lai Châu", " thành phố Cần Thơ".
LEVEL_AND_PROVINCE_END = re.compile(r" (?P<level>tỉnh|thành phố) (?P<place>[^,()]+)$")
LOCAL_HEAD_ALIASES: dict[str, str] = {
    "Sở Khoa học Công nghệ": "Sở Khoa học và Công nghệ",
    "Sở Tài nguyên Môi trường": "Sở Tài nguyên và Môi trường",
    "Sở Lao động, Thương binh và Xã hội": "Sở Lao động - Thương binh và Xã hội",
    "Sở Lao động Thương binh và Xã hội": "Sở Lao động - Thương binh và Xã hội",
    "Sở Giao thông Vận tải": "Sở Giao thông vận tải",
    "Báo và Phát thanh Truyền hình": "Báo và Phát thanh, Truyền hình",
    "Đài Phát thanh - Truyền hình": "Đài Phát thanh và Truyền hình",
    "Đài Phát thanh, Truyền hình": "Đài Phát thanh và Truyền hình",
    # The front and its committee are named for each other: "Mặt trận Tổ quốc tỉnh Bắc Ninh".
    "Ủy ban Mặt trận Tổ quốc": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Mặt trận Tổ quốc Việt Nam": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Mặt trận Tổ quốc": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Ban Thường trực Ủy ban Mặt trận Tổ quốc": "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Ban Thường trực Mặt trận Tổ quốc": "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam",
    # The Front's standing board by its members' name: "Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam
    # phường Bắc Cam Ranh" is the "Ban Thường trực …" of the same committee (the council's standing
    # body, "Thường trực Hội đồng nhân dân", has no "Ban": kept).
    "Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam": "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Thường trực Ủy ban Mặt trận Tổ quốc": "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Thường trực Mặt trận Tổ quốc": "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam",
    # The unions by their short names: "Hội Phụ nữ tỉnh", "Đoàn Thanh niên" (alone or before a level word).
    "Hội Phụ nữ": "Hội Liên hiệp Phụ nữ",
    "Đoàn Thanh niên": "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
}


# Two bodies of one place named together, the place written once, after the second (each a head
# of LOCAL_HEADS): "Ủy ban nhân dân và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk" (the issuers
# of a joint regulation), "Thường trực Hội đồng nhân dân - Ủy ban nhân dân tỉnh Hòa Bình".
JOINT_HEADS = re.compile(
    r"^(?P<first>[^,]+?) (?:và|-|–) (?P<second>[^,]+?) "
    r"(?P<place>(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)(?: [^,()]+)?)$"
)
# Two bodies each named with the same level word, the place written once, after the second:
# "Ủy ban bầu cử tỉnh, Hội đồng Thi đua - Khen thưởng tỉnh Đắk Lắk", "Ban Chỉ đạo các Chương trình
# mục tiêu quốc gia thành phố, Sở Nông nghiệp và Môi trường thành phố" (a report's addressees).
JOINT_LEVEL = re.compile(
    r"^(?P<first>[^,]+?) (?P<level>tỉnh|thành phố|huyện), (?P<second>[^,]+? (?P=level))(?P<place> [^,()]+)?$"
)


# Two ministries named together with a dash, as a joint circular's issuers are written: "Bộ Văn hóa -
# Thông tin - Bộ Y tế" (of "Thông tư liên tịch số 01/2004/TTLT-BVHTT-BYT"); not one ministry whose
# name holds a dash ("Bộ Lao động - Thương binh và Xã hội").
JOINT_MINISTRIES = re.compile(rf"^(?P<first>Bộ \S.*?) [-–] (?P<second>Bộ (?-i:[{UPPER_LETTERS}])[^-–]*)$")
# A ministry's general department or department named after the ministry with a dash: "Bộ Nông
# nghiệp và Phát triển nông thôn - Tổng cục Thủy Lợi" (a letter's issuer).
MINISTRY_UNIT = re.compile(r"^(?P<ministry>Bộ \S.*?) [-–] (?P<unit>(?:Tổng cục|Cục|Vụ|Văn phòng|Thanh tra) \S.*)$")
# A ministry's office or inspectorate named before the ministry, and its head: "Văn phòng Bộ Công an",
# "Thanh tra Bộ Y tế", "Chánh Văn phòng Bộ Y tế" (as "Chánh Văn phòng Bộ" in the ministry's own letter
# reads: ``graph.build.OWN_HEAD_TITLES``). The office is part of the ministry, its head of the office.
# (Not a "Vụ" or "Cục": several ministries have a "Vụ Tổ chức cán bộ", and a letter of a "Cục"'s own
# names it without the ministry.)
OFFICE_OF_MINISTRY = re.compile(rf"^(?P<head>(?:Phó )?Chánh )?(?P<office>Văn phòng|Thanh tra) (?P<ministry>Bộ [{UPPER_LETTERS}][^()]*)$")


# The kinds of a ministry's own departments, which other ministries have under the same names ("Vụ
# Kế hoạch - Tài chính" of the Bộ Y tế and of the Bộ Tài chính): keyed with their ministry,
# "Vụ Kế hoạch - Tài chính (Bộ Y tế)" (``unit_of_ministry``).
MINISTRY_DEPARTMENT_WORDS: tuple[str, ...] = ("Vụ ", "Cục ")
# How a ministry-level body's name starts, where it follows its department's: "Bộ Y tế", "Văn phòng
# Chính phủ" (its Cục Kiểm soát thủ tục hành chính), "Văn phòng Chủ tịch nước" (its Vụ Đối ngoại),
# "Ngân hàng Nhà nước", "Thanh tra Chính phủ", "Ủy ban Dân tộc".
MINISTRY_LEVEL_STARTS: tuple[str, ...] = ("Bộ ", "Văn phòng ", "Ngân hàng Nhà nước", "Thanh tra Chính phủ", "Ủy ban Dân tộc")
# What joins a department's name to its ministry's, if anything ("… Bộ Y tế"): "Vụ Kế hoạch - Tài
# chính, Bộ Y tế", "… - Bộ Y tế", "… (Bộ Y tế)", "… thuộc Bộ Y tế", "… của Bộ Y tế".
MINISTRY_JOINS: tuple[str, ...] = (",", "-", "–", "(", "thuộc", "của")
MINISTRY_DEPARTMENT_RULE = "department of a ministry"
# The offices of the Government, the President and the National Assembly, which have departments as
# a ministry has ("Cục Kiểm soát thủ tục hành chính, Văn phòng Chính phủ", "Vụ Đối ngoại, Văn phòng
# Chủ tịch nước").
# So has the Party's central office: "Cục Quản trị A, Văn phòng Trung ương Đảng" (a Bộ Ngoại giao
# department's recipients).
MINISTRY_LEVEL_OFFICES: frozenset[str] = frozenset({
    "Văn phòng Chính phủ", "Văn phòng Chủ tịch nước", "Văn phòng Quốc hội", "Văn phòng Trung ương Đảng",
})


# A ministry's departments that documents of every province name, often by initials or part in
# initials, with their ministry or without (data: each name is one department's in the country): the
# recipient lines of a province's rules and decisions ("Cục KTVB&QLXL VPHC-Bộ Tư pháp", "Cục Kiểm tra
# văn bản và Quản lý XLVP hành chính - Bộ Tư pháp", "Cục KSTTHC (VPCP)").
# A province's plan names them too, without their ministry, among its recipients or the bodies it
# reports to ("- Bộ Y tế (để b/c); - Cục Dân số (để b/c);" of a Cần Thơ plan, "báo cáo Cục Thủy
# sản và Kiểm ngư" of a province's plan): each is its ministry's, never a unit of the province.
# Their ministries as the Government's decrees on each ministry's structure set them in 2025 (the
# source after each group); names matched without regard to case or tone placement.
KNOWN_MINISTRY_DEPARTMENTS: dict[str, str] = {
    "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính": "Bộ Tư pháp",
    "Cục Kiểm soát thủ tục hành chính": "Văn phòng Chính phủ",
    # Nghị định 42/2025/NĐ-CP (Bộ Y tế).
    "Cục Quản lý Khám, chữa bệnh": "Bộ Y tế",
    "Cục Dân số": "Bộ Y tế",
    "Cục Phòng bệnh": "Bộ Y tế",
    "Cục An toàn thực phẩm": "Bộ Y tế",
    "Cục Quản lý Dược": "Bộ Y tế",
    "Cục Bà mẹ và Trẻ em": "Bộ Y tế",
    "Cục Quản lý Y, Dược cổ truyền": "Bộ Y tế",
    # Nghị định 35/2025/NĐ-CP (Bộ Nông nghiệp và Môi trường).
    "Cục Thủy sản và Kiểm ngư": "Bộ Nông nghiệp và Môi trường",
    "Cục Quản lý đê điều và Phòng, chống thiên tai": "Bộ Nông nghiệp và Môi trường",
    "Cục Trồng trọt và Bảo vệ thực vật": "Bộ Nông nghiệp và Môi trường",
    "Cục Chăn nuôi và Thú y": "Bộ Nông nghiệp và Môi trường",
    "Cục Lâm nghiệp và Kiểm lâm": "Bộ Nông nghiệp và Môi trường",
    # Nghị định 02/2025/NĐ-CP (Bộ Công an).
    "Cục Cảnh sát quản lý hành chính về trật tự xã hội": "Bộ Công an",
    # Nghị định 25/2025/NĐ-CP (Bộ Nội vụ).
    "Cục Việc làm": "Bộ Nội vụ",
    "Cục Người có công": "Bộ Nội vụ",
}
# The same names folded (``_fold``): a text writes "Cục Quản lý khám, chữa bệnh", "Cục Cảnh sát
# Quản lý hành chính về trật tự xã hội".
_KNOWN_MINISTRY_DEPARTMENTS_FOLDED: dict[str, str] = {}


def known_ministry_department(name: str) -> str | None:
    """One of KNOWN_MINISTRY_DEPARTMENTS as written there, however a text writes its case: "Cục
    Quản lý khám, chữa bệnh" -> "Cục Quản lý Khám, chữa bệnh"; None for any other name."""
    if not name.startswith("Cục "):
        return None
    if not _KNOWN_MINISTRY_DEPARTMENTS_FOLDED:
        _KNOWN_MINISTRY_DEPARTMENTS_FOLDED.update({_fold(n): n for n in KNOWN_MINISTRY_DEPARTMENTS})
    return _KNOWN_MINISTRY_DEPARTMENTS_FOLDED.get(_fold(name))


# The general departments that ended in 2025, with the ministry they were under and the department
# that took them over, as a province's plan writes it: "Tổng cục Thủy sản (nay Cục Thủy sản và Kiểm
# ngư)" (../shared/corpus/030.txt).
ENDED_GENERAL_DEPARTMENTS: dict[str, tuple[str, str]] = {
    "Tổng cục Thủy sản": ("Bộ Nông nghiệp và Phát triển nông thôn", "Cục Thủy sản và Kiểm ngư (Bộ Nông nghiệp và Môi trường)"),
}
# The Central Committee's boards the Party merged in 2025, with the board that took them over: the
# Bộ Chính trị's decision merging the Ban Tuyên giáo Trung ương and the Ban Dân vận Trung ương into
# the Ban Tuyên giáo và Dân vận Trung ương was announced at the Trụ sở Trung ương Đảng on 3 February
# 2025 (znews.vn "Ông Nguyễn Trọng Nghĩa làm Trưởng ban Tuyên giáo và Dân vận Trung ương"; the
# decision's own number and day were not found). groups.PARTY_BOARDS_MERGED dates them.
# The Ban Kinh tế Trung ương was renamed the Ban Chính sách, chiến lược Trung ương by the Central
# Committee's Kết luận số 121-KL/TW of 24 January 2025 (on the review of Nghị quyết 18-NQ/TW), the
# Bộ Chính trị's Quyết định số 247-QĐ/TW of the same day giving the renamed board its functions
# (groups.PARTY_BOARD_RENAMED dates it).
PARTY_BOARD_SUCCESSORS: dict[str, str] = {
    "Ban Tuyên giáo Trung ương": "Ban Tuyên giáo và Dân vận Trung ương",
    "Ban Dân vận Trung ương": "Ban Tuyên giáo và Dân vận Trung ương",
    "Ban Kinh tế Trung ương": "Ban Chính sách, chiến lược Trung ương",
}
MERGED_PARTY_BOARD_RULE = "central board of the Party, merged in 2025"
# The party committees directly under the Central Committee that Kết luận 121-KL/TW ended (their
# party organisations moved to the four it made), and the four made, whose founding the Bộ Chính
# trị's decisions announced on 3 February 2025 with the boards' merger (znews.vn, as above):
# groups.PARTY_BOARDS_MERGED dates both.
PARTY_COMMITTEES_ENDED = frozenset({"Đảng ủy Khối các cơ quan Trung ương", "Đảng ủy Khối Doanh nghiệp Trung ương"})
PARTY_COMMITTEES_MADE = frozenset({
    "Đảng ủy các cơ quan Đảng Trung ương", "Đảng ủy Chính phủ", "Đảng ủy Quốc hội", "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương",
})
ENDED_PARTY_COMMITTEE_RULE = "party committee under the Central Committee, ended in 2025"
CENTRAL_PARTY_COMMITTEE_RULE = "party committee under the Central Committee"
# Departments a ministry runs in each province under the same name, so that a province's document
# naming one bare may mean its own province's ("Cục Thống kê", "Cục Thuế" before 2025): not read as
# the ministry's (``org_info``).
PROVINCE_BRANCH_DEPARTMENTS: tuple[str, ...] = (
    "Cục Thống kê", "Cục Thuế", "Cục Hải quan", "Cục Quản lý thị trường", "Cục Thi hành án dân sự", "Cục Dự trữ",
)
UNPLACED_DEPARTMENT_RULE = "a ministry's department named without its ministry"


def is_ministry_level(name: str) -> bool:
    """Whether ``name`` (as ``central_spelling`` writes it) is a ministry or a ministry-level office
    (MINISTRY_LEVEL_OFFICES), whose departments are keyed with it: "Bộ Y tế", "Bộ Văn hóa, Thể thao
    và Du lịch", "Văn phòng Chính phủ". Only those names: not "Bộ Chỉ huy Quân sự tỉnh Nghệ An"."""
    return name in MINISTRIES or name in MINISTRY_LEVEL_OFFICES


@lru_cache(maxsize=4096)
def unit_of_ministry(name: str) -> str | None:
    """A ministry's department named with its ministry, however it is joined to it -> its key, the
    department with the ministry in brackets, as the ministry's own letters key it
    (``graph.build._qualified_key``): "Vụ Kế hoạch - Tài chính, Bộ Y tế", "Vụ Kế hoạch - Tài chính -
    Bộ Y tế", "Bộ Y tế - Vụ Kế hoạch - Tài chính", "Vụ Kế hoạch - Tài chính Bộ Y tế" -> "Vụ Kế hoạch -
    Tài chính (Bộ Y tế)"; "Cục Kiểm soát thủ tục hành chính (Văn phòng Chính phủ)" as it is. A
    central body of its own ("Cục Thuế, Bộ Tài chính") is that body. None for any other name (a
    department without its ministry, "Vụ Tổ chức cán bộ", is the issuer's to tell apart)."""
    if name.startswith("Bộ ") and (m := MINISTRY_UNIT.match(name)) and m["unit"].startswith(MINISTRY_DEPARTMENT_WORDS):
        unit, ministry = m["unit"], central_spelling(m["ministry"])
        if not is_ministry_level(ministry):
            return None
        return _ministry_unit_key(unit, ministry)
    if not is_department_name(name):
        return None
    for start in MINISTRY_LEVEL_STARTS:
        at = name.find(start, len("Vụ "))
        while at > 0:
            ministry = central_spelling(name[at:].removesuffix(")") if name.endswith(")") else name[at:])
            if is_ministry_level(ministry) and (name.endswith(")") == (name[at - 1] == "(")):
                head = name[:at].rstrip()
                for join in MINISTRY_JOINS:
                    if head.endswith(join):
                        head = head[: -len(join)].rstrip()
                        break
                if " " in head and head[-1:].isalnum():
                    return _ministry_unit_key(head, ministry)
            at = name.find(start, at + 1)
    return None


def is_department_name(name: str) -> bool:
    """Whether ``name`` is a department's, "Vụ Kế hoạch - Tài chính", "Cục Lãnh sự", not its head's
    ("Vụ trưởng Vụ Tổ chức cán bộ", "Cục trưởng …": the word after the kind has its capital)."""
    return (name.startswith(MINISTRY_DEPARTMENT_WORDS) and name[name.index(" ") + 1 : name.index(" ") + 2].isupper()
            and not name.startswith(HEAD_TITLES_WRITTEN_UP))


# A department's head by a title some write with a capital: "Cục Trưởng Mai Xuân Thành".
HEAD_TITLES_WRITTEN_UP: tuple[str, ...] = ("Cục Trưởng", "Vụ Trưởng")


def _ministry_unit_key(unit: str, ministry: str) -> str:
    return unit if unit in CENTRAL_PARENTS else f"{unit} ({ministry})"


def joint_bodies(name: str) -> list[str]:
    """The bodies a name that joins two of one place names, each with the place: "Ủy ban nhân dân và
    Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk" -> ["Ủy ban nhân dân tỉnh Đắk Lắk", "Ủy ban Mặt
    trận Tổ quốc Việt Nam tỉnh Đắk Lắk"]; "Ủy ban bầu cử tỉnh, Hội đồng Thi đua - Khen thưởng tỉnh"
    -> ["Ủy ban bầu cử tỉnh", "Hội đồng Thi đua - Khen thưởng tỉnh"]. Any other name: [name] ("Văn
    phòng Hội đồng nhân dân và Ủy ban nhân dân xã Lương Minh" is one office serving both)."""
    return list(_joint_bodies(name))


@lru_cache(maxsize=65536)
def _joint_bodies(name: str) -> tuple[str, ...]:
    """``joint_bodies``, memoised by the name: a document's tasks and recipients name the same bodies
    again and again (12 of every 13 calls, over 500 synthetic plans' fragments, are repeats)."""
    if name.startswith("Bộ ") and (m := JOINT_MINISTRIES.match(name)) and MINISTRY.match(m["second"]):
        return (central_spelling(m["first"]), central_spelling(m["second"]))
    if " và " in name or " - " in name or " – " in name:
        m = JOINT_HEADS.match(name)
        if m and m["first"] in LOCAL_HEADS and m["second"] in LOCAL_HEADS:
            return (f"{m['first']} {m['place']}", f"{m['second']} {m['place']}")
    if ", " in name and (m := JOINT_LEVEL.match(name)):
        first, second = m["first"], m["second"]
        if first[:1].isupper() and second[:1].isupper() and " " in first and not first.startswith("Các "):
            place = m["place"] or ""
            return (f"{first} {m['level']}{place}", f"{second}{place}")
    return (name,)


@dataclass(frozen=True, slots=True)
class OrgInfo:
    """Where a body sits and what it links to. A plain frozen dataclass: ``org_info`` makes one for
    every name it places for the first time (~25 a plan in a worker's fragment, one or two per new
    body in the writer's hierarchy), and a pydantic model validated each of them again (its fields
    are the rules' own strings)."""

    name: str
    level: str | None = None  # central, province, district, commune, unit
    province: str | None = None
    district: str | None = None
    parent: str | None = None  # UNDER
    part_of: str | None = None  # PART_OF
    successor: str | None = None  # SUCCEEDED_BY (2025 reorganisation)
    defunct: bool = False
    rule: str = ""  # which rule placed it (the evidence quote of its hierarchy edges)

    def __reduce__(self):
        """Pickled as its fields, in order (the resolver's snapshot holds one for every body of the
        hierarchy): a frozen slots dataclass's own ``__getstate__`` calls ``dataclasses.fields``
        for each object, 0.26 s of the 0.94 s the snapshot of 2,000 plans took to write."""
        return OrgInfo, _org_info_fields(self)


_org_info_fields = attrgetter(*(f.name for f in fields(OrgInfo)))


# The rules that place a body as an organ or the head of another, which acts for it: its reports
# go where that body's go ("Ban Thường trực Ủy ban MTTQ xã" reports up as its committee does).
ORGAN_RULES: frozenset[str] = frozenset({
    "organ of the province party committee", "organ of the district party committee",
    "organ of the council, front or party committee", "head of the body", "head of the office of the body",
    "organ of the mass organisation",
})
# The rule of an organ of a mass organisation, which numbers its instruments in its own series
# ("Kế hoạch số 77/KH-BTV" of the Ban Thường vụ Hội Liên hiệp Phụ nữ Hà Nội), unlike a Tỉnh ủy's.
UNION_ORGAN_RULE = "organ of the mass organisation"


def superior(name: str, province: str | None = None, district: str | None = None) -> str | None:
    """Where a body's reports go when a document names no addressee: its parent; for a unit, the
    body it is part of ("Văn phòng Sở Y tế" -> the Sở); for an organ or the head of a body, that
    body's parent ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh, tỉnh Quảng
    Ninh" -> "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh", not its own committee)."""
    info = org_info(name, province, district)
    if info.parent:
        return info.parent
    if info.part_of and info.rule in ORGAN_RULES:
        return org_info(info.part_of, info.province or province, info.district or district).parent
    return info.part_of


def _province(place: str | None) -> str | None:
    return places.province_name(place) if place else None


def _district(place: str | None) -> str | None:
    return places.district_name(place) if place else None


def _level_word(province: str) -> str:
    return places.province_level_word(province)


def province_committee(province: str) -> str:
    return f"Ủy ban nhân dân {_level_word(province)} {province}"


def province_health_department(province: str) -> str:
    return f"Sở Y tế {_level_word(province)} {province}"


def party_committee(province: str) -> str:
    """The party committee of a province or centrally-run city: "Tỉnh ủy Hà Giang", "Thành ủy Cần
    Thơ", "Thành ủy Thành phố Hồ Chí Minh" (a name that alone is a person's keeps its level word)."""
    if not places.is_city(province):
        return f"Tỉnh ủy {province}"
    return f"Thành ủy Thành phố {province}" if province in places.NEEDS_LEVEL_WORD else f"Thành ủy {province}"


def province_front(province: str) -> str:
    return f"Ủy ban Mặt trận Tổ quốc Việt Nam {_level_word(province)} {province}"


@lru_cache(maxsize=65536)
def _found_province(name: str) -> str | None:
    """``places.find_province`` of a body's name (a scan of it for every province's name), memoised
    by the name: ``org_info`` may ask it of one name up to three times, and ``is_qualified`` asks it
    again of the names it places."""
    return places.find_province(name)


def _commune_body_parent(body: str, province: str) -> str | None:
    """The body of ``province`` above a commune's body of the kind ``body`` (COMMUNE_BODY's head), the
    one name built: "Ủy ban nhân dân" -> "Ủy ban nhân dân tỉnh Đồng Nai", "Hội Nông dân" -> "Hội Nông dân
    tỉnh Đồng Nai" (of "Hội Nông dân xã Gia Kiệm, tỉnh Đồng Nai"); None for a council ("Hội đồng nhân dân")."""
    if body == "Ủy ban nhân dân":
        return province_committee(province)
    if body == "Đảng ủy":
        return party_committee(province)
    if body == "Ủy ban Mặt trận Tổ quốc Việt Nam":
        return province_front(province)
    if body == "Công an" or body in UNION_TOPS:
        return f"{body} {_level_word(province)} {province}"
    return None


def _commune_body_district_parent(body: str, level: str, district: str) -> str | None:
    """The body of a district (``level`` "huyện", "thành phố" …) above a commune's body of the kind ``body``
    before 2025: "Ủy ban nhân dân" -> "Ủy ban nhân dân huyện Xín Mần", "Đảng ủy" -> "Huyện ủy Xín Mần" (of
    "Đảng ủy xã Nà Chì" in a document of huyện Xín Mần); None for a council, or a Đảng ủy under a level no
    committee of DISTRICT_PARTY_COMMITTEES names."""
    if body == "Đảng ủy":
        committee = DISTRICT_PARTY_COMMITTEES.get(level)
        return f"{committee} {district}" if committee else None
    if body in ("Ủy ban nhân dân", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Công an") or body in UNION_TOPS:
        return f"{body} {level} {district}"
    return None


def _province_level(level_word: str, place: str) -> str | None:
    """The province that a level word and a place name name: "tỉnh Hà Giang", "thành phố Cần Thơ";
    None for "thành phố Sơn La", a province's own city (a district-level body)."""
    p = _province(place)
    if p and level_word == "thành phố" and not places.is_city(p):
        return None
    return p


# The dashes written in names for the hyphen: "Bộ Lao động – Thương binh và Xã hội".
DASHES = re.compile("[–—]")


# A dash between two words, with or without spaces: "Lao động-Thương binh", "Lao động - Thương binh".
SPACED_DASH = re.compile(r"(?<=\w)\s*-\s*(?=\w)|(?<=\w) -\s*|\s*- (?=\w)")


@lru_cache(maxsize=65536)
def _fold(name: str) -> str:
    """A name in one case, tone placement and dash spacing, to compare names by: "Sở Lao động-Thương
    binh và Xã hội" -> "sở lao động - thương binh và xã hội". Memoised: ``local_spelling`` folds
    the heads of names ("Ban Công tác Mặt trận", "Ủy ban nhân dân xã") that many names share (a
    1,000 plans' fragments fold 9,800 strings 33,000 times)."""
    name = DASHES.sub("-", normalize_tones(name))
    if "-" in name:
        name = SPACED_DASH.sub(" - ", name)
    return name.casefold()


def _heads_by_length() -> tuple[tuple[int, dict[str, str]], ...]:
    """LOCAL_HEADS and their aliases by their number of words (longest first): folded -> written."""
    table: dict[int, dict[str, str]] = {}
    for head in LOCAL_HEADS:
        table.setdefault(len(head.split()), {})[_fold(head)] = head
    for alias, head in LOCAL_HEAD_ALIASES.items():
        table.setdefault(len(alias.split()), {})[_fold(alias)] = head
    return tuple(sorted(table.items(), reverse=True))


_LOCAL_HEADS_BY_LENGTH = _heads_by_length()
_LOCAL_HEADS_BY_COUNT: dict[int, dict[str, str]] = dict(_LOCAL_HEADS_BY_LENGTH)
# The first words of those heads, folded ("sở", "ủy", "trung"…): a name whose first word is none of
# them ("Trường", "Bệnh viện", "Các") starts with no head, and ``local_spelling`` looks no further.
_LOCAL_HEAD_FIRST_WORDS: frozenset[str] = frozenset(k.split(" ", 1)[0] for _, heads in _LOCAL_HEADS_BY_LENGTH for k in heads)


# The offices of a district or commune (not a department's rooms) that no department is named after:
# "Phòng Kinh tế - Hạ tầng", "Phòng Văn hóa - Xã hội", "Phòng Giáo dục" (the district's, in a Lâm Đồng
# department's letter); and the rooms of other bodies a department's document names: "Phòng Cảnh
# sát giao thông" (the police's), "Phòng khám đa khoa" (a clinic), "Phòng Thương mại và Công nghiệp".
OTHER_OFFICES = re.compile(
    r"^Phòng (?i:(?:kinh tế|văn hóa|văn hoá|tài chính - kế hoạch|quản lý đô thị|dân tộc|giáo dục)$"
    r"|kinh tế - hạ tầng|văn hóa - xã hội|văn hoá - xã hội|văn hóa và thông tin|văn hoá và thông tin|kinh tế, hạ tầng"
    r"|khám|cảnh sát|an ninh|thương mại|công chứng|giao dịch|quản lý xuất nhập cảnh|hồ sơ|PC|PA|PV|PX|PK|PH)(?!\w)"
)


def is_office_of_place(office: str) -> bool:
    """Whether ``office`` ("Phòng …", without its place) is the name of a district's or commune's
    office or another body's room rather than a department's: "Phòng Lao động - Thương binh và Xã
    hội" is the district's (named as the "Sở Lao động - Thương binh và Xã hội" is), "Phòng Kinh tế",
    "Phòng Cảnh sát giao thông" too (OTHER_OFFICES); "Phòng Nghiệp vụ Y" is not."""
    department = "Sở" + office[len("Phòng") :]
    if _LOCAL_HEADS_BY_COUNT.get(len(department.split(" ")), {}).get(_fold(department)) is not None:
        return True
    return OTHER_OFFICES.match(_fold(office).capitalize()) is not None or OTHER_OFFICES.match(office) is not None


# Names of units that have no place of their own, written in several cases, in one spelling
# wherever they stand at the head of a name: "Ban công tác Mặt trận thôn", "Ban Công tác mặt trận
# thôn" -> "Ban Công tác Mặt trận thôn" (a village's Front committee); "Các ban Xây dựng Đảng";
# "Ban Xây dựng Đảng" of a commune's party committee -> "Ban xây dựng Đảng", as its "Các ban" are.
# "Ban cán sự đảng Ủy ban nhân dân tỉnh Kon Tum", "Ban Cán sự Đảng …", "Ban cán sự Đảng …" -> "Ban cán sự đảng …".
# "Chánh văn phòng Bộ" -> "Chánh Văn phòng Bộ", as HEAD_OF_BODY reads it.
# "Cổng thông tin điện tử Sở Y tế tỉnh Hà Tĩnh" -> "Cổng Thông tin điện tử …", as LOCAL_HEADS writes it.
# The party committees' commissions: "Ban tuyên giáo và dân vận các tỉnh ủy, thành ủy, đảng ủy trực
# thuộc Trung ương" (a Party letter's recipients) is the "Ban Tuyên giáo và Dân vận …" of others.
UNIT_HEADS: tuple[str, ...] = (
    "Ban Công tác Mặt trận", "Các ban xây dựng Đảng", "Ban xây dựng Đảng", "Ban cán sự đảng", "Chánh Văn phòng", "Phó Chánh Văn phòng",
    "Cổng Thông tin điện tử", "Ban Tuyên giáo và Dân vận", "Ban Tuyên giáo", "Ban Dân vận", "Ban Tổ chức", "Ban Nội chính",
)
_UNIT_HEADS_FOLDED: tuple[tuple[str, str], ...] = tuple((_fold(h), h) for h in UNIT_HEADS)
# A body each village or residential group of a commune has, named for all of them: "Ban Công tác Mặt
# trận các thôn" is the "Ban Công tác Mặt trận thôn" the same commune's plan names too, "Trưởng thôn
# các thôn" its "Trưởng thôn" (one collective, one key).
VILLAGES_END = re.compile(r"(?<=\w) các (?P<village>thôn|bản|ấp|tổ dân phố|khu phố)$")


# The front named inside a longer name without its country, before a level word: "Các tổ chức thành viên
# Mặt trận Tổ quốc xã Lương Minh" is "… Mặt trận Tổ quốc Việt Nam xã Lương Minh" (as its head is keyed).
FRONT_WITHOUT_COUNTRY = re.compile(r"(?<=Mặt trận Tổ quốc)(?= (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu) )")
# The departments of every province, by their field: "Các sở giáo dục và đào tạo" (a ministry's
# recipients), spelled as the department is: "Các sở Giáo dục và Đào tạo".
DEPARTMENTS_OF_FIELD = "Các sở "

# The kind of a centre, whose next word some write in lower case: "Trung tâm thông tin điện tử".
CENTRE_WORDS = "Trung tâm "
# An ampersand with a space on either side, written for "và" between words: " & ", "& ".
SPACED_AMPERSAND = re.compile(r"\s+&\s*|\s*&\s+")
# A province's military or border-guard command written "Ban Chỉ huy", as the initials "BCH" read:
# "Ban Chỉ huy Bộ đội Biên phòng thành phố Cần Thơ", "Ban Chỉ huy Quân sự tỉnh Nghệ An".
PROVINCE_COMMAND = re.compile(r"^Ban Chỉ huy (?:[Qq]uân sự|Bộ đội Biên phòng) (?P<level>tỉnh|thành phố) (?P<place>[^,()]+)$")
# Abbreviations that bodies' names are written with, spelled out in keys: "Ban Thường vụ Hội LHPN Hà
# Nội" (a citation's issuer) is the "Ban Thường vụ Hội Liên hiệp Phụ nữ Hà Nội" of the header.
NAME_ABBREVIATIONS = re.compile(r"(?<=Hội )LHPN(?!\w)")
# The Front's central committee by its initials: "Ban Thường trực UBTW Mặt trận Tổ quốc Việt Nam" (a
# Bắc Ninh plan's citation) is the "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam".
FRONT_CENTRE_INITIALS = re.compile(r"(?<!\w)UBT(?:W|Ư)(?= Mặt trận Tổ quốc)")
# And by the initials of its centre and the Front run together: "Ủy ban TWMTTQ Việt Nam" (the
# Government's recipient lines) is the "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam".
FRONT_CENTRE_GLUED = re.compile(r"(?<=Ủy ban )T(?:W|Ư) ?MTTQ(?= Việt Nam)")


# The provinces of a collective name, "trực thuộc Trung ương" with the capital of the centre it names,
# however a text writes it: "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương" is the "… trực
# thuộc Trung ương" (one key; "Hội đồng nhân dân các tỉnh, thành phố trực thuộc Trung ương" as well);
# so are its short forms: "… trực thuộc TW", "… trực thuộc T.Ư", "… trực thuộc TƯ", "… trực thuộc T.W".
CENTRALLY_GOVERNED = re.compile(r"(?<=trực thuộc )(?:trung ương|Trung Ương|TRUNG ƯƠNG|TW|TƯ|T\.Ư|T\.W)(?!\w)")
CENTRALLY_GOVERNED_GATE = "rực thuộc "


@lru_cache(maxsize=65536)
def local_spelling(name: str) -> str:
    """A local body's name in one spelling, whatever the case or tone placement of the text, so
    that one body gets one key: "Bộ Chỉ huy quân sự tỉnh Bắc Ninh" -> "Bộ Chỉ huy Quân sự tỉnh Bắc
    Ninh", "Sở Công thương tỉnh Sơn La" -> "Sở Công Thương …", "Công an Thành phố" -> "Công an
    thành phố", "Mặt trận Tổ quốc tỉnh Bắc Ninh" -> "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc
    Ninh", "Tỉnh ủy Cần Thơ" -> "Thành ủy Cần Thơ". A head is respelled only before a level word
    (or alone): "Công an xã, thôn" stays as it is. A place's syllables are keyed in title case, as a
    header in capitals is re-cased: "Ủy ban nhân dân xã Ya ly" is the "… xã Ya Ly" (``place_case``)."""
    name = place_case(name)
    if "LHPN" in name:
        name = NAME_ABBREVIATIONS.sub("Liên hiệp Phụ nữ", name)
    if "UBT" in name:
        name = FRONT_CENTRE_INITIALS.sub("Ủy ban Trung ương", name)
    if "MTTQ" in name:
        name = FRONT_CENTRE_GLUED.sub("Trung ương Mặt trận Tổ quốc", name)
    if CENTRALLY_GOVERNED_GATE in name:
        name = CENTRALLY_GOVERNED.sub("Trung ương", name)
    if "&" in name:
        # "Sở Nông nghiệp & Phát triển nông thôn tỉnh Quảng Nam", "Văn phòng Đoàn đại biểu Quốc hội&
        # Hội đồng nhân dân thành phố Hà Nội": the "và" of its name (not the "&" of initials, "KH&CN").
        name = SPACED_AMPERSAND.sub(" và ", name)
    if name.startswith("Ban Chỉ huy ") and (c := PROVINCE_COMMAND.match(name)) and _province_level(c["level"], c["place"]):
        # "Ban Chỉ huy Bộ đội Biên phòng thành phố Cần Thơ" (the "BCH" of "BCH Bộ đội Biên phòng TP"):
        # a province's command is a "Bộ Chỉ huy" (a district's, "Ban Chỉ huy Quân sự huyện", is kept).
        name = "Bộ" + name[len("Ban"):]
    words = name.split(" ")
    # A name without dashes folds word by word: its first words folded are the first words of it
    # folded, one ``_fold`` for every length of head looked up (a dash is spaced by ``_fold``, which
    # then reads the words on both sides of it: each length folded apart).
    folded = None if "-" in name or "–" in name or "—" in name else _fold(name).split(" ")
    for n, heads in () if folded and folded[0] not in _LOCAL_HEAD_FIRST_WORDS else _LOCAL_HEADS_BY_LENGTH:
        if len(words) < n:
            continue
        head = heads.get(" ".join(folded[:n]) if folded else _fold(" ".join(words[:n])))
        if head is None:
            continue
        rest = " ".join(words[n:])
        if not rest:
            name = head
            break
        if level := LEVEL_WORD_AFTER_HEAD.match(rest):
            name = f"{head} {level.group(0).lower()}{rest[level.end():]}"
            break
        if _province(rest) == rest:  # "Báo và phát thanh, truyền hình Sơn La"
            # A department named with its province alone, "Sở Giáo dục và Đào tạo Đồng Tháp", is
            # keyed as the others are: "Sở Giáo dục và Đào tạo tỉnh Đồng Tháp"; so a state body of
            # which districts have one too, when no district has that name: "Ủy ban nhân dân Nghệ An"
            # is the "Ủy ban nhân dân tỉnh Nghệ An" ("Ủy ban nhân dân Sơn La" may be the city's, "Ủy
            # ban nhân dân Quảng Ninh" the huyện Quảng Ninh's of Quảng Bình: kept). Not a union,
            # which is named so: "Hội Liên hiệp Phụ nữ Hà Nội".
            if head.startswith("Sở ") or (head in STATE_HEADS and places.district_name(rest) is None):
                name = f"{head} {_level_word(rest)} {rest}"
            else:
                name = f"{head} {rest}"
            break
    if (m := LEVEL_AND_PROVINCE_END.search(name)) and not places.province_name(m["place"]) == m["place"]:
        # A province written in other capitals than its name: "Ủy ban nhân dân tỉnh Hà giang", "…
        # tỉnh HÀ GIANG" are the "Ủy ban nhân dân tỉnh Hà Giang".
        if (p := _province(m["place"])) and _fold(p) == _fold(m["place"]):
            name = f"{name[: m.start()]} {m['level']} {p}"
            m = LEVEL_AND_PROVINCE_END.search(name)
    if ("đoàn " in name or "Đoàn " in name) and (y := YOUTH_UNION_COMMITTEE_END.search(name)) and (p := _province(y["place"])):
        # "Ban Thường vụ Tỉnh đoàn Bắc Ninh": an organ of the province's Youth Union, as below.
        # "Ban Chấp hành Thành đoàn Hà Nội" ("… Đoàn tỉnh Bắc Ninh") is the Thành đoàn itself, its
        # executive committee.
        if y["word"] == "Đoàn":
            # "Đoàn tỉnh Bắc Ninh" only after an organ's name ("Trưởng Đoàn tỉnh …" may head a delegation).
            known = name[: y.start()] in YOUTH_UNION_ORGANS and _province_level(y["level"], y["place"])
        else:
            known = y["word"].startswith("Tỉnh") or places.is_city(p)
        if known:
            organ = "" if name[: y.start()] == "Ban Chấp hành " else name[: y.start()]
            name = f"{organ}{YOUTH_UNION} {_level_word(p)} {p}"
            m = LEVEL_AND_PROVINCE_END.search(name)
    if name.startswith(YOUTH_UNION_COMMITTEE_WORDS) and (y := YOUTH_UNION_COMMITTEE.match(name)) and (p := _province(y["place"])):
        # "Tỉnh đoàn Bắc Ninh" is the province's Youth Union by the name of its committee, as the
        # Tỉnh ủy is the party's: "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Bắc Ninh" (not "Thành
        # đoàn Sơn La", the city's).
        if y["word"].startswith("Tỉnh") or places.is_city(p):
            name = f"{YOUTH_UNION} {_level_word(p)} {p}"
            m = LEVEL_AND_PROVINCE_END.search(name)
    if m and name.startswith(NAMED_WITHOUT_LEVEL):
        # "Báo và Phát thanh, Truyền hình tỉnh Lai Châu" -> "… Truyền hình Lai Châu", its name.
        if name[: m.start()] in NAMED_WITHOUT_LEVEL and (p := _province_level(m["level"], m["place"])):
            name = f"{name[: m.start()]} {p}"
    if "Mặt trận Tổ quốc " in name:
        name = FRONT_WITHOUT_COUNTRY.sub(" Việt Nam", name)
    if name.startswith(DEPARTMENTS_OF_FIELD):
        department = "Sở " + name[len(DEPARTMENTS_OF_FIELD) :]
        head = _LOCAL_HEADS_BY_COUNT.get(len(department.split(" ")), {}).get(_fold(department))
        if head is not None and head.startswith("Sở "):
            name = DEPARTMENTS_OF_FIELD + head[len("Sở ") :]
    for folded, head in _UNIT_HEADS_FOLDED:
        n = len(head)
        if name[n : n + 1] in ("", " ") and _fold(name[:n]) == folded:
            name = head + name[n:]
    name = VICE_CHAIR.sub(r"\1 Chủ tịch", name)
    if " các " in name and (v := VILLAGES_END.search(name)):
        head = name[: v.start()]
        name = head if head.endswith(" " + v["village"]) else f"{head} {v['village']}"
    if name.startswith(CENTRE_WORDS) and name[len(CENTRE_WORDS) : len(CENTRE_WORDS) + 1].islower():
        # "Trung tâm thông tin điện tử thành phố Hà Nội" is the "Trung tâm Thông tin điện tử …": the
        # word after a centre's kind is written with its capital.
        n = len(CENTRE_WORDS)
        name = name[:n] + name[n].upper() + name[n + 1 :]
    if (m := CITY_AS_PROVINCE.search(name)) and (p := _province(m["place"])) and places.is_city(p):
        name = f"{name[: m.start()]}thành phố {p}"
    if name.startswith("Phòng ") and (o := OFFICE_BEFORE_DEPARTMENT.match(name)):
        name = f"{o['office']}, {local_spelling(o['department'] or o['committee'])}"
    name = DEPARTMENTS_BRANCHES.sub(r"\1, ban, ngành", name)
    if "ban, sở" in name:
        name = BRANCHES_DEPARTMENTS.sub("sở, ban, ngành", name)
    if "ác sở" in name and (c := PROVINCE_DEPARTMENTS.match(name)) and c["place"] and (p := _province(c["place"][1:])):
        # "Các sở, ban, ngành cấp tỉnh Nghệ An" -> "Các sở, ban, ngành tỉnh Nghệ An".
        name = f"{c['collective']} {_level_word(p)} {p}"
    if name.startswith(PROVINCE_PARTY_EXECUTIVE_WORDS) and (m := PROVINCE_PARTY_EXECUTIVE.match(name)):
        # The province's party executive is its party committee, by its other name: "Ban Chấp hành
        # Đảng bộ tỉnh Hà Giang" is the "Tỉnh ủy Hà Giang" (one body, one series of "-NQ/TU").
        if p := _province_level(m["level"], m["place"]):
            return party_committee(p)
    if ("ủy " in name) and (m := PARTY_COMMITTEE_END.search(name)) and (p := _province(m["place"])):
        if m["word"] == "Tỉnh ủy" or places.is_city(p):  # "Thành ủy Sơn La" is the city's: kept
            name = name[: m.start()] + party_committee(p)
    return name


_CENTRAL_SPELLINGS: dict[str, str] = {
    **{_fold(n): n for n in (*CENTRAL_PARENTS, *MINISTRIES, *CENTRAL_HOSPITALS, *PROVINCE_NAMED_BODIES, *PARTY_BOARD_SUCCESSORS,
                             *PARTY_COMMITTEES_ENDED, *PARTY_COMMITTEES_MADE)},
    **{_fold(a): n for a, n in MINISTRY_ALIASES.items()},
}


# The most words of a ministry's name (and of the other spellings of it): "Bộ Lao động - Thương binh và Xã hội".
MINISTRY_WORDS_MOST = max(len(n.split(" ")) for n in (*MINISTRIES, *MINISTRY_ALIASES))
# The central names without their diacritics: a ministry's letters alone tell it from every other.
_CENTRAL_PLAIN: dict[str, str] = {places.strip_accents(k): n for k, n in _CENTRAL_SPELLINGS.items()}


# A regional branch of a central body, numbered across the country (so its name alone identifies it):
# "Ngân hàng Nhà nước chi nhánh khu vực 14", "Ngân hàng nhà nước Việt Nam - Chi nhánh Khu vực II",
# "Kho bạc nhà nước khu vực XI", "Kiểm toán nhà nước khu vực II", "Chi cục Hải quan khu vực V".
REGIONAL_BRANCH = re.compile(
    r"^(?P<head>(?i:ngân hàng nhà nước(?: việt nam)?|kho bạc nhà nước|kiểm toán nhà nước|chi cục hải quan|chi cục thuế))"
    r"(?: -)?(?: (?i:chi nhánh))? (?i:khu vực) (?P<number>\d{1,2}|[IVXL]{1,6})$"
)
# Each head (folded) -> how its branches' keys start, and the central body they belong to.
REGIONAL_BRANCH_OF: dict[str, tuple[str, str]] = {
    "ngân hàng nhà nước": ("Ngân hàng Nhà nước chi nhánh khu vực", "Ngân hàng Nhà nước Việt Nam"),
    "ngân hàng nhà nước việt nam": ("Ngân hàng Nhà nước chi nhánh khu vực", "Ngân hàng Nhà nước Việt Nam"),
    "kho bạc nhà nước": ("Kho bạc Nhà nước khu vực", "Kho bạc Nhà nước"),
    "kiểm toán nhà nước": ("Kiểm toán Nhà nước khu vực", "Kiểm toán Nhà nước"),
    "chi cục hải quan": ("Chi cục Hải quan khu vực", "Cục Hải quan"),
    "chi cục thuế": ("Chi cục Thuế khu vực", "Cục Thuế"),
}
# A key REGIONAL_BRANCH's names are read into: "Kho bạc Nhà nước khu vực 11".
REGIONAL_BRANCH_KEY = re.compile(
    "^(?P<head>" + "|".join(sorted({re.escape(k) for k, _ in REGIONAL_BRANCH_OF.values()}, key=len, reverse=True)) + r") \d{1,2}$"
)
_REGIONAL_PARENTS: dict[str, str] = dict(REGIONAL_BRANCH_OF.values())


def regional_branch(name: str) -> str | None:
    """The key of a regional branch of a central body, its number in figures (Roman numerals read):
    "Ngân hàng nhà nước khu vực XII" -> "Ngân hàng Nhà nước chi nhánh khu vực 12"; None for any other name."""
    m = REGIONAL_BRANCH.match(name)
    if m is None:
        return None
    start, _ = REGIONAL_BRANCH_OF[_fold(m["head"])]
    number = m["number"]
    return f"{start} {number if number.isdigit() else roman_value(number)}"


# The web portal of a body, named with it: "Cổng thông tin điện tử Bộ Y tế", "Cổng Thông tin điện tử
# của Ủy ban Dân tộc" (the Government's is in CENTRAL_PARENTS).
PORTAL_WORDS = "Cổng Thông tin điện tử "
PORTAL_OF_CENTRAL_BODY = re.compile(r"^Cổng [Tt]hông tin điện tử (?:của )?(?P<body>\S.*)$")


def central_spelling(name: str) -> str:
    """A central body's name as it writes it, whatever the case or tone placement of the text:
    "Bộ Công An" -> "Bộ Công an", "Ban Chấp hành Trung ương đảng" -> "… Trung ương Đảng",
    "Bộ Trưởng Bộ Y tế" -> "Bộ trưởng Bộ Y tế". Other names are returned as they are."""
    if m := MINISTER.match(name):
        return "Bộ trưởng " + central_spelling(m["ministry"])
    if "hu vực " in name and (branch := regional_branch(name)):
        return branch
    if name.startswith("Cổng ") and (m := PORTAL_OF_CENTRAL_BODY.match(name)):
        # "Cổng thông tin điện tử của Ủy ban Dân tộc" -> "Cổng Thông tin điện tử Ủy ban Dân tộc".
        body = central_spelling(m["body"])
        if body in CENTRAL_PARENTS or body in MINISTRIES:
            return f"{PORTAL_WORDS}{body}"
    if name.endswith(WHOLE_GOVERNMENT_GATE) and (whole := whole_government(name)):
        return whole
    if name[-len(NATIONAL_END):].casefold() == NATIONAL_END and (m := NATIONAL_STEERING_COMMITTEE.match(name)):
        # "Ban chỉ đạo phòng thủ dân sự quốc gia", "Ban Chỉ đạo Phòng thủ dân sự quốc gia", "… Quốc
        # gia": the one national steering committee of that field, one spelling.
        field = m["field"]
        if field[:1].isupper() and field.split(" ", 1)[0][1:].islower():
            field = field[0].lower() + field[1:]
        office = f"{m['head'] or ''}Văn phòng " if m["office"] else ""
        return f"{office}Ban Chỉ đạo {field} quốc gia"
    folded = _fold(name)
    if (found := _CENTRAL_SPELLINGS.get(folded)) is not None:
        return found
    if name.startswith("Bộ "):
        # Without its diacritics, as a text that lost some writes it: "Bộ Giao duc và Đao tao".
        if (found := _CENTRAL_PLAIN.get(places.strip_accents(folded))) is not None:
            return found
        return _ministry_before_tail(name) or name
    return name


# What may follow a ministry's name cut from a sentence, and is no part of it: an address ("Bộ Văn
# hóa, Thể thao và Du lịch số 51 đường Ngô Quyền, phường Cửa Nam, thành phố Hà Nội"), the rest of the
# sentence ("… Bộ Lao động - Thương binh và Xã hội chưa thay đổi"), a second role after a dash ("Bộ Tài
# chính - Cơ quan Thường trực Ban Chỉ đạo 751", "Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực
# Ban Chỉ đạo 389 quốc gia"). Not a unit after a dash ("Bộ Y tế - Vụ …", MINISTRY_UNIT), another
# ministry ("Bộ Tài chính - Bộ Y tế", JOINT_MINISTRIES), a second body after "và", "các", "của", nor a
# place ("Bộ Kế hoạch và Đầu tư tỉnh …" may be a province's department misread).
MINISTRY_TAIL = re.compile(
    r"^(?:,? (?:số \d|địa chỉ)"
    r"| [-–] (?!(?:Tổng cục|Cục|Vụ|Văn phòng|Thanh tra|Bộ) )\S"
    rf"| (?!(?:và|hoặc|cùng|với|các|của|tỉnh|thành|huyện|quận|thị|xã|phường)(?!\w))[{LOWER_LETTERS}])"
)


def _ministry_before_tail(name: str) -> str | None:
    """The ministry a name starts with, when what follows it is no part of a body's name
    (MINISTRY_TAIL): "Bộ Lao động - Thương binh và Xã hội chưa thay đổi" -> "Bộ Lao động - Thương
    binh và Xã hội"; None otherwise."""
    words = name.split(" ")
    for n in range(min(len(words) - 1, MINISTRY_WORDS_MOST), 1, -1):
        head = " ".join(words[:n])
        found = _CENTRAL_SPELLINGS.get(_fold(head.rstrip(",")))
        if found in MINISTRIES and MINISTRY_TAIL.match(name[len(head.rstrip(",")) :]):
            return found
    return None


def _successor_name(name: str, province: str) -> str | None:
    """The same body in the province that absorbed ``province`` in 2025, or None: "Sở Y tế tỉnh Hà
    Giang" -> "Sở Y tế tỉnh Tuyên Quang", "Ban Thường vụ Tỉnh ủy Hậu Giang" -> "Ban Thường vụ Thành
    ủy Cần Thơ" (the party committee of a city is its Thành ủy)."""
    new = places.successor_province(province)
    if not new or new == province:
        return None
    if (m := PARTY_COMMITTEE_END.search(name)) and _province(m["place"]) == province:
        return name[: m.start()] + party_committee(new)
    replaced = re.sub(r"(?:tỉnh|thành phố) " + re.escape(province) + r"$", f"{_level_word(new)} {new}", name)
    if replaced == name:
        replaced = re.sub(re.escape(province) + r"$", new, name)
    return replaced if replaced != name else None


def _unit_district(name: str, province: str, district: str | None) -> tuple[str, str] | None:
    """(level word, district) of the district a body below it names after its own name (", huyện Xín
    Mần"), else of the document that names it ("Trường Tiểu học Nà Chì" in a plan of the Phòng Giáo
    dục và Đào tạo huyện Xín Mần); None when neither gives one of ``province``."""
    if m := DISTRICT_AFTER.search(name):
        if m["level"] == "thành phố" and _province_level("thành phố", m["district"]):
            return None
        d = _district_short_name(m["level"], m["district"])
        if not d or places.province_of_district(d) not in (None, province):
            return None
        return m["level"], _district_written(m["level"], d)
    if district and (level := places.district_level(district, province)):
        return level, _district(district) or district
    return None


def _commune_district(name: str, commune: str, province: str, district: str | None) -> tuple[str, str] | None:
    """``_unit_district`` of a commune or its unit, the document's district only when that district
    had a commune of that name ("Nà Chì" of huyện Xín Mần)."""
    if DISTRICT_AFTER.search(name):
        return _unit_district(name, province, district)
    if district and places.is_ward_of_district(commune.strip(), district, province):
        return _unit_district(name, province, district)
    return None


def _named_province(name: str) -> str | None:
    """The province a name gives itself, which wins over the document's: "Bệnh viện Đa khoa tỉnh
    Sơn La" (named with its level word), "Trung tâm Y tế huyện Xín Mần" (a district only Hà Giang
    has); None when it gives none or several."""
    strong = [p for p, weight in places.province_mentions(name).items() if weight >= 3]
    if len(strong) == 1:
        return strong[0]
    if not strong and (d := DISTRICT_END.search(name)):
        return places.province_of_district(d["place"])
    return None


@lru_cache(maxsize=65536)
def _commune_at_end(name: str) -> bool:
    """Whether the name ends with a commune, ward, township or special zone of the administrative
    units ("… xã Lương Minh", "… phường 1"), not a list of levels ("các xã, phường"). Memoised: the
    place table is read word by word, and ``with_province`` asks it of the same names in the
    documents of every province."""
    if not any(g in name for g in COMMUNE_END_GATES) or (m := COMMUNE_END.search(name)) is None:
        return False
    words = m["place"].split(" ")
    if len(words) == 1 and words[0].isdigit():
        return True  # "phường 1"
    return words[0][:1].isupper() and places.place_words_at(words) == len(words)


def _shared_district_at_end(name: str) -> bool:
    """Whether the name ends with a district whose name several provinces have: "… huyện Châu
    Thành" (Tiền Giang, Bến Tre, Đồng Tháp…), not "… huyện Đồng Văn" (Hà Giang's only)."""
    m = DISTRICT_END.search(name)
    if m is None or m.group(0).startswith("thành phố") and _province_level("thành phố", m["place"]):
        return False
    d = places.district_name(m["place"])
    return d is not None and places.province_of_district(d) is None


# The words of a district's party committee (DISTRICT_PARTY's, not a province's city's "Thành ủy").
DISTRICT_PARTY_WORDS: tuple[str, ...] = ("Huyện ủy ", "Quận ủy ", "Thị ủy ")


def _shared_district_party(name: str) -> bool:
    """Whether the name is the party committee (or an organ of it) of a district whose name several
    provinces have: "Huyện ủy Châu Thành" (Tiền Giang, Bến Tre, Đồng Tháp…), "Ban Thường vụ Huyện ủy
    Bảo Lâm" (Cao Bằng, Lâm Đồng), as "Ủy ban nhân dân huyện Châu Thành" is (``_shared_district_at_end``);
    not "Huyện ủy Đồng Văn" (Hà Giang's only)."""
    if not any(w in name for w in DISTRICT_PARTY_WORDS) or (m := DISTRICT_PARTY.match(name)) is None or m["word"] == "Thành ủy":
        return False
    d = places.district_name(m["place"])
    return d is not None and places.province_of_district(d) is None


def _written_province(name: str) -> str | None:
    """The key of a name that writes a commune's or district's province after it, with or without
    a comma: "Ủy ban nhân dân huyện Châu Phú tỉnh An Giang" -> "…huyện Châu Phú, tỉnh An Giang";
    a district that only that province has needs none: "Ủy ban nhân dân huyện Đồng Văn, tỉnh Hà
    Giang" -> "Ủy ban nhân dân huyện Đồng Văn". None when the name writes no such province."""
    m = PROVINCE_AFTER_PLACE.search(name)
    if m is None or not (p := _province(m["province"])):
        return None
    base = name[: m.start()]
    if GENERIC_FACILITY.match(base) and name[m.start()] == ",":
        # "Bệnh viện Mắt, thành phố Hồ Chí Minh" is written as "Bệnh viện Mắt thành phố Hồ Chí Minh".
        return f"{base} {_level_word(p)} {p}"
    if _commune_at_end(base) or _commune_at_end(commune_part(base)):
        # "… xã Tả Lủng, huyện Đồng Văn, tỉnh Hà Giang": a commune keeps its province, with or without
        # its district (``with_commune_district`` keeps the district where it tells two apart).
        return f"{base}, {_level_word(p)} {p}"
    if m.group(0).startswith(" thành phố ") and not _province_level("thành phố", m["province"]):
        # "thành phố Nam Định" after a district is the province's city, not the province: "Chủ tịch Ủy
        # ban nhân dân các huyện và thành phố Nam Định" writes no province (nor is "huyện và" a district).
        return None
    if (d := DISTRICT_END.search(base)) and not (d.group(0).startswith("thành phố") and _province_level("thành phố", d["place"])):
        unique = places.province_of_district(d["place"])
        return base if unique == p else f"{base}, {_level_word(p)} {p}"
    return name if PROVINCE_SUFFIX.search(name) else None


@lru_cache(maxsize=65536)
def with_province(name: str, province: str | None) -> str:
    """The key of a body below the district, or of a district whose name several provinces share,
    named in a document of ``province`` without its own: the province follows it, as an address
    writes it, so that two provinces' communes (or schools) of one name never share a key: "Ủy ban nhân dân xã
    Lương Minh" in a Quảng Ninh document -> "Ủy ban nhân dân xã Lương Minh, tỉnh Quảng Ninh",
    "Ủy ban nhân dân huyện Châu Thành" in a Tiền Giang one -> "…, tỉnh Tiền Giang". Other names,
    and names that give their province ("… xã Nà Chì, huyện Xín Mần, tỉnh Hà Giang"), are kept."""
    written, joint = _province_joint(name)
    if written:
        return written
    if not province or joint is None:
        return name
    return f"{name}{joint}{_level_word(province)} {province}"


def commune_part(key: str) -> str:
    """A key without the province and district written after it: "Ủy ban nhân dân xã Tả Lủng, huyện
    Đồng Văn, tỉnh Hà Giang" -> "Ủy ban nhân dân xã Tả Lủng" (``with_commune_district``)."""
    base = PROVINCE_SUFFIX.sub("", key)
    if (m := DISTRICT_AFTER.search(base)) and COMMUNE_END.search(base[: m.start()]):
        return base[: m.start()]
    return base


def as_issuers_commune(key: str, issuer: str) -> str | None:
    """``key`` written with its issuer's commune address when both are bodies of one commune (level,
    name and province): "Hội đồng nhân dân xã Lương Minh, tỉnh Quảng Ninh" in a document of the "Ban
    Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh, tỉnh Quảng Ninh" is that commune's,
    whichever commune of the name the issuer is (the 2025 one here; "…, huyện Ba Chẽ, …" the one before);
    None for a body of another commune, or an issuer that is no commune's."""
    own, mine = commune_part(issuer), commune_part(key)
    if (i := COMMUNE_END.search(own)) is None or (k := COMMUNE_END.search(mine)) is None or i.group(0) != k.group(0):
        return None
    pi, pk = PROVINCE_SUFFIX.search(issuer), PROVINCE_SUFFIX.search(key)
    if pi is None or pk is None or pi["province"] != pk["province"]:
        return None
    return mine + issuer[len(own) :]


def with_place(name: str, province: str | None, district: str | None, era: str | None = None) -> str:
    """``with_province``, and a commune's body or a school keyed with its district where that tells it
    apart (``with_commune_district``): the key of a body named in a document of ``province``/``district``
    dated in ``era`` (UNTIL_2025, SINCE_2025, None when not known)."""
    return with_commune_district(with_province(name, province), province, district, era)


def place_key(name: str, province: str | None, district: str | None, era: str | None = None) -> tuple[str, bool]:
    """``with_place`` and whether that key tells the body apart: False for a commune's body named
    with neither its district nor a date that says which of two bodies of that name it is, the
    commune before 2025 or the 2025 one ("Ủy ban nhân dân xã Lương Minh" in an undated Quảng Ninh
    document), which the caller then tells apart by the document (issue 4: an uncertain merge is
    not applied)."""
    return commune_key(with_province(name, province), province, district, era)


def _commune_short_name(level: str, place: str) -> str:
    """The short name the administrative units give a commune or ward: "Nà Chì" for "xã Nà Chì",
    "Phường 1" for "phường 1" (a numbered ward is listed with its level word)."""
    return f"{level.capitalize()} {place}" if place.isdigit() else place


def _district_short_name(level: str, place: str) -> str | None:
    """A district's short name: "Xín Mần" for "huyện Xín Mần", "Quận 3" for "quận 3"; None when none is known."""
    return _district(place) or (_district(f"{level.capitalize()} {place}") if place.isdigit() else None)


def _district_written(level: str, short: str) -> str:
    """A district's name as written after its level word: "Xín Mần"; "3" for "Quận 3" ("quận 3")."""
    numbered = short[len(level) + 1 :]
    return numbered if numbered.isdigit() and short.lower().startswith(level + " ") else short


# The eras of the communes a document names, by its date: before the districts ended (1 July 2025, the
# two-level local government), the communes of before; from then, the 2025 ones (``places.ward_era``'s words).
UNTIL_2025 = "until"
SINCE_2025 = "since"


def with_commune_district(key: str, province: str | None, district: str | None, era: str | None = None) -> str:
    """The key of a commune's body (``with_province``'s) with its district in it when its province had
    communes of that name in several districts before 2025 (``places.districts_with_ward``) and the
    name or the document gives the district: "Ủy ban nhân dân xã Tả Lủng" in a document of huyện Mèo
    Vạc (Hà Giang has a xã Tả Lủng in Mèo Vạc and one in Đồng Văn) -> "Ủy ban nhân dân xã Tả Lủng,
    huyện Mèo Vạc, tỉnh Hà Giang", another than the Đồng Văn one; named with no district it stays
    "Ủy ban nhân dân xã Tả Lủng, tỉnh Hà Giang", merged into neither (a wrong merge is worse than a
    missed one). A commune whose name one district of the province had is keyed without its district,
    however written: "Ủy ban nhân dân xã Nà Chì, huyện Xín Mần, tỉnh Hà Giang" -> "Ủy ban nhân dân xã
    Nà Chì, tỉnh Hà Giang"; but not where the province has had a commune of that name since 2025 too
    (another body: "xã Lương Minh" of Quảng Ninh, 2025, and the xã Lương Minh of huyện Ba Chẽ before
    it): there the commune of before keeps its district ("…, huyện Ba Chẽ, tỉnh Quảng Ninh", named in a
    document dated before July 2025 or with its district), the 2025 one has none (named in a document
    dated from July 2025). A school below upper-secondary is keyed so too (``_school_key``). Other
    keys, and communes the units do not list, are kept."""
    return commune_key(key, province, district, era)[0]


@lru_cache(maxsize=65536)
def commune_key(key: str, province: str | None, district: str | None, era: str | None = None) -> tuple[str, bool]:
    """``with_commune_district``'s key and whether it tells the body apart (``place_key``)."""
    rest, p = key, None
    if m := PROVINCE_SUFFIX.search(rest):
        if not (p := _province(m["province"])):
            return key, True
        rest = rest[: m.start()]
    written = level = None
    if m := DISTRICT_AFTER.search(rest):
        if m["level"] == "thành phố" and _province_level("thành phố", m["district"]):
            return key, True
        if not (written := _district_short_name(m["level"], m["district"])):
            return key, True
        rest, level = rest[: m.start()], m["level"]
    if "(" in rest:
        return key, True
    if not _commune_at_end(rest):
        return (_school_key(key, rest, p, written, level, province, district), True) if rest.startswith("Trường ") else (key, True)
    p = p or (places.province_of_district(written) if written else None) or province
    c = COMMUNE_END.search(rest)
    if p is None or c is None:
        return key, True
    commune = _commune_short_name(c["level"], c["place"])
    found = places.districts_with_ward(commune, p)
    if written is None and district and (short := _district(district) or district) in found:
        # The document's district (its issuer's: a body of before the districts ended, whatever its date says).
        written = short
    if not found or written is not None and written not in found:
        return key, True  # a commune the units do not list (of 2025, or misspelt), or not of the district written
    if places.is_ward_since_2025(c["level"], commune, p):
        # A commune of that name before 2025 and one since: which one, the district written or the date says.
        if written is None:
            if era == SINCE_2025:
                return f"{rest}, {_level_word(p)} {p}", True
            if era != UNTIL_2025 or len(found) > 1:
                return f"{rest}, {_level_word(p)} {p}", False
            written = found[0]
    elif len(found) == 1 or written is None:
        return f"{rest}, {_level_word(p)} {p}", True
    return _with_district(key, rest, level, written, p), True


ERA_CANDIDATE_RULE = "a commune of that name before 2025 and one since; its document's date tells neither"


@lru_cache(maxsize=65536)
def era_candidates(name: str) -> tuple[str, ...]:
    """The bodies a commune's body told apart by its document's issuer (``place_key``: "Ủy ban nhân dân xã
    Lương Minh, tỉnh Quảng Ninh (Ủy ban nhân dân tỉnh Quảng Ninh)", of an undated document) may be: the 2025
    commune's and each of before ("…xã Lương Minh, tỉnh Quảng Ninh", "…xã Lương Minh, huyện Ba Chẽ, tỉnh
    Quảng Ninh"), candidates only (issue 4: an uncertain merge is not applied); () for any other name."""
    if not name.endswith(")") or " (" not in name:
        return ()
    inner = name[: name.rindex(" (")]
    if commune_key(inner, None, None, None) != (inner, False):
        return ()
    p = PROVINCE_SUFFIX.search(inner)
    rest = inner[: p.start()]
    c = COMMUNE_END.search(rest)
    province = _province(p["province"])
    found = places.districts_with_ward(_commune_short_name(c["level"], c["place"]), province)
    return (inner, *(k for d in found if (k := _with_district(inner, rest, None, d, province)) != inner))


def _with_district(key: str, rest: str, level: str | None, district: str, p: str) -> str:
    """``rest`` (a body below the district) with its district and province after it, as an address
    writes them ("Ủy ban nhân dân xã Tả Lủng, huyện Mèo Vạc, tỉnh Hà Giang"); ``key`` when the district's
    level word is not known (two districts of the name in the province: huyện and thị xã Kỳ Anh)."""
    level = level or places.district_level(district, p)
    return f"{rest}, {level} {_district_written(level, district)}, {_level_word(p)} {p}" if level else key


def _school_key(key: str, rest: str, p: str | None, written: str | None, level: str | None,
                province: str | None, district: str | None) -> str:
    """The key of a school below upper-secondary (SCHOOL; "Trường Trung học cơ sở Nguyễn Trãi") with its
    district, which the name or its document (a district's or a commune's of before 2025) gives: two districts of one province may
    each have a "Trường Tiểu học Kim Đồng" (the district's Phòng Giáo dục và Đào tạo ran them and named
    them). Named with none it stays "…, tỉnh X", merged into no districted one; named after the one
    commune of its name in the province ("Trường Trung học cơ sở Nà Chì": xã Nà Chì of huyện Xín Mần) it
    is that commune's, keyed without its district as the commune's body is. Other keys are kept."""
    if (m := SCHOOL.match(rest)) is None or m["kind"].casefold() in PROVINCE_SCHOOL_KINDS:
        return key
    p = p or (places.province_of_district(written) if written else None) or province
    if p is None:
        return key
    if written is None and district and places.district_level(district, p):
        written = _district(district) or district
    if written is None:
        return f"{rest}, {_level_word(p)} {p}"
    found = places.districts_with_ward(rest[m.end() :].strip(), p)
    if found == [written]:
        return f"{rest}, {_level_word(p)} {p}"
    return _with_district(key, rest, level, written, p)


@lru_cache(maxsize=65536)
def _province_joint(name: str) -> tuple[str | None, str | None]:
    """What ``with_province`` reads of the name alone, memoised by it (a name recurs in the
    documents of many provinces): the key of a name that writes its province (``_written_province``),
    and what joins the document's province to a name that needs one: " " after a generic facility
    ("Bệnh viện Mắt thành phố Hồ Chí Minh"), ", " after a commune, a shared district or a school, as an
    address writes it ("Ủy ban nhân dân xã Lương Minh, tỉnh Quảng Ninh"); None for a name that takes none."""
    if written := _written_province(name):
        return written, None
    if GENERIC_FACILITY.match(name):
        # "Bệnh viện Mắt" in a Hồ Chí Minh City document: "Bệnh viện Mắt thành phố Hồ Chí Minh", as
        # a hospital named with its province is written ("Bệnh viện Đa khoa tỉnh Sơn La").
        return None, " "
    if not (_commune_at_end(name) or _shared_district_at_end(name) or SCHOOL.match(name) or _shared_district_party(name)):
        return None, None
    if any(weight >= 3 for weight in places.province_mentions(name).values()):
        return None, None  # the province is named with its level word
    return None, ", "


@lru_cache(maxsize=65536)
def org_info(name: str, province: str | None = None, district: str | None = None) -> OrgInfo:
    """Place the body called ``name``, named in a document of ``province``/``district``.

    >>> org_info("Sở Y tế tỉnh Hà Giang").parent
    'Ủy ban nhân dân tỉnh Hà Giang'
    """
    if name.endswith(")") and " (" in name:
        # A body named within its issuer, "Lãnh đạo Sở (Sở Y tế tỉnh Hà Tĩnh)": placed no further; but
        # a party cell a party committee's document names is one of its own: "Chi bộ thôn Đồng Quặng
        # (Đảng ủy xã Lương Minh, tỉnh Quảng Ninh)" is under the Đảng ủy xã Lương Minh.
        within = name[name.rindex(" (") + 2 : -1]
        if name.startswith("Chi bộ ") and within.startswith("Đảng ủy ") and "(" not in within:
            return OrgInfo(name=name, level="unit", province=province, district=district, parent=within,
                           rule="party cell named by its party committee")
        if within.startswith(MINISTRY_LEVEL_STARTS) and is_department_name(name) and is_ministry_level(within):
            # "Vụ Kế hoạch - Tài chính (Bộ Y tế)": a ministry's department, keyed with its ministry.
            return OrgInfo(name=name, level="central", part_of=within, rule=MINISTRY_DEPARTMENT_RULE)
        if "(" not in within and _is_own_unit(name[: name.rindex(" (")], within):
            # "Phòng Tổ chức cán bộ (Bệnh viện Đa khoa tỉnh Sơn La)", "Lãnh đạo Sở (Sở Y tế tỉnh Hà
            # Tĩnh)": a room, department or the leadership of the issuer, in its own document.
            return OrgInfo(name=name, level="unit", province=province, district=district, part_of=within,
                           rule="unit of its issuer, named in its document")
        base = name[: name.rindex(" (")]
        if is_department_name(base) and not base.startswith(PROVINCE_BRANCH_DEPARTMENTS) and not _found_province(base):
            # "Cục Quản lý đê điều và phòng, chống thiên tai (Ủy ban nhân dân thành phố Hồ Chí Minh)":
            # a ministry's department a document names without its ministry, which is not known
            # (KNOWN_MINISTRY_DEPARTMENTS): central, under no one, and no unit of the issuer's province.
            return OrgInfo(name=name, level="central", rule=UNPLACED_DEPARTMENT_RULE)
        return OrgInfo(name=name, level="unit", province=province, district=district, rule="named within its issuer")
    if m := PROVINCE_SUFFIX.search(name):
        # "Ủy ban nhân dân xã Lương Minh, tỉnh Quảng Ninh": the body placed in its province, and the
        # bodies it links to named as keys are (with the province when they need it).
        p = _province(m["province"])
        if p:
            inner = org_info(name[: m.start()], p, district)
            # ``dataclasses.replace`` spelled out (it reads the fields' list and each field by name, per call).
            parent, part_of, successor = inner.parent, inner.part_of, inner.successor
            return OrgInfo(
                name=name, level=inner.level, province=p, district=inner.district,
                parent=with_place(parent, p, inner.district) if parent else parent,
                part_of=with_place(part_of, p, inner.district) if part_of else part_of,
                successor=with_place(successor, p, inner.district) if successor else successor,
                defunct=inner.defunct, rule=inner.rule,
            )
    if (placeless := _placeless_info(name)) is not None:
        return placeless

    if (m := PROVINCE_STATE_BODY.match(name)) and (p := _province_level(m["level"], m["place"])):
        parent = GOVERNMENT if m[1] == "Ủy ban nhân dân" else None
        succ = _successor_name(name, p)
        return OrgInfo(
            name=name, level="province", province=p, parent=parent, successor=succ, defunct=succ is not None,
            rule="province people's committee under the Government" if parent else "province council",
        )
    if m := DISTRICT_STATE_BODY.match(name):
        d = _district(m["place"]) or m["place"]
        p = places.province_of_district(d) or province
        parent = province_committee(p) if p and m[1] == "Ủy ban nhân dân" else None
        successor = province_committee(places.successor_province(p) or p) if p and m[1] == "Ủy ban nhân dân" else None
        return OrgInfo(
            name=name, level="district", province=p, district=d, parent=parent,
            successor=successor, defunct=True, rule="district people's committee under the province's",
        )
    if m := COMMUNE_BODY.match(name):
        if not province and (d := DISTRICT_AFTER.search(name)) and (short := _district_short_name(d["level"], d["district"])):
            province = places.province_of_district(short)  # "Công an xã Tả Lủng, huyện Đồng Văn": Hà Giang's
        if province and (dd := _commune_district(name, m["place"].split(",", 1)[0], province, district)):
            # "Ủy ban nhân dân xã Nà Chì, huyện Xín Mần, tỉnh Hà Giang", or "Ủy ban nhân dân xã Nà Chì"
            # in a document of huyện Xín Mần: a commune of the district, under its body (before 2025).
            level, d = dd
            parent = _commune_body_district_parent(m["body"], level, d)
            return OrgInfo(name=name, level="commune", province=province, district=d, parent=parent, rule=COMMUNE_OF_DISTRICT_RULE)
        parent = _commune_body_parent(m["body"], province) if province else None
        return OrgInfo(name=name, level="commune", province=province, parent=parent,
                       rule=COMMUNE_OF_PROVINCE_RULE)
    if m := FRONT_BODY.match(name):
        if p := _province_level(m["level"], m["place"]):
            succ = _successor_name(name, p)
            return OrgInfo(name=name, level="province", province=p, parent=FRONT_CENTRE, successor=succ,
                           defunct=succ is not None, rule="province front committee under the Central Committee of the Front")
        if d := _district(m["place"]):
            p = places.province_of_district(d) or province
            return OrgInfo(name=name, level="district", province=p, district=d, parent=province_front(p) if p else None,
                           defunct=True, rule="district front committee under the province's")
    if m := VERTICAL_BODY.match(name):
        if p := _province_level(m["level"], m["place"]):
            succ = _successor_name(name, p)
            return OrgInfo(name=name, level="province", province=p, parent=VERTICAL_TOPS[m["head"]], successor=succ,
                           defunct=succ is not None, rule="province body of a central branch")
        if d := _district(m["place"]):
            p = places.province_of_district(d) or province
            return OrgInfo(name=name, level="district", province=p, district=d, parent=f"{m['head']} {_level_word(p)} {p}" if p else None,
                           rule="district body of a branch under the province's")
    if m := PROVINCE_DEPARTMENT.match(name):
        p = _province(m["place"])
        if p:
            succ = _successor_name(name, p)
            if new_dept := DEPARTMENT_SUCCESSORS.get(m["dept"]):
                new = places.successor_province(p) or p
                succ = f"{new_dept} {_level_word(new)} {new}"
            return OrgInfo(
                name=name, level="province", province=p, parent=province_committee(p),
                successor=succ, defunct=succ is not None, rule=DEPARTMENT_RULE,
            )
    if m := PROVINCE_PARTY_EXECUTIVE.match(name):
        p = _province_level(m["level"], m["place"])
        if p:
            succ = _successor_name(name, p)
            return OrgInfo(name=name, level="province", province=p, parent=PARTY_CENTRE, successor=succ,
                           defunct=succ is not None, rule="province party executive under the Central Committee")
    if (m := PROVINCE_PARTY.match(name)) and m["word"] == "Thành ủy" and (p := _province(m["place"])) and not places.is_city(p):
        # The party committee of a province's city (district level, ended in 2025): "Thành ủy Sơn La".
        if city := places.city_in_province(m["place"], p):
            if m["organ"]:
                return OrgInfo(name=name, level="district", province=p, district=city, part_of=name[len(m["organ"]):],
                               defunct=True, rule="organ of the district party committee")
            return OrgInfo(name=name, level="district", province=p, district=city, parent=party_committee(p), defunct=True,
                           successor=party_committee(places.successor_province(p) or p),
                           rule="district party committee under the province's")
        m = None
    if m := m or PROVINCE_PARTY.match(name):
        p = _province(m["place"])
        if p:
            committee = name[len(m["organ"]):]
            succ = _successor_name(name, p)
            if m["organ"]:
                return OrgInfo(name=name, level="province", province=p, part_of=committee, successor=succ,
                               defunct=succ is not None, rule="organ of the province party committee")
            return OrgInfo(name=name, level="province", province=p, parent=PARTY_CENTRE, successor=succ,
                           defunct=succ is not None, rule="province party committee under the Central Committee")
    if (m := DISTRICT_PARTY.match(name)) and (m["word"] != "Thành ủy" or _district(m["place"])):
        d = _district(m["place"]) or m["place"]
        p = places.province_of_district(d) or province
        committee = name[len(m["organ"]):]
        if m["organ"]:
            return OrgInfo(name=name, level="district", province=p, district=d, part_of=committee, defunct=True,
                           rule="organ of the district party committee")
        parent = party_committee(p) if p else None
        return OrgInfo(name=name, level="district", province=p, district=d, parent=parent, defunct=True,
                       successor=party_committee(places.successor_province(p) or p) if p else None,
                       rule="district party committee under the province's")
    if m := ORGAN_OF_COUNCIL.match(name):
        body = org_info(m["body"], province, district)
        if body.level in ("province", "district", "commune") and (body.province or body.district):
            succ = _successor_name(name, body.province) if body.level == "province" and body.province else None
            return OrgInfo(name=name, level=body.level, province=body.province, district=body.district,
                           part_of=m["body"], successor=succ, defunct=succ is not None or body.defunct,
                           rule="organ of the council, front or party committee")
    if name.startswith("Thường trực Ủy ban nhân dân ") and (
        (body := org_info(name[len("Thường trực "):], province, district)).level in ("province", "district", "commune")
    ):
        # "Thường trực Ủy ban nhân dân tỉnh Hậu Giang": the chair and vice-chairs, acting for the committee.
        return OrgInfo(name=name, level=body.level, province=body.province, district=body.district,
                       part_of=name[len("Thường trực "):], defunct=body.defunct,
                       rule="organ of the council, front or party committee")
    if m := HEAD_OF_BODY.match(name):
        body = org_info(m["body"], province, district)
        if body.level in ("province", "district", "commune") and (body.province or body.district):
            office = m["title"].endswith("Văn phòng")
            return OrgInfo(name=name, level=body.level, province=body.province, district=body.district,
                           part_of=f"Văn phòng {m['body']}" if office else m["body"],
                           rule="head of the office of the body" if office else "head of the body")
    if m := HEAD_OF_DEPARTMENT.match(name):
        body = org_info(m["body"], province, district)
        if body.level == "province" and body.province:
            return OrgInfo(name=name, level="province", province=body.province, part_of=m["body"], rule="head of the body")
    if name[:1] in "CTVH" and (m := HEAD_OF_UNIT.match(name)):
        body = org_info(m["body"], province, district)
        if body.level:
            return OrgInfo(name=name, level=body.level, province=body.province, district=body.district, part_of=m["body"],
                           rule="head of the body")
    if (m := SCHOOL.match(name)) and province:
        if m["kind"].casefold() in PROVINCE_SCHOOL_KINDS:
            return OrgInfo(name=name, level="unit", province=province, parent=f"Sở Giáo dục và Đào tạo {_level_word(province)} {province}",
                           rule="upper-secondary school under the province's Sở Giáo dục và Đào tạo")
        if dd := _unit_district(name, province, district):
            # "Trường Tiểu học Nà Chì" in a document of huyện Xín Mần (or named with it): under the
            # district's Phòng Giáo dục và Đào tạo, as schools below upper-secondary were before 2025.
            return OrgInfo(name=name, level="unit", province=province, district=dd[1],
                           parent=f"Phòng Giáo dục và Đào tạo {dd[0]} {dd[1]}", rule=DISTRICT_SCHOOL_RULE)
        return OrgInfo(name=name, level="unit", province=province, rule="school")
    if (m := HEALTH_STATION.match(name)) and province and (dd := _commune_district(name, m["commune"], province, district)):
        # "Trạm Y tế xã Nà Chì" in a document of huyện Xín Mần (or named with its district): under the
        # district's Trung tâm Y tế, as commune health stations were before 2025.
        return OrgInfo(name=name, level="unit", province=province, district=dd[1],
                       parent=f"Trung tâm Y tế {dd[0]} {dd[1]}", rule=HEALTH_STATION_RULE)
    if (m := PROVINCE_AGENCY.match(name)) and (p := _province_level(m["level"], m["place"])):
        return OrgInfo(name=name, level="province", province=p, parent=province_committee(p),
                       rule="agency under the province people's committee")
    if m := DISTRICT_OFFICE.match(name):
        d = _district(m["place"]) if m["place"] else district
        if d:
            p = places.province_of_district(d) or province
            return OrgInfo(name=name, level="unit", province=p, district=d, part_of=f"Ủy ban nhân dân huyện {d}",
                           defunct=True, rule="office of the district people's committee")
    if name.startswith("Phòng ") and (m := TOWN_OFFICE.match(name)) and (d := _district(m["place"])):
        if not (m["level"] == "thành phố" and _province_level("thành phố", m["place"])):
            p = places.province_of_district(d) or province
            return OrgInfo(name=name, level="unit", province=p, district=d, part_of=f"Ủy ban nhân dân {m['level']} {d}",
                           defunct=True, rule="office of the district people's committee")
    if name.startswith("Đảng ủy ") and (m := PROVINCE_PARTY_BLOC.match(name)) and (p := _province_level(m["level"], m["place"])):
        return OrgInfo(name=name, level="province", province=p, parent=party_committee(p),
                       rule="party committee of a bloc, under the province party committee")
    if name.startswith(("Đảng ủy ", "Chi bộ ", "Ban cán sự đảng ")) and (m := PARTY_OF_BODY.match(name)) and (
        (party := _party_of_place(local_spelling(m["body"]), province, district)) is not None
    ):
        return OrgInfo(name=name, level="unit", province=party.province, district=party.district, parent=party.name,
                       rule="party organisation of a body, under the party committee of its place")
    if name.startswith(UNION_WORDS) and (info := _union_info(name, province, district)) is not None:
        return info
    if name.startswith(("Ban ", "Thường trực ", "Văn phòng ")) and (m := ORGAN_OF_UNION.match(name)):
        union = _union_info(m["body"], province, district)
        if union is not None and union.level in ("province", "district"):
            succ = _successor_name(name, union.province) if union.level == "province" and union.province else None
            return OrgInfo(name=name, level=union.level, province=union.province, district=union.district,
                           part_of=m["body"], successor=succ, defunct=union.defunct or succ is not None,
                           rule=UNION_ORGAN_RULE)
    if m := UNIT_OF_BODY.match(name):
        body = local_spelling(m["body"])  # "Sở Giáo dục và Đào tạo Đồng Tháp" -> "… tỉnh Đồng Tháp"
        if body.startswith("Sở ") and province and not PROVINCE_DEPARTMENT.match(body):
            body = f"{body} {_level_word(province)} {province}"
        if m["unit"].endswith(PARTY_UNIT_END):
            # "Văn phòng Đảng ủy Ủy ban nhân dân tỉnh Nghệ An": the office of the committee's Party
            # committee, "Đảng ủy Ủy ban nhân dân tỉnh Nghệ An", not of the committee.
            body = f"Đảng ủy {body}"
        return OrgInfo(name=name, level="unit", province=province, part_of=body, rule="unit named with its body")
    if HEALTH_FACILITY.match(name) and (p := _named_province(name) or province):
        return OrgInfo(name=name, level="unit", province=p, parent=province_health_department(p),
                       rule="health facility under the province's Sở Y tế")
    p = _found_province(name)
    # A name that gives its province is placed in no district but one it gives: "Đảng bộ tỉnh Trà
    # Vinh" named in a document of huyện Càng Long is the province's.
    return OrgInfo(name=name, province=p or province, district=district if p is None else places.find_district(name))


@lru_cache(maxsize=65536)
def _placeless_info(name: str) -> OrgInfo | None:
    """The part of ``org_info`` that reads the name alone: a body the name places wherever it is named
    (the collectives of every province, central bodies, ministries and their units, national bodies,
    a province's body known by its own name), else None. Memoised by the name: ``org_info`` is memoised
    by the name with the document's province and district, and a worker meets "Thủ tướng Chính phủ" or
    "Bộ Y tế" in the context of each new document, and a commune's bodies ("Ủy ban nhân dân xã …") reach
    the place rules below through these once per name, not once per place."""
    if name.endswith(EVERY_PROVINCE_END) and "(" not in name:
        # "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương": provinces' bodies, of no
        # one province (not the province of the document that names them).
        return OrgInfo(name=name, level="province", rule=COLLECTIVE_RULE)
    if name.endswith(UNDER_THE_CENTRE_END) and is_every_body_of_a_kind(name) or name in WHOLE_GOVERNMENT_KEYS.values() or name in EVERY_BODY_NAMES:
        return OrgInfo(name=name, level="central", rule=COLLECTIVE_RULE)
    if name in ENDED_GENERAL_DEPARTMENTS:
        parent, successor = ENDED_GENERAL_DEPARTMENTS[name]
        return OrgInfo(name=name, level="central", parent=parent, successor=successor, defunct=True,
                       rule="general department of a ministry, ended in 2025")
    if name in PARTY_BOARD_SUCCESSORS:  # "Ban Tuyên giáo Trung ương" -> "Ban Tuyên giáo và Dân vận Trung ương"
        return OrgInfo(name=name, level="central", parent=PARTY_CENTRE, successor=PARTY_BOARD_SUCCESSORS[name],
                       defunct=True, rule=MERGED_PARTY_BOARD_RULE)
    if name in PARTY_COMMITTEES_ENDED:  # "Đảng ủy Khối các cơ quan Trung ương"
        return OrgInfo(name=name, level="central", parent=PARTY_CENTRE, defunct=True, rule=ENDED_PARTY_COMMITTEE_RULE)
    if name in PARTY_COMMITTEES_MADE:  # "Đảng ủy Chính phủ"
        return OrgInfo(name=name, level="central", parent=PARTY_CENTRE, rule=CENTRAL_PARTY_COMMITTEE_RULE)
    if name in CENTRAL_PARENTS:
        parent = CENTRAL_PARENTS[name]
        if name in CENTRAL_PART_OF:
            return OrgInfo(name=name, level="central", part_of=parent, rule="central body")
        return OrgInfo(name=name, level="central", parent=parent, rule="central body")
    if " khu vực " in name and (m := REGIONAL_BRANCH_KEY.match(name)):
        return OrgInfo(name=name, level="central", parent=_REGIONAL_PARENTS[m["head"]], rule="regional branch of a central body")
    if name.startswith("Bệnh viện ") and (name in CENTRAL_HOSPITALS or CENTRAL_HOSPITAL.match(name)):
        parent = None if ARMED_FORCES_HOSPITAL.search(name) else MINISTRY_OF_HEALTH
        return OrgInfo(name=name, level="central", parent=parent, rule="hospital of the Ministry of Health")
    if " Bộ " in name and (m := OFFICE_OF_MINISTRY.match(name)) and (
        m["ministry"] in MINISTRIES
        # A ministry's name with a comma only when it is one: "Văn phòng Bộ Văn hóa, Thể thao và Du
        # lịch" (not "Văn phòng Bộ Y tế, Sở Y tế", a list).
        or "," not in m["ministry"] and MINISTRY.match(m["ministry"]) and not _found_province(m["ministry"])
    ):
        office = f"{m['office']} {m['ministry']}"
        if m["head"]:
            return OrgInfo(name=name, level="central", part_of=office, rule="head of a ministry's office")
        return OrgInfo(name=name, level="central", part_of=m["ministry"], rule="office of a ministry")
    if name.startswith("Bộ ") and (m := MINISTRY_UNIT.match(name)):
        return OrgInfo(name=name, level="central", part_of=central_spelling(m["ministry"]), rule="unit named after its ministry")
    if name in MINISTRIES or (MINISTRY.match(name) and not _found_province(name)):
        successor = MINISTRIES.get(name)
        return OrgInfo(name=name, level="central", parent=GOVERNMENT, successor=successor, defunct=successor is not None,
                       rule="ministry under the Government")
    if m := MINISTER.match(name):
        return OrgInfo(name=name, level="central", part_of=m["ministry"], rule="minister, the head of the ministry")
    if (m := CENTRAL_HEAD.match(name)) and m["body"] in CENTRAL_PARENTS:
        return OrgInfo(name=name, level="central", part_of=m["body"], rule="head or deputy of a central body")
    if name.startswith(OFFICE_HEAD_WORDS) and (office := name[name.index("Văn phòng ") :]) and (
        NATIONAL_BODY.match(office) and not NOT_NATIONAL.search(office) and not _found_province(office)
    ):
        # "Chánh Văn phòng Ban Chỉ đạo phòng thủ dân sự quốc gia" (the Prime Minister's telegrams):
        # the head of a national body's office, one in the country, part of that office.
        return OrgInfo(name=name, level="central", part_of=office, rule="head of the office of the body")
    if NATIONAL_BODY.match(name) and not NOT_NATIONAL.search(name) and not _found_province(name):
        return OrgInfo(name=name, level="central", rule="national body")
    if PARTY_CONGRESS.match(name):
        return OrgInfo(name=name, level="central", rule="national party congress")
    if name in PROVINCE_NAMED_BODIES:
        p, parent = PROVINCE_NAMED_BODIES[name]
        return OrgInfo(name=name, level="province", province=p, parent=parent, rule="body of a province known by its own name")
    if name.startswith(PORTAL_WORDS) and (m := PORTAL_OF_CENTRAL_BODY.match(name)) and org_info(m["body"]).level == "central":
        return OrgInfo(name=name, level="central", part_of=m["body"], rule="portal of a central body")


# An organ of a mass organisation of a place, named with it: "Ban Thường vụ Hội Liên hiệp Phụ nữ Hà
# Nội", "Ban Thường vụ Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Bắc Ninh" (written "Ban Thường vụ
# Tỉnh đoàn Bắc Ninh"), "Ban Thanh niên nông thôn Tỉnh đoàn Bắc Ninh". Part of it.
ORGAN_OF_UNION = re.compile(rf"^(?P<organ>Ban Thường vụ|Ban Chấp hành|Thường trực|Văn phòng|Ban [^,()]+?) (?P<body>(?:{_UNION_HEADS}) .+)$")
# How the names UNION_OF_PLACE and UNION_OF_BODY read start (the cheap gate before them).
UNION_WORDS: tuple[str, ...] = (*UNION_TOPS, "Công đoàn ", "Đoàn ", "Chi đoàn ", "Hội ", "Chi hội ", "Ban Nữ công ")



def _union_info(name: str, province: str | None, district: str | None) -> OrgInfo | None:
    """A mass organisation of a province or district under the one above it ("Hội Nông dân huyện
    Đồng Văn" -> "Hội Nông dân tỉnh Hà Giang" -> "Trung ương Hội Nông dân Việt Nam"), or of a body
    under that body ("Công đoàn Sở Y tế tỉnh Hà Giang" -> "Sở Y tế tỉnh Hà Giang"); None for any
    other name."""
    if m := UNION_OF_PLACE.match(name):
        head, level, place = m["head"], m["level"], m["place"]
        p = _province_level(level, place) if level else (_province(place) if _province(place) == place else None)
        if p and level in (None, "tỉnh", "thành phố"):
            succ = _successor_name(name, p)
            return OrgInfo(name=name, level="province", province=p, parent=UNION_TOPS[head], successor=succ,
                           defunct=succ is not None, rule="mass organisation of a province under its central body")
        if level and level != "tỉnh" and (d := _district(place)):
            p = places.province_of_district(d) or province
            return OrgInfo(name=name, level="district", province=p, district=d,
                           parent=f"{head} {_level_word(p)} {p}" if p else None, defunct=True,
                           successor=f"{head} {_level_word(new)} {new}" if p and (new := places.successor_province(p) or p) else None,
                           rule="mass organisation of a district under the province's")
    if (m := UNION_OF_BODY.match(name)) and (body := org_info(m["body"], province, district)).level is not None:
        if body.level != "central" and (p := body.province or _named_province(m["body"])):
            return OrgInfo(name=name, level="unit", province=p, district=body.district, parent=m["body"],
                           rule="mass organisation of a body, under the body")
    return None


# A hospital's own room, department or team, one of them, as its documents name them: "Phòng Tổ
# chức cán bộ", "Khoa Khám bệnh", "Tổ Công nghệ thông tin" (not a list, "Các khoa, phòng").
HOSPITAL_UNIT = re.compile(rf"^(?:Phòng|Khoa|Tổ) (?-i:[{UPPER_LETTERS}])[^,;/()]*$")
# The leadership of a body, named by the kind of the body: "Lãnh đạo Sở", "Ban Giám đốc".
LEADERSHIP = frozenset({"Lãnh đạo Sở", "Ban Giám đốc", "Ban Giám đốc Sở", "Lãnh đạo Bệnh viện", "Ban Giám đốc Bệnh viện"})


def _is_own_unit(unit: str, issuer: str) -> bool:
    """Whether ``unit``, named in a document of ``issuer``, is the issuer's own: the leadership of a
    department or hospital ("Lãnh đạo Sở" of the Sở Y tế tỉnh Hà Tĩnh), or a room or department of
    a hospital ("Phòng Điều dưỡng" of the Bệnh viện Đa khoa tỉnh Sơn La). A room named in another
    body's document may be any body's ("Phòng Nông nghiệp và Môi trường" in a province's plan is its
    office's), so it is not placed."""
    if unit in LEADERSHIP:
        return issuer.startswith(("Sở ", "Bệnh viện "))
    return issuer.startswith("Bệnh viện ") and HOSPITAL_UNIT.match(unit) is not None


def _party_of_place(body: str, province: str | None, district: str | None) -> OrgInfo | None:
    """The party committee of the place of ``body`` (a local agency, council, committee or unit of
    one), or None when its place is not known: "Sở Y tế tỉnh Hà Giang" -> "Tỉnh ủy Hà Giang", "Ủy
    ban nhân dân huyện Đồng Văn" -> "Huyện ủy Đồng Văn", "Ủy ban nhân dân xã Lương Minh" (in Quảng
    Ninh) -> "Đảng ủy xã Lương Minh, tỉnh Quảng Ninh"."""
    info = org_info(body, province, district)
    if info.level == "central":
        return None
    if info.level == "commune" and (c := COMMUNE_END.search(commune_part(body))) and info.province:
        committee = with_place(f"Đảng ủy {c.group(0)}", info.province, info.district)
        return OrgInfo(name=committee, province=info.province)
    if info.level == "district" and info.district:
        committee = with_province(f"Huyện ủy {info.district}", info.province)
        return OrgInfo(name=committee, province=info.province, district=info.district)
    p = _named_province(body) or info.province
    if p is None or info.level not in ("province", "unit"):
        return None
    return OrgInfo(name=party_committee(p), province=p)


# What ends the name of the bodies of every province, named together: "Sở Y tế các tỉnh, thành phố
# trực thuộc Trung ương", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương" (as
# ``local_spelling`` writes them, whatever the order and the short forms): the same bodies whoever
# names them, so not told apart by the document's issuer.
EVERY_PROVINCE_END = " các tỉnh, thành phố trực thuộc Trung ương"
# So do the words that close a collective of bodies directly under the Centre: "Các tỉnh ủy, thành
# ủy, đảng ủy trực thuộc Trung ương", "Các đảng ủy trực thuộc Trung ương" (the Party's letters) are
# every such committee, whoever names them.
UNDER_THE_CENTRE_END = " trực thuộc Trung ương"
# The bodies of the whole Government named by the three kinds that make it up, and their heads, as
# the Government's and the Prime Minister's documents write them: every ministry, ministry-level
# agency and Government agency, the same bodies whoever names them (one node, as EVERY_PROVINCE_END's):
# "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ
# quan thuộc Chính phủ" (written "Bộ trưởng các bộ, Thủ trưởng cơ quan ngang bộ, …", "Bộ trưởng, Thủ
# trưởng các cơ quan ngang bộ, …", "… ngang Bộ …" too). Not "Các bộ", "Các bộ, ngành", "Các cơ quan
# trung ương": a letter names so the ministries or agencies it writes to, some of them, as "Ủy ban
# nhân dân các tỉnh, thành phố" (without "trực thuộc Trung ương") may be some provinces: told apart
# by the issuer, since a wrong merge is worse than a missed one.
WHOLE_GOVERNMENT = re.compile(
    r"^(?P<who>Các bộ|Bộ trưởng(?: các bộ)?, Thủ trưởng(?: các)?|Thủ trưởng(?: các)?) (?i:cơ quan ngang bộ), (?:các )?cơ quan thuộc Chính phủ$"
)
WHOLE_GOVERNMENT_KEYS: dict[str, str] = {
    "Các bộ": "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
    "Bộ trưởng": "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ",
    # The heads of the bodies ranked as ministries and of the Government's agencies, without the ministers.
    "Thủ trưởng": "Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ",
}
WHOLE_GOVERNMENT_GATE = "cơ quan thuộc Chính phủ"
COLLECTIVE_RULE = "the bodies of a kind, every one, named together"
# Other names of every body of a kind, as the Government's recipient lines write them: the central
# bodies of the socio-political organisations (the Front's members: the unions, the Youth Union…).
EVERY_BODY_NAMES: frozenset[str] = frozenset({"Cơ quan Trung ương của các tổ chức chính trị - xã hội"})


def whole_government(name: str) -> str | None:
    """The key of the bodies of the whole Government or their heads (WHOLE_GOVERNMENT), however
    written: "Bộ trưởng các bộ, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ" -> "Bộ
    trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ"; None for any other name."""
    if not name.endswith(WHOLE_GOVERNMENT_GATE) or (m := WHOLE_GOVERNMENT.match(name)) is None:
        return None
    return WHOLE_GOVERNMENT_KEYS[next(k for k in WHOLE_GOVERNMENT_KEYS if m["who"].startswith(k))]


def is_every_body_of_a_kind(name: str) -> bool:
    """Whether ``name`` names every body of its kinds, the same bodies whoever names them: the
    bodies of every province (EVERY_PROVINCE_END), every body directly under the Centre
    (UNDER_THE_CENTRE_END), the whole Government (WHOLE_GOVERNMENT)."""
    if "(" in name:
        return False
    if name.endswith(EVERY_PROVINCE_END):
        return True
    if name.endswith(UNDER_THE_CENTRE_END) and name.startswith("Các "):
        return True
    return name in WHOLE_GOVERNMENT_KEYS.values() or name in EVERY_BODY_NAMES


@lru_cache(maxsize=65536)
def is_qualified(name: str) -> bool:
    """True when the name alone identifies the body: a central body, or one naming its province, or
    a district only one province has, or the bodies of every province (EVERY_PROVINCE_END). Not "Ủy
    ban nhân dân huyện Châu Thành" (a dozen provinces have one) nor "Ủy ban nhân dân xã Xuân Phú",
    which a document that gives no province names."""
    if is_every_body_of_a_kind(name):
        return True
    info = org_info(name)
    if info.level == "central" or name in PROVINCE_NAMED_BODIES:
        return True
    if info.level in ("province", "district", "commune"):
        return info.province is not None
    if _found_province(name):
        return True
    d = places.find_district(name)
    return d is not None and places.province_of_district(d) is not None


# A province or district named at the end of a body's name, with its level word: "tỉnh Hà Giag" in "Ủy
# ban nhân dân tỉnh Hà Giag", "huyện Đồng Vă" in "Phòng Nội vụ huyện Đồng Vă" (read by ``misspelled_place``).
PLACE_AT_END = re.compile(rf"(?<!\w)(?P<level>tỉnh|thành phố|huyện|quận|thị xã) (?P<place>[{UPPER_LETTERS}][^,()]*)$")
PLACE_AT_END_GATE: tuple[str, ...] = (" tỉnh ", " thành phố ", " huyện ", " quận ", " thị xã ")
MISSPELLED_PLACE_RULE = "a place one letter from a known one's name"


@lru_cache(maxsize=65536)
def misspelled_place(name: str) -> str | None:
    """The name with its province or district written as the place one letter from it is ("Ủy ban
    nhân dân tỉnh Hà Giag" -> "Ủy ban nhân dân tỉnh Hà Giang", "Ủy ban nhân dân xã Lương Minh, tỉnh
    Quảng Nih" -> "…, tỉnh Quảng Ninh"): a candidate for the same body, recorded, never merged (a
    wrong merge is worse than a missed one). None when the place is known, or no known place, or
    several, is one letter from it. Letters are compared without their tones, which ``places``
    reads already ("Ha Giang" is Hà Giang)."""
    if not any(g in name for g in PLACE_AT_END_GATE):
        return None
    if name.endswith(")") and " (" in name:
        # "Ủy ban nhân dân tỉnh Hà Giag (Bệnh viện Đa khoa Nà Chì)": a name of no known place is told
        # apart by the document's issuer; the body it may be is named alone.
        name = name[: name.rindex(" (")]
    if (m := PLACE_AT_END.search(name)) is None:
        return None
    place, level = m["place"], m["level"]
    if places.province_name(place) or places.district_name(place):
        return None
    written = places.strip_accents(place).casefold()
    near = _places_one_letter_from(written, level)
    if len(near) != 1:
        return None
    return name[: m.start("place")] + near.pop()


@lru_cache(maxsize=8)
def _plain_places(level: str) -> tuple[tuple[str, str], ...]:
    """The places a level word may name, each without its tones, in small letters, and as written:
    provinces after "tỉnh"; provinces and districts (a province's city) after "thành phố"; districts
    after the other district levels."""
    if level in ("tỉnh", "thành phố"):
        known = places.provinces() + (places.district_names() if level == "thành phố" else [])
    else:
        known = places.district_names()
    return tuple((places.strip_accents(k).casefold(), k) for k in dict.fromkeys(known))


def _deletions(word: str) -> list[str]:
    """The word with one letter dropped, at each place in turn ("hag" -> "ag", "hg", "ha")."""
    return [word[:i] + word[i + 1 :] for i in range(len(word))]


@lru_cache(maxsize=8)
def _near_place_index(level: str) -> tuple[dict, dict, dict]:
    """``_plain_places(level)`` indexed by their one-letter deletions, so that the places one letter
    from a written name are found by its own deletions (a few dict lookups) rather than by
    comparing it with each of the ~700 district names (``_one_letter_apart``, ~2 ms a name):
    (place, its i-th deletion) for a letter changed at i, a deletion for a letter the written name
    lacks, the place itself for a letter it has more."""
    changed: dict[tuple[int, str], list[tuple[str, str]]] = {}
    dropped: dict[str, list[tuple[str, str]]] = {}
    whole: dict[str, list[tuple[str, str]]] = {}
    for plain, k in _plain_places(level):
        for i, d in enumerate(_deletions(plain)):
            changed.setdefault((i, d), []).append((plain, k))
            dropped.setdefault(d, []).append((plain, k))
        whole.setdefault(plain, []).append((plain, k))
    return changed, dropped, whole


def _places_one_letter_from(written: str, level: str) -> set[str]:
    """The places of ``level`` (as written) whose plain name is ``written`` with one letter changed,
    added or dropped: ``{k for plain, k in _plain_places(level) if _one_letter_apart(written, plain)}``."""
    changed, dropped, whole = _near_place_index(level)
    near = {k for plain, k in dropped.get(written, ())}  # a letter the written name lacks
    for i, d in enumerate(_deletions(written)):
        near.update(k for plain, k in changed.get((i, d), ()) if plain != written)  # a letter changed
        near.update(k for plain, k in whole.get(d, ()))  # a letter the written name has more
    return near


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter changed, added or dropped ("ha giag", "ha giang")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def chain(name: str, province: str | None = None, district: str | None = None, limit: int = 12) -> list[OrgInfo]:
    """The body and its ancestors (parent, or the body it is part of), upward, without cycles."""
    out: list[OrgInfo] = []
    seen: set[str] = set()
    current: str | None = name
    while current and current not in seen and len(out) < limit:
        seen.add(current)
        info = org_info(current, province, district)
        out.append(info)
        current = info.parent or info.part_of
        province = info.province or province
    return out


def ancestors(name: str, province: str | None = None, district: str | None = None) -> list[str]:
    """Names above ``name`` (nearest first); a body that is part of its parent counts as that parent."""
    return [i.name for i in chain(name, province, district)[1:]]
