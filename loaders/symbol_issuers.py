"""Issuers completed or inferred from a symbol's codes: the standing committee ("TTHĐND"), a national
body's name respelt or completed from its code, and the issuer of a symbol whose body code is certain
("CT-TTg" -> Thủ tướng Chính phủ).
"""

from __future__ import annotations

import re
from functools import lru_cache

from vanban.loaders import codes
from vanban.loaders.citation_mentions import Mention
from vanban.loaders.citation_symbols import BODY_CODES_UPPER, TRAILING_DIGITS, body_code, names_two_ministries, symbol_parts, type_code
from vanban.loaders.names import is_word_char, canonical_org
from vanban.loaders.places import strip_accents
from vanban.loaders.records import Header


_NATIONAL_NAME_LENGTHS = frozenset(len(name) for name in codes.BODY_CODES.values() if name)
_SHORTEST_NATIONAL_NAME = min(_NATIONAL_NAME_LENGTHS)


def respell_national_issuer(c: Mention) -> None:
    """'Thủ tưởng Chính phủ' -> 'Thủ tướng Chính phủ' (corpus 030): a national issuer written with a
    wrong diacritic is given its name when the symbol's body code names it and the two differ only
    in their diacritics."""
    if c.issuer == _MINISTER:
        # "Chỉ thị số 2345/CT-BGDĐT ngày 07/8/2023 của Bộ trưởng về …" (a letter of the ministry): its minister.
        ministry = codes.BODY_CODES.get(body_code(c.symbol) or "")
        if ministry and ministry.startswith(_MINISTRY):
            c.issuer = f"{_MINISTER} {ministry}"
            c.notes.append(f"the ministry from the symbol code {body_code(c.symbol)}")
        return
    if len(c.issuer) > _SHORTEST_NATIONAL_NAME and c.issuer[-1:].islower():
        # "Bộ Tài chính tham gia ý kiến" ("Công văn số 1646/BTC-QLG ngày 19 tháng 11 năm 2025 của Bộ Tài chính tham gia
        # ý kiến về phương án …", realdocs 0ef954a9), "Bộ Tài chính nêu": the national body the symbol's code names,
        # then words in lower case that are the sentence's verb, no part of its name.
        national = codes.BODY_CODES.get(body_code(c.symbol) or "")
        if national and c.issuer.startswith(national + " ") and c.issuer[len(national) + 1 :].islower():
            c.notes.append(f"issuer read '{c.issuer}'")
            c.issuer = national
            return
    if " " not in c.issuer[-8:] and len(c.issuer) + 1 in _NATIONAL_NAME_LENGTHS:
        # "Thủ tướng chínhphủ" ("CỦA THỦ TƯỚNG CHÍNHPHỦ" in a PDF copy's title): a national issuer glued.
        national = codes.BODY_CODES.get(body_code(c.symbol) or "")
        if national and national.replace(" ", "").lower() == c.issuer.replace(" ", "").lower():
            c.notes.append(f"issuer written '{c.issuer}'")
            c.issuer = national
            return
    # Diacritics change no length (NFC): only names of a national body's length are compared.
    if len(c.issuer) in _NATIONAL_NAME_LENGTHS:
        national = codes.BODY_CODES.get(body_code(c.symbol) or "")
        if national and len(c.issuer) == len(national) and c.issuer != national and strip_accents(c.issuer) == strip_accents(national):
            c.notes.append(f"issuer written '{c.issuer}'")
            c.issuer = national
            return
    if c.issuer.startswith(_MINISTRY):
        _complete_national_issuer(c)


# The first word of a ministry's name, which a name completed from the symbol starts with.
_MINISTRY = "Bộ "
# A minister's title written alone as the issuer.
_MINISTER = "Bộ trưởng"
# The words a ministry's name may be written without: "Bộ Giáo dục Đào tạo" for "Bộ Giáo dục và Đào tạo".
_NAME_JOINING_WORDS = frozenset({"và"})
# The fewest words of a national body's name read before its name is completed from the symbol.
_NATIONAL_PREFIX_WORDS = 3


def _name_words(name: str) -> list[str]:
    return [w for w in name.replace(",", " ").lower().split() if w not in _NAME_JOINING_WORDS]


def _complete_national_issuer(c: Mention) -> None:
    """'Bộ Văn hóa thể thao' -> 'Bộ Văn hóa, Thể thao và Du lịch' for "Công văn số 1624/BVHTTDL-VHCS … của Bộ
    Văn hóa thể thao và du lịch" (the name's last words in lower case, which no name reads on): a national
    issuer written without its "và", or cut after three words at least, is given the name the symbol's body
    code gives, when its words begin that name's."""
    national = codes.BODY_CODES.get(body_code(c.symbol) or "")
    if not national or c.issuer == national or not national.startswith(_MINISTRY):
        return
    # Its minister the same way: "Bộ trưởng Bộ Giáo dục" (of "… của Bộ trưởng Bộ Giáo dục và đào tạo về việc …",
    # Thông tư số 32/2018/TT-BGDĐT) -> "Bộ trưởng Bộ Giáo dục và Đào tạo".
    title = f"{_MINISTER} " if c.issuer.startswith(f"{_MINISTER} {_MINISTRY}") else ""
    if title and c.issuer == title + national:
        return
    got, full = _name_words(c.issuer[len(title) :]), _name_words(national)
    if got == full or (len(got) >= _NATIONAL_PREFIX_WORDS and len(got) < len(full) and full[: len(got)] == got):
        c.notes.append(f"issuer read '{c.issuer}'")
        c.issuer = title + national


def standing_issuer(c: Mention) -> None:
    """'Hội đồng nhân dân xã X' -> 'Thường trực Hội đồng nhân dân xã X' when the symbol's code
    says its standing committee issued it: 17/TB-TTHĐND."""
    for part, standing in standing_codes(c.symbol or ""):
        if c.issuer.startswith(standing[0]):
            c.issuer = standing[1] + c.issuer[len(standing[0]) :]
            c.notes.append(f"'Thường trực' from the symbol code {part}")
            return


@lru_cache(maxsize=4096)  # pure: read once per symbol, not once per mention
def standing_codes(symbol: str) -> tuple[tuple[str, tuple[str, str]], ...]:
    """The parts of a symbol that name a body's standing committee, in order, each with its entry of
    codes.STANDING_BODY_CODES (the body's name, its standing committee's): ("TTHĐND", ("Hội đồng nhân dân", "Thường
    trực Hội đồng nhân dân")) for "TB-TTHĐND"; none for most symbols."""
    found = ((part, codes.STANDING_BODY_CODES.get(TRAILING_DIGITS.sub("", part).upper())) for part in symbol_parts(symbol))
    return tuple((part, standing) for part, standing in found if standing)


def _names_place(title: str, level: str, place: str) -> bool:
    """Whether ``title`` holds "<level> <place>" as whole words, any whitespace between ("tỉnh
    Hà Giang"): the answer of ``re.search(rf"(?<!\\w){level}\\s+{re.escape(place)}(?!\\w)", title)``
    without compiling a pattern per document."""
    if place[:1].isspace():  # never for a tidied name; the regex then backtracks into the spaces
        return re.search(rf"(?<!\w){level}\s+{re.escape(place)}(?!\w)", title) is not None
    n = len(title)
    k = title.find(level)
    while k >= 0:
        j = k + len(level)
        if not (k and is_word_char(title[k - 1])) and j < n and title[j].isspace():
            while j < n and title[j].isspace():
                j += 1
            e = j + len(place)
            if title.startswith(place, j) and not (e < n and is_word_char(title[e])):
                return True
        k = title.find(level, k + 1)
    return False


# The note of an issuer inferred from the symbol's code(s), which a later mention that writes its issuer overrides.
INFERRED_NOTE = "issuer not written; inferred from the symbol code"


def _body_parts(symbol: str) -> list[str]:
    """The parts of a joint instrument's symbol after its number, year and type code: ["BNNPTNT", "BKHĐT"] for
    "43/2015/TTLT-BNNPTNT-BKHĐT"."""
    return [p for p in symbol_parts(symbol) if not p.isdigit() and p not in codes.TYPE_CODES]


@lru_cache(maxsize=1024)  # pure: read once per symbol
def joint_symbol_bodies(symbol: str) -> tuple[str, ...]:
    """The national bodies a joint instrument's symbol names, one per code, when every code names one (codes.BODY_CODES,
    the name of the body at the time the code was used: "BNNPTNT" is the Bộ Nông nghiệp và Phát triển nông thôn, "BKHĐT"
    the Bộ Kế hoạch và Đầu tư): ("Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Kế hoạch và Đầu tư") for
    "43/2015/TTLT-BNNPTNT-BKHĐT". Empty when one code names no such body ("ĐCTUBTWMTTQVN") or fewer than two do."""
    names = []
    for part in _body_parts(symbol):
        upper = TRAILING_DIGITS.sub("", part).upper()
        name = codes.BODY_CODES.get(BODY_CODES_UPPER.get(upper, upper))
        if not name:
            return ()
        if name not in names:
            names.append(name)
    return tuple(names) if len(names) > 1 else ()


def infer_issuer(c: Mention, header: Header) -> None:
    """Issuer from the symbol when it is certain: a national body code ('TTg'), or a local one
    ('UBND') whose province or district the subject names ('… tỉnh Hà Giang')."""
    code = body_code(c.symbol)
    if not code:
        return
    if type_code(c.symbol) in codes.JOINT_TYPE_CODES or names_two_ministries(c.symbol):
        bodies = joint_symbol_bodies(c.symbol or "")
        if bodies:
            # "Thông tư liên tịch số 43/2015/TTLT-BNNPTNT-BKHĐT" (realdocs a69069ae): each body its code names, in
            # the symbol's order, joined as a joint instrument's issuers written in the text are.
            c.issuer = ", ".join(bodies)
            c.notes.append(f"{INFERRED_NOTE}s {', '.join(_body_parts(c.symbol or ''))}")
        return
    national = codes.BODY_CODES.get(code) or (code == c.symbol and codes.ISSUER_OF_TYPE_CODES.get(code))
    if national and code not in codes.SHARED_BODY_CODES:
        c.issuer = national
        c.notes.append(f"{INFERRED_NOTE} {code}")
        return
    expansion = codes.ABBREVIATIONS.get(code)
    if not expansion or not c.title:
        return
    for level, place in (("tỉnh", header.province), ("huyện", header.district)):
        if place and _names_place(c.title, level, place):
            c.issuer = canonical_org(f"{expansion} {level} {place}", header)
            c.notes.append(f"{INFERRED_NOTE} {code} and '{level} {place}' in the title")
            return


# A body named by its head word alone, as a document names its own body: "của Sở" in "Hướng dẫn số 56/HD-SGDĐT
# ngày 10/4/2024 của Sở" (in a letter of that Sở), "của Bộ", "của Phòng", "của Trường", "của Ủy ban" ("thay thế Quyết
# định số 46/2012/QĐ-UBND ngày 14 tháng 11 năm 2012 của Ủy ban", a Lâm Đồng decision's copy cut there).
BARE_BODY_HEADS = frozenset(
    {"Sở", "Bộ", "Phòng", "Trường", "Cục", "Chi cục", "Ban", "Viện", "Trung tâm", "Bệnh viện", "Ủy ban"}
)


def own_bare_issuer(c: Mention, header: Header) -> str | None:
    """The document's own issuer for an instrument whose issuer is written as a bare head word (BARE_BODY_HEADS),
    when its symbol carries the document's own body code and the document's issuer is named with that head: the
    Sở Giáo dục và Đào tạo tỉnh Lâm Đồng for "Hướng dẫn số 56/HD-SGDĐT … của Sở" in its letter 1520/SGDĐT-GDTrH.
    None otherwise: which Sở is meant is not certain."""
    own = header.issuer or ""
    code = body_code(c.symbol)
    if not code or code != body_code(header.symbol) or not own.startswith(f"{c.issuer} "):
        return None
    return own
