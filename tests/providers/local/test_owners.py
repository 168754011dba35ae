"""Owners in the catalog file: what a file made before owners becomes, and what an all-shared catalog costs."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from aisle_mcp.products import Money, Product, stable_id
from aisle_mcp.products.search import SearchFilters, SearchRequest
from aisle_mcp.providers.base import InventoryRequest
from aisle_mcp.providers.local import owners, store
from aisle_mcp.providers.local.catalog import Catalog
from aisle_mcp.providers.local.extraction import ExtractionQueue
from aisle_mcp.providers.local.jobs import SCHEMA as JOBS
from aisle_mcp.providers.local.owners import LOCAL_OWNER
from tests.providers.local.conftest import OpenCatalog

# The tables as a file written before owners has them (the jobs table is unchanged since).
OLD_TABLES = """
CREATE TABLE products (
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, source TEXT NOT NULL, title TEXT NOT NULL, brand TEXT,
    seller TEXT, category TEXT, price REAL, currency TEXT, availability TEXT NOT NULL, color TEXT, material TEXT,
    tags TEXT, rating REAL, updated_at TEXT, added_at TEXT NOT NULL, doc TEXT NOT NULL
);
CREATE TABLE seen_products (id TEXT PRIMARY KEY, doc TEXT NOT NULL, seen_at TEXT NOT NULL);
CREATE TABLE extract_runs (
    ref TEXT PRIMARY KEY, state TEXT NOT NULL, created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP, worker TEXT,
    lease_until REAL
);
CREATE TABLE extract_urls (
    ref TEXT NOT NULL, position INTEGER NOT NULL, url TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending',
    product_id TEXT, reason TEXT, PRIMARY KEY (ref, position)
);
"""
TOTE = Product(id="local:tote", source="local", title="Harbor Canvas Tote", price=Money(amount=Decimal("25")))
LANTERN_URL = "https://shop.example/p/lantern"
KETTLE_URL = "https://shop.example/p/kettle"
LANTERN = Product(id=stable_id("local", LANTERN_URL), source="local", title="Quokka Storm Lantern", url=LANTERN_URL)
KETTLE = Product(id=stable_id("local", KETTLE_URL), source="local", title="Quokka Copper Kettle", url=KETTLE_URL)
REMEMBERED = Product(id="catalogai:41", source="catalogai", title="Linen Shirt")


def old_file(path: Path) -> None:
    """A catalog with a shared product, two extraction jobs of two owners (the kettle read by both, the later job
    B's) and one remembered provider answer, written the way Aisle wrote it before owners."""
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript(OLD_TABLES + JOBS)
    added = datetime.now(UTC).isoformat()
    for product in (TOTE, LANTERN, KETTLE):
        db.execute(f"INSERT INTO products VALUES (NULL{', ?' * 16})", store.row_values(product, added))
    db.execute("INSERT INTO seen_products VALUES (?, ?, ?)", (REMEMBERED.id, REMEMBERED.model_dump_json(), added))
    jobs = [
        ("job_a", "run_a", "tok_a", "2026-01-01T00:00:00+00:00"),
        ("job_b", "run_b", "tok_b", "2026-02-01T00:00:00+00:00"),
    ]
    for job_id, ref, owner, created in jobs:
        db.execute("INSERT INTO jobs VALUES (?, 'local', ?, ?, 2, ?)", (job_id, ref, owner, created))
        db.execute("INSERT INTO extract_runs (ref, state) VALUES (?, 'completed')", (ref,))
    read = [
        ("run_a", 0, LANTERN_URL, LANTERN.id),
        ("run_a", 1, KETTLE_URL, KETTLE.id),
        ("run_b", 0, KETTLE_URL, KETTLE.id),
    ]
    for ref, position, url, product_id in read:
        db.execute("INSERT INTO extract_urls VALUES (?, ?, ?, 'done', ?, NULL)", (ref, position, url, product_id))
    db.close()


def found(catalog: Catalog, query: str, owner: str | None) -> list[str]:
    request = SearchRequest(query=query, filters=SearchFilters(), owner=owner)
    return [p.id for p in catalog.search(request).products]


def test_a_file_made_before_owners_keeps_its_catalog_shared_and_gives_extracted_products_to_their_jobs_owner(
    tmp_path: Path,
) -> None:
    path = tmp_path / "aisle.db"
    old_file(path)
    catalog = Catalog(path)
    for owner in ("tok_a", "tok_b", LOCAL_OWNER, None):
        assert catalog.get(TOTE.id, owner) == TOTE
    assert catalog.get(LANTERN.id, "tok_a") == LANTERN
    assert catalog.get(LANTERN.id, "tok_b") is None
    assert catalog.get(KETTLE.id, "tok_b") == KETTLE  # the latest job's owner
    assert catalog.get(KETTLE.id, "tok_a") is None
    assert found(catalog, "quokka", "tok_a") == [LANTERN.id]
    assert found(catalog, "quokka", None) == []
    listed = catalog.inventory(InventoryRequest(owner="tok_b"))
    assert sorted(p.id for p in listed.products) == sorted([TOTE.id, KETTLE.id])
    # Remembered answers were kept for no one in particular: the stdio owner keeps them, no token sees them.
    assert catalog.recall(REMEMBERED.id, LOCAL_OWNER) == REMEMBERED
    assert catalog.recall(REMEMBERED.id, "tok_a") is None
    catalog.close()

    queue = ExtractionQueue(path)
    assert (queue.owner("run_a"), queue.owner("run_b")) == ("tok_a", "tok_b")
    queue.close()
    again = Catalog(path)  # opening it again changes nothing
    assert again.get(LANTERN.id, "tok_a") == LANTERN
    assert again.get(LANTERN.id, "tok_b") is None
    again.close()


def test_a_catalog_of_shared_products_reads_without_an_owner_condition(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "aisle.db")
    catalog.upsert([TOTE])
    db = sqlite3.connect(tmp_path / "aisle.db")
    assert owners.viewer(db, "tok_a") == owners.Viewer("tok_a", hidden=False)
    catalog.upsert([LANTERN], "tok_a")
    assert owners.viewer(db, "tok_a") == owners.Viewer("tok_a", hidden=False)  # only its own: nothing hidden
    assert owners.viewer(db, "tok_b").hidden
    assert owners.viewer(db, None).hidden
    db.close()
    catalog.close()


def test_a_remembered_record_is_the_callers_own_unless_remembered_for_everyone(
    tmp_path: Path, open_catalog: OpenCatalog
) -> None:
    catalog = open_catalog(tmp_path / "aisle.db")
    catalog.remember([REMEMBERED], "tok_a")
    assert catalog.recall(REMEMBERED.id, "tok_a") == REMEMBERED
    assert catalog.recall(REMEMBERED.id, "tok_b") is None
    catalog.remember([KETTLE], None)
    assert catalog.recall(KETTLE.id, "tok_b") == KETTLE
    catalog.close()


def titled(number: int, title: str) -> Product:
    return Product(id=f"local:{number}", source="local", title=title, price=Money(amount=Decimal("20")))


def test_another_owners_products_change_neither_the_words_that_pick_a_search_nor_its_total(
    tmp_path: Path, open_catalog: OpenCatalog
) -> None:
    def shop(name: str, *, with_others: bool) -> Catalog:
        catalog = open_catalog(tmp_path / name)
        scarves = [titled(n, "Wool Scarf") for n in range(40)]
        blankets = [titled(400 + n, "Fleece Blanket") for n in range(90)]
        catalog.upsert([*scarves, *blankets, *(titled(450 + n, "Wool Blanket") for n in range(10))])
        if with_others:  # enough of another owner's "wool" to make it the more common of the two words
            catalog.upsert([titled(1000 + n, "Wool Sock") for n in range(200)], "tok_a")
        return catalog

    # The whole result, partial matches included: which of them come depends on how common each word is, as the
    # reader sees the catalog. (Their order may still differ: FTS5's bm25() weighs by the whole file's statistics,
    # a known limit.)
    request = SearchRequest(query="wool blanket", filters=SearchFilters(), owner="tok_b", limit=200)
    alone = shop("alone.db", with_others=False).search(request)
    shared = shop("shared.db", with_others=True).search(request)
    assert (alone.total, alone.partial_from) == (10, 10) and len(alone.products) > 100
    assert (shared.total, shared.total_exact, shared.notes) == (alone.total, alone.total_exact, alone.notes)
    assert {p.id for p in shared.products} == {p.id for p in alone.products}
    assert [p.id for p in shared.products[:10]] == [p.id for p in alone.products[:10]]


def test_a_filter_that_matches_nothing_lists_only_values_of_products_the_reader_may_see(
    tmp_path: Path, open_catalog: OpenCatalog
) -> None:
    catalog = open_catalog(tmp_path / "catalog.db")
    catalog.upsert([Product(id="local:mug", source="local", title="Stoneware Mug", seller="Harbor Goods")])
    secret = Product(id="local:lamp", source="local", title="Stoneware Lamp", seller="Quokka Private Label")
    catalog.upsert([secret], "tok_a")

    def listed(owner: str) -> str:
        request = SearchRequest(query="stoneware", filters=SearchFilters(seller="nobody"), owner=owner)
        return " ".join(catalog.search(request).notes)

    assert "Harbor Goods" in listed("tok_b") and "Quokka" not in listed("tok_b")
    assert "Quokka Private Label" in listed("tok_a")
