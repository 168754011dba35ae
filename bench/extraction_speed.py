#!/usr/bin/env python3
"""Pages per second: the built-in extractor against extruct (json-ld + microdata + opengraph) on the same pages.

    python bench/extraction_speed.py [PAGES_DIR] [--rounds N]

Pages are read and decompressed once, before timing; both sides parse the same decoded text in the same run.
extruct is only a yardstick here: it is installed for benchmarking, not a dependency of Aisle. The last line
printed is one JSON object with both rates and their ratio.

A third line, the parse floor, times what no reader built on this parser can skip: the first scan of every page,
and lexbor's tree for the pages whose scripts and head leave a core field unknown (the pages ``extract_product``
builds a tree for, found in an untimed first pass), with nothing read from the trees. Beside it, the cost of one
selector query over those trees, which every kind of evidence read from a tree takes at least once.
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
from typing import Any

from shared_bench import PRODUCT_PAGES

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from selectolax.lexbor import LexborDocumentOptions, LexborHTMLParser

from aisle_mcp.providers.local import extractor
from aisle_mcp.providers.local.extractor import extract_product
from aisle_mcp.providers.local.extractor.page import read
from aisle_mcp.providers.local.extractor.scan import scan


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


def tree_pages(pages: list[tuple[str, str]]) -> set[int]:
    """Which pages (by index) the extractor builds a tree for: one untimed pass that notes its calls."""
    built: list[int] = []
    current = [0]
    parse_page = extractor.parse_page

    def noted(*args: Any, **kwargs: Any) -> Any:
        built.append(current[0])
        return parse_page(*args, **kwargs)

    extractor.parse_page = noted  # pyright: ignore[reportAttributeAccessIssue]
    try:
        for index, (html, url) in enumerate(pages):
            current[0] = index
            extract_product(html, url)
    finally:
        extractor.parse_page = parse_page
    return set(built)


def floor(pages: list[tuple[str, str]], trees: set[int]) -> Callable[[str, str], object]:
    """Reads a page as far as no reader on this parser can avoid: the scan, then the tree when one is needed."""
    needs_tree = {id(pages[index][0]) for index in trees}

    def run(html: str, url: str) -> object:
        text, utf8 = read(html)
        head = scan(text, url)
        if id(html) in needs_tree:
            return LexborHTMLParser(text if utf8 is None else utf8, options=LexborDocumentOptions.WO_EVENTS)
        return head

    return run


def query_cost(pages: list[tuple[str, str]], trees: set[int]) -> float:
    """Milliseconds for one selector query that matches nothing, over a tree of each page that needs one."""
    built = [LexborHTMLParser(pages[index][0], options=LexborDocumentOptions.WO_EVENTS) for index in sorted(trees)]
    timings: list[float] = []
    for _ in range(5):
        started = time.process_time()
        for tree in built:
            tree.css("[data-matches-nothing]")
        timings.append((time.process_time() - started) / len(built) * 1000)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", type=Path, nargs="?", default=PRODUCT_PAGES)
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
    trees = tree_pages(pages)
    reader_floor = floor(pages, trees)
    rates: list[tuple[tuple[float, float], tuple[float, float]]] = []
    floors: list[tuple[float, float]] = []
    for _ in range(args.rounds):
        rates.append((pages_per_second(extract_product, pages), pages_per_second(baseline, pages)))
        floors.append(pages_per_second(reader_floor, pages))
    ours = statistics.median(mine[0] for mine, _ in rates)
    theirs = statistics.median(other[0] for _, other in rates)
    ours_cpu = statistics.median(mine[1] for mine, _ in rates)
    theirs_cpu = statistics.median(other[1] for _, other in rates)
    print(f"aisle extractor: {ours:8.1f} pages/s  ({ours_cpu:.1f} per CPU second)")
    print(f"extruct:         {theirs:8.1f} pages/s  ({theirs_cpu:.1f} per CPU second)")
    floor_rate = statistics.median(rate[0] for rate in floors)
    floor_cpu = statistics.median(rate[1] for rate in floors)
    print(
        f"parse floor:     {floor_rate:8.1f} pages/s  ({floor_cpu:.1f} per CPU second): scan of all {len(pages)} pages,"
        f" lexbor tree of the {len(trees)} that need one, nothing read;"
        f" {floor_cpu / theirs_cpu:.2f} times extruct at most"
    )
    print(f"one selector query over a tree: {query_cost(pages, trees):.3f} ms of CPU per tree")
    print(json.dumps({"aisle_pages_per_s": round(ours, 1), "extruct_pages_per_s": round(theirs, 1),
                      "ratio": round(ours / theirs, 2), "cpu_ratio": round(ours_cpu / theirs_cpu, 2),
                      "floor_cpu_ratio": round(floor_cpu / theirs_cpu, 2)}))  # fmt: skip


if __name__ == "__main__":
    main()
