"""The document outline: headings, items, sub-items, closing, signature, attached plans."""

from __future__ import annotations

import pytest

from vanban.loaders.sections import (
    ARTICLE_MARKER,
    CLOSING_START,
    DASH_MARKER,
    DOTTED_MARKER,
    LETTER_MARKER,
    NUMBER_MARKER,
    ROMAN_MARKER,
    SIGNATURE_START,
    outline,
    roman_value,
    section_kind,
)
from vanban.loaders.text import make_text

# Seed 000 (Sở Y tế Hà Giang), shortened: blank lines between every line, sentences wrapped.
SEED_000 = """ UBND TỈNH HÀ GIANG 

SỞ Y TẾ 

Thực hiện Kế hoạch số 233/KH-UBND, ngày 22/9/2022 của UBND tỉnh 

Hà Giang; Sở Y tế xây dựng kế hoạch triển khai thực hiện như sau: 

I. MỤC ĐÍCH, YÊU CẦU 

1. Mục đích 

- Triển khai tổ chức thực hiện hiệu quả “Tháng Dân vận” năm 2022; tiếp 

tục nâng cao nhận thức. 

II. NỘI DUNG  

Chủ đề năm 2022: “Tháng hành động hướng về cơ sở”, cụ thể: 

1. Đẩy mạnh công tác tuyên truyền “Tháng hành động hướng về cơ sở” 

- Nội dung tuyên truyền: Đẩy mạnh tuyên truyền về vai trò, vị trí của 

công tác dân vận chính quyền trong giai đoạn hiện nay. 

2. Thực hiện tốt việc tổ chức tiếp xúc, đối thoại theo Quyết định số 1859-

QĐ/TU, ngày 09/4/2019 của Tỉnh ủy. 
 III. THỜI GIAN THỰC HIỆN 

1. Thời gian thực hiện: Thực hiện trong tháng 10/2022. 

IV. TỔ CHỨC THỰC HIỆN 

1. Các cơ quan, đơn vị trong ngành y tế căn cứ tình hình thực tế, xây dựng 

kế hoạch. 

2. Giao Văn phòng Sở Y tế theo dõi, đôn đốc các cơ quan, đơn vị tổ chức 

thực hiện và tham mưu tổng hợp báo cáo UBND tỉnh trước ngày 05/11/2022. 

Sở Y tế yêu cầu thủ trưởng các cơ quan, đơn vị trực thuộc nghiêm túc triển 

khai thực hiện./. 

 
Nơi nhận:   
- UBND tỉnh (B/c); 

- Lưu VT, VP.                                                             

KT. GIÁM ĐỐC 
"""

# Corpus 001 (Kế hoạch UBND tỉnh Bắc Ninh): markdown bold split over lines, "**1. **100%…".
BOLD_WRAPPED = """**KẾ HOẠCH**

Thực hiện Kế hoạch số 14-KH/TU, UBND tỉnh ban hành Kế hoạch như sau:

**I. MỤC ĐÍCH,
YÊU CẦU**

**1**. **Mục đích**

- Triển khai thực hiện kịp thời,
đồng bộ, hiệu quả Kế hoạch số 14-KH/TU.

**II. MỤC TIÊU
CHỦ YẾU**

**1. **100% đội ngũ cán bộ, công
chức xây dựng chính sách, pháp luật trên địa bàn tỉnh.

**4. **Trong giai đoạn 2026
- 2030 phấn đấu có ít nhất 10% đội ngũ cán bộ.

**III. NHIỆM VỤ,
GIẢI PHÁP**

**1. Rà soát,
kiện toàn đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật**

*Đơn vị chủ trì thực hiện: *Các
Sở, ngành, đơn vị, UBND cấp xã.
"""

# Corpus 034 (Chỉ thị UBND tỉnh Quảng Trị): numbered items straight after the preamble.
DIRECTIVE = """**CHỈ THỊ**

Để nâng cao hiệu quả công tác xử lý chồng lấn, lấn chiếm rừng và đất lâm nghiệp trên địa bàn tỉnh,
Ủy ban nhân dân tỉnh yêu cầu:

1. Ủy ban nhân dân các xã,
phường, đặc khu Cồn Cỏ:

- Thực hiện đầy đủ trách nhiệm
quản lý nhà nước về lâm nghiệp.

2. Sở Nông nghiệp và Môi trường

- Chủ trì, phối hợp với các địa phương.

3. Các sở, ban, ngành liên quan
theo chức năng nhiệm vụ được giao phối hợp với các địa phương.

Yêu cầu Giám đốc các sở, ban,
ngành; Chủ tịch Ủy ban nhân dân các xã, phường triển khai thực hiện nghiêm túc Chỉ thị này./.

|
**KT. CHỦ TỊCH **
PHÓ CHỦ TỊCH
"""

# Corpus 046 (Quyết định ban hành Kế hoạch, TP Hồ Chí Minh): articles, signature, then the plan.
DECISION = """**QUYẾT ĐỊNH:**

**Điều 1. **Ban
hành kèm theo Quyết định này Kế hoạch triển khai thực hiện Đề án.

**Điều 2. **Quyết
định này có hiệu lực kể từ ngày ký.

**Điều 3. **Chánh
Văn phòng Ủy ban nhân dân Thành phố chịu trách nhiệm thi hành Quyết định này./.

|
Nơi nhận:
- Như Điều 3;
- Lưu: VT, (ĐT/Hn).
|
**TM. ỦY BAN NHÂN
DÂN**

**KẾ HOẠCH**

* (Ban hành kèm theo Quyết định số 2853/QĐ-UBND ngày 21 tháng 11 năm
2025 của Ủy ban nhân dân Thành phố)*

**I. MỤC TIÊU**

1. Nâng cao nhận thức cộng đồng.

**II. THỜI
GIAN VÀ PHẠM VI**

1. Thời gian: từ nay đến năm
2030.

**V. TỔ CHỨC
THỰC HIỆN**

1. Giao Sở
Nông nghiệp và Môi trường là cơ quan đầu mối.

2. Sở Giáo dục
và Đào tạo chủ trì, phối hợp với Sở Nông nghiệp và Môi trường.
"""


@pytest.mark.parametrize(
    "line,label",
    [
        ("I. MỤC ĐÍCH, YÊU CẦU", "I"),
        ("III. TỔ CHỨC THỰC HIỆN.", "III"),
        ("IV. TỔ CHỨC THỰC HIỆN", "IV"),
    ],
)
def test_roman_marker(line, label):
    m = ROMAN_MARKER.match(line)
    assert m and m.group(1) == label


def test_markers_match_real_lines():
    assert NUMBER_MARKER.match("1. Đẩy mạnh công tác tuyên truyền").group(1) == "1"
    assert NUMBER_MARKER.match("1**. **Mục đích**").group(1) == "1"
    assert NUMBER_MARKER.match("2. **100% các Sở, ngành bố").group(1) == "2"
    assert NUMBER_MARKER.match("1.000.000 đồng/người") is None
    assert DOTTED_MARKER.match("3.1. Đối với cơ quan, tổ chức, đơn vị:").groups() == ("3", "1")
    assert LETTER_MARKER.match("a) Chi hỗ trợ").group(1) == "a"
    assert DASH_MARKER.match("- Nội dung tuyên truyền: Đẩy mạnh")
    assert ARTICLE_MARKER.match("Điều 3. Nội dung và mức chi").group(1) == "3"
    assert SIGNATURE_START.match("Nơi nhận:   ")
    assert SIGNATURE_START.match("KT. GIÁM ĐỐC")
    assert SIGNATURE_START.match("TM. ỦY BAN NHÂN DÂN")
    assert CLOSING_START.match("Trên đây là Kế hoạch triển khai")


@pytest.mark.parametrize(
    "title,kind",
    [
        ("MỤC ĐÍCH, YÊU CẦU", "purpose"),
        ("NỘI DUNG THỰC HIỆN", "content"),
        ("NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", "content"),
        ("THỜI GIAN", "time"),
        ("TỔ CHỨC THỰC HIỆN", "organisation"),
        ("Tổ chức thực hiện.", "organisation"),
        ("PHÂN CÔNG NHIỆM VỤ", "organisation"),
        ("NỘI DUNG VÀ THỜI GIAN THỰC HIỆN", "content"),
        ("KINH PHÍ THỰC HIỆN", "funding"),
        ("KHEN THƯỞNG", None),
    ],
)
def test_section_kind(title, kind):
    assert section_kind(title) == kind


def test_roman_value():
    assert [roman_value(s) for s in ("I", "IV", "V", "VI", "IX", "XII")] == [1, 4, 5, 6, 9, 12]


def test_outline_of_a_plan_with_blank_lines_and_wrapped_sentences():
    text = make_text(SEED_000)
    doc = outline(text)
    kinds = [n.kind for n in doc.nodes]
    assert kinds == ["preamble", "heading", "heading", "heading", "heading", "closing", "signature"]
    headings = [n for n in doc.nodes if n.kind == "heading"]
    assert [(h.label, h.section_kind) for h in headings] == [
        ("I", "purpose"),
        ("II", "content"),
        ("III", "time"),
        ("IV", "organisation"),
    ]
    content = headings[1]
    items = [c for c in content.children if c.kind == "item"]
    assert [i.label for i in items] == ["1", "2"]
    # The item carries on over its wrapped lines and its dash sub-item.
    assert items[0].children[0].kind == "subitem"
    assert items[0].body(text).startswith("Đẩy mạnh công tác tuyên truyền “Tháng hành động")
    assert items[1].body(text).endswith("ngày 09/4/2019 của Tỉnh ủy.")
    # The last item stops before the closing sentence.
    org_items = headings[3].children
    assert org_items[-1].body(text).endswith("trước ngày 05/11/2022.")
    closing = doc.nodes[-2]
    assert closing.text(text).startswith("Sở Y tế yêu cầu thủ trưởng")
    # Spans point into the original text.
    assert text.original[org_items[-1].start : org_items[-1].start + 9] == "2. Giao V"


def test_outline_with_bold_headings_split_over_lines():
    text = make_text(BOLD_WRAPPED)
    doc = outline(text)
    headings = [n for n in doc.nodes if n.kind == "heading"]
    assert [h.title for h in headings] == ["MỤC ĐÍCH, YÊU CẦU", "MỤC TIÊU CHỦ YẾU", "NHIỆM VỤ, GIẢI PHÁP"]
    assert [h.section_kind for h in headings] == ["purpose", "purpose", "content"]
    goals = headings[1].children
    # "- 2030 phấn đấu" continues item 4 ("giai đoạn 2026"), it is not a bullet.
    # "**4." after "**1." is not the next number: read as text of item 1 (the fragment skips 2, 3).
    assert [g.label for g in goals] == ["1"]
    assert all(c.kind != "subitem" for g in goals for c in g.children)


def test_outline_of_a_directive_without_headings():
    text = make_text(DIRECTIVE)
    doc = outline(text)
    items = [n for n in doc.nodes if n.kind == "item"]
    assert [i.label for i in items] == ["1", "2", "3"]
    closing = [n for n in doc.nodes if n.kind == "closing"]
    assert closing and closing[0].text(text).startswith("Yêu cầu Giám đốc các sở")
    assert doc.nodes[-1].kind == "signature"


def test_outline_of_a_decision_with_its_attached_plan():
    text = make_text(DECISION)
    doc = outline(text)
    articles = [n for n in doc.nodes if n.kind == "article"]
    assert [a.label for a in articles] == ["Điều 1", "Điều 2", "Điều 3"]
    assert all(a.section_kind is None for a in articles)
    attached = [n for n in doc.nodes if n.kind == "attachment"]
    assert len(attached) == 1
    plan = [n for n in attached[0].children if n.kind == "heading"]
    assert [(h.label, h.section_kind) for h in plan] == [("I", "purpose"), ("II", "time"), ("V", "organisation")]
    assert [c.label for c in plan[2].children] == ["1", "2"]
    assert [s.label for s in doc.sections()] == ["Điều 1", "Điều 2", "Điều 3", "I", "II", "V"]


def test_outline_of_every_seed_and_corpus_document(seeds_dir, corpus_dir):
    from vanban.loaders.read import read_file

    for path in sorted(seeds_dir.glob("*.txt")) + sorted(corpus_dir.glob("*.txt")):
        text = read_file(path)
        doc = outline(text)
        for n in doc.walk():
            assert 0 <= n.flat_start <= n.body_start <= n.flat_end <= len(text.flat), path.name
            assert 0 <= n.start <= n.end <= len(text.original), path.name
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = outline(read_file(path))
        kinds = [s.section_kind for s in doc.sections()]
        assert "content" in kinds and "organisation" in kinds, path.name
