"""Headers of documents a copy printed on one line (a data export, a viewer's text), round 21: the Government's
name repeated under a decree's title ("NGHỊ ĐỊNH Về công tác văn thư CHÍNH PHỦ Căn cứ …", Nghị định 30/2020/NĐ-CP),
a council's name after a title that ends with a year and its term on the same line (corpus 078's lines), and the
signature after the Nơi nhận block on that line. The fragments are those documents' lines run together."""

from vanban.loaders.header import MERGED_TERM, _flat_signature
from tests.citation_reading import record

# Nghị định 30/2020/NĐ-CP, its header, preamble and closing on one line.
_DECREE = (
    "CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 30/2020/NĐ-CP Hà Nội, ngày 05 "
    "tháng 3 năm 2020 NGHỊ ĐỊNH Về công tác văn thư CHÍNH PHỦ Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm "
    "2015; Theo đề nghị của Bộ trưởng Bộ Nội vụ; Chính phủ ban hành Nghị định về công tác văn thư. Chương I QUY ĐỊNH "
    "CHUNG Điều 1. Phạm vi điều chỉnh Nơi nhận: - Ban Bí thư Trung ương Đảng; - Thủ tướng, các Phó Thủ tướng Chính "
    "phủ; - Lưu: VT, TCCV (2b). TM. CHÍNH PHỦ THỦ TƯỚNG Nguyễn Xuân Phúc\n"
)

# corpus 078 (a resolution of the Hà Giang council), its lines on one line under a header.
_RESOLUTION = (
    "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 94/NQ-HĐND "
    "Hà Giang, ngày 14 tháng 7 năm 2017 NGHỊ QUYẾT BAN HÀNH CHƯƠNG TRÌNH GIÁM SÁT NĂM 2018 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH "
    "HÀ GIANG KHÓA XVII, NHIỆM KỲ 2016 - 2021 HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG KHÓA XVII - KỲ HỌP THỨ NĂM Căn cứ Luật "
    "Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng "
    "nhân dân ngày 20 tháng 11 năm 2015; QUYẾT NGHỊ: Điều 1. Ban hành Chương trình giám sát năm 2018 của Hội đồng "
    "nhân dân tỉnh Hà Giang khóa XVII, nhiệm kỳ 2016 - 2021.\n"
)


def test_the_government_s_name_under_a_decree_s_title_is_no_part_of_it():
    d = record(_DECREE).document
    assert (d.doc_type, d.number, d.symbol, d.issuer, d.date) == ("Nghị định", "30", "2020/NĐ-CP", "Chính phủ", "2020-03-05")
    assert d.title == "Về công tác văn thư"


def test_a_council_s_name_and_term_after_a_title_ending_with_a_year_are_no_part_of_it():
    d = record(_RESOLUTION).document
    assert d.issuer == "Hội đồng nhân dân tỉnh Hà Giang"
    assert d.title == "BAN HÀNH CHƯƠNG TRÌNH GIÁM SÁT NĂM 2018 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG KHÓA XVII, NHIỆM KỲ 2016 - 2021"
    assert MERGED_TERM.search("HÀ GIANG KHÓA XVII - KỲ HỌP THỨ NĂM")
    assert MERGED_TERM.search("CHỦ NHIỆM KHOA Y") is None


def test_the_signature_after_the_recipients_on_the_same_line_is_read():
    s = record(_DECREE).document.signer
    assert (s.authority, s.position, s.name) == ("TM. Chính phủ", "Thủ tướng", "Nguyễn Xuân Phúc")
    raw = "Điều 3. Quyết định này có hiệu lực. Nơi nhận: - Như Điều 3; - Lưu: VT. KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Lê Thành Long"
    assert _flat_signature(raw).endswith("Lưu: VT.    KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG   Lê Thành Long")
    # Not a mark in the body, without the Nơi nhận block's words before it.
    assert _flat_signature("Căn cứ ý kiến của TM. BAN THƯỜNG VỤ Tỉnh ủy tại cuộc họp") is None
