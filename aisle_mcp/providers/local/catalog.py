"""The built-in catalog: products in one SQLite file, searched with FTS5.

Filters are columns; the full normalized product is kept as JSON beside them, so what goes in comes out.
All methods are synchronous and safe to call from worker threads; ``LocalCatalog`` wraps them for async code.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from aisle_mcp.products import Availability, Product
from aisle_mcp.products.search import SearchFilters, SearchPage, SearchRequest
from aisle_mcp.providers.base import InventoryPage, InventoryRequest

SCHEMA = """
CREATE TABLE IF NOT EXISTS products (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
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
CREATE INDEX IF NOT EXISTS products_price ON products(price);
CREATE INDEX IF NOT EXISTS products_brand ON products(brand COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS products_updated ON products(updated_at);
CREATE TABLE IF NOT EXISTS seen_products (
    id TEXT PRIMARY KEY,
    doc TEXT NOT NULL,
    seen_at TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS products_fts USING fts5(
    title, brand, category, body, tokenize = "unicode61 remove_diacritics 2"
);
"""
# bm25 column weights: a word in the title or brand says far more than one deep in a description.
_BM25 = "bm25(products_fts, 10.0, 6.0, 3.0, 1.0)"
_SORTS = {
    "relevance": "rank, p.rowid",
    "price_asc": "p.price IS NULL, p.price, p.rowid",
    "price_desc": "p.price IS NULL, p.price DESC, p.rowid",
    "newest": "p.updated_at IS NULL, p.updated_at DESC, p.rowid",
    "rating": "p.rating IS NULL, p.rating DESC, p.rowid",
    "title": "p.title, p.rowid",
}
_BUYABLE = (Availability.in_stock.value, Availability.limited.value)
_TOKEN = re.compile(r"\w+", re.UNICODE)


def match_expression(text: str, any_word: bool = False) -> str | None:
    """An FTS5 MATCH expression for free text: every word (or any word) as a quoted prefix term."""
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    if not tokens:
        return None
    terms = [f'"{t}"*' for t in dict.fromkeys(tokens)]
    return (" OR " if any_word else " AND ").join(terms)


def _row_values(product: Product) -> tuple[Any, ...]:
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
        ",".join(str(t) for t in cast(list[object], tags)).lower() if isinstance(tags, list) else None,
        float(product.rating.value) if product.rating else None,
        product.updated_at.isoformat() if product.updated_at else None,
        datetime.now(UTC).isoformat(),
        product.model_dump_json(exclude_defaults=True),
    )


def _fts_values(product: Product) -> tuple[str, str, str, str]:
    attributes = " ".join(v if isinstance(v, str) else " ".join(v) for v in product.attributes.values())
    body = " ".join(
        part
        for part in (product.sku, product.mpn, product.gtin, attributes, (product.description or "")[:2000])
        if part
    )
    return (product.title, product.brand or "", product.category or "", body)


class Catalog:
    """One SQLite catalog file. Writes are serialized; reads run on their own connection."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA busy_timeout=10000")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM products").fetchone()[0])

    def upsert(self, products: Iterable[Product]) -> int:
        """Insert or replace products by id; returns how many were written."""
        written = 0
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for product in products:
                    old = self._db.execute("SELECT rowid FROM products WHERE id = ?", (product.id,)).fetchone()
                    if old:
                        self._db.execute("DELETE FROM products WHERE rowid = ?", old)
                        self._db.execute("DELETE FROM products_fts WHERE rowid = ?", old)
                    cursor = self._db.execute(
                        "INSERT INTO products (id, source, title, brand, seller, category, price, currency,"
                        " availability, color, material, tags, rating, updated_at, added_at, doc)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        _row_values(product),
                    )
                    self._db.execute(
                        "INSERT INTO products_fts (rowid, title, brand, category, body) VALUES (?, ?, ?, ?, ?)",
                        (cursor.lastrowid, *_fts_values(product)),
                    )
                    written += 1
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return written

    def get(self, product_id: str) -> Product | None:
        with self._lock:
            row = self._db.execute("SELECT doc FROM products WHERE id = ?", (product_id,)).fetchone()
        return Product.model_validate_json(row[0]) if row else None

    def remember(self, products: Iterable[Product]) -> None:
        """Keep products a provider answered with, so get_product can give their full record later."""
        now = datetime.now(UTC).isoformat()
        rows = [(p.id, p.model_dump_json(exclude_defaults=True), now) for p in products]
        with self._lock:
            self._db.executemany("INSERT OR REPLACE INTO seen_products (id, doc, seen_at) VALUES (?, ?, ?)", rows)

    def recall(self, product_id: str) -> Product | None:
        """A product of the catalog, or one a provider answered with earlier."""
        product = self.get(product_id)
        if product is not None:
            return product
        with self._lock:
            row = self._db.execute("SELECT doc FROM seen_products WHERE id = ?", (product_id,)).fetchone()
        return Product.model_validate_json(row[0]) if row else None

    def get_many(self, product_ids: Sequence[str]) -> dict[str, Product]:
        if not product_ids:
            return {}
        marks = ",".join("?" * len(product_ids))
        with self._lock:
            rows = self._db.execute(f"SELECT id, doc FROM products WHERE id IN ({marks})", tuple(product_ids))
            found = rows.fetchall()
        return {pid: Product.model_validate_json(doc) for pid, doc in found}

    # Search -------------------------------------------------------------------------------------------

    def search(self, request: SearchRequest) -> SearchPage:
        """Products matching every word of the query (falling back to any word) and the filters."""
        text = request.query
        where, params = _filter_clause(request.filters)
        expression = match_expression(text or "")
        notes: list[str] = []
        page = self._page(expression, where, params, request.sort, request.offset, request.limit)
        if expression and page.total == 0:
            fallback = match_expression(text or "", any_word=True)
            if fallback != expression:
                page = self._page(fallback, where, params, request.sort, request.offset, request.limit)
                if page.total:
                    notes.append("No product matched every word; these match some of the words.")
        page.notes.extend(notes)
        return page

    def _page(
        self, expression: str | None, where: list[str], params: list[Any], sort: str, offset: int, limit: int
    ) -> SearchPage:
        clauses = list(where)
        args = list(params)
        if expression:
            source = "products_fts JOIN products p ON p.rowid = products_fts.rowid"
            clauses.insert(0, "products_fts MATCH ?")
            args.insert(0, expression)
            rank = _BM25
        else:
            source = "products p"
            rank = "0"
        condition = " AND ".join(clauses) or "1"
        order = _SORTS.get(sort, _SORTS["relevance"])
        if not expression and sort == "relevance":
            order = "p.rating IS NULL, p.rating DESC, p.rowid"
        with self._lock:
            total = int(self._db.execute(f"SELECT count(*) FROM {source} WHERE {condition}", args).fetchone()[0])
            rows = self._db.execute(
                f"SELECT p.doc, {rank} AS rank FROM {source} WHERE {condition} ORDER BY {order} LIMIT ? OFFSET ?",
                (*args, limit, offset),
            ).fetchall()
        products = [Product.model_validate_json(doc) for doc, _ in rows]
        return SearchPage(products=products, total=total, has_more=offset + len(products) < total)

    # Inventory ----------------------------------------------------------------------------------------

    def inventory(self, request: InventoryRequest) -> InventoryPage:
        filters = SearchFilters(brand=request.brand, category=request.category, in_stock=request.in_stock)
        where, params = _filter_clause(filters)
        if request.seller_id:
            where.append("p.seller = ? COLLATE NOCASE")
            params.append(request.seller_id)
        for tag in request.tags:
            where.append("(',' || p.tags || ',') LIKE ?")
            params.append(f"%,{tag.lower()},%")
        if request.updated_from:
            where.append("p.updated_at >= ?")
            params.append(request.updated_from.isoformat())
        if request.updated_to:
            where.append("p.updated_at <= ?")
            params.append(request.updated_to.isoformat())
        expression = match_expression(request.search or "")
        page = self._page(
            expression, where, params, "relevance" if expression else "title", request.offset, request.limit
        )
        return InventoryPage(products=page.products, total=page.total, has_more=page.has_more)


def _contains(value: str) -> str:
    escaped = value.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _filter_clause(filters: SearchFilters) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if filters.price_min is not None:
        where.append("p.price >= ?")
        params.append(float(filters.price_min))
    if filters.price_max is not None:
        where.append("p.price <= ?")
        params.append(float(filters.price_max))
    if filters.brand:
        where.append("p.brand = ? COLLATE NOCASE")
        params.append(filters.brand.strip())
    if filters.seller:
        where.append("p.seller = ? COLLATE NOCASE")
        params.append(filters.seller.strip())
    if filters.in_stock is True:
        where.append(f"p.availability IN ({','.join('?' * len(_BUYABLE))})")
        params.extend(_BUYABLE)
    elif filters.in_stock is False:
        where.append(f"p.availability NOT IN ({','.join('?' * len(_BUYABLE))})")
        params.extend(_BUYABLE)
    for column in ("color", "material"):
        value = getattr(filters, column)
        if value:
            where.append(f"p.{column} LIKE ? ESCAPE '\\'")
            params.append(_contains(value))
    if filters.category:
        where.append("p.category LIKE ? ESCAPE '\\'")
        params.append(_contains(filters.category))
    return where, params
