"""Visible-page evidence, the last resort: price, stock wording and codes as a shopper reads them.

Several prices and stock notes sit on a product page (related products, the basket, old prices); the ones
that count are those closest in the page's tree to the product's title or its buy button.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from selectolax.lexbor import LexborNode

from aisle_mcp.products import Availability
from aisle_mcp.providers.local.extractor.evidence import MAX_TITLE, VISIBLE, Evidence
from aisle_mcp.providers.local.extractor.page import Page, lower_twin
from aisle_mcp.providers.local.extractor.values import (
    clean_text,
    code_value,
    gtin_value,
    placed_prices,
    price_in_text,
    prices_in_text,
)
from aisle_mcp.providers.local.extractor.words import (
    AVAILABILITY_LABEL,
    BUY,
    BUY_ATTRIBUTE,
    CONTACT,
    CONTACT_ALONE,
    CONTACT_ATTRIBUTE,
    GTIN_LABEL,
    MPN_LABEL,
    NOTIFY,
    NOTIFY_ATTRIBUTE,
    OWN_CODE_LABEL,
    REFERENCE_LABEL,
    SKU_LABEL,
    STATUS_LABEL,
    STOCK_LINE,
    by_first_letter,
    listing_state,
    stock_in_text,
    stock_phrase,
)

BUY_BUTTON = f"{VISIBLE}:buy-button"
CONTACT_BUTTON = f"{VISIBLE}:contact-button"
_PRICE = '[class*="price" i], [id*="price" i], [itemprop="price"], [data-price]'
_STOCK = '[class*="stock" i], [id*="stock" i], [class*="availab" i], [id*="availab" i], [itemprop="availability"]'
# Consent dialogs render thousands of toggles and buttons, none of them the product's; the selector leaves them out,
# which costs less than the Python objects for their nodes.
_NOT_CONSENT = ':not([id*="cookie" i] *, [id*="consent" i] *, [class*="consent" i] *)'
_BUTTONS = ", ".join(
    selector + _NOT_CONSENT
    for selector in (
        "button", 'input[type="submit"]', 'input[type="button"]', '[role="button"]', '[class*="btn" i]',
        '[class*="button" i]', '[class*="cart" i]', '[id*="cart" i]', '[name*="cart" i]', '[class*="buy" i]',
        '[id*="buy" i]',
    )
)  # fmt: skip
_NOT_STOCK = re.compile(r"image|photo|bild|foto|imagen|immagine|zdjęci|изображ", re.IGNORECASE)
_PUNCTUATION = re.compile(r"[^\w\s]+")
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]{1,40}")
_TEXT_BUTTONS = frozenset({"button", "input", "a"})
_MAX_BUTTONS = 300
_SKU = '[class*="sku" i], [id*="sku" i], [itemprop="sku"], [itemprop="productID"]'
_HIDDEN_IDS = frozenset({"sku", "asin", "product_id", "productid", "product-id", "id_product", "pid", "product_sku"})
_NOT_CURRENT = re.compile(
    r"old|was|strike|regular|compare|list|orig|before|rrp|uvp|msrp|sav(?:e|ing)|tax|ship|deliver|unit|conv|"
    r"install|month|cross|prev|range|filter|slider|per-|hidden|hide|label|\blbl|from",
    re.IGNORECASE,
)
_ASIDE = re.compile(
    r"related|recommend|similar|carousel|upsell|cross-?sell|recent|also|accessor|bundle|footer|header|"
    r"\bnav|menu|mini-?cart|basket|sidebar|teaser|popup|modal|banner|compare",
    re.IGNORECASE,
)
# Buy boxes sit in a right-hand "sidebar" and in "add-to-basket" wrappers, which the pattern above counts as aside.
_BUTTON_ASIDE = re.compile(
    r"related|recommend|similar|carousel|swiper|slider|upsell|cross-?sell|recent|viewed|also|accessor|bundle|"
    r"footer|header|\bnav|menu|mini-?(?:cart|basket)|popup|modal|banner|compare",
    re.IGNORECASE,
)
# Shops render the label of every state a button can take and show one; the hidden ones are not its words.
_OTHER_STATE = re.compile(r"cannot|can-?not|unavailab|disabled|sold|\boos\b|out-?of-?stock|hidden|\bhide|d-none|notify")
_BUTTON_NAMES = re.compile(r"btn|button|buy|cart|basket|bag")  # over lower-cased names
_ASIDE_TAGS = frozenset({"header", "footer", "nav", "aside", "del", "s", "strike"})
# A buy box is often the page's <aside>, beside the product's pictures.
_BUTTON_ASIDE_TAGS = _ASIDE_TAGS - {"aside"}
_MAX_CANDIDATES = 80
_MAX_LABEL = 120
# The buy buttons that, with the title, anchor the ranking of price and stock candidates by closeness, and beside
# which a price is looked for.
_FIRST_BUY = 3
_NOT_CURRENT_LOWER = lower_twin(_NOT_CURRENT)
_BUY, _BUY_ATTRIBUTE, _NOTIFY, _NOTIFY_ATTRIBUTE = map(lower_twin, (BUY, BUY_ATTRIBUTE, NOTIFY, NOTIFY_ATTRIBUTE))
_CONTACT, _CONTACT_ALONE, _CONTACT_ATTRIBUTE = map(lower_twin, (CONTACT, CONTACT_ALONE, CONTACT_ATTRIBUTE))
# Any word of a notify, buy or contact label, and any such name (lower-cased twins).
_ANY_WORDS = re.compile(by_first_letter("|".join(pattern.pattern for pattern in (_NOTIFY, _BUY, _CONTACT))))
_ANY_NAMES = re.compile(
    by_first_letter("|".join(pattern.pattern for pattern in (_NOTIFY_ATTRIBUTE, _BUY_ATTRIBUTE, _CONTACT_ATTRIBUTE)))
)
_STRUCK = "del, s, strike"
_CONTEXT = 30
_NOT_THE_PRICE = re.compile(
    r"ship|deliver|postage|versand|liefer|porto|livraison|port |envío|envio|spedizion|verzend|dostaw|доставк|"
    r"over|above|orders|save|saving|spar|économ|ahorr|rispar|bespar|oszczęd|экономи|instal|per month|monat|mois|"
    r"\bmes\b|mese|rate|financ"
)
_MAX_BOX = 600


def once(nodes: list[LexborNode]) -> list[LexborNode]:
    """A selector list's matches with each node once: lexbor gives a node again for every selector it matches,
    next to itself, and the repeats would count against the candidate caps."""
    kept: list[LexborNode] = []
    last = None
    for node in nodes:
        if node.mem_id != last:
            kept.append(node)
            last = node.mem_id
    return kept


def _aside(page: Page, node: LexborNode, pattern: re.Pattern[str] = _ASIDE) -> bool:
    """Whether the node sits in a part of the page that is not the product's own (navigation, related items)."""
    return node.tag in _tags(pattern) or _inside_aside(page, node.parent, pattern)


def _tags(pattern: re.Pattern[str]) -> frozenset[str]:
    return _BUTTON_ASIDE_TAGS if pattern is _BUTTON_ASIDE else _ASIDE_TAGS


def _inside_aside(page: Page, node: LexborNode | None, pattern: re.Pattern[str]) -> bool:
    """Whether the node or an ancestor is an aside; candidates share ancestors, so each answer is kept."""
    memo = page.asides
    key = id(pattern)
    walked: list[int] = []
    found = False
    tags = _tags(pattern)
    # Case-sensitive scans of lower-cased names run several times faster than case-blind ones.
    twin = lower_twin(pattern)
    current = node
    while current is not None and current.tag not in ("body", "html"):
        known = memo.get((key, current.mem_id))
        if known is not None:
            found = known
            break
        walked.append(current.mem_id)
        if current.tag in tags:
            found = True
            break
        attrs = current.attributes
        if twin.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()):
            found = True
            break
        current = current.parent
    # Every node walked is inside the one that decided, or decided nothing.
    for mem_id in walked:
        memo[key, mem_id] = found
    return found


def _chain(node: LexborNode | None) -> dict[int, int]:
    ancestors: list[int] = []
    while node is not None:
        ancestors.append(node.mem_id)
        node = node.parent
    return {mem_id: depth for depth, mem_id in enumerate(reversed(ancestors))}


def _closeness(node: LexborNode, anchors: list[dict[int, int]]) -> int:
    """How deep the nearest common ancestor with the title or buy button is: deeper is closer."""
    best = 0
    for chain in anchors:
        current: LexborNode | None = node
        while current is not None and current.mem_id not in chain:
            current = current.parent
        if current is not None:
            best = max(best, chain[current.mem_id])
    return best


def _text(node: LexborNode) -> str:
    attrs = node.attributes
    content = attrs.get("content") or attrs.get("value")
    if node.tag in ("meta", "input") and content:
        return content
    # Blank text nodes add only blanks, which the cleaning collapses anyway.
    return clean_text(node.text(deep=True, separator=" ", skip_empty=True)) or ""


def _title(page: Page) -> tuple[str | None, LexborNode | None]:
    # The first heading is nearly always the product's; the tree was walked for the headings when it was built.
    for node in page.marked["h1"] if "h1" in page.marked else page.tree.css("h1"):
        title = clean_text(node.text(deep=True, separator=" ", skip_empty=True), MAX_TITLE)
        if title and not _aside(page, node):
            return title, node
    node = page.tree.css_first("title")
    return (clean_text(node.text(), MAX_TITLE) if node else None), None


def _label(node: LexborNode, depth: int = 0) -> str:
    """A button's own words; a child that carries another state's label ("cannot buy", "sold out") is skipped."""
    own = node.text(deep=False, separator=" ")
    parts = [own] if own else []
    length = len(own)
    if depth < 4:
        for child in node.iter():
            # The words past the label's length are cut anyway; big containers are not read to the end.
            if length >= _MAX_LABEL:
                break
            attrs = child.attributes
            names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
            if not _OTHER_STATE.search(names):
                part = _label(child, depth + 1)
                if part:
                    length += len(part) + (1 if parts else 0)
                    parts.append(part)
    return " ".join(parts)[:_MAX_LABEL]


@dataclass
class _Buttons:
    """The page's own buy buttons, its "notify me when back" ones, and its "contact the seller" ones."""

    buy: list[LexborNode] = field(default_factory=list[LexborNode])
    notify: list[LexborNode] = field(default_factory=list[LexborNode])
    contact: list[LexborNode] = field(default_factory=list[LexborNode])


def _sort_button(page: Page, node: LexborNode, found: _Buttons) -> None:
    """Files one of the page's buttons among its buy, notify and contact buttons, or nowhere."""
    attrs = node.attributes
    # Case-sensitive scans of lower-cased words run several times faster than case-blind ones.
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''} {attrs.get('name') or ''}".lower()
    label = f"{attrs.get('value') or ''} {attrs.get('title') or ''} {attrs.get('aria-label') or ''}"
    if node.tag in _TEXT_BUTTONS or _BUTTON_NAMES.search(names):
        label += " " + _label(node)
    label = label.lower()
    # Most buttons on a page (filters, galleries, menus) say none of the words: one scan of each tells.
    if _ANY_WORDS.search(label) is None and _ANY_NAMES.search(names) is None:
        if _CONTACT_ALONE.fullmatch(_PUNCTUATION.sub("", label.strip())) and not _aside(page, node, _BUTTON_ASIDE):
            found.contact.append(node)
        return
    if _NOTIFY.search(label) or _NOTIFY_ATTRIBUTE.search(names):
        if not _aside(page, node, _BUTTON_ASIDE):
            found.notify.append(node)
    elif _BUY_ATTRIBUTE.search(names) or _BUY.search(label):
        if not _aside(page, node, _BUTTON_ASIDE):
            found.buy.append(node)
    elif _contact(names, label) and not _aside(page, node, _BUTTON_ASIDE):
        found.contact.append(node)


def _contact(names: str, label: str) -> bool:
    words = label.strip()
    return bool(
        _CONTACT_ATTRIBUTE.search(names)
        or _CONTACT.search(words)
        or _CONTACT_ALONE.fullmatch(_PUNCTUATION.sub("", words))
    )


def _enabled(node: LexborNode) -> bool:
    attrs = node.attributes
    names = f"{attrs.get('class') or ''} {attrs.get('style') or ''}".lower()
    return "disabled" not in attrs and "disabled" not in names and "display:none" not in names.replace(" ", "")


class _Around:
    """The page's buttons and the ancestor chains of its title and first buy buttons, which rank candidates by how
    close they sit. Finding and sorting the buttons is costly, so it is done only when something asks; ranking and
    the price beside a button need only the first buy buttons, so the buttons are sorted only as far as those."""

    def __init__(self, page: Page, heading: LexborNode | None) -> None:
        self.page, self.heading = page, heading
        self._nodes: list[LexborNode] | None = None
        self._sorted = 0
        self._found = _Buttons()
        self._anchors: list[dict[int, int]] | None = None

    def _sort(self, buy: int | None = None) -> None:
        """Sorts the buttons in page order, all of them or until ``buy`` buy buttons are known."""
        if self._nodes is None:
            self._nodes = once(self.page.tree.css(_BUTTONS))[:_MAX_BUTTONS]
        while self._sorted < len(self._nodes) and (buy is None or len(self._found.buy) < buy):
            _sort_button(self.page, self._nodes[self._sorted], self._found)
            self._sorted += 1

    def buttons(self) -> _Buttons:
        self._sort()
        return self._found

    def first_buy(self) -> list[LexborNode]:
        """The page's first buy buttons, the ones whose surroundings are read."""
        self._sort(buy=_FIRST_BUY)
        return self._found.buy[:_FIRST_BUY]

    def anchors(self) -> list[dict[int, int]]:
        if self._anchors is None:
            self._anchors = [_chain(node) for node in ([self.heading] if self.heading else []) + self.first_buy()]
        return self._anchors


def visible_evidence(page: Page, known: list[Evidence], needed: frozenset[str]) -> Evidence:
    """What the visible page says about the ``needed`` fields; reading it is the slow part, so only those."""
    evidence = Evidence(source=VISIBLE)
    evidence.title, heading = _title(page)
    if "price" in needed or "availability" in needed:
        around = _Around(page, heading)
        if "price" in needed:
            currency = next((item.currency for item in known if item.currency), None)
            _price(page, evidence, around, currency)
            if evidence.price is None:
                _price_by_button(page, evidence, around.first_buy(), currency)
        if "availability" in needed:
            priced = evidence.price is not None or any(item.price is not None for item in known)
            _availability(page, evidence, around)
            if evidence.availability is None:
                _button_state(evidence, around.buttons(), priced)
    if "sku" in needed:
        _codes(page, evidence)
    return evidence


def _closest(candidates: list[tuple[LexborNode, int]], around: _Around) -> int:
    """Which candidate (node, position) sits closest to the title or buy buttons, the earlier one on a tie; a lone
    candidate needs no ranking."""
    if len(candidates) == 1:
        return 0
    anchors = around.anchors()
    ranks = [(_closeness(node, anchors), -position) for node, position in candidates]
    return ranks.index(max(ranks))


def _price(page: Page, evidence: Evidence, around: _Around, currency: str | None) -> None:
    candidates: list[tuple[LexborNode, int]] = []
    prices: list[tuple[Decimal, str | None]] = []
    for position, node in enumerate(once(page.tree.css(_PRICE))[:_MAX_CANDIDATES]):
        attrs = node.attributes
        if _NOT_CURRENT_LOWER.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()):
            continue
        text = _text(node)
        if not text or len(text) > 80 or _aside(page, node):
            continue
        found = price_in_text(text, page.url)
        if found is None or found[0] <= 0 or _several_prices(text, page.url):
            continue
        candidates.append((node, position))
        prices.append(found)
    if candidates:
        amount, written = prices[_closest(candidates, around)]
        evidence.price, evidence.currency = amount, written or currency


def _price_by_button(page: Page, evidence: Evidence, buttons: list[LexborNode], currency: str | None) -> None:
    """The price written beside the buy button, for pages that mark no element as the price: the first amount with a
    currency in the smallest box around the button that has one, struck-through (old) prices left out."""
    for button in buttons[:_FIRST_BUY]:
        box = button.parent
        for _ in range(3):
            if box is None or box.tag in ("body", "html"):
                break
            text = clean_text(box.text(deep=True, separator=" ", skip_empty=True)) or ""
            if len(text) > _MAX_BOX:
                break
            struck = {amount for node in box.css(_STRUCK) for amount, _ in prices_in_text(_text(node), page.url)}
            for start, amount, written in placed_prices(text, page.url):
                if written is None or amount <= 0 or amount in struck:
                    continue
                # "Free delivery over £40", "save $5", "$12/month": amounts beside a buy button that are not its price.
                if _NOT_THE_PRICE.search(text[max(0, start - _CONTEXT) : start].lower()):
                    continue
                evidence.price, evidence.currency = amount, written or currency
                return
            box = box.parent


def _several_prices(text: str, url: str) -> bool:
    """A text with two different prices is a container (old and new price), not the price itself."""
    return len({amount for amount, _ in prices_in_text(text, url)}) > 1


def _availability(page: Page, evidence: Evidence, around: _Around) -> None:
    candidates: list[tuple[LexborNode, int]] = []
    states: list[Availability] = []
    for position, node in enumerate(once(page.tree.css(_STOCK))[:_MAX_CANDIDATES]):
        text = _text(node)
        if not text or len(text) > 120:
            continue
        state = stock_in_text(text)
        if state is None or _NOT_STOCK.search(text) or _aside(page, node):
            continue
        candidates.append((node, position))
        states.append(state)
    if candidates:
        evidence.availability = states[_closest(candidates, around)]
    if evidence.availability is None:
        for match in page.labels(AVAILABILITY_LABEL):
            evidence.availability = stock_in_text(match.group("value") or match.group("next"))
            if evidence.availability is not None:
                return
    if evidence.availability is None:
        for match in page.labels(STATUS_LABEL):
            evidence.availability = listing_state(match.group("value") or match.group("next"))
            if evidence.availability is not None:
                return
    if evidence.availability is None:
        evidence.availability = _stock_line(page)


def _button_state(evidence: Evidence, found: _Buttons, priced: bool) -> None:
    """With no stock wording on the page, its buttons say it: one that buys a priced product, or only ones that
    cannot (disabled, or "notify me when it is back"). A priced listing whose only button contacts the seller is a
    classified ad, on sale while it is listed."""
    buttons, notify = found.buy, found.notify
    enabled = [node for node in buttons if _enabled(node)]
    source = BUY_BUTTON
    if enabled and priced and not any(_enabled(node) for node in notify):
        evidence.availability = Availability.in_stock
    elif not enabled and (buttons or any(_enabled(node) for node in notify)):
        evidence.availability = Availability.out_of_stock
    elif not buttons and not notify and priced and any(_enabled(node) for node in found.contact):
        evidence.availability, source = Availability.in_stock, CONTACT_BUTTON
    else:
        return
    evidence.sources["availability"] = source


def _stock_line(page: Page) -> Availability | None:
    """A line of the page that says nothing but the stock state ("In stock", "Sold out")."""
    for match in page.finditer(STOCK_LINE):
        words = _PUNCTUATION.sub(" ", match.group(0)).strip()
        if stock_phrase(words):
            return stock_in_text(words)
    return None


def labelled(text: str | Page, label: re.Pattern[str]) -> str | None:
    """The value after the first line that starts with the label, there or alone on the next line."""
    for match in text.labels(label) if isinstance(text, Page) else label.finditer(text):
        value = match.group("value") or match.group("next")
        if value and any(char.isdigit() for char in value):
            return value
    return None


def _codes(page: Page, evidence: Evidence) -> None:
    for node in once(page.tree.css(_SKU))[:_MAX_CANDIDATES]:
        if node.tag in ("option", "select", "input", "button") or not _enabled(node):
            continue
        text = _text(node)
        value = labelled(f"\n{text}\n", SKU_LABEL) or text.strip()
        if _CODE.fullmatch(value) and any(char.isdigit() for char in value):
            evidence.sku = code_value(value)
            break
    evidence.sku = evidence.sku or code_value(labelled(page, OWN_CODE_LABEL) or labelled(page, REFERENCE_LABEL))
    if evidence.sku is None:
        for node in page.tree.css('input[type="hidden"][name]'):
            if (node.attributes.get("name") or "").lower() in _HIDDEN_IDS:
                evidence.sku = code_value(node.attributes.get("value"))
                if evidence.sku:
                    break
    evidence.gtin = gtin_value(labelled(page, GTIN_LABEL))
    evidence.mpn = code_value(labelled(page, MPN_LABEL))
