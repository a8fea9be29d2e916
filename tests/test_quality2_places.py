"""Place names inside bodies' names: stop words and apostrophes in them, on real-looking fragments."""

import pytest

from vanban.loaders.citations import find_citations
from vanban.loaders.header import read_header
from vanban.loaders.names import canonical_org
from vanban.loaders.places import place_spelling, place_words_at
from vanban.loaders.records import Header
from vanban.loaders.text import make_text


def _issuers(fragment: str, header: Header) -> list[str | None]:
    return [c.issuer for c in find_citations(make_text(fragment), header)]


@pytest.mark.parametrize(
    "fragment, province, issuer",
    [
        # "Từ" is also the preposition "from", a stop word of issuers' names.
        ("Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2024 của UBND huyện Đại Từ về tăng cường công tác dân vận;",
         "Thái Nguyên", "Ủy ban nhân dân huyện Đại Từ"),
        # A name that is the longest known one at its place ("Phú Bình", then lower-case "về").
        ("Thực hiện Kế hoạch số 45/KH-UBND ngày 10/4/2023 của UBND huyện Phú Bình về công tác cải cách hành chính;",
         "Thái Nguyên", "Ủy ban nhân dân huyện Phú Bình"),
        # Apostrophes inside the name.
        ("Căn cứ Công văn số 310/UBND-VP ngày 05/3/2024 của Ủy ban nhân dân huyện Ea H'leo về việc triển khai;",
         "Đắk Lắk", "Ủy ban nhân dân huyện Ea H'leo"),
        ("Thực hiện Kế hoạch số 88/KH-TTYT ngày 02/02/2024 của Trung tâm Y tế huyện M'Đrắk về phòng chống dịch;",
         "Đắk Lắk", "Trung tâm Y tế huyện M'Đrắk"),
        ("Thực hiện Kế hoạch số 15/KH-UBND ngày 01/3/2024 của UBND huyện Krông A Na về tuyên truyền;",
         "Đắk Lắk", "Ủy ban nhân dân huyện Krông A Na"),
    ],
)
def test_citation_issuer_keeps_the_whole_place_name(fragment, province, issuer):
    assert _issuers(fragment, Header(province=province)) == [issuer]


def test_a_stop_word_after_a_place_name_still_ends_the_issuer():
    # "từ" after the known name "Đại Từ" is the preposition again.
    fragment = "theo Kế hoạch số 12/KH-UBND của UBND huyện Đại Từ từ ngày 01/3/2024"
    assert _issuers(fragment, Header(province="Thái Nguyên")) == ["Ủy ban nhân dân huyện Đại Từ"]


def test_place_words_at_prefers_the_longest_known_name():
    assert place_words_at(["Đại", "Từ", "về"]) == 2
    assert place_words_at(["Krông", "A", "Na", "về"]) == 3
    assert place_words_at(["Tăng", "cường"]) == 0


def test_place_spelling_is_the_data_spelling_whatever_the_case():
    assert place_spelling("M'đrắk") == "M'Đrắk"
    assert place_spelling("EA H'LEO") == "Ea H'leo"
    assert place_spelling("Không có") is None


def test_header_in_capitals_keeps_the_place_spelling():
    text = make_text(
        "SỞ Y TẾ ĐẮK LẮK\nTRUNG TÂM Y TẾ HUYỆN M'ĐRẮK\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 12/KH-TTYT\nM'Đrắk, ngày 05 tháng 3 năm 2024\n"
        "KẾ HOẠCH\nPhòng chống dịch bệnh năm 2024\nI. MỤC ĐÍCH\n"
    )
    assert read_header(text).issuer == "Trung tâm Y tế huyện M'Đrắk"


def test_canonical_org_recases_a_place_with_an_apostrophe():
    assert canonical_org("UBND huyện M'đrắk") == "Ủy ban nhân dân huyện M'Đrắk"
    assert canonical_org("Trung tâm Y tế huyện Ea H'leo") == "Trung tâm Y tế huyện Ea H'leo"


def _commune_header(place_line: str, body: str = "") -> Header:
    return read_header(make_text(
        "ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Độc lập - Tự do - Hạnh phúc\nSố:     /HD-MTTQ-BTT\n{place_line}\nHƯỚNG DẪN\n"
        f"Giới thiệu người ứng cử đại biểu Hội đồng nhân dân xã\n{body}\n1. Mục đích\n"
    ))


def test_province_of_a_commune_from_its_ward_name():
    # Corpus 062: no province named at all; Lương Minh is a commune of Quảng Ninh since 2025.
    assert _commune_header("Lương Minh, ngày 12 tháng 01 năm 2026").province == "Quảng Ninh"


def test_ward_province_breaks_a_tie_between_named_provinces():
    # Corpus 051: Quảng Ninh and Thanh Hóa are each named once in the body.
    body = "Căn cứ hướng dẫn của tỉnh Thanh Hóa và của Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh;"
    assert _commune_header("Lương Minh, ngày 22 tháng 12 năm 2025", body).province == "Quảng Ninh"
