"""Reads product pages from the open web for the built-in extractor, treating every URL as hostile.

The address check lives in the network backend under httpx: it resolves the name itself, refuses
the connection if any answer is a local address, and connects to the very address it checked, so a
name that answers differently on a second lookup (DNS rebinding) gains nothing. TLS still verifies
the certificate against the URL's host name, because httpcore hands that name to ``start_tls``.
Redirects are followed here, one hop at a time, each hop checked again and counted.
"""

import socket
import ssl
from collections.abc import AsyncGenerator, Awaitable, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from http.cookiejar import CookieJar, DefaultCookiePolicy
from ipaddress import ip_address
from types import TracebackType
from typing import Any, Self, cast

import anyio
import httpcore
import httpx

from aisle_mcp.providers.local.addresses import address_refusal, host_refusal, normalize_host, parse_ip

Resolver = Callable[[str, int], Awaitable[Sequence[str]]]
"""Answers the addresses (as text) a host name stands for; raises OSError when there are none."""

_ALLOWED_SCHEMES = ("http", "https")
_ACCEPT = "text/html,application/xhtml+xml,application/ld+json;q=0.9,*/*;q=0.8"


@dataclass(frozen=True)
class FetchLimits:
    timeout_s: float = 15.0
    """The network time one fetch may take, every redirect hop included; queueing for a host slot is not counted."""
    max_bytes: int = 5_000_000
    """The largest body accepted, counted after decompression."""
    max_redirects: int = 5
    per_host: int = 4
    """Requests in flight to one host name at once."""
    allow_private: bool = False
    """Lets loopback and private targets through; for local testing only."""
    user_agent: str = "AisleBot/0.1 (+https://github.com/aisle-mcp)"


@dataclass(frozen=True)
class Page:
    url: str
    """The URL as requested."""
    final_url: str
    """Where the last redirect led."""
    status: int
    content_type: str | None
    body: bytes


class FetchError(Exception):
    """A page could not be fetched; ``reason`` says why in a few words fit to show an agent."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class FetchRefused(FetchError):
    """The target is not allowed: a scheme other than http(s), or an address that is not public."""


class FetchFailed(FetchError):
    """The target was allowed but gave no usable page; ``status`` is set for HTTP errors."""

    def __init__(self, reason: str, status: int | None = None) -> None:
        super().__init__(reason)
        self.status = status


async def system_resolver(host: str, port: int) -> list[str]:
    infos = await anyio.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """Connects only to addresses it has resolved and checked itself."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend, resolver: Resolver, allow_private: bool) -> None:
        self._inner = inner
        self._resolver = resolver
        self._allow_private = allow_private

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        failure: Exception = httpcore.ConnectError(f"{host} has no addresses")
        for address in await self._checked_addresses(host, port):
            try:
                return await self._inner.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        raise failure

    async def _checked_addresses(self, host: str, port: int) -> list[str]:
        if not self._allow_private and (reason := host_refusal(host)):
            raise FetchRefused(reason)
        literal = parse_ip(host)
        if literal is not None:
            return [str(literal)]
        try:
            answers = await self._resolver(normalize_host(host), port)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        addresses: list[str] = []
        for answer in answers:
            try:
                address = ip_address(answer)
            except ValueError:
                raise FetchRefused(f"host {host} resolves to an unreadable address") from None
            # One local answer refuses the name outright: which answer gets used is the attacker's choice.
            if not self._allow_private and (reason := address_refusal(address)):
                raise FetchRefused(f"host {host}: {reason}")
            if str(address) not in addresses:
                addresses.append(str(address))
        return addresses

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise FetchRefused("unix sockets are not allowed")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class _GuardedTransport(httpx.AsyncHTTPTransport):
    def __init__(self, backend: GuardedBackend, ssl_context: ssl.SSLContext) -> None:
        super().__init__(verify=ssl_context, trust_env=False)
        # httpx has no parameter for the network backend; swapping its pool keeps httpx's own
        # request mapping and exception translation around ours.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context, max_connections=100, max_keepalive_connections=20, network_backend=backend
        )


@dataclass
class _HostSlot:
    semaphore: anyio.Semaphore
    users: int = 0


class PageFetcher:
    """Fetches pages within ``FetchLimits``; one instance serves every extraction task of a process."""

    def __init__(
        self, limits: FetchLimits, client: httpx.AsyncClient | None = None, *, resolver: Resolver | None = None
    ) -> None:
        """``client`` must come from ``make_client``; the fetcher closes only a client it made itself."""
        self._limits = limits
        self._owns_client = client is None
        self._client = client if client is not None else self.make_client(limits, resolver=resolver)
        self._hosts: dict[str, _HostSlot] = {}

    @staticmethod
    def make_client(
        limits: FetchLimits,
        *,
        resolver: Resolver | None = None,
        network_backend: httpcore.AsyncNetworkBackend | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> httpx.AsyncClient:
        """A client that connects only to public addresses (unless ``allow_private``) and never to a proxy."""
        # httpcore declares AnyIOBackend twice (with and without anyio installed), which hides its base class.
        inner = network_backend or cast(httpcore.AsyncNetworkBackend, httpcore.AnyIOBackend())
        backend = GuardedBackend(inner, resolver or system_resolver, limits.allow_private)
        transport = _GuardedTransport(backend, ssl_context or httpx.create_ssl_context())
        return httpx.AsyncClient(
            transport=transport,
            follow_redirects=False,
            # Nothing in the environment (proxies, netrc, certificate paths) may change where pages come from.
            trust_env=False,
            timeout=httpx.Timeout(limits.timeout_s),
            headers={"User-Agent": limits.user_agent, "Accept": _ACCEPT},
            # Pages fetched for one agent must not set state that rides along on another agent's fetch.
            cookies=CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])),
        )

    async def fetch(self, url: str) -> Page:
        """The page at ``url`` after redirects; raises ``FetchRefused`` or ``FetchFailed``."""
        target = _checked_url(url, self._limits.allow_private)
        deadline: float | None = None
        for _ in range(self._limits.max_redirects + 1):
            async with self._host_slot(target.raw_host.decode("ascii")):
                if deadline is None:
                    deadline = anyio.current_time() + self._limits.timeout_s
                try:
                    with anyio.fail_after(max(deadline - anyio.current_time(), 0)):
                        outcome = await self._fetch_once(url, target)
                except TimeoutError:
                    raise FetchFailed(f"timed out after {self._limits.timeout_s:g} s") from None
            if isinstance(outcome, Page):
                return outcome
            target = outcome
        raise FetchFailed(f"more than {self._limits.max_redirects} redirects")

    async def _fetch_once(self, url: str, target: httpx.URL) -> Page | httpx.URL:
        """The page, or the next URL to try when ``target`` redirects."""
        try:
            response = await self._client.send(self._client.build_request("GET", target), stream=True)
            try:
                if response.has_redirect_location:
                    return _redirect_target(response, self._limits.allow_private)
                if not response.is_success:
                    raise FetchFailed(f"HTTP {response.status_code}", status=response.status_code)
                body = await self._read_capped(response)
            finally:
                await response.aclose()
        except httpx.TimeoutException:
            raise FetchFailed(f"timed out after {self._limits.timeout_s:g} s") from None
        except httpx.ConnectError as exc:
            raise FetchFailed(f"cannot connect to {target.host}: {exc}") from None
        except httpx.HTTPError as exc:
            raise FetchFailed(f"transfer from {target.host} failed: {exc}") from None
        return Page(
            url=url,
            final_url=str(response.url),
            status=response.status_code,
            content_type=response.headers.get("content-type"),
            body=body,
        )

    async def _read_capped(self, response: httpx.Response) -> bytes:
        cap = self._limits.max_bytes
        declared = response.headers.get("content-length", "")
        # A compressed length says little about the size after decoding, so only a plain one is trusted early.
        if "content-encoding" not in response.headers and declared.isdigit() and int(declared) > cap:
            raise FetchFailed(f"larger than {cap} bytes")
        body = bytearray()
        async for chunk in response.aiter_bytes():
            body += chunk
            if len(body) > cap:
                raise FetchFailed(f"larger than {cap} bytes")
        return bytes(body)

    @asynccontextmanager
    async def _host_slot(self, host: str) -> AsyncGenerator[None]:
        slot = self._hosts.get(host)
        if slot is None:
            slot = self._hosts[host] = _HostSlot(anyio.Semaphore(self._limits.per_host))
        slot.users += 1
        try:
            async with slot.semaphore:
                yield
        finally:
            slot.users -= 1
            # Agents send URLs from countless hosts; a slot nobody holds or awaits is dropped.
            if slot.users == 0:
                del self._hosts[host]

    async def aclose(self) -> None:
        if self._owns_client:
            await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


def _checked_url(url: str | httpx.URL, allow_private: bool) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise FetchRefused(f"not a valid URL ({exc})") from None
    if parsed.scheme not in _ALLOWED_SCHEMES:
        raise FetchRefused(f"scheme {parsed.scheme or '(none)'} is not allowed")
    host = parsed.raw_host.decode("ascii")
    if not host:
        raise FetchRefused("the URL has no host")
    if not allow_private and (reason := host_refusal(host)):
        raise FetchRefused(reason)
    return parsed


def _redirect_target(response: httpx.Response, allow_private: bool) -> httpx.URL:
    try:
        location = response.url.join(response.headers["location"])
    except httpx.InvalidURL as exc:
        raise FetchFailed(f"redirect to an invalid URL ({exc})") from None
    return _checked_url(location, allow_private)
