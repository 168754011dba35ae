"""Word stems exactly as the catalog's full-text index makes them: "magnetic" → "magnet", "shoes" → "shoe".

The index stems every word it holds (FTS5's ``porter`` tokenizer), and so does every MATCH on it. The ranker
must compare a query's words with a product's name in the same terms and look the stems up in the index's
vocabulary, so the stems come from the same tokenizer: a one-row FTS5 table in memory, whose ``instance``
vocabulary gives each token's stem. Stems are remembered; the table is made on first use.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence

TOKENIZER = "porter unicode61 remove_diacritics 2"
"""The tokenizer of the catalog's full-text index (``store.TEXT_SCHEMA``)."""
_LIMIT = 100_000


class _Stemmer:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._known: dict[str, str] = {}

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            db.execute(f"CREATE VIRTUAL TABLE words USING fts5(w, tokenize = '{TOKENIZER}')")
            db.execute("CREATE VIRTUAL TABLE tokens USING fts5vocab(words, 'instance')")
            self._db = db
        return self._db

    def _tokens(self, text: str) -> list[str]:
        db = self._connection()
        db.execute("INSERT INTO words (rowid, w) VALUES (1, ?)", (text,))
        try:
            return [term for (term,) in db.execute('SELECT term FROM tokens ORDER BY "offset"')]
        finally:
            db.execute("DELETE FROM words")

    def __call__(self, words: Iterable[str]) -> list[str]:
        words = list(words)
        with self._lock:
            if len(self._known) > _LIMIT:
                self._known.clear()
            missing = list(dict.fromkeys(w for w in words if w not in self._known))
            if missing:
                found = self._tokens(" ".join(missing))
                if len(found) == len(missing):
                    self._known.update(zip(missing, found, strict=True))
                else:  # a word the tokenizer splits or drops: each on its own, its stem the stems joined
                    for word in missing:
                        self._known[word] = " ".join(self._tokens(word)) or word
            return [self._known[w] for w in words]


stems = _Stemmer()
"""``stems(words)``: each word's stem, in order (words as ``tokens.words`` gives them)."""


def stem(word: str) -> str:
    return stems([word])[0]


def stem_all(words: Sequence[str]) -> frozenset[str]:
    return frozenset(stems(words))
