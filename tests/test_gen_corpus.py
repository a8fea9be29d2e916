"""The synthetic corpus generator (scripts/gen_corpus.py) checked against the real extractor.

The generator writes what each document is meant to say in manifest.jsonl; the extractor must read
the same header (issuer, number, symbol, date) and find the implemented parent plan among the
record's ``implements``. Real header forms the extractor does not read yet are strict xfails (they
start passing, and fail as XPASS, the day the extractor learns them).
"""

from __future__ import annotations

import importlib.util
import json
import statistics
import sys
from pathlib import Path

import pytest

from vanban.graph.schema import canonical_symbol
from vanban.loaders.extract import extract
from vanban.loaders.load import load_document
from vanban.loaders.text import make_text

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "gen_corpus.py"
DOCUMENTS = 150  # spans every kind of body (breadth first: the deepest levels come last)


def _gen():
    spec = importlib.util.spec_from_file_location("gen_corpus", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_corpus"] = module
    spec.loader.exec_module(module)
    return module


gen = _gen()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[dict]]:
    out = tmp_path_factory.mktemp("corpus")
    rows = gen.generate(out, DOCUMENTS, seed=7)
    return out, rows


@pytest.fixture(scope="module")
def records(corpus):
    out, rows = corpus
    return {r["file"]: load_document(out / r["file"]) for r in rows}


def test_writes_n_documents_and_manifest(corpus):
    out, rows = corpus
    files = sorted(p.name for p in out.glob("*.txt"))
    assert len(files) == DOCUMENTS
    assert files == sorted(r["file"] for r in rows)
    manifest = [json.loads(line) for line in (out / gen.MANIFEST).read_text(encoding="utf-8").splitlines()]
    assert manifest == rows


def test_every_level_is_present(corpus):
    _, rows = corpus
    kinds = {r["kind"] for r in rows}
    assert {"ubnd_tinh", "so", "ubnd_huyen", "ubnd_xa", "ttyt", "phong_gd", "thpt", "thcs", "tyt"} <= kinds
    # Each document's parent plan comes before it, and a leaf has no document implementing it.
    by_key = {(r["issuer"], r["number"], r["symbol"], r["date"][:4]): r for r in rows}
    seen: set[tuple] = set()
    parents: set[tuple] = set()
    for r in rows:
        imp = r["implements"]
        key = (imp["issuer"], imp["number"], imp["symbol"], imp["date"][:4])
        if r["kind"] != "ubnd_tinh":
            assert key in seen, r["file"]
            parents.add(key)
        seen.add((r["issuer"], r["number"], r["symbol"], r["date"][:4]))
    for k, r in by_key.items():
        assert r["leaf"] == (k not in parents), r["file"]


def test_numbers_unique_per_issuer_and_year(corpus):
    _, rows = corpus
    keys = [(r["issuer"], r["symbol"], r["date"][:4], r["number"]) for r in rows]
    assert len(keys) == len(set(keys))


def test_real_artifacts_appear(corpus):
    out, rows = corpus
    texts = [(out / r["file"]).read_text(encoding="utf-8") for r in rows]
    assert any(" \n \n" in t for t in texts)  # PDF text: trailing spaces, a blank line after each line
    assert any("quyếtsố " in t or "địnhsố " in t or "luậnsố " in t or "thịsố " in t for t in texts)  # glued
    assert any(t.count("- \n") and "/TW" in t for t in texts)  # "số 25-" / "NQ/TW"
    assert all("Nơi nhận:" in t and "(B/c)" in t and "KẾ HOẠCH" in t for t in texts)


def _header(row: dict) -> dict:
    return {k: row[k] for k in ("issuer", "number", "symbol", "date")}


def test_extractor_reads_the_intended_header(corpus, records):
    _, rows = corpus
    wrong = []
    for r in rows:
        h = records[r["file"]].document
        got = {"issuer": h.issuer, "number": h.number, "symbol": h.symbol, "date": h.date}
        want = _header(r)
        if r["kind"] in gen.KNOWN_GAPS:
            got.pop("issuer"), want.pop("issuer")
        if got != want:
            wrong.append((r["file"], got, want))
    assert not wrong, wrong[:5]


def test_extractor_finds_the_implemented_parent(corpus, records):
    _, rows = corpus
    wrong = []
    for r in rows:
        imp = r["implements"]
        found = [
            (c.number, canonical_symbol(c.symbol), c.issuer, c.date)
            for c in records[r["file"]].implements
        ]
        if (imp["number"], canonical_symbol(imp["symbol"]), imp["issuer"], imp["date"]) not in found:
            wrong.append((r["file"], imp, found))
    assert not wrong, wrong[:5]


def test_parent_with_the_same_number_and_symbol(corpus):
    # Real case the generator avoids (Numbers.next): UBND xã 15/KH-UBND implementing UBND huyện 15/KH-UBND.
    out, rows = corpus
    r = next(r for r in rows if r["kind"] == "ubnd_xa")
    parent = r["implements"]
    text = (out / r["file"]).read_text(encoding="utf-8").replace(f"Số: {r['number']}/", f"Số: {parent['number']}/", 1)
    record = extract(make_text(text, name=r["file"]))
    assert record.document.number == parent["number"]
    assert any(c.number == parent["number"] and c.issuer == parent["issuer"] for c in record.implements)


def test_same_seed_same_files(tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    gen.generate(a, 30, seed=3)
    gen.generate(b, 30, seed=3)
    gen.generate(c, 30, seed=4)
    files = sorted(p.name for p in a.iterdir())
    assert files == sorted(p.name for p in b.iterdir())
    assert all((a / f).read_bytes() == (b / f).read_bytes() for f in files)
    assert any(not (c / f).exists() or (a / f).read_bytes() != (c / f).read_bytes() for f in files)


# The real plans: the 34 kế hoạch among shared/seeds (5) and shared/corpus (the 29 files SOURCES.md
# lists as "Kế hoạch": 001-032 and 056-061), measured on 2026-11-23 with `vanban extract --format json`
# (bytes of the file; entries of cites, tasks, reports_to, recipients):
#   bytes       min 7438, p10 10425, p25 12552, median 17799, p75 25939, p90 49407, max 136193
#   cites       p25 5, median 6, p75 10        tasks       p25 7, median 9, p75 13
#   reports_to  p25 2, median 3, p75 3 (max 8) recipients  p25 7, median 9.5, p75 12
REAL_BYTES = {"min": 7438, "p10": 10425, "p25": 12552, "median": 17799, "p75": 25939, "p90": 49407, "max": 136193}
REAL_COUNTS = {"cites": (5, 10), "tasks": (7, 13), "reports_to": (2, 3), "recipients": (7, 12)}  # real p25..p75


def test_size_distribution_is_that_of_real_plans(corpus):
    out, rows = corpus
    sizes = sorted((out / r["file"]).stat().st_size for r in rows)
    cuts = statistics.quantiles(sizes, n=20)  # cuts[1] = p10, cuts[4] = p25, cuts[14] = p75, cuts[17] = p90
    median = statistics.median(sizes)
    # The median within the real quartiles, the quartiles within the real p10..p90, nothing beyond the real extremes.
    assert REAL_BYTES["p25"] <= median <= REAL_BYTES["p75"], median
    assert REAL_BYTES["p10"] <= cuts[4] <= REAL_BYTES["median"], cuts[4]
    assert REAL_BYTES["median"] <= cuts[14] <= REAL_BYTES["p90"], cuts[14]
    assert REAL_BYTES["min"] * 0.9 <= sizes[0] and sizes[-1] <= REAL_BYTES["max"] * 1.1, (sizes[0], sizes[-1])
    # A spread, not one size: the real p90/p10 ratio is 4.7.
    assert cuts[17] / cuts[1] >= 3, (cuts[1], cuts[17])


def test_entity_counts_are_those_of_real_plans(corpus, records):
    _, rows = corpus
    for field, (lo, hi) in REAL_COUNTS.items():
        counts = [len(getattr(records[r["file"]], field)) for r in rows]
        assert lo <= statistics.median(counts) <= hi, (field, statistics.median(counts))
        assert len(set(counts)) > 1, field  # they vary from plan to plan


def test_plans_have_the_real_sections_and_varied_prose(corpus):
    out, rows = corpus
    texts = [(out / r["file"]).read_text(encoding="utf-8") for r in rows]
    for t in texts:
        flat = " ".join(t.split())
        assert "I. MỤC ĐÍCH" in flat and "1. Mục đích" in flat and "2. Yêu cầu" in flat, flat[:300]
        assert "II. N" in flat and "III. KINH PHÍ" in flat and "IV. TỔ CHỨC THỰC HIỆN" in flat
        assert " chủ trì" in flat and "phối hợp" in flat and "báo cáo" in flat
    # The content sections differ between any two plans (composed, not copied).
    contents = [" ".join(t.split()).split("III. KINH PHÍ")[0].split("II. N", 1)[1] for t in texts]
    assert len(set(contents)) == len(contents)


def test_small_keeps_the_short_plans_of_the_same_corpus(tmp_path):
    rows_small = gen.generate(tmp_path / "small", 40, seed=5, small=True)
    rows_full = gen.generate(tmp_path / "full", 40, seed=5)
    assert rows_small == rows_full  # the same plans (numbers, dates, parents), only the text differs
    small = [(tmp_path / "small" / r["file"]).stat().st_size for r in rows_small]
    full = [(tmp_path / "full" / r["file"]).stat().st_size for r in rows_full]
    assert statistics.median(small) < 5000 < REAL_BYTES["min"] < statistics.median(full)
    for r in rows_small:
        record = load_document(tmp_path / "small" / r["file"])
        assert (record.document.number, record.document.date) == (r["number"], r["date"])
