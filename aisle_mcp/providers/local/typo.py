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


def swapped_or_dropped(word: str) -> set[str]:
    """Every string one transposition or deletion away from ``word``: the usual slips, and few to look up."""
    found = {word[:i] + word[i + 1 :] for i in range(len(word))}
    found.update(word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1))
    found.discard(word)
    return found


def one_edit_away(word: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion away from ``word``."""
    found = swapped_or_dropped(word)
    for i in range(len(word) + 1):
        left, right = word[:i], word[i:]
        for letter in _LETTERS:
            found.add(left + letter + right)
            if right:
                found.add(left + letter + right[1:])
    found.discard(word)
    return found
