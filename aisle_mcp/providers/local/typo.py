"""Spelling help for query words the catalog has never seen: every word one edit away, to look up in the index.

One edit (a letter dropped, added, changed, or two swapped) covers most typing slips; the catalog's own
vocabulary says which of these candidates are real words. A letter left out is a commoner slip than a letter
changed, so the words the typed one would be with a letter more are tried before those with a letter changed
("waher": "washer" before the commoner "water").
"""

from __future__ import annotations

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Shorter words have too many real neighbours one edit away ("cat": "car", "hat", "cut", ...).
MIN_LENGTH = 4


def correctable(word: str) -> bool:
    return len(word) >= MIN_LENGTH and word.isascii() and word.isalpha()


def swapped_or_dropped(word: str) -> set[str]:
    """Every string one transposition or deletion away from ``word``: the usual slips, and few to look up."""
    found = {word[:i] + word[i + 1 :] for i in range(len(word))}
    found.update(word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1))
    found.discard(word)
    return found


def with_one_more(word: str) -> set[str]:
    """Every string with one letter more than ``word``: the words it would be had no letter been dropped."""
    return {word[:i] + letter + word[i:] for i in range(len(word) + 1) for letter in _LETTERS} - {word}


def one_changed(word: str) -> set[str]:
    """Every string with one of ``word``'s letters changed."""
    return {word[:i] + letter + word[i + 1 :] for i in range(len(word)) for letter in _LETTERS} - {word}
