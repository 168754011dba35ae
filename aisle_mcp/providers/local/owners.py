"""Whose products a read may show: the shared catalog (demo products, imports) and the reader's own.

A product read from a page (extraction) or remembered from a provider's answer belongs to the owner it was read
for: over HTTP a token's owner id (a hash, ``tok_…``), over stdio and in memory the one ``LOCAL_OWNER``. Its row
carries that owner; a shared product's owner is NULL. Every read takes the reader's owner and shows the shared
products and that owner's own, nothing else: a product of another owner is not found, exactly as one that never
existed.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from aisle_mcp.products import stable_id

LOCAL_OWNER = "local"
"""The one owner over stdio and in memory. HTTP owners are token hashes (``tok_…``), never this."""
SHARED = ""
"""The owner of a remembered record that every owner may read (``remembered_products`` keys need a value)."""

REMEMBERED = """
CREATE TABLE IF NOT EXISTS remembered_products (
    owner TEXT NOT NULL,
    id TEXT NOT NULL,
    doc TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (owner, id)
) WITHOUT ROWID;
"""
HIDDEN_CAP = 100_000
_TEXT_JOIN = "products_text CROSS JOIN products p ON p.rowid = products_text.rowid"
OWNED_INDEX = "CREATE INDEX IF NOT EXISTS products_owner ON products(owner) WHERE owner IS NOT NULL"
"""Only owned rows are in it: a shared catalog of a million products adds nothing to it."""


@dataclass(frozen=True)
class Viewer:
    """One reader of the catalog: its owner (None: the shared catalog only), and whether the file holds products
    it may not see. Only then do reads carry the owner condition, so a file without such products costs nothing."""

    owner: str | None
    hidden: bool
    where: list[str] = field(default_factory=list[str])
    params: list[Any] = field(default_factory=list[Any])


def viewer(db: sqlite3.Connection, owner: str | None) -> Viewer:
    """The reader ``owner`` of this catalog: two probes of the owned rows' index tell whether any is another's."""
    probe = owner or ""
    found = db.execute(
        "SELECT EXISTS (SELECT 1 FROM products WHERE owner < ?) OR EXISTS (SELECT 1 FROM products WHERE owner > ?)",
        (probe, probe),
    ).fetchone()
    if not found[0]:
        return Viewer(owner, hidden=False)
    if owner is None:
        return Viewer(owner, hidden=True, where=["p.owner IS NULL"])
    return Viewer(owner, hidden=True, where=["(p.owner IS NULL OR p.owner = ?)"], params=[owner])


def hidden_count(db: sqlite3.Connection, owner: str | None, cap: int = HIDDEN_CAP) -> int:
    """How many products ``owner`` may not see (up to ``cap`` on each side of its own in the owned rows' index)."""
    probe = owner or ""
    found = db.execute(
        "SELECT (SELECT count(*) FROM (SELECT 1 FROM products WHERE owner < ?1 LIMIT ?2))"
        " + (SELECT count(*) FROM (SELECT 1 FROM products WHERE owner > ?1 LIMIT ?2))",
        (probe, cap),
    ).fetchone()
    return int(found[0])


def visible_counts(
    db: sqlite3.Connection, counts: dict[str, int], seen: Viewer, hidden: int, enough: int
) -> dict[str, int]:
    """How many products have each term, as this reader sees them, from ``counts`` (the whole file's).

    A term only products it may not see have is at 0, so no note or spelling suggestion gives another owner's words
    away; a count up to ``enough`` (what decides which words pick a search's candidates) is exact, so neither do the
    candidates and their total. A larger count stays the file's, past ``enough`` either way: it only weighs a common
    word. Each count costs at most ``enough`` visible rows and the hidden ones with the term, and only terms the
    ``hidden`` products could bring to ``enough`` or below are counted.
    """
    if not seen.hidden:
        return counts
    query = (
        f"SELECT count(*) FROM (SELECT 1 FROM {_TEXT_JOIN} WHERE products_text MATCH ? AND {' AND '.join(seen.where)}"
        " LIMIT ?)"
    )
    shown: dict[str, int] = {}
    for term, count in counts.items():
        if count == 0 or count > enough + hidden:
            shown[term] = count
            continue
        visible = int(db.execute(query, (_quoted(term), *seen.params, enough + 1)).fetchone()[0])
        shown[term] = visible if visible <= enough else count
    return shown


def _quoted(term: str) -> str:
    """A term as an FTS5 string, matched as written."""
    return '"' + term.replace('"', '""') + '"'


def owned_id(product_id: str, owner: str) -> str:
    """The id of a page's product read for ``owner``: stable for that owner, and another owner's read of the same
    page gets another id, so neither replaces (nor reveals) the other's."""
    source = product_id.partition(":")[0] or "local"
    return stable_id(source, product_id, owner)


def add_owners(db: sqlite3.Connection) -> None:
    """Bring a catalog file made before owners up to date, once.

    Its products gain an ``owner`` column: every existing row stays shared (the demo products and imports), except
    the products local extraction jobs read, which go to their job's owner (the latest job's, for a page several
    owners read). Records remembered from providers' answers (``seen_products``, kept without an owner) go to the
    stdio owner: no HTTP token sees them, and an agent that needs one again searches again.
    """
    db.executescript(REMEMBERED)
    if _has_owner_column(db) and not _has_table(db, "seen_products"):
        db.execute(OWNED_INDEX)
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        if not _has_owner_column(db):  # read again inside the transaction: another process may have done it
            db.execute("ALTER TABLE products ADD COLUMN owner TEXT")
            if _has_table(db, "extract_urls") and _has_table(db, "jobs"):
                read = db.execute(
                    "SELECT u.product_id, j.owner FROM extract_urls u JOIN jobs j ON j.ref = u.ref"
                    " WHERE u.state = 'done' AND j.provider = 'local' ORDER BY j.created_at, j.id"
                )
                owners = dict(read.fetchall())  # the latest job's owner wins
                db.executemany("UPDATE products SET owner = ? WHERE id = ?", [(o, i) for i, o in owners.items()])
        if _has_table(db, "seen_products"):
            db.execute(
                "INSERT OR IGNORE INTO remembered_products (owner, id, doc, seen_at)"
                " SELECT ?, id, doc, seen_at FROM seen_products",
                (LOCAL_OWNER,),
            )
            db.execute("DROP TABLE seen_products")
        db.execute(OWNED_INDEX)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def _has_owner_column(db: sqlite3.Connection) -> bool:
    return any(row[1] == "owner" for row in db.execute("PRAGMA table_info(products)"))


def _has_table(db: sqlite3.Connection, name: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None
