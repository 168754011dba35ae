"""How a page writes a price across elements: the cents in an element of their own, and a reduction it states.

Both are told by the page's structure and numbers, not by words in one language: a two-digit element written right
against a whole amount ("R$ 1.345<sup>50</sup>", "$<span>247</span><sup>99</sup>") is its cents; of two prices in
one small box that also writes a percentage taking the higher to the lower ("11 089 Kč -30 % 7 760 Kč"), the higher
is the price before the reduction, whatever word labels it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from selectolax.lexbor import LexborNode

from aisle_mcp.providers.local.extractor.layout import node_text
from aisle_mcp.providers.local.extractor.values import placed_prices

_TWO_DIGITS = re.compile(r"\d\d")
# An amount that is a percentage: "10% OFF", "-30 %".
_PERCENT_AT = re.compile(r"[^\d]{0,3}\d{1,3}(?:[.,]\d+)?\s?%")
_PERCENT = re.compile(r"(?<![\d.,])(\d{1,2})(?:[.,]\d)?\s?%")
_HUNDRED = Decimal(100)
# A percentage shops round to a whole number: the one the two prices imply is within a point of it.
_PERCENT_SLACK = Decimal(1)
_BOX_REACH = 3
_MAX_BOX = 600


def split_cents(node: LexborNode, text: str, url: str) -> list[tuple[Decimal, str | None]] | None:
    """The amounts an element's text writes when it holds its price's cents in an element of their own, with no
    decimal mark before them: the whole amount and its cents as one, percentages ("10% OFF") left out. ``None`` when
    the element holds no such cents, and its text reads as it is."""
    if not any(part is not node and _cents_element(part) for part in node.traverse()):
        return None
    placed = [found for found in placed_prices(text, url) if not _PERCENT_AT.match(text, found[0])]
    written: list[tuple[Decimal, str | None]] = []
    index = 0
    while index < len(placed):
        start, amount, currency = placed[index]
        following = placed[index + 1] if index + 1 < len(placed) else None
        # The cents follow the whole amount with only a blank between: the joined text of the two elements.
        # The currency may follow the cents ("316<sup>79</sup> лв."): then it is the whole price's.
        if (
            following is not None
            and (following[2] is None or currency is None or following[2] == currency)
            and following[1] < _HUNDRED
            and amount == amount.to_integral_value()
            and _TWO_DIGITS.fullmatch(text[following[0] : following[0] + 3].rstrip())
            and text[start : following[0]].rstrip()[-1:].isdigit()
            and text[start : following[0]].endswith(" ")
        ):
            written.append((amount + following[1] / _HUNDRED, currency or following[2]))
            index += 2
            continue
        written.append((amount, currency))
        index += 1
    return written


def _cents_element(part: LexborNode) -> bool:
    """Whether an element is two digits alone, written right against a whole amount (no blank between, so a shopper
    reads them as one price): a price's cents."""
    if part.tag == "-text":
        return False
    own = (part.text(deep=True) or "").strip()
    if len(own) != 2 or not own.isdigit():
        return False
    before = part.prev
    written = (before.text(deep=True) or "") if before is not None else ""
    return written[-1:].isdigit()


def reduced_beside(node: LexborNode, amount: Decimal, others: list[tuple[LexborNode, Decimal]]) -> bool:
    """Whether a price is the one before a reduction its box states: a lower price of ``others`` sits in the same
    small box as it, and the box writes a percentage that takes this price to that one."""
    lower = [(other, value) for other, value in others if value < amount]
    if not lower:
        return False
    box = node.parent
    for _ in range(_BOX_REACH):
        if box is None or box.tag in ("body", "html"):
            return False
        text = node_text(box)
        if len(text) > _MAX_BOX:
            return False
        inside = {part.mem_id for part in box.traverse()}
        here = [value for other, value in lower if other.mem_id in inside]
        if here:
            implied = [(1 - value / amount) * _HUNDRED for value in here]
            stated = [Decimal(match.group(1)) for match in _PERCENT.finditer(text)]
            return any(abs(cut - said) <= _PERCENT_SLACK for cut in implied for said in stated)
        box = box.parent
    return False
