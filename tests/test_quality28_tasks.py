"""Tasks of decisions, circulars and letters, round 28: a khoản that is only a body's name over points written "a)" alone
on their lines; "Trách nhiệm của X" after a number alone on its line; "Chi cục trưởng" a holder; parties in general with
businesses, communities and "… khác"; a repeal is no task; a business's duties are rules; an article without items
whose holder "có trách nhiệm:"; a charging item of "Hiệu lực thi hành"; a letter's unnumbered requests. Read on fresh
provinces' decisions, a circular and tax and customs letters (tests/data/realdocs, SOURCES.tsv; hand lists in
/work/fresh19_tasks/HANDCHECK.md of session 19)."""

from __future__ import annotations

from tests.realdoc_tasks import realdoc_tasks as _tasks


def test_points_alone_on_their_lines_under_a_khoan_that_names_a_body():
    # "1." / "Sở Nông nghiệp và Môi trường" / "" / "a)" / "Chủ trì phối hợp với các sở, ngành …" (the Quy định of QĐ
    # 96/2025/QĐ-UBND of UBND tỉnh Quảng Ninh, "Điều 18. Tổ chức thực hiện"): the first point followed a line that ends no
    # sentence and was read as that line's words, so the khoản was one task "Sở Nông nghiệp và Môi trường a) Chủ trì …".
    tasks = _tasks("adf53d885efc1c23-t.md")
    assert [s for s in tasks if s.startswith("Điều 18.1")] == [f"Điều 18.1.{x}" for x in ("a", "b", "c", "d", "đ", "e", "g")]
    assert tasks["Điều 18.1.a"] == ["Sở Nông nghiệp và Môi trường"]
    assert tasks["Điều 18.2.b"] == ["Công an tỉnh"]
    assert tasks["Điều 18.6.a"] == ["Báo và Phát thanh, truyền hình Quảng Ninh"]
    # "7." / "Trách nhiệm của Chủ tịch Ủy ban nhân dân cấp xã" / "a)" …: the heading's holder, read from its first word
    assert tasks["Điều 18.7.b"] == ["Chủ tịch Ủy ban nhân dân cấp xã"]


def test_charging_item_of_the_article_on_entry_into_force():
    # "**Điều 2.**** **Hiệu lực thi" / "hành" / "1. Sở Nông nghiệp và Môi trường có trách nhiệm hướng dẫn, tổ chức triển
    # khai, kiểm tra việc thực hiện Quyết định này. …" / "2. Quyết định này có hiệu lực …" (QĐ 96/2025/QĐ-UBND).
    tasks = _tasks("adf53d885efc1c23-t.md")
    assert tasks["Điều 2.1"] == ["Sở Nông nghiệp và Môi trường"]
    assert "Điều 2.2" not in tasks and "Điều 2.3" not in tasks  # the entry into force; "Quyết định này thay thế …"
    # "…; Thủ trưởng các sở, ban, ngành thuộc tỉnh; các cơ quan, đơn vị, tổ chức, cộng đồng dân cư, hộ gia đình, cá nhân có
    # liên quan chịu trách nhiệm thi hành Quyết định này": the communities and households are no doers.
    assert tasks["Điều 3"][-1] == "Thủ trưởng các sở, ban, ngành thuộc tỉnh"


def test_sub_department_head_and_article_whose_holder_has_duties_after_a_colon():
    tasks = _tasks("f48a2691d3f74ec4.md")
    # "…; Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu; Chi cục trưởng Chi cục Kiểm lâm và các tổ chức, cá nhân có liên
    # quan chịu trách nhiệm thi hành Quyết định này" (QĐ 39/2025/QĐ-UBND of UBND tỉnh Quảng Trị)
    assert tasks["Điều 3"][-1] == "Chi cục trưởng Chi cục Kiểm lâm"
    assert "Giám đốc Sở Nội vụ" in tasks["Điều 3"]
    # "**Điều 4. Tổ chức thực hiện**" / "Chi cục trưởng Chi cục Kiểm lâm có trách nhiệm:" / "Quy định thẩm quyền, …"
    assert tasks["Điều 4"] == ["Chi cục trưởng Chi cục Kiểm lâm"]


def test_business_duties_and_a_repeal_are_no_tasks():
    # "**Điều 6. Trách nhiệm của tổ chức, doanh nghiệp Việt Nam, cá nhân là người Việt Nam có sản phẩm, dịch vụ công nghệ số
    # được hưởng ưu đãi**" (TT 34/2025/TT-BKHCN): the beneficiaries' obligations, rules; "2. Thông tư số 40/2020/TT-BTTTT
    # … hết hiệu lực từ ngày …": a repeal.
    tasks = _tasks("bcb420579d35d2e9.md")
    assert list(tasks) == ["Điều 8.3", "Điều 8.4", "Điều 8.5"]
    assert tasks["Điều 8.4"] == ["Cục Công nghiệp công nghệ thông tin"]
    # "… Giám đốc Sở Khoa học và Công nghệ các tỉnh, thành phố trực thuộc Trung ương và các cơ quan, tổ chức, doanh nghiệp,
    # cá nhân có liên quan chịu trách nhiệm thi hành Thông tư này./."
    assert not any("doanh nghiệp" in n for n in tasks["Điều 8.5"])


def test_parties_in_general_end_with_khac():
    # "Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng cơ quan, tổ chức, đơn vị cấp tỉnh; Chủ tịch Ủy ban nhân dân cấp xã
    # và các đơn vị, tổ chức, cá nhân khác có liên quan chịu trách nhiệm thi hành Quyết định này./." (QĐ 105/2025/QĐ-UBND of
    # UBND tỉnh Phú Thọ)
    assert _tasks("d851211c9f1b590e.md")["Điều 5.2"][-1] == "Chủ tịch Ủy ban nhân dân cấp xã"
    from vanban.loaders.parties import GENERIC_PARTIES

    for s in ("Các đơn vị, tổ chức, cá nhân khác", "Các cơ quan, tổ chức, doanh nghiệp, cá nhân",
              "Các cơ quan, đơn vị, tổ chức, cộng đồng dân cư, hộ gia đình"):
        assert GENERIC_PARTIES.fullmatch(s) is not None, s
    for s in ("Các cơ quan, đơn vị, tổ chức", "Các doanh nghiệp", "Các hộ gia đình"):
        assert GENERIC_PARTIES.fullmatch(s) is None, s


def test_repeal_items():
    from vanban.loaders.tasks import REPEAL_ITEM

    for s in ("2. Thông tư số 40/2020/TT-BTTTT ngày 30 tháng 11 năm 2020 của Bộ trưởng Bộ Thông tin và Truyền thông hết "
              "hiệu lực từ ngày Thông tư này có hiệu lực thi hành", "2. Nghị quyết này thay thế Nghị quyết số 05/2022/NQ-HĐND",
              "2. Các Quyết định sau đây hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành:"):
        assert REPEAL_ITEM.match(s, 3) is not None, s
    # a task that names an instrument: "Quyết định số 15/2025/QĐ-TTg … Sở Tài chính hướng dẫn thực hiện" ends none's effect
    assert REPEAL_ITEM.match("1. Quyết định số 15/2025/QĐ-TTg được Sở Tài chính hướng dẫn thực hiện.", 3) is None


def test_letter_requests_without_numbered_items():
    # "Đề nghị Thuế tỉnh Lào Cai phối hợp với các cơ quan liên quan rà soát hồ sơ thuê đất, …" (CV 5665/CT-CS of Cục Thuế)
    assert _tasks("947faf570b64de0a.md") == {"1": ["Thuế tỉnh Lào Cai"]}
    # "Căn cứ quy định nêu trên và thực tế hồ sơ, đề nghị Thuế thành phố Hà Nội trao đổi cụ thể với Cục Thi hành án dân sự
    # thành phố Hà Nội về nội dung các bản án …" (CV 5529/CT-CS): "trao đổi" ends the name.
    assert _tasks("c07c9fc611a5356b.md") == {"1": ["Thuế thành phố Hà Nội"]}
    # "… nên đề nghị Công ty liên hệ với Bộ Khoa học và Công nghệ, Bộ Công Thương để được hướng dẫn theo thẩm quyền …" (CV
    # 39209/CHQ-GSQL of Cục Hải quan): a referral for guidance, no task.
    assert _tasks("e7f6002678c9c0a1.md") == {}


def test_reported_request_is_no_request():
    from vanban.loaders.letter_requests import DONE_WORD, REFERRAL, REQUEST

    s = "Bộ Nội vụ đã có Văn bản số 8091/BNV-TCBC ngày 17/9/2025 đề nghị các Bộ, ngành, địa phương báo cáo thực trạng"
    m = REQUEST.search(s)
    assert m is not None and not s[: m.start()].rstrip().endswith(",")  # no comma before: a request reported
    assert DONE_WORD.search("Trên cơ sở đó, Bộ đã tổng hợp,") is not None
    assert REQUEST.search("theo đề nghị của Giám đốc Sở Tài chính") is None
    assert REFERRAL.search("Công ty liên hệ với cơ quan thuế quản lý trực tiếp để được hướng dẫn thực hiện") is not None


def test_heads_of_bodies_listed_after_a_colon():
    from vanban.loaders.parties import assignees

    # "Thủ trưởng các cơ quan: Văn phòng UBND tỉnh, Sở Xây dựng, Sở Tài chính, Uỷ ban nhân dân cấp xã, các cơ quan, đơn vị
    # có liên quan căn cứ Quyết định thi hành./." (realdocs b6ae4bd4, a Quyết định of UBND tỉnh): the bodies, not the heads'
    # umbrella "Thủ trưởng các cơ quan" beside them.
    got = assignees("Thủ trưởng các cơ quan: Văn phòng UBND tỉnh, Sở Xây dựng, Sở Tài chính, Uỷ ban nhân dân cấp xã, các "
                    "cơ quan, đơn vị có liên quan căn cứ Quyết định thi hành", True)
    assert got[:3] == ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Xây dựng", "Sở Tài chính"]
    assert "Thủ trưởng các cơ quan" not in got
    # "… Chủ tịch Ủy ban nhân dân các xã, phường; Thủ trưởng các cơ quan, tổ chức và cá nhân có liên quan chịu trách nhiệm thi
    # hành Quyết định này" (QĐ 76/2025/QĐ-UBND of UBND tỉnh Hà Tĩnh, realdocs d5e470b7): "và cá nhân" is no part of a body
    got = assignees("Chủ tịch Ủy ban nhân dân các xã, phường; Thủ trưởng các cơ quan, tổ chức và cá nhân có liên quan chịu "
                    "trách nhiệm thi hành Quyết định này", True)
    assert got[-1] == "Thủ trưởng các cơ quan, tổ chức"


def test_letter_conveying_a_leaders_instructions():
    # "Xét báo cáo và đề xuất, kiến nghị của Ủy ban nhân dân tỉnh Hưng Yên …, Phó Thủ tướng Chính phủ Trần Hồng Hà có ý kiến
    # như sau:" / "Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên khẩn trương làm việc với các địa phương …; báo cáo Thủ tướng Chính
    # phủ kết quả trước ngày 03 tháng 12 năm 2025. Ủy ban nhân dân các tỉnh: Ninh Bình, Bắc Ninh, Phú Thọ, Tuyên Quang đẩy
    # nhanh các thủ tục …" (a Công văn of Văn phòng Chính phủ, realdocs 2c71d790): one task per directive sentence.
    tasks = _tasks("2c71d790ecdeb8d1.md")
    assert tasks == {
        "1": ["Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên"],
        "2": ["Ủy ban nhân dân tỉnh Ninh Bình", "Ủy ban nhân dân tỉnh Bắc Ninh", "Ủy ban nhân dân tỉnh Phú Thọ",
              "Ủy ban nhân dân tỉnh Tuyên Quang"],
    }
    from vanban.loaders.letter_requests import CONVEYING_LEAD

    # an answer's "Cục Thuế có ý kiến như sau:" conveys no leader's instructions: its sentences cite rules
    assert CONVEYING_LEAD.search("Về vấn đề này, Cục Thuế có ý kiến như sau:") is None
    assert CONVEYING_LEAD.search("Phó Thủ tướng Chính phủ Trần Hồng Hà có ý kiến chỉ đạo như sau:") is not None
