"""A document's name for people, from its node's properties: what tables, trees and pages print.

A numbered document identified by its year (and, for a local series, its issuer) is named by its
key, which people read and paste back: "Chỉ thị 33/CT-TTg 2021", "Kế hoạch 58/KH-BVĐK 2025 Bệnh
viện Đa khoa tỉnh Sơn La". The other keys are made for machines and are named here instead:

- an unnumbered reference, "Luật | ? | 2015 | luật tổ chức chính quyền địa phương": as the
  citing document wrote it (its ``label``, or the surface the label was cut from), with its
  issuer and year when the words do not say them: "Luật Tổ chức chính quyền địa phương ngày 19
  tháng 6 năm 2015", "Kế hoạch dân vận năm 2023 của Sở Y tế tỉnh Hà Giang";
- a loaded document without a number, "Công văn | Bộ Công Thương | ? | 0ef954a9d915b261 md": its
  type, issuer and date, and its title or file: "Công văn của Bộ Công Thương ngày 12/11/2025
  (0ef954a9d915b261.md)";
- a number cited without its year or issuer, scoped to the citing document, "Chỉ thị 33/CT-TTg ?
  [in Kế hoạch 58/KH-BVĐK …]": "Chỉ thị 33/CT-TTg (year not given)".

The key stays the identity: ``--format json`` prints it, and DOC accepts it (and the name).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

# An unnumbered key's separator: "Kế hoạch | Sở Y tế tỉnh Hà Giang | ? | kế hoạch dân vận năm 2023".
UNNUMBERED_SEPARATOR = " | "
# A scoped key's tail: "Chỉ thị 33/CT-TTg ? [in Kế hoạch 58/KH-BVĐK 2025 Bệnh viện Đa khoa tỉnh Sơn La]".
SCOPE_OPEN = " [in "
# The words of a body's name that say where it is, not which it is: "Sở Y tế tỉnh Hà Giang" is
# written "Sở Y tế Hà Giang" too.
PLACE_WORDS = frozenset({"tinh", "thanh", "pho", "huyen", "quan", "thi", "xa", "phuong", "tran"})
# An ISO date: "2025-11-12".
ISO_DATE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")
# A loaded document's title is cut to this many characters in its name.
TITLE_MAX = 60
# A year as written in a name: "năm 2015", "19/6/2015", "2025".
YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def is_machine_key(key: str) -> bool:
    """Whether a document key is one people should not have to read (unnumbered or scoped)."""
    return UNNUMBERED_SEPARATOR in key or SCOPE_OPEN in key


def document_name(doc: Mapping[str, Any]) -> str:
    """The name of a document node (a mapping with at least ``key``; ``label``, ``doc_type``,
    ``issuer``, ``year``, ``date``, ``title``, ``status``, ``file`` and ``surfaces`` when known)."""
    key = str(doc.get("key") or "")
    if SCOPE_OPEN in key:
        return _scoped_name(key)
    if UNNUMBERED_SEPARATOR not in key:
        return key
    if doc.get("status") == "loaded":
        return _loaded_name(doc)
    return _cited_name(doc)


def _scoped_name(key: str) -> str:
    """ "Chỉ thị 33/CT-TTg ? [in …]" -> "Chỉ thị 33/CT-TTg (year not given)"; "Công văn 01/CV ? ?
    [in …]" -> "Công văn 01/CV (year and issuer not given)" (schema.numbered_key: type, number,
    year or "?", then for a local series its issuer or "?")."""
    head = key.split(SCOPE_OPEN, 1)[0]
    words = head.split(" ")
    # The number/symbol is the first word with a digit; the year (or "?") follows it, then, for a
    # local series, the issuer (or "?").
    at = next((i for i, w in enumerate(words) if any(c.isdigit() for c in w)), len(words) - 1)
    year, issuer = words[at + 1:at + 2], words[at + 2:]
    missing = [what for what, value in (("year", year), ("issuer", issuer)) if value == ["?"]]
    kept = words[:at + 1] + [w for part in (year, issuer) if part != ["?"] for w in part]
    name = " ".join(kept)
    return f"{name} ({' and '.join(missing)} not given)" if missing else name


def _full_label(doc: Mapping[str, Any]) -> str:
    """The label, or the surface it was cut from (labels are cut at 80 characters)."""
    label = str(doc.get("label") or "").strip()
    for surface in doc.get("surfaces") or ():
        if len(surface) > len(label) and surface.startswith(label):
            return surface.strip()
    return label


def _says(text: str, name: str) -> bool:
    """Whether ``text`` names the body ``name``: every word of its name but the place words, its
    abbreviations written out ("Ủy ban Trung ương MTTQ Việt Nam" names "Ủy ban Trung ương Mặt trận
    Tổ quốc Việt Nam")."""
    from vanban.queries.named import expand_org_words
    from vanban.queries.resolve_doc import plain

    said = f" {expand_org_words(plain(text))} "
    words = set(said.split())
    body = plain(name.split(" (", 1)[0]).split()
    wanted = [w for w in body if w not in PLACE_WORDS]
    # Or its kind, as the citing document named it: "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI"
    # (Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI), "Quy chế làm việc của Ban Chấp hành
    # Trung ương" (Ban Chấp hành Trung ương Đảng).
    return bool(wanted) and (all(w in words for w in wanted) or f" {' '.join(body[:2])} " in said)


def _cited_name(doc: Mapping[str, Any]) -> str:
    """An unnumbered reference, as cited, with the issuer and year the words leave out."""
    name = _full_label(doc) or str(doc.get("doc_type") or "Văn bản")
    issuer, year = doc.get("issuer"), doc.get("year")
    if issuer and not _says(name, issuer):
        name += f" của {issuer}"
    if year and str(year) not in YEAR_IN_TEXT.findall(name):
        name += f" năm {year}"
    return name


def _date(doc: Mapping[str, Any]) -> str | None:
    """ "ngày 12/11/2025" from the ISO date, else "năm 2025"."""
    m = ISO_DATE.match(str(doc.get("date") or ""))
    if m:
        return f"ngày {int(m[3])}/{int(m[2])}/{m[1]}"
    return f"năm {doc['year']}" if doc.get("year") else None


def _loaded_name(doc: Mapping[str, Any]) -> str:
    """A loaded document without a number: type, issuer and date, then its title or its file."""
    parts = [str(doc.get("doc_type") or "Văn bản")]
    if doc.get("issuer"):
        parts.append(f"của {doc['issuer']}")
    when = _date(doc)
    if when:
        parts.append(when)
    name = " ".join(parts)
    title = " ".join(str(doc.get("title") or "").split())
    if len(title) > TITLE_MAX:  # a name, not the whole title: cut after a word
        title = title[:TITLE_MAX].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    if title:
        return f"{name}: {title}"
    file = doc.get("file")
    # An issuer without a place is scoped by its file already: "Ủy ban nhân dân thành phố (Công văn 88b7667d728aef13.md)".
    return f"{name} ({file})" if file and file not in name else name
