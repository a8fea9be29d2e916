"""Assignees of task items: bodies whose second word is lower case, items opened by "Khuyến
khích", and a doer on the paragraph after a heading line (corpus 004, 024, 025, 031, 048, 055)."""

import pytest

from vanban.loaders.parties import assignees
from vanban.loaders.records import Header
from vanban.loaders.tasks import find_tasks
from vanban.loaders.text import make_text


@pytest.mark.parametrize(
    "item, names",
    [
        ("Báo và Phát thanh, Truyền hình Cần Thơ** Phối hợp với các sở, ban, ngành liên quan đẩy mạnh",
         ["Báo và Phát thanh, Truyền hình Cần Thơ"]),
        ("Đề nghị Viện kiểm sát nhân dân thành phố, Tòa án nhân dân thành phố** a) Phối hợp chặt chẽ",
         ["Viện kiểm sát nhân dân thành phố", "Tòa án nhân dân thành phố"]),
        ("Sở, ban, ngành liên quan** Căn cứ theo chức năng, nhiệm vụ, quyền hạn được giao",
         ["Sở, ban, ngành liên quan"]),
        ("Ngân hàng nhà nước khu vực XII** Chủ động triển khai thực hiện Kế hoạch đồng bộ",
         ["Ngân hàng nhà nước khu vực XII"]),
        ("Đề nghị Liên minh Hợp tác xã tỉnh, Đoàn TNCS Hồ Chí Minh tỉnh, Hội nông dân tỉnh, Hiệp hội doanh "
         "nghiệp tỉnh** - Đẩy mạnh tập huấn",
         ["Liên minh Hợp tác xã tỉnh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "Hội nông dân tỉnh",
          "Hiệp hội doanh nghiệp tỉnh"]),
        ("Ban công tác Mặt trận các tổ dân phố căn cứ kế hoạch này, khi có thông báo chủ động phối hợp",
         ["Ban công tác Mặt trận các tổ dân phố"]),
    ],
)
def test_heads_with_a_lower_case_second_word(item, names):
    assert assignees(item) == names


def test_khuyen_khich_names_the_doer_only_when_it_opens_the_item():
    item = "Khuyến khích Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã xây dựng kế hoạch hành động"
    assert assignees(item, opening=True) == ["Liên đoàn Lao động tỉnh", "Hội Nông dân tỉnh", "Liên minh Hợp tác xã"]
    # Inside an item (corpus 016) the encouraged businesses are mobilised, not assigned.
    inside = "b) Khuyến khích các doanh nghiệp sử dụng nhiều lao động thực hiện tốt trách nhiệm xã hội"
    assert assignees(inside) == []


_PLAN = """KẾ HOẠCH
Kiểm tra, giám sát công tác bầu cử
II. NỘI DUNG
{items}
III. TỔ CHỨC THỰC HIỆN
1. Các tổ chức thành viên tham gia kiểm tra, giám sát theo phân công.
"""


def test_doer_on_the_paragraph_after_a_heading_line():
    # Corpus 055: the heading, a blank line, then the paragraph naming the doer.
    items = (
        "1. Công tác kiểm tra, giám sát\n\n"
        "Ban Thường trực Ủy ban MTTQ Việt Nam xã xây dựng kế hoạch và triển khai quy trình các bước để tổ chức "
        "kiểm tra, giám sát.\n"
    )
    tasks = find_tasks(make_text(_PLAN.format(items=items)), Header())
    assert tasks[0].assigned_to == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"]


def test_a_wrapped_line_is_not_a_heading_line():
    # Corpus 002: a PDF line wrap inside a sentence (no blank line) opens no clause.
    items = (
        "1. Giao Công an tỉnh chủ trì, phối hợp với Văn\n"
        "Phòng UBND tỉnh theo dõi, hướng dẫn, kiểm tra việc triển khai thực hiện Kế hoạch này.\n"
    )
    tasks = find_tasks(make_text(_PLAN.format(items=items)), Header())
    assert tasks[0].assigned_to == ["Công an tỉnh"]
