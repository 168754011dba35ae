"""Which of a query's words are searched, and which one names the kind of product: its head.

Words that join a query ("for", "with", "a", "the") are not searched: every product has them somewhere, and
a product that only shares them shares nothing. The head is the noun that says what the product is: in English
shopper queries the last word before a phrase such as "for ..." or "with ...", numbers and measures aside
("cordless drill" → drill, "rug for a small living room" → rug, "toilet flange 3 inch" → flange).
"""

from __future__ import annotations

from aisle_mcp.providers.local.tokens import fold, has_digit, measure_unit, measured, words

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
_BOUNDS = frozenset(("under", "over", "below", "above", "than", "least", "most", "upto"))
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
    """The words of a query that are searched: all but the joining words, a unit after its number ("30 inch":
    products write it "30 in.", "30\"", "30-Inch"; the number says what matters), and a bound before a size
    ("tv under 55 inches": a size, not a price, and no product says "under")."""
    kept: list[str] = []
    for position, word in enumerate(plain):
        before = plain[position - 1] if position > 0 else ""
        # "2in x 4in": "x" is no word; but a measurement with its own unit has none after it ("6cuft yard cart").
        after_number = before[:1].isdigit() and (word == "x" or measure_unit(before) is None)
        before_number = position + 1 < len(plain) and plain[position + 1][:1].isdigit()  # "under 20in"
        if word in JOINING or (word in _MEASURES and after_number) or (word in _BOUNDS and before_number):
            continue
        kept.append(word)
    return kept


def head(text: str) -> str | None:
    """The word that names the kind of product asked for, or None when the query has no plain noun.

    A compound of words joined by a hyphen at the end ("headphone stand over-ear", "shirt long-sleeve") says what
    the product is like, not what it is; one whose first part is a letter ("t-shirt", "e-bike") names it.
    """
    said: list[str] = []
    folded = fold(text)
    # A measurement is one word first: the "in" of "30 in. gas range" is an inch, not a phrase after the head.
    for chunk in (measured(folded) if has_digit(folded) else folded).split():
        parts = words(chunk)
        if "-" in chunk and len(parts) > 1 and len(parts[0]) > 1:
            said.extend(f"-{part}" for part in parts)  # marked: not a head
        else:
            said.extend(parts)
    for position, word in enumerate(said):
        # Between two sizes, "by" joins the dimensions of one ("3 in by 3 in angle", "#8 by 1-1/4 in screws").
        sizes = word == "by" and has_digit(said[position - 1]) and has_digit(said[min(position + 1, len(said) - 1)])
        if (word in _BOUNDARY or word in _BOUNDS) and position > 0 and not sizes:
            said = said[:position]
            break
    for word in reversed(said):
        if word[0] != "-" and word not in JOINING | _MEASURES | QUALIFIERS and not has_digit(word) and len(word) > 2:
            return word
    return None


_NO_KIND = JOINING | _MEASURES | QUALIFIERS


def kind_words(title: str, skip: frozenset[str] = frozenset()) -> list[str]:
    """What a product's title (its first part) says the product is, read as ``head`` reads a query: the last
    plain noun before a phrase such as "with ..." or "in ...", every part of it when it is written with a slash
    ("Drill/Driver"), and a noun joined to it by "and" ("Paint and Primer"). Words in ``skip`` (colors) are no
    kind: "Headphones Black" are headphones."""
    folded = fold(title)
    chunks = (measured(folded) if has_digit(folded) else folded).split()
    for position, chunk in enumerate(chunks):
        if position > 0 and (chunk in _BOUNDARY or chunk in _BOUNDS):
            chunks = chunks[:position]
            break

    def nouns(chunk: str) -> list[str]:
        parts = words(chunk)
        if "-" in chunk and len(parts) > 1 and len(parts[0]) > 1:
            return []  # "Pull-Down", "Self-Propelled": what it is like
        return [w for w in parts if w not in _NO_KIND and w not in skip and not has_digit(w) and len(w) > 2]

    for position in range(len(chunks) - 1, -1, -1):
        found = nouns(chunks[position])
        if not found:
            continue
        if position >= 2 and chunks[position - 1] in ("and", "&"):
            found += nouns(chunks[position - 2])
        return found
    return []
