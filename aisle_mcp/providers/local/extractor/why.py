"""Why a page gave no product, in words an agent can act on: not HTML, built by JavaScript, or a listing page."""

from __future__ import annotations

import re
from collections import Counter

from selectolax.lexbor import LexborDocumentOptions, LexborHTMLParser

from aisle_mcp.providers.local.extractor.page import read
from aisle_mcp.providers.local.extractor.values import prices_in_text

_HTML_TYPES = ("text/html", "application/xhtml", "text/xml", "application/xml", "text/plain")
# Below this much visible text, a page that loads scripts shows what its scripts build, not what the HTML holds.
_SCRIPTED_TEXT = 200
_CARDS = 4
_CARD_TAGS = "li, article, div, section"
_MONEY = re.compile(r"\d")


def no_product_reason(html: str | bytes, content_type: str | None = None) -> str:
    """One line saying why no product was read from the page."""
    kind = (content_type or "").split(";", 1)[0].strip().lower()
    if kind and not kind.startswith(_HTML_TYPES):
        return f"not HTML: {kind}"
    text, utf8 = read(html)
    tree = LexborHTMLParser(text if utf8 is None else utf8, options=LexborDocumentOptions.WO_EVENTS)
    scripts = len(tree.css("script"))
    for node in tree.css("script, style, noscript, template"):
        node.decompose()
    body = tree.body
    visible = " ".join((body.text(deep=True, separator=" ") if body is not None else "").split())
    if len(visible) < _SCRIPTED_TEXT and scripts:
        return "the page builds its content with JavaScript (no product in the HTML)"
    cards = _product_cards(tree)
    if cards >= _CARDS:
        return f"a listing page, not a product page ({cards} product cards)"
    return "no product found on the page: no structured product data, and no heading with a price or code"


def _product_cards(tree: LexborHTMLParser) -> int:
    """How many blocks of one kind (same tag and class) each hold a link and a price: a listing's product cards."""
    kinds: Counter[tuple[str, str]] = Counter()
    for node in tree.css(_CARD_TAGS):
        names = node.attributes.get("class")
        if not names or node.css_first("a[href]") is None:
            continue
        words = node.text(deep=True, separator=" ")
        if len(words) > 400 or not _MONEY.search(words):
            continue
        if any(currency for _, currency in prices_in_text(words)):
            kinds[node.tag or "", names] += 1
    return max(kinds.values(), default=0)
