"""Reporting duties: who reports to whom, by when, how often."""

from __future__ import annotations

from vanban.loaders.records import Header, Report
from vanban.loaders.text import Text


def find_reports(text: Text, header: Header) -> list[Report]:
    return []
