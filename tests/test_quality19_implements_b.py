"""Implements, round 19 (b): what the first round left. A decision copied from a legal library whose metadata table
writes its fields with table bars and no colon ("Số hiệu | 1589/QĐ-TTg |"), so its header, its title in capitals
and the law that title carries out were not read; a title running into a preamble whose opening word a PDF broke
("Thực" / "hiện Kế hoạch số …"); purpose clauses opened by "Nhằm …", "Để cụ thể hóa …" or closed by the issuer's
own plan ("…, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:"); one Đề án written twice (by its name in the title and
body, and as the Quyết định that approves it); a news page that reports the plan issued in carrying out a programme.
Fragments are written in the style of the real documents read (a Thủ tướng's decision from a legal library, a
commune's plans, a province's plan carrying out a national Đề án, a district's news page)."""

from vanban.loaders.extract import extract
from vanban.loaders.header import LIBRARY_FIELD
from vanban.loaders.implementing_spans import (
    DIRECTIVE_CLOSE,
    ISSUING_CLAUSE,
    OPENING,
    PURPOSE_CARRY_OUT,
    _opens_across,
)
from vanban.loaders.text import make_text


def _record(raw: str):
    return extract(make_text(raw))


def _implemented(raw: str) -> list[str]:
    return [c.number or c.surface for c in _record(raw).implements]


def _cited(raw: str) -> list[str]:
    return [c.number or c.surface for c in _record(raw).cites]


# ---------------------------------------------------------------------------- a library's table with bars

_LIBRARY_DECISION = (
    "Quyết định 1589/QĐ-TTg năm 2025 về Kế hoạch triển khai thi hành Luật Tổ chức chính quyền địa phương "
    "72/2025/QH15 do Thủ tướng Chính phủ ban hành\n"
    "Số hiệu | 1589/QĐ-TTg |\nNgày ban hành | 24/07/2025 |\nLoại văn bản | Quyết định |\n"
    "Cơ quan ban hành | Thủ tướng Chính phủ |\nNgười ký | Nguyễn Hòa Bình |\n"
    "THỦ TƯỚNG CHÍNH\nPHỦ |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 1589/QĐ-TTg |\n"
    "Hà Nội, ngày 24 tháng 7 năm 2025 |\n"
    "BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG SỐ 72/2025/QH15\n"
    "THỦ TƯỚNG CHÍNH PHỦ\n"
    "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"
    "Căn cứ Nghị định số 80/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ về tổ chức thi hành văn bản quy "
    "phạm pháp luật;\n"
    "Theo đề nghị của Bộ trưởng Bộ Nội vụ.\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Tổ chức chính quyền địa phương số "
    "72/2025/QH15.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký ban hành.\n"
)


def test_library_field_with_a_bar_for_its_colon():
    # The line as the header cleans it (its bars blanked).
    assert LIBRARY_FIELD.match("Số hiệu 1589/QĐ-TTg")
    assert LIBRARY_FIELD.match("Cơ quan ban hành Thủ tướng Chính phủ")
    assert LIBRARY_FIELD.match("Số hiệu: 612/QĐ-UBND")
    assert LIBRARY_FIELD.match("Số hiệuvăn bản") is None
    assert LIBRARY_FIELD.match("Số: 1589/QĐ-TTg") is None


def test_a_library_copy_s_title_in_capitals_is_read_and_the_law_it_carries_out_implemented():
    r = _record(_LIBRARY_DECISION)
    assert r.document.title == (
        "BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG SỐ 72/2025/QH15"
    )
    assert r.document.issuer == "Thủ tướng Chính phủ"
    assert "72" in [c.number for c in r.implements]
    assert "80" in [c.number for c in r.implements]


# ---------------------------------------------------------------------------- an opening broken over two lines

_COMMUNE_PLAN = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 25/KH-UBND\nTân Phú, ngày 15 tháng 3 năm 2024\n\n"
    "KẾ HOẠCH\nTổ chức Ngày hội văn hóa, thể thao các dân tộc xã Tân Phú năm 2024\n"
    "{preamble}\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Tăng cường khối đại đoàn kết toàn dân tộc, thực hiện Nghị quyết số 12-NQ/HU của Huyện ủy.\n"
)


def _plan(preamble: str) -> str:
    return _COMMUNE_PLAN.format(preamble=preamble)


def test_an_opening_broken_after_its_first_word():
    assert _opens_across("Thực", "hiện Kế hoạch số 45/KH-UBND ngày 10/3/2024")
    assert _opens_across("**Căn**", "cứ Luật Tổ chức chính quyền địa phương")
    assert not _opens_across("Thực", "tế cho thấy công tác tuyên truyền còn hạn chế.")
    assert not _opens_across("Tổ chức Ngày hội", "hiện Kế hoạch số 45")


def test_a_title_ends_before_an_opening_broken_over_two_lines():
    raw = _plan(
        "Thực\nhiện Kế hoạch số 45/KH-UBND ngày 10/3/2024 của Ủy ban nhân dân huyện về tổ chức Ngày hội văn hóa, "
        "thể thao các dân tộc năm 2024; Ủy ban nhân dân xã xây dựng Kế hoạch như sau:"
    )
    r = _record(raw)
    assert [c.number for c in r.implements] == ["45"]  # not the body's Nghị quyết 12
    assert r.document.title == "Tổ chức Ngày hội văn hóa, thể thao các dân tộc xã Tân Phú năm 2024"


# ---------------------------------------------------------------------------- purpose clauses

def test_purpose_openings():
    assert OPENING.match("Nhằm triển khai thực hiện Kế hoạch số 45")["open"] == "Nhằm triển khai thực hiện"
    assert OPENING.match("Để cụ thể hóa Nghị quyết số 05-NQ/ĐU")["open"] == "Để cụ thể hóa"
    assert OPENING.match("Nhằm cụ thể hoá Chỉ thị số 05-CT/TW")["open"] == "Nhằm cụ thể hoá"
    assert OPENING.match("Nhằm nâng cao nhận thức của phụ huynh")["open"] == "Nhằm"  # not implementing
    assert PURPOSE_CARRY_OUT.match("Nhằm thực hiện tốt Kế hoạch số 45/KH-UBND")
    assert PURPOSE_CARRY_OUT.match("Nhằm thực hiện thắng lợi Nghị quyết Đại hội") is None
    assert DIRECTIVE_CLOSE.search(", Ủy ban nhân dân xã xây dựng Kế hoạch như sau:")["name"] == "Ủy ban nhân dân xã"
    assert DIRECTIVE_CLOSE.search(", UBND huyện ban hành kế hoạch thực hiện, cụ thể như sau:")["name"] == "UBND huyện"
    assert DIRECTIVE_CLOSE.search(", Ủy ban nhân dân xã xây dựng trụ sở mới:") is None


def test_nham_trien_khai_implements():
    raw = _plan(
        "Nhằm triển khai thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2024 của Ủy ban nhân dân huyện về tổ chức Ngày "
        "hội văn hóa, thể thao các dân tộc năm 2024, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:"
    )
    assert _implemented(raw) == ["45"]


def test_cu_the_hoa_implements():
    raw = _plan(
        "Để cụ thể hóa Nghị quyết số 05-NQ/ĐU ngày 10/3/2024 của Đảng ủy xã về phát triển văn hóa, Ủy ban nhân dân "
        "xã ban hành Kế hoạch thực hiện như sau:"
    )
    assert _implemented(raw) == ["05"]


def test_a_purpose_clause_closed_by_the_issuer_s_own_plan_implements():
    for opening in ("Nhằm thực hiện tốt", "Để thực hiện", "Để thực hiện có hiệu quả"):
        raw = _plan(
            f"{opening} Kế hoạch số 45/KH-UBND ngày 10/3/2024 của Ủy ban nhân dân huyện về tổ chức Ngày hội văn "
            "hóa, thể thao các dân tộc năm 2024, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:"
        )
        assert _implemented(raw) == ["45"], opening


def test_a_goal_or_another_body_s_plan_does_not():
    goal = _plan(
        "Để thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ xã lần thứ XX, Ủy ban nhân dân xã xây dựng Kế hoạch "
        "như sau:"
    )
    assert _implemented(goal) == []
    other = _plan(
        "Để thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2024 của Ủy ban nhân dân huyện, Hội Nông dân xã xây dựng "
        "Kế hoạch như sau:"
    )
    assert _implemented(other) == []
    assert "45" in _cited(other)


def test_trien_khai_opening_with_the_commune_s_own_plan():
    raw = _plan(
        "Triển khai Kế hoạch số 45/KH-UBND ngày 10/3/2024 của Ủy ban nhân dân huyện về tổ chức Ngày hội văn hóa, "
        "thể thao các dân tộc năm 2024, UBND xã xây dựng Kế hoạch triển khai thực hiện như sau:"
    )
    assert _implemented(raw) == ["45"]


# ---------------------------------------------------------------------------- one Đề án, one entry

_PROVINCE_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\n-------\n\nSố: 62/KH-UBND\n\nTuyên Quang, ngày 28 tháng 4 năm 2021\n\n"
    "KẾ HOẠCH\n\n"
    "THỰC HIỆN ĐỀ ÁN TRỒNG 1 TỶ CÂY XANH CỦA CHÍNH PHỦ TRÊN ĐỊA BÀN TỈNH TUYÊN QUANG, GIAI ĐOẠN 2021 - 2025\n\n"
    "Căn cứ Luật Lâm nghiệp năm 2017;\n\n"
    "Căn cứ Quyết định số 524/QĐ-TTg ngày 01/4/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Trồng 1 tỷ cây xanh "
    "giai đoạn 2021-2025”;\n\n"
    "Ủy ban nhân dân tỉnh Tuyên Quang xây dựng Kế hoạch thực hiện Đề án trồng 1 tỷ cây xanh của Chính phủ trên địa "
    "bàn tỉnh, giai đoạn 2021- 2025, cụ thể như sau:\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\nTriển khai thực hiện có hiệu quả Đề án trồng 1 tỷ cây xanh của Chính phủ.\n"
)


def test_a_project_named_with_its_owner_is_the_decision_that_approves_it():
    r = _record(_PROVINCE_PLAN)
    assert [c.number or c.surface for c in r.cites] == ["Luật Lâm nghiệp năm 2017", "524"]
    assert [c.number or c.surface for c in r.implements] == ["Luật Lâm nghiệp năm 2017", "524"]


def test_a_project_of_another_body_stays_its_own_instrument():
    # The province's own Đề án of the same name is not the Thủ tướng's decision.
    raw = _PROVINCE_PLAN.replace("Đề án trồng 1 tỷ cây xanh của Chính phủ trên", "Đề án trồng 1 tỷ cây xanh của "
                                 "Ủy ban nhân dân tỉnh trên")
    assert any(c.doc_type == "Đề án" for c in _record(raw).cites)


# ---------------------------------------------------------------------------- a report of an issuance

_NEWS = (
    "Hải Phòng, ngày 18 tháng 11 năm 2019\n"
    "    Thực hiện Chương trình hành động số 16-CTr/TU ngày 25/3/2008 của Ban Thường vụ Thành ủy về đẩy mạnh cải "
    "cách hành chính, nâng cao hiệu lực, hiệu quả quản lý của bộ máy nhà nước; Nghị quyết Đại hội Đảng bộ Thuỷ "
    "Nguyên lần thứ XXIII và chủ đề năm 2011 của huyện “Phát triển đô thị, xây dựng nông thôn mới và đảm bảo an sinh "
    "xã hội”, ngày 13/5/2011, Ủy ban nhân dân huyện ban hành Kế hoạch số 42/KH-UBND về thực hiện cải cách hành chính "
    "năm 2011.\n"
    "    Trên cơ sở kế hoạch của Uỷ ban nhân dân huyện, đề nghị các phòng chuyên môn và UBND các xã, thị trấn tổ chức "
    "xây dựng kế hoạch thực hiện tại cơ quan, đơn vị mình.\n"
)


def test_issuing_clause_pattern():
    assert ISSUING_CLAUSE.search(", ngày 13/5/2011, Ủy ban nhân dân huyện ban hành Kế hoạch số 42/KH-UBND")
    assert ISSUING_CLAUSE.search(", Sở Y tế đã ban hành Công văn số 512/SYT-NVY")["name"] == "Sở Y tế"
    # Not a plan without a number ("… ban hành Kế hoạch triển khai thi hành Luật …"), nor a decision's subject.
    assert ISSUING_CLAUSE.search(", Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thi hành Luật Đất đai") is None
    assert ISSUING_CLAUSE.search(" của Thủ tướng Chính phủ ban hành Kế hoạch số 12/KH-TTg") is None


def test_a_news_page_does_not_implement_the_plan_it_reports_on():
    r = _record(_NEWS)
    assert "42" in [c.number for c in r.cites]
    assert [c.number or c.surface for c in r.implements][:1] == ["16"]
    assert "42" not in [c.number for c in r.implements]


# ---------------------------------------------------------------------------- a plan named by issuer and subject

def test_owned_plan_patterns():
    from vanban.loaders.unnumbered_citations import OWNED_PLAN, OWNED_PLAN_OPENING, OWNED_PLAN_SUBJECT

    assert OWNED_PLAN.match("Kế hoạch của Ủy ban nhân dân huyện về tổ chức")["type"] == "Kế hoạch"
    assert OWNED_PLAN.match("Kế hoạch dân vận năm 2023 của Sở Y tế") is None  # NAMED_PLAN's
    assert OWNED_PLAN_OPENING.search("Thực hiện ")
    assert OWNED_PLAN_OPENING.search("theo ") is None
    assert OWNED_PLAN_SUBJECT.match(" về tổ chức Ngày hội")
    assert OWNED_PLAN_SUBJECT.match(", Ủy ban nhân dân xã xây dựng") is None


_OWNED = (
    "Thực hiện Kế hoạch của Ủy ban nhân dân huyện về tổ chức Ngày hội văn hóa, thể thao các dân tộc huyện Tân Phú "
    "năm 2024, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:"
)


def test_a_plan_named_by_its_issuer_and_subject_in_the_preamble_is_implemented():
    # Seeds README: an unnumbered instrument's surface is its name as written (type and issuer); its subject is
    # its title, as a numbered one's.
    r = _record(_plan(_OWNED))
    c, body = r.cites
    assert body.number == "12"
    assert (c.doc_type, c.number, c.surface) == ("Kế hoạch", None, "Kế hoạch của Ủy ban nhân dân huyện")
    assert c.title.startswith("tổ chức Ngày hội văn hóa")
    assert r.implements == [c]


def test_it_is_a_back_reference_when_the_issuer_s_numbered_plan_is_cited():
    raw = _plan(
        _OWNED.replace("huyện Tân Phú năm 2024,", "huyện Tân Phú năm 2024 (Kế hoạch số 45/KH-UBND ngày 10/3/2024 "
                       "của Ủy ban nhân dân huyện),")
    )
    assert _cited(raw) == ["45", "12"]
    assert _implemented(raw) == ["45"]


def test_a_plan_named_by_its_issuer_in_the_body_is_no_citation():
    raw = _plan("Ủy ban nhân dân xã xây dựng Kế hoạch như sau:").replace(
        "1. Tăng cường", "1. Triển khai Kế hoạch của Ủy ban nhân dân huyện về tổ chức Ngày hội. Tăng cường"
    )
    assert _cited(raw) == ["12"]
    # Nor one without a subject naming it: "Thực hiện Kế hoạch của Huyện ủy, …".
    bare = _plan("Thực hiện Kế hoạch của Huyện ủy, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:")
    assert _cited(bare) == ["12"]


def test_a_letter_s_opening_broken_after_its_first_word():
    raw = (
        "SỞ Y TẾ TỈNH NGHỆ AN\nSố: 512/SYT-NVY\nV/v tăng cường công tác phòng, chống dịch\n"
        "Nghệ An, ngày 12 tháng 3 năm 2024\n"
        "Kính gửi: Các bệnh viện tuyến tỉnh, Trung tâm Y tế các huyện, thành phố, thị xã.\n"
        "Thực\nhiện Công văn số 1234/UBND-VX ngày 05/3/2024 của UBND tỉnh về tăng cường phòng, chống dịch bệnh;\n"
        "Căn\ncứ Kế hoạch số 45/KH-SYT ngày 02/02/2024 của Sở Y tế,\n"
        "Sở Y tế đề nghị các đơn vị thực hiện một số nội dung sau:\n"
        "1. Triển khai Quyết định số 77/QĐ-BYT ngày 01/3/2024 của Bộ Y tế.\n"
    )
    assert _implemented(raw) == ["1234", "45"]
