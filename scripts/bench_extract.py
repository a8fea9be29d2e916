#!/usr/bin/env python3
"""Extraction throughput on one core: documents/s and MB/s over real documents, repeated.

Usage: bench_extract.py [--repeat N] [--body-refs] [DIR …]   (default: ../shared/seeds ../shared/corpus examples/)

Reading is done once, outside the timed loop; the timed part is make_text + extract, the work
that scales with the corpus (``--body-refs`` adds graph.build.find_body_refs, which vanban load
runs on every document). The memo caches of body names are emptied before every pass, so a
pass costs what one cold run over new documents costs. Prints a markdown table row for
BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import gc
import platform
import resource
import statistics
import time
from pathlib import Path

from vanban.graph.build import find_body_refs
from vanban.loaders.extract import extract
from vanban.loaders.load import expand_paths
from vanban.loaders.read import read_file
from vanban.loaders.text import make_text

REPO = Path(__file__).resolve().parent.parent


def clear_name_caches() -> None:
    """Forget memoised readings (body names, header lines and pieces, Nơi nhận items, line markers), so repeated passes
    are not warmer than a first run."""
    from vanban.loaders import citation_groups, citation_issuers, citation_mentions, citation_symbols, header, kind_lists, names, parties, recipients, sections, symbol_issuers

    names._canonical_org.cache_clear()
    names.recase.cache_clear()
    names.undouble_words.cache_clear()
    header._unglued.cache_clear()
    sections._read_mark.cache_clear()
    for reading in (header._line_pieces, header._position_case, header._authority_case, header._type_of, header._bare_type):
        reading.cache_clear()
    for reading in (recipients._split_item, recipients._purpose, recipients._normalise):
        reading.cache_clear()
    names._unqualified_org.cache_clear()
    for reading in (names._read_name, names._cased_places, names._levels_and_fields):
        reading.cache_clear()
    citation_groups.name_key.cache_clear()
    names.expand_abbreviations.cache_clear()
    names.is_all_caps.cache_clear()
    parties.normalize_name.cache_clear()
    parties._split_names.cache_clear()
    citation_mentions.mask.cache_clear()
    citation_issuers.issuer_as_named.cache_clear()
    for read in (citation_symbols.type_code, citation_symbols.body_code, citation_symbols.symbol_year, citation_symbols.names_two_ministries):
        read.cache_clear()
    symbol_issuers.standing_codes.cache_clear()
    kind_lists.READINGS.forget()
    parties.MINISTRY_READINGS.forget()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=20, help="passes over the documents (default 20)")
    ap.add_argument("--body-refs", action="store_true", help="also time graph.build.find_body_refs per document")
    args = ap.parse_args()
    dirs = args.dirs or [REPO.parent / "shared" / "seeds", REPO.parent / "shared" / "corpus", REPO / "examples"]
    files = expand_paths([d for d in dirs if d.exists()])
    raws = []
    for f in files:
        t = read_file(f)
        raws.append((t.original, t.name))
    total_bytes = sum(len(r.encode("utf-8")) for r, _ in raws)
    def one_pass() -> None:
        for raw, name in raws:
            text = make_text(raw, name=name)
            record = extract(text)
            if args.body_refs:
                find_body_refs(record, text)

    one_pass()  # warm-up pass: compiles lazy tables and regexes
    gc.collect()
    times = []
    for _ in range(args.repeat):
        clear_name_caches()
        t0 = time.perf_counter()
        one_pass()
        times.append(time.perf_counter() - t0)
    best, median = min(times), statistics.median(times)
    mb = total_bytes / 1e6
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    what = "make_text + extract" + (" + find_body_refs" if args.body_refs else "")
    print(f"documents: {len(raws)} ({mb:.2f} MB of UTF-8 text), passes: {args.repeat}, {what}, python {platform.python_version()}")
    print(f"median pass {median*1000:.1f} ms, best {best*1000:.1f} ms, peak RSS {rss:.0f} MB")
    print("| documents | MB | docs/s (median) | MB/s (median) | MB/s (best) |")
    print("|---|---|---|---|---|")
    print(f"| {len(raws)} | {mb:.2f} | {len(raws)/median:.0f} | {mb/median:.2f} | {mb/best:.2f} |")


if __name__ == "__main__":
    main()
