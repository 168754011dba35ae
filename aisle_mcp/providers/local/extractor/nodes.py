"""Finding the page's main product among the schema.org nodes a page carries, whatever the nesting."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from aisle_mcp.products import Availability
from aisle_mcp.providers.local.extractor.evidence import Evidence
from aisle_mcp.providers.local.extractor.schema import (
    PRODUCT_TYPES,
    Node,
    breadcrumb_path,
    overall,
    product_evidence,
    type_names,
)
from aisle_mcp.providers.local.extractor.values import as_node, list_of

_MAX_DEPTH = 12


def _index(value: Any, index: dict[str, Node], depth: int = 0) -> None:
    if depth > _MAX_DEPTH:
        return
    if (items := list_of(value)) is not None:
        # Only objects and arrays hold nodes; a long array of numbers or strings is not walked item by item.
        for item in items:
            if isinstance(item, (dict, list)):
                _index(item, index, depth + 1)
    elif (node := as_node(value)) is not None:
        key = node.get("@id")
        if isinstance(key, str) and len(node) > 1:
            index.setdefault(key, node)
        for item in node.values():
            if isinstance(item, (dict, list)):
                _index(item, index, depth + 1)


class _Index:
    """The documents' nodes by ``@id``, gathered the first time a reference asks: most products point at none, and
    page state is large to walk."""

    def __init__(self, documents: list[Any]) -> None:
        self._documents = documents
        self._nodes: dict[str, Node] | None = None

    def get(self, key: str) -> Node | None:
        if self._nodes is None:
            self._nodes = {}
            _index(self._documents, self._nodes)
        return self._nodes.get(key)


def _resolve(value: Any, index: _Index, depth: int = 0) -> Any:
    """Nodes that only point at another node (``{"@id": "#offer"}``) replaced by the node they point at."""
    if depth > 6:
        return value
    if (items := list_of(value)) is not None:
        return [_resolve(item, index, depth + 1) for item in items]
    if (node := as_node(value)) is not None:
        key = node.get("@id")
        if len(node) == 1 and isinstance(key, str) and (target := index.get(key)) is not None:
            node = target
        return {name: _resolve(item, index, depth + 1) for name, item in node.items()}
    return value


def _walk(value: Any, products: list[Node], crumbs: list[Node], depth: int = 0) -> None:
    if depth > _MAX_DEPTH:
        return
    # Page state holds tens of thousands of values: the type tests are written out rather than called.
    if isinstance(value, list):
        for item in cast("list[Any]", value):
            if isinstance(item, (dict, list)):
                _walk(item, products, crumbs, depth + 1)
        return
    if not isinstance(value, dict):
        return
    node = cast("Node", value)
    # Most nodes of a large graph or page state are untyped; their types are not worked out twice for nothing.
    if "@type" in node or "type" in node:
        names = type_names(node)
        if names & PRODUCT_TYPES:
            products.append(node)
            return
        if "breadcrumblist" in names:
            crumbs.append(node)
            return
    for item in node.values():
        if isinstance(item, (dict, list)):
            _walk(item, products, crumbs, depth + 1)


def _score(evidence: Evidence, page_url: str | None, position: int, named: str) -> tuple[int, int]:
    score = 0
    # The page's own title names the product it is about, not an add-on or another product described beside it.
    if named and evidence.title and evidence.title.casefold() in named:
        score += 3
    if evidence.price is not None:
        score += 4
    if evidence.availability is not None:
        score += 2
    if evidence.title is not None:
        score += 1
    if evidence.sku or evidence.gtin or evidence.mpn:
        score += 1
    if page_url and evidence.url and evidence.url.rstrip("/") == page_url.rstrip("/"):
        score += 4
    return score, -position


def main_product(
    documents: list[Any], source: str, page_url: str | None, title: Callable[[], str | None] | None = None
) -> tuple[Evidence | None, str | None]:
    """The best-described product among the documents, and the page's breadcrumb path if one is declared; ``title``
    gives the page's own (its ``<title>``), which names the product the page is about: asked for only when products
    of several names compete, as finding it reads the page."""
    products: list[Node] = []
    crumbs: list[Node] = []
    _walk(documents, products, crumbs)
    category = next((path for path in map(breadcrumb_path, crumbs) if path), None)
    if not products:
        return None, category
    # References are resolved in products only: page state without any is not indexed.
    index = _Index(documents)
    candidates = [product_evidence(_resolve(node, index), source, page_url) for node in products]
    named = ((title() or "") if title is not None and len({item.title for item in candidates}) > 1 else "").casefold()
    ranked = sorted(enumerate(candidates), key=lambda pair: _score(pair[1], page_url, pair[0], named), reverse=True)
    best = ranked[0][1]
    for _, other in ranked[1:]:
        if _same_product(best, other):
            _fill(best, other)
    _as_variants(best, [item for _, item in ranked[1:] if _variant_of(best, item)])
    return best, category


def _variant_of(one: Evidence, other: Evidence) -> bool:
    """A node of the same name with another code: one size or colour of the product, written as a node of its own."""
    return bool(one.title and one.title == other.title and one.sku and other.sku and one.sku != other.sku)


def _as_variants(best: Evidence, variants: list[Evidence]) -> None:
    """A product written as one node per size is in stock when any size is, and sells at its sizes' prices."""
    if not variants:
        return
    # One size's id is not the product's code: the part every size's id shares is (the style's code, "WK-4539" of
    # "WK-4539-38" and "WK-4539-40"), or, when they share none, the page's own code.
    best.sku = _shared_code([item.sku for item in [best, *variants] if item.sku])
    states = [item.availability for item in [best, *variants] if item.availability is not None]
    if states:
        best.availability = overall(states)
    buyable = [item.price for item in [best, *variants] if item.price is not None and _buyable(item.availability)]
    amounts = list(dict.fromkeys([*best.offered, *buyable]))
    best.offered = amounts if len(amounts) > 1 else []


_SHORTEST_CODE = 4
_SEPARATORS = "-_./ "


def _shared_code(codes: list[str]) -> str | None:
    """The start every code shares, when it is long enough to be a code itself and ends where the codes' own parts
    end ("TS-1044" of "TS-1044-38" and "TS-1044-40"). Sizes "40" and "42" share a "4" that may or may not be the
    style's: "TS-1044-40" and "TS-1044-42", or "TS104440" and "TS104442", give none, and the page's code decides."""
    shared = codes[0] if codes else ""
    for code in codes[1:]:
        while not code.startswith(shared):
            shared = shared[:-1]
    ends_a_part = (shared != "" and shared[-1] in _SEPARATORS) or all(
        len(code) == len(shared) or code[len(shared)] in _SEPARATORS for code in codes
    )
    if not ends_a_part:
        return None
    shared = shared.rstrip(_SEPARATORS)
    return shared if len(shared) >= _SHORTEST_CODE and any(char.isdigit() for char in shared) else None


def _buyable(state: Availability | None) -> bool:
    return state not in (Availability.out_of_stock, Availability.discontinued)


def _same_product(one: Evidence, other: Evidence) -> bool:
    if one.sku and other.sku:
        return one.sku == other.sku
    if one.url and other.url:
        return one.url == other.url
    return bool(one.title and one.title == other.title)


def _fill(target: Evidence, other: Evidence) -> None:
    """Shops sometimes split one product over two nodes; the missing fields come from the twin."""
    for name, value in vars(other).items():
        if name != "source" and value not in (None, [], {}) and getattr(target, name) in (None, [], {}):
            setattr(target, name, value)
