"""Importing a feed file into the catalog: every record's row, its problems by line, and the indexes after."""

from __future__ import annotations

import gzip
import json
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from aisle_mcp.products import Money, Product
from aisle_mcp.products.search import SearchFilters, SearchRequest
from aisle_mcp.providers.local import bulk, relevance, store
from aisle_mcp.providers.local.catalog import Catalog
from aisle_mcp.providers.local.feeds import FeedProblem, FeedWarning
from aisle_mcp.providers.local.store import INDEXES
from aisle_mcp.server import cli
from aisle_mcp.server.settings import Settings
from aisle_mcp.storage.postgres.catalog import DEFERRED, PostgresCatalog
from tests.providers.local.conftest import OpenCatalog


def record(number: int, title: str, price: str = "10.00 USD") -> str:
    return json.dumps({"id": f"P{number}", "title": title, "brand": "Acme", "price": price, "availability": "in stock"})


def product_of(product_id: str, title: str) -> Product:
    return Product(id=product_id, source="local", title=title, price=Money(amount=Decimal(10), currency="USD"))


def feed(tmp_path: Path, lines: list[str], name: str = "shop.ndjson") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(catalog: Catalog, path: Path, workers: int) -> tuple[int, list[str]]:
    written, problems, _ = run_noting(catalog, path, workers)
    return written, problems


def run_noting(catalog: Catalog, path: Path, workers: int) -> tuple[int, list[str], list[str]]:
    written = 0
    problems: list[str] = []
    warnings: list[str] = []
    for item in bulk.import_feed(catalog, path, workers=workers):
        if isinstance(item, FeedProblem):
            problems.append(str(item))
        elif isinstance(item, FeedWarning):
            warnings.append(str(item))
        else:
            written += item
    return written, problems, warnings


def titles(catalog: Catalog, query: str, **filters: object) -> list[str]:
    request = SearchRequest(query=query, filters=SearchFilters.model_validate(filters), sort="price_asc", limit=50)
    return [p.title for p in catalog.search(request).products]


def index_names(catalog: Catalog) -> set[str]:
    rows = catalog._db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")  # pyright: ignore[reportPrivateUsage]
    return {name for (name,) in rows}


def indexes_built(catalog: Catalog) -> bool:
    """Whether every index a search sorts or matches by is there, on either engine."""
    if isinstance(catalog, PostgresCatalog):
        found = (
            catalog._pool.connection()
            .__enter__()
            .execute(  # pyright: ignore[reportPrivateUsage]
                "SELECT indexname FROM pg_indexes WHERE tablename = 'products'"
            )
        )
        return DEFERRED.keys() <= {str(name) for (name,) in found.fetchall()}
    return INDEXES.keys() <= index_names(catalog)


@pytest.mark.parametrize("workers", [0, 2])
def test_an_ndjson_feed_is_imported_in_chunks_with_its_problems_by_line(
    tmp_path: Path, open_catalog: OpenCatalog, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 3)
    lines = [record(n, f"Desk Lamp {n}", f"{20 - n}.00 USD") for n in range(10)]
    lines[4] = "{not json"
    lines[7] = json.dumps({"id": "P7", "price": "3 USD"})
    catalog = open_catalog(tmp_path / "catalog.db")
    written, problems = run(catalog, feed(tmp_path, lines), workers)
    assert written == 8
    assert problems == [
        "line 5: not JSON: Expecting property name enclosed in double quotes (column 2)",
        "line 8: no title",
    ]
    assert titles(catalog, "lamp")[:3] == ["Desk Lamp 9", "Desk Lamp 8", "Desk Lamp 6"]
    assert indexes_built(catalog)


@pytest.mark.parametrize("workers", [0, 2])
def test_a_repeated_id_in_one_file_keeps_the_first_record_and_reports_the_later_across_chunks(
    tmp_path: Path, open_catalog: OpenCatalog, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 2)
    lines = [record(1, "Old Lamp"), record(2, "Desk Chair"), record(3, "Side Table"), record(1, "New Lamp")]
    catalog = open_catalog(tmp_path / "catalog.db")
    written, problems = run(catalog, feed(tmp_path, lines), workers)
    assert (written, catalog.count()) == (3, 3)
    assert problems == ["line 4: duplicate id 'P1', first on line 1 (the first is kept)"]
    assert titles(catalog, "lamp") == ["Old Lamp"]


def test_importing_a_file_again_replaces_the_products_it_names(tmp_path: Path, open_catalog: OpenCatalog) -> None:
    catalog = open_catalog(tmp_path / "catalog.db")
    run(catalog, feed(tmp_path, [record(1, "Old Lamp"), record(2, "Desk Chair")]), 0)
    written, problems = run(catalog, feed(tmp_path, [record(1, "New Lamp")]), 0)
    assert (written, problems, catalog.count()) == (1, [], 2)
    assert titles(catalog, "lamp") == ["New Lamp"]


def test_a_file_naming_a_product_again_replaces_it_and_adds_the_new_ones_in_file_order(
    tmp_path: Path, open_catalog: OpenCatalog
) -> None:
    catalog = open_catalog(tmp_path / "catalog.db")
    run(catalog, feed(tmp_path, [record(1, "Old Lamp"), record(2, "Desk Chair")]), 0)
    lines = [record(3, "Wool Rug"), record(1, "New Lamp"), record(4, "Side Table")]
    written, problems = run(catalog, feed(tmp_path, lines), 0)
    assert (written, problems) == (3, [])
    found = [p.title for p in catalog.products(None)]
    assert sorted(found) == ["Desk Chair", "New Lamp", "Side Table", "Wool Rug"]
    assert [title for title in found if title != "New Lamp"] == ["Desk Chair", "Wool Rug", "Side Table"]


def test_importing_into_a_full_catalog_keeps_its_products_and_indexes(
    tmp_path: Path, open_catalog: OpenCatalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("aisle_mcp.providers.local.catalog._BULK_BELOW", 2)
    catalog = open_catalog(tmp_path / "catalog.db")
    run(catalog, feed(tmp_path, [record(n, f"Desk Lamp {n}") for n in range(3)], "first.ndjson"), 0)
    run(catalog, feed(tmp_path, [record(n, f"Floor Lamp {n}") for n in range(2)], "second.ndjson"), 0)
    assert catalog.count() == 5
    assert indexes_built(catalog)


def test_a_broken_file_keeps_what_was_imported_before_the_break(
    tmp_path: Path, open_catalog: OpenCatalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 1)
    items = "".join(f"<item><g:id>{n}</g:id><title>Desk Lamp {n}</title></item>" for n in range(3))
    xml = f'<rss xmlns:g="http://base.google.com/ns/1.0"><channel>{items}<item><title>Broken</channel></rss>'
    catalog = open_catalog(tmp_path / "catalog.db")
    written, problems = run(catalog, feed(tmp_path, [xml], "shop.xml"), 0)
    assert written == 3 and len(problems) == 1 and "not well-formed XML" in problems[0]
    assert sorted(titles(catalog, "lamp")) == ["Desk Lamp 0", "Desk Lamp 1", "Desk Lamp 2"]


def test_after_an_import_common_terms_are_counted_once_for_every_search(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("aisle_mcp.providers.local.store.COMMON", 2)
    catalog = Catalog(tmp_path / "catalog.db")
    run(catalog, feed(tmp_path, [*(record(n, f"Desk Lamp {n}") for n in range(4)), record(9, "Oak Chair")]), 0)
    db = catalog._db  # pyright: ignore[reportPrivateUsage]
    # Stems, as the index holds them.
    assert dict(db.execute("SELECT term, df FROM common_terms")) == {"acm": 5, "desk": 4, "lamp": 4}
    assert relevance.frequencies(db, ["lamp", "chair", "sofa"]) == {"lamp": 4, "chair": 1, "sofa": 0}
    assert len(titles(catalog, "desk lamp")) == 4


@pytest.mark.parametrize("workers", [0, 2])
def test_products_without_a_readable_price_are_imported_found_and_sorted_last(
    tmp_path: Path, open_catalog: OpenCatalog, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 2)
    lines = [record(n, f"Desk Lamp {n}", f"{10 + n}.00 USD") for n in range(4)]
    lines[1] = record(1, "Desk Lamp POA", "POA")
    lines.append(record(7, "Brass Desk Lamp", "€16,99 per stuk"))
    catalog = open_catalog(tmp_path / "catalog.db")
    written, problems, warnings = run_noting(catalog, feed(tmp_path, lines), workers)
    assert (written, problems) == (5, [])
    assert warnings == ["line 2: price 'POA' is not a number; imported without a price"]
    assert titles(catalog, "poa") == ["Desk Lamp POA"]
    # Prices are sorted in one currency (the catalog's most common); the euro lamp is left out, and said so.
    assert titles(catalog, "lamp") == ["Desk Lamp 0", "Desk Lamp 2", "Desk Lamp 3", "Desk Lamp POA"]
    in_dollars = catalog.search(SearchRequest(query="lamp", filters=SearchFilters(), sort="price_asc", limit=50))
    assert in_dollars.currency == "USD"
    assert any("1 more product matches in other currencies" in note for note in in_dollars.notes)
    assert titles(catalog, "lamp", currency="EUR") == ["Brass Desk Lamp", "Desk Lamp POA"]
    request = SearchRequest(query="lamp", filters=SearchFilters(), sort="price_desc", limit=50)
    assert [p.title for p in catalog.search(request).products][-1] == "Desk Lamp POA"
    assert "Desk Lamp POA" not in titles(catalog, "lamp", price_max=1000)
    assert "Desk Lamp POA" not in titles(catalog, "lamp", price_min=0)


def test_the_import_command_counts_products_problems_and_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [record(1, "Desk Lamp"), "{not json", record(3, "Floor Lamp", "POA")]
    path = feed(tmp_path, lines)
    settings = Settings(data_dir=tmp_path / "data", load_demo=False)

    assert cli.import_feed(settings, path, None) == 0

    said = capsys.readouterr()
    assert said.out.strip() == (
        f"imported 2 products from {path} (1 bad record skipped, 0 duplicate ids skipped, 1 value left out or changed)"
    )
    assert f"{path}:2: skipped: not JSON" in said.err
    assert f"{path}:3: warning: price 'POA' is not a number; imported without a price" in said.err


def test_a_bulk_load_with_repeated_ids_leaves_one_product_per_id_and_the_id_index_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 2)
    lines = [record(1, "Old Lamp"), record(2, "Desk Chair"), record(1, "Older Lamp"), record(3, "Side Table")]
    lines.append(record(1, "New Lamp"))
    catalog = Catalog(tmp_path / "catalog.db")
    _, problems = run(catalog, feed(tmp_path, lines), 2)
    db = catalog._db  # pyright: ignore[reportPrivateUsage]
    assert catalog.count() == 3 == db.execute("SELECT count(*) FROM products_text").fetchone()[0]
    assert [problem.split(":")[0] for problem in problems] == ["line 3", "line 5"]
    assert titles(catalog, "lamp") == ["Old Lamp"]
    assert "products_id" in index_names(catalog)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO products (id, source, title, availability, added_at, doc) SELECT id, source, title,"
            " availability, added_at, doc FROM products LIMIT 1"
        )


def test_a_catalog_left_by_an_interrupted_load_keeps_the_last_of_each_id_when_opened(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "catalog.db")
    db = catalog._db  # pyright: ignore[reportPrivateUsage]
    store.drop_indexes(db)
    catalog.upsert([product_of("P1", "Old Lamp"), product_of("P2", "Desk Chair")])
    catalog.upsert([product_of("P1", "New Lamp")])
    catalog.close()  # killed before the indexes were built again

    reopened = Catalog(tmp_path / "catalog.db")

    assert reopened.count() == 2
    assert titles(reopened, "lamp") == ["New Lamp"]
    assert INDEXES.keys() | {"products_id"} <= index_names(reopened)


def test_a_catalog_file_with_unique_ids_in_its_table_imports_and_replaces_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "catalog.db"
    with sqlite3.connect(path) as old:  # the table as files written before the ids got an index of their own
        old.executescript(store.TABLES.replace("id TEXT NOT NULL,", "id TEXT NOT NULL UNIQUE,"))
    monkeypatch.setattr(bulk, "CHUNK", 2)
    catalog = Catalog(path)
    run(catalog, feed(tmp_path, [record(1, "Old Lamp"), record(2, "Desk Chair")]), 0)
    run(catalog, feed(tmp_path, [record(1, "New Lamp")]), 0)  # the same file again: the same ids
    assert catalog.count() == 2
    assert titles(catalog, "lamp") == ["New Lamp"]
    assert "products_id" not in index_names(catalog)


@pytest.mark.parametrize("compressed", [False, True])
def test_workers_read_chunks_of_plain_and_gzip_files_with_their_line_numbers(
    tmp_path: Path, open_catalog: OpenCatalog, monkeypatch: pytest.MonkeyPatch, compressed: bool
) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 3)
    lines = [record(n, f"Desk Lamp {n}", f"{20 - n}.00 USD") for n in range(8)]
    lines[5] = "{not json"
    text = "\ufeff" + "\r\n".join(lines[:4]) + "\r\n\r\n" + "\n".join(lines[4:])  # a BOM, CRLF, a blank line, no end
    path = tmp_path / ("shop.ndjson.gz" if compressed else "shop.ndjson")
    path.write_bytes(gzip.compress(text.encode()) if compressed else text.encode())
    catalog = open_catalog(tmp_path / "catalog.db")
    written, problems = run(catalog, path, 2)
    assert written == 7
    assert problems == ["line 7: not JSON: Expecting property name enclosed in double quotes (column 2)"]
    assert titles(catalog, "lamp")[0] == "Desk Lamp 7"


def test_a_column_only_some_products_of_a_batch_have_is_written_for_those_and_null_for_the_rest(
    tmp_path: Path,
) -> None:
    catalog = Catalog(tmp_path / "catalog.db")
    rated = product_of("local:b", "Rated Lamp").model_copy(update={"brand": "Acme", "extra": {"tags": ["desk"]}})
    catalog.upsert([product_of("local:a", "Plain Lamp"), rated, product_of("local:c", "Other Lamp")])
    catalog.close()
    db = sqlite3.connect(tmp_path / "catalog.db")
    rows = db.execute("SELECT id, brand, seller, tags, rating FROM products ORDER BY rowid").fetchall()
    assert rows == [
        ("local:a", None, None, None, None),
        ("local:b", "Acme", None, "desk", None),
        ("local:c", None, None, None, None),
    ]


@pytest.mark.parametrize("workers", [0, 2])
def test_columns_no_field_reads_are_said_once_for_the_whole_import(
    tmp_path: Path, open_catalog: OpenCatalog, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 2)
    lines = [json.dumps({"id": n, "title": f"Lamp {n}", "price": "3 USD", "Shipping Cost": "4.95"}) for n in range(5)]
    lines.append(json.dumps({"id": 9, "title": "Odd Lamp", "wattage": "40 W"}))
    catalog = open_catalog(tmp_path / "catalog.db")
    written, problems, warnings = run_noting(catalog, feed(tmp_path, lines), workers)
    assert (written, problems) == (6, [])
    assert warnings == [
        "line 1: columns no product field takes, left out: 'Shipping Cost'",
        "line 6: columns no product field takes, left out: 'wattage'",
    ]
