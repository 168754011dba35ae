#!/usr/bin/env python3
"""Run the built-in extractor over saved product pages and write predictions for score_extraction.py.

    python bench/extraction_quality.py PAGES_DIR OUT.json

PAGES_DIR holds ``*.html.gz`` pages; a ``ground-truth.json`` beside it or one level up (as in
../shared/bench/product-pages) supplies each page's URL when it has one. Then:

    python ../shared/bench/score_extraction.py OUT.json
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

# The benchmark runs from a checkout, installed or not.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aisle_mcp.products import Availability, Product
from aisle_mcp.providers.local.extractor import extract_product

_IN_STOCK = {Availability.in_stock, Availability.limited, Availability.preorder, Availability.backorder}
_OUT_OF_STOCK = {Availability.out_of_stock, Availability.discontinued}


def page_urls(pages: Path) -> dict[str, str]:
    for candidate in (pages / "ground-truth.json", pages.parent / "ground-truth.json"):
        if candidate.is_file():
            truth = json.loads(candidate.read_text())
            return {key: row["url"] for key, row in truth.items() if isinstance(row, dict) and row.get("url")}
    return {}


def prediction(product: Product | None) -> dict[str, str] | None:
    if product is None:
        return None
    row: dict[str, str] = {}
    if product.price is not None:
        row["price"] = format(product.price.amount, "f")
        if product.price.currency:
            row["currency"] = product.price.currency
    if product.sku:
        row["sku"] = product.sku
    if product.availability in _IN_STOCK:
        row["availability"] = "InStock"
    elif product.availability in _OUT_OF_STOCK:
        row["availability"] = "OutOfStock"
    for name in ("brand", "gtin", "mpn", "title"):
        value = getattr(product, name)
        if value:
            row[name] = value
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    urls = page_urls(args.pages)
    predictions: dict[str, dict[str, str] | None] = {}
    for path in sorted(args.pages.glob("*.html.gz")):
        key = path.name.removesuffix(".html.gz")
        url = urls.get(key) or f"https://unknown.invalid/{key}"
        predictions[key] = prediction(extract_product(gzip.decompress(path.read_bytes()), url))
    args.out.write_text(json.dumps(predictions, indent=1, ensure_ascii=False, sort_keys=True))
    found = sum(row is not None for row in predictions.values())
    print(f"{len(predictions)} pages, a product found on {found}; predictions in {args.out}")


if __name__ == "__main__":
    main()
