"""Filters a shopper's words imply: "red linen shirt under $50" → color red, material linen, price ≤ 50; and the
order some ask for: "cheapest running shoes" → price_asc.

Pure and provider-independent, so every provider applies the same reading and the answer can show it.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from decimal import Decimal

from aisle_mcp.products import wording
from aisle_mcp.products.model import to_amount
from aisle_mcp.products.search import SearchFilters, SortOrder

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
# Currency words, the longer spelling first ("euros" whole, not "eur" and a stray "os").
_UNIT = r"(?:dollars?|usd|euros?|eur|gbp|pounds?|bucks)\b"
_MONEY = rf"(?:[$€£]\s*)?(\d+(?:[.,]\d{{1,2}})?)\s*(?:{_UNIT}|[$€£])?"
_SIGNED = rf"(?:[$€£]\s*(\d+(?:[.,]\d{{1,2}})?)|(\d+(?:[.,]\d{{1,2}})?)\s*(?:[$€£]|{_UNIT}))"
_PRICE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\bbetween\s+{_MONEY}\s+(?:and|to|-)\s+{_MONEY}", re.I), "range"),
    (re.compile(rf"(?<![\w.])[$€£]\s*(\d+(?:[.,]\d{{1,2}})?)\s*(?:-|to)\s*{_MONEY}", re.I), "range"),
    (re.compile(rf"\b(?:under|below|less than|cheaper than|at most)\s*{_MONEY}", re.I), "max"),
    (re.compile(rf"\b(?:over|above|more than|at least)\s*{_MONEY}", re.I), "min"),
    # "max", "from" and the like are also words of product names ("Air Max 90"): only with a currency sign.
    (re.compile(rf"(?:\b(?:max(?:imum)?|up to)|<=?)\s*{_SIGNED}", re.I), "max"),
    (re.compile(rf"(?:\b(?:min(?:imum)?|from|starting at)|>=?)\s*{_SIGNED}", re.I), "min"),
    # "around $100", or an amount with its currency opening or closing the query ("$50 headphones"): a price near
    # it. Inside a title it is more often an offer's ("Claim £200 cashback").
    (re.compile(rf"\b(?:around|about|approx(?:imately)?|roughly|circa)\s*{_MONEY}", re.I), "near"),
    (re.compile(rf"^\s*{_SIGNED}|(?<![\w.]){_SIGNED}\s*$", re.I), "near"),
)
DESCRIBED = 4
"""Up to this many words, a query describes what the shopper wants, and its color or material is a filter."""
NEAR = Decimal("0.2")
"""How far from "around $100" a price may be: 80 to 120."""
_UNIT_AFTER = re.compile(
    r"""\s*(?:["”″%]|''|x\b|(?:inch(?:es)?|cm|mm|m|km|ft|feet|foot|yards?|kg|g|grams?|lbs?|oz|ml|l|lit(?:er|re)s?"""
    r"|gal(?:lons?)?|qt|cups?|w|watts?|kw|v|volts?|mah|wh|mb|gb|tb|hz|khz|mhz|ghz|mp|megapixels?|pcs|pieces?|packs?"
    r"|people|persons?|seats?|years?|yrs?|months?|hours?|hrs?|min(?:ute)?s?|mph|rpm|psi|cc)\b)",
    re.I,
)
"""A measurement's unit: "under 55 inches" or "over 2 TB" is a size, not a price."""
_WEIGHT = re.compile(r"\d+(?:[.,]\d{1,2})?\s*pounds?", re.I)
_CURRENCY = re.compile(rf"[$€£]|\b{_UNIT}", re.I)
_SORT_WORDS: dict[SortOrder, str] = {
    "price_asc": r"cheapest|least expensive|lowest[- ]priced?|prices?:? (?:from )?low(?:est)? to high(?:est)?",
    "price_desc": r"most expensive|priciest|highest[- ]priced?|prices?:? (?:from )?high(?:est)? to low(?:est)?",
    "rating": r"(?:best|top|highest)[- ](?:rated|reviewed)|best reviews",
    "newest": r"newest|most recent|recently added",
}
_SORTS: tuple[tuple[re.Pattern[str], SortOrder], ...] = tuple(
    (re.compile(rf"\b(?:{words})\b", re.I), order) for order, words in _SORT_WORDS.items()
)
"""Words that ask for an order rather than name a product: "cheapest running shoes", "best rated kettle"."""
_IN_STOCK = re.compile(r"\b(?:in[- ]stock|available now)\b", re.I)
_WORD = re.compile(r"[a-z][a-z-]*", re.I)


@dataclass(frozen=True)
class Understood:
    text: str
    """The query with the filter phrases taken out: what is left to match against products."""
    implied: SearchFilters
    sort: SortOrder | None = None
    """The order the words ask for ("cheapest" → price_asc), if any."""
    audience: str | None = None
    """Who the product is for ("for a 10 year old" → kids), put in front of ``text`` as a word products use."""
    filler: tuple[str, ...] = ()
    """Filler and intent phrases read and not searched ("gift", "something nice", "for my mom")."""
    ignored: tuple[str, ...] = ()
    """Price phrases that cannot be prices ("under -20 dollars"), read as nothing."""
    said: str = ""
    """``text`` with its implied color and material still in their places ("fiber glass extension ladder")."""


def loosened(understood: Understood, explicit: SearchFilters, kept: Collection[str] = ()) -> tuple[str, list[str]]:
    """For a search its implied color or material left empty: the text with those words put back in front (the
    head noun stays last), and which filters to drop. Nothing to drop when the shopper gave them explicitly, nor
    for the fields named in ``kept``."""
    names = [
        n
        for n in ("color", "material")
        if getattr(understood.implied, n) and getattr(explicit, n) is None and n not in kept
    ]
    said = [str(getattr(understood.implied, n)) for n in names]
    if said and understood.said:
        # Back in its place ("fiber glass extension ladder": products write "fiberglass"), unless that is last,
        # where it would stand for the head noun ("shelf bracket white").
        stay = {str(getattr(understood.implied, n)) for n in ("color", "material") if n not in names}
        placed = [w for w in understood.said.split() if w.lower() not in stay]
        if placed and placed[-1].lower() not in said:
            return " ".join(placed), names
    return " ".join([*said, understood.text]), names


def as_words(understood: Understood, explicit: SearchFilters, stated: Collection[str]) -> tuple[Understood, list[str]]:
    """The reading with an implied color or material that no product of the catalog states put back among the
    words ("white shelf bracket" in a catalog of titles only: "white" is ranked with the other words, not a filter
    that drops every bracket whose title leaves it out); and which filters that took away."""
    text, names = loosened(understood, explicit, kept=stated)
    if not names:
        return understood, []
    return replace(understood, text=text, implied=understood.implied.model_copy(update=dict.fromkeys(names))), names


def understand(query: str) -> Understood:
    """Split a query into the words to match and the filters it implies."""
    ignored, text = wording.negative_amounts(query)
    values: dict[str, object] = {}
    for pattern, kind in _PRICE_PATTERNS:
        match = next((m for m in pattern.finditer(text) if _is_price(m, text, kind)), None)
        if not match:
            continue
        if kind == "range":
            low, high = to_amount(match.group(1).replace(",", ".")), to_amount(match.group(2).replace(",", "."))
            if low is not None and high is not None and low > high:
                low, high = high, low  # "between $50 and $20" means the same range as "between $20 and $50"
            values.setdefault("price_min", low)
            values.setdefault("price_max", high)
        elif kind == "near":
            if "price_min" in values or "price_max" in values:
                continue  # "under $50" said it already: "$50" is that bound, not a second one
            amount = to_amount(next(g for g in match.groups() if g).replace(",", "."))
            if amount is None:
                continue
            values["price_min"] = (amount * (1 - NEAR)).quantize(Decimal("0.01"))
            values["price_max"] = (amount * (1 + NEAR)).quantize(Decimal("0.01"))
        else:
            number = next(g for g in match.groups() if g)
            values.setdefault(f"price_{kind}", to_amount(number.replace(",", ".")))
        if (code := wording.currency(match.group(0))) is not None:
            values.setdefault("currency", code)
        text = text[: match.start()] + " " + text[match.end() :]
    sort: SortOrder | None = None
    for pattern, order in _SORTS:
        if (found := pattern.search(text)) is not None:
            sort = sort or order
            text = text[: found.start()] + " " + text[found.end() :]
    if _IN_STOCK.search(text):
        values["in_stock"] = True
        text = _IN_STOCK.sub(" ", text)
    audience, text = wording.audience(text)
    excluded, text = wording.negated(text, COLORS | MATERIALS)
    if excluded:
        values["exclude"] = excluded
    filler, text = wording.filler(text)
    words = _WORD.findall(text.lower())
    # A long query is mostly a product's own name ("… Range Extender - White (TL-WA860RE)"), whose color another
    # shop may leave out: there the words stay words, weighed with the others, not filters.
    described = len(text.split()) <= DESCRIBED
    colors = [w for w in words if w in COLORS] if described else []
    materials = [w for w in words if w in MATERIALS] if described else []
    # Only a single, unambiguous color or material becomes a filter; "black and white" stays text.
    taken: set[str] = set()
    if len(set(colors)) == 1:
        values["color"] = colors[0]
        taken.add(colors[0])
    if len(set(materials)) == 1:
        values["material"] = materials[0]
        taken.add(materials[0])
    said = " ".join([audience, *text.split()] if audience else text.split())
    if taken:
        text = " ".join(w for w in text.split() if w.lower() not in taken)
    implied = SearchFilters.model_validate({k: v for k, v in values.items() if v is not None})
    if implied.price_min is not None and implied.price_max is not None and implied.price_min > implied.price_max:
        implied = implied.model_copy(update={"price_min": None})
    text = " ".join([audience, *text.split()] if audience else text.split())
    return Understood(text, implied, sort, audience, tuple(filler), tuple(ignored), said if taken else "")


def _is_price(match: re.Match[str], text: str, kind: str = "") -> bool:
    """A price phrase, unless its number is bare and a unit follows it ("under 55 inches", "over 2 TB"), or it is
    only a number of pounds with no price word before it ("bag of sand 50 pounds" is a weight)."""
    if kind == "near" and _WEIGHT.fullmatch(match.group(0).strip()):
        return False
    return bool(_CURRENCY.search(match.group(0))) or not _UNIT_AFTER.match(text, match.end())
