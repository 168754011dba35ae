#!/usr/bin/env python3
"""Extraction quality on two fixed halves of the benchmark pages, split by shop, so that a rule fitted to one half
shows on the other; and on the 7 big US pages (price only).

    python bench/extraction_halves.py [--pages DIR] [--us DIR] [--half A|B] [--show] [--out PRED.json]

The shops (a host's name without its country domain: amazon.com and amazon.fr are one shop) are shuffled with a
fixed seed and dealt to whichever half has fewer pages so far, so both halves hold about 35 pages and no shop is in
both. Develop against half A; a change is kept only if it does not lose on half B. Scores use
``score_extraction.py`` beside the pages; for each attribute the counts of right, WRONG (a value that is not the
truth) and EMPTY (no value where the truth has one) values are printed beside F1, since a wrong value costs twice
an empty one. ``--show`` lists every wrong and empty value of the half asked for (or of all pages).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import platform
import random
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction_quality import page_urls, prediction
from shared_bench import SHARED

from aisle_mcp.providers.local.extractor import extract_product

SEED = 13
ATTRIBUTES = ("price", "sku", "availability")
_GENERIC = frozenset({"com", "co", "net", "org", "www", "shop", "market"})


def shop(url: str) -> str:
    """The shop a page belongs to: its host's name without the country or generic domain (``amazon``)."""
    labels = [label for label in (urlsplit(url).hostname or "").lower().split(".")[:-1] if label not in _GENERIC]
    return labels[-1] if labels else url


def halves(truth: dict[str, Any], seed: int = SEED) -> dict[str, str]:
    """Each page's half, "A" or "B": shops shuffled with the seed, each dealt to the half with fewer pages."""
    by_shop: dict[str, list[str]] = {}
    for key, row in sorted(truth.items()):
        by_shop.setdefault(shop(row.get("url") or key), []).append(key)
    shops = sorted(by_shop)
    random.Random(seed).shuffle(shops)
    sizes = {"A": 0, "B": 0}
    half_of: dict[str, str] = {}
    for name in shops:
        half = "A" if sizes["A"] <= sizes["B"] else "B"
        sizes[half] += len(by_shop[name])
        for key in by_shop[name]:
            half_of[key] = half
    return half_of


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score_extraction", SHARED / "score_extraction.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(pages: Path) -> dict[str, dict[str, str] | None]:
    urls = page_urls(pages)
    found: dict[str, dict[str, str] | None] = {}
    for path in sorted(pages.glob("*.html.gz")):
        key = path.name.removesuffix(".html.gz")
        url = urls.get(key) or f"https://unknown.invalid/{key}"
        found[key] = prediction(extract_product(gzip.decompress(path.read_bytes()), url))
    return found


def misses(scorer: Any, truth: dict[str, Any], preds: dict[str, Any], attribute: str) -> tuple[list[str], list[str]]:
    """The pages with a wrong value and those with none where the truth has one."""
    wrong: list[str] = []
    empty: list[str] = []
    for key, row in truth.items():
        true = set(row.get(attribute, []))
        pred = (preds.get(key) or {}).get(attribute)
        if attribute == "price":
            true = {scorer.as_decimal(value) for value in true}
            pred = scorer.as_decimal(pred) if pred is not None else None
        if pred is None:
            if true:
                empty.append(key)
        elif pred not in true:
            wrong.append(key)
    return wrong, empty


def report(name: str, scorer: Any, truth: dict[str, Any], preds: dict[str, Any], attributes: tuple[str, ...]) -> None:
    cells: list[str] = []
    for attribute in attributes:
        f1 = scorer.f1(*scorer.counts(truth, preds, attribute))[2]
        wrong, empty = misses(scorer, truth, preds, attribute)
        cells.append(f"{attribute} {f1:.3f} ({len(wrong)} wrong, {len(empty)} empty)")
    print(f"{name:<16} {len(truth):3d} pages  " + "  ".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=Path, default=SHARED / "product-pages")
    parser.add_argument("--us", type=Path, default=SHARED / "product-pages-us")
    parser.add_argument("--half", choices=("A", "B"), help="score and --show only this half")
    parser.add_argument("--show", action="store_true", help="list the wrong and empty values")
    parser.add_argument("--out", type=Path, help="also write the predictions for all pages here")
    args = parser.parse_args()
    print(f"python {platform.python_version()} on {platform.machine()}; halves split by shop, seed {SEED}")
    scorer = _scorer()
    truth: dict[str, Any] = json.loads((args.pages / "ground-truth.json").read_text())
    preds = predict(args.pages / "html")
    if args.out:
        args.out.write_text(json.dumps(preds, indent=1, ensure_ascii=False, sort_keys=True))
    half_of = halves(truth)
    for half in ("A", "B"):
        if args.half in (None, half):
            part = {key: row for key, row in truth.items() if half_of[key] == half}
            shops = sorted({shop(row.get("url") or key) for key, row in part.items()})
            report(f"half {half}", scorer, part, preds, ATTRIBUTES)
            print(f"                 shops: {', '.join(shops)}")
    if args.half is None:
        report("all", scorer, truth, preds, ATTRIBUTES)
        us_truth: dict[str, Any] = json.loads((args.us / "ground-truth.json").read_text())
        report("US (price)", scorer, us_truth, predict(args.us / "html"), ("price",))
    if args.show:
        shown = {key: row for key, row in truth.items() if args.half in (None, half_of[key])}
        for attribute in ATTRIBUTES:
            wrong, empty = misses(scorer, shown, preds, attribute)
            for kind, keys in (("WRONG", wrong), ("EMPTY", empty)):
                for key in keys:
                    got = (preds.get(key) or {}).get(attribute)
                    want = shown[key].get(attribute)
                    where = shop(shown[key].get("url") or key)
                    print(f"{kind:5} {attribute:12} {where:16} {key[:12]} got {got!r} want {want!r}")


if __name__ == "__main__":
    main()
