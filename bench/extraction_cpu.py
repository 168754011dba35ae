#!/usr/bin/env python3
"""CPU time per page of the built-in extractor, for several checkouts in one process, alternated page by page.

    python bench/extraction_cpu.py ROOT [ROOT ...] [--pages PAGES_DIR] [--rounds N]

Each ROOT is a checkout (``git worktree add --detach /tmp/before main``, say); its extractor is imported under its
own modules, so every version reads the same decoded pages in the same process. Every page is read by each version
in turn, the order flipped from page to page and round to round, so load that comes and goes on a shared machine
weighs on all of them alike. Printed per version: the sum over the pages of each page's least CPU time over the
rounds (the steadiest figure on a loaded machine), and the best and median round.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import time
from pathlib import Path

from shared_bench import PRODUCT_PAGES, extractor


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("roots", type=Path, nargs="+")
    parser.add_argument("--pages", type=Path, default=PRODUCT_PAGES)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    runs = [extractor(root.resolve()) for root in args.roots]
    truth_file = args.pages.parent / "ground-truth.json"
    truth: dict[str, dict[str, str]] = json.loads(truth_file.read_text()) if truth_file.is_file() else {}
    pages: list[tuple[str, str]] = []
    for path in sorted(args.pages.glob("*.html.gz")):
        key = path.name.removesuffix(".html.gz")
        url = (truth.get(key) or {}).get("url") or f"https://unknown.invalid/{key}"
        pages.append((gzip.decompress(path.read_bytes()).decode("utf-8", "replace"), url))
    if not pages:
        raise SystemExit(f"no pages in {args.pages}")
    # A first untimed pass: compiled patterns and caches of each version are warm before timing.
    for run in runs:
        for html, url in pages:
            run(html, url)
    least = [[float("inf")] * len(pages) for _ in runs]
    rounds: list[list[float]] = [[] for _ in runs]
    load = os.getloadavg()
    for turn in range(args.rounds):
        spent = [0.0] * len(runs)
        for index, (html, url) in enumerate(pages):
            order = list(range(len(runs)))
            for version in order if (turn + index) % 2 == 0 else order[::-1]:
                started = time.process_time()
                runs[version](html, url)
                took = time.process_time() - started
                spent[version] += took
                least[version][index] = min(least[version][index], took)
        for version, total in enumerate(spent):
            rounds[version].append(total)
    print(f"{len(pages)} pages from {args.pages}, {args.rounds} rounds, one process; load average {load} before,")
    print(f"{os.getloadavg()} after; milliseconds of CPU per page:")
    for root, minima, totals in zip([root.resolve() for root in args.roots], least, rounds, strict=True):
        per_page = 1000 / len(pages)
        print(
            f"  {root}: {sum(minima) * per_page:.3f} (each page's least), best round {min(totals) * per_page:.3f},"
            f" median round {statistics.median(totals) * per_page:.3f}"
        )


if __name__ == "__main__":
    main()
