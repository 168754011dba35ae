"""Search filters as SQL conditions on the catalog's ``products p`` (and its ``products_text`` index)."""

from __future__ import annotations

from typing import Any

from aisle_mcp.products import Availability
from aisle_mcp.products.search import SearchFilters
from aisle_mcp.providers.local.tokens import words

BUYABLE = (Availability.in_stock.value, Availability.limited.value)
FILTER_NAMES = (
    "price_min", "price_max", "brand", "seller", "in_stock", "color", "material", "category", "currency", "exclude"
)  # fmt: skip
_NAMED = "EXISTS (SELECT 1 FROM products_text WHERE products_text MATCH ? AND products_text.rowid = p.rowid)"
"""A product whose own full-text row matches: checked per product, not as a list of every product that does."""


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
        # Part of the name will do, in any case: "summit supply" is "Summit Supply Co.".
        where.append("(p.seller = ? COLLATE NOCASE OR p.seller LIKE ? ESCAPE '\\')")
        params.extend((filters.seller.strip(), contains(filters.seller)))
    if filters.currency:
        # A price without a currency is not known to be another one.
        where.append("(p.currency = ? OR p.currency IS NULL)")
        params.append(filters.currency.upper())
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
            # A product's color within the one asked for counts ("navy" for "navy blue"). A feed that never states
            # the color still names it in the title: "Sony WH-1000XM3 Black" (looked at when the color is unknown).
            within = ""
            if " " in phrase:  # only a value of several words can hold a product's whole one
                within = f" OR (p.{column} <> '' AND ? LIKE '%' || p.{column} || '%')"
            where.append(f"(p.{column} LIKE ? ESCAPE '\\'{within} OR (p.{column} IS NULL AND {_NAMED}))")
            params.extend((contains(value), *([value.strip().lower()] if within else []), f'title : "{phrase}"'))
        else:
            where.append(f"p.{column} LIKE ? ESCAPE '\\'")
            params.append(contains(value))
    if filters.category:
        where.append("p.category LIKE ? ESCAPE '\\'")
        params.append(contains(filters.category))
    for word in filters.exclude or ():
        phrase = " ".join(words(word))
        if not phrase:
            continue
        # Not in the name, brand or category, nor the color or material: "not purple" keeps a purple-free mat whose
        # description says it comes "in purple, too".
        where.append(
            f"NOT {_NAMED} AND coalesce(p.color, '') NOT LIKE ? ESCAPE '\\'"
            " AND coalesce(p.material, '') NOT LIKE ? ESCAPE '\\'"
        )
        # A product that itself says it is without the word ("No-Drill Curtain Rod", "Fan without Light") is what
        # the shopper asked for.
        lacking = " OR ".join(f'"{said} {phrase}"' for said in ("no", "non", "without", "w o"))
        params.extend((f'{{title brand category}} : ("{phrase}" NOT ({lacking}))', contains(phrase), contains(phrase)))
    return where, params


def without(filters: SearchFilters, name: str) -> SearchFilters:
    return filters.model_copy(update={name: None})
