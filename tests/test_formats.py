""".docx and .pdf documents read to the same text, and extract to the same record, as the .txt.

The .docx and .pdf files are real ones built here from the seed texts: python-docx with the
header as a two-column table (issuer and Số line left, quốc hiệu and date right), as Word
documents are laid out; fpdf2 with a Unicode TrueType font (Roboto, from the font-roboto
package) so the PDF carries a Vietnamese text layer.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

docx = pytest.importorskip("docx")
fpdf = pytest.importorskip("fpdf", reason="fpdf2 builds the test PDFs (pip install fpdf2)")
font_roboto = pytest.importorskip("font_roboto", reason="font-roboto ships the test PDFs' font")

from vanban.loaders.load import load_document  # noqa: E402
from vanban.loaders.pdf import NO_TEXT_LAYER, ocr_missing  # noqa: E402
from vanban.loaders.read import read_bytes, read_file  # noqa: E402
from vanban.loaders.records import DocumentRecord, LoadError, LoadFailure  # noqa: E402

FONT = Path(font_roboto.__file__).parent / "files" / "Roboto-Regular.ttf"

# The line that opens the right-hand column of a Word header table: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
QUOC_HIEU = re.compile(r"^\W*CỘNG HÒA XÃ HỘI CHỦ NGHĨA", re.I)
# The place-and-date line that closes it: "Hà Giang, ngày 03 tháng 10 năm 2022".
PLACE_DATE = re.compile(r",\s*ngày\b.*\bnăm\b", re.I)


def _lines(raw: str) -> list[str]:
    return [line.rstrip() for line in raw.splitlines() if line.strip()]


def split_header(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """(left column, right column, body): the header table of a Word document, when there is one."""
    start = next((i for i, line in enumerate(lines[:12]) if QUOC_HIEU.search(line)), None)
    if start is None:
        return [], [], lines
    end = next((i for i in range(start, min(start + 6, len(lines))) if PLACE_DATE.search(lines[i])), start + 1)
    return lines[:start], lines[start : end + 1], lines[end + 1 :]


def build_docx(raw: str, path: Path) -> Path:
    document = docx.Document()
    left, right, body = split_header(_lines(raw))
    if left or right:
        table = document.add_table(rows=1, cols=2)
        for cell, column in zip(table.rows[0].cells, (left, right)):
            cell.paragraphs[0].text = column[0] if column else ""
            for line in column[1:]:
                cell.add_paragraph(line)
    for line in body:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def build_pdf(raw: str, path: Path) -> Path:
    pdf = fpdf.FPDF()
    pdf.add_font("Roboto", fname=str(FONT))
    pdf.set_font("Roboto", size=10)
    pdf.add_page()
    for line in _lines(raw):
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def build_scanned_pdf(path: Path) -> Path:
    """A PDF whose page is only an image (what a scanner makes): no text layer."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 200), "white")
    ImageDraw.Draw(image).rectangle((40, 40, 560, 160), outline="black", width=3)
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.image(image, x=10, y=10, w=180)
    pdf.output(str(path))
    return path


def _squash(value):
    """A record's JSON without spans, whitespace runs folded: what must not depend on format."""
    if isinstance(value, dict):
        return {k: _squash(v) for k, v in value.items() if k not in ("start", "end")}
    if isinstance(value, list):
        return [_squash(v) for v in value]
    if isinstance(value, str):
        return " ".join(value.split())
    return value


def comparable(record: DocumentRecord) -> dict:
    d = record.to_json_dict()
    d.pop("source")
    d.pop("file")
    return _squash(d)


def _score(gold_dir: Path, records: list[DocumentRecord], tmp: Path, scorer: Path) -> float:
    pred = tmp / "pred.jsonl"
    pred.write_text("".join(json.dumps(r.to_json_dict(), ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = subprocess.run([sys.executable, str(scorer), str(gold_dir), str(pred), "--json"], capture_output=True, text=True, check=True)
    return float(json.loads(out.stdout)["overall_f1"])


@pytest.fixture(scope="module")
def built(seeds_dir, tmp_path_factory):
    """Each seed as (.txt path, .docx path, .pdf path)."""
    tmp = tmp_path_factory.mktemp("formats")
    out = []
    for txt in sorted(seeds_dir.glob("*.txt")):
        raw = txt.read_text(encoding="utf-8")
        out.append((txt, build_docx(raw, tmp / f"{txt.stem}.docx"), build_pdf(raw, tmp / f"{txt.stem}.pdf")))
    return out


def test_split_header_on_a_real_header():
    # seed 000's first lines
    lines = ["UBND TỈNH HÀ GIANG", "SỞ Y TẾ", "Số:         /KH-SYT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "       Hà Giang, ngày 03 tháng 10 năm 2022", "KẾ HOẠCH"]
    left, right, body = split_header(lines)
    assert left == lines[:3] and right == lines[3:6] and body == ["KẾ HOẠCH"]


def test_docx_reads_header_table_cells_as_lines_in_body_order(tmp_path):
    document = docx.Document()
    document.add_paragraph("before")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).paragraphs[0].text = "UBND TỈNH HÀ GIANG"
    table.cell(0, 0).add_paragraph("SỞ Y TẾ")
    table.cell(0, 1).paragraphs[0].text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    table.cell(0, 1).add_paragraph("Độc lập - Tự do - Hạnh phúc")
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.paragraphs[0].text = "Số: 799/KH- SYT"
    document.add_paragraph("KẾ HOẠCH")
    path = tmp_path / "header.docx"
    document.save(str(path))
    t = read_file(path)
    assert (t.format, t.encoding) == ("docx", "utf-8")
    assert [line.text for line in t.lines] == [
        "before", "UBND TỈNH HÀ GIANG", "SỞ Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số: 799/KH- SYT", "KẾ HOẠCH",
    ]  # the merged cell once


def test_docx_and_pdf_of_each_seed_read_to_the_txt_text(built):
    for txt, docx_path, pdf_path in built:
        want = " ".join(read_file(txt).flat.split())
        for path, fmt, enc in ((docx_path, "docx", "utf-8"), (pdf_path, "pdf", "pdf-text")):
            t = read_file(path)
            assert (t.format, t.encoding) == (fmt, enc), path.name
            assert " ".join(t.flat.split()) == want, path.name


def test_docx_and_pdf_records_equal_the_txt_record(built):
    for txt, docx_path, pdf_path in built:
        base = load_document(txt)
        assert isinstance(base, DocumentRecord), base
        for path in (docx_path, pdf_path):
            rec = load_document(path)
            assert isinstance(rec, DocumentRecord), rec
            assert rec.source.format == path.suffix[1:]
            assert comparable(rec) == comparable(base), path.name


def test_docx_and_pdf_score_at_least_the_txt(built, gold_dir, shared, tmp_path):
    scorer = shared / "tools" / "score_extraction.py"
    txt = _score(gold_dir, [load_document(t) for t, _, _ in built], tmp_path, scorer)
    for column in (1, 2):
        records = [load_document(row[column]) for row in built]
        assert all(isinstance(r, DocumentRecord) for r in records)
        assert _score(gold_dir, records, tmp_path, scorer) >= txt


def test_content_decides_the_reader_not_the_name(built, tmp_path):
    txt, docx_path, pdf_path = built[0]
    disguised_docx = tmp_path / "plan.txt"
    disguised_docx.write_bytes(docx_path.read_bytes())
    disguised_pdf = tmp_path / "plan.dat"
    disguised_pdf.write_bytes(pdf_path.read_bytes())
    assert read_file(disguised_docx).format == "docx"
    assert read_file(disguised_pdf).format == "pdf"
    # and a text file named .pdf is read as text
    fake_pdf = tmp_path / "plan.pdf"
    fake_pdf.write_bytes(txt.read_bytes())
    assert read_file(fake_pdf).format == "text"


def test_scanned_pdf_needs_ocr(tmp_path):
    path = build_scanned_pdf(tmp_path / "scan.pdf")
    with pytest.raises(LoadFailure) as e:
        read_file(path)
    assert e.value.reason == NO_TEXT_LAYER
    err = load_document(path)
    assert isinstance(err, LoadError) and err.reason == NO_TEXT_LAYER and err.file == str(path)


def test_ocr_without_tesseract_gives_one_line_reason(tmp_path):
    missing = ocr_missing()
    if missing is None:
        pytest.skip("tesseract with Vietnamese data is installed here")
    err = load_document(build_scanned_pdf(tmp_path / "scan.pdf"), ocr=True)
    assert isinstance(err, LoadError)
    assert err.reason.startswith("scanned PDF without a text layer: ") and missing in err.reason
    assert "\n" not in err.reason


def test_ocr_reads_a_rendered_vietnamese_page(tmp_path):
    missing = ocr_missing()
    if missing is not None:
        pytest.skip(missing)
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), 48)
    image = Image.new("RGB", (1700, 300), "white")
    ImageDraw.Draw(image).text((40, 100), "KẾ HOẠCH Triển khai Tháng Dân vận", font=font, fill="black")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.image(image, x=10, y=10, w=190)
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    t = read_file(path, ocr=True)
    assert t.encoding == "ocr-tesseract-vie"
    assert "HOẠCH" in t.flat and "Dân vận" in t.flat


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"PK\x03\x04" + b"\x00" * 40, "damaged zip/.docx file"),
        (b"%PDF-1.7\n%broken\n" + b"x" * 100, "damaged PDF"),
    ],
)
def test_damaged_packages_fail_with_one_line(data, reason):
    with pytest.raises(LoadFailure) as e:
        read_bytes(data, "x.bin")
    assert e.value.reason.startswith(reason) and "\n" not in e.value.reason


def test_other_zip_packages_are_named(tmp_path):
    import zipfile

    path = tmp_path / "budget.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(LoadFailure, match="spreadsheet"):
        read_file(path)


def test_docx_typed_in_a_legacy_vntime_font_is_converted(tmp_path):
    # Old Word files keep ".VnTime" text: the TCVN3 bytes stored as Windows-1252 characters.
    from test_encodings import encode_tcvn3, encode_vni

    lines = ["UBND TỈNH HÀ GIANG", "Sở Y tế xây dựng kế hoạch triển khai thực hiện như sau:"]
    for encode, label in ((encode_tcvn3, "docx tcvn3 font"), (encode_vni, "docx vni font")):
        document = docx.Document()
        for line in lines:
            document.add_paragraph(encode(line).decode("cp1252"))
        path = tmp_path / f"{label.split()[1]}.docx"
        document.save(str(path))
        t = read_file(path)
        assert (t.encoding, [x.text for x in t.lines]) == (label, lines)
