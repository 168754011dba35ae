"""Aisle's extraction jobs in PostgreSQL: the same table and answers as the SQLite job store."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool

from aisle_mcp.providers.base import JobCounts, JobState
from aisle_mcp.storage.interfaces import Job, LastKnown

_COLUMNS = "id, provider, ref, owner, total_urls, created_at"


class PostgresJobs:
    def __init__(self, pool: ConnectionPool[psycopg.Connection[Any]]) -> None:
        self._pool = pool

    def close(self) -> None:
        """Nothing of its own to close: the pool belongs to the storage that made it."""

    def create(self, provider: str, ref: str, owner: str, total_urls: int) -> Job:
        job = Job.new(provider, ref, owner, total_urls)
        with self._pool.connection() as conn:
            conn.execute(
                f"INSERT INTO jobs ({_COLUMNS}) VALUES (%s, %s, %s, %s, %s, %s)",
                (job.id, job.provider, job.ref, job.owner, job.total_urls, job.created_at),
            )
        return job

    def get(self, job_id: str, owner: str) -> Job | None:
        with self._pool.connection() as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM jobs WHERE id = %s AND owner = %s", (job_id, owner)).fetchone()
        return _job(row) if row else None

    def list(self, owner: str, offset: int, limit: int) -> tuple[list[Job], int]:
        with self._pool.connection() as conn:
            counted = conn.execute("SELECT count(*) FROM jobs WHERE owner = %s", (owner,)).fetchone()
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM jobs WHERE owner = %s ORDER BY created_at DESC, id LIMIT %s OFFSET %s",
                (owner, limit, offset),
            ).fetchall()
        return [_job(row) for row in rows], int(counted[0]) if counted else 0

    def record(self, job_id: str, counts: JobCounts) -> None:
        values = (counts.total_urls, counts.urls_done, counts.products_found, counts.urls_failed)
        with self._pool.connection() as conn:
            conn.execute(
                "INSERT INTO job_status (job_id, state, total_urls, urls_done, products_found, urls_failed, checked_at)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (job_id) DO UPDATE SET state = excluded.state,"
                " total_urls = excluded.total_urls, urls_done = excluded.urls_done,"
                " products_found = excluded.products_found, urls_failed = excluded.urls_failed,"
                " checked_at = excluded.checked_at WHERE excluded.checked_at >= job_status.checked_at",
                (job_id, counts.state.value, *values, datetime.now(UTC)),
            )

    def last_known(self, job_ids: list[str]) -> dict[str, LastKnown]:
        if not job_ids:
            return {}
        with self._pool.connection() as conn:
            rows = conn.execute(
                "SELECT job_id, state, total_urls, urls_done, products_found, urls_failed, checked_at FROM job_status"
                " WHERE job_id = ANY(%s)",
                (job_ids,),
            ).fetchall()
        return {str(row[0]): LastKnown(JobCounts(JobState(row[1]), *map(int, row[2:6])), _utc(row[6])) for row in rows}


def _utc(value: datetime) -> datetime:
    """A timestamp in UTC, as the SQLite store gives it back (PostgreSQL answers in the session's time zone)."""
    return value.astimezone(UTC)


def _job(row: tuple[Any, ...]) -> Job:
    return Job(
        id=str(row[0]),
        provider=str(row[1]),
        ref=str(row[2]),
        owner=str(row[3]),
        total_urls=int(row[4]),
        created_at=_utc(row[5]),
    )
