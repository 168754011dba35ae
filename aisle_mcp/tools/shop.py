"""What every tool reaches through its ``Context``: the providers, the job store, cursors and limits.

Built once by the server's lifespan; tools never build clients or read settings themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

import anyio
from mcp.server.auth.middleware.auth_context import get_access_token
from mcp.server.auth.middleware.bearer_auth import AuthenticatedUser
from mcp.server.mcpserver import Context
from mcp.types import CallToolResult, TextContent
from pydantic import BaseModel
from starlette.requests import HTTPConnection

from aisle_mcp.errors import InvalidArgument, ProviderNotConfigured
from aisle_mcp.products import Product
from aisle_mcp.products.summary import ExtraField, ProductSummary, fit, summarize
from aisle_mcp.providers.base import Inventory, ProductExtraction, ProductLookup, ProductSearch
from aisle_mcp.providers.local.owners import LOCAL_OWNER
from aisle_mcp.storage.interfaces import Jobs, ProductCatalog
from aisle_mcp.tools.paging import Cursors, fingerprint, past_the_end

SearchProvider = Literal["local", "catalogai", "commerceclarity"]
ExtractProvider = Literal["local", "getcatalog"]
InventoryProvider = Literal["local", "commerceclarity", "criteo"]

Capability = TypeVar("Capability")


@dataclass
class Shop:
    catalog: ProductCatalog
    jobs: Jobs
    cursors: Cursors
    default_provider: str = "local"
    max_result_bytes: int = 24_000
    search: dict[str, ProductSearch] = field(default_factory=dict[str, ProductSearch])
    lookup: dict[str, ProductLookup] = field(default_factory=dict[str, ProductLookup])
    extraction: dict[str, ProductExtraction] = field(default_factory=dict[str, ProductExtraction])
    inventory: dict[str, Inventory] = field(default_factory=dict[str, Inventory])
    missing_settings: dict[str, str] = field(default_factory=dict[str, str])
    """Providers that lack a setting, and the sentence that says which variable to set."""
    share_extracted: bool = False
    """The operator's choice (``AISLE_SHARE_EXTRACTED``): products read from pages join the shared catalog."""

    async def recall(self, product_id: str, owner: str) -> Product | None:
        """A shared product, or one of ``owner``'s own; another owner's is not found, as if it never existed."""
        return await anyio.to_thread.run_sync(self.catalog.recall, product_id, owner)

    async def remember(self, provider: str, products: list[Product], owner: str | None) -> None:
        """Keep what a remote provider answered ``owner`` (None: anyone), so get_product can give the full record
        later."""
        if provider != "local" and products:
            await anyio.to_thread.run_sync(self.catalog.remember, products, owner)

    def extracted_owner(self, owner: str) -> str | None:
        """Whose products a page read for ``owner`` becomes: its own, or everyone's when the operator shares them."""
        return None if self.share_extracted else owner

    def pick(self, offered: dict[str, Capability], wanted: str | None, what: str) -> tuple[str, Capability]:
        """The provider to use: the one asked for, else the configured default if it offers this, else local."""
        if wanted is None:
            wanted = self.default_provider if self.default_provider in offered else "local"
        if wanted in offered:
            return wanted, offered[wanted]
        if wanted in self.missing_settings:
            raise ProviderNotConfigured(self.missing_settings[wanted])
        raise InvalidArgument(
            f"Provider '{wanted}' does not offer {what}. Use one of: {', '.join(sorted(offered))}, "
            "or leave provider out for the default."
        )


def shop_of(ctx: Context[Shop]) -> Shop:
    return ctx.request_context.lifespan_context


def owner_of(ctx: Context[Shop]) -> str:
    """Who a job, a cursor, or a product read or remembered for the caller belongs to: over HTTP the bearer
    token's owner id (a hash, never the token itself), read from the HTTP request the SDK hands each call; one
    local user over stdio and in memory."""
    request = ctx.request_context.request
    user = request.scope.get("user") if isinstance(request, HTTPConnection) else None
    return user.access_token.client_id if isinstance(user, AuthenticatedUser) else LOCAL_OWNER


def start_offset(shop: Shop, cursor: str | None, tool: str, arguments: dict[str, Any]) -> tuple[str, int]:
    """The request's fingerprint and the offset its cursor resumes at (0 without one).

    Over HTTP the fingerprint includes the caller's owner id (the SDK's per-request access token), so a cursor
    handed to another token is refused like one from another request.
    """
    access = get_access_token()
    if access is not None:
        arguments = {**arguments, "owner": access.client_id}
    scope = fingerprint(tool, arguments)
    return scope, (shop.cursors.decode(cursor, scope, tool) if cursor else 0)


@dataclass
class Shown:
    """A page of summaries cut to the answer's size bound, the cursor to the rest, and the notes to show."""

    products: list[ProductSummary]
    next_cursor: str | None
    notes: list[str]


def show(
    shop: Shop,
    tool: str,
    scope: str,
    offset: int,
    products: list[Product],
    *,
    has_more: bool,
    total: int | None,
    notes: list[str],
    fields: Sequence[ExtraField],
) -> Shown:
    """Summaries of a provider's page as far as they fit, with "Showing a-b of N" or, past the end, a note saying
    so; an empty first page is left to the tool, which knows what narrowed it."""
    summaries = [summarize(p, fields) for p in products]
    taken = fit(summaries, shop.max_result_bytes)
    more = taken < len(summaries) or has_more
    next_cursor = shop.cursors.encode(scope, offset + taken) if more else None
    notes = list(notes)
    if next_cursor:
        notes.append(
            f"Showing {offset + 1}-{offset + taken}"
            + (f" of {total}" if total is not None else "")
            + f". Call {tool} again with the same arguments and cursor=next_cursor for more."
        )
    elif not summaries and offset > 0:
        notes.append(past_the_end(tool, offset, total))
    return Shown(summaries[:taken], next_cursor, notes)


def answer(result: BaseModel) -> CallToolResult:
    """A result for programs (``structuredContent``) with its compact JSON twin for models."""
    data = result.model_dump(mode="json", exclude_none=True)
    text = result.model_dump_json(exclude_none=True)  # the same JSON, compact, serialized in pydantic's core
    return CallToolResult(content=[TextContent(type="text", text=text)], structured_content=data)
