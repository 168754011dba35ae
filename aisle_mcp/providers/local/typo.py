"""Spelling help for query words the catalog has never seen: every word one edit away, to look up in the index.

One edit (a letter dropped, added, changed, or two swapped) covers most typing slips; the catalog's own
vocabulary says which of these candidates are real words, and the most common of them wins.
"""

from __future__ import annotations

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Shorter words have too many real neighbours one edit away ("cat": "car", "hat", "cut", ...).
MIN_LENGTH = 4


def correctable(word: str) -> bool:
    return len(word) >= MIN_LENGTH and word.isascii() and word.isalpha()


def one_edit_away(word: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion away from ``word``."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    found: set[str] = set()
    for left, right in splits:
        if right:
            found.add(left + right[1:])
            for letter in _LETTERS:
                found.add(left + letter + right[1:])
        if len(right) > 1:
            found.add(left + right[1] + right[0] + right[2:])
        for letter in _LETTERS:
            found.add(left + letter + right)
    found.discard(word)
    return found
