"""The PostgreSQL schema, as numbered steps applied in order. A new version adds steps, never edits old ones.

Every replica applies what is missing when it starts, one at a time under an advisory lock held by the transaction
that applies them: replicas starting together wait for the first, then find nothing left to do. ``aisle-mcp db
upgrade`` does the same by hand.
"""

from __future__ import annotations

from typing import Any

import psycopg

LOCK = 0x6169736C65_01
"""The advisory lock key that serializes migrations (``aisle`` and 1), the same in every version."""

MIGRATIONS: tuple[tuple[int, str], ...] = (
    (
        1,
        """
        CREATE TABLE jobs (
            id text PRIMARY KEY,
            provider text NOT NULL,
            ref text NOT NULL,
            owner text NOT NULL,
            total_urls integer NOT NULL,
            created_at timestamptz NOT NULL
        );
        CREATE INDEX jobs_owner ON jobs (owner, created_at DESC, id);
        CREATE TABLE job_status (
            job_id text PRIMARY KEY,
            state text NOT NULL,
            total_urls integer NOT NULL,
            urls_done integer NOT NULL,
            products_found integer NOT NULL,
            urls_failed integer NOT NULL,
            checked_at timestamptz NOT NULL
        );
        CREATE TABLE extract_runs (
            ref text PRIMARY KEY,
            state text NOT NULL,
            created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
            worker text,
            lease_until timestamptz,
            owner text
        );
        CREATE INDEX extract_runs_unfinished ON extract_runs (created_at, ref) WHERE state IN ('pending', 'running');
        CREATE TABLE extract_urls (
            ref text NOT NULL REFERENCES extract_runs (ref) ON DELETE CASCADE,
            position integer NOT NULL,
            url text NOT NULL,
            state text NOT NULL DEFAULT 'pending',
            product_id text,
            reason text,
            PRIMARY KEY (ref, position)
        );
        CREATE TABLE signing_keys (
            name text PRIMARY KEY,
            value bytea NOT NULL,
            created_at timestamptz NOT NULL DEFAULT clock_timestamp()
        );
        """,
    ),
)
LATEST = MIGRATIONS[-1][0]


def upgrade(conn: psycopg.Connection[Any]) -> list[int]:
    """Apply the steps the database lacks, in one transaction under the lock; the versions applied (none: it was
    up to date)."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK,))
        conn.execute(
            "CREATE TABLE IF NOT EXISTS aisle_schema"
            " (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT clock_timestamp())"
        )
        done = {int(row[0]) for row in conn.execute("SELECT version FROM aisle_schema").fetchall()}
        applied: list[int] = []
        for version, statements in MIGRATIONS:
            if version in done:
                continue
            conn.execute(statements.encode())
            conn.execute("INSERT INTO aisle_schema (version) VALUES (%s)", (version,))
            applied.append(version)
    return applied


def version(conn: psycopg.Connection[Any]) -> int:
    """The newest step the database has (0: none)."""
    exists = conn.execute("SELECT to_regclass('aisle_schema') IS NOT NULL").fetchone()
    if not exists or not exists[0]:
        return 0
    row = conn.execute("SELECT max(version) FROM aisle_schema").fetchone()
    return int(row[0]) if row and row[0] is not None else 0
