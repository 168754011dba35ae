"""What the tools and providers ask of storage, whichever engine keeps it.

Methods are blocking (callers run them on a worker thread): both engines' drivers are, and a call is one short
statement or transaction.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from aisle_mcp.products import Product
from aisle_mcp.products.search import SearchPage, SearchRequest
from aisle_mcp.providers.base import InventoryPage, InventoryRequest, JobCounts, JobState, UrlFailure
from aisle_mcp.providers.local.store import Row


@dataclass(frozen=True)
class LastKnown:
    """A job's status as last read from its provider, and when."""

    counts: JobCounts
    checked_at: datetime


@dataclass(frozen=True)
class Job:
    id: str
    provider: str
    ref: str
    owner: str
    total_urls: int
    created_at: datetime

    @classmethod
    def new(cls, provider: str, ref: str, owner: str, total_urls: int) -> Job:
        """A job made now, with a fresh id that cannot be guessed."""
        return cls(f"job_{secrets.token_hex(12)}", provider, ref, owner, total_urls, datetime.now(UTC))


class Jobs(Protocol):
    """Aisle's extraction jobs: which provider runs each, under which of its ids, for which owner."""

    def create(self, provider: str, ref: str, owner: str, total_urls: int) -> Job: ...

    def get(self, job_id: str, owner: str) -> Job | None:
        """The job, if it exists and belongs to ``owner``; another owner's job is simply not there."""
        ...

    def list(self, owner: str, offset: int, limit: int) -> tuple[list[Job], int]:
        """A page of ``owner``'s jobs, newest first, and how many it has in all."""
        ...

    def record(self, job_id: str, counts: JobCounts) -> None:
        """Keep ``counts`` as the job's last known status; a reading older than the one kept changes nothing."""
        ...

    def last_known(self, job_ids: list[str]) -> dict[str, LastKnown]: ...

    def close(self) -> None: ...


class ExtractionRuns(Protocol):
    """The built-in engine's queue: runs of URLs, each URL finished exactly once, each run worked by the one
    worker holding its claim (a lease, renewed while it works)."""

    def add(self, urls: list[str], owner: str | None = None) -> str:
        """A new run of ``urls`` whose products go to ``owner`` (None: to the shared catalog); its ref."""
        ...

    def state(self, ref: str) -> JobState | None: ...

    def owner(self, ref: str) -> str | None:
        """Whose products the run reads (None: the shared catalog's)."""
        ...

    def claim(self, ref: str, worker: str, lease_s: float = ...) -> bool:
        """Take or renew the claim on an unfinished run: true when ``worker`` now holds it. Of workers racing for
        a run exactly one wins; a claim passes on when its lease lapses or its holder is known to be dead."""
        ...

    def start(self, ref: str) -> None: ...

    def finish(self, ref: str, state: JobState) -> None:
        """End a running run, unless it was cancelled meanwhile."""
        ...

    def unfinished(self) -> list[str]:
        """Runs pending or running, oldest first."""
        ...

    def pending_urls(self, ref: str) -> list[tuple[int, str]]: ...

    def finish_url(self, ref: str, position: int, product_id: str | None, reason: str | None) -> bool:
        """Record one URL's outcome, once: a second report of the same URL changes nothing (and answers false)."""
        ...

    def cancel(self, ref: str) -> None: ...

    def counts(self, ref: str) -> dict[str, int]:
        """How many of the run's URLs are in each state."""
        ...

    def counts_of(self, refs: list[str]) -> dict[str, JobCounts]:
        """Each run's state and counts; a ref that is no run is left out."""
        ...

    def done(self, ref: str, offset: int, limit: int) -> list[tuple[str, str]]:
        """The product id and URL of each URL read, in the order they were sent."""
        ...

    def failures(self, ref: str, limit: int) -> list[UrlFailure]: ...

    def close(self) -> None: ...


def run_counts(state: JobState, by_state: dict[str, int]) -> JobCounts:
    """A run's counts from how many of its URLs are in each state."""
    total = sum(by_state.values())
    failed = by_state.get("failed", 0) + by_state.get("cancelled", 0)
    return JobCounts(state, total, total - by_state.get("pending", 0), by_state.get("done", 0), failed)


class ProductCatalog(Protocol):
    """The built-in catalog: products (shared, or an owner's own), records remembered from providers' answers, and
    their search. Another owner's product is not found, exactly as one that never existed. The SQLite file
    (``providers.local.catalog.Catalog``) and PostgreSQL (``storage.postgres.catalog``) answer the same."""

    def count(self) -> int: ...

    def upsert(self, products: Iterable[Product], owner: str | None = None) -> int:
        """Insert or replace products by id (the last of a batch wins); how many were written."""
        ...

    def write_rows(self, rows: Sequence[Row], prepared: Sequence[Any] | None = None) -> int:
        """Insert or replace shared products already turned into rows (an import); the last of repeated ids wins.
        ``prepared``: what ``preparer()`` made of these rows, one each."""
        ...

    def preparer(self) -> Callable[[list[Row]], tuple[list[Row], list[Any]]] | None:
        """The rest of a write's work on an import's rows that needs no database, for the import's worker processes
        to do (a module's function, so it can be sent to them): it gives the rows as ``write_rows`` still needs them
        (each one's id first and document last, at least) and what it made of them; None: there is none."""
        ...

    def bulk(self) -> AbstractContextManager[None]:
        """Around a large import (``write_rows`` in batches): what the engine does once, at the end."""
        ...

    def optimize(self) -> None: ...

    def get(self, product_id: str, owner: str | None = None) -> Product | None: ...

    def get_many(self, product_ids: Sequence[str], owner: str | None = None) -> dict[str, Product]: ...

    def remember(self, products: Iterable[Product], owner: str | None) -> None: ...

    def recall(self, product_id: str, owner: str | None) -> Product | None: ...

    def products(self, owner: str | None, batch: int = 1000) -> Iterator[Product]: ...

    def stated(self) -> frozenset[str]:
        """Which of ``color`` and ``material`` some product states (a catalog of titles only: neither)."""
        ...

    def search(self, request: SearchRequest) -> SearchPage: ...

    def inventory(self, request: InventoryRequest) -> InventoryPage: ...

    def close(self) -> None: ...
