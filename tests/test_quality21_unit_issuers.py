"""A ministry's unit as a cited issuer, round 21: a type word right after the unit's head is the unit's name ("Vụ
Kế hoạch - Tài chính", not "Vụ" cut before "Kế hoạch"), and the unit named with its ministry after a comma ("Vụ …,
Bộ Y tế", "Cục …, Bộ Tư pháp") is one issuer, not cut at the comma; the document's issuer so written gives the unit and its ministry apart (realdocs ce52cc3a, a
letter of the Cục Lãnh sự Bộ Ngoại giao). The names are real: realdocs c8137925 (Công
văn 11208/BNV-KHTC), 295bcce4 (Quyết định 1383/QĐ-BNV), a Quảng Nam plan's Nơi nhận (test_quality18)."""

from pathlib import Path

from vanban.loaders.citation_issuers import body_name
from vanban.loaders.header import _unit_and_ministry

# realdocs c8137925, Công văn 11208/BNV-KHTC: "… về Bộ Nội vụ (qua Vụ Kế hoạch - Tài chính) để nghiên cứu".
_VIA_DEPARTMENT = "Vụ Kế hoạch - Tài chính) để nghiên cứu"
# realdocs 295bcce4, Quyết định 1383/QĐ-BNV: "Vụ trưởng Vụ Kế hoạch - Tài chính, Thủ trưởng các cơ quan, đơn vị".
_DEPARTMENT_IN_A_LIST = "Vụ Kế hoạch - Tài chính, Thủ trưởng các cơ quan, đơn vị"
# A Quảng Nam plan's Nơi nhận: "- Cục Kiểm tra văn bản quy phạm pháp luật, Bộ Tư pháp;".
_AGENCY_WITH_ITS_MINISTRY = "Cục Kiểm tra văn bản quy phạm pháp luật, Bộ Tư pháp; - Sở Y tế"


def _name(s: str) -> str | None:
    return body_name(s, 0, 0)[0]


def test_a_type_word_after_a_unit_s_head_is_the_unit_s_name():
    assert _name(_VIA_DEPARTMENT) == "Vụ Kế hoạch - Tài chính"
    # …and the next name after a comma stays another (no ministry follows).
    assert _name(_DEPARTMENT_IN_A_LIST) == "Vụ Kế hoạch - Tài chính"


def test_a_unit_named_with_its_ministry_after_a_comma_is_one_issuer():
    assert _name(_AGENCY_WITH_ITS_MINISTRY) == "Cục Kiểm tra văn bản quy phạm pháp luật, Bộ Tư pháp"
    # its ministry's name holding a comma of its own is read whole (codes.COMMA_PAIRS)
    assert _name("Vụ Kế hoạch - Tài chính, Bộ Văn hóa, Thể thao và Du lịch về việc") == (
        "Vụ Kế hoạch - Tài chính, Bộ Văn hóa, Thể thao và Du lịch"
    )


def test_two_ministries_after_a_comma_stay_two():
    # "… của Bộ Tài chính, Bộ Y tế" (a joint circular's issuers): the first is no unit.
    assert _name("Bộ Tài chính, Bộ Y tế về việc") == "Bộ Tài chính"
    # a type word after more than a unit's head still ends the name: "… của UBND tỉnh Kế hoạch số …"
    assert _name("Ủy ban nhân dân tỉnh Kế hoạch số 12") == "Ủy ban nhân dân tỉnh"


# realdocs ce52cc3a (a letter of the Cục Lãnh sự that a city's page copied from "Kính gửi:" on), kept with the tests.
_CONSULAR_LETTER = Path(__file__).parent / "data" / "realdocs" / "ce52cc3a1def51f6.md"


def test_a_department_written_with_its_ministry_gives_issuer_and_parent():
    from vanban.loaders.extract import extract
    from vanban.loaders.read import read_file

    # "… Cục Lãnh sự Bộ Ngoại giao xin trân trọng thông báo:" names the issuer in the body only.
    d = extract(read_file(_CONSULAR_LETTER)).document
    assert (d.issuer, d.issuer_parent) == ("Cục Lãnh sự", "Bộ Ngoại giao")
    # a ministry's department is a central body: the letter is no province's ("Sở Ngoại vụ thành phố Hồ Chí Minh"
    # among its recipients notwithstanding)
    assert d.province is None


def test_a_unit_and_its_ministry_apart():
    assert _unit_and_ministry("Cục Lãnh sự Bộ Ngoại giao") == ("Cục Lãnh sự", "Bộ Ngoại giao")
    assert _unit_and_ministry("Vụ Kế hoạch - Tài chính, Bộ Y tế") == ("Vụ Kế hoạch - Tài chính", "Bộ Y tế")
    assert _unit_and_ministry("Cục Quản lý giá - Bộ Tài chính") == ("Cục Quản lý giá", "Bộ Tài chính")
    # "bộ" inside a unit's own name, no ministry after it
    assert _unit_and_ministry("Cục Đường bộ Việt Nam") is None
    assert _unit_and_ministry("Vụ Tổ chức cán bộ") is None
