"""Groups: a recipient that names the bodies of a kind together, and the members the graph knows.

A document writes to "UBND các huyện, thành phố", "Các sở, ban, ngành tỉnh", "Các đơn vị trực thuộc
Sở", "UBND các xã, phường, thị trấn", "Các Bộ, cơ quan ngang Bộ": one recipient, one node, keyed by
the issuer's place or, when the words give none, with the issuer in brackets (``graph.build.qualify_org``:
"Ủy ban nhân dân các huyện, thành phố (Ủy ban nhân dân tỉnh Sơn La)"). ``group_of`` reads such a
name as a ``Group``: the kind of its members and where they are (the province, the district, the body
they are under or part of); ``member_edges`` links each body of the graph of that kind and place to
the group (MEMBER_OF, basis "rule"), so that "which districts have not yet implemented it" has an
answer (``queries/coverage.cypher``).

Members are matched by the rules' own placing of each body (``orgs.org_info``: level, province,
district, parent, part of), never across provinces: the districts of "UBND các huyện" of a Sơn La
plan are the district people's committees of Sơn La. Groups that name only some of a kind ("Các sở,
ban, ngành liên quan", "Các cơ quan, đơn vị" of a task) or a kind the rules do not place ("Các đoàn
thể", "Các doanh nghiệp") have no members: a wrong member is worse than a missing one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from operator import attrgetter

from vanban.graph import orgs
from vanban.graph.schema import Evidence, MemberOf
from vanban.loaders import places
from vanban.loaders.letters import UPPER_LETTERS


@dataclass(frozen=True, slots=True)
class Group:
    """The members a group recipient names: bodies of one of ``levels`` (any level when empty)
    whose names start with one of ``heads`` (any name when empty), either under or part of
    ``owner`` (``relation`` "under", "part_of" or "under_or_part_of") or in ``province`` (and
    ``district``) (``relation`` "place"); for the Government's bodies, of its ``kinds``
    ("ministries", "equal", "agencies": ``government_kind``); of one ``commune`` ("xã Đồng Loan":
    the name goes on with it, in ``district`` or in none). ``rule`` says which (the evidence of the
    MEMBER_OF edges). ``also``: the groups of the other kinds the same name names (its members are
    theirs too)."""

    rule: str
    relation: str
    owner: str | None = None
    province: str | None = None
    district: str | None = None
    levels: tuple[str, ...] = ()
    heads: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    commune: str | None = None
    also: tuple[Group, ...] = ()  # the other kinds the name joins ("Các sở, ban, ngành, đoàn thể")

    def __reduce__(self):
        """Pickled as its fields, in order (as ``orgs.OrgInfo``)."""
        return Group, _group_fields(self)


_group_fields = attrgetter(*(f.name for f in fields(Group)))


DISTRICTS_RULE = "a district's people's committee, one of the province's named together"
COMMUNES_RULE = "a commune's people's committee, one of the province's (or the district's) named together"
COMMUNE_BODIES_RULE = "a commune's body of the kind, one of the province's (or the district's) named together"
DEPARTMENTS_RULE = "a department or agency under the province's people's committee, one of those named together"
OFFICES_RULE = "an office of the district's people's committee, one of those named together"
UNITS_RULE = "a unit under the body, one of those named together"
ROOMS_RULE = "a room of the body, one of those named together"
GOVERNMENT_RULE = "a ministry, ministry-level body or agency of the Government, one of the kinds named together"
PROVINCES_RULE = "a province's body of the kind, one of every province's named together"
PROVINCE_PARTIES_RULE = "a province's party committee, one of every province's named together"
MASS_RULE = "a mass organisation of the place (the Fatherland Front and its member unions), one of those named together"
COMMUNE_MASS_RULE = "a mass organisation of the commune (the Fatherland Front and its member unions), one of those named together"
CENTRAL_MASS_RULE = "the central body of a mass organisation, one of those named together"
COUNCIL_BOARDS_RULE = "a board of the people's council, one of those named together"
PARTY_BOARDS_RULE = "a board of the party committee (the province's, or the Central Committee), one of those named together"
PARTY_ORGANS_RULE = "an organ advising the province's party committee, one of those named together"
PARTY_COMMITTEES_RULE = "a party committee under the province's, one of the kinds named together"
CENTRAL_PARTY_COMMITTEES_RULE = "a party committee directly under the Central Committee, one of those named together"

# The title of the heads of the bodies a group names, read as naming the bodies (the heads act
# for them): "Chủ tịch Ủy ban nhân dân các xã, phường", "Thủ trưởng các sở, ban, ngành tỉnh Đắk
# Lắk", "Giám đốc các sở (Ủy ban nhân dân tỉnh Thanh Hóa)", "Giám đốc (Thủ trưởng) các sở, ban,
# ngành, đơn vị cấp tỉnh", "Thủ trưởng các đơn vị trực thuộc (Sở Y tế tỉnh Sơn La)".
HEADS_TITLE = re.compile(r"^(?:Chủ tịch|Thủ trưởng|Giám đốc(?: \(Thủ trưởng\))?|Người đứng đầu) (?=(?:Ủy ban nhân dân )?các )")

# The place a group's words end with, a province or a district, with what joins it: "Các sở, ban,
# ngành tỉnh Sơn La", "Các sở, cơ quan thuộc Ủy ban nhân dân tỉnh Bắc Ninh", "Ủy ban nhân dân các
# huyện, thành phố trực thuộc tỉnh Bà Rịa - Vũng Tàu", "Các cơ quan chuyên môn thuộc Ủy ban nhân dân
# huyện Đồng Văn"; or " cấp tỉnh" ("Các sở, ban, ngành, đơn vị cấp tỉnh": the document's province).
PLACE_TAIL = re.compile(
    rf"(?: cấp tỉnh)?(?: (?:trực )?thuộc(?: Ủy ban nhân dân)?)?,? (?P<level>tỉnh|thành phố|huyện|quận|thị xã) (?P<place>[{UPPER_LETTERS}][^,()]*)$"
    r"| cấp tỉnh$"
)

# The district people's committees of a province: "Ủy ban nhân dân các huyện, thành phố", "UBND
# các huyện, thị xã, thành phố", "Ủy ban nhân dân các quận, huyện" (not "các tỉnh, thành phố").
DISTRICT_COMMITTEES = re.compile(r"^Ủy ban nhân dân các (?:huyện|quận|thị xã)(?:(?:,| và|, và) (?:huyện|quận|thị xã|thành phố))*$")
# The province's special zone named after the kinds: "… các xã, phường, đặc khu Cồn Cỏ" (Quảng Trị's one).
SPECIAL_ZONE = rf"(?: [{UPPER_LETTERS}][^,()]*)?"
# The commune people's committees of a province or a district: "Ủy ban nhân dân các xã, phường,
# thị trấn", "Ủy ban nhân dân các xã, thị trấn", "Ủy ban nhân dân các xã, phường, đặc khu".
COMMUNE_COMMITTEES = re.compile(r"^Ủy ban nhân dân các (?:xã|phường|thị trấn)(?:(?:,| và|, và) (?:xã|phường|thị trấn|đặc khu))*" + SPECIAL_ZONE + "$")
# The communes' bodies of other kinds, or of several: "Hội đồng nhân dân các xã, phường", "Thường trực
# Hội đồng nhân dân các xã, phường" (its standing committee, for it), "Ủy ban Mặt trận Tổ quốc Việt Nam
# các xã, phường", "Đảng ủy các xã, phường", "Hội đồng nhân dân, Ủy ban nhân dân các xã, phường và đặc khu".
COMMUNE_BODIES = re.compile(
    r"^(?:Thường trực )?(?P<kinds>(?:Ủy ban nhân dân|Hội đồng nhân dân|Ủy ban Mặt trận Tổ quốc Việt Nam|Đảng ủy)"
    r"(?:(?:,| và|, và) (?:Ủy ban nhân dân|Hội đồng nhân dân|Ủy ban Mặt trận Tổ quốc Việt Nam|Đảng ủy))*)"
    r" các (?:xã|phường|thị trấn)(?:(?:,| và|, và) (?:xã|phường|thị trấn|đặc khu))*" + SPECIAL_ZONE + "$"
)
COMMUNE_BODY_KIND = re.compile(r"Ủy ban nhân dân|Hội đồng nhân dân|Ủy ban Mặt trận Tổ quốc Việt Nam|Đảng ủy")
# The departments and agencies of a province, every one: ``orgs.PROVINCE_DEPARTMENTS`` ("Các sở, ban,
# ngành", "Các sở, ngành, đoàn thể", "Các sở, cơ quan", "Các sở"), and its "Các cơ quan chuyên môn"
# (when its place is a province). Not "… liên quan", "… khác", "…, địa phương": some of them, or more.
PROVINCE_OFFICES = "Các cơ quan chuyên môn"
# The offices of a district's people's committee: "Các cơ quan chuyên môn thuộc Ủy ban nhân dân
# huyện Đồng Văn", "Các phòng, ban huyện Mộc Châu", "Các phòng chuyên môn".
DISTRICT_OFFICES = re.compile(r"^Các (?:cơ quan chuyên môn|phòng, ban(?:, ngành)?|phòng chuyên môn)$")
# The units under a body, every one: "Các đơn vị trực thuộc", "Các cơ quan, đơn vị trực thuộc", "Các
# đơn vị trực thuộc Sở Y tế", "Các đơn vị thuộc và trực thuộc Sở Y tế", "Các đơn vị trực thuộc Ủy
# ban nhân dân thành phố Hồ Chí Minh", "Các đơn vị trong ngành"; ``part`` when the units "thuộc" the
# body (part of it) count too. Not "Các đơn vị sự nghiệp công lập trực thuộc …" (one kind of them).
UNITS_UNDER = re.compile(
    r"^Các (?:cơ quan, )?đơn vị(?: y tế)?"
    r"(?: (?P<part>thuộc và trực thuộc|thuộc, trực thuộc)| trực thuộc| trong ngành| trong toàn ngành)"
    rf"(?: (?P<owner>[{UPPER_LETTERS}][^()]*))?$"
)
# The rooms of a body: "Các phòng thuộc Sở Y tế", "Các phòng chức năng", "Các khoa, phòng" (of a
# hospital), "Các phòng, khoa".
ROOMS = re.compile(rf"^Các (?:khoa, phòng|phòng, khoa|phòng(?: chức năng)?)(?: (?:thuộc|của) (?P<owner>[{UPPER_LETTERS}][^()]*))?$")
# The bodies of the Government by kind, as its and the ministries' letters name them: "Các bộ",
# "Các Bộ, cơ quan ngang Bộ", "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Bộ trưởng các
# Bộ", "Các Bộ trưởng", "Các cơ quan ngang bộ", "Các cơ quan thuộc Chính phủ", "Bộ trưởng, Thủ
# trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ". Not "Các bộ, ngành", "Các bộ, cơ quan liên
# quan", nor "Bộ trưởng" alone (one minister).
GOVERNMENT_BODIES = re.compile(
    r"^(?:(?P<ministries>Các bộ|Các (?:đồng chí )?bộ trưởng|Bộ trưởng các bộ|Bộ trưởng(?=, ))(?:, |$))?"
    r"(?P<equal>(?:Thủ trưởng |Các |các )?(?:các )?cơ quan ngang bộ(?:, |$))?"
    r"(?P<agencies>(?:Thủ trưởng |Các |các )?(?:các )?cơ quan thuộc Chính phủ)?$",
    re.IGNORECASE,
)
# The bodies of one kind of every province: "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung
# ương", "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương", and, in a central body's letter,
# "Ủy ban nhân dân các tỉnh, thành phố (Thủ tướng Chính phủ)". Not "… các tỉnh, thành phố từ Hà Tĩnh
# đến Khánh Hòa" (some of them).
EVERY_PROVINCE = re.compile(r"^(?P<kind>Ủy ban nhân dân|Hội đồng nhân dân|Sở [^,()]+?) các tỉnh, thành phố(?: trực thuộc Trung ương)?$")
# One department of every province, as a ministry's letter names them: "- Các sở Xây dựng;" (Bộ Xây
# dựng), "Các Sở Y tế". Not a list of departments ("Các Sở Tài chính, Xây dựng, Ngoại vụ": some, by name).
EVERY_PROVINCE_DEPARTMENT = re.compile(rf"^Các [Ss]ở (?P<field>[{UPPER_LETTERS}][^,()]*)$")
# The party committees of the provinces, in a central body's letter: "Các tỉnh ủy", "Các thành ủy", "Các
# tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương" (with ``central``: the party committees directly
# under the Central Committee too), "Thường trực các tỉnh ủy, thành ủy" (their standing committees, for them).
PROVINCE_PARTY_COMMITTEES = re.compile(
    r"^(?:Thường trực c|C)ác (?P<first>tỉnh ủy|thành ủy)(?P<both>, (?:tỉnh ủy|thành ủy))?(?P<central>, đảng ủy)?(?: trực thuộc [Tt]rung ương)?$", re.IGNORECASE
)
# The party committees directly under the Central Committee alone: "- Các đảng ủy trực thuộc Trung ương,"
# (a Ban Bí thư's regulation, realdocs ca9ba61f): Quân ủy Trung ương, Đảng ủy Công an Trung ương and
# the committees the 2025 reorganisation ended or made (orgs.PARTY_COMMITTEES_ENDED, _MADE).
CENTRAL_PARTY_COMMITTEES = re.compile(r"^(?:Thường trực c|C)ác đảng ủy trực thuộc [Tt]rung ương$", re.IGNORECASE)
CENTRAL_PARTY_COMMITTEE_HEADS = ("Đảng ủy ", "Quân ủy ")
# The mass organisations of a place (the socio-political organisations: the Fatherland Front's member
# unions), with the Front when it is named before them: "Các đoàn thể", "Các Đoàn thể thành phố",
# "Các đoàn thể tỉnh Đắk Lắk" (its place is cut off before), "Các tổ chức chính trị - xã hội tỉnh Bắc
# Ninh", "Các đoàn thể chính trị - xã hội", "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội
# tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội". Not "Các Hội, đoàn
# thể" (associations too), "Các tổ chức thành viên Mặt trận" (any of its many members), "Các tổ chức".
MASS_ORGANISATIONS = re.compile(
    r"^(?P<front>(?:Ủy ban )?Mặt trận Tổ quốc(?: Việt Nam)? và c|C)ác (?:[Đđ]oàn thể(?: chính trị(?: ?- ?| )xã hội)?"
    r"|tổ chức(?: đoàn thể| chính trị(?: ?- ?| )xã hội))(?: (?:cấp )?(?P<at>tỉnh|thành phố|huyện))?$"
)
# The commune a group's words end with once its province is cut off, with its district when the key
# gives one: "Các đoàn thể xã Đồng Loan" (of "Các đoàn thể xã Đồng Loan, tỉnh Cao Bằng", a commune's
# "- Các đoàn thể xã;" as the graph keys it), "Các đoàn thể xã Tả Lủng, huyện Mèo Vạc"; or the level
# word alone, of the commune that issued the document ("Các đoàn thể xã (Ủy ban nhân dân xã Chiềng Sơn)").
COMMUNE_TAIL = re.compile(
    rf" (?P<level>xã|phường|thị trấn|đặc khu)(?: (?P<place>[{UPPER_LETTERS}][^,()]*))?"
    rf"(?:, (?:huyện|quận|thị xã|thành phố) (?P<district>[{UPPER_LETTERS}][^,()]*))?$"
)
# The commune a commune's body is of: "xã Lương Minh" in "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt
# Nam xã Lương Minh, tỉnh Quảng Ninh", "Ủy ban nhân dân xã Chiềng Sơn".
COMMUNE_IN_NAME = re.compile(rf" (?P<level>xã|phường|thị trấn|đặc khu) (?P<place>[{UPPER_LETTERS}][^,()]*)")
# The boards of a province's (or a district's) people's council, its place cut off before: "Các ban
# Hội đồng nhân dân" (of "- Các ban HĐND tỉnh;", keyed "Các ban Hội đồng nhân dân tỉnh Hà Giang"),
# "Các Ban của Hội đồng nhân dân".
COUNCIL_BOARDS = re.compile(r"^Các [Bb]an(?: của)? Hội đồng nhân dân$")
COUNCIL = "Hội đồng nhân dân "
# The same words at the head of a list of the province's bodies: the departments and the mass
# organisations ("Các sở, ban, ngành, đoàn thể tỉnh Cao Bằng", "Các Sở, ngành, tổ chức chính trị - xã
# hội thành phố", "Các ban, sở, ngành, đoàn thể cấp tỉnh", "Các sở, ban, ngành, tổ chức chính trị - xã
# hội thành phố").
DEPARTMENTS_AND_MASS = re.compile(
    r"^Các [Ss]ở(?:,? (?:ban|ngành))*, (?:đoàn thể|tổ chức chính trị ?- ?xã hội)"
    r"(?: (?:cấp )?(?:tỉnh|thành phố))?$"
)
# The mass organisations' central bodies: "Cơ quan Trung ương của các tổ chức chính trị - xã hội",
# "Cơ quan trung ương của các tổ chức chính trị-xã hội", "Các đoàn thể Trung ương", and "Các tổ chức
# chính trị xã hội" of a central body (its letters).
CENTRAL_MASS_ORGANISATIONS = re.compile(
    r"^(?:(?P<centre>Cơ quan [Tt]rung ương của) c|C)ác (?:(?:tổ chức|đoàn thể) chính trị(?: ?- ?| )xã hội|đoàn thể(?= (?:ở )?[Tt]rung ương))"
    r"(?P<at> ở [Tt]rung ương| [Tt]rung ương)?$"
)
# The party committee a group's words end with, or "Tỉnh ủy"/"Thành ủy" alone (the document's):
# "Các Ban Đảng Thành ủy Hà Nội", "Các ban xây dựng Đảng Tỉnh ủy Quảng Ninh", "Các cơ quan tham mưu
# giúp việc Tỉnh ủy Đắk Lắk", "Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy".
PARTY_TAIL = re.compile(rf" (?:của |thuộc |trực thuộc )?(?P<word>Tỉnh ủy|Thành ủy)(?: (?P<place>[{UPPER_LETTERS}][^,()]*))?$")
# The boards of a province's party committee: "Các Ban Đảng", "Các ban xây dựng Đảng", "Các Ban của
# Đảng", "Các Ban" (before "Thành ủy Hồ Chí Minh"). Not its standing board or its executive
# (NOT_MEMBERS).
PARTY_WORD = re.compile(r"(?<!\w)[Đđ]ảng(?!\w)")
PARTY_BOARDS = re.compile(r"^Các [Bb]an(?: (?:[Đđ]ảng|xây dựng [Đđ]ảng|của [Đđ]ảng|tham mưu))?$")
# The party's central boards, in a central body's letter: "Các ban Đảng" (Chính phủ), "Các ban xây dựng
# Đảng", "Các cơ quan, ban đảng Trung ương" (Bộ Chính trị; with the party's office and inspection
# committee), "Các ban đảng Trung ương", "Các cơ quan đảng ở Trung ương" (Quy định 384-QĐ/TW of the Ban Bí
# thư: its organs, as "cơ quan, ban đảng"; not "Các cơ quan đảng" alone, of every level).
CENTRAL_PARTY_BOARDS = re.compile(
    r"^Các (?:(?P<organs>cơ quan, )?[Bb]an (?:[Đđ]ảng|xây dựng [Đđ]ảng|của [Đđ]ảng)(?: ở [Tt]rung ương| [Tt]rung ương)?"
    r"|(?P<party_organs>cơ quan [Đđ]ảng)(?: ở [Tt]rung ương| [Tt]rung ương))$"
)
# The organs that advise it, its boards with its office and its inspection committee: "Các cơ quan
# tham mưu giúp việc", "Các ban, cơ quan tham mưu, giúp việc", "Các cơ quan thuộc" (Tỉnh ủy Bắc Ninh).
PARTY_ORGANS = re.compile(r"^Các (?:[Bb]an, )?cơ quan(?: tham mưu,? giúp việc| tham mưu| giúp việc)?$")
# The party committees under a province's, by kind: "Các huyện ủy, thành ủy, đảng ủy trực thuộc",
# "Các huyện ủy, thị ủy, thành ủy", "Các đảng ủy trực thuộc", "Các huyện ủy, thành ủy, đảng ủy
# trực thuộc Tỉnh ủy" (its tail cut off before).
PARTY_COMMITTEES = re.compile(
    r"^Các (?P<kinds>(?:huyện ủy|thị ủy|thành ủy|quận ủy|đảng ủy)(?:,? (?:và )?(?:huyện ủy|thị ủy|thành ủy|quận ủy|đảng ủy))*)(?: trực thuộc)?$",
    re.IGNORECASE,
)
PARTY_COMMITTEE_KIND = re.compile(r"huyện ủy|thị ủy|thành ủy|quận ủy|đảng ủy", re.IGNORECASE)
PARTY_COMMITTEE_HEADS = {"huyện ủy": "Huyện ủy ", "thị ủy": "Thị ủy ", "thành ủy": "Thành ủy ", "quận ủy": "Quận ủy ", "đảng ủy": "Đảng ủy "}
# The kinds of bodies no rule lists, read as a group the graph cannot know the members of: "Các
# doanh nghiệp nhà nước trên địa bàn", "Các cơ quan Trung ương đóng trên địa bàn tỉnh Đắk Lắk", "Các
# tập đoàn kinh tế, tổng công ty nhà nước", "Các đơn vị ngành dọc trên địa bàn tỉnh Đồng Nai", "Các cơ
# quan báo chí", "Các ngân hàng thương mại", "Các thương nhân đầu mối kinh doanh xăng dầu", "Các Hội,
# đoàn thể tỉnh Đắk Lắk", "Các cơ sở khám bệnh, chữa bệnh", "Các sở, ban, ngành liên quan" (some
# of them), "Các cơ quan, đơn vị trên địa bàn huyện".
UNLISTED_KINDS = re.compile(
    r"(?i:doanh nghiệp|tập đoàn|tổng công ty|công ty|ngân hàng|thương nhân|hợp tác xã|nhà đầu tư|chủ đầu tư"
    r"|cơ sở (?:sản xuất|kinh doanh|khám|giáo dục|đào tạo|y tế)|ngành dọc|báo chí|trên địa bàn|đóng tại"
    r"|(?<!\w)hội(?:,| được| đặc thù| quần chúng)|liên quan|tổ chức thành viên)"
)
# The kinds of bodies a group names without saying which, read as a group whose members are not known
# when no rule above lists them: "Các cơ quan, đơn vị" (Ủy ban nhân dân tỉnh Sơn La), "Thủ trưởng các
# cơ quan, đơn vị", "Các đơn vị trực thuộc Thành phố" (of an issuer not placed), "Các bộ, ngành, địa
# phương", "Các sở, ban, ngành khác", "Các cơ quan Trung ương", "Các cấp ủy Đảng", "Các Vụ, Cục", "Các
# đơn vị sự nghiệp công lập", "Các trường học trực thuộc", "Các bộ phận", "Các hội". Not people ("Các
# Phó Chủ tịch …", "Các thành viên Ban Chỉ đạo", "Các đại biểu …", "Các Tổ đại biểu …") nor places
# named one by one ("Các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng").
# A ministry or department named after the kind ("Các Bộ Tài chính, Nông nghiệp và Môi trường", "Giám
# đốc các Sở Tài chính, Xây dựng") names its members one by one: not vague.
VAGUE_KINDS = re.compile(
    r"^(?i:các) (?:(?i:cơ quan|đơn vị|tổ chức|địa phương|ngành|ban|cấp|đoàn thể|hội|vụ|cục|phòng|tổ chuyên môn"
    rf"|trường|bệnh viện|trung tâm|trạm|khoa|lực lượng|bộ phận)|(?i:bộ|sở)(?! [{UPPER_LETTERS}]))(?!\w)"
)

# What starts the name of a person, a leadership, a collective or a website, never a member of a
# group: "Chủ tịch Ủy ban nhân dân tỉnh Sơn La", "Các Phó Chủ tịch …", "Ban Giám đốc Sở Y tế tỉnh Hà
# Giang", "Bộ trưởng Bộ Nội vụ", "Trang thông tin điện tử Sở Y tế tỉnh Kon Tum".
NOT_MEMBERS = (
    "Các ", "Chủ tịch ", "Phó Chủ tịch ", "Ban Giám đốc", "Lãnh đạo ", "Giám đốc ", "Thường trực ", "Trưởng ", "Phó ",
    "Bộ trưởng ", "Thứ trưởng ", "Cục trưởng ", "Vụ trưởng ", "Chánh ", "Trang thông tin", "Cổng Thông tin", "Cổng thông tin",
    "Ban Thường vụ ", "Ban Chấp hành ", "Ban Bí thư ", "Ban Thường trực ", "Ban Chỉ đạo ",
)
# The heads of the names of the mass organisations of a place ("Hội Nông dân tỉnh Sơn La"), and of
# the Front's committee; and of the organs advising a party committee.
MASS_HEADS = tuple(f"{u} " for u in orgs.UNION_TOPS if u != "Liên minh Hợp tác xã")
FRONT_HEAD = "Ủy ban Mặt trận Tổ quốc Việt Nam "
PARTY_ORGAN_HEADS = ("Ban ", "Văn phòng ", "Ủy ban Kiểm tra ")
# The Central Committee's: its boards, its office and its inspection committee (not the General
# Secretary's office, "Văn phòng Tổng Bí thư", also under it).
CENTRAL_PARTY_ORGAN_HEADS = ("Ban ", "Văn phòng Trung ương Đảng", "Ủy ban Kiểm tra Trung ương")
# The central bodies of the mass organisations, by their whole names ("Trung ương Hội Nông dân Việt Nam").
CENTRAL_MASS_BODIES = tuple(top for u, top in orgs.UNION_TOPS.items() if u != "Liên minh Hợp tác xã")
# A name of bodies of several places, never one member even when the rules place it: "Thành ủy các tỉnh,
# thành phố trực thuộc Trung ương" (a letter's recipient, placed as a "Thành ủy" of a province); not
# "Đảng ủy Khối các cơ quan tỉnh Sơn La", "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh" (one body each).
PLACES_TOGETHER = re.compile(r" các (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?!\w)")
ROOM_HEADS = ("Phòng ", "Văn phòng ", "Khoa ")
OFFICE_HEADS = ("Phòng ", "Văn phòng ", "Thanh tra ")
COMMITTEE = "Ủy ban nhân dân "
PARTY_CENTRE = "Ban Chấp hành Trung ương Đảng"
# The bodies of a written owner that name only its kind: "Các đơn vị trực thuộc Sở" of a Sở's plan.
BARE_OWNERS = ("Sở", "Bộ", "Bệnh viện", "Trung tâm", "Sở Y tế")
# Ministry-level bodies that are not ministries (cơ quan ngang bộ), and the Government's office.
MINISTRY_LEVEL_AGENCIES = frozenset(n for n in orgs.MINISTRIES if not n.startswith("Bộ ")) | {"Văn phòng Chính phủ"}


def _scope(name: str) -> tuple[str, str | None]:
    """A key's words and the issuer in brackets after them: "Các đơn vị trực thuộc (Sở Y tế tỉnh Sơn
    La)" -> ("Các đơn vị trực thuộc", "Sở Y tế tỉnh Sơn La"); a scope that is itself scoped (an issuer
    not placed, "(Ủy ban nhân dân thành phố (Công văn ….md))") -> ("", None): no group."""
    if not name.endswith(")") or " (" not in name:
        return name, None
    at = name.index(" (")
    scope = name[at + 2 : -1]
    if "(" in scope or ")" in scope:
        return "", None
    return name[:at], scope


def _tail_place(words: str, province: str | None) -> tuple[str, str | None, str | None, str | None]:
    """The words without the place they end with, and that place: (words, level word, province,
    district); (words, None, None, None) when they end with none. A district's province is its
    own, or the document's when several provinces have a district of that name."""
    m = PLACE_TAIL.search(words)
    if m is None:
        return words, None, None, None
    if m["level"] is None:  # " cấp tỉnh"
        return (words[: m.start()], "tỉnh", province, None) if province else (words, None, None, None)
    if m["level"] in ("tỉnh", "thành phố") and (p := orgs._province_level(m["level"], m["place"])):
        return words[: m.start()], m["level"], p, None
    if m["level"] != "tỉnh" and (d := places.district_name(m["place"])):
        p = places.province_of_district(d) or province
        return (words[: m.start()], m["level"], p, d) if p else (words, None, None, None)
    return words, None, None, None


def _owner(written: str | None, scope: str | None, province: str | None, district: str | None) -> str | None:
    """The body whose units a group names: the one its words name ("… trực thuộc Ủy ban nhân dân
    thành phố Hồ Chí Minh"), or its document's issuer (the scope) when they name none or only its
    kind ("Các đơn vị trực thuộc Sở Y tế (Sở Y tế tỉnh Kon Tum)"); None when they name another
    body's kind or one the rules do not place."""
    if not written:
        return scope
    if scope and scope.startswith(written):
        return scope
    if written in BARE_OWNERS:
        return None
    info = orgs.org_info(written, province, district)
    return written if info.level in ("province", "district") and info.province else None


@lru_cache(maxsize=65536)
def group_of(name: str, province: str | None = None, district: str | None = None) -> Group | None:
    """The members ``name`` names together, when it is a group of a kind the rules place; None for
    any other name. ``province``/``district``: of the document that names it (its node's).

    >>> group_of("Ủy ban nhân dân các huyện, thành phố (Ủy ban nhân dân tỉnh Sơn La)").province
    'Sơn La'
    """
    if " các " not in name and not name.startswith(("Các ", "Bộ trưởng")):
        return None
    words, scope = _scope(name)
    if not words:
        return None
    words = HEADS_TITLE.sub("", words)
    words = words[:1].upper() + words[1:]
    if words.startswith("Các Sở"):  # "Giám đốc các Sở (Ủy ban nhân dân tỉnh Lâm Đồng)": as "Các sở" is keyed
        words = "Các sở" + words[len("Các Sở"):]
    if (m := UNITS_UNDER.match(words) or ROOMS.match(words)) is not None:
        owner = _owner(m["owner"], scope, province, district)
        oinfo = orgs.org_info(owner, province, district) if owner else None
        if oinfo is None or oinfo.level is None or (oinfo.level != "central" and oinfo.province is None):
            return None
        if m.re is ROOMS:
            return Group(ROOMS_RULE, "part_of", owner=owner, province=oinfo.province, heads=ROOM_HEADS)
        # A people's committee's offices are part of it by the rules ("Phòng Nội vụ huyện Đồng Văn"),
        # its departments under it ("Sở Y tế tỉnh Sơn La"): both are its "cơ quan, đơn vị trực thuộc".
        both = m["part"] or owner.startswith(COMMITTEE)
        return Group(UNITS_RULE, "under_or_part_of" if both else "under", owner=owner, province=oinfo.province)
    sinfo = orgs.org_info(scope, province, district) if scope else None
    if sinfo is None or sinfo.level in ("central", None):
        # No scope, a central issuer, or one the rules do not place (a national steering committee,
        # "Ban Chỉ đạo nhà nước về du lịch"): only a group of central bodies is known.
        if (g := _central_group(words, sinfo is not None and sinfo.level == "central")) is not None or sinfo is not None:
            return g
    if (g := _party_group(words, sinfo, province)) is not None:
        return g
    words, level, p, d = _tail_place(words, province)
    if level is None and sinfo is not None and sinfo.level in ("province", "district", "unit", "commune"):
        p, d = sinfo.province, sinfo.district
        level = "tỉnh" if sinfo.level == "province" else "huyện" if sinfo.level == "district" else None
    if p is None:
        return None
    if " xã" in words or " phường" in words or " thị trấn" in words or " đặc khu" in words:
        if (c := COMMUNE_TAIL.search(words)) is not None and (m := MASS_ORGANISATIONS.match(words[: c.start()])) is not None:
            return _commune_mass_group(c, sinfo, p, front=m["front"] != "C")
    if (m := MASS_ORGANISATIONS.match(words)) is not None:
        if level is None and not m["at"]:  # "Các tổ chức chính trị - xã hội" of a commune's body: the commune's
            return _commune_mass_group(None, sinfo, p, front=m["front"] != "C")
        if m["at"] == "tỉnh" and d:  # "Các đoàn thể tỉnh" in a district's document: the province's
            d, level = None, "tỉnh"
        return _mass_group(p, d, level, front=m["front"] != "C")
    if not d and level in ("tỉnh", "thành phố") and (m := DEPARTMENTS_AND_MASS.match(words)) is not None:
        mass = _mass_group(p, None, level)
        return Group(DEPARTMENTS_RULE, "under", owner=orgs.province_committee(p), province=p, levels=("province",),
                     also=(mass,) if mass else ())
    if (level in ("tỉnh", "thành phố") or d) and COUNCIL_BOARDS.match(words):
        owner = f"{COUNCIL}{level} {d}" if d else f"{COUNCIL}{orgs.province_committee(p)[len(COMMITTEE):]}"
        return Group(COUNCIL_BOARDS_RULE, "part_of", owner=owner, province=p, heads=("Ban ",))
    if DISTRICT_COMMITTEES.match(words):
        return Group(DISTRICTS_RULE, "place", province=p, levels=("district",), heads=(COMMITTEE,))
    if COMMUNE_COMMITTEES.match(words):
        return Group(COMMUNES_RULE, "place", province=p, district=d, levels=("commune",), heads=(COMMITTEE,))
    if (m := COMMUNE_BODIES.match(words)) is not None:
        heads = tuple(f"{k} " for k in dict.fromkeys(COMMUNE_BODY_KIND.findall(m["kinds"])))
        return Group(COMMUNE_BODIES_RULE, "place", province=p, district=d, levels=("commune",), heads=heads)
    if d and level in ("huyện", "quận", "thị xã", "thành phố") and DISTRICT_OFFICES.match(words):
        owner = sinfo.name if sinfo is not None and sinfo.level == "district" and sinfo.name.startswith(COMMITTEE) else None
        owner = owner or orgs.with_province(f"{COMMITTEE}{level} {d}", p)
        return Group(OFFICES_RULE, "under_or_part_of", owner=owner, province=p, heads=OFFICE_HEADS)
    if not d and level in ("tỉnh", "thành phố") and (words == PROVINCE_OFFICES or orgs.PROVINCE_DEPARTMENTS.match(words)):
        return Group(DEPARTMENTS_RULE, "under", owner=orgs.province_committee(p), province=p, levels=("province",))
    return None


def _mass_group(p: str, d: str | None, level: str | None, front: bool = False) -> Group | None:
    """The mass organisations of province ``p`` (or of its district ``d``), with the Front's committee
    when ``front``; None when the words place them in no province or district (a commune's)."""
    heads = MASS_HEADS + ((FRONT_HEAD,) if front else ())
    if d and level in ("huyện", "quận", "thị xã", "thành phố"):
        return Group(MASS_RULE, "place", province=p, district=d, levels=("district",), heads=heads)
    if not d and level in ("tỉnh", "thành phố"):
        return Group(MASS_RULE, "place", province=p, levels=("province",), heads=heads)
    return None


def _commune_mass_group(tail: re.Match | None, sinfo: orgs.OrgInfo | None, p: str, front: bool) -> Group | None:
    """The mass organisations of one commune: the one the words name (``COMMUNE_TAIL``), or the
    issuer's when they give the level word alone or no place (a commune's body, "Ban Thường trực Ủy
    ban Mặt trận Tổ quốc Việt Nam xã Lương Minh, tỉnh Quảng Ninh"), with the Front's committee when
    ``front``; None when neither names a commune."""
    heads = MASS_HEADS + ((FRONT_HEAD,) if front else ())
    if tail is not None and tail["place"]:
        return Group(COMMUNE_MASS_RULE, "place", province=p, district=tail["district"], levels=("commune",),
                     heads=heads, commune=f"{tail['level']} {tail['place']}")
    m = COMMUNE_IN_NAME.search(sinfo.name) if sinfo is not None and sinfo.level == "commune" else None
    if m is None or sinfo is None:
        return None
    return Group(COMMUNE_MASS_RULE, "place", province=p, district=sinfo.district, levels=("commune",), heads=heads,
                 commune=f"{m['level']} {m['place']}")


def _party_group(words: str, sinfo: orgs.OrgInfo | None, province: str | None) -> Group | None:
    """A group of the bodies of a province's party committee: its boards, the organs advising it, the
    party committees under it; their province is the one the words end with ("… Thành ủy Hà Nội")
    or the issuer's, when the issuer is the party committee or one of its organs (the boards and
    organs) or any body of a province (the committees under it)."""
    tail = PARTY_TAIL.search(words)
    party_scope = sinfo is not None and sinfo.level == "province" and (
        sinfo.name.startswith(("Tỉnh ủy ", "Thành ủy ")) or (sinfo.part_of or "").startswith(("Tỉnh ủy ", "Thành ủy ")))
    if tail is not None:
        rest = words[: tail.start()]
        if tail["place"]:
            p = orgs._province_level("tỉnh" if tail["word"] == "Tỉnh ủy" else "thành phố", tail["place"])
        else:
            p = sinfo.province if sinfo is not None and sinfo.level == "province" else province
    elif sinfo is not None and sinfo.level == "province":
        rest, p = words, sinfo.province
    else:
        return None
    if p is None:
        return None
    owner = orgs.party_committee(p)
    if (m := PARTY_COMMITTEES.match(rest)) is not None:
        heads = tuple(dict.fromkeys(PARTY_COMMITTEE_HEADS[k.lower()] for k in PARTY_COMMITTEE_KIND.findall(m["kinds"])))
        return Group(PARTY_COMMITTEES_RULE, "under", owner=owner, province=p, heads=heads)
    if tail is None and not party_scope and not PARTY_WORD.search(rest):
        return None  # "Các Ban" of a people's committee: its own? ("Các ban Đảng" of one: the Tỉnh ủy's)
    if PARTY_BOARDS.match(rest):
        return Group(PARTY_BOARDS_RULE, "part_of", owner=owner, province=p, heads=("Ban ",))
    if PARTY_ORGANS.match(rest):
        return Group(PARTY_ORGANS_RULE, "part_of", owner=owner, province=p, heads=PARTY_ORGAN_HEADS)
    return None


@lru_cache(maxsize=65536)
def group_role(name: str, province: str | None = None, district: str | None = None) -> str | None:
    """How a body's name names a group, for its node's roles: "group" when the rules list its
    members (``group_of``), "group_unlisted" when it names together bodies of a kind no rule lists
    ("Các doanh nghiệp nhà nước trên địa bàn", "Các cơ quan Trung ương đóng trên địa bàn tỉnh Đắk
    Lắk": ``UNLISTED_KINDS``) or bodies of a kind without saying which ("Các cơ quan, đơn vị":
    ``VAGUE_KINDS``), so that coverage says their members are not known; None otherwise."""
    if " các " not in name and not name.startswith(("Các ", "Bộ trưởng")):
        return None
    if group_of(name, province, district) is not None:
        return "group"
    # The words without the issuer in brackets, even one not placed ("(Ủy ban nhân dân thành phố (Công văn ….md))").
    words = HEADS_TITLE.sub("", name[: name.index(" (")] if name.endswith(")") and " (" in name else name)
    if not words.startswith(("Các ", "các ")):
        return None
    return "group_unlisted" if UNLISTED_KINDS.search(words) or VAGUE_KINDS.match(words) else None


def _central_group(words: str, central: bool) -> Group | None:
    """A group of central bodies: the Government's by kind, one kind of body of every province, the
    mass organisations' central bodies (when the words or the issuer, ``central``, say so)."""
    if (m := EVERY_PROVINCE.match(words)) is not None:
        kind = m["kind"]
        return Group(PROVINCES_RULE, "place", levels=("province",), heads=(f"{kind} tỉnh ", f"{kind} thành phố "))
    if central and (m := EVERY_PROVINCE_DEPARTMENT.match(words)) is not None:
        return Group(PROVINCES_RULE, "place", levels=("province",), heads=(f"Sở {m['field']} tỉnh ", f"Sở {m['field']} thành phố "))
    if (m := PROVINCE_PARTY_COMMITTEES.match(words)) is not None:
        heads = ("Tỉnh ủy ", "Thành ủy ") if m["both"] else (f"{m['first'].capitalize()} ",)
        also = (CENTRAL_PARTY_COMMITTEES_GROUP,) if m["central"] else ()
        return Group(PROVINCE_PARTIES_RULE, "place", levels=("province",), heads=heads, also=also)
    if CENTRAL_PARTY_COMMITTEES.match(words):
        return CENTRAL_PARTY_COMMITTEES_GROUP
    if (m := CENTRAL_PARTY_BOARDS.match(words)) is not None:
        heads = CENTRAL_PARTY_ORGAN_HEADS if m["organs"] or m["party_organs"] else ("Ban ",)
        return Group(PARTY_BOARDS_RULE, "under_or_part_of", owner=PARTY_CENTRE, levels=("central",), heads=heads)
    if (m := CENTRAL_MASS_ORGANISATIONS.match(words)) is not None and (central or m["centre"] or m["at"]):
        return Group(CENTRAL_MASS_RULE, "place", levels=("central",), heads=CENTRAL_MASS_BODIES)
    if (m := GOVERNMENT_BODIES.match(words)) is not None and any(m.groups()):
        kinds = tuple(k for k in ("ministries", "equal", "agencies") if m[k])
        return Group(GOVERNMENT_RULE, "under", owner=orgs.GOVERNMENT, levels=("central",), kinds=kinds)
    return None


CENTRAL_PARTY_COMMITTEES_GROUP = Group(CENTRAL_PARTY_COMMITTEES_RULE, "under", owner=PARTY_CENTRE, levels=("central",),
                                       heads=CENTRAL_PARTY_COMMITTEE_HEADS)


def government_kind(name: str) -> str:
    """Which of the Government's kinds a body directly under it is: "ministries" (Bộ …), "equal"
    (a ministry-level body that is not a ministry, and the Government's office), "agencies" (the
    rest: Thông tấn xã Việt Nam, Đài Truyền hình Việt Nam …)."""
    if name in orgs.MINISTRIES and name.startswith("Bộ "):
        return "ministries"
    return "equal" if name in MINISTRY_LEVEL_AGENCIES else "agencies"


def is_member(group: Group, name: str, info: orgs.OrgInfo) -> bool:
    """Whether the body ``name`` (placed as ``info``) is one of ``group``'s members; its place
    relation to the group's owner is the caller's (``member_edges`` indexes bodies by it)."""
    if name.startswith(NOT_MEMBERS) or (group.levels and info.level not in group.levels) or PLACES_TOGETHER.search(name):
        return False
    if group.relation == "place":
        if group.province is not None and info.province != group.province:
            return False
        if group.district is not None and info.district != group.district:
            return False
    elif info.province != group.province:  # never across provinces (None: central bodies)
        return False
    if group.kinds and government_kind(name) not in group.kinds:
        return False
    if group.commune is not None:  # "Hội Nông dân xã Đồng Loan, tỉnh Cao Bằng" of "xã Đồng Loan", in its district or none
        return info.district == group.district and any(
            name.startswith(h) and name[len(h):].startswith(group.commune) and name[len(h) + len(group.commune):][:1] in ("", ",")
            for h in group.heads)
    return not group.heads or name.startswith(group.heads)


# When the 2025 reorganisation ended or made a body: the ministries and the departments merged by
# field on 1 March 2025 (Nghị quyết 176/2025/QH15, the provinces' own decisions), the provinces merged
# and the districts abolished on 1 July 2025 (Nghị quyết 202/2025/QH15), and with the districts the
# communes placed under one; the communes of the two-level local government made that day.
MINISTRIES_MERGED = "2025-03-01"
# The Central Committee's boards merged in 2025 (orgs.PARTY_BOARD_SUCCESSORS): the Bộ Chính trị's
# decision merging the Ban Tuyên giáo Trung ương and the Ban Dân vận Trung ương into the Ban Tuyên
# giáo và Dân vận Trung ương was announced on 3 February 2025 (its own day was not found), with the
# founding of the four party committees under the Central Committee that replaced the two ended
# (orgs.PARTY_COMMITTEES_ENDED, _MADE). The Ban Kinh tế Trung ương was renamed the Ban Chính sách,
# chiến lược Trung ương on 24 January 2025 (Kết luận 121-KL/TW, Quyết định 247-QĐ/TW of that day).
PARTY_BOARDS_MERGED = "2025-02-03"
PARTY_BOARD_RENAMED = "2025-01-24"
# The day each board made in 2025 took over (PARTY_BOARDS_MERGED when not listed).
PARTY_BOARD_DAYS = {"Ban Chính sách, chiến lược Trung ương": PARTY_BOARD_RENAMED}
PROVINCES_MERGED = "2025-07-01"
# The ministries the merger of 1 March 2025 made under a new name (the others that took one in kept
# theirs: Bộ Tài chính, Bộ Xây dựng, Bộ Nội vụ, Bộ Khoa học và Công nghệ), and the provinces'
# departments made with them ("Sở Nông nghiệp và Môi trường tỉnh Sơn La"; "Sở Dân tộc và Tôn giáo"
# from the Ban Dân tộc).
CREATED_MINISTRIES = frozenset({"Bộ Nông nghiệp và Môi trường", "Bộ Dân tộc và Tôn giáo"})
CREATED_PARTY_BOARDS = frozenset(orgs.PARTY_BOARD_SUCCESSORS.values())
CREATED_DEPARTMENTS = tuple(f"Sở{n[len('Bộ'):]} " for n in sorted(CREATED_MINISTRIES))


def ended(info: orgs.OrgInfo) -> str | None:
    """The day a body ceased to exist (ISO), None for one that goes on: a document of that day or
    later does not write to it, whatever group it names."""
    if info.rule == orgs.COMMUNE_OF_DISTRICT_RULE:
        return PROVINCES_MERGED
    if info.rule == orgs.COMMUNE_OF_PROVINCE_RULE and _ward_era(info) == "until":
        return PROVINCES_MERGED  # "Ủy ban nhân dân xã Nà Chì" of Hà Giang: no commune of Tuyên Quang is so named
    if not info.defunct:
        return None
    if info.rule == orgs.MERGED_PARTY_BOARD_RULE:  # "Ban Dân vận Trung ương", "Ban Kinh tế Trung ương"
        return PARTY_BOARD_DAYS.get(info.successor, PARTY_BOARDS_MERGED)  # type: ignore[arg-type]
    if info.rule == orgs.ENDED_PARTY_COMMITTEE_RULE:
        return PARTY_BOARDS_MERGED  # "Đảng ủy Khối các cơ quan Trung ương"
    if info.level == "central":
        return MINISTRIES_MERGED
    if info.rule == orgs.DEPARTMENT_RULE and info.successor and orgs.org_info(info.successor).province == info.province:
        return MINISTRIES_MERGED  # "Sở Kế hoạch và Đầu tư tỉnh Sơn La" -> "Sở Tài chính tỉnh Sơn La"
    return PROVINCES_MERGED


def started(info: orgs.OrgInfo) -> str | None:
    """The day the 2025 reorganisation made a body (ISO), None for one that was there before (or
    that the rules cannot date): a document of an earlier day does not write to it, whatever group
    it names. A commune of the two-level local government whose name its province had for no unit
    before ("Ủy ban nhân dân xã Phố Bảng" of Tuyên Quang: Phố Bảng was Hà Giang's), a ministry or
    department made by the merger of 1 March 2025."""
    if info.rule == orgs.COMMUNE_OF_PROVINCE_RULE:
        return PROVINCES_MERGED if _ward_era(info) == "since" else None
    if info.level == "central":
        if info.name in CREATED_PARTY_BOARDS:  # "Ban Tuyên giáo và Dân vận Trung ương"
            return PARTY_BOARD_DAYS.get(info.name, PARTY_BOARDS_MERGED)
        if info.name in orgs.PARTY_COMMITTEES_MADE:
            return PARTY_BOARDS_MERGED  # "Đảng ủy Chính phủ"
        return MINISTRIES_MERGED if info.name in CREATED_MINISTRIES else None
    if info.rule == orgs.DEPARTMENT_RULE and info.name.startswith(CREATED_DEPARTMENTS):
        return MINISTRIES_MERGED
    return None


def _ward_era(info: orgs.OrgInfo) -> str | None:
    """``places.ward_era`` of a commune body placed under its province ("Ủy ban nhân dân xã Phố Bảng")."""
    m = orgs.COMMUNE_BODY.match(info.name)
    if m is None or info.province is None:
        return None
    return places.ward_era(m["place"].split(",", 1)[0], info.province)


@lru_cache(maxsize=None)
def _placed(name: str, province: str | None, district: str | None) -> Group | orgs.OrgInfo:
    """A body of the graph, placed once per load for every call of ``member_edges`` (the writer
    places every body again whenever bodies change): its group, or where the rules place it."""
    return group_of(name, province, district) or orgs.org_info(name, province, district)


@lru_cache(maxsize=None)
def _member_edge(member: str, group: str, rule: str, until: str | None, since: str | None) -> MemberOf:
    return MemberOf(source=member, target=group, basis="rule", until=until, since=since, evidence=Evidence(quote=rule))


# The levels of the bodies a "place" group (the districts of a province, the ministries…) is matched among.
PLACE_LEVELS = ("central", "province", "district", "commune")


def _commune_of(name: str) -> str | None:
    """The commune a body's name places it in ("xã Đồng Loan" of "Hội Nông dân xã Đồng Loan, tỉnh Cao Bằng")."""
    m = COMMUNE_IN_NAME.search(name)
    return f"{m['level']} {m['place']}" if m is not None else None


class Members:
    """The bodies of a graph (key -> ``_placed``: its group, or where the rules place it) indexed by
    what a group's members are matched on: each body by its parent, the body it is part of and its
    province; each group by its owner or its province. ``member_edges`` makes every MEMBER_OF edge
    from it in one pass; ``graph.org_tree`` keeps one in step with the hierarchy, and asks it only
    for the members of a body added (a group) or the groups it is one of, not a pass over every body."""

    def __init__(self) -> None:
        self.placed: dict[str, Group | orgs.OrgInfo] = {}
        self.under: dict[str, set[str]] = defaultdict(set)  # parent -> the bodies under it
        self.part_of: dict[str, set[str]] = defaultdict(set)  # body -> the bodies part of it
        self.by_province: dict[str | None, set[str]] = defaultdict(set)  # province -> its bodies of PLACE_LEVELS
        self.owned: dict[str | None, set[str]] = defaultdict(set)  # owner -> the groups under or part of it
        self.by_place: dict[str | None, set[str]] = defaultdict(set)  # province (None: every one) -> "place" groups
        # A commune's bodies and the groups of one commune ("Các đoàn thể xã Đồng Loan, tỉnh Cao Bằng"), by
        # (province, "xã Đồng Loan"): a commune's group is not matched against every body of its province.
        self.by_commune: dict[tuple[str | None, str], set[str]] = defaultdict(set)
        self.commune_groups: dict[tuple[str | None, str], set[str]] = defaultdict(set)

    def __getstate__(self) -> dict:
        """What a snapshot keeps (``graph.snapshot``): not the commune index, rebuilt from ``placed``."""
        return {k: v for k, v in vars(self).items() if k not in ("by_commune", "commune_groups")}

    def __setstate__(self, state: dict) -> None:
        vars(self).update(state)
        self.by_commune, self.commune_groups = defaultdict(set), defaultdict(set)
        for k, placed in self.placed.items():
            if isinstance(placed, Group):
                for g in (placed, *placed.also):
                    if g.commune is not None:
                        self.commune_groups[(g.province, g.commune)].add(k)
            elif placed.level == "commune" and (c := _commune_of(k)) is not None:
                self.by_commune[(placed.province, c)].add(k)

    @classmethod
    def of(cls, contexts: Mapping[str, tuple[str | None, str | None]], place=None) -> Members:
        """The index of the bodies of ``contexts`` (key -> the (province, district) of its node);
        ``place(key, province, district)``: how a body is placed (default ``_placed``)."""
        index = cls()
        place = place or _placed
        for k, (province, district) in contexts.items():
            index.add(k, place(k, province, district))
        return index

    def add(self, k: str, placed: Group | orgs.OrgInfo) -> None:
        self.placed[k] = placed
        if isinstance(placed, Group):
            for g in (placed, *placed.also):  # each kind the name joins ("Các sở, ban, ngành, đoàn thể")
                if g.commune is not None:
                    self.commune_groups[(g.province, g.commune)].add(k)
                elif g.relation == "place":
                    self.by_place[g.province or None].add(k)
                else:
                    self.owned[g.owner].add(k)
            return
        if placed.parent:
            self.under[placed.parent].add(k)
        if placed.part_of:
            self.part_of[placed.part_of].add(k)
        if placed.level in PLACE_LEVELS:
            self.by_province[placed.province].add(k)
        if placed.level == "commune" and (c := _commune_of(k)) is not None:
            self.by_commune[(placed.province, c)].add(k)

    def members(self, gk: str) -> list[str]:
        """The members of the group ``gk`` among the bodies indexed (none when it is no group): the
        bodies of any of the kinds its name joins."""
        return list(self._member_kinds(gk))

    def edges_to(self, gk: str) -> list[MemberOf]:
        """The MEMBER_OF edges of the members of the group ``gk`` (``members``), each under the
        first kind that has it (``edge``), found in one pass over the candidates."""
        return [_member_edge(k, gk, g.rule, ended(info), started(info))  # type: ignore[arg-type]
                for k, g in self._member_kinds(gk).items() for info in (self.placed[k],)]

    def _member_kinds(self, gk: str) -> dict[str, Group]:
        """The members of the group ``gk``, in the order found, each with the first of the kinds its
        name joins that has it (empty when ``gk`` is no group)."""
        g0 = self.placed[gk]
        if not isinstance(g0, Group):
            return {}
        found: dict[str, Group] = {}
        for g in (g0, *g0.also):
            if g.commune is not None:
                candidates = self.by_commune.get((g.province, g.commune), set())
            elif g.relation == "place":
                candidates = self.by_province.get(g.province, ()) if g.province else {k for ks in self.by_province.values() for k in ks}
            else:
                candidates = ((self.under.get(g.owner, set()) if g.relation != "part_of" else set())
                              | (self.part_of.get(g.owner, set()) if g.relation != "under" else set()))
            for k in candidates:
                if k not in found and k != g.owner and is_member(g, k, self.placed[k]):  # type: ignore[arg-type]
                    found[k] = g
        return found

    def edges_from(self, k: str) -> list[MemberOf]:
        """The MEMBER_OF edges of the body ``k`` to the groups indexed it is one of (none when it
        is a group), each group's kinds looked through once (``_kind``)."""
        info = self.placed[k]
        if isinstance(info, Group):
            return []
        out = []
        for gk in self._candidate_groups(k, info):
            g = self._kind(gk, k)
            if g is not None:
                out.append(_member_edge(k, gk, g.rule, ended(info), started(info)))
        return out

    def _candidate_groups(self, k: str, info: orgs.OrgInfo) -> set[str]:
        """The groups indexed that the body ``k``, placed as ``info``, may be a member of."""
        candidates: set[str] = set()
        if info.parent:
            candidates |= self.owned.get(info.parent, set())
        if info.part_of:
            candidates |= self.owned.get(info.part_of, set())
        if info.level in PLACE_LEVELS:
            candidates |= self.by_place.get(info.province, set()) | self.by_place.get(None, set())
        if info.level == "commune" and (c := _commune_of(k)) is not None:
            candidates |= self.commune_groups.get((info.province, c), set())
        return candidates

    def _kind(self, gk: str, k: str) -> Group | None:
        """The first of the kinds the group ``gk``'s name joins that has the body ``k`` as a member
        (its rule is the edge's evidence), or None."""
        info = self.placed[k]
        for g in (self.placed[gk], *self.placed[gk].also):  # type: ignore[union-attr]
            if k == g.owner or isinstance(info, Group):
                continue
            if g.relation == "place":
                fits = info.level in PLACE_LEVELS and (not g.province or info.province == g.province)
            else:
                fits = ((g.relation != "part_of" and info.parent is not None and info.parent == g.owner)
                        or (g.relation != "under" and info.part_of is not None and info.part_of == g.owner))
            if fits and is_member(g, k, info):
                return g
        return None

    def edge(self, k: str, gk: str) -> MemberOf:
        """The MEMBER_OF edge of the body ``k`` to the group ``gk`` (``members``, ``groups``)."""
        g = self._kind(gk, k)
        info = self.placed[k]
        since = started(info)  # type: ignore[arg-type]
        if g.rule == PARTY_COMMITTEES_RULE and info.rule == orgs.COMMUNE_OF_PROVINCE_RULE:  # type: ignore[union-attr]
            # "Đảng ủy xã Kiên Đài, tỉnh Tuyên Quang": under its district's party committee until the
            # districts were abolished, one of the province's "các đảng ủy trực thuộc" since.
            since = max(since or "", PROVINCES_MERGED)
        return _member_edge(k, gk, g.rule, ended(info), since)  # type: ignore[union-attr, arg-type]

    def edges(self) -> list[MemberOf]:
        """Every MEMBER_OF edge between the bodies indexed, sorted by group and member."""
        pairs = sorted((gk, k) for gk, g in self.placed.items() if isinstance(g, Group) for k in self.members(gk))
        return [self.edge(k, gk) for gk, k in pairs]


def member_edges(contexts: Mapping[str, tuple[str | None, str | None]]) -> list[MemberOf]:
    """MEMBER_OF edges (member -> group) between the bodies of ``contexts`` (key -> the (province,
    district) of its node): for each group (``group_of``), the bodies of its kind and place, sorted
    by group and member (``Members``)."""
    return Members.of(contexts).edges()
