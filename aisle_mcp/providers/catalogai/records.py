"""Catalog API search results (``products[]``) as ``Product``s.

A product comes with flattened attributes (``"attributes.color_family": "brown"``) and its variants as
parallel lists (``variants_size``, ``variants_in_stock``, ``variants_price_display``, ``variants_title``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast
from urllib.parse import urlsplit

from aisle_mcp.products import Availability, Option, Product, Variant, stable_id
from aisle_mcp.providers.fields import (
    RecordError,
    absolute_url,
    availability,
    category_path,
    code,
    compact,
    gtin,
    known,
    list_price,
    mapping,
    money,
    plain_text,
    rating,
    strings,
    text,
    timestamp,
    urls,
)

SOURCE = "catalogai"
_PREFIX = "attributes."


def parse_product(record: Mapping[str, Any]) -> Product:
    """One search result; raises ``RecordError`` when it has no title or no id and url."""
    title = text(record.get("title"), 500) or text(record.get("name"), 500)
    if title is None:
        raise RecordError("no title")
    url = absolute_url(record.get("url"))
    record_id = text(record.get("id"))
    if record_id is not None:
        product_id = f"{SOURCE}:{record_id}"
    elif url is not None:
        product_id = stable_id(SOURCE, url)
    else:
        raise RecordError("no id or url")

    currency = text(record.get("price_currency")) or text(record.get("currency"))
    price = money(_first_present(record, "price_value", "price_display", "price"), currency)
    compare_at = money(_first_present(record, "compare_at_price", "price_compare_at", "compare_at_value"), currency)
    variants = _variants(record, currency)
    sizes = strings(record.get("variants_size"))
    images = urls([record.get("image_url"), *_list(record.get("images"))])
    host = urlsplit(url).hostname if url else None
    return Product(
        id=product_id,
        source=SOURCE,
        title=title,
        # The vendor is the brand whose shop the product comes from (the API's "vendor" filter is the brand).
        brand=known(record.get("vendor")) or known(record.get("brand")),
        seller=host,
        url=url,
        price=price,
        list_price=list_price(price, compare_at),
        availability=_availability(record.get("is_available"), variants),
        image=images[0] if images else None,
        images=images,
        category=category_path(record.get("category")) or category_path(record.get("product_type")),
        gtin=gtin(record.get("gtin")),
        mpn=code(record.get("mpn")),
        sku=code(record.get("sku")),
        description=plain_text(record.get("description")),
        attributes=_attributes(record),
        options=[Option(name="Size", values=sizes)] if sizes else [],
        variants=variants,
        rating=rating(record.get("average_rating") or record.get("rating"), record.get("review_count")),
        updated_at=timestamp(record.get("updated_at")),
        extra=compact({"created_at": _iso(record.get("created_at"))}),
    )


def _first_present(record: Mapping[str, Any], *names: str) -> object:
    return next((record[name] for name in names if record.get(name) not in (None, "")), None)


def _list(value: object) -> list[object]:
    return list(cast(list[object], value)) if isinstance(value, list) else []


def _iso(value: object) -> str | None:
    moment = timestamp(value)
    return moment.isoformat() if moment else None


def _availability(value: object, variants: list[Variant]) -> Availability:
    stock = availability(value)
    if stock is Availability.unknown and variants:
        states = {variant.availability for variant in variants}
        if Availability.in_stock in states:
            return Availability.in_stock
        if states == {Availability.out_of_stock}:
            return Availability.out_of_stock
    return stock


def _variants(record: Mapping[str, Any], currency: str | None) -> list[Variant]:
    titles = _list(record.get("variants_title"))
    sizes = _list(record.get("variants_size"))
    stock = _list(record.get("variants_in_stock"))
    prices = _list(record.get("variants_price_display")) or _list(record.get("variants_price"))
    count = max(len(titles), len(sizes), len(stock), len(prices))

    def at(values: list[object], index: int) -> object:
        return values[index] if index < len(values) else None

    variants: list[Variant] = []
    for index in range(count):
        size = text(at(sizes, index), 100)
        variants.append(
            Variant(
                title=text(at(titles, index), 500),
                price=money(at(prices, index), currency),
                availability=availability(at(stock, index)),
                options={"Size": size} if size else {},
            )
        )
    return variants


def _attributes(record: Mapping[str, Any]) -> dict[str, str | list[str]]:
    """Flattened ``attributes.*`` keys (or a nested ``attributes`` object) as text."""
    found: dict[str, object] = {key[len(_PREFIX) :]: value for key, value in record.items() if key.startswith(_PREFIX)}
    for key, value in mapping(record.get("attributes")).items():
        found.setdefault(key, value)
    out: dict[str, str | list[str]] = {}
    for name, value in found.items():
        flags = mapping(value)
        # The fabric filter is an object of {"cotton": true}; a product may describe its fabrics the same way.
        values = [key for key, on in flags.items() if on is True] if flags else strings(value)
        if values:
            out[name] = values[0] if len(values) == 1 and not isinstance(value, (list, Mapping)) else values
    if "color" not in out and "color_family" in out:
        out["color"] = out["color_family"]
    if "material" not in out and "fabric" in out:
        out["material"] = out["fabric"]
    return out
