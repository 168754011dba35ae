"""The built-in catalog: products in one SQLite file, searched with FTS5 and reranked for the product meant.

Filters are columns; the full normalized product is kept as JSON beside them, so what goes in comes out. The
full-text index holds each product's words as ``tokens`` spells them (model numbers in every spelling); a
relevance search takes the best BM25 candidates for any of the query's words, corrects words the catalog has
never seen, and reranks the candidates by how much of the query their name covers (``ranking``).
All methods are synchronous and safe to call from worker threads; ``LocalCatalog`` wraps them for async code.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from aisle_mcp.products import Product
from aisle_mcp.products.search import SearchFilters, SearchPage, SearchRequest
from aisle_mcp.providers.base import InventoryPage, InventoryRequest
from aisle_mcp.providers.local.filters import FILTER_NAMES, filter_clause, without
from aisle_mcp.providers.local.ranking import Candidate, rerank
from aisle_mcp.providers.local.tokens import code_terms, forms, query_terms, singular
from aisle_mcp.providers.local.typo import correctable, one_edit_away, swapped_or_dropped

# Bumped whenever the indexed text changes, so an older file's index is rebuilt from the stored products.
TEXT_VERSION = "3"
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
CREATE TABLE IF NOT EXISTS seen_products (id TEXT PRIMARY KEY, doc TEXT NOT NULL, seen_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS catalog_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
TEXT_SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS products_text USING fts5(
    title, brand, codes, category, body, tokenize = "unicode61 remove_diacritics 2"
);
CREATE VIRTUAL TABLE IF NOT EXISTS products_text_terms USING fts5vocab(products_text, 'row');
"""
_TEXT_COLUMNS = "title, brand, codes, category, body"
# bm25 column weights: a word in the title, brand or model number says far more than one deep in a description.
_BM25 = "bm25(products_text, 10.0, 6.0, 8.0, 3.0, 1.0)"
_SORTS = {
    "relevance": "rank, p.rowid",
    "price_asc": "p.price IS NULL, p.price, p.rowid",
    "price_desc": "p.price IS NULL, p.price DESC, p.rowid",
    "newest": "p.updated_at IS NULL, p.updated_at DESC, p.rowid",
    "rating": "p.rating IS NULL, p.rating DESC, p.rowid",
    "title": "p.title, p.rowid",
}
POOL = 100
"""How many BM25 candidates are reranked; later pages continue in BM25 order, so paging stays lossless."""
SCAN = 1_000
"""How many matching products at most are scored or sorted for one search; totals are capped at it too."""
BUDGET = SCAN
"""How many products the terms that pick the candidates may match together (see ``_candidates``): no more than
the window scores, so the candidates are never cut off in index order."""
TOTAL_CAP = SCAN
"""Totals are counted up to here and then given as at least this many (``total_exact=False``)."""
_CODE_WEIGHTED = 4
_TEXT_JOIN = "products_text CROSS JOIN products p ON p.rowid = products_text.rowid"
_ID_CHUNK = 500
_BODY_CHARS = 1000


def _either(group: Sequence[str]) -> str:
    """An FTS5 MATCH term for any of a word's forms."""
    quoted = " OR ".join(f'"{f}"' for f in group)
    return f"({quoted})" if len(group) > 1 else quoted


def _candidates(units: dict[str, int], every_word: str | None) -> str:
    """The MATCH expression that picks candidates: the rarest terms, while their products stay within BUDGET.

    A common word ("black", "case") adds thousands of products and little evidence; it still counts in the
    rerank. When even the rarest term is common, the products with every word are the candidates.
    """
    ordered = sorted(units.items(), key=lambda unit: unit[1])
    if ordered[0][1] > BUDGET and every_word:
        return every_word
    chosen: list[str] = []
    spent = 0
    for term, df in ordered:
        if chosen and spent + df > BUDGET:
            break
        chosen.append(term)
        spent += df
    return " OR ".join(chosen)


def _row_values(product: Product, added_at: str) -> tuple[Any, ...]:
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
        added_at,
        product.model_dump_json(exclude_defaults=True),
    )


def _text_values(product: Product) -> tuple[str, str, str, str, str]:
    attributes = " ".join(v if isinstance(v, str) else " ".join(v) for v in product.attributes.values())
    numbers = " ".join(part for part in (product.sku, product.mpn, product.gtin) if part)
    codes = " ".join(code_terms(f"{product.title} {numbers}"))
    body = f"{attributes} {(product.description or '')[:_BODY_CHARS]}"
    return (product.title, product.brand or "", f"{numbers} {codes}", product.category or "", body)


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
        self._db.execute("PRAGMA cache_size=-32000")
        self._db.execute("PRAGMA temp_store=MEMORY")
        self._db.executescript(SCHEMA)
        self._ensure_text_index()

    def _ensure_text_index(self) -> None:
        row = self._db.execute("SELECT value FROM catalog_meta WHERE key = 'text_version'").fetchone()
        if row and row[0] == TEXT_VERSION:
            self._db.executescript(TEXT_SCHEMA)
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            # executescript would commit first: each statement goes on its own, inside this transaction.
            for table in ("products_fts", "products_text_terms", "products_text"):
                self._db.execute(f"DROP TABLE IF EXISTS {table}")
            for statement in TEXT_SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)
            rows = self._db.execute("SELECT rowid, doc FROM products")
            self._db.executemany(
                f"INSERT INTO products_text (rowid, {_TEXT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
                ((rowid, *_text_values(Product.model_validate_json(doc))) for rowid, doc in rows.fetchall()),
            )
            self._db.execute(
                "INSERT OR REPLACE INTO catalog_meta (key, value) VALUES ('text_version', ?)", (TEXT_VERSION,)
            )
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM products").fetchone()[0])

    def upsert(self, products: Iterable[Product]) -> int:
        """Insert or replace products by id (the last of a batch wins); returns how many were written."""
        added_at = datetime.now(UTC).isoformat()
        latest = {p.id: p for p in products}
        rows = [(_row_values(p, added_at), _text_values(p)) for p in latest.values()]
        if not rows:
            return 0
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                ids = list(latest)
                old: dict[str, int] = {}
                for start in range(0, len(ids), _ID_CHUNK):
                    chunk = ids[start : start + _ID_CHUNK]
                    found = self._db.execute(
                        f"SELECT id, rowid FROM products WHERE id IN ({','.join('?' * len(chunk))})", chunk
                    )
                    old.update(cast(list[tuple[str, int]], found.fetchall()))
                if old:
                    gone = [(rowid,) for rowid in old.values()]
                    self._db.executemany("DELETE FROM products WHERE rowid = ?", gone)
                    self._db.executemany("DELETE FROM products_text WHERE rowid = ?", gone)
                # Row ids are given out here, inside the write transaction, so both tables get one executemany.
                next_rowid = int(self._db.execute("SELECT coalesce(max(rowid), 0) FROM products").fetchone()[0]) + 1
                rowids: list[int] = []
                for product_id in ids:
                    if product_id in old:
                        rowids.append(old[product_id])
                    else:
                        rowids.append(next_rowid)
                        next_rowid += 1
                self._db.executemany(
                    "INSERT INTO products (rowid, id, source, title, brand, seller, category, price, currency,"
                    " availability, color, material, tags, rating, updated_at, added_at, doc)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(rowid, *row) for rowid, (row, _) in zip(rowids, rows, strict=True)],
                )
                self._db.executemany(
                    f"INSERT INTO products_text (rowid, {_TEXT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
                    [(rowid, *text) for rowid, (_, text) in zip(rowids, rows, strict=True)],
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return len(rows)

    def optimize(self) -> None:
        """Merge the full-text index into one segment: worth it after a large import, for faster searches."""
        with self._lock:
            self._db.execute("INSERT INTO products_text (products_text) VALUES ('optimize')")

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
        """Products for the query's words (best first, or in ``sort`` order) that pass the filters."""
        with self._lock:
            page = self._search(request.query or "", request.filters, request.sort, request.offset, request.limit)
            if not page.products and request.offset == 0 and not request.filters.is_empty():
                page.notes.extend(self._relaxations(request))
        return page

    def _search(self, text: str, filters: SearchFilters, sort: str, offset: int, limit: int) -> SearchPage:
        where, params = filter_clause(filters)
        plain, codes = query_terms(text)
        if not plain:
            order = "p.rating IS NULL, p.rating DESC, p.rowid" if sort == "relevance" else _SORTS[sort]
            return self._listing(None, where, params, order, offset, limit)
        groups = {word: forms(word) for word in plain}
        df = self._frequencies([*(f for group in groups.values() for f in group), *codes])
        notes: list[str] = []
        known: dict[str, list[str]] = {}
        for word, group in groups.items():
            present = [f for f in group if df[f]]
            if not present and correctable(word):
                closest = self._closest(word)
                if closest is not None:
                    present = [closest[0]]
                    df[closest[0]] = closest[1]
                    notes.append(f"Searched for '{closest[0]}' in place of '{word}', which no product has.")
            if present:
                known[word] = present
        missing = [word for word in plain if word not in known]
        if missing:
            notes.append(f"No product has {', '.join(repr(w) for w in missing)}; these match the other words.")
        units = {_either(group): sum(df[f] for f in group) for group in known.values()}
        units.update({f'"{c}"': df[c] for c in codes if df[c]})
        if not units:
            return SearchPage(products=[], total=0, notes=notes)
        every_word = " AND ".join(_either(group) for group in known.values()) if known else None
        if sort != "relevance":
            page = self._listing(every_word, where, params, _SORTS[sort], offset, limit) if every_word else None
            if page is None or not page.total:
                page = self._listing(" OR ".join(units), where, params, _SORTS[sort], offset, limit)
                notes.append("No product matched every word; these match some of the words.")
        else:
            weights = {singular(group[0]): sum(df[f] for f in group) for group in known.values()}
            weights.update({c: df[c] for c in codes if df[c] and len(c) >= _CODE_WEIGHTED})
            page = self._ranked(_candidates(units, every_word), where, params, weights, offset, limit)
        page.notes[:0] = notes
        return page

    def _frequencies(self, terms: Sequence[str]) -> dict[str, int]:
        """How many products have each term (0 for those none has)."""
        found = dict.fromkeys(terms, 0)
        unique = list(found)
        for start in range(0, len(unique), _ID_CHUNK):
            chunk = unique[start : start + _ID_CHUNK]
            rows = self._db.execute(
                f"SELECT term, doc FROM products_text_terms WHERE term IN ({','.join('?' * len(chunk))})", chunk
            )
            found.update(cast(list[tuple[str, int]], rows.fetchall()))
        return found

    def _closest(self, word: str) -> tuple[str, int] | None:
        """The most common indexed word one edit away from ``word``, with how many products have it."""
        # The few swaps and drops first; the hundreds of letter changes only when those find nothing.
        for candidates in (swapped_or_dropped(word), one_edit_away(word)):
            counts = self._frequencies(sorted(candidates))
            best = max(counts.items(), key=lambda item: (item[1], item[0]), default=None)
            if best and best[1] > 0:
                return best
        return None

    def _ranked(
        self, expression: str, where: list[str], params: list[Any], weights: dict[str, int], offset: int, limit: int
    ) -> SearchPage:
        condition = " AND ".join(["products_text MATCH ?", *where])
        args = [expression, *params]
        # The first SCAN matches (in index order) are scored: a bound on the work, whatever the query.
        window = (
            f"SELECT p.rowid AS rowid, {_BM25} AS rank, p.title AS title, p.brand AS brand FROM {_TEXT_JOIN}"
            f" WHERE {condition} LIMIT {SCAN}"
        )
        pool = [
            Candidate(*row)
            for row in self._db.execute(f"SELECT * FROM ({window}) ORDER BY rank, rowid LIMIT ?", (*args, POOL))
        ]
        total, exact = (len(pool), True) if len(pool) < POOL else self._capped_count(_TEXT_JOIN, condition, args)
        products = int(self._db.execute("SELECT max(rowid) FROM products").fetchone()[0] or 0)
        ranked = rerank(pool, weights, products)
        wanted = [c.rowid for c, _ in ranked[offset : offset + limit]]
        if offset + limit > len(pool) == POOL:
            rest = self._db.execute(
                f"SELECT rowid FROM ({window}) ORDER BY rank, rowid LIMIT ? OFFSET ?",
                (*args, offset + limit - max(offset, POOL), max(offset, POOL)),
            )
            wanted.extend(rowid for (rowid,) in rest)
        page = SearchPage(
            products=self._products(wanted), total=total, total_exact=exact, has_more=offset + len(wanted) < total
        )
        if ranked and offset == 0 and ranked[0][1] < 0.999:
            page.notes.append("No product matched every word; these match some of the words.")
        return page

    def _listing(
        self, expression: str | None, where: list[str], params: list[Any], order: str, offset: int, limit: int
    ) -> SearchPage:
        clauses = list(where)
        args = list(params)
        source = "products p"
        if expression:
            source = _TEXT_JOIN
            clauses.insert(0, "products_text MATCH ?")
            args.insert(0, expression)
        condition = " AND ".join(clauses) or "1"
        if "rank" in order:
            query = f"SELECT p.doc FROM {source} WHERE {condition} ORDER BY {order.replace('rank', _BM25)}"
            rows = self._db.execute(f"{query} LIMIT ? OFFSET ?", (*args, limit, offset)).fetchall()
            total, exact = self._capped_count(source, condition, args)
        else:
            # Sorted among the first SCAN matches (in index order): one bounded scan gives the window and the total.
            window = [
                rowid
                for (rowid,) in self._db.execute(
                    f"SELECT p.rowid FROM {source} WHERE {condition} LIMIT ?", (*args, TOTAL_CAP + 1)
                )
            ]
            total, exact = min(len(window), TOTAL_CAP), len(window) <= TOTAL_CAP
            rows = self._db.execute(
                f"SELECT p.doc FROM products p WHERE p.rowid IN (SELECT value FROM json_each(?)) ORDER BY {order}"
                " LIMIT ? OFFSET ?",
                (json.dumps(window[:TOTAL_CAP]), limit, offset),
            ).fetchall()
        products = [Product.model_validate_json(doc) for (doc,) in rows]
        return SearchPage(products=products, total=total, total_exact=exact, has_more=offset + len(products) < total)

    def _capped_count(self, source: str, condition: str, args: Sequence[Any]) -> tuple[int, bool]:
        counted = int(
            self._db.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {condition} LIMIT ?)", (*args, TOTAL_CAP + 1)
            ).fetchone()[0]
        )
        return min(counted, TOTAL_CAP), counted <= TOTAL_CAP

    def _products(self, rowids: Sequence[int]) -> list[Product]:
        if not rowids:
            return []
        marks = ",".join("?" * len(rowids))
        docs = dict(self._db.execute(f"SELECT rowid, doc FROM products WHERE rowid IN ({marks})", tuple(rowids)))
        return [Product.model_validate_json(docs[r]) for r in rowids if r in docs]

    def _relaxations(self, request: SearchRequest) -> list[str]:
        """Which single filter, dropped, would let this search find products."""
        helpful: list[str] = []
        for name in FILTER_NAMES:
            if getattr(request.filters, name) is None:
                continue
            page = self._search(request.query or "", without(request.filters, name), request.sort, 0, 1)
            if page.products:
                count = f"{page.total}{'' if page.total_exact else '+'}"
                helpful.append(f"without the {name} filter, {count} products match")
        if not helpful:
            return []
        return [f"Nothing passes every filter; {'; '.join(helpful)}."]

    # Inventory ----------------------------------------------------------------------------------------

    def inventory(self, request: InventoryRequest) -> InventoryPage:
        filters = SearchFilters(brand=request.brand, category=request.category, in_stock=request.in_stock)
        where, params = filter_clause(filters)
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
        plain, _ = query_terms(request.search or "")
        expression = " AND ".join(_either(forms(word)) for word in plain) or None
        with self._lock:
            page = self._listing(
                expression, where, params, _SORTS["relevance" if expression else "title"], request.offset, request.limit
            )
        return InventoryPage(
            products=page.products, total=page.total, total_exact=page.total_exact, has_more=page.has_more
        )
