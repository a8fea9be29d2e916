"""Tasks, round 20: which top-level sections hold tasks. The forms of the work ("IV. HÌNH THỨC KIỂM TRA, GIÁM SÁT",
"III. HÌNH THỨC, THỜI GIAN TUYÊN TRUYỀN") and the slogans ("V. KHẨU HIỆU TUYÊN TRUYỀN") hold none; a time or form heading
that names the content too ("II. LỘ TRÌNH THỰC HIỆN VÀ NỘI DUNG TUYÊN TRUYỀN") is a content section. A copy that lost
the items' numbers heads them with plain lines, some of them long ("Nâng cao chất lượng quản lý học sinh và phòng ngừa
bạo lực học đường"). Fragments written in the style of commune and school plans, and corpus 057/058 (Lương Minh)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.loaders.parties import LET_HAPPEN, assignees
from vanban.loaders.records import Header
from vanban.loaders.sections import LATER_TASK_WORD, section_kind
from vanban.loaders.tasks import find_tasks
from vanban.loaders.text import make_text

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


def _tasks(doc: str) -> list[tuple]:
    return [(t.section, t.text_start, t.assigned_to) for t in find_tasks(make_text(doc), Header(doc_type="Kế hoạch"))]


HEAD = """ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM
XÃ LƯƠNG MINH
BAN THƯỜNG TRỰC
Số: 15/KH-MTTQ
Lương Minh, ngày 10 tháng 12 năm 2025

KẾ HOẠCH
Kiểm tra, giám sát công tác bầu cử

I. MỤC ĐÍCH, YÊU CẦU
1. Nắm bắt kịp thời tình hình tổ chức triển khai công tác bầu cử tại xã.
2. Bảo đảm cuộc bầu cử thực sự dân chủ, đúng luật, an toàn, tiết kiệm.

"""


@pytest.mark.parametrize(
    "title, kind",
    [
        ("IV. HÌNH THỨC KIỂM TRA, GIÁM SÁT", "form"),
        ("III. HÌNH THỨC, THỜI GIAN TUYÊN TRUYỀN", "form"),
        ("V. KHẨU HIỆU TUYÊN TRUYỀN", "form"),
        ("III. PHƯƠNG THỨC THỰC HIỆN", "form"),
        ("II. NỘI DUNG, PHƯƠNG THỨC TỔ CHỨC", "content"),  # corpus 061
        ("III. TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG", "form"),  # was content (corpus 021)
        ("II. LỘ TRÌNH THỰC HIỆN VÀ NỘI DUNG TUYÊN TRUYỀN", "content"),  # was time (corpus 058)
        ("III. THỜI GIAN, NỘI DUNG THỰC HIỆN", "content"),
        ("II. HÌNH THỨC VÀ NỘI DUNG HOẠT ĐỘNG", "content"),
        ("II. NỘI DUNG, HÌNH THỨC", "content"),
        ("II. NỘI DUNG, HÌNH THỨC VÀ THỜI GIAN THỰC HIỆN", "content"),
        # unchanged: no joining word, or a word that is no task's
        ("III. THỜI GIAN THỰC HIỆN CÁC NHIỆM VỤ", "time"),
        ("IV. THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN", "time"),
        ("II. ĐỐI TƯỢNG, NỘI DUNG THI ĐUA", "scope"),
        ("V. TỔ CHỨC THỰC HIỆN", "organisation"),
    ],
)
def test_section_kinds(title, kind):
    assert section_kind(title) == kind


def test_later_task_word_needs_a_joining_word():
    assert LATER_TASK_WORD.search("LỘ TRÌNH THỰC HIỆN VÀ NỘI DUNG TUYÊN TRUYỀN")
    assert LATER_TASK_WORD.search("THỜI GIAN, CÁC NHIỆM VỤ CỤ THỂ")
    assert not LATER_TASK_WORD.search("THỜI GIAN THỰC HIỆN CÁC NHIỆM VỤ")
    assert not LATER_TASK_WORD.search("HÌNH THỨC KHEN THƯỞNG NỘI DUNG")


FORMS = HEAD + """II. ĐỐI TƯỢNG KIỂM TRA, GIÁM SÁT
1. Đối tượng kiểm tra: Ủy ban bầu cử xã, các Tổ bầu cử.
2. Đối tượng giám sát: Ban bầu cử, Tổ bầu cử tại các khu vực bỏ phiếu.

III. NỘI DUNG KIỂM TRA, GIÁM SÁT
Căn cứ tình hình thực tế tại địa phương, Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh tổ chức thực hiện các nội dung sau:
1. Kiểm tra việc thành lập các tổ chức phụ trách bầu cử.
2. Giám sát việc lập và niêm yết danh sách cử tri.
3. Ủy ban bầu cử xã kiểm tra công tác chuẩn bị tại các khu vực bỏ phiếu.

IV. HÌNH THỨC KIỂM TRA, GIÁM SÁT
1. Giám sát trực tiếp
2. Phối hợp kiểm tra, giám sát
3. Tổ chức đoàn kiểm tra, giám sát: Ban Thường trực Ủy ban MTTQ xã thành lập Đoàn kiểm tra, giám sát.

V. TỔ CHỨC THỰC HIỆN
1. Các tổ chức thành viên của Mặt trận Tổ quốc xã phối hợp thực hiện.
2. Ban Công tác Mặt trận các thôn theo dõi, giám sát tại cơ sở.
"""


def test_forms_of_the_work_are_no_tasks():
    tasks = _tasks(FORMS)
    assert [t[0] for t in tasks] == ["III.1", "III.2", "III.3", "V.1", "V.2"]  # IV.1-3 were tasks


def test_lead_of_a_content_section_gives_its_doer():
    # The lead of corpus 057's forms section, over a content section: its doer goes to the items that name none.
    lead = ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh"]
    tasks = {t[0]: t[2] for t in _tasks(FORMS)}
    assert tasks["III.1"] == lead and tasks["III.2"] == lead
    assert tasks["III.3"] == ["Ủy ban bầu cử xã"]  # its own doer


SLOGANS = HEAD.replace("Kiểm tra, giám sát công tác bầu cử", "Tuyên truyền bầu cử") + """II. LỘ TRÌNH THỰC HIỆN VÀ NỘI DUNG TUYÊN TRUYỀN
1. Nội dung tuyên truyền xuyên suốt từ nay đến kết thúc cuộc bầu cử đại biểu Quốc hội khóa XVI
- Tuyên truyền, phổ biến sâu rộng về ý nghĩa, tầm quan trọng của cuộc bầu cử.
2. Nội dung tuyên truyền trọng tâm theo thời gian
- Từ nay đến ngày 15/3/2026: tuyên truyền về ngày bầu cử.

III. HÌNH THỨC, THỜI GIAN TUYÊN TRUYỀN
1. Hình thức tuyên truyền
- Tuyên truyền trên hệ thống loa truyền thanh của xã.
2. Thời gian tuyên truyền: Thực hiện theo lộ trình tại phần (II) của Kế hoạch này.

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội chủ trì biên tập tài liệu tuyên truyền.

V. KHẨU HIỆU TUYÊN TRUYỀN
1. Nhiệt liệt chào mừng Ngày bầu cử đại biểu Quốc hội khóa XVI!
2. Ngày bầu cử là Ngày hội đại đoàn kết toàn dân tộc!
"""


def test_route_and_content_section_holds_tasks():
    tasks = _tasks(SLOGANS)
    assert [t[0] for t in tasks] == ["II.1", "II.2", "IV.1"]  # II.1-2 were missed, III.1-2 were tasks
    assert tasks[0][1].startswith("Nội dung tuyên truyền xuyên suốt từ nay đến kết thúc")
    assert tasks[2][2] == ["Phòng Văn hóa - Xã hội"]


def test_corpus_058_sections():
    path = next(CORPUS.glob("*058.txt"))
    tasks = find_tasks(make_text(path.read_text(encoding="utf-8")), Header(doc_type="Kế hoạch"))
    assert [t.section for t in tasks] == ["II.1", "II.2", "IV.1", "IV.2", "IV.3", "IV.4", "IV.5"]
    # "… không đưa vào danh sách ứng cử …; người đứng đầu cơ quan, tổ chức, đơn vị để xảy ra những vụ việc tham nhũng":
    # whom the standards exclude, no doer.
    assert tasks[0].assigned_to == []


def test_who_let_something_happen_is_no_doer():
    blamed = ("không đưa vào danh sách ứng cử người có biểu hiện cơ hội chính trị; người đứng đầu cơ quan, tổ chức, đơn vị "
              "để xảy ra những vụ việc tham nhũng, lãng phí, tiêu cực, mất đoàn kết nghiêm trọng.")
    assert assignees(blamed, True) == []
    assert LET_HAPPEN.match("để phát sinh điểm nóng")
    # A head of a body who must act stays.
    assert assignees("Ủy ban nhân dân các xã chủ trì; người đứng đầu cơ quan, tổ chức, đơn vị chịu trách nhiệm triển khai.",
                     True) == ["Ủy ban nhân dân các xã", "Người đứng đầu cơ quan, tổ chức, đơn vị"]


SCHOOL = """UBND HUYỆN TIÊN DU
TRƯỜNG THCS LIÊN BÃO
Số: 45/KH-THCS
Liên Bão, ngày 12 tháng 9 năm 2024

KẾ HOẠCH
Phòng, chống bạo lực học đường năm học 2024 - 2025

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của học sinh về phòng, chống bạo lực học đường.

II. NHIỆM VỤ TRỌNG TÂM

Đẩy mạnh công tác tuyên truyền, giáo dục tư tưởng và kỹ năng sống

Nhà trường tổ chức tuyên truyền về phòng, chống bạo lực học đường qua các buổi chào cờ, sinh hoạt lớp; lồng ghép giáo dục kỹ năng sống vào các môn học.

Giáo viên chủ nhiệm phối hợp với Đoàn Thanh niên tổ chức các buổi ngoại khóa theo chủ đề.

Nâng cao chất lượng quản lý học sinh và phòng ngừa bạo lực học đường

Ban Giám hiệu và giáo viên chủ nhiệm thường xuyên nắm bắt tình hình tư tưởng, tâm lý học sinh; kịp thời phát hiện, ngăn chặn các biểu hiện bạo lực.

Xây dựng môi trường giáo dục an toàn, lành mạnh, thân thiện

Tổ tư vấn tâm lý học đường duy trì hoạt động, bố trí hòm thư góp ý và công khai số điện thoại đường dây nóng.

III. TỔ CHỨC THỰC HIỆN
1. Ban Giám hiệu chỉ đạo chung việc thực hiện kế hoạch.
2. Giáo viên chủ nhiệm triển khai đến học sinh các lớp.
3. Chế độ báo cáo
Giáo viên chủ nhiệm báo cáo kết quả thực hiện về Ban Giám hiệu trước ngày 25 hằng tháng.
"""


def test_long_plain_subheadings_are_the_items():
    tasks = _tasks(SCHOOL)
    assert [t[:2] for t in tasks[:3]] == [
        ("II.1", "Đẩy mạnh công tác tuyên truyền, giáo dục tư tưởng và kỹ năng sống"),
        ("II.2", "Nâng cao chất lượng quản lý học sinh và phòng ngừa bạo lực học đường"),
        ("II.3", "Xây dựng môi trường giáo dục an toàn, lành mạnh, thân thiện"),
    ]  # none was read
    assert tasks[1][2] == ["Ban Giám hiệu và giáo viên chủ nhiệm"]


def test_report_item_of_the_organisation_section_is_a_task():
    tasks = _tasks(SCHOOL)
    assert [t[0] for t in tasks[3:]] == ["III.1", "III.2", "III.3"]
    assert tasks[-1][1] == "Chế độ báo cáo" and tasks[-1][2] == ["Giáo viên chủ nhiệm"]


def test_long_line_over_a_shorter_paragraph_is_no_subheading():
    # A long plain line whose next paragraph is shorter is a paragraph of its own, not a heading: no task is read.
    doc = SCHOOL.replace(
        "Ban Giám hiệu và giáo viên chủ nhiệm thường xuyên nắm bắt tình hình tư tưởng, tâm lý học sinh; kịp thời phát hiện, "
        "ngăn chặn các biểu hiện bạo lực.",
        "Ban Giám hiệu nắm bắt tình hình.",
    )
    tasks = _tasks(doc)
    assert ("II.2", "Nâng cao chất lượng quản lý học sinh và phòng ngừa bạo lực học đường") not in [t[:2] for t in tasks]


def test_report_item_titled_in_capitals():
    # "3. CHẾ ĐỘ BÁO CÁO" / "Giáo viên chủ nhiệm báo cáo …" (no blank line): the title in capitals is no name cut by a
    # wrap; its paragraph names the doer. Was "CHẾ ĐỘ BÁO CÁO Giáo viên chủ nhiệm báo cáo kết …" with no doer.
    tasks = _tasks(SCHOOL.replace("3. Chế độ báo cáo", "3. CHẾ ĐỘ BÁO CÁO"))
    assert tasks[-1][:3] == ("III.3", "CHẾ ĐỘ BÁO CÁO", ["Giáo viên chủ nhiệm"])
