"""File -> Text: decode bytes (encoding detected), normalize, keep the map to the original."""

from __future__ import annotations

from pathlib import Path

from vanban.loaders.records import LoadFailure
from vanban.loaders.text import Text, make_text


def read_file(path: str | Path) -> Text:
    """Read one document; raises LoadFailure with a one-line reason."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise LoadFailure(f"cannot read: {e.strerror or e}") from None
    if not data.strip():
        raise LoadFailure("empty file")
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError:
        raise LoadFailure("not UTF-8 text") from None
    fmt = "markdown" if p.suffix.lower() in (".md", ".markdown") else "text"
    return make_text(raw, name=p.name, format=fmt, encoding="utf-8")
