"""On PostgreSQL a worker claims a run with ``SELECT … FOR UPDATE SKIP LOCKED``: a rival that finds the run being
claimed skips it at once, while the holder renewing its own claim waits the moment out and keeps the run."""

from __future__ import annotations

import threading
import time

import psycopg
from pydantic import SecretStr

from aisle_mcp.storage.postgres.open import open_postgres
from aisle_mcp.storage.workers import worker_name


def waiting_for_a_lock(conn: psycopg.Connection[tuple[object, ...]]) -> bool:
    """Whether some session comes to wait for a lock within a minute (read from the server's lock table)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        row = conn.execute("SELECT count(*) FROM pg_locks WHERE NOT granted").fetchone()
        if row and row[0]:
            return True
        time.sleep(0.02)  # polling the server's lock table, bounded by the deadline
    return False


def test_a_run_being_claimed_is_skipped_by_a_rival_and_kept_by_its_holder(postgres_url: SecretStr) -> None:
    shared = open_postgres(postgres_url)
    try:
        ref = shared.runs.add(["https://shop.example/p/1"])
        holder, rival = worker_name(), worker_name()
        assert shared.runs.claim(ref, holder, lease_s=3600)
        renewed: list[bool] = []
        with psycopg.connect(postgres_url.get_secret_value()) as claiming:  # another worker mid-claim: row locked
            claiming.execute("SELECT 1 FROM extract_runs WHERE ref = %s FOR UPDATE", (ref,))
            assert not shared.runs.claim(ref, rival), "the rival skips the locked run rather than wait"
            renewing = threading.Thread(target=lambda: renewed.append(shared.runs.claim(ref, holder, lease_s=3600)))
            renewing.start()
            assert waiting_for_a_lock(claiming), "the holder waits for the lock rather than give its run up"
            assert renewed == []
            claiming.rollback()
        renewing.join(60)
        assert renewed == [True]
        assert not shared.runs.claim(ref, rival), "and still holds it"
    finally:
        shared.close()
