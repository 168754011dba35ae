"""Fixtures every test directory may use: a throwaway PostgreSQL cluster for the tests that run on both engines.

Without PostgreSQL's server binaries the PostgreSQL cases are skipped with one line saying so; with
``AISLE_REQUIRE_POSTGRES=1`` (CI) they fail instead, so CI never passes without having run them.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator

import psycopg
import pytest
from pydantic import SecretStr

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
