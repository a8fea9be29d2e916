"""Reporting duties, round 24 (reports15), from a hand check of fresh real documents: a letter's addressee wrapped over two
lines read whole (the letter's duty is its addressees'); a board's helping sub-committee keeps the report it compiles; a
period opening a clause with "hoặc đột xuất" or its months written out again ("Định kỳ 06 (sáu) tháng hoặc đột xuất,
Văn phòng" / "UBND tỉnh báo cáo …"), and a time limit counted in days ("Chậm nhất là 30 ngày, trước ngày khai mạc kỳ họp
…, các sở, ban, ngành …"), before the subject; the guidance asked "của" the addressee; the addressee of a proposal after the
report; an authority named by its part ("các cơ quan quản lý nhà nước có liên quan"); an article's title, no duty; a period
that opens a sentence is each of its semicolon clauses'. Fragments quoted from CV 17809/BTC-CTK (Bộ Tài chính), CV
6225/BVHTTDL-VP (Bộ VHTTDL), CV 6356/UBND-NNMT (UBND thành phố Hà Nội), QĐ 98/2025/QĐ-UBND (the Quy chế of UBND tỉnh Nghệ
An on voters' petitions) and KH 624/KH-UBND of UBND tỉnh Hà Tĩnh (corpus 016); the seeds' README, "reports_to": `from` is
the body whose report it is, a staff unit that only compiles its parent's report is not its sender."""

from __future__ import annotations

from vanban.loaders.parties import DEADLINE_OPENING, PERIOD_OPENING, doers, name_at
from vanban.loaders.records import Header
from vanban.loaders.reports import BOARDS_AGENCY, MONTHS_IN_WORDS, RECURRENCE, SUPERIOR, TITLE_HEAD_END, find_reports
from vanban.loaders.sections import letter_addressees, outline
from vanban.loaders.text import make_text

from report_plans import plan_text

_NGHE_AN = Header(issuer="Ủy ban nhân dân tỉnh Nghệ An", province="Nghệ An")
_HA_TINH = Header(issuer="Ủy ban nhân dân tỉnh Hà Tĩnh", province="Hà Tĩnh")


def _rows(text: str, header: Header) -> list[tuple]:
    return [(r.from_, r.to, r.deadline, r.recurrence) for r in find_reports(make_text(text), header)]


def _rule(articles: str) -> str:
    """``articles`` (from "**Điều 2.") as the Quy chế a Quyết định of UBND tỉnh Nghệ An promulgates, after its first article."""
    return (
        "**QUY CHẾ**\n\nTIẾP NHẬN, XỬ LÝ, GIẢI QUYẾT VÀ TRẢ LỜI KIẾN NGHỊ CỦA CỬ TRI TRÊN ĐỊA BÀN TỈNH NGHỆ AN\n\n"
        "**Chương I**\n\n**NHỮNG QUY ĐỊNH CHUNG**\n\n**Điều 1. Phạm vi điều chỉnh**\n\n1. Quy chế này quy định trách nhiệm trong"
        " việc phối hợp, thực hiện việc tiếp nhận, giải quyết và trả lời kiến nghị của cử tri.\n\n" + articles
    )


def _plan_parties(body: str, header: Header) -> list[tuple]:
    """(from, to) of each report of ``body`` in a plan's TỔ CHỨC THỰC HIỆN."""
    return [r[:2] for r in _rows(plan_text(body), header)]


def _rule_parties(articles: str, header: Header = _NGHE_AN) -> list[tuple]:
    """(from, to) of each report the Quy chế with ``articles`` sets."""
    return [r[:2] for r in _rows(_rule(articles), header)]


def test_the_round_s_patterns():
    """The patterns' own reach, on the words of the fragments below."""
    assert PERIOD_OPENING.match("Định kỳ 06 (sáu) tháng hoặc đột xuất, Văn phòng UBND tỉnh báo cáo")
    assert PERIOD_OPENING.match("Định kỳ hoặc đột xuất, Văn phòng UBND tỉnh báo cáo")
    assert PERIOD_OPENING.match("Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12), các sở, ngành báo cáo")
    assert PERIOD_OPENING.match("Định kỳ báo cáo UBND tỉnh") is None  # a bare "Định kỳ" before the verb opens no subject
    assert DEADLINE_OPENING.match(
        "Chậm nhất là 30 ngày, trước ngày khai mạc kỳ họp thường lệ của HĐND tỉnh, các sở, ban, ngành có Báo cáo"
    )
    assert DEADLINE_OPENING.match("Trong thời hạn 10 ngày làm việc kể từ ngày nhận được kiến nghị, các Sở, ban, ngành")
    assert DEADLINE_OPENING.match("Trong 05 năm tới, các sở, ban, ngành") is None  # days only, counted from an event
    assert RECURRENCE.match("Định kỳ 06 (sáu) tháng").group(0) == "Định kỳ 06 (sáu) tháng"
    assert MONTHS_IN_WORDS.sub("", "06 (sáu) tháng") == "06 tháng"
    assert SUPERIOR.fullmatch("các cơ quan quản lý nhà nước có liên quan")
    assert SUPERIOR.fullmatch("cơ quan quản lý nhà nước có thẩm quyền")
    assert BOARDS_AGENCY.match("Tiểu ban giúp việc Ban Chỉ đạo 934")
    assert BOARDS_AGENCY.match("Tổ giúp việc Ban Chỉ đạo thực hiện Đề án 06 tỉnh")
    assert BOARDS_AGENCY.match("Tiểu ban Văn kiện") is None  # no board's helper named
    assert TITLE_HEAD_END.search("**Điều 15. Tổng hợp báo cáo kết quả giải quyết kiến nghị cử tri trước kỳ họp**")
    assert TITLE_HEAD_END.search("**Điều 3.** Chánh Văn phòng … chịu trách nhiệm thi hành Quyết định này./.") is None
    assert name_at("Tiểu ban giúp việc Ban Chỉ đạo 934 thực hiện phân công", 0) == ("Tiểu ban giúp việc Ban Chỉ đạo 934", 34)
    assert [d[0] for d in doers("Định kỳ 06 (sáu) tháng hoặc đột xuất, Văn phòng UBND tỉnh báo cáo")] == ["Văn phòng UBND tỉnh"]


def test_a_letters_addressee_wrapped_over_two_lines_reports():
    # CV 17809/BTC-CTK of Bộ Tài chính: before, the sender "Ủy" (the address line's first word).
    text = make_text(
        "* *\n**Kính gửi:** Ủy\nban nhân dân các tỉnh, thành phố trực thuộc trung ương\nThực hiện Nghị định số 94/2022/NĐ-CP"
        " ngày\n07/11/2022 của Chính phủ, Bộ Tài\nchính đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:\n"
        "- Chỉ đạo các Sở, ngành đánh giá thuận lợi, khó khăn;\nĐể đảm bảo thời gian biên soạn và tổng hợp số liệu,\nđề nghị"
        " Quý Ủy ban gửi báo cáo đánh giá và các biểu số liệu về Bộ Tài chính (Cục\nThống kê) chậm nhất ngày 22/11/2025.\n"
        "Bộ Tài chính trân trọng cảm ơn sự phối hợp của Quý Ủy\nban./.\n|\nNơi nhận:\n- Như trên;\n- Lưu: VT, CTK.\n"
    )
    assert letter_addressees(text, outline(text)) == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
    rows = [(r.from_, r.to, r.deadline) for r in find_reports(text, Header(issuer="Bộ Tài chính"))]
    assert rows == [("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Bộ Tài chính", "2025-11-22")]
    # A bulleted name wrapped too (CV 6225/BVHTTDL-VP): one addressee, not its first line alone.
    text = make_text(
        "**Kính gửi:**\n|\n- Các cơ quan tham mưu\nquản lý nhà nước thuộc Bộ;\n- Trung tâm Chuyển đổi số Văn hóa, Thể thao và"
        " Du lịch.\n|\nThủ tướng Chính phủ đã ban hành Chỉ thị số 33/CT-TTg ngày 06/11/2025.\n"
    )
    assert letter_addressees(text, outline(text)) == [
        "Các cơ quan tham mưu quản lý nhà nước thuộc Bộ", "Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch",
    ]


def test_a_boards_helping_sub_committee_keeps_its_compiled_report():
    # CV 6225/BVHTTDL-VP of Bộ VHTTDL: before, the Bộ (the sub-committee read as its staff unit compiling its report).
    assert _plan_parties(
        "**2. Tiểu ban giúp việc Ban Chỉ đạo 934**\n- Thực hiện phân công nhiệm vụ kịp thời cho các cơ quan, đơn vị và"
        " thành viên Tiểu ban.\n- Thường xuyên tổ chức giao ban, tăng cường công tác kiểm tra, đôn đốc việc triển khai"
        " thực hiện nhiệm vụ được giao. Đối với các vấn đề phức tạp, vượt thẩm quyền, phải kịp thời tổng hợp, báo cáo và"
        " đề xuất, trình cấp có thẩm quyền xem xét, quyết định, không để ảnh hưởng đến tiến độ chung.\n",
        Header(issuer="Bộ Văn hóa, Thể thao và Du lịch"),
    ) == [("Tiểu ban giúp việc Ban Chỉ đạo 934", "Cấp có thẩm quyền")]


def test_a_period_opening_with_at_need_before_a_subject_cut_by_a_line_break():
    # QĐ 98/2025/QĐ-UBND (Quy chế, Điều 18): before, "Ủy ban nhân dân tỉnh Nghệ An" reporting to itself, 'định kỳ' (the
    # first line read as the item's title, the subject read after it).
    rows = _rows(
        _rule(
            "**Điều 2. Triển khai thực hiện\nQuy chế**\n\n1. Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở,\nban, ngành cấp"
            " tỉnh triển khai thực hiện Quy chế này.\n\n2. Định kỳ 06 (sáu) tháng hoặc đột xuất, Văn phòng\nUBND tỉnh báo cáo"
            " UBND tỉnh, Chủ tịch UBND tỉnh tình hình, kết quả giải quyết\nkiến nghị cử tri của các Sở, ban, ngành, địa"
            " phương.\n\n3. Văn phòng UBND tỉnh chịu trách nhiệm theo dõi,\nđôn đốc, kiểm tra việc thực hiện Quy chế; kịp"
            " thời tổng hợp, báo cáo khó khăn,\nvướng mắc, đề xuất UBND tỉnh xem xét, quyết định sửa đổi, bổ sung phù hợp./.\n"
        ),
        _NGHE_AN,
    )
    # The second: before, missed (no addressee read, the office's compiling given to the committee, merged with the first).
    assert rows == [  # one entry per addressee (round 25)
        ("Văn phòng Ủy ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An", None, "định kỳ 6 tháng"),
        ("Văn phòng Ủy ban nhân dân tỉnh Nghệ An", "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An", None, "định kỳ 6 tháng"),
        ("Văn phòng Ủy ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An", None, None),
    ]


def test_a_time_limit_in_days_opens_the_clause_and_an_articles_title_is_no_duty():
    # QĐ 98/2025/QĐ-UBND (Quy chế, Điều 15): before, the title a duty of the committee's, both reports from no one, merged.
    assert _rule_parties(
        "**Điều 2. Tổng hợp báo cáo kết\nquả giải quyết kiến nghị cử tri trước kỳ họp thường lệ HĐND tỉnh**\n\n1. Chậm nhất"
        " là 30 ngày, trước ngày khai mạc kỳ họp\nthường lệ của HĐND tỉnh, các sở, ban, ngành có Báo cáo tổng hợp, đánh"
        " giá kết\nquả giải quyết kiến nghị cử tri thuộc thẩm quyền, báo cáo Chủ tịch UBND tỉnh.\nBáo cáo bao gồm các"
        " nội dung sau:\n\na) Số lượng kiến nghị được chuyển đến;\n\n2. Chậm nhất là 30 ngày, trước ngày khai mạc kỳ họp\n"
        "thường lệ của HĐND tỉnh, UBND cấp xã có Báo cáo tổng hợp, đánh giá kết quả giải\nquyết kiến nghị cử tri thuộc"
        " thẩm quyền, báo cáo Chủ tịch UBND tỉnh. Báo cáo\nbao gồm các nội dung sau:\n\na) Số lượng kiến nghị được"
        " chuyển đến;\n"
    ) == [
        ("Các sở, ban, ngành", "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"),
        ("Ủy ban nhân dân cấp xã", "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"),
    ]


def test_the_subject_after_then_and_its_time_limit_and_the_guidance_asked_of_the_addressee():
    # Before: the addressee "Cơ quan, tổ chức" (those informed), and the second report from no one.
    assert _rule_parties(
        "**Điều 2. Trách nhiệm của Văn\nphòng UBND tỉnh**\n\n1. Trường hợp nhận được thông tin phản hồi về việc\ncơ quan,"
        " đơn vị giải quyết, trả lời cử tri không đúng pháp luật, Văn phòng UBND tỉnh có trách nhiệm kiểm tra\nthông"
        " tin. Trong thời hạn 03 ngày làm việc, kể từ ngày nhận được thông tin, Văn\nphòng UBND tỉnh có văn bản đôn đốc"
        " hoặc báo cáo xin ý kiến chỉ đạo của Chủ tịch\nUBND tỉnh, đồng thời gửi đến cơ quan, tổ chức, cử tri đã cung"
        " cấp thông tin để\nbiết.\n\n**Điều 3. Trách nhiệm của các sở,\nban, ngành**\n\n1. Đối với kiến nghị vượt quá"
        " khả năng, điều kiện\nhoặc có khó khăn, vướng mắc thì trong thời hạn 07 ngày làm việc kể từ ngày nhận\nđược"
        " kiến nghị, sở, ban, ngành được giao chủ trì phải có văn bản báo cáo Chủ tịch\nUBND tỉnh để chỉ đạo.\n"
    ) == [
        ("Văn phòng Ủy ban nhân dân tỉnh Nghệ An", "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"),
        ("Sở, ban, ngành", "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"),
    ]


def test_an_authority_named_by_its_part_is_the_addressee():
    # CV 6356/UBND-NNMT of UBND thành phố Hà Nội: before, "Các cơ quan".
    rows = _rows(
        plan_text(
            "**8. UBND\ncác xã, phường:**\n\n- Chủ tịch UBND các phường,\nxã chịu trách nhiệm toàn diện trong việc quản lý"
            " chất lượng môi trường không\nkhí đối với các nguồn phát thải bụi, khí thải trên địa bàn, xử lý kịp thời hoặc\n"
            "có báo cáo các cơ quan quản lý nhà nước có liên quan để phối hợp xử lý theo thẩm\nquyền.\n"
        ),
        Header(issuer="Ủy ban nhân dân thành phố Hà Nội", province="Hà Nội"),
    )
    assert [r[1] for r in rows] == ["Các cơ quan quản lý nhà nước có liên quan"]


def test_a_period_opening_a_sentence_is_each_of_its_semicolon_clauses():
    # KH 624/KH-UBND of UBND tỉnh Hà Tĩnh (corpus 016): before, no recurrence.
    rows = _rows(
        plan_text(
            "10. Ủy ban\nnhân dân các xã, phường\n\na) Ban hành kế hoạch triển khai\nthực hiện Chương trình tại địa phương"
            " giai đoạn 2025 - 2035.\n\ne) Hằng năm, tổ chức kiểm tra,\nđánh giá tình hình thực hiện Chương trình trên địa"
            " bàn; tổ chức đánh giá sơ kết\nvà tổng kết theo hướng dẫn của Sở Giáo dục và Đào tạo để tổng hợp, báo cáo UBND\n"
            "tỉnh và Bộ Giáo dục và Đào tạo.\n"
        ),
        _HA_TINH,
    )
    assert [r[3] for r in rows] == ["hằng năm", "hằng năm"]  # to UBND tỉnh and to the Bộ: one entry each (round 25)
    # Not across a sentence's end: "Hằng năm, …." then a sentence of its own.
    rows = _rows(
        plan_text(
            "1. Sở Giáo dục và Đào tạo\n\na) Hằng năm, tổ chức kiểm tra, đánh giá tình hình thực hiện Chương trình. Tổ chức"
            " sơ kết; báo cáo UBND tỉnh kết quả thực hiện.\n"
        ),
        _HA_TINH,
    )
    assert [r[3] for r in rows] == [None]


def test_an_article_whose_head_runs_into_its_text_keeps_its_duty():
    # Not a title: "**Điều 2.** X báo cáo …" (the article's head is its sentence), as Điều 3 of a Quyết định.
    assert _rule_parties(
        "**Điều 2.** Văn phòng UBND tỉnh định kỳ hằng năm báo cáo Chủ tịch UBND tỉnh kết quả thực hiện Quy chế này./.\n"
    ) == [("Văn phòng Ủy ban nhân dân tỉnh Nghệ An", "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An")]


def test_an_ordinal_point_opens_its_sentences_subject():
    # TB 627/TB-VPCP (realdocs 50f694478a35aefd): before, no sender.
    assert _plan_parties(
        "1. Yêu cầu các bộ, ngành, địa phương:\n*Thứ tư,* các địa phương cần chủ động, quyết liệt hơn nữa để tháo gỡ"
        " vướng mắc, khó khăn hoàn thành dứt điểm công tác GPMB, di dời hạ tầng kỹ thuật, nguồn vật liệu theo thẩm"
        " quyền; khi gặp khó khăn, vướng mắc phải chủ động đề xuất, báo cáo cấp có thẩm quyền tháo gỡ, chỉ đạo ngay để"
        " không ảnh hưởng đến kế hoạch hoàn thành các dự án.\n",
        Header(issuer="Văn phòng Chính phủ"),
    ) == [("Các địa phương", "Cấp có thẩm quyền")]
    # The opening's comma closed by its markup: "*1.1. Đối với 355 nhiệm vụ … (…),* các Bộ, cơ quan ngang Bộ khẩn trương rà
    # soát …" (realdocs e42103d7f815212d, a task's doer).
    assert [d[0] for d in doers("Đối với 355 nhiệm vụ cần ban hành văn bản,* các Bộ, cơ quan ngang Bộ khẩn trương rà soát")] == [
        "các Bộ, cơ quan ngang Bộ"
    ]


def test_the_body_an_articles_bold_title_makes_responsible_reports_for_its_clauses():
    # A Quy chế of Ban Chỉ đạo quốc gia về phát triển ngành công nghiệp bán dẫn (realdocs c258e5aa7ee387c3): before, no
    # sender (the article's head runs on past its title).
    parties = _rule_parties(
        "**Điều 2. Trách nhiệm của Cơ quan\nthường trực Ban Chỉ đạo**\n\nBộ Khoa học và Công nghệ là Cơ quan thường trực"
        " Ban\nChỉ đạo; có trách nhiệm tham mưu, giúp việc, phục vụ hoạt động của Ban Chỉ đạo,\ncụ thể:\n\n1. Giúp Ban Chỉ"
        " đạo, Trưởng ban tổ chức triển khai thực hiện nhiệm vụ; quyền hạn của Ban Chỉ đạo; tổng hợp nội dung nhiệm vụ,"
        " kết quả, đề xuất của các thành viên để đưa ra báo cáo Trưởng ban tại các cuộc họp.\n\n2. Chủ trì hoặc phối hợp"
        " với các cơ quan có liên quan đề xuất với Ban Chỉ đạo.\n",
        Header(issuer="Ban Chỉ đạo quốc gia về phát triển ngành công nghiệp bán dẫn"),
    )
    # The standing agency as its title names it (the Bộ it is, said after, is not read as a report's sender).
    assert parties == [("Cơ quan thường trực Ban Chỉ đạo", "Trưởng ban")]


def test_a_vietnamese_lettered_list_runs_d_dd_e_g():
    # TB 627/TB-VPCP (realdocs 50f694478a35aefd): before, "e)" and "g)" read as words of "đ)", the report of "e)" given
    # to "đ)"'s doer (Bộ Xây dựng).
    body = (
        "1. Các nội dung khác\n\na) Bộ Nông nghiệp và Môi trường chỉ đạo Cục Thú y kiểm soát tiến độ thi công.\n\nb) Ủy ban"
        " nhân dân tỉnh Hưng Yên khẩn trương làm việc với các địa phương.\n\nc) Giao Bộ Xây dựng chủ trì, làm việc với UBND"
        " tỉnh.\n\nd) Các bộ, ngành, địa phương tiếp tục rà soát quy hoạch.\n\nđ) Bộ Xây dựng chủ trì, phối"
        " hợp Bộ Tài chính xem\nxét việc khen thưởng hợp đồng bảo đảm công khai, minh bạch theo quy định.\n\ne) Bộ Quốc phòng"
        " khẩn trương hoàn thiện hồ sơ,\nnghiên cứu triển khai sân bay tại đảo Thổ Chu, tỉnh Kiên Giang; sớm báo cáo cấp\ncó"
        " thẩm quyền phương án đầu tư theo quy định trong tháng 11 năm 2025.\n\ng) Về thi đua khen thưởng đối với hoạt động"
        " của Ban\nchỉ đạo: Bộ Xây dựng có báo cáo tổng kết.\n"
    )
    text = make_text(plan_text(body))
    item = [n for part in outline(text).parts() for n in part for n in n.children if n.label == "1"][-1]  # section II's
    assert [c.label for c in item.children] == ["a", "b", "c", "d", "đ", "e", "g"]
    assert _plan_parties(body, Header(issuer="Văn phòng Chính phủ"))[0] == ("Bộ Quốc phòng", "Cấp có thẩm quyền")


def test_a_regime_carried_out_under_its_named_instrument_is_a_duty():
    # CV 6225/BVHTTDL-VP of Bộ VHTTDL: before, no duty (a regime named without its period read as a manner asked for).
    parties = _plan_parties(
        "**1. Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ**\n- Chịu\ntrách nhiệm toàn diện trước Bộ trưởng về tiến"
        " độ, chất lượng triển khai các nhiệm\nvụ trọng tâm thuộc lĩnh vực được giao.\n-\nNghiêm túc thực hiện chế độ báo"
        " cáo theo Quy chế đã ban hành tại Quyết định số\n3123/QĐ-BVHTTDL ngày 08/9/2025 của Bộ trưởng Bộ Văn hóa, Thể thao"
        " và Du lịch.\n",
        Header(issuer="Bộ Văn hóa, Thể thao và Du lịch"),
    )
    assert [p[1] for p in parties] == [None] and parties[0][0].startswith("Thủ trưởng các cơ quan, đơn vị")
    # Still no duty when kept "theo quy định" only, a manner.
    assert _plan_parties(
        "1. Các cơ quan, đơn vị thực hiện chế độ báo cáo đầy đủ và kịp thời theo quy định.\n", Header(issuer="Bộ Tài chính")
    ) == []


def test_refusing_or_answering_ends_a_bodys_name():
    # QĐ 98/2025/QĐ-UBND (Quy chế, Điều 16): before, "Các cơ quan, đơn vị từ chối".
    said = "thì các cơ quan, đơn vị từ chối trả lời hoặc trả lời tuân theo quy trình"
    assert name_at(said, len("thì ")) == ("các cơ quan, đơn vị", len("thì các cơ quan, đơn vị"))
