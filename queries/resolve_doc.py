"""The DOC argument as users write it -> one document key, or the candidates when ambiguous.

Accepted: a key, a file name, "33/CT-TTg", "CT 33/CT-TTg", "Chỉ thị 33", "chi thi 33" (no
diacritics), a few words of the title. Numbers and symbols are compared in canonical form
(33-CT/TTg = 33/CT-TTg; 9 = 09).

No lookup reads every document: the key is a primary-key lookup; a file name, a number and a
few words are each one filtered query with parameters only (the Cypher never holds the user's
text), whose rows are then checked in Python with the exact rules below. DOC that is not a
number with its type may be the name a table printed for a document without a number ("Luật Tổ
chức chính quyền địa phương ngày 19 tháng 6 năm 2015", ``queries.doc_name``): one filtered query of
the unnumbered and scoped documents whose label or type the name begins with comes first. Only
words written without their diacritics ("na chi") fall back to reading the key, title, file and
label of every document, when the words as written matched nothing.
"""

from __future__ import annotations

import re
import unicodedata

from pydantic import BaseModel, Field

from vanban.graph.schema import SHARED_CODE_TYPES, canonical_symbol, number_id, symbol_type
from vanban.loaders.codes import TYPE_CODES, TYPE_WORDS
from vanban.queries.doc_name import document_name

DOC_COLUMNS = (
    "d.key AS key, d.label AS label, d.doc_type AS doc_type, d.number AS number, d.symbol AS symbol, "
    "d.year AS year, d.issuer AS issuer, d.title AS title, d.status AS status, d.file AS file, "
    "d.date AS date, d.surfaces AS surfaces"
)
BY_KEY = f"MATCH (d:Document {{key: $key}}) RETURN {DOC_COLUMNS}"
# Every file a name begins, in one scan of one column: "001_55beccb8d9239905.txt" as stored, or
# written without its extension ("001_55beccb8d9239905" + "." + any extension), told apart in
# Python. Only key and file are read: a scan that returns every column costs three times as much
# at 100,000 documents, even when no row matches.
BY_FILE_PREFIX = "MATCH (d:Document) WHERE d.file STARTS WITH $name RETURN d.key AS key, d.file AS file"
# Documents with one of the stored forms of a number ("9", "09", "009" for 9), with the type and
# year asked for (or none recorded) and a symbol as long as the one asked for: the checks that
# need Python (number_id, symbols compared without diacritics) then run on few rows, and only
# the documents that pass are read whole (BY_KEYS). A canonical symbol is NFC, one character per
# Vietnamese letter, so it is as long as its form without diacritics ("QĐ-BVĐK", "qd-bvdk").
NUMBER_MATCH = "MATCH (d:Document) WHERE d.number IN $numbers"
NUMBER_FILTERS = {
    "doc_type": "(d.doc_type IS NULL OR d.doc_type = $doc_type)",
    "year": "(d.year IS NULL OR d.year = $year)",
    "symbol_size": "size(d.symbol) = $symbol_size",
}
NUMBER_RETURN = "RETURN d.key AS key, d.number AS number, d.symbol AS symbol, d.doc_type AS doc_type, d.year AS year"
# Documents whose key, title or file contain every word (lower case): a superset of the
# whole-word matches, checked in Python.
MAX_WORD_MATCHES = 1000
BY_WORDS = (
    "MATCH (d:Document) WHERE all(w IN $words WHERE toLower(d.key) CONTAINS w "
    "OR toLower(coalesce(d.title, '')) CONTAINS w OR toLower(coalesce(d.file, '')) CONTAINS w "
    "OR toLower(coalesce(d.label, '')) CONTAINS w) "
    f"RETURN {DOC_COLUMNS} LIMIT {MAX_WORD_MATCHES}"
)
# The fallback for words written without diacritics: what the words are compared with, then the
# documents that matched, by key.
WORD_FIELDS = "MATCH (d:Document) RETURN d.key AS key, d.title AS title, d.file AS file, d.label AS label"
BY_KEYS = f"UNWIND $keys AS k MATCH (d:Document {{key: k}}) RETURN {DOC_COLUMNS}"
# Zero-padded widths tried for a number: "9" is also stored as "09", "009", … "00000009".
MAX_NUMBER_WIDTH = 8

# A number with an optional symbol: "33/CT-TTg", "33-CT/TTg", "09/KH-UBND", "33", "04/2015/NĐ-CP";
# not digits glued to letters ("0ef954a9d915b261.md").
NUMBER_SYMBOL = re.compile(r"(?<![\w/])(\d+)(?!\w)(?:\s*[-/]\s*((?:[0-9]{4}/)?[A-Za-zĐđ][\wĐđ]*(?:\s*[-/]\s*[A-Za-zĐđ][\wĐđ]*)*))?")
# A year written by itself: "2021".
YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
# A date in a name, whose numbers are not a document's: "ngày 19 tháng 6 năm 2015", "12/11/2025", "năm 2023".
DATE_WORDS = re.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\b|năm\s+\d{4}\b", re.I)
# A word of DOC or of a document's name: "Chì:" -> "chì", "(0ef954a9d915b261.md)" -> "0ef954a9d915b261", "md".
WORD = re.compile(r"\w+")


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


def stored_numbers(num: str) -> list[str]:
    """The stored forms whose ``number_id`` is ``num``: '09' -> ['9', '09', '009', …]; 'II' -> ['II']."""
    if not num.isdigit():
        return [num]
    digits = str(int(num))
    return [digits.zfill(w) for w in range(len(digits), MAX_NUMBER_WIDTH + 1)]


def _number_query(num: str, sym: str | None, dtype: str | None, year: int | None) -> tuple[str, dict]:
    """The query of documents numbered ``num`` narrowed by what was asked (filters from NUMBER_FILTERS)."""
    params: dict = {"numbers": stored_numbers(num)}
    if dtype:
        params["doc_type"] = dtype
    if year:
        params["year"] = year
    if sym:
        params["symbol_size"] = len(plain(sym))
    where = " AND ".join(NUMBER_FILTERS[p] for p in params if p in NUMBER_FILTERS)
    return f"{NUMBER_MATCH}{' AND ' + where if where else ''} {NUMBER_RETURN}", params


def _hay(d: dict) -> str:
    return " ".join(x for x in (d["key"], d["title"] or "", d["file"] or "", d.get("label") or "") if x)


def _words(text: str) -> list[str]:
    return WORD.findall(text)


# What marks DOC as perhaps a printed name (doc_name): "… của <issuer>", "<type> …: <title>",
# "(<file>)", "(year not given)", a title cut with "…".
PRINTED_NAME_MARK = re.compile(r" của |: |\(|…")
# Documents whose printed name (``doc_name.document_name``) may be DOC: a machine key (unnumbered
# or scoped), and a label or type the name begins with. One filtered scan; the names are then
# made and compared in Python.
BY_NAME = (
    "MATCH (d:Document) WHERE (d.key CONTAINS ' | ' OR d.key CONTAINS ' [in ') "
    "AND ($name STARTS WITH d.label OR $name STARTS WITH d.doc_type) "
    "RETURN d.key AS key, d.title AS title, d.file AS file, d.label AS label, d.doc_type AS doc_type, "
    "d.issuer AS issuer, d.year AS year, d.date AS date, d.status AS status, d.surfaces AS surfaces"
)


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def _named(store, q: str) -> list[dict]:
    """The documents whose printed name is ``q`` (case and spacing aside): one filtered scan."""
    keys = [d["key"] for d in store.run(BY_NAME, {"name": q}) if _same_name(document_name(d), q)]
    return store.run(BY_KEYS, {"keys": keys}) if keys else []


def _by_number(store, q: str, m: re.Match) -> list[dict]:
    """The documents numbered as ``m`` (a NUMBER_SYMBOL match in ``q``) says, of the type and
    year ``q`` asks for."""
    num, sym = number_id(m.group(1)), canonical_symbol(m.group(2)) if m.group(2) else None
    dtype = _requested_type(q, m.start())
    coded = symbol_type(m.group(2)) if m.group(2) and not dtype else None
    # The types a symbol's code may stand for: "04/TT-MTTW-BTT" is a Thông tư's code and a
    # Front's Thông tri's (schema.SHARED_CODE_TYPES); asked without its type, either.
    types = {dtype} if dtype else SHARED_CODE_TYPES.get(coded, frozenset({coded})) if coded else None
    if coded and len(types) == 1:
        dtype = coded
    ym = YEAR.search(q[m.end():])
    year = int(ym.group(1)) if ym else None
    keys = []
    for d in store.run(*_number_query(num, sym, dtype, year)):
        if number_id(d["number"]) != num:
            continue
        if sym and plain(canonical_symbol(d["symbol"]) or "") != plain(sym):  # BVDK = BVĐK
            continue
        if types and d["doc_type"] and d["doc_type"] not in types:
            continue
        if year and d["year"] and d["year"] != year:
            continue
        keys.append(d["key"])
    return store.run(BY_KEYS, {"keys": keys}) if keys else []


# At most this many documents of the same number are offered when a số ký hiệu matched nothing.
MAX_NEAR = 20


def _near_number(store, q: str, m: re.Match) -> list[dict]:
    """When a số ký hiệu matched nothing ("58/KH-BVĐ", a letter short): the documents with its
    number, of the type asked for, the nearest symbols first (at most MAX_NEAR)."""
    import difflib

    num = number_id(m.group(1))
    dtype = _requested_type(q, m.start())
    rows = [d for d in store.run(*_number_query(num, None, dtype, None)) if number_id(d["number"]) == num]
    want = plain(m.group(2) or "")
    rows.sort(key=lambda d: (-difflib.SequenceMatcher(None, want, plain(d["symbol"] or "")).ratio(), d["key"]))
    keys = [d["key"] for d in rows[:MAX_NEAR]]
    found = {d["key"]: d for d in store.run(BY_KEYS, {"keys": keys})} if keys else {}
    return [found[k] for k in keys if k in found]


def candidate_line(d: dict) -> str:
    """A candidate as listed under an error: its key, which DOC accepts; after the name people
    read when the key is not one ("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015
    (key: Luật | ? | 2015 | luật tổ chức chính quyền địa phương)")."""
    name = document_name(d)
    return d["key"] if name == d["key"] else f"{name}  (key: {d['key']})"


def _only_number(q: str, m: re.Match) -> bool:
    """Whether ``q`` is a number (and symbol) with only its type and year around it: "Chỉ thị 33",
    "kế hoạch số 01 2025", "33", "CT 33/CT-TTg"."""
    head = plain(q[:m.start()]).strip(" :.").removesuffix("so").strip(" :.")  # "Kế hoạch số", "số:"
    tail = plain(q[m.end():]).strip()
    return (not head or head in _TYPES_PLAIN) and (not tail or bool(YEAR.fullmatch(tail)))


# What an empty DOC gets (an unset shell variable, "vanban trace ''"), instead of "no document matches ''".
EMPTY_DOC = "DOC is empty: give a số ký hiệu (33/CT-TTg), a file name or a few words of the title"


def resolve_doc(store, text: str) -> Resolution:
    q = text.strip()
    if not q:
        return Resolution(reason=EMPTY_DOC)
    if store.run(BY_KEY, {"key": q}):
        return Resolution(key=q, reason="key")
    name = q.rsplit("/", 1)[-1]
    if name:
        rows = store.run(BY_FILE_PREFIX, {"name": name})
        by_file = [d for d in rows if d["file"] == name] or [d for d in rows if d["file"].rsplit(".", 1)[0] == name]
        if len(by_file) == 1:
            return Resolution(key=by_file[0]["key"], reason="file")

    # The numbers of a date are not a document's: "ngày 19 tháng 6 năm 2015", "12/11/2025".
    m = NUMBER_SYMBOL.search(DATE_WORDS.sub(lambda d: " " * len(d[0]), q))
    only_number = bool(m) and _only_number(q, m)  # "33/CT-TTg", "Chỉ thị 33": the fast path
    found: list[dict] = []
    more = False  # the word lookup stopped at MAX_WORD_MATCHES documents
    named = False  # the printed names were looked up
    if not only_number and ((m and m.group(2)) or PRINTED_NAME_MARK.search(q)):
        # Perhaps the name a table printed for a document without a number, which may quote
        # another's số ký hiệu ("Kế hoạch của Sở Y tế tỉnh Kon Tum: Triển khai thực hiện Chỉ thị số
        # 33/CT-TTg…"): before that số ký hiệu and before words that other documents hold too.
        found, named = _named(store, q), True
    if m and (m.group(2) or only_number) and not found:
        found = _by_number(store, q, m)
    if not found and not (m and m.group(2)) and not only_number:
        # Words of the key, title, file or label: first as written (diacritics count: "Nà Chì" is
        # not "chỉ thị"), then without diacritics ("na chi").
        exact = _words(q.casefold())
        loose = _words(plain(q))
        if exact:
            rows = store.run(BY_WORDS, {"words": sorted(set(exact))})
            found = [d for d in rows if set(exact) <= set(_words(_hay(d).casefold()))]
            more = len(rows) >= MAX_WORD_MATCHES
        if not found and not named:
            # A printed name whose words are not all stored ("Nghị quyết Trung ương 4 khoá XII của
            # Ban Chấp hành Trung ương Đảng"), before the same words without diacritics.
            found, named = _named(store, q), True
        if not found and loose:
            keys = [d["key"] for d in store.run(WORD_FIELDS) if set(loose) <= set(_words(plain(_hay(d))))]
            found = store.run(BY_KEYS, {"keys": keys[:MAX_WORD_MATCHES]}) if keys else []
            more = len(keys) > MAX_WORD_MATCHES
        # Of several, the one whose printed name DOC is ("Luật Bầu cử", not "Luật Bầu cử năm 2015").
        same = [d for d in found if _same_name(document_name(d), q)]
        if len(found) > 1 and len(same) == 1:
            found = same
    if not found and m and not m.group(2) and not only_number:
        # A number among words that matched nothing as words ("Kế hoạch 45 của Ủy ban nhân dân tỉnh").
        found = _by_number(store, q, m)
    if not found:
        near = _near_number(store, q, m) if m and m.group(2) else []
        if near:
            return Resolution(candidates=near, reason=f"no document matches {q!r}; documents numbered {m.group(1)}:")
        return Resolution(reason=f"no document matches {q!r}")
    found.sort(key=_rank)
    identified = [d for d in found if "[in " not in d["key"]]
    if len(identified) == 1:
        return Resolution(key=identified[0]["key"], candidates=found, reason="match")
    if len(found) == 1:
        return Resolution(key=found[0]["key"], candidates=found, reason="match")
    many = f"at least {len(found)}" if more else str(len(found))
    return Resolution(candidates=found, reason=f"{q!r} is ambiguous: {many} documents match")
