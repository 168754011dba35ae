"""What a deployment of replicas sets: how many PostgreSQL connections a server keeps (``AISLE_DATABASE_POOL_SIZE``)
and how long a claim on an extraction run lasts (``AISLE_JOB_LEASE_SECONDS``)."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import anyio
import psycopg
import pytest
from mcp import Client
from pydantic import SecretStr

from aisle_mcp.providers.base import JobState
from aisle_mcp.server import Settings, build_server
from aisle_mcp.server.settings import SettingsError, load_settings
from aisle_mcp.server.storage import open_storage
from aisle_mcp.storage.postgres.open import open_postgres
from tests.shop_pages import Hold, product_page, serve_pages


def test_pool_size_and_lease_are_read_from_their_variables() -> None:
    settings = load_settings(
        {"AISLE_DATA_DIR": "/tmp/aisle", "AISLE_DATABASE_POOL_SIZE": "4", "AISLE_JOB_LEASE_SECONDS": "15"}
    )
    assert (settings.database_pool_size, settings.job_lease_s) == (4, 15.0)
    defaults = load_settings({"AISLE_DATA_DIR": "/tmp/aisle"})
    assert (defaults.database_pool_size, defaults.job_lease_s) == (16, 60.0)


@pytest.mark.parametrize(
    ("variable", "value", "told"),
    [
        ("AISLE_DATABASE_POOL_SIZE", "0", "a whole number from 1 to 1000"),
        ("AISLE_DATABASE_POOL_SIZE", "many", "a whole number from 1 to 1000"),
        ("AISLE_JOB_LEASE_SECONDS", "1", "a number from 2 to 3600"),
        ("AISLE_JOB_LEASE_SECONDS", "-30", "a number from 2 to 3600"),
    ],
)
def test_a_pool_size_or_lease_out_of_range_is_refused_with_its_range(variable: str, value: str, told: str) -> None:
    with pytest.raises(SettingsError) as refused:
        load_settings({"AISLE_DATA_DIR": "/tmp/aisle", variable: value})
    assert str(refused.value) == f"invalid value for {variable} ({told})"


def sessions_waiting_for_a_lock(conn: psycopg.Connection[Any], database: str) -> int:
    row = conn.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND wait_event_type = 'Lock'", (database,)
    ).fetchone()
    return int(row[0]) if row else 0


def test_a_server_keeps_at_most_its_pool_size_of_connections(tmp_path: Path, postgres_url: SecretStr) -> None:
    database = postgres_url.get_secret_value().rsplit("/", 1)[1]
    storage = open_storage(Settings(data_dir=tmp_path, database_url=postgres_url, database_pool_size=3))
    callers: list[threading.Thread] = []
    try:
        with psycopg.connect(postgres_url.get_secret_value(), autocommit=True) as observer:
            with psycopg.connect(postgres_url.get_secret_value()) as locker:
                locker.execute("LOCK TABLE jobs IN ACCESS EXCLUSIVE MODE")  # every read of jobs waits, connected
                callers = [threading.Thread(target=storage.jobs.get, args=("job_x", "o")) for _ in range(8)]
                for caller in callers:
                    caller.start()
                deadline = time.monotonic() + 30
                while sessions_waiting_for_a_lock(observer, database) < 3:
                    assert time.monotonic() < deadline, "the callers never reached the database"
                    time.sleep(0.05)  # polling the server's activity, bounded by the deadline
                time.sleep(1)  # room for more connections, were the pool to open them
                assert sessions_waiting_for_a_lock(observer, database) == 3
                locker.rollback()
            for caller in callers:
                caller.join(30)
    finally:
        storage.close()


@pytest.mark.anyio
async def test_with_a_short_lease_another_server_takes_over_a_run_within_it(
    tmp_path: Path, postgres_url: SecretStr
) -> None:
    """The first server stops working its run without dying (its process lives on, so only the lease tells);
    with ``job_lease_s=2`` the second takes the run over in seconds, where the default 60 s would fail this."""
    pages = {"/p/1": product_page("Kettle", "30.00", sku="KE-1"), "/held/2": product_page("Pot", "20.00", sku="PO-2")}
    hold = Hold()

    def replica(name: str) -> Settings:
        return Settings(
            data_dir=tmp_path / name,
            database_url=postgres_url,
            allow_private_addresses=True,
            load_demo=False,
            job_lease_s=2,
        )

    shared = open_postgres(postgres_url)
    try:
        with serve_pages(pages, hold) as (base, _):
            ref = shared.runs.add([f"{base}/p/1", f"{base}/held/2"])
            async with Client(build_server(replica("one"))):
                with anyio.fail_after(30):
                    while not hold.reached.is_set() or shared.runs.counts(ref).get("done", 0) < 1:
                        await anyio.sleep(0.05)  # polling the shared queue, bounded by fail_after
            assert shared.runs.counts(ref) == {"done": 1, "pending": 1}, "left mid-run, its claim behind"
            hold.release.set()
            async with Client(build_server(replica("two"))):
                with anyio.fail_after(30):
                    while shared.runs.state(ref) != JobState.completed:
                        await anyio.sleep(0.05)  # polling the shared queue, bounded by fail_after
        assert shared.runs.counts(ref) == {"done": 2}
    finally:
        hold.release.set()
        shared.close()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
