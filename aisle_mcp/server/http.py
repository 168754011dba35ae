"""``aisle-mcp serve --http``: streamable HTTP with bearer tokens, Host/Origin checks and a fair share per client.

Authentication is the SDK's: a ``TokenVerifier`` behind its ``BearerAuthBackend`` and ``AuthContextMiddleware``,
assembled here rather than through ``AuthSettings``, which wants an OAuth authorization server (``issuer_url``) that
static tokens do not have; the 401 is the SDK's too, with a wrong token told apart from a missing one. Clients
send ``Authorization: Bearer <token>``, the way Claude Code, Cursor and the Inspector pass static headers; no OAuth
metadata is served.

Each token is its own owner of jobs and cursors. The owner id is a short hash of the token, so logs, job rows and
cursors never carry the token.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import ipaddress
import json
import logging
import socket
import sys
from dataclasses import dataclass, field
from typing import Any

import anyio
import uvicorn
from mcp.server.auth.middleware.auth_context import AuthContextMiddleware
from mcp.server.auth.middleware.bearer_auth import AuthenticatedUser, BearerAuthBackend
from mcp.server.auth.provider import AccessToken
from mcp.server.mcpserver import MCPServer
from mcp.server.transport_security import (
    DEFAULT_MAX_REQUEST_BODY_SIZE,
    TransportSecurityMiddleware,
    TransportSecuritySettings,
)
from starlette.applications import Starlette
from starlette.middleware.authentication import AuthenticationMiddleware
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send
from uvicorn.supervisors import Multiprocess

from aisle_mcp.server.app import build_server, cursor_key, open_catalog
from aisle_mcp.server.settings import Settings
from aisle_mcp.tools import Shop

log = logging.getLogger("aisle_mcp.http")

MCP_PATH = "/mcp"
MAX_BODY_BYTES = DEFAULT_MAX_REQUEST_BODY_SIZE
"""4 MiB: twice the largest legitimate call (1,000 URLs of 2,048 characters)."""
LOOPBACK = ("127.0.0.1", "localhost", "[::1]")
EVERY_ADDRESS = ("0.0.0.0", "::", "")
WORKER_HEALTHCHECK_SECONDS = 30
"""How long a worker process may leave the supervisor's health check unanswered before it is replaced."""


class HttpSetupError(ValueError):
    """The HTTP server cannot start as configured; the message says what to set."""


def owner_id(token: str) -> str:
    """The owner a token stands for: stable, short, and not the token."""
    return "tok_" + hashlib.sha256(token.encode()).hexdigest()[:16]


def http_tokens(settings: Settings) -> list[str]:
    raw = settings.http_token.get_secret_value() if settings.http_token else ""
    return [token.strip() for token in raw.split(",") if token.strip()]


class StaticTokens:
    """A ``TokenVerifier`` over a fixed set of tokens, compared in constant time."""

    def __init__(self, tokens: list[str]) -> None:
        self._known = [(hashlib.sha256(t.encode()).digest(), owner_id(t)) for t in tokens]

    async def verify_token(self, token: str) -> AccessToken | None:
        digest = hashlib.sha256(token.encode()).digest()
        owner: str | None = None
        for known, who in self._known:  # every entry is compared, so timing tells nothing about which matched
            if hmac.compare_digest(digest, known):
                owner = who
        # The raw token stays out of the request scope: the owner id stands in for it.
        return AccessToken(token=owner, client_id=owner, scopes=[]) if owner else None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _bracketed(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def _split(raw: str) -> list[str]:
    return [item.strip() for item in raw.split(",") if item.strip()]


def _machine_names() -> list[str]:
    """What clients on the network may call this machine when it listens on every address."""
    names = [socket.gethostname(), socket.getfqdn()]
    with contextlib.suppress(OSError):
        names += socket.gethostbyname_ex(socket.gethostname())[2]
    return names


def transport_security(host: str, settings: Settings) -> TransportSecuritySettings:
    """Host and Origin values accepted: the bound address (or this machine's names), plus the configured ones."""
    if is_loopback(host):
        names = list(LOOPBACK)
    elif host in EVERY_ADDRESS:
        names = [*LOOPBACK, *_machine_names()]
    else:
        names = [host]
    names = list(dict.fromkeys([_bracketed(n) for n in names] + _split(settings.allowed_hosts)))
    hosts: list[str] = []
    origins: list[str] = []
    for name in names:
        with_port = name.rsplit("]", 1)[-1].count(":") == 1
        hosts += [name] if with_port else [name, f"{name}:*"]
        for scheme in ("http", "https"):
            origins += [f"{scheme}://{name}"] if with_port else [f"{scheme}://{name}", f"{scheme}://{name}:*"]
    origins += _split(settings.allowed_origins)
    return TransportSecuritySettings(
        enable_dns_rebinding_protection=True, allowed_hosts=hosts, allowed_origins=list(dict.fromkeys(origins))
    )


@dataclass
class _Lane:
    active: anyio.Semaphore
    requests: int = 0


@dataclass
class FairShare:
    """Each client (token owner, else address) gets at most ``active`` requests served at once.

    A client that floods queues behind its own requests only; past ``waiting`` queued it is told 429. One
    process serves everyone on one event loop, so capping what one client holds in flight is what keeps the
    others' calls moving.
    """

    app: ASGIApp
    active: int
    waiting: int
    _lanes: dict[str, _Lane] = field(default_factory=dict[str, _Lane])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        client = _client_of(scope)
        lane = self._lanes.get(client)
        if lane is None:
            lane = self._lanes[client] = _Lane(anyio.Semaphore(self.active))
        if lane.requests >= self.active + self.waiting:
            await _too_many(send)
            return
        lane.requests += 1
        try:
            async with lane.active:
                await self.app(scope, receive, send)
        finally:
            lane.requests -= 1
            if lane.requests == 0:
                del self._lanes[client]


class _TrimmedHeaders:
    """Header values without surrounding whitespace, as RFC 9110 §5.5 reads them. The h11 parser trims them, the
    faster httptools one does not, and the SDK compares values like ``Mcp-Name`` with the body as they come."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers: list[tuple[bytes, bytes]] = scope["headers"]
            if any(value[:1] in _BLANKS or value[-1:] in _BLANKS for _, value in headers):
                scope = {**scope, "headers": [(name, value.strip(b" \t")) for name, value in headers]}
        await self._app(scope, receive, send)


_BLANKS = (b" ", b"\t")


class _HostAndOrigin:
    """Host and Origin checked before anything else (the SDK checks them again inside), so a DNS-rebinding page is
    refused with 421/403 whether or not it has a token, and never reaches authentication."""

    def __init__(self, app: ASGIApp, security: TransportSecuritySettings) -> None:
        self._app = app
        self._check = TransportSecurityMiddleware(security)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            refused = await self._check.validate_request(Request(scope), is_post=False)
            if refused is not None:
                await refused(scope, receive, send)
                return
        await self._app(scope, receive, send)


class _RequireToken:
    """401 with ``WWW-Authenticate`` for an HTTP request without a known token (lifespan passes), as the SDK's
    ``RequireAuthMiddleware`` answers, except that a token that was sent but is not one of the server's is told
    apart from no token at all: the client then knows to fix its token, not to add one. Nothing is said of the
    tokens that would have been accepted."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or isinstance(scope.get("user"), AuthenticatedUser):
            await self._app(scope, receive, send)
            return
        headers: list[tuple[bytes, bytes]] = scope["headers"]
        sent = any(name == b"authorization" and value[:7].lower() == b"bearer " for name, value in headers)
        await _unauthorized(send, TOKEN_NOT_RECOGNISED if sent else TOKEN_REQUIRED)


TOKEN_REQUIRED = "Authentication required: send the header Authorization: Bearer <token>."
TOKEN_NOT_RECOGNISED = "Bearer token not recognised: send a token this server was given (AISLE_HTTP_TOKEN)."


async def _unauthorized(send: Send, description: str) -> None:
    body = json.dumps({"error": "invalid_token", "error_description": description}).encode()
    challenge = f'Bearer error="invalid_token", error_description="{description}"'.encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 401, "headers": [*headers, (b"www-authenticate", challenge)]})
    await send({"type": "http.response.body", "body": body})


def _client_of(scope: Scope) -> str:
    user = scope.get("user")
    if isinstance(user, AuthenticatedUser):
        return user.access_token.client_id
    peer = scope.get("client")
    return f"addr:{peer[0]}" if peer else "addr:?"


async def _too_many(send: Send) -> None:
    body = json.dumps(
        {
            "jsonrpc": "2.0",
            "id": None,
            "error": {"code": -32000, "message": "Too many requests in flight from this client; retry in a second."},
        }
    ).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 429, "headers": [*headers, (b"retry-after", b"1")]})
    await send({"type": "http.response.body", "body": body})


def http_app(server: MCPServer[Shop] | MCPServer[None], settings: Settings, *, host: str, stateless: bool) -> Starlette:
    """The ASGI app: the SDK's streamable-HTTP app inside authentication and the per-client fair share."""
    security = transport_security(host, settings)
    app = server.streamable_http_app(
        streamable_http_path=MCP_PATH,
        stateless_http=stateless,
        max_request_body_size=MAX_BODY_BYTES,
        transport_security=security,
        host=host,
    )
    tokens = http_tokens(settings)
    # add_middleware puts each one outside the previous: the order below runs bottom-up.
    if tokens:
        app.add_middleware(_RequireToken)
    app.add_middleware(FairShare, active=settings.http_active_per_client, waiting=settings.http_waiting_per_client)
    if tokens:
        app.add_middleware(AuthContextMiddleware)
        app.add_middleware(AuthenticationMiddleware, backend=BearerAuthBackend(StaticTokens(tokens)))
    app.add_middleware(_HostAndOrigin, security=security)
    app.add_middleware(_TrimmedHeaders)
    return app


def check_bind(host: str, settings: Settings) -> None:
    if not http_tokens(settings) and not is_loopback(host):
        raise HttpSetupError(
            f"refusing to serve HTTP on {host} without authentication: set AISLE_HTTP_TOKEN (one or more tokens, "
            "comma-separated, one per client), or bind to 127.0.0.1."
        )


def worker_app(settings: Settings, host: str) -> Starlette:
    """One ``--workers`` process's app: a stateless server of its own over the shared data directory."""
    return http_app(build_server(settings), settings, host=host, stateless=True)


def serve_http(settings: Settings, *, host: str, port: int, stateless: bool, workers: int = 1) -> int:
    """Serve until interrupted; the exit status (2 when the setup is refused).

    With ``workers`` above 1 (stateless only), that many processes accept on one listening socket, each with its
    own event loop and core; they share the data directory the way replicas do."""
    try:
        check_bind(host, settings)
        if workers > 1 and not stateless:
            raise HttpSetupError("--workers needs --stateless: a session lives in the one process that opened it.")
    except HttpSetupError as exc:
        print(f"aisle-mcp: {exc}", file=sys.stderr)
        return 2
    owners = [owner_id(token) for token in http_tokens(settings)]
    log.info(
        "serving MCP at http://%s:%d%s (%s%s; %s)",
        _bracketed(host),
        port,
        MCP_PATH,
        "stateless" if stateless else "sessions",
        f", {workers} worker processes" if workers > 1 else "",
        f"bearer tokens for owners {', '.join(owners)}" if owners else "no authentication: loopback only",
    )
    options: dict[str, Any] = {
        "host": host.strip("[]"),
        "port": port,
        "access_log": False,
        "timeout_graceful_shutdown": 5,
        "log_level": "info",
    }
    if workers == 1:
        app = http_app(build_server(settings), settings, host=host, stateless=stateless)
        uvicorn.Server(uvicorn.Config(app, **options)).run()
        return 0
    # Made once here, before any worker starts, so the workers do not race to make them.
    open_catalog(settings).close()
    if settings.database_url is None:  # else the key is the database's
        cursor_key(settings.data_dir)
    # A worker answers the supervisor's health check from a thread, which a busy machine (a worker importing, or
    # one long search holding the interpreter) can keep from answering within uvicorn's default 5 s: the supervisor
    # would kill healthy workers over and over. Only a worker silent for this long is taken for hung.
    options["timeout_worker_healthcheck"] = WORKER_HEALTHCHECK_SECONDS
    config = uvicorn.Config(functools.partial(worker_app, settings, host), factory=True, workers=workers, **options)
    Multiprocess(config, sockets=[config.bind_socket()]).run()
    return 0
