"""Whose products a read may show: the shared catalog (demo products, imports) and the reader's own.

A product read from a page (extraction) or remembered from a provider's answer belongs to the owner it was read
for: over HTTP a token's owner id (a hash, ``tok_…``), over stdio and in memory the one ``LOCAL_OWNER``. An owned
product has a row in ``product_owners`` (by its ``products`` rowid); a shared one has none. Every read takes the
reader's owner and shows the shared products and that owner's own, nothing else: a product of another owner is not
found, exactly as one that never existed.

The owners sit in a table of their own, not in a column of ``products``: a search checks each candidate with a
look-up in this small table, while the candidate's own row (its document included) is never read for it, so the
sort indexes keep answering on their own.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from aisle_mcp.products import stable_id
from aisle_mcp.providers.local.transaction import immediate

LOCAL_OWNER = "local"
"""The one owner over stdio and in memory. HTTP owners are token hashes (``tok_…``), never this."""
SHARED = ""
"""The owner of a remembered record that every owner may read (``remembered_products`` keys need a value)."""

TABLES = """
CREATE TABLE IF NOT EXISTS product_owners (product INTEGER PRIMARY KEY, owner TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS product_owners_owner ON product_owners(owner);
CREATE TRIGGER IF NOT EXISTS products_owner_gone AFTER DELETE ON products
BEGIN
    DELETE FROM product_owners WHERE product = old.rowid;
END;
CREATE TABLE IF NOT EXISTS remembered_products (
    owner TEXT NOT NULL,
    id TEXT NOT NULL,
    doc TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (owner, id)
) WITHOUT ROWID;
"""
VISIBLE = "NOT EXISTS (SELECT 1 FROM product_owners o WHERE o.product = {row}.rowid AND o.owner IS NOT ?)"
"""The condition that a ``products`` row (named ``row``) is shared or the parameter's own (None: shared)."""
HIDDEN_CAP = 100_000
_MIGRATED = "owners"
"""The ``catalog_meta`` key set once a file has been brought up to owners (``add_owners``)."""


@dataclass(frozen=True)
class Viewer:
    """One reader of the catalog: its owner (None: the shared catalog only), and whether the file holds products
    it may not see. Only then do reads carry the owner condition, so a file without such products costs nothing."""

    owner: str | None
    hidden: bool
    where: list[str] = field(default_factory=list[str])
    params: list[Any] = field(default_factory=list[Any])


def viewer(db: sqlite3.Connection, owner: str | None) -> Viewer:
    """The reader ``owner`` of this catalog: two probes of the owners' index tell whether any product is another's."""
    probe = owner or ""
    found = db.execute(
        "SELECT EXISTS (SELECT 1 FROM product_owners WHERE owner < ?1)"
        " OR EXISTS (SELECT 1 FROM product_owners WHERE owner > ?1)",
        (probe,),
    ).fetchone()
    if not found[0]:
        return Viewer(owner, hidden=False)
    return Viewer(owner, hidden=True, where=[VISIBLE.format(row="p")], params=[owner])


def write_owner(db: sqlite3.Connection, rowids: list[int], owner: str | None) -> None:
    """Within a write: these (just written) products are ``owner``'s own, or shared (None).

    A replaced product's row was deleted first, and its owner with it (``products_owner_gone``)."""
    if owner is not None:
        db.executemany(
            "INSERT OR REPLACE INTO product_owners (product, owner) VALUES (?, ?)", [(r, owner) for r in rowids]
        )


def hidden_count(db: sqlite3.Connection, owner: str | None, cap: int = HIDDEN_CAP) -> int:
    """How many products ``owner`` may not see (up to ``cap`` on each side of its own in the owners' index)."""
    probe = owner or ""
    found = db.execute(
        "SELECT (SELECT count(*) FROM (SELECT 1 FROM product_owners WHERE owner < ?1 LIMIT ?2))"
        " + (SELECT count(*) FROM (SELECT 1 FROM product_owners WHERE owner > ?1 LIMIT ?2))",
        (probe, cap),
    ).fetchone()
    return int(found[0])


class VisibleCounts:
    """How many products have each term, as a reader sees them, from the whole file's counts.

    A term only products it may not see have is at 0, so no note or spelling suggestion gives another owner's words
    away; a count up to ``enough`` (what decides which words pick a search's candidates) is exact, so neither do the
    candidates and their total. A larger count stays the file's, past ``enough`` either way: it only weighs a common
    word. Each count costs at most ``enough`` visible rows and the hidden ones with the term, and only terms the
    hidden products could bring to ``enough`` or below are counted; a count is remembered while the term's count in
    the file and the number of hidden products stay the same.
    """

    LIMIT = 100_000

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._known: dict[tuple[str | None, str, int, int], int] = {}
        self._hidden: tuple[tuple[str | None, int, int], int] | None = None
        # The full-text index's rows and the owners' table only: the products' own rows are not read.
        visible = VISIBLE.format(row="products_text")
        self._query = (
            f"SELECT count(*) FROM (SELECT 1 FROM products_text WHERE products_text MATCH ? AND {visible} LIMIT ?)"
        )

    def hidden(self, owner: str | None) -> int:
        """``hidden_count``, counted again only once the file has changed (here or in another process)."""
        version = (owner, int(self._db.execute("PRAGMA data_version").fetchone()[0]), self._db.total_changes)
        if self._hidden is None or self._hidden[0] != version:
            self._hidden = (version, hidden_count(self._db, owner))
        return self._hidden[1]

    def __call__(self, counts: dict[str, int], seen: Viewer, hidden: int, enough: int) -> dict[str, int]:
        if not seen.hidden:
            return counts
        if len(self._known) > self.LIMIT:
            self._known.clear()
        shown: dict[str, int] = {}
        for term, count in counts.items():
            if count == 0 or count > enough + hidden:
                shown[term] = count
                continue
            key = (seen.owner, term, count, hidden)
            found = self._known.get(key)
            if found is None:
                found = int(self._db.execute(self._query, (_quoted(term), seen.owner, enough + 1)).fetchone()[0])
                self._known[key] = found
            shown[term] = found if found <= enough else count
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
    """The owners' tables, and a catalog file made before owners brought up to date, once.

    Every product it has stays shared (the demo products and imports), except the products local extraction jobs
    read, which go to their job's owner (the latest job's, for a page several owners read). Records remembered from
    providers' answers (``seen_products``, kept without an owner) go to the stdio owner: no HTTP token sees them,
    and an agent that needs one again searches again.
    """
    db.executescript(TABLES)
    if _migrated(db):
        return
    with immediate(db):
        if not _migrated(db):  # read again inside the transaction: another process may have done it
            if _has_table(db, "extract_urls") and _has_table(db, "jobs"):
                read = db.execute(
                    "SELECT u.product_id, j.owner FROM extract_urls u JOIN jobs j ON j.ref = u.ref"
                    " WHERE u.state = 'done' AND j.provider = 'local' ORDER BY j.created_at, j.id"
                )
                owners = dict(read.fetchall())  # the latest job's owner wins
                db.executemany(
                    "INSERT OR REPLACE INTO product_owners (product, owner) SELECT rowid, ? FROM products WHERE id = ?",
                    [(owner, product_id) for product_id, owner in owners.items()],
                )
            if _has_table(db, "seen_products"):
                db.execute(
                    "INSERT OR IGNORE INTO remembered_products (owner, id, doc, seen_at)"
                    " SELECT ?, id, doc, seen_at FROM seen_products",
                    (LOCAL_OWNER,),
                )
                db.execute("DROP TABLE seen_products")
            db.execute("INSERT OR REPLACE INTO catalog_meta (key, value) VALUES (?, '1')", (_MIGRATED,))


def _migrated(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM catalog_meta WHERE key = ?", (_MIGRATED,)).fetchone() is not None


def _has_table(db: sqlite3.Connection, name: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None
