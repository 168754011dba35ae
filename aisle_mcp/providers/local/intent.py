"""Which of a query's words are searched, and which one names the kind of product: its head.

Words that join a query ("for", "with", "a", "the") are not searched: every product has them somewhere, and
a product that only shares them shares nothing. The head is the noun that says what the product is: in English
shopper queries the last word before a phrase such as "for ..." or "with ...", numbers and measures aside
("cordless drill" → drill, "rug for a small living room" → rug, "toilet flange 3 inch" → flange).
"""

from __future__ import annotations

from aisle_mcp.providers.local.tokens import has_digit, words

JOINING = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "for",
        "with",
        "to",
        "in",
        "on",
        "at",
        "by",
        "from",
        "my",
        "your",
        "our",
        "his",
        "her",
        "their",
        "this",
        "that",
        "these",
        "those",
        "is",
        "are",
        "it",
        "its",
        "some",
        "any",
        "me",
        "i",
    ]
)
"""Words that join a query's other words and are not searched."""
_BOUNDARY = frozenset(("for", "with", "without", "to", "in", "on", "at", "by", "from", "that", "which"))
_MEASURES = frozenset(
    [
        "in",
        "inch",
        "inches",
        "ft",
        "feet",
        "foot",
        "cm",
        "mm",
        "m",
        "yd",
        "yard",
        "yards",
        "lb",
        "lbs",
        "oz",
        "gal",
        "gallon",
        "gallons",
        "qt",
        "ml",
        "l",
        "kg",
        "g",
        "w",
        "watt",
        "watts",
        "v",
        "volt",
        "volts",
        "amp",
        "amps",
        "mah",
        "gb",
        "tb",
        "mb",
        "hz",
        "pack",
        "pcs",
        "piece",
        "pieces",
        "count",
        "ct",
        "size",
        "x",
        "pair",
        "pairs",
    ]
)


QUALIFIERS = frozenset(("kids", "men", "women", "teens"))
"""Who a product is for (``products.wording.audience``): searched with other words, never alone in their place."""


def searched(plain: list[str]) -> list[str]:
    """The words of a query that are searched: all but the joining words (all of them when that is every word)."""
    kept = [w for w in plain if w not in JOINING]
    return kept


def head(text: str) -> str | None:
    """The word that names the kind of product asked for, or None when the query has no plain noun."""
    said = words(text)
    for position, word in enumerate(said):
        if word in _BOUNDARY and position > 0:
            said = said[:position]
            break
    for word in reversed(said):
        if word not in JOINING | _MEASURES | QUALIFIERS and not has_digit(word) and len(word) > 2:
            return word
    return None
