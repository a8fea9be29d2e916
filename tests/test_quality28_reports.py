"""Reporting duties in documents that are not plans, round 28 (reports19), from a hand check of Quyết định promulgating a
Quy chế or Quy định, a Thông tư with its Quy chế, a Party Ban's Quy chế and Công văn (/work/fresh19_reports/HANDCHECK.md):
the regulation under "*(Ban hành kèm theo Quyết định …)*" is read when its title is split over two lines; a report found out
("phát hiện báo cáo không đúng thành tích") is no duty. Fragments quoted from QĐ 71/2025/QĐ-UBND of UBND thành phố Hà Nội,
kept in tests/data/realdocs. The seeds' README, "reports_to": each explicit duty is one entry, `from` the body whose report it
is."""

from __future__ import annotations

from pathlib import Path

from vanban.loaders.records import Header
from vanban.loaders.reports import NOT_DUTY_BEFORE, find_reports
from vanban.loaders.sections import ATTACHED_BY
from vanban.loaders.text import make_text

REALDOCS = Path(__file__).parent / "data" / "realdocs"
_HA_NOI = Header(issuer="Ủy ban nhân dân thành phố Hà Nội", province="Hà Nội")


def _duties(name: str, header: Header) -> list[tuple]:
    text = make_text((REALDOCS / name).read_text(encoding="utf-8"), name=name, format="markdown")
    return [(r.from_, r.to, r.recurrence, " ".join(r.evidence.split())) for r in find_reports(text, header)]


def test_a_decisions_regulation_is_read_under_a_split_title():
    # "**QUY\nCHẾ**" / "XÉT TẶNG DANH HIỆU …" / "*(Ban hành kèm theo Quyết định số /2025/QĐ-UBND ngày /\n/2025 của Ủy ban
    # nhân dân thành phố Hà Nội)*": the bracket opens the attached regulation though the title's line does not.
    assert ATTACHED_BY.match("*(Ban hành kèm theo Quyết định số /2025/QĐ-UBND ngày /") is not None
    assert ATTACHED_BY.match("(Ban hành kèm theo Quyết định số 79/2025/QĐ-UBND)") is not None
    # Not an appendix of a plan or a list under emphasis: those stay as they were read.
    assert ATTACHED_BY.match("*(Ban hành kèm theo Kế hoạch số 144/KH-UBND ngày 24 tháng 11 năm 2025") is None
    assert ATTACHED_BY.match("*(Kèm theo Quyết định số 456/QĐ-UBND ngày 20/11/2025*") is None
    duties = _duties("af2a4fc9b3a7aeeb.md", _HA_NOI)
    # "Trong quá trình thực hiện, các cấp, các ngành, các địa phương, cơ quan, đơn vị phát hiện những vấn đề chưa phù hợp …,
    # báo cáo Ủy ban nhân dân thành phố Hà Nội qua Sở Nội vụ thành phố Hà Nội để xem xét, sửa đổi kịp thời./."
    assert ("Các cấp, các ngành, các địa phương, cơ quan, đơn vị", "Ủy ban nhân dân thành phố Hà Nội") in [
        (f, t) for f, t, _, ev in duties if "qua Sở Nội vụ" in ev
    ]


def test_a_report_found_out_is_no_duty():
    # "Cá nhân đã được tặng thưởng danh hiệu “Công dân Thủ đô ưu tú” nhưng phát hiện báo cáo không đúng thành tích, vi phạm
    # tiêu chuẩn tại Điều 4 của Quy chế này, bị hủy bỏ quyết định tặng thưởng".
    assert NOT_DUTY_BEFORE.search("nhưng phát hiện ") is not None
    assert NOT_DUTY_BEFORE.search("kịp thời phát hiện, ") is None  # "phát hiện, báo cáo": two duties
    assert not [ev for *_, ev in _duties("af2a4fc9b3a7aeeb.md", _HA_NOI) if "không đúng thành tích" in ev]


_HA_TINH = Header(issuer="Ủy ban nhân dân tỉnh Hà Tĩnh", province="Hà Tĩnh")
_BAC_NINH = Header(issuer="Ủy ban nhân dân tỉnh Bắc Ninh", province="Bắc Ninh")
_BAN_TGDV = Header(issuer="Ban Tuyên giáo và Dân vận Trung ương")


def _to(name: str, header: Header, words: str) -> list[str | None]:
    """The addressees of the duties of ``name`` whose evidence holds ``words``."""
    return [t for _, t, _, ev in _duties(name, header) if words in ev]


def test_the_body_that_manages_the_sender_directly_is_an_addressee():
    # "trường hợp bị lộ hoặc quên mật khẩu phải báo cáo cơ quan quản lý trực tiếp để báo cáo Sở Khoa học và Công nghệ xử lý kịp
    # thời" (QĐ 79/2025/QĐ-UBND of UBND tỉnh Bắc Ninh): the individual's report goes to its managing body, which reports on.
    assert _to("abc00053e9811268.md", _BAC_NINH, "báo cáo cơ quan quản lý trực tiếp để") == ["Cơ quan quản lý trực tiếp"]
    # "Trung tâm phải lập biên bản, thông báo ngay với cơ quan công an địa phương và báo cáo cơ quan quản lý trực tiếp."
    assert _to("c49a5afadf61b342.md", _BAN_TGDV, "báo cáo cơ quan quản lý trực tiếp") == ["Cơ quan quản lý trực tiếp"]


def test_a_report_for_the_leadership_names_it_after_cho():
    # "kịp thời thông tin cho lớp về những văn bản … và báo cáo tình hình của lớp cho ban giám đốc Trung tâm" (the class
    # tutor's duty in a Quy chế of Ban Tuyên giáo và Dân vận Trung ương).
    assert _to("c49a5afadf61b342.md", _BAN_TGDV, "tình hình của lớp") == ["Ban giám đốc Trung tâm"]
    # Not any "cho" later in the clause: "báo cáo kết quả hỗ trợ cho các hộ nghèo" names no addressee.
    text = make_text("Điều 1. Trách nhiệm\n\nỦy ban nhân dân cấp xã báo cáo kết quả hỗ trợ cho các hộ nghèo trên địa bàn.\n")
    assert [r.to for r in find_reports(text, _HA_TINH)] == [None]


def test_a_report_sent_to_a_body_through_another_names_the_first():
    # "Định kỳ trước ngày 31 tháng 12 hằng năm gửi Ủy ban nhân dân tỉnh (qua Sở Nông nghiệp và Môi trường) báo cáo đánh giá,
    # kết quả triển khai thực hiện trong năm" (QĐ 74/2025/QĐ-UBND of UBND tỉnh Hà Tĩnh, Điều 19: the communes' duty).
    got = [(f, t) for f, t, _, ev in _duties("ac0f18a2d1b4fb56.md", _HA_TINH) if "báo cáo đánh giá, kết quả" in ev]
    assert got == [("Ủy ban nhân dân cấp xã", "Ủy ban nhân dân tỉnh Hà Tĩnh")]


_QUANG_NINH = Header(issuer="Ủy ban nhân dân tỉnh Quảng Ninh", province="Quảng Ninh")


def test_a_bullets_duty_label_names_its_holder():
    # "4. Trách nhiệm của các tổ chức, cá nhân trong quản lý lớp học:" / "- Trách nhiệm của giáo vụ: … theo dõi nền nếp dạy,
    # học và tổng hợp, báo cáo ban giám đốc Trung tâm về tình hình dạy, học của từng lớp; …" / "- Trách nhiệm của chủ nhiệm
    # lớp: … và báo cáo tình hình của lớp cho ban giám đốc Trung tâm." (a Quy chế of Ban Tuyên giáo và Dân vận Trung ương).
    got = {(f, t) for f, t, _, ev in _duties("c49a5afadf61b342.md", _BAN_TGDV) if "ban giám đốc Trung tâm" in ev}
    assert got == {("Giáo vụ", "Ban giám đốc Trung tâm"), ("Chủ nhiệm lớp", "Ban giám đốc Trung tâm")}
    # Not past the next bullet: the label of one bullet does not name the holder of the next.
    from vanban.loaders.reports import _bullet_duty_holder

    flat = "- Trách nhiệm của giáo vụ: giám sát việc giảng dạy; - Ban cán sự lớp: báo cáo kịp thời"
    assert _bullet_duty_holder(flat, 0, flat.index("giám sát")) == "Giáo vụ"
    assert _bullet_duty_holder(flat, 0, flat.index("báo cáo")) is None


def test_a_sub_items_mark_is_not_read_into_the_items_body():
    # "1.\nSở Nông nghiệp và Môi trường\n\na)\nChủ trì phối hợp …" / "g)\nTổng hợp báo cáo Bộ Nông nghiệp và Môi trường, Ủy
    # ban nhân dân tỉnh kết quả thực hiện hàng năm vào trước ngày 20/12 hàng năm" (QĐ 96/2025/QĐ-UBND of UBND tỉnh Quảng
    # Ninh, Điều 18): the Sở reports, not "Sở Nông nghiệp và Môi trường a".
    from vanban.loaders.parties import name_at

    assert name_at("Sở Nông nghiệp và Môi trường a) Chủ trì phối hợp", 0) == ("Sở Nông nghiệp và Môi trường", 28)
    assert name_at("Bộ Chỉ huy quân sự tỉnh a) Tổ chức trực tổng đài 112", 0) == ("Bộ Chỉ huy quân sự tỉnh", 23)
    senders = {f for f, _, _, ev in _duties("adf53d885efc1c23.md", _QUANG_NINH) if "trước ngày 20/12" in ev}
    assert senders == {"Sở Nông nghiệp và Môi trường tỉnh Quảng Ninh"}


def test_a_subject_after_a_sub_items_mark_or_a_connective_reports():
    # "2.\nLực lượng phòng cháy, chữa cháy rừng cấp xã" / "c)\nTrong trường hợp cháy rừng vượt tầm kiểm soát của cấp xã, Trưởng
    # Ban Chỉ huy cấp xã trực tiếp báo cáo hoặc chỉ đạo Ban chỉ huy cấp xã lập báo cáo và chuyển ngay thông tin qua tổng đài
    # 112 về Cơ quan thường trực Ban Chỉ huy cấp tỉnh" and "…; đồng thời Ban Chỉ huy cấp xã báo cáo Ban Chỉ huy cấp tỉnh (qua
    # cơ quan thường trực) để theo dõi chỉ đạo." (QĐ 96/2025/QĐ-UBND of UBND tỉnh Quảng Ninh).
    from vanban.loaders.reports import CONNECTIVE_OPENING, LETTER_ITEM_START

    assert LETTER_ITEM_START.search("rừng cấp xã c) Trong trường hợp").group() == "c) "
    assert LETTER_ITEM_START.search("(theo mẫu a) kèm theo") is None  # a bracketed letter, no item
    assert CONNECTIVE_OPENING.match("đồng thời Ban Chỉ huy cấp xã ") is not None
    got = {(f, t) for f, t, _, ev in _duties("adf53d885efc1c23.md", _QUANG_NINH)}
    assert ("Trưởng Ban Chỉ huy cấp xã", "Cơ quan thường trực Ban Chỉ huy cấp tỉnh") in got
    assert ("Ban Chỉ huy cấp xã", "Ban Chỉ huy cấp tỉnh") in got


def test_a_reports_addressees_after_its_object_and_den():
    # "đ) Chỉ đạo Chi cục Kiểm lâm: …; kịp thời báo cáo thông tin dự báo, cảnh báo cháy rừng đến Ủy ban nhân dân tỉnh, Ủy ban
    # nhân dân cấp xã nơi có rừng; …" (QĐ 96/2025/QĐ-UBND of UBND tỉnh Quảng Ninh): one entry per addressee body.
    assert sorted(t for t in _to("adf53d885efc1c23.md", _QUANG_NINH, "cảnh báo cháy rừng đến")) == [
        "Ủy ban nhân dân cấp xã",
        "Ủy ban nhân dân tỉnh Quảng Ninh",
    ]
    # Not a time: "báo cáo kết quả thực hiện từ ngày 01/01 đến ngày 30/6" names no addressee.
    text = make_text("Điều 1. Trách nhiệm\n\nỦy ban nhân dân cấp xã báo cáo kết quả thực hiện từ ngày 01/01 đến ngày 30/6.\n")
    assert [r.to for r in find_reports(text, _QUANG_NINH)] == [None]


def test_what_an_article_requires_of_a_body_names_the_holder():
    # "Điều 12. Yêu cầu đối với cơ sở xử lý chất thải rắn sinh hoạt" / "4. Quản lý, vận hành cơ sở xử lý …; báo cáo công tác bảo
    # vệ môi trường định kỳ hoặc đột xuất theo quy định." (QĐ 74/2025/QĐ-UBND of UBND tỉnh Hà Tĩnh): the facility reports,
    # not the bodies the closing article makes carry the Quy định out.
    from vanban.loaders.reports import RESPONSIBILITY_HEAD

    assert RESPONSIBILITY_HEAD.match("Yêu cầu đối với cơ sở xử lý chất thải rắn sinh hoạt") is not None
    got = [f for f, _, _, ev in _duties("ac0f18a2d1b4fb56.md", _HA_TINH) if "công tác bảo vệ môi trường định kỳ" in ev]
    assert got == ["Cơ sở xử lý chất thải rắn sinh hoạt"]


def test_two_authorities_named_by_power_or_place_are_two_addressees():
    # "d) Theo dõi, kiểm tra, phát hiện các trường hợp vi phạm …, kịp thời báo cáo chính quyền địa phương và cơ quan có thẩm
    # quyền xử lý theo quy định." (the same QĐ, the collectors' duties).
    assert sorted(_to("ac0f18a2d1b4fb56.md", _HA_TINH, "chính quyền địa phương và cơ quan")) == [
        "Chính quyền địa phương",
        "Cơ quan có thẩm quyền",
    ]


def test_a_short_name_the_document_gives_opens_the_clause_as_its_subject():
    # "… của Trung tâm chính trị xã, phường, đặc khu (sau đây gọi tắt là Trung tâm)" / "e. Trường hợp giấy chứng nhận đã được
    # người có thẩm quyền ký, đóng dấu nhưng bị mất trước khi cấp cho người học, Trung tâm phải lập biên bản, thông báo ngay với
    # cơ quan công an địa phương và báo cáo cơ quan quản lý trực tiếp." (a Quy chế of Ban Tuyên giáo và Dân vận Trung ương).
    from vanban.loaders.reports import SHORT_NAME_GIVEN, _short_named_subject

    given = "giảng dạy của Trung tâm chính trị xã, phường, đặc khu (sau đây gọi tắt là Trung tâm), bao gồm"
    assert [m.group("short") for m in SHORT_NAME_GIVEN.finditer(given)] == ["Trung tâm"]
    flat = "bị mất trước khi cấp cho người học, Trung tâm phải lập biên bản và báo cáo"
    assert _short_named_subject(flat, 0, flat.index("báo cáo"), ["Trung tâm"]) == "Trung tâm"
    # Not an object inside the clause: "cấp cho Trung tâm" has no comma or clause start before the short name.
    flat = "Sở Tài chính cấp kinh phí cho Trung tâm để báo cáo"
    assert _short_named_subject(flat, 0, flat.index("báo cáo"), ["Trung tâm"]) is None
    got = [(f, t) for f, t, _, ev in _duties("c49a5afadf61b342.md", _BAN_TGDV) if ev.startswith("báo cáo cơ quan quản lý")]
    assert got == [("Trung tâm", "Cơ quan quản lý trực tiếp")]
