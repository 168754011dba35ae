"""getcatalog.ai product records (the ``product`` of each ``results.products[]`` entry) as ``Product``s."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from aisle_mcp.products import Availability, Option, Product, Variant, stable_id
from aisle_mcp.providers.fields import (
    RecordError,
    absolute_url,
    availability,
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
    rating,
    strings,
    text,
    timestamp,
    urls,
)

SOURCE = "getcatalog"

# Long prose attributes; the summary repeats the description, the rest help an agent answer questions.
_SKIPPED_ATTRIBUTES = frozenset({"summary"})
_PROSE_LIMIT = 1000


def parse_result(entry: Mapping[str, Any]) -> Product | None:
    """One ``results.products[]`` entry (``{url, product, success}``); ``None`` when the extraction failed.

    Raises ``RecordError`` when the entry succeeded but its product cannot be read (no title).
    """
    product = mapping(entry.get("product"))
    if entry.get("success") is False or not product:
        return None
    if not product.get("url") and entry.get("url"):
        product = {**product, "url": entry["url"]}
    return parse_product(product)


def parse_product(record: Mapping[str, Any]) -> Product:
    """A getcatalog product object as a ``Product``; raises ``RecordError`` when it has no title or identity."""
    title = text(record.get("title"), 500)
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

    price_fields = mapping(record.get("price"))
    currency = price_fields.get("currency")
    price = money(price_fields.get("current_value"), currency)
    options = _options(record.get("options"))
    variants = [_variant(item, options) for item in items(record.get("variants"))]
    images = urls(record.get("images") or [])
    attributes = _attributes(mapping(record.get("attributes")))
    skus = {variant.sku for variant in variants if variant.sku}

    return Product(
        id=product_id,
        source=SOURCE,
        title=title,
        brand=known(record.get("brand")),
        seller=known(record.get("vendor")) or known(record.get("store_domain")),
        url=url,
        price=price,
        list_price=list_price(price, money(price_fields.get("compare_at_value"), currency)),
        availability=_availability(record.get("is_available"), variants),
        image=images[0] if images else None,
        images=images,
        category=category_path(record.get("google_product_category_path")) or category_path(record.get("product_type")),
        gtin=gtin(record.get("gtin") or record.get("barcode")),
        mpn=code(record.get("mpn")),
        sku=code(record.get("sku")) or (skus.pop() if len(skus) == 1 else None),
        description=plain_text(record.get("description"))
        or plain_text(record.get("description_html"))
        or plain_text(mapping(record.get("attributes")).get("summary")),
        attributes=attributes,
        options=[Option(name=name, values=values) for name, values in options],
        variants=variants,
        rating=rating(record.get("average_rating"), record.get("review_count"), record.get("rating_scale")),
        updated_at=timestamp(record.get("updated_at")),
        extra=compact(
            {
                "affiliate_link": absolute_url(record.get("affiliate_link")),
                "handle": text(record.get("handle")),
                "platform": text(record.get("platform")),
                "platform_id": text(record.get("platform_id")),
                "product_type": text(record.get("product_type")),
                "tags": strings(record.get("tags")),
                "video_url": absolute_url(record.get("video_url")),
            }
        ),
    )


def _availability(value: object, variants: list[Variant]) -> Availability:
    stock = availability(value)
    if stock is Availability.unknown and variants:
        known_stock = {variant.availability for variant in variants} - {Availability.unknown}
        if Availability.in_stock in known_stock:
            return Availability.in_stock
        if known_stock == {Availability.out_of_stock}:
            return Availability.out_of_stock
    return stock


def _options(value: object) -> list[tuple[str, list[str]]]:
    """Options in position order, so a variant's ``option1..3`` name the right one."""
    ordered = sorted(enumerate(items(value)), key=lambda pair: (_position(pair[1].get("position")), pair[0]))
    options: list[tuple[str, list[str]]] = []
    for _, option in ordered:
        name = text(option.get("name"), 100)
        if name is not None:
            options.append((name, strings(option.get("values"))))
    return options


def _position(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 1_000_000


def _variant(record: Mapping[str, Any], options: list[tuple[str, list[str]]]) -> Variant:
    price_fields = mapping(record.get("price"))
    currency = price_fields.get("currency")
    price = money(price_fields.get("current_value"), currency)
    chosen: dict[str, str] = {}
    for index in range(3):
        value = text(record.get(f"option{index + 1}"), 200)
        if value is not None:
            name = options[index][0] if index < len(options) else f"Option {index + 1}"
            chosen[name] = value
    return Variant(
        id=text(record.get("id")),
        title=text(record.get("title"), 500),
        sku=code(record.get("sku")),
        gtin=gtin(record.get("gtin") or record.get("barcode")),
        url=absolute_url(record.get("url")),
        image=next(iter(urls([record.get("image")])), None),
        price=price,
        list_price=list_price(price, money(price_fields.get("compare_at_value"), currency)),
        availability=availability(record.get("is_available")),
        options=chosen,
    )


def _attributes(record: Mapping[str, Any]) -> dict[str, str | list[str]]:
    """Attributes as text; a labelled value keeps the shop's label and, for search, its normalized family."""
    out: dict[str, str | list[str]] = {}
    for name, value in record.items():
        if name in _SKIPPED_ATTRIBUTES:
            continue
        labelled = mapping(value)
        if labelled:
            parts = strings(
                [labelled.get("merchant_label"), labelled.get("primary"), labelled.get("iscc_family")]
                + [v for k, v in labelled.items() if k not in ("merchant_label", "primary", "iscc_family")]
            )
            # "Smooth Leather" already says "leather": the family is only added when it tells something new.
            label = parts[0] if parts else None
            values = [p for p in parts if p is label or p.lower() not in (label or "").lower()]
        elif isinstance(value, list):
            values = strings(cast(object, value))
        elif isinstance(value, bool):
            values = ["yes" if value else "no"]
        else:
            prose = plain_text(value, _PROSE_LIMIT)
            values = [prose] if prose is not None else []
        if values:
            out[name] = values[0] if len(values) == 1 and not isinstance(value, list) else values
    return out
