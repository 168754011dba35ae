"""A loopback stand-in for CommerceClarity's product list (seeds/002), with programmable faults.

The documented contract: ``GET /api/v1/products`` with ``Authorization: Bearer``; filters ``search`` (code, SKU
or name), ``country``, ``publication_state`` (pending_review, ready, online), ``agent_model`` (v1, v2),
``brand``, ``category`` (" > " path), ``tags`` (comma-separated), ``from``/``to``, ``updated_from``/``updated_to``;
Laravel pagination, 50 a page (``current_page``, ``data``, ``last_page``, ``next_page_url``, ``total``…) inside
``{"status": "success", "data": …}``; an invalid parameter is a 422 with Laravel's ``message`` and ``errors``.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.types import ASGIApp

from tests.fakes.server import StandIn

KEY = "cc-test-token-91b3e7a0d2c4"
PER_PAGE = 50
_BRANDS = ["Lumen", "Verdi", "Nordvik"]
_CATEGORIES = ["Electronics > Smartphones", "Electronics > Audio > Headphones", "Home > Kitchen"]
_STATES = ["online", "ready", "pending_review"]
_START = datetime(2024, 1, 1, tzinfo=UTC)


def inventory(count: int) -> list[dict[str, Any]]:
    products: list[dict[str, Any]] = []
    for index in range(count):
        brand = _BRANDS[index % len(_BRANDS)]
        category = _CATEGORIES[index % len(_CATEGORIES)]
        created = _START + timedelta(days=index)
        products.append(
            {
                "_id": f"65f{index:021x}",
                "product_code": f"800{index:010d}",
                "sku": f"SKU-{index:04d}",
                "countries": {
                    "it": {"name": f"Prodotto {index}", "brand": brand, "category": category},
                    "de": {"name": f"Produkt {index}", "brand": brand, "category": category},
                },
                "tags": ["sale"] if index % 4 == 0 else ["new"],
                "status": "completed",
                "publication_state": _STATES[index % len(_STATES)],
                "thumb": f"https://cdn.example/thumbs/{index}.jpg",
                "agent_model": "v2",
                "created_at": created.isoformat().replace("+00:00", "Z"),
                "updated_at": (created + timedelta(days=30)).isoformat().replace("+00:00", "Z"),
            }
        )
    return products


class CommerceClarityStandIn(StandIn):
    header = "authorization"
    scheme = "Bearer"

    def __init__(self, key: str = KEY, products: list[dict[str, Any]] | None = None) -> None:
        super().__init__(key)
        self.products = inventory(120) if products is None else products
        self.queries: list[dict[str, str]] = []

    def empty_body(self, path: str) -> Any:
        return {"status": "success", "data": _page([], 1, 0, "http://stand-in/api/v1/products")}

    def routes_app(self) -> ASGIApp:
        return Starlette(routes=[Route("/api/v1/products", self.list_products, methods=["GET"])])

    async def list_products(self, request: Request) -> JSONResponse:
        params = dict(request.query_params)
        self.queries.append(params)
        errors: dict[str, list[str]] = {}
        if params.get("publication_state", "online") not in _STATES:
            errors["publication_state"] = ["The selected publication state is invalid."]
        if params.get("agent_model", "v2") not in ("v1", "v2"):
            errors["agent_model"] = ["The selected agent model is invalid."]
        bounds: dict[str, datetime] = {}
        for name in ("from", "to", "updated_from", "updated_to"):
            if name in params:
                try:
                    moment = datetime.fromisoformat(params[name].replace("Z", "+00:00"))
                except ValueError:
                    errors[name] = [f"The {name} field must be a valid date."]
                    continue
                bounds[name] = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        if errors:
            return JSONResponse({"message": "The given data was invalid.", "errors": errors}, status_code=422)
        country = params.get("country", "it").lower()
        found = [p for p in self.products if _matches(p, params, country, bounds)]
        page = max(1, int(params.get("page", "1")))
        shown = found[(page - 1) * PER_PAGE : page * PER_PAGE]
        return JSONResponse({"status": "success", "data": _page(shown, page, len(found), str(request.base_url))})


def _page(shown: list[dict[str, Any]], page: int, total: int, base: str) -> dict[str, Any]:
    path = base.rstrip("/") + "/api/v1/products"
    last = max(1, math.ceil(total / PER_PAGE))
    first_index = (page - 1) * PER_PAGE + 1
    return {
        "current_page": page,
        "data": shown,
        "first_page_url": f"{path}?page=1",
        "from": first_index if shown else None,
        "last_page": last,
        "last_page_url": f"{path}?page={last}",
        "next_page_url": f"{path}?page={page + 1}" if page < last else None,
        "path": path,
        "per_page": PER_PAGE,
        "prev_page_url": f"{path}?page={page - 1}" if page > 1 else None,
        "to": first_index + len(shown) - 1 if shown else None,
        "total": total,
    }


def _matches(product: dict[str, Any], params: dict[str, str], country: str, bounds: dict[str, datetime]) -> bool:
    details = product["countries"].get(country) or next(iter(product["countries"].values()))
    if "search" in params:
        needle = params["search"].lower()
        haystack = [product["product_code"], product.get("sku") or "", details["name"]]
        if not any(needle in value.lower() for value in haystack):
            return False
    if "brand" in params and details["brand"].lower() != params["brand"].lower():
        return False
    if "category" in params and not details["category"].lower().startswith(params["category"].lower()):
        return False
    if "publication_state" in params and product["publication_state"] != params["publication_state"]:
        return False
    if "tags" in params:
        wanted = {t.strip() for t in params["tags"].split(",") if t.strip()}
        if not wanted & set(product["tags"]):
            return False
    created = datetime.fromisoformat(product["created_at"].replace("Z", "+00:00"))
    updated = datetime.fromisoformat(product["updated_at"].replace("Z", "+00:00"))
    checks = {"from": created, "to": created, "updated_from": updated, "updated_to": updated}
    for name, moment in bounds.items():
        if name.endswith("from") and checks[name] < moment:
            return False
        if name.endswith("to") and checks[name] > moment:
            return False
    return True
