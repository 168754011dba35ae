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
from typing import Any

from aisle_mcp.products import Product
from aisle_mcp.products.search import SearchFilters, SearchPage
from aisle_mcp.providers.local import listing, relevance, values
from aisle_mcp.providers.local.filters import BUYABLE, contains
from aisle_mcp.providers.local.owners import Viewer
from aisle_mcp.providers.local.ranking import Candidate, field_score, idf, remember_names, rerank
from aisle_mcp.providers.local.relevance import partial_from
from aisle_mcp.providers.local.store import read_product
from aisle_mcp.providers.local.tokens import words
from aisle_mcp.storage.postgres.session import Database, beside
from aisle_mcp.storage.postgres.text import lexemes, quoted, tsquery

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
WALKED = "ts_match_vq(p.words, ?::tsquery)"
"""The same match, written so that the planner cannot answer it from the full-text index."""


def hidden_count(db: Database, owner: str | None, cap: int) -> int:
    return int(
        db.one(
            "SELECT count(*) FROM (SELECT 1 FROM products WHERE owner IS NOT NULL AND owner IS DISTINCT FROM ?"
            " LIMIT ?) h",
            [owner, cap],
        )
    )


def visible_count(db: Database, term: str, owner: str | None, cap: int) -> int:
    """How many products ``owner`` may see have ``term`` (a stem), counted up to ``cap``."""
    return int(
        db.one(
            f"SELECT count(*) FROM (SELECT 1 FROM products p WHERE {MATCH} AND (p.owner IS NULL OR p.owner = ?)"
            " LIMIT ?) v",
            [stem_query(term), owner, cap],
        )
    )


def stem_query(term: str) -> str:
    """The ``tsquery`` of a stem: the index's term for it, which is the stem itself ("refriger" of "refrigerator",
    which stemmed again would be "refrig") or, for a term stemmed again shorter, that ("watchs": "watch")."""
    again = tsquery(f'"{term}"')
    plain = quoted(term)
    return plain if again == plain else f"({plain} | {again})"


def frequencies(db: Database, terms: Sequence[str], cap: int) -> dict[str, int]:
    """How many products have each stem: the counts kept for common terms, the others counted on the index up to
    ``cap`` (past it, the term is counted as ``cap``); one statement.

    A stem is matched as the index's term for it (``lexemes``: a stem stemmed again may be shorter, "watchs" matching
    "watch"); when that term is a common one, its kept count (up to ``cap``) stands for counting it."""
    found = dict.fromkeys(terms, 0)
    if not terms:
        return found
    listed = list(found)
    indexed = [spelled[0] if len(spelled := lexemes(term)) == 1 else None for term in listed]
    counted = db.rows(
        "SELECT q.n, coalesce((SELECT df FROM common_terms WHERE term = q.term),"
        " (SELECT least(df, ?) FROM common_terms WHERE term = q.indexed),"
        " (SELECT count(*) FROM (SELECT 1 FROM products p WHERE p.words @@ q.query::tsquery LIMIT ?) c))"
        " FROM unnest(?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS q(term, indexed, query, n)",
        [cap, cap, listed, indexed, [stem_query(term) for term in listed]],
    )
    for n, df in counted:
        found[listed[int(n) - 1]] = int(df)
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


def products(db: Database, rowids: Sequence[int]) -> list[Product]:
    """The products with these row ids, in this order."""
    if not rowids:
        return []
    docs = dict(db.rows("SELECT rowid, doc FROM products WHERE rowid = ANY(?)", [list(rowids)]))
    return [read_product(docs[r]) for r in rowids if r in docs]


def _capped(db: Database, source: str, condition: str, args: Sequence[Any], cap: int) -> int:
    return int(
        db.one(f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {condition or 'true'} LIMIT ?) c", [*args, cap])
    )


def matches(db: Database, expression: str, cap: int) -> int:
    """How many products ``expression`` matches, counted up to ``cap``."""
    return _capped(db, "products p", MATCH, [tsquery(expression)], cap)


def any_match(db: Database, expression: str, where: Sequence[str], params: Sequence[Any]) -> bool:
    return _capped(db, "products p", " AND ".join([MATCH, *where]), [tsquery(expression), *params], 1) > 0


def _counting(expression: str | None, where: Sequence[str], params: Sequence[Any]) -> tuple[str, list[Any]]:
    """The statement behind ``count``: one row of two numbers, ``counted`` reads them."""
    cap = listing.TOTAL_CAP
    if not expression or not where:
        condition = MATCH if expression else " AND ".join(where) or "true"
        args = [tsquery(expression)] if expression else list(params)
        return f"SELECT count(*), 0 FROM (SELECT 1 FROM products p WHERE {condition} LIMIT {cap + 1}) c", args
    # Filters need each word match's row: at most COUNT_SCAN of them are looked at, and the same pass says
    # whether there were more.
    condition = " AND ".join(where)
    return (
        f"SELECT count(*) FILTER (WHERE {condition}), count(*) FROM (SELECT * FROM products p WHERE {MATCH}"
        f" LIMIT {listing.COUNT_SCAN + 1}) p",
        [*params, tsquery(expression)],
    )


def counted(found: int, scanned: int) -> tuple[int, bool]:
    """``_counting``'s row as ``listing.count`` answers: how many (up to ``listing.TOTAL_CAP``), and whether that
    is exact."""
    if found > listing.TOTAL_CAP:
        return listing.TOTAL_CAP, False
    return found, scanned <= listing.COUNT_SCAN


def count(db: Database, expression: str | None, where: Sequence[str], params: Sequence[Any]) -> tuple[int, bool]:
    """How many products match (up to ``listing.TOTAL_CAP``) and whether that is exact, as ``listing.count``."""
    statement, args = _counting(expression, where, params)
    found, scanned = db.rows(statement, args)[0]
    return counted(int(found), int(scanned))


def _page(
    counts: Sequence[Any], docs: Sequence[Sequence[Any]], offset: int, limit: int, *, past_end: bool = False
) -> SearchPage:
    """A page of a sorted or best-first listing: ``_counting``'s row and the page's (rowid, doc) rows; past the end
    (``past_end``, as ``relevance.bm25_page``), an empty page's offset is the total."""
    total, exact = counted(int(counts[0]), int(counts[1]))
    shown = offset + len(docs)
    if (docs or past_end) and shown > total:
        total, exact = shown, len(docs) < limit
    more = shown < total or (not exact and len(docs) == limit)
    return SearchPage(
        products=[read_product(str(doc)) for _, doc in docs], total=total, total_exact=exact, has_more=more
    )


def _split(found: list[tuple[Any, ...]]) -> tuple[tuple[Any, ...], list[tuple[Any, ...]]]:
    """``beside``'s rows: the first statement's row (two columns) and the second's rows."""
    return found[0][:2], [row[3:] for row in found if row[2] is not None]


def sorted_page(
    db: Database,
    expression: str | None,
    where: Sequence[str],
    params: Sequence[Any],
    sort: listing.ListOrder,
    offset: int,
    limit: int,
) -> SearchPage:
    """One page of the products that match ``expression`` (any, when ``None``) and pass ``where``, in ``sort``
    order, as ``listing.sorted_page``: the page with its products and the count in one statement; with words, the
    count first, which also tells how to find the page."""
    clauses, args = list(where), list(params)
    counting, counting_args = _counting(expression, where, params)
    if expression is None:
        condition = " AND ".join(clauses) or "true"
        page = f"SELECT p.rowid, p.doc FROM products p WHERE {condition} ORDER BY {ORDERS[sort]} LIMIT ? OFFSET ?"
        counts, docs = _split(db.rows(beside(counting, page), [*counting_args, *args, limit, offset]))
        return _page(counts, docs, offset, limit)
    # Many word matches are found walking the sort column's index and checking each row (a page costs the rows it
    # skips and shows, as on SQLite), rather than gathering them all to sort: the planner cannot tell how many
    # products a tsquery matches, so when they are many the match is written in a form it cannot take from the
    # full-text index.
    counts = db.rows(counting, counting_args)[0]
    # The count's pass says how many match up to its limit: the first FEW + 1 of them are among those.
    if not where and listing.TOTAL_CAP >= listing.FEW:
        found = int(counts[0])
    elif where and listing.COUNT_SCAN >= listing.FEW:
        found = int(counts[1])
    else:
        found = matches(db, expression, listing.FEW + 1)
    clauses.insert(0, WALKED if found > listing.FEW else MATCH)
    args.insert(0, tsquery(expression))
    condition = " AND ".join(clauses)
    page = f"SELECT p.rowid, p.doc FROM products p WHERE {condition} ORDER BY {ORDERS[sort]} LIMIT ? OFFSET ?"
    return _page(counts, db.rows(page, [*args, limit, offset]), offset, limit)


def _rank(weights: dict[str, int], total: int, args: list[Any]) -> str:
    """The stand-in for bm25() (negative, lower is better): each query term's ``ts_rank`` times its rarity."""
    parts: list[str] = []
    for term, df in weights.items():
        # A word's key is its stem already; a model number's is as written (the index holds its stem).
        spellings = dict.fromkeys([term, *lexemes(term)])
        if df > 0:
            # The rarity is a parameter, so that searches of as many terms share one prepared statement.
            parts.append(f"?::float8 * ts_rank({RANK_WEIGHTS}, p.words, ?::tsquery)")
            # A name of several words ("string trimmer") is their phrase.
            said = tsquery(f'"{term}"') if " " in term else " | ".join(quoted(spelling) for spelling in spellings)
            args.extend((round(idf(df, total), 6), said))
    return "-(" + " + ".join(parts) + ")" if parts else "0.0"


def ranked_page(
    db: Database,
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
    catalog's size as ranking counts it).

    One statement gives the best POOL, whether each has every word (``every_word``), and how many products have
    every word; a second reads the products shown."""
    rank_args: list[Any] = []
    rank = _rank(weights, total_rows, rank_args)
    condition = " AND ".join([MATCH, *where])
    whole = "p.words @@ ?::tsquery" if every_word else "true"
    scanned = (
        f"SELECT p.rowid AS rowid, {rank} AS rank, p.title AS title, p.brand AS brand, {whole} AS whole"
        f" FROM products p WHERE {condition} LIMIT {max(window, relevance.SCAN)}"
    )
    args = [*rank_args, *([tsquery(every_word)] if every_word else []), tsquery(expression), *params]
    counting, counting_args = _counting(every_word, where, params) if every_word else ("SELECT 0, 0", [])
    ordered = (
        f"SELECT rowid, rank, title, brand, whole, count(*) OVER () FROM ({scanned}) s ORDER BY rank, rowid LIMIT ?"
    )
    found = db.rows(beside(counting, ordered), [*counting_args, *args, relevance.POOL])
    every_count, best = _split(found)
    every = counted(int(every_count[0]), int(every_count[1]))
    whole_of = {int(row[0]): bool(row[4]) for row in best}
    pool_rows = [Candidate(int(row[0]), float(row[1]), str(row[2]), row[3], complete=bool(row[4])) for row in best]
    matched = int(best[0][5]) if best else 0
    ranked = rerank(pool_rows, weights, total_rows, head, by_name=every_word is None)
    wanted = [c.rowid for c, _ in ranked[offset : offset + limit]]
    if offset + limit > len(pool_rows) == relevance.POOL:
        rest = db.rows(
            f"SELECT rowid, whole FROM ({scanned}) s ORDER BY rank, rowid LIMIT ? OFFSET ?",
            [*args, offset + limit - max(offset, relevance.POOL), max(offset, relevance.POOL)],
        )
        whole_of.update((int(rowid), bool(has_all)) for rowid, has_all in rest)
        wanted.extend(int(rowid) for rowid, _ in rest)
    shown_whole = {rowid for rowid in wanted if whole_of[rowid]}
    wanted.sort(key=lambda rowid: rowid not in shown_whole)
    total, exact = (
        min(matched, listing.TOTAL_CAP),
        matched < max(window, relevance.SCAN) and matched <= listing.TOTAL_CAP,
    )
    if every_word:
        total, exact = every
    return SearchPage(
        products=products(db, wanted),
        total=total,
        total_exact=exact,
        has_more=offset + len(wanted) < matched,
        partial_from=partial_from(wanted, shown_whole) if every_word else None,
    )


def sampled_page(
    db: Database,
    expression: str,
    where: list[str],
    params: list[Any],
    weights: dict[str, int],
    offset: int,
    limit: int,
    head: str | None = None,
    phrase: str | None = None,
    *,
    total_rows: int,
) -> SearchPage:
    """The first SAMPLE products with every (common) word that pass ``where``, and a few with the query's words
    side by side as typed (``phrase``), reranked, as ``relevance.sampled_page``."""
    condition = " AND ".join([MATCH, *where])
    found = db.rows(
        f"SELECT p.rowid, p.title, p.brand FROM products p WHERE {condition} LIMIT {relevance.SAMPLE}",
        [tsquery(expression), *params],
    )
    counted = len(found)
    if phrase and counted == relevance.SAMPLE:
        per = relevance.SAMPLE // relevance.SPREAD
        side_by_side = db.rows(
            f"SELECT p.rowid, p.title, p.brand FROM products p WHERE {condition} LIMIT {per}",
            [tsquery(phrase), *params],
        )
        found = list({row[0]: row for row in [*found[: relevance.SAMPLE - per], *side_by_side]}.values())
    remember_names([name for _, title, brand in found for name in (f"{brand or ''} {title}", brand or "")])
    candidates = [
        Candidate(int(rowid), field_score(title, brand, weights, total_rows), title, brand, complete=True)
        for rowid, title, brand in found
    ]
    ranked = rerank(candidates, weights, total_rows, head)
    wanted = [c.rowid for c, _ in ranked[offset : offset + limit]]
    total, exact = min(counted, listing.TOTAL_CAP), counted < relevance.SAMPLE
    return SearchPage(
        products=products(db, wanted), total=total, total_exact=exact, has_more=offset + len(wanted) < total
    )


def bm25_page(
    db: Database, expression: str, where: list[str], params: list[Any], offset: int, limit: int
) -> SearchPage:
    """Every product ``expression`` matches that passes ``where``, best first (for inventory listings): the page,
    its products and the count in one statement."""
    query = tsquery(expression)
    condition = " AND ".join([MATCH, *where])
    counting, counting_args = _counting(expression, where, params)
    page = (
        f"SELECT p.rowid, p.doc FROM products p WHERE {condition}"
        f" ORDER BY ts_rank({RANK_WEIGHTS}, p.words, ?::tsquery) DESC, p.rowid LIMIT ? OFFSET ?"
    )
    counts, docs = _split(db.rows(beside(counting, page), [*counting_args, query, *params, query, limit, offset]))
    return _page(counts, docs, offset, limit, past_end=True)


_COLUMNS = ("seller", "brand", "color", "material", "category")
_SHOWN = 12
_SAMPLE = 5_000


def existing(db: Database, filters: SearchFilters, seen: Viewer) -> list[str]:
    """For each text filter set, values the products ``seen`` may see have, as ``values.existing``."""
    notes: list[str] = []
    visible = "".join(f" AND {condition}" for condition in seen.where)
    for column in _COLUMNS:
        if getattr(filters, column) is None:
            continue
        found = db.rows(
            f"SELECT min({column}) FROM (SELECT {column} FROM products p WHERE {column} IS NOT NULL AND {column} <> ''"
            f"{visible} LIMIT {_SAMPLE}) s GROUP BY lower({column}) ORDER BY count(*) DESC, min({column}) LIMIT ?",
            [*seen.params, _SHOWN + 1],
        )
        values = [str(value) for (value,) in found]
        more = ", …" if len(values) > _SHOWN else ""
        if values:
            notes.append(f"{column.capitalize()} values in the catalog: {', '.join(values[:_SHOWN])}{more}.")
    return notes


FOLDED_PAST = 500
"""The currency counts' rows past which a reader folds them into one row per currency."""


def currency_counts(db: Database) -> dict[str, int]:
    """How many products each currency prices: the sum of the changes every write appended (migration 5)."""
    found = db.rows("SELECT currency, sum(products), count(*) FROM currency_counts GROUP BY currency")
    if sum(int(rows) for _, _, rows in found) > FOLDED_PAST:
        # The rows read stay until the fold's own transaction commits; rows written meanwhile are left as they are.
        with db.connection() as conn:
            conn.execute(
                "WITH gone AS (DELETE FROM currency_counts RETURNING currency, products)"
                " INSERT INTO currency_counts (currency, products)"
                " SELECT currency, sum(products) FROM gone GROUP BY currency HAVING sum(products) <> 0"
            )
    return {str(currency): int(n) for currency, n, _ in found if n > 0}


def stated_fields(db: Database) -> frozenset[str]:
    """Which of color and material some product states (``Catalog.stated``)."""
    return values.stated_fields(db.rows(values.STATED_SQL)[0])
