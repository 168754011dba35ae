"""Summaries: the few facts an agent decides on, in as few tokens as those facts allow.

By default a summary is id, title, brand, price, availability, seller and url; ``fields`` adds more.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.json_schema import SkipJsonSchema

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
    """A product in brief. Absent fields are unknown or were not asked for (see ``fields``).

    The JSON schema declares the default fields only: those that ``fields`` adds are ``Product``'s fields of the
    same names, declared once in get_product's output schema rather than again by every tool that gives summaries
    (the schema still accepts them: it does not forbid other fields)."""

    id: str
    title: str
    brand: str | None = None
    price: Money | None = None
    availability: Availability | None = None
    seller: str | None = None
    url: str | None = None
    list_price: SkipJsonSchema[Money | None] = None
    image: SkipJsonSchema[str | None] = None
    images: SkipJsonSchema[list[str] | None] = None
    category: SkipJsonSchema[str | None] = None
    gtin: SkipJsonSchema[str | None] = None
    mpn: SkipJsonSchema[str | None] = None
    sku: SkipJsonSchema[str | None] = None
    description: SkipJsonSchema[str | None] = None
    attributes: SkipJsonSchema[dict[str, str | list[str]] | None] = None
    options: SkipJsonSchema[list[Option] | None] = None
    variants: SkipJsonSchema[list[Variant] | None] = None
    rating: SkipJsonSchema[Rating | None] = None
    updated_at: SkipJsonSchema[datetime | None] = None
    source: SkipJsonSchema[str | None] = None
    extra: SkipJsonSchema[dict[str, Any] | None] = None
    field_sources: SkipJsonSchema[dict[str, str] | None] = None


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
