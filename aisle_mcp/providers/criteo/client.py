"""The three Criteo catalog calls (create, status, output), on the shared ``ProviderHTTP`` layer.

Each call gets a fresh token once when Criteo answers 401 (the token expired or was revoked) and is sent again.
A 403 means the API user is not authorized for the account. ``download`` streams the output to a file,
hashing and counting as it goes, so a catalog of hundreds of megabytes is never held in memory.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from aisle_mcp.errors import AisleError, ProviderError
from aisle_mcp.providers.criteo.auth import TokenSource
from aisle_mcp.providers.criteo.scope import Scope
from aisle_mcp.providers.fields import mapping, timestamp
from aisle_mcp.providers.http import ProviderHTTP

T = TypeVar("T")

STATES = frozenset({"pending", "success", "failure", "expired", "unknown"})
_CATALOG_ID = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")


@dataclass(frozen=True)
class ExportStatus:
    """A ``RetailMediaCatalogStatus``; the counts and checksum are set once ``state`` is ``success``."""

    catalog_id: str
    state: str
    currency: str | None = None
    row_count: int | None = None
    file_size: int | None = None
    md5: str | None = None
    created_at: datetime | None = None
    message: str | None = None


@dataclass(frozen=True)
class Downloaded:
    size: int
    rows: int
    md5: str


class OutputNotReady(Exception):
    """Criteo answered 400 on the output: the catalog is not available for retrieval yet."""


class DownloadMismatch(Exception):
    """The downloaded file is not the catalog the status described (truncated, or a wrong checksum)."""


def http_status(error: AisleError) -> int | None:
    """The HTTP status behind an error from ``ProviderHTTP``."""
    return error.status


def parse_status(body: Any) -> ExportStatus:
    """The status in a JSON:API answer of the create and status calls; ``ProviderError`` when it is not one."""
    data = mapping(mapping(body).get("data"))
    fields = mapping(data.get("attributes"))
    catalog_id = data.get("id")
    if not fields or not isinstance(catalog_id, str | int):
        raise ProviderError("criteo answered with something that is not a catalog status; try again later")
    catalog_id = str(catalog_id)
    if not _CATALOG_ID.match(catalog_id):
        raise ProviderError("criteo answered with a catalog id Aisle cannot use; try again later")
    state = str(fields.get("status") or "unknown").strip().lower()
    md5 = fields.get("md5Checksum")
    return ExportStatus(
        catalog_id=catalog_id,
        state=state if state in STATES else "unknown",
        currency=_text(fields.get("currency")),
        row_count=_count(fields.get("rowCount")),
        file_size=_count(fields.get("fileSizeBytes")),
        md5=md5.strip().lower() if isinstance(md5, str) and md5.strip() else None,
        created_at=timestamp(fields.get("createdAt")),
        message=_text(fields.get("message")),
    )


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _count(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


class CriteoAPI:
    """Criteo's catalog endpoints for one app (its token) and API version."""

    def __init__(self, http: ProviderHTTP, tokens: TokenSource, version: str) -> None:
        self._http = http
        self._tokens = tokens
        self._version = version

    async def create(self, scope: Scope) -> ExportStatus:
        """Ask for the scope's latest catalog.

        Criteo answers the same request with the same catalog for an hour, so sending it twice does no harm:
        it is retried like a GET.
        """
        body = await self._call(
            lambda: self._http.request_json("POST", scope.path(self._version), json=scope.body(), retry_safe=True),
            scope,
        )
        return parse_status(body)

    async def status(self, catalog_id: str) -> ExportStatus:
        path = f"{self._version}/retail-media/catalogs/{catalog_id}/status"
        return parse_status(await self._call(lambda: self._http.request_json("GET", path)))

    async def download(
        self, catalog_id: str, target: Path, expected: ExportStatus, on_bytes: Callable[[int], None]
    ) -> Downloaded:
        """Stream the output into ``target`` and check it against the status: size, rows and MD5."""
        path = f"{self._version}/retail-media/catalogs/{catalog_id}/output"

        async def fetch() -> Downloaded:
            digest = hashlib.md5(usedforsecurity=False)
            size = rows = 0
            last = b"\n"
            limit = expected.file_size
            async with self._http.stream("GET", path) as response:
                with target.open("wb") as file:
                    async for chunk in response.aiter_bytes():
                        if not chunk:
                            continue
                        size += len(chunk)
                        if limit is not None and size > limit:
                            raise DownloadMismatch(f"more than the {limit:,} bytes announced")
                        digest.update(chunk)
                        rows += chunk.count(b"\n")
                        last = chunk[-1:]
                        file.write(chunk)
                        on_bytes(size)
            rows += last != b"\n"
            return Downloaded(size, rows, digest.hexdigest())

        try:
            got = await self._call(fetch)
        except ProviderError as error:
            if http_status(error) == 400:
                raise OutputNotReady from None
            raise
        if expected.file_size is not None and got.size != expected.file_size:
            raise DownloadMismatch(f"{got.size:,} of the {expected.file_size:,} bytes announced")
        if expected.row_count is not None and got.rows != expected.row_count:
            raise DownloadMismatch(f"{got.rows:,} of the {expected.row_count:,} rows announced")
        if expected.md5 is not None and got.md5 != expected.md5:
            raise DownloadMismatch("an MD5 checksum that does not match the one announced")
        return got

    async def _call(self, send: Callable[[], Awaitable[T]], scope: Scope | None = None) -> T:
        """``send()``, again once with a fresh token after a 401; a 403 said in the words of the account."""
        for fresh_token in (False, True):
            try:
                return await send()
            except ProviderError as error:
                status = http_status(error)
                if status == 401 and not fresh_token:
                    self._tokens.invalidate()
                    continue
                if status == 403:
                    whose = f"account {scope.account_id}" if scope else "this catalog's account"
                    raise ProviderError(
                        f"criteo says these API credentials are not authorized for {whose} (HTTP 403). Ask the "
                        "account's owner to authorize your Criteo app (Criteo's authorization request steps), or "
                        "pass an account_id you have access to."
                    ) from None
                raise
        raise AssertionError("unreachable")
