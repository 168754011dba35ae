#!/usr/bin/env python3
"""Whether the top results name what the shopper asked for: the shopper-style queries' head noun in each result.

    python bench/head_noun.py ../shared/bench/search/catalog.csv [--queries 600] [--show 0] [--database-url URL]

The queries are ``shopper_queries``' (each asks for a product-type noun, with modifiers); a result has the noun
when its grade is 1 or more (its title has the noun in either number, or it is the drawn product itself). For
Aisle and for plain BM25 (``bm25_baseline``) on the same run: how many answered queries have the noun in the first
result, in every top-10 result, and the share of top-10 results that have it. Then, for Aisle, the queries whose
top 10 holds a result without the noun although at least 10 products have it (the ones that could be filled with
the noun), split by whether the results without it have the noun in another form (a compound, another ending:
"headphone" in "Headphones", "earbuds" for "earbud") or not at all in their titles; ``--show`` prints that many of
them with the titles without the noun. The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import re
import sys
from pathlib import Path

import anyio

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bm25_baseline import Bm25Baseline
from bench.search_quality import imported, run
from bench.shopper_queries import NOUNS, Query, generate

TOP = 10
_WORD = re.compile(r"[a-z]+")


def noun_of(query: Query) -> str:
    """The noun the query was made for (the last of ``NOUNS`` whose stem the query holds)."""
    text = query.query.lower()
    found = [n for n in NOUNS if n.rstrip("s")[:5] in text]
    return max(found, key=len) if found else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("catalog", type=Path)
    parser.add_argument("--queries", type=int, default=600)
    parser.add_argument("--show", type=int, default=0, help="print this many of the queries that could be filled")
    parser.add_argument("--database-url", help="keep the catalog in PostgreSQL (a fresh database on this server)")
    args = parser.parse_args()
    print(f"machine: {platform.platform()}, {os.cpu_count()} cpus, Python {platform.python_version()}", file=sys.stderr)
    with args.catalog.open(encoding="utf8", newline="") as source:
        rows = list(csv.DictReader(source))
    titles = {r["id"]: r["title"] for r in rows}
    queries = generate(rows, args.queries)
    baseline = Bm25Baseline(rows)
    with imported(args.catalog, args.database_url) as catalog:
        ranked = anyio.run(run, catalog, [{"id": q.id, "query": q.query} for q in queries])
    ours = {str(r["id"]): [str(d) for d in r["ranked"]][:TOP] for r in ranked}  # type: ignore[union-attr]
    figures: dict[str, dict[str, float]] = {}
    for name, get in (("aisle", lambda q: ours[q.id]), ("bm25", lambda q: baseline.rank(q.query, TOP)[:TOP])):
        answered = first = every = shown = hit = 0
        for q in queries:
            top = get(q)
            if not top:
                continue
            answered += 1
            first += q.grades.get(top[0], 0) >= 1
            every += all(q.grades.get(d, 0) >= 1 for d in top)
            shown += len(top)
            hit += sum(q.grades.get(d, 0) >= 1 for d in top)
        share = hit / max(shown, 1)
        figures[name] = {"answered": answered, "first": first, "every": every, "share": round(share, 3)}
        print(
            f"{name}: answered {answered}/{len(queries)}, the first result has the noun {first}/{answered}, every"
            f" top-{TOP} result {every}/{answered}, share of top-{TOP} results with it {share:.3f}",
            file=sys.stderr,
        )
    short = other_form = elsewhere = 0
    could: list[tuple[Query, list[str]]] = []
    for q in queries:
        top = ours[q.id]
        if not top or all(q.grades.get(d, 0) >= 1 for d in top):
            continue
        if sum(1 for g in q.grades.values() if g >= 1) < len(top):
            short += 1
            continue
        without = [d for d in top if q.grades.get(d, 0) < 1]
        stem = noun_of(q).rstrip("s")[:5]
        if stem and any(stem in titles[d].lower() for d in without):
            other_form += 1
        else:
            elsewhere += 1
        could.append((q, without))
    print(
        f"aisle, a top-{TOP} result without the noun: {short} where fewer products than shown have it,"
        f" {len(could)} where enough do ({other_form} the noun in another form in a title without it as a word,"
        f" {elsewhere} not in those titles at all)",
        file=sys.stderr,
    )
    for q, without in could[: args.show]:
        print(f"{q.query!r} ({noun_of(q)}): {[titles[d][:80] for d in without]}", file=sys.stderr)
    print(json.dumps({**{f"{k}_{n}": v for k, f in figures.items() for n, v in f.items()}, "could_fill": len(could)}))


if __name__ == "__main__":
    main()
