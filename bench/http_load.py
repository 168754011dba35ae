"""Load on ``aisle-mcp serve --http``: many concurrent MCP clients against the demo catalog, beside a no-op server.

    python bench/http_load.py --clients 50 --seconds 30 [--sessions | --workers N] [--client wire|sdk] [--drivers 2]

By default the server runs the way the README deploys it for load: ``serve --http --stateless --workers N`` with
one worker process per core. ``--sessions`` measures a single process with sessions (``serve --http``) instead.

Starts the real server as a subprocess (bearer token on, a fresh data directory), runs ``--clients`` MCP clients
(split over ``--drivers`` processes) that mix search_products, list_inventory and get_product, and samples the
server's VmRSS from /proc (all its processes, with ``--workers``). Then the same against a tiny MCPServer with one
no-op tool, served by the same ``http_app`` (same auth, transport, mode and workers), to show how much of the cost is
ours. The last line printed is one JSON object.

Two kinds of client, because load generator and server share this machine's cores:
- ``wire`` (default): speaks MCP's streamable HTTP itself at protocol 2026-07-28 (``server/discover``, then
  ``tools/call`` with the ``MCP-Protocol-Version``/``Mcp-Method``/``Mcp-Name`` headers and ``_meta`` the protocol asks
  for) and checks every answer is a JSON-RPC result with ``structuredContent`` and no ``isError``. It costs a few
  hundred microseconds of CPU per call, so the figure is the server's.
- ``sdk``: the official SDK ``Client``, which also validates each result against the tool's output schema; it costs
  several milliseconds of CPU per call, so on two cores it measures mostly itself.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import anyio
import anyio.abc
import httpx2
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

TOKEN = "bench-token-not-secret"
QUERIES = ["boots", "linen shirt", "wool", "red dress", "backpack", "running shoes", "jacket", "mug", "lamp", "socks"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def tree(pid: int) -> list[int]:
    """A process and its descendants (the server's worker processes)."""
    found = [pid]
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            found += tree(int(child))
    return found


def cpu_s(pid: int) -> float:
    """User + system CPU seconds a process and its live descendants have used (from /proc/<pid>/stat)."""
    total = 0.0
    for member in tree(pid):
        fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its descendants, in MB."""
    total = 0.0
    for member in tree(pid):
        for line in Path(f"/proc/{member}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) / 1024
    return total


@contextmanager
def server(command: list[str], env: dict[str, str], port: int):
    log = tempfile.NamedTemporaryFile(prefix="http_load_", suffix=".log", delete=False)  # noqa: SIM115
    process = subprocess.Popen(command, env=env, stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"server did not start: {Path(log.name).read_text()[-2000:]}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield process
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


class Sampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.samples: list[float] = []
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                self.samples.append(rss_mb(self.pid))
            except OSError:
                return
            self.stop.wait(0.25)


@dataclass
class Run:
    clients: int
    seconds: float
    ready: int = 0
    go: anyio.Event = field(default_factory=anyio.Event)
    deadline: float = 0.0
    latencies: list[float] = field(default_factory=list[float])
    errors: list[str] = field(default_factory=list[str])


PROTOCOL = "2026-07-28"
META = {
    "io.modelcontextprotocol/protocolVersion": PROTOCOL,
    "io.modelcontextprotocol/clientInfo": {"name": "aisle-http-load", "version": "1"},
    "io.modelcontextprotocol/clientCapabilities": {},
}


HEADERS = {
    "Authorization": f"Bearer {TOKEN}",
    "Accept": "application/json, text/event-stream",
    "Content-Type": "application/json",
}


class WireError(Exception):
    pass


class WireClient:
    """An MCP client over streamable HTTP, lean enough that the load it drives measures the server: one keep-alive
    HTTP/1.1 connection written and read directly (Content-Length or chunked bodies), JSON-RPC on top."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self._host, self._port, self._path = parts.hostname or "127.0.0.1", parts.port or 80, parts.path
        self._stream: anyio.abc.ByteStream | None = None
        self._buffer = b""
        self._next_id = 0

    async def __aenter__(self) -> WireClient:
        self._stream = await anyio.connect_tcp(self._host, self._port)
        return self

    async def __aexit__(self, *_: object) -> None:
        if self._stream is not None:
            await self._stream.aclose()

    async def _read_until(self, marker: bytes) -> bytes:
        assert self._stream is not None
        while (at := self._buffer.find(marker)) < 0:
            self._buffer += await self._stream.receive()
        found, self._buffer = self._buffer[:at], self._buffer[at + len(marker) :]
        return found

    async def _read_exactly(self, size: int) -> bytes:
        assert self._stream is not None
        while len(self._buffer) < size:
            self._buffer += await self._stream.receive()
        found, self._buffer = self._buffer[:size], self._buffer[size:]
        return found

    async def _post(self, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        assert self._stream is not None
        lines = [f"POST {self._path} HTTP/1.1", f"Host: {self._host}:{self._port}", f"Content-Length: {len(body)}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        await self._stream.send(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        head = (await self._read_until(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        status = int(head[0].split()[1])
        fields = {name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in head[1:])}
        if "content-length" in fields:
            return status, fields, await self._read_exactly(int(fields["content-length"]))
        chunks: list[bytes] = []
        while size := int((await self._read_until(b"\r\n")).split(b";")[0], 16):
            chunks.append(await self._read_exactly(size))
            await self._read_until(b"\r\n")
        await self._read_until(b"\r\n")
        return status, fields, b"".join(chunks)

    async def _rpc(self, method: str, params: dict[str, Any], headers: dict[str, str]) -> dict[str, Any]:
        self._next_id += 1
        body = {"jsonrpc": "2.0", "id": self._next_id, "method": method, "params": {**params, "_meta": META}}
        status, fields, raw = await self._post(
            json.dumps(body).encode(),
            {**HEADERS, "MCP-Protocol-Version": PROTOCOL, "Mcp-Method": method, **headers},
        )
        text = raw.decode()
        if status != 200:
            raise WireError(f"HTTP {status}: {text[:120]}")
        if fields.get("content-type", "").startswith("text/event-stream"):
            text = next(line[5:] for line in text.splitlines() if line.startswith("data:"))
        message = json.loads(text)
        if message.get("id") != self._next_id or "result" not in message:
            raise WireError(f"not a result: {text[:120]}")
        return message["result"]

    async def discover(self) -> None:
        result = await self._rpc("server/discover", {}, {})
        if "capabilities" not in result:
            raise WireError("server/discover answered without capabilities")

    async def call_tool(self, name: str, arguments: dict[str, Any]) -> dict[str, Any]:
        result = await self._rpc("tools/call", {"name": name, "arguments": arguments}, {"Mcp-Name": name})
        if result.get("isError"):
            raise WireError(f"isError: {json.dumps(result.get('content'))[:160]}")
        structured = result.get("structuredContent")
        if not isinstance(structured, dict):
            raise WireError("no structuredContent")
        return structured


class SdkClient:
    """The official SDK client, answers reduced to their structured content the way WireClient gives them."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def call_tool(self, name: str, arguments: dict[str, Any]) -> dict[str, Any]:
        result = await self._client.call_tool(name, arguments)
        if result.is_error:
            raise WireError(f"isError: {result.content[0]}")
        return dict(result.structured_content or {})


@asynccontextmanager
async def connect(url: str, kind: str) -> AsyncIterator[WireClient | SdkClient]:
    if kind == "wire":
        async with WireClient(url) as client:
            await client.discover()
            yield client
        return
    mode: Any = os.environ.get("BENCH_MODE", "auto")
    async with (
        httpx2.AsyncClient(headers=HEADERS, timeout=60) as http,
        Client(streamable_http_client(url, http_client=http), mode=mode) as sdk,
    ):
        yield SdkClient(sdk)


def next_call(rng: random.Random, ids: list[str]) -> tuple[str, dict[str, Any]]:
    """The load's mix: half searches, 30% inventory listings, 20% lookups of a product seen in an answer."""
    pick = rng.random()
    if pick < 0.5:
        return "search_products", {"query": rng.choice(QUERIES), "limit": 10}
    if pick < 0.8:
        return "list_inventory", {"limit": 10, "search": rng.choice(QUERIES)}
    return "get_product", {"id": rng.choice(ids)}


async def one_client(url: str, run: Run, noop: bool, seed: int, kind: str) -> None:
    """One MCP client: connects, calls each tool once (the SDK's output-schema validators compile then), waits for
    every client to be ready, then calls tools back to back until the deadline."""
    rng = random.Random(seed)
    ids: list[str] = []
    async with connect(url, kind) as client:
        warmup = [("noop", {})] if noop else [("search_products", {"query": "boots"}), ("list_inventory", {})]
        for name, arguments in warmup:
            structured = await client.call_tool(name, arguments)
            if not noop:
                ids += [p["id"] for p in structured.get("products", [])]
        if not noop:
            await client.call_tool("get_product", {"id": ids[0]})
        run.ready += 1
        if run.ready == run.clients:
            run.deadline = time.monotonic() + run.seconds
            run.go.set()
        await run.go.wait()
        while time.monotonic() < run.deadline:
            name, arguments = ("noop", {}) if noop else next_call(rng, ids)
            started = time.perf_counter()
            try:
                structured = await client.call_tool(name, arguments)
            except Exception as exc:
                run.errors.append(f"{name}: {type(exc).__name__}: {exc}"[:200])
                continue
            run.latencies.append(time.perf_counter() - started)
            if not noop:
                ids[:] = (ids + [p["id"] for p in structured.get("products", [])])[-200:]


async def drive(url: str, clients: int, seconds: float, noop: bool, seed: int, kind: str) -> dict[str, Any]:
    run = Run(clients, seconds)
    async with anyio.create_task_group() as group:
        for index in range(clients):
            group.start_soon(one_client, url, run, noop, seed * 1000 + index, kind)
    return {"latencies": run.latencies, "errors": run.errors}


def driver_main(args: argparse.Namespace) -> None:
    """One load-generating process: prints its raw latencies as JSON."""
    print(json.dumps(anyio.run(drive, args.url, args.clients, args.seconds, args.noop, args.seed, args.client)))


def run_load(url: str, clients: int, drivers: int, seconds: float, noop: bool, kind: str) -> dict[str, Any]:
    shares = [clients // drivers + (1 if i < clients % drivers else 0) for i in range(drivers)]
    procs = [
        subprocess.Popen(
            [
                *(sys.executable, __file__, "--driver", url, "--clients", str(n), "--seconds", str(seconds)),
                *("--seed", str(i), "--client", kind, *(["--noop"] if noop else [])),
            ],
            stdout=subprocess.PIPE,
        )
        for i, n in enumerate(shares)
        if n
    ]
    started = time.monotonic()
    latencies: list[float] = []
    errors: list[str] = []
    for proc in procs:
        out, _ = proc.communicate(timeout=seconds + 120)
        result = json.loads(out.decode().strip().splitlines()[-1])
        latencies += result["latencies"]
        errors += result["errors"]
    elapsed = time.monotonic() - started
    latencies.sort()

    def pct(p: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000, 1) if latencies else 0.0

    return {
        "calls": len(latencies),
        "calls_per_s": round(len(latencies) / seconds, 1),
        "wall_s": round(elapsed, 1),
        "p50_ms": pct(0.50),
        "p99_ms": pct(0.99),
        "mean_ms": round(statistics.fmean(latencies) * 1000, 1) if latencies else 0.0,
        "errors": len(errors),
        "error_examples": sorted(set(errors))[:5],
    }


def measure(command: list[str], env: dict[str, str], port: int, args: argparse.Namespace, noop: bool) -> dict[str, Any]:
    url = f"http://127.0.0.1:{port}/mcp"
    with server(command, env, port) as process:
        # warm up: first search builds caches, first connections
        run_load(url, 2 * args.workers, 1, 2, noop, args.client)
        start_rss, start_cpu = rss_mb(process.pid), cpu_s(process.pid)
        sampler = Sampler(process.pid)
        sampler.start()
        result = run_load(url, args.clients, args.drivers, args.seconds, noop, args.client)
        sampler.stop.set()
        sampler.join()
        end_rss, used_cpu = rss_mb(process.pid), cpu_s(process.pid) - start_cpu
    result |= {
        # includes the drivers' connect and warm-up, so an upper bound per call
        "server_cpu_ms_per_call": round(1000 * used_cpu / max(1, result["calls"]), 2),
        "server_rss_start_mb": round(start_rss, 1),
        # after the clients connected and warmed up: from here to the end is the run's own growth
        "server_rss_warm_mb": round(sampler.samples[len(sampler.samples) // 5], 1) if sampler.samples else None,
        "server_rss_end_mb": round(end_rss, 1),
        "server_peak_rss_mb": round(max(sampler.samples or [end_rss]), 1),
    }
    return result


def noop_app(stateless: bool) -> Any:
    """The comparison server: one no-op tool behind exactly Aisle's HTTP wrapping."""
    from mcp.server.mcpserver import MCPServer

    from aisle_mcp.server.http import http_app
    from aisle_mcp.server.settings import load_settings

    noop_server = MCPServer[None]("noop")

    @noop_server.tool()
    def noop() -> dict[str, str]:
        """Does nothing."""
        return {"ok": "yes"}

    return http_app(noop_server, load_settings(os.environ), host="127.0.0.1", stateless=stateless)


def serve_noop(port: int, stateless: bool, workers: int) -> None:
    """The no-op server, in as many worker processes as Aisle's, the way ``serve --workers`` runs them."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    options: dict[str, Any] = {"host": "127.0.0.1", "port": port, "access_log": False, "log_level": "warning"}
    if workers == 1:
        uvicorn.run(noop_app(stateless), **options)
        return
    config = uvicorn.Config(functools.partial(noop_app, stateless), factory=True, workers=workers, **options)
    Multiprocess(config, sockets=[config.bind_socket()]).run()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--drivers", type=int, default=2, help="load-generating processes")
    parser.add_argument("--sessions", action="store_true", help="one process with sessions, not stateless workers")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="server worker processes")
    parser.add_argument("--stateless", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--client", choices=("wire", "sdk"), default="wire", help="load-generating MCP client")
    parser.add_argument("--driver", metavar="URL", dest="url", help=argparse.SUPPRESS)
    parser.add_argument("--serve-noop", type=int, metavar="PORT", help=argparse.SUPPRESS)
    parser.add_argument("--noop", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.url:
        driver_main(args)
        return
    if args.serve_noop:
        serve_noop(args.serve_noop, args.stateless, args.workers)
        return

    data_dir = tempfile.mkdtemp(prefix="http_load_")
    env = {**os.environ, "AISLE_DATA_DIR": data_dir, "AISLE_HTTP_TOKEN": TOKEN}
    if args.sessions:
        args.workers = 1
    args.stateless = not args.sessions
    mode = [*(["--stateless"] if args.stateless else []), "--workers", str(args.workers)]
    aisle_port, noop_port = free_port(), free_port()
    aisle_cmd = [sys.executable, "-m", "aisle_mcp", "serve", "--http", "--port", str(aisle_port), *mode]
    aisle = measure(aisle_cmd, env, aisle_port, args, noop=False)
    noop = measure([sys.executable, __file__, "--serve-noop", str(noop_port), *mode], env, noop_port, args, noop=True)
    summary = {
        "machine": f"{os.cpu_count()} cores, {sys.platform}, Python {sys.version.split()[0]}",
        "mode": "stateless" if args.stateless else "sessions",
        "workers": args.workers,
        "client": args.client,
        "clients": args.clients,
        "seconds": args.seconds,
        **aisle,
        "noop": {
            k: noop[k]
            for k in ("calls_per_s", "p50_ms", "p99_ms", "errors", "server_peak_rss_mb", "server_cpu_ms_per_call")
        },
        "vs_noop": round(aisle["calls_per_s"] / noop["calls_per_s"], 2) if noop["calls_per_s"] else None,
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
