"""The page's buttons: which buy the product, which ask to be told when it is back, which contact the seller, and
what they say of its stock when no words on the page do."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from unicodedata import normalize

from selectolax.lexbor import LexborNode

from aisle_mcp.products import Availability
from aisle_mcp.providers.local.extractor.evidence import VISIBLE, Evidence
from aisle_mcp.providers.local.extractor.layout import BUTTON_ASIDE, HIDDEN_NAMES, aside, chain, hidden
from aisle_mcp.providers.local.extractor.page import Page, lower_twin
from aisle_mcp.providers.local.extractor.words import (
    BUY,
    BUY_ATTRIBUTE,
    CONTACT,
    CONTACT_ALONE,
    CONTACT_ATTRIBUTE,
    NOTIFY,
    NOTIFY_ATTRIBUTE,
    by_first_letter,
)

BUY_BUTTON = f"{VISIBLE}:buy-button"
CONTACT_BUTTON = f"{VISIBLE}:contact-button"
# Consent dialogs render thousands of toggles and buttons, none of them the product's; the selector leaves them out,
# which costs less than the Python objects for their nodes.
# One selector, not a list: a list gives a node once for every selector it matches and looks for a consent dialog
# around it each time.
_BUTTONS = (
    ':is(button, input[type="submit"], input[type="button"], [role="button"], [class*="btn" i], [class*="button" i],'
    ' [class*="cart" i], [id*="cart" i], [name*="cart" i], [class*="buy" i], [id*="buy" i])'
    ':not([id*="cookie" i] *, [id*="consent" i] *, [class*="consent" i] *)'
)
PUNCTUATION = re.compile(r"[^\w\s]+")
_TEXT_BUTTONS = frozenset({"button", "input", "a"})
_MAX_BUTTONS = 300
# Shops render the label of every state a button can take and show one; the hidden ones are not its words.
# Every alternative starts with a letter, so a scan skims to the places one of those letters is ("\boos" would make
# it try all alternatives at every place): the word's start is checked after its first letter.
_OTHER_STATE = re.compile(
    r"cannot|can-?not|unavailab|disabled|sold|o(?<!\wo)os\b|out-?of-?stock|hidden|h(?<!\wh)ide|d-none|notify"
)
_BUTTON_NAMES = re.compile(r"btn|button|buy|cart|basket|bag")  # over lower-cased names
_MAX_LABEL = 120
# The buy buttons that, with the title, anchor the ranking of price and stock candidates by closeness, and beside
# which a price is looked for.
FIRST_BUY = 3
_BUY, _BUY_ATTRIBUTE, _NOTIFY, _NOTIFY_ATTRIBUTE = map(lower_twin, (BUY, BUY_ATTRIBUTE, NOTIFY, NOTIFY_ATTRIBUTE))
_CONTACT, _CONTACT_ALONE, _CONTACT_ATTRIBUTE = map(lower_twin, (CONTACT, CONTACT_ALONE, CONTACT_ATTRIBUTE))
# Any word of a notify, buy or contact label, and any such name (lower-cased twins).
_ANY_WORDS = re.compile(by_first_letter("|".join(pattern.pattern for pattern in (_NOTIFY, _BUY, _CONTACT))))
_ANY_NAMES = re.compile(
    by_first_letter("|".join(pattern.pattern for pattern in (_NOTIFY_ATTRIBUTE, _BUY_ATTRIBUTE, _CONTACT_ATTRIBUTE)))
)


def _label(node: LexborNode, depth: int = 0) -> str:
    """A button's own words, in the order they read; a child that carries another state's label ("cannot buy",
    "sold out") is skipped."""
    parts: list[str] = []
    length = 0
    for child in node.iter(include_text=True):
        # The words past the label's length are cut anyway; big containers are not read to the end.
        if length >= _MAX_LABEL:
            break
        if child.tag == "-text":
            part = child.text_content or ""
        elif depth < 4:
            attrs = child.attributes
            names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
            part = "" if _OTHER_STATE.search(names) else _label(child, depth + 1)
        else:
            continue
        if part:
            length += len(part) + 1
            parts.append(part)
    return " ".join(parts)[:_MAX_LABEL]


@dataclass
class Buttons:
    """The page's own buy buttons, its "notify me when back" ones, and its "contact the seller" ones."""

    buy: list[LexborNode] = field(default_factory=list[LexborNode])
    notify: list[LexborNode] = field(default_factory=list[LexborNode])
    contact: list[LexborNode] = field(default_factory=list[LexborNode])


def _sort_button(page: Page, node: LexborNode, found: Buttons) -> None:
    """Files one of the page's buttons among its buy, notify and contact buttons, or nowhere."""
    attrs = node.attributes
    # Case-sensitive scans of lower-cased words run several times faster than case-blind ones.
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''} {attrs.get('name') or ''}".lower()
    label = f"{attrs.get('value') or ''} {attrs.get('title') or ''} {attrs.get('aria-label') or ''}"
    # An element that says it is a button (``role="button"``) is read by its words, as the others are.
    if node.tag in _TEXT_BUTTONS or attrs.get("role") == "button" or _BUTTON_NAMES.search(names):
        label += " " + _label(node)
    # Inline markup leaves doubled blanks ("Add  to cart"); no-break spaces and full-width letters are read plainly.
    label = " ".join((label if label.isascii() else normalize("NFKC", label)).lower().split())
    # Most buttons on a page (filters, galleries, menus) say none of the words: one scan of each tells.
    if _ANY_WORDS.search(label) is None and _ANY_NAMES.search(names) is None:
        if _submits_to_cart(node):
            # "Add", "OK": a submit button says little; the form it sends says it buys.
            if not aside(page, node, BUTTON_ASIDE):
                found.buy.append(node)
            return
        if _CONTACT_ALONE.fullmatch(PUNCTUATION.sub("", label.strip())) and not aside(page, node, BUTTON_ASIDE):
            found.contact.append(node)
        return
    if _NOTIFY.search(label) or _NOTIFY_ATTRIBUTE.search(names):
        if not aside(page, node, BUTTON_ASIDE):
            found.notify.append(node)
    elif _BUY_ATTRIBUTE.search(names) or _BUY.search(label):
        if not aside(page, node, BUTTON_ASIDE):
            found.buy.append(node)
    elif _contact(names, label) and not aside(page, node, BUTTON_ASIDE):
        found.contact.append(node)


_CART_FORM = re.compile(BUY_ATTRIBUTE.pattern + r"|cart[-_/]?add|basket[-_/]?add", re.IGNORECASE)
_FORM_DEPTH = 8
_QUANTITY = 'input[name*="qty" i], input[name*="quantity" i], input[type="number"], select[name*="qty" i]'


def _submits_to_cart(node: LexborNode) -> bool:
    """Whether the node submits a form that puts the product in the cart."""
    attrs = node.attributes
    kind = (attrs.get("type") or ("submit" if node.tag == "button" else "")).lower()
    if node.tag not in ("button", "input") or kind not in ("submit", "image"):
        return False
    form = node.parent
    for _ in range(_FORM_DEPTH):
        if form is None or form.tag in ("body", "html"):
            return False
        if form.tag == "form":
            found = form.attributes
            # The form's address or names say it fills a cart, or it asks how many to buy: a buy form in any language.
            return bool(
                _CART_FORM.search(" ".join(found.get(name) or "" for name in ("action", "class", "id", "name")))
                or form.css_first(_QUANTITY) is not None
            )
        form = form.parent
    return False


def _contact(names: str, label: str) -> bool:
    words = label.strip()
    return bool(
        _CONTACT_ATTRIBUTE.search(names)
        or _CONTACT.search(words)
        or _CONTACT_ALONE.fullmatch(PUNCTUATION.sub("", words))
    )


def enabled(node: LexborNode) -> bool:
    attrs = node.attributes
    names = f"{attrs.get('class') or ''} {attrs.get('style') or ''}".lower()
    return "disabled" not in attrs and "disabled" not in names and "display:none" not in names.replace(" ", "")


class Around:
    """The page's buttons and the ancestor chains of its title and first buy buttons, which rank candidates by how
    close they sit. Finding and sorting the buttons is costly, so it is done only when something asks; ranking and
    the price beside a button need only the first buy buttons, so the buttons are sorted only as far as those."""

    def __init__(self, page: Page, heading: LexborNode | None) -> None:
        self.page, self.heading = page, heading
        self._nodes: list[LexborNode] | None = None
        self._sorted = 0
        self._found = Buttons()
        self._anchors: list[dict[int, int]] | None = None

    def _sort(self, buy: int | None = None) -> None:
        """Sorts the buttons in page order, all of them or until ``buy`` buy buttons are known."""
        if self._nodes is None:
            self._nodes = self.page.tree.css(_BUTTONS)[:_MAX_BUTTONS]
        while self._sorted < len(self._nodes) and (buy is None or len(self._found.buy) < buy):
            _sort_button(self.page, self._nodes[self._sorted], self._found)
            self._sorted += 1

    def buttons(self) -> Buttons:
        self._sort()
        return self._found

    def first_buy(self) -> list[LexborNode]:
        """The page's first buy buttons, the ones whose surroundings are read."""
        self._sort(buy=FIRST_BUY)
        return self._found.buy[:FIRST_BUY]

    def anchors(self) -> list[dict[int, int]]:
        """The title's chain and the product's own buy button's: the first one shown. Later buy buttons are as often
        another seller's offer or a card's, whose prices sit as close to them as the product's to its own."""
        if self._anchors is None:
            first = self.first_buy()
            # Not hidden, itself or in a close block (an "added to cart" overlay a shop shows later).
            shown = [node for node in first if enabled(node) and not hidden(node, HIDDEN_NAMES)][:1]
            self._anchors = [chain(node) for node in ([self.heading] if self.heading else []) + (shown or first)]
        return self._anchors


def button_state(evidence: Evidence, found: Buttons, priced: bool) -> None:
    """With no stock wording on the page, its buttons say it: one that buys a priced product, or only ones that
    cannot (disabled, or "notify me when it is back"). A priced listing whose only button contacts the seller is a
    classified ad, on sale while it is listed."""
    buttons, notify = found.buy, found.notify
    usable = [node for node in buttons if enabled(node)]
    source = BUY_BUTTON
    if usable and priced and not any(enabled(node) for node in notify):
        evidence.availability = Availability.in_stock
    elif not usable and (buttons or any(enabled(node) for node in notify)):
        evidence.availability = Availability.out_of_stock
    elif not buttons and not notify and priced and any(enabled(node) for node in found.contact):
        evidence.availability, source = Availability.in_stock, CONTACT_BUTTON
    else:
        return
    evidence.sources["availability"] = source
