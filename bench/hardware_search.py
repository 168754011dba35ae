#!/usr/bin/env python3
"""Home-improvement search-box quality: Aisle against plain BM25 on a catalog of generated hardware-store titles.

    python bench/hardware_search.py [--queries 400] [--per-kind 120] [--typed] [--show 0] [--dump OUT]
                                    [--database-url URL]

The catalog (titles only, ``id,title``, as the real search-box benchmark's) and the queries with their graded
judgments are made at run time by ``hardware_queries`` (how, and the judging rule, are in its docstring). Aisle
runs each query the way search_products does (``search_quality``); the baseline is plain FTS5 BM25
(``bm25_baseline``) over the same titles, on the same run. Prints nDCG@10 of both, overall, by shape of query and
by fixed half (``halves``), how many queries each wins, and how many Aisle answers with nothing; the last line is
one JSON object. ``--typed`` runs the queries typed as shoppers type (``hardware_queries.generate_typed``: the kind
first, slips in any word, one word alone, model numbers, words no title uses, long queries, sizes without units)
over the same catalog with a model number in one title of four.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

import anyio

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bm25_baseline import Bm25Baseline
from bench.hardware_queries import PER_KIND, catalog, coded, generate, generate_typed
from bench.search_quality import imported_titles, run
from bench.shopper_search import report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--per-kind", type=int, default=PER_KIND, help="titles of each kind (the catalog's size)")
    parser.add_argument("--show", type=int, default=0, help="print this many of Aisle's worst losses")
    parser.add_argument("--typed", action="store_true", help="queries typed as shoppers type, model numbers in titles")
    parser.add_argument("--dump", type=Path, help="write each query's scores and top titles here (JSON lines)")
    parser.add_argument("--database-url", help="keep the catalog in PostgreSQL (a fresh database on this server)")
    args = parser.parse_args()
    print(f"machine: {platform.platform()}, {os.cpu_count()} cpus, Python {platform.python_version()}", file=sys.stderr)
    products = catalog(per_kind=args.per_kind)
    if args.typed:
        products = coded(products)
    rows = [{"id": p.id, "title": p.title} for p in products]
    queries = (generate_typed if args.typed else generate)(products, args.queries)
    baseline = Bm25Baseline(rows)
    with imported_titles(rows, args.database_url) as found:
        started = time.perf_counter()
        ranked = anyio.run(run, found, [{"id": q.id, "query": q.query} for q in queries])
        elapsed = time.perf_counter() - started
    report(queries, ranked, baseline, rows, elapsed, args.show, args.dump)


if __name__ == "__main__":
    main()
