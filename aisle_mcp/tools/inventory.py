"""list_inventory: browse one merchant's inventory, page by page."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Annotated

from mcp.server.mcpserver import Context
from mcp.types import CallToolResult, ToolAnnotations
from pydantic import BaseModel, Field

from aisle_mcp.errors import InvalidArgument
from aisle_mcp.products.summary import ExtraField, ProductSummary
from aisle_mcp.providers.base import InventoryRequest
from aisle_mcp.tools.shop import InventoryProvider, Shop, answer, owner_of, shop_of, show, start_offset

ANNOTATIONS = ToolAnnotations(title="List inventory", read_only_hint=True, open_world_hint=True)
SCOPES = {
    "account_id": ("criteo",),
    "brand_ids": ("criteo",),
    "retailer_id": ("criteo",),
    "seller_id": ("criteo", "local"),
    "country": ("commerceclarity",),
}
"""Scope arguments and the providers that read them; any other provider would quietly list something else."""
_PAGING = ("offset", "limit", "wait_seconds")

Text = Annotated[str | None, Field(max_length=200)]


class InventoryResult(BaseModel):
    products: list[ProductSummary]
    total: int | None = None
    total_exact: bool = True
    provider: str
    next_cursor: str | None = None
    preparing: bool | None = Field(
        default=None, description="true while the provider is still preparing the inventory; absent otherwise."
    )
    retry_after_seconds: float | None = None
    note: str | None = None


async def list_inventory(
    ctx: Context[Shop],
    provider: Annotated[InventoryProvider | None, Field(description="Whose inventory; default: configured.")] = None,
    account_id: Annotated[Text, Field(description="criteo: the retail-media account id.")] = None,
    brand_ids: Annotated[list[str] | None, Field(max_length=100, description="criteo brand accounts.")] = None,
    retailer_id: Annotated[Text, Field(description="criteo seller accounts: the retailer id.")] = None,
    seller_id: Annotated[Text, Field(description="The seller (criteo seller accounts; local: seller name).")] = None,
    country: Annotated[Text, Field(description="commerceclarity: a country code.")] = None,
    search: Annotated[Text, Field(description="Words to look for.")] = None,
    brand: Annotated[Text, Field(description="Only this brand, case-insensitive.")] = None,
    category: Annotated[Text, Field(description="A category name or ' > ' path.")] = None,
    tags: Annotated[list[str] | None, Field(max_length=20, description="Products with these tags.")] = None,
    in_stock: Annotated[bool | None, Field(description="true: only products that can be bought now.")] = None,
    updated_from: Annotated[
        datetime | None,
        Field(description="Updated since (ISO 8601; UTC if no offset)."),
    ] = None,
    updated_to: Annotated[datetime | None, Field(description="Updated at or before (ISO 8601).")] = None,
    limit: Annotated[int, Field(ge=1, le=100, description="Products per page.")] = 20,
    cursor: Annotated[str | None, Field(description="The last next_cursor.")] = None,
    wait_seconds: Annotated[
        float, Field(ge=0, le=45, description="criteo exports: seconds to wait in this call.")
    ] = 20,
    fields: Annotated[list[ExtraField] | None, Field(description="Extra summary fields.")] = None,
) -> Annotated[CallToolResult, InventoryResult]:
    """A merchant's or brand account's inventory, page by page, with optional filters (across shops: search_products).

    When `preparing` is true (a long export), call again after `retry_after_seconds`; with `next_cursor`, call
    again with the same arguments and it.
    """
    shop = shop_of(ctx)
    updated_from, updated_to = _utc(updated_from), _utc(updated_to)
    if updated_from and updated_to and updated_from > updated_to:
        raise InvalidArgument("updated_from is after updated_to; swap them or drop one.")
    name, inventory = shop.pick(shop.inventory, provider, "inventory listing")
    given: dict[str, object] = {
        "account_id": _text(account_id),
        "brand_ids": _texts(brand_ids),
        "retailer_id": _text(retailer_id),
        "seller_id": _text(seller_id),
        "country": _text(country),
    }
    misplaced = [arg for arg, value in given.items() if value and name not in SCOPES[arg]]
    if misplaced:
        raise InvalidArgument(
            f"Provider '{name}' has no {' or '.join(misplaced)} scope, so it would list something else: "
            + "; ".join(f"{arg} is for provider {' or '.join(repr(p) for p in SCOPES[arg])}" for arg in misplaced)
            + ". Drop it, or name the provider it belongs to."
        )
    request = InventoryRequest(
        account_id=_text(account_id),
        brand_ids=tuple(_texts(brand_ids)),
        retailer_id=_text(retailer_id),
        seller_id=_text(seller_id),
        country=_text(country),
        search=_text(search),
        brand=_text(brand),
        category=_text(category),
        tags=tuple(_texts(tags)),
        in_stock=in_stock,
        updated_from=updated_from,
        updated_to=updated_to,
        limit=limit,
        wait_seconds=wait_seconds,
        owner=owner_of(ctx),
    )
    identity = {k: v for k, v in dataclasses.asdict(request).items() if k not in _PAGING}
    scope, offset = start_offset(shop, cursor, "list_inventory", {"p": name, **identity})
    request = dataclasses.replace(request, offset=offset)

    async def progress(done: float, total: float | None, message: str | None) -> None:
        await ctx.report_progress(done, total, message)

    page = await inventory.list_inventory(request, progress)
    await shop.remember(name, page.products, request.owner)
    if page.preparing_retry_after_s is not None:
        return answer(
            InventoryResult(
                products=[],
                provider=name,
                preparing=True,
                retry_after_seconds=page.preparing_retry_after_s,
                note=f"The inventory is still being prepared. Call list_inventory again with the same arguments "
                f"in about {page.preparing_retry_after_s:.0f} s.",
            )
        )
    shown = show(
        shop,
        "list_inventory",
        scope,
        offset,
        page.products,
        has_more=page.has_more,
        total=page.total,
        notes=page.notes,
        fields=fields or (),
    )
    notes = shown.notes
    if not shown.products and not shown.next_cursor and offset == 0:
        values = dataclasses.asdict(request).items()
        narrowed = [k for k, v in values if v not in (None, ()) and k not in ("search", "owner", *_PAGING)]
        advice = ["No products matched."]
        if request.search:
            advice.append("Use fewer or other words in search.")
        if narrowed:
            advice.append(f"Drop some of {', '.join(narrowed)} to see more of the inventory.")
        notes.append(" ".join(advice))
    return answer(
        InventoryResult(
            products=shown.products,
            total=page.total,
            total_exact=page.total_exact,
            provider=name,
            next_cursor=shown.next_cursor,
            note=" ".join(notes) or None,
        )
    )


def _text(value: str | None) -> str | None:
    """A text argument, trimmed; blank means "not given" rather than "match the empty name"."""
    value = (value or "").strip()
    return value or None


def _texts(values: list[str] | None) -> list[str]:
    return [v for v in (_text(value) for value in values or ()) if v]


def _utc(moment: datetime | None) -> datetime | None:
    """A date/time in UTC; one without an offset is read as UTC, so naive and aware ones compare."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
