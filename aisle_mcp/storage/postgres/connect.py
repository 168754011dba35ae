"""Reaching PostgreSQL: one connection pool per process, and errors that never show the URL's password."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import unquote, urlsplit

import psycopg
from psycopg_pool import ConnectionPool
from pydantic import SecretStr

log = logging.getLogger(__name__)

POOL_MAX = 16
"""Connections one process holds at most unless told otherwise (``AISLE_DATABASE_POOL_SIZE``); statements are
short, and the workers' threads share them."""
CONNECT_TIMEOUT_S = 10.0


class StorageUnavailable(RuntimeError):
    """PostgreSQL cannot be reached or used; the message names the server but never the password."""


def redacted(url: SecretStr) -> str:
    """The URL to show a person: scheme, user, host, port and database, without the password or the options."""
    parts = urlsplit(url.get_secret_value())
    user = f"{unquote(parts.username)}@" if parts.username else ""
    host = parts.hostname or "localhost"
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        port = ":?"
    return f"{parts.scheme}://{user}{host}{port}{parts.path}"


def scrubbed(message: str, url: SecretStr) -> str:
    """A driver's message with the URL's password (as written and as decoded) taken out."""
    parts = urlsplit(url.get_secret_value())
    raw = parts.netloc.rpartition("@")[0].partition(":")[2]
    for secret in {raw, unquote(raw), url.get_secret_value()} - {""}:
        message = message.replace(secret, "***")
    return message


def open_pool(url: SecretStr, max_size: int = POOL_MAX) -> ConnectionPool[psycopg.Connection[Any]]:
    """A pool of autocommit connections (a transaction is asked for where one is needed). One connection is made
    first, so that a wrong URL or an unreachable server is told at start-up, with the driver's reason."""
    try:
        psycopg.connect(url.get_secret_value(), connect_timeout=int(CONNECT_TIMEOUT_S)).close()
    except Exception as exc:
        raise StorageUnavailable(
            f"cannot use PostgreSQL at {redacted(url)} (AISLE_DATABASE_URL): {_reason(exc, url)}"
        ) from None
    pool: ConnectionPool[psycopg.Connection[Any]] = ConnectionPool(
        url.get_secret_value(),
        min_size=1,
        max_size=max_size,
        kwargs={"autocommit": True, "connect_timeout": int(CONNECT_TIMEOUT_S)},
        name="aisle",
        configure=_configure,
        open=False,
        reconnect_failed=_failed,
    )
    try:
        pool.open(wait=True, timeout=CONNECT_TIMEOUT_S)
    except Exception as exc:
        pool.close()
        raise StorageUnavailable(
            f"cannot use PostgreSQL at {redacted(url)} (AISLE_DATABASE_URL): {_reason(exc, url)}"
        ) from None
    return pool


def _configure(conn: psycopg.Connection[Any]) -> None:
    """Each new connection plans every statement for its own values: psycopg prepares a statement run often, and
    PostgreSQL would then soon plan it once for any values, which for a word or a brand that many products have is
    the plan for a rare one (a count of the first thousand that reads thousands of rows).

    And it never compiles a statement (JIT): the planner cannot tell how many products a word has, so it guesses
    thousands for each one, and a statement that counts a few dozen spellings (spelling help) looks costly enough
    to compile, which took 15-240 ms where running it takes under one (a million products).

    And what it writes into the full-text index waits in the index's pending list only up to 64 kB (PostgreSQL's
    smallest; 4 MB unless told): every search reads that whole list, word by word, and the planner, seeing it, scans
    the table instead. Products written one call at a time (the demo catalog, pages read by extraction) stayed there
    until a vacuum, and spelling help, which counts a couple of hundred spellings, read it or the table once for each
    (76-120 ms on the demo catalog, after every change of the catalog). A bulk import into an empty catalog builds
    the index after the rows are in and leaves no list. Since migration 6 the index keeps no list at all (even 64 kB
    cost a third of the server's CPU per call under load with products written meanwhile); the setting stays for a
    database not yet migrated."""
    conn.execute("SET plan_cache_mode = force_custom_plan; SET jit = off; SET gin_pending_list_limit = '64kB'")


def _reason(exc: Exception, url: SecretStr) -> str:
    """The driver's first line about what went wrong, without the password."""
    lines = str(exc).strip().splitlines()
    return scrubbed(lines[0] if lines else type(exc).__name__, url)


def _failed(pool: ConnectionPool[Any]) -> None:
    log.error("PostgreSQL cannot be reached: the pool %s gave up reconnecting and will try again", pool.name)
