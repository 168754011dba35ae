"""Product state that shops embed for their own scripts: Next.js data, Shopify product JSON, inline assignments."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, cast

from aisle_mcp.products import Availability, Money, Option, Variant
from aisle_mcp.providers.local.extractor.evidence import (
    MAX_DESCRIPTION,
    MAX_IMAGES,
    MAX_TITLE,
    MAX_VARIANTS,
    PAGE_STATE,
    Evidence,
)
from aisle_mcp.providers.local.extractor.lenient_json import loads_lenient, loads_prefix
from aisle_mcp.providers.local.extractor.nodes import main_product
from aisle_mcp.providers.local.extractor.schema import Node
from aisle_mcp.providers.local.extractor.text import absolute_url, plain_text
from aisle_mcp.providers.local.extractor.values import (
    as_list,
    as_node,
    clean_text,
    code_value,
    currency_code,
    gtin_value,
    list_of,
    price_value,
)

# Inline scripts that assign a product or the page's state to a variable: ``var meta = {"product": …}``. A regex
# with no literal start tries every position of a megabyte of script; one that starts at "=" skims it, and the
# name before each hit is read backwards.
_ASSIGNED = re.compile(r"=\s*(?=[{\[])")
_STATE_NAME = re.compile(r"[Pp]roduct|[Mm]eta|[Ss]tate|[Dd]ata|STATE|DATA")
_MAX_ASSIGNMENTS = 20
_MAX_SCRIPT = 3_000_000
_MAX_DEPTH = 14


def _mentions_price(text: str) -> bool:
    # Finds cost less than lower-casing a script of a megabyte; "rice" is in "price" and "Price" alike, so a script
    # that names no price at all, most of them, is read twice instead of three times.
    if "rice" in text:
        return "price" in text or "Price" in text or "PRICE" in text
    return "PRICE" in text


def state_documents(scripts: list[tuple[str | None, str]]) -> list[Any]:
    """The JSON documents that page scripts carry, parsed leniently."""
    documents: list[Any] = []
    for declared, text in scripts:
        kind = (declared or "").lower()
        # State without a price says nothing an agent needs; a substring test skips most scripts cheaply.
        if len(text) > _MAX_SCRIPT or "ld+json" in kind or not _mentions_price(text):
            continue
        if "json" in kind:
            documents.extend(loads_lenient(text))
        elif kind in ("", "text/javascript", "application/javascript", "module") and "=" in text:
            for count, start in enumerate(_assignments(text)):
                if count >= _MAX_ASSIGNMENTS:
                    break
                value = loads_prefix(text, start)
                if value is not None:
                    documents.append(value)
    return documents


def _assignments(text: str) -> Iterator[int]:
    """Where the object or array starts in each assignment to a variable whose name speaks of state."""
    for match in _ASSIGNED.finditer(text):
        end = match.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = end
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_$"):
            start -= 1
        if start < end and _STATE_NAME.search(text, start, end):
            yield match.end()


def state_evidence(documents: list[Any], base: str | None) -> Evidence | None:
    if not documents:
        return None
    schema, _ = main_product(documents, PAGE_STATE, base)
    if schema is not None and schema.is_product():
        return schema
    found: list[Node] = []
    _find_products(documents, found, 0)
    for node in found:
        evidence = _shop_product(node, base)
        if evidence.is_product():
            return evidence
    return None


def _looks_like_product(node: Node) -> bool:
    if "variants" not in node:
        return False
    items = list_of(node.get("variants"))
    if not (node.get("title") or node.get("name")) or not items:
        return False
    sample = as_node(items[0])
    return sample is not None and "price" in sample


def _find_products(value: Any, found: list[Node], depth: int) -> None:
    if depth > _MAX_DEPTH or len(found) >= 5:
        return
    # Page state holds tens of thousands of values: the type tests are written out rather than called.
    if isinstance(value, list):
        for item in cast("list[Any]", value)[:500]:
            if isinstance(item, (dict, list)):
                _find_products(item, found, depth + 1)
    elif isinstance(value, dict):
        node = cast("Node", value)
        if _looks_like_product(node):
            found.append(node)
            return
        for item in node.values():
            if isinstance(item, (dict, list)):
                _find_products(item, found, depth + 1)


def _cents(value: Any, in_cents: bool) -> Decimal | None:
    # Shop platforms that give whole numbers for variant prices count them in cents.
    if in_cents and isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value) / 100
    return price_value(value)


def _shop_product(node: Node, base: str | None) -> Evidence:
    """A product as shop platforms (Shopify and its kin) embed it: a title and a list of priced variants."""
    raw: list[Any] = node.get("variants") or []
    in_cents = any(isinstance(v, dict) and isinstance(v.get("price"), int) for v in raw)  # pyright: ignore[reportUnknownMemberType]
    currency = currency_code(node.get("currency") or node.get("price_currency"), base)
    variants: list[Variant] = []
    for item in raw[:MAX_VARIANTS]:
        data = as_node(item)
        if data is None:
            continue
        price = _cents(data.get("price"), in_cents)
        compare = _cents(data.get("compare_at_price"), in_cents)
        available = data.get("available")
        options = {f"option{n}": str(data[f"option{n}"]) for n in (1, 2, 3) if data.get(f"option{n}") not in (None, "")}
        variants.append(
            Variant(
                id=code_value(data.get("id")),
                title=clean_text(data.get("public_title") or data.get("title") or data.get("name"), MAX_TITLE),
                sku=code_value(data.get("sku")),
                gtin=gtin_value(data.get("barcode")),
                price=Money(amount=price, currency=currency) if price is not None else None,
                list_price=Money(amount=compare, currency=currency) if compare and price and compare > price else None,
                availability=(Availability.in_stock if available else Availability.out_of_stock)
                if isinstance(available, bool)
                else Availability.unknown,
                options=options,
            )
        )
    evidence = Evidence(source=PAGE_STATE, variants=variants)
    evidence.title = clean_text(node.get("title") or node.get("name"), MAX_TITLE)
    evidence.brand = clean_text(node.get("vendor") or node.get("brand"), MAX_TITLE)
    evidence.description = plain_text(node.get("description"), MAX_DESCRIPTION)
    evidence.currency = currency
    evidence.options = _options(as_list(node.get("options")), variants)
    images = [image for image in as_list(node.get("images")) if isinstance(image, str)]
    evidence.images = [url for url in (absolute_url(image, base) for image in images) if url][:MAX_IMAGES]
    chosen = next((v for v in variants if v.availability is Availability.in_stock and v.price), None)
    chosen = chosen or next((v for v in variants if v.price), None)
    if chosen is not None and chosen.price is not None:
        evidence.price = chosen.price.amount
        evidence.list_price = chosen.list_price.amount if chosen.list_price else None
        evidence.sku = chosen.sku if len(variants) == 1 else None
    states = {v.availability for v in variants} - {Availability.unknown}
    if states:
        evidence.availability = Availability.in_stock if Availability.in_stock in states else states.pop()
    return evidence


def _options(names: list[Any], variants: list[Variant]) -> list[Option]:
    options: list[Option] = []
    for number, raw in enumerate(names[:3], start=1):
        name = clean_text(raw.get("name") if isinstance(raw, dict) else raw)  # pyright: ignore[reportUnknownMemberType, reportUnknownArgumentType]
        key = f"option{number}"
        values = list(dict.fromkeys(v.options[key] for v in variants if key in v.options))
        if name and values:
            options.append(Option(name=name, values=values))
            for variant in variants:
                if key in variant.options:
                    variant.options[name] = variant.options.pop(key)
    return options
