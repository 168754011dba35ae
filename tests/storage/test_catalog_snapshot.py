"""Two replicas on one PostgreSQL catalog: a search starts from the snapshot its replica read last and checks it with
its first statement, so what the other replica wrote before the search is in its answer, and another owner's
products never are."""

from __future__ import annotations

import psycopg
from pydantic import SecretStr

from aisle_mcp.products import Product
from aisle_mcp.products.search import SearchFilters, SearchRequest
from aisle_mcp.providers.base import InventoryRequest
from aisle_mcp.storage.postgres.catalog import PostgresCatalog

LAMP = Product(id="local:lamp", source="local", title="Brass Reading Lamp", brand="Lumen")
KETTLE = Product(id="local:kettle", source="local", title="Copper Kettle", brand="Lumen")


def ids(page: object) -> list[str]:
    return [p.id for p in getattr(page, "products")]  # noqa: B009


def search(catalog: PostgresCatalog, query: str, owner: str | None = None) -> list[str]:
    return ids(catalog.search(SearchRequest(query=query, filters=SearchFilters(), owner=owner)))


def test_a_search_sees_what_the_other_replica_wrote_since_its_last_one(
    replicas: tuple[PostgresCatalog, PostgresCatalog],
) -> None:
    first, second = replicas
    first.upsert([LAMP])
    assert search(first, "lamp") == ["local:lamp"]
    assert search(first, "kettle") == []  # the word is unknown: its count of 0 is remembered

    second.upsert([KETTLE])
    assert search(first, "kettle") == ["local:kettle"]
    listed = first.inventory(InventoryRequest(search="copper"))
    assert ids(listed) == ["local:kettle"]
    assert listed.total == 1


def test_another_owners_product_written_by_the_other_replica_is_never_shown(
    replicas: tuple[PostgresCatalog, PostgresCatalog],
) -> None:
    first, second = replicas
    first.upsert([LAMP])
    assert search(first, "lamp", owner="alice") == ["local:lamp"]  # the catalog holds no one's own products yet

    bobs = Product(id="local:bobs-lamp", source="local", title="Brass Desk Lamp", brand="Lumen")
    second.upsert([bobs], owner="bob")
    assert search(first, "lamp", owner="alice") == ["local:lamp"]
    assert sorted(search(first, "lamp", owner="bob")) == ["local:bobs-lamp", "local:lamp"]
    assert ids(first.inventory(InventoryRequest(search="brass", owner="alice"))) == ["local:lamp"]
    assert first.recall("local:bobs-lamp", "alice") is None
    recalled = first.recall("local:bobs-lamp", "bob")
    assert recalled is not None and recalled.title == "Brass Desk Lamp"


def test_a_search_that_reads_nothing_still_answers_from_the_catalog_as_it_is(
    replicas: tuple[PostgresCatalog, PostgresCatalog],
) -> None:
    first, second = replicas
    first.upsert([LAMP])
    assert search(first, "zzyzx") == []
    second.upsert([Product(id="local:zzyzx", source="local", title="Zzyzx Road Sign")])
    # "zzyzx" was unknown, so nothing of this search needed a statement but the snapshot's check.
    assert search(first, "zzyzx") == ["local:zzyzx"]


def test_another_owners_product_is_never_shown_before_its_write_moves_the_counter(
    replicas: tuple[PostgresCatalog, PostgresCatalog], postgres_url: SecretStr
) -> None:
    first, second = replicas
    first.upsert([LAMP])
    assert search(first, "lamp", owner="alice") == ["local:lamp"]
    with psycopg.connect(postgres_url.get_secret_value(), autocommit=True) as conn:
        row = conn.execute("SELECT last_value FROM catalog_changes").fetchone()
        assert row is not None
        bobs = Product(id="local:bobs-lamp", source="local", title="Brass Desk Lamp", brand="Lumen")
        second.upsert([bobs], owner="bob")
        # The moment between a write's commit and its step of the counter: the counter still says nothing changed.
        conn.execute("SELECT setval('catalog_changes', %s)", (row[0],))
    assert search(first, "lamp", owner="alice") == ["local:lamp"]
    assert ids(first.inventory(InventoryRequest(search="brass", owner="alice"))) == ["local:lamp"]
