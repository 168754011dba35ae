"""The built-in extraction engine: a durable queue of URLs, fetched and read in the background.

Every URL of a run is a row; a row is finished exactly once (its state moves from ``pending`` only once),
so a run interrupted by a crash resumes where it stopped and reports every URL exactly once.
Extracted products land in the local catalog, where search finds them: a run's products belong to the owner it
was started for (see ``owners``), or to the shared catalog when the operator shares extracted products.

Several servers may share one data directory (replicas, ``--workers``): each run is worked by one of them at a
time, the one holding its claim. A claim is a lease renewed while the run is worked; it passes to another worker
when it lapses, or at once when its holder is a process on this machine that no longer exists (a restart after a
crash resumes without waiting out the lease).
"""

from __future__ import annotations

import logging
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

import anyio
from anyio.abc import TaskStatus

from aisle_mcp.errors import NotFound
from aisle_mcp.products import Product
from aisle_mcp.providers.base import ExtractionProgress, JobCounts, JobState, UrlFailure
from aisle_mcp.providers.local.extractor import extract_product
from aisle_mcp.providers.local.extractor.why import no_product_reason
from aisle_mcp.providers.local.fetcher import FetchFailed, FetchRefused, PageFetcher
from aisle_mcp.providers.local.owners import owned_id
from aisle_mcp.providers.local.transaction import immediate
from aisle_mcp.storage.interfaces import ExtractionRuns, ProductCatalog
from aisle_mcp.storage.workers import LEASE_S, worker_name
from aisle_mcp.storage.workers import gone as _gone

__all__ = ["LEASE_S", "ExtractionQueue", "LocalExtraction", "worker_name"]

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS extract_runs (
    ref TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    worker TEXT,
    lease_until REAL,
    owner TEXT
);
CREATE TABLE IF NOT EXISTS extract_urls (
    ref TEXT NOT NULL,
    position INTEGER NOT NULL,
    url TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    product_id TEXT,
    reason TEXT,
    PRIMARY KEY (ref, position)
);
"""
_UNFINISHED = ("pending", "running")


class ExtractionQueue:
    """``storage.interfaces.ExtractionRuns`` in the local SQLite file: runs, their URLs and what became of each."""

    def __init__(self, path: Path) -> None:
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA busy_timeout=10000")
        self._db.executescript(SCHEMA)
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(extract_runs)")}
        for column, kind in (("worker", "TEXT"), ("lease_until", "REAL")):  # data dirs made before claims existed
            if column not in columns:
                self._db.execute(f"ALTER TABLE extract_runs ADD COLUMN {column} {kind}")
        if "owner" not in columns:
            self._add_owners()

    def _add_owners(self) -> None:
        """Runs made before owners: each gets its job's owner (whose products the catalog gave it, see
        ``owners.add_owners``)."""
        with immediate(self._db):
            if not any(row[1] == "owner" for row in self._db.execute("PRAGMA table_info(extract_runs)")):
                self._db.execute("ALTER TABLE extract_runs ADD COLUMN owner TEXT")
                if self._db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'jobs'").fetchone():
                    self._db.execute(
                        "UPDATE extract_runs SET owner = (SELECT owner FROM jobs"
                        " WHERE jobs.ref = extract_runs.ref AND jobs.provider = 'local')"
                    )

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def add(self, urls: list[str], owner: str | None = None) -> str:
        """A new run of ``urls`` whose products go to ``owner`` (None: to the shared catalog)."""
        ref = f"run_{secrets.token_hex(10)}"
        with self._lock, immediate(self._db):
            self._db.execute("INSERT INTO extract_runs (ref, state, owner) VALUES (?, 'pending', ?)", (ref, owner))
            self._db.executemany(
                "INSERT INTO extract_urls (ref, position, url) VALUES (?, ?, ?)",
                [(ref, i, url) for i, url in enumerate(urls)],
            )
        return ref

    def state(self, ref: str) -> JobState | None:
        with self._lock:
            row = self._db.execute("SELECT state FROM extract_runs WHERE ref = ?", (ref,)).fetchone()
        return JobState(row[0]) if row else None

    def owner(self, ref: str) -> str | None:
        """Whose products the run reads (None: the shared catalog's)."""
        with self._lock:
            row = self._db.execute("SELECT owner FROM extract_runs WHERE ref = ?", (ref,)).fetchone()
        return row[0] if row else None

    def claim(self, ref: str, worker: str, lease_s: float = LEASE_S) -> bool:
        """Take or renew the claim on an unfinished run: true when ``worker`` now holds it.

        Free, already ``worker``'s, lapsed, or held by a dead process here: taken. The update only succeeds if
        the holder is still the one read, so of two workers racing for a run exactly one wins."""
        now = time.time()
        with self._lock:
            row = self._db.execute(
                "SELECT worker, lease_until FROM extract_runs WHERE ref = ? AND state IN (?, ?)", (ref, *_UNFINISHED)
            ).fetchone()
            if row is None:
                return False
            holder, until = row
            if holder not in (None, worker) and (until or 0) >= now and not _gone(holder):
                return False
            cursor = self._db.execute(
                "UPDATE extract_runs SET worker = ?, lease_until = ? WHERE ref = ? AND worker IS ?",
                (worker, now + lease_s, ref, holder),
            )
        return cursor.rowcount == 1

    def start(self, ref: str) -> None:
        with self._lock:
            self._db.execute("UPDATE extract_runs SET state = 'running' WHERE ref = ? AND state = 'pending'", (ref,))

    def finish(self, ref: str, state: JobState) -> None:
        """End a running run, unless it was cancelled meanwhile."""
        with self._lock:
            self._db.execute(
                "UPDATE extract_runs SET state = ? WHERE ref = ? AND state = 'running'", (state.value, ref)
            )

    def unfinished(self) -> list[str]:
        with self._lock:
            rows = self._db.execute(
                "SELECT ref FROM extract_runs WHERE state IN (?, ?) ORDER BY created_at, ref", _UNFINISHED
            ).fetchall()
        return [row[0] for row in rows]

    def pending_urls(self, ref: str) -> list[tuple[int, str]]:
        with self._lock:
            rows = self._db.execute(
                "SELECT position, url FROM extract_urls WHERE ref = ? AND state = 'pending' ORDER BY position", (ref,)
            ).fetchall()
        return [(int(p), str(u)) for p, u in rows]

    def finish_url(self, ref: str, position: int, product_id: str | None, reason: str | None) -> bool:
        """Record one URL's outcome, once: a second report of the same URL changes nothing."""
        state = "done" if product_id else "failed"
        with self._lock:
            cursor = self._db.execute(
                "UPDATE extract_urls SET state = ?, product_id = ?, reason = ?"
                " WHERE ref = ? AND position = ? AND state = 'pending'",
                (state, product_id, reason, ref, position),
            )
        return cursor.rowcount == 1

    def cancel(self, ref: str) -> None:
        with self._lock, immediate(self._db):
            self._db.execute(
                "UPDATE extract_runs SET state = 'cancelled' WHERE ref = ? AND state IN (?, ?)", (ref, *_UNFINISHED)
            )
            self._db.execute(
                "UPDATE extract_urls SET state = 'cancelled', reason = 'cancelled before it was fetched'"
                " WHERE ref = ? AND state = 'pending'",
                (ref,),
            )

    def counts(self, ref: str) -> dict[str, int]:
        with self._lock:
            rows = self._db.execute(
                "SELECT state, count(*) FROM extract_urls WHERE ref = ? GROUP BY state", (ref,)
            ).fetchall()
        return {str(state): int(n) for state, n in rows}

    def counts_of(self, refs: list[str]) -> dict[str, JobCounts]:
        """Each run's state and counts, in one query for all of them; a ref that is no run is left out."""
        if not refs:
            return {}
        with self._lock:
            rows = self._db.execute(
                "SELECT r.ref, r.state, u.state, count(u.ref) FROM extract_runs r"
                " LEFT JOIN extract_urls u ON u.ref = r.ref"
                f" WHERE r.ref IN ({', '.join('?' * len(refs))}) GROUP BY r.ref, r.state, u.state",
                refs,
            ).fetchall()
        runs: dict[str, tuple[str, dict[str, int]]] = {}
        for ref, run_state, url_state, n in rows:
            runs.setdefault(str(ref), (str(run_state), {}))[1][str(url_state)] = int(n)
        return {ref: _counts(JobState(state), by_state) for ref, (state, by_state) in runs.items()}

    def done(self, ref: str, offset: int, limit: int) -> list[tuple[str, str]]:
        """The product id and URL of each URL read, in the order they were sent."""
        with self._lock:
            rows = self._db.execute(
                "SELECT product_id, url FROM extract_urls WHERE ref = ? AND state = 'done' ORDER BY position"
                " LIMIT ? OFFSET ?",
                (ref, limit, offset),
            ).fetchall()
        return [(str(product_id), str(url)) for product_id, url in rows]

    def failures(self, ref: str, limit: int) -> list[UrlFailure]:
        with self._lock:
            rows = self._db.execute(
                "SELECT url, reason FROM extract_urls WHERE ref = ? AND state IN ('failed', 'cancelled')"
                " ORDER BY position LIMIT ?",
                (ref, limit),
            ).fetchall()
        return [UrlFailure(url=str(url), reason=str(reason)) for url, reason in rows]


def _counts(state: JobState, by_state: dict[str, int]) -> JobCounts:
    """A run's counts from how many of its URLs are in each state."""
    total = sum(by_state.values())  # a run without URL rows counts none (the join's one row counts 0)
    failed = by_state.get("failed", 0) + by_state.get("cancelled", 0)
    return JobCounts(state, total, total - by_state.get("pending", 0), by_state.get("done", 0), failed)


class LocalExtraction:
    """``ProductExtraction`` on the built-in engine. ``run()`` is the background worker."""

    name = "local"

    def __init__(
        self,
        queue: ExtractionRuns,
        catalog: ProductCatalog,
        fetcher: PageFetcher,
        concurrency: int = 64,
        extract: Callable[[bytes, str], Product | None] = extract_product,
        lease_s: float = LEASE_S,
    ) -> None:
        """``lease_s``: how long this worker's claim on a run lasts unless renewed, and so how soon another worker
        takes over the runs of one that died (it looks for them at least that often)."""
        self._queue = queue
        self._catalog = catalog
        self._fetcher = fetcher
        self._concurrency = concurrency
        self._extract = extract
        self._wake = anyio.Event()
        self._worker = worker_name()
        self._lease_s = lease_s

    async def submit(self, urls: list[str], owner: str | None) -> str:
        ref = await anyio.to_thread.run_sync(self._queue.add, urls, owner)
        self._wake.set()
        return ref

    async def cancel(self, ref: str) -> None:
        if await anyio.to_thread.run_sync(self._queue.state, ref) is None:
            raise NotFound(f"No extraction run {ref}.")
        await anyio.to_thread.run_sync(self._queue.cancel, ref)

    async def progress(self, ref: str, offset: int, limit: int) -> ExtractionProgress:
        state = await anyio.to_thread.run_sync(self._queue.state, ref)
        if state is None:
            raise NotFound(f"No extraction run {ref}.")
        counts = await anyio.to_thread.run_sync(self._queue.counts, ref)
        done = await anyio.to_thread.run_sync(self._queue.done, ref, offset, limit)
        owner = await anyio.to_thread.run_sync(self._queue.owner, ref)
        found = await anyio.to_thread.run_sync(self._catalog.get_many, [product_id for product_id, _ in done], owner)
        # A product missing here was read by a replica with a catalog of its own; its result is skipped, not shown.
        read = [(found[product_id], url, place) for place, (product_id, url) in enumerate(done) if product_id in found]
        failures = await anyio.to_thread.run_sync(self._queue.failures, ref, 50)
        total = sum(counts.values())
        failed = counts.get("failed", 0) + counts.get("cancelled", 0)
        return ExtractionProgress(
            state=state,
            total_urls=total,
            urls_done=total - counts.get("pending", 0),
            products=[product for product, _, _ in read],
            products_total=counts.get("done", 0),
            failures=failures,
            failures_total=failed,
            pages=[url for _, url, _ in read],
            places=[place for _, _, place in read],
            results_read=len(done),
        )

    async def counts(self, refs: list[str]) -> dict[str, JobCounts]:
        return await anyio.to_thread.run_sync(self._queue.counts_of, refs)

    async def run(self, *, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        """Work through unfinished runs, oldest first, for as long as the server lives."""
        task_status.started()
        while True:
            self._wake = anyio.Event()
            for ref in await anyio.to_thread.run_sync(self._queue.unfinished):
                try:
                    await self._run_one(ref)
                except Exception:  # one broken run must not stop the others; it is retried on the next pass
                    log.exception("extraction run %s failed", ref)
            with anyio.move_on_after(min(5, self._lease_s)):
                await self._wake.wait()

    async def _run_one(self, ref: str) -> None:
        """Work one run while this worker holds its claim; another worker's run is left to it."""
        if not await anyio.to_thread.run_sync(self._queue.claim, ref, self._worker, self._lease_s):
            return
        async with anyio.create_task_group() as holding:
            holding.start_soon(self._hold, ref, holding.cancel_scope)
            await self._work(ref)
            holding.cancel_scope.cancel()

    async def _hold(self, ref: str, work: anyio.CancelScope) -> None:
        """Renew the claim while the run is worked; if another worker took it over, stop working it here."""
        while True:
            await anyio.sleep(self._lease_s / 3)
            if not await anyio.to_thread.run_sync(self._queue.claim, ref, self._worker, self._lease_s):
                log.warning("extraction run %s was taken over by another worker; leaving it to that one", ref)
                work.cancel()
                return

    async def _work(self, ref: str) -> None:
        await anyio.to_thread.run_sync(self._queue.start, ref)
        slots = anyio.Semaphore(self._concurrency)
        owner = await anyio.to_thread.run_sync(self._queue.owner, ref)
        pending = await anyio.to_thread.run_sync(self._queue.pending_urls, ref)
        async with anyio.create_task_group() as tasks:
            for position, url in pending:
                await slots.acquire()
                if await anyio.to_thread.run_sync(self._queue.state, ref) == JobState.cancelled:
                    slots.release()
                    break
                tasks.start_soon(self._one_url, ref, position, url, owner, slots)
        counts = await anyio.to_thread.run_sync(self._queue.counts, ref)
        final = JobState.failed if counts.get("done", 0) == 0 and counts.get("failed", 0) else JobState.completed
        await anyio.to_thread.run_sync(self._queue.finish, ref, final)

    async def _one_url(self, ref: str, position: int, url: str, owner: str | None, slots: anyio.Semaphore) -> None:
        try:
            product_id, reason = await self._read(url, owner)
            await anyio.to_thread.run_sync(self._queue.finish_url, ref, position, product_id, reason)
        finally:
            slots.release()

    async def _read(self, url: str, owner: str | None) -> tuple[str | None, str | None]:
        try:
            page = await self._fetcher.fetch(url)
        except (FetchRefused, FetchFailed) as exc:
            return None, exc.reason
        except Exception:  # anything else is this URL's failure too: the run and its other URLs go on
            log.exception("fetching %s failed unexpectedly", url)
            return None, "the page could not be fetched"
        try:
            # Off the event loop: a large page takes tens of milliseconds to read, and calls keep flowing meanwhile.
            product = await anyio.to_thread.run_sync(self._extract, page.body, page.final_url)
        except Exception:  # a page that breaks the reader is that page's failure, not the job's
            log.exception("extractor failed on %s", url)
            return None, "the page could not be read"
        if product is None:
            return None, await anyio.to_thread.run_sync(no_product_reason, page.body, page.content_type)
        if owner is not None:
            product = product.model_copy(update={"id": owned_id(product.id, owner)})
        await anyio.to_thread.run_sync(self._catalog.upsert, [product], owner)
        return product.id, None
