"""Relevance search on the full-text index: which terms pick the candidates, and the candidates' BM25 order.

A relevance search takes the best BM25 candidates for the query's rarest words, corrects words the catalog has
never seen, and reranks the candidates by how much of the query their name covers (``ranking``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from typing import Any, cast

from aisle_mcp.products.search import SearchPage
from aisle_mcp.providers.local import listing
from aisle_mcp.providers.local.ranking import Candidate, field_score, remember_names, rerank
from aisle_mcp.providers.local.stems import stems
from aisle_mcp.providers.local.typo import one_changed, swapped_or_dropped, with_one_more

# bm25 column weights: a word in the title, brand or model number says far more than one deep in a description.
BM25 = "bm25(products_text, 10.0, 6.0, 8.0, 3.0, 1.0)"
POOL = 100
"""How many BM25 candidates are reranked; later pages continue in BM25 order, so paging stays lossless."""
SCAN = 500
"""How many matching products at most are scored for one search."""
BUDGET = SCAN
"""How many products the terms that pick the candidates may match together (see ``candidates``): no more than
the window scores, so the candidates are never cut off in index order."""
SAMPLE = POOL
SPREAD = 4
SPREAD_SHARE = 0.3
"""The share of the POOL candidates ``ranked_page`` takes spread over its window rather than by BM25."""
"""How many runs of the index's order the sample of products with every common word is read in (``sampled_page``)."""
NAME_COLUMNS = "title brand codes category"
"""The index's columns that name a product (the rest, ``body``, describes it)."""
WIDE = 3_000
"""Up to this many matches in all, every term of the query picks candidates (see ``candidates``)."""
SHORT = 4
"""A query of up to this many terms is a shopper's description ("cordless drill"); a longer one is mostly a
product's own name, whose rarest words (a model number) find it."""
"""How many products with every word are scored when every word is common: there the window (in index order)
is a sample of thousands of equally plausible products, and a larger one only costs more to score."""
_CHUNK = 500
_FEW = 5_000


def either(group: Sequence[str]) -> str:
    """An FTS5 MATCH term for any of a word's forms."""
    quoted = " OR ".join(f'"{f}"' for f in group)
    return f"({quoted})" if len(group) > 1 else quoted


def candidates(units: dict[str, int], every_word: str | None, wide: bool = True) -> tuple[str, bool, int]:
    """The MATCH expression that picks candidates, whether it is every (common) word (see ``sampled_page``), and
    how many matches at most it has (the window ``ranked_page`` scores).

    When the query is short, of words (``wide``: no model number, whose rare spelling finds it), and all its
    terms together have at most WIDE products, every one of them picks
    candidates, and BM25 weighs each word, common ones ("drill", "rug") included. Past that, the rarest terms are
    chosen while their products stay within BUDGET, and the products with every word are added; a common word still
    counts in the rerank. When even the rarest term is common, the products with every word are the candidates, SAMPLE
    of them.
    """
    ordered = sorted(units.items(), key=lambda unit: unit[1])
    spent = sum(df for _, df in ordered)
    short = len(ordered) <= SHORT
    if spent <= WIDE and short and wide:
        return " OR ".join(units), False, max(spent, 1)
    if ordered[0][1] > BUDGET and every_word:
        return every_word, True, SAMPLE
    chosen: list[str] = []
    spent = 0
    for term, df in ordered:
        if chosen and spent + df > BUDGET:
            break
        chosen.append(term)
        spent += df
    if every_word and len(chosen) < len(ordered) and (short or (len(ordered) <= 2 * SHORT and spent > POOL)):
        # Every product with every word has the rarest one: at most as many more as it has. Without them, the
        # pool (the best by BM25 over the rare terms alone) can leave them all out once the rare terms are common,
        # as a size is in a large hardware catalog ("simpson strong-tie #8 x 1-1/4 in screws"); when the pool holds
        # every product the rare terms match, it holds them already. A product's whole name as the query (more
        # words) is found by its rare words.
        return " OR ".join([*chosen, f"({every_word})"]), False, spent + ordered[0][1]
    return " OR ".join(chosen), False, spent


def frequencies(db: sqlite3.Connection, terms: Sequence[str]) -> dict[str, int]:
    """How many products have each term (0 for those none has)."""
    found = dict.fromkeys(terms, 0)
    for source in ("common_terms", "products_text_terms"):
        unique = [term for term, df in found.items() if not df]
        for start in range(0, len(unique), _CHUNK):
            chunk = unique[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            column = "df" if source == "common_terms" else "doc"
            rows = db.execute(f"SELECT term, {column} FROM {source} WHERE term IN ({marks})", chunk)
            found.update(cast(list[tuple[str, int]], rows.fetchall()))
    return found


class Frequencies:
    """``frequencies`` remembered until the catalog changes.

    Counting a term's products reads its whole posting list: a common word costs milliseconds in a large
    catalog, and the common words are the ones queries repeat. Any commit, from this connection (``forget``) or
    another process (SQLite's ``data_version``), starts the memory afresh.
    """

    LIMIT = 200_000

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._known: dict[str, int] = {}
        self._version: int | None = None

    def forget(self) -> None:
        self._known.clear()

    def __call__(self, terms: Sequence[str]) -> dict[str, int]:
        version = int(self._db.execute("PRAGMA data_version").fetchone()[0])
        if version != self._version or len(self._known) > self.LIMIT:
            self._known.clear()
            self._version = version
        missing = [term for term in dict.fromkeys(terms) if term not in self._known]
        if missing:
            # The index holds stems: each term is counted as its stem ("shoes" as "shoe").
            stemmed = dict(zip(missing, stems(missing), strict=True))
            counts = frequencies(self._db, list(set(stemmed.values())))
            self._known.update({term: counts[stemmed[term]] for term in missing})
        return {term: self._known[term] for term in terms}


def spellings(lookup: Callable[[Sequence[str]], dict[str, int]], word: str) -> Iterator[tuple[str, int]]:
    """The indexed words one edit away from ``word`` and with its first letter, with how many products have each:
    the swaps and drops first, then (only when asked for more) the words with a letter the typed one left out,
    then those with a letter changed, each the most common first (see ``typo``).

    A slip is rarely in the first letter, while dropping or changing it reaches other real words: "iphone" is
    not "phone", nor "lover" "over".
    """
    given: set[str] = set()
    first = swapped_or_dropped(word)
    more = with_one_more(word)
    # The few swaps and drops first; the hundreds of added and changed letters only when those find nothing that fits.
    for edits in (first, (more | one_changed(word)) - first):
        counts = lookup(sorted(s for s in edits if s[:1] == word[:1]))
        found = [(s, n) for s, n in counts.items() if n > 0]
        # The index is stemmed, so "quokka" and "quokkas" count the same products: one stem is given once, in its
        # shortest spelling (the word's base), in the place of its best: a letter left out before a letter changed,
        # then the most products ("waher": "washer", then "water"; "quokks": "quokka", not "quokkas").
        roots = dict(zip((s for s, _ in found), stems([s for s, _ in found]), strict=True))
        shortest: dict[str, str] = {}
        for spelling, _ in sorted(found, key=lambda item: (len(item[0]), item[0])):
            shortest.setdefault(roots[spelling], spelling)
        for spelling, n in sorted(found, key=lambda item: (item[0] not in more, -item[1], len(item[0]), item[0])):
            root = roots[spelling]
            if root not in given:
                given.add(root)
                yield shortest[root], n


def closest(lookup: Callable[[Sequence[str]], dict[str, int]], word: str) -> tuple[str, int] | None:
    """The most common indexed word one edit away from ``word`` (``spellings``), with how many products have it."""
    return next(spellings(lookup, word), None)


class Complete:
    """Which products have every searched word (in any field): all of them when there is no word.

    The products with every word are read once when they are few (as they are when the candidates come from
    rare terms, which each of them has); past that, each product asked about is looked up.
    """

    def __init__(self, db: sqlite3.Connection, every_word: str | None) -> None:
        self._db = db
        self.every_word = every_word
        self.found: set[int] | None = None
        """Every product with every word, when they are fewer than _FEW."""
        if every_word:
            rows = db.execute(
                f"SELECT rowid FROM products_text WHERE products_text MATCH ? LIMIT {_FEW}", (every_word,)
            )
            found = {rowid for (rowid,) in rows}
            self.found = found if len(found) < _FEW else None

    def __call__(self, rowids: Sequence[int]) -> set[int]:
        if not self.every_word:
            return set(rowids)
        if self.found is not None:
            return self.found.intersection(rowids)
        one = "SELECT 1 FROM products_text WHERE products_text MATCH ? AND rowid = ?"
        return {rowid for rowid in rowids if self._db.execute(one, (self.every_word, rowid)).fetchone()}

    def count(self, where: list[str], params: list[Any]) -> tuple[int, bool]:
        """How many products with every word pass ``where`` (up to ``listing.TOTAL_CAP``), and whether exactly."""
        if self.found is not None and not where:
            return min(len(self.found), listing.TOTAL_CAP), len(self.found) <= listing.TOTAL_CAP
        return listing.count(self._db, self.every_word, where, params)


def partial_from(rowids: Sequence[int], whole: set[int]) -> int | None:
    """Where the products with only some of the words start on a page (those with every word come first)."""
    return next((i for i, rowid in enumerate(rowids) if rowid not in whole), None)


def ranked_page(
    db: sqlite3.Connection,
    expression: str,
    where: list[str],
    params: list[Any],
    weights: dict[str, int],
    offset: int,
    limit: int,
    *,
    window: int = SCAN,
    every_word: str | None = None,
    head: str | None = None,
) -> SearchPage:
    """The candidates ``expression`` picks that pass ``where``: the best POOL reranked, the rest in BM25 order.

    The products with every searched word come first; ``total`` counts them (when none has every word, it
    counts the candidates, and the page's ``partial_from`` says they match only some of the words).
    """
    condition = " AND ".join(["products_text MATCH ?", *where])
    args = [expression, *params]
    # The first ``window`` matches (in index order) are scored: a bound on the work, whatever the query.
    scanned = (
        f"SELECT p.rowid AS rowid, {BM25} AS rank, p.title AS title, p.brand AS brand FROM {listing.TEXT_JOIN}"
        f" WHERE {condition} LIMIT {max(window, SCAN)}"
    )
    # The window's size comes with its best rows: the total costs no second pass over the matches. Beside the
    # best by BM25, which for a common word are its shortest names ("Caulk Gun" before "Silicone Caulk in White"),
    # a few rows spread evenly over the window in the index's order: other kinds of product with the word, which
    # the rerank can tell apart (the query's head as the name's own kind).
    spread = int(POOL * SPREAD_SHARE)
    window_rows = f"SELECT *, row_number() OVER () AS at, count(*) OVER () AS matched FROM ({scanned})"
    picked = db.execute(
        f"WITH w AS MATERIALIZED ({window_rows})"
        " SELECT * FROM (SELECT rowid, rank, title, brand, matched FROM w ORDER BY rank, rowid LIMIT ?)"
        " UNION SELECT rowid, rank, title, brand, matched FROM w WHERE at % max(1, matched / ?) = 0",
        (*args, POOL - spread, max(spread, 1)),
    ).fetchall()
    best = sorted(picked, key=lambda row: (row[1], row[0]))[:POOL]
    complete = Complete(db, every_word)
    whole = complete([row[0] for row in best])
    pool = [Candidate(*row[:4], complete=row[0] in whole) for row in best]
    matched = int(best[0][4]) if best else 0
    products = int(db.execute("SELECT max(rowid) FROM products").fetchone()[0] or 0)
    # Without the index's word (a long query: a product's own name), those with every word in the name lead.
    ranked = rerank(pool, weights, products, head, by_name=every_word is None)
    wanted = [c.rowid for c, _ in ranked[offset : offset + limit]]
    if offset + limit > len(pool) and matched > len(pool):
        # Past the pool, the rest in BM25 order: the rows after the best, less those the pool took from the spread.
        skip, need = max(offset, len(pool)) - len(pool), offset + limit - max(offset, len(pool))
        rest = db.execute(
            f"SELECT rowid FROM ({scanned}) ORDER BY rank, rowid LIMIT ? OFFSET ?",
            (*args, skip + need + spread, POOL - spread),
        )
        taken = {c.rowid for c in pool}
        wanted.extend([rowid for (rowid,) in rest if rowid not in taken][skip : skip + need])
    shown_whole = complete(wanted)
    wanted.sort(key=lambda rowid: rowid not in shown_whole)  # stable: beyond the pool, BM25 order in each part
    total, exact = min(matched, listing.TOTAL_CAP), matched < max(window, SCAN) and matched <= listing.TOTAL_CAP
    if every_word:
        total, exact = complete.count(where, params)
    return SearchPage(
        products=listing.products(db, wanted),
        total=total,
        total_exact=exact,
        has_more=offset + len(wanted) < matched,
        partial_from=partial_from(wanted, shown_whole) if every_word else None,
    )


def sampled_page(
    db: sqlite3.Connection,
    expression: str,
    where: list[str],
    params: list[Any],
    weights: dict[str, int],
    offset: int,
    limit: int,
    head: str | None = None,
    phrase: str | None = None,
) -> SearchPage:
    """SAMPLE products with every (common) word that pass ``where``, reranked: the first SAMPLE in the index's
    order, or when there are more, runs of that order from SPREAD evenly spaced rowids, and a run of those with
    the query's words side by side as typed (``phrase``).

    FTS5's bm25() counts each word's products before its first row, reading whole posting lists: for common
    words that is most of the search. Here every candidate has every word, the counts are known already, and
    ``field_score`` stands in for it.
    """
    condition = " AND ".join(["products_text MATCH ?", *where, "products_text.rowid >= ?"])
    products = int(db.execute("SELECT max(rowid) FROM products").fetchone()[0] or 0)
    # A catalog is often written kind by kind: the first SAMPLE products with "caulk" in the index's order may be
    # caulk guns alone. Past SAMPLE matches, the sample is SPREAD runs of that order from evenly spaced rowids.
    per = SAMPLE // SPREAD
    select = f"SELECT {{}} AS part, p.rowid, p.title, p.brand FROM {listing.TEXT_JOIN} WHERE {condition}"
    runs = [f"SELECT * FROM ({select.format(0)} LIMIT {SAMPLE})"]
    runs += [f"SELECT * FROM ({select.format(part)} LIMIT {per})" for part in range(1, SPREAD)]
    args = [arg for part in range(SPREAD) for arg in (expression, *params, products * part // SPREAD)]
    if phrase:
        # A name with the words as the shopper typed them, side by side ("Ceiling Fan Light Kit" for "ceiling fan
        # light"), which index-order runs of thousands of products with the three words may all miss.
        runs.append(f"SELECT * FROM ({select.format(SPREAD)} LIMIT {per})")
        args += [phrase, *params, 0]
    found = db.execute(" UNION ALL ".join(runs), args).fetchall()
    first = [row[1:] for row in found if row[0] == 0]
    rows = first
    if len(first) == SAMPLE:
        rows = list({row[0]: row for row in [*first[:per], *(row[1:] for row in found if row[0])]}.values())
    elif phrase:
        rows = list({row[0]: row for row in [*first, *(row[1:] for row in found if row[0] == SPREAD)]}.values())
    remember_names([name for _, title, brand in rows for name in (f"{brand or ''} {title}", brand or "")])
    pool = [
        Candidate(rowid, field_score(title, brand, weights, products), title, brand, complete=True)
        for rowid, title, brand in rows
    ]
    ranked = rerank(pool, weights, products, head)
    wanted = [c.rowid for c, _ in ranked[offset : offset + limit]]
    total, exact = min(len(first), listing.TOTAL_CAP), len(first) < SAMPLE
    return SearchPage(
        products=listing.products(db, wanted), total=total, total_exact=exact, has_more=offset + len(wanted) < total
    )


def bm25_page(
    db: sqlite3.Connection, expression: str, where: list[str], params: list[Any], offset: int, limit: int
) -> SearchPage:
    """Every product ``expression`` matches that passes ``where``, in BM25 order (for inventory listings)."""
    condition = " AND ".join(["products_text MATCH ?", *where])
    query = f"SELECT p.rowid FROM {listing.TEXT_JOIN} WHERE {condition} ORDER BY {BM25}, p.rowid LIMIT ? OFFSET ?"
    rowids = [rowid for (rowid,) in db.execute(query, (expression, *params, limit, offset))]
    total, exact = listing.count(db, expression, where, params)
    shown = offset + len(rowids)
    if shown > total:
        total, exact = shown, len(rowids) < limit
    more = shown < total or (not exact and len(rowids) == limit)
    return SearchPage(products=listing.products(db, rowids), total=total, total_exact=exact, has_more=more)
