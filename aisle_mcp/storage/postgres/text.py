"""A product's words as PostgreSQL keeps them (a weighted ``tsvector``), and the catalog's match expressions as
``tsquery``.

The words are the very terms of the SQLite index: ``tokens`` cuts them and ``stems`` stems them (FTS5's porter
stemmer), and the vector is written out here, so both engines hold the same terms and the query understanding
(which counts and corrects words by their stems) reads either the same way. PostgreSQL's own ``english``
configuration would stem differently and drop words such as "no" and "without", which negation reads.

Fields are weighted as the ranking weighs them: the title and the model-number spellings ``A``, the brand ``B``,
the category ``C``, the description and attributes ``D``. Each field starts one position after the last one's
end, so a phrase never runs from one field into the next.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from itertools import chain

from aisle_mcp.providers.local.stems import stems
from aisle_mcp.providers.local.store import Row
from aisle_mcp.providers.local.tokens import words

FIELD_WEIGHTS = ("A", "B", "A", "C", "D")
"""The weight of each of ``store.text_values``' fields: title, brand, codes, category, body."""
COLUMN_WEIGHTS = {"title": "A", "brand": "B", "codes": "A", "category": "C", "body": "D"}
"""The catalog's column names (as match expressions name them) and their weights."""
_MAX_POSITION = 16_383
_MAX_PLACES = 256
_STEMMED_TOGETHER = 2_000


def lexemes(text: str) -> list[str]:
    """A text's terms, in order, as the index holds them."""
    return [part for stem in stems(words(text)) for part in stem.split()]


def stemmed(texts: Sequence[Sequence[str]]) -> list[tuple[str, ...]]:
    """Each product's text fields (``store.text_values``) as their terms, space-separated, for the server to make the
    ``tsvector`` of (``WORDS``).

    The words of the whole batch are stemmed together: model numbers make most products' words partly new, and
    one call to the stemmer for a batch costs far less than one per product."""
    said = [[words(text) for text in fields] for fields in texts]
    stem_of = dict.fromkeys(chain.from_iterable(chain.from_iterable(said)))
    # Porter's rules all take off or change letters at a word's end: a word ending in a digit (most model-number
    # spellings) or shorter than three characters is its own stem, and needs no call to the stemmer (folding can
    # leave capitals: "™" is "TM").
    asked = [word for word in stem_of if not ((len(word) < 3 or word[-1].isdigit()) and word.lower() == word)]
    found = dict(zip(stem_of, stem_of, strict=True))
    for start in range(0, len(asked), _STEMMED_TOGETHER):
        chunk = asked[start : start + _STEMMED_TOGETHER]
        found.update(zip(chunk, stems(chunk), strict=True))
    stem = found.__getitem__
    return [tuple([" ".join(map(stem, words_of)) for words_of in fields]) for fields in said]


_PLAIN = re.compile(r"[a-z0-9 ]*")
"""Terms PostgreSQL's parser reads as one word each and keeps as they are, whatever the database's locale."""
_LONGEST_TERM = 200
_LONG_TERM = re.compile(rf"[a-z0-9]{{{_LONGEST_TERM + 1}}}")
_WRITTEN_PLACES = 2_048
_PLACES = {weight: [f"{at}{weight}" for at in range(_WRITTEN_PLACES)] for weight in set(FIELD_WEIGHTS)}
"""Places as a ``tsvector`` writes them (``12A``), made once."""
_SCIENTIFIC = re.compile(r"\d+e\d+(?=[a-z])")
"""The parser reads a number in scientific notation as a word of its own: "24e16zoom" is "24e16" and "zoom"."""
_ESCAPE = re.compile(r"[\\\t\n\r]")
_ESCAPED = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def made_vector(fields: Sequence[str]) -> str | None:
    """The ``tsvector`` that ``WORDS`` makes of these stemmed fields (``stemmed``), written as its text input; None
    when PostgreSQL must make it (a term not plain ASCII letters and digits, which its parser might cut or fold
    otherwise, a very long one, or more places than a ``tsvector`` keeps).

    ``to_tsvector`` numbers a field's words from 1, and ``||`` moves the next field's after the last place so far:
    with every place kept, the places simply run on through the fields."""
    places: dict[str, str] = {}
    at = 0
    for text, weight in zip(fields, FIELD_WEIGHTS, strict=True):
        if not _PLAIN.fullmatch(text) or (len(text) > _LONGEST_TERM and _LONG_TERM.search(text)):
            return None
        written = _PLACES[weight]
        for whole in text.split():
            number = _SCIENTIFIC.match(whole) if whole[0].isdigit() else None
            for term in (whole[: number.end()], whole[number.end() :]) if number else (whole,):
                at += 1
                place = written[at] if at < _WRITTEN_PLACES else f"{at}{weight}"
                found = places.get(term)
                places[term] = place if found is None else f"{found},{place}"
    if at >= _MAX_PLACES and (at >= _MAX_POSITION or any(p.count(",") >= _MAX_PLACES - 1 for p in places.values())):
        return None
    return " ".join(map(":".join, places.items()))


def copy_text(value: object) -> str:
    """One value as ``COPY``'s text format writes it."""
    if value is None:
        return "\\N"
    if isinstance(value, str):
        return value.translate(_ESCAPED) if _ESCAPE.search(value) else value
    if isinstance(value, float):
        return repr(value)
    return str(value)


Written = bytes | tuple[str, ...]
"""A product as the catalog copies it (``copy_rows``): its whole line of ``COPY products (… owner, words)``, or,
when PostgreSQL must make its words, its stemmed fields."""


def copy_rows(rows: Sequence[Row], owner: str | None = None) -> list[Written]:
    """Each row (``store.Row``) as the catalog writes it: the work of a write but for streaming it, so an import's
    worker processes do it and the writing process only sends bytes."""
    found = stemmed([text for _, text in rows])
    written: list[Written] = []
    tail = f"\t{copy_text(owner)}\t"
    for (values, _), terms in zip(rows, found, strict=True):
        made = made_vector(terms)
        if made is None:
            written.append(terms)
            continue
        try:
            written.append(("\t".join(map(copy_text, values)) + tail + made + "\n").encode())
        except UnicodeEncodeError:  # text PostgreSQL cannot hold (a lone surrogate): the driver says so
            written.append(terms)
    return written


def prepared_rows(rows: Sequence[Row]) -> tuple[list[Row], list[Written]]:
    """An import's rows as its writing process needs them, and what ``copy_rows`` made of them: a row whose line is
    made keeps only its id and document (the import's report of a duplicate reads them), so a chunk sent back from
    a worker process carries each product once."""
    written = copy_rows(rows)
    kept = [
        ((values[0], values[-1]), ()) if isinstance(line, bytes) else (values, text)
        for (values, text), line in zip(rows, written, strict=True)
    ]
    return kept, written


WORDS = " || ".join(
    f"setweight(to_tsvector('pg_catalog.simple', {column}), '{weight}')"
    for column, weight in zip(("w_title", "w_brand", "w_codes", "w_category", "w_body"), FIELD_WEIGHTS, strict=True)
)
"""The ``tsvector`` of a product's stemmed fields (``stemmed``): the ``simple`` configuration keeps each term as it
is, so the index holds exactly the terms the SQLite index holds."""


def quoted(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


_TOKEN = re.compile(r'"(?:[^"]|"")*"|\(|\)|\{[^}]*\}|:|[A-Za-z_]+')
_NOTHING = "'-'"
"""A tsquery term no product has (a quoted string without words matches nothing, as in FTS5)."""


class _Parser:
    """FTS5's query syntax as the catalog writes it: quoted strings (a phrase when several words), ``AND``,
    ``OR``, ``NOT`` (binding tightest, then ``AND``, then ``OR``), parentheses, and column filters
    (``title : …``, ``{title brand} : …``)."""

    def __init__(self, expression: str) -> None:
        self.tokens = _TOKEN.findall(expression)
        self.at = 0

    def peek(self) -> str | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self) -> str:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def any_of(self, weights: str) -> str:
        parts = [self.all_of(weights)]
        while self.peek() == "OR":
            self.take()
            parts.append(self.all_of(weights))
        return parts[0] if len(parts) == 1 else "(" + " | ".join(parts) + ")"

    def all_of(self, weights: str) -> str:
        parts = [self.but_not(weights)]
        while (token := self.peek()) is not None and token not in ("OR", ")"):
            if token == "AND":
                self.take()
            parts.append(self.but_not(weights))
        return parts[0] if len(parts) == 1 else "(" + " & ".join(parts) + ")"

    def but_not(self, weights: str) -> str:
        found = self.primary(weights)
        while self.peek() == "NOT":
            self.take()
            found = f"({found} & !{self.primary(weights)})"
        return found

    def primary(self, weights: str) -> str:
        token = self.take()
        if token == "(":
            found = self.any_of(weights)
            if self.peek() == ")":
                self.take()
            return found
        if token.startswith('"'):
            terms = lexemes(token[1:-1].replace('""', '"'))
            if not terms:
                return _NOTHING
            marked = [f"{quoted(term)}{':' + weights if weights else ''}" for term in terms]
            return marked[0] if len(marked) == 1 else "(" + " <-> ".join(marked) + ")"
        names = token[1:-1].split() if token.startswith("{") else [token]
        if self.peek() == ":":
            self.take()
        chosen = "".join(sorted({COLUMN_WEIGHTS[name] for name in names}))
        return self.primary(chosen)


@functools.lru_cache(maxsize=4096)
def tsquery(expression: str) -> str:
    """An FTS5 match expression of the catalog's (see ``_Parser``) as a ``tsquery``; a column filter becomes a
    weight restriction."""
    parser = _Parser(expression)
    return parser.any_of("") if parser.tokens else _NOTHING
