"""Capital and small letter classes are exact: they are written with loaders/letters.py's letters.

A range such as "[A-ZĐÀ-Ỹ]" is no capital class (it spans "à"…"ÿ", "đ", "ư", "ơ", and U+1EA0–U+1EF9
alternates "Ạ ạ Ả ả …"), so "(?=[A-ZĐÀ-Ỹ])" took "ứng dụng" or "ở các cấp" for a name; the form
"[A-ZĐ\\u00C0-\\u00DD\\u1EA0-\\u1EF8]" missed the capitals "Ă Ĩ Ũ Ơ Ư" besides ("2. Ưu tiên …").
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from vanban.loaders import recipients, reports, sections, tasks

ROOT = Path(__file__).resolve().parent.parent
# A letter class written as a range over the accented letters: "À-Ỹ", "à-ỹ", "\u00C0-\u00DD", "\u1EA0-\u1EF8"…
RANGED_LETTERS = re.compile(r"[ÀàẠạ]-[ỸỹỴỵ]|\\u(?:00[cCdDeEfF]|1[eE][aAbBcCdDeEfF])[0-9a-fA-F]-\\u")


@pytest.mark.parametrize("folder", ["loaders", "graph", "queries", "vanban"])
def test_no_letter_class_is_a_range_of_accented_letters(folder: str) -> None:
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted((ROOT / folder).glob("*.py"))
        if path.name != "letters.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if RANGED_LETTERS.search(line)
    ]
    assert found == []


def test_the_range_check_sees_the_old_forms() -> None:
    old_forms = (r"(?=[A-ZĐÀ-Ỹ])", r"[a-zà-ỹđ]+", r"[A-ZĐ\u00C0-\u00DD\u1EA0-\u1EF8]", r"[a-zđ\u00E0-\u00FD\u1EA1-\u1EF9]")
    assert all(RANGED_LETTERS.search(old) for old in old_forms)
    assert not RANGED_LETTERS.search("Quyết định số 6311/QĐ-ĐHCT")


# Items whose next one opens with a capital of Latin Extended ("Ư"), by the pattern that finds it.
ITEMS_AFTER = {
    # A Kế hoạch's list (corpus 025).
    "next_list_item": (
        reports.NEXT_LIST_ITEM,
        "kiểm, cắt giảm mạnh thời gian, chi phí cho doanh nghiệp. - Ưu tiên dịch vụ công trực tuyến",
    ),
    # realdocs ec00bd6f: "3. Ưu tiên triển khai …" is the next numbered item.
    "next_numbered_item": (
        reports.NEXT_NUMBERED_ITEM,
        "pháp khác để thực hiện nhiệm vụ. 3. Ưu tiên triển khai các nhiệm vụ của Đề án theo",
    ),
}
# Words in lower case after which a pattern wanted a capitalised name: none is there.
NO_NAME_AFTER = {
    # realdocs de16a702: "gửi lên ứng dụng" sends to no named body.
    "sent_named_before": (reports.SENT_NAMED_BEFORE, "làm văn bản tới đơn vị đó và chụp ảnh gửi lên ứng dụng phản ánh kiến nghị."),
    # realdocs 8bfc5490: "của ứng dụng" owns no title.
    "owned_title_after": (reports.OWNED_TITLE_AFTER, "phát huy hiệu quả của ứng dụng Sổ tay đảng viên điện tử."),
    # corpus 004: ", ứng dụng …" is no body that a directive clause opens with.
    "citing_then": (sections.CITING_THEN, "sang “hiện đại”; khai thác, ứng dụng Cơ sở dữ liệu quốc gia về dân cư phục vụ"),
}


@pytest.mark.parametrize(("pattern", "fragment"), ITEMS_AFTER.values(), ids=ITEMS_AFTER.keys())
def test_an_item_that_opens_with_a_capital_of_latin_extended_is_an_item(pattern: re.Pattern[str], fragment: str) -> None:
    assert pattern.search(fragment)


@pytest.mark.parametrize(("pattern", "fragment"), NO_NAME_AFTER.values(), ids=NO_NAME_AFTER.keys())
def test_a_small_accented_letter_opens_no_name(pattern: re.Pattern[str], fragment: str) -> None:
    assert not pattern.search(fragment)


def test_a_name_after_the_verb_still_opens_with_its_capital() -> None:
    # Seed 000 (a Kế hoạch of Sở Y tế Hà Giang) and realdocs 8bfc5490's kind of owner.
    assert reports.SENT_NAMED_BEFORE.search("của các cơ quan, đơn vị trực thuộc gửi về Sở Y tế trước ngày 02/11/2022")
    assert reports.OWNED_TITLE_AFTER.match(" của Ủy ban nhân dân tỉnh")
    assert sections.CITING_THEN.search("…; Ủy ban nhân dân tỉnh giao Sở Kế hoạch và Đầu tư chủ trì")


def test_trinh_before_a_small_letter_is_no_submission() -> None:
    # Corpus 011: "… tổ chức thực hiện Chương trình ở các cấp." ("trình ở", not "trình" + a body).
    flat = "trong quá trình triển khai, tổ chức thực hiện Chương trình ở các cấp."
    start = flat.index("trình ở")
    assert reports.TO_DIRECT.match(flat, start).group() == ""
    assert reports.TO_DIRECT.match("trình Ban Chấp hành Đảng bộ huyện").group() == "trình "


@pytest.mark.parametrize("pattern", [recipients.SENTENCE_END, tasks.EFFECT_SENTENCE_END], ids=["recipients", "tasks"])
def test_the_item_letter_d_with_stroke_is_no_sentence_start(pattern: re.Pattern[str]) -> None:
    # Corpus 004: the item "đ)" follows a sentence as "d)" does; neither is a capital.
    assert not pattern.search("được phát hiện, triệt phá tăng trên 5%. đ) Trên 80% số trạm y tế xã,")
    assert not pattern.search("được phát hiện, triệt phá tăng trên 5%. d) Trên 80% số trạm y tế xã,")
    assert pattern.search("Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng")
