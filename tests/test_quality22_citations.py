"""Cited instruments and what a document implements, session 22 (helper cites13): fragments of the corpus (008, 027,
028, 030), the examples and real documents (realdocs 40de74e6, 84469287, fd4c4d6e, 1f9faa03 …)."""

from vanban.loaders.citations import find_citations, find_implements
from vanban.loaders.records import Header
from vanban.loaders.text import make_text


def _implemented(fragment: str, header: Header | None = None) -> list[str]:
    header = header or Header()
    text = make_text(fragment)
    cites = find_citations(text, header)
    return [c.surface for c in find_implements(text, header, cites)]


# --- implements: an instrument named inside the subject of the one a preamble carries out is only cited ---


def test_decree_named_in_the_subject_of_the_implemented_decision_is_not_implemented():
    # Corpus 027 (UBND tỉnh Nghệ An, KH 980/KH-UBND).
    fragment = (
        "Thực hiện Quyết định số 1899/QĐ-TTg ngày 04/9/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi "
        "hành Nghị định số 200/2025/NĐ-CP ngày 09/7/2025 của Chính phủ quy định chi tiết một số điều của Luật Phòng thủ "
        "dân sự (sau đây viết tắt là Nghị định). Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
    )
    header = Header(doc_type="Kế hoạch", province="Nghệ An")
    text = make_text(fragment)
    cites = find_citations(text, header)
    assert [c.number for c in cites if c.number] == ["1899", "200"]  # both still cited
    assert [c.surface for c in find_implements(text, header, cites)] == ["Quyết định số 1899/QĐ-TTg ngày 04/9/2025"]


def test_directive_carried_out_by_the_provincial_plan_is_only_cited():
    # examples/02 (Sở Y tế Sơn La): the Sở carries out the province's plan, which carries out Chỉ thị 33.
    fragment = (
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 14/02/2025 của Ủy ban nhân dân tỉnh Sơn La về triển khai thực hiện Chỉ "
        "thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục tăng cường và đổi mới công tác dân vận "
        "của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới năm 2025, Sở Y tế xây dựng Kế hoạch "
        "như sau:\n"
    )
    assert _implemented(fragment, Header(province="Sơn La")) == ["Kế hoạch số 45/KH-UBND ngày 14/02/2025"]


def test_code_named_in_a_decree_title_in_the_grounds_is_not_implemented():
    # Realdocs 40de74e6 (HĐND tỉnh Vĩnh Long): the ground is the decree, not the labour code it details.
    fragment = (
        "Căn cứ Luật Giáo dục số 43/2019/QH14;\n"
        "Căn cứ Nghị định số 145/2020/NĐ-CP ngày 14 tháng 12 năm 2020 của Chính phủ quy định chi tiết và hướng dẫn thi "
        "hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động;\n"
    )
    assert _implemented(fragment) == [
        "Luật Giáo dục số 43/2019/QH14",
        "Nghị định số 145/2020/NĐ-CP ngày 14 tháng 12 năm 2020",
    ]


def test_amending_law_after_the_law_it_amends_stays_a_ground():
    # Realdocs fd4c4d6e (UBND tỉnh Đồng Tháp) and 84469287 (Cục Hải quan): "được sửa đổi, bổ sung bởi/tại".
    assert _implemented(
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số "
        "87/2025/QH15;\n"
    ) == ["Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15", "Luật số 87/2025/QH15"]
    assert _implemented(
        "Căn cứ Điều 10 Nghị định số 43/2017/NĐ-CP ngày 14/4/2017 của Chính phủ, được sửa đổi, bổ sung tại khoản 5 "
        "Điều 1 Nghị định số 111/2021/NĐ-CP ngày 09/12/2021 của Chính phủ thì:\n"
    ) == ["Nghị định số 43/2017/NĐ-CP ngày 14/4/2017", "Nghị định số 111/2021/NĐ-CP ngày 09/12/2021"]


def test_another_bodys_letter_joined_by_va_is_implemented():
    # Corpus 008 (UBND TP Hồ Chí Minh): "… và hướng dẫn của Bộ Nội vụ tại Công văn số …" is a second ground.
    fragment = (
        "Thực hiện Thông tri số 02-TT/TU ngày 03 tháng 10 năm 2025 của Thành ủy Thành phố Hồ Chí Minh về lãnh đạo tiếp "
        "tục thực hiện hiệu quả “Tháng cùng phụ nữ hành động” và hướng dẫn của Bộ Nội vụ tại Công văn số "
        "8935/BNV-CTTN&BĐG ngày 03 tháng 10 năm 2025 về hướng dẫn triển khai Tháng hành động vì bình đẳng giới;\n"
    )
    assert _implemented(fragment, Header(province="Thành phố Hồ Chí Minh")) == [
        "Thông tri số 02-TT/TU ngày 03 tháng 10 năm 2025",
        "Công văn số 8935/BNV-CTTN&BĐG ngày 03 tháng 10 năm 2025",
    ]


def test_flattened_preamble_clause_opening_is_not_a_subject():
    # examples/01 (UBND tỉnh Sơn La): "… năm 2025 Căn cứ Luật …" run on one line.
    fragment = (
        "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục tăng cường và đổi mới "
        "công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới năm 2025 Căn cứ "
        "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    )
    assert _implemented(fragment) == [
        "Chỉ thị số 33/CT-TTg ngày 26/11/2021",
        "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
    ]


def test_title_implements_the_decision_not_the_law_in_its_subject():
    # Corpus 027's title.
    title = (
        "THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI "
        "HÀNH NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ DÂN SỰ"
    )
    fragment = (
        "Nghệ An, ngày 18 tháng 11 năm 2025\n\nKẾ HOẠCH\n" + title + "\n\n"
        "Thực hiện Quyết định số 1899/QĐ-TTg ngày 04/9/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi "
        "hành Nghị định số 200/2025/NĐ-CP ngày 09/7/2025 của Chính phủ quy định chi tiết một số điều của Luật Phòng thủ "
        "dân sự. Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
    )
    header = Header(doc_type="Kế hoạch", title=title.capitalize(), province="Nghệ An")
    text = make_text(fragment)
    cites = find_citations(text, header)
    assert "Luật Phòng thủ dân sự" in [c.surface for c in cites]
    assert [(c.doc_type, c.number) for c in find_implements(text, header, cites)] == [("Quyết định", "1899")]
