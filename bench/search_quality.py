#!/usr/bin/env python3
"""Known-item search quality: import a catalog CSV, run every query as search_products would, write the rankings.

    python bench/search_quality.py CATALOG_CSV QUERIES_JSONL OUT_JSONL
    python ../shared/bench/score_search.py OUT_JSONL --queries QUERIES_JSONL

The catalog goes into a fresh data directory through ``import_feed``, the code behind ``aisle-mcp import``.
Each query then takes the tool's own path: ``understand()`` splits it into the words to match and the filters
they imply ("black" becomes a color filter), the filters are merged the way search_products merges them, and
the local provider searches with that request. The tool's summary shaping is left out: it changes the size of
the answer, not its order. A result is named by the feed's own ``id`` column, kept as ``extra.feed_id``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import tempfile
import time
from pathlib import Path

import anyio

# The benchmark runs from a checkout, installed or not.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aisle_mcp.products.query import understand
from aisle_mcp.products.search import SearchFilters, SearchRequest
from aisle_mcp.providers.local.catalog import Catalog
from aisle_mcp.providers.local.provider import LocalCatalog
from aisle_mcp.server.cli import import_feed
from aisle_mcp.server.settings import Settings

K = 10


def tool_request(query: str) -> SearchRequest:
    """The request search_products sends its provider for this query and no explicit filters."""
    understood = understand(query.strip())
    applied = SearchFilters().merged_over(understood.implied)
    return SearchRequest(query=understood.text or None, filters=applied, sort="relevance", offset=0, limit=K)


async def run(catalog: Catalog, queries: list[dict[str, str]]) -> list[dict[str, object]]:
    provider = LocalCatalog(catalog)
    rows: list[dict[str, object]] = []
    for query in queries:
        page = await provider.search(tool_request(query["query"]))
        ranked = [str(p.extra.get("feed_id", p.id)) for p in page.products]
        rows.append({"id": query["id"], "ranked": ranked})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("catalog", type=Path)
    parser.add_argument("queries", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    queries = [json.loads(line) for line in args.queries.open(encoding="utf8") if line.strip()]
    with tempfile.TemporaryDirectory(prefix="aisle-search-quality-") as data_dir:
        settings = Settings(data_dir=Path(data_dir), load_demo=False)
        started = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()) as said, contextlib.redirect_stderr(io.StringIO()):
            import_feed(settings, args.catalog, None)
        print(said.getvalue().strip(), f"in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        catalog = Catalog(settings.database)
        started = time.perf_counter()
        rows = anyio.run(run, catalog, queries)
        elapsed = time.perf_counter() - started
        catalog.close()
    with args.out.open("w", encoding="utf8") as out:
        for row in rows:
            out.write(json.dumps(row) + "\n")
    print(f"{len(rows)} queries in {elapsed:.1f} s ({1000 * elapsed / max(len(rows), 1):.1f} ms each)", file=sys.stderr)


if __name__ == "__main__":
    main()
