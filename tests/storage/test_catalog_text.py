"""The catalog's words in PostgreSQL: the very terms of the SQLite index, and match expressions read as FTS5 reads
them."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import psycopg
import pytest
from pydantic import SecretStr

from aisle_mcp.products import Product
from aisle_mcp.products.search import SearchFilters, SearchRequest
from aisle_mcp.providers.local.catalog import Catalog
from aisle_mcp.providers.local.store import TEXT_VERSION, row_values, text_values
from aisle_mcp.storage.postgres.catalog import DEFERRED, open_postgres_catalog
from aisle_mcp.storage.postgres.open import open_postgres
from aisle_mcp.storage.postgres.text import WORDS, made_vector, stemmed, tsquery

PRODUCTS = [
    Product(
        id="local:1",
        source="local",
        title="Sony WH-1000XM3 Wireless Noise-Cancelling Headphones",
        brand="Sony",
        category="Electronics > Audio",
        mpn="WH1000XM3/B",
        description="Thirty hours of battery; magnetic case. Not for running.",
        attributes={"color": "Black", "material": "Café leather"},
    ),
    Product(id="local:2", source="local", title="Fjällräven Kånken Backpack 16L", brand="Fjällräven"),
    Product(id="local:3", source="local", title="No-Drill Curtain Rod, 3.5 inch, 2-Pack", sku="CR-35-2P"),
]


def test_postgres_holds_the_terms_and_counts_of_the_sqlite_index(tmp_path: Path, postgres_url: SecretStr) -> None:
    sqlite = Catalog(tmp_path / "catalog.db")
    sqlite.upsert(PRODUCTS)
    expected = dict(sqlite._db.execute("SELECT term, doc FROM products_text_terms").fetchall())  # pyright: ignore[reportPrivateUsage]
    postgres = open_postgres_catalog(postgres_url)
    try:
        postgres.upsert(PRODUCTS)
    finally:
        postgres.close()
    with psycopg.connect(postgres_url.get_secret_value()) as conn:
        found = dict(conn.execute("SELECT word, ndoc FROM ts_stat('SELECT words FROM products')").fetchall())
    assert found == expected
    assert {"magnet", "wh1000xm3", "kanken", "fjallraven", "drill"} <= found.keys()


@pytest.mark.parametrize(
    ("expression", "query"),
    [
        ('"shoes"', "'shoe'"),
        ('"a" OR "b" "c"', "('a' | ('b' & 'c'))"),
        ('"a" AND "b" NOT "c"', "('a' & ('b' & !'c'))"),
        ('{title brand} : ("running" OR "shoes") AND "red"', "(('run':AB | 'shoe':AB) & 'red')"),
        ('title : "navy blue"', "('navi':A <-> 'blue':A)"),
        ('{title brand category} : ("drill" NOT ("no drill"))', "('drill':ABC & !('no':ABC <-> 'drill':ABC))"),
        ('"--"', "'-'"),
    ],
)
def test_match_expressions_read_as_fts5_reads_them(expression: str, query: str) -> None:
    assert tsquery(expression) == query


def test_a_column_filter_finds_the_word_only_in_those_fields(tmp_path: Path, postgres_url: SecretStr) -> None:
    catalog = open_postgres_catalog(postgres_url)
    try:
        catalog.upsert(PRODUCTS)
    finally:
        catalog.close()
    with psycopg.connect(postgres_url.get_secret_value()) as conn:

        def ids(expression: str) -> list[str]:
            rows = conn.execute(
                "SELECT id FROM products WHERE words @@ %s::tsquery ORDER BY id", (tsquery(expression),)
            )
            return [str(row[0]) for row in rows]

        assert ids('"running"') == ["local:1"]  # the description
        assert ids('{title brand codes category} : "running"') == []
        assert ids('title : "noise cancelling"') == ["local:1"]
        assert ids('{title brand category} : ("drill" NOT ("no drill"))') == []
        assert ids('"wh1000xm3"') == ["local:1"]


def index_names(url: SecretStr) -> set[str]:
    with psycopg.connect(url.get_secret_value()) as conn:
        rows = conn.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'products'").fetchall()
    return {str(row[0]) for row in rows}


def test_an_import_stopped_part_way_has_its_indexes_built_when_the_catalog_is_opened(postgres_url: SecretStr) -> None:
    catalog = open_postgres_catalog(postgres_url)
    catalog.upsert(PRODUCTS)
    catalog.close()
    # An import into a nearly empty catalog drops these until its end, which never comes when its process stops.
    with psycopg.connect(postgres_url.get_secret_value(), autocommit=True) as conn:
        for name in DEFERRED:
            conn.execute(f"DROP INDEX {name}".encode())
    assert not set(DEFERRED) & index_names(postgres_url)
    reopened = open_postgres_catalog(postgres_url)
    try:
        assert set(DEFERRED) <= index_names(postgres_url)
        found = reopened.search(SearchRequest(query="backpack", filters=SearchFilters()))
        assert [p.id for p in found.products] == ["local:2"]
    finally:
        reopened.close()


def written(postgres_url: SecretStr) -> str:
    """The database's URL, after one replica wrote ``PRODUCTS`` into its catalog and closed it."""
    catalog = open_postgres_catalog(postgres_url)
    try:
        catalog.upsert(PRODUCTS)
    finally:
        catalog.close()
    return postgres_url.get_secret_value()


def test_words_made_by_another_text_version_are_made_again_by_replicas_starting_together(
    postgres_url: SecretStr,
) -> None:
    url = written(postgres_url)
    with psycopg.connect(url) as conn:
        made = dict(conn.execute("SELECT id, words::text FROM products").fetchall())
        counted = conn.execute("SELECT count(*) FROM common_terms").fetchone()
        # As an older version left them: other terms, and another version named.
        conn.execute("UPDATE products SET words = to_tsvector('simple', 'stale words')")
        conn.execute("UPDATE catalog_meta SET value = 'older' WHERE key = 'text_version'")
    with ThreadPoolExecutor(3) as starting:
        replicas = list(starting.map(lambda _: open_postgres(postgres_url), range(3)))
    for replica in replicas:
        replica.close()
    with psycopg.connect(url) as conn:
        assert dict(conn.execute("SELECT id, words::text FROM products").fetchall()) == made
        assert conn.execute("SELECT value FROM catalog_meta WHERE key = 'text_version'").fetchone() == (TEXT_VERSION,)
        assert conn.execute("SELECT count(*) FROM common_terms").fetchone() == counted
        # Made again in one transaction: every product's row was written by the same one.
        assert conn.execute("SELECT count(DISTINCT xmin::text) FROM products").fetchone() == (1,)


def test_a_catalog_whose_text_version_is_unknown_has_its_words_made_again(postgres_url: SecretStr) -> None:
    url = written(postgres_url)
    with psycopg.connect(url) as conn:
        conn.execute("UPDATE products SET words = to_tsvector('simple', 'stale')")
        conn.execute("DELETE FROM catalog_meta")  # as a catalog made before the version was kept
    reopened = open_postgres_catalog(postgres_url)
    try:
        page = reopened.search(SearchRequest(query="magnetic headphones", filters=SearchFilters(), limit=5))
    finally:
        reopened.close()
    assert [product.id for product in page.products] == ["local:1"]


@pytest.mark.parametrize(
    ("fields", "made_here"),
    [
        (("sony wh 1000xm3 wireless", "sony", "wh1000xm3 1000xm3", "electron audio", "black thirti hour"), True),
        (("24e16zoom len", "", "86e42access 1e5 12e 3e4e5", "", "1e1a 0e0x"), True),  # numbers read apart
        (("", "", "", "", ""), True),
        (("", "", "", "", "a " * 255), True),
        (("a b a", "", "", "", "a " * 254), False),  # a word's 256th place is not kept
        (("", "", "", "", "word " * 300), False),
        (("", "", "", "", "w " * 17_000), False),  # past the last place a tsvector holds
        (("x" * 250, "", "", "", "long word"), False),
        (("café ωmega", "", "", "", "cafe"), False),  # terms PostgreSQL's parser may cut or fold its own way
        (("", "TM", "", "", ""), False),
    ],
)
def test_words_written_by_the_import_are_those_postgresql_makes(
    fields: tuple[str, ...], made_here: bool, postgres_url: SecretStr
) -> None:
    made = made_vector(fields)
    assert (made is not None) == made_here
    with psycopg.connect(postgres_url.get_secret_value()) as conn:
        expected = _words(conn, fields)
        if made is not None:
            assert conn.execute("SELECT %s::tsvector::text", (made,)).fetchone() == (expected,)


def _words(conn: psycopg.Connection[Any], fields: Sequence[str]) -> str:
    """The words PostgreSQL makes of stemmed fields (``text.WORDS``)."""
    row = conn.execute(
        f"SELECT ({WORDS})::text FROM (SELECT %s w_title, %s w_brand, %s w_codes, %s w_category, %s w_body) f",
        tuple(fields),
    ).fetchone()
    assert row is not None
    return str(row[0])


def test_a_product_whose_words_postgresql_makes_is_written_in_its_place_beside_the_others(
    postgres_url: SecretStr,
) -> None:
    products = [
        Product(id="local:plain", source="local", title="Trail Running Shoes 24E16ZOOM"),
        Product(id="local:greek", source="local", title="Ωmega Σκηνή tent", brand="ΑΣ"),
        Product(id="local:last", source="local", title="Camping tent"),
    ]
    catalog = open_postgres_catalog(postgres_url)
    try:
        with catalog.bulk():
            catalog.write_rows([(row_values(p, "2026-12-07T00:00:00+00:00"), text_values(p)) for p in products])
        catalog.upsert([products[1]])  # written again: replaced, its row id kept
        found = catalog.search(SearchRequest(query="ωmega", filters=SearchFilters()))
    finally:
        catalog.close()
    assert [p.id for p in found.products] == ["local:greek"]
    with psycopg.connect(postgres_url.get_secret_value()) as conn:
        written = conn.execute("SELECT id, words::text FROM products ORDER BY rowid").fetchall()
        expected = [(p.id, _words(conn, stemmed([text_values(p)])[0])) for p in products]
    assert written == expected
