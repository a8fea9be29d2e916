"""Reporting duties in letters and plans, round 26: a letter's implicit sender read from its addressees when the page puts
"Kính gửi:" alone in a table cell and the names in the next ("**Kính gửi:**" / "|" / "- Các bộ, …"), a received report
named as a letter's ground ("Xét báo cáo của Bộ Tài chính tại văn bản số …") being no duty. Real fragments of Công văn
of Bộ Nội vụ and Văn phòng Chính phủ (realdocs 5d3180ce, a8b68052)."""

from __future__ import annotations

from pathlib import Path

from vanban.loaders.extract import extract
from vanban.loaders.read import read_file
from vanban.loaders.records import Header
from vanban.loaders.reports import find_reports
from vanban.loaders.sections import letter_addressees, outline
from vanban.loaders.text import make_text

REALDOCS = Path(__file__).parent / "data" / "realdocs"


def _rows(text: str, header: Header) -> list[tuple]:
    return [(r.from_, r.to, r.deadline, r.recurrence) for r in find_reports(make_text(text), header)]


def test_address_label_alone_in_its_cell_under_page_chrome():
    # realdocs 5d3180ce (Công văn of Bộ Nội vụ as a thuvienphapluat page, 70 lines of the page's fields above the letter):
    # "**Kính gửi:**" / "|" / "- Các bộ, cơ quan ngang bộ, cơ quan thuộc" / "Chính phủ;" / "- Ủy ban nhân dân tỉnh, …".
    raw = read_file(REALDOCS / "5d3180cef1d254d0.md")
    text = make_text(raw.original, name=raw.name)
    assert letter_addressees(text, outline(text)) == [
        "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
        "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương",
    ]


def test_letter_sender_left_to_its_addressees():
    # "đề nghị bộ, ngành, địa phương khẩn trương tổng hợp … (bộ, ngành báo cáo số liệu chi tiết …; địa phương báo cáo số
    # liệu chi tiết …) và gửi về Bộ Nội vụ trước ngày **26/11/2025**": the addressees report, not an unknown sender.
    raw = read_file(REALDOCS / "5d3180cef1d254d0.md")
    record = extract(make_text(raw.original, name=raw.name))
    to_ministry = [r for r in record.reports_to if r.to == "Bộ Nội vụ"]
    assert [(r.from_, r.deadline) for r in to_ministry] == [
        ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", "2025-11-26")
    ]


VPCP_LETTER = """**Kính gửi:** Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc
Chính phủ
Xét báo cáo của Bộ Tài
chính tại văn bản số văn bản số 621/BC-BTC ngày 11 tháng 11 năm 2025 về động
lực tăng trưởng kinh tế trong những tháng cuối năm 2025, Phó Thủ tướng Chính
phủ Hồ Đức Phớc có ý kiến như sau:
Các Bộ, cơ quan ngang
Bộ, cơ quan thuộc Chính phủ nghiên cứu các nội dung, giải pháp tại Báo cáo số
621/BC-BTC ngày 11 tháng 11 năm 2025 của Bộ Tài chính nêu trên trong quá trình
triển khai thực hiện.
"""


def test_received_report_as_the_letters_ground_is_no_duty():
    # realdocs a8b68052 (Công văn of Văn phòng Chính phủ): the report "xét" is the one received, not a duty of Bộ Tài chính.
    assert _rows(VPCP_LETTER, Header(issuer="Văn phòng Chính phủ")) == []



def _extracted(name: str) -> list[tuple]:
    raw = read_file(REALDOCS / name)
    return [(r.from_, r.to, r.recurrence, r.evidence) for r in extract(make_text(raw.original, name=raw.name)).reports_to]


def test_staff_units_compiled_report_is_the_one_it_sends_its_head():
    # realdocs 8718801c (Kế hoạch of UBND tỉnh Đồng Tháp): "1. Sở Khoa học và Công nghệ" / "b) Định kỳ tổng hợp báo cáo kết
    # quả, …" and, in item 7, "… báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ để tổng hợp, báo cáo Ủy ban nhân dân
    # Tỉnh": one periodic report of the Sở to UBND tỉnh, not UBND tỉnh's to no one.
    rows = _extracted("8718801c503045f9.md")
    assert ("Sở Khoa học và Công nghệ tỉnh Đồng Tháp", "Ủy ban nhân dân tỉnh Đồng Tháp", "định kỳ") in [r[:3] for r in rows]
    assert not [r for r in rows if r[0] == "Ủy ban nhân dân tỉnh Đồng Tháp"]
    assert len([r for r in rows if r[:2] == ("Sở Khoa học và Công nghệ tỉnh Đồng Tháp", "Ủy ban nhân dân tỉnh Đồng Tháp")]) == 2


def test_lead_title_and_bullet_label_name_the_reports_their_sentences_ask_for():
    # realdocs 88b7667d (Công văn of UBND TP Hà Nội on bidding): "*3.3. Trách nhiệm tổng hợp báo cáo hàng tháng, 6 tháng và
    # hàng năm:*" / "- Báo cáo tháng: Sở Tài chính tổng hợp báo cáo … trước ngày 10 hàng tháng." / "- Báo cáo 6 tháng, cả
    # năm: Sở Tài chính tổng hợp báo cáo … định kỳ 6 tháng trước ngày 30 tháng 6 và tổng thể hàng năm trước ngày 30 tháng 01
    # hàng năm báo cáo UBND Thành phố để báo cáo Ban Thường vụ Thành ủy … và gửi Bộ Tài chính báo cáo định kỳ hàng năm …".
    rows = _extracted("88b7667d728aef13.md")
    assert not [r for r in rows if r[3].startswith(("Trách nhiệm", "- Báo cáo tháng"))]
    finance = [r[1:3] for r in rows if r[0] == "Sở Tài chính"]
    assert finance == [
        ("Ủy ban nhân dân thành phố", "hằng tháng (trước ngày 10)"),
        ("Ủy ban nhân dân thành phố", "6 tháng (trước ngày 30/6)"),
        ("Ủy ban nhân dân thành phố", "hằng năm (trước ngày 30/1)"),
        ("Bộ Tài chính", "định kỳ hằng năm"),
    ]


# Corpus 009 (Kế hoạch 157/KH-UBND of UBND thành phố Cần Thơ), its closing.
CAN_THO_CLOSING = """Trên đây là Kế hoạch phát động
phong trào thi đua vận động thực hiện chi trả trợ giúp xã hội, trợ cấp hưu trí
xã hội trên địa bàn thành phố. Trong quá trình thực hiện nếu có khó khăn, vướng
mắc, các cơ quan, đơn vị, địa phương báo cáo về Sở Y tế để xem xét giải quyết
theo thẩm quyền, trường hợp vượt thẩm quyền đề xuất, báo cáo Ủy ban nhân dân
thành phố xem xét, quyết định./.
"""


def test_what_is_beyond_the_receivers_power_it_reports_on():
    # The Sở the difficulties go to reports what it cannot settle, not the bodies that wrote to it.
    rows = _rows(CAN_THO_CLOSING, Header(issuer="Ủy ban nhân dân thành phố Cần Thơ", province="Cần Thơ"))
    assert [r[:2] for r in rows] == [
        ("Các cơ quan, đơn vị, địa phương", "Sở Y tế thành phố Cần Thơ"),
        ("Sở Y tế thành phố Cần Thơ", "Ủy ban nhân dân thành phố Cần Thơ"),
    ]
