"""getcatalog extraction through the real tools, against the getcatalog stand-in on 127.0.0.1."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from mcp import Client
from pydantic import SecretStr

from aisle_mcp.server import Settings, build_server
from aisle_mcp.server.settings import ProviderSettings
from tests.fakes.getcatalog import KEY, GetCatalogStandIn
from tests.fakes.tools import Transcript, call, error_text, outcome

pytestmark = pytest.mark.anyio

URLS = ["https://shop.example/p/alpha", "https://shop.example/p/broken-link", "https://shop.example/p/gamma"]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def stand_in() -> AsyncIterator[tuple[GetCatalogStandIn, str]]:
    fake = GetCatalogStandIn()
    async with fake.serve("/v1") as url:
        yield fake, url


def settings_for(tmp_path: Path, url: str, key: str = KEY, timeout_s: float = 30.0) -> Settings:
    return Settings(
        data_dir=tmp_path,
        load_demo=False,
        getcatalog=ProviderSettings(base_url=url, api_key=SecretStr(key), timeout_s=timeout_s),
    )


@pytest.fixture
async def client(tmp_path: Path, stand_in: tuple[GetCatalogStandIn, str]) -> AsyncIterator[Client]:
    async with Client(build_server(settings_for(tmp_path, stand_in[1]))) as c:
        yield c


async def submit(client: Client, urls: list[str], seen: Transcript | None = None) -> dict[str, Any]:
    return await call(client, "extract_product_urls", {"urls": urls, "provider": "getcatalog", "wait_seconds": 0}, seen)


async def test_a_job_goes_pending_running_completed_with_partial_results_and_failures(
    client: Client, stand_in: tuple[GetCatalogStandIn, str]
) -> None:
    fake, _ = stand_in
    started = await submit(client, URLS)
    assert started["status"] == "pending" and started["provider"] == "getcatalog"
    assert started["job_id"].startswith("job_")
    assert fake.submitted == [URLS]

    running = await call(client, "get_extract_status", {"job_id": started["job_id"]})
    assert running["status"] == "running"
    assert [p["title"] for p in running["products"]] == ["Trail Shoe alpha"]
    assert "again shortly" in running["next_step"]

    done = await call(client, "get_extract_status", {"job_id": started["job_id"]})
    assert done["status"] == "completed"
    assert done["progress"] == {"total_urls": 3, "urls_done": 3, "products_found": 2, "urls_failed": 1}
    assert done["failures"] == [{"url": URLS[1], "reason": "Page returned HTTP 404"}]
    alpha = done["products"][0]
    assert alpha["price"] == {"amount": "100.00", "currency": "EUR"}
    assert alpha["brand"] == "Fjellkatt" and alpha["availability"] == "in_stock"
    assert alpha["id"].startswith("getcatalog:")
    # Each page was read at the address sent, so url says it and requested_url is left out.
    assert [(p["url"], p.get("requested_url")) for p in done["products"]] == [(URLS[0], None), (URLS[2], None)]


async def test_products_page_through_provider_pages_without_gaps_or_repeats(
    client: Client, stand_in: tuple[GetCatalogStandIn, str]
) -> None:
    urls = [f"https://shop.example/p/item-{n}" for n in range(120)]
    urls[7] = "https://shop.example/p/broken-7"  # a failure shifts every later product between pages
    urls[64] = "https://shop.example/p/broken-64"
    job = (await submit(client, urls))["job_id"]
    for _ in range(2):
        await call(client, "get_extract_status", {"job_id": job})
    titles: list[str] = []
    cursor: str | None = None
    for _ in range(20):
        page = await call(client, "get_extract_status", {"job_id": job, "limit": 35, "cursor": cursor})
        titles += [p["title"] for p in page["products"]]
        cursor = page.get("next_cursor")
        if cursor is None:
            break
    assert page["status"] == "completed" and page["progress"]["urls_failed"] == 2
    expected = [f"Trail Shoe item-{n}" for n in range(120) if n not in (7, 64)]
    assert titles == expected


async def test_cancelling_deletes_the_provider_job_and_reports_cancelled(
    client: Client, stand_in: tuple[GetCatalogStandIn, str]
) -> None:
    fake, _ = stand_in
    job = (await submit(client, URLS))["job_id"]
    cancelled = await call(client, "cancel_extract", {"job_id": job})
    assert cancelled["status"] == "cancelled"
    assert any(s.method == "DELETE" for s in fake.seen)
    again = await call(client, "get_extract_status", {"job_id": job})
    assert again["status"] == "cancelled"


async def test_a_job_the_provider_forgot_is_a_clear_not_found(
    client: Client, stand_in: tuple[GetCatalogStandIn, str]
) -> None:
    fake, _ = stand_in
    job = (await submit(client, URLS))["job_id"]
    fake.jobs.clear()
    message = await error_text(client, "get_extract_status", {"job_id": job})
    assert "getcatalog has no extraction 'products-batch-" in message and "extract_product_urls" in message
    assert (await submit(client, URLS))["status"] == "pending"  # the server keeps serving


# The fault test's provider timeout: what its "delay" fault (no answer for 5 s) is cut off by, and also what every
# normal answer in that test must beat, so it is kept far beyond a loopback answer on a busy machine. Elsewhere the
# production default applies.
TIMEOUT_S = 2.0
# (fault, where, expected): "ok" means the call succeeded after retrying; otherwise a phrase of the ToolError.
STATUS_FAULTS: list[tuple[dict[str, Any], str]] = [
    ({"kind": "status", "status": 403}, "getcatalog refused the API key (HTTP 403): check GETCATALOG_API_KEY"),
    ({"kind": "status", "status": 429, "retry_after": "0"}, "ok"),
    ({"kind": "status", "status": 500}, "ok"),
    ({"kind": "status", "status": 502}, "ok"),
    ({"kind": "status", "status": 503, "retry_after": "0"}, "ok"),
    (
        {"kind": "status", "status": 503, "retry_after": "0", "times": 4},
        "getcatalog did not answer after 4 tries (HTTP 503); try again in a minute",
    ),
    ({"kind": "status", "status": 404}, "getcatalog has no extraction"),
    ({"kind": "delay", "seconds": 5}, "ok"),
    ({"kind": "drop"}, "ok"),
    ({"kind": "malformed"}, "getcatalog sent a reply that is not valid JSON"),
    ({"kind": "empty"}, "ok"),
    ({"kind": "status", "status": 400, "body": {"error": "limit must be at most 100"}}, "limit must be at most 100"),
]
SUBMIT_FAULTS: list[tuple[dict[str, Any], str]] = [
    ({"kind": "status", "status": 401}, "check GETCATALOG_API_KEY"),
    ({"kind": "status", "status": 429, "retry_after": "0"}, "ok"),
    ({"kind": "status", "status": 503, "retry_after": "0"}, "ok"),
    ({"kind": "status", "status": 502}, "(HTTP 502) while handling the POST request; it was not sent again"),
    ({"kind": "delay", "seconds": 5}, f"(no answer within {TIMEOUT_S:g} s); it was not sent again"),
    ({"kind": "drop"}, "(the connection dropped); it was not sent again"),
    ({"kind": "malformed"}, "not valid JSON"),
]


async def test_every_fault_ends_in_a_retry_or_a_clear_error_and_no_key_ever_shows(
    tmp_path: Path, stand_in: tuple[GetCatalogStandIn, str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    fake, url = stand_in
    seen = Transcript()
    async with Client(build_server(settings_for(tmp_path, url, timeout_s=TIMEOUT_S))) as client:
        job = (await submit(client, URLS, seen))["job_id"]
        for fault, expected in STATUS_FAULTS:
            fake.faults.add(path="/v1/products/", method="GET", **dict(fault))
            got = await outcome(client, "get_extract_status", {"job_id": job}, seen)
            if expected == "ok":
                assert isinstance(got, dict), (fault, got)
            else:
                assert isinstance(got, str) and expected in got, (fault, got)
            assert not fake.faults.queue
            assert isinstance(await outcome(client, "get_extract_status", {"job_id": job}, seen), dict)
        for fault, expected in SUBMIT_FAULTS:
            fake.faults.add(method="POST", **dict(fault))
            got = await outcome(
                client, "extract_product_urls", {"urls": URLS, "provider": "getcatalog", "wait_seconds": 0}, seen
            )
            if expected == "ok":
                assert isinstance(got, dict) and got["status"] == "pending", (fault, got)
            else:
                assert isinstance(got, str) and expected in got, (fault, got)
            assert isinstance((await submit(client, URLS, seen)), dict)
    async with Client(build_server(settings_for(tmp_path / "wrong", url, key="gc-wrong-key-55aa"))) as client:
        message = await error_text(client, "extract_product_urls", {"urls": URLS, "provider": "getcatalog"}, seen)
        assert message.endswith(
            "getcatalog refused the API key (HTTP 401): check GETCATALOG_API_KEY "
            "(getcatalog said: Invalid API key: [redacted])"
        )
    logged = [record.getMessage() for record in caplog.records]
    assert logged, "the retries were logged"
    for text in seen.texts + logged:
        assert KEY not in text and "gc-wrong-key-55aa" not in text


async def test_without_its_key_getcatalog_says_which_variable_to_set(tmp_path: Path) -> None:
    async with Client(build_server(Settings(data_dir=tmp_path, load_demo=False))) as client:
        message = await error_text(client, "extract_product_urls", {"urls": URLS, "provider": "getcatalog"})
    assert "set GETCATALOG_API_KEY" in message


async def test_listed_jobs_show_the_status_last_read_without_asking_the_provider_again(
    client: Client, stand_in: tuple[GetCatalogStandIn, str]
) -> None:
    fake, _ = stand_in
    job = (await submit(client, URLS))["job_id"]
    asked = len(fake.seen)
    listed = (await call(client, "list_extract_jobs", {}))["jobs"]
    assert len(fake.seen) == asked, "a listing asks the provider nothing"
    [pending] = listed
    assert pending["job_id"] == job and pending["status"] == "pending"
    assert pending["progress"] == {"total_urls": 3, "urls_done": 0, "products_found": 0, "urls_failed": 0}
    assert "status_checked_at" in pending  # unfinished and read earlier: said as such
    await call(client, "get_extract_status", {"job_id": job})
    done = await call(client, "get_extract_status", {"job_id": job})
    assert done["status"] == "completed"
    [completed] = (await call(client, "list_extract_jobs", {}))["jobs"]
    assert completed["status"] == "completed" and completed["progress"] == done["progress"]
    assert "status_checked_at" not in completed  # a finished job's last status is its status now
