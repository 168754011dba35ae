"""Schema.org Product, ProductGroup and Offer nodes (from JSON-LD, microdata or RDFa) as evidence."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from aisle_mcp.products import Availability, Money, Option, Rating, Variant
from aisle_mcp.providers.local.extractor.evidence import MAX_DESCRIPTION, MAX_IMAGES, MAX_TITLE, MAX_VARIANTS, Evidence
from aisle_mcp.providers.local.extractor.text import absolute_url, plain_text
from aisle_mcp.providers.local.extractor.values import (
    as_list,
    as_node,
    availability_value,
    clean_text,
    code_value,
    currency_code,
    first,
    gtin_value,
    list_of,
    model_number,
    price_in_text,
    price_value,
)

Node = dict[str, Any]
PRODUCT_TYPES = frozenset({"product", "productgroup", "individualproduct", "productmodel", "someproducts", "vehicle"})
_OPTION_PROPERTIES = ("color", "size", "material", "pattern", "suggestedGender", "suggestedAge")
_LIST_PRICE_TYPES = ("listprice", "strikethroughprice", "msrp", "srp", "wasprice", "regularprice")


def type_names(node: Node) -> set[str]:
    """The node's types without vocabulary prefixes, lower-cased: ``https://schema.org/Product`` is ``product``."""
    types = node.get("@type") or node.get("type")
    return {str(name).rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for name in as_list(types) if name}


def is_product(node: Node) -> bool:
    return bool(type_names(node) & PRODUCT_TYPES)


def _name(value: Any) -> str | None:
    value = first(value)
    if (node := as_node(value)) is not None:
        return clean_text(first(node.get("name")) or first(node.get("@value")), MAX_TITLE)
    return clean_text(value, MAX_TITLE)


def _images(value: Any, base: str | None) -> list[str]:
    urls: list[str] = []
    for item in as_list(value):
        if (node := as_node(item)) is not None:
            item = first(node.get("url")) or first(node.get("contentUrl")) or first(node.get("@id"))
        url = absolute_url(item, base)
        if url and url not in urls:
            urls.append(url)
    return urls[:MAX_IMAGES]


def _gtin(node: Node) -> str | None:
    for key in ("gtin13", "gtin", "gtin12", "gtin14", "gtin8", "isbn", "ean"):
        gtin = gtin_value(node.get(key))
        if gtin:
            return gtin
    return None


def _offers(node: Node) -> list[Node]:
    """Every offer, AggregateOffers' inner offers after the aggregate itself."""
    found: list[Node] = []
    pending: list[Any] = [node.get("offers")]
    while pending and len(found) < MAX_VARIANTS:
        item = pending.pop(0)
        if (items := list_of(item)) is not None:
            pending[:0] = items
        elif (offer := as_node(item)) is not None:
            found.append(offer)
            if offer.get("offers"):
                pending.append(offer.get("offers"))
    return found


def _offer_prices(offer: Node) -> tuple[Decimal | None, Decimal | None, str | None]:
    """The price to pay now, the list price, and the currency of one offer."""
    price = price_value(offer.get("price"))
    if price is None:
        # An AggregateOffer's lowPrice is the price only when nothing sells dearer: from lowPrice to another highPrice
        # it is the cheapest variant's or seller's, and the page says which one it shows to buy now.
        low, high = price_value(offer.get("lowPrice")), price_value(offer.get("highPrice"))
        price = low if high is None or high == low else None
    currency = first(offer.get("priceCurrency"))
    list_price: Decimal | None = None
    for spec in as_list(offer.get("priceSpecification")):
        spec_node = as_node(spec)
        if spec_node is None:
            continue
        amount = price_value(spec_node.get("price")) or price_value(spec_node.get("minPrice"))
        kind = str(first(spec_node.get("priceType")) or "").rsplit("/", 1)[-1].lower()
        if amount is None:
            continue
        if kind in _LIST_PRICE_TYPES:
            list_price = list_price or amount
        elif price is None:
            price = amount
        currency = currency or first(spec_node.get("priceCurrency"))
    return price, list_price, clean_text(currency)


def _range(offer: Node) -> tuple[Decimal, Decimal] | None:
    low, high = price_value(offer.get("lowPrice")), price_value(offer.get("highPrice"))
    return (low, high) if low is not None and high is not None and low < high else None


def _written_currency(offer: Node, price: Decimal | None, base: str | None) -> str | None:
    """The currency of an offer that names none, as its price's own text writes it ("£40.00"); a dollar sign, which
    a dozen currencies share, is left to other evidence."""
    for name in ("price", "lowPrice"):
        value = first(offer.get(name))
        if isinstance(value, str) and price is not None and "$" not in value:
            found = price_in_text(value, base)
            if found is not None and found[0] == price:
                return found[1]
    return None


def _pick_offer(offers: list[Node]) -> Node | None:
    priced = [offer for offer in offers if _offer_prices(offer)[0] is not None]
    for offer in priced:
        if availability_value(offer.get("availability")) in (Availability.in_stock, Availability.limited):
            return offer
    return priced[0] if priced else (offers[0] if offers else None)


def _offered(offers: list[Node]) -> list[Decimal]:
    """The different prices of the offers that can be bought (or say nothing of stock), when there are several."""
    amounts: list[Decimal] = []
    for offer in offers:
        state = availability_value(offer.get("availability"))
        price = price_value(offer.get("price"))
        if price is not None and state not in (Availability.out_of_stock, Availability.discontinued):
            amounts.append(price)
    amounts = list(dict.fromkeys(amounts))
    return amounts if len(amounts) > 1 else []


def _options_of(node: Node) -> dict[str, str]:
    options: dict[str, str] = {}
    for key in _OPTION_PROPERTIES:
        value = _name(node.get(key))
        if value:
            options[key] = value
    for prop in as_list(node.get("additionalProperty")):
        if (prop_node := as_node(prop)) is not None:
            name, value = _name(prop_node.get("name")), _name(prop_node.get("value"))
            if name and value:
                options[name] = value
    return options


def _variant(node: Node, base: str | None, fallback_currency: str | None) -> Variant:
    offer = _pick_offer(_offers(node)) or {}
    price, list_price, currency = _offer_prices(offer)
    currency = currency_code(currency, base) or fallback_currency
    images = _images(node.get("image"), base)
    return Variant(
        id=code_value(node.get("productID")) or code_value(node.get("@id")),
        title=_name(node.get("name")),
        sku=code_value(node.get("sku")) or code_value(offer.get("sku")),
        gtin=_gtin(node) or _gtin(offer),
        url=absolute_url(first(node.get("url")) or first(offer.get("url")), base),
        image=images[0] if images else None,
        price=Money(amount=price, currency=currency) if price is not None else None,
        list_price=Money(amount=list_price, currency=currency) if list_price is not None else None,
        availability=availability_value(offer.get("availability")) or Availability.unknown,
        options=_options_of(node),
    )


def _options(variants: list[Variant], varies_by: Any) -> list[Option]:
    names: list[str] = []
    for item in as_list(varies_by):
        name = clean_text(item)
        if name:
            names.append(name.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1])
    if not names:
        names = list(dict.fromkeys(key for variant in variants for key in variant.options))
    options: list[Option] = []
    for name in names:
        values = list(dict.fromkeys(v.options[name] for v in variants if name in v.options))
        if values:
            options.append(Option(name=name, values=values))
    return options


def product_evidence(node: Node, source: str, base: str | None) -> Evidence:
    """One schema.org product node as evidence; a ProductGroup's variants become variants and options."""
    evidence = Evidence(source=source)
    evidence.title = _name(node.get("name"))
    evidence.brand = _name(node.get("brand")) or _name(node.get("manufacturer"))
    evidence.url = absolute_url(first(node.get("url")), base)
    evidence.images = _images(node.get("image"), base)
    evidence.description = plain_text(first(node.get("description")), MAX_DESCRIPTION)
    evidence.sku = code_value(node.get("sku"))
    evidence.mpn = code_value(node.get("mpn")) or model_number(node.get("model"))
    evidence.gtin = _gtin(node)
    category = first(node.get("category"))
    evidence.category = _name(category) if isinstance(category, dict) else clean_text(category, 500)
    evidence.rating = _rating(node.get("aggregateRating"))
    evidence.attributes = _options_of(node)
    offers = _offers(node)
    offer = _pick_offer(offers)
    if offer is not None:
        evidence.price, evidence.list_price, currency = _offer_prices(offer)
        evidence.currency = currency_code(currency, base) or _written_currency(offer, evidence.price, base)
        evidence.availability = availability_value(offer.get("availability"))
        evidence.offered = _offered(offers)
        if evidence.price is None:
            evidence.price_range = _range(offer)
        evidence.seller = _name(offer.get("seller"))
        evidence.sku = evidence.sku or code_value(offer.get("sku"))
        evidence.gtin = evidence.gtin or _gtin(offer)
        evidence.mpn = evidence.mpn or code_value(offer.get("mpn"))
        if evidence.availability is None:
            found = [availability_value(item.get("availability")) for item in offers]
            evidence.availability = overall([state for state in found if state is not None])
    variant_nodes = [item for item in map(as_node, as_list(node.get("hasVariant"))) if item is not None]
    variants = [_variant(item, base, evidence.currency) for item in variant_nodes[:MAX_VARIANTS]]
    if variants:
        evidence.variants = variants[:MAX_VARIANTS]
        evidence.options = _options(evidence.variants, node.get("variesBy"))
        _from_variants(evidence)
    return evidence


def overall(states: list[Availability]) -> Availability | None:
    """A product is in stock when any of its offers or variants is."""
    for state in (Availability.in_stock, Availability.limited, Availability.preorder, Availability.backorder):
        if state in states:
            return state
    return states[0] if states else None


def _from_variants(evidence: Evidence) -> None:
    priced = [v for v in evidence.variants if v.price is not None]
    buyable = [v for v in priced if v.availability in (Availability.in_stock, Availability.limited)] or priced
    if evidence.price is None and buyable:
        cheapest = min(buyable, key=lambda v: v.price.amount if v.price else Decimal(0))
        assert cheapest.price is not None
        evidence.price = cheapest.price.amount
        evidence.currency = evidence.currency or cheapest.price.currency
    if evidence.availability is None:
        evidence.availability = overall([v.availability for v in evidence.variants if v.availability])
    if evidence.availability is Availability.unknown:
        evidence.availability = None
    if not evidence.images:
        evidence.images = list(dict.fromkeys(v.image for v in evidence.variants if v.image))[:MAX_IMAGES]


def _rating(value: Any) -> Rating | None:
    node = as_node(first(value))
    if node is None:
        return None
    rating = price_value(node.get("ratingValue"))
    if rating is None:
        return None
    count = price_value(node.get("reviewCount")) or price_value(node.get("ratingCount"))
    # Schema.org's documented default best rating is 5; a value above it with no scale named has an unknown one.
    scale = price_value(node.get("bestRating")) or _DEFAULT_BEST
    if rating > scale:
        return None
    return Rating(value=rating, count=int(count) if count is not None else None, scale=scale)


_DEFAULT_BEST = Decimal(5)


def breadcrumb_path(node: Node) -> str | None:
    """A BreadcrumbList as a ' > ' path, ordered by position when the shop gives one."""
    crumbs: list[tuple[float, str]] = []
    for index, item in enumerate(as_list(node.get("itemListElement"))):
        entry = as_node(item)
        if entry is None:
            continue
        name = _name(entry.get("name")) or _name(entry.get("item"))
        position = price_value(entry.get("position"))
        if name:
            crumbs.append((float(position) if position is not None else index, name))
    names = [name for _, name in sorted(crumbs, key=lambda crumb: crumb[0])]
    return " > ".join(dict.fromkeys(names)) or None
