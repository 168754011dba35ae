"""Which ids an import has already written, and on which line: flat arrays, so a million ids cost 24 MB.

A ``dict`` of the ids' hashes to their lines would cost about 100 MB for a million (each key and line its own
Python int), beside the import's few hundred; these are two arrays indexed by the hash (open addressing).
"""

from __future__ import annotations

from array import array

_START = 1 << 12


class FirstLines:
    """The line each id was first seen on, told apart by the id's 64-bit hash: two ids of a million share one
    about once in 40 million imports, as two products' ``stable_id`` (also 64 bits) would."""

    def __init__(self) -> None:
        self._keys, self._lines = _arrays(_START)
        self._count = 0

    def first(self, product_ids: list[str], lines: list[int]) -> list[int]:
        """The line each id was first seen on: its own line (now remembered) when this is the first time."""
        found: list[int] = []
        for product_id, line in zip(product_ids, lines, strict=True):
            if 2 * (self._count + 1) > len(self._keys):
                self._grow()
            keys, mask = self._keys, len(self._keys) - 1
            key = hash(product_id) or 1  # 0 marks an empty slot
            slot = key & mask
            while (there := keys[slot]) and there != key:
                slot = (slot + 1) & mask
            if there:
                found.append(self._lines[slot])
            else:
                keys[slot] = key
                self._lines[slot] = line
                self._count += 1
                found.append(line)
        return found

    def _grow(self) -> None:
        keys, lines = self._keys, self._lines
        self._keys, self._lines = _arrays(2 * len(keys))
        mask = len(self._keys) - 1
        for key, line in zip(keys, lines, strict=True):
            if key:
                slot = key & mask
                while self._keys[slot]:
                    slot = (slot + 1) & mask
                self._keys[slot] = key
                self._lines[slot] = line


def _arrays(size: int) -> tuple[array[int], array[int]]:
    """Empty key and line arrays of ``size`` slots (lines up to 2^32, as a file of lines has)."""
    return array("q", [0]) * size, array("I", [0]) * size  # repeated in C, without a temporary copy
