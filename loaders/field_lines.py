"""A document's identity written as "FIELD: value" lines instead of a header: a letter or a portal's
copy that opens with "Cơ quan ban hành: Sở Y tế tỉnh Hà Tĩnh" / "Số: 2150/SYT-NVY" / "Ngày ban hành:
15/08/2023" / "Trích yếu: V/v triển khai …". The header reader (header.py) fills with them only the
fields its header left empty."""

from __future__ import annotations

import re

from vanban.loaders.codes import TYPE_WORDS
from vanban.loaders.places import province_name
from vanban.loaders.records import Model
from vanban.loaders.text import Text

# The lines searched for fields: the first ones of the text (the fields open it).
FIELD_LINES = 15
# The characters searched for the anchor words before the lines are read.
FIELD_CHARS = 1500

# The issuing body's field: "Cơ quan ban hành: Sở Y tế tỉnh Hà Tĩnh", "Đơn vị ban hành: Trung tâm Y tế
# huyện Đắk Hà". ("Nơi ban hành: Tỉnh Lâm Đồng" of a legal library names a place, not a body.)
ISSUER_FIELD = re.compile(r"^(?:Cơ quan|Đơn vị) ban hành\s*:\s*(?P<value>\S.{2,150}?)[\s.;]*$")
# The number's field: "Số: 2150/SYT-NVY", "Số hiệu: 853/QĐ-UBND", "Số ký hiệu: 45/KH-SYT", "Số, ký hiệu: …"
# (its value is read as a Số line), its number left blank in a database's export: "SỐ KÝ HIỆU: /THPTĐBK".
NUMBER_FIELD = re.compile(r"^(?:Số|Số hiệu|Số,? ký hiệu|Số/ký hiệu)\s*:\s*(?P<value>\d.{0,60}|/\s*[^\W\d_][^\s/]{1,30})$")
# A field's label in capitals, as a database's export writes them: "SỐ KÝ HIỆU: /THPTĐBK", "TRÍCH YẾU: V/v tăng
# cường …", "CƠ QUAN BAN HÀNH: …" (read as "Số ký hiệu: …", "Trích yếu: …"); the label is two to four words.
# (Whether it is in capitals is tested with ``str.isupper``.)
CAPITAL_LABEL = re.compile(r"^(?P<label>[^\W\d_]+(?:[ ,/][^\W\d_]+){1,3})\s*:")
# The date's field: "Ngày ban hành: 15/08/2023", "Ngày ký: 15/8/2023", "Ngày: 15/08/2023", or a date line
# alone among the fields: "Ngày 20 tháng 7 năm 2023".
DATE_FIELD = re.compile(
    r"^Ngày(?:(?: ban hành| ký)?\s*:\s*(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>(?:19|20)\d\d)"
    r"|\s+(?P<wday>\d{1,2})\s+tháng\s+(?P<wmonth>\d{1,2})\s+năm\s+(?P<wyear>(?:19|20)\d\d))\.?\s*$"
)
# A field written as a table's row of two cells, its label in the first: "| Cơ quan ban hành | Sở Y tế tỉnh
# Hà Giang |" (read as "Cơ quan ban hành: Sở Y tế tỉnh Hà Giang").
FIELD_LABELS: tuple[str, ...] = ("Cơ quan ban hành", "Đơn vị ban hành", "Số hiệu", "Số ký hiệu", "Số, ký hiệu", "Số/ký hiệu",
                                 "Ngày ban hành", "Ngày ký", "Trích yếu", "Trích yếu nội dung", "Loại văn bản")
# The subject's field: "Trích yếu: V/v triển khai tiêm chủng mở rộng năm 2023", "Trích yếu nội dung: …".
SUBJECT_FIELD = re.compile(r"^Trích yếu(?: nội dung)?\s*:\s*(?P<value>\S.{2,400}?)\s*$")
# A Công văn's subject, which names no other type: "V/v tăng cường công tác …" in "Trích yếu: V/v …".
LETTER_SUBJECT = ("V/v ", "V/V ", "v/v ")
# The type's field: "Loại văn bản: Công văn".
TYPE_FIELD = re.compile(r"^Loại văn bản\s*:\s*(?P<value>\S.{1,40}?)\s*$")
# A legal library's field of where a text was issued: "Nơi ban hành: Thành phố Hồ Chí Minh", "Nơi ban hành: Tỉnh Lâm
# Đồng" (a province), "Nơi ban hành: Thủ tướng Chính phủ", "Nơi ban hành: Bộ Văn hóa, Thể thao và Du lịch" (a body).
PLACE_FIELD = re.compile(r"^Nơi ban hành\s*:\s*(?P<value>\S.{2,100}?)[\s.;]*$")
# A label alone on its line, its value on the next one (a library's table copied a cell a line): "**Số hiệu:**" / "|" /
# "4001/UBND-ĐT" (realdocs 76415b3e, a thuvienphapluat page).
LONE_LABEL = re.compile(r"^(?P<label>Số hiệu|Loại văn bản|Nơi ban hành|Ngày ban hành|Người ký|Cơ quan ban hành|Trích yếu)\s*:$")
# The most lines read past a lone label for its value (table bars, blank lines between).
_VALUE_LINES = 3
# The first words of the lines that open a field block, where it is read from (a library's page has its banner
# above them).
_FIRST_LABELS: tuple[str, ...] = (*FIELD_LABELS, "Nơi ban hành", "Người ký")

# The written types a type field may name, by their lower-case form: "công văn" -> "Công văn".
_TYPES: dict[str, str] = {t.lower(): t for t in TYPE_WORDS.values()}


class FieldLines(Model):
    """The fields read from "FIELD: value" lines, as written (the issuer not yet made canonical)."""

    doc_type: str | None = None
    number_line: str | None = None  # "Số: 2150/SYT-NVY", to be read as a Số line
    date: str | None = None  # ISO
    issuer: str | None = None
    subject: str | None = None
    place: str | None = None  # the province a library's "Nơi ban hành" names ("Hồ Chí Minh")


def _clean_line(text: str) -> str:
    return text.replace("**", "").strip(" *_").strip()


def read_field_lines(text: Text, first: int = 0) -> FieldLines | None:
    """The "FIELD: value" lines that open a text (see the module's docstring); None unless there are
    two of them at least, one naming the issuer or the subject (a Số line alone is a header's)."""
    head = text.original[: FIELD_CHARS]
    if "ban hành" not in head and "Trích yếu" not in head and "BAN HÀNH" not in head and "TRÍCH YẾU" not in head:
        return None
    fields = FieldLines()
    found = 0
    lines = text.lines
    # From the first label within FIELD_CHARS: a library's page has its banner above its fields.
    for k in range(first, len(lines)):
        if lines[k].start >= FIELD_CHARS:
            break
        if _clean_line(lines[k].text).startswith(_FIRST_LABELS):
            first = k
            break
    stop = min(len(lines), first + FIELD_LINES)
    i = first
    while i < stop:
        s = _clean_line(lines[i].text)
        i += 1
        if (lone := LONE_LABEL.match(s)) is not None:
            # "**Số hiệu:**" / "|" / "4001/UBND-ĐT": the value on a line of its own (not counted in FIELD_LINES).
            for j in range(i, min(len(lines), i + _VALUE_LINES)):
                if value := _clean_line(lines[j].text).strip("| "):
                    s = f"{lone.group('label')}: {value}"
                    stop, i = min(len(lines), stop + j + 1 - i), j + 1
                    break
        if s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if len(cells) != 2 or cells[0].rstrip(" :") not in FIELD_LABELS:
                continue
            s = f"{cells[0].rstrip(' :')}: {cells[1]}"
        if not s:
            continue
        if (label := CAPITAL_LABEL.match(s)) is not None and label.group("label").isupper():
            s = label.group("label").capitalize() + s[label.end("label") :]
        if fields.issuer is None and (m := ISSUER_FIELD.match(s)):
            fields.issuer = m.group("value")
        elif fields.number_line is None and (m := NUMBER_FIELD.match(s)):
            fields.number_line = "Số: " + m.group("value")
        elif fields.date is None and (m := DATE_FIELD.match(s)):
            day, month = int(m.group("day") or m.group("wday")), int(m.group("month") or m.group("wmonth"))
            if not (1 <= day <= 31 and 1 <= month <= 12):
                continue
            fields.date = f"{m.group('year') or m.group('wyear')}-{month:02d}-{day:02d}"
        elif fields.subject is None and (m := SUBJECT_FIELD.match(s)):
            fields.subject = m.group("value")
            if fields.subject.startswith(LETTER_SUBJECT):
                fields.doc_type = fields.doc_type or "Công văn"  # "Trích yếu: V/v …": a Công văn's
        elif fields.doc_type is None and (m := TYPE_FIELD.match(s)):
            fields.doc_type = _TYPES.get(m.group("value").lower())
        elif fields.place is None and fields.issuer is None and (m := PLACE_FIELD.match(s)):
            value = m.group("value")
            if (province := province_name(value)) is not None:
                fields.place = province
            else:
                fields.issuer = value  # "Nơi ban hành: Thủ tướng Chính phủ": a central body
        else:
            continue
        found += 1
    # A library's table (its type, number and date) is enough without an issuer or a subject.
    table = fields.doc_type is not None and fields.number_line is not None and fields.date is not None
    if found < 2 or (fields.issuer is None and fields.subject is None and not table):
        return None
    return fields
