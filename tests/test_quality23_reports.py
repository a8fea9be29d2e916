"""Reporting duties, round 23 (reports14): a body named by its role in lower case as the reporting clause's subject ("cơ
quan phối hợp phải báo cáo", "Cá nhân được giao … báo cáo", after an opening clause, "thì" or a period said without a comma),
and a report signed on another body's behalf ("thay mặt Chính phủ ký báo cáo …": the Chính phủ's). Fragments quoted from real
documents: a Chỉ thị of UBND tỉnh Đắk Lắk (corpus 036), Kế hoạch of UBND tỉnh Đồng Nai (corpus 031), Quy chế of Ban Chỉ đạo
nhà nước về du lịch, of UBND tỉnh Bắc Ninh, Đồng Tháp and Thái Nguyên, a Kết luận of Văn phòng Trung ương Đảng, NQ 393/NQ-CP
and a Công văn of Bộ Tài chính (realdocs); the seeds' README, "reports_to": `from` is the body whose report it is."""

from __future__ import annotations

from vanban.loaders.records import Header
from vanban.loaders.reports import ON_BEHALF, ROLE_JOINED_END, ROLE_SUBJECT, ROLE_SUBJECT_LISTED, find_reports
from vanban.loaders.text import make_text

from report_plans import plan_text

_DAK_LAK = Header(issuer="Ủy ban nhân dân tỉnh Đắk Lắk", province="Đắk Lắk")
_GOVERNMENT = Header(issuer="Chính phủ")


def _rows(body: str, header: Header = _DAK_LAK) -> list[tuple]:
    return [(r.from_, r.to, r.deadline, r.recurrence) for r in find_reports(make_text(plan_text(body)), header)]


def test_the_round_s_patterns():
    """The patterns' own reach, on the words of the fragments below."""
    m = ROLE_SUBJECT.match("cơ quan phối hợp phải báo cáo nêu rõ lý do")
    assert m and m.group("name") == "cơ quan phối hợp" and m.group("duty") == "phải"
    m = ROLE_SUBJECT.match("Cá nhân được giao phải thường xuyên kiểm tra hộp thư điện tử công vụ")
    assert m and m.group("name") == "Cá nhân được giao"
    m = ROLE_SUBJECT.match("cơ quan cử nhân sự có trách nhiệm báo cáo Trưởng Ban Chỉ đạo")
    assert m and m.group("name") == "cơ quan cử nhân sự"
    # Across commas only after "thì".
    assert ROLE_SUBJECT.match("các văn phòng tỉnh uỷ, thành uỷ, cơ quan đảng ở Trung ương kịp thời báo cáo") is None
    m = ROLE_SUBJECT_LISTED.match("các văn phòng tỉnh uỷ, thành uỷ, cơ quan đảng ở Trung ương kịp thời báo cáo")
    assert m and m.group("name") == "các văn phòng tỉnh uỷ, thành uỷ, cơ quan đảng ở Trung ương"
    # A capitalised body is the names data's, not a role.
    assert ROLE_SUBJECT.match("Sở Tài chính phải báo cáo") is None
    assert ROLE_JOINED_END.search("cá nhân chịu sự giám sát và")
    assert ON_BEHALF.search("thừa ủy quyền Thủ tướng Chính phủ thay mặt Chính phủ ký báo cáo")


def test_a_role_named_subject_after_an_opening_clause_reports():
    # Corpus 036 (Chỉ thị 010/CT-UBND of UBND tỉnh Đắk Lắk): before, the plan's addressees.
    assert _rows(
        "1. Cơ quan phối hợp có trách nhiệm trả lời bằng văn bản, nêu rõ quan điểm và đúng thời gian quy định khi được cơ quan"
        " chủ trì lấy ý kiến. Nếu quá thời hạn quy định, cơ quan phối hợp phải báo cáo nêu rõ lý do.\n"
    ) == [("Cơ quan phối hợp", None, None, "nếu quá thời hạn quy định")]
    # A Quy chế of Ban Chỉ đạo nhà nước về du lịch (realdocs 322358d6040a153b): before, no sender.
    rows = _rows(
        "1. Khi các thành viên Ban Chỉ đạo có sự thay đổi về nhân sự, cơ quan cử nhân sự có trách nhiệm báo cáo Trưởng Ban"
        " Chỉ đạo và thông báo bằng văn bản về Văn phòng Ban Chỉ đạo.\n",
        Header(issuer="Ban Chỉ đạo nhà nước về du lịch"),
    )
    assert [r[:2] for r in rows] == [("Cơ quan cử nhân sự", "Trưởng Ban Chỉ đạo")]
    # A Quy chế of UBND tỉnh Bắc Ninh (realdocs de16a702fae1465d): before, "Các cơ quan" (a word of the condition).
    rows = _rows(
        "1. Trong trường hợp phản ánh kiến nghị của cá nhân, tổ chức liên quan đến nhiều cơ quan, đơn vị xử lý khác nhau mà"
        " không thống nhất được phương án xử lý hoặc xử lý không triệt để, nơi tiếp nhận xử lý phản ánh kiến nghị phải báo"
        " cáo, tham mưu với cấp trên trực tiếp xem xét, chỉ đạo.\n",
        Header(issuer="Ủy ban nhân dân tỉnh Bắc Ninh", province="Bắc Ninh"),
    )
    assert [r[0] for r in rows] == ["Nơi tiếp nhận xử lý phản ánh kiến nghị"]


def test_a_role_named_subject_opening_a_lettered_item_reports():
    # QĐ 143/2025/QĐ-UBND of UBND tỉnh Đồng Tháp (realdocs fd4c4d6ec377c4d2): before, no sender; not "Đơn vị và" (the
    # owner's words before the verb).
    rows = _rows(
        "1. Đối với hộp thư điện tử công vụ cơ quan, đơn vị a) Cá nhân được giao phải thường xuyên kiểm tra hộp thư điện tử"
        " công vụ của cơ quan, đơn vị và báo cáo Thủ trưởng cơ quan, đơn vị để kịp thời giải quyết công việc.\n",
        Header(issuer="Ủy ban nhân dân tỉnh Đồng Tháp", province="Đồng Tháp"),
    )
    assert [r[0] for r in rows] == ["Cá nhân được giao"]


def test_a_subject_after_then_lists_its_bodies():
    # A Kết luận of Văn phòng Trung ương Đảng (realdocs 6e4d7759e03163f7): before, no sender.
    rows = _rows(
        "1. Quá trình tổ chức thực hiện nếu có khó khăn, vướng mắc thì các văn phòng tỉnh uỷ, thành uỷ, cơ quan đảng ở Trung"
        " ương kịp thời báo cáo, trao đổi với Văn phòng Trung ương Đảng.\n",
        Header(issuer="Văn phòng Trung ương Đảng"),
    )
    assert rows[0][0] == "Các văn phòng tỉnh ủy, thành ủy, cơ quan đảng ở Trung ương"


def test_a_group_right_before_the_verb_after_a_period():
    # Corpus 031 (KH 179/KH-UBND of UBND tỉnh Đồng Nai): before, the last item's doer ("Các cơ sở đào tạo đại học …").
    rows = _rows(
        "1. Các cơ sở đào tạo đại học ở các lĩnh vực ngành, nghề phối hợp với các Viện nghiên cứu phát triển các công nghệ"
        " mới.\n\n2. Yêu cầu các sở, ban, ngành, đoàn thể tỉnh triển khai thực hiện tốt Kế hoạch này. Định kỳ 06 tháng các"
        " cơ quan có liên quan báo cáo kết quả thực hiện gửi về Sở Khoa học và Công nghệ để tổng hợp báo cáo UBND tỉnh.\n",
        Header(issuer="Ủy ban nhân dân tỉnh Đồng Nai", province="Đồng Nai"),
    )
    assert rows[0][:2] == ("Các cơ quan có liên quan", "Sở Khoa học và Công nghệ tỉnh Đồng Nai")


def test_a_role_is_not_read_where_the_names_are_not_a_subject():
    # KH of a province's conclusion (tests/test_quality18_reports.py): "Văn phòng tổng hợp báo cáo …", the office compiles
    # (no word of duty, and "tổng hợp" is no name's word).
    rows = _rows("1. Văn phòng tổng hợp báo cáo Chủ tịch UBND tỉnh kết quả thực hiện các nội dung trên.\n")
    assert [r[0] for r in rows] == [None]
    # Corpus 078 (a Nghị quyết of HĐND tỉnh Hà Giang): the bodies supervised are the object, their "và" the verb's.
    rows = _rows(
        "1. Thường trực Hội đồng nhân dân tỉnh: theo dõi kết quả thực hiện kiến nghị sau giám sát của các cơ quan, tổ chức,"
        " cá nhân chịu sự giám sát và báo cáo Hội đồng nhân dân tại kỳ họp gần nhất.\n",
        Header(issuer="Hội đồng nhân dân tỉnh Hà Giang", province="Hà Giang"),
    )
    assert rows and rows[0][0] != "Cá nhân chịu sự giám sát và"


def test_a_report_signed_on_the_governments_behalf_is_the_governments():
    # NQ 393/NQ-CP (realdocs 7f4621fd812c6ff9) and CV 18491/BTC-CST (realdocs 944fbe7407cc11f8).
    rows = _rows(
        "1. Giao Bộ trưởng Bộ Nội vụ thừa ủy quyền Thủ tướng Chính phủ thay mặt Chính phủ ký báo cáo tiếp thu, giải trình và"
        " chỉnh lý dự thảo Luật Viên chức (sửa đổi) báo cáo Ủy ban Thường vụ Quốc hội.\n",
        _GOVERNMENT,
    )
    assert [r[:2] for r in rows] == [("Chính phủ", "Ủy ban Thường vụ Quốc hội")]
    # Acting for a body as an opening, its subject after the comma: the subject reports.
    rows = _rows(
        "1. Thay mặt Chính phủ, Bộ trưởng Bộ Tài chính báo cáo Quốc hội kết quả thực hiện dự toán ngân sách nhà nước.\n",
        _GOVERNMENT,
    )
    assert [r[:2] for r in rows] == [("Bộ trưởng Bộ Tài chính", "Quốc hội")]


def test_a_superior_or_a_state_body_named_by_its_field_is_the_addressee():
    # Corpus 030 (KH of UBND tỉnh Đắk Lắk on aquaculture): before, no addressee.
    rows = _rows(
        "1. Các cơ sở sản xuất giống, NTTS thương phẩm: - Theo dõi các diễn biến bất thường của môi trường NTTS và báo cáo"
        " với cơ quan quản lý nhà nước về NTTS tại địa phương.\n"
    )
    assert [r[1] for r in rows] == ["Cơ quan quản lý nhà nước về NTTS tại địa phương"]
    # A Công văn of Sở Nội vụ TP Hồ Chí Minh (realdocs d604b4df6300560b): before, 'Cơ quan chuyên môn' (cut).
    rows = _rows(
        "1. Bên cho thuê lại lao động lập hồ sơ ghi rõ số lao động đã cho thuê lại, bên thuê lại lao động và định kỳ báo cáo"
        " cơ quan chuyên môn về lao động thuộc Ủy ban nhân dân cấp tỉnh.\n"
    )
    assert [r[1] for r in rows] == ["Cơ quan chuyên môn về lao động thuộc Ủy ban nhân dân cấp tỉnh"]
    # A Quyết định of Cục Thuế (realdocs 9e9ed41212fc9334): the superior kept whole, "trực tiếp" too.
    rows = _rows(
        "1. Định kỳ trước ngày 31 tháng 12 hàng năm, cơ quan thuế các cấp phải báo cáo cơ quan thuế cấp trên trực tiếp về tình"
        " hình thực hiện quy tắc ứng xử của công chức thuế.\n",
        Header(issuer="Cục Thuế"),
    )
    assert [r[1] for r in rows] == ["Cơ quan thuế cấp trên trực tiếp"]
    # Not the report's matter: "báo cáo tình hình …" names no addressee.
    assert [r[1] for r in _rows("1. Các cơ quan, đơn vị báo cáo tình hình thực hiện theo quy định.\n")] == [None]


def test_a_period_opening_the_clause_with_its_day_in_brackets():
    # A Quy định of Ban Bí thư on data sharing (realdocs ca9ba61fc61bf961): before, no recurrence.
    rows = _rows(
        "1. Các cơ quan chủ quản dữ liệu có trách nhiệm ban hành bằng hình thức văn bản phù hợp quy định, cụ thể về nội dung"
        " chia sẻ dữ liệu (các trường dữ liệu chia sẻ, tần suất chia sẻ, định dạng dữ liệu chia sẻ), quy trình và cách thức"
        " chia sẻ dữ liệu; định kỳ hằng năm (trước ngày 25/12 trong năm) hoặc đột xuất thực hiện rà soát, cập nhật danh mục,"
        " nội dung chia sẻ dữ liệu và thực hiện gửi báo cáo kết quả chia sẻ dữ liệu về Văn phòng Trung ương Đảng.\n",
        Header(issuer="Ban Bí thư Trung ương Đảng"),
    )
    assert [r[3] for r in rows] == ["định kỳ hằng năm (trước ngày 25/12)"]
    # Corpus 015 (KH of UBND tỉnh Đồng Tháp): the day is the units' report's, not the one compiled from it.
    rows = _rows(
        "1. Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện. Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo kết"
        " quả thực hiện về Sở Xây dựng, để tổng hợp báo cáo Ủy ban nhân dân Tỉnh và Ban Chỉ đạo về phát triển khoa học, công"
        " nghệ, đổi mới sáng tạo và chuyển đối số tỉnh Đồng Tháp.\n",
        Header(issuer="Ủy ban nhân dân tỉnh Đồng Tháp", province="Đồng Tháp"),
    )
    # The compiled report to its two addressees, one entry each (round 25).
    assert [r[3] for r in rows] == ["định kỳ hằng năm (trước ngày 30/11)", None, None]


def test_a_window_of_days_is_not_read_into_the_addressee_and_dates_a_yearly_report():
    # QĐ 2519/QĐ-UBND of UBND TP Cần Thơ (realdocs 1813348fc14ac2b7), without its bold: before, 'Sở Nội vụ từ thành phố Cần
    # Thơ'.
    rows = _rows(
        "1. Hằng năm, các cơ quan, đơn vị cấp thành phố và Ủy ban nhân dân xã, phường xây dựng báo cáo, tiến hành tự chấm điểm,"
        " tự đánh giá xếp loại công tác dân vận và gửi báo cáo về Sở Nội vụ từ ngày 10 đến ngày 15 tháng 12;\n",
        Header(issuer="Ủy ban nhân dân thành phố Cần Thơ", province="Cần Thơ"),
    )
    # The window is the yearly report's day (before: 'hằng năm').
    assert [r[1::2] for r in rows] == [("Sở Nội vụ thành phố Cần Thơ", "hằng năm (từ ngày 10 đến ngày 15/12)")]


def test_what_is_watched_and_reported_is_not_the_reports_owner():
    # A Kết luận of Văn phòng Trung ương Đảng (realdocs 6e4d7759e03163f7): before, 'Các cấp ủy và các tổ chức đảng trực thuộc'.
    rows = _rows(
        "1. Văn phòng Trung ương Đảng và các văn phòng tỉnh uỷ, thành uỷ nâng cao chất lượng công tác thông tin phục vụ lãnh"
        " đạo. Theo dõi sát và báo cáo kịp thời tình hình hoạt động của các cấp uỷ và các tổ chức đảng trực thuộc.\n",
        Header(issuer="Văn phòng Trung ương Đảng"),
    )
    assert rows and "cấp ủy" not in (rows[0][0] or "") and "cấp uỷ" not in (rows[0][0] or "")


def test_the_evidence_of_a_bracketed_day_starts_at_its_period():
    # The brief's form (session 14): "định kỳ hằng quý (trước ngày 20 của tháng cuối quý)" before the verb.
    reports = find_reports(
        make_text(plan_text(
            "1. Ủy ban nhân dân các xã, phường định kỳ hằng quý (trước ngày 20 của tháng cuối quý) báo cáo tình hình thực"
            " hiện về Sở Tư pháp.\n"
        )),
        _DAK_LAK,
    )
    assert [(r.recurrence, r.evidence.split(" báo cáo")[0]) for r in reports] == [
        ("định kỳ hằng quý (trước ngày 20 của tháng cuối quý)", "định kỳ hằng quý (trước ngày 20 của tháng cuối quý)")
    ]


def test_a_numbered_label_inside_an_item_names_whose_duties_follow():
    # Corpus 047 (QĐ 1627/QĐ-UBND of UBND tỉnh Quảng Ngãi, a national inventory's plan): the "*1.5.*" labels are read by no
    # outline; before, the units of the label before ('Các sở, ban, ngành tỉnh, …').
    rows = _rows(
        "1. Nhiệm vụ của thành viên Ban Chỉ đạo\n*1.4. Ủy ban nhân dân các phường, xã, đặc khu*\n- Tổng hợp kết quả kiểm kê,"
        " báo cáo kết quả bằng văn bản gửi về Sở Tài chính. Thời gian hoàn thành: Trước ngày 15/4/2026.\n*1.5. Trách nhiệm"
        " của đối tượng thực hiện kiểm kê:*\n- Thực hiện kiểm kê tài sản thuộc phạm vi kiểm kê do mình đang trực tiếp quản lý."
        "\n- Báo cáo kết quả kiểm kê cho cơ quan quản lý cấp trên (trong trường hợp có cơ quan quản lý cấp trên). Thời hạn"
        " hoàn thành: Trước ngày 31/3/2026.\n",
        Header(issuer="Ủy ban nhân dân tỉnh Quảng Ngãi", province="Quảng Ngãi"),
    )
    assert rows[-1][:3] == ("Đối tượng thực hiện kiểm kê", "Cơ quan quản lý cấp trên", "2026-03-31")


def test_a_report_that_comments_serve_to_finish_is_no_duty():
    # A Quy chế of Ban Chỉ đạo nhà nước về du lịch (realdocs 322358d6040a153b): before, a duty of the members.
    board = Header(issuer="Ban Chỉ đạo nhà nước về du lịch")
    assert _rows(
        "1. Các thành viên Ban Chỉ đạo có trách nhiệm góp ý bằng văn bản gửi theo đường công văn hoặc qua thư điện tử về Văn"
        " phòng Ban Chỉ đạo để hoàn thiện báo cáo trước khi tổ chức họp tối thiểu 03 ngày làm việc.\n",
        board,
    ) == []
    # Finished, then sent with a date: a duty.
    rows = _rows("1. Sở Tài chính tiếp thu ý kiến để hoàn thiện báo cáo gửi Bộ Tài chính trước ngày 15/12/2025.\n")
    assert [r[1:3] for r in rows] == [("Bộ Tài chính", "2025-12-15")]


def test_matters_beyond_the_bodys_power_are_the_event_of_a_report_of_its_own():
    # Công điện 224/CĐ-TTg (realdocs 1095764e502a89b8): before, the last report was dropped as the dated one said again.
    rows = _rows(
        "1. Bộ Xây dựng xây dựng báo cáo trung tâm, bài phát biểu của Thủ tướng Chính phủ, báo cáo Thủ tướng Chính phủ"
        " trước ngày 13 tháng 12 năm 2025.\n\n2. Tập đoàn Công nghiệp - Viễn thông Quân đội chủ trì, phối hợp với Bộ Xây dựng"
        " bảo đảm đường truyền.\n\n3. Tổng công ty Đường sắt Việt Nam bảo đảm an toàn chạy tàu.\n\n4. Giao Bộ Xây dựng chủ"
        " trì, phối hợp với Văn phòng Chính phủ, Bộ Tài chính theo dõi, đôn đốc, kiểm tra các bộ, cơ quan, địa phương thực"
        " hiện nhiệm vụ được giao tại Công điện này, kịp thời báo cáo Phó Thủ tướng Chính phủ Trần Hồng Hà để xem xét, chỉ"
        " đạo xử lý; vượt thẩm quyền báo cáo Thủ tướng Chính phủ.\n",
        Header(issuer="Thủ tướng Chính phủ"),
    )
    assert ("Bộ Xây dựng", "Thủ tướng Chính phủ", None, "vượt thẩm quyền") in rows
    assert ("Bộ Xây dựng", "Thủ tướng Chính phủ", "2025-12-13", None) in rows


def test_an_addressee_then_a_second_verb_is_no_title_before_a_subject():
    # A Quy chế of Ban Chỉ đạo quốc gia về phát triển ngành công nghiệp bán dẫn (realdocs c258e5aa7ee387c3): before, missed
    # ("Trưởng ban và ủy quyền cho người đại diện" read as a name that "có trách nhiệm" follows).
    rows = _rows(
        "4. Các Ủy viên có trách nhiệm tham dự đầy đủ các cuộc họp của Ban Chỉ đạo, trường hợp do bận công tác quan trọng"
        " khác không thể tham dự họp, phải báo cáo Trưởng ban và ủy quyền cho người đại diện có trách nhiệm dự họp; ý kiến"
        " của người dự họp là ý kiến chính thức của Ủy viên Ban Chỉ đạo.\n",
        Header(issuer="Ban Chỉ đạo quốc gia về phát triển ngành công nghiệp bán dẫn"),
    )
    assert [r[:2] for r in rows] == [("Các Ủy viên", "Trưởng ban")]


def test_the_compiled_report_is_due_on_the_event_of_the_feedback():
    # A Quy chế of UBND tỉnh Bắc Ninh (realdocs de16a702fae1465d): before, dropped as the Sở's yearly report said again.
    bac_ninh = Header(issuer="Ủy ban nhân dân tỉnh Bắc Ninh", province="Bắc Ninh")
    rows = _rows(
        "1. Sở Khoa học và Công nghệ: Hàng năm rà soát, lập dự toán kinh phí báo cáo UBND tỉnh xem xét, phê duyệt để bảo trì,"
        " nâng cấp ứng dụng.\n\n2. Văn phòng Ủy ban nhân dân tỉnh tuyên truyền rộng rãi về hoạt động của ứng dụng.\n\n3."
        " Ủy ban nhân dân cấp xã hướng dẫn người dân sử dụng ứng dụng.\n\n4. Trong quá trình thực hiện nếu phát sinh khó khăn,"
        " vướng mắc bất cập, các cơ quan, đơn vị kịp thời phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh"
        " xem xét, quyết định.\n",
        bac_ninh,
    )
    assert (
        "Sở Khoa học và Công nghệ tỉnh Bắc Ninh", "Ủy ban nhân dân tỉnh Bắc Ninh", None, "nếu phát sinh khó khăn, vướng mắc bất cập"
    ) in rows


def test_a_report_asked_for_one_matter_is_a_duty_of_its_own():
    # The Điều lệ of Quỹ Bảo vệ môi trường tỉnh Quảng Trị (QĐ 2696/QĐ-UBND, realdocs 1f9faa032326f975): before, each later
    # report of the fund's director to its board was dropped as the first one said again.
    fund = Header(issuer="Ủy ban nhân dân tỉnh Quảng Trị", province="Quảng Trị")
    rows = _rows(
        "1. Giám đốc Quỹ Bảo vệ môi trường xem xét, điều chỉnh kỳ hạn nợ theo đề nghị của đối tượng vay vốn và báo cáo Hội đồng"
        " Quản lý Quỹ Bảo vệ môi trường tại kỳ họp gần nhất.\n\n2. Quỹ Bảo vệ môi trường tài trợ cho các hoạt động bảo vệ môi"
        " trường. Giám đốc Quỹ Bảo vệ môi trường quyết định mức tài trợ với từng đối tượng được tài trợ. Đối với mức tài trợ"
        " từ 100 triệu đồng trở lên, Giám đốc Quỹ Bảo vệ môi trường báo cáo Hội đồng Quản lý Quỹ Bảo vệ môi trường xem xét,"
        " quyết định.\n",
        fund,
    )
    assert [r[3] for r in rows] == [None, "đối với mức tài trợ từ 100 triệu đồng trở lên"]
    # Bodies are no matter: "Đối với các sở, ban, ngành, …" names who reports.
    rows = _rows("1. Đối với các sở, ban, ngành, định kỳ 6 tháng báo cáo kết quả về Sở Nội vụ.\n")
    assert all(r[3] is None or "đối với" not in r[3] for r in rows)


def test_sentences_that_name_reports_set_no_duty():
    # The forms of reports named, not asked for, in plans and conclusions (the brief of session 14): a finding said in the
    # past, a report's quality, a field of work.
    assert _rows(
        "1. Báo cáo kết quả thực hiện năm 2024 của Sở Nội vụ đã nêu rõ những tồn tại, hạn chế.\n\n2. Chất lượng báo cáo của"
        " một số đơn vị còn hạn chế, chưa đáp ứng yêu cầu.\n\n3. Tăng cường ứng dụng công nghệ thông tin trong công tác thống"
        " kê, báo cáo.\n\n4. Theo báo cáo nhanh của Ban Chỉ huy, bão số 3 đã làm 5 người bị thương.\n"
    ) == []
    # A field of work that goes on to its addressee is a duty.
    rows = _rows("1. Sở Y tế chủ trì trong công tác thống kê, báo cáo Ủy ban nhân dân tỉnh tình hình dịch bệnh.\n")
    assert [r[:2] for r in rows] == [("Sở Y tế tỉnh Đắk Lắk", "Ủy ban nhân dân tỉnh Đắk Lắk")]


def test_a_boards_working_group_reports():
    # The brief of session 14: a team named at length as the sender ("Tổ giúp việc Ban Chỉ đạo …"); before, no sender.
    rows = _rows(
        "1. Tổ giúp việc Ban Chỉ đạo thực hiện Đề án 06 tỉnh tổng hợp, báo cáo Ban Chỉ đạo trước ngày 20/12/2025.\n"
    )
    assert [r[:3] for r in rows] == [("Tổ giúp việc Ban Chỉ đạo", "Ban Chỉ đạo", "2025-12-20")]


def test_the_holder_a_label_names_is_no_staff_unit_that_compiles_for_the_issuer():
    # Corpus 047: "*1.6. Trách nhiệm của các cơ quan quản lý cấp trên …:*" / "- Tổng hợp kết quả kiểm kê … để báo cáo …"; before,
    # the issuer (the compiling read as a staff unit's).
    rows = _rows(
        "1. Nhiệm vụ của thành viên Ban Chỉ đạo\n*1.6. Trách nhiệm của các cơ quan quản lý cấp trên (bao gồm cả cơ quan đại"
        " diện chủ sở hữu của doanh nghiệp):*\n- Tổng hợp kết quả kiểm kê của các cơ quan, tổ chức, đơn vị, doanh nghiệp cấp"
        " dưới để báo cáo cơ quan chịu trách nhiệm tổng hợp kết quả kiểm kê theo thời hạn.\n",
        Header(issuer="Ủy ban nhân dân tỉnh Quảng Ngãi", province="Quảng Ngãi"),
    )
    assert [r[0] for r in rows] == ["Các cơ quan quản lý cấp trên"]
