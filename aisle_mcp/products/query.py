"""Filters a shopper's words imply: "red linen shirt under $50" → color red, material linen, price ≤ 50.

Pure and provider-independent, so every provider applies the same reading and the answer can show it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aisle_mcp.products.model import to_amount
from aisle_mcp.products.search import SearchFilters

COLORS = frozenset(
    [
        "black",
        "white",
        "red",
        "blue",
        "green",
        "yellow",
        "orange",
        "purple",
        "pink",
        "brown",
        "grey",
        "gray",
        "beige",
        "navy",
        "teal",
        "maroon",
        "olive",
        "burgundy",
        "khaki",
        "ivory",
        "cream",
        "gold",
        "silver",
        "tan",
        "turquoise",
        "lavender",
        "charcoal",
        "coral",
        "mint",
        "violet",
    ]
)
MATERIALS = frozenset(
    [
        "linen",
        "cotton",
        "wool",
        "leather",
        "suede",
        "denim",
        "silk",
        "cashmere",
        "polyester",
        "nylon",
        "canvas",
        "bamboo",
        "merino",
        "fleece",
        "velvet",
        "satin",
        "corduroy",
        "rubber",
        "steel",
        "aluminum",
        "aluminium",
        "wood",
        "wooden",
        "oak",
        "walnut",
        "ceramic",
        "glass",
        "titanium",
        "gore-tex",
        "goretex",
    ]
)
_MONEY = r"(?:[$€£]\s*)?(\d+(?:[.,]\d{1,2})?)\s*(?:dollars|usd|eur|euros?|gbp|pounds|bucks|[$€£])?"
_SIGNED = r"(?:[$€£]\s*(\d+(?:[.,]\d{1,2})?)|(\d+(?:[.,]\d{1,2})?)\s*(?:[$€£]|dollars|usd|eur|euros?|gbp|pounds))"
_PRICE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\bbetween\s+{_MONEY}\s+(?:and|to|-)\s+{_MONEY}", re.I), "range"),
    (re.compile(rf"(?<![\w.])[$€£]\s*(\d+(?:[.,]\d{{1,2}})?)\s*(?:-|to)\s*{_MONEY}", re.I), "range"),
    (re.compile(rf"\b(?:under|below|less than|cheaper than|at most)\s*{_MONEY}", re.I), "max"),
    (re.compile(rf"\b(?:over|above|more than|at least)\s*{_MONEY}", re.I), "min"),
    # "max", "from" and the like are also words of product names ("Air Max 90"): only with a currency sign.
    (re.compile(rf"(?:\b(?:max(?:imum)?|up to)|<=?)\s*{_SIGNED}", re.I), "max"),
    (re.compile(rf"(?:\b(?:min(?:imum)?|from|starting at)|>=?)\s*{_SIGNED}", re.I), "min"),
)
_IN_STOCK = re.compile(r"\b(?:in[- ]stock|available now)\b", re.I)
_WORD = re.compile(r"[a-z][a-z-]*", re.I)


@dataclass(frozen=True)
class Understood:
    text: str
    """The query with the filter phrases taken out: what is left to match against products."""
    implied: SearchFilters


def understand(query: str) -> Understood:
    """Split a query into the words to match and the filters it implies."""
    text = query
    values: dict[str, object] = {}
    for pattern, kind in _PRICE_PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        if kind == "range":
            low, high = to_amount(match.group(1).replace(",", ".")), to_amount(match.group(2).replace(",", "."))
            if low is not None and high is not None and low > high:
                low, high = high, low  # "between $50 and $20" means the same range as "between $20 and $50"
            values.setdefault("price_min", low)
            values.setdefault("price_max", high)
        else:
            number = next(g for g in match.groups() if g)
            values.setdefault(f"price_{kind}", to_amount(number.replace(",", ".")))
        text = text[: match.start()] + " " + text[match.end() :]
    if _IN_STOCK.search(text):
        values["in_stock"] = True
        text = _IN_STOCK.sub(" ", text)
    words = _WORD.findall(text.lower())
    colors = [w for w in words if w in COLORS]
    materials = [w for w in words if w in MATERIALS]
    # Only a single, unambiguous color or material becomes a filter; "black and white" stays text.
    taken: set[str] = set()
    if len(set(colors)) == 1:
        values["color"] = colors[0]
        taken.add(colors[0])
    if len(set(materials)) == 1:
        values["material"] = materials[0]
        taken.add(materials[0])
    if taken:
        text = " ".join(w for w in text.split() if w.lower() not in taken)
    implied = SearchFilters.model_validate({k: v for k, v in values.items() if v is not None})
    if implied.price_min is not None and implied.price_max is not None and implied.price_min > implied.price_max:
        implied = implied.model_copy(update={"price_min": None})
    return Understood(text=" ".join(text.split()), implied=implied)
