"""Round 17, text layer: the artefacts that conversions leave in real documents (invisible and
odd-width characters, Windows and Word line ends, tabs after list markers, markdown links and
images, HTML tags and references, hard line break backslashes, blockquote marks, running headers
of paged PDF text) are read so that the record is the one of the clean text."""

import re

import pytest

from vanban.loaders.extract import extract
from vanban.loaders.markdown import plain_markdown
from vanban.loaders.read import is_markdown, read_bytes
from vanban.loaders.text import make_text, normalize

SEED_000 = "000_8b7031bbdbcc6e25.txt"


def _record(text: str, name: str) -> dict:
    """The record's fields without the character spans (which move with the text's length) and
    the source's description (markup makes a text markdown)."""

    def strip(x):
        if isinstance(x, dict):
            return {k: strip(v) for k, v in x.items() if k not in ("start", "end", "chars")}
        if isinstance(x, list):
            return [strip(v) for v in x]
        return x

    record = strip(extract(read_bytes(text.encode("utf-8"), name=name)).to_json_dict())
    del record["source"]
    return record


def _maps_back(t):
    for f, ch in enumerate(t.flat):
        if not ch.isspace():
            assert t.original[t.to_original(f)] == ch


# --- characters (text.normalize) -------------------------------------------------------------


def test_invisible_and_odd_width_characters_are_read():
    # soft hyphen from a PDF's hyphenation, zero-width (non-)joiners and word joiner from web pages,
    # a BOM inside concatenated files, narrow no-break and thin spaces from Word
    raw = "Sở Y\u202ftế tỉ\u00adnh Hà\u2009Giang\u200c báo cáo\u2060 UBND\ufeff tỉnh trước\u00a0ngày 05/11/2022"
    assert normalize(raw) == "Sở Y tế tỉnh Hà Giang báo cáo UBND tỉnh trước ngày 05/11/2022"


@pytest.mark.parametrize("end", ["\r\n", "\r\r\n", "\r", "\x0b", "\u2028"])
def test_every_line_end_is_one_line_break(end):
    raw = end.join(["SỞ Y TẾ", "Số:   /KH-SYT", "Hà Giang, ngày 03 tháng 10 năm 2022"]) + end
    t = make_text(raw)
    assert [ln.text for ln in t.lines] == ["SỞ Y TẾ", "Số:   /KH-SYT", "Hà Giang, ngày 03 tháng 10 năm 2022"]
    assert t.original.count("\n") == 3


def test_a_tab_after_a_list_marker_is_a_space_a_column_gap_stays():
    raw = "1.\tMục đích\na)\tTriển khai tổ chức thực hiện\n-\tCác khoa, phòng;\nĐiều 2.\tTổ chức thực hiện\nSỞ Y TẾ\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    assert normalize(raw) == (
        "1. Mục đích\na) Triển khai tổ chức thực hiện\n- Các khoa, phòng;\nĐiều 2. Tổ chức thực hiện\n"
        "SỞ Y TẾ\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    )
    # a table of numbers written with tabs keeps its gaps
    assert normalize("Tổng số\t45\t16\n5\t7\t-\n") == "Tổng số\t45\t16\n5\t7\t-\n"


@pytest.mark.parametrize(
    "artefact",
    [
        lambda s: s.replace("\n", "\r\n"),
        lambda s: re.sub(r"(?<=[^\W\d]{4})(?=[^\W\d]{2})", "\u00ad", s, count=200),
        lambda s: s.replace(" tỉnh", " \u200btỉnh").replace(" Sở", " \u2060Sở"),
        lambda s: s.replace("Hà Giang", "Hà\u202fGiang").replace(" ngày", "\u00a0ngày"),
        lambda s: re.sub(r"(?m)^(\d+\.|-) ", "\\1\t", s),
    ],
    ids=["crlf", "soft_hyphen", "zero_width", "no_break_spaces", "tab_items"],
)
def test_seed_record_is_the_same_with_each_character_artefact(seeds_dir, artefact):
    clean = (seeds_dir / SEED_000).read_text(encoding="utf-8")
    dirty = artefact(clean)
    assert dirty != clean
    assert _record(dirty, SEED_000) == _record(clean, SEED_000)


# --- markup (loaders/markdown.py, read.is_markdown) ----------------------------------------


def test_links_images_tags_and_references_are_read_as_text():
    assert plain_markdown(
        "Căn cứ [Nghị định số 15/2020/NĐ-CP](https://thuvienphapluat.vn/van-ban/abc.aspx) và [Kế hoạch số 14-KH/TU](#);"
    ) == "Căn cứ Nghị định số 15/2020/NĐ-CP và Kế hoạch số 14-KH/TU;"
    assert plain_markdown("- Lưu: VT.\n\n![](images/74b39bff0c508f6c.jpg)\n") == "- Lưu: VT.\n\n\n"
    assert plain_markdown('<p style="text-align:justify">Giao <strong>Sở Y tế</strong> chủ trì;</p>') == (
        "\nGiao Sở Y tế chủ trì;\n"
    )
    assert plain_markdown("Sở LĐ&ndash;TB&amp;XH &ldquo;Dân vận khéo&rdquo;") == "Sở LĐ–TB&XH “Dân vận khéo”"
    # a "<" opening no tag and a bracket without a link are text
    assert plain_markdown("tỷ lệ <5% [1] và <= 10 ngày") == "tỷ lệ <5% [1] và <= 10 ngày"


def test_hard_line_breaks_and_blockquotes_are_dropped():
    assert plain_markdown("Số: 141/KH-UBND\\\nBắc Ninh, ngày 20 tháng 11 năm 2025\\\n") == (
        "Số: 141/KH-UBND\nBắc Ninh, ngày 20 tháng 11 năm 2025\n"
    )
    assert plain_markdown("> **Nơi nhận:**\n> - Như trên;\n> > - Lưu: VT.\nSố 5 > 3") == (
        "**Nơi nhận:**\n- Như trên;\n- Lưu: VT.\nSố 5 > 3"
    )


def test_converter_markup_marks_a_text_as_markdown():
    # pandoc escapes or hard line breaks without any bold or heading
    assert is_markdown("\\- Như trên;\n\\- Lưu: VT\\.\n")
    assert is_markdown("Số: 141/KH-UBND\\\nBắc Ninh, ngày 20\\\n")
    # scraped HTML and references, blockquotes
    assert is_markdown("<p>Kính gửi:</p>\n<p>Sở Y tế</p>")
    assert is_markdown("> Kính gửi:\n> - Sở Y tế;\n")
    # one link to a web page is enough
    assert is_markdown("Thực hiện [Kế hoạch số 04/KH-MTTQ-BTT](https://vbpl.vn/x) của Ban Thường trực")
    # plain texts stay plain
    assert not is_markdown("Số: 799/KH- SYT\nTỷ lệ > 50% và < 70%\nTB&XH, PT&TH\n")


@pytest.mark.parametrize(
    "artefact",
    [
        lambda s: re.sub(r"(?m)^(\s*)-", r"\1\\-", s),
        lambda s: re.sub(r"(?<=\S) *\n(?=\S)", "\\\\\n", s),
        lambda s: re.sub(
            r"(Kế hoạch|Quyết định) số [0-9][^\s,;]*", lambda m: f"[{m.group()}](https://vbpl.vn/{len(m.group())})", s
        ),
        lambda s: "\n\n".join(f"<p>{p}</p>" if p.strip() else p for p in s.split("\n\n")),
        lambda s: "\n".join("> " + ln for ln in s.split("\n")),
        lambda s: "![](images/logo.png)\n\n" + s.replace("Nơi nhận", "![](images/seal.jpg)\n\nNơi nhận"),
    ],
    ids=["escapes", "hard_line_breaks", "links", "html_paragraphs", "blockquote", "images"],
)
def test_seed_record_is_the_same_with_each_markup_artefact(seeds_dir, artefact):
    clean = (seeds_dir / SEED_000).read_text(encoding="utf-8")
    dirty = artefact(clean)
    assert dirty != clean
    assert _record(dirty, SEED_000) == _record(clean, SEED_000)


# --- running headers of paged text (text.make_text) ----------------------------------------

# Công báo pages as pdftotext writes them (QĐ 798/QĐ-TTg, 2026): a running header above each page number.
CONG_BAO = (
    "CÔNG BÁO/Số 281/Ngày 21-05-2026 \n99\n \nTHỦ TƯỚNG CHÍNH PHỦ \nSố: 798/QĐ-TTg \n"
    "Hà Nội, ngày 05 tháng 5 năm 2026 \nQUYẾT ĐỊNH \n"
    "2. Phối hợp với các Bộ, cơ quan nghiên cứu các chính sách kinh tế - xã hội \n"
    "có liên quan đến chính sách tiền lương, bảo hiểm xã hội và ưu đãi người có \n\n"
    "CÔNG BÁO/Số 281/Ngày 21-05-2026 \n100\n \n"
    "công; giải pháp tạo nguồn cho cải cách chính sách tiền lương, cải cách chính sách \n"
    "bảo hiểm xã hội; đề xuất các biện pháp để xử lý kịp thời \n\n"
    "CÔNG BÁO/Số 281/Ngày 21-05-2026 \n101\n \n"
    "Điều 7. Các Bộ trưởng chịu trách nhiệm thi hành Quyết định này./. \n"
)


def test_running_header_beside_each_page_number_is_left_out():
    t = make_text(CONG_BAO)
    assert "CÔNG BÁO" not in t.flat
    assert "ưu đãi người có công; giải pháp" in t.flat
    assert t.page_lines == 6  # three page numbers, three headers
    _maps_back(t)
    # gold-style quotes keep what lies inside the span, as the gold's normalization does
    s = t.flat.index("người có")
    e = t.flat.index("giải pháp") + 9
    assert t.quote(s, e) == "người có CÔNG BÁO/Số 281/Ngày 21-05-2026 100 công; giải pháp"


def test_running_header_after_each_form_feed_is_left_out():
    raw = (
        "KẾ HOẠCH\nTriển khai công tác dân vận năm 2023\n1. Giao Sở Y tế chủ trì, phối hợp với\n"
        "\fKế hoạch số 96/KH-UBND\ncác cơ quan, đơn vị tổ chức thực hiện.\n"
        "\fKế hoạch số 96/KH-UBND\n2. Giao Sở Tài chính bố trí kinh phí.\n"
    )
    t = make_text(raw)
    assert "Kế hoạch số 96/KH-UBND" not in t.flat
    assert "phối hợp với các cơ quan, đơn vị" in t.flat
    _maps_back(t)


def test_a_line_said_once_or_beside_few_page_breaks_is_text():
    # one page break: the line above the page number is the document's own
    once = make_text("Báo cáo gửi Sở Nội vụ\n5\ntrước ngày 15/12/2023.\n")
    assert once.flat.startswith("Báo cáo gửi Sở Nội vụ trước ngày")
    # a list line that happens to recur beside two of six page breaks stays
    pages = []
    for k in range(6):
        pages.append(("- Tổng\n" if k in (1, 4) else f"- Chỉ tiêu {k}\n") + f"{k + 2}\nnội dung trang {k + 2}\n")
    t = make_text("".join(pages))
    assert t.flat.count("- Tổng") == 2
    # markdown table lines beside page numbers are no running header
    table = make_text("| a | b |\n|\n5\n|\nx\n|\n6\n|\n")
    assert table.flat.count("|") == table.original.count("|")


def test_cong_bao_record_reads_across_page_breaks():
    rec = extract(make_text(CONG_BAO, name="qd798.txt"))
    assert rec.document.number == "798" and rec.document.symbol == "QĐ-TTg"
    assert rec.document.date == "2026-05-05"


# --- digital signature stamps (text.make_text) ---------------------------------------------


def test_signature_stamp_lines_are_left_out_where_they_lie():
    # a signed PDF's stamp inside a citation (pdftotext puts it where the signature's image lies)
    raw = (
        "Căn cứ Công văn số 1144/GDĐT-GDTX ngày 10 tháng 4\n"
        "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Cơ quan: VĂN PHÒNG CHÍNH PHỦ\n"
        "Ngày ký: 2026-05-21 08:05:48 +07:00\n\n"
        "năm 2019 của Sở Giáo dục và Đào tạo;\n"
    )
    t = make_text(raw)
    assert "Căn cứ Công văn số 1144/GDĐT-GDTX ngày 10 tháng 4 năm 2019 của Sở" in t.flat
    assert t.page_lines == 3
    _maps_back(t)
    # a stamp on top of the first page
    top = make_text(
        "Người ký: Sở Y tế\nEmail: syt@hagiang.gov.vn\nCơ quan: Tỉnh Hà Giang\n"
        "Thời gian ký: 04.10.2022 10:56:03 +07:00\nUBND TỈNH HÀ GIANG\nSỞ Y TẾ\n"
    )
    assert [ln.text for ln in top.lines] == ["UBND TỈNH HÀ GIANG", "SỞ Y TẾ"]


def test_lines_like_stamp_fields_without_a_signing_time_are_text():
    t = make_text("Cơ quan: Sở Nội vụ\nNgày ký: 15/10/2024\nEmail: snv@tinh.gov.vn\n")
    assert t.page_lines == 0 and len(t.lines) == 3
