"""CommerceClarity's product list over HTTP: ``GET /products`` with its filters, Laravel pages of 50.

One adapter serves both ``list_inventory`` (the merchant's catalogue, filtered) and ``search_products``
(words and brand/category within that catalogue). Every query parameter of the API is reachable through
``ProductQuery``; the tools' requests are mapped onto it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from pydantic import SecretStr

from aisle_mcp.errors import ProviderError
from aisle_mcp.products import Product
from aisle_mcp.products.search import SearchPage, SearchRequest
from aisle_mcp.providers.base import InventoryPage, InventoryRequest, Progress
from aisle_mcp.providers.commerceclarity.records import parse_product
from aisle_mcp.providers.fields import RecordError, items, mapping
from aisle_mcp.providers.http import ProviderHTTP

NAME = "commerceclarity"
KEY_SETTING = "COMMERCECLARITY_API_KEY"
PAGE_SIZE = 50

PublicationState = Literal["pending_review", "ready", "online"]
AgentModel = Literal["v1", "v2"]


def auth_headers(api_key: SecretStr) -> Callable[[], dict[str, str]]:
    """The header commerceclarity expects its key in, read from the secret at each request."""
    return lambda: {"Authorization": f"Bearer {api_key.get_secret_value()}"}


@dataclass(frozen=True)
class ProductQuery:
    """Every filter of ``GET /products``; unset ones are left out of the request."""

    search: str | None = None
    country: str | None = None
    publication_state: PublicationState | None = None
    agent_model: AgentModel | None = None
    brand: str | None = None
    category: str | None = None
    tags: tuple[str, ...] = ()
    created_from: date | datetime | None = None
    created_to: date | datetime | None = None
    updated_from: date | datetime | None = None
    updated_to: date | datetime | None = None

    def params(self) -> dict[str, str]:
        values: dict[str, object] = {
            "search": self.search,
            "country": self.country,
            "publication_state": self.publication_state,
            "agent_model": self.agent_model,
            "brand": self.brand,
            "category": self.category,
            "tags": ",".join(self.tags) if self.tags else None,
            "from": self.created_from,
            "to": self.created_to,
            "updated_from": self.updated_from,
            "updated_to": self.updated_to,
        }
        return {name: _param(value) for name, value in values.items() if value not in (None, "")}


def _param(value: object) -> str:
    return value.isoformat() if isinstance(value, date | datetime) else str(value)


@dataclass
class ProductsPage:
    products: list[Product]
    total: int | None
    has_more: bool
    notes: list[str] = field(default_factory=list[str])


class CommerceClarityInventory:
    """``Inventory`` and ``ProductSearch`` on a CommerceClarity merchant account."""

    name = NAME

    def __init__(self, http: ProviderHTTP, defaults: ProductQuery | None = None) -> None:
        self.http = http
        self.defaults = defaults or ProductQuery()
        """Filters applied to every call (for example ``publication_state="online"``) unless a call sets them."""

    def __repr__(self) -> str:
        return f"CommerceClarityInventory({self.http.base_url!r})"

    async def list_inventory(self, request: InventoryRequest, progress: Progress) -> InventoryPage:
        query = self._with_defaults(
            ProductQuery(
                search=request.search,
                country=request.country,
                brand=request.brand,
                category=request.category,
                tags=request.tags,
                updated_from=request.updated_from,
                updated_to=request.updated_to,
            )
        )
        page = await self.products(query, request.offset, request.limit)
        notes = page.notes
        if request.in_stock is not None:
            notes.append("commerceclarity does not report stock, so in_stock was not applied.")
        if request.account_id or request.brand_ids or request.retailer_id or request.seller_id:
            notes.append("commerceclarity lists the one account its key belongs to; account scopes were ignored.")
        return InventoryPage(products=page.products, total=page.total, has_more=page.has_more, notes=notes)

    async def search(self, request: SearchRequest) -> SearchPage:
        filters = request.filters
        query = self._with_defaults(ProductQuery(search=request.query, brand=filters.brand, category=filters.category))
        page = await self.products(query, request.offset, request.limit)
        unapplied = [
            name
            for name in ("price_min", "price_max", "in_stock", "color", "material", "seller", "currency", "exclude")
            if getattr(filters, name) is not None
        ]
        notes = page.notes
        if unapplied:
            notes.append(f"commerceclarity cannot filter by {', '.join(unapplied)}; those filters were not applied.")
        if request.sort != "relevance":
            notes.append(f"commerceclarity lists in its own order; sort '{request.sort}' was not applied.")
        return SearchPage(products=page.products, total=page.total, has_more=page.has_more, notes=notes)

    async def products(self, query: ProductQuery, offset: int, limit: int) -> ProductsPage:
        """Products ``offset`` to ``offset + limit`` of the filtered list, read from the pages that hold them."""
        params = query.params()
        page = offset // PAGE_SIZE + 1
        skip = offset - (page - 1) * PAGE_SIZE
        wanted = skip + limit
        found: list[Product | None] = []
        total: int | None = None
        last_page: int | None = None
        while True:
            listing = await self._page(params, page)
            reported = listing.get("total")
            if isinstance(reported, int) and not isinstance(reported, bool):
                total = reported
            last = listing.get("last_page")
            last_page = last if isinstance(last, int) and not isinstance(last, bool) else None
            records = items(listing.get("data"))
            for record in records:
                try:
                    found.append(parse_product(record, query.country))
                except RecordError:
                    found.append(None)  # keeps positions aligned with the provider's
            more_pages = bool(records) and (
                listing.get("next_page_url") is not None if last_page is None else page < last_page
            )
            if len(found) >= wanted or not more_pages:
                break
            page += 1
        window = found[skip:wanted]
        products = [p for p in window if p is not None]
        notes: list[str] = []
        if len(products) < len(window):
            notes.append(f"{len(window) - len(products)} commerceclarity product(s) had no name and were left out.")
        has_more = len(found) > wanted or more_pages
        return ProductsPage(products=products, total=total, has_more=has_more, notes=notes)

    async def _page(self, params: dict[str, str], page: int) -> dict[str, Any]:
        body = mapping(await self.http.request_json("GET", "products", params={**params, "page": str(page)}))
        listing = mapping(body.get("data")) if isinstance(body.get("data"), dict) else body
        if "data" not in listing or not isinstance(listing.get("data"), list):
            raise ProviderError("commerceclarity answered without a product list; try again later")
        return dict(listing)

    def _with_defaults(self, query: ProductQuery) -> ProductQuery:
        defaults = self.defaults
        values = {name: getattr(query, name) or getattr(defaults, name) for name in vars(query)}
        return ProductQuery(**values)
