"""The tasks the extractor reads in a real document of tests/data/realdocs, by section: shared by the tests of tasks
read on real documents (test_quality26_conclusions, test_quality27_regtasks)."""

from __future__ import annotations

from pathlib import Path

from vanban.loaders.extract import extract
from vanban.loaders.read import read_file

REALDOCS = Path(__file__).parent / "data" / "realdocs"


def realdoc_tasks(name: str) -> dict[str, list[str]]:
    """Section -> doers of each task of tests/data/realdocs/``name``."""
    record = extract(read_file(REALDOCS / name))
    return {t.section: t.assigned_to for t in record.tasks}
