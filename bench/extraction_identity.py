#!/usr/bin/env python3
"""What the built-in extractor gives for the benchmark pages and thousands of seeded mutants of them, to show that a
change meant to be faster changes nothing, or to list what a change meant to read better does change.

    python bench/extraction_identity.py OUT.json [--pages PAGES_DIR] [--mutants N] [--seed S] [--root CHECKOUT]
    python bench/extraction_identity.py --compare BEFORE.json AFTER.json

Each page is read as bytes and as text; each mutant (a page cut short, stripped of tags, scripts, JSON-LD or meta
tags, with tags upper-cased, text case swapped, parts repeated or class names perturbed) as text, every third also
as UTF-8 bytes and every eleventh as Windows-1252 bytes. The same seed gives the same mutants. ``--root`` runs the
extractor of another checkout (a ``git worktree`` of the commit before a change, say) for the BEFORE file.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import hashlib
import json
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

from shared_bench import PRODUCT_PAGES

_TAG = re.compile(r"<[^>]{0,200}>")
_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script\s*>", re.IGNORECASE | re.DOTALL)
_JSON_LD = re.compile(r"<script[^>]*ld\+json[^>]*>.*?</script\s*>", re.IGNORECASE | re.DOTALL)
_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_CLASS_WORDS = ["price", "stock", "sku", "related", "btn", "buy", "cart", "old", "availability", "nav"]
_KINDS = ["cut", "droptags", "case", "scripts", "dup", "ld", "meta", "ldmeta", "slice", "attrs", "swapcase_text"]


def _drop_tags(text: str, rng: random.Random) -> str:
    tags = list(_TAG.finditer(text))
    dropped = set(rng.sample(range(len(tags)), min(len(tags), rng.choice([1, 10, 100, 1000]))))
    parts: list[str] = []
    last = 0
    for index, tag in enumerate(tags):
        if index in dropped:
            parts.append(text[last : tag.start()])
            last = tag.end()
    parts.append(text[last:])
    return "".join(parts)


def _mutation(text: str, kind: str, rng: random.Random) -> str:
    size = len(text)
    if kind == "cut":
        return text[: rng.randrange(size)]
    if kind == "slice":
        start = rng.randrange(size)
        return text[:start] + text[min(size, start + rng.randrange(1, max(2, size // 4))) :]
    if kind == "droptags":
        return _drop_tags(text, rng)
    if kind == "case":
        share = rng.random()
        return _TAG.sub(lambda tag: tag.group(0).upper() if rng.random() < share else tag.group(0), text)
    if kind == "swapcase_text":
        start = rng.randrange(size)
        end = min(size, start + rng.randrange(1, 20000))
        return text[:start] + text[start:end].swapcase() + text[end:]
    if kind == "scripts":
        share = rng.random()
        return _SCRIPT.sub(lambda script: "" if rng.random() < share else script.group(0), text)
    if kind == "ld":
        return _JSON_LD.sub("", text)
    if kind == "meta":
        share = rng.random()
        return _META.sub(lambda tag: "" if rng.random() < share else tag.group(0), text)
    if kind == "ldmeta":
        return _META.sub("", _JSON_LD.sub("", text))
    if kind == "dup":
        start = rng.randrange(size)
        end = min(size, start + rng.randrange(1, 50000))
        at = rng.randrange(size)
        return text[:at] + text[start:end] + text[at:]
    # "attrs": a few class names gain a word the extractor looks for.
    return re.sub(
        'class="', lambda found: f'class="{rng.choice(_CLASS_WORDS)} ' if rng.random() < 0.05 else found.group(0), text
    )


def mutate(text: str, rng: random.Random) -> str:
    """One to three mutations of a page, chosen by ``rng``."""
    for kind in rng.sample(_KINDS, rng.choice([1, 1, 2, 3])):
        if len(text) < 10:
            break
        text = _mutation(text, kind, rng)
    return text


def snapshot(pages: Path, mutants: int, seed: int) -> dict[str, str]:
    from aisle_mcp.providers.local.extractor import extract_product

    def dump(html: str | bytes, url: str) -> str:
        product = extract_product(html, url)
        return "None" if product is None else product.model_dump_json()

    truth_file = pages.parent / "ground-truth.json"
    truth: dict[str, dict[str, Any]] = json.loads(truth_file.read_text()) if truth_file.is_file() else {}
    loaded: list[tuple[str, bytes, str]] = []
    for path in sorted(pages.glob("*.html.gz")):
        key = path.name.removesuffix(".html.gz")
        url = (truth.get(key) or {}).get("url") or f"https://unknown.invalid/{key}"
        loaded.append((key, gzip.decompress(path.read_bytes()), url))
    outputs: dict[str, str] = {}
    for key, raw, url in loaded:
        outputs[f"{key}:bytes"] = dump(raw, url)
        outputs[f"{key}:str"] = dump(raw.decode("utf-8", "replace"), url)
    rng = random.Random(seed)
    texts = [(key, raw.decode("utf-8", "replace"), url) for key, raw, url in loaded]
    for index in range(mutants if texts else 0):
        key, text, url = texts[index % len(texts)]
        mutant = mutate(text, rng)
        outputs[f"m{index}:{key}:str"] = dump(mutant, url)
        if index % 3 == 0:
            outputs[f"m{index}:{key}:bytes"] = dump(mutant.encode("utf-8", "surrogatepass"), url)
        if index % 11 == 0:
            outputs[f"m{index}:{key}:cp1252"] = dump(mutant.encode("cp1252", "replace"), url)
    return outputs


def _fields(output: str) -> dict[str, Any]:
    found: dict[str, Any] = json.loads(output) if output != "None" else {}
    return found


def compare(before: dict[str, str], after: dict[str, str]) -> int:
    """Prints how many outputs differ and which field changes how often; the number that differ."""
    changed = [key for key in before if before[key] != after.get(key)]
    counts: collections.Counter[tuple[str, str, str]] = collections.Counter()
    for key in changed:
        old = _fields(before[key])
        new = _fields(after.get(key, "None"))
        for field in sorted(set(old) | set(new)):
            if field != "field_sources" and old.get(field) != new.get(field):
                counts[field, str(old.get(field))[:60], str(new.get(field))[:60]] += 1
    print(f"{len(changed)} of {len(before)} outputs differ")
    for (field, old, new), count in counts.most_common(40):
        print(f"{count:5d}  {field}: {old!r} -> {new!r}")
    return len(changed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--pages", type=Path, default=PRODUCT_PAGES)
    parser.add_argument("--mutants", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=20240611)
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        before, after = (json.loads(path.read_text()) for path in args.compare)
        sys.exit(1 if compare(before, after) else 0)
    if args.out is None:
        parser.error("OUT.json is needed unless --compare is given")
    sys.path.insert(0, str(args.root.resolve()))
    started = time.perf_counter()
    outputs = snapshot(args.pages, args.mutants, args.seed)
    args.out.write_text(json.dumps(outputs, indent=0, sort_keys=True))
    digest = hashlib.sha256(json.dumps(outputs, sort_keys=True).encode()).hexdigest()[:16]
    print(f"{len(outputs)} outputs in {time.perf_counter() - started:.1f} s, digest {digest}")


if __name__ == "__main__":
    main()
