"""Task doers after an opening phrase or a condition (round 3). Fragments from the corpus."""

from __future__ import annotations

from vanban.loaders.parties import CONDITION, OPENING_END, WHICH_END, assignees


def test_subject_after_an_opening_phrase():
    # corpus 056 V.5 (comma after the name too).
    assert assignees(
        "Kết thúc cuộc bầu cử, Ban Thường trực Ủy ban MTTQ Việt Nam phường, chịu trách nhiệm tổng hợp báo cáo tình hình",
        True,
    ) == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường"]
    # corpus 077 Điều 3.1.
    assert assignees(
        "Trong thời gian giữa hai kỳ họp, Thường trực Hội đồng nhân dân tỉnh xem xét, lựa chọn những nội dung", True
    ) == ["Thường trực Hội đồng nhân dân tỉnh"]


def test_subject_after_thi():
    # corpus 061 IV.3: "Đối với người tự ứng cử … thì Ủy ban bầu cử có trách nhiệm…".
    assert assignees(
        "Đối với người tự ứng cử đại biểu Hội đồng nhân dân thì Ủy ban bầu cử có trách nhiệm phối hợp với cơ quan", True
    ) == ["Ủy ban bầu cử"]
    assert assignees("Đối với các dự án chậm tiến độ, thì cơ quan chủ quản chịu trách nhiệm báo cáo.", True) == [
        "Cơ quan chủ quản"
    ]
    assert OPENING_END.search("Đối với vụ việc ở khu dân cư thì cơ quan").group(0) == " thì "


def test_condition_lists_are_not_doers():
    # corpus 055: the bodies named inside a long condition are not its doers.
    s = (
        "trường hợp xác minh người ứng cử là đảng viên thuộc diện Bộ Chính trị, Ban Bí thư quản lý, đảng viên"
        " thuộc diện cấp ủy ở địa phương quản lý thì liên hệ với cơ quan có thẩm quyền"
    )
    assert "Ban Bí thư" not in assignees(s)
    assert CONDITION.match(s)
    # corpus 061 II.2: a short condition before its comma.
    assert assignees("Nếu người ứng cử thay đổi nơi ở, cơ quan giới thiệu phải thông báo kịp thời cho Ban Thường trực") == [
        "Cơ quan giới thiệu"
    ]
    # corpus 009: "thì đơn vị nào có số lượng … cao hơn" asks which one.
    assert assignees("Nếu có từ 02 địa phương trở lên có tổng số điểm bằng nhau thì đơn vị nào có số lượng mở tài khoản") == []
    assert WHICH_END.search("đơn vị nào")


def test_list_after_doi_voi_in_a_heading_is_not_a_doer():
    # corpus 021 III.1: criteria for the bodies listed, not a directive to them.
    s = "**b) Đối với Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị - xã hội** - Tổ chức sâu rộng các phong trào"
    assert "Các tổ chức chính trị - xã hội" not in assignees(s)


def test_opening_stops_at_the_clause_break():
    # corpus 051: "3.2. Đối với thôn dân cư: (1) Trưởng Ban công tác Mặt trận phối hợp với Bí thư chi bộ, Trưởng thôn họp…".
    got = assignees("Đối với thôn dân cư: (1) Trưởng Ban công tác Mặt trận phối hợp với Bí thư chi bộ, Trưởng thôn họp dự kiến", True)
    assert not any(n.startswith("Trưởng thôn họp") for n in got)
