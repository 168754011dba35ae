"""Durable extraction jobs: Aisle's job ids, which provider runs each, who owns it.

A job id is ours (``job_…``); the provider's own id stays inside, so a job answers only to the
owner that made it, whichever provider runs it. Stored in SQLite, so jobs survive a restart.

Beside each job, the status it was last read at, for jobs that a provider elsewhere runs: a list of jobs shows
that, saying when it was read, rather than asking the provider about every job on the page.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

from aisle_mcp.providers.base import JobCounts, JobState
from aisle_mcp.storage.interfaces import Job, LastKnown

__all__ = ["Job", "JobStore", "LastKnown"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    provider TEXT NOT NULL,
    ref TEXT NOT NULL,
    owner TEXT NOT NULL,
    total_urls INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS jobs_owner ON jobs(owner, created_at);
CREATE TABLE IF NOT EXISTS job_status (
    job_id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    total_urls INTEGER NOT NULL,
    urls_done INTEGER NOT NULL,
    products_found INTEGER NOT NULL,
    urls_failed INTEGER NOT NULL,
    checked_at TEXT NOT NULL
);
"""


class JobStore:
    """``storage.interfaces.Jobs`` in the local SQLite file."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA busy_timeout=10000")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def create(self, provider: str, ref: str, owner: str, total_urls: int) -> Job:
        job = Job.new(provider, ref, owner, total_urls)
        with self._lock:
            self._db.execute(
                "INSERT INTO jobs (id, provider, ref, owner, total_urls, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (job.id, job.provider, job.ref, job.owner, job.total_urls, job.created_at.isoformat()),
            )
        return job

    def get(self, job_id: str, owner: str) -> Job | None:
        """The job, if it exists and belongs to ``owner``; another owner's job is simply not there."""
        with self._lock:
            row = self._db.execute(
                "SELECT id, provider, ref, owner, total_urls, created_at FROM jobs WHERE id = ? AND owner = ?",
                (job_id, owner),
            ).fetchone()
        return _job(row) if row else None

    def list(self, owner: str, offset: int, limit: int) -> tuple[list[Job], int]:
        with self._lock:
            total = int(self._db.execute("SELECT count(*) FROM jobs WHERE owner = ?", (owner,)).fetchone()[0])
            rows = self._db.execute(
                "SELECT id, provider, ref, owner, total_urls, created_at FROM jobs WHERE owner = ?"
                " ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
                (owner, limit, offset),
            ).fetchall()
        return [_job(row) for row in rows], total

    def record(self, job_id: str, counts: JobCounts) -> None:
        """Keep ``counts`` as the job's last known status; a reading older than the one kept changes nothing."""
        now = datetime.now(UTC).isoformat()
        values = (counts.total_urls, counts.urls_done, counts.products_found, counts.urls_failed)
        with self._lock:
            self._db.execute(
                "INSERT INTO job_status (job_id, state, total_urls, urls_done, products_found, urls_failed, checked_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(job_id) DO UPDATE SET state = excluded.state,"
                " total_urls = excluded.total_urls, urls_done = excluded.urls_done,"
                " products_found = excluded.products_found, urls_failed = excluded.urls_failed,"
                " checked_at = excluded.checked_at WHERE excluded.checked_at >= job_status.checked_at",
                (job_id, counts.state.value, *values, now),
            )

    def last_known(self, job_ids: list[str]) -> dict[str, LastKnown]:
        if not job_ids:
            return {}
        with self._lock:
            rows = self._db.execute(
                "SELECT job_id, state, total_urls, urls_done, products_found, urls_failed, checked_at FROM job_status"
                f" WHERE job_id IN ({', '.join('?' * len(job_ids))})",
                job_ids,
            ).fetchall()
        return {
            str(row[0]): LastKnown(JobCounts(JobState(row[1]), *map(int, row[2:6])), datetime.fromisoformat(row[6]))
            for row in rows
        }


def _job(row: tuple[str, str, str, str, int, str]) -> Job:
    return Job(
        id=row[0],
        provider=row[1],
        ref=row[2],
        owner=row[3],
        total_urls=row[4],
        created_at=datetime.fromisoformat(row[5]),
    )
