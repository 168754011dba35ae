"""``CriteoInventory``: list_inventory over Criteo Retail Media catalog exports (brand and seller accounts).

A call serves the scope's loaded export when there is one Criteo would still answer with (the same request
within the hour, and never past the output's 72 hours). Otherwise it starts, or joins, the export's
preparation, a background task this adapter owns, and waits for it up to ``wait_seconds`` while relaying its
progress. If the wait runs out, the call answers "preparing, call again in N s" and the preparation carries on;
the next call joins it, or, after a restart, resumes it from the registry.

Build it with ``async with CriteoInventory(settings.criteo, client, settings.data_dir) as criteo:`` (or
``await stack.enter_async_context(...)``): the context owns the background tasks and the cache files.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self

import anyio
import httpx
from anyio.abc import TaskGroup

from aisle_mcp.providers.base import InventoryPage, InventoryRequest, Progress
from aisle_mcp.providers.criteo.auth import CREDENTIALS, TokenSource
from aisle_mcp.providers.criteo.cache import ExportRecord, ExportRegistry, read_page
from aisle_mcp.providers.criteo.client import CriteoAPI
from aisle_mcp.providers.criteo.exports import ExportWorker, Preparation
from aisle_mcp.providers.criteo.scope import scope_of
from aisle_mcp.providers.http import ProviderHTTP, RetryPolicy

if TYPE_CHECKING:  # settings belong to the server; only their shape is needed here
    from aisle_mcp.server.settings import CriteoSettings


class CriteoInventory:
    """The ``Inventory`` named "criteo"."""

    name = "criteo"

    def __init__(
        self,
        settings: CriteoSettings,
        client: httpx.AsyncClient,
        data_dir: Path,
        *,
        poll_interval_s: float = 5.0,
        retry_after_s: float = 10.0,
        progress_interval_s: float = 1.0,
        retry: RetryPolicy | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        self.tokens = TokenSource(settings, client, retry)
        http = ProviderHTTP(
            "criteo", client, settings.base_url, self.tokens.headers, settings.timeout_s, retry=retry,
            key_setting=CREDENTIALS,
        )  # fmt: skip
        self._registry = ExportRegistry(data_dir / "criteo")
        self._worker = ExportWorker(CriteoAPI(http, self.tokens, settings.version), self._registry, poll_interval_s,
                                    clock, sleep)  # fmt: skip
        self._retry_after_s = retry_after_s
        self._progress_interval_s = progress_interval_s
        self._clock = clock
        self._jobs: dict[str, Preparation] = {}
        self._tasks: TaskGroup | None = None

    def __repr__(self) -> str:
        return f"CriteoInventory({self._registry.directory!s})"

    async def __aenter__(self) -> Self:
        await anyio.to_thread.run_sync(self._registry.sweep, self._clock())
        self._tasks = await anyio.create_task_group().__aenter__()
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        tasks, self._tasks = self._tasks, None
        try:
            if tasks is not None:
                tasks.cancel_scope.cancel()  # unfinished downloads restart cleanly next time
                await tasks.__aexit__(kind, error, trace)
        finally:
            self._jobs.clear()
            self._registry.close()

    async def list_inventory(self, request: InventoryRequest, progress: Progress) -> InventoryPage:
        scope = scope_of(request)
        job = self._jobs.get(scope.key)
        if job is None:
            record = await self._usable(scope.key)
            if record is not None:
                return await self._page(record, request)
            job = self._start(Preparation(scope), scope.key)
        await self._wait(job, request.wait_seconds, progress)
        if not job.finished.is_set():
            return InventoryPage(products=[], total=None, preparing_retry_after_s=self._retry_after_s)
        if self._jobs.get(scope.key) is job:
            del self._jobs[scope.key]
        if job.error is not None:
            raise type(job.error)(str(job.error))
        assert job.record is not None
        return await self._page(job.record, request)

    async def _usable(self, scope: str) -> ExportRecord | None:
        """The scope's loaded export if it may still be served, else ``None`` (and the stale one dropped)."""
        record = await anyio.to_thread.run_sync(self._registry.latest, scope)
        if record is None or record.state != "loaded":
            return None
        present = self._registry.data_file(record).exists() and self._registry.index_file(record).exists()
        if present and record.fresh(self._clock()):
            return record
        if not present or record.expired(self._clock()):
            await anyio.to_thread.run_sync(self._registry.forget, record)
        return None

    def _start(self, job: Preparation, key: str) -> Preparation:
        if self._tasks is None:
            raise RuntimeError("CriteoInventory is used outside `async with`; the server's lifespan must enter it")
        self._jobs[key] = job

        async def run() -> None:
            record = await anyio.to_thread.run_sync(self._registry.latest, key)
            await self._worker.prepare(job, record)

        self._tasks.start_soon(run)
        return job

    async def _wait(self, job: Preparation, seconds: float, progress: Progress) -> None:
        """Wait for the job up to ``seconds``, telling ``progress`` whenever it moved on."""
        deadline = anyio.current_time() + seconds
        last: tuple[float, float | None, str] | None = None
        while not job.finished.is_set():
            state = (job.done, job.total, job.message)
            if state != last:
                await progress(*state)
                last = state
            remaining = deadline - anyio.current_time()
            if remaining <= 0:
                return
            changed = job.changed
            with anyio.move_on_after(min(remaining, self._progress_interval_s)):
                await changed.wait()

    async def _page(self, record: ExportRecord, request: InventoryRequest) -> InventoryPage:
        page = await anyio.to_thread.run_sync(
            read_page,
            self._registry.data_file(record),
            self._registry.index_file(record),
            request,
            record.currency,
        )
        notes: list[str] = []
        if record.skipped_rows:
            notes.append(f"{record.skipped_rows:,} malformed rows of criteo's catalog were skipped.")
        if page.unreadable:
            notes.append(f"{page.unreadable} rows of this page could not be read and were left out.")
        return InventoryPage(
            products=page.products,
            total=page.total,
            has_more=request.offset + request.limit < page.total,
            notes=notes,
        )
