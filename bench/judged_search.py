#!/usr/bin/env python3
"""Judged home-improvement search-box set: Aisle against plain BM25, judged the way a retailer's judged set is.

    python bench/judged_search.py [--queries 600] [--show 0] [--dump OUT] [--database-url URL]
                                  [--seed S] [--catalog-size N]

The catalog (``id,title`` of 54,000 products) and the log's queries with their graded judgments are made at run
time by ``judged_queries`` (how, and the grading, are in its docstring): the products raters graded were picked by
a shop's engine that reads every product's hidden description and attributes, so many judged titles lack some of
the query's words, and a product no rater saw for a query counts 0 for it. The first ``--queries`` queries of the
log are scored. Aisle runs each query the way search_products does (``search_quality``); the baseline is plain FTS5
BM25 (``bm25_baseline``) over the same titles, on the same run. Prints nDCG@10 (gain 2^grade - 1) of both,
overall, by shape of query (each of a query's tags: what it names besides the kind, how it names the kind, a slip)
and by fixed half (``halves``: "a" is developed on, "b" judges), how many queries each wins, how many Aisle answers
with nothing. The last line is one JSON object. With ``--database-url``, Aisle's catalog is kept in PostgreSQL (a
fresh database on that server, as ``search_quality`` does).
"""

from __future__ import annotations

import argparse
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
from bench.judged_queries import CATALOG_SIZE, SEED, Query, generate, ndcg
from bench.search_quality import K, imported_titles, run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--queries", type=int, default=600)
    parser.add_argument("--show", type=int, default=0, help="print this many of Aisle's worst losses")
    parser.add_argument("--dump", type=Path, help="write each query's scores and top titles here (JSON lines)")
    parser.add_argument("--database-url", help="keep the catalog in PostgreSQL (a fresh database on this server)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--catalog-size", type=int, default=CATALOG_SIZE)
    args = parser.parse_args()
    print(f"machine: {platform.platform()}, {os.cpu_count()} cpus, Python {platform.python_version()}", file=sys.stderr)
    started = time.perf_counter()
    rows, log = generate(args.seed, args.catalog_size)
    queries = log[: args.queries]
    grades = [g for q in queries for g in q.grades.values()]
    print(
        f"made {len(rows)} titles and a log of {len(log)} queries in {time.perf_counter() - started:.0f} s;"
        f" scored {len(queries)}, {len(grades) / max(len(queries), 1):.1f} judged each,"
        f" mean grade {sum(grades) / max(len(grades), 1):.2f}",
        file=sys.stderr,
    )
    baseline = Bm25Baseline(rows)
    with imported_titles(rows, args.database_url) as catalog:
        started = time.perf_counter()
        cpu = time.process_time()
        ranked = anyio.run(run, catalog, [{"id": q.id, "query": q.query} for q in queries])
        elapsed, used = time.perf_counter() - started, time.process_time() - cpu
    print(f"Aisle {1000 * elapsed / len(queries):.1f} ms a query ({1000 * used / len(queries):.1f} ms CPU)",
          file=sys.stderr)  # fmt: skip
    report(queries, ranked, baseline, rows, args.show, args.dump)


def report(
    queries: Sequence[Query],
    ranked: list[dict[str, object]],
    baseline: Bm25Baseline,
    rows: list[dict[str, str]],
    show: int,
    dump: Path | None = None,
) -> None:
    """nDCG@10 of Aisle's ``ranked`` ids and of plain BM25 on the same graded ``queries``: overall, by shape and by
    half to stderr, the ``show`` worst losses, and one JSON line last."""
    ours = {str(r["id"]): [str(d) for d in r["ranked"]] for r in ranked}  # type: ignore[union-attr]
    theirs_ranked = {q.id: baseline.rank(q.query, K) for q in queries}
    by_shape: dict[str, list[tuple[float, float]]] = defaultdict(list)
    mine: dict[str, float] = {}
    theirs: dict[str, float] = {}
    wins = worse = empty = 0
    pooled: dict[str, tuple[float, float]] = {}
    expect: dict[str, dict[str, float]] = {}
    for query in queries:
        a, b = ndcg(ours[query.id], query.grades), ndcg(theirs_ranked[query.id], query.grades)
        mine[query.id], theirs[query.id] = a, b
        for shape in ("all", *query.shape.split("+")):
            by_shape[shape].append((a, b))
        if query.expected is not None:
            shown = {*ours[query.id][:10], *theirs_ranked[query.id][:10]} - query.grades.keys()
            grades = expect[query.id] = query.grades | {d: query.expected(d) for d in shown}
            pooled[query.id] = (ndcg(ours[query.id], grades), ndcg(theirs_ranked[query.id], grades))
        wins += a > b + 1e-9
        worse += a < b - 1e-9
        empty += not ours[query.id]
    shape_pooled: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for query in queries:
        if query.id in pooled:
            for shape in ("all", *query.shape.split("+")):
                shape_pooled[shape].append(pooled[query.id])
    print("  shape        queries  Aisle   BM25   better worse   pooled: Aisle  BM25", file=sys.stderr)
    for shape, pairs in sorted(by_shape.items(), key=lambda item: -len(item[1])):
        a = sum(p[0] for p in pairs) / len(pairs)
        b = sum(p[1] for p in pairs) / len(pairs)
        up = sum(p[0] > p[1] + 1e-9 for p in pairs)
        down = sum(p[0] < p[1] - 1e-9 for p in pairs)
        grades = shape_pooled.get(shape, [])
        both = (
            f"  {sum(p[0] for p in grades) / len(grades):.3f} {sum(p[1] for p in grades) / len(grades):.3f}"
            if grades
            else ""
        )
        print(f"  {shape:<12} {len(pairs):>6}  {a:.3f}  {b:.3f}  {up:>6} {down:>5}         {both}", file=sys.stderr)
    if pooled:
        # As a pooled judgment would grade them: every product either ranker shows in its top 10 gets the grade
        # raters would give it (without their noise). The judged set's own grades are the figure; this says how
        # much of a difference is which of many equally good products the shop's engine happened to show raters.
        a = sum(p[0] for p in pooled.values()) / len(pooled)
        b = sum(p[1] for p in pooled.values()) / len(pooled)
        up = sum(p[0] > p[1] + 1e-9 for p in pooled.values())
        down = sum(p[0] < p[1] - 1e-9 for p in pooled.values())
        print(f"  pooled       {len(pooled):>6}  {a:.3f}  {b:.3f}  {up:>6} {down:>5}", file=sys.stderr)
    ids = [q.id for q in queries]
    behind = {h: sum(1 for q in queries if half(q.id) == h and mine[q.id] < theirs[q.id] - 1e-9) for h in "ab"}
    print(f"worse than BM25 by half: {behind}", file=sys.stderr)
    print(f"halves {counts(ids)}: aisle {by_half(mine, ids)} bm25 {by_half(theirs, ids)}", file=sys.stderr)
    titles = {r["id"]: r["title"] for r in rows}
    if dump is not None:
        with dump.open("w", encoding="utf8") as out:
            for q in queries:
                line = {
                    "id": q.id,
                    "half": half(q.id),
                    "query": q.query,
                    "shape": q.shape,
                    "aisle": round(mine[q.id], 4),
                    "bm25": round(theirs[q.id], 4),
                    "judged": {titles[d]: g for d, g in sorted(q.grades.items(), key=lambda item: -item[1])},
                    "pooled": pooled.get(q.id),
                    "top": [[titles[d], q.grades.get(d, 0), expect.get(q.id, {}).get(d)] for d in ours[q.id][:10]],
                    "bm25_top": [
                        [titles[d], q.grades.get(d, 0), expect.get(q.id, {}).get(d)] for d in theirs_ranked[q.id][:10]
                    ],
                }
                out.write(json.dumps(line) + "\n")
    losses = sorted(queries, key=lambda q: mine[q.id] - theirs[q.id])[:show]
    for q in losses:
        print(f"{mine[q.id] - theirs[q.id]:+.2f} {q.query!r} ({q.shape})", file=sys.stderr)
        print(f"   aisle: {[titles[d][:60] for d in ours[q.id][:3]]}", file=sys.stderr)
        print(f"   bm25:  {[titles[d][:60] for d in theirs_ranked[q.id][:3]]}", file=sys.stderr)
    every = by_shape["all"]
    aisle = sum(p[0] for p in every) / len(every)
    bm25 = sum(p[1] for p in every) / len(every)
    print(
        json.dumps(
            {
                "queries": len(queries),
                "aisle_ndcg@10": round(aisle, 4),
                "bm25_ndcg@10": round(bm25, 4),
                "ratio": round(aisle / bm25, 3) if bm25 else None,
                "aisle_better": wins,
                "aisle_worse": worse,
                "aisle_empty": empty,
                "pooled_aisle": round(sum(p[0] for p in pooled.values()) / max(len(pooled), 1), 4),
                "pooled_bm25": round(sum(p[1] for p in pooled.values()) / max(len(pooled), 1), 4),
            }
        )
    )


if __name__ == "__main__":
    main()
