"""The life of one Criteo export, run as a background task the adapter owns: create → poll → download → load.

Every step that finishes is written to the registry first (the catalogId as soon as Criteo gives it, the
status once it is ``success``), so an export outlives the tool call that started it and the process too:
the next call picks it up where the registry says it stands. A download or load interrupted by a stop restarts
cleanly from its start (half-written files end in ``.part`` and are swept).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import anyio

from aisle_mcp.errors import AisleError, NotFound, ProviderError, ProviderUnavailable
from aisle_mcp.providers.criteo.cache import ExportRecord, ExportRegistry, build_index
from aisle_mcp.providers.criteo.client import CriteoAPI, DownloadMismatch, ExportStatus, OutputNotReady
from aisle_mcp.providers.criteo.scope import Scope

log = logging.getLogger("aisle_mcp.providers.criteo")

MAX_PENDING_S = 2 * 3600.0
"""Stop waiting for Criteo to build a catalog after this long."""
MAX_NOT_READY = 20
"""How many 400 "not available for retrieval" answers on the output are waited out after a success status."""


class _Recreate(Exception):
    """The export is gone at Criteo (expired, or an unknown catalogId): ask for a new one."""


@dataclass
class Preparation:
    """One export being prepared, as the calls waiting on it see it."""

    scope: Scope
    message: str = "asking criteo for the catalog"
    done: float = 0
    total: float | None = None
    finished: anyio.Event = field(default_factory=anyio.Event)
    changed: anyio.Event = field(default_factory=anyio.Event)
    """Set when the work enters a new step (and when it ends), so waiting calls relay each step."""
    error: AisleError | None = None
    record: ExportRecord | None = None

    def report(self, message: str, done: float = 0, total: float | None = None) -> None:
        """Where the work stands; safe from worker threads."""
        self.message, self.done, self.total = message, done, total

    def step(self, message: str, done: float = 0, total: float | None = None) -> None:
        """A new step begins; only from the event loop."""
        self.report(message, done, total)
        self.changed.set()
        self.changed = anyio.Event()

    def end(self) -> None:
        self.finished.set()
        self.changed.set()


class ExportWorker:
    """Runs ``Preparation``s against the API and the registry."""

    def __init__(
        self,
        api: CriteoAPI,
        registry: ExportRegistry,
        poll_interval_s: float,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        self._api = api
        self._registry = registry
        self._poll_interval_s = poll_interval_s
        self._clock = clock
        self._sleep = sleep

    async def prepare(self, job: Preparation, record: ExportRecord | None) -> None:
        """Bring the scope's export to ``loaded``; the outcome lands in ``job`` (never raises)."""
        try:
            job.record = await self._prepare(job, record)
        except AisleError as error:
            job.error = error
        except Exception:
            log.exception("criteo export for %s failed", job.scope.describe())
            job.error = ProviderError("the criteo export failed unexpectedly; try again in a minute")
        finally:
            job.end()

    async def _prepare(self, job: Preparation, record: ExportRecord | None) -> ExportRecord:
        recreated = False
        while True:
            try:
                now = self._clock()
                if record is None or record.expired(now) or (record.state == "loaded" and not record.fresh(now)):
                    record = await self._create(job, record)
                if record.state == "loaded":
                    return record
                if record.state == "pending":
                    record = await self._poll(job, record)
                record = await self._download(job, record)
                return await self._load(job, record)
            except _Recreate:
                if recreated:
                    raise ProviderError(
                        "criteo keeps reporting the catalog export as expired or unknown; try again later"
                    ) from None
                assert record is not None
                await anyio.to_thread.run_sync(self._registry.forget, record)
                record, recreated = None, True

    async def _create(self, job: Preparation, previous: ExportRecord | None) -> ExportRecord:
        job.step("asking criteo for the catalog")
        status = await self._api.create(job.scope)
        now = self._clock()
        if previous is not None and previous.catalog_id != status.catalog_id:
            await anyio.to_thread.run_sync(self._registry.forget, previous)
        record = await anyio.to_thread.run_sync(
            self._registry.requested, job.scope.key, job.scope.account_id, status.catalog_id, now
        )
        if record.expired(now):  # a catalogId we held once, past its 72 hours: start it afresh
            await anyio.to_thread.run_sync(self._registry.forget, record)
            record = await anyio.to_thread.run_sync(
                self._registry.requested, job.scope.key, job.scope.account_id, status.catalog_id, now
            )
        if record.state == "loaded":
            return record  # the same catalog we already hold: Criteo's one-hour request cache
        return await self._settle(record, status)

    async def _settle(self, record: ExportRecord, status: ExportStatus) -> ExportRecord:
        """Act on a status: remember a success, re-create an expired export, fail on a failure."""
        if status.state == "expired":
            raise _Recreate
        if status.state == "failure":
            await anyio.to_thread.run_sync(self._registry.forget, record)
            said = f" ({status.message})" if status.message else ""
            raise ProviderError(
                f"criteo could not build the catalog export{said}; try again later, or narrow it with brand_ids"
            )
        if status.state == "success" and record.state == "pending":
            created = status.created_at.timestamp() if status.created_at else None
            return await anyio.to_thread.run_sync(
                lambda: self._registry.update(
                    record,
                    state="ready",
                    created_at=created,
                    currency=status.currency,
                    row_count=status.row_count,
                    file_size=status.file_size,
                    md5=status.md5,
                )
            )
        return record

    async def _poll(self, job: Preparation, record: ExportRecord) -> ExportRecord:
        started = self._clock()
        polls = 0
        while record.state == "pending":
            polls += 1
            try:
                status = await self._api.status(record.catalog_id)
            except NotFound:
                raise _Recreate from None
            record = await self._settle(record, status)
            if record.state != "pending":
                return record
            if self._clock() - started > MAX_PENDING_S:
                raise ProviderUnavailable("criteo has not finished the catalog export in two hours; try again later")
            job.step(f"criteo is preparing the catalog export ({status.state}, check {polls})")
            await self._sleep(self._poll_interval_s)
        return record

    async def _download(self, job: Preparation, record: ExportRecord) -> ExportRecord:
        path = self._registry.data_file(record)
        if record.state == "downloaded" and path.exists():
            return record
        part = path.with_name(path.name + ".part")
        expected = ExportStatus(
            record.catalog_id, "success", record.currency, record.row_count, record.file_size, record.md5
        )
        megabytes = f" of {record.file_size / 1e6:.1f}" if record.file_size else ""

        def on_bytes(size: int) -> None:
            job.report(f"downloading the catalog: {size / 1e6:.1f}{megabytes} MB", size, record.file_size)

        job.step(f"downloading the catalog: 0.0{megabytes} MB", 0, record.file_size)
        try:
            await self._fetch(job, record, part, expected, on_bytes)
        except BaseException:
            part.unlink(missing_ok=True)  # a failed or cancelled download starts over from its first byte
            raise
        part.replace(path)
        return await anyio.to_thread.run_sync(lambda: self._registry.update(record, state="downloaded"))

    async def _fetch(
        self,
        job: Preparation,
        record: ExportRecord,
        part: Path,
        expected: ExportStatus,
        on_bytes: Callable[[int], None],
    ) -> None:
        """Download into ``part``: wait out "not ready", retry a bad download once (truncated, corrupted, dropped)."""
        failures = not_ready = 0
        while True:
            try:
                await self._api.download(record.catalog_id, part, expected, on_bytes)
                return
            except OutputNotReady:
                not_ready += 1
                if not_ready > MAX_NOT_READY:
                    raise ProviderUnavailable(
                        "criteo reports the catalog ready but will not hand it out yet; try again in a few minutes"
                    ) from None
                job.step("criteo is making the catalog available for download")
                await self._sleep(self._poll_interval_s)
            except NotFound:
                raise _Recreate from None
            except (DownloadMismatch, ProviderUnavailable) as problem:
                failures += 1
                log.warning("criteo catalog %s: download failed (%s)", record.catalog_id, problem)
                if failures >= 2:
                    raise ProviderUnavailable(
                        f"criteo's catalog download failed twice ({problem}); try again in a few minutes"
                    ) from None

    async def _load(self, job: Preparation, record: ExportRecord) -> ExportRecord:
        total = record.row_count

        def on_rows(rows: int) -> None:
            of = f" of {total:,}" if total else ""
            job.report(f"loading the catalog: {rows:,}{of} rows", rows, total)

        job.step("loading the catalog", 0, total)
        indexed, skipped = await anyio.to_thread.run_sync(
            build_index, self._registry.data_file(record), self._registry.index_file(record), on_rows
        )
        if skipped:
            log.warning("criteo catalog %s: %d malformed rows skipped", record.catalog_id, skipped)
        return await anyio.to_thread.run_sync(
            lambda: self._registry.update(record, state="loaded", loaded_rows=indexed, skipped_rows=skipped)
        )
