"""Product codes a page writes for its own scripts and links rather than for a shopper: a product parameter of its
address, an analytics data layer's item id, a ``data-*`` attribute named for the product's code.

They are read only when nothing on the page labels a code and no markup gives one. Each kind names what it holds
(``?sku=``, ``"item_id"``, ``data-product-code``); a code that two kinds write counts before one only one writes,
and the first kind's is taken only when it is the one code of its kind: a data layer listing several items (a
cart, recommendations) says nothing of which is the page's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlsplit

from selectolax.lexbor import LexborNode

from aisle_mcp.providers.local.extractor.values import CODE_SHAPE

# Names shops give a product's code in query strings, data layers and attributes, squeezed (no "-" or "_") and
# lower-cased. Only names that say code or sku: an "id" (``product_id``, GA4's ``item_id``, a URL's trailing number)
# is as often the shop's internal id, which the sku convention does not take, as the code it shows.
_NAMES = frozenset(
    [
        "sku",
        "productsku",
        "itemsku",
        "productcode",
        "itemcode",
        "articlecode",
        "stylecode",
        "articlenumber",
        "itemnumber",
        "productnumber",
        "stylenumber",
    ]
)
_LAYER_KEY = re.compile(
    r"""["']?((?:item_?|product_?)?sku|(?:item|product|article|style)_?(?:code|number))["']?\s*:\s*["']?"""
    r"""([A-Za-z0-9][A-Za-z0-9._/-]{2,40})""",
    re.IGNORECASE,
)
_LAYER_LIST = re.compile(r"""["']?(?:products|items)["']?\s*:\s*\[""")
_LAYER_REACH = 600
_MAX_SCRIPTS = 200
_SHORTEST = 4


def _code(value: str | None) -> str | None:
    """A value that has the shape of a product's code: one word of letters, digits and marks, with a digit."""
    if not value:
        return None
    value = value.strip()
    if len(value) < _SHORTEST or not CODE_SHAPE.fullmatch(value) or not any(char.isdigit() for char in value):
        return None
    return value


def address_codes(url: str) -> list[str]:
    """The codes the page's address names in its query (``?sku=AB-123``)."""
    return [
        code
        for name, value in parse_qsl(urlsplit(url).query)
        if name.replace("_", "").replace("-", "").lower() in _NAMES and (code := _code(value))
    ]


def layer_codes(scripts: Iterable[tuple[str | None, str]]) -> list[str]:
    """The product ids an analytics data layer or a tracking call gives (``dataLayer.push({... "item_id": ...})``):
    the ones inside its products or items list."""
    found: list[str] = []
    for count, (_, text) in enumerate(scripts):
        if count >= _MAX_SCRIPTS:
            break
        if "products" not in text and "items" not in text:
            continue
        for listed in _LAYER_LIST.finditer(text):
            window = text[listed.end() : listed.end() + _LAYER_REACH]
            # The first object of the list: its keys up to its closing brace.
            window = window[: window.find("}") + 1 or None]
            for key in _LAYER_KEY.finditer(window):
                if (code := _code(key.group(2))) is not None:
                    found.append(code)
                    break
    return list(dict.fromkeys(found))


# The spellings of those names as ``data-*`` attributes, for one selector query.
ATTRIBUTES = ", ".join(
    f"[data-{name}]"
    for name in (
        "sku", "product-sku", "item-sku", "product-code", "productcode", "item-code", "itemcode", "article-code",
        "style-code", "article-number", "item-number", "product-number", "style-number",
    )
)  # fmt: skip


def attribute_codes(nodes: Iterable[LexborNode]) -> list[str]:
    """The codes ``data-*`` attributes named for a product's code carry (``data-sku``, ``data-product-code``)."""
    found: list[str] = []
    for node in nodes:
        for name, value in node.attributes.items():
            named = name.startswith("data-") and name[5:].replace("-", "").replace("_", "") in _NAMES
            if named and (code := _code(value)) is not None:
                found.append(code)
    return list(dict.fromkeys(found))


def page_code(kinds: list[list[str]]) -> str | None:
    """The code the kinds agree on, else the one code of the first kind that writes exactly one."""
    seen: dict[str, int] = {}
    for codes in kinds:
        for code in set(codes):
            seen[code.casefold()] = seen.get(code.casefold(), 0) + 1
    for codes in kinds:
        for code in codes:
            if seen[code.casefold()] > 1:
                return code
    for codes in kinds:
        if len(codes) == 1:
            return codes[0]
    return None
