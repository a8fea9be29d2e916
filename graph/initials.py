"""Bodies' names written with initials, read as the body they abbreviate.

A recipient line writes a body by the initials of its name, glued or spaced, with "&" for "và":
"TT CN&CTTĐT tỉnh" is the "Trung tâm Công nghệ và Cổng thông tin điện tử tỉnh", and so are "TT.
Công nghệ và Cổng TTĐT tỉnh" and "Trung tâm CN và Cổng TTĐT tỉnh" in other documents of the same
province. Initials alone do not say which body they are ("TT." is also "Thường trực", "CN" also
"Chi nhánh"), so a name written with initials is read as a body only when that body is named in
full in the same document, or is one of the bodies every province has (``KNOWN_LOCAL_BODIES``),
and it is the only one the initials fit. Everything here is a pure function of the names given.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# A word written as initials: two or more capitals, glued with "&" for "và", or one or more with a
# dot after: "TT", "TT.", "CN&CTTĐT", "TTCN&CTTĐT", "KH&CN", "NN&PTNT", "LĐ-TB&XH". Not a Roman numeral ("XII",
# "khu vực XI") nor a word in capitals with small letters ("TTg" is no initials of a body).
# "LĐ-TB&XH" and "PT-TH" hold the dash of the name ("Lao động - Thương binh và Xã hội").
INITIALS_WORD = re.compile(r"^(?:[A-ZĐ]+(?:[&-][A-ZĐ]+)+|[A-ZĐ]{2,}|[A-ZĐ]+\.)$")
ROMAN_NUMERAL = re.compile(r"^[IVXLC]+$")
# A name holding such a word (the cheap gate before the word-by-word reading): "TT CN&CTTĐT tỉnh".
HAS_INITIALS = re.compile(r"(?<!\w)[A-ZĐ](?:[A-ZĐ&]|\.(?!\w))")
# The words that start the place after a body's name: "tỉnh" in "TT CN&CTTĐT tỉnh Đắk Lắk".
PLACE_WORDS = frozenset({"tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường", "đặc"})
# Words that a glued run of initials may leave out: "và" ("GDĐT" for "Giáo dục và Đào tạo"), and
# the dash and comma some names hold ("LĐTB&XH" for "Lao động - Thương binh và Xã hội").
SKIPPABLE = frozenset({"và", "-", "–"})
DASHES = frozenset({"-", "–"})
AND = "và"

# The centres and units of a province named by their kind and work, which recipient lines write
# by initials: "TT KSBT tỉnh" (Trung tâm Kiểm soát bệnh tật), "TT CN&CTTĐT tỉnh" (corpus 030, Đắk
# Lắk). The heads of the province's bodies (``graph.orgs.LOCAL_HEADS``) are known too.
# A district's offices of their own names (the others are named as the province's departments are).
KNOWN_LOCAL_UNITS: tuple[str, ...] = (
    "Phòng Tài chính - Kế hoạch", "Phòng Kinh tế - Hạ tầng", "Phòng Văn hóa - Xã hội", "Phòng Văn hóa và Thông tin",
    "Trung tâm Công nghệ và Cổng thông tin điện tử",
    "Trung tâm Công nghệ thông tin và Truyền thông",
    "Trung tâm Phục vụ hành chính công",
    "Trung tâm Xúc tiến đầu tư, thương mại và du lịch",
    "Trung tâm Kiểm soát bệnh tật",
    "Đài Phát thanh và Truyền hình",
)


def _initial(word: str) -> str:
    """The capital a word is abbreviated by: "điện" -> "Đ", "Ủy" -> "U", "công" -> "C"."""
    first = word[:1]
    if first in "đĐ":
        return "Đ"
    return unicodedata.normalize("NFD", first)[:1].upper()


def _words(name: str) -> list[str]:
    """A name's words, commas dropped: "Văn hóa, Thể thao" -> ["Văn", "hóa", "Thể", "thao"]."""
    return [w for w in name.replace(",", " ").split() if w]


def _is_initials(word: str) -> bool:
    word = word.rstrip(",")
    return INITIALS_WORD.match(word) is not None and not ROMAN_NUMERAL.match(word.rstrip("."))


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", word.rstrip(",")).casefold()


def _letters(word: str) -> list[str]:
    """The items of an initials word: capitals, and "&" for "và": "CN&CTTĐT" -> C, N, &, C, T, T, Đ, T."""
    return [c for c in word.rstrip(",").rstrip(".")]


@lru_cache(maxsize=65536)
def _match(short: tuple[str, ...], full: tuple[str, ...]) -> int | None:
    """How many words of ``short`` spell out all of ``full`` (word for word, or by initials), or
    None; at least one initials word must stand for two words or more (else it is no abbreviation)."""
    # States: (i, j, k, used): short word i, its letter k (initials), full word j.
    best: int | None = None
    stack = [(0, 0, 0, False)]
    seen = set()
    while stack:
        state = stack.pop()
        if state in seen:
            continue
        seen.add(state)
        i, j, k, used = state
        if j == len(full):
            if k == 0 and used:
                best = i if best is None else min(best, i)
            continue
        if i == len(short):
            continue
        word = short[i]
        if k == 0 and (_fold(word) == _fold(full[j]) or word == "&" and _fold(full[j]) == AND):
            stack.append((i + 1, j + 1, 0, used))
        if not _is_initials(word):
            continue
        letters = _letters(word)
        c = letters[k]
        nxt = (i + 1, 0) if k + 1 == len(letters) else (i, k + 1)
        many = used or len(letters) > 1
        if c == "&":
            if _fold(full[j]) == AND:
                stack.append((nxt[0], j + 1, nxt[1], many))
        elif c == "-":
            # The dash of the name, or none ("LĐ-TB&XH", "Lao động - Thương binh và Xã hội").
            stack.append((nxt[0], j + (full[j] in DASHES), nxt[1], used))
        elif (_initial(full[j]) == c or c == "D" and _initial(full[j]) == "Đ") and full[j] not in SKIPPABLE:
            # "D" for "Đ" too, as a text that lost its diacritics writes it: "Báo KTDT" (Kinh tế và Đô thị).
            stack.append((nxt[0], j + 1, nxt[1], many))
        if _fold(full[j]) in SKIPPABLE:
            # A word the initials leave out: "Lao động TBXH" for "Lao động - Thương binh và Xã hội".
            stack.append((i, j + 1, k, used))
    return best


# A name followed by the initials it is written with after, in brackets: "Phòng Kế hoạch tổng hợp
# (KHTH)", "Khoa Khám bệnh [KKB]", "Trung tâm Kiểm soát bệnh tật (KSBT)".
BRACKETED_INITIALS = re.compile(r"^(?P<name>\S.*?) ?(?:\((?P<round>[^()\[\]\s]+)\)|\[(?P<square>[^()\[\]\s]+)\])$")


def defined_initials(name: str) -> tuple[str, str] | None:
    """A name that defines the initials it is written with, in brackets after it -> (the name, the
    initials): "Phòng Kế hoạch tổng hợp (KHTH)" -> ("Phòng Kế hoạch tổng hợp", "KHTH"), "Khoa Khám
    bệnh [KKB]" -> ("Khoa Khám bệnh", "KKB"). The initials must spell out the name, or the name after
    its kind ("Phòng", "Khoa", "Trung tâm"); None for any other bracket ("Bệnh viện Đa khoa (cơ
    sở 2)", "Trung tâm Kiểm soát bệnh tật (CDC)", whose letters are not its words')."""
    m = BRACKETED_INITIALS.match(name)
    if m is None:
        return None
    short = m["round"] or m["square"]
    if not _is_initials(short) or len(_letters(short)) < 2:
        return None
    base = m["name"].rstrip(" ,")
    words = tuple(_words(base))
    # The whole name, or the name after its kind: one word ("Phòng", "Khoa") or two ("Trung tâm").
    if any(_match((short,), words[skip:]) == 1 for skip in (0, 1, 2) if len(words) - skip >= 2):
        return base, short
    return None


# A foreign body's initials a Vietnamese name is known by: "CDC" (Centers for Disease Control), "WHO",
# "UNICEF", "JICA": capital Latin letters only, no diacritics (Vietnamese initials have "Đ" and are
# read by ``defined_initials``).
FOREIGN_INITIALS = re.compile(r"^[A-Z]{2,8}$")


def bracketed_alias(name: str, reserved: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """A name followed by the initials it is known by, in brackets -> (the name, the initials): the
    initials that spell it out (``defined_initials``: "Phòng Kế hoạch tổng hợp (KHTH)"), or foreign
    initials none of whose letters start its words ("Trung tâm Kiểm soát bệnh tật (CDC)" -> ("Trung
    tâm Kiểm soát bệnh tật", "CDC")). None for any other bracket: another body's initials
    (``reserved``, "Cục Kiểm soát TTHC (VPCP)", the Văn phòng Chính phủ's), initials that start as its
    words do but do not spell it ("Phòng Tổ chức cán bộ (TCHC)": another room's?), words ("Bệnh
    viện Đa khoa (cơ sở 2)")."""
    if (defined := defined_initials(name)) is not None:
        return defined
    m = BRACKETED_INITIALS.match(name)
    if m is None or not FOREIGN_INITIALS.match(short := m["round"] or m["square"]) or short in reserved:
        return None
    base = m["name"].rstrip(" ,")
    words = _words(base)
    if len(words) < 2 or not base[:1].isupper() or short[0] in {_initial(w) for w in words}:
        return None
    return base, short


def written_with_initials(name: str) -> bool:
    """Whether a name holds a word written as initials: "TT CN&CTTĐT tỉnh Đắk Lắk", not "Chi cục
    Hải quan khu vực XI"."""
    return HAS_INITIALS.search(name) is not None and any(_is_initials(w) for w in _words(name))


def spells_out(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` written with initials: "TT CN&CTTĐT tỉnh Đắk Lắk" of "Trung tâm
    Công nghệ và Cổng thông tin điện tử tỉnh Đắk Lắk" (the whole name, place and all)."""
    s, f = tuple(_words(short)), tuple(_words(full))
    return _match(s, f) == len(s)


def expand_known(name: str, known: Iterable[str], placed: frozenset[str] = frozenset()) -> str:
    """A name whose head is one of the ``known`` names written with initials, spelled out, the rest
    (its place) kept: "Sở KH&CN tỉnh Sơn La" -> "Sở Khoa học và Công nghệ tỉnh Sơn La". The name as
    it is when no known name fits, or several do. A known name of ``placed`` is read only with its
    place after it: "Phòng TC huyện X" is the district's "Phòng Tài chính", a hospital's "Phòng TC"
    may be its "Phòng Tổ chức"."""
    words = tuple(name.split())  # a comma stays on its word, so the rest is kept as written
    first = next((i for i, w in enumerate(words) if _is_initials(w)), len(words))
    by_initial = _by_initial(known if isinstance(known, tuple) else tuple(known))
    found: set[str] = set()
    # The known name may follow a title: "Giám đốc Sở LĐ-TB&XH tỉnh Đồng Nai"; not a list ("Báo
    # Thái Bình, Đài PT-TH tỉnh Thái Bình": the title has no comma).
    for start in range(first + 1):
        if start and words[start - 1].endswith(","):
            break
        rest = words[start:]
        if not rest:
            break
        # Only the known names whose first word the rest's first word can be (its initial).
        lead = _letters(rest[0])[0] if _is_initials(rest[0]) else _initial(rest[0])
        for head, head_words in by_initial.get(lead, ()):
            n = _match(rest, head_words)
            if n is not None and (n < len(rest) and _fold(rest[n]) in PLACE_WORDS or n == len(rest) and head not in placed):
                found.add(" ".join([*words[:start], head, *rest[n:]]))
        if found:
            break
    return found.pop() if len(found) == 1 else name


@lru_cache(maxsize=64)
def _by_initial(known: tuple[str, ...]) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Known names by the initial of their first word, each with its words (made once per list)."""
    table: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for head in known:
        words = tuple(_words(head))
        if words:
            table.setdefault(_initial(words[0]), []).append((head, words))
    return {k: tuple(v) for k, v in table.items()}


def expand_in_document(names: Iterable[str]) -> dict[str, str]:
    """The names of one document written with initials -> the one name written in full among them
    that they spell out: {"TT CN&CTTĐT tỉnh Đắk Lắk": "Trung tâm Công nghệ và Cổng thông tin điện tử
    tỉnh Đắk Lắk"} when both are named; else the name with the one body named in full that its
    initials spell out after a title ("Văn phòng BCHPTDS tỉnh Nghệ An" -> "Văn phòng Ban Chỉ huy
    Phòng thủ dân sự tỉnh Nghệ An"). A name that fits none, or several, is left out."""
    names = sorted(set(names))
    shorts = [n for n in names if written_with_initials(n)]
    if not shorts:
        return {}
    fulls = [n for n in names if n not in shorts]
    out: dict[str, str] = {}
    for s in shorts:
        fits = [f for f in fulls if spells_out(s, f)]
        if not fits and s.endswith(")") and " (" in s:
            # A name told apart by its document only because its initials were not read: "NH Nhà nước
            # CN khu vực 14 (Ủy ban nhân dân thành phố Cần Thơ)" is the "Ngân hàng Nhà nước chi nhánh
            # khu vực 14" the document names.
            base = s[: s.rindex(" (")]
            fits = [f for f in fulls if not f.endswith(")") and spells_out(base, f)]
        if len(fits) == 1:
            out[s] = fits[0]
        elif not fits and (expanded := expand_known(s, tuple(fulls))) != s:
            # A unit of the body named in full, or the body with its place: "Văn phòng BCHPTDS tỉnh
            # Nghệ An" where the "Ban Chỉ huy Phòng thủ dân sự tỉnh Nghệ An" is named.
            out[s] = expanded
    return out
