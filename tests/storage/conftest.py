"""Storage tests run against both engines: the SQLite file, and a throwaway PostgreSQL cluster of their own.

Without PostgreSQL's server binaries the PostgreSQL cases are skipped with one line saying so; with
``AISLE_REQUIRE_POSTGRES=1`` (CI) they fail instead, so CI never passes without having run them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pydantic import SecretStr

from aisle_mcp.providers.local.extraction import ExtractionQueue
from aisle_mcp.providers.local.jobs import JobStore
from aisle_mcp.storage.interfaces import ExtractionRuns, Jobs
from aisle_mcp.storage.postgres.catalog import PostgresCatalog, open_postgres_catalog
from aisle_mcp.storage.postgres.open import SharedStorage, open_postgres


@dataclass
class Engine:
    """One engine's storage for a test; ``replica()`` opens another process's view of the same storage."""

    name: str
    open_replica: Callable[[], tuple[Jobs, ExtractionRuns, Callable[[], None]]]
    _closers: list[Callable[[], None]] = field(default_factory=list[Callable[[], None]])

    def replica(self) -> tuple[Jobs, ExtractionRuns]:
        jobs, runs, close = self.open_replica()
        self._closers.append(close)
        return jobs, runs

    def close(self) -> None:
        for close in reversed(self._closers):
            close()


def _sqlite(path: Path) -> Callable[[], tuple[Jobs, ExtractionRuns, Callable[[], None]]]:
    def replica() -> tuple[Jobs, ExtractionRuns, Callable[[], None]]:
        jobs, runs = JobStore(path), ExtractionQueue(path)

        def close() -> None:
            jobs.close()
            runs.close()

        return jobs, runs, close

    return replica


def _postgres(url: SecretStr) -> Callable[[], tuple[Jobs, ExtractionRuns, Callable[[], None]]]:
    def replica() -> tuple[Jobs, ExtractionRuns, Callable[[], None]]:
        shared: SharedStorage = open_postgres(url)
        return shared.jobs, shared.runs, shared.close

    return replica


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        opened = Engine("sqlite", _sqlite(tmp_path / "aisle.db"))
    else:
        opened = Engine("postgres", _postgres(request.getfixturevalue("postgres_url")))
    yield opened
    opened.close()


@pytest.fixture
def replicas(postgres_url: SecretStr) -> Iterator[tuple[PostgresCatalog, PostgresCatalog]]:
    """Two replicas' catalogs on one PostgreSQL database."""
    first, second = open_postgres_catalog(postgres_url), open_postgres_catalog(postgres_url)
    yield first, second
    first.close()
    second.close()
