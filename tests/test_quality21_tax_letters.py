"""Letters of the Cục Thuế cited as "công văn", round 21: their symbols open with the Cục's initials "CT" then one of
its departments ("3316/CT-CS"), which is no Chỉ thị's code there (realdocs 28219392, c3581fb6); a Chỉ thị's symbol
names a body after "CT" ("CT-UBND", "CT-TTg", "CT/TU") and stays one, and so does a Chỉ thị written as such."""

from tests.citation_reading import record
from vanban.loaders.citation_symbols import full_doc_type

# realdocs 28219392 (Công văn 5363/CT-CS of the Cục Thuế), its opening.
_REQUEST = (
    "Ngày 21/8/2025, Cục Thuế có công văn số 3316/CT-CS\nvề việc triển khai Nghị định 175/2025/NĐ-CP ngày 30/6/2025 của "
    "Chính phủ và\nThông tư 67/2025/TT-BTC ngày 01/7/2025 của Bộ Tài chính về lệ phí trước bạ.\n"
)
# realdocs c3581fb6 (Công văn 5526/CT-CS of the Cục Thuế), its first item.
_GUIDANCE = (
    "Tiếp tục hướng dẫn các giải pháp hỗ trợ\nNNT bị tổn thất do bão và mưa lũ sau bão theo quy định tại các văn bản quy "
    "phạm pháp luật hiện hành và hướng dẫn tại\ncông văn số 4328/CT-CS ngày 10/10/2025, công văn số 4952/CT-CS ngày "
    "05/11/2025\ncủa Cục Thuế gửi Thuế các tỉnh, thành phố về các chính sách, thủ tục gia hạn,\nmiễn, giảm thuế đối với "
    "NNT bị ảnh hưởng do thiên tai gây ra.\n"
)


def test_a_tax_department_s_letter_is_a_cong_van():
    assert [(c.doc_type, c.number, c.symbol) for c in record(_REQUEST).cites][0] == ("Công văn", "3316", "CT-CS")
    assert [(c.doc_type, c.number) for c in record(_GUIDANCE).cites] == [("Công văn", "4328"), ("Công văn", "4952")]


def test_a_directive_s_symbol_stays_a_chi_thi():
    assert full_doc_type("Công văn", "CT-UBND") == "Chỉ thị"
    assert full_doc_type("công văn", "CT-TTg") == "Chỉ thị"
    assert full_doc_type("Chỉ thị", "CT-CS") == "Chỉ thị"
