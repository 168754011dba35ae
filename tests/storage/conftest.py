"""Storage tests run against both engines: the SQLite file, and a throwaway PostgreSQL cluster of their own.

Without PostgreSQL's server binaries the PostgreSQL cases are skipped with one line saying so; with
``AISLE_REQUIRE_POSTGRES=1`` (CI) they fail instead, so CI never passes without having run them.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
from pydantic import SecretStr

from aisle_mcp.providers.local.extraction import ExtractionQueue
from aisle_mcp.providers.local.jobs import JobStore
from aisle_mcp.storage.interfaces import ExtractionRuns, Jobs
from aisle_mcp.storage.postgres.open import SharedStorage, open_postgres
from tests.storage.cluster import server_binaries, throwaway_cluster


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a running throwaway cluster's maintenance database, for the whole test session."""
    binaries = server_binaries()
    if binaries is None:
        reason = "PostgreSQL's server binaries (initdb, pg_ctl) are not installed"
        if os.environ.get("AISLE_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"{reason}, and AISLE_REQUIRE_POSTGRES=1 says these tests must run")
        pytest.skip(f"{reason}: apt-get install postgresql to run the PostgreSQL tests")
    with throwaway_cluster(binaries) as url:
        yield url


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[SecretStr]:
    """A new, empty database of its own for one test, dropped after it."""
    name = f"t_{secrets.token_hex(6)}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}".encode())
    yield SecretStr(postgres_server.rsplit("/", 1)[0] + f"/{name}")
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)".encode())


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
