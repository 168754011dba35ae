"""What the catalog holds for a filter: the currency prices are compared in, and the values a filter that
matched nothing could have named."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import cast

from aisle_mcp.products.search import SearchFilters, SearchRequest
from aisle_mcp.providers.local.owners import Viewer

_PRICE_SORTS = ("price_asc", "price_desc")
_SHOWN = 12
_SAMPLE = 5_000
_COLUMNS = {"seller": "seller", "brand": "brand", "color": "color", "material": "material", "category": "category"}


STATED_SQL = (
    "SELECT EXISTS (SELECT 1 FROM products WHERE color <> ''), EXISTS (SELECT 1 FROM products WHERE material <> '')"
)
"""Whether any product states a color, and a material (each stops at the first that does)."""


class Currencies:
    """The catalog's currencies and how many products each prices, and which of the fields a query's words can
    name (color, material) some product states; remembered until the catalog changes."""

    def __init__(self) -> None:
        self._version: tuple[int, int] | None = None
        self._counts: dict[str, int] = {}
        self._stated: frozenset[str] = frozenset()

    def counts(self, db: sqlite3.Connection) -> dict[str, int]:
        self._refresh(db)
        return self._counts

    def stated(self, db: sqlite3.Connection) -> frozenset[str]:
        self._refresh(db)
        return self._stated

    def _refresh(self, db: sqlite3.Connection) -> None:
        version = int(db.execute("PRAGMA data_version").fetchone()[0])
        total = int(db.execute("SELECT max(rowid) FROM products").fetchone()[0] or 0)
        if (version, total) != self._version:
            rows = db.execute("SELECT currency, count(*) FROM products WHERE currency IS NOT NULL GROUP BY currency")
            self._counts = dict(cast(list[tuple[str, int]], rows.fetchall()))
            self._stated = stated_fields(db.execute(STATED_SQL).fetchone())
            self._version = (version, total)

    def one_for(self, db: sqlite3.Connection, request: SearchRequest) -> tuple[SearchFilters, list[str]]:
        """The filters with the currency a price filter or sort compares in: the one named, else the catalog's
        only (or most common) currency; and what to tell the shopper about it."""
        return currency_for(request, lambda: self.counts(db))


def stated_fields(row: tuple[object, object]) -> frozenset[str]:
    """``STATED_SQL``'s answer as the names of the fields some product states."""
    return frozenset(name for name, stated in zip(("color", "material"), row, strict=True) if stated)


def currency_for(request: SearchRequest, counts: Callable[[], dict[str, int]]) -> tuple[SearchFilters, list[str]]:
    """``Currencies.one_for`` given the catalog's currency counts (asked for only when a price is compared)."""
    filters = request.filters
    priced = filters.price_min is not None or filters.price_max is not None or request.sort in _PRICE_SORTS
    if filters.currency or not priced:
        return filters, []
    found = counts()
    if not found:
        return filters, []
    chosen = max(found.items(), key=lambda item: (item[1], item[0]))[0]
    return filters.model_copy(update={"currency": chosen}), []


def existing(db: sqlite3.Connection, filters: SearchFilters, seen: Viewer) -> list[str]:
    """For each text filter set, values products ``seen`` may see have (the most common of a sample first), so the
    next try can name one. A sample of the products that have one: a bounded cost, whatever the catalog's size."""
    notes: list[str] = []
    visible = "".join(f" AND {condition}" for condition in seen.where)
    for name, column in _COLUMNS.items():
        if getattr(filters, name) is None:
            continue
        rows = db.execute(
            f"SELECT {column} FROM (SELECT {column} FROM products p WHERE {column} IS NOT NULL AND {column} <> ''"
            f"{visible} LIMIT {_SAMPLE}) GROUP BY {column} COLLATE NOCASE ORDER BY count(*) DESC LIMIT ?",
            (*seen.params, _SHOWN + 1),
        )
        found = [str(value) for (value,) in rows]
        more = ", …" if len(found) > _SHOWN else ""
        if found:
            notes.append(f"{name.capitalize()} values in the catalog: {', '.join(found[:_SHOWN])}{more}.")
    return notes
