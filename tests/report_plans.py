"""A report duty's fragment set inside a minimal plan, as the report tests read it."""

from __future__ import annotations

from vanban.loaders.records import Header
from vanban.loaders.reports import find_reports
from vanban.loaders.text import make_text


def plan_text(body: str) -> str:
    """``body`` as the "TỔ CHỨC THỰC HIỆN" section of a plan with a title and a purpose."""
    return f"KẾ HOẠCH\nTriển khai thực hiện\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích chung.\n\nII. TỔ CHỨC THỰC HIỆN\n\n{body}\n"


def reports_of(body: str, header: Header) -> list[dict]:
    """The report duties ``find_reports`` reads in ``plan_text(body)``, as JSON-shaped dicts."""
    return [r.model_dump(by_alias=True) for r in find_reports(make_text(plan_text(body)), header)]
