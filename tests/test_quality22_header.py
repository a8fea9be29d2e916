"""Header fields, round 22.

1. A Party document whose header names the electing body ("BAN CHẤP HÀNH TRUNG ƯƠNG", "HUYỆN ỦY TUẦN GIÁO") but
   which is signed for another ("T/M BỘ CHÍNH TRỊ", "T/M BAN BÍ THƯ", "T/M BAN THƯỜNG VỤ") is that body's, as
   other documents cite it ("Kết luận số 212-KL/TW … của Bộ Chính trị"); the header's body is its parent
   (realdocs 265ff514, Kết luận 221-KL/TW; ca9ba61f, Quy định 384-QĐ/TW).
"""

from vanban.loaders.header import read_header
from vanban.loaders.signed_bodies import signed_body
from vanban.loaders.text import make_text
from tests.citation_reading import record

# realdocs 265ff514 (Kết luận 221-KL/TW), its header and its signature, as the web library's page gives them.
_CONCLUSION = (
    "**BAN\nCHẤP HÀNH TRUNG ƯƠNG**\n*\n|\n**ĐẢNG\nCỘNG SẢN VIỆT NAM**\n---------------\n|\n|\nSố 221-KL/TW\n|\n"
    "*Hà Nội, ngày 28\ntháng 11 năm 2025*\n|\n**KẾT LUẬN**\nCỦA BỘ CHÍNH TRỊ,\nBAN BÍ THƯ\nVỀ TÌNH HÌNH, KẾT\n"
    "QUẢ HOẠT ĐỘNG CỦA BỘ MÁY HỆ THỐNG CHÍNH TRỊ VÀ CHÍNH QUYỀN ĐỊA PHƯƠNG 2 CẤP\n-----\nTại phiên họp ngày "
    "28/11/2025, sau\nkhi nghe Báo cáo của Ban Tổ chức Trung ương về tình hình, kết quả hoạt động của\nbộ máy hệ "
    "thống chính trị và chính quyền địa phương 2 cấp tháng 11/2025, Bộ Chính trị, Ban Bí thư kết luận như\nsau:\n"
    "{body}"
    "Nơi nhận:\n- Các tỉnh uỷ, thành uỷ, đảng uỷ\ntrực thuộc Trung ương,\n- Các đồng chí Ủy viên\n"
    "Ban Chấp hành Trung ương Đảng,\n- Lưu Văn phòng Trung ương Đảng.\n|\n**{authority}**\nTrần Cẩm Tú\n|\n"
)
_CONCLUSION_BODY = "**1.** Bộ Chính trị, Ban Bí thư ghi nhận kết quả đạt được.\n"

# realdocs ca9ba61f (Quy định 384-QĐ/TW), its header and its signature.
_RULES = (
    "**BAN CHẤP HÀNH\nTRUNG ƯƠNG**\n*\n|\n**ĐẢNG CỘNG SẢN\nVIỆT NAM**\n---------------\n|\n|\nSố 384-QĐ/TW\n|\n"
    "*Hà Nội, ngày 19\ntháng 11 năm 2025*\n|\n\n* *\n\n**QUY ĐỊNH**\n\nVỀ\nKẾT NỐI, CHIA SẺ DỮ LIỆU GIỮA CÁC CƠ QUAN "
    "ĐẢNG VỚI CÁC CƠ QUAN, TỔ CHỨC KHÁC\nTRONG HỆ THỐNG CHÍNH TRỊ\n\n-----\n\n- Căn cứ Điều lệ Đảng;\n\n"
    "Nơi nhận:\n- Các cơ quan đảng ở Trung ương,\n- Các tỉnh ủy, thành ủy,\n- Lưu Văn phòng Trung ương Đảng.\n|\n"
    "**T/M BAN BÍ THƯ**\nTrần Cẩm Tú\n|\n"
)

# A district party committee's plan (tests/test_quality9_header.py), a table header and signature.
_DISTRICT_PLAN = """| HUYỆN ỦY TUẦN GIÁO ***** | ĐẢNG CỘNG SẢN VIỆT NAM --------------- |
|---|---|
| Số 45-KH/HU | *Tuần Giáo, ngày 10 tháng 3 năm 2023* |

**KẾ HOẠCH**

**thực hiện Nghị quyết số 21-NQ/TW của Hội nghị Trung ương 5 khóa XIII**

Thực hiện Kế hoạch số 12-KH/TU ngày 01/3/2023 của Ban Thường vụ Tỉnh ủy Điện Biên.

I. MỤC ĐÍCH

| **Nơi nhận:** - Ban Tổ chức Tỉnh ủy (b/c), - Các đồng chí Huyện ủy viên, - Lưu Văn phòng Huyện ủy. | **{authority} PHÓ BÍ THƯ** **Lò Văn Muôn** |
|---|---|
"""


def test_a_conclusion_signed_for_the_politburo_is_the_politburo_s():
    d = record(_CONCLUSION.format(body=_CONCLUSION_BODY, authority="T/M BỘ CHÍNH\nTRỊ")).document
    assert (d.doc_type, d.number, d.symbol, d.date) == ("Kết luận", "221", "KL/TW", "2025-11-28")
    assert (d.issuer, d.issuer_parent) == ("Bộ Chính trị", "Ban Chấp hành Trung ương Đảng")
    assert d.signer.authority == "TM. Bộ Chính trị"


def test_rules_signed_for_the_secretariat_are_the_secretariat_s():
    d = record(_RULES).document
    assert (d.doc_type, d.number, d.symbol) == ("Quy định", "384", "QĐ/TW")
    assert (d.issuer, d.issuer_parent) == ("Ban Bí thư Trung ương Đảng", "Ban Chấp hành Trung ương Đảng")


def test_a_document_signed_for_the_header_s_own_body_keeps_it():
    # "T/M BAN CHẤP HÀNH TRUNG ƯƠNG" (a plenum's Nghị quyết): the Central Committee's own, no parent.
    d = record(_CONCLUSION.format(body=_CONCLUSION_BODY, authority="T/M BAN CHẤP HÀNH TRUNG ƯƠNG")).document
    assert (d.issuer, d.issuer_parent) == ("Ban Chấp hành Trung ương Đảng", None)


def test_a_district_committee_s_plan_signed_for_its_standing_board():
    h = read_header(make_text(_DISTRICT_PLAN.format(authority="T/M BAN THƯỜNG VỤ")))
    assert (h.issuer, h.issuer_parent) == ("Ban Thường vụ Huyện ủy Tuần Giáo", "Huyện ủy Tuần Giáo")
    # Signed for the committee itself: its own.
    h = read_header(make_text(_DISTRICT_PLAN.format(authority="T/M HUYỆN ỦY")))
    assert (h.issuer, h.issuer_parent) == ("Huyện ủy Tuần Giáo", None)


def test_signed_body_of_a_party_organisation_and_of_other_bodies():
    # "ĐẢNG BỘ TỈNH HÀ GIANG" alone above the number: its committee is the Tỉnh ủy, whose board signs.
    assert signed_body("Đảng bộ tỉnh Hà Giang", "TM. Ban Thường vụ") == ("Ban Thường vụ Tỉnh ủy Hà Giang", "Tỉnh ủy Hà Giang")
    assert signed_body("Thành ủy Hà Nội", "TM. Ban Thường vụ Thành ủy") == ("Ban Thường vụ Thành ủy Hà Nội", "Thành ủy Hà Nội")
    # Another committee's board, a people's committee signed for, a deputy's signature: no change.
    assert signed_body("Tỉnh ủy Hà Giang", "TM. Ban Thường vụ Huyện ủy") is None
    assert signed_body("Ủy ban nhân dân tỉnh Hà Giang", "TM. Ủy ban nhân dân") is None
    assert signed_body("Ban Chấp hành Trung ương Đảng", "KT. Chánh Văn phòng") is None
    assert signed_body("Ban Chấp hành Trung ương Đảng", "TM. Ban Chấp hành Trung ương") is None
