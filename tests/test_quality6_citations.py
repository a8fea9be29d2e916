"""Left glue from OCR/PDF copy: a type word or an issuer glued to the small word before it."""

from vanban.loaders.citation_anchors import TYPE_BEFORE
from vanban.loaders.citation_issuers import ISSUER_LEAD
from vanban.loaders.implementing_spans import OPENING
from vanban.loaders.extract import extract
from vanban.loaders.text import make_text


def test_type_word_glued_to_the_word_before():
    # seed 004 "theo Nghị quyết số", seed 000 "Thực hiện Kế hoạch số" with the space lost
    assert TYPE_BEFORE.search("theoNghị quyết số ").group("type") == "Nghị quyết"
    assert TYPE_BEFORE.search("Thực hiệnKế hoạch số ").group("type") == "Kế hoạch"
    # a lower-case word glued inside a longer word is not a type word start
    assert not TYPE_BEFORE.search("xkế hoạch số ")


def test_issuer_and_opening_glued():
    assert ISSUER_LEAD.match(", củaThủ tướng Chính phủ").end() == len(", của")
    assert OPENING.match("Thực hiệnKế hoạch số 233/KH-UBND").group("open") == "Thực hiện"


def test_glued_preamble_is_read_as_implemented():
    # seed 000 preamble with left glue
    raw = (
        "KẾ HOẠCH\nTriển khai “Tháng Dân vận” năm 2022 trong ngành Y tế\n"
        "Thực hiệnKế hoạch số 233/KH-UBND, ngày 22/9/2022 củaUBND tỉnh Hà Giang về tổ chức "
        "“Tháng Dân vận” năm 2022; Sở Y tế xây dựng Kế hoạch như sau:\n"
    )
    rec = extract(make_text(raw, name="x.txt"))
    assert [(c.number, c.symbol) for c in rec.implements] == [("233", "KH-UBND")]
    assert rec.implements[0].issuer and rec.implements[0].issuer.startswith("Ủy ban nhân dân tỉnh")
