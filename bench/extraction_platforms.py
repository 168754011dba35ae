#!/usr/bin/env python3
"""A blind check of the built-in extractor: whole product pages as the common shop platforms write them.

    python bench/extraction_platforms.py [--seed S] [--pages N] [--platform NAME]
                                         [--half dev|check|fresh|fresh-dev|fresh-check|third|third-dev|third-check]
                                         [--show] [--dump DIR] [--root CHECKOUT]

Each platform in ``bench/platforms/`` writes whole product pages the way its stock theme or front end does (Shopify's
Dawn, WooCommerce, Magento 2's Luma, Shopware 6, PrestaShop, BigCommerce's Cornerstone, Salesforce Commerce Cloud's
SFRA, VTEX, a Next.js storefront, an Amazon-like buy box, Korean, Japanese and Chinese shops, a classifieds site, a
marketplace with other sellers, a furniture shop with a "from" price, OpenCart, Wix, an old table-layout shop,
Squarespace): head, cookie banner, header
with a mini cart, breadcrumbs, the product, related products with their own prices, footer, analytics scripts. Each
page is drawn from a seeded random variation (on sale or not, in stock or not, with or without structured data,
sizes, languages the platform is sold in), and its truth comes from how it was built, with the sku convention of
../shared/bench/README.md: the code the page shows to shoppers, and no sku where the page shows none.

The pages were written from what these platforms emit, not from the extractor's rules (they were written before
their author read the extractor; one later change made a page more like the platform's, not like the extractor's), so
the figures are a proxy for shops the extractor was never fitted to. The halves: dev = amazon, bigcommerce, chinese,
magento, nextjs, opencart, sfcc, shopware, vtex, woocommerce; check = the other ten.

A second blind set ("fresh", 15 more) was written later by another author, again before they read the extractor:
shops in regions and on platforms the first 20 leave out (big US retailers' front ends, an eBay-like and an Etsy-like
marketplace, Mercado Libre, Otto/Kaufland, Polish, Nordic, Russian, Turkish, Gulf Arabic right-to-left, Flipkart,
South-East Asian marketplaces, Czech and Greek shops, pages a script builds in the browser, an IKEA-like chain).
``--half fresh`` runs all of them, ``fresh-dev`` / ``fresh-check`` a fixed seeded split of them; without ``--half``
only the first 20 run, so earlier figures stay comparable.

A third blind set ("third", 18 more) was written later still by another author, again before they read the
extractor: shop fronts the first two leave out (Target-, Costco-, Newegg-like item numbers and member prices; Argos-
and Currys-like "Cat. no."; Cdiscount-, Fnac-, Darty-like "Réf. :" and "199€99"; bol- and Coolblue-like pages; Spanish,
Portuguese and Italian department stores; eMAG in Romanian, Hungarian and Bulgarian; Rozetka- and Prom-like Ukrainian
shops; Hebrew right to left; fashion with colour codes and sold-out sizes; beauty shades; grocers' unit and loyalty
prices; pharmacies' PZN; bookshops' ISBN; Wayfair- and Home Depot-like codes; pet shops' Autoship prices;
AliExpress-, Shein-, Temu-like pages; configurators; B&H- and Thomann-like codes). ``--half third`` runs them,
``third-dev`` / ``third-check`` a fixed seeded split.

Scored as ../shared/bench/score_extraction.py scores: a right value is a true positive, a wrong one a false
positive and a false negative, a missing one a false negative. Prints F1 per platform and overall, then every wrong
value. ``--half`` keeps one fixed group of the platforms (dealt by a seeded shuffle of their names): "dev" to develop
against, "check" to check that a change holds elsewhere; "fresh-dev" and "fresh-check" likewise for the second set.
``--show`` prints every page's truth and output; ``--dump DIR`` writes the pages as ``*.html.gz`` with a
``ground-truth.json`` that extraction_quality.py and score_extraction.py read; ``--root CHECKOUT`` runs another
checkout's extractor.
"""

from __future__ import annotations

import argparse
import gzip
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from platforms import FRESH, PLATFORMS, THIRD, halves, pages
from shared_bench import extractor

ATTRIBUTES = ("price", "sku", "availability")


# --- running an extractor and scoring it ---------------------------------------------------------------------------

_IN_STOCK = {"in_stock", "limited", "preorder", "backorder"}


_OUT_OF_STOCK = {"out_of_stock", "discontinued"}


def prediction(product: Any) -> dict[str, str]:
    if product is None:
        return {}
    row: dict[str, str] = {}
    if product.price is not None:
        row["price"] = format(product.price.amount, "f")
    if product.sku:
        row["sku"] = product.sku
    state = str(getattr(product.availability, "value", product.availability))
    if state in _IN_STOCK:
        row["availability"] = "InStock"
    elif state in _OUT_OF_STOCK:
        row["availability"] = "OutOfStock"
    return row


def same(attribute: str, true: str, predicted: str) -> bool:
    if attribute != "price":
        return true == predicted
    try:
        return Decimal(true) == Decimal(predicted)
    except InvalidOperation:
        return False


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    wrong: int = 0
    empty: int = 0

    def add(self, true: str | None, predicted: str | None, attribute: str) -> str:
        """Counts one page's value; returns "right", "wrong", "empty" or "" (nothing to find, nothing given)."""
        if predicted is None:
            if true is not None:
                self.fn += 1
                self.empty += 1
                return "empty"
            return ""
        if true is not None and same(attribute, true, predicted):
            self.tp += 1
            return "right"
        self.fp += 1
        self.fn += true is not None
        self.wrong += 1
        return "wrong"

    def f1(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pages", type=int, default=8, help="pages per platform (default 8)")
    parser.add_argument(
        "--platform", action="append", choices=sorted({**PLATFORMS, **FRESH, **THIRD}), help="only these (repeatable)"
    )
    parser.add_argument(
        "--half",
        choices=tuple(halves()),
        help="only one fixed group of the platforms (default: the first 20, both halves)",
    )
    parser.add_argument("--show", action="store_true", help="print every page's truth and output")
    parser.add_argument("--empty", action="store_true", help="list empty values too, not only wrong ones")
    parser.add_argument("--dump", type=Path, help="write the pages and a ground-truth.json here")
    parser.add_argument("--root", type=Path, help="run this checkout's extractor instead of this one's")
    parser.add_argument("--json", type=Path, help="write every page's output here")
    args = parser.parse_args()
    names = args.platform or (halves()[args.half] if args.half else sorted(PLATFORMS))
    built = pages(args.seed, args.pages, names)
    if args.dump:
        (args.dump / "html").mkdir(parents=True, exist_ok=True)
        table: dict[str, dict[str, Any]] = {}
        for page in built:
            (args.dump / "html" / f"{page.key}.html.gz").write_bytes(gzip.compress(page.html.encode("utf-8")))
            table[page.key] = {"url": page.url, **{k: [v] for k, v in page.truth.items()}}
        (args.dump / "ground-truth.json").write_text(json.dumps(table, indent=1, ensure_ascii=False))
        print(f"{len(built)} pages written to {args.dump}/html, truth in {args.dump}/ground-truth.json")
    run = extractor(args.root)
    per: dict[str, dict[str, Tally]] = {}
    overall = {a: Tally() for a in ATTRIBUTES}
    misses: list[str] = []
    outputs: dict[str, dict[str, str]] = {}
    for page in built:
        got = prediction(run(page.html, page.url))
        outputs[page.key] = got
        tallies = per.setdefault(page.platform, {a: Tally() for a in ATTRIBUTES})
        for attribute in ATTRIBUTES:
            true, predicted = page.truth.get(attribute), got.get(attribute)
            verdict = tallies[attribute].add(true, predicted, attribute)
            overall[attribute].add(true, predicted, attribute)
            if verdict == "wrong" or (verdict == "empty" and args.empty):
                misses.append(f"  {page.key:22} {attribute:12} {verdict:5}  truth {true!r:24} got {predicted!r}")
        if args.show:
            print(f"{page.key:22} {page.url}\n  truth {page.truth}\n  got   {got}")
    if args.json:
        args.json.write_text(json.dumps(outputs, indent=1, ensure_ascii=False, sort_keys=True))
    print(
        f"seed {args.seed}, {args.pages} pages a platform, {len(built)} pages; extractor "
        f"{(args.root or Path(__file__).resolve().parents[1]).resolve()}"
    )
    print(f"{'platform':14} " + " ".join(f"{a + ' F1':>16}" for a in ATTRIBUTES) + "   wrong/empty (p, s, a)")
    for name in names:
        row = per[name]
        counts = ", ".join(f"{row[a].wrong}/{row[a].empty}" for a in ATTRIBUTES)
        print(f"{name:14} " + " ".join(f"{row[a].f1():16.3f}" for a in ATTRIBUTES) + f"   {counts}")
    counts = ", ".join(f"{overall[a].wrong}/{overall[a].empty}" for a in ATTRIBUTES)
    print(f"{'all':14} " + " ".join(f"{overall[a].f1():16.3f}" for a in ATTRIBUTES) + f"   {counts}")
    if misses:
        print("wrong values" + (" and empty ones" if args.empty else "") + ":")
        print("\n".join(misses))


if __name__ == "__main__":
    main()
