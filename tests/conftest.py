"""Shared fixtures: where the real documents are. Plugins: every tests/plugin_*.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
SHARED = Path(os.environ.get("VANBAN_SHARED", REPO.parent / "shared"))
EXAMPLES = REPO / "examples"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

# Fixtures that start real services (Neo4j, Chromium) live in tests/plugin_*.py.
pytest_plugins = sorted(p.stem for p in TESTS.glob("plugin_*.py"))


def _need(path: Path) -> Path:
    if not path.exists():
        if IN_CI:
            pytest.fail(f"{path} is missing: CI runs with ../shared beside the clone")
        pytest.skip(f"{path} is not here (the shared folder sits beside the clone)")
    return path


@pytest.fixture(scope="session")
def shared() -> Path:
    return _need(SHARED)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return _need(SHARED / "seeds")


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return _need(SHARED / "gold" / "seeds")


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return _need(SHARED / "corpus")


# Property tests explore new examples on developers' runs; in CI they replay a fixed sequence,
# so a submission's result does not depend on the draw.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if IN_CI:
    _hypothesis_settings.load_profile("ci")


@pytest.fixture(scope="session")
def synthetic(tmp_path_factory):
    """300 synthetic plans (scripts/gen_corpus.py), loaded: bodies of every level of 63 provinces
    (generated once for the tests of incremental resolution that feed them batch by batch)."""
    from vanban.graph.build import load_source

    out = tmp_path_factory.mktemp("s300")
    subprocess.run([sys.executable, str(REPO / "scripts" / "gen_corpus.py"), str(out), "-n", "300"], check=True,
                   capture_output=True)
    return [load_source(p) for p in sorted(out.glob("*.txt"))]
