"""The body a Party document is signed for, when its header names the body that elects it.

A Party document's header line names the elected committee ("BAN CHẤP HÀNH TRUNG ƯƠNG", "TỈNH ỦY
HÀ GIANG", "ĐẢNG BỘ TỈNH HÀ GIANG"), but its signature may act for that committee's standing body:
"T/M BỘ CHÍNH TRỊ" (Kết luận số 212-KL/TW, realdocs 53b3997d), "T/M BAN BÍ THƯ" (Quy định số
384-QĐ/TW, realdocs ca9ba61f), "T/M BAN THƯỜNG VỤ" (a Tỉnh ủy's or a Huyện ủy's Chỉ thị). The
document is then that body's, as other documents cite it: "Kết luận số 14-KL/TW của Bộ Chính trị",
"Chỉ thị số 17-CT/TU của Ban Thường vụ Tỉnh ủy". Its issuer is the body signed for, and the
committee the header names is its parent (the graph keys its number in the committee's series,
graph.build.series_owner, so citations naming either meet it).
"""

from __future__ import annotations

import re

from vanban.loaders.names import PARTY_COMMITTEE_OF_LEVEL

# The committee a header names, canonical (names.canonical_org) -> how its standing bodies are
# named: the Central Committee's are the Politburo and the Secretariat.
CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương Đảng"
# A signature's body (the authority without its mark, names.canonical_org applied) -> the
# Central Committee's body it names.
CENTRAL_SIGNED_BODIES: dict[str, str] = {
    "Bộ Chính trị": "Bộ Chính trị",
    "Ban Bí thư": "Ban Bí thư Trung ương Đảng",
    "Ban Bí thư Trung ương": "Ban Bí thư Trung ương Đảng",
    "Ban Bí thư Trung ương Đảng": "Ban Bí thư Trung ương Đảng",
}
# A province's or a district's party committee, as an issuer: "Tỉnh ủy Hà Giang", "Thành ủy Hà Nội",
# "Huyện ủy Tuần Giáo" (the committees whose standing board graph.orgs places in them).
PARTY_COMMITTEE = re.compile(r"^(?:Tỉnh ủy|Thành ủy|Huyện ủy) \S")
# A party organisation named by its level and place, whose committee is named by a word of its own:
# "Đảng bộ tỉnh Hà Giang" -> "Tỉnh ủy Hà Giang", "Đảng bộ huyện Mộc Châu" -> "Huyện ủy Mộc Châu".
PARTY_ORGANISATION = re.compile(r"^Đảng bộ (?P<level>tỉnh|thành phố|huyện) (?P<place>\S.*)$")
# A committee's standing board, as an authority names it: "TM. Ban Thường vụ", "TM. Ban Thường vụ Tỉnh ủy".
STANDING_BOARD = re.compile(r"^Ban Thường vụ(?: (?:Tỉnh ủy|Thành ủy|Huyện ủy))?$")
# The mark of acting for a body: "TM. Bộ Chính trị" (read_signer writes every "T/M", "T.M" so).
ON_BEHALF = "TM. "


def signed_body(issuer: str | None, authority: str | None) -> tuple[str, str] | None:
    """(issuer, parent) of a Party document whose header names ``issuer`` (canonical) and whose
    signature acts for another body, ``authority`` as read_signer gives it: ("Bộ Chính trị", "Ban
    Chấp hành Trung ương Đảng") for "TM. Bộ Chính trị" under "BAN CHẤP HÀNH TRUNG ƯƠNG"; ("Ban
    Thường vụ Tỉnh ủy Hà Giang", "Tỉnh ủy Hà Giang") for "TM. Ban Thường vụ" under "TỈNH ỦY HÀ GIANG"
    or "ĐẢNG BỘ TỈNH HÀ GIANG". None when it signs for the header's body ("TM. Tỉnh ủy", "TM. Ban
    Chấp hành Trung ương") or for no Party body."""
    if not issuer or not authority or not authority.startswith(ON_BEHALF):
        return None
    body = authority[len(ON_BEHALF):].strip()
    if issuer == CENTRAL_COMMITTEE:
        signed = CENTRAL_SIGNED_BODIES.get(body)
        return (signed, issuer) if signed else None
    if not STANDING_BOARD.match(body):
        return None
    if m := PARTY_ORGANISATION.match(issuer):
        committee = f"{PARTY_COMMITTEE_OF_LEVEL[m.group('level')]} {m.group('place')}"
    elif PARTY_COMMITTEE.match(issuer):
        committee = issuer
    else:
        return None
    if body != "Ban Thường vụ" and not committee.startswith(body[len("Ban Thường vụ "):] + " "):
        return None  # "TM. Ban Thường vụ Huyện ủy" under a Tỉnh ủy: not its board
    return f"Ban Thường vụ {committee}", committee
