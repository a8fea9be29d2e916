"""Robustness of Nơi nhận to PDF copies (round 5): the signature column, wrapped between the items
of the block, no longer ends it. Fragments of seeds 001, 002 and 004 as a PDF copy lays them out."""

from __future__ import annotations

from vanban.loaders.recipients import find_recipients
from vanban.loaders.records import Header
from vanban.loaders.text import make_text


def _names(closing: str) -> list[str]:
    text = make_text("KẾ HOẠCH\nTriển khai\nI. NỘI DUNG\n1. Tổ chức thực hiện./.\n" + closing)
    return [r.name for r in find_recipients(text, Header())]


def test_signature_title_between_items():
    # seed 001: the left and right columns wrapped into alternate lines, blank lines between.
    names = _names("Nơi nhận: \n \nKT. GIÁM ĐỐC \n \n- Đăng Website BV; \n \nPHÓ GIÁM ĐỐC \n \n- Lưu VT, TCHC. \n \nLù Văn Thắng \n")
    assert len(names) == 2
    assert names[1].startswith("Lưu")


def test_wrapped_signer_name_between_items():
    # seed 002: the signer's name broken over two lines among the items.
    names = _names(
        "***Nơi nhận:***                              **TM. ỦY BAN NHÂN DÂN \n\n"
        "- Sở Nội vụ tỉnh;                              CHỦ TỊCH** \n\n"
        "- Chủ tịch, PCT UBND huyện;                              **Dinh Chí \n\n"
        "Thành** \n\n"
        "- Ban Dân vận Huyện ủy; \n\n"
        "- Các cơ quan, đơn vị trên địa bàn huyện; \n\n"
        "- Lưu: VT, NV. \n"
    )
    # "Chủ tịch, PCT UBND huyện" names two.
    assert len(names) == 6
    assert any("Ban Dân vận Huyện ủy" in n for n in names)
    assert names[-1].startswith("Lưu")


def test_office_title_wrapped_between_items():
    # seed 004: "PHÓ GIÁM ĐỐC" wrapped as "PHÓ GIÁM" / "ĐỐC**".
    names = _names(
        "Nơi nhận:                              **KT. GIÁM ĐỐC \n\n"
        "- Ban Dân vận Tỉnh ủy; (để b/c)                              PHÓ GIÁM \n\n"
        "ĐỐC** \n\n"
        "- Sở Nội vụ;                              Trần Xuân Dâng \n\n"
        "- Lãnh đạo Sở; \n"
    )
    assert len(names) == 3


def test_block_still_ends_at_the_signature_when_no_item_follows():
    # seed 000: the signature block after the last item ends the block; a later paragraph of
    # prose is not read as an item.
    names = _names(
        "Nơi nhận:\n- UBND tỉnh (B/c);\n- Lưu VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHoàng Quốc Cứ\n"
        "PHỤ LỤC\nDanh sách các đơn vị tham gia thực hiện kế hoạch trong toàn ngành y tế năm 2022\n"
        "- Trung tâm Y tế huyện Bắc Mê;\n"
    )
    assert len(names) == 2
