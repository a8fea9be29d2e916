"""A letter that quotes a rule's articles ("*“Điều 1. …*" / "*1. …*" / "*…”*") sets no task by them: the rule quoted assigns
nothing (tasks._quoted_rule, tasks.EFFECT_ITEM)."""

from __future__ import annotations

from vanban.loaders.extract import extract
from vanban.loaders.read import read_bytes
from vanban.loaders.tasks import EFFECT_ITEM, QUOTED_RULE_OPEN, _quoted_rule

# Công văn 3257/TNI-QLDN1 of Thuế tỉnh Tây Ninh (01/12/2025, a web-library page in the twelfth session's review collection), from its header to its
# closing: it quotes Điều 1 and Điều 2 of Nghị định 72/2024/NĐ-CP, whose "Các tổng công ty, tập đoàn kinh tế thực hiện quy
# trình khép kín mới bán ra cũng thuộc đối tượng giảm thuế" was read as a task's doers.
LETTER = (
    'CỤC THUẾ\n'
    '**THUẾ TỈNH TÂY NINH**\n'
    '--------\n'
    '|\n'
    '**CỘNG\n'
    'HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n'
    'Độc lập - Tự do - Hạnh phúc\n'
    '---------------\n'
    '|\n'
    '|\n'
    'Số: 3257/TNI-QLDN1\n'
    '*V/v thuế suất thuế\n'
    'GTGT*\n'
    '|\n'
    '*Tây\n'
    'Ninh, ngày 01 tháng 12 năm 2025*\n'
    '|\n'
    '|\n'
    '**Kính\n'
    'gửi:**\n'
    '|\n'
    'Công Ty TNHH Khuôn Mẫu Yong Hong;\n'
    'Mã số thuế: 1102044417;\n'
    'Địa chỉ nhận thông báo: Lô A8-A9 Đường Số 01, Cụm Công Nghiệp Hải Sơn Đức Hòa\n'
    'Đông, Xã Mỹ Hạnh, tỉnh Tây Ninh.\n'
    '|\n'
    'Trả lời văn bản số\n'
    '01/CV-01 ngày 20/11/2025 của Công Ty TNHH Khuôn Mẫu Yong Hong (gọi tắt là Công\n'
    'ty) về việc thuế suất thuế GTGT, Thuế tỉnh Tây Ninh có ý kiến như sau:\n'
    '- Căn cứ Quyết định số\n'
    '43/2018/QĐ-TTg ngày 01/11/2018 của Thủ tướng Chính phủ ban hành hệ thống ngành\n'
    'sản phẩm Việt Nam.\n'
    '- Căn cứ Nghị định số\n'
    '72/2024/NĐ-CP ngày 30/6/2024 của Chính phủ quy định chính sách giảm thuế giá trị\n'
    'gia tăng theo Nghị quyết số 142/2024/QH15 ngày 29 tháng 6 năm 2024 của Quốc\n'
    'hội.\n'
    '+ Tại Điều 1 quy định về\n'
    'giảm thuế giá trị gia tăng:\n'
    '*“Điều 1. Giảm thuế\n'
    'giá trị gia tăng*\n'
    '*1. Giảm thuế giá trị\n'
    'gia tăng đối với các nhóm hàng hóa, dịch vụ đang áp dụng mức thuế suất 10%, trừ\n'
    'nhóm hàng hóa, dịch vụ sau:*\n'
    '*a) Viễn thông, hoạt\n'
    'động tài chính, ngân hàng, chứng khoán, bảo hiểm, kinh doanh bất động sản, kim\n'
    'loại và sản phẩm từ kim loại đúc sẵn, sản phẩm khai khoáng (không kể khai thác\n'
    'than), than cốc, dầu mỏ tinh chế, sản phẩm hoá chất. Chi tiết tại Phụ lục I ban\n'
    'hành kèm theo Nghị định này.*\n'
    '*b) Sản phẩm hàng hóa\n'
    'và dịch vụ chịu thuế tiêu thụ đặc biệt. Chi tiết tại Phụ lục II ban hành kèm\n'
    'theo Nghị định này.*\n'
    '*c) Công nghệ thông\n'
    'tin theo pháp luật về công nghệ thông tin. Chi tiết tại Phụ lục III ban hành\n'
    'kèm theo Nghị định này.*\n'
    '*d) Việc giảm thuế giá\n'
    'trị gia tăng cho từng loại hàng hóa, dịch vụ quy định tại khoản 1 Điều này được\n'
    'áp dụng thống nhất tại các khâu nhập khẩu, sản xuất, gia công, kinh doanh\n'
    'thương mại. Đối với mặt hàng than khai thác bán ra (bao gồm cả trường hợp than\n'
    'khai thác sau đó qua sàng tuyển, phân loại theo quy trình khép kín mới bán ra)\n'
    'thuộc đối tượng giảm thuế giá trị gia tăng. Mặt hàng than thuộc Phụ lục I ban\n'
    'hành kèm theo Nghị định này, tại các khâu khác ngoài khâu khai thác bán ra\n'
    'không được giảm thuế giá trị gia tăng.*\n'
    '*Các tổng công ty, tập\n'
    'đoàn kinh tế thực hiện quy trình khép kín mới bán ra cũng thuộc đối tượng giảm\n'
    'thuế giá trị gia tăng đối với mặt hàng than khai thác bán ra.*\n'
    '*Trường hợp hàng hóa,\n'
    'dịch vụ nêu tại các Phụ lục I, II và III ban hành kèm theo Nghị định này thuộc\n'
    'đối tượng không chịu thuế giá trị gia tăng hoặc đối tượng chịu thuế giá trị gia\n'
    'tăng 5% theo quy định của Luật Thuế giá trị gia tăng thì thực hiện theo quy\n'
    'định của Luật Thuế giá trị gia tăng và không được giảm thuế giá trị gia tăng.*\n'
    '*2. Mức giảm thuế giá\n'
    'trị gia tăng*\n'
    '*a) Cơ sở kinh doanh\n'
    'tính thuế giá trị gia tăng theo phương pháp khấu trừ được áp dụng mức thuế suất\n'
    'thuế giá trị gia tăng 8% đối với hàng hóa, dịch vụ quy định tại khoản 1 Điều\n'
    'này.*\n'
    '*…”*\n'
    '+ Tại Điều 2 quy định\n'
    'hiệu lực thi hành như sau:\n'
    '*Điều 2. Hiệu lực thi\n'
    'hành và tổ chức thực hiện*\n'
    '*1. Nghị định này có\n'
    'hiệu lực thi hành từ ngày 01 tháng 7 năm 2024 đến hết ngày 31 tháng 12 năm\n'
    '2024.*\n'
    '*…”*\n'
    '+ Tại Phụ lục I Danh mục\n'
    'hàng hóa, dịch vụ không được giảm thuế suất thuế giá trị gia tăng quy định như\n'
    'sau:\n'
    '*“…*\n'
    '*Ghi chú:*\n'
    '*- Phụ lục Danh mục\n'
    'hàng hóa, dịch vụ không được giảm thuế giá trị gia tăng này là một phần của Phụ\n'
    'lục Danh mục và nội dung hệ thống ngành sản phẩm Việt Nam ban hành kèm theo\n'
    'Quyết định số 43/2018/QĐ-TTg ngày 01 tháng 11 năm 2018 của Thủ tướng Chính phủ\n'
    'về ban hành hệ thống ngành sản phẩm Việt Nam.*\n'
    '*…”*\n'
    'Căn cứ quy định trên, từ\n'
    'ngày 01/7/2024 đến hết ngày 31/12/2024, trường hợp nếu hàng hóa, dịch vụ bán ra\n'
    'của Công ty có mã ngành sản phẩm (theo Quyết định số 43/2018/QĐ-TTg ngày\n'
    '01/11/2018 của Thủ tướng Chính phủ) thuộc nhóm hàng hóa, dịch vụ đang áp dụng\n'
    'mức thuế suất 10% và không thuộc Phụ lục I, II, III ban hành kèm theo Nghị định\n'
    'số 72/2024/NĐ-CP ngày 30/6/2024 của Chính phủ thì thuộc đối tượng được giảm\n'
    'thuế GTGT theo quy định tại Nghị định này. Công ty tham chiếu Quyết định số\n'
    '43/2018/QĐ-TTg và Phụ lục I, II, III ban hành kèm theo Nghị định số 72/2024/NĐ-CP\n'
    'ngày 30/6/2024 để thực hiện việc xác định thuế suất thuế GTGT áp dụng đối với\n'
    'hàng hóa, dịch vụ bán ra của Công ty.\n'
    'Chính sách giảm thuế\n'
    'GTGT theo Nghị định số 72/2024/NĐ-CP có hiệu lực từ ngày 01/7/2024 đến hết ngày\n'
    '31/12/2024.\n'
    'Đề nghị Công ty căn cứ\n'
    'vào tình hình thực tế của đơn vị, đối chiếu với các quy định tại văn bản pháp\n'
    'luật nêu trên để thực hiện đúng quy định.\n'
    'Thuế tỉnh Tây Ninh trả\n'
    'lời cho Công ty được biết và thực hiện theo đúng quy định tại văn bản quy phạm\n'
    'pháp luật đã được trích dẫn tại văn bản này./.\n'
    '|\n'
    '*Nơi nhận:*\n'
    '- Như trên;\n'
)


def test_an_item_inside_a_quotation_until_it_closes():
    assert QUOTED_RULE_OPEN.match("“*Điều 25. Khấu trừ thuế và chứng từ khấu trừ thuế*")
    assert not QUOTED_RULE_OPEN.match("“Ngày hội Đại đoàn kết toàn dân tộc”")
    assert EFFECT_ITEM.match("*Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024 đến hết ngày 31 tháng 12")
    flat = " ".join(LETTER.split())
    inside = flat.index("*2. Mức giảm thuế")
    assert _quoted_rule(flat, inside)
    closed = flat.index("”", inside)
    assert not _quoted_rule(flat, closed + 1)


def test_the_letter_quoting_a_decree_sets_no_task():
    record = extract(read_bytes(LETTER.encode("utf-8"), "letter.md"))
    assert record.document.issuer == "Thuế tỉnh Tây Ninh"
    assert record.tasks == []
