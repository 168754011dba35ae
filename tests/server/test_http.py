"""The real ``aisle-mcp serve --http`` process: tokens, owners, Host/Origin checks, replicas, protocol errors."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError

from tests.shop_pages import Hold, product_page, serve_pages

pytestmark = pytest.mark.anyio

ALPHA = "alpha-token-3f9c2e"
BETA = "beta-token-81d0aa"
INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}},
}
MCP_HEADERS = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@dataclass
class Served:
    url: str
    process: subprocess.Popen[bytes]
    log: Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_env(data_dir: Path, tokens: str | None, **extra: str) -> dict[str, str]:
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(data_dir), "AISLE_DATA_DIR": str(data_dir)}
    env["AISLE_ALLOW_PRIVATE_ADDRESSES"] = "true"
    if tokens:
        env["AISLE_HTTP_TOKEN"] = tokens
    return env | extra


@contextmanager
def serve(
    data_dir: Path,
    *,
    tokens: str | None = f"{ALPHA},{BETA}",
    stateless: bool = False,
    workers: int = 1,
    env: dict[str, str] | None = None,
) -> Iterator[Served]:
    port = free_port()
    log = data_dir / f"server-{port}.log"
    args = [sys.executable, "-m", "aisle_mcp", "serve", "--http", "--port", str(port)]
    args += [*(["--stateless"] if stateless else []), *(["--workers", str(workers)] if workers > 1 else [])]
    with log.open("wb") as sink:
        process = subprocess.Popen(args, env=server_env(data_dir, tokens, **(env or {})), stderr=sink)
    try:
        deadline = time.monotonic() + 30
        while True:
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, f"server did not start: {log.read_text()}"
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield Served(f"http://127.0.0.1:{port}/mcp", process, log)
    finally:
        process.terminate()
        process.wait(timeout=60)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    with serve(tmp_path_factory.mktemp("http")) as served:
        yield served


@pytest.fixture(scope="module")
def pages() -> Iterator[str]:
    shop = {"/p/1": product_page("Fjellkatt Wool Blanket", "120.00", sku="FK-BL")}
    with serve_pages(shop) as (base, _):
        yield base


@asynccontextmanager
async def connect(url: str, token: str | None, mode: Any = "auto") -> AsyncIterator[Client]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with (
        httpx2.AsyncClient(headers=headers, timeout=30) as http,
        Client(streamable_http_client(url, http_client=http), mode=mode) as client,
    ):
        yield client


async def post(url: str, body: bytes, headers: dict[str, str]) -> httpx2.Response:
    async with httpx2.AsyncClient(timeout=30) as http:
        return await http.post(url, content=body, headers={**MCP_HEADERS, **headers})


def data(result: Any) -> dict[str, Any]:
    assert not result.is_error, result.content
    assert result.structured_content is not None
    return result.structured_content


async def test_a_request_without_a_known_token_is_refused_with_401(server: Served) -> None:
    body = json.dumps(INITIALIZE).encode()
    with anyio.fail_after(20):
        missing = await post(server.url, body, {})
        wrong = await post(server.url, body, {"Authorization": "Bearer not-a-token"})
        right = await post(server.url, body, {"Authorization": f"Bearer {ALPHA}"})
    assert missing.status_code == wrong.status_code == 401
    assert wrong.headers["www-authenticate"].startswith("Bearer")
    assert "not-a-token" not in wrong.text
    assert right.status_code == 200
    # A wrong token is told apart from none, so the client knows to fix its token; neither names a valid one.
    assert "token not recognised" in wrong.json()["error_description"]
    assert "token not recognised" in wrong.headers["www-authenticate"]
    assert "Authentication required" in missing.json()["error_description"]
    for answer in (missing, wrong):
        for token in (ALPHA, BETA, ALPHA[:6], BETA[:6]):
            assert token not in answer.text and token not in answer.headers["www-authenticate"]


@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_a_known_token_can_use_every_tool(server: Served, mode: str) -> None:
    with anyio.fail_after(30):
        async with connect(server.url, ALPHA, mode) as client:
            names = {tool.name for tool in (await client.list_tools()).tools}
            assert {"search_products", "get_product", "list_inventory", "extract_product_urls"} <= names
            found = data(await client.call_tool("search_products", {"query": "boots", "limit": 2}))
            assert found["products"]
            product = data(await client.call_tool("get_product", {"id": found["products"][0]["id"]}))
            assert product["id"] == found["products"][0]["id"]


async def test_a_job_is_not_found_by_another_token(server: Served, pages: str) -> None:
    with anyio.fail_after(40):
        async with connect(server.url, ALPHA) as alpha, connect(server.url, BETA) as beta:
            started = data(
                await alpha.call_tool("extract_product_urls", {"urls": [f"{pages}/p/1"], "wait_seconds": 20})
            )
            job_id = started["job_id"]
            assert data(await alpha.call_tool("get_extract_status", {"job_id": job_id}))["status"] == "completed"

            for tool in ("get_extract_status", "cancel_extract"):
                theirs = await beta.call_tool(tool, {"job_id": job_id})
                assert theirs.is_error
                assert "No extraction job" in theirs.content[0].text  # type: ignore[union-attr]
            assert data(await beta.call_tool("list_extract_jobs", {}))["total"] == 0
            assert job_id in [job["job_id"] for job in data(await alpha.call_tool("list_extract_jobs", {}))["jobs"]]


async def test_a_cursor_only_works_for_the_token_it_was_given_to(server: Served) -> None:
    arguments = {"query": "shirt", "limit": 2}
    with anyio.fail_after(30):
        async with connect(server.url, ALPHA) as alpha, connect(server.url, BETA) as beta:
            first = data(await alpha.call_tool("search_products", arguments))
            cursor = first["next_cursor"]
            second = data(await alpha.call_tool("search_products", {**arguments, "cursor": cursor}))
            assert second["products"] and second["products"][0]["id"] != first["products"][0]["id"]

            stolen = await beta.call_tool("search_products", {**arguments, "cursor": cursor})
            assert stolen.is_error
            assert "cursor belongs to a different" in stolen.content[0].text  # type: ignore[union-attr]
            inventory = data(await alpha.call_tool("list_inventory", {"limit": 2}))
            assert (await beta.call_tool("list_inventory", {"limit": 2, "cursor": inventory["next_cursor"]})).is_error


@pytest.mark.parametrize(
    ("header", "value", "status"),
    [("Host", "shop.evil.example", 421), ("Origin", "http://shop.evil.example", 403)],
)
async def test_a_foreign_host_or_origin_is_refused(server: Served, header: str, value: str, status: int) -> None:
    body = json.dumps(INITIALIZE).encode()
    token = {"Authorization": f"Bearer {ALPHA}"}
    with anyio.fail_after(20):
        refused = await post(server.url, body, {**token, header: value})
        own_origin = await post(server.url, body, {**token, "Origin": server.url.removesuffix("/mcp")})
    assert refused.status_code == status
    assert own_origin.status_code == 200
    # Checked before authentication: without a token the answer is the same refusal, not 401.
    with anyio.fail_after(20):
        assert (await post(server.url, body, {header: value})).status_code == status


@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_an_unknown_tool_is_json_rpc_invalid_params(server: Served, mode: str) -> None:
    with anyio.fail_after(20):
        async with connect(server.url, ALPHA, mode) as client:
            with pytest.raises(MCPError) as raised:
                await client.call_tool("buy_everything", {})
            assert raised.value.code == -32602
            assert "buy_everything" in raised.value.message
            assert not (await client.call_tool("list_inventory", {"limit": 1})).is_error


@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_errors_and_job_listings_read_the_same_over_http(server: Served, pages: str, mode: str) -> None:
    with anyio.fail_after(40):
        async with connect(server.url, ALPHA, mode) as client:
            refused = await client.call_tool("search_products", {"filters": {"max_price": 5}})
            text = " ".join(getattr(block, "text", "") for block in refused.content)
            assert refused.is_error
            assert text.startswith("search_products: does not take 'filters.max_price'")
            assert "(did you mean filters.price_max?)" in text
            urls = [f"{pages}/p/1"]
            started = data(await client.call_tool("extract_product_urls", {"urls": urls, "wait_seconds": 20}))
            listed = {job["job_id"]: job for job in data(await client.call_tool("list_extract_jobs", {}))["jobs"]}
    assert started["status"] == "completed"
    assert listed[started["job_id"]]["status"] == "completed"
    assert listed[started["job_id"]]["progress"] == started["progress"]


async def test_an_oversized_body_gets_413(server: Served) -> None:
    huge = json.dumps({**INITIALIZE, "padding": "x" * (5 * 1024 * 1024)}).encode()
    with anyio.fail_after(30):
        answer = await post(server.url, huge, {"Authorization": f"Bearer {ALPHA}"})
    assert answer.status_code == 413


async def test_malformed_json_gets_a_json_rpc_parse_error(server: Served) -> None:
    with anyio.fail_after(20):
        answer = await post(server.url, b'{"jsonrpc": "2.0", "id": 1,', {"Authorization": f"Bearer {ALPHA}"})
    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == -32700


async def test_tokens_never_reach_the_server_log(server: Served) -> None:
    with anyio.fail_after(20):
        await post(server.url, json.dumps(INITIALIZE).encode(), {"Authorization": "Bearer leaked-guess-42"})
        async with connect(server.url, BETA) as client:
            await client.call_tool("get_extract_status", {"job_id": "job_nope"})
    text = server.log.read_text()
    assert "tok_" in text  # owners are named by hash at startup
    for secret in (ALPHA, BETA, "leaked-guess-42"):
        assert secret not in text


def test_listening_beyond_loopback_without_a_token_is_refused(tmp_path: Path) -> None:
    refused = subprocess.run(
        [sys.executable, "-m", "aisle_mcp", "serve", "--http", "--host", "0.0.0.0", "--port", str(free_port())],
        env=server_env(tmp_path, None),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert refused.returncode == 2
    assert "AISLE_HTTP_TOKEN" in refused.stderr


async def test_stateless_replicas_on_one_data_dir_share_jobs_and_cursors(tmp_path: Path, pages: str) -> None:
    with serve(tmp_path, stateless=True) as one, serve(tmp_path, stateless=True) as other, anyio.fail_after(60):
        async with connect(one.url, ALPHA) as first, connect(other.url, ALPHA) as second:
            started = data(
                await first.call_tool("extract_product_urls", {"urls": [f"{pages}/p/1"], "wait_seconds": 20})
            )
            status = data(await second.call_tool("get_extract_status", {"job_id": started["job_id"]}))
            assert status["status"] == "completed"
            assert status["products"][0]["title"] == "Fjellkatt Wool Blanket"

            arguments = {"query": "shirt", "limit": 2}
            page = data(await first.call_tool("search_products", arguments))
            resumed = data(await second.call_tool("search_products", {**arguments, "cursor": page["next_cursor"]}))
            assert {p["id"] for p in resumed["products"]}.isdisjoint(p["id"] for p in page["products"])


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(child) for child in (task / "children").read_text().split()]
    return found


async def test_worker_processes_on_one_port_share_jobs_and_cursors(tmp_path: Path, pages: str) -> None:
    with serve(tmp_path, stateless=True, workers=2) as served, anyio.fail_after(90):
        while served.log.read_text().count("Application startup complete") < 2:
            await anyio.sleep(0.1)  # the second worker's startup, bounded by fail_after
        assert len(children(served.process.pid)) >= 2
        # Each call on a connection of its own, so calls land on either worker.
        async with connect(served.url, ALPHA) as client:
            started = data(
                await client.call_tool("extract_product_urls", {"urls": [f"{pages}/p/1"], "wait_seconds": 0})
            )
        while True:
            async with connect(served.url, ALPHA) as client:
                status = data(await client.call_tool("get_extract_status", {"job_id": started["job_id"]}))
            if status["status"] == "completed":
                break
            await anyio.sleep(0.2)  # the job runs on whichever worker claimed it, bounded by fail_after
        assert status["products"][0]["title"] == "Fjellkatt Wool Blanket"

        arguments: dict[str, Any] = {"query": "shirt", "limit": 3}
        seen: list[str] = []
        cursor = None
        for _ in range(4):
            async with connect(served.url, ALPHA) as client:
                page = data(await client.call_tool("search_products", {**arguments, "cursor": cursor}))
            seen += [p["id"] for p in page["products"]]
            cursor = page.get("next_cursor")
            if cursor is None:
                break
        assert len(seen) == len(set(seen)) >= 6


def test_worker_processes_need_stateless_mode(tmp_path: Path) -> None:
    refused = subprocess.run(
        [sys.executable, "-m", "aisle_mcp", "serve", "--http", "--workers", "2", "--port", str(free_port())],
        env=server_env(tmp_path, ALPHA),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert refused.returncode == 2
    assert "--stateless" in refused.stderr


def tool_call(name: str, arguments: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
    """A tools/call request as the 2026-07-28 protocol sends it over HTTP, body and headers."""
    meta = {
        "io.modelcontextprotocol/protocolVersion": "2026-07-28",
        "io.modelcontextprotocol/clientInfo": {"name": "t", "version": "1"},
        "io.modelcontextprotocol/clientCapabilities": {},
    }
    params = {"name": name, "arguments": arguments, "_meta": meta}
    body = json.dumps({"jsonrpc": "2.0", "id": 7, "method": "tools/call", "params": params}).encode()
    return body, {"MCP-Protocol-Version": "2026-07-28", "Mcp-Method": "tools/call", "Mcp-Name": name}


async def test_a_flooding_client_is_told_429_while_others_are_served(tmp_path: Path) -> None:
    # The page keeps loading until the test releases it, so ALPHA's calls that wait on its job stay in flight
    # however slow the machine is: the refusals and BETA's answer are checked while they are held, not by a clock.
    hold = Hold()
    shop = {"/held/1": product_page("Fjellkatt Wool Blanket", "120.00", sku="FK-BL")}
    limits = {"AISLE_HTTP_ACTIVE_PER_CLIENT": "2", "AISLE_HTTP_WAITING_PER_CLIENT": "3", "AISLE_FETCH_TIMEOUT": "120"}
    try:
        with serve_pages(shop, hold) as (base, _), serve(tmp_path, env=limits) as served, anyio.fail_after(120):
            async with connect(served.url, ALPHA) as client:
                started = {"urls": [f"{base}/held/1"], "wait_seconds": 0}
                job = data(await client.call_tool("extract_product_urls", started))
            # Ten calls at once from ALPHA, each waiting for the held job: 2 are served, 3 wait their turn, and the
            # other 5 are refused at once.
            body, headers = tool_call("get_extract_status", {"job_id": job["job_id"], "wait_seconds": 45})
            answers: list[int] = []
            five_answered = anyio.Event()

            async def flood_call() -> None:
                async with httpx2.AsyncClient(timeout=90) as http:
                    answer = await http.post(
                        served.url, content=body, headers={**MCP_HEADERS, **headers, "Authorization": f"Bearer {ALPHA}"}
                    )
                answers.append(answer.status_code)
                if len(answers) == 5:
                    five_answered.set()

            async with anyio.create_task_group() as group:
                for _ in range(10):
                    group.start_soon(flood_call)
                await five_answered.wait()
                assert answers == [429] * 5, "the calls past 2 served and 3 waiting are refused, the others held"
                async with connect(served.url, BETA) as other:
                    data(await other.call_tool("search_products", {"query": "wool", "limit": 1}))
                assert answers == [429] * 5, "BETA was served while ALPHA's five calls were still in flight"
                hold.release.set()  # the job completes: ALPHA's served and waiting calls are answered in turn
            assert sorted(answers) == [200] * 5 + [429] * 5
            async with connect(served.url, ALPHA) as client:  # the flood is over: ALPHA is served again
                data(await client.call_tool("list_inventory", {"limit": 1}))
    finally:
        hold.release.set()


async def test_header_values_are_read_without_surrounding_whitespace(server: Served) -> None:
    body, headers = tool_call("list_inventory", {"limit": 1})
    headers = {**MCP_HEADERS, **headers, "Mcp-Name": " list_inventory\t", "Authorization": f"Bearer {ALPHA}"}
    port = int(server.url.split(":")[2].split("/")[0])
    # Written by hand: HTTP client libraries refuse to send such values, though servers must accept them.
    head = ["POST /mcp HTTP/1.1", f"Host: 127.0.0.1:{port}", f"Content-Length: {len(body)}", "Connection: close"]
    request = "\r\n".join(head + [f"{name}: {value}" for name, value in headers.items()]) + "\r\n\r\n"
    with anyio.fail_after(20):
        stream = await anyio.connect_tcp("127.0.0.1", port)
        await stream.send(request.encode() + body)
        answer = b""
        with contextlib.suppress(anyio.EndOfStream):
            while True:
                answer += await stream.receive()
        await stream.aclose()
    status_line, _, rest = answer.partition(b"\r\n")
    assert status_line.split()[1] == b"200", answer[:300]
    assert b'"error"' not in rest and b'"isError":true' not in rest
