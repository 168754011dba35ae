"""A loopback stand-in for the Catalog API's search (seeds/003), with programmable faults.

The documented contract: ``POST /api/products`` with ``x-api-key`` and ``{query, filters, page}``; filters
``price_min``/``price_max`` (inclusive), ``vendor`` (exact), ``is_available``, ``attributes.color`` (exact) and
``attributes.fabric`` (any of the keys set to true), all ANDed; pages of 10; ``meta.totalItems`` capped at 50;
a page past the end is an empty ``products`` list; an invalid body is a 400 with a message.
"""

from __future__ import annotations

import math
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.types import ASGIApp

from tests.fakes.server import StandIn

KEY = "cai-test-key-4f8a2b6c9d1e"
PAGE_SIZE = 10
TOTAL_CAP = 50

_VENDORS = ["EcoWear", "Palace", "Nike"]
_COLORS = ["Red", "Blue", "Green", "Navy Blue", "Black"]
_FABRICS = ["cotton", "linen", "organic cotton"]
_KINDS = ["Shirt", "Jacket", "Dress", "Trousers"]


def catalog(count: int) -> list[dict[str, Any]]:
    """``count`` products in the Catalog API's flattened shape, spread over vendors, colors and fabrics."""
    products: list[dict[str, Any]] = []
    for index in range(count):
        kind = _KINDS[index % len(_KINDS)]
        color = _COLORS[index % len(_COLORS)]
        fabric = _FABRICS[index % len(_FABRICS)]
        products.append(
            {
                "id": f"cai-{index:04d}",
                "title": f"{color} {fabric.title()} {kind} {index}",
                "vendor": _VENDORS[index % len(_VENDORS)],
                "url": f"https://shop{index % 3}.example/products/{kind.lower()}-{index}",
                "price_value": 20 + index % 40 + (index % 7) * 25 if index % 20 else 19 + index % 7,
                "price_currency": "USD",
                "is_available": index % 5 != 4,
                "image_url": f"https://cdn.example/{index}.jpg",
                "attributes.color": color,
                "attributes.fabric": {fabric: True},
                "variants_size": ["S", "M", "L"],
                "variants_in_stock": [True, True, False],
            }
        )
    return products


class CatalogAIStandIn(StandIn):
    header = "x-api-key"

    def __init__(self, key: str = KEY, products: list[dict[str, Any]] | None = None) -> None:
        super().__init__(key)
        self.products = catalog(57) if products is None else products
        self.bodies: list[dict[str, Any]] = []

    def empty_body(self, path: str) -> Any:
        return {"products": [], "meta": {"totalItems": 0, "totalPages": 0, "currentPage": 1, "pageSize": PAGE_SIZE}}

    def routes_app(self) -> ASGIApp:
        return Starlette(routes=[Route("/api/products", self.search, methods=["POST"])])

    async def search(self, request: Request) -> JSONResponse:
        body = await request.json()
        if not isinstance(body, dict):
            return JSONResponse({"error": "Request body must be a JSON object"}, status_code=400)
        fields: dict[str, Any] = body  # pyright: ignore[reportUnknownVariableType]
        self.bodies.append(fields)
        page = fields.get("page", 1)
        if not isinstance(page, int) or page < 1:
            return JSONResponse({"error": "page must be a positive integer"}, status_code=400)
        query = fields.get("query")
        if query is not None and not isinstance(query, str):
            return JSONResponse({"error": "query must be a string"}, status_code=400)
        filters = fields.get("filters") or {}
        if not isinstance(filters, dict):
            return JSONResponse({"error": "filters must be an object"}, status_code=400)
        matches = [p for p in self.products if _matches(p, query, filters)]  # pyright: ignore[reportUnknownArgumentType]
        total = min(len(matches), TOTAL_CAP)
        shown = matches[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        return JSONResponse(
            {
                "products": shown,
                "meta": {
                    "totalItems": total,
                    "totalPages": math.ceil(total / PAGE_SIZE),
                    "currentPage": page,
                    "pageSize": PAGE_SIZE,
                },
            }
        )


def _matches(product: dict[str, Any], query: str | None, filters: dict[str, Any]) -> bool:
    if query:
        title = product["title"].lower()
        if not all(word in title for word in query.lower().split()):
            return False
    price = product["price_value"]
    if "price_min" in filters and price < filters["price_min"]:
        return False
    if "price_max" in filters and price > filters["price_max"]:
        return False
    if "vendor" in filters and product["vendor"] != filters["vendor"]:
        return False
    if "is_available" in filters and product["is_available"] != filters["is_available"]:
        return False
    attributes = filters.get("attributes") or {}
    if "color" in attributes and product["attributes.color"] != attributes["color"]:
        return False
    fabrics = {name for name, on in (attributes.get("fabric") or {}).items() if on is True}
    return not fabrics or bool(fabrics & set(product["attributes.fabric"]))
