"""Tasks and deadlines, round 13: task tables in markdown (one task per row, the lead column its doers,
the time column its deadline), an hour with a prime before a deadline's day. Fragments written in the
style of the documents (a commune's plan with its appendix of tasks, a district hospital's plan, a Công
văn of UBND tỉnh Đắk Nông)."""

from __future__ import annotations

from vanban.loaders.deadlines import find_deadline
from vanban.loaders.records import Header
from vanban.loaders.task_tables import LEAD_HEADER, LEAD_NOT
from vanban.loaders.tasks import find_tasks
from vanban.loaders.text import make_text

# A commune's plan whose tasks are listed in an appendix after the signature, grouped under Roman rows.
COMMUNE_APPENDIX = """KẾ HOẠCH
Cải cách hành chính năm 2025

I. MỤC ĐÍCH, YÊU CẦU

1. Nâng cao chất lượng giải quyết thủ tục hành chính.

II. TỔ CHỨC THỰC HIỆN

1. Văn phòng HĐND và UBND xã chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

**PHỤ LỤC**
**DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025**

| **STT** | **Nội dung nhiệm vụ** | **Đơn vị chủ trì** | **Đơn vị phối hợp** | **Thời gian hoàn thành** |
|---|---|---|---|---|
| **I** | **Cải cách thể chế** | | | |
| 1 | Rà soát, đánh giá các văn bản quy phạm pháp luật do UBND xã ban hành | Công chức Tư pháp - Hộ tịch | Văn phòng HĐND và UBND xã | 30/6/2025 |
| 2 | Tuyên truyền, phổ biến các văn bản pháp luật mới | Phòng Văn hóa - Xã hội | Các ban, ngành, đoàn thể | Thường xuyên |
| **II** | **Cải cách thủ tục hành chính** | | | |
| 3 | Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa | Văn phòng HĐND và UBND xã (chủ trì) | Công an xã | Trước 31/3/2025 |
| 4 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Bộ phận Một cửa | Các công chức chuyên môn | Quý IV/2025 |
| 5 | Thăm, tặng quà gia đình chính sách | UBND xã<br>Hội Cựu chiến binh xã | Các chi bộ | 27/7/2025 |
"""

# A hospital's plan whose content section is a table, its lead column "Khoa/phòng thực hiện".
HOSPITAL_SECTION = """KẾ HOẠCH
Phòng, chống dịch bệnh mùa hè năm 2025

I. MỤC TIÊU

Giảm tỷ lệ mắc và tử vong do dịch bệnh.

II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN

| TT | Nội dung công việc | Khoa/phòng thực hiện | Thời gian thực hiện |
|:--:|---|---|:--:|
| 1 | Xây dựng phương án thu dung, điều trị bệnh nhân | Phòng Kế hoạch tổng hợp | Tháng 4/2025 |
| 2 | Tập huấn phác đồ điều trị cho nhân viên y tế | Khoa Truyền nhiễm | 15/5/2025 |

III. TỔ CHỨC THỰC HIỆN

1. Các khoa, phòng triển khai thực hiện Kế hoạch.
"""

# Tables that list no tasks: a letter's header, a schedule of meetings with no lead column.
NOT_TASK_TABLES = """KẾ HOẠCH
Tổ chức hội nghị

| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
| Số: 141/KH-UBND | Bắc Ninh, ngày 20 tháng 11 năm 2025 |

I. NỘI DUNG

| Ngày | Nội dung | Địa điểm | Thành phần |
|---|---|---|---|
| 20/11 | Hội nghị sơ kết | Hội trường UBND | Các phòng chuyên môn |
"""


def _rows(body: str):
    return [(t.section, t.text_start, t.assigned_to, t.deadline) for t in find_tasks(make_text(body), Header())]


def test_an_appendix_table_gives_one_task_per_row():
    rows = _rows(COMMUNE_APPENDIX)
    assert rows[0][0] == "II.1"  # the organisation item, before the appendix
    assert rows[1:] == [
        # The first fifteen words, as an item's text_start.
        ("PL.1", "Rà soát, đánh giá các văn bản quy phạm pháp luật do UBND xã ban",
         ["Công chức Tư pháp - Hộ tịch"], "2025-06-30"),
        ("PL.2", "Tuyên truyền, phổ biến các văn bản pháp luật mới", ["Phòng Văn hóa - Xã hội"], None),
        ("PL.3", "Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa",
         ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"], "2025-03-31"),
        # A quarter is a period, not a date (as in items).
        ("PL.4", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", ["Bộ phận Một cửa"], None),
        # Two bodies on two lines of one cell.
        ("PL.5", "Thăm, tặng quà gia đình chính sách", ["Ủy ban nhân dân xã", "Hội Cựu chiến binh xã"], "2025-07-27"),
    ]


def test_the_cooperating_column_names_no_doer_and_group_rows_are_no_task():
    tasks = find_tasks(make_text(COMMUNE_APPENDIX), Header())
    doers = {n for t in tasks for n in t.assigned_to}
    assert "Công an xã" not in doers and "Các chi bộ" not in doers
    assert not any(t.text_start.startswith(("Cải cách thể chế", "Cải cách thủ tục")) for t in tasks)


def test_a_table_under_a_heading_takes_its_label_and_a_cell_is_a_whole_name():
    rows = _rows(HOSPITAL_SECTION)
    assert rows[:2] == [
        # "tổng hợp" ends a clause's subject, not a cell's name.
        ("II.1", "Xây dựng phương án thu dung, điều trị bệnh nhân", ["Phòng Kế hoạch tổng hợp"], None),
        ("II.2", "Tập huấn phác đồ điều trị cho nhân viên y tế", ["Khoa Truyền nhiễm"], "2025-05-15"),
    ]
    assert rows[2][0] == "III.1"


def test_tables_without_a_lead_column_list_no_tasks():
    assert _rows(NOT_TASK_TABLES) == []


def test_lead_headers():
    for h in ("đơn vị chủ trì", "cơ quan chủ trì", "chủ trì", "khoa/phòng thực hiện", "người phụ trách", "thực hiện"):
        assert LEAD_HEADER.search(h) and not LEAD_NOT.search(h), h
    for h in ("thời gian thực hiện", "nội dung thực hiện", "đơn vị phối hợp", "kết quả thực hiện"):
        assert not (LEAD_HEADER.search(h) and not LEAD_NOT.search(h)), h


def test_an_hour_with_a_prime_before_the_day():
    # "Báo cáo gửi về Ủy ban nhân dân tỉnh (thông qua Sở Y tế) … chậm nhất 10h00' ngày 27/4/2020." (CV 1974/UBND-KGVX)
    assert find_deadline("chậm nhất 10h00' ngày 27/4/2020.").iso == "2020-04-27"
    assert find_deadline("trước 14h00 ngày 28/4/2020").iso == "2020-04-28"
