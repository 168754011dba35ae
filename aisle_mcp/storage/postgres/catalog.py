"""The built-in catalog in PostgreSQL: the same products, owners, remembered records and search as the SQLite
catalog, for replicas on several machines.

The search is the SQLite catalog's own (``Catalog._search`` and the ranking it calls); this class answers the
engine's part of it (``search``: candidates, counts, pages) and keeps the products. A product belongs to the owner
it was written for (``owner``; none: shared), and every read shows the shared products and the reader's own, so
another owner's product answers as one that never existed.

Writes go through ``COPY`` into a staging table and one ``INSERT … ON CONFLICT`` (a product written again is
replaced, keeping its row id). Each product's ``tsvector`` comes written in its line (``text.copy_rows``), or, for
terms only PostgreSQL may cut, is made there from its stemmed fields. A bulk import appends with one ``COPY`` per
batch until an id is found again, its lines made by the import's worker processes, and into a nearly empty catalog
builds the full-text and sort indexes once, at the end.
"""

from __future__ import annotations

import contextlib
import threading
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any, TypeVar, cast

import psycopg
from pydantic import SecretStr

from aisle_mcp.products import Product
from aisle_mcp.products.search import SearchFilters, SearchPage, SearchRequest
from aisle_mcp.providers.base import InventoryPage, InventoryRequest
from aisle_mcp.providers.local import listing, relevance, store
from aisle_mcp.providers.local.catalog import Catalog
from aisle_mcp.providers.local.owners import HIDDEN_CAP, SHARED, Viewer
from aisle_mcp.providers.local.stems import stems
from aisle_mcp.providers.local.values import currency_for
from aisle_mcp.storage.postgres import search
from aisle_mcp.storage.postgres.connect import POOL_MAX, open_pool, redacted
from aisle_mcp.storage.postgres.migrations import LOCK, WORDS_LOCK
from aisle_mcp.storage.postgres.session import Database, Pool, Snapshot, Stale
from aisle_mcp.storage.postgres.text import WORDS, Written, copy_rows, copy_text, made_vector, prepared_rows, stemmed

COLUMNS = (
    "id", "source", "title", "brand", "seller", "category", "price", "currency", "availability", "color", "material",
    "tags", "rating", "updated_at", "added_at", "doc",
)  # fmt: skip
"""The columns of ``store.row_values``, in its order."""
_WRITTEN = ", ".join([*COLUMNS, "owner", "words"])
_REPLACED = ", ".join(f"{column} = excluded.{column}" for column in [*COLUMNS, "owner", "words"])
_COPIED = ", ".join([*COLUMNS, "owner"])
_FIELDS = ("w_title", "w_brand", "w_codes", "w_category", "w_body")
_APPENDED = f"COPY products ({_WRITTEN}) FROM STDIN".encode()
_STAGED_COPY = f"COPY incoming ({', '.join([*COLUMNS, 'owner', 'words', *_FIELDS])}) FROM STDIN".encode()
_NO_FIELDS = b"\t\\N" * len(_FIELDS) + b"\n"
"""A line of ``COPY products`` with its words made, made a staging line (no stemmed fields). New products get
their row ids in the order written (``at``), as in the SQLite catalog."""
_STAGING = (
    "CREATE TEMP TABLE IF NOT EXISTS incoming (id text, source text, title text, brand text, seller text,"
    " category text, price double precision, currency text, availability text, color text, material text, tags text,"
    " rating double precision, updated_at text, added_at text, doc text, owner text, words tsvector, w_title text,"
    " w_brand text, w_codes text, w_category text, w_body text, at bigserial) ON COMMIT DELETE ROWS"
)
_REPLACE = (
    f"INSERT INTO products ({_WRITTEN}) SELECT {_COPIED}, coalesce(words, {WORDS}) FROM incoming ORDER BY at"
    f" ON CONFLICT (id) DO UPDATE SET {_REPLACED}"
)
BULK_BELOW = 10_000
"""A bulk import into a catalog with fewer products builds its indexes once, at the end."""
DEFERRED = {
    "products_words": "products USING gin (words) WITH (fastupdate = off)",
    "products_price": "products (price, rowid)",
    "products_price_down": "products (price DESC NULLS LAST, rowid DESC)",
    "products_brand": "products (lower(brand), rating, price)",
    "products_brand_price": "products (lower(brand), price) INCLUDE (brand)",
    "products_updated": "products (updated_at DESC NULLS LAST, rowid DESC)",
    "products_rating": "products (rating DESC NULLS LAST, rowid DESC)",
    "products_title": 'products (title COLLATE "C", rowid)',
}
"""The indexes a bulk import into a nearly empty catalog builds after the rows are in (as migrations 2, 3 and 6 make
them)."""
FULL_TEXT = "products_words"
INDEX_LOCK = LOCK << 8
"""The first of the advisory lock keys of building the ``DEFERRED`` indexes, one each (``create_indexes``)."""
BUILD_MEMORY = "256MB"
"""``maintenance_work_mem`` of an index build: a GIN index is built in memory up to this, then written out."""
COMMON = store.COMMON
COUNTED_UP_TO = 20_000
"""A term not among the common ones is counted on the index up to here (a term grown common since the last bulk
import weighs as this many products)."""
_OWNERS_KEPT = 1_000
"""Readers whose last snapshot is kept at most (past it, the kept ones are forgotten)."""
_T = TypeVar("_T")


class PostgresCatalog(Catalog):
    """The catalog on a PostgreSQL pool. Thread-safe: a search or an inventory listing holds one connection of the
    pool throughout (``session.Database.call``), any other read takes one for its statement."""

    def __init__(self, pool: Pool, name: str) -> None:  # pyright: ignore[reportMissingSuperCall]
        self.name = name
        self._pool = pool
        self._db = Database(pool)
        self._latest: dict[str | None, Snapshot] = {}
        """The snapshot each owner's last call read, all of one version of the catalog (see ``session``)."""
        self._lock = contextlib.nullcontext()
        self._memo_lock = threading.Lock()
        self._version: int | None = None
        self._known: dict[str, int] = {}
        self._visible_known: dict[tuple[str | None, str, int, int], int] = {}
        self._currencies_known: dict[str, int] | None = None
        self._stated_known: tuple[int, frozenset[str]] | None = None
        self._current = threading.local()
        self._appending = False
        """In a bulk import, until an id is found again: products are appended (see ``_write``)."""

    def close(self) -> None:
        self._pool.close()

    def count(self) -> int:
        return int(self._db.one("SELECT count(*) FROM products"))

    # Writing ------------------------------------------------------------------------------------------

    def upsert(self, products: Iterable[Product], owner: str | None = None) -> int:
        added_at = datetime.now(UTC).isoformat()
        latest = {p.id: p for p in products}
        written = [(store.row_values(p, added_at), store.text_values(p)) for p in latest.values()]
        self._write(written, copy_rows(written, owner), owner, append=False)
        return len(written)

    def write_rows(self, rows: Sequence[store.Row], prepared: Sequence[Written] | None = None) -> int:
        made = copy_rows(rows) if prepared is None else prepared
        latest = {row[0][0]: at for at, row in enumerate(rows)}  # the last of an id, where its first was
        if len(latest) == len(rows):
            self._write(rows, made, None, append=self._appending)
        else:
            kept = list(latest.values())
            self._write([rows[at] for at in kept], [made[at] for at in kept], None, append=self._appending)
        return len(latest)

    def preparer(self) -> Callable[[list[store.Row]], tuple[list[store.Row], list[Written]]]:
        return prepared_rows

    def _write(self, rows: Sequence[store.Row], made: Sequence[Written], owner: str | None, *, append: bool) -> None:
        """Write products: appended with one ``COPY`` during a bulk import while no id is found again (the unique
        index says so: that write is undone and made again as a replacement, and so is every later one), else
        through the staging table, replacing products of the same ids."""
        if not rows:
            return
        with self._pool.connection() as conn:
            if append and all(isinstance(line, bytes) for line in made):
                lines = cast(Sequence[bytes], made)
                try:
                    with conn.transaction():
                        with conn.cursor().copy(_APPENDED) as copy:
                            copy.write(b"".join(lines))
                        add_currencies(conn, lines)
                except psycopg.errors.UniqueViolation:
                    self._appending = False
                else:
                    conn.execute("SELECT nextval('catalog_changes')")
                    return
            with conn.transaction():
                conn.execute(_STAGING)
                with conn.cursor().copy(_STAGED_COPY) as copy:
                    for (row, _), line in zip(rows, made, strict=True):
                        # Every line written as bytes: the driver would send rows given it as values after them.
                        if isinstance(line, bytes):
                            copy.write(line[:-1] + _NO_FIELDS)
                        else:
                            copy.write(("\t".join(map(copy_text, (*row, owner, None, *line))) + "\n").encode())
                conn.execute(counting_new(_REPLACE))
            conn.execute("SELECT nextval('catalog_changes')")

    @contextlib.contextmanager
    def bulk(self) -> Generator[None]:
        """Around a large import: into a nearly empty catalog the indexes are built once, at the end (one sort
        costs far less than an index insert per product per index); after any, the counts of common terms are taken
        again, and the planner's statistics."""
        few = int(self._db.one("SELECT count(*) FROM (SELECT 1 FROM products LIMIT ?) f", [BULK_BELOW]))
        deferred = few < BULK_BELOW
        if deferred:
            with self._pool.connection() as conn:
                for name in DEFERRED:
                    conn.execute(f"DROP INDEX IF EXISTS {name}".encode())
        self._appending = True
        try:
            yield
        finally:
            self._appending = False
            self._finish(deferred)

    def _finish(self, deferred: bool) -> None:
        """The end of a bulk import: the deferred indexes and the counts of common terms, on two connections at once
        (PostgreSQL 15 builds a GIN index in one process, and the full-text one takes longest), then the planner's
        statistics (which wait for the index builds, and read the indexed expressions)."""
        full_text = [name for name in DEFERRED if deferred and name == FULL_TEXT]
        sorts = [name for name in DEFERRED if deferred and name != FULL_TEXT]

        def build_full_text() -> None:
            with self._pool.connection() as conn:
                create_indexes(conn, full_text)

        with ThreadPoolExecutor(1) as beside:
            building = beside.submit(build_full_text)
            with self._pool.connection() as conn:
                create_indexes(conn, sorts, alone=False)
                self._count_common_terms(conn)
            building.result()
        with self._pool.connection() as conn:
            conn.execute("ANALYZE products")
            conn.execute("SELECT nextval('catalog_changes')")

    @staticmethod
    def _count_common_terms(conn: psycopg.Connection[Any]) -> None:
        """Keep how many products have each common term (one pass over the index's words)."""
        with conn.transaction():
            conn.execute("DELETE FROM common_terms")
            conn.execute(
                "INSERT INTO common_terms (term, df) SELECT word, ndoc FROM ts_stat('SELECT words FROM products')"
                " WHERE ndoc > %s",
                (COMMON,),
            )

    def optimize(self) -> None:
        with self._pool.connection() as conn:
            conn.execute("VACUUM ANALYZE products")

    # Reading ------------------------------------------------------------------------------------------

    def get(self, product_id: str, owner: str | None = None) -> Product | None:
        doc = self._db.one(
            "SELECT doc FROM products WHERE id = ? AND (owner IS NULL OR owner = ?)", [product_id, owner]
        )
        return store.read_product(doc) if doc is not None else None

    def remember(self, products: Iterable[Product], owner: str | None) -> None:
        now = datetime.now(UTC).isoformat()
        found = [(owner or SHARED, p.id, p.model_dump_json(exclude_defaults=True), now) for p in products]
        if not found:
            return
        with self._pool.connection() as conn, conn.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO remembered_products (owner, id, doc, seen_at) VALUES (%s, %s, %s, %s)"
                " ON CONFLICT (owner, id) DO UPDATE SET doc = excluded.doc, seen_at = excluded.seen_at",
                found,
            )

    def recall(self, product_id: str, owner: str | None) -> Product | None:
        # One statement: the catalog's product, else the one remembered for the owner, else the shared one.
        doc = self._db.one(
            "SELECT doc FROM (SELECT doc, 0 AS choice FROM products WHERE id = ? AND (owner IS NULL OR owner = ?)"
            " UNION ALL (SELECT doc, 1 FROM remembered_products WHERE id = ? AND owner IN (?, ?)"
            " ORDER BY owner = ? LIMIT 1)) d ORDER BY choice LIMIT 1",
            [product_id, owner, product_id, SHARED, owner or SHARED, SHARED],
        )
        return store.read_product(doc) if doc is not None else None

    def products(self, owner: str | None, batch: int = 1000) -> Iterator[Product]:
        last = 0
        while True:
            found = self._db.rows(
                "SELECT rowid, doc FROM products WHERE rowid > ? AND (owner IS NULL OR owner = ?)"
                " ORDER BY rowid LIMIT ?",
                [last, owner, batch],
            )
            if not found:
                return
            for _, doc in found:
                yield Product.model_validate_json(doc)
            last = int(found[-1][0])

    def get_many(self, product_ids: Sequence[str], owner: str | None = None) -> dict[str, Product]:
        if not product_ids:
            return {}
        found = self._db.rows(
            "SELECT id, doc FROM products WHERE id = ANY(?) AND (owner IS NULL OR owner = ?)",
            [list(product_ids), owner],
        )
        return {str(pid): store.read_product(doc) for pid, doc in found}

    # The engine's part of a search (see ``Catalog``) --------------------------------------------------

    def search(self, request: SearchRequest) -> SearchPage:
        return self._call(lambda: super(PostgresCatalog, self).search(request))

    def inventory(self, request: InventoryRequest) -> InventoryPage:
        return self._call(lambda: super(PostgresCatalog, self).inventory(request))

    def _call(self, answer: Callable[[], _T]) -> _T:
        """One search or listing on one connection, from the snapshot this process read last, which its first
        statement checks (see ``session``); made again, from the catalog as it is, when that snapshot was stale."""
        with self._db.call():
            with self._memo_lock:
                kept = next(iter(self._latest.values()), None)
            if kept is not None:  # the first call of a process plans as the pool does
                self._db.plan_for(kept.size)
            try:
                found = answer()
                fresh = self._db.check()  # a call that read nothing still answers from the catalog as it is
                if fresh is None:
                    return found
            except Stale as exc:
                fresh = exc.fresh
            self._keep(fresh)
            self._db.accept(fresh)
            return answer()

    def _keep(self, found: Snapshot) -> None:
        """Remember ``found`` as the last snapshot read for its owner (those of older versions forgotten)."""
        with self._memo_lock:
            kept = next(iter(self._latest.values()), None)
            if kept is not None and kept.version > found.version:
                return  # another thread has read a newer one
            if kept is None or kept.version != found.version or len(self._latest) > _OWNERS_KEPT:
                self._latest.clear()
            self._latest[found.viewer.owner] = found

    def _snapshot(self, owner: str | None) -> Snapshot:
        """What a search starts from (``session.Snapshot``): within a call, the one it read or checked already, else
        the last one read for this owner (the call's next statement checks it), else one read now. Forget what the
        catalog's changes made stale, and keep it for the rest of this thread's search."""
        checked = self._db.checked()
        with self._memo_lock:
            kept = self._latest.get(owner)
        if checked is not None and checked.viewer.owner == owner:
            found = checked
        elif kept is not None and self._db.in_call():
            self._db.assume(kept)
            found = kept
        else:
            found = self._db.snapshot(owner)
            self._keep(found)
        with self._memo_lock:
            if found.version != self._version or len(self._known) > relevance.Frequencies.LIMIT:
                self._known.clear()
                self._visible_known.clear()
                self._currencies_known = None
                self._version = found.version
        self._current.snapshot = found
        return found

    def _size(self) -> int:
        found: Snapshot | None = getattr(self._current, "snapshot", None)
        return (found or self._snapshot(None)).size

    def _counts(self, terms: Sequence[str]) -> dict[str, int]:
        missing = [term for term in dict.fromkeys(terms) if term not in self._known]
        if missing:
            stemmed = dict(zip(missing, stems(missing), strict=True))
            counts = search.frequencies(self._db, list(set(stemmed.values())), COUNTED_UP_TO)
            with self._memo_lock:
                self._known.update({term: counts[stemmed[term]] for term in missing})
        with self._memo_lock:
            return {term: self._known.get(term, 0) for term in terms}

    def _lookup(self, seen: Viewer) -> Callable[[Sequence[str]], dict[str, int]]:
        """Terms' counts as this reader sees them, as ``owners.VisibleCounts`` gives them on SQLite."""
        if not seen.hidden:
            return self._counts
        hidden = search.hidden_count(self._db, seen.owner, HIDDEN_CAP)
        enough = relevance.BUDGET

        def visible(terms: Sequence[str]) -> dict[str, int]:
            counts = self._counts(terms)
            shown: dict[str, int] = {}
            for term, found in counts.items():
                if found == 0 or found > enough + hidden:
                    shown[term] = found
                    continue
                key = (seen.owner, term, found, hidden)
                seen_count = self._visible_known.get(key)
                if seen_count is None:
                    seen_count = search.visible_count(self._db, stems([term])[0], seen.owner, enough + 1)
                    self._visible_known[key] = seen_count
                shown[term] = seen_count if seen_count <= enough else found
            return shown

        return visible

    def _viewer(self, owner: str | None) -> Viewer:
        """The reader, asked first by every search and inventory listing: the snapshot it starts from."""
        return self._snapshot(owner).viewer

    def _one_for(self, request: SearchRequest) -> tuple[SearchFilters, list[str]]:
        return currency_for(request, self._currency_counts)

    def _currency_counts(self) -> dict[str, int]:
        if self._currencies_known is None:
            self._currencies_known = search.currency_counts(
                self._db,
            )
        return self._currencies_known

    def _stated_fields(self) -> frozenset[str]:
        # Asked before a search starts: the catalog's change counter says whether the answer kept is still true.
        version = self._db.version()
        if self._stated_known is None or self._stated_known[0] != version:
            self._stated_known = (version, search.stated_fields(self._db))
        return self._stated_known[1]

    def _existing(self, filters: SearchFilters, seen: Viewer) -> list[str]:
        return search.existing(self._db, filters, seen)

    def _filter_clause(self, filters: SearchFilters) -> tuple[list[str], list[Any]]:
        return search.filter_clause(filters)

    def _sorted_page(
        self,
        expression: str | None,
        where: Sequence[str],
        params: Sequence[Any],
        order: listing.ListOrder,
        offset: int,
        limit: int,
    ) -> SearchPage:
        return search.sorted_page(self._db, expression, where, params, order, offset, limit)

    def _count_matches(self, expression: str | None, where: Sequence[str], params: Sequence[Any]) -> tuple[int, bool]:
        return search.count(self._db, expression, where, params)

    def _any_match(self, expression: str, where: Sequence[str], params: Sequence[Any]) -> bool:
        return search.any_match(self._db, expression, where, params)

    def _matches(self, expression: str, cap: int) -> int:
        return search.matches(self._db, expression, cap)

    def _ranked_page(
        self,
        expression: str,
        where: list[str],
        params: list[Any],
        weights: dict[str, int],
        offset: int,
        limit: int,
        *,
        window: int,
        every_word: str | None,
        head: str | None,
    ) -> SearchPage:
        return search.ranked_page(
            self._db,
            expression,
            where,
            params,
            weights,
            offset,
            limit,
            window=window,
            every_word=every_word,
            head=head,
            total_rows=self._size(),
        )

    def _sampled_page(
        self,
        expression: str,
        where: list[str],
        params: list[Any],
        weights: dict[str, int],
        offset: int,
        limit: int,
        head: str | None,
        phrase: str | None = None,
    ) -> SearchPage:
        return search.sampled_page(
            self._db, expression, where, params, weights, offset, limit, head, phrase, total_rows=self._size()
        )

    def _bm25_page(self, expression: str, where: list[str], params: list[Any], offset: int, limit: int) -> SearchPage:
        return search.bm25_page(self._db, expression, where, params, offset, limit)


_CURRENCY = COLUMNS.index("currency")


def add_currencies(conn: psycopg.Connection[Any], lines: Sequence[bytes]) -> None:
    """Add the products of these ``COPY products`` lines, all new, to the currency counts (migration 5)."""
    found = Counter(line.split(b"\t", _CURRENCY + 1)[_CURRENCY] for line in lines)
    found.pop(b"\\N", None)  # no price
    if found:
        conn.execute(
            "INSERT INTO currency_counts (currency, products) SELECT * FROM unnest(%s::text[], %s::bigint[])",
            ([code.decode() for code in found], list(found.values())),
        )


def counting_new(upsert: str) -> bytes:
    """An ``INSERT … ON CONFLICT DO UPDATE`` of products that also adds the products it inserted to the currency
    counts (those it replaced are counted by migration 5's trigger, which sees their old currency)."""
    return (
        f"WITH written AS ({upsert} RETURNING xmax = 0 AS added, currency)"
        " INSERT INTO currency_counts (currency, products)"
        " SELECT currency, count(*) FROM written WHERE added AND currency IS NOT NULL GROUP BY currency"
    ).encode()


def create_indexes(conn: psycopg.Connection[Any], names: Iterable[str] = DEFERRED, *, alone: bool = True) -> None:
    """The indexes a bulk import builds at its end; also on opening, for an import that was stopped part-way. Each
    is built under an advisory lock of its own: replicas starting together build it once, and one import builds
    two at a time.

    Not ``alone`` (beside the full-text index, which PostgreSQL 15 builds in one process and takes longest), each
    is built by one process: the parallel workers PostgreSQL would start for a sort took cores from the full-text
    build, 49.0-54.9 s beside them against 44.8-49.5 s without (a million products, two cores)."""
    for name in names:
        with conn.transaction():
            # Shared, the migrations' lock keeps them (and versions that built every index under it) waiting.
            conn.execute("SELECT pg_advisory_xact_lock_shared(%s)", (LOCK,))
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (INDEX_LOCK + list(DEFERRED).index(name),))
            conn.execute(f"SET LOCAL maintenance_work_mem = '{BUILD_MEMORY}'".encode())
            if not alone:
                conn.execute("SET LOCAL max_parallel_maintenance_workers = 0")
            conn.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {DEFERRED[name]}".encode())


_REMADE_BATCH = 2_000


def ensure_words(conn: psycopg.Connection[Any]) -> bool:
    """Make every product's words again, from its stored document, when they were made by another
    ``store.TEXT_VERSION`` (or by a version that did not say); True when it did. One transaction under an advisory
    lock: replicas starting together wait for the first, then find nothing to do, and searches read the old words
    until the new ones are all in."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (WORDS_LOCK,))
        row = conn.execute("SELECT value FROM catalog_meta WHERE key = 'text_version'").fetchone()
        if row is not None and row[0] == store.TEXT_VERSION:
            return False
        conn.execute(
            "CREATE TEMP TABLE remade (rowid bigint, words tsvector, w_title text, w_brand text, w_codes text,"
            " w_category text, w_body text) ON COMMIT DROP"
        )
        with conn.cursor(name="stored") as stored:
            stored.itersize = _REMADE_BATCH
            stored.execute("SELECT rowid, doc FROM products")
            while batch := stored.fetchmany(_REMADE_BATCH):
                _remake(conn, batch)
        conn.execute(
            "INSERT INTO catalog_meta (key, value) VALUES ('text_version', %s)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (store.TEXT_VERSION,),
        )
        PostgresCatalog._count_common_terms(conn)  # pyright: ignore[reportPrivateUsage]
    conn.execute("SELECT nextval('catalog_changes')")
    return True


def _remake(conn: psycopg.Connection[Any], stored: Sequence[tuple[int, str]]) -> None:
    texts = [store.text_values(Product.model_validate_json(doc)) for _, doc in stored]
    with conn.cursor().copy(f"COPY remade (rowid, words, {', '.join(_FIELDS)}) FROM STDIN".encode()) as copy:
        for (rowid, _), terms in zip(stored, stemmed(texts), strict=True):
            made = made_vector(terms)
            copy.write_row((rowid, made, *(None for _ in terms)) if made is not None else (rowid, None, *terms))
    conn.execute(f"UPDATE products p SET words = coalesce(r.words, {WORDS}) FROM remade r WHERE p.rowid = r.rowid")
    conn.execute("DELETE FROM remade")


def open_postgres_catalog(url: SecretStr, pool_size: int = POOL_MAX) -> PostgresCatalog:
    """The catalog alone (a command line's import or export) in the database at ``url``, on a pool of its own, its
    schema brought up to date first (under the advisory lock). A server's is ``open_postgres``'s, on its pool."""
    from aisle_mcp.storage.postgres.open import migrate

    pool = open_pool(url, max_size=pool_size)
    try:
        migrate(pool, url)
        with pool.connection() as conn:
            create_indexes(conn)
            ensure_words(conn)
    except BaseException:
        pool.close()
        raise
    return PostgresCatalog(pool, redacted(url))
