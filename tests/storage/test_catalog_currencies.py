"""The PostgreSQL catalog's currency counts, which a priced search reads to choose the currency it compares in, are
kept by the writes themselves: they follow new products, replaced ones whose currency changed, and other replicas'
writes, without counting the products table again."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
from pydantic import SecretStr

from aisle_mcp.products import Money, Product
from aisle_mcp.products.search import SearchFilters, SearchRequest
from aisle_mcp.providers.local import bulk
from aisle_mcp.storage.postgres import search
from aisle_mcp.storage.postgres.catalog import PostgresCatalog


def mug(number: int, currency: str, amount: str = "12.00") -> Product:
    return Product(
        id=f"local:mug-{number}",
        source="local",
        title=f"Stoneware Mug {number}",
        price=Money(amount=amount, currency=currency),
    )


def cheapest_first(catalog: PostgresCatalog) -> tuple[str | None, list[str]]:
    page = catalog.search(SearchRequest(query="mug", filters=SearchFilters(), sort="price_asc", limit=50))
    return page.currency, [p.price.currency for p in page.products if p.price]


def counted_again(url: SecretStr) -> dict[str, int]:
    with psycopg.connect(url.get_secret_value()) as conn:
        found = conn.execute("SELECT currency, count(*) FROM products WHERE currency IS NOT NULL GROUP BY currency")
        return {str(currency): int(n) for currency, n in found.fetchall()}


def test_a_priced_search_compares_in_the_currency_most_products_have_as_writes_change_it(
    replicas: tuple[PostgresCatalog, PostgresCatalog], postgres_url: SecretStr
) -> None:
    first, second = replicas
    first.upsert([mug(n, "EUR") for n in range(3)] + [mug(n, "USD") for n in range(3, 5)])
    assert cheapest_first(first) == ("EUR", ["EUR"] * 3)

    second.upsert([mug(n, "USD") for n in range(5, 7)])  # another replica's new products
    assert cheapest_first(first) == ("USD", ["USD"] * 4)

    first.upsert([mug(n, "GBP") for n in range(3, 7)])  # the same products again, now in pounds
    assert cheapest_first(second) == ("GBP", ["GBP"] * 4)
    with first._db.call():  # pyright: ignore[reportPrivateUsage]
        kept = search.currency_counts(first._db)  # pyright: ignore[reportPrivateUsage]
    assert kept == counted_again(postgres_url) == {"EUR": 3, "GBP": 4}


def test_the_counts_stay_right_when_many_writes_are_folded_into_one_row_per_currency(
    replicas: tuple[PostgresCatalog, PostgresCatalog], postgres_url: SecretStr
) -> None:
    first, second = replicas
    for n in range(search.FOLDED_PAST + 20):
        (first if n % 2 else second).upsert([mug(n, "USD" if n % 3 else "CAD")])
    first.upsert([mug(n, "CAD") for n in range(0, 60, 2)])
    with first._db.call():  # pyright: ignore[reportPrivateUsage]
        before = search.currency_counts(first._db)  # pyright: ignore[reportPrivateUsage]
        after = search.currency_counts(first._db)  # pyright: ignore[reportPrivateUsage]
    assert before == after == counted_again(postgres_url)
    with psycopg.connect(postgres_url.get_secret_value()) as conn:
        rows = conn.execute("SELECT count(*) FROM currency_counts").fetchone()
    assert rows == (2,)


def feed(path: Path, prices: dict[int, str]) -> Path:
    lines = [
        json.dumps({"id": f"P{n}", "title": f"Enamel Mug {n}", "price": price, "availability": "in stock"})
        for n, price in prices.items()
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def imported(catalog: PostgresCatalog, path: Path, workers: int) -> int:
    return sum(item for item in bulk.import_feed(catalog, path, workers=workers) if isinstance(item, int))


@pytest.mark.parametrize("workers", [0, 2])
def test_an_import_appended_or_replacing_keeps_the_counts(
    replicas: tuple[PostgresCatalog, PostgresCatalog], postgres_url: SecretStr, tmp_path: Path, workers: int
) -> None:
    first, _ = replicas
    prices = {n: ("9.50 EUR" if n % 4 else "11.00 USD") if n % 7 else "call for price" for n in range(300)}
    (tmp_path / "later").mkdir()
    assert imported(first, feed(tmp_path / "mugs.ndjson", prices), workers) == 300  # appended with COPY
    # again, with some products in another currency and new ones: replaced through the staging table
    again = {n: "8.00 GBP" for n in range(250, 400)}
    assert imported(first, feed(tmp_path / "later" / "mugs.ndjson", again), workers) == 150
    with first._db.call():  # pyright: ignore[reportPrivateUsage]
        kept = search.currency_counts(first._db)  # pyright: ignore[reportPrivateUsage]
    assert kept == counted_again(postgres_url)
    unpriced = [n for n in range(250) if n % 7 == 0]
    assert kept["GBP"] == 150 and sum(kept.values()) == 400 - len(unpriced)
