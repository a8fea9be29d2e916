"""Tasks, round 17: the names after the semicolons of a cooperation label ("Đơn vị phối hợp: …; …") cooperate too; an
item headed "Trách nhiệm của <bodies>" names its doers in its heading; a task table written one cell per line (the
markdown of a converted appendix) gives one task per row. Fragments from ../shared/corpus (001, 017, 027) and written in
the style of a school's, a hospital's and a commune's plans."""

from __future__ import annotations

from vanban.loaders.parties import assignees
from vanban.loaders.records import Header
from vanban.loaders.tasks import find_tasks
from vanban.loaders.text import make_text


def test_a_cooperation_label_list_goes_on_after_its_semicolons():
    # corpus 001, III.4: the lead of the second dash is Sở Nội vụ; Sở Tư pháp and the bodies after its semicolon cooperate.
    got = assignees(
        "- Nâng cao kiến thức, kỹ năng xây dựng pháp luật trong chương trình bồi dưỡng. *Đơn vị chủ trì: *Sở Nội vụ."
        " *Đơn vị phối hợp: *Sở Tư pháp; các cơ quan, đơn vị, địa phương liên quan. *Thời gian thực hiện: *Theo Kế"
        " hoạch bồi dưỡng công chức, viên chức hàng năm."
    )
    assert got == ["Sở Nội vụ"]
    # corpus 017: "- Cơ quan phối hợp: Các sở, ngành; Ủy ban nhân dân các xã, phường."
    assert assignees("- Cơ quan chủ trì: Sở Khoa học và Công nghệ. - Cơ quan phối hợp: Các sở, ngành; Ủy ban nhân dân các"
                     " xã, phường.") == ["Sở Khoa học và Công nghệ"]


def test_a_lead_label_after_a_cooperation_label_is_read():
    # The cooperation list ends at the next label's colon.
    got = assignees("Đơn vị phối hợp: Sở Tư pháp; Sở Tài chính; Đơn vị chủ trì: Sở Nội vụ.")
    assert got == ["Sở Nội vụ"]


SCHOOL = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN MỘC CHÂU
TRƯỜNG THCS CHIỀNG SƠN
Số: 45/KH-THCS
Chiềng Sơn, ngày 10 tháng 9 năm 2024

KẾ HOẠCH
Phòng, chống tai nạn thương tích năm học 2024-2025

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ, giáo viên, nhân viên và học sinh.

II. TỔ CHỨC THỰC HIỆN
1. Trách nhiệm của Ban Giám hiệu
- Xây dựng kế hoạch, phân công nhiệm vụ cho các bộ phận.
- Kiểm tra, đôn đốc việc thực hiện kế hoạch.
**2. Trách nhiệm của giáo viên chủ nhiệm**
- Phối hợp với cha mẹ học sinh quản lý, giáo dục học sinh.
3. Trách nhiệm của Liên đội, Chi đoàn trường
- Tổ chức các hoạt động ngoại khóa, tuyên truyền trong học sinh.
4. Trách nhiệm của Ủy ban nhân dân
các xã, thị trấn
- Phối hợp với nhà trường bảo đảm an toàn giao thông trước cổng trường.
5. Trách nhiệm của học sinh trong việc phòng, chống tai nạn thương tích
- Chấp hành nội quy nhà trường.

Nơi nhận:
- Lưu: VT.
"""


def test_responsibility_headings_name_their_doers():
    tasks = find_tasks(make_text(SCHOOL), Header())
    assert [(t.section, t.assigned_to) for t in tasks] == [
        ("II.1", ["Ban Giám hiệu"]),
        ("II.2", ["Giáo viên chủ nhiệm"]),
        ("II.3", ["Liên đội", "Chi đoàn trường"]),
        ("II.4", ["Ủy ban nhân dân các xã, thị trấn"]),
        # Not a body's name: the line goes on past "học sinh" (no name's head opens it).
        ("II.5", []),
    ]


def test_a_name_with_its_own_predicate_after_the_cooperation_list_is_a_doer():
    got = assignees("Đơn vị phối hợp thực hiện: Các cơ quan, đơn vị trực thuộc; Sở Y tế chủ trì.")
    assert got == ["Sở Y tế"]


# corpus 027 (Kế hoạch 980/KH-UBND of UBND tỉnh Nghệ An), its appendix: one cell per line, a group's heading row
# ("**I**" / "**KIỆN TOÀN …**"), a row whose last cell is empty, and a page's dots between two rows.
VERTICAL = """**KẾ HOẠCH**

Triển khai thi hành Nghị định quy định chi tiết một số điều của Luật Phòng thủ dân sự

**I. MỤC ĐÍCH, YÊU CẦU**

Bảo đảm thống nhất.

KT. CHỦ TỊCH

** **
**PHỤ LỤC**
DANH MỤC NHIỆM VỤ TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH
*(Kèm theo Kế hoạch
số 980/KH-UBND ngày 18 tháng 11 năm 2025 của UBND tỉnh Nghệ An)*
|
**TT**
|
**Nội dung thực
hiện**
|
**Cơ quan chủ trì**
|
**Cơ quan phối hợp**
|
**Thời gian hoàn
thành**
|
**Sản phẩm dự kiến**
|
|
**I**
|
**KIỆN TOÀN VÀ HOÀN THIỆN
CƠ CHẾ CHỈ ĐẠO, ĐIỀU HÀNH PHÒNG THỦ DÂN SỰ**
|
|
1
|
Tổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh,
cấp xã; ban hành quy chế hoạt động của Ban Chỉ huy phòng thủ dân sự các cấp
(Điều 7, 8 Nghị định)
|
Bộ CHQS tỉnh; UBND
cấp xã
|
Văn phòng Ban Chỉ
huy; các sở, ban, ngành
|
Trước ngày
30/11/2025
|
Quyết định của Chủ
tịch UBND cấp tỉnh, cấp xã
|
|
2
|
Triển khai thực hiện một số nội dung chi, mức chi
đặc thù trong nội dung chi ngân sách cho hoạt động phòng thủ dân sự.
|
Sở Tài chính
|
Cơ quan, địa
phương liên quan
|
Thường xuyên
|
|
|
3
|
Ban hành Quy chế Phối hợp tìm kiếm, cứu nạn hàng
không dân dụng thay thế Quy chế hiện hành
|
Sở Xây dựng
|
Văn phòng Ban Chỉ
huy và cơ quan, địa phương liên quan
|
2025
|
Quyết định Chủ tịch
UBND tỉnh
|
….................................
|
4
|
Thành lập bộ máy quản lý Quỹ và ban hành Quy chế
hoạt động Quỹ Phòng thủ dân sự cấp tỉnh (khoản 4, Điều 51 Nghị định)
|
Sở Tài chính
|
Sở Tài chính và cơ
quan, địa phương liên quan
|
2025
|
Quyết định của Chủ
tịch UBND tỉnh
|
"""


def test_a_table_written_one_cell_per_line_gives_a_task_per_row():
    tasks = find_tasks(make_text(VERTICAL), Header())
    assert [(t.section, t.assigned_to, t.deadline) for t in tasks] == [
        ("PL.1", ["Bộ Chỉ huy Quân sự tỉnh", "Ủy ban nhân dân cấp xã"], "2025-11-30"),
        ("PL.2", ["Sở Tài chính"], None),
        ("PL.3", ["Sở Xây dựng"], None),
        ("PL.4", ["Sở Tài chính"], None),
    ]
    assert tasks[0].text_start == "Tổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã; ban"
    assert tasks[1].text.endswith("cho hoạt động phòng thủ dân sự.")


def test_a_letters_header_written_one_cell_per_line_is_no_task_table():
    # The header of a converted letter: no lead column, no row numbers.
    text = make_text("|\n**ỦY BAN NHÂN DÂN**\nTỈNH NGHỆ AN\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n|\n|\nSố: 980/KH-UBND\n|\n"
                     "*Nghệ An, ngày 18 tháng 11 năm 2025*\n|\n\n**KẾ HOẠCH**\n\nNgười thực hiện\n|\nChủ trì\n|\n")
    assert find_tasks(text, Header()) == []


WRAPPED_ROW = """**II. NHIỆM VỤ CỤ THỂ**

| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Rà soát, cập nhật danh mục thủ tục hành chính | Văn phòng HĐND và UBND xã | Các bộ phận chuyên môn | 30/6/2025 |
| 2 | Tuyên truyền về cải cách hành chính trên hệ thống
loa truyền thanh xã | Công chức Văn hóa - Xã hội | Các thôn, bản | Quý II/2025 |
| 3 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Bộ phận Một cửa | Văn phòng HĐND và UBND xã | 31/12/2025 |
"""


def test_a_row_wrapped_inside_its_cell_is_one_row():
    tasks = find_tasks(make_text(WRAPPED_ROW), Header())
    assert [(t.section, t.assigned_to) for t in tasks] == [
        ("II.1", ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"]),
        ("II.2", ["Công chức Văn hóa - Xã hội"]),
        ("II.3", ["Bộ phận Một cửa"]),
    ]
    assert tasks[1].text == "Tuyên truyền về cải cách hành chính trên hệ thống loa truyền thanh xã"
    assert tasks[2].deadline == "2025-12-31"


def test_staff_listed_after_a_semicolon_are_whom_a_task_is_for():
    # corpus 006: the trainees of a training, after "cho"; the lead is in the label below.
    got = assignees(
        "- Nội dung thực hiện: Tổ chức tập huấn, bồi dưỡng, hướng dẫn chuyên môn, nghiệp vụ cho cán bộ, công chức trực tiếp"
        " làm công tác việc làm thuộc ngành Nội vụ; cán bộ, công chức trực tiếp làm công tác phát triển kỹ năng nghề thuộc"
        " ngành Giáo dục và Đào tạo. - Cơ quan chủ trì: Sở Nội vụ, Sở Giáo dục và Đào tạo, Sở Tài chính."
    )
    assert got == ["Sở Nội vụ", "Sở Giáo dục và Đào tạo", "Sở Tài chính"]
    # corpus 031: the groups a programme reaches.
    assert assignees("Xây dựng chương trình đào tạo phù hợp theo từng đối tượng: Người dân; công chức, viên chức; người lao"
                     " động trong các ngành, lĩnh vực; học sinh, sinh viên.") == []
    # A clause of its own, capitalised after its semicolon, keeps its subject.
    assert assignees("Sở Nội vụ tổng hợp kết quả; Cán bộ, công chức phải gương mẫu chấp hành.") == [
        "Sở Nội vụ", "Cán bộ, công chức",
    ]


def test_a_committees_composition_names_no_doer():
    # corpus 002, II.5: who holds each post of the Ban Chỉ đạo; no duty is given.
    got = assignees(
        "Củng cố, kiện toàn Ban Chỉ đạo công tác bảo vệ bí mật nhà nước tỉnh Nghệ An đảm bảo đúng thành phần theo quy định,"
        " bao gồm: Trưởng Ban Chỉ đạo là Chủ tịch UBND tỉnh; Phó Trưởng Ban Thường trực Ban Chỉ đạo là Phó Chủ tịch Thường"
        " trực UBND tỉnh, Phó Trưởng Ban Chỉ đạo gồm đại diện lãnh đạo Văn phòng Tỉnh ủy, Văn phòng Ủy ban nhân dân tỉnh và"
        " Công an tỉnh; thành viên Ban Chỉ đạo gồm đại diện lãnh đạo Sở Nội vụ, Sở Tài chính. Sở Tư pháp, Sở Khoa học và"
        " Công nghệ, Bộ Chỉ huy Quân sự tỉnh, Phòng Hành chính, Lưu trữ thuộc Văn phòng Tỉnh ủy, Phòng Nội chính thuộc Văn"
        " phòng UBND tỉnh và Phòng An ninh chính trị nội bộ Công an tỉnh; thường trực Ban Chỉ đạo là Công an tỉnh.",
        opening=True,
    )
    assert got == []
    # A committee's post given a duty is a doer.
    assert assignees("Trưởng Ban Chỉ đạo chỉ đạo chung các hoạt động của Ban.") == ["Trưởng Ban Chỉ đạo"]
    # corpus 057: the members of an inspection team, by their posts.
    assert assignees(
        "Tổ chức Đoàn kiểm tra, giám sát: Ban Thường trực Ủy ban MTTQ xã thành lập Đoàn kiểm tra, giám sát để tiến hành"
        " kiểm tra, giám sát tại các thôn. - Thành phần đoàn: Trưởng đoàn là đại diện Lãnh đạo Ban Thường trực UBMTTQ xã;"
        " thành viên gồm đại diện các tổ chức thành viên (Đoàn Thanh niên, Hội Phụ nữ, Hội Nông dân...) và cán bộ am hiểu"
        " công tác bầu cử.",
        opening=True,
    ) == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc xã"]
    assert assignees("Trưởng đoàn chịu trách nhiệm phân công nhiệm vụ cho các thành viên.") == ["Trưởng đoàn"]


def test_a_name_in_quotation_marks_is_a_title_not_a_doer():
    # A hospital's model, a school's movement: their names open with a body's head.
    assert assignees("“Ban Giám hiệu xanh” là mô hình được nhân rộng trong toàn ngành.", opening=True) == []
    assert assignees("Tiếp tục nhân rộng mô hình. \"Tổ Công nghệ số cộng đồng\" được duy trì tại các thôn.", opening=True) == []
    # A body whose name holds a quoted campaign is a doer.
    assert assignees("Ủy ban Mặt trận Tổ quốc xã chủ trì, phối hợp tổ chức Cuộc vận động “Ngày vì người nghèo”.") == [
        "Ủy ban Mặt trận Tổ quốc xã",
    ]


def test_a_predicate_glued_to_the_name_by_the_copy_ends_it():
    # PDF text: the line break between "Hành chính" and "chủ trì" was lost.
    assert assignees("Phòng Tổ chức - Hành chínhchủ trì, phối hợp với các khoa xây dựng kế hoạch.", opening=True) == [
        "Phòng Tổ chức - Hành chính",
    ]
    assert assignees("Khoa Kiểm soát nhiễm khuẩnphối hợp với Phòng Điều dưỡng giám sát vệ sinh tay.", opening=True) == [
        "Khoa Kiểm soát nhiễm khuẩn",
    ]


PARTY_PLAN = """ĐẢNG BỘ TỈNH SƠN LA
ĐẢNG ỦY CƠ QUAN SỞ Y TẾ
Số: 20-KH/ĐU

KẾ HOẠCH
thực hiện Chỉ thị số 35-CT/TW

A. MỤC ĐÍCH, YÊU CẦU
1. Quán triệt sâu sắc nội dung Chỉ thị đến cán bộ, đảng viên.

B. NHIỆM VỤ TRỌNG TÂM
1. Các chi bộ trực thuộc tổ chức quán triệt Chỉ thị đến toàn thể đảng viên.
2. Ban Tuyên giáo Đảng ủy tham mưu tổ chức hội nghị.

**C. TỔ CHỨC THỰC HIỆN**
1. Văn phòng Đảng ủy chuẩn bị các điều kiện phục vụ hội nghị.
2. Đề nghị Công đoàn, Đoàn Thanh niên cơ quan phối hợp thực hiện.

T/M ĐẢNG ỦY
BÍ THƯ
"""

FRONT_PLAN = """ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ MƯỜNG SANG
BAN THƯỜNG TRỰC

KẾ HOẠCH
Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025

Phần I. MỤC ĐÍCH, YÊU CẦU
1. Phát huy truyền thống đoàn kết.

Phần II. NỘI DUNG
1. Ban Công tác Mặt trận các bản tổ chức Ngày hội tại khu dân cư.

PHẦN III. PHÂN CÔNG THỰC HIỆN
1. Đồng chí Chủ tịch Ủy ban MTTQ xã chỉ đạo chung.
2. Đề nghị Hội Cựu chiến binh, Hội Nông dân xã phối hợp vận động.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
"""


def test_parts_headed_by_capital_letters_are_sections():
    tasks = find_tasks(make_text(PARTY_PLAN), Header())
    assert [(t.section, t.assigned_to) for t in tasks] == [
        ("B.1", ["Các chi bộ trực thuộc"]),
        ("B.2", ["Ban Tuyên giáo Đảng ủy"]),
        ("C.1", ["Văn phòng Đảng ủy"]),
        ("C.2", ["Công đoàn", "Đoàn Thanh niên cơ quan"]),
    ]
    assert tasks[1].text == "Ban Tuyên giáo Đảng ủy tham mưu tổ chức hội nghị."


def test_parts_headed_by_phan_and_a_roman_numeral_are_sections():
    tasks = find_tasks(make_text(FRONT_PLAN), Header())
    assert [(t.section, t.assigned_to) for t in tasks] == [
        ("II.1", ["Ban Công tác Mặt trận các bản"]),
        ("III.1", ["Chủ tịch Ủy ban Mặt trận Tổ quốc xã"]),
        ("III.2", ["Hội Cựu chiến binh", "Hội Nông dân xã"]),
    ]


def test_a_capital_letter_before_words_in_lower_case_opens_no_part():
    # "A. Đối với …" in a list of criteria is no part of the plan; the Roman headings are.
    text = make_text("KẾ HOẠCH\n\nI. NỘI DUNG\n1. Các đơn vị rà soát tiêu chí:\nA. Đối với các xã đạt chuẩn\nB. Đối với các xã"
                     " chưa đạt chuẩn\n2. Sở Nội vụ tổng hợp kết quả.\n")
    assert [(t.section, t.assigned_to) for t in find_tasks(text, Header())] == [
        ("I.1", ["Các đơn vị"]), ("I.2", ["Sở Nội vụ"]),
    ]


MARKED_LEADS = """**II. NHIỆM VỤ CỤ THỂ**

| STT | Nội dung | Đơn vị thực hiện | Thời gian |
|---|---|---|---|
| 1 | Tổ chức tuyên truyền Luật Phòng thủ dân sự | Sở Văn hóa, Thể thao và Du lịch (chủ trì), Sở Tư pháp | Quý I/2026 |
| 2 | Bố trí kinh phí thực hiện | Sở Tài chính; Ủy ban nhân dân các xã, phường (phối hợp) | Hằng năm |
"""


def test_a_role_in_brackets_in_a_lead_cell_tells_the_lead_from_its_partners():
    tasks = find_tasks(make_text(MARKED_LEADS), Header())
    assert [(t.section, t.assigned_to) for t in tasks] == [
        ("II.1", ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("II.2", ["Sở Tài chính"]),
    ]


def test_glued_predicate_is_its_plain_form(corpus_dir):
    # GLUED_PREDICATE is written letter first for speed: the same matches as the plain form, over the corpus's texts.
    import re

    from vanban.loaders.parties import GLUED_PREDICATE

    plain = re.compile(r"(?<=[^\W\d_])(?:chủ\s+trì|phối\s+hợp)(?![\wđ])")
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus_dir.glob("*.txt"))]
    assert len(texts) > 20
    texts += ["Phòng Tổ chức - Hành chínhchủ trì, phối hợp", "khuẩnphối hợp với", "1chủ trì", "Đchủ  trì", "xchủ trìa"]
    for t in texts:
        assert [m.span() for m in GLUED_PREDICATE.finditer(t)] == [m.span() for m in plain.finditer(t)]
