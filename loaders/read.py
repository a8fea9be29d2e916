"""File -> Text: choose the reader by content (not only by name), decode, normalize.

Kinds are recognised by their first bytes: a zip package holding ``word/document.xml`` is a
.docx, ``%PDF-`` is a PDF, anything else is read as text in whatever encoding it has
(loaders/encodings.py). Markdown is text whose name says so or whose lines carry markdown
markers; its escapes, character references and <br> tags are read back to plain text first
(loaders/markdown.py), so the record's offsets point into that plain text. Every refusal is a
LoadFailure with a one-line reason for people.
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
from pathlib import Path

from vanban.loaders.docx import docx_text
from vanban.loaders.encodings import decode_text, repair_legacy_font_text
from vanban.loaders.markdown import plain_markdown
from vanban.loaders.ocr_words import restore_ocr_words
from vanban.loaders.pdf import pdf_text
from vanban.loaders.records import LoadFailure, path_text  # noqa: F401 - path_text is read.path_text too
from vanban.loaders.text import Text, make_text

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})

# Markdown markers at the start of a line or around words, as in seed 002:
# "**KẾ HOẠCH**", "***Nơi nhận:***", "# Kế hoạch", "| Số | Ngày |", "|---|---|"; and the markup that
# converters and web pages leave in text (loaders/markdown.py): backslash escapes "QĐ\\-UBND",
# "\\- Như trên;" and hard line breaks "Số: 141/KH-UBND\\" (ending a line), links and images "](https://…)", "![](images/…)", HTML tags "<p>", "<br>",
# '<span lang="VI">', character references "&nbsp;", "&amp;", blockquote marks "> Kính gửi:".
MARKDOWN_MARKER = re.compile(
    r"^\s{0,3}#{1,6}\s+\S|\*\*[^*\n]+\*\*|^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$"
    r"|\\[-.*_()#+!\[\]\n]|\]\([^)\s]*\)|</?(?:p|div|span|strong|br|em|td|tr|table|sup)\b[^<>\n]*>"
    r"|&(?:amp|nbsp|lt|gt|quot|#\d{1,7});|^[ \t]{0,3}>[ \t]",
    re.M,
)
# A character that every MARKDOWN_MARKER holds.
_MARKER_CHARS = ("#", "*", "|", "\\", "]", "<", "&", ">")
MARKDOWN_MIN_MARKERS = 2

# Zip packages that are documents of other kinds: member name -> reason.
OTHER_PACKAGES: tuple[tuple[str, str], ...] = (
    ("xl/workbook.xml", "spreadsheet (.xlsx), not a document"),
    ("ppt/presentation.xml", "presentation (.pptx), not a document"),
    ("content.xml", "OpenDocument file (.odt/.ods): save it as .docx"),
)


MARKDOWN_WINDOW = 1 << 16  # characters looked at


def is_markdown(text: str, suffix: str = "") -> bool:
    if suffix.lower() in MARKDOWN_SUFFIXES:
        return True
    # Every MARKDOWN_MARKER holds one of _MARKER_CHARS: most plain texts hold none, and a few literal
    # searches are ~20x cheaper than the regex's alternatives tried at every character.
    window = text[:MARKDOWN_WINDOW]
    if not any(map(window.__contains__, _MARKER_CHARS)):
        return False
    # A link to a web page or to nowhere is markup on its own: "[Kế hoạch số 04/KH-MTTQ-BTT](https://…)".
    if window.find("](http") >= 0 or window.find("](#)") >= 0:
        return True
    found = 0
    for _ in MARKDOWN_MARKER.finditer(text, 0, MARKDOWN_WINDOW):
        found += 1
        if found >= MARKDOWN_MIN_MARKERS:
            return True
    return False


def _zip_kind(data: bytes) -> str:
    """"docx", or raise LoadFailure naming what other zip this is."""
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as e:
        raise LoadFailure(f"damaged zip/.docx file: {e}".splitlines()[0][:200]) from None
    names = {m.filename for m in members}
    if "word/document.xml" in names:
        # A package whose parts unpack to more than a document can hold (a "zip bomb": 1.4 MB
        # that unpacks to 1.5 GB of XML) is refused before python-docx reads every part whole
        # into memory (before: 3 GB of memory for that 1.4 MB file).
        unpacked = sum(m.file_size for m in members)
        if unpacked > MAX_DOCUMENT_BYTES:
            raise LoadFailure(f"a .docx whose parts unpack to {unpacked / 2**20:.0f} MB "
                              f"(the limit is {MAX_DOCUMENT_BYTES // 2**20} MB), not read")
        return "docx"
    for member, reason in OTHER_PACKAGES:
        if member in names:
            raise LoadFailure(reason)
    raise LoadFailure("zip archive, not a document")


def read_bytes(data: bytes, name: str = "", ocr: bool = False) -> Text:
    """The working text of a document given as bytes; ``name`` supplies the file suffix. Type words an OCR copy
    wrote without their accented letters are read back first (``ocr_words.restore_ocr_words``)."""
    suffix = Path(name).suffix
    if not data.strip():
        raise LoadFailure("empty file")
    if data.startswith(b"PK\x03\x04") and _zip_kind(data) == "docx":
        raw = docx_text(data)
        if not raw.strip():
            raise LoadFailure("empty document: the .docx has no text")
        legacy = repair_legacy_font_text(raw)
        if legacy is not None:  # typed in a ".VnTime" (TCVN3) or VNI font
            return make_text(legacy.text, name=name, format="docx", encoding=f"docx {legacy.encoding} font")
        return make_text(restore_ocr_words(raw), name=name, format="docx", encoding="utf-8")
    if b"%PDF-" in data[:1024]:
        raw, how = pdf_text(data, ocr=ocr)
        return make_text(restore_ocr_words(raw), name=name, format="pdf", encoding=how)
    decoded = decode_text(data)
    if is_markdown(decoded.text, suffix):
        # Escapes and <br> tags are markup in every part of a markdown document (loaders/markdown.py).
        return make_text(restore_ocr_words(plain_markdown(decoded.text)), name=name, format="markdown", encoding=decoded.encoding)
    restored = restore_ocr_words(decoded.text)
    # decode_text's text is in NFC; one the OCR words left as it was is not checked again.
    return make_text(restored, name=name, format="text", encoding=decoded.encoding, nfc=restored is decoded.text)


# The largest file read as a document: a plan, even a long scanned PDF, is a few MB; a bigger file
# (a video or a disk image renamed .txt) would be read whole into memory before being refused.
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024


def read_document_bytes(path: str | Path) -> bytes:
    """A document file's bytes; raises LoadFailure with a one-line reason for what cannot be one:
    a folder, a missing or unreadable file, a device or pipe (``/dev/urandom``, a FIFO named
    ``x.txt``: reading it never ends), or a file larger than MAX_DOCUMENT_BYTES."""
    p = Path(path)
    try:
        # Opened without blocking: opening a FIFO for reading waits for a writer, forever.
        with os.fdopen(os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as f:
            mode = os.fstat(f.fileno())
            if not stat.S_ISREG(mode.st_mode):
                raise LoadFailure("not a regular file (a device, pipe or socket), not a document")
            if mode.st_size > MAX_DOCUMENT_BYTES:
                raise LoadFailure(f"too large for a document ({mode.st_size / 2**20:.0f} MB; "
                                  f"the limit is {MAX_DOCUMENT_BYTES // 2**20} MB)")
            return f.read()
    except IsADirectoryError:
        raise LoadFailure("is a folder, not a file") from None
    except FileNotFoundError:
        raise LoadFailure("no such file") from None
    except OSError as e:
        raise LoadFailure(f"cannot read: {e.strerror or e}") from None


def read_file(path: str | Path, ocr: bool = False) -> Text:
    """Read one document; raises LoadFailure with a one-line reason."""
    return read_bytes(read_document_bytes(path), name=path_text(Path(path).name), ocr=ocr)
