"""Header, round 4: an office title broken over two lines in the signature. Fragments from the corpus."""

from __future__ import annotations

from vanban.loaders.header import read_signer
from vanban.loaders.text import make_text


def test_office_title_broken_over_two_lines():
    # corpus 064 (Nghị quyết of HĐND tỉnh Quảng Ninh): no TM. line, "CHỦ" / "TỊCH" on two lines.
    text = (
        "- Báo và Phát thanh, Truyền hình tỉnh;\n\n- Công báo tỉnh;\n\n- Lưu: VT, HĐ8.\n\n|\n\nCHỦ\nTỊCH\n\n"
        "Trịnh Thị Minh Thanh\n"
    )
    s = read_signer(make_text(text))
    assert (s.name, s.position, s.authority) == ("Trịnh Thị Minh Thanh", "Chủ tịch", None)


def test_capital_word_alone_is_no_office():
    # A capitalised word before an unrelated capitalised line does not make a signature.
    assert read_signer(make_text("- Lưu: VT.\n\nCHỦ\nNHIỆM VỤ\n")) is None
