#!/usr/bin/env python3
"""Fit the ranker's weights (``ranking.Weights``) on half of the dev queries and judge them on the other half.

    python bench/ranking_fit.py ../shared/bench/search/catalog.csv ../shared/bench/search/queries-dev.jsonl

Four query sets, each cut into fixed halves (``halves``): the same-product dev queries (MRR@10), the generated shopper-
style queries (``shopper_queries``, nDCG@10), the generated search-box queries over a titles-only catalog
(``searchbox_queries``, nDCG@10) and the generated home-improvement ones over generated hardware-store titles
(``hardware_queries``, nDCG@10). Every query runs once the way search_products runs it; the candidate pool each
relevance search reranked is kept with its candidates' signs (``ranking.features``), so any weights can re-order it
without searching again (the pool and which candidates lead, those with every word, do not depend on the weights). A
coordinate search over ``GRID`` picks the weights with the best mean score over the four sets' "a" halves; the "b"
halves, never looked at by the search, judge them, next to the current weights and plain BM25.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, fields, replace
from pathlib import Path
from typing import Any, cast

import anyio

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aisle_mcp.providers.local import relevance, store
from aisle_mcp.providers.local.catalog import Catalog
from aisle_mcp.providers.local.ranking import TUNED, Candidate, Signs, Weights, features
from bench.bm25_baseline import Bm25Baseline
from bench.halves import half
from bench.hardware_queries import catalog as hardware_catalog
from bench.hardware_queries import generate as hardware
from bench.search_quality import K, imported, imported_titles, run
from bench.searchbox_queries import generate as searchbox
from bench.shopper_queries import generate as shopper
from bench.shopper_queries import ndcg

GRID = (0.0, 0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0)
PASSES = 2

Pool = tuple[list[int], list[Signs]]


@contextmanager
def pools() -> Iterator[list[Pool]]:
    """Every pool reranked while inside, with its candidates' row ids and signs."""
    seen: list[Pool] = []
    original = relevance.rerank

    def keeping(candidates: Sequence[Candidate], *args: Any, **kwargs: Any) -> list[tuple[Candidate, float]]:
        seen.append(([c.rowid for c in candidates], features(candidates, *args[:4])))
        return original(candidates, *args, **kwargs)

    relevance.rerank = keeping
    try:
        yield seen
    finally:
        relevance.rerank = original


def feed_ids(catalog: Catalog) -> dict[int, str]:
    rows = catalog._db.execute("SELECT rowid, doc FROM products")  # pyright: ignore[reportPrivateUsage]
    return {rowid: str(store.read_product(doc).extra.get("feed_id")) for rowid, doc in rows}


class QuerySet:
    """One set's queries, each with the pool its answer came from (None: no reranked pool) and its score."""

    def __init__(self, name: str, ids: list[str], score: Callable[[str, list[str]], float]) -> None:
        self.name, self.ids, self.score = name, ids, score
        self.answers: dict[str, list[str]] = {}
        self.pools: dict[str, Pool | None] = {}
        self.names: dict[int, str] = {}
        self.bm25: dict[str, list[str]] = {}

    def capture(self, catalog: Catalog, texts: Mapping[str, str]) -> None:
        self.names = feed_ids(catalog)
        for query_id in self.ids:
            with pools() as seen:
                (row,) = anyio.run(run, catalog, [{"id": query_id, "query": texts[query_id]}])
            self.answers[query_id] = cast(list[str], row["ranked"])
            # The answer's pool: the last one whose first K is the answer (a fallback search may follow another).
            self.pools[query_id] = next(
                (p for p in reversed(seen) if self._order(p, TUNED) == self.answers[query_id]), None
            )

    def _order(self, pool: Pool, tuning: Weights) -> list[str]:
        rowids, signs = pool
        order = sorted(range(len(signs)), key=lambda i: (not signs[i].first, -signs[i].score(tuning), i))
        return [self.names[rowids[i]] for i in order[:K]]

    def mean(self, tuning: Weights, part: str) -> float:
        chosen = [q for q in self.ids if part == "all" or half(q) == part]
        total = 0.0
        for query_id in chosen:
            pool = self.pools[query_id]
            total += self.score(query_id, self._order(pool, tuning) if pool else self.answers[query_id])
        return total / max(len(chosen), 1)

    def baseline(self, part: str) -> float:
        chosen = [q for q in self.ids if part == "all" or half(q) == part]
        return sum(self.score(q, self.bm25[q]) for q in chosen) / max(len(chosen), 1)


def reciprocal(relevant: set[str], skip: set[str], ranked: list[str]) -> float:
    kept = [d for d in ranked if d not in skip][:10]
    return next((1 / (i + 1) for i, d in enumerate(kept) if d in relevant), 0.0)


def objective(sets: Sequence[QuerySet], tuning: Weights, part: str = "a") -> float:
    return sum(s.mean(tuning, part) for s in sets) / len(sets)


def fit(sets: Sequence[QuerySet]) -> Weights:
    best, score = TUNED, objective(sets, TUNED)
    for _ in range(PASSES):
        for name in [f.name for f in fields(Weights)]:
            for value in GRID:
                trial = replace(best, **{name: value})
                found = objective(sets, trial)
                if found > score + 1e-6:
                    best, score = trial, found
        print(f"  pass: {asdict(best)} half a {score:.4f}", file=sys.stderr)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("catalog", type=Path)
    parser.add_argument("queries", type=Path)
    args = parser.parse_args()
    with args.catalog.open(encoding="utf8", newline="") as source:
        rows = list(csv.DictReader(source))
    dev = [json.loads(line) for line in args.queries.open(encoding="utf8") if line.strip()]
    by_id = {str(q["id"]): q for q in dev}
    same = QuerySet(
        "same product, MRR@10",
        list(by_id),
        lambda q, ranked: reciprocal(set(by_id[q]["relevant"]), set(by_id[q].get("exclude", [])), ranked),
    )
    shoppers = {q.id: q for q in shopper(rows)}
    typed = QuerySet("shopper-style, nDCG@10", list(shoppers), lambda q, ranked: ndcg(ranked, shoppers[q].grades))
    boxes = {q.id: q for q in searchbox(rows)}
    box = QuerySet("search-box, titles only, nDCG@10", list(boxes), lambda q, ranked: ndcg(ranked, boxes[q].grades))
    full = Bm25Baseline(rows)
    titles = [{"id": r["id"], "title": r["title"]} for r in rows]
    with imported(args.catalog) as catalog:
        same.capture(catalog, {q: str(by_id[q]["query"]) for q in same.ids})
        typed.capture(catalog, {q: shoppers[q].query for q in typed.ids})
    same.bm25 = {q: full.rank(str(by_id[q]["query"]), K) for q in same.ids}
    typed.bm25 = {q: full.rank(shoppers[q].query, K) for q in typed.ids}
    with imported_titles(titles) as catalog:
        box.capture(catalog, {q: boxes[q].query for q in box.ids})
    plain = Bm25Baseline(titles)
    box.bm25 = {q: plain.rank(boxes[q].query, K) for q in box.ids}
    products = hardware_catalog()
    tools = {q.id: q for q in hardware(products)}
    store_set = QuerySet("hardware store, nDCG@10", list(tools), lambda q, ranked: ndcg(ranked, tools[q].grades))
    shelf = [{"id": p.id, "title": p.title} for p in products]
    with imported_titles(shelf) as catalog:
        store_set.capture(catalog, {q: tools[q].query for q in store_set.ids})
    shop = Bm25Baseline(shelf)
    store_set.bm25 = {q: shop.rank(tools[q].query, K) for q in store_set.ids}
    sets = [same, typed, box, store_set]
    for s in sets:
        print(f"{s.name}: {sum(p is not None for p in s.pools.values())}/{len(s.ids)} with a pool", file=sys.stderr)
    fitted = fit(sets)
    print(f"current {asdict(TUNED)}\nfitted  {asdict(fitted)}")
    for s in sets:
        for part in ("a", "b"):
            print(
                f"  {s.name:<34} half {part}: current {s.mean(TUNED, part):.4f}  fitted {s.mean(fitted, part):.4f}"
                f"  bm25 {s.baseline(part):.4f}"
            )
    print(f"  {'mean of the four':<34} half b: current {objective(sets, TUNED, 'b'):.4f}"
          f"  fitted {objective(sets, fitted, 'b'):.4f}")  # fmt: skip


if __name__ == "__main__":
    main()
