"""The real ``aisle-mcp`` process over stdio, as an MCP client launches it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from mcp import Client, StdioServerParameters

from tests.shop_pages import product_page, serve_pages

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def test_every_tool_answers_over_stdio(tmp_path: Path) -> None:
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "aisle_mcp"],
        env={"AISLE_DATA_DIR": str(tmp_path), "AISLE_ALLOW_PRIVATE_ADDRESSES": "true"},
    )
    with serve_pages({"/p/1": product_page("Fjellkatt Wool Blanket", "120.00", sku="FK-BL")}) as (base, _):
        async with Client(params) as client:
            tools = {tool.name for tool in (await client.list_tools()).tools}
            assert {"search_products", "extract_product_urls", "get_extract_status", "list_inventory"} <= tools

            found = await client.call_tool("search_products", {"query": "boots", "limit": 3})
            assert not found.is_error and found.structured_content
            assert found.structured_content["products"]

            product_id = found.structured_content["products"][0]["id"]
            product = await client.call_tool("get_product", {"id": product_id})
            assert product.structured_content and product.structured_content["id"] == product_id

            inventory = await client.call_tool("list_inventory", {"limit": 2})
            assert inventory.structured_content and len(inventory.structured_content["products"]) == 2

            started = await client.call_tool("extract_product_urls", {"urls": [f"{base}/p/1"], "wait_seconds": 20})
            assert started.structured_content and started.structured_content["status"] == "completed"
            status = await client.call_tool("get_extract_status", {"job_id": started.structured_content["job_id"]})
            assert status.structured_content
            assert status.structured_content["products"][0]["title"] == "Fjellkatt Wool Blanket"

            bad = await client.call_tool("get_extract_status", {"job_id": "job_nope"})
            assert bad.is_error
            still_up = await client.call_tool("list_extract_jobs", {})
            assert still_up.structured_content and still_up.structured_content["total"] == 1


async def test_a_request_far_longer_than_a_pipe_buffer_is_read_whole(tmp_path: Path) -> None:
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "aisle_mcp"],
        env={"AISLE_DATA_DIR": str(tmp_path), "AISLE_LOAD_DEMO": "false"},
    )
    # A thousand URLs make a line of about 120 KB: past a stream reader's default 64 KiB limit.
    urls = [f"https://shop.example/products/{'long-product-name-' * 4}{n}" for n in range(1000)]
    async with Client(params) as client:
        started = await client.call_tool("extract_product_urls", {"urls": urls, "wait_seconds": 0})
        assert not started.is_error, started.content
        assert started.structured_content and started.structured_content["progress"]["total_urls"] == 1000
        cancelled = await client.call_tool("cancel_extract", {"job_id": started.structured_content["job_id"]})
        assert not cancelled.is_error


def test_standard_input_from_a_file_is_served_too(tmp_path: Path) -> None:
    hello = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}},
    }
    requests = tmp_path / "requests.jsonl"
    requests.write_text(json.dumps(hello) + "\n")
    with requests.open("rb") as stdin:
        done = subprocess.run(
            [sys.executable, "-m", "aisle_mcp"],
            stdin=stdin,
            capture_output=True,
            env={**os.environ, "AISLE_DATA_DIR": str(tmp_path / "data"), "AISLE_LOAD_DEMO": "false"},
            timeout=60,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout.splitlines()[0])
    assert answer["id"] == 1 and answer["result"]["serverInfo"]["name"] == "aisle"
