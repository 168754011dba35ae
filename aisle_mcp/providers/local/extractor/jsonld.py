"""JSON-LD blocks, including the broken ones browsers tolerate."""

from __future__ import annotations

from typing import Any

from aisle_mcp.providers.local.extractor.lenient_json import loads_lenient


def jsonld_documents(scripts: list[tuple[str | None, str]]) -> list[Any]:
    """Every JSON value in the page's ``application/ld+json`` scripts, in page order."""
    documents: list[Any] = []
    for kind, text in scripts:
        if "ld+json" in (kind or "").lower():
            documents.extend(loads_lenient(text))
    return documents
