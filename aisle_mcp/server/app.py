"""build_server: one place that wires settings, storage, providers and tools into an MCP server."""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator
from contextlib import AsyncExitStack, asynccontextmanager

import anyio
from mcp.server.mcpserver import MCPServer

from aisle_mcp import __version__, tools
from aisle_mcp.providers.local.catalog import Catalog
from aisle_mcp.providers.local.demo import demo_products
from aisle_mcp.providers.local.extraction import LocalExtraction
from aisle_mcp.providers.local.fetcher import FetchLimits, PageFetcher
from aisle_mcp.providers.local.provider import LocalCatalog
from aisle_mcp.server.cards import product_cards, views
from aisle_mcp.server.protocol import compact_tool_schemas, readable_argument_errors, refuse_unknown_tools
from aisle_mcp.server.providers import connect_providers
from aisle_mcp.server.settings import PROVIDERS, Settings
from aisle_mcp.server.storage import StorageSetupError, open_storage
from aisle_mcp.storage.interfaces import ProductCatalog
from aisle_mcp.storage.keys import cursor_key
from aisle_mcp.tools import Shop
from aisle_mcp.tools.paging import Cursors

log = logging.getLogger("aisle_mcp")

__all__ = ["build_server", "cursor_key", "open_catalog"]

SETTING_FOR_KEY = {
    "getcatalog": "GETCATALOG_API_KEY",
    "catalogai": "CATALOGAI_API_KEY",
    "commerceclarity": "COMMERCECLARITY_API_KEY",
    "criteo": "CRITEO_CLIENT_ID and CRITEO_CLIENT_SECRET",
}


def open_catalog(settings: Settings, shared: ProductCatalog | None = None) -> ProductCatalog:
    """The built-in catalog, with the demo products in it the first time it is opened empty: ``shared`` (the
    storage's, in PostgreSQL) when given; else in PostgreSQL when ``AISLE_DATABASE_URL`` is set, else in the SQLite
    file of the data directory."""
    if shared is not None:
        catalog, where = shared, "PostgreSQL"
    elif settings.database_url is None:
        catalog: ProductCatalog = Catalog(settings.database)
        where = str(settings.database)
    else:
        try:
            from aisle_mcp.storage.postgres.catalog import open_postgres_catalog
        except ImportError:
            raise StorageSetupError(
                "AISLE_DATABASE_URL needs PostgreSQL's driver: install Aisle with it, pip install 'aisle-mcp[postgres]'"
            ) from None
        opened = open_postgres_catalog(settings.database_url, settings.database_pool_size)
        catalog, where = opened, opened.name
    if settings.load_demo and catalog.count() == 0:
        written = catalog.upsert(demo_products())
        log.info("loaded %d demo products into %s", written, where)
    return catalog


def build_server(settings: Settings) -> MCPServer[Shop]:
    @asynccontextmanager
    async def lifespan(server: MCPServer[Shop]) -> AsyncGenerator[Shop]:
        async with AsyncExitStack() as stack:
            storage = await anyio.to_thread.run_sync(open_storage, settings)
            stack.callback(storage.close)
            catalog = await anyio.to_thread.run_sync(open_catalog, settings, storage.catalog)
            if storage.catalog is None:  # the storage's own closes with it
                stack.callback(catalog.close)
            if settings.database_url is not None:
                log.info("storage: %s", storage.where)
            fetcher = PageFetcher(
                FetchLimits(
                    timeout_s=settings.fetch_timeout_s,
                    max_bytes=settings.fetch_max_bytes,
                    per_host=settings.fetch_per_host,
                    allow_private=settings.allow_private_addresses,
                )
            )
            stack.push_async_callback(fetcher.aclose)
            remote = await connect_providers(settings, stack)
            local = LocalCatalog(catalog)
            extraction = LocalExtraction(
                storage.runs, catalog, fetcher, settings.fetch_concurrency, lease_s=settings.job_lease_s
            )
            shop = Shop(
                catalog=catalog,
                jobs=storage.jobs,
                cursors=Cursors(storage.cursor_key),
                default_provider=settings.default_provider,
                max_result_bytes=settings.max_result_bytes,
                share_extracted=settings.share_extracted,
                search={"local": local, **remote.search},
                lookup={"local": local},
                extraction={"local": extraction, **remote.extraction},
                inventory={"local": local, **remote.inventory},
                missing_settings={
                    name: f"Provider '{name}' is not configured: set {SETTING_FOR_KEY[name]} in the server's "
                    "environment (see the README's Providers section), or use provider 'local'."
                    for name in PROVIDERS
                    if not settings.configured(name)
                },
            )
            async with anyio.create_task_group() as background:
                await background.start(extraction.run)
                yield shop
                background.cancel_scope.cancel()

    server = MCPServer[Shop](
        "aisle",
        title="Aisle",
        instructions=tools.INSTRUCTIONS,
        version=__version__,
        lifespan=lifespan,
        tools=tools.server_tools(views()),
        extensions=[product_cards()],
    )
    refuse_unknown_tools(server)
    readable_argument_errors(server)
    compact_tool_schemas(server)
    return server
