"""Candidate rows and counts for the catalog's search on PostgreSQL: the engine-specific half of a search.

The query understanding (which words are searched, corrected, required) and the ranking of the candidates are the
SQLite catalog's own (``providers.local.catalog``, ``relevance``, ``ranking``); here are only the statements that
find the candidates, count the matches and read the pages, on the ``words`` column (a weighted ``tsvector`` with a
GIN index). Match expressions arrive in FTS5's syntax, as the shared code writes them, and are turned into
``tsquery`` (``text.tsquery``). Conditions use ``?`` for their parameters, as the shared code's do.

Where FTS5's bm25() ranks the candidates, ``ts_rank`` per query term, weighted by the term's rarity, does here:
the same sum of what each matching word is worth, its field weighed as bm25's column weights weigh it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool

from aisle_mcp.products import Product
from aisle_mcp.products.search import SearchFilters, SearchPage
from aisle_mcp.providers.local import listing, relevance, values
from aisle_mcp.providers.local.filters import BUYABLE, contains
from aisle_mcp.providers.local.owners import Viewer
from aisle_mcp.providers.local.ranking import Candidate, field_score, idf, remember_names, rerank
from aisle_mcp.providers.local.relevance import partial_from
from aisle_mcp.providers.local.store import read_product
from aisle_mcp.providers.local.tokens import words
from aisle_mcp.storage.postgres.text import lexemes, quoted, tsquery

Pool = ConnectionPool[psycopg.Connection[Any]]
RANK_WEIGHTS = "'{0.1, 0.3, 0.6, 1.0}'"
"""``ts_rank``'s weights of D, C, B, A: bm25's column weights (body 1, category 3, brand 6, title 10) over 10."""
ORDERS: dict[listing.ListOrder, str] = {  # each one an index's order (migration 2)
    "price_asc": "p.price ASC NULLS LAST, p.rowid",
    "price_desc": "p.price DESC NULLS LAST, p.rowid DESC",
    "newest": "p.updated_at DESC NULLS LAST, p.rowid DESC",
    "rating": "p.rating DESC NULLS LAST, p.rowid DESC",
    "title": 'p.title COLLATE "C" ASC, p.rowid',
}
"""The sorts as SQLite orders them: unknown values last, ties in row order."""
MATCH = "p.words @@ ?::tsquery"
_FEW = 5_000


def sql(statement: str) -> bytes:
    """A statement written with ``?`` for its parameters (as the shared code writes conditions), for psycopg."""
    return statement.replace("%", "%%").replace("?", "%s").encode()


def rows(pool: Pool, statement: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    with pool.connection() as conn:
        return conn.execute(sql(statement), tuple(params)).fetchall()


def one(pool: Pool, statement: str, params: Sequence[Any] = ()) -> Any:
    found = rows(pool, statement, params)
    return found[0][0] if found else None


@dataclass(frozen=True)
class Snapshot:
    """What a search reads first, in one statement: the catalog's change counter (what is remembered of it is
    kept until it moves), its size as ranking counts it (the highest row id, as on SQLite), and whether it holds
    products of another owner than the reader."""

    version: int
    size: int
    viewer: Viewer


def snapshot(pool: Pool, owner: str | None) -> Snapshot:
    row = rows(
        pool,
        "SELECT (SELECT last_value FROM catalog_changes), (SELECT coalesce(max(rowid), 0) FROM products),"
        " EXISTS (SELECT 1 FROM products WHERE owner IS NOT NULL AND owner IS DISTINCT FROM ?)",
        [owner],
    )[0]
    if not row[2]:
        return Snapshot(int(row[0]), int(row[1]), Viewer(owner, hidden=False))
    seen = Viewer(owner, hidden=True, where=["(p.owner IS NULL OR p.owner = ?)"], params=[owner])
    return Snapshot(int(row[0]), int(row[1]), seen)


def hidden_count(pool: Pool, owner: str | None, cap: int) -> int:
    return int(
        one(
            pool,
            "SELECT count(*) FROM (SELECT 1 FROM products WHERE owner IS NOT NULL AND owner IS DISTINCT FROM ?"
            " LIMIT ?) h",
            [owner, cap],
        )
    )


def visible_count(pool: Pool, term: str, owner: str | None, cap: int) -> int:
    """How many products ``owner`` may see have ``term`` (a stem), counted up to ``cap``."""
    return int(
        one(
            pool,
            f"SELECT count(*) FROM (SELECT 1 FROM products p WHERE {MATCH} AND (p.owner IS NULL OR p.owner = ?)"
            " LIMIT ?) v",
            [tsquery(f'"{term}"'), owner, cap],
        )
    )


def frequencies(pool: Pool, terms: Sequence[str], cap: int) -> dict[str, int]:
    """How many products have each stem: the counts kept for common terms, the others counted on the index up to
    ``cap`` (past it, the term is counted as ``cap``)."""
    found = dict.fromkeys(terms, 0)
    if not terms:
        return found
    kept = rows(pool, "SELECT term, df FROM common_terms WHERE term = ANY(?)", [list(terms)])
    found.update({str(term): int(df) for term, df in kept})
    rest = [term for term, df in found.items() if not df]
    if rest:
        queries = [tsquery(f'"{term}"') for term in rest]
        counted = rows(
            pool,
            "SELECT q.n, (SELECT count(*) FROM (SELECT 1 FROM products p WHERE p.words @@ q.query::tsquery LIMIT ?) c)"
            " FROM unnest(?::text[]) WITH ORDINALITY AS q(query, n)",
            [cap, queries],
        )
        for n, df in counted:
            found[rest[int(n) - 1]] = int(df)
    return found


def filter_clause(filters: SearchFilters) -> tuple[list[str], list[Any]]:
    """The filters as conditions on ``products p``, meaning what ``filters.filter_clause`` means on SQLite."""
    where: list[str] = []
    params: list[Any] = []
    if filters.price_min is not None:
        where.append("p.price >= ?")
        params.append(float(filters.price_min))
    if filters.price_max is not None:
        where.append("p.price <= ?")
        params.append(float(filters.price_max))
    if filters.brand:
        where.append("lower(p.brand) = lower(?)")
        params.append(filters.brand.strip())
    if filters.seller:
        where.append("(lower(p.seller) = lower(?) OR p.seller ILIKE ? ESCAPE '\\')")
        params.extend((filters.seller.strip(), contains(filters.seller)))
    if filters.currency:
        where.append("(p.currency = ? OR p.currency IS NULL)")
        params.append(filters.currency.upper())
    if filters.in_stock is True:
        where.append("p.availability = ANY(?)")
        params.append(list(BUYABLE))
    elif filters.in_stock is False:
        where.append("NOT (p.availability = ANY(?))")
        params.append(list(BUYABLE))
    for column in ("color", "material"):
        value: str | None = getattr(filters, column)
        if not value:
            continue
        phrase = " ".join(words(value))
        if phrase:
            within = ""
            if " " in phrase:
                within = f" OR (p.{column} <> '' AND ? LIKE '%' || p.{column} || '%')"
            where.append(f"(p.{column} ILIKE ? ESCAPE '\\'{within} OR (p.{column} IS NULL AND {MATCH}))")
            params.extend(
                (contains(value), *([value.strip().lower()] if within else []), tsquery(f'title : "{phrase}"'))
            )
        else:
            where.append(f"p.{column} ILIKE ? ESCAPE '\\'")
            params.append(contains(value))
    if filters.category:
        where.append("p.category ILIKE ? ESCAPE '\\'")
        params.append(contains(filters.category))
    for word in filters.exclude or ():
        phrase = " ".join(words(word))
        if not phrase:
            continue
        where.append(
            f"NOT ({MATCH}) AND coalesce(p.color, '') NOT ILIKE ? ESCAPE '\\'"
            " AND coalesce(p.material, '') NOT ILIKE ? ESCAPE '\\'"
        )
        lacking = " OR ".join(f'"{said} {phrase}"' for said in ("no", "non", "without", "w o"))
        named = tsquery(f'{{title brand category}} : ("{phrase}" NOT ({lacking}))')
        params.extend((named, contains(phrase), contains(phrase)))
    return where, params


def products(pool: Pool, rowids: Sequence[int]) -> list[Product]:
    """The products with these row ids, in this order."""
    if not rowids:
        return []
    docs = dict(rows(pool, "SELECT rowid, doc FROM products WHERE rowid = ANY(?)", [list(rowids)]))
    return [read_product(docs[r]) for r in rowids if r in docs]


def _capped(pool: Pool, source: str, condition: str, args: Sequence[Any], cap: int) -> int:
    return int(
        one(pool, f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {condition or 'true'} LIMIT ?) c", [*args, cap])
    )


def matches(pool: Pool, expression: str, cap: int) -> int:
    """How many products ``expression`` matches, counted up to ``cap``."""
    return _capped(pool, "products p", MATCH, [tsquery(expression)], cap)


def any_match(pool: Pool, expression: str, where: Sequence[str], params: Sequence[Any]) -> bool:
    return _capped(pool, "products p", " AND ".join([MATCH, *where]), [tsquery(expression), *params], 1) > 0


def count(pool: Pool, expression: str | None, where: Sequence[str], params: Sequence[Any]) -> tuple[int, bool]:
    """How many products match (up to ``listing.TOTAL_CAP``) and whether that is exact, as ``listing.count``."""
    cap = listing.TOTAL_CAP
    if expression and not where:
        found = matches(pool, expression, cap + 1)
        return min(found, cap), found <= cap
    if not expression:
        found = _capped(pool, "products p", " AND ".join(where), params, cap + 1)
        return min(found, cap), found <= cap
    # Filters need each word match's row: at most COUNT_SCAN of them are looked at, and the same pass says
    # whether there were more.
    condition = " AND ".join(where)
    counted = rows(
        pool,
        f"SELECT count(*) FILTER (WHERE {condition}), count(*) FROM (SELECT * FROM products p WHERE {MATCH}"
        f" LIMIT {listing.COUNT_SCAN + 1}) p",
        [*params, tsquery(expression)],
    )[0]
    found, scanned = int(counted[0]), int(counted[1])
    if found > cap:
        return cap, False
    return found, scanned <= listing.COUNT_SCAN


def sorted_page(
    pool: Pool,
    expression: str | None,
    where: Sequence[str],
    params: Sequence[Any],
    sort: listing.ListOrder,
    offset: int,
    limit: int,
) -> SearchPage:
    """One page of the products that match ``expression`` (any, when ``None``) and pass ``where``, in ``sort``
    order, as ``listing.sorted_page``."""
    clauses, args = list(where), list(params)
    if expression is not None:
        clauses.insert(0, MATCH)
        args.insert(0, tsquery(expression))
    condition = " AND ".join(clauses) or "true"
    statement = sql(f"SELECT p.rowid FROM products p WHERE {condition} ORDER BY {ORDERS[sort]} LIMIT ? OFFSET ?")
    # Many word matches are found walking the sort column's index and checking each row (a page costs the rows it
    # skips and shows, as on SQLite), rather than gathering them all to sort: the planner cannot tell how many
    # products a tsquery matches, so it is told.
    many = expression is not None and matches(pool, expression, listing.FEW + 1) > listing.FEW
    with pool.connection() as conn, conn.transaction():
        if many:
            conn.execute("SET LOCAL enable_bitmapscan = off")
        rowids = [int(r) for (r,) in conn.execute(statement, (*args, limit, offset)).fetchall()]
    total, exact = count(pool, expression, where, params)
    shown = offset + len(rowids)
    if rowids and shown > total:
        total, exact = shown, len(rowids) < limit
    more = shown < total or (not exact and len(rowids) == limit)
    return SearchPage(products=products(pool, rowids), total=total, total_exact=exact, has_more=more)


def _rank(weights: dict[str, int], total: int, args: list[Any]) -> str:
    """The stand-in for bm25() (negative, lower is better): each query term's ``ts_rank`` times its rarity."""
    parts: list[str] = []
    for term, df in weights.items():
        # A word's key is its stem already; a model number's is as written (the index holds its stem).
        spellings = dict.fromkeys([term, *lexemes(term)])
        if df > 0:
            parts.append(f"{idf(df, total):.6f} * ts_rank({RANK_WEIGHTS}, p.words, ?::tsquery)")
            args.append(" | ".join(quoted(spelling) for spelling in spellings))
    return "-(" + " + ".join(parts) + ")" if parts else "0.0"


class Complete:
    """Which products have every searched word, as ``relevance.Complete``."""

    def __init__(self, pool: Pool, every_word: str | None) -> None:
        self._pool = pool
        self.every_word = every_word
        self.query = tsquery(every_word) if every_word else None
        self.found: set[int] | None = None
        if self.query:
            found = {
                int(r) for (r,) in rows(pool, f"SELECT rowid FROM products p WHERE {MATCH} LIMIT {_FEW}", [self.query])
            }
            self.found = found if len(found) < _FEW else None

    def __call__(self, rowids: Sequence[int]) -> set[int]:
        if not self.query:
            return set(rowids)
        if self.found is not None:
            return self.found.intersection(rowids)
        found = rows(
            self._pool, f"SELECT rowid FROM products p WHERE rowid = ANY(?) AND {MATCH}", [list(rowids), self.query]
        )
        return {int(r) for (r,) in found}

    def count(self, where: list[str], params: list[Any]) -> tuple[int, bool]:
        if self.found is not None and not where:
            return min(len(self.found), listing.TOTAL_CAP), len(self.found) <= listing.TOTAL_CAP
        return count(self._pool, self.every_word, where, params)


def ranked_page(
    pool: Pool,
    expression: str,
    where: list[str],
    params: list[Any],
    weights: dict[str, int],
    offset: int,
    limit: int,
    *,
    window: int = relevance.SCAN,
    every_word: str | None = None,
    head: str | None = None,
    total_rows: int,
) -> SearchPage:
    """The candidates ``expression`` picks that pass ``where``, as ``relevance.ranked_page``: the first ``window``
    matches scored, the best POOL reranked by ``ranking.rerank``, the rest in score order (``total_rows``: the
    catalog's size as ranking counts it)."""
    rank_args: list[Any] = []
    rank = _rank(weights, total_rows, rank_args)
    condition = " AND ".join([MATCH, *where])
    scanned = (
        f"SELECT p.rowid AS rowid, {rank} AS rank, p.title AS title, p.brand AS brand FROM products p"
        f" WHERE {condition} LIMIT {max(window, relevance.SCAN)}"
    )
    args = [*rank_args, tsquery(expression), *params]
    best = rows(
        pool,
        f"SELECT rowid, rank, title, brand, count(*) OVER () FROM ({scanned}) s ORDER BY rank, rowid LIMIT ?",
        [*args, relevance.POOL],
    )
    complete = Complete(pool, every_word)
    whole = complete([int(row[0]) for row in best])
    pool_rows = [
        Candidate(int(row[0]), float(row[1]), str(row[2]), row[3], complete=int(row[0]) in whole) for row in best
    ]
    matched = int(best[0][4]) if best else 0
    ranked = rerank(pool_rows, weights, total_rows, head, by_name=every_word is None)
    wanted = [c.rowid for c, _ in ranked[offset : offset + limit]]
    if offset + limit > len(pool_rows) == relevance.POOL:
        rest = rows(
            pool,
            f"SELECT rowid FROM ({scanned}) s ORDER BY rank, rowid LIMIT ? OFFSET ?",
            [*args, offset + limit - max(offset, relevance.POOL), max(offset, relevance.POOL)],
        )
        wanted.extend(int(r) for (r,) in rest)
    shown_whole = complete(wanted)
    wanted.sort(key=lambda rowid: rowid not in shown_whole)
    total, exact = (
        min(matched, listing.TOTAL_CAP),
        matched < max(window, relevance.SCAN) and matched <= listing.TOTAL_CAP,
    )
    if every_word:
        total, exact = complete.count(where, params)
    return SearchPage(
        products=products(pool, wanted),
        total=total,
        total_exact=exact,
        has_more=offset + len(wanted) < matched,
        partial_from=partial_from(wanted, shown_whole) if every_word else None,
    )


def sampled_page(
    pool: Pool,
    expression: str,
    where: list[str],
    params: list[Any],
    weights: dict[str, int],
    offset: int,
    limit: int,
    head: str | None = None,
    *,
    total_rows: int,
) -> SearchPage:
    """The first SAMPLE products with every (common) word that pass ``where``, reranked, as
    ``relevance.sampled_page``."""
    condition = " AND ".join([MATCH, *where])
    found = rows(
        pool,
        f"SELECT p.rowid, p.title, p.brand FROM products p WHERE {condition} LIMIT {relevance.SAMPLE}",
        [tsquery(expression), *params],
    )
    remember_names([name for _, title, brand in found for name in (f"{brand or ''} {title}", brand or "")])
    candidates = [
        Candidate(int(rowid), field_score(title, brand, weights, total_rows), title, brand, complete=True)
        for rowid, title, brand in found
    ]
    ranked = rerank(candidates, weights, total_rows, head)
    wanted = [c.rowid for c, _ in ranked[offset : offset + limit]]
    total, exact = min(len(found), listing.TOTAL_CAP), len(found) < relevance.SAMPLE
    return SearchPage(
        products=products(pool, wanted), total=total, total_exact=exact, has_more=offset + len(wanted) < total
    )


def bm25_page(pool: Pool, expression: str, where: list[str], params: list[Any], offset: int, limit: int) -> SearchPage:
    """Every product ``expression`` matches that passes ``where``, best first (for inventory listings)."""
    query = tsquery(expression)
    condition = " AND ".join([MATCH, *where])
    found = rows(
        pool,
        f"SELECT p.rowid FROM products p WHERE {condition}"
        f" ORDER BY ts_rank({RANK_WEIGHTS}, p.words, ?::tsquery) DESC, p.rowid LIMIT ? OFFSET ?",
        [query, *params, query, limit, offset],
    )
    rowids = [int(r) for (r,) in found]
    total, exact = count(pool, expression, where, params)
    shown = offset + len(rowids)
    if shown > total:
        total, exact = shown, len(rowids) < limit
    more = shown < total or (not exact and len(rowids) == limit)
    return SearchPage(products=products(pool, rowids), total=total, total_exact=exact, has_more=more)


_COLUMNS = ("seller", "brand", "color", "material", "category")
_SHOWN = 12
_SAMPLE = 5_000


def existing(pool: Pool, filters: SearchFilters, seen: Viewer) -> list[str]:
    """For each text filter set, values the products ``seen`` may see have, as ``values.existing``."""
    notes: list[str] = []
    visible = "".join(f" AND {condition}" for condition in seen.where)
    for column in _COLUMNS:
        if getattr(filters, column) is None:
            continue
        found = rows(
            pool,
            f"SELECT min({column}) FROM (SELECT {column} FROM products p WHERE {column} IS NOT NULL AND {column} <> ''"
            f"{visible} LIMIT {_SAMPLE}) s GROUP BY lower({column}) ORDER BY count(*) DESC, min({column}) LIMIT ?",
            [*seen.params, _SHOWN + 1],
        )
        values = [str(value) for (value,) in found]
        more = ", …" if len(values) > _SHOWN else ""
        if values:
            notes.append(f"{column.capitalize()} values in the catalog: {', '.join(values[:_SHOWN])}{more}.")
    return notes


def currency_counts(pool: Pool) -> dict[str, int]:
    found = rows(pool, "SELECT currency, count(*) FROM products WHERE currency IS NOT NULL GROUP BY currency")
    return {str(currency): int(n) for currency, n in found}


def stated_fields(pool: Pool) -> frozenset[str]:
    """Which of color and material some product states (``Catalog.stated``)."""
    return values.stated_fields(rows(pool, values.STATED_SQL)[0])
