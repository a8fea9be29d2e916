"""The DOC argument as users write it -> one document key, or the candidates when ambiguous.

Accepted: a key, a file name, "33/CT-TTg", "CT 33/CT-TTg", "Chỉ thị 33", "chi thi 33" (no
diacritics), a few words of the title. Numbers and symbols are compared in canonical form
(33-CT/TTg = 33/CT-TTg; 9 = 09).
"""

from __future__ import annotations

import re
import unicodedata

from pydantic import BaseModel, Field

from vanban.graph.schema import canonical_symbol, number_id, symbol_type
from vanban.loaders.codes import TYPE_CODES, TYPE_WORDS

ALL_DOCUMENTS = (
    "MATCH (d:Document) RETURN d.key AS key, d.label AS label, d.doc_type AS doc_type, d.number AS number, "
    "d.symbol AS symbol, d.year AS year, d.issuer AS issuer, d.title AS title, d.status AS status, d.file AS file"
)

# A number with an optional symbol: "33/CT-TTg", "33-CT/TTg", "09/KH-UBND", "33", "04/2015/NĐ-CP".
NUMBER_SYMBOL = re.compile(r"(?<![\w/])(\d+)(?:\s*[-/]\s*((?:[0-9]{4}/)?[A-Za-zĐđ][\wĐđ]*(?:\s*[-/]\s*[A-Za-zĐđ][\wĐđ]*)*))?")
# A year written by itself: "2021".
YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def plain(s: str) -> str:
    """Lower case, no diacritics, đ -> d, single spaces: 'Chỉ thị' -> 'chi thi'."""
    s = unicodedata.normalize("NFD", s.lower().replace("đ", "d").replace("Đ", "d"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).strip()


# Type words and type codes, without diacritics: "chi thi" -> "Chỉ thị", "ct" -> "Chỉ thị".
_TYPES_PLAIN = {plain(w): t for w, t in TYPE_WORDS.items()} | {plain(c): t for c, t in TYPE_CODES.items()}


class Resolution(BaseModel):
    key: str | None = None
    candidates: list[dict] = Field(default_factory=list)
    reason: str = ""


def _requested_type(text: str, number_start: int) -> str | None:
    head = plain(text[:number_start]).replace("so", " ").strip(" :.")
    for word in sorted(_TYPES_PLAIN, key=len, reverse=True):
        if head == word or head.startswith(word + " ") or head.endswith(" " + word):
            return _TYPES_PLAIN[word]
    return None


def _rank(d: dict) -> tuple:
    """Identified instruments before scoped ones; loaded before cited."""
    return ("[in " in d["key"], d["status"] != "loaded", d["key"])


def resolve_doc(store, text: str) -> Resolution:
    docs = store.run(ALL_DOCUMENTS)
    q = text.strip()
    for d in docs:
        if d["key"] == q:
            return Resolution(key=q, reason="key")
    name = q.rsplit("/", 1)[-1]
    by_file = [d for d in docs if d["file"] and (d["file"] == name or d["file"].rsplit(".", 1)[0] == name)]
    if len(by_file) == 1:
        return Resolution(key=by_file[0]["key"], reason="file")

    m = NUMBER_SYMBOL.search(q)
    found: list[dict] = []
    if m:
        num, sym = number_id(m.group(1)), canonical_symbol(m.group(2)) if m.group(2) else None
        dtype = _requested_type(q, m.start()) or (symbol_type(m.group(2)) if m.group(2) else None)
        ym = YEAR.search(q[m.end():])
        year = int(ym.group(1)) if ym else None
        for d in docs:
            if number_id(d["number"]) != num:
                continue
            if sym and plain(canonical_symbol(d["symbol"]) or "") != plain(sym):  # BVDK = BVĐK
                continue
            if dtype and d["doc_type"] and d["doc_type"] != dtype:
                continue
            if year and d["year"] and d["year"] != year:
                continue
            found.append(d)
    else:
        # Words of the key, title or file: first as written (diacritics count: "Nà Chì" is not
        # "chỉ thị"), then without diacritics ("na chi").
        exact = q.casefold().split()
        loose = plain(q).split()
        for d in docs:
            hay = " ".join(x for x in (d["key"], d["title"] or "", d["file"] or "") if x)
            if exact and all(w in hay.casefold().split() for w in exact):
                found.append(d)
        if not found:
            for d in docs:
                hay = plain(" ".join(x for x in (d["key"], d["title"] or "", d["file"] or "") if x)).split()
                if loose and all(w in hay for w in loose):
                    found.append(d)
    if not found:
        return Resolution(reason=f"no document matches {q!r}")
    found.sort(key=_rank)
    identified = [d for d in found if "[in " not in d["key"]]
    if len(identified) == 1:
        return Resolution(key=identified[0]["key"], candidates=found, reason="match")
    if len(found) == 1:
        return Resolution(key=found[0]["key"], candidates=found, reason="match")
    return Resolution(candidates=found, reason=f"{q!r} is ambiguous: {len(found)} documents match")
