"""Pages of products in a column's order (price, rating, newest, title), correct over every product that matches.

Each order walks its column's index, so a page costs the rows it skips and shows rather than all the matches.
With words to match, the matching products are first gathered from the full-text index into a set the walk
checks each row against; when only a few products match, they are sorted directly instead.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any, Literal

from aisle_mcp.products import Product
from aisle_mcp.products.search import SearchPage
from aisle_mcp.providers.local.store import read_product

TOTAL_CAP = 1_000
"""Totals are counted up to here and then given as at least this many (``total_exact=False``)."""
COUNT_SCAN = 2_000
"""How many word matches at most a filtered total looks at; past it the total is a lower bound."""
FEW = 1_000
"""Up to this many word matches are sorted directly; more are found by walking the sort column's index."""
ListOrder = Literal["price_asc", "price_desc", "newest", "rating", "title"]
# SQLite sorts NULL lowest: walking an index downwards puts unknown values last by itself; an ascending walk
# takes the known values first and then the unknown ones.
ORDERS: dict[ListOrder, tuple[str, bool]] = {
    "price_asc": ("price", False),
    "price_desc": ("price", True),
    "newest": ("updated_at", True),
    "rating": ("rating", True),
    "title": ("title", False),
}
TEXT_JOIN = "products_text CROSS JOIN products p ON p.rowid = products_text.rowid"
_MATCHES = "+p.rowid IN (SELECT rowid FROM products_text WHERE products_text MATCH ?)"


def products(db: sqlite3.Connection, rowids: Sequence[int]) -> list[Product]:
    """The products with these row ids, in this order."""
    if not rowids:
        return []
    marks = ",".join("?" * len(rowids))
    docs = dict(db.execute(f"SELECT rowid, doc FROM products WHERE rowid IN ({marks})", tuple(rowids)))
    return [read_product(docs[r]) for r in rowids if r in docs]


def count(
    db: sqlite3.Connection, expression: str | None, where: Sequence[str], params: Sequence[Any]
) -> tuple[int, bool]:
    """How many products match (up to ``TOTAL_CAP``) and whether that is exact."""
    if expression and not where:
        found = matches(db, expression, TOTAL_CAP + 1)
        return min(found, TOTAL_CAP), found <= TOTAL_CAP
    if not expression:
        found = _capped(db, "products p", " AND ".join(where) or "1", params, TOTAL_CAP + 1)
        return min(found, TOTAL_CAP), found <= TOTAL_CAP
    # Filters need each word match's row: at most COUNT_SCAN of them are looked at.
    scanned = f"(SELECT rowid FROM products_text WHERE products_text MATCH ? LIMIT {COUNT_SCAN + 1}) m"
    source = f"{scanned} CROSS JOIN products p ON p.rowid = m.rowid"
    found = _capped(db, source, " AND ".join(where), [expression, *params], TOTAL_CAP + 1)
    if found > TOTAL_CAP:
        return TOTAL_CAP, False
    if matches(db, expression, COUNT_SCAN + 1) > COUNT_SCAN:
        return found, False
    return found, True


def sorted_page(
    db: sqlite3.Connection,
    expression: str | None,
    where: Sequence[str],
    params: Sequence[Any],
    sort: ListOrder,
    offset: int,
    limit: int,
) -> SearchPage:
    """One page of the products that match ``expression`` (any, when ``None``) and pass ``where``, in ``sort`` order."""
    column, descending = ORDERS[sort]
    if expression is not None and matches(db, expression, FEW + 1) <= FEW:
        source, clauses, args = TEXT_JOIN, ["products_text MATCH ?", *where], [expression, *params]
    else:
        source, clauses, args = "products p", list(where), list(params)
        if expression:
            clauses.insert(0, _MATCHES)
            args.insert(0, expression)
    rowids: list[int] = []
    if descending:
        # Ties in the index's own order, so a long run of equal (or unknown) values needs no sort either.
        rowids = _walk(db, source, clauses, args, f"p.{column} DESC, p.rowid DESC", offset, limit)
    else:
        # Known values first, then the unknown ones: each part walks the index on its own.
        known = [*clauses, f"p.{column} IS NOT NULL"]
        rowids = _walk(db, source, known, args, f"p.{column}, p.rowid", offset, limit)
        if len(rowids) < limit:
            skipped = offset - _capped(db, source, " AND ".join(known), args, offset) if not rowids else 0
            unknown = [*clauses, f"p.{column} IS NULL"]
            rowids += _walk(db, source, unknown, args, "p.rowid", max(skipped, 0), limit - len(rowids))
    total, exact = count(db, expression, where, params)
    shown = offset + len(rowids)
    if rowids and shown > total:  # a lower bound passed by paging: the page itself says more
        total, exact = shown, len(rowids) < limit
    more = shown < total or (not exact and len(rowids) == limit)
    return SearchPage(products=products(db, rowids), total=total, total_exact=exact, has_more=more)


def _walk(
    db: sqlite3.Connection,
    source: str,
    clauses: Sequence[str],
    args: Sequence[Any],
    order: str,
    offset: int,
    limit: int,
) -> list[int]:
    condition = " AND ".join(clauses) or "1"
    query = f"SELECT p.rowid FROM {source} WHERE {condition} ORDER BY {order} LIMIT ? OFFSET ?"
    return [rowid for (rowid,) in db.execute(query, (*args, limit, offset))]


def _capped(db: sqlite3.Connection, source: str, condition: str, args: Sequence[Any], cap: int) -> int:
    query = f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {condition or '1'} LIMIT ?)"
    return int(db.execute(query, (*args, cap)).fetchone()[0])


def any_match(db: sqlite3.Connection, expression: str, where: Sequence[str], params: Sequence[Any]) -> bool:
    """Whether some product matches ``expression`` and passes ``where``."""
    return _capped(db, TEXT_JOIN, " AND ".join(["products_text MATCH ?", *where]), [expression, *params], 1) > 0


def matches(db: sqlite3.Connection, expression: str, cap: int) -> int:
    """How many products ``expression`` matches, counted up to ``cap``."""
    return _capped(db, "products_text", "products_text MATCH ?", [expression], cap)
