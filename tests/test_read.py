"""read_file picks the reader by content; load_document and scan_paths turn files into records or reasons."""

from __future__ import annotations

import codecs
import zipfile

import pytest

from vanban.loaders.load import Summary, expand_paths, load_document, scan_paths
from vanban.loaders.read import is_markdown, read_bytes, read_file
from vanban.loaders.records import DocumentRecord, LoadError, LoadFailure
from vanban.loaders.text import normalize

# Seed 002's opening, as it was converted to markdown.
MARKDOWN = "Số: /KH-UBND\nĐồng Văn, ngày tháng năm 2022\n**KẾ HOẠCH**  \n**Triển khai “Tháng dân vận” năm 2022**\n"
PLAIN = "Số: 799/KH- SYT\nHà Tĩnh, ngày 31 tháng 3 năm 2020\nKẾ HOẠCH\nThực hiện phong trào thi đua “Dân vận khéo” năm 2020\n"


def test_markdown_by_markers_or_by_name():
    assert is_markdown(MARKDOWN)
    assert not is_markdown(PLAIN)
    assert is_markdown(PLAIN, ".md")
    assert read_bytes(MARKDOWN.encode(), "002.txt").format == "markdown"
    assert read_bytes(PLAIN.encode(), "004.txt").format == "text"
    assert read_bytes(PLAIN.encode(), "004.md").format == "markdown"


def test_markdown_markers_of_each_kind_and_the_same_verdicts_on_real_documents(seeds_dir, corpus_dir):
    """is_markdown skips the regex when no marker character is present: the verdicts are those of
    counting MARKDOWN_MARKER matches, on every real document and on each kind of marker."""
    from vanban.loaders.encodings import decode_text
    from vanban.loaders.read import MARKDOWN_MARKER, MARKDOWN_MIN_MARKERS

    table = "Kết quả:\n| Số | Ngày |\n|---|---|\n| 1 | 2 |\n|:---:|---|\n"
    headings = "# KẾ HOẠCH\nnội dung\n## I. MỤC ĐÍCH\n"
    assert is_markdown(table) and is_markdown(headings)
    assert not is_markdown("Tỷ lệ 50% | # 3 |\nkhông phải bảng") and not is_markdown("**một** chỗ in đậm")
    files = sorted(p for d in (seeds_dir, corpus_dir) for p in d.iterdir() if p.suffix in (".txt", ".md"))
    assert len(files) > 40
    for f in files:
        text = decode_text(f.read_bytes()).text
        window = text[: 1 << 16]
        expected = len(MARKDOWN_MARKER.findall(window)) >= MARKDOWN_MIN_MARKERS or "](http" in window or "](#)" in window
        assert is_markdown(text) == expected, f.name


def test_text_records_carry_the_detected_encoding(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + PLAIN.encode("utf-16-le"))
    rec = load_document(path)
    assert isinstance(rec, DocumentRecord)
    assert (rec.source.format, rec.source.encoding, rec.source.chars) == ("text", "utf-16-le", len(PLAIN))


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b" \n\n \t", "empty file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary file, not a document"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "legacy Office file (.doc/.xls): save it as .docx or .txt"),
        (b"{\\rtf1\\ansi Ke hoach}", "RTF document: save it as .docx or .txt"),
    ],
)
def test_refusals_are_one_line_reasons(tmp_path, data, reason):
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    with pytest.raises(LoadFailure) as e:
        read_file(path)
    assert e.value.reason == reason
    err = load_document(path)
    assert err == LoadError(file=str(path), reason=reason)
    assert str(err) == f"{path}: {reason}"


def test_missing_file_and_folder(tmp_path):
    assert load_document(tmp_path / "nope.txt") == LoadError(file=str(tmp_path / "nope.txt"), reason="no such file")
    assert load_document(tmp_path).reason == "is a folder, not a file"


def test_zip_that_is_not_a_docx(tmp_path):
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("notes.txt", PLAIN)
    assert load_document(path).reason == "zip archive, not a document"


def test_scan_paths_folders_globs_and_skips(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "b").mkdir()
    (tmp_path / "a" / "plan.txt").write_text(PLAIN, encoding="utf-8")
    (tmp_path / "a" / "b" / "deep.md").write_text(MARKDOWN, encoding="utf-8")
    (tmp_path / "a" / "budget.xlsx").write_bytes(b"PK")
    (tmp_path / "a" / "~$plan.docx").write_bytes(b"lock")
    (tmp_path / "a" / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (tmp_path / "a" / ".DS_Store").write_bytes(b"\x00")
    (tmp_path / "loose.TXT").write_text(PLAIN, encoding="utf-8")
    batch = scan_paths([tmp_path / "a", str(tmp_path / "*.TXT"), str(tmp_path / "nothing*.pdf"), tmp_path / "a" / "plan.txt"])
    assert batch.files == [tmp_path / "a" / "b" / "deep.md", tmp_path / "a" / "plan.txt", tmp_path / "loose.TXT"]
    assert {(s.file.rsplit("/", 1)[-1], s.reason) for s in batch.skipped} == {
        ("budget.xlsx", "spreadsheet, not a document"),
        ("~$plan.docx", "office lock file"),
        ("old.doc", "legacy Word .doc is not read: save it as .docx"),
    }
    assert [m.reason for m in batch.missing] == ["no file matches this pattern"]
    assert expand_paths([tmp_path / "a"]) == batch.files[:2]


def test_an_explicit_file_is_read_whatever_its_name(tmp_path):
    path = tmp_path / "plan.xlsx"
    path.write_text(PLAIN, encoding="utf-8")
    assert scan_paths([path]).files == [path]
    assert read_file(path).format == "text"


def test_summary_counts():
    s = Summary()
    s.add(LoadError(file="x.txt", reason="empty file"))
    s.add(DocumentRecord(file="y.txt"))
    assert (s.read, len(s.failed), s.ok, s.line()) == (1, 1, False, "1 read, 0 skipped, 1 failed")


def test_every_seed_reads_as_utf8_text(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        t = read_file(path)
        assert t.encoding == "utf-8" and t.format in ("text", "markdown")
        assert t.original == normalize(path.read_text(encoding="utf-8"))


def test_folder_notes_are_skipped_not_read_as_documents(tmp_path, corpus_dir):
    from vanban.loaders.load import scan_paths

    # The corpus folder's SOURCES.md lists where its documents came from.
    corpus = scan_paths([corpus_dir])
    assert [s.file.endswith("SOURCES.md") for s in corpus.skipped] == [True]
    assert len(corpus.files) == 46

    (tmp_path / "README.md").write_text("# Các văn bản mẫu\n\nĐây là ghi chú.\n", encoding="utf-8")
    (tmp_path / "ke_hoach.txt").write_text("KẾ HOẠCH\nTriển khai thực hiện Chỉ thị số 33/CT-TTg\n", encoding="utf-8")
    batch = scan_paths([tmp_path])
    assert [f.name for f in batch.files] == ["ke_hoach.txt"]
    assert [s.file.endswith("README.md") for s in batch.skipped] == [True]
    # Named explicitly, it is still read.
    assert scan_paths([tmp_path / "README.md"]).files == [tmp_path / "README.md"]
