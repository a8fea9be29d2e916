"""Subjects of letters whose library page lost their "V/v" line, round 21: the page names the letter under its text,
"Công văn 17899/BTC-VP năm 2025 bồi dưỡng, tập huấn … do Bộ Tài chính ban hành", and that subject is the title
(realdocs 6a58c855, 7f6efa59, c3581fb6, e42103d7). Where a letter keeps its V/v line, the page's name says the same
(realdocs 06690fd4, 0d99145e, 8018a6f3 …), and the V/v line is kept."""

from pathlib import Path

from vanban.loaders.header import _library_letter_subject, read_header
from vanban.loaders.read import read_file
from vanban.loaders.text import make_text

REALDOCS = Path(__file__).parent / "data" / "realdocs"

# realdocs 6a58c855 (Công văn 17899/BTC-VP): the page's fields, the letter from "Kính gửi:", its names under the text.
_TAX_TRAINING = (
    "#\n**Số hiệu:**\n|\n17899/BTC-VP\n|\n|\n**Loại văn bản:**\n|\nCông văn\n|\n**Nơi ban hành:**\n|\nBộ Tài chính\n|\n|\n"
    "**Người ký:**\n|\nPhạm Chí Thanh\n|\n**Ngày ban hành:**\n|\n18/11/2025\n|\n"
    "**Kính gửi:** Ủy ban nhân dân các tỉnh,\nthành phố trực thuộc Trung ương.\n"
    "Công văn 17899/BTC-VP năm 2025 bồi dưỡng, tập huấn nghiệp vụ thuế cho công chức, viên chức cấp xã do Bộ Tài chính ban hành\n"
    "Văn bản này chưa cập nhật nội dung Tiếng Anh\n"
    "Công văn 17899/BTC-VP ngày 18/11/2025 bồi dưỡng, tập huấn nghiệp vụ thuế cho công chức, viên chức cấp xã do Bộ Tài chính ban hành\n"
)


def test_a_letter_without_its_v_v_line_is_titled_by_its_library_name():
    h = read_header(make_text(_TAX_TRAINING))
    assert (h.doc_type, h.number, h.symbol, h.issuer) == ("Công văn", "17899", "BTC-VP", "Bộ Tài chính")
    assert h.title == "Bồi dưỡng, tập huấn nghiệp vụ thuế cho công chức, viên chức cấp xã"


def test_the_last_do_before_ban_hanh_opens_the_issuer_and_a_date_after_the_subject_is_dropped():
    # realdocs c3581fb6 (Công văn 5526/CT-CS): "do" inside the subject.
    text = make_text(
        "Công văn 5526/CT-CS ngày 25/11/2025 khẩn trương hỗ trợ người nộp thuế bị tổn thất do bão lũ khắc phục hậu quả do "
        "bão lũ và mưa lũ sau bão gây ra do Cục Thuế ban hành\n"
    )
    assert _library_letter_subject(text, "5526", "CT-CS") == (
        "Khẩn trương hỗ trợ người nộp thuế bị tổn thất do bão lũ khắc phục hậu quả do bão lũ và mưa lũ sau bão gây ra"
    )
    # realdocs 7f6efa59 (Công văn 6278/BVHTTDL-VP): the date the page writes after the subject.
    text = make_text(
        "Công văn 6278/BVHTTDL-VP tập trung hoàn thành thực thi các phương án cắt giảm, đơn giản hóa thủ tục hành chính, "
        "điều kiện kinh doanh ngày 20/11/2025 do Bộ Văn hóa, Thể thao và Du lịch ban hành\n"
    )
    assert _library_letter_subject(text, "6278", "BVHTTDL-VP").endswith("điều kiện kinh doanh")
    # another letter's name is no subject of this one
    assert _library_letter_subject(text, "6279", "BVHTTDL-VP") is None


def test_a_steering_committee_s_letter_read_whole():
    # realdocs e42103d7 (Công văn 174/CV-BCĐ), from "Kính gửi:" on under the page's fields.
    h = read_header(read_file(REALDOCS / "e42103d7f815212d.md"))
    assert h.title == "Tập trung tháo gỡ vướng mắc, khó khăn khi vận hành chính quyền địa phương 2 cấp"


def test_a_letter_s_own_v_v_line_is_kept():
    # realdocs 8018a6f3's V/v, written under its Số line: the page's name is not read.
    h = read_header(make_text(
        "**VĂN PHÒNG CHÍNH PHỦ**\n**-------**\n| **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n"
        "Số: 11554/VPCP-V.I\nV/v nâng cao hiệu quả công tác chống buôn lậu, gian lận thương mại và hàng giả\n"
        "| *Hà Nội, ngày 25 tháng 11 năm 2025*\n**Kính gửi:** Các Bộ.\n"
        "Công văn 11554/VPCP-V.I năm 2025 nâng cao hiệu quả công tác chống buôn lậu do Văn phòng Chính phủ ban hành\n"
    ))
    assert h.title.startswith("V/v nâng cao hiệu quả công tác chống buôn lậu")
