"""The judged search-box set's generator (``bench/judged_queries.py``), run small: a few hundred titles, a few dozen
queries. It must make the same set on every run and in every process, judge only products of its own catalog,
grade as three raters would, and type queries as shoppers do."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from bench.judged_queries import _words, generate, ndcg

ROOT = Path(__file__).resolve().parents[2]
SMALL = {"catalog_size": 300, "per_weight": 4}


def test_the_same_seed_makes_the_same_set_in_any_process() -> None:
    # A set's iteration order changes with the hash seed: two processes with different seeds must agree.
    script = (
        "import json, sys; from bench.judged_queries import generate;"
        " rows, queries = generate(7, catalog_size=300, per_weight=4);"
        " print(json.dumps([rows, [(q.id, q.query, q.shape, q.grades) for q in queries]]))"
    )
    made = []
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        done = subprocess.run(
            [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, check=True
        )
        made.append(json.loads(done.stdout))
    assert made[0] == made[1]
    rows, queries = generate(7, **SMALL)
    assert [rows, [[q.id, q.query, q.shape, q.grades] for q in queries]] == made[0]
    other_rows, other_queries = generate(8, **SMALL)
    assert [q.query for q in other_queries] != [q.query for q in queries]
    assert other_rows != rows


def test_every_judged_product_is_in_the_catalog_and_every_title_was_judged() -> None:
    rows, queries = generate(11, **SMALL)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) >= 300
    assert all(set(r) == {"id", "title"} and r["title"] for r in rows)  # titles only, as the held-out set
    judged = {d for q in queries for d in q.grades}
    assert judged == set(ids)


def test_grades_are_the_mean_of_three_raters_and_a_query_judges_a_few_products() -> None:
    _, queries = generate(11, **SMALL)
    allowed = {round(votes / 3, 2) for votes in range(3, 10)}  # 1, 1.33, ... 3
    grades = [g for q in queries for g in q.grades.values()]
    assert set(grades) <= allowed
    assert sum(g >= 2 for g in grades) > 0.7 * len(grades)  # most judged products are relevant
    assert all(1 <= len(q.grades) <= 10 for q in queries)
    assert 3 <= sum(len(q.grades) for q in queries) / len(queries) <= 10


def test_queries_are_typed_as_shoppers_type_them() -> None:
    rows, queries = generate(11, **SMALL)
    lengths = [len(q.query.split()) for q in queries]
    assert max(lengths) <= 5 and min(lengths) >= 1
    assert sorted(lengths)[len(lengths) // 2] in (2, 3)  # the median
    assert all(len(_words(q.query)) == len(set(_words(q.query))) for q in queries)
    assert len({q.query for q in queries}) == len(queries)
    # The shop's engine read hidden fields: some judged titles lack a word the query has.
    titles = {r["id"]: set(_words(r["title"])) for r in rows}
    lacking = [d for q in queries for d in q.grades if not set(_words(q.query)) <= titles[d]]
    assert lacking
    assert all(re.fullmatch(r"[a-z]+(\+[a-z]+)*", q.shape) for q in queries)


def test_expected_grades_agree_with_the_raters_on_judged_products() -> None:
    _, queries = generate(11, **SMALL)
    gaps: list[float] = []
    for query in queries:
        assert query.expected is not None
        for product, grade in query.grades.items():
            # Three raters' noise moves a mean grade, but not from a product they would grade 0.
            assert query.expected(product) >= 1.0
            gaps.append(abs(query.expected(product) - grade))
    assert sum(gaps) / len(gaps) < 0.5


def test_ndcg_counts_unjudged_products_as_zero() -> None:
    grades = {"a": 3.0, "b": 2.0, "c": 1.0}
    assert ndcg(["a", "b", "c"], grades) == 1.0
    assert ndcg(["x", "y"], grades) == 0.0
    assert 0 < ndcg(["x", "c", "b", "a"], grades) < ndcg(["a", "x", "b", "c"], grades) < 1
