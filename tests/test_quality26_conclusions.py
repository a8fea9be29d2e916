"""Tasks of notices of conclusions, round 26 (``loaders.conclusions``): a notice's section answering the province's
requests ("III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH") gives its tasks, an item or point that only assesses gives none, an item
titled over lettered points gives one task per point, the bodies an enumeration "(i) … (ii) …" charges are its doers, and
a number wrapped after "tại Khoản" opens no item. Read on Văn phòng Chính phủ's notices (tests/data/realdocs: TB 467, 623,
631, 637, 648, 653)."""

from __future__ import annotations

import pytest

from tests.realdoc_tasks import REALDOCS, realdoc_tasks as _tasks
from vanban.loaders.conclusions import answers_requests, assesses
from vanban.loaders.extract import extract
from vanban.loaders.read import read_file
from vanban.loaders.sections import NUMBERED_WORD_END


def test_answered_requests_are_tasks():
    # "II. MỘT SỐ KIẾN NGHỊ CỦA TỈNH" / "1. Về hỗ trợ kinh phí …: Giao Bộ Tài chính chủ trì, …" … "8. Các Bộ, cơ quan: …"
    # (TB 648/TB-VPCP): before, no task at all ("I. ĐÁNH GIÁ CHUNG" then a section of no task kind).
    tasks = _tasks("296e373d796986f4.md")
    assert list(tasks) == [f"II.{k}" for k in range(1, 9)]
    assert tasks["II.1"] == ["Bộ Tài chính"]
    assert tasks["II.6"] == ["Bộ Giáo dục và Đào tạo", "Bộ Y tế"]


def test_answered_requests_beside_the_tasks_ahead():
    # "II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI" (5 items, as before) then "III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH"
    # (TB 623/TB-VPCP): its 7 items were missing.
    tasks = _tasks("826ed569ec2ddaa1.md")
    assert [s for s in tasks if s.startswith("III.")] == [f"III.{k}" for k in range(1, 8)]
    assert tasks["III.3"] == ["Ủy ban nhân dân tỉnh Đắk Lắk"]
    assert tasks["III.7"] == ["Bộ Nội vụ"]


def test_assessing_item_is_no_task_and_enumeration_names_doers():
    # "1. Ghi nhận, đánh giá cao và biểu dương sự nỗ lực …" is no task; "2. … yêu cầu Bộ Y tế, … trong đó lưu ý một số nội
    # dung trọng tâm như sau: (1) Bộ Y tế chỉ đạo … (3) Bộ Công an tiếp tục … (6) Ủy ban nhân dân tỉnh Ninh Bình …"
    # (TB 637/TB-VPCP).
    tasks = _tasks("75a0867a09525909.md")
    assert list(tasks) == ["2"]
    assert {"Bộ Công an", "Bộ Xây dựng", "Bộ Tài chính", "Ủy ban nhân dân tỉnh Ninh Bình"} <= set(tasks["2"])
    # "(2) Đồng chí Bộ trưởng Bộ Y tế, Thứ trưởng Bộ Y tế phụ trách lĩnh vực tiếp tục bám sát …": no name read into its
    # predicate, and "- Chỉ đạo Ban Quản lý dự án, Bệnh viện …" (units (1) directs) adds none.
    assert not any("tiếp tục" in n or "thúc đẩy" in n for n in tasks["2"])


def test_titled_item_gives_a_task_per_charging_point():
    # "**1. Về Dự án Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4**" / "a) Đánh giá cao nỗ lực của Chủ đầu tư …" / "b) Để làm
    # tốt các nhiệm vụ sắp tới, đề nghị: (i) Tập đoàn … (ii) Chủ đầu tư … (iii) Ủy ban nhân dân tỉnh Đồng Nai … (iv) Giao Bộ
    # Công Thương …" (TB 653/TB-VPCP): before, items 1 and 2 whole, item 1 with no doer.
    tasks = _tasks("ad0066b8d39e5c85.md")
    assert list(tasks) == ["1.b", "2.b", "2.c", "2.d"]
    assert tasks["1.b"] == [
        "Tập đoàn Công nghiệp-Năng lượng quốc gia Việt Nam", "Chủ đầu tư", "Ủy ban nhân dân tỉnh Đồng Nai", "Bộ Công Thương",
    ]
    assert tasks["2.c"] == ["Ủy ban nhân dân Thành phố Hồ Chí Minh"]


def test_number_wrapped_after_khoan_opens_no_item():
    # "… theo quy định tại Khoản" / "3 - Điều 61 Luật Lâm nghiệp …" inside item 2 was read as item 3, and the real "3. Bộ
    # Tài chính hoàn thiện dự thảo Quyết định …" lost; item 1 ("Thị trường các-bon được coi là công cụ kinh tế …") only
    # assesses (TB 467/TB-VPCP).
    record = extract(read_file(REALDOCS / "TB-467-TB-VPCP.md"))
    assert [t.section for t in record.tasks] == ["2", "3"]
    assert record.tasks[1].text_start.startswith("Bộ Tài chính hoàn thiện dự thảo Quyết định")
    assert record.tasks[1].assigned_to == ["Bộ Tài chính"]
    assert record.tasks[0].deadline == "2024-10-20"


@pytest.mark.parametrize(
    "line, wraps",
    [
        ("phát thải khí nhà kính từ hạn chế mất rừng …, tăng trưởng xanh theo quy định tại Khoản", True),
        ("thì thực hiện theo quy định tại điểm", True),
        ("2. Về những nội dung còn có ý kiến khác nhau:", False),
        ("khu vực nông thôn, vùng đồng bào dân tộc thiểu số và miền núi.", False),
    ],
)
def test_numbered_word_end(line, wraps):
    assert (NUMBERED_WORD_END.search(line[-12:]) is not None) == wraps


@pytest.mark.parametrize(
    "title, answers",
    [
        ("III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH", True),  # TB 623/TB-VPCP
        ("**II. MỘT SỐ KIẾN NGHỊ CỦA TỈNH**", True),  # TB 648/TB-VPCP
        ("I. ĐÁNH GIÁ CHUNG", False),
        ("III. KIẾN NGHỊ, ĐỀ XUẤT", False),  # a report's own recommendations
        ("II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI", False),
    ],
)
def test_answers_requests(title, answers):
    assert answers_requests(title) == answers


@pytest.mark.parametrize(
    "words, only_assesses",
    [
        ("Ghi nhận, đánh giá cao và biểu dương sự nỗ lực, cố gắng rất lớn của Bộ Y tế, Ban Quản lý dự án, các nhà thầu", True),
        ("Đánh giá cao nỗ lực của Chủ đầu tư dự án đã hoàn thành xây dựng dự án và sẵn sàng đưa Nhà máy điện", True),
        (
            "Thị trường các-bon được coi là công cụ kinh tế để góp phần thực hiện các cam kết giảm phát thải khí nhà kính. "
            "Luật Bảo vệ môi trường năm 2020 và Nghị định số 06/2022/NĐ-CP … giao Bộ Tài chính chủ trì thành lập Thị trường",
            True,
        ),
        ("Việc hợp nhất 03 Chương trình có ý nghĩa hết sức quan trọng, để thực hiện mục tiêu của Đảng và Nhà nước", True),
        ("Bộ Tài chính thực hiện nghiêm các ý kiến chỉ đạo của Lãnh đạo Chính phủ tại các Thông báo kết luận số", False),
        ("Về hỗ trợ kinh phí thực hiện dự án Bệnh án điện tử tại các cơ sở y tế: Giao Bộ Tài chính chủ trì", False),
        ("Giảm tối đa số trẻ bị bỏ rơi mới: *Đây là nhiệm vụ ưu tiên", False),
        (
            "Để đảm bảo chất lượng, tiến độ hoàn thành 02 công trình dự án, phấn đấu hoàn thành xây dựng trước ngày 30 tháng"
            " 11 năm 2025 …, yêu cầu Bộ Y tế, Ban Quản lý dự án, các nhà thầu và các bộ, cơ quan liên quan",
            False,
        ),
    ],
)
def test_assesses(words, only_assesses):
    assert assesses(words) == only_assesses


def test_ministries_listed_after_kind_and_agencies():
    # "8. Các Bộ, cơ quan: Tài chính, Xây dựng, …, Ngoại giao, Tập đoàn Điện lực Việt Nam theo chức năng, nhiệm vụ được giao
    # khẩn trương rà soát …" (TB 648/TB-VPCP): before, the one name "Các Bộ, cơ quan"; the group named whole among the
    # fields stays itself.
    assigned = _tasks("296e373d796986f4.md")["II.8"]
    assert assigned[:2] == ["Bộ Tài chính", "Bộ Xây dựng"]
    assert "Bộ Văn hóa, Thể thao và Du lịch" in assigned and "Bộ Ngoại giao" in assigned
    assert assigned[-1] == "Tập đoàn Điện lực Việt Nam"


def test_state_groups_listed_after_kind():
    # "9. … đề nghị các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội tổ chức triển khai …";
    # "10. Các Bộ, cơ quan liên quan và các Tập đoàn: Công nghiệp - Năng lượng Quốc gia Việt Nam, Bưu chính viễn thông Việt
    # Nam, Công nghiệp" / "- Viễn thông Quân đội theo chức năng, …" (TB 634/TB-VPCP; the dash line a wrapped name, not a
    # bullet).
    tasks = _tasks("24701a1c97c8c368.md")
    assert tasks["III.9"] == [
        "Tập đoàn Bưu chính Viễn thông Việt Nam", "Tập đoàn Công nghiệp - Viễn thông Quân đội", "Bộ Khoa học và Công nghệ",
    ]
    assert tasks["III.10"] == [
        "Các Bộ, cơ quan liên quan", "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam",
        "Tập đoàn Bưu chính viễn thông Việt Nam", "Tập đoàn Công nghiệp - Viễn thông Quân đội",
    ]


def test_long_titled_item_and_honorific_object():
    # "1. Hoàn thành mục tiêu đưa vào khai thác trên 3.000 km đường bộ cao tốc và khoảng trên 1.700km đường bộ ven biển
    # trong năm 2025" / "a) Yêu cầu …" … "e) …" (TB 627/TB-VPCP): a title over its points (no sentence ends in it, a
    # figure's dot aside), one task per point; "b) Giao đồng chí Bộ trưởng Bộ Xây dựng trực tiếp chỉ đạo …": the minister
    # past the courtesy (before, no name was read after "Giao đồng chí").
    tasks = _tasks("50f694478a35aefd.md")
    assert [s for s in tasks if s.startswith("III.1")] == ["III.1.a", "III.1.b", "III.1.c", "III.1.d", "III.1.đ", "III.1.e"]
    assert tasks["III.1.b"][0] == "Bộ trưởng Bộ Xây dựng"
    assert tasks["III.1.c"] == ["Bộ Quốc phòng"]
