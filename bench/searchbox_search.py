#!/usr/bin/env python3
"""Search-box quality: Aisle against plain BM25 on short, noisy queries over a catalog of titles only.

    python bench/searchbox_search.py ../shared/bench/search/catalog.csv [--queries 600] [--show 0]

The catalog is cut to its ``id`` and ``title`` columns (as the real search-box benchmark's is) and imported
through ``import_feed``; the queries and their graded judgments are made at run time from the full CSV
(``searchbox_queries``: how, and the judging rule, are in its docstring). Aisle runs each query the way
search_products does (``search_quality``); the baseline is plain FTS5 BM25 (``bm25_baseline``) over the same
titles, on the same run. Prints nDCG@10 of both, overall, by kind of query and by fixed half of the queries
(``halves``: "a" is developed on, "b" judges), how many queries each wins, and how many Aisle answers with
nothing. The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import sys
import time
from pathlib import Path

import anyio

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bm25_baseline import Bm25Baseline
from bench.search_quality import imported_titles, run
from bench.searchbox_queries import generate
from bench.shopper_search import report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("catalog", type=Path)
    parser.add_argument("--queries", type=int, default=600)
    parser.add_argument("--dump", type=Path, help="write each query's scores and top titles here (JSON lines)")
    parser.add_argument("--show", type=int, default=0, help="print this many of Aisle's worst losses")
    args = parser.parse_args()
    print(f"machine: {platform.platform()}, {os.cpu_count()} cpus, Python {platform.python_version()}", file=sys.stderr)
    with args.catalog.open(encoding="utf8", newline="") as source:
        rows = list(csv.DictReader(source))
    queries = generate(rows, args.queries)
    titles_only = [{"id": r["id"], "title": r["title"]} for r in rows]
    baseline = Bm25Baseline(titles_only)
    with imported_titles(titles_only) as catalog:
        started = time.perf_counter()
        ranked = anyio.run(run, catalog, [{"id": q.id, "query": q.query} for q in queries])
        elapsed = time.perf_counter() - started
    report(queries, ranked, baseline, rows, elapsed, args.show, args.dump)


if __name__ == "__main__":
    main()
