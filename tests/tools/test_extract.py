"""An extraction job from start to finish against pages served on 127.0.0.1, through a real MCP client."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import Client

from aisle_mcp.server import Settings, build_server
from tests.shop_pages import NOT_A_PRODUCT, Hold, product_page, serve_pages

pytestmark = pytest.mark.anyio

PAGES = {
    "/p/kettle": product_page("Fjellkatt Copper Kettle 1.2 L", "89.90", sku="FK-KET-12"),
    "/p/lantern": product_page("Fjellkatt Storm Lantern", "34.50", sku="FK-LAN-01", stock="OutOfStock"),
    "/about": NOT_A_PRODUCT,
}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, allow_private_addresses=True)


@pytest.fixture(params=["auto", "legacy"])
async def client(request: pytest.FixtureRequest, settings: Settings) -> AsyncIterator[Client]:
    async with Client(build_server(settings), mode=request.param) as c:
        yield c


async def call(client: Client, tool: str, arguments: dict[str, Any]) -> dict[str, Any]:
    result = await client.call_tool(tool, arguments)
    assert not result.is_error, result.content
    assert result.structured_content is not None
    return result.structured_content


async def error_text(client: Client, tool: str, arguments: dict[str, Any]) -> str:
    result = await client.call_tool(tool, arguments)
    assert result.is_error
    return " ".join(getattr(block, "text", "") for block in result.content)


async def finished(client: Client, job_id: str) -> dict[str, Any]:
    with anyio.fail_after(30):
        while True:
            status = await call(client, "get_extract_status", {"job_id": job_id, "wait_seconds": 5})
            if status["status"] in ("completed", "failed", "cancelled"):
                return status


async def test_an_extraction_job_runs_from_start_to_finish(client: Client) -> None:
    with serve_pages(PAGES) as (base, hits):
        urls = [f"{base}/p/kettle", f"{base}/p/lantern", f"{base}/about", f"{base}/gone"]
        progress: list[float] = []

        async def on_progress(done: float, total: float | None, message: str | None) -> None:
            progress.append(done)

        started = await client.call_tool(
            "extract_product_urls", {"urls": urls, "wait_seconds": 20}, progress_callback=on_progress
        )
        assert not started.is_error, started.content
        job = started.structured_content or {}
        status = job if job["status"] == "completed" else await finished(client, job["job_id"])
    assert status["status"] == "completed"
    assert status["progress"] == {"total_urls": 4, "urls_done": 4, "products_found": 2, "urls_failed": 2}
    titles = {p["title"]: p for p in status["products"]}
    assert titles["Fjellkatt Copper Kettle 1.2 L"]["price"] == {"amount": "89.90", "currency": "EUR"}
    assert titles["Fjellkatt Storm Lantern"]["availability"] == "out_of_stock"
    reasons = {f["url"].rsplit("/", 1)[-1]: f["reason"] for f in status["failures"]}
    assert "no product" in reasons["about"]
    assert "404" in reasons["gone"]
    assert sorted(hits) == ["/about", "/gone", "/p/kettle", "/p/lantern"]
    # what was extracted is now in the catalog: search finds it, get_product gives it whole
    found = await call(client, "search_products", {"query": "copper kettle"})
    assert found["products"][0]["title"] == "Fjellkatt Copper Kettle 1.2 L"
    product = await call(client, "get_product", {"id": found["products"][0]["id"]})
    assert product["sku"] == "FK-KET-12"
    listed = await call(client, "list_extract_jobs", {})
    assert listed["jobs"][0]["job_id"] == status["job_id"]
    # The listing tells where each job stands, in get_extract_status's words, so the running one is found at once.
    assert listed["jobs"][0]["status"] == "completed"
    assert listed["jobs"][0]["progress"] == status["progress"]
    assert "status_checked_at" not in listed["jobs"][0]  # the local engine's counts are read now


async def test_each_product_says_which_of_the_sent_urls_it_was_read_from(client: Client) -> None:
    canonical = '<link rel="canonical" href="https://fjellkatt.example/kettle">'
    pages = {
        "/p/kettle?ref=newsletter": product_page("Fjellkatt Copper Kettle 1.2 L", "89.90").replace(
            "</title>", "</title>" + canonical
        ),
        "/p/lantern": product_page("Fjellkatt Storm Lantern", "34.50", sku="FK-LAN-01"),
    }
    with serve_pages(pages) as (base, _):
        urls = [f"{base}/p/missing", f"{base}/p/lantern", f"{base}/p/kettle?ref=newsletter"]
        job = await call(client, "extract_product_urls", {"urls": urls, "wait_seconds": 20})
        status = job if job["status"] == "completed" else await finished(client, job["job_id"])
    read = {p["title"]: (p.get("requested_url"), p["url"]) for p in status["products"]}
    # A page read at the address it was asked for says so once, in url; requested_url is given only when it differs.
    assert read == {
        "Fjellkatt Storm Lantern": (None, urls[1]),
        "Fjellkatt Copper Kettle 1.2 L": (urls[2], "https://fjellkatt.example/kettle"),
    }


async def test_status_pages_products_with_a_cursor(client: Client) -> None:
    pages = {f"/p/{i}": product_page(f"Fjellkatt Mug no. {i}", f"{10 + i}.00", sku=f"MUG-{i}") for i in range(7)}
    with serve_pages(pages) as (base, _):
        started = await call(client, "extract_product_urls", {"urls": [base + p for p in pages], "wait_seconds": 20})
        await finished(client, started["job_id"])
        seen: list[str] = []
        cursor = None
        while True:
            page = await call(
                client,
                "get_extract_status",
                {"job_id": started["job_id"], "limit": 3, **({"cursor": cursor} if cursor else {})},
            )
            seen.extend(p["title"] for p in page["products"])
            cursor = page.get("next_cursor")
            if not cursor:
                break
    assert seen == [f"Fjellkatt Mug no. {i}" for i in range(7)]


@pytest.mark.parametrize(
    ("urls", "expected"),
    [
        (["ftp://shop.example/p/1"], "not an http(s) URL"),
        (["javascript:alert(1)"], "not an http(s) URL"),
        (["shop.example/p/1"], "not an http(s) URL"),
        (["https://shop.example/a", "https://shop.example/a"], "duplicate"),
        ([f"https://shop.example/p/{i}" for i in range(1001)], "at most 1000"),
        ([], "at least 1"),
        (["https://shop.example:99999/p/1"], "port outside 1-65535"),
        (["https://shop.example:0/p/1"], "port outside 1-65535"),
        (["https://shop example/p/1"], "has spaces"),
        (["https://shop.example/p/red kettle"], "has spaces"),
        (["https://me:secret@shop.example/p/1"], "user name or password"),
        (
            ["https://shop.example/p/1#reviews", "https://shop.example/p/1"],
            "urls[1] 'https://shop.example/p/1' is a duplicate of urls[0]",
        ),
        (["https://Shop.Example/p/1", "HTTPS://shop.example/p/1"], "is a duplicate of urls[0]"),
    ],
)
async def test_bad_urls_are_refused_before_any_job_starts(client: Client, urls: list[str], expected: str) -> None:
    assert expected in await error_text(client, "extract_product_urls", {"urls": urls})
    assert (await call(client, "list_extract_jobs", {}))["total"] == 0


async def test_unknown_job_ids_are_not_found(client: Client) -> None:
    for tool in ("get_extract_status", "cancel_extract"):
        assert "No extraction job" in await error_text(client, tool, {"job_id": "job_doesnotexist"})


async def test_private_addresses_are_refused_unless_a_setting_allows_them(tmp_path: Path) -> None:
    with serve_pages(PAGES) as (base, hits):
        async with Client(build_server(Settings(data_dir=tmp_path))) as client:
            started = await call(client, "extract_product_urls", {"urls": [f"{base}/p/kettle"], "wait_seconds": 20})
            status = started if started["status"] == "failed" else await finished(client, started["job_id"])
    assert status["status"] == "failed"
    assert status["failures"][0]["url"].endswith("/p/kettle")
    assert hits == []


async def test_cancel_stops_a_job_and_keeps_what_was_read(client: Client) -> None:
    with serve_pages(PAGES) as (base, _):
        started = await call(client, "extract_product_urls", {"urls": [f"{base}/p/kettle"], "wait_seconds": 0})
        cancelled = await call(client, "cancel_extract", {"job_id": started["job_id"]})
    assert cancelled["status"] in ("cancelled", "completed")
    again = await call(client, "get_extract_status", {"job_id": started["job_id"]})
    assert again["status"] == cancelled["status"]


async def test_jobs_survive_a_restart(settings: Settings) -> None:
    with serve_pages(PAGES) as (base, _):
        async with Client(build_server(settings)) as client:
            started = await call(client, "extract_product_urls", {"urls": [f"{base}/p/kettle"], "wait_seconds": 20})
            await finished(client, started["job_id"])
        async with Client(build_server(settings)) as client:
            status = await call(client, "get_extract_status", {"job_id": started["job_id"]})
    assert status["status"] == "completed"
    assert status["products"][0]["title"] == "Fjellkatt Copper Kettle 1.2 L"


async def test_the_page_fragment_and_letter_case_of_scheme_and_host_are_normalized(client: Client) -> None:
    with serve_pages(PAGES) as (base, hits):
        started = await call(
            client, "extract_product_urls", {"urls": [f"{base.upper()}/p/kettle#reviews"], "wait_seconds": 20}
        )
        status = started if started["status"] == "completed" else await finished(client, started["job_id"])
    assert status["products"][0]["url"] == f"{base}/p/kettle"
    assert hits == ["/p/kettle"]


async def test_a_job_id_of_the_wrong_shape_says_what_it_looks_like(client: Client) -> None:
    text = await error_text(client, "get_extract_status", {"job_id": "local:25287c8a3e04647b"})
    assert "Job ids start with 'job_'" in text and "get_product" in text
    assert "Job ids start with 'job_'" in await error_text(client, "cancel_extract", {"job_id": "12345"})
    assert "start with 'job_'" not in await error_text(client, "get_extract_status", {"job_id": "job_doesnotexist"})


async def test_a_job_with_more_failures_than_listed_says_so(client: Client) -> None:
    with serve_pages(PAGES) as (base, _):
        urls = [f"{base}/gone/{i}" for i in range(25)] + [f"{base}/p/kettle"]
        started = await call(client, "extract_product_urls", {"urls": urls, "wait_seconds": 20})
        status = started if started["status"] == "completed" else await finished(client, started["job_id"])
    assert status["progress"]["urls_failed"] == 25
    assert len(status["failures"]) == 20
    assert "failures lists 20 of the 25 URLs that failed" in status["next_step"]


async def test_cancelling_a_finished_job_says_there_was_nothing_to_stop(client: Client) -> None:
    with serve_pages(PAGES) as (base, _):
        started = await call(client, "extract_product_urls", {"urls": [f"{base}/p/kettle"], "wait_seconds": 20})
        done = started if started["status"] == "completed" else await finished(client, started["job_id"])
    cancelled = await call(client, "cancel_extract", {"job_id": done["job_id"]})
    assert cancelled["status"] == "completed"
    assert "already completed; there was nothing to stop" in cancelled["next_step"]
    # The answer is the job's status; what was read is where it always is, one call away.
    assert "products" not in cancelled and cancelled["progress"] == done["progress"]
    assert f"get_extract_status with job_id={done['job_id']} for the 1 product read" in cancelled["next_step"]
    again = await call(client, "get_extract_status", {"job_id": done["job_id"]})
    assert again["products"][0]["title"] == "Fjellkatt Copper Kettle 1.2 L"


async def test_listed_jobs_show_a_running_job_with_its_progress_now(client: Client) -> None:
    hold = Hold()
    with serve_pages(PAGES, hold) as (base, _):
        try:
            slow = await call(client, "extract_product_urls", {"urls": [f"{base}/held/1"], "wait_seconds": 0})
            assert await anyio.to_thread.run_sync(hold.reached.wait, 20)
            listed = {j["job_id"]: j for j in (await call(client, "list_extract_jobs", {}))["jobs"]}
        finally:
            hold.release.set()
        done = await finished(client, slow["job_id"])
    running = listed[slow["job_id"]]
    assert running["status"] == "running"
    assert running["progress"] == {"total_urls": 1, "urls_done": 0, "products_found": 0, "urls_failed": 0}
    assert "status_checked_at" not in running
    assert done["status"] == "failed"


async def test_the_one_local_owner_finds_what_it_extracted_in_every_tool_after_a_restart(settings: Settings) -> None:
    with serve_pages(PAGES) as (base, _):
        async with Client(build_server(settings)) as client:
            started = await call(client, "extract_product_urls", {"urls": [f"{base}/p/kettle"], "wait_seconds": 20})
            status = started if started["status"] == "completed" else await finished(client, started["job_id"])
    product_id = status["products"][0]["id"]
    async with Client(build_server(settings)) as client:  # a new session on the same data dir: the same owner
        found = await call(client, "search_products", {"query": "copper kettle"})
        assert found["products"][0]["id"] == product_id
        assert (await call(client, "get_product", {"id": product_id}))["sku"] == "FK-KET-12"
        listed = await call(client, "list_inventory", {"search": "kettle", "brand": "Fjellkatt"})
        assert [p["id"] for p in listed["products"]] == [product_id]
        again = await call(client, "get_extract_status", {"job_id": status["job_id"]})
        assert [p["id"] for p in again["products"]] == [product_id]
        assert [j["job_id"] for j in (await call(client, "list_extract_jobs", {}))["jobs"]] == [status["job_id"]]
