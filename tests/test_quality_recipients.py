"""Recipient lines of the corpus (Nơi nhận of provincial UBND plans): lists under a head,
department codes, office-holders, standing committees, copy counts."""

import pytest

from vanban.loaders.recipients import find_recipients
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

THANH_HOA = Header(province="Thanh Hóa", issuer="Ủy ban nhân dân tỉnh Thanh Hóa")
CAN_THO = Header(province="Cần Thơ", issuer="Ủy ban nhân dân thành phố Cần Thơ")
HCM = Header(province="Hồ Chí Minh", issuer="Ủy ban nhân dân thành phố Hồ Chí Minh")
QUANG_NINH = Header(province="Quảng Ninh", issuer="Hội đồng nhân dân tỉnh Quảng Ninh")


def _names(line: str, header: Header) -> list[str]:
    return [r.name for r in find_recipients(make_text("Nơi nhận:\n" + line + "\n- Lưu: VT.\n"), header)][:-1]


@pytest.mark.parametrize(
    "line, header, names",
    [
        # Department codes under a list head: one recipient per department (corpus 015, 011, 030).
        ("- Các Sở: XD, TC, KH&CN, NN&MT;", THANH_HOA,
         ["Sở Xây dựng tỉnh Thanh Hóa", "Sở Tài chính tỉnh Thanh Hóa", "Sở Khoa học và Công nghệ tỉnh Thanh Hóa",
          "Sở Nông nghiệp và Môi trường tỉnh Thanh Hóa"]),
        ("- Sở: NN&MT, TC, VH,TT&DL, GD&ĐT, YT, Nội vụ;", CAN_THO,
         ["Sở Nông nghiệp và Môi trường thành phố Cần Thơ", "Sở Tài chính thành phố Cần Thơ",
          "Sở Văn hóa, Thể thao và Du lịch thành phố Cần Thơ", "Sở Giáo dục và Đào tạo thành phố Cần Thơ",
          "Sở Y tế thành phố Cần Thơ", "Sở Nội vụ thành phố Cần Thơ"]),
        ("- Các Sở: NNMT, TC, CT, KHCN;", THANH_HOA,
         ["Sở Nông nghiệp và Môi trường tỉnh Thanh Hóa", "Sở Tài chính tỉnh Thanh Hóa", "Sở Công Thương tỉnh Thanh Hóa",
          "Sở Khoa học và Công nghệ tỉnh Thanh Hóa"]),
        ("- Các sở: Nông nghiệp và Môi trường, Tài chính;", THANH_HOA,
         ["Sở Nông nghiệp và Môi trường tỉnh Thanh Hóa", "Sở Tài chính tỉnh Thanh Hóa"]),
        ("- Các bộ: Tài chính, Tư pháp;", QUANG_NINH, ["Bộ Tài chính", "Bộ Tư pháp"]),
        ("- Bộ NN&MT;", CAN_THO, ["Bộ Nông nghiệp và Môi trường"]),
        ("- VPCP, Bộ KH&CN (b/c);", THANH_HOA, ["Văn phòng Chính phủ", "Bộ Khoa học và Công nghệ"]),
        # A head naming the standing committee or the office of each item.
        ("- Thường trực: Tỉnh ủy, HĐND tỉnh (để b/c)", THANH_HOA,
         ["Thường trực Tỉnh ủy Thanh Hóa", "Thường trực Hội đồng nhân dân tỉnh Thanh Hóa"]),
        ("- VP: Tỉnh ủy, HĐND tỉnh, Đoàn ĐBQH tỉnh;", THANH_HOA,
         ["Văn phòng Tỉnh ủy Thanh Hóa", "Văn phòng Hội đồng nhân dân tỉnh Thanh Hóa",
          "Văn phòng Đoàn đại biểu Quốc hội tỉnh Thanh Hóa"]),
        # Office-holders after their body's code; copy counts dropped.
        ("- TTUB: CT, các PCT;", HCM, ["Chủ tịch Ủy ban nhân dân thành phố", "các Phó Chủ tịch Ủy ban nhân dân thành phố"]),
        ("- VPUB: CVP, các PCVP;", HCM,
         ["Chánh Văn phòng Ủy ban nhân dân thành phố", "các Phó Chánh Văn phòng Ủy ban nhân dân thành phố"]),
        ("- CT, PCT UBND TP (1A, 1G);", CAN_THO, ["Chủ tịch Ủy ban nhân dân thành phố", "Phó Chủ tịch Ủy ban nhân dân thành phố"]),
        ("- VPUBND TP (2C, 3C);", CAN_THO, ["Văn phòng Ủy ban nhân dân thành phố"]),
        ("- Chánh, các PCVP UBND tỉnh;", THANH_HOA,
         ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "các Phó Chánh Văn phòng Ủy ban nhân dân tỉnh"]),
        # Standing committees written as codes.
        ("- TT.TU, TT.HĐND tỉnh (b/c);", THANH_HOA, ["Thường trực Tỉnh ủy Thanh Hóa", "Thường trực Hội đồng nhân dân tỉnh Thanh Hóa"]),
        ("- TTr Tỉnh ủy, TTr HĐND tỉnh; (để báo cáo)", THANH_HOA,
         ["Thường trực Tỉnh ủy Thanh Hóa", "Thường trực Hội đồng nhân dân tỉnh Thanh Hóa"]),
        # An organ without its level takes the level of the last one.
        ("- Thường trực HĐND, UBND tỉnh;", THANH_HOA, ["Thường trực Hội đồng nhân dân tỉnh Thanh Hóa", "Ủy ban nhân dân tỉnh"]),
        # The city's own level word written with a capital.
        ("- Thường trực HĐND Thành phố;", HCM, ["Thường trực Hội đồng nhân dân thành phố Hồ Chí Minh"]),
        ("- Ủy ban MTTQVN Thành phố;", HCM, ["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hồ Chí Minh"]),
        # Generic plurals stay one entry.
        ("- Các phòng, đơn vị thuộc VPUBND tỉnh;", THANH_HOA, ["Các phòng, đơn vị thuộc Văn phòng Ủy ban nhân dân tỉnh"]),
        ("- UBND các xã, phường;", THANH_HOA, ["Ủy ban nhân dân các xã, phường"]),
    ],
)
def test_corpus_recipient_lines(line, header, names):
    assert _names(line, header) == names
