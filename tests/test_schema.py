"""The schema: canonical number-and-symbol, readable keys, stable edge ids, tables for the stores."""

from vanban.graph.schema import (
    EDGE_MODELS,
    NODE_MODELS,
    Evidence,
    Implements,
    canonical_symbol,
    edge_columns,
    edge_from_attrs,
    edge_from_row,
    edge_row,
    node_columns,
    number_symbol,
    numbered_key,
    unnumbered_key,
)


def test_one_written_form_per_symbol():
    # Seed 001 writes both "33/CT-TTg" and "Chỉ thị số 33-" / "CT/TTg".
    assert number_symbol("33", "CT-TTg") == number_symbol("33", "CT/TTg") == "33/CT-TTg"
    # Party series keep their "N-XX/YY" form, spaces from line breaks removed ("25- NQ/TW").
    assert number_symbol("25", "NQ/TW") == "25-NQ/TW"
    assert canonical_symbol(" NQ / TW") == "NQ/TW"
    # Symbols with a year ("04/2015/NĐ-CP") and numbers with or without a leading zero.
    assert number_symbol("04", "2015/NĐ-CP") == "04/2015/NĐ-CP"
    assert number_symbol("9", "KH-UBND") == number_symbol("09", "KH-UBND") == "09/KH-UBND"


def test_national_series_keyed_without_issuer():
    a = numbered_key("Chỉ thị", "33", "CT-TTg", 2021, "Thủ tướng Chính phủ")
    b = numbered_key("Chỉ thị", "33", "CT/TTg", 2021, None)
    assert a == b == "Chỉ thị 33/CT-TTg 2021"


def test_local_series_keep_issuer_and_year_apart():
    hg = numbered_key("Kế hoạch", "310", "KH-UBND", 2023, "Ủy ban nhân dân tỉnh Hà Giang")
    kt = numbered_key("Kế hoạch", "310", "KH-UBND", 2023, "Ủy ban nhân dân tỉnh Kon Tum")
    hg22 = numbered_key("Kế hoạch", "310", "KH-UBND", 2022, "Ủy ban nhân dân tỉnh Hà Giang")
    assert len({hg, kt, hg22}) == 3
    assert hg == "Kế hoạch 310/KH-UBND 2023 Ủy ban nhân dân tỉnh Hà Giang"


def test_unidentifiable_reference_is_scoped_to_its_citing_document():
    # Seed 002: "Kế hoạch số 106/KH-UBND ngày 18/3/2022" with no issuer.
    k1 = numbered_key("Kế hoạch", "106", "KH-UBND", 2022, None, cited_in="A")
    k2 = numbered_key("Kế hoạch", "106", "KH-UBND", 2022, None, cited_in="B")
    assert k1 != k2 and k1.endswith("[in A]")
    # Seed 004: "Chỉ thị số 05-CT/TW" without a date.
    assert numbered_key("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", cited_in="A").endswith("[in A]")


def test_unnumbered_key_is_readable_and_normalised():
    k = unnumbered_key("Kế hoạch", "Sở Y tế tỉnh Hà Giang", None, "Kế hoạch dân vận năm 2023 của Sở Y tế Hà Giang Giang")
    assert k == "Kế hoạch | Sở Y tế tỉnh Hà Giang | ? | kế hoạch dân vận năm 2023 của sở y tế hà giang"
    assert unnumbered_key("Kế hoạch", "X", 2022, "Triển khai “Tháng Dân vận”") == unnumbered_key("Kế hoạch", "X", 2022, "triển khai tháng dân vận")


def test_edge_id_is_stable_and_round_trips():
    ev = Evidence(source="D", start=10, end=20, quote="Thực hiện Chỉ thị số 33/CT-TTg")
    e1 = Implements(source="D", target="C", basis="preamble", evidence=ev)
    e2 = Implements(source="D", target="C", basis="preamble", evidence=ev)
    e3 = Implements(source="D", target="C", basis="body", stated=False, evidence=ev)
    assert e1.id == e2.id != e3.id
    assert edge_from_row("IMPLEMENTS", edge_row(e1)) == e1
    assert edge_from_attrs("D", "C", e1.attrs()) == e1
    assert e1.attrs()["type"] == "IMPLEMENTS" and e1.attrs()["evidence"]["quote"] == ev.quote


def test_tables_generated_from_models():
    assert node_columns("Document")["year"] == "INT64"
    assert node_columns("Document")["surfaces"] == "STRING[]"
    assert next(iter(node_columns("Organization"))) == "key"
    for t in EDGE_MODELS:
        cols = edge_columns(t)
        assert {"id", "ev_source", "ev_start", "ev_end", "ev_quote"} <= set(cols)
    assert edge_columns("REPORTS_TO")["deadline"] == "STRING"
    assert set(NODE_MODELS) == {"Document", "Organization", "Task"}


def test_a_law_symbol_with_the_legislatures_term_is_a_national_series():
    # "Luật số 10/2022/QH15" names Quốc hội (15th term): identified without an issuer.
    from vanban.graph.schema import is_national_series, numbered_key, symbol_body_code

    assert symbol_body_code("2022/QH15") == "QH"
    assert is_national_series("2022/QH15")
    assert "[in" not in numbered_key("Luật", "10", "2022/QH15", 2022, None, cited_in="Kế hoạch 1/KH-SYT 2025 X")
