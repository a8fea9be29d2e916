"""The document's own header, on real fragments of the seeds and corpus."""

from vanban.loaders.header import (
    BODY_ISSUER,
    CLOSING_ISSUER,
    DATE_WORDS,
    MOTTO,
    NUMBER_LINE,
    read_header,
    read_signer,
)
from vanban.loaders.text import make_text

# Seed 000: PDF copy, two-line issuer block, blank Số, blank lines everywhere.
SEED_000_HEAD = """ UBND TỈNH HÀ GIANG 

SỞ Y TẾ 
 

Số:         /KH-SYT 

 

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 

Độc lập - Tự do - Hạnh phúc 

 

       Hà Giang, ngày 03 tháng 10 năm 2022 

 

KẾ HOẠCH 
Triển khai “Tháng Dân vận” năm 2022 trong ngành Y tế 

 

Thực hiện Kế hoạch số 233/KH-UBND, ngày 22/9/2022 của UBND tỉnh 

Hà Giang về Triển khai “Tháng Dân vận” năm 2022; Sở Y tế xây dựng kế hoạch triển khai thực hiện như sau: 

I. MỤC ĐÍCH, YÊU CẦU 
"""

# Corpus 001: web copy, header in a markdown table.
CORPUS_001_HEAD = """|
**UỶ BAN NHÂN DÂN**
TỈNH BẮC NINH
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 141/KH-UBND
|
*Bắc Ninh, ngày 20
tháng 11 năm 2025*
|

** **

**KẾ HOẠCH**

NÂNG CAO NĂNG LỰC CHO ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC XÂY DỰNG
CHÍNH SÁCH, PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2026 - 2030

Thực hiện Kế hoạch số 14-KH/TU
ngày 29/7/2025 của Ban Thường vụ Tỉnh ủy, UBND tỉnh ban hành Kế hoạch như sau:
"""

# Seed 002: no issuer block, blank number and day/month; the closing has the typo "Đông Văn".
SEED_002 = """

Số: /KH-UBND

Đồng Văn, ngày tháng năm 2022

**KẾ HOẠCH**  
**Triển khai “Tháng dân vận” năm 2022**

Thực hiện Kế hoạch số 138-KH/HU ngày 23/8/2022 của Huyện ủy Đồng Văn, triển khai “Tháng dân vận” năm 2022.

UBND huyện xây dựng kế hoạch triển khai, thực hiện như sau:

Trên đây là Kế hoạch triển khai "Tháng dân vận" năm 2022 của Ủy ban nhân dân huyện Đông Văn; trong quá trình thực hiện, nếu phát sinh khó khăn./.

***Nơi nhận:***

- Sở Nội vụ tỉnh;
- Lưu: VT, NV.

**TM. ỦY BAN NHÂN DÂN  
CHỦ TỊCH**

**Dinh Chí Thành**"""

# Seed 001: no header at all; signature column merged with Nơi nhận.
SEED_001 = """ KẾ HOẠCH 

Triển khai công tác Dân vận trong bệnh viện năm 2023 
 

Thực hiện Kế hoạch dân vận năm 2023 của Sở Y tế Hà Giang Giang; Bệnh 

viện đa khoa Nà Chì xây dựng kế hoạch triển khai thực hiện như sau: 

Trên đây là Kế hoạch triển khai Công tác dân vận chính quyền năm 2023 của 

Bệnh viện Đa khoa Nà Chì./. 

Nơi nhận:                                                                                 KT. GIÁM ĐỐC 

- Đăng Website BV;                                                                        PHÓ GIÁM ĐỐC 

- Lưu VT, TCHC. 

 

                                                                                         Lù Văn Thắng 
"""

# Corpus 042: a Công văn has no type line; its trích yếu follows the Số line.
CORPUS_042_HEAD = """|
**ỦY BAN NHÂN DÂN
**
THÀNH PHỐ HỒ CHÍ MINH
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 4240/UBND-VX
*V/v khẩn trương hoàn thành cập nhật, đồng bộ
cơ sở dữ liệu cán bộ, công chức, viên chức*
|
*Thành phố Hồ Chí
Minh, ngày 28 tháng 11 năm 2025*
|
** **
|
**Kính gửi:**
|
- Các cơ quan chuyên môn, cơ quan hành chính khác
"""


def test_number_line_patterns():
    m = NUMBER_LINE.search("Số: 799/KH- SYT")
    assert (m["number"], m["symbol"]) == ("799", "KH- SYT")
    m = NUMBER_LINE.search("Số:         /KH-SYT")
    assert (m["number"], m["symbol"]) == (None, "KH-SYT")
    m = NUMBER_LINE.search("Số: 99/2025/NQ-HĐND")
    assert (m["number"], m["symbol"]) == ("99", "2025/NQ-HĐND")
    m = NUMBER_LINE.search("Số: 4240/UBND-VX V/v khẩn trương")
    assert m["symbol"] == "UBND-VX"


def test_date_and_motto_patterns():
    assert DATE_WORDS.search("Đồng Văn, ngày tháng năm 2022")["year"] == "2022"
    d = DATE_WORDS.search("Lương Minh, ngày     tháng 11 năm 2025")
    assert (d["day"], d["month"], d["year"]) == (None, "11", "2025")
    assert MOTTO.search("CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert MOTTO.search("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert MOTTO.search("Độc lập - Tự do - Hạnh phúc")


def test_body_and_closing_issuer_patterns():
    assert BODY_ISSUER.search("Sở Y tế xây dựng Kế hoạch triển khai")["issuer"] == "Sở Y tế"
    # A symbol's "UBND" is not a subject.
    m = BODY_ISSUER.search("Kế hoạch số 96 /KH-UBND ngày 23/3/2020 của UBND tỉnh ban hành Kế hoạch")
    assert m["issuer"] == "UBND tỉnh"
    m = CLOSING_ISSUER.search("Trên đây là Kế hoạch triển khai năm 2023 của Bệnh viện Đa khoa Nà Chì./.")
    assert m["issuer"] == "Bệnh viện Đa khoa Nà Chì"


def test_seed_000_two_line_issuer_blank_number():
    h = read_header(make_text(SEED_000_HEAD))
    assert h.doc_type == "Kế hoạch"
    assert h.number is None and h.symbol == "KH-SYT"
    assert h.issuer == "Sở Y tế tỉnh Hà Giang"
    assert h.issuer_parent == "Ủy ban nhân dân tỉnh Hà Giang"
    assert h.place == "Hà Giang" and h.date == "2022-10-03"
    assert h.title == "Triển khai “Tháng Dân vận” năm 2022 trong ngành Y tế"
    assert h.province == "Hà Giang"


def test_markdown_table_header():
    h = read_header(make_text(CORPUS_001_HEAD))
    assert (h.number, h.symbol) == ("141", "KH-UBND")
    assert h.issuer == "Ủy ban nhân dân tỉnh Bắc Ninh"
    assert h.issuer_parent is None
    assert h.place == "Bắc Ninh" and h.date == "2025-11-20"
    assert h.title.startswith("NÂNG CAO NĂNG LỰC") and h.title.endswith("GIAI ĐOẠN 2026 - 2030")


def test_merged_columns_on_one_line():
    text = (
        "UBND TỈNH HÀ GIANG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ Y TẾ                     Độc lập - Tự do - Hạnh phúc\n"
        "Số: 12/KH-SYT               Hà Giang, ngày 03 tháng 10 năm 2022\n"
        "KẾ HOẠCH\nTriển khai “Tháng Dân vận” năm 2022\nThực hiện Kế hoạch số 233/KH-UBND\n"
    )
    h = read_header(make_text(text))
    assert h.issuer == "Sở Y tế tỉnh Hà Giang"
    assert h.issuer_parent == "Ủy ban nhân dân tỉnh Hà Giang"
    assert (h.number, h.symbol, h.date, h.place) == ("12", "KH-SYT", "2022-10-03", "Hà Giang")


def test_district_document_without_issuer_block():
    h = read_header(make_text(SEED_002))
    assert h.symbol == "KH-UBND" and h.number is None
    assert h.date == "2022" and h.place == "Đồng Văn"
    assert h.district == "Đồng Văn" and h.province == "Hà Giang"
    assert h.issuer == "Ủy ban nhân dân huyện Đồng Văn"
    assert h.signer.name == "Dinh Chí Thành"
    assert h.signer.position == "Chủ tịch" and h.signer.authority == "TM. Ủy ban nhân dân"


def test_headerless_document_issuer_from_closing_and_signature_in_merged_column():
    h = read_header(make_text(SEED_001))
    assert h.issuer == "Bệnh viện Đa khoa Nà Chì"
    assert h.number is None and h.symbol is None and h.date is None and h.place is None
    assert h.title == "Triển khai công tác Dân vận trong bệnh viện năm 2023"
    assert h.province == "Hà Giang"
    s = h.signer
    assert (s.name, s.position, s.authority) == ("Lù Văn Thắng", "Phó Giám đốc", "KT. Giám đốc")


def test_cong_van_type_from_symbol_and_subject():
    h = read_header(make_text(CORPUS_042_HEAD))
    assert h.doc_type == "Công văn"
    assert (h.number, h.symbol) == ("4240", "UBND-VX")
    assert h.issuer == "Ủy ban nhân dân thành phố Hồ Chí Minh"
    assert h.title == "V/v khẩn trương hoàn thành cập nhật, đồng bộ cơ sở dữ liệu cán bộ, công chức, viên chức"
    assert h.date == "2025-11-28"


def test_signer_nested_authorities():
    # Corpus 001: "TM. ỦY BAN NHÂN" / "DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH".
    text = "- Lưu: VT, NC.\n|\n**TM. ỦY BAN NHÂN\nDÂN**\n**KT. CHỦ TỊCH**\n**PHÓ CHỦ TỊCH**\n**Phạm Văn Thịnh**\n"
    s = read_signer(make_text(text))
    assert (s.name, s.position, s.authority) == ("Phạm Văn Thịnh", "Phó Chủ tịch", "KT. Chủ tịch")


def test_seed_headers_match_gold(seeds_dir, gold_dir):
    import json

    fields = ("doc_type", "number", "symbol", "issuer", "issuer_parent", "place", "date", "title")
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        raw = (seeds_dir / gold["file"]).read_text(encoding="utf-8")
        h = read_header(make_text(raw, name=gold["file"]))
        for f in fields:
            assert getattr(h, f) == gold["document"][f], (gold["file"], f)
        assert h.signer.model_dump() == gold["document"]["signer"], gold["file"]
