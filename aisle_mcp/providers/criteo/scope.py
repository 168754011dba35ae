"""Which catalog an inventory request asks Criteo for: a brand account's or a seller's."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from aisle_mcp.errors import InvalidArgument
from aisle_mcp.providers.base import InventoryRequest

# Criteo ids are int64s or short opaque strings; anything else would change the URL path we build.
_ID = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")


@dataclass(frozen=True)
class Scope:
    """One catalog request: the account, and either brand ids (brand account) or a seller (seller account)."""

    account_id: str
    brand_ids: tuple[str, ...] = ()
    retailer_id: str | None = None
    seller_id: str | None = None

    @property
    def is_seller(self) -> bool:
        return self.seller_id is not None

    @property
    def key(self) -> str:
        """A short stable name for this scope: the same request always has the same key."""
        parts = [self.account_id, ",".join(sorted(self.brand_ids)), self.retailer_id or "", self.seller_id or ""]
        return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=10).hexdigest()

    def path(self, version: str) -> str:
        base = f"{version}/retail-media/accounts/{self.account_id}/catalogs"
        return base + "/sellers" if self.is_seller else base

    def body(self) -> dict[str, Any]:
        """The JSON:API body of the catalog request (seeds/001: brandIdFilter or sellers)."""
        attributes: dict[str, Any]
        if self.is_seller:
            attributes = {"sellers": [{"retailerId": self.retailer_id, "sellerId": self.seller_id}]}
        else:
            attributes = {"format": "json-newline"}
            if self.brand_ids:
                attributes["brandIdFilter"] = sorted(self.brand_ids)
        return {"data": {"type": "RetailMediaCatalogStatus", "attributes": attributes}}

    def describe(self) -> str:
        if self.is_seller:
            return f"seller {self.seller_id} at retailer {self.retailer_id} (account {self.account_id})"
        brands = f", brands {', '.join(self.brand_ids)}" if self.brand_ids else ""
        return f"account {self.account_id}{brands}"

    def to_json(self) -> str:
        return json.dumps([self.account_id, list(self.brand_ids), self.retailer_id, self.seller_id])


def scope_of(request: InventoryRequest) -> Scope:
    """The catalog a request asks for; ``InvalidArgument`` saying what to pass when it is incomplete."""
    account_id = (request.account_id or "").strip()
    if not account_id:
        raise InvalidArgument(
            "criteo needs account_id: the retail-media account whose catalog to list. For a brand account pass "
            "account_id (and optionally brand_ids); for a seller account pass account_id, retailer_id and seller_id."
        )
    retailer_id = (request.retailer_id or "").strip() or None
    seller_id = (request.seller_id or "").strip() or None
    brand_ids = tuple(sorted({b.strip() for b in request.brand_ids if b.strip()}))
    if (retailer_id is None) != (seller_id is None):
        raise InvalidArgument(
            "criteo seller accounts need both retailer_id and seller_id; pass both, or neither for a brand account."
        )
    if seller_id is not None and brand_ids:
        raise InvalidArgument(
            "brand_ids apply to criteo brand accounts only; drop brand_ids, or drop retailer_id and seller_id."
        )
    for name, value in (("account_id", account_id), ("retailer_id", retailer_id), ("seller_id", seller_id)):
        if value is not None and not _ID.match(value):
            raise InvalidArgument(f"criteo {name} must be an id of letters, digits, '-', '_' or '.'.")
    for brand_id in brand_ids:
        if not _ID.match(brand_id):
            raise InvalidArgument("criteo brand_ids must be ids of letters, digits, '-', '_' or '.'.")
    if request.tags:
        raise InvalidArgument("criteo catalogs carry no tags; drop tags (search, brand and category work).")
    return Scope(account_id, brand_ids, retailer_id, seller_id)
