"""Recipient-line abbreviations of the Front and the judiciary (corpus 004, 024, 031, 035, 055, 056)."""

import pytest

from vanban.loaders.recipients import find_recipients
from vanban.loaders.records import Header
from vanban.loaders.text import make_text


def _names(lines: str, header: Header) -> list[str]:
    text = make_text("Nơi nhận:\n" + lines + "\n- Lưu: VT.\n")
    return [r.name for r in find_recipients(text, header) if r.purpose != "lưu"]


@pytest.mark.parametrize(
    "line, header, name",
    [
        ("- BTT Ủy ban MTTQ tỉnh (b/c);", Header(province="Quảng Ninh"),
         "Ban Thường trực Ủy ban Mặt trận Tổ quốc tỉnh Quảng Ninh"),
        ("- BTT UBMTTQVN tỉnh;", Header(province="Đồng Nai"),
         "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai"),
        ("- BTT UBMTTQVN Tỉnh( B/c),", Header(province="Khánh Hòa"),
         "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Khánh Hòa"),
        ("- BTT Ủy ban MTTQ VN xã;", Header(province="Quảng Ninh"),
         "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
        ("- UB MTTQ VN tỉnh;", Header(province="Đắk Lắk"), "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk"),
        ("- Viện KSND huyện;", Header(province="Thái Nguyên", district="Đại Từ"),
         "Viện Kiểm sát nhân dân huyện Đại Từ"),
    ],
)
def test_recipient_abbreviations(line, header, name):
    assert _names(line, header) == [name]


def test_judiciary_of_the_city_is_qualified():
    # Corpus 004.
    assert _names("- Viện KSND TP, TAND TP;", Header(province="Cần Thơ")) == [
        "Viện Kiểm sát nhân dân thành phố Cần Thơ",
        "Tòa án nhân dân thành phố Cần Thơ",
    ]


def test_level_word_written_with_a_capital():
    # Corpus 056: "Phường" at the end of the name is the level word.
    assert _names("- Thường trực UBMTTQVN Phường;", Header()) == ["Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường"]


def test_btt_in_an_archive_line_is_kept_as_written():
    text = make_text("Nơi nhận:\n- Sở Y tế;\n- Lưu: VT, BTT.\n")
    assert [r.name for r in find_recipients(text, Header(province="Hà Giang"))][-1] == "Lưu: VT, BTT"


def test_words_starting_with_the_codes_are_not_expanded():
    # "VN" opens "VNPT" but is no word of it (the bare "tỉnh" takes the province as before).
    assert _names("- VNPT tỉnh;", Header(province="Hà Giang")) == ["VNPT tỉnh Hà Giang"]


def test_front_and_its_groups_abbreviated():
    # corpus 024 "- UB.MTTQVN và các Đoàn thể TP;" names two bodies since round 8 (recipients.AND_GROUP).
    assert _names("- UB.MTTQVN và các Đoàn thể TP;", Header(province="Cần Thơ")) == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ",
        "Các Đoàn thể thành phố",
    ]
