"""Products of a Shopify ``products.json`` export as ``Product``s.

``products.json`` names no currency and no shop, so the caller says which (``currency``, ``base_url``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from aisle_mcp.products import Availability, Option, Product, Variant, stable_id
from aisle_mcp.providers.fields import (
    RecordError,
    absolute_url,
    category_path,
    code,
    compact,
    gtin,
    items,
    known,
    list_price,
    mapping,
    money,
    plain_text,
    strings,
    text,
    timestamp,
    urls,
)

SOURCE = "local"
# A product without options still has one, "Title" with the value "Default Title"; it means nothing to a shopper.
_DEFAULT_OPTION = ("Title", ["Default Title"])


def is_shopify_product(record: Mapping[str, Any]) -> bool:
    """Whether a JSON object looks like a Shopify product rather than another provider's record."""
    if "body_html" in record or "published_at" in record:
        return True
    variants = items(record.get("variants"))
    return bool(variants) and "handle" in record and not isinstance(record.get("price"), Mapping)


def parse_shopify(
    record: Mapping[str, Any], namespace: str, *, currency: str | None = None, base_url: str | None = None
) -> Product:
    """One product of ``products.json``; raises ``RecordError`` when it has no title or no id and handle."""
    title = text(record.get("title"), 500)
    if title is None:
        raise RecordError("no title")
    handle = text(record.get("handle"))
    identity = text(record.get("id")) or handle
    if identity is None:
        raise RecordError("no id or handle")
    url = absolute_url(f"{base_url.rstrip('/')}/products/{handle}") if base_url and handle else None

    options = [
        (name, strings(option.get("values")))
        for option in sorted(items(record.get("options")), key=lambda option: _int(option.get("position")))
        if (name := text(option.get("name"), 100)) is not None
    ]
    variants = [_variant(item, options, url, currency) for item in items(record.get("variants"))]
    options = [option for option in options if option != _DEFAULT_OPTION]
    lead = _lead(variants)
    images = urls(record.get("images") or [])
    tags = record.get("tags")
    return Product(
        id=stable_id(SOURCE, namespace, identity),
        source=SOURCE,
        title=title,
        brand=known(record.get("vendor")),
        seller=urlsplit(base_url).hostname if base_url else None,
        url=url,
        price=lead.price if lead else None,
        list_price=lead.list_price if lead else None,
        availability=_availability(variants),
        image=images[0] if images else None,
        images=images,
        category=category_path(record.get("product_type")),
        gtin=variants[0].gtin if len(variants) == 1 else None,
        sku=variants[0].sku if len(variants) == 1 else None,
        description=plain_text(record.get("body_html")),
        options=[Option(name=name, values=values) for name, values in options],
        variants=variants if options else [],
        updated_at=timestamp(record.get("updated_at")),
        extra=compact(
            {
                "shopify_id": text(record.get("id")),
                "handle": handle,
                "product_type": text(record.get("product_type")),
                "tags": strings(tags.split(",")) if isinstance(tags, str) else strings(tags),
            }
        ),
    )


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 1_000_000


def _variant(
    record: Mapping[str, Any], options: list[tuple[str, list[str]]], url: str | None, currency: str | None
) -> Variant:
    price = money(record.get("price"), currency)
    chosen: dict[str, str] = {}
    for index, (name, _) in enumerate(options[:3]):
        value = text(record.get(f"option{index + 1}"), 200)
        if value is not None:
            chosen[name] = value
    variant_id = text(record.get("id"))
    available = record.get("available")
    image = urls([mapping(record.get("featured_image")).get("src")])
    return Variant(
        id=variant_id,
        title=text(record.get("title"), 500),
        sku=code(record.get("sku")),
        gtin=gtin(record.get("barcode")),
        url=f"{url}?variant={variant_id}" if url and variant_id else url,
        image=image[0] if image else None,
        price=price,
        list_price=list_price(price, money(record.get("compare_at_price"), currency)),
        availability=(
            Availability.unknown
            if not isinstance(available, bool)
            else Availability.in_stock
            if available
            else Availability.out_of_stock
        ),
        options=chosen,
    )


def _lead(variants: list[Variant]) -> Variant | None:
    """The variant whose price the product shows: the cheapest one a shopper can buy, else the cheapest."""
    priced = [variant for variant in variants if variant.price is not None]
    buyable = [variant for variant in priced if variant.availability is Availability.in_stock]
    pool = buyable or priced
    return min(pool, key=lambda variant: variant.price.amount if variant.price else 0) if pool else None


def _availability(variants: list[Variant]) -> Availability:
    states = {variant.availability for variant in variants}
    if Availability.in_stock in states:
        return Availability.in_stock
    if states == {Availability.out_of_stock}:
        return Availability.out_of_stock
    return Availability.unknown
