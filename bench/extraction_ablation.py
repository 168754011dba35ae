#!/usr/bin/env python3
"""What each rule, word, class word and threshold of the built-in extractor earns: each is taken out in turn (in a
copy of the package, the checkout left alone) and the right / wrong / empty values on both halves of the benchmark
pages, the 7 US pages and seeded mutants of the pages are counted against the extractor with it.

    python bench/extraction_ablation.py [--only NAME-SUBSTRING] [--mutants N] [--jobs J] [--all-words] [--out F.json]

A word-list entry is tried only when some page of the two sets writes it (case-blind, in its raw HTML): one that no
page writes cannot move anything measured here, and stays as the general vocabulary it is. Class words, rules
(a function made to find nothing) and thresholds (halved and doubled) are tried always. A row reads
``A +right/-wrong/-empty`` etc.: what taking the thing out moves; ``=`` when nothing moves. Mutants (``--mutants``,
made once with the seed of ``extraction_identity.py``, page by page in turn) count values equal to the page's truth
as right, others as wrong.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import pickle
import random
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PACKAGE = ROOT / "aisle_mcp"
EXTRACTOR = Path("providers/local/extractor")
sys.path.insert(0, str(HERE))

from shared_bench import SHARED  # noqa: E402

FIELDS = ("price", "sku", "availability")

# (file in the extractor, constant): regex alternations whose entries are tried one by one.
WORD_LISTS = [
    ("words.py", "_OUT_OF_STOCK"), ("words.py", "_IN_STOCK"), ("words.py", "_PREORDER"), ("words.py", "_BACKORDER"),
    ("words.py", "BUY"), ("words.py", "BUY_ATTRIBUTE"), ("words.py", "NOTIFY"), ("words.py", "NOTIFY_ATTRIBUTE"),
    ("words.py", "CONTACT"), ("words.py", "CONTACT_ALONE"), ("words.py", "CONTACT_ATTRIBUTE"),
    ("words.py", "_OWN_CODE_WORDS"), ("words.py", "_REFERENCE_WORDS"), ("words.py", "_AVAILABILITY_WORDS"),
    ("words.py", "_PRICE_WORDS"),
]  # fmt: skip
# Class words and other pattern entries that are not a language's vocabulary: every entry is tried.
CLASS_WORDS = [
    ("visible.py", "_NOT_CURRENT"), ("visible.py", "_NOT_THE_PRICE"), ("visible.py", "_INSTALMENT"),
    ("visible.py", "_OTHER_PRICE"), ("visible.py", "_PER_MEASURE"), ("visible.py", "_NOT_STOCK"),
    ("layout.py", "ASIDE"), ("layout.py", "BUTTON_ASIDE"), ("layout.py", "CHROME_NAMES"),
    ("buttons.py", "_OTHER_STATE"), ("buttons.py", "_BUTTON_NAMES"), ("buttons.py", "_CART_FORM"),
]  # fmt: skip
# Rules: a function replaced by one that finds nothing.
RULES = [
    ("visible.py", "_add_on", "return False"), ("visible.py", "_part_payment_around", "return False"),
    ("visible.py", "_with_currency", "return args[1]"), ("visible.py", "_price_by_button", "return None"),
    ("visible.py", "_labelled_price", "return None"), ("visible.py", "_url_code", "return None"),
    ("visible.py", "_stock_line", "return None"), ("visible.py", "_several_prices", "return False"),
    ("buttons.py", "button_state", "return None"), ("buttons.py", "_submits_to_cart", "return False"),
    ("buttons.py", "_contact", "return False"), ("layout.py", "in_chrome", "return False"),
    ("visible.py", "_shown_heading", "return True"), ("agree.py", "_priced", "return args[1]"),
]  # fmt: skip
# Source edits: (file, name, old text, new text).
EDITS = [
    ("visible.py", "hidden-input sku", 'if (node.attributes.get("name") or "").lower() in _HIDDEN_IDS:', "if False:"),
    ("visible.py", "sku element", 'for node in page.marked["sku"][:_MAX_CANDIDATES]:', "for node in []:"),
    ("visible.py", "stock element", 'for position, node in enumerate(page.marked["stock"][:_MAX_CANDIDATES]):',
     "for position, node in enumerate([]):"),
    ("visible.py", "availability label", "for match in page.labels(AVAILABILITY_LABEL):", "for match in []:"),
    ("visible.py", "price count guard", '"itemprop" in attrs or "content" in attrs', "True or \"content\" in attrs"),
    ("visible.py", "reference label", "or labelled(page, REFERENCE_LABEL)", ""),
    ("agree.py", "lowest offer", "if lowest * 2 >= rest[0]:", "if False:"),
    ("agree.py", "reduced price kind", "if reduced is not None and not", "if False and not"),
    ("agree.py", "price settled by page", "best = next((item for item in priced if item is not shown and", "best = "
     "next((item for item in [] if item is not shown and"),
    ("__init__.py", "unshown sku check", 'frozenset({"sku"} if jsonld is not None and jsonld.sku', 'frozenset({"sku"}'
     " if False and jsonld.sku"),
    ("__init__.py", "price unsettled check", "if jsonld is not None and _price_unsettled(",
     "if False and _price_unsettled("),
    ("agree.py", "price in other units", "if page is not None and page is not best and _slipped(",
     "if False and _slipped("),
    ("__init__.py", "price in question by the page", "or (priced is not None and price_in_question(page, priced))", ""),
    ("visible.py", "meta tag price", 'if _NOT_CURRENT_LOWER.search(names) or node.tag == "meta":',
     "if _NOT_CURRENT_LOWER.search(names):"),
    ("layout.py", "own block", "if current.mem_id in page.own:", "if False:"),
    ("buttons.py", "consent filter", ':not([id*="cookie" i] *, [id*="consent" i] *, [class*="consent" i] *)', ""),
]  # fmt: skip
# Thresholds: (file, constant) tried at half and twice their value.
THRESHOLDS = [
    ("visible.py", "_MAX_CANDIDATES"), ("visible.py", "_CONTEXT"), ("visible.py", "_MAX_BOX"),
    ("visible.py", "_AROUND"),
    ("visible.py", "_AROUND_TEXT"), ("visible.py", "_ADD_ON_REACH"), ("buttons.py", "FIRST_BUY"),
    ("buttons.py", "_MAX_BUTTONS"), ("buttons.py", "_MAX_LABEL"), ("buttons.py", "_FORM_DEPTH"),
    ("agree.py", "_MAX_PLACES"),
]  # fmt: skip


@dataclass
class Variant:
    name: str
    file: str
    old: str
    new: str  # the source text of the file with the thing taken out ("" for the extractor as it is)


def _span(source: str, constant: str) -> tuple[int, int]:
    """Where a module-level constant's definition sits: from its name to the next top-level statement."""
    start = re.search(rf"^{re.escape(constant)}\b[^\n=]*=", source, re.MULTILINE)
    if start is None:
        raise SystemExit(f"no constant {constant}")
    end = re.compile(r"^(?=[A-Za-z_@#])", re.MULTILINE).search(source, start.end())
    return start.start(), end.start() if end else len(source)


def _entries(pattern: str) -> list[str]:
    from aisle_mcp.providers.local.extractor.words import _alternatives  # pyright: ignore[reportPrivateUsage]

    return [entry for entry in _alternatives(pattern) if entry]


def _without(source: str, constant: str, entry: str) -> str | None:
    """The source with one alternative of a constant's pattern taken out, or None when it is not written plainly."""
    start, end = _span(source, constant)
    part = source[start:end]
    escaped = re.escape(entry)
    edited, count = re.subn(rf'(?<=[|"(]){escaped}\|', "", part, count=1)
    if not count:
        edited, count = re.subn(rf'\|{escaped}(?=[|")])', "", part, count=1)
    if not count:
        # Alone in its literal: the literal's bar before or after goes with it.
        edited, count = re.subn(rf'\|"\s*r?"{escaped}"', '"', part, count=1)
    return source[:start] + edited + source[end:] if count else None


def _written(entry: str, raw_pages: str) -> bool:
    """Whether some page writes what a word-list entry matches, roughly: its literal parts, regex syntax taken out
    (an optional letter kept, a group's first alternative taken)."""
    plain = re.sub(r"\(\?:([^|)]*)[^)]*\)\??", r"\1", entry)
    plain = re.sub(r"\[[^]]*\][?*+]?|\\[bwsd]|\\", "", plain).replace("?", "").replace("+", "").replace("*", "")
    return plain.lower().strip() in raw_pages


def variants(all_words: bool, raw_pages: str) -> list[Variant]:
    import importlib

    found: list[Variant] = []
    for lists, always in ((WORD_LISTS, all_words), (CLASS_WORDS, True)):
        for file, constant in lists:
            path = PACKAGE / EXTRACTOR / file
            source = path.read_text()
            module = importlib.import_module(f"aisle_mcp.providers.local.extractor.{file.removesuffix('.py')}")
            value = getattr(module, constant)
            pattern = value.pattern if isinstance(value, re.Pattern) else str(value)
            for entry in _entries(pattern):
                if not always and not _written(entry, raw_pages):
                    continue
                edited = _without(source, constant, entry)
                if edited is None:
                    print(f"  (cannot take {entry!r} out of {constant})", file=sys.stderr)
                    continue
                found.append(Variant(f"{constant}: {entry}", file, source, edited))
    for file, function, body in RULES:
        source = (PACKAGE / EXTRACTOR / file).read_text()
        stub = f"\n\ndef {function}(*args, **kwargs):\n    {body}\n"
        found.append(Variant(f"rule {function}", file, source, source + stub))
    for file, name, old, new in EDITS:
        source = (PACKAGE / EXTRACTOR / file).read_text()
        if old not in source:
            raise SystemExit(f"edit {name}: text not found")
        found.append(Variant(f"edit {name}", file, source, source.replace(old, new, 1)))
    for file, constant in THRESHOLDS:
        source = (PACKAGE / EXTRACTOR / file).read_text()
        match = re.search(rf"^{constant} = (\d+)$", source, re.MULTILINE)
        if match is None:
            raise SystemExit(f"no threshold {constant}")
        value = int(match.group(1))
        for factor, label in ((0.5, "half"), (2, "twice")):
            new = max(1, int(value * factor))
            if new != value:
                edited = source[: match.start(1)] + str(new) + source[match.end(1) :]
                found.append(Variant(f"{constant} {label} ({value} -> {new})", file, source, edited))
    return found


def _mutants(pages: Path, count: int, cache: Path) -> list[tuple[str, str, str]]:
    """``count`` mutants, made as ``extraction_identity.py`` makes them, kept in a file across runs."""
    if cache.is_file():
        made: list[tuple[str, str, str]] = pickle.loads(gzip.decompress(cache.read_bytes()))
        if len(made) >= count:
            return made[:count]
    from extraction_identity import mutate

    truth = json.loads((pages / "ground-truth.json").read_text())
    texts = [
        (path.name.removesuffix(".html.gz"), gzip.decompress(path.read_bytes()).decode("utf-8", "replace"))
        for path in sorted((pages / "html").glob("*.html.gz"))
    ]
    rng = random.Random(20240611)
    made = []
    for index in range(count):
        key, text = texts[index % len(texts)]
        made.append((key, mutate(text, rng), truth[key]["url"]))
    cache.write_bytes(gzip.compress(pickle.dumps(made), 1))
    return made


def _load(mutants: list[tuple[str, str, str]]) -> list[tuple[str, str | bytes, str]]:
    """Every page (as bytes) and mutant (as text) with its key and address, read once before the runs fork."""
    from extraction_quality import page_urls

    loaded: list[tuple[str, str | bytes, str]] = []
    for name in ("product-pages", "product-pages-us"):
        pages = SHARED / name
        urls = page_urls(pages)
        for path in sorted((pages / "html").glob("*.html.gz")):
            key = path.name.removesuffix(".html.gz")
            loaded.append((f"{name}:{key}", gzip.decompress(path.read_bytes()), urls[key]))
    loaded.extend((f"m{index}:{key}", text, url) for index, (key, text, url) in enumerate(mutants))
    return loaded


def _predict(root: Path, loaded: list[tuple[str, str | bytes, str]], out: Path) -> None:
    """In a forked child: the extractor of the copy at ``root`` imported afresh, every prediction written to ``out``."""
    import importlib

    from extraction_quality import prediction

    for name in [name for name in sys.modules if name.startswith("aisle_mcp.providers.local.extractor")]:
        del sys.modules[name]
    local = importlib.import_module("aisle_mcp.providers.local")
    local.__path__ = [str(root / "aisle_mcp" / "providers" / "local")]
    extract_product = importlib.import_module("aisle_mcp.providers.local.extractor").extract_product
    found = {key: prediction(extract_product(html, url)) for key, html, url in loaded}
    out.write_text(json.dumps(found))


def _decimal(value: object) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def score(preds: dict[str, Any], truth: dict[str, Any], us: dict[str, Any], half_of: dict[str, str]) -> dict[str, Any]:
    """Counts of right, wrong and empty values per group (A, B, US, mutants) and field."""
    counts: dict[str, list[int]] = {}
    for key, row in preds.items():
        kind, _, page = key.partition(":")
        if kind == "product-pages":
            group, true_row = half_of[page], truth[page]
        elif kind == "product-pages-us":
            group, true_row = "US", us[page]
        else:
            group, true_row = "M", truth[page]
        for field in FIELDS if group != "US" else ("price",):
            true = set(true_row.get(field, []))
            got = (row or {}).get(field)
            if field == "price":
                true = {_decimal(value) for value in true}
                got = _decimal(got) if got is not None else None
            cell = counts.setdefault(f"{group} {field}", [0, 0, 0])
            if got is None:
                cell[2] += bool(true)
            elif got in true:
                cell[0] += 1
            else:
                cell[1] += 1
    return counts


def _where(base: dict[str, Any], other: dict[str, Any], truth: dict[str, Any], us: dict[str, Any]) -> str:
    """The shops whose pages (not mutants) give another core value."""
    from extraction_halves import shop

    shops: set[str] = set()
    for key, row in base.items():
        kind, _, page = key.partition(":")
        if kind.startswith("m") or not any((row or {}).get(f) != (other.get(key) or {}).get(f) for f in FIELDS):
            continue
        shops.add(shop((truth.get(page) or us.get(page) or {}).get("url") or page))
    return f"  [{', '.join(sorted(shops))}]" if shops else ""


def _moves(base: dict[str, list[int]], other: dict[str, list[int]]) -> str:
    cells: list[str] = []
    for group in ("A", "B", "US", "M"):
        right = sum(other[key][0] - base[key][0] for key in base if key.startswith(f"{group} "))
        wrong = sum(other[key][1] - base[key][1] for key in base if key.startswith(f"{group} "))
        empty = sum(other[key][2] - base[key][2] for key in base if key.startswith(f"{group} "))
        detail = " ".join(
            f"{key.split()[1][:5]}{other[key][0] - base[key][0]:+d}/{other[key][1] - base[key][1]:+d}"
            for key in base
            if key.startswith(f"{group} ") and other[key] != base[key]
        )
        moved = right or wrong or empty or detail
        cells.append(f"{group} {right:+d}r {wrong:+d}w ({detail})" if moved else f"{group} =")
    return "  ".join(cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help="try only the things whose name holds this")
    parser.add_argument("--names", type=Path, help="try only the things named in this file, one to a line")
    parser.add_argument("--mutants", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--all-words", action="store_true", help="try every word, also those no page writes")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--list", action="store_true", help="list what would be tried")
    args = parser.parse_args()
    from extraction_halves import halves

    pages = SHARED / "product-pages"
    truth = json.loads((pages / "ground-truth.json").read_text())
    us = json.loads((SHARED / "product-pages-us" / "ground-truth.json").read_text())
    half_of = halves(truth)
    raw = " ".join(
        gzip.decompress(path.read_bytes()).decode("utf-8", "replace").lower()
        for name in ("product-pages", "product-pages-us")
        for path in sorted((SHARED / name / "html").glob("*.html.gz"))
    )
    tried = [item for item in variants(args.all_words, raw) if not args.only or args.only in item.name]
    if args.names:
        named = {line.strip() for line in args.names.read_text().splitlines() if line.strip()}
        tried = [item for item in tried if item.name in named]
    if args.list:
        for item in tried:
            print(item.name)
        return
    made: list[tuple[str, str, str]] = []
    if args.mutants:
        cache = Path(tempfile.gettempdir()) / f"aisle-ablation-mutants-{args.mutants}.pkl.gz"
        made = _mutants(pages, args.mutants, cache)
    loaded = _load(made)
    work = Path(tempfile.mkdtemp(prefix="aisle-ablation-"))
    # The package as it was when the variants were made: each run copies this, not the checkout, which may change.
    snapshot = work / "as-it-is"
    shutil.copytree(PACKAGE, snapshot, ignore=shutil.ignore_patterns("__pycache__", "*.html"))
    for item in tried:
        if (snapshot / EXTRACTOR / item.file).read_text() != item.old:
            raise SystemExit(f"{item.file} changed while the variants were made")
    # Each variant runs in a forked child (the pages and the libraries already loaded), ``--jobs`` at a time.
    running: dict[int, tuple[int, Path]] = {}
    outputs: dict[int, Path] = {}

    def start(index: int, item: Variant | None) -> None:
        root = work / str(index)
        shutil.copytree(snapshot, root / "aisle_mcp")
        if item is not None:
            (root / "aisle_mcp" / EXTRACTOR / item.file).write_text(item.new)
        out = work / f"{index}.json"
        pid = os.fork()
        if pid == 0:
            try:
                _predict(root, loaded, out)
            finally:
                os._exit(0)
        running[pid] = (index, out)

    def reap() -> None:
        pid, _ = os.wait()
        index, out = running.pop(pid)
        outputs[index] = out

    start(0, None)
    reap()
    base_preds = json.loads(outputs[0].read_text())
    base = score(base_preds, truth, us, half_of)
    print("as it is: " + "  ".join(f"{key} {cell[0]}/{cell[1]}/{cell[2]}" for key, cell in base.items()), flush=True)
    results: dict[str, Any] = {"base": base}
    pending = list(enumerate(tried, 1))
    shown = 1
    while pending or running:
        while pending and len(running) < args.jobs:
            start(*pending.pop(0))
        reap()
        # Report in order, as each one's predecessors are done.
        while shown in outputs:
            item = tried[shown - 1]
            out = outputs.pop(shown)
            if not out.is_file():
                print(f"{item.name:<48} ERROR (no output)")
            else:
                preds = json.loads(out.read_text())
                counts = score(preds, truth, us, half_of)
                results[item.name] = counts
                print(f"{item.name[:48]:<48} {_moves(base, counts)}{_where(base_preds, preds, truth, us)}", flush=True)
            shutil.rmtree(work / str(shown), ignore_errors=True)
            shown += 1
    if args.out:
        args.out.write_text(json.dumps(results, indent=1))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
