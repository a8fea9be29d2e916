"""Which opening sentences state what a document carries out, round 21: a "Thực hiện …" run on to a letter's
"Kính gửi:" line by a copy that lost its line breaks (corpus 044's addressee line), and a Chỉ thị's first paragraph
that opens with "Thực hiện …" but looks back on results ("…, trong những năm qua, … đã tích cực triển khai …", as
corpus 034's first paragraph is written): the situation, whose instrument is cited, not carried out."""

from vanban.loaders.implementing_spans import ADDRESS_LINE_BASIS, GLUED_PARAGRAPH_END, RETROSPECT
from tests.citation_reading import cited, implemented

_LETTER = (
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 5155/SGDĐT-GDTXNNĐH\n"
    "Về hướng dẫn đánh giá, xếp loại trung tâm học tập cộng đồng\nThành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025\n"
    "Kính gửi: Ủy ban nhân dân phường, xã và đặc khu. Thực hiện Công văn số 4240/UBND-VX ngày 28 tháng 11 năm 2025 "
    "của Ủy ban nhân dân Thành phố về việc cập nhật cơ sở dữ liệu, Sở Giáo dục và Đào tạo hướng dẫn như sau: 1. Các "
    "trung tâm thực hiện theo Thông tư số 11/2025/TT-BGDĐT ngày 12 tháng 6 năm 2025 của Bộ Giáo dục và Đào tạo.\n"
)


def test_thuc_hien_run_on_to_the_addressees_is_what_a_letter_carries_out():
    assert implemented(_LETTER) == ["Công văn số 4240/UBND-VX ngày 28 tháng 11 năm 2025"]
    # The body after the sentence's colon, on the same line, is not the preamble.
    assert "Thông tư số 11/2025/TT-BGDĐT ngày 12 tháng 6 năm 2025" in cited(_LETTER)


def test_address_line_basis_reads_thuc_hien_and_trien_khai():
    line = "Kính gửi: Ủy ban nhân dân phường, xã và đặc khu. Thực hiện Công văn số 4240/UBND-VX"
    m = ADDRESS_LINE_BASIS.search(line)
    assert m and m["open"] == "Thực hiện"
    m = ADDRESS_LINE_BASIS.search("Kính gửi: Các trường trung học phổ thông Triển khai thực hiện Kế hoạch số 45/KH-UBND")
    assert m and m["open"] == "Triển khai thực hiện"
    # Not the addressees' own words: "thực hiện" in lower case, or no instrument after it.
    assert ADDRESS_LINE_BASIS.search("Kính gửi: Các đơn vị thực hiện Công văn số 12/SYT") is None
    assert ADDRESS_LINE_BASIS.search("Kính gửi: Các đơn vị. Thực hiện tốt công tác phòng chống dịch") is None
    assert GLUED_PARAGRAPH_END.search("…, Sở hướng dẫn như sau: 1. Các").group() == ":"


_DIRECTIVE = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 06/CT-UBND\nQuảng Trị, ngày 25 tháng 11 năm 2025\n\nCHỈ THỊ\n"
    "VỀ VIỆC TĂNG CƯỜNG XỬ LÝ CHỒNG LẤN, LẤN CHIẾM RỪNG VÀ ĐẤT LÂM NGHIỆP TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ\n"
    "Thực hiện Chỉ thị số 13/CT-TTg ngày 12/8/2019 của Thủ tướng Chính phủ, trong những năm qua, các địa phương, đơn "
    "vị trên địa bàn tỉnh Quảng Trị đã tích cực triển khai thực hiện và đạt được kết quả nhất định trong việc quản lý, "
    "bảo vệ và phát triển rừng. Tuy nhiên, số vụ vi phạm vẫn còn tương đối lớn.\n"
    "Để khắc phục những tồn tại, hạn chế nêu trên, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
    "1. Sở Nông nghiệp và Môi trường chủ trì.\n"
)


def test_a_directive_s_look_back_is_cited_not_implemented():
    assert implemented(_DIRECTIVE) == []
    assert cited(_DIRECTIVE) == ["Chỉ thị số 13/CT-TTg ngày 12/8/2019"]


def test_an_opening_that_closes_with_the_issuer_s_act_still_implements():
    # The same opening, closed by the plan's own making ("… như sau:"), with "đã" inside an instrument's subject.
    raw = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 45/KH-UBND\nQuảng Trị, ngày 25 tháng 11 năm 2025\n\nKẾ HOẠCH\n"
        "Xử lý chồng lấn, lấn chiếm rừng năm 2026\n"
        "Thực hiện Chỉ thị số 13/CT-TTg ngày 12/8/2019 của Thủ tướng Chính phủ về rừng đã bị lấn chiếm trong những năm "
        "qua, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    assert implemented(raw) == ["Chỉ thị số 13/CT-TTg ngày 12/8/2019"]


def test_retrospect_pattern():
    for s in ("trong những năm qua", "Thời gian qua", "thời gian vừa qua", "qua 5 năm", "sau mười năm", "năm qua"):
        assert RETROSPECT.search(s), s
    for s in ("năm quan trọng", "qua các năm", "giai đoạn 2021 - 2025"):
        assert RETROSPECT.search(s) is None, s


def test_a_letter_under_a_page_s_summary_still_implements_what_follows_its_addressees():
    # Công văn 17899/BTC-VP: a library's summary (ending "… cụ thể như sau:") above the letter, which has no letterhead.
    raw = (
        "Tại Công văn 17899/BTC-VP năm 2025 hướng dẫn lịch bồi dưỡng tập huấn nghiệp vụ thuế cụ thể như sau:\n"
        "- Hội nghị 1: Gồm các tỉnh/thành phố: Hà Nội, Quảng Ninh, Hải Phòng.\n"
        "Xem nội dung chi tiết tại Công văn 17899/BTC-VP ban hành ngày 18/11/2025.\n"
        "**Kính gửi:** Ủy ban nhân dân các tỉnh,\nthành phố trực thuộc Trung ương.\n"
        "Thực hiện Kết luận số 186-KL/TW ngày 29/8/2025\nvà Kết luận số 195-KL/TW ngày 26/9/2025 của Bộ Chính trị, Ban Bí "
        "thư về tình\nhình, kết quả hoạt động của bộ máy hệ thống chính trị, Bộ Tài chính xây dựng kế hoạch tổ chức 06 hội "
        "nghị. Thông tin cụ\nthể như sau:\n**1. Đối tượng:**\n"
    )
    assert implemented(raw) == ["Kết luận số 186-KL/TW ngày 29/8/2025", "Kết luận số 195-KL/TW ngày 26/9/2025"]


def test_a_notice_reviewing_how_instruments_were_carried_out_does_not_implement_them():
    # Thông báo 659/TB-VPCP: its title names what the meeting reviewed.
    raw = (
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 659/TB-VPCP\nHà Nội, ngày 29 tháng 11 năm 2025\nTHÔNG BÁO\n"
        "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ HỒ QUỐC DŨNG TẠI CUỘC HỌP VỀ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW "
        "NGÀY 30/4/2025 CỦA BỘ CHÍNH TRỊ\n"
        "Ngày 25 tháng 11 năm 2025, Phó Thủ tướng Chính phủ đã chủ trì cuộc họp. Phó Thủ tướng kết luận như sau:\n"
    )
    assert implemented(raw) == []
    assert cited(raw) == ["NGHỊ QUYẾT SỐ 66-NQ/TW NGÀY 30/4/2025"]
    # A plan's title that carries one out still implements it.
    raw = raw.replace("THÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ HỒ QUỐC DŨNG TẠI CUỘC HỌP VỀ TÌNH HÌNH THỰC HIỆN",
                      "KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN").replace("TB-VPCP", "KH-VPCP")
    assert implemented(raw) == ["NGHỊ QUYẾT SỐ 66-NQ/TW NGÀY 30/4/2025"]
