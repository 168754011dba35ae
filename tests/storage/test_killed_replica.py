"""A replica SIGKILLed while it works an extraction job: the real ``aisle-mcp serve --http --stateless`` process on
PostgreSQL. Another replica, on a data directory of its own, finishes the job, every URL reported exactly once,
and its ``get_extract_status`` pages through the job to the end even though the dead replica's products are in
the dead replica's own catalog."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

import anyio
import pytest
from pydantic import SecretStr

from aisle_mcp.providers.base import JobState
from aisle_mcp.server.http import owner_id
from aisle_mcp.storage.interfaces import ExtractionRuns
from aisle_mcp.storage.postgres.open import open_postgres
from tests.server.test_http import ALPHA, connect, data, serve
from tests.shop_pages import Hold, product_page, serve_pages

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def wait_for(what: str, ready: Any) -> None:
    deadline = time.monotonic() + 60
    while not ready():
        assert time.monotonic() < deadline, f"still waiting for {what}"
        time.sleep(0.05)  # polling the shared database, bounded by the deadline


def finished(runs: ExtractionRuns, ref: str) -> int:
    return sum(n for state, n in runs.counts(ref).items() if state != "pending")


async def test_the_job_of_a_sigkilled_replica_is_finished_by_another_each_url_reported_once(
    tmp_path: Path, postgres_url: SecretStr
) -> None:
    pages = {f"/p/{n}": product_page(f"Lamp {n}", f"{n}.00", sku=f"LA-{n}") for n in range(1, 7)}
    pages |= {f"/held/{n}": product_page(f"Held lamp {n}", f"{n}.00", sku=f"HL-{n}") for n in (7, 8)}
    env = {"AISLE_DATABASE_URL": postgres_url.get_secret_value(), "AISLE_LOAD_DEMO": "false"}
    shared = open_postgres(postgres_url)
    hold = Hold()
    try:
        with serve_pages(pages, hold) as (base, hits):
            urls = [f"{base}{path}" for path in pages]
            ref = shared.runs.add(urls, owner_id(ALPHA))
            job = shared.jobs.create("local", ref, owner_id(ALPHA), len(urls))
            (tmp_path / "one").mkdir()
            (tmp_path / "two").mkdir()
            with serve(tmp_path / "one", tokens=ALPHA, stateless=True, env=env) as one:
                wait_for("the first six pages", lambda: finished(shared.runs, ref) == 6 and hold.reached.is_set())
                os.kill(one.process.pid, signal.SIGKILL)  # two held pages in flight, its claim left behind
                one.process.wait(timeout=60)
            assert shared.runs.counts(ref) == {"done": 6, "pending": 2}
            hold.release.set()
            with serve(tmp_path / "two", tokens=ALPHA, stateless=True, env=env) as two:
                wait_for("the job to be completed", lambda: shared.runs.state(ref) == JobState.completed)
                listed: list[str] = []
                cursor: dict[str, str] = {}
                with anyio.fail_after(60):
                    async with connect(two.url, ALPHA) as client:
                        for _ in range(len(urls) + 1):  # one product a page: more pages than that is a loop
                            status = data(
                                await client.call_tool("get_extract_status", {"job_id": job.id, "limit": 1, **cursor})
                            )
                            listed += [p.get("requested_url") or p["url"] for p in status["products"]]
                            if not status.get("next_cursor"):
                                break
                            cursor = {"cursor": status["next_cursor"]}
        assert [url for _, url in shared.runs.done(ref, 0, 100)] == urls, "every URL reported once, in order"
        assert status["status"] == "completed"
        assert status["progress"] == {"total_urls": 8, "urls_done": 8, "products_found": 8, "urls_failed": 0}
        assert not status.get("next_cursor"), "paging reached the end"
        assert len(listed) == len(set(listed)), "no product listed twice"
        assert set(listed) <= set(urls)
        assert {f"{base}/held/7", f"{base}/held/8"} <= set(listed), "the pages the survivor read are listed"
        assert sorted(h for h in hits if h.startswith("/p/")) == sorted(p for p in pages if p.startswith("/p/")), (
            "what the killed replica had finished is not fetched again"
        )
    finally:
        hold.release.set()
        shared.close()
