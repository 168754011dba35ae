"""extract_product_urls, get_extract_status, cancel_extract, list_extract_jobs: reading product pages."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from urllib.parse import urlsplit, urlunsplit

import anyio
from mcp.server.mcpserver import Context
from mcp.types import CallToolResult, ToolAnnotations
from pydantic import BaseModel, Field

from aisle_mcp.errors import InvalidArgument, NotFound
from aisle_mcp.products.summary import ExtraField, ProductSummary, fit, summarize
from aisle_mcp.providers.base import ExtractionProgress, JobState
from aisle_mcp.providers.local.jobs import Job
from aisle_mcp.tools.shop import ExtractProvider, Shop, answer, owner_of, shop_of, start_offset

SUBMIT = ToolAnnotations(title="Extract product pages", read_only_hint=False, open_world_hint=True)
STATUS = ToolAnnotations(title="Extraction status", read_only_hint=True, open_world_hint=False)
CANCEL = ToolAnnotations(title="Cancel extraction", read_only_hint=False, destructive_hint=False, idempotent_hint=True)
LIST = ToolAnnotations(title="List extraction jobs", read_only_hint=True, open_world_hint=False)
MAX_URL_CHARS = 2048
POLL_SECONDS = {"local": 0.25}
"""How often a waiting call looks at its job; remote providers are asked less often (each look is a request)."""
REMOTE_POLL_SECONDS = 2.0
SHOWN_FAILURES = 20


class UrlFailureOut(BaseModel):
    url: str
    reason: str


class JobProgress(BaseModel):
    total_urls: int
    urls_done: int
    products_found: int
    urls_failed: int


class ExtractedProduct(ProductSummary):
    requested_url: str | None = Field(
        default=None,
        description="The URL you sent that this product was read from (scheme and host lower-cased, #fragment "
        "dropped); url is the page's own address, which can differ (a redirect, the shop's canonical link).",
    )


class ExtractStatus(BaseModel):
    job_id: str
    status: JobState
    provider: str
    progress: JobProgress
    products: list[ExtractedProduct] = Field(default_factory=list[ExtractedProduct])
    failures: list[UrlFailureOut] | None = None
    next_cursor: str | None = None
    error: str | None = None
    next_step: str | None = None


def check_urls(urls: list[str]) -> list[str]:
    """The URLs, trimmed and normalized; an ``InvalidArgument`` naming every URL that cannot be extracted and why.

    Scheme and host are lower-cased and the #fragment dropped (it never reaches the shop), so the same page
    written twice is caught as a duplicate instead of being read twice under two product ids.
    """
    cleaned: list[str] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(urls):
        url = raw.strip()
        shown = repr(url[:80])
        parts = urlsplit(url)
        try:
            port = parts.port
        except ValueError:
            port = -1
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            problems.append(f"urls[{index}] {shown} is not an http(s) URL")
        elif len(url) > MAX_URL_CHARS:
            problems.append(f"urls[{index}] is longer than {MAX_URL_CHARS} characters")
        elif any(ch.isspace() for ch in url):
            problems.append(f"urls[{index}] {shown} has spaces in it (write them as %20)")
        elif port == -1 or port == 0:
            problems.append(f"urls[{index}] {shown} has a port outside 1-65535")
        elif parts.username is not None or parts.password is not None:
            problems.append(f"urls[{index}] {shown} carries a user name or password; send the public page URL")
        else:
            host = parts.netloc.lower()
            url = urlunsplit((parts.scheme.lower(), host, parts.path or "/", parts.query, ""))
            if url in seen:
                problems.append(f"urls[{index}] {shown} is a duplicate of urls[{seen[url]}]")
            else:
                seen[url] = index
        cleaned.append(url)
    if problems:
        listed = "; ".join(problems[:10]) + (f"; and {len(problems) - 10} more" if len(problems) > 10 else "")
        raise InvalidArgument(f"{listed}. Send each product page once, as a full http:// or https:// URL.")
    return cleaned


async def extract_product_urls(
    ctx: Context[Shop],
    urls: Annotated[
        list[str], Field(min_length=1, max_length=1000, description="Product page URLs (http/https), 1 to 1,000.")
    ],
    provider: Annotated[ExtractProvider | None, Field(description="Who reads the pages; default: configured.")] = None,
    wait_seconds: Annotated[
        float, Field(ge=0, le=45, description="How long to wait for results before returning the job id.")
    ] = 10,
    fields: Annotated[list[ExtraField] | None, Field(description="Fields to add to each summary.")] = None,
) -> Annotated[CallToolResult, ExtractStatus]:
    """Read product pages (title, price, availability, brand, images, variants…) from their URLs.

    Use this when the shopper gives product links or you found product pages. It starts a job and waits up to
    `wait_seconds` for it; the answer holds the `job_id`, and the products if they were ready. Then call
    get_extract_status with the job_id until status is completed, failed or cancelled.
    """
    shop = shop_of(ctx)
    cleaned = check_urls(urls)
    name, extraction = shop.pick(shop.extraction, provider, "page extraction")
    owner = owner_of(ctx)
    ref = await extraction.submit(cleaned, shop.extracted_owner(owner))
    job = await anyio.to_thread.run_sync(shop.jobs.create, name, ref, owner, len(cleaned))
    return answer(await _status(ctx, shop, job, None, 20, fields or (), wait_seconds))


async def get_extract_status(
    ctx: Context[Shop],
    job_id: Annotated[str, Field(min_length=1, max_length=100, description="The job_id extract_product_urls gave.")],
    cursor: Annotated[str | None, Field(description="next_cursor from the previous page of this job.")] = None,
    limit: Annotated[int, Field(ge=1, le=50, description="Products per page.")] = 20,
    wait_seconds: Annotated[
        float, Field(ge=0, le=45, description="Wait up to this long for the job to finish first.")
    ] = 0,
    fields: Annotated[list[ExtraField] | None, Field(description="Fields to add to each summary.")] = None,
) -> Annotated[CallToolResult, ExtractStatus]:
    """Status, progress, per-URL failures and a page of extracted products for an extraction job.

    Partial results arrive while the job runs. When `next_cursor` is set, call again with it for more products;
    while status is pending or running, call again later (or with `wait_seconds`) for the rest.
    """
    shop = shop_of(ctx)
    job = await _job(ctx, shop, job_id)
    return answer(await _status(ctx, shop, job, cursor, limit, fields or (), wait_seconds))


async def cancel_extract(
    ctx: Context[Shop],
    job_id: Annotated[str, Field(min_length=1, max_length=100, description="The job to stop.")],
) -> Annotated[CallToolResult, ExtractStatus]:
    """Stop an extraction job. Pages already read stay available: call get_extract_status for them."""
    shop = shop_of(ctx)
    job = await _job(ctx, shop, job_id)
    extraction = shop.extraction.get(job.provider)
    if extraction is None:
        raise NotFound(f"Job {job_id} ran on provider '{job.provider}', which is not configured now.")
    before = await extraction.progress(job.ref, 0, 1)
    if not before.state.finished:
        await extraction.cancel(job.ref)
    status = await _status(ctx, shop, job, None, 20, (), 0)
    if before.state.finished:
        status.next_step = " ".join(
            filter(None, [f"The job had already {before.state.value}; there was nothing to stop.", status.next_step])
        )
    return answer(status)


class JobListing(BaseModel):
    job_id: str
    provider: str
    total_urls: int
    created_at: datetime


class JobList(BaseModel):
    jobs: list[JobListing]
    total: int
    next_cursor: str | None = None


async def list_extract_jobs(
    ctx: Context[Shop],
    limit: Annotated[int, Field(ge=1, le=100, description="Jobs per page, newest first.")] = 20,
    cursor: Annotated[str | None, Field(description="next_cursor from the previous page.")] = None,
) -> Annotated[CallToolResult, JobList]:
    """List your extraction jobs, newest first. Call get_extract_status with a job_id for its results."""
    shop = shop_of(ctx)
    owner = owner_of(ctx)
    scope, offset = start_offset(shop, cursor, "list_extract_jobs", {"owner": owner})
    jobs, total = await anyio.to_thread.run_sync(shop.jobs.list, owner, offset, limit)
    more = offset + len(jobs) < total
    return answer(
        JobList(
            jobs=[
                JobListing(job_id=j.id, provider=j.provider, total_urls=j.total_urls, created_at=j.created_at)
                for j in jobs
            ],
            total=total,
            next_cursor=shop.cursors.encode(scope, offset + len(jobs)) if more else None,
        )
    )


async def _job(ctx: Context[Shop], shop: Shop, job_id: str) -> Job:
    job = await anyio.to_thread.run_sync(shop.jobs.get, job_id.strip(), owner_of(ctx))
    if job is None:
        hint = ""
        if not job_id.strip().startswith("job_"):
            hint = " Job ids start with 'job_'"
            hint += f"; {job_id.strip()!r} looks like a product id, which get_product takes." if ":" in job_id else "."
        raise NotFound(
            f"No extraction job {job_id!r}.{hint} Use the job_id that extract_product_urls returned, "
            "or call list_extract_jobs to see your jobs."
        )
    return job


async def _status(
    ctx: Context[Shop],
    shop: Shop,
    job: Job,
    cursor: str | None,
    limit: int,
    fields: tuple[ExtraField, ...] | list[ExtraField],
    wait_seconds: float,
) -> ExtractStatus:
    extraction = shop.extraction.get(job.provider)
    if extraction is None:
        raise NotFound(f"Job {job.id} ran on provider '{job.provider}', which is not configured now.")
    scope, offset = start_offset(shop, cursor, "get_extract_status", {"job": job.id})
    progress = await extraction.progress(job.ref, offset, limit)
    with anyio.move_on_after(wait_seconds):
        while not progress.state.finished:
            await ctx.report_progress(progress.urls_done, progress.total_urls, f"{progress.state.value}: pages read")
            await anyio.sleep(POLL_SECONDS.get(job.provider, REMOTE_POLL_SECONDS))
            progress = await extraction.progress(job.ref, offset, limit)
    await shop.remember(job.provider, progress.products, shop.extracted_owner(job.owner))
    return _shape(shop, job, progress, scope, offset, fields)


def _shape(
    shop: Shop,
    job: Job,
    progress: ExtractionProgress,
    scope: str,
    offset: int,
    fields: tuple[ExtraField, ...] | list[ExtraField],
) -> ExtractStatus:
    pages = progress.pages if len(progress.pages) == len(progress.products) else [None] * len(progress.products)
    summaries = [
        ExtractedProduct(**summarize(product, fields).model_dump(exclude_unset=True), requested_url=page)
        for product, page in zip(progress.products, pages, strict=True)
    ]
    taken = fit(summaries, shop.max_result_bytes)
    more = offset + taken < progress.products_total
    next_cursor = shop.cursors.encode(scope, offset + taken) if more else None
    if next_cursor:
        step = f"Call get_extract_status with job_id={job.id} and cursor=next_cursor for more products."
    elif not progress.state.finished:
        step = f"The job is {progress.state.value}: call get_extract_status with job_id={job.id} again shortly."
    else:
        step = None
    shown = min(len(progress.failures), SHOWN_FAILURES)
    if progress.failures_total > shown:
        unlisted = (
            f"failures lists {shown} of the {progress.failures_total} URLs that failed; the products' "
            "requested_url and those listed tell which of yours are left, to extract again in a smaller job."
        )
        step = f"{step} {unlisted}" if step else unlisted
    return ExtractStatus(
        job_id=job.id,
        status=progress.state,
        provider=job.provider,
        progress=JobProgress(
            total_urls=progress.total_urls,
            urls_done=progress.urls_done,
            products_found=progress.products_total,
            urls_failed=progress.failures_total,
        ),
        products=summaries[:taken],
        failures=[UrlFailureOut(url=f.url, reason=f.reason) for f in progress.failures[:SHOWN_FAILURES]] or None,
        next_cursor=next_cursor,
        error=progress.error,
        next_step=step,
    )
