"""Summaries: the few facts an agent decides on, in as few tokens as those facts allow.

By default a summary is id, title, brand, price, availability, seller and url; ``fields`` adds more.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel

from aisle_mcp.products.model import Availability, Money, Option, Product, Rating, Variant

ExtraField = Literal[
    "list_price",
    "image",
    "images",
    "category",
    "gtin",
    "mpn",
    "sku",
    "description",
    "attributes",
    "options",
    "variants",
    "rating",
    "updated_at",
    "source",
    "extra",
    "field_sources",
]
DEFAULT_FIELDS = ("id", "title", "brand", "price", "availability", "seller", "url")
SUMMARY_DESCRIPTION_CHARS = 300
SUMMARY_VARIANTS = 10


class ProductSummary(BaseModel):
    """A product in brief. Absent fields are unknown or were not asked for (see ``fields``)."""

    id: str
    title: str
    brand: str | None = None
    price: Money | None = None
    availability: Availability | None = None
    seller: str | None = None
    url: str | None = None
    list_price: Money | None = None
    image: str | None = None
    images: list[str] | None = None
    category: str | None = None
    gtin: str | None = None
    mpn: str | None = None
    sku: str | None = None
    description: str | None = None
    attributes: dict[str, str | list[str]] | None = None
    options: list[Option] | None = None
    variants: list[Variant] | None = None
    rating: Rating | None = None
    updated_at: datetime | None = None
    source: str | None = None
    extra: dict[str, Any] | None = None
    field_sources: dict[str, str] | None = None


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def summarize(product: Product, fields: Sequence[ExtraField] = ()) -> ProductSummary:
    values: dict[str, Any] = {name: getattr(product, name) for name in DEFAULT_FIELDS}
    if product.availability is Availability.unknown:
        values["availability"] = None
    for name in fields:
        value: object = getattr(product, name)
        if name == "description" and isinstance(value, str):
            value = _clip(value, SUMMARY_DESCRIPTION_CHARS)
        elif name == "variants":
            value = product.variants[:SUMMARY_VARIANTS]
        values[name] = value or None
    return ProductSummary.model_validate(values)


def json_size(value: BaseModel) -> int:
    """Bytes of the compact JSON an agent receives for ``value``."""
    return len(value.model_dump_json(exclude_none=True).encode())


def fit(items: Sequence[BaseModel], budget_bytes: int) -> int:
    """How many leading items fit in ``budget_bytes`` of compact JSON (always at least one)."""
    used = 0
    for count, item in enumerate(items):
        used += json_size(item) + 1
        if used > budget_bytes:
            return max(count, 1)
    return len(items)
