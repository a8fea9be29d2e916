"""Header, round 11: documents in formats other than the seeds' and the corpus' — web copies with a
page's furniture above the header (a summary with "Kính gửi", a metadata table, a caps banner),
Party symbols ("445-KL/TU"), joint bodies, a Quyết định's authority line in a short copy, OCR'd
markdown headings. Fragments written in the style of the real documents surveyed (web pages of
provincial portals and legal libraries, OCR output of scanned PDFs)."""

from __future__ import annotations

from vanban.loaders.header import _header_start, read_header, read_signer
from vanban.loaders.names import normalize_tones
from vanban.loaders.text import make_text

# A hospital's Thông báo as a web page prints it: the page's title and a summary with the
# addressee above the header (written in the style of a hospital's portal).
HOSPITAL_PAGE = """Tạm ngưng hoạt động của khoa Khám bệnh theo yêu cầu

Kính gửi: Quý Cơ quan, Doanh nghiệp và các Đối tác.

SỞ Y TẾ

THÀNH PHỐ HỒ CHÍ MINH

BỆNH VIỆN MẮT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập – Tự do – Hạnh phúc

Số:    672     /TB-BVM-TCCB

TP. Hồ Chí Minh,  ngày 30  tháng 11 năm 2017

THÔNG BÁO

V/v tạm ngưng hoạt động của khoa Khám bệnh theo yêu cầu

Căn cứ Quyết định số 6266/QĐ-SYT ngày 07/11/2016 của Sở Y tế Thành phố Hồ Chí Minh;
"""


def test_summary_with_kinh_gui_above_the_header_is_skipped():
    h = read_header(make_text(HOSPITAL_PAGE))
    assert (h.doc_type, h.number, h.symbol, h.date) == ("Thông báo", "672", "TB-BVM-TCCB", "2017-11-30")
    assert h.issuer_parent == "Sở Y tế thành phố Hồ Chí Minh"
    assert h.issuer.startswith("Bệnh viện")
    assert h.title == "V/v tạm ngưng hoạt động của khoa Khám bệnh theo yêu cầu"


# A legal library's page copied whole: its banner in capitals and a metadata table of 60 lines
# come before the header (written in the style of such pages).
META_ROWS = "".join(f"|\n**Trường {i}:**\n|\nĐang cập nhật\n|\n" for i in range(14))
LIBRARY_PAGE = (
    "|\n|\nBản dịch này thuộc quyền sở hữu của **\nTHƯ VIỆN PHÁP LUẬT**.\nX\n**\n"
    "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN\n**\nĐang tải văn bản...\n#\n**Số hiệu:**\n|\n471/QĐ-UBND\n"
    + META_ROWS
    + """|
**ỦY BAN NHÂN
DÂN**
**TỈNH BẮC NINH**
--------
|
**CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 471/QĐ-UBND
|
*Bắc Ninh, ngày 28 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
VỀ VIỆC PHÊ DUYỆT DANH MỤC ĐỊA ĐIỂM TỔ CHỨC HỘI CHỢ NĂM 2026
**ỦY BAN NHÂN DÂN TỈNH BẮC NINH**
*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;*
"""
)


def test_metadata_table_and_banner_above_the_header_are_skipped():
    text = make_text(LIBRARY_PAGE)
    assert text.lines[_header_start(text)].text == "|"  # the bar above "**ỦY BAN NHÂN"
    h = read_header(text)
    assert (h.doc_type, h.number, h.symbol, h.date, h.place) == ("Quyết định", "471", "QĐ-UBND", "2025-11-28", "Bắc Ninh")
    assert h.issuer == "Ủy ban nhân dân tỉnh Bắc Ninh"
    assert h.title == "VỀ VIỆC PHÊ DUYỆT DANH MỤC ĐỊA ĐIỂM TỔ CHỨC HỘI CHỢ NĂM 2026"


def test_header_at_the_top_starts_at_the_first_line():
    # The motto in the first lines, nothing above the issuer block that opens a body: unchanged.
    text = make_text("UBND TỈNH HÀ GIANG\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-SYT\n")
    assert _header_start(text) == 0
    # A left column extracted first (Số and V/v above the motto) is no furniture.
    text = make_text("UBND HUYỆN X\nPHÒNG GIÁO DỤC\nSố: 12/PGD\nV/v tuyển sinh\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n")
    assert _header_start(text) == 0


def test_old_tone_of_uy_is_not_moved_after_q():
    assert normalize_tones("Quý Cơ quan") == "Quý Cơ quan"
    assert normalize_tones("QUÝ KHÁCH") == "QUÝ KHÁCH"
    assert normalize_tones("Uỷ ban nhân dân") == "Ủy ban nhân dân"
    assert normalize_tones("Thanh Hoà") == "Thanh Hòa"
