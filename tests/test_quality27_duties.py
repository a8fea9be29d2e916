"""Reporting duties in plans, round 27 (duties18), from a hand check of fresh plans and plan-issuing decisions (their "Tổ
chức thực hiện" and "Chế độ báo cáo" sections): a compiled report whose sender the text leaves unnamed is the one a named
body compiles for the same addressee elsewhere in the plan, not the plan's addressees' beside the named body's (the
duplicate the seventeenth session left open); the compiler's report said again in a purpose clause to one of the bodies a
duty before addressed is that duty ("để tổng hợp báo cáo UBND tỉnh" after "báo cáo UBND tỉnh, Bộ Khoa học và Công nghệ …
(định kỳ hằng năm)"); a department's field written short of its official name ("Sở Khoa học Công nghệ", "Sở Công
thương"); a department's compiled report to the competent authority named by its power alone ("báo cáo cấp có thẩm
quyền", which the issuer may be) is the department's, not the issuer's. Fragments quoted from KH 0130/KH-UBND of UBND tỉnh Đắk Lắk (tests/data/realdocs/a49ef8a0da1f62dd.md), KH
179/KH-UBND of UBND tỉnh Đồng Nai (corpus 031) and QĐ 2954/QĐ-UBND of UBND tỉnh Sơn La (corpus 048); the seeds' README, "reports_to": `from` may be inferred from the plan's addressees when it is
implicit, and a duty said twice is one entry (seed 000)."""

from __future__ import annotations

from pathlib import Path

from vanban.loaders.names import FIELD_SHORT_OF_NAME, canonical_org
from vanban.loaders.records import Header
from vanban.loaders.reports import COMPETENT_AUTHORITY, COMPILED_VERB_AFTER, COMPILED_VERB_BEFORE, find_reports
from vanban.loaders.text import make_text

from report_plans import plan_text

_DAK_LAK = Header(issuer="Ủy ban nhân dân tỉnh Đắk Lắk", province="Đắk Lắk")
_DATA = Path(__file__).parent / "data" / "realdocs"

# KH 0130/KH-UBND of UBND tỉnh Đắk Lắk: the daily compiled report of item IV.7 names no sender; V.1 has Sở Y tế compile it.
_DAILY = (
    "1. Công tác giám sát, kiểm tra, báo cáo\n\n"
    "- Sở Y tế chủ trì kiểm tra, đôn đốc thực hiện kế hoạch.\n\n"
    "- Báo cáo tổng hợp hàng ngày gửi UBND tỉnh, Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn.\n\n"
    "2. Sở Y tế:\n\n"
    "- Chủ trì triển khai kế hoạch; hướng dẫn chuyên môn; phân bổ hóa chất, vật tư; giám sát dịch bệnh; tổng hợp báo cáo"
    " UBND tỉnh.\n\n"
    "3. UBND các xã, phường:\n\n"
    "Triển khai kế hoạch trên địa bàn; huy động lực lượng hỗ trợ người dân; tổ chức tổng vệ sinh môi trường.\n"
)


def _rows(text: str, header: Header = _DAK_LAK) -> list[tuple]:
    return [(r.from_, r.to, r.deadline, r.recurrence) for r in find_reports(make_text(text), header)]


def test_the_round_s_patterns():
    """The compiled-report words, before the verb and right after it."""
    assert COMPILED_VERB_BEFORE.search("giám sát dịch bệnh; tổng hợp ")
    assert COMPILED_VERB_BEFORE.search("theo dõi, tổng hợp, ")
    assert COMPILED_VERB_BEFORE.search("Sở Y tế chủ trì ") is None
    assert COMPILED_VERB_AFTER.match(" tổng hợp hàng ngày gửi UBND tỉnh")
    assert COMPILED_VERB_AFTER.match(" tổng hợpđồng") is None  # a word's start, not the word


def test_an_unnamed_compiled_report_is_the_named_compiler_s():
    """The daily report goes to both addressees from Sở Y tế (the plan's addressees do not compile it), and the Sở's
    undated "tổng hợp báo cáo UBND tỉnh" is that report said again: one entry per addressee, daily."""
    assert _rows(plan_text(_DAILY)) == [
        ("Sở Y tế tỉnh Đắk Lắk", "Ủy ban nhân dân tỉnh Đắk Lắk", None, "hằng ngày"),
        ("Sở Y tế tỉnh Đắk Lắk", "Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn", None, "hằng ngày"),
    ]


def test_the_whole_plan():
    """The same in the whole Kế hoạch: no report of the daily compiled one left to UBND các xã, phường."""
    rows = _rows((_DATA / "a49ef8a0da1f62dd.md").read_text(encoding="utf-8"))
    daily = [r for r in rows if r[3] == "hằng ngày" and r[1] and r[1] != "Trung tâm Kiểm soát bệnh tật tỉnh Đắk Lắk"]
    assert {r[0] for r in daily} == {"Sở Y tế tỉnh Đắk Lắk"}
    assert len([r for r in rows if r[1] == "Ủy ban nhân dân tỉnh Đắk Lắk" and r[0] == "Sở Y tế tỉnh Đắk Lắk"]) == 1


def test_a_report_not_compiled_keeps_the_plan_s_addressees():
    """The units' own report to the same body is theirs, beside the Sở's compiled one: "Báo cáo kết quả hàng tháng gửi UBND
    tỉnh" is no compiled report."""
    body = _DAILY.replace("- Báo cáo tổng hợp hàng ngày gửi", "- Báo cáo kết quả hàng ngày gửi")
    rows = _rows(plan_text(body))
    assert ("Ủy ban nhân dân các xã, phường", "Ủy ban nhân dân tỉnh Đắk Lắk", None, "hằng ngày") in rows
    assert ("Sở Y tế tỉnh Đắk Lắk", "Ủy ban nhân dân tỉnh Đắk Lắk", None, None) in rows


def test_a_compiled_report_to_another_body_keeps_its_guess():
    """A compiled report to a body the named compiler does not report to is not the compiler's."""
    body = _DAILY.replace("gửi UBND tỉnh, Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn", "gửi Sở Nội vụ")
    rows = _rows(plan_text(body))
    assert ("Ủy ban nhân dân các xã, phường", "Sở Nội vụ tỉnh Đắk Lắk", None, "hằng ngày") in rows
    assert ("Sở Y tế tỉnh Đắk Lắk", "Ủy ban nhân dân tỉnh Đắk Lắk", None, None) in rows


_DONG_NAI = Header(issuer="Ủy ban nhân dân tỉnh Đồng Nai", province="Đồng Nai")
_SON_LA = Header(issuer="Ủy ban nhân dân tỉnh Sơn La", province="Sơn La")

# KH 179/KH-UBND of UBND tỉnh Đồng Nai: the Sở's yearly report in VI.1, said again in the closing's purpose clause.
_SAID_AGAIN = (
    "**1. Sở Khoa học và Công nghệ**\n\n"
    "a) Chủ trì tổ chức, hướng dẫn, đôn đốc, các cơ quan, đơn vị tổ chức triển khai thực hiện Kế hoạch; kiểm tra, giám"
    " sát, tổng hợp, báo cáo UBND tỉnh, Bộ Khoa học và Công nghệ tình hình thực hiện Kế hoạch (định kỳ hằng năm).\n\n"
    "**2.** Các sở, ban ngành, cơ quan thuộc tỉnh chủ trì xây dựng các nội dung phát triển kinh tế số theo ngành, lĩnh vực"
    " phụ trách phù hợp với địa phương.\n\n"
    "Yêu cầu các sở, ban, ngành, đoàn thể tỉnh; UBND các phường, xã; các đơn vị liên quan căn cứ nhiệm vụ được phân công"
    " triển khai thực hiện tốt Kế hoạch này. Định kỳ 06 tháng các cơ quan có liên quan báo cáo kết quả thực hiện gửi về Sở"
    " Khoa học Công nghệ để tổng hợp báo cáo UBND tỉnh.\n"
)


def test_a_field_written_short_of_its_name():
    """"Sở Khoa học Công nghệ" and "Sở Công thương" are the departments' official names; other names keep their words."""
    assert canonical_org("Sở Khoa học Công nghệ", _DONG_NAI) == "Sở Khoa học và Công nghệ tỉnh Đồng Nai"
    assert canonical_org("Bộ Khoa học Công nghệ", _DONG_NAI) == "Bộ Khoa học và Công nghệ"
    assert canonical_org("Sở Công thương", _SON_LA) == "Sở Công Thương tỉnh Sơn La"
    assert canonical_org("Trường Đại học Khoa học Công nghệ", _DONG_NAI) == "Trường Đại học Khoa học Công nghệ"
    assert FIELD_SHORT_OF_NAME.search("Luật Khoa học, Công nghệ và Đổi mới sáng tạo") is None
    assert FIELD_SHORT_OF_NAME.search("Sở Khoa học và Công nghệ") is None


def test_the_report_said_again_in_a_purpose_clause():
    """The Sở's report to UBND tỉnh, said again after the bodies' six-monthly report to it, is one entry: the yearly one."""
    rows = _rows(plan_text(_SAID_AGAIN), _DONG_NAI)
    assert rows == [
        ("Sở Khoa học và Công nghệ tỉnh Đồng Nai", "Ủy ban nhân dân tỉnh Đồng Nai", None, "định kỳ hằng năm"),
        ("Sở Khoa học và Công nghệ tỉnh Đồng Nai", "Bộ Khoa học và Công nghệ", None, "định kỳ hằng năm"),
        ("Các cơ quan có liên quan", "Sở Khoa học và Công nghệ tỉnh Đồng Nai", None, "định kỳ 6 tháng"),
    ]


def test_a_second_report_of_its_own_stays():
    """Not in a purpose clause, an undated report to one of those bodies is a duty of its own."""
    body = _SAID_AGAIN.replace(
        "gửi về Sở Khoa học Công nghệ để tổng hợp báo cáo UBND tỉnh.",
        "gửi về Sở Khoa học Công nghệ. Sở Khoa học và Công nghệ báo cáo UBND tỉnh kết quả kiểm tra.",
    )
    rows = _rows(plan_text(body), _DONG_NAI)
    assert ("Sở Khoa học và Công nghệ tỉnh Đồng Nai", "Ủy ban nhân dân tỉnh Đồng Nai", None, None) in rows


_HO_CHI_MINH = Header(issuer="Ủy ban nhân dân thành phố Hồ Chí Minh", province="Hồ Chí Minh")


def test_the_competent_authority_pattern():
    assert COMPETENT_AUTHORITY.fullmatch("Cấp có thẩm quyền")
    assert COMPETENT_AUTHORITY.fullmatch("cơ quan có thẩm quyền")
    assert COMPETENT_AUTHORITY.fullmatch("cấp trên") is None  # above the issuer: the issuer's report


def test_a_department_reports_to_the_competent_authority():
    """KH 179/KH-UBND of UBND tỉnh Đồng Nai, VI.2: Sở Tài chính reports the funds needed to the competent authority."""
    body = (
        "**2. Sở Tài chính**\n\n"
        "a) Trên cơ sở đề xuất của các cơ quan, đơn vị được giao nhiệm chủ trì nhiệm vụ và ý kiến của Sở Khoa học và Công"
        " nghệ, Sở Tài chính tổng hợp nhu cầu kinh phí, căn cứ khả năng cân đối của ngân sách tỉnh, báo cáo cấp có thẩm"
        " quyền xem xét bố trí kinh phí thực Kế hoạch này theo quy định của Luật Ngân sách nhà nước và các văn bản liên"
        " quan.\n"
    )
    assert _rows(plan_text(body), _DONG_NAI) == [("Sở Tài chính tỉnh Đồng Nai", "Cấp có thẩm quyền", None, None)]


def test_the_whole_letter_s_department_reports():
    """CV 4169/UBND-VX of UBND thành phố Hồ Chí Minh, "3. Giao Sở Nội vụ" / "- Tổng hợp, báo cáo kết quả đánh giá, xếp
    loại … theo yêu cầu của cấp có thẩm quyền": Sở Nội vụ's report."""
    rows = _rows((_DATA / "511e7283656cde8f.md").read_text(encoding="utf-8"), _HO_CHI_MINH)
    assert ("Sở Nội vụ thành phố Hồ Chí Minh", "Cấp có thẩm quyền", None, None) in rows
    assert not any(r[0] == "Ủy ban nhân dân thành phố Hồ Chí Minh" and r[1] == "Cấp có thẩm quyền" for r in rows)


def test_a_staff_unit_compiles_its_parent_s_report_up():
    """Above the issuer ("cấp trên"), a department's compiled report is still the issuer's (seed 001's convention)."""
    body = (
        "**2. Sở Tài chính**\n\n"
        "a) Sở Tài chính tổng hợp nhu cầu kinh phí, báo cáo cơ quan cấp trên xem xét bố trí kinh phí.\n"
    )
    assert _rows(plan_text(body), _DONG_NAI)[0][0] == "Ủy ban nhân dân tỉnh Đồng Nai"


def test_an_unnamed_compiled_report_of_several_periods():
    """The same with the daily report's period written as a schedule: each period's entry is Sở Y tế's."""
    body = _DAILY.replace(
        "- Báo cáo tổng hợp hàng ngày gửi UBND tỉnh, Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn.",
        "- Báo cáo tổng hợp 6 tháng (trước ngày 15/6), hằng năm (trước ngày 15/12) gửi UBND tỉnh.",
    )
    assert _rows(plan_text(body)) == [
        ("Sở Y tế tỉnh Đắk Lắk", "Ủy ban nhân dân tỉnh Đắk Lắk", None, "6 tháng (trước ngày 15/6)"),
        ("Sở Y tế tỉnh Đắk Lắk", "Ủy ban nhân dân tỉnh Đắk Lắk", None, "hằng năm (trước ngày 15/12)"),
    ]
