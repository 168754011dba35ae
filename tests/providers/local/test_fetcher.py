"""The page fetcher against a real HTTP(S) site on loopback.

Most tests reach the site through ``LoopbackRouter``, a network backend that plays the internet:
every connection lands on the site, whatever address was dialled. So a refusal is proven by the
site's hit count staying 0 — had the fetcher connected anywhere at all, the site would have seen it.
"""

import contextlib
import datetime
import gzip
import json
import socket
import ssl
import threading
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from ipaddress import ip_address
from pathlib import Path
from typing import Any, cast
from urllib.parse import parse_qs, urlsplit

import anyio
import httpcore
import httpx
import pytest

from aisle_mcp.providers.local.fetcher import (
    FetchFailed,
    FetchLimits,
    FetchRefused,
    Page,
    PageFetcher,
    Resolver,
    system_resolver,
)

pytestmark = pytest.mark.anyio

PUBLIC = {"shop.example": ["93.184.216.34"], "other.example": ["23.192.228.80", "23.215.0.136"]}
# A held request first waits for the `together` requests the test expects in flight at once (a correct fetcher
# gets there; only a broken one waits this out), then for one more than the fetcher allows, which only a broken
# fetcher sends: that second wait is a short window, and a slow machine can only miss a broken fetcher in it.
TOGETHER_TIMEOUT_S = 20
HOLD_TIMEOUT_S = 0.2


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@dataclass
class Site:
    """What the test site saw; its handlers run in server threads, hence the lock."""

    http_port: int = 0
    https_port: int = 0
    hits: int = 0
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list[tuple[str, dict[str, str]]])
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Condition = field(default_factory=threading.Condition)
    in_flight: int = 0
    max_in_flight: int = 0
    together: int = 1
    met: bool = False
    hold_until: int = 2
    held_open: bool = False


def _handler(stage: list[Site]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            site = stage[0]
            with site.lock:
                site.hits += 1
                site.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            url = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            parts = url.path.strip("/").split("/")
            # The fetcher hangs up on purpose when a body grows too large or too slow.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError, ssl.SSLError):
                self._route(site, parts[0], parts[1:], query)

        def _route(self, site: Site, route: str, args: list[str], query: dict[str, str]) -> None:
            if route == "page":
                self._send(200, b"<html><h1>Linen shirt</h1></html>", {"Content-Type": "text/html; charset=utf-8"})
            elif route == "headers":
                self._send(200, json.dumps(site.requests[-1][1]).encode(), {"Content-Type": "application/json"})
            elif route == "cookie":
                self._send(200, b"ok", {"Set-Cookie": "session=agent-a; Path=/"})
            elif route == "bytes":
                self._send(200, b"x" * int(args[0]))
            elif route == "gzip":
                self._send(200, gzip.compress(b"0" * int(args[0])), {"Content-Encoding": "gzip"})
            elif route == "stream":
                self._stream(int(args[0]))
            elif route == "status":
                self._send(int(args[0]), b"nope")
            elif route == "redirect":
                self._send(int(query.get("code", "302")), b"", {"Location": query["to"]})
            elif route == "chain":
                left = int(args[0])
                self._send(302, b"", {"Location": f"/chain/{left - 1}"}) if left else self._send(200, b"end")
            elif route == "slow":
                site.release.wait(10)
                self._send(200, b"late")
            elif route == "drip":
                self.send_response(200)
                self.send_header("Content-Length", "100")
                self.end_headers()
                self.wfile.write(b"x" * 10)
                self.wfile.flush()
                site.release.wait(10)
            elif route == "claims":
                self.send_response(200)
                self.send_header("Content-Length", args[0])
                self.end_headers()
                self.wfile.write(b"x" * 10)
                self.wfile.flush()
                site.release.wait(10)
            elif route == "trickle":
                # Every gap is short, so only a limit on the whole exchange stops it early.
                self.send_response(200)
                self.send_header("Content-Length", "40")
                self.end_headers()
                for _ in range(40):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    if site.release.wait(0.05):
                        return
            elif route == "hold":
                self._hold(site)
            else:
                self._send(404, b"no route")

        def _hold(self, site: Site) -> None:
            # Waits until `together` requests have been in flight at once, then until `hold_until` are (which
            # lets everyone go) or the window passes; a fetcher that exceeds its limit is seen in `max_in_flight`.
            with site.lock:
                site.in_flight += 1
                site.max_in_flight = max(site.max_in_flight, site.in_flight)
                site.met = site.met or site.in_flight >= site.together
                site.held_open = site.held_open or site.in_flight >= site.hold_until
                site.lock.notify_all()
                site.lock.wait_for(lambda: site.met, timeout=TOGETHER_TIMEOUT_S)
                site.lock.wait_for(lambda: site.held_open, timeout=HOLD_TIMEOUT_S)
                site.in_flight -= 1
            self._send(200, b"held")

        def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _stream(self, size: int) -> None:
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            for _ in range(size // 65536 + 1):
                self.wfile.write(b"y" * 65536)

    return Handler


@pytest.fixture(scope="session")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A certificate for shop.example signed by a throwaway CA: (key and cert file, CA certificate)."""
    pytest.importorskip("cryptography")
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Aisle test CA")])
    ca = (
        x509.CertificateBuilder(subject_name=ca_name, issuer_name=ca_name, public_key=ca_key.public_key())
        .serial_number(1)
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder(
            subject_name=x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "shop.example")]),
            issuer_name=ca_name,
            public_key=key.public_key(),
        )
        .serial_number(2)
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("shop.example")]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    pem = tmp_path_factory.mktemp("tls") / "shop.pem"
    pem.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        + cert.public_bytes(serialization.Encoding.PEM)
    )
    return pem, ca.public_bytes(serialization.Encoding.PEM)


@pytest.fixture(scope="module")
def stage(certificates: tuple[Path, bytes]) -> Iterator[list[Site]]:
    """One HTTP and one HTTPS server for the module, serving whichever ``Site`` the current test put on stage."""
    current = [Site()]
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(certificates[0])
    servers = [ThreadingHTTPServer(("127.0.0.1", 0), _handler(current)) for _ in range(2)]
    servers[1].socket = tls.wrap_socket(servers[1].socket, server_side=True)
    threads = [threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True) for server in servers]
    for thread in threads:
        thread.start()
    current[0].http_port, current[0].https_port = (server.server_address[1] for server in servers)
    yield current
    current[0].release.set()
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def site(stage: list[Site]) -> Iterator[Site]:
    fresh = Site(http_port=stage[0].http_port, https_port=stage[0].https_port)
    stage[0] = fresh
    yield fresh
    fresh.release.set()


class LoopbackRouter(httpcore.AsyncNetworkBackend):
    """Plays the internet: records each address dialled and connects it to the test site instead."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.dialled: list[tuple[str, int]] = []
        self._real = cast(httpcore.AsyncNetworkBackend, httpcore.AnyIOBackend())

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        self.dialled.append((host, port))
        site_port = self.site.https_port if port == 443 else self.site.http_port
        return await self._real.connect_tcp("127.0.0.1", site_port, timeout=timeout)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise AssertionError("no unix sockets here")

    async def sleep(self, seconds: float) -> None:
        await self._real.sleep(seconds)


class StubResolver:
    """A DNS stand-in: fixed answers per name, and a record of what was asked."""

    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = answers
        self.asked: list[str] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.asked.append(host)
        if host not in self.answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return self.answers[host]


@pytest.fixture
def router(site: Site) -> LoopbackRouter:
    return LoopbackRouter(site)


class RebindingResolver:
    """Answers a public address first and loopback afterwards, as a rebinding attacker's DNS does."""

    def __init__(self) -> None:
        self.asked = 0

    async def __call__(self, host: str, port: int) -> list[str]:
        self.asked += 1
        return ["93.184.216.34"] if self.asked == 1 else ["127.0.0.1"]


Internet = Callable[..., PageFetcher]


@pytest.fixture
async def internet(router: LoopbackRouter, certificates: tuple[Path, bytes]) -> AsyncIterator[Internet]:
    """Builds production-configured fetchers (``allow_private`` off) on the routed internet."""
    clients: list[httpx.AsyncClient] = []

    def build(
        names: dict[str, list[str]] | None = None, resolver: Resolver | None = None, **limits: Any
    ) -> PageFetcher:
        fetch_limits = FetchLimits(**limits)
        client = PageFetcher.make_client(
            fetch_limits,
            resolver=resolver or StubResolver(PUBLIC | (names or {})),
            network_backend=router,
            ssl_context=ssl.create_default_context(cadata=certificates[1].decode()),
        )
        clients.append(client)
        return PageFetcher(fetch_limits, client)

    yield build
    for client in clients:
        await client.aclose()


@pytest.fixture
async def loopback() -> AsyncIterator[Callable[..., PageFetcher]]:
    """Builds fetchers with the real network backend and system resolver."""
    fetchers: list[PageFetcher] = []

    def build(**limits: Any) -> PageFetcher:
        fetchers.append(PageFetcher(FetchLimits(**limits)))
        return fetchers[-1]

    yield build
    for fetcher in fetchers:
        await fetcher.aclose()


async def fetch(fetcher: PageFetcher, url: str) -> Page:
    with anyio.fail_after(30):
        return await fetcher.fetch(url)


async def refusal(fetcher: PageFetcher, url: str) -> str:
    with anyio.fail_after(30), pytest.raises(FetchRefused) as caught:
        await fetcher.fetch(url)
    return caught.value.reason


async def failure(fetcher: PageFetcher, url: str) -> FetchFailed:
    with anyio.fail_after(30), pytest.raises(FetchFailed) as caught:
        await fetcher.fetch(url)
    return caught.value


REFUSED_URLS = [
    "http://127.0.0.1/page",
    "http://127.0.0.2:8080/page",
    "http://2130706433/page",
    "http://0x7f000001/page",
    "http://0x7f.0.0.1/page",
    "http://0177.0.0.1/page",
    "http://0177.1/page",
    "http://127.1/page",
    "http://127.0.0.1./page",
    "http://0/page",
    "http://0.0.0.0/page",
    "http://10.0.0.1/page",
    "http://172.16.5.4/page",
    "http://192.168.1.1/page",
    "http://169.254.169.254/latest/meta-data/",
    "http://100.64.0.1/page",
    "http://224.0.0.1/page",
    "http://240.0.0.1/page",
    "http://255.255.255.255/page",
    "http://[::1]/page",
    "http://[::]/page",
    "http://[fe80::1%25eth0]/page",
    "http://[::ffff:127.0.0.1]/page",
    "http://[::ffff:7f00:1]/page",
    "http://[::ffff:10.0.0.1]/page",
    "http://[::127.0.0.1]/page",
    "http://[2002:7f00:1::]/page",
    "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/page",
    "http://[64:ff9b::a9fe:a9fe]/page",
    "http://[fd12:3456::1]/page",
    "http://[fec0::1]/page",
    "http://[ff02::1]/page",
    "http://localhost/page",
    "http://LOCALHOST./page",
    "http://shop.localhost/page",
    "http://printer.local/page",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://user:secret@127.0.0.1/page",
    "http://shop.example@127.0.0.1/page",
    "https://127.0.0.1/page",
    "https://[::1]/page",
    "http://rebind.example/page",
    "http://mixed.example/page",
    "http://mapped.example/page",
    "http://metadata.example/page",
    "http://ula.example/page",
    "ftp://shop.example/page",
    "file:///etc/passwd",
    "gopher://shop.example/page",
    "data:text/html,<h1>hi</h1>",
    "javascript:alert(1)",
    "//shop.example/page",
    "shop.example/page",
]
LOCAL_NAMES = {
    "rebind.example": ["127.0.0.1"],
    "mixed.example": ["93.184.216.34", "10.0.0.1"],
    "mapped.example": ["::ffff:10.0.0.1"],
    "metadata.example": ["169.254.169.254"],
    "ula.example": ["fd00::1"],
}


@pytest.mark.parametrize("url", REFUSED_URLS)
async def test_fetch_refuses_every_local_target_without_connecting(
    internet: Internet, router: LoopbackRouter, site: Site, url: str
) -> None:
    await refusal(internet(LOCAL_NAMES), url)
    assert router.dialled == []
    assert site.hits == 0


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://10.0.0.1/", "address 10.0.0.1 is private"),
        ("ftp://shop.example/", "scheme ftp is not allowed"),
        ("http://localhost/", "host localhost is a local name"),
        ("http://rebind.example/", "host rebind.example: address 127.0.0.1 is loopback"),
        ("http://[::ffff:a9fe:a9fe]/", "address ::ffff:a9fe:a9fe embeds 169.254.169.254, which is link-local"),
    ],
)
async def test_refusal_reason_says_what_was_refused(internet: Internet, url: str, reason: str) -> None:
    assert await refusal(internet(LOCAL_NAMES), url) == reason


LOOPBACK_SPELLINGS = [
    "http://127.0.0.1:{port}/page",
    "http://2130706433:{port}/page",
    "http://0x7f000001:{port}/page",
    "http://0x7f.0.0.1:{port}/page",
    "http://0177.1:{port}/page",
    "http://127.1:{port}/page",
    "http://127.0.0.1.:{port}/page",
    "http://localhost:{port}/page",
]


@pytest.mark.parametrize("spelling", LOOPBACK_SPELLINGS)
async def test_loopback_spellings_reach_a_live_local_site_only_when_private_targets_are_allowed(
    loopback: Callable[..., PageFetcher], site: Site, spelling: str
) -> None:
    url = spelling.format(port=site.http_port)
    await refusal(loopback(), url)
    assert site.hits == 0
    page = await fetch(loopback(allow_private=True), url)
    assert page.body == b"<html><h1>Linen shirt</h1></html>"
    assert site.hits == 1


async def test_safe_client_refuses_at_connect_time_without_the_fetchers_url_check(
    internet: Internet, router: LoopbackRouter, site: Site
) -> None:
    client = PageFetcher.make_client(FetchLimits())
    try:
        for url in (f"http://127.0.0.1:{site.http_port}/page", f"http://2130706433:{site.http_port}/page"):
            with anyio.fail_after(30), pytest.raises(FetchRefused):
                await client.get(url)
    finally:
        await client.aclose()
    assert site.hits == 0


async def test_a_name_the_system_resolver_maps_to_a_local_address_is_refused(
    loopback: Callable[..., PageFetcher], site: Site
) -> None:
    name = socket.gethostname()
    answers = await system_resolver(name, site.http_port)
    if name.endswith((".local", ".localhost", ".internal")) or all(ip_address(a).is_global for a in answers):
        pytest.skip(f"{name} does not resolve to a local address only on this machine")
    await refusal(loopback(), f"http://{name}:{site.http_port}/page")
    assert site.hits == 0


async def test_fetch_returns_the_page_from_the_address_it_checked(
    internet: Internet, router: LoopbackRouter, site: Site
) -> None:
    page = await fetch(internet(), "http://shop.example/page")
    assert page == Page(
        url="http://shop.example/page",
        final_url="http://shop.example/page",
        status=200,
        content_type="text/html; charset=utf-8",
        body=b"<html><h1>Linen shirt</h1></html>",
    )
    assert router.dialled == [("93.184.216.34", 80)]
    headers = site.requests[0][1]
    assert headers["host"] == "shop.example"
    assert headers["user-agent"] == FetchLimits().user_agent


async def test_fetch_resolves_once_per_connection_so_a_rebinding_answer_is_never_used(
    internet: Internet, router: LoopbackRouter
) -> None:
    resolver = RebindingResolver()
    page = await fetch(internet(resolver=resolver), "http://shop.example/page")
    assert page.status == 200
    assert resolver.asked == 1
    assert router.dialled == [("93.184.216.34", 80)]


async def test_https_verifies_the_certificate_against_the_url_host_not_the_address(
    internet: Internet, router: LoopbackRouter, site: Site
) -> None:
    fetcher = internet()
    page = await fetch(fetcher, "https://shop.example/page")
    assert page.final_url == "https://shop.example/page"
    assert router.dialled == [("93.184.216.34", 443)]
    # other.example is served the shop.example certificate: the fetch must fail, not trust the IP.
    failed = await failure(fetcher, "https://other.example/page")
    assert "CERTIFICATE_VERIFY_FAILED" in failed.reason or "certificate" in failed.reason.lower()
    assert site.hits == 1


async def test_fetch_follows_a_redirect_from_http_to_https(internet: Internet, router: LoopbackRouter) -> None:
    page = await fetch(internet(), "http://shop.example/redirect?to=https://shop.example/page&code=301")
    assert page.url == "http://shop.example/redirect?to=https://shop.example/page&code=301"
    assert page.final_url == "https://shop.example/page"
    assert router.dialled == [("93.184.216.34", 80), ("93.184.216.34", 443)]


@pytest.mark.parametrize("code", [301, 302, 303, 307, 308])
async def test_fetch_follows_relative_redirects_of_every_kind(internet: Internet, code: int) -> None:
    page = await fetch(internet(), f"http://shop.example/redirect?to=/page&code={code}")
    assert page.final_url == "http://shop.example/page"
    assert page.status == 200


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.1/page",
        "http://10.0.0.1/page",
        "https://10.0.0.1/page",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/page",
        "http://2130706433/page",
        "http://localhost/page",
        "http://rebind.example/page",
        "file:///etc/passwd",
        "ftp://shop.example/page",
    ],
)
async def test_a_redirect_to_a_refused_target_is_never_followed(
    internet: Internet, router: LoopbackRouter, site: Site, target: str
) -> None:
    await refusal(internet(LOCAL_NAMES), f"http://shop.example/redirect?to={target}")
    assert router.dialled == [("93.184.216.34", 80)]
    assert site.hits == 1


async def test_fetch_follows_up_to_max_redirects(internet: Internet, site: Site) -> None:
    page = await fetch(internet(max_redirects=3), "http://shop.example/chain/3")
    assert (page.final_url, page.body) == ("http://shop.example/chain/0", b"end")
    assert site.hits == 4


async def test_fetch_fails_past_max_redirects_without_fetching_further(internet: Internet, site: Site) -> None:
    failed = await failure(internet(max_redirects=3), "http://shop.example/chain/9")
    assert failed.reason == "more than 3 redirects"
    assert site.hits == 4


@pytest.mark.parametrize("status", [404, 410, 429, 500, 503, 304, 302])
async def test_a_non_2xx_answer_fails_with_its_status(internet: Internet, status: int) -> None:
    failed = await failure(internet(), f"http://shop.example/status/{status}")
    assert (failed.reason, failed.status) == (f"HTTP {status}", status)


async def test_a_2xx_answer_without_content_is_a_page(internet: Internet) -> None:
    page = await fetch(internet(), "http://shop.example/status/203")
    assert (page.status, page.body) == (203, b"nope")


async def test_a_body_of_exactly_max_bytes_is_accepted(internet: Internet) -> None:
    page = await fetch(internet(max_bytes=1000), "http://shop.example/bytes/1000")
    assert len(page.body) == 1000


@pytest.mark.parametrize(
    "path",
    ["/bytes/1001", "/stream/3000000", "/gzip/5000000"],
    ids=["declared length", "no length, streamed", "small gzip that inflates"],
)
async def test_a_body_past_max_bytes_fails(internet: Internet, path: str) -> None:
    failed = await failure(internet(max_bytes=1000), f"http://shop.example{path}")
    assert failed.reason == "larger than 1000 bytes"


async def test_a_declared_length_past_max_bytes_fails_before_the_body_arrives(internet: Internet) -> None:
    failed = await failure(internet(max_bytes=1000, timeout_s=5), "http://shop.example/claims/10000000")
    assert failed.reason == "larger than 1000 bytes"


async def test_a_compressed_body_is_decoded_and_counted_decoded(internet: Internet) -> None:
    page = await fetch(internet(max_bytes=1000), "http://shop.example/gzip/1000")
    assert page.body == b"0" * 1000


@pytest.mark.parametrize(
    "path", ["/slow", "/drip", "/trickle"], ids=["no headers", "body stalls", "body trickles past the total"]
)
async def test_a_fetch_that_outlasts_its_timeout_fails(internet: Internet, path: str) -> None:
    failed = await failure(internet(timeout_s=0.3), f"http://shop.example{path}")
    assert failed.reason == "timed out after 0.3 s"


async def test_an_unreachable_port_fails_as_a_connection_error(loopback: Callable[..., PageFetcher]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    failed = await failure(loopback(allow_private=True), f"http://127.0.0.1:{port}/page")
    assert failed.reason.startswith("cannot connect to 127.0.0.1")


async def test_an_unknown_name_fails_as_a_connection_error(internet: Internet) -> None:
    failed = await failure(internet(), "http://nowhere.example/page")
    assert failed.reason.startswith("cannot connect to nowhere.example")


async def run_together(fetcher: PageFetcher, urls: list[str]) -> None:
    with anyio.fail_after(60):
        async with anyio.create_task_group() as group:
            for url in urls:
                group.start_soon(fetcher.fetch, url)


async def test_requests_to_one_host_never_exceed_per_host(internet: Internet, site: Site) -> None:
    site.together, site.hold_until = 2, 3
    await run_together(internet(per_host=2), ["http://shop.example/hold"] * 6)
    assert site.max_in_flight == 2
    assert site.hits == 6


async def test_each_host_has_its_own_limit(internet: Internet, site: Site) -> None:
    site.together = site.hold_until = 2
    await run_together(internet(per_host=1), ["http://shop.example/hold", "http://other.example/hold"])
    assert site.max_in_flight == 2


async def test_a_redirect_hop_waits_for_a_slot_on_the_host_it_leads_to(internet: Internet, site: Site) -> None:
    site.hold_until = 2
    urls = ["http://other.example/redirect?to=http://shop.example/hold", "http://shop.example/hold"]
    await run_together(internet(per_host=1), urls)
    assert site.max_in_flight == 1
    assert site.hits == 3


async def test_cookies_from_one_page_are_not_sent_with_the_next(internet: Internet, site: Site) -> None:
    fetcher = internet()
    await fetch(fetcher, "http://shop.example/cookie")
    page = await fetch(fetcher, "http://shop.example/headers")
    assert "cookie" not in json.loads(page.body)


async def test_proxy_settings_in_the_environment_are_ignored(
    internet: Internet, router: LoopbackRouter, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.setenv(name, f"http://127.0.0.1:{site.http_port}")
    await fetch(internet(), "http://shop.example/page")
    assert router.dialled == [("93.184.216.34", 80)]
    assert site.requests[0][0] == "/page"
