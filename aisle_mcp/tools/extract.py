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
from aisle_mcp.providers.base import ExtractionCounts, ExtractionProgress, JobCounts, JobState
from aisle_mcp.providers.local.jobs import Job, LastKnown
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
        "dropped), given when it differs from url, the page's own address (after a redirect, or the shop's "
        "canonical link).",
    )


class JobStatus(BaseModel):
    job_id: str
    status: JobState
    provider: str
    progress: JobProgress
    error: str | None = None
    next_step: str | None = None


class ExtractStatus(JobStatus):
    products: list[ExtractedProduct] = Field(default_factory=list[ExtractedProduct])
    failures: list[UrlFailureOut] | None = None
    next_cursor: str | None = None


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
    urls: Annotated[list[str], Field(min_length=1, max_length=1000, description="Product page URLs (http/https).")],
    provider: Annotated[ExtractProvider | None, Field(description="Who reads the pages; default: configured.")] = None,
    wait_seconds: Annotated[float, Field(ge=0, le=45, description="Seconds to wait for the products.")] = 10,
    fields: Annotated[list[ExtraField] | None, Field(description="Extra summary fields.")] = None,
) -> Annotated[CallToolResult, ExtractStatus]:
    """Read product pages (title, price, availability, brand, images, variants…) from URLs.

    Starts a job and waits up to `wait_seconds`; the answer has the `job_id`, and the products if ready. Then call
    get_extract_status with it until status is completed, failed or cancelled.
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
    cursor: Annotated[str | None, Field(description="The last next_cursor.")] = None,
    limit: Annotated[int, Field(ge=1, le=50, description="Products per page.")] = 20,
    wait_seconds: Annotated[float, Field(ge=0, le=45, description="Seconds to wait for the job to finish first.")] = 0,
    fields: Annotated[list[ExtraField] | None, Field(description="Extra summary fields.")] = None,
) -> Annotated[CallToolResult, ExtractStatus]:
    """An extraction job's status, progress, per-URL failures and a page of its products (partial while it runs).

    With `next_cursor`, call again with it for more; while pending or running, call again (with `wait_seconds`).
    """
    shop = shop_of(ctx)
    job = await _job(ctx, shop, job_id)
    return answer(await _status(ctx, shop, job, cursor, limit, fields or (), wait_seconds))


async def cancel_extract(
    ctx: Context[Shop],
    job_id: Annotated[str, Field(min_length=1, max_length=100, description="The job to stop.")],
) -> Annotated[CallToolResult, JobStatus]:
    """Stop an extraction job; the answer is its status. Pages read stay: call get_extract_status for them."""
    shop = shop_of(ctx)
    job = await _job(ctx, shop, job_id)
    extraction = shop.extraction.get(job.provider)
    if extraction is None:
        raise NotFound(f"Job {job_id} ran on provider '{job.provider}', which is not configured now.")
    before = await extraction.progress(job.ref, 0, 1)
    if not before.state.finished:
        await extraction.cancel(job.ref)
    status = await _status(ctx, shop, job, None, 1, (), 0)
    steps: list[str] = []
    if before.state.finished:
        steps.append(f"The job had already {before.state.value}; there was nothing to stop.")
    if found := status.progress.products_found:
        steps.append(f"Call get_extract_status with job_id={job.id} for the {found} product{'s' * (found != 1)} read.")
    elif not status.status.finished and status.next_step:
        steps.append(status.next_step)
    stopped = JobStatus.model_validate(status.model_dump(include=set(JobStatus.model_fields)))
    stopped.next_step = " ".join(steps) or None
    return answer(stopped)


class JobListing(BaseModel):
    job_id: str
    provider: str
    status: JobState | None = None
    progress: JobProgress | None = None
    status_checked_at: datetime | None = Field(
        default=None,
        description="Set when status and progress are those last read from the provider (at this time), not now: "
        "call get_extract_status for where the job stands now.",
    )
    created_at: datetime


class JobList(BaseModel):
    jobs: list[JobListing]
    total: int
    next_cursor: str | None = None


async def list_extract_jobs(
    ctx: Context[Shop],
    limit: Annotated[int, Field(ge=1, le=100, description="Jobs per page.")] = 20,
    cursor: Annotated[str | None, Field(description="The last next_cursor.")] = None,
) -> Annotated[CallToolResult, JobList]:
    """Your extraction jobs, newest first, with status and progress (a remote job's as last read). Call
    get_extract_status with a job_id for its products."""
    shop = shop_of(ctx)
    owner = owner_of(ctx)
    scope, offset = start_offset(shop, cursor, "list_extract_jobs", {"owner": owner})
    jobs, total = await anyio.to_thread.run_sync(shop.jobs.list, owner, offset, limit)
    now = await _counts_now(shop, jobs)
    read = await anyio.to_thread.run_sync(shop.jobs.last_known, [j.id for j in jobs if j.id not in now])
    more = offset + len(jobs) < total
    return answer(
        JobList(
            jobs=[_listing(job, now.get(job.id), read.get(job.id)) for job in jobs],
            total=total,
            next_cursor=shop.cursors.encode(scope, offset + len(jobs)) if more else None,
        )
    )


async def _counts_now(shop: Shop, jobs: list[Job]) -> dict[str, JobCounts]:
    """The counts of the jobs whose provider tells them without a request per job (the local engine), by job id."""
    now: dict[str, JobCounts] = {}
    for name in {job.provider for job in jobs}:
        extraction = shop.extraction.get(name)
        if isinstance(extraction, ExtractionCounts):
            mine = [job for job in jobs if job.provider == name]
            counts = await extraction.counts([job.ref for job in mine])
            now.update({job.id: counts[job.ref] for job in mine if job.ref in counts})
    return now


def _listing(job: Job, now: JobCounts | None, read: LastKnown | None) -> JobListing:
    counts = now or (read.counts if read else None)
    listing = JobListing(job_id=job.id, provider=job.provider, created_at=job.created_at)
    if counts is None:
        return listing  # never read (a job from before statuses were kept): get_extract_status tells
    listing.status = counts.state
    listing.progress = JobProgress(
        total_urls=counts.total_urls,
        urls_done=counts.urls_done,
        products_found=counts.products_found,
        urls_failed=counts.urls_failed,
    )
    if now is None and read is not None and not counts.state.finished:
        listing.status_checked_at = read.checked_at  # a finished job's last status is its status now
    return listing


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
    if not isinstance(extraction, ExtractionCounts):  # kept for list_extract_jobs, which asks no provider
        await anyio.to_thread.run_sync(shop.jobs.record, job.id, JobCounts.of(progress))
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
    summaries: list[ExtractedProduct] = []
    for product, page in zip(progress.products, pages, strict=True):
        summary = summarize(product, fields).model_dump(exclude_unset=True)
        # Said only when it tells something: most pages are read at the address they were asked for.
        summaries.append(ExtractedProduct(**summary, requested_url=page if page != product.url else None))
    taken = fit(summaries, shop.max_result_bytes)
    places = progress.places or list(range(len(summaries)))
    read = len(summaries) if progress.results_read is None else progress.results_read
    after = offset + (places[taken] if taken < len(summaries) else read)
    more = after < progress.products_total
    next_cursor = shop.cursors.encode(scope, after) if more else None
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
