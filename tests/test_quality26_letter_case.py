"""The letters of Vietnamese by case (``loaders.letters``), and the gate of ``names.place_case`` built
on them.

``names.LOWER_PLACE_SYLLABLE`` wrote its capitals as ``[A-ZĐÀ-Ỹ]`` and its small letters as
``[a-zđà-ỹ]``; but U+00C0..U+1EF8 holds the small accented letters as well as the capitals, and
U+00E0..U+1EF9 the capitals as well as the small ones, so the gate let through "tỉnh ủy và Chủ tịch"
(no place: a small "ủ") and "phường Hội An Đông" (no small syllable: a capital "Đ").
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from vanban.loaders.letters import LOWER_LETTERS, UPPER_LETTERS
from vanban.loaders.names import LOWER_PLACE_SYLLABLE, place_case

# The letters of the Vietnamese alphabet (with F, J, W, Z of foreign names), each bare vowel with
# the five tone marks, built from the Unicode data rather than typed.
VOWELS = "aăâeêioôơuưy"
TONE_MARKS = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
SMALL = {unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONE_MARKS} | set("abcdefghijklmnopqrstuvwxyzđ")
CAPITALS = {c.upper() for c in SMALL}
# Every character up to the end of the Vietnamese block (U+1EF9 "ỹ").
CHARACTERS = [chr(i) for i in range(0x20, 0x1EFA)]


@pytest.mark.parametrize(("letters", "expected"), [(UPPER_LETTERS, CAPITALS), (LOWER_LETTERS, SMALL)])
def test_each_class_holds_exactly_the_letters_of_its_case(letters: str, expected: set[str]) -> None:
    cls = re.compile(f"[{letters}]")
    assert {c for c in CHARACTERS if cls.fullmatch(c)} == expected


def test_a_range_of_accented_capitals_holds_small_letters() -> None:
    # Why the classes name each letter: the range the gate used is no class of one case.
    assert re.fullmatch("[A-ZĐÀ-Ỹ]", "ủ") and re.fullmatch("[a-zđà-ỹ]", "Đ")
    assert not re.fullmatch(f"[{UPPER_LETTERS}]", "ủ") and not re.fullmatch(f"[{LOWER_LETTERS}]", "Đ")


@pytest.mark.parametrize(
    "fragment",
    [
        # Công điện of the Thủ tướng (realdocs e01d3782): "- Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân".
        "Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân",
        # Quyết định 2641/QĐ-UBND of Đà Nẵng (realdocs 7599f652): "(Phường Hội An, phường Hội An Đông, phường Hội An Tây".
        "phường Hội An Đông, phường Hội An Tây",
    ],
)
def test_the_gate_passes_no_name_whose_place_is_cased(fragment: str) -> None:
    assert LOWER_PLACE_SYLLABLE.search(fragment) is None
    assert place_case(fragment) == fragment


def test_the_gate_passes_a_place_with_a_small_syllable() -> None:
    # A generated plan of xã Ya Ly (huyện Sa Thầy, Kon Tum): "… báo cáo Ủy ban nhân dân xã Ya ly xem xét".
    written = "Ủy ban nhân dân xã Ya ly"
    assert LOWER_PLACE_SYLLABLE.search(written) is not None
    assert place_case(written) == "Ủy ban nhân dân xã Ya Ly"
