"""Product codes a page writes for its own scripts and links rather than for a shopper: its address (a path segment,
``/p/AB-123``, ``-p-12345.html``, a query value), ``data-*`` attributes of the product's block named for its code or
id, the item of an analytics data layer's product view (GA4 ``view_item`` items' ``item_id``, Universal Analytics
``ecommerce.detail.products[].id``), and its forms' hidden product ids.

Each kind is one source, and no source alone makes a sku: an id in one of them is as often the shop's internal id
(a database row, an image, a size) as the code a shopper knows the product by. A candidate counts when the page also
shows it to shoppers (written in its visible text, on a short line of its own: under a label in a language the word
lists lack, say), or when two kinds name the same code and one of them names it a code or sku (``?sku=``,
``data-product-code``, a data layer's ``item_sku``). Two ids that agree (the address's number and GA4's
``item_id``) say only that the shop's id for the product is that number: classifieds, marketplaces and shops whose
pages show no code write them so, and the code a page shows is another.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import parse_qsl, unquote, urlsplit

from selectolax.lexbor import LexborNode

from aisle_mcp.providers.local.extractor.values import CODE_SHAPE
from aisle_mcp.providers.local.extractor.words import GTIN_LABEL, MPN_LABEL

ADDRESS = "address"
ATTRIBUTE = "data attribute"
LAYER = "data layer"
FORM = "form"

# Names shops give a product's code in query strings, data layers, attributes and forms, squeezed (no "-" or "_")
# and lower-cased; and the names of its id, which count only where the page shows it or a code-named source agrees.
_CODE_NAMES = frozenset(
    [
        "sku", "productsku", "itemsku", "productcode", "itemcode", "articlecode", "stylecode", "articlenumber",
        "itemnumber", "productnumber", "stylenumber",
    ]
)  # fmt: skip
_ID_NAMES = frozenset(["id", "itemid", "productid", "pid", "articleid"])
_LAYER_KEY = re.compile(
    r"""(?<![\w-])["']?((?:item_?|product_?)?(?:sku|id)|(?:item|product|article|style)_?(?:code|number))["']?\s*:\s*["']?"""
    r"""([A-Za-z0-9][A-Za-z0-9._/-]{2,40})""",
    re.IGNORECASE,
)
_LAYER_LIST = re.compile(r"""["']?(?:products|items)["']?\s*:\s*\[""")
# The event a list belongs to, looked for just before it: a product view names the page's product; a list view,
# a cart or a promotion names others.
_PRODUCT_VIEW = re.compile(r"""view_item(?!_list|s)|["']?detail["']?\s*:""")
_LAYER_BACK = 300
_LAYER_REACH = 600
_MAX_SCRIPTS = 200
_SHORTEST = 4
# A bare number shown without a label is a count, a size or a year as often as a code: only a long one is read so.
_SHOWN_DIGITS = 5
_SHOWN_LINE = 48
_EXTENSION = re.compile(r"\.(?:html?|php|aspx?|jsp)$", re.IGNORECASE)
_PIECES = re.compile(r"[-_.]")
_MAX_JOINED = 3


def _code(value: str | None) -> str | None:
    """A value that has the shape of a product's code: one word of letters, digits and marks, with a digit."""
    if not value:
        return None
    value = value.strip()
    if len(value) < _SHORTEST or not CODE_SHAPE.fullmatch(value) or not any(char.isdigit() for char in value):
        return None
    return value


@dataclass(frozen=True)
class Candidate:
    code: str
    # Whether the source names it a code or sku, not only an id.
    named: bool


def _squeezed(name: str) -> str:
    return name.replace("-", "").replace("_", "").lower()


def address_codes(url: str) -> list[Candidate]:
    """The codes the page's address may name: each query value, and each segment of its path, whole and in its
    pieces between dashes and dots (``prw-3100yb-1er-304103.html`` names ``304103``, ``set.product.1503473.html``
    ``1503473``; ``mu312m00l-c11`` is one code of two pieces), the last segment first."""
    parts = urlsplit(url)
    found = [
        Candidate(code, _squeezed(name) in _CODE_NAMES)
        for name, value in parse_qsl(parts.query)
        if (code := _code(value))
    ]
    for segment in reversed(unquote(parts.path).split("/")):
        segment = _EXTENSION.sub("", segment)
        pieces = [piece for piece in _PIECES.split(segment) if piece]
        found.extend(Candidate(code, False) for code in [_code(segment)] if code)
        for size in range(_MAX_JOINED, 0, -1):
            for start in range(len(pieces) - size, -1, -1):
                code = _code("-".join(pieces[start : start + size]))
                if code is not None:
                    found.append(Candidate(code, False))
    return found


def _viewed_items(scripts: Iterable[tuple[str | None, str]]) -> Iterator[str]:
    """The first item of each product view's list in the page's analytics data layer (``dataLayer.push({"event":
    "view_item", "ecommerce": {"items": [{"item_id": ...}]}})``, ``"detail": {"products": [{"id": ...}]}``): its keys
    up to its closing brace."""
    for count, (_, text) in enumerate(scripts):
        if count >= _MAX_SCRIPTS:
            break
        if "products" not in text and "items" not in text:
            continue
        for listed in _LAYER_LIST.finditer(text):
            if _PRODUCT_VIEW.search(text, max(0, listed.start() - _LAYER_BACK), listed.start()) is None:
                continue
            window = text[listed.end() : listed.end() + _LAYER_REACH]
            yield window[: window.find("}") + 1 or None]


def layer_codes(scripts: Iterable[tuple[str | None, str]]) -> list[Candidate]:
    """The codes of the product an analytics data layer says the page views: the first item of a product view's list
    (``_viewed_items``)."""
    return [
        Candidate(code, _squeezed(key.group(1)) in _CODE_NAMES)
        for item in _viewed_items(scripts)
        for key in _LAYER_KEY.finditer(item)
        if (code := _code(key.group(2))) is not None
    ]


_LAYER_PRICE = re.compile(r"""["']?price["']?\s*:\s*["']?(\d+(?:\.\d+)?)(?![\d.])""")


def layer_prices(scripts: Iterable[tuple[str | None, str]]) -> list[Decimal]:
    """The prices an analytics data layer gives the product it says the page views (the ``price`` of the first item of
    a product view's list, ``_viewed_items``): a shop's own statement of what the product costs, for its reports."""
    return [Decimal(price.group(1)) for item in _viewed_items(scripts) if (price := _LAYER_PRICE.search(item))]


# The spellings of those names as ``data-*`` attributes, for one selector query.
ATTRIBUTES = ", ".join(
    f"[data-{name}]"
    for name in (
        "sku", "product-sku", "item-sku", "product-code", "productcode", "item-code", "itemcode", "article-code",
        "style-code", "article-number", "item-number", "product-number", "style-number", "product-id", "productid",
        "product_id", "pid", "item-id", "itemid", "article-id",
    )
)  # fmt: skip


def attribute_codes(nodes: Iterable[LexborNode]) -> list[Candidate]:
    """The codes ``data-*`` attributes named for a product's code or id carry (``data-sku``, ``data-product-id``)."""
    found: list[Candidate] = []
    for node in nodes:
        for name, value in node.attributes.items():
            squeezed = _squeezed(name[5:]) if name.startswith("data-") else ""
            if (squeezed in _CODE_NAMES or squeezed in _ID_NAMES) and (code := _code(value)) is not None:
                found.append(Candidate(code, squeezed in _CODE_NAMES))
    return found


def form_codes(fields: Iterable[tuple[str, str | None]]) -> list[Candidate]:
    """The codes hidden form fields (name, value) named for a product's code or id carry."""
    found: list[Candidate] = []
    for name, value in fields:
        squeezed = _squeezed(name)
        if (squeezed in _CODE_NAMES or squeezed in _ID_NAMES) and (code := _code(value)) is not None:
            found.append(Candidate(code, squeezed in _CODE_NAMES))
    return found


@dataclass(frozen=True)
class PageCode:
    code: str
    kinds: tuple[str, ...]
    shown: bool


def squeezed_code(code: str) -> str:
    """A code without its marks, case-blind: ``904.230.19`` and ``90423019`` are one code written two ways."""
    return "".join(char for char in code if char.isalnum()).casefold()


def page_code(kinds: dict[str, list[Candidate]], shown_by: Callable[[], dict[str, str]]) -> PageCode | None:
    """The code the page shows among the candidates, else the one two kinds agree on where one of them names it a
    code; ``None`` when none does, or when several do and nothing tells which is the product's. ``shown_by`` gives
    the codes the page shows (see ``shown_codes``), by their squeezed form, read only when there are candidates: a
    code is given as the page writes it."""
    named: dict[str, list[str]] = {}
    spelled: dict[str, str] = {}
    coded: set[str] = set()
    for kind, candidates in kinds.items():
        for candidate in candidates:
            key = squeezed_code(candidate.code)
            spelled.setdefault(key, candidate.code)
            if kind not in named.setdefault(key, []):
                named[key].append(kind)
            if candidate.named:
                coded.add(key)
    if not named:
        return None
    shown = shown_by()
    seen = [key for key in named if key in shown]
    if seen:
        return PageCode(shown[seen[0]], tuple(named[seen[0]]), True) if len(seen) == 1 else None
    agreed = [key for key, by in named.items() if len(by) > 1 and key in coded]
    if len(agreed) != 1:
        return None
    return PageCode(spelled[agreed[0]], tuple(named[agreed[0]]), False)


# A short line that ends with a code after a label of a few words without digits, in any language ("Mã hàng",
# "商品編號"), or none, a colon, a number sign or a dash between; one scan of the page's lines joined by newlines.
_SHOWN = re.compile(
    r"\n(?P<line>(?:(?P<label>[^\d\n]{1,30}?)[ \t:#№-]+)?"
    r"(?P<code>(?=[A-Za-z._/-]{0,40}\d)[A-Za-z0-9][A-Za-z0-9._/-]{1,40}))(?=\n)"
)
_LABEL_WORDS = 4
_NUMBER_SIGN = re.compile(r"[#№]")
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]*")
_OTHER_CODES = (MPN_LABEL, GTIN_LABEL)


def shown_codes(text: str, title: str | None, numbered: bool = False) -> dict[str, str]:
    """The codes the page shows a shopper, by their squeezed form: each alone at the end of a short line of its
    visible text (``text``: its lines joined by newlines) after a label or none (``numbered``: only after a label and
    a number sign, "Shop # AB12C", which says what follows is a number), not the product's name; a bare number only
    when it is long (a short one is a count, a size or a year as often as a code)."""
    named = (title or "").casefold()
    # A code the product's name holds ("750ml", "PRW-3100YB") is a measure or a model in it, not a code it shows.
    in_name = {squeezed_code(token) for token in _TOKEN.findall(title or "")}
    found: dict[str, str] = {}
    for match in _SHOWN.finditer(text):
        # A sentence's full stop after a code is not part of it.
        line, code = match.group("line"), match.group("code").rstrip("._/-")
        if squeezed_code(code) in in_name:
            continue
        signed = match.group("label") and _NUMBER_SIGN.search(text, match.end("label"), match.start("code"))
        if numbered and not signed:
            continue
        if len(line) > _SHOWN_LINE or len((match.group("label") or "").split()) > _LABEL_WORDS:
            continue
        if _code(code) is None or (code.isdigit() and len(code) < _SHOWN_DIGITS) or line.casefold() in named:
            continue
        # The maker's part number or a barcode under its label is not the shop's code.
        if any(label.match(f"\n{line}\n") for label in _OTHER_CODES):
            continue
        found.setdefault(squeezed_code(code), code)
    return found
