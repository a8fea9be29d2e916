"""The document's own header: type, number, symbol, issuer, place, date, title, signer."""

from __future__ import annotations

from vanban.loaders.records import Header
from vanban.loaders.text import Text


def read_header(text: Text) -> Header:
    return Header()
