"""The built-in engine's extraction queue in PostgreSQL, shared by replicas on any number of machines.

A replica claims a run with ``SELECT … FOR UPDATE SKIP LOCKED`` and a lease on the database's clock (so the
machines' clocks need not agree); it renews the lease while it works the run. When a replica dies its lease runs
out and another takes the run over, with the URLs it had not finished. A URL's outcome is written once (only from
``pending``), so every URL is reported exactly once; a cancel is a row every replica reads before its next URL.
"""

from __future__ import annotations

import secrets
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool

from aisle_mcp.providers.base import JobCounts, JobState, UrlFailure
from aisle_mcp.storage.interfaces import run_counts
from aisle_mcp.storage.workers import LEASE_S, gone

_CLAIMABLE = (
    "SELECT worker, lease_until IS NULL OR lease_until < clock_timestamp() FROM extract_runs"
    " WHERE ref = %s AND state IN ('pending', 'running')"
)


class PostgresRuns:
    def __init__(self, pool: ConnectionPool[psycopg.Connection[Any]]) -> None:
        self._pool = pool

    def close(self) -> None:
        """Nothing of its own to close: the pool belongs to the storage that made it."""

    def add(self, urls: list[str], owner: str | None = None) -> str:
        ref = f"run_{secrets.token_hex(10)}"
        with self._pool.connection() as conn, conn.transaction():
            conn.execute("INSERT INTO extract_runs (ref, state, owner) VALUES (%s, 'pending', %s)", (ref, owner))
            with conn.cursor().copy("COPY extract_urls (ref, position, url) FROM STDIN") as copy:
                for position, url in enumerate(urls):
                    copy.write_row((ref, position, url))
        return ref

    def state(self, ref: str) -> JobState | None:
        row = self._one("SELECT state FROM extract_runs WHERE ref = %s", ref)
        return JobState(row[0]) if row else None

    def owner(self, ref: str) -> str | None:
        row = self._one("SELECT owner FROM extract_runs WHERE ref = %s", ref)
        return row[0] if row else None

    def claim(self, ref: str, worker: str, lease_s: float = LEASE_S) -> bool:
        """A worker that wants the run skips it while another is claiming it (``SKIP LOCKED``); the holder renewing
        its own claim waits those few milliseconds instead, so that a rival's try never makes it give the run up."""
        with self._pool.connection() as conn, conn.transaction():
            row = conn.execute(_CLAIMABLE + " FOR UPDATE SKIP LOCKED", (ref,)).fetchone()
            if row is None:
                held = conn.execute(
                    "SELECT worker FROM extract_runs WHERE ref = %s AND state IN ('pending', 'running')", (ref,)
                ).fetchone()
                if held is None or held[0] != worker:
                    return False  # finished, no such run, or another worker is claiming it this very moment
                row = conn.execute(_CLAIMABLE + " FOR UPDATE", (ref,)).fetchone()
                if row is None:
                    return False  # finished (cancelled) while we waited
            holder, lapsed = row
            if holder not in (None, worker) and not lapsed and not gone(holder):
                return False
            conn.execute(
                "UPDATE extract_runs SET worker = %s, lease_until = clock_timestamp() + make_interval(secs => %s)"
                " WHERE ref = %s",
                (worker, lease_s, ref),
            )
        return True

    def start(self, ref: str) -> None:
        self._run("UPDATE extract_runs SET state = 'running' WHERE ref = %s AND state = 'pending'", ref)

    def finish(self, ref: str, state: JobState) -> None:
        self._run("UPDATE extract_runs SET state = %s WHERE ref = %s AND state = 'running'", state.value, ref)

    def unfinished(self) -> list[str]:
        with self._pool.connection() as conn:
            rows = conn.execute(
                "SELECT ref FROM extract_runs WHERE state IN ('pending', 'running') ORDER BY created_at, ref"
            ).fetchall()
        return [str(row[0]) for row in rows]

    def pending_urls(self, ref: str) -> list[tuple[int, str]]:
        with self._pool.connection() as conn:
            rows = conn.execute(
                "SELECT position, url FROM extract_urls WHERE ref = %s AND state = 'pending' ORDER BY position", (ref,)
            ).fetchall()
        return [(int(p), str(u)) for p, u in rows]

    def finish_url(self, ref: str, position: int, product_id: str | None, reason: str | None) -> bool:
        state = "done" if product_id else "failed"
        return (
            self._run(
                "UPDATE extract_urls SET state = %s, product_id = %s, reason = %s"
                " WHERE ref = %s AND position = %s AND state = 'pending'",
                state,
                product_id,
                reason,
                ref,
                position,
            )
            == 1
        )

    def cancel(self, ref: str) -> None:
        with self._pool.connection() as conn, conn.transaction():
            conn.execute(
                "UPDATE extract_runs SET state = 'cancelled' WHERE ref = %s AND state IN ('pending', 'running')", (ref,)
            )
            conn.execute(
                "UPDATE extract_urls SET state = 'cancelled', reason = 'cancelled before it was fetched'"
                " WHERE ref = %s AND state = 'pending'",
                (ref,),
            )

    def counts(self, ref: str) -> dict[str, int]:
        with self._pool.connection() as conn:
            rows = conn.execute(
                "SELECT state, count(*) FROM extract_urls WHERE ref = %s GROUP BY state", (ref,)
            ).fetchall()
        return {str(state): int(n) for state, n in rows}

    def counts_of(self, refs: list[str]) -> dict[str, JobCounts]:
        if not refs:
            return {}
        with self._pool.connection() as conn:
            rows = conn.execute(
                "SELECT r.ref, r.state, u.state, count(u.ref) FROM extract_runs r"
                " LEFT JOIN extract_urls u ON u.ref = r.ref WHERE r.ref = ANY(%s) GROUP BY r.ref, r.state, u.state",
                (refs,),
            ).fetchall()
        runs: dict[str, tuple[str, dict[str, int]]] = {}
        for ref, run_state, url_state, n in rows:
            by_state = runs.setdefault(str(ref), (str(run_state), {}))[1]
            if url_state is not None:  # a run without URL rows has the join's one empty row
                by_state[str(url_state)] = int(n)
        return {ref: run_counts(JobState(state), by_state) for ref, (state, by_state) in runs.items()}

    def done(self, ref: str, offset: int, limit: int) -> list[tuple[str, str]]:
        with self._pool.connection() as conn:
            rows = conn.execute(
                "SELECT product_id, url FROM extract_urls WHERE ref = %s AND state = 'done' ORDER BY position"
                " LIMIT %s OFFSET %s",
                (ref, limit, offset),
            ).fetchall()
        return [(str(product_id), str(url)) for product_id, url in rows]

    def failures(self, ref: str, limit: int) -> list[UrlFailure]:
        with self._pool.connection() as conn:
            rows = conn.execute(
                "SELECT url, reason FROM extract_urls WHERE ref = %s AND state IN ('failed', 'cancelled')"
                " ORDER BY position LIMIT %s",
                (ref, limit),
            ).fetchall()
        return [UrlFailure(url=str(url), reason=str(reason)) for url, reason in rows]

    def _one(self, query: str, *params: Any) -> tuple[Any, ...] | None:
        with self._pool.connection() as conn:
            return conn.execute(query.encode(), params).fetchone()

    def _run(self, query: str, *params: Any) -> int:
        """Run one statement; how many rows it changed."""
        with self._pool.connection() as conn:
            return conn.execute(query.encode(), params).rowcount
