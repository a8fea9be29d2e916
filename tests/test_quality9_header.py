"""Header, round 9: a Quyết định's authority line under its title (and title lines that only look
like one), a Công văn's trích yếu over plain lines, a signer's name broken after the family name,
and the position "Chánh Văn phòng". Fragments quoted from the corpus (file named in each test) or
written in the same style."""

from __future__ import annotations

from vanban.loaders.header import read_header
from vanban.loaders.text import make_text

# corpus 027 (KH 980/KH-UBND Nghệ An), the header as written.
HEADER_027 = """|
**ỦY BAN NHÂN DÂN**
TỈNH NGHỆ AN
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 980/KH-UBND
|
*Nghệ An, ngày 18
tháng 11 năm 2025*
|
**KẾ HOẠCH**
THỰC
HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ BAN HÀNH
KẾ HOẠCH TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT
PHÒNG THỦ DÂN SỰ
Thực hiện Quyết định số 1899/QĐ-TTg ngày 04/9/2025
"""

# corpus 047 (QĐ 1627/QĐ-UBND Quảng Ngãi): the authority opens with the office that decides.
HEADER_047 = """|
**ỦY BAN NHÂN DÂN**
TỈNH QUẢNG NGÃI
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 1627/QĐ-UBND
|
*Quảng Ngãi, ngày
21 tháng 11 năm 2025*
|
** **
**QUYẾT ĐỊNH**
VỀ VIỆC BAN HÀNH KẾ HOẠCH KIỂM KÊ TÀI SẢN CÔNG TẠI CƠ QUAN, TỔ
CHỨC, ĐƠN VỊ, TÀI SẢN KẾT CẤU HẠ TẦNG DO NHÀ NƯỚC ĐẦU TƯ, QUẢN LÝ THUỘC PHẠM VI
QUẢN LÝ CỦA TỈNH QUẢNG NGÃI THỜI ĐIỂM 0H00 NGÀY 01 THÁNG 01 NĂM 2026
**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI**
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
"""


def test_title_line_opening_with_a_body_word_is_not_an_authority():
    h = read_header(make_text(HEADER_027))
    assert h.title.endswith("MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ DÂN SỰ")
    assert h.issuer == "Ủy ban nhân dân tỉnh Nghệ An"


def test_title_line_phong_chong_under_an_issuer_block():
    h = read_header(make_text(
        "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố: 182/KH-UBND\nĐồng Nai, ngày 20 tháng 11 năm 2025\n"
        "KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA\n"
        "PHÒNG, CHỐNG MA TÚY ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI\nThực hiện Nghị quyết số 163/2024/QH15;\n"
    ))
    assert h.title == (
        "TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA PHÒNG, CHỐNG MA TÚY ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI"
    )


def test_authority_line_opening_with_an_office_ends_a_caps_title():
    h = read_header(make_text(HEADER_047))
    assert h.title.endswith("THỜI ĐIỂM 0H00 NGÀY 01 THÁNG 01 NĂM 2026")
    assert "CHỦ TỊCH" not in h.title
    assert h.issuer == "Ủy ban nhân dân tỉnh Quảng Ngãi"


def test_authority_line_opening_with_an_office_ends_a_lower_case_title():
    h = read_header(make_text(
        "ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG LÁT\nSố: 1234/QĐ-UBND\nMường Lát, ngày 15 tháng 5 năm 2023\n"
        "QUYẾT ĐỊNH\nVề việc thành lập Ban Chỉ đạo phòng, chống dịch bệnh\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MƯỜNG LÁT\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
    ))
    assert h.title == "Về việc thành lập Ban Chỉ đạo phòng, chống dịch bệnh"


def test_authority_line_without_an_issuer_block_still_names_the_issuer():
    # corpus 077-080: a Nghị quyết whose header table was lost; the authority line names the council.
    h = read_header(make_text(
        '<jsontable name="bang_0"> </jsontable>\nNGHỊ QUYẾT\nVỀ CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN TẠI KỲ HỌP THỨ NĂM\n'
        "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG\nKHÓA XVII - KỲ HỌP THỨ NĂM\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
    ))
    assert h.title == "VỀ CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN TẠI KỲ HỌP THỨ NĂM"
    assert h.issuer == "Hội đồng nhân dân tỉnh Hà Giang"


def test_plain_subject_goes_on_over_lower_case_lines():
    h = read_header(make_text(
        "UBND TỈNH NINH BÌNH\nSỞ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 1520/SNV-TCBC\nV/v báo cáo số lượng cán bộ, công chức\ncấp xã năm 2025\n"
        "Ninh Bình, ngày 20 tháng 11 năm 2025\nKính gửi: Các sở, ban, ngành tỉnh.\n"
    ))
    assert h.title == "V/v báo cáo số lượng cán bộ, công chức cấp xã năm 2025"
    assert h.date == "2025-11-20"


def test_plain_subject_stops_at_a_capitalised_line():
    h = read_header(make_text(
        "UBND TỈNH NINH BÌNH\nSỞ NỘI VỤ\nSố: 1520/SNV-TCBC\nV/v báo cáo số lượng cán bộ\n"
        "Thực hiện chỉ đạo của UBND tỉnh, Sở Nội vụ đề nghị.\n"
    ))
    assert h.title == "V/v báo cáo số lượng cán bộ"


def test_italic_subject_of_corpus_043_is_unchanged():
    h = read_header(make_text(
        "|\n**ỦY\nBAN NHÂN DÂN **\nTHÀNH PHỐ HỒ CHÍ MINH\n--------\n|\n|\nSố: 4085/UBND-ĐT\n*V/v rà soát và\n"
        "chuẩn hóa dữ liệu số nhà sau sắp xếp, gắn liền với dữ liệu đất đai, tọa độ\n"
        "thửa đất, tuyến đường, mã bưu chính*\n|\n*Thành\nphố Hồ Chí Minh, ngày 25 tháng 11 năm 2025*\n|\n|\n**Kính gửi:**\n"
    ))
    assert h.title == (
        "V/v rà soát và chuẩn hóa dữ liệu số nhà sau sắp xếp, gắn liền với dữ liệu đất đai, tọa độ "
        "thửa đất, tuyến đường, mã bưu chính"
    )


# corpus 043: the signer's name is broken after the family name.
CLOSING_043 = """*Nơi nhận:*
- Như trên;
- TTUB: CT, các PCT;
- Lưu: VT, (ĐT/VMN).
|
**KT. CHỦ TỊCH**
PHÓ CHỦ TỊCH
**Bùi
Xuân Cường**
"""


def test_signer_name_broken_after_the_family_name():
    h = read_header(make_text("KẾ HOẠCH\nTriển khai\nI. NỘI DUNG\n1. Tổ chức.\n" + CLOSING_043))
    assert h.signer.name == "Bùi Xuân Cường"
    assert h.signer.position == "Phó Chủ tịch"


def test_signer_name_on_one_line_is_unchanged():
    h = read_header(make_text("KẾ HOẠCH\nTriển khai\nI. NỘI DUNG\n1. Tổ chức.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHà Văn Sơn\nPHỤ LỤC\n"))
    assert h.signer.name == "Hà Văn Sơn"


def test_position_chanh_van_phong():
    h = read_header(make_text(
        "KẾ HOẠCH\nTriển khai\nI. NỘI DUNG\n1. Tổ chức.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nNguyễn Thị Lan\n"
    ))
    assert (h.signer.authority, h.signer.position, h.signer.name) == ("TL. Chủ tịch", "Chánh Văn phòng", "Nguyễn Thị Lan")


# An OCR copy of a commune's Công văn (2010): "TM." glued to the body, a garbled name under the position.
CLOSING_OCR = """**Nơi nhận:**

- - UBND/huyện;
- - Lưu.

**TM.UBND XÃ ĐỨC TÂN  
CHỦ TỊCH**

**TRƯỞNG HIỆN ĐOÀN**
"""


def test_authority_mark_glued_to_its_body_and_an_office_is_not_a_name():
    h = read_header(make_text("CÔNG VĂN\nVề chế độ trợ cấp\n1. Nội dung.\n" + CLOSING_OCR))
    assert h.signer.authority == "TM. Ủy ban nhân dân xã Đức Tân"
    assert h.signer.position == "Chủ tịch"
    assert h.signer.name is None  # "TRƯỞNG …" reads as an office, not as a person


# An OCR copy of a Sở's Quyết định (2010): "XÃ HỘI" is society, not a commune; the authority
# line "GIÁM ĐỐC SỞ …" ends the title.
HEADER_SO_LDTBXH = """UBND TỈNH LONG AN  
SỞ LAO ĐỘNG - THƯƠNG BINH  
VÀ XÃ HỘI

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
Độc lập - Tự do - Hạnh phúc

Số: 58 /QĐ-SLDTBXH

Tân An, ngày 25 tháng 5 năm 2010

**QUYẾT ĐỊNH**

**Về việc trợ cấp ưu đãi Anh hùng lực lượng vũ trang nhân dân**

**GIÁM ĐỐC SỞ LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI**

Căn cứ Nghị định số 54/2006/NĐ-CP ngày 26 tháng 5 năm 2006 của Chính phủ;
"""


def test_xa_hoi_in_a_department_name_is_not_the_commune_level():
    h = read_header(make_text(HEADER_SO_LDTBXH))
    assert h.issuer == "Sở Lao động - Thương binh và Xã hội tỉnh Long An"
    assert h.issuer_parent == "Ủy ban nhân dân tỉnh Long An"
    assert h.title == "Về việc trợ cấp ưu đãi Anh hùng lực lượng vũ trang nhân dân"
    assert (h.number, h.symbol, h.date) == ("58", "QĐ-SLDTBXH", "2010-05-25")


def test_ampersand_code_in_an_issuer_block_keeps_its_capitals():
    h = read_header(make_text(
        "**UBND HUYỆN TÂN TRỤ  \nPHÒNG LAO ĐỘNG- TB&XH**\n\nSố: 423/LĐ-TB&XH\n\nTân Trụ, ngày 17 tháng 5 năm 2010\n\n"
        "V/v giải quyết chế độ tư đãi  \nđối với Anh hùng LLVT nhân dân\n\n**Kính gửi:** Sở Lao động TBXH tỉnh Long An\n"
    ))
    assert h.issuer == "Phòng Lao động- TB&XH huyện Tân Trụ"
    assert h.title == "V/v giải quyết chế độ tư đãi đối với Anh hùng LLVT nhân dân"


# A Party document (HD 05-HD/VPTW form): "Số" without a colon, its number left blank before the
# dash, the motto "ĐẢNG CỘNG SẢN VIỆT NAM", and "T/L" for thừa lệnh.
HEADER_DANG_UY = """ĐẢNG BỘ HUYỆN ĐỨC THỌ
ĐẢNG ỦY XÃ TÙNG ẢNH
*
Số      -NQ/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tùng Ảnh, ngày      tháng 12 năm 2024
NGHỊ QUYẾT
về lãnh đạo thực hiện nhiệm vụ năm 2025
Căn cứ Điều lệ Đảng;
I. ĐÁNH GIÁ
"""


def test_party_document_blank_number_keeps_its_symbol():
    h = read_header(make_text(HEADER_DANG_UY))
    assert (h.doc_type, h.number, h.symbol, h.date) == ("Nghị quyết", None, "NQ/ĐU", "2024")
    assert (h.issuer, h.issuer_parent) == ("Đảng ủy xã Tùng Ảnh", "Đảng bộ huyện Đức Thọ")


def test_dash_without_number_or_slash_is_no_symbol():
    h = read_header(make_text("SỞ Y TẾ\nSố: - KH\nKẾ HOẠCH\nTriển khai\nI. MỤC ĐÍCH\n"))
    assert h.symbol is None


def test_party_thua_lenh_mark():
    h = read_header(make_text(
        "TỈNH ỦY HÀ TĨNH\n*\nSố 456-CV/TU\nV/v triển khai nhiệm vụ quý III\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Hà Tĩnh, ngày 05 tháng 7 năm 2025\nKính gửi: Các huyện ủy.\nNội dung.\n"
        "Nơi nhận:\n- Như trên,\n- Lưu Văn phòng Tỉnh ủy.\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nTrần Văn Hòa\n"
    ))
    assert (h.number, h.symbol, h.title) == ("456", "CV/TU", "V/v triển khai nhiệm vụ quý III")
    assert (h.signer.authority, h.signer.position, h.signer.name) == ("TL. Ban Thường vụ", "Chánh Văn phòng", "Trần Văn Hòa")


# An OCR copy of a Sở's Công văn (2010): the two header columns merged on each line without a
# gap, the date before the subject, the subject's second line capitalised.
HEADER_MERGED = """UBND TỈNH LONG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
SỞ LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI Độc lập - Tự do - Hạnh phúc

Số : 650/TCV-SLĐTBXH

Tân An, ngày 27 tháng 04 năm 2010

Về việc giải quyết chế độ cho thân nhân  
Anh hùng Lực lượng vũ trang

Kính gửi : Phòng Lao động Thương binh và Xã hội  
huyện, thành phố

Thi hành Quyết định số 212/QĐ-CTN ngày 23/2/2010 của Chủ tịch nước.
"""


def test_body_beside_the_motto_without_a_gap_is_the_issuer():
    h = read_header(make_text(HEADER_MERGED))
    # (round 10: the field written without its dash takes the official name's.)
    assert h.issuer == "Sở Lao động - Thương binh và Xã hội tỉnh Long An"
    assert h.issuer_parent == "Ủy ban nhân dân tỉnh Long An"
    assert (h.number, h.symbol, h.date) == ("650", "TCV-SLĐTBXH", "2010-04-27")


def test_capitalised_last_line_of_a_subject_before_kinh_gui():
    h = read_header(make_text(HEADER_MERGED))
    assert h.title == "Về việc giải quyết chế độ cho thân nhân Anh hùng Lực lượng vũ trang"


def test_capitalised_line_before_the_date_is_the_place_not_the_subject():
    h = read_header(make_text(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 4240/UBND-VX\nV/v khẩn trương hoàn thành cập nhật dữ liệu\n"
        "Thành phố Hồ Chí\nMinh, ngày 28 tháng 11 năm 2025\nKính gửi: Các sở, ban, ngành.\n"
    ))
    assert h.title == "V/v khẩn trương hoàn thành cập nhật dữ liệu"
    assert h.date == "2025-11-28"


# A web copy whose header and signature are each one row of a markdown table, every cell's lines
# joined with spaces (the thuvienphapluat layout).
TABLE_CV = """| **UBND TỈNH KON TUM** **SỞ Y TẾ** -------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập - Tự do - Hạnh phúc** --------------- |
|---|---|
| Số: 1234/SYT-NVY V/v tăng cường công tác phòng, chống dịch sốt xuất huyết | *Kon Tum, ngày 12 tháng 6 năm 2024* |

Kính gửi:

- Các bệnh viện trực thuộc;
- Trung tâm Y tế các huyện, thành phố.

Thực hiện Công văn số 345/BYT-DP ngày 01/6/2024 của Bộ Y tế, Sở Y tế đề nghị.

| ***Nơi nhận:*** - Như trên; - UBND tỉnh (b/c); - Giám đốc Sở; - Lưu: VT, NVY. | **KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC** **Nguyễn Văn Hòa** |
|---|---|
"""

TABLE_PARTY = """| HUYỆN ỦY TUẦN GIÁO ***** | ĐẢNG CỘNG SẢN VIỆT NAM --------------- |
|---|---|
| Số 45-KH/HU | *Tuần Giáo, ngày 10 tháng 3 năm 2023* |

**KẾ HOẠCH**

**thực hiện Nghị quyết số 21-NQ/TW của Hội nghị Trung ương 5 khóa XIII**

Thực hiện Kế hoạch số 12-KH/TU ngày 01/3/2023 của Ban Thường vụ Tỉnh ủy Điện Biên.

I. MỤC ĐÍCH

| **Nơi nhận:** - Ban Tổ chức Tỉnh ủy (b/c), - Các đồng chí Huyện ủy viên, - Lưu Văn phòng Huyện ủy. | **T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ** **Lò Văn Muôn** |
|---|---|
"""


def test_subject_in_the_cell_of_the_so_line():
    h = read_header(make_text(TABLE_CV))
    assert (h.number, h.symbol) == ("1234", "SYT-NVY")
    assert h.title == "V/v tăng cường công tác phòng, chống dịch sốt xuất huyết"


def test_signature_lines_joined_in_one_cell():
    h = read_header(make_text(TABLE_CV))
    assert (h.signer.authority, h.signer.position, h.signer.name) == ("KT. Giám đốc", "Phó Giám đốc", "Nguyễn Văn Hòa")
    h = read_header(make_text(TABLE_PARTY))
    assert (h.signer.authority, h.signer.position, h.signer.name) == ("TM. Ban Thường vụ", "Phó Bí thư", "Lò Văn Muôn")


def test_party_motto_beside_the_issuer_is_not_part_of_it():
    h = read_header(make_text(TABLE_PARTY))
    # Signed "T/M BAN THƯỜNG VỤ": its standing board's, under the committee (the lead's ruling, round 22).
    assert (h.issuer, h.issuer_parent) == ("Ban Thường vụ Huyện ủy Tuần Giáo", "Huyện ủy Tuần Giáo")
    assert (h.number, h.symbol, h.date) == ("45", "KH/HU", "2023-03-10")


def test_presidium_is_not_cut_from_its_authority():
    h = read_header(make_text("THÔNG BÁO\nKết quả\n1. Nội dung.\nTM. ĐOÀN CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thị Hoa\n"))
    assert h.signer.authority.lower() == "tm. đoàn chủ tịch"  # not "TM. Đoàn" with the position "Chủ tịch"
    assert h.signer.position == "Phó Chủ tịch"


def test_titles_before_a_signers_name_are_dropped():
    # A hospital's and a military command's signatures, as they are commonly written.
    for written, name in [
        ("BSCKII. Nguyễn Văn An", "Nguyễn Văn An"),
        ("PGS.TS. Lê Văn Bình", "Lê Văn Bình"),
        ("ThS. BS. Hoàng Thị Em", "Hoàng Thị Em"),
        ("Đại tá Trần Văn Cường", "Trần Văn Cường"),
        ("Hoàng Quốc Cứ", "Hoàng Quốc Cứ"),
    ]:
        h = read_header(make_text("KẾ HOẠCH\nTriển khai\nI. NỘI DUNG\nNơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\n" + written + "\n"))
        assert h.signer.name == name
