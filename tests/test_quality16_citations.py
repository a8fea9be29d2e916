"""Citations, round 16: leftovers of round 15 (an amending ordinance, an unnumbered Hướng dẫn of a school
year, a subject run on into the citing body's clause, a year-less date). The fragments are realistic,
written in the style of school, Đoàn and commune plans."""

from vanban.loaders.citations import find_citations
from vanban.loaders.law_names import AMENDING
from vanban.loaders.extract import extract
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

HUE_SCHOOL = Header(issuer="Trường THCS Nguyễn Du", province="Thừa Thiên Huế", doc_type="Kế hoạch")


def _cites(raw: str, header: Header = Header()):
    return find_citations(make_text(raw), header)


def _plan(*lines: str) -> str:
    return "KẾ HOẠCH\n" + "\n".join(lines) + "\nNhà trường xây dựng kế hoạch như sau:\n"


# ---------------------------------------------------------------------------- an amending ordinance


def test_amending_pattern_reads_an_ordinance_and_a_code():
    s = "Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh cán bộ, công chức"
    assert AMENDING.match(s, len("Pháp lệnh")).group() == " sửa đổi, bổ sung một số điều của "
    s = "Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự"
    assert AMENDING.match(s, len("Luật")).group() == " sửa đổi, bổ sung một số điều của "
    s = "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 24/2010/NĐ-CP"
    assert AMENDING.match(s, len("Nghị định")) is None


def test_an_amending_ordinance_is_one_instrument_with_its_date():
    raw = _plan(
        "Căn cứ Pháp lệnh Cán bộ, công chức ngày 26/02/1998;",
        "Căn cứ Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh cán bộ, công chức ngày 29/04/2003;",
    )
    first, amending = _cites(raw)
    assert (first.doc_type, first.date) == ("Pháp lệnh", "1998-02-26")
    assert amending.doc_type == "Pháp lệnh"
    assert amending.surface.startswith("Pháp lệnh sửa đổi, bổ sung")
    assert amending.date == "2003-04-29"


def test_an_amending_ordinance_with_its_number_after_the_amended_name():
    raw = _plan(
        "Căn cứ Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Ưu đãi người có công với cách mạng "
        "số 04/2012/UBTVQH13 ngày 16/7/2012;"
    )
    (c,) = _cites(raw)
    assert (c.doc_type, c.number, c.symbol, c.date) == ("Pháp lệnh", "04", "2012/UBTVQH13", "2012-07-16")


def test_a_law_amending_a_code_keeps_its_number():
    raw = _plan("Căn cứ Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 12/2017/QH14 ngày 20/6/2017;")
    (c,) = _cites(raw)
    assert (c.doc_type, c.number, c.symbol, c.date) == ("Luật", "12", "2017/QH14", "2017-06-20")


# ---------------------------------------------------------------------------- an unnumbered Hướng dẫn


def test_an_unnumbered_guidance_of_a_school_year_is_cited():
    raw = _plan("Căn cứ Hướng dẫn nhiệm vụ năm học 2023-2024 của Sở GD&ĐT Thừa Thiên Huế;")
    (c,) = _cites(raw, HUE_SCHOOL)
    assert c.doc_type == "Hướng dẫn"
    assert c.number is None
    assert c.issuer == "Sở Giáo dục và Đào tạo tỉnh Thừa Thiên Huế"
    assert c.surface.startswith("Hướng dẫn nhiệm vụ năm học 2023-2024")


def test_an_unnumbered_plan_of_a_department_named_with_and():
    raw = _plan("Căn cứ Kế hoạch năm học 2023-2024 của Sở Giáo dục và Đào tạo Thừa Thiên Huế;")
    (c,) = _cites(raw, HUE_SCHOOL)
    assert (c.doc_type, c.issuer) == ("Kế hoạch", "Sở Giáo dục và Đào tạo tỉnh Thừa Thiên Huế")


def test_an_unnumbered_plan_of_two_bodies_stays_uncited():
    raw = _plan("Căn cứ Kế hoạch công tác năm 2024 của Chính phủ và Ban Thường vụ Tỉnh ủy;")
    assert _cites(raw, HUE_SCHOOL) == []


def test_a_numbered_directive_with_a_typo_is_no_unnumbered_one():
    raw = _plan("Căn cứ Chỉ thị so 41-CT/TW của Ban Bí thư;")
    (c,) = _cites(raw, HUE_SCHOOL)
    assert (c.doc_type, c.number, c.symbol) == ("Chỉ thị", "41", "CT/TW")


# ---------------------------------------------------------------------------- the citing body's clause


def test_a_subject_ends_at_a_body_with_its_short_name_and_a_capitalised_verb():
    raw = (
        "HƯỚNG DẪN\nThực hiện Công văn số 1234/SGDĐT-GDTrH ngày 05/9/2023 của Sở GDĐT về việc triển khai nhiệm vụ "
        "năm học 2023-2024, Phòng Giáo dục và Đào tạo (GDĐT) Hướng dẫn các trường thực hiện như sau:\n"
    )
    (c,) = _cites(raw, HUE_SCHOOL)
    assert c.title == "triển khai nhiệm vụ năm học 2023-2024"


def test_a_subject_ends_at_a_body_with_a_capitalised_verb_and_type_word():
    raw = (
        "KẾ HOẠCH\nThực hiện Kế hoạch số 56/KH-UBND ngày 12/3/2024 của UBND tỉnh về phát triển văn hóa đọc, "
        "UBND huyện Xây dựng kế hoạch như sau:\n"
    )
    (c,) = _cites(raw, HUE_SCHOOL)
    assert c.title == "phát triển văn hóa đọc"


def test_a_capitalised_name_inside_a_subject_does_not_end_it():
    raw = _plan(
        "Căn cứ Công văn số 789/SGDĐT-GDTH ngày 10/9/2023 của Sở GDĐT về việc tổ chức Hội thi Giáo viên dạy "
        "giỏi, Hội thi Tổng phụ trách Đội giỏi cấp tỉnh;"
    )
    (c,) = _cites(raw, HUE_SCHOOL)
    assert c.title == "tổ chức Hội thi Giáo viên dạy giỏi, Hội thi Tổng phụ trách Đội giỏi cấp tỉnh"


# ---------------------------------------------------------------------------- a date left blank


def test_a_date_without_its_year_is_passed_over_to_the_issuer_and_subject():
    raw = _plan("Căn cứ Công văn số 456/PGDĐT ngày 06 tháng 9 năm của Sở GDĐT về nhiệm vụ năm học;")
    (c,) = _cites(raw, HUE_SCHOOL)
    assert c.date is None
    assert c.issuer == "Sở Giáo dục và Đào tạo tỉnh Thừa Thiên Huế"
    assert c.title == "nhiệm vụ năm học"


def test_a_date_without_its_day_keeps_its_year():
    raw = _plan("Căn cứ Kế hoạch số 45/KH-UBND ngày    tháng 9 năm 2023 của UBND tỉnh về chuyển đổi số;")
    (c,) = _cites(raw, HUE_SCHOOL)
    assert (c.date, c.year) == (None, 2023)
    assert c.title == "chuyển đổi số"


def test_a_sector_written_in_lower_case_is_no_issuer_and_the_subject_follows():
    raw = _plan("Căn cứ Công văn số 456/PGDĐT ngày 06 tháng 9 năm 2023 của ngành giáo dục về nhiệm vụ năm học;")
    (c,) = _cites(raw, HUE_SCHOOL)
    assert (c.date, c.issuer) == ("2023-09-06", None)
    assert c.title == "nhiệm vụ năm học"


def test_a_year_less_date_then_a_lower_case_sector():
    raw = _plan("Căn cứ Công văn số 456/PGDĐT ngày 06 tháng 9 năm của ngành giáo dục về nhiệm vụ năm học;")
    (c,) = _cites(raw, HUE_SCHOOL)
    assert (c.date, c.issuer, c.title) == (None, None, "nhiệm vụ năm học")


def test_the_school_itself_as_issuer_in_lower_case():
    raw = _plan("Căn cứ Kế hoạch số 12/KH-THCS ngày 05/9/2023 của nhà trường về nhiệm vụ năm học 2023-2024;")
    (c,) = _cites(raw, HUE_SCHOOL)
    assert c.issuer is None
    assert c.title == "nhiệm vụ năm học 2023-2024"


def test_a_lower_case_list_of_bodies_is_no_subject_lead():
    raw = _plan("Căn cứ Công văn số 457/PGDĐT ngày 06/9/2023 của các cơ quan, đơn vị về nhiệm vụ năm học;")
    (c,) = _cites(raw, HUE_SCHOOL)
    assert (c.issuer, c.title) == (None, None)


# ---------------------------------------------------------------------------- the district's own Phòng


DISTRICT_SCHOOL = (
    "PHÒNG GD&ĐT PHONG ĐIỀN\nTRƯỜNG THCS NGUYỄN DU\n\nSố: 12/KH-THCS\n\nPhong Điền, ngày 10 tháng 9 năm 2023\n\n"
    "KẾ HOẠCH\nThực hiện nhiệm vụ năm học 2023-2024\n\n"
)


def _document_cites(raw: str):
    return extract(make_text(raw)).cites


def test_a_cited_phong_without_its_place_is_the_district_s_own():
    raw = DISTRICT_SCHOOL + (
        "Căn cứ Công văn số 456/PGDĐT ngày 06/9/2023 của Phòng Giáo dục và Đào tạo về nhiệm vụ năm học 2023-2024;\n"
        "Căn cứ Công văn số 789/SGDĐT ngày 01/9/2023 của Sở Giáo dục và Đào tạo về nhiệm vụ năm học;\n"
        "Nhà trường xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH\n"
    )
    phong, so = _document_cites(raw)
    assert phong.issuer == "Phòng Giáo dục và Đào tạo Phong Điền"
    assert so.issuer == "Sở Giáo dục và Đào tạo"  # no province known: left as written


def test_another_phong_is_not_the_district_s_own():
    raw = DISTRICT_SCHOOL + (
        "Căn cứ Công văn số 456/PVHTT ngày 06/9/2023 của Phòng Văn hóa và Thông tin về phong trào đọc sách;\n"
        "Nhà trường xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH\n"
    )
    (c,) = _document_cites(raw)
    assert c.issuer == "Phòng Văn hóa và Thông tin"


# ---------------------------------------------------------------------------- a long unnumbered programme


def test_an_unnumbered_programme_of_eleven_words_and_a_glued_issuer():
    raw = (
        "KẾ HOẠCH\nCăn cứ Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2024 của Ban Thường "
        "vụTỉnh đoàn Thanh Hóa;\nBan Thường vụ Huyện đoàn xây dựng kế hoạch như sau:\n"
    )
    (c,) = _cites(raw, Header(issuer="Ban Thường vụ Huyện đoàn Như Xuân", province="Thanh Hóa"))
    assert c.doc_type == "Chương trình"
    assert c.surface.startswith("Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2024")
    assert c.issuer == "Ban Thường vụ Tỉnh đoàn Thanh Hóa"


# ---------------------------------------------------------------------------- an issuer after a quoted subject


def test_the_issuer_written_after_a_quoted_subject():
    raw = (
        "THÔNG BÁO\nCác chứng chỉ ngoại ngữ đáp ứng điều kiện chuẩn đầu ra\n"
        "Căn cứ Công văn số 70/ĐHQGHN-ĐT ngày 12/01/2021 về việc “Danh sách các cơ sở cấp chứng chỉ Ngoại ngữ "
        "(tiếng Anh) theo Khung năng lực ngoại ngữ 6 bậc dùng cho Việt Nam” của Đại học Quốc gia Hà Nội; Phòng "
        "Đào tạo trân trọng thông báo như sau:\n"
    )
    (c,) = _cites(raw)
    assert c.issuer == "Đại học Quốc gia Hà Nội"
    assert c.title.startswith("Danh sách các cơ sở cấp chứng chỉ Ngoại ngữ")


def test_a_body_after_a_quoted_subject_that_goes_on_is_no_issuer():
    raw = _plan(
        "Thực hiện Kế hoạch số 12-KH/ĐTN ngày 10/01/2024 về “Tháng Thanh niên năm 2024” của Đoàn xã, "
        "kết hợp tổ chức các hoạt động tình nguyện;"
    )
    (c,) = _cites(raw)
    assert c.title == "Tháng Thanh niên năm 2024"
    assert c.issuer is None


def test_the_issuer_after_a_nested_directive_s_quoted_subject_is_the_directive_s():
    raw = _plan(
        "Thực hiện Kế hoạch số 08-KH/ĐU ngày 05/3/2024 của Đảng ủy xã về thực hiện Chỉ thị số 05-CT/TW ngày "
        "15/5/2016 về “Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” của Bộ Chính trị;"
    )
    cites = _cites(raw)
    (directive,) = [c for c in cites if c.number == "05"]
    (plan,) = [c for c in cites if c.number == "08"]
    assert directive.issuer == "Bộ Chính trị"
    assert plan.issuer.startswith("Đảng ủy xã")
