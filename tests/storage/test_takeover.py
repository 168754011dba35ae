"""Servers sharing storage share extraction: a run is worked by one of them at a time, each URL is reported once,
and when the server working a run dies another takes the rest of it over once its lease runs out."""

from __future__ import annotations

from pathlib import Path

import anyio
import pytest

from aisle_mcp.providers.base import JobState
from aisle_mcp.providers.local.catalog import Catalog
from aisle_mcp.providers.local.extraction import LocalExtraction
from aisle_mcp.providers.local.fetcher import FetchLimits, PageFetcher
from aisle_mcp.storage.interfaces import ExtractionRuns
from tests.shop_pages import Hold, product_page, serve_pages
from tests.storage.conftest import Engine

pytestmark = pytest.mark.anyio

LEASE_S = 1.0


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def until(runs: ExtractionRuns, ref: str, done: int) -> None:
    with anyio.fail_after(30):
        while runs.counts(ref).get("done", 0) < done:
            await anyio.sleep(0.05)  # polling the shared queue, bounded by fail_after


async def until_completed(runs: ExtractionRuns, ref: str) -> None:
    with anyio.fail_after(30):
        while runs.state(ref) != JobState.completed:
            await anyio.sleep(0.05)  # polling the shared queue, bounded by fail_after


async def test_two_servers_fetch_each_url_of_a_run_once(engine: Engine, tmp_path: Path) -> None:
    pages = {f"/p/{n}": product_page(f"Shared item {n}", f"{n}.00", sku=f"SH-{n}") for n in range(1, 21)}
    replicas = [engine.replica()[1] for _ in range(2)]
    catalog = Catalog(tmp_path / "catalog.db")
    fetchers = [PageFetcher(FetchLimits(allow_private=True)) for _ in range(2)]
    try:
        with serve_pages(pages) as (base, hits):
            ref = replicas[0].add([f"{base}{path}" for path in pages])  # there before either starts: both race
            workers = [
                LocalExtraction(runs, catalog, f, concurrency=4) for runs, f in zip(replicas, fetchers, strict=True)
            ]
            async with anyio.create_task_group() as group:
                for worker in workers:
                    group.start_soon(worker.run)
                await until_completed(replicas[1], ref)
                group.cancel_scope.cancel()
        assert sorted(hits) == sorted(pages), "every page fetched, none twice"
        assert replicas[1].state(ref) == JobState.completed
        assert replicas[0].counts(ref) == {"done": len(pages)}
    finally:
        for fetcher in fetchers:
            await fetcher.aclose()
        catalog.close()


async def test_the_run_of_a_server_that_died_is_finished_by_another_each_url_reported_once(
    engine: Engine, tmp_path: Path
) -> None:
    pages = {f"/p/{n}": product_page(f"Item {n}", f"{n}.00", sku=f"IT-{n}") for n in range(1, 7)}
    pages |= {f"/held/{n}": product_page(f"Held item {n}", f"{n}.00", sku=f"HE-{n}") for n in (7, 8)}
    (_, first), (_, second) = engine.replica(), engine.replica()
    catalog = Catalog(tmp_path / "catalog.db")
    fetchers = [PageFetcher(FetchLimits(allow_private=True)) for _ in range(2)]
    hold = Hold()
    try:
        with serve_pages(pages, hold) as (base, hits):
            urls = [f"{base}{path}" for path in pages]
            ref = first.add(urls)
            dying = LocalExtraction(first, catalog, fetchers[0], concurrency=2, lease_s=LEASE_S)
            async with anyio.create_task_group() as group:
                group.start_soon(dying.run)
                await until(first, ref, 6)
                with anyio.fail_after(30):
                    while not hold.reached.is_set():
                        await anyio.sleep(0.05)
                group.cancel_scope.cancel()  # it dies mid-run: two pages in flight, its claim left to run out
            assert first.counts(ref) == {"done": 6, "pending": 2}
            hold.release.set()
            taking_over = LocalExtraction(second, catalog, fetchers[1], concurrency=2, lease_s=LEASE_S)
            async with anyio.create_task_group() as group:
                group.start_soon(taking_over.run)
                await until_completed(second, ref)
                group.cancel_scope.cancel()
        assert second.state(ref) == JobState.completed
        assert [url for _, url in second.done(ref, 0, 100)] == urls, "every URL reported once, in order"
        assert sorted(h for h in hits if h.startswith("/p/")) == sorted(p for p in pages if p.startswith("/p/")), (
            "what the dead server had finished is not fetched again"
        )
    finally:
        hold.release.set()
        for fetcher in fetchers:
            await fetcher.aclose()
        catalog.close()
