"""Byte encodings: every form a Vietnamese text file comes in decodes to the same NFC text.

The legacy encoders here are the inverse of the tables in loaders/encodings.py (what a
converter such as Unikey writes), so a round trip checks the tables, the detection and the
TCVN3 capital recovery together.
"""

from __future__ import annotations

import codecs
import os
import unicodedata

import pytest

from vanban.loaders import encodings as E
from vanban.loaders.encodings import decode_text, is_syllable
from vanban.loaders.records import LoadFailure

# Real fragments from the seeds.
HEADER = "UBND TỈNH HÀ GIANG\nSỞ Y TẾ\nSố: /KH-SYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Giang, ngày 03 tháng 10 năm 2022\nKẾ HOẠCH\nTriển khai “Tháng Dân vận” năm 2022 trong ngành Y tế\n"
SENTENCE = "Thực hiện Kế hoạch số 233/KH-UBND, ngày 22/9/2022 của UBND tỉnh Hà Giang về Triển khai “Tháng Dân vận” năm 2022; Sở Y tế xây dựng kế hoạch triển khai thực hiện như sau:\n"
SIGNATURE = "Nơi nhận:\n- Đảng ủy, BGĐ Sở Y tế;\n- Lưu VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHoàng Quốc Cứ\n"

TONES = {"\u0301": "acute", "\u0300": "grave", "\u0309": "hook", "\u0303": "tilde", "\u0323": "dot"}


# ------------------------------------------------------------------------------------------
# Encoders (inverse tables)

_TCVN3_OF = {ch: b for b, ch in E.TCVN3_TABLE.items() if not unicodedata.combining(ch)}
_CP1252_OF = {bytes([b]).decode("cp1252", errors="ignore"): b for b in range(0x80, 0xA0)}


def encode_tcvn3(text: str) -> bytes:
    """ABC/TCVN3 as .VnTime(H) users wrote it: capitals without a byte use the lower-case byte."""
    out = bytearray()
    for c in text:
        if c < "\x80":
            out.append(ord(c))
        elif c in _TCVN3_OF:
            out.append(_TCVN3_OF[c])
        elif c.lower() in _TCVN3_OF:
            out.append(_TCVN3_OF[c.lower()])
        else:
            out.append(_CP1252_OF[c])
    return bytes(out)


def _mark(table: dict[str, str], tone: str, upper: bool) -> str:
    return next(m for m, t in table.items() if t == tone and m.isupper() == upper)


def encode_vni(text: str) -> bytes:
    """VNI-Windows: base letter + mark bytes, single bytes for đ ơ ư and toned i / ỵ."""
    single_of = {v: k for k, v in E.VNI_SINGLE.items()}
    out = []
    for c in unicodedata.normalize("NFC", text):
        if c < "\x80":
            out.append(c)
            continue
        if c in single_of:
            out.append(single_of[c])
            continue
        d = unicodedata.normalize("NFD", c)
        base, marks = d[0], d[1:]
        tone = next((m for m in marks if m in TONES), "")
        shape = next((m for m in marks if m not in TONES), "")
        upper = base.isupper()
        if shape == "\u031b":  # horn: ơ ư are their own VNI bases
            base = {"o": "ô", "O": "Ô", "u": "ö", "U": "Ö"}[base]
            shape = ""
        if shape == "\u0302":
            out.append(base + _mark(E.VNI_CIRCUMFLEX, tone, upper))
        elif shape == "\u0306":
            out.append(base + _mark(E.VNI_BREVE, tone, upper))
        elif tone:
            out.append(base + _mark(E.VNI_TONES, tone, upper))
        else:
            out.append(c)  # punctuation: “ ” – …
    return "".join(out).encode("cp1252")


def to_cp1258_form(text: str) -> str:
    """Windows-1258 normal form: letters with circumflex/breve/horn precomposed, tones combining."""
    out = []
    for c in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", c)
        tones = "".join(m for m in d if m in TONES)
        out.append(unicodedata.normalize("NFC", "".join(m for m in d if m not in TONES)) + tones)
    return "".join(out)


def test_encoders_write_the_published_byte_forms():
    # "Việt Nam" in VNI is "Vieät Nam"; "Hà Giang" in TCVN3 is "Hµ Giang"
    assert encode_vni("Việt Nam") == "Vieät Nam".encode("cp1252")
    assert encode_vni("Đảng ủy") == "Ñaûng uûy".encode("cp1252")
    assert encode_tcvn3("Hà Giang") == b"H\xb5 Giang"
    assert encode_tcvn3("Sở Y tế") == b"S\xeb Y t\xd5"
    assert to_cp1258_form("Việt").encode("cp1258") == b"Vi\xea\xf2t"


# ------------------------------------------------------------------------------------------
# Legacy encodings


@pytest.mark.parametrize("fragment", [HEADER, SENTENCE, SIGNATURE])
def test_vni_fragments_round_trip(fragment):
    d = decode_text(encode_vni(fragment))
    assert (d.encoding, d.text) == ("vni", fragment)


@pytest.mark.parametrize("fragment", [HEADER, SENTENCE, SIGNATURE])
def test_tcvn3_fragments_round_trip_with_capitals_recovered(fragment):
    d = decode_text(encode_tcvn3(fragment))
    assert (d.encoding, d.text) == ("tcvn3", fragment)


def test_tcvn3_capitals_font_heading_is_recovered():
    # ".VnTimeH" headings are written with the lower-case bytes: "KÕ HO¹CH" on screen "KẾ HOẠCH"
    assert decode_text(b"K\xd5 HO\xb9CH\nTri\xd3n khai").text == "KẾ HOẠCH\nTriển khai"
    # acronyms are no evidence of capitals: "Số" stays "Số" beside "KH-SYT"
    assert decode_text(b"S\xe8: 799/KH-SYT\nTri\xd3n khai").text == "Số: 799/KH-SYT\nTriển khai"


@pytest.mark.parametrize("fragment", [HEADER, SENTENCE, SIGNATURE])
def test_cp1258_decomposed_tones_become_nfc(fragment):
    data = to_cp1258_form(fragment).encode("cp1258")
    d = decode_text(data)
    assert (d.encoding, d.text) == ("windows-1258", fragment)
    assert unicodedata.is_normalized("NFC", d.text)


def test_seeds_round_trip_through_vni_cp1258_utf16(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        assert decode_text(encode_vni(text)) == E.Decoded(text, "vni"), path.name
        assert decode_text(to_cp1258_form(text).encode("cp1258")) == E.Decoded(text, "windows-1258"), path.name
        for codec, label in (("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be")):
            assert decode_text(text.encode(codec)) == E.Decoded(text, label), (path.name, codec)
        assert decode_text(text.encode("utf-16")) .text == text  # with BOM


def test_seeds_round_trip_through_tcvn3(seeds_dir):
    """TCVN3 has no byte for most toned capitals: lower case stands in and headings are recapitalized.

    Only a capital written as its lower-case byte inside running text ("của Ủy ban") cannot be
    recovered from the bytes; every other word comes back exactly.
    """
    for path in sorted(seeds_dir.glob("*.txt")):
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        d = decode_text(encode_tcvn3(text))
        assert d.encoding == "tcvn3"
        assert d.text.lower() == text.lower(), path.name
        want, got = text.split(), d.text.split()
        wrong = [(w, g) for w, g in zip(want, got) if w != g]
        for w, g in wrong:  # only a capital that has no TCVN3 byte, inside running text
            assert g == w[0].lower() + w[1:] and w[0] not in _TCVN3_OF, (w, g)
        assert len(wrong) <= 0.01 * len(want), wrong


# ------------------------------------------------------------------------------------------
# Unicode forms


def test_utf8_with_and_without_bom():
    assert decode_text(HEADER.encode("utf-8")) == E.Decoded(HEADER, "utf-8")
    assert decode_text(codecs.BOM_UTF8 + HEADER.encode("utf-8")) == E.Decoded(HEADER, "utf-8")


def test_utf8_decomposed_becomes_nfc():
    d = decode_text(unicodedata.normalize("NFD", SENTENCE).encode("utf-8"))
    assert d.text == SENTENCE


def test_utf16_with_bom_and_without():
    for codec, bom, label in (("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"), ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be")):
        assert decode_text(bom + SENTENCE.encode(codec)) == E.Decoded(SENTENCE, label)
        assert decode_text(SENTENCE.encode(codec)) == E.Decoded(SENTENCE, label)


def test_truncated_utf8_drops_the_broken_tail():
    data = "Hà Giang, ngày 03 tháng 10 năm 2022 Kế".encode("utf-8")  # "ế" is 3 bytes
    d = decode_text(data[:-1])
    assert d == E.Decoded("Hà Giang, ngày 03 tháng 10 năm 2022 K", "utf-8 (truncated)")


def test_utf8_with_a_few_damaged_bytes_stays_utf8():
    data = bytearray(SENTENCE.encode("utf-8") * 3)
    data[10] = 0xFF
    d = decode_text(bytes(data))
    assert d.encoding == "utf-8 (damaged)" and "Kế hoạch số 233/KH-UBND" in d.text


# ------------------------------------------------------------------------------------------
# Refusals


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t  ", codecs.BOM_UTF8 + b"\n\n", codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")])
def test_empty_files(data):
    with pytest.raises(LoadFailure, match="^empty file$"):
        decode_text(data)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200),
        bytes(range(256)) * 4,
        b"\x00\x01\x02\x03" * 100,
        b"ELF\x7f\x02\x01\x01" + bytes(64) + b"Kh\xe1\xba\xbf ho\xe1\xba\xa1ch",
    ],
)
def test_binary_files(data):
    with pytest.raises(LoadFailure, match="^binary file, not a document$"):
        decode_text(data)


def test_random_bytes_are_binary_or_text_never_a_crash():
    rng = __import__("random").Random(1258)
    for _ in range(50):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
        try:
            decode_text(data)
        except LoadFailure as e:
            assert e.reason in ("binary file, not a document", "empty file")


def test_random_os_bytes_are_binary():
    with pytest.raises(LoadFailure, match="binary"):
        decode_text(os.urandom(4096))


# ------------------------------------------------------------------------------------------
# Syllables


@pytest.mark.parametrize("word", ["nghiêng", "trường", "Việt", "quốc", "giữa", "khuya", "Đảng", "HOẠCH", "ủy", "tỉnh"])
def test_vietnamese_syllables(word):
    assert is_syllable(word)


@pytest.mark.parametrize("word", ["Vieät", "Hµ", "tØnh", "Ñaûng", "ếế", "strength"])
def test_not_vietnamese_syllables(word):
    assert not is_syllable(word)
