"""getcatalog.ai extraction jobs over HTTP: submit URLs, read progress and pages of products, cancel.

The API pages a job's result entries (``page``/``limit``); entries that failed (``success: false``) sit
among the products. Aisle's offsets count products only, so when a job has failures the pages are read from
the first one until the wanted products are found (a job holds at most 1,000 URLs, so at most a few pages).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import suppress
from typing import Any
from urllib.parse import quote

from pydantic import SecretStr

from aisle_mcp.errors import InvalidArgument, NotFound, ProviderError
from aisle_mcp.products import Product
from aisle_mcp.providers.base import ExtractionProgress, JobState, UrlFailure
from aisle_mcp.providers.fields import RecordError, items, mapping, text
from aisle_mcp.providers.getcatalog.records import parse_result
from aisle_mcp.providers.http import ProviderHTTP, clean_message

NAME = "getcatalog"
KEY_SETTING = "GETCATALOG_API_KEY"
MAX_URLS = 1000
PAGE_SIZE = 50
STATES = {
    "pending": JobState.pending,
    "queued": JobState.pending,
    "running": JobState.running,
    "processing": JobState.running,
    "completed": JobState.completed,
    "failed": JobState.failed,
    "cancelled": JobState.cancelled,
    "canceled": JobState.cancelled,
    "aborted": JobState.cancelled,
}


def auth_headers(api_key: SecretStr) -> Callable[[], dict[str, str]]:
    """The header getcatalog expects its key in, read from the secret at each request."""
    return lambda: {"x-api-key": api_key.get_secret_value()}


class GetCatalogExtraction:
    """``ProductExtraction`` on getcatalog.ai; ``ref`` is its execution id (``products-batch-{uuid}``)."""

    name = NAME

    def __init__(self, http: ProviderHTTP) -> None:
        self.http = http
        self._cancelled: set[str] = set()
        self._submitted: dict[str, int] = {}

    def __repr__(self) -> str:
        return f"GetCatalogExtraction({self.http.base_url!r})"

    async def submit(self, urls: list[str], owner: str | None = None) -> str:
        # getcatalog keeps nothing of ours: the tools remember its answers for their owner.
        if not 1 <= len(urls) <= MAX_URLS:
            raise InvalidArgument(f"getcatalog takes 1 to {MAX_URLS:,} URLs in one job; split the list.")
        body = mapping(await self.http.request_json("POST", "products", json={"urls": urls}))
        ref = text(body.get("execution_id")) or text(body.get("executionId")) or text(body.get("id"))
        if ref is None:
            raise ProviderError("getcatalog accepted the URLs but returned no execution id; try again later")
        self._submitted[ref] = len(urls)
        return ref

    async def progress(self, ref: str, offset: int, limit: int) -> ExtractionProgress:
        first = await self._page(ref, 1 if offset < PAGE_SIZE else offset // PAGE_SIZE + 1)
        if first is None:
            return self._gone(ref)
        state = self._state(ref, first)
        counts = mapping(first.get("progress"))
        meta = mapping(mapping(first.get("results")).get("meta"))
        failures_total = _count(meta.get("total_failed"))
        products_total = _count(meta.get("total_successful"), counts.get("products_processed"))
        if failures_total and offset >= PAGE_SIZE:
            # Failures shift products between pages: count products from the first page on.
            first = await self._page(ref, 1) or first
        products, failures = await self._collect(ref, first, offset, limit, walk=failures_total > 0)
        return ExtractionProgress(
            state=state,
            total_urls=_count(counts.get("total_urls"), meta.get("total_requested"), self._submitted.get(ref)),
            urls_done=_count(counts.get("urls_completed")),
            products=[product for product, _ in products],
            products_total=products_total,
            failures=failures,
            failures_total=max(failures_total, len(failures)),
            error=_error_text(first.get("error")),
            pages=[page for _, page in products],
        )

    async def cancel(self, ref: str) -> None:
        with suppress(NotFound):  # already gone: nothing left to stop
            await self.http.request_json("DELETE", f"products/{quote(ref, safe='')}")
        self._cancelled.add(ref)

    # Pages ----------------------------------------------------------------------------------------------

    async def _page(self, ref: str, page: int) -> Mapping[str, Any] | None:
        """One page of the job, or ``None`` when getcatalog no longer knows it after we cancelled it."""
        try:
            body = await self.http.request_json(
                "GET", f"products/{quote(ref, safe='')}", params={"page": page, "limit": PAGE_SIZE}
            )
        except NotFound:
            if ref in self._cancelled:
                return None
            raise NotFound(
                f"getcatalog has no extraction {ref!r} (it may have expired). "
                "Start a new one with extract_product_urls."
            ) from None
        if not isinstance(body, dict):
            raise ProviderError("getcatalog sent a job status that is not a JSON object; try again later")
        return body  # pyright: ignore[reportUnknownVariableType]

    async def _collect(
        self, ref: str, first: Mapping[str, Any], offset: int, limit: int, *, walk: bool
    ) -> tuple[list[tuple[Product, str | None]], list[UrlFailure]]:
        """Products ``offset`` to ``offset + limit`` of the job with the URL each was read from, and the failed
        URLs seen on the way."""
        page_number = _count(mapping(first.get("pagination")).get("page")) or 1
        position = 0 if walk else (page_number - 1) * PAGE_SIZE
        body: Mapping[str, Any] | None = first
        products: list[tuple[Product, str | None]] = []
        failures: list[UrlFailure] = []
        while body is not None:
            entries = items(mapping(body.get("results")).get("products"))
            for entry in entries:
                try:
                    product = parse_result(entry)
                except RecordError as exc:
                    failures.append(UrlFailure(_url(entry), f"getcatalog's record could not be read ({exc})"))
                    position += 1
                    continue
                if product is None:
                    failures.append(UrlFailure(_url(entry), _error_text(entry.get("error")) or "not extracted"))
                    continue
                if offset <= position < offset + limit:
                    products.append((product, text(entry.get("url"))))
                position += 1
            pagination = mapping(body.get("pagination"))
            if position >= offset + limit or not entries or pagination.get("has_next") is not True:
                break
            page_number += 1
            body = await self._page(ref, page_number)
        return products, failures

    def _state(self, ref: str, body: Mapping[str, Any]) -> JobState:
        reported = str(body.get("status") or "").strip().lower()
        state = STATES.get(reported, JobState.running)
        if ref in self._cancelled and state is not JobState.completed:
            return JobState.cancelled  # getcatalog reports an aborted job as failed
        return state

    def _gone(self, ref: str) -> ExtractionProgress:
        total = self._submitted.get(ref, 0)
        return ExtractionProgress(
            state=JobState.cancelled, total_urls=total, urls_done=0, products=[], products_total=0
        )


def _count(*values: object) -> int:
    """The first value that is a non-negative whole number, else 0."""
    for value in values:
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
        if isinstance(value, float) and value.is_integer() and value >= 0:
            return int(value)
    return 0


def _url(entry: Mapping[str, Any]) -> str:
    return text(entry.get("url"), 2048) or "(no url)"


def _error_text(error: object) -> str | None:
    """A provider error (text or ``{message, code}``) as a short, clean sentence."""
    if error is None or error is False:
        return None
    if isinstance(error, str):
        raw = error
    else:
        details = mapping(error)
        raw = str(details.get("message") or details.get("error") or details.get("code") or "") if details else ""
    return clean_message(raw) or None
