"""The parts of a shopper's query that are not product words: who it is for, filler and intent words, what the
shopper does not want, amounts that cannot be prices, and the currency an amount is in.

Pure functions on text, each returning what it read and the text without it (used by ``query.understand``).
"""

from __future__ import annotations

import re

_AGE = re.compile(r"\b(?:for\s+(?:a|an|my|our|the)?\s*)?(\d{1,2})[- ]?(?:years?|yrs?)[- ]olds?\b", re.I)
_FOR_WHOM = re.compile(
    r"\bfor\s+(?:(?:a|an|my|our|the|little|young)\s+)?"
    r"(kids?|children|child|toddlers?|bab(?:y|ies)|boys?|girls?|teens?|teenagers?|men|man|guys?|him|"
    r"women|woman|ladies|lady|her)\b",
    re.I,
)
AUDIENCES = {
    "kid": "kids", "kids": "kids", "children": "kids", "child": "kids", "toddler": "kids", "toddlers": "kids",
    "baby": "kids", "babies": "kids", "boy": "kids", "boys": "kids", "girl": "kids", "girls": "kids",
    "teen": "teens", "teens": "teens", "teenager": "teens", "teenagers": "teens",
    "men": "men", "man": "men", "guy": "men", "guys": "men", "him": "men",
    "women": "women", "woman": "women", "ladies": "women", "lady": "women", "her": "women",
}  # fmt: skip
"""Who a product is for, as shoppers say it, and the word products use for them."""
KID_AGE = 12
_RECIPIENT = re.compile(
    r"\bfor\s+(?:my|our|a|an|the|your)\s+(?:(?:little|big|older|younger|best)\s+)?"
    r"(?:mom|mum|mother|dad|father|parents?|wife|husband|partner|boyfriend|girlfriend|friend|friends|son|"
    r"daughter|grandma|grandpa|grandmother|grandfather|grandparents?|sister|brother|boss|coworker|colleague|"
    r"teacher|nephew|niece|family|someone|somebody)\b",
    re.I,
)
_FILLER = re.compile(
    r"\b(?:i\s+(?:need|want|am\s+looking\s+for|'m\s+looking\s+for)|looking\s+for|searching\s+for|show\s+me|"
    r"can\s+you\s+find|help\s+me\s+find|(?:who|that)\s+(?:likes?|loves?|enjoys?)|(?:gifts?|presents?)(?:\s+ideas?)?|"
    r"ideas?\s+for|something|anything|nice|lovely|awesome|perfect|please|best)\b",
    re.I,
)
"""Words that say what kind of answer is wanted, not what product: understood, not searched."""
_NEGATED = re.compile(
    r"\b(?:not|without|w/o|except|excluding|no)\s+(?:any\s+)?([a-z][a-z]+)\b|\bnon[- ]?([a-z]+)\b", re.I
)
_UNIT = r"(?:dollars?|usd|euros?|eur|gbp|pounds?|bucks)\b"
_NEGATIVE = re.compile(
    r"\b(?:under|below|less\s+than|cheaper\s+than|at\s+most|over|above|more\s+than|at\s+least|around|about|"
    rf"max(?:imum)?|min(?:imum)?|up\s+to|from)\s*[-\u2212]\s*[$€£]?\s*\d+(?:[.,]\d+)?\s*(?:{_UNIT}|[$€£])?",
    re.I,
)
_CURRENCIES = (
    (re.compile(r"\$|\b(?:dollars?|usd|bucks)\b", re.I), "USD"),
    (re.compile(r"€|\b(?:euros?|eur)\b", re.I), "EUR"),
    (re.compile(r"£|\b(?:pounds?|gbp|quid)\b", re.I), "GBP"),
)


def _cut(text: str, match: re.Match[str]) -> str:
    return text[: match.start()] + " " + text[match.end() :]


def audience(text: str) -> tuple[str | None, str]:
    """Who the product is for ("for kids", "for a 10 year old", "for him"), and the text without it."""
    found: str | None = None
    if (age := _AGE.search(text)) is not None:
        found = "kids" if int(age.group(1)) <= KID_AGE else "teens" if int(age.group(1)) < 18 else None
        text = _cut(text, age)
    if (whom := _FOR_WHOM.search(text)) is not None:
        found = found or AUDIENCES[whom.group(1).lower()]
        text = _cut(text, whom)
    return found, text


def filler(text: str) -> tuple[list[str], str]:
    """The filler and intent phrases of a query ("gift", "something nice", "for my mom"), and the text without
    them."""
    said: list[str] = []
    for pattern in (_RECIPIENT, _FILLER):
        for match in pattern.finditer(text):
            said.append(" ".join(match.group(0).lower().split()))
        text = pattern.sub(" ", text)
    return said, text


def negated(text: str, attributes: frozenset[str]) -> tuple[list[str], str]:
    """The words the shopper does not want ("not purple", "without arms", "non-leather"), and the text without
    them. "non-" excludes a color or material only: "non-slip" is what a mat is, not a word it must lack."""
    excluded: list[str] = []

    def take(match: re.Match[str]) -> str:
        word = (match.group(1) or match.group(2)).lower()
        if match.group(2) and word not in attributes:
            return match.group(0)
        excluded.append(word)
        return " "

    text = _NEGATED.sub(take, text)
    return list(dict.fromkeys(excluded)), text


def negative_amounts(text: str) -> tuple[list[str], str]:
    """Price phrases with a negative amount ("under -20 dollars"): no price is below zero, so they are read as
    nothing, and said."""
    said = [" ".join(m.group(0).split()) for m in _NEGATIVE.finditer(text)]
    return said, _NEGATIVE.sub(" ", text)


def currency(phrase: str) -> str | None:
    """The currency a price phrase names ("under 50 euros" → EUR), if any."""
    return next((code for pattern, code in _CURRENCIES if pattern.search(phrase)), None)
