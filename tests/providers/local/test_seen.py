"""The import's memory of the ids it wrote: each id's first line, through every growth of its arrays."""

from __future__ import annotations

import random

from aisle_mcp.providers.local.seen import FirstLines


def test_each_id_answers_the_line_it_was_first_seen_on_however_many_ids_there_are() -> None:
    rng = random.Random(7)
    seen = FirstLines()
    expected: dict[str, int] = {}
    for start in range(1, 30_001, 1000):
        lines = list(range(start, start + 1000))
        ids = [f"local:{rng.randrange(20_000):016x}" for _ in lines]
        assert seen.first(ids, lines) == [expected.setdefault(i, line) for i, line in zip(ids, lines, strict=True)]
    assert len(expected) < 30_000  # some ids came back, after the arrays had grown past their first size
    assert seen.first(list(expected), [0] * len(expected)) == list(expected.values())
