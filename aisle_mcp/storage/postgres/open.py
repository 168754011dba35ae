"""Opening PostgreSQL storage: the pool, the schema brought up to date, the shared cursor key."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool
from pydantic import SecretStr

from aisle_mcp.providers.local.store import TEXT_VERSION
from aisle_mcp.storage.postgres.catalog import PostgresCatalog, create_indexes, ensure_words
from aisle_mcp.storage.postgres.connect import POOL_MAX, StorageUnavailable, open_pool, redacted, scrubbed
from aisle_mcp.storage.postgres.jobs import PostgresJobs
from aisle_mcp.storage.postgres.keys import shared_key
from aisle_mcp.storage.postgres.migrations import LATEST, upgrade, version
from aisle_mcp.storage.postgres.runs import PostgresRuns

log = logging.getLogger(__name__)


@dataclass
class SharedStorage:
    name: str
    """The database, as a person may see it (no password)."""
    jobs: PostgresJobs
    runs: PostgresRuns
    cursor_key: bytes = field(repr=False)
    pool: ConnectionPool[psycopg.Connection[Any]] = field(repr=False)
    catalog: PostgresCatalog = field(repr=False)
    """The catalog, on the same pool (one pool per process, sized by ``AISLE_DATABASE_POOL_SIZE``)."""

    def close(self) -> None:
        self.pool.close()


def open_postgres(url: SecretStr, pool_size: int = POOL_MAX) -> SharedStorage:
    """Connect (a pool of at most ``pool_size`` connections), apply the migrations this version lacks (under the
    advisory lock), and read the shared key."""
    pool = open_pool(url, max_size=pool_size)
    try:
        migrate(pool, url)
        with pool.connection() as conn:
            create_indexes(conn)
            if ensure_words(conn):
                log.info("the catalog's words made again from the stored products (text version %s)", TEXT_VERSION)
        key = shared_key(pool, "cursor")
    except BaseException:
        pool.close()
        raise
    catalog = PostgresCatalog(pool, redacted(url))
    return SharedStorage(redacted(url), PostgresJobs(pool), PostgresRuns(pool), key, pool, catalog)


def migrate(pool: ConnectionPool[psycopg.Connection[Any]], url: SecretStr) -> None:
    """Apply the migrations this version lacks (under the advisory lock), and say so in the log."""
    with pool.connection() as conn:
        applied = _upgrade(conn, url)
    if applied:
        log.info("PostgreSQL schema brought to version %d (applied %s)", LATEST, ", ".join(map(str, applied)))


def upgrade_postgres(url: SecretStr) -> str:
    pool = open_pool(url, max_size=1)
    try:
        with pool.connection() as conn:
            applied = _upgrade(conn, url)
            now = version(conn)
    finally:
        pool.close()
    did = f"applied {', '.join(map(str, applied))}" if applied else "nothing to apply"
    return f"PostgreSQL at {redacted(url)}: schema at version {now} ({did})"


def _upgrade(conn: psycopg.Connection[Any], url: SecretStr) -> list[int]:
    try:
        found = version(conn)
        if found > LATEST:
            raise StorageUnavailable(
                f"the PostgreSQL schema at {redacted(url)} is at version {found}, newer than this Aisle knows"
                f" ({LATEST}): run the newer version of Aisle, or upgrade this one"
            )
        return upgrade(conn)
    except psycopg.Error as exc:
        raise StorageUnavailable(f"cannot migrate PostgreSQL at {redacted(url)}: {scrubbed(str(exc), url)}") from None
