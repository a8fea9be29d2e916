"""Reporting duties in decisions, their Quy chế and Quy định, a Thông tư and a Chỉ thị-like programme (round 25): one entry
per addressee body; senders named by role in an article's or an item's title, or by a body alone as the title; a report's
fields as the sub-items of one item; words defined and kinds of papers listed are no duties; a Roman heading whose title opens
after the bold; the addressee of a report compiling it onward. Fragments quoted from the documents named in each test (the
legal library's copies of 2025 decisions: tnt305/tai_lieu_noi_bo, src/etl/dataset/<hash>.md)."""

from __future__ import annotations

from vanban.loaders.records import Header
from vanban.loaders.reports import SCHEDULE_PERIOD, _addressee_bodies, _ministries, find_reports
from vanban.loaders.sections import outline
from vanban.loaders.text import make_text

DONG_THAP = Header(issuer="Ủy ban nhân dân tỉnh Đồng Tháp", province="Đồng Tháp", doc_type="Quyết định")
NINH_BINH = Header(issuer="Ủy ban nhân dân tỉnh Ninh Bình", province="Ninh Bình", doc_type="Quyết định")
BAC_NINH = Header(issuer="Ủy ban nhân dân tỉnh Bắc Ninh", province="Bắc Ninh", doc_type="Quyết định")
NGHE_AN = Header(issuer="Ủy ban nhân dân tỉnh Nghệ An", province="Nghệ An", doc_type="Quyết định")


def _rows(text: str, header: Header) -> list[tuple]:
    return [(r.from_, r.to, r.deadline, r.recurrence) for r in find_reports(make_text(text), header)]


def _rule(*articles: str) -> str:
    """Articles of a Quy chế, numbered from 1 as written."""
    return "**QUY CHẾ**\n\n" + "\n\n".join(articles) + "\n"


# 1. One entry per addressee body.


def test_a_report_to_three_bodies_is_three_entries():
    # QĐ 144/2025/QĐ-CTUBND of Chủ tịch UBND tỉnh Đồng Tháp (55d7a47de4f0ccee), Quy chế Điều 14: before, one entry whose
    # addressee was "Ủy ban nhân dân tỉnh Đồng Tháp, Bộ Khoa học và Công nghệ, Ban Cơ yếu Chính phủ".
    text = _rule(
        "**Điều\n1. Phạm vi điều chỉnh**\n\nQuy chế này quy định về việc\nquản lý, sử dụng chữ ký số chuyên dùng công vụ, chứng thư"
        " chữ ký số chuyên dùng\ncông vụ, thiết bị lưu khóa bí mật và dịch vụ chứng thực chữ ký số chuyên dùng\ncông vụ cho các cơ"
        " quan, tổ chức, cá nhân trên địa bàn tỉnh Đồng Tháp.",
        "**Điều\n2. Trách nhiệm của Sở Khoa học và Công nghệ**\n\n1. Quản lý, hướng dẫn, kiểm\ntra các thuê bao.\n\n"
        "2. Định kỳ hoặc đột xuất báo\ncáo Ủy ban nhân dân Tỉnh, Bộ Khoa học và Công nghệ, Ban Cơ yếu Chính phủ về\ntình hình"
        " công tác quản lý, sử dụng chữ ký số, chứng thư chữ ký số trên địa\nbàn tỉnh Đồng Tháp.",
    )
    rows = _rows(text, DONG_THAP)
    assert [to for _, to, _, _ in rows] == ["Ủy ban nhân dân tỉnh Đồng Tháp", "Bộ Khoa học và Công nghệ", "Ban Cơ yếu Chính phủ"]
    assert {sender for sender, *_ in rows} == {"Sở Khoa học và Công nghệ tỉnh Đồng Tháp"}


def test_the_bodies_of_an_addressee_list():
    # A unit and its parent stay one (seed 004's gold), a central unit and its ministry too (a university's Công văn).
    assert _addressee_bodies("Phòng Tổ chức cán bộ, Sở Y tế tỉnh Hà Tĩnh") == ["Phòng Tổ chức cán bộ, Sở Y tế tỉnh Hà Tĩnh"]
    assert _addressee_bodies("Vụ Học sinh, sinh viên, Bộ Giáo dục và Đào tạo") == ["Vụ Học sinh, sinh viên, Bộ Giáo dục và Đào tạo"]
    assert _addressee_bodies("Sở Văn hóa, Thể thao và Du lịch") == ["Sở Văn hóa, Thể thao và Du lịch"]
    # A board and a Sở after a comma are two (corpus 011, a Kế hoạch of UBND thành phố Cần Thơ).
    assert _addressee_bodies(
        "Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố, Sở Nông nghiệp và Môi trường thành phố Cần Thơ và các Sở, ngành"
    ) == ["Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố", "Sở Nông nghiệp và Môi trường thành phố Cần Thơ", "Các Sở, ngành"]
    # The ministries listed under one "các Bộ" (Công điện 232/CĐ-TTg), each whole.
    assert _ministries("các Bộ: Tài chính, Nông nghiệp và Môi trường") == ["Bộ Tài chính", "Bộ Nông nghiệp và Môi trường"]
    assert _ministries("các Bộ, ngành") is None


def test_a_body_in_lower_case_after_va_is_an_addressee_of_its_own():
    # QĐ 165/2025/QĐ-UBND of UBND tỉnh Ninh Bình (051c596134cabb79), Quy chế Điều 16: before, one entry to "Ủy ban nhân dân
    # tỉnh và cơ quan nhà nước" (qualified as one name).
    text = _rule(
        "**Điều\n1. Phạm vi điều chỉnh**\n\n1. Quy chế này quy định việc\nquản lý, sử dụng Chứng thư chữ ký số.",
        "**Điều\n2. Trách nhiệm của Sở Khoa học và Công nghệ**\n\n1. Chủ trì, hướng dẫn các cơ\nquan, tổ chức triển khai thực"
        " hiện Quy chế này.\n\n2. Thống kê, theo dõi việc sử\ndụng Chứng thư chữ ký số trên địa bàn tỉnh; thực hiện báo cáo theo"
        " yêu cầu của\nUBND tỉnh và cơ quan nhà nước có thẩm quyền.",
    )
    rows = _rows(text, NINH_BINH)
    assert [(sender, to) for sender, to, _, _ in rows] == [
        ("Sở Khoa học và Công nghệ tỉnh Ninh Bình", "Ủy ban nhân dân tỉnh Ninh Bình"),
        ("Sở Khoa học và Công nghệ tỉnh Ninh Bình", "Cơ quan nhà nước"),
    ]


# 2. The sender named by a title.


def test_a_title_naming_its_holder_by_role_is_the_sender():
    # QĐ 80/2025/QĐ-UBND of UBND tỉnh Bắc Ninh (a161f65b93293a7b), Quy định Điều 18: before, "Các tổ chức, cá nhân" (the
    # addressees of the Quy định).
    text = _rule(
        "**Điều\n1. Phạm vi điều chỉnh**\n\nQuy định này quy định về\ncung cấp thông tin, tổ chức quản lý và đảm bảo hoạt động"
        " của Cổng thông tin điện\ntử (sau đây viết tắt là Cổng TTĐT) tỉnh và Cổng TTĐT thành phần trên địa bàn tỉnh\nBắc Ninh.",
        "**Điều\n2. Trách nhiệm của người quản trị vận hành Cổng thông tin điện tử**\n\n1. Người quản trị vận hành Cổng\nTTĐT"
        " phải có trách nhiệm bảo quản an toàn, bảo mật thông tin tài khoản.\n\n2. Có trách nhiệm báo cáo cơ\nquan, đơn vị và Sở"
        " Khoa học và Công nghệ để kịp thời khắc phục, xử lý khi có sự\ncố xảy ra.",
    )
    rows = _rows(text, BAC_NINH)
    assert [(sender, to) for sender, to, _, _ in rows] == [
        ("Người quản trị vận hành Cổng thông tin điện tử", "Cơ quan, đơn vị"),
        ("Người quản trị vận hành Cổng thông tin điện tử", "Sở Khoa học và Công nghệ tỉnh Bắc Ninh"),
    ]


def test_an_items_own_title_is_its_sub_items_sender():
    # QĐ 161/2025/QĐ-UBND of UBND tỉnh Ninh Bình (3928ef06a8929828), Quy chế Điều 23: before, the article's "Các cơ quan, đơn vị".
    text = _rule(
        "**Điều 1.\nPhạm vi điều chỉnh**\n\n1. Quy chế này quy định về quản\nlý, vận hành và sử dụng Hệ thống QLVB&ĐH.",
        "**Điều 2.\nTrách nhiệm của các cơ quan, đơn vị**\n\n1. Thủ trưởng các cơ quan, đơn\nvị\n\na) Chịu trách nhiệm chỉ đạo"
        " triển\nkhai, tổ chức thực hiện Quy chế này;\n\n2. Trách nhiệm của cán bộ quản\ntrị Hệ thống QLVB&ĐH\n\na) Thực hiện theo"
        " quy định tại Khoản\n1 Điều này;\n\nb) Quản trị Hệ thống\nQLVB&ĐH; định kỳ báo cáo lãnh đạo về tình hình hoạt động của"
        " Hệ thống\nQLVB&ĐH và các vấn đề mới phát sinh;",
    )
    rows = _rows(text, NINH_BINH)
    # The leadership in lower case is the addressee (before, none).
    assert rows == [("Cán bộ quản trị Hệ thống QLVB&ĐH", "Lãnh đạo", None, "định kỳ")]


def test_an_article_titled_with_officials_by_role_and_the_reports_of_others_compiled():
    # QĐ 163/2025/QĐ-CTUBND of Chủ tịch UBND tỉnh Ninh Bình (639c24e1a9c3f20c), Quy chế Điều 21 and Điều 28: before, no
    # sender for the officials' report, and "Các cơ quan" (whose reports the Sở compiles) as the Sở's.
    text = _rule(
        "**Điều 1.\nPhạm vi điều chỉnh**\n\nQuy chế này quy định về quản lý,\nvận hành và khai thác Hệ thống thông tin giải quyết"
        " thủ tục hành chính (TTHC) tỉnh\nNinh Bình.",
        "**Điều 2. Sở\nKhoa học và Công nghệ**\n\n1. Phối hợp tổng hợp báo cáo định\nkỳ, báo cáo đột xuất của các cơ quan giải"
        " quyết TTHC về tình hình sử dụng Hệ thống\nthông tin giải quyết TTHC tỉnh.",
        "**Điều 3.\nCán bộ, công chức, viên chức tiếp nhận và giải quyết TTHC trên môi trường điện\ntử**\n\n1. Thực hiện đúng"
        " trách nhiệm\nquy định tại khoản 1 Điều 6 Nghị định số 45/2020/NĐ-CP, cụ\nthể\n\na) Hướng dẫn, hỗ trợ để tổ chức,\ncá"
        " nhân thực hiện TTHC trên môi trường điện tử;\n\nb) Báo cáo Thủ trưởng cơ quan\ngiải quyết TTHC khi phát hiện các hành"
        " vi sử dụng hệ thống thông tin không đúng\nmục đích để kịp thời\nxử lý;",
    )
    rows = _rows(text, NINH_BINH)
    assert [sender for sender, *_ in rows] == [
        "Ủy ban nhân dân tỉnh Ninh Bình",  # the Sở compiles its parent's report (the project's convention), not "Các cơ quan"
        "Cán bộ, công chức, viên chức tiếp nhận và giải quyết TTHC trên môi trường điện tử",
    ]
    # Thông tư 37/2025/TT-BKHCN (208e6a3aeb3e0c2e), Điều 6: a researcher's report is a paper, no duty.
    paper = (
        "THÔNG TƯ\nQuy định mã số và tiêu chuẩn chức danh khoa học\n\n**Điều 6. Nghiên cứu viên cao cấp\n(hạng I) - Mã số:"
        " V.05.01.01**\n\n1. Nhiệm vụ:\n\na) Tổ chức chỉ đạo chuyên môn, hướng dẫn nghiên cứu\nviên chính;\n\nb) Chủ trì hoặc"
        " tham gia: tổ chức các hội nghị, hội\nthảo; sinh hoạt học thuật trong nước và quốc tế; xây dựng báo cáo kết quả\nnghiên"
        " cứu; biên soạn các tài liệu nhằm phổ biến, ứng dụng rộng rãi các kết quả\nnghiên cứu vào thực tiễn.\n"
    )
    assert _rows(paper, Header(issuer="Bộ Khoa học và Công nghệ", doc_type="Thông tư")) == []


def test_an_article_titled_with_a_body_alone_and_a_name_wrapped_at_a_line_start():
    # QĐ 163/2025/QĐ-CTUBND of Chủ tịch UBND tỉnh Ninh Bình (639c24e1a9c3f20c), Quy chế Điều 21: before, "Phòng Ủy ban nhân dân
    # tỉnh Ninh Bình" (the item's first line "Chủ trì, phối hợp với Văn" read as a title, "phòng UBND tỉnh" as the subject).
    text = _rule(
        "**Điều 1.\nPhạm vi điều chỉnh**\n\nQuy chế này quy định về quản lý,\nvận hành Hệ thống thông tin giải quyết TTHC tỉnh.",
        "**Điều 2. Sở\nKhoa học và Công nghệ**\n\n1. Phối hợp với cơ quan, đơn vị\nquản lý, vận hành Hệ thống.\n\n2. Chủ trì,"
        " phối hợp với Văn\nphòng UBND tỉnh tổ chức theo dõi, đôn đốc các cơ quan, đơn vị sử dụng Hệ thống; báo cáo định\nkỳ 06"
        " tháng/lần hoặc đột xuất tình hình hoạt động của Hệ thống về UBND tỉnh để phục vụ công việc chỉ đạo điều\nhành.",
    )
    rows = _rows(text, NINH_BINH)
    assert [(sender, to) for sender, to, _, _ in rows] == [("Sở Khoa học và Công nghệ tỉnh Ninh Bình", "Ủy ban nhân dân tỉnh Ninh Bình")]


# 3. A report's fields as the sub-items of one item.


def test_the_fields_of_a_report_as_sub_items_are_one_duty_per_period():
    # QĐ 80/2025/QĐ-UBND of UBND tỉnh Bắc Ninh, Quy định Điều 13: before, two entries (the item's head with no sender nor
    # addressee, the fields' with no period), and the item after them lost in the fields' span.
    text = _rule(
        "**Điều\n1. Phạm vi điều chỉnh**\n\nQuy định này quy định về\ncung cấp thông tin, tổ chức quản lý và đảm bảo hoạt động"
        " của Cổng thông tin điện\ntử (sau đây viết tắt là Cổng TTĐT) tỉnh và Cổng TTĐT thành phần trên địa bàn tỉnh\nBắc Ninh.",
        "**Điều\n2. Trách nhiệm của các cơ quan, đơn vị**\n\n1. Chịu trách nhiệm trước UBND\ntỉnh về giao diện, nội dung thông tin"
        " trên Cổng TTĐT thành phần.\n\n2. Thực hiện báo cáo định\nkỳ tình hình hoạt động Cổng TTĐT thành phần của đơn vị theo các"
        " nội dung sau:\n\na) Tên báo cáo, nội dung báo\ncáo theo Phụ lục ban hành kèm theo Quyết định này.\n\nb) Đối tượng thực"
        " hiện báo\ncáo: Ban biên tập Cổng TTĐT.\n\nc) Cơ quan nhận báo cáo:\nUBND tỉnh (qua Sở Khoa học và Công nghệ).\n\nd) Định"
        " kỳ 6 tháng (gửi trước\nngày 15/6) và hằng năm (gửi trước ngày 15/11), gửi báo cáo kết quả thực hiện\ntình hình cung cấp"
        " thông tin trên Cổng thông tin của cơ quan, đơn vị.\n\n3. Khi phát hiện có sự cố về\nmặt kỹ thuật hoặc nguy cơ mất an"
        " toàn, an ninh thông tin phải báo cáo kịp thời\nvề Sở Khoa học và Công nghệ để xử lý theo quy định.",
    )
    rows = _rows(text, BAC_NINH)
    assert rows[:2] == [
        ("Ban biên tập Cổng thông tin điện tử", "Ủy ban nhân dân tỉnh Bắc Ninh", None, "6 tháng (trước ngày 15/6)"),
        ("Ban biên tập Cổng thông tin điện tử", "Ủy ban nhân dân tỉnh Bắc Ninh", None, "hằng năm (trước ngày 15/11)"),
    ]
    assert [row[:2] for row in rows[2:]] == [("Các cơ quan, đơn vị", "Sở Khoa học và Công nghệ tỉnh Bắc Ninh")]
    assert SCHEDULE_PERIOD.search("Định kỳ 6 tháng (gửi ")
    assert not SCHEDULE_PERIOD.search("6 tháng để gửi ")


# 4. No duties: words defined, kinds of papers listed, reports drawn from a system.


def test_words_defined_and_kinds_of_papers_listed_are_no_duties():
    # Thông tư 37/2025/TT-BKHCN (208e6a3aeb3e0c2e), Điều 2.
    defined = (
        "THÔNG TƯ\nQuy định mã số và tiêu chuẩn chức danh khoa học\n\n**Điều 1. Phạm vi điều chỉnh và đối\ntượng áp dụng**\n\n"
        "1. Thông tư này quy định chi tiết khoản\n3 Điều 64 Nghị định số 115/2020/NĐ-CP.\n\n**Điều 2. Giải thích từ ngữ**\n\n"
        "1. *Tạp\nchí quốc tế có uy tín* là tạp chí khoa học thuộc Danh mục tạp chí của\ncơ sở dữ liệu Web of Science hoặc Scopus."
        "\n\n2. *Báo\ncáo khoa học tại hội nghị khoa học quốc tế* là báo cáo được đăng\ntoàn văn trong kỷ yếu, có phản biện khoa"
        " học, có mã ISBN.\n"
    )
    assert _rows(defined, Header(issuer="Bộ Khoa học và Công nghệ", doc_type="Thông tư")) == []
    # QĐ 99/2025/QĐ-UBND of UBND tỉnh Nghệ An (c5f09c7770858e97), Quy chế Điều 11.
    kinds = _rule(
        "**Điều 1. Phạm vi điều chỉnh**\n\n1. Phạm vi điều chỉnh: Quy chế quản lý, vận hành và\nsử dụng Hệ thống Thư điện tử tỉnh"
        " Nghệ An.",
        "**Điều 2. Danh mục các loại văn\nbản gửi, nhận qua hệ thống Thư điện tử công vụ**\n\n1. Lịch làm việc (hoặc lịch công"
        " tác) của các đơn vị.\n\n2. Báo cáo tháng, quý, 6 tháng, năm; báo cáo chuyên\nđề; báo cáo đột xuất; các phụ lục số liệu."
        "\n\n3. Các văn bản trao đổi phục vụ công việc.",
    )
    assert _rows(kinds, NGHE_AN) == []
    # QĐ 163/2025/QĐ-CTUBND of Chủ tịch UBND tỉnh Ninh Bình, Quy chế Điều 11.
    system = _rule(
        "**Điều 1.\nPhạm vi điều chỉnh**\n\nQuy chế này quy định về quản lý,\nvận hành Hệ thống thông tin giải quyết TTHC tỉnh.",
        "**Điều 2.\nQuản lý việc cấp, sử dụng tài khoản**\n\n1. Đối với UBND cấp xã: được\ngiao quản lý, sử dụng tài khoản với"
        " chức năng: quản trị, phân quyền bộ phận/công\nchức thuộc phạm vi quản lý; thống kê, trích xuất báo cáo; quản trị thông"
        " tin\nkhác theo quy định.",
    )
    assert _rows(system, NINH_BINH) == []


# 5. A programme approved by the Thủ tướng (QĐ 2629/QĐ-TTg, 2edf5927c71bc4c1).

PROGRAMME = """**THỦ TƯỚNG CHÍNH
PHỦ**
Số: 2629/QĐ-TTg
**QUYẾT ĐỊNH**
VỀ
VIỆC PHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN CHÍNH PHỦ SỐ
**QUYẾT ĐỊNH:**
**Điều 1. **Phê duyệt Chương
trình phát triển Chính phủ số (sau đây gọi tắt là Chương trình), với những nội
dung sau:
**I. QUAN ĐIỂM**
1. Phát triển các dịch vụ số bao trùm, rộng khắp dựa
trên nguyên tắc lấy người dân, doanh nghiệp làm trung tâm.
**II.** **MỤC TIÊU ĐẾN NĂM 2030**
1. Mục tiêu chung
Đến năm 2030, Việt Nam hoàn thành xây dựng Chính phủ
số.
**IV.** **TỔ CHỨC THỰC HIỆN**
1. Bộ Khoa học và Công nghệ
- Chủ trì tổ chức thực hiện Chương trình; kiểm tra
và giám sát Chương trình; định kỳ hằng năm báo cáo Thủ tướng Chính phủ và đề xuất
điều chỉnh, cập nhật Chương trình.
2. Các bộ, ngành, địa phương định kỳ hằng năm gửi
báo cáo Bộ Khoa học và Công nghệ tình hình triển khai Chương trình trước ngày
15 tháng 12 để tổng hợp, báo cáo Thủ tướng Chính phủ; cập nhật, theo dõi tiến
trình của các mục tiêu, nhiệm vụ trên hệ thống công nghệ thông tin. Bộ Khoa học
và Công nghệ tổng hợp tình hình triển khai Chương trình, báo cáo Thủ tướng
Chính phủ trước ngày 30 tháng 01 của năm tiếp theo.
**Điều 2. **Quyết định này có
hiệu lực kể từ ngày ký.
"""


def test_a_roman_heading_whose_title_opens_after_the_bold():
    # Before: "**II.** **MỤC TIÊU …**" and "**IV.** **TỔ CHỨC THỰC HIỆN**" were no headings, all the programme read under "I.
    # QUAN ĐIỂM" (its aims), whose reports are no duties: none found.
    doc = outline(make_text(PROGRAMME))
    assert [n.title for n in doc.walk() if n.kind == "heading"] == ["QUAN ĐIỂM", "MỤC TIÊU ĐẾN NĂM 2030", "TỔ CHỨC THỰC HIỆN"]


def test_the_addressee_compiles_onward_and_a_day_said_later_joins_the_period():
    rows = _rows(PROGRAMME, Header(issuer="Thủ tướng Chính phủ", doc_type="Quyết định"))
    assert rows == [
        # The Bộ's yearly report, its day said in item 2: one duty (before, two).
        ("Bộ Khoa học và Công nghệ", "Thủ tướng Chính phủ", None, "định kỳ hằng năm (trước ngày 30/1)"),
        ("Các bộ, ngành, địa phương", "Bộ Khoa học và Công nghệ", None, "định kỳ hằng năm (trước ngày 15/12)"),
        # "… gửi báo cáo Bộ Khoa học và Công nghệ … để tổng hợp, báo cáo Thủ tướng Chính phủ": the Bộ's, said again (before,
        # the bộ, ngành, địa phương's report to the Thủ tướng).
    ]


# 6. A time limit counted in days, the report's due time.


def test_a_time_limit_in_working_days_opening_the_sentence_or_after_the_verb():
    # NQ of HĐND thành phố Huế on support for the poor (realdocs 0abcf1a5292b31ec), Điều 8: before, no time for either report.
    rows = _rows(
        "1. Thủ tục, trình tự thực hiện\n- Hộ gia đình làm 01 (một) bộ hồ sơ theo quy định gửi Ủy ban nhân dân xã/phường nơi cư"
        " trú;\n- Trong 02 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ theo quy định, Phòng Kinh tế xã/Phòng Kinh tế, Hạ tầng"
        " và Đô thị phường phối hợp với Phòng Văn hóa - Xã hội xã/phường rà soát, thẩm định, xác nhận, tổng hợp báo cáo Ủy ban"
        " nhân dân xã/phường phê duyệt danh sách hộ gia đình được hỗ trợ phương tiện nghe nhìn trên địa bàn, báo cáo Ủy ban nhân"
        " dân thành phố (qua Sở Khoa học và Công nghệ);\n",
        Header(issuer="Hội đồng nhân dân thành phố Huế", province="Huế", doc_type="Nghị quyết"),
    )
    assert {recurrence for *_, recurrence in rows} == {"trong 02 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ theo quy định"}
    # QĐ 98/2025/QĐ-UBND of UBND tỉnh Nghệ An (a Quy chế on voters' petitions), Điều 7: the limit after "thì", the subject after
    # its commas.
    rows = _rows(
        "**Điều 7. Trách nhiệm của các sở, ban, ngành**\n\n2. Giải quyết kiến nghị:\n\nc) Đối với kiến nghị vượt quá khả năng,"
        " điều kiện hoặc có khó khăn, vướng mắc thì trong thời hạn 07 ngày làm việc kể từ ngày nhận được kiến nghị, sở, ban,"
        " ngành được giao chủ trì phải có văn bản báo cáo Chủ tịch UBND tỉnh để chỉ đạo.\n",
        NGHE_AN,
    )
    assert [(to, recurrence) for _, to, _, recurrence in rows] == [
        ("Chủ tịch Ủy ban nhân dân tỉnh Nghệ An", "trong thời hạn 07 ngày làm việc kể từ ngày nhận được kiến nghị")
    ]


def test_a_time_limit_counted_before_an_event():
    # QĐ 98/2025/QĐ-UBND of UBND tỉnh Nghệ An (a Quy chế on voters' petitions), Điều 15: before, no time for either report;
    # the limit runs to the event's name, not stopping at the capital after "của".
    rows = _rows(
        "**Điều 15. Tổng hợp báo cáo kết\nquả giải quyết kiến nghị cử tri trước kỳ họp thường lệ HĐND tỉnh**\n\n1. Chậm nhất là"
        " 30 ngày, trước ngày khai mạc kỳ họp\nthường lệ của HĐND tỉnh, các sở, ban, ngành có Báo cáo tổng hợp, đánh giá kết\nquả"
        " giải quyết kiến nghị cử tri thuộc thẩm quyền, báo cáo Chủ tịch UBND tỉnh.\nBáo cáo bao gồm các nội dung sau:\n\n2. Chậm"
        " nhất là 30 ngày, trước ngày khai mạc kỳ họp\nthường lệ của HĐND tỉnh, UBND cấp xã có Báo cáo tổng hợp, đánh giá kết quả"
        " giải\nquyết kiến nghị cử tri thuộc thẩm quyền, báo cáo Chủ tịch UBND tỉnh. Báo cáo\nbao gồm các nội dung sau:\n",
        NGHE_AN,
    )
    limit = "chậm nhất là 30 ngày, trước ngày khai mạc kỳ họp thường lệ của HĐND tỉnh"
    assert rows == [
        ("Các sở, ban, ngành", "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An", None, limit),
        ("Ủy ban nhân dân cấp xã", "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An", None, limit),
    ]


def test_an_addressee_after_cho_that_biet_closes():
    # QĐ 143/2025/QĐ-UBND of UBND tỉnh Đồng Tháp (realdocs fd4c4d6ec377c4d2), Quy chế Điều 11.1.a: before, no addressee.
    rows = _rows(
        "**Điều 11. Quy trình xử lý hệ thống thư điện tử công vụ tỉnh**\n\n1.\nĐối với hộp thư điện tử công vụ cơ quan, đơn"
        " vị\n\na)\nCá nhân được giao phải thường xuyên kiểm tra hộp thư điện tử công vụ của cơ\nquan, đơn vị và báo cáo hoặc"
        " chuyển tiếp nội dung đã nhận cho Thủ trưởng cơ\nquan, đơn vị biết để kịp thời giải quyết công việc.\n",
        DONG_THAP,
    )
    assert rows == [("Cá nhân được giao", "Thủ trưởng cơ quan, đơn vị", None, None)]
