"""Tasks: numbered items of the content and organisation sections, with assignees."""

from __future__ import annotations

from vanban.loaders.records import Header, Task
from vanban.loaders.text import Text


def find_tasks(text: Text, header: Header) -> list[Task]:
    return []
