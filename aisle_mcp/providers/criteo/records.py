"""Rows of a Criteo Retail Media catalog output (brand and seller catalogs) as ``Product``s."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aisle_mcp.products import Money, Product, to_amount
from aisle_mcp.providers.fields import (
    RecordError,
    absolute_url,
    availability,
    category_path,
    code,
    compact,
    gtin,
    known,
    text,
    timestamp,
)

SOURCE = "criteo"


def parse_row(row: Mapping[str, Any], currency: str | None = None) -> Product:
    """One line of a catalog output; raises ``RecordError`` when it has no id or name.

    Rows carry no currency: the catalog's status gives it, so the caller passes ``currency`` from there.
    """
    row_id = text(row.get("id"), 500)
    if row_id is None:
        raise RecordError("no id")
    title = text(row.get("name"), 1000)
    if title is None:
        raise RecordError("no name")
    retailer_id = text(row.get("retailerId"))
    amount = to_amount(row.get("price"))
    min_bid = to_amount(row.get("minBid"))
    return Product(
        id=f"{SOURCE}:{retailer_id}:{row_id}" if retailer_id else f"{SOURCE}:{row_id}",
        source=SOURCE,
        title=title,
        brand=known(row.get("brandName")),
        seller=known(row.get("sellerName")) or known(row.get("retailerName")),
        price=Money(amount=amount, currency=text(row.get("currency")) or currency) if amount is not None else None,
        availability=availability(row.get("isInStock")),
        # A path relative to a retailer site we do not know leads nowhere, so only absolute images are kept.
        image=absolute_url(row.get("imageUrl")),
        category=category_path(row.get("category"), "|"),
        gtin=gtin(row.get("gtin")),
        mpn=code(row.get("mpn")),
        # The id is the retailer's own product id: the code a shopper would quote to that retailer.
        sku=code(row_id),
        updated_at=timestamp(row.get("updatedAt")),
        extra=compact(
            {
                "brandId": text(row.get("brandId")),
                "retailerId": retailer_id,
                "retailerName": text(row.get("retailerName")),
                "sellerId": text(row.get("sellerId")),
                "categoryId": text(row.get("categoryId")),
                "minBid": format(min_bid, "f") if min_bid is not None else None,
            }
        ),
    )
