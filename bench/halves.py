"""Two fixed halves of a query set: develop on one, judge on the other.

A query's half comes from a seeded hash of its id, so it never changes from run to run or with the order of the
file, and no ranking change can move a query from one half to the other. Half "a" is the one tuned on; half "b"
is kept for judging.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence

SEED = "aisle-halves-2026-12-07"


def half(query_id: str) -> str:
    digest = hashlib.sha256(f"{SEED}:{query_id}".encode()).digest()
    return "a" if digest[0] % 2 == 0 else "b"


def by_half(scores: Mapping[str, float], ids: Iterable[str]) -> dict[str, float]:
    """The mean score of each half (and of all), over ``ids``."""
    parts: dict[str, list[float]] = {"a": [], "b": [], "all": []}
    for query_id in ids:
        value = scores.get(query_id, 0.0)
        parts[half(query_id)].append(value)
        parts["all"].append(value)
    return {name: round(sum(values) / len(values), 4) if values else 0.0 for name, values in parts.items()}


def counts(ids: Sequence[str]) -> dict[str, int]:
    return {name: sum(1 for i in ids if half(i) == name) for name in ("a", "b")}
