"""Reporting duties in normative documents, round 24 (reportsb15), from a hand check of Quyết định promulgating Quy chế and
Quy định, Nghị quyết of HĐND and Chính phủ, and Hướng dẫn of Party organs: the body that difficulties are fed back to "để
báo cáo" the committee reports them onwards; partners listed past a semicolon in a sub-item ("c. Chủ trì phối hợp với …;
Uỷ ban nhân dân cấp xã tuyên truyền …") are not its doer, the item's titled holder is; a person named by the work given him
right before the verb ("người thực hiện cập nhật báo cáo ngay cho …") reports; the body whose inquiry asks for the report
("theo yêu cầu của cơ quan tiến hành giám sát") receives it; a body named by its role that opens the verb's sentence with its
duty ("Các cơ quan chủ quản dữ liệu có trách nhiệm …") reports, not the item's first body. Fragments quoted from the Quy chế of UBND
tỉnh Thái Nguyên (quy chế phối hợp), QĐ 87/2025/QĐ-UBND of UBND tỉnh Lai Châu (việc cưới, việc tang) and QĐ
211/2025/QĐ-UBND of UBND thành phố Hải Phòng (cơ sở dữ liệu công chứng, chứng thực), kept in tests/data/realdocs, the Quy định of Ban Bí thư on
sharing data, and corpus 078 (HĐND tỉnh Hà Giang); the
seeds' README, "reports_to": `from` is the body whose report it is."""

from __future__ import annotations

from pathlib import Path

from vanban.loaders.records import Header
from vanban.loaders.reports import PARTNERS_RUN_ON, RECEIVER_REPORTS_ON, REQUESTING_ROLE, ROLE_PERSON_TO_VERB, find_reports
from vanban.loaders.text import make_text

REALDOCS = Path(__file__).parent / "data" / "realdocs"
_THAI_NGUYEN = Header(issuer="Ủy ban nhân dân tỉnh Thái Nguyên", province="Thái Nguyên")
_LAI_CHAU = Header(issuer="Ủy ban nhân dân tỉnh Lai Châu", province="Lai Châu")
_HAI_PHONG = Header(issuer="Ủy ban nhân dân thành phố Hải Phòng", province="Hải Phòng")


def _duties(name: str, header: Header) -> list[tuple]:
    text = make_text((REALDOCS / name).read_text(encoding="utf-8"))
    return [(r.from_, r.to, r.recurrence, " ".join(r.evidence.split())) for r in find_reports(text, header)]


def _senders(name: str, header: Header, words: str) -> list[str | None]:
    """The senders of the duties of ``name`` whose evidence holds ``words``."""
    return [f for f, _, _, ev in _duties(name, header) if words in ev]


def test_the_body_fed_back_to_reports_onwards():
    # "Trong quá trình thực hiện, trường hợp có nội dung không phù hợp, các cơ quan, đơn vị, địa phương phản ánh về Sở Dân
    # tộc và Tôn giáo để báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định./." Before: the bodies that give the feedback.
    zone = "các cơ quan, đơn vị, địa phương phản ánh về Sở Dân tộc và Tôn giáo để "
    assert RECEIVER_REPORTS_ON.search(zone) is not None
    assert RECEIVER_REPORTS_ON.search("phản ánh kịp thời về Sở Nội vụ để xem xét, ") is not None
    assert RECEIVER_REPORTS_ON.search("gửi về Sở Tư pháp để xem xét, ") is not None
    # Not a purpose that the reporting verb does not end: "phản ánh về Sở Y tế để được hướng dẫn; các đơn vị ".
    assert RECEIVER_REPORTS_ON.search("phản ánh về Sở Y tế để được hướng dẫn; các đơn vị ") is None
    text = make_text(
        "**Điều 1. Phạm vi điều chỉnh**\n\nQuy chế này quy định việc phối hợp.\n\n**Điều 2.\nTrách nhiệm của các cơ quan, đơn vị, địa phương**\n\nCác cơ quan, đơn vị, địa phương\ncó trách nhiệm"
        " thực hiện tốt Quy chế này. Trong quá trình thực hiện, trường hợp\ncó nội dung không phù hợp, các cơ quan, đơn vị,"
        " địa phương phản ánh về Sở Dân tộc\nvà Tôn giáo để báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định./.\n"
    )
    got = [(r.from_, r.to) for r in find_reports(text, _THAI_NGUYEN)]
    assert got == [("Sở Dân tộc và Tôn giáo tỉnh Thái Nguyên", "Ủy ban nhân dân tỉnh Thái Nguyên")]
    # In the whole Quy chế the Sở's duty is the same as its own article's ("Điều 14. Trách nhiệm của Sở Dân tộc và Tôn giáo
    # … tổng hợp, báo cáo Ủy ban nhân dân tỉnh việc thực hiện Quy chế"): no duty is left to the bodies that give feedback.
    senders = [f for f, *_ in _duties("db769f685bf6bb23.md", _THAI_NGUYEN)]
    assert "Sở Dân tộc và Tôn giáo tỉnh Thái Nguyên" in senders
    assert "Các cơ quan, đơn vị, địa phương" not in senders


def test_partners_listed_past_a_semicolon_are_not_the_sub_items_doer():
    # "3. Sở Văn hóa, Thể thao và" / "Du lịch" / "c. Chủ trì phối hợp với Ban Thường trực Uỷ ban Mặt trận Tổ quốc Việt Nam
    # tỉnh Lai Châu và các tổ chức đoàn thể, …; Uỷ ban nhân dân cấp xã tuyên truyền, vận động Nhân dân thực hiện và giám sát
    # việc thực hiện Quy định này. Định kỳ báo cáo Uỷ ban nhân dân tỉnh về kết quả thực hiện ." Before: the committees.
    head = (
        "Chủ trì phối hợp với Ban Thường trực Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu và các tổ chức đoàn thể, các cơ"
        " quan thành viên Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” tỉnh; "
    )
    assert PARTNERS_RUN_ON.fullmatch(head) is not None
    # A clause of its own before the semicolon keeps the next subject: "Phối hợp với Sở Tài chính thẩm định dự toán; Ủy ban
    # nhân dân cấp xã báo cáo …" has its verb before the semicolon, yet the pattern cannot tell it: only a head that opens
    # with the partners and ends at the semicolon is read, so a head opening with its own work is not.
    assert PARTNERS_RUN_ON.fullmatch("Tổ chức tuyên truyền, phổ biến Quy định này; ") is None
    assert _senders("01bf9d04a5b9e2c8.md", _LAI_CHAU, "Định kỳ báo cáo Uỷ ban nhân dân tỉnh") == [
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu"
    ]


def test_a_person_named_by_the_work_given_him_reports():
    # "2. Khi phát hiện sai sót, người thực hiện cập nhật báo cáo ngay cho người đứng đầu cơ quan, tổ chức mình để kiểm tra,
    # phê duyệt việc sửa chữa sai sót …" (Điều 12 of the Quy chế of QĐ 211/2025/QĐ-UBND). Before: no sender.
    assert ROLE_PERSON_TO_VERB.fullmatch("người thực hiện cập nhật") is not None
    assert ROLE_PERSON_TO_VERB.fullmatch("người được giao nhiệm vụ") is not None
    assert ROLE_PERSON_TO_VERB.fullmatch("người dân") is None  # no work given
    assert _senders("d71b3a48efad6d2c.md", _HAI_PHONG, "báo cáo ngay cho người đứng đầu") == ["Người thực hiện cập nhật"]
    # A person who compiles is no sender: "người được giao tổng hợp báo cáo Giám đốc Sở" reads no role subject.
    text = make_text("**Điều 1. Chế độ báo cáo**\n\n1. Hằng tháng, người được giao tổng hợp báo cáo Giám đốc Sở.\n")
    assert [r.from_ for r in find_reports(text, _HAI_PHONG)] != ["Người được giao tổng hợp"]


def test_the_body_whose_inquiry_asks_for_the_report_receives_it():
    # "4. Các cơ quan, tổ chức liên quan có trách nhiệm phối hợp chặt chẽ với Thường trực Hội đồng nhân dân, …; báo cáo và
    # cung cấp đầy đủ kịp thời, chính xác những thông tin, tài liệu cần thiết có liên quan đến nội dung giám sát theo yêu cầu
    # của cơ quan tiến hành giám sát; …" (corpus 078, a Nghị quyết of HĐND tỉnh Hà Giang). Before: no addressee.
    assert REQUESTING_ROLE.match("cơ quan tiến hành giám sát; các cơ quan") is not None
    assert REQUESTING_ROLE.match("đoàn thực hiện kiểm tra") is not None
    assert REQUESTING_ROLE.match("cơ quan quản lý") is None  # no inquiry held
    text = make_text(
        "**Điều 1. Trách nhiệm thực hiện**\n\n1. Các cơ quan, tổ chức liên quan có trách nhiệm phối hợp chặt chẽ với Thường"
        " trực Hội đồng nhân dân tỉnh trong hoạt động giám sát; báo cáo và cung cấp đầy đủ kịp\nthời, chính xác những thông"
        " tin, tài liệu cần thiết có liên\nquan đến nội dung giám sát theo yêu cầu của cơ quan tiến hành giám sát.\n"
    )
    got = [(r.from_, r.to) for r in find_reports(text, Header(issuer="Hội đồng nhân dân tỉnh Hà Giang", province="Hà Giang"))]
    assert got == [("Các cơ quan, tổ chức liên quan", "Cơ quan tiến hành giám sát")]


def test_a_role_opening_the_verbs_sentence_with_its_duty_reports_not_the_items_first_body():
    # "1. Các cơ quan đảng và các cơ quan, tổ chức khác trong hệ thống chính trị có trách nhiệm chia sẻ thông tin dữ liệu …
    # Các cơ quan chủ quản dữ liệu có trách nhiệm ban hành …; định kỳ hằng năm (trước ngày 25/12 trong năm) hoặc đột xuất
    # thực hiện rà soát, … và thực hiện gửi báo cáo kết quả chia sẻ dữ liệu về Văn phòng Trung ương Đảng để tổng hợp, báo cáo
    # Ban Bí thư." (a Quy định of Ban Bí thư on sharing data). Before: 'Các cơ quan đảng và các cơ quan', the first body cut.
    party = Header(issuer="Ban Bí thư Trung ương Đảng")
    assert _senders("ca9ba61fc61bf961.md", party, "báo cáo kết quả chia sẻ dữ liệu") == ["Các cơ quan chủ quản dữ liệu"]
    # The office's own report right after stays the office's.
    assert _senders("ca9ba61fc61bf961.md", party, "để tổng hợp, báo cáo Ban Bí thư") == ["Văn phòng Trung ương Đảng"]
