"""The document's own header: type, number, symbol, issuer, place, date, title, signer.

The header is read from the first lines of the original text. Web copies put it in a markdown
table (``|`` cells, ``**bold**``, ``-------`` rules); PDF copies merge its two columns on one
line ("UBND TỈNH HÀ GIANG   CỘNG HÒA XÃ HỘI…") and scatter it over blank lines. Lines are
therefore cleaned and cut at column gaps into *pieces*; the national motto is removed; what
is left before the type line is the issuer block.

Documents without a header (a body pasted alone) still name their issuer in the body
("Sở Y tế xây dựng Kế hoạch…", "Trên đây là Kế hoạch … của Bệnh viện Đa khoa Nà Chì./.")
and in the signature ("TM. ỦY BAN NHÂN DÂN").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from vanban.loaders.citation_patterns import SEPARATOR_CHARS
from vanban.loaders.codes import ABBREVIATIONS, BODY_CODES, SCHOOL_KINDS, TYPE_CODES, TYPE_WORDS
from vanban.loaders.field_lines import read_field_lines
from vanban.loaders.letters import LOWER_LETTERS, UPPER_LETTERS
from vanban.loaders.lines import lines_with
from vanban.loaders.number_symbols import symbol_form
from vanban.loaders.ocr_digits import read_ocr_digits
from vanban.loaders.names import (
    CENTRAL_BODIES,
    canonical_org,
    expand_abbreviations,
    is_all_caps,
    normalize_tones,
    recase,
    tidy,
    unglue_capitals,
)
from vanban.loaders.places import (
    district_level,
    district_mentions,
    district_name,
    find_district,
    find_province,
    is_city,
    place_spelling,
    place_words_at,
    province_level_word,
    province_mentions,
    province_of_ward,
    province_name,
    province_of_district,
    province_of_district_ward,
    respelled_province,
)
from vanban.loaders.records import Header, Signer
from vanban.loaders.site_chrome import SITE_CHROME_MARKERS, document_end
from vanban.loaders.signed_bodies import signed_body
from vanban.loaders.text import Text, make_text
from vanban.loaders.unmarked_bodies import marked_block, marked_body

# Type words of documents that are not cited instruments but do head documents.
HEADING_TYPE_WORDS: dict[str, str] = {
    "báo cáo": "Báo cáo",
    "tờ trình": "Tờ trình",
    "thông cáo": "Thông cáo",
    "công văn": "Công văn",
    "giấy mời": "Giấy mời",
    "biên bản": "Biên bản",
}
# Type line (upper case, alone on its line) -> type: "KẾ HOẠCH" -> "Kế hoạch".
TYPE_LINES: dict[str, str] = {k.upper(): v for k, v in {**TYPE_WORDS, **HEADING_TYPE_WORDS}.items()}
# The same type lines with their letters spaced out, keyed without spaces: a title set in spaced
# capitals "K Ế  H O Ạ C H" reads "KẾHOẠCH" -> "Kế hoạch".
SPACED_TYPE_LINES: dict[str, str] = {k.replace(" ", ""): v for k, v in TYPE_LINES.items()}
# A type line that goes on with the title, as an OCR tool's heading or a PDF line joins them:
# "KẾ HOẠCH Thực hiện công tác dân vận…" (from "# KẾ HOẠCH Thực hiện…"), "QUY CHẾ LÀM" / "VIỆC"
# (longest first; not the types that head no administrative document: "LUẬT …", "VĂN BẢN …").
TYPE_THEN_TITLE = re.compile(
    "^("
    + "|".join(
        re.escape(k)
        for k in sorted(TYPE_LINES, key=len, reverse=True)
        if k not in ("LUẬT", "BỘ LUẬT", "HIẾN PHÁP", "VĂN BẢN", "VĂN BẢN HỢP NHẤT", "PHÁP LỆNH", "CÔNG VĂN")
    )
    + r") (?=[^\W\d_])"
)
# A web copy's heading that opens with the document's type in lower case, then its title: "Kế hoạch
# Tháng Thanh niên năm 2021", "Kế hoạch Chương trình MTQG Nước sạch & VSMT nông thôn tỉnh Hà Nam năm 2014"
# (not a reference: "Kế hoạch số 12 …", "Kế hoạch này …").
MIXED_TYPE_HEADING = re.compile(
    r"^(Kế hoạch|Thông báo|Báo cáo|Hướng dẫn|Chương trình|Quyết định|Chỉ thị|Tờ trình|Quy chế|Quy định|Đề án|Phương án) "
    rf"(?!(?:số|này|của|năm)\b)(?=[{UPPER_LETTERS}])"
)
# The longest such heading.
HEADING_CHARS = 200


def _is_heading(line: str) -> bool:
    """Whether a line is a heading, not a sentence: short, ending with no full stop, colon or semicolon, and
    holding no date (the header's date line: "Thông báo Khẩn ngày 18/10/2020" is read for its date)."""
    return (
        len(line) <= HEADING_CHARS
        and not line.rstrip().endswith((".", ":", ";", ","))
        and DATE_SLASHED.search(line) is None
        and DATE_WORDS.search(line) is None
    )


# The same type lines without their marks and spaces, keyed as an OCR copy garbles them: "K ÉT LUẬN"
# reads "KETLUAN" -> "Kết luận" (see _garbled_type).
BARE_TYPE_LINES: dict[str, str] = {
    "".join(c for c in unicodedata.normalize("NFD", k.replace("Đ", "D")) if not unicodedata.combining(c)).replace(" ", ""): v
    for k, v in TYPE_LINES.items()
}
# A run of single letters separated by spaces: "K Ế  H O Ạ C H", "C H Ỉ  T H Ị" (at least three).
SPACED_LETTERS = re.compile(r"^[^\W\d_](?: +[^\W\d_]){2,}$")

# First words of a body's name in a header block: a new body starts on a line opening with one
# ("SỞ Y TẾ" under "UBND TỈNH HÀ GIANG"); other lines continue the body above ("TỈNH BẮC NINH").
BODY_HEADS: tuple[str, ...] = (
    "ỦY BAN", "UBND", "UBMTTQ", "HỘI ĐỒNG", "HĐND", "SỞ", "BAN", "TIỂU BAN", "PHÒNG", "BỆNH VIỆN",
    "TRUNG TÂM", "VĂN PHÒNG", "TỈNH ỦY", "HUYỆN ỦY", "THÀNH ỦY", "ĐẢNG ỦY", "ĐẢNG BỘ", "CỤC",
    "CHI CỤC", "BỘ", "TRƯỜNG", "CÔNG AN", "THƯỜNG TRỰC", "MẶT TRẬN", "TTYT", "BV", "SYT", "BCH", "BCĐ",
    "LIÊN ĐOÀN", "TỔNG CỤC", "THANH TRA", "KHO BẠC", "BẢO HIỂM", "CHÍNH PHỦ", "THỦ TƯỚNG", "QUỐC HỘI",
    "TRẠM", "VỤ", "VIỆN", "HỌC VIỆN", "CHI BỘ", "ĐẢNG ĐOÀN", "THƯ VIỆN",
    # A trade union under the union above it: "CÔNG ĐOÀN GIÁO DỤC VIỆT NAM" / "CÔNG ĐOÀN TRƯỜNG ĐẠI HỌC HUẾ"; a
    # school's Youth Union: "ĐOÀN TRƯỜNG THCS&THPT LONG HƯNG".
    "CÔNG ĐOÀN", "ĐOÀN TRƯỜNG",
    # State enterprises: "TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM" / "TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC".
    "TẬP ĐOÀN", "TỔNG CÔNG TY", "CÔNG TY",
    # A district's merged party-and-state organ: "CƠ QUAN TỔ CHỨC – NỘI VỤ" under "HUYỆN ỦY CÔ TÔ".
    "CƠ QUAN TỔ CHỨC",
    # The tax offices under the Cục Thuế since 2025: "CỤC THUẾ" / "THUẾ TỈNH TÂY NINH" (realdocs 2249fe89).
    "THUẾ TỈNH", "THUẾ THÀNH PHỐ",
    # A working group or an inspection team under the body that set it up: "UBND THÀNH PHỐ" / "TỔ CÔNG
    # TÁC", "SỞ Y TẾ HÀ NỘI" / "TỔ CÔNG TÁC SỐ 01", "ĐOÀN KIỂM TRA" (not "TỔ QUỐC" of a broken
    # "ỦY BAN MẶT TRẬN" / "TỔ QUỐC VIỆT NAM").
    "TỔ CÔNG TÁC", "TỔ GIÚP VIỆC", "ĐOÀN KIỂM TRA", "ĐOÀN CÔNG TÁC", "ĐOÀN GIÁM SÁT",
)
# A form's label after a body's head in an issuer block: "TRƯỜNG:" in "TRƯỜNG: THCS MÔNG ÂN" (a
# school's report under "PHÒNG GD&ĐT BẢO LÂM").
FORM_LABEL = re.compile(r"^(TRƯỜNG)\s*:\s*")
# A section heading of the official gazette (Công báo) above a document's header: "VĂN BẢN QUY PHẠM
# PHÁP LUẬT", "PHẦN II. VĂN BẢN KHÁC".
GAZETTE_SECTION = re.compile(r"^(?:PHẦN [IVX]+\.?\s*)?VĂN BẢN (?:QUY PHẠM PHÁP LUẬT|PHÁP LUẬT KHÁC|KHÁC)$")
# The gazette's heading of a consolidated text before its issuer: "VĂN BẢN HỢP NHẤT - " in "VĂN BẢN HỢP
# NHẤT - BỘ Y TẾ". The document is a Văn bản hợp nhất of that issuer; its type line is the consolidated
# instrument's ("THÔNG TƯ"), and its title ends where its preamble names that instrument:
# "Thông tư số 05/2015/TT-BYT ngày 17 tháng 3 năm 2015 của Bộ trưởng Bộ Y tế … được sửa đổi, bổ sung bởi:".
CONSOLIDATED_BANNER = re.compile(r"^VĂN BẢN HỢP NHẤT\s*[-–]\s*(?=\S)")
CONSOLIDATED_SOURCE = re.compile(r"^(?:Luật|Bộ luật|Pháp lệnh|Nghị định|Nghị quyết|Quyết định|Thông tư(?: liên tịch)?)\s+số\s+\d")
# A standing committee on a line of its own above the body it is of (see _split_bodies).
# ("ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI": the National Assembly's Standing Committee.)
STANDING_ALONE: frozenset[str] = frozenset(
    {"THƯỜNG TRỰC", "BAN THƯỜNG TRỰC", "BAN THƯỜNG VỤ", "ỦY BAN THƯỜNG VỤ",
     # "VĂN PHÒNG" / "CHÍNH PHỦ": the office of the body under it (realdocs cb6eb217), one name.
     "VĂN PHÒNG"}
)
# Bodies that are part of the body above them and take its name: "BAN THƯỜNG TRỰC" under
# "ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH" is the "Ban Thường trực Ủy ban … xã Lương Minh".
SUB_BODY_HEADS: tuple[str, ...] = ("Ban Thường trực", "Thường trực", "Tiểu ban", "Văn phòng", "Ban Chỉ đạo", "Tổ ")
# A steering committee under a people's committee is its place's: "Ban Chỉ đạo … huyện Tháp Mười"
# (under a Party committee or a department it is theirs, see SUB_BODY_HEADS).
STEERING_HEAD = "Ban Chỉ đạo "
# The office of a body, a sub-body whose line may name the body again (see _sub_body_of).
OFFICE_OF = "Văn phòng "
# A standing board named alone under its body, which its name takes: "BAN THƯỜNG VỤ" under "HỘI
# LIÊN HIỆP PHỤ NỮ HÀ NỘI" is the "Ban Thường vụ Hội Liên hiệp Phụ nữ Hà Nội" (not "BAN THƯỜNG VỤ
# TỈNH ỦY" under "ĐẢNG BỘ TỈNH HÀ GIANG", a unit with its committee's name).
STANDING_BOARD = "Ban Thường vụ"
# Units named without their place under the body above them, which gives it: "BAN DÂN VẬN" under
# "TỈNH ỦY HÀ GIANG" is the "Ban Dân vận Tỉnh ủy Hà Giang"; "CƠ QUAN TỔ CHỨC – NỘI VỤ" under "HUYỆN ỦY
# CÔ TÔ" the "Cơ quan tổ chức – nội vụ Huyện ủy Cô Tô"; "PHÒNG NỘI VỤ" under "UBND HUYỆN
# ĐỒNG VĂN" the "Phòng Nội vụ huyện Đồng Văn"; "TRẠM Y TẾ" under "UBND XÃ X" the "Trạm Y tế xã X".
UNIT_HEADS: tuple[str, ...] = ("Ban ", "Phòng ", "Trạm ", "Trung tâm ", "Ủy ban Kiểm tra", "Đội ", "Hạt ", "Cơ quan tổ chức")
# The Party's Central Committee, whose boards are named "… Trung ương" (see _unit_of).
CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương Đảng"
# Organs whose name without a place cannot be a parent body: a joint document's first issuer.
BARE_ORGANS: frozenset[str] = frozenset({"Ủy ban nhân dân", "Hội đồng nhân dân"})
# The offices that an authority line under a title may name alone (the body being the header's): "HIỆU TRƯỞNG".
BARE_AUTHORITIES: frozenset[str] = frozenset(
    {"HIỆU TRƯỞNG", "GIÁM ĐỐC", "CHỦ TỊCH", "BỘ TRƯỞNG", "VIỆN TRƯỞNG", "CỤC TRƯỞNG", "TỔNG GIÁM ĐỐC", "TRƯỞNG BAN"}
)
# The types of documents issued under an authority line below their title (see _untyped_title).
AUTHORITY_TYPES: frozenset[str] = frozenset({"Quyết định", "Nghị quyết"})
# Units of a school or a university named without it under its name: "PHÒNG ĐÀO TẠO", "KHOA Y",
# "THƯ VIỆN", its councils "HỘI ĐỒNG TUYỂN SINH" under "TRƯỜNG ĐẠI HỌC …" take its whole name.
# The first words of a province's department's centres and branches, whose header line names no place:
# "TRUNG TÂM KIỂM SOÁT BỆNH TẬT", "CHI CỤC DÂN SỐ - KẾ HOẠCH HÓA GIA ĐÌNH" under "SỞ Y TẾ TỈNH …".
DEPARTMENT_UNIT_HEADS: tuple[str, ...] = ("Trung tâm ", "Chi cục ")
# A district's health centre, under its province's health department: "TRUNG TÂM Y TẾ" (its district
# named by the place line).
DISTRICT_HEALTH_CENTRE = "Trung tâm Y tế"
# Schools and universities, whose units and councils take their name (see SCHOOL_UNIT_HEADS); the kinds
# that name a governing council: "HỘI ĐỒNG TRƯỜNG", "HỘI ĐỒNG ĐẠI HỌC".
SCHOOL_PARENT_HEADS: tuple[str, ...] = ("Trường ", "Đại học ", "Học viện ")
SCHOOL_PARENT_KINDS: tuple[str, ...] = ("trường", "đại học", "học viện")
SCHOOL_UNIT_HEADS: tuple[str, ...] = ("Thư viện ", "Phòng ", "Khoa ", "Trung tâm ", "Ban ", "Bộ môn ", "Hội đồng ")
# A parent whose units take its whole name (Party committees, councils) or its place (people's committees).
PARTY_OR_COUNCIL_PARENT = re.compile(r"^(?:Tỉnh ủy|Huyện ủy|Thành ủy|Thị ủy|Quận ủy|Đảng ủy|Hội đồng nhân dân) \S")
# The place of a people's committee: "huyện Đồng Văn" in "Ủy ban nhân dân huyện Đồng Văn".
COMMITTEE_PLACE = re.compile(r"^Ủy ban nhân dân (?P<place>(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn) \S.*)$")
# A level and its place after an organ's name: "tỉnh Sơn La" in "Ủy ban nhân dân tỉnh Sơn La".
LEVEL_AND_PLACE = re.compile(r"^(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn) [^\W\d_]")
# A place named in a unit's name: "xã" in "Trạm Y tế xã Chiềng Sơn".
PLACE_IN_NAME = re.compile(r"(?<!\w)(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|Tỉnh ủy|Huyện ủy|Thành ủy)(?!\w)")

# Office titles opening a signature position: "PHÓ GIÁM ĐỐC", "CHỦ TỊCH", "TRƯỞNG BAN".
OFFICE_HEADS: tuple[str, ...] = (
    "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "TRƯỞNG", "PHÓ TRƯỞNG", "BÍ THƯ", "TỔNG BÍ THƯ",
    "PHÓ BÍ THƯ", "CHÁNH", "PHÓ CHÁNH", "THỦ TRƯỞNG", "HIỆU TRƯỞNG", "BỘ TRƯỞNG", "THỨ TRƯỞNG",
    "TỔ TRƯỞNG", "CỤC TRƯỞNG", "VIỆN TRƯỞNG", "TM.", "KT.", "TL.", "TUQ.", "Q.", "THỦ TƯỚNG", "TỔNG GIÁM ĐỐC",
    # The head of a faculty or a commission: "CHỦ NHIỆM KHOA", "CHỦ NHIỆM ỦY BAN KIỂM TRA" (not "CHỦ" / "NHIỆM VỤ",
    # a task's words broken over two lines).
    "CHỦ NHIỆM KHOA", "CHỦ NHIỆM ỦY BAN", "CHỦ NHIỆM UBKT",
    # Any deputy: "PHÓ VĂN PHÒNG" (a ministry's office), "PHÓ HIỆU TRƯỞNG", "PHÓ TỔNG GIÁM ĐỐC".
    "PHÓ",
)

# A head of a unit with the unit's name in a signature position: "TRƯỞNG PHÒNG NGHIỆP VỤ Y",
# "PHÓ TRƯỞNG PHÒNG LAO ĐỘNG - TB&XH", "TRƯỞNG BAN TUYÊN GIÁO" (not "TRƯỞNG BAN" alone).
HEAD_OF_UNIT = re.compile(r"^(?P<office>(?:PHÓ )?TRƯỞNG) (?P<unit>(?P<kind>PHÒNG|BAN|KHOA|TRẠM|TIỂU BAN) \S.*)$")
# "văn phòng" after "chánh" in a lower-cased position: "Chánh văn phòng", "Phó Chánh văn phòng".
OFFICE_OF_OFFICE = re.compile(r"(?<=[Cc]hánh )văn phòng")

# Markdown and table debris in a line: "|", "**", "*", "<jsontable name="bang_0"> </jsontable>".
MARKUP = re.compile(r"<jsontable[^>]*>.*?</jsontable>|<[^>]+>|\*+|\||^#+\s*")
# Underscore emphasis around words: "_Cần Thơ, ngày 12 tháng 3 năm 2024_", "__KẾ HOẠCH__": underscores
# that open before a word's first character or close after its last. A rule of underscores ("______")
# and one inside a word ("bang_0") are not emphasis. Apart from MARKUP, which it would slow down on
# every marked line, and used on the few lines holding "_".
UNDERSCORE_EMPHASIS = re.compile(r"(?<![^\s|*(])_+(?=[^\s_])|(?<=[^\s_])_+(?![^\s|*).,;:])")
# A column gap inside a line of a PDF copy: "UBND TỈNH HÀ GIANG      CỘNG HÒA XÃ HỘI…": three
# whitespace characters or more, or a run of tabs (r"\s{3,}|\t+"), written to open with one
# \s so that the regex engine skips from space to space instead of trying every character.
COLUMN_GAP = re.compile(r"\s(?:\s{2,}|(?<=\t)\t*)")
# A rule line: "-------", "___________", "====".
RULE = re.compile(r"^[-_=–—~.\s]+$")
# The national motto, also broken over lines: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG\nHÒA XÃ HỘI…";
# and the Party's, which heads a Party body's documents: "ĐẢNG CỘNG SẢN VIỆT NAM" (in a table's
# first row beside "HUYỆN ỦY TUẦN GIÁO"); and the country's name before 1976, which heads the
# documents of 1945-1976 that legal libraries copy: "BỘ Y TẾ | VIỆT NAM DÂN CHỦ CỘNG HÒA |". A PDF's
# text as document sites give it may lose the dashes ("Độc lập  Tự do  Hạnh phúc") and read "XÃ" and
# the no-break space after it in the wrong encoding ("CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM"); an OCR may
# mark "HÒA" wrongly ("CỘNG HỊA XÃ HỘI …", "CỘNG HOA XÃ HỘI …"), the rest of the name still holding;
# a copy may drop the tilde of "NGHĨA" ("CỘNG HÒA XÃ HỘI CHỦ NGHIA VIỆT NAM").
MOTTO = re.compile(
    r"c\s*ộ\s*ng\s+h\s*(?:[oòóỏõọ][aàáảãạ]|[ìíỉĩị]a)\s+x(?:ã\s+|à\s*)hội\s+chủ\s+ngh[ĩi]a\s+việt\s+nam|độc\s+lập\s*[-–]?\s*tự\s+do\s*[-–]?\s*hạnh\s+phúc"
    r"|đảng\s+cộng\s+sản\s+việt\s+nam|việt\s+nam\s+dân\s+chủ\s+cộng\s+h\s*(?:òa|oà)",
    re.IGNORECASE,
)
# The Youth Union's name alone on a piece of the issuer block, which heads the right column of its
# committees' documents: "ĐOÀN TNCS HỒ CHÍ MINH" (see read_header).
YOUTH_MOTTO = re.compile(r"^ĐOÀN\s+(?:TNCS|THANH\s+NIÊN\s+CỘNG\s+SẢN)\s+HỒ\s+CHÍ\s+MINH$")
# A central committee or board named without its organisation: "BAN CHẤP HÀNH TRUNG ƯƠNG".
CENTRAL_BOARD = re.compile(r"^BAN\s+(?:CHẤP\s+HÀNH|BÍ\s+THƯ|THƯỜNG\s+VỤ)\s+TRUNG\s+ƯƠNG$")
# A part of a symbol: "KH", "UBND", "PGD&ĐT", "2019"; with the capitals of other Vietnamese letters
# ("KL/TƯ", as old and OCR copies write the Party's "TU") and with inner dots ("TT.HĐND" in a joint
# body's "QC-TT.HĐND-UBND"). A dot at its end is the sentence's, not the symbol's.
_UPPER_LETTERS = "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper() and c.isalpha())
# A section's code in parentheses after a unit's, as police symbols write it and a citation reads it
# (citation_patterns.SYMBOL_PART): "PV11(CS)" in "Số: 823/PV11(CS)".
SYMBOL_PART = r"[A-Za-zđ0-9&{upper}]+(?:\.[A-Za-zđ0-9&{upper}]+)*(?:\([A-ZĐ][A-ZĐ0-9]{{0,5}}\))?".format(upper=_UPPER_LETTERS)
_LOWER_LETTERS = "".join(c for c in map(chr, range(0xDF, 0x1EFA)) if c.islower() and c.isalpha())
# Header words a PDF's or a web page's text ran together, cut apart: a word in capitals and the next
# word capitalised ("KẾ HOẠCHTriển khai", "QUYẾT ĐỊNHVề việc", "Số: 12/KH-SYTHà Giang, ngày"), after
# two capitals at least and before a whole word, so that a symbol's mixed case stays whole ("QĐ-TTg",
# "TTr-UBND", "07-QĐi/TW"), nor the Prime Minister's code glued to a type code ("Số: 27/CTTg", read
# "CT-TTg" as a citation's "Chỉ thị số 27/CTTg" is, ``number_symbols``); and a unit's head after a
# place in capitals ("HÀ GIANGSỞ Y TẾ").
GLUED_WORDS = re.compile(
    r"(?<=[A-ZĐ{upper}]{{2}})(?=(?!Tg\b)[A-ZĐ{upper}][a-zđ{lower}]+(?:[\s,.;:]|$)|(?:SỞ|PHÒNG|TRƯỜNG|BỆNH VIỆN|TRUNG TÂM) )".format(
        upper=_UPPER_LETTERS, lower=_LOWER_LETTERS
    )
)
# The Số line: "Số: 141/KH-UBND", "Số:         /KH-SYT", "Số: 799/KH- SYT", "Số:\n99/2025/NQ-HĐND",
# in capitals or with its hook lost in a PDF or OCR copy: "SỐ: /KH-SYT", "Sô: 799/KH-SYT", or its vowel
# lost by a web copy's font: "S: 5157/QĐ-UBND" (only before a colon and a number); or after the type,
# as the National Assembly's acts and resolutions write it: "Nghị quyết số: 653/2019/UBTVQH14",
# "Luật số: 77/2015/QH13" (only with the colon); its number left blank with dots, as a draft or a copy made before
# the office numbers it writes it: "Số: ……/KH-SYT", "Số: ...../QĐ-UBND" (number null, as for "Số:   /KH-SYT"). Not after a slash: "CÔNG BÁO/Số 281/Ngày 21-05-2026",
# the official gazette's page heading, is the gazette's issue.
#
# Its separators are those of a cited symbol (SEPARATOR_CHARS: "-", "/", "–" and a PDF's hyphens,
# "Số: 296‑QĐ/TW"), and the "/" after a year may be written as a space before a type code, as a cited
# symbol's may: "Số: 15/2020 NQ-HĐND" (``number_symbols.symbol_form`` reads both as a citation's are).
_SEPARATOR = "[" + SEPARATOR_CHARS + "]"
_YEAR_SPACE_BEFORE_CODE = r"(?<=\d{{4}}) (?=(?:{codes}){sep})".format(
    codes="|".join(sorted((c for c in TYPE_CODES if len(c) >= 2 and c != "QH"), key=len, reverse=True)), sep=_SEPARATOR
)
NUMBER_LINE = re.compile(
    r"(?<![\w/])(?:Số|SỐ|Sô|S(?=:\s*\d)|(?:Luật|Bộ luật|Pháp lệnh|Nghị quyết|Nghị định|Lệnh) số(?=\s*:))\s*:?\s*(?:(?P<number>\d[\d.]*[a-zA-Z]?)|[.…]+)?\s*(?P<sep>{sep})\s*"
    r"(?P<symbol>{part}(?:\s*{sep}\s*{part}|{year_space}{part})*)".format(part=SYMBOL_PART, sep=_SEPARATOR, year_space=_YEAR_SPACE_BEFORE_CODE)
)
# An appendix's line naming the document it is attached to, which is the document itself when it is of
# the header's type: "(Kèm theo Nghị quyết số 88/NQ-HĐND ngày 14 tháng 7 năm 2017 của Hội đồng nhân
# dân tỉnh Hà Giang)", "*(Ban hành kèm theo Quyết định số: 1627/QĐ-UBND ngày 21/11/2025 của …)*", a Party body's
# "*(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày 27/11/2025 của …)*".
APPENDIX_OF = re.compile(
    r"[(*\s]*\((?:\s*Ban hành)?\s*[Kk]èm theo\s+(?P<type>[^\W\d_]+(?: [^\W\d_]+)?)\s+số\s*:?\s*(?P<number>\d+)\s*[-/]\s*"
    r"(?P<symbol>{part}(?:\s*[-/]\s*{part})*)(?P<rest>[^()]{{0,200}})\)".format(part=SYMBOL_PART)
)
# The issuer an appendix line names: "của Hội đồng nhân dân tỉnh Hà Giang".
OF_ISSUER = re.compile(r"(?<!\w)của\s+(?P<issuer>[^,;]+?)\s*$")
# A heading naming the document by its type and number, in capitals: "THÔNG TƯ SỐ 10/2022/TT-BLĐTBXH" (a
# copy that keeps no other header line). It is the Số line, no body of the issuer block.
TYPED_NUMBER_LINE = re.compile(
    "^(?:" + "|".join(re.escape(k) for k in sorted(TYPE_LINES, key=len, reverse=True)) + r")\s+SỐ\s*:?\s*\d"
)
# A central body's code ending a symbol's part, with the term of the National Assembly after it:
# "UBTVQH14" in "653/2019/UBTVQH14", "QH15" (see _issuer_of_symbol).
TERM_AFTER_CODE = re.compile(r"(?<=[A-ZĐ])\d{1,2}$")
# A year as a symbol's part: "2019" in "2019/QĐ-UBND".
SYMBOL_YEAR = re.compile(r"^(?:19|20)\d\d$")
# The separators of a symbol's parts: "/" and "-" in "2019/QĐ-UBND", "KL/TU".
SYMBOL_PARTS = re.compile(r"[/-]")
# A Số line whose slash an OCR copy lost: "Số : 44 DN-UBND" (from "Số : *44* DN-UBND"); its symbol is
# kept only when one of its parts is a type or a body code ("UBND"), see _gap_symbol.
NUMBER_GAP_LINE = re.compile(
    r"(?<!\w)(?:Số|SỐ|Sô)\s*:?\s*(?P<number>\d{1,5})\s+(?P<symbol>[A-ZĐ][A-Za-zĐđ&]{0,7}(?:[-/][A-ZĐ][A-Za-zĐđ&]{0,9}){1,2})(?![\w/-])"
)
# The "received" stamp a receiving office puts on a copy, read with the header by OCR: "ĐẾN" (or
# "CÔNG VĂN ĐẾN") under or after the receiving body's name, then its own Số and Ngày: "SỞ LAO ĐỘNG -
# TB&XH LONG AN" / "ĐẾN Số: 1520" / "Ngày: 05/5/2010" / "Chuyển:". It is no part of the header.
RECEIVED_STAMP = re.compile(r"(?<!\w)(?:CÔNG VĂN )?ĐẾN(?=\s*$|\s+(?:Số|SỐ|Ngày|NGÀY)\b)")
# A field of the stamp on a piece of its own: "Số: 1520", "Ngày: 05/5/2010", "Chuyển: P.TCBC" (no
# letters after a Số or Ngày: the document's own Số line has its symbol).
STAMP_FIELD = re.compile(r"^(?:(?:Số|SỐ|Ngày|NGÀY)\s*[:.]?[\s\d./…_-]*|(?:Chuyển|CHUYỂN|Lưu hồ sơ số)\b.*)$")
# A date line: "Hà Giang, ngày 03 tháng 10 năm 2022", "ngày tháng năm 2022", "ngày     tháng 11 năm 2025".
DATE_WORDS = re.compile(
    r"ngày[\s._…]*(?P<day>\d{1,2})?[\s._…]*tháng[\s._…]*(?P<month>\d{1,2})?[\s._…]*năm\s*(?P<year>\d{4})",
    re.IGNORECASE,
)
# A committee's name whose first letter a web copy lost (its font drew "Ủ" apart): "Y BAN NHÂN DÂN" /
# "TỈNH KON TUM" (a legal library's page).
DROPPED_U = re.compile(r"^Y BAN (?=NHÂN DÂN|MẶT TRẬN|KIỂM TRA|THƯỜNG VỤ)")
# A date word an OCR cut after its first letters: "n gày" in "Lai Châu, n gày 14 th áng 3 năm 2023",
# "th áng" (neither "gày" nor "áng" opens a word of a date line).
SPLIT_DATE_WORD = re.compile(r"(?<!\w)([Nn]|[Tt]h) (gày|áng)(?!\w)")
# A date line an OCR or a typist damaged, its three numbers all written: words without diacritics or
# with a wrong mark ("ngay 05 thang 6 nam 2023", "ngàỵ 05 tháng 6 năm 2023"), a comma before the year
# ("tháng 6, năm 2023") or a year cut apart ("năm 2 023"), or a day or a month cut apart ("Hà Nội, ngày
# 26 tháng 0 6 năm 2018": read so only on a place's line, see ``_unglued``); rewritten as a date line (DATE_WORDS).
DAMAGED_DATE = re.compile(
    r"(?<!\w)ng[aàáảãạ][yỳýỷỹỵ]\s*(?P<day>[0-3] \d|\d{1,2})\s*,?\s*th[aàáảãạ]ng\s*(?P<month>[01] \d|\d{1,2})\s*,?\s*"
    r"n[aăâắằẳẵặ]m\s*(?P<year>[12](?: ?\d){3})(?!\d)",
    re.IGNORECASE,
)
# A place and date line standing alone, as a copy that merged the header's two columns puts it inside
# the title: "Hà Giang, ngày 12 tháng 5 năm 2023" between "Tổ chức các hoạt động hưởng ứng Ngày Thế
# giới" and "phòng chống tác hại của thuốc lá năm 2023" (the title's lines go on around it).
LONE_DATE_LINE = re.compile(
    r"^(?P<place>[^\W\d_][^\W\d_.]*(?:[ -][^\W\d_][^\W\d_.]*){0,4}|(?:Quận|Phường) \d{1,2}),\s*"
    r"ngày\s*(?P<day>\d{1,2})\s*tháng\s*(?P<month>\d{1,2})\s*năm\s*(?P<year>\d{4})\.?$"
)
# A date line left wholly blank, its place before it: "Hà Nội, ngày tháng năm" (read for its place).
BLANK_DATE = re.compile(r",\s*ngày[\s._…]*tháng[\s._…]*năm(?![\s._…]*\d)(?!\w)")
# A date line written with slashes, day and month maybe left blank with dots or an ellipsis:
# "Đồng Văn, ngày …/…/2022", "ngày ..../..../2022", "ngày 03/10/2022".
DATE_SLASHED = re.compile(
    r"ngày\s*(?:(?P<day>\d{1,2})|[._…]*)\s*/\s*(?:(?P<month>\d{1,2})|[._…]*)\s*/\s*(?P<year>\d{4})(?!\d)",
    re.IGNORECASE,
)
# A place and date line written with dashes: "Hà Nội, ngày 05-9-2023", "Kon Tum, ngày 05 - 09 - 2023". Only
# after a place's capitalised words and its comma, as the header's line writes it: a cited text's date
# ("Nghị quyết số 45-NQ/TW, ngày 24-11-2023 của …") and the gazette's page heading ("CÔNG BÁO/Số 281/Ngày
# 21-05-2026") are no document's date.
DATE_DASHED = re.compile(
    r"(?<![\w/.-])(?P<place>[A-ZĐ{upper}][a-zđ{lower}]+(?: [A-ZĐ{upper}][a-zđ{lower}]+){{0,4}}),\s*ngày\s*(?P<day>\d{{1,2}})\s*[-–]\s*"
    r"(?P<month>\d{{1,2}})\s*[-–]\s*(?P<year>(?:19|20)\d\d)(?!\d)".format(upper=_UPPER_LETTERS, lower=_LOWER_LETTERS)
)
# The words that open a Số line (see NUMBER_LINE).
NUMBER_LINE_HEADS = ("Số", "SỐ", "Sô")
# A year glued to "năm" by a PDF or OCR copy, in a title: "năm2020" in "“Dân vận khéo” năm2020".
GLUED_YEAR = re.compile(r"(?<!\w)(năm)(?=(?:19|20)\d\d(?!\d))", re.IGNORECASE)
# A Nghị quyết with no header date is dated by its passing: "thông qua ngày 13 tháng 7 năm 2017".
PASSED_ON = re.compile(r"thông qua ngày\s*(?P<day>\d{1,2})\s*tháng\s*(?P<month>\d{1,2})\s*năm\s*(?P<year>\d{4})")
# Diacritics left alone between spaces by a PDF whose font split them off their letters: " ̀ ̣ ̣" in
# "bị thiêt hai ̀ ̣ ̣ do lũ lụt" (a document viewer's text); they are dropped from a title.
LONE_MARKS = re.compile(r"(?<=\s)[\u0300-\u036f]+(?:\s+[\u0300-\u036f]+)*\s*(?=\s|$)")
# The first line of the body: "Thực hiện Kế hoạch số…", "Căn cứ Luật…", "Kính gửi:", "I. MỤC ĐÍCH", "I- MỤC
# ĐÍCH", "1/ Nâng cao …" (numbered with a dash or a slash), "Thực" / "hiện …" (broken after its first word),
# also as a list item: "- Căn cứ Luật Tổ chức chính quyền địa phương…", "+ Thực hiện Kế hoạch số…";
# "Kínhgửi:" with its words run together by a web copy.
BODY_START = re.compile(
    r"^(?:[-–+•]\s*)?(?:Căn\s+cứ|Căn$|Thực hiện|Kính\s*gửi|Xét|Theo đề nghị|Trong (?:những|thời gian)|Để |Nhằm |Trên cơ sở|"
    r"I\.\s|1\.\s|I[-/]\s|1[-/]\s|Thực$|Điều 1|Phần I|QUYẾT NGHỊ|QUYẾT ĐỊNH:|Ngày \d)"
)
# The first words of BODY_START, and the bullets it allows before them.
_BODY_START_WORDS: tuple[str, ...] = (
    "Căn", "Thực", "Kính", "Xét", "Theo", "Trong", "Để", "Nhằm", "Trên", "I", "1", "Điều", "Phần", "QUYẾT", "Ngày",
)
_BODY_START_BULLETS = frozenset("-–+•")
# The characters of a line's start read for them, and the characters of markup that cleaning (_clean) may take out there.
_BODY_START_CHARS = 24
_MARKUP_CHARS = "*_|<#"


def _may_open_body(line: str) -> bool:
    """False when BODY_START cannot match ``line`` (a line's stripped text) once cleaned (_clean), told without
    cleaning it: its start holds no markup (which cleaning blanks) and opens, after a bullet and spaces, with none of
    BODY_START's first words ("- Tăng cường …", "a) …"). Without markup, cleaning leaves a line's first words as they
    are written (it only runs its spaces together)."""
    head = line[:_BODY_START_CHARS]
    if any(c in head for c in _MARKUP_CHARS):
        return True
    if head[:1] in _BODY_START_BULLETS:
        head = head[1:].lstrip()
        if len(head) < 6 and len(line) > _BODY_START_CHARS:
            return True  # (its first word lies past the characters read)
    return head.startswith(_BODY_START_WORDS)


# Lines that cannot be a title even right under the type line: "Căn cứ Luật…", "- Căn cứ Luật…", "Kính gửi:".
FIRST_BODY_START = re.compile(r"^(?:[-–+•]\s*)?(?:Căn\s+cứ|Căn$|Kính\s*gửi|I\.\s|1\.\s|Điều 1|Phần I|QUYẾT NGHỊ)")
# A sentence ended inside a line and the next begun: ". Để" in "Đại hội … đã thông qua Nghị quyết.
# Để tổ chức thực hiện…" (a word in lower case before the full stop: "TP. Hồ Chí Minh" is no end).
# (The next letter is tested for a capital in _is_paragraph.)
SENTENCE_BREAK = re.compile(rf"(?<=[{LOWER_LETTERS}]{{2}})\.\s+(?=[^\W\d_])")
# The first words of a line not in capitals that goes on with a title in capitals ("BÁO CÁO KẾT QUẢ
# KHẢO SÁT" / "Về việc đánh giá chất lượng …"; "BIÊN BẢN KIỂM TRA" / "Việc thực hiện các điều kiện …").
TITLE_GOES_ON: tuple[str, ...] = ("về ", "v/v ", "Về việc ", "Việc ")
# The author's phrase a Party's title opens with under its type line, before its subject: "KẾT LUẬN" /
# "CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ" / "VỀ TÌNH HÌNH, KẾT QUẢ …" (Kết luận 221-KL/TW), "THÔNG BÁO KẾT LUẬN" /
# "CỦA ĐỒNG CHÍ TỔNG BÍ THƯ" / "TẠI BUỔI LÀM VIỆC VỚI …" (Thông báo 432-TB/VPTW). The title is the subject
# after it, as a citation names the instrument: "Kết luận số 221-KL/TW … của Bộ Chính trị, Ban Bí thư về …".
AUTHOR_OPENING = re.compile(r"CỦA\s.+?\s(?=(?:VỀ|TẠI)\s)", re.IGNORECASE)
# A line under a title longer than this and ending with a full stop is a paragraph of the body.
PARAGRAPH_CHARS = 120
# A shorter sentence of the body under a title in lower case, which the copy gave no blank line's worth of
# difference: "Phòng Đào tạo đại học thông báo đến toàn thể sinh viên." under "Về việc đăng ký học phần
# học kỳ II" (a capital, five words or more, a full stop; not after a line that goes on: "… của" /
# "Trường Đại học Cần Thơ.").
BODY_SENTENCE = re.compile(rf"^[{UPPER_LETTERS}][^.;:]*(?:\s+\S+){{4,}}\.$")
TITLE_LINE_GOES_ON = re.compile(r"(?:,|\s(?:của|và|về|cho|tại|với|đối với|thuộc|năm|các)|[-–])$")
# A trích yếu of a Công văn after its Số: "V/v khẩn trương hoàn thành…", "Về hướng dẫn đánh giá…".
# Also as an OCR or a hasty copy writes its mark: '"Vv tăng cường …"', "V / v báo cáo …", "V.v …".
SUBJECT_LINE = re.compile(r"^(?:V/v|Về|V/V)\b|^[\"“]?\s*(?:V\s*/\s*[vV]|Vv|V\.v)(?=[\s:])")
# The mark of a subject written oddly, to be written "V/v": '"Vv', "V / v", "V/ v", "V.v".
ODD_SUBJECT_MARK = re.compile(r"^(?:[\"“]\s*(?:V\s*/\s*[vV]|Vv|V\.v)|V\s+/\s*[vV]|V/\s+[vV]|Vv|V\.v)(?=[\s:])")
# The same after the Số in one table cell: "V/v tăng cường …" in "Số: 1234/SYT-NVY V/v tăng cường …".
SUBJECT_IN_CELL = re.compile(r"(?<=\s)(?:V/v|V/V)\s.*$")
# The closing of a plan naming its issuer: "Trên đây là Kế hoạch … của Bệnh viện Đa khoa Nà Chì./.".
CLOSING_ISSUER = re.compile(r"Trên đây là [^.;]{0,200}? của (?P<issuer>[^.;,/]{3,120}?)\s*(?:\./\.|;|\.|,|/)")
# The issuer drafting the plan in the preamble: "Bệnh viện đa khoa Nà Chì xây dựng kế hoạch",
# "Sở Y tế xây dựng Kế hoạch", "UBND tỉnh ban hành Kế hoạch", a university's, an academy's or a faculty's
# ("Học viện Ngân hàng ban hành Kế hoạch", "Khoa Kinh tế xây dựng kế hoạch"); an adverb before the verb is no part of the
# name: "Ban Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động …" (a portal's news of it).
BODY_ISSUER = re.compile(
    r"(?<![\w/-])(?P<issuer>(?:Sở|Bệnh viện|Ủy ban|Uỷ ban|UBND|Trung tâm|Ban|Phòng|Hội đồng|HĐND|Tỉnh ủy|Huyện ủy|Đảng ủy|"
    r"Bộ|Cục|Chi cục|Tiểu ban|Trường|Học viện|Đại học|Khoa(?! học))\b[^.;:,\d]{0,80}?)\s+(?:(?:vừa|đã|mới|chính thức)\s+)*(?:xây dựng|ban hành)\s+(?P<type>[Kk]ế hoạch|[Cc]hương trình|[Hh]ướng dẫn)"
)
# The body that reports, announces or guides in the document's own opening sentence, up to "như sau:":
# "Phòng Y tế huyện Đồng Văn báo cáo kết quả thực hiện như sau:", "Sở Y tế hướng dẫn … như sau:" (a
# Báo cáo, Thông báo or Hướng dẫn without its header; "Khoa Sư phạm thông báo …", "Học viện … thông báo …"); with a
# courtesy before the verb: "…, Bộ Tài chính xin báo cáo nội dung … như sau:" (realdocs 944fbe74).
OWN_STATEMENT_ISSUER = re.compile(
    r"(?<![\w/-])(?P<issuer>(?:Sở|Bệnh viện|Ủy ban|Uỷ ban|UBND|Trung tâm|Ban|Phòng|Hội đồng|HĐND|Tỉnh ủy|Huyện ủy|Đảng ủy|"
    r"Bộ|Cục|Chi cục|Trường|Học viện|Đại học|Khoa(?! học))\b[^.;:,\d]{0,80}?)\s+(?:(?:xin|kính)\s+)?(?:báo cáo|thông báo|hướng dẫn)\s+[^.;:]{0,200}?\bnhư sau\s*:"
)
# The body that acts in the document's opening sentence, after the grounds it acts on: "Thực hiện Công văn số
# 1234/SGDĐT-CTTT … của Sở Giáo dục và Đào tạo Đồng Tháp về …, Trường THPT Đốc Binh Kiều yêu cầu các tổ chuyên
# môn …" (a database's export of a Công văn, its header lost: see field_lines.py). Only a sentence that opens
# the text or follows a field's label ("NỘI DUNG: Thực hiện …") or a sentence's end; its grounds may cite
# several instruments ("Căn cứ Công văn số 3078/SGDĐT-GDTH …; Công văn số 182/PGDĐT … và tình hình thực tế địa
# bàn quận, Phòng Giáo dục và Đào tạo (GDĐT) Hướng dẫn các trường …"). The text's first words may be the body
# itself, without grounds: "Sở Giáo dục và Đào tạo đề nghị Thủ trưởng đơn vị thực hiện:" (only at its start).
# A part of a body is not its issuer: "Bộ phận văn thư đề nghị …", "Ban Giám hiệu yêu cầu …".
# (Also after an item's number in bold, and with a courteous "xin trân trọng": "**1.** Thực hiện chủ trương của Chính
# phủ …, Cục Lãnh sự Bộ Ngoại giao xin trân trọng thông báo:", realdocs ce52cc3a; and after a purpose clause closed by a
# semicolon: "Để thực hiện tốt chính sách BHYT, …; Ủy ban nhân dân (UBND) thành phố Hà Nội yêu cầu …", realdocs 070712cd;
# after the addressees' table bar: "| Thực hiện chỉ đạo của …, UBND Thành phố yêu cầu …", realdocs 88b7667d; or after a
# purpose sentence: "Nhằm đảm bảo thực hiện … lao động. Sở Nội vụ đề nghị …", realdocs d604b4df.)
GROUNDS_SUBJECT_ISSUER = re.compile(
    r"(?:^(?:(?:Thực hiện|Căn cứ|Theo|Triển khai)\s[^.]{0,600}?,\s*)?|(?:(?<=[.:;|] )|(?<=[.:]\*\* ))(?:Thực hiện|Căn cứ|Theo|Triển khai|Để|Nhằm)\s[^.]{0,600}?[,;.]\s*)"
    r"(?P<issuer>(?!Bộ phận|Ban [Gg]iám hiệu)(?:Sở|Bệnh viện|Ủy ban|Uỷ ban|UBND|Trung tâm|Ban|Phòng|Hội đồng|Tỉnh ủy|Huyện ủy|Đảng ủy|"
    r"Bộ|Cục|Chi cục|Trường|Học viện|Đại học)\b[^.;:,\d]{0,80}?)\s+(?:xin\s+)?(?:trân\s+trọng\s+)?(?:yêu cầu|đề nghị|chỉ đạo|thông báo|[Hh]ướng dẫn)(?:\s|:)"
)
# The short name a body's name defines in parentheses after it: " (GDĐT)" in "Sở Giáo dục và Đào tạo (GDĐT)".
# …or an acronym defined inside it: "(UBND)" in "Ủy ban nhân dân (UBND) thành phố Hà Nội" (realdocs 070712cd).
DEFINED_SHORT_NAME = re.compile(r"\s*\([^()]{1,20}\)$|\s*\([A-ZĐ][A-ZĐ&-]{1,9}\)(?=\s)")
# Words of a sentence, no body's name, that an OWN_STATEMENT_ISSUER match may run over before its verb:
# "Ban Dự án Nền tảng iPMS kính trình Phó Tổng Giám đốc báo cáo tiến độ … như sau:" (the body reports
# to another: "kính trình …").
NOT_IN_A_NAME = re.compile(r"(?<!\w)(?:kính|trình|xin|gửi|tổng hợp|đã|được|có|đề nghị)(?!\w)")
# The words before a body that make it no subject of its sentence: "của Sở Y tế", "yêu cầu Phòng Y tế báo
# cáo …", "giao Trung tâm Y tế hướng dẫn …".
NOT_A_SUBJECT_BEFORE: tuple[str, ...] = ("của ", "cầu ", "nghị ", "giao ", "và ", "với ", "cho ")
# The end of the drafting sentence of the document itself: "… ban hành Kế hoạch triển khai như sau:", "…
# xây dựng kế hoạch thực hiện Chương trình năm 2014 của tỉnh với các nội dung sau:".
ITSELF_FOLLOWS = re.compile(r"[^.;:]{0,300}?\b(?:như sau|(?:các|những) nội dung (?:chủ yếu |cụ thể )?(?:như )?sau(?: đây)?)\s*:")
# The issuer of a Công văn giving its opinion in the body: "Ủy ban nhân dân tỉnh có ý kiến như sau:" (a
# copy without its header; not "có ý kiến chỉ đạo tại Công văn số …", another's opinion cited); its chair's direction:
# "Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:" (realdocs 511e7283, the committee's letter).
OPINION_ISSUER = re.compile(
    r"(?<![\w/-])(?:Chủ tịch\s+)?(?P<issuer>(?:Sở|Ủy ban|Uỷ ban|UBND|Bộ|Cục|Tổng cục|Ban|Văn phòng)\b[^.;:,\d]{0,80}?)\s+"
    r"có ý kiến(?: chỉ đạo)? như sau"
)
# The first line of a copy that opens with a Công văn's subject, its header lost: "V/v không thực hiện
# lập Điều" / "chỉnh quy hoạch …" / "Căn cứ Luật Quy hoạch …".
OPENING_SUBJECT = ("V/v ", "V/V ")
# A signature authority: "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN", "Q. GIÁM ĐỐC", "TL. CHỦ TỊCH", "TUQ. CHỦ TỊCH",
# also with no space after its dot: "TM.UBND XÃ ĐỨC TÂN" (an OCR copy).
# also with a dot inside, as documents before the 1990s write it: "K.T. BỘ TRƯỞNG BỘ Y TẾ", "T.M. ỦY BAN".
AUTHORITY = re.compile(r"^(?P<mark>KT|TM|TL|TUQ|Q|T/M|K/T|T/L|K\.T|T\.M|T\.L)(?:\s*\.\s*|\s+)(?P<rest>.+)$")
# Authority marks of one who signs for another office-holder: ký thay, thừa lệnh, thừa ủy quyền.
FOR_ANOTHER_MARKS: frozenset[str] = frozenset({"KT", "TL", "TUQ"})
# The most words a signature's table cell joins on one piece: "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" holds 6,
# "TM. BAN THƯỜNG VỤ KT. BÍ THƯ PHÓ BÍ THƯ THƯỜNG TRỰC" 12. A line of capitals opening with "TM." that
# runs on for hundreds of words (a damaged copy: a line repeated, columns merged) is not cut.
SIGNATURE_PIECE_WORDS = 40
# The most words of the line that ends a broken authority line ("TM. ỦY BAN NHÂN" / "DÂN", "TM. BAN
# THƯỜNG VỤ" / "HUYỆN ĐOÀN ĐỒNG VĂN"); a longer line in capitals under it is no part of it: the title
# of an appendix, when the copy lost the signer's office and name ("TM. ỦY BAN NHÂN DÂN |" / "CHẾ ĐỘ
# BÁO CÁO ĐỊNH KỲ PHỤC VỤ MỤC TIÊU QUẢN LÝ …").
AUTHORITY_TAIL_WORDS = 7
# A person's name under a signature: "Hoàng Quốc Cứ", "Dinh Chí Thành", "NGUYỄN VĂN AN".
PERSON = re.compile(r"^(?:[^\W\d_][^\W\d_]*\.?\s+){1,5}[^\W\d_]+$")

# Academic, professional and military titles before a signer's name, which are not part of it:
# "BSCKII. Nguyễn Văn An", "PGS.TS. Lê Văn Bình", "ThS. BS. Hoàng Thị Em", "Đại tá Trần Văn Cường".
NAME_TITLES = re.compile(
    r"^(?:(?:GS|PGS|TS|ThS|TSKH|BS|Bs|BSCKI{1,2}|BSCK[12]|DS|DSCKI{1,2}|KS|TTƯT|TTND|NGƯT|NGND|NSƯT|NSND)"
    r"(?:\s*\.\s*|\s+)|(?:Đại|Thượng|Trung|Thiếu) (?:tá|úy|tướng) |Đại tướng )+"
)
# A web copy's mark that the original was signed, after the signer's name: "Nguyễn Văn An (Đã ký)".
SIGNED_MARK = re.compile(r"\s*\((?:[Đđ]ã\s+)?[Kk]ý(?:\s+và\s+đóng\s+dấu)?\)$")
# Common Vietnamese family names, which a copy may leave alone on the line above the rest of
# a signer's name ("**Bùi" / "Xuân Cường**").
SURNAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Đinh Lương "
    "Trịnh Mai Trương Lâm Hà Tạ Cao Chu Châu Lò Lường Nông Hoàng Vương Thái Tô Triệu Kiều".split()
)

# The Nơi nhận heading, beside or above the signature: "Nơi nhận:", "***Nơi nhận:***", "| *Nơi nhận:*",
# "# Nơi nhận:" (a markdown heading of an OCR tool), "NƠI NHẬN:", "Nơi nhận KT. CHỦ TỊCH" (the signature
# column merged on). Not a field of a procedure's form that opens with the same words: "Nơi nhận hồ sơ:",
# "Nơi nhận kết quả:" (an appendix of a decision that publishes administrative procedures). An OCR
# copy's "Noi nhận:" (the hook lost) and "Nơi nhân:" (the dot lost, the colon kept) too. The signature
# reader (read_signer) and the recipients' reader (recipients._heading) both find the block with it;
# its colon and markup are matched too, so that the recipients' reader can cut the heading off.
NOI_NHAN = re.compile(rf"^[\s*|_#]*N[ơo]i\s+(?:nhận(?!\s+(?-i:[{LOWER_LETTERS}]))|nhân(?=\s*:))\s*[:.]?[\s*_]*", re.IGNORECASE)
# The words the lines of such a heading hold, found with str.rfind before NOI_NHAN is tried: "nhận",
# "NHẬN" (the heading in capitals), an OCR copy's "nhân:".
NOI_NHAN_WORDS: tuple[str, ...] = ("nhận", "NHẬN", "nhân:")


def noi_nhan_lines(text: Text) -> list[int]:
    """Indexes of the lines that may hold a Nơi nhận heading (NOI_NHAN_WORDS), last line first (a
    line holding two of the words comes twice). Found once per text: the signature's reader and the
    recipients' both ask (kept in ``text.readings``)."""
    found = text.readings.get("noi_nhan_lines")
    if found is None:
        found = text.readings["noi_nhan_lines"] = sorted(chain.from_iterable(lines_with(text, w) for w in NOI_NHAN_WORDS), reverse=True)
    return found  # type: ignore[return-value]

HEADER_LINES = 60  # the header is within the first lines…
HEADER_CHARS = 5000  # …and the first characters
# A web copy may put a page's furniture before the header: its title, a summary with "Kính gửi: …",
# a table of metadata ("Số hiệu: | 471/QĐ-UBND", "Tình trạng: | Đã biết"), a caps banner ("CÁC NỘI
# DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN"). The header then starts at the issuer block just above the national
# motto, when the motto opens a piece past the first MOTTO_LATE lines or below a line that opens a
# body ("Kính gửi: Quý Cơ quan…" copied above the header; see header_start).
MOTTO_LATE = 12
# A field of a legal library's table of metadata above the header: "Số hiệu: | 612/QĐ-UBND",
# "Ngày hết hiệu lực: | Đang cập nhật |" (page furniture, as a line opening a body is).
# Also with a table's bar for its colon, which the line's cleaning blanks: "Số hiệu | 1589/QĐ-TTg |", "Cơ quan ban hành |
# Thủ tướng Chính phủ |" (a Thủ tướng's decision copied from a library).
LIBRARY_FIELD = re.compile(
    r"^(?:Số hiệu|Loại văn bản|Nơi ban hành|Ngày ban hành|Người ký|Tình trạng|Ngày (?:hết )?hiệu lực|Lĩnh vực|Cơ quan ban hành)"
    r"(?:\s*:|\s)"
)
# The first words of the national motto or the Party's as they open a piece, in capitals: "CỘNG HÒA XÃ",
# "CỘNG HOÀ XÃ HỘI…", "ĐẢNG CỘNG SẢN VIỆT NAM".
MOTTO_HEADS: tuple[str, ...] = ("CỘNG HÒA", "CỘNG HOÀ", "ĐẢNG CỘNG SẢN VIỆT NAM")
# A header printed on one line, as a document viewer gives a PDF's first page, is longer than this
# (see _reflow_merged_header); a header's lines are shorter.
MERGED_HEADER_CHARS = 250
# Where such a line goes on with the trích yếu or the addressees: "V/v báo cáo…", "Kính gửi: …".
MERGED_HEADER_BREAK = re.compile(r"(?<=\s)(?:V/v|Về việc|Kính\s*gửi)\b")
# The type line just after the date on such a line: "QUYẾT ĐỊNH" in "… ngày 05 tháng 10 năm 2007 QUYẾT
# ĐỊNH BAN HÀNH HỆ THỐNG …" (longest first); also run into the title's first word by a PDF's text: "QUYẾT
# ĐỊNHVề việc ban hành …", "KẾ HOẠCHTriển khai …".
MERGED_TYPE = re.compile(
    r"[\s*]*(?:"
    + "|".join(re.escape(k) for k in sorted(TYPE_LINES, key=len, reverse=True))
    + r")(?=\s|[A-ZĐ{upper}][a-zđ{lower}])".format(upper=_UPPER_LETTERS, lower=_LOWER_LETTERS)
)
# The body's first words after the title on such a line: "Căn cứ Nghị định số 29/2003/NĐ-CP …".
MERGED_BODY_BREAK = re.compile(r"(?<=\s)(?:Căn cứ|Thực hiện|Xét đề nghị|Theo đề nghị)\s")
# A text that opens with a letter's addressees, its header lost: "**Kính gửi:** Các cơ sở đào tạo trực thuộc Bộ",
# "| **Kính" / "gửi:** |" (broken over two lines by the copy).
ADDRESSED_OPENING = re.compile(r"[\s|*_#]*Kính\s+gửi")
# The characters of the text's start that pattern may read.
_ADDRESSED_OPENING_CHARS = 40
# A Quyết định's authority after its title on such a line: "BỘ TRƯỞNG BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ
# HỘI" in "… CỦA CẤP TỈNH BỘ TRƯỞNG BỘ LAO ĐỘNG …" (an office, then a body; not after "CỦA", "CHO",
# "VÀ", "PHÓ", where the title names that office); or the council itself: "ỦY BAN NHÂN DÂN TỈNH TRÀ
# VINH" in "… TRÊN ĐỊA BÀN TỈNH TRÀ VINH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH Căn cứ …"; after a title in lower case
# too: "GIÁM ĐỐC SỞ …" in "Về việc ban hành Quy chế làm việc GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO Căn cứ …" (not
# after "của", "cho", "và", "giữa"); after a title's last year too: "… NHIỆM KỲ 2016 - 2021 HỘI ĐỒNG NHÂN DÂN TỈNH HÀ
# GIANG KHÓA XVII - KỲ HỌP THỨ NĂM Căn cứ …" (corpus 078's lines on one line). It is cut off and read
# as the title's lines are (an authority only when its words are the issuer block's, see _authority_body).
MERGED_AUTHORITY = re.compile(
    r"(?<=[^\W_] )(?<!CỦA )(?<!CHO )(?<!VÀ )(?<!PHÓ )(?<!GIỮA )(?<!của )(?<!cho )(?<!và )(?<!giữa )(?:(?:BỘ TRƯỞNG|CHỦ TỊCH|GIÁM ĐỐC|THỦ TƯỚNG|CỤC TRƯỞNG) "
    r"(?=BỘ |ỦY BAN |UỶ BAN |SỞ |CHÍNH PHỦ|CỤC |TỔNG CỤC )"
    r"|(?:ỦY BAN|UỶ BAN|HỘI ĐỒNG) NHÂN DÂN (?=TỈNH |THÀNH PHỐ |HUYỆN |QUẬN |THỊ XÃ |XÃ |PHƯỜNG |THỊ TRẤN )"
    # A central body that issues in its own name, alone before the body: "CHÍNH PHỦ" in "… NGHỊ ĐỊNH Về công tác văn
    # thư CHÍNH PHỦ Căn cứ Luật Tổ chức Chính phủ …" (the search ends where the body starts).
    r"|(?:THỦ TƯỚNG )?CHÍNH PHỦ\s*$|QUỐC HỘI\s*$)"
)
# A council's term and session after its name on such a line, which a header writes on a line of its own: "KHÓA XVIII,
# KỲ HỌP THỨ 25" in "… Quy định mức chi hỗ trợ HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN KHÓA XVIII, KỲ HỌP THỨ 25 Căn cứ …".
MERGED_TERM = re.compile(r"(?<=\s)(?:KHÓA|KHOÁ|KHOA)\s+[IVXL]+\b")
# A unit after the body it is under, both before the motto or the Số line of such a line: "TRƯỜNG THPT
# BA GIA" in "SỞ GD-ĐT QUẢNG NGÃI TRƯỜNG THPT BA GIA Số: 23/KH-BAGIA …", "BỆNH VIỆN …" after "BỘ Y TẾ"
# (the first body opens with a ministry, a department, an office or a people's committee; not after
# "CỦA" or "VÀ", where a name goes on); a Party committee or cell after the Party body it is under:
# "ĐẢNG ỦY TRƯỜNG CAO ĐẲNG Y TẾ" in "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH ĐẢNG ỦY TRƯỜNG CAO ĐẲNG Y TẾ Số: …"; a
# university's school or an academy's regional academy after it: "TRƯỜNG ĐẠI HỌC KINH TẾ" in "ĐẠI HỌC HUẾ
# TRƯỜNG ĐẠI HỌC KINH TẾ", "HỌC VIỆN CHÍNH TRỊ KHU VỰC I" in "HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH HỌC
# VIỆN CHÍNH TRỊ KHU VỰC I", "HỌC VIỆN CẢNH SÁT NHÂN DÂN" in "BỘ CÔNG AN HỌC VIỆN CẢNH SÁT NHÂN DÂN"; a
# university of its own right after its ministry: "ĐẠI HỌC CẦN THƠ" in "BỘ GIÁO DỤC VÀ ĐÀO TẠO ĐẠI HỌC CẦN THƠ" (not
# after a unit: "PHÒNG ĐÀO TẠO ĐẠI HỌC" is one name); a school's office after it: "PHÒNG ĐÀO TẠO ĐẠI HỌC" in "TRƯỜNG
# ĐẠI HỌC CẦN THƠ PHÒNG ĐÀO TẠO ĐẠI HỌC" (not "KHOA", a school's own name: "TRƯỜNG ĐẠI HỌC KHOA HỌC").
MERGED_UNIT = re.compile(
    r"^(?:(?:BỘ|SỞ|PHÒNG|UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN) \S.*?(?<!CỦA)(?<!VÀ) (?P<unit>(?:TRƯỜNG|BỆNH VIỆN|TRUNG TÂM|TỔNG CỤC|CHI CỤC|CỤC|SỞ|PHÒNG|HỌC VIỆN|(?<=^BỘ GIÁO DỤC VÀ ĐÀO TẠO )ĐẠI HỌC) \S)"
    r"|(?:ĐẠI HỌC|HỌC VIỆN) \S.*?(?<!CỦA)(?<!VÀ) (?=(?:TRƯỜNG|HỌC VIỆN) \S)(?P<school>)"
    r"|(?:ĐẢNG BỘ|ĐẢNG ỦY|TỈNH ỦY|HUYỆN ỦY|THÀNH ỦY) \S.*? (?P<cell>(?:ĐẢNG ỦY|CHI BỘ) \S)"
    r"|TRƯỜNG \S.*? (?P<office>(?:PHÒNG|TRUNG TÂM|THƯ VIỆN) \S))"
)
# A viewer's page list number before the header of that line: "1. " in "1. UBND TỈNH NINH THUẬN …".
LIST_NUMBER_BEFORE_BODY = re.compile(rf"^\d{{1,2}}\.\s+(?=[{UPPER_LETTERS}]{{2,}}\s)")
# The most lines of an issuer block above the motto (names broken over lines, rules, table bars).
ISSUER_BLOCK_LINES = 8
SIGNATURE_LINES = 40  # the signature is within the last lines
# The most characters between a consolidated text's closing Số line and its date line (see
# _consolidation_number): the authentication column may sit between them.
CLOSING_DATE_CHARS = 200


@dataclass
class _Piece:
    text: str
    line: int  # index into text.lines


def _unmark(s: str) -> str:
    """``UNDERSCORE_EMPHASIS`` and ``MARKUP`` replaced by spaces; a line without any markup
    character is returned as is (most lines of PDF copies), which spares the regex a scan of
    every character."""
    if "_" in s:
        s = UNDERSCORE_EMPHASIS.sub(" ", s)
    if "*" in s or "|" in s or "<" in s or s.startswith("#"):
        if "**" in s:
            s = WORD_INNER_BOLD.sub("", s)
        return MARKUP.sub(" ", s)
    return s


# Bold marks inside a word, as a web copy marks its letters: "**V****Ă****N PHÒNG", "phối **tr**ộn", "tháng 1**1** năm
# 2025" (realdocs cb6eb217): removed, not blanked, so that the word stays whole.
WORD_INNER_BOLD = re.compile(r"(?<=\w)\*\*+(?=\w)")


def _clean(s: str) -> str:
    return " ".join(_unmark(s).split())


def _iter_pieces(lines: Iterable[str], offset: int = 0) -> Iterator[_Piece]:
    """The pieces of ``lines`` in order, cut as they are asked for (a line at a time)."""
    for i, raw in enumerate(lines):
        for p in _line_pieces(raw):
            yield _Piece(p, offset + i)


# Pure (the texts of a line's pieces for the line), so memoised: the motto's, the type line's and a body's head lines
# recur in every document of a kind, and the signature's reader cuts its lines more than once.
@lru_cache(maxsize=4096)
def _line_pieces(raw: str) -> tuple[str, ...]:
    """The texts of the pieces of one line: its markup blanked (_unmark), cut at its column gaps (COLUMN_GAP),
    spaces folded, rules left out."""
    out = []
    for part in COLUMN_GAP.split(_unmark(raw)):
        p = " ".join(part.split())  # no space left at either end
        if p and not RULE.match(p):
            out.append(p)
    return tuple(out)


def _pieces(lines: list[str], offset: int = 0) -> list[_Piece]:
    return list(_iter_pieces(lines, offset))


class _TitlePieces:
    """The header's pieces up to the type line, and those after it cut only as the title's reading asks for
    them, ``limit`` in all at most: the title ends at the body's first line, mostly the second or third after
    the type line, and the lines below it (paragraphs of a thousand characters, each unglued and cut) are
    seldom read."""

    __slots__ = ("pieces", "cut", "limit")

    def __init__(self, pieces: list[_Piece], cut: Iterator[_Piece], limit: int) -> None:
        self.pieces, self.cut, self.limit = pieces, cut, limit

    def get(self, k: int) -> _Piece | None:
        """pieces[k], cut from ``cut`` when first asked for; None past the last piece or the limit."""
        pieces = self.pieces
        while len(pieces) <= k and len(pieces) < self.limit:
            p = next(self.cut, None)
            if p is None:
                self.limit = len(pieces)
                break
            pieces.append(p)
        return pieces[k] if k < len(pieces) else None

    def numbered_from(self, k: int) -> Iterator[tuple[int, _Piece]]:
        """(k, pieces[k]) from ``k`` on, each cut as it is reached."""
        while (p := self.get(k)) is not None:
            yield k, p
            k += 1


def _starts_with(s: str, heads: tuple[str, ...]) -> bool:
    """Whether ``s`` in capitals is a head, or opens with a head and a space (or a head ending
    with '.'): 'PHÓ GIÁM ĐỐC' opens with 'PHÓ GIÁM ĐỐC', 'KT.GIÁM ĐỐC' with 'KT.'."""
    whole, prefixes = _head_forms(heads)
    u = s.upper()
    if "UỶ" in u:
        u = u.replace("UỶ", "ỦY")  # the old tone: "UỶ BAN NHÂN DÂN", "TỈNH UỶ"
    return u in whole or u.startswith(prefixes)


@lru_cache(maxsize=None)
def _head_forms(heads: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The heads, and the prefixes that open a string starting with one (for str.startswith)."""
    prefixes = [h + " " for h in heads] + [h for h in heads if h.endswith(".")]
    return frozenset(heads), tuple(prefixes)


@lru_cache(maxsize=4096)  # pure; the header's pieces recur from document to document
def _type_of(piece: str) -> str | None:
    p = piece.strip(" :.")
    if not p.isupper():
        return None
    t = TYPE_LINES.get(" ".join(p.split()))
    if t is None and SPACED_LETTERS.match(p):
        t = SPACED_TYPE_LINES.get(p.replace(" ", ""))
    return t


def _garbled_type(piece: str, pieces: list[_Piece]) -> str | None:
    """The type of a type line an OCR copy garbled, read without its marks and spaces
    (BARE_TYPE_LINES), once the header's Số line or date is passed: "K ÉT LUẬN" under "Thừa Thiên
    Huế, ngày 13 tháng 5 năm 2022" -> "Kết luận". Only a piece of capitals no longer than a type."""
    t = _bare_type(piece)
    if t is None or not any(q.text.startswith(NUMBER_LINE_HEADS) or DATE_WORDS.search(q.text) for q in pieces[:-1]):
        return None
    return t


@lru_cache(maxsize=4096)  # pure; the header's pieces recur from document to document
def _bare_type(piece: str) -> str | None:
    """The type BARE_TYPE_LINES gives a piece of capitals no longer than a type, read without its marks and spaces."""
    p = piece.strip(" :.")
    if len(p) > 24 or not p.isupper() or not any(not c.isascii() for c in p):
        return None
    bare = "".join(c for c in unicodedata.normalize("NFD", p.replace("Đ", "D")) if not unicodedata.combining(c)).replace(" ", "")
    return BARE_TYPE_LINES.get(bare)


def _type_then_title(piece: str, pieces: list[_Piece], alone: bool = False, bare_header: bool = False) -> tuple[str, str] | None:
    """The type and the title's first words of a piece that joins them (TYPE_THEN_TITLE), once the
    header's motto, Số line or date is passed (an issuer's name never opens with a type word, but a
    caps line of a body might), or when the piece is ``alone`` before the body: "KẾ HOẠCH Thực hiện
    công tác…" -> ("Kế hoạch", "Thực hiện công tác…"). Not before a number: "KẾ HOẠCH SỐ 12" is a
    reference."""
    m = TYPE_THEN_TITLE.match(piece)
    if m is None:
        return None
    rest = piece[m.end() :]
    if not rest[0].isupper() or rest[:3].upper() == "SỐ ":
        return None
    if not alone and not any(
        q.text.startswith(MOTTO_HEADS) or MOTTO.search(q.text) or q.text.startswith(NUMBER_LINE_HEADS) or DATE_WORDS.search(q.text)
        for q in pieces[:-1]
    ):
        if not (
            bare_header
            and len(pieces) >= 2
            and all(is_all_caps(q.text) for q in pieces[:-1])
            and any(_whole_body_line(q.text) for q in pieces[:-1])
            and not pieces[-2].text.rstrip().endswith(_NAME_GOES_ON)
            and len(rest.split()) >= 2
            and not rest.startswith("VÀ ")
        ):
            return None
        # A header with no motto and no Số line: a body's whole name (and a unit's under it), then its
        # type and title on one line: "TRƯỜNG TIỂU HỌC XUÂN PHƯƠNG" / "THÔNG BÁO TUYỂN DỤNG GIÁO VIÊN,
        # NHÂN VIÊN HỢP ĐỒNG"; "PHÒNG GIAO DỊCH NHCSXH HUYỆN YÊN THÀNH" / "TỔ TÍN DỤNG" / "KẾ HOẠCH KIỂM
        # TRA KHOANH NỢ".
    return TYPE_LINES[m.group(1)], rest


# The last words of a body's line that a type word may go on: "PHÒNG TÀI CHÍNH" / "KẾ HOẠCH HUYỆN X",
# "VĂN PHÒNG ĐIỀU PHỐI" / "CHƯƠNG TRÌNH MTQG …".
_NAME_GOES_ON: tuple[str, ...] = ("-", "–", ",", " VÀ", "TÀI CHÍNH", "ĐIỀU PHỐI", "BAN QUẢN LÝ", "BAN CHỈ ĐẠO", "SỞ")


def _whole_body_line(line: str) -> bool:
    """Whether a header's line is a body's whole name in capitals, which a type line may follow: three
    words at least, opening with a body's head (BODY_HEADS), not ending where a name goes on."""
    return len(line.split()) >= 3 and is_all_caps(line) and _starts_with(line, BODY_HEADS) and not line.rstrip().endswith(_NAME_GOES_ON)


def _number_and_symbol(zone: str, doc_type: str | None = None) -> tuple[str | None, str | None]:
    """The number and symbol of the Số line in a header's text (motto removed): ("96", "KH-UBND") in
    "… Số: 96/KH-UBND Đồng Văn, ngày …"; (None, None) when there is none. The symbol is read as a
    citation's is (``symbol_form``), under the type of the header's type line (``doc_type``) when known:
    "Số: 1961/QĐUBND" -> "QĐ-UBND"."""
    number = symbol = None
    zone = read_ocr_digits(zone)  # "Số: I9-NQ/TU" -> "Số: 19-NQ/TU", as a citation's number is read
    m = NUMBER_LINE.search(zone)
    if m:
        number = m.group("number")
        symbol, _ = symbol_form(m.group("symbol"), doc_type)
        if m.group("sep") != "/" and number is None and "/" not in symbol:
            # A dash with no number before it and no slash after it is no Số line; a Party
            # document's blank number keeps its symbol: "Số      -NQ/ĐU" -> NQ/ĐU.
            symbol = None
    elif "Số" in zone or "SỐ" in zone or "Sô" in zone:
        if gap := NUMBER_GAP_LINE.search(zone):
            number, symbol = gap.group("number"), _gap_symbol(gap.group("symbol"))
    return number, symbol


def _iso(day: str | None, month: str | None, year: str) -> str:
    if day and month and 1 <= int(day) <= 31 and 1 <= int(month) <= 12:
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return year


# The characters before a date that may hold its place (five words at most, see _place_before).
PLACE_TAIL_CHARS = 60


# A place line naming a numbered district or ward of a city: "Quận 3, ngày 05 tháng 6 năm 2023",
# "Phường 12, ngày …" (its number is a part of the name).
NUMBERED_PLACE = re.compile(r"(?<!\w)(?:Quận|Phường) \d{1,2}$")


def _place_before(s: str, end: int) -> str | None:
    """The capitalised words just before a date: 'Hà Giang' in '… Hạnh phúc Hà Giang, ngày 03…'."""
    head = s[:end].rstrip(" ,")
    if head[-1:].isdigit() and (numbered := NUMBERED_PLACE.search(head)) is not None:
        return numbered.group(0)
    if "." in head[-PLACE_TAIL_CHARS:]:
        # A level's mark glued to the place: "Tp.Hà Giang, ngày …" is read as "Tp. Hà Giang".
        head = head[:-PLACE_TAIL_CHARS] + head[-PLACE_TAIL_CHARS:].replace(".", ". ")
    words = head.split(" ")
    place: list[str] = []
    for w in reversed(words):
        if place and (w.rstrip("*_").endswith(",") or w.endswith(("*", "_"))):
            # "… đoạn qua Nam Định, Thái Bình*" / "*Hà Nội, ngày …": a comma, or the emphasis of the line above
            # closed, ends the words before the place.
            break
        w = w.strip(",*_")  # (a markdown copy's emphasis: "*Hà Nội, ngày …*")
        if not w or len(place) >= 5:
            break
        # (A hyphenated name is one word: "Phan Rang-Tháp Chàm".)
        if all(x[:1].isupper() and x.isalpha() and (len(x) == 1 or x[1:] == x[1:].lower()) for x in w.split("-")):
            place.append(w)
        else:
            break
    return " ".join(reversed(place)) or None


# The most words of a line above the date's that may hold the start of its place ("Thành phố Hồ Chí").
PLACE_LINE_WORDS = 6


def _place_on_dates_line(pieces: list, date: str) -> str | None:
    """The place written on the date's own line: "Hà Nội" in "Hà Nội, ngày 28 tháng 4 năm 2026" under a
    trích yếu ending in a name ("… Cảng hàng không quốc tế Long Thành"), which the pieces joined
    would run into it ("Long Thành Hà Nội"). None when the line above is short: a place broken
    over two lines ("Thành phố Hồ Chí" / "Minh, ngày …", "Quảng" / "Ninh, ngày …") is read whole."""
    # A date broken over two lines ("Hà Nội, ngày 27" / "tháng 11 năm 2025", "Hà Nội, ngày 26 tháng 11" / "năm 2025"): its
    # line is the one that ends with its first words.
    opening = date.split(" tháng")[0] if date.startswith("ngày") else None
    for j, p in enumerate(pieces):
        k = p.text.find(date)
        if k < 0 and opening and (at := p.text.rfind(opening)) >= 0 and date.startswith(p.text[at:].rstrip(" *_")):
            k = at
        if k < 0:
            continue
        if k == 0 and j and pieces[j - 1].text.endswith(",") and len(pieces[j - 1].text.split()) <= PLACE_LINE_WORDS:
            # The place alone on the line above its date: "*Hà Nội," / "ngày 25 tháng 11 năm 2025" (realdocs cb6eb217).
            above = pieces[j - 1].text
            return _place_before(above, len(above))
        if j == 0 or len(pieces[j - 1].text.split()) <= PLACE_LINE_WORDS:
            return None
        head = MOTTO.sub(" ", p.text[:k])
        return _place_before(head, len(head))
    return None


# Ministries whose name ends in "VỤ", broken before it: "BỘ NỘI" / "VỤ" is the Bộ Nội vụ, not a Vụ
# under a "Bộ Nội" (a ministry's department, "VỤ KẾ HOẠCH - TÀI CHÍNH", is a body: BODY_HEADS).
BROKEN_BEFORE_VU: tuple[str, ...] = ("BỘ NỘI", "BỘ NGOẠI")
# A university of its own (a regional or national one) on the line under its ministry: "ĐẠI HỌC CẦN
# THƠ" under "BỘ GIÁO DỤC VÀ ĐÀO TẠO", a body as "TRƯỜNG ĐẠI HỌC …" is (only under a ministry: under a
# unit, "PHÒNG ĐÀO TẠO" / "ĐẠI HỌC" is one name broken over two lines).
UNIVERSITY_HEAD = "ĐẠI HỌC "
MINISTRY_HEAD = "BỘ "


# The first words of a heading (an action, never a word of a school's name) that a school's name may run
# into in a copy without a header: "TUYÊN TRUYỀN" in "TRƯỜNG MN-TH SAO MAI TUYÊN TRUYỀN PHÒNG CHỐNG DỊCH
# BỆNH", "TỔ CHỨC" in "TRƯỜNG THCS LÊ LỢI" / "TỔ CHỨC HỘI NGHỊ CÁN BỘ, VIÊN CHỨC".
HEADING_AFTER_NAME = re.compile(
    r"(?:^|(?<=\s))(?:TUYÊN TRUYỀN|HƯỞNG ỨNG|THAM GIA|KỶ NIỆM|CHÀO MỪNG|TỔ CHỨC|TRIỂN KHAI|ĐẨY MẠNH|TĂNG CƯỜNG)(?=\s|$)"
)
SCHOOL_HEAD = "TRƯỜNG "
# A school's kind written as its code in the issuer block, read whole (its field then cased as a school's,
# and the authority line under the title, which writes it out, matched): "TRƯỜNG ĐH SƯ PHẠM KỸ THUẬT" ->
# "TRƯỜNG ĐẠI HỌC SƯ PHẠM KỸ THUẬT", "TRƯỜNG CĐ Y TẾ" -> "TRƯỜNG CAO ĐẲNG Y TẾ".
SCHOOL_KIND_CODES: dict[str, str] = {"ĐH": "ĐẠI HỌC", "CĐ": "CAO ĐẲNG"}
SCHOOL_KIND_CODE = re.compile(r"(?<=TRƯỜNG )(ĐH|CĐ)(?= )")
# An OCR copy's "l" read for the capital "I" inside or at either end of a word in capitals: "ĐAl", "VlNH",
# "lI" (the line then read in capitals, see the issuer block).
_CAPS = "A-ZĐ" + _UPPER_LETTERS
CAPS_OCR_L = re.compile(rf"(?<=[{_CAPS}])l(?=[{_CAPS}]|(?![^\W\d_]))|(?<![^\W\d_])l(?=[{_CAPS}])")
# A group's line under its body, which starts a body of its own: "TỔ TÍN DỤNG" under "PHÒNG GIAO DỊCH
# NHCSXH HUYỆN YÊN THÀNH", "TỔ CHUYÊN MÔN" (not "TỔ QUỐC" of "ỦY BAN MẶT TRẬN" / "TỔ QUỐC VIỆT NAM", nor
# "TỔ CHỨC" of "CƠ QUAN" / "TỔ CHỨC - NỘI VỤ").
GROUP_LINE = re.compile(r"^TỔ (?!QUỐC|CHỨC)\S")
# A school's line that names its group after a dash: "TRƯỜNG THCS TRẦN PHÚ - TỔ TOÁN – TIN" is the school, then
# its group (GROUP_LINE), as on two lines.
SCHOOL_AND_GROUP = re.compile(r"^(?P<school>TRƯỜNG \S.*?) [-–] (?P<group>TỔ (?!QUỐC|CHỨC)\S.*)$")
# A branch's line under its body: "CHI NHÁNH LONG KHÁNH" under "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH ĐỒNG NAI",
# "CHI NHÁNH TỈNH HÀ GIANG" under "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI".
BRANCH_LINE = re.compile(r"^CHI NHÁNH \S")
# A faculty's or a department's line under its school: "KHOA KINH TẾ" under "TRƯỜNG ĐẠI HỌC CẦN THƠ", "BỘ
# MÔN TOÁN" (not "KHOA HỌC …", the rest of a school's name broken over two lines: "TRƯỜNG ĐẠI HỌC" / "KHOA
# HỌC XÃ HỘI VÀ NHÂN VĂN").
FACULTY_LINE = re.compile(r"^(?:KHOA (?!HỌC(?:\s|$))|BỘ MÔN )\S")
BRANCH_HEAD = "Chi nhánh "


# The most words of a place's name's end wrapped onto a line of its own (see _ends_cut_place).
CUT_PLACE_WORDS = 2


def _ends_cut_place(above: str, s: str) -> bool:
    """Whether a short piece in capitals that is no line of names alone (is_all_caps: "TUM", "LAI") ends the
    place's name its block line above was cut in: "TUM" under "ỦY BAN NHÂN DÂN TỈNH KON" (Kon Tum), "MAU"
    under "SỞ Y TẾ TỈNH CÀ" — not under a name that is whole ("… TỈNH HÀ NAM" / "TTYT")."""
    words = s.split()
    if not words or len(words) > CUT_PLACE_WORDS or not s.isupper() or not s.isascii() or is_all_caps(s):
        return False
    last = above.split()[-2:]
    for n in (1, 2):
        if len(last) >= n and (province_name(" ".join(last[-n:] + words)) or district_name(" ".join(last[-n:] + words))):
            return not (province_name(" ".join(last[-n:])) or district_name(" ".join(last[-n:])))
    return False


def _broken_head_word(s: str) -> bool:
    """Whether ``s`` is a body's first word in capitals alone on its line, which is_all_caps takes for a code: "BAN" of
    "**BAN" / "CHẤP HÀNH TRUNG ƯƠNG**" (realdocs 53b3997d)."""
    return s in _SHORT_HEAD_WORDS


# The first words of BODY_HEADS that is_all_caps reads as codes (three plain letters, not a code of its own: "BAN",
# "CHI", "KHO").
_SHORT_HEAD_WORDS = frozenset(
    w for w in (h.split()[0] for h in BODY_HEADS)
    if w.isascii() and len(w) == 3 and w not in ABBREVIATIONS and w not in BODY_CODES
)


def _split_bodies(pieces: list[str]) -> list[str]:
    """Group issuer-block pieces into bodies: a piece opening with a body head starts a new one."""
    bodies: list[str] = []
    for p in pieces:
        if ":" in p:
            p = FORM_LABEL.sub(r"\1 ", p)
        # A one-word line is a broken head: "ỦY" / "BAN NHÂN DÂN", "HỘI" / "ĐỒNG NHÂN DÂN"; a
        # standing committee alone on its line names the body under it: "THƯỜNG TRỰC" / "HĐND -
        # UBND TỈNH HÒA BÌNH" is the joint "Thường trực HĐND - UBND tỉnh Hòa Bình".
        if not bodies or (
            (
                _starts_with(p, BODY_HEADS)
                or GROUP_LINE.match(p) is not None
                or BRANCH_LINE.match(p) is not None
                or FACULTY_LINE.match(p) is not None
                or (p.startswith(UNIVERSITY_HEAD) and bodies[-1].startswith(MINISTRY_HEAD))
            )
            and " " in bodies[-1]
            and normalize_tones(bodies[-1]) not in STANDING_ALONE
            and not (p.startswith("VỤ") and bodies[-1].endswith(BROKEN_BEFORE_VU))
            and not (p.startswith("BAN ") and OFFICE_CUT_IN_COMMITTEE.match(bodies[-1]))
        ):
            bodies.append(p)
        else:
            bodies[-1] += " " + p
    return bodies


@lru_cache(maxsize=4096)  # pure; a signer's office and an issuer's head recur ("CHỦ TỊCH", "PHÓ GIÁM ĐỐC")
def _position_case(s: str) -> str:
    """'PHÓ GIÁM ĐỐC' -> 'Phó Giám đốc', 'CHỦ TỊCH' -> 'Chủ tịch'; the unit a head leads keeps its
    name's case: 'TRƯỞNG PHÒNG NGHIỆP VỤ Y' -> 'Trưởng phòng Nghiệp vụ Y'."""
    s = normalize_tones(tidy(s))
    if "," in s and is_all_caps(s) and _offices_joined(s):
        # "BỘ TRƯỞNG, CHỦ NHIỆM" (the minister who heads the Ủy ban Dân tộc): each office cased.
        return ", ".join(_position_case(p) for p in s.split(","))
    if (m := HEAD_OF_UNIT.match(s)) and is_all_caps(s):
        unit = expand_abbreviations(recase(m.group("unit")))
        kind = m.group("kind").lower()
        return f"{_position_case(m.group('office'))} {kind}{unit[len(kind):]}"
    if is_all_caps(s) and (body := _body_after_office(s)) is not None and body not in BODY_HEADS and not _starts_with(body, OFFICE_HEADS):
        # (Not an office read as a body: "CỤC TRƯỞNG" of "PHÓ CỤC TRƯỞNG" is the office "Phó Cục trưởng" holds.)
        # "BỘ TRƯỞNG BỘ Y TẾ" -> "Bộ trưởng Bộ Y tế", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU" ->
        # "Chủ tịch Ủy ban nhân dân tỉnh Lai Châu": the body keeps its name's case (not a bare
        # head: "TRƯỞNG TIỂU BAN", "PHÓ CHỦ TỊCH THƯỜNG TRỰC").
        return f"{_position_case(s[: -len(body)])} {expand_abbreviations(recase(body))}"
    words = s.lower().split()
    if not words:
        return ""
    words[0] = words[0].capitalize()
    if words[0] == "Phó" and len(words) > 1:
        words[1] = words[1].capitalize()
    # "CHÁNH VĂN PHÒNG" -> "Chánh Văn phòng": the office is the head of the Văn phòng.
    return OFFICE_OF_OFFICE.sub("Văn phòng", " ".join(words))


def _body_of_office(s: str) -> str:
    """The body an office-holder heads, for a copy that lost its issuer block and opens with the
    authority after the title: 'TỔNG GIÁM ĐỐC CÔNG TY TNHH FPT SMART CLOUD' -> 'CÔNG TY TNHH FPT SMART
    CLOUD'. Anything else is returned as it is, and the Prime Minister issues in his own name: "THỦ
    TƯỚNG CHÍNH PHỦ"."""
    if is_all_caps(s) and not s.startswith("THỦ TƯỚNG") and _starts_with(s, OFFICE_HEADS) and (body := _body_after_office(s)) is not None:
        return body
    return s


def _offices_joined(s: str) -> bool:
    """Whether ``s`` names two offices joined by a comma, the first an office title: "BỘ TRƯỞNG, CHỦ
    NHIỆM" (not a list of bodies: "GIÁM ĐỐC SỞ Y TẾ, BỆNH VIỆN" has more words)."""
    parts = [p.strip() for p in s.split(",")]
    return len(parts) == 2 and _starts_with(parts[0], OFFICE_HEADS) and all(p and len(p.split()) <= 3 for p in parts)


def _body_after_office(s: str) -> str | None:
    """The body named after an office title, or None: 'BỘ Y TẾ' in 'BỘ TRƯỞNG BỘ Y TẾ'."""
    upper = s.upper()
    if not upper.startswith(_OFFICE_PREFIXES):
        return None
    for prefix in _OFFICE_PREFIXES:
        if upper.startswith(prefix) and _starts_with(s[len(prefix) :], OFFICE_BODY_HEADS):
            return s[len(prefix) :]
    return None


# The bodies an office heads: BODY_HEADS, and a university named after its director's office ("GIÁM ĐỐC ĐẠI
# HỌC QUỐC GIA HÀ NỘI"; not a header line's head, where "ĐẠI HỌC …" may go on a school's name).
OFFICE_BODY_HEADS: tuple[str, ...] = (*BODY_HEADS, "ĐẠI HỌC")


@lru_cache(maxsize=4096)  # pure; the authority lines recur ("TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC")
def _authority_case(mark: str, rest: str) -> str:
    mark = mark.replace("/", "").replace(".", "")
    rest = tidy(rest)
    body = expand_abbreviations(recase(normalize_tones(rest))) if is_all_caps(rest) else rest
    if _starts_with(rest, OFFICE_HEADS) or ("," in rest and _offices_joined(rest.upper())):
        body = _position_case(rest)
    return f"{mark}. {body}"


# The office titles and a space, longest first, that an office's body may follow (not the authority marks).
_OFFICE_PREFIXES: tuple[str, ...] = tuple(
    h + " " for h in sorted((h for h in OFFICE_HEADS if not h.endswith(".")), key=len, reverse=True)
)
# What a line holding a signature's first piece must contain, as written. An AUTHORITY piece
# opens with its mark ("KT. GIÁM ĐỐC"). An office piece is all capitals and opens with an
# office title ("GIÁM ĐỐC"), so its first word is written in capitals — or is an abbreviation,
# whose written forms are added when their capitals open an office title.
_AUTHORITY_MARKS: tuple[str, ...] = ("KT", "TM", "TL", "TUQ", "Q", "T/M", "K/T", "T/L", "K.T", "T.M", "T.L")
_OFFICE_SIGNS: tuple[str, ...] = tuple(
    dict.fromkeys(
        [h.split(" ")[0] for h in OFFICE_HEADS]
        + [a for a in ABBREVIATIONS if any(a.upper().startswith(h.split(" ")[0]) for h in OFFICE_HEADS)]
    )
)
# A piece starts a line or follows whitespace or the last character of MARKUP ('*', '|', '>',
# '#'); a space after a word of it is whitespace or the first character of MARKUP in the line.
# (The boundary before a word is tested after it, so that the patterns open with their words,
# which the regex engine finds fast.)
def _at_piece_start(word: str) -> str:
    return re.escape(word) + r"(?<![^\s*|>#]" + re.escape(word) + ")"


_WORD_END = r"(?![^\s*|<])"
# An authority mark opening a piece, then a space or a dot (AUTHORITY): "KT." in "KT. GIÁM ĐỐC",
# "TM" in "| TM ỦY BAN NHÂN DÂN |"; not the "Q" of "Quán triệt".
AUTHORITY_MARK_IN = re.compile("(?:" + "|".join(map(_at_piece_start, _AUTHORITY_MARKS)) + r")[\s.*|<]")
# An office word opening a piece, as a whole word unless it ends with a dot: "GIÁM" in
# "| | GIÁM ĐỐC |", "Q." in "Q. GIÁM ĐỐC"; not the "BỘ" of "CÁN BỘ". Abbreviations are matched
# anywhere.
OFFICE_SIGN_IN = re.compile(
    "|".join(
        [_at_piece_start(w) + ("" if w.endswith(".") else _WORD_END) for w in _OFFICE_SIGNS if w not in ABBREVIATIONS]
        + [re.escape(w) for w in _OFFICE_SIGNS if w in ABBREVIATIONS]
    )
)


def read_signer(text: Text) -> Signer | None:
    """The signature: 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Hoàng Quốc Cứ'. Read in the last lines, or beside the last Nơi
    nhận block when tables or footnotes follow it; when none is there (the last block is an attached form's: "Nơi
    nhận: - Như trên; - Lưu VT." / "XÁC NHẬN CỦA CƠ QUAN", realdocs fd4c4d6e), beside the document's own first
    block, then the others (_EARLIER_BLOCKS at most)."""
    # The document ends where a legal library's notices to its members start (site_chrome): its signature is above them.
    last = len(text.lines)
    if (end := document_end(text.flat)) < len(text.flat):
        last = next((k for k, ln in enumerate(text.lines) if ln.flat_start >= end), last)
    first = max(0, last - SIGNATURE_LINES)
    blocks = []  # the Nơi nhận lines, last first
    for i in noi_nhan_lines(text):  # from the last line up
        if NOI_NHAN.match(text.lines[i].text) and (not blocks or blocks[-1] != i):
            blocks.append(i)
    if blocks and blocks[0] < first:
        # Tables or footnotes may follow the signature: then it sits beside the Nơi nhận block.
        lines = text.lines[blocks[0] : blocks[0] + SIGNATURE_LINES]
    else:
        lines = text.lines[first:last]
        if first < HEADER_LINES:
            # A short copy: the window holds the header, whose authority line under a Quyết định's
            # title ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU") is no signature. The signature follows
            # the body's first line ("Căn cứ …", "Kính gửi: …").
            for k in range(first, min(len(text.lines), HEADER_LINES)):
                if _may_open_body(t := text.lines[k].text) and BODY_START.match(_clean(t)):
                    lines = text.lines[k:]
                    break
    signer = _signer_in(lines)
    # The document's own block is its first (the attached forms follow it), then the others from the last up. A form's
    # signature names an office and no one ("THỦ TRƯỞNG CƠ QUAN, TỔ CHỨC" / "(Ký, ghi rõ họ tên)"): the document's
    # own, named, is read instead when there is one (realdocs 5eaeb632).
    for i in ([blocks[-1]] + blocks[1:-1])[:_EARLIER_BLOCKS] if len(blocks) > 1 else ():
        if signer is not None and signer.name is not None:
            break
        earlier = _signer_in(text.lines[i : i + SIGNATURE_LINES])
        if earlier is not None and (signer is None or earlier.name is not None):
            signer = earlier
    if signer is None and not blocks:
        # No Nơi nhận block, and an attachment after the signature (a Quyết định's Điều lệ, realdocs 1f9faa03): the
        # first authority mark past the header opens it.
        marks = sorted({i for m in _AUTHORITY_MARK_WORDS for i in lines_with(text, m) if HEADER_LINES <= i < first})
        for i in marks[:_EARLIER_BLOCKS]:
            if AUTHORITY_MARK_IN.search(text.lines[i].text) and (found := _signer_in(text.lines[i : i + 8])) is not None:
                return found
    return signer


# The authority marks looked for by ``lines_with`` when a signature sits above an attachment.
_AUTHORITY_MARK_WORDS = ("TM.", "KT.")


def _authority_tail(pieces: list[_Piece], i: int, rest: str) -> tuple[str, int]:
    """An authority line's words (``rest``) with the pieces from ``i`` that go on with it: "TM. ỦY BAN NHÂN" / "DÂN" (in
    capitals, no office, AUTHORITY_TAIL_WORDS at most); and the index after them."""
    while (
        i < len(pieces)
        and is_all_caps(pieces[i].text)
        and not _starts_with(pieces[i].text, OFFICE_HEADS)
        and len(pieces[i].text.split()) <= AUTHORITY_TAIL_WORDS
    ):
        rest += " " + pieces[i].text
        i += 1
    return rest, i


# The Nơi nhận blocks read for a signature before the last one's (an attached form's).
_EARLIER_BLOCKS = 2


def _signer_in(lines) -> Signer | None:
    """The signature in ``lines`` (see read_signer)."""
    raws = [ln.text for ln in lines]
    # The signature opens at the first authority piece, else at the first office title: only
    # lines holding an authority mark or an office word can hold it, so only theirs are cut.
    pieces: list[_Piece] = []
    for k, raw in enumerate(raws):
        if AUTHORITY_MARK_IN.search(raw):
            if k + 1 < len(raws) and LONE_MARK.match(_clean(raw)):
                # "**KT." / "CỤC TRƯỞNG **" / "**PHÓ CỤC TRƯỞNG**": the mark broken from its office by the copy.
                raw = f"{_clean(raw)} {_clean(raws[k + 1])}"
                raws[k], raws[k + 1] = raw, ""
            if (unglued := _unglued_signature(raw)) is not None:
                raws[k] = raw = unglued
            elif any(w in raw for w in _FLAT_CLOSING_WORDS) and (flat := _flat_signature(raw)) is not None:
                raws[k] = raw = flat
            for i, p in enumerate(_pieces([raw], k)):
                if AUTHORITY.match(p.text) and is_all_caps(p.text.split(".", 1)[-1]):
                    pieces = _pieces([raw], k)[i:]
                    break
            if pieces:
                break
    if not pieces:
        for k, raw in enumerate(raws):
            if OFFICE_SIGN_IN.search(raw):
                line_pieces = _pieces([raw], k)
                for i, p in enumerate(line_pieces):
                    if is_all_caps(p.text) and _starts_with(p.text, OFFICE_HEADS) and len(p.text) < 40:
                        pieces = line_pieces[i:]
                        break
                    if i == len(line_pieces) - 1 and k + 1 < len(raws) and is_all_caps(p.text):
                        # An office title broken over two lines: "CHỦ" / "TỊCH" (corpus 064).
                        nxt = _pieces([raws[k + 1]], k + 1)
                        joined = f"{p.text} {nxt[0].text}" if nxt else ""
                        if nxt and is_all_caps(nxt[0].text) and _starts_with(joined, OFFICE_HEADS) and len(joined) < 40:
                            pieces = [_Piece(joined, k + 1)] + nxt[1:]
                            break
                if pieces:
                    break
    if not pieces:
        return None
    pieces += _pieces(raws[pieces[0].line + 1 :], pieces[0].line + 1)
    pieces = [q for p in pieces for q in _split_signature_piece(p)]
    start = 0
    authority = None
    position = None
    name = None
    i = start
    # Authority lines may be broken: "TM. ỦY BAN NHÂN" / "DÂN".
    m = AUTHORITY.match(pieces[i].text)
    if m:
        rest, i = _authority_tail(pieces, i + 1, m.group("rest"))
        authority = _authority_case(m.group("mark"), rest)
        mark = m.group("mark")
        # "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH": the innermost authority wins, its broken line too
        # ("KT. CỤC TRƯỞNG CỤC QUẢN LÝ VÀ PHÁT TRIỂN" / "THỊ TRƯỜNG TRONG NƯỚC" under "TL. BỘ TRƯỞNG", realdocs 4276ec4c).
        for j in range(i, min(i + 6, len(pieces))):
            m2 = AUTHORITY.match(pieces[j].text)
            if m2 and is_all_caps(m2.group("rest")):
                rest, i = _authority_tail(pieces, j + 1, m2.group("rest"))
                authority = _authority_case(m2.group("mark"), rest)
                mark = m2.group("mark")
    # The position: the next office title (a merged Nơi nhận column may sit in between).
    for j in range(i, min(i + 6, len(pieces))):
        p = pieces[j].text
        if is_all_caps(p) and _starts_with(p, OFFICE_HEADS) and not AUTHORITY.match(p):
            position = _position_case(p)
            i = j + 1
            break
    if (
        position is None
        and m
        and _starts_with(m.group("rest") if not rest else rest, OFFICE_HEADS)
        and mark.replace("/", "").replace(".", "") not in FOR_ANOTHER_MARKS
    ):
        # "TM. BAN THƯỜNG VỤ" / "BÍ THƯ" is read above; an office after "TM." or "Q." with no
        # position line under it is the signer's own. Not after "KT.", "TL.", "TUQ.": one signs
        # for the holder of that office (a deputy, a subordinate), whose own office is not written.
        position = _position_case(rest)
    if position is None and authority is None:
        return None
    rest = pieces[i : i + NAME_PIECES]
    for k, p in enumerate(rest):
        t = NAME_TITLES.sub("", p.text.strip())
        if t.endswith(")") and (signed := SIGNED_MARK.search(t)):
            t = t[: signed.start()]
        if t.startswith(("-", "[", "(")) or any(c.isdigit() for c in t) or SECTION_NUMBER.match(t):
            continue  # (not a form's heading under its signature: "I. SƠ LƯỢC TIỂU SỬ BẢN")
        nxt = rest[k + 1].text.strip() if k + 1 < len(rest) and rest[k + 1].line == p.line + 1 else ""
        if t.title() in SURNAMES and nxt and nxt.isupper() == t.isupper():
            # A name broken after its family name: "**Bùi" / "Xuân Cường**" (corpus 043).
            t = f"{t} {nxt}"
        elif (
            nxt and not nxt.isupper() and _bold_goes_on(raws, p.line) and PERSON.match(f"{t} {nxt}")
            and len(f"{t} {nxt}".split()) <= _NAME_WORDS
        ):
            # …or after its middle name, the bold it is written in open over the break: "**Lê Tấn" / "Cận**" (realdocs
            # 9063e901, Công văn 17986/BTC-CT). Not a heading in capitals: "**BÁO" / "CÁO**".
            t = f"{t} {nxt}"
        if PERSON.match(t) and all(w[0].isupper() for w in t.split()) and not (t.isupper() and _starts_with(t, OFFICE_HEADS)):
            name = t.title() if t.isupper() else t
            break
    return Signer(name=name, position=position, authority=authority)


# The most words of a signer's name joined over a line break (_bold_goes_on).
_NAME_WORDS = 5


def _bold_goes_on(raws: list[str], k: int) -> bool:
    """Whether the bold that raws[k] opens is closed on the next line only: "**Lê Tấn" / "Cận**"."""
    return k + 1 < len(raws) and raws[k].count("**") % 2 == 1 and raws[k + 1].count("**") % 2 == 1 and raws[k].lstrip().startswith("**")


# The office titles a copy glues to the caps word before them, longest first: "THỨ TRƯỞNG" in "KT. BỘ
# TRƯỞNGTHỨ TRƯỞNG".
_GLUED_OFFICES: tuple[str, ...] = tuple(
    sorted((h for h in OFFICE_HEADS if " " in h and not h.endswith(".")), key=len, reverse=True)
)


def _unglued_signature(raw: str) -> str | None:
    """A signature whose lines a copy ran together, cut apart with column gaps: "KT. BỘ TRƯỞNGTHỨ
    TRƯỞNGNguyễn Viết Tiến" -> "KT. BỘ TRƯỞNG | THỨ TRƯỞNG | Nguyễn Viết Tiến". None when nothing is
    glued: an office title that follows a capital with no space, or a name (a capital and small
    letters) that follows two capitals."""
    m = AUTHORITY.match(raw.strip())
    if m is None:
        return None
    cuts: set[int] = set()
    s = raw
    for head in _GLUED_OFFICES:
        k = s.find(head, 1)
        while k > 0:
            end = k + len(head)
            if s[k - 1].isupper() and (end == len(s) or s[end] == " " or (s[end].isupper() and s[end + 1 : end + 2].islower())):
                cuts.add(k)
            k = s.find(head, k + 1)
    for i in range(2, len(s) - 1):
        if s[i].isupper() and s[i - 1].isupper() and s[i - 2].isupper() and s[i + 1].islower():
            cuts.add(i)  # "TRƯỞNGNguyễn": the signer's name
    if not cuts:
        return None
    out, last = [], 0
    for c in sorted(cuts):
        out.append(s[last:c])
        last = c
    out.append(s[last:])
    return " | ".join(out)


# The most pieces read after the signer's office for the name: a form's signature has none under its "(Ký tên, đóng
# dấu)", and the pieces after it are the next form's ("CHO THỦ ĐÔ HÀ NỘI", realdocs 5eaeb632).
NAME_PIECES = 6
# A roman section number opening a line: "I. " of "I. SƠ LƯỢC TIỂU SỬ BẢN" (no signer's name).
SECTION_NUMBER = re.compile(r"^[IVX]{1,4}\.\s")
# An authority mark alone on its line (its office on the next one): "**KT." (realdocs ce52cc3a).
LONE_MARK = re.compile(r"^(?:KT|TM|TL|TUQ|T/M|K/T|T/L)\.?$")
# The signature inside a document a copy printed on one line (a data export), after its Nơi nhận: "TM. ỦY BAN NHÂN DÂN
# CHỦ TỊCH Lê Trí Thanh" at the end of "… Nơi nhận: - Như Điều 2; - Lưu: VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Lê Trí
# Thanh": its authority mark after a space, its capitals, then the signer's name (a capital, then small letters).
FLAT_SIGNATURE = re.compile(
    rf"(?<=\s)(?:KT|TM|TL|TUQ|T/M|K/T|T/L)\s*\.?\s+[{_CAPS}](?:[{_CAPS}]|[\s,.\-–])*?\s(?=[{_CAPS}][a-zđ{_LOWER_LETTERS}]+\s)"
)


# The words of the Nơi nhận block before such a signature, on its line: "Lưu" ("Lưu: VT."), and its cheap gate.
_FLAT_CLOSING_WORDS = ("Lưu", "Nơi nhận")


def _flat_signature(raw: str) -> str | None:
    """The line ``raw`` with column gaps before its last signature (FLAT_SIGNATURE) and before the signer's name,
    so that its pieces are read as a signature's lines are; None without one, or without the Nơi nhận block's
    words before it (_FLAT_CLOSING_WORDS)."""
    last = None
    for last in FLAT_SIGNATURE.finditer(raw):
        pass
    if last is None or not any(0 <= raw.rfind(w, 0, last.start()) for w in _FLAT_CLOSING_WORDS):
        return None
    return f"{raw[: last.start()]}   {raw[last.start() : last.end()].rstrip()}   {raw[last.end() :]}"


# The words before an office's name that make one body's name with it: "ĐOÀN CHỦ TỊCH", "BAN BÍ THƯ", "BAN GIÁM ĐỐC".
_BODY_OF_OFFICES = frozenset({"ĐOÀN", "BAN"})


def _split_signature_piece(piece: _Piece) -> list[_Piece]:
    """A signature's lines that a table cell joined on one piece, cut at each office title after
    its start: "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" -> "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"; "T/M BAN THƯỜNG VỤ
    PHÓ BÍ THƯ" -> "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ". Only an authority piece in capitals is cut,
    and only one of a signature's length (SIGNATURE_PIECE_WORDS): a longer one is no signature
    cell, and cutting it would cost the square of its length."""
    m = AUTHORITY.match(piece.text)
    if not m:
        return [piece]
    words = piece.text.split(" ")
    if len(words) > SIGNATURE_PIECE_WORDS or not is_all_caps(m.group("rest")):
        return [piece]
    for k in range(2, len(words)):
        rest = " ".join(words[k:])
        # ("TM. ĐOÀN CHỦ TỊCH": the Presidium of a front committee is a body, not an office; so are "T/M BAN BÍ THƯ", the
        # Party's Secretariat (realdocs ca9ba61f, read "TM. Ban" / "Bí thư"), and "TM. BAN GIÁM ĐỐC".)
        # (Nor "KT. BỘ TRƯỞNG, CHỦ NHIỆM": two offices one holder holds, joined by a comma.)
        if (
            _starts_with(rest, OFFICE_HEADS)
            and not _starts_with(" ".join(words[k - 1 :]), OFFICE_HEADS)
            and words[k - 1] not in _BODY_OF_OFFICES
            and not words[k - 1].endswith(",")
        ):
            return [_Piece(" ".join(words[:k]), piece.line), *_split_signature_piece(_Piece(rest, piece.line))]
    return [piece]


def _without_stamp(pieces: list[_Piece]) -> list[_Piece]:
    """The header's pieces without a "received" stamp (RECEIVED_STAMP): the piece holding "ĐẾN",
    the receiving body's name just above it when "ĐẾN" opens its piece, and the stamp's fields
    under it (STAMP_FIELD)."""
    for k, p in enumerate(pieces):
        m = RECEIVED_STAMP.search(p.text) if "ĐẾN" in p.text else None
        if m is None:
            continue
        drop = {k}
        above = pieces[k - 1].text if k else ""
        if not p.text[: m.start()].strip() and above and is_all_caps(above) and not MOTTO.search(above):
            drop.add(k - 1)
        for j in range(k + 1, min(k + 4, len(pieces))):
            if not STAMP_FIELD.match(pieces[j].text):
                break
            drop.add(j)
        return [q for i, q in enumerate(pieces) if i not in drop]
    return pieces


def _issuer_of_symbol(symbol: str) -> str | None:
    """The issuer a symbol names when it names one central body (BODY_CODES with a name): a copy
    headed "THÔNG TƯ SỐ 10/2022/TT-BLĐTBXH" alone is the Bộ Lao động - Thương binh và Xã hội's;
    "NQ-CP" the Chính phủ's, "2019/UBTVQH14" the Ủy ban Thường vụ Quốc hội's. None for a local body's
    code ("UBND", whose place the symbol does not give) and for a joint symbol ("TTLT-BYT-BTC")."""
    names = {
        BODY_CODES[code]
        for part in SYMBOL_PARTS.split(symbol)
        if (code := TERM_AFTER_CODE.sub("", part)) in BODY_CODES
    }
    if len(names) != 1 or None in names:
        return None
    return names.pop()


# Local organs named by the symbol's body code: "UBND" in "70/KH-UBND" (see _committee_of_city).
CITY_ORGAN_CODES: dict[str, str] = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"}


def _committee_of_city(symbol: str, place: str | None) -> str | None:
    """The people's committee (or council) of a centrally-run city whose document lost its issuer
    block (an OCR copy of a scan whose header is an image): the symbol's only body code is "UBND"
    and the place line is the city's, "Số 70/KH-UBND" / "Cần Thơ, ngày 15 tháng 9 năm 2025" -> "Ủy ban
    nhân dân thành phố Cần Thơ" (a district's or a commune's document is dated at its own place). Not
    for a province, whose capital city often bears its name ("Lạng Sơn, ngày …" is also the city
    Lạng Sơn's)."""
    city = province_name(place) if place else None
    if not city or not is_city(city):
        return None
    return _organ_of_province(symbol, city)


def _organ_of_province(symbol: str, province: str) -> str | None:
    """The people's committee (or council) of ``province`` when the symbol's only body code is "UBND" (or "HĐND"):
    "4001/UBND-ĐT" of "Hồ Chí Minh" -> "Ủy ban nhân dân thành phố Hồ Chí Minh"; None otherwise."""
    codes = [part for part in SYMBOL_PARTS.split(symbol) if part in BODY_CODES]
    if len(codes) != 1 or codes[0] not in CITY_ORGAN_CODES:
        return None
    return f"{CITY_ORGAN_CODES[codes[0]]} {province_level_word(province)} {province}"


# A word of a unit's name, for its initials: "KẾ", "HOẠCH", "TÀI", "CHÍNH" in "VỤ KẾ HOẠCH - TÀI CHÍNH".
UNIT_NAME_WORD = re.compile(r"[^\W\d_]+")
# The heads of the units whose initials a Công văn's symbol carries: "VỤ KẾ HOẠCH - TÀI CHÍNH" (KHTC).
CODED_UNIT_HEADS: tuple[str, ...] = ("VỤ ", "PHÒNG ", "BAN ", "CỤC ", "VĂN PHÒNG ", "TRUNG TÂM ", "VIỆN ")


def _type_of_symbol(symbol: str, bodies: list[str] | None = None) -> str:
    """The type a symbol names by its first part that is a type code, else "Công văn" (a Công văn's
    symbol names its issuer and unit only): "QĐ-UBND" and "2019/QĐ-UBND" -> Quyết định; a Party
    symbol, whose type comes before its committee, "KL/TU" -> Kết luận, "TB/HU" -> Thông báo (not
    the committee's code); "UBND-NCTH" -> Công văn; a code that is the initials of the issuing unit
    named in ``bodies`` ("KH-TC" under "VỤ KẾ HOẠCH - TÀI CHÍNH") names no type: Công văn."""
    parts = SYMBOL_PARTS.split(symbol)
    for k, part in enumerate(parts):
        if part in TYPE_CODES:
            if bodies and _names_unit(part, "".join(parts[k:]), bodies):
                return "Công văn"
            if k and any(p in BODY_CODES and p not in TYPE_CODES for p in parts[:k]) and _after_dash(part, symbol):
                # A type code after the issuer's own code and a dash is its unit's: "4396/BYT-KH-TC", a Công văn
                # of the Bộ Y tế drafted by its Vụ Kế hoạch - Tài chính (a type's code comes first: "KH-BYT";
                # an old symbol put it last after a slash: "18-BYT/TT", a Thông tư of 1979).
                return "Công văn"
            return TYPE_CODES[part]
    return "Công văn"


def _after_dash(code: str, symbol: str) -> bool:
    """Whether the first part ``code`` of a symbol follows a dash: "KH" in "BYT-KH-TC", not "TT" in "18-BYT/TT"."""
    m = re.search(r"(?<![^/-])" + re.escape(code) + r"(?![^/-])", symbol)
    return m is not None and m.start() > 0 and symbol[m.start() - 1] == "-"


def _names_unit(code: str, letters: str, bodies: list[str]) -> bool:
    """Whether a type code in a symbol is the initials of the issuing unit's name, not a type: "KH" in
    "123/KH-TC" under "VỤ KẾ HOẠCH - TÀI CHÍNH" (initials KHTC, the symbol's letters from the code
    "KHTC…"). The initials are those of the words after a unit's head (CODED_UNIT_HEADS), more letters than the
    code: a place's name is no unit ("KH-UBND" of "UBND HUYỆN KHÁNH HẢI" is a Kế hoạch), nor is a
    unit whose name is the type alone ("12/KH" under "PHÒNG KẾ HOẠCH" may be the unit's plan)."""
    letters = letters.upper()
    for body in bodies:
        # (The unit may be on its body's piece: "BỘ Y TẾ VỤ KẾ HOẠCH - TÀI CHÍNH".)
        name = f" {body.upper()}"
        at = max((k + 1 + len(h) for h in CODED_UNIT_HEADS if (k := name.rfind(f" {h}")) >= 0), default=None)
        if at is None:
            continue
        initials = "".join(w[0] for w in UNIT_NAME_WORD.findall(name[at:]))
        if len(initials) > len(code) and initials.startswith(code.upper()) and letters.startswith(initials):
            return True
    return False


def _gap_symbol(symbol: str) -> str | None:
    """The symbol of a Số line that lost its slash, when it is safely one: "DN-UBND" (a part is a
    body code), "KH-SYT", "CV-UBND"; None for other capitals after a number ("ĐƠN-VỊ"). One whose
    type code the slash follows, as a citation reads it (citation_anchors.SPACED_NUMSYM), only when it
    opens with a type code of two letters or more: "Số: 298 KH/TWĐTN" (a Đoàn plan), not "Số 5 A/B"."""
    parts = SYMBOL_PARTS.split(symbol)
    if "/" in symbol:
        return symbol if parts[0] in TYPE_CODES and len(parts[0]) >= 2 and parts[0] != "QH" else None
    return symbol if any(p in BODY_CODES or p in TYPE_CODES for p in parts) else None


def _is_paragraph(line: str) -> bool:
    """Whether a line under a title's first line is a paragraph of the body that opens with no
    body word: "Đại hội đại biểu Đảng bộ xã … đã thông qua Nghị quyết. Để tổ chức thực hiện…"
    (two sentences), "Ủy ban nhân dân xã xây dựng Kế hoạch như sau:" (an introduction), or a
    long line ending with a full stop. Title lines end a sentence only at their very end."""
    if line.endswith(":") or (line.endswith(".") and len(line) > PARAGRAPH_CHARS) or "./." in line:
        return True  # ("./.": the body's end mark, "… như sau./. Nơi nhận: …")
    return "." in line and any(line[m.end()].isupper() for m in SENTENCE_BREAK.finditer(line))


# The name a legal library's page gives a letter, on a line of its own under the text (its "Văn bản liên quan"): the
# type, number and symbol, the year or the date, the subject, then "do <issuer> ban hành": "Công văn 17899/BTC-VP năm
# 2025 bồi dưỡng, tập huấn nghiệp vụ thuế cho công chức, viên chức cấp xã do Bộ Tài chính ban hành" (realdocs
# 6a58c855, whose "V/v" line the page lost); "Công văn 6278/BVHTTDL-VP tập trung hoàn thành thực thi … năm 2025 do
# Bộ Văn hóa, Thể thao và Du lịch ban hành" (7f6efa59, no year after the symbol). The subject is the letter's V/v
# wherever both are written (realdocs 06690fd4, 0d99145e, 2249fe89, 8018a6f3 …); the last " do … ban hành" ends it.
LIBRARY_LETTER_NAME = re.compile(
    r"(?:năm \d{4} |ngày \d{1,2}/\d{1,2}/\d{4} )?(?P<subject>\S.*) do \S.* ban hành$"
)
# The date the page writes after the subject, in place of its year, on the name's second line ("… điều kiện kinh doanh
# ngày 20/11/2025 do …"): no part of the subject.
LIBRARY_DATE_TAIL = re.compile(r" ngày \d{1,2}/\d{1,2}/\d{4}$")


def _library_letter_subject(text: Text, number: str, symbol: str) -> str | None:
    """The subject of letter ``number``/``symbol`` as its library page names it (LIBRARY_LETTER_NAME), or None."""
    head = f"Công văn {number}/{symbol} "
    if head not in text.flat:
        return None
    lines = text.lines
    for k, ln in enumerate(lines):
        line = ln.text.strip()
        if not line.startswith(head):
            continue
        if line.endswith(" ban hành") and (m := LIBRARY_LETTER_NAME.match(line, len(head))):
            # (the last " do … ban hành" is the issuer's: "… bị tổn thất do bão lũ … sau bão gây ra do Cục Thuế ban hành")
            subject = LIBRARY_DATE_TAIL.sub("", m.group("subject"))
            return subject[:1].upper() + subject[1:]
        if k + 1 < len(lines) and lines[k + 1].text.strip() == LIBRARY_NAME_FOLLOWED_BY and (
            m := LIBRARY_LETTER_UNSIGNED_NAME.match(line, len(head))
        ):
            # A name without its issuer, the page's notice under it: "Công văn 4001/UBND-ĐT năm 2025 về Danh mục các mỏ
            # khoáng sản … theo Nghị quyết 66.4/2025/NQ-CP" / "Văn bản này chưa cập nhật nội dung Tiếng Anh" (realdocs
            # 76415b3e, a letter of UBND Thành phố Hồ Chí Minh).
            subject = m.group("subject")
            return subject[:1].upper() + subject[1:]
    return None


# The notice a library's page writes under the name it gives the document (site_chrome.SITE_CHROME_MARKERS).
LIBRARY_NAME_FOLLOWED_BY = SITE_CHROME_MARKERS[0]
# That name without its issuer: the year or the date, then the subject.
LIBRARY_LETTER_UNSIGNED_NAME = re.compile(r"(?:năm \d{4} |ngày \d{1,2}/\d{1,2}/\d{4} )(?P<subject>\S.{8,})$")


def _subject(text: Text, first: int = 0) -> str | None:
    """The trích yếu of a Công văn: '*V/v khẩn trương …' up to its closing '*' or the next cell (the
    header's lines from ``first``, see header_start)."""
    lines = text.lines[first : first + HEADER_LINES]
    for i, ln in enumerate(lines):
        cleaned = _clean(ln.text)
        if not SUBJECT_LINE.match(cleaned):
            continue
        raw = ln.text
        if raw.startswith("|") and raw.count("|") > 2:
            # A table's row: the subject's own cell, not the date's beside it ("| V/v hướng dẫn … | *Hà Nội,
            # ngày 15 tháng 09 năm 2026* |").
            raw = next((c for c in raw.split("|") if SUBJECT_LINE.match(_clean(c))), raw)
        parts = [_first_column(raw)]
        italic = ln.text.lstrip("|").lstrip().startswith("*") and not ln.text.rstrip().endswith("*")
        skipped = 0
        for k, nxt in enumerate(lines[i + 1 : i + 9], i + 1):
            if k - i - skipped > 4:
                break  # four lines of the subject's at most after its first
            c = _clean(nxt.text)
            if c and not italic and skipped < 4 and (RULE.match(c) or LONE_DATE_LINE.match(c) or not MOTTO.sub("", c).strip(" -–")):
                # The right column's lines, which a copy gave row by row between the subject's:
                # "V/v tăng cường công tác" / "CỘNG HÒA XÃ HỘI …" / "Độc lập - Tự do - Hạnh phúc" / "Hà
                # Giang, ngày 20 tháng 7 năm 2023" / "phòng chống dịch sốt xuất huyết".
                skipped += 1
                continue
            if not c or DATE_WORDS.search(c) or BODY_START.match(c):
                break
            # An italic subject runs to its closing '*'; a plain one goes on over the lines that
            # continue its sentence in lower case: "V/v báo cáo số lượng cán bộ, công chức" /
            # "cấp xã năm 2025" (a PDF or Word copy without markup), or over a capitalised line
            # just before the "Kính gửi:" line: "Về việc giải quyết chế độ cho thân nhân" /
            # "Anh hùng Lực lượng vũ trang" / "Kính gửi : …" (an OCR copy). (Not before the date
            # line: "Thành phố Hồ Chí" / "Minh, ngày …" is the start of the place.)
            if not italic and not c[0].islower() and not _ends_subject(c, lines[k + 1 : k + 3]):
                break
            parts.append(_first_column(nxt.text))
            if nxt.text.rstrip().endswith("*"):
                break
        return _subject_text(tidy(LONE_MARKS.sub("", " ".join(parts))))
    # A table's cell holding the Số line and the subject after it: "| Số: 1234/SYT-NVY V/v tăng
    # cường công tác phòng, chống dịch | *Kon Tum, ngày …* |".
    for ln in lines:
        if "V/" not in ln.text:
            continue
        for cell in ln.text.split("|"):
            c = _clean(cell)
            if c.startswith(NUMBER_LINE_HEADS) and (m := SUBJECT_IN_CELL.search(c)):
                return tidy(m.group(0))
    return None


def _first_column(raw: str) -> str:
    """A line's first column, when a text copy of a table set another beside it after a gap of spaces:
    "V/v triển khai công tác phòng," in "V/v triển khai công tác phòng,       Kính gửi: - Sở Y tế;"."""
    return _clean(COLUMN_GAP.split(raw.strip(), maxsplit=1)[0])


def _subject_text(subject: str) -> str:
    """A subject with its mark written "V/v" and the quotes an OCR copy put around it removed:
    '"Vv tăng cường công tác"' -> 'V/v tăng cường công tác'; other subjects as they are."""
    m = ODD_SUBJECT_MARK.match(subject)
    if m is None:
        return subject
    quoted = subject[0] in "\"“"
    rest = subject[m.end() :]
    if quoted:
        rest = rest.rstrip().removesuffix("”").removesuffix('"').rstrip()
    return tidy("V/v" + rest)


def _ends_subject(line: str, after: list) -> bool:
    """Whether a capitalised ``line`` under a plain subject is its last line: a short line, not in
    capitals, not the motto or a Số line, followed within ``after`` by "Kính gửi" (no date first)."""
    if len(line) > 80 or is_all_caps(line) or MOTTO.search(line) or line.startswith(NUMBER_LINE_HEADS):
        return False
    for ln in after:
        c = _clean(ln.text)
        if DATE_WORDS.search(c) or DATE_SLASHED.search(c):
            return False
        if c.startswith("Kính gửi"):
            return True
    return False


def _issuer_from_body(text: Text) -> str | None:
    flat = text.flat
    closings = list(CLOSING_ISSUER.finditer(flat[-6000:]))
    if closings:
        return tidy(closings[-1].group("issuer"))
    # The drafting body is a subject, not the issuer of a cited instrument ("của UBND tỉnh ban hành…").
    subjects = _drafting(flat)
    if subjects:
        return tidy(subjects[0].group("issuer"))
    if "ý kiến" in flat[:6000] and "như sau" in flat[:6000] and (opinion := OPINION_ISSUER.search(flat, 0, 6000)):
        return tidy(opinion.group("issuer"))
    if "như sau" in flat[:6000]:
        own = [
            m
            for m in OWN_STATEMENT_ISSUER.finditer(flat, 0, 6000)
            if not flat[max(0, m.start() - 8) : m.start()].endswith(NOT_A_SUBJECT_BEFORE) and not NOT_IN_A_NAME.search(m.group("issuer"))
        ]
        if own:
            return tidy(own[0].group("issuer"))
    if (grounds := GROUNDS_SUBJECT_ISSUER.search(flat, 0, 3000)) is not None and not _runs_over_a_name(grounds.group("issuer")):
        # "Sở Giáo dục và Đào tạo (GDĐT) yêu cầu …", "Ủy ban nhân dân (UBND) thành phố Hà Nội yêu cầu …": the short name
        # it defines is no part of it.
        return tidy(DEFINED_SHORT_NAME.sub("", grounds.group("issuer")))
    return None


def _runs_over_a_name(issuer: str) -> bool:
    """Whether a body's name read before a verb runs over words of the sentence (NOT_IN_A_NAME, or "về"
    that opens a subject: "Sở Y tế về việc tăng cường …")."""
    return NOT_IN_A_NAME.search(issuer) is not None or " về " in issuer


def _drafting(flat: str) -> list[re.Match]:
    """The sentences of the first characters naming the body that drafts a plan (BODY_ISSUER), not
    the issuer of a cited instrument ("của UBND tỉnh ban hành…")."""
    return [m for m in BODY_ISSUER.finditer(flat, 0, 6000) if not flat[max(0, m.start() - 5) : m.start()].endswith("của ")]


def _own_type_from_body(text: Text) -> tuple[str | None, str | None]:
    """The type and the title of a document without a header, from the sentence that drafts it: "Ủy ban
    nhân dân thành phố ban hành Kế hoạch triển khai như sau:" -> ("Kế hoạch", None) (only a sentence that
    ends announcing the document's content, ITSELF_FOLLOWS: "… ban hành Kế hoạch số 12 …;" cites another);
    "Trường THPT X xây dựng Kế hoạch thực hiện các giải pháp nâng cao chất lượng giáo dục năm học 2023-2024,
    cụ thể như sau:" -> ("Kế hoạch", "Thực hiện các giải pháp … năm học 2023-2024") (see _own_title)."""
    for m in _drafting(text.flat)[:1]:
        if (follows := ITSELF_FOLLOWS.match(text.flat, m.end())) is not None:
            return m.group("type").capitalize(), _own_title(follows.group())
    return None, None


# The words that close a drafting sentence before its "như sau:", no part of the title: ", cụ thể" in "…
# năm học 2023-2024, cụ thể như sau:", " với các nội dung", " gồm", " bao gồm", " cụ thể".
OWN_TITLE_END = re.compile(r"(?:\s*,?\s*(?:cụ thể|với|gồm|bao gồm|có|với các nội dung|(?:các|những) nội dung(?: chủ yếu| cụ thể)?(?: như)?)\s*)*$")
# The fewest words of a title read from the drafting sentence ("triển khai" alone in "… ban hành Kế hoạch
# triển khai như sau:" is no title).
OWN_TITLE_WORDS = 5


def _own_title(follows: str) -> str | None:
    """The title a drafting sentence gives the document, the words between its type and its "như sau:"
    (ITSELF_FOLLOWS' match), without the words that close the sentence (OWN_TITLE_END); None when they are
    fewer than OWN_TITLE_WORDS words or cite an instrument ("số 12/KH-UBND …")."""
    words = re.sub(r"\s*(?:như sau|(?:các|những) nội dung (?:chủ yếu |cụ thể )?(?:như )?sau(?: đây)?)\s*:$", "", follows.strip())
    words = OWN_TITLE_END.sub("", words).strip(" ,")
    if len(words.split()) < OWN_TITLE_WORDS or words.startswith(("số ", "Số ")):
        return None
    return words[0].upper() + words[1:]


def _fix_place_typo(name: str, district: str | None) -> str:
    """'Ủy ban nhân dân huyện Đông Văn' -> '… huyện Đồng Văn' when the document is in Đồng Văn."""
    if not district:
        return name
    for level in ("huyện ", "Huyện ủy "):
        i = name.rfind(level)
        if i >= 0:
            written = name[i + len(level) :]
            if written != district and district_name(written) == district:
                return name[: i + len(level)] + district
    return name


def _fix_province_typo(name: str | None, province: str | None) -> str | None:
    """'Ủy ban nhân dân tỉnh Dình Định' -> '… tỉnh Bình Định' when the document is of Bình Định (its
    place line, its body) and the name written after "tỉnh" is no province but one letter off it."""
    if not name or not province:
        return name
    i = name.rfind("tỉnh ")
    if i < 0:
        return name
    written = name[i + 5 :]
    if written == province or province_name(written) or not _one_letter_off(written, province):
        return name
    return name[: i + 5] + province


def _province_spelled(name: str | None, province: str | None) -> str | None:
    """'Ủy ban nhân dân tỉnh Kontum' -> '… tỉnh Kon Tum': the document's province written after "tỉnh"
    another way ("Bà Rịa-Vũng Tàu", "Thừa Thiên - Huế", "Đăk Nông") takes the province list's spelling."""
    if not name or not province or name.endswith(province):
        return name
    i = name.rfind("tỉnh ")
    if i < 0 or province_name(name[i + 5 :]) != province:
        return name
    return name[: i + 5] + province


def _one_letter_off(a: str, b: str) -> bool:
    """Whether two names of the same length differ by one letter: 'Dình Định', 'Bình Định'."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def header_start(text: Text) -> int:
    """The index of the header's first line: 0, or, when the national motto first opens a piece past
    the first MOTTO_LATE lines or below a line that opens a body (BODY_START: a web copy's page
    furniture above the header), the first line of the issuer
    block above the motto: the lines just above it (ISSUER_BLOCK_LINES at most) that are in capitals,
    rules or bare table bars ("**ỦY BAN NHÂN" / "DÂN**" / "**TỈNH BẮC NINH**" / "--------" / "|"),
    not the furniture ("Tình trạng: | Đã biết", "Kính gửi: Quý Cơ quan…")."""
    head = text.original[:HEADER_CHARS]
    if "CỘNG H" not in head and "ĐẢNG CỘNG SẢN" not in head and "CỘNG\n" not in head and "\nCỘNG SẢN" not in head:
        return 0
    lines = text.lines
    for k, ln in enumerate(lines):
        if ln.start >= HEADER_CHARS:
            break
        if "CỘNG" not in ln.text:
            continue
        # A header printed on one line (see _reflow_merged_header) under a web page's title and
        # summary: "Nội dung Text: Quyết định số 05/2019/QĐ-UBND" / "1. ỦY BAN NHÂN DÂN CỘNG HÒA XàHỘI …
        # Số: 05/2019/QĐUBND Trà Vinh, ngày 12 tháng 3 năm 2019 QUYẾT ĐỊNH …" starts at its line.
        if k and _is_merged_header(ln.text):
            return k  # (its issuer block is on it: the lines above are the page's)
        if not any(p.strip().startswith(MOTTO_HEADS) for p in COLUMN_GAP.split(_unmark(ln.text))) and not _motto_broken_at(k, lines):
            continue
        if k <= MOTTO_LATE and not any(BODY_START.match(c) or LIBRARY_FIELD.match(c) for j in range(k) if (c := _clean(lines[j].text))):
            return 0
        start = k
        for j in range(k - 1, max(k - 1 - ISSUER_BLOCK_LINES, -1), -1):
            c = _clean(lines[j].text)
            # A Công văn's Số line and trích yếu sit under its issuer, above the motto when a copy
            # gives the two columns one after the other: "BỘ GIÁO DỤC VÀ ĐÀO TẠO" / "____" / "Số:
            # 1277/BGDĐT-QLCL" / "V/v hướng dẫn tổ chức Kỳ thi …" / "CỘNG HÒA XÃ HỘI …".
            # (A word alone in capitals counts: "**BAN" / "CHẤP HÀNH TRUNG ƯƠNG**", which is_all_caps takes for a code.)
            if c and not RULE.match(c) and not is_all_caps(c) and not c.isupper() and not _numbered_or_subject(c):
                break
            start = j
        return start
    return 0


def _motto_broken_at(k: int, lines) -> bool:
    """Whether the motto or the Party's name opens on line ``k`` or the line above, broken over the two by the copy:
    "**CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**" (a web page's copy of the header, under its summary), "**ĐẢNG CỘNG" /
    "SẢN VIỆT NAM**" (realdocs b3f47f15), "**ĐẢNG" / "CỘNG SẢN VIỆT NAM**" (realdocs 53b3997d)."""
    line = _clean(lines[k].text)
    if k + 1 < len(lines) and _broken_head(line, _clean(lines[k + 1].text)):
        return True
    return k > 0 and _broken_head(_clean(lines[k - 1].text), line)


def _broken_head(first: str, second: str) -> bool:
    """Whether ``first`` opens a motto head (MOTTO_HEADS) that ``second`` completes."""
    return bool(first) and any(h.startswith(first + " ") for h in MOTTO_HEADS) and f"{first} {second}".startswith(MOTTO_HEADS)


# The month word of DAMAGED_DATE in lower case, each way its "a" may be written ("th[aàáảãạ]ng"): a line without one
# is not searched (DAMAGED_DATE opens with a lookbehind and a letter in either case, tried at every character).
_MONTH_WORDS = tuple(f"th{a}ng" for a in "aàáảãạ")


def _may_hold_month_word(line: str) -> bool:
    """Whether ``line`` in lower case holds one of _MONTH_WORDS, as every DAMAGED_DATE match does."""
    if "g" not in line and "G" not in line:
        return False
    low = line.lower()
    return any(w in low for w in _MONTH_WORDS)


def _whole_date_numbers(line: str, d: re.Match) -> bool:
    """Whether a DAMAGED_DATE match may be read as a date: one whose day or month an OCR cut apart ("ngày 26
    tháng 0 6 năm 2018") only on a place's line ("Hà Nội, " before it) and when the joined numbers are a
    day and a month (not "ngày 3 1 tháng" read 31 anywhere else, nor a month "1 5")."""
    day, month = d.group("day"), d.group("month")
    if " " not in day and " " not in month:
        return True
    return line[: d.start()].rstrip().endswith(",") and 1 <= int(day.replace(" ", "")) <= 31 and 1 <= int(month.replace(" ", "")) <= 12


# Pure (a str for a str), so memoised: the motto, the type line and the head lines of a body recur in every document
# of a kind ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH": 154 distinct of 375 lines
# over 40 plans).
@lru_cache(maxsize=8192)
def _unglued(line: str) -> str:
    """A header line with the words a copy ran together cut apart (GLUED_WORDS), the date words
    an OCR cut apart joined (SPLIT_DATE_WORD), a damaged date line written plainly (DAMAGED_DATE) and two
    syllables in capitals run together cut apart ("TRIỂNKHAI", names.unglue_capitals)."""
    if " gày" in line or " áng" in line:
        line = SPLIT_DATE_WORD.sub(r"\1\2", line)
    if _may_hold_month_word(line) and (d := DAMAGED_DATE.search(line)) is not None and _whole_date_numbers(line, d):
        day, month = d.group("day").replace(" ", ""), d.group("month").replace(" ", "")
        plain = f"ngày {day} tháng {month} năm {d.group('year').replace(' ', '')}"
        if d.group(0).lower() != plain:  # (a sound date line is left as written: "NGÀY 03 THÁNG 10")
            line = line[: d.start()] + plain + line[d.end() :]
    return unglue_capitals(GLUED_WORDS.sub(" ", line))


def _numbered_or_subject(line: str) -> bool:
    """Whether a line is a Số line ("Số: 1277/BGDĐT-QLCL") or a Công văn's trích yếu ("V/v hướng dẫn …")."""
    return (line.startswith(NUMBER_LINE_HEADS) and NUMBER_LINE.match(line) is not None) or line.startswith(OPENING_SUBJECT)


def _is_merged_header(line: str) -> bool:
    """Whether a line is a header printed on one line: long, with a motto near its start and a Số line."""
    return len(line) > MERGED_HEADER_CHARS and MOTTO.search(line[:600]) is not None and NUMBER_LINE.search(line[:HEADER_CHARS]) is not None


def _reflow_merged_header(line: str) -> str | None:
    """The lines of a header that a copy printed on one line (a document viewer's text of a PDF):
    "UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do -
    Hạnh phúc Số : 2917 /SGDĐT-VP Phan Rang-Tháp Chàm, ngày 05 tháng11 năm 2010 V/v báo cáo … Kính
    gửi: …" is cut before and after each motto, before the Số line, the place of the date, "V/v" and
    "Kính gửi". None when the line holds no motto and no Số line (a paragraph)."""
    head = LIST_NUMBER_BEFORE_BODY.sub("", line, count=1)
    mottos = list(MOTTO.finditer(head))
    if not mottos:
        return None
    number = NUMBER_LINE.search(head)
    # A header without its Số line (a report's, a school's) is cut at its date line after the motto:
    # "UBND HUYỆN THÁI THỤY PHÒNG GIÁO DỤC & ĐÀO TẠO ------ CỘNG HOÀ … Hạnh phúc Thụy Dương, ngày 07
    # tháng 12 năm 2010 BÁO CÁO …".
    d = DATE_WORDS.search(head, number.end() if number else mottos[-1].end())
    if number is None and (d is None or d.start() - mottos[-1].end() > PLACE_TAIL_CHARS):
        return None
    cuts = {number.start()} if number else set()
    for m in mottos:
        cuts.update((m.start(), m.end()))
    if d:
        place = _place_before(head, d.start())
        cuts.add(head.rfind(place, 0, d.start()) if place else d.start())
        cuts.add(d.end())
        if t := MERGED_TYPE.match(head, d.end()):
            # "… năm 2007 QUYẾT ĐỊNH BAN HÀNH … BỘ TRƯỞNG BỘ … Căn cứ …": the type, the title, its
            # authority and the body.
            cuts.add(t.end())
            body = MERGED_BODY_BREAK.search(head, t.end())
            if body:
                cuts.add(body.start())
            if a := MERGED_AUTHORITY.search(head, t.end(), body.start() if body else len(head)):
                cuts.add(a.start())
                if term := MERGED_TERM.search(head, a.end(), body.start() if body else len(head)):
                    cuts.add(term.start())  # "HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN" / "KHÓA XVIII, KỲ HỌP THỨ 25", its own line
    for m in MERGED_HEADER_BREAK.finditer(head):
        cuts.add(m.start())
    if unit := MERGED_UNIT.match(head[: min(cuts)]):
        cuts.add(_merged_unit_start(unit))
    bounds = sorted(c for c in cuts if 0 < c < len(head))
    parts = [head[a:b].strip(" ,") for a, b in zip([0, *bounds], [*bounds, len(head)])]
    return "\n".join(p for p in parts if p)


def _merged_unit_start(unit: re.Match) -> int:
    """Where the unit of a MERGED_UNIT match starts on its body's line."""
    return next(unit.start(g) for g in ("unit", "school", "cell", "office") if unit.group(g) is not None)


def read_header(text: Text) -> Header:
    """Read the document's own type, number, symbol, issuer, place, date, title and signer."""
    first = header_start(text)
    for k in range(first, min(first + 3, len(text.lines))):
        # A header printed on one line (in the first lines): read from its lines, reflowed.
        ln = text.lines[k]
        if len(ln.text) > MERGED_HEADER_CHARS and "CỘNG" in ln.text[:600]:
            # (Only the line's first HEADER_CHARS are cut: a damaged copy on one line of megabytes is
            # not searched again whole.)
            reflowed = _reflow_merged_header(ln.text[:HEADER_CHARS])
            if reflowed is not None:
                lines = text.lines
                rest = ln.text[HEADER_CHARS:]
                text = make_text(
                    "\n".join([*(x.text for x in lines[:k]), reflowed + rest, *(x.text for x in lines[k + 1 :])])
                )
            break
    head_lines = text.lines[first : first + HEADER_LINES]
    if first:
        limit = head_lines[0].start + HEADER_CHARS
        head_lines = [ln for ln in head_lines if ln.start < limit]
    else:
        head_lines = [ln for ln in head_lines if ln.start < HEADER_CHARS]
    # Pieces are cut only as far as they are read: up to the type line and the title under it,
    # or up to the first line of the body.
    cut = _iter_pieces(_unglued(ln.text) for ln in head_lines)
    pieces: list[_Piece] = []
    head_text = "\n".join(ln.text for ln in head_lines[:ISSUER_BLOCK_LINES + 4])
    # A header with neither motto nor Số line in its first lines (see _type_then_title).
    bare_header = MOTTO.search(head_text) is None and NUMBER_LINE.search(head_text) is None

    # Type line and title.
    type_at = None
    doc_type = None
    title_pieces = 0  # how many pieces after the type line the title may be read from (cut as read)
    for p in cut:
        if BODY_START.match(p.text):
            if len(pieces) == 1 and (both := _type_then_title(pieces[0].text, pieces, alone=True)) is not None:
                # "KẾ HOẠCH TỔ CHỨC KỶ NIỆM 90 NĂM …" / "Căn cứ …": a copy that opens with the
                # document's type and title on one line, then its body (a web page's heading).
                doc_type, rest = both
                first = pieces[0]
                pieces = [_Piece(first.text[: -len(rest)].rstrip(), first.line), _Piece(rest, first.line)]
                type_at = 0
            elif 1 <= len(pieces) <= 2 and (heading := MIXED_TYPE_HEADING.match(pieces[-1].text)) and _is_heading(pieces[-1].text):
                # "Kế hoạch Tháng Thanh niên năm 2021" / "Căn cứ …": a web copy's heading, the type in
                # lower case, then the title (under the body's name, or alone).
                doc_type = TYPE_WORDS[heading.group(1).lower()]
                last = pieces[-1]
                pieces[-1:] = [_Piece(heading.group(1), last.line), _Piece(last.text[heading.end() :], last.line)]
                type_at = len(pieces) - 2
            break  # the body: the pieces before it are the header
        pieces.append(p)
        t = _type_of(p.text) or _garbled_type(p.text, pieces)
        if t is None and len(pieces) >= 2 and (type_word := pieces[-2].text).isupper() and " " not in type_word and (
            t := _type_of(f"{type_word} {p.text}")
        ):
            # "**QUYẾT" / "ĐỊNH**" (QĐ 3361/QĐ-BCT, a legal library's copy that wrapped its type line after the first
            # word): one type line.
            pieces[-2:] = [_Piece(f"{type_word} {p.text}", pieces[-2].line)]
        if t is None and (both := _type_then_title(p.text, pieces, bare_header=bare_header)) is not None:
            t, rest = both
            pieces[-1:] = [_Piece(p.text[: -len(rest)].rstrip(), p.line), _Piece(rest, p.line)]
            type_at, doc_type = len(pieces) - 2, t
            title_pieces = 10
            break
        if t:
            type_at, doc_type = len(pieces) - 1, t
            title_pieces = 11  # the title is read from the 11 pieces after the type line
            break
    before = pieces[: type_at if type_at is not None else len(pieces)]
    if any("ĐẾN" in p.text for p in before):
        before = _without_stamp(before)

    # Number and symbol, date and place: from the pieces before the type line.
    zone = " ".join(p.text for p in before)
    zone_no_motto = MOTTO.sub(" ", zone)
    number, symbol = _number_and_symbol(zone_no_motto, doc_type)
    date = place = None
    d = DATE_WORDS.search(zone_no_motto) or DATE_SLASHED.search(zone_no_motto)
    if d is None and "ngày" in zone_no_motto and (dashed := DATE_DASHED.search(zone_no_motto)) is not None:
        d = dashed
    if d:
        date = _iso(d.group("day"), d.group("month"), d.group("year"))
        place = _place_before(zone_no_motto, d.end("place") if d.re is DATE_DASHED else d.start())
        if place and " " in place:
            place = _place_on_dates_line(before, d.group(0)) or place
    elif "năm" in zone_no_motto and (blank := BLANK_DATE.search(zone_no_motto)) is not None:
        # A draft or a copy signed digitally, its date left blank: "Hà Nội, ngày   tháng   năm".
        place = _place_before(zone_no_motto, blank.start())
    if date and symbol and (year := _year_in_symbol(symbol)) and abs(int(date[:4]) - int(year)) > 1:
        # "Số: 05/2019/QĐ-UBND" with a date of 2015 read past the header ("Căn cứ Luật … ngày 19
        # tháng 6 năm 2015" in a copy whose type line was lost): the symbol's year is the
        # document's, the date another's. (A year apart may be the document's own: a resolution
        # passed in December and numbered in the year it takes effect.)
        date = place = None
    if date is None:
        passed = PASSED_ON.search(text.flat)
        if passed and doc_type == "Nghị quyết":
            date = _iso(passed.group("day"), passed.group("month"), passed.group("year"))

    # Issuer block: all-caps pieces before the Số line, motto removed.
    block: list[str] = []
    consolidated = False
    beside_motto_end = False  # a body read on the line that ends the motto ("… Hạnh phúc")
    for p in before:
        if beside_motto_end and symbol is None:
            # A header with no Số line ends with the line that holds the motto's end beside the
            # body: "TRƯỜNG TIỂU HỌC LÊ VĂN TÁM Độc lập – Tự do – Hạnh phúc" / "CHUYÊN ĐỀ HƯỚNG DẪN
            # …" (the capitals below are a heading, not a unit).
            break
        s = MOTTO.sub(" ", p.text).strip(" -–")
        if s.startswith("Y BAN "):
            s = DROPPED_U.sub("ỦY BAN ", s, count=1)
        if "TRƯỜNG ĐH " in s or "TRƯỜNG CĐ " in s:
            s = SCHOOL_KIND_CODE.sub(lambda m: SCHOOL_KIND_CODES[m.group(1)], s)
        if "l" in s and CAPS_OCR_L.search(s) and is_all_caps(unl := CAPS_OCR_L.sub("I", s)):
            s = unl  # an OCR copy's "l" for "I" in a name in capitals: "TRƯỜNG ĐAl HỌC VlNH"
        if s.startswith("VĂN BẢN HỢP NHẤT"):
            if s == "VĂN BẢN HỢP NHẤT":
                consolidated = True  # the banner broken before its issuer: "VĂN BẢN HỢP NHẤT -" / "BỘ …"
                continue
            if banner := CONSOLIDATED_BANNER.match(s):
                s, consolidated = s[banner.end() :], True
        number_line = (
            s.startswith(NUMBER_LINE_HEADS)
            or (s.startswith("S:") and NUMBER_LINE.match(s) is not None)
            or (" SỐ" in s and TYPED_NUMBER_LINE.match(s) is not None)
        )
        number_after = False
        if not number_line and symbol and (" Số" in s or " SỐ" in s) and head_lines[p.line].text.startswith("|") and not is_all_caps(s):
            # A table cell whose lines a copy ran into one, the Số line after the body's names: "| BỘ GIÁO
            # DỤC VÀ ĐÀO TẠO **TRƯỜNG ĐẠI HỌC VINH** Số: 123/QĐ-ĐHV |" (the names are read, then the block
            # ends). Only in a table's cell: a plain line that runs on past its Số line is damaged
            # ("BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH …", the Youth Union's).
            n = NUMBER_LINE.search(s)
            if n is not None and n.start() > 0 and is_all_caps(name := s[: n.start()].strip(" -–,")):
                s, number_after = name, True
        if not s or number_line or DATE_WORDS.search(s) or DATE_SLASHED.search(s) or SUBJECT_LINE.match(s):
            if number_line:
                break
            continue
        # A piece holding the motto beside the body, a PDF copy's two columns merged without a
        # gap, keeps the body: "UBND TỈNH LONG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM". (A short name an OCR
        # spelled without marks reads as an acronym: "SO Y TE" is kept when it names a known body.)
        if block and _ends_cut_place(block[-1], s):
            # The end of a place's name that the left column wrapped beside the motto: "ỦY BAN NHÂN DÂN
            # TỈNH KON" / "TUM" ("TUM" alone reads as an acronym, not a line of names).
            block[-1] += " " + s
            beside_motto_end = "hạnh phúc" in p.text.lower()
            continue
        if is_all_caps(s) or (s.isascii() and marked_body(s) is not None) or _broken_head_word(s):
            school = s if s.startswith(SCHOOL_HEAD) else block[-1] if block and block[-1].startswith(SCHOOL_HEAD) else None
            if school and (heading := HEADING_AFTER_NAME.search(s, len(SCHOOL_HEAD) if s is school else 0)):
                # A school's name ends before the heading that follows it, on its line or the next:
                # "TRƯỜNG MN-TH SAO MAI TUYÊN TRUYỀN PHÒNG CHỐNG DỊCH BỆNH MÙA HÈ".
                if s is school:
                    block.append(s[: heading.start()].strip())
                break
            # A unit on its body's line, one space apart or run together ("UBND TỈNH HÀ GIANGSỞ Y
            # TẾ"): two bodies (MERGED_UNIT).
            if (unit := MERGED_UNIT.match(s)) and (at := _merged_unit_start(unit)) > 0:
                block.extend((s[:at].strip(), s[at:]))
            elif " TỔ " in s and (group := SCHOOL_AND_GROUP.match(s)) is not None:
                block.extend((group.group("school"), group.group("group")))
            else:
                block.append(s)
            beside_motto_end = "hạnh phúc" in p.text.lower()
            if number_after:
                break
    if len(block) >= 2 and any(YOUTH_MOTTO.match(b) for b in block) and not all(YOUTH_MOTTO.match(b) or CENTRAL_BOARD.match(b) for b in block):
        # "ĐOÀN TNCS HỒ CHÍ MINH" heads the right column of a Youth Union committee's documents, as
        # the Party's name heads a Party body's: "HUYỆN ĐOÀN ĐỒNG VĂN      ĐOÀN TNCS HỒ CHÍ MINH" /
        # "BCH ĐOÀN XÃ LŨNG CÚ". Beside the central committee alone it is the committee's name:
        # "BAN CHẤP HÀNH TRUNG ƯƠNG      ĐOÀN TNCS HỒ CHÍ MINH".
        block = [b for b in block if not YOUTH_MOTTO.match(b)]
    elif len(block) == 2 and YOUTH_MOTTO.match(block[0]) and CENTRAL_BOARD.match(block[1]):
        # The Union's name above its central committee ("ĐOÀN TNCS HỒ CHÍ MINH" / "BAN CHẤP HÀNH TRUNG
        # ƯƠNG" / "***"), read as beside it: the committee is the Union's, not the Party's.
        block = [block[1], block[0]]
    if block and block[0].isascii() and (marked := marked_block(block)) is not None:
        # An OCR copy that lost every mark of its header: "BO GIAO DUC VA DAO TAO" is read as "BỘ GIÁO DỤC VÀ
        # ĐÀO TẠO" when it names a known body (unmarked_bodies.py).
        block = marked
    # A piece that is only a motto fragment ("CỘNG", "HÒA XÃ HỘI") sits in the right column.
    joined = MOTTO.sub("\x00", "\n".join(block))
    block = [b for b in joined.split("\n") if b and "\x00" not in b and not GAZETTE_SECTION.match(b)]
    bodies = _split_bodies(block)
    if len(bodies) >= 2:
        # The gazette's section heading names the issuer above its header: "ỦY BAN THƯỜNG VỤ QUỐC
        # HỘI" / "ỦY BAN THƯỜNG VỤ QUỐC HỘI" is one body, not a body under itself.
        bodies = [b for k, b in enumerate(bodies) if not k or _words(b) != _words(bodies[k - 1])]
        for k in range(1, len(bodies)):
            words, above = _words(bodies[k]), _words(bodies[k - 1])
            if len(words) > len(above) and words[: len(above)] == above:
                # A heading that opens with the body's whole name, a news item's under its body: "CÔNG
                # ĐOÀN TRUNG TÂM X" / "CÔNG ĐOÀN TRUNG TÂM X CHĂM LO TẾT NGUYÊN ĐÁN CHO ĐOÀN VIÊN".
                bodies = bodies[:k]
                break

    # Title: the lines after the type line, up to the body.
    title = None
    authority_line = None
    if type_at is not None:
        parts: list[str] = []
        caps_title = None
        after = _TitlePieces(pieces, cut, len(pieces) + title_pieces)
        for k, p in after.numbered_from(type_at + 1):
            s = p.text
            # The first line is the title even when it opens like a body ("Thực hiện phong trào…").
            opens_body = BODY_START.match(s) and (parts or FIRST_BODY_START.match(s) or len(s) > 300)
            if consolidated and parts and CONSOLIDATED_SOURCE.match(s):
                break
            if opens_body or RULE.match(s) or len(parts) >= 8 or (parts and _is_paragraph(s)):
                break
            if parts and (AUTHORITY.match(s) or (BODY_SENTENCE.match(s) and not is_all_caps(parts[-1]) and not TITLE_LINE_GOES_ON.search(parts[-1]))):
                # The signature's authority ("TL. HIỆU TRƯỞNG") or a sentence of a short body under the
                # title: the title ended above it.
                break
            if parts and (nxt_piece := after.get(k + 1)) is not None and "điện" in nxt_piece.text and _sender_broken(s, nxt_piece.text):
                break  # a cable's sender broken over two lines: "**TH****Ủ" / "TƯỚNG CHÍNH PHỦ điện:**" (realdocs 858c0de4)
            if date is not None and parts and "ngày" in s and LONE_DATE_LINE.match(s):
                continue  # the date line again, which a copy repeated inside the title's lines
            if symbol is None and not parts and s.startswith(NUMBER_LINE_HEADS) and NUMBER_LINE.match(s):
                # The Số line under the type line, where a copy put the header's second row after the
                # title's first: "KẾ HOẠCH" / "Số: 96/KH-UBND" / "Đồng Văn, ngày …" / "Thực hiện …".
                number, symbol = _number_and_symbol(s, doc_type)
                if date is None and (d := DATE_WORDS.search(s)) is not None:
                    # …with the date beside it: "Số: 198/TTr-EVNHANOI — Hà Nội, ngày 08 tháng 01 năm 2025".
                    date = _iso(d.group("day"), d.group("month"), d.group("year"))
                    place = _place_before(s, d.start())
                continue
            if date is None and "ngày" in s and (lone := LONE_DATE_LINE.match(s)) is not None:
                # The header's date line inside the title (LONE_DATE_LINE): the document's date and
                # place, no part of its title.
                date = _iso(lone.group("day"), lone.group("month"), lone.group("year"))
                place = _place_before(s, lone.end("place"))
                continue
            caps = is_all_caps(s) if any(c.isalpha() for c in s) else caps_title
            # "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
            # under a Quyết định's title: its authority (a title line of a caps title ending with
            # "CỦA", "VÀ" or "," goes on).
            authority = _authority_body(s, block) if parts and caps else None
            if authority is None and parts and caps and len(block) == 1 and _starts_with(s, OFFICE_HEADS + BODY_HEADS) and _is_bare_organ(block[0]):
                # The authority naming its level without its place, under a block of the bare organ: "ỦY BAN
                # NHÂN DÂN TỈNH" in a Quyết định of "ỦY BAN NHÂN DÂN" / "Bình Định, ngày …" (see _untyped_title).
                authority = _level_of_place(_body_after_office(s) or s, place)
            if authority and " " not in s and (nxt_piece := after.get(k + 1)) is not None and (
                (joined := _authority_body(f"{s} {nxt_piece.text}", block)) is not None
                and _enacting_office(f"{s} {nxt_piece.text}", joined)
            ):
                # "**BỘ" / "TRƯỞNG BỘ CÔNG THƯƠNG**" (QĐ 3361/QĐ-BCT): the office's words wrapped after the first.
                authority = joined
            elif authority and (nxt_piece := after.get(k + 1)) is not None and _authority_goes_on(nxt_piece.text):
                # "TRƯỞNG BAN CHỈ ĐẠO QUỐC GIA VỀ PHÁT TRIỂN NGÀNH CÔNG" / "NGHIỆP BÁN DẪN" (realdocs c258e5aa): one line.
                authority = _authority_body(f"{s} {nxt_piece.text}", block) or authority
            if authority and not (caps_title and parts[-1].endswith(("CỦA", "VÀ", ","))):
                authority_line = authority
                if len(parts) > 1 and _clean(parts[-1]) in OFFICE_HEADS:
                    parts.pop()  # the office alone on the line above its body: "HIỆU TRƯỞNG" / "TRƯỜNG ĐẠI HỌC …"
                break
            if parts and caps and caps_title is False and s in BARE_AUTHORITIES:
                # The office alone under a title in lower case, its body named by the header only: "Về
                # việc giao nhiệm vụ" / "HIỆU TRƯỞNG" / "Căn cứ …" (its body on the next line is read above).
                nxt = nxt_piece.text if (nxt_piece := after.get(k + 1)) is not None else ""
                if not (nxt and is_all_caps(nxt) and _authority_body(nxt, block)):
                    break
            if caps_title is None:
                caps_title = caps
            elif (
                caps_title
                and not caps
                and len(s) > 3
                and not s.startswith(TITLE_GOES_ON)
                and not (s[0].islower() and not is_all_caps(parts[-1]))
            ):
                # (A line in lower case opening with "về" goes on with a caps title: "KẾT LUẬN CỦA
                # BAN THƯỜNG VỤ ĐẢNG ỦY" / "về công tác chuẩn bị bầu cử …", as a Party's titles run,
                # and so do the lines in lower case after it: "về xây dựng hệ thống kết cấu hạ tầng
                # đồng bộ đến năm 2025," / "định hướng đến năm 2030".)
                break
            parts.append(s)
        title = tidy(LONE_MARKS.sub("", GLUED_YEAR.sub(r"\1 ", " ".join(parts)))) or None
        if title and title[:4].upper() == "CỦA " and (author := AUTHOR_OPENING.match(title)) is not None:
            title = title[author.end() :]  # (AUTHOR_OPENING)
        if authority_line and bodies and _marks(authority_line) > _marks(bodies[-1]) and _spelled_alike(authority_line, bodies[-1]):
            # The block's body spelled with the marks an OCR copy lost there, as the authority line
            # under the title writes it (see _authority_body).
            bodies[-1] = authority_line
        if authority_line and len(bodies) == 1 and _is_bare_organ(bodies[0]):
            # "UỶ BAN NHÂN DÂN | CỘNG HÒA …" / "Số: 3605/QĐ-UBND | Sơn La, ngày …": a table whose
            # second row ("TỈNH SƠN LA") the copy lost; the authority line names the organ whole.
            bodies = []
    elif symbol and _type_of_symbol(symbol) in AUTHORITY_TYPES and (untyped := _untyped_title(before, block, place)):
        # A Quyết định whose type line a legal library's copy lost: its title and authority follow
        # its date line (see _untyped_title).
        title, authority_line = untyped
        if authority_line and len(bodies) == 1 and _is_bare_organ(bodies[0]):
            bodies = []
    elif symbol:
        # A Công văn: its trích yếu follows the Số line.
        title = _subject(text, first)
    elif doc_type is None and pieces and pieces[0].line == 0 and pieces[0].text.startswith(OPENING_SUBJECT):
        # A Công văn copied from its subject on, without its header (OPENING_SUBJECT).
        title = _subject(text, first)
        doc_type = "Công văn" if title else None
    if doc_type is None and symbol:
        # A "V/v …" subject under the Số line, no type line: a Công văn, whatever its symbol's codes ("5363/CT-CS" of the
        # Cục Thuế, realdocs 28219392, whose "CT" is the Cục's initials, not a Chỉ thị).
        doc_type = "Công văn" if title and SUBJECT_LINE.match(title) else _type_of_symbol(symbol, bodies)
    if consolidated:
        doc_type = "Văn bản hợp nhất"
        if number is None and (closing := _consolidation_number(text)):
            number, symbol, closing_date, closing_place = closing
            date, place = date or closing_date, place or closing_place
    if doc_type is None and not block:
        doc_type, own_title = _own_type_from_body(text)
        title = title or own_title
    if doc_type is None and not block and ADDRESSED_OPENING.match(text.flat, 0, _ADDRESSED_OPENING_CHARS):
        # A letter copied from its "Kính gửi:" on, without its header (realdocs f0a3d9f1, a ministry's Công văn).
        doc_type = "Công văn"

    header = Header(doc_type=doc_type, number=number, symbol=symbol, place=place, date=date, title=title)

    # Province and district.
    province = district = None
    for b in bodies:
        province = province or _province_in(b)
        district = district or _district_in(b)
    if place and (respelled := respelled_province(place)):
        header.place = place = respelled  # "Đắc Lắc, ngày …" -> Đắk Lắk
    elif place and place.isascii() and (spelled := province_name(place)):
        header.place = place = spelled  # an OCR copy without marks: "Ha Noi, ngay …" -> Hà Nội
    if district and not province:
        # The district a body above the issuer names places it first: "UBND HUYỆN BẮC MÊ" / "UBND XÃ YÊN
        # ĐỊNH" / "Yên Định, ngày …" is Hà Giang's, not Thanh Hóa's (which has a huyện Yên Định).
        # A district whose name several provinces share is the one that had the place line's commune: "PHÒNG
        # GD&ĐT HUYỆN BẢO LÂM" / "TRƯỜNG THCS THÁI HỌC" / "Thái Học, ngày …" is Cao Bằng's.
        # (Not a place line that names the district itself: "UBND HUYỆN CHỢ MỚI" / "Chợ Mới, ngày …".)
        province = province_of_district(district) or (
            province_of_district_ward(district, place) if place and district_name(place) != district else None
        )
    commune = _commune_in(bodies[-1]) if bodies and place else None
    if place and not province and not district and not (commune and commune == place.upper()):
        # (Not a place line that names the issuing commune: "UBND XÃ HÀ GIANG" / "Hà Giang, ngày …", a
        # commune of huyện Hà Trung, Thanh Hóa, is placed by its district or the text, below.)
        province = province_name(place)
        if not province and district_name(place):
            district = district_name(place)
            province = province_of_district(district)
    if authority_line and not province:
        province = _province_in(authority_line)
    body_issuer = None
    if not bodies and not authority_line:
        body_issuer = _issuer_from_body(text)
        if body_issuer and re.search(r"(?i)\bhuyện\b|Huyện ủy", body_issuer) and not district:
            district = district_name(body_issuer.rsplit(" ", 2)[-2] + " " + body_issuer.rsplit(" ", 1)[-1]) if len(
                body_issuer.split()
            ) > 2 else None
            district = district or find_district(text.flat)
    if district and not province:
        province = province_of_district(district)
    if not province and place:
        # A commune's document names its ward in the place line: "Lương Minh, ngày …".
        province = province_of_ward(place, province_mentions(text.flat))
        if not province:
            # …and names its district, not its province: "Kính gửi: Phòng Tài chính - Kế hoạch huyện
            # Mộ Đức" in a Công văn of "ỦY BAN NHÂN DÂN XÃ ĐỨC TÂN" (Đức Tân is a ward of Quảng Ngãi).
            by_district = Counter(p for d in district_mentions(text.flat) if (p := province_of_district(d)))
            province = province_of_ward(place, by_district) if by_district else None
    if not province:
        province = find_province(text.flat)
    header.province, header.district = province, district

    if len(bodies) == 1 and type_at is None and not symbol and not _starts_with(bodies[0], BODY_HEADS + OFFICE_HEADS):
        # A text without a header, whose first caps line is a heading, no body: "TRẢ LỜI:" (an answer
        # to voters), "ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 7 NĂM 2020", "CÁC CUỘC HỌP, HỘI NGHỊ, …" (a chapter
        # of rules copied alone).
        bodies = []
    # Issuer and its parent.
    issuer = parent = None
    if bodies:
        if len(bodies) >= 2:
            parent = canonical_org(bodies[-2], header)
            parent = _district_level_placed(parent, text, district, province) or parent
            lower = canonical_org(bodies[-1], None) or ""
            if lower.startswith(STEERING_HEAD) and (place := COMMITTEE_PLACE.match(parent or "")) and not PLACE_IN_NAME.search(lower):
                # "BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19" under "UBND HUYỆN THÁP MƯỜI": the
                # district's steering committee, which its committee's chairman heads.
                issuer = f"{lower} {place.group('place')}"
            elif lower == "Văn phòng" and parent == CENTRAL_COMMITTEE:
                issuer = "Văn phòng Trung ương Đảng"  # "VĂN PHÒNG" under "BAN CHẤP HÀNH TRUNG ƯƠNG"
            elif lower.startswith(BRANCH_HEAD) and parent:
                issuer = _branch_of(lower, parent, province)
            elif (lower.startswith(SUB_BODY_HEADS) or lower == STANDING_BOARD) and not _province_in(lower) and parent:
                issuer = _sub_body_of(lower, parent)
            elif parent in BARE_ORGANS and (joint := canonical_org(bodies[-1], header)) and PLACE_IN_NAME.search(joint):
                # "ỦY BAN NHÂN DÂN" / "ỦY BAN MTTQ VIỆT NAM" / "TỈNH ĐẮK LẮK": an organ named without
                # its place above another, whose place line both share, issue the document jointly
                # ("Số: 01/QCPH/UBND-UBMTTQ"); the bare organ is no parent.
                issuer, parent = f"{parent} và {joint}", None
            else:
                issuer = _unit_of(canonical_org(bodies[-1], header), lower, parent, header.place, province)
        else:
            issuer = canonical_org(_body_of_office(bodies[0]), header)
    elif authority_line:
        issuer = canonical_org(authority_line, header)
    if bodies and issuer:
        issuer = _district_level_placed(issuer, text, district, province) or issuer
    if len(bodies) == 1 and issuer in BARE_ORGANS:
        issuer = _bare_organ_placed(issuer, text, header)
    elif body_issuer:
        issuer = canonical_org(_fix_place_typo(body_issuer, district), header)
        if issuer and issuer[-1:].islower() and BARE_LEVEL_END.search(issuer):
            # "UBND huyện xây dựng Kế hoạch …": the district the text names alone, if it names one.
            issuer = _bare_level_placed(issuer, text) or issuer
    if province and not _province_in(" ".join(bodies)):
        issuer, parent = _fix_province_typo(issuer, province), _fix_province_typo(parent, province)
    if province:
        issuer, parent = _province_spelled(issuer, province), _province_spelled(parent, province)
    if not bodies and not authority_line and (fields := read_field_lines(text, first)) is not None:
        # A letter or a copy whose identity opens it as "FIELD: value" lines (field_lines.py): they
        # fill what the header left empty.
        if fields.number_line and symbol is None:
            header.number, header.symbol = _number_and_symbol(fields.number_line, header.doc_type or fields.doc_type)
            symbol = header.symbol
        header.date = header.date or fields.date
        header.doc_type = header.doc_type or fields.doc_type or (_type_of_symbol(symbol, bodies) if symbol else None)
        if header.title is None and fields.subject:
            title = tidy(fields.subject)
            own_type = header.doc_type
            if own_type and own_type != "Công văn" and title.lower().startswith(own_type.lower() + " "):
                # "Kế hoạch công tác dân vận năm 2023": its type, then its title.
                title = title[len(own_type) + 1 :]
                title = title[:1].upper() + title[1:]
            header.title = title
        if fields.issuer:
            issuer = canonical_org(fields.issuer, header)
            if symbol and issuer and (coded := _issuer_of_symbol(symbol)) and normalize_tones(coded.lower()) == normalize_tones(issuer.lower()):
                issuer = coded  # "Nơi ban hành: Bộ Văn hoá, Thể thao và du lịch" (realdocs 7f6efa59): the body's own spelling
        elif fields.place and issuer is None and symbol:
            # A library's "Nơi ban hành: Thành phố Hồ Chí Minh" over a letter whose letterhead it lost, "Số hiệu:
            # 4001/UBND-ĐT": the committee of that province (the symbol's only body code).
            issuer = _organ_of_province(symbol, fields.place)
    if issuer is None and symbol:
        issuer = _issuer_of_symbol(symbol) or _committee_of_city(symbol, place)
    if header.title is None and header.doc_type == "Công văn" and header.number and header.symbol:
        # A letter whose page lost its "V/v" line: the library names it with its subject (LIBRARY_LETTER_NAME).
        header.title = _library_letter_subject(text, header.number, header.symbol)
    signer = read_signer(text)
    if issuer is None and not bodies and not authority_line and signer is not None and signer.authority:
        # A copy without a header whose signature names the body: "TM. ỦY BAN NHÂN DÂN HUYỆN ĐỒNG
        # VĂN", "KT. GIÁM ĐỐC SỞ Y TẾ" (see _issuer_from_signer).
        issuer = _issuer_from_signer(signer.authority, text, header)
    if issuer is None and not bodies and not authority_line and doc_type == _CABLE and (sender := _cable_sender(text)):
        # A Công điện copied from its type line on: "**THỦ TƯỚNG CHÍNH PHỦ điện:**" names its sender (realdocs c2fb3a95).
        issuer = sender
    if issuer is None and not bodies and not authority_line and "./." in text.flat:
        # …or whose closing sentence names it: "Văn phòng Chính phủ thông báo để các Bộ, cơ quan biết,
        # thực hiện./." (see _issuer_from_closing).
        issuer = _issuer_from_closing(text, header)
    if parent is None and issuer and issuer.startswith(MINISTRY_UNIT_HEADS) and (split := _unit_and_ministry(issuer)):
        # "Cục Lãnh sự Bộ Ngoại giao" (realdocs ce52cc3a, the issuer read from its body): the unit, under its
        # ministry, as a header "BỘ NGOẠI GIAO" / "CỤC LÃNH SỰ" gives them.
        issuer, parent = split
    if (signed := signed_body(issuer, signer.authority if signer else None)) is not None:
        # "T/M BỘ CHÍNH TRỊ" under "BAN CHẤP HÀNH TRUNG ƯƠNG", "T/M BAN THƯỜNG VỤ" under "TỈNH ỦY HÀ GIANG": the body
        # signed for, under the committee the header names (signed_bodies.py).
        issuer, parent = signed
    header.issuer = issuer
    header.issuer_parent = parent
    if number is None and doc_type:
        _number_from_appendix(text, header)
        if header.issuer is None and header.symbol:
            # "(Kèm theo Công văn số 6386/BVHTTDL-KHCNĐTMT …)" of a letter that lost its header: its symbol's body.
            header.issuer = issuer = _issuer_of_symbol(header.symbol)
    if header.province and issuer and (_central_body(issuer) or (parent and _central_body(parent))):
        # A ministry's or the Government's document dated "Hà Nội, ngày …" (or naming one province among others)
        # is no province's: its "Sở Xây dựng", "UBND tỉnh" are every province's, not Hà Nội's.
        header.province = header.district = None
    header.signer = signer
    return header


# The offices that enact a Quyết định in their own name, as its authority line under the title writes them, and how a
# name writes them: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "BỘ TRƯỞNG BỘ NỘI VỤ", "CỤC TRƯỞNG CỤC THUẾ", "TRƯỞNG BAN
# CHỈ ĐẠO …" (the Prime Minister's, "THỦ TƯỚNG CHÍNH PHỦ", is his office's own name already).
ENACTING_OFFICES: dict[str, str] = {
    "CHỦ TỊCH": "Chủ tịch",
    "BỘ TRƯỞNG": "Bộ trưởng",
    "CỤC TRƯỞNG": "Cục trưởng",
    "TỔNG CỤC TRƯỞNG": "Tổng cục trưởng",
    "GIÁM ĐỐC": "Giám đốc",
    "TỔNG GIÁM ĐỐC": "Tổng Giám đốc",
    "HIỆU TRƯỞNG": "Hiệu trưởng",
    "VIỆN TRƯỞNG": "Viện trưởng",
    "TRƯỞNG": "Trưởng",
    "CHÁNH": "Chánh",
    "THỐNG ĐỐC": "Thống đốc",
}


# An enacting office's line broken inside its body's head word "ỦY BAN": "CHỦ TỊCH ỦY" / "BAN NHÂN DÂN" / "TỈNH ĐỒNG
# THÁP" (fresh16_reports 55d7a47d, a Quyết định of the Chủ tịch of Đồng Tháp's people's committee); not a party
# committee's line, whose "BAN …" under it is a body of its own ("TỈNH ỦY" / "BAN TUYÊN GIÁO").
OFFICE_CUT_IN_COMMITTEE = re.compile(r"^(?:PHÓ )?(?:" + "|".join(sorted(ENACTING_OFFICES, key=len, reverse=True)) + r") (?:ỦY|UỶ)$")


def _enacting_office(line: str, body: str) -> str | None:
    """The office an authority line names before its body, when it is one that enacts decisions (ENACTING_OFFICES):
    "CHỦ TỊCH" in "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"; None for a body alone ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH")."""
    line = _unmark(line).strip()
    if not line.endswith(body) or line == body:
        return None
    office = " ".join(line[: len(line) - len(body)].split())
    return office if office in ENACTING_OFFICES else None


# The heads of a ministry's units, which an issuer's name may join to its ministry's in one phrase: "Cục Lãnh sự Bộ
# Ngoại giao", "Vụ Kế hoạch - Tài chính, Bộ Y tế".
MINISTRY_UNIT_HEADS: tuple[str, ...] = ("Tổng cục ", "Cục ", "Vụ ")
# The ministries by their names folded (normalize_tones, lower case): "bộ văn hoá, thể thao và du lịch".
_MINISTRY_NAMES: dict[str, str] = {
    normalize_tones(name).lower(): name for name in BODY_CODES.values() if name and name.startswith("Bộ ")
}


def _unit_and_ministry(name: str) -> tuple[str, str] | None:
    """(unit, ministry) of a unit's name that ends with its ministry's whole name (_MINISTRY_NAMES), after a space, a
    comma or a dash: "Cục Lãnh sự Bộ Ngoại giao" -> ("Cục Lãnh sự", "Bộ Ngoại giao"); None otherwise ("Cục Đường bộ
    Việt Nam": "bộ" in lower case is no ministry)."""
    at = name.find(" Bộ ")
    while at > 0:
        ministry = _MINISTRY_NAMES.get(normalize_tones(name[at + 1 :]).lower())
        unit = name[:at].rstrip(" ,-–")
        if ministry and " " in unit:
            return unit, ministry
        at = name.find(" Bộ ", at + 1)
    return None


# A level word or a Party committee's word with a place's name after it, in a body's name: "huyện Đồng
# Văn" in "Ủy ban nhân dân huyện Đồng Văn", "Huyện ủy Đồng Văn", "Quận 3" (not "Ban Thường vụ Huyện ủy",
# "Ủy ban nhân dân xã": no place named).
NAMED_PLACE_IN_NAME = re.compile(
    r"(?<!\w)(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|Tỉnh ủy|Huyện ủy|Thành ủy|Quận ủy|Thị ủy|Quận|Phường) (?=[A-Z{upper}\d])".format(upper=_UPPER_LETTERS)
)
# The level word and nothing after it that ends a body named in a signature: "Ủy ban nhân dân huyện"
# in "TM. ỦY BAN NHÂN DÂN HUYỆN" (its place named elsewhere in the text).
BARE_LEVEL_END = re.compile(r" (?P<level>tỉnh|thành phố|huyện|thị xã|quận)$")


def _bare_level_placed(name: str, text: Text) -> str | None:
    """A body named by its level only, with the place of that level the text names, when it names one
    only: "Ủy ban nhân dân huyện" -> "Ủy ban nhân dân huyện Đồng Văn" in a text whose only district
    named with its level word is "huyện Đồng Văn"; None when the text names none or several."""
    level = BARE_LEVEL_END.search(name)
    if level is None:
        return None
    if level.group("level") in ("tỉnh", "thành phố"):
        mentioned = {p for p in province_mentions(text.flat) if not is_city(p) or level.group("level") == "thành phố"}
    else:
        mentioned = set(district_mentions(text.flat))
    return f"{name} {mentioned.pop()}" if len(mentioned) == 1 else None


def _district_level_placed(name: str | None, text: Text, district: str | None, province: str | None) -> str | None:
    """A header's body named by a district's level only ("PHÒNG Y TẾ HUYỆN", "UBND HUYỆN" above "PHÒNG Y
    TẾ") with its district: the one its place line names ("Đồng Văn, ngày …"), else the one district the
    text names ("huyện Đồng Văn", "Huyện ủy Đồng Văn"), when it is no other province's than the header's;
    None else."""
    level = BARE_LEVEL_END.search(name or "")
    if level is None or level.group("level") in ("tỉnh", "thành phố"):
        return None
    if district:
        # (Not a district of another level: "UBND HUYỆN" and "Sơn Tây, ngày …", a thị xã.)
        known = district_level(district, province) if province else None
        return f"{name} {district}" if known in (None, level.group("level")) else None
    mentioned = set(district_mentions(text.flat))
    if len(mentioned) != 1:
        return None
    (named,) = mentioned
    if province and province_of_district(named) not in (None, province):
        return None
    return f"{name} {named}"


# The closing sentence of a Công văn or a Thông báo, its issuer the subject, ending with the end mark:
# "Văn phòng Chính phủ thông báo để các Bộ, cơ quan biết, thực hiện./.", "Sở Y tế đề nghị các đơn vị triển
# khai ngay các biện pháp phòng chống dịch./.", "UBND tỉnh yêu cầu các đơn vị triển khai thực hiện./." (not
# "… báo cáo UBND tỉnh theo quy định./.": the body must open the sentence).
CLOSING_REQUEST = re.compile(
    r"(?:^|(?<=[.;:!]\s)|(?<=,\s))(?:Chủ tịch\s+)?(?P<issuer>(?:Sở|Ủy ban|Uỷ ban|UBND|Bộ|Cục|Ban|Phòng|Trung tâm|Bệnh viện|"
    r"Huyện ủy|Tỉnh ủy|Thành ủy|Đảng ủy|Văn phòng|Chi cục|Trường)\b[^.;:,\d]{0,80}?)\s+"
    r"(?:thông báo|đề nghị|yêu cầu|kính đề nghị|trân trọng đề nghị)\s[^;]{0,300}?\./\.\s*$"
)
# The first words of central bodies, whose name needs no place: "Bộ Y tế", "Văn phòng Chính phủ".
CENTRAL_BODY_HEADS: tuple[str, ...] = ("Bộ ", "Văn phòng Chính phủ", "Chính phủ", "Thủ tướng", "Ủy ban Dân tộc", "Ngân hàng Nhà nước")
# The words after "Bộ " of a ministry's unit named alone, no ministry: "Văn phòng Bộ", "Bộ phận".
_NO_MINISTRY = ("Bộ phận", "Bộ Tư lệnh")


def _central_body(name: str) -> bool:
    """Whether ``name`` is a central body, whose documents belong to no province: "Bộ Xây dựng", "Văn phòng Chính
    phủ", "Thủ tướng Chính phủ", "Ban Tuyên giáo Trung ương" (not "Bộ phận …", nor a body that names its place)."""
    if name.startswith(_NO_MINISTRY) or NAMED_PLACE_IN_NAME.search(name):
        return False
    return (
        name.startswith(CENTRAL_BODY_HEADS)
        or name.endswith((" Trung ương", " Trung ương Đảng"))
        or name in _CENTRAL_NAMES  # "Quốc hội", "Ủy ban Thường vụ Quốc hội", "Bộ Chính trị"
        # A ministry's department named with its ministry: "Cục Lãnh sự Bộ Ngoại giao" (realdocs ce52cc3a).
        or ((i := name.rfind(_OF_MINISTRY)) > 0 and _central_body(name[i + 1 :]))
    )


# The ministry's name after a department's, in a central department's name.
_OF_MINISTRY = " Bộ "


_CENTRAL_NAMES = frozenset(CENTRAL_BODIES.values())


# The type of a cable, and the line that names its sender before its addressees: "**THỦ TƯỚNG CHÍNH PHỦ điện:**",
# "BỘ XÂY DỰNG điện:" (the sender in capitals, then "điện:").
_CABLE = "Công điện"
CABLE_SENDER = re.compile(r"^[\s*_|#]*(?P<sender>[^\W\d][^\W\d]*(?: [^\W\d]+){0,9})\s+điện\s*:")
# The lines read for it.
_CABLE_SENDER_LINES = 30


def _authority_goes_on(line: str) -> bool:
    """Whether ``line`` goes on with an authority line broken by the copy: a few words in capitals, no body's or office's
    head, no body's first words ("Căn cứ …"), no council's term ("KHÓA XVII - KỲ HỌP THỨ NĂM", a line of its own)."""
    return (
        len(line.split()) <= AUTHORITY_TAIL_WORDS
        and is_all_caps(line)
        and _SESSION_WORD not in line
        and MERGED_TERM.search(f" {line}") is None
        and not _starts_with(line, OFFICE_HEADS + BODY_HEADS)
        and not BODY_START.match(line)
    )


# A council's session, on the line of its term.
_SESSION_WORD = "KỲ HỌP"


def _cable_sender_line(s: str) -> bool:
    """Whether ``s`` is a cable's sender line (CABLE_SENDER, its sender in capitals)."""
    m = CABLE_SENDER.match(s)
    return m is not None and m.group("sender").isupper()


def _sender_broken(line: str, following: str) -> bool:
    """Whether ``line`` holds the first word or two of a cable's sender that ``following`` ends: "THỦ" / "TƯỚNG CHÍNH PHỦ
    điện:" (an office or a body's head opens the two; not a title's last line, "… TẠO LỰC CHO NHỮNG NĂM TIẾP THEO")."""
    joined = f"{line} {following}"
    return len(line.split()) <= 2 and _starts_with(joined, OFFICE_HEADS + BODY_HEADS) and _cable_sender_line(joined)


def _cable_sender(text: Text) -> str | None:
    """The body a Công điện's "… điện:" line names (CABLE_SENDER), in its first lines; None without one."""
    for ln in text.lines[:_CABLE_SENDER_LINES]:
        if "điện" in ln.text and _cable_sender_line(ln.text):
            return canonical_org(CABLE_SENDER.match(ln.text).group("sender"))
    return None


def _issuer_from_closing(text: Text, header: Header) -> str | None:
    """The body that a copy's closing sentence names as its subject (CLOSING_REQUEST), when its name is
    whole: with its place ("UBND huyện Mộc Châu"), a level that the one place of that level the text names
    completes ("UBND tỉnh" in a text naming one province), or a central body ("Văn phòng Chính phủ");
    None else ("UBND phường", "Sở Y tế" with no province)."""
    flat = text.flat
    end = flat.rfind("./.") + 3
    m = CLOSING_REQUEST.search(flat, max(0, end - 420), end)
    if m is None:
        return None
    name = canonical_org(tidy(m.group("issuer")), header)
    if not name:
        return None
    if BARE_LEVEL_END.search(name):
        return _bare_level_placed(name, text)
    if NAMED_PLACE_IN_NAME.search(name) or (header.province and name.endswith(" " + header.province)):
        return name
    if name.startswith(CENTRAL_BODY_HEADS) and not name.startswith(_NO_MINISTRY):
        return name
    return None


def _issuer_from_signer(authority: str, text: Text, header: Header) -> str | None:
    """The issuer a signature's authority names, in a copy without a header: the body itself after
    "TM." ("TM. Ủy ban nhân dân huyện Đồng Văn"), or the body an office heads after "KT.", "TL.",
    "TUQ." or "Q." ("KT. Giám đốc Sở Y tế" -> "Sở Y tế tỉnh Kon Tum", its province the text's). A body
    named by its level only ("TM. Ủy ban nhân dân huyện") takes the place of that level when the text
    names one only ("… trên địa bàn huyện Đồng Văn"). None for a bare organ ("TM. Ủy ban nhân dân",
    "TM. Ban Thường vụ"): which one is not written."""
    mark, _, rest = authority.partition(". ")
    if not rest:
        return None
    if mark == "TM":
        body = rest
    elif (after := _body_after_office(rest.upper())) is not None:
        body = after
    else:
        return None
    name = canonical_org(body, header)
    if not name or _is_bare_organ(name) or name in (STANDING_BOARD, "Thường trực", "Huyện ủy", "Tỉnh ủy", "Đảng ủy", "Thành ủy"):
        return None
    if BARE_LEVEL_END.search(name):
        return _bare_level_placed(name, text)
    if NAMED_PLACE_IN_NAME.search(name) or (header.province and name.endswith(" " + header.province)):
        return name
    if name.startswith(SCHOOL_PARENT_HEADS) and _own_name_of_school(name):
        # A school, a university or an academy, named by its own name: "KT. HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC VINH"
        # -> "Trường Đại học Vinh" (not a kind alone: "Trường Đại học").
        return name
    return None


# The kinds of schools, longest first ("trung học phổ thông" before "phổ thông").
SCHOOL_KINDS_LONGEST: tuple[str, ...] = tuple(sorted(SCHOOL_KINDS, key=len, reverse=True))


def _own_name_of_school(name: str) -> str:
    """The own name of a school, a university or an academy after its kind: "Vinh" in "Trường Đại học Vinh",
    "Ngân hàng" in "Học viện Ngân hàng"; "" for a kind alone ("Trường Đại học", "Học viện")."""
    head = next((h for h in SCHOOL_PARENT_HEADS if name.startswith(h)), None)
    if head is None:
        return ""
    rest = name[len(head) :]
    if head == "Trường ":
        kind = next((k for k in SCHOOL_KINDS_LONGEST if rest.lower().startswith(k + " ") or rest.lower() == k), "")
        rest = rest[len(kind) :]
    rest = rest.strip()
    return "" if rest in ABBREVIATIONS else rest  # ("Trường THPT": a kind's code alone)


def _year_in_symbol(symbol: str) -> str | None:
    """The year a symbol carries: '2019' in '2019/QĐ-UBND', '1997/QĐ-BYT'; None in 'KH-UBND'."""
    return next((part for part in SYMBOL_PARTS.split(symbol) if SYMBOL_YEAR.match(part)), None)


def _consolidation_number(text: Text) -> tuple[str, str, str | None, str | None] | None:
    """The number, symbol, date and place of a consolidated text that the gazette gives in its closing
    block, under the banner "VĂN BẢN HỢP NHẤT - BỘ Y TẾ" that replaced its header: "BỘ Y TẾ" / "Số:
    10/VBHN-BYT" / "Hà Nội, ngày 27 tháng 3 năm 2018" beside "XÁC THỰC VĂN BẢN HỢP NHẤT". Only a
    symbol of a consolidation ("VBHN") in the last lines, the date line within the next characters."""
    tail_start = text.lines[max(0, len(text.lines) - SIGNATURE_LINES)].start if text.lines else 0
    tail = text.original[tail_start:]
    if "VBHN" not in tail:
        return None
    for m in NUMBER_LINE.finditer(tail):
        symbol, _ = symbol_form(m.group("symbol"))
        if m.group("number") is None or "VBHN" not in SYMBOL_PARTS.split(symbol):
            continue
        near = " ".join(tail[m.end() : m.end() + CLOSING_DATE_CHARS].split())
        d = DATE_WORDS.search(near) or DATE_SLASHED.search(near)
        date = _iso(d.group("day"), d.group("month"), d.group("year")) if d else None
        place = _place_before(near, d.start()) if d else None
        return m.group("number"), symbol, date, place
    return None


def _untyped_title(before: list[_Piece], block: list[str], place: str | None) -> tuple[str | None, str] | None:
    """The title and the authority of a Quyết định whose copy lost its type line ("QUYẾT ĐỊNH"): the
    pieces in capitals after its date line, the last of them its authority (_authority_body): "BAN
    HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO …" / "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ" / "Căn cứ …". An authority
    naming its level without its place takes the place line's: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" in a
    document of "Vĩnh Long, ngày …" is the Ủy ban nhân dân tỉnh Vĩnh Long's. None without an authority,
    or without an issuer block to check it against (a title line opening with "BAN HÀNH" is no body)."""
    if not block:
        return None
    dated = next((k for k, p in enumerate(before) if DATE_WORDS.search(p.text) or DATE_SLASHED.search(p.text)), None)
    if dated is None:
        return None
    parts: list[str] = []
    for p in before[dated + 1 :]:
        s = p.text
        if RULE.match(s):
            continue
        if not is_all_caps(s) or len(parts) >= 8:
            return None
        authority = _authority_body(s, block)
        if authority is None and block and _starts_with(s, OFFICE_HEADS + BODY_HEADS):
            authority = _level_of_place(_body_after_office(s) or s, place)
        if authority:
            title = tidy(" ".join(parts)) or None
            return title, authority
        parts.append(s)
    return None


def _level_of_place(body: str, place: str | None) -> str | None:
    """A bare organ named with its level only, placed by the place line: 'ỦY BAN NHÂN DÂN TỈNH' and
    'Vĩnh Long' -> 'Ủy ban nhân dân tỉnh Vĩnh Long' (a province's level with a province, a
    district's with a district); else None."""
    named = canonical_org(body) or ""
    organ, _, level = named.rpartition(" ")
    if organ not in BARE_ORGANS or not place:
        return None
    if level == "tỉnh":
        where = province_name(place)
    elif level in ("huyện", "quận"):
        where = district_name(place)
    else:
        return None
    return f"{organ} {level} {where}" if where else None


def _number_from_appendix(text: Text, header: Header) -> None:
    """The number (and the symbol and date, when the header has none) of a document whose header
    lost its Số line, from its appendix's line (APPENDIX_OF): "(Kèm theo Nghị quyết số 88/NQ-HĐND
    ngày 14 tháng 7 năm 2017 của Hội đồng nhân dân tỉnh Hà Giang)" under a Nghị quyết of that
    Hội đồng. Only an appendix of a document of the header's type, with the header's symbol and
    year and issuer when it has them: a Quy chế "ban hành kèm theo Quyết định số …" is not its
    Quyết định."""
    flat = text.flat
    for i in lines_with(text, "èm"):
        line = text.lines[i]
        if not line.text.lstrip("*_ ").startswith("("):
            continue
        m = APPENDIX_OF.match(flat, line.flat_start)
        if m is None or m.group("type").lower() != (header.doc_type or "").lower():
            continue
        symbol, _ = symbol_form(m.group("symbol"), header.doc_type)
        rest = m.group("rest")
        d = DATE_WORDS.search(rest) or DATE_SLASHED.search(rest)
        date = _iso(d.group("day"), d.group("month"), d.group("year")) if d else None
        of = OF_ISSUER.search(rest)
        if (
            (header.symbol and symbol != header.symbol)
            or (header.date and date and header.date[:4] != date[:4])
            or (of and header.issuer and canonical_org(of.group("issuer"), header) != header.issuer)
        ):
            return
        header.number = m.group("number")
        header.symbol = header.symbol or symbol
        header.date = header.date or date
        if header.issuer is None and of:
            # "(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày 27/11/2025 của Ban Tuyên giáo và Dân vận Trung ương)" under a
            # text that lost its header (realdocs aa9bb822).
            header.issuer = canonical_org(of.group("issuer"), header)
        return


def _is_bare_organ(name: str) -> bool:
    """Whether a body of the issuer block is an organ named without its level and place: "UỶ BAN
    NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN" (BARE_ORGANS)."""
    return canonical_org(name) in BARE_ORGANS


def _bare_organ_placed(organ: str, text: Text, header: Header) -> str:
    """A bare organ of the issuer block with the level its body names and the document's place: in
    a plan whose header kept "ỦY BAN NHÂN DÂN" only, "UBND tỉnh xây dựng Kế hoạch …" (BODY_ISSUER)
    with the place line "Lạng Sơn, ngày …" gives "Ủy ban nhân dân tỉnh Lạng Sơn". The organ stays
    bare unless the body names that organ and the place line names its place ("UBND tỉnh ban hành
    Kế hoạch số …" in a district's document dated "Tứ Kỳ, ngày …" is a citation); a body that names
    the level then a person ("Phó Chủ tịch UBND tỉnh Lại Thanh Sơn có ý kiến như sau") takes the
    place line's place of that level (_level_of_place)."""
    if not header.place:
        return organ
    drafting = _issuer_from_body(text)
    named = canonical_org(drafting, header) if drafting else None
    if not named or not named.startswith(organ + " ") or not LEVEL_AND_PLACE.match(named[len(organ) + 1 :]):
        return organ
    provincial = named[len(organ) + 1 :].startswith(("tỉnh ", "thành phố "))
    place = province_name(header.place) if provincial else district_name(header.place)
    if place and named.endswith(" " + place):
        return named
    level, _, rest = named[len(organ) + 1 :].partition(" ")
    if not (province_name(rest) or district_name(rest)) and (placed := _level_of_place(f"{organ} {level}", header.place)):
        # The body names the level and then no place but a person: "Phó Chủ tịch UBND tỉnh Lại Thanh
        # Sơn có ý kiến như sau" in a Công văn of "Bắc Giang, ngày …": the place line places it.
        return placed
    return organ


def _sub_body_of(lower: str, parent: str) -> str:
    """The name of a sub-body (SUB_BODY_HEADS) under its parent body: "Ban Thường vụ" under "Hội Liên hiệp
    Phụ nữ Hà Nội" -> "Ban Thường vụ Hội Liên hiệp Phụ nữ Hà Nội". When its own line already names the
    parent, short of the parent's place ("VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI" / "VÀ HỘI ĐỒNG NHÂN DÂN THÀNH
    PHỐ" under "ĐOÀN ĐBQH VÀ HĐND" / "THÀNH PHỐ HỒ CHÍ MINH"), the parent's name is written once, whole:
    "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân thành phố Hồ Chí Minh"."""
    named = lower.removeprefix(OFFICE_OF)
    if named != lower and len(named.split()) >= 2 and len(parent) > len(named) and parent.lower().startswith(named.lower()):
        return f"{OFFICE_OF}{parent}"
    return f"{lower} {parent}"


def _unit_of(
    issuer: str | None, lower: str, parent: str | None, place: str | None = None, province: str | None = None
) -> str | None:
    """The name of a unit headed by its parent body, when the unit's own line names no place:
    'Ban Dân vận' under 'Tỉnh ủy Hà Giang' -> 'Ban Dân vận Tỉnh ủy Hà Giang'; a centre under a
    province's department, named by its place (see _department_unit)."""
    if not issuer or not parent or issuer != lower or PLACE_IN_NAME.search(lower):
        return issuer
    if parent.startswith("Sở ") and lower.startswith(DEPARTMENT_UNIT_HEADS):
        return _department_unit(lower, parent, place, province) or issuer
    council_of = lower.lower().removeprefix("hội đồng ")
    if parent.startswith(SCHOOL_PARENT_HEADS) and council_of in SCHOOL_PARENT_KINDS and parent.lower().startswith(council_of + " "):
        # "HỘI ĐỒNG ĐẠI HỌC" under "ĐẠI HỌC HUẾ": its governing council, "Hội đồng Đại học Huế".
        return f"Hội đồng {parent}"
    if parent.startswith(SCHOOL_PARENT_HEADS) and (lower == "Thư viện" or lower.startswith(SCHOOL_UNIT_HEADS)):
        return f"{lower} {parent}"  # "Thư viện" under "Trường Đại học Ngân hàng …": the school's library
    if not lower.startswith(UNIT_HEADS):
        return issuer
    if parent == CENTRAL_COMMITTEE and lower.startswith(("Ban ", "Ủy ban Kiểm tra")):
        # "ỦY BAN KIỂM TRA" under "BAN CHẤP HÀNH TRUNG ƯƠNG": the Ủy ban Kiểm tra Trung ương (and
        # so the Ban Tổ chức, Ban Tuyên giáo … Trung ương).
        return f"{lower} Trung ương"
    if PARTY_OR_COUNCIL_PARENT.match(parent):
        return f"{lower} {parent}"
    m = COMMITTEE_PLACE.match(parent)
    if m:
        return f"{lower} {m.group('place')}"
    return issuer


def _branch_of(branch: str, parent: str, province: str | None) -> str:
    """The name of a branch under its body: a province's body's branch named by one of its districts
    is the body's at that district ("Chi nhánh Long Khánh" under "Văn phòng Đăng ký đất đai tỉnh Đồng
    Nai" -> "Chi nhánh Văn phòng Đăng ký đất đai thành phố Long Khánh", as the branches are named); else
    the body's name, then the branch's ("Ngân hàng Chính sách xã hội Chi nhánh tỉnh Hà Giang"); a branch
    whose line names its body is named so ("Chi nhánh Văn phòng Đăng ký đất đai số 23")."""
    rest = branch[len(BRANCH_HEAD) :]
    place = PLACE_IN_NAME.search(parent)
    if rest.lower().startswith(parent[: place.start() if place else None].strip().lower() + " "):
        return branch  # "Chi nhánh Văn phòng Đăng ký đất đai số 23": its line names its body itself
    if province:
        suffix = f" {province_level_word(province)} {province}"
        body = parent[: -len(suffix)] if parent.endswith(suffix) else parent if not PLACE_IN_NAME.search(parent) else None
        words = rest.split(" ")
        lead = (2 if " ".join(words[:2]).lower() in ("thị xã", "thành phố") else 1) if LEVEL_AND_PLACE.match(rest) else 0
        # The district's name; words after it are no part of the branch's name but a heading run into
        # its line ("CHI NHÁNH LONG KHÁNH" / "HỢP ĐỒNG").
        n = place_words_at(words[lead:])
        district = place_spelling(" ".join(words[lead : lead + n])) if n else None
        level = district_level(district, province) if district else None
        if body and level and (not lead or " ".join(words[:lead]).lower() == level):
            return f"{BRANCH_HEAD}{body} {level} {district}"
    return f"{parent} {branch}"


def _department_unit(unit: str, department: str, place: str | None, province: str | None) -> str | None:
    """The full name of a centre or a branch under a province's department, whose header line names
    no place: a district's health centre takes the district of the place line ("TRUNG TÂM Y TẾ" under
    "SỞ Y TẾ TỈNH KON TUM", "Đắk Hà, ngày …" -> "Trung tâm Y tế huyện Đắk Hà"); the department's other
    centres and branches are the province's ("TRUNG TÂM KIỂM SOÁT BỆNH TẬT" -> "Trung tâm Kiểm soát
    bệnh tật tỉnh Kon Tum"). None when the department names no province, or the place line no
    district of it for a health centre (nor the province: "Kon Tum, ngày …")."""
    if not province or not department.endswith(f" {province}"):
        return None
    if unit == DISTRICT_HEALTH_CENTRE:
        # (Not by a place line naming the province: "Sơn La, ngày …" is the city's and the province's
        # bodies' alike.)
        level = district_level(place, province) if place and province_name(place) != province else None
        return f"{unit} {level} {place}" if level else None
    if unit.startswith(DISTRICT_HEALTH_CENTRE + " ") and (level := district_level(district := unit[len(DISTRICT_HEALTH_CENTRE) + 1 :], province)):
        return f"{DISTRICT_HEALTH_CENTRE} {level} {district}"  # "TRUNG TÂM Y TẾ ĐỒNG VĂN": the district's
    if _ends_with_place(unit):
        return None  # "TRUNG TÂM Y TẾ KHU VỰC MƯỜNG LAY": named by its own place
    return f"{unit} {province_level_word(province)} {province}"


def _ends_with_place(name: str) -> bool:
    """Whether a body's name ends with a province's or a district's name (one to three words): "Trung tâm
    Y tế khu vực Mường Lay", "Chi cục Thủy lợi Hà Giang"."""
    words = name.split()
    return any(province_name(tail) or district_name(tail) for n in (1, 2, 3) if len(words) > n and (tail := " ".join(words[-n:]))[:1].isupper())


def _authority_body(line: str, block: list[str]) -> str | None:
    """The body named by a Quyết định's authority line, or None: 'ỦY BAN NHÂN DÂN TỈNH SƠN LA'
    itself, 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' in 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI'
    (an office title, then a body). When the document has an issuer block, every word of the
    body is one of its words (abbreviations expanded): a title line that merely opens with a
    body's head word is not an authority ("PHÒNG THỦ DÂN SỰ" in corpus 027, under "ỦY BAN NHÂN
    DÂN TỈNH NGHỆ AN"; "PHÒNG, CHỐNG MA TÚY …")."""
    if "TRƯỜNG ĐH " in line or "TRƯỜNG CĐ " in line:
        line = SCHOOL_KIND_CODE.sub(lambda m: SCHOOL_KIND_CODES[m.group(1)], line)  # "HIỆU TRƯỞNG TRƯỜNG ĐH Y DƯỢC …"
    body = line if _starts_with(line, BODY_HEADS) else None
    if body is not None and _starts_with(line, OFFICE_HEADS) and (not block or not _within(body, block)) and not line.startswith("THỦ TƯỚNG"):
        # "BỘ TRƯỞNG BỘ Y TẾ" opens with "BỘ" but is an office, then its body (also with no issuer block:
        # the body is the ministry, not "Bộ trưởng Bộ Y tế"); the Prime Minister issues in his own name.
        body = None
    office = False
    if body is None and _starts_with(line, OFFICE_HEADS):
        body = _body_after_office(line)
        office = True
    if body is None or not block:
        return body
    if _within(body, block) or _completes_bare_organ(body, block):
        return body
    # An office, then the block's body in other marks: an OCR copy's "TRƯỜNG ĐAI HOC SƯ PHAM KỸ THUÂT
    # VINH" in the block, "HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC SƯ PHẠM KỸ THUẬT VINH" under the title.
    if not office:
        return None
    if _spelled_alike(body, _split_bodies(block)[-1]):
        return body
    # …or with its parent's short name after a comma: "HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC KHOA HỌC TỰ NHIÊN, ĐHQG-HCM"
    # under "ĐẠI HỌC QUỐC GIA TP. HỒ CHÍ MINH" / "TRƯỜNG ĐẠI HỌC KHOA HỌC TỰ NHIÊN".
    own, comma, _ = body.partition(",")
    return body if comma and len(own.split()) >= 3 and _words(own) == _words(block[-1]) else None


def _spelled_alike(a: str, b: str) -> bool:
    """Whether two names in capitals are one name an OCR copy misspelled: the same words without their
    marks ("ĐAI HOC" / "ĐẠI HỌC"), or their letters one insertion, deletion or change apart ("THÀNH PHHỒ
    CHÍ MINH" / "THÀNH PHỐ HỒ CHÍ MINH"), among ten letters at least."""
    wa, wb = _unmarked_words(a), _unmarked_words(b)
    x, y = "".join(wa), "".join(wb)
    if x == y:
        return True
    if len(x) < 10 or abs(len(x) - len(y)) > 1:
        return False
    longer, shorter = (wa, wb) if len(wa) > len(wb) else (wb, wa)
    if len(longer) == len(shorter) + 1 and any(longer[:k] + longer[k + 1 :] == shorter for k in range(len(longer))):
        return False  # a word more is another body: "TRƯỜNG ĐẠI HỌC Y VINH" is not "TRƯỜNG ĐẠI HỌC VINH"
    if len(x) > len(y):
        x, y = y, x
    i = next((k for k, (p, q) in enumerate(zip(x, y)) if p != q), len(x))
    return x[i + (len(x) == len(y)) :] == y[i + 1 :]


def _unmarked_words(s: str) -> list[str]:
    """The words of a name in capitals without their marks: 'ĐAI HOC' and 'ĐẠI HỌC' -> ['DAI', 'HOC']."""
    return [_unmarked(w) for w in _words(s)]


def _unmarked(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s.replace("Đ", "D")) if not unicodedata.combining(c))


def _marks(s: str) -> int:
    """How many marks a name carries (an OCR copy drops them: 'ĐAI HOC' has fewer than 'ĐẠI HỌC')."""
    return sum(1 for c in unicodedata.normalize("NFD", s) if unicodedata.combining(c))


def _completes_bare_organ(body: str, block: list[str]) -> bool:
    """Whether an authority line names the bare organ that is the whole issuer block, with its level
    and place: "UỶ BAN NHÂN DÂN TỈNH SƠN LA" under the block "UỶ BAN NHÂN DÂN" (a table's header
    whose second row the copy lost)."""
    organ = canonical_org(" ".join(block))
    if organ not in BARE_ORGANS:
        return False
    named = canonical_org(body) or ""
    return named.startswith(organ + " ") and LEVEL_AND_PLACE.match(named[len(organ) + 1 :]) is not None


def _within(body: str, block: list[str]) -> bool:
    """Whether every word of a body's name is a word of the issuer block (abbreviations expanded)."""
    known = set(_words(expand_abbreviations(" ".join(block))))
    return set(_words(expand_abbreviations(body))) <= known


def _words(s: str) -> list[str]:
    """The words of a name in capitals, old-style tones normalised: 'UỶ BAN' -> ['ỦY', 'BAN']."""
    return normalize_tones(s).upper().replace(",", " ").replace("-", " ").split()


def _province_in(name: str) -> str | None:
    m = re.search(r"(?i)(?:tỉnh|thành phố|tp\.?)\s+(.+)$", name)
    if m:
        p = province_name(m.group(1))
        if p:
            return p
    return None


# The commune a body's name ends with: "YÊN ĐỊNH" of "UBND XÃ YÊN ĐỊNH", "PẢ VI" of "TRẠM Y TẾ XÃ PẢ VI".
COMMUNE_IN_BODY = re.compile(r"(?i)(?<!\w)(?:xã|phường|thị trấn)\s+(?P<commune>[^,()]+)$")


def _commune_in(name: str) -> str | None:
    """The commune a body names at its end, in capitals ("UBND XÃ YÊN ĐỊNH" -> "YÊN ĐỊNH"), or None."""
    upper = name.upper()
    if not (" XÃ " in upper or " PHƯỜNG " in upper or " TRẤN " in upper) or (m := COMMUNE_IN_BODY.search(name)) is None:
        return None
    return m["commune"].strip().upper()


def _district_in(name: str) -> str | None:
    m = re.search(r"(?i)(?:huyện|thị xã|quận)\s+(.+)$", name)
    if m:
        return district_name(m.group(1))
    return None
