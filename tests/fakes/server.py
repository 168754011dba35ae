"""Run a stand-in's ASGI app with uvicorn on 127.0.0.1 inside a test, with a key check and programmable faults.

``serve(app)`` is an async context manager that yields the base URL (``http://127.0.0.1:PORT``) once the server
listens, and stops it on exit. ``StandIn`` wraps a provider's routes with what every provider does the same
way: it checks the credential (missing → 401, wrong → 401 echoing what was sent, so redaction is tested) and
plays queued faults before the request reaches the routes:

    stand_in.faults.add("status", status=503, retry_after="0", times=2)   # two 503s, then normal answers
    stand_in.faults.add("delay", seconds=5, path="/products")             # no answer for 5 s (a timeout)
    stand_in.faults.add("drop")                                           # the connection closes mid-answer
    stand_in.faults.add("malformed")                                      # a 200 whose body is not JSON
    stand_in.faults.add("empty")                                          # the provider's empty page
    stand_in.faults.add("big", size=50_000)                               # a 200 JSON body of that size

A fault body may contain ``{key}``, replaced by the credential the request presented (to test redaction).
"""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, MutableMapping
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from typing import Any

import anyio
import uvicorn
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

Message = MutableMapping[str, Any]


@dataclass
class Fault:
    kind: str
    status: int = 500
    retry_after: str | None = None
    body: Any = None
    seconds: float = 5.0
    size: int = 0
    method: str | None = None
    path: str | None = None
    times: int = 1


@dataclass
class Faults:
    """Faults waiting for the next matching requests, in the order they were added."""

    queue: list[Fault] = field(default_factory=list[Fault])

    def add(self, kind: str, *, times: int = 1, method: str | None = None, path: str | None = None, **kw: Any) -> None:
        self.queue.append(Fault(kind, method=method, path=path, times=times, **kw))

    def take(self, method: str, path: str) -> Fault | None:
        for fault in self.queue:
            if (fault.method in (None, method)) and (fault.path is None or fault.path in path):
                fault.times -= 1
                if fault.times <= 0:
                    self.queue.remove(fault)
                return fault
        return None

    def clear(self) -> None:
        self.queue.clear()


@dataclass
class Seen:
    method: str
    path: str
    query: str
    headers: dict[str, str]


class ConnectionDropped(Exception):
    """Raised mid-answer so uvicorn closes the connection, as a crashed or restarted upstream would."""


class _QuietDrops(logging.Filter):
    """Keeps uvicorn from logging a traceback for every connection a stand-in drops on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], ConnectionDropped))


logging.getLogger("uvicorn.error").addFilter(_QuietDrops())


class StandIn:
    """Shared front of a provider stand-in: request log, key check, faults. Subclasses give ``routes_app``."""

    header = "x-api-key"
    scheme = ""  # "Bearer" for Authorization headers

    def __init__(self, key: str) -> None:
        self.key = key
        self.faults = Faults()
        self.seen: list[Seen] = []
        self.stopping: anyio.Event | None = None

    def routes_app(self) -> ASGIApp:
        raise NotImplementedError

    def empty_body(self, path: str) -> Any:
        """What the provider answers for an empty page."""
        return {}

    def credential(self, headers: dict[str, str]) -> str | None:
        value = headers.get(self.header.lower())
        if value is None:
            return None
        if self.scheme:
            scheme, _, token = value.partition(" ")
            return token if scheme.lower() == self.scheme.lower() else ""
        return value

    def app(self) -> ASGIApp:
        inner = self.routes_app()

        async def front(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http":
                await inner(scope, receive, send)
                return
            headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
            method, path = scope["method"], scope["path"]
            self.seen.append(Seen(method, path, scope["query_string"].decode(), headers))
            given = self.credential(headers)
            if given is None:
                await JSONResponse({"message": "Unauthenticated."}, status_code=401)(scope, receive, send)
                return
            if given != self.key:
                body = {"message": f"Invalid API key: {given}"}
                await JSONResponse(body, status_code=401)(scope, receive, send)
                return
            fault = self.faults.take(method, path)
            if fault is None:
                await inner(scope, receive, send)
                return
            await self.play(fault, given, path, scope, receive, send)

        return front

    async def play(self, fault: Fault, given: str, path: str, scope: Scope, receive: Receive, send: Send) -> None:
        if fault.kind == "status":
            body = fault.body if fault.body is not None else {"message": f"stand-in fault {fault.status}"}
            text = (body if isinstance(body, str) else json.dumps(body)).replace("{key}", given)
            headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else None
            response = Response(text, status_code=fault.status, headers=headers, media_type="application/json")
            await response(scope, receive, send)
        elif fault.kind == "delay":
            with anyio.move_on_after(fault.seconds):
                if self.stopping is not None:
                    await self.stopping.wait()
            await JSONResponse(self.empty_body(path))(scope, receive, send)
        elif fault.kind == "drop":
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]})
            await send({"type": "http.response.body", "body": b'{"status": "runn', "more_body": True})
            raise ConnectionDropped("stand-in dropped the connection")
        elif fault.kind == "malformed":
            await Response('{"status": "completed", "results": [1, 2', media_type="application/json")(
                scope, receive, send
            )
        elif fault.kind == "empty":
            await JSONResponse(self.empty_body(path))(scope, receive, send)
        elif fault.kind == "big":
            filler = "x" * max(0, fault.size - 20)
            await JSONResponse({"filler": filler})(scope, receive, send)
        else:
            raise ValueError(f"unknown fault {fault.kind!r}")

    @asynccontextmanager
    async def serve(self, prefix: str = "") -> AsyncIterator[str]:
        """Serve this stand-in; yields its base URL with ``prefix`` (such as ``/v1``) appended."""
        self.stopping = anyio.Event()
        try:
            async with serve(self.app()) as url:
                yield url + prefix
        finally:
            self.stopping.set()


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = anyio.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.ready.set()

    @contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield  # the test runner owns the signals


@asynccontextmanager
async def serve(app: Callable[[Scope, Receive, Send], Awaitable[None]]) -> AsyncIterator[str]:
    """Run ``app`` on a free port of 127.0.0.1 until the block ends; yields ``http://127.0.0.1:PORT``."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off", timeout_graceful_shutdown=1)
    server = _Server(config)
    try:
        async with anyio.create_task_group() as group:
            group.start_soon(server.serve, [sock])
            with anyio.fail_after(10):
                await server.ready.wait()
            try:
                yield f"http://127.0.0.1:{port}"
            finally:
                server.should_exit = True
                server.force_exit = True
    finally:
        sock.close()
