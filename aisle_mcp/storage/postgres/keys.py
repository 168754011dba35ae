"""Keys kept in PostgreSQL, so that every replica signs and checks cursors with the same one."""

from __future__ import annotations

import secrets
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool


def shared_key(pool: ConnectionPool[psycopg.Connection[Any]], name: str) -> bytes:
    """The key called ``name``, made by the first replica to ask; every other one reads the key that won."""
    with pool.connection() as conn:
        conn.execute(
            "INSERT INTO signing_keys (name, value) VALUES (%s, %s) ON CONFLICT (name) DO NOTHING",
            (name, secrets.token_bytes(32)),
        )
        row = conn.execute("SELECT value FROM signing_keys WHERE name = %s", (name,)).fetchone()
    if row is None:
        raise RuntimeError(f"the {name} key was not kept")
    return bytes(row[0])
