"""Nơi nhận, round 17: lines that list several bodies. Two organs sharing a list of places ("HĐND, UBND
các tỉnh, thành phố trực thuộc Trung ương": the places are shared, "thành phố trực thuộc Trung ương" is
no body), kinds of bodies after "Các" that are each a group of bodies ("Các bộ, cơ quan ngang bộ, cơ quan
thuộc Chính phủ", "Các tỉnh ủy, thành ủy"), named central bodies side by side ("Tòa án nhân dân tối cao,
Viện kiểm sát nhân dân tối cao"). Generic nouns stay one group ("Các sở, ban, ngành", "Các cơ quan, đơn
vị"), as seeds 000 and 002 keep "Các cơ quan, đơn vị trực thuộc". Fragments written in the style of the
Nơi nhận of a government decree and of the provincial plans in ../shared/corpus."""

from __future__ import annotations

from vanban.loaders.recipients import BODY_KINDS, PLURAL_LEVELS, _department_head, _split, find_recipients
from vanban.loaders.recipients import bodies_named
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

GOVERNMENT = Header(issuer="Chính phủ")
QUANG_NGAI = Header(issuer="Ủy ban nhân dân tỉnh Quảng Ngãi", province="Quảng Ngãi")
DONG_VAN = Header(issuer="Ủy ban nhân dân huyện Đồng Văn", province="Hà Giang", district="Đồng Văn")

DECREE_BLOCK = (
    "TM. CHÍNH PHỦ\nNơi nhận:\n"
    "- Ban Bí thư Trung ương Đảng;\n"
    "- Thủ tướng, các Phó Thủ tướng Chính phủ;\n"
    "- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;\n"
    "- HĐND, UBND các tỉnh, thành phố trực thuộc Trung ương;\n"
    "- Văn phòng Trung ương và các Ban của Đảng;\n"
    "- Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao;\n"
    "- Kiểm toán nhà nước, Ủy ban Giám sát tài chính Quốc gia;\n"
    "- Ngân hàng Chính sách xã hội, Ngân hàng Phát triển Việt Nam;\n"
    "- Lưu: VT, KGVX (2b).\n"
)


def _names(body: str, header: Header) -> list[str]:
    return [r.name for r in bodies_named(find_recipients(make_text(body), header)) if r.purpose != "lưu"]


def _line(item: str, header: Header) -> list[str]:
    return _names(f"Nơi nhận:\n- {item}\n- Lưu: VT.\n", header)


def test_a_decrees_block_one_entry_per_body():
    assert _names(DECREE_BLOCK, GOVERNMENT) == [
        "Ban Bí thư Trung ương Đảng",
        "Thủ tướng Chính phủ",
        "các Phó Thủ tướng Chính phủ",
        "Các bộ",
        "Các cơ quan ngang bộ",
        "Các cơ quan thuộc Chính phủ",
        "Hội đồng nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        "Văn phòng Trung ương",
        "Các Ban của Đảng",
        "Tòa án nhân dân tối cao",
        "Viện kiểm sát nhân dân tối cao",
        "Kiểm toán nhà nước",
        "Ủy ban Giám sát tài chính Quốc gia",
        "Ngân hàng Chính sách xã hội",
        "Ngân hàng Phát triển Việt Nam",
    ]


def test_organs_share_the_list_of_places_and_its_tie():
    for item in ("HĐND, UBND các tỉnh, thành phố trực thuộc TW;", "HĐND, UBND các tỉnh, TP trực thuộc TW;"):
        assert _line(item, GOVERNMENT) == [
            "Hội đồng nhân dân các tỉnh, thành phố trực thuộc Trung ương",
            "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        ]
    # One organ: one entry, the places kept whole (never "thành phố trực thuộc Trung ương" alone).
    assert _line("UBND các tỉnh, thành phố trực thuộc TW;", GOVERNMENT) == [
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
    ]
    # The provinces' boards and departments named by their fields take the places too.
    assert _line("Ban Dân tộc, Sở Kế hoạch và Đầu tư, Sở Tài chính các tỉnh, TP trực thuộc TW;", GOVERNMENT) == [
        "Ban Dân tộc các tỉnh, thành phố trực thuộc Trung ương",
        "Sở Kế hoạch và Đầu tư các tỉnh, thành phố trực thuộc Trung ương",
        "Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương",
    ]
    # A province's department before its districts' committees is the one department, not one per
    # district (departments share only a list of provinces).
    assert _line("Sở Y tế, UBND các huyện, thị xã, thành phố;", QUANG_NGAI) == [
        "Sở Y tế tỉnh Quảng Ngãi",
        "Ủy ban nhân dân các huyện, thị xã, thành phố",
    ]
    # A Party committee before the organs keeps its own name; the organs take the whole list, not its
    # last word (it gave "Hội đồng nhân dân thành phố", no body of this line).
    assert _line("Huyện ủy, HĐND, UBND các huyện, thị xã, thành phố;", QUANG_NGAI) == [
        "Huyện ủy",
        "Hội đồng nhân dân các huyện, thị xã, thành phố",
        "Ủy ban nhân dân các huyện, thị xã, thành phố",
    ]
    # Party committees paired with provinces and cities are left whole: precision first.
    assert _line("Tỉnh ủy, thành ủy các tỉnh, thành phố trực thuộc Trung ương;", GOVERNMENT) == [
        "Tỉnh ủy, thành ủy các tỉnh, thành phố trực thuộc Trung ương"
    ]


def test_plural_levels_forms():
    assert PLURAL_LEVELS.search("HĐND, UBND các tỉnh, thành phố trực thuộc Trung ương").group(0) == (
        " các tỉnh, thành phố trực thuộc Trung ương"
    )
    assert PLURAL_LEVELS.search("Sở Tài chính các tỉnh, TP trực thuộc TW") is not None
    assert PLURAL_LEVELS.search("Đảng ủy, UBND các xã, phường").group(0) == " các xã, phường"
    # A tie to another body is no shared place of this kind.
    assert PLURAL_LEVELS.search("Các huyện ủy, thị ủy trực thuộc Tỉnh ủy") is None


def test_department_heads():
    assert _department_head("Sở Kế hoạch và Đầu tư")
    assert _department_head("Ban Dân tộc")
    assert not _department_head("Ban Dân vận Tỉnh ủy")  # a body named whole
    assert not _department_head("Văn phòng Tỉnh ủy")
    assert not _department_head("Ban công tác MT thôn")
    assert not _department_head("Sở Y tế tỉnh")


def test_kinds_of_bodies_after_cac_are_each_a_group():
    assert _line("Các tỉnh ủy, thành ủy;", GOVERNMENT) == ["Các tỉnh ủy", "Các thành ủy"]
    assert _line("Các Bộ, cơ quan ngang Bộ, cơ quan thuộc CP;", GOVERNMENT) == [
        "Các Bộ",
        "Các cơ quan ngang Bộ",
        "Các cơ quan thuộc Chính phủ",
    ]
    assert _line("Các Huyện uỷ, Thị uỷ, Thành uỷ;", QUANG_NGAI) == ["Các Huyện ủy", "Các Thị ủy", "Các Thành ủy"]
    assert {"bộ", "cơ quan ngang bộ", "tỉnh ủy"} <= BODY_KINDS


def test_generic_collectives_stay_whole():
    for item, whole in (
        ("Các sở, ban, ngành;", "Các sở, ban, ngành"),
        ("Các cơ quan, đơn vị;", "Các cơ quan, đơn vị"),
        ("Các phòng, ban;", "Các phòng, ban"),
        ("Các Bộ, ngành Trung ương;", "Các Bộ, ngành Trung ương"),
        ("Các Sở, cơ quan thuộc UBND tỉnh;", "Các Sở, cơ quan thuộc Ủy ban nhân dân tỉnh"),
        ("Các cơ quan, đơn vị, doanh nghiệp;", "Các cơ quan, đơn vị, doanh nghiệp"),
        # A tie after the kinds: left whole rather than guessed.
        ("Các huyện ủy, thị ủy, thành ủy trực thuộc Tỉnh ủy;", "Các huyện ủy, thị ủy, thành ủy trực thuộc Tỉnh ủy Quảng Ngãi"),
    ):
        assert _line(item, QUANG_NGAI) == [whole], item
    # Seed 000's line, read by the same splitter.
    assert _split("Các cơ quan, đơn vị trực thuộc") == ["Các cơ quan, đơn vị trực thuộc"]


def test_standing_committee_goes_with_the_first_body_only():
    # "Thường trực" qualifies the body it stands before: corpus 051/055/057/061/062/064 write "Thường
    # trực HĐND, UBND xã" (a people's committee has no standing committee), and a plan that means both
    # standing committees writes it twice ("TT Tỉnh ủy, TT HĐND tỉnh", corpus 001/016/023/035) or as a
    # list head ("Thường trực: Tỉnh ủy, HĐND tỉnh", corpus 018).
    assert _line("Thường trực Tỉnh ủy, HĐND tỉnh;", QUANG_NGAI) == [
        "Thường trực Tỉnh ủy Quảng Ngãi",
        "Hội đồng nhân dân tỉnh Quảng Ngãi",
    ]
    assert _line("TT HĐND, UBND huyện;", DONG_VAN) == [
        "Thường trực Hội đồng nhân dân huyện Đồng Văn",
        "Ủy ban nhân dân huyện",  # the issuer itself: the text's wording
    ]
    assert _line("Thường trực: Tỉnh ủy, HĐND tỉnh;", QUANG_NGAI) == [
        "Thường trực Tỉnh ủy Quảng Ngãi",
        "Thường trực Hội đồng nhân dân tỉnh Quảng Ngãi",
    ]


def test_provincial_courts_and_treasury_side_by_side():
    assert _line("Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh;", QUANG_NGAI) == [
        "Tòa án nhân dân tỉnh Quảng Ngãi",
        "Viện Kiểm sát nhân dân tỉnh Quảng Ngãi",
    ]
    assert _line("Ngân hàng Nhà nước chi nhánh tỉnh, Kho bạc Nhà nước tỉnh;", QUANG_NGAI) == [
        "Ngân hàng Nhà nước chi nhánh tỉnh Quảng Ngãi",
        "Kho bạc Nhà nước tỉnh Quảng Ngãi",
    ]


def test_addressees_listed_after_kinh_gui_split_the_same_way():
    body = (
        "BỘ Y TẾ\nSố: 100/BYT-KCB\nV/v phòng, chống dịch\n"
        "Kính gửi: - Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;\n"
        "- HĐND, UBND các tỉnh, thành phố trực thuộc Trung ương.\n"
        "Bộ Y tế đề nghị …\nNơi nhận:\n- Như trên;\n- Lưu: VT, KCB.\n"
    )
    assert _names(body, Header(issuer="Bộ Y tế")) == [
        "Các Bộ",
        "Các cơ quan ngang Bộ",
        "Các cơ quan thuộc Chính phủ",
        "Hội đồng nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
    ]


def test_organs_joined_by_va_share_the_places():
    assert _line("HĐND và UBND các tỉnh, thành phố trực thuộc Trung ương;", GOVERNMENT) == [
        "Hội đồng nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
    ]
    # The office of both is one body (corpus 057's "Văn phòng HĐND, UBND xã"), and a department's name
    # keeps its "và".
    assert _line("Văn phòng HĐND và UBND các xã, phường;", QUANG_NGAI) == [
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân các xã, phường"
    ]
    assert _line("Sở Văn hóa và Thể thao các tỉnh, thành phố trực thuộc Trung ương;", GOVERNMENT) == [
        "Sở Văn hóa và Thể thao các tỉnh, thành phố trực thuộc Trung ương"
    ]


def test_the_provinces_press_and_broadcaster_before_a_group():
    # Corpus 025 (Bắc Ninh): the merged press and broadcaster, whose name holds a comma, then the press
    # agencies of the province, a group of its own.
    header = Header(issuer="Ủy ban nhân dân tỉnh Bắc Ninh", province="Bắc Ninh")
    assert _line("Báo và Phát thanh, Truyền hình tỉnh, các cơ quan báo chí đóng trên địa bàn tỉnh;", header) == [
        "Báo và Phát thanh, Truyền hình tỉnh Bắc Ninh",
        "Các cơ quan báo chí đóng trên địa bàn tỉnh Bắc Ninh",
    ]
    assert _line("Báo và Phát thanh, Truyền hình tỉnh;", header) == ["Báo và Phát thanh, Truyền hình tỉnh Bắc Ninh"]
