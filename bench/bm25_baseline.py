"""The floor every search benchmark compares Aisle with: plain SQLite FTS5 BM25, as the issue measured it.

One in-memory FTS5 table (``porter unicode61`` tokenizer) of the catalog's title, brand and description, BM25
column weights 10 / 3 / 1, the query's words OR-ed, nothing else: no filters, no query understanding.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping

_WORD = re.compile(r"[^\W_]+")
WEIGHTS = "10.0, 3.0, 1.0"


class Bm25Baseline:
    def __init__(self, rows: Iterable[Mapping[str, str]]) -> None:
        self._db = sqlite3.connect(":memory:")
        self._db.execute(
            "CREATE VIRTUAL TABLE t USING fts5(id UNINDEXED, title, brand, description,"
            " tokenize = 'porter unicode61 remove_diacritics 2')"
        )
        self._db.executemany(
            "INSERT INTO t (id, title, brand, description) VALUES (?, ?, ?, ?)",
            ((r["id"], r.get("title") or "", r.get("brand") or "", r.get("description") or "") for r in rows),
        )

    def rank(self, query: str, k: int = 20) -> list[str]:
        """Catalog ids, best first: the query's words OR-ed, in BM25 order."""
        words = list(dict.fromkeys(_WORD.findall(query.lower())))
        if not words:
            return []
        expression = " OR ".join(f'"{w}"' for w in words)
        rows = self._db.execute(
            f"SELECT id FROM t WHERE t MATCH ? ORDER BY bm25(t, 0.0, {WEIGHTS}) LIMIT ?", (expression, k)
        )
        return [str(row[0]) for row in rows]
