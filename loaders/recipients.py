"""Recipients from the "Nơi nhận" block, with their purpose."""

from __future__ import annotations

from vanban.loaders.records import Header, Recipient
from vanban.loaders.text import Text


def find_recipients(text: Text, header: Header) -> list[Recipient]:
    return []
