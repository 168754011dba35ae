#!/usr/bin/env python3
"""Known-item search quality: import a catalog CSV, run every query as search_products would, write the rankings.

    python bench/search_quality.py CATALOG_CSV QUERIES_JSONL OUT_JSONL [--bm25 BM25_OUT_JSONL] [--database-url URL]
    python ../shared/bench/score_search.py OUT_JSONL --queries QUERIES_JSONL

The catalog goes into a fresh data directory through ``import_feed``, the code behind ``aisle-mcp import``.
Each query then takes the tool's own path: ``understand()`` splits it into the words to match and the filters
they imply ("black" becomes a color filter), the filters are merged the way search_products merges them, and
the local provider searches with that request. The tool's summary shaping is left out: it changes the size of
the answer, not its order. A result is named by the feed's own ``id`` column, kept as ``extra.feed_id``.

Each query gets ``K`` (20) ranked ids, at least the 11 the scorer asks for (one may be the excluded listing).
With ``--bm25``, the plain FTS5 BM25 baseline (``bm25_baseline``) ranks the same queries on the same run, and
when the queries carry ``relevant`` ids, MRR@10 of both is printed (the query's ``exclude`` ids dropped first),
overall and by the fixed halves of ``halves`` (half "a" is developed on, "b" judges).

With ``--database-url`` (a PostgreSQL server, as ``AISLE_DATABASE_URL``), the catalog is kept in PostgreSQL instead
of the SQLite file: in a fresh database made on that server for the run and dropped after it (the URL's own
database is only connected to).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import os
import platform
import secrets
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import cast
from urllib.parse import urlsplit, urlunsplit

import anyio
from pydantic import SecretStr

# The benchmark runs from a checkout, installed or not.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aisle_mcp.products.query import Understood, as_words, loosened, understand
from aisle_mcp.products.search import SearchFilters, SearchRequest
from aisle_mcp.providers.local.provider import LocalCatalog
from aisle_mcp.server.app import open_catalog
from aisle_mcp.server.cli import import_feed
from aisle_mcp.server.settings import Settings
from aisle_mcp.storage.interfaces import ProductCatalog
from bench.bm25_baseline import Bm25Baseline
from bench.halves import by_half, counts

K = 20


def tool_request(understood: Understood) -> SearchRequest:
    """The request search_products sends its provider for this reading of a query and no explicit filters."""
    applied = SearchFilters().merged_over(understood.implied)
    return SearchRequest(query=understood.text or None, filters=applied, sort="relevance", offset=0, limit=K)


async def run(catalog: ProductCatalog, queries: list[dict[str, str]]) -> list[dict[str, object]]:
    provider = LocalCatalog(catalog)
    stated = await provider.stated()
    rows: list[dict[str, object]] = []
    for query in queries:
        understood, _ = as_words(understand(query["query"].strip()), SearchFilters(), stated)  # as search_products
        request = tool_request(understood)
        page = await provider.search(request)
        loose_text, loose = loosened(understood, SearchFilters())
        if loose and not page.products and page.total == 0:  # as search_products does
            dropped = request.filters.model_copy(update=dict.fromkeys(loose))
            page = await provider.search(replace(request, query=loose_text or None, filters=dropped))
        ranked = [str(p.extra.get("feed_id", p.id)) for p in page.products]
        rows.append({"id": query["id"], "ranked": ranked})
    return rows


@contextlib.contextmanager
def fresh_database(url: str | None) -> Iterator[str | None]:
    """A new, empty PostgreSQL database on the server at ``url`` for the life of the block (None: none asked for)."""
    if url is None:
        yield None
        return
    import psycopg

    name = f"aisle_bench_{secrets.token_hex(6)}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}".encode())
    parts = urlsplit(url)
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)".encode())


@contextlib.contextmanager
def imported(catalog_csv: Path, database_url: str | None = None) -> Iterator[ProductCatalog]:
    """A fresh catalog with the CSV imported through ``import_feed``, the code behind ``aisle-mcp import``: in a
    new SQLite file, or in a new database on the PostgreSQL server at ``database_url``."""
    with (
        tempfile.TemporaryDirectory(prefix="aisle-search-quality-") as data_dir,
        fresh_database(database_url) as url,
    ):
        settings = Settings(data_dir=Path(data_dir), load_demo=False, database_url=SecretStr(url) if url else None)
        started = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()) as said, contextlib.redirect_stderr(io.StringIO()):
            import_feed(settings, catalog_csv, None)
        engine = "PostgreSQL" if url else "SQLite"
        print(said.getvalue().strip(), f"into {engine} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        catalog = open_catalog(settings)
        try:
            yield catalog
        finally:
            catalog.close()


@contextlib.contextmanager
def imported_titles(rows: Sequence[Mapping[str, str]], database_url: str | None = None) -> Iterator[ProductCatalog]:
    """``imported`` for products cut to their ``id`` and ``title`` (as the real search-box benchmark's catalog is),
    written as a CSV first."""
    with tempfile.TemporaryDirectory(prefix="aisle-titles-") as folder:
        path = Path(folder) / "titles.csv"
        with path.open("w", encoding="utf8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=["id", "title"], extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)
        with imported(path, database_url) as catalog:
            yield catalog


def reciprocal_ranks(queries: Sequence[dict[str, object]], runs: dict[str, list[str]], k: int = 10) -> dict[str, float]:
    """Each query's reciprocal rank of its first relevant id in the top ``k`` (0 when none is there)."""
    found: dict[str, float] = {}
    for query in queries:
        relevant = set(cast(list[str], query.get("relevant", [])))
        skip = set(cast(list[str], query.get("exclude", [])))
        ranked = [d for d in runs.get(str(query["id"]), []) if d not in skip][:k]
        found[str(query["id"])] = next((1 / (i + 1) for i, d in enumerate(ranked) if d in relevant), 0.0)
    return found


def mrr(queries: Sequence[dict[str, object]], runs: dict[str, list[str]], k: int = 10) -> float:
    return sum(reciprocal_ranks(queries, runs, k).values()) / max(len(queries), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("catalog", type=Path)
    parser.add_argument("queries", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--bm25", type=Path, help="also write the plain BM25 baseline's rankings here")
    parser.add_argument("--database-url", help="keep the catalog in PostgreSQL (a fresh database on this server)")
    args = parser.parse_args()
    print(f"machine: {platform.platform()}, {os.cpu_count()} cpus, Python {platform.python_version()}", file=sys.stderr)
    queries = [json.loads(line) for line in args.queries.open(encoding="utf8") if line.strip()]
    with imported(args.catalog, args.database_url) as catalog:
        started = time.perf_counter()
        rows = anyio.run(run, catalog, queries)
        elapsed = time.perf_counter() - started
    _write(args.out, rows)
    print(f"{len(rows)} queries in {elapsed:.1f} s ({1000 * elapsed / max(len(rows), 1):.1f} ms each)", file=sys.stderr)
    if args.bm25 is None:
        return
    with args.catalog.open(encoding="utf8", newline="") as source:
        baseline = Bm25Baseline(csv.DictReader(source))
    plain = [{"id": q["id"], "ranked": baseline.rank(q["query"], K)} for q in queries]
    _write(args.bm25, plain)
    if any("relevant" in q for q in queries):
        ours = {str(r["id"]): cast(list[str], r["ranked"]) for r in rows}
        theirs = {str(r["id"]): cast(list[str], r["ranked"]) for r in plain}
        ids = [str(q["id"]) for q in queries]
        # By fixed halves of the queries (``halves``): "a" is developed on, "b" judges.
        print(f"halves {counts(ids)}: aisle {by_half(reciprocal_ranks(queries, ours), ids)}"
              f" bm25 {by_half(reciprocal_ranks(queries, theirs), ids)}", file=sys.stderr)  # fmt: skip
        print(json.dumps({"queries": len(queries), "aisle_mrr@10": round(mrr(queries, ours), 4),
                          "bm25_mrr@10": round(mrr(queries, theirs), 4)}))  # fmt: skip


def _write(path: Path, rows: Sequence[dict[str, object]]) -> None:
    with path.open("w", encoding="utf8") as out:
        for row in rows:
            out.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
