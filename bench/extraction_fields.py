#!/usr/bin/env python3
"""F1 of the fields score_extraction.py leaves out (brand, gtin, mpn), for Aisle and the reference systems.

    python bench/extraction_fields.py GROUND_TRUTH.json OUT.json [REFERENCE_DIR]

OUT.json is what bench/extraction_quality.py writes. A page counts for a field when its ground truth has a value:
a prediction equal to one of the true values (case-blind; leading zeros of a gtin ignored) is right, another value
is wrong (a false positive and a miss), none is a miss. REFERENCE_DIR (default: ``reference-outputs`` beside the
ground truth) holds the other systems' outputs in the same format (those in ../shared/bench carry no gtin).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

FIELDS = ("brand", "gtin", "mpn")


def normal(value: object, field: str) -> str:
    text = str(value).strip().lower()
    return text.lstrip("0") if field == "gtin" else text


def f1(truth: dict[str, dict[str, object]], predicted: dict[str, object], field: str) -> tuple[float, int, int, int]:
    right = wrong = missed = 0
    for key, row in truth.items():
        values = row.get(field)
        if not isinstance(values, list) or not values:
            continue
        guess = predicted.get(key)
        value = guess.get(field) if isinstance(guess, dict) else None
        if value in (None, ""):
            missed += 1
        elif normal(value, field) in {normal(v, field) for v in values}:
            right += 1
        else:
            wrong += 1
    precision = right / (right + wrong) if right + wrong else 0.0
    recall = right / (right + wrong + missed) if right + wrong + missed else 0.0
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return score, right, wrong, missed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("truth", type=Path)
    parser.add_argument("predictions", type=Path)
    parser.add_argument("references", type=Path, nargs="?")
    args = parser.parse_args()
    truth = json.loads(args.truth.read_text())
    systems = {"this": json.loads(args.predictions.read_text())}
    references = args.references or args.truth.parent / "reference-outputs"
    for path in sorted(references.glob("*.json")) if references.is_dir() else []:
        systems[path.stem] = json.loads(path.read_text())
    print(f"{'system':<10}" + "".join(f"{field + ' F1':>12}" for field in FIELDS) + "   (pages with a true value)")
    for name, predicted in systems.items():
        scores = [f1(truth, predicted, field)[0] for field in FIELDS]
        print(f"{name:<10}" + "".join(f"{score:>12.3f}" for score in scores))
    counts = [sum(1 for row in truth.values() if row.get(field)) for field in FIELDS]
    print(f"{'pages':<10}" + "".join(f"{count:>12}" for count in counts))


if __name__ == "__main__":
    main()
