"""A small catalog's calls have their statements planned once for any values; once it has grown, each is planned for
its values again (``session.SMALL``), and the answers are the same either way."""

from __future__ import annotations

from pydantic import SecretStr

from aisle_mcp.products import Product
from aisle_mcp.products.search import SearchFilters, SearchRequest
from aisle_mcp.storage.postgres.catalog import PostgresCatalog, open_postgres_catalog
from aisle_mcp.storage.postgres.session import SMALL


def plans(catalog: PostgresCatalog) -> str:
    with catalog._pool.connection() as conn:  # pyright: ignore[reportPrivateUsage]  # the pool's one connection
        row = conn.execute("SHOW plan_cache_mode").fetchone()
    assert row is not None
    return str(row[0])


def lamps(catalog: PostgresCatalog) -> list[str]:
    page = catalog.search(SearchRequest(query="brass lamp", filters=SearchFilters(), limit=3))
    return [p.id for p in page.products]


def test_a_small_catalog_plans_once_and_a_grown_one_for_each_call_values(postgres_url: SecretStr) -> None:
    catalog = open_postgres_catalog(postgres_url, pool_size=1)
    try:
        catalog.upsert([Product(id="local:lamp", source="local", title="Brass Reading Lamp", brand="Lumen")])
        assert plans(catalog) == "force_custom_plan"  # as the pool makes every connection
        for _ in range(8):  # psycopg prepares a statement on its sixth run; PostgreSQL plans it once after five
            assert lamps(catalog) == ["local:lamp"]
        assert plans(catalog) == "auto"

        kettles = [
            Product(id=f"local:kettle-{n}", source="local", title=f"Copper Kettle {n}", brand="Lumen")
            for n in range(SMALL)
        ]
        catalog.upsert(kettles)
        for _ in range(3):  # the first call after the write finds its snapshot stale, the next one plans by it
            assert lamps(catalog) == ["local:lamp"]
        assert plans(catalog) == "force_custom_plan"
    finally:
        catalog.close()


def full_text_options(catalog: PostgresCatalog) -> list[str]:
    with catalog._pool.connection() as conn:  # pyright: ignore[reportPrivateUsage]
        row = conn.execute("SELECT reloptions FROM pg_class WHERE relname = 'products_words'").fetchone()
    assert row is not None
    return list(row[0] or [])


def test_the_full_text_index_takes_writes_at_once_as_migrated_and_as_a_bulk_import_builds_it(
    postgres_url: SecretStr,
) -> None:
    catalog = open_postgres_catalog(postgres_url, pool_size=1)
    try:
        assert full_text_options(catalog) == ["fastupdate=off"]
        with catalog.bulk():  # into an empty catalog: the index is dropped and built again at the end
            catalog.upsert([Product(id="local:lamp", source="local", title="Brass Reading Lamp", brand="Lumen")])
        assert full_text_options(catalog) == ["fastupdate=off"]
        assert lamps(catalog) == ["local:lamp"]
    finally:
        catalog.close()
