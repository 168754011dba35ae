"""The capabilities a provider offers, one small Protocol each, and the values they exchange.

Adapters take their ``httpx.AsyncClient`` and settings from the caller and turn provider failures into
``aisle_mcp.errors`` at their boundary.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Protocol, runtime_checkable

from aisle_mcp.products import Product
from aisle_mcp.products.search import SearchPage, SearchRequest

Progress = Callable[[float, float | None, str | None], Awaitable[None]]
"""``await progress(done, total, message)``: how a long call tells the agent it is still working."""


async def no_progress(done: float, total: float | None, message: str | None) -> None:
    return None


class ProductSearch(Protocol):
    name: str

    async def search(self, request: SearchRequest) -> SearchPage: ...


@runtime_checkable
class StatedFields(Protocol):
    """A search provider that can tell which of the fields a query's words can name as filters (``color``,
    ``material``) its products state at all (the built-in catalog)."""

    async def stated(self) -> frozenset[str]: ...


class ProductLookup(Protocol):
    async def get_product(self, product_id: str) -> Product | None: ...


# Extraction ---------------------------------------------------------------------------------------------


class JobState(StrEnum):
    pending = "pending"
    running = "running"
    completed = "completed"
    failed = "failed"
    cancelled = "cancelled"

    @property
    def finished(self) -> bool:
        return self in (JobState.completed, JobState.failed, JobState.cancelled)


@dataclass
class UrlFailure:
    url: str
    reason: str


@dataclass
class ExtractionProgress:
    """A provider's view of one extraction job: its state, counts and one page of results."""

    state: JobState
    total_urls: int
    urls_done: int
    products: list[Product]
    products_total: int
    failures: list[UrlFailure] = field(default_factory=list[UrlFailure])
    failures_total: int = 0
    error: str | None = None
    pages: list[str | None] = field(default_factory=list[str | None])
    """The URL each of ``products`` was read from, as it was sent (same order); empty when not known."""
    places: list[int] = field(default_factory=list[int])
    """Where each of ``products`` is among the results read from the page's offset (0: the first), when some of
    those results have no product to show here; empty: product i is result i."""
    results_read: int | None = None
    """How many results were read from the offset, shown or not; None: as many as ``products``. The next page
    starts after them, so results with nothing to show here are never read again and never hold paging up."""


class ProductExtraction(Protocol):
    """Asynchronous extraction of product pages. ``ref`` is the provider's own id for the job."""

    name: str

    async def submit(self, urls: list[str], owner: str | None) -> str:
        """Start reading ``urls`` for ``owner`` (None: products anyone may see); the provider's id for the job."""
        ...

    async def progress(self, ref: str, offset: int, limit: int) -> ExtractionProgress: ...

    async def cancel(self, ref: str) -> None: ...


@dataclass(frozen=True)
class JobCounts:
    """Where one extraction job stands, without its products: what a list of jobs shows."""

    state: JobState
    total_urls: int
    urls_done: int
    products_found: int
    urls_failed: int

    @classmethod
    def of(cls, progress: ExtractionProgress) -> JobCounts:
        return cls(
            progress.state, progress.total_urls, progress.urls_done, progress.products_total, progress.failures_total
        )


@runtime_checkable
class ExtractionCounts(Protocol):
    """An extraction provider that tells many jobs' counts at once without a request per job (the local engine,
    whose jobs are rows beside the catalog). Others' jobs are listed as last read."""

    async def counts(self, refs: list[str]) -> dict[str, JobCounts]: ...


# Inventory ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InventoryRequest:
    """A page of one merchant's inventory. Scope fields apply to the providers that have them."""

    account_id: str | None = None
    brand_ids: tuple[str, ...] = ()
    retailer_id: str | None = None
    seller_id: str | None = None
    country: str | None = None
    search: str | None = None
    brand: str | None = None
    category: str | None = None
    tags: tuple[str, ...] = ()
    in_stock: bool | None = None
    updated_from: datetime | None = None
    updated_to: datetime | None = None
    offset: int = 0
    limit: int = 20
    wait_seconds: float = 0
    owner: str | None = None
    """Who lists: the local catalog shows its shared products and this owner's own (None: the shared ones)."""


@dataclass
class InventoryPage:
    products: list[Product]
    total: int | None
    total_exact: bool = True
    has_more: bool = False
    preparing_retry_after_s: float | None = None
    """Set when the provider is still preparing the inventory: call again after this many seconds."""
    notes: list[str] = field(default_factory=list[str])


class Inventory(Protocol):
    name: str

    async def list_inventory(self, request: InventoryRequest, progress: Progress) -> InventoryPage: ...
