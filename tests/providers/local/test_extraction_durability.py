"""An extraction job outlives its server: killed with SIGKILL halfway, the restarted server finishes it,
reporting every URL exactly once. The real ``aisle-mcp serve --http`` process, pages on 127.0.0.1."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Generator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import Client

from tests.shop_pages import product_page

pytestmark = pytest.mark.anyio

PAGES = 40
HALF = PAGES // 2


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Gate:
    """Serves the first half of the pages at once, then holds every request until it is opened."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.served: list[str] = []
        self.half_served = threading.Event()
        self.open = threading.Event()
        self.asked_after_restart: list[str] = []


@contextmanager
def gated_shop(gate: Gate) -> Generator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            with gate.lock:
                held = len(gate.served) >= HALF
                if gate.open.is_set():
                    gate.asked_after_restart.append(self.path)
            # A held request waits for the gate (bounded, so a failed test cannot hang a thread forever).
            if held and not gate.open.wait(timeout=60):
                return
            number = self.path.rsplit("/", 1)[-1]
            body = product_page(f"Durable item {number}", f"{number}.00", sku=f"DUR-{number}").encode()
            try:
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:  # the server that asked was killed meanwhile
                return
            with gate.lock:
                gate.served.append(self.path)
                if len(gate.served) >= HALF:
                    gate.half_served.set()

        def log_message(self, format: str, *args: object) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        gate.open.set()
        server.shutdown()
        server.server_close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def start_server(data_dir: Path, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {
        **os.environ,
        "AISLE_DATA_DIR": str(data_dir),
        "AISLE_ALLOW_PRIVATE_ADDRESSES": "true",
        "AISLE_LOAD_DEMO": "false",
    }
    with log.open("ab") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "aisle_mcp", "serve", "--http", "--port", str(port)], env=env, stderr=sink
        )
    with anyio.fail_after(30):
        while True:
            assert process.poll() is None, log.read_text()
            try:
                await (await anyio.connect_tcp("127.0.0.1", port)).aclose()
                break
            except OSError:
                await anyio.sleep(0.05)  # polling the port, bounded by fail_after
    return process, f"http://127.0.0.1:{port}/mcp"


async def call(client: Client, tool: str, arguments: dict[str, Any]) -> dict[str, Any]:
    result = await client.call_tool(tool, arguments)
    assert not result.is_error, result.content
    assert result.structured_content is not None
    return result.structured_content


async def test_a_job_killed_halfway_resumes_after_restart_and_reports_each_url_once(tmp_path: Path) -> None:
    gate = Gate()
    log = tmp_path / "server.log"
    with gated_shop(gate) as shop:
        urls = [f"{shop}/p/{number}" for number in range(1, PAGES + 1)]
        process, endpoint = await start_server(tmp_path / "data", log)
        try:
            async with Client(endpoint) as client:
                job_id = (await call(client, "extract_product_urls", {"urls": urls, "wait_seconds": 0}))["job_id"]
            with anyio.fail_after(30):
                assert await anyio.to_thread.run_sync(gate.half_served.wait, 30), "half the pages were never served"
            os.kill(process.pid, signal.SIGKILL)
        finally:
            process.kill()
            process.wait(timeout=60)
        assert process.returncode == -signal.SIGKILL
        assert HALF <= len(gate.served) < PAGES

        gate.open.set()
        process, endpoint = await start_server(tmp_path / "data", log)
        try:
            async with Client(endpoint) as client:
                with anyio.fail_after(60):
                    while True:
                        status = await call(client, "get_extract_status", {"job_id": job_id, "wait_seconds": 2})
                        if status["status"] in ("completed", "failed", "cancelled"):
                            break
                products: list[dict[str, Any]] = list(status["products"])
                cursor = status.get("next_cursor")
                with anyio.fail_after(30):
                    while cursor:
                        page = await call(
                            client, "get_extract_status", {"job_id": job_id, "cursor": cursor, "fields": ["sku"]}
                        )
                        products += page["products"]
                        cursor = page.get("next_cursor")
        finally:
            process.terminate()
            process.wait(timeout=60)

    assert status["status"] == "completed", status
    assert status["progress"] == {"total_urls": PAGES, "urls_done": PAGES, "products_found": PAGES, "urls_failed": 0}
    titles = [product["title"] for product in products]
    assert sorted(titles) == sorted(f"Durable item {number}" for number in range(1, PAGES + 1))
    # The restarted server resumed: it asked only for pages the killed one had not finished, not for all of them.
    assert 0 < len(gate.asked_after_restart) < PAGES
    assert len(set(gate.asked_after_restart)) == len(gate.asked_after_restart)
