"""Choosing each core field's value from what the kinds of evidence say, by agreement, and how sure that choice is.

A value two independent kinds agree on is sure; one kind alone is taken with less confidence; when kinds disagree
and nothing settles it, the field stays empty and ``field_sources`` says why. A wrong value misleads an agent
more than an honest empty one.

The shop's code (sku) is the one the page shows a shopper: a structured sku that is written nowhere in the page's
text (an internal or image id, one size's id), or only in its address (the shop's id for its links), gives way to a
code the page shows under a label, given as the page writes it; words of a name joined by dashes are no code.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from aisle_mcp.products import Availability
from aisle_mcp.providers.local.extractor.codes import squeezed_code
from aisle_mcp.providers.local.extractor.evidence import VISIBLE, Evidence
from aisle_mcp.providers.local.extractor.values import CODE_SHAPE
from aisle_mcp.providers.local.extractor.words import MAKER_CODE_BEFORE

# Confidence of a value: two kinds agree; one structured kind; the visible page alone; a code not on the page.
AGREED = 0.95
STRUCTURED = 0.8
SEEN = 0.6
UNSHOWN = 0.5
# The most trusted kind's value when another kind states a different one.
DISPUTED = 0.4
HIDDEN_INPUT = f"{VISIBLE}:hidden-input"
URL_CODE = f"{VISIBLE}:labelled-url-code"
# A code the page writes for its scripts and links (its address, a data layer, a data-* attribute), not to shoppers,
# which two of them agree on; and one of them the page also shows, under a label no word list knows or none. The
# source says which kinds named it: "visible:page-code (address + data attribute)".
PAGE_CODE = f"{VISIBLE}:page-code"
SHOWN_CODE = f"{VISIBLE}:shown-code"
_MAX_PLACES = 64
_CODE_MARKS = re.compile(r"[.\-/ ]")
# A code stripped of its marks is looked for in the address only when long enough not to be any number there.
_BARE_CODE = 6
# A labelled value shorter than this is a size or a count as often as a code.
_SHORTEST = 4
_IN_SCRIPT = re.compile(r"<(?:script|style)\b", re.IGNORECASE)


@dataclass
class Choice:
    value: object | None
    source: str
    confidence: float


def shown_in(url: str, said: Callable[[str], bool]) -> Callable[[str], bool]:
    """Whether a code is written in the page's address, or in its text (``said``: see ``written_in``)."""
    lowered_url = url.lower()

    def shown(code: str) -> bool:
        if _whole_in(code.lower(), lowered_url):
            return True
        # An address writes a code without its dots and dashes ("002.937.72" as "-00293772/").
        bare = _CODE_MARKS.sub("", code)
        if (
            bare != code
            and len(bare) >= _BARE_CODE
            and any(c.isdigit() for c in bare)
            and _whole_in(bare.lower(), lowered_url)
        ):
            return True
        return said(code)

    return shown


def written_in(text: str) -> Callable[[str], bool]:
    """Whether a code is written in the page's text between tags, as a code of its own (not only in an attribute, a
    script or the page's address)."""
    # Each kind of evidence asks about its code; a page is long, so each code's answer is kept.
    known: dict[str, bool] = {}

    def said(code: str) -> bool:
        if code not in known:
            known[code] = written(code)
        return known[code]

    def written(code: str) -> bool:
        at = text.find(code)
        # A code repeated in hundreds of image addresses is looked at in its first few places only.
        for _ in range(_MAX_PLACES):
            if at < 0:
                break
            opened, closed = text.rfind("<", 0, at), text.rfind(">", 0, at)
            if closed > opened and not _IN_SCRIPT.match(text, opened) and _whole(text, at, at + len(code)):
                return True
            at = text.find(code, at + 1)
        return False

    return said


def _whole(text: str, start: int, end: int) -> bool:
    """Whether the code at ``start:end`` is written as a code of its own, not as the end or the start of a longer number
    or word ("840880732" in "N82E16840880732"); a letter glued to a number, as addresses write ids ("-x3410048.php",
    "-s99277508/"), parts them."""
    return not (start > 0 and _same_kind(text[start - 1], text[start])) and not (
        end < len(text) and _same_kind(text[end - 1], text[end])
    )


def _same_kind(one: str, other: str) -> bool:
    return (one.isdigit() and other.isdigit()) or (one.isalpha() and other.isalpha())


def _whole_in(code: str, text: str) -> bool:
    """Whether the text writes the code as one of its own (see ``_whole``) somewhere."""
    at = text.find(code)
    while at >= 0:
        if _whole(text, at, at + len(code)):
            return True
        at = text.find(code, at + 1)
    return False


_TAG = re.compile(r"<[^>]*>")
_LABEL_REACH = 200
_MAX_WRITTEN = 20


def maker_labelled(text: str, code: str) -> bool:
    """Whether the page writes the code as an element's whole text only after a maker's number label ("Hersteller-Nr.",
    "MPN", "Model number"), at least once: a structured sku that is the maker's number, where the shop's own code may
    be shown under its own label."""
    found = False
    start = text.find(code)
    for _ in range(_MAX_WRITTEN):
        if start < 0:
            break
        end = start + len(code)
        before = text[max(0, start - _LABEL_REACH) : start].rstrip()
        # Written as an element's text, not inside an attribute or a script's JSON ("sku": "…").
        if before.endswith(">") and text[end : end + 20].lstrip().startswith("<"):
            label = " ".join(_TAG.sub(" ", before).split())
            if MAKER_CODE_BEFORE.search(label) is None:
                return False
            found = True
        start = text.find(code, end)
    return found


def internal_id(text: str) -> Callable[[str], str | None]:
    """What a code is when it is the page's own id rather than a code it shows: the id it names its elements by
    (``id="product-3336"``, ``class="postid-3336"``), or the id in its images' addresses (``/ids/574515/shoe.jpg``,
    ``/574515.jpg``); ``None`` when it is neither."""

    def said(code: str) -> str | None:
        piece = rf"(?<![A-Za-z0-9]){re.escape(code)}(?![A-Za-z0-9])"
        if re.search(rf"""\s(?:id|class)\s*=\s*["'][^"'<>]{{0,200}}?{piece}""", text, re.IGNORECASE):
            return "the id the page names its elements by"
        if re.search(rf"/{re.escape(code)}(?:[/_.-][^\s\"'<>]{{0,120}}?)?\.{_IMAGE}", text, re.IGNORECASE):
            return "the id in its images' addresses"
        return None

    return said


# The picture formats shops serve, ending an image's address (a query may follow).
_IMAGE = r"(?:jpe?g|png|webp|gif|avif)(?![A-Za-z0-9])"


def amount_forms(amount: Decimal) -> list[str]:
    """The ways a page writes an amount: ``1299.5`` as ``1,299.50``, ``1.299,50``, ``1 299,50``, ``1299.50``…"""
    whole, _, cents = f"{amount.quantize(Decimal('0.01')):f}".partition(".")
    groups = [whole[max(0, end - 3) : end] for end in range(len(whole), 0, -3)][::-1]
    wholes = {whole, *(mark.join(groups) for mark in (",", ".", " ") if len(groups) > 1)}
    forms = {f"{written}{mark}{cents}" for written in wholes for mark in ".,"}
    return sorted(forms | (wholes if cents == "00" else set()), key=len, reverse=True)


def amount_shown(text: str) -> Callable[[Decimal], bool]:
    """Whether a page writes an amount in its text between tags as a number of its own, in one of the usual ways (see
    ``amount_forms``): not in a script or an attribute, nor as a piece of a longer number ("50.95" in "650.95")."""
    # The page lower-cased, made once and only when an amount is asked about (rarely), to find script tags in any case.
    lowered: list[str] = []

    def written(amount: Decimal) -> bool:
        if not lowered:
            lowered.append(text.lower())
        page = lowered[0]
        forms = "|".join(map(re.escape, amount_forms(amount)))
        # One scan for all the forms; a hit counts between tags and outside any script or style.
        for match in re.finditer(rf"(?<![\d.,])(?:{forms})(?![\d]|[.,]\d)", text):
            at = match.start()
            if page.rfind(">", 0, at) < page.rfind("<", 0, at):
                continue
            if any(page.rfind(f"<{tag}", 0, at) > page.rfind(f"</{tag}", 0, at) for tag in ("script", "style")):
                continue
            return True
        return False

    return written


def written_amount(amount: Decimal, shown: Callable[[str], bool]) -> bool:
    """Whether the page writes the amount in its text in one of the usual ways (see ``shown_in``)."""
    return any(shown(form) for form in amount_forms(amount))


_POWERS_OF_TEN = frozenset(Decimal(10) ** power for power in (1, 2, 3))


_SLUG = re.compile(r"[a-z]+(?:-[a-z]+)+")
_NAME_WORD = 4


def slug(value: str, title: str) -> bool:
    """Whether a value is words joined by dashes as an address writes a name: lower-case words ("acme-trail-shoe"),
    or the product's own name's words ("xps-14-laptop" for "Lumen XPS 14 Laptop", with one a word of letters): a
    name, not a code."""
    if _SLUG.fullmatch(value) is not None:
        return True
    pieces = value.casefold().split("-")
    words = set(title.casefold().split())
    return (
        len(pieces) > 1
        and all(piece in words for piece in pieces)
        and any(piece.isalpha() and len(piece) >= _NAME_WORD for piece in pieces)
    )


def _same_code(one: str, other: str) -> bool:
    return one.casefold() == other.casefold()


def choose_sku(
    evidence: list[Evidence],
    shown: Callable[[str], bool],
    page_id: Callable[[str], str | None] = lambda _: None,
    priced: Callable[[Decimal], bool] = lambda _: False,
    in_text: Callable[[str], bool] | None = None,
) -> Choice:
    """The code the page shows; ``priced`` tells whether the page writes an amount in its text (see
    ``amount_shown``), ``in_text`` whether it writes a code in its text rather than only in its address (see
    ``written_in``)."""
    title = next((item.title for item in evidence if item.title), "")
    structured = [
        (item.source, item.sku)
        for item in evidence
        if item.sku and item.source != VISIBLE and not slug(item.sku, title)
    ]
    visible = next((item for item in evidence if item.source == VISIBLE and item.sku), None)
    said = visible.sources.get("sku", VISIBLE) if visible is not None else ""
    hidden = said.startswith((HIDDEN_INPUT, PAGE_CODE))
    labelled = visible.sku if visible is not None and not hidden else None
    for source, value in structured:
        # A code is one word ("OPTIPLEX 9010 TOWER" is a model's name); a name shown on the page confirms nothing.
        if shown(value) and (labelled is None or CODE_SHAPE.fullmatch(value)):
            if labelled is not None and len(squeezed_code(labelled)) >= _SHORTEST and in_text and not in_text(value):
                # A code the page writes only in its address is the shop's id for its links as often as the code it
                # shows: the code it shows under a label is the shopper's, given as the page writes it ("800/9787"
                # where the structured data and the address say 8009787).
                same = squeezed_code(labelled) == squeezed_code(value)
                return Choice(labelled, said, AGREED if same else SEEN)
            agree = [kind for kind, other in structured if _same_code(other, value)]
            if labelled is not None and _same_code(labelled, value):
                agree.append(VISIBLE)
            return Choice(value, source, AGREED if len(set(agree)) > 1 else STRUCTURED)
    if labelled is not None:
        return Choice(labelled, said, SEEN)
    values = list(dict.fromkeys(value for _, value in structured))
    if visible is not None and said.startswith(PAGE_CODE) and visible.sku:
        # Two of the page's own sources agree on a code, which a structured value alone does not outweigh.
        same = [source for source, value in structured if _same_code(value, visible.sku)]
        return Choice(visible.sku, said, AGREED if same else SEEN)
    if len(values) == 1 and (reason := page_id(values[0])) is not None:
        # The shop's id for the product (a WooCommerce product without a SKU gives its post id) or for its picture
        # (a size's id in an image server's path), which the page's elements or images are named by and no shopper
        # reads.
        return Choice(None, f"unsure: {structured[0][0]} says {values[0]}, {reason}, not a code it shows", 0.0)
    if len(values) == 1 and any(
        item.price is not None and priced(item.price) for item in evidence if item.source != VISIBLE
    ):
        # A page that writes its price in its text but a structured code nowhere, neither there nor in its address,
        # shows no code: that one is an id for the shop's systems (a listing's, an image's, one size's). A page
        # that writes neither draws its product with scripts, which may well show the code.
        said = f"unsure: {structured[0][0]} says {values[0]}, which the page does not show beside the price it shows"
        return Choice(None, said, 0.0)
    if len(values) == 1:
        return Choice(values[0], structured[0][0], UNSHOWN)
    if len(values) > 1:
        said = "; ".join(f"{source} says {value}" for source, value in structured)
        return Choice(None, f"unsure: {said}, and the page shows none of them", 0.0)
    if visible is not None and visible.sku:
        return Choice(visible.sku, said, UNSHOWN)
    named = next((item for item in evidence if item.sku and item.source != VISIBLE), None)
    if named is not None and named.sku:
        return Choice(None, f"unsure: {named.source} says {named.sku}, the words of a name, not a code", 0.0)
    return Choice(None, "", 0.0)


def choose_price(evidence: list[Evidence], written: Callable[[str], bool]) -> tuple[Evidence | None, str, float]:
    """The evidence whose price counts: the most trusted kind's, surer when another kind states the same amount."""
    priced = [item for item in evidence if item.price is not None]
    if not priced:
        return None, "", 0.0
    best = priced[0]
    ranged = next((item for item in evidence if item.price is None and item.price_range is not None), None)
    if ranged is not None and ranged.price_range is not None and best.price is not None:
        low, high = ranged.price_range
        if not low <= best.price <= high:
            # The offers sell from low to high: an amount outside that is not one of them (another seller's, an add-on).
            span = f"{format(low, 'f')} to {format(high, 'f')}"
            said = f"unsure: {ranged.source} offers sell from {span}; {best.source} says {format(best.price, 'f')}"
            return None, said, 0.0
    page = next((item for item in priced if item.source == VISIBLE), None)
    if page is not None and page is not best and _slipped(best, page, written):
        # A structured amount the page writes nowhere, a power of ten from the price it shows, is in another unit
        # (cents) or read with the wrong decimal mark: the page's price is the one to pay.
        return page, page.sources.get("price", page.source), DISPUTED
    if page is not None and page is not best and not best.offered and _unshown_price(best, page, priced, written):
        # A structured price the page writes nowhere, while it shows another: which one a shopper pays is not sure.
        said = f"unsure: {best.source} says {format(best.price, 'f')}, which the page does not show; it shows "
        return None, f"{said}{format(page.price, 'f')}", 0.0
    if best.offered:
        shown = next((item for item in priced if item.source == VISIBLE), None)
        if shown is not None and shown.price in best.offered:
            return _priced(best, shown), best.sources.get("price", best.source), AGREED
        # Otherwise the lowest, as a page's "from" price is: a list price offered first is above it. One far below the
        # rest is an add-on (a warranty, a part payment), and then nothing tells which is the product's.
        lowest, *rest = sorted(best.offered)
        if lowest * 2 >= rest[0]:
            chosen = Evidence(source=best.source, price=lowest, currency=best.currency)
            return chosen, f"{best.source}:lowest-offer", UNSHOWN
        amounts = ", ".join(format(amount, "f") for amount in best.offered)
        page = f"the page shows {format(shown.price, 'f')}" if shown and shown.price else "the page shows none of them"
        return None, f"unsure: {best.source} offers sell at {amounts}; {page}", 0.0
    shown = next((item for item in priced if item.source == VISIBLE), None)
    if shown is not None and shown is not best and not _same_amount(shown.price, best.price):
        # Kinds that disagree are settled by the price the page shows: the most trusted kind stating it wins.
        best = next((item for item in priced if item is not shown and _same_amount(item.price, shown.price)), best)
    # A kind that names the most trusted kind's amount as its price before a reduction says the price is now its own.
    reduced = next((item for item in priced if _same_amount(item.list_price, best.price) and item.price), None)
    if reduced is not None and not (shown is not None and _same_amount(shown.price, best.price)):
        best = reduced
    agree = [item.source for item in priced if _same_amount(item.price, best.price)]
    source = best.sources.get("price", best.source)
    if len(set(agree)) > 1:
        return best, source, AGREED
    if len(agree) < len(priced):
        return best, source, DISPUTED
    return best, source, SEEN if best.source == VISIBLE else STRUCTURED


def _slipped(best: Evidence, page: Evidence, shown: Callable[[str], bool]) -> bool:
    """Whether the most trusted price is the page's shown price times or over a power of ten, and written nowhere."""
    if best.price is None or page.price is None or best.offered:
        return False
    ratio = max(best.price, page.price) / min(best.price, page.price)
    return ratio in _POWERS_OF_TEN and not written_amount(best.price, shown)


def _unshown_price(best: Evidence, page: Evidence, priced: list[Evidence], shown: Callable[[str], bool]) -> bool:
    """Whether the most trusted price is written nowhere on the page while the page shows another price that no kind
    states (a kind stating it settles it, see ``choose_price``) and that is no price before a reduction of it."""
    if best.price is None or page.price is None or best.price == page.price or page.list_price == best.price:
        return False
    if any(item.price == page.price for item in priced if item is not page):
        return False
    return not written_amount(best.price, shown)


def _priced(best: Evidence, shown: Evidence) -> Evidence:
    """The structured evidence with the offer price the page shows."""
    chosen = Evidence(source=best.source, price=shown.price, currency=best.currency, sources=best.sources)
    chosen.list_price = best.list_price
    return chosen


def _same_amount(one: Decimal | None, other: Decimal | None) -> bool:
    return one is not None and other is not None and one == other


def choose_availability(evidence: list[Evidence]) -> tuple[Availability, str, float]:
    stated = [item for item in evidence if item.availability is not None]
    if not stated:
        return Availability.unknown, "", 0.0
    best = stated[0]
    source = best.sources.get("availability", best.source)
    agree = [item.source for item in stated if _buyable(item.availability) == _buyable(best.availability)]
    assert best.availability is not None
    if len(set(agree)) > 1:
        return best.availability, source, AGREED
    if len(agree) < len(stated):
        return best.availability, source, DISPUTED
    return best.availability, source, SEEN if best.source == VISIBLE else STRUCTURED


def _buyable(state: Availability | None) -> bool:
    return state in (Availability.in_stock, Availability.limited, Availability.preorder, Availability.backorder)
