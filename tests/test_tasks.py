"""Tasks: numbered items of the content and organisation sections, their doers and deadlines."""

from __future__ import annotations

import json

import pytest

from vanban.loaders.deadlines import find_deadline
from vanban.loaders.parties import assignees, split_names
from vanban.loaders.records import Header
from vanban.loaders.tasks import find_tasks
from vanban.loaders.text import make_text

HEADER = Header(issuer="Sở Y tế tỉnh Hà Giang", province="Hà Giang")

# Seed 004 (Sở Y tế Hà Tĩnh), shortened: long lines, "III. TỔ CHỨC THỰC HIỆN." with a dot.
SEED_004 = """KẾ HOẠCH
Thực hiện phong trào thi đua “Dân vận khéo” năm 2020

I. MỤC ĐÍCH, YÊU CẦU

- Nâng cao nhận thức, trách nhiệm của các cơ quan, đơn vị thuộc ngành Y tế.

II. NỘI DUNG

1. Tiếp tục quán triệt, nâng cao nhận thức, trách nhiệm của các cấp ủy, cơ quan về công tác dân vận.

2. Thực hiện nghiêm túc, đầy đủ trách nhiệm của người đứng đầu trong việc tiếp công dân định kỳ, đột xuất theo Luật Tiếp công dân.

3. Tập trung rà soát, kiểm tra, thực hiện đơn giản hóa thủ tục hành chính; trong đội ngũ cán bộ, công chức, viên chức, nhất là người đứng đầu cơ quan, đơn vị phải gương mẫu thực hiện.

4. Trên cơ sở nhiệm vụ chính trị của mình, các đơn vị tiến hành đăng ký xây dựng và tổ chức thực hiện mô hình “Dân vận khéo” tại đơn vị.

III. TỔ CHỨC THỰC HIỆN.

1. Cấp ủy đảng, Thủ trưởng, Chủ tịch công đoàn các đơn vị xây dựng kế hoạch lãnh đạo, chỉ đạo tổ chức phát động phong trào thi đua “Dân vận khéo”.

Định kỳ 6 tháng, một năm báo cáo kết quả tổ chức thực hiện phong trào thi đua “Dân vận khéo” gửi về Phòng Tổ chức cán bộ, Sở Y tế.

2. Đề nghị báo cáo kết quả thực hiện công tác dân vận khéo năm 2020 về phòng Tổ chức cán bộ Sở Y tế trước ngày 15/10/2020./.

Nơi nhận:

- Ban Dân vận Tỉnh ủy; (để b/c)
"""

# Seed 002 (UBND huyện Đồng Văn): markdown headings and bold.
SEED_002 = """**I. MỤC ĐÍCH VÀ YÊU CẦU**

**1. Mục đích**

Tổ chức triển khai có hiệu quả các nhiệm vụ thuộc thẩm quyền của UBND huyện.

**II. NỘI DUNG THỰC HIỆN**

1. Đẩy mạnh công tác tuyên truyền về vai trò, vị trí của công tác dân vận trong giai đoạn hiện nay.

2. Tổ chức phát động "*Tháng dân vận*" năm 2022 với các hoạt động như: Hưởng ứng ngày Quốc tế Người cao tuổi (1/10), phấn đấu mỗi cơ quan, đơn vị có ít nhất 01 hoạt động tình nguyện thiết thực, đặc biệt các cơ quan, đơn vị phụ trách xã, thị trấn tổ chức tốt các hoạt động hỗ trợ, giúp đỡ hộ nghèo...

### III. THỜI GIAN

**1. Thời gian phát động:** Triển khai "*Tháng dân vận*" bắt đầu từ ngày 01/10/2022 đến 31/10/2022.

### IV. TỔ CHỨC THỰC HIỆN

1. Các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, đơn vị sự nghiệp công lập và Ủy ban nhân dân các xã, thị trấn trên địa bàn huyện căn cứ vào Kế hoạch này và tình hình thực tế của địa phương, đơn vị, xây dựng kế hoạch triển khai.

2. Giao Phòng Nội vụ huyện: Làm đầu mối giúp UBND huyện theo dõi, kiểm tra, đôn đốc các cơ quan, đơn vị tổ chức triển khai thực hiện.

3. Giao Trung tâm Văn hóa - Thông tin và du lịch huyện: Hướng dẫn các cơ quan, đơn vị, UBND xã, thị trấn đẩy mạnh công tác thông tin tuyên truyền.

Trên đây là Kế hoạch triển khai "Tháng dân vận" năm 2022 của Ủy ban nhân dân huyện Đông Văn./.
"""

# Corpus 035-like Chỉ thị: no Roman headings, items straight after the preamble.
DIRECTIVE = """**CHỈ THỊ**

Ủy ban nhân dân tỉnh yêu cầu:

1. Ủy ban nhân dân các xã,
phường, đặc khu Cồn Cỏ:

- Thực hiện đầy đủ trách nhiệm
quản lý nhà nước về lâm nghiệp.

2. Sở Nông nghiệp và Môi trường

- Chủ trì, phối hợp với các địa phương.

3. Sở Tài chính

- Tham mưu bố trí kinh phí.

Yêu cầu Giám đốc các sở, ban,
ngành triển khai thực hiện nghiêm túc Chỉ thị này./.

**KT. CHỦ TỊCH **
"""


def test_tasks_of_a_plan():
    tasks = find_tasks(make_text(SEED_004), HEADER)
    assert [t.section for t in tasks] == ["II.1", "II.2", "II.3", "II.4", "III.1", "III.2"]
    by = {t.section: t for t in tasks}
    assert by["II.1"].text_start == "Tiếp tục quán triệt, nâng cao nhận thức, trách nhiệm của các cấp ủy, cơ"
    assert by["II.1"].assigned_to == []
    assert by["II.2"].assigned_to == []
    # "nhất là người đứng đầu … phải gương mẫu" is a side remark, not a doer.
    assert by["II.3"].assigned_to == []
    assert by["II.4"].assigned_to == ["Các đơn vị"]
    assert by["III.1"].assigned_to == ["Cấp ủy đảng các đơn vị", "Thủ trưởng các đơn vị", "Chủ tịch công đoàn các đơn vị"]
    assert by["III.2"].assigned_to == []
    assert by["III.2"].deadline == "2020-10-15"
    assert by["III.1"].text.startswith("Cấp ủy đảng") and "Định kỳ 6 tháng" in by["III.1"].text


def test_task_spans_and_text_start_are_verbatim():
    text = make_text(SEED_004)
    for t in find_tasks(text, HEADER):
        assert t.text_start in text.flat
        assert text.original[t.start : t.end].split(".", 1)[0] == t.section.split(".")[1]


def test_tasks_of_a_markdown_plan():
    tasks = find_tasks(make_text(SEED_002), HEADER)
    assert [t.section for t in tasks] == ["II.1", "II.2", "IV.1", "IV.2", "IV.3"]
    by = {t.section: t for t in tasks}
    assert by["II.1"].assigned_to == []
    assert by["II.2"].assigned_to == ["Các cơ quan, đơn vị", "Các cơ quan, đơn vị phụ trách xã, thị trấn"]
    assert by["II.2"].text_start.startswith('Tổ chức phát động "*Tháng dân vận*" năm 2022')
    assert by["IV.1"].assigned_to == [
        "Các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện",
        "Đơn vị sự nghiệp công lập",
        "Ủy ban nhân dân các xã, thị trấn",
    ]
    assert by["IV.2"].assigned_to == ["Phòng Nội vụ huyện"]
    assert by["IV.3"].assigned_to == ["Trung tâm Văn hóa - Thông tin và du lịch huyện"]
    # The closing sentence is not part of the last task.
    assert "Trên đây" not in by["IV.3"].text


def test_tasks_of_a_directive_without_headings():
    tasks = find_tasks(make_text(DIRECTIVE), Header())
    assert [t.section for t in tasks] == ["1", "2", "3"]
    assert [t.assigned_to for t in tasks] == [
        ["Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ"],
        ["Sở Nông nghiệp và Môi trường"],
        ["Sở Tài chính"],
    ]
    assert "Yêu cầu Giám đốc" not in tasks[-1].text


@pytest.mark.parametrize(
    "passage,names",
    [
        ("Các cơ quan, đơn vị trong ngành y tế căn cứ tình hình thực tế, xây dựng", ["Các cơ quan, đơn vị trong ngành y tế"]),
        (
            "Giao Văn phòng Sở Y tế theo dõi, đôn đốc các cơ quan, đơn vị tổ chức thực hiện và tham mưu tổng hợp báo cáo UBND tỉnh",
            ["Văn phòng Sở Y tế"],
        ),
        (
            "Tập trung huy động, tuyên truyền, vận động cán bộ, công chức, viên chức tham gia. Phấn đấu mỗi cơ quan, đơn vị tổ chức ít nhất 01 hoạt động",
            ["Các cơ quan, đơn vị"],
        ),
        ("Giao Phòng Tổ chức - Hành chính, Sở Y tế thường xuyên theo dõi, đôn", ["Phòng Tổ chức - Hành chính, Sở Y tế"]),
        ("Tổ Công nghệ thông tin và Tổ Truyền thông tăng cường công tác truyền", ["Tổ Công nghệ thông tin", "Tổ Truyền thông"]),
        ("Viên chức, người lao động nghiêm túc thực hiện các quy định", ["Viên chức, người lao động"]),
        ("Yêu cầu các cơ quan, đơn vị thuộc ngành Y tế thực hiện tốt Luật tiếp cận", ["Các cơ quan, đơn vị thuộc ngành Y tế"]),
        ("Tổ chức quán triệt, thể chế hóa đường lối, chủ trương của Đảng", []),
        ("Phòng, chống dịch bệnh; Ban hành văn bản hướng dẫn", []),
        ("Đề nghị báo cáo kết quả thực hiện công tác dân vận khéo năm 2020", []),
        ("UBND các xã, phường tăng cường công tác lãnh đạo", ["Ủy ban nhân dân các xã, phường"]),
        # Corpus 016: the body on its own line, the duty on the next one, both capitalised.
        ("Sở Y tế Phối hợp với Sở Giáo dục và Đào tạo chỉ đạo hệ thống y tế", ["Sở Y tế"]),
        ("Ban Chỉ đạo công tác bảo vệ bí mật nhà nước tỉnh chủ trì", ["Ban Chỉ đạo công tác bảo vệ bí mật nhà nước tỉnh"]),
        (
            "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp",
            ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Các tổ chức chính trị - xã hội tỉnh"],
        ),
        ("*Đơn vị chủ trì thực hiện: *Các Sở, ngành, đơn vị, UBND cấp xã. *Đơn vị phối hợp: *Sở Nội vụ, Sở Tư pháp.", ["Các Sở, ngành, đơn vị", "Ủy ban nhân dân cấp xã"]),
    ],
)
def test_assignees_of_real_passages(passage, names):
    assert assignees(passage) == names


def test_split_names_keeps_pairs_and_appositions():
    assert split_names("Các cơ quan, đơn vị") == ["Các cơ quan, đơn vị"]
    assert split_names("Sở Nông nghiệp và Môi trường") == ["Sở Nông nghiệp và Môi trường"]
    assert split_names("Sở Tài chính và Sở Nội vụ") == ["Sở Tài chính", "Sở Nội vụ"]


@pytest.mark.parametrize(
    "s,iso,day",
    [
        ("tham mưu tổng hợp báo cáo UBND tỉnh trước ngày 05/11/2022.", "2022-11-05", None),
        ("(qua Phòng Nội vụ tổng hợp) **trước ngày 03/11/2022**", "2022-11-03", None),
        ("báo cáo 6 tháng đầu năm trước ngày 18 tháng 5 và", None, "18/5"),
        ("Chậm nhất là ngày 08 tháng 02 năm 2026, việc xác minh", "2026-02-08", None),
        ("Thực hiện trong tháng 10/2022.", None, None),
    ],
)
def test_deadlines(s, iso, day):
    d = find_deadline(s)
    if iso is None and day is None:
        assert d is None
    else:
        assert (d.iso, d.day_month) == (iso, day)


def test_tasks_match_gold_on_seeds(seeds_dir, gold_dir):
    from vanban.loaders.extract import extract
    from vanban.loaders.read import read_file

    total = same_section = same_people = same_deadline = 0
    for gpath in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        record = extract(read_file(seeds_dir / gold["file"]))
        got = {t.section: t for t in record.tasks}
        assert len(record.tasks) == len(gold["tasks"]), gold["file"]
        for g in gold["tasks"]:
            total += 1
            t = got.get(g["section"])
            if t is None:
                continue
            same_section += 1
            same_deadline += t.deadline == g["deadline"]
            # Names follow the text: a typo the gold corrects ("Tồ") still counts as the same.
            same_people += [n.replace("Tồ", "Tổ") for n in t.assigned_to] == g["assigned_to"]
    assert same_section == total
    assert same_deadline == total
    assert same_people >= total - 1


def test_tasks_of_the_corpus_do_not_crash(corpus_dir):
    from vanban.loaders.read import read_file

    n = 0
    for path in sorted(corpus_dir.glob("*.txt")):
        text = read_file(path)
        for t in find_tasks(text, Header()):
            assert t.text_start and t.text_start in text.flat
            assert t.start < t.end
            n += 1
    assert n > 200
