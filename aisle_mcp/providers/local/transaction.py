"""One write transaction on the local SQLite files (the catalog, the extraction queue).

Their connections are opened with ``isolation_level=None`` (no transaction Python's ``sqlite3`` starts on its own),
so each write that must be all or nothing says where it starts and ends, here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Generator
from contextlib import contextmanager


@contextmanager
def immediate(db: sqlite3.Connection) -> Generator[None]:
    """Run the block in one ``BEGIN IMMEDIATE`` transaction: committed when the block ends, rolled back when
    anything is raised in it (or by the commit), which is then raised again.

    ``IMMEDIATE`` takes the file's write lock at the start, not at the first write: a transaction that reads before
    it writes cannot find, at that write, that another connection wrote in between (it waits for the lock up to the
    connection's ``busy_timeout`` instead, before reading anything).
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
        db.execute("COMMIT")
    except BaseException:
        # SQLite ends the transaction itself on a few errors (a full disk, an I/O error): the error raised is
        # that one, not the "no transaction is active" of rolling back again.
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
