"""Reporting duties, round 19 c: an article the outline reads as the preamble. A copy of a Quyết định that lost its
"Điều 1." (a table row dropped, as in a collected copy of Quyết định 41/2019/QĐ-UBND of UBND tỉnh Quảng Trị: "QUYẾT
ĐỊNH:" / "Điều 2. Quyết định này có hiệu lực …"), or a fragment quoting one article, has its duties read as the same
sentence numbered under "Điều 2. Tổ chức thực hiện" is. The fragments are written in the style of a ministry's and a
province's Quyết định."""

from __future__ import annotations

import pytest

from vanban.loaders.extract import extract
from vanban.loaders.records import Header
from vanban.loaders.reports import PREAMBLE_ARTICLE, find_reports
from vanban.loaders.text import make_text

_MINISTRY = Header(issuer="Bộ Giáo dục và Đào tạo")
_DUTY = " tổng hợp, báo cáo Bộ trưởng kết quả thực hiện trước ngày 30/6/2025."


def _found(text: str, header: Header = _MINISTRY) -> list[tuple]:
    return [(r.from_, r.to, r.deadline) for r in find_reports(make_text(text), header)]


@pytest.mark.parametrize("subject", ["Vụ Giáo dục Trung học", "Cục Quản lý chất lượng", "Sở Giáo dục và Đào tạo", "Văn phòng Bộ"])
def test_an_article_written_inline_is_read_as_its_numbered_item_is(subject):
    inline = f"Điều 2. {subject}{_DUTY}\n"
    numbered = f"Điều 2. Tổ chức thực hiện\n1. {subject}{_DUTY}\n"
    assert _found(inline) == _found(numbered) == [(subject, "Bộ trưởng", "2025-06-30")]


def test_an_article_after_the_decision_word_or_a_blank_line_is_read():
    assert _found(f"QUYẾT ĐỊNH:\nĐiều 2. Vụ Giáo dục Trung học{_DUTY}\n")[0][0] == "Vụ Giáo dục Trung học"
    assert _found(f"QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\n\nĐiều 2. Vụ Giáo dục Trung học{_DUTY}\n")[0][0] == (
        "Vụ Giáo dục Trung học"
    )


DECISION_WITHOUT_FIRST_ARTICLE = """ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Số: 412/QĐ-UBND
Quảng Trị, ngày 22 tháng 10 năm 2024

QUYẾT ĐỊNH
Về việc ban hành Kế hoạch thực hiện chuyển đổi số năm 2024

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét đề nghị của Giám đốc Sở Thông tin và Truyền thông.
QUYẾT ĐỊNH:
Điều 2. Sở Thông tin và Truyền thông chủ trì, theo dõi, đôn đốc; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 15/12/2024.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.
"""


def test_a_decision_whose_first_article_a_copy_lost_keeps_its_duties():
    rows = [(r.from_, r.to, r.deadline) for r in extract(make_text(DECISION_WITHOUT_FIRST_ARTICLE)).reports_to]
    assert rows == [("Sở Thông tin và Truyền thông tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị", "2024-12-15")]


def test_a_citation_wrapped_onto_a_line_of_the_preamble_opens_no_article():
    assert PREAMBLE_ARTICLE.match("Điều 2. Vụ Giáo dục Trung học tổng hợp")
    assert PREAMBLE_ARTICLE.match("**Điều 2.** Vụ Giáo dục Trung học tổng hợp")
    assert not PREAMBLE_ARTICLE.match("Điều 6 Nghị định số 09/2019/NĐ-CP quy định về chế độ báo cáo;")
    # A wrapped "… quy định tại khoản 2" / "Điều 6. …" is no article: the line before ends no sentence.
    preamble = (
        "QUYẾT ĐỊNH\nVề việc ban hành Quy chế\n\nCăn cứ Nghị định số 09/2019/NĐ-CP, quy định tại khoản 2\n"
        "Điều 6. Các cơ quan báo cáo UBND tỉnh trước ngày 15/12/2024;\n"
    )
    assert _found(preamble, Header(issuer="Ủy ban nhân dân tỉnh Quảng Trị", province="Quảng Trị")) == []


# Round 19 c, 2: the issuer's office as an item's lead unit. The seeds' README: "A staff unit that only compiles its
# parent's report does not count as the sender". A Sở's Văn phòng leading the Sở's half-year review compiles the Sở's
# report to UBND tỉnh and the ministry; reporting to the Sở's own head it stays the sender (as a Khoa to its Ban Giám đốc).
_JUSTICE = Header(issuer="Sở Tư pháp tỉnh Quảng Ngãi", province="Quảng Ngãi")
_FIRST_ITEM = "1. Tổ chức Ngày Pháp luật Việt Nam.\n- Cơ quan chủ trì: Phòng Phổ biến, giáo dục pháp luật.\n"


def _justice_plan(item: str) -> str:
    return f"KẾ HOẠCH\nCông tác phổ biến, giáo dục pháp luật năm 2024\n\nII. NỘI DUNG\n{_FIRST_ITEM}{item}"


@pytest.mark.parametrize("item", [
    "2. Sơ kết công tác phổ biến, giáo dục pháp luật 6 tháng đầu năm.\n- Cơ quan chủ trì: Văn phòng Sở.\n"
    "- Sản phẩm: Báo cáo sơ kết gửi UBND tỉnh, Bộ Tư pháp.\n- Thời gian hoàn thành: trước ngày 20/6/2024.\n",
    "2. Báo cáo sơ kết 6 tháng gửi UBND tỉnh, Bộ Tư pháp trước ngày 20/6/2024.\n- Cơ quan chủ trì: Văn phòng Sở.\n"
    "- Cơ quan phối hợp: Các phòng, đơn vị thuộc Sở.\n",
    "2. Sơ kết công tác 6 tháng.\na) Đơn vị chủ trì: Văn phòng Sở.\nb) Báo cáo UBND tỉnh, Bộ Tư pháp trước ngày 20/6/2024.\n",
])
def test_the_issuers_office_leading_the_work_compiles_the_issuers_report(item):
    assert _found(_justice_plan(item), _JUSTICE) == [
        ("Sở Tư pháp tỉnh Quảng Ngãi", "Ủy ban nhân dân tỉnh Quảng Ngãi", "2024-06-20"),  # one entry per addressee
        ("Sở Tư pháp tỉnh Quảng Ngãi", "Bộ Tư pháp", "2024-06-20"),
    ]


def test_the_issuers_office_reporting_to_the_issuers_head_is_the_sender():
    item = "2. Cơ quan chủ trì: Văn phòng Sở\n- Báo cáo Giám đốc Sở trước ngày 20/6/2024.\n"
    assert _found(_justice_plan(item), _JUSTICE) == [("Văn phòng Sở", "Giám đốc Sở", "2024-06-20")]


def test_the_issuers_office_is_read_by_its_kind_or_the_issuers_name():
    from vanban.loaders.reports import _issuers_office

    district = Header(issuer="Ủy ban nhân dân huyện Can Lộc", province="Hà Tĩnh", district="Can Lộc")
    assert _issuers_office("Văn phòng Sở", _JUSTICE)
    assert _issuers_office("Văn phòng", _JUSTICE)
    assert _issuers_office("Văn phòng HĐND và UBND huyện", district)
    assert not _issuers_office("Văn phòng Tỉnh ủy", district)
    assert not _issuers_office("Văn phòng đăng ký đất đai", _JUSTICE)
    assert not _issuers_office("Phòng Nội vụ", district)


def test_a_bare_title_heads_only_its_kind_of_body():
    from vanban.loaders.reports import _heads_issuer

    assert _heads_issuer("Bộ trưởng", "Bộ Giáo dục và Đào tạo")
    assert not _heads_issuer("Bộ trưởng", "Sở Giáo dục và Đào tạo tỉnh Nghệ An")
    assert _heads_issuer("Giám đốc sở", "Sở Giáo dục và Đào tạo tỉnh Nghệ An")
    assert _heads_issuer("Hiệu trưởng", "Trường Trung học phổ thông Nguyễn Du")
    assert not _heads_issuer("Cục trưởng", "Sở Tư pháp tỉnh Quảng Ngãi")


def test_a_department_reports_to_the_minister_in_its_own_decision():
    header = Header(issuer="Sở Giáo dục và Đào tạo tỉnh Nghệ An", province="Nghệ An")
    text = f"QUYẾT ĐỊNH:\nĐiều 1. Ban hành Kế hoạch.\nĐiều 2. Sở Giáo dục và Đào tạo{_DUTY}\n"
    assert _found(text, header) == [("Sở Giáo dục và Đào tạo tỉnh Nghệ An", "Bộ trưởng", "2025-06-30")]
