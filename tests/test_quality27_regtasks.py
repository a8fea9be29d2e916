"""Tasks of normative documents, round 27: a Quy định whose articles are written "**Điều" / "13. Title**" (the word alone
on its line) keeps every article after one with a short paragraph; … Read on fresh provinces' decisions, city councils'
resolutions, a decree and a circular (tests/data/realdocs, SOURCES.tsv; hand lists in the session's HANDCHECK.md)."""

from __future__ import annotations

from tests.realdoc_tasks import realdoc_tasks as _tasks


def test_split_article_word_keeps_the_articles_after_a_short_paragraph():
    # "**Điều" / "13. Phạm vi bảo vệ hệ thống thoát nước**" / "Phạm vi bảo vệ … mốc giới bảo vệ." / "**Điều" / "14. …" (QĐ
    # 223/2025/QĐ-UBND of UBND thành phố Hải Phòng, its Quy định): the title of Điều 13 ran over its paragraph into the
    # "**Điều" of Điều 14, and Điều 14-28 were read as Điều 13's items: Chương IV's articles of responsibility gave no task.
    tasks = _tasks("ef57df9384270c6e.md")
    assert [s for s in tasks if s.startswith("Điều 21.")] == [f"Điều 21.{k}" for k in range(1, 5)]
    assert tasks["Điều 21.2"] == ["Sở Tài chính"]
    assert [s for s in tasks if s.startswith("Điều 26.")] == [f"Điều 26.{k}" for k in range(1, 9)]
    assert tasks["Điều 24.1"] == ["Công an thành phố"]
    assert tasks["Điều 22"] == ["Sở Văn hóa, Thể thao và Du lịch"]


def test_parties_in_general_are_no_doers_of_the_execution():
    # "… Chủ tịch Ủy ban nhân dân các xã, phường và các cơ quan, đơn vị, tổ chức, cá nhân có liên quan chịu trách nhiệm thi
    # hành Quyết định này" (QĐ 87/2025/QĐ-UBND of UBND tỉnh Lai Châu): the list of kinds was cut at its "tổ chức, cá nhân"
    # tail and "Các cơ quan, đơn vị" kept as a doer.
    assert _tasks("01bf9d04a5b9e2c8.md")["Điều 3"][-1] == "Chủ tịch Ủy ban nhân dân các xã, phường"
    # Households and businesses among the kinds: "…; các tổ chức, hộ gia đình, cá nhân có liên quan chịu trách nhiệm thi hành
    # Quyết định này" (QĐ 139/2025/QĐ-UBND of UBND tỉnh Đồng Tháp), "… và các cơ quan, đơn vị, tổ chức, hộ kinh doanh, cá
    # nhân có liên quan chịu trách nhiệm thi hành Nghị định này" (NĐ 297/2025/NĐ-CP).
    assert not any("hộ gia đình" in n or "cá nhân" in n for n in _tasks("a16f8b41d34cc524.md")["Điều 5.1"])
    assert _tasks("a4af79c6669a4264.md")["Điều 16"] == [
        "Các Bộ trưởng", "Thủ trưởng cơ quan ngang bộ", "Thủ trưởng cơ quan thuộc Chính phủ",
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
    ]


def test_generic_parties_pattern():
    from vanban.loaders.parties import GENERIC_PARTIES

    for s in ("các cơ quan, đơn vị, tổ chức, cá nhân có liên quan", "các tổ chức, hộ gia đình, cá nhân có liên quan",
              "các cơ quan, đơn vị, tổ chức, hộ kinh doanh, cá nhân có liên quan", "các tổ chức, cá nhân"):
        assert GENERIC_PARTIES.fullmatch(s) is not None, s
    # a body named with them is a body: "Các cơ quan, đơn vị thuộc Ủy ban nhân dân tỉnh" ends with no "cá nhân"
    assert GENERIC_PARTIES.fullmatch("Các cơ quan, đơn vị thuộc Ủy ban nhân dân tỉnh") is None


def test_passive_assigned_ending_a_title_opens_no_list_of_tasks():
    # "**Điều 3. Thẩm quyền quyết định bổ sung tiêu chuẩn, định mức … đổi mới sáng tạo và nhiệm vụ được giao**" / "1. Đối với
    # trường hợp bổ sung số lượng …" / "a) Sở Khoa học và Công nghệ quyết định đối với …" (QĐ 83/2025/QĐ-UBND of UBND tỉnh Bắc
    # Ninh): "được giao" was read as an article that assigns its items ("Hội đồng nhân dân tỉnh giao:"), and the powers it
    # confers as three tasks of "Sở Khoa học và Công nghệ quyết định".
    tasks = _tasks("b1ce4a2380c2c8e3.md")
    assert list(tasks) == ["Điều 6.3"]
    from vanban.loaders.tasks import ASSIGNING_LEAD

    assert ASSIGNING_LEAD.search("Điều 3. Hội đồng nhân dân tỉnh giao:") is not None
    assert ASSIGNING_LEAD.search("… đổi mới sáng tạo và nhiệm vụ được giao** ") is None


def test_execution_list_cut_from_its_khoan_keeps_the_khoan():
    # "**Điều 15. Hiệu lực thi hành**" / "1. Quyết định này có hiệu lực …" / "2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám
    # đốc" / "các Sở: Tài chính, Tư pháp; … chịu trách nhiệm thi hành Quyết định này./." (QĐ 44/2025/QĐ-CTUBND of Chủ tịch
    # UBND tỉnh Gia Lai): the closing paragraph cut from khoản 2 was labelled "Điều 15".
    tasks = _tasks("879553949728a7dc.md")
    assert "Điều 15" not in tasks
    assert tasks["Điều 15.2"][:3] == ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Tài chính", "Giám đốc Sở Tư pháp"]


def test_office_holder_only_held_to_account_is_no_doer():
    # "2. Cơ quan, đơn vị thực hiện nội dung chi theo Phụ lục III có trách nhiệm rà soát, đối chiếu, …. Người đứng đầu cơ
    # quan, đơn vị chịu trách nhiệm trước pháp luật về tính chính xác, đầy đủ trong việc thực hiện chi trả." (NQ
    # 78/2025/NQ-HĐND of HĐND thành phố Hà Nội): the head answerable was a second doer.
    assert _tasks("d2ab0055765c27e8.md")["Điều 7.2"] == ["Cơ quan, đơn vị"]  # (its name read up to "thực hiện")
    from vanban.loaders.tasks import _without_accountable_only

    # a body given work in the same sentence stays: "- Giao Trưởng Thuế các tỉnh, thành phố tập trung chỉ đạo … và chịu
    # trách nhiệm trước Cục về chất lượng triển khai." (a Công văn of Cục Thuế)
    body = (
        "- Giao Trưởng Thuế các tỉnh, thành phố tập trung chỉ đạo triển khai thực hiện các nội dung hỗ trợ và chịu trách nhiệm "
        "trước Cục về chất lượng triển khai. - Sở Tài chính phối hợp thực hiện."
    )
    names = ["Trưởng Thuế các tỉnh, thành phố", "Sở Tài chính"]
    assert _without_accountable_only(body, names) == names


def test_item_that_refers_to_other_rules_is_no_task():
    # "**Điều 8. Tổ chức thực hiện**" / … / "4. Các nội dung liên quan không quy định tại Quyết định này được thực hiện theo
    # quy định tại Nghị định số 77/2025/NĐ-CP …" (QĐ 123/2025/QĐ-CTUBND of Chủ tịch UBND thành phố Huế): a task of no doer.
    tasks = _tasks("e598d95fb5f390a4.md")
    assert [s for s in tasks if s.startswith("Điều 8.")] == ["Điều 8.1.a", "Điều 8.1.b", "Điều 8.2", "Điều 8.3"]
    from vanban.loaders.tasks import RESIDUAL_RULE

    assert RESIDUAL_RULE.match("2. Các nội dung khác không quy định tại Nghị quyết này thì thực hiện theo quy định", 3)
    assert RESIDUAL_RULE.match("Những vấn đề chưa được quy định tại Quy chế này thực hiện theo pháp luật")
    assert RESIDUAL_RULE.match("Các cơ quan, đơn vị có liên quan thực hiện theo quy định tại Quyết định này") is None


def test_related_units_of_a_ministry_keep_the_list_going():
    # "2. Chánh Văn phòng, Vụ trưởng Vụ Giáo dục Phổ thông, Thủ trưởng các đơn vị có liên quan thuộc Bộ Giáo dục và Đào tạo,
    # Chủ tịch Ủy ban nhân dân tỉnh, thành phố, Giám đốc Sở Giáo dục và Đào tạo, các cơ quan, tổ chức và cá nhân có liên
    # quan chịu trách nhiệm thi hành Thông tư này" (TT 24/2025/TT-BGDĐT): "có" read as the predicate ended the list at "Thủ
    # trưởng các đơn vị", the chairmen and directors lost.
    assert _tasks("d3ec59a0ceeaeb95.md")["Điều 3.2"] == [
        "Chánh Văn phòng", "Vụ trưởng Vụ Giáo dục Phổ thông",
        "Thủ trưởng các đơn vị có liên quan thuộc Bộ Giáo dục và Đào tạo", "Chủ tịch Ủy ban nhân dân tỉnh, thành phố",
        "Giám đốc Sở Giáo dục và Đào tạo",
    ]
    from vanban.loaders.parties import name_at

    # "có liên quan" before a predicate still ends the name
    assert name_at("Các đơn vị có liên quan chịu trách nhiệm thi hành", 0)[0] == "Các đơn vị"


def test_holder_of_capitalised_kinds_is_one_name():
    # "1. Giám đốc các Ban, Sở, ngành có liên quan; Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu và Thủ trưởng các đơn
    # vị thoát nước có trách nhiệm tổ chức, triển khai thực hiện quy định này." (the Quy định of QĐ 223/2025/QĐ-UBND of UBND
    # thành phố Hải Phòng): "Sở, ngành" was cut off as a body of its own.
    assert _tasks("ef57df9384270c6e.md")["Điều 28.1"] == [
        "Giám đốc các Ban, Sở, ngành", "Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu", "Thủ trưởng các đơn vị thoát nước",
    ]
    from vanban.loaders.parties import split_names

    # the departments and branches after a body named in full stay a body of their own (corpus 011)
    assert split_names("Sở Nông nghiệp và Môi trường và Sở, ngành trực tiếp quản lý") == [
        "Sở Nông nghiệp và Môi trường", "Sở, ngành trực tiếp quản lý",
    ]


def test_points_of_a_directing_khoan_are_the_holders():
    # "**Điều 19. Trách nhiệm của Sở Xây dựng**" / "8. Chỉ đạo các đơn vị thoát nước, xử lý bùn thải … tổ chức thực hiện
    # các công tác:" / "a) Tiếp nhận vận hành, bảo trì …" (the Quy định of QĐ 223/2025/QĐ-UBND of UBND thành phố Hải
    # Phòng): the units directed were the points' doers.
    tasks = _tasks("ef57df9384270c6e.md")
    assert tasks["Điều 19.8.a"] == tasks["Điều 19.8.c"] == ["Sở Xây dựng"]
    # a khoản that names its own holder keeps it: "**Điều 14. Trách nhiệm của Ủy ban nhân dân các cấp**" / "1. Trách nhiệm
    # của Ủy ban nhân dân cấp tỉnh" / "a) Nâng cấp, hoàn thiện …" (NĐ 297/2025/NĐ-CP)
    decree = _tasks("a4af79c6669a4264.md")
    assert decree["Điều 14.1.a"] == ["Ủy ban nhân dân cấp tỉnh"]
    assert decree["Điều 14.2.b"] == ["Ủy ban nhân dân cấp xã"]


def test_khoan_naming_its_holders_without_cua_and_a_funding_khoan():
    # "**Điều 10. Trách nhiệm thực hiện**" / "1. Kinh phí thực hiện" / "Kinh phí thực hiện được đảm bảo từ nguồn ngân sách
    # …" / "2. Trách nhiệm của Sở Nội vụ" / "a) …" / "3. Trách nhiệm các cơ quan, đơn vị cấp thành phố và Ủy ban nhân dân
    # xã, phường" / "a) Tổ chức triển khai …" / "b) …" (the Quy định of QĐ 2579/QĐ-UBND of UBND thành phố Cần Thơ): the
    # funding khoản was a task of no doer, khoản 3 (17 words, no "của") one task of "Các cơ quan, đơn vị" only.
    tasks = _tasks("1a434d0a7e14dc93.md")
    assert "Điều 10.1" not in tasks and "Điều 10.3" not in tasks
    assert tasks["Điều 10.3.a"] == ["Các cơ quan, đơn vị cấp thành phố", "Ủy ban nhân dân xã, phường"]
    assert tasks["Điều 10.2.a"] == ["Sở Nội vụ"]
    from vanban.loaders.parties import RESPONSIBLE_HEAD_BARE, addressed_doer

    assert addressed_doer("Trách nhiệm thực hiện", RESPONSIBLE_HEAD_BARE) is None


def test_holder_of_two_offices_of_one_kind():
    # "Thủ trưởng cơ quan Kho bạc nhà nước, cơ quan Thuế tại tỉnh Đồng Tháp" (QĐ 139/2025/QĐ-UBND of UBND tỉnh Đồng Tháp,
    # Điều 5.1): one name, the tax office's head lost.
    doers = _tasks("a16f8b41d34cc524.md")["Điều 5.1"]
    assert "Thủ trưởng cơ quan Kho bạc nhà nước" in doers and "Thủ trưởng cơ quan Thuế" in doers
    from vanban.loaders.parties import split_names

    assert split_names("Thủ trưởng các cơ quan, đơn vị") == ["Thủ trưởng các cơ quan, đơn vị"]
