"""Where a node sits on a product page: in the product's own part or aside from it, and how close to another.

Several prices and stock notes sit on a product page (related products, the basket, old prices); the ones
that count are those closest in the page's tree to the product's title or its buy button.
"""

from __future__ import annotations

import re
from unicodedata import normalize

from selectolax.lexbor import LexborNode

from aisle_mcp.providers.local.extractor.page import Page, lower_twin, nfkc
from aisle_mcp.providers.local.extractor.values import clean_text

# Other products a page shows beside its own (related, recommended, recently viewed, the basket's), told by the names
# shops give those blocks; the page's own chrome is told by its elements (header, footer, nav), not by class names,
# which the product's own block shares ("product-header", "pdp-slider").
ASIDE = re.compile(
    r"related|recommend|similar|carousel|upsell|cross-?sell|recent|viewed|also|accessor|bundle|mini-?cart|basket|"
    r"compare",
    re.IGNORECASE,
)
# Buy boxes sit in "add-to-basket" wrappers, which the pattern above counts as aside.
BUTTON_ASIDE = re.compile(
    r"related|recommend|similar|carousel|upsell|cross-?sell|recent|viewed|also|accessor|bundle|mini-?(?:cart|basket)|"
    r"compare",
    re.IGNORECASE,
)
# A heading in a block named as the page's chrome (a logo's heading in a "site-header" block) is not the product's;
# the heading is looked for there only when none is found elsewhere (see ``visible._title``).
CHROME_NAMES = re.compile(ASIDE.pattern + r"|footer|header|\bnav|menu|sidebar|teaser|popup|modal|banner", re.IGNORECASE)
# Struck-through text (a price before a reduction) is written with these elements or with the style that draws the
# line (an old theme's ``<span style="text-decoration: line-through">``).
STRUCK_TAGS = frozenset({"del", "s", "strike"})
STRUCK = "del, s, strike, [style*='line-through' i]"
_ASIDE_TAGS = frozenset({"header", "footer", "nav", "aside"}) | STRUCK_TAGS
# A buy box is often the page's <aside>, beside the product's pictures.
_BUTTON_ASIDE_TAGS = _ASIDE_TAGS - {"aside"}


def struck(node: LexborNode, attrs: dict[str, str | None]) -> bool:
    """Whether the element (its attributes given: reading them costs a dict) is struck through, by its tag or its
    inline style."""
    return node.tag in STRUCK_TAGS or "line-through" in (attrs.get("style") or "")


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


def aside(page: Page, node: LexborNode, pattern: re.Pattern[str] = ASIDE) -> bool:
    """Whether the node sits in a part of the page that is not the product's own (navigation, related items).

    Told by structure first: the blocks that hold the product's heading are its own, whatever their class names say
    ("product-header", "pdp-slider"); below them, a chrome element or class name marks what is not the product's.
    """
    return node.tag in _tags(pattern) or _inside_aside(page, node.parent, pattern)


def _tags(pattern: re.Pattern[str]) -> frozenset[str]:
    return _BUTTON_ASIDE_TAGS if pattern is BUTTON_ASIDE else _ASIDE_TAGS


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
        if current.mem_id in page.own:
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


_HIDDEN_REACH = 4
# Class names that hide an element ("hidden", Bootstrap's "d-none"), over lower-cased names.
HIDDEN_NAMES = re.compile(r"(?<![a-z])(?:hidden|d-none|hide)(?![a-z])")


def hidden(node: LexborNode, names: re.Pattern[str] | None = None) -> bool:
    """Whether an element is hidden, itself or in a close block: by the ``hidden`` attribute or ``display:none``,
    and where ``names`` is given, by a class or id it matches."""
    current: LexborNode | None = node
    for _ in range(_HIDDEN_REACH):
        if current is None or current.tag in ("body", "html"):
            return False
        attrs = current.attributes
        if "hidden" in attrs or "display:none" in (attrs.get("style") or "").replace(" ", "").lower():
            return True
        if names is not None and names.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()):
            return True
        current = current.parent
    return False


def chain(node: LexborNode | None) -> dict[int, int]:
    ancestors: list[int] = []
    while node is not None:
        ancestors.append(node.mem_id)
        node = node.parent
    return {mem_id: depth for depth, mem_id in enumerate(reversed(ancestors))}


def closeness(node: LexborNode, anchors: list[dict[int, int]]) -> int:
    """How deep the nearest common ancestor with the title or buy button is: deeper is closer."""
    best = 0
    for chain in anchors:
        current: LexborNode | None = node
        while current is not None and current.mem_id not in chain:
            current = current.parent
        if current is not None:
            best = max(best, chain[current.mem_id])
    return best


def node_text(node: LexborNode) -> str:
    attrs = node.attributes
    content = attrs.get("content") or attrs.get("value")
    if node.tag in ("meta", "input") and content:
        return content
    # Blank text nodes add only blanks, which the cleaning collapses anyway; the text is read in one form (see
    # ``Page.lines``).
    text = node.text(deep=True, separator=" ", skip_empty=True)
    # Candidates are short; a long container's text, which no caller reads as a value, is not normalized.
    if not text.isascii():
        text = normalize("NFKC", text) if len(text) <= _NORMALIZED else nfkc(text)
    return clean_text(text) or ""


_NORMALIZED = 2000
