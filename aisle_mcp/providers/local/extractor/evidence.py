"""What one kind of evidence on a page says about the product, before the kinds are merged."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from aisle_mcp.products import Availability, Option, Rating, Variant

MAX_TITLE = 500
MAX_DESCRIPTION = 5000
MAX_IMAGES = 20
MAX_VARIANTS = 200

# The order of trust: a field is taken from the first kind of evidence that has it.
JSON_LD = "json-ld"
MICRODATA = "microdata"
RDFA = "rdfa"
OPENGRAPH = "opengraph"
PAGE_STATE = "page-state"
VISIBLE = "visible"
TRUST = (JSON_LD, MICRODATA, RDFA, OPENGRAPH, PAGE_STATE, VISIBLE)


@dataclass
class Evidence:
    source: str
    title: str | None = None
    brand: str | None = None
    seller: str | None = None
    url: str | None = None
    price: Decimal | None = None
    currency: str | None = None
    list_price: Decimal | None = None
    offered: list[Decimal] = field(default_factory=list[Decimal])
    """The different amounts of the offers one can buy, when there are several: which is the price is for the page to
    say (a list price listed first, one size's price, another seller's)."""
    price_range: tuple[Decimal, Decimal] | None = None
    """An AggregateOffer's lowPrice and highPrice when they differ and no offer gives the price: the low one is the
    price only when the page shows the range as its price (a "from" or comparison page)."""
    availability: Availability | None = None
    images: list[str] = field(default_factory=list[str])
    category: str | None = None
    gtin: str | None = None
    mpn: str | None = None
    sku: str | None = None
    description: str | None = None
    rating: Rating | None = None
    attributes: dict[str, str] = field(default_factory=dict[str, str])
    options: list[Option] = field(default_factory=list[Option])
    variants: list[Variant] = field(default_factory=list[Variant])
    sources: dict[str, str] = field(default_factory=dict[str, str])
    """A finer source for some fields than the kind's own (``visible:buy-button``)."""

    def is_product(self) -> bool:
        """Enough to believe the evidence describes a product rather than an article or a list."""
        offer = self.price is not None or self.price_range is not None or self.availability is not None
        offer = offer or bool(self.variants)
        code = self.sku is not None or self.gtin is not None or self.mpn is not None
        return (self.title is not None and (offer or code)) or (offer and code)
