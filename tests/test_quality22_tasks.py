"""Tasks and their assignees on patterns of real documents (session 13): the holder of an article of duties (its title, its
lead sentence, or the body the regulation is about), the item that names its own doer under it, a place pair inside a name,
a bare office whose duties a heading lists."""

from __future__ import annotations

from pathlib import Path

from vanban.loaders.extract import extract
from vanban.loaders.parties import RESPONSIBLE_HEAD, addressed_doer, assignees, split_names
from vanban.loaders.read import read_file
from vanban.loaders.records import Header
from vanban.loaders.tasks import BARE_DUTIES_TITLE, REGULATION_OF, _duties_lead, regulation_subject
from vanban.loaders.text import make_text

REALDOCS = Path(__file__).parent / "data" / "realdocs"


def _tasks(name: str) -> dict[str, list[str]]:
    return {t.section: t.assigned_to for t in extract(read_file(REALDOCS / name)).tasks}


def test_bare_duties_titles():
    for title in ("Nhiệm vụ", "Nhiệm vụ, quyền hạn", "Nhiệm vụ và quyền hạn", "Chức năng, nhiệm vụ", "Trách nhiệm"):
        assert BARE_DUTIES_TITLE.fullmatch(title), title
    # a title that names its holder, or lists tasks of a plan
    for title in ("Nhiệm vụ của Trưởng ban", "Nhiệm vụ và giải pháp", "Nhiệm vụ trọng tâm"):
        assert not BARE_DUTIES_TITLE.fullmatch(title), title


def test_the_regulation_s_subject_from_its_title_in_the_text_s_case():
    # QĐ 2696/QĐ-UBND of UBND tỉnh Quảng Trị: "BAN HÀNH ĐIỀU LỆ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA QUỸ BẢO VỆ MÔI TRƯỜNG TỈNH QUẢNG
    # TRỊ", the Điều lệ's "1. Quỹ Bảo vệ môi trường tỉnh" / "Quảng Trị là quỹ tài chính nhà nước …".
    title = "BAN HÀNH ĐIỀU LỆ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA QUỸ BẢO VỆ MÔI TRƯỜNG TỈNH QUẢNG TRỊ"
    assert REGULATION_OF.search(title).group("subject") == "QUỸ BẢO VỆ MÔI TRƯỜNG TỈNH QUẢNG TRỊ"
    text = make_text(f"{title}\n\n1. Quỹ Bảo vệ môi trường tỉnh\nQuảng Trị là quỹ tài chính nhà nước thuộc Sở Nông nghiệp")
    assert regulation_subject(text, Header(title=title)) == ["Quỹ Bảo vệ môi trường tỉnh Quảng Trị"]
    # written only in capitals: none; a title that is no regulation's: none
    assert regulation_subject(make_text(title), Header(title=title)) == []
    assert regulation_subject(text, Header(title="VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC PHÒNG, CHỐNG DỊCH BỆNH")) == []


def test_an_article_of_duties_naming_no_holder_is_the_regulation_subject_s():
    # "**Điều 3.** / **Nhiệm vụ**" / "2. Tham mưu cho Sở Nông nghiệp và Môi trường, UBND tỉnh trong việc phê duyệt …" / …
    # / "10. Thực hiện các nhiệm vụ khác do Ủy ban nhân dân tỉnh, Sở Nông nghiệp và Môi trường giao." (before: no one)
    tasks = _tasks("1f9faa032326f975.md")
    fund = ["Quỹ Bảo vệ môi trường tỉnh Quảng Trị"]
    assert tasks["Điều 3.2"] == fund
    assert tasks["Điều 3.10"] == fund


def test_the_holder_of_an_article_of_duties_over_the_bodies_its_items_direct():
    # "**Điều 4. Trách nhiệm của Ban Chỉ** / **đạo**" / "1. Giúp Thủ tướng Chính phủ:" / … / "đ) Chỉ đạo các bộ, ngành, địa
    # phương và các cơ quan thông tin đại chúng thực hiện công tác tuyên truyền …" (QĐ 170/QĐ-BCĐNNDL; before: the bodies
    # directed), while "1. Trách nhiệm của Ban Chỉ đạo" reads the same.
    tasks = _tasks("322358d6040a153b.md")
    # (khoản 1 only introduces its points: one task per point since the convention for decisions and normative acts,
    # tests/test_quality25_decision_tasks.py; "Điều 4.1.đ" is the point that directs)
    assert [tasks[f"Điều 4.1.{x}"] for x in "abcdđ"] == [["Ban Chỉ đạo"]] * 5
    # An item whose first clause names its own doer keeps it: "2. Phó Trưởng ban thường trực chủ trì cuộc họp Ban Chỉ đạo
    # …" under "Điều 6. Trách nhiệm của các Phó Trưởng ban" (the Quy chế of Ban Chỉ đạo quốc gia về … bán dẫn).
    assert _tasks("c258e5aa7ee387c3.md")["Điều 6.2"] == ["Phó Trưởng ban thường trực"]


def test_a_bare_office_whose_duties_the_heading_lists():
    # "**Điều 5. Trách nhiệm của Trưởng** / **ban**" / "1. Quyết định và chịu trách nhiệm trước Chính phủ …" (before: none)
    assert addressed_doer("Trách nhiệm của Trưởng ban", RESPONSIBLE_HEAD) == "Trưởng ban"
    assert addressed_doer("Nhiệm vụ của Trưởng khoa:", RESPONSIBLE_HEAD) == "Trưởng khoa"
    assert addressed_doer("Trách nhiệm của thành viên", RESPONSIBLE_HEAD) is None
    assert _tasks("c258e5aa7ee387c3.md")["Điều 5.1"] == ["Trưởng ban"]


def test_a_place_pair_inside_a_name_is_no_body():
    # "10. Phối hợp thực hiện công tác bảo tồn, phát huy giá trị di sản trên địa bàn các phường Hội An, Hội An Đông, Hội An
    # Tây, xã Tân Hiệp và Khu Dự trữ sinh quyển thế giới Cù Lao Chàm - Hội An." (QĐ 2641/QĐ-UBND of UBND thành phố Đà Nẵng:
    # "Hội An" was read as an association after the dash).
    item = (
        "Phối hợp thực hiện công tác bảo tồn, phát huy giá trị di sản trên địa bàn các phường Hội An, Hội An Đông, Hội An "
        "Tây, xã Tân Hiệp và Khu Dự trữ sinh quyển thế giới Cù Lao Chàm - Hội An."
    )
    assert assignees(item, True) == []
    assert _tasks("7599f6525eb44d2e.md")["Điều 2.10"] == ["Trung tâm Bảo tồn Di sản Văn hóa thế giới Hội An"]
    # A bullet run into the sentence before still opens its doer: "… rà soát. - Sở Y tế chủ trì …"
    assert assignees("Rà soát các quy định. - Sở Y tế chủ trì thực hiện.", True) == ["Sở Y tế"]


def test_a_plural_kind_before_its_members_fields():
    # "2. Các Bộ Quốc phòng, Công an: Chỉ đạo các đơn vị trực thuộc duy trì và huy động tối đa lực lượng …", "4. Các Bộ
    # Xây dựng và Công an: Phối hợp với Công an các địa phương …" (Công điện of Thủ tướng Chính phủ on the floods in Trung
    # Bộ; before: "Các Bộ Quốc phòng" and "Công an").
    assert split_names("Các Bộ Quốc phòng, Công an") == ["Bộ Quốc phòng", "Bộ Công an"]
    assert split_names("Các Bộ Xây dựng và Công an") == ["Bộ Xây dựng", "Bộ Công an"]
    assert assignees("Các Bộ Quốc phòng, Công an: Chỉ đạo các đơn vị trực thuộc duy trì", True)[:2] == [
        "Bộ Quốc phòng", "Bộ Công an"
    ]
    # a list whose next conjunct is a body of its own stays as it was
    assert split_names("Các Sở Y tế, Ủy ban nhân dân các xã") == ["Các Sở Y tế", "Ủy ban nhân dân các xã"]


def test_a_lead_sentence_whose_subject_holds_the_duties():
    # "Hằng năm, Quỹ Bảo vệ môi trường" / "có trách nhiệm:" (Điều 18 of the Điều lệ of Quỹ Bảo vệ môi trường tỉnh Quảng Trị),
    # "Điều 2. Ban Chỉ đạo có nhiệm vụ:", "Ban Kiểm soát có các nhiệm vụ và quyền hạn sau:".
    assert _duties_lead("Hằng năm, Quỹ Bảo vệ môi trường có trách nhiệm:") == ["Quỹ Bảo vệ môi trường"]
    assert _duties_lead("Ban Kiểm soát có các nhiệm vụ và quyền hạn sau:") == ["Ban Kiểm soát"]
    # the issuer directing, or speaking: no holder
    assert _duties_lead("Ủy ban nhân dân tỉnh yêu cầu các sở thực hiện các nhiệm vụ sau:") == []
    assert _duties_lead("Phó Thủ tướng Chính phủ có ý kiến chỉ đạo như sau:") == []
    assert _tasks("1f9faa032326f975.md")["Điều 18.1"] == ["Quỹ Bảo vệ môi trường"]


def test_an_article_whose_lead_gives_duties_to_bodies_lists_tasks():
    # QĐ 2816/QĐ-UBND of UBND tỉnh Đồng Nai: "**Điều 2. **Sở" / "Y tế, UBND cấp xã và các cơ quan, đơn vị có liên quan đến
    # các lĩnh vực kiến nghị" / "đơn giản hóa nêu tại Điều 1 của Quyết định này, có trách nhiệm:" / "1. Đối với các nội
    # dung đề xuất" / "giảm thời gian giải quyết thủ tục hành chính: Giao Sở Y tế chủ động triển khai, …" / "2. Đối với các
    # nội dung đề xuất" / "đơn giản hóa, kiến nghị các Bộ, ngành Trung ương: Thường xuyên theo dõi, phối hợp …" (before:
    # only the executing Điều 5).
    tasks = _tasks("24ac05c2c7c4518e.md")
    assert tasks["Điều 2.1"] == ["Sở Y tế"]  # the item's own, after its topic's label
    assert tasks["Điều 2.2"] == ["Sở Y tế", "Ủy ban nhân dân cấp xã", "Các cơ quan, đơn vị"]
    # The executing "Điều 5" too, a task of the decision's own beside its Điều 2 (it promulgates no plan).
    assert "Chánh Văn phòng Ủy ban nhân dân tỉnh" in tasks["Điều 5"]


def test_a_bold_heading_wrapped_over_two_lines_ends_the_item_s_start():
    # QĐ 4385/QĐ-BVHTTDL: "**2. Các cơ quan trực thuộc Bộ" / "Văn hóa, Thể thao và Du lịch**" / "" / "Chủ trì, phối hợp với
    # các Bộ, …" (13 words in bold: before, text_start ran on to "…Du lịch** Chủ trì,"), "**4. Nguồn lực" / "và việc sử dụng
    # nguồn lực để thực hiện quy hoạch**" / "" / "Nhu cầu vốn đầu tư …".
    tasks = {t.section: t for t in extract(read_file(REALDOCS / "448306af3d3a91f7.md")).tasks}
    assert tasks["IV.2"].text_start == "Các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch"
    assert tasks["II.4"].text_start == "Nguồn lực và việc sử dụng nguồn lực để thực hiện quy hoạch"


def test_a_lettered_point_whose_marker_an_emphasis_closes():
    # Same document: "**1. Viện Văn hóa, Nghệ thuật," / "Thể thao và Du lịch Việt Nam**" / "" / "*a) *Tổ chức tuyên" / "truyền
    # phổ biến nội dung quy hoạch …" (a web copy's italics around the letter): a point of the item, not its words.
    tasks = {t.section: t for t in extract(read_file(REALDOCS / "448306af3d3a91f7.md")).tasks}
    assert tasks["IV.1"].text_start == "Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam"


def test_goods_given_out_is_a_verb_that_ends_the_name():
    # "8. Bộ Tài chính xuất cấp, hỗ trợ gạo, vật tư theo đề nghị của các địa phương …" (Công điện on the floods in Trung
    # Bộ), "… các bộ, cơ quan liên quan xuất cấp theo thẩm quyền các loại hóa chất, …" (NQ 380/NQ-CP).
    assert assignees("Bộ Tài chính xuất cấp, hỗ trợ gạo, vật tư theo đề nghị của các địa phương", True) == ["Bộ Tài chính"]


def test_a_duty_to_delegate_is_the_holder_s():
    # "**Điều 5. Trách nhiệm của Trưởng** / **ban**" / … / "4. Ủy quyền cho Phó Trưởng ban hoặc các thành viên khác của Ban
    # Chỉ đạo giải quyết các công việc …" (before: the delegates).
    assert _tasks("c258e5aa7ee387c3.md")["Điều 5.4"] == ["Trưởng ban"]


def test_taking_charge_ends_the_name():
    # "3. Cơ quan, tổ chức, đoàn thể đứng ra tổ chức lễ cưới tập thể tại hội trường …" (QĐ 87/2025/QĐ-UBND of UBND tỉnh Lai
    # Châu).
    assert assignees("Cơ quan, tổ chức, đoàn thể đứng ra tổ chức lễ cưới tập thể tại hội trường", True) == [
        "Cơ quan, tổ chức, đoàn thể"
    ]


def test_a_regulation_named_by_what_it_rules():
    # Corpus 027 (a Kế hoạch of UBND tỉnh Nghệ An): "… NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ DÂN SỰ":
    # "quy định" a verb, the "của" the law's, no body a regulation is about.
    title = (
        "THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH "
        "NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ DÂN SỰ"
    )
    assert REGULATION_OF.search(title) is None
    for title, subject in (
        ("BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH", "BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH"),
        (
            "BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA TRUNG TÂM BẢO TỒN DI SẢN VĂN HÓA THẾ GIỚI "
            "HỘI AN",
            "TRUNG TÂM BẢO TỒN DI SẢN VĂN HÓA THẾ GIỚI HỘI AN",
        ),
    ):
        assert REGULATION_OF.search(title).group("subject") == subject


def test_the_body_a_decision_founds():
    # QĐ 2609/QĐ-TTg: "VỀ VIỆC THÀNH LẬP BAN QUẢN LÝ KHU KINH TẾ MỞ CHU LAI THÀNH PHỐ ĐÀ NẴNG"; corpus 062: "Về việc thành lập
    # Tổ tiếp công dân, xử lý đơn thư phục vụ bầu cử …".
    title = "VỀ VIỆC THÀNH LẬP BAN QUẢN LÝ KHU KINH TẾ MỞ CHU LAI THÀNH PHỐ ĐÀ NẴNG"
    assert REGULATION_OF.search(title).group("subject") == "BAN QUẢN LÝ KHU KINH TẾ MỞ CHU LAI THÀNH PHỐ ĐÀ NẴNG"
    assert REGULATION_OF.search("Về việc thành lập Tổ tiếp công dân").group("subject") == "Tổ tiếp công dân"
