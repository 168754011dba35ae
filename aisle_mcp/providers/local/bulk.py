"""A feed file into the catalog, as fast as the machine allows: records turned into rows on every core.

Reading a record is most of an import's work (parsing, normalizing, serializing the product and spelling its
model numbers), so NDJSON lines are cut into chunks that worker processes turn into the catalog's rows, in file
order, while this process writes the rows of the chunks already done. Other formats are read here, one batch
at a time. Each chunk is committed on its own: a bad record is reported with its line and reason (and so is a
record imported with a value left out), and a failure part-way loses nothing already written.

Within one file an id is imported once: the first record of each id is kept and each later one is reported as a
duplicate (its line, and the line it repeats). Importing a file again replaces the products it names.
"""

from __future__ import annotations

import functools
import gzip
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import orjson

from aisle_mcp.products import Product
from aisle_mcp.providers.local import store
from aisle_mcp.providers.local.feeds import (
    FeedOptions,
    FeedProblem,
    FeedWarning,
    detect_format,
    format_name,
    line_fields,
    located_feed,
    open_feed,
    repeated,
)
from aisle_mcp.providers.local.merchant import UNREAD
from aisle_mcp.providers.local.seen import FirstLines
from aisle_mcp.storage.interfaces import ProductCatalog

CHUNK = 4_000
"""Lines per chunk a worker reads, and products per transaction."""
PARALLEL_BYTES = 8 << 20
"""Smaller files are read in this process: starting workers would take longer than the whole import."""


class FeedDuplicate(FeedProblem):
    """A record skipped because an earlier record of the file has its id."""


Note = FeedProblem | FeedWarning
Chunk = tuple[list[store.Row], list[Note], list[int], list[Any] | None]
"""A chunk's rows, its problems and warnings, the line (or document position) of each row, and what the catalog's
``preparer`` made of the rows (None: it has none)."""
Prepare = Callable[[list[store.Row]], tuple[list[store.Row], list[Any]]] | None


def import_feed(
    catalog: ProductCatalog, path: Path, format: str | None = None, *, workers: int | None = None
) -> Iterator[int | Note]:
    """Import a feed file, yielding each bad record's ``FeedProblem`` (a ``FeedDuplicate`` for a repeated id), each
    ``FeedWarning`` of a record imported with a value left out or changed, and how many products each commit wrote.

    ``workers`` is how many processes read NDJSON records (default: one per core; 0 reads them here).
    Raises ``ValueError`` for an unknown format and ``OSError`` when the file cannot be read.
    """
    kind = detect_format(path) if format is None else format_name(format)
    options = FeedOptions(path.name.removesuffix(".gz"), None, None)
    if workers is None:
        workers = (multiprocessing.cpu_count() or 1) if path.stat().st_size >= PARALLEL_BYTES else 0
    prepare = catalog.preparer()
    if kind == "ndjson" and workers > 0:
        chunks = _parallel(path, options, workers, prepare)
    else:
        chunks = _here(path, kind, prepare)
    unit = "item" if kind in ("json", "xml") else "line"
    first_lines = FirstLines()
    said: set[str] = set()
    with catalog.bulk():
        for rows, chunk_notes, lines, prepared in chunks:
            notes = [note for note in chunk_notes if not repeated(note, said)]
            kept: list[store.Row] = []
            kept_prepared: list[Any] = []
            skipped: list[Note] = []
            firsts = first_lines.first([row[0][0] for row in rows], lines)
            for at, (row, line, first) in enumerate(zip(rows, lines, firsts, strict=True)):
                if first == line:
                    kept.append(row)
                    if prepared is not None:
                        kept_prepared.append(prepared[at])
                else:
                    skipped.append(FeedDuplicate(line, _repeated(row, first, unit), unit))
            if skipped:  # what a skipped record's values were is moot: only that it was skipped is said
                gone = {note.line for note in skipped}
                notes = [note for note in notes if note.line not in gone or note.reason.startswith(UNREAD)]
                notes = sorted([*notes, *skipped], key=lambda note: note.line)
            yield from notes
            if kept:
                yield catalog.write_rows(kept, kept_prepared if prepared is not None else None)


def _repeated(row: store.Row, first: int, unit: str) -> str:
    """What a duplicate is told: the id as the feed wrote it, and where the record kept is."""
    doc = orjson.loads(row[0][-1])
    written = doc.get("extra", {}).get("feed_id") or doc["id"]
    return f"duplicate id {written!r}, first on {unit} {first} (the first is kept)"


def rows_of_lines(
    lines: list[bytes], first: int, options: FeedOptions, added_at: str, prepare: Prepare = None
) -> Chunk:
    """The catalog rows of a chunk of NDJSON lines (``first`` is the first one's line number), and its problems
    and warnings."""
    rows: list[store.Row] = []
    notes: list[Note] = []
    at: list[int] = []
    said: set[str] = set()
    for number, raw in enumerate(lines, first):
        for item in line_fields(raw, number, options):
            if isinstance(item, dict):
                rows.append(store.fields_row(item, added_at))
                at.append(number)
            elif isinstance(item, Product):
                rows.append((store.row_values(item, added_at), store.text_values(item)))
                at.append(number)
            elif not repeated(item, said):
                notes.append(item)
    return _chunk(rows, notes, at, prepare)


def rows_of_range(
    path: Path, start: int, size: int, first: int, options: FeedOptions, added_at: str, prepare: Prepare = None
) -> Chunk:
    """``rows_of_lines`` of the lines in ``size`` bytes of a plain (not gzip) file from byte ``start``."""
    with path.open("rb") as stream:
        stream.seek(start)
        block = stream.read(size)
    lines = block.split(b"\n")  # the lines iterating the file gives, but for their ends
    if lines and not lines[-1]:
        lines.pop()
    return rows_of_lines(lines, first, options, added_at, prepare)


def _parallel(path: Path, options: FeedOptions, workers: int, prepare: Prepare) -> Iterator[Chunk]:
    added_at = datetime.now(UTC).isoformat()
    # Not fork: a process with threads (a progress bar's) must not be forked.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool, open_feed(path) as stream:
        # The first chunk is read here while the workers start (importing takes them longer than a chunk does).
        pending: deque[Future[Chunk] | Callable[[], Chunk]] = deque()

        def send(job: Callable[[], Chunk]) -> None:
            pending.append(pool.submit(job) if pending or first > 1 else job)

        def done() -> Chunk:
            job = pending.popleft()
            return cast(Future[Chunk], job).result() if isinstance(job, Future) else job()

        # A plain file's chunks are handed out as byte ranges the workers read themselves; a gzip file's lines
        # are sent, as only this process reads it from its start.
        plain = not isinstance(stream, gzip.GzipFile)
        lines: list[bytes] = []
        first, start, size = 1, 0, 0
        for number, raw in enumerate(stream, 1):
            if plain:
                size += len(raw)
            else:
                lines.append(raw)
            if number - first + 1 == CHUNK:
                if plain:
                    send(functools.partial(rows_of_range, path, start, size, first, options, added_at, prepare))
                    start, size = start + size, 0
                else:
                    send(functools.partial(rows_of_lines, lines, first, options, added_at, prepare))
                    lines = []
                first = number + 1
                # A few chunks ahead keep every worker busy; more would only hold memory.
                if len(pending) > 2 * workers:
                    yield done()
        if size:
            send(functools.partial(rows_of_range, path, start, size, first, options, added_at, prepare))
        elif lines:
            send(functools.partial(rows_of_lines, lines, first, options, added_at, prepare))
        while pending:
            yield done()


def _here(path: Path, kind: str, prepare: Prepare) -> Iterator[Chunk]:
    added_at = datetime.now(UTC).isoformat()
    rows: list[store.Row] = []
    notes: list[Note] = []
    at: list[int] = []
    for where, items in located_feed(path, kind):
        for item in items:
            if not isinstance(item, Product):
                notes.append(item)
                continue
            rows.append((store.row_values(item, added_at), store.text_values(item)))
            at.append(where)
        if len(rows) >= CHUNK:
            yield _chunk(rows, notes, at, prepare)
            rows, notes, at = [], [], []
    yield _chunk(rows, notes, at, prepare)


def _chunk(rows: list[store.Row], notes: list[Note], at: list[int], prepare: Prepare) -> Chunk:
    if prepare is None:
        return rows, notes, at, None
    kept, prepared = prepare(rows)
    return kept, notes, at, prepared
