"""What a provider's record says that its reader left out, told as an import's warnings.

The providers' readers serve their adapters too, where a value they cannot read is simply unknown; an import
says so. Each check names a key of the record (``price.current_value`` reaches into an object), the product
field it becomes, and what kind of value it should be.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from aisle_mcp.products import Availability, Product
from aisle_mcp.providers.fields import known, mapping, price_refusal

Kind = Literal["price", "url", "stock", "gtin", "date"]
Check = tuple[str, str, Kind]

CRITEO: tuple[Check, ...] = (
    ("price", "price", "price"),
    ("imageUrl", "image", "url"),
    ("isInStock", "availability", "stock"),
    ("gtin", "gtin", "gtin"),
    ("updatedAt", "updated_at", "date"),
)
GETCATALOG: tuple[Check, ...] = (
    ("url", "url", "url"),
    ("price.current_value", "price", "price"),
    ("is_available", "availability", "stock"),
    ("gtin", "gtin", "gtin"),
    ("updated_at", "updated_at", "date"),
)
SHOPIFY: tuple[Check, ...] = (("updated_at", "updated_at", "date"),)
CATALOGAI: tuple[Check, ...] = (
    ("url", "url", "url"),
    ("price_value", "price", "price"),
    ("image_url", "image", "url"),
    ("is_available", "availability", "stock"),
    ("gtin", "gtin", "gtin"),
    ("updated_at", "updated_at", "date"),
)
COMMERCECLARITY: tuple[Check, ...] = (("thumb", "image", "url"), ("updated_at", "updated_at", "date"))

_STATES = "in stock, out of stock, preorder, backorder, limited, discontinued"
_REASONS: dict[Kind, str] = {
    "url": "is not an http(s) URL; left out",
    "stock": f"is not a stock state ({_STATES}); left unknown",
    "gtin": "is not a GTIN (8, 12, 13 or 14 digits); left out",
    "date": "is not a date; left out",
}


def left_out(record: Mapping[str, Any], product: Product, checks: tuple[Check, ...], warnings: list[str]) -> None:
    """Add a warning for each checked value the record has (not a placeholder such as ``n/a``) that ``product``
    lacks."""
    for path, field, kind in checks:
        raw: object = record
        for key in path.split("."):
            raw = mapping(raw).get(key)
        if raw is None or isinstance(raw, bool) or known(raw) is None:  # a bool is always read, or is no value
            continue
        value: object = getattr(product, field)
        if value is not None and value is not Availability.unknown:
            continue
        shown = repr(raw[:60]) if isinstance(raw, str) else repr(raw)[:60]
        if kind == "price":
            warnings.append(f"{path} {shown} {price_refusal(raw)}; imported without a price")
        else:
            warnings.append(f"{path} {shown} {_REASONS[kind]}")
