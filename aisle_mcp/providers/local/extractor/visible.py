"""Visible-page evidence, the last resort: price, stock wording and codes as a shopper reads them.

Candidates are read where the page marks them (price, stock and code elements, labelled lines); among several,
the one closest to the product's title or buy button counts (``layout``), and with no stock words the buttons
tell (``buttons``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from unicodedata import normalize
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from aisle_mcp.products import Availability
from aisle_mcp.providers.local.extractor.agree import HIDDEN_INPUT, PAGE_CODE, SHOWN_CODE, URL_CODE
from aisle_mcp.providers.local.extractor.buttons import FIRST_BUY, PUNCTUATION, Around, button_state, enabled
from aisle_mcp.providers.local.extractor.codes import (
    ADDRESS,
    ATTRIBUTE,
    FORM,
    LAYER,
    address_codes,
    attribute_codes,
    form_codes,
    layer_codes,
    layer_prices,
    page_code,
    shown_codes,
)
from aisle_mcp.providers.local.extractor.codes import ATTRIBUTES as CODE_ATTRIBUTES
from aisle_mcp.providers.local.extractor.evidence import MAX_TITLE, VISIBLE, Evidence
from aisle_mcp.providers.local.extractor.layout import (
    ASIDE,
    CHROME_NAMES,
    STRUCK,
    STRUCK_TAGS,
    aside,
    chain,
    closeness,
    hidden,
    node_text,
    once,
    struck,
)
from aisle_mcp.providers.local.extractor.page import Page, lower_twin, nfkc
from aisle_mcp.providers.local.extractor.price_parts import reduced_beside, split_cents
from aisle_mcp.providers.local.extractor.text import absolute_url
from aisle_mcp.providers.local.extractor.values import (
    CODE_SHAPE,
    clean_text,
    code_value,
    gtin_value,
    placed_prices,
    price_in_text,
    prices_in_text,
    ranged_prices,
)
from aisle_mcp.providers.local.extractor.words import (
    AVAILABILITY_LABEL,
    BRAND_LABEL,
    GTIN_LABEL,
    MAKER_LABEL,
    MPN_LABEL,
    OWN_CODE_LABEL,
    OWN_CODE_LINE,
    PRICE_LABEL,
    REFERENCE_LABEL,
    SKU_LABEL,
    STOCK_LINE,
    stock_in_text,
    stock_phrase,
)

LABELLED_PRICE = f"{VISIBLE}:labelled-price"
# "Image not available": a picture is missing, not the product.
_NOT_STOCK = re.compile(r"image|photo|bild|foto|imagen|immagine|zdjęci|изображ", re.IGNORECASE)
_HIDDEN = 'input[type="hidden"][name]'
_HIDDEN_CODES = frozenset({"sku", "asin", "product_sku"})
# A form's product id is as often the shop's internal id as the code it shows: it counts where the page's address
# carries it too, two sources that agree.
_HIDDEN_IDS = frozenset({"product_id", "productid", "product-id", "id_product", "pid"})
_NOT_CURRENT = re.compile(
    r"old|was|strike|regular|compare|list|orig|before|rrp|uvp|msrp|sav(?:e|ing)|tax|ship|deliver|livraison|versand|"
    r"liefer|porto|envio|envío|spedizion|verzend|dostaw|доставк|unit-?price|"
    r"price-?per-?(?:kg|kilo|l\b|litre|liter|measure|100)|base-?price|grundpreis|conv|"
    r"install|month|prev|hidden|hide|from",
    re.IGNORECASE,
)
_MAX_CANDIDATES = 80
# A price element's text is short; a longer one is a container.
_CANDIDATE_TEXT = 80
# A price per measure ("£0.70/kg", "2,99 € / 100 g", "per litre"), not the product's.
_PER_MEASURE = re.compile(
    r"(?:/|\bper\b|\bpro\b|\bpar\b|\bje\b)\s*(?:1\s*|100\s*|10\s*)?(?:kg|g|l|ml|cl|m|m2|m²|lb|oz|100g|kilo|litre|liter)\b"
    r"|grundpreis|prix au (?:kg|litre)",
    re.IGNORECASE,
)
_NOT_CURRENT_LOWER = lower_twin(_NOT_CURRENT)
_OLD_LOWER = re.compile(r"old|orig|strike|was-|compare|rrp|uvp|msrp")
_STRUCK_OR_LABEL = f"{STRUCK}, label"
_CONTEXT = 30
_NOT_THE_PRICE = re.compile(
    r"ship|deliver|postage|versand|liefer|porto|livraison|port |envío|envio|spedizion|verzend|dostaw|доставк|"
    # Shipping in Hebrew, Korean, Japanese, Chinese.
    r"משלוח|배송|送料|运费|運費|"
    r"over|above|orders|save|saving|spar|économ|ahorr|rispar|bespar|oszczęd|экономи|instal|per month|monat|mois|"
    r"\bmes\b|mese|rate|financ|할부|分期|分割|月々"
)
_MAX_BOX = 600
_MONEY_SHAPE = re.compile(r"\d[.,]\d")
_CENTS = re.compile(r"\d[.,]\d\d(?!\d)")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")


def _money(text: str) -> bool:
    """Whether a number written without a currency is written as money: with a decimal mark ("24,90", "1.299"), and
    with cents when words stand beside it ("ou 1.759,99 no boleto", not "7,758 bought"); never a percentage."""
    if "%" in text or not _MONEY_SHAPE.search(text):
        return False
    words = any(_CURRENCY_CODE.fullmatch(word.group()) is None for word in _WORDS.finditer(text))
    return not words or _CENTS.search(text) is not None


# A part payment ("4 x 24,99 €", "12x R$ 10", "$15/mo", "or 6 interest-free payments"), not the price.
_INSTALMENT = re.compile(
    r"(?<!\w)\d{1,2}\s?[x\u00d7]\s|/\s?(?:mo|month|mes|mese|mês|mois|monat|mies|mėn|мес)\b|"
    r"\b(?:per|a|al|par|pro|na|за) (?:month|mes|mese|mês|mois|monat|měsíc|miesiąc|месяц)|"
    r"instal+ments?|payments|cuotas?|parcelas?|\braten?\b|rate da",
    re.IGNORECASE,
)


def _title(page: Page) -> tuple[str | None, LexborNode | None]:
    # The first heading is nearly always the product's; the tree was walked for the headings when it was built.
    headings = page.marked["h1"] if "h1" in page.marked else page.tree.css("h1")
    # A heading outside every part that looks like chrome first; else the first shown heading, whose block then counts
    # as the product's, whatever its class or element names ("product-header", an article's <header>).
    for by_class in (True, False):
        for node in headings:
            title = clean_text(node.text(deep=True, separator=" ", skip_empty=True), MAX_TITLE)
            chrome = by_class and aside(page, node, CHROME_NAMES)
            if title and not chrome and _shown_heading(node):
                page.own = frozenset(chain(node))
                if not by_class:
                    # The first pass judged this heading's blocks chrome; that judgement no longer holds.
                    page.asides.clear()
                return title, node
    node = page.tree.css_first("title")
    return (without_site_name(clean_text(node.text(), MAX_TITLE), page.url) if node else None), None


def _shown_heading(node: LexborNode) -> bool:
    """Whether a heading is the page's own and shown: not a link (the category's heading in a breadcrumb) nor in a
    hidden part (a newsletter pop-up's "Welcome")."""
    current: LexborNode | None = node
    while current is not None and current.tag not in ("body", "html"):
        attrs = current.attributes
        if current.tag == "a" or "hidden" in attrs or not enabled(current):
            return False
        current = current.parent
    return True


# What parts a page's <title> into the product's name and the shop's: "Odyssey G9 | Shop", "… im Shop",
# "Shop.com: Odyssey G9".
_SITE_SEPARATOR = re.compile(r"\s*[:|]\s+|\s+(?:[·»–—-]|::|im|bei|at|on|chez|en|su|op)\s+", re.IGNORECASE)  # noqa: RUF001
_NOT_A_NAME = frozenset({"www", "shop", "store", "com", "co", "org", "net"})


def without_site_name(title: str | None, url: str) -> str | None:
    """A <title> without the part before its first separator or after its last one that names the shop, by its
    domain's name."""
    if not title:
        return title
    host = (urlsplit(url).hostname or "").lower()
    labels = [label for label in host.split(".")[:-1] if label not in _NOT_A_NAME and len(label) >= 3]
    if not labels:
        return title
    site = labels[-1].replace("-", "")
    separators = list(_SITE_SEPARATOR.finditer(title))
    for separator in reversed(separators):
        if separator.start() >= 3 and site in _squeezed(title[separator.end() :]):
            title = title[: separator.start()]
            break
    first = _SITE_SEPARATOR.search(title)
    if first is not None and len(title) - first.end() >= 3 and site in _squeezed(title[: first.start()]):
        title = title[first.end() :]
    return title


def _squeezed(text: str) -> str:
    return text.lower().replace(" ", "").replace("-", "")


def visible_evidence(page: Page, known: list[Evidence], needed: frozenset[str]) -> Evidence:
    """What the visible page says about the ``needed`` fields; reading it is the slow part, so only those."""
    evidence = Evidence(source=VISIBLE)
    evidence.title, heading = _title(page)
    if "price" in needed or "availability" in needed:
        around = Around(page, heading)
        if "price" in needed:
            currency = next((item.currency for item in known if item.currency), None)
            _price(page, evidence, around, currency)
            if evidence.price is None:
                _price_by_button(page, evidence, around.first_buy(), currency)
            if evidence.price is None:
                _labelled_price(page, evidence, currency)
            if evidence.price is None and heading is not None:
                _price_by_heading(page, evidence, heading)
        if "availability" in needed:
            priced = (
                evidence.price is not None
                or evidence.price_range is not None
                or any(item.price is not None for item in known)
            )
            line = _availability(page, evidence, around)
            # With no stock wording the buttons say it; and a bare "Sold out" line (no stock element, no label) is
            # as often one size's or colour's as the product's, so there too the buttons say it when they can.
            said = evidence.availability
            if said is None or (line and said in (Availability.out_of_stock, Availability.discontinued)):
                evidence.availability = None
                button_state(evidence, around.buttons(), priced)
                evidence.availability = evidence.availability or said
    if "sku" in needed:
        _codes(page, evidence)
    # The maker's codes and name, when no markup gives them: labelled lines, read only as the page is read anyway.
    if all(item.gtin is None for item in known):
        evidence.gtin = gtin_value(labelled(page, GTIN_LABEL))
    if all(item.mpn is None for item in known):
        evidence.mpn = code_value(labelled(page, MPN_LABEL))
    if all(item.brand is None for item in known):
        evidence.brand = _name(page, BRAND_LABEL) or _name(page, MAKER_LABEL) or _byline(page, evidence.title)
    if all(not item.images for item in known):
        evidence.images = _images(page, heading)
    return evidence


# "by Hearth" on its own line just after the product's name: the brand, as shops and marketplaces write it.
_BY = re.compile(r"(?:by|from|von|par|di|door|od|от)[ \t]+(?P<name>[^\W\d_][^\n]{0,40})", re.IGNORECASE)
_BYLINE_REACH = 4


def _byline(page: Page, title: str | None) -> str | None:
    if not title:
        return None
    lines = page.lines()
    try:
        index = lines.index(title)
    except ValueError:
        return None
    for near in lines[index + 1 : index + 1 + _BYLINE_REACH]:
        found = _BY.fullmatch(near)
        if found and len(found.group("name").split()) <= 4 and not stock_in_text(near):
            return found.group("name").rstrip(" .,;")
    return None


_NOT_PICTURE = re.compile(r"logo|icon|sprite|spacer|pixel|placeholder|avatar|badge|flag|banner|rating|star", re.I)
_PICTURE = re.compile(r"main|product|primary|hero|zoom|gallery|featured", re.IGNORECASE)
_MAX_PICTURES = 8
_PICTURE_REACH = 4


def _images(page: Page, heading: LexborNode | None) -> list[str]:
    """The product's pictures on a page that declares none: those in the nearest block around the product's heading
    that has any, the ones named as the main or product picture first; logos, icons and pictures outside the
    product's part are left out."""
    block = heading.parent if heading is not None else None
    for _ in range(_PICTURE_REACH):
        if block is None or block.tag in ("body", "html"):
            break
        found = _pictures(page, block.css("img"))
        if found:
            return found
        block = block.parent
    return []


def _pictures(page: Page, nodes: list[LexborNode]) -> list[str]:
    """The pictures' addresses, those named as the product's picture first."""
    named: list[str] = []
    others: list[str] = []
    for node in once(nodes)[:_MAX_CANDIDATES]:
        attrs = node.attributes
        source = attrs.get("src") or attrs.get("data-src") or ""
        names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        if not source or _NOT_PICTURE.search(f"{names} {source}") or aside(page, node):
            continue
        url = absolute_url(source, page.base)
        if url is not None:
            (named if _PICTURE.search(names) else others).append(url)
    return list(dict.fromkeys(named + others))[:_MAX_PICTURES]


def _name(page: Page, label: re.Pattern[str]) -> str | None:
    """A brand or maker's name after its label: a few words, not a sentence or a stock phrase."""
    for match in page.labels(label):
        value = clean_text(match.group("value") or match.group("next") or "", 60)
        if (
            value
            and any(char.isalpha() for char in value)
            and len(value.split()) <= 5
            and not stock_in_text(value)
            and "http" not in value.lower()
        ):
            return value.rstrip(" .,;")
    return None


def _closest(candidates: list[tuple[LexborNode, int]], around: Around) -> int:
    """Which candidate (node, position) sits closest to the title or buy buttons, the earlier one on a tie; a lone
    candidate needs no ranking."""
    if len(candidates) == 1:
        return 0
    anchors = around.anchors()
    ranks = [(closeness(node, anchors), -position) for node, position in candidates]
    return ranks.index(max(ranks))


def _price(page: Page, evidence: Evidence, around: Around, currency: str | None) -> None:
    candidates: list[tuple[LexborNode, int]] = []
    prices: list[tuple[Decimal, str | None]] = []
    texts: list[str] = []
    # The prices before a reduction the page shows (struck through, or named old or original).
    olds: list[tuple[LexborNode, Decimal]] = []
    for position, node in enumerate(page.marked["price"][:_MAX_CANDIDATES]):
        attrs = node.attributes
        names = _names(attrs)
        parent = node.parent
        if _OLD_LOWER.search(names) or struck(node, attrs) or (parent is not None and parent.tag in STRUCK_TAGS):
            olds.extend((node, amount) for amount, _ in prices_in_text(node_text(node), page.url))
        elif _in_old_wrapper(node, page.url):
            olds.extend((node, amount) for amount, _ in prices_in_text(node_text(node), page.url))
            continue
        # A meta tag's price is the markup's, which other evidence reads; the visible page is what a shopper reads.
        if _NOT_CURRENT_LOWER.search(names) or node.tag == "meta":
            continue
        text = node_text(node)
        if not text or len(text) > _CANDIDATE_TEXT or aside(page, node):
            continue
        # Every amount the text writes, read once: the first is the candidate's, two different ones make a container.
        written = list(prices_in_text(text, page.url))
        if len(written) > 1:
            # Cents in an element of their own read as a second number: looked for only then.
            written = split_cents(node, text, page.url) or written
        found = written[0] if written else None
        if found is None or found[0] <= 0 or len({amount for amount, _ in written}) > 1 or _PER_MEASURE.search(text):
            continue
        if _INSTALMENT.search(text):
            continue
        if found[1] is None:
            found = _with_currency(node, found, page.url)
        # An amount is money when a currency is written with it, the markup says it is a price, or it is written as
        # money ("24,90", "1.299"); a plain number in an element named "price" may be a count ("1520 bought").
        if found[1] is None and not (
            "itemprop" in attrs or "content" in attrs or "data-price" in attrs or _money(text)
        ):
            continue
        candidates.append((node, position))
        prices.append(found)
        texts.append(text)
    # A price in one of several cards alike (other sellers' offers, a list of products, each with its own price) is a
    # card's: when the page also shows a price outside such cards, that one is the product's.
    if len(candidates) > 1:
        single = [index for index, (node, _) in enumerate(candidates) if not _in_card(node)]
        if single and len(single) < len(candidates):
            candidates = [candidates[index] for index in single]
            prices = [prices[index] for index in single]
            texts = [texts[index] for index in single]
    # Of two amounts the page shows in its price elements, the lower is the one to pay when the shop's analytics data
    # layer gives it as the viewed product's price: the higher is a price before a reduction that only a style strikes
    # through. A data layer may also give the regular price where the page sells for less (with a card, online), so
    # it never makes the higher one the price.
    amounts = {amount for amount, _ in prices}
    if len(amounts) == 2:
        stated = [amount for amount in layer_prices(page.scripts)[:1] if amount == min(amounts)]
        agreed = [index for index, (amount, _) in enumerate(prices) if amount in stated]
        if not agreed and _bare_pair(candidates, texts):
            # Two bare amounts side by side in one price box, no word between them: a reduction whose old price only
            # a style strikes through, in either order; the lower is the one to pay.
            agreed = [index for index, (amount, _) in enumerate(prices) if amount == min(amounts)]
        if agreed:
            candidates = [candidates[index] for index in agreed]
            prices = [prices[index] for index in agreed]
            texts = [texts[index] for index in agreed]
    # What the text around a candidate says (an add-on's checkbox, a part payment's "/month", a label that names it
    # the price before a reduction) is read only for the one that would be chosen, and the next one is chosen when it
    # is not the product's price.
    while candidates:
        chosen = _closest(candidates, around)
        node = candidates[chosen][0]
        amount, written = prices[chosen]
        others = [(candidates[index][0], prices[index][0]) for index in range(len(candidates)) if index != chosen]
        if _named_other(node, texts[chosen], page.url) or reduced_beside(node, amount, others):
            olds.append((node, amount))
        elif not (_add_on(node) or _part_payment_around(node, amount, page.url)):
            evidence.price, evidence.currency = amount, written or currency
            evidence.list_price = _before_reduction(node, amount, olds)
            return
        del candidates[chosen], prices[chosen], texts[chosen]


_BARE = re.compile(r"[^\W\d_]{2,}")


def _bare_pair(candidates: list[tuple[LexborNode, int]], texts: list[str]) -> bool:
    """Whether the candidates are two elements side by side (one parent) that write an amount and its currency and
    no word."""
    if len(candidates) != 2:
        return False
    first, second = (node for node, _ in candidates)
    parent = first.parent
    return (
        parent is not None
        and second.parent is not None
        and parent.mem_id == second.parent.mem_id
        and not any(_BARE.search(text) and not _currency_word(text) for text in texts)
    )


def _currency_word(text: str) -> bool:
    """Whether the only words of a price's text are its currency ("Lei", "грн", "EUR")."""
    return all(price_in_text(f"1 {word.group()}") not in (None, (1, None)) for word in _BARE.finditer(text))


def _names(attrs: dict[str, str | None]) -> str:
    """An element's class and id, lower-cased: the names its shop gave it."""
    return f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()


# A class or id word that starts with an old price's name: "old-price", "price-was", "original", not "holder".
_OLD_WORD = re.compile(r"(?<![a-z])(?:old|orig|strike|was|compare|rrp|uvp|msrp)")
_WRAPPER_REACH = 2


def _in_old_wrapper(node: LexborNode, url: str) -> bool:
    """Whether a price element sits in a small wrapper of its own, with its label at most, named for the price before
    a reduction ("<span class="old-price"><span class="price-label">…</span> <span class="price">"): the name
    tells what the label may say in any language."""
    current = node.parent
    for _ in range(_WRAPPER_REACH):
        if current is None or current.tag in ("body", "html"):
            return False
        attrs = current.attributes
        # The name first: the text of most wrappers is never read.
        if _OLD_WORD.search(_names(attrs)):
            return len({amount for amount, _ in prices_in_text(node_text(current), url)}) <= 1
        current = current.parent
    return False


_CARD_REACH = 3


def _in_card(node: LexborNode) -> bool:
    """Whether a price sits in one of several blocks alike side by side (same tag and class names) that each hold a
    buy button or another price: a card among cards, or one option among a product's variants, not the product's
    own buy box. The chosen option may add one class name of its own ("variant variant--active", "swatch
    is-selected")."""
    current = node
    for _ in range(_CARD_REACH):
        parent = current.parent
        if parent is None or parent.tag in ("body", "html"):
            return False
        names = _class_names(current)
        alike = [
            child for child in parent.iter() if child.tag == current.tag and _same_names(names, _class_names(child))
        ]
        if len(alike) > 1 and all(_priced_block(child) for child in alike):
            return True
        current = parent
    return False


def _class_names(node: LexborNode) -> frozenset[str]:
    return frozenset((node.attributes.get("class") or "").split())


def _same_names(one: frozenset[str], other: frozenset[str]) -> bool:
    """The same class names, or one more on one of them (a state: the chosen, the active one)."""
    return one == other or (bool(one) and bool(other) and len(one ^ other) == 1)


def _priced_block(node: LexborNode) -> bool:
    return node.css_first("button, [class*=price], [itemprop=price]") is not None


_TIMES = tuple(Decimal(10) ** power for power in (1, 2, 3))


def price_in_question(page: Page, amount: Decimal) -> bool:
    """Whether the page's price elements put a structured price in question: they write it only as a price before a
    reduction (struck through, named old or original), or not at all but a power of ten away from it (cents for
    units, a decimal mark read as a thousands one)."""
    current = old = scaled = False
    for node in page.marked["price"][:_MAX_CANDIDATES]:
        if node.tag == "meta":
            continue
        text = node_text(node)
        if not text or len(text) > _CANDIDATE_TEXT:
            continue
        amounts = {found for found, _ in prices_in_text(text, page.url)}
        # Two amounts make a container (an old price beside the new one), which says nothing of either.
        if len(amounts) != 1:
            continue
        if amount in amounts:
            attrs = node.attributes
            names = _names(attrs)
            parent = node.parent
            if _OLD_LOWER.search(names) or struck(node, attrs) or (parent is not None and parent.tag in STRUCK_TAGS):
                old = True
            else:
                current = True
        elif any(found == amount * times or found * times == amount for found in amounts for times in _TIMES):
            scaled = True
    return not current and (old or scaled)


def range_shown(page: Page, low: Decimal, high: Decimal) -> bool:
    """Whether one of the page's price elements writes a structured price range as its price ("502,20 - 558,00"): a
    "from" or comparison page, whose price is the range's start."""
    for node in page.marked["price"][:_MAX_CANDIDATES]:
        text = node_text(node)
        if (
            text
            and len(text) <= _CANDIDATE_TEXT
            and {amount for amount, _ in prices_in_text(text, page.url)}
            == {
                low,
                high,
            }
        ):
            return True
    return False


def _before_reduction(node: LexborNode, amount: Decimal, olds: list[tuple[LexborNode, Decimal]]) -> Decimal | None:
    """The price before a reduction written beside the price (the closest in the tree, one amount, above it): which
    another kind may state as the price (see ``agree.choose_price``)."""
    higher = [(old, value) for old, value in olds if value > amount]
    if not higher:
        # Struck-through amounts in the box around the price, which no class names as a price.
        box = node.parent
        for _ in range(3):
            if box is None or box.tag in ("body", "html") or len(node_text(box)) > _MAX_BOX:
                break
            olds_here = box.css(STRUCK)
            if olds_here:
                higher = [(old, value) for old in olds_here for value, _ in prices_in_text(node_text(old))]
                higher = [(old, value) for old, value in higher if value > amount]
                break
            box = box.parent
    anchor = [chain(node)]
    ranks = [closeness(old, anchor) for old, _ in higher]
    nearest = {value for (_, value), rank in zip(higher, ranks, strict=True) if rank == max(ranks)}
    return nearest.pop() if len(nearest) == 1 else None


_AROUND = 2
_AROUND_TEXT = 200


def _part_payment_around(node: LexborNode, amount: Decimal, url: str) -> bool:
    """Whether the short text around an amount says it is a part payment ("€ 79,95" in "€ 79,95 /mese"). Where that
    text writes other amounts too ("From £1,364.50 or £37.90/month"), the part payment is the amount nearest the
    words that say so."""
    current = node.parent
    for _ in range(_AROUND):
        if current is None or current.tag in ("body", "html"):
            return False
        text = node_text(current)
        if len(text) > _AROUND_TEXT:
            return False
        said = _INSTALMENT.search(text)
        if said is not None:
            placed = [(abs(start - said.start()), found) for start, found, _ in placed_prices(text, url)]
            return len({found for _, found in placed}) < 2 or min(placed, key=lambda pair: pair[0])[1] == amount
        current = current.parent
    return False


_ADD_ON_REACH = 5


def _add_on(node: LexborNode) -> bool:
    """Whether a price is an add-on's a shopper may tick beside the product (a protection plan, gift wrapping): it
    sits in the label of a checkbox."""
    current = node.parent
    for _ in range(_ADD_ON_REACH):
        if current is None or current.tag in ("body", "html", "form"):
            return False
        if current.tag == "label":
            return _ticked(current)
        current = current.parent
    return False


def _ticked(label: LexborNode) -> bool:
    """Whether a label is a checkbox's: one it holds, or one just before it that it names."""
    return label.css_first('input[type="checkbox" i]') is not None or _labels_checkbox(label)


def _labels_checkbox(label: LexborNode) -> bool:
    """Whether a label names a checkbox beside it (``<input type=checkbox id=x><label for=x>``)."""
    target = label.attributes.get("for")
    sibling = label.prev
    while sibling is not None and sibling.tag == "-text":
        sibling = sibling.prev
    return bool(
        target
        and sibling is not None
        and sibling.tag == "input"
        and (sibling.attributes.get("type") or "").lower() == "checkbox"
        and sibling.attributes.get("id") == target
    )


def _with_currency(node: LexborNode, found: tuple[Decimal, str | None], url: str) -> tuple[Decimal, str | None]:
    """An amount written without its currency, with the one its parent writes beside it ("214,19" then "€")."""
    parent = node.parent
    if parent is None or parent.tag in ("body", "html"):
        return found
    text = node_text(parent)
    beside = price_in_text(text, url) if len(text) <= 80 else None
    if beside is not None and beside[0] == found[0] and beside[1] is not None:
        return beside
    return found


def _price_by_button(page: Page, evidence: Evidence, buttons: list[LexborNode], currency: str | None) -> None:
    """The price written beside the buy button, for pages that mark no element as the price: the first amount with a
    currency in the smallest box around the button that has one, struck-through (old) prices left out."""
    for button in buttons[:FIRST_BUY]:
        box = button.parent
        for _ in range(3):
            if box is None or box.tag in ("body", "html"):
                break
            text = clean_text(box.text(deep=True, separator=" ", skip_empty=True)) or ""
            if len(text) > _MAX_BOX:
                break
            # Struck-through (old) prices and the prices of add-ons ticked beside the product are not its price.
            set_aside = {
                amount
                for node in box.css(_STRUCK_OR_LABEL)
                if node.tag != "label" or _ticked(node)
                for amount, _ in prices_in_text(node_text(node), page.url)
            }
            # Other products' amounts in the box, looked for only once an amount would be taken.
            others: set[Decimal] | None = None
            ranged: frozenset[int] | None = None
            for start, amount, written in placed_prices(text, page.url):
                # A text without amounts, most of them, is not scanned again for ranges.
                ranged = ranged_prices(text) if ranged is None else ranged
                if start in ranged:
                    _note_range(evidence, amount)
                if written is None or amount <= 0 or amount in set_aside or start in ranged:
                    continue
                # "Free delivery over £40", "save $5", "$12/month": amounts beside a buy button that are not its price.
                if _NOT_THE_PRICE.search(text[max(0, start - _CONTEXT) : start].lower()):
                    continue
                others = _others_amounts(box, page.url) if others is None else others
                if amount in others:
                    continue
                evidence.price, evidence.currency = amount, written or currency
                return
            box = box.parent


_ASIDE_LOWER = lower_twin(ASIDE)


def _others_amounts(box: LexborNode, url: str) -> set[Decimal]:
    """The amounts a box writes in blocks it holds that are named for other products than the page's (related,
    recommended, the basket), or in links (``_in_link``): the box around a buy button may reach them, and their
    prices are not the product's."""
    found: set[Decimal] = set()
    for node in box.traverse():
        if node is box:
            continue
        attrs = node.attributes
        if (node.tag == "a" and attrs.get("href")) or _ASIDE_LOWER.search(_names(attrs)):
            found.update(amount for amount, _ in prices_in_text(node_text(node), url))
    return found


def _note_range(evidence: Evidence, amount: Decimal) -> None:
    """Keeps the first range of prices the page shows where the price would be: no price to pay until a variation is
    chosen, but the product is on sale (its buy button says it is in stock)."""
    if evidence.price_range is not None and evidence.price_range[0] != evidence.price_range[1]:
        return
    low = evidence.price_range[0] if evidence.price_range is not None else amount
    evidence.price_range = (min(low, amount), max(low, amount))


# Words before a price's label that make it another price than the one to pay now.
_OTHER_PRICE = re.compile(
    r"list|was|old|regular|original|retail|compare|rrp|uvp|msrp|unit|base|grund|statt|ancien|alter|before|former|"
    r"normal|reference|référence|shipping|delivery|total",
    re.IGNORECASE,
)


# The same words as a label just before an amount: "Was: $56.50", "RRP £30", "Statt 39,95 €".
_OTHER_LEAD = re.compile(rf"(?<!\w)(?:{_OTHER_PRICE.pattern})(?!\w)", re.IGNORECASE)
_LEAD_TEXT = 30


def _named_other(node: LexborNode, text: str, url: str) -> bool:
    """Whether the words a shopper reads just before a price element's amount name it another price than the one to
    pay now: in the element's own text before the amount, else in the text or label element right before it."""
    placed = next(placed_prices(text, url), None)
    lead = text[: placed[0]] if placed is not None else ""
    if not lead.strip():
        before = node.prev
        while before is not None and before.tag == "-text" and not (before.text_content or "").strip():
            before = before.prev
        if before is None:
            return False
        lead = (before.text_content or "") if before.tag == "-text" else node_text(before)
    return _OTHER_LEAD.search(_last_label(lead)) is not None


_LABEL_END = re.compile(r"[\d:\n|]")
_LABEL_WORDS = 3


def _last_label(lead: str) -> str:
    """The label right before an amount: the last few words after the last colon or number ("Now" in "MSRP: Was:
    Now:", where the labels of the prices a shop hides are written too)."""
    lead = lead.rstrip(" \t:")
    cut = max((match.end() for match in _LABEL_END.finditer(lead)), default=0)
    return " ".join(lead[cut:].split()[-_LABEL_WORDS:])[-_LEAD_TEXT:]


_HEADING_REACH = 4
PRICE_BY_HEADING = f"{VISIBLE}:price-by-heading"


def _price_by_heading(page: Page, evidence: Evidence, heading: LexborNode) -> None:
    """The first price written after the product's heading in the largest block around it (up to a few levels, a few
    hundred characters), for pages that mark no element as the price and whose buy button is not beside it
    (utility-class markup, a sold-out page without one). Read in the page's order, the block's text after the heading
    holds the smaller blocks' first: the amount closest to the heading in the tree comes first."""
    box, reached = heading.parent, None
    for _ in range(_HEADING_REACH):
        if box is None or box.tag in ("body", "html") or len(node_text(box)) > _MAX_BOX:
            break
        reached, box = box, box.parent
    if reached is not None:
        _first_price_after(page, evidence, reached, {node.mem_id for node in heading.traverse(include_text=True)})


def _first_price_after(page: Page, evidence: Evidence, box: LexborNode, heading: set[int]) -> bool:
    """Reads the box's text after the heading, as a shopper does, for an amount with its currency written apart from
    the words before it; not struck through, hidden or in another product's block; not named another price ("Was",
    "RRP"), a part payment, a price per measure or a threshold ("free delivery over £40")."""
    after = False
    lead = ""
    for node in box.traverse(include_text=True):
        if node.mem_id in heading:
            after = True
            continue
        if not after or node.tag != "-text":
            continue
        text = node.text_content or ""
        text = " ".join((text if text.isascii() else normalize("NFKC", text)).split())
        if not text:
            continue
        parent = node.parent
        if parent is None or hidden(parent):
            continue
        shown = not (struck(parent, parent.attributes) or aside(page, parent) or _in_link(parent))
        tail = 0
        ranged: frozenset[int] | None = None
        for start, amount, written in placed_prices(text, page.url):
            ranged = ranged_prices(text) if ranged is None else ranged
            before, rest = (lead + " " + text[tail:start])[-_CONTEXT:], text[start : start + _CONTEXT]
            lead, tail = "", start + 1
            glued = start > 0 and text[start - 1].isalpha()
            if start in ranged and shown:
                _note_range(evidence, amount)
            if not shown or written is None or amount <= 0 or glued or start in ranged:
                continue
            if _NOT_THE_PRICE.search(before.lower()) or _OTHER_LEAD.search(_last_label(before)):
                continue
            if _INSTALMENT.search(before):
                continue
            if _PER_MEASURE.search(rest) or _INSTALMENT.search(rest):
                continue
            evidence.price, evidence.currency = amount, written
            evidence.sources["price"] = PRICE_BY_HEADING
            return True
        lead = (lead + " " + text[tail:])[-_CONTEXT:]
    return False


_LINK_REACH = 3


def _in_link(node: LexborNode) -> bool:
    """Whether a text is a link's, or within a few elements of one: a link leads to another page (other sellers'
    offers "(3) from € 8,00", another size, a bundle), and the amount it writes is that page's."""
    current: LexborNode | None = node
    for _ in range(_LINK_REACH):
        if current is None:
            return False
        if current.tag == "a" and current.attributes.get("href"):
            return True
        current = current.parent
    return False


def _labelled_price(page: Page, evidence: Evidence, currency: str | None) -> None:
    """The amount after a "Price:" label, for pages that mark no element as the price and have no buy button to read
    beside (a table of details): money by its currency or its decimals, not a part payment or a price per measure."""
    # Read only on the few pages that give no other price, so its words are not among those every page's lines are
    # looked up by (see ``Page.labels``).
    for match in page.finditer(PRICE_LABEL):
        if match.group("lead") and _OTHER_PRICE.search(match.group("lead")):
            continue
        text = (match.group("value") or match.group("next") or "").strip()
        # The amount is the whole value, its currency beside it: "Price: $12.50", not "Price without VAT 25,40 €".
        placed = next(placed_prices(text, page.url), None)
        found = placed[1:] if placed is not None and placed[0] == 0 else None
        if found is None or _several_prices(text, page.url) or _PER_MEASURE.search(text) or _INSTALMENT.search(text):
            continue
        if found[1] is None and (currency is None and _MONEY_SHAPE.search(text) is None):
            continue
        evidence.price, evidence.currency = found[0], found[1] or currency
        evidence.sources["price"] = LABELLED_PRICE
        return


def _several_prices(text: str, url: str) -> bool:
    """A text with two different prices is a container (old and new price), not the price itself."""
    return len({amount for amount, _ in prices_in_text(text, url)}) > 1


def _availability(page: Page, evidence: Evidence, around: Around) -> bool:
    """Reads the stock state from the page's stock elements, else a labelled line, else a line that says nothing else;
    whether it came from that last, weakest reading."""
    candidates: list[tuple[LexborNode, int]] = []
    states: list[Availability] = []
    for position, node in enumerate(page.marked["stock"][:_MAX_CANDIDATES]):
        text = node_text(node)
        if not text or len(text) > 120:
            continue
        state = stock_in_text(text)
        # A shop renders every stock state's note and shows one: a hidden one is not the page's.
        if state is None or _NOT_STOCK.search(text) or aside(page, node) or hidden(node) or _one_choice(node):
            continue
        candidates.append((node, position))
        states.append(state)
    if candidates:
        evidence.availability = states[_closest(candidates, around)]
        return False
    for match in page.labels(AVAILABILITY_LABEL):
        evidence.availability = stock_in_text(match.group("value") or match.group("next"))
        if evidence.availability is not None:
            return False
    evidence.availability = _stock_line(page)
    return evidence.availability is not None


# The elements a size or colour chooser lists its choices in.
_CHOICES = frozenset({"li", "option", "button", "label", "input"})


def _one_choice(node: LexborNode) -> bool:
    """Whether a stock note is one choice's among its like (a size's "sold out" in a list of sizes): its element,
    or its parent, is one of several of the same kind side by side."""
    current = node
    for _ in range(2):
        parent = current.parent
        if parent is None:
            return False
        if current.tag in _CHOICES and sum(1 for child in parent.iter() if child.tag == current.tag) > 1:
            return True
        current = parent
    return False


def _stock_line(page: Page) -> Availability | None:
    """A line of the page that says nothing but the stock state ("In stock", "Sold out"); a "Sold out" that is one
    choice's among its like (a size's in a list of sizes, see ``_one_choice``) is not the product's, while one choice
    in stock is the product in stock."""
    for match in page.finditer(STOCK_LINE):
        words = PUNCTUATION.sub(" ", match.group(0)).strip()
        if not stock_phrase(words):
            continue
        state = stock_in_text(words)
        if state not in (Availability.out_of_stock, Availability.discontinued) or not _choices_only(
            page, match.group(0).strip()
        ):
            return state
    return None


def _choices_only(page: Page, line: str) -> bool:
    """Whether every element whose own text holds the line is one choice among several. The walk over the page's
    text nodes is made only for a bare sold-out line, which few pages reach."""
    body = page.tree.body
    if body is None:
        return False
    lowered = line.lower()
    holders = [
        node.parent
        for node in body.traverse(include_text=True)
        if node.tag == "-text" and node.parent is not None and lowered in nfkc(node.text(deep=False)).lower()
    ]
    return bool(holders) and all(_one_choice(holder) for holder in holders)


def labelled(text: str | Page, label: re.Pattern[str]) -> str | None:
    """The value after the first line that starts with the label, there or alone on the next line."""
    for match in text.labels(label) if isinstance(text, Page) else label.finditer(text):
        value = match.group("value") or match.group("next")
        if value and any(char.isdigit() for char in value):
            return value
    return None


# A code in the page's address ("/Prod/144432/", "?item=K-17") that the page also writes as a labelled value, in
# whatever language or script its label is ("קוד מוצר: 144432"): two sources agree on it.
_URL_PIECE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{2,40}")
_URL_SPLIT = re.compile(r"[._-]")


def _url_code(page: Page) -> str | None:
    parts = urlsplit(page.url)
    pieces: list[str] = []
    for piece in reversed(_URL_PIECE.findall(f"{parts.path} {parts.query}")):
        pieces.extend([piece, *reversed(_URL_SPLIT.split(piece))])
    codes = [
        piece
        for piece in dict.fromkeys(pieces)
        if len(piece) >= 4 and any(char.isdigit() for char in piece) and CODE_SHAPE.fullmatch(piece)
    ]
    if not codes:
        return None
    # The code alone after a label's colon, on the label's line or the next: one scan for all of them.
    alternatives = "|".join(map(re.escape, codes))
    found = {match.group(1) for match in re.finditer(rf"[:#][ \t]*\n?[ \t]*({alternatives})[ \t]*\n", page.text())}
    return next((code for code in codes if code in found), None)


_CHOICE_REACH = 3
_CHOICE_TEXT = 20


def _one_of_alike(node: LexborNode) -> bool:
    """Whether a code-named element is one choice in a list of them (a size picker whose class says "sku", one row of
    a variants table): it, or a short block around it, sits beside another element of the same tag and class."""
    current: LexborNode | None = node
    for _ in range(_CHOICE_REACH):
        if current is None or current.tag in ("body", "html") or len(node_text(current)) > _CHOICE_TEXT:
            return False
        if _alike(current, current.prev, backwards=True) or _alike(current, current.next, backwards=False):
            return True
        current = current.parent
    return False


def _alike(node: LexborNode, sibling: LexborNode | None, backwards: bool) -> bool:
    """Whether the nearest element beside the node, past blank text, has its tag and class."""
    while sibling is not None and sibling.tag == "-text":
        sibling = sibling.prev if backwards else sibling.next
    return (
        sibling is not None
        and sibling.tag == node.tag
        and sibling.attributes.get("class") == node.attributes.get("class")
    )


def _in_address(value: str | None, url: str) -> bool:
    """Whether the value is a whole piece of the address (``/p/144432/``, ``?id=144432``, ``…-144432.html``)."""
    return bool(value) and re.search(rf"(?<![A-Za-z0-9]){re.escape(value or '')}(?![A-Za-z0-9])", url) is not None


# A code written in two or three words, the last one a number or ending with one.
_SPACED_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]*(?: [A-Za-z0-9._/-]+)?(?: [A-Za-z0-9._/-]*\d)")
_SPACED_LENGTH = 30


def _codes(page: Page, evidence: Evidence) -> None:
    for node in page.marked["sku"][:_MAX_CANDIDATES]:
        # A meta tag's code is markup a shopper never reads, not a code the page shows.
        if node.tag in ("option", "select", "input", "button", "meta", "link") or not enabled(node):
            continue
        if _one_of_alike(node):
            continue
        text = node_text(node)
        value = labelled(f"\n{text}\n", SKU_LABEL) or text.strip()
        if CODE_SHAPE.fullmatch(value) and any(char.isdigit() for char in value):
            evidence.sku = code_value(value)
            break
    evidence.sku = evidence.sku or code_value(labelled(page, OWN_CODE_LABEL) or labelled(page, REFERENCE_LABEL))
    if evidence.sku is None:
        evidence.sku = _url_code(page)
        if evidence.sku is not None:
            evidence.sources["sku"] = URL_CODE
    # A code the page shows under its label in a form not read as one is the page's code: written in a few words
    # that end with a number ("Product Code: Product 48", "Art.-Nr.: 100 200 30") it is read so; otherwise an id
    # written for its scripts is not the code either, so none is taken.
    line = next(page.labels(OWN_CODE_LINE), None) if evidence.sku is None else None
    if line is not None:
        words = line.group("words").strip()
        if len(words) <= _SPACED_LENGTH and _SPACED_CODE.fullmatch(words):
            evidence.sku = words
        return
    hidden_fields = page.tree.css(_HIDDEN) if evidence.sku is None else []
    if evidence.sku is None:
        for node in hidden_fields:
            name = (node.attributes.get("name") or "").lower()
            if name in _HIDDEN_CODES or (name in _HIDDEN_IDS and _in_address(node.attributes.get("value"), page.url)):
                evidence.sku = code_value(node.attributes.get("value"))
                if evidence.sku:
                    evidence.sources["sku"] = HIDDEN_INPUT
                    break
    if evidence.sku is None:
        _page_code(page, evidence, hidden_fields)


def _names_aside(node: LexborNode) -> bool:
    """Whether an element's own class or id names it a part that is not the product's (``aside`` looks at the blocks
    around it)."""
    attrs = node.attributes
    return ASIDE.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}") is not None


def _page_code(page: Page, evidence: Evidence, hidden_fields: list[LexborNode]) -> None:
    """A code the page writes for its scripts and links (its address, its product block's ``data-*`` attributes, its
    data layer's product view, its forms' hidden ids) that it also shows, or that two of them agree on."""
    # Related and recommended products carry their own ids: only the product's block counts.
    attributes = [node for node in page.tree.css(CODE_ATTRIBUTES) if not _names_aside(node) and not aside(page, node)]
    fields = [(node.attributes.get("name") or "", node.attributes.get("value")) for node in hidden_fields]
    kinds = {
        LAYER: layer_codes(page.scripts),
        ATTRIBUTE: attribute_codes(attributes),
        FORM: form_codes(fields),
        ADDRESS: address_codes(page.url),
    }
    found = page_code(kinds, lambda: shown_codes(page.text(), evidence.title))
    if found is not None:
        evidence.sku = found.code
        said = SHOWN_CODE if found.shown else PAGE_CODE
        evidence.sources["sku"] = f"{said} ({' + '.join(found.kinds)})"
