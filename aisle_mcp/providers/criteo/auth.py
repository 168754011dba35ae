"""Criteo's OAuth2 client-credentials token: fetched once, reused until shortly before it expires.

``ProviderHTTP`` asks ``headers()`` before every try, so a token that went bad (401) is dropped with
``invalidate()`` and the next try fetches a fresh one. The client secret and the token live in ``SecretStr``
and are never logged, repr'd or put in an error message.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import anyio
import httpx
from pydantic import SecretStr

from aisle_mcp.errors import ProviderError, ProviderNotConfigured, ProviderUnavailable
from aisle_mcp.providers.fields import mapping
from aisle_mcp.providers.http import RETRY_STATUS, RetryPolicy, retry_after

if TYPE_CHECKING:  # settings belong to the server; only their shape is needed here
    from aisle_mcp.server.settings import CriteoSettings

log = logging.getLogger("aisle_mcp.providers.criteo")

CREDENTIALS = "CRITEO_CLIENT_ID and CRITEO_CLIENT_SECRET"
# Refresh this long before the token's own expiry, so a token never runs out between asking and using it.
_MARGIN_S = 60.0
_DEFAULT_TTL_S = 900.0


@dataclass(frozen=True)
class _Token:
    value: SecretStr
    expires_at: float


class TokenSource:
    """Client-credentials tokens for one Criteo app, shared by every request of the adapter."""

    def __init__(
        self,
        settings: CriteoSettings,
        client: httpx.AsyncClient,
        retry: RetryPolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not settings.client_id or settings.client_secret is None:
            raise ProviderNotConfigured(f"criteo needs {CREDENTIALS} in the server's environment.")
        self._client_id = settings.client_id
        self._secret: SecretStr = settings.client_secret
        self._url = settings.token_url
        self._timeout_s = settings.timeout_s
        self._client = client
        self._retry = retry or RetryPolicy()
        self._clock = clock
        self._token: _Token | None = None
        self._lock = anyio.Lock()
        self.fetched = 0
        """How many tokens were fetched (tests check the cache works)."""

    def __repr__(self) -> str:
        return f"TokenSource({self._url!r}, client_id=…, token={'set' if self._token else 'unset'})"

    async def headers(self) -> dict[str, str]:
        """The ``Authorization`` header, with a token that is valid for at least another minute."""
        token = await self._current()
        return {"Authorization": f"Bearer {token.value.get_secret_value()}"}

    def invalidate(self) -> None:
        """Forget the token (Criteo answered 401): the next request fetches a new one."""
        self._token = None

    async def _current(self) -> _Token:
        async with self._lock:
            token = self._token
            if token is None or self._clock() >= token.expires_at:
                token = self._token = await self._fetch()
            return token

    async def _fetch(self) -> _Token:
        policy = self._retry
        form = {
            "grant_type": "client_credentials",
            "client_id": self._client_id,
            "client_secret": self._secret.get_secret_value(),
        }
        for attempt in range(1, policy.attempts + 1):
            wait: float | None
            try:
                response = await self._client.post(
                    self._url, data=form, headers={"Accept": "application/json"}, timeout=self._timeout_s
                )
            except httpx.TransportError as exc:  # timeouts included
                reason, wait = type(exc).__name__, None
            else:
                if response.status_code < 400:
                    return self._token_of(response)
                if response.status_code not in RETRY_STATUS:
                    raise ProviderError(
                        f"criteo refused the client credentials (HTTP {response.status_code}): check {CREDENTIALS}"
                    )
                reason, wait = f"HTTP {response.status_code}", retry_after(response.headers.get("retry-after"))
            if attempt == policy.attempts or (wait is not None and wait > policy.max_retry_after_s):
                break
            delay = wait if wait is not None else policy.backoff(attempt - 1)
            log.warning("criteo token endpoint: %s; retry %d in %.2f s", reason, attempt, delay)
            await policy.sleep(delay)
        raise ProviderUnavailable("criteo's sign-in (token endpoint) did not answer; try again in a minute")

    def _token_of(self, response: httpx.Response) -> _Token:
        try:
            data = mapping(response.json())
        except ValueError:
            data = mapping(None)
        value = data.get("access_token")
        if not isinstance(value, str) or not value:
            raise ProviderError("criteo's token endpoint answered without an access token; try again later")
        ttl = data.get("expires_in")
        lifetime = float(ttl) if isinstance(ttl, int | float) and ttl > 0 else _DEFAULT_TTL_S
        self.fetched += 1
        return _Token(SecretStr(value), self._clock() + max(lifetime - _MARGIN_S, lifetime / 2))
