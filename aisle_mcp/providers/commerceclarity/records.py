"""CommerceClarity inventory products (``data.data[]`` of the product list) as ``Product``s."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aisle_mcp.products import Product, stable_id
from aisle_mcp.providers.fields import (
    RecordError,
    absolute_url,
    category_path,
    code,
    compact,
    gtin,
    known,
    mapping,
    strings,
    text,
    timestamp,
)

SOURCE = "commerceclarity"


def parse_product(record: Mapping[str, Any], country: str | None = None) -> Product:
    """One product, named in ``country`` when the product has that country's data, else in its first country.

    Raises ``RecordError`` when no country gives it a name or it has no id or code.
    """
    chosen, details = _country(mapping(record.get("countries")), country)
    title = text(details.get("name"), 500) or text(record.get("name"), 500)
    if title is None:
        raise RecordError("no name in any country")
    product_code = text(record.get("product_code")) or text(record.get("code"))
    record_id = text(record.get("_id")) or text(record.get("id"))
    if record_id is not None:
        product_id = f"{SOURCE}:{record_id}"
    elif product_code is not None:
        product_id = stable_id(SOURCE, product_code)
    else:
        raise RecordError("no _id or product code")
    return Product(
        id=product_id,
        source=SOURCE,
        title=title,
        brand=known(details.get("brand")) or known(record.get("brand")),
        image=absolute_url(record.get("thumb")),
        category=category_path(details.get("category")) or category_path(record.get("category")),
        # The code is an EAN for most products but may be an ASIN or the merchant's own code.
        gtin=gtin(product_code),
        sku=code(record.get("sku")),
        updated_at=timestamp(record.get("updated_at")),
        extra=compact(
            {
                "code": product_code,
                "country": chosen,
                "publication_state": text(record.get("publication_state")),
                "status": text(record.get("status")),
                "tags": strings(record.get("tags")),
                "validation_messages": strings(record.get("validation_messages")),
            }
        ),
    )


def _country(countries: Mapping[str, Any], wanted: str | None) -> tuple[str | None, Mapping[str, Any]]:
    if wanted is not None:
        for key, details in countries.items():
            if key.lower() == wanted.strip().lower() and mapping(details):
                return key, mapping(details)
    for key, details in countries.items():
        if mapping(details):
            return key, mapping(details)
    return None, {}
