"""The extraction record: what one document says, as validated pydantic models.

The JSON form (``DocumentRecord.to_json_dict``) follows the schema of the gold annotations
(shared/gold/seeds/README.md) and adds character spans (``start``, ``end``) into the
original text wherever a field was read from a place in it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_serializer

Purpose = Literal["báo cáo", "thực hiện", "phối hợp", "lưu", "đăng tải"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Span(Model):
    """Where a field was read: character offsets into the original text (end exclusive)."""

    start: int | None = None
    end: int | None = None


class Signer(Model):
    name: str | None = None
    position: str | None = None
    authority: str | None = None  # "KT. Giám đốc", "TM. Ủy ban nhân dân", "Q. Giám đốc", …


class Header(Model):
    """The document's own identity, from its header, title, body and signature."""

    doc_type: str | None = None  # full Vietnamese type name: "Kế hoạch", "Chỉ thị", …
    number: str | None = None  # "233"; None when the Số line is blank
    symbol: str | None = None  # "KH-UBND", "NQ/TU", "2015/NĐ-CP"
    issuer: str | None = None  # canonical, province-qualified: "Sở Y tế tỉnh Hà Giang"
    issuer_parent: str | None = None
    place: str | None = None
    date: str | None = None  # ISO date, "YYYY" when day and month are blank, or None
    title: str | None = None  # trích yếu, on one line, markdown removed
    signer: Signer | None = None
    province: str | None = None  # province the document belongs to ("Hà Giang")
    district: str | None = None  # district, for district-level bodies ("Đồng Văn")


class Citation(Span):
    """One distinct cited instrument, normalized; span and surface are its first mention."""

    surface: str
    doc_type: str | None = None
    number: str | None = None
    symbol: str | None = None
    year: int | None = None
    date: str | None = None
    issuer: str | None = None
    title: str | None = None  # subject after "về …", when read
    note: str | None = None
    mentions: int = 1  # how many times the instrument is mentioned (first one included)


class Report(Span):
    """One reporting duty: who reports to whom, by when, how often."""

    from_: str | None = Field(default=None, alias="from")
    to: str | None = None
    deadline: str | None = None  # ISO date, or None when the text gives no full date
    recurrence: str | None = None  # "định kỳ 6 tháng", "hằng năm", "18/5" (day without year)
    evidence: str


class Task(Span):
    """One numbered item of the content (NỘI DUNG) or organisation (TỔ CHỨC THỰC HIỆN) sections."""

    section: str | None = None  # "II.1", "IV.2"
    text_start: str  # the first words after the item's number
    text: str | None = None  # the whole item, on one line
    assigned_to: list[str] = Field(default_factory=list)
    deadline: str | None = None


class Recipient(Model):
    name: str
    purpose: Purpose | None = None
    # A back-reference line of Nơi nhận is one recipient named as written ("Như Điều 3", "Như trên"), as a
    # labeller reads the block; ``bodies`` are the bodies it points to ("Như Điều 3": those the article
    # charges), [] when they are recipients of their own ("Như trên": the Kính gửi addressees) or not
    # found. None for a line that names its body.
    bodies: list[str] | None = None

    @model_serializer(mode="wrap")
    def _without_unset_bodies(self, handler):
        """Dumped without ``bodies`` when the line names its body: records stay as they were."""
        data = handler(self)
        if self.bodies is None:
            data.pop("bodies", None)
        return data


class SourceInfo(Model):
    """How the file was read."""

    format: str = "text"  # text, markdown, docx, pdf
    encoding: str = "utf-8"  # utf-8, utf-16, windows-1258, tcvn3, vni, …
    chars: int = 0


class DocumentRecord(Model):
    file: str
    document: Header = Field(default_factory=Header)
    implements: list[Citation] = Field(default_factory=list)
    cites: list[Citation] = Field(default_factory=list)
    reports_to: list[Report] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    recipients: list[Recipient] = Field(default_factory=list)
    source: SourceInfo = Field(default_factory=SourceInfo)

    def to_json_dict(self) -> dict:
        """The gold schema's JSON form (``from`` for reports), spans included."""
        return self.model_dump(mode="json", by_alias=True)


def path_text(path: str | Path) -> str:
    """A path as records and the store keep it: as the system gives it, except bytes of a name
    that are not UTF-8 (a file named in Windows-1258 or TCVN3 on an old system, unpacked on
    Linux), which Python holds as lone surrogates that no JSON or database accepts; those are
    written as escapes: b"k\xe5 ho\xb9ch.txt" -> "k\\xe5 ho\\xb9ch.txt"."""
    text = str(path)
    if text.isascii():
        return text
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


# Control characters a file name may hold ("plan\n2025.txt"), written as escapes where a name is
# printed on one line: "plan\\x0a2025.txt".
CONTROL_ESCAPES = {c: f"\\x{c:02x}" for c in (*range(32), 127)}


def one_line_name(name: str) -> str:
    """A file name as printed on one line of an error or a table: its control characters escaped."""
    return name if name.isprintable() else path_text(name).translate(CONTROL_ESCAPES)


class LoadError(Model):
    """A document that could not be read or extracted: one line for people."""

    file: str
    reason: str

    def __str__(self) -> str:
        return f"{one_line_name(self.file)}: {self.reason}"


class LoadFailure(Exception):
    """Raised by readers; carries the one-line reason. Converted to LoadError at the boundary."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason
