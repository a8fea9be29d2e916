"""A .pdf file -> text: its text layer page by page, or OCR (tesseract, Vietnamese) when asked.

A PDF printed from Word has a text layer; a scanned one has only page images, and is refused
with a reason that says so unless OCR is requested. OCR uses Debian's `tesseract-ocr` with the
`vie` language data and `pdftoppm` (poppler-utils) to render pages; when a piece is missing the
reason names the package to install.
"""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

from vanban.loaders.records import LoadFailure

# A page with fewer letters and digits than this on average has no real text layer
# (a scan may still carry a page number or a stamp as text).
MIN_CHARS_PER_PAGE = 20
OCR_DPI = 300
OCR_TIMEOUT_S = 300
NO_TEXT_LAYER = "scanned PDF without a text layer: needs OCR (try --ocr)"


def pdf_pages(data: bytes) -> list[str]:
    """The text layer of each page (pypdf), in page order."""
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files: our reason, not pypdf's log
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadFailure("encrypted PDF: needs a password")
        return [page.extract_text() or "" for page in reader.pages]
    except LoadFailure:
        raise
    except Exception as e:  # noqa: BLE001 - any damage inside the file is one reason
        raise LoadFailure(f"damaged PDF: {type(e).__name__}: {e}".splitlines()[0][:200]) from None


def has_text_layer(pages: list[str]) -> bool:
    chars = sum(1 for page in pages for c in page if c.isalnum())
    return bool(pages) and chars >= MIN_CHARS_PER_PAGE * len(pages)


def pdf_text(data: bytes, ocr: bool = False) -> tuple[str, str]:
    """(text, how it was read): "pdf-text" for the text layer, "ocr-tesseract-vie" for OCR."""
    pages = pdf_pages(data)
    if has_text_layer(pages):
        return "\n".join(pages), "pdf-text"
    if not ocr:
        raise LoadFailure(NO_TEXT_LAYER)
    return ocr_pdf(data), "ocr-tesseract-vie"


def ocr_missing() -> str | None:
    """Why OCR cannot run here (one line), or None when tesseract with `vie` and pdftoppm are present."""
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        return "OCR needs tesseract (apt install tesseract-ocr tesseract-ocr-vie)"
    try:
        langs = subprocess.run([tesseract, "--list-langs"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as e:
        return f"tesseract does not run: {e}".splitlines()[0]
    if "vie" not in (langs.stdout + langs.stderr).split():
        return "tesseract has no Vietnamese data (apt install tesseract-ocr-vie)"
    if shutil.which("pdftoppm") is None:
        return "OCR needs pdftoppm to render pages (apt install poppler-utils)"
    return None


def ocr_pdf(data: bytes) -> str:
    """Render each page at OCR_DPI and read it with tesseract -l vie; pages joined by newlines."""
    missing = ocr_missing()
    if missing:
        raise LoadFailure(f"scanned PDF without a text layer: {missing}")
    with tempfile.TemporaryDirectory(prefix="vanban-ocr-") as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(data)
        try:
            subprocess.run(
                ["pdftoppm", "-r", str(OCR_DPI), "-png", str(src), str(Path(tmp) / "page")],
                check=True, capture_output=True, timeout=OCR_TIMEOUT_S,
            )
            texts = []
            for image in sorted(Path(tmp).glob("page*.png")):
                r = subprocess.run(
                    ["tesseract", str(image), "stdout", "-l", "vie"],
                    check=True, capture_output=True, timeout=OCR_TIMEOUT_S,
                )
                texts.append(r.stdout.decode("utf-8", errors="replace"))
        except subprocess.TimeoutExpired:
            raise LoadFailure("OCR took too long") from None
        except (OSError, subprocess.CalledProcessError) as e:
            raise LoadFailure(f"OCR failed: {e}".splitlines()[0][:200]) from None
    text = "\n".join(texts)
    if not text.strip():
        raise LoadFailure("OCR found no text in the scanned PDF")
    return text
