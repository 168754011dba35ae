"""The real ``aisle-mcp`` process over stdio, as an MCP client launches it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import anyio
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
            assert getattr(bad.content[0], "text", "").startswith("get_extract_status: No extraction job 'job_nope'")
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


def serve_file(requests: Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """``aisle-mcp`` over stdio with standard input read from ``requests``; it must end cleanly at the file's end."""
    with requests.open("rb") as stdin:
        done = subprocess.run(
            [sys.executable, "-m", "aisle_mcp"],
            stdin=stdin,
            capture_output=True,
            text=True,
            env={**os.environ, "AISLE_DATA_DIR": str(data_dir), "AISLE_LOAD_DEMO": "false"},
            timeout=60,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    return done


def test_standard_input_from_a_file_is_served_too(tmp_path: Path) -> None:
    hello = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}},
    }
    requests = tmp_path / "requests.jsonl"
    requests.write_text(json.dumps(hello) + "\n")
    done = serve_file(requests, tmp_path / "data")
    answer = json.loads(done.stdout.splitlines()[0])
    assert answer["id"] == 1 and answer["result"]["serverInfo"]["name"] == "aisle"


INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}},
}
LIST_TOOLS = {"jsonrpc": "2.0", "id": 2, "method": "tools/list"}
UNREADABLE = [
    ("not json", -32700, None),
    ('{"jsonrpc": "2.0", "id": 7, "method": "tools/li', -32700, None),  # a request cut short
    ('{"jsonrpc": "2.0", "id": 8, "method": 42}', -32600, 8),  # JSON, but not a JSON-RPC request
    ("[1, 2]", -32600, None),
]


async def test_a_line_that_is_not_json_rpc_is_answered_with_an_error_and_the_next_line_is_served(
    tmp_path: Path,
) -> None:
    env = {**os.environ, "AISLE_DATA_DIR": str(tmp_path), "AISLE_LOAD_DEMO": "false"}
    process = await anyio.open_process([sys.executable, "-m", "aisle_mcp"], env=env, stderr=subprocess.DEVNULL)
    assert process.stdin is not None and process.stdout is not None
    stdout = process.stdout
    received = b""

    async def answer() -> dict[str, Any]:
        nonlocal received
        while b"\n" not in received:
            received += await stdout.receive()
        line, _, received = received.partition(b"\n")
        return json.loads(line)

    try:
        with anyio.fail_after(60):
            for text, code, request_id in UNREADABLE:  # before initialize: nothing is served yet, and still answered
                await process.stdin.send(text.encode() + b"\n")
                error = await answer()
                assert error["id"] == request_id and error["error"]["code"] == code, (text, error)
            await process.stdin.send(json.dumps(INITIALIZE).encode() + b"\n\n")  # a blank line asks nothing
            assert (await answer())["result"]["serverInfo"]["name"] == "aisle"
            await process.stdin.send(b"not json\n" + json.dumps(LIST_TOOLS).encode() + b"\n")
            assert (await answer())["error"]["code"] == -32700
            assert {tool["name"] for tool in (await answer())["result"]["tools"]} >= {"search_products"}
    finally:
        await process.stdin.aclose()
        with anyio.fail_after(30):
            await process.wait()


def test_standard_input_from_a_file_answers_lines_that_are_not_json_rpc_too(tmp_path: Path) -> None:
    requests = tmp_path / "requests.jsonl"
    requests.write_text("\n".join([UNREADABLE[0][0], json.dumps(INITIALIZE), UNREADABLE[1][0], ""]))
    done = serve_file(requests, tmp_path / "data")
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert [a.get("error", {}).get("code") for a in answers] == [-32700, None, -32700]
    assert answers[1]["result"]["serverInfo"]["name"] == "aisle"
