"""The built-in catalog: products in one SQLite file, searched with FTS5 and reranked for the product meant.

``store`` holds the tables and the write path, ``relevance`` the ranked search on the full-text index and
``listing`` the pages in a column's order. All methods are synchronous and safe to call from worker threads;
``LocalCatalog`` wraps them for async code.

The search itself (which words are searched and corrected, the notes, totals and fallbacks) asks the engine for
candidates, counts and pages only through the methods at the end of ``Catalog``; ``storage.postgres.catalog``
answers them for PostgreSQL, so both engines search with this same code.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from aisle_mcp.products import Product
from aisle_mcp.products.query import COLORS, MATERIALS
from aisle_mcp.products.search import SearchFilters, SearchPage, SearchRequest
from aisle_mcp.providers.base import InventoryPage, InventoryRequest
from aisle_mcp.providers.local import aliases, listing, owners, relevance, store, values
from aisle_mcp.providers.local.filters import FILTER_NAMES, filter_clause, without
from aisle_mcp.providers.local.intent import QUALIFIERS, head, searched
from aisle_mcp.providers.local.owners import SHARED, VISIBLE, Viewer
from aisle_mcp.providers.local.ranking import in_name, kinds
from aisle_mcp.providers.local.relevance import either
from aisle_mcp.providers.local.stems import stem
from aisle_mcp.providers.local.tokens import dimensions, forms, measure_number, query_terms, runs
from aisle_mcp.providers.local.typo import correctable

_CODE_WEIGHTED = 4
_ALL_BUT_ONE = 3
"""Queries of this many words or more, when no product has them all, look for products with all but one or two
of them (``Catalog._left_out``)."""
_LEFT_OUT = 2
"""At most this many words no product has beside the others are left out (``_left_out``) ..."""
_PLAIN_WORD = 4
"""... each of letters alone and at least this long."""
KIND_SAMPLE = 20
"""How many products that have a word are read to tell whether it names a kind of product."""
RARE = 2
"""A word at most this many products have may be a slip of a common one ("toliet" in one listing) ..."""
RARE_BY = 30
"""... that has at least this many times its products: both spellings are then searched."""
SPELLINGS_TRIED = 4
"""How many spellings one edit from a word no product has (the most common first) are tried against the rest of
the query."""
SPLIT_PART = 3
"""The shortest part a word no product has is cut into ("lightbulb" → "light" + "bulb")."""
SPLIT_TRIES = 3
"""How many cuts (those whose rarer part is the most common first) are checked against the catalog."""
ALIAS_BY = 10
"""Another name of a kind (``aliases``) is searched beside the typed one when products use it at least this many
times as often as the typed one."""
ALIASES_TAKEN = 2
"""At most this many other names of a kind are searched beside the typed one (the ones most products use)."""
_BULK_BELOW = 10_000


class Catalog:
    """One SQLite catalog file. Writes are serialized; reads run on their own connection."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock: contextlib.AbstractContextManager[Any] = threading.Lock()
        self._db = store.connect(str(path))
        store.ensure_text_index(self._db)
        self._frequencies = relevance.Frequencies(self._db)
        self._visible = owners.VisibleCounts(self._db)
        self._currencies = values.Currencies()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM products").fetchone()[0])

    def upsert(self, products: Iterable[Product], owner: str | None = None) -> int:
        """Insert or replace products by id (the last of a batch wins): shared ones, or ``owner``'s own (see
        ``owners``); returns how many were written."""
        added_at = datetime.now(UTC).isoformat()
        latest = {p.id: p for p in products}
        rows = [(store.row_values(p, added_at), store.text_values(p)) for p in latest.values()]
        if not rows:
            return 0
        with self._lock:
            store.write(self._db, rows, owner)
            self._frequencies.forget()
        return len(rows)

    def write_rows(self, rows: Sequence[store.Row], prepared: Sequence[Any] | None = None) -> int:
        """Insert or replace products already turned into rows (see ``bulk``); the last of repeated ids wins."""
        latest = {row[0]: (row, text) for row, text in rows}
        if latest:
            with self._lock:
                store.write(self._db, list(latest.values()))
                self._frequencies.forget()
        return len(latest)

    def preparer(self) -> Callable[[list[store.Row]], tuple[list[store.Row], list[Any]]] | None:
        return None  # FTS5 stems and indexes the words as it writes them

    @contextlib.contextmanager
    def bulk(self) -> Generator[None]:
        """Around a large import: into a nearly empty catalog the sort indexes are built once, at the end.

        One sort at the end is far cheaper than a B-tree insert per product per index.
        """
        with self._lock:
            few = self._db.execute("SELECT count(*) FROM (SELECT 1 FROM products LIMIT ?)", (_BULK_BELOW,))
            deferred = few.fetchone()[0] < _BULK_BELOW
            if deferred:
                store.drop_indexes(self._db)
            # A write touches the whole file: mapped, all of it would count as this process's memory; and the
            # sorts that build the indexes spill to temporary files rather than hold a million keys in memory.
            self._db.execute("PRAGMA mmap_size=0")
            self._db.execute("PRAGMA temp_store=FILE")
        try:
            yield
        finally:
            with self._lock:
                if deferred:
                    store.create_indexes(self._db)
                store.count_common_terms(self._db)
                self._frequencies.forget()
                # Statistics let the planner choose between a filter's index and the sort's; sampled, so quick.
                self._db.execute("PRAGMA analysis_limit=1000")
                self._db.execute("ANALYZE products")
                self._db.execute(f"PRAGMA mmap_size={store.MMAP_BYTES}")
                self._db.execute("PRAGMA temp_store=MEMORY")

    def optimize(self) -> None:
        """Merge the full-text index into one segment: worth it after a large import, for faster searches."""
        with self._lock:
            self._db.execute("INSERT INTO products_text (products_text) VALUES ('optimize')")

    def get(self, product_id: str, owner: str | None = None) -> Product | None:
        """A shared product, or one of ``owner``'s own; another owner's is not found."""
        with self._lock:
            row = self._db.execute(
                f"SELECT doc FROM products WHERE id = ? AND {VISIBLE.format(row='products')}", (product_id, owner)
            ).fetchone()
        return store.read_product(row[0]) if row else None

    def remember(self, products: Iterable[Product], owner: str | None) -> None:
        """Keep products a provider answered ``owner`` with (None: for every owner), so get_product can give their
        full record later."""
        now = datetime.now(UTC).isoformat()
        rows = [(owner or SHARED, p.id, p.model_dump_json(exclude_defaults=True), now) for p in products]
        with self._lock:
            self._db.executemany(
                "INSERT OR REPLACE INTO remembered_products (owner, id, doc, seen_at) VALUES (?, ?, ?, ?)", rows
            )

    def recall(self, product_id: str, owner: str | None) -> Product | None:
        """A product of the catalog, or one a provider answered ``owner`` with earlier (its own record first)."""
        product = self.get(product_id, owner)
        if product is not None:
            return product
        with self._lock:
            row = self._db.execute(
                "SELECT doc FROM remembered_products WHERE id = ? AND owner IN (?, ?) ORDER BY owner = ? LIMIT 1",
                (product_id, SHARED, owner or SHARED, SHARED),
            ).fetchone()
        return store.read_product(row[0]) if row else None

    def products(self, owner: str | None, batch: int = 1000) -> Iterator[Product]:
        """The shared products and ``owner``'s own, in the order they were first written, a batch at a time (for
        an export)."""
        visible = owners.VISIBLE.format(row="products")
        last = 0
        while True:
            with self._lock:
                found = self._db.execute(
                    f"SELECT rowid, doc FROM products WHERE rowid > ? AND {visible} ORDER BY rowid LIMIT ?",
                    (last, owner, batch),
                ).fetchall()
            if not found:
                return
            for _, doc in found:
                yield Product.model_validate_json(doc)
            last = found[-1][0]

    def get_many(self, product_ids: Sequence[str], owner: str | None = None) -> dict[str, Product]:
        """The shared products and ``owner``'s own among these ids."""
        if not product_ids:
            return {}
        marks = ",".join("?" * len(product_ids))
        with self._lock:
            rows = self._db.execute(
                f"SELECT id, doc FROM products WHERE id IN ({marks}) AND {VISIBLE.format(row='products')}",
                (*product_ids, owner),
            )
            found = rows.fetchall()
        return {pid: store.read_product(doc) for pid, doc in found}

    # Search -------------------------------------------------------------------------------------------

    def stated(self) -> frozenset[str]:
        """Which of the fields a query's words can name as filters (``color``, ``material``) some product states.
        A catalog of titles only states none: there "white" is a word of the title, ranked, not a filter."""
        with self._lock:
            return self._stated_fields()

    def search(self, request: SearchRequest) -> SearchPage:
        """Products for the query's words (best first, or in ``sort`` order) that pass the filters."""
        with self._lock:
            seen = self._viewer(request.owner)
            filters, notes = self._one_for(request)
            request = replace(request, filters=filters)
            # In a catalog of one currency, that currency's condition would only cost time.
            alone = filters.currency is not None and set(self._currency_counts()) <= {filters.currency}
            checked = without(filters, "currency") if alone else filters
            page = self._search(request.query or "", checked, request.sort, request.offset, request.limit, seen)
            page.currency = filters.currency
            if filters.currency and request.offset == 0 and not alone:
                text = request.query or ""
                left_out = self._count(text, without(filters, "currency"), seen) - self._count(text, filters, seen)
                if left_out > 0:
                    more = "1 more product matches" if left_out == 1 else f"{left_out} more products match"
                    notes.append(
                        f"{more} in other currencies; prices are compared in {filters.currency} only"
                        " (set filters.currency for another)."
                    )
            page.notes.extend(notes)
            if not page.products and request.offset == 0 and not request.filters.is_empty():
                page.notes.extend(self._relaxations(request, seen))
                page.notes.extend(self._existing(request.filters, seen))
        return page

    def _search(
        self, text: str, filters: SearchFilters, sort: str, offset: int, limit: int, seen: Viewer
    ) -> SearchPage:
        where, params = self._filter_clause(filters)
        where, params = [*where, *seen.where], [*params, *seen.params]  # only the products this reader may see
        lookup = self._lookup(seen)
        said, codes = query_terms(text)
        plain = searched(said)
        order: listing.ListOrder = "rating" if sort == "relevance" else cast(listing.ListOrder, sort)
        if said and not plain and not codes:
            joined = ", ".join(repr(w) for w in said)
            verb = "joins" if len(said) == 1 else "join"
            said_only = f"Nothing matched the meaningful words: the query has none ({joined} only {verb} other words)."
            return SearchPage(products=[], total=0, notes=[said_only])
        if not plain:
            return self._sorted_page(None, where, params, order, offset, limit)
        notes: list[str] = []
        counted: dict[str, int] = {}
        other_names: dict[str, list[str]] = {}
        plain = self._compounds(plain, lookup, seen, notes, other_names, counted)
        unused = self._aliased(plain, lookup, seen, notes, other_names, counted)
        # A word of a name no product has comes after its other names: they name the kind ("wall socket": outlets).
        groups = {
            word: [*other_names[word], *forms(word)] if word in unused else [*forms(word), *other_names.get(word, [])]
            for word in plain
        }
        df = lookup([*(f for group in groups.values() for f in group), *codes])
        df.update(counted)  # names of several words, counted as phrases
        known = {word: present for word, group in groups.items() if (present := [f for f in group if df[f]])}
        # A word no product has that other forms of it found ("shelves" as "shelf") may as well be a slip ("golves"
        # is "gloves", not "golf"): its closest spelling is searched beside those forms (a size found as its number
        # alone, below, is no such word).
        other_form = [w for w in known if not df[w] and w not in other_names]
        for word in [w for w in groups if w not in known]:
            # A size no product is listed in: its number alone ("27in" → "27"), as plain BM25 would search it.
            number = measure_number(word)
            if number is not None and (products := lookup([number])[number]):
                known[word] = [number]
                df[number] = products
        rare = [w for w in groups if w in known and sum(df[f] for f in known[w]) <= RARE]
        retyped = [w for w in groups if (w not in known or w in rare or w in other_form) and w not in other_names]
        for word in [w for w in retyped if correctable(w)]:
            # Only a spelling that fits the rest of the query: in "sneakers size 10", "size" is not "side"; and the
            # first that does of a few ("heates" with "water": "heater", not "heat").
            others = [group for other, group in known.items() if other != word]
            tried = itertools.islice(relevance.spellings(lookup, word), SPELLINGS_TRIED)
            own = {stem(f) for f in known.get(word, [])}  # "knifes" for "knives" found as "knife": nothing new
            fit = (
                s
                for s in tried
                if stem(s[0]) not in own
                and not (word in rare and word not in other_form and s[1] < RARE_BY * sum(df[f] for f in known[word]))
            )
            closest = next((s for s in fit if self._fits([s[0]], others, seen)), None)
            if closest is not None:
                df[closest[0]] = closest[1]
                if word in known:  # a rare word, or one found as another form: a slip of a common one, or itself
                    known[word] = [*known[word], closest[0]]
                    few = "which no product has as it is" if word in other_form else "which few products have"
                    notes.append(f"Searched for '{closest[0]}' as well as '{word}', {few}.")
                else:
                    known[word] = [closest[0]]
                    notes.append(f"Searched for '{closest[0]}' in place of '{word}', which no product has.")
        self._aliased_as_corrected(plain, known, df, lookup, seen, notes, other_names, counted)
        known = {word: known[word] for word in groups if word in known}  # the query's order
        units = {either(group): sum(df[f] for f in group) for group in known.values()}
        # A model number's letter and digit runs ("1000", "xm", "5" of "1000xm5") say little alone: "1000" names
        # jigsaw puzzles as well. For a number no product has whole, they pick candidates only all together.
        pieces = {word: found for word in plain if len(found := runs(word)) > 1}
        cut = {run for word, found in pieces.items() if word not in known for run in found}
        units.update({f'"{c}"': df[c] for c in codes if df[c] and c not in cut})
        parts: list[str] = []
        for word, found in pieces.items():
            if word not in known and all(df.get(run, 0) for run in found):
                units["(" + " AND ".join(f'"{run}"' for run in found) + ")"] = min(df[run] for run in found)
                parts.append(word)
        missing = [word for word in plain if word not in known and word not in parts]
        if parts:
            notes.append(
                f"No product has {', '.join(repr(w) for w in parts)} written as one word; these have "
                + ("its parts." if len(parts) == 1 else "their parts.")
            )
        sized = any(df[c] for c in codes if dimensions(c))
        if known and all(weak(word) for word in known) and set(missing) - QUALIFIERS and not sized:
            # "8 ft ladder" where no product is a ladder: the size (or a color, or "kids") alone names no product.
            # Whole dimensions do ("2 x 6 x 8 ft lumber": boards 2 in. x 6 in. x 8 ft., whatever they are called).
            alone = ", ".join(repr(w) for w in known)
            notes.append(f"No product has {', '.join(repr(w) for w in missing)}; {alone} alone is not searched for.")
            return SearchPage(products=[], total=0, notes=notes)
        if missing:
            rest = "; these match the other words" if units else ""
            notes.append(f"No product has {', '.join(repr(w) for w in missing)}{rest}.")
        if not units:
            return SearchPage(products=[], total=0, notes=notes)
        every_word = " AND ".join(either(group) for group in known.values()) if known else None
        if sort != "relevance":
            page = None
            if every_word:
                page = self._sorted_page(every_word, where, params, order, offset, limit)
            if page is None or not page.total:
                page = self._sorted_page(" OR ".join(units), where, params, order, offset, limit)
                notes.append("No product matched every word; these match some of the words.")
                # The total counts the products with every word: none; each one shown has only some of them.
                page.total, page.total_exact, page.partial_from = 0, True, 0 if page.products else None
        else:
            page = self._relevant(text, known, df, units, codes, where, params, offset, limit, other_names)
            if page.partial_from == 0 and offset == 0 and len(known) >= _ALL_BUT_ONE and page.products:
                first = page.products[0]
                page = (
                    self._all_but_some(text, known, df, units, codes, where, params, limit, seen, first, other_names)
                    or page
                )
            if page.products and offset == 0 and page.partial_from == 0 and not page.notes:
                notes.append("No product matched every word; these match some of the words.")
        page.notes[:0] = notes
        return page

    def _relevant(
        self,
        text: str,
        known: dict[str, list[str]],
        df: dict[str, int],
        units: dict[str, int],
        codes: list[str],
        where: list[str],
        params: list[Any],
        offset: int,
        limit: int,
        other_names: Mapping[str, list[str]] | None = None,
    ) -> SearchPage:
        """The products best matching the ``known`` words (each with the forms products have), by relevance;
        ``other_names``: the words searched with other names beside them (``_aliased``, ``_compounds``)."""
        weights = {stem(group[0]): sum(df[f] for f in group) for group in known.values()}
        weights.update({c: df[c] for c in codes if df[c] and len(c) >= _CODE_WEIGHTED})
        every_word = " AND ".join(either(group) for group in known.values()) if known else None
        wide = not any(df[c] for c in codes)
        expression, sampled, window = relevance.candidates(units, every_word, wide)
        # A product's own name as the query (the same product elsewhere) has no head to favour.
        named = head(text) if len(known) <= relevance.SHORT else None
        if named is not None and named not in known:
            # The head no product has, or written as two words ("doorknob" → "door knob"): the last of the
            # words searched names the kind ("angle bracket" with no bracket: angles, not angled brushes) when
            # some product has every word searched. When none has, that word only qualified the missing head
            # ("house" of "quikrete house wrap"): products that merely have it are no nearer the kind asked for
            # than those with the other words, and BM25 weighs them all.
            stand_in = head(" ".join(known))
            complete = " AND ".join(either(group) for group in known.values())
            named = stand_in if stand_in is not None and self._any_match(complete, where, params) else None
        # A corrected head is looked for in its common spelling ("hoess" → "hose").
        if named and named in known:
            # A name with other names searched beside it: its typed form where products use it ("fridge": the
            # fridges first, then the refrigerators), else the other name most products use.
            form = known[named][0] if named in (other_names or {}) else max(known[named], key=lambda f: df[f])
            kind = _kind(form)
        else:
            kind = None
        if sampled:
            said = [group[0] for group in known.values()]
            phrase = f'"{" ".join(said)}"' if len(said) > 1 and all(w.isalpha() for w in said) else None
            page = self._sampled_page(expression, where, params, weights, offset, limit, kind, phrase)
            if not page.total and offset == 0:
                # Every word is common and no product has them all ("ryobi power washer" where Ryobi makes
                # pressure washers): the products with some of them, as BM25 finds them, rather than nothing.
                page = self._ranked_page(
                    " OR ".join(units), where, params, weights, offset, limit,
                    window=relevance.SCAN, every_word=every_word, head=kind,
                )  # fmt: skip
            return page
        # What matches the query: every word, and the kind of product (the head) in its name, not only in
        # a description ("usb cables" is not a UPS whose description mentions USB cables).
        wanted = " AND ".join(
            f"{{{relevance.NAME_COLUMNS}}} : {either(group)}" if word == named else either(group)
            for word, group in known.items()
        )  # fmt: skip
        whole = wanted if kind else every_word
        page = self._ranked_page(
            expression, where, params, weights, offset, limit, window=window, every_word=whole, head=kind
        )
        missing = page.partial_from is not None and page.partial_from < min(limit, (page.total or 0) - offset)
        if whole and missing:
            # More products have every word than the page shows before its partial ones: they were not among the
            # candidates the rarest terms picked (a long query of common words and sizes: "1/2 in by 6' simpson
            # strong-tie self-sealing pipe insulation"). The candidates are then the products with every word, as
            # BM25 orders them, and the partial ones follow.
            every = self._ranked_page(
                whole, where, params, weights, offset, limit, window=relevance.SCAN, every_word=whole, head=kind
            )
            shown = {p.id for p in every.products}
            rest = [p for p in page.products if p.id not in shown][: limit - len(every.products)]
            every.partial_from = len(every.products) if rest else None
            every.products = [*every.products, *rest]
            every.has_more = every.has_more or page.has_more
            return every
        return page

    def _all_but_some(
        self,
        text: str,
        known: dict[str, list[str]],
        df: dict[str, int],
        units: dict[str, int],
        codes: list[str],
        where: list[str],
        params: list[Any],
        limit: int,
        seen: Viewer,
        first: Product,
        other_names: Mapping[str, list[str]] | None = None,
    ) -> SearchPage | None:
        """When no product has every word, the products with every word but the ones left out (``_left_out``),
        ranked as if those had not been typed: shoppers add words no title of the kind uses ("faucet pull-down
        cadet outdoor", "hdx 20 in by 25 in by 1 in heavy duty furnace filter"), and a word other kinds' titles
        have ("outdoor", "home") must not pull those kinds up, nor push out the products with all the other words.
        None when no such words are found, or when one of them names a kind of product ("fuji film lens": a lens
        is what is asked for, and no Fuji film is one), unless it is the word right before the query's head, which
        there says which of the head's kind is meant ("vent" of "300 cfm vent hood", "can" of "halo 5/6 in can
        light": the products with every other word are the kind asked for)."""
        dropped = self._left_out(known, df, seen, first)
        order = list(known)
        named = head(text)
        named = named if named in known else head(" ".join(order))
        # Only a head that names a kind: before a color ("... iris/black") a word is no kind of that head.
        at = order.index(named) if named in known and not weak(named) else 0
        before = order[at - 1] if at > 0 else None
        if not dropped or any(w != before and self._names_kind(w, known[w], df, where, params) for w in dropped):
            return None
        rest = {w: g for w, g in known.items() if w not in dropped}
        gone = {either(known[w]) for w in dropped}
        page = self._relevant(
            " ".join(w for w in text.split() if w.lower() not in dropped),
            rest, df, {u: n for u, n in units.items() if u not in gone},
            codes, where, params, 0, limit, other_names,
        )  # fmt: skip
        if not page.products:
            return None
        # None has every word: the total counts them (none), and every product shown has only some of them.
        page.total, page.total_exact, page.partial_from = 0, True, 0
        but = " and ".join(f"'{w}'" for w in dropped)
        page.notes.append(f"No product matched every word; these match every word but {but}.")
        return page

    def _left_out(self, known: dict[str, list[str]], df: dict[str, int], seen: Viewer, first: Product) -> list[str]:
        """The words no product has beside the others, in the query's order.

        Up to twice relevance.SHORT words, the one word whose absence leaves products with all the rest (of
        several, the one whose absence leaves the rest side by side as typed in some product, else none: which
        one the shopper did not mean is not known). Past that, or when no single word is
        such (two words no title of the kind uses: "heavy duty"), the words the best partial match has in its
        name, with each other word, rarest first, that some product has beside them: the most of the query
        products have together, kept only when it leaves out one or two plain words and keeps more than half
        the query.
        """
        if len(known) <= 2 * relevance.SHORT:
            able = [w for w in known if self._together([g for o, g in known.items() if o != w], seen)]
            if len(able) > 1:
                # Of several, the one whose absence leaves the rest as typed, side by side, in some product
                # ("deckover 1 home": "DeckOver 1 gal.", not "Home ... 1-Light"); else none.
                common = {w: max(g, key=lambda f: df[f]) for w, g in known.items()}
                able = [w for w in able if self._together([[" ".join(common[o] for o in known if o != w)]], seen)]
                return able if len(able) == 1 else []
            if able:
                return able
        name = f"{first.brand or ''} {first.title}"
        core = [w for w, group in known.items() if any(in_name(stem(f), name) for f in group)]
        if len(core) < 2 or not self._together([known[w] for w in core], seen):
            return []
        for word in sorted((w for w in known if w not in core), key=lambda w: sum(df[f] for f in known[w])):
            if self._together([known[w] for w in [*core, word]], seen):
                core.append(word)
        dropped = [w for w in known if w not in core]
        # Only a word or two, each a plain word: a number or a short piece ("10" of "10/100", "c" of "Type-C",
        # "5x2" of "27.5x2.35") is the same product's size or code written another way, not a word no title uses.
        plain = all(w.isalpha() and len(w) >= _PLAIN_WORD for w in dropped)
        return dropped if dropped and len(dropped) <= _LEFT_OUT and plain and 2 * len(dropped) < len(known) else []

    def _names_kind(self, word: str, group: list[str], df: dict[str, int], where: list[str], params: list[Any]) -> bool:
        """Whether ``word`` is what some products are, their name's head noun (``ranking.kinds``: "lens" in "Canon
        RF Lens", not "outdoor" in "Outdoor Ceiling Fan"), among the KIND_SAMPLE products that best match it in
        their names."""
        sample = self._ranked_page(
            f"{{{relevance.NAME_COLUMNS}}} : {either(group)}", where, params,
            {stem(group[0]): sum(df[f] for f in group)}, 0, KIND_SAMPLE,
            window=relevance.SCAN, every_word=None, head=None,
        )  # fmt: skip
        said = {stem(f) for f in group}
        return any(said & kinds(product.title) for product in sample.products)

    def _aliased(
        self,
        plain: list[str],
        lookup: Callable[[Sequence[str]], dict[str, int]],
        seen: Viewer,
        notes: list[str],
        other_names: dict[str, list[str]],
        counted: dict[str, int],
    ) -> set[str]:
        """The other names (``aliases``) of each name of a kind in the query that few or no products use ("fridge",
        "weed eater"): those products use ALIAS_BY times as often are searched beside each of the typed name's
        words (``other_names``), so the products with the typed words match as before ("Plumber's Tape" for
        "plumbers tape"), the other name's match too, and the typed name keeps its weight (BM25 weighs the more
        common other name less); a name products use well is never searched as another. Words read as compounds
        already are left as they are. ``counted`` gets the other names' counts (a name of several words is counted
        as a phrase). Gives the words of the names no product has."""
        found = [f for f in aliases.names_in(plain) if not set(plain[f[0] : f[1]]) & other_names.keys()]
        if not found:
            return set()
        typed = {" ".join(plain[start:end]) for start, end, _ in found}
        counts = self._name_counts([o for _, _, others in found for o in others], lookup, seen)
        # A typed name is counted as its words together, wherever they are ("Plumber's Tape" has "plumbers tape").
        counts.update(lookup([n for n in typed if " " not in n]))
        for name in (n for n in typed if " " in n):
            counts[name] = self._count_of(" AND ".join(f'"{w}"' for w in name.split()), seen)
        taken: list[tuple[int, int, list[str]]] = []
        for start, end, others in found:  # at each place the longest name with other names products use
            if taken and start < taken[-1][1]:
                continue
            name = " ".join(plain[start:end])
            most = sorted((o for o in others if counts[o] >= max(1, ALIAS_BY * counts[name])), key=lambda o: -counts[o])
            if most:
                taken.append((start, end, most[:ALIASES_TAKEN]))
        unused: set[str] = set()
        for start, end, chosen in taken:
            name = " ".join(plain[start:end])
            for word in plain[start:end]:
                other_names[word] = chosen
            counted.update({n: counts[n] for n in chosen if " " in n})
            said = " and ".join(f"'{o}'" for o in chosen)
            kind = "another name" if len(chosen) == 1 else "other names"
            if counts[name]:
                notes.append(f"Also searched for {said} ({kind} for '{name}', which few products use).")
            else:
                notes.append(f"Searched for {said} ({kind} for '{name}', which no product has).")
                unused.update(plain[start:end])
        return unused

    def _aliased_as_corrected(
        self,
        plain: list[str],
        known: dict[str, list[str]],
        df: dict[str, int],
        lookup: Callable[[Sequence[str]], dict[str, int]],
        seen: Viewer,
        notes: list[str],
        other_names: dict[str, list[str]],
        counted: dict[str, int],
    ) -> None:
        """The other names (``_aliased``) of a name a corrected slip completes: "power waher" is "power washer" only
        once "waher" is read as "washer", and then it is also searched as "pressure washer", as the name typed
        right would be. Each corrected word and each other word of such a name gets the other names beside its
        forms (``known``)."""
        corrected = {w: known[w][0] for w in plain if w in known and w not in other_names and known[w][0] != w}
        corrected = {w: c for w, c in corrected.items() if not df.get(w)}  # read in place of the typed word
        if not corrected:
            return
        read = [corrected.get(w, w) for w in plain]
        found = aliases.names_in(read)
        if not any(plain[i] in corrected for start, end, _ in found for i in range(start, end)):
            return
        more: dict[str, list[str]] = {}
        said: list[str] = []
        self._aliased(read, lookup, seen, said, more, counted)
        for at, word in enumerate(plain):
            names = [n for n in more.get(read[at], []) if n not in known.get(word, [])]
            if names and word in known:
                known[word] = [*known[word], *names]
                other_names[word] = [*other_names.get(word, []), *names]
        df.update(lookup([n for names in more.values() for n in names if " " not in n]))
        df.update(counted)
        notes.extend(said)

    def _name_counts(
        self, names: Sequence[str], lookup: Callable[[Sequence[str]], dict[str, int]], seen: Viewer
    ) -> dict[str, int]:
        """How many products this reader may see have each name: a word as the index counts it, a name of several
        words as a phrase (up to WIDE)."""
        counts = lookup([n for n in names if " " not in n])
        for name in dict.fromkeys(n for n in names if " " in n):
            counts[name] = self._phrase_count(name, seen)
        return counts

    def _phrase_count(self, phrase: str, seen: Viewer) -> int:
        """How many products have these words side by side (up to WIDE)."""
        return self._count_of(f'"{phrase}"', seen)

    def _named_count(self, expression: str, seen: Viewer) -> int:
        """How many products have what ``expression`` matches in their names (up to WIDE)."""
        return self._count_of(f"{{{relevance.NAME_COLUMNS}}} : ({expression})", seen)

    def _count_of(self, expression: str, seen: Viewer) -> int:
        if seen.hidden:
            return self._count_matches(expression, seen.where, seen.params)[0]
        return self._matches(expression, relevance.WIDE + 1)

    def _compounds(
        self,
        plain: list[str],
        lookup: Callable[[Sequence[str]], dict[str, int]],
        seen: Viewer,
        notes: list[str],
        other_names: dict[str, list[str]],
        counted: dict[str, int],
    ) -> list[str]:
        """The query's words with compounds written the catalog's way: two neighbours joined when products write
        them as one word and none has both ("de walt" → "dewalt"), and a word no product has split in two that
        products write side by side ("lightbulb" → "light bulb"). Where products write a compound both ways, the
        other writing is searched beside the typed one (``other_names``) when at least as many products' names
        have it (and more than RARE): the joined word, for either of two words typed apart, when names have it as
        often as both words ("door knob": "doorknob"; the products with both words still match); the two words
        side by side, for one typed joined, as often as the joined word ("showerhead": "shower head"). A
        longer query is mostly a product's own name, written as its shop writes it: only its words no product has
        are split ("lawnmower cordless 20 inch husqvarna"), none joined."""
        short = len(plain) <= relevance.SHORT
        pairs = itertools.pairwise(plain) if short else ()
        joins = {a + b: (a, b) for a, b in pairs if a.isalpha() and b.isalpha() and not {a, b} & other_names.keys()}
        df = lookup([*plain, *joins])

        def cuts(w: str) -> list[tuple[str, str]]:
            return [(w[:i], w[i:]) for i in range(SPLIT_PART, len(w) - SPLIT_PART + 1)]

        # A word no product has is cut, every way into two parts of SPLIT_PART letters or more; in a short query,
        # so is one products have, to look for its parts written apart.
        cuttable = [w for w in plain if w.isalpha() and len(w) >= 2 * SPLIT_PART and w not in other_names]
        splits = {w: cuts(w) for w in cuttable if not df[w]}
        apart = {w: cuts(w) for w in cuttable if df[w] and short}
        if splits or apart:
            parts = [part for found in (splits, apart) for pairs in found.values() for pair in pairs for part in pair]
            df = {**df, **lookup(parts)}
        found = list(plain)
        for joined, (a, b) in joins.items():
            if not df[joined] or a not in found or b not in found:
                continue
            if df[a] and df[b] and self._together([[a], [b]], seen):
                # Products have both words: "base ball" may be a ball base, not "baseball". When more products'
                # names have the joined word than both words (a description's run-together words are no compound),
                # it is searched as well, for either of them: the products with both words still match.
                named = self._named_count(f'"{joined}"', seen) if df[joined] > RARE else 0
                if named > RARE and named >= self._named_count(f'"{a}" AND "{b}"', seen):
                    other_names[a] = [*other_names.get(a, []), joined]
                    other_names[b] = [*other_names.get(b, []), joined]
                    notes.append(f"Also searched for '{joined}' for '{a} {b}'.")
                continue
            at = found.index(a)
            found[at : at + 2] = [joined]
            notes.append(f"Searched for '{joined}' in place of '{a} {b}'.")
        for word, pairs in apart.items():
            # A phrase has no more products than its rarer word: only cuts whose parts both have as many as the
            # word are worth counting.
            able = [(a, b) for a, b in pairs if min(df[a], df[b]) >= df[word]]
            able.sort(key=lambda pair: -min(df[pair[0]], df[pair[1]]))
            named = self._named_count(f'"{word}"', seen) if able else 0
            for a, b in able[:SPLIT_TRIES]:
                phrase = f"{a} {b}"
                together = self._named_count(f'"{phrase}"', seen)
                if together > RARE and together >= named:
                    other_names[word] = [phrase]
                    counted[phrase] = self._phrase_count(phrase, seen)
                    notes.append(f"Also searched for '{phrase}' for '{word}'.")
                    break
        for word, pairs in splits.items():
            if df[word] or word not in found:
                continue
            apart = [(a, b) for a, b in pairs if df[a] and df[b]]
            apart.sort(key=lambda pair: -min(df[pair[0]], df[pair[1]]))
            tried = apart[:SPLIT_TRIES]
            # Side by side in some product's text, else at least both in one ("portbase": "5-port ... base") when
            # the word is no slip of a word products have ("headest" is "headset", not "head" and "est").
            pair = next((p for p in tried if self._together([[f"{p[0]} {p[1]}"]], seen)), None)
            slip = correctable(word) and relevance.closest(lookup, word) is not None
            if pair is None and tried and not slip:
                pair = next((p for p in tried if self._together([[p[0]], [p[1]]], seen)), None)
            if pair is None and not tried and not slip:
                pair = self._split_slip(pairs, df, lookup, seen)
            if pair is not None:
                at = found.index(word)
                found[at : at + 1] = [w for w in pair if w not in found]
                notes.append(f"Searched for '{pair[0]} {pair[1]}' in place of '{word}', which no product has.")
        return found

    def _split_slip(
        self,
        pairs: list[tuple[str, str]],
        df: dict[str, int],
        lookup: Callable[[Sequence[str]], dict[str, int]],
        seen: Viewer,
    ) -> tuple[str, str] | None:
        """Two words run together with a slip in one of them ("wireelessmouse"): a cut whose one part products have
        and whose other is one edit from a word products have (of a few, the first that is), both in some product
        (the longest known part first): "paintbrsh" is "paint brush", not "paint brs"."""
        known = [(a, b) for a, b in pairs if bool(df[a]) != bool(df[b])]
        known.sort(key=lambda pair: -len(pair[0] if df[pair[0]] else pair[1]))
        for a, b in known[:SPLIT_TRIES]:
            slipped = b if df[a] else a
            if not correctable(slipped):
                continue
            for meant, _ in itertools.islice(relevance.spellings(lookup, slipped), SPELLINGS_TRIED):
                pair = (a, meant) if df[a] else (meant, b)
                if self._together([[pair[0]], [pair[1]]], seen):
                    return pair
        return None

    def _count(self, text: str, filters: SearchFilters, seen: Viewer) -> int:
        """How many products this reader may see have every known word of ``text`` and pass the filters (up to
        listing.TOTAL_CAP)."""
        where, params = self._filter_clause(filters)
        where, params = [*where, *seen.where], [*params, *seen.params]
        plain = searched(query_terms(text)[0])
        df = self._lookup(seen)(plain)
        expression = " AND ".join(either(forms(word)) for word in plain if df[word]) or None
        return self._count_matches(expression, where, params)[0]

    def _together(self, groups: list[list[str]], seen: Viewer) -> bool:
        """Whether some product this reader may see has a form of every one of these words."""
        expression = " AND ".join(either(group) for group in groups)
        if seen.hidden:
            return self._any_match(expression, seen.where, seen.params)
        return self._matches(expression, 1) > 0

    def _fits(self, spelling: list[str], others: list[list[str]], seen: Viewer) -> bool:
        """Whether a corrected word goes with the query's other words: some product has them all, or, when
        no product has all the others, it and one of them."""
        if not others or self._together([spelling, *others], seen):
            return True
        return not self._together(others, seen) and any(self._together([spelling, other], seen) for other in others)

    def _lookup(self, seen: Viewer) -> Callable[[Sequence[str]], dict[str, int]]:
        """How many products have each term, as this reader sees them (see ``owners.VisibleCounts``)."""
        if not seen.hidden:
            return self._frequencies
        hidden = self._visible.hidden(seen.owner)

        def visible(terms: Sequence[str]) -> dict[str, int]:
            return self._visible(self._frequencies(terms), seen, hidden, relevance.BUDGET)

        return visible

    def _relaxations(self, request: SearchRequest, seen: Viewer) -> list[str]:
        """Which single filter, dropped, would let this search find products."""
        helpful: list[str] = []
        for name in FILTER_NAMES:
            if getattr(request.filters, name) is None:
                continue
            page = self._search(request.query or "", without(request.filters, name), request.sort, 0, 1, seen)
            if page.products:
                count = f"{page.total}{'' if page.total_exact else '+'}"
                match = "product matches" if count == "1" else "products match"
                helpful.append(f"without the {name} filter, {count} {match}")
        if not helpful:
            return []
        return [f"Nothing passes every filter; {'; '.join(helpful)}."]

    # Inventory ----------------------------------------------------------------------------------------

    def inventory(self, request: InventoryRequest) -> InventoryPage:
        filters = SearchFilters(
            brand=request.brand, category=request.category, in_stock=request.in_stock, seller=request.seller_id
        )
        where, params = self._filter_clause(filters)
        for tag in request.tags:
            where.append("(',' || p.tags || ',') LIKE ?")
            params.append(f"%,{tag.lower()},%")
        if request.updated_from:
            where.append("p.updated_at >= ?")
            params.append(request.updated_from.isoformat())
        if request.updated_to:
            where.append("p.updated_at <= ?")
            params.append(request.updated_to.isoformat())
        plain, _ = query_terms(request.search or "")
        expression = " AND ".join(either(forms(word)) for word in plain) or None
        with self._lock:
            seen = self._viewer(request.owner)
            where, params = [*where, *seen.where], [*params, *seen.params]  # only the products this reader may see
            if expression:
                page = self._bm25_page(expression, where, params, request.offset, request.limit)
            else:
                page = self._sorted_page(None, where, params, "title", request.offset, request.limit)
        notes = (
            self._unknown_words(plain, request.owner)
            if expression and not page.products and request.offset == 0
            else []
        )
        return InventoryPage(
            products=page.products, total=page.total, total_exact=page.total_exact, has_more=page.has_more, notes=notes
        )

    def _unknown_words(self, plain: list[str], owner: str | None) -> list[str]:
        """What an inventory search that found nothing should say of the words no product ``owner`` sees has."""
        with self._lock:
            lookup = self._lookup(self._viewer(owner))
            groups = {word: forms(word) for word in plain}
            df = lookup([f for group in groups.values() for f in group])
            notes: list[str] = []
            for word, group in groups.items():
                if any(df[f] for f in group):
                    continue
                closest = relevance.closest(lookup, word) if correctable(word) else None
                meant = f" (did you mean '{closest[0]}'?)" if closest else ""
                notes.append(f"No product has '{word}'{meant}.")
        return notes

    # The engine: what the search above asks of the file (PostgreSQL's catalog answers the same) ---------

    def _viewer(self, owner: str | None) -> Viewer:
        return owners.viewer(self._db, owner)

    def _one_for(self, request: SearchRequest) -> tuple[SearchFilters, list[str]]:
        return self._currencies.one_for(self._db, request)

    def _currency_counts(self) -> dict[str, int]:
        return self._currencies.counts(self._db)

    def _stated_fields(self) -> frozenset[str]:
        return self._currencies.stated(self._db)

    def _existing(self, filters: SearchFilters, seen: Viewer) -> list[str]:
        return values.existing(self._db, filters, seen)

    def _filter_clause(self, filters: SearchFilters) -> tuple[list[str], list[Any]]:
        return filter_clause(filters)

    def _sorted_page(
        self,
        expression: str | None,
        where: Sequence[str],
        params: Sequence[Any],
        order: listing.ListOrder,
        offset: int,
        limit: int,
    ) -> SearchPage:
        return listing.sorted_page(self._db, expression, where, params, order, offset, limit)

    def _count_matches(self, expression: str | None, where: Sequence[str], params: Sequence[Any]) -> tuple[int, bool]:
        return listing.count(self._db, expression, where, params)

    def _any_match(self, expression: str, where: Sequence[str], params: Sequence[Any]) -> bool:
        return listing.any_match(self._db, expression, where, params)

    def _matches(self, expression: str, cap: int) -> int:
        return listing.matches(self._db, expression, cap)

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
        return relevance.ranked_page(
            self._db, expression, where, params, weights, offset, limit, window=window, every_word=every_word, head=head
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
        return relevance.sampled_page(self._db, expression, where, params, weights, offset, limit, head, phrase)

    def _bm25_page(self, expression: str, where: list[str], params: list[Any], offset: int, limit: int) -> SearchPage:
        return relevance.bm25_page(self._db, expression, where, params, offset, limit)


def weak(word: str) -> bool:
    """A word that qualifies a kind of product and names none alone: who it is for, a color or material, a bare
    number or a size ("8ft"). Not a model number ("1000xm5"), which names one product."""
    named = word in QUALIFIERS or word in COLORS or word in MATERIALS
    return named or word.isdigit() or measure_number(word) is not None


def _kind(form: str) -> str:
    """The stem of the kind a searched form names: a word's own, a name of several words its head's ("trimmer" of
    "string trimmer")."""
    if " " not in form:
        return stem(form)
    return stem(head(form) or form.split()[-1])
