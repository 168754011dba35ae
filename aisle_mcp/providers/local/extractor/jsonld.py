"""JSON-LD blocks, including the broken ones browsers tolerate."""

from __future__ import annotations

import re
from typing import Any, cast

from aisle_mcp.providers.local.extractor.lenient_json import loads_lenient

# The schema.org names the extractor reads, by their lower-cased spelling: shops write "Offers", "PriceCurrency" or
# "@Type", and a key read case-sensitively would be lost.
_NAMES = {
    name.lower(): name
    for name in (  # noqa: SIM905
        "@id @type @value @graph additionalProperty aggregateRating availability bestRating brand category color "
        "contentUrl description ean gtin gtin8 gtin12 gtin13 gtin14 hasVariant image isbn item itemListElement "
        "lowPrice manufacturer material minPrice model mpn name offerCount offers pattern position price "
        "priceCurrency priceSpecification priceType productID ratingCount ratingValue reviewCount seller size sku "
        "suggestedAge suggestedGender type url value variesBy"
    ).split()
}
_MAX_DEPTH = 20
# Keys schema.org never writes: capitalized ("Offers", "@Type"), or a name of several words all lower-case.
_CAPITALIZED = re.compile(r'"@?[A-Z][A-Za-z0-9]*"\s*:')
_LOWERED = re.compile('"(?:' + "|".join(name.lower() for name in _NAMES.values() if name.lower() != name) + ')"\\s*:')


def jsonld_documents(scripts: list[tuple[str | None, str]]) -> list[Any]:
    """Every JSON value in the page's ``application/ld+json`` scripts, in page order, with the schema.org names it
    uses spelt as schema.org spells them."""
    documents: list[Any] = []
    for kind, text in scripts:
        if "ld+json" in (kind or "").lower():
            found = loads_lenient(text)
            # Walking a large graph costs more than two scans of its text for a key spelt otherwise.
            if _CAPITALIZED.search(text) is not None or _LOWERED.search(text) is not None:
                found = [_spelt(document) for document in found]
            documents.extend(found)
    return documents


def _spelt(value: Any, depth: int = 0) -> Any:
    if depth > _MAX_DEPTH:
        return value
    if isinstance(value, list):
        return [_spelt(item, depth + 1) for item in cast("list[Any]", value)]
    if not isinstance(value, dict):
        return value
    node = cast("dict[str, Any]", value)
    spelt: dict[str, Any] = {}
    for key, item in node.items():
        name = _NAMES.get(key.lower(), key)
        # A key spelt right wins over a twin spelt otherwise.
        if name in spelt and name != key:
            continue
        spelt[name] = _spelt(item, depth + 1) if isinstance(item, (dict, list)) else item
    return spelt
