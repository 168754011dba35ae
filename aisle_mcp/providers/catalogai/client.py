"""Catalog API search over HTTP: ``POST /products`` with ``{query, filters, page}``, pages of 10.

Aisle's offset/limit become the provider pages that cover them (several for one call when needed).
The provider counts at most 50 matches (``meta.totalItems``), so past that the total is a lower bound and
paging continues until a page comes back short or empty.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from pydantic import SecretStr

from aisle_mcp.errors import ProviderError
from aisle_mcp.products import Product
from aisle_mcp.products.search import SearchFilters, SearchPage, SearchRequest
from aisle_mcp.providers.catalogai.records import parse_product
from aisle_mcp.providers.fields import RecordError, items, mapping
from aisle_mcp.providers.http import ProviderHTTP

NAME = "catalogai"
KEY_SETTING = "CATALOGAI_API_KEY"
PAGE_SIZE = 10
TOTAL_CAP = 50
_SEVERAL = re.compile(r"\s*(?:,|/|\bor\b|\band\b|&)\s*", re.IGNORECASE)


def auth_headers(api_key: SecretStr) -> Callable[[], dict[str, str]]:
    """The header catalogai expects its key in, read from the secret at each request."""
    return lambda: {"x-api-key": api_key.get_secret_value()}


def provider_filters(filters: SearchFilters) -> tuple[dict[str, Any], list[str]]:
    """Our filters as the Catalog API's ``filters`` object, and notes on what it cannot apply."""
    out: dict[str, Any] = {}
    notes: list[str] = []
    if filters.price_min is not None:
        out["price_min"] = _number(filters.price_min)
    if filters.price_max is not None:
        out["price_max"] = _number(filters.price_max)
    vendor = filters.brand or filters.seller
    if vendor:
        out["vendor"] = vendor  # the API's vendor is the brand whose shop sells it, matched exactly
    if filters.brand and filters.seller:
        notes.append("catalogai filters by brand only; the seller filter was not applied.")
    if filters.in_stock is not None:
        out["is_available"] = filters.in_stock
    if filters.currency:
        notes.append("catalogai prices in its own currency; the currency filter was not applied.")
    if filters.exclude:
        notes.append("catalogai cannot exclude words; the exclude filter was not applied.")
    attributes: dict[str, Any] = {}
    if filters.color:
        # The API matches colors exactly and names them capitalized ("Red", "Navy Blue").
        attributes["color"] = filters.color.title() if filters.color.islower() else filters.color
    if filters.material:
        # Fabrics are an OR-set of keys: "cotton or linen" matches either.
        fabrics = [part.strip().lower() for part in _SEVERAL.split(filters.material) if part.strip()]
        attributes["fabric"] = dict.fromkeys(fabrics, True)
    if attributes:
        out["attributes"] = attributes
    return out, notes


def _number(amount: Decimal) -> int | float:
    return int(amount) if amount == amount.to_integral_value() else float(amount)


class CatalogAISearch:
    """``ProductSearch`` on the Catalog API."""

    name = NAME

    def __init__(self, http: ProviderHTTP) -> None:
        self.http = http

    def __repr__(self) -> str:
        return f"CatalogAISearch({self.http.base_url!r})"

    async def search(self, request: SearchRequest) -> SearchPage:
        filters, notes = provider_filters(request.filters)
        query = request.query
        if request.filters.category:
            # No category filter in the API: its AI search reads the category from the words instead.
            query = f"{query} {request.filters.category}" if query else request.filters.category
            notes.append("catalogai has no category filter; the category was added to the search words.")
        if request.sort != "relevance":
            notes.append(f"catalogai ranks by relevance only; sort '{request.sort}' was not applied.")
        body: dict[str, Any] = {"filters": filters}
        if query:
            body["query"] = query

        first_page = request.offset // PAGE_SIZE + 1
        skip = request.offset - (first_page - 1) * PAGE_SIZE
        wanted = skip + request.limit
        products: list[Product] = []
        unreadable = 0
        page = first_page
        total: int | None = None
        last_full = False
        while True:
            # A search changes nothing on the provider's side, so this POST may be retried like a GET.
            answer = mapping(
                await self.http.request_json("POST", "products", json={**body, "page": page}, retry_safe=True)
            )
            if "products" not in answer:
                raise ProviderError("catalogai answered without a products list; try again later")
            meta = mapping(answer.get("meta"))
            reported = meta.get("totalItems")
            if isinstance(reported, int) and not isinstance(reported, bool):
                total = reported
            records = items(answer.get("products"))
            for record in records:
                try:
                    products.append(parse_product(record))
                except RecordError:
                    unreadable += 1
                    products.append(_PLACEHOLDER)
            last_full = len(records) >= PAGE_SIZE
            if len(products) >= wanted or not last_full:
                break
            page += 1

        window = products[skip:wanted]
        shown = [p for p in window if p is not _PLACEHOLDER]
        capped = total is not None and total >= TOTAL_CAP
        has_more = len(products) > wanted or (last_full and (capped or (total or 0) > page * PAGE_SIZE))
        if unreadable:
            notes.append(f"{unreadable} catalogai result(s) could not be read and were left out.")
        exact_total = total
        if capped:
            exact_total = max(total or 0, request.offset + len(window) + (1 if has_more else 0))
            notes.append(f"catalogai counts at most {TOTAL_CAP} matches; there are at least {exact_total}.")
        return SearchPage(
            products=shown,
            total=exact_total,
            total_exact=not capped,
            has_more=has_more,
            notes=notes,
        )


_PLACEHOLDER = Product(id="catalogai:unreadable", source=NAME, title="(unreadable)")
"""Holds the place of a result that could not be read, so offsets still count provider positions."""
