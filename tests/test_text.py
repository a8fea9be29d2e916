"""The working text folds PDF line breaks and maps every flat offset back to the original."""

import re

from vanban.loaders.text import make_text, normalize


def test_flat_is_the_gold_normalization_and_spans_map_back(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        t = make_text(raw, name=path.name)
        assert t.flat == re.sub(r"\s*\n\s*", " ", normalize(raw))
        for line in t.lines:
            assert t.original[line.start : line.end] == line.text
            assert t.flat[line.flat_start : line.flat_start + len(line.text)] == line.text


def test_symbol_broken_across_lines_maps_to_its_original_span():
    # seed 000: "Quyết định số 1859-" / blank line / "QĐ/TU, ngày 09/4/2019"
    raw = "theo Quyết định số 1859-\n\nQĐ/TU, ngày 09/4/2019 của Tỉnh ủy"
    t = make_text(raw)
    i = t.flat.index("1859- QĐ/TU")
    start, end = t.original_span(i, i + len("1859- QĐ/TU"))
    assert t.original[start:end] == "1859-\n\nQĐ/TU"


def test_normalize_composes_decomposed_vietnamese_and_line_endings():
    decomposed = "Ke\u0302\u0301 hoa\u0323ch\r\nso\u0302\u0301 33"
    assert normalize(decomposed) == "Kế hoạch\nsố 33"


from hypothesis import given, settings
from hypothesis import strategies as st

# Text made of the pieces PDF extraction produces: words, spaces, tabs, line breaks.
_PIECES = st.sampled_from(["Kế", "hoạch", "số", "1859-", "QĐ/TU", " ", "  ", "\t", "\n", "\n\n", " \n ", "\u2028", "."])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_flat_lines_and_offsets_agree_with_the_definition(raw):
    t = make_text(raw)
    original = normalize(raw)
    assert t.flat == re.sub(r"\s*\n\s*", " ", original)
    expected = [ln.strip() for ln in original.split("\n") if ln.strip()]
    assert [ln.text for ln in t.lines] == expected
    for line in t.lines:
        assert original[line.start : line.end] == line.text
        assert t.flat[line.flat_start : line.flat_start + len(line.text)] == line.text
    for f, ch in enumerate(t.flat):
        if not ch.isspace():
            assert original[t.to_original(f)] == ch
