"""The code tables: consistent data that the citation patterns are built from."""

from vanban.loaders import codes
from vanban.loaders.citation_symbols import body_code, full_doc_type, type_code, type_from_symbol


def test_type_words_are_lower_case_and_map_to_full_names():
    for word, name in codes.TYPE_WORDS.items():
        assert word == word.lower()
        assert name[:1].isupper()


def test_every_type_code_names_a_type_that_a_type_word_names():
    names = set(codes.TYPE_WORDS.values())
    for code, name in codes.TYPE_CODES.items():
        assert name in names, code


def test_word_lists_use_known_type_words():
    for table in (codes.NAMED_TYPE_WORDS, codes.LAW_TYPE_WORDS, codes.NAMED_PLAN_TYPE_WORDS, codes.NAMED_PROJECT_TYPE_WORDS):
        for word in table:
            assert word in codes.TYPE_WORDS, word


def test_shared_and_party_codes_are_body_codes():
    assert codes.SHARED_BODY_CODES <= set(codes.BODY_CODES)
    assert {"TW", "TU", "HU"} <= codes.PARTY_BODY_CODES
    assert "UBND" not in codes.PARTY_BODY_CODES


def test_abbreviations_kept_for_names():
    assert codes.ABBREVIATIONS["UBND"] == "Ủy ban nhân dân"
    assert codes.ABBREVIATIONS["TTg"] == "Thủ tướng Chính phủ"


def test_symbol_codes_from_real_symbols():
    # state: number/TYPE-BODY; party: number-TYPE/BODY; letters: number/BODY-UNIT
    assert (type_code("CT-TTg"), body_code("CT-TTg")) == ("CT", "TTg")
    assert (type_code("CT/TU"), body_code("CT/TU")) == ("CT", "TU")
    assert (type_code("2015/NĐ-CP"), body_code("2015/NĐ-CP")) == ("NĐ", "CP")
    assert (type_code("UBND-NC"), body_code("UBND-NC")) == (None, "UBND")
    assert body_code("2025/QH15") == "QH"
    assert body_code("CT-TTG") == "TTg"  # an ALL-CAPS title
    assert type_from_symbol("QĐi/TW") == "Quy định"
    assert type_from_symbol("UBND-NC") == "Công văn"


def test_generic_type_words_take_the_symbols_type():
    assert full_doc_type("văn bản", "/QĐ-UBND") == "Quyết định"
    assert full_doc_type("Công văn", "/HD-BNV") == "Hướng dẫn"
    assert full_doc_type("Công văn", "/UBND-NC") == "Công văn"
    assert full_doc_type("Nghị  quyết", "/KH-UBND") == "Nghị quyết"
