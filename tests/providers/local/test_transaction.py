"""One write transaction on a local SQLite file: all of it is kept, or none of it and the error goes on."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from aisle_mcp.providers.local.transaction import immediate


@pytest.fixture
def path(tmp_path: Path) -> Path:
    file = tmp_path / "catalog.db"
    with sqlite3.connect(file) as db:
        db.execute("CREATE TABLE products (id TEXT PRIMARY KEY, title TEXT NOT NULL)")
        db.execute("INSERT INTO products VALUES ('p1', 'Walnut desk')")
    return file


@pytest.fixture
def db(path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(path, isolation_level=None)  # as the catalog and the extraction queue open theirs
    yield connection
    connection.close()


def titles(path: Path) -> list[str]:
    """What another connection reads: only what was committed."""
    with sqlite3.connect(path) as other:
        return [row[0] for row in other.execute("SELECT title FROM products ORDER BY id")]


def test_a_block_that_ends_commits_every_write(db: sqlite3.Connection, path: Path) -> None:
    with immediate(db):
        db.execute("INSERT INTO products VALUES ('p2', 'Oak shelf')")
        db.execute("UPDATE products SET title = 'Walnut standing desk' WHERE id = 'p1'")
    assert not db.in_transaction
    assert titles(path) == ["Walnut standing desk", "Oak shelf"]


def test_an_error_in_the_block_rolls_every_write_back_and_is_raised_again(db: sqlite3.Connection, path: Path) -> None:
    with pytest.raises(sqlite3.IntegrityError), immediate(db):
        db.execute("INSERT INTO products VALUES ('p2', 'Oak shelf')")
        db.execute("INSERT INTO products VALUES ('p1', 'A second p1')")  # the primary key refuses it
    assert not db.in_transaction
    assert titles(path) == ["Walnut desk"]
    db.execute("INSERT INTO products VALUES ('p3', 'Pine stool')")  # the connection writes on as before
    assert titles(path) == ["Walnut desk", "Pine stool"]


def test_an_interrupt_in_the_block_rolls_back_too(db: sqlite3.Connection, path: Path) -> None:
    with pytest.raises(KeyboardInterrupt), immediate(db):
        db.execute("INSERT INTO products VALUES ('p2', 'Oak shelf')")
        raise KeyboardInterrupt
    assert not db.in_transaction
    assert titles(path) == ["Walnut desk"]


def test_the_error_raised_is_the_blocks_own_when_sqlite_already_ended_the_transaction(
    db: sqlite3.Connection, path: Path
) -> None:
    # As SQLite does itself on a full disk or an I/O error: rolling back again would raise "no transaction is active".
    with pytest.raises(sqlite3.OperationalError, match="disk is full"), immediate(db):
        db.execute("INSERT INTO products VALUES ('p2', 'Oak shelf')")
        db.execute("ROLLBACK")
        raise sqlite3.OperationalError("database or disk is full")
    assert titles(path) == ["Walnut desk"]


def test_the_write_lock_is_taken_when_the_block_starts(db: sqlite3.Connection, path: Path) -> None:
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        # Nothing written yet, and already no other connection may start writing.
        with immediate(db), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again once the block has committed
        other.execute("ROLLBACK")
    finally:
        other.close()
