"""The built-in provider's search, lookup and inventory over the local catalog."""

from __future__ import annotations

import anyio

from aisle_mcp.products import Product
from aisle_mcp.products.search import SearchPage, SearchRequest
from aisle_mcp.providers.base import InventoryPage, InventoryRequest, Progress
from aisle_mcp.storage.interfaces import ProductCatalog


class LocalCatalog:
    """``ProductSearch``, ``ProductLookup`` and ``Inventory`` on the built-in catalog (SQLite or PostgreSQL), off
    the event loop."""

    name = "local"

    def __init__(self, catalog: ProductCatalog) -> None:
        self.catalog = catalog

    async def search(self, request: SearchRequest) -> SearchPage:
        return await anyio.to_thread.run_sync(self.catalog.search, request)

    async def stated(self) -> frozenset[str]:
        return await anyio.to_thread.run_sync(self.catalog.stated)

    async def get_product(self, product_id: str) -> Product | None:
        return await anyio.to_thread.run_sync(self.catalog.get, product_id)

    async def list_inventory(self, request: InventoryRequest, progress: Progress) -> InventoryPage:
        return await anyio.to_thread.run_sync(self.catalog.inventory, request)
