"""The built-in extractor: one product page's HTML in, one normalized ``Product`` out. Pure: no I/O.

Evidence is read in order of trust (JSON-LD, microdata, RDFa, meta tags, embedded page state, then the
visible page) and merged field by field, so the best source a page offers wins for each field.
"""

from __future__ import annotations

from typing import Any

from aisle_mcp.products import Product
from aisle_mcp.providers.local.extractor.evidence import JSON_LD, MICRODATA, RDFA, Evidence
from aisle_mcp.providers.local.extractor.jsonld import jsonld_documents
from aisle_mcp.providers.local.extractor.merge import merge
from aisle_mcp.providers.local.extractor.meta import meta_evidence, meta_tags
from aisle_mcp.providers.local.extractor.microdata import microdata_items, rdfa_items
from aisle_mcp.providers.local.extractor.nodes import main_product
from aisle_mcp.providers.local.extractor.page import parse_page
from aisle_mcp.providers.local.extractor.state import state_documents, state_evidence
from aisle_mcp.providers.local.extractor.visible import visible_evidence

__all__ = ["extract_product"]

_CORE = frozenset({"title", "price", "availability", "sku"})


def extract_product(html: str | bytes, url: str) -> Product | None:
    """The product a page describes, or ``None`` when it describes none."""
    page = parse_page(html, url)
    evidence: list[Evidence] = []
    crumbs: tuple[str, str] | None = None
    structured: list[tuple[str, list[Any]]] = [
        (JSON_LD, jsonld_documents(page.scripts)),
        (MICRODATA, microdata_items(page.tree)),
        (RDFA, rdfa_items(page.tree)),
    ]
    for source, items in structured:
        if not items:
            continue
        found, category = main_product(items, source, page.base)
        if found is not None:
            evidence.append(found)
        if category and crumbs is None:
            crumbs = (source, category)
    evidence.append(meta_evidence(meta_tags(page.tree), page.base))
    # The last-resort kinds cost the most to read, so they are read only for what the others left unknown.
    if _missing(evidence):
        state = state_evidence(state_documents(page.scripts), page.base)
        if state is not None:
            evidence.append(state)
    needed = _missing(evidence)
    if needed or not any(item.is_product() for item in evidence):
        evidence.append(visible_evidence(page, evidence, needed or _CORE))
    return merge(evidence, page.url, crumbs)


def _missing(evidence: list[Evidence]) -> frozenset[str]:
    """The core fields an agent decides on that no evidence so far gives."""
    return frozenset(name for name in _CORE if all(getattr(item, name) is None for item in evidence))
