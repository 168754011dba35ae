#!/usr/bin/env python3
"""Shopper-style search quality: Aisle against plain BM25 on queries typed the way shoppers type.

    python bench/shopper_search.py ../shared/bench/search/catalog.csv [--queries 600] [--show 0] [--database-url URL]

The queries and their graded judgments are made at run time from the catalog (``shopper_queries``: how, and the
judging rule, are in its docstring). Aisle runs each query the way search_products does (``search_quality``);
the baseline is plain FTS5 BM25 (``bm25_baseline``), on the same run. Prints nDCG@10 of both, overall and by kind
of query and by fixed half of the queries (``halves``), how many queries each wins, and how many Aisle answers with
nothing. The last line is one JSON object. With ``--database-url``, Aisle's catalog is kept in PostgreSQL (as in
``search_quality``).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import anyio

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bm25_baseline import Bm25Baseline
from bench.halves import by_half, counts, half
from bench.search_quality import K, imported, run
from bench.shopper_queries import Query, generate, ndcg


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("catalog", type=Path)
    parser.add_argument("--queries", type=int, default=600)
    parser.add_argument("--show", type=int, default=0, help="print this many of Aisle's worst losses")
    parser.add_argument("--dump", type=Path, help="write each query's scores and top titles here (JSON lines)")
    parser.add_argument("--database-url", help="keep the catalog in PostgreSQL (a fresh database on this server)")
    args = parser.parse_args()
    print(f"machine: {platform.platform()}, {os.cpu_count()} cpus, Python {platform.python_version()}", file=sys.stderr)
    with args.catalog.open(encoding="utf8", newline="") as source:
        rows = list(csv.DictReader(source))
    queries = generate(rows, args.queries)
    baseline = Bm25Baseline(rows)
    with imported(args.catalog, args.database_url) as catalog:
        started = time.perf_counter()
        ranked = anyio.run(run, catalog, [{"id": q.id, "query": q.query} for q in queries])
        elapsed = time.perf_counter() - started
    report(queries, ranked, baseline, rows, elapsed, args.show, args.dump)


def report(
    queries: Sequence[Query],
    ranked: list[dict[str, object]],
    baseline: Bm25Baseline,
    rows: list[dict[str, str]],
    elapsed: float,
    show: int,
    dump: Path | None = None,
) -> None:
    """nDCG@10 of Aisle's ``ranked`` ids and of plain BM25 on the same graded ``queries``: overall, by kind and by
    half to stderr, the ``show`` worst losses, and one JSON line last."""
    ours = {str(r["id"]): [str(d) for d in r["ranked"]] for r in ranked}  # type: ignore[union-attr]
    by_kind: dict[str, list[tuple[float, float]]] = defaultdict(list)
    losses: list[tuple[float, str, list[str], list[str]]] = []
    mine: dict[str, float] = {}
    theirs: dict[str, float] = {}
    wins = worse = empty = 0
    for query in queries:
        plain = baseline.rank(query.query, K)
        a, b = ndcg(ours[query.id], query.grades), ndcg(plain, query.grades)
        mine[query.id], theirs[query.id] = a, b
        for kind in ("all", *query.kind.split("+")):
            by_kind[kind].append((a, b))
        wins += a > b + 1e-9
        worse += a < b - 1e-9
        empty += not ours[query.id]
        losses.append((a - b, query.query, ours[query.id][:5], plain[:5]))
    print(f"{len(queries)} queries, Aisle {1000 * elapsed / len(queries):.1f} ms each", file=sys.stderr)
    for kind, pairs in sorted(by_kind.items(), key=lambda item: -len(item[1])):
        a = sum(p[0] for p in pairs) / len(pairs)
        b = sum(p[1] for p in pairs) / len(pairs)
        print(f"  {kind:<10} {len(pairs):>4} queries  nDCG@10 Aisle {a:.3f}  BM25 {b:.3f}", file=sys.stderr)
    ids = [q.id for q in queries]
    behind = {h: sum(1 for q in queries if half(q.id) == h and mine[q.id] < theirs[q.id] - 1e-9) for h in "ab"}
    print(f"worse than BM25 by half: {behind}", file=sys.stderr)
    if dump is not None:
        titles_of = {r["id"]: r["title"] for r in rows}
        with dump.open("w", encoding="utf8") as out:
            for q in queries:
                top = [titles_of[d] for d in ours[q.id][:10]]
                plain = [titles_of[d] for d in baseline.rank(q.query, 10)]
                line = {"id": q.id, "half": half(q.id), "query": q.query, "shape": q.kind, "aisle": mine[q.id],
                        "bm25": theirs[q.id], "ids": ours[q.id][:10], "top": top, "bm25_top": plain}  # fmt: skip
                out.write(json.dumps(line) + "\n")
    print(f"halves {counts(ids)}: aisle {by_half(mine, ids)} bm25 {by_half(theirs, ids)}", file=sys.stderr)
    titles = {r["id"]: r["title"][:70] for r in rows}
    for delta, text, mine, theirs in sorted(losses)[:show]:
        print(f"{delta:+.2f} {text!r}\n   aisle: {[titles[d] for d in mine[:3]]}", file=sys.stderr)
        print(f"   bm25:  {[titles[d] for d in theirs[:3]]}", file=sys.stderr)
    every = by_kind["all"]
    print(
        json.dumps(
            {
                "queries": len(queries),
                "aisle_ndcg@10": round(sum(p[0] for p in every) / len(every), 4),
                "bm25_ndcg@10": round(sum(p[1] for p in every) / len(every), 4),
                "aisle_better": wins,
                "aisle_worse": worse,
                "aisle_empty": empty,
            }
        )
    )


if __name__ == "__main__":
    main()
