"""A symbol written in capitals in a title and in its own case in the text is one instrument (session 9, lead).

"QĐ-TTG" (a title in capitals, or a copy that wrote it so) and "QĐ-TTg" name the same Quyết định of the Thủ tướng.
"""

from __future__ import annotations

from vanban.graph.build import build_graph, prepare
from vanban.graph.schema import canonical_symbol, number_symbol
from vanban.loaders.extract import extract
from vanban.loaders.read import read_bytes

PLAN = """ỦY BAN NHÂN DÂN
TỈNH {province_caps}
Số: {number}/KH-UBND
{province}, ngày 10 tháng 3 năm 2024

KẾ HOẠCH
TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 34/2014/QĐ-{symbol} NGÀY 30/5/2014 CỦA THỦ TƯỚNG CHÍNH PHỦ

Thực hiện Quyết định số 34/2014/QĐ-{symbol} ngày 30/5/2014 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban
hành Kế hoạch thực hiện như sau:

I. NHIỆM VỤ
1. Sở Y tế chủ trì triển khai thực hiện.
"""


def _source(text: str, name: str):
    t = read_bytes(text.encode("utf-8"), name=name)
    return prepare(extract(t), t)


def test_mixed_case_codes_written_in_capitals_take_their_case():
    assert canonical_symbol("QĐ-TTG") == canonical_symbol("QĐ-TTg") == "QĐ-TTg"
    assert number_symbol("33", "CT/TTG") == "33/CT-TTg"
    assert number_symbol("12", "CTR/TU") == "12-CTr/TU"
    # codes in capitals of their own stay so, and other capitals are not touched
    assert canonical_symbol("QĐ-UBND") == "QĐ-UBND"
    assert number_symbol("25", "NQ/TW") == "25-NQ/TW"


def test_two_plans_citing_one_decision_in_two_cases_share_its_node():
    a = PLAN.format(province_caps="HÀ GIANG", province="Hà Giang", number="12", symbol="TTG")
    b = PLAN.format(province_caps="KON TUM", province="Kon Tum", number="34", symbol="TTg")
    g = build_graph([_source(a, "a.txt"), _source(b, "b.txt")])
    cited = {v for _, v, d in g.edges(data=True) if d["type"] == "IMPLEMENTS"}
    decisions = {v for v in cited if "34/2014" in v}
    assert len(decisions) == 1, decisions
