"""Where Criteo exports live between calls: a registry of exports and, per export, a SQLite index of its rows.

Files under ``<data_dir>/criteo/``:

- ``exports.db``: one row per export (scope key + catalogId), its state (``pending`` → ``ready`` → ``loaded``)
  and what Criteo's status said (rows, size, MD5, currency, createdAt). A call that returns "preparing" has
  already written the catalogId here, so the next call, or the next process, continues that export.
- ``<scope>-<catalogId>.ndjson``: the verified output, kept as the rows' only copy.
- ``<scope>-<catalogId>.db``: the filter columns and a contentless FTS5 word index, each row pointing at its
  line's byte range in the ``.ndjson``. Built as ``.db.part`` and renamed when complete, so a half-built index
  is never opened. Pages read only their own lines and parse just those with ``records.parse_row``.

All functions are synchronous; the adapter runs them in worker threads.
"""

from __future__ import annotations

import functools
import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from aisle_mcp.products import Availability, Product
from aisle_mcp.providers.base import InventoryRequest
from aisle_mcp.providers.criteo.records import parse_row
from aisle_mcp.providers.fields import RecordError, availability, timestamp

REQUEST_CACHE_S = 3600.0
"""Criteo answers the same catalog request with the same catalog for an hour."""
OUTPUT_LIFETIME_S = 72 * 3600.0
"""Criteo keeps an output for 72 hours; past that it is never served."""

_REGISTRY = """
CREATE TABLE IF NOT EXISTS exports (
    scope TEXT NOT NULL,
    catalog_id TEXT NOT NULL,
    account_id TEXT NOT NULL,
    requested_at REAL NOT NULL,
    state TEXT NOT NULL,
    created_at REAL,
    currency TEXT,
    row_count INTEGER,
    file_size INTEGER,
    md5 TEXT,
    loaded_rows INTEGER,
    skipped_rows INTEGER,
    PRIMARY KEY (scope, catalog_id)
);
"""
_COLUMNS = (
    "scope, catalog_id, account_id, requested_at, state, created_at, currency, row_count, file_size, md5, "
    "loaded_rows, skipped_rows"
)


@dataclass(frozen=True)
class ExportRecord:
    scope: str
    catalog_id: str
    account_id: str
    requested_at: float
    state: str
    created_at: float | None = None
    currency: str | None = None
    row_count: int | None = None
    file_size: int | None = None
    md5: str | None = None
    loaded_rows: int | None = None
    skipped_rows: int | None = None

    @property
    def name(self) -> str:
        return f"{self.scope}-{self.catalog_id}"

    def expired(self, now: float) -> bool:
        return now >= (self.created_at or self.requested_at) + OUTPUT_LIFETIME_S

    def fresh(self, now: float) -> bool:
        """Within the hour in which Criteo would answer the same request with this same catalog."""
        return now - self.requested_at < REQUEST_CACHE_S and not self.expired(now)


class ExportRegistry:
    """The exports this data directory knows about; safe to use from several threads."""

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        self._lock = threading.Lock()
        self._db = sqlite3.connect(directory / "exports.db", check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA busy_timeout=10000")
        self._db.executescript(_REGISTRY)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def data_file(self, record: ExportRecord) -> Path:
        return self.directory / f"{record.name}.ndjson"

    def index_file(self, record: ExportRecord) -> Path:
        return self.directory / f"{record.name}.db"

    def latest(self, scope: str) -> ExportRecord | None:
        with self._lock:
            row = self._db.execute(
                f"SELECT {_COLUMNS} FROM exports WHERE scope = ? ORDER BY requested_at DESC LIMIT 1", (scope,)
            ).fetchone()
        return ExportRecord(*row) if row else None

    def all(self) -> list[ExportRecord]:
        with self._lock:
            rows = self._db.execute(f"SELECT {_COLUMNS} FROM exports").fetchall()
        return [ExportRecord(*row) for row in rows]

    def requested(self, scope: str, account_id: str, catalog_id: str, now: float) -> ExportRecord:
        """Criteo gave ``catalog_id`` for the scope: a new pending export, or the known one asked for again."""
        with self._lock:
            self._db.execute(
                "INSERT INTO exports (scope, catalog_id, account_id, requested_at, state) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (scope, catalog_id) DO UPDATE SET requested_at = excluded.requested_at",
                (scope, catalog_id, account_id, now, "pending"),
            )
        found = self.get(scope, catalog_id)
        assert found is not None
        return found

    def get(self, scope: str, catalog_id: str) -> ExportRecord | None:
        with self._lock:
            row = self._db.execute(
                f"SELECT {_COLUMNS} FROM exports WHERE scope = ? AND catalog_id = ?", (scope, catalog_id)
            ).fetchone()
        return ExportRecord(*row) if row else None

    def update(self, record: ExportRecord, **values: Any) -> ExportRecord:
        names = ", ".join(f"{name} = ?" for name in values)
        with self._lock:
            self._db.execute(
                f"UPDATE exports SET {names} WHERE scope = ? AND catalog_id = ?",
                (*values.values(), record.scope, record.catalog_id),
            )
        found = self.get(record.scope, record.catalog_id)
        assert found is not None
        return found

    def forget(self, record: ExportRecord) -> None:
        """Drop an export and its files (expired, failed, or replaced by a newer one)."""
        with self._lock:
            self._db.execute(
                "DELETE FROM exports WHERE scope = ? AND catalog_id = ?", (record.scope, record.catalog_id)
            )
        for path in (self.data_file(record), self.index_file(record)):
            for candidate in (path, path.with_name(path.name + ".part")):
                candidate.unlink(missing_ok=True)

    def sweep(self, now: float) -> None:
        """At start: drop expired exports and the half-written files a stopped process left behind."""
        for record in self.all():
            if record.expired(now):
                self.forget(record)
        for leftover in self.directory.glob("*.part"):
            leftover.unlink(missing_ok=True)


# The index of one export ------------------------------------------------------------------------------

_INDEX = """
CREATE TABLE rows (
    n INTEGER PRIMARY KEY,
    start INTEGER NOT NULL,
    length INTEGER NOT NULL,
    brand TEXT COLLATE NOCASE,
    category TEXT,
    in_stock INTEGER,
    updated INTEGER
);
CREATE VIRTUAL TABLE words USING fts5(
    name, brand, category, content = '', detail = none, columnsize = 0, tokenize = "unicode61 remove_diacritics 2"
);
-- A bulk load: merge the index's segments at the end of big batches, not after every few inserts.
INSERT INTO words (words, rank) VALUES ('automerge', 0);
INSERT INTO words (words, rank) VALUES ('crisismerge', 64);
"""
_INDEXES = (
    "CREATE INDEX rows_brand ON rows(brand)",
    "CREATE INDEX rows_in_stock ON rows(in_stock)",
    "CREATE INDEX rows_updated ON rows(updated)",
)
_BATCH = 5000
_BUYABLE = (Availability.in_stock, Availability.limited)
_WORD = re.compile(r"\w+", re.UNICODE)
_LEVELS = re.compile(r"\s*[>|]\s*")

IndexRow = tuple[str, str | None, str | None, int | None, int | None]
"""What a row is filtered on: name, brand, category path (lower case), in stock (1/0/None), updated (epoch s)."""


def index_values(row: Any) -> IndexRow | None:
    """The filter columns of one output row; ``None`` when the row has no id or name (``parse_row`` refuses it).

    Cheaper than ``parse_row`` by an order of magnitude, and consistent with it on the fields filtered on.
    """
    if not isinstance(row, dict):
        return None
    fields: dict[str, Any] = row  # pyright: ignore[reportUnknownVariableType]
    name, row_id = fields.get("name"), fields.get("id")
    if not isinstance(name, str) or not name.strip() or row_id is None or row_id == "" or isinstance(row_id, dict):
        return None
    brand = fields.get("brandName")
    category = fields.get("category")
    stock = fields.get("isInStock")
    if stock is True or stock is False:
        in_stock: int | None = int(stock)
    else:
        found = availability(stock)
        in_stock = None if found is Availability.unknown else int(found in _BUYABLE)
    return (
        name,
        " ".join(brand.split()) or None if isinstance(brand, str) else None,
        category_key(category) if isinstance(category, str) else None,
        in_stock,
        _epoch(fields.get("updatedAt")),
    )


@functools.lru_cache(maxsize=8192)  # a catalog has few distinct categories and many rows in each
def category_key(value: str) -> str | None:
    """A category path in lower case with ``" > "`` between levels, whichever separator it was written with."""
    levels = [level for level in _LEVELS.split(value.strip().lower()) if level]
    return " > ".join(levels) or None


def _epoch(value: object) -> int | None:
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return None
        return int((moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp())
    moment = timestamp(value)
    return int(moment.timestamp()) if moment else None


def _lines(source: Path) -> Iterator[tuple[int, bytes]]:
    start = 0
    with source.open("rb", buffering=1 << 20) as file:
        for line in file:
            yield start, line
            start += len(line)


def build_index(source: Path, target: Path, on_rows: Callable[[int], None]) -> tuple[int, int]:
    """Index every row of ``source`` into ``target``; returns (rows indexed, malformed rows skipped)."""
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    db = sqlite3.connect(part, isolation_level=None)
    try:
        # A cache file rebuilt from the verified output if anything goes wrong: no journal, no fsync.
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        db.execute("PRAGMA cache_size=-32000")
        db.executescript(_INDEX)
        db.execute("BEGIN")
        rows: list[tuple[Any, ...]] = []
        words: list[tuple[Any, ...]] = []
        indexed = skipped = 0
        for start, line in _lines(source):
            if not line.strip():
                continue
            try:
                values = index_values(orjson.loads(line))
            except orjson.JSONDecodeError:
                values = None
            if values is None:
                skipped += 1
                continue
            indexed += 1
            name, brand, category, in_stock, updated = values
            rows.append((indexed, start, len(line), brand, category, in_stock, updated))
            words.append((indexed, name, brand, category))
            if len(rows) >= _BATCH:
                _flush(db, rows, words)
                on_rows(indexed + skipped)
        _flush(db, rows, words)
        for statement in _INDEXES:
            db.execute(statement)
        db.execute("COMMIT")
        on_rows(indexed + skipped)
    finally:
        db.close()
    os.replace(part, target)
    return indexed, skipped


def _flush(db: sqlite3.Connection, rows: list[tuple[Any, ...]], words: list[tuple[Any, ...]]) -> None:
    db.executemany("INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    db.executemany("INSERT INTO words (rowid, name, brand, category) VALUES (?, ?, ?, ?)", words)
    rows.clear()
    words.clear()


@dataclass
class IndexPage:
    products: list[Product]
    total: int
    unreadable: int
    """Rows of this page that ``parse_row`` refused (skipped)."""


def match_expression(text: str) -> str | None:
    """Every word of ``text`` as a quoted FTS5 prefix term, all required."""
    tokens = dict.fromkeys(t.lower() for t in _WORD.findall(text))
    return " AND ".join(f'"{t}"*' for t in tokens) or None


def read_page(source: Path, index: Path, request: InventoryRequest, currency: str | None) -> IndexPage:
    """One page of the export's rows matching the request's filters, in catalog order."""
    where: list[str] = []
    params: list[Any] = []
    expression = match_expression(request.search or "")
    if expression:
        where.append("n IN (SELECT rowid FROM words WHERE words MATCH ?)")
        params.append(expression)
    if request.brand and request.brand.strip():
        where.append("brand = ?")
        params.append(" ".join(request.brand.split()))
    if request.category and (category := category_key(request.category)):
        escaped = category.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append("category LIKE ? ESCAPE '\\'")
        params.append(f"%{escaped}%")
    if request.in_stock is not None:
        where.append("in_stock = 1" if request.in_stock else "in_stock IS NOT 1")
    if request.updated_from is not None:
        where.append("updated >= ?")
        params.append(int(_aware(request.updated_from).timestamp()))
    if request.updated_to is not None:
        where.append("updated <= ?")
        params.append(int(_aware(request.updated_to).timestamp()))
    condition = " AND ".join(where) or "1"
    db = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
    try:
        total = db.execute(f"SELECT count(*) FROM rows WHERE {condition}", params).fetchone()[0]
        spans = db.execute(
            f"SELECT start, length FROM rows WHERE {condition} ORDER BY n LIMIT ? OFFSET ?",
            (*params, request.limit, request.offset),
        ).fetchall()
    finally:
        db.close()
    products: list[Product] = []
    unreadable = 0
    with source.open("rb") as file:
        for start, length in spans:
            file.seek(start)
            try:
                products.append(parse_row(orjson.loads(file.read(length)), currency))
            except (RecordError, ValueError):
                unreadable += 1
    return IndexPage(products, total, unreadable)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
