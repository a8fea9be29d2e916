"""Laws written by two forms of their name in one document, round 21: a code for words of the name ("Luật NSNN",
corpus 022, for "Luật Ngân sách nhà nước", corpus 064), a tone mark placed the old way ("ma tuý"), a word left out
("Luật Thực hiện dân chủ cơ sở"); and names holding a comma that belongs to them ("Luật Phòng cháy, chữa cháy và cứu
nạn, cứu hộ", "Luật Khoa học, công nghệ và đổi mới sáng tạo"). The fragments quote the documents' lines."""

from vanban.loaders.citation_groups import name_key
from tests.citation_reading import record


def _entries(raw: str) -> list[tuple[str, int]]:
    return [(c.surface, c.mentions) for c in record(raw).cites]


# corpus 064 (its "Căn cứ" line) and corpus 022 (its body's line), as one document would write both.
_BUDGET = (
    "Căn cứ Luật Ngân sách nhà nước\nsố 89/2025/QH15;\n\n"
    "ngân sách trung ương và ngân sách địa phương theo quy định của Luật NSNN năm\n"
    "2025, tỉnh Cà Mau sẽ còn nhận trợ cấp rất lớn từ ngân sách trung ương.\n"
)


def test_a_law_by_its_code_joins_its_full_name():
    assert _entries(_BUDGET) == [("Luật Ngân sách nhà nước số 89/2025/QH15", 2)]
    # corpus 001's unnumbered mention and corpus 022's code.
    raw = (
        "khai thực hiện các nhiệm vụ, giải pháp của Kế hoạch này theo Luật Ngân sách nhà\nnước.\n"
        "ngân sách trung ương và ngân sách địa phương theo quy định của Luật NSNN năm\n2025, tỉnh Cà Mau sẽ còn nhận.\n"
    )
    assert _entries(raw) == [("Luật Ngân sách nhà nước", 2)]


def test_name_key_reads_the_codes_of_a_law_s_words():
    assert name_key("Luật NSNN năm 2025") == name_key("Luật Ngân sách nhà nước")
    assert name_key("Luật Ban hành VBQPPL") == name_key("Luật Ban hành văn bản quy phạm pháp luật")
    assert name_key("Luật Ban hành văn bản QPPL") == name_key("Luật Ban hành văn bản quy phạm pháp luật")
    assert name_key("Luật Tổ chức CQĐP 2025") == name_key("Luật Tổ chức chính quyền địa phương năm 2025")
    assert name_key("Luật XLVPHC") == name_key("Luật Xử lý vi phạm hành chính")
    # A code inside a longer word is not one: "NSNNX" stays.
    assert name_key("Luật NSNNX") != name_key("Luật Ngân sách nhà nước")
    # Two laws stay two: "Luật Đầu tư" is not "Luật Đầu tư công".
    assert name_key("Luật Đầu tư") != name_key("Luật Đầu tư công")


def test_a_tone_mark_placed_the_old_way_is_one_name():
    raw = "Căn cứ Luật Phòng, chống ma túy năm 2021;\nTuyên truyền Luật Phòng chống ma tuý trong nhà trường.\n"
    assert _entries(raw) == [("Luật Phòng, chống ma túy năm 2021", 2)]


def test_the_short_name_of_the_law_on_grassroots_democracy_joins_its_name():
    # corpus's "Luật Thực hiện dân chủ ở cơ sở" and the form without "ở" many documents write.
    raw = (
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022;\n"
        "Các xã tổ chức tuyên truyền Luật Thực hiện dân chủ cơ sở đến Nhân dân.\n"
    )
    assert _entries(raw) == [("Luật Thực hiện dân chủ ở cơ sở năm 2022", 2)]


def test_a_comma_inside_a_law_s_name_does_not_cut_it():
    assert _entries("Căn cứ: Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2024; Nghị định số 105/2025/NĐ-CP.\n") == [
        ("Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2024", 1),
        ("Nghị định số 105/2025/NĐ-CP", 1),
    ]
    raw = "Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo số 93/2025/QH15;\nCăn cứ Luật Ngân sách nhà nước số 89/2025/QH15;\n"
    assert [s for s, _ in _entries(raw)] == [
        "Luật Khoa học, công nghệ và đổi mới sáng tạo số 93/2025/QH15",
        "Luật Ngân sách nhà nước số 89/2025/QH15",
    ]
    # The law of 2001 keeps its own name, and is another law.
    raw = "Căn cứ Luật Phòng cháy và chữa cháy ngày 29 tháng 6 năm 2001;\nCăn cứ Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2024;\n"
    assert len(_entries(raw)) == 2
