"""Reporting duties, round 13: a report asked for in one paragraph and sent on in the next ("Báo cáo gửi về Ủy
ban nhân dân tỉnh … chậm nhất 10h00' ngày 27/4/2020"), one duty with the date of the second. Fragments written
in the style of a Công văn of UBND tỉnh Đắk Nông (CV 1974/UBND-KGVX)."""

from __future__ import annotations

from vanban.loaders.records import Header
from vanban.loaders.reports import REPORT_SENT, find_reports
from vanban.loaders.text import make_text

_HEADER = Header(issuer="Ủy ban nhân dân tỉnh Đắk Nông", province="Đắk Nông")

LETTER = """ỦY BAN NHÂN DÂN
TỈNH ĐẮK NÔNG

Số: 1974/UBND-KGVX
V/v báo cáo kết quả công tác phòng, chống dịch

Kính gửi:
- Các Sở, Ban, ngành, hội, đoàn thể cấp tỉnh;
- Ủy ban nhân dân các huyện, thành phố.

Ủy ban nhân dân tỉnh yêu cầu các Sở, Ban, ngành, Ủy ban nhân dân các huyện, thành phố theo chức năng, nhiệm vụ tiến hành rà soát đánh giá, báo cáo kết quả thực hiện công tác phòng, chống dịch của đơn vị, địa phương (theo Đề cương báo cáo đính kèm).

Báo cáo gửi về Ủy ban nhân dân tỉnh (thông qua Sở Y tế) và gửi qua địa chỉ email chậm nhất 10h00' ngày 27/4/2020.

Giao Sở Y tế chịu trách nhiệm đôn đốc các đơn vị, địa phương, tổng hợp báo cáo gửi về UBND tỉnh trước 14h00 ngày 28/4/2020.

Nơi nhận:
- Như trên;
- Lưu: VT, KGVX.
"""


def test_a_report_asked_for_then_sent_on_is_one_duty_with_its_date():
    rows = [(r.from_, r.to, r.deadline) for r in find_reports(make_text(LETTER), _HEADER)]
    assert rows == [
        # The bodies asked (not the letter's addressees, the sender of a duty naming none), with the date said after.
        ("Các Sở, Ban, ngành, Ủy ban nhân dân các huyện, thành phố", "Ủy ban nhân dân tỉnh Đắk Nông", "2020-04-27"),
        ("Sở Y tế tỉnh Đắk Nông", "Ủy ban nhân dân tỉnh Đắk Nông", "2020-04-28"),
    ]


def test_the_report_as_the_subject_of_its_sending():
    assert REPORT_SENT.match("Báo cáo gửi về Ủy ban nhân dân tỉnh")
    assert REPORT_SENT.match("Báo cáo này gửi về Sở Nội vụ")
    assert not REPORT_SENT.match("Báo cáo kết quả về Sở Nội vụ")
    assert not REPORT_SENT.match("Báo cáo gửiđi")


def test_the_asked_bodys_own_unit_is_no_owner():
    from vanban.loaders.reports import REFLEXIVE_OWNER

    for owner in ("đơn vị, địa phương", "cơ quan, đơn vị mình", "đơn vị"):
        assert REFLEXIVE_OWNER.fullmatch(owner), owner
    for owner in ("các cơ quan, đơn vị trực thuộc", "sở y tế", "đơn vị sự nghiệp công lập"):
        assert not REFLEXIVE_OWNER.fullmatch(owner), owner
