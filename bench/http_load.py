"""Load on ``aisle-mcp serve --http``: many concurrent MCP clients against the demo catalog, beside a no-op server.

    python bench/http_load.py --clients 50 --seconds 30 [--stateless] [--drivers 2]

Starts the real server as a subprocess (bearer token on, a fresh data directory), runs ``--clients`` SDK clients
(split over ``--drivers`` processes, so the load generator is not the single-core bottleneck) that mix
search_products, list_inventory and get_product, and samples the server's VmRSS from /proc. Then the same against a
tiny MCPServer with one no-op tool, served by the same ``http_app`` (same auth, transport and mode), to show how
much of the cost is ours. The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
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
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
import httpx2
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

TOKEN = "bench-token-not-secret"
QUERIES = ["boots", "linen shirt", "wool", "red dress", "backpack", "running shoes", "jacket", "mug", "lamp", "socks"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def cpu_s(pid: int) -> float:
    """User + system CPU seconds a process has used (from /proc/<pid>/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


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


async def one_client(url: str, run: Run, noop: bool, seed: int) -> None:
    """One MCP client: connects, calls each tool once (its output-schema validators compile then), waits for
    every client to be ready, then calls tools back to back until the deadline."""
    rng = random.Random(seed)
    ids: list[str] = []
    mode: Any = os.environ.get("BENCH_MODE", "auto")
    async with (
        httpx2.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60) as http,
        Client(streamable_http_client(url, http_client=http), mode=mode) as client,
    ):
        warmup = [("noop", {})] if noop else [("search_products", {"query": "boots"}), ("list_inventory", {})]
        for name, arguments in warmup:
            result = await client.call_tool(name, arguments)
            if result.structured_content and not noop:
                ids += [p["id"] for p in result.structured_content.get("products", [])]
        if not noop:
            await client.call_tool("get_product", {"id": ids[0]})
        run.ready += 1
        if run.ready == run.clients:
            run.deadline = time.monotonic() + run.seconds
            run.go.set()
        await run.go.wait()
        while time.monotonic() < run.deadline:
            if noop:
                name, arguments = "noop", {}
            else:
                pick = rng.random()
                if pick < 0.5:
                    name, arguments = "search_products", {"query": rng.choice(QUERIES), "limit": 10}
                elif pick < 0.8:
                    name, arguments = "list_inventory", {"limit": 10, "search": rng.choice(QUERIES)}
                else:
                    name, arguments = "get_product", {"id": rng.choice(ids)}
            started = time.perf_counter()
            try:
                result = await client.call_tool(name, arguments)
            except Exception as exc:
                run.errors.append(f"{name}: {type(exc).__name__}: {exc}"[:200])
                continue
            run.latencies.append(time.perf_counter() - started)
            if result.is_error:
                run.errors.append(f"{name}: {result.content[0]}"[:200])
            elif result.structured_content and not noop:
                ids[:] = (ids + [p["id"] for p in result.structured_content.get("products", [])])[-200:]


async def drive(url: str, clients: int, seconds: float, noop: bool, seed: int) -> dict[str, Any]:
    run = Run(clients, seconds)
    async with anyio.create_task_group() as group:
        for index in range(clients):
            group.start_soon(one_client, url, run, noop, seed * 1000 + index)
    return {"latencies": run.latencies, "errors": run.errors}


def driver_main(args: argparse.Namespace) -> None:
    """One load-generating process: prints its raw latencies as JSON."""
    print(json.dumps(anyio.run(drive, args.url, args.clients, args.seconds, args.noop, args.seed)))


def run_load(url: str, clients: int, drivers: int, seconds: float, noop: bool) -> dict[str, Any]:
    shares = [clients // drivers + (1 if i < clients % drivers else 0) for i in range(drivers)]
    procs = [
        subprocess.Popen(
            [
                *(sys.executable, __file__, "--driver", url, "--clients", str(n), "--seconds", str(seconds)),
                *("--seed", str(i), *(["--noop"] if noop else [])),
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
        run_load(url, 2, 1, 2, noop)
        start_rss, start_cpu = rss_mb(process.pid), cpu_s(process.pid)
        sampler = Sampler(process.pid)
        sampler.start()
        result = run_load(url, args.clients, args.drivers, args.seconds, noop)
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


def serve_noop(port: int, stateless: bool) -> None:
    """The comparison server: one no-op tool behind exactly Aisle's HTTP wrapping."""
    import uvicorn
    from mcp.server.mcpserver import MCPServer

    from aisle_mcp.server.http import http_app
    from aisle_mcp.server.settings import load_settings

    settings = load_settings(os.environ)
    noop_server = MCPServer[None]("noop")

    @noop_server.tool()
    def noop() -> str:
        """Does nothing."""
        return "ok"

    app = http_app(noop_server, settings, host="127.0.0.1", stateless=stateless)
    uvicorn.run(app, host="127.0.0.1", port=port, access_log=False, log_level="warning")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--drivers", type=int, default=2, help="load-generating processes")
    parser.add_argument("--stateless", action="store_true", help="serve --stateless (both servers)")
    parser.add_argument("--driver", metavar="URL", dest="url", help=argparse.SUPPRESS)
    parser.add_argument("--serve-noop", type=int, metavar="PORT", help=argparse.SUPPRESS)
    parser.add_argument("--noop", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.url:
        driver_main(args)
        return
    if args.serve_noop:
        serve_noop(args.serve_noop, args.stateless)
        return

    data_dir = tempfile.mkdtemp(prefix="http_load_")
    env = {**os.environ, "AISLE_DATA_DIR": data_dir, "AISLE_HTTP_TOKEN": TOKEN}
    mode = ["--stateless"] if args.stateless else []
    aisle_port, noop_port = free_port(), free_port()
    aisle_cmd = [sys.executable, "-m", "aisle_mcp", "serve", "--http", "--port", str(aisle_port), *mode]
    aisle = measure(aisle_cmd, env, aisle_port, args, noop=False)
    noop = measure([sys.executable, __file__, "--serve-noop", str(noop_port), *mode], env, noop_port, args, noop=True)
    summary = {
        "machine": f"{os.cpu_count()} cores, {sys.platform}, Python {sys.version.split()[0]}",
        "mode": "stateless" if args.stateless else "sessions",
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
