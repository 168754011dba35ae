"""Merging the kinds of evidence field by field into one Product: the core fields by agreement (see ``agree``), the
rest from the most trusted kind that has them."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from aisle_mcp.products import Money, Product, stable_id
from aisle_mcp.providers.local.extractor.agree import choose_availability, choose_price, choose_sku
from aisle_mcp.providers.local.extractor.evidence import MAX_IMAGES, Evidence

_SIMPLE = ("title", "brand", "seller", "category", "gtin", "mpn", "description", "rating")


def merge(
    evidence: list[Evidence],
    url: str,
    category: tuple[str, str] | None,
    shown: Callable[[str], bool],
    page_id: Callable[[str], str | None],
    priced: Callable[[Decimal], bool],
    in_text: Callable[[str], bool] | None = None,
) -> Product | None:
    """One product from the evidence, ordered by trust; ``None`` when no kind describes a product. ``shown`` tells
    whether a code is written on the page (see ``agree.shown_in``), ``page_id`` whether it is the page's own id for its
    elements or images (see ``agree.internal_id``), ``priced`` whether it writes an amount (see
    ``agree.amount_shown``), ``in_text`` whether it writes a code in its text, not only its address (see
    ``agree.written_in``)."""
    if not any(item.is_product() for item in evidence):
        return None
    values: dict[str, object] = {}
    sources: dict[str, str] = {}
    for name in _SIMPLE:
        for item in evidence:
            value = getattr(item, name)
            if value is not None:
                values[name] = value
                sources[name] = item.source
                break
    if "category" not in values and category is not None:
        values["category"], sources["category"] = category[1], category[0]
    title = values.pop("title", None)
    if not isinstance(title, str):
        return None
    sources["title"] = sources.get("title", "")
    confidence: dict[str, float] = {}
    sku = choose_sku(evidence, shown, page_id, priced, in_text)
    if sku.source:
        values["sku"], sources["sku"] = sku.value, sku.source
        confidence["sku"] = sku.confidence
    price_source, said, sure = choose_price(evidence, shown)
    price: Money | None = None
    list_price: Money | None = None
    if price_source is not None and price_source.price is not None:
        # The currency belongs with its amount; another kind's currency only fills a gap.
        currency = price_source.currency or next((item.currency for item in evidence if item.currency), None)
        price = Money(amount=price_source.price, currency=currency)
        sources["price"], confidence["price"] = said, sure
        if price_source.list_price is not None and price_source.list_price > price_source.price:
            list_price = Money(amount=price_source.list_price, currency=currency)
            sources["list_price"] = price_source.source
    elif said:
        sources["price"] = said
    availability, said, sure = choose_availability(evidence)
    if said:
        sources["availability"], confidence["availability"] = said, sure
    images: list[str] = []
    for item in evidence:
        if item.images:
            images = item.images[:MAX_IMAGES]
            sources["images"] = item.source
            break
    with_variants = next((item for item in evidence if item.variants), None)
    attributes: dict[str, str] = next((item.attributes for item in evidence if item.attributes), dict[str, str]())
    return Product.model_validate(
        {
            **values,
            "id": stable_id("local", url),
            "source": "local",
            "title": title,
            "url": url,
            "price": price,
            "list_price": list_price,
            "availability": availability,
            "image": images[0] if images else None,
            "images": images,
            "attributes": attributes,
            "options": with_variants.options if with_variants else [],
            "variants": with_variants.variants if with_variants else [],
            "field_sources": sources,
            "extra": {"confidence": confidence} if confidence else {},
        }
    )
