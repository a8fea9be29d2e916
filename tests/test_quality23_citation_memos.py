"""Session 23 (speed): what the citations stage now reads once per name, symbol or document gives what it read
each time before: an issuer's tidied name is shared by documents of other places, a symbol's standing-committee
codes by its mentions, and an amending law's anchor is looked for in its window alone."""

from __future__ import annotations

from pathlib import Path

from vanban.loaders.citation_groups import name_key
from vanban.loaders.citation_issuers import canonical_issuer, issuer_as_named
from vanban.loaders.citation_mentions import NUMBERED, Mention
from vanban.loaders.citations import find_citations
from vanban.loaders.law_names import AMENDED_BEFORE, ANOTHER_AMENDING, amended_in
from vanban.loaders.read import read_bytes
from vanban.loaders.records import Header
from vanban.loaders.symbol_issuers import standing_codes, standing_issuer

REALDOCS = Path(__file__).parent / "data" / "realdocs"


# ---------------------------------------------------------------------------- an issuer's name, then its place


def test_one_tidied_name_takes_each_document_s_own_place():
    # "của UBND tỉnh" in a plan of Hà Giang and in one of Quảng Nam: one tidied name, two places.
    assert issuer_as_named("UBND  tỉnh") == issuer_as_named("UBND tỉnh")
    ha_giang = Header(issuer="Ủy ban nhân dân tỉnh Hà Giang", province="Hà Giang")
    quang_nam = Header(issuer="Ủy ban nhân dân tỉnh Quảng Nam", province="Quảng Nam")
    assert canonical_issuer("UBND tỉnh", ha_giang) == "Ủy ban nhân dân tỉnh Hà Giang"
    assert canonical_issuer("UBND tỉnh", quang_nam) == "Ủy ban nhân dân tỉnh Quảng Nam"
    assert canonical_issuer("UBND tỉnh", ha_giang) == "Ủy ban nhân dân tỉnh Hà Giang"  # not the last one read


def test_a_national_body_is_named_alike_in_every_province():
    headers = (Header(province="Hà Giang"), Header(province="Quảng Ninh"), Header())
    assert {canonical_issuer("Thủ tướng Chính phủ", h) for h in headers} == {"Thủ tướng Chính phủ"}


# ---------------------------------------------------------------------------- a symbol's standing committee


def test_the_standing_committee_is_read_from_the_symbol_once_for_its_mentions():
    # Corpus 051: "Căn cứ Thông báo số 17/TB-TTHĐND ngày 12/12/2025 của HĐND xã Lương Minh về …", and again
    # "Căn cứ Thông báo số 17/TB-TTHĐND, có 05 thôn …".
    assert standing_codes("TB-TTHĐND") == (("TTHĐND", ("Hội đồng nhân dân", "Thường trực Hội đồng nhân dân")),)
    assert standing_codes("KH-UBND") == ()
    for _ in range(2):
        c = Mention(0, 41, NUMBERED, "Thông báo", number="17", symbol="TB-TTHĐND", issuer="Hội đồng nhân dân xã Lương Minh")
        standing_issuer(c)
        assert c.issuer == "Thường trực Hội đồng nhân dân xã Lương Minh"
        assert c.notes == ["'Thường trực' from the symbol code TTHĐND"]
    other = Mention(0, 30, NUMBERED, "Kế hoạch", number="18", symbol="KH-UBND", issuer="Ủy ban nhân dân xã Lương Minh")
    standing_issuer(other)
    assert other.issuer == "Ủy ban nhân dân xã Lương Minh"


def test_corpus_051_s_notice_is_the_standing_committee_s():
    raw = (
        "ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nSố: 01/KH-MTTQ\nLương Minh, ngày 15 tháng 12 năm 2025\nKẾ HOẠCH\n"
        "Căn cứ Thông báo số 17/TB-TTHĐND ngày 12/12/2025 của HĐND xã Lương Minh về điều chỉnh cơ cấu, số lượng, "
        "thành phần và phân bổ số lượng người được giới thiệu ứng cử đại biểu HĐND xã Lương Minh khóa II, nhiệm kỳ "
        "2026-2031;\n"
    )
    header = Header(issuer="Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh", province="Quảng Ninh")
    (notice,) = [c for c in find_citations(read_bytes(raw.encode("utf-8"), name="kh.txt"), header) if c.number == "17"]
    assert notice.issuer == "Thường trực Hội đồng nhân dân xã Lương Minh"


# ---------------------------------------------------------------------------- an amending law's anchor in its window


def _amended_in_whole_text(s: str, start: int) -> bool:
    """The form ``amended_in`` replaced: the anchor looked for in a lowered copy of the whole text."""
    lo = max(0, start - 240)
    if s.lower().find("đổi", lo, start) < 0 or ANOTHER_AMENDING.match(s, start):
        return False
    return AMENDED_BEFORE.search(s, lo, start) is not None


def test_an_amending_law_written_in_capitals_and_lowered_as_a_title_key():
    # The anchor "đổi" is looked for in any case: "SỬA ĐỔI" as a copy capitalises the amending words, and the Lai
    # Châu plan's title (tests/test_quality20_citations_more.py) as find_implements reads it, its name key.
    s = "triển khai thi hành Luật SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU của Luật Tiêu chuẩn và quy chuẩn kỹ thuật"
    assert amended_in(s, s.rindex("Luật"))
    assert not amended_in(s, s.index("Luật"))
    key = name_key("TRIỂN KHAI THI HÀNH LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TIÊU CHUẨN VÀ QUY CHUẨN KỸ THUẬT")
    assert amended_in(key, key.find(name_key("Luật Tiêu chuẩn và quy chuẩn kỹ thuật")))


def test_the_window_reads_as_the_whole_text_did_on_real_documents():
    laws = 0
    for path in sorted(REALDOCS.glob("*.md")) + sorted(REALDOCS.glob("*.txt")):
        s = path.read_text(encoding="utf-8")
        k = s.find("Luật ")
        while k >= 0:
            assert amended_in(s, k) == _amended_in_whole_text(s, k), (path.name, k)
            laws += 1
            k = s.find("Luật ", k + 1)
    assert laws > 100
