"""One catalog call (a search, an inventory page) on one connection, in as few round trips as it can.

A call holds one connection of the pool from its start to its end (``Database.call``) rather than taking one for
each statement. What a search starts from (``Snapshot``: the catalog's change counter, its size, whether it holds
another owner's products) is the one this process read last, assumed rather than asked for: the call's first
statement carries the question along (``Database.rows``), and when the answer differs from what was assumed the
call is made again from the fresh one (``Stale``). So a call never answers from a catalog older than the one its
first statement reads, as when it asked first, and costs one round trip less.

The question carried along is the change counter and whether another owner's products are there (``CHECK``), not
the size: every write of the catalog moves the counter, and the highest row id cost the planner and the server
more than the rest of the question together (a third of a small catalog's listing). Whether another owner's
products are there is asked in the very statement that reads them, so that a product written and not yet counted
is never shown to a reader it does not belong to.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Generator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool

from aisle_mcp.providers.local.owners import Viewer

Pool = ConnectionPool[psycopg.Connection[Any]]
SNAPSHOT = (
    "SELECT (SELECT last_value FROM catalog_changes), (SELECT coalesce(max(rowid), 0) FROM products),"
    " EXISTS (SELECT 1 FROM products WHERE owner IS NOT NULL AND owner IS DISTINCT FROM ?)"
)
"""The snapshot's three values for one reader (its owner the one parameter)."""
CHECK = (
    "SELECT (SELECT last_value FROM catalog_changes),"
    " EXISTS (SELECT 1 FROM products WHERE owner IS NOT NULL AND owner IS DISTINCT FROM ?)"
)
"""What a call's first statement asks beside its own question: whether the snapshot it assumed still holds (the
change counter, and whether another owner's products are there for this reader)."""


SMALL = 1_000
"""A catalog with fewer products (by its highest row id) has its calls' statements planned once for any values
(PostgreSQL's own choice, ``plan_cache_mode = auto``, once psycopg prepares a statement run often); a larger one
plans each for its values (``connect._configure`` says why). Any plan reads at most the whole of a small catalog,
in well under a millisecond, and planning a search's statements anew cost the server more than running them: about
half its CPU per call on the demo catalog (430 products) under ``bench/http_load.py``'s mix on one replica, a fifth
under ``bench/replicas.py`` (four processes' connections, each of which plans a statement several times first)."""
_PLANS = (b"SET plan_cache_mode = force_custom_plan", b"SET plan_cache_mode = auto")


def sql(statement: str) -> bytes:
    """A statement written with ``?`` for its parameters (as the shared code writes conditions), for psycopg."""
    return statement.replace("%", "%%").replace("?", "%s").encode()


def beside(first: str, second: str, width: int = 2) -> str:
    """One statement giving ``first``'s one row (of ``width`` columns) beside each row of ``second`` (in its order,
    told by the column after ``first``'s), or beside nulls when ``second`` has none: two questions in one round trip.
    ``first``'s parameters come first."""
    return (
        f"SELECT f.*, s.* FROM ({first}) f LEFT JOIN LATERAL"
        f" (SELECT row_number() OVER () AS place, x.* FROM ({second}) x) s ON true ORDER BY {width + 1}"
    )


@dataclass(frozen=True)
class Snapshot:
    """What a search reads first: the catalog's change counter (what is remembered of it is kept until it moves),
    its size as ranking counts it (the highest row id, as on SQLite), and whether it holds products of another owner
    than the reader."""

    version: int
    size: int
    viewer: Viewer


def snapshot_of(owner: str | None, row: Sequence[Any]) -> Snapshot:
    if not row[2]:
        return Snapshot(int(row[0]), int(row[1]), Viewer(owner, hidden=False))
    seen = Viewer(owner, hidden=True, where=["(p.owner IS NULL OR p.owner = ?)"], params=[owner])
    return Snapshot(int(row[0]), int(row[1]), seen)


class Stale(Exception):
    """The snapshot a call assumed is not the catalog's any more: the call is made again from ``fresh``."""

    def __init__(self, fresh: Snapshot) -> None:
        super().__init__("the catalog changed")
        self.fresh = fresh


class Database:
    """The pool, and for each thread the connection its current call holds and the snapshot it assumes."""

    def __init__(self, pool: Pool) -> None:
        self.pool = pool
        self._local = threading.local()
        self._planned_once: weakref.WeakKeyDictionary[psycopg.Connection[Any], bool] = weakref.WeakKeyDictionary()
        """The connections whose ``plan_cache_mode`` this has set, and whether to ``auto`` (others: the pool's)."""
        self._plans_lock = threading.Lock()

    def _held(self) -> psycopg.Connection[Any] | None:
        return getattr(self._local, "held", None)

    @contextmanager
    def connection(self) -> Generator[psycopg.Connection[Any]]:
        """The call's connection, or one of the pool's for this statement alone."""
        held = self._held()
        if held is not None:
            yield held
            return
        with self.pool.connection() as conn:
            yield conn

    @contextmanager
    def call(self) -> Generator[None]:
        """Hold one connection for everything this thread reads until the block ends (a call within a call uses
        the outer one's)."""
        if self._held() is not None:
            yield
            return
        with self.pool.connection() as conn:
            self._local.held = conn
            try:
                yield
            finally:
                self._local.held = None
                self._local.assumed = None
                self._local.checked = None

    def plan_for(self, size: int) -> None:
        """Plan the call's statements as a catalog of ``size`` products is best served (see ``SMALL``): one
        statement more on the call's connection when its setting changes, none otherwise."""
        held = self._held()
        if held is None:
            return
        once = size < SMALL
        with self._plans_lock:
            if self._planned_once.get(held, False) == once:
                return
        held.execute(_PLANS[once])
        with self._plans_lock:
            self._planned_once[held] = once

    def in_call(self) -> bool:
        return self._held() is not None

    def assume(self, found: Snapshot) -> None:
        """Take ``found`` as the catalog's snapshot until the call's next statement says whether it still is."""
        self._local.assumed = found

    def unchecked(self) -> Snapshot | None:
        """The snapshot assumed and not yet checked."""
        return getattr(self._local, "assumed", None)

    def checked(self) -> Snapshot | None:
        """The snapshot this call read or checked (the catalog as the call sees it), if any."""
        return getattr(self._local, "checked", None) if self.in_call() else None

    def accept(self, found: Snapshot) -> None:
        """Take ``found``, just read, as the catalog's snapshot for the rest of the call."""
        self._local.assumed = None
        if self.in_call():
            self._local.checked = found

    def rows(self, statement: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """The rows of one statement (``?`` for its parameters); the first of a call also checks the snapshot the
        call assumes (``Stale`` when it moved)."""
        with self.connection() as conn:
            assumed = self.unchecked()
            if assumed is None:
                return conn.execute(sql(statement), tuple(params)).fetchall()
            self._local.assumed = None
            found = conn.execute(sql(beside(CHECK, statement)), (assumed.viewer.owner, *params)).fetchall()
            version, hidden = found[0][:2]
            if int(version) != assumed.version or bool(hidden) != assumed.viewer.hidden:
                raise Stale(self.snapshot(assumed.viewer.owner))
        self.accept(assumed)
        return [row[3:] for row in found if row[2] is not None]

    def one(self, statement: str, params: Sequence[Any] = ()) -> Any:
        found = self.rows(statement, params)
        return found[0][0] if found else None

    def snapshot(self, owner: str | None) -> Snapshot:
        """The snapshot as it is now, asked for."""
        with self.connection() as conn:
            row = conn.execute(sql(SNAPSHOT), (owner,)).fetchone()
        assert row is not None
        found = snapshot_of(owner, row)
        self.accept(found)
        return found

    def version(self) -> int:
        """The catalog's change counter as it is now (one small statement)."""
        return int(self.one("SELECT last_value FROM catalog_changes"))

    def check(self) -> Snapshot | None:
        """For a call that read nothing: the fresh snapshot when the assumed one is stale, else None."""
        assumed = self.unchecked()
        if assumed is None:
            return None
        try:
            self.rows("SELECT 1")  # the first statement's check alone
        except Stale as exc:
            return exc.fresh
        return None
