"""The catalog file's tables and how products are written into them.

Filters and sorts are columns with an index each; the full normalized product is kept as JSON beside them, so
what goes in comes out. The full-text index holds each product's words as ``tokens`` spells them (model numbers
in every spelling), stemmed (``stems``): "magnetic" and "magnets" are both found by "magnet".
"""

from __future__ import annotations

import functools
import operator
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any, cast

import orjson

from aisle_mcp.products import Availability, Money, Product
from aisle_mcp.providers.local.owners import add_owners, write_owner
from aisle_mcp.providers.local.stems import TOKENIZER
from aisle_mcp.providers.local.tokens import code_terms, has_digit, words
from aisle_mcp.providers.local.transaction import immediate

# Bumped whenever the indexed text changes, so an older file's index is rebuilt from the stored products.
TEXT_VERSION = "8"
TABLES = """
CREATE TABLE IF NOT EXISTS products (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    source TEXT NOT NULL,
    title TEXT NOT NULL,
    brand TEXT,
    seller TEXT,
    category TEXT,
    price REAL,
    currency TEXT,
    availability TEXT NOT NULL,
    color TEXT,
    material TEXT,
    tags TEXT,
    rating REAL,
    updated_at TEXT,
    added_at TEXT NOT NULL,
    doc TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS catalog_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS common_terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
"""
COMMON = 1_000
"""Terms in more products than this have their count kept in ``common_terms`` (see ``count_common_terms``)."""
# Every sort walks one of these in order, so a sorted page costs the rows it skips and shows, not all matches.
INDEXES = {
    "products_price": "products(price)",
    "products_brand_rating": "products(brand COLLATE NOCASE, rating, price)",
    "products_updated": "products(updated_at)",
    "products_rating": "products(rating)",
    "products_title": "products(title)",
}
TEXT_SCHEMA = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS products_text USING fts5(
    title, brand, codes, category, body, tokenize = "{TOKENIZER}"
);
CREATE VIRTUAL TABLE IF NOT EXISTS products_text_terms USING fts5vocab(products_text, 'row');
"""
TEXT_COLUMNS = "title, brand, codes, category, body"
Row = tuple[tuple[Any, ...], tuple[str, ...]]
"""A product as the catalog writes it: its ``row_values`` and its ``text_values``."""
_ID_CHUNK = 500
MMAP_BYTES = 4 << 30
"""Searches read the file through memory mapping: no copy into SQLite's own cache, whose size it would bound."""
_BODY_CHARS = 1000


@functools.lru_cache(maxsize=2048)
def read_product(doc: str) -> Product:
    """A stored product document, parsed; a document read again (a popular product) is not parsed again."""
    return Product.model_validate_json(doc)


PAGE_BYTES = 65536
"""A new catalog file's page size (files keep the one they were made with)."""


def connect(path: str) -> sqlite3.Connection:
    db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    db.execute(f"PRAGMA page_size={PAGE_BYTES}")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA busy_timeout=10000")
    db.execute("PRAGMA cache_size=-64000")
    db.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
    db.execute("PRAGMA temp_store=MEMORY")
    db.executescript(TABLES)
    add_owners(db)
    create_indexes(db)
    return db


def create_indexes(db: sqlite3.Connection) -> None:
    db.execute("DROP INDEX IF EXISTS products_brand")  # an older file's: products_brand_rating serves its queries
    _index_ids(db)
    for name, target in INDEXES.items():
        db.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")


def drop_indexes(db: sqlite3.Connection) -> None:
    """Before a bulk load into a (nearly) empty catalog: the sort indexes and the ids' are built after it.

    Without the ids' index, ``write`` appends every product, and the last one written of an id is kept when
    the index is built again (``create_indexes``).
    """
    db.execute(f"DROP INDEX IF EXISTS {ID_INDEX}")
    for name in INDEXES:
        db.execute(f"DROP INDEX IF EXISTS {name}")


ID_INDEX = "products_id"
"""The unique index of product ids. Files written before it have the table's own (``UNIQUE`` on the column)."""


def _ids_indexed(db: sqlite3.Connection) -> bool:
    found = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'index' AND tbl_name = 'products'"
        f" AND (name = '{ID_INDEX}' OR name LIKE 'sqlite_autoindex_products_%') LIMIT 1"
    )
    return found.fetchone() is not None


def _index_ids(db: sqlite3.Connection) -> None:
    """The unique index of ids; products appended while it was dropped keep only the last of each id."""
    if _ids_indexed(db):
        return
    with immediate(db):
        try:
            db.execute(f"CREATE UNIQUE INDEX {ID_INDEX} ON products(id)")
        except sqlite3.IntegrityError:
            # One sort finds the repeats; only when there are some is there anything more to do.
            older = db.execute(
                "SELECT rowid FROM products WHERE rowid NOT IN (SELECT max(rowid) FROM products GROUP BY id)"
            )
            gone = older.fetchall()
            db.executemany("DELETE FROM products WHERE rowid = ?", gone)
            if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'products_text'").fetchone():
                db.executemany("DELETE FROM products_text WHERE rowid = ?", gone)
            db.execute(f"CREATE UNIQUE INDEX {ID_INDEX} ON products(id)")


def ensure_text_index(db: sqlite3.Connection) -> None:
    """The full-text index, rebuilt from the stored products when it was built by another ``TEXT_VERSION``."""
    row = db.execute("SELECT value FROM catalog_meta WHERE key = 'text_version'").fetchone()
    if row and row[0] == TEXT_VERSION:
        db.executescript(TEXT_SCHEMA)
        return
    with immediate(db):
        # executescript would commit first: each statement goes on its own, inside this transaction.
        for table in ("products_fts", "products_text_terms", "products_text"):
            db.execute(f"DROP TABLE IF EXISTS {table}")
        for statement in TEXT_SCHEMA.split(";"):
            if statement.strip():
                db.execute(statement)
        rows = db.execute("SELECT rowid, doc FROM products")
        db.executemany(
            f"INSERT INTO products_text (rowid, {TEXT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
            ((rowid, *text_values(Product.model_validate_json(doc))) for rowid, doc in rows.fetchall()),
        )
        db.execute("INSERT OR REPLACE INTO catalog_meta (key, value) VALUES ('text_version', ?)", (TEXT_VERSION,))
    count_common_terms(db)  # the counts kept were of the old index's terms


def count_common_terms(db: sqlite3.Connection) -> None:
    """Keep how many products have each common term: counting one reads its whole posting list (milliseconds
    at a million products), while one pass over the index counts them all (about a second at a million).

    Done after each bulk import; smaller writes leave the counts of common terms a little stale, which only
    nudges their (already low) weight.
    """
    with immediate(db):
        db.execute("DELETE FROM common_terms")
        db.execute("INSERT INTO common_terms SELECT term, doc FROM products_text_terms WHERE doc > ?", (COMMON,))


def row_values(product: Product, added_at: str) -> tuple[Any, ...]:
    tags: object = product.extra.get("tags")
    return (
        product.id,
        product.source,
        product.title,
        product.brand,
        product.seller,
        product.category,
        float(product.price.amount) if product.price else None,
        product.price.currency if product.price else None,
        product.availability.value,
        (product.attribute("color") or "").lower() or None,
        (product.attribute("material") or "").lower() or None,
        _tags(tags),
        float(product.rating.value) if product.rating else None,
        product.updated_at.isoformat() if product.updated_at else None,
        added_at,
        product.model_dump_json(exclude_defaults=True),
    )


def text_values(product: Product) -> tuple[str, str, str, str, str]:
    return _text(
        product.title,
        product.brand,
        product.category,
        product.description,
        (product.sku, product.mpn, product.gtin),
        product.attributes,
    )


# Fields a product checks or writes in ways of its own (``_own_ways``): a product that has one is built to be
# written.
_DEFAULTS = {name: field.get_default(call_default_factory=True) for name, field in Product.model_fields.items()}
_ORDER = {name: position for position, name in enumerate(_DEFAULTS)}


@functools.lru_cache(maxsize=64)
def _in_order(names: tuple[str, ...]) -> bool:
    return [_ORDER[name] for name in names] == sorted(_ORDER[name] for name in names)


def fields_row(fields: Mapping[str, Any], added_at: str) -> Row:
    """What ``row_values`` and ``text_values`` give for ``Product(**fields)``, without building the product.

    For an import of many records whose fields are already checked by their reader (``flat_fields``): a
    product's validation and serialization would be a third of the work. The document is the product's own
    JSON (defaults left out, amounts as text), key for key.
    """
    if _own_ways(fields) or not _in_order(tuple(fields)):
        product = Product(**fields)
        return row_values(product, added_at), text_values(product)
    doc = {name: value for name, value in fields.items() if value is not None and value != _DEFAULTS[name]}
    try:
        written = orjson.dumps(doc, default=_money_json).decode()
    except orjson.JSONEncodeError:  # text orjson refuses (a lone surrogate): the product says what it writes
        product = Product(**fields)
        return row_values(product, added_at), text_values(product)
    price: Money | None = fields.get("price")
    attributes: Mapping[str, str | list[str]] = fields.get("attributes") or {}
    extra: Mapping[str, Any] = fields.get("extra") or {}
    row = (
        fields["id"],
        fields["source"],
        fields["title"],
        fields.get("brand"),
        fields.get("seller"),
        fields.get("category"),
        float(price.amount) if price else None,
        price.currency if price else None,
        _availability(fields.get("availability", Availability.unknown)),
        _attribute(attributes, "color"),
        _attribute(attributes, "material"),
        _tags(extra.get("tags")),
        None,
        None,
        added_at,
        written,
    )
    codes = (fields.get("sku"), fields.get("mpn"), fields.get("gtin"))
    text = _text(
        fields["title"], fields.get("brand"), fields.get("category"), fields.get("description"), codes, attributes
    )
    return row, text


def _own_ways(fields: Mapping[str, Any]) -> bool:
    get = fields.get
    return bool(get("rating") or get("updated_at") or get("options") or get("variants") or get("field_sources"))


def _money_json(money: object) -> dict[str, str]:
    """A price as the product's JSON writes it; orjson asks for nothing else (anything else is refused)."""
    if not isinstance(money, Money):
        raise TypeError(type(money).__name__)
    amount = format(money.amount, "f")
    return {"amount": amount} if money.currency is None else {"amount": amount, "currency": money.currency}


def _availability(value: object) -> str:
    return value.value if isinstance(value, Availability) else Availability(value).value


def _attribute(attributes: Mapping[str, str | list[str]], name: str) -> str | None:
    value = attributes.get(name)
    if value is None:
        return None
    return (value if isinstance(value, str) else ", ".join(value)).lower() or None


def _tags(tags: object) -> str | None:
    return ",".join(str(t) for t in cast(list[object], tags)).lower() if isinstance(tags, list) else None


def _text(
    title: str,
    brand: str | None,
    category: str | None,
    description: str | None,
    numbers: tuple[str | None, str | None, str | None],
    attributes: Mapping[str, str | list[str]],
) -> tuple[str, str, str, str, str]:
    said = " ".join(v if isinstance(v, str) else " ".join(v) for v in attributes.values())
    written = " ".join(part for part in numbers if part)
    # A code's pieces of letters alone are not product text: "KIT-FER-001" is no kit (its joined spelling is
    # among the code terms).
    pieces = " ".join(w for w in words(written) if has_digit(w))
    codes = " ".join(code_terms(f"{title} {written}"))
    body = f"{said} {(description or '')[:_BODY_CHARS]}"
    return (title, brand or "", f"{pieces} {codes}", category or "", body)


_PRODUCT_COLUMNS = (
    "id", "source", "title", "brand", "seller", "category", "price", "currency", "availability", "color", "material",
    "tags", "rating", "updated_at", "added_at", "doc",
)  # fmt: skip
"""The columns of ``row_values``, in its order."""
_NULLABLE = tuple(i for i, name in enumerate(_PRODUCT_COLUMNS) if name not in ("id", "source", "title", "availability"))


def _named(values: Sequence[tuple[Any, ...]]) -> list[int]:
    """The positions of the columns some of these rows have a value for.

    Binding a NULL costs the sqlite3 module an adapter lookup, dearer than binding text: a column no row has
    (ratings and dates in most feeds) is left out of the statement, and is NULL all the same.
    """
    empty = {i for i in _NULLABLE if values[0][i] is None}
    for i in list(empty):
        if any(row[i] is not None for row in values):
            empty.discard(i)
    return [i for i in range(len(_PRODUCT_COLUMNS)) if i not in empty]


def write(db: sqlite3.Connection, rows: Sequence[Row], owner: str | None = None) -> None:
    """Insert or replace products (``row_values``, ``text_values``) by id, in one transaction: shared ones, or
    ``owner``'s own (see ``owners``).

    During a bulk load (see ``drop_indexes``) products are appended, without looking their ids up.
    """
    if not rows:
        return
    ids = [row[0] for row, _ in rows]
    with immediate(db):
        old: dict[str, int] = {}
        for start in range(0, len(ids) if _ids_indexed(db) else 0, _ID_CHUNK):
            chunk = ids[start : start + _ID_CHUNK]
            found = db.execute(f"SELECT id, rowid FROM products WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            old.update(cast(list[tuple[str, int]], found.fetchall()))
        if old:
            gone = [(rowid,) for rowid in old.values()]
            db.executemany("DELETE FROM products WHERE rowid = ?", gone)
            db.executemany("DELETE FROM products_text WHERE rowid = ?", gone)
        # Row ids are given out here, inside the write transaction, so both tables get one executemany.
        next_rowid = int(db.execute("SELECT coalesce(max(rowid), 0) FROM products").fetchone()[0]) + 1
        rowids: list[int] = []
        for product_id in ids:
            if product_id in old:
                rowids.append(old[product_id])
            else:
                rowids.append(next_rowid)
                next_rowid += 1
        values = [row for row, _ in rows]
        named = _named(values)
        pick = operator.itemgetter(*named)
        db.executemany(
            f"INSERT INTO products (rowid, {', '.join(_PRODUCT_COLUMNS[i] for i in named)})"
            f" VALUES (?{', ?' * len(named)})",
            [(rowid, *pick(row)) for rowid, row in zip(rowids, values, strict=True)],
        )
        write_owner(db, rowids, owner)
        db.executemany(
            f"INSERT INTO products_text (rowid, {TEXT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
            [(rowid, *text) for rowid, (_, text) in zip(rowids, rows, strict=True)],
        )
