"""Servers sharing one data directory share the extraction queue: each run is worked by one of them at a time."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import anyio
import pytest

from aisle_mcp.providers.base import JobState
from aisle_mcp.providers.local.catalog import Catalog
from aisle_mcp.providers.local.extraction import ExtractionQueue, LocalExtraction, worker_name
from aisle_mcp.providers.local.fetcher import FetchLimits, PageFetcher
from tests.shop_pages import product_page, serve_pages

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_one_worker_holds_a_run_until_its_claim_lapses(tmp_path: Path) -> None:
    db = tmp_path / "aisle.db"
    mine, theirs = ExtractionQueue(db), ExtractionQueue(db)
    try:
        ref = mine.add(["https://shop.example/p/1"])
        a, b = worker_name(), worker_name()
        assert a != b
        assert mine.claim(ref, a, lease_s=3600)
        assert not theirs.claim(ref, b), "a live claim is not taken"
        assert mine.claim(ref, a, lease_s=0.2), "the holder renews (here for a shorter lease)"
        time.sleep(0.3)  # past the renewed lease: the queue reads the clock itself
        assert theirs.claim(ref, b), "a lapsed claim passes on"
        assert not mine.claim(ref, a), "the old holder no longer has it"
        mine.cancel(ref)
        assert not theirs.claim(ref, b), "a finished run is nobody's"
    finally:
        mine.close()
        theirs.close()


def test_a_claim_of_a_dead_process_on_this_machine_is_taken_at_once(tmp_path: Path) -> None:
    queue = ExtractionQueue(tmp_path / "aisle.db")
    try:
        crashed = queue.add(["https://shop.example/p/1"])
        elsewhere = queue.add(["https://shop.example/p/2"])
        assert queue.claim(crashed, f"{socket.gethostname()}:{dead_pid()}:0000", lease_s=3600)
        assert queue.claim(elsewhere, "another-machine.example:1:0000", lease_s=3600)
        assert queue.claim(crashed, worker_name()), "its holder is gone: no need to wait out the lease"
        assert not queue.claim(elsewhere, worker_name()), "a worker on another machine may still be alive"
    finally:
        queue.close()


async def test_two_servers_on_one_data_dir_fetch_each_url_once(tmp_path: Path) -> None:
    pages = {f"/p/{n}": product_page(f"Shared item {n}", f"{n}.00", sku=f"SH-{n}") for n in range(1, 31)}
    db = tmp_path / "aisle.db"
    queues = [ExtractionQueue(db), ExtractionQueue(db)]
    catalogs = [Catalog(db), Catalog(db)]
    fetchers = [PageFetcher(FetchLimits(allow_private=True)) for _ in range(2)]
    try:
        with serve_pages(pages) as (base, hits):
            # The run exists before either worker starts, so both find it on their first pass and race for it.
            ref = queues[0].add([f"{base}{path}" for path in pages])
            workers = [
                LocalExtraction(q, c, f, concurrency=8) for q, c, f in zip(queues, catalogs, fetchers, strict=True)
            ]
            async with anyio.create_task_group() as group:
                for worker in workers:
                    group.start_soon(worker.run)
                with anyio.fail_after(30):
                    while queues[1].state(ref) != JobState.completed:
                        await anyio.sleep(0.05)  # polling the shared queue, bounded by fail_after
                group.cancel_scope.cancel()
        assert sorted(hits) == sorted(pages), "every page fetched, none twice"
        assert queues[1].counts(ref) == {"done": len(pages)}
    finally:
        for fetcher in fetchers:
            await fetcher.aclose()
        for closeable in (*queues, *catalogs):
            closeable.close()


async def test_a_url_that_breaks_the_fetcher_fails_alone_and_the_run_completes(tmp_path: Path) -> None:
    db = tmp_path / "aisle.db"
    queue, catalog = ExtractionQueue(db), Catalog(db)
    fetcher = PageFetcher(FetchLimits(allow_private=True))
    try:
        with serve_pages({"/p/1": product_page("Sturdy item", "9.00", sku="ST-1")}) as (base, _):
            # A port out of range is refused by the tools up front; here it reaches the fetcher, which raises.
            ref = queue.add([f"{base}/p/1", "http://127.0.0.1:99999/p/2"])
            worker = LocalExtraction(queue, catalog, fetcher)
            async with anyio.create_task_group() as group:
                group.start_soon(worker.run)
                with anyio.fail_after(30):
                    while queue.state(ref) != JobState.completed:
                        await anyio.sleep(0.05)  # polling the queue, bounded by fail_after
                group.cancel_scope.cancel()
        assert queue.counts(ref) == {"done": 1, "failed": 1}
        assert [failure.reason for failure in queue.failures(ref, 10)] == ["the page could not be fetched"]
    finally:
        await fetcher.aclose()
        queue.close()
        catalog.close()
