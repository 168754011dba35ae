#!/usr/bin/env python3
"""End-to-end extraction throughput: many URLs over many slow sites, through the real tools.

    python bench/extraction_throughput.py [--urls 1000] [--sites 20] [--per-host 4] [--real-pages DIR]

A separate process serves ``--sites`` loopback sites, each on an address and port of its own (127.0.0.N: the
fetcher's politeness limit counts host names); every answer takes 50-200 ms (random per request, seeded) and
each site records how many requests it had in flight at once. The server is the real one
(``build_server`` with private addresses allowed) reached in memory through ``mcp.Client``: one
``extract_product_urls`` call, then ``get_extract_status`` until the job is done. Pages are small generated
product pages, or with ``--real-pages`` the saved pages of ../shared/bench served in turn (read, never copied).
The last line printed is one JSON object: pages, seconds, pages_per_s, per_host_limit, max_in_flight_seen.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import logging
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


# The sites: raw asyncio HTTP/1.1 with keep-alive, in their own process so their work is not the server's.


def _host(site: int) -> str:
    return f"127.0.0.{site + 1}"


def _page(site: int, number: int) -> bytes:
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": f"Site {site} product {number}",
        "sku": f"S{site}-{number}",
        "brand": {"@type": "Brand", "name": f"Brand {site}"},
        "offers": {"@type": "Offer", "price": f"{10 + number % 90}.{number % 100:02d}", "priceCurrency": "EUR",
                   "availability": "https://schema.org/InStock"},
    }  # fmt: skip
    filler = "".join(f'<li><a href="/c/{i}">Category {i}</a></li>' for i in range(300))
    return (
        f"<!doctype html><html><head><title>{data['name']}</title>"
        f'<script type="application/ld+json">{json.dumps(data)}</script></head>'
        f"<body><nav><ul>{filler}</ul></nav><h1>{data['name']}</h1></body></html>"
    ).encode()


async def _serve_sites(count: int, seed: int, real_pages: Path | None) -> None:
    rng = random.Random(seed)
    real = [gzip.decompress(path.read_bytes()) for path in sorted(real_pages.glob("*.html.gz"))] if real_pages else []
    in_flight = [0] * count
    most = [0] * count
    served = [0]

    def handler(site: int) -> Any:
        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            try:
                while True:
                    head = await reader.readuntil(b"\r\n\r\n")
                    path = head.split(b" ", 2)[1].decode()
                    in_flight[site] += 1
                    most[site] = max(most[site], in_flight[site])
                    try:
                        await asyncio.sleep(rng.uniform(0.05, 0.2))
                    finally:
                        in_flight[site] -= 1
                    number = int(path.rsplit("/", 1)[-1])
                    body = real[number % len(real)] if real else _page(site, number)
                    writer.write(
                        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                        + f"Content-Length: {len(body)}\r\n\r\n".encode()
                        + body
                    )
                    served[0] += 1
                    await writer.drain()
            except (asyncio.IncompleteReadError, ConnectionError):
                pass
            finally:
                writer.close()

        return handle

    # The fetcher's politeness limit is per host name, so each site gets a loopback address of its own.
    servers = [await asyncio.start_server(handler(site), _host(site), 0) for site in range(count)]
    print(json.dumps([server.sockets[0].getsockname()[1] for server in servers]), flush=True)
    # The parent asks for the figures by writing a line, and ends the sites by closing stdin.
    loop = asyncio.get_running_loop()
    while await loop.run_in_executor(None, sys.stdin.readline):
        print(json.dumps({"served": served[0], "max_in_flight": most}), flush=True)


# The client side: the real server in memory, through the tools an agent calls.


async def _run(args: argparse.Namespace) -> dict[str, Any]:
    import anyio
    from mcp import Client

    from aisle_mcp.server import Settings, build_server

    command = [sys.executable, __file__, "--serve", "--sites", str(args.sites), "--seed", str(args.seed)]
    if args.real_pages:
        command += ["--real-pages", str(args.real_pages)]
    async with await anyio.open_process(command) as sites:
        assert sites.stdout is not None and sites.stdin is not None
        lines = _Lines(sites.stdout)
        ports: list[int] = json.loads(await lines.next())
        rng = random.Random(args.seed)
        urls = [f"http://{_host(i % len(ports))}:{ports[i % len(ports)]}/p/{i}" for i in range(args.urls)]
        rng.shuffle(urls)
        with tempfile.TemporaryDirectory() as data_dir:
            settings = Settings(
                data_dir=Path(data_dir), allow_private_addresses=True, load_demo=False, fetch_per_host=args.per_host
            )
            async with Client(build_server(settings)) as client:
                started = time.perf_counter()
                answer = await client.call_tool("extract_product_urls", {"urls": urls, "wait_seconds": 0})
                assert not answer.is_error, answer.content
                started_job: dict[str, Any] = answer.structured_content or {}
                job_id = str(started_job["job_id"])
                with anyio.fail_after(600):
                    while True:
                        status = await client.call_tool("get_extract_status", {"job_id": job_id, "wait_seconds": 1})
                        content: dict[str, Any] = status.structured_content or {}
                        if content.get("status") in ("completed", "failed", "cancelled"):
                            break
                seconds = time.perf_counter() - started
        await sites.stdin.send(b"stats\n")
        stats = json.loads(await lines.next())
        await sites.stdin.aclose()
    progress: dict[str, int] = content["progress"]
    return {
        "status": content["status"],
        "progress": progress,
        "seconds": seconds,
        "served": stats["served"],
        "max_in_flight": stats["max_in_flight"],
    }


class _Lines:
    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self._buffer = b""

    async def next(self) -> str:
        while b"\n" not in self._buffer:
            chunk = await self._stream.receive()
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--urls", type=int, default=1000)
    parser.add_argument("--sites", type=int, default=20)
    parser.add_argument("--per-host", type=int, default=4)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--real-pages", type=Path)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        asyncio.run(_serve_sites(args.sites, args.seed, args.real_pages))
        return
    import anyio

    # One log line per request would time the terminal, not the engine.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    result = anyio.run(_run, args)
    progress = result["progress"]
    most = max(result["max_in_flight"])
    print(f"job {result['status']}: {progress}; {result['served']} requests served")
    print(f"max in flight per site: {result['max_in_flight']}")
    assert result["status"] == "completed" and progress["urls_done"] == args.urls, progress
    assert most <= args.per_host, f"a site saw {most} requests at once, above the limit of {args.per_host}"
    pages_per_s = args.urls / result["seconds"]
    print(json.dumps({"pages": args.urls, "seconds": round(result["seconds"], 2), "pages_per_s": round(pages_per_s, 1),
                      "per_host_limit": args.per_host, "max_in_flight_seen": most}))  # fmt: skip


if __name__ == "__main__":
    main()
