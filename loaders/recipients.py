"""Recipients from the "Nơi nhận" block, with their purpose.

The block is the left column under "Nơi nhận:"; PDF copies merge it with the signature column
on the same lines ("- Đăng Website BV;        PHÓ GIÁM ĐỐC"), so each line is cut at its column
gap and only the left piece is read. One entry per body: "Đảng ủy, BGĐ Sở Y tế" names two.
External bodies named by level are qualified with the document's province or district; the
issuer's own units keep the text's wording (abbreviations expanded).
"""

from __future__ import annotations

import re
from functools import lru_cache

from vanban.loaders.codes import (
    BODY_CODES,
    COMMITTEE_CODES,
    DEPARTMENT_CODES,
    LIST_HEADS,
    OFFICE_OWNERS,
    OFFICE_TITLES,
    OFFICE_UNITS,
    RECIPIENT_ABBREVIATIONS,
    STANDING_CODES,
)
from vanban.loaders.header import MOTTO, NOI_NHAN, SURNAMES, noi_nhan_lines
from vanban.loaders.letters import LOWER_LETTERS, UPPER_LETTERS
from vanban.loaders.names import HONORIFIC, COMMA_NAME_HEAD, PARTY_COMMITTEE_OF_LEVEL, COMMA_NAME_TAIL, canonical_org, initials, join_comma_names, contains_word, expand_abbreviations, is_all_caps, normalize_tones, tidy
from vanban.loaders.lines import holds
from vanban.loaders.kind_lists import KindList, bodies_per_place, holders_of, kind_list
from vanban.loaders.parties import departments_by_field
from vanban.loaders.places import is_city, place_spelling
from vanban.loaders.sections import EXECUTION_TITLE
from vanban.loaders.records import Header, Purpose, Recipient, Task
from vanban.loaders.text import PAGE_NUMBER, Text

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
    "th/h": "thực hiện",  # "(Th/h)" (corpus 062)
    "p/h": "phối hợp",
    "ph/h": "phối hợp",  # "(để ph/h th/h)": to cooperate and carry out, the first mark read
    "phối hợp": "phối hợp",
    "biết": None,
    "b/t": None,
    "đ/b": None,  # "(đ/b)": để biết (corpus 047)
    # "Cổng TTĐT tỉnh (đưa tin)" (corpus 047): the portal posts it.
    "đưa tin": "đăng tải",
    "đăng tải": "đăng tải",  # "Cổng TTĐT tỉnh (đăng tải)", "(để đăng tải)"
    "đăng tin": "đăng tải",
    "đăng": "đăng tải",  # "Trang TTĐT Sở (để đăng)"
    "chỉ đạo": None,
    "kiểm tra": None,  # "Bộ Tư pháp (để kiểm tra)": the ministry checks a legal document
    # Shortened and longer forms of the same marks: "(để t/hiện)", "(để b/cáo)", "(thay b/c)" (a
    # report sent in place of one), "(p/hợp)", "(để phối hợp thực hiện)", "(để thi hành)".
    "t/hiện": "thực hiện",
    "thi hành": "thực hiện",
    "b/cáo": "báo cáo",
    "thay b/c": "báo cáo",
    "thay báo cáo": "báo cáo",
    "p/hợp": "phối hợp",
    "ph/hợp": "phối hợp",
    "phối hợp thực hiện": "phối hợp",
    "chỉ đạo thực hiện": None,
    "theo dõi": None,
    "giám sát": None,
}

# The marks written with a slash, which may be followed by whom they concern: "b/c" in "(để b/c lãnh
# đạo Bộ)".
SLASH_MARKS: frozenset[str] = frozenset({"b/c", "t/h", "p/h", "ph/h", "th/h"})
# The honorific before one office-holder (names.HONORIFIC, shared with a letter's addressees).
# The courtesy before an office-holder addressed alone: "Ông" in "Kính gửi: Ông Giám đốc Sở Tài chính",
# "Ông/Bà", "Ông (Bà)" (kept before a person's name: "Ông Nguyễn Văn A" names no office).
COURTESY = re.compile(r"(?:Ông|Bà)(?:\s*/\s*[Bb]à|\s*\(\s*[Bb]à\s*\))?\s+(?=\S)")
# The heading of the block: "Nơi nhận:", "***Nơi nhận:***", "NƠI NHẬN:", not a procedure's "Nơi nhận hồ
# sơ:" (one pattern with the signature's reader, header.NOI_NHAN).
HEADING = NOI_NHAN
# A column gap: "- Đăng Website BV;          PHÓ GIÁM ĐỐC" (r"\s{3,}|\t+", written to open with
# one \s so that the regex engine skips from space to space; see header.COLUMN_GAP).
COLUMN_GAP = re.compile(r"\s(?:\s{2,}|(?<=\t)\t*)")
# Markdown debris: "**", "*", "|".
MARKUP = re.compile(r"\*+|\|")
# The opening line of an appendix or an attached form: "PHỤ LỤC", "Phụ lục 01", "Mẫu số 01", "MẪU BÁO
# CÁO" (markup allowed: "**PHỤ LỤC**", "# Mẫu số 02").
APPENDIX = re.compile(r"^[\s*#|_]*(?:PHỤ\s+LỤC|Phụ\s+lục|MẪU|Mẫu\s+số|Mẫu\s+\d|Biểu\s+mẫu|BIỂU\s+MẪU)\b")
# A numbered item: "1. " in "1. Sở Tài chính;", "2)" in "2) Sở Nội vụ (b/c);", "3." in "3.Lưu: VT." (read
# as an item only in a list numbered from its first item on, each number the next: see _block); also in brackets: "(1)"
# in "(1) Như trên;" / "(2) Phòng Tài chính - Kế hoạch;" / "(3) Lưu VT.".
NUMBERED_ITEM = re.compile(r"^(?:(?P<n>\d{1,2})\s*[.)]|\((?P<b>\d{1,2})\))\s*(?=[^\W\d_])")
# The codes of an office's units going on on the next line after a comma, in capitals: "ĐT, TNMT, HH,
# TTTTDTTTP;" under "- VPUB: CVP, các PCVP, KTN, KTTH, KGVX," (a signature's line has no commas).
CODE_LIST = re.compile(rf"^[{UPPER_LETTERS}&-]{{1,12}}(?:\s*,\s*[{UPPER_LETTERS}&-]{{1,12}})+\s*[;.,]$")
# One code ending a list of codes on the next line: "NHNNVN;" under "- Các Bộ, cơ quan: NNMT, …, KHCN," (a Thông báo of Văn
# phòng Chính phủ).
ONE_CODE = re.compile(r"^[A-ZĐ][A-ZĐ&-]{1,11}\s*[;.]$")
# A rule across the page, no item: "---", "-----", "_____", "***", "===" (a page break a copy marks).
RULE = re.compile(r"^[-_=*–—]{3,}$")
# A list item: "- UBND tỉnh (B/c);", "+ Lưu VT.", "• Sở Nội vụ".
# Also the bullets a Word list or a PDF leaves: "·", "—", "▪", "●", "○", "◦", "" (a symbol font's
# bullet), "➢", and "o" before a capital ("o Sở Nội vụ;", Wingdings' bullet read as a letter).
ITEM = re.compile(rf"^(?:[-+•–·—▪●○■◦\uf0b7\uf0a7\uf02d➢►❖]|o(?=\s+[{UPPER_LETTERS}]))\s*")
# The start of the next item inside one line, after the end of the one before it: "; - " in
# "- UBND huyện (b/c); - Trạm Y tế các xã; - Lưu: VT." (a Nơi nhận cell of a table whose lines
# a copy joined with spaces; a Party document ends its items with ","); a legal library's copy runs
# them together after the semicolon: "- Như Điều 5;- Bộ trưởng (để báo cáo);- Lưu: VT, KCB.".
INLINE_ITEM = re.compile(r"(?<=[;.,])\s+[-+•–]\s+|(?<=;)[-+•–]\s+")
# A purpose mark in parentheses: "(B/c)", "(để b/c)", "*(để báo cáo)*", "(Báo cáo)".
# Also in quotes, as an OCR copy writes it: "“báo cáo”" in "- - UBND tỉnh “báo cáo”;", '"báo cáo"'.
PURPOSE = re.compile(r"(?:\(|“|\")\s*(?P<for>để\s+)?(?P<mark>[^()“”\"]{1,30}?)\s*(?:\)|”|\")", re.IGNORECASE)
# A purpose mark written after a dash or a comma, without parentheses, ending the item: ", để b/c" in
# "UBND tỉnh, để b/c", "- để thực hiện" in "Sở Y tế - để thực hiện".
TRAILING_PURPOSE = re.compile(r"\s*[-–,]\s*để\s+(?P<mark>b/c|báo cáo|t/h|thực hiện|p/h|phối hợp|biết)\s*$", re.IGNORECASE)
# The duty written out after the bodies, the instrument named: "- HĐND, UBND các tỉnh, thành phố trực thuộc TW" / "thực hiện
# Chương trình;" (a Thông tư of Ủy ban Dân tộc), "- Các phòng chuyên môn (để) thực hiện Kế hoạch này;".
TRAILING_DUTY = re.compile(
    r"\s+(?:để\s+)?thực\s+hiện\s+(?:Chương\s+trình|Kế\s+hoạch|Đề\s+án|Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị|Thông\s+tư)(?:\s+này)?\s*$"
)
# The parts of a mark that gives two purposes: "(để biết và t/h)", "(để báo cáo, phối hợp)".
MARK_PARTS = re.compile(r"\s*(?:[,;]|\svà\s)\s*")
# A purpose mark that an OCR tool wrote as an inline formula: "$( \mathsf { b } / \mathsf { c } )$" in
# "- Chủ tịch UBND tỉnh $( \mathsf { b } / \mathsf { c } )$ ;" (read as "(b/c)", see _latex_text).
LATEX_INLINE = re.compile(r"\$([^$\n]{1,80})\$")
# A formula's command: "\mathsf", "\mathrm".
LATEX_COMMAND = re.compile(r"\\[A-Za-z]+")
# A line that holds only a purpose mark, which a PDF copy wrapped off the item it marks: "(b/c);"
# under "- Ban Thi đua - Khen thưởng Trung ương" (corpus 010), "để báo cáo;", "(để thực hiện)".
PURPOSE_LINE = re.compile(
    r"^\(?\s*(?:để\s+)?(?P<mark>" + "|".join(map(re.escape, sorted(PURPOSE_MARKS, key=len, reverse=True)))
    + r")\s*\)?\s*(?P<end>[;.,]?)$",
    re.IGNORECASE,
)
# The path of the Word file a copy was printed from, on a line of its own under the block:
# "d:\2011\CV\SVH\T4\Bau cho Vinh Ha Long", "D\2017\CVUB\uy quyen CDDH".
FILE_PATH = re.compile(r"^[A-Za-z]:?\\\w")
# An archive line: "Lưu VT, VP.", "Lưu: VT, TCHC.", "Lưu: VT, NV (V-10b)."
ARCHIVE = re.compile(r"^Lưu\b", re.IGNORECASE)
# A signer's name run on after the archive line of a Nơi nhận block written on one line: ". Nguyễn
# Thị Hoa" in "Lưu: VT. Nguyễn Thị Hoa" (each word capitalised, no code: "Lưu: VT. TCHC" keeps it).
SIGNER_AFTER_ARCHIVE = re.compile(rf"\.\s+[{UPPER_LETTERS}][{LOWER_LETTERS}]+(?:\s+[{UPPER_LETTERS}][{LOWER_LETTERS}]+){{1,4}}\s*$")
# A lone lower-case letter after the archive's full stop, a copy's stray mark: " y" in "Lưu: VT, CN(2). y" (Công văn
# 11654/VPCP-CN).
STRAY_AFTER_ARCHIVE = re.compile(r"(?<=\.)\s+[a-zđ]$")
# A posting line: "Đăng Website BV", "Đăng tải trên Cổng thông tin điện tử".
POSTING = re.compile(r"^Đăng(?:\s+tải)?(?:\s+(?:lên|trên))?\s+", re.IGNORECASE)
# A Nơi nhận heading run on after the body's end mark: "… tổ chức thực hiện Thông tư này./. Nơi nhận: -
# Như Điều 24; …" (a legal library's copy that joins a page's lines).
INLINE_HEADING = re.compile(r"\./\.\s*\**\s*(?=Nơi\s+nhận\s*:)")
# The signature that follows such a block on its line: ". KT. THỐNG ĐỐC", "; TM. ỦY BAN NHÂN DÂN", or
# the signer's title alone: ". GIÁM ĐỐC" in "Nơi nhận: - Như trên; - Lưu: VT. GIÁM ĐỐC Nguyễn Văn An".
INLINE_SIGNATURE = re.compile(
    rf"(?<=[.;])\s+(?:(?:KT|TM|TL|TUQ|Q)\.\s*[{UPPER_LETTERS}]"
    r"|(?:PHÓ\s+)?(?:GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG BAN|BÍ THƯ|HIỆU TRƯỞNG|TRƯỞNG PHÒNG|CHÁNH VĂN PHÒNG)\b)"
)
# A piece of the signature column that a copy merged onto an item's line with a space or two (too few
# for a column gap), run to the line's end after the item's end mark: "PHÓ CHỦ TỊCH" in "- Như trên;
# PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH" in "- Như trên;  KT. CHỦ TỊCH", "(Đã ký)" in "- Thường trực HĐND tỉnh
# (b/c); (Đã ký)" or "(Đã ký và đóng dấu)" ("(Ký, ghi rõ họ tên)" in a form), "THỨ TRƯỞNG" in "- Bộ
# trưởng (để b/c); THỨ TRƯỞNG", "TRƯỞNG TIỂU BAN"; also after an item without its end mark: "PHÓ CHỦ TỊCH" in "- Thường trực Tỉnh ủy (để b/c) PHÓ CHỦ TỊCH". At most six
# words of capitals after it, so that an item in capitals goes on ("; CHỦ TỊCH UBND CÁC XÃ;" ends with
# ";"); "KT." and "TM." before a word in capitals ("Q. Tân Bình" is a district of a city).
_SIGNED = r"\(\s*(?:[Đđ]ã\s+ký|[Kk]ý)(?:\s*(?:,|và)\s*(?:đóng\s+dấu|ghi\s+rõ\s+họ\s+tên))*\s*\)"
# The mark of a signature alone on a line between the items, the signature column's: "(Đã ký)", "(Đã ký và đóng dấu)".
SIGNED_MARK = re.compile(_SIGNED)
SIGNATURE_AFTER_ITEM = re.compile(
    rf"(?<=[.;,){LOWER_LETTERS}])\s+(?:(?:KT|TM|TL|TUQ|Q)\.\s*[{UPPER_LETTERS}]{{2,}}|" + _SIGNED
    + r"|(?:PHÓ\s+|TỔNG\s+)?(?:GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG|BÍ THƯ|HIỆU TRƯỞNG|CHÁNH VĂN PHÒNG"
    r"|BỘ TRƯỞNG|THỨ TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG|VIỆN TRƯỞNG|CHÁNH ÁN|THỦ TRƯỞNG)\b)"
    rf"(?:\s+[{UPPER_LETTERS}.]+){{0,6}}\s*$"
)
# A signer's name merged onto an item's line after its end mark: "Nguyễn Văn An" in "- Các Sở, ban,
# ngành; Nguyễn Văn An" (read as a name when its first word is a surname and the words name no place:
# "Báo Thái Bình" or "; Thái Bình" is no signer, see _signer_after).
NAME_AFTER_ITEM = re.compile(rf"(?<=[;,])\s+(?P<name>[{UPPER_LETTERS}][{LOWER_LETTERS}]+(?:\s+[{UPPER_LETTERS}][{LOWER_LETTERS}]+){{1,3}})\s*$")
# The words of a signature's lines in capitals, merged onto an item's line after it: "DÂN" in "- Văn
# phòng Chính phủ DÂN" (the line "TM. ỦY BAN NHÂN" / "DÂN" of the column beside), "PHÓ CHỦ TỊCH",
# "NHÂN DÂN". All the run's words must be such words: "ĐỒNG VĂN" (a district) is no signature.
SIGNATURE_WORDS: frozenset[str] = frozenset(
    "ỦY UỶ BAN NHÂN DÂN PHÓ CHỦ TỊCH GIÁM ĐỐC TRƯỞNG THỨ BỘ BÍ THƯ HIỆU CHÁNH VĂN PHÒNG THƯỜNG VỤ TỔNG CỤC VIỆN THỦ "
    "TIỂU".split()
)
# A run of capitals ending an item's line after a lowercase letter or an end mark (see SIGNATURE_WORDS).
CAPS_AFTER_ITEM = re.compile(rf"(?<=[{LOWER_LETTERS}.;,)])\s+(?P<caps>[{UPPER_LETTERS}]+(?:\s+[{UPPER_LETTERS}]+){{0,5}})\s*$")
# Middle names that tell a signer's name merged after an item when its surname is rare: "Lan Thị Vân",
# "Dinh Chí Thành" (an OCR copy's "Đinh").
MIDDLE_NAMES: frozenset[str] = frozenset(
    "Văn Thị Đức Hữu Minh Ngọc Quang Xuân Thanh Công Đình Trọng Hồng Kim Chí Quốc Bá Duy Tiến Mạnh".split()
)
# A reference to the addressees: "Như trên", "Như Kính gửi", "Như mục 3".
AS_ABOVE = re.compile(r"^Như\s+(?P<what>.*)$", re.IGNORECASE)
# A reference to the article that charges bodies with the decision: "Điều 3" in "Như Điều 3",
# "Như điều 4", "Như Điều 3 (t/h)".
ARTICLE_REF = re.compile(r"^điều\s+(?P<n>\d{1,2})\b")
# A reference to a clause of such an article: "khoản 2 Điều 3" in "Như Khoản 2 Điều 3", "Như khoản 2,
# Điều 3" (read lower-cased).
CLAUSE_REF = re.compile(r"^khoản\s+(?P<k>\d{1,2})\s*,?\s+điều\s+(?P<n>\d{1,2})\b")
# A reference to a section of a plan by its Roman numeral: "mục III" in "Như Mục III", "Như phần III"
# (read lower-cased; "Như mục 3" names an item of some section, which one the text does not say).
SECTION_REF = re.compile(r"^(?:mục|phần)\s+(?P<s>[ivx]{1,5})\b")
# How many lines above Nơi nhận the article it names is looked for.
ARTICLE_LINES = 120
# The words closing the list of bodies an article charges: "… chịu trách nhiệm thi hành Quyết định
# này./.", "… có trách nhiệm tổ chức thực hiện", "… căn cứ Quyết định thi hành./.", "… thi hành Quyết
# định này" (lower case: "Điều 3. Thi hành Quyết định này" charges no one).
CHARGED = re.compile(
    r"\s(?:(?:chịu|có)\s+trách\s+nhiệm\s+(?:tổ\s+chức\s+)?(?:thi\s+hành|thực\s+hiện|triển\s+khai)"
    r"|căn\s+cứ\s+(?:Quyết\s+định|Nghị\s+quyết)\s+(?:này\s+)?(?:để\s+)?thi\s+hành"
    r"|thi\s+hành\s+(?:Quyết\s+định|Nghị\s+quyết)\s+này)"
)
# The end of the sentence before the bodies: "Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng …".
SENTENCE_END = re.compile(rf"\.\s+(?=[{UPPER_LETTERS}])")
# The number that opens the line under an article's word alone: "14:" in "**Điều" / "14: Trách nhiệm thi hành**".
SPLIT_ARTICLE_NUMBER = re.compile(r"^[\s*_]*(?P<n>\d{1,2})\s*[.:][\s*_]*")
# The article's number at its head, markup and bold marks allowed: "Điều 3.", "**Điều 2.**** **".
ARTICLE_HEAD = re.compile(r"^[\s*_|#]*Điều\s+(?P<n>\d{1,2})\s*[.:]?[\s*_]*")
# Where an article charges one body from another: ", Giám đốc Sở …" after "Chánh Văn phòng UBND
# tỉnh", ", các bộ phận chuyên môn …"; "; " always; " và " before "các thành viên Ban Chỉ đạo tỉnh" or
# an office ("… Y tế các Bộ, Ngành và Thủ trưởng các đơn vị có liên quan").
# (Not before a code, "TCHC, KHKT", nor before a kind alone, "Trưởng các Phòng, Khoa, Trung tâm": see
# _charged.)
ARTICLE_COMMA = re.compile(r",\s+")
ARTICLE_AND = re.compile(r"\s+và\s+(?=các\s|[Ôô]ng\s|[Bb]à\s|(?:Thủ trưởng|Giám đốc|Chủ tịch|Trưởng)\s)")
# An organ an article names without its level, before one that has it: "Hội đồng nhân dân" in "Hội
# đồng nhân dân, Ủy ban nhân dân thành phố Đà Nẵng" is the city's.
BARE_ORGAN = re.compile(r"(?:Thường trực\s+)?(?:Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|UBND)")
ORGAN_PLACE = re.compile(
    r"^(?:Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|UBND)\s+(?P<place>(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s.+)$"
)
# The parties named in general, no body: "các tổ chức, cá nhân có liên quan", "các ông (bà) có tên tại
# Điều 1", "các đơn vị liên quan" ("Thủ trưởng các cơ quan, đơn vị có liên quan" is a group and stays).
ARTICLE_GENERIC = re.compile(
    r"^(?:và\s+)?(?:các\s+)?(?:tổ\s+chức|cá\s+nhân|ông|bà|Ông|Bà|Các\s+ông|Các\s+Ông)\b|có\s+tên\s+tại|(?:^|\s)cá\s+nhân\s+có\s+liên\s+quan$"
    r"|^(?:các\s+)?(?:cơ\s+quan,?\s+)?đơn\s+vị\s+(?:có\s+)?liên\s+quan$"
)
# The parties in general that close the list, cut with what follows: ", các tổ chức, hội, đoàn thể và cá
# nhân có liên quan", "; các tổ chức và cá nhân có liên quan", " và các tổ chức, cá nhân liên quan".
# Also with the bodies first: " và cơ quan, tổ chức, cá nhân có liên quan" (QĐ 18/2016 of UBND tỉnh Hà Giang, whose
# "Như Điều 3" read "Chủ tịch UBND các huyện, thành phố Hà Giang và cơ quan").
# Not the group of bodies a head is named for: "Thủ trưởng các cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý của tỉnh Bắc
# Ninh, …" (QĐ 84/2025/QĐ-UBND of UBND tỉnh Bắc Ninh).
GENERIC_TAIL = re.compile(r"(?:,|;|\s+và)\s+(?:các\s+)?(?:cơ\s+quan\s*,\s*)?(?:tổ\s+chức|cá\s+nhân)\b(?!,\s*đơn\s+vị).*$")
# The office-holders an article charges, whose title the Nơi nhận codes do not list: "Thủ trưởng các
# sở, ban, ngành Thành phố", "Hiệu trưởng các trường".
# A commune's civil servant named by the field in capitals the same: "công chức Lao động - Thương binh và Xã hội" in
# "Điều 3. Văn phòng HĐND và UBND xã, công chức Lao động - Thương binh và Xã hội, Trưởng các thôn … chịu trách nhiệm thi
# hành Quyết định này" (CIVIL_SERVANT: a body of its own after the office, whose name it joined).
CHARGED_OFFICE = re.compile(
    r"^(?:các\s+)?(?:Thủ\s+trưởng|Hiệu\s+trưởng|Cục\s+trưởng|Vụ\s+trưởng|Viện\s+trưởng|Tổng\s+Giám\s+đốc"
    rf"|Trưởng\s+(?:các\s+)?(?:phòng|ban|khoa|trạm|đơn\s+vị|bộ\s+phận|tổ))(?:\s|,)|^[Cc]ông\s+chức\s+(?=[{UPPER_LETTERS}])"
)
CIVIL_SERVANT = re.compile(rf"[Cc]ông\s+chức\s+[{UPPER_LETTERS}]")
# A person an article charges: "ông Nguyễn Mạnh Hùng", "bà Lê Thị Thảo".
PERSON_CHARGED = re.compile(r"^(?:[Ôô]ng|[Bb]à)\s")
# The courtesy before the bodies: "Các ông (bà) ", "Các Ông/Bà ".
ARTICLE_COURTESY = re.compile(r"^(?:Các\s+)?[Ôô]ng\s*(?:\(\s*bà\s*\)|/\s*[Bb]à|,\s*[Bb]à)\s*:?\s+")
# The bodies of an article parted by colons, as a copy reads its semicolons: "Chánh văn phòng Bộ: Chánh
# Thanh tra Bộ: Vụ trưởng, Cục trưởng …".
ARTICLE_PARTS = re.compile(r"[;:]\s*")
# A group of kinds before a kind continuing it: "Vụ trưởng, Cục trưởng các Vụ" / "Cục thuộc Bộ Y tế".
PLURAL_KINDS_END = re.compile(r"\scác\s+\S+$")
# The "Kính gửi:" block: "Kính gửi: Hội đồng nhân dân tỉnh Cà Mau" or a list of "- …" lines; also
# with its words run together by a web copy: "Kínhgửi: Sở Tài nguyên và Môi trường".
# An OCR copy's "Kinh gửi:", "Kính gủi:", "Kính gưi:" too.
ADDRESSEES = re.compile(r"^[\s*|]*K[íi]nh\s*g[ửởủưu]i\s*:?[\s*]*(?P<rest>.*)$", re.IGNORECASE)
# The second word of a "Kính gửi:" heading broken after its first: "gửi:**" under "**Kính" (Công văn 5609/LS-XNC).
HEADING_SECOND_WORD = re.compile(r"^g[ửởủưu]i\s*:", re.IGNORECASE)
# The addressees' heading of a Công điện, its sender in capitals then "điện:": "**THỦ TƯỚNG CHÍNH PHỦ điện:**" (Công điện
# 223/CĐ-TTg, 229/CĐ-TTg), "BỘ TRƯỞNG BỘ Y TẾ điện:", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:".
CABLE_ADDRESSEES = re.compile(rf"^[\s*|#]*(?:[{UPPER_LETTERS}]+\s+){{1,10}}điện\s*:[\s*]*(?P<rest>.*)$")
# The same heading in the right column of a line whose left column holds the letter's subject, as a
# PDF read with its layout or a table row gives it: "V/v tăng cường công tác        Kính gửi: Sở Y tế"
# (the southern spelling "Kính gởi" too), "| V/v phòng chống dịch | Kính gửi: Sở Y tế |".
ADDRESSEES_BESIDE = re.compile(r"(?:\s{3,}|\t|\|)[\s*]*K[íi]nh\s*g[ửởủưu]i\s*:?[\s*]*(?P<rest>.*)$", re.IGNORECASE)
# Words that open a body's own name: "BGĐ Sở Y tế" -> owner "Sở Y tế"; "PCT UBND huyện" -> "UBND huyện";
# the press and the mass organisations by name: "Báo Quảng Nam", "Đài Phát thanh - Truyền hình tỉnh",
# "Hội Cựu chiến binh tỉnh", "Công báo" ("Hội" before a capital; "Báo" before a capital or
# "và": "Báo và Phát thanh, Truyền hình tỉnh"; not "báo cáo").
OWNER = re.compile(
    r"(?<![\w/-])(?:Sở|UBNDTP|HĐNDTP|UBND|Ủy ban|Uỷ ban|HĐND|Hội đồng|Tỉnh ủy|Huyện ủy|Thành ủy|Đảng ủy|Bệnh viện|BV|"
    r"Trung tâm|TTYT|Ban|Phòng|Văn phòng|VP|VPCP|VPUB|VPUBND|Bộ|BCHQS|Cục|Công an|MTTQ|Ủy ban MTTQ|UBMTTQ|UBMTTQVN|Viện|TAND|VKSND|"
    rf"Tòa án|Toà án|Kiểm toán [Nn]hà nước|Ngân hàng|Kho bạc|Bảo hiểm xã hội|Chính phủ|Đài|Công báo|Thông tấn xã|Hội(?=\s+[{UPPER_LETTERS}])|Báo(?=\s+(?:[{UPPER_LETTERS}]|và\s))|Cổng(?=\s+(?:TTĐT|[Tt]hông\s+tin)))\b"
)
# An item of a list of departments that names its own body: "Ban quản lý các khu công nghiệp" in "Các
# Sở, cơ quan: Y tế, Ban quản lý các khu công nghiệp" (not "Công an" in "Các Bộ: Quốc phòng, Công an").
# A group, a bank, a press or an association listed among ministries: "Tập đoàn Điện lực Việt Nam" in "Các Bộ, cơ quan:
# Tài chính, …, Ngoại giao, Tập đoàn Điện lực Việt Nam" (Thông báo 296e373d of Văn phòng Chính phủ), not "Bộ Tập đoàn …".
OWN_BODY_ITEM = re.compile(
    r"^(?:Sở|Bộ|Ban|Phòng|Văn phòng|Ủy ban|Uỷ ban|UBND|Trung tâm|Chi cục|Cục|Tổng cục|Bệnh viện|Viện"
    r"|Tập đoàn|Tổng công ty|Ngân hàng|Kho bạc|Kiểm toán|Thanh tra|Đài|Thông tấn xã|Học viện|Đại học|Hiệp hội)\s"
)
# The units of an office listed after its heads, under a second head: ", phòng: KGVX, TH" in "VPUB:
# CVP, PCVP, phòng: KGVX, TH, HC-QT" (Hà Nội's documents), ", Các phòng: NNMT, TH", ", các Vụ: TH, PL" (the
# government's office), ", các phòng, đơn vị: ĐMPT" in "VPUB: CVP; PCVP P.T.T.Huyền, các phòng, đơn vị: ĐMPT,
# TTTTDL&CNS, TH" (corpus 020), ", các Vụ, Cục:" in "VPCP: BTCN, các PCN, các Trợ lý TTg, Cổng TTĐT, các Vụ, Cục: NN, CN,
# KGVX, TH" (Công điện 226/CĐ-TTg).
UNITS_HEAD = re.compile(r",\s*(?=(?:[Cc]ác\s+)?(?:[Pp]hòng|Vụ)(?:\s*,\s*(?:đơn\s+vị|Cục))?\s*:)")
# Items of a line and parts of an item: "TT Tỉnh ủy; TT HĐND tỉnh", "Đảng ủy, BGĐ Sở Y tế".
SEMICOLON = re.compile(r";\s*")
# Copy counts after a recipient, dropped: "(1A, 1G)" in "CT, PCT UBND TP (1A, 1G)", "(2C, 3C)", "(1AE)".
COPY_MARKS = re.compile(r"\(\s*\d+[A-Za-z]{0,3}(?:\s*,\s*\d+[A-Za-z]{0,3})*\s*\)")
# A list head before its items: "Các Sở: XD, TC, KH&CN", "TTUB: CT, các PCT", "Thường trực: Tỉnh ủy, HĐND tỉnh".
LIST_HEAD = re.compile(r"^(?P<head>[^:;()]{1,40}?)\s*:\s*(?P<rest>[^:]+)$")
# A standing-committee code before a Party committee, a council or a people's committee: "TT." in
# "TT. Tỉnh ủy", "TT.HĐND tỉnh", "TTr" in "TTr HĐND tỉnh", "TT.TU", "TT. UBND tỉnh".
STANDING = re.compile(
    r"(?<![\w.])(?:" + "|".join(map(re.escape, sorted(STANDING_CODES, key=len, reverse=True))) + r")\s*"
    r"(?=(?:Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Đảng ủy|Đảng uỷ|HĐND|UBND|HĐNDTP|UBNDTP|"
    + "|".join(map(re.escape, COMMITTEE_CODES)) + r")(?![\w&]))"
)
# A Party committee code after "Thường trực": "TU" in "Thường trực TU" (from "TT.TU").
COMMITTEE_CODE = re.compile(r"(?<=Thường trực )(" + "|".join(map(re.escape, COMMITTEE_CODES)) + r")(?![\w&])")
# The Party committee codes of a centrally-run city's documents: its "TU" is the Thành ủy.
CITY_COMMITTEE_CODES: dict[str, str] = {**COMMITTEE_CODES, "TU": "Thành ủy"}
# A department or ministry named by its field's code: "Sở NN&MT", "Bộ KH&CN", "Các Sở VH,TT&DL".
DEPARTMENT_CODE = re.compile(
    r"(?<!\w)(?P<kind>Sở|Bộ|Phòng)\s+(?P<code>"
    + "|".join(map(re.escape, sorted(DEPARTMENT_CODES, key=len, reverse=True)))
    + r")(?![\w&])"
)
# An abbreviation of recipient lines as a whole word: "BTT" in "BTT Ủy ban MTTQ tỉnh", "UB" in
# "UB.MTTQVN" (its dot and the spaces after it taken too), "VN" in "Ủy ban MTTQ VN xã".
RECIPIENT_ABBREVIATION = re.compile(
    r"(?<![\w.&-])(" + "|".join(map(re.escape, sorted(RECIPIENT_ABBREVIATIONS, key=len, reverse=True)))
    + r")(?:(?![\w&.-])|\.\s*(?=\w))"
)
# An office code written with a dot before its body: "CT, các PCT. UBND tỉnh", "CVP, các PCVP.UBND tỉnh"
# (corpus 036) gave "các Phó Chủ tịch. Ủy ban nhân dân tỉnh".
OFFICE_DOT = re.compile(r"(?<![\w.])(PCT|CT|PCVP|CVP|PVP|LĐVP)\.\s*(?=\w)")
# The province's centre that runs its portal, its name in codes: "TT CN&CTTĐT tỉnh" (corpus 030), "Trung tâm CN và Cổng
# TTĐT tỉnh" (corpus 035), "TT. Công nghệ và Cổng TTĐT tỉnh" (corpus 036): the Trung tâm Công nghệ và Cổng thông tin
# điện tử of Đắk Lắk (not "TT" for a standing committee: a Trung tâm's field follows it).
PORTAL_CENTRE = re.compile(
    r"(?<![\wđ])(?:TT\.?|Trung\s+tâm)\s*(?:CN|Công\s+nghệ)\s*(?:&|và)\s*"
    r"(?:CTTĐT|Cổng\s+TTĐT|Cổng\s+[Tt]hông\s+tin\s+điện\s+tử)(?![\wđ])"
)
PORTAL_CENTRE_NAME = "Trung tâm Công nghệ và Cổng thông tin điện tử"
# The Bộ Tư pháp's department that checks legal documents, by its codes: "Cục KTVB&QLXLVPHC - Bộ Tư pháp", "Cục KTVB&QLXL
# VPHC-Bộ Tư pháp" (the Nơi nhận of every province's legal documents).
INSPECTION_DEPARTMENT_CODE = re.compile(r"KTVB\s*&\s*QLXL\s*VPHC(?P<dash>\s*[-–]\s*(?=Bộ))?")
INSPECTION_DEPARTMENT = "Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính"
# "TT" before a person's name, a deputy minister: "TT Nguyễn Mạnh Khương", "TT Nguyễn Thị Hà" (Công văn 11208/BNV-KHTC of
# Bộ Nội vụ); before a committee it is its standing body ("TT Tỉnh ủy", STANDING).
DEPUTY_MINISTER = re.compile(rf"(?P<code>TT)\.?\s+(?P<surname>[{UPPER_LETTERS}][{LOWER_LETTERS}]+)\s+[{UPPER_LETTERS}]")
# A person's name after an office and a dash, the office's holder: "Đỗ Tâm Hiển" in "Chủ tịch, PCT UBND tỉnh-Đỗ Tâm Hiển",
# "Nguyễn Đăng Trình" in "VP UBND tỉnh: CVP, PCVP-Nguyễn Đăng Trình" (QĐ 1617/QĐ-UBND of Chủ tịch UBND tỉnh Quảng Ngãi).
PERSON_AFTER_DASH = re.compile(rf"\s*[-–]\s*(?P<person>[{UPPER_LETTERS}][{LOWER_LETTERS}]+(?:\s+[{UPPER_LETTERS}][{LOWER_LETTERS}]+){{1,3}})(?=\s*(?:[,;.]|$))")


def _dash_person(words: str) -> bool:
    """Whether words after a dash are a person's name: a surname first, no place ("Sở Văn hóa - Thông tin" has none)."""
    return words.split(" ", 1)[0] in SURNAMES and place_spelling(words) is None and OWNER.search(words) is None


# "VP." written for "VP" (Văn phòng) before a body: "VP. UBND thành phố".
VP_DOT = re.compile(r"(?<!\w)VP\.\s*(?=\w)")
# "&" left between two names that codes stood for: "Văn phòng ĐĐBQH&HĐND tỉnh" (corpus 005) ->
# "… Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh" (codes such as "TB&XH" keep theirs).
JOINED_NAMES = re.compile(rf"(?<=[{LOWER_LETTERS}])&(?=[{UPPER_LETTERS}][{LOWER_LETTERS}])")
# A people's committee named without its level, in an office-holder's name: "Chủ tịch Ủy ban nhân dân".
BARE_COMMITTEE = "Ủy ban nhân dân"
# A plural list of levels ending a recipient line: "các xã, phường" in "Đảng ủy, UBND các xã, phường",
# "các xã, phường, đặc khu", "các huyện, thị xã, thành phố"; also with the tie that closes a central
# body's list: "các tỉnh, thành phố trực thuộc Trung ương" in "HĐND, UBND các tỉnh, thành phố trực thuộc
# Trung ương", "các tỉnh, TP trực thuộc TW" (the place is shared: "thành phố trực thuộc Trung ương" names
# no body of its own).
_LEVELS = r"(?:tỉnh|xã|phường|thị trấn|đặc khu|huyện|thị xã|thành phố|TP|quận)"
_LEVELS_TIE = r"(?:\s+trực\s+thuộc\s+(?:[Tt]rung\s+ương|TW|TƯ))?"
PLURAL_LEVELS = re.compile(r"\scác\s+" + _LEVELS + r"(?:\s*[,/]\s*" + _LEVELS + r")*" + _LEVELS_TIE + r"$")
# A body whose units follow, ended by a place-level word: "tỉnh" in "Thường trực HĐND, UBND tỉnh".
LEVEL_END = re.compile(r"\s(?P<level>tỉnh|huyện|thành phố|TP|thị xã|quận|xã|phường|thị trấn|cấp xã|cấp huyện)$")
# A level and a place's name ending the last of a list of organs: "tỉnh Sơn La" in "Tỉnh ủy, HĐND, UBND tỉnh Sơn La".
LEVEL_PLACE_END = re.compile(
    rf"\s(?P<level>tỉnh|thành phố|huyện|thị xã|quận|xã|phường)\s(?P<place>[{UPPER_LETTERS}][^\s,;]*(?:\s[{UPPER_LETTERS}][^\s,;]*){{0,3}})$"
)
# A Party committee named without its place: "Tỉnh ủy", "Huyện ủy".
BARE_PARTY_COMMITTEE = re.compile(r"(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+[uủ][ỷy]")
# An organ named without its level, which takes the level of the last piece: "Thường trực HĐND"; "TAND" in "TAND, VKSND
# tỉnh" (the province's court and procuracy).
ORGAN_END = re.compile(
    r"(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Đảng ủy|MTTQ|UBMTTQ|Ủy ban MTTQ|TAND|VKSND|Tòa án nhân dân"
    r"|Viện [Kk]iểm sát nhân dân)$"
)
# The level word written with a capital at the end of a name: "Thường trực HĐND Thành phố",
# "BTT UBMTTQVN Tỉnh", "Thường trực Ủy ban MTTQ Việt Nam Phường".
CAPITAL_LEVEL_END = re.compile(r"\s(?:Thành phố|Tỉnh|Huyện|Quận|Thị xã|Thị trấn|Xã|Phường)$")
# " và các " between a body and a group of others: "Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể tỉnh"
# (corpus 010), "Văn phòng Thành ủy và các Ban Thành ủy" (corpus 008), "UBMTTQVN TP và các TC CT-XH"
# (corpus 004) name two bodies. Between office titles it lists the holders of one body: "CT và các
# Phó CT UBND Tỉnh" (corpus 015) is read as "CT, các Phó CT UBND Tỉnh".
# ", các " between them reads the same: "UBMTTQ Việt Nam tỉnh, các Hội, đoàn thể tỉnh" (corpus 005).
# " và " before the mass organisations without "các" reads the same: "UBMTTQVN tỉnh và hội, đoàn thể
# tỉnh" (corpus 023).
# A web portal and a body named after it with "và": "Website Sở và VPUBND tỉnh", "Cổng TTĐT tỉnh và Văn
# phòng UBND tỉnh" (the body after "và" opens with a capital: "Website và các trang mạng" is one).
WEB_AND = re.compile(
    r"^(?P<web>(?:Website|Trang\s+(?:web|thông\s+tin\s+điện\s+tử|TTĐT)|Cổng\s+(?:TTĐT|[Tt]hông\s+tin\s+điện\s+tử))"
    rf"(?:\s+[^\s,;]+){{0,3}}?)\s+và\s+(?=[{UPPER_LETTERS}])"
)
# The province's merged press and broadcaster, whose name holds a comma, before a group of others: "Báo
# và Phát thanh, Truyền hình tỉnh" in "Báo và Phát thanh, Truyền hình tỉnh, các cơ quan báo chí đóng trên
# địa bàn tỉnh" (corpus 025).
MEDIA_BODY = re.compile(r"^Báo và Phát thanh,\s*Truyền hình\b")
AND_GROUP = re.compile(r"(?:\s+và|,)\s+(?=các\s)|\s+và\s+(?=(?:hội|đoàn thể)\b)")
# A group of units, then with "và" a body of its own by name: "Các ban xây dựng Đảng và VP Tỉnh ủy" (corpus 064) names
# the Party committee's boards and its office, two entries ("Sở Kế hoạch và Đầu tư", "Ban Tuyên giáo và Dân vận": no
# body's head after "và"). The Party committee said once at the end owns the group too (PARTY_OWNER_END). So with a
# comma before an office: "Các ban đảng, Văn phòng Tỉnh ủy", "Các ban, VP Huyện ủy" (a comma before another kind,
# "Các phòng, ban chuyên môn", is the group's own).
GROUP_AND_BODY = re.compile(
    r"^(?P<group>[Cc]ác\s+(?:ban|sở|phòng|cơ\s+quan|đơn\s+vị)(?:\s[^,;:]+?)?)(?:\s+và\s+|\s*,\s*(?=(?:Văn\s+phòng|VP)\s))"
    rf"(?P<body>(?:Văn\s+phòng|VP|Ban|Sở|Phòng|Trung\s+tâm|Cục|Chi\s+cục)\s+[{UPPER_LETTERS}][^,;:]*)$"
)
# A Party committee ending a body's name, its place after it: "Tỉnh ủy" in "VP Tỉnh ủy", "Huyện ủy Ba Bể".
PARTY_OWNER_END = re.compile(rf"\s(?P<owner>(?:Tỉnh|Thành|Huyện|Đảng)\s+[uủ][ỷy](?:\s+[{UPPER_LETTERS}][^\s,;]*)*)$")
# The gazette and a body named after it with "và": "Công báo và Cổng thông tin điện tử Chính phủ" (the Nơi nhận of a
# Thông tư of Ủy ban Dân tộc), "Công báo tỉnh và Cổng TTĐT tỉnh".
GAZETTE_AND = re.compile(rf"^(?P<gazette>Công\s+báo(?:\s+(?:tỉnh|thành\s+phố|Chính\s+phủ))?)\s+và\s+(?=[{UPPER_LETTERS}])")
# A newspaper named by its code after another, the kind said once: "KTDT" in "Cổng TTĐT Chính phủ, Báo HNM, KTDT, Đài PT&TH
# Hà Nội" (a Quyết định of UBND thành phố Hà Nội).
PRESS_KIND = re.compile(r"(?:Báo|Tạp chí)\s+(?=[A-ZĐ]{2,8}$)")
PRESS_CODE = re.compile(r"[A-ZĐ]{2,8}")
# A front committee named without its level before " và các …": "UB.MTTQVN và các Đoàn thể TP" (corpus
# 024) takes the level said at the end.
FRONT_END = re.compile(r"(?:MTTQ|MTTQVN|UBMTTQ|UBMTTQVN|Mặt trận Tổ quốc)(?:\s+(?:Việt Nam|VN))?$")
# A signature line ends the block: "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN", "GIÁM ĐỐC".
# "T/M BAN THƯỜNG VỤ", "K/T TRƯỞNG BAN", "T/L BAN THƯỜNG VỤ" (Party documents).
SIGNATURE = re.compile(r"^(?:KT|TM|TL|TUQ|Q|K\.T|T\.M|T\.L)\s*\.|^(?:T/M|K/T|T/L)\s|^(?:PHÓ\s+)?(?:GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG BAN|BÍ THƯ)\b")

MAX_ITEMS = 40
# Signature-column pieces a PDF copy wraps between the items of Nơi nhận: at most this many
# lines in a row, of at most this many words ("KT. GIÁM ĐỐC", "PHÓ GIÁM", "Trần Xuân Dâng").
# "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "(Đã ký)" / "Nguyễn Hồng Quang" between two
# items: five pieces, blank lines between them not counted (up to SIGNATURE_LINES lines in all).
SIGNATURE_PIECES = 5
SIGNATURE_PIECE_WORDS = 6
SIGNATURE_LINES = 12


def _left(line: str) -> str:
    """The left column of a line: "- Đăng Website BV;" in "- Đăng Website BV;        PHÓ GIÁM ĐỐC". A
    gap inside an item, which a justified or OCR copy leaves, is no column's: "- Thường trực   Tỉnh
    ủy (b/c);" is one item (the piece after the gap ends the item, the piece before does not)."""
    parts = COLUMN_GAP.split(MARKUP.sub(" ", line).strip())
    first = parts[0].strip()
    if len(parts) > 1 and not first.endswith((";", ".", ",", ":")) and parts[1].rstrip().endswith((";", ",")):
        return f"{first} {parts[1].strip()}"
    return first


# The second line of a Nơi nhận heading broken after its first word: "nhận:*" under "*Nơi" (Công văn 11299/VPCP-KGVX).
HEADING_SECOND_LINE = re.compile(r"^[\s*_]*nh[ậâ]n\s*:[\s*_]*", re.IGNORECASE)


def _second_heading_line(text: Text, i: int) -> bool:
    """Whether line ``i`` ends a Nơi nhận heading whose first word is alone on the line above: "*Nơi" / "nhận:*"."""
    return (
        i > 0
        and HEADING_SECOND_LINE.match(text.lines[i].text) is not None
        and MARKUP.sub("", text.lines[i - 1].text).strip().lower() == "nơi"
    )


def _heading(text: Text) -> tuple[int, int] | None:
    """The line of the last Nơi nhận heading and the column it opens at: 0 for a heading opening its
    line, more for one a legal library's copy runs on after the body's end mark ("… thi hành Thông tư
    này./. Nơi nhận: - Như Điều 24; …", INLINE_HEADING)."""
    found: tuple[int, int] | None = None
    # From the last line up, the heading in capitals too ("NƠI NHẬN:"), and an OCR copy's "Nơi nhân:".
    for i in noi_nhan_lines(text):
        line = text.lines[i].text
        if HEADING.match(MARKUP.sub(" ", line)) or _second_heading_line(text, i):
            heading = i, 0
        elif "./." in line and (m := INLINE_HEADING.search(line)) is not None:
            heading = i, m.end()
        else:
            continue
        if found is None:
            found = heading
            if not _after_appendix(text, i):
                return found
            continue
        # A heading above the last: the last is a template's when an appendix opens between them (a
        # report form attached to a letter: "Mẫu số 01" / … / "Nơi nhận:" / "- Như trên;" / "- Lưu: VT.").
        if _after_appendix(text, i):
            # Another form's heading above it, both in the appendix (a Quy chế's "Mẫu số 01", "Mẫu số 02", each with its
            # "Nơi nhận:", QĐ 143/2025/QĐ-UBND of UBND tỉnh Đồng Tháp): the decision's own lies further up.
            found = heading
            continue
        if any(APPENDIX.match(ln.text) for ln in text.lines[i + 1 : found[0]]):
            return heading
        return found
    return found


# How many lines above a Nơi nhận heading an attached form's opening is looked for.
FORM_LINES = 150
# The words that open an appendix or a form (APPENDIX), found with str.find before the regex is tried.
APPENDIX_WORDS: tuple[str, ...] = ("LỤC", "lục", "MẪU", "Mẫu")


def _after_appendix(text: Text, i: int) -> bool:
    """Whether an appendix or a form opens within FORM_LINES lines above line ``i`` (its words found
    with str.find, then the line read with APPENDIX)."""
    lines = text.lines
    first = max(i - FORM_LINES, 0)
    start, end = lines[first].start, lines[i].start
    original = text.original
    if not any(holds(original, w, start, end) for w in APPENDIX_WORDS):
        return False
    return any(APPENDIX.match(ln.text) for ln in lines[first:i])


def _block(text: Text, header: Header | None = None) -> list[str]:
    """The items of the last Nơi nhận block, continuation lines joined (a page's running header
    between them skipped, read with the document's ``header``)."""
    lines = text.lines
    heading = _heading(text)
    if heading is None:
        return []
    start, column = heading
    signer = header.signer.name if header is not None and header.signer is not None else None
    # Whether a piece of the signature column was merged onto the block's lines above: its title
    # ("Nơi nhận: KT. CHỦ TỊCH", "- Như trên; PHÓ CHỦ TỊCH"); its name follows below (_is_signer).
    signed = False
    items: list[str] = []
    if column:
        # The block run on after the body's end mark, the signature after it on the same line: "…
        # - Lưu VP, PC, CNTT. KT. THỐNG ĐỐC PHÓ THỐNG ĐỐC Phạm Tiến Dũng PHỤ LỤC 01 …".
        first = HEADING.sub("", lines[start].text[column:], count=1).strip()
        if (sign := INLINE_SIGNATURE.search(first)) is not None:
            return _items_in(first[: sign.start()].strip())
    else:
        first = HEADING.sub("", _left(lines[start].text), count=1).strip()
        if _second_heading_line(text, start):
            first = HEADING_SECOND_LINE.sub("", first, count=1).strip()  # "*Nơi" / "nhận:*": the heading's second line
        signed = SIGNATURE.match(first) is not None
        if signed:
            # "Nơi nhận: KT. CHỦ TỊCH": the signature column's first line merged onto the heading's.
            first = ""
        elif ("." in first or ";" in first) and (sign := INLINE_SIGNATURE.search(first)) is not None:
            # The block on the heading's line, the signature after it: "Nơi nhận: - Như trên; - Lưu:
            # VT. GIÁM ĐỐC Nguyễn Văn An"; when no archive ends it there, the items go on below the
            # line ("Nơi nhận: - Như trên; PHÓ CHỦ TỊCH" / "- Sở Y tế;").
            first = first[: sign.start()].strip()
            if "Lưu" in first or not ITEM.match(first):
                return _items_in(first)
    # How many numbered items were read: a list numbered from its first item on ("1. Sở Tài chính;" /
    # "2. Sở Nội vụ (b/c);" / "3. Lưu: VT.") reads its items without their numbers.
    numbered = 0
    if first and (num := NUMBERED_ITEM.match(first)) is not None and _item_number(num) == 1:
        first, numbered = first[num.end() :], 1
    if first and not SIGNATURE.match(first):
        first, cut = _without_signature(first, signer), first
        signed = signed or first != cut
        items.extend(_items_in(first) if ITEM.match(first) or INLINE_ITEM.search(first) else _run_on_items(first))
    rest = lines[start + 1 : start + 1 + 3 * MAX_ITEMS]
    # The marks that end an item of a block written without list marks: ";", and "," from its first
    # item on when no line of it had a mark (a Party document's "Ban Bí thư Trung ương Đảng (b/c),").
    ends: tuple[str, ...] = (";",) if items else (";", ",")
    # Whether the block is written without list marks nor end marks, opened by "Như trên" (_bare_item),
    # which the heading's line may hold: "Nơi nhận: Như trên" / "Sở Y tế" / "Lưu VT".
    bare = len(items) == 1 and AS_ABOVE_PIECE.match(items[0]) is not None and not ITEM.match(first)
    i = 0
    while i < len(rest):
        left = _left(rest[i].text)
        i += 1
        if not left:
            if items and rest[i - 1].text.strip(" *") == "|":
                break
            continue
        if SIGNATURE.match(left):
            signed = True
            if not items:
                continue
            if ARCHIVE.match(items[-1]):
                break  # "- Lưu: VT." / "KT. CHỦ TỊCH": the archive ends the list, the signature follows it
            skip = _signature_lines(rest, i - 1, header, numbered + 1 if numbered else 0)
            if not skip:
                break
            i += skip - 1
            continue
        if RULE.match(left):
            continue  # "---", "_____": a page's rule or a markdown page break inside the list
        if FILE_PATH.match(left):
            continue  # "d:\\2011\\CV\\SVH\\…": the path a Word file's footer prints, no recipient
        if items and left[0] == "(" and SIGNED_MARK.fullmatch(left):
            signed = True
            continue  # "Bộ Y tế;" / "(Đã ký)" / "UBND thành phố;": the signature column's line between two items
        if items and signed and left[-1].isalpha() and 2 <= len(left.split()) <= 4 and _is_signer(left, signer, signed):
            continue  # "Các bệnh viện;" / "Lê Văn Hùng" / "Lưu: VT.": the signer's name, the column beside
        left, cut = _without_signature(left, signer, signed), left  # "b/c);  KT. CHỦ TỊCH": the signature column merged on
        signed = signed or left != cut
        if (
            items
            and "(" in items[-1]
            and items[-1].count("(") > items[-1].count(")")
            and ITEM.match(left) is None
            and len(left.split()) <= WRAPPED_LIST_WORDS
            and not is_all_caps(left)
        ):
            # A bracket left open goes on on the lines below up to its close: "- Công ty TNHH … Trading (số 208, ngõ" /
            # "66, phố Kim Mã Thượng," / "p. Cống Vị, Ba Đình, Hà Nội);" (a Công văn of Cục Hải quan: the items after it
            # were lost).
            items[-1] = f"{items[-1].rstrip()} {left}"
            continue
        if (num := NUMBERED_ITEM.match(left)) is not None and _item_number(num) == numbered + 1 and (numbered or not items):
            # "1. Sở Tài chính;" / "2. Sở Nội vụ (b/c);": the next item of a numbered list, its number dropped.
            numbered += 1
            ends = (";",)
            items.extend(_items_in(left[num.end() :]))
        elif ITEM.match(left):
            ends = (";",)
            left = _without_signature(left, signer, signed)
            if left[0] == "+" and items and items[-1].rstrip().endswith(":") and not ARCHIVE.match(ITEM.sub("", left)):
                # "- Văn phòng UBND tỉnh:" / "+ LĐVP, TPKTTH, KGVX, TH;": the units listed under the
                # body they belong to read as one line, "Văn phòng UBND tỉnh: LĐVP, TPKTTH, …".
                items[-1] = f"{items[-1].rstrip()} {ITEM.sub('', left)}"
                continue
            items.extend(_items_in(left))
        elif (not items or bare) and not ARCHIVE.match(items[-1] if items else "") and _bare_item(left, bool(items)):
            # A block without list marks nor end marks, opened by its reference: "Như trên" / "Sở Y tế" /
            # "UBND các huyện" / "Lưu VT" (each line a body by its head word, an office or the archive).
            bare = True
            items.append(left)
        elif (
            items
            and items[-1].count("(") <= items[-1].count(")")
            and not (items[-1].rstrip().endswith(",") and left[:2].isupper())  # "… các Vụ, Cục: NN, CN, KGVX," / "TH;": a code
            and (mark := PURPOSE_LINE.match(left))
        ):
            # The mark continues the item above it: "- Ban Thi đua - Khen thưởng Trung ương" / "(b/c);"
            # (a bracket left open above, "(để" / "b/c);" in corpus 018, is joined as a plain continuation).
            items[-1] = f"{items[-1].rstrip(' ;,.')} ({mark.group('mark')}){mark.group('end')}"
        elif items and left[0] == "(" and left.rstrip(" ;,.")[-1:] == ")" and i < len(rest) and _opens_item(_left(rest[i].text)):
            # A remark on the item above, in brackets on a line of its own, before the next item: "- Các cơ sở sản xuất kinh
            # doanh, dịch vụ có xả thải ra môi trường;" / "(Giao UBND các xã, phường thông tin và gửi)" / "- VPUBTP: CVP, …"
            # (Công văn 6356/UBND-NNMT of UBND thành phố Hà Nội): no body, and the block goes on.
            continue
        elif (
            left[0].isalpha()  # not "1. Sở Nội vụ;": a mark not read as one stays out of the name
            and (not items or items[-1].rstrip().endswith(ends))
            and (left.endswith(ends) or (items and ARCHIVE.match(left)))
            and not is_all_caps(left)
        ):
            # An item whose list mark an OCR copy lost, between two items: "- Ban TG&DVTU;" / "Sở,
            # ban ngành thành phố;" / "- Đơn vị sự nghiệp thành phố" (a signature's line has no ";");
            # a block written without list marks: "Như trên;" / "Sở Y tế;" / "Lưu: VT, KGVX.".
            items.extend(_items_in(_without_signature(left, signer, signed)))
        elif items and items[-1] and not items[-1].rstrip().endswith((";", ".")) and left[:1].islower():
            items[-1] += " " + left
        elif (
            items
            and not items[-1].rstrip().endswith((";", ".", ",", ":"))
            and (left.endswith((";", ".")) or (left[-1] == "," and len(items) > 1 and items[-2].rstrip()[-1:] == ","))
            and len(left.split()) <= WRAPPED_ITEM_WORDS
            and not is_all_caps(left)
            and ITEM.match(left) is None
            and i < len(rest)
            and _opens_item(_left(rest[i].text))
        ):
            # "- Thủ tướng, các Phó Thủ tướng" / "Chính phủ;" / "- Các Thành viên Chính phủ;" (a Nghị quyết of Chính phủ): an
            # item wrapped before its end mark, the next item right after it; of a Party block whose items end with
            # commas: "- Các đồng chí Ủy viên" / "Ban Chấp hành Trung ương Đảng," / "- Lưu Văn phòng Trung ương Đảng."
            # (a Quy định of Ban Chấp hành Trung ương).
            items[-1] += " " + left
        elif items and _list_wraps(items[-1], left, after_comma=True):
            # "- UBND các tỉnh, thành phố: Hải Phòng, Hưng Yên, Ninh Bình, Bắc Ninh, Phú" / "Thọ, Tuyên Quang;" (Công văn
            # 11654/VPCP-CN): a headed list of names wrapped inside a name.
            items[-1] += " " + left
        elif items and items[-1].rstrip().endswith((",", ":")) and left.endswith((";", ",", ".")) and (
            not is_all_caps(left) or CODE_LIST.match(left) or ONE_CODE.match(left)
        ):
            # (and after a head's colon: "- VPCP: BTCN, …, các Vụ, Cục:" / "TH, KTTH, NN, PL, QHĐP, QHQT;")
            # An item broken after a comma goes on on the next line, whatever its case, up to
            # the end of an item: "- Uỷ ban Kiểm tra Đảng uỷ, Ban xây dựng Đảng," / "VP Đảng uỷ;"
            # (corpus 057); a signer's name after a Party item's comma does not.
            items[-1] += " " + left
        else:
            skip = 0 if ARCHIVE.match(items[-1] if items else "") else _signature_lines(rest, i - 1, header, numbered + 1 if numbered else 0)
            if not skip:
                break
            i += skip - 1
        if len(items) >= MAX_ITEMS:
            break
    return items


# The most words of an item's end wrapped onto a line of its own before the next item ("Chính phủ;").
WRAPPED_ITEM_WORDS = 6
# The most words of a headed list's wrapped line (_list_wraps).
WRAPPED_LIST_WORDS = 12


def _list_wraps(item: str, line: str, after_comma: bool = False) -> bool:
    """Whether ``line`` goes on with a headed list of names that the line before left open, without an end mark: the item
    holds a list head ("UBND các tỉnh, thành phố: Hải Phòng, …, Phú"), the line opens with a capital, has no list mark,
    is short and ends the item ("Thọ, Tuyên Quang;"); ``after_comma``: a Nơi nhận item left open after a comma too
    ("…, Hải Phòng, Cần Thơ," / "Tuyên Quang, …")."""
    item = item.rstrip()
    return (
        ": " in item
        and (item[-1:].isalpha() or (after_comma and item[-1:] == ","))
        and line[:1].isupper()
        # A line left open in its turn goes on listing names: "Cần Thơ," / "Tuyên Quang, Thái Nguyên, …, Hưng Yên, Bắc" /
        # "Ninh, Ninh Bình, …" (Thông báo 50f69447 of Văn phòng Chính phủ); a signer's name has no comma.
        and (line.endswith((";", ".", ",")) or (line[-1:].isalpha() and ", " in line))
        and ITEM.match(line) is None
        # A long line only when it lists names, each of a few words: "Tuyên Quang, Thái Nguyên, …, Hưng Yên, Bắc".
        and (len(line.split()) <= WRAPPED_LIST_WORDS or all(len(n.split()) <= 3 for n in line.rstrip(";.,").split(", ")))
        and not is_all_caps(line)
    )


def _item_number(num: re.Match) -> int:
    """The number of a NUMBERED_ITEM match: "2." -> 2, "(2)" -> 2."""
    return int(num.group("n") or num.group("b"))


def _bare_item(line: str, after_first: bool) -> bool:
    """Whether a line without a list mark or an end mark is an item of a block written so: its first
    item a reference alone ("Như trên", "Như Điều 3"), the items after it a body by its head word ("Sở
    Y tế", "UBND các huyện"), an office ("Chủ tịch UBND tỉnh") or the archive ("Lưu VT"); not a line
    in capitals (the signature's) nor a long one (a sentence)."""
    if not after_first:
        return AS_ABOVE_PIECE.match(line) is not None
    if is_all_caps(line) or len(line.split()) > ADDRESSEE_WORDS or line.endswith(":"):
        return False
    return ARCHIVE.match(line) is not None or OWNER.match(line) is not None or _opens_with_office(line)


def _without_signature(line: str, signer: str | None = None, signed: bool = False) -> str:
    """An item's line without the signature piece a copy merged onto it: "- Như trên; PHÓ CHỦ TỊCH" ->
    "- Như trên;", "- Các Sở, ban, ngành; Nguyễn Văn An" -> "- Các Sở, ban, ngành;". A name that is
    also a place's ("Đào Mỹ", a commune) is cut when it is the document's ``signer`` (the name its
    signature gives) or when the signature's title was merged onto a line above (``signed``)."""
    # Each of the three regexes is searched only when the line's last character (before the spaces its "\s*$" reads)
    # is one its match can end with (_signature_ends): most lines end with ";" or "," (the same answers as
    # _without_signature_plain in tests/test_quality20_speed.py, which searches all three on every line).
    last = line.rstrip()[-1:]
    if not last:
        return line
    capital = "A" <= last <= "Z" or "À" <= last <= "Ỹ" or last == "Đ"
    if (capital or last == "." or last == ")") and (sign := SIGNATURE_AFTER_ITEM.search(line)) is not None:
        return line[: sign.start()].rstrip()
    if (
        ("a" <= last <= "z" or "à" <= last <= "ỹ" or last == "đ")
        and (name := NAME_AFTER_ITEM.search(line)) is not None
        and (_signer_after(name.group("name")) or _is_signer(name.group("name"), signer, signed))
    ):
        return line[: name.start()].rstrip()
    if capital and (caps := CAPS_AFTER_ITEM.search(line)) is not None:
        words = caps.group("caps").split()
        if SIGNATURE_WORDS.issuperset(words) or (
            # A name in capitals after an item's end mark ("Trường LÊ LỢI" names a school).
            line[caps.start() - 1] in ".;,)"
            and 2 <= len(words) <= 4
            and (_signer_after(spelled := " ".join(w.capitalize() for w in words)) or _is_signer(spelled, signer, signed))
        ):
            return line[: caps.start()].rstrip()  # "PHÓ CHỦ TỊCH", "NGUYỄN VĂN AN"
    return line


def _is_signer(words: str, signer: str | None, signed: bool = False) -> bool:
    """Whether words after an item that may name a place (a commune's "Đào Mỹ", which _signer_after
    keeps) are the signer's name: the ``signer`` its signature gives ("Đào Mỹ", "ĐÀO MỸ"), or, once the
    signature's title was merged onto a line above (``signed``: "- Như trên; PHÓ CHỦ TỊCH"), a surname
    and a given name that name no body."""
    if signer is not None and normalize_tones(words).casefold() == normalize_tones(signer).casefold():
        return True
    return signed and words.split(" ", 1)[0] in SURNAMES and OWNER.search(words) is None


def _signer_after(words: str) -> bool:
    """Whether capitalised words after an item are a signer's name: a surname first ("Nguyễn Văn
    An") or a middle name second ("Lan Thị Vân"), no place ("Thái Bình") and no body ("Mai Sơn" is
    a district)."""
    parts = words.split()
    return (
        (parts[0] in SURNAMES or parts[1] in MIDDLE_NAMES)
        and place_spelling(words) is None
        and OWNER.search(words) is None
    )


# The items of a Nơi nhận written on its heading's line without list marks, parted by semicolons: "Như
# trên; TT Tỉnh ủy (b/c); CT, các PCT UBND tỉnh; Lưu: VT, VX." (a letter written as "FIELD: value"
# lines); "Như trên" and the archive are parted from their neighbours by a comma too: "Như trên,
# Thường trực Tỉnh ủy, Lưu VT." (a body's own commas stay: "Các Sở, ban, ngành"); so is an item ended by its mark: "Như
# trên, UBND tỉnh (b/c), Sở Tài chính, Lưu VT." (the mark is UBND tỉnh's, not Sở Tài chính's).
# Some copies part them by full stops: "Như trên. UBND tỉnh (b/c). Lưu: VT." (after "Như trên", a mark, or before "Lưu"
# only: "TP. Hồ Chí Minh", "TT. HĐND" keep theirs).
RUN_ON_PARTS = re.compile(
    rf";\s*|(?<=^Như trên)[,.]\s*|(?<=^như trên)[,.]\s*|[,.]\s*(?=Lưu\b)|(?<=\))[,.]\s*(?=[{UPPER_LETTERS}])"
)


def _run_on_items(line: str) -> list[str]:
    """The items of a Nơi nhận line without list marks: 'Như trên; Sở Y tế (b/c); Lưu: VT.' ->
    ['Như trên', 'Sở Y tế (b/c)', 'Lưu: VT.']; a mark written after an item's semicolon goes with
    it: 'Bộ Y tế; (để báo cáo) Sở Y tế;' -> ['Bộ Y tế (để báo cáo)', 'Sở Y tế']."""
    out: list[str] = []
    parts = RUN_ON_PARTS.split(line)
    if len(parts) == 1:
        parts = _dashed_items(line)  # "Như trên - Sở Y tế - Lưu VT": parted by dashes
    for part in parts:
        part = part.strip()
        if out and part[:1] == "(" and (mark := PURPOSE.match(part)) is not None:
            out[-1] = f"{out[-1]} {mark.group(0)}"
            part = part[mark.end() :].strip()
        if part:
            out.append(part)
    return out


def _items_in(line: str) -> list[str]:
    """The items of a line, without their list marks: one, or several joined on it ("- UBND huyện
    (b/c); - Trạm Y tế các xã; - Lưu: VT."), also without end marks ("- Như trên - Sở Y tế - Lưu VT",
    _dashed_items)."""
    parts = INLINE_ITEM.split(ITEM.sub("", line))
    if len(parts) == 1:
        return _dashed_items(ITEM.sub("", parts[0]))
    return [ITEM.sub("", part) for part in parts]


# The list marks between the items of a list whose lines a copy joined, the items without end marks:
# " - " in "Như trên - Sở Y tế - UBND các huyện - Lưu VT" (also a dash inside a name: "Đài Phát thanh -
# Truyền hình tỉnh", "Cục Kiểm tra VBQPPL - Bộ Tư pháp"; see _dashed_items).
DASH_BETWEEN = re.compile(r"\s[-–]\s+(?=\S)")
# A reference to the addressees or to an article, whole: "Như trên", "Như Điều 3", "Như Kính gửi".
AS_ABOVE_PIECE = re.compile(r"^Như\s+(?:trên|[Kk]ính\s+gửi|[Đđ]iều\s+\d{1,2})$", re.IGNORECASE)


def _dashed_items(item: str) -> list[str]:
    """The items of a list joined on one line without end marks, parted by dashes: 'Như trên - Sở Y
    tế - UBND các huyện - Lưu VT' -> ['Như trên', 'Sở Y tế', 'UBND các huyện', 'Lưu VT']. Parted only
    when the list opens with a reference ("Như trên") or closes with its archive ("Lưu VT") and every
    piece is one or names a body by its head word ("Sở", "UBND") or an office: a dash inside a name
    keeps it whole ("Như trên - Đài Phát thanh - Truyền hình tỉnh - Lưu VT" stays one, as does "Cục
    Kiểm tra VBQPPL - Bộ Tư pháp")."""
    if " - " not in item and " – " not in item:
        return [item]
    pieces = [p.strip() for p in DASH_BETWEEN.split(item)]
    if not (AS_ABOVE_PIECE.match(pieces[0]) or ARCHIVE.match(pieces[-1])):
        return [item]
    for p in pieces:
        if not (AS_ABOVE_PIECE.match(p) or ARCHIVE.match(p) or OWNER.match(p) or _opens_with_office(p)):
            return [item]
    return pieces


def _page_furniture(line: str, header: Header | None) -> bool:
    """Whether a line between two items is what a copy prints at the top or the foot of each page, of
    any length: the national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh
    phúc"), a page number ("Trang 3/4", "- 3 -"), the issuer's name in capitals ("ỦY BAN NHÂN DÂN TỈNH
    QUẢNG NAM" in a document of the Ủy ban nhân dân tỉnh Quảng Nam, or of one of its departments)."""
    if PAGE_NUMBER.fullmatch(line) or MOTTO.fullmatch(line.strip(" *_.")):
        return True
    if header is None or not header.issuer or not is_all_caps(line):
        return False
    return canonical_org(line, header) in (header.issuer, header.issuer_parent)


def _signature_lines(lines: list, i: int, header: Header | None = None, next_number: int = 0) -> int:
    """How many lines from ``lines[i]`` belong to the signature column that a PDF copy wrapped
    between the items ("- Đăng Website BV;" / "PHÓ GIÁM ĐỐC" / "- Lưu VT, TCHC."; "**Dinh Chí" /
    "Thành**"): short lines (SIGNATURE_PIECE_WORDS words at most, no ';') followed within
    SIGNATURE_PIECES lines by a list item. 0 when no item follows: the block ends there. A page's
    running header or footer between the items ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", "Trang 3/4",
    _page_furniture, read with the document's ``header``) is skipped whatever its length, when it
    follows an item (after a piece of the signature, the issuer's name and the motto open an attached
    document). In a numbered list the item that ends the pieces is the ``next_number``-th ("3. Lưu: VT.").
    """
    pieces = 0
    for k in range(i, min(i + SIGNATURE_LINES, len(lines))):
        left = _left(lines[k].text)
        if not left or RULE.match(left):
            continue  # blank lines between the signature's title and its name do not count
        if pieces == 0 and _page_furniture(left, header):
            continue  # a page's top between two items (after a signature: a new document's header)
        if ITEM.match(left) or (next_number and (num := NUMBERED_ITEM.match(left)) and _item_number(num) == next_number):
            return k - i
        if ";" in left or len(left.split()) > SIGNATURE_PIECE_WORDS or APPENDIX.match(left):
            return 0
        pieces += 1
        if pieces > SIGNATURE_PIECES:
            return 0
    return 0


# How many lines from the top "Kính gửi:" is looked for: a web copy puts its site's metadata (the
# number, the type, the signer, the dates: some sixty lines) before the document's header.
ADDRESSEE_LINES = 150


def _without_markup(line: str) -> str:
    """``MARKUP.sub("", line).strip()``, without a regex scan of the line: its stars and bars dropped."""
    return line.replace("*", "").replace("|", "").strip()


def _addressees(text: Text) -> list[str]:
    """The bodies after "Kính gửi:" at the top of a Công văn."""
    lines = text.lines[:ADDRESSEE_LINES]
    for i, ln in enumerate(lines):
        t = ln.text
        if i + 1 < len(lines) and _without_markup(t) in ("Kính", "KÍNH") and (
            HEADING_SECOND_WORD.match(_without_markup(lines[i + 1].text))
        ):
            continue  # "**Kính" / "gửi:**" (Công văn 5609/LS-XNC): the heading is read on its second line
        if i and HEADING_SECOND_WORD.match(second := _without_markup(t)) and _without_markup(lines[i - 1].text) in (
            "Kính", "KÍNH"
        ):
            t = f"Kính {second}"
        if "Kính" not in t and "KÍNH" not in t and "Kinh" not in t and "kính" not in t:
            if "điện" not in t or (m := CABLE_ADDRESSEES.match(t)) is None or not is_all_caps(t[: t.find("điện")]):
                continue  # no "Kính", "KÍNH", an OCR copy's "Kinh" on the line, nor a Công điện's "… điện:"
        else:
            m = ADDRESSEES.match(t)
            if m is None and "*" in t:
                # The heading's words cut by bold marks: "**Kính g****ửi****:** Ủy ban nhân dân các tỉnh, thành phố" (Công
                # văn 17986/BTC-CT of Bộ Tài chính); its rest loses its marks below anyway.
                m = ADDRESSEES.match(t.replace("*", ""))
        beside = False
        if m is None and (m := ADDRESSEES_BESIDE.search(t)) is not None:
            beside = True  # the lines below hold the subject's words on their left: read their right
        if not m:
            continue
        written = MARKUP.sub(" ", m.group("rest")).strip()
        rest = tidy(written)
        out = []
        if rest:
            # "Kính gửi: - Các bệnh viện trực thuộc; - Trung tâm Y tế các huyện." names two.
            out = [tidy(a) for a in _items_in(rest)]
            if not (written.endswith((";", ",")) or (ITEM.match(written) and not written.endswith("."))):
                # An office title alone waits for its body too: "**Kính gửi:** Bộ trưởng" / "Bộ Công Thương" (a Công văn of
                # Văn phòng Chính phủ).
                last_word = written.rsplit(" ", 1)[-1].lower()
                open_end = last_word in OPEN_END_WORDS or (last_word in TITLE_END_WORDS and len(written.split()) <= 3)
                if out and not written.endswith(".") and (
                    more := _wrapped_rest(lines, i, beside, open_end, long=written in ("Các", "các"))
                ):
                    # "**Kính gửi: **Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung" / "ương" (Công văn 11208/BNV-KHTC),
                    # "**Kính gửi:** Các cơ sở" / "đào tạo trực thuộc Bộ" (Công văn 6386/BVHTTDL-KHCNĐTMT).
                    out[-1] = tidy(f"{out[-1]} {more}")
                return out
            # The first item on the heading's line, the others below it: "Kính gửi: - UBND các
            # huyện, thành phố;" / "- Các đơn vị trực thuộc Sở."; "Kính gửi: - Sở Y tế" / "- Sở Tài
            # chính"; without list marks, "Kính gửi: Sở Y tế;" / "Sở Tài chính."
        # How the list is written: with list marks ("- Sở Y tế;"), without ("Sở Y tế;"), or not yet known.
        marked: bool | None = (ITEM.match(written) is not None) if rest else None
        # The line above left the list open: "Kính gửi: Sở Y tế;", "Kính gửi: Sở Y tế, Sở Tài chính,".
        going_on = not rest or written.endswith((";", ","))
        last = written  # the last line read, to tell an addressee broken over two lines
        following = lines[i + 1 : i + 30]
        for j, nxt in enumerate(following):
            left = MARKUP.sub(" ", nxt.text).strip()
            if beside:
                left = COLUMN_GAP.split(left)[-1].strip()
            if not left:
                continue
            if out and (
                (left[:1].islower() and not last.endswith((";", ".")))
                or (last.rsplit(" ", 1)[-1] in OPEN_END_WORDS and ITEM.match(left) is None)
                or (last.endswith(",") and ": " in out[-1] and ITEM.match(left) is not None and _places_go_on(out[-1], ITEM.sub("", left)))
            ) and len(left.split()) <= ADDRESSEE_WORDS:
                # "- Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc" / "Chính phủ;" (Công điện 229/CĐ-TTg), "- Bí thư
                # tỉnh ủy, Chủ tịch Ủy ban nhân dân các" / "tỉnh: Gia Lai," / "- Đắk Lắk và Khánh Hòa;" (Công điện
                # 223/CĐ-TTg, a list of places cut by a stray list mark):
                left = ITEM.sub("", left)
                # "- Các cơ quan chuyên môn, cơ quan hành chính khác" / "thuộc Ủy ban nhân dân Thành
                # phố;" (corpus 042): one addressee broken over two lines.
                out[-1] = tidy(f"{out[-1]}{',' if last.endswith(',') else ''} {left}")
                last = left
                going_on = going_on or left.endswith(";")
                if left.endswith("."):
                    break
                continue
            if out and _list_wraps(last, left):
                # "Chủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh" / "Bình, Bắc Ninh, Phú Thọ, Tuyên Quang." (Công văn
                # 11654/VPCP-CN): a headed list of names wrapped inside a name.
                out[-1] = tidy(f"{out[-1]} {left.rstrip(';.')}")
                last = left
                if left.endswith("."):
                    break
                going_on = left.endswith((";", ","))
                continue
            prev_line, last = last, left
            if ITEM.match(left):
                if marked is False and not going_on:
                    break
                marked = True if marked is None else marked
                out.append(tidy(ITEM.sub("", left)))
                if left.endswith(".") and not _item_follows(following[j + 1 :], beside):
                    break  # "- Các đơn vị trực thuộc Sở.": the last addressee (unless another item follows it, as after
                    # "- Bộ trưởng các Bộ: Tài chính, Nội vụ, Bộ Y tế." in Công điện 228/CĐ-TTg)
                continue
            if (
                marked
                and out
                and not prev_line.endswith((";", "."))
                and (
                    prev_line.endswith((",", ":"))
                    or prev_line.rsplit(" ", 1)[-1] in OPEN_END_WORDS | TITLE_END_WORDS
                    or (left.endswith((";", ".")) and len(left.split()) <= WRAPPED_ADDRESSEE_WORDS)
                    or len(left.split()) <= NAME_TAIL_WORDS
                )
                and len(left.split()) <= ADDRESSEE_WORDS
                and not is_all_caps(left)
                and BODY_OPENING.match(left) is None
            ):
                # "- Văn phòng Cơ quan Ủy ban Trung ương Mặt trận Tổ" / "Quốc Việt Nam;" (Công văn 5609/LS-XNC): a marked
                # addressee wrapped inside a name, its end mark on the next line; "- Bộ trưởng các Bộ: Tài chính, …, Công an," /
                # "Giáo dục và Đào tạo, Y tế." (Công điện 232/CĐ-TTg): a list wrapped after its comma; "- Thuế thành phố Hải" /
                # "Phòng" (Công văn 5662/CT-CS of Cục Thuế): a place's last word alone, no end mark.
                out[-1] = tidy(f"{out[-1]}{prev_line[-1] if prev_line.endswith((',', ':')) else ''} {left.rstrip(';.')}")
                if left.endswith(".") and not _item_follows(following[j + 1 :], beside):
                    break
                continue
            if marked or not going_on or not _unmarked_addressee(left):
                break
            # "Kính gửi:" / "Sở Y tế;" / "Sở Tài chính;" / "UBND các huyện, thị xã, thành phố."
            marked = False
            out.append(tidy(left.rstrip(";.,")))
            going_on = left.endswith((";", ","))
            if not going_on and not (": " in left and left[-1:].isalpha()):
                break  # (a headed list left open inside a name may wrap: _list_wraps)
        return out
    return []


# The most words of an addressee written on a line of its own without a list mark ("Sở Y tế;"): a
# longer line is the letter's body.
ADDRESSEE_WORDS = 20
# The words that open a letter's body, not an addressee: "Căn cứ Kế hoạch số 12/KH-UBND;", "Thực hiện
# Công văn số …", "Theo đề nghị của …".
BODY_OPENING = re.compile(r"^(?:Căn\s+cứ|Thực\s+hiện|Theo|Xét|Để|Nhằm|Trên\s+cơ\s+sở|Ngày|Sau\s+khi|Qua)\b")


# Last words of an addressee's line that leave its name open, so that the next line, whatever its case, goes on with it:
# "thuộc" in "- Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc" / "Chính phủ;".
OPEN_END_WORDS = frozenset({"thuộc", "của", "và", "các", "với", "trực"})


# The most words of the end of an addressee that the heading's line wrapped onto the next (_wrapped_rest).
WRAPPED_ADDRESSEE_WORDS = 12  # "**Kính gửi:** Các" / "đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ" (9 words)


def _item_follows(lines: list, beside: bool) -> bool:
    """Whether the next line that holds words opens with a list mark (another addressee of a marked list; a table's bars
    and empty bold marks between them skipped)."""
    for nxt in lines[:8]:
        left = MARKUP.sub(" ", nxt.text).strip()
        if beside:
            left = COLUMN_GAP.split(left)[-1].strip()
        if left:
            return _opens_item(left)
    return False


def _opens_item(line: str) -> bool:
    """Whether a line opens an item: a list mark, then a word ("- Sở Y tế;"; a table's rule, "|---|---|", is none)."""
    return (item := ITEM.match(line)) is not None and line[item.end() : item.end() + 1].isalpha()


def _wrapped_rest(lines: list, i: int, beside: bool, open_end: bool = False, long: bool = False) -> str | None:
    """The end of the heading's addressee wrapped onto the next line that holds words: that line when it opens in lower
    case and is short ("ương", "đào tạo trực thuộc Bộ"), or whatever its case after a word that leaves the name open
    (``open_end``: "**Kính gửi:** Các" / "Thuế tỉnh, thành phố.", Công văn 5363/CT-CS); None otherwise (the letter's first
    sentence opens with a capital); ``long``: the heading's line holds "Các" alone, the whole name below, as long as an
    addressee's ("**Kính gửi:** Các" / "Doanh nghiệp hoạt động cho thuê lại lao động trên địa bàn Thành phố Hồ Chí
    Minh", a Công văn of Sở Nội vụ Thành phố Hồ Chí Minh)."""
    for k, nxt in enumerate(lines[i + 1 : i + 4], i + 2):
        left = MARKUP.sub(" ", nxt.text).strip()
        if beside:
            left = COLUMN_GAP.split(left)[-1].strip()
        if not left:
            continue
        if len(left.split()) <= (ADDRESSEE_WORDS if long else WRAPPED_ADDRESSEE_WORDS) and ITEM.match(left) is None and (
            left[:1].islower() or open_end or _before_address(left, lines[k : k + 3])
        ):
            return left.rstrip(";.,")
        return None
    return None


# The address written under an addressee, in brackets: "*(Đ/c: Tầng 5, Tòa nhà …)*", "(Địa chỉ: thôn Thái Mông, …)", "(đ/c: Tổ
# dân phố 4, …)" (the Công văn of Cục Hải quan and Cục Thuế that answer a company).
ADDRESS_LINE = re.compile(r"^[\s*_]*\(\s*(?:[Đđ]/[Cc]\b|[Đđ]ịa\s*(?:chỉ\b|$))")
# The most words of an addressee's end that a line holds alone above its address (_before_address).
ADDRESS_TAIL_WORDS = 8


def _before_address(left: str, after: list) -> bool:
    """Whether ``left``, a short line ending a sentence, is the end of the addressee above it, wrapped onto the line above
    the addressee's address: "**Kính gửi:** Chi nhánh Công ty TNHH KGL" / "Việt Nam tại TP. HCM." / "*(Đ/c: Tầng 5, …)*" (a
    Công văn of Cục Hải quan). The letter's first sentence opens with a capital too, but no address follows it."""
    if not left.endswith(".") or len(left.split()) > ADDRESS_TAIL_WORDS or BODY_OPENING.match(left):
        return False
    following = next((w for ln in after if (w := MARKUP.sub(" ", ln.text).strip())), "")
    return ADDRESS_LINE.match(following) is not None


# Last words of an office title that wait for the body it belongs to: "Chủ tịch" in "- Bí thư Tỉnh ủy, Thành ủy, Chủ tịch" /
# "Ủy ban nhân dân các tỉnh, …" (Công điện 226/CĐ-TTg), "Giám đốc", "Bộ trưởng", "Bí thư".
TITLE_END_WORDS = frozenset({"tịch", "đốc", "trưởng", "thư"})


def _unmarked_addressee(line: str) -> bool:
    """Whether a line without a list mark under "Kính gửi:" names an addressee: short, naming a body
    or an office ("Sở Tài chính;", "UBND các huyện, thị xã, thành phố.", "Các đơn vị trực thuộc;"), or
    an enterprise ("Công ty TNHH TKG Taekwang Cần Thơ", ENTERPRISE), not the body's first sentence
    ("Căn cứ Kế hoạch số 12/KH-UBND;")."""
    if len(line.split()) > ADDRESSEE_WORDS or BODY_OPENING.match(line) or is_all_caps(line):
        return False
    return (
        OWNER.search(line) is not None
        or line[:4] in ("Các ", "Thủ ")
        or _opens_with_office(line)
        or ENTERPRISE.match(line) is not None
    )


# The most words of a name's end that a marked addressee's line wraps onto the next alone, with no end mark: "Phòng" in "-
# Thuế thành phố Hải" / "Phòng" (a place's last word).
NAME_TAIL_WORDS = 2
# The enterprises and associations a Công văn answers, under "Kính gửi:" on a line of their own: "Công ty TNHH TKG Taekwang
# Cần Thơ" (Cục Thuế), "Công Ty TNHH Khuôn Mẫu Yong Hong;" (Thuế tỉnh Tây Ninh), "Chi nhánh Công ty …", "Hợp tác xã …".
ENTERPRISE = re.compile(
    r"(?:Công\s+[Tt]y|CÔNG\s+TY|Chi\s+nhánh|Tổng\s+[Cc]ông\s+ty|Doanh\s+nghiệp|Hợp\s+tác\s+xã|Hiệp\s+hội|Văn\s+phòng\s+đại\s+diện)\s"
)


def _article(text: Text, n: str) -> str | None:
    """The text of "Điều ``n``" above the Nơi nhận block, its lines joined: the last article of
    that number before the block (a regulation attached after the signature has its own)."""
    heading = _heading(text)
    if heading is None:
        return None
    end, column = heading
    lines = text.lines
    for i in range(end - 1, max(end - ARTICLE_LINES, -1), -1):
        raw = lines[i].text
        if "Điều" not in raw:
            continue
        head = ARTICLE_HEAD.match(raw)
        below = i + 1  # the first line after the article's head
        if head is None and i + 1 < end and _without_markup(raw) == "Điều":
            # "**Điều" / "14: Trách nhiệm thi hành**" (QĐ 84/2025/QĐ-UBND of UBND tỉnh Bắc Ninh, a legal library's copy
            # that wrapped the head after its word): the number opens the next line.
            head, raw, below = SPLIT_ARTICLE_NUMBER.match(lines[i + 1].text), lines[i + 1].text, i + 2
        if head is None or head.group("n") != n:
            continue
        parts = [raw[head.end() :]]
        for ln in lines[below:end]:
            more = MARKUP.sub(" ", ln.text).strip()
            if not more or ARTICLE_HEAD.match(ln.text) or HEADING.match(more):
                break
            parts.append(more)
        else:
            if column:
                parts.append(lines[end].text[:column])  # the article's end, on the heading's line
        return tidy(MARKUP.sub(" ", " ".join(parts)))
    return None


# The most words of a field that goes on with a department's name after its comma (_field_goes_on).
FIELD_GOES_ON_WORDS = 8
# Units named by their fields, whose names a comma may part: "Vụ Kế hoạch, Tài chính", "Viện Văn hóa, Nghệ thuật, Thể thao
# và Du lịch Việt Nam".
FIELD_UNIT = re.compile(rf"(?<![\wđ])(?:Vụ|Viện|Cục|Sở|Ban|Phòng|Trung tâm)\s+[{UPPER_LETTERS}]")


def _field_goes_on(before: str, piece: str) -> bool:
    """Whether a piece after an article's comma goes on with the name of the department before it: a few words with a
    capital, no body's head word, office or level in them ("Tài chính" after "Vụ trưởng Vụ Kế hoạch", "Nghệ thuật" after
    "Viện trưởng Viện Văn hóa", QĐ 4385/QĐ-BVHTTDL); not "Thuế tỉnh" (its level), "Công an tỉnh" (a head word)."""
    return (
        piece[:1].isupper()
        and len(piece.split()) <= FIELD_GOES_ON_WORDS
        and FIELD_UNIT.search(before) is not None
        and OWNER.match(piece) is None
        and not _opens_with_office(piece)
        and CHARGED_OFFICE.match(piece) is None
        and LEVEL_WORD.search(piece) is None
        and not piece.isupper()
    )


def _charges_anew(before: str, piece: str) -> bool:
    """Whether a piece after a comma of an article names a body of its own: it opens with a word,
    not a code ("KHKT"), names more than a kind ("Khoa", "Trung tâm"), and a body was named before
    it ("Giám đốc, Thủ trưởng các sở" is one group), not the rest of its name ("Giám đốc Sở Văn hóa" / "Thể thao và
    Du lịch", COMMA_NAME_TAIL)."""
    if COMMA_NAME_TAIL.fullmatch(piece) and COMMA_NAME_HEAD.search(before):
        return False
    if _field_goes_on(before, piece):
        return False  # "Vụ trưởng Vụ Kế hoạch" / "Tài chính": the department's name goes on after its comma
    if CIVIL_SERVANT.match(piece):
        return True  # "…, công chức Lao động - Thương binh và Xã hội": the commune's civil servant
    if _office(before) is not None and " các " in f" {piece}":
        return False  # "Giám đốc, Thủ trưởng các sở": the office-holders of one group
    if not (_office(before) or OWNER.search(before) or CHARGED_OFFICE.match(before) or _opens_with_office(before)):
        return False
    if piece[:4] == "các ":
        return len(piece.split()) > 2
    first = piece.split(" ", 1)[0]
    if not first[:1].isupper() or (first.isupper() and len(first) > 1) or len(piece.split()) < 2:
        return False
    own = OWNER.match(piece)
    if own is not None and piece[own.end() :].lstrip()[:1].islower() and not CHARGED_OFFICE.match(piece) and not _opens_with_office(piece) and (
        PLURAL_KINDS_END.search(before) or any(o.end() == len(before) for o in OWNER.finditer(before))
    ):
        # "Cục trưởng các Vụ, Cục thuộc Bộ Y tế", "Giám đốc Bệnh viện, Viện nghiên cứu có giường
        # bệnh trực thuộc Bộ Y tế": the kinds of one group.
        return False
    return own is None or own.end() < len(piece)


# The holder of the departments an article lists after a colon: "Giám đốc các sở" in "Giám đốc các sở: Y tế, Kế hoạch
# và Đầu tư, Tài chính, Văn hóa, Thể thao và Du lịch, Ngoại vụ; Đài Phát thanh - Truyền hình tỉnh; …" (QĐ 3605/QĐ-UBND of
# UBND tỉnh Sơn La).
DEPARTMENTS_HOLDER = re.compile(r"^(?P<holder>.*?)\s*\bcác\s+[Ss]ở$")
# A department's field: a few words opening with a capital, no word of another body or clause.
DEPARTMENT_FIELD = re.compile(rf"[{UPPER_LETTERS}][^\s,;:()]*(?:\s+[^\s,;:()]+){{0,7}}")
NOT_A_FIELD_WORD = re.compile(r"(?<![\wđ])(?:các|Thủ trưởng|Chủ tịch|Giám đốc|Chánh|chịu|thực hiện|căn cứ)(?![\wđ])")
# The mark of a piece already read as a listed department (never in a document's text).
LISTED_MARK = "\x00"


def _with_listed_departments(who: str) -> list[str]:
    """The pieces of an article's bodies parted at its semicolons and colons (ARTICLE_PARTS), a department holder's list
    read off as one piece per department, marked LISTED_MARK: "Giám đốc các sở: Y tế, Tài chính; Chủ tịch UBND …" ->
    ["\x00Giám đốc Sở Y tế", "\x00Giám đốc Sở Tài chính", "Chủ tịch UBND …"]."""
    if ":" not in who:
        return ARTICLE_PARTS.split(who)
    out: list[str] = []
    pos = 0
    seps = list(ARTICLE_PARTS.finditer(who))
    k = 0
    while k <= len(seps):
        end = seps[k].start() if k < len(seps) else len(who)
        part = who[pos:end]
        if k < len(seps) and seps[k].group(0)[0] == ":" and (holder := DEPARTMENTS_HOLDER.match(part.strip())) is not None:
            nxt_end = seps[k + 1].start() if k + 1 < len(seps) else len(who)
            pieces = [f.strip() for f in who[seps[k].end() : nxt_end].split(",")]
            fields = join_comma_names(pieces)
            if pieces and all(DEPARTMENT_FIELD.fullmatch(f) and not NOT_A_FIELD_WORD.search(f) for f in pieces):
                who_holds = holder.group("holder")
                if "," in who_holds:
                    # "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở: Tư pháp, …" (QĐ 1617/QĐ-UBND of Chủ tịch UBND
                    # tỉnh Quảng Ngãi): the bodies before the holder are pieces of their own.
                    before, who_holds = who_holds.rsplit(",", 1)
                    out.append(before)
                out.extend(f"{LISTED_MARK}{who_holds.strip()} Sở {f}".replace(f"{LISTED_MARK} ", LISTED_MARK) for f in fields)
                pos = seps[k + 1].end() if k + 1 < len(seps) else len(who)
                k += 2
                continue
        out.append(part)
        pos = seps[k].end() if k < len(seps) else len(who)
        k += 1
    return out


def _charged(article: str) -> list[str]:
    """The bodies an article charges with the decision, one per piece: 'Chánh Văn phòng UBND tỉnh,
    Giám đốc Sở Tư pháp; Chủ tịch UBND các huyện và các tổ chức, cá nhân có liên quan chịu trách
    nhiệm thi hành …' -> ['Chánh Văn phòng UBND tỉnh', 'Giám đốc Sở Tư pháp', 'Chủ tịch UBND các
    huyện']. A piece is split off only where a body was named before it; parties named in general
    (organisations, individuals, persons named in an article) are no recipient."""
    m = CHARGED.search(article)
    if m is None:
        return []
    who = article[: m.start()]
    if (stop := list(SENTENCE_END.finditer(who))):
        who = who[stop[-1].end() :]
    who = GENERIC_TAIL.sub("", ARTICLE_COURTESY.sub("", EXECUTION_TITLE.sub("", who.strip(), count=1)))
    out: list[str] = []
    parts = _with_listed_departments(departments_by_field(who))
    holder = None  # the office-holder a piece opened with, which pieces in lower case after a semicolon share
    for part in parts:
        if part.startswith(LISTED_MARK):
            out.append(part[len(LISTED_MARK) :])  # "Giám đốc Sở Y tế", read off "Giám đốc các sở: Y tế, …"
            continue
        part = part.strip()
        if holder and part[:1].islower() and not part.startswith("các tổ chức"):
            # "Thủ trưởng cơ quan Trung ương trên địa bàn thành phố; cơ quan chuyên môn, đơn vị sự nghiệp công lập thuộc …;
            # ban ngành thành phố và Chủ tịch …" (a Quyết định of UBND thành phố Cần Thơ): the holder of each.
            part = f"{holder} {part}"
        else:
            last_piece = ARTICLE_COMMA.split(part)[-1]
            holder = m.group(0).strip(" ,") if (m := CHARGED_OFFICE.match(last_piece)) else None
        pieces: list[str] = []
        for piece in (p for c in ARTICLE_COMMA.split(part) for p in ARTICLE_AND.split(c)):
            piece = piece.strip(" ,;")
            if not piece or PERSON_CHARGED.match(piece):
                continue  # "ông Nguyễn Mạnh Hùng": a person, no body
            if pieces and not _charges_anew(pieces[-1], piece):
                pieces[-1] = f"{pieces[-1]}, {piece}"  # "Giám đốc, Thủ trưởng các sở": one group
            else:
                pieces.append(piece)
        for k in range(len(pieces) - 1):
            if BARE_ORGAN.fullmatch(pieces[k]) and (place := ORGAN_PLACE.match(pieces[k + 1])) is not None:
                pieces[k] = f"{pieces[k]} {place.group('place')}"
        out.extend(
            p
            for p in pieces
            if (OWNER.search(p) or CHARGED_OFFICE.match(p) or _opens_with_office(p.replace(",", " ")))
            and not ARTICLE_GENERIC.search(p)
        )
    return out


def _clause(article: str, k: str) -> str | None:
    """The text of clause ``k`` of an article's joined text: "2. Chánh Văn phòng … thi hành Quyết định
    này./." up to clause k+1, or None when the article numbers no such clause."""
    start = re.search(rf"(?:^|\s){k}\.\s", article)
    if start is None:
        return None
    rest = article[start.end() :]
    end = re.search(rf"\s{int(k) + 1}\.\s", rest)
    return rest[: end.start()] if end else rest


def _latex_text(m: re.Match) -> str:
    """The letters of an inline formula: '( \\mathsf { b } / \\mathsf { c } )' -> '(b/c)'."""
    return "".join(LATEX_COMMAND.sub(" ", m.group(1)).replace("{", " ").replace("}", " ").split())


@lru_cache(maxsize=8192)  # pure; the items of a Nơi nhận recur from document to document
def _purpose(item: str) -> tuple[str, Purpose | None]:
    purpose: Purpose | None = None
    if "$" in item:
        item = LATEX_INLINE.sub(_latex_text, item)
    for m in PURPOSE.finditer(item):
        mark = " ".join(m.group("mark").lower().split())
        if mark not in PURPOSE_MARKS and mark.split(" ", 1)[0] in SLASH_MARKS:
            mark = mark.split(" ", 1)[0]  # "(để b/c lãnh đạo Bộ)": a report, to whom it goes after the mark
        if mark in PURPOSE_MARKS:
            purpose = PURPOSE_MARKS[mark]
        elif len(parts := [p for p in MARK_PARTS.split(mark) if p]) > 1 and all(p in PURPOSE_MARKS for p in parts):
            # "(để biết và t/h)": the purpose that asks for something, "thực hiện"; "(để báo cáo, phối
            # hợp)": the first one.
            purpose = next((v for v in map(PURPOSE_MARKS.get, parts) if v), None)
        elif mark[:5] == "đăng ":
            purpose = "đăng tải"  # "(để đăng Cổng TTĐT)", "(đăng Website)"
        elif m.group("for"):
            purpose = None  # "(để tuyên truyền)": a purpose the marks do not list, no part of the name
        else:
            continue
        item = item.replace(m.group(0), " ")
    if purpose is None and "để" in item and (m := TRAILING_PURPOSE.search(item)) is not None:
        return item[: m.start()], PURPOSE_MARKS[m.group("mark").lower()]
    if purpose is None and "thực hiện" in item and (m := TRAILING_DUTY.search(item)) is not None:
        return item[: m.start()], "thực hiện"
    return item, purpose


# "CP" for the government after its Prime Minister or its agencies: "các Phó Thủ tướng CP", "cơ quan
# thuộc CP" (not "Công ty CP", a joint-stock company).
GOVERNMENT_CODE = re.compile(r"(?P<before>\b(?:Thủ tướng|thuộc))\s+CP(?![\w&])")


# A word whose letters an OCR copy spread apart, a letter then lower-case letters, the last piece of
# up to four: "Đ ả ng" in "Các Ban của Đ ả ng", "Đ ả n g" (glued back: "Đảng"); a capital first ("Sở Y tế" has no
# second single letter).
SPREAD_WORD = re.compile(rf"(?<!\S)[{UPPER_LETTERS}](?: [{LOWER_LETTERS}] [{LOWER_LETTERS}]{{2,4}}| [{LOWER_LETTERS}](?: [{LOWER_LETTERS}]){{1,2}})(?!\S)")


# The units of a Party committee's office, written as codes joined to the office's: "Phòng TH-VPTU" is the "Phòng
# Tổng hợp - Văn phòng Tỉnh ủy" (the code of the unit -> its name; the committee's code: COMMITTEE_CODES).
# A Party committee's office by its code: "VPTU", "VP TU", "VP. HU" (not "VPTU" inside a longer code).
PARTY_OFFICE_CODE = re.compile(r"(?<![\w.&])VP\.?\s*(?P<code>TU|HU|ĐU)(?![\w&])")
PARTY_OFFICE_UNITS: dict[str, str] = {"TH": "Tổng hợp", "HC": "Hành chính", "HCTC": "Hành chính - Tài chính"}
PARTY_OFFICE_UNIT = re.compile(
    r"\bPhòng\s+(?P<unit>" + "|".join(PARTY_OFFICE_UNITS) + r")\s*-\s*VP(?P<party>TU|HU|ĐU)(?![\w&])"
)


def _unspread(m: re.Match) -> str:
    """A SPREAD_WORD match glued back: "Đ ả ng" -> "Đảng"."""
    return m.group(0).replace(" ", "")


@lru_cache(maxsize=8192)  # pure; the items of a Nơi nhận recur from document to document
def _normalise(item: str, city: bool = False) -> str:
    """Copy counts dropped, standing committees and department codes written out:
    'TT.TU, TT.HĐND tỉnh' -> 'Thường trực Tỉnh ủy, Thường trực HĐND tỉnh'; 'Bộ NN&MT' ->
    'Bộ Nông nghiệp và Môi trường'. In a document of a centrally-run ``city`` "TU" is its Thành
    ủy: 'TT. TU' -> 'Thường trực Thành ủy' (corpus 004, Cần Thơ)."""
    if "(" in item:
        item = COPY_MARKS.sub(" ", item)
    item = SPREAD_WORD.sub(_unspread, item)
    if "-VP" in item or "- VP" in item:
        codes = CITY_COMMITTEE_CODES if city else COMMITTEE_CODES
        item = PARTY_OFFICE_UNIT.sub(
            lambda m: f"Phòng {PARTY_OFFICE_UNITS[m.group('unit')]} - Văn phòng {codes[m.group('party')]}", item
        )
    if "VPHC" in item:
        item = INSPECTION_DEPARTMENT_CODE.sub(lambda m: INSPECTION_DEPARTMENT + (" - " if m.group("dash") else ""), item)
    if item[:2] == "TT" and (deputy := DEPUTY_MINISTER.match(item)) is not None and deputy.group("surname") in SURNAMES:
        item = "Thứ trưởng " + item[deputy.end("code") :].lstrip(" .")  # "TT Nguyễn Mạnh Khương" (a ministry's Nơi nhận)
    if "-" in item and (person := PERSON_AFTER_DASH.search(item)) is not None and _dash_person(person.group("person")):
        item = item[: person.start()] + item[person.end() :]  # "PCT UBND tỉnh-Đỗ Tâm Hiển": the office, not its holder
    if "VP." in item:
        item = VP_DOT.sub("VP ", item)
    if "VP" in item and (office := PARTY_OFFICE_CODE.search(item)) is not None:
        # "VPTU và các cơ quan thuộc Tỉnh ủy" (a Quyết định of UBND tỉnh Bắc Ninh): the Party committee's office.
        committee = (CITY_COMMITTEE_CODES if city else COMMITTEE_CODES)[office.group("code")]
        item = f"{item[: office.start()]}Văn phòng {committee}{item[office.end() :]}"
    if "TTĐT" in item or "Công nghệ" in item:
        item = PORTAL_CENTRE.sub(PORTAL_CENTRE_NAME, item)
    if "." in item:
        item = OFFICE_DOT.sub(r"\1 ", item)
    item = RECIPIENT_ABBREVIATION.sub(lambda m: RECIPIENT_ABBREVIATIONS[m.group(1)] + " ", item)
    if " )" in item or " ," in item:
        # "(Cục KSTTHC)", "Cục Kiểm tra VBQPPL, Bộ Tư pháp": the space put after the expanded code
        item = item.replace(" )", ")").replace(" ,", ",")
    if "CP" in item:
        item = GOVERNMENT_CODE.sub(r"\g<before> Chính phủ", item)
    if item.rstrip(" ;,.").endswith("Phó Thủ tướng"):
        item = item.rstrip(" ;,.") + " Chính phủ"  # "Thủ tướng, các PTTg": the government's, as "… các Phó Thủ tướng Chính phủ" reads
    if "MT" in item:
        item = FRONT_WORK_CODE.sub("Mặt trận", item)
    if "Ban " in item:
        item = PARTY_BOARD_CODE.sub(lambda m: PARTY_BOARD_CODES[m.group(1)] + " ", item)
        codes = CITY_COMMITTEE_CODES if city else COMMITTEE_CODES
        item = BOARD_COMMITTEE_CODE.sub(lambda m: codes[m.group(1)], item)
        item = COUNCIL_BOARD_CODE.sub(lambda m: COUNCIL_BOARD_CODES[m.group(1)] + " ", item)
    if "T" in item:
        item = STANDING.sub("Thường trực ", item)
        codes = CITY_COMMITTEE_CODES if city else COMMITTEE_CODES
        item = COMMITTEE_CODE.sub(lambda m: codes[m.group(1)], item)
    return DEPARTMENT_CODE.sub(lambda m: f"{m.group('kind')} {DEPARTMENT_CODES[m.group('code')]}", item)


def _list_items(rest: str) -> list[str]:
    """The items of a list after its head: 'NN&MT, TC, VH,TT&DL' -> ['NN&MT', 'TC', 'VH,TT&DL']; a department's name
    parted at its own comma stays whole: 'Y tế, Văn hóa, Thể thao và Du lịch' -> ['Y tế', 'Văn hóa, Thể thao và Du
    lịch'] (join_comma_names)."""
    pieces = [p.strip(" +-") for p in rest.split(",")]
    items: list[str] = []
    for p in pieces:
        if items and f"{items[-1]},{p}" in DEPARTMENT_CODES:
            items[-1] = f"{items[-1]},{p}"
        elif p:
            items.append(p)
    return join_comma_names(items)


# The kinds of a list head whose items are fields: "Các Sở: Y tế; Giáo dục và Đào tạo" (LIST_HEADS' values).
FIELD_KINDS: frozenset[str] = frozenset({"Sở", "Bộ", "Phòng", "Chi cục"})
# A word of a place's level, which a department's field never holds: "tỉnh" in "Hội Nông dân tỉnh".
LEVEL_WORD = re.compile(r"(?<![\wđ])(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn|TP|TW)(?![\wđ])")


def _continues_list(head: str, part: str) -> bool:
    """Whether ``part``, after a semicolon, goes on with the list of ``head`` before it: a department's field (or its
    code) after a head of departments ("Giáo dục và Đào tạo" after "Các Sở: Y tế"), an office-holder after an office's
    holders ("PCVP P.T.T.Huyền" after "VPUB: CVP", corpus 020). A body named by its own head word ("UBND các huyện",
    "Công an tỉnh"), a group ("Các đơn vị …"), a reference or the archive is an item of its own."""
    if not part or ARCHIVE.match(part) or AS_ABOVE.match(part) or part[:4].lower() == "các " or OWNER.match(part):
        return False
    kind = LIST_HEADS.get(head.lower())
    if kind in FIELD_KINDS:
        fields = [f.strip() for f in part.split(",")]  # "Văn hóa, Thể thao và Du lịch": each half a field's words
        return all(
            f in DEPARTMENT_CODES
            or (
                DEPARTMENT_FIELD.fullmatch(f) is not None
                and NOT_A_FIELD_WORD.search(f) is None
                and LEVEL_WORD.search(f) is None
                and not any(w.isupper() and len(w) > 1 for w in f.split())
            )
            for f in fields
        )
    owner = OFFICE_OWNERS.get(head) or expand_abbreviations(head)
    if not (head in OFFICE_OWNERS or owner.startswith("Văn phòng")):
        return False
    # An office-holder, or the people and units the office names ("Trợ lý TTgCP, TGĐ Cổng TTĐT CP" after "VPCP: BTCN, PCN
    # Trịnh Mạnh Linh", Công điện 229/CĐ-TTg; OFFICE_UNITS).
    return _opens_with_office(part) or all(p.strip() in OFFICE_UNITS for p in part.split(","))


def _headed_lists(parts: list[str]) -> list[str]:
    """An item's semicolon parts, those that go on with a list head's items joined to it with commas: ["Các Sở: Y tế",
    "Giáo dục và Đào tạo", "UBND các huyện"] -> ["Các Sở: Y tế, Giáo dục và Đào tạo", "UBND các huyện"]
    (_continues_list)."""
    if len(parts) < 2 or ":" not in parts[0]:
        return parts
    out: list[str] = []
    head: str | None = None
    for part in parts:
        part = part.strip()
        # A list of places parted by a stray semicolon goes on too: "Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa; Đắk
        # Lắk, Gia Lai và Lâm Đồng" (a Công điện of Thủ tướng Chính phủ).
        if (head is not None and _continues_list(head, part)) or (
            out and ":" in out[-1] and part[:1].isupper() and _places_go_on(out[-1], part)
        ):
            out[-1] = f"{out[-1]}, {part}"
            continue
        out.append(part)
        m = LIST_HEAD.match(part)
        head = m.group("head").strip() if m is not None else None
    return out


def _office(item: str) -> str | None:
    """'các PCT' -> 'các Phó Chủ tịch', 'CVP' -> 'Chánh Văn phòng'; None for what is not an office."""
    plural = item[:4].lower() == "các "
    title = OFFICE_TITLES.get(item[4:] if plural else item)
    if title is None:
        return None
    return f"các {title}" if plural else title


def _held_office(item: str) -> str | None:
    """The office of an item naming its holder after it: 'PCN Nguyễn Sỹ Hiệp' -> 'Phó Chủ nhiệm' (the office is the
    recipient, as in 'PCVP P.T.T.Huyền'); None when the words after the office are no person's name."""
    office, _, holder = item.partition(" ")
    if not holder or holder.split(" ", 1)[0] not in SURNAMES or len(holder.split()) > 4 or not _is_person(holder):
        return None
    return _office(office)


def _head_list(head: str, rest: str) -> list[str]:
    """'Các Sở: XD, TC' -> ['Sở Xây dựng', 'Sở Tài chính']; 'TTUB: CT, các PCT' -> ['Chủ tịch UBND',
    'các Phó Chủ tịch UBND']; 'Thường trực: Tỉnh ủy, HĐND tỉnh' -> both with 'Thường trực'."""
    items = _list_items(rest)
    if not items:
        return [head]
    # An office code may name its field after a slash: "PVP/TH" (the Phó Chánh Văn phòng for
    # the Tổng hợp field) is a Phó Chánh Văn phòng.
    titles = [_office(i) or _office(i.split("/")[0]) or _held_office(i) for i in items]
    if all(titles):
        owner = expand_abbreviations(OFFICE_OWNERS.get(head, head))
        return [_titled(t, owner) for t in titles]
    if any(titles) and (owner := expand_abbreviations(head)).startswith(("Văn phòng ", "Bộ ")):
        return _office_list(head, owner, items, titles)
    if head[:4] == "Các " and len(items) >= 2 and all(OWNER.match(i) and " " in i for i in items):
        # "Các cơ quan của QH: Hội đồng Dân tộc, Ủy ban Kinh tế và Tài chính, Ủy ban Văn hóa và Xã hội" (a Thông báo of Văn
        # phòng Chính phủ): the bodies of the group, each by its name.
        return items
    if HOLDER_HEAD.match(head) and all(OWNER.match(i) for i in items):
        # "Tổng giám đốc: Đài truyền hình Việt Nam, Đài tiếng nói Việt Nam, Thông tấn xã Việt Nam" (Công điện 224/CĐ-TTg):
        # the head of each body listed.
        return [f"{head} {i}" for i in items]
    kind = LIST_HEADS.get(head.lower())
    if kind is None and (held := HELD_KINDS_HEAD.match(head)) is not None:
        # "Bộ trưởng các Bộ: Tài chính, Nội vụ, Bộ Y tế" (Công điện 228/CĐ-TTg), "Giám đốc các Sở: Y tế, Tài chính": the
        # holder of each body listed.
        kind = held.group("kind").capitalize()
        return [
            f"{held.group('holder')} {i if OWN_BODY_ITEM.match(i) else f'{kind} {DEPARTMENT_CODES.get(i, i)}'}" for i in items
        ]
    if kind is None:
        return [head]  # "VP UBND tỉnh: LĐVP, TKCT, các phòng": the body whose units are listed
    if kind in ("Sở", "Bộ", "Phòng"):
        # An item naming its own body stays whole: "Ban quản lý các khu công nghiệp" among "Các Sở,
        # cơ quan: …, Y tế, Ban quản lý các khu công nghiệp".
        # A body of its own among the departments' codes: "NHNNVN" in "Các Bộ, cơ quan: NNMT, …, NHNNVN" (the state bank).
        return [
            i if OWN_BODY_ITEM.match(i) else BODY_CODES[i] if i not in DEPARTMENT_CODES and BODY_CODES.get(i)
            and not BODY_CODES[i].startswith(kind) else f"{kind} {DEPARTMENT_CODES.get(i, i)}" for i in items
        ]
    return [f"{kind} {i}" for i in items]


# A head naming the places of one level, then their list (kind_lists): "UBND các huyện: Mộc Châu, Vân Hồ" (each district's
# committee), "Bí thư tỉnh ủy, Chủ tịch Ủy ban nhân dân các tỉnh: Gia Lai, Đắk Lắk và Khánh Hòa" (the addressees of Công
# điện 223/CĐ-TTg: each holder of each place), "UBND các tỉnh, thành phố: Hải Phòng, Hưng Yên" (each place its own level).
# The list is all of the item after the head: "UBND các huyện: TC, KH" names codes, no places.
_PLACES_LIST_TAIL = " ;.,*_"
# The most characters of the holders before the kind: "Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân".
_PLACES_HOLDERS_CHARS = 80


def _places_list(part: str) -> KindList | None:
    """The kind's list that an item is (kind_lists.kind_list at its first colon), running to the item's end."""
    colon = part.find(":")
    listed = kind_list(part, colon) if colon > 0 else None
    if listed is None or part[listed.end :].strip(_PLACES_LIST_TAIL):
        return None
    return listed


def _places_go_on(item: str, line: str) -> bool:
    """Whether a line goes on with the list of places of the item above it, cut by a stray list mark: "- Bí thư tỉnh ủy,
    Chủ tịch Ủy ban nhân dân các tỉnh: Gia Lai," / "- Đắk Lắk và Khánh Hòa;" (Công điện 223/CĐ-TTg)."""
    listed = _places_list(f"{item}, {line}")  # the item as kept, its last comma left out
    return listed is not None and listed.end > len(item)


def _bodies_of_places(part: str) -> list[str]:
    """Each holder the item's head names for each place its list names (kind_lists.bodies_per_place): "Bí thư tỉnh ủy,
    Chủ tịch UBND các tỉnh: Gia Lai, Đắk Lắk" -> "Bí thư Tỉnh ủy Gia Lai", "Chủ tịch UBND tỉnh Gia Lai", …; [] when the
    item is no such list or its head names no holder ("các tỉnh: …" alone)."""
    listed = _places_list(part)
    if listed is None:
        return []
    body = part[: listed.kind_start].strip()
    if not body or len(body) > _PLACES_HOLDERS_CHARS or any(c in body for c in ":;()"):
        return []
    return bodies_per_place(holders_of(body), listed)


# An office-holder, head of a list of the bodies he or she heads: "Tổng giám đốc" in "Tổng giám đốc: Đài truyền hình Việt
# Nam, …".
HOLDER_HEAD = re.compile(r"^(?:Tổng [Gg]iám đốc|Giám đốc|Chủ tịch|Tổng [Bb]iên tập|Thủ trưởng|Trưởng ban)$")
# An office-holder of bodies of one kind, head of a list of their fields: "Bộ trưởng các Bộ", "Giám đốc các Sở".
HELD_KINDS_HEAD = re.compile(r"^(?P<holder>(?:Bộ trưởng|Thứ trưởng|Giám đốc|Phó Giám đốc|Thủ trưởng|Trưởng)) các (?P<kind>[Bb]ộ|[Ss]ở)$")


def _titled(title: str, owner: str) -> str:
    """An office-holder of the ``owner`` a list head names: "Chánh Văn phòng" of "Văn phòng Ủy ban nhân
    dân" is the "Chánh Văn phòng Ủy ban nhân dân" ("VPUB: CVP", not the Văn phòng's Văn phòng); of
    "Văn phòng" alone ("VP: CVP", a commune's Nơi nhận) the issuer's own, "Chánh Văn phòng"."""
    if title.endswith("Văn phòng") and owner == "Văn phòng":
        return title
    own = owner[len("Văn phòng ") :] if title.endswith("Văn phòng") and owner.startswith("Văn phòng ") else owner
    return f"{title} {own}"


def _office_list(head: str, owner: str, items: list[str], titles: list[str | None]) -> list[str]:
    """The people and units an office (or a ministry: "Bộ Tư pháp: Bộ trưởng, các Thứ trưởng, các Vụ, Cục") lists after
    its code and a colon, its heads among them: "VPCP:
    BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, Công báo" -> its heads ("Bộ trưởng, Chủ
    nhiệm Văn phòng Chính phủ", "các Phó Chủ nhiệm …"), the people and units OFFICE_UNITS names, its
    groups of units ("các Vụ, Cục thuộc Văn phòng Chính phủ"; a kind after "các …" belongs to the
    group) and the bodies named by their head word ("Trung tâm Tin học - Công báo"). A list with a unit
    written as a code ("LĐVP, TPKTTH, KGVX, TH") names the office itself, as the ``head`` writes it."""
    out: list[str] = []
    group = -1
    for item, title in zip(items, titles):
        if title is not None:
            out.append(_titled(title, owner))
        elif (unit := OFFICE_UNITS.get(item)) is not None:
            out.append(unit)
        elif item[:4].lower() == "các " and item[4:5].isalpha():
            group = len(out)
            out.append(f"Các {item[4:]}")
        elif group == len(out) - 1 and item[:1].isalpha() and (" " not in item or item[:1].islower()) and len(item.split()) <= 4:
            # "các Vụ, Cục", "các phòng, đơn vị", "các Vụ, Cục, đơn vị trực thuộc": one group, the kinds of unit.
            out[group] += f", {item}"
        elif OWN_BODY_ITEM.match(item):
            out.append(item)
        else:
            return [head]
    if group >= 0:
        out[group] += f" {owner}" if out[group].endswith("thuộc") else f" thuộc {owner}"
    return out


# The codes of the central bodies whose departments a Nơi nhận names with their parent after a comma:
# "VPCP" in "Cục Kiểm soát TTHC, VPCP", "BTP" in "Cục Kiểm tra VBQPPL, BTP" (the ministries and the
# government's office of BODY_CODES).
PARENT_CODES: dict[str, str] = {
    code: name for code, name in BODY_CODES.items() if name and (name.startswith("Bộ ") or name == "Văn phòng Chính phủ")
}
# A department of such a body, then its parent's code after a comma, the whole item: one body, "Cục
# Kiểm soát TTHC, VPCP" (not the department and the Văn phòng Chính phủ); after a dash too, "Cục Kiểm soát TTHC-VPCP" (QĐ
# 3617/QĐ-UBND of Chủ tịch UBND tỉnh Thanh Hóa).
UNIT_OF_PARENT = re.compile(
    r"^(?P<unit>(?:Cục|Tổng cục|Vụ|Thanh tra|Viện)\s[^,;]+?)\s*(?P<sep>,|[-–])\s*(?P<code>"
    + "|".join(map(re.escape, sorted(PARENT_CODES, key=len, reverse=True)))
    + r")$"
)
# The same with its parent written out, an office or a ministry: "Cục Kiểm soát thủ tục hành chính, Văn phòng Chính phủ",
# "Vụ Đối ngoại, Văn phòng Chủ tịch nước", "Cục Quản trị A, Văn phòng Trung ương Đảng" (Công văn 5609/LS-XNC); not an
# office-holder ("Cục trưởng Cục …, Bộ trưởng Bộ …").
UNIT_OF_NAMED_PARENT = re.compile(
    r"^(?:Cục|Tổng cục|Vụ|Thanh tra|Viện)\s(?!trưởng)[^,;]+?\s*,\s*(?:Văn\s+phòng|Bộ\s+(?!trưởng))[^,;]+$"
)


# "và" between two bodies each named by its head word, the last of a list run on one line: " và " in "Kính gửi: Sở Y tế, Sở
# Tài chính và UBND các xã, thị trấn." (not "Sở Kế hoạch và Đầu tư", "Ban Tuyên giáo và Dân vận": no head word after it).
BODY_AND = re.compile(
    r"\s+và\s+(?=(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Sở|Công an|Phòng|Ban|Bộ|Trung tâm|Chi cục"
    r"|Cục|Tỉnh ủy|Huyện ủy|Thành ủy|Đảng ủy)\s+\S)"
)
# The organs a joint office serves, named after its "và": "HĐND" in "Văn phòng Đoàn ĐBQH và HĐND tỉnh".
JOINT_OFFICE_ORGAN = re.compile(r"(?:HĐND|UBND|Hội đồng|Ủy ban|Uỷ ban)\b")


# The committees whose secretary a list names before a people's committee of the same places: "Bí Thư, Chủ tịch Ủy ban
# nhân dân các tỉnh, thành phố trực thuộc Trung ương" (Công điện 224/CĐ-TTg) -> "Bí thư Tỉnh ủy, Thành ủy các tỉnh, …".
PEOPLES_COMMITTEE_OF = re.compile(r"^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?P<where>(?:các\s+)?(?P<level>tỉnh|huyện|xã|phường|thành phố)\b.*)$")


def _secretary_of(owner: str) -> str:
    """The secretary named before a people's committee: that of the Party committee of its places ("Ủy ban nhân dân các
    tỉnh, thành phố …" -> "Bí thư Tỉnh ủy, Thành ủy các tỉnh, thành phố …"), not of the committee."""
    m = PEOPLES_COMMITTEE_OF.match(owner)
    if m is None:
        return f"Bí thư {owner}"
    where = m.group("where")
    committee = PARTY_COMMITTEE_OF_LEVEL[m.group("level")]
    if where.startswith("các tỉnh, thành phố"):
        committee = "Tỉnh ủy, Thành ủy"
    return f"Bí thư {committee} {where}"


def _bodies_and(part: str) -> str:
    """``part`` with "và" between two bodies named by their head words (BODY_AND) written as a comma: "Sở Tài chính và UBND
    các xã, thị trấn" -> "Sở Tài chính, UBND các xã, thị trấn". The body before it names itself, two words at least, opening
    with a head word (OWNER), not an organ without its level that shares the next one's ("Thường trực HĐND và UBND tỉnh"),
    nor an office of the organs after it ("Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Văn phòng HĐND và UBND huyện")."""
    for m in BODY_AND.finditer(part):
        left = part[: m.start()].rsplit(",", 1)[-1].strip()
        right = part[m.end() :]
        if (
            len(left.split()) < 2
            or OWNER.match(left) is None
            or ORGAN_END.search(left) is not None
            or (left.startswith(("Văn phòng", "VP")) and JOINT_OFFICE_ORGAN.match(right) is not None)
        ):
            continue
        return f"{part[: m.start()]}, {_bodies_and(right)}"
    return part


# The Prime Minister and a deputy named by his name: "Thủ tướng, Phó Thủ tướng Trần Hồng Hà" (from "TTg, PTTg Trần Hồng Hà").
PRIME_MINISTER_AND_DEPUTY = re.compile(
    rf"^Thủ tướng(?: Chính phủ)?\s*,\s*Phó Thủ tướng(?: Chính phủ)?\s+(?P<name>[{UPPER_LETTERS}][{LOWER_LETTERS}]+(?:\s+[{UPPER_LETTERS}][{LOWER_LETTERS}]+){{1,3}})$"
)


def _split(item: str) -> list[str]:
    """'Đảng ủy, BGĐ Sở Y tế' -> ['Đảng ủy Sở Y tế', 'BGĐ Sở Y tế']; 'TT Tỉnh ủy; TT HĐND tỉnh' -> both;
    'Sở: NN&MT, TC' -> one per department; 'Thường trực HĐND, UBND xã' -> the level for both."""
    return list(_split_item(item))


# Pure (the bodies of an item for the item), so memoised: the items of a Nơi nhận recur from document to document ("Như
# trên", "Lưu: VT", "Các sở, ban, ngành tỉnh": 80 distinct of 318 items over 40 plans, 568 of 894 over /work/realdocs).
@lru_cache(maxsize=8192)
def _split_item(item: str) -> tuple[str, ...]:
    """_split's bodies, as a tuple."""
    out: list[str] = []
    for part in _headed_lists(SEMICOLON.split(item)):
        if part[:1] in "CVTcvt" and (unit := UNIT_OF_PARENT.match(part)) is not None:
            # "Cục Kiểm soát TTHC, VPCP"; "Cục KSTTHC - VPCP", "Cục Kiểm soát TTHC-VPCP": the text's separator kept.
            sep = ", " if unit.group("sep") == "," else " - "
            # The unit's own codes expanded: "Cục Kiểm soát TTHC-VPCP" -> "Cục Kiểm soát thủ tục hành chính - …".
            own = tidy(RECIPIENT_ABBREVIATION.sub(lambda m: RECIPIENT_ABBREVIATIONS[m.group(1)] + " ", unit.group("unit")))
            out.append(f"{own}{sep}{PARENT_CODES[unit.group('code')]}")
            continue
        if part[:1] in "CVT" and UNIT_OF_NAMED_PARENT.match(part) is not None:
            out.append(part)  # "Vụ Đối ngoại, Văn phòng Chủ tịch nước": one department of its parent
            continue
        if (joint := JOINT_OFFICE.match(part)) is not None:
            out.append(f"Văn phòng HĐND và UBND{joint.group('level') or ''}")
            continue
        if part[:9] == "Thủ tướng" and (deputy := PRIME_MINISTER_AND_DEPUTY.match(part)) is not None:
            # "TTg, PTTg Trần Hồng Hà (để b/c)" (the government office's letters): the Prime Minister and the deputy named.
            out.extend(("Thủ tướng Chính phủ", f"Phó Thủ tướng Chính phủ {deputy.group('name')}"))
            continue
        if "." in part and any(PERSON_INITIALS.search(p.strip()) for p in part.split(",")):
            # "Phó Chánh Văn phòng P.T.T.Huyền, các phòng": the office, not its holder's name.
            part = ", ".join(_without_person(p.strip()) for p in part.split(","))
        if part.count(":") == 2 and (units := UNITS_HEAD.search(part)) is not None and LIST_HEAD.match(part[: units.start()]):
            # "VPUB: CVP, PCVP P.T.T.Huyền, phòng: KGVX, TH, HC-QT": the office's heads, then its
            # units, which name the office itself (as "VP UBND tỉnh: LĐVP, TKCT, các phòng" does).
            first = part[: units.start()]
            out.extend(_split(first))
            out.append(first.split(":", 1)[0].strip())
            continue
        if ": " in part and (listed := _bodies_of_places(part)):
            out.extend(listed)  # "Bí thư tỉnh ủy, Chủ tịch UBND các tỉnh: Gia Lai, Đắk Lắk và Khánh Hòa"
            continue
        head = LIST_HEAD.match(part)
        if head:
            listed = _head_list(head.group("head").strip(), head.group("rest"))
            if listed == [head.group("head").strip()] and "," in listed[0]:
                # "PCVP, các phòng, đơn vị: ĐMPT, TH" (corpus 020): the head names several.
                listed = _split(listed[0])
            out.extend(listed)
            continue
        if part[:8] == "Công báo" and (gazette := GAZETTE_AND.match(part)) is not None:
            out.append(gazette.group("gazette"))  # "Công báo và Cổng thông tin điện tử Chính phủ": two bodies
            out.extend(_split(part[gazette.end() :]))
            continue
        if (web := WEB_AND.match(part)) is not None:
            # "Website Sở và VPUBND tỉnh": the portal, then a body of its own.
            out.append(web.group("web"))
            out.extend(_split(part[web.end() :]))
            continue
        if " và " in part and (joined := _bodies_and(part)) != part:
            out.extend(_split(joined))  # "Sở Tài chính và UBND các xã, thị trấn": two bodies, parted as by a comma
            continue
        if part[:3] in ("Các", "các") and (pair := GROUP_AND_BODY.match(part)) is not None:
            group = pair.group("group")
            owner = PARTY_OWNER_END.search(pair.group("body"))
            if owner and OWNER.search(group) is None:
                group = f"{group} {owner.group('owner')}"  # "Các ban xây dựng Đảng Tỉnh ủy"
            out.append(group)
            out.extend(_split(pair.group("body")))
            continue
        if (both := AND_GROUP.search(part)) is not None:
            left, right = part[: both.start()].strip(), part[both.end() :].strip()
            if _office(left) is not None or _office(expand_abbreviations(left)) is not None:
                if not _opens_with_office(right) and right.split(" ", 2)[1][:1].islower():
                    # "Phó Chánh Văn phòng, các phòng, đơn vị": an office-holder, then a group.
                    out.append(left)
                    out.extend(_split(right[:1].upper() + right[1:]))
                    continue
                part = f"{left}, {right}"  # office-holders of the body named last
            elif (OWNER.search(left) and "," not in left) or MEDIA_BODY.match(left):
                level = LEVEL_END.search(right)
                if level and FRONT_END.search(left):
                    left = f"{left} {level.group('level')}"
                out.append(left)
                out.extend(_split(right[:1].upper() + right[1:]))
                continue
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        if (tail := PLURAL_LEVELS.search(part)) is not None and "," in tail.group(0):
            # "Đảng ủy, UBND các xã, phường" (corpus 002): the organs before a list of levels take
            # it whole; the commas of "các xã, phường" do not part bodies.
            heads = [p.strip() for p in part[: tail.start()].split(",")]
            if len(heads) == 1 and len(pair := ORGANS_AND.split(heads[0])) == 2 and all(map(BARE_ORGAN.fullmatch, pair)):
                heads = pair  # "HĐND và UBND các tỉnh, thành phố trực thuộc Trung ương": both organs
            provinces = tail.group(0).lstrip().startswith("các tỉnh")
            if len(heads) >= 2 and all(
                (ORGAN_END.search(h) and len(h.split()) <= 4) or (provinces and _department_head(h)) for h in heads
            ):
                # "Ban Dân tộc, Sở Tài chính các tỉnh, TP trực thuộc TW": each province's board and
                # department (a province's department before its districts' committees keeps its own
                # place: "Sở Y tế, UBND các huyện, thị xã, thành phố" names the one Sở Y tế).
                out.extend(f"{h} {tail.group(0).strip()}" for h in heads)
                continue
            pieces = [p.strip() for p in part[: tail.start()].split(",") if p.strip()]
            pieces[-1] = f"{pieces[-1]} {tail.group(0).strip()}" if pieces else tail.group(0).strip()
            # "Huyện ủy, HĐND, UBND các huyện, thị xã, thành phố": an organ named without its level
            # takes the whole list ("HĐND các huyện, thị xã, thành phố"), not its last word.
            pieces[:-1] = [
                f"{p} {tail.group(0).strip()}" if ORGAN_END.search(p) and len(p.split()) <= 4 else p for p in pieces[:-1]
            ]
        for k in range(1, len(pieces)):
            if PRESS_CODE.fullmatch(pieces[k]) and (press := PRESS_KIND.match(pieces[k - 1])) is not None:
                pieces[k] = f"{press.group(0)}{pieces[k]}"  # "Báo HNM, KTDT": two papers, "Báo KTDT"
        if part[:4].lower() == "các " and len(pieces) >= 2 and all(
            normalize_tones(p).lower() in BODY_KINDS for p in [pieces[0][4:], *pieces[1:]]
        ):
            # "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ": each kind a group of bodies of its own.
            out.extend(f"{part[:3]} {p}" for p in [pieces[0][4:], *pieces[1:]])
            continue
        if len(pieces) < 2 or (
            (part[:4].lower() == "các " or " các " in pieces[0]) and all(p[:1].islower() for p in pieces[1:])
        ):
            # One body, or one plural group of lower-case kinds: "Các Sở, cơ quan thuộc UBND tỉnh" (corpus 001), "Văn phòng
            # các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ" (Công văn 5609/LS-XNC).
            out.append(part)
            continue
        owned = [OWNER.search(p) for p in pieces]
        if any(UNIT_HOLDER.match(p) for p in pieces) and all(
            UNIT_HOLDER.match(p) or (o is not None and o.start() == 0 and " " in p) for p, o in zip(pieces, owned)
        ):
            # "Bí thư Chi bộ, Trưởng thôn, Ban công tác MT thôn": each names its own unit.
            out.extend(pieces)
            continue
        last = owned[-1]
        # "Đảng ủy", "Chủ tịch", "BGĐ": a head with no body after it takes the last piece's body.
        # (Not a generic plural: "Các phòng, đơn vị thuộc VPUBND tỉnh" is one entry.)
        heads = all(
            len(p.split()) <= 3
            and (o is None or (o.start() == 0 and o.end() == len(p)) or p == "Đảng ủy" or _office(expand_abbreviations(p)))
            and (p[:4].lower() != "các " or _office(p) is not None)
            for p, o in zip(pieces[:-1], owned[:-1])
        )
        if last and last.start() > 0 and heads:
            owner = pieces[-1][last.start() :]
            # "Chánh, các Phó Chánh Văn phòng UBND tỉnh": "Chánh Văn phòng UBND tỉnh", not the Văn phòng's (_titled).
            out.extend(_secretary_of(owner) if p.lower() == "bí thư" else _titled(OFFICE_TITLES.get(p, p), owner) for p in pieces[:-1])
            out.append(pieces[-1])
        elif all(owned) and all(m.start() == 0 or len(p[: m.start()].split()) <= 3 for p, m in zip(pieces, owned)):
            # "TT Tỉnh ủy, TT HĐND tỉnh": each names its own body; "Thường trực HĐND, UBND xã":
            # an organ without its level takes the last one's.
            level = LEVEL_END.search(pieces[-1])
            if level is None and (placed := LEVEL_PLACE_END.search(pieces[-1])) is not None:
                # "Tỉnh ủy, HĐND, UBND tỉnh Sơn La" (Thông báo 655/TB-VPCP): the organs of the place named last.
                where = f"{placed.group('level')} {placed.group('place')}"
                out.extend(
                    f"{p} {where}" if ORGAN_END.search(p) and len(p.split()) <= 3
                    else f"{p} {placed.group('place')}" if BARE_PARTY_COMMITTEE.fullmatch(p)
                    else p
                    for p in pieces[:-1]
                )
                out.append(pieces[-1])
                continue
            out.extend(f"{p} {level.group('level')}" if level and ORGAN_END.search(p) else p for p in pieces[:-1])
            out.append(pieces[-1])
        elif all(_office(expand_abbreviations(p)) for p in pieces[:-1]) and _office_with_remark(pieces[-1]):
            # Office-holders of the issuer's own office, no body named: "Chánh VP, PCVP phụ trách
            # lĩnh vực" (corpus 016) names two. (Not "Giám đốc, Phó Giám đốc các đơn vị", whose
            # last piece names the body of both.)
            out.extend(pieces)
        else:
            out.append(part)
    return tuple(out)


# The office of a council and a committee of one level, written as two items: "Văn phòng HĐND, UBND
# xã" (corpus 057), "VP HĐND-UBND huyện", "Văn phòng HĐND và UBND xã" -> the one "Văn phòng HĐND và
# UBND xã" (a commune's or a district's office serves both).
JOINT_OFFICE = re.compile(
    r"^(?:Văn phòng|VP)\s+(?:HĐND|Hội đồng nhân dân)\s*(?:,|-|–|&|\svà)\s*(?:UBND|Ủy ban nhân dân)(?P<level>\s+\S.*)?$"
)
# Kinds of bodies a "Các …" line may list, each kind a group of bodies of its own: "Các bộ, cơ quan
# ngang bộ, cơ quan thuộc Chính phủ" names the ministries, the ministry-level agencies and the
# government's agencies, "Các tỉnh ủy, thành ủy" the provinces' and the cities' Party committees
# (compared lower-cased). A generic noun keeps the line one group: "Các sở, ban, ngành", "Các cơ quan,
# đơn vị", "Các phòng, ban", "Các Sở, cơ quan thuộc UBND tỉnh".
BODY_KINDS: frozenset[str] = frozenset(
    {"bộ", "cơ quan ngang bộ", "cơ quan thuộc chính phủ", "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy"}
)
# "và" between two organs that share the places after them: "HĐND và UBND các tỉnh, thành phố trực thuộc
# Trung ương" (each organ bare, BARE_ORGAN: "Văn phòng HĐND và UBND xã" is one office, JOINT_OFFICE).
ORGANS_AND = re.compile(r"\s+và\s+")
# A department or board named by its field, with no place or committee after it, before a list of
# levels that it shares: "Sở Tài chính", "Ban Dân tộc" in "Ban Dân tộc, Sở Tài chính các tỉnh, TP trực
# thuộc TW" (not "Ban công tác MT thôn", not "Văn phòng Tỉnh ủy").
DEPARTMENT_HEAD = re.compile(rf"^(?:Sở|Ban|Công an|Chi cục)\s+[{UPPER_LETTERS}]")


def _department_head(head: str) -> bool:
    """Whether ``head`` is a department or board named by its field alone ("Sở Kế hoạch và Đầu tư"),
    which takes the levels after the last one: no other body ("Ban Dân vận Tỉnh ủy") or level in it."""
    return (
        DEPARTMENT_HEAD.match(head) is not None
        and sum(1 for _ in OWNER.finditer(head)) == 1
        and LEVEL_END.search(head) is None
        and " các " not in f" {head} "
    )


# An office-holder named by the unit he or she heads, with no body after it: "Bí thư Chi bộ",
# "Trưởng thôn", "Trưởng ấp", "Tổ trưởng tổ dân phố" (a commune's Nơi nhận, corpus 057).
UNIT_HOLDER = re.compile(
    r"^(?:(?:Phó )?Bí thư|(?:Phó )?Trưởng|Tổ trưởng) (?:[Cc]hi bộ|thôn|ấp|bản|buôn|xóm|làng|khu phố|tổ dân phố|khối phố|tổ)\b"
)
# The boards of a Party committee named by their codes before the committee: "TG" in "Ban TG Tỉnh
# ủy", "TG&DV" in "Ban TG&DVTU" (the 2025 merged Ban Tuyên giáo và Dân vận), "TC" in "Ban TC Huyện ủy".
PARTY_BOARD_CODES: dict[str, str] = {
    "TG&DV": "Tuyên giáo và Dân vận", "TGDV": "Tuyên giáo và Dân vận", "TG": "Tuyên giáo", "DV": "Dân vận",
    "TC": "Tổ chức", "NC": "Nội chính",
}
PARTY_BOARD_CODE = re.compile(
    r"(?<=Ban )(" + "|".join(map(re.escape, PARTY_BOARD_CODES)) + r")\s*"
    r"(?=(?:Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Đảng ủy|Đảng uỷ|TU|HU|ĐU|TW|TƯ)(?![\w&]))"
)
# The boards of a people's council named by their codes before the council: "KT-NS" in "Ban KT-NS
# HĐND tỉnh" (Kinh tế - Ngân sách), "VH-XH" in "Ban VH-XH HĐND tỉnh", "PC" in "Ban PC HĐND tỉnh".
COUNCIL_BOARD_CODES: dict[str, str] = {
    "KT-NS": "Kinh tế - Ngân sách", "KTNS": "Kinh tế - Ngân sách", "VH-XH": "Văn hóa - Xã hội",
    "VHXH": "Văn hóa - Xã hội", "PC": "Pháp chế", "DT": "Dân tộc", "ĐT-NS": "Đô thị - Ngân sách",
}
COUNCIL_BOARD_CODE = re.compile(
    r"(?<=Ban )(" + "|".join(map(re.escape, sorted(COUNCIL_BOARD_CODES, key=len, reverse=True))) + r")\s*"
    r"(?=(?:HĐND|Hội đồng nhân dân)(?![\w&]))"
)
# The committee's code after a board's name written out: "TU" in "Ban Tuyên giáo và Dân vận TU", "Các Ban Đảng TU" (a
# Nghị quyết of HĐND thành phố Hà Nội: the city's Thành ủy).
BOARD_COMMITTEE_CODE = re.compile(
    r"(?:(?<=Tuyên giáo )|(?<=Dân vận )|(?<=Tổ chức )|(?<=Nội chính )|(?<=Ban Đảng ))(" + "|".join(map(re.escape, COMMITTEE_CODES))
    + r")(?![\w&])"
)
# "MT" for "Mặt trận" after "Ban công tác": "Ban công tác MT thôn" (corpus 057).
FRONT_WORK_CODE = re.compile(r"(?<=[Cc]ông tác )MT(?![\w&])")
# A person's name written with initials after an office title: "P.T.T.Huyền" in "Phó Chánh Văn
# phòng P.T.T.Huyền", "Nguyễn V. A" — a person, not a body.
PERSON_INITIALS = re.compile(rf"(?<!\w)(?:[{UPPER_LETTERS}]\.\s?){{1,3}}[{UPPER_LETTERS}][{LOWER_LETTERS}]+$")

# A person's full name after an office-holder's body: "Phùng Thành Vinh" in "PCT UBND tỉnh Phùng Thành
# Vinh" (corpus 021); dropped when the words name no place (place_spelling).
PERSON_AFTER_LEVEL = re.compile(r"(?<=\s)(?:tỉnh|huyện|thành phố|TP|xã|phường)\s(?P<person>[^\W\d_]+(?:\s[^\W\d_]+){1,3})$")

# What may follow an office title in a recipient line without naming a body: "phụ trách lĩnh
# vực" in "PCVP phụ trách lĩnh vực" (corpus 016), "phụ trách khối VX".
OFFICE_REMARK = re.compile(r"^phụ trách\b")


def _is_person(words: str) -> bool:
    """Whether capitalised words after a level word are a person's name, not a place: "Phùng
    Thành Vinh" (no province, district or ward is named so), not "Đồng Văn"."""
    return all(w[0].isupper() for w in words.split()) and place_spelling(words) is None


def _opens_with_office(s: str) -> bool:
    """Whether ``s`` opens with an office title: "các PCT UBND tỉnh", "các Phó CT UBND Tỉnh"."""
    for form in (s, expand_abbreviations(s)):
        words = form.split()
        if any(_office(" ".join(words[:n])) for n in range(min(len(words), 5), 0, -1)):
            return True
    return False


def _without_person(piece: str) -> str:
    """An office title without the name of its holder written after it: "PCVP P.T.T.Huyền" ->
    "PCVP"; a piece that is not an office title is left as it is."""
    m = PERSON_INITIALS.search(piece)
    if m is None:
        return piece
    office = piece[: m.start()].strip()
    return office if office and _office_with_remark(office) else piece


def _office_with_remark(piece: str) -> bool:
    """Whether a piece is an office title, alone or with a remark on its field: "PCVP",
    "PCVP phụ trách lĩnh vực" (abbreviations expanded)."""
    words = expand_abbreviations(piece).split()
    for n in range(min(len(words), 6), 0, -1):
        if _office(" ".join(words[:n])):
            rest = " ".join(words[n:])
            return not rest or OFFICE_REMARK.match(rest) is not None
    return False


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


# The words an issuer's initials skip: "ĐHCT" for "Đại học Cần Thơ", "BGDĐT" for "Bộ Giáo dục và Đào tạo".
INITIALS_SKIPPED: frozenset[str] = frozenset({"và", "của"})
# The kind of a school that its initials may leave out: "ĐHCT" for "Trường Đại học Cần Thơ".
SCHOOL_KIND = "Trường "
# A word in capitals, a body's initials: "ĐHCT" in "Các đơn vị trong ĐHCT", "CT" in "Website CT" (the Cục Thuế's, as
# its symbol proves: _issuer_initials).
CAPITALS_WORD = re.compile(r"(?<![\w&/-])[A-ZĐ]{2,8}(?![\w&/-])")
INITIALS_WORDS = 4  # fewer letters name other bodies as well: "BTC" (Bộ Tài chính, Ban Tổ chức), "SYT"


def _issuer_initials(issuer: str | None, symbol: str | None = None) -> dict[str, str]:
    """The initials by which a document names its own issuer, each to that issuer's name:
    {"ĐHCT": "Đại học Cần Thơ"} for "Đại học Cần Thơ"; {"TĐHCT": …, "ĐHCT": …} for "Trường Đại học Cần
    Thơ" (none for an issuer of fewer than INITIALS_WORDS words, unless the document's own ``symbol``
    writes them: "CT" of the Cục Thuế in "5680/CT-CS", "CHQ" of the Cục Hải quan in "39712/CHQ-GSQL", see
    CENTRAL_KINDS)."""
    if not issuer:
        return {}
    out: dict[str, str] = {}
    for name in (issuer, issuer[len(SCHOOL_KIND) :] if issuer.startswith(SCHOOL_KIND) else ""):
        words = [w for w in name.split() if w not in INITIALS_SKIPPED]
        if len(words) >= INITIALS_WORDS and all(w[:1].isalpha() for w in words):
            out[initials(words)] = issuer
        elif symbol and name.startswith(CENTRAL_KINDS) and all(w[:1].isalpha() for w in words):
            if (own := initials(words)) in SYMBOL_CODE.findall(symbol):
                out[own] = issuer  # "Website CT", "Ban Pháp chế (CT)" in a Công văn "…/CT-CS" of the Cục Thuế
    return out


# A deputy head's code before a name, in a Cục's or a Tổng cục's recipient lines: "PCT", "PCTr", "PCTr." (Công văn
# 5680/CT-CS and 5662/CT-CS of the Cục Thuế).
DEPUTY_CODE = re.compile(r"PCTr?\.?(?=\s|$)")
DEPUTY_HEADS: dict[str, str] = {"Cục ": "Phó Cục trưởng", "Tổng cục ": "Phó Tổng cục trưởng"}
# The kinds of central bodies whose short initials the document's symbol proves its own ("CT" of the Cục Thuế, "CHQ" of the
# Cục Hải quan, "BTC" of the Bộ Tài chính): a province's department's ("SYT") name other departments' too.
CENTRAL_KINDS: tuple[str, ...] = ("Cục ", "Tổng cục ", "Bộ ")
# A code of a symbol: "CT" and "CS" in "CT-CS", "QĐ" and "CT" in "QĐ-CT".
SYMBOL_CODE = re.compile(r"[^-/\s]+")


def _own_initials_expanded(s: str, header: Header) -> str:
    """``s`` with the issuer's initials written out: "Các đơn vị trong ĐHCT" -> "Các đơn vị trong Đại học
    Cần Thơ" in a document of Đại học Cần Thơ (see _issuer_initials)."""
    if (caps := CAPITALS_WORD.search(s)) is None or not (own := _issuer_initials(header.issuer, header.symbol)):
        return s
    while caps is not None:
        if (name := own.get(caps.group(0))) is not None:
            s = s[: caps.start()] + name + s[caps.end() :]
            caps = CAPITALS_WORD.search(s, caps.start() + len(name))
        else:
            caps = CAPITALS_WORD.search(s, caps.end())
    return s


def _name(raw: str, header: Header) -> str | None:
    s = tidy(normalize_tones(raw))
    if s[:2].lower() in ("đồ", "đ/") and (h := HONORIFIC.match(s)) is not None:
        s = s[h.end() :]
    elif s[:2] in ("Ôn", "Bà") and (h := COURTESY.match(s)) is not None and _opens_with_office(s[h.end() :]):
        s = s[h.end() :]  # "Ông Giám đốc Sở Tài chính": the office, addressed politely
    for wrong, right in MISSPELLINGS.items():
        if s.startswith(wrong):
            s = right + s[len(wrong) :]
    if not s:
        return None
    if level_end := CAPITAL_LEVEL_END.search(s):
        # "Thường trực HĐND Thành phố": the level of the document's own city, qualified below.
        s = s[: level_end.start()] + level_end.group(0).lower()
    if (person := PERSON_AFTER_LEVEL.search(s)) is not None and _is_person(person.group("person")) and _opens_with_office(s):
        s = s[: person.start("person")].rstrip()  # the office, not its holder's name
    s = _own_initials_expanded(s, header)
    if (
        s[:3] == "PCT" and header.issuer and header.issuer.startswith(("Cục ", "Tổng cục ")) and (deputy := DEPUTY_CODE.match(s))
        and OWNER.search(s, deputy.end()) is None
    ):
        # "PCT Đặng Ngọc Minh (để báo cáo)", "PCTr. Đặng Ngọc Minh" in a Công văn of the Cục Thuế: its deputy head, no
        # people's committee's Phó Chủ tịch (who is named with his committee: "PCT UBND tỉnh Lạng Sơn").
        s = DEPUTY_HEADS["Tổng cục " if header.issuer.startswith("Tổng cục ") else "Cục "] + s[deputy.end() :]
    expanded = tidy(expand_abbreviations(s))
    base = _issuer_base(header)
    if base and expanded.endswith(BARE_COMMITTEE) and base.startswith(BARE_COMMITTEE):
        # "TTUB: CT" in a document of the UBND thành phố: the Chủ tịch of its own committee.
        expanded = expanded[: -len(BARE_COMMITTEE)] + base
    if base and contains_word(expanded, base):
        return _joined(expanded)  # the issuer's own unit: the text's wording
    return _joined(canonical_org(s, header))


def _joined(name: str | None) -> str | None:
    """'… Quốc hội&Hội đồng nhân dân tỉnh' -> '… Quốc hội và Hội đồng nhân dân tỉnh' (JOINED_NAMES)."""
    return JOINED_NAMES.sub(" và ", name) if name and "&" in name else name


def _section_bodies(tasks: list[Task], section: str) -> list[str]:
    """The bodies assigned the tasks of section ``section`` ("III"): "Như Mục III" names them."""
    out: list[str] = []
    for t in tasks:
        if t.section.split(".", 1)[0].upper() == section.upper():
            out.extend(b for b in t.assigned_to if b not in out)
    return out


# The archive written after the last item with no mark between them: "Nơi nhận: Như trên; UBND các huyện Lưu: VT", "- Sở
# Y tế Lưu VT, TH.", "- Các chi bộ trực thuộc Lưu Văn phòng Đảng ủy" (a copy that lost the line break). Only "Lưu" with
# its colon or its codes after it: "Lưu" in a name ("Ông Lưu Văn An") is followed by neither.
GLUED_ARCHIVE = re.compile(r"(?<=[\w).])\s+(?=Lưu(?:\s*:|\s+(?:[A-ZĐ]{2,}(?![\wđ])|Văn\s+(?:phòng|thư)|hồ\s+sơ)))")


def _parted_archive(items: list[str]) -> list[str]:
    """The items with an archive glued onto the item before it parted from it (GLUED_ARCHIVE)."""
    out: list[str] = []
    for item in items:
        if "Lưu" in item and not ARCHIVE.match(item.lstrip(" -+*")) and (glued := GLUED_ARCHIVE.search(item)) is not None:
            out.extend((item[: glued.start()], item[glued.end() :]))
        else:
            out.append(item)
    return out


# A company's address in brackets after its name: "Công ty TNHH … Trading (số 208, ngõ 66, phố Kim Mã Thượng, …)" (a
# Công văn of Cục Hải quan), "(Đ/c: KCN Hưng Phú 2B, …)", "(địa chỉ: …)": where it is, not who.
ADDRESS_BRACKET = re.compile(r"\s*\((?:[Đđ]/[Cc]\s*:|[Đđ]ịa\s+chỉ\b|số\s+\d)[^()]*\)")
# One kind of unit before several units' codes, without a colon: "Phòng NVDTPC, KTR1" (a Công văn of Thuế tỉnh Tây
# Ninh), as "Phòng: TH, VX, NCPC" (corpus 006) names each.
KIND_BEFORE_CODES = re.compile(r"^(?P<kind>Phòng|Ban|Vụ)\s+(?P<codes>[A-ZĐ][A-ZĐ0-9&-]{1,10}(?:\s*,\s*[A-ZĐ][A-ZĐ0-9&-]{1,10})+)$")
# A copy's addressee written among the addressees: "- Đồng kính gửi Thủ tướng Chính phủ." (a Công văn of Bộ Tài chính).
CO_ADDRESSEE = re.compile(r"^Đồng\s+kính\s+gửi\s*:?\s*", re.IGNORECASE)


def find_recipients(text: Text, header: Header, tasks: list[Task] | None = None) -> list[Recipient]:
    """One Recipient per body of the Nơi nhận block ("Như Mục III" read from ``tasks``, the
    document's tasks, when given)."""
    out: list[Recipient] = []
    seen: set[tuple[str, str | None]] = set()
    # Each body's name read once per document: a Nơi nhận names some again (an addressee of "Như trên" listed as well,
    # the bodies of "Như Điều 3" and their own lines; 1,448 readings of 1,026 distinct names over /work/realdocs).
    names_read: dict[str, str | None] = {}

    def name_of(raw: str) -> str | None:
        if raw in names_read:
            return names_read[raw]
        name = names_read[raw] = _name(raw, header)
        return name

    def add(name: str | None, purpose: Purpose | None) -> None:
        if name and name[0] == "(" and name[-1] == ")":
            return  # a mark the item's own did not take, "(để xem xét)": no body
        if name and (name, purpose) not in seen:
            seen.add((name, purpose))
            out.append(Recipient(name=name, purpose=purpose))

    def refer(line: str, purpose: Purpose | None, bodies: list[str]) -> None:
        """The back-reference ``line`` ("Như Điều 3") as one recipient pointing to ``bodies`` (named)."""
        named = list(dict.fromkeys(n for b in bodies if (n := name_of(b))))
        if (line, purpose) not in seen:
            seen.add((line, purpose))
            out.append(Recipient(name=line, purpose=purpose, bodies=named))

    city = bool(header.province) and is_city(header.province)
    for item in _parted_archive(_block(text, header)):
        item = tidy(item)
        if not item:
            continue
        if ARCHIVE.match(item):
            add(tidy(STRAY_AFTER_ARCHIVE.sub("", SIGNER_AFTER_ARCHIVE.sub("", item))), "lưu")
            continue
        item, purpose = _purpose(item)
        if "(" in item:
            item = ADDRESS_BRACKET.sub("", item)
        item = tidy(_normalise(item, city))
        if POSTING.match(item):
            # "Đăng trang thông tin điện tử của Sở": the portal's name opens with a capital, as an item's does.
            posted = POSTING.sub("", item)
            add(name_of(posted[:1].upper() + posted[1:]), "đăng tải")
            continue
        if item[:3] in ("Mục", "Phầ") and tasks and (ref := SECTION_REF.match(item.lower())) is not None and (
            len(item.split()) == 2
        ):
            # "- Mục IV;" (a Kế hoạch of UBND tỉnh): the bodies that section's tasks assign, as "Như Mục IV" names them.
            refer(item, purpose, [tidy(_normalise(b, city)) for b in _section_bodies(tasks, ref.group("s"))])
            continue
        if m := AS_ABOVE.match(item):
            what = m.group("what").lower()
            line = item.rstrip(" .,;:")
            bodies: list[str] = []
            if what.startswith(("trên", "kính gửi")):
                # The addressees, recipients of their own, read as the items are: "Sở Tài chính, Sở Nội vụ"
                # names two; "Như trên" is one more entry, as the block writes it.
                for a in _addressees(text):
                    if a[:4] in ("Đồng", "đồng"):
                        a = CO_ADDRESSEE.sub("", a)
                    for part in _split(tidy(_normalise(a, city))):
                        add(name_of(part), purpose)
            elif (ref := ARTICLE_REF.match(what)) is not None and (article := _article(text, ref.group("n"))):
                # "Như Điều 3": the bodies the article charges with the decision.
                for body in _charged(article):
                    body = tidy(_normalise(body, city))
                    # A group with its kinds listed stays whole: "Trưởng các Phòng, Khoa, Trung tâm".
                    bodies.extend(_split(body) if "," not in body else [body])
            elif (ref := CLAUSE_REF.match(what)) is not None and (article := _article(text, ref.group("n"))):
                # "Như Khoản 2 Điều 3": the bodies that clause of the article charges.
                for body in _charged(_clause(article, ref.group("k")) or ""):
                    body = tidy(_normalise(body, city))
                    bodies.extend(_split(body) if "," not in body else [body])
            elif (ref := SECTION_REF.match(what)) is not None and tasks:
                # "Như Mục III": the bodies that section's tasks assign.
                bodies.extend(tidy(_normalise(b, city)) for b in _section_bodies(tasks, ref.group("s")))
            refer(line, purpose, bodies)
            continue
        if item[:1] in "PBV" and (coded := KIND_BEFORE_CODES.match(item)) is not None:
            for code in coded.group("codes").split(","):
                add(name_of(f"{coded.group('kind')} {code.strip()}"), purpose)
            continue
        for part in _split(item):
            add(name_of(part), purpose)
    return out


def bodies_named(recipients: list[Recipient]) -> list[Recipient]:
    """The bodies the recipients name, each once: a back-reference's ("Như Điều 3": the bodies the article
    charges, with its purpose) in its place, a body's own line as it is; "Như trên", whose addressees are
    entries of their own, names none more."""
    out: list[Recipient] = []
    seen: set[tuple[str, str | None]] = set()
    for r in recipients:
        for name in [r.name] if r.bodies is None else r.bodies:
            if (name, r.purpose) not in seen:
                seen.add((name, r.purpose))
                out.append(Recipient(name=name, purpose=r.purpose))
    return out
