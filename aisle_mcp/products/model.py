"""The one normalized product every source is turned into.

Close to schema.org Product/Offer and the merchant feed specs. Unknown is ``None``, never a guess.
Amounts are ``Decimal`` in major units, serialized as strings so no float rounding reaches an agent.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, field_validator, model_validator

from aisle_mcp.products.currency import in_minor_units

Amount = Annotated[Decimal, PlainSerializer(lambda d: format(d, "f"), return_type=str, when_used="json")]

_CURRENCY = re.compile(r"^[A-Z]{3}$")


class Availability(StrEnum):
    in_stock = "in_stock"
    out_of_stock = "out_of_stock"
    preorder = "preorder"
    backorder = "backorder"
    limited = "limited"
    discontinued = "discontinued"
    unknown = "unknown"


class Money(BaseModel):
    """An amount in major units (``19.99``) and its ISO 4217 currency, when known.

    The amount has its currency's minor-unit places (``27.50`` dollars, ``1200`` yen), never rounded.
    """

    model_config = ConfigDict(frozen=True)

    amount: Amount
    currency: str | None = None

    @field_validator("currency")
    @classmethod
    def _iso_code(cls, value: str | None) -> str | None:
        if value is None:
            return None
        code = value.strip().upper()
        return code if _CURRENCY.match(code) else None

    @model_validator(mode="after")
    def _minor_units(self) -> Money:
        written = in_minor_units(self.amount, self.currency)
        if written is not self.amount:
            object.__setattr__(self, "amount", written)  # frozen to callers; this is still its construction
        return self

    def __str__(self) -> str:
        return f"{format(self.amount, 'f')} {self.currency}" if self.currency else format(self.amount, "f")


def to_amount(value: object) -> Decimal | None:
    """A price from a provider (number or string) as an exact ``Decimal``; ``None`` when it is not a price."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float):
        value = repr(value)  # the shortest text that round-trips, so 39.99 stays 39.99
    try:
        amount = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    if not amount.is_finite() or amount < 0:
        return None
    return amount


class Option(BaseModel):
    """A choice the shopper makes, such as Size with its values."""

    name: str
    values: list[str]


class Variant(BaseModel):
    id: str | None = None
    title: str | None = None
    sku: str | None = None
    gtin: str | None = None
    url: str | None = None
    image: str | None = None
    price: Money | None = None
    list_price: Money | None = None
    availability: Availability = Availability.unknown
    options: dict[str, str] = Field(default_factory=dict[str, str])


class Rating(BaseModel):
    value: Decimal
    count: int | None = None
    scale: Decimal | None = None


class Product(BaseModel):
    """A product as an agent sees it, whichever source it came from. Immutable, so one can be shared."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="Source-qualified, stable id, e.g. 'local:7f3a…' or 'getcatalog:6e6b…'.")
    source: str
    title: str
    brand: str | None = None
    seller: str | None = None
    url: str | None = None
    price: Money | None = None
    list_price: Money | None = Field(default=None, description="The price before a discount (compare-at).")
    availability: Availability = Availability.unknown
    image: str | None = None
    images: list[str] = Field(default_factory=list[str])
    category: str | None = Field(default=None, description="A ' > ' separated path, broadest first.")
    gtin: str | None = None
    mpn: str | None = None
    sku: str | None = None
    description: str | None = None
    attributes: dict[str, str | list[str]] = Field(default_factory=dict[str, str | list[str]])
    options: list[Option] = Field(default_factory=list[Option])
    variants: list[Variant] = Field(default_factory=list[Variant])
    rating: Rating | None = None
    updated_at: datetime | None = None
    extra: dict[str, Any] = Field(
        default_factory=dict[str, Any], description="What a provider adds that has no normalized field."
    )
    field_sources: dict[str, str] = Field(
        default_factory=dict[str, str], description="Where each field was read from (extracted pages only)."
    )

    def attribute(self, name: str) -> str | None:
        """One attribute as text (lists joined), or ``None``."""
        value = self.attributes.get(name)
        if value is None:
            return None
        return value if isinstance(value, str) else ", ".join(value)


def stable_id(source: str, *parts: str) -> str:
    """A source-qualified id that stays the same for the same product key, e.g. ``local:3f9a0c1d2b4e5f60``."""
    digest = hashlib.blake2b("\x1f".join(parts).encode(), digest_size=8).hexdigest()
    return f"{source}:{digest}"
