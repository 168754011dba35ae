"""The built-in extractor: one product page's HTML in, one normalized ``Product`` out. Pure: no I/O.

Evidence is read in order of trust (JSON-LD, microdata, RDFa, meta tags, embedded page state, then the
visible page) and merged field by field, so the best source a page offers wins for each field. JSON-LD,
meta tags and page state are found by scanning the raw text; the page's tree, which costs the most to
build, is built only when that leaves a core field unknown or the page carries microdata or RDFa that
could outrank what the scan found.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from aisle_mcp.products import Product
from aisle_mcp.providers.local.extractor.evidence import JSON_LD, MICRODATA, RDFA, Evidence
from aisle_mcp.providers.local.extractor.jsonld import jsonld_documents
from aisle_mcp.providers.local.extractor.merge import merge
from aisle_mcp.providers.local.extractor.meta import meta_evidence, meta_tags
from aisle_mcp.providers.local.extractor.microdata import item_scopes, microdata_items, rdfa_items
from aisle_mcp.providers.local.extractor.nodes import main_product
from aisle_mcp.providers.local.extractor.page import parse_page, read
from aisle_mcp.providers.local.extractor.scan import item_markup, scan
from aisle_mcp.providers.local.extractor.state import state_documents, state_evidence
from aisle_mcp.providers.local.extractor.visible import visible_evidence

__all__ = ["extract_product"]

_CORE = frozenset({"title", "price", "availability", "sku"})


def extract_product(html: str | bytes, url: str) -> Product | None:
    """The product a page describes, or ``None`` when it describes none."""
    text, utf8 = read(html)
    head = scan(text, url)
    crumbs: tuple[str, str] | None = None
    jsonld: Evidence | None = None
    documents = jsonld_documents(head.scripts)
    if documents:
        jsonld, category = main_product(documents, JSON_LD, head.base)
        crumbs = (JSON_LD, category) if category else None
    # JSON-LD outranks every other kind, so what it gives no tree can change.
    if jsonld is not None and not _missing([jsonld]):
        return merge([jsonld, meta_evidence(head.metas, head.base)], head.url, crumbs)
    scanned = [jsonld] if jsonld is not None else []
    scanned.append(meta_evidence(head.metas, head.base))
    state, stated = None, False
    if _missing(scanned):
        state, stated = state_evidence(state_documents(head.scripts), head.base), True
        if state is not None:
            scanned.append(state)
    page = None
    if _missing(scanned) or not any(item.is_product() for item in scanned):
        # The visible page will be read, so the tree is built anyway and tells which kinds of items the page has.
        page = parse_page(text, head, utf8)
        scopes: tuple[list[LexborNode], list[LexborNode]] | None = item_scopes(page.tree)
        microdata, rdfa = bool(scopes[0]), bool(scopes[1])
    else:
        # Finding them in the text costs less than building a tree that only they would need.
        microdata, rdfa = item_markup(text)
        scopes = None
    evidence = [jsonld] if jsonld is not None else []
    if microdata or rdfa:
        page = page or parse_page(text, head, utf8)
        for source, items in (
            (MICRODATA, microdata_items(page.tree, scopes[0] if scopes else None) if microdata else []),
            (RDFA, rdfa_items(page.tree, scopes[1] if scopes else None) if rdfa else []),
        ):
            if not items:
                continue
            found, category = main_product(items, source, page.base)
            if found is not None:
                evidence.append(found)
            if category and crumbs is None:
                crumbs = (source, category)
        evidence.append(meta_evidence(meta_tags(page.tree), head.base))
    else:
        evidence.append(scanned[1] if jsonld is not None else scanned[0])
    # Page state ranks below items and meta tags and is read only for what they leave unknown.
    if _missing(evidence):
        if not stated:
            state = state_evidence(state_documents(head.scripts), head.base)
        if state is not None:
            evidence.append(state)
    needed = _missing(evidence)
    if needed or not any(item.is_product() for item in evidence):
        page = page or parse_page(text, head, utf8)
        evidence.append(visible_evidence(page, evidence, needed or _CORE))
    return merge(evidence, head.url, crumbs)


def _missing(evidence: list[Evidence]) -> frozenset[str]:
    """The core fields an agent decides on that no evidence so far gives."""
    return frozenset(name for name in _CORE if all(getattr(item, name) is None for item in evidence))
