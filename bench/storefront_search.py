#!/usr/bin/env python3
"""A storefront's search box, judged as a real judged set is: Aisle against plain BM25 over generated
home-improvement titles.

    python bench/storefront_search.py [--queries 600] [--judged 10500] [--universe 150000] [--show 0] [--dump OUT]
                                      [--database-url URL]

The catalog (titles only, ``id,title``) and the queries with their judged products are made at run time by
``storefront_queries`` (how, the judging rule, and why only a few products a query are judged, are in its
docstring). Aisle runs each query the way search_products does (``search_quality``); the baseline is plain FTS5
BM25 (``bm25_baseline``) over the same titles, on the same run. Prints nDCG@10 of both (an unjudged product counts
0), overall, by shape of query and by fixed half (``halves``), how many queries each wins, and how many Aisle
answers with nothing; the last line is one JSON object.
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
from bench.search_quality import imported_titles, run
from bench.shopper_search import report
from bench.storefront_queries import JUDGED, UNIVERSE, storefront


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--queries", type=int, default=600)
    parser.add_argument("--judged", type=int, default=JUDGED, help="queries judged (their products: the catalog)")
    parser.add_argument("--universe", type=int, default=UNIVERSE, help="products the judged ones are drawn from")
    parser.add_argument("--show", type=int, default=0, help="print this many of Aisle's worst losses")
    parser.add_argument("--dump", type=Path, help="write each query's scores and top titles here (JSON lines)")
    parser.add_argument("--database-url", help="keep the catalog in PostgreSQL (a fresh database on this server)")
    args = parser.parse_args()
    print(f"machine: {platform.platform()}, {os.cpu_count()} cpus, Python {platform.python_version()}", file=sys.stderr)
    products, queries = storefront(args.queries, args.judged, args.universe)
    rows = [{"id": p.id, "title": p.title} for p in products]
    scored = f"{len(rows)} products judged for {args.judged} queries; {len(queries)} of the queries scored"
    print(scored, file=sys.stderr)
    baseline = Bm25Baseline(rows)
    with imported_titles(rows, args.database_url) as found:
        started = time.perf_counter()
        ranked = anyio.run(run, found, [{"id": q.id, "query": q.query} for q in queries])
        elapsed = time.perf_counter() - started
    report(queries, ranked, baseline, rows, elapsed, args.show, args.dump)


if __name__ == "__main__":
    main()
