"""What a search asks for and what a page of answers holds, shared by every search provider."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from aisle_mcp.products.model import Amount, Product

SortOrder = Literal["relevance", "price_asc", "price_desc", "newest", "rating"]


class SearchFilters(BaseModel):
    """Filters on a search. Unset means "any"."""

    model_config = ConfigDict(extra="forbid")

    price_min: Annotated[Amount | None, Field(ge=0, description="Lowest price, in major units (e.g. 20).")] = None
    price_max: Annotated[Amount | None, Field(ge=0, description="Highest price, in major units (e.g. 49.99).")] = None
    brand: Annotated[str | None, Field(max_length=120, description="Brand or vendor, case-insensitive.")] = None
    in_stock: Annotated[bool | None, Field(description="true: only products that can be bought now.")] = None
    color: Annotated[str | None, Field(max_length=60, description="A color word, e.g. 'red'.")] = None
    material: Annotated[str | None, Field(max_length=60, description="A material, e.g. 'linen'.")] = None
    category: Annotated[
        str | None, Field(max_length=200, description="A category name or ' > ' path prefix, e.g. 'Shoes'.")
    ] = None
    seller: Annotated[str | None, Field(max_length=120, description="The seller (shop); part of its name will do.")] = (
        None
    )
    currency: Annotated[
        str | None,
        Field(
            pattern=r"^[A-Za-z]{3}$",
            description="The currency price filters and sorts compare in, e.g. 'EUR'; others are left out.",
        ),
    ] = None
    exclude: Annotated[
        list[Annotated[str, Field(min_length=1, max_length=60)]] | None,
        Field(max_length=10, description="Words a product must not have, e.g. ['purple']."),
    ] = None

    @field_validator("currency")
    @classmethod
    def _upper(cls, value: str | None) -> str | None:
        return value.upper() if value else value

    def merged_over(self, implied: SearchFilters) -> SearchFilters:
        """These (explicit) filters over ``implied`` ones: an explicit value always wins."""
        values = implied.model_dump(exclude_none=True)
        values.update(self.model_dump(exclude_none=True))
        return SearchFilters.model_validate(values)

    def is_empty(self) -> bool:
        return not self.model_dump(exclude_none=True)


@dataclass(frozen=True)
class SearchRequest:
    query: str | None
    filters: SearchFilters
    sort: SortOrder = "relevance"
    offset: int = 0
    limit: int = 10
    owner: str | None = None
    """Who searches: the local catalog shows its shared products and this owner's own (None: the shared ones)."""


@dataclass
class SearchPage:
    products: list[Product]
    total: int | None
    total_exact: bool = True
    has_more: bool = False
    notes: list[str] = field(default_factory=list[str])
    currency: str | None = None
    """The currency prices were filtered and sorted in, when the provider chose or applied one."""
    partial_from: int | None = None
    """Where on this page the products that match only some of the query's words start (all after it do too)."""


def price_bounds_ok(price_min: Decimal | None, price_max: Decimal | None) -> bool:
    return price_min is None or price_max is None or price_min <= price_max
