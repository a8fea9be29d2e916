"""Integration: the whole extraction on the five seeds, scored by the shared scorer against the gold."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from vanban.loaders.load import load_document
from vanban.loaders.records import DocumentRecord


def _scorer(gold_dir: Path):
    path = gold_dir.parent.parent / "tools" / "score_extraction.py"
    if not path.exists():
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
