"""Opening storage from the settings: the SQLite file in the data directory, or PostgreSQL when
``AISLE_DATABASE_URL`` is set. The tools and providers get the same interfaces either way."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from aisle_mcp.providers.local.extraction import ExtractionQueue
from aisle_mcp.providers.local.jobs import JobStore
from aisle_mcp.server.settings import Settings
from aisle_mcp.storage.interfaces import ExtractionRuns, Jobs, ProductCatalog
from aisle_mcp.storage.keys import cursor_key

log = logging.getLogger("aisle_mcp")


class StorageSetupError(RuntimeError):
    """Storage cannot be opened as configured; the message says what to do and never shows a password."""


@dataclass
class Storage:
    """What replicas share: extraction jobs, the runs of the built-in engine, the key that signs cursors."""

    jobs: Jobs
    runs: ExtractionRuns
    cursor_key: bytes = field(repr=False)
    where: str
    """Where each thing is kept, in words for the start-up log."""
    catalog: ProductCatalog | None = None
    """The catalog, when the database keeps it (on the same connection pool); None: the SQLite file's."""
    _closers: list[Callable[[], None]] = field(default_factory=list[Callable[[], None]], repr=False)

    def close(self) -> None:
        for close in reversed(self._closers):
            close()


def open_storage(settings: Settings) -> Storage:
    if settings.database_url is None:
        jobs, runs = JobStore(settings.database), ExtractionQueue(settings.database)
        where = f"everything in the local SQLite file {settings.database}"
        return Storage(jobs, runs, cursor_key(settings.data_dir), where, None, [jobs.close, runs.close])
    try:
        from aisle_mcp.storage.postgres.open import open_postgres
    except ImportError:
        raise StorageSetupError(
            "AISLE_DATABASE_URL needs PostgreSQL's driver: install Aisle with it, pip install 'aisle-mcp[postgres]'"
        ) from None
    shared = open_postgres(settings.database_url, settings.database_pool_size)
    where = (
        f"jobs, extraction runs, the cursor key and the catalog (imported, remembered and extracted products, and"
        f" their search) in PostgreSQL at {shared.name}"
    )
    return Storage(shared.jobs, shared.runs, shared.cursor_key, where, shared.catalog, [shared.close])


def upgrade(settings: Settings) -> str:
    """Bring the configured database's schema up to date (``aisle-mcp db upgrade``); what was done, in words."""
    if settings.database_url is None:
        JobStore(settings.database).close()
        ExtractionQueue(settings.database).close()
        return f"the SQLite file {settings.database} is up to date"
    try:
        from aisle_mcp.storage.postgres.open import upgrade_postgres
    except ImportError:
        raise StorageSetupError(
            "AISLE_DATABASE_URL needs PostgreSQL's driver: install Aisle with it, pip install 'aisle-mcp[postgres]'"
        ) from None
    return upgrade_postgres(settings.database_url)
