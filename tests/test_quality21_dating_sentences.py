"""A sentence that only dates the periodic report asked for before it dates that duty (reports.DATING_ONLY)."""

from __future__ import annotations

from vanban.loaders.records import Header
from vanban.loaders.reports import DATING_ONLY, find_reports
from vanban.loaders.text import make_text

from report_plans import plan_text

_HCM = Header(issuer="Sở Nội vụ thành phố Hồ Chí Minh", province="Hồ Chí Minh")
_PROVINCE = Header(issuer="Ủy ban nhân dân tỉnh Quảng Ngãi", province="Quảng Ngãi")


def _rows(body: str, header: Header) -> list[tuple]:
    return [(r.from_, r.to, r.deadline, r.recurrence) for r in find_reports(make_text(plan_text(body)), header)]


def test_the_pattern():
    assert DATING_ONLY.match("Báo cáo 6 tháng gửi **trước ngày 20 tháng 6**")
    assert DATING_ONLY.match("báo cáo năm gửi trước ngày 15/12")
    assert not DATING_ONLY.match("Báo cáo năm gửi Ủy ban nhân dân tỉnh trước ngày 15/12")
    assert not DATING_ONLY.match("Báo cáo kết quả gửi trước ngày 15/12")


# A Công văn of Sở Nội vụ thành phố Hồ Chí Minh (the twelfth session's review collection), its item on the leasing firms' reports.
HCM = (
    "Các doanh nghiệp hoạt động cho thuê lại lao động thực hiện báo cáo định kỳ 6 **tháng, hàng năm** tình hình hoạt "
    "động cho thuê lại lao động theo Mẫu số 09/PLIII Phụ lục III ban hành kèm theo Nghị định số 145/2020/NĐ-CP gửi Chủ "
    "tịch Ủy ban nhân dân cấp tỉnh, Sở Nội vụ nơi doanh nghiệp đặt trụ sở chính; đồng thời báo cáo Sở Nội vụ nơi doanh "
    "nghiệp đến hoạt động cho thuê lại lao động về tình hình hoạt động cho thuê lại lao động trên địa bàn đó. Báo cáo 6 "
    "tháng gửi **trước ngày 20 tháng 6** và báo cáo năm gửi **trước ngày 20 tháng 12** theo đúng thời gian quy định."
)


def test_dating_sentence_dates_the_periodic_duty_before_it():
    rows = _rows(HCM, _HCM)
    dated = [r for r in rows if r[3] and "(trước" in r[3]]
    # Each period to each of the two addressees, one entry per addressee (round 25).
    assert [r[3] for r in dated] == ["6 tháng (trước ngày 20/6)"] * 2 + ["hằng năm (trước ngày 20/12)"] * 2
    for r in dated:
        assert r[0] and r[0].startswith("Các doanh nghiệp")
    assert [r[1].split(" nơi")[0] for r in dated[:2]] == ["Chủ tịch Ủy ban nhân dân cấp tỉnh", "Sở Nội vụ"]
    # The undated periodic duty gave way to its dated periods; the other addressee's duty stays.
    assert not any(r[3] and r[3].startswith("định kỳ") for r in rows)
    assert any(r[1] and r[1].startswith("Sở Nội vụ nơi doanh nghiệp đến") for r in rows)


def test_comma_joined_dating_sentence():
    body = (
        "Các sở, ngành báo cáo định kỳ 6 tháng, hằng năm kết quả thực hiện về Sở Nội vụ. "
        "Báo cáo 6 tháng gửi trước ngày 15/6, báo cáo năm gửi trước ngày 15/12."
    )
    rows = _rows(body, _PROVINCE)
    assert [r[3] for r in rows] == ["6 tháng (trước ngày 15/6)", "hằng năm (trước ngày 15/12)"]
    assert all(r[0] and r[1] and r[1].startswith("Sở Nội vụ") for r in rows)


def test_a_dating_sentence_with_its_own_addressee_is_its_own_duty():
    body = (
        "Các sở, ngành báo cáo định kỳ kết quả thực hiện về Sở Nội vụ. "
        "Báo cáo năm gửi Ủy ban nhân dân tỉnh trước ngày 15/12."
    )
    assert any(r[1] and r[1].startswith("Ủy ban nhân dân tỉnh") for r in _rows(body, _PROVINCE))
