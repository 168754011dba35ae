"""Search filters as SQL conditions on the catalog's ``products p`` (and its ``products_text`` index)."""

from __future__ import annotations

from typing import Any

from aisle_mcp.products import Availability
from aisle_mcp.products.search import SearchFilters
from aisle_mcp.providers.local.tokens import words

BUYABLE = (Availability.in_stock.value, Availability.limited.value)
FILTER_NAMES = ("price_min", "price_max", "brand", "seller", "in_stock", "color", "material", "category")


def contains(value: str) -> str:
    escaped = value.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def filter_clause(filters: SearchFilters) -> tuple[list[str], list[Any]]:
    """SQL conditions (ANDed) and their parameters for the filters that are set."""
    where: list[str] = []
    params: list[Any] = []
    # With a brand, its index finds the few rows to check; the planner's guess would take a price range instead.
    price = "+p.price" if filters.brand else "p.price"
    if filters.price_min is not None:
        where.append(f"{price} >= ?")
        params.append(float(filters.price_min))
    if filters.price_max is not None:
        where.append(f"{price} <= ?")
        params.append(float(filters.price_max))
    if filters.brand:
        where.append("p.brand = ? COLLATE NOCASE")
        params.append(filters.brand.strip())
    if filters.seller:
        where.append("p.seller = ? COLLATE NOCASE")
        params.append(filters.seller.strip())
    if filters.in_stock is True:
        where.append(f"p.availability IN ({','.join('?' * len(BUYABLE))})")
        params.extend(BUYABLE)
    elif filters.in_stock is False:
        where.append(f"p.availability NOT IN ({','.join('?' * len(BUYABLE))})")
        params.extend(BUYABLE)
    for column in ("color", "material"):
        value: str | None = getattr(filters, column)
        if not value:
            continue
        phrase = " ".join(words(value))
        if phrase:
            # A feed that never states the color still names it in the title: "Sony WH-1000XM3 Black".
            # Checked per product (not as a list of every product with the word), and only when the color is unknown.
            where.append(
                f"(p.{column} LIKE ? ESCAPE '\\' OR (p.{column} IS NULL AND EXISTS (SELECT 1 FROM products_text"
                " WHERE products_text MATCH ? AND products_text.rowid = p.rowid)))"
            )
            params.extend((contains(value), f'title : "{phrase}"'))
        else:
            where.append(f"p.{column} LIKE ? ESCAPE '\\'")
            params.append(contains(value))
    if filters.category:
        where.append("p.category LIKE ? ESCAPE '\\'")
        params.append(contains(filters.category))
    return where, params


def without(filters: SearchFilters, name: str) -> SearchFilters:
    return filters.model_copy(update={name: None})
