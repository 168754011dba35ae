"""OpenGraph, product and twitter meta tags, and itemprop metas that belong to no item."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from aisle_mcp.providers.local.extractor.evidence import MAX_DESCRIPTION, MAX_IMAGES, MAX_TITLE, OPENGRAPH, Evidence
from aisle_mcp.providers.local.extractor.text import absolute_url, plain_text
from aisle_mcp.providers.local.extractor.values import (
    availability_value,
    clean_text,
    code_value,
    currency_code,
    gtin_value,
    price_in_text,
    price_value,
)

_PRICE_LABELS = ("price", "preis", "prix", "precio", "prezzo", "prijs", "preço", "cena", "pris", "hinta", "цена")


def meta_tags(tree: LexborHTMLParser, nodes: list[LexborNode] | None = None) -> dict[str, list[str]]:
    """Every meta tag's content by its lower-cased property, name or itemprop, in page order; ``nodes`` are the tree's
    meta tags with content when it was walked for them already."""
    tags: dict[str, list[str]] = {}
    for node in tree.css("meta[content]") if nodes is None else nodes:
        attrs = node.attributes
        content = attrs.get("content")
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        if key and content is not None and content.strip():
            tags.setdefault(key.strip().lower(), []).append(content.strip())
    return tags


def _one(tags: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        values = tags.get(key)
        if values:
            return values[0]
    return None


def meta_evidence(tags: dict[str, list[str]], base: str | None) -> Evidence:
    evidence = Evidence(source=OPENGRAPH)
    evidence.title = clean_text(_one(tags, "og:title", "twitter:title"), MAX_TITLE)
    evidence.description = plain_text(
        _one(tags, "og:description", "description", "twitter:description"), MAX_DESCRIPTION
    )
    evidence.url = absolute_url(_one(tags, "og:url"), base)
    images: list[str] = []
    for key in ("og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src"):
        for value in tags.get(key, []):
            url = absolute_url(value, base)
            if url and url not in images:
                images.append(url)
    evidence.images = images[:MAX_IMAGES]
    evidence.brand = clean_text(_one(tags, "product:brand", "og:brand", "brand"), MAX_TITLE)
    sale = price_value(_one(tags, "product:sale_price:amount", "og:sale_price:amount"))
    regular = price_value(_one(tags, "product:price:amount", "og:price:amount", "product:price", "price"))
    evidence.price = sale if sale is not None else regular
    if sale is not None and regular is not None and regular > sale:
        evidence.list_price = regular
    # The price before a reduction, under the names shops' catalogue tags give it.
    listed = price_value(_one(tags, "product:original_price:amount", "og:price:standard_amount"))
    if evidence.price is not None and listed is not None and listed > evidence.price:
        evidence.list_price = evidence.list_price or listed
    currency = _one(
        tags, "product:price:currency", "og:price:currency", "product:sale_price:currency", "pricecurrency", "currency"
    )
    evidence.currency = currency_code(currency, base)
    evidence.availability = availability_value(_one(tags, "product:availability", "og:availability", "availability"))
    evidence.sku = code_value(_one(tags, "product:retailer_item_id", "product:sku", "sku"))
    evidence.mpn = code_value(_one(tags, "product:mfr_part_no", "mpn"))
    evidence.gtin = gtin_value(_one(tags, "product:gtin", "product:ean", "product:upc", "gtin13", "gtin", "ean"))
    evidence.category = clean_text(_one(tags, "product:category"), 500)
    if evidence.price is None:
        _twitter_price(tags, evidence, base)
    return evidence


def _twitter_price(tags: dict[str, list[str]], evidence: Evidence, base: str | None) -> None:
    """Twitter cards carry the price as a labelled free-text pair (``label1: Price``, ``data1: $19.99``)."""
    for number in "1234":
        label = (_one(tags, f"twitter:label{number}") or "").lower()
        data = _one(tags, f"twitter:data{number}")
        if data and any(word in label for word in _PRICE_LABELS):
            found = price_in_text(data, base)
            if found:
                evidence.price, currency = found
                evidence.currency = evidence.currency or currency
                return
