"""JSON-LD blocks, including the broken ones browsers tolerate."""

from __future__ import annotations

from typing import Any

from selectolax.lexbor import LexborHTMLParser

from aisle_mcp.providers.local.extractor.lenient_json import loads_lenient


def jsonld_documents(tree: LexborHTMLParser) -> list[Any]:
    documents: list[Any] = []
    for script in tree.css("script"):
        kind = (script.attributes.get("type") or "").lower()
        if "ld+json" not in kind:
            continue
        documents.extend(loads_lenient(script.text(deep=True)))
    return documents
