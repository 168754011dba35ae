"""A loopback stand-in for Criteo Retail Media's catalog API (seeds/001, seeds/004), with programmable faults.

It speaks the documented contract: OAuth2 client credentials at ``/oauth2/token``; brand and seller catalog
requests that return the same ``catalogId`` for the same request within an hour; a status that goes
``pending`` → ``success`` after a few polls, with ``rowCount``, ``fileSizeBytes`` and ``md5Checksum``; and the
output as newline-delimited JSON generated row by row as it is streamed (never held in memory).

``async with CriteoStandIn().serve() as url`` runs it with uvicorn on 127.0.0.1 (``tests.fakes.server.serve``)
in the test's event loop and yields its base URL. ``python -m tests.fakes.criteo --rows N`` serves it from its own
process (the benchmark does that so the stand-in's memory is not counted) and prints ``PORT <n>`` when ready.

Faults are queued per route with ``inject(route, fault, times=1)``; each request to the route takes one.
Routes: ``token``, ``create``, ``status``, ``output``. Faults: ``"401"``, ``"403"``, ``"404"``, ``"429"``,
``"500"``, ``"502"``, ``"503"`` (that status), ``"timeout"`` (no answer for ``slow_s``), ``"drop"`` (the
connection closes mid-answer), ``"malformed"`` (a 200 that is not JSON), ``"empty"`` (an empty 200 body),
``"truncate"`` (the output stops halfway, cleanly), ``"bad_md5"`` (one byte of the output changed),
``"not_ready"`` (400 on the output), ``"expired"`` and ``"failure"`` (the status says so, from then on).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import secrets
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from tests.fakes.server import ConnectionDropped, serve

CLIENT_ID = "aisle-test-client"
CLIENT_SECRET = "s3cr3t-criteo-client-secret-value"
HOUR = 3600.0

_BRANDS = [f"Brand {name}" for name in ("Northwind", "Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay")]
_CATEGORIES = [
    "clothing, shoes & accessories|men\u2019s clothing|bottoms|shorts",
    "clothing, shoes & accessories|women\u2019s clothing|dresses",
    "home & garden|kitchen|cookware|pans",
    "electronics|audio|headphones",
    "sports & outdoors|camping|tents",
]
_WORDS = ["Flat Front", "Pleated", "Cargo", "Linen", "Trail", "Classic", "Everyday", "Travel", "Summit", "Harbor"]
_NOUNS = ["Short", "Dress", "Skillet", "Headphones", "Tent", "Chino", "Jacket", "Saucepan"]
_COLORS = ["Black", "String", "Navy", "Olive", "Red", "Stone"]
# One row, shaped like the seeds' seller sample; ``%`` formatting keeps generation near 170 MB/s.
_ROW = (
    '{"id":"%d","name":"%s %s %d x 10.5\\" - %s (Item %d)","category":"%s","categoryId":"%d","brandId":"%d",'
    '"brandName":"%s","retailerId":"%s","retailerName":"Retailer Name %s Marketplace","price":%d.%02d,'
    '"isInStock":%s,"minBid":0.%04d,"gtin":"%013d","mpn":%s,'
    '"imageUrl":"https://images.retailer.example.com/is/image/catalog/a610-881aa9a71c93-%d?wid=1200&hei=1200&fmt=pjpeg&qlt=80",'
    '"updatedAt":"2024-07-%02dT%02d:%02d:30Z"%s}\n'
)


def make_row(i: int, retailer_id: str = "131", seller_id: str | None = None) -> bytes:
    """Row ``i`` of a catalog, shaped like the seeds' seller sample (about 590 bytes); deterministic."""
    cents = (i * 37) % 20_000
    seller = f',"sellerId":"{seller_id}","sellerName":"Seller {seller_id}"' if seller_id else ""
    values = (
        86_000_000 + i,
        _WORDS[i % len(_WORDS)],
        _NOUNS[i % len(_NOUNS)],
        46 + i % 9,
        _COLORS[i % len(_COLORS)],
        i,
        _CATEGORIES[i % len(_CATEGORIES)],
        3_051_218 + i % len(_CATEGORIES),
        40_095 + i % len(_BRANDS),
        _BRANDS[i % len(_BRANDS)],
        retailer_id,
        retailer_id,
        1 + cents // 100,
        cents % 100,
        "false" if i % 5 == 0 else "true",
        4000 + i % 1000,
        1_234_567_890_000 + i,
        "null" if i % 3 else f'"MPN-{i}"',
        i,
        1 + i % 28,
        i % 24,
        i % 60,
        seller,
    )
    return (_ROW % values).encode()


@dataclass
class Catalog:
    """One catalog request as the stand-in tracks it."""

    id: str
    account_id: str
    rows: int
    retailer_id: str
    seller_id: str | None
    created_at: float
    polls: int = 0
    status: str = "pending"
    malformed_every: int | None = None
    size: int | None = None
    md5: str | None = None

    def lines(self) -> Iterator[bytes]:
        for i in range(self.rows):
            if self.malformed_every and i % self.malformed_every == self.malformed_every - 1:
                yield b'{"id": "broken-' + str(i).encode() + b'", "name": \n'
            else:
                yield make_row(i, self.retailer_id, self.seller_id)

    def chunks(self, size: int = 256 * 1024) -> Iterator[bytes]:
        buffer: list[bytes] = []
        held = 0
        for line in self.lines():
            buffer.append(line)
            held += len(line)
            if held >= size:
                yield b"".join(buffer)
                buffer, held = [], 0
        if buffer:
            yield b"".join(buffer)

    def seal(self) -> None:
        """Size and MD5 of the output, computed by generating it once without keeping it."""
        digest = hashlib.md5()
        size = 0
        for chunk in self.chunks():
            digest.update(chunk)
            size += len(chunk)
        self.size, self.md5 = size, digest.hexdigest()


@dataclass
class CriteoStandIn:
    """The stand-in's state and knobs; tests read ``calls`` and change the knobs between calls."""

    client_id: str = CLIENT_ID
    client_secret: str = CLIENT_SECRET
    version: str = "2025-10"
    rows: int = 50
    polls_until_ready: int = 1
    token_ttl_s: int = 900
    slow_s: float = 2.0
    malformed_every: int | None = None
    forbidden_accounts: set[str] = field(default_factory=set[str])
    clock: Callable[[], float] = time.time
    calls: Counter[str] = field(default_factory=Counter[str])
    tokens_issued: list[str] = field(default_factory=list[str])
    authorizations: list[str] = field(default_factory=list[str])
    created: list[tuple[str, Any]] = field(default_factory=list[tuple[str, Any]])
    """Every catalog request: its path and JSON body."""
    _tokens: dict[str, float] = field(default_factory=dict[str, float])
    _catalogs: dict[str, Catalog] = field(default_factory=dict[str, Catalog])
    _requests: dict[str, tuple[str, float]] = field(default_factory=dict[str, tuple[str, float]])
    _faults: dict[str, list[str]] = field(default_factory=dict[str, list[str]])
    _offset: float = 0.0
    _ids: Iterator[int] = field(default_factory=lambda: itertools.count(1_122_850_670_915_847_014))

    # Knobs ----------------------------------------------------------------------------------------------

    def inject(self, route: str, fault: str, times: int = 1) -> None:
        self._faults.setdefault(route, []).extend([fault] * times)

    def pending_faults(self, route: str) -> int:
        return len(self._faults.get(route, []))

    def advance(self, seconds: float) -> None:
        """Move the stand-in's clock on (token expiry, the one-hour request cache)."""
        self._offset += seconds

    def now(self) -> float:
        return self.clock() + self._offset

    def expire_tokens(self) -> None:
        self._tokens.clear()

    def catalog(self, catalog_id: str) -> Catalog:
        return self._catalogs[catalog_id]

    def _fault(self, route: str) -> str | None:
        queued = self._faults.get(route)
        return queued.pop(0) if queued else None

    # The app --------------------------------------------------------------------------------------------

    def app(self) -> Starlette:
        prefix = f"/{self.version}/retail-media"
        return Starlette(
            routes=[
                Route("/oauth2/token", self._token, methods=["POST"]),
                Route(prefix + "/accounts/{account_id}/catalogs", self._create, methods=["POST"]),
                Route(prefix + "/accounts/{account_id}/catalogs/sellers", self._create, methods=["POST"]),
                Route(prefix + "/catalogs/{catalog_id}/status", self._status, methods=["GET"]),
                Route(prefix + "/catalogs/{catalog_id}/output", self._output, methods=["GET"]),
            ]
        )

    @asynccontextmanager
    async def serve(self) -> AsyncIterator[str]:
        """Run on 127.0.0.1 (a free port) in the test's event loop; yields the base URL."""
        async with serve(self.app()) as base_url:
            yield base_url

    async def _common_fault(self, route: str) -> Response | None:
        fault = self._fault(route)
        if fault is None:
            return None
        if fault.isdigit():
            headers = {"Retry-After": "0"} if fault == "429" else {}
            return JSONResponse({"errors": [{"title": f"fault {fault}"}]}, int(fault), headers=headers)
        if fault == "timeout":
            await anyio.sleep(self.slow_s)
            return JSONResponse({"errors": [{"title": "too late"}]}, 504)
        if fault == "drop":
            return StreamingResponse(_dropping(), media_type="application/json")
        if fault == "malformed":
            return Response(b'{"data": {"type": "RetailMediaCatalogStatus", "id": ', 200, media_type="application/json")
        if fault == "empty":
            return Response(b"", 200, media_type="application/json")
        self._faults.setdefault(route, []).insert(0, fault)  # a route-specific fault: the handler takes it
        return None

    async def _token(self, request: Request) -> Response:
        self.calls["token"] += 1
        if (fault := await self._common_fault("token")) is not None:
            return fault
        form = await request.form()
        if (
            form.get("grant_type") != "client_credentials"
            or form.get("client_id") != self.client_id
            or form.get("client_secret") != self.client_secret
        ):
            return JSONResponse({"error": "invalid_client", "error_description": "unknown client"}, 401)
        token = secrets.token_urlsafe(24)
        self._tokens[token] = self.now() + self.token_ttl_s
        self.tokens_issued.append(token)
        return JSONResponse({"access_token": token, "token_type": "Bearer", "expires_in": self.token_ttl_s})

    def _authorized(self, request: Request) -> bool:
        header = request.headers.get("authorization", "")
        self.authorizations.append(header)
        token = header.removeprefix("Bearer ")
        expiry = self._tokens.get(token)
        return header.startswith("Bearer ") and expiry is not None and expiry > self.now()

    async def _create(self, request: Request) -> Response:
        self.calls["create"] += 1
        if (fault := await self._common_fault("create")) is not None:
            return fault
        if not self._authorized(request):
            return _unauthorized()
        account_id = request.path_params["account_id"]
        if account_id in self.forbidden_accounts:
            return JSONResponse({"errors": [{"title": "Forbidden", "detail": "not authorized for account"}]}, 403)
        body: Any = await request.json()
        self.created.append((request.url.path, body))
        attributes: dict[str, Any] = body["data"]["attributes"]
        assert body["data"]["type"] == "RetailMediaCatalogStatus"
        sellers: list[dict[str, str]] = attributes.get("sellers") or []
        if request.url.path.endswith("/sellers"):
            assert sellers and all(s.get("retailerId") and s.get("sellerId") for s in sellers), attributes
        else:
            assert attributes.get("format") == "json-newline", attributes
        key = f"{account_id}|{request.url.path}|{sorted(attributes.items(), key=str)}"
        now = self.now()
        known = self._requests.get(key)
        if known and now - known[1] < HOUR and known[0] in self._catalogs:
            catalog = self._catalogs[known[0]]
        else:
            catalog = Catalog(
                id=str(next(self._ids)),
                account_id=account_id,
                rows=self.rows,
                retailer_id=sellers[0]["retailerId"] if sellers else "131",
                seller_id=sellers[0]["sellerId"] if sellers else None,
                created_at=now,
                malformed_every=self.malformed_every,
            )
            self._catalogs[catalog.id] = catalog
            self._requests[key] = (catalog.id, now)
        return JSONResponse(self._status_body(catalog))

    def _status_body(self, catalog: Catalog) -> dict[str, Any]:
        done = catalog.status == "success"
        return {
            "data": {
                "type": "RetailMediaCatalogStatus",
                "id": catalog.id,
                "attributes": {
                    "status": catalog.status,
                    "currency": "USD" if done else None,
                    "rowCount": catalog.rows if done else None,
                    "fileSizeBytes": catalog.size if done else None,
                    "md5Checksum": catalog.md5 if done else None,
                    "createdAt": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(catalog.created_at)),
                    "message": "the catalog could not be generated" if catalog.status == "failure" else None,
                },
            }
        }

    async def _status(self, request: Request) -> Response:
        self.calls["status"] += 1
        if (fault := await self._common_fault("status")) is not None:
            return fault
        if not self._authorized(request):
            return _unauthorized()
        catalog = self._catalogs.get(request.path_params["catalog_id"])
        if catalog is None:
            return JSONResponse({"errors": [{"title": "Not found", "detail": "unknown catalogId"}]}, 404)
        fault = self._fault("status")
        if fault in ("expired", "failure"):
            catalog.status = fault
            self._forget(catalog.id)
        catalog.polls += 1
        if catalog.status == "pending" and catalog.polls > self.polls_until_ready:
            await anyio.to_thread.run_sync(catalog.seal)
            catalog.status = "success"
        return JSONResponse(self._status_body(catalog))

    def _forget(self, catalog_id: str) -> None:
        for key, (known, _) in list(self._requests.items()):
            if known == catalog_id:
                del self._requests[key]

    async def _output(self, request: Request) -> Response:
        self.calls["output"] += 1
        if (fault := await self._common_fault("output")) is not None:
            return fault
        if not self._authorized(request):
            return _unauthorized()
        catalog = self._catalogs.get(request.path_params["catalog_id"])
        if catalog is None:
            return JSONResponse({"errors": [{"title": "Not found", "detail": "unknown catalogId"}]}, 404)
        fault = self._fault("output")
        if catalog.status != "success" or fault == "not_ready":
            detail = "The indicated catalog is not available for retrieval, wait for a success status"
            return JSONResponse({"errors": [{"title": "Bad request", "detail": detail}]}, 400)
        body = _output_body(catalog, fault)
        return StreamingResponse(body, media_type="application/x-json-stream")


async def _output_body(catalog: Catalog, fault: str | None) -> AsyncIterator[bytes]:
    sent = 0
    half = (catalog.size or 0) // 2
    for chunk in catalog.chunks():
        if fault == "truncate" and sent + len(chunk) > half:
            yield chunk[: max(0, half - sent)]
            return
        if fault == "bad_md5" and sent == 0:
            chunk = b" " + chunk[1:]
        sent += len(chunk)
        yield chunk
        await anyio.sleep(0)


async def _dropping() -> AsyncIterator[bytes]:
    yield b'{"data": {"type": "RetailMediaCatalogStatus",'
    raise ConnectionDropped("the stand-in dropped the connection")


def _unauthorized() -> Response:
    return JSONResponse({"errors": [{"title": "Unauthorized", "detail": "invalid or expired token"}]}, 401)


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the Criteo stand-in on 127.0.0.1 until killed.")
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--polls", type=int, default=1)
    args = parser.parse_args()
    standin = CriteoStandIn(rows=args.rows, polls_until_ready=args.polls)

    async def run() -> None:
        async with standin.serve() as base_url:
            print("PORT", base_url.rsplit(":", 1)[1], flush=True)
            await anyio.sleep_forever()

    anyio.run(run)


if __name__ == "__main__":
    main()
