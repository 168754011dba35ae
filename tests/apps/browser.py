"""A real browser for the product cards tests: Debian's chromium, headless, driven by Playwright (no browser of its
own is downloaded), and the real ``aisle-mcp serve --http`` for it to talk to.

Without chromium (or Playwright) the tests are skipped with one line saying so; with ``AISLE_REQUIRE_BROWSER=1``
(CI) they fail instead, so CI never passes without having run them.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

HOST_SCRIPT = Path(__file__).with_name("host.js")
ARTEFACTS = Path(__file__).parents[1] / "artefacts"
CHROMIUM_NAMES = ("chromium", "chromium-browser")


def chromium_path() -> str:
    """The system chromium; skips (or fails, when CI requires the browser tests) without it or Playwright."""
    found = next((path for name in CHROMIUM_NAMES if (path := shutil.which(name))), None)
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        found, missing = None, "Playwright is not installed (pip install the dev extra)"
    else:
        missing = "chromium is not installed (apt-get install chromium)"
    if found is None:
        if os.environ.get("AISLE_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{missing}, and AISLE_REQUIRE_BROWSER=1 says the browser tests must run")
        pytest.skip(f"{missing}: the product cards browser tests need it")
    return found


@dataclass
class Server:
    origin: str
    log: Path

    @property
    def mcp_url(self) -> str:
        return f"{self.origin}/mcp"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def aisle_over_http(data_dir: Path, **env: str) -> Iterator[Server]:
    """The real server over streamable HTTP on loopback, with the demo catalog."""
    port = free_port()
    log = data_dir / f"server-{port}.log"
    environ = {"PATH": os.environ.get("PATH", ""), "HOME": str(data_dir), "AISLE_DATA_DIR": str(data_dir)}
    environ |= {"AISLE_LOAD_DEMO": "true", **env}
    args = [sys.executable, "-m", "aisle_mcp", "serve", "--http", "--port", str(port)]
    with log.open("wb") as sink:
        process = subprocess.Popen(args, env=environ, stderr=sink)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, f"server did not start: {log.read_text()}"
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield Server(f"http://127.0.0.1:{port}", log)
    finally:
        process.terminate()
        process.wait(timeout=60)


def host_page() -> str:
    """The test host: its bundled script (AppBridge and the MCP client, built with the view) and a place for it."""
    script = HOST_SCRIPT.read_text(encoding="utf-8").replace("</script", "<\\/script")
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Aisle test host</title>"
        "<style>body{margin:0;font-family:sans-serif}#host iframe{display:block;width:100%;border:0}</style>"
        f"</head><body><div id='host'></div><script>{script}</script></body></html>"
    )


def picture(url: str) -> bytes:
    """A small SVG picture standing in for a shop's product photo, its colour taken from the URL."""
    hue = int(hashlib.blake2b(url.encode(), digest_size=2).hexdigest(), 16) % 360
    return (
        "<svg xmlns='http://www.w3.org/2000/svg' width='240' height='240' viewBox='0 0 240 240'>"
        f"<rect width='240' height='240' fill='hsl({hue},45%,82%)'/>"
        f"<circle cx='120' cy='110' r='58' fill='hsl({hue},50%,55%)'/>"
        f"<rect x='50' y='180' width='140' height='18' rx='9' fill='hsl({hue},40%,40%)'/></svg>"
    ).encode()


def route_loopback_only(context: Any, server: Server, unreachable: set[str]) -> None:
    """Every request the browser makes is answered here or by the loopback server: the host page at ``/host``,
    shop pictures (https) by ``picture`` unless listed in ``unreachable`` (they fail, as a dead link would), and
    nothing else leaves the machine."""

    def handle(route: Any) -> None:
        url: str = route.request.url
        if url == f"{server.origin}/host":
            route.fulfill(status=200, content_type="text/html; charset=utf-8", body=host_page())
        elif url.startswith(server.origin + "/"):
            route.continue_()
        elif url.startswith("https://") and url not in unreachable and route.request.resource_type == "image":
            route.fulfill(status=200, content_type="image/svg+xml", body=picture(url))
        else:
            route.abort("addressunreachable")

    context.unroute("**/*")
    context.route("**/*", handle)
