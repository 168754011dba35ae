"""Two Aisle servers on one PostgreSQL database, through real MCP clients: each sees the jobs started on the
other, continues the other's cursors, and a cancel sent to either stops the job wherever it is worked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import Client
from pydantic import SecretStr

from aisle_mcp.server import Settings, build_server
from tests.shop_pages import NOT_A_PRODUCT, Hold, product_page, serve_pages

pytestmark = pytest.mark.anyio

PAGES = {"/about": NOT_A_PRODUCT, "/held/1": product_page("Slow Lantern", "34.50", sku="SL-1")}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def call(client: Client, tool: str, arguments: dict[str, Any]) -> dict[str, Any]:
    result = await client.call_tool(tool, arguments)
    assert not result.is_error, result.content
    assert result.structured_content is not None
    return result.structured_content


def replica(tmp_path: Path, name: str, url: SecretStr) -> Settings:
    return Settings(data_dir=tmp_path / name, database_url=url, allow_private_addresses=True, load_demo=False)


async def test_servers_on_one_database_share_jobs_cursors_and_cancels(tmp_path: Path, postgres_url: SecretStr) -> None:
    hold = Hold()
    with serve_pages(PAGES, hold) as (base, _):
        try:
            async with (
                Client(build_server(replica(tmp_path, "one", postgres_url))) as one,
                Client(build_server(replica(tmp_path, "two", postgres_url))) as two,
            ):
                started = [
                    (await call(one, "extract_product_urls", {"urls": [f"{base}/about"], "wait_seconds": 0}))["job_id"]
                    for _ in range(3)
                ]
                first = await call(one, "list_extract_jobs", {"limit": 2})
                rest = await call(two, "list_extract_jobs", {"limit": 2, "cursor": first["next_cursor"]})
                assert first["total"] == rest["total"] == 3
                assert [j["job_id"] for j in first["jobs"] + rest["jobs"]] == started[::-1]

                slow = await call(one, "extract_product_urls", {"urls": [f"{base}/held/1"], "wait_seconds": 0})
                assert await anyio.to_thread.run_sync(hold.reached.wait, 20), "one of the two servers works it"
                await call(two, "cancel_extract", {"job_id": slow["job_id"]})
                status = await call(one, "get_extract_status", {"job_id": slow["job_id"]})
        finally:
            hold.release.set()
    assert status["status"] == "cancelled"
    assert not (tmp_path / "one" / "cursor.key").exists(), "the cursor key is the database's, not a file's"


async def test_a_product_one_server_read_is_found_fetched_and_listed_on_the_other(
    tmp_path: Path, postgres_url: SecretStr
) -> None:
    page = product_page("Brass Storm Lantern", "41.00", brand="Lumenwright", sku="BSL-7")
    with serve_pages({"/p/lantern": page}) as (base, _):
        async with (
            Client(build_server(replica(tmp_path, "one", postgres_url))) as one,
            Client(build_server(replica(tmp_path, "two", postgres_url))) as two,
        ):
            read = await call(one, "extract_product_urls", {"urls": [f"{base}/p/lantern"], "wait_seconds": 20})
            assert read["status"] == "completed"
            product_id = read["products"][0]["id"]
            found = await call(two, "search_products", {"query": "brass lantern"})
            assert [p["id"] for p in found["products"]] == [product_id]
            corrected = await call(two, "search_products", {"query": "lumenwrigth lantern"})
            assert [p["id"] for p in corrected["products"]] == [product_id]
            assert (await call(two, "get_product", {"id": product_id}))["url"] == f"{base}/p/lantern"
            listed = await call(two, "list_inventory", {"search": "lantern"})
            assert [p["id"] for p in listed["products"]] == [product_id]
    for name in ("one", "two"):
        assert not (tmp_path / name / "aisle.db").exists(), "the catalog is the database's, not a file's"
