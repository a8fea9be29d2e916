"""Names stop where a conclusion's agreement or a party group's leading begins (session 9, lead's review).

Fragments written in the style of a Ban Thường vụ Tỉnh ủy's Kết luận (the numbered points of "kết luận như sau:").
"""

from __future__ import annotations

from vanban.loaders.parties import doers, name_at


def _names(s: str) -> list[str]:
    return [name for name, _start, _end in doers(s, opening=True)]


def test_a_conclusion_agreeing_ends_its_subject():
    s = "Ban Thường vụ Tỉnh ủy cơ bản đồng ý với nội dung Báo cáo số 120-BC/BCSĐ ngày 05/4/2026 của Ban cán sự đảng UBND tỉnh."
    assert name_at(s, 0)[0] == "Ban Thường vụ Tỉnh ủy"
    assert name_at("Thường trực Tỉnh ủy nhất trí với đề xuất của Ban Tổ chức Tỉnh ủy.", 0)[0] == "Thường trực Tỉnh ủy"
    s = "Ủy ban nhân dân tỉnh thống nhất với đề nghị của Sở Tài chính tại Tờ trình số 45/TTr-STC."
    assert name_at(s, 0)[0] == "Ủy ban nhân dân tỉnh"


def test_a_party_group_leading_with_a_comma_ends_its_name():
    s = "Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo UBND tỉnh tập trung tháo gỡ khó khăn cho các dự án."
    assert _names(s) == ["Ban cán sự đảng UBND tỉnh"]
    s = "Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Thường trực HĐND tỉnh giám sát việc thực hiện."
    assert _names(s) == ["Đảng đoàn Hội đồng nhân dân tỉnh"]


def test_names_that_hold_the_words_stay_whole():
    # "lãnh đạo" as a noun in a name, after a group head that is not a party group
    assert name_at("Lãnh đạo các sở, ngành chủ trì thực hiện.", 0)[0] == "Lãnh đạo các sở, ngành"
    # "đồng" and "nhất" inside names are not the agreement words
    assert name_at("Hội đồng nhân dân huyện nhất trí thông qua.", 0)[0] == "Hội đồng nhân dân huyện"


def test_a_procedures_nơi_nhận_hồ_sơ_does_not_end_the_plans_body():
    from vanban.loaders.records import Header
    from vanban.loaders.tasks import find_tasks
    from vanban.loaders.text import make_text

    doc = """ỦY BAN NHÂN DÂN
HUYỆN ĐỒNG VĂN
Số: 45/KH-UBND
Đồng Văn, ngày 10 tháng 5 năm 2024

KẾ HOẠCH
Tiếp nhận hồ sơ trực tuyến

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng phục vụ người dân.

II. NHIỆM VỤ
1. Văn phòng HĐND và UBND huyện tiếp nhận hồ sơ của tổ chức, công dân.
Nơi nhận hồ sơ: Bộ phận Một cửa huyện.
2. Phòng Tư pháp hướng dẫn thủ tục chứng thực, hoàn thành trước ngày 30/6/2024.

III. TỔ CHỨC THỰC HIỆN
Phòng Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch này./.

Nơi nhận:
- Lưu: VT.
"""
    tasks = find_tasks(make_text(doc), Header())
    # the old pattern ended the body at "Nơi nhận hồ sơ:", losing item 2
    assert [t.section for t in tasks][:2] == ["II.1", "II.2"]
    assert tasks[1].deadline == "2024-06-30"
