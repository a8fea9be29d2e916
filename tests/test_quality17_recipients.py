"""Nơi nhận, round 17: "Như Khoản 2 Điều 2" and "Như Mục III" resolved as "Như Điều 3" is (the clause
of the article, the bodies a plan's section assigns), a web portal named with a body after "và"
("Website Sở và VPUBND tỉnh"), and a signer's name run on after the archive line of a block written on
one line. Fragments written in the style of the district decisions and provincial plans surveyed."""

from __future__ import annotations

from vanban.loaders.extract import extract
from vanban.loaders.recipients import CLAUSE_REF, SECTION_REF, _clause, _split, find_recipients
from vanban.loaders.recipients import bodies_named
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

DONG_VAN = Header(issuer="Ủy ban nhân dân huyện Đồng Văn", province="Hà Giang", district="Đồng Văn")

DECISION = (
    "QUYẾT ĐỊNH:\nĐiều 1. Thành lập Tổ công tác rà soát hộ nghèo năm 2023.\n"
    "Điều 2. Tổ chức thực hiện\n"
    "1. Tổ công tác có trách nhiệm xây dựng kế hoạch rà soát.\n"
    "2. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Lao động - Thương binh và Xã hội,\n"
    "Chủ tịch UBND các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./.\n"
    "Nơi nhận:\n- Như Khoản 2 Điều 2;\n- TT Huyện ủy (b/c);\n- Lưu: VT.\n"
)


def _names(body: str, header: Header) -> list[tuple[str, str | None]]:
    return [(r.name, r.purpose) for r in bodies_named(find_recipients(make_text(body), header))]


def test_clause_reference_reads_the_clause_of_the_article():
    names = _names(DECISION, DONG_VAN)
    assert ("Trưởng phòng Lao động - Thương binh và Xã hội", None) in names
    assert ("Chủ tịch Ủy ban nhân dân các xã, thị trấn", None) in names
    assert names[-2:] == [("Thường trực Huyện ủy Đồng Văn", "báo cáo"), ("Lưu: VT", "lưu")]
    # Clause 1 charges the working group with a plan, not with the decision: no recipient from it.
    assert not any(n.startswith("Tổ công tác") for n, _ in names)


def test_clause_reference_forms():
    assert CLAUSE_REF.match("khoản 2 điều 3").group("k", "n") == ("2", "3")
    assert CLAUSE_REF.match("khoản 2, điều 3 (t/h)").group("k", "n") == ("2", "3")
    assert CLAUSE_REF.match("điều 3") is None


def test_clause_of_an_article_text():
    article = "Tổ chức thực hiện 1. Tổ công tác xây dựng kế hoạch. 2. Chánh Văn phòng thi hành. 3. Hiệu lực."
    assert _clause(article, "2") == "Chánh Văn phòng thi hành."
    assert _clause(article, "3") == "Hiệu lực."
    assert _clause(article, "4") is None
    # A year ending a sentence is no clause number: "năm 2023. " is not clause 3.
    assert _clause("Rà soát năm 2023. Báo cáo.", "3") is None


def test_a_clause_the_article_lacks_names_no_one():
    body = DECISION.replace("Như Khoản 2 Điều 2", "Như Khoản 5 Điều 2")
    assert _names(body, DONG_VAN) == [("Thường trực Huyện ủy Đồng Văn", "báo cáo"), ("Lưu: VT", "lưu")]


PLAN = (
    "UBND TỈNH HÀ TĨNH\nSỞ Y TẾ\nSố: 210/KH-SYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHà Tĩnh, ngày 15 tháng 02 năm 2023\n"
    "KẾ HOẠCH\nTriển khai công tác dân vận năm 2023\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\nII. NỘI DUNG\n1. Tuyên truyền.\n"
    "III. TỔ CHỨC THỰC HIỆN\n1. Phòng Tổ chức cán bộ tham mưu triển khai Kế hoạch.\n"
    "2. Các đơn vị trực thuộc Sở xây dựng kế hoạch và báo cáo kết quả về Sở Y tế./.\n"
    "Nơi nhận:\n- Như Mục III;\n- Ban Dân vận Tỉnh ủy (b/c);\n- Website Sở và VPUBND tỉnh;\n- Lưu: VT, TCCB.\n"
    "GIÁM ĐỐC\nLê Văn Cường\n"
)


def test_section_reference_reads_the_bodies_its_tasks_assign():
    rec = extract(make_text(PLAN))
    assert [(r.name, r.purpose) for r in bodies_named(rec.recipients)] == [
        ("Phòng Tổ chức cán bộ", None),
        ("Các đơn vị trực thuộc Sở", None),
        ("Ban Dân vận Tỉnh ủy Hà Tĩnh", "báo cáo"),
        ("Website Sở", None),
        ("Văn phòng Ủy ban nhân dân tỉnh Hà Tĩnh", None),
        ("Lưu: VT, TCCB", "lưu"),
    ]


def test_section_reference_without_tasks_names_no_one():
    # Read alone (no tasks given), "Như Mục III" names no one, as before.
    header = Header(issuer="Sở Y tế tỉnh Hà Tĩnh", province="Hà Tĩnh")
    names = [r.name for r in bodies_named(find_recipients(make_text(PLAN), header))]
    assert "Phòng Tổ chức cán bộ" not in names
    assert SECTION_REF.match("mục iii").group("s") == "iii"
    assert SECTION_REF.match("mục 3") is None  # an item of some section: which, the text does not say


def test_portal_and_body_joined_by_and_are_two():
    assert _split("Website Sở và Văn phòng UBND tỉnh") == ["Website Sở", "Văn phòng UBND tỉnh"]
    assert _split("Cổng TTĐT tỉnh và Sở Thông tin và Truyền thông") == ["Cổng TTĐT tỉnh", "Sở Thông tin và Truyền thông"]
    # A portal with no body after "và" stays whole.
    assert _split("Website và các trang mạng xã hội") == ["Website và các trang mạng xã hội"]


def test_signer_name_after_a_one_line_archive_is_dropped():
    body = (
        "THÔNG BÁO\nLịch tiếp công dân tháng 4 năm 2024\n"
        "Ủy ban nhân dân xã thông báo lịch tiếp công dân như sau./.\n"
        "Nơi nhận: - Các thôn; - Lưu: VT. Nguyễn Thị Hoa\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
    )
    header = Header(issuer="Ủy ban nhân dân xã Minh Tân")
    assert _names(body, header) == [("Các thôn", None), ("Lưu: VT", "lưu")]
    # An archive's codes after a full stop stay: "Lưu: VT. TCHC".
    assert _names("Nơi nhận:\n- Lưu: VT. TCHC.\n", header) == [("Lưu: VT. TCHC", "lưu")]


def test_signer_title_after_a_one_line_block_ends_it():
    header = Header(issuer="Sở Y tế tỉnh Hà Giang", province="Hà Giang")
    body = "Nơi nhận: - UBND tỉnh (b/c); - Lưu: VT. GIÁM ĐỐC Nguyễn Văn An\n"
    assert _names(body, header) == [("Ủy ban nhân dân tỉnh Hà Giang", "báo cáo"), ("Lưu: VT", "lưu")]
    body = "Nơi nhận: - UBND tỉnh (b/c); - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lê Văn Bình\n"
    assert _names(body, header) == [("Ủy ban nhân dân tỉnh Hà Giang", "báo cáo"), ("Lưu: VT", "lưu")]
    # A body's name in mixed case after the mark is an item: "- Giám đốc Sở Tài chính".
    body = "Nơi nhận: - UBND tỉnh (b/c); - Giám đốc Sở Tài chính; - Lưu: VT.\n"
    assert ("Giám đốc Sở Tài chính tỉnh Hà Giang", None) in _names(body, header)


def test_addressees_listed_from_the_heading_line_on():
    header = Header(issuer="Sở Y tế tỉnh Hà Giang", province="Hà Giang")
    body = (
        "Số: 95/SYT-NVY\nV/v phòng chống dịch\nKính gửi: - UBND các huyện, thành phố;\n- Các đơn vị trực thuộc Sở.\n"
        "Sở Y tế đề nghị các đơn vị thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT, NVY.\n"
    )
    assert _names(body, header) == [
        ("Ủy ban nhân dân các huyện, thành phố", None),
        ("Các đơn vị trực thuộc Sở", None),
        ("Lưu: VT, NVY", "lưu"),
    ]
    # One addressee on the heading's line, a paragraph after it: nothing more is read.
    body = (
        "Kính gửi: - Sở Tài chính.\n- Căn cứ Công văn số 12/BYT-DP, Sở Y tế đề nghị.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    assert _names(body, header) == [("Sở Tài chính tỉnh Hà Giang", None), ("Lưu: VT", "lưu")]


def test_courtesy_before_an_addressed_office_is_dropped():
    header = Header(issuer="Sở Y tế tỉnh Hà Giang", province="Hà Giang")
    body = "Kính gửi: Ông Giám đốc Sở Tài chính tỉnh Hà Giang.\nĐề nghị./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    assert _names(body, header)[0] == ("Giám đốc Sở Tài chính tỉnh Hà Giang", None)
    body = "Kính gửi: Ông/Bà Chủ tịch UBND các huyện.\nĐề nghị./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    assert _names(body, header)[0] == ("Chủ tịch Ủy ban nhân dân các huyện", None)
    # Before a person's name the courtesy stays: no office is named.
    body = "Nơi nhận:\n- Bà Nguyễn Thị Hoa;\n- Lưu: VT.\n"
    assert _names(body, header)[0] == ("Bà Nguyễn Thị Hoa", None)


def test_posting_marked_after_a_portal():
    header = Header(issuer="Sở Y tế tỉnh Hà Giang", province="Hà Giang")
    body = "Nơi nhận:\n- Cổng TTĐT tỉnh (đăng tải);\n- Website Sở (để đăng tin);\n- Lưu: VT, NVY.\n"
    assert _names(body, header) == [
        ("Cổng thông tin điện tử tỉnh Hà Giang", "đăng tải"),
        ("Website Sở", "đăng tải"),
        ("Lưu: VT, NVY", "lưu"),
    ]
