"""Names of laws cited without a number, on real fragments of the corpus."""

import pytest

from vanban.loaders.citations import find_citations
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

HEADER = Header(province="Cần Thơ")


def _laws(fragment: str) -> list[str]:
    return [c.surface for c in find_citations(make_text(fragment), HEADER) if c.doc_type == "Luật"]


@pytest.mark.parametrize(
    "fragment, surface",
    [
        # A comma inside the name (corpus 047, 009, 021).
        ("được quy định tại khoản 1 Điều 4 Luật Quản lý, sử dụng tài sản công: Cơ quan nhà nước, đơn vị",
         "Luật Quản lý, sử dụng tài sản công"),
        ("Mức thưởng thực hiện theo quy định của Luật Thi đua, khen thưởng; b) Kinh phí khen thưởng",
         "Luật Thi đua, khen thưởng"),
        ("trong tình hình mới; Luật Thi đua, khen thưởng ngày 15/6/2022 và các văn bản hướng dẫn thi hành",
         "Luật Thi đua, khen thưởng ngày 15/6/2022"),
        ("theo quy định của Luật Phòng, chống ma túy; trên 70% xã, phường có người nghiện",
         "Luật Phòng, chống ma túy"),
        # A long name read to its end, before "các cấp nhiệm kỳ …" (corpus 056).
        ("theo quy định của Luật bầu cử đại biểu Quốc hội và Hội đồng nhân dân các cấp nhiệm kỳ 2026 -2031. - Nâng cao",
         "Luật bầu cử đại biểu Quốc hội và Hội đồng nhân dân"),
        # Two laws in a row stay two.
        ("Luật Ngân sách nhà nước, Luật Đầu tư công và pháp luật có liên quan.", "Luật Ngân sách nhà nước"),
    ],
)
def test_law_name_extent(fragment, surface):
    assert _laws(fragment)[0] == surface


def test_law_written_with_and_without_its_comma_is_one_entry():
    # Corpus 009: "Luật Thi đua, khen thưởng" then "Luật Thi đua khen thưởng".
    fragment = (
        "Mức thưởng thực hiện theo quy định của Luật Thi đua, khen thưởng; b) Kinh phí khen thưởng thực hiện "
        "theo quy định phân cấp về quản lý tài chính của Luật Thi đua khen thưởng và Luật Ngân sách Nhà nước."
    )
    assert _laws(fragment) == ["Luật Thi đua, khen thưởng", "Luật Ngân sách Nhà nước"]


def test_two_laws_in_a_row():
    assert _laws("Luật Ngân sách nhà nước, Luật Đầu tư công và pháp luật có liên quan.") == [
        "Luật Ngân sách nhà nước",
        "Luật Đầu tư công",
    ]
