"""Integration: the whole extraction on the five seeds, scored by the shared scorer against the gold."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from conftest import IN_CI
from vanban.loaders.load import load_document
from vanban.loaders.records import DocumentRecord


def _scorer(gold_dir: Path):
    path = gold_dir.parent.parent / "tools" / "score_extraction.py"
    if not path.exists():
        if IN_CI:
            pytest.fail(f"{path} is missing: CI runs with ../shared beside the clone")
        pytest.skip(f"{path} is not here")
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores(gold_dir: Path, seeds_dir: Path, tmp_path_factory) -> dict:
    predictions = tmp_path_factory.mktemp("score") / "seeds.jsonl"
    lines = []
    for seed in sorted(seeds_dir.glob("*.txt")):
        record = load_document(seed)
        assert isinstance(record, DocumentRecord), str(record)
        lines.append(json.dumps(record.to_json_dict(), ensure_ascii=False))
    predictions.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return _scorer(gold_dir).score(gold_dir, predictions)


def test_cites_f1(scores):
    assert scores["categories"]["cites"]["f1"] >= 0.97, scores["categories"]["cites"]


def test_implements_f1(scores):
    assert scores["categories"]["implements"]["f1"] >= 0.97, scores["categories"]["implements"]


def test_cite_attributes(scores):
    assert scores["cite_attributes"]["issuer"] >= 0.9, scores["cite_attributes"]
    assert scores["cite_attributes"]["date"] >= 0.9, scores["cite_attributes"]


def test_overall_and_every_category_through_the_cli(gold_dir: Path, seeds_dir: Path, tmp_path: Path):
    """The issue's acceptance: `vanban extract --format json seeds/*.txt` scored by the shared tool."""
    from typer.testing import CliRunner

    from vanban.cli import app

    result = CliRunner().invoke(app, ["extract", "--format", "json", *map(str, sorted(seeds_dir.glob("*.txt")))])
    assert result.exit_code == 0, result.output
    predictions = tmp_path / "out.jsonl"
    predictions.write_text("".join(line + "\n" for line in result.stdout.splitlines() if line.startswith("{")), encoding="utf-8")
    r = _scorer(gold_dir).score(gold_dir, predictions)
    assert not r["missing"]
    assert r["overall_f1"] >= 0.97, r
    assert r["categories"]["cites"]["f1"] >= 0.97, r["categories"]["cites"]
    assert all(c["f1"] >= 0.90 for c in r["categories"].values()), r["categories"]
    assert all(v >= 0.90 for v in r["fields"].values()), r["fields"]
