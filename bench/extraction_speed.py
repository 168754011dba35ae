#!/usr/bin/env python3
"""Pages per second: the built-in extractor against extruct (json-ld + microdata + opengraph) on the same pages.

    python bench/extraction_speed.py [PAGES_DIR] [--rounds N]

Pages are read and decompressed once, before timing; both sides parse the same decoded text in the same run.
extruct is only a yardstick here: it is installed for benchmarking, not a dependency of Aisle. The last line
printed is one JSON object with both rates and their ratio.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aisle_mcp.providers.local.extractor import extract_product

_DEFAULT_PAGES = Path(__file__).resolve().parents[2] / "shared" / "bench" / "product-pages" / "html"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def pages_per_second(run: Callable[[str, str], object], pages: list[tuple[str, str]]) -> tuple[float, float]:
    """Pages per second of wall-clock time, and per second of this process's CPU time."""
    started, cpu = time.perf_counter(), time.process_time()
    for html, url in pages:
        run(html, url)
    return len(pages) / (time.perf_counter() - started), len(pages) / (time.process_time() - cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", type=Path, nargs="?", default=_DEFAULT_PAGES)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    import extruct  # pyright: ignore[reportMissingTypeStubs]

    truth_file = args.pages.parent / "ground-truth.json"
    truth: dict[str, dict[str, str]] = json.loads(truth_file.read_text()) if truth_file.is_file() else {}
    pages: list[tuple[str, str]] = []
    for path in sorted(args.pages.glob("*.html.gz")):
        key = path.name.removesuffix(".html.gz")
        url = (truth.get(key) or {}).get("url") or f"https://unknown.invalid/{key}"
        pages.append((gzip.decompress(path.read_bytes()).decode("utf-8", "replace"), url))

    def baseline(html: str, url: str) -> object:
        return extruct.extract(  # pyright: ignore[reportUnknownMemberType]
            html, base_url=url, syntaxes=["json-ld", "microdata", "opengraph"], uniform=True, errors="ignore"
        )

    print(f"machine: {os.cpu_count()} cores, {cpu_model()}, Python {platform.python_version()} ({sys.platform})")
    print(f"pages: {len(pages)} from {args.pages}, {args.rounds} alternating rounds, median round, one process")
    # Rounds alternate between the two and each side's median round counts, so load that comes and goes on a shared
    # machine weighs on both alike.
    # CPU time leaves out the time other jobs hold the cores, which wall-clock time on a shared machine counts.
    rates: list[tuple[tuple[float, float], tuple[float, float]]] = []
    for _ in range(args.rounds):
        rates.append((pages_per_second(extract_product, pages), pages_per_second(baseline, pages)))
    ours = statistics.median(mine[0] for mine, _ in rates)
    theirs = statistics.median(other[0] for _, other in rates)
    ours_cpu = statistics.median(mine[1] for mine, _ in rates)
    theirs_cpu = statistics.median(other[1] for _, other in rates)
    print(f"aisle extractor: {ours:8.1f} pages/s  ({ours_cpu:.1f} per CPU second)")
    print(f"extruct:         {theirs:8.1f} pages/s  ({theirs_cpu:.1f} per CPU second)")
    print(json.dumps({"aisle_pages_per_s": round(ours, 1), "extruct_pages_per_s": round(theirs, 1),
                      "ratio": round(ours / theirs, 2), "cpu_ratio": round(ours_cpu / theirs_cpu, 2)}))  # fmt: skip


if __name__ == "__main__":
    main()
