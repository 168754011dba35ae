"""The one HTTP layer every provider adapter uses: timeouts, size bounds, safe retries, error translation.

An adapter builds one ``ProviderHTTP`` per provider over the shared ``httpx.AsyncClient`` (connections are
reused through it) and calls ``request_json`` for ordinary calls or ``stream`` for large downloads::

    http = ProviderHTTP("getcatalog", client, settings.base_url, {"x-api-key": key}, settings.timeout_s,
                        key_setting="GETCATALOG_API_KEY")
    body = await http.request_json("GET", f"products/{execution_id}", params={"page": 1})

The retry rule. A request is *retry-safe* when sending it twice does no harm: GET, HEAD, PUT and DELETE are,
POST is not (``retry_safe=`` overrides either way). Retry-safe requests are retried, with exponential backoff
and full jitter, on timeouts, dropped or refused connections, 429 and 500/502/503/504. A request that is not
retry-safe is retried only when the provider surely did not act on it: the connection could not be opened,
or the provider answered 429 or 503 (it refused before processing). A POST that timed out or lost its
connection after it was sent, or that got 500/502/504, is reported plainly and never sent again, so a
submission cannot run (and cost credits) twice. ``Retry-After`` (seconds or an HTTP date) is honoured up to
``RetryPolicy.max_retry_after_s``; a provider that asks for a longer wait is reported at once with that wait.

Every failure leaves as an ``aisle_mcp.errors`` error: 401/403 name the setting to check, 404 is ``NotFound``,
400/422 carry the provider's own message (cleaned, shortened), exhausted retries are ``ProviderUnavailable``,
a reply that is not JSON or is too large is ``ProviderError``. Keys and tokens never appear in a message, a
log line or a repr: any echo of them in a provider's error body is replaced by ``[redacted]``.
"""

from __future__ import annotations

import inspect
import json
import logging
import random
import re
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any, NoReturn, TypeVar

import anyio
import httpx

from aisle_mcp.errors import NotFound, ProviderError, ProviderUnavailable

log = logging.getLogger("aisle_mcp.providers.http")

T = TypeVar("T")

AuthHeaders = Mapping[str, str] | Callable[[], Mapping[str, str] | Awaitable[Mapping[str, str]]]
"""The headers that authenticate a request: fixed, or a function (sync or async) asked before every try."""

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
UNSAFE_RETRY_STATUS = frozenset({429, 503})
SAFE_METHODS = frozenset({"GET", "HEAD", "DELETE", "PUT", "OPTIONS"})
ERROR_BODY_BYTES = 64_000
MESSAGE_CHARS = 300
REDACTED = "[redacted]"


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to retry. ``sleep`` and ``random`` are injectable so tests never wait."""

    attempts: int = 4
    base_delay_s: float = 0.5
    max_delay_s: float = 8.0
    max_retry_after_s: float = 30.0
    budget_s: float = 50.0
    """No new try starts after this long, so one tool call stays inside the client's patience."""
    sleep: Callable[[float], Awaitable[None]] = field(default=anyio.sleep, compare=False)
    random: Callable[[], float] = field(default=random.random, compare=False)
    clock: Callable[[], float] = field(default=time.monotonic, compare=False)

    def backoff(self, retry: int) -> float:
        """Full jitter: a uniform wait between 0 and the exponential ceiling for this retry (0-based)."""
        return self.random() * min(self.max_delay_s, self.base_delay_s * 2**retry)


class _Retryable(Exception):
    """One failed try that may be retried; ``reason`` says what happened, in words an agent can read."""

    def __init__(self, reason: str, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.retry_after = retry_after


class ProviderHTTP:
    """Requests to one provider's API, with its base URL, credentials and limits."""

    def __init__(
        self,
        provider: str,
        client: httpx.AsyncClient,
        base_url: str,
        auth_headers: AuthHeaders,
        timeout_s: float,
        max_bytes: int = 20_000_000,
        retry: RetryPolicy | None = None,
        key_setting: str = "the provider's API key setting",
    ) -> None:
        self.provider = provider
        self.base_url = base_url.rstrip("/") + "/"
        self.timeout_s = timeout_s
        self.max_bytes = max_bytes
        self.retry = retry or RetryPolicy()
        self.key_setting = key_setting
        self._client = client
        self._auth = auth_headers

    def __repr__(self) -> str:
        return f"ProviderHTTP({self.provider!r}, {self.base_url!r})"

    def url(self, path: str) -> str:
        """``path`` under the base URL (an absolute URL, such as a provider's next-page link, is kept)."""
        return path if path.startswith(("http://", "https://")) else self.base_url + path.lstrip("/")

    async def request_json(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        retry_safe: bool | None = None,
    ) -> Any:
        """The provider's JSON answer (``None`` for an empty body), retried per the module's rule."""

        async def attempt(headers: Mapping[str, str], secrets: list[str]) -> Any:
            with anyio.fail_after(self.timeout_s):
                async with self._client.stream(
                    method, self.url(path), params=params, json=json, headers=headers, timeout=self.timeout_s
                ) as response:
                    if response.status_code >= 400:
                        await self._fail(response, method, path, secrets)
                    body = await self._read(response, self.max_bytes)
            return self._decode(body, response.status_code)

        return await self._with_retries(method, path, retry_safe, attempt)

    @asynccontextmanager
    async def stream(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        retry_safe: bool | None = None,
    ) -> AsyncGenerator[httpx.Response]:
        """The open response of a large download, its body not yet read; the caller bounds what it reads.

        Opening it is retried like ``request_json``; a dropped connection or timeout while the caller reads
        becomes ``ProviderUnavailable``. The per-operation timeout applies, not a deadline for the whole body.
        """

        async def attempt(headers: Mapping[str, str], secrets: list[str]) -> httpx.Response:
            request = self._client.build_request(
                method, self.url(path), params=params, json=json, headers=headers, timeout=self.timeout_s
            )
            with anyio.fail_after(self.timeout_s):
                response = await self._client.send(request, stream=True)
            if response.status_code >= 400:
                try:
                    await self._fail(response, method, path, secrets)
                finally:
                    await response.aclose()
            return response

        response = await self._with_retries(method, path, retry_safe, attempt)
        try:
            yield response
        except (httpx.TimeoutException, httpx.TransportError) as exc:
            raise ProviderUnavailable(
                f"{self.provider} stopped sending the download ({_transport_reason(exc, self.timeout_s)}); "
                "try again in a minute"
            ) from None
        finally:
            await response.aclose()

    # The retry loop -------------------------------------------------------------------------------------

    async def _with_retries(
        self,
        method: str,
        path: str,
        retry_safe: bool | None,
        attempt: Callable[[Mapping[str, str], list[str]], Awaitable[T]],
    ) -> T:
        method = method.upper()
        safe = method in SAFE_METHODS if retry_safe is None else retry_safe
        policy = self.retry
        started = policy.clock()
        tries = 0
        while True:
            tries += 1
            headers = await self._headers()
            secrets = _secrets_of(headers)
            try:
                try:
                    return await attempt(headers, secrets)
                except (TimeoutError, httpx.TimeoutException) as exc:
                    sent = not isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout)
                    raise self._transport_failure(exc, safe, sent, method) from None
                except httpx.TransportError as exc:
                    sent = not isinstance(exc, httpx.ConnectError)
                    raise self._transport_failure(exc, safe, sent, method) from None
            except _Retryable as failure:
                delay = failure.retry_after if failure.retry_after is not None else policy.backoff(tries - 1)
                status = f"HTTP {failure.status}" if failure.status else failure.reason
                if not safe and failure.status is not None and failure.status not in UNSAFE_RETRY_STATUS:
                    raise ProviderUnavailable(
                        f"{self.provider} failed ({status}) while handling the {method} request; it was not sent "
                        f"again because {self.provider} may already have acted on it. Check before retrying, or try "
                        "again in a minute",
                        status=failure.status,
                    ) from None
                if failure.retry_after is not None and failure.retry_after > policy.max_retry_after_s:
                    raise ProviderUnavailable(
                        f"{self.provider} is busy ({status}) and asked to wait {failure.retry_after:.0f} s; "
                        f"try again in {_minutes(failure.retry_after)}",
                        status=failure.status,
                    ) from None
                out_of_time = policy.clock() - started + delay > policy.budget_s
                if tries >= policy.attempts or out_of_time:
                    raise ProviderUnavailable(
                        f"{self.provider} did not answer after {tries} {'try' if tries == 1 else 'tries'} "
                        f"({status}); try again in a minute",
                        status=failure.status,
                    ) from None
                log.warning("%s %s %s: %s; retry %d in %.2f s", self.provider, method, path, status, tries, delay)
                await policy.sleep(delay)

    def _transport_failure(self, exc: Exception, safe: bool, sent: bool, method: str) -> Exception:
        reason = _transport_reason(exc, self.timeout_s)
        if safe or not sent:
            return _Retryable(reason)
        return ProviderUnavailable(
            f"{self.provider} did not confirm the {method} request ({reason}); it was not sent again because "
            f"{self.provider} may already have acted on it. Check before retrying, or try again in a minute"
        )

    async def _headers(self) -> Mapping[str, str]:
        if not callable(self._auth):
            return self._auth
        headers = self._auth()
        if inspect.isawaitable(headers):
            headers = await headers
        return headers

    # Responses ------------------------------------------------------------------------------------------

    async def _read(self, response: httpx.Response, limit: int) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            self._too_large(limit)
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                self._too_large(limit)
            chunks.append(chunk)
        return b"".join(chunks)

    def _too_large(self, limit: int) -> NoReturn:
        raise ProviderError(
            f"{self.provider} sent more than {limit:,} bytes for one answer; ask for a smaller page or fewer items"
        )

    def _decode(self, body: bytes, status: int) -> Any:
        if not body.strip():
            return None
        try:
            return json.loads(body)
        except (ValueError, UnicodeDecodeError):
            raise ProviderError(
                f"{self.provider} sent a reply that is not valid JSON (HTTP {status}); try again later"
            ) from None

    async def _fail(self, response: httpx.Response, method: str, path: str, secrets: list[str]) -> NoReturn:
        """Turn an error status into the error the agent can act on (or a retryable failure)."""
        status = response.status_code
        try:
            body = await self._read(response, ERROR_BODY_BYTES)
        except (ProviderError, httpx.TransportError):
            body = b""
        detail = provider_message(body, secrets)
        said = f": {detail}" if detail else ""
        if status in RETRY_STATUS:
            raise _Retryable(f"HTTP {status}", status, retry_after(response.headers.get("retry-after")))
        if status in (401, 403):
            raise ProviderError(
                f"{self.provider} refused the API key (HTTP {status}): check {self.key_setting}"
                + (f" ({self.provider} said{said})" if detail else ""),
                status=status,
            )
        if status == 404:
            raise NotFound(f"{self.provider} has no {path.split('?')[0]!r} (HTTP 404){said}", status=status)
        if status in (400, 422):
            raise ProviderError(f"{self.provider} rejected the request (HTTP {status}){said}", status=status)
        if status >= 500:
            raise ProviderUnavailable(
                f"{self.provider} failed (HTTP {status}){said}; try again in a minute", status=status
            )
        raise ProviderError(f"{self.provider} refused {method} (HTTP {status}){said}", status=status)


def _transport_reason(exc: Exception, timeout_s: float) -> str:
    if isinstance(exc, TimeoutError | httpx.TimeoutException):
        return f"no answer within {timeout_s:g} s"
    if isinstance(exc, httpx.ConnectError):
        return "could not connect"
    return "the connection dropped"


def _minutes(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds < 90 else f"{seconds / 60:.0f} minutes"


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta seconds or an HTTP date); ``None`` if absent/bad."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def _secrets_of(headers: Mapping[str, str]) -> list[str]:
    """Every credential in the headers, with and without its scheme ("Bearer abc" and "abc")."""
    found: list[str] = []
    for value in headers.values():
        value = value.strip()
        if not value:
            continue
        found.append(value)
        scheme, _, token = value.partition(" ")
        if token.strip() and scheme.isalpha():
            found.append(token.strip())
    return sorted(set(found), key=len, reverse=True)


def redact(text: str, secrets: Sequence[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    return text


_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def provider_message(body: bytes, secrets: Sequence[str]) -> str:
    """The provider's own words about an error: cleaned of control characters and keys, and shortened."""
    text = body.decode("utf-8", errors="replace")
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if data is not None:
        text = _message_in(data) or ""
    elif "<html" in text[:500].lower():
        text = ""  # an HTML error page says nothing an agent can use
    return clean_message(text, secrets)


def clean_message(text: str, secrets: Sequence[str] = ()) -> str:
    """Provider text made safe to show: keys redacted, control characters and runs of space collapsed, shortened."""
    text = " ".join(_CONTROL.sub(" ", redact(text, secrets)).split())
    return text if len(text) <= MESSAGE_CHARS else text[: MESSAGE_CHARS - 1].rstrip() + "…"


def _message_in(data: Any) -> str | None:
    if isinstance(data, str):
        return data
    if isinstance(data, list):
        parts = [m for m in (_message_in(item) for item in data[:5]) if m]  # pyright: ignore[reportUnknownVariableType]
        return "; ".join(parts) or None
    if not isinstance(data, dict):
        return None
    fields: dict[str, Any] = data  # pyright: ignore[reportUnknownVariableType]
    parts: list[str] = []
    for key in ("message", "error", "detail", "error_description", "title"):
        found = _message_in(fields.get(key))
        if found and found not in parts:
            parts.append(found)
    errors = fields.get("errors")
    if isinstance(errors, dict):  # Laravel-style {"field": ["problem", ...]}
        for name, problems in list(errors.items())[:5]:  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]
            parts.append(f"{name}: {_message_in(problems) or problems}")
    elif errors is not None:
        found = _message_in(errors)
        if found:
            parts.append(found)
    return "; ".join(parts) or None
