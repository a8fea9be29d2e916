"""Header fields, round 22.

1. A Party document whose header names the electing body ("BAN CHẤP HÀNH TRUNG ƯƠNG", "HUYỆN ỦY TUẦN GIÁO") but
   which is signed for another ("T/M BỘ CHÍNH TRỊ", "T/M BAN BÍ THƯ", "T/M BAN THƯỜNG VỤ") is that body's, as
   other documents cite it ("Kết luận số 212-KL/TW … của Bộ Chính trị"); the header's body is its parent
   (realdocs 265ff514, Kết luận 221-KL/TW; ca9ba61f, Quy định 384-QĐ/TW).
2. A Quyết định's own articles that give its execution to bodies or charge a named body with work are tasks, beside those
   of the plan or rules it promulgates (the lead's ruling); an article that only states the decision or its entry into
   force, or an account owed ("chịu trách nhiệm trước …"), is none. The fragments are the decisions' articles as the web
   library's pages give them.
"""

from pathlib import Path

from vanban.loaders.extract import extract
from vanban.loaders.header import read_header
from vanban.loaders.parties import assignees
from vanban.loaders.read import read_file
from vanban.loaders.signed_bodies import signed_body
from vanban.loaders.text import make_text
from tests.citation_reading import record
from tests.test_quality21_party_titles import _CONCLUSION as CONCLUSION_HEADER

# realdocs 265ff514 (Kết luận 221-KL/TW), its header (tests/test_quality21_party_titles.py) and its signature, as the web
# library's page gives them.
_CONCLUSION_SIGNED = (
    "Nơi nhận:\n- Các tỉnh uỷ, thành uỷ, đảng uỷ\ntrực thuộc Trung ương,\n- Các đồng chí Ủy viên\n"
    "Ban Chấp hành Trung ương Đảng,\n- Lưu Văn phòng Trung ương Đảng.\n|\n**{authority}**\nTrần Cẩm Tú\n|\n"
)


def _conclusion(body: str, authority: str) -> str:
    return CONCLUSION_HEADER + body + _CONCLUSION_SIGNED.format(authority=authority)


_CONCLUSION_BODY = "**1.** Bộ Chính trị, Ban Bí thư ghi nhận kết quả đạt được.\n"

# realdocs ca9ba61f (Quy định 384-QĐ/TW), its header and its signature.
_RULES = (
    "**BAN CHẤP HÀNH\nTRUNG ƯƠNG**\n*\n|\n**ĐẢNG CỘNG SẢN\nVIỆT NAM**\n---------------\n|\n|\nSố 384-QĐ/TW\n|\n"
    "*Hà Nội, ngày 19\ntháng 11 năm 2025*\n|\n\n* *\n\n**QUY ĐỊNH**\n\nVỀ\nKẾT NỐI, CHIA SẺ DỮ LIỆU GIỮA CÁC CƠ QUAN "
    "ĐẢNG VỚI CÁC CƠ QUAN, TỔ CHỨC KHÁC\nTRONG HỆ THỐNG CHÍNH TRỊ\n\n-----\n\n- Căn cứ Điều lệ Đảng;\n\n"
    "Nơi nhận:\n- Các cơ quan đảng ở Trung ương,\n- Các tỉnh ủy, thành ủy,\n- Lưu Văn phòng Trung ương Đảng.\n|\n"
    "**T/M BAN BÍ THƯ**\nTrần Cẩm Tú\n|\n"
)

# A district party committee's plan (tests/test_quality9_header.py), a table header and signature.
_DISTRICT_PLAN = """| HUYỆN ỦY TUẦN GIÁO ***** | ĐẢNG CỘNG SẢN VIỆT NAM --------------- |
|---|---|
| Số 45-KH/HU | *Tuần Giáo, ngày 10 tháng 3 năm 2023* |

**KẾ HOẠCH**

**thực hiện Nghị quyết số 21-NQ/TW của Hội nghị Trung ương 5 khóa XIII**

Thực hiện Kế hoạch số 12-KH/TU ngày 01/3/2023 của Ban Thường vụ Tỉnh ủy Điện Biên.

I. MỤC ĐÍCH

| **Nơi nhận:** - Ban Tổ chức Tỉnh ủy (b/c), - Các đồng chí Huyện ủy viên, - Lưu Văn phòng Huyện ủy. | **{authority} PHÓ BÍ THƯ** **Lò Văn Muôn** |
|---|---|
"""


def test_a_conclusion_signed_for_the_politburo_is_the_politburo_s():
    d = record(_conclusion(_CONCLUSION_BODY, "T/M BỘ CHÍNH\nTRỊ")).document
    assert (d.doc_type, d.number, d.symbol, d.date) == ("Kết luận", "221", "KL/TW", "2025-11-28")
    assert (d.issuer, d.issuer_parent) == ("Bộ Chính trị", "Ban Chấp hành Trung ương Đảng")
    assert d.signer.authority == "TM. Bộ Chính trị"


def test_rules_signed_for_the_secretariat_are_the_secretariat_s():
    d = record(_RULES).document
    assert (d.doc_type, d.number, d.symbol) == ("Quy định", "384", "QĐ/TW")
    assert (d.issuer, d.issuer_parent) == ("Ban Bí thư Trung ương Đảng", "Ban Chấp hành Trung ương Đảng")


def test_a_document_signed_for_the_header_s_own_body_keeps_it():
    # "T/M BAN CHẤP HÀNH TRUNG ƯƠNG" (a plenum's Nghị quyết): the Central Committee's own, no parent.
    d = record(_conclusion(_CONCLUSION_BODY, "T/M BAN CHẤP HÀNH TRUNG ƯƠNG")).document
    assert (d.issuer, d.issuer_parent) == ("Ban Chấp hành Trung ương Đảng", None)


def test_a_district_committee_s_plan_signed_for_its_standing_board():
    h = read_header(make_text(_DISTRICT_PLAN.format(authority="T/M BAN THƯỜNG VỤ")))
    assert (h.issuer, h.issuer_parent) == ("Ban Thường vụ Huyện ủy Tuần Giáo", "Huyện ủy Tuần Giáo")
    # Signed for the committee itself: its own.
    h = read_header(make_text(_DISTRICT_PLAN.format(authority="T/M HUYỆN ỦY")))
    assert (h.issuer, h.issuer_parent) == ("Huyện ủy Tuần Giáo", None)


def test_signed_body_of_a_party_organisation_and_of_other_bodies():
    # "ĐẢNG BỘ TỈNH HÀ GIANG" alone above the number: its committee is the Tỉnh ủy, whose board signs.
    assert signed_body("Đảng bộ tỉnh Hà Giang", "TM. Ban Thường vụ") == ("Ban Thường vụ Tỉnh ủy Hà Giang", "Tỉnh ủy Hà Giang")
    assert signed_body("Thành ủy Hà Nội", "TM. Ban Thường vụ Thành ủy") == ("Ban Thường vụ Thành ủy Hà Nội", "Thành ủy Hà Nội")
    # Another committee's board, a people's committee signed for, a deputy's signature: no change.
    assert signed_body("Tỉnh ủy Hà Giang", "TM. Ban Thường vụ Huyện ủy") is None
    assert signed_body("Ủy ban nhân dân tỉnh Hà Giang", "TM. Ủy ban nhân dân") is None
    assert signed_body("Ban Chấp hành Trung ương Đảng", "KT. Chánh Văn phòng") is None
    assert signed_body("Ban Chấp hành Trung ương Đảng", "TM. Ban Chấp hành Trung ương") is None


# realdocs 1f9faa03 (QĐ 2696/QĐ-UBND of UBND tỉnh Quảng Trị), its executing article: the departments listed after "các Sở:"
# run on into the next holder with a comma, no semicolon.
_DEPARTMENTS_THEN_HOLDER = (
    "Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Nội vụ, Nông nghiệp và Môi trường, Tài chính, Thủ trưởng các cơ quan, "
    "đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./."
)


def test_departments_listed_then_another_holder_after_a_comma():
    assert assignees(_DEPARTMENTS_THEN_HOLDER, True) == [
        "Chánh Văn phòng Ủy ban nhân dân tỉnh",
        "Giám đốc Sở Nội vụ",
        "Giám đốc Sở Nông nghiệp và Môi trường",
        "Giám đốc Sở Tài chính",
        "Thủ trưởng các cơ quan, đơn vị liên quan",
    ]
    # Before: ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc các Sở"]. Ended by a semicolon, as before.
    ended = _DEPARTMENTS_THEN_HOLDER.replace("Tài chính, Thủ trưởng", "Tài chính; Thủ trưởng")
    assert assignees(ended, True)[1:4] == ["Giám đốc Sở Nội vụ", "Giám đốc Sở Nông nghiệp và Môi trường", "Giám đốc Sở Tài chính"]


REALDOCS = Path(__file__).parent / "data" / "realdocs"


def _realdoc_tasks(name: str) -> dict[str, list[str]]:
    return {t.section: t.assigned_to for t in extract(read_file(REALDOCS / name)).tasks}


def test_a_decision_s_executing_article_beside_the_rules_it_promulgates():
    # realdocs 1f9faa03: "Điều 1. Ban hành kèm theo Quyết định này Điều lệ …", "Điều 2. Quyết định này có hiệu lực …",
    # "Điều 3. **Chánh" / "Văn phòng UBND tỉnh, Giám đốc các Sở: Nội vụ, …", then the charter's articles ("Điều 3." /
    # "Nhiệm vụ**" / "1. Quỹ có nhiệm vụ hỗ trợ tài chính …").
    got = _realdoc_tasks("1f9faa032326f975.md")
    assert "Điều 1" not in got and "Điều 2" not in got  # the decision stated; its entry into force
    assert "Điều 3.1" in got and "Điều 3.10" in got  # the charter's items, as before
    # The decision's own "Điều 3" is a task of its own since the convention for decisions and normative acts
    # (tests/test_quality25_decision_tasks.py; before it, no task beside the charter's): a decision that promulgates
    # rules, not a plan.
    assert "Giám đốc Sở Tài chính" in got["Điều 3"]


def test_the_executing_item_of_an_article_on_entry_into_force():
    # realdocs d5e470b7: "**Điều 2. Điều khoản thi hành**" / "1. Quyết định này có hiệu lực" / "kể từ ngày 30/11/2025." /
    # "2. Chánh Văn phòng Ủy ban nhân" / "dân tỉnh; Giám đốc (Thủ trưởng) các sở, …; Chủ tịch" / "Ủy ban nhân dân các xã,
    # phường; … chịu trách nhiệm thi hành Quyết định này./." (before: no task).
    got = _realdoc_tasks("d5e470b7ce8d175f.md")
    assert list(got) == ["Điều 2.2"]  # not "Điều 2.1", its entry into force; not the repealed decisions
    assert got["Điều 2.2"][0] == "Chánh Văn phòng Ủy ban nhân dân tỉnh"
    assert "Chủ tịch Ủy ban nhân dân các xã, phường" in got["Điều 2.2"]
    # "Giám đốc (Thủ trưởng) các sở, …": the holder with its other title left out (before: "Giám đốc" alone).
    assert "Giám đốc các sở, ban, ngành, đơn vị cấp tỉnh" in got["Điều 2.2"]


def test_an_article_charging_a_named_body_with_work_is_a_task():
    # realdocs 1a434d0a: "**Điều 3.****" / "**Giám đốc Sở Nội vụ có trách nhiệm hướng dẫn, đôn đốc," / "kiểm tra quá trình
    # triển khai, thực hiện Quyết định này …" (before: no task).
    got = _realdoc_tasks("1a434d0a7e14dc93.md")
    assert got["Điều 3"] == ["Giám đốc Sở Nội vụ"]
    # The executing article, beside the rules the decision promulgates, is a task of its own since the convention for
    # decisions and normative acts (before it: none); "10.2. Trách nhiệm của Sở Nội vụ" only introduces its points a), b).
    assert got["Điều 4"][0] == "Chánh Văn phòng Ủy ban nhân dân thành phố" and "Điều 10.2.a" in got
    # realdocs 0a5a5195: "**Điều 2.** Chánh Văn phòng Ủy ban nhân dân tỉnh" / "chịu trách nhiệm trước Ủy ban nhân dân tỉnh,
    # Chủ tịch Ủy ban nhân dân tỉnh và" / "trước pháp luật về việc thực hiện nhiệm vụ được ủy quyền nêu trên.": an account.
    got = _realdoc_tasks("0a5a51958af8e293.md")
    assert "Điều 2" not in got and "Điều 1" in got and "Điều 3" in got


def test_an_article_number_wrapped_at_a_line_s_start_is_a_reference():
    # realdocs 329d9e97: "… trong các văn bản quy phạm pháp luật tại" / "Điều 1 Quyết định này khác với …" inside Điều 3 is
    # a reference; the executing "Điều 4. Tổ chức thực hiện" after it was read as that "Điều 1"'s words (no task).
    got = _realdoc_tasks("329d9e978debfeec.md")
    assert list(got) == ["Điều 4"]
    assert got["Điều 4"][:2] == ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Y tế"]
    # realdocs 24c6583a: "… theo quy định tại" / "Điều 2 Nghị quyết số 196/2025/QH15 ngày": the task of Điều 2 quotes the
    # article's own first words, not the resolution's.
    tasks = {t.section: t for t in extract(read_file(REALDOCS / "24c6583aa4c3280a.md")).tasks}
    assert tasks["Điều 2"].text_start.startswith("Ủy ban nhân dân các")
    assert tasks["Điều 2"].assigned_to == ["Ủy ban nhân dân các tỉnh, thành phố"]


def test_a_library_field_s_issuer_has_its_codes_expanded():
    # realdocs e42103d7 (Công văn 174/CV-BCĐ), a page without the letterhead: "**Nơi ban hành:**" / "Ban Chỉ đạo sắp xếp
    # ĐVHC các cấp và xây dựng mô hình tổ chức CQĐP 02 cấp" is the only issuer, its codes expanded as the text's are.
    from vanban.loaders.names import canonical_org

    assert canonical_org("Ban Chỉ đạo sắp xếp ĐVHC các cấp và xây dựng mô hình tổ chức CQĐP 02 cấp") == (
        "Ban Chỉ đạo sắp xếp đơn vị hành chính các cấp và xây dựng mô hình tổ chức chính quyền địa phương 02 cấp"
    )


def test_an_institute_s_head_after_a_department_s_is_a_body_of_its_own():
    # realdocs 448306af (QĐ 4385/QĐ-BVHTTDL), its executing Điều 3: before, "Vụ trưởng Vụ Kế hoạch, Tài chính, Viện trưởng
    # Viện Văn hóa, …" was read as one name.
    got = assignees(
        "Chánh Văn phòng Bộ, Vụ trưởng Vụ Kế hoạch, Tài chính, Viện trưởng Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt "
        "Nam và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.",
        True,
    )
    assert got == [
        "Chánh Văn phòng Bộ",
        "Vụ trưởng Vụ Kế hoạch, Tài chính",
        "Viện trưởng Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam",
        "Thủ trưởng các cơ quan liên quan",
    ]


def test_a_signer_s_name_broken_after_its_middle_name_inside_its_bold():
    # realdocs 9063e901 (Công văn 17986/BTC-CT), its closing: the page's field gives "Người ký: Lê Tấn Cận"; before, the
    # signer read "Lê Tấn".
    closing = (
        "Bộ Tài chính trân trọng đề nghị UBND các tỉnh, thành\nphố quan tâm, chỉ đạo triển khai thực hiện./.\n|\nNơi nhận:\n"
        "- Như\ntrên;\n- Lãnh đạo Bộ\n(để báo cáo);\n- Cục Thuế (để phối hợp);\n- Lưu: VT, CT (PC)\n|\n"
        "**KT. BỘ TRƯỞNG**\nTHỨ TRƯỞNG\n**Lê Tấn\nCận**\n|\n"
    )
    signer = read_header(make_text("Số: 17986/BTC-CT\n*Hà Nội, ngày 19 tháng 11\nnăm 2025*\n" + closing)).signer
    assert (signer.authority, signer.position, signer.name) == ("KT. Bộ trưởng", "Thứ trưởng", "Lê Tấn Cận")
    # A name on one line, its bold closed, is read alone as before: "**Trần Cẩm Tú**" / "|".
    assert read_header(make_text(closing.replace("**Lê Tấn\nCận**", "**Lê Tấn Cận**"))).signer.name == "Lê Tấn Cận"
    # A heading in capitals under an office with no one named is no name: "**BÁO" / "CÁO**" (a form, realdocs 5eaeb632).
    form = closing.replace("**Lê Tấn\nCận**", "**BÁO\nCÁO**")
    assert read_header(make_text(form)).signer.name is None


def test_an_article_charging_the_bodies_it_names_with_its_items():
    # realdocs 24ac05c2 (QĐ 2816/QĐ-UBND of UBND tỉnh Đồng Nai): "**Điều 2. **Sở" / "Y tế, UBND cấp xã và các cơ quan, đơn vị có
    # liên quan đến các lĩnh vực kiến nghị" / "đơn giản hóa nêu tại Điều 1 của Quyết định này, có trách nhiệm:" / "1. Đối với
    # … Giao Sở Y tế chủ động triển khai, …" / "2. Đối với … Thường xuyên theo dõi, phối hợp …" (before: no task of them).
    got = _realdoc_tasks("24ac05c2c7c4518e.md")
    assert got["Điều 2.1"] == ["Sở Y tế"]  # its own "Giao Sở Y tế"
    assert got["Điều 2.2"] == ["Sở Y tế", "Ủy ban nhân dân cấp xã", "Các cơ quan, đơn vị"]  # the article's bodies
    assert got["Điều 3"] == ["Văn phòng Ủy ban nhân dân tỉnh"]  # "Văn phòng UBND tỉnh có trách nhiệm theo dõi, …"
    assert "Điều 1" not in got and "Điều 4" not in got  # the options approved; the entry into force


def test_a_standing_board_s_document_keeps_its_committee_s_series_in_the_graph():
    # The graph keys a numbered document by its series' owner (graph.build.series_owner): the plan signed "T/M BAN THƯỜNG
    # VỤ" under "HUYỆN ỦY TUẦN GIÁO" is the one a citation "Kế hoạch số 45-KH/HU … của Huyện ủy Tuần Giáo" names.
    from vanban.graph.build import series_owner
    from vanban.graph.schema import numbered_key

    h = read_header(make_text(_DISTRICT_PLAN.format(authority="T/M BAN THƯỜNG VỤ")))
    own = numbered_key(h.doc_type, h.number, h.symbol, 2023, series_owner(h.issuer))
    assert own == numbered_key("Kế hoạch", "45", "KH/HU", 2023, series_owner("Huyện ủy Tuần Giáo"))


def test_an_article_giving_its_items_to_bodies_and_an_executing_list_begun_in_the_article():
    # realdocs 2e037ff2 (QĐ 1520/QĐ-UBND of UBND tỉnh Bắc Ninh): "**Điều 2**. Giao các cơ" / "quan, đơn vị:" / "1. Thanh tra
    # tỉnh chủ trì, …" / "2. Thanh tra tỉnh, UBND các" / "xã, phường niêm yết …" (before: no task of them); "**Điều 3**.
    # Quyết định" / "này có hiệu lực kể từ ngày ký." / "Chánh Văn phòng UBND tỉnh;" / "Chánh Thanh tra tỉnh; UBND các xã,
    # phường … chịu trách nhiệm thi hành Quyết định này./." (before: the task began at "Chánh Thanh tra tỉnh").
    got = _realdoc_tasks("2e037ff2daea1c76.md")
    assert got["Điều 2.1"] == ["Thanh tra tỉnh"]
    assert got["Điều 2.2"] == ["Thanh tra tỉnh", "Ủy ban nhân dân các xã, phường"]  # not "Thanh tra tỉnh các xã, phường"
    assert got["Điều 3"] == ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Chánh Thanh tra tỉnh", "Ủy ban nhân dân các xã, phường"]
    assert "Điều 1" not in got
    # realdocs 8fe888e4 (QĐ 2003/QĐ-UBND of UBND tỉnh Cao Bằng), the same break: "Chánh Văn phòng UBND tỉnh; Giám đốc các
    # sở, ban, ngành;" at its Điều 3's end.
    assert _realdoc_tasks("8fe888e498bceabd.md")["Điều 3"][:2] == ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc các sở, ban, ngành"]


def test_a_letter_s_subject_from_its_library_name_without_an_issuer():
    # realdocs 76415b3e (Công văn 4001/UBND-ĐT of UBND Thành phố Hồ Chí Minh): the page lost its "V/v" line; the name the page
    # gives it, "Công văn 4001/UBND-ĐT năm 2025 về Danh mục các mỏ khoáng sản … theo Nghị quyết 66.4/2025/NQ-CP", ends
    # without "do … ban hành", the page's notice "Văn bản này chưa cập nhật nội dung Tiếng Anh" under it (before: no title).
    d = extract(read_file(REALDOCS / "76415b3ed5295e94.md")).document
    assert (d.doc_type, d.number, d.symbol) == ("Công văn", "4001", "UBND-ĐT")
    assert d.title == (
        "Về Danh mục các mỏ khoáng sản trên địa bàn Thành phố Hồ Chí Minh có thể áp dụng cơ chế đặc thù theo Nghị quyết "
        "66.4/2025/NQ-CP"
    )
