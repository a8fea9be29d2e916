"""Where a body's name ends (round 4): verbs inside it ('lập', 'giao', 'chú trọng'), an object after
it ('các nội dung'), trailing conjunctions, compound nouns holding a verb ('Chương trình', 'công lập'),
'lĩnh vực' and 'đóng trên địa bàn', 'tổ chức' in a list of nouns, long lists of bodies. Fragments
copied from the corpus."""

from __future__ import annotations

from vanban.loaders.parties import (
    COMPOUND_NOUNS,
    LIST_GOES_ON,
    LOCATED_BEFORE,
    NOUN_BEFORE,
    TRAILING_FUNCTION_WORDS,
    assignees,
    name_at,
    split_names,
)


def test_verb_lap_ends_a_name():
    # corpus 055, 4.9.
    s = "Ban Thường trực Ủy ban MTTQ Việt Nam cấp xã lập báo cáo tình hình tổ chức hội nghị tiếp xúc cử tri"
    assert name_at(s, 0)[0] == "Ban Thường trực Ủy ban MTTQ Việt Nam cấp xã"
    # "công lập" is a noun: seed 002's "đơn vị sự nghiệp công lập".
    s = "Các cơ quan chuyên môn thuộc UBND huyện, đơn vị sự nghiệp công lập và UBND các xã, thị trấn tổ chức quán triệt"
    assert name_at(s, 0)[0] == "Các cơ quan chuyên môn thuộc UBND huyện, đơn vị sự nghiệp công lập và UBND các xã, thị trấn"


def test_object_after_an_addressee_ends_it():
    # corpus 079: "báo cáo Thường trực Hội đồng nhân dân tỉnh các nội dung có liên quan đến dự án …".
    s = "Thường trực Hội đồng nhân dân tỉnh các nội dung có liên quan đến dự án Trùng Dương - Thái Sơn"
    assert name_at(s, 0)[0] == "Thường trực Hội đồng nhân dân tỉnh"


def test_no_trailing_conjunction():
    # corpus 029: "báo cáo công tác giảm nghèo hàng năm của cơ quan, đơn vị và gửi về Sở Nông nghiệp…".
    assert name_at("cơ quan, đơn vị và gửi về Sở Nông nghiệp và Môi trường", 0)[0] == "cơ quan, đơn vị"
    # corpus 057 V.3: a line cut after "các".
    assert assignees("Ban Công tác Mặt trận các - Căn cứ Kế hoạch này, chủ động giám sát", True) == ["Ban Công tác Mặt trận"]
    assert TRAILING_FUNCTION_WORDS.sub("", "Cơ quan, đơn vị và") == "Cơ quan, đơn vị"
    assert TRAILING_FUNCTION_WORDS.sub("", "Các sở, ngành và các") == "Các sở, ngành"
    assert TRAILING_FUNCTION_WORDS.sub("", "Ủy ban nhân dân các xã") == "Ủy ban nhân dân các xã"


def test_compound_nouns_holding_a_verb():
    # corpus 011: "gửi về Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố và Sở, ngành trực tiếp quản lý".
    s = "Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố và Sở, ngành trực tiếp quản lý."
    assert name_at(s, 0)[0] == "Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố và Sở, ngành"
    assert {"chương trình", "công lập", "bầu cử", "giao thông"} <= COMPOUND_NOUNS
    assert name_at("Các tổ bầu cử tổ chức niêm yết danh sách cử tri", 0)[0] == "Các tổ bầu cử"


def test_field_of_activity_is_part_of_the_name():
    # corpus 015 V.7 heading.
    s = (
        "Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải, logistics và công nghệ thông tin"
        " trên địa bàn Tỉnh** - Chủ động phối hợp triển khai"
    )
    assert assignees(s, True) == [
        "Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải, logistics và công nghệ thông tin"
    ]
    assert NOUN_BEFORE.search("hoạt động trong lĩnh vực ")


def test_bodies_sitting_in_the_area():
    # corpus 025 VI.13 heading and corpus 032 IV.1.
    s = "Báo và Phát thanh, Truyền hình tỉnh và các cơ quan báo chí đóng trên địa bàn** Chủ trì, phối hợp chặt chẽ"
    assert assignees(s, True) == ["Báo và Phát thanh, Truyền hình tỉnh", "Các cơ quan báo chí đóng trên địa bàn"]
    s = (
        "Căn cứ Kế hoạch này, các Sở, ban, ngành, đoàn thể cấp tỉnh, cơ quan ngành dọc đóng trên địa bàn, Ủy ban"
        " nhân dân xã, phường xây dựng kế hoạch hoặc văn bản triển khai thực hiện"
    )
    assert assignees(s, True) == [
        "Các Sở, ban, ngành, đoàn thể cấp tỉnh, cơ quan ngành dọc đóng trên địa bàn",
        "Ủy ban nhân dân xã, phường",
    ]
    assert LOCATED_BEFORE.search("cơ quan báo chí đóng ")
    assert not LOCATED_BEFORE.search("đóng góp ")


def test_other_verbs_end_a_name():
    # corpus 025 VI.11: "UBND cấp xã chú trọng công bố các dữ liệu về dân cư…".
    assert assignees("a) Chủ động công bố dữ liệu mở. UBND cấp xã chú trọng công bố các dữ liệu về dân cư", True) == [
        "Ủy ban nhân dân cấp xã"
    ]
    # corpus 031 VI.21.
    s = "Các cơ sở đào tạo đại học ở các lĩnh vực ngành, nghề mở thêm chuyên ngành đào tạo về chuyển đổi số"
    assert name_at(s, 0)[0] == "Các cơ sở đào tạo đại học ở các lĩnh vực ngành, nghề"


def test_object_of_giao_after_a_subject_is_the_doer():
    # corpus 079 Điều 2.1.
    s = (
        "Hội đồng nhân dân tỉnh giao Thường trực Hội đồng nhân dân tỉnh, các Ban Hội đồng nhân dân tỉnh tiếp tục"
        " xem xét những vấn đề được nhiều đại biểu Hội đồng nhân dân quan tâm"
    )
    assert assignees(s, True) == ["Thường trực Hội đồng nhân dân tỉnh", "Các Ban Hội đồng nhân dân tỉnh"]


def test_plural_body_after_a_comma_is_a_body_of_its_own():
    # corpus 051, 4: "Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội …".
    assert split_names("Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội") == [
        "Mặt trận Tổ quốc Việt Nam",
        "các tổ chức chính trị - xã hội",
    ]
    # A shared complement stays: "Thủ trưởng, Chủ tịch công đoàn các đơn vị" (seed 000).
    assert split_names("Cấp ủy đảng, Thủ trưởng, Chủ tịch công đoàn các đơn vị") == [
        "Cấp ủy đảng các đơn vị",
        "Thủ trưởng các đơn vị",
        "Chủ tịch công đoàn các đơn vị",
    ]


def test_long_list_of_bodies_ended_by_a_predicate():
    # corpus 079 Điều 2.2 (34 words before "trong phạm vi").
    s = (
        "Ủy ban nhân dân, Chủ tịch và các thành viên Ủy ban nhân dân tỉnh, các Sở, ban, ngành, Hội đồng nhân dân,"
        " Ủy ban nhân dân các huyện, thành phố trực thuộc tỉnh trong phạm vi nhiệm vụ, quyền hạn của mình có trách"
        " nhiệm thực hiện Nghị quyết này."
    )
    got = assignees(s, True)
    assert "Các Sở, ban, ngành" in got and "Ủy ban nhân dân các huyện, thành phố trực thuộc tỉnh" in got


def test_to_chuc_in_a_list_of_nouns():
    # corpus 061 IV.2: "Đối với … thì cơ quan, tổ chức, đơn vị giới thiệu người ứng cử có trách nhiệm…".
    s = (
        "Trường hợp người ứng cử là đảng viên thì cơ quan, tổ chức, đơn vị giới thiệu người ứng cử có trách nhiệm"
        " phối hợp với Ủy ban nhân dân xã xác minh"
    )
    assert assignees(s, True) == ["Cơ quan, tổ chức, đơn vị giới thiệu người ứng cử"]
    # corpus 020: "… UBND xã, phường và các cơ quan, tổ chức có liên quan căn cứ Kế hoạch này".
    assert LIST_GOES_ON.match(" có liên quan căn cứ")
    # The verb "tổ chức" still ends a name: "Sở Y tế chủ trì, tổ chức, hướng dẫn".
    assert assignees("Sở Y tế tổ chức, hướng dẫn các đơn vị", True) == ["Sở Y tế"]


def test_subject_after_a_period_opening():
    from vanban.loaders.parties import PERIOD_OPENING, doers

    assert [d[0] for d in doers("Định kỳ 6 tháng, các cơ quan, đơn vị báo cáo kết quả")] == ["các cơ quan, đơn vị"]
    assert PERIOD_OPENING.match("Hằng năm, Sở Y tế tổng hợp")
    # corpus 002 IV.2: "định kỳ báo cáo kết quả thực hiện về Bộ Công an, UBND tỉnh theo quy định" has no subject.
    assert not PERIOD_OPENING.match("định kỳ báo cáo kết quả thực hiện về Bộ Công an, UBND tỉnh")
    assert assignees("2. Giao Công an tỉnh chủ trì; định kỳ báo cáo kết quả thực hiện về Bộ Công an, UBND tỉnh theo quy định") == [
        "Công an tỉnh"
    ]


def test_bold_closed_and_reopened_is_not_an_end():
    # corpus 042, item 1 heading.
    s = (
        "Giao người đứng đầu các cơ quan chuyên môn, cơ quan hành chính khác,** **các đơn vị sự nghiệp công lập trực"
        " thuộc Ủy ban nhân Thành phố; Chủ tịch** **Ủy ban nhân dân các xã, phường và đặc khu** - Tiếp tục triển khai"
    )
    got = assignees(s, True)
    assert got[-1] == "Chủ tịch Ủy ban nhân dân các xã, phường và đặc khu"
    # A real end of bold still ends the name (corpus 025 VI.13).
    assert name_at("Sở Y tế** Chủ trì triển khai", 0)[0] == "Sở Y tế"
